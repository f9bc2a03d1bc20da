"""A table printed one cell a line whose last row's work is a short sentence with a figure in it.

A project list (序号 · 项目名称 · 建设地点 · 建设内容 · 责任单位) printed one cell a line ends with a
row whose 建设内容 is short and holds a figure (改造道路2公里。). A sentence, closed by its stop,
is a text, not a value such as 300 or 2024: the row's cells stay under their columns, the project's
name its title and the bureau its unit, where before the last row was read from its place on.
"""

from __future__ import annotations

import pytest

import rulegov

HEADER = ["某县2024年民生实事项目清单", "序号", "项目名称", "建设地点", "建设内容", "责任单位"]
ROWS = [
    ["1", "县医院改扩建项目", "城关镇", "新建住院楼一栋。", "卫健局"],
    ["2", "南街道路改造项目", "南街社区", "改造道路2公里。", "住建局"],
]


@pytest.mark.parametrize("end", ["", " |"])
def test_the_last_rows_cells_stay_under_their_columns(end: str) -> None:
    cells = [*HEADER, *(cell for row in ROWS for cell in row)]
    plan = rulegov.parse_plan("\n".join(cell + end for cell in cells) + "\n")
    assert [task.title for task in plan.tasks] == ["县医院改扩建项目", "南街道路改造项目"]
    assert [[a.unit_name for a in task.assignments] for task in plan.tasks] == [
        ["卫健局"],
        ["住建局"],
    ]
