"""Criteria: numbered points without points of their own under an item with points (考核细则).

Appraisal documents very often state a part with its points and, under it, numbered criteria
that state no points, each a deduction from the part::

    一、执法主体（10分）
    1. 未按规定亮证执法的，每发现一次扣1分；
    2. 执法人员无执法证件的，扣2分。

Such criteria become nodes of their own (``is_criterion``) under the part, and the deduction
rules read from a criterion's text are keyed to it: their points still come off the part. A
criterion whose text holds no rule is a manual criterion. The criteria of an item are its
sub-items without points (numbered lines under it, the rows of a table under its row, the
pieces of a flattened run), or else the numbered pieces of its own standard: lines that open
with ``1.`` ``2.`` …, or one cell that lists ``1.…；2.…``.
"""

from __future__ import annotations

import heapq
import itertools
import re
from typing import Any

import attrs

from rulegov.parse._numbering import Style, match_heading
from rulegov.parse._scheme_lines import Item, Reader, clean_title, has_points, walk_nodes
from rulegov.parse._scheme_words import DISCRETIONARY, LIST_LEAD_IN, NO_POINTS, PER, RANGE, TAKE

__all__ = [
    "Criterion",
    "criteria_of",
    "criterion_title",
    "key_to_criteria",
    "listed_deductions",
    "rules_by_number",
    "take_credited_parts",
    "unscored_criteria",
]


@attrs.define(slots=True)
class Criterion:
    """A criterion being read: its title, where it is printed, and the stretches of its text."""

    title: str
    start: int
    end: int
    text: list[tuple[int, str]] = attrs.field(factory=list)
    children: list[Criterion] = attrs.field(factory=list)


# a criterion's number: at the start of a line, or after a stop inside a cell that lists several
_NUMBER = re.compile(
    r"(?:^|(?<=[。；;：:，,\s]))\s{0,8}"  # bounded: a run of spaces is no quadratic search
    r"(?:[（(]\s*(?P<han>[一二三四五六七八九十]{1,3})\s*[）)]"
    r"|(?P<arabic>\d{1,2})\s*(?:[、．]|\.(?!\d))|[（(]\s*(?P<paren>\d{1,2})\s*[）)]"
    r"|(?P<circled>[\u2460-\u2473]))"
)
_HAN = {digit: value for value, digit in enumerate("一二三四五六七八九", 1)}
_RULE_WORDS = re.compile(r"扣|减|不得分|不[计记]分|酌情")
_STOP = re.compile(r"[。；;]")
_TAKES = (PER, TAKE, NO_POINTS, DISCRETIONARY, RANGE)
_SHORTEST = 4
"""A title cut before its deduction keeps at least this many characters, or is not cut."""
_LEAST = 2
"""Fewer numbered pieces than this are not read as criteria: one ``1.`` may be anything."""
_DEEPEST = 2
"""Criteria nest two levels below the item at most (（一） then 1. then （1）)."""
# a criterion that closes on the points it credits: ``…沟通1分``, ``…评价（优、缺点点评） 2分``,
# ``…得1.5分``; a deduction (扣1分, 减2分) or a count of points (满分5分, 每项2分) is no credit
_CLOSING_CREDIT = re.compile(
    r"(?<![扣减满每分项\s\d.])(?:得|计|记)?\s*(?P<points>\d+(?:\.\d+)?)\s*分[。；;，,.\s]*$"
)


def criteria_of(item: Item) -> list[Criterion]:
    """The criteria of an item with points and no scored sub-items, in order; none if not so.

    Call it before the sub-items are folded into the item's standard.
    """
    if item.points is None or any(has_points(child) for child in item.children):
        return []
    children = [child for child in item.children if child.section == item.section]
    if children:  # numbered sub-items the reader found: even one is a criterion
        return [_from_child(child) for child in children]
    found = _from_standard(item.standard)
    # one criterion only where it heads a list of its own (see `_heads_a_list`)
    lone_heading = len(found) == 1 and len(found[0].children) >= _LEAST
    return found if len(found) >= _LEAST or lone_heading else []


