r"""Where each task of a plan stands on a date (督办): done, on track, at risk, overdue, not started.

Offices follow a plan through its year by the progress units report. [`status`][rulegov.status]
reads the reports dated on or before ``as_of``, schedules what is left from that day (a task
reported 60 % done has 40 % of its duration left; a task done is fixed at its dates), and gives
every task, and every instance of a recurring duty (每季度, 每半年, 每月), one state with its
reason and the units that answer for it:

- ``done``: its latest report says completed;
- ``overdue``: its due date has passed and it is not done;
- ``at_risk``: not yet due, but its slack is used up: the schedule from ``as_of`` finishes it
  after its due date, it has not started by its latest start, or its last report says delayed;
- ``not_started``: no report yet, and nothing says it is late;
- ``on_track``: begun, and the schedule finishes it by its due date (or it has none);
- ``cancelled``: its latest report says cancelled.

Examples:
    >>> import datetime as dt, rulegov
    >>> from rulegov.tracking import status, with_progress
    >>> plan = rulegov.parse_plan(
    ...     "2023年工作要点\n一、加强领导\n1.召开会议。6月底前完成。\n牵头单位：区司法局\n"
    ...     "2.开展培训。9月底前完成。\n牵头单位：区法院\n")
    >>> plan = with_progress(plan, [{"task": "1", "unit": "区司法局", "on": "2023-05-20", "percent": "30"}])
    >>> report = status(plan, as_of=dt.date(2023, 7, 3))
    >>> [(item.number, item.state.value, item.units) for item in report.items]
    [('1', 'overdue', ('区司法局',)), ('2', 'not_started', ('区法院',))]
    >>> print(report.items[0].reason)
    due 2023-06-30 and not done: last report 2023-05-20, 30% done
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from typing import TYPE_CHECKING

import attrs

from rulegov._deprecation import drawn_by
from rulegov.errors import Issue, RulegovError, ValidationError, _check_type
from rulegov.graph import Calendar, TaskGraph, occurrences
from rulegov.model import Diagnostic, Role, TaskStatus, TimeFrameKind, percent_done
from rulegov.model import Plan as PlanModel

if TYPE_CHECKING:
    from rulegov.graph import Schedule
    from rulegov.model import Plan, ProgressReport, Task

__all__ = ["STATE_WORDS", "PlanStatus", "TaskState", "TrackedTask", "status"]


class TaskState(enum.StrEnum):
    """Where a task (or one instance of a recurring duty) stands on the status date."""

    DONE = "done"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    NOT_STARTED = "not_started"
    CANCELLED = "cancelled"


STATE_WORDS: dict[TaskState, str] = {
    TaskState.DONE: "已完成",
    TaskState.ON_TRACK: "正常推进",
    TaskState.AT_RISK: "存在风险",
    TaskState.OVERDUE: "逾期未完成",
    TaskState.NOT_STARTED: "未启动",
    TaskState.CANCELLED: "已取消",
}
"""The 督办 word for each state, as a ledger (台账) prints it: 已完成, 按期推进, 滞后..."""


@attrs.frozen(slots=True)
class TrackedTask:
    """One task, or one instance of a recurring duty, on the status date.

    Attributes:
        task: The task's id.
        number: The task's printed number.
        title: The task's title.
        instance: For a recurring duty, which instance (1 for the first in the plan's period);
            None for a task that falls due once.
        due: The date it falls due, if the plan gives one.
        state: Where it stands.
        reason: Why, in words that name dates and figures.
        units: The names of the units that answer for it: its lead units, else its responsible
            units, else its cooperating units.
        percent_complete: The share done by the latest report (0-100).
        last_report: The date of the latest report, if any.
        finish: When the schedule from the status date finishes it, if known.
    """

    task: str
    number: str
    title: str
    instance: int | None
    due: dt.date | None
    state: TaskState
    reason: str
    units: tuple[str, ...]
    percent_complete: float
    last_report: dt.date | None
    finish: dt.date | None

    @property
    def label(self) -> str:
        """The task's number and title, with the instance of a recurring duty."""
        instance = f" (第{self.instance}次)" if self.instance is not None else ""
        return f"{self.number} {self.title}{instance}"


@attrs.frozen(slots=True)
class PlanStatus:
    """Every task of a plan on one date, with views by unit and by coordination group.

    Attributes:
        plan_id: The plan's id.
        plan_title: The plan's title.
        as_of: The status date.
        items: Each task (and each instance of a recurring duty), in plan order.
        groups: The tasks each coordination group runs, by group name.
        critical_chain: The labels of the chain of tasks that sets the finish, as of the date.
        schedule: The schedule of the work left, from the status date (None when the plan has
            no task to schedule).
        diagnostics: One ``report-without-role`` warning per report left out: a report by a
            unit that answers for no part of its task (no role on it, or only supervising it)
            counts for nobody and does not make the task done, as in ``plan_indicators``; and
            the rows ``with_progress`` skipped for that reason.
    """

    plan_id: str
    plan_title: str
    as_of: dt.date
    items: tuple[TrackedTask, ...]
    groups: dict[str, tuple[str, ...]] = attrs.field(repr=False)
    critical_chain: tuple[str, ...] = attrs.field(repr=False)
    schedule: Schedule | None = attrs.field(repr=False, eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), repr=False)

    def __repr__(self) -> str:
        """One line: the date and how many tasks stand where."""
        counts = ", ".join(f"{state.value}={n}" for state, n in self.counts().items() if n)
        return f"PlanStatus(plan={self.plan_id!r}, as_of={self.as_of.isoformat()}, {counts})"

    def counts(self) -> dict[TaskState, int]:
        """How many items stand in each state, in the order of ``TaskState``."""
        found = dict.fromkeys(TaskState, 0)
        for item in self.items:
            found[item.state] += 1
        return found

    def in_state(self, *states: TaskState | str) -> tuple[TrackedTask, ...]:
        """The items in any of ``states``, e.g. ``in_state("overdue", "at_risk")``."""
        wanted = {TaskState(state) for state in states}
        return tuple(item for item in self.items if item.state in wanted)

    def by_unit(self) -> dict[str, tuple[TrackedTask, ...]]:
        """What each unit owes: the items it answers for, by unit name, in plan order."""
        found: dict[str, list[TrackedTask]] = {}
        for item in self.items:
            for unit in item.units:
                found.setdefault(unit, []).append(item)
        return {unit: tuple(items) for unit, items in found.items()}

    def by_group(self) -> dict[str, tuple[TrackedTask, ...]]:
        """The items of the tasks each coordination group runs, by group name."""
        return {
            group: tuple(item for item in self.items if item.task in tasks)
            for group, tasks in self.groups.items()
        }

    def rows(self) -> list[dict[str, str]]:
        """The 督办 list as rows of text, for CSV and spreadsheets (keys are Chinese headers)."""
        return [
            {
                "序号": item.number,
                "任务": item.title,
                "批次": "" if item.instance is None else str(item.instance),
                "责任单位": "、".join(item.units),
                "完成时限": item.due.isoformat() if item.due else "",
                "状态": STATE_WORDS[item.state],
                "进度": f"{item.percent_complete:g}%",
                "最近报送": item.last_report.isoformat() if item.last_report else "",
                "说明": item.reason,
            }
            for item in self.items
        ]

    def to_text(self) -> str:
        """Deprecated: use [`to_text`][rulegov.render.to_text]."""
        return drawn_by("PlanStatus.to_text()", "to_text", "status", self)

    def to_markdown(self) -> str:
        """Deprecated: use [`to_markdown`][rulegov.render.to_markdown]."""
        return drawn_by("PlanStatus.to_markdown()", "to_markdown", "status", self)

    def to_html(self) -> str:
        """Deprecated: use [`to_html`][rulegov.render.to_html]."""
        return drawn_by("PlanStatus.to_html()", "to_html", "status", self)

    def _repr_html_(self) -> str:
        from rulegov.render import to_html  # noqa: PLC0415 - drawn by the layer above

        return to_html(self)


