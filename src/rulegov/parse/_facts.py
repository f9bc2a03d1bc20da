"""Facts inside running text: cited documents (《…》) and quantitative targets (2个以上, 100%).

Both work on normalised lines and give spans in the original text.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from typing import TYPE_CHECKING, Any

from rulegov.model import Citation, Comparator, Diagnostic, Direction, Span, Target
from rulegov.parse._numbering import chinese_to_int
from rulegov.parse._vocab import (
    CITED_ISSUER_ENDS,
    GRANT_WORDS,
    RELAXING_WORDS,
    RESULT_WORDS,
    STATUS_WORDS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rulegov.parse._text import Line

__all__ = [
    "Segment",
    "citation_fields",
    "citation_issuer",
    "find_citations",
    "find_targets",
    "line_span",
    "shielded",
    "span_fields",
    "target_fields",
]

Segment = tuple["Line", int, int]
"""A stretch ``text[begin:end]`` of one line."""

_QUOTE_CHARS = '“”"「」『』〝〞'
_DOC_NUMBER = re.compile(
    r"\((?P<number>[^()\[\]〔〕]{1,24}[〔\[]\d{4}[〕\]]\d{1,5}号)\)",
)
_MAX_CITATION = 400

# A number with a measure word, optionally with a comparator before or after it.
_COMPARATORS_BEFORE: tuple[str, ...] = ("不少于", "不低于", "不超过", "不高于", "提高到", "提高至")
_COMPARATORS_BEFORE += ("提升到", "提升至", "增加到", "下降到", "降低到", "降至", "至少", "达到")
_COMPARATORS_BEFORE += ("超过", "高于", "多于", "低于", "少于", "下降", "降低", "减少")
_COMPARATORS_BEFORE += ("≥", "≤")  # the signs of a table's target column (≥2%)
_NUMERALS = "一二三四五六七八九十两百"
_UNITS = (
    "%|个百分点|个工作日|人次|场次|个|次|家|项|场|件|期|名|人|所|篇|批|户|条|天|万元|亿元|小时|学时"
    "|课时|份|处|卷|本|部|类|套|支|座|村|公里|元|级"
    # A rule of the genre: a plan of rural or farm work sets its targets in measures of land,
    # weight and plants: a harvest kept at 23万吨, 400亩 of land put back to use, 8000株 planted.
    "|万亩|亩|万吨|吨|株"
)
_WHOLE = "全覆盖"
_TARGET = re.compile(
    rf"""
    (?P<pre>{"|".join(_COMPARATORS_BEFORE)})?
    (?P<num>\d+(?:\.\d+)?|[{_NUMERALS}]{{1,4}})
    (?P<unit>{_UNITS})
    (?P<post>以上|以下|以内|左右)?
    (?:(?<=%)覆盖)?
    | (?P<whole>{_WHOLE})
    """,
    re.VERBOSE,
)
# The number and measure word of _TARGET alone, written to start with a character class, so that
# the regex engine skips to the next digit or numeral instead of trying _TARGET at every position:
# the class takes the first character, a lookbehind then tells a digit from a Chinese numeral.
# A number starts where a run of digits does (the lookbehind after its first digit): a start
# inside the run (the 3 of 123) would try the rest of a long run again at every digit.
_NUMBER = re.compile(
    rf"[\d{_NUMERALS}](?:(?<=\d)(?<!\d\d)\d*(?:\.\d+)?|(?<=[{_NUMERALS}])[{_NUMERALS}]{{0,3}})"
    rf"(?:{_UNITS})"
)
# the same, at a given place inside a run of digits (a range that starts there)
_RUN_NUMBER = re.compile(rf"\d+(?:\.\d+)?(?:{_UNITS})")
_BEFORE_3 = tuple(word for word in _COMPARATORS_BEFORE if len(word) == 3)
_BEFORE_2 = tuple(word for word in _COMPARATORS_BEFORE if len(word) == 2)
_BEFORE_1 = tuple(word for word in _COMPARATORS_BEFORE if len(word) == 1)
# A decrease (下降5个百分点, 降低到10%以下): the value is what should fall, so lower is better.
_DECREASES = frozenset({"下降", "降低", "减少", "下降到", "降低到", "降至"})
# A time limit (20个工作日内, 3日内) is timing, not a target.
_DURATIONS = frozenset({"个工作日", "天", "小时"})
_PRE: dict[str, Comparator] = {
    "不少于": Comparator.GE,
    "不低于": Comparator.GE,
    "至少": Comparator.GE,
    "达到": Comparator.GE,
    "提高到": Comparator.GE,
    "提高至": Comparator.GE,
    "提升到": Comparator.GE,
    "提升至": Comparator.GE,
    "增加到": Comparator.GE,
    "下降": Comparator.GE,
    "降低": Comparator.GE,
    "减少": Comparator.GE,
    "下降到": Comparator.LE,
    "降低到": Comparator.LE,
    "降至": Comparator.LE,
    "超过": Comparator.GT,
    "高于": Comparator.GT,
    "多于": Comparator.GT,
    "不超过": Comparator.LE,
    "不高于": Comparator.LE,
    "低于": Comparator.LT,
    "少于": Comparator.LT,
    "≥": Comparator.GE,
    "≤": Comparator.LE,
}
_POST: dict[str, Comparator] = {
    "以上": Comparator.GE,
    "以下": Comparator.LE,
    "以内": Comparator.LE,
    "左右": Comparator.EQ,  # 10个左右: about ten
}
_NO_NUMBER_BEFORE = frozenset("第+-.0123456789")
_NO_NUMBER_AFTER = frozenset("+")
_CLAUSE_ENDS = ",;。!?:、"
# A comparator a few words before the number (至少建设一所, 至少组织1次): the target starts with it.
_DISTANT_COMPARATOR = re.compile(r"(至少|不少于|不低于|不超过)[^\d\s,;。!?:、的]{1,3}\s*\Z")
_MONEY = frozenset({"元", "万元", "亿元"})
_GRANT = re.compile("|".join(GRANT_WORDS))
# What was done (先后8次, 印发了15家), not what is to be done; 为了 and 除了 are no past.
_RESULT = re.compile("|".join((*RESULT_WORDS, "(?<![为除])了")))
# A rule of the genre: a policy measure that loosens a condition (裁员率放宽到不超过20%) states the
# threshold of whom its rule is for, not a goal the plan sets.
_RELAXED = re.compile("|".join(RELAXING_WORDS))
# 对 that names whom a rule applies to (对…以上的企业), not 对照, 针对, 绝对...
_TOWARDS = re.compile("(?<![针相绝核面])对(?![照标象接比])")


def span_fields(line: Line, begin: int, end: int) -> dict[str, int]:
    """The fields of the span of ``line.text[begin:end]``, for a model that validates it.

    A model built by ``model_validate`` from a dict that holds its span's fields makes the span
    in the same call, inside pydantic-core, for less than a span built first costs.
    """
    if not line.breaks:  # Line.bounds without the call: positions map one to one
        return {"start": line.start + begin, "end": line.start + max(begin, end)}
    start, stop = line.bounds(begin, end)
    return {"start": start, "end": stop}


def line_span(line: Line, begin: int, end: int) -> Span:
    """The span of ``line.text[begin:end]`` in the source text (empty where the end comes first)."""
    if not line.breaks:  # Line.bounds without the call: positions map one to one
        return Span(start=line.start + begin, end=line.start + max(begin, end))
    start, stop = line.bounds(begin, end)
    return Span(start=start, end=stop)


def shielded(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Ranges of ``text[begin:end]`` inside 《》 or quotation marks, where numbers are names.

    Examples:
        >>> shielded("“1+4”工作举措和《二十条》", 0, 15)
        [(0, 5), (10, 15)]
    """
    pairs, unclosed = _outer_brackets(text, begin, end)
    ranges = [(opened, close + 1) for opened, close in pairs]
    if unclosed is not None:
        ranges.append((unclosed, end))
    opened = 0
    inside = False
    for position in _positions(text, _QUOTE_CHARS, begin, end):
        char = text[position]
        if char in "“「『〝" or (char == '"' and not inside):
            inside = True
            opened = position
        elif inside:
            inside = False
            ranges.append((opened, position + 1))
    ranges.sort()
    return ranges


