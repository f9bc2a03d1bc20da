"""The state of the scheme reader and the text it reads: lines, cells and the items found.

[`Reader`][] holds what the stages have found (items, rules, bands, quotas, raters, diagnostics)
and [`Item`][] is an item being read, with its spans. The intake helpers turn the text into what the
stages read: a sharing site's numbered pages joined back (``join_pages``), a web page's pipe rows
as cells one a line (``cells_as_lines``), each line with its offset and inline ``1.…(5分)；2.…``
split (``text_lines``), the cells of a row (``split_cells``), the numbering marker and the points
that open or close a line (``find_marker``, ``points_in``). The helpers over the tree of items (walk
it, place a heading where its points have room) are here too, since every stage uses them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING, Any

import attrs

from rulegov._text import line_breaks, line_column_at, without_cuts
from rulegov.parse._numbering import chinese_to_int
from rulegov.parse._scheme_words import (
    BONUS_HEADING,
    BONUS_SECTION,
    COLON_POINTS,
    DOUBLED_HEADINGS,
    EARNED,
    HUNDRED,
    INLINE_ITEM,
    INLINE_SPACED,
    LEVEL_AWARD,
    MARKERS,
    NOT_POINTS_BEFORE,
    NUMBER,
    PENALTY_SECTION,
    POINTS_BARE,
    POINTS_CLOSING,
    POINTS_PAREN,
    PRODUCT_PAREN,
    SCORE_LEVEL,
    SPACED_HEADING_WORD,
    SPACED_HEADINGS,
    TAKE,
    TOTAL,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "POINTS_CELL",
    "Item",
    "Reader",
    "Row",
    "Taken",
    "bare_labelled_points",
    "bare_points",
    "broken_takes",
    "cells_as_lines",
    "clean_title",
    "doubled_headings",
    "find_marker",
    "has_points",
    "is_section_title",
    "join_pages",
    "levels_after_title",
    "levels_of_one",
    "list_part",
    "manual_leaf",
    "mark_used",
    "node_head",
    "page_furniture",
    "pages_joined",
    "paragraph_marks",
    "pipe_blocks",
    "points_in",
    "points_sum",
    "pop_to_room",
    "room_of",
    "row_cells",
    "section_of",
    "share_points",
    "spaced_headings",
    "split_cells",
    "spread_points",
    "standard_text",
    "strip_points",
    "summed_run",
    "text_lines",
    "tight_points",
    "walk",
    "walk_nodes",
    "weight_points",
]


@attrs.define(slots=True)
class Item:
    """An item being read: its number path, title, points and standard, with their spans."""

    level: int
    title: str
    start: int
    end: int
    points: float | None
    section: str = "items"
    standard: list[tuple[int, str]] = attrs.field(factory=list)
    children: list[Item] = attrs.field(factory=list)
    number: str = ""
    """The item's number as printed (``1、``), where a numbered line gave it."""


@attrs.define(slots=True)
class Reader:
    """What the reader has found so far."""

    text: str
    source: str | None
    original: str = ""
    """The text as printed (traditional characters kept), at the same offsets as ``text``."""
    lines_of: str = ""
    """The text whose lines count in diagnostics, at the same offsets as ``text`` (``text`` if empty)."""
    roots: list[Item] = attrs.field(factory=list)
    rules: list[dict[str, Any]] = attrs.field(factory=list)
    bands: list[dict[str, Any]] = attrs.field(factory=list)
    quotas: list[dict[str, Any]] = attrs.field(factory=list)
    raters: list[tuple[str, float, int, int]] = attrs.field(factory=list)
    diagnostics: list[dict[str, Any]] = attrs.field(factory=list)
    bonus_cap: tuple[float, int, int] | None = None
    penalty_cap: tuple[float, int, int] | None = None
    total: float | None = None
    digits: int | None = None
    """The digits the document shows scores with (保留一位小数), if it says."""
    used: list[tuple[int, int]] = attrs.field(factory=list)
    merged: list[tuple[int, int]] = attrs.field(factory=list)
    merged_from: int = -1
    repeated: list[tuple[int, int]] = attrs.field(factory=list)
    spread: list[Item] = attrs.field(factory=list)
    """Groups of table rows that all state the same points, perhaps one merged cell's repeats."""
    """Spans of table cells read as no item of their own: a merged cell's repeat, a total row."""
    lead_ins: list[tuple[int, int]] = attrs.field(factory=list)
    """Spans of clauses read as the lead-in of the rules that follow (有下列情形之一的…：)."""
    highest_only: list[tuple[int, int]] = attrs.field(factory=list)
    """Spans of clauses that count only the highest of several bonuses (不重复加分)."""
    listed: list[tuple[int, int]] = attrs.field(factory=list)
    """Spans of the sentences that list the appraisal's parts with their points (see
    ``read_stated_parts``): a rule after one is the whole appraisal's, not the last part's."""
    placed: int = 0
    """How many rules were read from clauses outside every item (nearest item, penalty block)."""
    breaks: tuple[str, list[int]] | None = None
    """The text lines are counted in, with the offsets of its line breaks (see ``line_column``)."""
    counted: dict[str, tuple[int, int, object]] = attrs.field(factory=dict)
    """For each kind of rule: how many ``rules`` were looked at, how many of the kind were among
    them, and the last rule looked at (to tell that the list only grew since)."""
    bonus_read: tuple[int, object, set[tuple[int, int]]] = attrs.field(
        factory=lambda: (0, None, set())
    )
    """How many ``rules`` were looked at for bonuses, the last of them, and the bonuses' spans."""

    def next_number(self, kind: str) -> int:
        """One more than the rules of ``kind`` so far: the number in the next one's id.

        Only the rules added since the last call are counted, so that a document of many
        clauses is numbered in linear time; a list that did not only grow is counted again.
        """
        seen, count, last = self.counted.get(kind, (0, 0, None))
        if seen > len(self.rules) or (seen and self.rules[seen - 1] is not last):
            seen, count = 0, 0
        count += sum(1 for rule in self.rules[seen:] if rule["kind"] == kind)
        self.counted[kind] = (len(self.rules), count, self.rules[-1] if self.rules else None)
        return count + 1

    def bonus_spans(self) -> set[tuple[int, int]]:
        """The spans of the bonus rules read so far (a copy, free to grow).

        Only the rules added since the last call are looked at, so that a document of many
        items is read in linear time; a list that did not only grow is looked at again.
        """
        seen, last, spans = self.bonus_read
        if seen > len(self.rules) or (seen and self.rules[seen - 1] is not last):
            seen, spans = 0, set()
        spans |= {
            (rule["span"]["start"], rule["span"]["end"])
            for rule in self.rules[seen:]
            if rule.get("kind") == "bonus" and "span" in rule
        }
        self.bonus_read = (len(self.rules), self.rules[-1] if self.rules else None, spans)
        return set(spans)

    def line_column(self, offset: int) -> tuple[int, int]:
        """The line and column of ``offset`` in ``lines_of`` (or ``text``), by bisection.

        The offsets of the line breaks are found once for the text: a document with many
        diagnostics is placed in linear time, not by counting from its start each time.
        """
        where = self.lines_of or self.text
        if self.breaks is None or self.breaks[0] is not where:
            self.breaks = (where, line_breaks(where))
        return line_column_at(self.breaks[1], offset)

    def diagnose(
        self, code: str, message: str, start: int, end: int, severity: str = "warning"
    ) -> None:
        line, column = self.line_column(start)
        self.diagnostics.append(
            {
                "severity": severity,
                "code": code,
                "message": message,
                "line": line,
                "column": column,
                "span": {"start": start, "end": end},
            }
        )


# A table given as pipe rows (|序号|考核项目|分值|评分标准|), as the web-page reader gives it, is
# also read with its cells one a line, as a copy of the page gives them: when the rows leave
# many more of the table's points unaccounted for, the cells one a line are the reading kept.
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)


def pipe_blocks(text: str) -> list[list[tuple[int, int]]]:
    """The runs of pipe rows in ``text`` (two rows or more), as the spans of their lines."""
    blocks: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for found in _PIPE_ROW.finditer(text):
        if run and text[run[-1][1] : found.start()].strip():
            if len(run) >= 2:
                blocks.append(run)
            run = []
        run.append((found.start(), found.end()))
    if len(run) >= 2:
        blocks.append(run)
    return blocks


