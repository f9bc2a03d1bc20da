"""Rules of the whole appraisal: the total, grade bands, quotas and raters.

Clauses outside every item are read here: the stated total (满分100分 · 百分制), grade bands
(``90分以上为优秀``, ``80分至89分为良好``, ``优秀：90分以上``, ``其余为合格``, a range whose dash
a copy lost, ``8089分为良好``, a grade named for a list of conditions, one of them on the score),
quotas (``优秀比例不超过20%``), the caps of bonus and penalty points, vetoes (through the rules' reader)
and raters with their shares (``自评占20%``, ``群众评议占30%``). The bands are then ordered best
first, their open edges filled from their neighbours, and a grade the document names between two
stated bands given the gap between them.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from typing import TYPE_CHECKING, Any

from rulegov.parse._scheme_checks import full_points, tiled
from rulegov.parse._scheme_lines import find_marker, walk
from rulegov.parse._scheme_rules import inside_item, listed_vetoes, named_vetoes, read_veto
from rulegov.parse._scheme_words import (
    ADD,
    BAND_ABOVE,
    BAND_BELOW,
    BAND_BETWEEN,
    BAND_CONDITIONS,
    BAND_FIRST,
    BAND_FIRST_BELOW,
    BAND_FIRST_BETWEEN,
    BAND_FIRST_RANGE,
    BAND_FIRST_UPPER_LOWER,
    BAND_GLUED_RANGE,
    BAND_PASS_MARK,
    BAND_PASS_MARK_AFTER,
    BAND_RANGE,
    BAND_REST,
    BASE_AND_ADDED,
    BONUS_CAP,
    CLAUSE,
    DIGIT_WORDS,
    DIGITS,
    GRADE_HEADING,
    GRADE_IDS,
    GRADE_LINE,
    HIGHEST_BONUS_ONLY,
    HUNDRED,
    ITEM_RATERS,
    ONE_LETTER,
    PENALTY_CAP,
    POINTS_CLOSING,
    QUOTA,
    QUOTA_FLOOR,
    QUOTA_MORE,
    RATERS,
    RULE_BONUS_CAP,
    SCORE_CONDITION,
    TAKE,
    THIS_ITEM,
    TOTAL,
    VERTICAL_VETO,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rulegov.parse._scheme_lines import Reader

__all__ = ["grade_bands", "group_highest_bonuses", "read_global", "with_raters"]


def read_global(reader: Reader, lines: list[tuple[int, str]]) -> None:
    leaves = _leaf_stretches(reader)
    label: str | None = None
    for offset, line in lines:
        if label is not None:
            # 优秀 over 90分以上: a table of grades copied one cell a line
            _edges_of(reader, label, offset, line, 0)
        heading = GRADE_HEADING.match(line)
        if heading is not None:
            _edges_of(reader, heading.group(1), offset, line, heading.end())
        alone = GRADE_LINE.fullmatch(line)
        label = alone.group(1) if alone is not None else None
        for clause in CLAUSE.finditer(line):
            start = offset + clause.start()
            sentence = clause.group().strip()
            if sentence:
                at = start + clause.group().index(sentence)
                _global_clause(reader, sentence, at, leaves)
    _vertical_vetoes(reader, lines)
    listed_vetoes(reader, lines)
    named_vetoes(reader)
    _conditioned_bands(reader, lines)


_STATED_ALONE = re.compile(r"\d+(?:\.\d+)?\s*分")
"""A row's total printed on a line of its own (``10分``), no condition of a veto."""


def _vertical_vetoes(reader: Reader, lines: list[tuple[int, str]]) -> None:
    """A veto a narrow column writes one character a line (一 / 票 / 否 / 决) beside its row.

    A rule of the genre: a table's cell too narrow for a word prints it a character a line, and
    ``一票否决`` so printed beside a row bars the appraisal on the row's condition, the last
    line before it that is no total of its own (``本单位无涉及民族因素的群体性事件。(3分)``).
    """
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and ONE_LETTER.fullmatch(lines[end][1].strip()):
            end += 1
        word = "".join(line.strip() for _, line in lines[index:end])
        if end - index >= 2 and VERTICAL_VETO.fullmatch(word):
            before = (lines[k][1].strip() for k in range(index - 1, -1, -1))  # no copy
            condition = next(
                (line for line in before if line and not _STATED_ALONE.fullmatch(line)), None
            )
            if condition is not None:
                last_offset, last = lines[end - 1]
                span = {"start": lines[index][0], "end": last_offset + len(last)}
                read = len(reader.rules)
                read_veto(reader, f"{condition}，{word}", span["start"], span["end"])
                if len(reader.rules) > read:
                    # the span is the veto's letters: the condition stands lines above them, so
                    # a number (1.) or cells read off the sentence's start are none of the span's
                    reader.rules[-1]["span"] = span
        index = max(end, index + 1)


