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
from typing import TYPE_CHECKING

import attrs

from rulegov.errors import EvaluationError, _show
from rulegov.model._task import TaskStatus
from rulegov.model._unit import Role

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping, Sequence

    from rulegov.model._plan import Plan
    from rulegov.model._task import Task

__all__ = ["INDICATORS", "PlanIndicators", "RoleWeights", "plan_indicators"]

INDICATORS = ("completion", "on_time", "targets_met", "assessments_passed")
"""The indicators computed for every task, unit, group, section and the plan."""

Values = dict[str, float | None]


def _share(value: float) -> float:
    if not 0 <= value <= 1 or math.isnan(value):
        raise EvaluationError(f"a role weight must lie between 0 and 1 (got {value})")
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
            reports go (a report names its unit; one that names none counts for every unit).
        names: For each unit id, the name the plan gives it (区司法局).
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
        unit counts for every unit on the task): 0 with no report, so that nothing is credited
        for nothing, whatever the unit's role. The role's share weights the task in
        ``units``, not the value. Tasks the unit does not hold are not applicable.

        Returns:
            ``(data, not_applicable)`` for [`evaluate`][rulegov.evaluate.evaluate], keyed by
            unit name.
        """
        if indicator not in INDICATORS:
            raise EvaluationError(
                f"unknown indicator {_show(indicator)}; choose one of {list(INDICATORS)}"
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
    """
    weights = role_weights or RoleWeights()
    tasks: dict[str, Values] = {
        task.id: _task_values(plan, task, on, (observations, passing)) for task in plan.tasks
    }
    own: dict[str, dict[str, Values]] = {}
    shares: dict[str, dict[str, float]] = {}
    for task in plan.tasks:
        roles: dict[str, list[Role]] = {}
        for assignment in task.assignments:
            roles.setdefault(assignment.unit, []).append(assignment.role)
        for unit, held in roles.items():
            share = weights.weight_of(held)
            if share > 0:
                shares.setdefault(unit, {})[task.id] = share
                values = _task_values(plan, task, on, (observations, passing), unit)
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
    names = {unit.id: unit.name for unit in plan.units if unit.name}
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
    )


def _task_values(
    plan: Plan,
    task: Task,
    on: dt.date,
    checks: tuple[Mapping[str, Sequence[float | None]] | None, Sequence[str]],
    unit: str | None = None,
) -> Values:
    """A task's indicators; with ``unit``, from that unit's reports and those naming no unit."""
    observations, passing = checks
    reports = sorted(
        (
            report
            for report in task.progress
            if report.on <= on and (unit is None or report.unit in (None, unit))
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


def _targets_met(task: Task, observed: Sequence[float | None] | None) -> float | None:
    quantitative = [target for target in task.targets if target.is_quantitative]
    if observed is None:
        return None
    if len(observed) != len(quantitative):
        raise EvaluationError(
            f"task {_show(task.id)}: {len(observed)} observations for {len(quantitative)} quantitative targets"
        )
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
