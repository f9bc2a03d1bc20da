"""Division tables whose units cells label their units, and whose 序号 column a copy glues to the task.

A units column may give a row's units under their labels (牵头单位：县司法局；配合单位：县直各部门):
each label gives its names their role and no label is a unit. A table printed one cell a line
may head a 序号 column while each row prints its number at the head of its task's text
(1.严格落实…): the rows have no cell under 序号, and their units are read all the same.
"""

from __future__ import annotations

import pytest

import rulegov


def _units(text: str) -> list[list[tuple[str, str | None]]]:
    plan = rulegov.parse_plan(text)
    return [[(a.role.value, a.unit_name) for a in task.assignments] for task in plan.tasks]


@pytest.mark.parametrize("heading", ["责任单位", "牵头单位", "责任部门"])
@pytest.mark.parametrize(("colon", "semicolon"), [("：", "；"), (":", ";")])
def test_labels_in_a_units_cell_give_roles_and_are_no_units(
    heading: str, colon: str, semicolon: str
) -> None:
    text = (
        f"序号 | 重点任务 | {heading} | 完成时限 |\n"
        f"1 | 严格落实重大行政决策程序。 | 牵头单位{colon}县司法局{semicolon}"
        f"配合单位{colon}县直各部门、各乡镇 | 2024年底 |\n"
        f"2 | 推行合法性审查全覆盖。 | 牵头单位{colon}县政府办公室 | 长期 |\n"
    )
    assert _units(text) == [
        [("lead", "县司法局"), ("cooperating", "县直各部门"), ("cooperating", "各乡镇")],
        [("lead", "县政府办公室")],
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("second", ["配合单位", "责任单位"])
def test_a_number_column_glued_to_the_task_leaves_the_rows_readable(gap: str, second: str) -> None:
    cells = [
        "某县法治政府建设重点任务分工",
        "序号",
        "重点任务",
        "牵头单位",
        second,
        "一、健全依法决策机制",
        "1.严格落实重大行政决策程序。",
        "县司法局",
        "县直各部门",
        "2.推行合法性审查全覆盖。",
        "县司法局、县政府办公室",
        "各乡镇",
    ]
    role = "cooperating" if second == "配合单位" else "responsible"
    plan = rulegov.parse_plan(gap.join(cells) + "\n")
    assert [task.title for task in plan.tasks] == [
        "严格落实重大行政决策程序",
        "推行合法性审查全覆盖",
    ]
    assert _units(gap.join(cells) + "\n") == [
        [("lead", "县司法局"), (role, "县直各部门")],
        [("lead", "县司法局"), ("lead", "县政府办公室"), (role, "各乡镇")],
    ]


def test_a_number_column_printed_alone_is_kept() -> None:
    text = "序号\n工作任务\n责任单位\n1\n加强培训\n区司法局\n2\n开展普法\n区普法办\n"
    assert _units(text) == [[("responsible", "区司法局")], [("responsible", "区普法办")]]


def test_a_label_of_no_role_in_a_units_cell_joins_no_unit_s_name() -> None:
    text = (
        "序号 | 重点任务 | 责任单位 | 完成时限 |\n"
        "1 | 严格落实重大行政决策程序。 | 牵头单位：县委办 责任单位：县政府办、县司法局 "
        "完成时限：6月底 | 2024年底 |\n"
    )
    assert _units(text) == [
        [("lead", "县委办"), ("responsible", "县政府办"), ("responsible", "县司法局")]
    ]
