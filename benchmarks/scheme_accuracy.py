"""How many items, points and rules ``rulegov.read_scheme`` reads right, against schemes read by hand.

Each fixture in ``tests/parse/schemes`` is a real appraisal document (``NAME.txt``) beside the
facts a person read from it (``NAME.json``): the items with their ids, the first words of their
names and their points, and the rules as (kind, item, points). An item is right when the scheme
has a node of that id whose name starts with those words; its points are right when the node's
points (a leaf) or stated cap (a group) equal them; a rule is right when the scheme has a rule of
that kind, on that item, with those points (each read rule matches one expected rule at most;
the rule of a criterion counts as the rule of the item whose points it takes, as these facts
key it).
Rules read beyond those expected count as extra. The baseline is the hand reading itself: 100 %.

A second table scores the appraisal documents of the project's corpus
(``tests/corpus/schemes/dev``, or the folder given with ``--corpus``), whose facts
(``NNN_<slug>.scheme.json``) give the tree of items (number, title, points) and the deductions
(the item's number path, the points, or ``all`` / ``discretionary``). An item is right when a
node's name, after NFKC and without spaces (nor a mirror's pinyin glosses, ``領(lǐng)導(dǎo)``), starts
with the item's title (or the title with the name), matched one to one in order; a deduction
is right when the reader has a rule on that item's node taking those points (all of the item's
points for ``all``; a rule the rater fills in for ``discretionary``). An item printed without
points under an item with points (a criterion, ``1.未按规定亮证执法的，扣1分``) is matched like
any item, and ``all`` of its deductions is all the points of the item above it, which its rules
take points off. A document the reader refuses counts as reading nothing, which is right when
its facts list no item.

A third table scores the collected documents in ``tests/parse/schemes/real`` (``tune`` and
``check``, or the folders given with ``--real``), in the corpus format plus what the whole
document states: the bonus rules (by points, one to one), the bonus cap, the vetoes (by count)
and the grade bands (by label and lower edge). A refused document reads nothing.

The column *accounted* counts what the scheme accounts for, by a scan of the document that owes
nothing to the reader: every points marker (``（5分）``, ``分值：5分``, a bare ``5分`` after a full
stop or at the start of a line or cell, a number in a 分值 column) and every clause (between
``。；;`` and line breaks) that deducts, adds or vetoes (扣/减/加 + X分, 扣完为止, 酌情扣分,
一票否决). A marker is accounted when a span of the scheme (an item, a rule, a grade band, a
quota or a diagnostic) overlaps it, a clause when such a span overlaps the clause. A document
the reader refuses accounts for nothing.

``--pooled ROOT`` scores, in the third table's way, every folder under ``ROOT`` that holds a
``tune`` and a ``check`` half (the collected sets of ``tests/parse/schemes``), one line per folder
and half, and the totals of each half over all of them, and stops:
``python benchmarks/scheme_accuracy.py --pooled tests/parse/schemes``.

Speed: ``parse_scheme`` on each fixture repeated to about 700 KB, against one ``re.finditer``
pass for the points markers over the same text (medians of 5 runs, and the ratio).

Run: ``python benchmarks/scheme_accuracy.py [--corpus DIR] [--real DIR ...]``.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import json
import pathlib
import re
import statistics
import sys
import time
import unicodedata
from typing import TYPE_CHECKING, Any

import rulegov
import rulegov.io

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = pathlib.Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "parse" / "schemes"
CORPUS = ROOT / "tests" / "corpus" / "schemes" / "dev"
REAL = ROOT / "tests" / "parse" / "schemes" / "real"


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
    # these hand readings key every rule to an item with points: a criterion's rule to its item
    leaves = scheme.criteria()
    read: collections.Counter[tuple[str, str | None, float]] = collections.Counter()
    for rule in scheme.rules:
        if rule.kind != "veto":
            node = getattr(rule, "node", None)
            read[rule.kind, leaves.get(node or "", node), round(rule.points, 6)] += 1
    wanted = collections.Counter(
        (kind, node, round(float(points), 6)) for kind, node, points in expected["rules"]
    )
    counts["rules right"] = sum((read & wanted).values())
    counts["rules extra"] = sum((read - wanted).values())
    return counts


_POINTS_MARK = re.compile(
    r"[（(]\s*(?:分值\s*[:：]?\s*)?\d+(?:\.\d+)?\s*分\s*[）)]"
    r"|分值\s*[:：为是]?\s*\d+(?:\.\d+)?\s*分?"
    r"|(?:(?<=[。；;：:\s|\t])|^)\d+(?:\.\d+)?\s*分(?![值数钟\d])",
    re.MULTILINE,
)
_NOT_POINTS = re.compile(
    r"(?:[扣加减得计记为至到共满低高少多每超]|满分|总分|总分值|合计|以上|以下)\s*[:：]?\s*$"
)
_CLAUSE = re.compile(r"[^。；;\n]+")
_RULE_WORDS = re.compile(
    r"(?:扣|减|加)\s*(?:除)?\s*\d+(?:\.\d+)?\s*分|[扣减]完为止|酌情[扣减]|一票否决"
)
_POINTS_HEADER = re.compile(r"^(?:分值|分数|标准分|基础分|标准分值|分值\(分\)|权重)$")


_Marker = tuple[str, int, int, int, int]
"""A marker found by the scan: its kind, the clause or cell it lies in, and its own words."""


def markers(text: str) -> list[_Marker]:
    """Every points marker and rule clause of a document, by a plain scan of the text."""
    folded = unicodedata.normalize("NFKC", text)
    if len(folded) != len(text):
        folded = text.translate(str.maketrans("０１２３４５６７８９．（）：；", "0123456789.():;"))
    found: list[_Marker] = []
    for mark in _POINTS_MARK.finditer(folded):
        line_start = folded.rfind("\n", 0, mark.start()) + 1
        before = folded[max(line_start, mark.start() - 4) : mark.start()]
        after = folded[mark.end() : mark.end() + 3]
        if _NOT_POINTS.search(before) or re.match(r"\s*(?:以上|以下|至|-|—|~|为|及以)", after):
            continue
        found.append(("points", mark.start(), mark.end(), mark.start(), mark.end()))
    found.extend(_column_points(folded))
    for clause in _CLAUSE.finditer(folded):
        words = _RULE_WORDS.search(clause.group())
        if words is not None:
            start = clause.start()
            found.append(("rule", start, clause.end(), start + words.start(), start + words.end()))
    return found


def _column_points(text: str) -> list[_Marker]:
    """The numbers under a 分值 column of a table with pipe or tab cells, or alone in a cell.

    A cell alone on its line opened by a pipe (``| 5``, a table copied one cell a line) is a
    points cell when the document has a 分值 heading.
    """
    found: list[_Marker] = []
    column: int | None = None
    offset = 0
    headed = re.search(r"分值|分数|标准分", text) is not None
    for line in text.split("\n"):
        alone = re.fullmatch(r"\s*\|\s*(\d+(?:\.\d+)?\s*分?)\s*\|?\s*", line)
        if headed and alone is not None:
            start, end = offset + alone.start(1), offset + alone.end(1)
            found.append(("points", start, end, start, end))
            offset += len(line) + 1
            continue
        sep = "|" if line.count("|") >= 2 else "\t" if "\t" in line else None
        if sep is None:
            column = None
        else:
            cells = line.split(sep)
            names = [cell.strip() for cell in cells]
            if any(_POINTS_HEADER.match(name) for name in names):
                column = next(i for i, name in enumerate(names) if _POINTS_HEADER.match(name))
            elif column is not None and column < len(cells):
                cell = cells[column]
                if re.fullmatch(r"\s*\d+(?:\.\d+)?\s*分?\s*", cell):
                    start = offset + sum(len(c) + 1 for c in cells[:column])
                    found.append(("points", start, start + len(cell), start, start + len(cell)))
        offset += len(line) + 1
    return found


class _Spans:
    """Spans, sorted, asked whether any overlaps a stretch of text.

    The reader keeps a class like it; the measure keeps its own, to owe nothing to the reader.
    """

    def __init__(self, edges: list[tuple[int, int]]) -> None:
        self.edges = sorted(edges)
        self.starts = [start for start, _ in self.edges]
        self.longest = max((end - start for start, end in self.edges), default=0)

    def overlap(self, start: int, end: int) -> bool:
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_left(self.starts, max(end, start + 1))
        return any(self.edges[i][1] > start for i in range(low, high))


def spans(scheme: Any) -> tuple[_Spans, _Spans]:
    """The spans a scheme keeps: of its rules and diagnostics, and of everything (items too)."""
    found = [rule.span for rule in scheme.rules if rule.span is not None]
    found += [diagnostic.span for diagnostic in scheme.diagnostics if diagnostic.span is not None]
    if scheme.grading is not None:
        found += [band.span for band in scheme.grading.bands if band.span is not None]
        found += [quota.span for quota in scheme.grading.quotas if quota.span is not None]
    ruled = [(span.start, span.end) for span in found]
    items = [(node.span.start, node.span.end) for node in scheme.nodes() if node.span is not None]
    return _Spans(ruled), _Spans(ruled + items)


def coverage(text: str, scheme: Any | None) -> tuple[int, int, list[_Marker]]:
    """How many of the document's markers the scheme accounts for: (accounted, all, the rest).

    A points marker is accounted when any span overlaps it; a rule clause when a span of a rule
    (or band, quota, diagnostic) overlaps the clause, or any span overlaps its rule words.
    """
    found = markers(text)
    if scheme is None:
        return 0, len(found), found
    ruled, every = spans(scheme)
    missed = [
        marker
        for marker in found
        if not every.overlap(marker[3], marker[4])
        and not (marker[0] == "rule" and ruled.overlap(marker[1], marker[2]))
    ]
    return len(found) - len(missed), len(found), missed


def missed(folder: pathlib.Path) -> Iterator[tuple[str, str, int, str]]:
    """Each marker no span of the scheme covers, in the documents of a folder: (file, kind, line, text)."""
    for path in sorted(folder.glob("*.scheme.json")):
        document = path.parent / json.loads(path.read_text(encoding="utf-8"))["file"]
        text = rulegov.io.read_text(document)
        try:
            scheme = rulegov.read_scheme(document)
        except rulegov.RulegovError:
            scheme = None
        for kind, start, end, _, _ in coverage(text, scheme)[2]:
            yield document.name, kind, text.count("\n", 0, start) + 1, text[start:end][:60]


_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*\)"
    r"|(?<=[的地得])\(de\)|(?<=了)\(le\)|(?<=[们們])\(men\)|(?<=[吗嗎])\(ma\)|(?<=[么麼])\(me\)"
)
"""A pinyin gloss a mirror prints after a character (``領(lǐng)導(dǎo)``): the copy's, not the document's."""


def _plain(text: str | None) -> str:
    """NFKC, without whitespace and without a mirror's pinyin glosses."""
    return _GLOSS.sub("", "".join(unicodedata.normalize("NFKC", text or "").split()))


