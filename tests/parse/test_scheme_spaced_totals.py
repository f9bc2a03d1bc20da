"""A total row whose word a table letter-spaces (``合 计``, ``总 分``), printed a cell a line, is no item."""

from __future__ import annotations

import pytest

import rulegov

_ROWS = (
    "序号\n考核内容\n扣分标准\n{points}\n"
    "1\n安全管理目标\n未制定安全管理目标的扣10分。\n15\n"
    "2\n安全教育\n未开展安全教育的扣10分。\n20\n"
    "3\n隐患排查\n整改不及时的每处扣2分。\n25\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _ROWS.format(points="应得分数") + "合 计\n60\n",
        _ROWS.format(points="分值") + "合　计\n60\n",
        _ROWS.format(points="分值") + "总  分\n60\n",
        _ROWS.format(points="分值") + "合 計\n60\n",
        _ROWS.format(points="标准分") + "合计\n60\n",
    ],
    ids=["space", "ideographic-space", "two-spaces-total", "traditional", "unspaced"],
)
def test_a_letter_spaced_total_row_is_no_item(text):
    nodes = rulegov.parse_scheme(text).nodes()[1:]
    assert [node.name for node in nodes] == ["安全管理目标", "安全教育", "隐患排查"]
    assert [node.points for node in nodes] == [15, 20, 25]


def test_a_row_named_with_a_total_word_inside_stays_an_item():
    # only a cell that is the word itself is a total: 合计划 … is a name
    text = _ROWS.format(points="分值") + "4\n合计划生育工作\n未完成的扣5分。\n10\n"
    names = [node.name for node in rulegov.parse_scheme(text).nodes()[1:]]
    assert names[:3] == ["安全管理目标", "安全教育", "隐患排查"]
