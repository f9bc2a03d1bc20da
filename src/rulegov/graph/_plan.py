"""From a plan to a graph: nodes, durations, gates, deadlines, and inferred links (推断的依赖).

Inferred links are suggestions, each marked ``origin="inferred"`` with its reason, for the user to
accept or reject:

- an assessment gate waits on the tasks it assesses (评估 · 考核 · 督察 after the work);
- the measures of a task follow the order of the work: plan (制定方案), then carry out (落实),
  then check (督导 · 检查 · 评估);
- wording such as ``根据…结果`` (according to the results of …) and ``在…基础上`` (on the basis
  of …) ties a task to the task or assessment it names.

Examples:
    >>> import rulegov
    >>> plan = rulegov.Plan(title="计划", unsectioned_tasks=[
    ...     {"id": "t9", "number": "9", "path": ["9"], "title": "加强督察。", "measures": [
    ...         {"id": "t9.m1", "text": "认真抓好整改工作"}, {"id": "t9.m2", "text": "科学制定整改方案"},
    ...         {"id": "t9.m3", "text": "落实整改责任"}, {"id": "t9.m4", "text": "适时开展实地督导"}]}])
    >>> [(d.predecessor, d.successor) for d in infer_dependencies(plan)]
    [('t9.m2', 't9.m3'), ('t9.m3', 't9.m4')]
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

import attrs

from rulegov.errors import ScheduleError, _check_kind
from rulegov.graph._calendar import days_after, days_before
from rulegov.graph._gate import Gate
from rulegov.graph._recurrence import occurrences
from rulegov.model import (
    Dependency,
    DependencyOrigin,
    DependencyType,
    Period,
    SubjectKind,
    TimeFrameKind,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from rulegov.graph._calendar import Calendar
    from rulegov.model import Assessment, Measure, Plan, Task, TimeFrame

__all__ = ["MEASURE_STAGES", "graph_parts", "infer_dependencies", "node_names"]

MEASURE_STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("plan", ("制定", "研究制定", "起草", "编制", "拟定", "谋划")),
    ("carry out", ("落实", "实施", "推进", "执行", "推动")),
    ("check", ("督导", "督察", "督查", "检查", "评估", "考核", "验收", "总结")),
)
"""The stages of work, in order, with the verbs that mark a measure as belonging to each."""

_REFERENCE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("根据…结果", re.compile(r"根据(.{2,30}?)结果")),
    ("在…基础上", re.compile(r"在(.{2,30}?)基础上")),
)
_MIN_SHARED = 4


def _stage(text: str) -> int | None:
    """The stage of a measure by the first stage verb it contains (the earliest occurrence)."""
    best: tuple[int, int] | None = None
    for stage, (_, verbs) in enumerate(MEASURE_STAGES):
        for verb in verbs:
            at = text.find(verb)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, stage)
    return None if best is None else best[1]


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def node_names(plan: Plan) -> dict[str, str]:
    """What the plan calls each task, measure and assessment, by id: the labels of its graph.

    A task is its number and title (``4 严格落实法治建设责任制``); a measure or an assessment is
    the number of its task, then its text or name (``2 › 及时组织召开…``). A recurring duty's
    instance in a graph adds its date to its task's name (``11 … · 2024-01-02``).

    Examples:
        >>> import rulegov
        >>> names = node_names(rulegov.datasets.yancheng_2023())
        >>> names["t4"]
        '4 严格落实法治建设责任制'
        >>> names["t2.m2"]
        '2 › 及时组织召开工委全面依法治区委员会会议'
        >>> names["a-t3-midterm-8th-publicity"]
        '3 › 组织开展“八五”普法规划落实中期评估'
    """
    _check_kind(plan, "Plan", "plan", "a rulegov Plan")
    names: dict[str, str] = {}
    numbers: dict[str, str] = {}
    for task in plan.tasks:
        numbers[task.id] = task.number
        names[task.id] = f"{task.number} {task.title}".strip()
        for measure in task.measures:
            names[measure.id] = f"{task.number} › {_clip(measure.text)}".strip()
    for assessment in plan.assessments:
        checked = [s.ref for s in assessment.subjects if s.kind is SubjectKind.TASK and s.ref]
        number = numbers.get(assessment.task or (checked[0] if checked else ""), "")
        names[assessment.id] = f"{number} › {assessment.name}" if number else assessment.name
    return names


def _shared(a: str, b: str) -> int:
    """The length of the longest common substring of two short texts."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _inferred(predecessor: str, successor: str, reason: str) -> Dependency:
    """A dependency that rulegov inferred, with the reason that says how."""
    return Dependency(
        predecessor=predecessor,
        successor=successor,
        origin=DependencyOrigin.INFERRED,
        reason=reason,
    )


