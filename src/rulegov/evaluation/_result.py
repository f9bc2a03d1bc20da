"""Results of an evaluation: scores, ranks, grades, and an explanation for every score.

Results are frozen attrs classes. [`Evaluation`][rulegov.Evaluation] keeps the computed columns;
explanations are rebuilt on demand for one unit from them
([`Evaluation.explain`][rulegov.Evaluation.explain]), printable as a tree and a table, and
displayable in Jupyter.
"""

from __future__ import annotations

import functools
import itertools
import types
from typing import TYPE_CHECKING, Any

import attrs

from rulegov._deprecation import drawn_by, warn
from rulegov.errors import EvaluationError, Issue, UnknownReferenceError, _show
from rulegov.evaluation._engine import (
    Arrays,
    Compiled,
    EffectKind,
    GradeStep,
    Part,
    RuleEffect,
    block_effects,
    closest,
    combine,
    node_rule_effects,
)
from rulegov.evaluation._rank import quantize, ranks
from rulegov.evaluation._scheme import Rounding
from rulegov.model import Diagnostic, Severity

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from rulegov.evaluation._scheme import Scheme

_EMPTY: Mapping[str, Any] = types.MappingProxyType({})

__all__ = ["Evaluation", "Explanation", "NodeExplanation", "RankChange", "Standing"]

# The effects of the bonus and penalty block (加分项, 扣分项), which the explanation shows apart
_BLOCK_KINDS = frozenset({EffectKind.BONUS, EffectKind.PENALTY})


@attrs.frozen(slots=True)
class NodeExplanation:
    """Why one node has the score it has, for one unit.

    Attributes:
        node: The node's id.
        name: The node's name, if the scheme gives one.
        score: The unrounded score (None when missing or not applicable).
        applicable: Whether the node applies to the unit.
        note: The missing-data policy used, or why there is no score.
        aggregation: How children were combined (internal nodes).
        observed: The input as given in the data (leaves).
        raw: The input read as a number (blended raters, votes, a label's score).
        normalisation: The normalisation and the parameters it used (leaves).
        normalised: The value after normalisation (leaves).
        points: The leaf's full points, if points-based.
        base: The score before this node's rules, floor and cap.
        rules: What the node's rules did (扣分).
        nominal_weight: The weight in the scheme (None for the root).
        effective_weight: The weight actually applied in the parent.
        children: The children's explanations.
        digits: Display digits.
        rounding: Display rounding mode.
    """

    node: str
    name: str | None
    score: float | None
    applicable: bool
    note: str
    aggregation: str | None
    observed: object
    raw: float | None
    normalisation: Mapping[str, Any]
    normalised: float | None
    points: float | None
    base: float | None
    rules: tuple[RuleEffect, ...]
    nominal_weight: float | None
    effective_weight: float | None
    children: tuple[NodeExplanation, ...]
    digits: int = attrs.field(default=2, repr=False)
    rounding: Rounding = attrs.field(default=Rounding.HALF_UP, repr=False)

    def __repr__(self) -> str:
        """A one-line summary; the inputs, rules and children are in the attributes."""
        return (
            f"NodeExplanation(node={self.node!r}, name={self.name!r}, display={self.display!r}, "
            f"applicable={self.applicable}, children={len(self.children)})"
        )

    @property
    def display(self) -> str | None:
        """The score rounded for display (never used for ranks)."""
        return None if self.score is None else quantize(self.score, self.digits, self.rounding)

    def signed(self, points: float) -> str:
        """Points a rule gave or took, with their sign, rounded to the display digits.

        Trailing zeros are dropped: ``-1.4`` rather than ``-1.40``, and never binary noise.

        Examples:
            >>> import rulegov
            >>> scheme = rulegov.Scheme.model_validate({
            ...     "id": "s", "display": {"digits": 1},
            ...     "root": {"id": "total", "children": [{"id": "a", "points": 10,
            ...              "start_full": True}]},
            ...     "rules": [{"kind": "deduction", "id": "d", "node": "a", "input": "d",
            ...                "points": 0.137}]})
            >>> node = rulegov.evaluate(scheme, {"x": {"d": 10}}).explain("x").root
            >>> node.signed(-1.37), node.signed(2.0)
            ('-1.4', '+2')
        """
        shown = float(quantize(points, self.digits, self.rounding)) or 0.0  # never "-0"
        return f"{shown:+g}"

    def walk(self) -> list[NodeExplanation]:
        """This node and all below it, depth first."""
        found: list[NodeExplanation] = []
        stack = [self]
        while stack:
            node = stack.pop()
            found.append(node)
            if node.children:
                stack.extend(reversed(node.children))
        return found

    def line(self) -> str:
        """One line: id, score, weights, and how the score came about."""
        label = self.node + (f" {self.name}" if self.name else "")
        if not self.applicable:
            return f"{label}: not applicable"
        text = f"{label}: {self.display if self.display is not None else 'no score'}"
        if self.nominal_weight is not None:
            text += f" (weight {self.nominal_weight:g}, effective {self.effective_weight or 0:.4g})"
        details: list[str] = []
        if self.aggregation:
            details.append(self.aggregation)
        if self.normalisation:
            params = ", ".join(f"{k}={v}" for k, v in self.normalisation.items() if k != "kind")
            normalised = self.normalised
            shown = "None"
            if normalised is not None:
                shown = format(float(quantize(normalised, self.digits + 2, self.rounding)), "g")
            details.append(
                f"input {_show(self.observed)} → {self.normalisation['kind']}({params}) = {shown}"
            )
        if self.points is not None:
            details.append(f"× {self.points:g} points")
        if self.note:
            details.append(self.note)
        details.extend(
            f"{effect.rule}: {self.signed(effect.points)} ({effect.note})" for effect in self.rules
        )
        if details:
            text += " — " + "; ".join(details)
        return text


