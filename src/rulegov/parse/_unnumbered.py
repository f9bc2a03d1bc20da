"""Tasks printed without numbers: a division of work told by its units (无序号的任务分工).

A plan that divides work among units may print its tasks with no number at all: each task a
paragraph closed by the lines that name its units (``牵头单位：…`` / ``责任单位：…``), a sentence
with its units in a bracket or after a dash at its end (``…。（责任单位：…）``, ``…。——区司法局``),
or a sentence opened by its units (``区司法局：…``, ``区司法局负责…``). Where a document has no
numbered part, the tasks are the paragraphs their units close: each opening is found here, in
one pass over the lines, and the parser reads each as an item numbered in order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from rulegov.parse._fields import (
    division_line,
    names_before_colon,
    names_units_only,
    says_when,
    split_fields,
)
from rulegov.parse._numbering import Style, match_heading
from rulegov.parse._table_header import may_line_up, spaced_cells
from rulegov.parse._text import join_lines
from rulegov.parse._vocab import ROLE_FIELDS, ROLE_LABELS

if TYPE_CHECKING:
    from collections.abc import Callable

    from rulegov.parse._text import Line

__all__ = [
    "LEAST_TASKS",
    "Opening",
    "division_place",
    "headerless_rows",
    "row_cells",
    "unnumbered_openings",
]

LEAST_TASKS = 2
"""A division of work names units for at least two tasks; one labelled line is a remark."""

_LONGEST_UNITS_BEFORE_VERB = 40
"""How far into a sentence its units may run before 负责 or 牵头 (区司法局、区法院负责…)."""

_NOT_WORK_AFTER_VERB = ("同志", "人", "的", "领导")
"""Words after 负责 that make it a person's title (负责同志, 负责人), not the units' work."""

_UNIT_VERB = re.compile(r"(?:牵头)?负责|牵头")

_COUNTED = re.compile(
    r"(?:第(?P<ordinal>[一二三四五六七八九十]{1,3})|(?P<shi>[一二三四五六七八九十]{1,3})是)[,、:]?"
)
"""An ordinal that opens a task in running prose: 第一, ; 一是…; read as the task's number."""

_COUNTED_LABEL = r"(?:(?:重点|主要)?任务|事项)(?:[一二三四五六七八九十]{1,3}|\d{1,3})"
_ORDINAL_LABEL = re.compile(
    rf"(?:[【(\[]{_COUNTED_LABEL}[】)\]]|{_COUNTED_LABEL}[:、.\s]|第[一二三四五六七八九十]{{1,3}}项)"
    r"[:、.\s]*"
)
"""A task's label and its count before its words: 任务一：…, 【任务2】…, 第三项 …; no title's words.

The count of 任务 ends at a mark or a bracket: 任务十分繁重 opens with words, not a label."""

_BULLET = re.compile(
    r"[●◆◇■□▲△★☆·•▪►▶◎○\-*➢➤♦❖✓✔√Ø\uf06c\uf076\uf0a7\uf0b7\uf0d8\uf0fc]+[ \u3000]*"
)
"""The marks that open an item of a list printed without numbers (● 推进…, - 推进…).

Word's list bullets come through a copy as the signs they stand for (➢, ❖, Ø, √) or, from a
PDF, as the private-use characters of the Symbol and Wingdings fonts (U+F0B7, U+F0D8 …).
"""

_TASK_LABEL = re.compile(
    r"(?:(?:主要|重点|具体)?(?:工作)?(?:任务|事项|内容)|任务名称|目标任务|工作措施|具体措施):"
)
"""The label of a task's words in a record of labelled lines (工作任务：… / 责任单位：…)."""

_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_HEADING_SENTENCE_LENGTH = 40
"""The longest heading sentence printed above a task's text (推进严格规范公正文明执法。)."""


