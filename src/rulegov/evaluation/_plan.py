"""Indicator values drawn from a plan itself: completion, timeliness, targets, assessments.

Progress reports ([`Task.progress`][rulegov.Task]), deadlines (``Task.timeframe.due``), targets and
assessments give, for every task, a completion rate, whether it was on time, the share of its
targets met and the share of its assessments passed. These roll up to units by role (how much a
lead unit and a cooperating unit each answer for), to coordination groups, to top-level sections
and to the whole plan (任务完成率 · 按时完成率 · 目标达成率).

Examples:
    >>> import datetime as dt
    >>> import rulegov
    >>> plan = rulegov.Plan(title="计划", units=[{"id": "u1", "name": "司法局"}], sections=[
    ...     {"id": "s1", "number": "一", "level": 1, "title": "一", "tasks": [
    ...         {"id": "t1", "number": "1", "path": ["一", "1"], "title": "任务",
    ...          "assignments": [{"unit": "u1", "role": "lead"}],
    ...          "timeframe": {"kind": "deadline", "end": "2023-06-30"},
    ...          "progress": [{"on": "2023-06-20", "status": "completed"}]}]}])
    >>> facts = plan_indicators(plan, on=dt.date(2023, 12, 31))
    >>> facts.tasks["t1"]["completion"], facts.tasks["t1"]["on_time"], facts.units["u1"]["completion"]
    (1.0, 1.0, 1.0)
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

import attrs

from rulegov.errors import (
    EvaluationError,
    Issue,
    UnknownReferenceError,
    _check_type,
    _show,
)
from rulegov.evaluation._engine import closest
from rulegov.model import Diagnostic, Role, Severity, TaskStatus
from rulegov.model import Plan as PlanModel

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from rulegov.model import Plan, ProgressReport, Task, Unit

__all__ = ["INDICATORS", "PlanIndicators", "RoleWeights", "plan_data", "plan_indicators"]

INDICATORS = ("completion", "on_time", "targets_met", "assessments_passed")
"""The indicators computed for every task, unit, group, section and the plan."""

Values = dict[str, float | None]
V = TypeVar("V")


def _share(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise EvaluationError(
            f"a role weight must be a number between 0 and 1 (got {type(value).__name__} {value!r})",
            code="invalid-parameter",
            value=value,
        )
    value = float(value)
    if not 0 <= value <= 1 or math.isnan(value):
        raise EvaluationError(
            f"a role weight must lie between 0 and 1 (got {value})",
            code="invalid-parameter",
            value=value,
        )
    return value


@attrs.frozen(slots=True)
class RoleWeights:
    """How much of a task each role answers for, 0-1 (牵头 1, 配合 0.5 by default).

    Examples:
        >>> RoleWeights().weight_of(["lead", "cooperating"])
        1.0
    """

    lead: float = attrs.field(default=1.0, converter=_share)
    responsible: float = attrs.field(default=1.0, converter=_share)
    cooperating: float = attrs.field(default=0.5, converter=_share)
    supervising: float = attrs.field(default=0.0, converter=_share)

    def weight_of(self, roles: Sequence[Role | str]) -> float:
        """The largest weight of the roles a unit holds on a task."""
        return max((getattr(self, Role(role).value) for role in roles), default=0.0)


@attrs.frozen(slots=True)
class PlanIndicators:
    """Indicator values from a plan on a given day, per task and rolled up.

    Attributes:
        on: The day the values hold for; reports after it are ignored.
        tasks: For each task id, its indicators (see `INDICATORS`).
        units: For each unit id, the role-weighted mean over its tasks.
        groups: For each coordination group id, the mean over its tasks.
        sections: For each top-level section id, the mean over its tasks.
        plan: The mean over all tasks.
        shares: For each unit, the share it answers for on each of its tasks.
        own: For each unit, the indicators of each of its tasks as far as that unit's own
            reports go: a report counts for the unit it names, and one that names no unit for
            the task's lead units (牵头) only, or its responsible units when it has no lead.
        names: For each unit id, the name the plan gives it (区司法局).
        diagnostics: What a reader should know about how reports were counted: one
            ``unnamed-reports`` note when reports that name no unit were credited to lead units,
            and a ``report-without-role`` warning for each report by a unit that holds no role
            on its task, or only roles weighted 0 (a supervising unit, by default): it counts
            for no unit and not for the task; the rows ``with_progress`` skipped for that reason
            are warned of too.
    """

    on: dt.date
    tasks: Mapping[str, Values]
    units: Mapping[str, Values]
    groups: Mapping[str, Values]
    sections: Mapping[str, Values]
    plan: Values
    shares: Mapping[str, Mapping[str, float]]
    own: Mapping[str, Mapping[str, Values]] = attrs.field(factory=dict)
    names: Mapping[str, str] = attrs.field(factory=dict)
    diagnostics: tuple[Diagnostic, ...] = ()

    def name(self, unit: str) -> str:
        """The name the plan gives a unit, or its id when the plan gives none."""
        return self.names.get(unit, unit)

    def __repr__(self) -> str:
        """A one-line summary; the values are in the attributes."""
        return (
            f"PlanIndicators(on={self.on.isoformat()}, tasks={len(self.tasks)}, "
            f"units={len(self.units)}, groups={len(self.groups)}, sections={len(self.sections)})"
        )

    def unit_task_data(
        self, indicator: str = "completion"
    ) -> tuple[dict[str, dict[str, object]], dict[str, list[str]]]:
        """Per unit, named as the plan names it, one value per task it holds, for evaluation.

        A unit's value on a task is what its own progress reports show (a report that names no
        unit counts for the task's lead units only, or its responsible units when it has no
        lead): 0 with no report, so that nothing is credited for nothing, whatever the unit's
        role. The role's share weights the task in
        ``units``, not the value. Tasks the unit does not hold are not applicable.

        Returns:
            ``(data, not_applicable)`` for [`evaluate`][rulegov.evaluation.evaluate], keyed by
            unit name.
        """
        if indicator not in INDICATORS:
            raise EvaluationError(
                f"unknown indicator {_show(indicator)}; choose one of {list(INDICATORS)}",
                code="unknown-indicator",
                value=indicator,
            )
        data: dict[str, dict[str, object]] = {}
        skipped: dict[str, list[str]] = {}
        for unit, shares in self.shares.items():
            row: dict[str, object] = {}
            for task in shares:
                row[task] = self.own.get(unit, {}).get(task, self.tasks[task])[indicator]
            name = self.name(unit)
            if name in data:  # two units of one name: tell them apart by id
                name = f"{name} ({unit})"
            data[name] = row
            skipped[name] = [task for task in self.tasks if task not in shares]
        return data, skipped


def plan_indicators(
    plan: Plan,
    *,
    on: dt.date,
    role_weights: RoleWeights | None = None,
    observations: Mapping[str, Sequence[float | None]] | None = None,
    passing: Sequence[str] = ("passed", "pass", "合格", "良好", "优秀", "通过"),
) -> PlanIndicators:
    """Compute indicator values from ``plan`` as of ``on``.

    Args:
        plan: The plan, with progress reports on its tasks.
        on: The day of the evaluation; later reports are ignored.
        role_weights: How much each role answers for; lead and responsible 1, cooperating 0.5,
            supervising 0 by default. Units with weight 0 on a task are not accountable for it.
        observations: Per task id, observed values for its quantitative targets, in order.
        passing: Assessment outcomes that count as passed.

    Raises:
        ValidationError: for a ``plan`` that is no Plan (code ``invalid-parameter``).

    Examples:
        >>> import datetime as dt
        >>> import rulegov
        >>> plan = rulegov.tracking.with_progress(
        ...     rulegov.datasets.yancheng_2023(),
        ...     [{"task": "1", "unit": "区依法治区办", "date": "2023-06-30", "status": "已完成"}],
        ... )
        >>> indicators = plan_indicators(plan, on=dt.date(2023, 12, 31))
        >>> indicators.units["u-office"]["completion"], indicators.units["u-office"]["on_time"]
        (0.0625, None)
    """
    _check_type(plan, PlanModel, "plan", "a rulegov Plan")
    weights = role_weights or RoleWeights()
    _check_observations(plan, observations or {})
    tasks: dict[str, Values] = {}
    own: dict[str, dict[str, Values]] = {}
    shares: dict[str, dict[str, float]] = {}
    unnamed: list[str] = []  # the ids of tasks with reports that name no unit
    strays: list[tuple[str, Task]] = []  # reports by units that answer for none of their task
    for task in plan.tasks:
        roles: dict[str, list[Role]] = {}
        for assignment in task.assignments:
            roles.setdefault(assignment.unit, []).append(assignment.role)
        credited = _credited(roles)
        if any(report.unit is None and report.on <= on for report in task.progress):
            unnamed.append(task.id)
        held = {unit: weights.weight_of(kept) for unit, kept in roles.items()}
        stray = [
            report
            for report in task.progress
            if roles and report.unit is not None and not held.get(report.unit)
        ]
        strays.extend((report.unit, task) for report in stray if report.on <= on and report.unit)
        left_out = {id(report) for report in stray}
        counted = [report for report in task.progress if id(report) not in left_out]
        tasks[task.id] = _task_values(plan, task, on, (observations, passing), counted=counted)
        for unit, share in held.items():
            if share > 0:
                shares.setdefault(unit, {})[task.id] = share
                values = _task_values(
                    plan,
                    task,
                    on,
                    (observations, passing),
                    counted=counted,
                    unit=(unit, unit in credited),
                )
                own.setdefault(unit, {})[task.id] = values
    units = {unit: _mean(own[unit], held) for unit, held in shares.items()}
    groups = {
        group.id: _mean(tasks, dict.fromkeys(group.tasks, 1.0))
        for group in plan.coordination_groups
    }
    sections = {
        section.id: _mean(tasks, {task.id: 1.0 for task in section.all_tasks()})
        for section in plan.sections
    }
    whole = _mean(tasks, dict.fromkeys(tasks, 1.0))
    names = _shown_names(plan.units)
    return PlanIndicators(
        on=on,
        tasks=tasks,
        units=units,
        groups=groups,
        sections=sections,
        plan=whole,
        shares=shares,
        own=own,
        names=names,
        diagnostics=(
            _unnamed_note(unnamed)
            + tuple(d for d in plan.diagnostics if d.code == "report-without-role")
            + _stray_notes(strays, names)
        ),
    )


def plan_data(plan: Plan, data: Mapping[str, V], *, path: str = "data") -> dict[str, V]:
    """``data`` keyed by the units of ``plan``, each named as the plan names it (区司法局).

    A key may be a unit's id, name, short name or alias; it becomes the unit's name, or
    ``name (id)`` when two units of the plan share that name, as
    [`PlanIndicators.unit_task_data`][rulegov.evaluation.PlanIndicators.unit_task_data] names
    them. Use it on appraisal data (and categories) before
    [`evaluate`][rulegov.evaluation.evaluate], so that results name the plan's units.

    Args:
        plan: The plan whose units the keys name.
        data: Anything keyed by unit: appraisal data, categories.
        path: The name of ``data`` in error messages.

    Raises:
        rulegov.UnknownReferenceError: a key that names no unit of the plan (code
            ``unknown-unit``), with the closest name.
        rulegov.EvaluationError: two keys that name the same unit (``duplicate-unit``).
        rulegov.ValidationError: a ``plan`` that is no Plan, or ``data`` that is no mapping
            (``invalid-parameter``).

    Examples:
        >>> import rulegov
        >>> plan = rulegov.Plan(title="计划", units=[
        ...     {"id": "u1", "name": "盐城经济技术开发区司法局", "short_names": ["区司法局"]}])
        >>> plan_data(plan, {"u1": {"t1": 1.0}}), plan_data(plan, {"区司法局": "department"})
        ({'盐城经济技术开发区司法局': {'t1': 1.0}}, {'盐城经济技术开发区司法局': 'department'})
        >>> try:
        ...     plan_data(plan, {"区司法所": {"t1": 1.0}})
        ... except rulegov.UnknownReferenceError as error:
        ...     print(error.code, error.unit, str(error).split("; ")[1])
        unknown-unit 区司法所 did you mean '区司法局'? (got '区司法所')
    """
    _check_type(plan, PlanModel, "plan", "a rulegov Plan")
    if not isinstance(data, Mapping) and not callable(getattr(data, "items", None)):
        _check_type(data, Mapping, path, "a mapping keyed by unit, e.g. {'区司法局': ...}")
    shown = _shown_names(plan.units)
    found: dict[str, V] = {}
    given: dict[str, str] = {}
    unknown: list[Issue] = []
    twice: list[Issue] = []
    for key, value in data.items():
        unit = _unit_of(plan.units, shown, str(key))
        if unit is None:
            known = [name for unit in plan.units for name in (unit.id, *unit.names)]
            unknown.append(
                Issue(
                    f"{path}.{key}",
                    "no unit of the plan has this id or name" + closest(key, known),
                    key,
                    "unknown-unit",
                    unit=str(key),
                )
            )
            continue
        name = shown[unit.id]
        if name in found:
            twice.append(
                Issue(
                    f"{path}.{key}",
                    f"{path}: {_show(given[name])} and {_show(key)} both name the unit "
                    f"{_show(name)}",
                    key,
                    "duplicate-unit",
                    unit=unit.id,
                )
            )
            continue
        found[name] = value
        given[name] = str(key)
    if unknown:
        raise UnknownReferenceError(unknown)
    if twice:
        raise EvaluationError.of(twice)
    return found


def _shown_names(units: Sequence[Unit]) -> dict[str, str]:
    """Each unit's name as results show it: its name, with its id when another shares it."""
    counts: dict[str, int] = {}
    for unit in units:
        counts[unit.name] = counts.get(unit.name, 0) + 1
    return {
        unit.id: unit.name if counts[unit.name] == 1 else f"{unit.name} ({unit.id})"
        for unit in units
    }


