"""The parser's fast scans find exactly what the plain regular expressions find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rulegov.parse import _facts, _numbering, _text, _time
from strategies import FOLD_PIECES, TIMING_PIECES, WEAK_TIMING_PIECES, texts_and_ranges


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(texts_and_ranges())
def test_target_scan_finds_what_the_target_pattern_finds(case: tuple[str, int, int]):
    text, begin, end = case
    expected = [(m.span(), m.groupdict()) for m in _facts._TARGET.finditer(text, begin, end)]
    found = [(m.span(), m.groupdict()) for m in _facts._target_matches(text, begin, end)]
    assert found == expected


def test_target_scan_keeps_comparators_before_the_number():
    text = "选择不少于3个部门,达到100%以上,至少二次,实现全覆盖"
    found = [m.group() for m in _facts._target_matches(text, 0, len(text))]
    assert found == ["不少于3个", "达到100%以上", "至少二次", "全覆盖"]
    # a range that starts inside a comparator reads what is left of it
    assert next(_facts._target_matches(text, 3, len(text))).group() == "少于3个"
    assert next(_facts._target_matches(text, 4, len(text))).group() == "3个"


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(st.lists(TIMING_PIECES, max_size=30).map("".join))
def test_timing_scan_finds_what_the_phrase_pattern_finds(text: str):
    expected = _time._PHRASES.search(text)
    found = _time.find_timing(text)
    assert (found and (found.span(), found.group())) == (
        expected and (expected.span(), expected.group())
    )


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(st.lists(WEAK_TIMING_PIECES, max_size=30).map("".join))
def test_timing_scan_falls_back_to_what_the_weak_pattern_finds(text: str):
    expected = _time._PHRASES.search(text) or _time._WEAK_PHRASES.search(text)
    found = _time.find_timing(text)
    assert (found and (found.span(), found.group())) == (
        expected and (expected.span(), expected.group())
    )


def test_timing_scan_reads_a_time_limit_or_the_whole_year_when_nothing_else():
    assert _time.find_timing("受理后20个工作日内审结").group() == "20个工作日内"
    assert _time.find_timing("全年开展普法").group() == "全年"
    assert _time.find_timing("三十年内") is None  # 年 is no unit of a time limit
    assert _time.find_timing("每周开会,持续。") is None


# a line that opens with something like a heading number: what comes before it, how it opens,
# its numeral, how it closes, and the text after it
_HEADING_LINES = st.tuples(
    st.sampled_from(["", "x", "加强"]),
    st.sampled_from(["", "第", "("]),
    st.sampled_from(["一", "十二", "一百二十五", "百百", "1", "123", "1234", "①"]),
    st.sampled_from(["", ".", "、", ")", "条", "章", "节", "部分"]),
    st.sampled_from(["", "推进", "5倍", "一", ")"]),
).map("".join)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(_HEADING_LINES, st.integers(min_value=0, max_value=3))
def test_heading_read_from_its_number_is_the_one_read_from_the_line(text: str, start: int):
    start = min(start, len(text))
    expected = _numbering._PATTERN.match(text, start)
    found = _numbering.match_heading(text, start)
    if expected is None:
        assert found is None
        return
    # the number alone reads as the same kind of number, and to its end
    alone = _numbering._PATTERN.match(expected.group())
    assert alone is not None
    assert (alone.lastgroup, alone.group()) == (expected.lastgroup, expected.group())
    if found is not None:
        assert found.end == expected.end()
    else:  # read, but no number (百百、)
        assert _numbering.chinese_to_int(expected.group(expected.lastgroup or 0)) is None


def test_heading_number_inside_a_line_ends_where_it_ends_in_the_line():
    heading = _numbering.match_heading("加强领导。(二)严格执法", 5)
    assert heading is not None
    assert (heading.number, heading.value, heading.end) == ("（二）", 2, 8)
    assert _numbering.match_heading("第一百二十五部分总体要求").end == 8


def test_timing_scan_skips_what_only_looks_like_a_phrase():
    assert _time.find_timing("第一批2023年度任务,3月底前完成").group() == "3月底前"
    assert _time.find_timing("一年前的年度任务").group() == "年度"
    assert _time.find_timing("每周开会,持续。") is None


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(FOLD_PIECES, max_size=40).map("".join))
def test_folding_by_replacement_equals_translation(text: str):
    assert _text._fold(text) == text.translate(_text._FOLD)