def _units(plan: Plan, task: Task) -> tuple[str, ...]:
    for role in (Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING):
        names = [a.unit_name or plan.unit(a.unit).name for a in task.assignments if a.role is role]
        if names:
            return tuple(names)
    return ()


def _counts(task: Task, report: ProgressReport) -> bool:
    """Whether a report counts: it names no unit, or a unit that answers for the task."""
    return report.unit is None or not task.assignments or report.unit in task.holder_ids()


def _reports(task: Task, as_of: dt.date) -> list[ProgressReport]:
    return sorted(
        (r for r in task.progress if r.on <= as_of and _counts(task, r)), key=lambda r: r.on
    )


def _left_out(plan: Plan, as_of: dt.date) -> tuple[Diagnostic, ...]:
    """A warning per unit and task whose reports do not count, and the rows skipped earlier."""
    names = {unit.id: unit.name for unit in plan.units}
    found = [d for d in plan.diagnostics if d.code == "report-without-role"]
    for task in plan.tasks:
        strays = dict.fromkeys(
            r.unit for r in task.progress if r.on <= as_of and not _counts(task, r)
        )
        for unit in strays:
            assert unit is not None  # noqa: S101 - a report naming no unit always counts
            supervises = unit in task.unit_ids(Role.SUPERVISING)
            role = "only supervises" if supervises else "holds no role on"
            holders = ", ".join(names.get(u, u) for u in task.holder_ids()) or "no unit"
            message = (
                f"{names.get(unit, unit)} {role} task {task.number} ({task.title}): its progress "
                f"reports count for nobody and are left out of the task's state; the task is "
                f"held by {holders}"
            )
            found.append(Diagnostic(code="report-without-role", message=message))
    return tuple(found)


