import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rulegov import (
    CalendarWarning,
    Dependency,
    ScheduleError,
    TaskGraph,
    UnknownReferenceError,
    datasets,
)
from rulegov.graph import Calendar

# -- driving predecessors and explanations ------------------------------------------------


def test_explain_says_why_a_task_is_or_is_not_critical():
    g = TaskGraph({"a": 3, "b": 2, "c": 1}, [("a", "b"), ("a", "c", "SS", 1)])
    s = g.schedule()
    assert s.explain("b") == "b is critical: it has no slack; its start is driven by a (FS, lag 0)"
    assert s.explain("c") == (
        "c is not critical: it has 3 days of total slack (it may finish as late as day 5); "
        "its start is driven by a (SS, lag 1)"
    )
    assert s.explain("a").endswith("nothing but its earliest allowed day sets its start")


def test_critical_chain_follows_driving_links():
    g = TaskGraph({"a": 2, "b": 5, "c": 1, "d": 2}, [("a", "c"), ("b", "c"), ("c", "d")])
    assert g.schedule().critical_chain() == ("b", "c", "d")


def test_unknown_node_in_a_schedule_question():
    s = TaskGraph({"a": 1}).schedule()
    with pytest.raises(UnknownReferenceError, match="'zz'"):
        s.explain("zz")


# -- deadlines, targets, fixed end ----------------------------------------------------------


def test_hard_deadline_missed_shows_negative_slack_and_a_named_violation():
    g = TaskGraph({"a": 5, "b": 5}, [("a", "b")], labels={"b": "task 2 落实"}, deadlines={"b": 8})
    s = g.schedule()
    assert s.total_slack == {"a": -2, "b": -2}
    assert s.critical == {"a", "b"}
    (v,) = s.violations
    assert v.node == "b"
    assert v.late_by == 2
    assert v.message == "task 2 落实: finishes day 10, late by 2 days for its deadline day 8"


def test_deadline_dates_count_working_days_under_a_calendar():
    cal = Calendar.china(2023)
    g = TaskGraph({"a": 10}, deadlines={"a": dt.date(2023, 9, 28)})
    s = g.schedule(start=dt.date(2023, 9, 25), calendar=cal)
    # 25-28 Sep are 4 working days; 29 Sep - 6 Oct is the holiday; Sat 7 and Sun 8 Oct are
    # make-up working days, so the 10th working day is Thu 12 Oct
    assert s.dates("a").finish == dt.date(2023, 10, 12)
    (v,) = s.violations
    assert v.late_by == 6
    assert v.message.endswith("late by 6 working days for its deadline 2023-09-28")


def test_deadline_on_a_holiday_follows_each_roll_rule():
    cal = Calendar.china(2023)
    start = dt.date(2023, 4, 24)  # Monday; Labour Day holiday 29 Apr - 3 May
    g = TaskGraph({"a": 6}, deadlines={"a": dt.date(2023, 4, 30)})
    following = g.schedule(start=start, calendar=cal, roll="following")
    preceding = g.schedule(start=start, calendar=cal, roll="preceding")
    modified = g.schedule(start=start, calendar=cal, roll="modified_following")
    # a finishes on Sun 23 Apr? no: 24-28 Apr are 5 days, the 6th is Thu 4 May
    assert following.dates("a").finish == dt.date(2023, 5, 4)
    assert following.violations == ()  # the deadline moves to 4 May
    assert preceding.violations[0].late_by == 1  # the deadline moves back to Fri 28 Apr
    assert modified.violations[0].late_by == 1  # 4 May is in the next month: back to 28 Apr


def test_target_dates_are_soft():
    s = TaskGraph({"a": 5}, soft_deadlines={"a": 3}).schedule()
    assert s.total_slack["a"] == 0
    assert s.violations == ()
    assert [m.late_by for m in s.soft_deadline_misses] == [2]
    assert "soft deadline day 3" in s.soft_deadline_misses[0].message


def test_fixed_end_planning_gives_must_start_by():
    g = TaskGraph({"a": 3, "b": 2}, [("a", "b")])
    s = g.schedule(
        start=dt.date(2023, 5, 8), calendar=Calendar.china(2023), finish=dt.date(2023, 5, 31)
    )
    assert s.dates("a").late_start == dt.date(2023, 5, 25)  # must start by
    assert s.dates("b").late_finish == dt.date(2023, 5, 31)
    assert s.total_slack["a"] == s.total_slack["b"] > 0


# -- progress ---------------------------------------------------------------------------------


