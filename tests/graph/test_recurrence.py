import datetime as dt

import pytest

from rulegov import ScheduleError, TaskGraph
from rulegov.graph import Calendar, occurrences
from rulegov.graph._recurrence import rule_for
from rulegov.model import Frequency
from rulegov.parse import read_timeframe

D = dt.date
YEAR = {"start": D(2023, 1, 1), "end": D(2023, 12, 31)}


def _iso(days):
    return [day.isoformat() for day in days]


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [
        ("quarterly", ["2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"]),
        ("half_yearly", ["2023-06-30", "2023-12-31"]),
        ("yearly", ["2023-12-31"]),
    ],
)
def test_frequencies_fall_due_at_period_ends(frequency, expected):
    assert _iso(occurrences(rule_for(frequency), **YEAR)) == expected
    assert _iso(occurrences(frequency, **YEAR)) == expected


@pytest.mark.parametrize("frequency", list(Frequency))
def test_the_parser_and_the_graph_give_a_frequency_one_rule(frequency):
    words = {
        Frequency.WEEKLY: "每周",
        Frequency.MONTHLY: "每月",
        Frequency.QUARTERLY: "每季度",
        Frequency.HALF_YEARLY: "每半年",
        Frequency.YEARLY: "每年",
    }
    timeframe = read_timeframe(words[frequency], 2023)
    assert timeframe.frequency is frequency
    assert timeframe.rrule == rule_for(frequency) == frequency.rule


def test_a_yearly_duty_falls_due_on_31_december_every_year():
    days = occurrences(Frequency.YEARLY.rule, start=D(2023, 1, 1), end=D(2025, 12, 31))
    assert _iso(days) == ["2023-12-31", "2024-12-31", "2025-12-31"]


def test_monthly_is_every_month_end_including_february():
    days = occurrences("monthly", start=D(2024, 1, 1), end=D(2024, 12, 31))
    assert _iso(days) == [
        "2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30",
        "2024-07-31", "2024-08-31", "2024-09-30", "2024-10-31", "2024-11-30", "2024-12-31",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "start", "expected"),
    [
        # dateutil alone skips months without a 31st; rulegov falls on the month end instead
        (
            "FREQ=MONTHLY;BYMONTHDAY=31",
            D(2023, 1, 1),
            ["2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30"],
        ),
        (
            "FREQ=MONTHLY;BYMONTHDAY=30",
            D(2023, 1, 1),
            ["2023-01-30", "2023-02-28", "2023-03-30", "2023-04-30"],
        ),
        (
            "FREQ=MONTHLY;BYMONTHDAY=29",
            D(2024, 1, 1),
            ["2024-01-29", "2024-02-29", "2024-03-29", "2024-04-29"],
        ),
        # no day given: the start's day, clamped
        ("FREQ=MONTHLY", D(2023, 1, 31), ["2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30"]),
        (
            "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1",
            D(2023, 1, 1),
            ["2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30"],
        ),
        (
            "FREQ=MONTHLY;BYMONTHDAY=15",
            D(2023, 1, 1),
            ["2023-01-15", "2023-02-15", "2023-03-15", "2023-04-15"],
        ),
    ],
)
def test_month_ends_are_safe(rule, start, expected):
    assert _iso(occurrences(rule, start=start, end=D(start.year, 4, 30))) == expected


def test_yearly_on_29_february_falls_on_the_28th():
    days = occurrences("FREQ=YEARLY", start=D(2024, 2, 29), end=D(2026, 12, 31))
    assert _iso(days) == ["2024-02-29", "2025-02-28", "2026-02-28"]


def test_dates_on_rest_days_roll():
    cal = Calendar.china(2023, 2024)  # the roll past 31 Dec needs the 2024 arrangement (元旦)
    days = occurrences("quarterly", **YEAR, calendar=cal, roll="following")
    # 30 Sep 2023 is in the National Day holiday; 31 Dec 2023 is a Sunday
    assert _iso(days) == ["2023-03-31", "2023-06-30", "2023-10-07", "2024-01-02"]
    before = occurrences("quarterly", **YEAR, calendar=Calendar.china(2023, 2024), roll="preceding")
    assert _iso(before) == ["2023-03-31", "2023-06-30", "2023-09-28", "2023-12-29"]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;BYSETPOS=1",
            "yields no date between 2023-01-01 and 2023-12-31",
        ),
        ("FREQ=MONTHLY;COUNT=0", "yields no date"),
        ("BYMONTHDAY=1", "has no FREQ"),
        ("FREQ=MONTHLY;BYMONTHDAY", "cannot read 'BYMONTHDAY' as NAME=VALUE"),
        ("FREQ=SOMETIMES", "'FREQ=SOMETIMES' cannot be read"),
    ],
)
def test_rules_that_yield_nothing_or_cannot_be_read(rule, message):
    with pytest.raises(ScheduleError, match=message):
        occurrences(rule, **YEAR)


def test_period_must_be_ordered():
    with pytest.raises(ScheduleError, match="ends 2023-01-01 before it starts 2023-12-31"):
        occurrences("monthly", start=D(2023, 12, 31), end=D(2023, 1, 1))


def test_recurring_duty_instances_are_dated_linkable_tasks():
    g = TaskGraph({"plan": 10, "review": 2}).with_recurring(
        "report",
        "quarterly",
        start=D(2023, 5, 10),
        end=D(2023, 12, 31),
        label="季度报告",
        units=["office"],
        after=["plan"],
    )
    instances = [n for n in g.nodes if n.startswith("report@")]
    assert instances == ["report@2023-06-30", "report@2023-09-30", "report@2023-12-31"]
    assert g.kind("report@2023-09-30") == "duty"
    assert g.label("report@2023-09-30") == "季度报告 2023-09-30"
    assert g.deadlines["report@2023-12-31"] == D(2023, 12, 31)
    assert set(g.predecessors("report@2023-09-30")) == {"plan", "report@2023-06-30"}
    g = g.with_links(("report@2023-12-31", "review"))  # instances can be linked
    s = g.schedule(start=D(2023, 5, 10))
    assert s.early_start["review"] == s.early_finish["report@2023-12-31"]
    assert s.violations == ()