@attrs.frozen
class Opening:
    """Where an unnumbered task opens.

    Attributes:
        index: The index of its first line among the lines searched.
        end: Where its words begin in that line (after an ordinal such as 第一, or 一是, a bullet,
            or the units that open it and their 负责).
        units_end: Where the units that open its sentence end, before 负责 or 牵头 (0 if none).
        cells: The cells of a table's row printed with no header, as (field, begin, end) in the
            normalised line, the task's words first (empty for a task printed as text).
    """

    index: int
    end: int = 0
    units_end: int = 0
    cells: tuple[tuple[str, int, int], ...] = ()


def _numeral(text: str) -> int | None:
    if text == "十":
        return 10
    tens, _, ones = text.partition("十")
    if not _:
        return _NUMERALS.get(text)
    return (_NUMERALS.get(tens, 0) if tens else 1) * 10 + (_NUMERALS.get(ones, 0) if ones else 0)


def _words_start(text: str) -> int:
    """Where a task's words begin after an ordinal (第一, / 一是), a bullet or a label, or 0.

    Examples:
        >>> text = "工作任务:推进政务公开。"
        >>> text[_words_start(text) :], _words_start("● 推进政务公开。")
        ('推进政务公开。', 2)
        >>> text = "任务一:推进政务公开。"
        >>> text[_words_start(text) :]
        '推进政务公开。'

    """
    labelled = _ORDINAL_LABEL.match(text)
    if labelled is not None:
        return labelled.end()
    match = _COUNTED.match(text)
    if match is None:
        bullet = _BULLET.match(text) or _TASK_LABEL.match(text)
        return 0 if bullet is None else bullet.end()
    value = _numeral(match.group("ordinal") or match.group("shi"))
    return match.end() if value is not None else 0


def units_before_verb(text: str, begin: int = 0) -> tuple[int, int]:
    """Where the units that open a sentence end, and its work begins after 负责 or 牵头.

    ``(0, 0)`` when the sentence opens otherwise.

    Examples:
        >>> units_before_verb("区司法局负责推进严格规范公正文明执法。")
        (4, 6)
        >>> units_before_verb("各部门负责同志要带头学法。")
        (0, 0)
    """
    match = _UNIT_VERB.search(text, begin, begin + _LONGEST_UNITS_BEFORE_VERB)
    if match is None or match.start() <= begin:
        return 0, 0
    after = text[match.end() :]
    if (
        not names_units_only(text, begin, match.start())
        or not after.strip(" 。")
        or after.startswith(_NOT_WORK_AFTER_VERB)
    ):
        return 0, 0  # 各部门负责同志: people, not the units' work
    return match.start(), match.end()


def _has_units(text: str) -> tuple[bool, bool]:
    """Whether a line has words of its own and whether it names units in a role."""
    ranges, fields = split_fields(text)
    named = any(field.label in ROLE_LABELS for field in fields)
    if not ranges:
        return False, named
    if not named and division_line(text) is not None:
        return False, True  # 区司法局牵头，区法院配合。: the units of the task above
    return True, named


class _Answers:
    """``_has_units`` of each line's text, worked out once."""

    def __init__(self) -> None:
        self.known: dict[str, tuple[bool, bool]] = {}

    def __call__(self, text: str) -> tuple[bool, bool]:
        answer = self.known.get(text)
        if answer is None:
            answer = self.known[text] = _has_units(text)
        return answer


def _heading_sentence(text: str) -> bool:
    """Whether a line is a short heading sentence (推进严格规范公正文明执法。) over a task's text."""
    return (
        len(text) <= _HEADING_SENTENCE_LENGTH
        and text.endswith("。")
        and not any(mark in text[:-1] for mark in "。,;:")  # one clause, no more
    )