@attrs.frozen(slots=True)
class Explanation:
    """The full explanation of one unit's result: total, rank, grade, and the node tree.

    Attributes:
        unit: The unit.
        category: The unit's category, if given.
        total: The unrounded total (root score plus bonus minus penalty).
        display: The total rounded for display.
        rank: The rank of the total (1 is best), from unrounded scores.
        units: How many units were ranked.
        grade: The grade (等次), if the scheme has grade bands.
        grade_steps: How the grade was decided: the band, then vetoes and quotas.
        block: What the bonus (加分) and penalty (减分) rules did.
        root: The explanation of the root node (built on first use).
        reason: Which rule moved the grade from its band's (a veto, a cap, a quota), as
            [`Evaluation.reason`][rulegov.Evaluation.reason] gives it; None when none did.
        label: The grade as the scheme prints it (优秀), where its bands give one.
    """

    unit: str
    category: str | None
    total: float
    display: str
    rank: int | None
    units: int
    grade: str | None
    grade_steps: tuple[GradeStep, ...]
    block: tuple[RuleEffect, ...]
    _build: Callable[[], NodeExplanation] = attrs.field(repr=False, eq=False)
    _cache: list[NodeExplanation] = attrs.field(repr=False, eq=False, factory=list)
    reason: str | None = None
    label: str | None = None

    @property
    def root(self) -> NodeExplanation:
        """The explanation of the root node, built from the stored arrays on first use."""
        if not self._cache:
            self._cache.append(self._build())
        return self._cache[0]

    def render(self) -> str:
        """Deprecated: use [`to_text`][rulegov.render.to_text]."""
        return drawn_by("Explanation.render()", "to_text", "explanation", self)

    def __str__(self) -> str:
        """The explanation as an indented text tree, as [`to_text`][rulegov.render.to_text] gives."""
        from rulegov.render import to_text  # noqa: PLC0415 - drawn by the layer above

        return to_text(self)

    def rows(self) -> list[dict[str, object]]:
        """One row per node: id, depth, score, display, weights, rule points."""
        rows: list[dict[str, object]] = []
        stack: list[tuple[NodeExplanation, int]] = [(self.root, 0)]
        while stack:
            node, depth = stack.pop()
            rows.append(
                {
                    "node": node.node,
                    "name": node.name,
                    "depth": depth,
                    "score": node.score,
                    "display": node.display,
                    "nominal_weight": node.nominal_weight,
                    "effective_weight": node.effective_weight,
                    "rule_points": sum(effect.points for effect in node.rules),
                    "note": node.note,
                }
            )
            stack.extend((child, depth + 1) for child in reversed(node.children))
        return rows

    def table(self) -> str:
        """Deprecated: use [`explanation_table`][rulegov.render.explanation_table]."""
        return drawn_by("Explanation.table()", "explanation_table", "explanation", self)

    def __repr__(self) -> str:
        """A one-line summary; the node tree is in ``root`` and ``rows()``."""
        return (
            f"Explanation(unit={self.unit!r}, display={self.display!r}, rank={self.rank}, "
            f"units={self.units}, grade={self.grade!r})"
        )

    def _repr_html_(self) -> str:
        from rulegov.render import to_html  # noqa: PLC0415 - drawn by the layer above

        return to_html(self)