def rules_by_number(item: Item) -> None:
    """Give each scored sub-item of an item the rules of the line that bears its number again.

    A table copied a cell a line may print a part's criteria, then its 考核细则 cell as a second
    list numbered like them, each line the rules of the criterion of its number::

        领导和目标责任制(10分)
        1、单位主要负责人抓综治工作…(2分)
        2、将综治工作纳入年度工作计划…(1分)
        1、无分管领导扣1分;未建立扣1分。
        2、未纳入不得分;…有一项不落实,扣0.5分。

    Only when such lines (read as the item's standard, or as sub-items without points), each
    stating a rule, follow the item's last scored sub-item and count up from 1 at least as far
    as its sub-items' numbers go: each becomes the rules of the sub-item of its number (a line
    whose number none bears stays the item's), or, when there are as many lines as sub-items,
    of the sub-item in its place (one whose number a copy broke, ``3研究部署…``, included). Sub-items
    that state rules of their own already keep them: lines after those are the item's rules.
    """
    scored = [child for child in item.children if has_points(child) and child.section == "items"]
    if any(_states_rule(child.standard) for child in scored):
        return  # the criteria carry their own rules: a second list is the item's
    numbered: dict[int, Item] = {}
    for child in scored:
        value = _arabic(child.number)
        if value is not None:
            numbered.setdefault(value, child)
    lines = _rule_lines(item, scored[-1]) if len(numbered) >= _LEAST else []
    if (
        not lines
        or [value for value, _, _ in lines] != list(range(1, len(lines) + 1))
        or len(lines) < max(numbered)
        or not all(_states_rule(pieces) for _, pieces, _ in lines)
    ):
        return
    if len(lines) == len(scored):  # as many as the sub-items: one to one, in order
        numbered = dict(enumerate(scored, 1))
    for value, pieces, source in lines:
        owner = numbered.get(value or 0)
        if owner is None:
            continue
        owner.standard.extend(pieces)
        if isinstance(source, Item):
            item.children.remove(source)
        else:
            item.standard.remove(source)


_RuleLine = tuple[int | None, list[tuple[int, str]], "Item | tuple[int, str]"]


def _rule_lines(item: Item, last: Item) -> list[_RuleLine]:
    """The lines after an item's last scored sub-item: their numbers, texts and where they stand.

    Sub-items without points after it, or else the lines of the item's standard after it, each
    without its number; none when both hold lines after it.
    """
    after = item.children[item.children.index(last) + 1 :]
    standard = [(offset, text) for offset, text in item.standard if offset > last.start]
    if after and standard:
        return []
    if after:
        if any(has_points(line) or line.section != item.section for line in after):
            return []
        return [
            (_arabic(line.number), [(line.start, line.title), *line.standard], line)
            for line in after
        ]
    found: list[_RuleLine] = []
    for offset, text in standard:
        heading = match_heading(text)
        cut = heading.end if heading is not None else 0
        found.append((_arabic(text[:cut]), [(offset + cut, text[cut:])], (offset, text)))
    return found


def _arabic(number: str) -> int | None:
    """The value of an item's printed number when it is a plain one (``1、``, ``2.``), else None."""
    heading = match_heading(number) if number else None
    return heading.value if heading is not None and heading.style is Style.ARABIC else None


def _states_rule(pieces: list[tuple[int, str]]) -> bool:
    """Whether a line's pieces state a rule: points taken, or none given."""
    text = "".join(piece for _, piece in pieces)
    return TAKE.search(text) is not None or NO_POINTS.search(text) is not None


def take_credited_parts(item: Item) -> None:
    """Make the numbered criteria of an item's standard its scored parts, when each credits points.

    The parts replace the item's standard: their text is theirs, not a rule of the item's. An
    item whose criteria are not so (see ``_credited_parts``) is left as it is.
    """
    parts = _credited_parts(item)
    if parts:
        item.children, item.standard = parts, []


def _credited_parts(item: Item) -> list[Item]:
    """The numbered criteria of an item's standard as its scored parts, when each credits points.

    A cell may list the parts of its row, each closing on the points it earns, which add up to
    the row's::

        4.1.3技能操作带教情况★ | 1.培训对象操作前是否与患者交流、沟通1分 | 2.…指导1分 | …
                                 | 4.对培训对象的操作进行总体评价（优、缺点点评） 2分 | 5

    Such criteria are the row's sub-items, each with its points. None unless there are two or
    more, every one closes on a credit, and the credits add up to the item's points (a row whose
    criteria are deductions, or credit only some of its points, keeps them as criteria).
    """
    if (
        item.section != "items"
        or item.points is None
        or any(child.section == item.section for child in item.children)
    ):
        return []
    found = _from_standard(item.standard)
    if len(found) < _LEAST:
        return []
    parts: list[Item] = []
    for criterion in found:
        text = "".join(piece for _, piece in criterion.text).rstrip()
        credit = _CLOSING_CREDIT.search(text)
        standard: list[tuple[int, str]] = []
        if credit is None:
            credit, standard = _cell_credit(criterion.text)
        if credit is None:
            return []
        title = criterion_title(text[: credit.start()])
        if not title:
            return []
        points = float(credit["points"])
        part = Item(item.level + 1, title, criterion.start, criterion.end, points)
        part.standard = standard
        parts.append(part)
    if abs(sum(part.points or 0.0 for part in parts) - item.points) > 1e-9:
        return []
    return parts


