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


def test_an_item_broken_inside_book_titles_over_many_lines_is_read_in_linear_time() -> None:
    def read(n: int) -> rulegov.Scheme:
        return rulegov.parse_scheme(
            "考核细则\n一、贯彻落实工作（20分）\n（一）学习《纲要》、《\n"
            + "某省决定》、《\n" * n
            + "某市意见》的学习宣传工作;（3分）\n"
        )

    assert growth(read, 250) < LINEAR
    [heading] = read(3).root.children
    [item] = heading.children
    assert item.name.count("某省决定》") == 3
    assert item.points == 3.0


def test_many_rows_over_circled_criteria_are_read_in_linear_time() -> None:
    header = "考评项目序号考评内容分值考评标准考评方法自评分考评分评分说明"
    row = "建立机构2⑴及时调整的,得1分;⑵明确责任人的,得1分。查看文件"

    def read(n: int) -> rulegov.Scheme:
        rows = "".join(f"{number}{row}" for number in range(1, n + 1))
        return rulegov.parse_scheme(f"某部门考评表\n{header}一、组织领导({2 * n}分){rows}")

    assert growth(read, 100) < LINEAR
    [part] = read(3).root.children
    assert [[child.points for child in row.children] for row in part.children] == [[1.0, 1.0]] * 3


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


_TARGET = "律师和基层法律服务工作者应当对顾问村的基本情况进行详细了解并填写调查表" * 4
"""A row's long target, so that each of a sharing site's pages is a long line as it prints them."""


@pytest.mark.parametrize("stop", [".", "、", "．"])
def test_a_row_whose_number_a_page_cut_from_its_stop_spans_its_own_text(stop: str) -> None:
    text = (
        "1、考评表项目考核目标分值评分标准得分备注"
        f"1.制定服务计划{_TARGET}。6分未制定计划的,扣3分。2\n\n"
        f"2、{stop}开展定期服务{_TARGET}。12分每少一次扣1分。\n"
    )
    first, second = rulegov.parse_scheme(text).nodes()[1:]
    assert (first.name[:6], second.name[:6]) == ("制定服务计划", "开展定期服务")
    assert first.span is not None
    assert second.span is not None
    row = text[second.span.start : second.span.end]
    assert row.startswith("2\n\n2、" + stop + "开展定期服务")  # its number where it is printed
    assert text[first.span.start : first.span.end].endswith("扣3分。")
    assert first.span.end <= second.span.start
