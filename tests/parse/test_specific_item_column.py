"""A table's 具体项目 column holds its tasks; a 项目 column beside it holds their parts.

A division of the measures of a rule-of-law plan may head its table ``项目 / 具体项目 / 牵头单位 /
责任单位``: the parts (一、…) stand in the 项目 column, each numbered measure in the 具体项目
column with its lead and responsible units beside it. Printed a cell a line, the table is read as
parts over tasks, each task with its units.
"""

from __future__ import annotations

import pytest

import rulegov
from rulegov.model import Role

HEAD = [
    "关于印发某区法治建设规划重要举措分工方案的通知",
    "各街道,区直各部门:",
    "现将分工方案印发给你们,请认真贯彻执行。",
    "某区委全面依法治区委员会办公室",
    "2023年6月22日",
    "某区法治建设规划重要举措分工方案",
]
ROWS = [
    "一、全面贯彻实施宪法",
    "1.坚持宪法法律至上。全面落实宪法宣誓制度。",
    "区人大常委会、区司法局",
    "区直有关部门",
    "2.加强青少年宪法法律教育。",
    "区教育局",
    "区司法局、团区委",
    "二、坚持依法行政",
    "3.深入推进简政放权。",
    "区政务服务和大数据局",
    "区直有关部门",
]


@pytest.mark.parametrize("blank", [False, True])
def test_the_specific_items_are_the_tasks_under_the_parts(blank: bool) -> None:
    lines = [*HEAD, "项目", "具体项目", "牵头单位", "责任单位", *ROWS]
    plan = rulegov.parse_plan(("\n\n" if blank else "\n").join(lines))
    assert [section.title for section in plan.sections] == ["全面贯彻实施宪法", "坚持依法行政"]
    assert [task.path for task in plan.tasks] == [("一", "1"), ("一", "2"), ("二", "3")]
    names = {unit.id: unit.name for unit in plan.units}
    roles = [
        [(assignment.role, names[assignment.unit]) for assignment in task.assignments]
        for task in plan.tasks
    ]
    assert roles[0] == [
        (Role.LEAD, "区人大常委会"),
        (Role.LEAD, "区司法局"),
        (Role.RESPONSIBLE, "区直有关部门"),
    ]
    assert roles[1] == [
        (Role.LEAD, "区教育局"),
        (Role.RESPONSIBLE, "区司法局"),
        (Role.RESPONSIBLE, "团区委"),
    ]
