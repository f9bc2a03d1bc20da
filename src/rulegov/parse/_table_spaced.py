"""Task tables printed with one space between their cells, their rows run on in one line.

A page that lost its table markup prints a 任务分解表 as words parted by single spaces, often all
on one line: ``序号 工 作 内 容 责任部门 完成时限 一、… 1 推进… 各级…办公室 全年 2 出台…``. The
header's words (a heading spaced out letter by letter, 工 作 内 容, read as one) name the columns;
each row starts with its number, one more than the last. A row with one word a column is read
cell by cell. Otherwise its last cells are the columns after the task's, and the task's words are
all that stands between: where the task's columns are several (类别 主要任务 细化措施), a last word
that is a sentence of its own is the measures' cell, and a first word before the title's is the
group's when one word is left for each; a space inside a cell (加强水资源保 护) leaves the other
words to the task's title. The first column of units after the task's takes no word that names no
unit (划定管理范围): the cells after the task's stop after it, the first column and the last ones
filled (the cell left empty is a middle one). A column of the task's words after the units' (工作要求)
takes the words a row has more than the header, from the units' cells on.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

import attrs

from rulegov.parse._numbering import match_heading
from rulegov.parse._table_header import glued_header, heading_key, read_columns
from rulegov.parse._text import join_lines
from rulegov.parse._vocab import PLACE_ENDS, ROLE_FIELDS, TABLE_HEADINGS, UNIT_ENDS

if TYPE_CHECKING:
    from rulegov.parse._text import Line

__all__ = ["SpacedRow", "SpacedTable"]

_NUMBER_HEADING = "序号"
_OTHER = "other"  # a column after the units' that no heading of the genre's names: its text
_PERSON_NAME = 4  # 吴蓓蓓, 欧阳晓峰: the longest word a column of people holds before the units
_LONGEST_HEADING = 12  # 专项整治行业名称, 牵头责任单位: the most letters a heading joins
_MAX_ROW_NUMBER = 999
_NOTE = re.compile(r"\([^()]*\)")
_NAMES_APART = re.compile(r"[、,;]")
_LIST_MARKS = "、,"  # the marks between names of a list that goes on after them
_ONE_SPACE = 2  # one character dropped between two words: a space, or a line's end
_LIST_END = re.compile(r"(?:等(?:单位|部门)?)?。?$")  # 农业局等: the list's end, not a name's


@attrs.frozen(slots=True)
class SpacedRow:
    """A row of a table printed with spaces: its number, where the number ends, its cells.

    ``cells`` are (field, begin, end) in the normalised line, the task's title first.
    """

    value: int
    number_end: int
    cells: tuple[tuple[str, int, int], ...]


def _words(line: Line) -> list[tuple[int, int]]:
    """The ranges of the normalised line that the printed line parts with spaces.

    A word that ends with a list's mark goes on in the next after one space or a line's end
    (市财政局、 市人社局): one cell.
    """
    bounds = [0, *line.gaps, len(line.text)]
    words: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(bounds):
        if b <= a:
            continue
        if (
            words
            and line.text[words[-1][1] - 1] in _LIST_MARKS
            and line.offset(a) - line.offset(a - 1) == _ONE_SPACE
        ):
            words[-1] = (words[-1][0], b)
        else:
            words.append((a, b))
    return words


def _single_spaced(line: Line) -> bool:
    """Whether a line parts its words with single spaces only: no run of spaces, no tab."""
    printed = line.original.strip()
    return "  " not in printed and "\t" not in printed and "\u3000" not in printed


def _row_number(line: Line) -> int | None:
    """The row number a line opens with, printed apart from its words (1 推进…), or None."""
    words = _words(line)
    if not words:
        return None
    first = line.text[slice(*words[0])]
    if not first.isdecimal() or len(first) > len(str(_MAX_ROW_NUMBER)) or len(words) < 2:
        return None
    return int(first)


def _header_fields(line: Line) -> list[str] | None:
    """The columns of a header printed with single spaces that ends ``line``, from 序号 on."""
    words = [line.text[a:b] for a, b in _words(line)]
    # a header printed with its headings glued together (序号工作任务牵头单位) over such rows
    glued = [[word[a:b] for a, b in glued_header(word) or [(0, len(word))]] for word in words]
    names = _headings([piece for pieces in glued for piece in pieces])
    start = next((i for i, name in enumerate(names) if name == _NUMBER_HEADING), None)
    if start is None:
        return None
    names = names[start:]
    columns = read_columns(names)
    if columns is None:
        return None
    roles = [i for i, field in columns.items() if field in ROLE_FIELDS]
    if len(columns) != len(names) and (
        not roles or any(i not in columns and i < min(roles) for i in range(len(names)))
    ):
        return None  # a heading of no known column is only one after the units' (工作评价)
    fields = [columns.get(i, _OTHER) for i in range(len(names))]
    texts = _task_columns(fields)
    if fields[0] != "number" or "title" not in fields[1 : 1 + texts] or len(fields) < 3:
        return None
    return fields


def _joined_heading(words: list[str], start: int) -> int:
    """How many words from ``start`` on spell one heading of the genre's, 0 if none do.

    A copy of a Word or PDF table spaces a heading out letter by letter (牵 头 单 位), in part
    (责任 单位) or keeps a cell's two lines apart (牵头 责任单位): the longest run of words,
    two at least, that reads as a known heading is one. Runs are no longer than the longest
    heading, so the words are looked at a bounded number of times each.
    """
    joined = words[start]
    found = 0
    for end in range(start + 1, len(words)):
        joined += words[end]
        if len(joined) > _LONGEST_HEADING:
            break
        if TABLE_HEADINGS.get(heading_key(joined)) is not None:
            found = end + 1 - start
    return found


def _headings(words: list[str]) -> list[str]:
    """The headings of a header printed with single spaces, from its words.

    Words that together spell a known heading are one (序 号 工 作 任 务 牵 头 单 位: 序号,
    工作任务, 牵头单位); any other run of single letters is one heading spaced out (工 作 内 容).

    Examples:
        >>> _headings("序 号 工 作 任 务 牵 头 单 位 责 任 单 位".split())
        ['序号', '工作任务', '牵头单位', '责任单位']
        >>> _headings("序号 任务 牵头 领导 牵头 责任单位 配合 单位 备 注".split())
        ['序号', '任务', '牵头领导', '牵头责任单位', '配合单位', '备注']
    """
    names: list[str] = []
    spelling = False  # the last name is a heading spaced out letter by letter: 工 作 内 容
    index = 0
    while index < len(words):
        size = _joined_heading(words, index)
        if size:
            names.append("".join(words[index : index + size]))
            index += size
            spelling = False
            continue
        word = words[index]
        if len(word) == 1 and spelling:
            names[-1] += word
        else:
            names.append(word)
            spelling = len(word) == 1
        index += 1
    return names


def _task_field(field: str) -> bool:
    """Whether a column holds a task's words: its group (类别), its title or its measures."""
    return field in ("title", "measures") or field.startswith("section")


