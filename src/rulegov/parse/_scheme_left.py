"""What no other stage took: points markers and rule clauses left in the text.

Every points marker and every deduction or bonus clause of the document ends up in the scheme.
After the tables and the numbered text are read, the clauses no item, rule or band spans are
looked at again: a line with points of its own becomes an item under the heading whose points
have room for it, points in an item's standard become its points, and a rule clause goes to the
nearest item before it (or to the bonus or penalty block it stands in).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

import attrs

from rulegov.parse._scheme_checks import full_points
from rulegov.parse._scheme_lines import (
    Item,
    Reader,
    Taken,
    clean_title,
    find_marker,
    is_section_title,
    levels_after_title,
    list_part,
    points_in,
    room_of,
    section_of,
    text_lines,
    walk,
    walk_nodes,
)
from rulegov.parse._scheme_rules import add_block_rule, bonus_in, deductions_in
from rulegov.parse._scheme_words import (
    ADD,
    CLAUSE,
    FLOOR,
    LEVELS,
    NO_POINTS,
    NOT_POINTS_BEFORE,
    RULE_CLAUSE,
    SCORE_LEVEL,
    TAKE,
    TOTAL,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["left_rules", "read_left_points"]


def _ruled(reader: Reader) -> list[tuple[int, int]]:
    """The spans of every rule, band, quota, rater and cap read so far."""
    found = (*reader.rules, *reader.bands, *reader.quotas)
    spans = [(part["span"]["start"], part["span"]["end"]) for part in found if "span" in part]
    spans.extend((start, end) for _, _, start, end in reader.raters)
    spans.extend((cap[1], cap[2]) for cap in (reader.bonus_cap, reader.penalty_cap) if cap)
    spans.extend(reader.lead_ins)
    return spans


def _taken_by_items(reader: Reader) -> list[tuple[int, int]]:
    """The spans of every item's title, and of every rule, band, quota, rater and cap."""
    items = [(item.start, item.end) for item in walk(reader.roots)]
    return items + reader.repeated + _ruled(reader)


def _standards(reader: Reader) -> list[tuple[int, int, Item]]:
    """The span of each piece of every item's standard, with its item."""
    return sorted(
        (
            (offset, offset + len(text), item)
            for item in walk(reader.roots)
            for offset, text in item.standard
        ),
        key=lambda piece: piece[:2],  # two items may hold one piece: they keep their order
    )


_NOT_ITEM = re.compile(
    r"满分|总分|百分制|合计|共计|以上|以下|不足|低于|至\s*\d|[为评定]\s*(?:优秀|良好|合格|称职|达标|较好|一般|好|差)"
    r"|一票否决|加分|扣分不超过|累计"
    # a document's title with its total in brackets (…评分细则(100分)): the total, not an item
    r"|(?:细则|办法|评分表|考核表|考评表|指标体系)\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]"
)
_SEGMENT = re.compile(r"[^。；;]+[。；;]?")


def _cell_segments(offset: int, line: str) -> Iterator[tuple[int, str]]:
    """The cells of a line (between ``|``, tabs or wide spaces), each with its offset."""
    for cell in re.finditer(r"(?:[^|\t \u3000]|[ \u3000](?![ \u3000]))+", line):
        text = cell.group()
        stripped = text.strip()
        if stripped:
            yield offset + cell.start() + text.index(stripped), stripped


def read_left_points(reader: Reader, lines: list[tuple[int, str]]) -> None:
    """Points markers no reader took become items from their own line.

    A segment of a line or cell (up to ``。；``) that states points (``…（5分）``, ``…。5分``)
    outside every item and rule read so far is an item named by its text up to the points (or
    by the segment before, when the points open the segment), with the rest of the segment and
    the segments after it, up to the next points, as its standard. It goes under the nearest
    group above it that has room for its points, else at the top. Points inside an item's
    standard are a ``points-in-standard`` diagnostic, and points with no words to name an item a
    ``points-unplaced`` diagnostic, each quoting them.
    """
    left = _Left(
        reader, _few_items(reader, lines), Taken(_taken_by_items(reader)), _standards(reader)
    )
    for offset, line in lines:
        if "分" not in line:
            continue
        pieces: list[tuple[int, str]] = []
        left.openings = set()
        for cell_start, cell in _cell_segments(offset, line):
            left.openings.add(len(pieces))
            pieces.extend(
                (cell_start + piece.start(), piece.group()) for piece in _SEGMENT.finditer(cell)
            )
        index = 0
        while index < len(pieces):
            index = left.piece(offset, line, pieces, index)


