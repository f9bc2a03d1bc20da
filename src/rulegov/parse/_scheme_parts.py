r"""The parts of an item listed in its text with their points: ``总分为100分，分别为A5分、B27分…``.

An indicator system stated in prose names its parts in one sentence, after the points they add
up to: ``(一)县(市)考评指标体系。考评总分为100分,分别为立法工作5分、执法工作27分、…``. The
parts are the item's sub-items, each with its points, and the item has the points they add up
to. A part may itself be listed so, under its name (``共性指标50分,分别为立法工作5分、…``); a
sentence that opens with another part's name and points beside it (``个性指标50分,是针对…``)
is then a part of its own.

The points the parts add up to must be the points stated before them: a list that does not add
up is left as the item's text.

A sentence may instead say what the appraisal is made of and then define each part with its
points: ``千分目标由共同目标和业务目标二个部分构成：共同目标为…(考核分500分)；业务目标即…(考核分
500分)``. Each part named in the list and defined after it, with its points, in a clause of its
own, is a sub-item; a list whose parts are not all so defined is left as the item's text.

A document with no item that states points may list the appraisal's own parts so, in a
sentence of its prose: ``考核实行百分制，共分四大块评分：社会治安综合治理40分，维护社会稳定30分，…``
or ``其中，基础指标20分，成效指标80分，合计100分``. Clauses that each name a part and its points, one
after the other, are the appraisal's items when they add up to the full score the sentence
states (合计100分, 百分制) or the document does (满分100分); the rules the document states after
them are the whole appraisal's.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from rulegov.parse._scheme_lines import Item, clean_title, list_part, walk
from rulegov.parse._scheme_words import CLAUSE_STOP, HUNDRED, RATERS, SCORE_LEVEL, TOTAL

if TYPE_CHECKING:
    from rulegov.parse._scheme_lines import Reader

__all__ = ["read_stated_parts", "split_listed_parts"]

_NUMBER = r"(\d+(?:\.\d+)?)"
# a part's name: words without stops or figures, a bracketed note kept whole (附加项(加、扣分))
_NAME = r"(?:[^、，,。；;：:\d（()）\s]|[（(][^（()）\d]{0,10}[）)])"
# a part's points, perhaps in brackets: 立法工作5分 · 网格运作成效分(50分)
_PART_POINTS = r"\s*(?:[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]|\d+(?:\.\d+)?\s*分)"
_PART = re.compile(r"(" + _NAME + r"{2,24}?)\s*[（(]?\s*" + _NUMBER + r"\s*分")
_LIST = re.compile(
    r"(?<![\d.])"  # from a number's first digit: a long run of digits is tried once
    + _NUMBER
    # a note on the total in brackets (100分(不含附加分)), then the list: 分别为 · 分别由…组成
    + r"\s*分\s*(?:[（(][^（()）\d]{1,10}[）)])?\s*[,，:：]?\s*(?:分别为|分别是|分别由|其中|包括)\s*[:：]?\s*"
    + r"((?:"
    + _NAME
    + r"{2,24}?"
    + _PART_POINTS
    + r"\s*[、，,]\s*)+"
    + _NAME
    + r"{2,24}?"
    + _PART_POINTS
    + r")"
)
# the words that make the points before a list the item's own: 考评总分为100分, 满分100分
_TOTAL_WORDS = re.compile(r"(?:总分|满分|总分值|分值|共计|合计|总计|共)(?:为|是)?\s*$")
# a sentence opening with a part's name and its points: 个性指标50分,是针对…
_NAMED = re.compile(
    r"(?:^|(?<=[。；;]))\s*(" + _NAME + r"{2,12}?)\s*" + _NUMBER + r"\s*分(?=[，,。；;])"
)
_SCORING_VERB = re.compile(r"[记计得扣加减]$")
"""A name ending so is a scoring clause (记1分, 扣2分), not a part."""


def split_listed_parts(text: str, items: list[Item]) -> None:
    """Give each item without sub-items whose line lists its parts with their points those parts.

    ``text``: the folded text the items' spans point into.
    """
    every = list(walk(items))
    scored = sorted(item.start for item in every if item.points is not None)
    for item in every:
        if item.children:
            continue
        line = text[item.start : item.end]
        groups = _groups(line, item.start, item.level)
        composed = [] if groups else _composed_parts(line, item.start, item.level)
        if composed and not _composes(item, composed, scored):
            composed = []
        if not groups and not composed:
            continue
        owned = [group for group in groups if group.title == ""]
        if composed:
            item.children = composed
            item.points = sum(part.points or 0.0 for part in composed)
        elif owned:
            if len(groups) > 1:
                continue  # the item's own list beside others: not one reading
            item.children = owned[0].children
            item.points = owned[0].points
        else:
            item.children = groups
            item.points = sum(group.points or 0.0 for group in groups)
        for child in walk(item.children):
            child.section = item.section
        stop = CLAUSE_STOP.search(item.title)
        if stop is not None and stop.start() >= 2:
            item.title = clean_title(item.title[: stop.start()])


_METHOD_TITLE = re.compile(
    r"(?:考[核评]|计分|记分|评分|打分|评定)(?:方法|办法|方式|程序|步骤|规则)"
)
_NO_ITEM_PART = re.compile(r"加分|扣分|减分|奖励|附加")


def _composes(item: Item, parts: list[Item], scored: list[int]) -> bool:
    """Whether the parts a sentence names (由A和B两个部分组成) are the item's own parts.

    Not in a paragraph on how the appraisal is scored (三、考核方法：考核由日常考核和年终考核…)
    after items that state their points (``scored``: where the items with points start), nor
    when a part is a bonus (基础分和加分), nor when the parts miss the item's stated points: the
    points are the item's, and the sentence stays its text.
    """
    total = sum(part.points or 0.0 for part in parts)
    # a part's points read as the item's (…构成：共同目标为…(考核分500分)) are stated by none
    stated = item.points if item.start + len(item.title) < parts[0].start else None
    if stated is not None:
        if abs(total - stated) > 1e-6:
            return False
    elif bisect.bisect_left(scored, item.start) or _METHOD_TITLE.search(
        item.title.partition("由")[0]  # the heading before the sentence (考核方法：考核由…)
    ):
        return False
    return not any(_NO_ITEM_PART.search(part.title) for part in parts)


def _groups(line: str, offset: int, level: int) -> list[Item]:
    """The lists of parts in a line, each as an item (its title empty when the list is the line's own).

    A named list brings the other named parts of its line beside it.
    """
    groups: list[tuple[int, Item]] = []
    taken: list[tuple[int, int]] = []
    for found in _LIST.finditer(line):
        total = float(found.group(1))
        parts = [
            Item(
                level=level + 2,
                title=clean_title(part.group(1)),
                start=offset + found.start(2) + part.start(1),
                end=offset + found.start(2) + part.end(),
                points=float(part.group(2)),
            )
            for part in _PART.finditer(found.group(2))
        ]
        if any(_SCORING_VERB.search(part.title) for part in parts):
            continue
        if abs(sum(part.points or 0.0 for part in parts) - total) > 1e-6:
            continue
        clause_start = max(
            (stop.end() for stop in CLAUSE_STOP.finditer(line, 0, found.start())), default=0
        )
        head = line[clause_start : found.start()].strip()
        if _SCORING_VERB.search(head):
            continue  # 扣10分，其中较大事故5分…: a deduction told by case, not the item's parts
        if not head or _TOTAL_WORDS.search(head):
            name, start = "", offset + found.start()
        elif 2 <= len(head) <= 12 and not re.search(r"[，,、]", head):
            name, start = head, offset + clause_start + line.index(head, clause_start)
        else:
            continue
        group = Item(
            level=level + 1,
            title=name,
            start=start,
            end=offset + found.end(),
            points=total,
            children=parts,
        )
        groups.append((found.start(), group))
        taken.append((clause_start, found.end()))
    if not groups or any(group.title == "" for _, group in groups):
        return [group for _, group in groups]
    groups.extend(_named_parts(line, offset, level, taken))
    return [group for _, group in sorted(groups, key=lambda pair: pair[0])]


_COMPOSED = re.compile(
    r"由(?P<names>[^。；;:：，,]{4,60}?)(?:[二两三四五六七八九十]|\d)\s*个?部分(?:构成|组成)\s*[:：，,]?"
)
_COMPOSED_NAME = re.compile(r"[^和、及与]{2,12}")
_DEFINED_POINTS = re.compile(
    r"[^。；;]{0,80}?[（(]\s*(?:考核分|分值|计|占)?\s*(?:为\s*)?" + _NUMBER + r"\s*分\s*[）)]"
)
"""A part's definition up to its points in brackets, in its clause: ``为…的工作目标(考核分500分)``."""


def _composed_parts(line: str, offset: int, level: int) -> list[Item]:
    """The parts a sentence says the appraisal is made of, each defined after with its points."""
    composed = _COMPOSED.search(line)
    if composed is None:
        return []
    names = [found.group() for found in _COMPOSED_NAME.finditer(composed.group("names"))]
    if not 2 <= len(names) <= 6:
        return []
    parts: list[Item] = []
    at = composed.end()
    for name in names:
        start = line.find(name, at)
        if start < 0 or line[at:start].strip(" \u3000。；;，,"):
            return []  # each part's definition opens its clause, in the list's order
        defined = _DEFINED_POINTS.match(line, start + len(name))
        if defined is None:
            return []
        parts.append(
            Item(
                level=level + 1,
                title=clean_title(name),
                start=offset + start,
                end=offset + defined.end(),
                points=float(defined.group(1)),
            )
        )
        at = defined.end()
    return parts


def _named_parts(
    line: str, offset: int, level: int, taken: list[tuple[int, int]]
) -> list[tuple[int, Item]]:
    """The parts a line names beside its named lists (个性指标50分,…), outside the ``taken`` spans."""
    found: list[tuple[int, Item]] = []
    for named in _NAMED.finditer(line):
        if any(start <= named.start(1) < end for start, end in taken):
            continue
        if _SCORING_VERB.search(named.group(1)):
            continue
        part = Item(
            level=level + 1,
            title=clean_title(named.group(1)),
            start=offset + named.start(1),
            end=offset + named.end(),
            points=float(named.group(2)),
        )
        found.append((named.start(1), part))
    return found


_STATED_CLAUSE = re.compile(r"[^，,、；;：:。\n]+")
"""A clause of a sentence that may list parts: up to the next comma, colon or stop."""
# one run of spaces around the optional word, parted one way only (two \s* in a row would try
# every parting of a long run)
_STATED_PART = re.compile(
    r"\s*(" + _NAME + r"{2,16}?)\s*(?:(?:占|计|为)\s*)?" + _NUMBER + r"\s*分\s*"
)
_STATED_SHARE = re.compile(r"\s*(" + _NAME + r"{2,16}?)\s*占\s*" + _NUMBER + r"\s*[%％]\s*")
"""A part and its share of the full score: ``政务公开占10%``."""
_STATED_SUM = re.compile(
    r"\s*(?:合计|共计|总计|总分|满分|共)\s*(?:为|是)?\s*" + _NUMBER + r"\s*分\s*"
)
_NOT_PART = re.compile(
    r"[扣加减得每]|以[上下内]|不|超过|低于|达到|基础分|基本分|加分|扣分|^(?:如|例如|比如|假设)"
)
"""Words that make a clause a rule, a band or a base score (每次加1分 · 90分以上), not a part."""
_LEAST_PARTS = 2


def read_stated_parts(reader: Reader, lines: list[tuple[int, str]]) -> None:
    """The appraisal's parts listed in a sentence of its prose, as its items (see the module).

    Read only when no item states points; the first list that adds up to the full score wins.
    """
    hundred = HUNDRED.search(reader.text) is not None
    totals = {float(found.group(1)) for found in TOTAL.finditer(reader.text)}
    for offset, line in lines:
        for sentence in re.finditer(r"[^。；;\n]+", line):
            parts, stated = _stated_parts(sentence.group(), offset + sentence.start())
            if len(parts) < _LEAST_PARTS:
                continue
            if stated == _SHARES:
                # 政务公开占10%，流程规范占14%…: shares of a hundred, each of the full score
                base = next(iter(totals)) if len(totals) == 1 else 100.0
                for part in parts:
                    part.points = (part.points or 0.0) * base / 100.0
                stated = base
            found = sum(part.points or 0.0 for part in parts)
            full = stated if stated is not None else 100.0 if hundred else None
            if not (full is not None and abs(found - full) < 1e-6) and not any(
                abs(found - total) < 1e-6 for total in totals
            ):
                continue
            reader.roots.extend(parts)
            reader.roots.sort(key=lambda item: item.start)
            reader.listed.append((offset + sentence.start(), offset + sentence.end()))
            return


def _stated_parts(sentence: str, offset: int) -> tuple[list[Item], float | None]:
    """The run of clauses naming a part and its points that closes the sentence, and its total.

    The run ends the sentence or comes before the total it states (合计100分): one that other
    words follow (``如某村涉及考核内容80分，缺项20分，考核得分70分``, a worked example) lists no parts.
    """
    run: list[Item] = []
    shares = False  # whether the run names shares (占10%), not points
    for clause in _STATED_CLAUSE.finditer(sentence):
        text = clause.group()
        total = _STATED_SUM.fullmatch(text)
        if total is not None and len(run) >= _LEAST_PARTS and not shares:
            return run, float(total.group(1))
        part = _STATED_PART.fullmatch(text)
        share = False
        if part is None and RATERS.fullmatch(text.strip()) is None:
            # 政务公开占10%: a part's share (自评占30%, a rater's, is none)
            part = _STATED_SHARE.fullmatch(text)
            share = part is not None
        if part is not None and share != shares:
            run, shares = [], share  # a run names points or shares, not both
        name = list_part(part.group(1)) if part is not None else ""
        if part is None or _NOT_PART.search(name) or SCORE_LEVEL.fullmatch(name):
            run, shares = [], False
            continue
        at = text.find(name, part.start(1)) if name else -1
        start = offset + clause.start() + (at if at >= 0 else part.start(1))
        run.append(
            Item(1, name, start, offset + clause.start() + part.end(2), float(part.group(2)))
        )
    if shares:
        # the shares add up to a hundred, or they are no parts of the full score
        found = sum(part.points or 0.0 for part in run)
        return (run, _SHARES) if abs(found - 100.0) < 1e-6 else ([], None)
    return run, None


_SHARES = -1.0
"""What `_stated_parts` returns for the total of a run of shares, whose points are per cent."""