def row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the cells of the pipe row at ``start:end`` (between its pipes)."""
    bars = [start + index for index, char in enumerate(text[start:end]) if char == "|"]
    return [(left + 1, right) for left, right in itertools.pairwise(bars)]


def cells_as_lines(text: str, blocks: list[list[tuple[int, int]]]) -> str:
    """``text`` with the tables' pipes as line breaks, a merged cell's repeat blanked.

    Every offset stays where it was: a pipe becomes a line break, a repeated cell spaces.
    """
    chars = list(text)
    for block in blocks:
        above: list[str] = []
        for start, end in block:
            cells = row_cells(text, start, end)
            texts = [text[left:right].strip() for left, right in cells]
            for column, (left, right) in enumerate(cells):
                if texts[column] and column < len(above) and texts[column] == above[column]:
                    chars[left:right] = " " * (right - left)
            for index in range(start, end):
                if chars[index] == "|":
                    chars[index] = "\n"
            above = texts
    return "".join(chars)


_PAGE_LINE = 150
"""The fewest characters of a page of a sharing site's copy (a page is one long line)."""


# A paragraph mark a copy prints as the letter Р (U+0420) between the cells of a table
# (…工作部Р署情况Р10分Р1Р认真贯彻…): never a letter of a Chinese document, so when it stands
# several times beside Chinese characters or figures each one is a line break.
_PARAGRAPH_MARK = re.compile(r"(?<=[\u4e00-\u9fff\d。，,；;、）)%])Р|Р(?=[\u4e00-\u9fff\d（(])")
_PARAGRAPH_MARKS = 3


def paragraph_marks(text: str) -> str:
    r"""A copy's paragraph marks printed as the letter ``Р`` made line breaks, one for one.

    Examples:
        >>> paragraph_marks("考核项目Р分值Р组织领导Р10分")
        '考核项目\n分值\n组织领导\n10分'
        >>> paragraph_marks("ООО «Рога»")
        'ООО «Рога»'
    """
    if len(_PARAGRAPH_MARK.findall(text)) < _PARAGRAPH_MARKS:
        return text
    return _PARAGRAPH_MARK.sub("\n", text)


_GAP = r"[ \t\u3000]*"
_PAGE_NUMBER_LINE = re.compile(
    rf"(?m)^{_GAP}(?:[-—－–─]{{1,2}}{_GAP}\d{{1,3}}{_GAP}[-—－–─]{{1,2}}"
    rf"|第{_GAP}\d{{1,3}}{_GAP}页(?:{_GAP}[,，/／]?{_GAP}共{_GAP}\d{{1,3}}{_GAP}页)?"
    rf"|共{_GAP}\d{{1,3}}{_GAP}页{_GAP}[,，]?{_GAP}第{_GAP}\d{{1,3}}{_GAP}页){_GAP}\r?$"
)
"""A line that holds only a page number, as a printed page's footer or header prints it."""


def page_furniture(text: str) -> str:
    r"""``text`` without what a printed page adds between its rows, one character for one.

    A page number alone on a line (``— 2 —``, ``- 12 -``, ``第2页``, ``第 2 页 共 5 页``), which a
    PDF's or a printed copy's text keeps between two rows of a table, becomes a blank line; the
    carriage return of a Windows line end (``\r\n``) becomes a space at the end of its line.
    Every offset into the text stays where it was.

    Examples:
        >>> page_furniture("一、领导(5分)\r\n— 2 —\r\n二、制度(5分)")
        '一、领导(5分) \n      \n二、制度(5分)'
        >>> page_furniture("1.会议\n第 3 页 共 9 页\n2.培训")
        '1.会议\n           \n2.培训'
    """
    if "\r\n" in text:
        text = text.replace("\r\n", " \n")
    return _PAGE_NUMBER_LINE.sub(lambda found: " " * len(found.group()), text)


_SPACED_POINTS = re.compile(
    rf"(?<=[^\s\d.\-－—~～(（{NOT_POINTS_BEFORE}含以、])(\d+(?:\.\d+)?)( +)分"
    r"(?![值数钟内]|以[上下内]|为限|[（(] ?不?含)"
)
"""A figure and 分 with spaces between (``组织领导10 分``); not what a rule takes (``扣1 分``),
nor a bound on a score (``在80 分以下的`` · ``90 分(含90 分)以上`` · ``至90 分(不含90 分)`` ·
``在2 分内酌情扣分`` · ``以3 分为限``), nor the next of a list of points (``分别奖3分、1 分``)."""
_OPEN_BRACKET = re.compile(r"[（(][^（()）\n]*$")
"""An open bracket before a figure on its line: points inside it stay as printed (``（每项2 分）``)."""
_BRACKET_REACH = 80
"""How far before a figure its bracket is looked for: a bounded look keeps the fold linear."""
_RULE_NEAR = re.compile(r"[扣减加奖罚][^。；;，,]*$")
_RULE_REACH = 5
"""How far before a figure, in its clause, a rule's verb makes it what the rule takes
(``倒扣基础分2 分``)."""


_LABELLED_CELL = re.compile(
    r"(?m)^([ \t|]*)((?:标准分值?|基本分|基础分)[ \t]*[为是：:]?[ \t]*)"
    r"(?=\d+(?:\.\d+)?[ \t]*分?[ \t]*[。；;]?[ \t]*\|?[ \t]*$)"
)


def bare_labelled_points(text: str) -> str:
    r"""``text`` with the label of a points cell that stands alone on its line made spaces.

    A table copied one cell a line may print its points cell with its label (``标准分5分`` ·
    ``| 基本分：10分``); without the label it is the bare points cell (``5分``) the readers of such
    tables know. One character for one, so every offset into the text stays where it was; a
    label inside a line (``（基本分10分）``, ``标准分5分，未建立的扣2分``) is left as printed.

    Examples:
        >>> bare_labelled_points("有专职管理人员。\n| 标准分5分\n基本分：10分")
        '有专职管理人员。\n|    5分\n    10分'
    """
    if "分" not in text:
        return text
    return _LABELLED_CELL.sub(lambda found: found.group(1) + " " * len(found.group(2)), text)


def tight_points(text: str) -> str:
    """``text`` with the space of typeset points (``5 分``) moved before the figure.

    A typeset document sets a space between a number and 分 (``组织领导10 分``); the points read
    as ``组织领导 10分`` once the space stands before the figure, one character for one, so every
    offset into the text stays where it was. A figure that a space already opens (``扣 1 分``)
    or that a rule takes or counts (``扣1 分``, ``1-2 分``) is left as printed.

    Examples:
        >>> tight_points("组织领导10 分未成立的扣1 分。1-2 分")
        '组织领导 10分未成立的扣1 分。1-2 分'
        >>> tight_points("分值 5 分钟")
        '分值 5 分钟'
    """
    if " " not in text:
        return text
    return _SPACED_POINTS.sub(_tightened, text)


def _tightened(found: re.Match[str]) -> str:
    """Spaced points with the space before the figure, unless a bracket or a rule holds them."""
    reach = max(0, found.start() - _BRACKET_REACH)
    line_start = max(found.string.rfind("\n", reach, found.start()) + 1, reach)
    if _OPEN_BRACKET.search(found.string, line_start, found.start()):
        return found.group()
    if _RULE_NEAR.search(found.string, max(line_start, found.start() - _RULE_REACH), found.start()):
        return found.group()  # 倒扣基础分2 分 · 分别奖3 分: what a rule takes or gives
    return found[2] + found[1] + "分"


# A cell opens at a line's start or after a pipe or a tab, where spaces may pad it, or after a
# run of two spaces or more, which it ends: matched without the run, so that no position inside
# a long run of spaces scans the rest of the run again (linear time).
_WEIGHT_HEADING = re.compile(
    r"(?:(?:^|(?<=[|\t]))[ \u3000]*|(?<=[ \u3000]{2}))(?:指标|分值)?权重[ \u3000]*"
    r"(?:[（(][%％][）)])?[ \u3000]*(?=$|[|\t]|[ \u3000]{2})",
    re.MULTILINE,
)
"""A table header's weights column (权重 · 指标权重 · 权重（%）), a cell of its own."""
_WEIGHT_CELL = re.compile(
    r"((?:(?:^|(?<=[|\t]))[ \u3000]*|(?<=[ \u3000]{2}))[（(]?\d{1,3}(?:\.\d+)?)[%％]"
    r"(?=[）)]?[ \u3000]*(?:$|[|\t]|[ \u3000]{2}))"
    r"|(?<=[^\d\s%％（(])([（(]\d{1,3}(?:\.\d+)?)[%％](?=[）)][ \u3000]*(?:$|[|\t]|[ \u3000]{2}))",
    re.MULTILINE,
)
"""A weight as a cell of its own (``10%``) or closing a name's cell (``行政决策（30%）``)."""


