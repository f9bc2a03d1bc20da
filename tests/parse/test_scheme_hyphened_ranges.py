"""A range of quarters, weeks, grades or rounds opening a line is no sub-item's number.

``2-1积极开展…`` opening a line is sub-item 2.1, but ``1-3季度增速…`` opens a rule on the first
three quarters: the range stays as printed, and the item keeps its points and its rule.
"""

from __future__ import annotations

import pytest

from schemetrees import scheme_nodes


@pytest.mark.parametrize("unit", ["季度", "周", "级", "期", "届", "批", "轮"])
def test_a_range_before_its_unit_opening_a_line_is_no_sub_item(unit: str) -> None:
    text = (
        "一、经济发展(20分)\n1、地区生产总值增长(10分)\n"
        f"1-3{unit}增速达到全市平均水平的得5分,未达到的扣2分。\n"
        "2、固定资产投资(10分)\n未完成年度目标的扣2分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "经济发展", 20.0),
        ("1.1", "地区生产总值增长", 10.0),
        ("1.2", "固定资产投资", 10.0),
    ]
