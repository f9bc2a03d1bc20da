"""Schedules (进度计划): early and late dates, slack, the critical set, drivers and deadline checks.

Day numbers count from 0. A node that starts on day ``s`` and lasts ``d`` days has early start
``s`` and early finish ``s + d``; with a start date (and a calendar of working days) day ``s`` is
a date and the node's finish date is the date of day ``s + d - 1``. The links mean, with lag
``L``: FS ``ES(b) >= EF(a) + L``; SS ``ES(b) >= ES(a) + L``; FF ``EF(b) >= EF(a) + L``; SF
``EF(b) >= ES(a) + L``; and nothing starts before day 0. The project's duration is the latest
early finish; the backward pass mirrors the links from it; total slack is ``LS - ES``.

Examples:
    >>> from rulegov import TaskGraph
    >>> s = TaskGraph({"a": 3, "b": 2, "c": 1}, [("a", "b"), ("a", "c")]).schedule()
    >>> s.duration, s.total_slack["c"], s.free_slack["c"], sorted(s.critical)
    (5, 1, 1, ['a', 'b'])
    >>> s.explain("c")
    'c is not critical: it has 1 day of total slack (it may finish as late as day 5); its
    start is driven by a (FS, lag 0)'

"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from rulegov._deprecation import drawn_by, warn
from rulegov._text import day_count
from rulegov.errors import Issue, ScheduleError, UnknownReferenceError, _show
from rulegov.graph import _cpm
from rulegov.graph._calendar import Calendar, Roll, Timeline, roll_rule

if TYPE_CHECKING:
    from rulegov.graph._graph import TaskGraph
    from rulegov.model import Dependency

__all__ = ["Schedule", "SlipImpact", "TaskDates", "Violation", "build_schedule"]

_NUMBERS_FROM = dt.date(2001, 1, 1)


@attrs.frozen(slots=True)
class Violation:
    """A missed date: a hard deadline (never moves) or a soft deadline.

    Attributes:
        node: The node id.
        label: Its readable label.
        hard: True for a deadline, False for a soft deadline.
        due: The date (or day number) it was due by.
        finish: Its early finish date (or day number).
        late_by: By how many days it misses (working days under a calendar).
        message: The whole finding in words, e.g. ``"… late by 3 working days"``.
    """

    node: str
    label: str
    hard: bool
    due: dt.date | int
    finish: dt.date | int
    late_by: int
    message: str


@attrs.frozen(slots=True)
class TaskDates:
    """The dates of one node: early start and finish, and the latest start ("must start by")."""

    start: dt.date
    finish: dt.date
    late_start: dt.date
    late_finish: dt.date


@attrs.frozen(slots=True)
class SlipImpact:
    """What a slip of one node changes, without changing the schedule it was asked of.

    Attributes:
        node: The node slipped.
        days: By how many days its start was pushed.
        moved: The nodes whose early finish moved, with how far (in days), in node order.
        duration_change: How much longer the whole project becomes.
        new_violations: Deadlines missed after the slip that were met before.
        schedule: The schedule after the slip.
    """

    node: str
    days: int
    moved: dict[str, int]
    duration_change: int
    new_violations: tuple[Violation, ...]
    schedule: Schedule

    def __repr__(self) -> str:
        """A one-line summary of what the slip moves."""
        return (
            f"SlipImpact(node={_show(self.node)}, days={self.days}, moved={len(self.moved)}, "
            f"duration_change={self.duration_change}, new_violations={len(self.new_violations)})"
        )


@attrs.frozen(slots=True, eq=False)
class Schedule:
    """The result of scheduling a [`TaskGraph`][rulegov.TaskGraph]; see the module docstring.

    Attributes:
        graph: The graph scheduled.
        duration: The project's length in days (working days under a calendar): the latest
            early finish.
        horizon: The day the backward pass ran from: the duration, or the fixed finish.
        early_start: Earliest start day of each node.
        early_finish: Earliest finish day of each node (start + duration).
        late_start: Latest start day that keeps the finish (and every hard deadline).
        late_finish: Latest finish day.
        total_slack: ``late_start - early_start``; negative when a hard deadline is missed.
        free_slack: How far a node can slip without moving any successor's early dates.
        critical: The nodes with zero (or negative) total slack that are not finished.
        driving_predecessor: The node whose link sets each node's early start (None when
            nothing but day 0, the status date or its actual start does).
        violations: Hard deadlines missed.
        soft_deadline_misses: Soft deadlines missed.
        start: The date of day 0, if given.
        calendar: The working-day calendar, if given.
    """

    graph: TaskGraph
    duration: int
    horizon: int
    early_start: dict[str, int]
    early_finish: dict[str, int]
    late_start: dict[str, int]
    late_finish: dict[str, int]
    total_slack: dict[str, int]
    free_slack: dict[str, int]
    critical: frozenset[str]
    driving_predecessor: dict[str, str | None]
    violations: tuple[Violation, ...]
    soft_deadline_misses: tuple[Violation, ...]
    start: dt.date | None
    calendar: Calendar | None
    finished: frozenset[str]
    _passes: _cpm.Passes = attrs.field(repr=False)
    _options: dict[str, Any] = attrs.field(repr=False)
    _timeline: Timeline | None = attrs.field(repr=False)

    def __repr__(self) -> str:
        """A one-line summary; the per-node figures are in the attributes."""
        finish = f", finish={self.finish_date.isoformat()}" if self.start is not None else ""
        return (
            f"Schedule(nodes={len(self.early_start)}, duration={self._days(self.duration)}{finish}, "
            f"critical={len(self.critical)}, violations={len(self.violations)})"
        )

    # -- dates ------------------------------------------------------------------------------

    @property
    def time_unit(self) -> str:
        """The unit of time of the day numbers: ``working days`` under a calendar, else ``days``."""
        return "working days" if self.calendar is not None else "days"

    @property
    def unit(self) -> str:
        """Deprecated name of [`time_unit`][rulegov.Schedule.time_unit]."""
        warn("Schedule.unit", "use Schedule.time_unit")
        return self.time_unit

    @property
    def target_misses(self) -> tuple[Violation, ...]:
        """Deprecated name of ``soft_deadline_misses``."""
        warn("Schedule.target_misses", "use Schedule.soft_deadline_misses")
        return self.soft_deadline_misses

    @property
    def timeline(self) -> Timeline | None:
        """The working-day timeline from ``start`` under ``calendar``; ``None`` without a start.

        Its ``start`` and ``calendar`` are read-only: the schedule's dates are read from it.

        Examples:
            >>> import datetime as dt
            >>> from rulegov import TaskGraph
            >>> schedule = TaskGraph({"a": 2, "b": 3}, [("a", "b")]).schedule(
            ...     start=dt.date(2023, 3, 1))
            >>> schedule.timeline.date(4)
            datetime.date(2023, 3, 5)
            >>> TaskGraph({"a": 2}).schedule().timeline is None
            True
        """
        return self._timeline

    def _line(self) -> Timeline:
        if self._timeline is None:
            raise ScheduleError(
                "this schedule has day numbers only; pass start= to schedule() to get dates",
                code="undated-schedule",
            )
        return self._timeline

    def dates(self, node: str) -> TaskDates:
        """The dates of ``node``.

        Raises:
            ScheduleError: when the schedule has no start date.
            UnknownReferenceError: when ``node`` is not in the graph.

        Examples:
            >>> import datetime as dt
            >>> from rulegov import TaskGraph
            >>> from rulegov.graph import Calendar
            >>> s = TaskGraph({"a": 3}).schedule(start=dt.date(2023, 9, 27),
            ...                                  calendar=Calendar.china(2023))
            >>> s.dates("a").finish  # Wed, Thu, then the National Day holiday until 7 October
            datetime.date(2023, 10, 7)
        """
        line = self._line()
        self._check(node)
        es, ef = self.early_start[node], self.early_finish[node]
        ls, lf = self.late_start[node], self.late_finish[node]
        return TaskDates(
            start=line.date(es),
            finish=line.date(ef - 1 if ef > es else es),
            late_start=line.date(ls),
            late_finish=line.date(lf - 1 if lf > ls else ls),
        )

    def figures(self, node: str) -> dict[str, int | bool]:
        """The day numbers and slack of ``node``, and whether it is critical, by attribute name.

        Raises:
            UnknownReferenceError: when ``node`` is not in the graph.

        Examples:
            >>> from rulegov import TaskGraph
            >>> TaskGraph({"a": 3, "b": 2}, [("a", "b")]).schedule().figures("b")
            {'early_start': 3, 'early_finish': 5, 'late_start': 3, 'late_finish': 5, \
'total_slack': 0, 'free_slack': 0, 'critical': True}
        """
        self._check(node)
        return {
            "early_start": self.early_start[node],
            "early_finish": self.early_finish[node],
            "late_start": self.late_start[node],
            "late_finish": self.late_finish[node],
            "total_slack": self.total_slack[node],
            "free_slack": self.free_slack[node],
            "critical": node in self.critical,
        }

    @property
    def finish_date(self) -> dt.date:
        """The date the project finishes (the last working day of its latest early finish)."""
        return self._line().date(max(self.duration - 1, 0))

    def _check(self, node: str) -> None:
        if not isinstance(node, str) or node not in self.early_start:
            raise UnknownReferenceError(
                [
                    Issue(
                        "node",
                        "no node of the scheduled graph has this id",
                        node,
                        "unknown-node",
                        node=node if isinstance(node, str) else None,
                    )
                ],
                "Schedule",
            )

    # -- explanations -----------------------------------------------------------------------

    def _days(self, count: int) -> str:
        return day_count(count, working=self.calendar is not None)

    def _driving_link(self, node: str) -> Dependency | None:
        """The link that sets ``node``'s early start (None for a gate or no link)."""
        k = self._passes.driver[self.graph._arrays.index[node]]
        if k < 0:
            return None
        e = self.graph._arrays.compiled.pred_edge[k]
        links = self.graph.dependencies
        return links[e] if e < len(links) else None

    def explain(self, node: str) -> str:
        """Why ``node`` is or is not critical, and what drives its start, in one sentence."""
        self._check(node)
        slack = self.total_slack[node]
        label = self.graph.label(node)
        if node in self.finished:
            head = f"{label} is finished"
        elif slack < 0:
            head = f"{label} is critical: it is {self._days(-slack)} behind its hard deadline"
        elif slack == 0:
            head = f"{label} is critical: it has no slack"
        else:
            head = (
                f"{label} is not critical: it has {self._days(slack)} of total slack "
                f"(it may finish as late as day {self.late_finish[node]})"
            )
        link = self._driving_link(node)
        driver = self.driving_predecessor[node]
        if driver is None:
            return f"{head}; nothing but its earliest allowed day sets its start"
        what = f"{link.type.value}, lag {link.lag}" if link is not None else "assessment gate"
        return f"{head}; its start is driven by {self.graph.label(driver)} ({what})"

    def critical_chain(self) -> tuple[str, ...]:
        """One chain of driving links from a start to the node that finishes last.

        Examples:
            >>> from rulegov import TaskGraph
            >>> TaskGraph({"a": 2, "b": 1, "c": 4}, [("a", "c"), ("b", "c")]).schedule().critical_chain()
            ('a', 'c')
        """
        if not self.early_finish:
            return ()
        last = max(
            self.graph.nodes, key=lambda n: (self.early_finish[n], -self.graph._arrays.index[n])
        )
        chain = [last]
        step = self.driving_predecessor[last]
        while step is not None:
            chain.append(step)
            step = self.driving_predecessor[step]
        chain.reverse()
        return tuple(chain)

    # -- what if ----------------------------------------------------------------------------

    def slip(self, node: str, days: int) -> SlipImpact:
        """What moves if ``node`` starts ``days`` later than its early start; nothing is changed.

        Work under way (with an actual start) finishes ``days`` later instead.

        Raises:
            ScheduleError: when ``node`` is finished, or ``days`` is negative.
            UnknownReferenceError: when ``node`` is not in the graph.

        Examples:
            >>> from rulegov import TaskGraph
            >>> s = TaskGraph({"a": 3, "b": 2, "c": 1}, [("a", "b"), ("a", "c")],
            ...               deadlines={"b": 5}).schedule()
            >>> impact = s.slip("a", 2)
            >>> impact.moved, impact.duration_change, [v.message for v in impact.new_violations]
            ({'a': 2, 'b': 2, 'c': 2}, 2, ['b: finishes day 7, late by 2 days for its deadline day
            5'])
        """
        self._check(node)
        if node in self.finished:
            raise ScheduleError(
                f"{self.graph.label(node)} is finished; finished work cannot slip",
                code="finished-work",
                node=node,
                value=node,
            )
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            raise ScheduleError(
                f"slip of {_show(node)}: days must be 0 or more, a whole number; got {_show(days)}",
                code="invalid-parameter",
                path="days",
                node=node,
                value=days,
            )
        if node in self._options["actual_start"]:
            extend = dict(self._options.get("extend", {}))
            extend[node] = extend.get(node, 0) + days
            options = {**self._options, "extend": extend}
        else:
            floors = dict(self._options.get("floors", {}))
            floors[node] = max(floors.get(node, 0), self.early_start[node] + days)
            options = {**self._options, "floors": floors}
        after = build_schedule(self.graph, **options)
        moved = {
            n: after.early_finish[n] - self.early_finish[n]
            for n in self.graph.nodes
            if after.early_finish[n] != self.early_finish[n]
        }
        before = {v.node for v in self.violations}
        return SlipImpact(
            node=node,
            days=days,
            moved=moved,
            duration_change=after.duration - self.duration,
            new_violations=tuple(v for v in after.violations if v.node not in before),
            schedule=after,
        )

    # -- exports ----------------------------------------------------------------------------

    def to_json(self) -> str:
        """Deprecated: use [`schedule_json`][rulegov.render.schedule_json]."""
        return drawn_by("Schedule.to_json()", "schedule_json", "schedule", self)

    def to_gantt(self, title: str = "schedule") -> str:
        """Deprecated: use [`schedule_gantt`][rulegov.render.schedule_gantt]."""
        return drawn_by("Schedule.to_gantt()", "schedule_gantt", "schedule", self, title)

    def to_ical(
        self, name: str = "rulegov", stamp: dt.datetime | None = None, uid_domain: str | None = None
    ) -> str:
        """Deprecated: use [`schedule_ical`][rulegov.render.schedule_ical]."""
        return drawn_by(
            "Schedule.to_ical()", "schedule_ical", "schedule", self, name, stamp, uid_domain
        )

    def _repr_html_(self) -> str:
        from rulegov.render import to_html  # noqa: PLC0415 - drawn by the layer above

        return to_html(self)

    def _repr_markdown_(self) -> str:
        from rulegov.render import to_markdown  # noqa: PLC0415 - drawn by the layer above

        return to_markdown(self)


