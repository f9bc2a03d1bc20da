"""A page's title over the document's own heading, which prints the plan's period under it.

A site prints a plan's name as the page's title (and may print it again), then the document's
own heading with the period on a line of its own under it: 某市法治社会建设实施方案 / … /
某市法治社会建设实施方案 / (2021—2025年). The heading is the title, period and all; the copies
above it are the page's. A copy may lose the period's opening bracket (2021—2025年)).
"""

from __future__ import annotations

import pytest

import rulegov

NAME = "某市法治社会建设实施方案"
BODY = (
    "为深入推进法治社会建设,结合我市实际,制定本方案。\n"
    "一、总体要求\n"
    "坚持以习近平法治思想为指导,推进法治社会建设。\n"
    "二、重点任务\n"
    "(一)深入学习宣传习近平法治思想。组织专题学习。\n"
)


@pytest.mark.parametrize(
    ("between", "period"),
    [
        ("\n", "(2021—2025年)"),
        ("时间:2022-01-05 来源:市司法局\n\n", "(2021—2025年)"),
        ("时间:2022-01-05 来源:市司法局\n\n", "（2021—2025年）"),
        ("\n" + NAME + "\n\n \n\n", "2021—2025年)"),
    ],
)
def test_the_heading_under_the_page_s_title_keeps_its_period(between: str, period: str) -> None:
    text = f"{NAME}\n{between}{NAME}\n\n{period}\n\n{BODY}"
    plan = rulegov.parse_plan(text)
    assert plan.title == NAME + period
    assert plan.period is not None
    assert (plan.period.start_year, plan.period.end_year) == (2021, 2025)
    assert [section.number for section in plan.sections] == ["一", "二"]


@pytest.mark.parametrize("suffix", ["(2021—2025年)", "(试行)"])
def test_the_heading_with_its_period_on_its_line_is_the_title(suffix: str) -> None:
    plan = rulegov.parse_plan(f"{NAME}\n\n{NAME}{suffix}\n\n{BODY}")
    assert plan.title == NAME + suffix


def test_the_heading_with_its_note_under_it_is_the_title() -> None:
    plan = rulegov.parse_plan(f"{NAME}\n\n{NAME}\n(试行)\n\n{BODY}")
    assert plan.title == NAME + "(试行)"


def test_a_title_printed_twice_with_no_period_is_read_once() -> None:
    plan = rulegov.parse_plan(f"{NAME}\n\n{NAME}\n\n{BODY}")
    assert plan.title == NAME
    assert [section.number for section in plan.sections] == ["一", "二"]


def test_a_different_heading_under_the_title_is_not_taken_for_it() -> None:
    other = "某市法治政府建设实施方案"
    plan = rulegov.parse_plan(f"{NAME}\n\n{other}\n(2021—2025年)\n\n{BODY}")
    assert plan.title == NAME
