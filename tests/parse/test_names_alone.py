"""A task's units printed as their names alone in brackets, with no label and no role word."""

from __future__ import annotations

import pytest

import rulegov

HEAD = "某区2024年法治政府建设工作要点\n\n一、重点任务\n"
FIRST = "1.健全依法决策机制。严格落实重大行政决策程序规定。"
SECOND = "2.深化行政执法改革。全面推行行政执法三项制度。"


def _responsible(plan: rulegov.Plan) -> list[list[str]]:
    return [task.responsible_units for task in plan.tasks]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("（区司法局、区法院、区检察院）", "（区政府办、区财政局）"),
        ("(区司法局,区法院,区检察院)", "(区政府办,区财政局)"),
        ("（区司法局，区法院，区检察院）。", "（区政府办，区财政局）。"),
    ],
    ids=["full-width", "half-width", "stop-after"],
)
def test_a_bracket_of_names_on_a_line_of_its_own_names_the_units_of_the_task_above(
    first: str, second: str
):
    plan = rulegov.parse_plan(HEAD + FIRST + "\n" + first + "\n" + SECOND + "\n" + second + "\n")
    assert [task.title for task in plan.tasks] == ["健全依法决策机制", "深化行政执法改革"]
    assert _responsible(plan) == [["区司法局", "区法院", "区检察院"], ["区政府办", "区财政局"]]


def test_a_square_bracket_of_names_over_numbered_items_heads_their_group():
    # 〔区司法局〕 on a line of its own over items names the units of the items under it
    text = HEAD + "〔区司法局、区法院〕\n" + FIRST + "\n" + SECOND + "\n"
    assert _responsible(rulegov.parse_plan(text)) == [["区司法局", "区法院"]] * 2


@pytest.mark.parametrize(
    "line", ["（试行）", "（2024年12月底前）", "（含各镇、各部门）", "（本科）"]
)
def test_a_bracket_on_a_line_of_its_own_that_names_no_unit_is_none(line: str):
    plan = rulegov.parse_plan(HEAD + FIRST + "\n" + line + "\n" + SECOND + "\n")
    assert _responsible(plan) == [[], []]


@pytest.mark.parametrize(
    ("bracket", "names"),
    [
        (
            "（县园区服务中心、新材料产业园、食品产业园等）",
            ["县园区服务中心", "新材料产业园", "食品产业园"],
        ),
        (
            "〔各县（市）交通运输局、局直各单位、政策法规科〕",
            ["各县（市）交通运输局", "局直各单位", "政策法规科"],
        ),
        ("（办公室、法制股、县市场监管局）", ["办公室", "法制股", "县市场监管局"]),
    ],
    ids=["parks", "sections", "desks"],
)
def test_names_alone_may_end_as_a_park_or_a_bureau_s_section_beside_an_organ(
    bracket: str, names: list[str]
):
    plan = rulegov.parse_plan(HEAD + FIRST + bracket + "\n" + SECOND + "（县财政局）\n")
    assert _responsible(plan) == [names, ["县财政局"]]


@pytest.mark.parametrize(
    "division",
    [
        "各县（市）交通运输局、局直各单位、政策法规科负责。",
        "政策法规科牵头，各县（市）交通运输局、局直各单位配合。",
    ],
)
def test_a_sentence_of_roles_may_name_a_bureau_s_section(division: str):
    plan = rulegov.parse_plan(HEAD + FIRST + division + "\n" + SECOND + "\n")
    names = [assignment.unit_name or assignment.unit for assignment in plan.tasks[0].assignments]
    assert sorted(names) == sorted(["各县（市）交通运输局", "局直各单位", "政策法规科"])