# A whole of a hundred points as a system states it (总分值为100分 · 一级指标的总分值为100分 · 满分100分)
_WHOLE_OF_A_HUNDRED = re.compile(r"(?:总分值|总分|满分)\s*(?:为|是|[:：])?\s*100\s*分")
# A part's share of that whole closing its name: （占总分值的15%） · (占总分15%)
_SHARE_OF_THE_WHOLE = re.compile(
    r"([（(]占\s*(?:总分值|总分)的?\s*\d{1,3}(?:\.\d+)?)[%％](?=\s*[）)])"
)


def share_points(text: str) -> str:
    r"""``text`` with each part's share of a stated whole of a hundred points read as its points.

    An indicator system states its whole (8项一级指标的总分值为100分) and weighs each 一级指标 as a
    share of it after the part's name (一、制度建设（占总分值的15%）): of a hundred, a share of 15%
    is 15 points. After a statement of a whole of 100 points, each share of the whole in a
    bracket reads as points, one character for one (% for 分), so every offset stays where it
    was. A share of a whole stated otherwise (200分), or of none, stays as printed.

    Examples:
        >>> share_points("总分值为100分。\n一、制度建设（占总分值的15%）")
        '总分值为100分。\n一、制度建设（占总分值的15分）'
        >>> share_points("总分值为200分。\n一、制度建设（占总分值的15%）")
        '总分值为200分。\n一、制度建设（占总分值的15%）'
    """
    whole = _WHOLE_OF_A_HUNDRED.search(text)
    if whole is None:
        return text
    return text[: whole.end()] + _SHARE_OF_THE_WHOLE.sub(r"\g<1>分", text[whole.end() :])


def weight_points(text: str) -> str:
    r"""``text`` with the weights of a table weighed in per cent read as points (``10%`` as ``10分``).

    An indicator system weighs its items in a 权重 column, a share of a hundred: a weight of
    10% is 10 of the hundred points, and a group's weight closes its name (``行政决策（30%）``).
    After a header with a 权重 cell, each weight in a cell of its own, or closing a group's name
    in the row's first cell (after its serial), reads as points, one character for one (% for
    分), so every offset stays where it was. A share inside a sentence (达到100%) or an
    indicator's (群众满意度（90%）) is no weight and stays as printed.

    Examples:
        >>> weight_points("指标 | 权重 | 评分标准\n行政决策（30%） | 15% | 达到100%的得满分")
        '指标 | 权重 | 评分标准\n行政决策（30分） | 15分 | 达到100%的得满分'
        >>> weight_points("考核内容 | 分值\n办结率达到90% | 10")
        '考核内容 | 分值\n办结率达到90% | 10'
    """
    heading = _WEIGHT_HEADING.search(text)
    if heading is None:
        return text
    start = text.rfind("\n", 0, heading.start()) + 1
    before, after = text[:start], text[start:]
    header = _CELL_START.split(after[: after.find("\n") if "\n" in after else len(after)])
    targets = {index for index, cell in enumerate(header) if _TARGET_HEADING.match(cell)}

    def weighed(found: re.Match[str]) -> str:
        line_start = after.rfind("\n", 0, found.start()) + 1
        line_end = after.find("\n", found.start())
        cells = _CELL_START.split(after[line_start : line_end if line_end >= 0 else len(after)])
        at = len(_CELL_START.split(after[line_start : found.start()])) - 1
        if found[1] is not None and len(cells) == len(header) and at in targets:
            return found.group()  # a share under the 目标值 column is the indicator's target
        if found[2] is not None:
            line = after[after.rfind("\n", 0, found.start()) + 1 : found.start()]
            *cells_before, cell = _CELL_START.split(line)
            if _SHARE_WORD.search(cell) or not all(_SERIAL_CELL.fullmatch(c) for c in cells_before):
                # 普及率（95%）, or a share in an indicator's cell after its group's: no weight
                return found.group()
        return (found[1] or found[2]) + "分"

    return before + _WEIGHT_CELL.sub(weighed, after)


_CELL_START = re.compile(r"\n|\||\t|[ \u3000]{2,}")
_TARGET_HEADING = re.compile(
    r"[ \u3000]*(?:目标值|目标|标准值|指标值)[ \u3000]*(?:[（(][^）)]*[）)])?[ \u3000]*$"
)
"""A header's cell over the targets an indicator must reach (目标值 · 目标值（标准）)."""
_SHARE_WORD = re.compile(r"率|比例|比重|占比|覆盖|满意|知晓|达到|不[低少]于|以上")
"""Words of a target stated as a share (普及率 · 达到 · 不低于): its per cent is no weight."""
_SERIAL_CELL = re.compile(r"[ \u3000]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})?[.．、]?[ \u3000]*")
"""A cell before a group's name that holds no more than the row's serial, or nothing."""


_BROKEN_TAKE = re.compile(
    r"(?m)(?:(?<=扣)|(?<=扣除)|(?<=[的者，,][减加得]))[ \u3000]*\n"
    r"(?=[ \u3000]*\d{1,3}(?:\.\d+)?[ \u3000]*分[ \u3000]*[。；;，,）)]?[ \u3000]*$)"
)


def broken_takes(text: str) -> str:
    r"""``text`` with a rule broken right before its figure joined up again by a space.

    ``调整不及时的扣`` then ``1分`` on a line of its own: a copy broke the cell before its figure,
    which is no points cell of its own but the figure the rule takes (扣 · 扣除 · 的减 · 的加 ·
    的得). The line break turns into a space, one character for one, so every offset stays.

    Examples:
        >>> broken_takes("未成立的扣4分，调整不及时的扣\n1分\n专题研究\n6")
        '未成立的扣4分，调整不及时的扣 1分\n专题研究\n6'
    """
    if "\n" not in text:
        return text
    return _BROKEN_TAKE.sub(" ", text)


# a cell's edge before a word: a line's start, a pipe or a tab and the spaces after it, or a
# run of spaces that parts cells (two, or one beside an ideographic space) ending right before
# the word; the spaces of a run are taken only from the run's start, so that a run of thousands
# of spaces is not walked again from each of its places
_CELL_EDGE_BEFORE = r"(?:(?:^|(?<=\|)|(?<=\t))[ \u3000]*|(?<=  )|(?<=\u3000)|(?<=\u3000 ))"
_CELL_EDGE_AFTER = r"(?=[ \u3000]*(?:$|\||\t)|  |\u3000)"
_SPACED_HEADING = re.compile(
    r"(?m)"
    + _CELL_EDGE_BEFORE
    + "(?:"
    + "|".join("[ \\u3000]+".join(word) for word in sorted(SPACED_HEADINGS, key=len, reverse=True))
    + ")"
    + _CELL_EDGE_AFTER
)


def spaced_headings(text: str) -> str:
    """``text`` with the letter-spaced words of a table's head (``考 核 内 容``) closed up.

    A typeset table sets a space between the letters of its head's words (``项 目``, ``分 值``,
    ``备 注``); they read as the words once the spaces stand after them, one character for one,
    so every offset into the text stays where it was. Only whole words of a table's head that
    fill a cell (between pipes, tabs, runs of spaces or line ends) are closed up: never letters of
    a sentence, and never a word whose freed spaces would part a run of text into cells.

    Examples:
        >>> spaced_headings("项 目 | 考 核 内 容 | 分 值")
        '项目  | 考核内容    | 分值 '
        >>> spaced_headings("内 容丰富 · 类别 内 容 考核方法")
        '内 容丰富 · 类别 内 容 考核方法'
    """
    if " " not in text and "\u3000" not in text:
        return text
    return _HEADER_LINE.sub(_header_closed_up, _SPACED_HEADING.sub(_closed_up, text))


