"""Rules read from the text: deductions, bonuses, penalties and vetoes.

An item's standard gives its deduction rules (``每发现一处扣1分`` per occurrence, ``未…扣2分``
once, ``不得分`` all its points, ``每低一个百分点扣1分``, ``酌情扣分`` and ``扣1-3分`` for the rater,
``扣完为止`` and ``累计扣分不超过X分`` as the floor) and its bonus clauses (``每增加一次加1分``). A
bonus or penalty section (加分项 · 减分项) gives block rules with their caps. A veto
(``一票否决``, ``不得评为优秀``, ``降低一个等次``) keeps its condition as its reason.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from typing import TYPE_CHECKING, Any

from rulegov.parse._scheme_lines import (
    Item,
    Reader,
    find_marker,
    points_in,
    split_cells,
    standard_text,
    text_lines,
)
from rulegov.parse._scheme_words import (
    ADD,
    BAR,
    BONUS_CAP,
    CAP_WORDS,
    CLAUSE,
    DISCRETIONARY,
    FAULT_EACH,
    FLOOR,
    FORCE,
    GRADE_IDS,
    HEADING_PENALTY_CAP,
    HIGHEST_BONUS_ONLY,
    LEVEL_AWARD,
    LOWER,
    MOST,
    NO_POINTS,
    NUMBER,
    PER,
    PER_COUNTED,
    PER_POINT,
    RANGE,
    RULE_CLAUSE,
    SCORE_LEVEL,
    SHARE_TAKEN,
    TAKE,
    TAKE_BARE,
    TARGET_RATE,
    vetoes,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "add_block_rule",
    "add_rules",
    "bonus_in",
    "deductions_in",
    "inside_item",
    "leaf_rules",
    "listed_vetoes",
    "loose_rules",
    "read_veto",
    "section_rules",
    "standard_rules",
    "unscored_bonus",
]


_VETO_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?\s*(?:实行)?"
    r"一票否决(?:制|制度)?(?:事项|项目|项|指标|情形|内容|条件)?\s*[:：]?"
)
"""A heading that names the vetoes to come (二、一票否决事项): no veto of its own."""


def read_veto(reader: Reader, sentence: str, start: int, end: int) -> None:
    """A veto (一票否决) and its condition, from a clause of the document.

    What it does to the grade is what the clause says, the most specific first: 不得评为优秀
    bars a grade, 确定为不合格 forces one, 降低一个等次 lowers it a step, and 一票否决 alone
    forces the lowest grade. A number that opens the clause (1. …) is left out of the reason.
    """
    effect, grade = _veto_effect(sentence)
    if effect is None:
        return
    if _VETO_HEADING.fullmatch(sentence.strip()):
        reader.lead_ins.append((start, end))  # 二、一票否决事项: its list may follow
        return
    struck = _STRUCK.search(sentence)
    if struck is not None and not vetoes(sentence[struck.end() :]):
        # 凡被“一票否决”的村，无论总得分为多少，一律定为不达标村: a rule of the genre, the clauses
        # from the units a veto has struck on tell what befalls them, and are no veto of their
        # own; a veto before them (安全生产…实行一票否决，凡被一票否决的单位不得评为优秀) stands, with
        # the effect they give. A clause that vetoes again after them (在…考核中被一票否决的，本单位
        # 年度考核实行一票否决) makes being struck elsewhere a veto's condition, and is read whole.
        opened = max(sentence.rfind(comma, 0, struck.start()) for comma in "，,") + 1
        sentence = sentence[:opened].rstrip(" ，,")
        if not vetoes(sentence):
            return
        end = start + len(sentence)
    marker = find_marker(sentence)
    if marker is not None:
        start, sentence = start + marker[1], sentence[marker[1] :]
    start, sentence = _own_cell(start, sentence)
    veto = _veto_rule(effect, grade, _veto_reason(sentence), start, end)
    matters = _counted_matters(sentence)
    if not matters:
        reader.rules.append(veto)
        return
    for name, at in matters:
        # 计划生育、社会治安综合治理、新农村建设三项工作实行“一票否决”: each matter a veto
        left = start + at
        reader.rules.append(
            {**veto, "reason": name, "span": {"start": left, "end": left + len(name)}}
        )


def _veto_rule(effect: str, grade: str | None, reason: str, start: int, end: int) -> dict[str, Any]:
    """A veto rule as the scheme's data holds it (`named_vetoes` numbers it later on)."""
    return {
        "kind": "veto",
        "id": "veto",
        "input": "veto",
        "effect": effect,
        **({"grade": grade} if grade else {}),
        "reason": reason,
        "span": {"start": start, "end": end},
    }


_STRUCK = re.compile(
    r"被[^，,。；;]{0,6}?[“\"‘']?(?:实行|执行|给予|予以)?[“\"‘']?(?:一票|单项)否决[”\"’']?"
    # a veto named beside another sanction (被县“一票否决”或“黄牌警告”的村) strikes units all the same
    r"(?:\s*[或和及、][^，,。；;的]{0,8})?的"
)
"""Units a veto has struck, named as such (凡被“一票否决”的单位, 被县“一票否决”或“黄牌警告”的村):
the clause is the veto's effect, or tells what befalls the units, no veto of its own."""
# a rule of the genre: a veto may name the matters it covers and count them (安全生产、信访稳定
# 两项工作实行“一票否决”), each matter then a veto of its own
_COUNTED = re.compile(
    r"(?P<names>[^。；;：:]{4,80}?)(?P<count>[两二三四五六七八九])项(?:工作|指标|内容|任务|事项)?"
    r"(?:实行|列为|作为|纳入|为)[“\"‘']?(?:一票|单项)否决"
)
# the count's numeral, in figures
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MARKED = re.compile(r"^.*?(?:^|[^\d])\d{1,2}[、.．]")
"""A flattened heading and serial before a list's first name (考核结果运用1、计划生育)."""
_NAME_APART = re.compile(r"[^，,、]+")
"""A name of a counted list, parted from the next by 、 or a comma."""
_LAST_JOINED = re.compile(r"以及|和|及|与")
"""The word joining the last two names of a list (安全生产、信访稳定和计划生育)."""
_INTRODUCED = re.compile(r"(?:对于|对|将|把)(?![口外])")
"""A preposition introducing the names (对党风廉政建设、安全生产两项…): no part of the first."""


def _counted_matters(sentence: str) -> list[tuple[str, int]]:
    """The matters one veto names and counts (A、B、C三项工作实行一票否决), with their offsets.

    The names before the count are parted by 、 or commas, the last two perhaps joined by 和
    (A、B和C三项); the last as many as the count says are the matters, and a name before them
    must be a clause of its own, after a comma (在年度考核中，A、B两项). A list that does not add
    up, or that says its names are some of the matters (A、B、C等三项), stays one veto.
    """
    counted = _COUNTED.search(sentence)
    if counted is None:
        return []
    names = counted.group("names")
    first = _MARKED.match(names)
    at = counted.start("names") + (first.end() if first is not None else 0)
    pieces = [
        (piece.group(), at + piece.start())
        for piece in _NAME_APART.finditer(sentence[at : counted.end("names")])
    ]
    count = _COUNTS[counted.group("count")]
    if pieces and len(pieces) < count:
        last, where = pieces.pop()
        joined = _LAST_JOINED.search(last)
        if joined is None:
            return []
        pieces.append((last[: joined.start()], where))
        pieces.append((last[joined.end() :], where + joined.end()))
    if len(pieces) < count or pieces[-1][0].rstrip().endswith("等"):
        return []
    if len(pieces) > count and sentence[pieces[-count][1] - 1] not in "，,":
        return []  # more names than the count: the matters are not these
    found: list[tuple[str, int]] = []
    for index, (piece, where) in enumerate(pieces[-count:]):
        name = piece.strip()
        introduced = _INTRODUCED.match(name) if index == 0 else None
        if introduced is not None:
            name = name[introduced.end() :]
        if len(name) < 2:
            return []
        found.append((name, where + piece.index(name)))
    return found


_LONG_VETO = 80
"""A veto clause longer than this, its cells set apart by spaces, is cut to its own cell."""