def _day(
    value: dt.date | int, what: str, line: Timeline | None, rule: Roll | str, *, finish: bool
) -> int:
    """A date or day number as a day number; a finish date counts as the end of its day."""
    if isinstance(value, bool) or not isinstance(value, int | dt.date):
        raise ScheduleError(
            f"{what} must be a date or a day number, got {_show(value)}",
            code="invalid-parameter",
            path=what,
            value=value,
        )
    if isinstance(value, int):
        return value
    if isinstance(value, dt.datetime):
        value = value.date()
    if line is None:
        raise ScheduleError(
            f"{what} is the date {value.isoformat()}, but the schedule has no start date; "
            "pass start= or give a day number",
            code="undated-schedule",
            path=what,
            value=value,
        )
    return line.index(value, rule) + (1 if finish else 0)


def _actuals(
    graph: TaskGraph,
    line: Timeline | None,
    actual_start: Mapping[str, dt.date | int],
    actual_finish: Mapping[str, dt.date | int],
) -> dict[int, tuple[int, int | None]]:
    fixed: dict[int, tuple[int, int | None]] = {}
    index = graph._arrays.index
    for name, given in (("actual_start", actual_start), ("actual_finish", actual_finish)):
        if not isinstance(given, Mapping):
            raise ScheduleError(
                f"{name} must map node ids to dates or day numbers, got {_show(given)}",
                code="invalid-parameter",
                path=name,
                value=given,
            )
    for node in actual_finish:
        if node not in actual_start:
            raise ScheduleError(
                f"actual_finish[{_show(node)}] is given without an actual start; "
                f"add actual_start[{_show(node)}]",
                code="missing-value",
                path=f"actual_start[{_show(node)}]",
                node=str(node),
            )
    for node, value in actual_start.items():
        if node not in index:
            raise UnknownReferenceError(
                [
                    Issue(
                        f"actual_start[{_show(node)}]",
                        "no node of the graph has this id",
                        node,
                        "unknown-node",
                        node=node if isinstance(node, str) else None,
                    )
                ],
                "Schedule",
            )
        begun = _day(value, f"actual_start[{_show(node)}]", line, Roll.FOLLOWING, finish=False)
        done: int | None = None
        if node in actual_finish:
            done = _day(
                actual_finish[node],
                f"actual_finish[{_show(node)}]",
                line,
                Roll.PRECEDING,
                finish=True,
            )
            if done < begun:
                raise ScheduleError(
                    f"actual_finish[{_show(node)}] {_show(actual_finish[node])} is before its "
                    f"actual start {_show(value)}",
                    code="reversed-date-range",
                    path=f"actual_finish[{_show(node)}]",
                    node=str(node),
                    value=actual_finish[node],
                )
        fixed[index[node]] = (begun, done)
    return fixed


