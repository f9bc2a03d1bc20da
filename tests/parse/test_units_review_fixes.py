"""Names alone in a bracket that opens an item's text: units of tasks, never a division of goals."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.model import SectionKind
from rulegov.parse._fields import split_fields

TITLE = "区2024年法治政府建设工作要点\n"
GOALS = (
    "一、工作目标\n"
    "(一){open}区司法局、区财政局{close}法治政府建设取得新进展。\n"
    "(二){open}区法院、区检察院{close}司法公正水平持续提升。\n"
    "(三){open}区教育局{close}全民法治素养明显提高。\n"
)
TASKS = (
    "二、重点任务\n"
    "(一)深化行政执法改革。(牵头单位:区司法局)\n"
    "(二)加强法治宣传教育。(牵头单位:区司法局;配合单位:区教育局)\n"
)
BRACKETS = [
    pytest.param("【", "】", id="square"),
    pytest.param("〔", "〕", id="tortoise"),
    pytest.param("(", ")", id="round"),
]


def _units(plan: rulegov.Plan) -> dict[str, list[str]]:
    names = {unit.id: unit.name for unit in plan.units}
    return {task.title: [names[a.unit] for a in task.assignments] for task in plan.tasks}


def test_names_alone_in_a_leading_bracket_are_no_role_word() -> None:
    text = "【区司法局、区财政局】推进工作。"
    fields = split_fields(text)[1]
    assert [(f.label, text[f.begin : f.end], f.bare) for f in fields] == [
        ("责任单位", "区司法局、区财政局", True)
    ]


@pytest.mark.parametrize(("opener", "closer"), BRACKETS)
def test_goals_opened_by_names_stay_goals(opener: str, closer: str) -> None:
    plan = rulegov.parse_plan(TITLE + GOALS.format(open=opener, close=closer) + TASKS)
    goals = plan.sections[0]
    assert goals.kind is SectionKind.OBJECTIVES
    assert [task.title for task in plan.tasks] == ["深化行政执法改革", "加强法治宣传教育"]


@pytest.mark.parametrize(("opener", "closer"), BRACKETS)
def test_leading_names_stay_units_beside_role_words(opener: str, closer: str) -> None:
    text = (
        TITLE + "一、重点任务\n"
        f"(一){opener}区司法局、区财政局{closer}推进行政执法改革。\n"
        f"(二){opener}区法院、区检察院{closer}加强司法公正。\n"
        "(三)加强法治宣传教育。(牵头单位:区教育局)\n"
    )
    assert _units(rulegov.parse_plan(text)) == {
        "推进行政执法改革": ["区司法局", "区财政局"],
        "加强司法公正": ["区法院", "区检察院"],
        "加强法治宣传教育": ["区教育局"],
    }
