"""The plan parser's body: its lines read into the tree of numbered parts.

Where the body starts, the headings and their numbering styles, numbers set in a
row or spaced, parts without numbers, lines of units over groups of items, and the
text under each heading.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from rulegov.model import Role, Severity
from rulegov.parse._fields import (
    Field,
    division_line,
    names_before_colon,
    names_units_only,
    spaced_labels,
    split_fields,
)
from rulegov.parse._header import (
    is_chrome,
    is_field_row,
    is_meta_row,
    is_nav_bar,
    is_organ_name,
    is_separator_row,
    lone_cell,
    marked_label_row,
    names_document,
    numbered_field,
    table_cells,
)
from rulegov.parse._header_signed import draft_under_call
from rulegov.parse._header_words import (
    CONTENTS_TAIL,
    META_LABELS,
    SHARED_ENTRY,
    SHARED_FILE,
    SHARED_GROUP,
)
from rulegov.parse._numbering import (
    BARE_NUMBER,
    DECIMAL_STYLES,
    NEVER_TASKS,
    TOP_STYLES,
    Heading,
    Style,
    leading_number,
    match_digit_item,
    match_heading,
)
from rulegov.parse._parser_state import HEADING_KINDS, Node, ParserState, line_diagnostic
from rulegov.parse._table import EMPTY_MARKS
from rulegov.parse._table_header import may_line_up, read_columns, spaced_cells, tab_header
from rulegov.parse._table_spaced import SpacedRow, SpacedTable
from rulegov.parse._time import read_date
from rulegov.parse._unnumbered import LEAST_TASKS, headerless_rows, row_cells, unnumbered_openings
from rulegov.parse._vocab import (
    OUTLINE_PROSE_TITLES,
    PROSE_TITLES,
    ROLE_FIELDS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    TASK_SECTION_TITLES,
    TIME_LABELS,
    UNIT_ENDS,
)

if TYPE_CHECKING:
    from rulegov.parse._header import Header
    from rulegov.parse._text import Line
    from rulegov.parse._unnumbered import Opening


_TITLE_TRAILS = " :,;。!?"  # what closes a heading's words and is none of them
_CELL_PIPE = "|"  # the pipe that closes a table's cell printed a cell a line
_SENTENCE_END = re.compile("[。!?]")


def _title_stop(text: str, begin: int, end: int) -> int:
    """Where a heading's words end before ``end``: before its stop and the signs after them.

    A heading copied from a table printed a cell a line closes with its cell's pipe
    (``一、紧扣大局,深化政务公开 |``): the pipe is none of its words. A heading of nothing but
    the pipe keeps it, as it reads without a title of its own.
    """
    stop = end
    while stop > begin and text[stop - 1] in _TITLE_TRAILS + _CELL_PIPE:
        stop -= 1
    if stop > begin:
        return stop
    stop = end
    while stop > begin and text[stop - 1] in _TITLE_TRAILS:
        stop -= 1
    return stop


_LONGEST_GROUP_LINE = 40  # 区司法局、区法院、区检察院: a line of names over a group's items


# The headings of the sections a table printed with spaces may number its rows under afresh.
_SECTION_STYLES = frozenset({Style.CHINESE, Style.CHAPTER, Style.CHINESE_PAREN, Style.PART})


_HOLDERS: dict[str, frozenset[str]] = {
    Style.ARTICLE: frozenset({Style.CHAPTER, Style.PART}),
    Style.PART: frozenset({Style.CHAPTER}),
    # 第二章 主要任务 / 一、推进依法行政: the 一、 of a chapter are its parts, not the document's
    Style.CHINESE: frozenset({Style.CHAPTER, Style.PART}),
}


# The usual order of the levels of numbering (GB/T 9704): 一、 （一） 1. （1） ①
_STYLE_RANKS: dict[str, int] = {
    Style.CHINESE: 0,
    Style.CHINESE_PAREN: 1,
    Style.ARABIC: 2,
    Style.ARABIC_PAREN: 3,
    Style.CIRCLED: 4,
}
_SUB_NUMBER = re.compile(r"\d{1,3}\.\d{1,2}(?:\s|[^\d年月日.%])")
# a list's number printed right before its text, its 、 or . lost (1对政策措施…): one or two
# digits, then a character that opens no quantity (2人, 3所, 5个 run on a sentence)
_LOST_SEPARATOR = re.compile(
    r"(?P<ar>[1-9]\d?)(?=[\u4e00-\u9fff])"
    r"(?![年月日号时分秒个项件次名人户家所条元万亿倍岁天周期批套台辆座处场篇份类级层部本届])"
)


def _numbered_page_line(line: Line, crumbs: frozenset[int], *, grouped: bool) -> bool:
    """A line of the page that may look numbered, above the body: no item of the document."""
    text = line.text
    return (
        line.number in crumbs  # a breadcrumb printed as a numbered list (1. 首页 / 2. 信息公开)
        # a sharing site's label of one of the documents it groups (1.某办法 篇一), under the
        # group's title (某办法(精选12篇))
        or (grouped and SHARED_ENTRY.fullmatch(text) is not None)
        or numbered_field(text) is not None  # a library's numbered record (1. 【颁布时间】…)
        # a sharing site's numbered instructions (- 1、下载文档前…)
        or is_chrome(text.lstrip("-•· "))
        # a sharing site's line that names the file, its own name a chain of keywords in
        # pipes (…请在某网|工程机械CAD图纸|…上搜索。): the page's, no table's row
        or SHARED_FILE.match(text) is not None
    )


def _space_at(line: Line) -> int | None:
    """Where the first space inside ``line`` was dropped from its normalised text, if any."""
    return next((position for position in line.breaks if position > 0), None)


def _lost_separator(line: Line) -> re.Match[str] | None:
    """A list's number run onto its text as printed, with no space between (1对…, not 1 总则)."""
    found = _LOST_SEPARATOR.match(line.text)
    if found is None or any(0 < position <= found.end("ar") for position in line.breaks):
        return None
    return found