@attrs.define(slots=True)
class _Left:
    """What the line reader of points no reader took needs: what is taken, and where."""

    reader: Reader
    loose: bool
    """Whether points right after the words (建立领导小组5分) count too."""
    taken: Taken
    standards: list[tuple[int, int, Item]]
    within: Taken = attrs.field(init=False)
    openings: set[int] = attrs.field(init=False, factory=set)
    """The indices of the segments that open a cell of the line being read."""

    starts: list[int] = attrs.field(init=False, factory=list)
    lines_of: dict[int, set[int]] = attrs.field(init=False, factory=dict)
    """The offsets of the pieces of each owner's standard, by the owner's id."""
    groups: _Groups | None = attrs.field(init=False, default=None)
    """The groups an item read from its line may go under, listed at the first such item."""

    def __attrs_post_init__(self) -> None:
        self.within = Taken([(start, end) for start, end, _ in self.standards])
        self.starts = [start for start, _, _ in self.standards]

    def owner(self, low: int) -> Item:
        """The item whose standard holds ``low``: the first by start, found by bisection."""
        first = bisect.bisect_left(self.starts, low - self.within.longest)
        last = bisect.bisect_right(self.starts, low)
        return next(item for left, right, item in self.standards[first:last] if left <= low < right)

    def own_line(self, owner: Item, offset: int) -> bool:
        """Whether the line at ``offset`` is a whole line of the standard of an item with points.

        Such a line that states points of its own (…（6分）) is an item of its own that the
        numbered reader took for more of the item above it. The offsets of each owner's
        standard are kept between calls: a long standard is read once, not once a line.
        """
        if owner.points is None or owner.start >= offset:
            return False
        if id(owner) not in self.lines_of:
            self.lines_of[id(owner)] = {part[0] for part in owner.standard}
        return offset in self.lines_of[id(owner)]

    def piece(self, offset: int, line: str, pieces: list[tuple[int, str]], index: int) -> int:
        """Read the segment at ``index`` of a line; return the index of the next one to read."""
        start, piece = pieces[index]
        index += 1
        found = points_in(piece) or (_closing_bare(piece) if self.loose else None)
        if found is None or _NOT_ITEM.search(piece) or TAKE.search(piece[: found[1]]):
            return index
        if SCORE_LEVEL.fullmatch(_POINTS_OPEN.sub("", piece[: found[1]])):
            return index  # 较好（8分）: a level of the scoring of the item above, no item
        low, high = start + found[1], start + found[2]
        if self.taken.overlaps(low, high):
            return index
        owner = None
        if self.within.overlaps(low, high):
            owner = self.owner(low)
        item = _line_item(pieces, index, found, self.taken, self.openings)
        if owner is not None and (
            item is None or not self.own_line(owner, offset) or _restated(owner, found[0])
        ):
            _points_in_standard(self.reader, owner, piece, low, high)
            return index
        if item is None:
            end = offset + len(line)
            row = self.taken.overlaps(offset, end) or self.within.overlaps(offset, end)
            if not (row and not piece[found[2] :].strip(" 。；;")):
                # (a points cell alone in a row read as an item is that item's)
                self.reader.diagnose(
                    "points-unplaced",
                    f"points {piece.strip()!r} stand apart from any item: no words name the "
                    "item they belong to; add it by hand",
                    low,
                    high,
                )
            return index
        index = _line_standard(item, pieces, index, self.taken)
        if owner is not None:
            # the lines after it in the standard it was read into are its own
            item.standard += [part for part in owner.standard if part[0] > offset]
            owner.standard = [part for part in owner.standard if part[0] < offset]
            self.lines_of.pop(id(owner), None)
        if self.groups is None:
            self.groups = _Groups.of(self.reader.roots)
        _place(self.reader, item, self.groups)
        self.reader.diagnose(
            "item-from-line",
            f"{item.title!r} ({item.points or 0:g}分) read as an item from its own line, "
            "under the nearest heading above it: check where it belongs",
            item.start,
            item.end,
            severity="info",
        )
        return index