# a list's marker at the head of a line, by its kind: （一） · (1) · 一、 · 1. · ①
_LIST_MARKER = re.compile(
    r"\s*(?:([（(][一二三四五六七八九十]+[）)])|([（(]\d+[）)])|([一二三四五六七八九十]+[、．.])"
    r"|(\d+[、．.](?!\d))|([①-⑳]))"
)
_SCORE_BANDS = (
    (BAND_BETWEEN, "between"),
    (BAND_RANGE, "range"),
    (BAND_ABOVE, "above"),
    (BAND_BELOW, "below"),
)
# the bands a grade's edges after its heading may state, in the order they are tried
_EDGE_BANDS = (
    (BAND_BETWEEN, "between"),
    (BAND_RANGE, "range"),
    (BAND_BELOW, "below"),
    (BAND_ABOVE, "above"),
)


def _marker_kind(line: str) -> int | None:
    found = _LIST_MARKER.match(line)
    return None if found is None else found.lastindex


def _conditioned_bands(reader: Reader, lines: list[tuple[int, str]]) -> None:
    """Grades named for a list of conditions, their edges from the condition on the score.

    ``（一）同时满足下列条件的，考核等级为A级。`` then ``1.…`` ``3.考核成绩≥90分。``: the grade holds
    the scores the condition on the score states (from 90); ``有下列情形之一的，考核等级为C级`` over
    ``4.考核成绩<70分``: up to 70. The conditions are the clauses after the heading on its line and
    the lines after it opened by a list marker of another kind than the heading's; a condition
    counts when it names the score (成绩 · 得分 · 总分) and takes nothing off it (扣 · 减). The
    heading of a grade that a condition denies (…的，不得评为优秀) names no band.
    """
    heading: tuple[str, int | None] | None = None
    for offset, line in lines:
        found = BAND_CONDITIONS.search(line)
        if found is not None and not re.search(r"不得|不能|不予|取消|降", found.group()):
            heading = (found.group(found.lastindex or 0), _marker_kind(line))
            rest = line[found.end() :]
            for clause in re.finditer(r"[^。；;]+", rest):
                _score_condition(
                    reader, heading[0], clause.group(), offset + found.end() + clause.start()
                )
            continue
        kind = _marker_kind(line)
        if heading is None or kind is None or kind == heading[1]:
            heading = None
            continue
        for clause in re.finditer(r"[^。；;]+", line):
            _score_condition(reader, heading[0], clause.group(), offset + clause.start())


def _score_condition(reader: Reader, label: str, clause: str, start: int) -> None:
    """The band of ``label`` from one condition on the score (考核成绩≥90分), if it is one."""
    condition = clause.rstrip("的者 \t")
    if SCORE_CONDITION.search(condition) is None or re.search(r"扣|减", condition):
        return
    _band_stated(reader, f"{condition}为{label}", start, len(condition), _SCORE_BANDS)


def _band_stated(
    reader: Reader,
    stated: str,
    start: int,
    length: int,
    patterns: Sequence[tuple[re.Pattern[str], str]],
) -> bool:
    """Whether ``stated`` (a condition and its grade) ends with a band of one of ``patterns``.

    The first of them that fits is read as a band at ``start``, its span no longer than the
    ``length`` printed there.
    """
    for pattern, kind in patterns:
        found = next((one for one in pattern.finditer(stated) if one.end() == len(stated)), None)
        if found is None:
            continue
        before = len(reader.bands)
        _band(reader, kind, found, start)
        if len(reader.bands) > before:
            span = reader.bands[-1]["span"]
            span["end"] = min(span["end"], start + length)
        return True
    return False


def _leaf_stretches(reader: Reader) -> list[tuple[int, int]]:
    """The stretches of text of the leaf items of the scored part, sorted by start.

    The name and each piece of the standard of every leaf item that is not in a bonus or
    penalty section (a table's row and the paragraph that holds its rules lie apart).
    """
    leaves: list[tuple[int, int]] = []
    for item in walk(reader.roots):
        if item.children or item.section != "items":
            continue
        leaves.append((item.start, item.end))
        leaves.extend((offset, offset + len(text)) for offset, text in item.standard)
    leaves.sort()
    return leaves


