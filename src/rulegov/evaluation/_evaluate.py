"""The entry points: `evaluate` and `rank_uncertainty`."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from rulegov.errors import EvaluationError, Issue, UnknownReferenceError, _show
from rulegov.evaluation._engine import closest, compile_scheme, compute
from rulegov.evaluation._result import Evaluation
from rulegov.evaluation._scheme import Aggregation
from rulegov.evaluation._scheme import Scheme as SchemeModel

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rulegov.evaluation._scheme import Scheme

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
            node's rater weights), or a mapping of vote choices to counts. None or NaN is missing;
            each NaN is named, with its unit and node, in the result's ``diagnostics``. A yes/no
            value (``True``) is no number: give 1 or 0.
        categories: Each unit's category (``"department"``, ``"town"``...), for ``applies_to``
            and for grade bands by category.
        not_applicable: For each unit, the ids of nodes that do not apply to it (not the same
            as missing: they leave the scheme, and ``rescale`` sums report out of full points).
            A single string is one node id.

    Raises:
        rulegov.EvaluationError: a ``scheme`` that is no Scheme (code ``invalid-parameter``);
            missing data under the ``error`` policy (naming unit and node), a value that is not
            a number, or a unit with no score at all; data that is
            not a mapping of units to mappings, or two units with the same name.
        rulegov.UnknownReferenceError: ``not_applicable`` names an unknown node or unit.

    Examples:
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
    _check_scheme(scheme)
    frozen, units_categories, skipped = _inputs(scheme, data, categories, not_applicable)
    compiled = compile_scheme(scheme)
    arrays = compute(scheme, compiled, frozen, units_categories, skipped)
    return Evaluation(scheme=scheme, data=frozen, compiled=compiled, arrays=arrays)


Inputs = tuple[dict[str, dict[str, object]], dict[str, str], dict[str, set[str]]]


def _unit_problem(unit: object, values: object, frozen: Mapping[str, object]) -> Issue | None:
    """What makes one unit's entry in the data unusable: its values, a blank or repeated name."""
    if not isinstance(values, Mapping):
        return Issue(
            "",
            f"unit {_show(unit)}: the values must be a mapping of leaf ids and inputs to "
            f"values (got {type(values).__name__} {_show(values)})",
            values,
            "invalid-data",
            unit=str(unit),
        )
    if not str(unit).strip():  # a blank name places the values under no unit at all
        return Issue(
            "",
            f"unit {_show(unit)}: a unit's name is blank; name the unit these values are for",
            values,
            "invalid-data",
            unit=str(unit),
        )
    if str(unit) in frozen:
        return Issue(
            "",
            f"unit {_show(unit)}: given twice (as {str(unit)!r})",
            None,
            "duplicate-unit",
            unit=str(unit),
        )
    return None


def _inputs(
    scheme: Scheme,
    data: object,
    categories: object,
    not_applicable: object,
) -> Inputs:
    """Check the arguments of `evaluate` and copy them: data, categories, skipped nodes."""
    if not isinstance(data, Mapping):
        raise EvaluationError(
            f"data must map each unit to its values (got {type(data).__name__} {_show(data)})",
            code="invalid-data",
            value=data,
        )
    if not data:
        raise EvaluationError("there are no units to evaluate: data is empty", code="empty-data")
    frozen: dict[str, dict[str, object]] = {}
    known = {node.id for node in scheme.nodes()} | {rule.input for rule in scheme.rules}
    # a node that starts at full points (扣分制) is scored by its rules' inputs, never by a value
    # and so is a criterion, which only takes points off the item above it
    inputs_of: dict[str, list[str]] = {
        node.id: [] for node in scheme.nodes() if node.is_criterion or node.start_full
    }
    criteria = {node.id for node in scheme.nodes() if node.is_criterion}
    leaf_of = scheme.criteria()
    for rule in scheme.rules:
        node = getattr(rule, "node", None)  # bonuses, penalties and vetoes score no node
        for owner in (node, leaf_of.get(node or "")):
            if owner in inputs_of and rule.input not in inputs_of[owner]:
                inputs_of[owner].append(rule.input)
    problems: list[Issue] = []
    for unit, values in data.items():
        problem = _unit_problem(unit, values, frozen)
        if problem is not None:
            problems.append(problem)
            continue
        assert isinstance(values, Mapping)  # noqa: S101 - _unit_problem refuses any other
        problems.extend(_stray_keys(unit, values, known))
        problems.extend(_values_for_a_full_start(unit, values, inputs_of, criteria))
        frozen[str(unit)] = dict(values)
    if problems:
        raise EvaluationError.of(problems)
    return frozen, _categories(categories, frozen), _skipped(scheme, not_applicable, frozen)