_POINTS_OPEN = re.compile(r"[（(【\[]\s*$")
"""The bracket that opens points, at the end of the words before them."""
_CLOSING_BARE = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*(\d+(?:\.\d+)?)\s*分\s*[。；;]?\s*$")


def _closing_bare(piece: str) -> tuple[float, int, int] | None:
    """Points that close a segment right after its words (建立领导小组5分), as ``points_in``."""
    found = _CLOSING_BARE.search(piece)
    if found is None or piece[: found.start()].rstrip()[-1:] in NOT_POINTS_BEFORE:
        return None
    return float(found.group(1)), found.start(1), found.end()


def _few_items(reader: Reader, lines: list[tuple[int, str]]) -> bool:
    """Whether the readers found items for fewer than half of the segments that close on points.

    Then the line reader also takes points written right after the words (建立领导小组5分).
    """
    scored = sum(1 for item in walk(reader.roots) if item.points is not None)
    closing = sum(
        1
        for offset, line in lines
        if "分" in line
        for _, cell in _cell_segments(offset, line)
        for piece in _SEGMENT.findall(cell)
        if _closing_bare(piece) is not None
    )
    return closing >= 2 and scored * 2 < closing


def _restated(owner: Item, points: float) -> bool:
    """Whether a line of an item's standard restates the item's own points.

    ``4)扶贫工作队管理(10分)`` over ``驻村工作队管理规范…(10分)“十个一”…扣10分``: the line under a
    heading with no items of its own, stating the same points, is the item's text, not an item.
    """
    return owner.points is not None and not owner.children and points == owner.points


def _points_in_standard(reader: Reader, owner: Item, piece: str, start: int, end: int) -> None:
    reader.diagnose(
        "points-in-standard",
        f"points {piece.strip()!r} stated inside the standard of {owner.title!r}, not counted "
        "as an item of their own; check whether they are one",
        start,
        end,
        severity="info",
    )


def _line_item(
    pieces: list[tuple[int, str]],
    index: int,
    found: tuple[float, int, int],
    taken: Taken,
    openings: set[int] | frozenset[int] = frozenset(),
) -> Item | None:
    """The item a segment with its points states: named by its text up to them, if any."""
    value, left, right = found
    start, piece = pieces[index - 1]
    graded = levels_after_title(piece, left)
    if graded is not None:
        # 法治宣传教育：好（10分）、较好（6分）、差的不得分: the item's levels, the highest its points
        value, left, right = graded[0], graded[1], graded[1]
    title = clean_title(_NUMBER_MARK.sub("", piece[:left]))
    # the word that opens a list of parts (含A(5分)、B(4分)) is not the first part's name
    title = list_part(title)
    title_start = start
    if not title:
        title, title_start = _numbered_before(pieces, index, taken)
    if not title and not piece[right:].strip(" 。；;|"):
        title, title_start = _cell_opening(pieces, index, taken, openings)
    if not title and index >= 2:
        before_start, before = pieces[index - 2]
        if not taken.overlaps(before_start, before_start + len(before)) and (
            points_in(before) is None
        ):
            title, title_start = clean_title(_NUMBER_MARK.sub("", before)), before_start
    if not title:
        return None
    item = Item(0, title, title_start, start + right, value)
    rest = piece[right:].strip(" 。；;：:，,")
    if rest:
        item.standard.append((start + piece.index(rest, right), rest))
    return item


_NUMBER_MARK = re.compile(r"^[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]")
"""A number that opens a segment (1、 · 一、 · (1)), left out of the title it opens."""
_PART_MARK = re.compile(r"[（(][一二三四五六七八九十]{1,2}[）)]")
_LOOK_BACK = 4
"""The most segments between a numbered part's opening and the points that close it."""


