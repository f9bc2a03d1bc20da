"""Limits of the readings of one-line tables and weights: counts, indicators' shares, long runs."""

from __future__ import annotations

import time

import pytest

import rulegov
from rulegov.parse._scheme_lines import weight_points

HEADER = "某县安全生产考核细则\n序号 考核项目 分值 评分标准 "
ROWS = [
    "1 安全生产 10 发生 2 {count}较大事故的不得分。 2 制度建设 10 未制定制度扣 5 分。 3 宣传教育 10 未开展宣传扣 5 分。",
    "1 安全生产 10 发生 2 {count}较大事故的不得分； 2 制度建设 10 未制定制度扣 5 分； 3 宣传教育 10 未开展宣传扣 5 分。",
]


def _items(text: str) -> list[tuple[str, float | None]]:
    return [(node.name, node.points) for node in rulegov.parse_scheme(text).root.children]


@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize("count", ["起", "名", "家", "场", "批", "起 "])
def test_a_count_in_a_standard_is_no_serial_of_a_one_line_table(row, count):
    assert _items(HEADER + row.format(count=count)) == [
        ("安全生产", 10.0),
        ("制度建设", 10.0),
        ("宣传教育", 10.0),
    ]


@pytest.mark.parametrize("count", ["处", "人"])
def test_a_figure_that_only_a_later_serial_can_close_gives_way_to_it(count):
    text = (
        HEADER
        + f"1 安全生产 10 检查 2 {count}以上问题的扣 3 分。 2 制度建设 10 未制定制度扣 5 分。"
    )
    assert _items(text) == [("安全生产", 10.0), ("制度建设", 10.0)]


WEIGHTS = (
    "某县法治政府建设指标体系\n"
    "一级指标{sep}权重{sep}二级指标{sep}评分标准\n"
    "行政决策（30%）{sep}15%{sep}重大决策合法性审查{sep}未经审查的扣5分\n"
    "依法行政（20%）{sep}20%{sep}{indicator}（90%）{sep}满意度每低1个百分点扣1分\n"
)


@pytest.mark.parametrize("sep", [" | ", "\t", "    "])
@pytest.mark.parametrize("indicator", ["群众满意度", "群众知晓", "执法案卷评查合格"])
def test_a_share_closing_an_indicators_cell_stays_a_share(sep, indicator):
    scheme = rulegov.parse_scheme(WEIGHTS.format(sep=sep, indicator=indicator))
    second = scheme.root.children[1].children
    assert [(node.name, node.points) for node in second] == [(f"{indicator}（90%）", 20.0)]


@pytest.mark.parametrize("space", [" ", "\u3000"])
def test_weights_are_read_in_linear_time_on_long_runs_of_spaces(space):
    short, long = space * 2_000 + "x", space * 200_000 + "x"
    started = time.perf_counter()
    weight_points(short)
    small = time.perf_counter() - started
    started = time.perf_counter()
    assert weight_points(long) == long
    large = time.perf_counter() - started
    # a hundred times the text: linear is about 100 times the time, quadratic 10,000 times
    assert large < max(small, 1e-4) * 1_000 + 0.5


def test_a_scheme_with_a_long_run_of_spaces_is_read():
    text = (
        "某县法治政府建设考核细则\n一、组织领导（10分）\n未成立领导小组扣5分。"
        + " " * 50_000
        + "\n二、制度建设（10分）\n未制定制度扣5分。\n"
    )
    assert _items(text) == [("组织领导", 10.0), ("制度建设", 10.0)]