def _flatten(items: list[dict[str, Any]], prefix: str = "") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    for item in items:
        key = prefix + _plain(item.get("number"))
        found.append((key, item))
        found.extend(_flatten(item.get("children", []), key))
    return found


def score_corpus(facts_path: pathlib.Path) -> collections.Counter[str]:
    """Count what the reader gets right in one corpus document."""
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    expected = _flatten(facts["items"])
    deductions = facts.get("deductions", [])
    counts = collections.Counter(
        items=len(expected),
        points=sum(1 for _, item in expected if item.get("points") is not None),
        deductions=len(deductions),
    )
    document = facts_path.parent / facts["file"]
    try:
        scheme = rulegov.read_scheme(document)
    except rulegov.RulegovError:
        counts["refused"] += 1
        counts["refused right"] += int(not expected)
        counts["markers"] = len(markers(rulegov.io.read_text(document)))
        return counts
    counts["accounted"], counts["markers"], _ = coverage(rulegov.io.read_text(document), scheme)
    matched = _match_items(scheme, expected, counts)
    rules: dict[str, list[Any]] = {}
    for rule in scheme.rules:
        rules.setdefault(getattr(rule, "node", ""), []).append(rule)
    leaves = scheme.criteria()  # a criterion's rules take points off the item above it
    place = 0
    for deduction in deductions:
        index = _deducted_item(expected, _plain(deduction["item"]), place)
        if index is None:
            continue
        place = index
        node = matched.get(index)
        if node is None:
            continue
        ids = dict.fromkeys(inner.id for inner in node.walk())  # in order: the same run each time
        candidates = [rule for node_id in ids for rule in rules.get(node_id, [])]
        scored = scheme.node(leaves[node.id]) if node.id in leaves else node
        for rule in candidates:
            if _same_deduction(rule, deduction, scored):
                counts["deductions right"] += 1
                rules[rule.node].remove(rule)
                break
    counts["rules read"] = len(scheme.rules)
    return counts