def _numbered_before(pieces: list[tuple[int, str]], index: int, taken: Taken) -> tuple[str, int]:
    """The title of the numbered part that the points opening a segment close, if any.

    ``（一）按照工作方案要求，…责任落实。各级主要领导高度重视…。（2分）领导不重视…扣0.5分``: the
    points close part （一）, whose text runs over several sentences; its title starts after its
    number. Returns the title and where it starts, or an empty title.
    """
    for back in range(index - 2, max(-1, index - 2 - _LOOK_BACK), -1):
        start, piece = pieces[back]
        if taken.overlaps(start, start + len(piece)):
            break
        marks = list(_PART_MARK.finditer(piece))
        after = piece[marks[-1].end() :] if marks else piece
        if points_in(after) is not None or TAKE.search(after):
            break  # the standard of an item before: the part's number is not in sight
        if marks and clean_title(after):
            return clean_title(after), start + marks[-1].end()
        if points_in(piece) is not None:
            break
    return "", pieces[index - 1][0]


_LEAD_NUMBER = re.compile(
    r"^\s*\d{1,2}(?![\d.．分次个人天张份项件年月日名处条起例家所户时元倍级届期批轮遍篇%％])"
    r"(?=[\u4e00-\u9fff“\"])"
)
"""A cell's number glued to its text without a stop (``9社会面治安管理…``)."""


def _cell_opening(
    pieces: list[tuple[int, str]], index: int, taken: Taken, openings: set[int] | frozenset[int]
) -> tuple[str, int]:
    """The title of a cell whose points close it, named by the cell's first words.

    ``行政权力规范化建设。进一步规范…。按照…电子政务建设。(4分)``: the points closing a cell (or a
    line) are the points of the whole cell's text, whose first sentence names the item, not the
    sentence just before them. Only a cell of plain text counts: no other points and no rule
    before the points. Returns the title and where it starts, or an empty title.
    """
    for back in range(index - 2, max(-1, index - 2 - _LOOK_BACK), -1):
        start, piece = pieces[back]
        if taken.overlaps(start, start + len(piece)) or points_in(piece) is not None:
            break
        if TAKE.search(piece):
            break
        if back in openings:
            if back == index - 2:
                break  # one sentence before the points: the reading above already names it
            lead = _LEAD_NUMBER.match(piece)
            cut = lead.end() if lead is not None else 0
            title = clean_title(_NUMBER_MARK.sub("", piece[cut:]))
            return title, start
    return "", pieces[index - 1][0]


def _line_standard(item: Item, pieces: list[tuple[int, str]], index: int, taken: Taken) -> int:
    """The segments after an item's points, up to the next points, as its standard."""
    while index < len(pieces) and points_in(pieces[index][1]) is None:
        start, piece = pieces[index]
        if taken.overlaps(start, start + len(piece)):
            break
        if piece.strip(" 。；;"):
            item.standard.append((start + piece.index(piece.strip()), piece.strip()))
        item.end = start + len(piece)
        index += 1
    return index


@attrs.define(slots=True)
class _Groups:
    """The groups of items (items with items under them) of the scheme, by start.

    An item read from its own line has no items under it, and goes under a group that has
    some: while such items are placed, the groups stay those they were, and are listed once,
    not once an item (a line of thousands of cells each with points placed thousands).
    """

    groups: list[Item]
    """The groups of the items' section, by start; of one start, in the order of the tree."""
    starts: list[int]

    @classmethod
    def of(cls, roots: list[Item]) -> _Groups:
        groups = sorted(
            (group for group in walk(roots) if group.children and group.section == "items"),
            key=lambda group: group.start,
        )
        return cls(groups, [group.start for group in groups])

    def nearest_above(self, start: int) -> Item | None:
        """The group that starts last before ``start`` (of several, the first in the tree)."""
        at = bisect.bisect_left(self.starts, start)
        if at == 0:
            return None
        return self.groups[bisect.bisect_left(self.starts, self.starts[at - 1])]


def _place(reader: Reader, item: Item, groups: _Groups) -> None:
    """Put an item under the nearest group above it with room for its points, else at the top."""
    parent = groups.nearest_above(item.start)
    if parent is not None and parent.points is not None and room_of(parent) < (item.points or 0.0):
        parent = None
    siblings = parent.children if parent is not None else reader.roots
    if parent is not None:
        item.level = parent.level + 1
        item.section = section_of(item.title, parent.section)
    else:
        item.section = section_of(item.title, "items")
    at = bisect.bisect_right(siblings, item.start, key=lambda sibling: sibling.start)
    siblings.insert(at, item)
    for offset, text in item.standard:
        reader.used.append((offset, offset + len(text)))


