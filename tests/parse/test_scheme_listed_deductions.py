"""A deduction for each occurrence with another's listed after it with 、
(``每次扣2分、首席代表扣1分``): two rules, as ``扣1分、首席代表扣0.5分`` gives two."""

from __future__ import annotations

import rulegov


def test_a_deduction_listed_after_one_for_each_occurrence_is_a_rule_of_its_own():
    scheme = rulegov.parse_scheme(
        "窗口月度考评评分标准\n"
        "一、人员选派(10分)\n"
        "1.擅自撤出或调换窗口工作人员的,每人次扣2分、首席代表扣1分。\n"
        "2.未安排好后台人员值守的,每次扣2分、首席代表扣0.5分、分管领导扣0.5分。\n"
    )
    assert [(rule.node, rule.points, rule.max) for rule in scheme.rules] == [
        ("1.1", 2.0, None),
        ("1.1", 1.0, None),
        ("1.2", 2.0, None),
        ("1.2", 0.5, None),
        ("1.2", 0.5, None),
    ]


def test_a_cap_listed_after_a_deduction_for_each_occurrence_is_no_rule():
    scheme = rulegov.parse_scheme(
        "窗口月度考评评分标准\n"
        "一、人员选派(10分)\n"
        "1.擅自撤出窗口工作人员的,每人次扣2分、最多扣6分。\n"
        "2.未安排人员值守的,每次扣1分。\n"
    )
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1.1", 2.0), ("1.2", 1.0)]
