"""A flattened table's numbered heading whose name a narrow cell spaced or wrapped.

``项 目考 核 标 准扣 分 标 准 一、 组织 领导 工作 12分1、…``: a copy of a typeset PDF keeps the
spaces a narrow cell set between the words of a heading's name; the heading is read over them,
its name closed up, and its numbered rows under it.
"""

from __future__ import annotations

import pytest

from schemetrees import scheme_nodes

_ROWS_ONE = (
    "1、制定推进依法行政总体方案和年度工作计划。3分没有总体方案的扣3分。"
    "2、健全推进依法行政组织领导机构。1分领导机构不健全的扣1分。"
)
_ROWS_TWO = (
    "1、建立科学民主行政决策机制。2分未建立决策机制的扣1分。"
    "2、建立健全决策公开制度。1分未建立决策公开制度的扣1分。"
)


_EXPECTED = [
    ("1", "组织领导工作", None),
    ("1.1", "制定推进依法行政总体方案和年度工作计划", 3.0),
    ("1.2", "健全推进依法行政组织领导机构", 1.0),
    ("2", "依法决策工作", None),
    ("2.1", "建立科学民主行政决策机制", 2.0),
    ("2.2", "建立健全决策公开制度", 1.0),
]


@pytest.mark.parametrize(
    ("header", "first", "second"),
    [
        # a letter-spaced header, the headings' names spaced word by word
        ("项 目考 核 标 准扣 分 标 准 ", "一、 组织 领导 工作 4分", "二、 依法 决策 工作 3分"),
        # ideographic spaces, numbered 1. and the names split once
        ("项目　考核标准　扣分标准　", "一、组织领导\u3000工作4分", "二、依法\u3000决策工作3分"),
        # the points in brackets, the header glued
        ("项目考核标准扣分标准", "一、组织 领导 工作（4分）", "二、依法 决策 工作（3分）"),
    ],
)
def test_a_spaced_heading_name_heads_its_rows(header: str, first: str, second: str) -> None:
    text = f"某单位依法行政考核细则\n{header}{first}{_ROWS_ONE}{second}{_ROWS_TWO}\n"
    assert [(number, name) for number, name, _ in scheme_nodes(text)] == [
        (number, name) for number, name, _ in _EXPECTED
    ]
    assert [points for _, _, points in scheme_nodes(text)][1:3] == [3.0, 1.0]


_SPACED_ROWS_ONE = (
    "1、制定推进依法行政总体方案和年度工作计划。3分 没有总体方案的扣3分。 "
    "2、健全推进依法行政组织领导机构。1分 领导机构不健全的扣1分。 "
)
_SPACED_ROWS_TWO = (
    "1、建立科学民主行政决策机制。2分 未建立决策机制的扣1分。 "
    "2、建立健全决策公开制度。1分 未建立决策公开制度的扣1分。"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("一、 组织 领导 工作 4分 ", "二、 依法 决策 工作 3分 "),
        ("一、组织 领导 工作 4 分 ", "二、依法 决策 工作 3 分 "),
        ("一、 组织\u3000领导\u3000工作 （4分） ", "二、 依法\u3000决策\u3000工作 （3分） "),
    ],
)
def test_a_spaced_heading_over_cells_set_apart(first: str, second: str) -> None:
    # cells set apart by spaces: the heading's points before its first row's number, and a
    # row's points cell (2分 ) that the next row's number would be is the row's, not a row
    text = (
        "某单位依法行政考核细则\n项目 考 核 标 准 扣 分 标 准 "
        f"{first}{_SPACED_ROWS_ONE}{second}{_SPACED_ROWS_TWO}\n"
    )
    assert scheme_nodes(text) == _EXPECTED
