"""Checks of the scheme as read, reported as diagnostics rather than refused.

The items' points against the stated total (``points-mismatch``), grade bands that overlap
(``bands-incomplete``; the bands are left out, the items and rules kept) or leave scores without a
grade (``bands-gap``; the gap is declared, a unit scoring there is left ungraded), and vetoes that
have no grade band to act on (``veto-without-grade``).
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, Any

from rulegov.errors import InvalidSchemeError, Issue
from rulegov.parse._scheme_lines import walk_nodes
from rulegov.parse._scheme_words import HUNDRED, POINTS_PAREN, TOTAL

if TYPE_CHECKING:
    from rulegov.parse._scheme_lines import Reader

__all__ = [
    "check_caps",
    "check_total",
    "full_points",
    "settle_vetoes",
    "stated_in_criteria",
    "tiled",
]


def check_total(reader: Reader, root: dict[str, Any]) -> None:
    """A ``points-mismatch`` diagnostic, on the sentence that states the total, if it differs."""
    found = sum(full_points(child) for child in root["children"])
    if reader.total is not None and root["children"] and abs(found - reader.total) > 1e-6:
        names = ", ".join(
            f"{child['id']} {child['name']} {full_points(child):g}" for child in root["children"]
        )
        start, end = _total_span(reader)
        reader.diagnose(
            "points-mismatch",
            f"the items add up to {found:g} points, the document states a total of {reader.total:g} ({names})",
            start,
            end,
        )


def _total_span(reader: Reader) -> tuple[int, int]:
    """Where the document states its total (满分为100分 · 百分制); its first character if nowhere."""
    for found in TOTAL.finditer(reader.text):
        if float(found.group(1)) == reader.total:
            return found.start(), found.end()
    hundred = HUNDRED.search(reader.text)
    if hundred is not None and reader.total == 100:
        return hundred.start(), hundred.end()
    return 0, min(len(reader.text), 1)


def check_caps(reader: Reader, root: dict[str, Any]) -> None:
    """Refuse a bonus or penalty cap above the full points, naming where the document states it.

    The full points named are those the document states (满分100分), or else the sum of its
    items; a cap within the stated total but above what the items add up to says so.

    Raises:
        rulegov.InvalidSchemeError: for such a cap, with the source, line and column of its text.
    """
    found = sum(full_points(child) for child in root["children"])
    if not root["children"] or found <= 0:
        return
    for name, cap, words in (
        ("bonus_cap", reader.bonus_cap, "bonus"),
        ("penalty_cap", reader.penalty_cap, "penalty"),
    ):
        if cap is None or cap[0] <= found:
            continue
        value, start, end = cap
        quoted = reader.text[start:end]
        if reader.total is None:
            full = f"the full points of the scheme ({found:g}, what its items add up to)"
        elif value > reader.total:
            full = f"the full points of the scheme ({reader.total:g}, as the document states)"
        else:
            full = (
                f"the {found:g} points its items add up to (the document states a total of "
                f"{reader.total:g}: add the missing items' points)"
            )
        line, column = reader.line_column(start)
        message = (
            f"the {words} cap of {value:g} points ({quoted!r}) exceeds {full}; "
            "a cap is at most the full points"
        )
        issue = Issue(name, message, value, "invalid-scheme", line=line, column=column)
        raise InvalidSchemeError([issue], "Scheme", source=reader.source)


def full_points(node: dict[str, Any]) -> float:
    if "points" in node:  # a leaf, perhaps with criteria below it
        return float(node["points"])
    if "children" in node:
        total = sum(full_points(child) for child in node["children"])
        cap = node.get("cap")
        return total if cap is None else min(total, float(cap))
    return float(node.get("points", 0.0))


def tiled(
    reader: Reader, bands: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The bands, best first, and the gaps they leave; no bands if two overlap.

    A gap that the document leaves between two bands (80-90分为良好，60-70分为合格) is kept as
    declared, with a ``bands-gap`` warning: a unit scoring there is left ungraded. Overlapping
    bands are left out, with a ``bands-incomplete`` warning quoting them; leaving them out, rather
    than refusing the scheme, keeps the document's items and rules.
    """
    stated = "; ".join(reader.text[band["span"]["start"] : band["span"]["end"]] for band in bands)
    first = min((band["span"]["start"] for band in bands), default=0)
    last = max((band["span"]["end"] for band in bands), default=0)
    gaps: list[dict[str, Any]] = []
    left: list[str] = []  # said once no two bands overlap: overlapping bands leave no gap kept
    for upper, lower in itertools.pairwise(bands):
        top, bottom = upper.get("min"), lower.get("max")
        if top is not None and bottom is not None and bottom == top:
            continue
        if top is not None and bottom is not None and bottom < top:
            gaps.append({"min": bottom, "max": top, "span": {"start": first, "end": last}})
            left.append(
                f"{upper['label']} and {lower['label']} leave the scores from {bottom:g} to "
                f"{top:g} without a grade (the document states: {stated}): a unit scoring there "
                "is left ungraded; add the missing grade to grade it"
            )
            continue
        problem = (
            f"{upper['label']} and {lower['label']} overlap"
            if top is None or bottom is None
            else f"{upper['label']} and {lower['label']} overlap from {top:g} to {bottom:g}"
        )
        reader.diagnose(
            "bands-incomplete",
            f"the grade bands are left out of the scheme: {problem} (the document states: "
            f"{stated}); state bands that do not overlap to use them",
            first,
            last,
        )
        return [], []
    for message in left:
        reader.diagnose("bands-gap", message, first, last)
    return bands, gaps