def _floors(
    graph: TaskGraph,
    line: Timeline | None,
    status_date: dt.date | int | None,
    fixed: dict[int, tuple[int, int | None]],
    floors: Mapping[str, int],
) -> list[int]:
    """Each node's earliest allowed start: day 0, the status date, its earliest start, a slip."""
    index = graph._arrays.index
    floor = [0] * len(index)
    if status_date is not None:
        status = _day(status_date, "status_date", line, Roll.FOLLOWING, finish=False)
        for i in range(len(floor)):
            if i not in fixed or fixed[i][1] is None:
                floor[i] = max(status, 0)
    for node, value in graph._arrays.earliest.items():
        day = _day(value, f"earliest start of {_show(node)}", line, Roll.FOLLOWING, finish=False)
        floor[index[node]] = max(floor[index[node]], day)
    for node, value in floors.items():
        floor[index[node]] = max(floor[index[node]], value)
    return floor


def build_schedule(  # noqa: PLR0913 - one place that turns inputs into a schedule
    graph: TaskGraph,
    *,
    start: dt.date | None,
    calendar: Calendar | None,
    finish: dt.date | int | None,
    roll: Roll | str,
    status_date: dt.date | int | None,
    actual_start: Mapping[str, dt.date | int],
    actual_finish: Mapping[str, dt.date | int],
    floors: Mapping[str, int] | None = None,
    extend: Mapping[str, int] | None = None,
) -> Schedule:
    """Run both passes over ``graph`` and gather the result; see `TaskGraph.schedule`."""
    start = _start_of(start, calendar)
    rule = roll_rule(roll)
    line = Timeline(start, calendar) if start is not None else None
    fixed = _actuals(graph, line, actual_start, actual_finish)
    floor = _floors(graph, line, status_date, fixed, floors or {})
    passes = _passes(
        graph, line, rule=rule, finish=finish, fixed=fixed, floor=floor, extend=extend or {}
    )
    options: dict[str, Any] = {
        "start": start,
        "calendar": calendar,
        "finish": finish,
        "roll": rule,
        "status_date": status_date,
        "actual_start": actual_start,
        "actual_finish": actual_finish,
        "floors": dict(floors or {}),
        "extend": dict(extend or {}),
    }
    schedule = _gather(graph, passes, fixed, line, options)
    violations = _misses(schedule, graph._arrays.deadlines, rule, hard=True)
    soft = _misses(schedule, graph._arrays.soft_deadlines, rule, hard=False)
    return attrs.evolve(schedule, violations=violations, soft_deadline_misses=soft)