def unnumbered_openings(lines: list[Line], *, headed: bool = False) -> list[Opening]:
    r"""The openings of the tasks of a division of work printed without numbers.

    A task is the run of paragraphs its units close: the labelled lines under it, or its own
    line where the units end or open it. The first run starts at its last paragraph (the lines
    above it are the document's head, unless a short heading sentence stands right over it);
    each later run starts right after the units that closed the one before. Paragraphs that no
    units close (an introduction, a closing remark) open nothing. Fewer than two tasks found is
    no division of work: nothing is returned.

    ``headed`` says that the lines hold numbered parts (一、…): the runs under each part are
    its tasks where there are two or more of them (one run is the part's own text and units),
    and the first run under a part starts right under it.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> lines = split_lines(
        ...     "某区分工方案\n推进严格规范公正文明执法。\n牵头单位：区司法局\n"
        ...     "深化行政复议体制改革。\n责任单位：区司法局"
        ... )
        >>> [lines[opening.index].text for opening in unnumbered_openings(lines)]
        ['推进严格规范公正文明执法。', '深化行政复议体制改革。']
    """
    has_units = _Answers()  # the records' order asks it again of the same lines
    found: list[Opening] = []  # the openings kept
    openings: list[Opening] = []  # the openings under the heading open
    block: list[int] = []  # the paragraphs of the run still open
    closed = True  # whether units closed the run before
    in_item = False  # whether the lines are under a numbered item (1.…), its own text
    for index, line in enumerate(lines):
        text = line.text.strip(" ")
        mark = _part_mark(line.text) if headed and text else None
        if mark is not None:
            # a numbered part: the runs under it are its tasks if two or more are; a table's
            # row or an item marked otherwise (⑴, 1)) is read as the parser reads it, and the
            # paragraphs under an item (1.推进…。) are its own, their units its own too
            found.extend(openings if len(openings) >= LEAST_TASKS else ())
            openings, block, closed, in_item = [], [], True, not mark
            continue
        if not text or in_item:
            continue
        cells = () if headed else row_cells(line)  # under a part, a table has its header
        if cells:  # a row of a table printed without its header: a task of its own
            block = []
            openings.append(Opening(index, cells[0][1], cells=cells))
            closed = True
            continue
        words, named = has_units(line.text)
        colon = names_before_colon(line.text, 0) is not None
        led, work = (0, 0) if colon else units_before_verb(line.text)
        first = not headed and not openings
        if not words:
            if named and block:
                openings.append(_opening(lines, block, first=first))
                block = []
                closed = True
            continue
        if led or colon:
            # 区司法局：… / 区司法局负责…: a task of its own, opened by its units
            openings.append(Opening(index, work or _words_start(line.text), led))
            block = []
            closed = True
            continue
        if closed or not block:
            block = [index]
            closed = False
        else:
            block.append(index)
        if named:  # …。（责任单位：…）: the units end the run
            openings.append(_opening(lines, block, first=first))
            block = []
            closed = True
    found.extend(openings if len(openings) >= LEAST_TASKS else ())
    return found if found and not _units_first(lines, has_units) else []


def _units_first(lines: list[Line], has_units: Callable[[str], tuple[bool, bool]]) -> bool:
    """Whether records of labelled lines name a task's units before its words.

    ``责任单位：… / 工作任务：…``: the units under a task's words are the next task's, and
    reading them as the task's above would hand every task the wrong units.
    """
    units = False  # whether a line of units alone came before
    for line in lines:
        if _TASK_LABEL.match(line.text) is not None:
            return units
        if not units:
            words, named = has_units(line.text)
            units = named and not words
    return False


# the numbers of a document's parts, whose paragraphs may each be a task (一、, （一）, 第一章)
_PART_STYLES = frozenset({Style.CHINESE, Style.CHINESE_PAREN, Style.CHAPTER, Style.PART})


def _part_mark(text: str) -> bool | None:
    """What a line's mark makes of it: True a part, False an item or a cell, None a paragraph.

    Examples:
        >>> _part_mark("一、重点任务"), _part_mark("1.推进执法。"), _part_mark("推进执法。")
        (True, False, None)
    """
    heading = match_heading(text)
    if heading is not None:
        return heading.style in _PART_STYLES
    return None if _plain(text.strip(" ")) else False