def _item_cap(
    reader: Reader, leaves: list[tuple[int, int]], sentence: tuple[int, int], cap: tuple[int, int]
) -> bool:
    """Whether a bonus cap caps the rule beside it in its item, not the whole bonus.

    ``加分或减分最高为1分``, ``加分不超过2分`` or ``最多加3分`` in a sentence of an item's standard
    that states one bonus of the item besides (``每超额完成任务10%加0.5分``), or only its
    deductions, is that item's: the item's reader makes it its bonus rule's most. A cap in a
    sentence of its own (``加分项目累计不超过20分``), or after several bonuses (``国家级加3分，省级
    加2分，加分不超过5分``), is the whole appraisal's. ``sentence`` and ``cap`` are spans in the
    text: the cap's sentence, and its clause from the comma before it.
    """
    index = bisect.bisect_right(leaves, (cap[0], math.inf)) - 1
    if index < 0 or not leaves[index][0] <= cap[0] < leaves[index][1]:
        return False
    start, end = max(sentence[0], leaves[index][0]), min(sentence[1], leaves[index][1])
    text = reader.text
    adds = len(ADD.findall(text, start, cap[0])) + len(ADD.findall(text, cap[1], end))
    takes = len(TAKE.findall(text, start, cap[0])) + len(TAKE.findall(text, cap[1], end))
    return adds <= 1 and adds + takes >= 1


def _in_scored_leaf(reader: Reader, offset: int) -> bool:
    """Whether ``offset`` lies in the name or standard of a leaf item that has its own points."""
    return any(
        item.start <= offset < item.end
        or any(at <= offset < at + len(text) for at, text in item.standard)
        for item in walk(reader.roots)
        if not item.children and item.points is not None
    )


def _cap_clause(cap: re.Match[str], sentence: str, start: int) -> tuple[int, int]:
    """The span in the text of a bonus cap's clause: from the comma before its figure."""
    figure = cap.start(1) if cap.group(1) is not None else cap.start(2)
    opened = max(sentence.rfind(mark, 0, figure) for mark in "，,、") + 1
    return start + opened, start + cap.end()


def _edges_of(reader: Reader, label: str, offset: int, line: str, after: int) -> None:
    """A grade named as its paragraph's heading, with its edges in a sentence after it.

    ``(二)达标。考评分为75分(含75分)至90分(不含90分)。``: the edges are read as if the sentence
    ended with the grade (…至90分(不含90分)为达标); a sentence that names a grade itself is read
    as it stands. ``after`` is where the heading ends in ``line``: the grade may also stand
    alone on the line before (a table of grades copied one cell a line).
    """
    for clause in CLAUSE.finditer(line, after):
        sentence = clause.group().strip()
        if not sentence or any(len(word) > 1 and word in sentence for word in GRADE_IDS):
            continue
        start = offset + clause.start() + clause.group().index(sentence)
        if _band_stated(reader, f"{sentence}为{label}", start, len(sentence), _EDGE_BANDS):
            return


_ABOVE_ALL = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]?\s*)?(?:以上|上述)")


def _highest_bonus_only(reader: Reader, sentence: str, start: int) -> None:
    """Keep where a clause counts only the highest of its bonuses, to group them at the end."""
    if HIGHEST_BONUS_ONLY.search(sentence) is not None:
        reader.highest_only.append((start, start + len(sentence)))


def group_highest_bonuses(reader: Reader) -> None:
    """Put the bonus rules a highest-only clause speaks of into one group of the scheme.

    ``获得国家级表彰的加3分，省级的加2分，按最高的加分，不重复加分``: the bonus rules before the
    clause in its paragraph, or every bonus rule before it when it speaks of them all
    (``以上加分按最高分计算，不累计加分``), count only their highest (a rule ``group``). A clause
    with fewer than two such rules (its bonuses are not listed) is a ``bonus-highest-only``
    diagnostic: the data must enter only the highest.
    """
    text = reader.text
    told = False
    for number, (start, end) in enumerate(reader.highest_only, 1):
        paragraph = text.rfind("\n", 0, start) + 1
        everything = _ABOVE_ALL.match(text, start) is not None
        rules = [
            rule
            for rule in reader.rules
            if rule["kind"] == "bonus"
            and "group" not in rule
            and "span" in rule
            and (0 if everything else paragraph) <= rule["span"]["start"] < end
        ]
        if len(rules) >= 2:
            for rule in rules:
                rule["group"] = f"highest{number}"
            reader.used.append((start, end))
            continue
        if told:
            continue
        told = True
        reader.diagnose(
            "bonus-highest-only",
            f"{text[start:end][:60]!r} counts only the highest of the bonuses it names, which "
            "are not listed as rules of the scheme: enter only the highest one in the data",
            start,
            end,
        )


