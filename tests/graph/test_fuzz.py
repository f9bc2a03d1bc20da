"""The graph's entry points under a seeded mutation sweep and generated junk: a result or a
RulegovError naming the argument, never another exception, never a hang."""

from __future__ import annotations

import copy
import datetime as dt
import math
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rulegov
from rulegov import ScheduleError, TaskGraph, ValidationError
from rulegov.graph import Calendar, Gate, monte_carlo, pert
from sweep import JUNK, mutate_value, shown, sweep

if TYPE_CHECKING:
    import random
    from collections.abc import Callable

GOOD_PARTS: dict[str, Any] = {
    "durations": {"a": 3, "b": 2, "c": 4, "review": 1},
    "dependencies": [("a", "b"), ("b", "c", "SS", 2), ("a", "c", "FF", -1)],
    "labels": {"a": "task 1", "b": "task 2"},
    "kinds": {"review": "assessment"},
    "gates": [Gate("review", ("a", "b", "c"), k=2)],
    "deadlines": {"c": dt.date(2023, 6, 30)},
    "targets": {"b": 10},
    "earliest": {"b": dt.date(2023, 5, 15)},
    "units": {"a": ["区司法局"]},
    "groups": {"b": ["g1"]},
    "estimates": {"a": (2, 3, 8), "c": (1.5, 4, 6)},
}
GOOD_SCHEDULE: dict[str, Any] = {
    "start": dt.date(2023, 5, 10),
    "calendar": Calendar.china(2023),
    "finish": dt.date(2023, 12, 31),
    "roll": "following",
    "status_date": dt.date(2023, 5, 20),
    "actual_start": {"a": dt.date(2023, 5, 10)},
    "actual_finish": {"a": dt.date(2023, 5, 12)},
}
PLAN_OPTIONS: dict[str, Any] = {
    "default_duration": 20,
    "assessment_duration": 5,
    "measure_duration": 5,
    "durations": {"t1": 10},
    "calendar": Calendar.china(2023),
}
CALENDAR_DATA = {
    "name": "mine",
    "holidays": [{"name": "节", "from": "2023-10-01", "to": "2023-10-06"}],
    "workdays": [{"name": "班", "date": "2023-10-07"}],
    "weekend": [5, 6],
}