# a table's head whose cells single spaces part, its words letter-spaced by single spaces too
# (序 号 扣分内容 扣 分 标 准 备 注), as a typeset head copies: a line of words alone (no digit, no
# stop), two of them or more a heading word letter-spaced
_HEADER_LINE = re.compile(
    r"(?m)^[ \u3000]*[\u4e00-\u9fff]+(?:[ \u3000]+[\u4e00-\u9fff]+){3,}[ \u3000]*$"
)
_HEADER_LINE_SPACED_LEAST = 2
_HEAD_WORD = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:项目|内容|指标|事项|类别|要点|标准|细则|办法|方法|说明|依据|分值|分数"
    r"|标准分|基本分|基础分|得分|评分|序号|备注)$"
)


def _header_closed_up(found: re.Match[str]) -> str:
    line = found.group()
    spaced = list(SPACED_HEADING_WORD.finditer(line))
    if len(spaced) < _HEADER_LINE_SPACED_LEAST:
        return line
    closed = SPACED_HEADING_WORD.sub(_closed_up, line)
    # every word a word of a table's head (扣分内容 · 考核方法 · 备注): a row's words after the
    # head (全民科学素质) or a head wrapped onto the next line (…考核 · 组) leave the line as it is
    if not all(_HEAD_WORD.search(word) for word in closed.split()):
        return line
    return closed


def _closed_up(found: re.Match[str]) -> str:
    words = found.group()
    opening = len(words) - len(words.lstrip(" \u3000"))
    letters = "".join(words.split())
    return words[:opening] + letters + " " * (len(words) - opening - len(letters))


_DOUBLED_RUN = re.compile(r"([\u4e00-\u9fff])\1(?:[ \u3000]?([\u4e00-\u9fff])\2)*")
"""A run of characters each printed twice, pairs parted by a space at most (``序序 号号``)."""
_DOUBLED_LONGEST = max(len(word) for word in DOUBLED_HEADINGS)
_DOUBLED_HEADING_LINE = 60
"""A heading printed doubled (``考考核核细细则则``) stands on a line this long at most."""
_SENTENCE_MARKS = re.compile(r"[，,。；;：:！？]")


def doubled_headings(text: str) -> tuple[str, list[int]] | None:
    """``text`` with the words of a table's head and its headings printed doubled read once.

    A copy of a PDF whose bold type it took for two letters prints each character of a table's
    head and of a heading twice (``序序 号号``, ``考考核核内内容容``, ``分分 值值``). A run of
    characters each printed twice reads as one word when, read once, it is a word of a table's
    head or an appraisal document's heading (``DOUBLED_HEADINGS``), on a line that holds two such
    words (a header row) or that ends with it without a sentence's stops (a heading, a cell a
    line). Characters doubled in the language (常常, 人人, 层层, 项项) are no such word, and a
    run whose characters are not all doubled is no such run. ``None`` when nothing is read once;
    else the text and, for each of its offsets (and its end), that of the same character in
    ``text``.

    Examples:
        >>> doubled_headings("序序 号号 考考核核内内容容 分分 值值")[0]
        '序号 考核内容 分值'
        >>> doubled_headings("常常检查，人人参与") is None
        True
    """
    cuts: list[tuple[int, int]] = []  # spans of text to drop
    start = 0
    for line in text.splitlines(keepends=True):
        cuts.extend(_doubled_line(line, start))
        start += len(line)
    if not cuts:
        return None
    return without_cuts(text, cuts)


def _doubled_line(line: str, start: int) -> list[tuple[int, int]]:
    """The spans of one line (at ``start``) to drop to read its doubled words once."""
    words: list[tuple[int, int, list[int]]] = []  # (start, end, the offsets of the pairs)
    for run in _DOUBLED_RUN.finditer(line):
        pairs = _pair_starts(line, run.start(), run.end())
        letters = "".join(line[index] for index in pairs)
        index = 0
        while index < len(pairs):
            for stop in range(min(len(pairs), index + _DOUBLED_LONGEST), index + 1, -1):
                if letters[index:stop] in DOUBLED_HEADINGS:
                    words.append((pairs[index], pairs[stop - 1] + 2, pairs[index:stop]))
                    index = stop
                    break
            else:
                index += 1
    if not words:
        return []
    body = line.strip()
    heading = (
        len(body) <= _DOUBLED_HEADING_LINE
        and _SENTENCE_MARKS.search(body) is None
        and not line[words[-1][1] :].strip()
    )
    if len(words) < 2 and not heading:
        return []
    cuts: list[tuple[int, int]] = []
    for _, _, pairs in words:
        for first, second in itertools.pairwise(pairs):
            cuts.append((start + first + 1, start + second))  # the pair's twin, and a space
        cuts.append((start + pairs[-1] + 1, start + pairs[-1] + 2))
    return cuts


def _pair_starts(line: str, start: int, end: int) -> list[int]:
    """Where each pair of a doubled run (between ``start`` and ``end``) starts."""
    pairs: list[int] = []
    index = start
    while index < end:
        if line[index] in " \u3000":
            index += 1
            continue
        pairs.append(index)
        index += 2
    return pairs


def join_pages(text: str, *, lost_first: bool = False) -> str:
    """A sharing site's pages joined up: lines ``1、…`` ``2、…``, each a page cut anywhere.

    The text of ``pages_joined``, without where its characters stand.
    """
    return pages_joined(text, lost_first=lost_first)[0]


def pages_joined(text: str, *, lost_first: bool = False) -> tuple[str, list[int] | None]:
    """A sharing site's pages joined up, and where each character of them stands in ``text``.

    Document-sharing sites print a document as numbered pages, one long line each, cut in the
    middle of a sentence. When every line from the first ``1、`` on opens with its page number
    in turn, the lines but the last are long and one of them ends mid-sentence, the numbers and
    the breaks between the pages become spaces: one run of text, at the same offsets. With
    ``lost_first``, a copy whose first page lost its ``1、`` with the site's furniture before it
    is read the same way, from the last line before ``2、`` on, when that line ends mid-sentence.
    A figure that a page cut from its stop moves next to it (``_glue_cut_figure``): the second
    value maps each offset of the joined text (and its end) to the offset in ``text`` of the
    character that stands there, ``None`` where no character moved (each stands where it did).
    """
    lines = [  # the lines that hold more than spaces, each found once
        (found.start(), found.group())
        for found in re.finditer(r"[^\n]+", text)
        if not found.group().isspace()
    ]
    first = next((i for i, (_, line) in enumerate(lines) if line.lstrip().startswith("1、")), None)
    numbered = first is not None
    if first is None and lost_first:
        second = next(
            (i for i, (_, line) in enumerate(lines) if line.lstrip().startswith("2、")), None
        )
        first = second - 1 if second else None
    if first is None or len(lines) - first < 2:
        return text, None
    pages = lines[first:]
    if not all(
        line.lstrip().startswith(f"{k}、")
        for k, (_, line) in enumerate(pages, 1)
        if numbered or k > 1
    ):
        return text, None
    heads = [line.rstrip() for _, line in pages[:-1]]
    ends = ("。", "；", ";", "）", ")")
    if (
        any(len(line) < _PAGE_LINE for line in heads)
        or all(line.endswith(ends) for line in heads)
        or (not numbered and heads[0].endswith(ends))
    ):
        return text, None
    chars = list(text)
    where: list[int] | None = None
    previous_end: int | None = None
    for k, (offset, line) in enumerate(pages, 1):
        if not numbered and k == 1:
            previous_end = offset + len(line.rstrip())
            continue
        mark = offset + line.index(f"{k}、") + len(f"{k}、")
        start = previous_end if previous_end is not None else mark - len(f"{k}、")
        chars[start:mark] = " " * (mark - start)
        digits = _glue_cut_figure(chars, start, mark)
        if digits is not None:
            where = where or list(range(len(text) + 1))
            moved = mark - (start - digits)
            where[moved:mark] = range(digits, start)
            # the spaces left behind close what ends before the figure (a span that ends in
            # them ends where the figure stood)
            where[digits:moved] = [max(digits - 1, 0)] * (moved - digits)
        previous_end = offset + len(line.rstrip())
    return "".join(chars), where


_CUT_FIGURE = 4
"""The most digits of a figure that a page break is taken to have cut from the rest of it."""


