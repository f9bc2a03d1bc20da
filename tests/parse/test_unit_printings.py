"""Units as plans print them beside other printings of units in the same plan or table.

A bracket of organs' names alone after a task in a plan that names other tasks' units by role
words; a units cell merged over the later rows of its group, which a copy prints in the
group's first row only; a column of people and units (责任领导及牵头单位) whose people are no units.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = "某区2024年法治政府建设工作要点\n一、重点任务\n"
TABLE_TITLE = "某区2024年法治政府建设重点任务分工表\n"


def _units(plan: rulegov.Plan) -> list[list[tuple[str, str]]]:
    return [[(a.unit_name, a.role.value) for a in task.assignments] for task in plan.tasks]


# -- a bracket of organs' names alone, in a plan that names units by role words too ---------------

BRACKETS = {
    "full-width": "（{}）",
    "half-width": "({})",
    "lenticular": "【{}】",
}
WORDED = {
    "label": "2.加强行政执法。牵头单位：区司法局\n",
    "bracketed label": "2.加强行政执法。（责任单位：区司法局）\n",
    "role word after": "2.加强行政执法。（区司法局牵头，区公安分局配合）\n",
}


@pytest.mark.parametrize("bracket", list(BRACKETS))
@pytest.mark.parametrize("worded", list(WORDED))
@pytest.mark.parametrize(
    "names",
    [
        "区委宣传部、区教育局",
        "区政务服务中心",
        "城关镇、东城街道办事处",
        "区发改局(粮食局)、区财政局",
    ],
)
def test_a_bracket_of_organs_names_names_the_tasks_units_beside_role_words(
    bracket: str, worded: str, names: str
):
    text = HEAD + "1.开展学法活动。" + BRACKETS[bracket].format(names) + "\n" + WORDED[worded]
    plan = rulegov.parse_plan(text)
    assert [a.unit_name for a in plan.tasks[0].assignments] == names.split("、")
    assert {a.role for a in plan.tasks[0].assignments} == {rulegov.Role.RESPONSIBLE}
    assert plan.tasks[1].assignments[0].unit_name == "区司法局"
    assert not [d for d in plan.diagnostics if d.code == "names-aside"]


@pytest.mark.parametrize("worded", list(WORDED))
@pytest.mark.parametrize(
    "names", ["区委宣传部、区委党校", "区实验学校、区教育局", "食品产业园、区商务局"]
)
def test_a_bracket_with_a_name_that_is_no_organs_stays_aside(worded: str, names: str):
    plan = rulegov.parse_plan(HEAD + f"1.开展学法活动。({names})\n" + WORDED[worded])
    assert plan.tasks[0].assignments == []
    [aside] = [d for d in plan.diagnostics if d.code == "names-aside"]
    assert names in aside.message


def test_organs_names_after_a_dash_stay_aside_beside_role_words():
    plan = rulegov.parse_plan(HEAD + "1.开展学法活动。——区委宣传部\n" + WORDED["label"])
    assert plan.tasks[0].assignments == []
    assert [d.code for d in plan.diagnostics if d.code == "names-aside"] == ["names-aside"]


# -- a units cell merged over the later rows of its group -----------------------------------------


def _pipes(rows: list[list[str]]) -> str:
    return "\n".join("|" + "|".join(row) + "|" for row in rows)


def _spaced_pipes(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def _tabs(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows)


PRINTINGS = {"pipes": _pipes, "spaced pipes": _spaced_pipes, "tabs": _tabs}
GROUP_HEADINGS = ["类别", "重点领域"]


def _grouped(heading: str) -> list[list[str]]:
    return [
        [heading, "序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        [
            "一、深入推进依法行政",
            "1",
            "推进严格规范公正文明执法",
            "区司法局",
            "区公安分局",
            "年底前",
        ],
        ["", "2", "深化行政复议体制改革", "", "", "6月底前"],
        ["", "3", "推进政务公开标准化", "", "", "9月底前"],
        ["二、加强法治社会建设", "4", "加强普法宣传教育", "区委宣传部", "区教育局", "年底前"],
        ["", "5", "推进社会信用体系建设", "区发改局", "", "年底前"],
        ["", "6", "健全矛盾纠纷化解机制", "", "", "年底前"],
    ]


@pytest.mark.parametrize("printing", list(PRINTINGS))
@pytest.mark.parametrize("heading", GROUP_HEADINGS)
def test_a_units_cell_merged_within_its_group_names_the_units_of_its_rows(
    printing: str, heading: str
):
    plan = rulegov.parse_plan(TABLE_TITLE + PRINTINGS[printing](_grouped(heading)) + "\n")
    first = [("区司法局", "lead"), ("区公安分局", "cooperating")]
    assert _units(plan) == [
        first,
        first,
        first,
        [("区委宣传部", "lead"), ("区教育局", "cooperating")],
        [("区发改局", "lead")],  # its own lead; a blank 配合单位 beside it names none
        [("区发改局", "lead")],
    ]


@pytest.mark.parametrize("printing", list(PRINTINGS))
def test_a_groups_first_row_takes_no_units_from_the_group_above(printing: str):
    rows = _grouped("类别")
    rows[4][3:5] = ["", ""]
    plan = rulegov.parse_plan(TABLE_TITLE + PRINTINGS[printing](rows) + "\n")
    assert _units(plan)[3:] == [[], [("区发改局", "lead")], [("区发改局", "lead")]]


@pytest.mark.parametrize("printing", list(PRINTINGS))
def test_a_copys_last_row_cut_short_takes_no_units_from_above(printing: str):
    rows = _grouped("类别")
    rows[-1] = ["", "6", "健全矛盾纠纷化解"]
    plan = rulegov.parse_plan(TABLE_TITLE + PRINTINGS[printing](rows) + "\n")
    assert _units(plan)[-1] == []


@pytest.mark.parametrize("printing", list(PRINTINGS))
def test_without_a_group_column_a_blank_units_cell_names_no_unit(printing: str):
    rows = [row[1:] for row in _grouped("类别")]
    plan = rulegov.parse_plan(TABLE_TITLE + PRINTINGS[printing](rows) + "\n")
    assert _units(plan)[1] == []


# -- a column of people and units ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("责任领导及牵头单位", "lead"),
        ("牵头领导及单位", "lead"),
        ("责任领导、责任单位", "responsible"),
        ("分管领导/责任单位", "responsible"),
        ("责任领导和责任单位", "responsible"),
    ],
)
@pytest.mark.parametrize("printing", list(PRINTINGS))
def test_a_column_of_people_and_units_names_the_units_not_the_people(
    heading: str, role: str, printing: str
):
    rows = [
        ["序号", "工作任务", heading, "完成时限"],
        ["1", "推进严格规范公正文明执法", "张三 区司法局", "年底前"],
        ["2", "深化行政复议体制改革", "副区长李四、区司法局、区财政局", "6月底前"],
        ["3", "推进政务公开标准化", "区委常委、副区长王五 区政府办公室", "9月底前"],
        ["4", "加强普法宣传教育", "副区长", "年底前"],
    ]
    plan = rulegov.parse_plan(TABLE_TITLE + PRINTINGS[printing](rows) + "\n")
    assert _units(plan) == [
        [("区司法局", role)],
        [("区司法局", role), ("区财政局", role)],
        [("区政府办公室", role)],
        [],
    ]
    assert not {"张三", "副区长", "区委常委"} & {unit.name for unit in plan.units}


def test_units_run_together_in_a_column_of_people_and_units_are_parted():
    rows = [
        ["序号", "工作任务", "责任领导及责任单位", "完成时限"],
        ["1", "开展特种设备专项整治", "王建国 工商质监所", "7月份"],
        ["2", "开展网吧专项整治", "副镇长李明 文化站 派出所工商质监所", "8月份"],
    ]
    plan = rulegov.parse_plan(TABLE_TITLE + _pipes(rows) + "\n")
    assert [[a.unit_name for a in task.assignments] for task in plan.tasks] == [
        ["工商质监所"],
        ["文化站", "派出所", "工商质监所"],
    ]