def _own_cell(start: int, sentence: str) -> tuple[int, str]:
    """The last cell of a veto clause that a flattened table ran together with the cells before.

    ``… 本辖区内年度无森林火灾 全年无火灾得10分，发生森林火灾无分，并实行一票否决``: the
    whole table stands in one clause; the veto is its last cell's.
    """
    if len(sentence) <= _LONG_VETO:
        return start, sentence
    gaps = [gap.end() for gap in re.finditer(r"\s+", sentence) if gap.end() < len(sentence)]
    if len(gaps) < 2:  # cells, not a sentence with a space in it
        return start, sentence
    return start + gaps[-1], sentence[gaps[-1] :]


_LEAD_IN = re.compile(r"(?:下列|以下|如下)[^：:]{0,30}[：:]")
"""A veto whose conditions follow it as a list (有下列情形之一的，实行一票否决：)."""
_LISTED = ("paren-han", "arabic", "paren-arabic", "circled")


def listed_vetoes(reader: Reader, lines: list[tuple[int, str]]) -> None:
    """Give a veto that introduces a list (有下列情形之一的…：) the listed conditions.

    Each condition that follows (（一）发生重大群体性事件的；（二）…) becomes a veto of its own,
    with the lead-in's effect and its own span; a lead-in whose list cannot be found is kept
    as it is, with a ``veto-conditions`` diagnostic.
    """
    rules: list[dict[str, Any]] = []
    headings = list(reader.lead_ins)
    reader.lead_ins.clear()
    for start, end in headings:
        rules.extend(_heading_vetoes(reader, lines, start, end))
    for rule in reader.rules:
        lead_in = _LEAD_IN.search(rule["reason"]) if rule["kind"] == "veto" else None
        if lead_in is None:
            rules.append(rule)
            continue
        # the reason starts where the span does: the list starts after the colon
        after = rule["span"]["start"] + lead_in.end()
        conditions = _conditions_after(reader.text, lines, after)
        if not conditions:
            rules.append(rule)
            reader.diagnose(
                "veto-conditions",
                f"veto {rule['reason']!r}: the conditions it introduces were not found; the veto "
                "is kept with the lead-in as its reason (add its conditions by hand)",
                rule["span"]["start"],
                rule["span"]["end"],
            )
            continue
        reader.lead_ins.append((rule["span"]["start"], after))
        for condition, start, end in conditions:
            listed = {**rule, "reason": condition, "span": {"start": start, "end": end}}
            rules.append(listed)
            reader.used.append((start, end))
    number = 0
    for rule in rules:
        if rule["kind"] == "veto":
            number += 1
            rule.update(id=f"veto{number}", input=f"veto{number}")
    reader.rules[:] = rules


# the spaces before the heading are a line's own: tried from after each line break, a run of
# blank lines read as spaces from each of them to its end
_NAMED_LIST = re.compile(
    r"(?:^|(?<=[。；;\n]))[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*"
    r"否决(?:条件|事项|情形|项目)\s*[:：]?"
)
"""A heading that names the conditions vetoing the unit without 一票 (二、否决条件): a list follows."""
# a rule of the genre: a listed condition opens on its number (1、 · 2. · 3．), at the start of a
# clause; a number inside a condition (低于1.5分的, 发生1、2级事故的) opens none
_LIST_SERIAL = re.compile(r"(\d{1,2})[、.．](?!\d)")
# a listed condition ends at its stop (；。) or at its line's end, wherever the list runs on
_CONDITION_END = re.compile(r"[；;。\n]")
# a rule of the genre: the clause after a list that refers back to it (具有以上情形之一的，不得评为
# 优秀) says what the conditions do; it is no condition of its own
_BACK = re.compile(r"(?:以上|上述|前述|上列)[^，,。；;]{0,8}?(?:之一|任何一|任一)")
_LEAST_LISTED = 2
"""A heading's list of fewer conditions than this is none (a lone 1、 is no list)."""


def named_vetoes(reader: Reader) -> None:
    r"""The vetoes a heading names without 一票 (二、否决条件), listed after it, perhaps run on.

    A rule of the genre: ``二、否决条件1、领导班子成员严重违纪违法的;2、…;5、违反计划生育法;三、…``
    lists the conditions that fail the unit; each numbered condition is a veto forcing the
    lowest grade, or doing what the clause after the list says of them (``具有以上情形之一的，
    不得评为优秀``). A condition ends at its stop or its line's end; the list ends at the first
    clause that opens on no number in turn. A number repeating the one before on the next line
    (``…之间不\n2、团结…``, a sharing site's page marker) continues its condition.

    The vetoes are then numbered in the document's order.
    """
    read = sorted(
        (rule["span"]["start"], rule["span"]["end"], index)
        for index, rule in enumerate(reader.rules)
        if rule["kind"] == "veto"
    )
    starts = [start for start, _, _ in read]
    reach = list(itertools.accumulate((end for _, end, _ in read), max))  # the furthest end so far
    found: list[dict[str, Any]] = []
    dropped: list[int] = []
    for heading in _NAMED_LIST.finditer(reader.text):
        conditions, after = _run_on_conditions(reader.text, heading.end())
        if len(conditions) < _LEAST_LISTED:
            continue
        effect, grade, back = _listed_effect(reader, after, read)
        listed = len(found)
        for stretches in conditions:
            condition = re.sub(r"\s+", "", "".join(reader.text[a:b] for a, b in stretches))
            condition = condition.strip("；;，,。")
            left, right = stretches[0][0], stretches[-1][1]
            before = bisect.bisect_left(starts, right)  # the vetoes read that open before it
            if not condition or (before and reach[before - 1] > left):
                continue  # a condition stating its own veto (1、…的，实行一票否决) is read
            found.append(_veto_rule(effect, grade, condition, left, right))
            reader.used.append((left, right))
        if back is not None and len(found) > listed:
            # the veto referring back to the conditions is theirs, no veto of its own
            dropped.append(back)
            span = reader.rules[back]["span"]
            reader.lead_ins.append((span["start"], span["end"]))
    gone = set(dropped)
    rules = [rule for index, rule in enumerate(reader.rules) if index not in gone]
    rules.extend(found)
    places = [index for index, rule in enumerate(rules) if rule["kind"] == "veto"]
    ordered = sorted((rules[index] for index in places), key=lambda rule: rule["span"]["start"])
    for number, (index, rule) in enumerate(zip(places, ordered, strict=True), 1):
        rule.update(id=f"veto{number}", input=f"veto{number}")
        rules[index] = rule
    reader.rules[:] = rules


def _run_on_conditions(text: str, at: int) -> tuple[list[list[tuple[int, int]]], int]:
    """The stretches of each condition numbered 1、 2、 … from ``at`` on, and where the list ends.

    Each condition runs from its number to its stop or its line's end; a number repeating the
    one before, on the next line, continues its condition; the list ends at the first clause
    that opens on no number in turn.
    """
    pieces: list[list[tuple[int, int]]] = []
    stop = ""
    end = at
    while True:
        opening = at
        while opening < len(text) and text[opening].isspace():
            opening += 1
        serial = _LIST_SERIAL.match(text, opening)
        if serial is None:
            break
        number = int(serial.group(1))
        if number == len(pieces) + 1:
            pieces.append([])
        elif not (pieces and number == len(pieces) and stop == "\n"):
            break
        closing = _CONDITION_END.search(text, serial.end())
        while closing is not None and _wrapped(text, serial.end(), closing):
            closing = _CONDITION_END.search(text, closing.end())
        end = len(text) if closing is None else closing.start()
        pieces[-1].append((serial.end(), end))
        stop = "" if closing is None else closing.group()
        at = len(text) if closing is None else closing.end()
    return pieces, at if pieces else end


_CLOSED = re.compile(r"[的；;。]\s*$")
"""A condition's words closed before a line break (…的): the break ends it."""


def _wrapped(text: str, begin: int, closing: re.Match[str]) -> bool:
    """Whether a listed condition from ``begin`` runs on past the line break ``closing``.

    A rule of the genre: a copy wraps a long condition (``1、领导班子成员严重`` / ``违纪违法的；``);
    the next line goes on with it when the words before the break close nothing (no 的, no
    stop) and the next line opens on no list marker and states no rule of its own (a score, a
    veto), up to its stop.
    """
    if closing.group() != "\n" or _CLOSED.search(text, begin, closing.start()):
        return False
    after = _CONDITION_END.search(text, closing.end())
    line = text[closing.end() : len(text) if after is None else after.start()].strip()
    return (
        bool(line)
        and _LIST_SERIAL.match(line) is None
        and find_marker(line) is None
        and _SCORE.search(line) is None
        and _veto_effect(line)[0] is None
    )