def _stray_keys(unit: object, values: Mapping[object, object], known: set[str]) -> list[Issue]:
    """The values that have no place in the scheme: a typo would otherwise be lost silently."""
    return [
        Issue(
            "",
            f"unit {_show(unit)}: {_show(key)} is neither a node of the scheme nor the input of "
            f"a rule{closest(key, known)}",
            None,
            "unknown-node",
            unit=str(unit),
            node=str(key),
        )
        for key in values
        if key not in known
    ]


def _values_for_a_full_start(
    unit: object,
    values: Mapping[object, object],
    inputs_of: dict[str, list[str]],
    criteria: set[str],
) -> list[Issue]:
    """The values for a node that starts at full points, or a criterion: they would be ignored.

    Such a node (扣分制) scores its full points less what its rules deduct, so its data are the
    inputs of its rules (how many times each failing was found), not a score of the node. A
    criterion scores nothing: its rules take points off the item above it.
    """
    found: list[Issue] = []
    for key in values:
        inputs = inputs_of.get(str(key))
        if inputs is None or key in inputs:
            continue
        wanted = ", ".join(map(repr, inputs)) if inputs else "none: it always scores its points"
        what = "starts at full points (扣分制)"
        if str(key) in criteria:
            what = "is a criterion: its rules take points off the item above it"
            wanted = ", ".join(map(repr, inputs)) if inputs else "none: it has no rules"
        found.append(
            Issue(
                "",
                f"unit {_show(unit)}: node {_show(key)} {what}, so a value "
                f"for it would be ignored; give the inputs of its rules instead ({wanted})",
                values[key],
                "value-for-full-start",
                unit=str(unit),
                node=str(key),
            )
        )
    return found


def _by_unit(parameter: str, given: object, what: str) -> Mapping[object, object]:
    """``given`` as the mapping from units that ``parameter`` must be, mapping each to ``what``."""
    if not isinstance(given, Mapping):
        raise EvaluationError(
            f"{parameter} must map units to {what} (got {type(given).__name__} {_show(given)})",
            code="invalid-parameter",
            path=parameter,
            value=given,
        )
    return given


def _invalid_entry(parameter: str, unit: object, message: str, value: object) -> EvaluationError:
    """The error for the entry of ``unit`` in ``parameter``: ``message``, and what was given."""
    return EvaluationError(
        f"unit {_show(unit)}: {message} (got {_show(value)})",
        code="invalid-parameter",
        path=f"{parameter}.{unit}",
        unit=str(unit),
        value=value,
    )


def _check_unit(parameter: str, unit: object, units: Mapping[str, object]) -> None:
    """Refuse a key of ``parameter`` that is not a unit of the data."""
    if str(unit) not in units:
        raise UnknownReferenceError(
            [
                Issue(
                    f"{parameter}.{unit}",
                    "unit not in the data" + closest(unit, units),
                    unit,
                    "unknown-unit",
                    unit=str(unit),
                )
            ]
        )


def _categories(categories: object, units: Mapping[str, object]) -> dict[str, str]:
    if categories is None:
        return {}
    found: dict[str, str] = {}
    for unit, category in _by_unit("categories", categories, "a category").items():
        if not isinstance(category, str):
            raise _invalid_entry("categories", unit, "a category must be a string", category)
        _check_unit("categories", unit, units)
        found[str(unit)] = category
    return found


