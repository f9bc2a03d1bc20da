"""The task graph (任务依赖关系图): tasks, assessment gates and measures, joined by typed links.

A [`TaskGraph`][rulegov.TaskGraph] is immutable: building it checks every reference and refuses
loops, and methods that change it (accepting suggested links, adding recurring duties) return a new
graph.

Examples:
    >>> from rulegov import Dependency, TaskGraph
    >>> g = TaskGraph(durations={"a": 3, "b": 2},
    ...               dependencies=[Dependency(predecessor="a", successor="b", type="FS", lag=0)])
    >>> s = g.schedule()
    >>> s.duration, s.early_start["b"], sorted(s.critical)
    (5, 3, ['a', 'b'])
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from rulegov._deprecation import drawn_by, warn
from rulegov.errors import (
    DependencyCycleError,
    Issue,
    ScheduleError,
    UnknownReferenceError,
    ValidationError,
    _check_type,
    _show,
)
from rulegov.graph import _analysis, _cpm
from rulegov.graph._calendar import Calendar, days_before
from rulegov.graph._gate import Gate
from rulegov.graph._plan import graph_parts
from rulegov.graph._recurrence import occurrences
from rulegov.graph._schedule import build_schedule
from rulegov.model import Dependency, LagTimeUnit
from rulegov.model import Plan as PlanModel

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    import networkx as nx

    from rulegov.graph._calendar import Roll
    from rulegov.graph._schedule import Schedule
    from rulegov.model import Diagnostic, Plan

__all__ = ["Link", "NodeKind", "TaskGraph"]

_MAX_DAYS = dt.date.max.toordinal() - 1  # the days between the first and the last date

Link = Dependency | tuple[str, str] | tuple[str, str, str, int]
"""A dependency, or a bare ``(predecessor, successor)`` or ``(predecessor, successor, type, lag)``."""


class NodeKind(enum.StrEnum):
    """What a node of a task graph stands for.

    Examples:
        >>> NodeKind("duty") is NodeKind.DUTY, NodeKind.TASK == "task"
        (True, True)
    """

    TASK = "task"
    """A task of the plan (任务)."""
    ASSESSMENT = "assessment"
    """An assessment (考核, 督察, 评估) that waits on the work it assesses."""
    MEASURE = "measure"
    """A measure (举措) inside a task."""
    DUTY = "duty"
    """One dated instance of a recurring duty (每季度, 每半年)."""


def _as_dependency(link: Link, where: str) -> Dependency:
    """``link`` as a dependency, or the error that names every problem of it."""
    dependency, issues = _read_link(link, where)
    if dependency is None:
        raise ValidationError.of(issues, "TaskGraph")
    return dependency


def _read_link(link: object, where: str) -> tuple[Dependency | None, list[Issue]]:
    """``link`` as a dependency, or None and the problems found in it."""
    if isinstance(link, Dependency):
        return link, []
    if isinstance(link, tuple) and len(link) in (2, 4):
        data: dict[str, object] = {"predecessor": link[0], "successor": link[1]}
        if len(link) == 4:
            data["type"], data["lag"] = link[2], link[3]
        try:
            return Dependency.model_validate(data), []
        except ValidationError as error:
            return None, [_within(where, issue) for issue in error.issues]
    expected = (
        "expected a Dependency, a (predecessor, successor) tuple or a "
        "(predecessor, successor, type, lag) tuple"
    )
    return None, [Issue(where, expected, link, "invalid-dependency")]


def _within(where: str, issue: Issue) -> Issue:
    """``issue`` with its path under ``where``."""
    path = f"{where}.{issue.path}" if issue.path else where
    return attrs.evolve(issue, path=path)


def _is_number(value: object) -> bool:
    """Whether ``value`` is an int or float (not a bool) that is a finite float."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:  # an int beyond the largest float
        return False


def _node_id(value: object) -> str | None:
    """``value`` as the ``node`` of an issue: the id when it is one (a string), else ``None``."""
    return value if isinstance(value, str) else None


def _check_texts(name: str, mapping: object, *, many: bool) -> list[Issue]:
    """Issues for a mapping of node ids to a text (``many``: to a list of texts)."""
    if mapping is None:
        return []
    if not isinstance(mapping, Mapping):
        return [Issue(name, "expected a mapping of node ids", mapping)]
    issues: list[Issue] = []
    for key, value in mapping.items():
        if many:
            good = not isinstance(value, str | bytes) and isinstance(value, list | tuple)
            good = good and all(isinstance(item, str) for item in value)
            wanted = "expected a list of texts"
        else:
            good = isinstance(value, str)
            wanted = "expected a text"
        if not good:
            issues.append(Issue(f"{name}[{_show(key)}]", wanted, value, node=_node_id(key)))
    return issues


def _check_days(name: str, mapping: object) -> list[Issue]:
    """Issues for a mapping of node ids to a date or a day number."""
    if mapping is None:
        return []
    if not isinstance(mapping, Mapping):
        return [Issue(name, "expected a mapping of node ids to dates or day numbers", mapping)]
    return [
        Issue(
            f"{name}[{_show(key)}]",
            "expected a date or a whole day number",
            value,
            node=_node_id(key),
        )
        for key, value in mapping.items()
        if isinstance(value, bool) or not isinstance(value, int | dt.date)
    ]