# the longest heading sentence of an item whose number lost its mark (11完善…制度。)
_LOST_TITLE_MAX = 40
# a line that names an item's units, under the item (责任单位:市政府法制办、…)
_UNITS_LINE = re.compile(r"(?:牵头|责任|主责|配合|协办|参与)(?:单位|部门)[:：]")


def _next_lost_item(lines: list[Line], index: int) -> int | None:
    r"""The number of the next item run onto its text after ``index``, past units' lines only.

    Headings of the parts between them (四、严格执法) are passed over too.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> lines = split_lines("11完善制度。\n责任单位:市司法局\n四、严格执法\n12改革体制。")
        >>> _next_lost_item(lines, 0), _next_lost_item(lines, 3)
        (12, None)
    """
    for following in range(index + 1, len(lines)):
        text = lines[following].text.strip(" \t")
        if not text or _UNITS_LINE.match(text) is not None:
            continue
        lost = _lost_separator(lines[following])
        if lost is not None:
            return int(lost.group("ar"))
        if match_heading(text) is None:
            return None
    return None


def _decimal_head(line: Line, lines: list[Line], index: int) -> Heading | None:
    """A number without punctuation that heads decimal items (``1 加强组织领导`` over ``1.1 …``).

    Decimal numbering (1 · 1.1 · 1.1.1) leaves its first level bare, a space after it: the
    line is item 1 when the next line with text opens item 1.1.
    """
    found = BARE_NUMBER.match(line.original)
    if found is None:
        return None
    after = next((lines[i] for i in range(index + 1, len(lines)) if lines[i].text.strip()), None)
    heading = match_heading(after.text) if after is not None else None
    if heading is None or heading.number != f"{int(found.group(1))}.1":
        return None
    value = int(found.group(1))
    return Heading(Style.ARABIC, value, str(value), len(found.group(1)))


# a bracket opened after a sentence's end that the line leaves open: 。(市财政局牵头
_LEFT_OPEN = re.compile(r"。[(〔\[【][^()〔〕\[\]【】]*$")
_ROLE_ENDS = tuple(sorted({word for word, _ in ROLE_SUFFIXES}, key=len, reverse=True))