def _global_clause(
    reader: Reader, sentence: str, start: int, leaves: list[tuple[int, int]]
) -> None:
    end = start + len(sentence)
    _total(reader, sentence)
    _highest_bonus_only(reader, sentence, start)
    _digits(reader, sentence)
    bands = (
        # between two edges first: 80分≤总分<90分为良好 also holds <90分为良好, an upper edge alone
        (BAND_BETWEEN, "between"),
        (BAND_RANGE, "range"),
        (BAND_ABOVE, "above"),
        (BAND_BELOW, "below"),
        (BAND_REST, "rest"),
        (BAND_FIRST_BETWEEN, "first-between"),
        # (基本合格（低于70分且不低于60分）: both edges, before the upper edge alone is read)
        (BAND_FIRST_UPPER_LOWER, "first-upper-lower"),
        (BAND_FIRST, "first"),
        (BAND_FIRST_RANGE, "first-range"),
        (BAND_FIRST_BELOW, "first-below"),
    )
    for pattern, kind in bands:
        for found in pattern.finditer(sentence):
            _band(reader, kind, found, start)
    _glued_ranges(reader, sentence, start)
    marks = [(found, "first") for found in BAND_PASS_MARK.finditer(sentence)]
    # 80分为及格分: the score first, the grade it makes after it
    marks.extend((found, "above") for found in BAND_PASS_MARK_AFTER.finditer(sentence))
    for found, kind in marks:
        # 及格分120分: the pass mark, the lower edge of 及格 and the upper edge of 不及格
        before = len(reader.bands)
        _band(reader, kind, found, start)
        if len(reader.bands) > before:
            reader.bands[-1]["pass_mark"] = True
    _quota(reader, sentence, start, end)
    for rater in RATERS.finditer(sentence):
        name = rater.group(1)
        if all(existing[0] != name for existing in reader.raters):
            reader.raters.append(
                (name, float(rater.group(2)), start + rater.start(), start + rater.end())
            )
    cap = BONUS_CAP.search(sentence)
    if (
        cap is not None
        and reader.bonus_cap is None
        and not THIS_ITEM.search(sentence)
        and not _one_rules_cap(sentence)
        and not _item_cap(
            reader, leaves, (start, start + len(sentence)), _cap_clause(cap, sentence, start)
        )
    ):
        # (a cap of one item's bonus, 该项设有加分项(最多加5分), or of one rule counted by the
        # unit, 有一篇加0.1分，但累计不超过2分, nor of the one bonus of the item it is printed in,
        # 每超额10%加0.5分，加分或减分最高为1分, is not the whole appraisal's)
        reader.bonus_cap = (float(cap.group(1) or cap.group(2)), start, end)
    added = BASE_AND_ADDED.search(sentence)
    if (
        added is not None
        and reader.bonus_cap is None
        and not THIS_ITEM.search(sentence)
        and not _in_scored_leaf(reader, start + added.start())
    ):
        # 满分为110分，其中基本分100分，附加分10分: a rule of the genre, the full score's split into
        # its base and its added points caps the bonus of the whole appraisal at the latter (a
        # scored item's own split, 本项基本分15分，加分5分, is that item's, not the appraisal's)
        reader.bonus_cap = (float(added.group(1)), start, end)
    penalty = PENALTY_CAP.search(sentence)
    if penalty is not None and reader.penalty_cap is None and not inside_item(reader, start):
        reader.penalty_cap = (float(penalty.group(1)), start, end)
    read_veto(reader, sentence, start, end)


def _glued_ranges(reader: Reader, sentence: str, start: int) -> None:
    """Bands whose range lost its dash (8089分为良好), when its halves rise by less than 20."""
    for found in BAND_GLUED_RANGE.finditer(sentence):
        if float(found.group(1)) < float(found.group(2)) < float(found.group(1)) + 20:
            _band(reader, "range", found, start)


def _one_rules_cap(sentence: str) -> bool:
    """Whether a bonus cap ends one rule counted by the unit, not the bonuses before it.

    有一篇加0.1分，但累计不超过2分 caps its rule; 国家级每次加3分，省级每次加2分，累计不超过10分
    caps both rules, the whole bonus.
    """
    rule = RULE_BONUS_CAP.search(sentence)
    return rule is not None and ADD.search(sentence, 0, rule.start()) is None