def _listed_effect(
    reader: Reader, after: int, read: list[tuple[int, int, int]]
) -> tuple[str, str | None, int | None]:
    """What a heading's listed conditions do: what the veto after them that refers back says.

    That veto (具有以上情形之一的，不得评为优秀), read from its clause, is the list's: its index in
    the rules is given with its effect and grade. Without one, each condition forces the lowest
    grade. ``read``: the vetoes read, as (start, end, index in the rules), by their starts.
    """
    while after < len(reader.text) and reader.text[after].isspace():
        after += 1
    closing = _CONDITION_END.search(reader.text, after)
    clause_end = len(reader.text) if closing is None else closing.start()
    if _BACK.search(reader.text, after, clause_end) is None:
        return "force", None, None
    at = bisect.bisect_left(read, (after, -1, -1))
    if at == len(read) or read[at][0] >= clause_end:
        return "force", None, None
    rule = reader.rules[read[at][2]]
    return rule["effect"], rule.get("grade"), read[at][2]


def _heading_vetoes(
    reader: Reader, lines: list[tuple[int, str]], start: int, end: int
) -> list[dict[str, Any]]:
    """The vetoes listed under a heading that names them (二、一票否决事项 then 1.…的；2.…的).

    Each forces the lowest grade; a listed line that states its own veto is left to it.
    """
    vetoes = [rule["span"] for rule in reader.rules if rule["kind"] == "veto"]
    found: list[dict[str, Any]] = []
    for condition, left, right in _conditions_after(reader.text, lines, end):
        if any(span["start"] < right and left < span["end"] for span in vetoes):
            continue
        found.append(_veto_rule("force", None, condition, left, right))
        reader.used.append((left, right))
    if found:
        reader.lead_ins.append((start, end))
    return found


def _conditions_after(
    text: str, lines: list[tuple[int, str]], after: int
) -> list[tuple[str, int, int]]:
    """The listed conditions from ``after`` on: the rest of its line, then numbered lines."""
    pieces: list[tuple[int, str]] = []
    line_end = text.find("\n", after)
    rest = text[after : len(text) if line_end < 0 else line_end]
    if rest.strip():
        pieces.append((after, rest))
    kind: str | None = None
    first = bisect.bisect_left(lines, after, key=lambda line: line[0])  # lines are in order
    for index in range(first, len(lines)):
        offset, line = lines[index]
        if rest.strip() and offset < after + len(rest):
            continue
        marker = find_marker(line)
        if marker is None or marker[0] not in _LISTED or (kind is not None and marker[0] != kind):
            break
        kind = marker[0]
        pieces.append((offset, line))
    conditions: list[tuple[str, int, int]] = []
    for offset, piece in pieces:
        for clause in CLAUSE.finditer(piece):
            sentence = clause.group().strip()
            marker = find_marker(sentence)
            if marker is not None:
                sentence = sentence[marker[1] :]
            sentence = sentence.strip(" ，,：:")
            if not sentence:
                continue
            start = offset + clause.start() + clause.group().index(sentence)
            conditions.append((sentence, start, start + len(sentence)))
    return conditions


def _veto_reason(sentence: str) -> str:
    """The clause as the veto's reason; a table row's cells joined, without its pipes.

    A row's serial (``4`` · ``（四）``), its points and the column's heading (一票否决项) are no
    part of the reason: of a pipe row, every such cell; of a row whose cells runs of two spaces
    or more set apart, those that open it (a gap inside the clause, where a line wrapped, stays).

    Examples:
        >>> _veto_reason("4       一票否决            发生重大违法案件的，实行一票否决")
        '发生重大违法案件的，实行一票否决'
        >>> _veto_reason("|4|一票否决||发生重大违法案件的，实行一票否决|")
        '发生重大违法案件的，实行一票否决'
    """
    cells = split_cells(sentence)
    if cells is None:  # columns set apart by spaces: the serial and heading cells that open it
        at = 0
        for gap in _CELL_GAP.finditer(sentence):
            cell = sentence[at : gap.start()].strip()
            if cell and not (_VETO_HEADING.fullmatch(cell) or _SERIAL_CELL.fullmatch(cell)):
                break
            at = gap.end()
        return sentence[at:] if at else sentence
    kept = [cell.strip() for cell in cells if cell.strip()]
    return (
        "，".join(
            cell
            for cell in kept
            if not _VETO_HEADING.fullmatch(cell) and not _SERIAL_CELL.fullmatch(cell)
        )
        or sentence
    )


_CELL_GAP = re.compile(r"[ \u3000]{2,}|\t")
"""The gap between two cells of a row whose columns are set apart by spaces."""
_SERIAL_CELL = re.compile(
    r"[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)、.．]?|\d{1,3}(?:\.\d+)?\s*分"
)
"""A row's serial or points cell (4 · 4. · （四） · 10分): no part of a veto's reason."""


def _veto_effect(sentence: str) -> tuple[str | None, str | None]:
    """What a veto clause does: ``force``, ``lower`` or ``bar``, and the grade it names."""
    if vetoes(sentence):
        if (bar := BAR.search(sentence)) is not None:
            return "bar", GRADE_IDS.get(bar.group(1) or "优秀", "excellent")
        force = FORCE.search(sentence)
        return "force", GRADE_IDS[force.group(1)] if force is not None else None
    if LOWER.search(sentence):
        return "lower", None
    if (bar := BAR.search(sentence)) is not None and _condition(sentence):
        return "bar", GRADE_IDS.get(bar.group(1) or "优秀", "excellent")
    if (
        (force := FORCE.search(sentence)) is not None
        and _condition(sentence)
        and _SCORE.search(sentence) is None
    ):
        return "force", GRADE_IDS[force.group(1)]
    return None, None


_SCORE = re.compile(r"\d\s*分")
"""A score in a clause (60分以下的评定为不合格): a grade's band, no veto. A clause that only takes
an item's points (未完成的不得分，并且直接考核为未完成等级) names no score."""


def _condition(sentence: str) -> bool:
    """Whether a sentence states a condition (…的, 凡…, 发生…), as a veto does."""
    return bool(re.search(r"的[，,]?|凡|发生|出现|存在|因|被", sentence))


def inside_item(reader: Reader, offset: int) -> bool:
    """Whether ``offset`` lies in text already read as an item's standard or a rule."""
    if len(reader.used) != reader.merged_from:
        merged: list[tuple[int, int]] = []
        for left, right in sorted(reader.used):
            if merged and left <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], right))
            else:
                merged.append((left, right))
        reader.merged[:] = merged
        reader.merged_from = len(reader.used)
    index = bisect.bisect_right(reader.merged, (offset, math.inf)) - 1
    return index >= 0 and reader.merged[index][0] <= offset < reader.merged[index][1]


def unscored_bonus(reader: Reader, item: Item, read: set[tuple[int, int]] | None = None) -> None:
    """An item left out for want of points may still state a bonus (…活动加5分): keep it.

    A clause is read once, though the item's own text and its standard may both hold it:
    ``read`` holds the spans of the bonuses read and of the clauses this item's tree has read,
    gathered once for the tree, from the rules added since the last item's.
    """
    pieces = [(item.start, reader.text[item.start : item.end]), *item.standard]
    if read is None:
        read = reader.bonus_spans()
    for child in item.children:
        unscored_bonus(reader, child, read)
    for offset, text in pieces:
        for clause in CLAUSE.finditer(text):
            sentence = clause.group().strip(" ，,")
            if not sentence:
                continue
            start = offset + clause.start() + clause.group().index(sentence)
            if (start, start + len(sentence)) in read:
                continue
            read.add((start, start + len(sentence)))
            for bonus in bonus_in(sentence):
                add_block_rule(reader, "bonus", sentence, bonus, (start, start + len(sentence)))


def leaf_rules(reader: Reader, item: Item, node: dict[str, Any]) -> None:
    """Turn an item's standard into deduction rules; what is left is a manual criterion."""
    rules = standard_rules(reader, item, node, float(node["points"]))
    if not rules:
        node["manual"] = True
        return
    node["start_full"] = True
    add_rules(reader, node, rules)


