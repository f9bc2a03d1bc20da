"""A numbered table's row broken over lines: the task's words and its units go on together."""

from __future__ import annotations

import pytest

import rulegov

TITLE = "某区2024年法治政府建设重点任务分工\n\n"

SPACED = """序号    工作任务              牵头单位      责任单位          完成时限
1       健全依法决策机制，    区司法局      区法院、区检察    2024年12月
        严格落实重大行政决                  院、各镇（街道）
        策程序规定
2       深化行政执法改革，    区政府办      各镇（街道）、    长期坚持
        全面推行行政执法三                  区直各部门
        项制度
3       加强法治宣传教育      区委宣传部    区司法局          2024年6月
"""

PIPES = """| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |
| 1 | 健全依法决策机制， | 区司法局 | 区法院、区检 | 2024年12月 |
| | 严格落实重大行政决策程序规定 | | 察院、各镇（街道） | |
| 2 | 深化行政执法改革， | 区政府办 | 各镇（街道）、 | 长期坚持 |
| | 全面推行行政执法三项制度 | | 区直各部门 | |
| 3 | 加强法治宣传教育 | 区委宣传部 | 区司法局 | 2024年6月 |
"""

TABS = "".join(
    "\t".join(cell.strip() for cell in line.split("|")[1:-1]) + "\n" for line in PIPES.splitlines()
)


@pytest.mark.parametrize("table", [SPACED, PIPES, TABS], ids=["spaced", "pipes", "tabs"])
def test_a_row_broken_over_lines_is_one_task_with_all_its_units(table: str):
    plan = rulegov.parse_plan(TITLE + table)
    assert [task.title for task in plan.tasks] == [
        "健全依法决策机制，严格落实重大行政决策程序规定",
        "深化行政执法改革，全面推行行政执法三项制度",
        "加强法治宣传教育",
    ]
    assert [task.lead_units for task in plan.tasks] == [["区司法局"], ["区政府办"], ["区委宣传部"]]
    assert [task.responsible_units for task in plan.tasks] == [
        ["区法院", "区检察院", "各镇（街道）"],
        ["各镇（街道）", "区直各部门"],
        ["区司法局"],
    ]


def test_a_row_without_a_number_after_a_full_stop_is_a_task_of_its_own():
    table = (
        "| 序号 | 工作任务 | 责任单位 |\n"
        "| 1 | 健全依法决策机制。 | 区司法局 |\n"
        "| | 开展行政执法案卷评查。 | 区法院 |\n"
    )
    plan = rulegov.parse_plan(TITLE + table)
    assert [task.responsible_units for task in plan.tasks] == [["区司法局"], ["区法院"]]
