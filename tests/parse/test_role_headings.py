"""A task table's role columns headed with another word offered for their kind or their role."""

from __future__ import annotations

import pytest

import rulegov

ROWS = (
    "| 1 | 健全依法决策机制 | 区司法局 | 区法院、区检察院 |\n"
    "| 2 | 深化行政执法改革 | 区政府办 | 各镇（街道） |\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "| 序号 | 任务名称 | 牵头单位/部门 | 配合单位/部门 |",
        "| 序号 | 任务名称 | 牵头单位或部门 | 配合单位或部门 |",
        "| 序号 | 主要任务 | 牵头（责任）单位 | 配合单位 |",
        "| 序号 | 主要任务 | 牵头(主责)单位 | 配合单位／部门 |",
    ],
)
def test_a_role_column_offering_another_word_is_read_as_that_role(header: str):
    plan = rulegov.parse_plan("某区2024年重点任务分工\n\n" + header + "\n" + ROWS)
    assert [task.lead_units for task in plan.tasks] == [["区司法局"], ["区政府办"]]
    assert [task.cooperating_units for task in plan.tasks] == [
        ["区法院", "区检察院"],
        ["各镇（街道）"],
    ]