def _start_of(start: dt.date | None, calendar: Calendar | None) -> dt.date | None:
    """``start`` as a date, refused unless one (or absent beside a calendar); ``calendar`` checked."""
    if start is not None and not isinstance(start, dt.date):
        raise ScheduleError(
            f"start must be a date, got {_show(start)}",
            code="invalid-parameter",
            path="start",
            value=start,
        )
    if isinstance(start, dt.datetime):
        start = start.date()
    if calendar is not None and not isinstance(calendar, Calendar):
        raise ScheduleError(
            f"calendar must be a rulegov.Calendar, got {_show(calendar)}",
            code="invalid-parameter",
            path="calendar",
            value=calendar,
        )
    if calendar is not None and start is None:
        raise ScheduleError(
            "a calendar needs a start date; pass start= as well as calendar=",
            code="missing-value",
            path="start",
        )
    return start


def _passes(  # noqa: PLR0913 - the inputs of both passes
    graph: TaskGraph,
    line: Timeline | None,
    *,
    rule: Roll,
    finish: dt.date | int | None,
    fixed: dict[int, tuple[int, int | None]],
    floor: list[int],
    extend: Mapping[str, int],
) -> _cpm.Passes:
    """The forward and backward passes, under the deadlines, the finish and the extensions."""
    compiled = graph._arrays.compiled
    index = graph._arrays.index
    lag_line = line
    if lag_line is None and compiled.has_calendar_lags:
        lag_line = Timeline(_NUMBERS_FROM)
    cap = {
        index[node]: _day(value, f"deadline of {_show(node)}", line, rule, finish=True)
        for node, value in graph._arrays.deadlines.items()
    }
    end = None if finish is None else _day(finish, "finish", line, Roll.PRECEDING, finish=True)
    durations = graph._arrays.durations
    if extend:
        durations = list(durations)
        for node, days in extend.items():
            durations[index[node]] += days
    return _cpm.run(
        compiled,
        durations,
        floor,
        finish=end,
        cap=cap,
        fixed=fixed,
        line=lag_line,
    )