def _glue_cut_figure(chars: list[str], start: int, mark: int) -> int | None:
    """Join a figure that a page break cut from its rest: ``…扣3分。2`` · ``2、.开展…``.

    A page is cut anywhere, also between a row's number and its stop (``2`` · ``.开展``,
    ``3`` · ``、加强``) or before a figure's decimals (``扣0`` · ``.5分``). The digits before
    the break move over the spaces that replace it, next to the stop after it, so that the
    figure reads whole: the number of a row with its stop, points with their decimals. Returns
    where the figure stood (it ran to ``start``), or None if none moved.
    """
    if mark >= len(chars) or chars[mark] not in ".．、":
        # a digit after the break may open a row after a row's bare points (…5 · 2、…); points
        # cut from their 分 (扣1 · 分) read as they are
        return None
    digits = start
    while digits > 0 and start - digits < _CUT_FIGURE and chars[digits - 1] in _FIGURE:
        digits -= 1
    if digits == start or not chars[digits].isdecimal():
        return None
    figure = chars[digits:start]
    chars[digits:mark] = [" "] * (mark - start) + figure
    return digits


_FIGURE = "0123456789."


def spread_points(items: list[Item]) -> None:
    """Points that only the first row of a group states belong to the group (a merged cell).

    A group without points over one item with points (a row whose title cell spans the columns
    before the points, 宣传工作 | 10 | 河长制工作宣传) states those points as its own.
    """
    for item in items:
        children = item.children
        if item.points is None and len(children) == 1 and children[0].points is not None:
            item.points = children[0].points
        if (
            item.points is None
            and len(children) >= 2
            and children[0].points is not None
            and all(child.points is None and not child.children for child in children[1:])
        ):
            item.points, children[0].points = children[0].points, None
        spread_points(children)


def mark_used(reader: Reader, items: list[Item]) -> None:
    """Remember the text of every item and its standard, so that its clauses are not read twice."""
    for item in items:
        reader.used.append((item.start, item.end))
        for offset, text in item.standard:
            reader.used.append((offset, offset + len(text)))
        mark_used(reader, item.children)


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each non-blank line with the offset where it starts; inline ``1.…(5分)；2.…`` split."""
    start = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped and raw.startswith("\t") and "\t" in stripped:
            # a row of tab-parted cells whose first cells are empty (a merged 一级指标 printed
            # once): the tabs before its first text keep its cells under their columns
            stripped = raw.rstrip()
        if stripped:
            offset = start + raw.index(stripped)
            yield from _split_inline(offset, stripped)
        start += len(raw) + 1


def _split_inline(offset: int, line: str) -> Iterator[tuple[int, str]]:
    pieces = _pieces(line) if len(line) > _PIECES_LINE_MOST else _inline_pieces(line)
    for at, piece in pieces:
        yield offset + at, piece


_PIECES_KEPT = 4096
"""How many lines `_inline_pieces` remembers: a document's lines, read again in each reading."""
_PIECES_LINE_MOST = 1000
"""The longest line remembered: a longer one (a table run into one line) is split afresh."""


@functools.lru_cache(maxsize=_PIECES_KEPT)
def _inline_pieces(line: str) -> tuple[tuple[int, str], ...]:
    """A stripped line's pieces, each with where it starts in the line, remembered by line.

    The pieces are the line whole, or the items it runs on inline (``1.…(5分)；2.…(3分)``) one
    a piece. Each reading of a document (its numbers joined, its glosses left out, …) and each
    stage of a reading splits the same lines again.
    """
    return tuple(_pieces(line))


def _pieces(line: str) -> Iterator[tuple[int, str]]:
    cuts = [m.start() for m in INLINE_ITEM.finditer(line)]
    cuts = sorted({*cuts, *_first_after_header(line, cuts)})
    cuts = sorted({*cuts, *_first_bare_after_header(line)})
    cuts = sorted({*cuts, *_first_articles(line, cuts)})
    cuts = sorted({*cuts, *_glued_successors(line, cuts)})
    cuts = sorted({*cuts, *_named_first_children(line, cuts)})
    if "、" in line:
        cuts = sorted({*cuts, *(m.start() for m in INLINE_SPACED.finditer(line))})
    if split_cells(line) is not None:
        yield 0, line
        return
    if not cuts or (
        len(POINTS_PAREN.findall(line)) < 2
        and not _each_earns(line, cuts)
        and not _each_after_a_colon(line, cuts)
        and not _each_closed_by_points(line, cuts)
    ):
        first = _HEADING_FIRST_CHILD.match(line)
        if first is None:
            yield 0, line
            return
        cuts = [first.end()]
    edges = [0, *cuts, len(line)]
    for left, right in itertools.pairwise(edges):
        piece = line[left:right]
        stripped = piece.strip()
        if stripped:
            yield left + piece.index(stripped), stripped


_FIRST_AFTER_HEADER = re.compile(
    r"(?<=得分|备注|扣分|備注|備註)1(?P<mark>[、.．])(?!\d)(?=[\u4e00-\u9fff“\"《])"
)
"""A form's first row glued to the last cell of its header: ``…总分:标准得分1、对符合…``."""


_FIRST_BARE_AFTER_HEADER = re.compile(
    r"(?<=考核部门|考核单位|考核科室|考评部门|考评单位|责任单位|责任科室|牵头单位|牵头部门)1"
    r"(?P<name>[\u4e00-\u9fff]{2,12}[（(]\d+(?:\.\d+)?分[）)])"
)
"""A form's first row whose bare 序号 is glued to the header's last cell, the rater's column.

``…考核细则考核部门1执法实效(20分)专项执法行动(20分)…``: the header names who rates each row
(考核部门 · 责任单位 · 牵头单位), and the first row's serial, printed without a stop, closes up to
it, then the row's name and its points in brackets.
"""


def _first_bare_after_header(line: str) -> list[int]:
    """Where the name of a form's first row starts when its bare serial closes up to the header.

    The serial stays with the header's words before it; the row's name opens after it, so that
    its name is read from its first word, not from the header's or the notice's text before.
    """
    found = _FIRST_BARE_AFTER_HEADER.search(line)
    return [found.start("name")] if found is not None else []


def _first_after_header(line: str, cuts: list[int]) -> list[int]:
    """Where a form's first numbered row starts when its header runs on into it.

    ``…被评单位:案件名称:总分:标准得分1、对符合法定条件的…;(5分)2、…``: the header's last cell
    (得分 · 备注 · 扣分) closes up to the row's number, which no stop sets apart. The number 1 opens
    the first row when the row after it is cut at its number 2 in the same style.
    """
    found: list[int] = []
    for first in _FIRST_AFTER_HEADER.finditer(line):
        second = "2" + first.group("mark")
        if any(line.startswith(second, cut) for cut in cuts if cut > first.start()):
            found.append(first.start())
            break
    return found


_HEADING_FIRST_CHILD = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])[ \u3000]?"
    r"[^\s\d。；;，,：:（()）](?:[ \u3000]?[^\s\d。；;，,：:（()）]){0,30}?[ \u3000]?"
    r"\d+(?:\.\d+)?[ \u3000]?分[ \u3000]?"
    r"(?=(?:1[、.．](?!\d)|[（(][1一][）)])[\u4e00-\u9fff“\"《])"
)
"""A numbered heading closed by its bare points, its first item run on after them on its line.

A group's row of a table flattened into running text prints the group's cell (``一、组织领导
12分``) and then its first row's cells: the item numbered one level down from 1 (``1、`` ·
``1.`` · ``（1）`` · ``（一）``) opens an item of its own, as it does after bracketed points.
Single spaces only: cells that wider gaps set apart are a table's, read by its columns.
"""
_GLUED_POINTS = r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]"
_HEADING_NAMED_CHILD = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]、?)[ \u3000]?"
    r"[^\s\d。；;，,：:][^\n。；;，,：:]{0,30}?"
    r"[（(]\s*(?P<group>\d+(?:\.\d+)?)\s*分\s*[）)][ \u3000]?"
    r"(?P<name>[\u4e00-\u9fff“\"《][^\s\d。；;，,：:、（()）]{1,30}?)"
    r"[（(]\s*(?P<item>\d+(?:\.\d+)?)\s*分\s*[）)]"
)
"""A numbered heading closed by its points in brackets, an unnumbered name and its points after.

A group's row of a table flattened into running text prints the group's cell
(``（一）、班子建设(16分)``) and then its first row's cell, a name with points of its own in
brackets and no number (``文件等资料(6分)，缺一项扣1分…``): the name opens an item one level down
when its points are fewer than the group's. Points as many as the group's name the group's one row
(``综合评议(10分)局领导评价(10分)以…``), a gloss on the group, and are left to it.
"""