class BodyReading(ParserState):
    """Reads the body's lines into the tree of numbered parts."""

    # -- the body ---------------------------------------------------------------------------

    def body_start(self, crumbs: frozenset[int] = frozenset()) -> int:
        grouped = False  # under a sharing site's title of a group of documents (某办法(精选12篇))
        values = _rows_of_no_table(self.lines)
        # a call for comments over the draft it prints: its numbered paragraphs are the call's
        draft = draft_under_call(self.lines) or 0
        for index, line in enumerate(self.lines):
            text = line.text
            grouped = grouped or SHARED_GROUP.fullmatch(text) is not None
            # the values under a row of disclosure labels, a joint signature: no table's rows
            if (
                index in values
                or index < draft
                or _numbered_page_line(line, crumbs, grouped=grouped)
            ):
                continue
            if match_heading(text) is not None or (
                text[:1].isdecimal()
                and (
                    self.digit_item(line, self.lines, index)
                    or _decimal_head(line, self.lines, index)
                )
            ):
                return index
            cells = table_cells(text)
            if (
                cells is not None
                and not is_meta_row(text, cells)
                and not is_field_row(text, cells)  # 颁布单位:… | 文号:… |: the page's fields
                and not marked_label_row(text, cells)  # 公文时效: | 有效 |: a field's row too
                and not is_separator_row(text, cells)
                and not is_chrome(text)  # a page's controls set in a table: |字号:|
                and not is_nav_bar(text)  # or its menu: 智能问答 | 无障碍浏览 | |
                and not self.set_in_a_row(index, cells)  # a heading in a row of its own
            ):
                return index
            if cells is None and may_line_up(line.original):
                spaced = spaced_cells(line)
                if spaced is not None and read_columns([text[a:b] for a, b in spaced]):
                    return index  # the header of a table lined up with spaces
            if cells is None and (
                tab_header(text) is not None or self.glued_header(line, self.lines, index)
            ):
                return index  # the header of a table of two columns parted by a tab, or glued
            if text.startswith("序号") and line.gaps and SpacedTable.find([line]) is not None:
                return index  # a line that is the header of a table printed with single spaces
        return len(self.lines)

    def set_in_a_row(self, index: int, cells: list[tuple[int, int]]) -> bool:
        """Whether a row is the heading set in a table: one cell naming a document, the rest empty.

        A page prints a heading in a row merged across its columns (某办关于印发…的通知 | | |),
        the head's lines (the address, the text) under it. A table's caption in such a row
        (某工作任务分解表 | | |) has the table's rows under it, and a task table's row or the
        heading of a group of its rows (一、产业发展 | | |) opens the body.
        """
        text = self.lines[index].text
        lone = lone_cell(cells)
        if lone is None:
            return False
        cell = text[lone[0] : lone[1]]
        if match_heading(cell) is not None or cell[:1].isdecimal() or not names_document(cell):
            return False
        # the next line that holds more than a rule or empty cells is no row of a table
        following = (
            line.text
            for line in self.lines[index + 1 : index + 1 + _ROWS_UNDER_A_CAPTION]
            if line.text.strip(" \t|-:")
        )
        below = next(following, None)
        return below is not None and table_cells(below) is None

    def read_body(self, lines: list[Line]) -> None:
        contents = _table_of_contents(lines)
        # a table of contents under its head (目录), which the header may have read above the body
        listed = {id(self.lines[index]) for index in _listed_contents(self.lines)}
        for index, line in enumerate(lines):
            text = line.text
            if not text.strip(" \t"):
                continue
            if index in contents or id(line) in listed:  # a table of contents: front matter
                self.content(line)
                continue
            if self.table is not None and (
                not text.strip("| \t") or text.strip("| \t") in EMPTY_MARKS
            ):
                # a line of | between the rows of a table copied a cell a line, or the mark of
                # a row's empty last cell (—, /) after it
                self.content(line)
                continue
            if self.opens_task(line) or self.table_line(line, lines, index):
                continue
            self.end_table()
            row = None if self.spaced is None else self.spaced.row(line, cut=self.ends_text(line))
            if row is not None:
                self.spaced_item(line, row)
                continue
            heading = self.body_heading(line, lines, index)
            if heading is not None:
                self.heading(line, heading)
                if self.spaced is not None:
                    self.spaced.pending = ()
                    self.spaced.restarts |= heading.style in _SECTION_STYLES
            elif not (self.unit_group(line, lines, index) or self.spaced_cells(line)):
                self.content(line)
        self.end_table()

    def first_group_start(self, header: Header, start: int) -> int:
        """Where the body starts when the address read from the head is a first group's units.

        A 责任清单 that lists each body's work under its name (区司法局： / 1.… / 2.… /
        区财政局： / 1.…) opens with the first name right under the title: it reads as the
        address of a notice, but no notice follows it. Where that one name stands last in the
        head, right over the numbered items, and a later line of names over items opens another
        group, it is the first group's line: the body starts there, and there is no address.
        """
        span = header.spans.get("recipients")
        if span is None or len(header.recipients) != 1 or header.notice_lines:
            return start
        above = start - 1
        while above >= 0 and not self.lines[above].text.strip(" \t"):
            above -= 1
        if above < 0 or not self.lines[above].start <= span.start < self.lines[above].end_offset(
            len(self.lines[above].text)
        ):
            return start
        if not self.unit_group_line(self.lines[above], self.lines, above):
            return start
        if not any(
            self.unit_group_line(line, self.lines, index)
            for index, line in enumerate(self.lines[start:], start)
            if line.text.endswith((":", "：")) and len(line.text) <= _LONGEST_GROUP_LINE
        ):
            return start
        header.recipients = []
        del header.spans["recipients"]
        return above

    def units_end(self, line: Line) -> bool:
        """Whether a bracket of units the line opens after its sentence goes no further than it.

        So it is where the text ends with the line, and where the line ends inside the bracket,
        after a role word, and the next line opens an item of its own (…公开。(市财政局牵头 /
        2.公开…): the bracket was never closed, and its units are read as far as it goes.
        """
        if self.ends_text(line):
            return True
        left_open = _LEFT_OPEN.search(line.text.rstrip(" "))
        if left_open is None or not left_open.group().endswith(_ROLE_ENDS):
            return False  # names alone or cut short (。(市政府办公室、市): the task's own words
        end = line.end_offset(len(line.text))
        index = bisect.bisect_right([other.start for other in self.lines], end)
        after = next((other for other in self.lines[index:] if other.text.strip()), None)
        return after is not None and match_heading(after.text) is not None

    def unit_group_line(self, line: Line, lines: list[Line], index: int) -> bool:
        """Whether a line is names of units before a colon, over a numbered item."""
        named = names_before_colon(line.text, 0)
        if named is None or line.text[named.end + 1 :].strip(" "):
            return False
        after = _next_printed(lines, index)
        return after is not None and match_heading(after.text) is not None

    def unit_group(self, line: Line, lines: list[Line], index: int) -> bool:
        """Open the group of items a line of units' names before a colon heads; say if it did.

        A 责任清单 may list each body's work under its name, the name on a line of its own
        ending in a colon and the items numbered under it (区司法局： / 1.… / 2.… / 区财政局：
        / 1.…): the names are the units of each item that names none of its own, up to the next
        such line or a heading above the items. The names may stand in square brackets instead
        (【区司法局】 / 〔区司法局〕).
        """
        named = names_before_colon(line.text, 0)
        if named is None or line.text[named.end + 1 :].strip(" "):
            named = _bracketed_names(line.text)
        if named is None:
            return False
        after = _next_printed(lines, index)
        if after is None or match_heading(after.text) is None:
            return False
        self.unit_groups.append(UnitGroup(line, named))
        return True

    def unnumbered_start(self, start: int) -> int:
        """Where the body starts when its tasks are marked by their units, not numbered.

        With no numbered part, or a table's row with no header over it where the body starts,
        the tasks are those their units mark (see _unnumbered): the body starts at the first.
        """
        if start < len(self.lines) and not row_cells(self.lines[start]):
            # numbered parts: the runs their units close under a part, if two or more
            headed = unnumbered_openings(self.lines[start:], headed=True)
            self.openings = {_line_key(self.lines[start + o.index]): o for o in headed}
            return start
        if start == len(self.lines):  # a table printed a cell a line with no header: its rows
            self.lines = headerless_rows(self.lines)
            start = len(self.lines)
        openings = unnumbered_openings(self.lines)
        if start < len(self.lines):  # the rows from there on
            openings = [o for o in openings if o.index >= start]
        if len(openings) < LEAST_TASKS:
            return start
        self.openings = {_line_key(self.lines[o.index]): o for o in openings}
        return min(start, openings[0].index)

    def opens_task(self, line: Line) -> bool:
        """Open the unnumbered task that starts at a line of the body, if one does; say if so."""
        opening = self.openings.get(_line_key(line))
        if opening is None:
            return False
        self.end_table()
        self.unnumbered_task(line, opening)
        return True

    def unnumbered_task(self, line: Line, opening: Opening) -> None:
        """Open the next task of a division of work printed without numbers (see _unnumbered).

        The task is read as an item numbered in order; units that open its sentence before
        负责 or 牵头 (区司法局负责…) are its responsible units.
        """
        self.place(Style.ARABIC)  # under the part open, beside the task before
        value = self.stack[-1].last_child.get(Style.ARABIC, 0) + 1
        if opening.cells:  # a row of a table printed without its header
            self.spaced_item(line, SpacedRow(value, opening.end, opening.cells))
            return
        self.heading(line, Heading(Style.ARABIC, value, str(value), opening.end))
        if opening.units_end:
            node = self.stack[-1]
            field = Field(ROLE_WORDS[Role.RESPONSIBLE], 0, opening.units_end, 0)
            node.fields.insert(0, (line, field))

    def body_heading(self, line: Line, lines: list[Line], index: int) -> Heading | None:
        """The heading a line of the body opens, if it opens one where it stands."""
        text = line.text
        heading = match_heading(text) or (
            (self.digit_item(line, lines, index) or _decimal_head(line, lines, index))
            if text[:1].isdecimal()
            else None
        )
        if heading is None or not self.decimal_fits(heading):
            return None  # 2.3公里…: a quantity that runs on, not a part of an open item
        if heading.style == Style.CHINESE and self.repeats_a_part(line, heading):
            return None  # an outline's first part printed again over its text: no new part
        return None if is_chrome(text) else heading  # a site's numbered instructions

    def before_first_part(self, text: str, begin: int, end: int) -> int:
        """Where an outline's point ends that runs on into its first part printed again.

        A sharing site's extraction runs the outline's last point into the text, which opens
        with the first part and its first point (``10.4未来展望一、背景与意义1.1政策背景:…``):
        the point's words end before the part's number.
        """
        parts = self.stack[0].children
        if not parts or parts[0].style != Style.CHINESE or not parts[0].title():
            return end
        first = re.compile(f"{re.escape(parts[0].number)}[、.]{re.escape(parts[0].title())}")
        found = first.search(text, begin + 1, end)
        return end if found is None else found.start()

    def repeats_a_part(self, line: Line, heading: Heading) -> bool:
        """Whether a part's heading prints again an earlier part, after the parts went past it.

        A sharing site's outline lists its parts and points (一、… 1.1… 十、… 10.4…) and then
        opens its text with the first part again (一、天津法治政府建设的背景与意义 / 1.1…): the
        text is the part already read, not an eleventh part numbered 一. Parts over items of
        their own (一、 over 1. 2.) are no outline: a text printed again reads as a new part.
        """
        parts = self.stack[0].children
        if not parts or parts[-1].value <= heading.value:
            return False
        points = [child.style in DECIMAL_STYLES for part in parts for child in part.children]
        if not points or not all(points):
            return False  # parts over items (1. 2.) or none: a text printed again, no outline
        printed = line.text.strip(" \t")
        return any(
            part.style == Style.CHINESE
            and part.value == heading.value
            and part.line.text.strip(" \t") == printed
            for part in parts
        )

    def decimal_fits(self, heading: Heading) -> bool:
        r"""Whether a decimal number (1.2, 1.2.1) numbers the next part of the item open above it.

        A document numbered in decimals throughout (1 · 1.1 · 1.1.1) nests them by depth:
        ``1.2`` reads as a heading under the open top-level 1 after 1.1, and ``1.2.1`` under an
        open 1.2, when the top level is Arabic (``1`` or ``1.``). Under a part 一、 whose own
        number it repeats (二、 over 2.1, 2.2), with no item of another style open, a decimal
        number heads the part's points (an outline: ``二、问题定义`` over ``2.1立法与政策执行问题``).
        Under a heading numbered otherwise (一、 then 1. then 1.1, or 二、 then 1.1) a decimal
        number stays a part of the text above it, and anywhere else it is text that runs on
        (提高到 / 1.2公里).
        """
        if heading.style not in DECIMAL_STYLES:
            return True
        above = heading.number.rsplit(".", 1)[0]
        for node in reversed(self.stack[1:]):
            if heading.style == Style.DECIMAL_SUB:
                if node.style != Style.DECIMAL:
                    continue
                number = node.number
            elif node.style in DECIMAL_STYLES:
                continue
            elif node is self.stack[1] and node.style in (Style.CHINESE, Style.CHAPTER):
                number = str(node.value)  # 二、 or 第二章 over 2.1: the part's points
            elif node is not self.stack[1] or node.style != Style.ARABIC:
                return False  # 一、 then 1. then 1.1: a part of item 1's text; 一、 then 1.1: text
            else:
                number = str(node.value)
            return number == above and heading.value == node.last_child.get(heading.style, 0) + 1
        return False

    def spaced_item(self, line: Line, row: SpacedRow) -> None:
        """A row of a task table printed with spaces, read as the item its number starts.

        The task's words are the item's title; its units and time cells are its fields, as
        if labelled (责任部门：…, 完成时限：…); any other cell is its text.
        """
        self.heading(line, Heading(Style.ARABIC, row.value, str(row.value), row.number_end))
        node = self.stack[-1]
        (_, begin, end), *others = row.cells
        # the cell's heading sentence titles the task, as a paragraph's does (推进预算公开。)
        stop = _SENTENCE_END.search(line.text, begin, end)
        title_end = end if stop is None else stop.end()
        stripped = _title_stop(line.text, begin, title_end)
        node.title_range = (begin, stripped)
        node.title_stop = title_end
        node.heading_text = [(line, begin, end)]
        node.fields = []
        for field, first, last in others:
            role = ROLE_FIELDS.get(field)
            label = ROLE_WORDS[role] if role is not None else None
            if field == "deadline":
                label = TIME_LABELS[0]
            if label is None:
                node.body.append((line, first, last))
            else:
                node.fields.append((line, Field(label, first, last, first)))
        node.opens_paragraph = True

    def spaced_cells(self, line: Line) -> bool:
        """Read a line that goes on with the units' cells of a spaced row cut short; say if so.

        See ``SpacedTable.continued``: the names are the units of the row's item, under their
        columns' roles, and the other cells its text.
        """
        cells = [] if self.spaced is None else self.spaced.continued(line)
        if not cells:
            return False
        node = self.stack[-1]
        for field, first, last in cells:
            role = ROLE_FIELDS.get(field)
            if role is None:
                node.body.append((line, first, last))
            else:
                node.fields.append((line, Field(ROLE_WORDS[role], first, last, first)))
        node.lines.append(line)
        node.last_line = line
        return True

    def digit_item(self, line: Line, lines: list[Line], index: int) -> Heading | None:
        """An item numbered right before digits (1.2024年底前…), read from its context."""
        if not line.text[:1].isdecimal():
            return None
        styles = [node.style for node in self.stack]
        expected = None
        if Style.ARABIC in styles:
            open_value = self.stack[styles.index(Style.ARABIC)].value
            if (
                _SUB_NUMBER.match(line.text) is not None
                and leading_number(line.text, None) == open_value
            ):
                return None  # 1.1梳理… under item 1 (1.2025年底前…): a part of it, not item 1 again
            expected = open_value + 1
        # the next line with text, found by index: a copy of the lines after it for every item
        # would make a long document's items cost time in proportion to its length
        after = next(
            (lines[i] for i in range(index + 1, len(lines)) if lines[i].text.strip(" \t")), None
        )
        next_value = None
        if after is not None:
            heading = match_heading(after.text)
            if heading is not None:
                next_value = heading.value if heading.style == Style.ARABIC else None
            elif _SUB_NUMBER.match(after.text) is None:  # 1.1 is a sub-item, not item 1 again
                next_value = leading_number(after.text, _space_at(after))
        found = match_digit_item(
            line.text, _space_at(line), expected=expected, next_value=next_value
        )
        if found is not None:
            return found
        return self.lost_separator_item(line, lines, index, after)

    def lost_separator_item(
        self, line: Line, lines: list[Line], index: int, after: Line | None
    ) -> Heading | None:
        """An item whose number's ``、`` or ``.`` the copy lost: ``1对政策措施…``, ``2委托…``.

        A page that drops some of its punctuation prints a list's numbers right before their
        text. A number alone before a character reads as no item anywhere else (2人, 3所学校 run on
        a sentence), so only a list of them is one: item 1 under a line that announces it (…提交
        以下材料:) with item 2 printed the same way on the next line, and the items after it that
        go on with the open list of such items (3 after 2).
        """
        lost = _lost_separator(line)
        if lost is None:
            return None
        value = int(lost.group("ar"))
        heading = Heading(Style.ARABIC, value, str(value), lost.end("ar"))
        styles = [node.style for node in self.stack]
        if Style.ARABIC in styles:
            open_item = self.stack[styles.index(Style.ARABIC)]
            if value != open_item.value + 1:
                return None
            return heading if _lost_separator(open_item.line) is not None else None
        before = next(
            (lines[i] for i in range(index - 1, -1, -1) if lines[i].text.strip(" \t")), None
        )
        following = None if after is None else _lost_separator(after)
        if (
            value == 1
            and before is not None
            and before.text.rstrip(" \t").endswith(":")
            and following is not None
            and following.group("ar") == "2"
        ):
            return heading
        # a page of a list printed from inside it (a mirror's second page): item n heading its
        # text with a sentence (11完善…制度。), the next such item n + 1 past only the units'
        # lines (责任单位:…) and the headings of the parts between them
        if "。" in line.text[: lost.end("ar") + _LOST_TITLE_MAX] and (
            _next_lost_item(lines, index) == value + 1
        ):
            return heading
        return None

    def heading(self, line: Line, heading: Heading) -> None:
        self.place(heading.style)
        parent = self.stack[-1]
        node = Node(heading.style, heading.number, heading.value, line)
        self.check_sequence(node, parent, line)
        parent.children.append(node)
        if self.unit_groups:
            self.unit_groups[-1].take(node, parent, self.stack)
        self.stack.append(node)
        ranges, fields = split_fields(line.text, heading.end, cut=self.units_end(line))
        opening = names_before_colon(line.text, heading.end)
        if (
            opening is not None
            and ranges
            and ranges[0][0] == heading.end
            and line.text[opening.end + 1 : ranges[0][1]].strip(" ")
        ):
            # 1.区发改委:牵头推进…: the item's units, then its text
            fields = [opening, *fields]
            ranges[0] = (opening.end + 1, ranges[0][1])
        elif opening is not None and ranges and ranges[0][0] == heading.end:
            # 1.区发改委: with its work below: the names title the item and name the units of
            # the work under them (see _share_colon_titles)
            node.colon_names = opening
        node.fields.extend((line, field) for field in fields)
        node.lines.append(line)
        node.last_line = line
        if not ranges:
            node.title_range = (heading.end, heading.end)
            return
        first_begin, first_end = ranges[0]
        stop = _SENTENCE_END.search(line.text, first_begin, first_end)
        title_end = first_end if stop is None else stop.end()
        colon = line.text.find(":", first_begin, title_end - 1)
        if colon > first_begin and (
            _names_part(line.text[first_begin:colon])
            or _closes_heading(line.text, first_begin, colon)
        ):
            title_end = colon + 1  # 三、工作目标:到年底…: the heading's words, then its text
        elif stop is not None and heading.style != Style.ARTICLE:
            # 一、总体要求 坚持以…。: the heading's words, a space, then its text's sentence (an
            # article's text follows its number after a space and has no heading words)
            title_end = _heading_before_gap(line, first_begin, title_end)
        if heading.style in DECIMAL_STYLES:
            title_end = self.before_first_part(line.text, first_begin, title_end)
        stripped = _title_stop(line.text, first_begin, title_end)
        node.title_range = (first_begin, stripped)
        node.title_stop = title_end
        rest = line.text[title_end:first_end].strip(" ")
        node.opens_paragraph = bool(rest) or len(ranges) > 1 or bool(fields)
        node.heading_text.extend((line, begin, end) for begin, end in ranges)

    def place(self, style: str) -> None:
        """Pop the stack to where a heading of ``style`` belongs.

        A style already open closes back to it (a sibling). A style met before goes back under
        the style it nested in then. A new 一、 or 第一条 starts the top level. Any other new
        style nests under the current heading.
        """
        styles = [node.style for node in self.stack]
        if style in styles:
            del self.stack[styles.index(style) :]
            return
        holders = [i for i, node in enumerate(self.stack) if node.style in _HOLDERS.get(style, ())]
        if holders:  # 第一条 sits under the open 第一节 or 第一章, 第一节 under the open 第一章
            del self.stack[holders[-1] + 1 :]
            self.parent_style[style] = self.stack[-1].style
            return
        parent_style = self.parent_style.get(style)
        if parent_style is not None:
            if parent_style in styles:
                top = self.stack[-1]
                if top.style != parent_style and _bare_heading(top):
                    # 二、… （一）全力以赴稳增长。 then 10.: the numbers run on from the items of
                    # 一、, but under the heading that now stands over them
                    self.parent_style[style] = top.style
                    return
                del self.stack[styles.index(parent_style) + 1 :]
            else:
                # the heading it nested in is closed (一、（一）1. then 二、1.): the part that is
                # open now holds it, a level skipped, and what it ranks above closes
                self.above_lower(style)
        elif style in TOP_STYLES:
            del self.stack[1:]
            # what sat at the top before now nests under the new top style
            self.parent_style = {k: v for k, v in self.parent_style.items() if v != "root"}
        else:
            self.above_lower(style)
        self.parent_style[style] = self.stack[-1].style

    def above_lower(self, style: str) -> None:
        """Close the open headings of a style printed below a new ``style`` (GB/T 9704 order).

        （一） （1） （2） then 1.: the items 1. go beside （1）, under （一）, and not inside （2）,
        since 1. numbers a level above （1）; a （1） that follows later nests under them.
        """
        rank = _STYLE_RANKS.get(style)
        if rank is None:
            return
        closed: list[str] = []
        while len(self.stack) > 1 and _STYLE_RANKS.get(self.stack[-1].style, -1) > rank:
            closed.append(self.stack.pop().style)
        for lower in closed:
            self.parent_style[lower] = style

    def check_sequence(self, node: Node, parent: Node, line: Line) -> None:
        previous = parent.last_child.get(node.style)
        run_on = self.last_values.get(node.style, 0) + 1
        expected = {previous + 1} if previous is not None else {1, run_on}
        parent.last_child[node.style] = node.value
        if node.value not in expected:
            wanted = " or ".join(str(value) for value in sorted(expected))
            self.diagnostics.append(
                line_diagnostic(
                    line,
                    0,
                    "number-sequence",
                    f"heading number {node.number!r} breaks the sequence; expected {wanted}",
                )
            )
        self.last_values[node.style] = node.value

    def content(self, line: Line) -> None:
        if is_chrome(line.text):
            self.diagnostics.append(
                line_diagnostic(line, 0, "page-chrome", "web-page furniture skipped", Severity.INFO)
            )
            return
        ranges, fields = split_fields(line.text, 0, cut=self.units_end(line))
        target = self.stack[-1]
        if not fields and target is not self.root:
            # 区司法局牵头，区法院配合。 on a line of its own under the task's text
            division = division_line(line.text)
            if division is None and line.gaps:
                division = spaced_labels(line.text, line.gaps)  # 牵头单位 区司法局
            if division is not None:
                ranges, fields = [], division
        if target is self.root:
            self.loose.extend((line, begin, end) for begin, end in ranges)
            if not fields:
                self.diagnostics.append(
                    line_diagnostic(
                        line,
                        0,
                        "unclassified-line",
                        "text outside the header and any numbered part belongs to no "
                        "field (only the documents it cites are kept); review it",
                    )
                )
        target.fields.extend((line, field) for field in fields)
        if not ranges:
            target.bare_fields.extend((line, field) for field in fields)
        if target is not self.root:
            target.body.extend((line, begin, end) for begin, end in ranges)
            target.lines.append(line)
            target.last_line = line


