"""Rules of the genre read for the fifty-ninth set of appraisal documents (``schemes/real59``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _rules(scheme: rulegov.Scheme) -> list[tuple[str, str | None, float | None]]:
    return [
        (rule.kind, getattr(rule, "node", None), getattr(rule, "points", None))
        for rule in scheme.rules
    ]


def test_a_row_number_printed_again_before_a_clause_scoring_nothing_gives_its_item_the_rule():
    text = (
        "(1)档案管理规范(6分)(11)建立档案室,配备专职人员。(6分)"
        "(11)未建档案室不得分;人员不专职扣2分。"
        "(2)档案及时归档(4分)(12)档案按年度整理归档。(4分)"
        "(12)未整理归档不计分。"
    )
    scheme = rulegov.parse_scheme(text)
    assert _rules(scheme) == [
        ("deduction", "2", 6.0),
        ("deduction", "2", 2.0),
        ("deduction", "4", 4.0),
    ]


def test_a_clause_scoring_nothing_under_another_number_stays_unread():
    text = (
        "(1)档案管理规范(6分)(11)建立档案室,配备专职人员。(6分)"
        "(13)未建档案室不得分;人员不专职扣2分。"
        "(2)档案及时归档(4分)(12)档案按年度整理归档。(4分)"
    )
    assert _rules(rulegov.parse_scheme(text)) == [("deduction", "2", 2.0)]