def _plain(text: str) -> bool:
    """Whether a line is a paragraph of words or of their units' fields, unmarked and uncelled.

    A list's bullet (● 推进…, - 推进…) marks no item of the document's numbering: the line is
    a paragraph of the part it stands in.
    """
    bullet = _BULLET.match(text)
    start = 0 if bullet is None else bullet.end()
    return _PLAIN_OPENING.match(text, start) is not None and "|" not in text and "\t" not in text


_PLAIN_OPENING = re.compile(r"[\u4e00-\u9fff【(]")


def _opening(lines: list[Line], block: list[int], *, first: bool) -> Opening:
    start = block[0]
    if first:  # the paragraphs above the first task's last one are the document's head
        start = block[-1]
        if len(block) > 1 and _heading_sentence(lines[block[-2]].text):
            start = block[-2]
    return Opening(start, _words_start(lines[start].text))


_LONGEST_LABEL = 8
"""How far into a line a colon ends a label (发布机构: · 成文日期:)."""

_SHORTEST_WORK = 6
"""The fewest characters of a cell that tells work (推进政务公开): a shorter one is a label."""

_TAB_CELL = re.compile(r"[^\t]+")

_NUMBER_CELL = re.compile(r"\d{1,3}[.、]?")


def row_cells(line: Line) -> tuple[tuple[str, int, int], ...]:
    r"""The cells of a task table's row printed without a header, or nothing if it is no such row.

    A table copied with its cells parted by tabs or runs of spaces, and no header over it,
    still says what each cell holds: a number (序号), then the task's words, then cells of units
    alone (区司法局 · 区财政局、区审计局) and a time (2024年底前). The row is a task's when one
    cell after its words is units alone; with no header to name their roles, the units are
    responsible for the task.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("1\t推进严格规范公正文明执法\t区司法局\t2024年底前")[0]
        >>> [(field, line.text[a:b]) for field, a, b in row_cells(line)]
        [('title', '推进严格规范公正文明执法'), ('responsible', '区司法局'), ('deadline', '2024年底前')]
        >>> row_cells(split_lines("来源\t某市人民政府办公厅")[0])
        ()
    """
    text = line.text
    if "\t" in text:
        cells = _tab_cells(text)
    elif may_line_up(line.original):
        cells = spaced_cells(line) or []
    else:
        return ()
    if cells and _NUMBER_CELL.fullmatch(text[cells[0][0] : cells[0][1]]) is not None:
        cells = cells[1:]
    if len(cells) < 2:  # the task's words and its units at least
        return ()
    (title_begin, title_end), *others = cells
    if (
        title_end - title_begin < _SHORTEST_WORK
        or names_units_only(text, title_begin, title_end)
        or says_when(text, title_begin, title_end)
    ):
        return ()  # a label (索引号, 发布机构), a list of units, or a time: no task's words
    found = _classified(text, others)
    if not found or not any(field in ROLE_FIELDS for field, _, _ in found):
        return ()
    return (("title", title_begin, title_end), *found)


def _tab_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a line parted by tabs, without the spaces around their words."""
    cells = []
    for part in _TAB_CELL.finditer(text):
        begin, end = part.span()
        while begin < end and text[begin] == " ":
            begin += 1
        while end > begin and text[end - 1] == " ":
            end -= 1
        if end > begin:
            cells.append((begin, end))
    return cells


def _classified(text: str, cells: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The cells after a task's words as units, times or measures; none if one is a label."""
    found: list[tuple[str, int, int]] = []
    for begin, end in cells:
        if names_units_only(text, begin, end):
            found.append(("responsible", begin, end))
        elif says_when(text, begin, end):
            found.append(("deadline", begin, end))
        elif end - begin >= _SHORTEST_WORK:
            found.append(("measures", begin, end))
        else:
            return []  # a short cell that is neither units nor a time: a label's row
    return found