def _line_key(line: Line) -> tuple[int, int]:
    """A line's place: its number and first column (a printed line may hold several parts)."""
    return line.number, line.first_column


# the lines looked at under a row that may caption a table: its empty rows and rules, then a row
_ROWS_UNDER_A_CAPTION = 4


_LONGEST_COLON_HEADING = 24
# words that open what the colon lists or says (主要任务是:, 具体如下:), no heading of their own
_LEADS_IN = (
    *("是", "为", "如下", "包括", "有", "要", "即"),
    # words that say or give what follows the colon: a sentence's, not a heading's
    *("规定", "强调", "指出", "提出", "要求", "明确", "表示", "网址", "电话", "地址", "邮箱"),
)
_NOT_IN_HEADING = re.compile(r"[,;()、]")


# 总体要求, 加强组织领导: a heading's few words before the space, never a verb alone (完成 3 项)
_SHORTEST_GAPPED_HEADING = 4
_LONGEST_GAPPED_HEADING = 12
_SHORTEST_GAPPED_SENTENCE = 20  # the text after the space: a sentence, with its commas
# a heading's words: ideographs, with figures (2007年工作回顾), never a formula's signs (ALT≥2)
_GAPPED_HEADING_WORDS = re.compile(r"(?=(?:\d*[\u4e00-\u9fff]){2})[\u4e00-\u9fff\d]+")
_SENTENCE_OPENING = re.compile(r"[\u4e00-\u9fff\d“]")