def settle_vetoes(reader: Reader, bands: list[dict[str, Any]]) -> None:
    """A veto forces the lowest grade; without grade bands it is kept and reported when it fires.

    A document that states no grade bands, or bands left out as incomplete, gives its vetoes no
    grade to act on: each is kept without one (an evaluation names it as the reason of every unit it fires for) and is a
    diagnostic. A veto naming a grade that the bands do not hold is left out, also a diagnostic.
    """
    grades = [band["grade"] for band in bands]
    dropped = any(found["code"] == "bands-incomplete" for found in reader.diagnostics)
    kept: list[dict[str, Any]] = []
    for rule in reader.rules:
        if rule["kind"] != "veto":
            kept.append(rule)
            continue
        if rule["effect"] == "force" and "grade" not in rule and grades:
            rule["grade"] = grades[-1]
        unheld = bool(grades) and rule.get("grade") is not None and rule["grade"] not in grades
        if not grades:
            rule.pop("grade", None)
        if not grades or unheld:
            problem = (
                f"names grade {rule.get('grade')!r}, which the document's bands do not hold; "
                "it is left out"
                if unheld
                else "has no grade band to act on ("
                + (
                    "the document's grade bands were left out, see bands-incomplete"
                    if dropped
                    else "the document states none"
                )
                + "): an evaluation reports it where it fires; add grade bands to apply it"
            )
            reader.diagnose(
                "veto-without-grade",
                f"veto {rule['reason']!r} {problem}",
                rule["span"]["start"],
                rule["span"]["end"],
            )
        if not unheld:
            kept.append(rule)
    reader.rules[:] = kept


def stated_in_criteria(reader: Reader, root: dict[str, Any]) -> None:
    """Name the points an item judged by hand states in its criterion (``points-in-standard``).

    ``纳入议事日程（2分）；建立责任制（3分）…`` left in the criterion of an item whose heading was
    not read as one with parts: the points of its parts are counted nowhere, and are said to be,
    unless a diagnostic already names them.
    """
    said = sorted(
        found["span"]["start"]
        for found in reader.diagnostics
        if found["code"] == "points-in-standard"
    )
    for node in walk_nodes(root):
        criterion = node.get("criterion")
        if not node.get("manual") or node.get("children") or not criterion:
            continue
        stated = [found.group() for found in POINTS_PAREN.finditer(criterion)]
        start, end = node["span"]["start"], node["span"]["end"]
        at = bisect.bisect_left(said, start)
        if not stated or (at < len(said) and said[at] < end):
            continue
        reader.diagnose(
            "points-in-standard",
            f"points {'、'.join(stated)} stated in the criterion of item {node['id']} "
            f"{node['name']!r} are counted nowhere: check whether they are items of their own",
            start,
            end,
            severity="info",
        )