def add_rules(reader: Reader, node: dict[str, Any], rules: list[dict[str, Any]]) -> None:
    for index, rule in enumerate(rules, 1):
        rule_id = f"{node['id']}-{index}"
        rule.update(id=rule_id, node=node["id"], input=rule_id)
        reader.rules.append(rule)


def standard_rules(
    reader: Reader, item: Item, node: dict[str, Any], points: float
) -> list[dict[str, Any]]:
    """The deduction rules of an item's standard; sets the node's floor and criterion."""
    rules: list[dict[str, Any]] = []
    added: list[dict[str, Any]] = []
    most: float | None = None
    by_sentence = _credited_by_sentence(item, points)
    for offset, text in item.standard:
        reader.used.append((offset, offset + len(text)))
        # the rules of the sentence so far: a cap after one of them (…每件扣3分，最高扣20分) is its own
        in_sentence: list[dict[str, Any]] = []
        # a numbered criterion's own cap (1.…每次扣1分，累计扣分不超过5分) is its one rule's
        numbered = find_marker(text) is not None
        in_criterion: list[dict[str, Any]] = []
        opened = 0
        for sentence, at, opens in _rule_clauses(text):
            if opens:
                in_sentence = []
                opened = at
            start = offset + at
            if FLOOR.search(sentence):
                node["floor"] = 0.0
            bonuses = _standard_bonuses(reader, sentence, start)
            if bonuses:
                added.extend(bonuses)
                continue
            found = _part_deductions(
                text[opened:at], sentence, points, by_sentence=by_sentence
            ) or deductions_in(sentence, item, points)
            if not found and _caps_a_rule(sentence, in_sentence, in_criterion, numbered=numbered):
                continue
            most = _item_most(sentence, found, most, alone=not in_sentence)
            for rule in found:
                rule["span"] = {"start": start, "end": start + len(sentence)}
            rules.extend(found)
            in_sentence.extend(found)
            in_criterion.extend(found)
    rules.extend(_deduction_table(item))
    standard = standard_text(item)
    if standard:
        node["criterion"] = standard
    _cap_item_bonuses(added, standard)
    if rules:
        # deductions take an item down to 0 at most (扣完为止), or to what 累计扣分不超过X分 leaves
        node["floor"] = round(points - most, 9) if most is not None and most < points else 0.0
    return rules


_DEDUCTIONS_HEAD = re.compile(r"扣分(?:情况|项目|内容|事项)")
"""The first cell of a table of deductions set out under an item (扣分情况 · 数值 · 分值)."""
_DEDUCTIONS_COLUMNS = frozenset({"数值", "次数", "分值", "扣分", "扣分值", "扣分标准", "备注"})
_DEDUCTIONS_POINTS = frozenset({"分值", "扣分", "扣分值", "扣分标准"})
_COUNT_CELL = re.compile(r"每?\d+\s*[次件起个项份例处条]")
_TAKEN_CELL = re.compile(NUMBER + r"(?:\s*[-－—~～〜∼至]\s*" + NUMBER + r")?\s*分")
_ROW_CELLS = 3


def _deduction_table(item: Item) -> list[dict[str, Any]]:
    """The rules of a table of deductions set out in the item's standard, a cell a line.

    ``扣分情况`` · ``数值`` · ``分值`` · ``备注``, then rows ``越级报送、送签`` · ``1次`` · ``3分``, a
    remark cell after some (``被市领导指出则加倍扣分。``): each row takes its points for each
    count; a range (``1-3分``) is the rater's, up to its top. A header without a points column,
    or cells that state no count, make no rows.
    """
    cells = [
        (offset + len(text) - len(text.lstrip()), text.strip())
        for offset, text in item.standard
        if text.strip()
    ]
    head = next((i for i, (_, text) in enumerate(cells) if _DEDUCTIONS_HEAD.fullmatch(text)), None)
    if head is None:
        return []
    index = head + 1
    while index < len(cells) and cells[index][1] in _DEDUCTIONS_COLUMNS:
        index += 1
    if not {text for _, text in cells[head + 1 : index]} & _DEDUCTIONS_POINTS:
        return []
    rules: list[dict[str, Any]] = []
    while index + _ROW_CELLS <= len(cells):
        (start, name), (_, count), (at, points) = cells[index : index + _ROW_CELLS]
        taken = _TAKEN_CELL.fullmatch(points)
        if _COUNT_CELL.fullmatch(count) is None or taken is None:
            index += 1  # a remark cell, or a row's lost cell
            continue
        rule: dict[str, Any] = {
            "kind": "deduction",
            "points": float(taken.group(1)),
            "reason": f"{name} {count} {points}",
            "span": {"start": start, "end": at + len(points)},
        }
        if taken.group(2) is not None:
            rule["max"] = float(taken.group(2))
            rule["reason"] += " (a range: the rater enters the points taken)"
        rules.append(rule)
        index += _ROW_CELLS
    return rules


def _rule_clauses(text: str) -> Iterator[tuple[str, int, bool]]:
    """Each clause of a standard, where it starts, and whether it opens a sentence (after 。；).

    A copy that lost its stops may run a bonus on into the rule after it (``…达90%以上的加5分
    回收率达不到90%的倒扣2分``): the two are clauses of their own.
    """
    last_end = 0
    for clause in RULE_CLAUSE.finditer(text):
        sentence = clause.group().strip(" ，,")
        if not sentence:
            continue
        opens = _SENTENCE_END.search(text, last_end, clause.start()) is not None
        last_end = clause.end()
        at = clause.start() + clause.group().index(sentence)
        # up to the last 扣 or 减: a bonus looks for one after it once, not again from each 加
        run_on = _RUN_ON_BONUS.search(sentence, 0, max(sentence.rfind("扣"), sentence.rfind("减")))
        if run_on is not None and not re.search(r"扣|减", sentence[: run_on.start()]):
            yield sentence[: run_on.end()], at, opens
            yield sentence[run_on.end() :], at + run_on.end(), False
            continue
        yield sentence, at, opens


_RUN_ON_BONUS = re.compile(r"加\s*" + NUMBER + r"\s*分(?=[\u4e00-\u9fff])")
"""A bonus run on, without a stop, into a clause that takes points (searched before its 扣 or 减)."""


def _standard_bonuses(reader: Reader, sentence: str, start: int) -> list[dict[str, Any]]:
    """加分 in an item's standard (…每增加一次加1分): bonuses of the whole appraisal."""
    added: list[dict[str, Any]] = []
    for bonus in bonus_in(sentence):
        add_block_rule(reader, "bonus", sentence, bonus, (start, start + len(sentence)))
        added.append(reader.rules[-1])
    return added


def _cap_item_bonuses(added: list[dict[str, Any]], standard: str) -> None:
    """最多加5分 beside an item's bonus: it adds as often as it happens, up to the cap."""
    capped = _ITEM_BONUS_CAP.search(standard)
    if capped is None:
        return
    cap = float(next(group for group in capped.groups() if group is not None))
    for rule in added:
        if cap >= rule["points"]:
            rule["max"] = cap


_ITEM_BONUS_CAP = re.compile(
    r"(?:最多|最高|累计最多|累计不超过)加\s*" + NUMBER + r"\s*分"
    r"|加(?:分|减分|分或减分|分和减分|分与减分)[^。；;，,\d]{0,6}?"
    r"(?:最多|最高|不超过|不得超过|上限)(?:为|是)?\s*" + NUMBER + r"\s*分"
)
"""An item's cap on its bonus: ``最多加3分``, ``本项加分不超过2分``, ``加分或减分最高为1分`` (a cap on
the bonus and the deduction alike)."""