def _heading_before_gap(line: Line, begin: int, end: int) -> int:
    """Where a heading's words end when its text follows them on its line after a space.

    ``一、总体要求 坚持以习近平…,推进…。``: a few words, a space the printed line keeps, then a
    sentence with its commas up to its stop: the words are the heading, the sentence its text,
    as a colon or a stop would part them. Else ``end``, where the sentence stops.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("一、总体要求 坚持以人民为中心,推进矛盾纠纷化解中心建设,维护稳定。")[0]
        >>> line.text[2:_heading_before_gap(line, 2, len(line.text))]
        '总体要求'
        >>> line = split_lines("一、加强 组织领导。")[0]
        >>> _heading_before_gap(line, 2, len(line.text)) == len(line.text)
        True
        >>> line = split_lines("1.完成 3 项改革 2 个试点,区司法局负责,年底前完成全部验收工作。")[0]
        >>> _heading_before_gap(line, 2, len(line.text)) == len(line.text)
        True
        >>> line = split_lines("1.ALT≥2 ULN；或者ALT＜2ULN，但肝组织学显示炎症坏死，或纤维化。")[0]
        >>> _heading_before_gap(line, 2, len(line.text)) == len(line.text)
        True
    """
    for gap in line.gaps:
        if not begin < gap < end:
            continue
        words, sentence = line.text[begin:gap], line.text[gap:end]
        if (
            _SHORTEST_GAPPED_HEADING <= len(words) <= _LONGEST_GAPPED_HEADING
            and _GAPPED_HEADING_WORDS.fullmatch(words) is not None
            and _SENTENCE_OPENING.match(sentence) is not None
            and len(sentence) >= _SHORTEST_GAPPED_SENTENCE
            and ("," in sentence or "，" in sentence)
        ):
            return gap
        break  # only the first space parts a heading from its text
    return end


