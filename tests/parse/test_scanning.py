"""The parser's fast scans find exactly what the plain regular expressions find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rulegov.parse import _facts, _text, _time
from strategies import FOLD_PIECES, TIMING_PIECES, texts_and_ranges


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


def test_timing_scan_skips_what_only_looks_like_a_phrase():
    assert _time.find_timing("第一批2023年度任务,3月底前完成").group() == "3月底前"
    assert _time.find_timing("一年前的年度任务").group() == "年度"
    assert _time.find_timing("每周开会,持续。") is None


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(FOLD_PIECES, max_size=40).map("".join))
def test_folding_by_replacement_equals_translation(text: str):
    assert _text._fold(text) == text.translate(_text._FOLD)