def _total(reader: Reader, sentence: str) -> None:
    """The stated total (满分100分 · 百分制), read once.

    ``一、组织领导（满分10分）``: the bracket after a numbered heading holds that item's points.
    """
    if reader.total is not None:
        return
    total = next(
        (found for found in TOTAL.finditer(sentence) if not _BOUND.match(sentence, found.end())),
        None,
    )
    if total is not None and find_marker(sentence) is not None:
        before = sentence[: total.start()]
        if max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")")):
            return
        if POINTS_CLOSING.match(sentence, total.start()):
            return  # 一、组织领导，满分10分: the points of that item
    if total is not None and float(total.group(1)) >= 10:
        reader.total = float(total.group(1))
    elif HUNDRED.search(sentence):
        reader.total = 100.0


_BOUND = re.compile(r"\s*(?:[（(]含[）)])?\s*(?:及|或)?(?:以上|以下|以内|至|到|[-—－~～]|不[足满])")
"""Words after a score that make it a band's edge (总分90分以上为优秀), not the stated total."""


def _digits(reader: Reader, sentence: str) -> None:
    """The digits scores are shown with (得分保留一位小数 · 精确到0.01分 · 取整数), read once."""
    found = DIGITS.search(sentence) if reader.digits is None else None
    if found is None or "分" not in sentence:
        return
    if found.group(1) is not None:
        reader.digits = DIGIT_WORDS[found.group(1)]
    elif found.group(2) is not None:
        reader.digits = len(found.group(2)) - 2
    else:
        reader.digits = 0


def _quota(reader: Reader, sentence: str, start: int, end: int) -> None:
    """A quota on a grade: 优秀比例不超过20%, 优秀单位不超过3个."""
    quota = QUOTA.search(sentence)
    if quota is None:
        return
    limits = [(quota.group(1), quota.group(2), quota.group(3))]
    more = QUOTA_MORE.match(sentence, quota.end())
    if more is not None and (
        (more.group(2) is not None and QUOTA_FLOOR.fullmatch(more.group(2)))
        or (more.group(1) is not None and more.group(2) is None)
    ):
        # …，且合格比例不低于50%: a least share of a grade, which no quota holds; 同时合格50%:
        # a share of a grade with no word saying whether it bounds from above or below
        clause = more.group().lstrip("，,、 ")
        at = start + more.end() - len(clause)
        reader.diagnose(
            "quota-unread",
            f"the limit {clause!r} is left out: a quota caps a grade's share or count from "
            "above (不超过, 最多); set a least share by hand if the appraisal needs it",
            at,
            start + more.end(),
        )
    elif more is not None:
        # …不超过30%，且不超过5个: both hold; …，同时良好等次比例不超过30%: a limit on 良好, and
        # so on any grade the document names (同时合格等次不超过60%)
        limits.append((more.group(1) or quota.group(1), more.group(3), more.group(4)))
    for grade, share, count in limits:
        limit = {"max_share": float(share) / 100} if share else {"max_count": int(count)}
        reader.quotas.append(
            {
                "grade": GRADE_IDS[grade],
                **limit,
                "reason": sentence,
                "span": {"start": start, "end": end},
            }
        )


def _band(reader: Reader, kind: str, found: re.Match[str], start: int) -> None:
    first = kind.startswith("first")
    if first:
        # the grade stated before its edges: the label is the first group, the numbers follow
        label = found.group(1)
        numbers = [float(group) for group in found.groups()[1:] if group is not None]
        kind = {
            "first": "above",
            "first-range": "range",
            "first-below": "below",
            "first-between": "between",
            "first-upper-lower": "upper-lower",
        }[kind]
    else:
        label = found.group(found.lastindex or 0)
        numbers = [float(group) for group in found.groups()[:-1] if group is not None]
    text = found.group()
    band: dict[str, Any] = {"grade": GRADE_IDS[label], "label": _unit_label(found, label)}
    if kind == "upper-lower":
        # 低于70分且不低于60分: the upper edge first, left out; the lower one, held
        high, low = numbers
        band.update(min=low, max=high, min_closed=True, max_closed=False)
    elif kind == "between":
        low, high = numbers
        band.update(min=low, max=high, **_between_closed(found, first))
    elif kind == "range":
        low, high = sorted(numbers)
        # 60-80分(不含80分): the bracket after the upper edge leaves it out
        after = found.string[found.end(2) : found.end()] if found.lastindex else ""
        band.update(min=low, max=high, max_closed="不含" not in after)
    elif kind == "rest":
        band["rest"] = True
    elif kind == "above":
        band.update(min=numbers[0], min_closed="不含" not in text)
    else:
        # (a grade's description before its edge, 不合格：工作未达到规定标准，得分在59分以下, is
        # no edge: the words after its comma are)
        edge = re.split(r"[，,]", text)[-1] if first else text
        closed = not re.search(r"不足|低于|未达|不满|不含|[<＜](?!\s*[=＝])|小于", edge)
        band.update(max=numbers[0], max_closed=closed)
    band["span"] = {"start": start + found.start(), "end": start + found.end()}
    if any(existing["grade"] == band["grade"] for existing in reader.bands):
        return
    reader.bands.append(band)