def _closes_heading(text: str, begin: int, colon: int) -> bool:
    """Whether ``text[begin:colon]`` is a heading that a colon closes: ``动态更新权力清单:3月底前…``.

    A numbered item often writes 标题:正文, its heading words and then its text. The words are a
    short phrase, without a comma or a list, that names no unit (区司法局:负责…) and does not lead
    into what follows (主要任务是:).

    Examples:
        >>> _closes_heading("动态更新权力清单:3月底前完成梳理", 0, 8)
        True
        >>> _closes_heading("县司法局:负责统筹", 0, 4), _closes_heading("主要任务是:推进改革", 0, 5)
        (False, False)
        >>> _closes_heading("每周五14:30召开例会", 0, 5), _closes_heading("会议强调:要推进", 0, 4)
        (False, False)
    """
    words = text[begin:colon]
    return (
        2 <= len(words) <= _LONGEST_COLON_HEADING
        and colon + 1 < len(text)
        and _NOT_IN_HEADING.search(words) is None
        and words[-1] not in UNIT_ENDS
        and not words[-1].isdecimal()  # 14:30, 1:3: a time or a ratio, not a heading's end
        and not words.endswith(_LEADS_IN)
    )


def _names_part(words: str) -> bool:
    """Whether ``words`` are a heading's name of a part (工作目标, 组织保障) and nothing more."""
    return (
        words in TASK_SECTION_TITLES
        or words in PROSE_TITLES
        or words in HEADING_KINDS
        or words in OUTLINE_PROSE_TITLES
    )


