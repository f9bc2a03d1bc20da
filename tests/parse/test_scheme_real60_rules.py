"""Rules of the genre read for the sixtieth set of appraisal documents (``schemes/real60``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _items(scheme: rulegov.Scheme) -> list[tuple[str, float | None]]:
    return [(node.name, node.points) for node in scheme.nodes()[1:]]


def test_a_score_after_a_row_is_not_the_points_of_the_next_row_that_prints_its_own():
    # a 自评得分 column after the standard: each row's own score stands before the next row's
    # name, whose 分值 cell follows it
    text = (
        "指标\n指标分值\n计分标准\n自评得分\n"
        "组织领导\n\n10\n\n未成立领导小组的扣3分。\n\n9\n\n"
        "制度建设\n\n10\n\n未建立制度的扣2分。\n\n8\n\n"
        "经费保障\n\n10\n\n经费未落实的,此项得0分。\n\n9.5\n"
    )
    assert _items(rulegov.parse_scheme(text)) == [
        ("组织领导", 10.0),
        ("制度建设", 10.0),
        ("经费保障", 10.0),
    ]


def test_a_bare_number_before_a_name_without_points_after_it_is_still_its_points():
    text = "考核项目\n分值\n评分标准\n5\n组织领导\n未成立领导小组的扣3分。\n8\n制度建设\n未建立制度的扣2分。\n"
    assert _items(rulegov.parse_scheme(text)) == [("组织领导", 5.0), ("制度建设", 8.0)]


def _bonuses(scheme: rulegov.Scheme) -> list[float]:
    return [rule.points for rule in scheme.rules if rule.kind == "bonus"]


def test_a_row_named_a_bonus_item_with_its_points_after_a_comma_is_a_bonus_rule():
    text = (
        "一、组织领导(10分)\n1.成立领导小组(10分)。未成立的扣5分。\n2.重大活动保障(加分项,5分)。\n"
    )
    assert _bonuses(rulegov.parse_scheme(text)) == [5.0]


def test_a_bonus_part_named_without_points_after_a_comma_reads_no_bonus():
    text = "一、组织领导(10分)\n1.成立领导小组(10分)。未成立的扣5分。\n二、加分项\n"
    assert _bonuses(rulegov.parse_scheme(text)) == []
