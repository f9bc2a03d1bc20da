"""An item numbered with the letter l for the digit 1 inside a run: ``…(总分100分)l、基础工作(40分)``."""

from __future__ import annotations

import pytest

from schemetrees import scheme_nodes


@pytest.mark.parametrize(
    "text",
    [
        # after the points of the heading above
        (
            "一、统计业务(90分)l、基础工作(40分)(1)建立制度的记10分。(2)建立台帐的记30分。"
            "2、报表质量(50分)漏报一项扣5分。\n"
        ),
        # after a full stop
        (
            "一、统计业务(90分)。l、基础工作(40分)(1)建立制度的记10分。(2)建立台帐的记30分。"
            "2、报表质量(50分)漏报一项扣5分。\n"
        ),
        # full-width brackets, traditional characters
        (
            "一、統計業務（90分）l、基礎工作（40分）(1)建立制度的記10分。(2)建立臺帳的記30分。"
            "2、報表質量（50分）漏報一項扣5分。\n"
        ),
    ],
)
def test_an_item_numbered_l_in_a_run_is_item_one(text):
    tree = scheme_nodes(text)
    assert [(number, points) for number, _, points in tree] == [
        ("1", None),
        ("1.1", None),
        ("1.1.1", 10.0),
        ("1.1.2", 30.0),
        ("1.2", 50.0),
    ]
    assert tree[1][1] in ("基础工作", "基礎工作")


def test_a_word_in_latin_letters_before_a_comma_is_no_number():
    tree = scheme_nodes("一、信息化(10分)\n1.使用Excel、Word等软件录入数据(10分)。\n")
    assert tree[1][1] == "使用Excel、Word等软件录入数据"
