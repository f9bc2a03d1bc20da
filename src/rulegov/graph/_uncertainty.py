"""Uncertain durations: three-point estimates (PERT) and a seeded Monte Carlo run.

A three-point estimate ``(o, m, p)`` (optimistic, most likely, pessimistic) has the PERT mean
``(o + 4m + p) / 6`` and standard deviation ``(p - o) / 6``. Nodes without an estimate keep their
fixed duration.

Examples:
    >>> from rulegov import TaskGraph
    >>> g = TaskGraph({"a": 3, "b": 2}, [("a", "b")], estimates={"a": (2, 3, 10), "b": (1, 2, 3)})
    >>> result = pert(g)
    >>> result.mean["a"], round(result.duration, 2), round(result.probability(8), 3)
    (4.0, 6.0, 0.927)
    >>> run = monte_carlo(g, runs=500, seed=7)
    >>> run.percentile(50) < run.percentile(95), run.criticality["a"]
    (True, 1.0)
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

import attrs

from rulegov.errors import ScheduleError, _check_kind, _show
from rulegov.graph import _cpm
from rulegov.graph._graph import TaskGraph, is_three_point

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["MonteCarloResult", "PertResult", "monte_carlo", "pert"]


@attrs.frozen(slots=True)
class PertResult:
    """PERT means and deviations per node, and the project's expected duration.

    Attributes:
        mean: Each node's PERT mean duration.
        deviation: Each node's standard deviation.
        duration: The project's duration with mean durations.
        deviation_total: The standard deviation along the critical chain of the mean schedule.
        chain: That critical chain.
    """

    mean: dict[str, float]
    deviation: dict[str, float]
    duration: float
    deviation_total: float
    chain: tuple[str, ...]

    def probability(self, deadline: float) -> float:
        """The chance (normal approximation) that the project finishes by day ``deadline``."""
        if self.deviation_total == 0:
            return 1.0 if deadline >= self.duration else 0.0
        z = (deadline - self.duration) / self.deviation_total
        return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


@attrs.frozen(slots=True)
class MonteCarloResult:
    """The outcome of a seeded Monte Carlo run.

    Attributes:
        durations: The project's duration in each run, sorted.
        criticality: The share of runs in which each node was critical (the criticality index).
        seed: The seed used.
    """

    durations: tuple[float, ...]
    criticality: dict[str, float]
    seed: int

    def percentile(self, share: float) -> float:
        """The duration not exceeded in ``share`` percent of the runs (nearest rank)."""
        if not 0 < share <= 100:
            raise ScheduleError(
                f"percentile must lie in (0, 100], got {_show(share)}",
                code="invalid-parameter",
                path="share",
                value=share,
            )
        rank = max(math.ceil(share / 100 * len(self.durations)), 1)
        return self.durations[rank - 1]

    def probability(self, deadline: float) -> float:
        """The share of runs that finish by day ``deadline``."""
        met = sum(1 for d in self.durations if d <= deadline)
        return met / len(self.durations)


def _estimates(
    graph: TaskGraph, estimates: Mapping[str, tuple[float, float, float]] | None
) -> dict[str, tuple[float, float, float]]:
    chosen = dict(graph.estimates)
    if estimates is not None and not isinstance(estimates, Mapping):
        raise ScheduleError(
            f"estimates must map node ids to (o, m, p), got {_show(estimates)}",
            code="invalid-parameter",
            path="estimates",
            value=estimates,
        )
    for node, value in (estimates or {}).items():
        if node not in graph:
            raise ScheduleError(
                f"estimates[{_show(node)}]: no node of the graph has this id",
                code="unknown-node",
                path=f"estimates[{node!r}]",
                node=str(node),
            )
        if not is_three_point(value):
            raise ScheduleError(
                f"estimates[{_show(node)}] must be finite (optimistic <= most likely <= pessimistic), "
                f"none negative; got {_show(value)}",
                code="invalid-estimate",
                path=f"estimates[{node!r}]",
                node=str(node),
                value=value,
            )
        chosen[node] = value
    return chosen


def _run(graph: TaskGraph, durations: Sequence[float]) -> _cpm.Passes:
    floor = [0] * len(durations)
    passes = _cpm.run(graph._arrays.compiled, cast("Sequence[int]", durations), floor)
    if not math.isfinite(passes.end):
        raise ScheduleError(
            "the estimates add up along a chain to more than a float can hold "
            f"({_show(passes.end)} days); give estimates in days of a real plan",
            code="overflow",
        )
    return passes


def pert(
    graph: TaskGraph, estimates: Mapping[str, tuple[float, float, float]] | None = None
) -> PertResult:
    """PERT means, deviations and the chance of meeting a deadline; see the module docstring.

    Raises:
        ScheduleError: an estimate for an unknown node or out of order.

    Examples:
        >>> from rulegov.graph import TaskGraph
        >>> result = pert(TaskGraph({"a": 2, "b": 3}, [("a", "b")]), {"a": (1, 2, 9)})
        >>> result.mean["a"], result.duration, round(result.deviation_total, 3), result.chain
        (3.0, 6.0, 1.333, ('a', 'b'))
    """
    _check_kind(graph, "TaskGraph", "graph", "a rulegov TaskGraph")
    chosen = _estimates(graph, estimates)
    mean: dict[str, float] = {}
    deviation: dict[str, float] = {}
    for node in graph.nodes:
        if node in chosen:
            low, likely, high = chosen[node]
            mean[node] = low / 6 + likely / 6 * 4 + high / 6  # no overflow near 1.8e308
            deviation[node] = high / 6 - low / 6
        else:
            mean[node] = float(graph.duration(node))
            deviation[node] = 0.0
    passes = _run(graph, [mean[node] for node in graph.nodes])
    chain = _chain(graph, passes)
    total = math.hypot(*(deviation[node] for node in chain))
    return PertResult(mean, deviation, float(passes.end), total, chain)


def _chain(graph: TaskGraph, passes: _cpm.Passes) -> tuple[str, ...]:
    if not graph.nodes:
        return ()
    c = graph._arrays.compiled
    last = max(range(len(graph)), key=lambda i: (passes.ef[i], -i))
    chain = [last]
    while passes.driver[chain[-1]] >= 0:
        chain.append(c.pred_node[passes.driver[chain[-1]]])
    return tuple(graph.nodes[i] for i in reversed(chain))


def _sample(rng: random.Random, low: float, likely: float, high: float) -> float:
    """A beta-PERT draw."""
    if high <= low:
        return low
    span = high - low
    # shares first: 4 * (high - likely) would overflow near 1.8e308, and an infinite shape
    # parameter sends the beta draw into an endless loop
    alpha = 1 + 4 * ((likely - low) / span)
    beta = 1 + 4 * ((high - likely) / span)
    return low + rng.betavariate(alpha, beta) * span


def monte_carlo(
    graph: TaskGraph,
    *,
    runs: int = 1000,
    seed: int = 0,
    estimates: Mapping[str, tuple[float, float, float]] | None = None,
) -> MonteCarloResult:
    """Schedule ``runs`` times with beta-PERT draws; the same ``seed`` gives the same result.

    Raises:
        ScheduleError: ``runs`` below 1, or an estimate for an unknown node or out of order.

    Examples:
        >>> from rulegov.graph import TaskGraph
        >>> graph = TaskGraph({"a": 1, "b": 2}, [("a", "b")], estimates={"a": (1, 1, 3)})
        >>> result = monte_carlo(graph, runs=200, seed=1)
        >>> round(result.percentile(50), 2), round(result.percentile(90), 2), result.probability(3.5)
        (3.26, 3.71, 0.785)
    """
    _check_kind(graph, "TaskGraph", "graph", "a rulegov TaskGraph")
    if isinstance(runs, bool) or not isinstance(runs, int) or runs < 1:
        raise ScheduleError(
            f"a Monte Carlo run needs runs >= 1, got {_show(runs)}",
            code="invalid-parameter",
            path="runs",
            value=runs,
        )
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ScheduleError(
            f"a Monte Carlo run needs a whole number as its seed, got {_show(seed)}",
            code="invalid-parameter",
            path="seed",
            value=seed,
        )
    chosen = _estimates(graph, estimates)
    rng = random.Random(seed)  # noqa: S311 - simulation, not security
    fixed = [float(graph.duration(node)) for node in graph.nodes]
    uncertain = [(i, chosen[node]) for i, node in enumerate(graph.nodes) if node in chosen]
    critical_count = [0] * len(graph)
    totals: list[float] = []
    for _ in range(runs):
        durations = list(fixed)
        for i, (low, likely, high) in uncertain:
            durations[i] = _sample(rng, low, likely, high)
        passes = _run(graph, durations)
        totals.append(float(passes.end))
        for i in range(len(graph)):
            if passes.ls[i] - passes.es[i] <= 1e-9:
                critical_count[i] += 1
    criticality = {node: critical_count[i] / runs for i, node in enumerate(graph.nodes)}
    return MonteCarloResult(tuple(sorted(totals)), criticality, seed)