def _unit_of(units: Sequence[Unit], shown: Mapping[str, str], key: str) -> Unit | None:
    """The unit that ``key`` names: by id, by the name results show, by name, short name, alias."""
    for unit in units:
        if key in (unit.id, shown[unit.id]):
            return unit
    for unit in units:
        if unit.known_as(key):
            return unit
    return None


def _credited(roles: Mapping[str, Sequence[Role]]) -> set[str]:
    """The units a report that names no unit counts for: the leads, else the responsible units.

    A task with neither (cooperating units only) credits every unit on it.
    """
    for role in (Role.LEAD, Role.RESPONSIBLE):
        found = {unit for unit, held in roles.items() if role in held}
        if found:
            return found
    return set(roles)


def _unnamed_note(tasks: Sequence[str]) -> tuple[Diagnostic, ...]:
    """One note for all the tasks whose reports name no unit, or none."""
    if not tasks:
        return ()
    shown = ", ".join(tasks[:10]) + (f" and {len(tasks) - 10} more" if len(tasks) > 10 else "")
    message = (
        f"progress reports that name no unit were credited to the task's lead units (牵头), or "
        f"its responsible units where it has no lead, not to the others: tasks {shown}; "
        f"name the reporting unit to credit another"
    )
    return (Diagnostic(severity=Severity.INFO, code="unnamed-reports", message=message),)


