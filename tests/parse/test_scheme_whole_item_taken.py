"""A clause that takes the whole of the item it stands in (扣除所在项所有分值 · 扣完所在项分值)
takes the item's points, as 扣除该项全部分值 does."""

from __future__ import annotations

import rulegov


def test_the_points_of_the_item_a_clause_stands_in_are_all_taken():
    scheme = rulegov.parse_scheme(
        "公文质量考核评分表\n"
        "一、密级(3分)。每处错误扣除所在项所有分值。\n"
        "二、缓急程度(4分)。标注错误的,扣完所在项分值。\n"
        "三、行文依据(5分)。每处错误扣1分,扣完所在项分值为止。\n"
    )
    assert [(rule.node, rule.points, rule.max) for rule in scheme.rules] == [
        ("1", 3.0, 3.0),
        ("2", 4.0, 4.0),
        ("3", 1.0, None),
    ]