def test_status_date_fixes_finished_work_and_reforecasts_the_rest():
    g = TaskGraph({"a": 5, "b": 5, "c": 3}, [("a", "b"), ("b", "c")])
    s = g.schedule(status_date=9, actual_start={"a": 0, "b": 7}, actual_finish={"a": 7})
    assert (s.early_start["a"], s.early_finish["a"]) == (0, 7)  # finished late, fixed
    assert s.early_start["b"] == 7
    assert s.early_finish["b"] == 12
    assert s.early_start["c"] == 12
    assert "a" in s.finished
    assert "a" not in s.critical


def test_work_not_started_waits_for_the_status_date():
    s = TaskGraph({"a": 2, "b": 2}).schedule(status_date=4, actual_start={"a": 0})
    assert s.early_start["b"] == 4
    assert s.early_finish["a"] == 4  # still running on day 4: finishes no earlier


def test_actual_dates_with_a_calendar():
    cal = Calendar.china(2023)
    g = TaskGraph({"a": 2, "b": 2}, [("a", "b")])
    s = g.schedule(
        start=dt.date(2023, 6, 19),
        calendar=cal,
        status_date=dt.date(2023, 6, 26),
        actual_start={"a": dt.date(2023, 6, 19)},
        actual_finish={"a": dt.date(2023, 6, 21)},
    )
    # 22-24 June are the Dragon Boat holiday, 25 June (Sunday) is a working day
    assert s.dates("a").finish == dt.date(2023, 6, 21)
    assert s.dates("b").start == dt.date(2023, 6, 26)


def test_progress_errors_name_the_task():
    g = TaskGraph({"a": 2})
    with pytest.raises(ScheduleError, match=r"actual_finish\['a'\].*without an actual start"):
        g.schedule(actual_finish={"a": 3})
    with pytest.raises(ScheduleError, match=r"actual_finish\['a'\] 1 is before its actual start 2"):
        g.schedule(actual_start={"a": 2}, actual_finish={"a": 1})
    with pytest.raises(UnknownReferenceError, match=r"actual_start\['x'\]"):
        g.schedule(actual_start={"x": 2})
    with pytest.raises(ScheduleError, match="status_date is the date 2023-01-01, but"):
        g.schedule(status_date=dt.date(2023, 1, 1))


# -- what if ----------------------------------------------------------------------------------


def test_slip_reports_what_moves_and_new_misses_without_mutation():
    g = TaskGraph(
        {"a": 3, "b": 2, "c": 1, "d": 4},
        [("a", "b"), ("a", "c")],
        deadlines={"b": 6, "c": 10},
    )
    s = g.schedule()
    impact = s.slip("a", 2)
    assert impact.moved == {"a": 2, "b": 2, "c": 2}
    assert impact.duration_change == 2
    assert [v.node for v in impact.new_violations] == ["b"]
    assert impact.new_violations[0].late_by == 1
    assert s.early_start["a"] == 0


# -- lags in calendar days, and the limits of a start --------------------------------------


def test_calendar_day_lags():
    cal = Calendar.china(2023)
    g = TaskGraph(
        {"a": 1, "b": 1},
        [Dependency(predecessor="a", successor="b", lag=7, lag_time_unit="calendar_days")],
    )
    s = g.schedule(start=dt.date(2023, 9, 27), calendar=cal)
    # a on Wed 27 Sep; 7 calendar days after its finish is Thu 5 Oct, a holiday -> Sat 7 Oct
    assert s.dates("b").start == dt.date(2023, 10, 7)
    # without a calendar, calendar days are days
    assert g.schedule().early_start["b"] == 8
    # a may start a day later (Thu 28 Sep): 7 days after is Fri 6 Oct, still a holiday
    assert s.late_start["a"] == 1
    assert s.dates("a").late_start == dt.date(2023, 9, 28)


def test_calendar_needs_a_start():
    with pytest.raises(ScheduleError, match="a calendar needs a start date"):
        TaskGraph({"a": 1}).schedule(calendar=Calendar.china(2023))


def test_dates_need_a_start():
    with pytest.raises(ScheduleError, match="pass start="):
        TaskGraph({"a": 1}).schedule().dates("a")
    with pytest.raises(ScheduleError, match="deadline of 'a' is the date 2023-06-30"):
        TaskGraph({"a": 1}, deadlines={"a": dt.date(2023, 6, 30)}).schedule()


