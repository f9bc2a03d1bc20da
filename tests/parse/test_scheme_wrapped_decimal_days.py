"""A line an item wraps to that opens with a decimal day or month (``1.5日的扣1分``) opens no item 1."""

from __future__ import annotations

import pytest

import rulegov


def _scheme(text: str) -> tuple[list[tuple[str, float | None]], list[tuple[str, float | None]]]:
    scheme = rulegov.parse_scheme(text)
    items = [(node.id, node.points) for node in scheme.nodes()[1:]]
    return items, [(rule.node, rule.points) for rule in scheme.rules]


@pytest.mark.parametrize(
    ("wrapped", "rest"),
    [
        ("办结时限超过", "1.5日的扣1分。"),  # a day and a half
        ("报送时间超过规定时限", "1．5日的扣1分。"),  # a full-width point
        ("办结时限超过", "1 .5日的扣1分。"),  # a space before the point
        ("年度总结报送晚于次年", "1.10月的扣1分。"),  # a month
    ],
    ids=["day", "full-width-point", "spaced-point", "month"],
)
def test_a_wrapped_decimal_stays_in_the_item(wrapped, rest):
    items, rules = _scheme(
        "考核细则\n一、信息报送（10分）\n1.按时报送信息（5分），未报送扣5分。\n"
        f"2.及时办结交办事项（5分），{wrapped}\n{rest}\n"
        "二、队伍建设（10分）\n1.开展培训（10分），未开展扣10分。\n"
    )
    assert items == [("1", None), ("1.1", 5.0), ("1.2", 5.0), ("2", None), ("2.1", 10.0)]
    assert rules == [("1.1", 5.0), ("1.2", 1.0), ("2.1", 10.0)]


@pytest.mark.parametrize(
    "line",
    [
        "1.12月底前完成排查（10分），未完成扣10分。",
        "1 .2021年6月底前完成排查（10分），未完成扣10分。",
    ],
    ids=["month", "year"],
)
def test_a_dated_item_one_under_the_next_part_opens_its_list(line):
    items, _ = _scheme(
        "考核细则\n一、信息报送（10分）\n1.按时报送信息（5分），未报送扣5分。\n"
        "2.及时办结交办事项（5分），未办结扣1分。\n"
        f"二、排查整治（20分）\n{line}\n2.建立台账（10分），未建立扣10分。\n"
    )
    assert items == [
        ("1", None),
        ("1.1", 5.0),
        ("1.2", 5.0),
        ("2", None),
        ("2.1", 10.0),
        ("2.2", 10.0),
    ]