def _stray_role(unit: str, task: Task) -> str:
    """How a unit whose reports count for nobody stands to the task, for messages."""
    held = {assignment.role for assignment in task.assignments if assignment.unit == unit}
    if held == {Role.SUPERVISING}:
        return "only supervises"
    return "holds only roles weighted 0 on" if held else "holds no role on"


def _stray_notes(
    strays: Sequence[tuple[str, Task]], names: Mapping[str, str]
) -> tuple[Diagnostic, ...]:
    """One warning per unit and task whose reports count for nobody.

    The unit holds no role on the task, or only one the role weights give 0 (supervising, by
    default): its reports count for no unit and are left out of the task's own values.
    """
    seen = {(unit, task.id): (unit, task) for unit, task in strays}
    return tuple(
        Diagnostic(
            severity=Severity.WARNING,
            code="report-without-role",
            message=(
                f"a progress report by {names.get(unit, unit)} on task {task.number} "
                f"({task.title}), which it {_stray_role(unit, task)}, counts for no unit and "
                "not for the task; name a unit that holds the task"
            ),
        )
        for unit, task in seen.values()
    )


def _task_values(  # noqa: PLR0913 - the task, the day, the checks and the reports to read
    plan: Plan,
    task: Task,
    on: dt.date,
    checks: tuple[Mapping[str, Sequence[float | None]] | None, Sequence[str]],
    *,
    counted: Sequence[ProgressReport],
    unit: tuple[str, bool] | None = None,
) -> Values:
    """A task's indicators, from the reports that count (``counted``), or from one unit's.

    With ``(unit, credited)``: from that unit's own reports, and from those naming no unit when
    it is ``credited`` with them.
    """
    observations, passing = checks
    reports = sorted(
        (
            report
            for report in counted
            if report.on <= on
            and (unit is None or report.unit == unit[0] or (report.unit is None and unit[1]))
        ),
        key=lambda r: r.on,
    )
    completion = 0.0
    completed_on: dt.date | None = None
    for report in reports:
        if report.status is TaskStatus.COMPLETED:
            completion = 1.0
            completed_on = completed_on or report.on
        elif report.percent_complete is not None:
            completion = report.percent_complete / 100
    due = task.timeframe.due if task.timeframe is not None else None
    on_time: float | None = None
    if due is not None:
        if completed_on is not None:
            on_time = 1.0 if completed_on <= due else 0.0
        elif on > due:
            on_time = 0.0
    return {
        "completion": completion,
        "on_time": on_time,
        "targets_met": _targets_met(task, (observations or {}).get(task.id)),
        "assessments_passed": _passed(plan, task, passing),
    }


