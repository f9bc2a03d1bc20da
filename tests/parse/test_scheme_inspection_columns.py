"""An inspection table's head ``应得分数 · 扣减分数 · 实得分数``: the first column holds the points.

Work-safety inspection sheets (the national 检查评分表 and the tables copied from them) head their
columns ``序号 · 检查项目 · 扣分标准 · 应得分数 · 扣减分数 · 实得分数``: the points an item can earn, the
points the inspector takes off and those left. Printed a cell a line, the serial is no item's
points: each row's points are the figure under ``应得分数``.
"""

from __future__ import annotations

import pytest

import rulegov

_HEAD = ("序号", "检查项目", "扣分标准", "应得分数", "扣减分数", "实得分数")
_ROWS = (
    ("1", "安全管理目标", "未制定安全管理目标的扣10分;未分解目标的扣5分。", "15"),
    ("2", "安全教育", "未开展安全教育的扣10分。", "20"),
    ("3", "隐患排查", "未建立隐患排查制度的扣10分;整改不及时的每处扣2分。", "25"),
)


def _one_a_line(head: tuple[str, ...] = _HEAD) -> str:
    """The table a cell a line, the rater's empty cells left out."""
    return "\n".join(head) + "\n" + "".join("\n".join(row) + "\n" for row in _ROWS)


def _pipes_one_a_line() -> str:
    """The table a cell a line with every pipe on a line of its own, as a web page's copy gives it."""
    head = "\n|\n".join(_HEAD) + "\n|\n|\n"
    rows = "\n|\n|\n|\n|\n".join("\n|\n".join(row) for row in _ROWS)
    return head + rows + "\n|\n|\n|\n"


def _traditional() -> str:
    return (
        "序號\n考核內容\n扣分標準\n應得分數\n扣減分數\n實得分數\n"
        "1\n安全管理目標\n未制定安全管理目標的扣10分;未分解目標的扣5分。\n15\n"
        "2\n安全教育\n未開展安全教育的扣10分。\n20\n"
        "3\n隱患排查\n未建立隱患排查制度的扣10分;整改不及時的每處扣2分。\n25\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        _one_a_line(),
        _pipes_one_a_line(),
        _one_a_line(("序号", "检查项目", "扣分标准", "应得分", "扣减分", "实得分")),
        _one_a_line(("序号", "考核内容", "扣分标准", "应得分值", "扣减分数", "实得分数")),
        _traditional(),
    ],
    ids=["cells-one-a-line", "pipes-one-a-line", "short-words", "points-value", "traditional"],
)
def test_the_points_an_item_can_earn_head_the_points_column(text):
    scheme = rulegov.parse_scheme(text)
    nodes = scheme.nodes()[1:]
    assert [node.points for node in nodes] == [15, 20, 25]
    assert [node.name[:2] for node in nodes[:2]] == ["安全", "安全"]  # no head cell as a name
    taken = sorted((rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction")
    assert taken == [("1", 5), ("1", 10), ("2", 10), ("3", 2), ("3", 10)]


@pytest.mark.parametrize(
    "text",
    [
        "| "
        + " | ".join(_HEAD)
        + " |\n"
        + "".join(f"| {' | '.join(row)} |  |  |\n" for row in _ROWS),
        "\t".join(_HEAD) + "\n" + "".join("\t".join(row) + "\n" for row in _ROWS),
    ],
    ids=["pipe-rows", "tab-columns"],
)
def test_rows_set_out_in_columns_keep_reading_the_same(text):
    # rows between pipes or tabs were read by their cells' places already: still so
    assert [node.points for node in rulegov.parse_scheme(text).nodes()[1:]] == [15, 20, 25]


def test_a_figure_column_that_names_no_points_still_gives_none():
    # 扣减分数 is the rater's column: a table with it but no points column reads no points from it
    text = "序号\n检查项目\n扣分标准\n扣减分数\n1\n安全管理目标\n未制定目标的扣10分。\n\n"
    scheme = rulegov.parse_scheme(text + "2\n安全教育\n未开展安全教育的扣10分。\n\n")
    assert all(node.points != 1 for node in scheme.nodes()[1:])