def _starts_with(predecessor: str, successor: str, reason: str) -> Dependency:
    """A link the document implies: ``successor`` starts once ``predecessor`` starts (SS)."""
    return Dependency(
        predecessor=predecessor,
        successor=successor,
        type=DependencyType.SS,
        origin=DependencyOrigin.DOCUMENT,
        reason=reason,
    )


def _gate_links(plan: Plan) -> list[Dependency]:
    found: list[Dependency] = []
    for assessment in plan.assessments:
        found.extend(
            _inferred(
                subject.ref,
                assessment.id,
                f"assessment gate: {assessment.name} assesses task "
                f"{plan.task(subject.ref).number} once it has run",
            )
            for subject in assessment.subjects
            if subject.kind is SubjectKind.TASK and subject.ref is not None
        )
    return found


def _measure_links(plan: Plan) -> list[Dependency]:
    found: list[Dependency] = []
    for task in plan.tasks:
        staged = [(m, _stage(m.text)) for m in task.measures]
        staged_only = [(m, s) for m, s in staged if s is not None]
        for (first, a), (second, b) in itertools.pairwise(staged_only):
            if a < b:
                found.append(
                    _inferred(
                        first.id,
                        second.id,
                        f"measure order in task {task.number}: {first.text} "
                        f"({MEASURE_STAGES[a][0]}) before {second.text} ({MEASURE_STAGES[b][0]})",
                    )
                )
    return found


def _best_named(
    named: str, names: list[tuple[str, str, str]], own: str
) -> tuple[int, str, str] | None:
    """The item (other than ``own``) whose name shares most with ``named``: (shared, id, label)."""
    best: tuple[int, str, str] | None = None
    for ident, name, label in names:
        if ident == own:
            continue
        shared = _shared(named, name)
        if shared >= _MIN_SHARED and (best is None or shared > best[0]):
            best = (shared, ident, label)
    return best


def _wording_links(plan: Plan) -> list[Dependency]:
    labels = node_names(plan)
    names: list[tuple[str, str, str]] = [
        (task.id, task.title, f"task {labels[task.id]}") for task in plan.tasks
    ]
    names.extend((a.id, a.name, f"assessment {labels[a.id]}") for a in plan.assessments)
    found: list[Dependency] = []
    for task in plan.tasks:
        text = task.text or task.title
        for phrase, pattern in _REFERENCE_PATTERNS:
            for match in pattern.finditer(text):
                best = _best_named(match.group(1), names, task.id)
                if best is None:
                    continue
                found.append(
                    _inferred(
                        best[1],
                        task.id,
                        f"task {task.number} says {match.group(0)!r} ({phrase}), which names {best[2]}",
                    )
                )
    return found


def infer_dependencies(plan: Plan) -> list[Dependency]:
    """The links a plan implies without stating them, each with its reason; see the module doc.

    Links the plan already states are left out, and so is a second link between the same pair.

    Examples:
        >>> import rulegov
        >>> link = infer_dependencies(rulegov.datasets.yancheng_2023())[0]
        >>> link.predecessor, link.successor, link.origin.value
        ('t3.m3', 't3.m4', 'inferred')
    """
    _check_kind(plan, "Plan", "plan", "a rulegov Plan")
    stated = {(d.predecessor, d.successor) for d in plan.dependencies}
    found: list[Dependency] = []
    for link in (*_gate_links(plan), *_measure_links(plan), *_wording_links(plan)):
        pair = (link.predecessor, link.successor)
        if pair in stated:
            continue
        stated.add(pair)
        found.append(link)
    return found


def _task_duration(task: Task, default: int, calendar: Calendar | None) -> int:
    frame = task.timeframe
    if frame is None or frame.start is None or frame.end is None:
        return default
    if calendar is None:
        return (frame.end - frame.start).days + 1
    return max(calendar.working_days_between(frame.start, frame.end), 1)


_WHOLE_PERIOD = frozenset({TimeFrameKind.ONGOING, TimeFrameKind.STANDING, TimeFrameKind.RECURRING})


def _rest_of_period(start: dt.date, period: Period, calendar: Calendar | None) -> int:
    """The days from ``start`` to the end of ``period`` (working days under a calendar)."""
    if calendar is None:
        return max((period.end - start).days + 1, 1)
    return max(calendar.working_days_between(start, period.end), 1)


def _due(frame: TimeFrame | None, period: Period | None) -> dt.date | None:
    """A timeframe's due date; a recurring duty is due at its last date in the plan's period."""
    if frame is None:
        return None
    if frame.due is not None:
        return frame.due
    if frame.kind is not TimeFrameKind.RECURRING or period is None:
        return None
    # calendar quarter (half-year, month) ends, whatever day the period starts on
    rule = frame.recurrence
    if rule is None:
        return None
    try:
        return occurrences(rule, start=period.start, end=period.end)[-1]
    except ScheduleError:
        return None


