"""Two table readings kept to their evidence: rows under a merged 序号 cell, and role headings
that offer people or times beside their units."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.parse import read_grid

TITLE = "某区2024年法治政府建设重点任务分工\n\n"

MERGED_SERIAL = [
    ["序号", "工作任务", "牵头单位", "配合单位"],
    ["1", "健全依法决策机制", "区司法局", "区政府办"],
    ["", "推进行政执法公示", "区司法局", "区各执法部门"],
    ["2", "开展宪法宣传周活动", "区司法局", "区教育局"],
]


def _pipes(grid: list[list[str]]) -> str:
    return "".join("| " + " | ".join(row) + " |\n" for row in grid)


def _tabs(grid: list[list[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in grid)


def _merged_serial_plans() -> list[rulegov.Plan]:
    return [
        read_grid(MERGED_SERIAL),
        rulegov.parse_plan(TITLE + _pipes(MERGED_SERIAL)),
        rulegov.parse_plan(TITLE + _tabs(MERGED_SERIAL)),
    ]


@pytest.mark.parametrize("form", [0, 1, 2], ids=["grid", "pipes", "tabs"])
def test_rows_under_a_merged_serial_cell_are_tasks_of_their_own(form: int):
    plan = _merged_serial_plans()[form]
    assert [task.title for task in plan.tasks] == [
        "健全依法决策机制",
        "推进行政执法公示",
        "开展宪法宣传周活动",
    ]
    assert [task.number for task in plan.tasks] == ["1", "1", "2"]
    assert [task.cooperating_units for task in plan.tasks] == [
        ["区政府办"],
        ["区各执法部门"],
        ["区教育局"],
    ]


def test_three_rows_under_one_merged_serial_cell_share_its_number():
    grid = [
        ["序号", "工作任务", "责任单位"],
        ["1", "健全依法决策机制", "区司法局"],
        ["", "推进行政执法公示", "区市场监管局"],
        ["", "开展行政执法案卷评查", "区法院"],
        ["2", "开展宪法宣传周活动", "区教育局"],
    ]
    plan = read_grid(grid)
    assert [task.number for task in plan.tasks] == ["1", "1", "1", "2"]
    assert [task.responsible_units for task in plan.tasks] == [
        ["区司法局"],
        ["区市场监管局"],
        ["区法院"],
        ["区教育局"],
    ]


@pytest.mark.parametrize(
    ("title", "unit", "rest", "more"),
    [
        ("健全依法决策机制", "区法院、区检", "严格落实决策程序", "察院"),  # a name cut
        ("健全依法决策机制，", "区法院", "严格落实决策程序", "区检察院"),  # a clause cut
        ("健全依法决策机制", "区法院、", "严格落实决策程序", "区检察院"),  # a list cut
    ],
    ids=["name", "clause", "list"],
)
@pytest.mark.parametrize("form", ["grid", "pipes", "tabs"])
def test_a_row_is_joined_to_the_one_above_only_where_a_cell_is_cut(
    title: str, unit: str, rest: str, more: str, form: str
):
    grid = [
        ["序号", "工作任务", "责任单位"],
        ["1", title, unit],
        ["", rest, more],
        ["2", "开展宪法宣传周活动", "区教育局"],
    ]
    if form == "grid":
        plan = read_grid(grid)
    else:
        plan = rulegov.parse_plan(TITLE + (_pipes(grid) if form == "pipes" else _tabs(grid)))
    assert [task.title for task in plan.tasks] == [title + rest, "开展宪法宣传周活动"]
    assert plan.tasks[0].responsible_units == ["区法院", "区检察院"]


PEOPLE_HEADINGS = ["牵头单位/领导", "责任单位或个人", "牵头单位/时限", "责任单位/个人"]


@pytest.mark.parametrize("heading", PEOPLE_HEADINGS)
@pytest.mark.parametrize("form", ["grid", "pipes", "tabs"])
def test_a_heading_offering_people_or_a_time_makes_no_people_units(heading: str, form: str):
    grid = [
        ["序号", "工作任务", heading],
        ["1", "开展普法宣传", "区司法局 张明"],
        ["2", "健全决策机制", "王建国"],
    ]
    if form == "grid":
        plan = read_grid(grid)
    else:
        plan = rulegov.parse_plan(TITLE + (_pipes(grid) if form == "pipes" else _tabs(grid)))
    names = [a.unit_name for task in plan.tasks for a in task.assignments]
    assert "张明" not in names
    assert "王建国" not in names
    assert [unit.name for unit in plan.units if unit.name in {"张明", "王建国", "李华"}] == []


@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        ("牵头单位/部门", True),
        ("牵头单位或机构", True),
        ("牵头单位、镇街", True),
        ("牵头单位/科室", True),
        ("责任单位或部门", False),
        ("责任单位/处室", False),
    ],
)
@pytest.mark.parametrize("form", ["grid", "pipes", "tabs"])
def test_a_heading_offering_another_kind_of_body_stays_a_units_column(
    heading: str, lead: bool, form: str
):
    grid = [
        ["序号", "工作任务", heading],
        ["1", "开展普法宣传", "区司法局"],
        ["2", "健全决策机制", "区政府办"],
    ]
    if form == "grid":
        plan = read_grid(grid)
    else:
        plan = rulegov.parse_plan(TITLE + (_pipes(grid) if form == "pipes" else _tabs(grid)))
    units = [task.lead_units if lead else task.responsible_units for task in plan.tasks]
    assert units == [["区司法局"], ["区政府办"]]