def _gather(
    graph: TaskGraph,
    passes: _cpm.Passes,
    fixed: dict[int, tuple[int, int | None]],
    line: Timeline | None,
    options: dict[str, Any],
) -> Schedule:
    """The schedule the passes give, without its deadline misses; every date of it made known."""
    ids = graph._arrays.ids
    n = len(ids)
    es, ls = passes.es, passes.ls
    if line is not None and n:  # every date of the result must exist, or using it would fail
        # finishes are exclusive: the last day of work ending at day f is day f - 1
        line.reach(max(*es, *ls, max(passes.ef) - 1, max(passes.lf) - 1))
        line.reach(min(*es, *ls))
    slack = [late - early for late, early in zip(ls, es, strict=True)]
    done = frozenset(ids[i] for i, (_, f) in fixed.items() if f is not None)
    critical = frozenset(ids[i] for i in range(n) if slack[i] <= 0) - done
    pred_node = graph._arrays.compiled.pred_node
    drivers = [None if k < 0 else ids[pred_node[k]] for k in passes.driver]
    return Schedule(
        graph=graph,
        duration=max(passes.ef, default=0),
        horizon=passes.end,
        early_start=dict(zip(ids, es, strict=True)),
        early_finish=dict(zip(ids, passes.ef, strict=True)),
        late_start=dict(zip(ids, ls, strict=True)),
        late_finish=dict(zip(ids, passes.lf, strict=True)),
        total_slack=dict(zip(ids, slack, strict=True)),
        free_slack=dict(zip(ids, passes.free, strict=True)),
        critical=critical,
        driving_predecessor=dict(zip(ids, drivers, strict=True)),
        violations=(),
        soft_deadline_misses=(),
        start=options["start"],
        calendar=options["calendar"],
        finished=done,
        passes=passes,
        options=options,
        timeline=line,
    )


def _misses(
    schedule: Schedule, due: Mapping[str, dt.date | int], rule: Roll, *, hard: bool
) -> tuple[Violation, ...]:
    found: list[Violation] = []
    line = schedule.timeline
    order = schedule.graph._arrays.index
    for node in sorted(due, key=order.__getitem__):
        value = due[node]
        kind = "deadline" if hard else "soft deadline"
        limit = _day(value, f"{kind} of {_show(node)}", line, rule, finish=True)
        ef = schedule.early_finish[node]
        if ef <= limit:
            continue
        late = ef - limit
        label = schedule.graph.label(node)
        if line is not None:
            es = schedule.early_start[node]
            finish: dt.date | int = line.date(ef - 1 if ef > es else es)
            shown_finish = finish.isoformat() if isinstance(finish, dt.date) else str(finish)
        else:
            finish = ef
            shown_finish = f"day {ef}"
        shown_due = value.isoformat() if isinstance(value, dt.date) else f"day {value}"
        late_by = day_count(late, working=schedule.calendar is not None)
        message = f"{label}: finishes {shown_finish}, late by {late_by} for its {kind} {shown_due}"
        found.append(Violation(node, label, hard, value, finish, late, message))
    return tuple(found)