def _check_observations(plan: Plan, observations: Mapping[str, Sequence[float | None]]) -> None:
    """Refuse, all at once, the observations that do not match their task's targets."""
    problems: list[Issue] = []
    for task in plan.tasks:
        observed = observations.get(task.id)
        if observed is None:
            continue
        wanted = sum(1 for target in task.targets if target.is_quantitative)
        if len(observed) != wanted:
            problems.append(
                Issue(
                    "",
                    f"task {_show(task.id)}: {len(observed)} observations for {wanted} "
                    "quantitative targets",
                    len(observed),
                    "observation-count-mismatch",
                    task=task.id,
                )
            )
    if problems:
        raise EvaluationError.of(problems)


def _targets_met(task: Task, observed: Sequence[float | None] | None) -> float | None:
    quantitative = [target for target in task.targets if target.is_quantitative]
    if observed is None:
        return None
    checked = [
        target.is_met(value)
        for target, value in zip(quantitative, observed, strict=True)
        if value is not None
    ]
    return sum(checked) / len(checked) if checked else None


def _passed(plan: Plan, task: Task, passing: Sequence[str]) -> float | None:
    outcomes = [a.outcome for a in plan.assessments if a.task == task.id and a.outcome is not None]
    if not outcomes:
        return None
    return sum(1 for outcome in outcomes if outcome in passing) / len(outcomes)


def _mean(tasks: Mapping[str, Values], weights: Mapping[str, float]) -> Values:
    result: Values = {}
    for name in INDICATORS:
        total = 0.0
        weight = 0.0
        for task, share in weights.items():
            value = tasks.get(task, {}).get(name)
            if value is not None:
                total += share * value
                weight += share
        result[name] = total / weight if weight else None
    return result
