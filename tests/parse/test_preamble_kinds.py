"""The kind of a plan printed from its preamble on, as its opening sentence names it.

A page that prints a plan without its name (a 司法厅's column, a mirror, a copy of a PDF's body)
opens on the preamble, whose sentence ends by what the text is: ``…,结合实际,制定本计划。``.
The first line stands in for the title, cut and citing other documents by name (《…实施方案》,
《…规划》); the words ``本要点``, ``本计划``, ``本方案``, ``本规划``, ``本安排`` give the kind.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = "一、健全政府机构职能体系\n(一)推进政府机构职能优化协同高效。实施机构改革。\n"
# a preamble long enough that the stand-in title is cut before its last words
AIMS = "深入学习贯彻习近平法治思想,坚持以人民为中心,扎实推进法治政府建设各项工作,为高质量发展提供有力法治保障"


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("要点", "key_points"),
        ("计划", "work_plan"),
        ("方案", "implementation_plan"),
        ("规划", "multi_year_plan"),
        ("安排", "work_arrangements"),
    ],
)
@pytest.mark.parametrize(
    "cited",
    [
        "",
        "根据《法治政府建设实施纲要(2021—2025年)》和《某省贯彻实施方案》精神,",
        "根据《某省法治建设规划(2021—2025年)》,",
    ],
    ids=["no-citation", "cites-a-plan", "cites-a-規劃"],
)
def test_the_opening_sentence_names_the_kind(word: str, kind: str, cited: str) -> None:
    plan = rulegov.parse_plan(f"为{AIMS},{cited}结合实际,制定本{word}。\n{BODY}")
    assert plan.kind.value == kind
    assert [section.title for section in plan.sections] == ["健全政府机构职能体系"]
    assert any(d.code == "no-title" for d in plan.diagnostics)


@pytest.mark.parametrize(
    ("word", "kind"), [("要点", "key_points"), ("计划", "work_plan"), ("规划", "multi_year_plan")]
)
def test_the_preamble_names_the_kind_on_a_later_line(word: str, kind: str) -> None:
    # the first line opens the preamble with the year's place (2024年是…), the next ends it
    text = f"2024年是实现规划目标任务的关键一年。\n为{AIMS},制定本{word}。\n{BODY}"
    plan = rulegov.parse_plan(text)
    assert plan.kind.value == kind


def test_a_preamble_that_names_no_kind_keeps_the_default() -> None:
    plan = rulegov.parse_plan(f"为{AIMS},现提出以下措施。\n{BODY}")
    assert plan.kind.value == "work_plan"


def test_traditional_characters() -> None:
    plan = rulegov.parse_plan(f"為{AIMS},結合實際,制定本規劃。\n{BODY}")
    assert plan.kind.value == "multi_year_plan"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("某县2024年法治政府建设工作要点", "key_points"),
        ("某县法治政府建设实施方案", "implementation_plan"),
    ],
)
def test_a_printed_title_keeps_its_kind(title: str, kind: str) -> None:
    # the preamble says 本计划, but the title is printed: the title's word is the kind
    plan = rulegov.parse_plan(f"{title}\n为{AIMS},制定本计划。\n{BODY}")
    assert plan.title == title
    assert plan.kind.value == kind


@pytest.mark.parametrize(
    ("named", "kind"),
    [
        ("实施方案", "implementation_plan"),
        ("工作要点", "key_points"),
        ("年度工作要点", "key_points"),
        ("工作安排", "work_arrangements"),
        ("實施方案", "implementation_plan"),
    ],
)
def test_the_kind_word_after_the_words_that_qualify_it(named: str, kind: str) -> None:
    # 制定本实施方案, 制定本年度工作要点: the kind's word after the words that qualify it
    plan = rulegov.parse_plan(f"为{AIMS},结合实际,制定本{named}。\n{BODY}")
    assert plan.kind.value == kind


@pytest.mark.parametrize(
    "cited",
    [
        "根据《关于制定本规划的说明》,",
        "按照省委“结合实际制定本方案”的要求,",
        "参照各地制定本方案的做法,",
        "2024年是关键一年,省委提出“各地结合实际制定本方案。”\n",
    ],
    ids=["in-a-book-title", "in-quotes", "before-de", "on-an-earlier-line"],
)
def test_words_the_preamble_cites_leave_its_own_closing_words(cited: str) -> None:
    # only the preamble's own closing words name the text: 制定本要点, not a cited 制定本方案
    plan = rulegov.parse_plan(f"{cited}为{AIMS},结合实际,制定本要点。\n{BODY}")
    assert plan.kind.value == "key_points"