_SHORTEST_BRACKETED_NAMES = 4  # 【区委】: two characters of a name between the brackets


def _bracketed_names(text: str) -> Field | None:
    """The units' names of a line that is a square bracket of them alone (【区司法局】), or None."""
    stripped = text.strip(" ")
    if (
        len(stripped) < _SHORTEST_BRACKETED_NAMES
        or stripped[0] not in "【〔"
        or stripped[-1] not in "】〕"
    ):
        return None
    begin = text.index(stripped) + 1
    end = begin + len(stripped) - 2
    if not names_units_only(text, begin, end):
        return None
    return Field(ROLE_WORDS[Role.RESPONSIBLE], begin, end, begin)


@attrs.define
class UnitGroup:
    """The items a line of units' names before a colon heads (区司法局： / 1.… / 2.…)."""

    line: Line
    names: Field
    parent: Node | None = None  # the part the items stand in
    style: str | None = None  # the numbering of the items
    items: list[Node] = attrs.Factory(list)
    closed: bool = False

    def take(self, node: Node, parent: Node, stack: list[Node]) -> None:
        """Count a heading just placed under ``parent`` among the items, or close the group."""
        if self.closed:
            return
        if self.parent is None:
            self.parent, self.style = parent, node.style
        if parent is self.parent and node.style == self.style:
            self.items.append(node)
        elif not any(open_node is self.parent for open_node in stack):
            self.closed = True  # a heading above the items: the group has ended


def _bare_heading(node: Node) -> bool:
    """A numbered heading with no item or field below it yet, its title alone on its line."""
    return not (node.children or node.fields or node.opens_paragraph)


def _table_of_contents(lines: list[Line]) -> set[int]:
    """The lines of a table of contents: chapter headings one after another, printed again below.

    A law library's copy of a 条例 lists its chapters (第一章 总则, 第二章 …), with their parts
    (第一节 …) or without, before the text, with nothing between them; the text then opens with
    the first of them again. Such a run heads nothing: it is front matter, not a second set of
    chapters. The run ends where a chapter's number does not go up (… 第三章 附则 / 第一章 总则):
    there the text begins.
    """
    printed = [index for index, line in enumerate(lines) if line.text.strip()]
    entries = [_contents_entry(lines[index].text) for index in printed]
    last = {entry[2]: at for at, entry in enumerate(entries) if entry is not None}
    found: set[int] = set()
    at = 0
    while at < len(entries):
        length = _contents_run(entries, at)
        first = entries[at]
        # a run printed again below: the first chapter it lists is printed after it
        if (
            length > 1
            and first is not None
            and first[0] is Style.CHAPTER
            and last[first[2]] >= at + length
        ):
            found.update(printed[at : at + length])
        at += max(length, 1)
    return found


