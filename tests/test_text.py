"""The text helpers every layer shares (``rulegov._text``)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from rulegov._text import _NOT_SURELY_WIDE, display_width


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


@given(st.text(max_size=60))
def test_display_width_counts_as_east_asian_width_does(text):
    assert display_width(text) == _columns(text)


def test_display_width_of_mixed_text():
    assert (
        display_width("第1条（一）法治ＡＢ、abc😀ㄅ")
        == _columns("第1条（一）法治ＡＢ、abc😀ㄅ")
        == 28
    )


def test_the_blocks_counted_wide_at_once_are_all_wide():
    blocks = [
        (0x3001, 0x303E),
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0xFF01, 0xFF60),
        (0xFFE0, 0xFFE6),
    ]
    for first, last in blocks:
        for code in range(first, last + 1):
            assert _NOT_SURELY_WIDE.fullmatch(chr(code)) is None
            assert unicodedata.east_asian_width(chr(code)) in "WF", hex(code)
    assert _NOT_SURELY_WIDE.fullmatch("\u303f")  # HALF-WIDTH IDEOGRAPHIC SPACE: one column
