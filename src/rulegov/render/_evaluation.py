"""Appraisal schemes, evaluations and explanations: as plain text, and as HTML for Jupyter.

The HTML is escaped text, no scripts, tables bounded in size, as every display of rulegov.
"""

from __future__ import annotations

import html
import json
import math
from typing import TYPE_CHECKING, Any

from rulegov._text import display_width, unrounded
from rulegov.errors import UndrawableError, _check_kind
from rulegov.evaluation import (
    BonusRule,
    DeductionRule,
    PenaltyRule,
    ShortfallRule,
    VetoRule,
)
from rulegov.render._html import BOX_STYLE, Markup, escape, table
from rulegov.render._markdown import md, md_table
from rulegov.render._report import appraisal_cells, appraisal_rows, grade_cell, pad

if TYPE_CHECKING:
    from rulegov.evaluation import (
        Evaluation,
        Explanation,
        Grading,
        Node,
        NodeExplanation,
        RuleEffect,
        Scheme,
        SchemeInput,
    )

Rule = DeductionRule | ShortfallRule | BonusRule | PenaltyRule | VetoRule

__all__ = [
    "evaluation_html",
    "evaluation_json",
    "evaluation_text",
    "explanation_data",
    "explanation_html",
    "explanation_json",
    "explanation_markdown",
    "explanation_table",
    "explanation_text",
    "scheme_html",
    "scheme_inputs_text",
]


def evaluation_text(evaluation: Evaluation) -> str:
    """The ranking as a plain-text table with a header, scores rounded for display.

    The columns are those of every table of results: rank, unit, score, grade (with the
    scheme's label beside it, ``excellent (优秀)``) and, when any rule moved a grade, the reason.
    """
    head, rows = appraisal_cells(evaluation)
    table_rows = [list(head), *rows]
    units = max([20, *(display_width(row[1]) for row in table_rows)])
    grades = max(display_width(row[3]) for row in table_rows)
    lines = []
    for rank, unit, score, grade, *reason in table_rows:
        line = f"{rank:>4}  {pad(unit, units)} {score:>10}  {pad(grade, grades)}  {''.join(reason)}"
        lines.append(line.rstrip())
    return "\n".join(lines)


def _grade_line(explanation: Explanation) -> str | None:
    """The grade with its label, and the rule that moved it (or how the band gave it)."""
    if explanation.grade is None:  # no bands: the vetoes that fired, if any
        return explanation.reason
    if explanation.reason:  # the rule that moved it, the grade with its label
        return f"grade {grade_cell(explanation.grade, explanation.label)}: {explanation.reason}"
    band = explanation.grade_steps[0].note if explanation.grade_steps else ""
    return f"grade {explanation.grade}: {band}" if band else f"grade {explanation.grade}"


def _block_lines(explanation: Explanation) -> list[str]:
    """One line per bonus (加分), penalty (减分) and cap rule: what it did and why."""
    if not explanation.block:
        return []
    root = explanation.root
    return [
        f"{effect.kind} {effect.rule}: {root.signed(effect.points)} ({effect.note})"
        for effect in explanation.block
    ]


def explanation_text(explanation: Explanation) -> str:
    """The explanation of one unit's result as an indented text tree."""
    total = unrounded(explanation.total, explanation.display)
    head = f"{explanation.unit}: {explanation.display} (unrounded {total})"
    lines = [f"{head}, rank {explanation.rank} of {explanation.units}"]
    if explanation.grade_steps:
        steps = "; ".join(step.note for step in explanation.grade_steps)
        lines.append(f"grade {explanation.grade}: {steps}" if explanation.grade else steps)
    lines.extend(_block_lines(explanation))
    lines.extend("  " * depth + node.line() for node, depth in _with_depths(explanation.root))
    return "\n".join(lines)