def test_slip_of_work_under_way_moves_its_finish():
    g = TaskGraph({"a": 5, "b": 5, "c": 3}, [("a", "b"), ("b", "c")], deadlines={"c": 15})
    s = g.schedule(status_date=9, actual_start={"a": 0, "b": 7}, actual_finish={"a": 7})
    impact = s.slip("b", 3)
    assert impact.moved == {"b": 3, "c": 3}
    assert impact.schedule.early_start["b"] == 7  # its actual start stays
    assert [v.late_by for v in impact.new_violations] == [3]
    with pytest.raises(ScheduleError, match="a is finished; finished work cannot slip"):
        s.slip("a", 1)
    with pytest.raises(ScheduleError, match="days must be 0 or more, a whole number; got -1"):
        s.slip("c", -1)


@pytest.mark.slow
def test_a_start_near_the_end_of_time_is_a_schedule_error():
    plan = datasets.yancheng_2023()
    with pytest.raises(ScheduleError, match=r"that starts 9999-12-01 falls outside the dates"):
        TaskGraph.from_plan(plan).schedule(start=dt.date(9999, 12, 1))
    calendar = Calendar.china(2023, 2024)
    with (
        pytest.warns(CalendarWarning, match="9999"),
        pytest.raises(ScheduleError, match=r"falls outside the dates Python can hold"),
    ):
        TaskGraph.from_plan(plan, calendar=calendar).schedule(
            start=dt.date(9999, 12, 1), calendar=calendar
        )


def test_a_schedule_of_one_working_day_is_singular():
    graph = TaskGraph({"a": 1})
    calendar = Calendar.china(2024)
    schedule = graph.schedule(start=dt.date(2024, 3, 4), calendar=calendar)
    assert "duration=1 working day," in repr(schedule)


def test_free_slack_respects_a_hard_deadline():
    s = TaskGraph({"a": 5, "b": 10}, deadlines={"a": 8}).schedule()
    assert s.total_slack["a"] == 3
    assert s.free_slack["a"] == 3  # it was 5: the slip to b's finish, past a's own deadline


def test_free_slack_is_zero_for_a_task_that_misses_its_deadline():
    s = TaskGraph({"a": 5, "b": 10}, deadlines={"a": 4}).schedule()
    assert s.total_slack["a"] == -1
    assert s.free_slack["a"] == 0


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(
    durations=st.lists(st.integers(0, 20), min_size=1, max_size=8),
    deadline=st.integers(0, 60),
    links=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=10),
)
def test_free_slack_never_exceeds_total_slack(durations, deadline, links):
    names = [f"t{i}" for i in range(len(durations))]
    edges = sorted({(names[a], names[b]) for a, b in links if a < b < len(names)})
    g = TaskGraph(dict(zip(names, durations, strict=True)), edges, deadlines={names[0]: deadline})
    s = g.schedule()
    for name in names:
        assert 0 <= s.free_slack[name] <= max(s.total_slack[name], 0)


def test_the_former_names_of_soft_deadlines_and_the_time_unit_still_work():
    with pytest.warns(DeprecationWarning, match="pass soft_deadlines="):
        graph = TaskGraph({"a": 5}, targets={"a": 3})
    schedule = graph.schedule()
    with pytest.warns(DeprecationWarning, match="TaskGraph.soft_deadlines"):
        assert graph.targets == {"a": 3}
    with pytest.warns(DeprecationWarning, match="Schedule.soft_deadline_misses"):
        assert schedule.target_misses == schedule.soft_deadline_misses
    with pytest.warns(DeprecationWarning, match="Schedule.time_unit"):
        assert schedule.unit == schedule.time_unit == "days"


def test_the_former_name_of_a_links_lag_time_unit_still_works():
    import rulegov  # noqa: PLC0415

    with pytest.warns(DeprecationWarning, match="pass lag_time_unit="):
        link = Dependency(predecessor="a", successor="b", lag=7, lag_unit="calendar_days")
    assert link.lag_time_unit is rulegov.LagTimeUnit.CALENDAR_DAYS
    with pytest.warns(DeprecationWarning, match="use Dependency.lag_time_unit"):
        assert link.lag_unit is link.lag_time_unit
    with pytest.warns(DeprecationWarning, match="use LagTimeUnit"):
        assert rulegov.LagUnit is rulegov.LagTimeUnit
    with pytest.warns(DeprecationWarning, match="use LagTimeUnit"):
        assert rulegov.model.LagUnit is rulegov.LagTimeUnit
    # a plan saved with the former key still reads, to the same schedule
    with pytest.warns(DeprecationWarning, match="pass lag_time_unit="):
        old = Dependency.model_validate(
            {"predecessor": "a", "successor": "b", "lag_unit": "calendar_days"}
        )
    assert old.lag_time_unit is rulegov.LagTimeUnit.CALENDAR_DAYS
    assert "lag_unit" not in link.model_dump()