def _deducted_item(expected: list[tuple[str, dict[str, Any]]], key: str, place: int) -> int | None:
    """The index of the item a deduction names, the nearest at or after ``place`` where keys repeat.

    A deduction names its item by the item's key (``一1``) or by the item's own number (``1``),
    a leaf before a group of that number, or an unnumbered item by its title (``场所设置``). A
    hand reading may repeat a key: items numbered ``1.`` again under each of several unnumbered
    groups all have the key ``1.``. The deductions are
    listed in the document's order, so the one a deduction means is the first of that key at or
    after the item of the deduction before it (``place``), or else the last before it.
    """
    candidates = [index for index, (full, _) in enumerate(expected) if full == key]
    if not candidates:
        own = [
            (index, bool(item.get("children")))
            for index, (_, item) in enumerate(expected)
            if _plain(item.get("number")) == key
        ]
        leaves = [index for index, grouped in own if not grouped]
        candidates = leaves or [index for index, _ in own]
    if not candidates:
        # an unnumbered item is named by its title (场所设置)
        candidates = [
            index for index, (_, item) in enumerate(expected) if _plain(item["title"]) == key
        ]
    if not candidates:
        return None
    after = [index for index in candidates if index >= place]
    return after[0] if after else candidates[-1]


def _match_items(
    scheme: Any, expected: list[tuple[str, dict[str, Any]]], counts: collections.Counter[str]
) -> dict[int, Any]:
    """Match expected items to nodes by title, one to one and in order; count items and points.

    Returns the node of each matched item by the item's index in ``expected`` (keys may repeat).
    """
    nodes = [node for node in scheme.nodes()[1:] if node.name]
    matched: dict[int, Any] = {}
    start = 0
    for position, (_, item) in enumerate(expected):
        title = _plain(item["title"])
        for index in range(start, len(nodes)):
            node = nodes[index]
            name = _plain(node.name)
            if title and (name.startswith(title) or (len(name) >= 4 and title.startswith(name))):
                matched[position] = node
                start = index + 1
                counts["items right"] += 1
                stated = node.points if node.is_leaf else node.cap
                if item.get("points") is not None and stated == float(item["points"]):
                    counts["points right"] += 1
                break
    return matched