def _done_on(reports: list[ProgressReport]) -> dt.date | None:
    if reports and reports[-1].status is TaskStatus.COMPLETED:
        return reports[-1].on
    return None


def _last(reports: list[ProgressReport]) -> str:
    if not reports:
        return "no progress report yet"
    last = reports[-1]
    return f"last report {last.on.isoformat()}, {percent_done(reports):g}% done"


def _plan_start(plan: Plan, as_of: dt.date) -> dt.date:
    """When the work began: the plan's date of issue or the start of its period.

    A plan with neither (a task table from Word or Excel, an attachment without its notice)
    began no later than its first progress report up to ``as_of``, nor later than ``as_of``.
    """
    if plan.issued_on is not None:
        return min(plan.issued_on, as_of)
    if plan.period is not None:
        return min(plan.period.start, as_of)
    reported = (report.on for task in plan.tasks for report in task.progress if report.on <= as_of)
    return min(reported, default=as_of)


def _close(
    dues: list[dt.date], reports: list[ProgressReport], start: dt.date
) -> dict[int, ProgressReport]:
    """Which report closes which instance of a recurring duty.

    Each completed report closes the earliest instance open when it was sent; an instance opens
    the day after the one before it falls due.
    """
    closed: dict[int, ProgressReport] = {}
    for report in reports:
        if report.status is not TaskStatus.COMPLETED:
            continue
        for index in range(len(dues)):
            opened = _opened(dues, index, start)
            if index not in closed and report.on > opened:
                closed[index] = report
                break
    return closed


def _opened(dues: list[dt.date], index: int, start: dt.date) -> dt.date:
    """The last day before instance ``index`` of a recurring duty opens: its predecessor's due date.

    The first instance opens on ``start``, so the day before it (``start`` itself on the first
    day a date can hold).

    Examples:
        >>> dues = [dt.date(2023, 3, 31), dt.date(2023, 6, 30)]
        >>> _opened(dues, 0, dt.date(2023, 1, 1)), _opened(dues, 1, dt.date(2023, 1, 1))
        (datetime.date(2022, 12, 31), datetime.date(2023, 3, 31))
    """
    if index:
        return dues[index - 1]
    return start - dt.timedelta(days=1) if start > dt.date.min else start


