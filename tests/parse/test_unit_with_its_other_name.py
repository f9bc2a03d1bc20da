"""A unit's name closed by its other name in brackets is a unit's in a table's cell.

In a table printed a cell a line without numbers, a cell of units may close with a name followed by its other
name in brackets (``各单位党委(党组)``, ``区政府办(外事办)``). The cell is still the row's
units, not the heading of the next row.
"""

from __future__ import annotations

import pytest

import rulegov
from rulegov.model import Role

TABLE = [
    "某区法治建设重点任务分工方案",
    "工作任务",
    "牵头单位",
    "责任单位",
    "将宪法列为理论学习中心组学习重要内容。",
    "区委宣传部、区委组织部",
    "区司法局、{last}",
    "加强青少年宪法法律教育。",
    "区教育局",
    "区司法局、团区委",
]


@pytest.mark.parametrize(
    ("last", "name"),
    [
        ("各单位党委(党组)", "各单位党委(党组)"),
        ("各单位党委（党组）", "各单位党委（党组）"),
        ("区政府办(区外事办)", "区政府办(区外事办)"),
    ],
)
def test_the_bracketed_name_closes_the_row(last: str, name: str) -> None:
    plan = rulegov.parse_plan("\n".join(TABLE).replace("{last}", last))
    names = {unit.id: unit.name for unit in plan.units}
    assert [task.title for task in plan.tasks] == [
        "将宪法列为理论学习中心组学习重要内容",
        "加强青少年宪法法律教育",
    ]
    responsible = [
        names[assignment.unit]
        for assignment in plan.tasks[0].assignments
        if assignment.role is Role.RESPONSIBLE
    ]
    assert responsible == ["区司法局", name]