def _same_deduction(rule: Any, deduction: dict[str, Any], node: Any) -> bool:
    per = deduction.get("per")
    if per == "discretionary":
        return (
            "酌情" in (rule.reason or "")
            or "从重" in (rule.reason or "")
            or (deduction.get("points") is not None and rule.max == float(deduction["points"]))
        )
    if per == "all":
        full = node.points if node.is_leaf else node.cap
        return full is not None and rule.points == full
    points = deduction.get("points")
    if points is None:
        return False
    discretionary = "酌情" in (rule.reason or "")
    return rule.points == float(points) or (discretionary and rule.max == float(points))


def corpus_table(folder: pathlib.Path) -> None:
    """Print one line per corpus document and the totals."""
    total: collections.Counter[str] = collections.Counter()
    print(
        f"\n{'corpus document':<40} {'items':>9} {'points':>9} {'deductions':>11}"
        f" {'accounted':>11} refused"
    )
    for path in sorted(folder.glob("*.scheme.json")):
        found = score_corpus(path)
        total.update(found)
        refused = "yes" if found["refused"] else ""
        print(_corpus_line(path.name.split(".")[0], found, refused))
    refused = f"{total['refused']} ({total['refused right']} with no items)"
    print(_corpus_line("total", total, refused))


def _corpus_line(name: str, found: collections.Counter[str], refused: str) -> str:
    """One line of the corpus table: items, points, deductions and markers right of all."""
    return (
        f"{name:<40} {found['items right']:>4}/{found['items']:<4} "
        f"{found['points right']:>4}/{found['points']:<4} "
        f"{found['deductions right']:>5}/{found['deductions']:<5} "
        f"{found['accounted']:>5}/{found['markers']:<5} {refused}"
    )