def explanation_data(explanation: Explanation) -> dict[str, Any]:
    """The explanation of one unit's result as JSON-ready data.

    The total both as the scheme rounds it for display (``display``) and unrounded
    (``score``); the grade's key, its label (优秀) and the rule that forced it (``reason``: a
    veto, a cap, a quota), with every step that decided it; what each bonus (加分) and penalty
    (减分) rule did; and one entry per node of the scheme, with its score rounded and unrounded,
    its weights and what its rules did (扣分).

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate({"id": "s", "root": {"id": "all",
        ...     "aggregation": "sum", "children": [{"id": "a", "points": 60}]},
        ...     "rules": [{"kind": "bonus", "id": "prize", "input": "prizes", "points": 2}]})
        >>> data = explanation_data(rulegov.evaluate(scheme, {"x": {"a": 0.5, "prizes": 1}}).explain("x"))
        >>> data["score"], data["display"], data["bonuses"][0]["points"], data["nodes"][1]["display"]
        (32.0, '32.00', 2.0, '30.00')
    """
    effects = [_effect(effect) for effect in explanation.block]
    nodes = [
        {**row, "rules": [_effect(effect) for effect in node.rules]}
        for row, node in zip(explanation.rows(), explanation.root.walk(), strict=True)
    ]
    return {
        "unit": explanation.unit,
        "category": explanation.category,
        "rank": explanation.rank,
        "units": explanation.units,
        "score": explanation.total,
        "display": explanation.display,
        "grade": explanation.grade,
        "label": explanation.label,
        "reason": explanation.reason,
        "grade_steps": [step.note for step in explanation.grade_steps],
        "bonuses": [e for e in effects if _side(e) == "bonus"],
        "penalties": [e for e in effects if _side(e) == "penalty"],
        "nodes": nodes,
    }


def _effect(effect: RuleEffect) -> dict[str, Any]:
    """What one rule did, as JSON-ready data."""
    return {
        "rule": effect.rule,
        "kind": effect.kind.value,
        "points": effect.points,
        "note": effect.note,
    }


def _side(effect: dict[str, Any]) -> str:
    """Whether a block effect is on the bonus side or the penalty side (a cap: by its id)."""
    if effect["kind"] == "cap":
        return "bonus" if str(effect["rule"]).startswith("bonus") else "penalty"
    return str(effect["kind"])


def explanation_json(explanation: Explanation) -> str:
    """The explanation of one unit's result as JSON text (see `explanation_data`)."""
    return json.dumps(explanation_data(explanation), ensure_ascii=False, indent=2)


def evaluation_json(evaluation: Evaluation) -> str:
    """The ranking as JSON text: one row per unit (see [`appraisal_rows`][rulegov.render.appraisal_rows])."""
    return json.dumps(appraisal_rows(evaluation), ensure_ascii=False, indent=2)


def explanation_markdown(explanation: Explanation) -> str:
    """The explanation of one unit's result in Markdown: the total, grade, rules and node table.

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate({"id": "s", "root": {"id": "all",
        ...     "aggregation": "sum", "children": [{"id": "a", "points": 60}]}})
        >>> print(explanation_markdown(rulegov.evaluate(scheme, {"x": {"a": 0.5}}).explain("x")))
        ### x: 30.00, rank 1 of 1
        <BLANKLINE>
        - score: 30.00 (unrounded 30.0)
        <BLANKLINE>
        | node | name | score | weight | effective | rules | note |
        |---|---|---|---|---|---|---|
        | all |  | 30.00 |  |  | +0 | sum |
        | · a |  | 30.00 | 1 | 1 | +0 | input 0.5 → none() = 0.5; × 60 points |
    """
    title = f"{md(explanation.unit)}: {md(explanation.display)}"
    out = [
        f"### {title}, rank {explanation.rank} of {explanation.units}",
        "",
        f"- score: {md(explanation.display)} (unrounded {md(unrounded(explanation.total, explanation.display))})",
    ]
    grade = _grade_line(explanation)
    if grade:
        out.append(f"- {md(grade)}")
    out.extend(f"- {md(line)}" for line in _block_lines(explanation))
    rows = [["· " * depth + node.node, *cells] for node, depth, cells in _node_rows(explanation)]
    return "\n".join([*out, "", *md_table(list(_NODE_HEAD), rows)])