def bonus_in(sentence: str) -> list[float]:
    """The points a clause adds (加2分，每增加一次加1分), unless it also takes points.

    A cap (最多加5分) is not a bonus of its own. A clause that adds or takes in proportion
    (``按比例相应增减，每超额完成任务10%加0.5分``) takes nothing by its 增减.
    """
    if re.search(r"扣|(?<!增)减", sentence):
        return []
    points: list[float] = []
    for shared in _SHARED_UNIT.finditer(sentence):
        # 分别增记2、3分: one bonus for each figure the one 分 closes
        points.extend(float(figure) for figure in re.findall(r"\d+(?:\.\d+)?", shared.group(1)))
    for add in ADD.finditer(sentence):
        if _after_cap_words(sentence, add):
            continue
        points.append(float(add.group(1)))
        if _EACH_OF.search(sentence[max(0, add.start() - 4) : add.start()]):
            # 分别奖3分、1分: one bonus for each figure listed after the first
            listed = _LISTED_POINTS.match(sentence, add.end())
            while listed is not None:
                points.append(float(listed.group(1)))
                listed = _LISTED_POINTS.match(sentence, listed.end())
    return points


_EACH_OF = re.compile(r"分别")
_SHARED_UNIT = re.compile(
    r"分别\s*(?:加记?|增记?|奖励?)\s*(\d+(?:\.\d+)?(?:\s*[、，,]\s*\d+(?:\.\d+)?)+)\s*分"
)
"""Bonuses listed after 分别 whose figures share one 分 (分别加2、3分 · 分别增记2、3分)."""
_LISTED_POINTS = re.compile(r"\s*[、，,]\s*" + NUMBER + r"\s*分")


_CAP_BEFORE = re.compile(r"(?:最多|最高|累计|不超过|不得超过)[^，,。；;\d]{0,4}$")


def _after_cap_words(sentence: str, found: re.Match[str]) -> bool:
    """Whether the words of a cap (最多, 累计不超过) stand right before ``found``.

    A window of the clause before it, not the whole clause, is searched.
    """
    return _CAP_BEFORE.search(sentence[max(0, found.start() - 16) : found.start()]) is not None


_SENTENCE_END = re.compile(r"[；;。\n]")
_NAMES_ITEM = re.compile(r"本项|该项|此项|单项|本条|本指标|本部分|合计|共计|总分|总计")
"""The words of a cap that name the item (本项累计扣分不超过10分), not the rule before it."""
_WHOLE_ITEM = re.compile(_NAMES_ITEM.pattern + r"|扣分累计|累计扣分")


def _caps_a_rule(
    sentence: str,
    in_sentence: list[dict[str, Any]],
    in_criterion: list[dict[str, Any]],
    *,
    numbered: bool,
) -> bool:
    """Whether a clause caps the one rule of its sentence, or of its numbered criterion."""
    return _rule_cap(sentence, in_sentence) or (
        numbered and _rule_cap(sentence, in_criterion, named=True)
    )


def _rule_cap(sentence: str, in_sentence: list[dict[str, Any]], *, named: bool = False) -> bool:
    """Whether a clause caps the one rule before it in its sentence, and cap it if so.

    最高扣20分 right after 每件扣3分 is the most that rule takes; a cap that names the item
    (本项累计扣分不超过10分), or follows several rules or none, is the item's (its floor),
    unless ``named``: the clause closes a numbered criterion whose one rule it caps, so the
    item it names is that criterion.
    """
    if len(in_sentence) != 1 or (_WHOLE_ITEM.search(sentence) and not named):
        return False
    if not CAP_WORDS.search(sentence):
        return False
    limit = MOST.search(sentence)
    if limit is None:
        return False
    _cap_rule(
        in_sentence[0], float(limit.group(1)), again=_CAPS_TAKING.search(sentence) is not None
    )
    return True


_CAPS_TAKING = re.compile(r"[扣减]|超过|为限|封顶")
"""The words of a clause that caps what is taken (最多扣 · 累计不超过 · 以5分为限), not one that
names the top score (最高分为5分)."""


def _cap_rule(rule: dict[str, Any], most: float, *, again: bool = True) -> None:
    """Cap a rule at ``most`` points in all.

    A cap above what a rule takes once (``未审查的扣1分，累计不超过5分``) says it takes its
    points again for each case, up to the cap, as ``每件扣1分，累计不超过5分`` does, where the
    clause caps what is taken (``again``); a clause naming the top score (``最高分为5分``)
    leaves it taken once.
    """
    once = rule.get("max") is not None and rule["max"] == rule.get("points")
    if rule.get("max") is None or (once and again and most > rule["max"]):
        rule["max"] = most
    else:
        rule["max"] = min(most, rule["max"])


_INLINE_CAP = re.compile(
    r"(?:最多|最高)(?:扣分|扣|减分|减)?(?:不超过|不得超过)?\s*" + NUMBER + r"\s*分(?:为限|封顶)?"
)


_BRACKETED_CAP = re.compile(
    r"\s*[（(\[【〔]\s*(?:累计|最多|最高)?(?:扣分|扣|减分|减)?(?:累计|最多|最高)?"
    r"(?:不超过|不得超过|扣|减)\s*" + NUMBER + r"\s*分(?:为限|封顶)?\s*[）)\]】〕]"
)
"""A cap in brackets right after a rule's points (扣1分(累计不超过5分) · 扣1分【最多扣5分】)."""


def _bracketed_cap(sentence: str, rule: dict[str, Any], *, alone: bool) -> bool:
    """Whether a cap in brackets right after the one rule of a clause caps it, and cap it.

    ``未报送的扣1分(累计不超过5分)`` says what ``未报送的扣1分，累计不超过5分`` says: the
    rule takes its point for each case, five at most. A bracket that names the item
    (``(本项累计扣分不超过5分)``), or closes several rules of a sentence (``alone`` is false),
    is the item's cap; one that names the top score (``(最高分为5分)``) caps nothing taken.
    """
    if not alone or _NAMES_ITEM.search(sentence):
        return False
    return _cap_after_points(sentence, rule, _BRACKETED_CAP.match)


def _inline_cap(sentence: str, rule: dict[str, Any]) -> bool:
    """Whether the clause of one rule caps it after its points, with no stop between, and cap it.

    ``每次扣2分最高扣10分`` is the most that rule takes, as it is after a comma (see `_rule_cap`);
    a cap that names the item (本项累计扣分不超过10分) is the item's.
    """
    if _WHOLE_ITEM.search(sentence):
        return False
    return _cap_after_points(sentence, rule, _INLINE_CAP.search)


def _cap_after_points(
    sentence: str, rule: dict[str, Any], find: Callable[[str, int], re.Match[str] | None]
) -> bool:
    """Cap ``rule`` at the limit ``find`` reads after the clause's points; whether it did.

    A limit below what the rule takes once is no cap of it.
    """
    take = TAKE.search(sentence)
    if take is None:
        return False
    limit = find(sentence, take.end())
    if limit is None or float(limit.group(1)) < rule["points"]:
        return False
    _cap_rule(rule, float(limit.group(1)))
    return True


def _item_most(
    sentence: str, found: list[dict[str, Any]], before: float | None, *, alone: bool = True
) -> float | None:
    """The most an item's deductions take after this clause: its cap, unless its one rule's.

    ``alone`` says the clause's rule is the first of its sentence.
    """
    if len(found) == 1 and (
        _bracketed_cap(sentence, found[0], alone=alone) or _inline_cap(sentence, found[0])
    ):
        return before
    return _most(sentence, before)


def _most(sentence: str, before: float | None) -> float | None:
    """The most points an item's deductions may take (累计扣分不超过X分), if the clause says.

    The points are those the cap's words stand before: in ``每次扣1分累计扣分不超过5分`` the
    clause's first 扣1分 is the rule's, 5 the cap's.
    """
    cap = CAP_WORDS.search(sentence)
    if cap is None:
        return before
    limit = MOST.search(sentence, cap.start())
    return float(limit.group(1)) if limit is not None else before


_SEVERALLY = re.compile(
    r"(?P<parts>(?:第[一二三四五六七八九十\d]{1,3}项[、，,和及与]?){2,})(?P<what>[^，,。；;]*?)"
    r"分别(?:扣|减)\s*" + NUMBER + r"\s*分"
)
"""Requirements named together that each take the same points (第一项、第二项不达要求的分别扣5分)."""


def _severally(sentence: str, _item: Item, _points: float) -> list[dict[str, Any]]:
    """One rule for each requirement that ``…分别扣X分`` names, taking its points once."""
    found = _SEVERALLY.search(sentence)
    if found is None:
        return []
    value = float(found.group(3))
    what = found.group("what")
    return [
        {"kind": "deduction", "points": value, "max": value, "reason": f"{part}{what}扣{value:g}分"}
        for part in re.findall(r"第[一二三四五六七八九十\d]{1,3}项", found.group("parts"))
    ]