def _task_columns(fields: list[str]) -> int:
    """How many columns after the number hold the task's words (类别 · 主要任务 · 细化措施)."""
    return next(
        (i for i, field in enumerate(fields[1:]) if not _task_field(field)), len(fields) - 1
    )


def _sentence(word: str) -> bool:
    """Whether a cell's word is a sentence of its own (…以内。), a measures' cell."""
    return "。" in word or ";" in word


def _names_no_unit(word: str) -> bool:
    """Whether a cell's word is no list of units (划定管理范围, 全年), closed by ``。`` or not.

    Examples:
        >>> _names_no_unit("市法制办、市政府办。"), _names_no_unit("各县(市、区)政府")
        (False, False)
        >>> _names_no_unit("市发展改革委、农业局等"), _names_no_unit("各有关单位等部门。")
        (False, False)
        >>> _names_no_unit("划定管理范围"), _names_no_unit("全年"), _names_no_unit("加强管理。落实责任")
        (True, True, True)
    """
    names = _NAMES_APART.split(_LIST_END.sub("", _NOTE.sub("", word)))
    return any(not name or "。" in name or name[-1] not in UNIT_ENDS | PLACE_ENDS for name in names)


@attrs.define(slots=True)
class SpacedTable:
    """The columns of a table printed with spaces, and the number its next row must carry."""

    fields: list[str]
    expected: int = 1
    restarts: bool = False  # a section heading stands since the last row: it may number from 1
    # the columns from the units' column the last row ended in, when the row stopped there
    pending: tuple[str, ...] = ()
    alone: bool = False  # whether the last line going on with the row held a name alone

    @classmethod
    def find(cls, lines: list[Line]) -> SpacedTable | None:
        """The table whose header a line of ``lines`` ends with, if one does.

        Examples:
            >>> from rulegov.parse._text import split_lines
            >>> table = SpacedTable.find(split_lines("某某表 序号 工 作 内 容 责任部门 完成时限"))
            >>> table.fields
            ['number', 'title', 'responsible', 'deadline']
        """
        for line in lines:
            if _NUMBER_HEADING in line.text and (
                len(line.gaps) >= 2 or glued_header(line.text) is not None
            ):
                fields = _header_fields(line)
                if fields is not None:
                    return cls(fields)
        return None

    def cut(self, lines: list[Line]) -> list[Line]:
        """The lines cut before each row number printed apart that goes on from the last.

        Examples:
            >>> from rulegov.parse._text import split_lines
            >>> table = SpacedTable(["number", "title", "responsible", "deadline"])
            >>> lines = split_lines("一、落实规划 1 推进落实 区司法局 全年 2 出台意见 区政府办 四月份")
            >>> [line.text for line in table.cut(lines)]
            ['一、落实规划', '1推进落实区司法局全年', '2出台意见区政府办四月份']
        """
        found: list[Line] = []
        expected = self.expected
        for line in lines:
            cuts: list[int] = []
            for a, b in _words(line):
                word = line.text[a:b]
                if (
                    word.isdecimal()  # not ① or ²: digits that int() reads
                    and int(word) == expected
                    and len(word) <= len(str(_MAX_ROW_NUMBER))
                ):
                    if a > 0:
                        cuts.append(a)
                    expected += 1
            found.extend(line.cut(cuts) if cuts else [line])
        return self._with_broken_rows_joined(found)

    def _with_broken_rows_joined(self, lines: list[Line]) -> list[Line]:
        r"""The lines with each row broken over lines before the next row's number made one.

        A copy breaks a row too long for its width anywhere (1 深化行政执法 / 体制改革 市司法局 …):
        a row's line with fewer words than its columns, and the lines after it up to the next
        row's (one more than its number), none a heading nor a number of its own, are one row;
        the line's end parts words as a space does. A row's line with all its words, or the
        last row's, stands as printed.

        Examples:
            >>> from rulegov.parse._text import split_lines
            >>> table = SpacedTable(["number", "title", "responsible", "deadline"])
            >>> lines = split_lines("1 推进规划\n的落实 区司法局 全年\n2 出台意见 区政府办 四月份")
            >>> [line.text for line in table._with_broken_rows_joined(lines)]
            ['1推进规划的落实区司法局全年', '2出台意见区政府办四月份']
        """
        texts = _task_columns(self.fields)
        after = self.fields[1 + texts :]
        need = 3 if _OTHER in after else 2 + len(after)
        joined: list[Line] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            number = _row_number(line)
            end = index + 1
            if number is not None and len(_words(line)) < need and _single_spaced(line):
                while (
                    end < len(lines)
                    and _row_number(lines[end]) is None
                    and _single_spaced(lines[end])
                    and (not lines[end].text.strip() or match_heading(lines[end].text) is None)
                ):
                    end += 1
                if end > index + 1 and end < len(lines) and _row_number(lines[end]) == number + 1:
                    parts = [part for part in lines[index:end] if part.text.strip()]
                    joined.append(join_lines(parts))
                    index = end
                    continue
            joined.append(line)
            index += 1
        return joined

    def row(self, line: Line, *, cut: bool = False) -> SpacedRow | None:
        """The row that ``line`` holds, if it starts with the next row's number.

        ``cut`` says that the text ends with the line: a row it cuts short, with fewer cells than
        the header's, keeps its number and its task's words.

        Examples:
            >>> from rulegov.parse._text import split_lines
            >>> table = SpacedTable(["number", "title", "responsible", "deadline"])
            >>> row = table.row(split_lines("1 推进规划的落实 各级领导小组办公室 全年")[0])
            >>> [(field, "1推进规划的落实各级领导小组办公室全年"[a:b]) for field, a, b in row.cells]
            [('title', '推进规划的落实'), ('responsible', '各级领导小组办公室'), ('deadline', '全年')]
        """
        words = _words(line)
        texts = _task_columns(self.fields)
        task = self.fields[1 : 1 + texts]
        after = self.fields[1 + texts :]  # the columns after the task's words
        anchored = _OTHER in after
        if len(words) < (2 if cut else 3 if anchored else 2 + len(after)):
            return None
        first = line.text[slice(*words[0])]
        if self.restarts and first == "1":  # each section's rows numbered from 1 (二、… | 1 …)
            self.expected = 1
        if not first.isdecimal() or int(first) != self.expected:
            if not (
                anchored and first.isdecimal() and self.expected < int(first) <= _MAX_ROW_NUMBER
            ):
                return None
            self.expected = int(first)  # a list of some rows of a longer one: 81, 85, 87
        placed = self._in_order(words[1:])
        if placed is None and anchored:
            placed = self._anchored(line, words[1:], after)
        if placed is None:
            middle, tail = self._tail(line, words[1:])
            placed = [*self._task_cells(line, task, middle), *tail]
        cells = [(field, begin, end) for field, (begin, end) in placed if field != "group"]
        self.expected += 1
        self.restarts = False
        self.pending, self.alone = (), False
        last = cells[-1][0] if cells else None
        if last is not None and last in ROLE_FIELDS and len(cells) < len(self.fields) - 1:
            self.pending = tuple(self.fields[self.fields.index(last) :])
        return SpacedRow(self.expected - 1, words[0][1], tuple(cells))

    def continued(self, line: Line) -> list[tuple[str, int, int]]:
        r"""The cells a line goes on with, of a row cut short inside the columns of its units.

        A copy that breaks a cell's names over lines ends the row's line inside the cell: the
        next line's first word is the rest of that cell, and its other words the columns after
        it, a word a column, the last column taking the words left (``各乡镇`` ·
        ``县开发区 县直有关单位 已完成``). A line that holds a name alone is the rest of the cell,
        the break after it the cell's end: the line after it, if of several words, begins with
        the next column (``各乡镇`` · ``县开发区`` · ``县直有关单位 已完成``). Any other line ends
        the row.

        Examples:
            >>> from rulegov.parse._text import split_lines
            >>> fields = ["number", "title", "lead", "responsible", "cooperating", "other"]
            >>> table = SpacedTable(fields)
            >>> first, second, third = split_lines("1 推进工作 县卫健委 各乡镇\n县开发区\n县直有关单位 已完成")
            >>> [(f, first.text[a:b]) for f, a, b in table.row(first).cells]
            [('title', '推进工作'), ('lead', '县卫健委'), ('responsible', '各乡镇')]
            >>> [(f, second.text[a:b]) for f, a, b in table.continued(second)]
            [('responsible', '县开发区')]
            >>> [(f, third.text[a:b]) for f, a, b in table.continued(third)]
            [('cooperating', '县直有关单位'), ('other', '已完成')]
        """
        pending, alone = self.pending, self.alone
        self.pending, self.alone = (), False
        words = _words(line)
        if not pending or not words or _names_no_unit(line.text[slice(*words[0])]):
            return []
        if len(words) == 1:
            self.pending, self.alone = pending, True  # the cell's rest: it may go on again
            return [(pending[0], *words[0])]
        after = pending[1:] if alone else pending
        if not after or after[0] not in ROLE_FIELDS:
            return []
        cells = [(field, *word) for field, word in zip(after, words, strict=False)]
        if len(words) > len(after):
            cells[-1] = (after[-1], cells[-1][1], words[-1][1])
        return cells

    def _anchored(
        self, line: Line, words: list[tuple[int, int]], after: list[str]
    ) -> list[tuple[str, tuple[int, int]]] | None:
        """The cells of a row whose columns of text after the units' may be empty, or run over.

        A table of progress (牵头领导 | 牵头责任单位 | 配合责任单位 | 工作评价 | 进展情况 | 备注)
        holds words of its own after the units', any of them empty: the units' cells are read
        from the first word that names units on, one word a column, and the columns after them
        take the words left in order. The short words right before the units' are the people's
        (吴蓓蓓) when a column of people stands there; the words before are the task's.
        """
        roles = [i for i, field in enumerate(after) if field in ROLE_FIELDS]
        if not roles:
            return None
        start = next(
            (i for i in range(1, len(words)) if not _names_no_unit(line.text[slice(*words[i])])),
            None,
        )
        if start is None:
            return None
        title_end = start
        if roles[0] > 0:  # a column of people before the units': their names, short words
            while title_end > 1 and len(line.text[slice(*words[title_end - 1])]) <= _PERSON_NAME:
                title_end -= 1
        cells: list[tuple[str, tuple[int, int]]] = [
            ("title", (words[0][0], words[title_end - 1][1]))
        ]
        if title_end < start and roles[0] > 0:
            cells.append((after[roles[0] - 1], (words[title_end][0], words[start - 1][1])))
        units = after[roles[0] : roles[-1] + 1]
        cells.extend(zip(units, words[start : start + len(units)], strict=False))
        rest = words[start + len(units) :]
        texts = after[roles[-1] + 1 :]
        cells.extend(zip(texts, rest, strict=False))
        if texts and len(rest) > len(texts):
            cells[-1] = (texts[-1], (rest[len(texts) - 1][0], rest[-1][1]))
        return cells

    def _in_order(self, words: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]] | None:
        """The cells of a row with one word a column, the title first; None for another row."""
        fields = self.fields[1:]
        if len(words) != len(fields):
            return None
        placed = [
            ("group" if field.startswith("section") else field, word)
            for field, word in zip(fields, words, strict=True)
        ]
        return sorted(placed, key=lambda cell: cell[0] != "title")

    def _tail(
        self, line: Line, words: list[tuple[int, int]]
    ) -> tuple[list[tuple[int, int]], list[tuple[str, tuple[int, int]]]]:
        """The task's words of a row, and its cells after them, read from the row's end.

        A word that names no unit is the task's, never the first cell of units: the tail stops
        after it, and of the columns after the task's, the first one and the last ones are filled.
        """
        after = self.fields[1 + _task_columns(self.fields) :]
        if not after or len(words) < 1 + len(after):
            # a row cut short by the text's end, or by a line break inside a cell before its
            # units (81 加强…。 汪峰 · 吴蓓蓓 县卫健委 …), holds no cells after the task's here;
            # nor does a row of a table whose task's column is its last
            return words, []
        if _task_field(after[-1]):
            return self._front(line, words, after)
        size = len(after)
        if (
            size > 1
            and after[0] in ROLE_FIELDS
            and len(words) > size
            and _names_no_unit(line.text[slice(*words[-size])])
        ):
            size -= 1  # the word under the first units' column is the task's: a cell is empty
        tail = words[len(words) - size :]
        fields = [after[0], *after[len(after) - size + 1 :]]
        return words[: len(words) - size], list(zip(fields, tail, strict=True))

    def _front(
        self, line: Line, words: list[tuple[int, int]], after: list[str]
    ) -> tuple[list[tuple[int, int]], list[tuple[str, tuple[int, int]]]]:
        """The task's words and the cells after them of a row whose last column is a task's.

        The cells of units and times stand one word each after the task's words, from the first
        word that names units on; the words after them are the last column's (按时完成, 报送结果).
        """
        short = next(i for i, field in enumerate(after) if _task_field(field))
        start = next(
            (
                i
                for i in range(1, len(words) - short)
                if not _names_no_unit(line.text[slice(*words[i])])
            ),
            1,
        )
        cells = list(zip(after[:short], words[start : start + short], strict=True))
        rest = words[start + short :]
        if rest:
            cells.append((after[-1], (rest[0][0], rest[-1][1])))
        return words[:start], cells

    def _task_cells(
        self, line: Line, task: list[str], middle: list[tuple[int, int]]
    ) -> list[tuple[str, tuple[int, int]]]:
        """The title's cell, and the measures' and the group's, from the task's words of a row.

        Under a group's column (类别 · 主要任务 · 细化措施), one word for each of the task's
        columns is one a cell, and one word fewer leaves the group's cell empty: it is printed
        once for its rows, as a merged cell is.
        """
        if task[0].startswith("section") and middle and len(task) - len(middle) in (0, 1):
            named = task[len(task) - len(middle) :]
            if "title" in named:
                placed = [
                    ("group" if field.startswith("section") else field, word)
                    for field, word in zip(named, middle, strict=True)
                ]
                return sorted(placed, key=lambda cell: cell[0] != "title")
        cells: list[tuple[str, tuple[int, int]]] = []
        if "measures" in task:
            last = line.text[slice(*middle[-1])]
            stop = last.find("。") + 1
            if len(middle) > 1 and _sentence(last):
                cells.append(("measures", middle[-1]))
                middle = middle[:-1]
            elif len(middle) == 1 and 0 < stop < len(last):
                # one cell of sentences (抓好工业节水。加快…): its first sentence is the title
                begin, end = middle[0]
                cells.append(("measures", (begin + stop, end)))
                middle = [(begin, begin + stop - 1)]
        return [("title", (middle[0][0], middle[-1][1])), *cells]