# the leaders and page number after an entry of a table of contents: 第一节 发展基础……4
_CONTENTS_LEADERS = ".．·…—-"  # with spaces, what leads an entry to its page number
_LONGEST_PAGE_NUMBER = 3
# the fewest entries a table of contents under its head lists
_FEWEST_CONTENTS = 3


def _next_printed(lines: list[Line], index: int) -> Line | None:
    """The first line with text after ``lines[index]``, read from there on (no copy of the rest)."""
    return next(
        (lines[at] for at in range(index + 1, len(lines)) if lines[at].text.strip(" \t")), None
    )


def _listed_contents(lines: list[Line]) -> set[int]:
    """The entries of a table of contents printed under its head (目录, 目 录, 目錄, 目次).

    A plan that prints its parts and items (一、…, (一)…, 第一章 …, 第一节 …) one to a line under
    目录 before its text lists them, it does not open them: the list is front matter. It runs
    while its lines are headings alone (no sentence, leaders and a page number allowed) and stops
    where its first entry is printed again, the text's own heading. A run of three or more is
    the table when its first entry is printed again below it or, front matter before the first
    heading of the text, the copy ends inside it; a heading printed under 目录 that the text then
    opens is never taken for it, unless listed before. A list under 目录 after the text's first
    heading that runs to the copy's end is the plan's last items (按照以下分类编制：/ 目录 /
    （1）文书档案…).
    """
    printed = [index for index, line in enumerate(lines) if line.text.strip()]
    first_heading = next(
        (index for index in printed if match_heading(lines[index].text) is not None), len(lines)
    )
    found: set[int] = set()
    # each printed line's entry, and where (in printed) an entry is printed last: read once,
    # when the first head is met, however many heads the copy prints
    entries: list[str | None] = []
    last_at: dict[str, int] = {}
    for at, index in enumerate(printed):
        if not CONTENTS_TAIL.fullmatch(re.sub(r"\s+", "", lines[index].text)):
            continue
        if not entries:
            entries = [_listed_entry(lines[later].text) for later in printed]
            last_at = {entry: where for where, entry in enumerate(entries) if entry is not None}
        run: list[str] = []
        for later in range(at + 1, len(entries)):
            entry = entries[later]
            if entry is None or (run and entry == run[0]):
                break
            run.append(entry)
        if len(run) < _FEWEST_CONTENTS:
            continue
        end = at + 1 + len(run)  # the first printed line after the run
        front = end == len(printed) and index < first_heading
        if front or last_at[run[0]] >= end:
            found.update(printed[at + 1 : end])
    return found


def _listed_entry(text: str) -> str | None:
    """A line a table of contents under 目录 lists: a numbered heading alone, its leaders dropped.

    Its text without spaces, leaders or page number (（一）指导思想……3: （一）指导思想).
    """
    text = _without_leaders(text)
    if match_heading(text) is None or re.search(r"[。;；:：,，]", text):
        return None
    return re.sub(r"\s+", "", text)


def _without_leaders(text: str) -> str:
    """An entry's text without the leaders and the page number (up to three digits) at its end.

    Read back from the end, once over each character, however long a run of leaders a copy
    prints (a PDF's dotted lines run to thousands of characters).
    """
    text = text.rstrip()
    end = len(text)
    digits = 0
    while end and text[end - 1].isdecimal():
        end -= 1
        digits += 1
    if digits > _LONGEST_PAGE_NUMBER:
        return text[: len(text) - _LONGEST_PAGE_NUMBER]
    while end and (text[end - 1].isspace() or text[end - 1] in _CONTENTS_LEADERS):
        end -= 1
    return text[:end]


def _contents_entry(text: str) -> tuple[Style, int, str] | None:
    """A line that a table of contents may list: a chapter's or a part's heading alone.

    Its style, its number's value and its name without spaces (第一章 总则: 第一章总则).
    """
    heading = match_heading(text)
    if heading is None or heading.style not in NEVER_TASKS or "。" in text:
        return None
    return heading.style, heading.value, re.sub(r"\s+", "", text)


def _contents_run(entries: list[tuple[Style, int, str] | None], start: int) -> int:
    """How many entries from ``start`` run on as a table of contents does: numbers going up.

    Each chapter's number is above the one before, and each part's above the part before it in
    its chapter; a chapter whose number repeats or goes back is the text's own.
    """
    chapter = part = 0
    at = start
    while at < len(entries):
        entry = entries[at]
        if entry is None:
            break
        style, value, _ = entry
        if style is Style.CHAPTER:
            if value <= chapter:
                break
            chapter, part = value, 0
        elif value <= part:
            break
        else:
            part = value
        at += 1
    return at - start


def _rows_of_no_table(lines: list[Line]) -> set[int]:
    """The rows apart by tabs or pipes that are no table's: a page's values, a joint signature.

    索引号 | 发文机关 | 成文日期 over 001-2023-0012 | 某区人民政府办公室 | 2023年5月10日: the row
    under the labels holds as many cells as they, and is the page's fields. Organs apart by
    tabs over a date (中共某区委办公室 / 某区人民政府办公室, then 2023年5月10日) sign a notice.
    """
    rows: set[int] = set()
    labels = 0  # the cells of the last line with text, when it is a row of labels alone
    signers: int | None = None  # the last line with text, when a row of organs alone
    for index, line in enumerate(lines):
        text = line.text
        if not text.strip(" \t"):
            continue
        if signers is not None and read_date(text.strip(" \t")) is not None:
            rows.add(signers)
        above, labels, signers = labels, 0, None
        cells = table_cells(text)
        if cells is None:
            continue
        names = [text[begin:end].strip(" :\t") for begin, end in cells]
        if all(name in META_LABELS for name in names):
            labels = len(cells)
        elif len(cells) == above:
            rows.add(index)
        elif len(organs := [name for name in names if name]) > 1 and all(
            map(is_organ_name, organs)
        ):
            signers = index  # its empty cells aside
    return rows