@attrs.frozen(slots=True)
class Standing:
    """A unit's rank on one node among all units: for strengths and weaknesses."""

    node: str
    score: float
    rank: int
    units: int


@attrs.frozen(slots=True)
class RankChange:
    """How a unit's total and rank differ between two runs (``after`` minus ``before``)."""

    unit: str
    before_rank: int | None
    after_rank: int | None
    before_score: float | None
    after_score: float | None

    @property
    def moved(self) -> int | None:
        """Places gained (positive) or lost (negative); None if absent from a run."""
        if self.before_rank is None or self.after_rank is None:
            return None
        return self.before_rank - self.after_rank


@attrs.frozen(slots=True)
class Evaluation:
    """The result of [`evaluate`][rulegov.evaluation.evaluate]: scores, ranks, grades, explanations.

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate(
        ...     {"id": "s", "root": {"id": "all", "children": [{"id": "a"}, {"id": "b"}]}})
        >>> result = rulegov.evaluate(scheme, {"x": {"a": 0.8, "b": 0.6}, "y": {"a": 0.5, "b": 0.5}})
        >>> result.score("x"), result.rank("y"), result.display("x")
        (0.7, 2, '0.70')
    """

    scheme: Scheme
    data: Mapping[str, Mapping[str, object]] = attrs.field(repr=False)
    _compiled: list[Compiled] = attrs.field(repr=False, alias="compiled")
    _arrays: Arrays = attrs.field(repr=False, alias="arrays")
    _index: dict[str, int] = attrs.field(repr=False, factory=dict)
    _positions: dict[str, int] = attrs.field(repr=False, factory=dict)
    _node_ranks: dict[int, list[int | None]] = attrs.field(repr=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        """Index nodes and units."""
        self._index.update({item.node.id: item.index for item in self._compiled})
        self._positions.update({unit: position for position, unit in enumerate(self._arrays.units)})

    @property
    def compiled(self) -> list[Compiled]:
        """Deprecated: the engine's compiled scheme, which is not part of the public API."""
        warn("Evaluation.compiled", "read the scheme from Evaluation.scheme")
        return self._compiled

    @property
    def arrays(self) -> Arrays:
        """Deprecated: the engine's arrays, which are not part of the public API."""
        warn("Evaluation.arrays", "use score, rank, grade, category and explain")
        return self._arrays

    def category(self, unit: str) -> str | None:
        """The category the unit was evaluated in (for bands by category), or None.

        Raises:
            rulegov.UnknownReferenceError: when the evaluation holds no such unit.

        Examples:
            >>> import rulegov
            >>> scheme = rulegov.Scheme.model_validate(
            ...     {"id": "s", "root": {"id": "all", "children": [{"id": "a"}]}})
            >>> rulegov.evaluate(scheme, {"x": {"a": 1.0}}, categories={"x": "镇街"}).category("x")
            '镇街'
        """
        return self._arrays.categories[self._unit(unit)]

    @property
    def units(self) -> tuple[str, ...]:
        """The units, in the order given."""
        return tuple(self._arrays.units)

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """What a reader should know about the data: a ``nan-value`` warning per NaN taken as missing.

        Each names the unit and the node whose value was NaN, or the unit and the rule whose
        input was NaN (a rule with no data is not applied; a veto with no data does not fire).

        Examples:
            >>> import rulegov
            >>> scheme = rulegov.Scheme.model_validate({"id": "s", "root": {"id": "all",
            ...     "missing": "reweight", "children": [{"id": "a"}, {"id": "b"}]}})
            >>> result = rulegov.evaluate(scheme, {"x": {"a": 0.8, "b": float("nan")}})
            >>> [(d.code, d.message) for d in result.diagnostics]
            [('nan-value', "unit 'x', node 'b': the value is NaN (not a number), taken as missing")]
        """
        return tuple(
            Diagnostic(
                severity=Severity.WARNING,
                code="nan-value",
                message=(
                    f"unit {_show(self._arrays.units[position])}, "
                    f"node {_show(self._compiled[index].node.id)}: "
                    "the value is NaN (not a number), taken as missing"
                ),
            )
            for index, position in self._arrays.not_numbers
        ) + tuple(self._nan_input(rule, position) for rule, position in self._arrays.nan_inputs)

    def _nan_input(self, rule_id: str, position: int) -> Diagnostic:
        """The ``nan-value`` warning for a rule's input that was NaN: the rule is not applied."""
        rule = next(rule for rule in self.scheme.rules if rule.id == rule_id)
        effect = "the veto does not fire" if rule.kind == "veto" else "the rule is not applied"
        return Diagnostic(
            severity=Severity.WARNING,
            code="nan-value",
            message=(
                f"unit {_show(self._arrays.units[position])}, rule {_show(rule.id)}"
                f"{f' ({rule.reason})' if rule.reason else ''}, input {_show(rule.input)}: "
                f"the value is NaN (not a number), taken as missing: {effect}"
            ),
        )

    def _unit(self, unit: str) -> int:
        return _look_up(self._positions, unit, "unit", "no such unit in this evaluation")

    def _node(self, node: str) -> int:
        found = self._index.get(node) if isinstance(node, str) else None
        if found is not None:
            return found
        leaf = self.scheme.criteria().get(node) if isinstance(node, str) else None
        if leaf is not None:
            message = (
                f"a criterion has no score of its own: its rules take points off {leaf!r}; "
                f"ask for {leaf!r}"
            )
            raise UnknownReferenceError([Issue("node", message, node, "unknown-node")])
        return _look_up(self._index, node, "node", "no node of the scheme has this id")

    def score(self, unit: str, node: str | None = None) -> float | None:
        """The unrounded score: the total for the unit, or one node's score.

        The total is the root's score plus the bonus block minus the penalty block; without
        bonus or penalty rules it is the root's score.
        """
        position = self._unit(unit)
        if node is None:
            return self._arrays.totals[position]
        return self._arrays.scores[self._node(node)][position]

    def display(self, unit: str, node: str | None = None) -> str | None:
        """The score rounded for display with the scheme's declared mode (四舍五入 by default)."""
        value = self.score(unit, node)
        if value is None:
            return None
        return quantize(value, self.scheme.display.digits, self.scheme.display.rounding)

    def rank(self, unit: str, node: str | None = None) -> int | None:
        """The rank (1 is best) of the total or of one node, from unrounded scores."""
        position = self._unit(unit)
        if node is None:
            return self._arrays.ranks[position]
        return self._ranks_of(self._node(node))[position]

    def _ranks_of(self, index: int) -> list[int | None]:
        found = self._node_ranks.get(index)
        if found is None:
            display = self.scheme.display
            found = ranks(self._arrays.scores[index], display.ties, display.tie_tolerance)
            self._node_ranks[index] = found
        return found

    def grade(self, unit: str) -> str | None:
        """The grade (等次) after bands, vetoes (一票否决) and quotas; None without bands."""
        return self._arrays.grades[self._unit(unit)]

    def label(self, unit: str) -> str | None:
        """The unit's grade as the scheme prints it (优秀), where its grade bands give one.

        Examples:
            >>> import rulegov
            >>> scheme = rulegov.Scheme.model_validate({"id": "s",
            ...     "root": {"id": "all", "children": [{"id": "a"}]},
            ...     "grading": {"bands": [{"grade": "pass", "label": "合格", "min": 0.6},
            ...                           {"grade": "fail", "max": 0.6}]}})
            >>> result = rulegov.evaluate(scheme, {"x": {"a": 0.9}, "y": {"a": 0.1}})
            >>> result.label("x"), result.label("y")
            ('合格', None)
        """
        grade = self.grade(unit)
        grading = self.scheme.grading
        if grade is None or grading is None:
            return None
        own = grading.bands_for(self.category(unit))  # the unit's bands first, then any
        for band in [*own, *grading.bands, *itertools.chain(*grading.by_category.values())]:
            if band.grade == grade and band.label:
                return band.label
        return None

    def ranking(self) -> list[tuple[int | None, str, float, str | None]]:
        """``(rank, unit, total, grade)`` for every unit, best first."""
        rows = [
            (self._arrays.ranks[p], unit, self._arrays.totals[p], self._arrays.grades[p])
            for p, unit in enumerate(self._arrays.units)
        ]
        return sorted(rows, key=lambda row: (row[0] or 0, self._positions[row[1]]))

    def reason(self, unit: str) -> str | None:
        """Which rule moved the unit's grade from its band's (a veto, a cap, a quota), if any.

        A unit left ungraded because its total lies in a gap that the bands leave (see
        [`GradeGap`][rulegov.evaluation.GradeGap]) has the gap as its reason.

        Examples:
            >>> import rulegov
            >>> scheme = rulegov.Scheme.model_validate({"id": "s",
            ...     "root": {"id": "all", "children": [{"id": "a"}]},
            ...     "rules": [{"kind": "veto", "id": "v", "input": "incident", "effect": "force",
            ...                "grade": "fail", "reason": "一票否决"}],
            ...     "grading": {"bands": [{"grade": "pass", "min": 0.6},
            ...                           {"grade": "fail", "max": 0.6}]}})
            >>> result = rulegov.evaluate(scheme, {"x": {"a": 0.9, "incident": 1}})
            >>> result.grade("x"), result.reason("x")
            ('fail', "veto 'v' (一票否决): force 'fail'")
        """
        steps = self._arrays.grade_steps[self._unit(unit)]
        if self.scheme.grading is None:  # no grade to move: the vetoes that fired
            return "; ".join(step.note for step in steps) or None
        if steps and steps[-1].grade is None:  # the total lies in a gap the bands leave
            return steps[0].note  # a cap, a bar or a lowering that fired had no grade to move
        moved = [
            step.note for before, step in itertools.pairwise(steps) if step.grade != before.grade
        ]
        return "; ".join(moved) or None

    def table(self) -> str:
        """Deprecated: use [`to_text`][rulegov.render.to_text]."""
        return drawn_by("Evaluation.table()", "to_text", "evaluation", self)

    def __repr__(self) -> str:
        """A one-line summary; the scheme, data and scores are in the attributes."""
        ranking = self.ranking()
        best = ranking[0][1] if ranking else None
        return (
            f"Evaluation(scheme={self.scheme.id!r}, units={len(self.units)}, "
            f"nodes={len(self._compiled)}, first={best!r})"
        )

    def _repr_html_(self) -> str:
        from rulegov.render import to_html  # noqa: PLC0415 - drawn by the layer above

        return to_html(self)

    def explain(self, unit: str) -> Explanation:
        """Why the unit has its total, rank and grade: every input, weight, rule and band."""
        position = self._unit(unit)
        arrays = self._arrays
        root = self._compiled[-1]
        _, _, block = block_effects(self.scheme, self.data[unit], unit)
        has_block = any(effect.kind in _BLOCK_KINDS for effect in block)
        return Explanation(
            unit=unit,
            category=arrays.categories[position],
            total=arrays.totals[position],
            display=quantize(
                arrays.totals[position], self.scheme.display.digits, self.scheme.display.rounding
            ),
            rank=arrays.ranks[position],
            units=len(arrays.units),
            grade=arrays.grades[position],
            grade_steps=tuple(arrays.grade_steps[position]),
            block=tuple(block) if has_block else (),
            build=functools.partial(_build_tree, self, root, position),
            reason=self.reason(unit),
            label=self.label(unit),
        )

    def standings(self, unit: str) -> list[Standing]:
        """The unit's rank on every leaf that has a score, best first (then in scheme order)."""
        position = self._unit(unit)
        found: list[Standing] = []
        for item in self._compiled:
            if not item.node.is_leaf:
                continue
            score = self._arrays.scores[item.index][position]
            rank = self._ranks_of(item.index)[position]
            if score is None or rank is None:
                continue
            count = sum(1 for value in self._arrays.scores[item.index] if value is not None)
            found.append(Standing(item.node.id, score, rank, count))
        order = {item.node.id: item.index for item in self._compiled}
        return sorted(found, key=lambda s: (s.rank / s.units, order[s.node]))

    def strengths(self, unit: str, count: int = 3) -> list[Standing]:
        """The leaves where the unit ranks best among all units (its strengths, 优势)."""
        return self.standings(unit)[:count]

    def weaknesses(self, unit: str, count: int = 3) -> list[Standing]:
        """The leaves where the unit ranks worst among all units (its weaknesses, 短板), worst first."""
        return list(reversed(self.standings(unit)))[:count]

    def compare(self, before: Evaluation) -> list[RankChange]:
        """Rank changes from an earlier run ``before`` to this one, for every unit in either.

        Raises:
            EvaluationError: for a ``before`` that is no Evaluation (code ``invalid-parameter``).
        """
        if not isinstance(before, Evaluation):
            raise EvaluationError(
                "before must be an Evaluation (the result of rulegov.evaluate) "
                f"(got {type(before).__name__} {_show(before)})",
                code="invalid-parameter",
                path="before",
                value=before,
            )
        units = list(self._arrays.units) + [
            u for u in before._arrays.units if u not in self._positions
        ]
        changes: list[RankChange] = []
        for unit in units:
            old = before._positions.get(unit)
            new = self._positions.get(unit)
            changes.append(
                RankChange(
                    unit=unit,
                    before_rank=None if old is None else before._arrays.ranks[old],
                    after_rank=None if new is None else self._arrays.ranks[new],
                    before_score=None if old is None else before._arrays.totals[old],
                    after_score=None if new is None else self._arrays.totals[new],
                )
            )
        return changes


def _look_up(table: Mapping[str, int], key: str, what: str, message: str) -> int:
    try:
        return table[key]
    except (KeyError, TypeError):  # TypeError: an unhashable key
        raise UnknownReferenceError(
            [
                Issue(
                    what,
                    message + closest(key, table),
                    key,
                    f"unknown-{what}",
                    unit=key if what == "unit" and isinstance(key, str) else None,
                    node=key if what == "node" and isinstance(key, str) else None,
                )
            ]
        ) from None


def _build_tree(evaluation: Evaluation, root: Compiled, position: int) -> NodeExplanation:
    """Every node's explanation for the unit at ``position``, rebuilt from the stored arrays."""
    arrays = evaluation._arrays
    compiled = evaluation._compiled  # noqa: SLF001 - same module
    unit = arrays.units[position]
    row = evaluation.data[unit]
    digits = evaluation.scheme.display.digits
    rounding = evaluation.scheme.display.rounding
    scores = arrays.scores
    applicable = arrays.applicable
    base = arrays.base
    not_numbers = set(arrays.not_numbers)

    def build(item: Compiled, nominal: float | None, effective: float | None) -> NodeExplanation:
        node = item.node
        index = item.index
        applies = applicable[index][position]
        score = scores[index][position]
        rules: tuple[RuleEffect, ...] = ()
        if item.rules and base[index][position] is not None:
            rules = tuple(node_rule_effects(item, row, unit))
        if item.children:
            weights, note = _child_weights(compiled, item, arrays, position)
            children = tuple(
                build(compiled[child], child_nominal, child_effective)
                for child, (child_nominal, child_effective) in zip(
                    item.children, weights, strict=True
                )
            )
            return NodeExplanation(
                node.id,
                node.name,
                score,
                applies,
                note if applies else "not applicable",
                item.aggregation.value,
                None,
                None,
                _EMPTY,
                None,
                node.points,
                base[index][position],
                rules,
                nominal,
                effective,
                children,
                digits,
                rounding,
            )
        note = ""
        if not applies:
            note = "not applicable"
        elif score is None:
            note = "no data"
            if (index, position) in not_numbers:
                note = "no data: the value is NaN (not a number), taken as missing"
        elif node.start_full:
            note = "starts at full points (扣分制)"
        return NodeExplanation(
            node.id,
            node.name,
            score,
            applies,
            note,
            None,
            row.get(node.id),
            arrays.raw[index][position],
            arrays.params[index],
            arrays.normalised[index][position],
            node.points,
            base[index][position],
            rules,
            nominal,
            effective,
            (),
            digits,
            rounding,
        )

    return build(root, None, None)


def _child_weights(
    compiled: list[Compiled], item: Compiled, arrays: Arrays, position: int
) -> tuple[list[tuple[float | None, float | None]], str]:
    """Each child's nominal and effective weight at ``item`` for one unit, and the policy note."""
    if not arrays.applicable[item.index][position]:
        return [(None, None)] * len(item.children), ""
    scores = arrays.scores
    applicable = arrays.applicable
    if all(
        applicable[child][position] and scores[child][position] is not None
        for child in item.children
    ):  # every child present: the weights are the compiled ones, as combine() would find
        return list(zip(item.weights, item.effective, strict=True)), ""
    parts: list[Part] = []
    _, _, note = combine(compiled, item, arrays, position, parts)
    return [(part.nominal_weight, part.effective_weight) for part in parts], note
