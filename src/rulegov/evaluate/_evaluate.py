"""The entry points: :func:`evaluate` and :func:`rank_uncertainty`."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import attrs

from rulegov.errors import EvaluationError
from rulegov.evaluate._engine import compile_scheme, compute
from rulegov.evaluate._result import Evaluation
from rulegov.evaluate._scheme import Aggregation

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from rulegov.evaluate._scheme import Scheme

__all__ = ["RankInterval", "evaluate", "rank_uncertainty"]


def evaluate(
    scheme: Scheme,
    data: Mapping[str, Mapping[str, object]],
    *,
    categories: Mapping[str, str] | None = None,
    not_applicable: Mapping[str, Iterable[str]] | None = None,
) -> Evaluation:
    """Evaluate every unit in ``data`` against ``scheme`` (考核 · 监测评价).

    Args:
        scheme: The scheme.
        data: For each unit, its observed values by leaf id, and the inputs its rules read. A leaf
            value is a number, a category label, a mapping of raters to values (blended with the
            node's rater weights), or a mapping of vote choices to counts. None or NaN is missing.
        categories: Each unit's category (``"department"``, ``"town"``...), for ``applies_to``
            and for grade bands by category.
        not_applicable: For each unit, the ids of nodes that do not apply to it (not the same
            as missing: they leave the scheme, and ``rescale`` sums report out of full points).

    Raises:
        rulegov.EvaluationError: missing data under the ``error`` policy (naming unit and
            node), a value that is not a number, or a unit with no score at all.
        rulegov.UnknownReferenceError: ``not_applicable`` names an unknown node or unit.

    Example:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate({
        ...     "id": "example",
        ...     "root": {"id": "overall", "children": [
        ...         {"id": "f1", "weight": 1, "children": [{"id": "f1.1"}, {"id": "f1.2"}]},
        ...         {"id": "f2", "weight": 1, "children": [{"id": "f2.1"}], "missing": "reweight"},
        ...     ]},
        ... })
        >>> result = rulegov.evaluate(scheme, {"unit A": {"f1.1": 0.93, "f1.2": 0.88, "f2.1": 0.7}})
        >>> round(result.score("unit A"), 4), round(result.score("unit A", "f1"), 4)
        (0.8025, 0.905)
        >>> result.rank("unit A")
        1
    """
    from rulegov.errors import Issue, UnknownReferenceError  # noqa: PLC0415

    known = {node.id for node in scheme.nodes()}
    skipped: dict[str, set[str]] = {}
    for unit, nodes in (not_applicable or {}).items():
        if unit not in data:
            raise UnknownReferenceError(
                [Issue(f"not_applicable.{unit}", "unit not in the data", unit)]
            )
        wanted = set(nodes)
        unknown = sorted(wanted - known)
        if unknown:
            raise UnknownReferenceError(
                [Issue(f"not_applicable.{unit}", "names nodes that are not in the scheme", unknown)]
            )
        skipped[unit] = wanted
    if not data:
        raise EvaluationError("there are no units to evaluate: data is empty")
    compiled = compile_scheme(scheme)
    frozen = {str(unit): dict(values) for unit, values in data.items()}
    arrays = compute(scheme, compiled, frozen, dict(categories or {}), skipped)
    return Evaluation(scheme=scheme, data=frozen, compiled=compiled, arrays=arrays)


@attrs.frozen(slots=True)
class RankInterval:
    """A unit's ranks over the Monte Carlo runs: its median and its 5-95 % interval."""

    unit: str
    nominal: int | None
    median: float
    low: float
    high: float


def rank_uncertainty(  # noqa: PLR0913 - keyword-only options, as in evaluate()
    scheme: Scheme,
    data: Mapping[str, Mapping[str, object]],
    *,
    runs: int = 200,
    seed: int = 0,
    weight_spread: float = 0.25,
    aggregations: Sequence[Aggregation | str] = (),
    categories: Mapping[str, str] | None = None,
    not_applicable: Mapping[str, Iterable[str]] | None = None,
) -> list[RankInterval]:
    """Seeded Monte Carlo over weights and aggregation methods (不确定性与敏感性分析).

    Each run multiplies every node's weight by a factor drawn uniformly from
    ``[1 - weight_spread, 1 + weight_spread]`` and, if ``aggregations`` are given, gives every
    non-``sum`` internal node one of them at random. The same seed gives the same intervals.

    Example:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate(
        ...     {"id": "s", "root": {"id": "all", "children": [{"id": "a"}, {"id": "b"}]}})
        >>> data = {"x": {"a": 0.9, "b": 0.1}, "y": {"a": 0.2, "b": 0.7}, "z": {"a": 0.1, "b": 0.1}}
        >>> [(i.unit, i.median, i.high) for i in rank_uncertainty(scheme, data, runs=50)]
        [('x', 1.0, 2.0), ('y', 2.0, 2.0), ('z', 3.0, 3.0)]
    """
    if runs < 1:
        raise EvaluationError(f"runs must be 1 or more (got {runs})")
    if not 0 <= weight_spread < 1:
        raise EvaluationError(f"weight_spread must lie in [0, 1) (got {weight_spread})")
    import statistics  # noqa: PLC0415 - kept off the import of rulegov

    methods = [Aggregation(method) for method in aggregations]
    nominal = evaluate(scheme, data, categories=categories, not_applicable=not_applicable)
    skipped = {unit: set(nodes) for unit, nodes in (not_applicable or {}).items()}
    frozen = {str(unit): dict(values) for unit, values in data.items()}
    generator = random.Random(seed)  # noqa: S311 - a seeded simulation, not security
    nodes = scheme.nodes()
    internal = [
        node.id for node in nodes if node.children and node.aggregation is not Aggregation.SUM
    ]
    collected: list[list[int]] = [[] for _ in nominal.units]
    for _ in range(runs):
        weights = {
            node.id: node.weight * generator.uniform(1 - weight_spread, 1 + weight_spread)
            for node in nodes
        }
        chosen = {node: generator.choice(methods) for node in internal} if methods else {}
        compiled = compile_scheme(scheme, weights, chosen)
        arrays = compute(scheme, compiled, frozen, dict(categories or {}), skipped)
        for position, rank in enumerate(arrays.ranks):
            collected[position].append(rank or 0)
    intervals: list[RankInterval] = []
    for position, unit in enumerate(nominal.units):
        sample = sorted(collected[position])
        intervals.append(
            RankInterval(
                unit=unit,
                nominal=nominal.rank(unit),
                median=float(statistics.median(sample)),
                low=_quantile(sample, 0.05),
                high=_quantile(sample, 0.95),
            )
        )
    return intervals


def _quantile(sample: list[int], share: float) -> float:
    """Linear interpolation between order statistics (type 7, as R and NumPy default)."""
    if len(sample) == 1:
        return float(sample[0])
    point = share * (len(sample) - 1)
    below = int(point)
    above = min(below + 1, len(sample) - 1)
    return sample[below] + (sample[above] - sample[below]) * (point - below)