def division_place(lines: list[Line]) -> tuple[Line, int] | None:
    r"""The first place where a text divides work among units, in a line and its position.

    A line that names units in a role (``责任单位：区司法局``, ``区司法局牵头，区法院配合``) or a
    row of a task table with no header (see ``row_cells``) says that the text divides its
    work, whether or not its tasks could be read.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line, at = division_place(split_lines("某方案\n推进严格规范执法\t区司法局"))
        >>> line.number, line.text[at:]
        (2, '区司法局')
        >>> division_place(split_lines("某方案\n各单位要抓好落实。")) is None
        True
    """
    # units named a line or two under a label (发布机构: / 某市政府办 / 责任部门:…): a page's fields
    above = ("", "")
    for line in lines:
        if not line.text.strip(" "):
            continue
        _, fields = split_fields(line.text)
        labelled = any(":" in text[:_LONGEST_LABEL] for text in above)
        above = (above[-1], line.text)
        named = [
            field
            for field in fields
            if field.label in ROLE_LABELS
            and field.end - field.begin > 1
            and ":"
            not in line.text[field.begin : field.end]  # a page's fields: 责任部门: 发文日期:
        ]
        if named and not labelled:
            return line, named[0].label_begin
        if division_line(line.text) is not None:
            return line, 0
        cells = row_cells(line)
        if cells:
            return line, next(begin for field, begin, _ in cells if field in ROLE_FIELDS)
    return None


_BARE_NUMBER = re.compile(r"\d{1,3}")
_LONGEST_ROW = 8
"""The most cells a row of a table printed a cell a line holds after its number."""


def headerless_rows(lines: list[Line]) -> list[Line]:
    r"""The lines with a task table printed a cell a line, and no header, made into tab rows.

    A table copied from a page or a PDF without its header prints each row's number alone on a
    line (1, 2, … in order), then the row's cells a line each: the task's words, its units, its
    time. Each such row becomes one line, its cells parted by tabs, for ``row_cells`` to read.
    Numbered lines are such a table only when at least two rows in order each hold the task's
    words and a cell of units alone; the last row takes as many cells as the row before it.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "分工\n1\n推进严格规范执法\n区司法局\n2\n深化行政复议改革\n区司法局\n完"
        >>> [line.text for line in headerless_rows(split_lines(text))]
        ['分工', '1\t推进严格规范执法\t区司法局', '2\t深化行政复议改革\t区司法局', '完']
    """
    numbers = [
        index
        for index, line in enumerate(lines)
        if _BARE_NUMBER.fullmatch(line.text.strip(" ")) is not None
    ]
    joined: list[Line] = []
    done = 0  # the lines before this one are in ``joined``, or in one of its rows
    rows: list[tuple[Line, int, int, int]] = []  # each row of the run open: its line, its first
    # line's index, the index after its last and how many cells it has

    def close() -> None:
        nonlocal done
        if len(rows) >= LEAST_TASKS:
            joined.extend(lines[done : rows[0][1]])
            joined.extend(row for row, _, _, _ in rows)
            done = rows[-1][2]
        rows.clear()

    for position, start in enumerate(numbers):
        value = int(lines[start].text.strip(" "))
        if value != len(rows) + 1:
            close()
            if value != 1:
                continue
        end = numbers[position + 1] if position + 1 < len(numbers) else len(lines)
        cells = [index for index in range(start + 1, end) if lines[index].text.strip(" ")]
        if rows and (position + 1 == len(numbers) or len(cells) > _LONGEST_ROW):
            cells = cells[: rows[-1][3]]  # the last row: as many cells as the row before
        row = join_lines([lines[i] for i in (start, *cells)], "\t") if cells else None
        if row is None or len(cells) > _LONGEST_ROW or not row_cells(row):
            close()
            continue
        rows.append((row, start, cells[-1] + 1, len(cells)))
    close()
    joined.extend(lines[done:])
    return joined if len(joined) < len(lines) else lines