_NEXT_NUMBER = re.compile(r"(?<![\d.．])(\d{1,2})\s*[、.．](?!\d)")
_MARK_WIDTH = 4
"""How far past a cut its number and mark reach (``12、``, a space between or not)."""


def _named_first_children(line: str, cuts: list[int]) -> list[int]:
    """Where the unnumbered first item of a heading starts, run on after the heading's points.

    Not when the next number on the line is 2 or more (``人口方案(60分)。…2、出生…``): the name is
    then item 1 of a run whose number the copy lost, no group over the items that follow it.
    """
    found: list[int] = []
    starts = sorted({0, *cuts})
    for start in starts:
        heading = _HEADING_NAMED_CHILD.match(line, start)
        if heading is None or float(heading.group("item")) >= float(heading.group("group")):
            continue
        # the next number is looked for up to the next cut's mark, so the line is read once
        after_heading = bisect.bisect_left(starts, heading.end())
        limit = starts[after_heading] if after_heading < len(starts) else len(line)
        after = _NEXT_NUMBER.search(line, heading.end(), min(len(line), limit + _MARK_WIDTH))
        if after is None or after.group(1) == "1":
            found.append(heading.start("name"))
    return found


def _glued(mark: str, name: str) -> re.Pattern[str]:
    """A mark glued to the cell before it, then a name (the pattern ``name``) and its points.

    The mark follows a character and opens a name in brackets' points, so the cell before keeps
    its last words and the mark holds its whole figure (group ``number``).
    """
    return re.compile(
        r"(?<=[\u4e00-\u9fff])" + mark + r"(?=[\u4e00-\u9fff“\"《]" + name + _GLUED_POINTS + ")"
    )


_CUT_NUMBER = re.compile(r"\s*(\d{1,2})\s*[、.．](?!\d)")
_GLUED_SUCCESSOR = _glued(r"(?P<number>\d+)[、.．](?!\d)", r"[^。；;（()）\d]{1,60}。?\s*")
"""A number of a run of items glued to the cell before it, its name and points after it."""
_CUT_PART = re.compile(r"\s*[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]")
_GLUED_PART = _glued(
    r"(?<![第按依])(?<![按依参对遵比]照)(?<![依根凭]据)(?:(?<!见)|(?<=意见))"
    r"[（(](?P<number>[一二三四五六七八九十]{1,3})[）)](?![项条款目])",
    r"[^。；;，,：:（()）\d]{1,30}",
)
"""A part's mark ``（二）`` glued to the cell before it, its name and points after it.

A mark that words cite (``第（二）项`` · ``按照（二）`` · ``依据（二）`` · ``见（二）`` · ``（二）条``)
refers to a part and opens none; a clause that ends in a word such as 意见 or 执照 may still
close the part before.
"""


def _glued_successors(line: str, cuts: list[int]) -> list[int]:
    """Where the parts and items of a run start whose marks are glued to the cell before.

    A table run into one line glues each row's number to the cell before (``…扣4分。查阅文件
    材料2.本系统层层签订…。(4分)``): after item 1, the number 2 that opens a name with its
    points in brackets opens item 2, and so on in turn, up to the next cut. A number printed
    twice (``…6.按规定建立…(3分)…记录6.按时报送…(2分)``) opens an item each time. The parts'
    marks glued on in the same way (``…扣3分(二)人口方案执行(180分)``) are read first
    (see ``_glued_parts``).
    """
    found = _glued_parts(line, cuts)
    for position, cut in enumerate(cuts):
        number = _CUT_NUMBER.match(line, cut)
        if number is None:
            continue
        limit = cuts[position + 1] if position + 1 < len(cuts) else len(line)
        run = (int(number.group(1)), number.end(), limit)
        found.extend(_glued_in_turn(line, _GLUED_SUCCESSOR, int, run, twice=True))
    return found


def _glued_parts(line: str, cuts: list[int]) -> list[int]:
    """Where the parts that follow a part ``（一）`` start, their marks glued to the cell before.

    A table run into one line glues a part's mark to the last clause of the part before
    (``（一）组织领导(20分)1、…计8分；2、…每缺席一次扣3分(二)人口方案执行(180分)…``): after part
    （一）, the mark （二） that opens a name with its points in brackets opens part （二）, and so
    on in turn, over the items numbered inside each part, up to the next part's own cut.
    """
    found: list[int] = []
    marks = [mark for cut in sorted({0, *cuts}) if (mark := _CUT_PART.match(line, cut))]
    limits = [*(mark.start() for mark in marks[1:]), len(line)][: len(marks)]
    for mark, limit in zip(marks, limits, strict=True):
        k = chinese_to_int(mark.group(1))
        if k is not None:
            run = (k, mark.end(), limit)
            found.extend(_glued_in_turn(line, _GLUED_PART, chinese_to_int, run, twice=False))
    return found


def _glued_in_turn(
    line: str,
    glued: re.Pattern[str],
    value: Callable[[str], int | None],
    run: tuple[int, int, int],
    *,
    twice: bool,
) -> list[int]:
    """Where the marks ``k + 1``, ``k + 2``, … glued on in turn start, from ``at`` to ``limit``.

    ``run`` is ``(k, at, limit)``: the number of the mark cut before, and where to look. ``glued``
    finds a mark (its figure in group ``number``), ``value`` reads the figure; ``twice``: a
    number printed again (``k`` after ``k``) opens a mark too. Other marks are passed over.
    """
    k, at, limit = run
    found: list[int] = []
    while (match := glued.search(line, at, limit)) is not None:
        at = match.end()
        number = value(match.group("number"))
        if number is not None and (number == k + 1 or (twice and number == k)):
            found.append(match.start())
            k = number
    return found


def _first_articles(line: str, cuts: list[int]) -> list[int]:
    """Where a chapter's first article starts when the chapter's name runs on into it.

    ``第二章 考评内容与标准第六条 组织领导(12分)``: the article opens an item of its own; so does
    the first item of a part whose name runs on into it, numbered one level down
    (``三、评分项目及计分标准(一)党委班子自身建设(10分)`` · ``二、考评主要内容及分值1、党委…``).
    """
    found: list[int] = []
    for cut in [0, *cuts]:
        chapter = _CHAPTER_NAME.match(line, cut) or _PART_NAME.match(line, cut)
        if chapter is not None:
            found.append(chapter.end())
    return found + _parts_before_their_first(line)


def _parts_before_their_first(line: str) -> list[int]:
    """Where the parts of a run start that print no points, and where their names end.

    The first such part (``一、``, or ``四、`` after the parts of prose before it) is looked for,
    then the next number after it, and so on in turn (see ``_part_before_its_first``): each opens
    an item, and its first sub-part ``（一）`` another.
    """
    found: list[int] = []
    part = _part_before_its_first(_NUMERALS).search(line)
    while part is not None:
        found.extend((part.start("mark"), part.end()))
        number = chinese_to_int(part.group("mark").rstrip("、.． \t\u3000"))
        if number is None or number + 1 >= len(_NUMERAL_WORDS):
            break
        part = _part_before_its_first(_NUMERAL_WORDS[number + 1]).search(line, part.end())
    return found


_NUMERALS = "[一二三四五六七八九十]{1,3}"
_NUMERAL_WORDS = ("", *"一二三四五六七八九十")
"""The numerals of a document's parts, by their value (一 is 1), up to 十."""


@functools.lru_cache(maxsize=16)
def _part_before_its_first(numeral: str) -> re.Pattern[str]:
    """Part ``numeral`` of a run on one line, without points, its first sub-part run on after it.

    ``…考核细则一、乡镇考核内容及评分标准 (一)领导重视(12分)…`` · ``…本办法 一、任务目标(千分制)
    (一)扶贫攻坚(40分)…`` · ``…扣1分二、部门考核内容(一)…(10分)``: the sub-part states its points
    in brackets. The part follows a space, a stop, a bracket or points, or a title that ends in
    细则 · 办法 · 方案 · 标准 · 表 · 内容; its name may close with a note in brackets (千分制).
    """
    return re.compile(
        r"(?:^|(?<=[\s。；;：:）)分])|(?<=[则法案准表容]))(?P<mark>" + numeral + r"\s*[、.．])\s*"
        r"[^。；;，,:：\d（()）第\s]{2,30}?(?:[（(][^（()）\d。；;]{1,6}[）)])?\s*"
        r"(?=[（(]\s*一\s*[）)][^。；;（()）]{2,30}?[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)])"
    )