_RESPECTIVELY = re.compile(
    r"分别(?:扣|减)(?:除)?\s*"
    + NUMBER
    + r"\s*分?(?:\s*[、，,和及与]\s*(?:扣|减)?\s*\d+(?:\.\d+)?\s*分?)+"
)
"""Cases named together that each take their own points (少建一个或未达标的分别扣1分、3分)."""


def _respectively(sentence: str, _item: Item, _points: float) -> list[dict[str, Any]]:
    """One rule for each of the points ``…分别扣X分、Y分`` lists, in the order of its cases."""
    found = _RESPECTIVELY.search(sentence)
    if found is None:
        return []
    values = [float(value) for value in re.findall(r"\d+(?:\.\d+)?", found.group())]
    named: list[str] = []
    for separator in (r"或者|或", r"[、，,和及与]"):
        cases = [case.strip() for case in re.split(separator, sentence[: found.start()])]
        if len(cases) == len(values) and all(cases):
            named = [case.removesuffix("的") for case in cases]
            break
    return [
        {
            "kind": "deduction",
            "points": value,
            "max": value,
            "reason": f"{named[number]}：扣{value:g}分" if named else sentence,
        }
        for number, value in enumerate(values)
    ]


def _share_taken(sentence: str, _item: Item, points: float) -> list[dict[str, Any]]:
    """扣该项分值的50%: that share of the item's points, taken once."""
    found = SHARE_TAKEN.search(sentence)
    if found is None or points <= 0:
        return []
    value = round(points * float(found.group(1)) / 100, 4)
    return [{"kind": "deduction", "points": value, "max": value, "reason": sentence}]


def _discretionary(sentence: str, _item: Item, points: float) -> list[dict[str, Any]]:
    """酌情扣分 (up to X): a rule whose points the rater enters."""
    discretionary = DISCRETIONARY.search(sentence)
    if discretionary is None:
        return []
    most = discretionary.group(2) or discretionary.group(1)
    if not most:
        # 酌情扣分(最多扣5分) · 酌情扣分（最高扣3分）: the cap after it bounds what the rater takes
        most = _discretionary_cap(sentence[discretionary.end() :], points)
    return [
        {
            "kind": "deduction",
            "points": 1.0,
            "max": float(most) if most else points,
            "reason": f"{sentence} (酌情扣分: the rater enters the points taken)",
        }
    ]


_CAP_BRACKET = re.compile(r"\s*[（(]([^（()）]{2,16})[）)]")


def _discretionary_cap(after: str, points: float) -> str | None:
    """The cap a bracket right after 酌情扣分 states (``(最多扣5分)``), if below the item's points."""
    bracket = _CAP_BRACKET.match(after)
    if bracket is None or CAP_WORDS.search(bracket.group(1)) is None:
        return None
    limit = MOST.search(bracket.group(1))
    if limit is None or (points > 0 and float(limit.group(1)) > points):
        return None
    return limit.group(1)


def _per_point(sentence: str, item: Item, _points: float) -> list[dict[str, Any]]:
    """每低一个百分点扣X分: short of the rate the item states, or a count the data supplies."""
    per_point = PER_POINT.search(sentence)
    if per_point is None:
        return []
    target = TARGET_RATE.search(item.title + "；" + standard_text(item))
    rule: dict[str, Any] = {"points": float(per_point.group(1)), "reason": sentence}
    if target is not None:
        rule.update(kind="shortfall", required_rate=float(target.group(1)))
    else:
        rule.update(kind="deduction", reason=f"{sentence} (count the percentage points short)")
    return [rule]


def _ranged(sentence: str, _item: Item, _points: float) -> list[dict[str, Any]]:
    """扣1-3分: a range whose points the rater enters."""
    ranged = RANGE.search(sentence)
    if ranged is None:
        return []
    return [
        {
            "kind": "deduction",
            "points": 1.0,
            "max": float(ranged.group(1) or ranged.group(2)),
            "reason": f"{sentence} (a range: the rater enters the points taken)",
        }
    ]


def deductions_in(sentence: str, item: Item, points: float) -> list[dict[str, Any]]:
    """The deduction rules one clause of a standard states."""
    readers = (_severally, _respectively, _share_taken, _discretionary, _per_point, _ranged, _each)
    for read in readers:
        found = read(sentence, item, points)
        if found:
            return found
    if NO_POINTS.search(sentence) and not TAKE.search(sentence):
        if _lowest_level(sentence, item):
            return found
        if points > 0:
            found.append({"kind": "deduction", "points": points, "max": points, "reason": sentence})
        return found
    for take in TAKE.finditer(sentence):
        value = float(take.group(1))
        if re.search(r"累计|最多|最高|不超过", sentence[max(0, take.start() - 8) : take.start()]):
            continue
        found.append({"kind": "deduction", "points": value, "max": value, "reason": sentence})
    bare = None if found else TAKE_BARE.search(sentence)
    if bare is not None:
        # 资料不全扣1: a figure taken at the end of its clause, its 分 left out, is points
        value = float(bare.group(1))
        found.append({"kind": "deduction", "points": value, "max": value, "reason": sentence})
    return found


_EARNS = re.compile(r"[得计记加奖增]")


def _each(sentence: str, _item: Item, _points: float) -> list[dict[str, Any]]:
    """每发现一处扣1分: points for each occurrence, one rule for each such clause's part.

    A clause without the word that takes them (发现问题每宗0.3分 · 每发现一例0.5分) is read as
    `FAULT_EACH` says: one that earns points (每项得1分) or names no fault (每项1分) is none.
    """
    pers = list(PER.finditer(sentence))
    if pers:
        found = [
            {
                "kind": "deduction",
                "points": float(next(group for group in per.groups() if group is not None)),
                "reason": sentence,
            }
            for per in pers
        ]
        return found + _listed_after(sentence, pers[-1].end())
    each = FAULT_EACH.search(sentence)
    if (
        each is None
        or not (each.group("fault") or each.group("found") or each.group("named"))
        or _EARNS.search(sentence, 0, each.start()) is not None
    ):
        return []
    return [{"kind": "deduction", "points": float(each.group(4)), "reason": sentence}]


_LISTED_TAKE = re.compile(r"\s*、(?P<party>[^、，,；;。扣减\d]{1,12}?)(?=扣|减)")
"""Another's deduction listed after one for each occurrence: ``每次扣2分、首席代表扣1分``."""


def _listed_after(sentence: str, end: int) -> list[dict[str, Any]]:
    """The deductions listed with 、 after the one for each occurrence that ends at ``end``.

    ``未按要求选派窗口人员的，每次扣3分、首席代表扣1分``: the window loses 3 points each time
    and its chief 1 each time, a rule of its own, as ``扣1分、首席代表扣0.5分`` gives two. A cap
    so listed (``每次扣1分、最多扣5分``) is none.
    """
    found: list[dict[str, Any]] = []
    while (listed := _LISTED_TAKE.match(sentence, end)) is not None and not CAP_WORDS.search(
        listed.group("party")
    ):
        take = TAKE.match(sentence, listed.end())
        if take is None:
            break
        found.append({"kind": "deduction", "points": float(take.group(1)), "reason": sentence})
        end = take.end()
    return found


def _lowest_level(sentence: str, item: Item) -> bool:
    """Whether a clause that gives no points is the lowest level of a scoring by levels.

    ``好的得10分，较好的得8分，一般的得6分，差的不得分`` (or ``好（10分）、较好（8分）、差的不得分``
    in one clause): ``差的不得分`` names a level, as the others do, in a standard that awards
    points by levels; the item is scored by its level, nothing is deducted. A clause that names
    no level (``未建立的不得分``), or a level in a standard where no other level awards points,
    is a rule as any other.
    """
    nothing = NO_POINTS.search(sentence)
    if nothing is None:
        return False
    # the level's own words, after the levels before it in the same clause (好（10分）、较好（6分）、
    # 差的不得分)
    subject = re.split(r"[，,；;、]", sentence[: nothing.start()].strip(" \u3000，,；;。、"))[-1]
    if not subject or SCORE_LEVEL.fullmatch(subject) is None:
        return False
    return any(
        LEVEL_AWARD.search(text) for text in (sentence, *(text for _, text in item.standard))
    )


