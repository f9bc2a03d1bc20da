"""An item's points sharing their bracket with its rule, read in linear time on a long line."""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth
from rulegov.parse._scheme_lines import _POINTS_BEFORE_RULE, points_in


@pytest.mark.parametrize(
    ("title", "points"),
    [
        ("组织领导（30分，发现一座扣1分）", ("30", 4, 9)),
        ("组织领导（5分，未成立的扣5分）", ("5", 4, 8)),
        ("组织领导(5分;未成立的不得分)", ("5", 4, 8)),
        ("组织领导（5分， 超时的不计分）", ("5", 4, 9)),
        ("组织领导（5分，另见附件）", None),  # no rule in the bracket
        ("组织领导（5分，扣分", None),  # the bracket never closes
        ("组织领导（5分，按要求）扣1分", None),  # the rule after the bracket
        ("组织领导（5分，见（二）扣1分）", None),  # another bracket before the rule
    ],
)
def test_points_before_a_rule_in_their_bracket(title, points):
    found = _POINTS_BEFORE_RULE.search(title)
    assert (found and (found.group(1), found.start(), found.end())) == points


def test_an_unclosed_bracket_before_many_rules_is_read_in_linear_time():
    def read(n: int) -> object:
        return [points_in("组织领导（5分，" + "扣" * n) for _ in range(20)]

    assert growth(read, 500) < LINEAR


def test_a_long_line_of_rules_after_unclosed_points_is_read_in_linear_time():
    def read(n: int) -> rulegov.Scheme:
        return rulegov.parse_scheme(
            "考核细则\n一、组织领导（5分，" + "未按要求报送的扣1分，" * n + "\n"
        )

    assert growth(read, 500) < LINEAR