def _skipped(
    scheme: Scheme, not_applicable: object, units: Mapping[str, object]
) -> dict[str, set[str]]:
    """``not_applicable`` as sets of node ids; a single string is one node id."""
    if not_applicable is None:
        return {}
    given_nodes = _by_unit("not_applicable", not_applicable, "node ids")
    known = {node.id for node in scheme.nodes()}
    skipped: dict[str, set[str]] = {}
    for unit, given in given_nodes.items():
        _check_unit("not_applicable", unit, units)
        nodes = [given] if isinstance(given, str) else given
        if not isinstance(nodes, Iterable):
            raise _invalid_entry("not_applicable", unit, "not_applicable must list node ids", nodes)
        wanted = {str(node) for node in nodes}
        criteria = sorted(wanted & set(scheme.criteria()))
        if criteria:
            raise EvaluationError(
                f"unit {_show(unit)}: not_applicable names criteria ({', '.join(criteria)}), "
                "which score nothing of their own; name the item above them, or give their "
                "rules a count of 0",
                code="invalid-parameter",
                path=f"not_applicable.{unit}",
                unit=str(unit),
                value=criteria,
            )
        unknown = sorted(wanted - known)
        if unknown:
            raise UnknownReferenceError(
                [
                    Issue(
                        f"not_applicable.{unit}",
                        "names nodes that are not in the scheme",
                        unknown,
                        "unknown-node",
                        unit=str(unit),
                        node=unknown[0],
                    )
                ]
            )
        skipped[str(unit)] = wanted
    return skipped


@attrs.frozen(slots=True)
class RankInterval:
    """A unit's ranks over the Monte Carlo runs: its median and its 5-95 % interval."""

    unit: str
    nominal: int | None
    median: float
    low: float
    high: float


def _check_scheme(scheme: object) -> None:
    """Refuse anything but a Scheme as ``scheme``, naming the type received."""
    if not isinstance(scheme, SchemeModel):
        raise EvaluationError(
            "scheme must be a rulegov Scheme (read one with rulegov.read_scheme or "
            f"Scheme.model_validate) (got {type(scheme).__name__} {_show(scheme)})",
            code="invalid-parameter",
            path="scheme",
            value=scheme,
        )


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

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate(
        ...     {"id": "s", "root": {"id": "all", "children": [{"id": "a"}, {"id": "b"}]}})
        >>> data = {"x": {"a": 0.9, "b": 0.1}, "y": {"a": 0.2, "b": 0.7}, "z": {"a": 0.1, "b": 0.1}}
        >>> [(i.unit, i.median, i.high) for i in rank_uncertainty(scheme, data, runs=50)]
        [('x', 1.0, 2.0), ('y', 2.0, 2.0), ('z', 3.0, 3.0)]
    """
    _check_scheme(scheme)
    if isinstance(runs, bool) or not isinstance(runs, int):
        raise EvaluationError(
            f"runs must be a whole number (got {_show(runs)})",
            code="invalid-parameter",
            path="runs",
            value=runs,
        )
    if runs < 1:
        raise EvaluationError(
            f"runs must be 1 or more (got {runs})",
            code="invalid-parameter",
            path="runs",
            value=runs,
        )
    if not 0 <= weight_spread < 1:
        raise EvaluationError(
            f"weight_spread must lie in [0, 1) (got {_show(weight_spread)})",
            code="invalid-parameter",
            path="weight_spread",
            value=weight_spread,
        )
    import statistics  # noqa: PLC0415 - kept off the import of rulegov

    methods = [_aggregation(method) for method in aggregations]
    frozen, units_categories, skipped = _inputs(scheme, data, categories, not_applicable)
    nominal = evaluate(scheme, frozen, categories=units_categories, not_applicable=skipped)
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
        arrays = compute(scheme, compiled, frozen, units_categories, skipped)
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


def _aggregation(method: Aggregation | str) -> Aggregation:
    try:
        return Aggregation(method)
    except ValueError:
        raise EvaluationError(
            f"aggregations: {_show(method)} is not one of {[kind.value for kind in Aggregation]}",
            code="invalid-parameter",
            path="aggregations",
            value=method,
        ) from None


def _quantile(sample: list[int], share: float) -> float:
    """Linear interpolation between order statistics (type 7, as R and NumPy default)."""
    if len(sample) == 1:
        return float(sample[0])
    point = share * (len(sample) - 1)
    below = int(point)
    above = min(below + 1, len(sample) - 1)
    return sample[below] + (sample[above] - sample[below]) * (point - below)