_PART_POINTS = re.compile(r"[（(]\s*" + NUMBER + r"\s*分\s*[）)]")
_PART_EARNED = re.compile(r"(?<![扣减不])[得计记]\s*" + NUMBER + r"\s*分")
_SENTENCE = re.compile(r"[^。；;]+")
_LEAST_PARTS = 2


def _credited_by_sentence(item: Item, points: float) -> bool:
    """Whether the item's standard awards its points in parts, one a sentence, each met or not.

    ``签订责任书计1分,未签订的计0分;落实保护任务计1分,未落实的计0分`` in an item of 2: each
    sentence that earns points earns one part and says that nothing is earned without it, and
    the parts add up to the item's points, two of them or more. Levels of one requirement
    (``达到任务的得2分;超过任务的得1.5分,否则不得分``) add up to more than the item and are no
    parts.
    """
    parts: list[float] = []
    for _, text in item.standard:
        for sentence in _SENTENCE.finditer(text):
            earned = [
                found
                for found in _PART_EARNED.finditer(sentence.group())
                if float(found.group(1)) > 0
            ]
            if not earned:
                continue
            rest = sentence.group()[earned[0].end() :]
            if len(earned) > 1 or NO_POINTS.search(rest) is None or TAKE.search(rest):
                return False
            parts.append(float(earned[0].group(1)))
    return len(parts) >= _LEAST_PARTS and abs(sum(parts) - points) < 1e-9


def _part_deductions(
    before: str, sentence: str, points: float, *, by_sentence: bool = False
) -> list[dict[str, Any]]:
    """What a clause that takes all takes when its sentence scores parts of the item.

    ``纳入绩效考核，所占分值不低于10%（1分），未纳入的均不计分`` in an item of 3 points: the
    clause takes the part's 1 point, not the item's 3; ``有制度得1分，有台账得1分，否则均不计分``
    takes each part's point, a rule a part: points earned (得X分) are parts only where the
    clause says so (均), since they may as well be the levels of one requirement
    (``达到任务的得2分；超过任务的得1.5分，否则不得分``). Parts that add up to the item's points
    (``有文件得5分，否则不得分`` in an item of 5) are the item itself: nothing is returned, and
    the clause takes the item's points as any other. ``by_sentence``: the item's standard awards
    its points in parts, one a sentence (`_credited_by_sentence`), so the points its sentence
    earns before the clause are the part it takes.
    """
    nothing = NO_POINTS.search(sentence)
    if nothing is None or TAKE.search(sentence):
        return []
    stated = before + sentence[: nothing.start()]
    found = list(_PART_POINTS.finditer(stated))
    if not found and ("均" in sentence[: nothing.end()] or by_sentence):
        found = list(_PART_EARNED.finditer(stated))
    parts = [float(next(group for group in part.groups() if group)) for part in found]
    if not parts or sum(parts) >= points - 1e-9:
        return []
    return [
        {"kind": "deduction", "points": part, "max": part, "reason": sentence} for part in parts
    ]


def section_rules(reader: Reader, item: Item, kind: str) -> None:
    """The rules of a bonus or penalty section (加分项 · 减分项): each sub-item or clause."""
    _section_cap(reader, item, kind)
    pattern = ADD if kind == "bonus" else TAKE
    pieces: list[tuple[list[tuple[int, str]], float | None]] = []
    for child in item.children:
        if child.children and _read_nested_rows(reader, child, kind, pattern):
            continue
        pieces.append(([(child.start, child.title), *child.standard], child.points))
    pieces += [([(offset, text)], None) for offset, text in item.standard]
    for parts, points in pieces:
        # 创新工作 | 5 | 每项加1分: a piece whose text states its rules has its points as their cap
        own = (
            pattern.search(piece) and not CAP_WORDS.search(piece)
            for _, text in parts
            for piece in _PIECE.split(text)
        )
        capped = points if any(own) else None
        stated = None if capped is not None else points
        first = len(reader.rules)
        added: dict[str, Any] | None = None
        for offset, text in parts:
            reader.used.append((offset, offset + len(text)))
            for clause in CLAUSE.finditer(text):
                sentence = clause.group().strip(" ，,")
                found = pattern.search(sentence)
                if (found is None and stated is None) or _capped(added, kind, sentence):
                    continue
                start = offset + clause.start()
                if kind == "bonus" and (
                    _levels_of_highest(reader, sentence, start)
                    or _several_bonuses(reader, sentence, start)
                ):
                    added = reader.rules[-1]
                    continue
                value = float(found.group(1)) if found is not None else float(stated or 0)
                add_block_rule(reader, kind, sentence, value, (start, start + len(clause.group())))
                added = reader.rules[-1]
        for rule in reader.rules[first:] if capped is not None else []:
            rule.setdefault("max", capped)


def _read_nested_rows(reader: Reader, head: Item, kind: str, pattern: re.Pattern[str]) -> bool:
    """Read the rows under a sub-head of a bonus or penalty section, each a rule of its points.

    A scoring table's bonus part may group its rows under sub-heads, as its scored parts do
    (``5.加分项目（10分）`` · ``5.1培训合格率`` · ``5.1.1结业考核通过率`` · … · ``有，得1分`` · ``1``):
    the sub-head states no points, and each row under it gives its own points when its words
    state no bonus of their own (``有，得1分``), one rule a row, given once, named by the row and
    its standard. Rows whose words state their bonuses (``每项加1分``), and sub-heads with points,
    are read as the section's other rows are. Whether ``head`` was so read.
    """
    rows = [row for row in _leaves(head) if row is not head]
    if head.points is not None or not rows or any(row.points is None for row in rows):
        return False
    if any(pattern.search(text) for row in rows for _, text in row.standard):
        return False
    for row in rows:
        parts = [(row.start, row.title), *row.standard]
        end = max(offset + len(text) for offset, text in parts)
        reason = "；".join(text.strip() for _, text in parts if text.strip())
        reader.used.extend((offset, offset + len(text)) for offset, text in parts)
        add_block_rule(reader, kind, reason, float(row.points or 0), (row.start, end))
        reader.rules[-1]["max"] = reader.rules[-1]["points"]  # the row's points, given once
    return True


def _leaves(item: Item) -> list[Item]:
    """The items at the bottom of ``item``'s tree, in order (``item`` itself if it has none)."""
    if not item.children:
        return [item]
    return [leaf for child in item.children for leaf in _leaves(child)]


def _section_cap(reader: Reader, item: Item, kind: str) -> None:
    """The cap of a bonus or penalty section: its heading's points, or a penalty cap it states."""
    if item.points is not None:
        cap = (item.points, item.start, item.end)
        if kind == "bonus" and reader.bonus_cap is None:
            reader.bonus_cap = cap
        if kind == "penalty" and reader.penalty_cap is None:
            reader.penalty_cap = cap
    elif kind == "penalty" and reader.penalty_cap is None:
        stated = HEADING_PENALTY_CAP.search(item.title)
        if stated is not None:
            reader.penalty_cap = (float(stated.group(1)), item.start, item.end)


_PIECE = re.compile(r"[，,；;。]")
"""What parts the clauses of a bonus row's text (每项加1分 · 最多加5分: a rule, then its cap)."""


def _levels_of_highest(reader: Reader, sentence: str, start: int) -> bool:
    """A bonus clause of several levels that counts only the highest: a rule per level.

    ``获得国家级表彰的加3分，省级的加2分，市级的加1分，按最高的加分，不重复加分``: three bonus
    rules (3, 2 and 1 points), which the highest-only clause then groups.
    """
    levels = list(ADD.finditer(sentence))
    if len(levels) < 2 or HIGHEST_BONUS_ONLY.search(sentence) is None:
        return False
    opened = 0
    for level in levels:
        piece = sentence[opened : level.end()].strip(" ，,")
        at = start + sentence.index(piece, opened)
        add_block_rule(reader, "bonus", piece, float(level.group(1)), (at, at + len(piece)))
        opened = level.end()
    return True