_CELL_CREDIT = re.compile(r"(?<=[。；;])[ \u3000]+(?P<points>\d+(?:\.\d+)?)\s*分(?=\S)")
"""A criterion's points cell between its text and its rule, a table flattened with spaces:
``1、制定…工作计划。按时上报纪委办公室。 1分不及时上报、漏报不得分``."""


def _cell_credit(
    pieces: list[tuple[int, str]],
) -> tuple[re.Match[str] | None, list[tuple[int, str]]]:
    """The points a criterion's last piece prints between its text and its rule, and the rule.

    The points follow a sentence's stop and a space, and what follows them takes points
    (不得分 · 扣1分): the row's 评分标准 cell, the criterion's standard. Nothing else is a credit.
    """
    offset, piece = pieces[-1]
    found = _CELL_CREDIT.search(piece)
    if found is None or _RULE_WORDS.search(piece, found.end()) is None:
        return None, []
    # the match as it stands in the whole text, which the caller reads the title before
    before = "".join(text for _, text in pieces[:-1])
    whole = _CELL_CREDIT.search(before + piece, len(before) + found.start())
    rest = piece[found.end() :].rstrip()
    return whole, [(offset + found.end(), rest)]


def _from_child(child: Item) -> Criterion:
    """A sub-item without points as a criterion; its own sub-items are its criteria."""
    criterion = Criterion(
        criterion_title(child.title), child.start, child.end, list(child.standard)
    )
    criterion.children = [_from_child(inner) for inner in child.children]
    for inner in criterion.children:
        criterion.text.extend([(inner.start, inner.title), *inner.text])
    return criterion


def _from_standard(standard: list[tuple[int, str]], depth: int = 0) -> list[Criterion]:
    """The numbered pieces of a standard: 1, 2, 3 … of one kind, the first being 1.

    A piece runs from its number to the next one, over the lines between; the text before the
    first number stays the item's own. The kind of number that opens first is the outer one
    (``（一）`` before ``1.``); the pieces of a piece numbered by another kind are its own
    criteria, one level deeper.
    """
    marks: list[_Mark] = []
    for line, (_, text) in enumerate(standard):
        marks.extend(_mark(number, line) for number in _NUMBER.finditer(text))
    chosen = _sequence(marks)
    found: list[Criterion] = []
    for mark, after in zip(chosen, [*chosen[1:], None], strict=False):
        last = len(standard) - 1 if after is None else after.line
        pieces: list[tuple[int, str]] = []
        for line in range(mark.line, last + 1):
            offset, text = standard[line]
            low = mark.end if line == mark.line else 0
            high = after.start if after is not None and line == after.line else len(text)
            if text[low:high].strip():
                pieces.append((offset + low, text[low:high]))
        if pieces:
            start, first = pieces[0]
            opens = standard[mark.line][0] + mark.start  # the number is the criterion's too
            criterion = Criterion(criterion_title(first), opens, start + len(first), pieces)
            if depth < _DEEPEST:
                inner = _from_standard(pieces, depth + 1)
                criterion.children = inner if len(inner) >= _LEAST else []
            found.append(criterion)
    return found


@attrs.frozen(slots=True)
class _Mark:
    """A number found in a standard: its kind and value, its line, and where it lies there."""

    kind: str
    number: int
    line: int
    start: int
    end: int


def _mark(found: re.Match[str], line: int) -> _Mark:
    kind = next(name for name, value in found.groupdict().items() if value)
    value = found.group(kind)
    if kind == "circled":
        number = ord(value) - 0x245F
    elif kind == "han":
        number = _han_number(value)
    else:
        number = int(value)
    return _Mark(kind, number, line, found.start(), found.end())


def _han_number(text: str) -> int:
    """一 … 九十九 as a number (0 for what is not one)."""
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return _HAN.get(text, 0)
    return (_HAN.get(tens, 0) if tens else 1) * 10 + (_HAN.get(units, 0) if units else 0)


