"""Scheme reading that stays linear, keeps the input's offsets and reads one rule one way."""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth
from rulegov.parse._scheme_runs import _POINTS_AFTER_SENTENCES


def test_an_item_broken_over_many_lines_is_read_in_linear_time() -> None:
    def read(n: int) -> rulegov.Scheme:
        return rulegov.parse_scheme(
            "考核细则\n一、组织领导（20分）\n1、制定年度工作计划，\n"
            + "工作标准明确，\n" * n
            + "完成。\n"
        )

    assert growth(read, 250) < LINEAR  # four times the lines, not sixteen times the time
    [heading] = read(3).root.children
    assert heading.criterion is not None
    assert heading.criterion.count("工作标准明确") == 3  # the broken item read whole
    assert heading.criterion.endswith("完成。")


def test_a_long_figure_before_a_sentence_end_is_read_in_linear_time() -> None:
    def read(n: int) -> object:
        return [_POINTS_AFTER_SENTENCES.match("1" * n + "。") for _ in range(10)]

    assert growth(read, 1_000) < LINEAR


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("成立了安全工作委员会。制订了年度计划和总结。召开专题会议。(4分)查看资料", 4.0),
        ("分管领导取得成效，超过80%。制订了计划。（3 分）", 3.0),
        ("落实责任12次以上。( 2分 )", 2.0),
        ("未成立的扣2分。(4分)", None),
        ("制订了计划。得3分。(4分)", None),
        ("制订了计划，得分高。(4分)", None),
        ("完成1.5分以上。(4分)", None),
        ("完成120 分。(4分)", None),
        ("是。(4分)", None),
    ],
)
def test_points_after_unscored_sentences_are_read_only_where_nothing_before_scores(
    text: str, points: float | None
) -> None:
    found = _POINTS_AFTER_SENTENCES.match(text)
    assert (found and float(found.group("points"))) == points