def _check_gate(gate: object, where: str) -> list[Issue]:
    """Issues for the types of one gate's fields (the rules are checked once all are known)."""
    if not isinstance(gate, Gate):
        return [Issue(where, "expected a Gate", gate)]
    issues: list[Issue] = []
    if not isinstance(gate.id, str):
        issues.append(Issue(f"{where}.id", "expected a node id", gate.id))
    if not isinstance(gate.subjects, tuple | list) or not all(
        isinstance(subject, str) for subject in gate.subjects
    ):
        issues.append(Issue(f"{where}.subjects", "expected a tuple of node ids", gate.subjects))
    if gate.k is not None and (isinstance(gate.k, bool) or not isinstance(gate.k, int)):
        issues.append(Issue(f"{where}.k", "expected a whole number of subjects", gate.k))
    if gate.weights is not None and (
        not isinstance(gate.weights, tuple | list)
        or not all(_is_number(weight) for weight in gate.weights)
    ):
        issues.append(Issue(f"{where}.weights", "expected finite numbers", gate.weights))
    if gate.share is not None and not _is_number(gate.share):
        issues.append(Issue(f"{where}.share", "expected a number in (0, 1]", gate.share))
    return issues


def is_three_point(value: object) -> bool:
    """Whether ``value`` is a three-point estimate: finite, none negative, in order."""
    if not isinstance(value, tuple | list) or len(value) != 3:
        return False
    if not all(_is_number(item) for item in value):
        return False
    return bool(0 <= value[0] <= value[1] <= value[2])


@attrs.frozen(slots=True)
class GraphArrays:
    """A graph by node number: what the scheduler and the analyses of `rulegov.graph` read.

    The graph's own data, not copies, kept in the graph's ``_arrays``: private to
    `rulegov.graph`, read-only by contract. It is the one surface that the modules beside
    `TaskGraph` use to reach its arrays, so that none reads its other private fields.

    Attributes:
        ids: The node ids, by number.
        index: The number of each node id.
        durations: The duration of each node, by number.
        compiled: The links in compressed rows, for the forward and backward passes.
        deadlines: The hard deadlines by node id (dates or day numbers).
        soft_deadlines: The soft deadlines by node id.
        earliest: The start-no-earlier-than dates (or day numbers) by node id.

    Examples:
        >>> from rulegov import TaskGraph
        >>> arrays = TaskGraph({"a": 2, "b": 3}, [("a", "b")])._arrays
        >>> arrays.ids, arrays.index["b"], arrays.durations
        (('a', 'b'), 1, [2, 3])
    """

    ids: tuple[str, ...]
    index: dict[str, int]
    durations: list[int]
    compiled: _cpm.Compiled
    deadlines: dict[str, dt.date | int]
    soft_deadlines: dict[str, dt.date | int]
    earliest: dict[str, dt.date | int]

    def number(self, node: str) -> int:
        """The number of ``node``; an [`UnknownReferenceError`][rulegov.UnknownReferenceError] if none."""
        try:
            return self.index[node]
        except (KeyError, TypeError):  # TypeError: a value that cannot be a key (a list)
            raise UnknownReferenceError(
                [Issue("node", "no node of the graph has this id", node, "unknown-node")],
                "TaskGraph",
            ) from None