def score_real(facts_path: pathlib.Path) -> collections.Counter[str]:
    """Count what the reader gets right in one collected document, the whole-document rules too."""
    counts = score_corpus(facts_path)
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    counts.update(
        bonus=len(facts["bonus"]) + (facts.get("bonus_cap") is not None),
        veto=len(facts["veto"]),
        grades=len(facts["grades"]),
        documents=1,
    )
    if counts["refused"]:
        return counts
    scheme = rulegov.read_scheme(facts_path.parent / facts["file"])
    read = collections.Counter(
        round(rule.points, 6) for rule in scheme.rules if rule.kind == "bonus"
    )
    wanted = collections.Counter(
        round(float(bonus["points"]), 6) for bonus in facts["bonus"] if bonus["points"] is not None
    )
    counts["bonus right"] = sum((read & wanted).values())
    cap = facts.get("bonus_cap")
    counts["bonus right"] += int(cap is not None and scheme.bonus_cap == float(cap))
    vetoes = sum(1 for rule in scheme.rules if rule.kind == "veto")
    counts["veto right"] = min(vetoes, len(facts["veto"]))
    counts["veto extra"] = max(0, vetoes - len(facts["veto"]))
    bands = scheme.grading.bands if scheme.grading is not None else []
    for grade in facts["grades"]:
        counts["grades right"] += any(
            band.label == grade.get("label", grade.get("name")) and band.min == grade["min"]
            for band in bands
        )
    counts["items read"] = len(scheme.nodes()) - 1
    return counts


def real_table(folders: list[pathlib.Path]) -> dict[str, collections.Counter[str]]:
    """Print one line per collected document and the totals of each folder; return the totals."""
    totals: dict[str, collections.Counter[str]] = {}
    for folder in folders:
        total: collections.Counter[str] = collections.Counter()
        print(
            f"\n{folder.name + ' document':<30} {'items':>9} {'points':>9} {'deductions':>11}"
            f" {'bonus':>7} {'veto':>5} {'grades':>7} {'accounted':>11} refused"
        )
        for path in sorted(folder.glob("*.scheme.json")):
            found = score_real(path)
            total.update(found)
            print(_real_line(path.name.split(".")[0], found))
        print(_real_line(f"total ({total['documents']} documents)", total))
        totals[folder.name] = total
    return totals