# Dependency(predecessor="t1", successor="t2", lag=3, lag_unit="calendar_days"), pickled (protocol
# 4) by rulegov before lag_unit was renamed: the enumeration is rulegov.model._dependency.LagUnit
# and the link's state holds the key lag_unit
_OLD_PICKLE = (
    "gASVVgEAAAAAAACMGXJ1bGVnb3YubW9kZWwuX2RlcGVuZGVuY3mUjApEZXBlbmRlbmN5lJOUKYGUfZQojAhfX2RpY3Rf"
    "X5R9lCiMC3ByZWRlY2Vzc29ylIwCdDGUjAlzdWNjZXNzb3KUjAJ0MpSMBHR5cGWUaACMDkRlcGVuZGVuY3lUeXBllJOU"
    "jAJGU5SFlFKUjANsYWeUSwOMCGxhZ191bml0lGgAjAdMYWdVbml0lJOUjA1jYWxlbmRhcl9kYXlzlIWUUpSMBnJlYXNv"
    "bpROjAZvcmlnaW6UaACMEERlcGVuZGVuY3lPcmlnaW6Uk5SMCGRlY2xhcmVklIWUUpSMBHNwYW6UTnWMEl9fcHlkYW50"
    "aWNfZXh0cmFfX5ROjBdfX3B5ZGFudGljX2ZpZWxkc19zZXRfX5SPlChoCWgHaBJoEZCMFF9fcHlkYW50aWNfcHJpdmF0"
    "ZV9flE51Yi4="
)


def test_a_link_pickled_before_the_rename_unpickles_with_its_lag_time_unit():
    import base64  # noqa: PLC0415
    import pickle  # noqa: PLC0415

    import rulegov  # noqa: PLC0415

    with pytest.warns(DeprecationWarning, match="LagUnit is deprecated.*use LagTimeUnit"):
        link = pickle.loads(base64.b64decode(_OLD_PICKLE))  # noqa: S301 - the test's own bytes
    assert link.lag_time_unit is rulegov.LagTimeUnit.CALENDAR_DAYS
    assert link == Dependency(
        predecessor="t1", successor="t2", lag=3, lag_time_unit="calendar_days"
    )
    assert "lag_time_unit" in link.model_fields_set
    assert "lag_unit" not in link.model_dump()


def test_the_former_name_beside_the_new_one_is_refused_when_they_disagree():
    import rulegov  # noqa: PLC0415

    link = {"predecessor": "a", "successor": "b"}
    with (
        pytest.warns(DeprecationWarning, match="pass lag_time_unit="),
        pytest.raises(rulegov.ValidationError, match="lag_unit=calendar_days and lag_time_unit=wo"),
    ):
        Dependency(**link, lag_unit="calendar_days", lag_time_unit="working_days")
    with pytest.warns(DeprecationWarning, match="pass lag_time_unit="):
        same = Dependency(**link, lag_unit="calendar_days", lag_time_unit="calendar_days")
    assert same.lag_time_unit is rulegov.LagTimeUnit.CALENDAR_DAYS


def test_model_copy_with_the_former_name_changes_the_lag_time_unit():
    import rulegov  # noqa: PLC0415

    link = Dependency(predecessor="a", successor="b")
    with pytest.warns(DeprecationWarning, match="update lag_time_unit"):
        copied = link.model_copy(update={"lag_unit": "calendar_days"})
    assert copied.lag_time_unit is rulegov.LagTimeUnit.CALENDAR_DAYS
    assert "lag_unit" not in copied.model_dump()


def test_a_dated_schedule_offers_its_timeline_and_an_undated_one_none():
    graph = TaskGraph({"a": 3, "b": 2}, [("a", "b")])
    assert graph.schedule().timeline is None
    dated = graph.schedule(start=dt.date(2026, 3, 2))
    assert dated.timeline is not None
    assert dated.timeline.date(dated.early_start["b"]) == dated.dates("b").start


def test_a_schedules_timeline_cannot_be_moved_under_it():
    schedule = TaskGraph({"a": 2, "b": 3}, [("a", "b")]).schedule(start=dt.date(2026, 3, 2))
    finish = schedule.finish_date
    with pytest.raises(AttributeError):
        schedule.timeline.start = dt.date(2030, 1, 1)  # type: ignore[misc, union-attr]
    with pytest.raises(AttributeError):
        schedule.timeline.calendar = None  # type: ignore[misc, union-attr]
    assert schedule.finish_date == finish
