"""A table of deductions set out under an item a cell a line (``扣分情况`` · ``数值`` · ``分值`` ·
``备注``, then rows ``越级报送`` · ``1次`` · ``3分``): each row is a rule of the item, taking its
points for each count. Each test is a class of printing, its texts written for the test."""

from __future__ import annotations

import rulegov

_TABLE = (
    "某单位工作绩效评价办法\n"
    "1. 公文质量(10分)\n"
    "按规定起草公文,格式规范,无越级报送。\n"
    "扣分情况\n数值\n分值\n备注\n"
    "格式错误\n1次\n2分\n \n"
    "越级报送\n1次\n3分\n被通报的加倍扣分。\n"
    "其他错误\n1次\n1-3分\n"
)


def test_each_row_of_a_table_of_deductions_under_an_item_is_its_rule():
    scheme = rulegov.parse_scheme(_TABLE)
    assert [(node.id, node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("1", "公文质量", 10.0)
    ]
    assert [(rule.node, rule.points, rule.max) for rule in scheme.rules] == [
        ("1", 2.0, None),
        ("1", 3.0, None),
        ("1", 1.0, 3.0),  # a range: the rater enters the points, up to 3
    ]


def test_cells_that_name_no_count_are_no_rows_of_deductions():
    # a table of weights (考核内容 · 分值) under an item is no table of deductions
    text = (
        "某单位工作绩效评价办法\n1. 公文质量(10分)\n考核内容\n分值\n格式规范\n4分\n报送及时\n6分\n"
    )
    assert rulegov.parse_scheme(text).rules == []