def pooled_table(root: pathlib.Path) -> dict[str, collections.Counter[str]]:
    """Print each split folder's totals per half, then each half's over all; return the latter."""
    folders = sorted(
        (
            folder
            for folder in root.iterdir()
            if folder.is_dir() and all((folder / half).is_dir() for half in ("tune", "check"))
        ),
        key=lambda folder: [
            int(part) if part.isdigit() else part for part in re.split(r"(\d+)", folder.name)
        ],
    )
    pooled: dict[str, collections.Counter[str]] = {}
    print(
        f"{'folder':<30} {'items':>9} {'points':>9} {'deductions':>11}"
        f" {'bonus':>7} {'veto':>5} {'grades':>7} {'accounted':>11} refused"
    )
    for half in ("tune", "check"):
        total = pooled.setdefault(half, collections.Counter())
        for folder in folders:
            found: collections.Counter[str] = collections.Counter()
            for path in sorted((folder / half).glob("*.scheme.json")):
                found.update(score_real(path))
            total.update(found)
            print(_real_line(f"{folder.name}/{half}", found))
    for half, total in pooled.items():
        print(_real_line(f"all {half} ({total['documents']} documents)", total))
    return pooled


def _real_line(name: str, found: collections.Counter[str]) -> str:
    return (
        f"{name:<30} {found['items right']:>4}/{found['items']:<4} "
        f"{found['points right']:>4}/{found['points']:<4} "
        f"{found['deductions right']:>5}/{found['deductions']:<5} "
        f"{found['bonus right']:>3}/{found['bonus']:<3} {found['veto right']:>2}/{found['veto']:<2} "
        f"{found['grades right']:>3}/{found['grades']:<3} "
        f"{found['accounted']:>5}/{found['markers']:<5} {found['refused'] or ''}"
    )


def _median_seconds(call: Any, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def speed_table() -> None:
    """Print how long reading a large document takes, against one regex pass over it."""
    marker = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")
    print(f"\n{'speed (~700 KB)':<20} {'parse_scheme':>13} {'regex pass':>11} {'ratio':>7}")
    for path in sorted(FIXTURES.glob("*.txt"))[:3]:
        text = path.read_text(encoding="utf-8") + "\n"
        big = text * max(1, 700_000 // len(text))
        ours = _median_seconds(lambda big=big: rulegov.parse_scheme(big))
        base = _median_seconds(lambda big=big: sum(1 for _ in marker.finditer(big)))
        print(f"{path.stem:<20} {ours:>12.3f}s {base:>10.4f}s {ours / base:>6.0f}x")


def fixture_table() -> None:
    """Print one line per fixture and the totals."""
    names = sorted(path.stem for path in FIXTURES.glob("*.txt"))
    total: collections.Counter[str] = collections.Counter()
    print(f"{'document':<20} {'items':>9} {'points':>9} {'rules':>9} {'extra':>6}")
    for name in names:
        found = score(name)
        total.update(found)
        print(_fixture_line(name, found))
    print(_fixture_line("total", total))
    print(f"documents: {len(names)}; baseline (the hand reading): 100 % of each")


def _fixture_line(name: str, found: collections.Counter[str]) -> str:
    """One line of the fixture table: items, points and rules right of all, and rules extra."""
    return (
        f"{name:<20} {found['items right']:>4}/{found['items']:<4} "
        f"{found['points right']:>4}/{found['points']:<4} "
        f"{found['rules right']:>4}/{found['rules']:<4} {found['rules extra']:>6}"
    )


def main() -> int:
    """Print one line per fixture and the totals, then the corpus documents if there are any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=pathlib.Path, default=CORPUS)
    parser.add_argument(
        "--real", type=pathlib.Path, nargs="*", default=[REAL / "tune", REAL / "check"]
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the speed table")
    parser.add_argument(
        "--missed", type=pathlib.Path, help="list what no span covers in a folder, and stop"
    )
    parser.add_argument(
        "--pooled",
        type=pathlib.Path,
        metavar="ROOT",
        help="score every folder under ROOT with a tune and a check half, pooled by half, and stop",
    )
    args = parser.parse_args()
    if args.pooled is not None:
        pooled_table(args.pooled)
        return 0
    if args.missed is not None:
        for name, kind, line, text in missed(args.missed):
            print(f"{name}:{line}: {kind}: {text}")
        return 0
    fixture_table()
    if args.corpus.is_dir():
        corpus_table(args.corpus)
    real_table([folder for folder in args.real if folder.is_dir()])
    if not args.no_speed:
        speed_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
