"""A fraction after 扣, 减 or 加 (``增加三分之一``, ``减三分之一``) or minutes (``扣五分钟``) are no points."""

from __future__ import annotations

import pytest

import rulegov


def _rules(text: str) -> list[tuple[str, float | None]]:
    scheme = rulegov.parse_scheme(text)
    return [(rule.kind, rule.points) for rule in scheme.rules]


@pytest.mark.parametrize(
    "text",
    [
        # a share added, one item a line
        (
            "考核细则\n一、目标任务（30分）\n1.完成年度目标任务（20分）。超额完成的，增加三分之一。\n"
            "2.按时报送（10分）。迟报一次扣1分。\n"
        ),
        # a share of the item's points added, half-width brackets
        (
            "考核细则\n一、目标任务(30分)\n1.完成年度目标任务(20分)。超额完成的，另加三分之一分值。\n"
            "2.按时报送(10分)。迟报一次扣一分。\n"
        ),
        # a share taken, traditional characters
        (
            "考核細則\n一、目標任務（30分）\n1.完成年度目標任務（20分）。未完成的，減三分之一。\n"
            "2.按時報送（10分）。遲報一次扣1分。\n"
        ),
        # a share taken, the items in one paragraph
        (
            "考核细则\n一、目标任务（30分）1、完成年度目标任务（20分），未完成的扣减二分之一；"
            "2、按时报送（10分），迟报一次扣1分。\n"
        ),
    ],
    ids=["added", "added-to-points", "taken-traditional", "taken-in-a-paragraph"],
)
def test_a_fraction_is_no_rule_of_points(text):
    assert _rules(text) == [("deduction", 1.0)]


def test_minutes_taken_are_no_points():
    rules = _rules(
        "考核细则\n一、会议出席（10分）\n1.按时出席会议（10分）。迟到的扣五分钟发言时间，缺席一次扣2分。\n"
    )
    assert rules == [("deduction", 2.0)]


@pytest.mark.parametrize(("numeral", "points"), [("一", 1.0), ("两", 2.0), ("三", 3.0)])
def test_a_numeral_of_points_is_still_read(numeral, points):
    rules = _rules(
        f"考核细则\n一、目标任务（30分）\n1.完成年度目标任务（20分）。未完成的，扣{numeral}分。\n"
        "2.按时报送（10分）。迟报一次扣1分。\n"
    )
    assert rules == [("deduction", points), ("deduction", 1.0)]
