"""Items listed with bullets, no numbers: ``• 遵守执业纪律情况（10分）`` under the heading above them."""

from __future__ import annotations

import pytest

import rulegov
from schemetrees import scheme_nodes


@pytest.mark.parametrize(
    "text",
    [
        # a web page's list: the bullet indented, a blank line between the items
        (
            "2.1 职业道德(权重30%)\n\n  • 遵守执业纪律情况(10分)\n\n  • 利益冲突审查记录(8分)\n\n"
            "  • 投诉处理满意度(12分)\n\n2.2 专业能力(权重70%)\n\n  • 案件办理质量(40分)\n\n"
            "  • 法律文书规范度(30分)\n"
        ),
        # black dots glued to the names, full-width brackets, numbered headings of another kind
        (
            "一、职业道德\n●遵守执业纪律情况（10分）\n●利益冲突审查记录（8分）\n●投诉处理满意度（12分）\n"
            "二、专业能力\n●案件办理质量（40分）\n●法律文书规范度（30分）\n"
        ),
        # small squares, traditional characters
        (
            "(一)職業道德\n▪ 遵守執業紀律情況(10分)\n▪ 利益衝突審查記錄(8分)\n▪ 投訴處理滿意度(12分)\n"
            "(二)專業能力\n▪ 案件辦理質量(40分)\n▪ 法律文書規範度(30分)\n"
        ),
    ],
    ids=["indented-bullets", "black-dots", "squares-traditional"],
)
def test_bulleted_items_are_siblings_under_the_heading_above(text):
    tree = scheme_nodes(text)
    assert [(number, points) for number, _, points in tree] == [
        ("1", None),
        ("1.1", 10.0),
        ("1.2", 8.0),
        ("1.3", 12.0),
        ("2", None),
        ("2.1", 40.0),
        ("2.2", 30.0),
    ]
    assert tree[1][1] in ("遵守执业纪律情况", "遵守執業紀律情況")


def test_a_bullet_keeps_its_items_rules():
    scheme = rulegov.parse_scheme(
        "一、组织领导\n• 成立领导小组（4分）未成立的扣4分。\n• 制定年度计划（6分）每缺一项扣2分。\n"
    )
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("组织领导", None),
        ("成立领导小组", 4.0),
        ("制定年度计划", 6.0),
    ]
    assert sorted((rule.node, rule.points) for rule in scheme.rules) == [("1.1", 4.0), ("1.2", 2.0)]


def test_a_middle_dot_inside_a_name_is_no_bullet():
    tree = scheme_nodes("一、组织领导(10分)\n1.成立“双拥·共建”领导小组(10分)\n")
    assert [name for _, name, _ in tree] == ["组织领导", "成立“双拥·共建”领导小组"]
