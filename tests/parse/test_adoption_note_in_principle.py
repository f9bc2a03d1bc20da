"""A meeting's note of adoption in principle, and of a revision after it, dates the plan.

A congress's plan for the year (立法工作计划, 监督工作计划) prints under its title, or at the head
of a copy that lost the title, the note of the meeting that adopted it: often adopted in
principle (``(2025年1月11日某省人大常委会第五十次主任会议原则通过)``), and at times revised by a
later meeting in the same bracket (``…原则通过 2025年4月18日…第42次委员长会议修改)``). The note
is a meeting's adoption as ``…会议通过`` is: no title, and its date is the plan's, the last
meeting's where it names a revision, the text printed being the revised one. Before, ``原则``
between 会议 and 通过 kept the note from being read: a copy without its title took the note for
one, and no date was read.
"""

from __future__ import annotations

import datetime as dt

import rulegov

UNTITLED = (
    "(2025年1月11日某省第十四届人民代表大会常务委员会第五十次主任会议原则通过)\n"
    "为科学合理安排省人大常委会2025年度立法工作,结合本省实际,提出本工作计划。\n"
    "一、总体原则\n"
    "坚持党的领导,提高立法质量。\n"
)

REVISED = (
    "某省人大常委会2025年度立法工作计划\n"
    "(2024年12月13日某省人大常委会第35次主任会议原则通过 2025年4月18日某省人大常委会第42次主任会议修改)\n"
    "2025年是收官之年。立法工作的总体要求是:提高立法质量。\n"
    "一、做好法规案审议工作\n"
    "审议数据条例。\n"
)

ADOPTED = (
    "某市人大常委会2025年立法工作计划\n"
    "(2025年3月21日某市第七届人大常委会第45次主任会议审议通过)\n"
    "一、总体要求\n"
    "提高立法质量。\n"
)


def test_a_note_of_adoption_in_principle_is_no_title_and_dates_the_plan() -> None:
    plan = rulegov.parse_plan(UNTITLED)
    assert plan.title is None or "主任会议" not in plan.title
    assert plan.issued_on == dt.date(2025, 1, 11)


def test_a_note_of_a_later_revision_dates_the_plan_by_the_revision() -> None:
    plan = rulegov.parse_plan(REVISED)
    assert plan.title == "某省人大常委会2025年度立法工作计划"
    assert plan.issued_on == dt.date(2025, 4, 18)


def test_a_note_of_plain_adoption_keeps_its_date() -> None:
    plan = rulegov.parse_plan(ADOPTED)
    assert plan.title == "某市人大常委会2025年立法工作计划"
    assert plan.issued_on == dt.date(2025, 3, 21)