def _known(data: dict[str, Any], names: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of ``data`` that the call knows (a wrong name is a TypeError)."""
    return {key: value for key, value in data.items() if key in names}


def _graph(parts: dict[str, Any]) -> TaskGraph:
    parts = _known(parts, GOOD_PARTS)
    durations = parts.get("durations")
    links = parts.get("dependencies", ())
    rest = {key: value for key, value in parts.items() if key not in ("durations", "dependencies")}
    return TaskGraph(durations, links, **rest)  # type: ignore[arg-type]


def _make_case(rng: random.Random) -> tuple[str, Callable[[], object]]:  # noqa: PLR0911
    graph = _graph(GOOD_PARTS)
    roll = rng.random()
    if roll < 0.3:
        parts = mutate_value(rng, copy.copy(GOOD_PARTS), changes=rng.randrange(1, 3))
        return f"TaskGraph({shown(parts)})", lambda: _graph(parts).schedule()
    if roll < 0.55:
        options = mutate_value(rng, dict(GOOD_SCHEDULE), changes=rng.randrange(1, 3))
        options = _known(options, GOOD_SCHEDULE)
        return f"schedule({shown(options)})", lambda: graph.schedule(**options)
    if roll < 0.65:
        estimates = mutate_value(rng, dict(GOOD_PARTS["estimates"]))
        if rng.random() < 0.5:
            return f"pert({shown(estimates)})", lambda: pert(graph, estimates)
        runs = rng.choice([1, 5, 20, 0, -1, 2.5, True, "5"])
        seed = rng.choice([0, 7, -3, None, "x", 1.5])
        return f"monte_carlo({shown(estimates)}, {runs!r}, {seed!r})", lambda: monte_carlo(
            graph, runs=runs, seed=seed, estimates=estimates
        )
    if roll < 0.75:
        node, days = rng.choice(["b", "c", "zz", None, ["b"]]), rng.choice([*JUNK[:14], 2, 10**6])
        return f"slip({node!r}, {shown(days)})", lambda: graph.schedule(
            start=dt.date(2023, 5, 10), calendar=Calendar()
        ).slip(node, days)
    if roll < 0.9:
        data = mutate_value(rng, copy.deepcopy(CALENDAR_DATA), changes=rng.randrange(1, 3))
        day, count = (
            rng.choice(JUNK + [dt.date(2023, 10, 3)] * 5),
            rng.choice([*JUNK[:14], 5, -40, 10**6, -(10**6), 3_000_000]),
        )
        rule = rng.choice([*JUNK[:20], "preceding", "modified_following", "none"])

        def use_calendar() -> object:
            calendar = Calendar.from_dict(data)
            return (
                calendar.roll(day, rule),
                calendar.add_working_days(day, count),
                calendar.working_days_between(day, dt.date(2024, 1, 1)),
            )

        return f"Calendar({shown(data)}) with {shown(day)}, {shown(count)}, {rule!r}", use_calendar
    plan = rulegov.datasets.yancheng_2023()
    options = _known(
        mutate_value(rng, dict(PLAN_OPTIONS), changes=rng.randrange(1, 3)), PLAN_OPTIONS
    )
    return f"TaskGraph.from_plan({shown(options)})", lambda: TaskGraph.from_plan(
        plan, **options
    ).schedule(start=dt.date(2023, 5, 10), calendar=options.get("calendar"))


def test_mutated_graphs_schedules_and_calendars_are_handled_cleanly():
    sweep("graph", _make_case, seed=20232, budget=8.0).check()


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["FS", "SS", "FF", "SF", "XX", "", None, 3]),
    st.one_of(
        st.integers(-(10**9), 10**9),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=3),
        st.none(),
    ),
)
def test_links_as_tuples_are_checked_like_dependencies(kind, lag):
    try:
        graph = TaskGraph({"a": 1, "b": 1}, [("a", "b", kind, lag)])
    except ValidationError as error:
        assert error.issues[0].path.startswith("dependencies[0]")
        return
    assert graph.dependencies[0].lag == int(lag)  # type: ignore[arg-type]
    try:
        graph.schedule(start=dt.date(2023, 1, 1), calendar=Calendar())
    except ScheduleError as error:
        assert "outside the dates" in str(error)


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda: TaskGraph({"a": 1, "b": 1}, [("a", "b", "XX", 0)]), "dependencies[0].type"),
        (lambda: TaskGraph({"a": 1, "b": 1}, [("a", "b", "FS", math.nan)]), "dependencies[0].lag"),
        (lambda: TaskGraph({"a": 1, "b": 1}, [("a", "b", "FS", math.inf)]), "dependencies[0].lag"),
        (lambda: TaskGraph({"a": 1, "b": 1}, gates=[Gate("b", ("a",), k=1.5)]), "gates[0].k"),  # type: ignore[arg-type]
        (lambda: TaskGraph({"a": 1}, labels={"a": 3}), "labels['a']"),  # type: ignore[dict-item]
        (lambda: TaskGraph({"a": 1}, units={"a": "区司法局"}), "units['a']"),
        (lambda: TaskGraph({"a": 1}, estimates={"a": (1, 2, math.inf)}), "estimates['a']"),
        (lambda: TaskGraph({"a": 1}, deadlines={"a": "2023-06-30"}), "deadlines['a']"),  # type: ignore[dict-item]
        (
            lambda: TaskGraph.from_plan(rulegov.datasets.yancheng_2023(), assessment_duration=2.5),  # type: ignore[arg-type]
            "assessment_duration",
        ),
        (lambda: Calendar().roll(dt.date(2023, 1, 1), "sideways"), "roll"),
        (lambda: Calendar().add_working_days(dt.date(2023, 1, 1), 1.5), "count"),  # type: ignore[arg-type]
    ],
)
def test_arguments_of_the_wrong_kind_are_named(call, path):
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.issues[0].path == path


def test_dates_past_the_calendar_are_refused_when_the_schedule_is_computed():
    graph = TaskGraph({"a": 1, "b": 1}, [("a", "b", "FS", 10**7)])
    with pytest.raises(ScheduleError, match="falls outside the dates Python can hold"):
        graph.schedule(start=dt.date(2023, 1, 1))
    with pytest.raises(ScheduleError, match="falls outside the dates Python can hold"):
        graph.schedule(start=dt.date(2023, 1, 1), calendar=Calendar())
    far = TaskGraph({"a": 1, "b": 1}, [("a", "b", "FS", 2_000_000)])
    schedule = far.schedule(start=dt.date(2023, 1, 1), calendar=Calendar())
    assert schedule.dates("b").finish.year == 9689  # counted week by week, not walked


@pytest.mark.parametrize("calendar", [None, Calendar()])
def test_a_schedule_may_end_on_the_last_date_but_not_after_it(calendar):
    start, last = dt.date(2023, 3, 1), dt.date(9999, 12, 31)
    days = (
        (last - start).days + 1 if calendar is None else calendar.working_days_between(start, last)
    )
    schedule = TaskGraph({"a": days}).schedule(start=start, calendar=calendar)
    assert schedule.finish_date == schedule.dates("a").late_finish == last
    with pytest.raises(ScheduleError, match="falls outside the dates Python can hold"):
        TaskGraph({"a": days + 1}).schedule(start=start, calendar=calendar)


def test_estimates_that_cannot_be_computed_are_refused():
    graph = TaskGraph({"a": 1, "b": 1}, [("a", "b")])
    with pytest.raises(ScheduleError, match="must be finite"):
        monte_carlo(graph, estimates={"a": (1, 2, math.inf)})
    assert pert(graph, {"a": (1, 2, 1e308)}).mean["a"] == pytest.approx(1e308 / 6)
    with pytest.raises(ScheduleError, match="more than a float can hold"):
        pert(graph, {"a": (1e308, 1e308, 1.7e308), "b": (1e308, 1e308, 1.7e308)})
    with pytest.raises(ScheduleError, match="days must be 0 or more, a whole number; got nan"):
        graph.schedule().slip("a", math.nan)  # type: ignore[arg-type]
