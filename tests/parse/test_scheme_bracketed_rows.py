"""A flattened table's unnumbered rows, each ``text。(1分)standard``, the next row's text glued to
the last deduction of the standard before it."""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth

_HEADER = "评查项目评查内容评查标准扣分实得分"


@pytest.mark.parametrize("floor", ["", ",扣完为止", "。扣完为止"])
def test_a_rows_text_glued_to_the_deduction_before_it_opens_a_row(floor):
    scheme = rulegov.parse_scheme(
        f"{_HEADER}立案(10分)案由书写规范。(1分)未按规定格式的,扣1分当事人情况清楚。写明姓名、地址。"
        f"(2分)缺一项扣0.5分{floor}案件来源明确。(1分)未注明来源扣1分\n"
    )
    assert [(node.id, node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("1", "立案", None),
        ("1.1", "案由书写规范", 1.0),
        ("1.2", "当事人情况清楚", 2.0),
        ("1.3", "案件来源明确", 1.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1.1", 1.0),
        ("1.2", 0.5),
        ("1.3", 1.0),
    ]


def test_words_after_a_deductions_comma_stay_its_standard():
    scheme = rulegov.parse_scheme(
        f"{_HEADER}立案(10分)案由书写规范。(1分)未按规定格式的扣1分,限期改正。当事人情况清楚。"
        "(2分)缺一项扣0.5分。\n"
    )
    assert [node.name for node in scheme.nodes()[1:]] == ["立案", "案由书写规范", "当事人情况清楚"]


def test_rows_worth_more_than_their_heading_are_not_so_read():
    scheme = rulegov.parse_scheme(
        f"{_HEADER}立案(2分)案由书写规范。(1分)未按规定格式的,扣1分当事人情况清楚。(2分)缺一项扣0.5分\n"
    )
    assert "当事人情况清楚" not in [node.name for node in scheme.nodes()]


def test_bracketed_rows_are_read_in_linear_time():
    row = "案由书写规范。(1分)未按规定格式的,扣1分"

    def run(count: int) -> object:
        return rulegov.parse_scheme(f"{_HEADER}立案({count * 2}分)" + row * count + "\n")

    assert growth(run, 50) < LINEAR