_NODE_HEAD = ("node", "name", "score", "weight", "effective", "rules", "note")
"""The columns of an explanation's table of nodes, in Markdown and in HTML."""


def _node_rows(explanation: Explanation) -> list[tuple[NodeExplanation, int, list[str]]]:
    """Each node of an explanation, depth first, with its depth and its cells after its own."""
    return [
        (
            node,
            depth,
            [
                node.name or "",
                node.display or "-",
                _number(node.nominal_weight),
                _number(node.effective_weight),
                _rule_points(node),
                _node_note(node),
            ],
        )
        for node, depth in _with_depths(explanation.root)
    ]


def _with_depths(root: NodeExplanation) -> list[tuple[NodeExplanation, int]]:
    """Every node under ``root`` with its depth, depth first."""
    found: list[tuple[NodeExplanation, int]] = []
    stack: list[tuple[NodeExplanation, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        found.append((node, depth))
        stack.extend((child, depth + 1) for child in reversed(node.children))
    return found


def _rule_points(node: NodeExplanation) -> str:
    """The points a node's rules added or took, rounded as the scheme displays scores.

    The sum is rounded once; where the effects, each rounded as the note beside shows it, add
    up to another figure (-0.4 and -0.4 beside -0.7), the unrounded effects follow:
    ``-0.7 (= -0.35 -0.35)``.
    """
    points = [effect.points for effect in node.rules]
    total = node.signed(math.fsum(points))
    if len(points) > 1:
        shown = math.fsum(float(node.signed(part)) for part in points)
        if node.signed(shown) != total:
            return f"{total} (= {' '.join(format(part, '+.10g') for part in points)})"
    return total


def _node_note(node: NodeExplanation) -> str:
    """How a node's score came about, as its line in the text tree says after the dash."""
    line = node.line()
    return line.split(" — ", 1)[1] if " — " in line else (node.note or "")


def explanation_table(explanation: Explanation) -> str:
    """The rows of an explanation as a plain-text table, one line per node of the scheme.

    Each line gives the node (indented by its depth), its score as displayed, its nominal and
    effective weights and the points its rules added or took off (加分, 扣分).

    Args:
        explanation: One unit's explanation, from
            [`Evaluation.explain`][rulegov.Evaluation.explain].

    Returns:
        The table, its head and a rule first.

    Raises:
        UndrawableError: for anything but an explanation (also a ``TypeError``).

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate({"id": "s", "root": {"id": "all",
        ...     "aggregation": "sum", "children": [{"id": "a", "points": 60},
        ...     {"id": "b", "points": 40}]}})
        >>> print(explanation_table(rulegov.evaluate(scheme, {"x": {"a": 1.0, "b": 0.5}}).explain("x")))
        node                          score   weight effective   rules
        --------------------------------------------------------------
        all                           80.00                         +0
          a                           60.00        1         1      +0
          b                           20.00        1         1      +0
    """
    if type(explanation).__name__ != "Explanation":
        raise UndrawableError(
            f"explanation_table draws an Explanation (from Evaluation.explain), "
            f"not a {type(explanation).__name__}",
            explanation,
            "explanation",
        )
    head = f"{'node':<24} {'score':>10} {'weight':>8} {'effective':>9} {'rules':>7}"
    lines = [head, "-" * len(head)]
    for node, depth in _with_depths(explanation.root):
        name = "  " * depth + node.node
        weight = node.nominal_weight
        effective = node.effective_weight
        lines.append(
            f"{name:<24} {node.display or '-':>10} "
            f"{'' if weight is None else format(weight, 'g'):>8} "
            f"{'' if effective is None else format(effective, '.4g'):>9} "
            f"{_rule_points(node):>7}"
        )
    return "\n".join(lines)


def scheme_inputs_text(scheme: Scheme) -> str:
    """The keys a unit's data may give, as a plain-text table: the form to collect from units.

    One line per key (see [`Scheme.inputs`][rulegov.Scheme.inputs]): the key, what kind of value
    it takes, the item it acts on and what to give, in the document's words.

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate({"id": "s", "root": {"id": "all",
        ...     "aggregation": "sum", "children": [{"id": "a", "name": "学法", "points": 10}]},
        ...     "rules": [{"kind": "deduction", "id": "a-1", "node": "a", "input": "a.late",
        ...                "points": 1, "reason": "每迟报一次扣1分"}]})
        >>> print(scheme_inputs_text(scheme))
        input   kind   item  what to give
        a       value  a     学法
        a.late  count  a     每迟报一次扣1分
    """
    _check_kind(scheme, "Scheme", "scheme", "a rulegov Scheme")
    rows = [
        (
            item.key,
            item.kind.value + (" (manual)" if item.manual else ""),
            _input_item(item),
            item.what,
        )
        for item in scheme.inputs()
    ]
    head = ("input", "kind", "item", "what to give")
    widths = [
        max(display_width(row[column]) for row in (head, *rows)) for column in range(len(head) - 1)
    ]
    lines = [
        "  ".join(pad(cell, width) for cell, width in zip(row[:-1], widths, strict=True))
        + "  "
        + " ".join(row[-1].split())
        for row in (head, *rows)
    ]
    return "\n".join(lines)


def _input_item(item: SchemeInput) -> str:
    """The item an input acts on; for a criterion's rule, the item whose points it takes too."""
    if item.node is None:
        return "-"
    if item.deducts_from is None:
        return item.node
    return f"{item.node} (criterion of {item.deducts_from})"


def evaluation_html(evaluation: Evaluation) -> str:
    """The ranking as an HTML table: rank, unit, score, grade, and the rule behind a grade.

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate(
        ...     {"id": "s", "root": {"id": "all", "children": [{"id": "a"}]}})
        >>> "<table" in evaluation_html(rulegov.evaluate(scheme, {"x": {"a": 1.0}}))
        True
    """
    head, rows = appraisal_cells(evaluation)
    ranking = table(head, rows)
    return f'<div style="{BOX_STYLE}">{ranking}</div>'


def explanation_html(explanation: Explanation) -> str:
    """Why a unit has its total: its grade, its rules and every node.

    The grade comes with the rule that forced it (a veto, a cap, a quota), then the bonus and
    penalty lines the text form shows, then every node with its score, weights and note.

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.Scheme.model_validate(
        ...     {"id": "s", "root": {"id": "all", "children": [{"id": "a"}]}})
        >>> page = explanation_html(rulegov.evaluate(scheme, {"x": {"a": 1.0}}).explain("x"))
        >>> "<b>x</b>" in page
        True
    """
    head = (
        f"<p><b>{html.escape(explanation.unit)}</b>: {html.escape(explanation.display)} "
        f"(unrounded {html.escape(unrounded(explanation.total, explanation.display))}), "
        f"rank {explanation.rank} of {explanation.units}</p>"
    )
    grade = _grade_line(explanation)
    if grade:
        head += f"<p>{html.escape(grade)}</p>"
    block = _block_lines(explanation)
    if block:
        head += "<p>" + "<br>".join(html.escape(line) for line in block) + "</p>"
    rows = [
        (Markup("&nbsp;" * 2 * depth + escape(node.node)), *cells)
        for node, depth, cells in _node_rows(explanation)
    ]
    nodes = table(_NODE_HEAD, rows)
    return f'<div style="{BOX_STYLE}">{head}{nodes}</div>'


def _number(value: object) -> str:
    """A number rounded for display: four significant digits, no trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.4g}"
    return str(value)


def _rule_text(rule: Rule) -> str:
    """One rule in a few words: what it does, then the text it came from."""
    if isinstance(rule, VetoRule):
        what = "lower one grade" if rule.grade is None else f"{rule.effect.value} {rule.grade}"
    elif isinstance(rule, ShortfallRule):
        what = f"-{rule.points:g} per point below {rule.required_rate:g}"
    else:
        sign = "+" if isinstance(rule, BonusRule) else "-"
        what = f"{sign}{rule.points:g}"
        if isinstance(rule, DeductionRule) and rule.per != 1:
            what += f" per {rule.per:g}"
    if getattr(rule, "max", None) is not None:
        what += f", at most {getattr(rule, 'max', 0):g}"
    return f"{rule.id}: {what} ({rule.reason})" if rule.reason else f"{rule.id}: {what}"


def _node_how(node: Node, deducts_from: str | None = None) -> str:
    """How a node scores, in a few words: aggregation, 扣分制, criterion, manual, floor and cap."""
    how: list[str] = []
    if not node.is_leaf:
        how.append(node.aggregation.value)
    if node.start_full:
        how.append("starts full (扣分制)")
    if node.is_criterion:
        how.append(f"criterion: its rules take points off {deducts_from or 'the item above'}")
        if node.manual:
            how.append("manual: a rater judges it")
    elif node.manual:
        how.append("manual: the data supplies it")
    if node.floor is not None:
        how.append(f"floor {node.floor:g}")
    if node.cap is not None:
        how.append(f"cap {node.cap:g}")
    return "; ".join(how)


def _standard(node: Node) -> str:
    """A node's scoring standard, unless its criteria show it row by row below it."""
    if node.is_criterion or not node.criteria():
        return node.criterion or ""
    return ""


def _grading_rows(grading: Grading) -> list[tuple[str, str, str]]:
    rows = [(band.grade, band.label or "", band.describe()) for band in grading.bands]
    for quota in grading.quotas:
        limit = (
            f"at most {quota.max_count}"
            if quota.max_count is not None
            else f"at most {quota.max_share or 0:.0%}"
        )
        rows.append((f"quota {quota.grade}", "", limit))
    for gap in grading.gaps:
        where = f" ({gap.category})" if gap.category is not None else ""
        rows.append((f"gap{where}", "", f"{gap.describe()}: no grade"))
    return rows


def scheme_html(scheme: Scheme) -> str:
    """The indicator tree with points, weights and rules, the grade bands and the other rules.

    Escaped text, no scripts, bounded tables.

    Examples:
        >>> from rulegov.evaluation import Node, Scheme
        >>> page = scheme_html(Scheme(id="s", root=Node(id="all", children=[Node(id="a", points=5)])))
        >>> "<th" in page
        True
    """
    by_node: dict[str, list[str]] = {}
    others: list[tuple[str, str]] = []
    for rule in scheme.rules:
        target = getattr(rule, "node", None)
        if target is None:
            others.append((rule.kind, _rule_text(rule)))
        else:
            by_node.setdefault(target, []).append(_rule_text(rule))
    leaf_of = scheme.criteria()
    rows = []
    depth = {scheme.root.id: 0}
    for node in scheme.nodes():  # depth first: a parent comes before its children
        depth.update((child.id, depth[node.id] + 1) for child in node.children)
        points = None if node.is_criterion else node.full_points()
        rows.append(
            (
                Markup("&nbsp;" * 2 * depth[node.id] + escape(node.id)),
                node.name or "",
                "" if points is None else format(points, ".4g"),
                "" if node.is_criterion else format(node.weight, ".4g"),
                _node_how(node, leaf_of.get(node.id)),
                "; ".join(by_node.get(node.id, [])) or _standard(node),
            )
        )
    full = scheme.root.full_points()
    head = f"<p><b>{escape(scheme.name or scheme.id)}</b>: {len(scheme.leaves())} items"
    head += "" if full is None else f", {full:g} points"
    parts = [head + "</p>", table(("item", "name", "points", "weight", "how", "rules"), rows)]
    caps = [("bonus cap", scheme.bonus_cap), ("penalty cap", scheme.penalty_cap)]
    others += [(name, format(value, "g")) for name, value in caps if value is not None]
    if others:
        parts.append(table(("rule", "what"), others))
    if scheme.grading is not None:
        parts.append(table(("grade", "label", "band"), _grading_rows(scheme.grading)))
    if scheme.diagnostics:
        parts.append(table(("to review",), [(str(d),) for d in scheme.diagnostics]))
    return f'<div style="{BOX_STYLE}">{"".join(parts)}</div>'
