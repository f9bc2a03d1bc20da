"""How many items, points and rules ``rulegov.read_scheme`` reads right, against schemes read by hand.

Each fixture in ``tests/parse/schemes`` is a real appraisal document (``NAME.txt``) beside the
facts a person read from it (``NAME.json``): the items with their ids, the first words of their
names and their points, and the rules as (kind, item, points). An item is right when the scheme
has a node of that id whose name starts with those words; its points are right when the node's
points (a leaf) or stated cap (a group) equal them; a rule is right when the scheme has a rule of
that kind, on that item, with those points (each read rule matches one expected rule at most).
Rules read beyond those expected count as extra. The baseline is the hand reading itself: 100 %.

Run: ``python benchmarks/scheme_accuracy.py``.
"""

from __future__ import annotations

import collections
import json
import pathlib
import sys

import rulegov

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "tests" / "parse" / "schemes"


def score(name: str) -> collections.Counter[str]:
    """Count what the reader gets right in one fixture."""
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    scheme = rulegov.read_scheme(FIXTURES / f"{name}.txt")
    nodes = {node.id: node for node in scheme.nodes()}
    counts = collections.Counter(
        items=len(expected["items"]), points=len(expected["items"]), rules=len(expected["rules"])
    )
    for node_id, words, points in expected["items"]:
        node = nodes.get(node_id)
        if node is None or not (node.name or "").startswith(words):
            continue
        counts["items right"] += 1
        stated = node.points if node.is_leaf else node.cap
        if stated is not None and abs(stated - points) < 1e-9:
            counts["points right"] += 1
    read = collections.Counter(
        (rule.kind, getattr(rule, "node", None), round(rule.points, 6))
        for rule in scheme.rules
        if rule.kind != "veto"
    )
    wanted = collections.Counter(
        (kind, node, round(float(points), 6)) for kind, node, points in expected["rules"]
    )
    counts["rules right"] = sum((read & wanted).values())
    counts["rules extra"] = sum((read - wanted).values())
    return counts


def main() -> int:
    """Print one line per fixture and the totals."""
    names = sorted(path.stem for path in FIXTURES.glob("*.txt"))
    total: collections.Counter[str] = collections.Counter()
    print(f"{'document':<20} {'items':>9} {'points':>9} {'rules':>9} {'extra':>6}")
    for name in names:
        found = score(name)
        total.update(found)
        print(
            f"{name:<20} {found['items right']:>4}/{found['items']:<4} "
            f"{found['points right']:>4}/{found['points']:<4} "
            f"{found['rules right']:>4}/{found['rules']:<4} {found['rules extra']:>6}"
        )
    print(
        f"{'total':<20} {total['items right']:>4}/{total['items']:<4} "
        f"{total['points right']:>4}/{total['points']:<4} "
        f"{total['rules right']:>4}/{total['rules']:<4} {total['rules extra']:>6}"
    )
    print(f"documents: {len(names)}; baseline (the hand reading): 100 % of each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
