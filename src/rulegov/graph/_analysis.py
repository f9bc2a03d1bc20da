"""Views of a task graph: redundant links, waves, workloads, impact sets, the unit network.

Examples:
    >>> from rulegov import TaskGraph
    >>> g = TaskGraph({"a": 2, "b": 3, "c": 1}, [("a", "c"), ("b", "c")],
    ...               units={"a": ["justice"], "b": ["justice", "court"], "c": ["court"]})
    >>> workload(g, by="unit")
    {'court': {'wave 1': 1, 'wave 2': 1}, 'justice': {'wave 1': 2}}
    >>> unit_network(g)
    {('court', 'justice'): ('b',)}
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from rulegov.errors import ScheduleError, _check_kind, _show
from rulegov.model import Diagnostic, Severity

if TYPE_CHECKING:
    from rulegov.graph._graph import TaskGraph
    from rulegov.graph._schedule import Schedule
    from rulegov.model import Dependency

__all__ = [
    "diagnostics",
    "downstream",
    "reach",
    "redundant_links",
    "unit_network",
    "upstream",
    "waves",
    "workload",
]


def redundant_links(graph: TaskGraph) -> tuple[Dependency, ...]:
    """Finish-to-start links without lag that a path of other FS links (lags >= 0) implies.

    Examples:
        >>> from rulegov.graph import TaskGraph, redundant_links
        >>> g = TaskGraph({"a": 1, "b": 1, "c": 1}, [("a", "b"), ("b", "c"), ("a", "c")])
        >>> [(d.predecessor, d.successor) for d in redundant_links(g)]
        [('a', 'c')]
    """
    _check_kind(graph, "TaskGraph", "graph", "a rulegov TaskGraph")
    import networkx as nx  # noqa: PLC0415 - networkx only where it is needed

    implying = nx.DiGraph()
    implying.add_nodes_from(graph.nodes)
    for link in graph.dependencies:
        if link.type.value == "FS" and link.lag >= 0:
            implying.add_edge(link.predecessor, link.successor)
    for gate in graph.gates:
        if gate.rule == "all":
            implying.add_edges_from((subject, gate.id) for subject in gate.subjects)
    kept = nx.transitive_reduction(implying)
    return tuple(
        link
        for link in graph.dependencies
        if link.type.value == "FS"
        and link.lag == 0
        and not kept.has_edge(link.predecessor, link.successor)
    )


def diagnostics(graph: TaskGraph) -> list[Diagnostic]:
    """Things a user should review about a graph, each with a stable code.

    Redundant links, suggested links waiting to be accepted, and nodes without links.

    Examples:
        >>> from rulegov.graph import TaskGraph, diagnostics
        >>> [d.code for d in diagnostics(TaskGraph({"a": 1, "b": 1}))]
        ['unlinked-node', 'unlinked-node']
    """
    _check_kind(graph, "TaskGraph", "graph", "a rulegov TaskGraph")
    found = [
        Diagnostic(
            severity=Severity.INFO,
            code="redundant-link",
            message=f"the link {graph.label(d.predecessor)} -> {graph.label(d.successor)} is "
            "implied by other links and can be removed",
        )
        for d in redundant_links(graph)
    ]
    found.extend(
        Diagnostic(
            severity=Severity.INFO,
            code="inferred-link",
            message=f"suggested link {graph.label(d.predecessor)} -> {graph.label(d.successor)}: "
            f"{d.reason}; accept it with TaskGraph.accept",
        )
        for d in graph.suggestions
    )
    if len(graph) > 1:
        found.extend(
            Diagnostic(
                severity=Severity.INFO,
                code="unlinked-node",
                message=f"{graph.label(node)} has no links: it is scheduled from day 0",
            )
            for node in graph.nodes
            if not graph.predecessors(node) and not graph.successors(node)
        )
    return found


def levels(graph: TaskGraph) -> list[int]:
    """Each node's wave number (0 for nodes that wait on nothing), by node number."""
    c = graph._arrays.compiled
    level = [0] * len(graph)
    for b in c.order:
        top = -1
        for k in range(c.pred_ptr[b], c.pred_ptr[b + 1]):
            top = max(top, level[c.pred_node[k]])
        level[b] = top + 1
    return level


def waves(graph: TaskGraph) -> list[tuple[str, ...]]:
    """Waves of nodes that can run in parallel: each waits only on earlier waves.

    Examples:
        >>> from rulegov.graph import TaskGraph, waves
        >>> waves(TaskGraph({"a": 1, "b": 1, "c": 1}, [("a", "c"), ("b", "c")]))
        [('a', 'b'), ('c',)]
    """
    _check_kind(graph, "TaskGraph", "graph", "a rulegov TaskGraph")
    result: list[list[str]] = []
    for node, level in zip(graph.nodes, levels(graph), strict=True):
        while len(result) <= level:
            result.append([])
        result[level].append(node)
    return [tuple(wave) for wave in result]