_CHAPTER_NAME = re.compile(
    r"\s*第[一二三四五六七八九十百]+章\s*[^。；;，,\d第]{1,30}(?=第[一二三四五六七八九十百]+条)"
)
_PART_NAME = re.compile(
    r"\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*[^。；;，,:：\d（()）第]{2,30}?"
    r"(?=[（(]\s*一\s*[）)][^。；;]{2,30}?[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]"
    r"|1\s*[、.．](?!\d)[^。；;]{2,30}?[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)])"
)
"""A part's name glued to its first item, numbered one level down, with its points."""


def _each_earns(line: str, cuts: list[int]) -> bool:
    """Whether every piece the cuts open states what it earns: ``(1)…有得10分，无扣2分；(2)…``."""
    pieces = [line[left:right] for left, right in itertools.pairwise([*cuts, len(line)])]
    return len(pieces) >= 2 and all(
        (earned := EARNED.search(piece)) is not None and float(earned.group(1)) > 0
        for piece in pieces
    )


def _each_after_a_colon(line: str, cuts: list[int]) -> bool:
    """Whether every piece the cuts open states its points after a colon: ``(一)…建设：5分…``."""
    pieces = [line[left:right] for left, right in itertools.pairwise([*cuts, len(line)])]
    return len(pieces) >= 2 and all(
        (marker := find_marker(piece.strip())) is not None
        and COLON_POINTS.match(piece.strip(), marker[1]) is not None
        for piece in pieces
    )


_CLOSING_COMMA_POINTS = re.compile(r"[，,]\s*\d+(?:\.\d+)?\s*分\s*[；;。]?\s*$")


def _each_closed_by_points(line: str, cuts: list[int]) -> bool:
    """Whether every piece the cuts open closes with its points after a comma.

    ``1、建立责任制。学校成立…，3分；2、建立报告制度。…，3分；``: numbered criteria run into one
    line, each a sentence whose points follow its last comma, unbracketed.
    """
    pieces = [line[left:right] for left, right in itertools.pairwise([*cuts, len(line)])]
    closing = [_CLOSING_COMMA_POINTS.search(piece) for piece in pieces]
    return (
        len(pieces) >= 2
        and all(
            find_marker(piece.strip()) is not None and found is not None
            for piece, found in zip(pieces, closing, strict=True)
        )
        and not _scored_by_levels(_stated(line[: cuts[0]]), pieces, closing)
    )


def _stated(head: str) -> float | None:
    """The points the text before a run of numbered pieces states (its item's), if any."""
    found = points_in(head) if head.strip() else None
    return found[0] if found is not None else None


_LEVEL_AFTER_TITLE = re.compile(r"(?:^|[：:。．，,；;\s])(?P<level>[^：:。．，,；;\s]{1,6})\s*$")
_LEAST_LEVELS = 2
_BAND_EDGE = re.compile(r"\d\s*分\s*(?:及|或)?(?:以上|以下|以内|至|[-－—~～])")


def levels_after_title(content: str, left: int) -> tuple[float, int] | None:
    """The highest points of the levels that score an item after its title, and their start.

    ``法治宣传教育：好（10分）、较好（6分）、一般（3分）、差的不得分``: the points of the first
    level stand where an item's points would; the title ends before the level's word, and the
    levels (two at least that award points) are the item's standard, not items of their own.
    """
    found = _LEVEL_AFTER_TITLE.search(content, 0, left)
    if found is None or found.start("level") == 0:
        return None
    if SCORE_LEVEL.fullmatch(found.group("level")) is None:
        return None
    start = found.start("level")
    if _BAND_EDGE.search(content, start):
        return None  # 优秀（90分以上）、良好（80分以上）: the grades of the whole appraisal
    awards = [
        float(number.group())
        for award in LEVEL_AWARD.finditer(content[start:])
        if (number := re.search(r"\d+(?:\.\d+)?(?=\s*分)", award.group())) is not None
    ]
    if len(awards) < _LEAST_LEVELS:
        return None
    return max(awards), start


def levels_of_one(line: str, stated: float | None) -> bool:
    """Whether a line of numbered pieces is the scoring by levels of the item above it.

    ``（1）全部完成的，10分；（2）完成80%以上的，8分；（3）…，5分`` (or ``①…②…``) under
    ``重点任务完成情况（10分）``, whose points are ``stated``: see ``_scored_by_levels``.
    """
    cuts = sorted({0, *(found.start() for found in INLINE_ITEM.finditer(line))})
    pieces = [line[left:right] for left, right in itertools.pairwise([*cuts, len(line)])]
    closing = [_CLOSING_COMMA_POINTS.search(piece) for piece in pieces]
    return (
        len(pieces) >= 2
        and all(found is not None for found in closing)
        and _scored_by_levels(stated, pieces, closing)
    )


_LEVEL_CLAUSE = re.compile(r"的\s*[，,]\s*\d+(?:\.\d+)?\s*分\s*[；;。]?\s*$")
"""A level of a scoring, a condition closed by its points (``全部完成的，10分``)."""


def _scored_by_levels(
    stated: float | None, pieces: list[str], closing: list[re.Match[str] | None]
) -> bool:
    """Whether numbered pieces closed by their points are the levels of one criterion's scoring.

    ``（1）全部完成的，10分；（2）完成80%以上的，8分；（3）…，5分`` (or ``①…②…``) scores one
    criterion by how well it is met: each level a condition ending in ``的``, or points that
    fall from the points their item states (``重点任务完成情况（10分）``). Criteria run
    into one line (``1、建立责任制。…，3分；2、…，3分``) each name a piece of work instead.
    """
    if all(_LEVEL_CLAUSE.search(piece) for piece in pieces):
        return True
    points = [float(found.group().strip("，, 分；;。").strip()) for found in closing if found]
    falling = all(higher > lower for higher, lower in itertools.pairwise(points))
    return falling and stated is not None and stated == points[0]


def bare_points(text: str) -> re.Match[str] | None:
    """The first bare points (``3分``) of ``text`` that no rule takes (not ``扣 3 分``, ``得3分``).

    Nor a bonus's points (``…的奖10分``), nor the top of a range (``酌情加5-10分``).

    Examples:
        >>> bare_points("未及时公开的每例扣 2 分。") is None, bare_points("扣除 1 分") is None
        (True, True)
        >>> bare_points("制定年度工作计划。 3 分").group(1)
        '3'
        >>> bare_points("200万元以上的奖10分") is None, bare_points("可酌情加5-10分") is None
        (True, True)
    """
    for bare in POINTS_BARE.finditer(text):
        if not _rule_takes(text[: bare.start()]):
            return bare
    return None


def _rule_takes(before: str) -> bool:
    """Whether the words before bare points make them a rule's (扣 · 加 · 奖 · 得 · 扣除 · 5-)."""
    before = before.rstrip()
    return bool(before) and (
        before[-1] in NOT_POINTS_BEFORE + "奖"
        or before.endswith(_TAKEN)
        or _RANGE_OPEN.search(before) is not None
    )


_RANGE_OPEN = re.compile(r"\d\s*分?\s*[-－—~～]$")
"""The bottom of a range of points and its dash, before its top (``5-10分``)."""


_TAKEN = ("扣除", "减除", "减去")
"""Words of a rule before what it takes, past the letters of ``NOT_POINTS_BEFORE`` (扣除 1 分)."""


def points_in(text: str) -> tuple[float, int, int] | None:
    """The points an item's title states, with where the marker lies in ``text``."""
    found = POINTS_PAREN.search(text)
    if found is not None:
        return float(found.group(1)), found.start(), found.end()
    product = PRODUCT_PAREN.search(text)
    if product is not None and not re.search(r"[。；;]", text[: product.start()]):
        # 免疫密度（12分×2项，即…）: the points of each part times the parts, in the title
        points = float(product.group("each")) * int(product.group("count"))
        return points, product.start(), product.end()
    bare = bare_points(text)
    if bare is not None:
        return float(bare.group(1)), bare.start(), bare.end()
    closing = POINTS_CLOSING.search(text)
    if closing is not None:
        return float(closing.group(1)), closing.start(), closing.end()
    shared = _POINTS_BEFORE_RULE.search(text)
    if shared is not None:
        # （30分，发现一座扣一分）: the span ends after the comma, the rule stays in the text
        return float(shared.group(1)), shared.start(), shared.end()
    return _named_points(text)


