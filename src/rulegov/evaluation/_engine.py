"""The calculator: a scheme compiled to flat arrays, evaluated node by node over all units.

Scores are computed column-wise (one node for every unit at a time), from the leaves up. Only
numbers are stored; explanations are rebuilt on demand for one unit from these numbers, by the
same functions, so that they always agree with the scores.
"""

from __future__ import annotations

import decimal
import enum
import math
import types
from collections.abc import Mapping
from numbers import Real
from typing import TYPE_CHECKING, cast

import attrs

from rulegov._text import unrounded
from rulegov.errors import EvaluationError, Issue, _show
from rulegov.evaluation._normalise import Column, Params, Unscorable, normalise
from rulegov.evaluation._rank import quantize, ranks
from rulegov.evaluation._scheme import (
    Aggregation,
    BonusRule,
    DeductionRule,
    MissingPolicy,
    Node,
    NormalisationKind,
    PenaltyRule,
    Quota,
    Scheme,
    ShortfallRule,
    TiePolicy,
    VetoEffect,
    VetoRule,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from rulegov.evaluation._scheme import GradeBand, Grading

__all__ = [
    "Arrays",
    "Compiled",
    "GradeStep",
    "Part",
    "RuleEffect",
    "combine",
    "compile_scheme",
    "compute",
    "node_rule_effects",
    "read_leaf",
]

Data = Mapping[str, Mapping[str, object]]
_INFINITIES = (math.inf, -math.inf)
_NUMBERS = (Real, decimal.Decimal)
"""What counts as a number in the data: int, float, Fraction, Decimal, NumPy's scalars."""


class EffectKind(enum.StrEnum):
    """What a rule did: points taken (扣分) or given (加分), a grade forced (一票否决), a cap.

    Examples:
        >>> EffectKind("bonus") is EffectKind.BONUS, EffectKind.BONUS == "bonus"
        (True, True)
    """

    DEDUCTION = "deduction"
    SHORTFALL = "shortfall"
    BONUS = "bonus"
    PENALTY = "penalty"
    VETO = "veto"
    CAP = "cap"


class PartStatus(enum.StrEnum):
    """How a child entered its parent: with its value, or left out and how that was made up.

    Examples:
        >>> PartStatus("not applicable") is PartStatus.NOT_APPLICABLE
        True
    """

    PRESENT = "present"
    REWEIGHTED = "reweighted"
    ZERO = "zero"
    IMPUTED = "imputed"
    NOT_APPLICABLE = "not applicable"


@attrs.frozen(slots=True)
class RuleEffect:
    """What one rule did to one unit: points taken or given, or a grade forced.

    Attributes:
        rule: The rule's id.
        kind: What the rule did: a deduction, shortfall, bonus, penalty, veto, or a cap.
        node: The node it acts on (the root for bonus, penalty and veto).
        input: The data key it read.
        observed: The value read there, if any.
        points: Points added (positive) or taken (negative); 0 for a veto.
        note: A sentence saying why.
    """

    rule: str
    kind: EffectKind = attrs.field(converter=EffectKind)
    node: str
    input: str
    observed: float | None
    points: float
    note: str


@attrs.frozen(slots=True)
class Part:
    """How one child entered its parent for one unit.

    Attributes:
        node: The child's id.
        score: The value used (after imputation or zeroing), or None when left out.
        nominal_weight: The weight in the scheme.
        effective_weight: The weight actually applied (0 when left out).
        status: Whether the child was present, reweighted, zeroed, imputed or not applicable.
    """

    node: str
    score: float | None
    nominal_weight: float
    effective_weight: float
    status: PartStatus = attrs.field(converter=PartStatus)


@attrs.frozen(slots=True)
class GradeStep:
    """One step in deciding a grade: a band, a veto, a quota."""

    grade: str | None
    note: str


@attrs.define(slots=True)
class Compiled:
    """A scheme node with its children's indices, weights and rules resolved once."""

    node: Node
    index: int
    parent: int | None
    children: list[int]
    weights: list[float]
    effective: list[float]
    full: list[float]
    aggregation: Aggregation
    rules: list[DeductionRule | ShortfallRule]
    criteria: dict[str, Node] = attrs.field(factory=dict)
    """The criteria below a leaf whose rules take points off it, by id."""


def compile_scheme(
    scheme: Scheme,
    weights: Mapping[str, float] | None = None,
    aggregations: Mapping[str, Aggregation] | None = None,
) -> list[Compiled]:
    """Flatten ``scheme`` into post-order (children before parents); optionally override weights."""
    order: list[Compiled] = []
    by_node: dict[str, list[DeductionRule | ShortfallRule]] = {}
    for rule in scheme.rules:
        if isinstance(rule, DeductionRule | ShortfallRule):
            by_node.setdefault(rule.node, []).append(rule)

    def visit(node: Node, parent: int | None) -> int:
        # criteria score nothing: their rules act on the leaf above them
        children = [visit(child, None) for child in node.children if not child.is_criterion]
        criteria = {criterion.id: criterion for criterion in node.criteria()}
        rules = list(by_node.get(node.id, []))
        for criterion in criteria:
            rules.extend(by_node.get(criterion, []))
        child_weights = [
            (weights or {}).get(order[index].node.id, order[index].node.weight)
            for index in children
        ]
        aggregation = (aggregations or {}).get(node.id, node.aggregation)
        summed = aggregation is Aggregation.SUM
        effective = list(child_weights) if summed else shares(child_weights)
        full: list[float] = []
        for index, weight in zip(children, child_weights, strict=True):
            points = order[index].node.full_points()
            full.append(weight * (1.0 if points is None else points))
        item = Compiled(
            node=node,
            index=len(order),
            parent=parent,
            children=children,
            weights=child_weights,
            effective=effective,
            full=full,
            aggregation=aggregation,
            rules=rules,
            criteria=criteria,
        )
        order.append(item)
        for index in children:
            order[index].parent = item.index
        return item.index

    visit(scheme.root, None)
    return order


@attrs.define(slots=True)
class Arrays:
    """Everything computed, as columns indexed by unit position."""

    units: list[str]
    categories: list[str | None]
    raw: dict[int, Column]
    normalised: dict[int, Column]
    params: dict[int, Mapping[str, float | str | bool]]
    base: list[Column]
    scores: list[Column]
    applicable: list[list[bool]]
    peer_means: dict[int, float | None]
    bonus: list[float]
    penalty: list[float]
    totals: list[float]
    ranks: list[int | None]
    grades: list[str | None]
    grade_steps: list[list[GradeStep]]
    problems: list[Issue] = attrs.field(factory=list)
    """Every problem found so far, raised together once a stage is done."""
    failed: set[tuple[int, int]] = attrs.field(factory=set)
    """The cells (node index, unit position) that a problem left without a score."""
    not_numbers: list[tuple[int, int]] = attrs.field(factory=list)
    """The cells (node index, unit position) whose value was NaN, taken as missing."""
    nan_inputs: list[tuple[str, int]] = attrs.field(factory=list)
    """The rule inputs (rule id, unit position) whose value was NaN, taken as missing."""

    def fail(self, index: int, position: int, error: EvaluationError) -> None:
        """Record ``error`` for node ``index`` of the unit at ``position``, and leave it unscored."""
        self.problems.extend(error.issues)
        self.failed.add((index, position))

    def raise_problems(self) -> None:
        """Raise every problem recorded so far as one error, if there is any."""
        if self.problems:
            raise EvaluationError.of(self.problems)


class _AlreadyReported(Exception):  # noqa: N818 - a signal inside the engine, never raised out
    """A unit's score cannot be had because of a problem already reported for other units."""


def _at(unit: str, node: str, message: str, code: str, value: object = None) -> EvaluationError:
    """An error about ``node`` of ``unit``, its message headed by both."""
    return EvaluationError(
        f"unit {_show(unit)}, node {_show(node)}: {message}",
        code=code,
        unit=unit,
        node=node,
        value=value,
    )


def _is_nan(value: object) -> bool:
    """Whether ``value`` is a number that is not a number (NaN), which counts as missing."""
    if isinstance(value, bool) or not isinstance(value, _NUMBERS):
        return False
    try:
        return math.isnan(float(value))
    except (OverflowError, ValueError):
        return isinstance(value, decimal.Decimal) and value.is_nan()


def read_leaf(value: object, node: Node, unit: str) -> float | None:
    """Read one observed value of a leaf: a number, a label, a rater blend or vote counts."""
    if value is None:
        return None
    if isinstance(value, bool):  # a checkbox's export (JSON true): a data-entry error, not 1
        raise _at(
            unit,
            node.id,
            f"expected a number, a label, or rater/vote mapping (got bool {_show(value)}); "
            "give 1 or 0 for a yes/no value",
            "invalid-value",
            value,
        )
    if isinstance(value, _NUMBERS):
        number = _float(value, unit, node.id, node.id)
        if math.isnan(number):
            return None
        if math.isinf(number):
            raise _at(
                unit,
                node.id,
                f"the value is infinite ({_show(value)})",
                "non-finite-value",
                value,
            )
        return number
    return _read_other(value, node, unit)


def _read_other(value: object, node: Node, unit: str) -> float | None:
    """Read a category label, a rater blend or vote counts."""
    labels = node.normalisation.categories
    if isinstance(value, str) and labels:
        if value in labels:
            return labels[value]
        raise _at(
            unit,
            node.id,
            f"the label {_show(value)} is not one of {sorted(labels)}",
            "unknown-label",
            value,
        )
    if isinstance(value, Mapping) and (node.votes or node.raters):
        return _read_blend(value, node, unit)
    raise _at(
        unit,
        node.id,
        "expected a number, a label, or rater/vote mapping "
        f"(got {type(value).__name__} {_show(value)})",
        "invalid-value",
        value,
    )


def _float(value: Real | decimal.Decimal, unit: str, node: str, key: str) -> float:
    if isinstance(value, decimal.Decimal) and value.is_nan():
        return math.nan  # a signalling NaN (Decimal("sNaN")), which float() refuses, is NaN
    try:
        return float(value)
    except OverflowError:
        raise _at(
            unit,
            node,
            f"{_show(key)} is too large for a float ({_show(value)})",
            "value-too-large",
            value,
        ) from None


def _number(value: object, unit: str, node: str, key: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):  # a flag: a veto's trigger
        return float(value)
    if isinstance(value, _NUMBERS):
        number = _float(value, unit, node, key)
        if math.isnan(number):
            return None
        if math.isfinite(number):
            return number
    raise _at(
        unit,
        node,
        f"{_show(key)} must be a finite number ({_show(value)})",
        "non-finite-value",
        value,
    )


_AnyRule = DeductionRule | ShortfallRule | BonusRule | PenaltyRule | VetoRule


def _rule_error(
    rule: _AnyRule, where: tuple[str, str], message: str, code: str, value: object
) -> EvaluationError:
    """An error about the input of ``rule``, naming the unit, the rule and its input.

    Its ``path`` is ``rules.<id>``: a veto or a block rule acts on no node of its own (its
    ``node`` is the root), and a program reading the error tells the rule by it.
    """
    unit, node = where
    reason = f" ({rule.reason})" if rule.reason else ""
    return EvaluationError(
        f"unit {_show(unit)}, rule {_show(rule.id)}{reason}, input {_show(rule.input)}: {message}",
        code=code,
        path=f"rules.{rule.id}",
        unit=unit,
        node=node,
        value=value,
    )


def _input_hint(rule: _AnyRule) -> str:
    if isinstance(rule, ShortfallRule):
        return "give the rate, in percent"
    return "give how many times the case was found (0 for none)"


def _odd_rule_input(rule: _AnyRule, value: object, unit: str, node: str) -> float:
    """A rule's input that is no plain int or float: a bool, a Decimal, a NumPy number, or junk."""
    veto = isinstance(rule, VetoRule)
    if isinstance(value, bool):
        if veto:
            return float(value)
        raise _rule_error(
            rule,
            (unit, node),
            f"expected a number (got bool {_show(value)}); {_input_hint(rule)}",
            "invalid-value",
            value,
        )
    if isinstance(value, _NUMBERS):
        return _float(value, unit, node, rule.input)
    raise _rule_error(
        rule,
        (unit, node),
        f"expected {'a flag, 0 or 1' if veto else 'a number'} "
        f"(got {type(value).__name__} {_show(value)})",
        "invalid-value",
        value,
    )


def rule_input(
    rule: _AnyRule, value: object, unit: str, node: str, nan: list[str] | None = None
) -> float | None:
    """Read the input of ``rule`` for ``unit``: a count, a rate, or a veto's yes/no flag.

    None and NaN are no data (the rule is not applied; the rule's id is added to ``nan`` for a
    NaN, which the evaluation reports as a ``nan-value`` warning). A veto's flag is 0 or 1
    (``True`` and ``False`` too); a count (of a deduction, bonus or penalty) is a number of 0 or
    more; a yes/no value is no count.

    Raises:
        EvaluationError: ``invalid-value`` for a value of the wrong kind (a bool as a count, a
            text, a negative count, a flag other than 0 or 1), ``non-finite-value`` for an
            infinite one; each names the unit, the rule and the value, at the rule's ``node``.
    """
    if value is None:
        return None
    veto = isinstance(rule, VetoRule)
    kind = type(value)
    if kind is float:  # the common kinds first: isinstance against Real is slow
        number = cast("float", value)
    elif kind is int:
        number = _float(cast("Real", value), unit, node, rule.input)
    else:
        number = _odd_rule_input(rule, value, unit, node)
        if kind is bool:  # a veto's flag (a bool as a count was refused)
            return number
    if math.isnan(number):
        if nan is not None:
            nan.append(rule.id)
        return None
    if math.isinf(number):
        raise _rule_error(
            rule, (unit, node), f"the value is infinite ({_show(value)})", "non-finite-value", value
        )
    if veto and number not in (0.0, 1.0):
        raise _rule_error(
            rule,
            (unit, node),
            f"a veto's flag is 1 (the case happened) or 0 (it did not), got {_show(value)}",
            "invalid-value",
            value,
        )
    if number < 0 and not isinstance(rule, ShortfallRule):
        raise _rule_error(
            rule,
            (unit, node),
            f"a count must not be negative (got {_show(value)}); {_input_hint(rule)}",
            "invalid-value",
            value,
        )
    return number


def _read_blend(value: Mapping[object, object], node: Node, unit: str) -> float | None:
    """A rater blend (weighted by the raters' weights) or votes (weighted by their counts)."""
    votes = bool(node.votes)
    table, what = (node.votes, "vote choice") if votes else (node.raters, "rater")
    total = 0.0
    weight = 0.0
    for key, given in value.items():
        if key not in table:
            raise _at(
                unit,
                node.id,
                f"unknown {what} {_show(key)}; the scheme has {sorted(table)}",
                "unknown-key",
                key,
            )
        number = _number(given, unit, node.id, str(key))
        if number is None:
            continue
        if votes and number < 0:
            raise _at(
                unit,
                node.id,
                f"a vote count must not be negative ({number})",
                "negative-vote-count",
                number,
            )
        coefficient = table[str(key)]
        total += coefficient * number
        weight += number if votes else coefficient
    return total / weight if weight else None


def aggregate(
    kind: Aggregation, values: Sequence[float], weights: Sequence[float], power: float | None
) -> float:
    """Combine ``values`` with effective ``weights`` (summing to 1, except under ``sum``).

    Raises:
        ValueError: for a negative value under a geometric or harmonic mean.
    """
    if kind is Aggregation.ARITHMETIC or kind is Aggregation.SUM:
        total = 0.0
        for value, weight in zip(values, weights, strict=True):
            total += value * weight
        return total
    if kind is Aggregation.MINIMUM:  # a child of weight 0 is out of the scheme, as elsewhere
        weighted = [value for value, weight in zip(values, weights, strict=True) if weight]
        return min(weighted or values)
    if kind is Aggregation.GENERALISED and power:
        return _power_mean(values, weights, power)
    if any(value < 0 for value in values):
        raise ValueError(min(values))
    if kind is Aggregation.HARMONIC:
        if any(value == 0 for value, weight in zip(values, weights, strict=True) if weight):
            return 0.0
        # 1 / sum(weight / value), scaled by the smallest value so that no term overflows
        used = [(value, weight) for value, weight in zip(values, weights, strict=True) if weight]
        if not used:
            raise ZeroDivisionError(weights)
        smallest = min(value for value, _ in used)
        return smallest / math.fsum(weight * (smallest / value) for value, weight in used)
    product = 1.0
    for value, weight in zip(values, weights, strict=True):
        product *= value**weight
    return product


def _power_mean(values: Sequence[float], weights: Sequence[float], power: float) -> float:
    total = 0.0
    for value, weight in zip(values, weights, strict=True):
        if value < 0:
            raise ValueError(value)
        if value == 0 and power < 0:
            if weight:
                return 0.0  # a zero dominates a mean of negative power, as in the harmonic mean
            continue
        try:
            total += weight * value**power
        except OverflowError:
            if power < 0:
                return 0.0  # a value this close to 0 dominates, as 0 itself would
            raise
    return float(total ** (1.0 / power))


def combine(
    compiled: list[Compiled],
    item: Compiled,
    arrays: Arrays,
    position: int,
    parts: list[Part] | None = None,
) -> tuple[float | None, bool, str]:
    """Combine one unit's children scores at ``item``; return (score, applicable, policy note).

    When ``parts`` is a list, it receives one [`Part`][rulegov.evaluation.Part] per child, for
    explanations.
    """
    node = item.node
    unit = arrays.units[position]
    values: list[float] = []
    used: list[int] = []
    statuses: list[str] = []
    applicable_weight = 0.0
    present_weight = 0.0
    applicable_full = 0.0
    any_applicable = False
    policy_used = ""
    missing: list[Issue] = []
    for slot, child_index in enumerate(item.children):
        child = compiled[child_index]
        if not arrays.applicable[child_index][position]:
            statuses.append("not applicable")
            continue
        any_applicable = True
        applicable_weight += item.weights[slot]
        applicable_full += item.full[slot]
        score = arrays.scores[child_index][position]
        if score is not None:
            present_weight += item.weights[slot]
            values.append(score)
            used.append(slot)
            statuses.append("present")
            continue
        policy_used = node.missing.value
        try:
            filled, status = _fill_missing(item, child, arrays, unit)
        except EvaluationError as error:  # every child without a value is named, not the first
            missing.extend(error.issues)
            continue
        statuses.append(status)
        if filled is not None:
            values.append(filled)
            used.append(slot)
    if missing:
        raise EvaluationError.of(missing)
    if not any_applicable:
        _record_parts(compiled, item, parts, statuses, [], [], [])
        return None, False, "not applicable"
    share = present_weight / applicable_weight if applicable_weight else 0.0
    if not used or share < node.min_present:
        _record_parts(compiled, item, parts, statuses, [], [], [])
        note = f"only {share:.0%} of the weight has data, {node.min_present:.0%} needed"
        return None, True, note if used else "no child has data"
    effective = _effective(item, used, applicable_full)
    score = _aggregate_checked(item, values, effective, unit)
    _record_parts(compiled, item, parts, statuses, values, used, effective)
    return score, True, policy_used


def _fill_missing(
    item: Compiled, child: Compiled, arrays: Arrays, unit: str
) -> tuple[float | None, str]:
    """Apply the node's missing-data policy to one child without a score."""
    node = item.node
    policy = node.missing
    if policy is MissingPolicy.ERROR:
        raise EvaluationError(
            f"unit {_show(unit)}: no value for {_show(child.node.id)} under {_show(node.id)}, whose "
            "missing-data policy is 'error'; supply the value, or set 'missing' on "
            f"{_show(node.id)} to 'reweight', 'zero' or 'impute'",
            code="missing-data",
            unit=unit,
            node=child.node.id,
        )
    if policy is MissingPolicy.ZERO:
        return 0.0, "zero"
    if policy is MissingPolicy.IMPUTE:
        peer = _peer_mean(arrays, child.index)
        if peer is None and any(
            (child.index, position) in arrays.failed for position in range(len(arrays.units))
        ):
            raise _AlreadyReported  # the values that would give the mean are reported as bad
        if peer is None:
            raise EvaluationError(
                f"unit {_show(unit)}: cannot impute {_show(child.node.id)} under {_show(node.id)}: "
                "no unit has a value for it",
                code="no-imputation-data",
                unit=unit,
                node=child.node.id,
            )
        return peer, "imputed"
    return None, "reweighted"


def _peer_mean(arrays: Arrays, index: int) -> float | None:
    """The mean score of node ``index`` over the units it applies to that have one (cached)."""
    if index not in arrays.peer_means:
        present = [
            value
            for value, applies in zip(arrays.scores[index], arrays.applicable[index], strict=True)
            if value is not None and applies
        ]
        mean = None
        if present:
            try:
                mean = math.fsum(present) / len(present)
            except OverflowError:  # huge scores: divide first
                mean = math.fsum(value / len(present) for value in present)
        arrays.peer_means[index] = mean
    return arrays.peer_means[index]


def _aggregate_checked(
    item: Compiled, values: list[float], effective: list[float], unit: str
) -> float:
    node = item.node
    try:
        score = aggregate(item.aggregation, values, effective, node.power)
        if math.isinf(score):  # a sum of points beyond the largest float
            raise OverflowError(score)  # noqa: TRY301 - reported with the other overflows
    except OverflowError:
        raise _at(
            unit,
            node.id,
            f"the {item.aggregation.value} mean overflows; normalise the inputs to a smaller range",
            "overflow",
        ) from None
    except ZeroDivisionError:
        raise _at(
            unit,
            node.id,
            f"the weights of the children with data add up to 0, so their "
            f"{item.aggregation.value} mean cannot be taken; give one a weight",
            EvaluationError.code,
        ) from None
    except ValueError as error:
        raise _at(
            unit,
            node.id,
            f"a {item.aggregation.value} mean needs values of 0 or more (got {_show(error.args[0])}); "
            "choose a normalisation that gives no negatives",
            "negative-mean-input",
            error.args[0],
        ) from None
    return score


def _effective(item: Compiled, used: list[int], applicable_full: float) -> list[float]:
    if len(used) == len(item.children) and item.aggregation is not Aggregation.SUM:
        return item.effective
    if item.aggregation is Aggregation.SUM:
        # points: scale what is used up to the applicable points, or to all points (rescale)
        used_full = sum(item.full[slot] for slot in used)
        base = sum(item.full) if item.node.rescale else applicable_full
        factor = base / used_full if used_full else 1.0
        return [item.weights[slot] * factor for slot in used]
    return shares([item.weights[slot] for slot in used])


def shares(weights: Sequence[float]) -> list[float]:
    """Each weight's share of their total, exact even where the total would overflow.

    The weights are first scaled by the largest, so ``[1e308, 1e300, 1.7e308]`` give shares
    that add up to 1 instead of zeros; weights that are all 0 give shares of 0.

    Examples:
        >>> [round(share, 3) for share in shares([1e308, 1e300, 1.7e308])]
        [0.37, 0.0, 0.63]
        >>> shares([0.0, 0.0])
        [0.0, 0.0]
    """
    largest = max(weights, default=0.0)
    if not largest > 0:
        return [0.0 for _ in weights]
    scaled = [weight / largest for weight in weights]
    total = math.fsum(scaled)
    return [weight / total for weight in scaled]


def _record_parts(  # noqa: PLR0913, PLR0917 - private: the parallel lists of one combine
    compiled: list[Compiled],
    item: Compiled,
    parts: list[Part] | None,
    statuses: list[str],
    values: list[float],
    used: list[int],
    effective: list[float],
) -> None:
    if parts is None:
        return
    value_of: list[float | None] = [None] * len(item.children)
    weight_of = [0.0] * len(item.children)
    for slot, value, weight in zip(used, values, effective, strict=True):
        value_of[slot] = value
        weight_of[slot] = weight
    weights = item.weights
    for slot, child_index in enumerate(item.children):
        parts.append(
            Part(
                compiled[child_index].node.id,
                value_of[slot],
                weights[slot],
                weight_of[slot],
                statuses[slot],
            )
        )


def node_rule_effects(
    item: Compiled, data: Mapping[str, object], unit: str, nan: list[str] | None = None
) -> list[RuleEffect]:
    """The deductions (扣分) that ``item``'s rules make for one unit (NaN inputs into ``nan``)."""
    effects: list[RuleEffect] = []
    for rule in item.rules:
        observed = rule_input(rule, data.get(rule.input), unit, rule.node, nan)
        amount, note = _rule_amount(rule, observed)
        criterion = item.criteria.get(rule.node)
        if criterion is not None:
            name = f" {criterion.name}" if criterion.name else ""
            note = f"criterion {criterion.id}{name}: {note}"
        effects.append(
            RuleEffect(rule.id, rule.kind, rule.node, rule.input, observed, -amount or 0.0, note)
        )
    return effects


def _rule_amount(
    rule: DeductionRule | ShortfallRule | BonusRule | PenaltyRule, observed: float | None
) -> tuple[float, str]:
    """The points (0 or more) a rule gives or takes for an observed value, and why."""
    if observed is None:
        amount = 0.0
        note = "no data: not applied"
    elif isinstance(rule, ShortfallRule):
        short = max(rule.required_rate - observed, 0.0)
        amount = rule.points * short
        note = f"{short:g} points short of {rule.required_rate:g} × {rule.points:g}"
    elif isinstance(rule, DeductionRule):
        amount = rule.points * max(observed, 0.0) / rule.per
        note = f"{observed:g} × {rule.points:g} points per {rule.per:g}"
    else:
        amount = rule.points * max(observed, 0.0)
        note = f"{observed:g} × {rule.points:g} points"
    if rule.max is not None and amount > rule.max:
        amount = rule.max
        note += f", capped at {rule.max:g}"
    if rule.reason:
        note = f"{rule.reason}: {note}"
    return amount, note


def finish(node: Node, score: float, deducted: float) -> float:
    """Apply deductions, then the floor (扣完为止) and the cap."""
    score += deducted
    if node.floor is not None and score < node.floor:
        score = node.floor
    if node.cap is not None and score > node.cap:
        score = node.cap
    return score


def block_effects(
    scheme: Scheme, data: Mapping[str, object], unit: str, nan: list[str] | None = None
) -> tuple[float, float, list[RuleEffect]]:
    """The bonus (加分) and penalty (减分) blocks for one unit, each within its cap.

    Of the bonus rules that share a group, only the highest amount counts (the first of equal
    ones); the others give nothing and say so. The ids of rules whose input is NaN go into
    ``nan``.
    """
    totals = {"bonus": 0.0, "penalty": 0.0}
    effects: list[RuleEffect] = []
    root = scheme.root.id
    read: dict[str, tuple[float | None, float, str]] = {}
    for rule in scheme.rules:
        if isinstance(rule, BonusRule | PenaltyRule):
            observed = rule_input(rule, data.get(rule.input), unit, root, nan)
            read[rule.id] = (observed, *_rule_amount(rule, observed))
    highest = _highest_of_groups(scheme, read)
    for rule in scheme.rules:
        if not isinstance(rule, BonusRule | PenaltyRule):
            continue
        observed, amount, note = read[rule.id]
        if (
            isinstance(rule, BonusRule)
            and rule.group is not None
            and highest[rule.group] != rule.id
        ):
            if amount > 0:
                note += f"; only the highest bonus of group {rule.group!r} counts"
            amount = 0.0
        totals[rule.kind] += amount
        points = amount if rule.kind == "bonus" else -amount or 0.0
        effects.append(RuleEffect(rule.id, rule.kind, root, rule.input, observed, points, note))
    for kind, cap in (("bonus", scheme.bonus_cap), ("penalty", scheme.penalty_cap)):
        total = totals[kind]
        if cap is not None and total > cap:
            excess = total - cap  # the cap gives back what the block took beyond it
            points = -excess if kind == "bonus" else excess
            note = f"the {kind} block is capped at {cap:g}"
            effects.append(RuleEffect(f"{kind}_cap", "cap", root, "", total, points, note))
            totals[kind] = cap
    return totals["bonus"], totals["penalty"], effects


def _highest_of_groups(
    scheme: Scheme, read: dict[str, tuple[float | None, float, str]]
) -> dict[str, str]:
    """For each group of bonus rules, the id of the rule whose amount counts: the highest."""
    highest: dict[str, str] = {}
    for rule in scheme.rules:
        if isinstance(rule, BonusRule) and rule.group is not None:
            best = highest.get(rule.group)
            if best is None or read[rule.id][1] > read[best][1]:
                highest[rule.group] = rule.id
    return highest


def compute(
    scheme: Scheme,
    compiled: list[Compiled],
    data: Data,
    categories: Mapping[str, str],
    not_applicable: Mapping[str, set[str]],
) -> Arrays:
    """Evaluate every node for every unit."""
    units = list(data)
    count = len(units)
    size = len(compiled)
    arrays = Arrays(
        units=units,
        categories=[categories.get(unit) for unit in units],
        raw={},
        normalised={},
        params={},
        base=[[] for _ in range(size)],
        scores=[[] for _ in range(size)],
        applicable=[[] for _ in range(size)],
        peer_means={},
        bonus=[0.0] * count,
        penalty=[0.0] * count,
        totals=[0.0] * count,
        ranks=[None] * count,
        grades=[None] * count,
        grade_steps=[[] for _ in range(count)],
    )
    _applicability(compiled, arrays, not_applicable)
    rows = [data[unit] for unit in units]
    for item in compiled:
        base = (
            _leaf_column(item, arrays, rows)
            if item.node.is_leaf
            else _node_column(compiled, item, arrays)
        )
        arrays.base[item.index] = base
        arrays.scores[item.index] = _rules_column(item, arrays, rows, base)
    _totals(scheme, compiled[-1], arrays, rows)
    arrays.raise_problems()
    display = scheme.display
    arrays.ranks = ranks(arrays.totals, display.ties, display.tie_tolerance)
    if scheme.grading is not None:
        _grade(scheme, arrays, rows)
    else:
        _ungraded_vetoes(scheme, arrays, rows)
    arrays.raise_problems()
    if arrays.nan_inputs:  # recorded where each input was read: put them in unit, rule order
        order = {rule.id: index for index, rule in enumerate(scheme.rules)}
        arrays.nan_inputs.sort(key=lambda found: (found[1], order[found[0]]))
    return arrays


def _applicability(
    compiled: list[Compiled], arrays: Arrays, not_applicable: Mapping[str, set[str]]
) -> None:
    skipped = [not_applicable.get(unit, set()) for unit in arrays.units]
    for item in reversed(compiled):  # parents before children
        node = item.node
        parent = None if item.parent is None else arrays.applicable[item.parent]
        column: list[bool] = []
        for position, category in enumerate(arrays.categories):
            applies = parent is None or parent[position]
            if applies and node.applies_to is not None:
                applies = category in node.applies_to
            if applies and node.id in skipped[position]:
                applies = False
            column.append(applies)
        arrays.applicable[item.index] = column


def _leaf_column(item: Compiled, arrays: Arrays, rows: list[Mapping[str, object]]) -> Column:
    node = item.node
    applicable = arrays.applicable[item.index]
    raw: Column = []
    key = node.id
    if node.start_full:  # 扣分制: full marks, less the rules' deductions
        rows = [{key: 1.0} for _ in rows]
    for position, row in enumerate(rows):
        value = row.get(key)
        if type(value) is float and value == value and value not in _INFINITIES:  # noqa: PLR0124 - NaN test
            raw.append(value if applicable[position] else None)
        elif applicable[position]:
            if _is_nan(value):
                arrays.not_numbers.append((item.index, position))
            try:
                raw.append(read_leaf(value, node, arrays.units[position]))
            except EvaluationError as error:
                arrays.fail(item.index, position, error)
                raw.append(None)
        else:
            raw.append(None)
    normalised, params = _normalised(item, arrays, raw)
    arrays.raw[item.index] = raw
    arrays.normalised[item.index] = normalised
    arrays.params[item.index] = types.MappingProxyType(params)
    if node.points is None:
        return normalised
    points = node.points
    # a raw input is the share of the item completed; a normalisation's scale is its own
    # (z_score and rank give figures outside 0 to 1 by design)
    shares = normalised if node.normalisation.kind is NormalisationKind.NONE else ()
    for position, value in enumerate(shares):
        if value is not None and not 0.0 <= value <= 1.0:  # more (or less) than the item's points
            outside = _at(
                arrays.units[position],
                node.id,
                f"a share of {_show(value)} of the item's {points:g} points lies outside 0 to 1 "
                f"(input {_show(raw[position])}); give the share of the item completed, from 0 to 1",
                "out-of-range",
                value,
            )
            arrays.fail(item.index, position, outside)
    failed = arrays.failed
    return [
        None if value is None or (item.index, position) in failed else value * points
        for position, value in enumerate(normalised)
    ]


def _normalised(item: Compiled, arrays: Arrays, raw: Column) -> tuple[Column, Params]:
    """The leaf's column normalised; every value it cannot score reported, the column unscored."""
    node = item.node
    try:
        return normalise(raw, node.normalisation, node.direction)
    except Unscorable as error:
        for position, reason in error.problems:
            arrays.fail(
                item.index, position, _at(arrays.units[position], node.id, reason, "unnormalisable")
            )
        arrays.failed.update((item.index, position) for position in range(len(raw)))
        return [None] * len(raw), {}


def _node_column(compiled: list[Compiled], item: Compiled, arrays: Arrays) -> Column:
    column: Column = []
    children = item.children
    fast = item.aggregation is Aggregation.ARITHMETIC or item.aggregation is Aggregation.SUM
    effective = item.effective
    child_scores = [arrays.scores[index] for index in children]
    child_applicable = [arrays.applicable[index] for index in children]
    applicable = arrays.applicable[item.index]
    failed = arrays.failed
    for position in range(len(arrays.units)):
        if not applicable[position]:
            column.append(None)
            continue
        if failed and any((index, position) in failed for index in children):
            failed.add((item.index, position))  # reported below: no second report above it
            _report_missing(compiled, item, arrays, position)
            column.append(None)
            continue
        if fast:
            total = 0.0
            for scores, applies, weight in zip(
                child_scores, child_applicable, effective, strict=True
            ):
                value = scores[position]
                if value is None or not applies[position]:
                    break
                total += value * weight
            else:
                column.append(total)
                continue
        try:
            score, applies_here, _ = combine(compiled, item, arrays, position)
        except EvaluationError as error:
            arrays.fail(item.index, position, error)
            column.append(None)
            continue
        except _AlreadyReported:
            failed.add((item.index, position))
            column.append(None)
            continue
        if not applies_here:
            applicable[position] = False
        column.append(score)
    return column


def _report_missing(
    compiled: list[Compiled], item: Compiled, arrays: Arrays, position: int
) -> None:
    """Report the children of ``item`` without a value for one unit whose other children failed.

    Under the ``error`` policy a missing value is a problem of its own, which a bad value beside
    it must not hide.
    """
    if item.node.missing is not MissingPolicy.ERROR:
        return
    unit = arrays.units[position]
    for index in item.children:
        if (
            (index, position) not in arrays.failed
            and arrays.applicable[index][position]
            and arrays.scores[index][position] is None
        ):
            try:
                _fill_missing(item, compiled[index], arrays, unit)
            except EvaluationError as error:
                arrays.problems.extend(error.issues)


def _rules_column(
    item: Compiled, arrays: Arrays, rows: list[Mapping[str, object]], base: Column
) -> Column:
    node = item.node
    if not item.rules and node.floor is None and node.cap is None:
        return base
    column: Column = []
    for position, value in enumerate(base):
        if value is None:
            column.append(None)
            continue
        deducted = 0.0
        if item.rules:
            nan: list[str] = []
            try:
                effects = node_rule_effects(item, rows[position], arrays.units[position], nan)
            except EvaluationError as error:
                arrays.fail(item.index, position, error)
                column.append(None)
                continue
            deducted = math.fsum(effect.points for effect in effects)
            arrays.nan_inputs.extend((rule, position) for rule in nan)
        column.append(finish(node, value, deducted))
    return column


def _totals(
    scheme: Scheme, root: Compiled, arrays: Arrays, rows: list[Mapping[str, object]]
) -> None:
    has_block = any(isinstance(rule, BonusRule | PenaltyRule) for rule in scheme.rules)
    failed = arrays.failed
    for position, unit in enumerate(arrays.units):
        if (root.index, position) in failed:  # its problems are reported already
            continue
        score = arrays.scores[root.index][position]
        if score is None:
            arrays.fail(
                root.index,
                position,
                EvaluationError(
                    f"unit {_show(unit)}: no score for the root {_show(root.node.id)}: no input applies or has data",
                    code="no-score",
                    unit=unit,
                    node=root.node.id,
                ),
            )
            continue
        if has_block:
            nan: list[str] = []
            try:
                bonus, penalty, _ = block_effects(scheme, rows[position], unit, nan)
            except EvaluationError as error:
                arrays.fail(root.index, position, error)
                continue
            arrays.nan_inputs.extend((rule, position) for rule in nan)
            arrays.bonus[position] = bonus
            arrays.penalty[position] = penalty
            score = score + bonus - penalty
        if not math.isfinite(score):
            arrays.fail(
                root.index,
                position,
                EvaluationError(
                    f"unit {_show(unit)}: the total is not a finite number ({_show(score)}); "
                    "an input is too large for the scheme's normalisation",
                    code="non-finite-total",
                    unit=unit,
                    value=score,
                ),
            )
            continue
        arrays.totals[position] = score


def band_grade(scheme: Scheme, value: float, category: str | None) -> GradeStep:
    """The grade whose band holds ``value``, and why."""
    assert scheme.grading is not None  # noqa: S101 - callers check
    for band in scheme.grading.bands_for(category):
        if band.contains(value):
            label = f" ({band.label})" if band.label else ""
            shown = _shown(scheme, value, band)
            return GradeStep(band.grade, f"{shown} lies in {band.describe()}: {band.grade}{label}")
    return GradeStep(None, f"{_show(value)} lies in no grade band")


def _shown(scheme: Scheme, value: float, band: GradeBand) -> str:
    """``value`` rounded as the scheme declares; unrounded too when rounding would cross ``band``."""
    shown = quantize(value, scheme.display.digits, scheme.display.rounding)
    if band.contains(float(shown)):
        return shown
    return f"{shown} (unrounded {unrounded(value, shown)})"


def _shown_in_gap(scheme: Scheme, value: float, category: str | None) -> str:
    """``value`` rounded as the scheme declares; unrounded too when rounded it lies in a band.

    A gap's edges belong to the bands beside it: 79.998 lies in the gap from 70 to 80, but its
    80.00 is the band above's.
    """
    shown = quantize(value, scheme.display.digits, scheme.display.rounding)
    if band_grade(scheme, float(shown), category).grade is None:
        return shown
    return f"{shown} (unrounded {unrounded(value, shown)})"


def _grade(scheme: Scheme, arrays: Arrays, rows: list[Mapping[str, object]]) -> None:
    grading = scheme.grading
    assert grading is not None  # noqa: S101 - checked by the caller
    order = grading.order()
    display = scheme.display
    vetoes = [rule for rule in scheme.rules if isinstance(rule, VetoRule)]
    for position, total in enumerate(arrays.totals):
        value = total
        if display.grade_on == "displayed":
            value = float(quantize(total, display.digits, display.rounding))
        category = arrays.categories[position]
        step = band_grade(scheme, value, category)
        gap = grading.gap_for(value, category) if step.grade is None else None
        if gap is not None:
            step = GradeStep(
                None,
                f"{_shown_in_gap(scheme, value, category)} lies in the gap from "
                f"{gap.describe()} that the scheme's bands leave without a grade: no grade",
            )
        try:
            if step.grade is None and gap is None:
                _no_band(grading, arrays.units[position], value, category)
            nan: list[str] = []
            unit = arrays.units[position]
            triggered = _fired(vetoes, rows[position], unit, scheme.root.id, nan)
        except EvaluationError as error:
            arrays.problems.extend(error.issues)
            continue
        arrays.nan_inputs.extend((rule, position) for rule in nan)
        steps = [step]
        bands = [band.grade for band in grading.bands_for(category)]
        grade = _apply_vetoes(triggered, step.grade, order, bands, steps)
        arrays.grades[position] = grade
        arrays.grade_steps[position] = steps
    if arrays.problems:
        return
    for quota in sorted(grading.quotas, key=lambda q: order.index(q.grade)):  # best grade first
        _apply_quota(quota, scheme, arrays)


def _ungraded_vetoes(scheme: Scheme, arrays: Arrays, rows: list[Mapping[str, object]]) -> None:
    """The vetoes that fire in a scheme without grade bands: reported, with no grade to move."""
    vetoes = [rule for rule in scheme.rules if isinstance(rule, VetoRule)]
    for position, row in enumerate(rows):
        nan: list[str] = []
        try:
            fired = _fired(vetoes, row, arrays.units[position], scheme.root.id, nan)
        except EvaluationError as error:
            arrays.problems.extend(error.issues)
            continue
        arrays.nan_inputs.extend((rule, position) for rule in nan)
        arrays.grade_steps[position] = [
            GradeStep(
                None,
                f"veto {_show(rule.id)}{f' ({rule.reason})' if rule.reason else ''} fired; "
                "the scheme has no grade bands for it to act on",
            )
            for rule in fired
        ]


def _fired(
    vetoes: list[VetoRule],
    row: Mapping[str, object],
    unit: str,
    root: str,
    nan: list[str] | None = None,
) -> list[VetoRule]:
    """The vetoes whose input is non-zero in a unit's row (NaN inputs into ``nan``)."""
    return [rule for rule in vetoes if rule_input(rule, row.get(rule.input), unit, root, nan)]


def _no_band(grading: Grading, unit: str, value: float, category: str | None) -> None:
    """Refuse a total that no grade band holds: a grade must never go missing silently."""
    bands = grading.bands_for(category)
    covered = ", ".join(band.describe() for band in bands) or "nothing"
    which = f" for category {_show(category)}" if category is not None else ""
    raise EvaluationError(
        f"unit {_show(unit)}: the total {_show(value)} lies in no grade band{which} (the bands cover "
        f"{covered}); widen the top or bottom band, e.g. leave its bound open for totals "
        "raised by bonus points",
        code="no-grade-band",
        unit=unit,
        value=value,
    )


_VETO_ORDER = {VetoEffect.CAP: 0, VetoEffect.BAR: 1, VetoEffect.LOWER: 2, VetoEffect.FORCE: 3}


def _apply_vetoes(
    triggered: list[VetoRule],
    grade: str | None,
    order: list[str],
    bands: list[str],
    steps: list[GradeStep],
) -> str | None:
    """Apply the vetoes that fired, together: caps, then bars, then lowerings, then forced grades.

    The strictest wins whatever the order of the rules: two caps give the lower cap, a bar
    skips every barred grade (a grade capped to good and barred from good is pass), each
    lowering moves the grade one step down, and two forced grades give the worse one.
    """
    barred = {rule.grade for rule in triggered if rule.effect is VetoEffect.BAR}
    forced: str | None = None
    for rule in sorted(triggered, key=lambda r: _VETO_ORDER[r.effect]):
        target = rule.grade or ""
        if rule.effect is VetoEffect.FORCE:
            if forced is None or order.index(target) > order.index(forced):
                forced = target
            grade = forced
        elif grade is not None and rule.effect is VetoEffect.CAP:
            if order.index(grade) < order.index(target):
                grade = target
        elif grade is not None and rule.effect is VetoEffect.LOWER:
            grade = _next_grade(grade, bands)
        elif grade is not None:
            while grade in barred and _next_grade(grade, bands) != grade:
                grade = _next_grade(grade, bands)
        reason = f" ({rule.reason})" if rule.reason else ""
        what = (
            "lower one grade"
            if rule.effect is VetoEffect.LOWER
            else f"{rule.effect.value} {_show(target)}"
        )
        steps.append(GradeStep(grade, f"veto {_show(rule.id)}{reason}: {what}"))
    return grade


def _next_grade(grade: str, bands: list[str]) -> str:
    if grade in bands:
        index = bands.index(grade)
        if index + 1 < len(bands):
            return bands[index + 1]
    return grade


def _apply_quota(quota: Quota, scheme: Scheme, arrays: Arrays) -> None:
    """Move the holders of ``quota.grade`` beyond the quota to the next grade.

    Holders are ranked among themselves by unrounded total, competition style (1, 2, 2, 4)
    whatever the display tie policy, so that a quota of 2 keeps two units, or more only when
    units tie at the edge.
    """
    assert scheme.grading is not None  # noqa: S101 - checked by the caller
    members = [
        position
        for position in range(len(arrays.units))
        if quota.category is None or arrays.categories[position] == quota.category
    ]
    limit = quota.max_count
    if limit is None:
        limit = math.floor((quota.max_share or 0.0) * len(members) + 1e-9)
    holders = [position for position in members if arrays.grades[position] == quota.grade]
    holder_ranks = ranks(
        [arrays.totals[p] for p in holders], TiePolicy.MIN, scheme.display.tie_tolerance
    )
    for position, rank in zip(holders, holder_ranks, strict=True):
        if rank is not None and rank > limit:
            bands = [band.grade for band in scheme.grading.bands_for(arrays.categories[position])]
            grade = _next_grade(quota.grade, bands)
            arrays.grades[position] = grade
            arrays.grade_steps[position].append(
                GradeStep(
                    grade,
                    f"quota{f' ({quota.reason})' if quota.reason else ''}: at most {limit} "
                    f"{_show(quota.grade)}; ranked {rank} among them",
                )
            )


def closest(value: object, known: Iterable[str]) -> str:
    """``; did you mean 'x'?`` for the known name nearest ``value`` (difflib), or nothing."""
    import difflib  # noqa: PLC0415

    close = difflib.get_close_matches(str(value), sorted(known), n=1, cutoff=0.4)
    return f"; did you mean {close[0]!r}?" if close else ""