def graph_parts(  # noqa: PLR0913 - the choices of TaskGraph.from_plan
    plan: Plan,
    *,
    durations: Mapping[str, int],
    default_duration: int,
    assessment_duration: int,
    calendar: Calendar | None,
    hard_deadlines: bool,
    include_measures: bool | None,
    measure_duration: int,
    assessment_gates: bool = True,
    expand_recurring: bool = True,
    recurring_duration: int = 1,
) -> dict[str, Any]:
    """The arguments of `TaskGraph` for a plan; see `TaskGraph.from_plan`."""
    labels = node_names(plan)
    parts = _Parts({}, labels, {}, {}, {}, {}, {}, [])
    period = plan.period
    if period is None and plan.issued_on is not None:
        period = Period.year(plan.issued_on.year)
    named = {end for d in plan.dependencies for end in (d.predecessor, d.successor)}
    begin = plan.issued_on or (period.start if period is not None else None)
    whole = (
        _rest_of_period(begin, period, calendar)
        if begin is not None and period is not None
        else default_duration
    )
    for task in plan.tasks:
        duration = _task_duration(task, default_duration, calendar)
        if task.timeframe is not None and task.timeframe.kind in _WHOLE_PERIOD:
            duration = whole
        chosen = [
            m
            for m in task.measures
            if include_measures or (include_measures is None and m.id in named)
        ]
        parts.add_task(task, duration, _due(task.timeframe, period), chosen, measure_duration)
    for assessment in plan.assessments:
        parts.add_assessment(
            assessment, assessment_duration, _due(assessment.timeframe, period), calendar
        )
    for group in plan.coordination_groups:
        for task_id in group.tasks:
            parts.groups.setdefault(task_id, []).append(group.id)
    if expand_recurring and begin is not None and period is not None:
        for task in plan.tasks:
            parts.expand(task, begin, period, recurring_duration, calendar)
    sizes, kinds, links, dates = parts.sizes, parts.kinds, parts.links, parts.dates
    sizes.update(durations)
    links.extend(d for d in plan.dependencies if d.predecessor in sizes and d.successor in sizes)
    links.extend(_attach_assessments(plan, links))
    links.extend(_measures_hold_successors(plan, links, sizes, labels))
    gates = _gates(plan.assessments, links) if assessment_gates else []
    suggestions = [
        d
        for d in infer_dependencies(plan)
        if d.predecessor in sizes and d.successor in sizes and not _is_gate(d, gates)
    ]
    return {
        "durations": sizes,
        "dependencies": links,
        "labels": {node: labels[node] for node in sizes if node in labels},
        "kinds": kinds,
        "gates": gates,
        "deadlines": dates if hard_deadlines else {},
        "soft_deadlines": {} if hard_deadlines else dates,
        "earliest": parts.earliest,
        "units": parts.units,
        "groups": parts.groups,
        "suggestions": suggestions,
    }