class TaskGraph:
    """A plan's work items and the links between them, ready to schedule.

    Args:
        durations: Each node's duration in days (working days under a calendar); the keys are
            the node ids, in the order used for ties and exports.
        dependencies: The links, as [`Dependency`][rulegov.Dependency] or bare tuples.
        labels: A readable label per node, e.g. ``"3 推进法治建设规划体系实施。"``; a graph
            built with [`TaskGraph.from_plan`][rulegov.TaskGraph.from_plan] labels each node in
            the plan's words (see [`node_names`][rulegov.graph.node_names]).
        kinds: The [`NodeKind`][rulegov.graph.NodeKind] of each node (default ``task``).
        gates: Assessment gates; each gate's id must be a node.
        deadlines: Hard deadlines (legal or imposed from above): a date, or a day number by which
            the node must have finished (compared with its early finish).
        soft_deadlines: Soft deadlines: a date or day number, reported when missed but never
            binding (``targets`` is a deprecated name for them).
        earliest: Start-no-earlier-than dates (or day numbers), e.g. for a year-end review.
        units: The units (单位) carrying each node, for workloads and the unit network.
        groups: The coordination groups (协调小组) steering each node.
        suggestions: Inferred links offered for the user to accept (see
            [`accept`][rulegov.TaskGraph.accept]).
        estimates: Three-point estimates ``(optimistic, most likely, pessimistic)`` per node.

    Raises:
        UnknownReferenceError: a link or gate names a node that is not in ``durations``.
        ValidationError: a negative duration, a self-loop, a gate rule that cannot be met.
        DependencyCycleError: the links form a loop; ``err.cycle`` names it in order.
    """

    __slots__ = (
        "_arrays",
        "_compiled",
        "_deadlines",
        "_dependencies",
        "_durations",
        "_earliest",
        "_estimates",
        "_gates",
        "_groups",
        "_ids",
        "_index",
        "_kinds",
        "_labels",
        "_soft_deadlines",
        "_suggestions",
        "_units",
    )

    def __init__(  # noqa: PLR0913 - the parts of a graph, all keyword-only but the first two
        self,
        durations: Mapping[str, int],
        dependencies: Iterable[Link] = (),
        *,
        labels: Mapping[str, str] | None = None,
        kinds: Mapping[str, str] | None = None,
        gates: Iterable[Gate] = (),
        deadlines: Mapping[str, dt.date | int] | None = None,
        soft_deadlines: Mapping[str, dt.date | int] | None = None,
        earliest: Mapping[str, dt.date | int] | None = None,
        units: Mapping[str, Sequence[str]] | None = None,
        groups: Mapping[str, Sequence[str]] | None = None,
        suggestions: Iterable[Dependency] = (),
        estimates: Mapping[str, tuple[float, float, float]] | None = None,
        targets: Mapping[str, dt.date | int] | None = None,
    ) -> None:
        """Check the parts and order the nodes; see the class docstring."""
        if targets is not None:
            warn("TaskGraph(targets=...)", "pass soft_deadlines=")
            soft_deadlines = {**targets, **(soft_deadlines or {})}
        durations = _mapping(durations, "durations")
        # every check runs before anything is raised, so that one problem hides no other
        issues: list[Issue] = []
        if isinstance(dependencies, str | bytes | dict) or not hasattr(dependencies, "__iter__"):
            issues.append(
                Issue(
                    "dependencies", "expected a list of links", dependencies, "invalid-dependency"
                )
            )
            dependencies = ()
        issues.extend(
            Issue("durations", "node ids must be non-empty strings", key, "invalid-node-id")
            for key in durations
            if not isinstance(key, str) or not key
        )
        issues.extend(_duration_issues(durations))
        parts = _check_parts(
            labels=labels,
            kinds=kinds,
            gates=gates,
            deadlines=deadlines,
            soft_deadlines=soft_deadlines,
            earliest=earliest,
            units=units,
            groups=groups,
            suggestions=suggestions,
            estimates=estimates,
        )
        issues.extend(parts.issues)
        links: list[Dependency] = []
        for i, link in enumerate(dependencies):
            dependency, found = _read_link(link, f"dependencies[{i}]")
            issues.extend(found)
            if dependency is not None:
                links.append(dependency)
        if parts.issues:  # parts of the wrong type: what they name cannot be looked up
            raise ValidationError.of(issues, "TaskGraph")
        self._ids: tuple[str, ...] = tuple(durations)
        self._index: dict[str, int] = {ident: i for i, ident in enumerate(self._ids)}
        self._durations: list[int] = [durations[ident] for ident in self._ids]
        self._labels = {ident: (labels or {}).get(ident, ident) for ident in self._ids}
        given = {
            ident: NodeKind(kind) for ident, kind in (kinds or {}).items() if ident in self._index
        }
        task = NodeKind.TASK  # one lookup, not one enum call a node
        self._kinds = {ident: given.get(ident, task) for ident in self._ids}
        self._dependencies: tuple[Dependency, ...] = tuple(links)
        self._gates: tuple[Gate, ...] = parts.gates
        self._deadlines = dict(deadlines or {})
        self._soft_deadlines = dict(soft_deadlines or {})
        self._earliest = dict(earliest or {})
        self._units = {key: tuple(value) for key, value in (units or {}).items()}
        self._groups = {key: tuple(value) for key, value in (groups or {}).items()}
        self._suggestions: tuple[Dependency, ...] = parts.suggestions
        self._estimates = dict(estimates or {})
        issues.extend(self._reference_issues())
        issues.extend(self._gate_issues())
        issues.extend(self._estimate_issues())
        if issues:
            raise ValidationError.of(issues, "TaskGraph")
        self._compiled = self._compile()
        self._arrays = GraphArrays(
            ids=self._ids,
            index=self._index,
            durations=self._durations,
            compiled=self._compiled,
            deadlines=self._deadlines,
            soft_deadlines=self._soft_deadlines,
            earliest=self._earliest,
        )

    # -- construction -----------------------------------------------------------------------

    @classmethod
    def from_plan(  # noqa: PLR0913 - the choices a user makes when scheduling a plan
        cls,
        plan: Plan,
        *,
        durations: Mapping[str, int] | None = None,
        default_duration: int = 20,
        assessment_duration: int = 5,
        calendar: Calendar | None = None,
        hard_deadlines: bool = True,
        include_measures: bool | None = None,
        measure_duration: int = 5,
        assessment_gates: bool = True,
        accept_inferred: bool = False,
        expand_recurring: bool = True,
        recurring_duration: int = 1,
    ) -> TaskGraph:
        """The graph of a plan: its tasks, its assessments as gates, and its dependencies.

        Plans rarely state durations, so each task gets one by this rule (documented, and
        overridable per node with ``durations``): a task whose timeframe has a start and an end
        lasts the working days between them (calendar days without a ``calendar``); an ongoing,
        standing or recurring task (持续推进, 长期坚持, 每季度) lasts from the date of issue (or the
        period's start) to the end of the plan's period (or of the year of issue); any other
        task lasts ``default_duration``; an assessment lasts ``assessment_duration`` and starts
        once the task that calls for it starts (an SS link). Measures (举措) become nodes of
        ``measure_duration`` that start once their task starts, and what waits on the task
        waits on them too: all of them with ``include_measures=True``, none with ``False``
        (links that name a measure are then left out), and by default those that a link names.
        A due date (``TimeFrame.due``; for a recurring duty such as 年终, its last date in the
        plan's period, or the year of issue) becomes a hard deadline, or a soft deadline
        when ``hard_deadlines`` is false; a recurring assessment starts no earlier than its
        duration before that date.

        A recurring duty (每季度, 每半年, 每月, 年终) becomes, besides its task node, one node per
        instance (``t4@2023-06-30``) at the ends of the calendar quarters, half-years, months or
        years of the plan's period, each lasting ``recurring_duration`` days with a hard deadline
        on its date (moved off rest days under a ``calendar``), one after the other; the task
        node itself then has no deadline. Instances due before the date of issue, or too soon
        after it to be done, are left out: no instance gets a deadline it cannot meet. With
        ``expand_recurring=False`` the duty is one node due at its last date.

        Each assessment of tasks becomes a gate that opens when all of them finish; with
        ``assessment_gates=False`` those links are only suggested. Inferred links (gates over
        subjects, measure order, ``根据…结果``) are offered as
        [`suggestions`][rulegov.TaskGraph.suggestions]; ``accept_inferred=True`` takes them all.

        Examples:
            >>> import rulegov
            >>> plan = rulegov.Plan(title="计划", sections=[{"id": "s1", "number": "一", "level": 1,
            ...     "title": "一", "tasks": [{"id": "t1", "number": "1", "path": ["一", "1"],
            ...     "title": "制定方案。"}, {"id": "t2", "number": "2", "path": ["一", "2"],
            ...     "title": "落实方案。"}]}],
            ...     dependencies=[{"predecessor": "t1", "successor": "t2"}])
            >>> g = TaskGraph.from_plan(plan, durations={"t1": 10})
            >>> g.schedule().early_finish["t2"], g.label("t2")
            (30, '2 落实方案。')
        """
        _check_type(plan, PlanModel, "plan", "a rulegov Plan")
        days = {
            "default_duration": default_duration,
            "assessment_duration": assessment_duration,
            "measure_duration": measure_duration,
            "recurring_duration": recurring_duration,
        }
        issues = [
            Issue(name, f"must be a whole number of days from 0 to {_MAX_DAYS}", value)
            for name, value in days.items()
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_DAYS
        ]
        if durations is not None and not isinstance(durations, Mapping):
            issues.append(Issue("durations", "expected a mapping of node ids to days", durations))
        if calendar is not None and not isinstance(calendar, Calendar):
            issues.append(Issue("calendar", "expected a rulegov Calendar", calendar))
        if issues:
            raise ValidationError(issues, "TaskGraph")
        parts = graph_parts(
            plan,
            durations=durations or {},
            default_duration=default_duration,
            assessment_duration=assessment_duration,
            calendar=calendar,
            hard_deadlines=hard_deadlines,
            include_measures=include_measures,
            measure_duration=measure_duration,
            assessment_gates=assessment_gates,
            expand_recurring=expand_recurring,
            recurring_duration=recurring_duration,
        )
        graph = cls(**parts)
        if accept_inferred:
            graph = graph.accept()
        return graph

    def _reference_issues(self) -> list[Issue]:
        """The ids that the links, gates and per-node mappings name but no node has."""
        issues: list[Issue] = []
        wanted = "no node of the graph has this id; add it to durations"
        for i, link in enumerate(self._dependencies):
            for end in ("predecessor", "successor"):
                value = getattr(link, end)
                if value not in self._index:
                    issues.append(
                        Issue(
                            f"dependencies[{i}].{end}",
                            wanted,
                            value,
                            "unknown-node",
                            node=_node_id(value),
                        )
                    )
        for i, gate in enumerate(self._gates):
            if gate.id not in self._index:
                issues.append(
                    Issue(f"gates[{i}].id", wanted, gate.id, "unknown-node", node=gate.id)
                )
            issues.extend(
                Issue(f"gates[{i}].subjects[{j}]", wanted, subject, "unknown-node", node=subject)
                for j, subject in enumerate(gate.subjects)
                if subject not in self._index
            )
        for name, mapping in (
            ("deadlines", self._deadlines),
            ("soft_deadlines", self._soft_deadlines),
            ("earliest", self._earliest),
            ("estimates", self._estimates),
        ):
            issues.extend(
                Issue(f"{name}[{_show(key)}]", wanted, key, "unknown-node", node=_node_id(key))
                for key in mapping
                if key not in self._index
            )
        return issues

    def _gate_issues(self) -> list[Issue]:
        """The gates that cannot be satisfied."""
        issues: list[Issue] = []
        for i, gate in enumerate(self._gates):
            n = len(gate.subjects)
            if n == 0:
                issues.append(
                    Issue(
                        f"gates[{i}].subjects",
                        "a gate needs a subject",
                        gate.id,
                        "invalid-gate",
                        node=gate.id,
                    )
                )
            if gate.k is not None and not 1 <= gate.k <= n:
                issues.append(
                    Issue(
                        f"gates[{i}].k",
                        f"must lie between 1 and {n}",
                        gate.k,
                        "invalid-gate",
                        node=gate.id,
                    )
                )
            if gate.weights is not None:
                if len(gate.weights) != n or any(w < 0 for w in gate.weights):
                    issues.append(
                        Issue(
                            f"gates[{i}].weights",
                            f"needs {n} weights, none negative",
                            gate.weights,
                            "invalid-gate",
                            node=gate.id,
                        )
                    )
                elif sum(gate.weights) <= 0:
                    issues.append(
                        Issue(
                            f"gates[{i}].weights",
                            "must not all be zero",
                            gate.weights,
                            "invalid-gate",
                            node=gate.id,
                        )
                    )
                if gate.share is None or not 0 < gate.share <= 1:
                    issues.append(
                        Issue(
                            f"gates[{i}].share",
                            "a weighted gate needs a share in (0, 1]",
                            gate.share,
                            "invalid-gate",
                            node=gate.id,
                        )
                    )
            if gate.id in gate.subjects:
                issues.append(
                    Issue(
                        f"gates[{i}].subjects",
                        "a gate cannot assess itself",
                        gate.id,
                        "invalid-gate",
                        node=gate.id,
                    )
                )
        return issues

    def _estimate_issues(self) -> list[Issue]:
        """The three-point estimates out of order."""
        return [
            Issue(
                f"estimates[{_show(key)}]",
                "needs finite optimistic <= most likely <= pessimistic, >= 0",
                value,
                "invalid-estimate",
                node=_node_id(key),
            )
            for key, value in self._estimates.items()
            if not is_three_point(value)
        ]

    def _compile(self) -> _cpm.Compiled:
        n = len(self._ids)
        index = self._index
        rows: list[tuple[int, int, int, int, int]] = []
        for e, link in enumerate(self._dependencies):
            kind = _cpm.KINDS[link.type.value]
            if link.lag_time_unit is LagTimeUnit.CALENDAR_DAYS and link.lag != 0:
                kind += _cpm.CALENDAR_OFFSET
            rows.append((index[link.predecessor], index[link.successor], kind, link.lag, e))
        gates: dict[int, _cpm.GateSpec] = {}
        edge = len(self._dependencies)
        for gate in self._gates:
            for subject in gate.subjects:
                rows.append((index[subject], index[gate.id], _cpm.GATE, 0, edge))
                edge += 1
            gates[index[gate.id]] = gate.spec(index)
        pred_count = [0] * (n + 1)
        succ_count = [0] * (n + 1)
        for a, b, _, _, _ in rows:
            pred_count[b + 1] += 1
            succ_count[a + 1] += 1
        for i in range(n):
            pred_count[i + 1] += pred_count[i]
            succ_count[i + 1] += succ_count[i]
        m = len(rows)
        pred_node, pred_kind, pred_lag, pred_edge = [0] * m, [0] * m, [0] * m, [0] * m
        succ_node, succ_kind, succ_lag, succ_edge = [0] * m, [0] * m, [0] * m, [0] * m
        pfill = pred_count[:-1]
        sfill = succ_count[:-1]
        for a, b, kind, lag, e in rows:
            kp = pfill[b]
            pfill[b] = kp + 1
            pred_node[kp], pred_kind[kp], pred_lag[kp], pred_edge[kp] = a, kind, lag, e
            ks = sfill[a]
            sfill[a] = ks + 1
            # a successor row refers to its link by the link's position in the predecessor rows
            succ_node[ks], succ_kind[ks], succ_lag[ks], succ_edge[ks] = b, kind, lag, kp
        order = self._order(pred_count, succ_count, succ_node)
        return _cpm.Compiled(
            order=order,
            pred_ptr=pred_count,
            pred_node=pred_node,
            pred_kind=pred_kind,
            pred_lag=pred_lag,
            pred_edge=pred_edge,
            succ_ptr=succ_count,
            succ_node=succ_node,
            succ_kind=succ_kind,
            succ_lag=succ_lag,
            succ_edge=succ_edge,
            gates=gates,
            has_calendar_lags=any(row[2] >= _cpm.CALENDAR_OFFSET for row in rows),
        )

    def _order(self, pred_ptr: list[int], succ_ptr: list[int], succ_node: list[int]) -> list[int]:
        """A topological order (Kahn's algorithm, ties in node order); a loop raises."""
        n = len(self._ids)
        waiting = [pred_ptr[i + 1] - pred_ptr[i] for i in range(n)]
        ready = deque(i for i in range(n) if waiting[i] == 0)
        order: list[int] = []
        while ready:
            a = ready.popleft()
            order.append(a)
            for k in range(succ_ptr[a], succ_ptr[a + 1]):
                b = succ_node[k]
                waiting[b] -= 1
                if waiting[b] == 0:
                    ready.append(b)
        if len(order) < n:
            self._raise_cycle(waiting)
        return order

    def _raise_cycle(self, waiting: list[int]) -> None:
        """Find one loop among the nodes left waiting and raise it, from its first node."""
        left = {i for i, count in enumerate(waiting) if count > 0}
        preds: dict[int, list[int]] = {i: [] for i in left}
        for link in self._all_links():
            a, b = self._index[link[0]], self._index[link[1]]
            if a in left and b in left:
                preds[b].append(a)
        step = min(left)
        seen: dict[int, int] = {}
        walk: list[int] = []
        while step not in seen:
            seen[step] = len(walk)
            walk.append(step)
            step = min(preds[step])
        loop = walk[seen[step] :]
        loop.reverse()  # we walked back along predecessors
        first = loop.index(min(loop))
        loop = loop[first:] + loop[:first]
        ids = [self._ids[i] for i in loop]
        raise DependencyCycleError(ids, [self._labels[i] for i in ids])

    def _all_links(self) -> list[tuple[str, str, str]]:
        """Every link as ``(predecessor, successor, type)``, gate memberships as type ``gate``."""
        links = [(d.predecessor, d.successor, d.type.value) for d in self._dependencies]
        for gate in self._gates:
            links.extend((subject, gate.id, "gate") for subject in gate.subjects)
        return links

    def _replace(self, **changes: Any) -> TaskGraph:  # noqa: ANN401 - the constructor's keywords
        parts: dict[str, Any] = {
            "durations": dict(zip(self._ids, self._durations, strict=True)),
            "dependencies": self._dependencies,
            "labels": self._labels,
            "kinds": self._kinds,
            "gates": self._gates,
            "deadlines": self._deadlines,
            "soft_deadlines": self._soft_deadlines,
            "earliest": self._earliest,
            "units": self._units,
            "groups": self._groups,
            "suggestions": self._suggestions,
            "estimates": self._estimates,
        }
        parts.update(changes)
        return TaskGraph(**parts)

    # -- what is in it ----------------------------------------------------------------------

    @property
    def nodes(self) -> tuple[str, ...]:
        """The node ids, in the order given."""
        return self._ids

    @property
    def dependencies(self) -> tuple[Dependency, ...]:
        """The links in force (declared, from the document, and accepted inferred ones)."""
        return self._dependencies

    @property
    def gates(self) -> tuple[Gate, ...]:
        """The assessment gates."""
        return self._gates

    @property
    def suggestions(self) -> tuple[Dependency, ...]:
        """Inferred links not yet accepted, each with its reason."""
        present = {(d.predecessor, d.successor) for d in self._dependencies}
        return tuple(d for d in self._suggestions if (d.predecessor, d.successor) not in present)

    @property
    def deadlines(self) -> dict[str, dt.date | int]:
        """The hard deadlines by node."""
        return dict(self._deadlines)

    @property
    def soft_deadlines(self) -> dict[str, dt.date | int]:
        """Soft deadlines: reported when missed, never binding."""
        return dict(self._soft_deadlines)

    @property
    def targets(self) -> dict[str, dt.date | int]:
        """Deprecated name of [`soft_deadlines`][rulegov.TaskGraph.soft_deadlines]."""
        warn("TaskGraph.targets", "use TaskGraph.soft_deadlines")
        return dict(self._soft_deadlines)

    @property
    def earliest(self) -> dict[str, dt.date | int]:
        """The start-no-earlier-than dates by node."""
        return dict(self._earliest)

    @property
    def estimates(self) -> dict[str, tuple[float, float, float]]:
        """The three-point estimates by node."""
        return dict(self._estimates)

    def duration(self, node: str) -> int:
        """The duration of ``node``."""
        return self._durations[self._node(node)]

    def label(self, node: str) -> str:
        """The readable label of ``node``."""
        self._node(node)
        return self._labels[node]

    def kind(self, node: str) -> NodeKind:
        """The kind of ``node``: task, assessment, measure or duty."""
        self._node(node)
        return self._kinds[node]

    def units_of(self, node: str) -> tuple[str, ...]:
        """The units carrying ``node``."""
        self._node(node)
        return self._units.get(node, ())

    def groups_of(self, node: str) -> tuple[str, ...]:
        """The coordination groups steering ``node``."""
        self._node(node)
        return self._groups.get(node, ())

    def predecessors(self, node: str) -> tuple[str, ...]:
        """The nodes that ``node`` waits on directly (gate subjects included)."""
        c = self._compiled
        i = self._node(node)
        return tuple(self._ids[c.pred_node[k]] for k in range(c.pred_ptr[i], c.pred_ptr[i + 1]))

    def successors(self, node: str) -> tuple[str, ...]:
        """The nodes that wait on ``node`` directly."""
        c = self._compiled
        i = self._node(node)
        return tuple(self._ids[c.succ_node[k]] for k in range(c.succ_ptr[i], c.succ_ptr[i + 1]))

    def _node(self, node: str) -> int:
        return self._arrays.number(node)

    def __len__(self) -> int:
        """The number of nodes."""
        return len(self._ids)

    def __contains__(self, node: object) -> bool:
        """Whether ``node`` is a node id."""
        return node in self._index

    def __repr__(self) -> str:
        """``TaskGraph(nodes=…, links=…, gates=…)``."""
        return (
            f"TaskGraph(nodes={len(self._ids)}, links={len(self._dependencies)}, "
            f"gates={len(self._gates)}, suggestions={len(self.suggestions)})"
        )

    # -- changing it (returns a new graph) ----------------------------------------------------

    def accept(self, *links: Dependency) -> TaskGraph:
        """A new graph with the given suggested links added (all suggestions when none given).

        Raises:
            DependencyCycleError: when an accepted link closes a loop.
        """
        chosen = links or self.suggestions
        return self._replace(dependencies=(*self._dependencies, *chosen))

    def with_links(self, *links: Link) -> TaskGraph:
        """A new graph with more links."""
        extra = [_as_dependency(link, f"links[{i}]") for i, link in enumerate(links)]
        return self._replace(dependencies=(*self._dependencies, *extra))

    def with_recurring(  # noqa: PLR0913 - the parts of a recurring duty
        self,
        duty: str,
        rule: str,
        *,
        start: dt.date,
        end: dt.date,
        duration: int = 1,
        label: str | None = None,
        units: Sequence[str] = (),
        calendar: Calendar | None = None,
        roll: Roll | str = "following",
        after: Sequence[str] = (),
    ) -> TaskGraph:
        """A new graph with the dated instances of a recurring duty (每季度, 每半年, 年终).

        Each instance ``duty@YYYY-MM-DD`` lasts ``duration`` days and is done on its date: it
        has a hard deadline on the date (moved off rest days by ``roll`` under a ``calendar``)
        and starts no earlier than ``duration - 1`` working days before it. It follows the
        previous instance and waits on every node in ``after``.

        Raises:
            ScheduleError: when the rule yields no date in ``[start, end]`` or cannot be read.

        Examples:
            >>> import datetime as dt
            >>> g = TaskGraph({"plan": 5}).with_recurring(
            ...     "report", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=31",
            ...     start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31), after=["plan"])
            >>> reports = [node for node in g.nodes if node.startswith("report@")]
            >>> reports  # every third month: the ends of the calendar quarters
            ['report@2023-03-31', 'report@2023-06-30', 'report@2023-09-30', 'report@2023-12-31']
        """
        dates = occurrences(rule, start=start, end=end, calendar=calendar, roll=roll)
        durations = dict(zip(self._ids, self._durations, strict=True))
        labels = dict(self._labels)
        kinds = dict(self._kinds)
        deadlines = dict(self._deadlines)
        earliest = dict(self._earliest)
        unit_map = dict(self._units)
        links: list[Dependency] = list(self._dependencies)
        previous: str | None = None
        for day in dates:
            node = f"{duty}@{day.isoformat()}"
            durations[node] = duration
            labels[node] = f"{label or duty} {day.isoformat()}"
            kinds[node] = NodeKind.DUTY
            deadlines[node] = day
            earliest[node] = days_before(day, duration - 1, calendar)
            if units:
                unit_map[node] = tuple(units)
            if previous is not None:
                links.append(
                    Dependency(
                        predecessor=previous,
                        successor=node,
                        reason=f"recurring duty {_show(duty)}: one instance after the other",
                    )
                )
            links.extend(
                Dependency(
                    predecessor=first,
                    successor=node,
                    reason=f"recurring duty {_show(duty)} reports on {_show(first)}",
                )
                for first in after
            )
            previous = node
        return self._replace(
            durations=durations,
            labels=labels,
            kinds=kinds,
            deadlines=deadlines,
            earliest=earliest,
            units=unit_map,
            dependencies=links,
        )

    # -- scheduling -------------------------------------------------------------------------

    def schedule(  # noqa: PLR0913 - every input of a schedule, all keyword-only
        self,
        *,
        start: dt.date | None = None,
        calendar: Calendar | None = None,
        finish: dt.date | int | None = None,
        roll: Roll | str = "following",
        status_date: dt.date | int | None = None,
        actual_start: Mapping[str, dt.date | int] | None = None,
        actual_finish: Mapping[str, dt.date | int] | None = None,
    ) -> Schedule:
        """Schedule the graph: both critical-path passes, slack, drivers and deadline checks.

        Args:
            start: The first day (day 0); without it, days are numbers counted from 0.
            calendar: Working days (durations and working-day lags count only these); needs
                ``start``.
            finish: Fixed-end planning: the backward pass runs from this date or day number
                instead of the latest early finish, so late starts say "must start by".
            roll: How deadlines that fall on rest days move (``following``, ``preceding``,
                ``modified_following``).
            status_date: The day the progress was measured: work not started starts no earlier.
            actual_start: Actual start dates (or day numbers) of work begun.
            actual_finish: Actual finish dates (or day numbers) of work done: fixed.

        Raises:
            ScheduleError: a calendar without a start, a date without a start, an actual finish
                without an actual start or before it, dates past 9999-12-31.
        """
        try:
            result = build_schedule(
                self,
                start=start,
                calendar=calendar,
                finish=finish,
                roll=roll,
                status_date=status_date,
                actual_start=actual_start or {},
                actual_finish=actual_finish or {},
            )
        except OverflowError:
            raise ScheduleError(
                f"start {start}: the schedule runs outside the dates Python can hold "
                f"({dt.date.min} to {dt.date.max}); choose a start within them",
                code="date-out-of-range",
                value=start,
            ) from None
        return result

    # -- checks and analysis ------------------------------------------------------------------

    def redundant_links(self) -> tuple[Dependency, ...]:
        """Deprecated: use [`redundant_links`][rulegov.graph.redundant_links]."""
        warn("TaskGraph.redundant_links()", "use rulegov.graph.redundant_links(graph)")
        return _analysis.redundant_links(self)

    def diagnostics(self) -> list[Diagnostic]:
        """Deprecated: use [`diagnostics`][rulegov.graph.diagnostics]."""
        warn("TaskGraph.diagnostics()", "use rulegov.graph.diagnostics(graph)")
        return _analysis.diagnostics(self)

    def waves(self) -> list[tuple[str, ...]]:
        """Deprecated: use [`waves`][rulegov.graph.waves]."""
        warn("TaskGraph.waves()", "use rulegov.graph.waves(graph)")
        return _analysis.waves(self)

    def downstream(self, node: str) -> frozenset[str]:
        """Deprecated: use [`downstream`][rulegov.graph.downstream]."""
        warn("TaskGraph.downstream()", "use rulegov.graph.downstream(graph, node)")
        return _analysis.downstream(self, node)

    def upstream(self, node: str) -> frozenset[str]:
        """Deprecated: use [`upstream`][rulegov.graph.upstream]."""
        warn("TaskGraph.upstream()", "use rulegov.graph.upstream(graph, node)")
        return _analysis.upstream(self, node)

    def unit_network(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """Deprecated: use [`unit_network`][rulegov.graph.unit_network]."""
        warn("TaskGraph.unit_network()", "use rulegov.graph.unit_network(graph)")
        return _analysis.unit_network(self)

    # -- exports ------------------------------------------------------------------------------

    def to_networkx(self) -> nx.DiGraph:
        """Deprecated: use [`to_networkx`][rulegov.render.to_networkx]."""
        warn("TaskGraph.to_networkx()", "use rulegov.render.to_networkx(graph)")
        from rulegov.render import to_networkx  # noqa: PLC0415 - the deprecated alias only

        return to_networkx(self)

    def to_mermaid(self) -> str:
        """Deprecated: use [`graph_mermaid`][rulegov.render.graph_mermaid]."""
        return drawn_by("TaskGraph.to_mermaid()", "graph_mermaid", "graph", self)

    def to_dot(self) -> str:
        """Deprecated: use [`graph_dot`][rulegov.render.graph_dot]."""
        return drawn_by("TaskGraph.to_dot()", "graph_dot", "graph", self)

    def to_graphml(self) -> str:
        """Deprecated: use [`graph_graphml`][rulegov.render.graph_graphml]."""
        return drawn_by("TaskGraph.to_graphml()", "graph_graphml", "graph", self)

    def to_json(self) -> str:
        """Deprecated: use [`graph_json`][rulegov.render.graph_json]."""
        return drawn_by("TaskGraph.to_json()", "graph_json", "graph", self)

    def _repr_html_(self) -> str:
        from rulegov.render import to_html  # noqa: PLC0415 - drawn by the layer above

        return to_html(self)

    def _repr_markdown_(self) -> str:
        from rulegov.render import to_markdown  # noqa: PLC0415 - drawn by the layer above

        return to_markdown(self)


@attrs.frozen
class _Parts:
    """The optional parts of a graph as tuples, and the problems of their types."""

    gates: tuple[Gate, ...]
    suggestions: tuple[Dependency, ...]
    issues: list[Issue]


def _check_parts(  # noqa: PLR0913 - the optional parts of a graph
    *,
    labels: object,
    kinds: object,
    gates: object,
    deadlines: object,
    soft_deadlines: object,
    earliest: object,
    units: object,
    groups: object,
    suggestions: object,
    estimates: object,
) -> _Parts:
    """The gates and suggestions as tuples, and the parts of the wrong type, each named."""
    issues = _check_texts("labels", labels, many=False)
    issues.extend(_check_texts("kinds", kinds, many=False))
    if isinstance(kinds, Mapping) and not issues:
        known = {kind.value for kind in NodeKind}
        issues.extend(
            Issue(f"kinds[{_show(node)}]", f"must be one of {sorted(known)}", kind, "invalid-value")
            for node, kind in kinds.items()
            if kind not in known
        )
    issues.extend(_check_texts("units", units, many=True))
    issues.extend(_check_texts("groups", groups, many=True))
    for name, mapping in (
        ("deadlines", deadlines),
        ("soft_deadlines", soft_deadlines),
        ("earliest", earliest),
    ):
        issues.extend(_check_days(name, mapping))
    listed: dict[str, tuple[Any, ...]] = {}
    for name, items in (("gates", gates), ("suggestions", suggestions)):
        if isinstance(items, str | bytes | Mapping) or not hasattr(items, "__iter__"):
            issues.append(Issue(name, "expected a list", items))
            listed[name] = ()
        else:
            listed[name] = tuple(items)
    for i, gate in enumerate(listed["gates"]):
        issues.extend(_check_gate(gate, f"gates[{i}]"))
    issues.extend(
        Issue(f"suggestions[{i}]", "expected a Dependency", link)
        for i, link in enumerate(listed["suggestions"])
        if not isinstance(link, Dependency)
    )
    if estimates is not None and not isinstance(estimates, Mapping):
        issues.append(Issue("estimates", "expected a mapping of node ids", estimates))
    return _Parts(listed["gates"], listed["suggestions"], issues)


def _mapping(value: object, name: str) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(
            [Issue(name, "expected a mapping of node ids, e.g. {'t1': 20}", value)], "TaskGraph"
        )
    return value


def _duration_issues(durations: Mapping[Any, Any]) -> list[Issue]:
    """The durations that are not whole numbers of days, 0 or more."""
    return [
        Issue(f"durations[{_show(node)}]", "must be a whole number of days, 0 or more", value)
        for node, value in durations.items()
        if isinstance(value, bool) or not isinstance(value, int) or value < 0
    ]