_LEFT_RULE = re.compile(
    r"(?:扣|减)(?:\s*除)?\s*\d+(?:\.\d+)?\s*分|[扣减]完为止|酌情[扣减]|一票否决|" + ADD.pattern
)
"""A clause that takes or adds points: a bonus as the bonuses read it (加2分, 增记2分, a range the
rater fills in, 酌情加0.5-1分)."""


def left_rules(reader: Reader, root: dict[str, Any]) -> None:
    """Rule clauses no reader took become rules of the nearest item above them, or diagnostics.

    A clause (up to ``。；``) that deducts (扣/减 X分, 酌情扣分) outside every rule, band and
    quota read is a rule of the nearest item above it in the text (a ``rule-placed``
    diagnostic says so), or of the penalty block when no item is above it or a heading (一、…,
    第一条, a 扣分 or 结果 title) stands between them; so is a clause that scores nothing
    (不得分) under the number of the item above it printed again (see ``_all_under_its_number``);
    a clause that adds points is a bonus rule; a clause with nothing to make a rule of (a lone
    扣完为止) is a ``clause-unread`` diagnostic quoting it.
    """
    nodes = sorted(
        (node for node in walk_nodes(root) if "span" in node),
        key=lambda node: node["span"]["start"],
    )
    starts = [node["span"]["start"] for node in nodes]
    spans = _ruled(reader)
    spans += [
        (d["span"]["start"], d["span"]["end"]) for d in reader.diagnostics if d["span"]["end"] > 1
    ]
    taken = Taken(spans)
    leaves = _leaves_of_criteria(root)
    lines = list(text_lines(reader.text))
    headings = [offset for offset, line in lines if _opens_section(line)]
    for offset, line in lines:
        if _LEFT_RULE.search(line) is None and NO_POINTS.search(line) is None:
            continue
        for clause in CLAUSE.finditer(line):
            sentence = clause.group().strip(" ，,")
            if not sentence:
                continue
            start = offset + clause.start() + clause.group().index(sentence)
            end = start + len(sentence)
            at = bisect.bisect_right(starts, start) - 1
            if _LEFT_RULE.search(sentence) is None and not (
                at >= 0 and _all_under_its_number(reader.text, nodes[at], sentence)
            ):
                continue
            if taken.overlaps(start, end) or TOTAL.search(sentence):
                continue
            node = nodes[at] if at >= 0 else None
            if node is not None:
                # a heading between the item and the clause opens a part of its own
                below = bisect.bisect_right(headings, node["span"]["end"])
                if below < len(headings) and headings[below] <= start:
                    node = None
            if node is not None and any(
                left <= node["span"]["start"] < right for left, right in reader.listed
            ):
                # the parts a sentence lists (共分四大块：A40分，B30分…): a rule after them is the
                # whole appraisal's, not the last part's
                node = None
            leaf = leaves.get(node["id"], node) if node is not None else None
            _left_rule(reader, (node, leaf), sentence, (start, end))


def _all_under_its_number(text: str, node: dict[str, Any], sentence: str) -> bool:
    """Whether a clause takes all the points of the item above it, under that item's number again.

    A table run into one line may print a row's number again before its 评分标准 cell
    (``(11)健康教育宣傳欄每月更新一次…(4分)(11)未設健康教育宣傳欄不得分;…各扣2分``): the clause
    that opens on the number of the item just above it and scores nothing (不得分 · 不计分) is
    that item's rule, as a clause taking points there is.
    """
    if NO_POINTS.search(sentence) is None:
        return False
    own = text[node["span"]["start"] : node["span"]["end"]].strip()
    marker, its = find_marker(sentence), find_marker(own)
    if marker is None or its is None:
        return False
    return sentence[: marker[1]].strip() == own[: its[1]].strip()


def _now_ruled(node: dict[str, Any], leaf: dict[str, Any]) -> None:
    """A manual item that takes a rule starts at full points (扣分制), its criterion too."""
    if node is not leaf:  # a criterion that takes a rule is no longer only judged
        node.pop("manual", None)
    if not _has_items(leaf) and leaf.pop("manual", False):
        leaf["start_full"] = True
        leaf.setdefault("floor", 0.0)


def _has_items(node: dict[str, Any]) -> bool:
    """Whether a node has children that are items (not criteria)."""
    return any(not child.get("is_criterion") for child in node.get("children", []))