def _named_points(text: str) -> tuple[float, int, int] | None:
    """The points of a short name closed by a bare figure in brackets (主动公开(45)), if it is one."""
    named = _NAME_BARE_POINTS.fullmatch(text)
    if named is None:
        return None
    return float(named.group("points")), named.start("mark"), named.end("mark")


_NAME_BARE_POINTS = re.compile(
    r"\s*[\u4e00-\u9fff“”、]{2,12}"
    r"(?P<mark>[（(]\s*(?P<points>(?:[1-9]\d?|0)(?:\.\d{1,2})?)\s*[）)])\s*"
)
"""A short name closed by a bare figure under 100 in brackets (``主动公开(45)``), the whole title:
a table of indicators may print a level's points so, without 分."""


_POINTS_BEFORE_RULE = re.compile(
    r"[（(]\s*(?:(?:考[核评])?(?:标准分值?|分值|满分|基本分)\s*(?:为|是|[:：])?\s*)?"
    + NUMBER
    + r"\s*分\s*[，,；;]\s*"
    r"(?=[^（()）\n]*?(?:[扣减]|不得分|不计分|不记分))(?=[^（()）\n]*[）)])"
)
"""An item's points sharing their bracket with its rule: ``（5分，未成立的扣5分）``, their label
before them or not (``（考核标准分10分，无领导小组…的扣10分。）`` · ``（满分5分，…扣5分）``).

The words of a rule and the closing bracket are looked for apart, each in one pass over the
text up to the next bracket (a rule's word holds none), so a long line whose bracket never
closes is read in linear time.
"""


def find_marker(line: str) -> tuple[str, int] | None:
    for kind, pattern in MARKERS:
        found = pattern.match(line)
        if found is not None and found.end() < len(line):
            return kind, found.end()
    return None


def has_points(item: Item) -> bool:
    return item.points is not None or any(has_points(child) for child in item.children)


def section_of(title: str, parent: str) -> str:
    bonus = BONUS_SECTION.search(title)
    if bonus is not None and not TAKE.search(title):
        # a heading naming the bonus opens its section whatever its bracket says of the total
        # (加分项目（在总分100分之外加分）); a sentence that first states the full score names the
        # bonus in passing (总分为100分，…另加分项目累计不超过20分): the document's scoring
        stated = [found.start() for found in (TOTAL.search(title), HUNDRED.search(title)) if found]
        if BONUS_HEADING.match(title) or not any(at < bonus.start() for at in stated):
            return "bonus"
    if PENALTY_SECTION.search(title) and len(title) < 30:
        return "penalty"
    return parent


def summed_run(items: list[Item], start: int, points: float) -> int:
    """Where the rows from ``start`` on whose points add up to ``points`` end, or ``start``.

    Each row states its points and its standard and holds no rows: the rows of a heading or a
    group that states no standard of its own (``组织领导(20分)`` then ``建立…(6分) 每缺一项扣2分``
    ``…(4分) …`` ``…(10分) …``). ``start`` when they do not add up to exactly ``points``.
    """
    total, end = 0.0, start
    while (
        end < len(items)
        and total < points - 1e-9
        and items[end].points is not None
        and items[end].standard
        and not items[end].children
    ):
        total += items[end].points or 0.0
        end += 1
    return end if abs(total - points) < 1e-9 else start


def room_of(item: Item) -> float:
    """The points of a heading not yet taken by the items under it."""
    taken = sum(child.points for child in item.children if child.points is not None)
    return (item.points or 0.0) - taken


# no appraisal table nests its headings deeper; a run of headings with equal points (junk, or a
# list of headings without items) would otherwise nest one in the next without end
_MAX_HEADING_DEPTH = 8


def pop_to_room(stack: list[Item], points: float) -> None:
    """Leave on ``stack`` the headings whose points still have room for ``points`` more."""
    while stack and (len(stack) >= _MAX_HEADING_DEPTH or room_of(stack[-1]) < points - 1e-9):
        stack.pop()


def clean_title(title: str) -> str:
    # a heading spaced out to fill its cell (组织 领导 工作) closes up, and so does a name broken
    # over lines after a comma (认真贯彻上级的部署， · 制定年度计划), inside a book title (…、《 ·
    # 山西省…的决定》) or before one (…实施纲要》、 · 《山西省…的决定》)
    title = re.sub(r"(?<=[\u4e00-\u9fff，、；：,;《])\s+(?=[\u4e00-\u9fff《])", "", title)
    return title.strip(" \t，,。：:；;、—")


_LIST_OPENER = re.compile(r"^(?:含|包括|包含|其中)[:：]?")


def list_part(title: str) -> str:
    """A part's name in a list of parts: the word that opens the list (含A(5分)、B(4分)) dropped."""
    return clean_title(_LIST_OPENER.sub("", title))


def is_section_title(line: str) -> bool:
    return len(line) < 20 and bool(re.search(r"(?:加分|减分|扣分|否决|等次|评定|结果)", line))


def split_cells(line: str) -> list[str] | None:
    if line.count("|") >= 2:
        inner = line.strip()
        inner = inner.removeprefix("|").removesuffix("|")  # one edge pipe: empty cells stay
        return [cell.strip() for cell in inner.split("|")]
    if "\t" in line:
        return [cell.strip() for cell in line.split("\t")]
    return None


Row = list[tuple[int, str]]
"""A table row: each cell's text with the offset where it starts in the document."""

POINTS_CELL = re.compile(r"(\d+(?:\.\d+)?)\s*分?")


def strip_points(text: str) -> str:
    """``text`` without its points: in brackets, or bare at its end unless a rule takes them.

    Examples:
        >>> strip_points("制定年度工作计划（5分）"), strip_points("制定年度工作计划 5分")
        ('制定年度工作计划', '制定年度工作计划')
        >>> strip_points("200万元以上的奖10分"), strip_points("主动公开(45)")
        ('200万元以上的奖10分', '主动公开')
    """
    stripped = POINTS_PAREN.sub("", text)
    named = _NAME_BARE_POINTS.fullmatch(stripped)
    if named is not None:
        return stripped[: named.start("mark")]
    tail = re.search(r"\s*\d+(?:\.\d+)?\s*分\s*$", stripped)
    if (
        tail is not None
        and points_in(stripped[tail.start() :].strip()) is not None
        and not _rule_takes(stripped[: tail.start()])
    ):
        stripped = stripped[: tail.start()]
    return stripped


class Taken:
    """Stretches of the text already accounted for, asked whether one overlaps a stretch."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_left(self.starts, max(end, start + 1))
        return any(self.spans[index][1] > start for index in range(low, high))


def walk(items: list[Item]) -> Iterator[Item]:
    for item in items:
        yield item
        yield from walk(item.children)


def node_head(item: Item, node_id: str) -> dict[str, Any]:
    """The start of the scheme node an item makes: its id, its name (the id without a title), its span."""
    return {
        "id": node_id,
        "name": _FIELD_LABEL.sub("", item.title or "") or node_id,
        "span": {"start": item.start, "end": item.end},
    }


_FIELD_LABEL = re.compile(
    r"^(?:考核|考评|评分|评价|评估|检查)?(?:项目|指标|内容|事项|要点|类别)(?:名称)?\s*[：:]\s*(?=\S)"
)
"""The label of an item printed as fields (``考核项目：组织领导（10分）`` · ``考核指标：…``): no name's word."""


def manual_leaf(node: dict[str, Any], item: Item) -> None:
    """Make ``node`` a leaf scored by hand, its criterion the item's standard if it has one."""
    node["manual"] = True
    criterion = standard_text(item)
    if criterion:
        node["criterion"] = criterion


def walk_nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("children", []):
        yield from walk_nodes(child)


def points_sum(item: Item) -> float:
    return sum(
        child.points if child.points is not None else points_sum(child) for child in item.children
    )


def standard_text(item: Item) -> str:
    """The item's standard as one text; separators left at a piece's edges are not words."""
    pieces = (text.strip(_EDGES) for _, text in item.standard)
    return "；".join(piece for piece in pieces if piece)


_EDGES = " \u3000；;，,、"
