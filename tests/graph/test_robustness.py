"""Junk and odd input to every entry point: a rulegov error that says what is wrong, or a result."""

import contextlib
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rulegov import RulegovError, TaskGraph
from rulegov.graph import Calendar, Gate, Timeline, monte_carlo, occurrences, pert

JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=5),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.binary(max_size=5),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=3),
    st.just(dt.date(2023, 2, 29 - 1)),
)


@pytest.mark.slow
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(durations=JUNK, links=JUNK)
def test_graph_constructor_junk(durations, links):
    try:
        g = TaskGraph(durations, links)
    except RulegovError:
        return
    assert len(g) == len(durations)


@settings(max_examples=200)
@given(junk=JUNK, which=st.sampled_from(["start", "finish", "status_date", "roll", "calendar"]))
def test_schedule_junk(junk, which):
    g = TaskGraph({"a": 1, "b": 2}, [("a", "b")])
    kwargs = {which: junk}
    if which == "calendar":
        kwargs["start"] = dt.date(2023, 5, 10)
    try:
        s = g.schedule(**kwargs)
    except RulegovError:
        return
    assert s.duration >= 0


@settings(max_examples=200)
@given(rule=st.text(max_size=40))
def test_recurrence_junk(rule):
    try:
        dates = occurrences(rule, start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31))
    except RulegovError:
        return
    assert dates  # a rule that yields nothing in the period is refused, not returned empty
    assert dates == sorted(dates)
    assert all(dt.date(2023, 1, 1) <= day <= dt.date(2023, 12, 31) for day in dates)


@settings(max_examples=100)
@given(data=st.dictionaries(st.sampled_from(["name", "weekend", "holidays", "workdays"]), JUNK))
def test_calendar_junk(data):
    try:
        calendar = Calendar.from_dict(data)
    except RulegovError:
        return
    assert isinstance(calendar.name, str)


@settings(max_examples=100)
@given(estimates=JUNK)
def test_uncertainty_junk(estimates):
    g = TaskGraph({"a": 1})
    with contextlib.suppress(RulegovError):
        assert pert(g, estimates).duration >= 0
    with contextlib.suppress(RulegovError):
        assert all(run >= 0 for run in monte_carlo(g, runs=3, estimates=estimates).durations)


@pytest.mark.parametrize(
    "gate",
    [Gate("g", ()), Gate("g", ("a",), k=0), Gate("g", ("a",), weights=(-1,), share=0.5)],
)
def test_bad_gates(gate):
    with pytest.raises(RulegovError):
        TaskGraph({"a": 1, "g": 1}, gates=[gate])


@settings(max_examples=200)
@given(
    start=st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2024, 12, 31)),
    count=st.integers(min_value=0, max_value=300),
)
def test_timeline_dates_and_numbers_agree(start, count):
    cal = Calendar.china(2023, 2024, 2025, 2026)
    line = Timeline(start, cal)
    day = line.date(count)
    assert cal.is_working_day(day)
    assert line.index(day) == count
    assert cal.add_working_days(line.start, count) == day
