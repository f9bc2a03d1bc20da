"""Results of an evaluation: scores, ranks, grades, and an explanation for every score.

Results are frozen attrs classes. [`Evaluation`][rulegov.Evaluation] keeps the computed columns;
explanations are rebuilt on demand for one unit from them
([`Evaluation.explain`][rulegov.Evaluation.explain]), printable as a tree and a table, and
displayable in Jupyter.
"""

from __future__ import annotations

import functools
import html
import itertools
import types
import unicodedata
from typing import TYPE_CHECKING, Any

import attrs

from rulegov.errors import Issue, UnknownReferenceError, _show
from rulegov.evaluate._engine import (
    Arrays,
    Compiled,
    GradeStep,
    Part,
    RuleEffect,
    block_effects,
    closest,
    combine,
    node_rule_effects,
)
from rulegov.evaluate._rank import quantize, ranks
from rulegov.evaluate._scheme import Rounding
from rulegov.model._html import BOX_STYLE, Markup, escape, table

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from rulegov.evaluate._scheme import Scheme

_EMPTY: Mapping[str, Any] = types.MappingProxyType({})

__all__ = ["Evaluation", "Explanation", "NodeExplanation", "RankChange", "Standing"]


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
            f"{effect.rule}: {effect.points:+g} ({effect.note})" for effect in self.rules
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

    @property
    def root(self) -> NodeExplanation:
        """The explanation of the root node, built from the stored arrays on first use."""
        if not self._cache:
            self._cache.append(self._build())
        return self._cache[0]

    def render(self) -> str:
        """The explanation as an indented text tree."""
        lines = [
            f"{self.unit}: {self.display} (unrounded {_show(self.total)}), rank {self.rank} of {self.units}"
        ]
        if self.grade_steps:
            lines.append(
                f"grade {self.grade}: " + "; ".join(step.note for step in self.grade_steps)
            )
        lines.extend(
            f"{effect.kind} {effect.rule}: {effect.points:+g} ({effect.note})"
            for effect in self.block
        )
        stack: list[tuple[NodeExplanation, int]] = [(self.root, 0)]
        while stack:
            node, depth = stack.pop()
            lines.append("  " * depth + node.line())
            stack.extend((child, depth + 1) for child in reversed(node.children))
        return "\n".join(lines)

    def __str__(self) -> str:
        """Same as [`render`][rulegov.evaluate.Explanation.render]."""
        return self.render()

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
        """The rows as a plain-text table."""
        head = f"{'node':<24} {'score':>10} {'weight':>8} {'effective':>9} {'rules':>7}"
        lines = [head, "-" * len(head)]
        for row in self.rows():
            name = "  " * int(str(row["depth"])) + str(row["node"])
            weight = row["nominal_weight"]
            effective = row["effective_weight"]
            lines.append(
                f"{name:<24} {row['display'] or '-':>10} "
                f"{'' if weight is None else format(weight, 'g'):>8} "
                f"{'' if effective is None else format(effective, '.4g'):>9} "
                f"{format(row['rule_points'], '+g'):>7}"
            )
        return "\n".join(lines)

    def __repr__(self) -> str:
        """A one-line summary; the node tree is in ``root`` and ``rows()``."""
        return (
            f"Explanation(unit={self.unit!r}, display={self.display!r}, rank={self.rank}, "
            f"units={self.units}, grade={self.grade!r})"
        )

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter: escaped text, no scripts, at most ``MAX_ROWS`` rows."""
        head = (
            f"<p><b>{html.escape(self.unit)}</b>: {html.escape(self.display)}, rank {self.rank} "
            f"of {self.units}, grade {html.escape(str(self.grade))}</p>"
        )
        rows = [
            (
                Markup("&nbsp;" * 2 * int(str(row["depth"])) + escape(row["node"])),
                row["name"],
                row["display"],
                _number(row["nominal_weight"]),
                _number(row["effective_weight"]),
                row["note"],
            )
            for row in self.rows()
        ]
        nodes = table(("node", "name", "score", "weight", "effective", "note"), rows)
        return f'<div style="{BOX_STYLE}">{head}{nodes}</div>'


def _number(value: object) -> str:
    """A number rounded for display: four significant digits, no trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.4g}"
    return str(value)


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal columns."""
    return text + " " * max(0, width - _width(text))


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
    """The result of [`evaluate`][rulegov.evaluate.evaluate]: scores, ranks, grades, explanations.

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
    compiled: list[Compiled] = attrs.field(repr=False)
    arrays: Arrays = attrs.field(repr=False)
    _index: dict[str, int] = attrs.field(repr=False, factory=dict)
    _positions: dict[str, int] = attrs.field(repr=False, factory=dict)
    _node_ranks: dict[int, list[int | None]] = attrs.field(repr=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        """Index nodes and units."""
        self._index.update({item.node.id: item.index for item in self.compiled})
        self._positions.update({unit: position for position, unit in enumerate(self.arrays.units)})

    @property
    def units(self) -> tuple[str, ...]:
        """The units, in the order given."""
        return tuple(self.arrays.units)

    def _unit(self, unit: str) -> int:
        return _look_up(self._positions, unit, "unit", "no such unit in this evaluation")

    def _node(self, node: str) -> int:
        return _look_up(self._index, node, "node", "no node of the scheme has this id")

    def score(self, unit: str, node: str | None = None) -> float | None:
        """The unrounded score: the total for the unit, or one node's score.

        The total is the root's score plus the bonus block minus the penalty block; without
        bonus or penalty rules it is the root's score.
        """
        position = self._unit(unit)
        if node is None:
            return self.arrays.totals[position]
        return self.arrays.scores[self._node(node)][position]

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
            return self.arrays.ranks[position]
        return self._ranks_of(self._node(node))[position]

    def _ranks_of(self, index: int) -> list[int | None]:
        found = self._node_ranks.get(index)
        if found is None:
            display = self.scheme.display
            found = ranks(self.arrays.scores[index], display.ties, display.tie_tolerance)
            self._node_ranks[index] = found
        return found

    def grade(self, unit: str) -> str | None:
        """The grade (等次) after bands, vetoes (一票否决) and quotas; None without bands."""
        return self.arrays.grades[self._unit(unit)]

    def ranking(self) -> list[tuple[int | None, str, float, str | None]]:
        """``(rank, unit, total, grade)`` for every unit, best first."""
        rows = [
            (self.arrays.ranks[p], unit, self.arrays.totals[p], self.arrays.grades[p])
            for p, unit in enumerate(self.arrays.units)
        ]
        return sorted(rows, key=lambda row: (row[0] or 0, self._positions[row[1]]))

    def reason(self, unit: str) -> str | None:
        """Which rule moved the unit's grade from its band's (a veto, a cap, a quota), if any.

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
        steps = self.arrays.grade_steps[self._unit(unit)]
        moved = [
            step.note for before, step in itertools.pairwise(steps) if step.grade != before.grade
        ]
        return "; ".join(moved) or None

    def table(self) -> str:
        """The ranking as a plain-text table with a header, totals rounded for display.

        A ``reason`` column names the rule that moved a grade, when any rule did.
        """
        width = max([20, *(_width(unit) for unit in self.units)])
        reasons = {unit: self.reason(unit) for unit in self.units}
        grades = max([5, *(len(grade or "") for *_, grade in self.ranking())])
        with_reasons = any(reasons.values())
        head = f"{'rank':>4}  {_pad('unit', width)} {'total':>10}  {'grade':<{grades}}"
        lines = [f"{head}  reason" if with_reasons else head.rstrip()]
        for rank, unit, total, grade in self.ranking():
            shown = quantize(total, self.scheme.display.digits, self.scheme.display.rounding)
            line = f"{rank!s:>4}  {_pad(unit, width)} {shown:>10}  {grade or '':<{grades}}"
            if reasons[unit]:
                line = f"{line}  {reasons[unit]}"
            lines.append(line.rstrip())
        return "\n".join(lines)

    def __repr__(self) -> str:
        """A one-line summary; the scheme, data and scores are in the attributes."""
        ranking = self.ranking()
        best = ranking[0][1] if ranking else None
        return (
            f"Evaluation(scheme={self.scheme.id!r}, units={len(self.units)}, "
            f"nodes={len(self.compiled)}, first={best!r})"
        )

    def _repr_html_(self) -> str:
        """The ranking as an HTML table for Jupyter: escaped, no scripts, at most ``MAX_ROWS`` rows."""
        digits, rounding = self.scheme.display.digits, self.scheme.display.rounding
        reasons = {unit: self.reason(unit) for unit in self.units}
        columns: tuple[str, ...] = ("rank", "unit", "total", "grade")
        if any(reasons.values()):
            columns = (*columns, "reason")
        rows = [
            (rank, unit, quantize(total, digits, rounding), grade or "", reasons[unit] or "")[
                : len(columns)
            ]
            for rank, unit, total, grade in self.ranking()
        ]
        ranking = table(columns, rows)
        return f'<div style="{BOX_STYLE}">{ranking}</div>'

    def explain(self, unit: str) -> Explanation:
        """Why the unit has its total, rank and grade: every input, weight, rule and band."""
        position = self._unit(unit)
        arrays = self.arrays
        root = self.compiled[-1]
        _, _, block = block_effects(self.scheme, self.data[unit], unit)
        has_block = any(effect.kind in {"bonus", "penalty"} for effect in block)
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
        )

    def standings(self, unit: str) -> list[Standing]:
        """The unit's rank on every leaf that has a score, best first (then in scheme order)."""
        position = self._unit(unit)
        found: list[Standing] = []
        for item in self.compiled:
            if not item.node.is_leaf:
                continue
            score = self.arrays.scores[item.index][position]
            rank = self._ranks_of(item.index)[position]
            if score is None or rank is None:
                continue
            count = sum(1 for value in self.arrays.scores[item.index] if value is not None)
            found.append(Standing(item.node.id, score, rank, count))
        order = {item.node.id: item.index for item in self.compiled}
        return sorted(found, key=lambda s: (s.rank / s.units, order[s.node]))

    def strengths(self, unit: str, count: int = 3) -> list[Standing]:
        """The leaves where the unit ranks best among all units (its strengths, 优势)."""
        return self.standings(unit)[:count]

    def weaknesses(self, unit: str, count: int = 3) -> list[Standing]:
        """The leaves where the unit ranks worst among all units (its weaknesses, 短板), worst first."""
        return list(reversed(self.standings(unit)))[:count]

    def compare(self, before: Evaluation) -> list[RankChange]:
        """Rank changes from an earlier run ``before`` to this one, for every unit in either."""
        units = list(self.arrays.units) + [
            u for u in before.arrays.units if u not in self._positions
        ]
        changes: list[RankChange] = []
        for unit in units:
            old = before._positions.get(unit)
            new = self._positions.get(unit)
            changes.append(
                RankChange(
                    unit=unit,
                    before_rank=None if old is None else before.arrays.ranks[old],
                    after_rank=None if new is None else self.arrays.ranks[new],
                    before_score=None if old is None else before.arrays.totals[old],
                    after_score=None if new is None else self.arrays.totals[new],
                )
            )
        return changes


def _look_up(table: Mapping[str, int], key: str, what: str, message: str) -> int:
    try:
        return table[key]
    except (KeyError, TypeError):  # TypeError: an unhashable key
        raise UnknownReferenceError([Issue(what, message + closest(key, table), key)]) from None


def _build_tree(evaluation: Evaluation, root: Compiled, position: int) -> NodeExplanation:
    """Every node's explanation for the unit at ``position``, rebuilt from the stored arrays."""
    arrays = evaluation.arrays
    compiled = evaluation.compiled
    unit = arrays.units[position]
    row = evaluation.data[unit]
    digits = evaluation.scheme.display.digits
    rounding = evaluation.scheme.display.rounding
    scores = arrays.scores
    applicable = arrays.applicable
    base = arrays.base

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