_OPEN = re.compile(r"[<＜](?!\s*[=＝])")
_SIGN = re.compile(r"≤|≦|[<＜]\s*[=＝]?")


def _between_closed(found: re.Match[str], first: bool) -> dict[str, bool]:
    """Which edges of a band between two edges hold their figure.

    ``80分≤总分<90分``: the sign before the score word is the lower edge's, the one after it the
    upper's; < leaves its figure out. ``75分以上不满90分``: 以上 holds its figure unless marked
    不含; 不满 · 不足 · 低于 · < leave the upper figure out, 以下 holds it; ``≥80分且<90分``: the
    word before the lower figure holds it. ``first``: the grade is stated before its edges (its
    label is the first group).
    """
    low = 2 if first else 1  # the grade stated first is the first group
    between = found.string[found.end(low) : found.start(low + 1)]
    # the words after the upper figure, up to the grade stated after them
    after = found.string[
        found.end(low + 1) : found.end() if first else found.start(found.lastindex or 0)
    ]
    signs = list(_SIGN.finditer(between))
    if len(signs) == 2:
        min_closed = _OPEN.match(signs[0].group()) is None
        upper = between[signs[1].start() :]
    else:
        lower, above, upper = between.partition("以上")
        if not above:
            # ≥80分且<90分: the lower edge's word stands before its figure, and holds it
            lower, upper = "", between
        min_closed = "不含" not in lower
    left_out = re.search(r"不满|不足|低于|未达|小于|不含", upper + after) or _OPEN.search(upper)
    return {"min_closed": min_closed, "max_closed": left_out is None}


# the kinds of unit a ranked grade may name after it (一级园 · 二级校 · 三类村), in either script
_RANKED_UNIT = re.compile(r"[一二三四五甲乙丙丁戊][级級等类類档檔]$")
_UNIT_KIND = "园園校村站院所馆館"
# the verbs that award a grade of units, before its field (授予综治工作先进单位): none of its name
_AWARDING = ("授予", "给予", "获得", "取得", "命名", "表彰", "确认")


def _unit_label(found: re.Match[str], label: str) -> str:
    """A grade of units named as printed, with its field and 单位: 禁毒先进单位, 合格单位.

    The field may run to six characters, its 工作 with it (安全生产工作合格单位).

    A ranked grade of one kind of unit keeps the kind it names (一级园 · 二级园 of kindergartens).
    """
    sentence = found.string
    index = next(
        group for group in range(1, (found.lastindex or 0) + 1) if found.group(group) == label
    )
    start, end = found.span(index)
    if _RANKED_UNIT.search(label) and end < len(sentence) and sentence[end] in _UNIT_KIND:
        return label + sentence[end]
    if not sentence.startswith("单位", end):
        return label
    while (
        start > found.start()
        and end - start < len(label) + 6
        and "\u4e00" <= sentence[start - 1] <= "\u9fff"
        and sentence[start - 1] not in "为评定列即属于的"
        and not sentence.endswith(_AWARDING, found.start(), start)
    ):
        start -= 1
    return sentence[start : end + 2]


