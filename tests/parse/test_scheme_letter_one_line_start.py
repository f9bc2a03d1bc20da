"""A line numbered ``l、`` for ``1、`` is item 1 whatever follows the mark (a space, a quote, a title)."""

from __future__ import annotations

import pytest

from schemetrees import scheme_nodes


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("l、 集中宣传", "2、 日常宣传"),  # a space after the mark
        ("l、“八五”普法宣传", "2、日常宣传"),  # a quotation mark
        ("l、《民法典》宣传", "2、日常宣传"),  # a book title's mark
        ("　　l、　集中宣传", "　　2、　日常宣传"),  # indented, full-width spaces
    ],
    ids=["space", "quote", "book-title", "full-width-spaces"],
)
def test_a_line_numbered_l_is_item_one(first, second):
    tree = scheme_nodes(
        f"考核细则\n一、宣传教育（10分）\n{first}（5分），未开展扣5分。\n{second}（5分），未开展扣5分。\n"
    )
    assert [(node_id, points) for node_id, _, points in tree] == [
        ("1", None),
        ("1.1", 5.0),
        ("1.2", 5.0),
    ]
    assert tree[1][1] in ("集中宣传", "“八五”普法宣传", "《民法典》宣传")


def test_a_letter_l_inside_a_sentence_is_no_number():
    tree = scheme_nodes(
        "考核细则\n一、信息化（10分）\n1、使用Excel、Word等软件录入数据（10分）。\n"
    )
    assert tree[1][1] == "使用Excel、Word等软件录入数据"