def _leaves_of_criteria(root: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each criterion's id, with the item whose points its rules take."""
    found: dict[str, dict[str, Any]] = {}
    for node in walk_nodes(root):
        for child in node.get("children", []):
            if child.get("is_criterion"):
                found[child["id"]] = found.get(node["id"], node)
    return found


def _opens_section(line: str) -> bool:
    """Whether a line opens a part of the document (一、… 第一条 （一）…) or a section title."""
    marker = find_marker(line)
    return (marker is not None and marker[0] in _PART_KINDS) or is_section_title(line)


_PART_KINDS = frozenset(LEVELS[: LEVELS.index("paren-han") + 1])
"""The numbering of the parts of a document: 第一章 第一条 第一部分 Ⅰ、 一、 （一）."""


def _left_rule(
    reader: Reader,
    nodes: tuple[dict[str, Any] | None, dict[str, Any] | None],
    sentence: str,
    span: tuple[int, int],
) -> None:
    """Read a clause as a rule of ``nodes``: the node nearest above, and the item it scores.

    The two differ when the nearest node is a criterion: the rule is the criterion's, its
    points (all of them, for 不得分) and floor the item's.
    """
    node, leaf = nodes
    start, end = span
    bonuses = bonus_in(sentence)
    if bonuses:
        reader.placed += len(bonuses)
        for bonus in bonuses:
            add_block_rule(reader, "bonus", sentence, bonus, span)
        return
    points = full_points(leaf) if leaf is not None else 0.0
    item = Item(0, node["name"] if node is not None else "", start, end, points)
    item.standard.append((start, sentence))
    found = _clause_deductions(sentence, start, item, points)
    where = f"item {node['id']} {node['name']!r}" if node is not None else "the penalty block"
    if not found:
        said = f"{sentence!r} makes no rule of its own; nearest item above it: {where}"
        if leaf is not None and FLOOR.search(sentence):
            # 扣完为止: the item's deductions stop at 0
            leaf["floor"] = 0.0
            said = f"{sentence!r} read as the floor of {where}: its deductions stop at 0"
        reader.diagnose(
            "clause-unread",
            said,
            start,
            end,
            severity="info",
        )
        return
    reader.placed += len(found)
    if node is None:
        for rule in found:
            where_span = rule.get("span", {"start": start, "end": end})
            add_block_rule(
                reader,
                "penalty",
                rule["reason"],
                rule["points"],
                (where_span["start"], where_span["end"]),
            )
    else:
        for rule in found:
            rule.setdefault("span", {"start": start, "end": end})
        number = sum(1 for rule in reader.rules if rule.get("node") == node["id"])
        for index, rule in enumerate(found, number + 1):
            rule_id = f"{node['id']}-{index}"
            rule.update(id=rule_id, node=node["id"], input=rule_id)
            reader.rules.append(rule)
        _now_ruled(node, leaf or node)
    reader.diagnose(
        "rule-placed",
        f"{sentence!r} found outside every item's standard: read as a rule of {where}"
        + (", the nearest item above it" if node is not None else ", as no item's text holds it")
        + "; check where it belongs",
        start,
        end,
        severity="info",
    )


def _clause_deductions(
    sentence: str, start: int, item: Item, points: float
) -> list[dict[str, Any]]:
    """The deductions of a sentence, each clause's own where its clauses each deduct.

    ``未开展综合评价扣4分,三大指标每缺一项扣1分``: two rules, each with its points, reason and
    span, as in an item's standard; a sentence whose clauses do not each deduct is read whole.
    """
    clauses = [
        (
            clause.group().strip(" ，,"),
            clause.start() + len(clause.group()) - len(clause.group().lstrip(" ，,")),
        )
        for clause in RULE_CLAUSE.finditer(sentence)
        if clause.group().strip(" ，,")
    ]
    if len(clauses) >= 2:
        found: list[dict[str, Any]] = []
        for clause, at in clauses:
            rules = [rule for rule in deductions_in(clause, item, points) if rule["points"] > 0]
            if not rules:
                break
            for rule in rules:
                rule["span"] = {"start": start + at, "end": start + at + len(clause)}
            found.extend(rules)
        else:
            return found
    return [rule for rule in deductions_in(sentence, item, points) if rule["points"] > 0]
