"""Timings (完成时限) read into timeframes: the same timing printed again has its own place."""

from __future__ import annotations

import datetime as dt

from rulegov.model import Span
from rulegov.parse._time import read_timeframe


def test_a_timing_read_again_has_its_own_text_and_span():
    first = read_timeframe(
        "2023年6月底前", None, printed="2023年6月底前", span=Span(start=3, end=12)
    )
    second = read_timeframe("2023年6月底前", None, printed="2023年6月底前完成", span=None)
    assert first is not None
    assert second is not None
    assert first.end == second.end == dt.date(2023, 6, 30)
    assert first.span == Span(start=3, end=12)
    assert second.span is None
    assert (first.text, second.text) == ("2023年6月底前", "2023年6月底前完成")