def reach(graph: TaskGraph, node: str, *, forward: bool) -> frozenset[str]:
    """Everything downstream (``forward``) or upstream of ``node``, not the node itself."""
    _check_kind(graph, "TaskGraph", "graph", "a rulegov TaskGraph")
    c = graph._arrays.compiled
    start = graph._arrays.number(node)
    ptr, nodes = (c.succ_ptr, c.succ_node) if forward else (c.pred_ptr, c.pred_node)
    seen = {start}
    stack = [start]
    while stack:
        a = stack.pop()
        for k in range(ptr[a], ptr[a + 1]):
            b = nodes[k]
            if b not in seen:
                seen.add(b)
                stack.append(b)
    seen.discard(start)
    return frozenset(graph.nodes[i] for i in seen)


def downstream(graph: TaskGraph, node: str) -> frozenset[str]:
    """The impact set of ``node``: everything that waits on it, directly or not.

    Examples:
        >>> from rulegov.graph import TaskGraph, downstream
        >>> sorted(downstream(TaskGraph({"a": 1, "b": 1, "c": 1}, [("a", "b"), ("b", "c")]), "a"))
        ['b', 'c']
    """
    return reach(graph, node, forward=True)


def upstream(graph: TaskGraph, node: str) -> frozenset[str]:
    """Everything ``node`` waits on, directly or not.

    Examples:
        >>> from rulegov.graph import TaskGraph, upstream
        >>> sorted(upstream(TaskGraph({"a": 1, "b": 1, "c": 1}, [("a", "b"), ("b", "c")]), "c"))
        ['a', 'b']
    """
    return reach(graph, node, forward=False)


def unit_network(graph: TaskGraph) -> dict[tuple[str, str], tuple[str, ...]]:
    """Pairs of units (sorted) that share nodes, with the shared nodes in node order.

    The network of cooperation: which units (单位) work on the same tasks.

    Examples:
        >>> from rulegov.graph import TaskGraph, unit_network
        >>> unit_network(TaskGraph({"t1": 1}, units={"t1": ["justice", "office"]}))
        {('justice', 'office'): ('t1',)}
    """
    _check_kind(graph, "TaskGraph", "graph", "a rulegov TaskGraph")
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node in graph.nodes:
        units = sorted(set(graph.units_of(node)))
        for i, first in enumerate(units):
            for second in units[i + 1 :]:
                shared[first, second].append(node)
    return {pair: tuple(shared[pair]) for pair in sorted(shared)}


def _owners(graph: TaskGraph, node: str, by: str) -> tuple[str, ...]:
    if by == "unit":
        return graph.units_of(node)
    if by == "group":
        return graph.groups_of(node)
    raise ScheduleError(
        f"workload by {_show(by)}: expected 'unit' or 'group'",
        code="invalid-parameter",
        path="by",
        value=by,
    )


def workload(
    graph: TaskGraph, *, by: str = "unit", per: str = "wave", schedule: Schedule | None = None
) -> dict[str, dict[str, int]]:
    """Each unit's (or coordination group's) load: nodes per wave, or working days per month.

    ``per="wave"`` counts the nodes each owner carries in each wave; ``per="month"`` counts the
    days of the owner's nodes that fall in each month of ``schedule`` (which needs a start date).

    Raises:
        ScheduleError: for an unknown ``by`` or ``per``, or months without a dated schedule.

    Examples:
        >>> import rulegov
        >>> from rulegov.graph import TaskGraph
        >>> graph = TaskGraph.from_plan(rulegov.datasets.yancheng_2023())
        >>> workload(graph)["u-office"]  # the office carries every node, wave by wave
        {'wave 1': 17, 'wave 2': 16, 'wave 3': 7, 'wave 4': 2, 'wave 5': 1}
    """
    _check_kind(graph, "TaskGraph", "graph", "a rulegov TaskGraph")
    load: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    if per == "wave":
        for node, level in zip(graph.nodes, levels(graph), strict=True):
            for owner in _owners(graph, node, by):
                load[owner][f"wave {level + 1}"] += 1
    elif per == "month":
        if schedule is None or schedule.start is None:
            raise ScheduleError(
                "workload per month needs a schedule with a start date", code="undated-schedule"
            )
        line = schedule.timeline
        for node in graph.nodes:
            owners = _owners(graph, node, by)
            if not owners or line is None:
                continue
            for day in range(schedule.early_start[node], schedule.early_finish[node]):
                month = line.date(day).strftime("%Y-%m")
                for owner in owners:
                    load[owner][month] += 1
    else:
        raise ScheduleError(
            f"workload per {_show(per)}: expected 'wave' or 'month'",
            code="invalid-parameter",
            path="per",
            value=per,
        )
    return {owner: dict(sorted(load[owner].items(), key=_period_key)) for owner in sorted(load)}


def _period_key(item: tuple[str, int]) -> tuple[int, str]:
    key = item[0]
    if key.startswith("wave "):
        return int(key.removeprefix("wave ")), key
    return 0, key