def _positions(text: str, chars: str, begin: int, end: int) -> list[int]:
    """The positions of any of ``chars`` in ``text[begin:end]``, in order.

    ``str.find`` skips the text between them far faster than a regex scan would.
    """
    positions: list[int] = []
    for char in chars:
        position = text.find(char, begin, end)
        while position >= 0:
            positions.append(position)
            position = text.find(char, position + 1, end)
    positions.sort()
    return positions


def _brackets(text: str, begin: int, end: int) -> list[int]:
    """The positions of ``《`` and ``》`` in ``text[begin:end]``, from the first ``《`` on, in order.

    A ``》`` before any ``《`` closes nothing, so the search starts at the first ``《``.
    """
    first = text.find("《", begin, end)
    return [] if first < 0 else _positions(text, "《》", first, end)


def _outer_brackets(text: str, begin: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """The outermost ``《…》`` of ``text[begin:end]`` as (``《``, ``》``) positions, in order.

    Nested pairs belong to the outer one. Second, the position of an outermost ``《`` that the
    range leaves open, if any.
    """
    pairs: list[tuple[int, int]] = []
    depth = 0
    opened = 0
    for position in _brackets(text, begin, end):
        if text[position] == "《":
            if depth == 0:
                opened = position
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                pairs.append((opened, position))
    return pairs, (opened if depth > 0 else None)


def find_citations(segments: list[Segment]) -> tuple[list[Citation], list[Diagnostic]]:
    """Every ``《…》`` in the segments, with nested ``〈〉`` kept and a document number if printed.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("贯彻《关于〈意见〉的通知》（国发〔2021〕8号）。")[0]
        >>> [(c.title, c.doc_number) for c in find_citations([(line, 0, len(line.text))])[0]]
        [('关于〈意见〉的通知', '国发〔2021〕8号')]
    """
    found, diagnostics = citation_fields(segments)
    return [Citation.model_validate(fields) for fields in found], diagnostics


def citation_fields(segments: list[Segment]) -> tuple[list[dict[str, Any]], list[Diagnostic]]:
    """[`find_citations`][rulegov.parse._facts.find_citations], the fields of each citation.

    For a model that validates them in the call that makes it (a task, a plan): one call for
    the whole plan costs less than one for each citation.
    """
    citations: list[dict[str, Any]] = []
    diagnostics: list[Diagnostic] = []
    for line, begin, end in segments:
        pairs, unclosed = _outer_brackets(line.text, begin, end)
        for opened, close in pairs:
            if close == opened + 1 or close - opened > _MAX_CITATION:
                continue
            number = _DOC_NUMBER.match(line.text, close + 1, end)
            span_end = number.end() if number else close + 1
            title = _bare_title(line.printed(opened + 1, close))
            if title is None:
                continue
            issuer = citation_issuer(line.text, opened, begin)
            citations.append(
                {
                    "title": title,
                    "doc_number": line.printed(*number.span("number")) if number else None,
                    "issuer": line.printed(*issuer) if issuer else None,
                    "span": span_fields(line, opened, span_end),
                }
            )
        if unclosed is not None:
            diagnostics.append(
                Diagnostic(
                    code="unclosed-citation",
                    message="a 《 has no closing 》 on its line; the citation was not read",
                    line=line.number,
                    column=line.column(unclosed),
                    span=Span(**span_fields(line, unclosed, unclosed + 1)),
                )
            )
    return citations, diagnostics


def _number(text: str) -> float | None:
    if text[0].isdecimal():
        return float(text)
    value = chinese_to_int(text)
    return None if value is None else float(value)


_NEAR = 64
"""A stretch of a line this short (characters) is walked or searched; a longer one is bisected
in positions found once per line, so that a line of thousands of numbers is read in linear time."""


@functools.lru_cache(maxsize=16)
def _stops(text: str, signs: str) -> tuple[int, ...]:
    """The positions in ``text`` of the characters in ``signs``, in order (found once per line)."""
    return tuple(found.start() for found in re.finditer(f"[{re.escape(signs)}]", text))


def _sign_in(text: str, signs: str, start: int, stop: int) -> int:
    """The last position in ``text[start:stop]`` of a character in ``signs``, or -1 (bisected)."""
    if stop - start <= _NEAR:  # a short stretch: search it
        return max(text.rfind(sign, start, stop) for sign in signs)
    stops = _stops(text, signs)
    index = bisect.bisect_left(stops, stop)
    return stops[index - 1] if index and stops[index - 1] >= start else -1


@functools.lru_cache(maxsize=16)
def _matches(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of ``pattern``'s matches in ``text``, found once per line."""
    spans = [found.span() for found in pattern.finditer(text)]
    return tuple(start for start, _ in spans), tuple(end for _, end in spans)


def _found(pattern: re.Pattern[str], text: str, start: int, stop: int) -> bool:
    """Whether one of ``pattern``'s matches in the line lies within ``text[start:stop]``.

    The matches are found once per line and bisected: a clause holding thousands of numbers is
    not searched again from its start for each of them.
    """
    if stop - start <= _NEAR:  # a short stretch: search it
        return pattern.search(text, start, stop) is not None
    starts, ends = _matches(pattern, text)
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and ends[index] <= stop


def _between(
    text: str, signs: str, span: tuple[int, int], bounds: tuple[int, int]
) -> tuple[int, int]:
    """``text[start:stop]`` widened to the nearest of ``signs`` on each side, within ``bounds``.

    The signs' positions are found once per line and bisected, so a line holding thousands of
    numbers is read in linear time, not walked back and forth once for each.
    """
    (start, stop), (lower, upper) = span, bounds
    if start - lower <= _NEAR and upper - stop <= _NEAR:  # a short clause: walk it
        while start > lower and text[start - 1] not in signs:
            start -= 1
        while stop < upper and text[stop] not in signs:
            stop += 1
        return start, stop
    stops = _stops(text, signs)
    if start > lower:
        index = bisect.bisect_left(stops, start)
        start = max(lower, stops[index - 1] + 1) if index else lower
    if stop < upper:
        after = bisect.bisect_left(stops, stop)
        stop = min(upper, stops[after]) if after < len(stops) else upper
    return start, stop


def _clause(text: str, begin: int, end: int, lower: int, upper: int) -> tuple[int, int]:
    return _between(text, _CLAUSE_ENDS, (begin, end), (lower, upper))


def _inside(ranges: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < stop for start, stop in ranges)


def _next_number(text: str, position: int, end: int) -> re.Match[str] | None:
    """The next number with its measure word from ``position`` on (see ``_NUMBER``)."""
    if 0 < position < end and text[position].isdecimal() and text[position - 1].isdecimal():
        here = _RUN_NUMBER.match(text, position, end)
        if here is not None:
            return here
    return _NUMBER.search(text, position, end)


def _target_matches(text: str, begin: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_TARGET.finditer(text, begin, end)``, found without trying every position.

    A match starts at a number (found by ``_NUMBER``), at the comparator just before it, or at
    ``全覆盖``; comparators hold no digits or numerals, so the earliest number fixes the match.
    """
    position = begin
    number = _next_number(text, position, end)
    whole = text.find(_WHOLE, position, end)
    while number is not None or whole >= 0:
        if number is not None and (whole < 0 or number.start() < whole):
            start = found = number.start()
            if found - 3 >= position and text.startswith(_BEFORE_3, found - 3, found):
                start = found - 3
            elif found - 2 >= position and text.startswith(_BEFORE_2, found - 2, found):
                start = found - 2
            elif found - 1 >= position and text.startswith(_BEFORE_1, found - 1, found):
                start = found - 1
        else:
            start = whole
        match = _TARGET.match(text, start, end)
        if match is None:  # pragma: no cover  (the two patterns agree by construction)
            raise AssertionError((text, start))
        yield match
        position = match.end()
        if number is not None and number.start() < position:
            number = _next_number(text, position, end)
        if 0 <= whole < position:
            whole = text.find(_WHOLE, position, end)


def find_targets(segments: list[Segment]) -> list[Target]:
    """Quantitative targets: ``100%``, ``2个以上``, ``不少于3次``, ``达到90%以上``, ``全覆盖``.

    Years, dates, ordinals (第十二次), anniversaries (60周年) and numbers inside names (《二十条》,
    “1+4”) are not targets. A Chinese numeral counts only with a comparator (不少于三次, also a few
    words before it: 至少建设一所) or as a quota after 每 (每年召开两次会议; 每季度开展一次 is how
    often, timing). Conditions, grants and rates are not targets either (see ``_not_a_goal``).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("选择2个以上部门，100%审核，纪念60周年，“1+4”举措")[0]
        >>> [(t.text, t.comparator.value, t.value) for t in find_targets([(line, 0, len(line.text))])]
        [('2个以上', 'ge', 2.0), ('100%', 'eq', 100.0)]
    """
    return [Target.model_validate(fields) for fields in target_fields(segments)]


def target_fields(segments: list[Segment]) -> list[dict[str, Any]]:
    """[`find_targets`][rulegov.parse._facts.find_targets], the fields of each target.

    For a model that validates them in the call that makes it (a task, a plan): one call for
    the whole plan costs less than one for each target.
    """
    targets: list[dict[str, Any]] = []
    for line, begin, end in segments:
        text = line.text
        ranges: list[tuple[int, int]] | None = None
        for match in _target_matches(text, begin, end):
            start = match.start()
            if start > 0 and text[start - 1] in _NO_NUMBER_BEFORE and not match.group("pre"):
                continue
            if match.end() < len(text) and text[match.end()] in _NO_NUMBER_AFTER:
                continue
            if ranges is None:
                ranges = shielded(text, begin, end)
            if ranges and _inside(ranges, start):
                continue
            if _not_a_goal(text, match, begin, end):
                continue
            target = _target(line, match, begin, end)
            if target is not None:
                targets.append(target)
        targets.extend(_coverage(line, begin, end, targets))
    return targets


# Coverage of every one of a kind (覆盖每个乡镇、村和社区, 覆盖所有执法部门): a qualitative target,
# read to the end of its clause, as 全覆盖 is, with a note in brackets (所有村(社区)); a list of
# kinds runs to 40 characters at most, a note to 10, so a run-on line is not read as one target.
_COVERAGE = re.compile(
    r"覆盖(?:到)?(?:每一个|每个|所有|全部)(?:[^,;。!?:()]|\([^()]{1,10}\)){1,40}"
)
# What is covered already (平台已覆盖所有乡镇), in its clause: a status, not a target; and the words
# of a sentence that reports where the work stands (目前, 截至).
_REACHED = re.compile("已")
_STATUS = re.compile("|".join(STATUS_WORDS))
_SENTENCE_ENDS = "。;!?"


def _coverage(
    line: Line, begin: int, end: int, found: list[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """The targets of coverage of every one of a kind in ``line.text[begin:end]``.

    One that holds a number read already (覆盖所有100个村) is that number's target; one that
    reports what is covered already (目前,平台已覆盖所有乡镇) is none.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("2015年,法治文化阵地覆盖每个乡镇、村和社区。")[0]
        >>> [t["text"] for t in _coverage(line, 0, len(line.text), [])]
        ['覆盖每个乡镇、村和社区']
        >>> line = split_lines("目前,平台已覆盖所有乡镇和村(社区)。")[0]
        >>> [t["text"] for t in _coverage(line, 0, len(line.text), [])]
        []
    """
    text = line.text
    if text.find("覆盖", begin, end) < 0:
        return
    numbers = [(t["span"]["start"], t["span"]["end"]) for t in found]
    for match in _COVERAGE.finditer(text, begin, end):
        span = span_fields(line, *match.span())
        if any(span["start"] <= a and b <= span["end"] for a, b in numbers):
            continue
        first, last = _clause(text, match.start(), match.end(), begin, end)
        if _reached(text, match.start(), first, begin, end):
            continue
        yield {
            "metric": line.printed(first, last),
            "text": line.printed(*match.span()),
            "span": span,
        }


def _reached(text: str, start: int, first: int, begin: int, end: int) -> bool:
    """Whether the coverage at ``start`` is reported as reached, in its clause from ``first``.

    已 or a result's word before it in its clause (平台已覆盖…, 先后覆盖…), or a word of where the work
    stands before it in its sentence (目前,平台…覆盖…).
    """
    if _found(_REACHED, text, first, start) or _found(_RESULT, text, first, start):
        return True
    opening, _ = _between(text, _SENTENCE_ENDS, (start, start), (begin, end))
    return _found(_STATUS, text, opening, start)


def _part(text: str, start: int, stop: int, begin: int, end: int) -> tuple[int, int]:
    """The stretch of ``text[begin:end]`` around ``text[start:stop]`` between , ; 。 ! ? and :."""
    return _between(text, ",;。!?:", (start, stop), (begin, end))


def _not_a_goal(text: str, match: re.Match[str], begin: int, end: int) -> bool:
    """Whether a number is a condition, a grant or a rate, not a target the plan sets.

    - A condition of eligibility (对总投资5000万元以上的项目, 对参保职工30人以下的企业,
      职工30人(含)以下);
    - a sum of money or a share granted or budgeted (给予最高5000万元支持, 设立2.43亿元专项资金,
      给予税额50%的补贴), or a price (8元/平方米);
    - a rate of calculation (按投资额的10%给予补助);
    - a result reported (先后8次作出批示, 印发了15家单位的规定).

    Examples:
        >>> text = "对总投资5000万元以上的项目,给予最高500万元支持,按投资额的10%补助"
        >>> [_not_a_goal(text, m, 0, len(text)) for m in _TARGET.finditer(text)]
        [True, True, True]
        >>> text = "今明两年投资270亿元,每年培训不少于2次"
        >>> [_not_a_goal(text, m, 0, len(text)) for m in _TARGET.finditer(text)]
        [False, False]
    """
    start, stop = match.span()
    if match.group("whole"):
        return start > begin and text[start - 1] in "健齐"  # 健全覆盖…的机制: 健全, not 全覆盖
    if _a_class_bound(text, match):
        return True
    first, last = _part(text, start, stop, begin, end)
    return (
        _a_condition(text, start, stop, first, last)
        or _a_grant_or_rate(text, match, first)
        or _a_size_towards(text, match, first)
    )


def _a_size_towards(text: str, match: re.Match[str], first: int) -> bool:
    """Whether a size with 以上 or 以下 after 对 names whom a rule is for, though no 的 follows.

    A rule of the genre: 对 before a bounded size in its clause (要对年发运量5万吨以上车站实行派驻管理,
    对职工30人以上企业开展检查) names the entities the work is done to, not a goal.

    Examples:
        >>> text = "要对年发运量5万吨以上车站实行派驻管理"
        >>> _a_size_towards(text, _TARGET.search(text), 0)
        True
        >>> text = "对照要求,产量保持在5万吨以上"
        >>> _a_size_towards(text, _TARGET.search(text), 5)
        False
    """
    if match.group("post") not in ("以上", "以下") or match.group("unit") not in _SIZES:
        return False
    return _found(_TOWARDS, text, first, match.start())


def _a_class_bound(text: str, match: re.Match[str]) -> bool:
    """Whether the number bounds the class of what a rule applies to: a size, not a goal.

    A sum or a headcount with 以上 or 以下 before 的 (总投资1000万元以上的项目, 月销售额15万元以下的
    小规模纳税人, 职工30人以上的企业), and any 以下的, names whom a rule is for.

    Examples:
        >>> [_a_class_bound(t, _TARGET.search(t)) for t in ("15万元以下的纳税人", "建成5个以上的示范点")]
        [True, False]
    """
    post = match.group("post")
    if post not in ("以上", "以下") or not text.startswith("的", match.end()):
        return False
    return post == "以下" or match.group("unit") in _SIZES


# The units of a size that bounds a class (1000万元以上的项目, 30人以上的企业).
_SIZES = frozenset({*("元", "万元", "亿元"), "人", *("吨", "万吨", "亩", "万亩")})


def _a_condition(text: str, start: int, stop: int, first: int, last: int) -> bool:
    """Whether ``text[start:stop]`` bounds a class, states or loosens a condition or reports a result."""
    # a bound whose edge is stated in brackets, in or out (30人(含)以下, 6亩以下(不含6亩)), bounds
    # a class, and the number in the note is that edge again
    if (
        text.startswith(("(含)", "(不含"), stop)
        or text.endswith(("(含", "(不含"), first, start)
        or _found(_RESULT, text, first, start)
        or _found(_RELAXED, text, first, start)
    ):
        return True
    return _found(_TOWARDS, text, first, start) and _sign_in(text, "的", stop, last) >= 0


def _a_grant_or_rate(text: str, match: re.Match[str], first: int) -> bool:
    """Whether a sum or a share is granted, budgeted, a price or a rate of calculation."""
    start, stop = match.span()
    unit = match.group("unit")
    if unit in _MONEY and text.startswith("/", stop):
        return True  # a price (8元/平方米)
    if unit not in _MONEY and unit != "%":
        return False
    if _found(_GRANT, text, first, start):
        return True  # a grant or a budget, or the share granted (给予…50%的财政支持)
    return (
        unit == "%"
        and start > first
        and text[start - 1] == "的"
        and (_sign_in(text, "按", first, start) >= 0)
    )


_METRIC_REACH = 100
"""How far a target's metric reaches from its number on either side, at most (characters)."""


def _target(line: Line, match: re.Match[str], begin: int, end: int) -> dict[str, Any] | None:
    text = line.text
    first, last = _clause(text, match.start(), match.end(), begin, end)
    # a clause's words around its number, at most _METRIC_REACH characters on either side: a
    # run-on line of thousands of numbers gives each its own few words, not the whole line
    first = max(first, match.start() - _METRIC_REACH)
    last = min(last, match.end() + _METRIC_REACH)
    metric = line.printed(first, last)
    if match.group("whole"):  # 全覆盖: a qualitative target, checked by words, not a number
        return {
            "metric": metric,
            "text": line.printed(*match.span()),
            "span": span_fields(line, *match.span()),
        }
    pre = match.group("pre")
    post = match.group("post")
    raw = match.group("num")
    unit = match.group("unit")
    if unit in _DURATIONS and text.startswith("内", match.end("unit")):
        return None
    start = match.start()
    if not pre and not post:
        distant = _DISTANT_COMPARATOR.search(text, max(begin, start - 8), start)
        if distant is not None:  # 至少建设一所
            pre = distant.group(1)
            start = distant.start()
    once = raw == "一" and unit == "次"  # 每季度开展一次: how often, which is timing
    if not raw[0].isdecimal() and not (pre or post or (not once and _per_each(text, start, begin))):
        return None
    value = _number(raw)
    if value is None or not math.isfinite(value) or (unit == "%" and value > 100):
        return None  # a number too long for a float (inf) is no target; the text keeps it
    comparator = Comparator.EQ
    if pre:
        comparator = _PRE[pre]
    if post:
        comparator = _POST[post]
    return {
        "metric": metric,
        "comparator": comparator,
        "value": value,
        "unit_of_measure": unit,
        "direction": Direction.LOWER_IS_BETTER if pre in _DECREASES else Direction.HIGHER_IS_BETTER,
        "text": line.printed(start, match.end()),
        "span": span_fields(line, start, match.end()),
    }


def _per_each(text: str, start: int, begin: int) -> bool:
    """Whether 每 (each) stands before ``start`` in its clause: a quota (每年召开两次会议).

    每 right before the numeral (每一个村, 每两年) counts the period or the things, not a quota;
    下一个月 or 同一个 names one, it does not count.

    Examples:
        >>> _per_each("每年召开两次会议", 4, 0), _per_each("每一个村", 1, 0)
        (True, False)
    """
    lower, _ = _between(text, ",;。!?:", (start, start), (begin, start))
    each = _sign_in(text, "每", lower, start)
    return 0 <= each < start - 1 and text[start - 1] not in "上下同某这那"  # 下一个月: no count


# Words after which the name of a cited document's issuer starts (贯彻落实…《, 和省委依法治省办《).
_ISSUER_AFTER = (
    "落实",
    "贯彻",
    "执行",
    "转发",
    "印发",
    "根据",
    "依据",
    "按照",
    "对照",
    "和",
    "及",
    "与",
)
_MAX_ISSUER = 24
# The stretch before a 《 with none of these in it, and the last of the words above in that stretch
# (no two of the words can overlap, so the last match found left to right is the last one).
_ISSUER_STOPS = ",;。:、》)!?“”"
_LAST_STOP = re.compile(rf"[{_ISSUER_STOPS}][^{_ISSUER_STOPS}]*\Z")
_ISSUER_AFTER_WORDS = re.compile("|".join(_ISSUER_AFTER))


def citation_issuer(text: str, opened: int, lower: int) -> tuple[int, int] | None:
    """The range of the issuing body's name printed just before a ``《``, if there is one.

    Examples:
        >>> text = "全面落实中央全面依法治国委员会《意见》"
        >>> a, b = citation_issuer(text, text.index("《"), 0)
        >>> text[a:b]
        '中央全面依法治国委员会'
    """
    lowest = max(lower, opened - _MAX_ISSUER)
    # the stretch starts after the last stop before the 《 (one pass, where searching for the
    # stretch itself would try every start and read on to the 《 from each)
    stop = _LAST_STOP.search(text, lowest, opened)
    begin = stop.start() + 1 if stop is not None else lowest
    for word in _ISSUER_AFTER_WORDS.finditer(text, begin, opened):
        begin = max(begin, word.end())
    if begin < opened and text.endswith(CITED_ISSUER_ENDS, begin, opened):
        return begin, opened
    return None


def _bare_title(printed: str) -> str | None:
    """A cited title without doubled outer brackets (《《…》》 is 《…》); None when nothing is left."""
    title = printed
    while title.startswith("《") and title.endswith("》") and len(title) >= 2:
        title = title[1:-1]
    if not title or title.startswith("《") or title.endswith("》"):
        return None
    return title