def _heads_a_list(mark: _Mark, after: list[_Mark]) -> bool:
    """Whether a lone first number heads the list of another kind numbered after it.

    An indicator system may print one 二级指标 only under a 一级指标 (``（一）提高政府立法质量。``),
    its 三级指标 numbered under it (``1.`` ``2.``): the one heading, numbered in words, opens the
    standard, and every number after it is a figure, a list of two or more from 1. It is the
    outer criterion, the list its own. A lone figure over bracketed ones (``1.有下列情形之一的:``
    over ``(1)`` ``(2)``) is a clause that leads into rules, no heading.
    """
    if mark.kind != "han" or not after or after[0].kind != "arabic":
        return False
    if any(other.kind == mark.kind for other in after):
        return False
    inner = [other for other in after if other.kind == after[0].kind]
    return (
        after[0].number == 1
        and len(inner) >= _LEAST
        and all(later.number == earlier.number + 1 for earlier, later in itertools.pairwise(inner))
    )


def _sequence(marks: list[_Mark]) -> list[_Mark]:
    """The first run 1, 2, 3 … of one kind of number, in order of the text, else the longest.

    A run opens at 1, or, when the standard opens with a numbered line, at that line's number:
    the numbering of a document that goes on from one part to the next.
    """
    best: list[_Mark] = []
    for first, mark in enumerate(marks):
        # a list opens at 1, or goes on from the part before at the start of a line (5. 6. …)
        if mark.number != 1 and not (first == 0 and mark.start == 0):
            continue
        run = [mark]
        for other in marks[first + 1 :]:
            if other.kind != mark.kind:
                continue
            if other.number != run[-1].number + 1:
                break  # the numbering starts again: a list of its own
            run.append(other)
        if len(run) >= _LEAST or (first == 0 and _heads_a_list(mark, marks[1:])):
            return run  # the first list in the text is the outer one
        if len(run) > len(best):
            best = run
    return best


def criterion_title(text: str) -> str:
    """A criterion's title: its first sentence, up to the clause that takes points.

    Examples:
        >>> criterion_title("未按规定亮证执法的，每发现一次扣1分；")
        '未按规定亮证执法的'
    """
    sentence = _STOP.split(text, maxsplit=1)[0]
    end = len(sentence)
    for comma in re.finditer(r"[，,]", sentence):
        rest = sentence[comma.end() :]
        clause = re.split(r"[，,]", rest, maxsplit=1)[0]
        if _RULE_WORDS.search(clause) or TAKE.search(clause):
            end = comma.start()
            break
    title = clean_title(sentence[:end]) or clean_title(sentence)
    # 未告知的每件扣2分: the criterion is what comes before its deduction
    cuts = [found.start() for pattern in _TAKES if (found := pattern.search(title)) is not None]
    if cuts and len(clean_title(title[: min(cuts)])) >= _SHORTEST:
        return clean_title(title[: min(cuts)])
    return title


def key_to_criteria(
    reader: Reader, node: dict[str, Any], criteria: list[Criterion], first_rule: int
) -> None:
    """Give the leaf ``node`` its criteria as children, and key each rule to its criterion.

    ``first_rule`` is where the node's rules start in ``reader.rules``. A rule whose clause lies
    in a criterion's text is that criterion's (the innermost one's); one outside every
    criterion stays the node's. A criterion that takes no rule is a manual criterion: a rater
    judges it.
    """
    placed: list[tuple[Criterion, dict[str, Any]]] = []  # innermost last, for each branch
    node["children"] = _criterion_nodes(node["id"], criteria, placed)
    rules = [rule for rule in reader.rules[first_rule:] if rule.get("node") == node["id"]]
    holders = _innermost(
        [criterion for criterion, _ in placed],
        [rule.get("span", {}).get("start", -1) for rule in rules],
    )
    counts: dict[str, int] = {}
    for rule in rules:
        start = rule.get("span", {}).get("start", -1)
        holder = placed[holders[start]][1] if holders[start] >= 0 else node
        counts[holder["id"]] = counts.get(holder["id"], 0) + 1
        rule_id = f"{holder['id']}-{counts[holder['id']]}"
        rule.update(id=rule_id, node=holder["id"], input=rule_id)
    for _, child in placed:
        if not counts.get(child["id"]) and not child.get("children"):
            child["manual"] = True


