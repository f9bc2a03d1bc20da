"""Periods and time frames: years, membership of a date, due dates, vague time frames."""

from __future__ import annotations

import datetime as dt

import rulegov


def test_period_and_timeframe_helpers():
    period = rulegov.Period(start_year=2021, end_year=2025)
    assert period.years == 5
    assert dt.date(2023, 5, 10) in period
    assert dt.date(2026, 1, 1) not in period
    deadline = rulegov.TimeFrame(kind="deadline", end=dt.date(2023, 6, 30), text="6月底前")
    assert deadline.due == dt.date(2023, 6, 30)
    assert not deadline.is_vague
    assert rulegov.TimeFrame(kind="standing", text="长期坚持").is_vague