class _Tracker:
    """Builds the status of every task of one plan on one date."""

    def __init__(self, plan: Plan, as_of: dt.date, calendar: Calendar | None) -> None:
        self.plan = plan
        self.as_of = as_of
        self.calendar = calendar
        self.start = _plan_start(plan, as_of)
        self.schedule = self._schedule()

    def _schedule(self) -> Schedule | None:
        plan = self.plan
        if not plan.tasks:
            return None
        full = TaskGraph.from_plan(plan, calendar=self.calendar)
        remaining: dict[str, int] = {}
        begun: dict[str, dt.date] = {}
        finished: dict[str, dt.date] = {}
        for task in plan.tasks:
            reports = _reports(task, self.as_of)
            done = _done_on(reports)
            if done is not None:
                begun[task.id] = max(reports[0].on, self.start)
                finished[task.id] = done
            elif reports:
                left = full.duration(task.id) * (1 - percent_done(reports) / 100)
                remaining[task.id] = max(math.ceil(left), 1)
        graph = TaskGraph.from_plan(plan, calendar=self.calendar, durations=remaining)
        return graph.schedule(
            start=self.start,
            calendar=self.calendar,
            status_date=self.as_of,
            actual_start=begun,
            actual_finish=finished,
        )

    def finish(self, task: str) -> dt.date | None:
        if self.schedule is None or self.schedule.start is None:
            return None
        return self.schedule.dates(task).finish

    def latest_start(self, task: str) -> dt.date | None:
        if self.schedule is None or self.schedule.start is None:
            return None
        return self.schedule.dates(task).late_start

    def items(self) -> list[TrackedTask]:
        found: list[TrackedTask] = []
        for task in self.plan.tasks:
            frame = task.timeframe
            if frame is not None and frame.kind is TimeFrameKind.RECURRING and frame.due is None:
                found.extend(self.instances(task))
            else:
                found.append(self.once(task))
        return found

    def _item(  # noqa: PLR0913 - the parts of one row
        self,
        task: Task,
        reports: list[ProgressReport],
        state: TaskState,
        reason: str,
        *,
        due: dt.date | None,
        instance: int | None = None,
        finish: dt.date | None = None,
    ) -> TrackedTask:
        return TrackedTask(
            task=task.id,
            number=task.number,
            title=task.title,
            instance=instance,
            due=due,
            state=state,
            reason=reason,
            units=_units(self.plan, task),
            percent_complete=percent_done(reports),
            last_report=reports[-1].on if reports else None,
            finish=finish,
        )

    def once(self, task: Task) -> TrackedTask:  # noqa: PLR0911 - one return per state, in order
        reports = _reports(task, self.as_of)
        due = task.timeframe.due if task.timeframe is not None else None
        done = _done_on(reports)
        last = reports[-1] if reports else None
        finish = None if done is not None else self.finish(task.id)

        def item(state: TaskState, reason: str) -> TrackedTask:
            return self._item(task, reports, state, reason, due=due, finish=finish)

        if done is not None:
            late = (
                f", {(done - due).days} days after its due date {due.isoformat()}"
                if due and done > due
                else ""
            )
            return item(TaskState.DONE, f"done {done.isoformat()}{late}")
        if last is not None and last.status is TaskStatus.CANCELLED:
            return item(TaskState.CANCELLED, f"cancelled {last.on.isoformat()}")
        if due is not None and due < self.as_of:
            return item(TaskState.OVERDUE, f"due {due.isoformat()} and not done: {_last(reports)}")
        if last is not None and last.status in {TaskStatus.DELAYED, TaskStatus.SUSPENDED}:
            return item(TaskState.AT_RISK, f"reported {last.status.value} on {last.on.isoformat()}")
        if due is not None and finish is not None and finish > due:
            return item(
                TaskState.AT_RISK,
                f"slack used up: the work left finishes {finish.isoformat()}, after its due date "
                f"{due.isoformat()} ({_last(reports)})",
            )
        latest = self.latest_start(task.id) if due is not None else None
        if not reports:
            if latest is not None and latest < self.as_of:
                return item(
                    TaskState.AT_RISK,
                    f"not started, and its latest start was {latest.isoformat()} for its due "
                    f"date {due.isoformat() if due else ''}",
                )
            when = f"; due {due.isoformat()}" if due else ""
            return item(TaskState.NOT_STARTED, f"no progress report yet{when}")
        on_time = (
            f", finishing {finish.isoformat()} by its due date {due.isoformat()}"
            if due and finish
            else ""
        )
        return item(TaskState.ON_TRACK, f"{_last(reports)}{on_time}")

    def instances(self, task: Task) -> list[TrackedTask]:
        frame = task.timeframe
        assert frame is not None  # noqa: S101 - only recurring timeframes come here
        # calendar quarter (half-year, month) ends, whatever day the plan starts on
        rule = frame.recurrence
        period = self.plan.period
        end = period.end if period is not None else dt.date(self.start.year, 12, 31)
        if rule is None or end < self.start:
            return [self.once(task)]
        try:
            dues = occurrences(rule, start=self.start, end=end)
        except RulegovError:
            return [self.once(task)]
        reports = _reports(task, self.as_of)
        closed = _close(dues, reports, self.start)
        closing = {id(report) for report in closed.values()}
        found: list[TrackedTask] = []
        for index, due in enumerate(dues):
            opened = _opened(dues, index, self.start)
            window = [r for r in reports if opened < r.on <= due and id(r) not in closing]
            if index in closed:
                window = [closed[index]]
                done = closed[index].on
                late = f", {(done - due).days} days after its due date" if done > due else ""
                state, reason = TaskState.DONE, f"done {done.isoformat()}{late}"
            elif due < self.as_of:
                state, reason = TaskState.OVERDUE, f"due {due.isoformat()} and not reported done"
            elif opened >= self.as_of:
                state, reason = TaskState.NOT_STARTED, f"falls due {due.isoformat()}"
            elif window:
                state, reason = TaskState.ON_TRACK, f"{_last(window)}; due {due.isoformat()}"
            else:
                state, reason = TaskState.NOT_STARTED, f"no report yet; due {due.isoformat()}"
            found.append(self._item(task, window, state, reason, due=due, instance=index + 1))
        return found