@attrs.define
class _Parts:
    """The parts of a plan's graph as they are gathered: its nodes, what each is, its links."""

    sizes: dict[str, int]
    labels: dict[str, str]
    kinds: dict[str, str]
    units: dict[str, tuple[str, ...]]
    groups: dict[str, list[str]]
    dates: dict[str, dt.date]
    earliest: dict[str, dt.date]
    links: list[Dependency]

    def add_task(
        self,
        task: Task,
        duration: int,
        due: dt.date | None,
        measures: list[Measure],
        measure_duration: int,
    ) -> None:
        """A task as a node, due on ``due``, with the ``measures`` chosen as nodes inside it."""
        self.sizes[task.id] = duration
        self.kinds[task.id] = "task"
        self.units[task.id] = tuple(dict.fromkeys(a.unit for a in task.assignments))
        if due is not None:
            self.dates[task.id] = due
        _add_measures(task, measures, measure_duration, self.sizes, self.kinds, self.links)
        for measure in measures:
            self.units[measure.id] = self.units[task.id]

    def add_assessment(
        self,
        assessment: Assessment,
        duration: int,
        due: dt.date | None,
        calendar: Calendar | None,
    ) -> None:
        """An assessment as a node, held by the units of the task that calls for it."""
        self.sizes[assessment.id] = duration
        self.kinds[assessment.id] = "assessment"
        if due is not None:
            self.dates[assessment.id] = due
            if (
                assessment.timeframe is not None
                and assessment.timeframe.kind is TimeFrameKind.RECURRING
            ):
                # a recurring check (年终述职) happens at its date, not as soon as it could
                self.earliest[assessment.id] = days_before(due, duration - 1, calendar)
        if assessment.task is not None:
            self.units[assessment.id] = self.units.get(assessment.task, ())

    def expand(
        self,
        task: Task,
        begin: dt.date,
        period: Period,
        duration: int,
        calendar: Calendar | None,
    ) -> None:
        """A recurring duty (每季度, 每半年, 每月) as a node per instance from ``begin`` on, undated."""
        frame = task.timeframe
        if frame is None or frame.kind is not TimeFrameKind.RECURRING or frame.due is not None:
            return
        rule = frame.recurrence
        if rule is None:
            return
        try:
            days = occurrences(rule, start=period.start, end=period.end, calendar=calendar)
        except ScheduleError:
            return
        # an instance due before the plan exists, or too soon after it to be done, is left out
        first = days_after(begin, duration - 1, calendar)
        days = [day for day in days if day >= first]
        if not days:
            return
        self.dates.pop(task.id, None)
        previous: str | None = None
        for day in days:
            node = f"{task.id}@{day.isoformat()}"
            self.sizes[node] = duration
            self.labels[node] = f"{self.labels[task.id]} · {day.isoformat()}"
            self.kinds[node] = "duty"
            self.units[node] = self.units[task.id]
            if task.id in self.groups:
                self.groups[node] = list(self.groups[task.id])
            self.dates[node] = day
            self.earliest[node] = max(days_before(day, duration - 1, calendar), begin)
            if previous is not None:
                self.links.append(
                    Dependency(
                        predecessor=previous,
                        successor=node,
                        reason=f"recurring duty of task {task.number}: one instance after the other",
                    )
                )
            previous = node


def _attach_assessments(plan: Plan, links: list[Dependency]) -> list[Dependency]:
    """An assessment called for by a task starts once that task starts (SS).

    Not when it assesses that task: then it is a gate and waits for the task to finish.
    """
    linked = {(d.predecessor, d.successor) for d in links}
    linked |= {(d.successor, d.predecessor) for d in links}
    return [
        _starts_with(
            assessment.task,
            assessment.id,
            f"task {plan.task(assessment.task).number} calls for {assessment.name}",
        )
        for assessment in plan.assessments
        if assessment.task is not None
        and (assessment.task, assessment.id) not in linked
        and not any(
            s.kind is SubjectKind.TASK and s.ref == assessment.task for s in assessment.subjects
        )
    ]


def _gates(assessments: list[Assessment], links: list[Dependency]) -> list[Gate]:
    """A gate for each assessment of tasks, over those tasks not already linked to it."""
    linked = {(d.predecessor, d.successor) for d in links}
    gates: list[Gate] = []
    for assessment in assessments:
        subjects = tuple(
            dict.fromkeys(
                s.ref
                for s in assessment.subjects
                if s.kind is SubjectKind.TASK
                and s.ref is not None
                and (s.ref, assessment.id) not in linked
            )
        )
        if subjects:
            gates.append(Gate(assessment.id, subjects))
    return gates


def _is_gate(link: Dependency, gates: list[Gate]) -> bool:
    return any(link.successor == g.id and link.predecessor in g.subjects for g in gates)


def _add_measures(  # noqa: PLR0913, PLR0917 - fills the parts in place
    task: Task,
    measures: list[Measure],
    duration: int,
    sizes: dict[str, int],
    kinds: dict[str, str],
    links: list[Dependency],
) -> None:
    """Add measures as nodes inside their task: each starts once the task starts (SS)."""
    for measure in measures:
        sizes[measure.id] = duration
        kinds[measure.id] = "measure"
        links.append(
            _starts_with(
                task.id, measure.id, f"measure of task {task.number}: starts once the task starts"
            )
        )


def _measures_hold_successors(
    plan: Plan, links: list[Dependency], sizes: Mapping[str, int], names: Mapping[str, str]
) -> list[Dependency]:
    """What waits on a task's finish (FS, FF) waits on its measures' finish too."""
    measures = {
        task.id: [m for m in task.measures if m.id in sizes] for task in plan.tasks if task.measures
    }
    extra: list[Dependency] = []
    for link in links:
        if link.predecessor not in measures or link.type not in _FINISH_TYPES:
            continue
        extra.extend(
            link.model_copy(
                update={
                    "predecessor": measure.id,
                    "origin": DependencyOrigin.DOCUMENT,
                    "reason": f"waits on task {names[link.predecessor]}, "
                    f"so on its measure {names[measure.id]}",
                    "span": None,
                }
            )
            for measure in measures[link.predecessor]
            if measure.id != link.successor
        )
    return extra


_FINISH_TYPES = frozenset({DependencyType.FS, DependencyType.FF})