def with_raters(reader: Reader, root: dict[str, Any]) -> dict[str, Any]:
    """A stated blend of raters: the items are one rater's part, the others manual items."""
    if not reader.raters:
        return root
    if len(reader.raters) == 1:
        name, share, start, end = reader.raters[0]
        if not 0 < share < 100:
            return root
        # 其中群众评议占20%: the one share stated; the rest of the appraisal is the items'
        rest = "考核评分" if not ITEM_RATERS.search(name) else "其他评价"
        reader.raters.insert(0 if rest == "考核评分" else 1, (rest, 100 - share, start, end))
        reader.diagnose(
            "rater-shares",
            f"only {name}'s share ({share:g}%) is stated; the other {100 - share:g}% is "
            f"read as {rest}",
            start,
            end,
            severity="info",
        )
    shares = sum(share for _, share, _, _ in reader.raters)
    if abs(shares - 100) > 1e-6:
        name, _, start, end = reader.raters[0]
        reader.diagnose(
            "rater-shares",
            f"the raters' shares add up to {shares:g}%, not 100%; kept as stated",
            start,
            end,
        )
    items_rater = next((r for r in reader.raters if ITEM_RATERS.search(r[0])), None)
    if items_rater is None:
        items_rater = max(reader.raters, key=lambda r: r[1])
    full = reader.total or full_points(root) or 100.0
    children: list[dict[str, Any]] = []
    for index, (name, share, start, end) in enumerate(reader.raters, 1):
        span = {"start": start, "end": end}
        if name == items_rater[0]:
            part = dict(
                root, id="items", name=f"{name}（{share:g}%）", weight=share / 100, span=span
            )
            children.append(part)
        else:
            children.append(
                {
                    "id": f"rater{index}",
                    "name": f"{name}（{share:g}%）",
                    "points": full,
                    "weight": share / 100,
                    "manual": True,
                    "criterion": f"{name}: the data supplies the 0-1 share of the full points",
                    "span": span,
                }
            )
    return {"id": "total", "name": root["name"], "aggregation": "sum", "children": children}


def _fill_gap(bands: list[dict[str, Any]], rest: dict[str, Any]) -> None:
    """Put a band stated by name only (其余为合格) in the first gap between stated bands."""
    for index, (upper, lower) in enumerate(itertools.pairwise(bands)):
        top, bottom = upper.get("min"), lower.get("max")
        if top is not None and bottom is not None and _reaches(lower, top):
            continue  # 80分至89分 below 90分以上: the integers' range, not a gap
        if top is not None and bottom is not None and bottom < top:
            rest.update(min=bottom, min_closed=not lower.get("max_closed", False), max=top)
            bands.insert(index + 1, rest)
            return


def _reaches(lower: dict[str, Any], top: float) -> bool:
    """Whether a band closed at its top stops one step of its own digits below ``top``.

    Scores are kept to whole points (80分至89分), to tenths (80分至89.9分) or to hundredths
    (80分至89.99分): such a band reaches up to the band above that starts at 90, and leaves no
    gap below it; 89.5 stops half a point short and leaves one.
    """
    bottom = lower.get("max")
    if bottom is None or not lower.get("max_closed") or not 0 < top - bottom <= 1:
        return False
    if float(bottom).is_integer():
        return True
    digits = len(f"{bottom:g}".partition(".")[2])
    return digits <= 2 and math.isclose(top - bottom, 10.0**-digits)


def _band_order(band: dict[str, Any]) -> float:
    low = band.get("min")
    return -float(low) if low is not None else math.inf


