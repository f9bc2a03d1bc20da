"""Timings (完成时限) read into timeframes: the same timing printed again has its own place."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
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


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("于4月20日（星期五）前上报", "deadline", None, "2024-04-20"),
        ("2024年7月至12月开展专项行动", "range", "2024-07-01", "2024-12-31"),
        ("3月至6月集中整治", "range", "2024-03-01", "2024-06-30"),
        ("第三季度完成验收", "deadline", None, "2024-09-30"),
        ("10月底前完成初稿，12月底前印发实施", "deadline", None, "2024-12-31"),
        ("6月底前完成摸底，3月底前制定方案", "deadline", None, "2024-06-30"),
        ("12月至1月开展", "range", "2024-12-01", "2025-01-31"),
        ("11月至次年2月开展", "range", "2024-11-01", "2025-02-28"),
        ("1-2月开展排查", "range", "2024-01-01", "2024-02-29"),
        ("3至5月开展", "range", "2024-03-01", "2024-05-31"),
        ("3月15日至20日开展", "range", "2024-03-15", "2024-03-20"),
    ],
)
def test_timing_in_a_task_sentence(text, kind, start, end):
    plan = rulegov.parse_plan(
        f"某县2024年工作要点\n一、重点工作\n1.推进工作。{text}。县司法局负责。\n"
    )
    timeframe = plan.tasks[0].timeframe
    assert timeframe is not None
    assert timeframe.kind.value == kind
    assert (str(timeframe.start) if timeframe.start else None, str(timeframe.end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("及时跟进督查，每月28日前报送进展", "FREQ=MONTHLY;BYMONTHDAY=28"),
        ("每月报送进展", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("应当于每年1月31日前公开上年度数据", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31"),
        ("每年第一季度报送上年度情况", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1"),
        ("每年2月30日前报送", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"),
    ],
)
def test_a_recurring_duty_keeps_the_day_it_prints(text, rule):
    plan = rulegov.parse_plan(
        f"某县2024年工作要点\n一、重点工作\n1.报送情况。{text}。县司法局负责。\n"
    )
    timeframe = plan.tasks[0].timeframe
    assert timeframe is not None
    assert (timeframe.kind.value, timeframe.rrule) == ("recurring", rule)


def test_a_monthly_duty_on_the_28th_is_due_on_the_28th():
    plan = rulegov.parse_plan(
        "某县2024年工作要点\n一、重点工作\n1.报送情况。每月28日前报送进展。县司法局负责。\n"
    )
    result = rulegov.status(plan, as_of=dt.date(2024, 3, 29))
    dues = [row.due for row in result.items if row.due is not None]
    assert dues[:3] == [dt.date(2024, 1, 28), dt.date(2024, 2, 28), dt.date(2024, 3, 28)]


def test_promptness_stays_when_no_date_follows():
    plan = rulegov.parse_plan(
        "某县2024年工作要点\n一、重点工作\n1.报送情况。及时报送年度情况。县司法局负责。\n"
    )
    assert plan.tasks[0].timeframe is not None
    assert plan.tasks[0].timeframe.kind.value == "promptly"


def test_a_last_stage_on_a_day_is_the_due_date():
    plan = rulegov.parse_plan(
        "某县2024年工作要点\n一、重点工作\n1.推进工作。6月底前完成初稿，12月15日印发实施。县司法局负责。\n"
    )
    assert plan.tasks[0].timeframe is not None
    assert plan.tasks[0].timeframe.due == dt.date(2024, 12, 15)


@pytest.mark.parametrize(
    "text", ["及时传达学习《2024年上半年工作要点》", "及时学习贯彻2024年3月印发的条例"]
)
def test_promptness_does_not_yield_to_a_date_that_names_a_document(text):
    plan = rulegov.parse_plan(
        f"某县2024年工作要点\n一、重点工作\n1.推进工作。{text}。县司法局负责。\n"
    )
    assert plan.tasks[0].timeframe is not None
    assert plan.tasks[0].timeframe.kind.value == "promptly"
