"""A part that builds a base (夯实…发展基础) heads tasks; a prose part's sub-headings are sections.

Two printings of 规划 and 纲要: a part of work whose title ends in words that otherwise name the
background a plan opens with (十、提升安全保障能力，夯实内需发展基础 against 一、发展基础), and
sub-headings standing alone on their lines inside a part of background or of general requirements
(一、规划背景 / （一）我国…已取得显著成效 / its paragraphs), numbered through the plan.
"""

from __future__ import annotations

import pytest

import rulegov

_ITEMS = "（一）保障粮食安全\n推进粮食稳产增产。严守耕地红线。\n（二）推动应急管理能力建设\n增强应急能力。\n"
_NEXT = "二、实施保障\n（三）加强组织领导\n各地区要抓好落实。\n"


def _tasks(plan: rulegov.Plan) -> list[str]:
    return [task.title for section in plan.sections for task in section.tasks]


@pytest.mark.parametrize(
    "heading",
    [
        "一、提升安全保障能力，夯实内需发展基础",
        "一、筑牢高质量发展基础",
        "一、夯实发展基础",
        "一、打牢产业发展基础",
    ],
)
def test_a_part_that_builds_a_base_heads_tasks(heading: str) -> None:
    plan = rulegov.parse_plan("某市扩大内需规划纲要\n" + heading + "\n" + _ITEMS + _NEXT)
    assert _tasks(plan) == ["保障粮食安全", "推动应急管理能力建设", "加强组织领导"]
    assert plan.sections[0].kind is rulegov.SectionKind.TASKS


@pytest.mark.parametrize("heading", ["一、发展基础", "一、产业发展基础和面临形势"])
def test_a_part_of_background_stays_prose(heading: str) -> None:
    plan = rulegov.parse_plan("某市扩大内需规划纲要\n" + heading + "\n" + _ITEMS + _NEXT)
    assert _tasks(plan) == ["加强组织领导"]
    assert plan.sections[0].kind is not rulegov.SectionKind.TASKS


_BACKGROUND = (
    "某市扩大内需规划纲要\n"
    "一、规划背景\n"
    "（一）我市扩大内需已取得显著成效\n"
    "消费基础性作用持续强化。投资关键作用更好发挥。\n"
    "（二）重大意义\n"
    "实施扩大内需战略是满足人民对美好生活向往的现实需要。\n"
    "二、总体要求\n"
    "（三）指导思想\n"
    "坚持稳中求进。\n"
    "（四）重点任务\n"
    "加快培育完整内需体系。促进形成强大国内市场。\n"
    "三、全面促进消费\n"
    "（五）持续提升传统消费\n"
    "提高吃穿等消费品质。\n"
)


def test_sub_headings_alone_on_their_lines_under_a_prose_part_are_its_sections() -> None:
    plan = rulegov.parse_plan(_BACKGROUND)
    children = {section.title: [c.title for c in section.children] for section in plan.sections}
    assert children["规划背景"] == ["我市扩大内需已取得显著成效", "重大意义"]
    assert children["总体要求"] == ["指导思想", "重点任务"]
    assert _tasks(plan) == ["持续提升传统消费"]


def test_numbered_paragraphs_of_a_prose_part_stay_its_text() -> None:
    # principles printed as paragraphs, their text on their heading's line: no sections
    plan = rulegov.parse_plan(
        "某县2024年法治政府建设工作要点\n"
        "一、基本原则\n"
        "（一）坚持党的领导。把党的领导贯穿全过程。\n"
        "（二）坚持以人民为中心。回应群众关切。\n"
        "二、主要任务\n"
        "（三）推进依法决策。牵头单位：县司法局\n"
    )
    assert plan.sections[0].children == []
    assert _tasks(plan) == ["推进依法决策"]