def status(plan: Plan, *, as_of: dt.date, calendar: Calendar | None = None) -> PlanStatus:
    """Where each task of ``plan`` stands on ``as_of``, from its progress reports (督办).

    Reports dated after ``as_of`` are ignored, so the status of any past date can be rebuilt.
    Add reports from a table with [`with_progress`][rulegov.tracking.with_progress], or read
    them from a file with ``rulegov.io.read_progress``.

    Args:
        plan: The plan, with progress reports on its tasks (``Task.progress``).
        as_of: The status date.
        calendar: Working days for the schedule of the work left (calendar days without one).

    Raises:
        ValidationError: for a ``plan`` that is no Plan or an ``as_of`` that is not a date (code
            ``invalid-parameter``).
        DependencyCycleError: for a plan whose dependencies loop.

    Examples:
        >>> import datetime as dt
        >>> import rulegov
        >>> plan = rulegov.tracking.with_progress(
        ...     rulegov.datasets.yancheng_2023(),
        ...     [
        ...         {"task": "1", "unit": "区依法治区办", "date": "2023-06-30", "status": "已完成"},
        ...         {"task": "2", "unit": "区依法治区办", "date": "2023-06-30", "percent": 40},
        ...     ],
        ... )
        >>> found = status(plan, as_of=dt.date(2023, 7, 1))
        >>> [item.state.value for item in found.items[:3]]
        ['done', 'on_track', 'not_started']
    """
    _check_type(plan, PlanModel, "plan", "a rulegov Plan")
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise ValidationError(
            [Issue("as_of", "expected a date such as 2023-07-01", as_of, "invalid-parameter")]
        )
    tracker = _Tracker(plan, as_of, calendar)
    schedule = tracker.schedule
    chain: tuple[str, ...] = ()
    if schedule is not None:
        chain = tuple(schedule.graph.label(node) for node in schedule.critical_chain())
    return PlanStatus(
        plan_id=plan.id,
        plan_title=plan.title,
        as_of=as_of,
        items=tuple(tracker.items()),
        groups={group.name: tuple(group.tasks) for group in plan.coordination_groups},
        critical_chain=chain,
        schedule=schedule,
        diagnostics=_left_out(plan, as_of),
    )
