"""Unit brackets whose names carry their variant's bracket, name others as a body, or end in remarks.

Province and county plans print a task's units after its text in a bracket: the names may end in
the bracket of their variant (``省直各部门（单位）``, ``各县（市、区）``) before a comma or a joining
和; a name may stand with the body of the others (``司法厅等省直各部门（单位）``); and the bracket
may close with a remark on the lists after it (``以下均需各市（州）人民政府落实，不再列出``) or
say that the first unit of each list leads (``排序第一的单位为牵头单位，下同``).
"""

from __future__ import annotations

import pytest

import rulegov

_PLAN = "一、主要任务\n1.加强普法宣传。开展法治讲座。{bracket}\n2.做好其他工作。{second}\n"


def _units(bracket: str, second: str = "") -> list[list[tuple[str, str]]]:
    plan = rulegov.parse_plan(_PLAN.format(bracket=bracket, second=second))
    assert plan.tasks[0].title == "加强普法宣传"
    return [
        [(a.role.value, a.unit_name or a.unit) for a in task.assignments] for task in plan.tasks
    ]


@pytest.mark.parametrize(
    ("bracket", "names"),
    [
        (
            "〔省直各部门(单位),各市(州)人民政府按职责分工负责〕",
            ["省直各部门(单位)", "各市(州)人民政府"],
        ),
        ("（各县（市、区），市直各部门负责）", ["各县（市、区）", "市直各部门"]),
        ("(市直各单位(部门),各县区政府按职责分工负责)", ["市直各单位(部门)", "各县区政府"]),
    ],
)
def test_a_name_ending_in_its_variant_waits_for_the_role_word(
    bracket: str, names: list[str]
) -> None:
    assert _units(bracket)[0] == [("responsible", name) for name in names]


@pytest.mark.parametrize(
    ("bracket", "names"),
    [
        ("(各县(市、区)和市直各部门负责)", ["各县(市、区)", "市直各部门"]),
        ("〔省直各部门(单位)和各市(州)人民政府负责〕", ["省直各部门(单位)", "各市(州)人民政府"]),
        ("(市工业和信息化局负责)", ["市工业和信息化局"]),
        ("(区财政局和区审计局负责)", ["区财政局", "区审计局"]),
    ],
)
def test_he_after_a_name_in_its_variant_joins_two_units(bracket: str, names: list[str]) -> None:
    assert _units(bracket)[0] == [("responsible", name) for name in names]


@pytest.mark.parametrize(
    ("bracket", "names"),
    [
        (
            (
                "〔省直各部门(单位)、各市(州)人民政府按职责分工负责,以下均需各市(州)人民政府落实,"
                "不再列出〕"
            ),
            ["省直各部门(单位)", "各市(州)人民政府"],
        ),
        ("(县司法局、县财政局负责,以下同)", ["县司法局", "县财政局"]),
        ("(县司法局、县财政局负责 以下同)", ["县司法局", "县财政局"]),
        ("〔省直各部门(单位)按职责分工负责以下均需各市(州)人民政府落实〕", ["省直各部门(单位)"]),
        ("(县司法局负责,以下各项均需各乡镇落实)", ["县司法局"]),
    ],
)
def test_a_remark_on_the_lists_after_it_closes_the_bracket(bracket: str, names: list[str]) -> None:
    assert _units(bracket)[0] == [("responsible", name) for name in names]


@pytest.mark.parametrize(
    ("bracket", "names"),
    [
        ("(司法厅等省直各部门(单位)负责)", ["司法厅", "省直各部门(单位)"]),
        ("(市司法局等市直各单位负责)", ["市司法局", "市直各单位"]),
        (
            "〔司法厅等省直各部门(单位)和市(州)人民政府按职责分工负责〕",
            ["司法厅", "省直各部门(单位)", "市(州)人民政府"],
        ),
        ("(市司法局等有关部门负责)", ["市司法局"]),  # others left unnamed stay so
        ("(县司法局等负责)", ["县司法局"]),
    ],
)
def test_a_name_and_the_others_named_as_a_body_are_two_units(
    bracket: str, names: list[str]
) -> None:
    assert _units(bracket)[0] == [("responsible", name) for name in names]


@pytest.mark.parametrize(
    "remark",
    [
        "。排序第一的单位为牵头单位,下同",
        ",排名第一的为牵头单位,下同",
        ",排在首位的为牵头单位,下同",
        ",列第一位的为牵头单位,下同",
    ],
)
def test_the_remark_that_the_first_unit_leads_holds_for_the_lists_after_it(remark: str) -> None:
    first, second = _units(f"(责任单位:区司法局、区财政局{remark})", "(责任单位:区审计局、区监委)")
    assert first == [("lead", "区司法局"), ("responsible", "区财政局")]
    assert second == [("lead", "区审计局"), ("responsible", "区监委")]


def test_without_the_remark_every_unit_of_a_list_answers_for_the_task() -> None:
    first, second = _units("(责任单位:区司法局、区财政局)", "(责任单位:区审计局、区监委)")
    assert first == [("responsible", "区司法局"), ("responsible", "区财政局")]
    assert second == [("responsible", "区审计局"), ("responsible", "区监委")]


@pytest.mark.parametrize(
    ("clause", "first"),
    [
        ("(区司法局牵头;以下各单位配合:区法院、区检察院)", ("lead", "区司法局")),
        ("(区司法局负责,以下单位配合:区法院、区检察院)", ("responsible", "区司法局")),
        ("(区司法局牵头,下列部门配合：区法院、区检察院等)", ("lead", "区司法局")),
        ("区司法局牵头;以下各单位配合:区法院、区检察院。", ("lead", "区司法局")),
    ],
)
def test_a_list_labelled_after_yixia_names_the_units_of_its_role(
    clause: str, first: tuple[str, str]
) -> None:
    tasks = _units(clause, "(牵头单位:区司法局)")
    assert tasks[0] == [first, ("cooperating", "区法院"), ("cooperating", "区检察院")]
    assert tasks[1] == [("lead", "区司法局")]
