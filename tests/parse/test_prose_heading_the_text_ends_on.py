"""A bare heading the text ends on, under a part of prose whose headings head paragraphs: a section.

Under a part of prose (二、工作目标) a 计划 sets sub-headings alone on their lines over paragraphs of
their own (``(一)总体目标`` / its paragraph): each is a section of the part, of prose. A stored copy
cut right after the next such heading (``(二)任务指标``) leaves it with nothing under it; printed
alone on the text's last line with no closing mark, as its sibling before it is, it is that kind of
heading, left empty by the cut: a section of prose too, no longer dropped as a numbered paragraph
of the part. A numbered paragraph that runs on from its title (``(二)坚持…。把…``), or one closed
by its mark, stays the part's text.
"""

from __future__ import annotations

import rulegov

PLAN = (
    "某区全民健身实施计划\n"
    "\n"
    "一、指导思想\n"
    "\n"
    "以党的精神为指导,推进全民健身事业发展。\n"
    "\n"
    "二、工作目标\n"
    "\n"
    "(一)总体目标\n"
    "\n"
    "建立与经济社会发展相适应的全民健身公共服务体系。\n"
    "\n"
    "(二)任务指标"
)


def _sections(plan: rulegov.Plan) -> list[tuple[str, str, str]]:
    return [(s.number, s.title, s.kind.value) for s in plan.walk_sections()]


def test_a_bare_heading_the_text_ends_on_is_a_prose_section_like_its_sibling() -> None:
    plan = rulegov.parse_plan(PLAN)
    assert ("(二)", "任务指标", "objectives") in [
        (number.replace("（", "(").replace("）", ")"), title, kind)
        for number, title, kind in _sections(plan)
    ]
    assert plan.tasks == []


def test_a_heading_closed_by_its_mark_stays_the_parts_text() -> None:
    plan = rulegov.parse_plan(PLAN.replace("(二)任务指标", "(二)任务指标。"))
    assert "任务指标" not in [title for _number, title, _kind in _sections(plan)]


def test_a_paragraph_running_on_from_its_title_stays_the_parts_text() -> None:
    text = PLAN.replace("(二)任务指标", "(二)坚持以人民为中心。把群众需求放在首位")
    titles = [title for _number, title, _kind in _sections(plan_of(text))]
    assert not [title for title in titles if title.startswith("坚持")]


def test_without_a_sibling_heading_paragraphs_the_last_item_stays_text() -> None:
    text = PLAN.replace("(一)总体目标\n\n建立", "(一)总体目标。建立")
    titles = [title for _number, title, _kind in _sections(plan_of(text))]
    assert "任务指标" not in titles


def plan_of(text: str) -> rulegov.Plan:
    return rulegov.parse_plan(text)
