"""A notice's heading whose opening a page lost still heads a notice, and carries the plan's title.

A page may print a forwarding notice's heading from the middle of its 《》: ``关于在全市公民中开展
法治宣传教育的第七个五年规划(2016—2020年)》的通知``, its ``某市关于转发《`` gone. The line still closes
as a notice does (``》的通知``): it is the notice's heading as printed, and the plan it carries is
named by what stands before the ``》``; the plan, printed under it with no title of its own, takes
that name. A heading whose 《》 are both printed, or a 关于 title that closes with no 》, is read as
before.
"""

from __future__ import annotations

import rulegov

BODY = (
    "发布时间:2019-07-09\n"
    "\n"
    "为做好第七个五年法治宣传教育工作,制定本规划。\n"
    "\n"
    "一、指导思想、工作原则和主要目标\n"
    "\n"
    "(一)指导思想。高举中国特色社会主义伟大旗帜。\n"
)
LOST = "关于在全市公民中开展法治宣传教育的第七个五年规划(2016—2020年)》的通知\n"
PLAN = "关于在全市公民中开展法治宣传教育的第七个五年规划(2016—2020年)"


def test_a_heading_that_lost_its_opening_heads_a_notice() -> None:
    plan = rulegov.parse_plan(LOST + BODY)
    assert plan.notice is not None
    assert plan.notice.title == LOST.strip()


def test_the_plan_takes_the_name_before_the_closing_bracket() -> None:
    plan = rulegov.parse_plan(LOST + BODY)
    assert plan.title == PLAN


def test_a_whole_heading_is_read_as_before() -> None:
    whole = "某市关于转发《" + LOST
    plan = rulegov.parse_plan(whole + BODY)
    assert plan.title == PLAN
    assert plan.notice is not None
    assert plan.notice.title == whole.strip()


def test_a_title_of_its_own_with_no_bracket_stays_the_plans() -> None:
    plan = rulegov.parse_plan(PLAN + "\n" + BODY)
    assert plan.title == PLAN
    assert plan.notice is None or plan.notice.title is None