_BONUS_CAP_CLAUSE = re.compile(
    r"(?:最多|最高|累计|不超过|不得超过|封顶)[^，,。；;\d]{0,6}?" + NUMBER + r"\s*分"
    r"|以\s*" + NUMBER + r"\s*分为限|加(?:满|到|至)\s*" + NUMBER + r"\s*分"
)
"""A clause that caps the bonus before it (最高不超过3分, 以3分为限, 累计加满3分为止, 最多加3分,
加到2分为止)."""
_RESTATED = re.compile(r"(?:只|仅|不另|不重复|不再)$")
"""Words before 加 that restate a bonus rather than award one (同时获得省级表彰的，只加3分)."""


def _bonus_cap(clause: str) -> float | None:
    """The most of a clause that caps a bonus (以3分为限: 3), or None."""
    cap = _BONUS_CAP_CLAUSE.search(clause)
    if cap is None:
        return None
    return float(next(group for group in cap.groups() if group is not None))


def _several_bonuses(reader: Reader, sentence: str, start: int) -> bool:
    """A sentence of a bonus section that states several bonuses, each in a clause: a rule each.

    ``受到省级表彰的加2分,受到市级表彰的加1分,加分不超过3分``: two bonus rules (2 and 1
    points); the cap after them is the section's (``bonus_cap``), not a rule's. A clause that
    caps between two bonuses, with or without 加 (``每次加1分，最高不超过3分，…``, ``以3分为限``,
    ``累计加满3分为止``), is the cap of the bonus before it, whose rule it closes, and then a
    cap after the last bonus is that bonus's, not the section's. A 加 that restates a bonus
    (只加3分, 不另加分) or awards none (加0分) is no bonus of its own.
    """
    levels = [
        add
        for add in ADD.finditer(sentence)
        if not _after_cap_words(sentence, add)
        and _RESTATED.search(sentence, 0, add.start()) is None
        and float(add.group(1)) > 0
    ]
    if len(levels) < 2:
        return False
    pieces: list[tuple[int, int, float, float | None]] = []
    opened = 0
    for level in levels:
        between = sentence[opened : level.start()]
        if opened and not re.search(r"[，,]", between):
            return False  # 加2分加1分: no clause of its own
        begin = opened
        if pieces:
            for clause in re.finditer(r"[^，,]+", between):
                most = _bonus_cap(clause.group())
                if clause.end() == len(between) or most is None:
                    break
                pieces[-1] = (pieces[-1][0], opened + clause.end(), pieces[-1][2], most)
                begin = opened + clause.end()
        piece = sentence[begin : level.end()]
        at = begin + len(piece) - len(piece.lstrip(" ，,"))
        pieces.append((at, level.end(), float(level.group(1)), None))
        opened = level.end()
    after = re.match(r"[，,]?([^，,。；;]+)", sentence[opened:])
    last = _bonus_cap(after.group(1)) if after is not None else None
    if last is not None and after is not None and any(most for *_, most in pieces):
        # each bonus capped in its own clause: so is the last (…每次加0.5分，最多加2分)
        pieces[-1] = (pieces[-1][0], opened + after.end(), pieces[-1][2], last)
    for at, end, value, most in pieces:
        add_block_rule(reader, "bonus", sentence[at:end], value, (start + at, start + end))
        if most is not None and most >= value:
            reader.rules[-1]["max"] = most
    return True


def _capped(added: dict[str, Any] | None, kind: str, sentence: str) -> bool:
    """Whether a clause is the cap of the rule its item just gave, which takes it as its most.

    最多加5分 in the cell after 每次加2分 (or 最多扣6分 after 每次扣2分) is that rule's most, not a
    rule of its own.
    """
    found = (ADD if kind == "bonus" else TAKE).search(sentence)
    if added is None or found is None or not _after_cap_words(sentence, found):
        return False
    most = float(found.group(1))
    if most >= added["points"]:
        added["max"] = most
    return True


def add_block_rule(
    reader: Reader, kind: str, sentence: str, value: float, span: tuple[int, int]
) -> None:
    start, end = span
    rule_id = f"{kind}{reader.next_number(kind)}"
    rule: dict[str, Any] = {
        "kind": kind,
        "id": rule_id,
        "input": rule_id,
        "points": value,
        "reason": sentence,
        "span": {"start": start, "end": end},
    }
    per, most = _block_limits(sentence)
    if not per:
        rule["max"] = value
    if most is not None and most >= value:
        rule["max"] = most
    reader.rules.append(rule)
    reader.used.append((start, end))


@functools.lru_cache(maxsize=16)
def _block_limits(sentence: str) -> tuple[bool, float | None]:
    """Whether a bonus or penalty clause counts per occurrence (每), and the most it gives.

    A penalty clause counts per occurrence in the words an item's deduction does (``一次扣2分``,
    ``扣2分/次``, ``少一项扣1分``), as one with 每 does. The most is that of 最多加5分 or
    累计不超过10分, unless the clause states a block's total (总分, 合计). Kept for the last
    clauses, which may make many rules in a row.
    """
    most = re.search(r"(?:最多|最高|累计|不超过)[^。；;\d]{0,4}" + NUMBER + r"\s*分", sentence)
    block = re.search(r"(?:总分|总计|合计)[^。；;\d]{0,6}" + NUMBER + r"\s*分", sentence)
    limit = float(most.group(1)) if most is not None and block is None else None
    return "每" in sentence or PER_COUNTED.search(sentence) is not None, limit


def loose_rules(reader: Reader) -> None:
    """Bonus and penalty sentences outside the items and their sections (…的，加2分)."""
    for offset, line in text_lines(reader.text):
        if inside_item(reader, offset) or split_cells(line) is not None:
            continue
        for clause in CLAUSE.finditer(line):
            sentence = clause.group().strip()
            if not sentence:
                continue
            start = offset + clause.start() + clause.group().index(sentence)
            if inside_item(reader, start) or not _condition(sentence):
                continue
            add = ADD.search(sentence)
            cap = BONUS_CAP.search(sentence)
            if cap is not None and add is not None:
                # 加1分，总分不超过10分: a bonus, then the cap of the whole block
                number = 1 if cap.group(1) is not None else 2
                if add.end() > cap.start(number):
                    continue
            if vetoes(sentence):
                continue
            if add is not None and not points_in(sentence[: add.start()]):
                _add_loose_bonuses(reader, sentence, start, float(add.group(1)))


def _add_loose_bonuses(reader: Reader, sentence: str, start: int, first: float) -> None:
    """Add the bonuses of a sentence outside the items (see `_loose_bonuses`); ``start``: where."""
    for piece, at, value, most in _loose_bonuses(sentence, first):
        add_block_rule(reader, "bonus", piece, value, (start + at, start + at + len(piece)))
        if most is not None and most >= value:
            reader.rules[-1]["max"] = most


def _loose_bonuses(sentence: str, first: float) -> list[tuple[str, int, float, float | None]]:
    """The bonuses of a sentence outside the items: (clause, where it starts, points, most).

    A sentence whose clauses each add points of their own (``获得市级表彰的每次加1分，获得省级表彰的
    每次加2分``) gives one bonus a clause; any other gives one, ``first`` (its first 加X分), for the
    whole sentence. A clause after them that only caps them (``…每条加0.5分，加到2分``, ``最多加2分``)
    is the most of each bonus since the last such clause, no bonus of its own.
    """
    found: list[tuple[str, int, float, float | None]] = []
    uncapped = 0  # the first bonus found since the last cap
    for clause in RULE_CLAUSE.finditer(sentence):
        text = clause.group().strip(" ，,")
        if not text:
            continue
        add = ADD.search(text)
        most = _bonus_cap(text) if add is None or _after_cap_words(text, add) else None
        if found and most is not None and uncapped < len(found):
            found[uncapped:] = [(*bonus[:3], most) for bonus in found[uncapped:]]
            uncapped = len(found)
            continue
        if (
            add is None
            or len(ADD.findall(text)) > 1
            or _after_cap_words(text, add)
            or not _condition(text[: add.start()])  # 限加2分: a cap, no bonus of its own
            or points_in(text[: add.start()])
            or re.search(r"扣|(?<!增)减", text)
        ):
            return [(sentence, 0, first, None)]
        found.append((text, clause.start() + clause.group().index(text), float(add.group(1)), None))
    return found if len(found) >= 2 else [(sentence, 0, first, None)]