def _innermost(criteria: list[Criterion], offsets: list[int]) -> dict[int, int]:
    """For each offset, the index of the last criterion that holds it (-1 for none).

    The criteria are in the order they were placed, parents before children, so the last one
    holding an offset is the innermost. One sweep over the offsets in order, with the stretches
    of every criterion (its title and each piece of its text) in a heap by that order: a
    document of many criteria and rules is keyed in ``n log n``, not rules times criteria.

    Examples:
        >>> outer = Criterion("甲", 0, 2, text=[(2, "未落实的扣2分")])
        >>> inner = Criterion("乙", 4, 6)
        >>> _innermost([outer, inner], [1, 5, 20])
        {1: 0, 5: 1, 20: -1}
    """
    stretches = sorted(
        stretch
        for order, criterion in enumerate(criteria)
        for stretch in [
            (criterion.start, criterion.end, order),
            *((start, start + len(text), order) for start, text in criterion.text),
        ]
        if stretch[1] > stretch[0]
    )
    found: dict[int, int] = {}
    open_now: list[tuple[int, int]] = []  # (-order, end): the latest placed on top
    taken = 0
    for offset in sorted(set(offsets)):
        while taken < len(stretches) and stretches[taken][0] <= offset:
            _, end, order = stretches[taken]
            heapq.heappush(open_now, (-order, end))
            taken += 1
        while open_now and open_now[0][1] <= offset:
            heapq.heappop(open_now)  # ended before this offset: it holds no later one either
        found[offset] = -open_now[0][0] if open_now else -1
    return found


def _criterion_nodes(
    prefix: str, criteria: list[Criterion], placed: list[tuple[Criterion, dict[str, Any]]]
) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for index, criterion in enumerate(criteria, 1):
        child: dict[str, Any] = {
            "id": f"{prefix}.{index}",
            "name": criterion.title or f"{prefix}.{index}",
            "is_criterion": True,
            "span": {"start": criterion.start, "end": criterion.end},
        }
        text = "；".join(piece.strip() for _, piece in criterion.text if piece.strip())
        if text:
            child["criterion"] = text
        placed.append((criterion, child))
        if criterion.children:
            child["children"] = _criterion_nodes(child["id"], criterion.children, placed)
        nodes.append(child)
    return nodes


def listed_deductions(reader: Reader, root: dict[str, Any]) -> None:
    """Give each condition listed under a deduction's lead-in the lead-in's deduction.

    An item's standard may state its deduction once, before the list of the conditions it
    answers for (``有下列情形之一的，每次扣5分：`` then ``1.无正当理由不参加会议的；2.…``): the
    conditions are read as the item's criteria, none stating a deduction of its own. Each takes
    the lead-in's deduction (its points, per time or once, its cap), with the lead-in and its own
    words as the reason, so that a rater answers for each; the lead-in is no rule beside them. A
    list whose conditions state their own deductions (``…的，扣10分``) keeps them, and its lead-in
    (``分别扣分：``) takes no points.
    """
    nodes = {node["id"]: node for node in walk_nodes(root)}
    rules: list[dict[str, Any]] = []
    for rule in reader.rules:
        node = nodes.get(rule.get("node") or "")
        lead_in = LIST_LEAD_IN.search(rule.get("reason") or "")
        if rule.get("kind") != "deduction" or node is None or lead_in is None or "span" not in rule:
            rules.append(rule)
            continue
        after = rule["span"]["end"]
        listed = [
            child
            for child in node.get("children", [])
            if child.get("is_criterion") and child["span"]["start"] >= after
        ]
        if len(listed) < 2 or not all(
            child.get("manual") and not child.get("children") for child in listed
        ):
            rules.append(rule)
            continue
        lead = rule["reason"].rstrip("：: ")
        for child in listed:
            span = child["span"]
            condition = reader.text[span["start"] : span["end"]].strip().rstrip("；;。.，, ")
            rule_id = f"{child['id']}-1"
            rules.append(
                {
                    **rule,
                    "id": rule_id,
                    "input": rule_id,
                    "node": child["id"],
                    "reason": f"{lead}：{condition}",
                    "span": dict(span),
                }
            )
            del child["manual"]
    reader.rules[:] = rules


def unscored_criteria(reader: Reader, root: dict[str, Any]) -> None:
    """Say which criteria state no deduction under an item scored by deductions (扣分制).

    Such a criterion is kept, as a manual criterion, but nothing in the data can score it: the
    item's points come down only by the rules of its other criteria. An ``info`` diagnostic
    (``criterion-unscored``) names it, for a reader to add the rule the document leaves out.
    """
    for node in walk_nodes(root):
        if not node.get("start_full"):
            continue
        for criterion in walk_nodes(node):
            if criterion is node or not criterion.get("manual"):
                continue
            span = criterion["span"]
            reader.diagnose(
                "criterion-unscored",
                f"criterion {criterion['id']} {criterion['name']!r} of item {node['id']} "
                f"{node['name']!r} states no deduction: it is kept for a rater, but no input "
                "scores it; add a deduction rule if the item's points should answer for it",
                span["start"],
                span["end"],
                severity="info",
            )