def grade_bands(reader: Reader) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The grade bands, best first, with edges that tile the line where the text implies it.

    Also the gaps the document leaves between them, declared (see `tiled`).
    """
    rest = [band for band in reader.bands if band.pop("rest", False)]
    marks = [band for band in reader.bands if band.pop("pass_mark", False)]
    bands = sorted((band for band in reader.bands if band not in rest), key=_band_order)
    if marks and bands[-1] is marks[0] and not rest:
        # a pass mark with no grade stated below it: the scores below it fail (不及格 · 不合格)
        mark = marks[0]
        bands.append(
            {
                "grade": "fail",
                "label": f"不{mark['label']}",
                "max": mark["min"],
                "max_closed": False,
                "span": dict(mark["span"]),
            }
        )
    for band in rest:
        _fill_gap(bands, band)
    for upper, lower in itertools.pairwise(bands):
        if upper.get("min") is None or lower.get("max") is None:
            continue
        gap = upper["min"] - lower["max"]
        if _reaches(lower, upper["min"]):
            # 80分至89分 (80分至89.9分) below 90分以上: the range reaches up to the next band
            lower.update(max=upper["min"], max_closed=False)
        elif gap == 0 and lower.get("max_closed") and upper.get("min_closed", True):
            lower["max_closed"] = False
            reader.diagnose(
                "band-edge",
                f"{upper['min']:g} points are claimed by both {upper['label']} and {lower['label']}; "
                f"read as {upper['label']}",
                lower["span"]["start"],
                lower["span"]["end"],
                severity="info",
            )
    _open_ends(bands)
    _name_gaps(reader, bands)
    bands, gaps = tiled(reader, bands)
    _settle_quotas(reader, bands)
    return bands, gaps


def _settle_quotas(reader: Reader, bands: list[dict[str, Any]]) -> None:
    """Leave out a quota on a grade the bands do not hold, with a ``quota-without-grade`` diagnostic."""
    grades = {band["grade"] for band in bands}
    kept: list[dict[str, Any]] = []
    said: set[tuple[int, str]] = set()
    for quota in reader.quotas:
        if quota["grade"] in grades:
            kept.append(quota)
            continue
        span = quota["span"]
        if (
            span["start"],
            quota["grade"],
        ) in said:  # the second limit of one clause (…，且不超过5个)
            continue
        said.add((span["start"], quota["grade"]))
        stated = reader.text[span["start"] : span["end"]]
        problem = (
            "the document states no grade bands"
            if not bands
            else f"its grade ({quota['grade']}) is none of the bands' ({', '.join(sorted(grades))})"
        )
        reader.diagnose(
            "quota-without-grade",
            f"the quota {stated!r} is left out: {problem}; add the grade band to apply it",
            span["start"],
            span["end"],
        )
    reader.quotas[:] = kept


_GRADE_WORD = "|".join(sorted(GRADE_IDS, key=len, reverse=True))
# a list of grades names three to eight; a bound on the repetition keeps a search over a long
# run of grade words linear (unbounded, each start matched the whole run and backtracked)
_GRADE_LIST = re.compile(
    rf"(?:(?:{_GRADE_WORD})(?:、|，|,|和|及|与|或)){{2,7}}(?:{_GRADE_WORD})"
    r"(?=[^。；;\n]{0,8}?(?:等次|等级|档次|个等))"
)


def _grade_list(reader: Reader) -> tuple[list[str], int, int] | None:
    """The grades the document names in order (分为优秀、合格、基本合格、不合格四个等次), with their span."""
    found = _GRADE_LIST.search(reader.text)
    if found is None:
        return None
    names = re.findall(_GRADE_WORD, found.group())
    return names, found.start(), found.end()


def _name_gaps(reader: Reader, bands: list[dict[str, Any]]) -> None:
    """Fill a gap between two stated bands with the grade the list of grades names between them.

    Only when exactly one such grade states no band of its own: 分为优秀、合格、不合格三个等次 with
    90分以上为优秀 and 60分以下为不合格 makes 合格 the scores from 60 to 90.
    """
    listed = _grade_list(reader)
    if listed is None:
        return
    names, start, end = listed
    index = 0
    while index < len(bands) - 1:
        upper, lower = bands[index], bands[index + 1]
        top, bottom = upper.get("min"), lower.get("max")
        if top is None or bottom is None or bottom >= top:
            index += 1
            continue
        stated = {band["label"] for band in bands}
        if upper["label"] in names and lower["label"] in names:
            between = names[names.index(upper["label"]) + 1 : names.index(lower["label"])]
            unstated = [name for name in between if name not in stated]
            if len(unstated) == 1:
                label = unstated[0]
                bands.insert(
                    index + 1,
                    {
                        "grade": GRADE_IDS[label],
                        "label": label,
                        "min": bottom,
                        "min_closed": not lower.get("max_closed", False),
                        "max": top,
                        "max_closed": not upper.get("min_closed", True),
                        "span": {"start": start, "end": end},
                    },
                )
                reader.diagnose(
                    "band-implied",
                    f"{label} is read as the scores from {bottom:g} to {top:g}: the document "
                    f"names it between {upper['label']} and {lower['label']} and states no edges "
                    "for it",
                    start,
                    end,
                    severity="info",
                )
        index += 1


def _open_ends(bands: list[dict[str, Any]]) -> None:
    """A band stated only by its name (其余为合格) or missing below: fill the edge from its neighbours."""
    for upper, lower in itertools.pairwise(bands):
        if (
            lower.get("max") is None
            and upper.get("min") is not None
            and lower.get("min") is not None
        ):
            lower.update(max=upper["min"], max_closed=not upper.get("min_closed", True))
    for band in bands:
        if "max" in band and band.get("max") is None:
            del band["max"]
    if bands and bands[0].get("max") is not None and bands[0]["grade"] == "excellent":
        # the best band takes totals raised by bonus points
        del bands[0]["max"]
        bands[0].pop("max_closed", None)
