"""The one table reader: a grid of cells in, sections and tasks out.

Every task-division table (任务分工表) rulegov meets comes here as a grid, a list of rows of cell
texts: the tables of a text (pipe ``|a|b|`` or tab-separated rows), of a CSV or XLSX file, of a
web page or a Word document. The header row names the columns with the words of
[`TABLE_HEADINGS`][rulegov.parse._vocab.TABLE_HEADINGS] (序号, 工作任务, 具体措施, 牵头单位,
责任单位, 配合单位, 完成时限, and their variants); a title row may stand above it.

Below the header:

- a row with a number or a task opens a task; a row with neither (a cell merged over several
  rows, or a cell broken over lines) continues the task above it;
- section cells (类别, 一级任务, 重点领域...) open sections; a blank section cell, or the same text
  repeated, means "same as above" (how HTML and Word readers write merged cells);
- a row that holds only a heading such as ``一、依法行政`` opens a section;
- a measures cell on several lines holds one measure per line, else one per sentence.

Strict reading (files) raises [`ParseError`][rulegov.ParseError] at the first bad cell, naming
its row and column; lenient reading (tables inside a document) skips the row and reports it.

Examples:
    >>> plan = read_grid([["序号", "工作任务", "牵头单位", "完成时限"],
    ...                   ["1", "开展述法", "区司法局", "6月底前"]], title="2024年任务表")
    >>> plan.tasks[0].title, plan.tasks[0].lead_units, plan.tasks[0].timeframe.end.isoformat()
    ('开展述法', ['区司法局'], '2024-06-30')
"""

from __future__ import annotations

import functools
import pathlib
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, cast

import attrs

from rulegov._text import source_name
from rulegov.errors import (
    ParseError,
    _check_optional,
    _check_rows,
    _check_type,
    _check_year,
)
from rulegov.model import (
    Assessment,
    AssessmentKind,
    Citation,
    Diagnostic,
    Indicator,
    Period,
    Plan,
    PlanKind,
    Role,
    Section,
    Severity,
    Target,
    Task,
    TimeFrame,
    TimeFrameKind,
    Unit,
    UnitKind,
    plan_id,
)
from rulegov.parse._facts import find_citations, find_targets
from rulegov.parse._fields import split_fields
from rulegov.parse._numbering import Heading, Style, chinese_to_int, match_heading
from rulegov.parse._parser_units import UnitsRead
from rulegov.parse._table_header import (
    TASK_FIELDS,
    heading_key,
    leader_heading,
    normal,
    second_title,
    titled,
)
from rulegov.parse._text import Line, fold, split_lines
from rulegov.parse._time import find_timing, read_timeframe
from rulegov.parse._units import (
    conjunction_at_space,
    guess_kind,
    letter_runs,
    list_goes_on,
    names_roles_by_words,
    parts_at_space,
    parts_in_run,
    split_names,
    whole_name,
)
from rulegov.parse._vocab import (
    PERSON_ENDS,
    ROLE_FIELDS,
    ROLE_LABELS,
    SUBTOTAL_WORDS,
    TABLE_HEADINGS,
    TOTAL_WORDS,
    UNIT_ENDS,
    UNIT_LIST_MARKS,
)

if TYPE_CHECKING:
    import os

__all__ = [
    "EMPTY_MARKS",
    "GROUP_STYLES",
    "HEADER_ROWS",
    "HEADING_BRACKET",
    "TableReading",
    "group_words",
    "read_grid",
    "read_table",
    "total_cell",
]

HEADING_BRACKET = re.compile(r"\(([\u4e00-\u9fff、]{1,8})\)")
"""A heading's bracketed words (``(单位)``, ``(牵头)``), on folded text."""
_LONGEST_HEADING = 12
_OUTER_STYLES = frozenset({Style.CHINESE, Style.CHAPTER})  # 一、, 第一部分: a first level
_INNER_STYLES = frozenset({Style.CHINESE_PAREN, Style.PART})  # （一）, 第一节: the next
GROUP_STYLES = _OUTER_STYLES | _INNER_STYLES
"""The numbering styles of a group's heading in a table: 一、, 第一部分 and （一）, 第一节."""
_PEOPLE = "people"  # the field of columns of people (责任领导, 责任人): no units
_CELL_SPACE = re.compile(r"[ \u3000\u00a0]+")
_LIST_MARK = re.compile("([、,，;；])")  # a list's marks, kept in a split
_MIN_NAME = 3  # 区法院: the shortest name a space can stand between
_LONGEST_UNIT = 20  # longer, a cell is a sentence of work, not a name


def _merged_cell(values: dict[str, tuple[int, str]]) -> str | None:
    """The one text of a row's cells that is a number's or a task's (a cell merged across), or None."""
    texts = {value for _, value in values.values()}
    if len(texts) != 1 or not {"number", "title"} & set(values):
        return None
    return texts.pop()


@functools.lru_cache(maxsize=4096)
def _labelled_units(cell: str) -> tuple[tuple[Role, str], ...] | None:
    """The roles and names of a units cell that labels its units, or None for one that does not.

    A units column may give a row's units under their labels (``牵头单位：县司法局；配合单位：
    县直各部门``): each label gives the names after it their role, whatever the column's heading
    says, and no label is a unit. The cell must open with a role's label.

    A table repeats its units cells row after row: each is read once (the result depends on the
    cell's text alone).

    Examples:
        >>> _labelled_units("牵头单位：县司法局；配合单位：县直各部门")
        ((<Role.LEAD: 'lead'>, '县司法局'), (<Role.COOPERATING: 'cooperating'>, '县直各部门'))
        >>> _labelled_units("县司法局、县直各部门") is None
        True
    """
    line = split_lines(cell.strip())[0]
    _, fields = split_fields(line.text)
    labelled = [field for field in fields if field.label in ROLE_LABELS and not field.bare]
    if not labelled or labelled[0].label_begin != 0:
        return None
    parts: list[tuple[Role, str]] = []
    for field in labelled:
        begin, end = field.begin, field.end
        while end > begin and line.text[end - 1] in _LABEL_PART_ENDS:
            end -= 1
        if end <= begin:
            return None
        parts.append((ROLE_LABELS[field.label], line.printed(begin, end)))
    return tuple(parts)


_LABEL_PART_ENDS = ";,。 "


def _parted_names(cell: str) -> str:
    r"""A unit cell with 、 between its names where a line break or a space parts them.

    A web page's cell keeps its line breaks as spaces (区司法局 区公安分局); a space inside one
    name (区 司法局, 市司法 局) parts nothing: a space parts two names only after a whole one.

    Examples:
        >>> _parted_names("区司法局 区公安分局\n区 司法局")
        '区司法局、区公安分局、区 司法局'
        >>> _parted_names("市政府办公室 市司法 局 市协")
        '市政府办公室、市司法 局、市协'
    """
    lines = []
    for line in re.split(r"[\r\n]+", cell.strip()):
        lines.extend(_spaced_pieces(line.strip()))
    lines = [line for line in lines if line]
    joined = lines[:1]
    for line in lines[1:]:
        # a name the line's end broke (区教育局、区文化 / 旅游局, 区人力资源和社会 / 保障局) goes
        # on unmarked, as does a list that ends with its mark (区法院、区检察院、 / 区公安局)
        goes_on = joined[-1].endswith(("、", ",", "，")) or list_goes_on(
            normal(joined[-1]), normal(line)
        )
        joined.append(("" if goes_on else "、") + line)
    return "".join(joined)


def _spaced_pieces(line: str) -> list[str]:
    """The names of a cell's line that spaces part (see ``parts_at_space``)."""
    pieces: list[str] = []
    joined = False  # after a conjunction between two names (区司法局 与 区法院)
    for piece in _CELL_SPACE.split(_closed_up(line)):
        if pieces and conjunction_at_space(pieces[-1], piece):
            joined = True
        elif pieces and not joined and not parts_at_space(pieces[-1], piece):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
            joined = False
    return pieces


def _closed_up(line: str) -> str:
    """A cell's line with each name spelt out by single spaces (区 司 法 局) closed up.

    Such a name's spaces part no words (see ``letter_runs``); one stays only where it parts two
    names (see ``parts_in_run``) or stands by a conjunction (区 司 法 局 与 区 法 院).

    Examples:
        >>> _closed_up("市 委 政 法 委"), _closed_up("区 司 法 局、县 财 政 局")
        ('市委政法委', '区司法局、县财政局')
        >>> _closed_up("区 司 法 局 县 财 政 局"), _closed_up("区 司 法 局 与 区 法 院")
        ('区司法局 县财政局', '区司法局 与 区法院')
        >>> _closed_up("区 司法局 市 委 办")
        '区 司法局 市委办'
    """
    closed: list[str] = []
    for part in _LIST_MARK.split(line):
        words = _CELL_SPACE.split(part)
        spaces = _CELL_SPACE.findall(part)
        ends = letter_runs(words, [len(space) == 1 for space in spaces])
        name = words[0]  # the name spelt so far, closed up
        closed.append(name)
        joined = False  # after a conjunction: the next name stands apart
        for index in range(1, len(words)):
            word = words[index]
            joins = not joined and conjunction_at_space(name, word)
            if (
                joined
                or joins
                or ends[index - 1] != ends[index]
                or parts_in_run(name, "".join(words[index : ends[index]]))
            ):
                closed.append(spaces[index - 1])
                name = word
            else:
                name += word
            joined = joins
            closed.append(word)
    return "".join(closed)


def _run_together(
    name: tuple[str, str, str | None, Role | None], known: Mapping[str, Unit]
) -> list[tuple[str, str, str | None, Role | None]]:
    """A name of a cell whose names spaces part, split where two ran together without one.

    ``文化站 派出所工商质监所``: the cell lost the space between 派出所 and 工商质监所, a unit the
    table named on its own before. A name that ends with such a unit, after a name of its own
    that ends as a unit's does (派出所), names the two.

    Examples:
        >>> known = {"工商质监所": Unit(id="u1", name="工商质监所")}
        >>> [key for key, *_ in _run_together(("派出所工商质监所", "派出所工商质监所", None, None), known)]
        ['派出所', '工商质监所']
    """
    key, printed, note, role = name
    if len(printed) != len(key):
        return [name]
    for cut in range(_MIN_NAME, len(key) - _MIN_NAME + 1):  # the longest known unit first
        if key[cut - 1] in UNIT_ENDS and key[cut:] in known:
            return [(key[:cut], printed[:cut], None, role), (key[cut:], printed[cut:], note, role)]
    return [name]


HEADER_ROWS = 10
"""How many rows from the top the header row is looked for in."""
_UMBRELLA = "responsible"  # 责任单位 spread over 牵头单位 and 配合单位
_MAX_CELL = 32_767  # Excel's own limit on the characters in a cell
_MAX_NUMBER = 20
_SPLIT_MEASURES = re.compile(r"[。;；]")
_TITLE_YEAR = re.compile(r"(?P<year>\d{4})年")
_POINTS = re.compile(r"\d+(?:\.\d+)?")
_CJK = "\u3400-\u9fff\uff00-\uff0f\uff1a-\uff20\u3000-\u303f"
_CJK_GAP = re.compile(f"(?<=[{_CJK}])[ \u3000\u00a0]+(?=[{_CJK}])")
_TOTAL_WORDS = TOTAL_WORDS | SUBTOTAL_WORDS
EMPTY_MARKS = frozenset({"—", "——", "-", "--", "－", "–", "―", "/", "／", "\\"})
"""The marks a printed table sets in a cell left empty: a dash or a slash alone."""
_DOTTED = re.compile(r"\d{1,4}(?:[.\-]\d{1,4})*")


@attrs.define
class _Row:
    """A task being read: its cells as found, filled in by continuation rows."""

    row: int
    number: str
    title: str
    chain: tuple[str, ...]
    measures: list[str] = attrs.Factory(list)
    assignments: list[tuple[str, Role, str, str | None]] = attrs.Factory(list)
    held: set[tuple[str, Role]] = attrs.Factory(set)
    timeframe: TimeFrame | None = None
    timing_text: str = ""
    points: float | None = None
    criteria: list[str] = attrs.Factory(list)
    goals: list[str] = attrs.Factory(list)  # the cells of a column of targets (年度目标)
    task_id: str = ""
    merged: str = ""  # a task cell merged over this numbered row and others: their shared work


@attrs.define
class _Node:
    number: str
    title: str
    level: int
    rows: list[_Row] = attrs.Factory(list)
    children: dict[str, _Node] = attrs.Factory(dict)
    numbers: dict[str, int] = attrs.Factory(dict)
    printed: set[str] = attrs.Factory(set)  # the numbers its rows print in a 序号 cell


class _Reader:
    """Reads the data rows of one table into sections, tasks and units."""

    def __init__(self, columns: dict[int, str], header: list[str], source: str | None) -> None:
        self.columns = columns
        self.header = header
        self.source = source
        self.year: int | None = None
        self.root = _Node("", "", 0)
        self.last: _Row | None = None
        self.chain: tuple[str, ...] = ()
        # one unit per body, short and full names merged as the text parser merges them
        self.units = UnitsRead()
        self.name_cache: dict[str, list[tuple[str, str, str | None, Role | None]]] = {}
        self.timing_cache: dict[str, TimeFrame] = {}
        self.problems: list[Diagnostic] = []  # what a cell held that was left unread
        self.headed_items = False  # whether task cells head the numbered measures beside them
        # the last cell of each units column before the task column: merged over the rows below
        self.left_units: dict[str, tuple[int, str]] = {}
        # units cells after the task column carried down into this row's task, and the task:
        # given once a row follows (a copy's last row, cut short, may have lost its own)
        self.carried: list[tuple[str, tuple[int, str]]] = []
        self.waiting: tuple[int, _Row, list[tuple[str, tuple[int, str]]], bool] | None = None
        self.use_header(columns, header)

    def use_header(self, columns: dict[int, str], header: list[str]) -> None:
        """Read the rows from here on by these columns (a table's header printed again)."""
        self.columns = columns
        self.header = header
        # the units columns whose heading names people before the units (责任领导及牵头单位)
        self.with_people = {
            index
            for index, field in columns.items()
            if field in ROLE_FIELDS and index < len(header) and leader_heading(header[index])
        }
        self.sections = sorted(
            (int(field.removeprefix("section")), index)
            for index, field in columns.items()
            if field.startswith("section")
        )

    def fail(self, row: int, index: int, message: str, value: object) -> ParseError:
        name = self.header[index].strip() if index < len(self.header) else ""
        heading = f" ({name})" if name else ""
        return ParseError(
            f"row {row}, column {index + 1}{heading}: {message}",
            line=row,
            column=index + 1,
            source=self.source,
            value=value,
            code="invalid-table-cell",
        )

    def read(self, row: int, cells: list[str]) -> None:
        self.check_cells(row, cells)
        cells = self.restored(cells)
        values: dict[str, tuple[int, str]] = {}
        for index, field in self.columns.items():
            value = cells[index].strip() if index < len(cells) else ""
            if value:
                values[field] = (index, value)
        if not values:
            return
        self.give_carried()
        if "group" in values:
            self.group(row, *values.pop("group"))
        self.headed_item(values)
        self.item_alone(values)
        self.same_as_above(values)
        if not values or self.broken_title(values):
            return
        if self.section_row(values):
            self.left_units.clear()  # a section row across the table: no units carried over it
            return
        self.merged_units(values)
        chain = self.row_chain(values)
        if (
            "number" in values
            or "title" in values
            or self.last is None
            or self.own_measures(values)
        ):
            self.new_task(row, values, chain)
        elif chain != self.chain:
            index = next(i for f, (i, _) in values.items() if f.startswith("section"))
            raise self.fail(
                row, index, "a row without 序号 or 工作任务 cannot open a section; add the task", ""
            )
        task = self.last
        assert task is not None  # noqa: S101  (new_task sets it)
        self.add_cells(row, task, values)
        if self.carried:
            # a row that fills the table's last column is whole, even the table's last row
            whole = max(index for index, _ in values.values()) >= max(self.columns)
            self.waiting, self.carried = (row, task, self.carried, whole), []

    def give_carried(self, *, last: bool = False) -> None:
        """Give the task of the row above the units carried down into it (see merged_units).

        The table's ``last`` row gets them only if it is whole: a copy cut off inside it
        may have lost its own units.
        """
        if self.waiting is not None:
            row, task, carried, whole = self.waiting
            self.waiting = None
            if last and not whole:
                return
            for field, (index, cell) in carried:
                self.add_units(row, index, task, ROLE_FIELDS[field], cell)

    def merged_units(self, values: dict[str, tuple[int, str]]) -> None:
        """Give a task's row the units of a units column merged over it, printed above.

        A 责任清单 may put its units column before the task column (责任单位 | 工作任务), the
        unit's cell merged over the rows of its tasks and printed in the first of them only:
        a task's row with that cell blank has the units of the last row that printed it. A
        units column after the task column is so only within a group (see grouped_units).
        """
        self.carried = []
        tasks = [index for index, field in self.columns.items() if field in TASK_FIELDS]
        if not tasks or not TASK_FIELDS & set(values):
            return
        opens = "number" in values or "number" not in self.columns.values()
        after = [
            field for index, field in self.columns.items()
            if field in ROLE_FIELDS and index > min(tasks)
        ]  # fmt: skip
        carried = self.grouped_units(values, after)
        for index, field in self.columns.items():
            if field not in ROLE_FIELDS or (index > min(tasks) and carried is None):
                continue
            if field in values:
                self.left_units[field] = values[field]
            elif opens and field in self.left_units and index < min(tasks):
                values[field] = self.left_units[field]
            elif opens and field in self.left_units and carried:
                self.carried.append((field, self.left_units[field]))

    def grouped_units(self, values: dict[str, tuple[int, str]], after: list[str]) -> bool | None:
        """Whether a task's row takes the units cells above it after the task column.

        A table whose group cells (一、依法行政 over the rows of its tasks) are merged prints
        each of them in its group's first row only, and so a units cell merged over several
        tasks of that group: a row whose group cell and units cells are all blank has the
        units of the row above in the same group. A row that prints its group cell opens a
        group, and units are never carried into it; a row that prints any of its units cells
        ends the cells above. None where the table has no group column:
        there a blank units cell after the task column names no unit.
        """
        groups = [f"section{level}" for level, _ in self.sections]
        if not groups or not after:
            return None
        if any(field in values for field in groups) or self.last is None:
            for field in after:  # the group's first row: its own units, none from above
                self.left_units.pop(field, None)
            return False
        if any(field in values for field in after):
            for field in after:  # a row that prints some of its units: no cell above goes on
                self.left_units.pop(field, None)
            return False
        # only under a group a printed cell opened: blank group cells all the way down (a table
        # of tasks in no section, as write_task_table prints one) are no merged cells
        return bool(self.chain) and self.last.chain == self.chain

    def group(self, row: int, index: int, cell: str) -> None:
        """A cell grouping the rows below it: a section if it is numbered (一、…), else noted."""
        heading = match_heading(normal(cell))
        if heading is not None and heading.end < len(normal(cell)):
            if heading.style in (Style.CHINESE, Style.CHAPTER):
                self.chain = (cell,)
                return
            if heading.style in (Style.CHINESE_PAREN, Style.PART):
                self.chain = (*self.outer(), cell)
                return
        self.problems.append(
            Diagnostic(
                code="table-group",
                severity=Severity.INFO,
                message=f"row {row}, column {index + 1}: {cell.strip()!r} groups the rows "
                "below it; it has no number, so it is read as no section",
                line=row,
                column=index + 1,
            )
        )

    def outer(self) -> tuple[str, ...]:
        """The part (一、 or 第一部分) a （一） or 第一节 group opened now stands in, if any.

        A （二） after a （一） with no part above is the next group, not one inside （一）.
        """
        if not self.chain:
            return ()
        heading = match_heading(normal(self.chain[0]))
        return self.chain[:1] if heading is not None and heading.style in _OUTER_STYLES else ()

    def headed_item(self, values: dict[str, tuple[int, str]]) -> None:
        """Read numbered measures under the task cell that heads them as tasks of that section.

        In a table without 序号, a task cell numbered as a part (``一、做好财政信息公开。``) beside
        measures numbered as items (``1.积极推进…``) is the heading of those items, merged over
        their rows: it opens a section, and each measure is a task under its own number.
        """
        if (
            "measures" not in values
            or "number" in self.columns.values()
            or self.numbered_task(values)
        ):
            return
        index, measures = values["measures"]
        item = _arabic_item(measures)
        if item is None:
            if self.headed_items and "title" in values:
                # 2.完善工作制度 | (1)修订制度: an item of the part above, with its own measures
                own = _arabic_item(values["title"][1])
                if own is not None:
                    values["number"] = (values["title"][0], own[0])
                    values["title"] = (values["title"][0], own[1])
            return
        if "title" in values:
            cell = values["title"][1].strip().rstrip("。")
            heading = match_heading(normal(cell))
            if heading is None or heading.end >= len(normal(cell)):
                return
            if heading.style is Style.CHINESE:
                self.chain = (cell,)
            elif heading.style is Style.CHINESE_PAREN:
                self.chain = (*self.outer(), cell)
            else:
                return
            self.headed_items = True
        elif not self.headed_items:
            return
        values["number"], values["title"] = (index, item[0]), (index, item[1])
        del values["measures"]

    def item_alone(self, values: dict[str, tuple[int, str]]) -> None:
        """Read a numbered task cell with no measures beside it under its own number.

        In a table without 序号, a 具体项目 cell under a part (``11.深入推进简政放权。``) beside
        its units only is task 11 of its part, the number no part of its title.
        """
        if "measures" in values or "number" in values or "number" in self.columns.values():
            return
        self.numbered_task(values)

    def numbered_task(self, values: dict[str, tuple[int, str]]) -> bool:
        """Read a task cell numbered as an item as the row's task under that number; say if so.

        Outside a table of headed items, ``1.行政规范性文件集中公开`` beside its requirements
        (``1.开展清理…2.发布…``), or alone beside its units (a 具体项目 cell under a part), is the
        row's task, under its own number: its requirements are its text, and the number no part
        of its title.
        """
        if self.headed_items or "title" not in values:
            return False
        index, cell = values["title"]
        own = _arabic_item(cell)
        if own is None or not own[1]:
            return False
        values["number"], values["title"] = (index, own[0]), (index, own[1])
        return True

    def restored(self, cells: list[str]) -> list[str]:
        """A row whose merged heading cell the copy left out, its cells put back in their columns.

        Where task cells head the numbered measures beside them (see ``headed_item``), a copy
        that leaves a heading cell merged over several rows out of all but its first row
        shifts those rows one column left: the task column holds the next numbered measure and
        the last column is blank. Such a row is read one column to the right, unless its
        measures cell holds a numbered measure ((1)修订制度): then the row stands in its columns,
        its last cell left blank (a 完成时限 not filled in).
        """
        if not self.headed_items or len(cells) < 2 or cells[-1].strip():
            return self.realigned(cells)
        title = next((i for i, field in self.columns.items() if field == "title"), None)
        if title is None or self.columns.get(title + 1) != "measures":
            return cells
        if _arabic_item(cells[title]) is None or match_heading(normal(cells[title + 1])):
            return cells
        return [*cells[:title], "", *cells[title:-1]]

    def realigned(self, cells: list[str]) -> list[str]:
        """A row one cell short of its columns, its units and timing put back in their columns.

        A cell merged over several rows (a task's 工作任务 over its 细化分工) is printed in the
        first of them only: the later rows keep their first text cell, and their units and
        timing stand one column left of their headings, the timing under the last units
        column and the timing column blank. Such a row is read with a blank cell before its
        units: each units column gets its names, the timing column the timing. A row whose
        cell under the timing is filled, or whose cells before the timing are not all names,
        stands as printed.
        """
        units = min((i for i, field in self.columns.items() if field in ROLE_FIELDS), default=0)
        text = min((i for i, field in self.columns.items() if field in TASK_FIELDS), default=units)
        timing = next((i for i, field in self.columns.items() if field == "deadline"), 0)
        if not text < units - 1 < timing - 1 < len(cells) or (
            timing < len(cells) and cells[timing].strip()
        ):
            return cells
        due = cells[timing - 1].strip()
        if not due or read_timeframe(normal(due), self.year) is None:
            return cells
        for cell in cells[units - 1 : timing - 1]:
            named = cell.strip() and self.names(cell.strip())
            if not named or not all(_unit_like(name) for name, *_ in named):
                return cells
        return [*cells[: units - 1], "", *cells[units - 1 :]]

    def own_measures(self, values: dict[str, tuple[int, str]]) -> bool:
        """Whether a row's measures make a task of their own in a table without numbers.

        A row without 序号 or task cell goes on with the task above when that task has a task
        cell (merged over its rows); where tasks have none, each row of measures is one.
        """
        last = self.last
        return (
            last is not None
            and not last.title
            and "measures" in values
            and "number" not in self.columns.values()
        )

    def check_cells(self, row: int, cells: list[str]) -> None:
        """Refuse a cell too long, or a value beyond the header's columns."""
        for index, cell in enumerate(cells):
            if len(cell) > _MAX_CELL:
                raise self.fail(
                    row, index, f"the cell holds more than {_MAX_CELL} characters", cell
                )
            if index >= len(self.header) and cell.strip():
                raise self.fail(
                    row,
                    index,
                    f"the row has a value beyond the {len(self.header)} columns of the header",
                    cell,
                )

    def broken_title(self, values: dict[str, tuple[int, str]]) -> bool:
        """Join a row holding only the rest of the task cell above to it; say whether it did.

        Such a row is a task cell broken over lines, as text pasted from a printed table shows.
        """
        last = self.last
        if last is None or set(values) != {"title"} or "number" not in self.columns.values():
            return False
        if not last.title or last.title.endswith(("。", ";", "；")):
            return False
        if _group_heading(values["title"][1]):  # 二、…: the next group's heading, merged across
            return False
        last.title += values["title"][1]
        return True

    def same_as_above(self, values: dict[str, tuple[int, str]]) -> None:
        """Drop the number and task cells that repeat the task above (a merged cell, repeated).

        Readers of HTML and Word tables write the text of a cell merged over several rows into
        each of them; the row then continues the task above, as a blank cell would. A row that
        prints a number of its own beside the repeated cell and its own measures is a task of
        its own, titled by its measures, as is the numbered row above it: the merged cell names
        the work they share, kept in their text.
        """
        last = self.last
        if last is None or "title" not in values:
            return
        merged = last.merged or last.title
        if values["title"][1] != merged or self.row_chain(values) != last.chain:
            return  # another task, or the same task text in another section
        if "number" in values and values["number"][1] != last.number:
            if "measures" in values and (last.measures or last.merged):
                # 1 | 深化改革 | 推行三项制度 / 2 | (merged) | 开展案卷评查: each numbered row
                # is a task of its own measures, under the work the merged cell names
                last.merged, last.title = merged, ""
                values["merged"] = values.pop("title")
            return
        values.pop("title")
        values.pop("number", None)

    def section_row(self, values: dict[str, tuple[int, str]]) -> bool:
        """Open sections from a row that holds nothing but them, and say whether it did.

        Such a row fills only section cells, or (in a table without section columns) only its
        number or task cell with a heading such as ``一、依法行政``, ``第一部分 …`` or ``（一）…``:
        a heading row merged across the table.
        """
        if all(field.startswith("section") for field in values):
            self.chain = self.nested(values, self.row_chain(values))
            self.last = None
            return True
        # a heading merged across the table: one cell, or its text repeated in every cell it
        # spans (HTML and Word readers write a merged cell's text into each column)
        if self.sections:
            return self.heading_under_sections(values)
        cell = _merged_cell(values)
        if cell is None:
            return False
        heading = match_heading(normal(cell))
        if heading is None or heading.end >= len(normal(cell)):
            return self.unnumbered_group(values, cell)
        if heading.style in (Style.CHINESE, Style.CHAPTER):  # 一、 or 第一部分, 第一章
            return self.open_sections((cell,))
        # （一） or 第一节 inside the open section; no other numbering heads a row merged across
        inner = heading.style in (Style.CHINESE_PAREN, Style.PART)
        return inner and self.open_sections((*self.outer(), cell))

    def open_sections(self, chain: tuple[str, ...]) -> bool:
        """Open the sections of ``chain`` for the rows below; say that it did.

        Each is a section even with no row under it (a share of a larger table).
        """
        self.chain = chain
        node = self.root
        for level, opened in enumerate(chain, start=1):
            node = self.section(node, opened, level)
        self.last = None
        return True

    def heading_under_sections(self, values: dict[str, tuple[int, str]]) -> bool:
        """Open a section inside the row's sections from a heading merged across the rest.

        A table whose category column is merged over its rows (一、深化法治宣传) may part them with
        a row whose other cells are one heading merged across the table (（一）宪法宣传): a section
        inside the category's, over the rows below it up to the next such heading or category.
        """
        cell = _merged_cell(
            {field: cell for field, cell in values.items() if not field.startswith("section")}
        )
        heading = None if cell is None else match_heading(normal(cell))
        if cell is None or heading is None or heading.end >= len(normal(cell)):
            return False
        if heading.style not in _INNER_STYLES:
            return False
        return self.open_sections((*self.row_chain(values)[: len(self.sections)], cell))

    def unnumbered_group(self, values: dict[str, tuple[int, str]], cell: str) -> bool:
        """Open a section from a group's words merged across a numbered table; say if it did.

        A row that fills only its 序号 cell, with words and no number (深入推进依法行政 over the
        rows 1, 2, 3), prints a group's heading merged across the table, as ``一、…`` would: a
        phrase, not a sentence nor names of units.
        """
        if set(values) != {"number"} or not group_words(cell):
            return False
        self.chain = (cell.strip(),)  # a section once a row stands under it
        self.last = None
        return True

    def nested(self, values: dict[str, tuple[int, str]], chain: tuple[str, ...]) -> tuple[str, ...]:
        """The sections a row of one category cell opens, its numbering deciding its level.

        A page's copy prints each category cell merged over rows (一级指标, 二级指标) as a row
        of its own, in the first cell whatever its column: a （一） or 第一节 heading in the first
        category's cell after a 一、 or 第一部分 one opens a section inside it, as it would in the
        second category's column.
        """
        if len(values) != 1 or "section1" not in values or not self.chain:
            return chain
        cell = values["section1"][1]
        heading = match_heading(normal(cell))
        above = match_heading(normal(self.chain[0]))
        if heading is None or above is None or heading.end >= len(normal(cell)):
            return chain
        if heading.style in _INNER_STYLES and above.style in _OUTER_STYLES:
            return (self.chain[0], cell)
        return chain

    def row_chain(self, values: dict[str, tuple[int, str]]) -> tuple[str, ...]:
        chain = tuple(values[f"section{level}"][1] for level, _ in self.sections
                      if f"section{level}" in values)  # fmt: skip
        # a row whose section cells are all blank continues the sections above (merged cells),
        # and so does one that repeats them (a merged cell's text in each row it spans) under
        # a heading that opened a section inside them (see heading_under_sections)
        if not chain or self.chain[: len(chain)] == chain:
            return self.chain or chain
        return chain

    def new_task(
        self, row: int, values: dict[str, tuple[int, str]], chain: tuple[str, ...]
    ) -> None:
        if "title" not in values and "measures" not in values:
            index = (
                values["number"][0] if "number" in values else min(i for i, _ in values.values())
            )
            wanted = self.column_of("title") or "工作任务"
            raise self.fail(row, index, f"the row names no task; fill in its {wanted}", "")
        node = self.root
        for level, cell in enumerate(chain, start=1):
            node = self.section(node, cell, level)
        number = self.number(row, values, node)
        # a cell broken over lines (完善依法决策<br>机制) comes with a space at the break
        title = _CJK_GAP.sub("", values["title"][1]) if "title" in values else ""
        task = _Row(row, number, title, chain)
        if "merged" in values:
            task.merged = values["merged"][1]
        node.rows.append(task)
        self.last = task
        self.chain = chain

    def column_of(self, field: str) -> str | None:
        for index, found in self.columns.items():
            if found == field:
                return self.header[index]
        return None

    def section(self, parent: _Node, cell: str, level: int) -> _Node:

        found = parent.children.get(cell)
        if found is not None:
            return found
        line = split_lines(cell.replace("\n", " "))[0]
        heading = match_heading(line.text)
        number, title = "", cell
        if heading is not None and heading.end < len(line.text):
            number = heading.number
            # without the stop that ends it (一、做好财政信息公开。), as a paragraph's heading
            title = line.original[line.column(heading.end) - 1 :].strip().rstrip("。；;").strip()
        found = _Node(number, title, level)
        parent.children[cell] = found
        return found

    def number(self, row: int, values: dict[str, tuple[int, str]], node: _Node) -> str:
        if "number" not in values:
            if node.rows and node.rows[-1].number in node.printed:
                # under a numbered row, a blank 序号 is the rest of a cell merged over both
                # rows: the task is another one under the same number
                return node.rows[-1].number
            # a row without 序号 takes the next number free in its section, and keeps it from
            # a later row, so that the table reads back the same once written with numbers
            value = len(node.rows) + 1
            while str(value) in node.numbers:
                value += 1
            node.numbers[str(value)] = row
            return str(value)
        index, cell = values["number"]
        number = _task_number(cell)
        if number is None:
            raise self.fail(
                row,
                index,
                f"序号 should be a number such as 1, 1.2, 一 or （一） (at most {_MAX_NUMBER} "
                "characters)",
                cell,
            )
        if number in node.numbers:
            raise self.fail(
                row,
                index,
                f"the number repeats that of row {node.numbers[number]} in the same section",
                cell,
            )
        node.numbers[number] = row
        node.printed.add(number)
        return number

    def add_cells(self, row: int, task: _Row, values: dict[str, tuple[int, str]]) -> None:
        if "measures" in values:
            task.measures.extend(_measure_texts(values["measures"][1]))
        for field, role in ROLE_FIELDS.items():
            if field in values:
                index, cell = values[field]
                self.add_units(row, index, task, role, cell)
        if "deadline" in values:
            index, cell = values["deadline"]
            self.add_timing(row, index, task, cell)
        if "points" in values:
            index, cell = values["points"]
            found = _POINTS.search(normal(cell))
            if found is None:
                raise self.fail(
                    row, index, "分值 should be a number of points, such as 5 or 5分", cell
                )
            task.points = (task.points or 0.0) + float(found.group())
        for field in ("criteria", "deduction"):
            if field in values:
                task.criteria.append(values[field][1])
        if "goal" in values and values["goal"][1].strip(" -—/"):
            task.goals.append(values["goal"][1].strip())

    def names(self, cell: str) -> list[tuple[str, str, str | None, Role | None]]:
        """The names in a unit cell: (key, printed, note, role); tables repeat cells, so cached."""
        found = self.name_cache.get(cell)
        if found is None:
            line = split_lines(_parted_names(cell))[0]
            found = [
                (line.text[n.begin : n.end], line.printed(n.begin, n.end), n.note, n.role)
                for n in split_names(line.text, 0, len(line.text))
            ]
            self.name_cache[cell] = found
        return found

    def add_units(self, row: int, index: int, task: _Row, role: Role, cell: str) -> None:

        labelled = _labelled_units(cell)
        if labelled is None:
            self.add_names(row, index, task, role, cell)
            return
        for held, names in labelled:  # 牵头单位:县司法局;配合单位:县直各部门: each label's role
            self.add_names(row, index, task, held, names)

    def add_names(self, row: int, index: int, task: _Row, role: Role, cell: str) -> None:

        spaced = _CELL_SPACE.search(cell.strip()) is not None
        if index in self.with_people:  # 张三 区司法局: a space parts the person from the units
            cell = _PEOPLE_GAP.sub("、", cell.strip())
        named = self.names(cell)
        if not named:
            raise self.fail(row, index, "no unit name found; separate names with 、", cell)
        if spaced:
            named = [part for name in named for part in _run_together(name, self.units.by_key)]
        if index in self.with_people:  # 副区长张三、区司法局: the person is no unit
            named = [name for name in named if not _person(name[0])]
        for key, printed, note, marked in named:
            if guess_kind(key) == UnitKind.OTHER and read_timeframe(key, self.year) is not None:
                # 长期坚持 shifted into a unit column: a timing, never a unit
                self.problems.append(
                    Diagnostic(
                        code="table-cell",
                        message=f"row {row}, column {index + 1}: {printed!r} is a timing, "
                        "not a unit; it was not read as one (check the row's columns)",
                        line=row,
                        column=index + 1,
                    )
                )
                continue
            unit = self.units.get(key, printed, None)
            held = marked or role
            if (unit.id, held) not in task.held:
                task.held.add((unit.id, held))
                task.assignments.append((unit.id, held, printed, note))

    def add_timing(self, row: int, index: int, task: _Row, cell: str) -> None:

        if task.timeframe is not None:
            if cell == task.timing_text:
                return
            raise self.fail(
                row, index, f"the task of row {task.row} already has the timing "
                f"{task.timing_text!r}; give one timing per task", cell
            )  # fmt: skip
        known = self.timing_cache.get(cell)
        timeframe = (
            known.model_copy(update={"text": cell})
            if known is not None
            else read_timeframe(normal(cell).replace("\n", ""), self.year, printed=cell)
        )
        if timeframe is None:
            hint = ""
            if self.year is None and "月" in cell:
                hint = " (the table's title names no year: write the year, as in 2023年6月底前)"
            raise self.fail(
                row,
                index,
                "the timing cannot be read; write a date such as 2023年6月底前, or 每季度, "
                "持续推进, 长期坚持, 适时" + hint,
                cell,
            )
        self.timing_cache.setdefault(cell, timeframe)
        task.timeframe = timeframe
        task.timing_text = cell

    def reading(self, title: str, problems: list[Diagnostic], *, facts: bool) -> TableReading:
        self.give_carried(last=True)
        counter = _Counter()
        sections = [
            self.build_section(child, (), counter, facts=facts)
            for child in self.root.children.values()
        ]
        loose = [self.build_task(task, (), counter, facts=facts) for task in self.root.rows]
        appraisal = self.appraisal(title)
        return TableReading(
            title=title,
            year=self.year,
            sections=sections,
            unsectioned_tasks=loose,
            units=list(self.units.units),
            assessments=[] if appraisal is None else [appraisal],
            diagnostics=problems,
        )

    def appraisal(self, title: str) -> Assessment | None:
        """The appraisal (考核) a table with points or criteria describes: one indicator a row."""
        rows: list[_Row] = []
        pending = [self.root]
        while pending:
            node = pending.pop(0)
            rows.extend(node.rows)
            pending.extend(node.children.values())
        scored = [row for row in rows if row.points is not None or row.criteria]
        if not scored:
            return None
        indicators = [
            Indicator(
                id=f"i-{row.task_id}",
                name=row.title or row.number,
                weight=row.points,
                description="\n".join(row.criteria) or None,
            )
            for row in sorted(scored, key=lambda item: int(item.task_id[1:]))
        ]
        return Assessment(id="a1", kind=AssessmentKind.APPRAISAL, name=title, indicators=indicators)

    def build_section(
        self, node: _Node, chain: tuple[str, ...], counter: _Counter, *, facts: bool
    ) -> Section:
        counter.sections += 1
        ident = f"s{counter.sections}"
        here = (*chain, node.number) if node.number else chain
        tasks = [self.build_task(task, here, counter, facts=facts) for task in node.rows]
        children = [
            self.build_section(child, here, counter, facts=facts)
            for child in node.children.values()
        ]
        return Section(
            id=ident,
            number=node.number,
            level=node.level,
            title=node.title,
            tasks=tasks,
            children=children,
        )

    def build_task(
        self, row: _Row, chain: tuple[str, ...], counter: _Counter, *, facts: bool
    ) -> Task:
        counter.tasks += 1
        ident = f"t{counter.tasks}"
        row.task_id = ident
        heading, rest = _heading_sentence(row.title)
        measures = [*rest, *row.measures]
        title = heading or (measures[0] if measures else row.number)
        text = "\n".join([*filter(None, [row.merged]), row.title or title, *row.measures])
        targets, citations = _facts([title, *measures]) if facts else ([], [])
        targets.extend(_goal_targets(title, row.goals))  # a column of targets: read either way
        timeframe = row.timeframe or _text_timing([title, *measures], self.year)
        # the fields of the measures and assignments, read from checked cells: the task is
        # validated with them in one call
        return Task.model_validate(
            {
                "id": ident,
                "number": row.number,
                "path": (*chain, row.number),
                "title": title,
                "text": text,
                "measures": [
                    {"id": f"{ident}.m{index}", "text": text, "span": None}
                    for index, text in enumerate(measures, start=1)
                ],
                "assignments": [
                    {"unit": unit, "role": role, "unit_name": printed, "note": note, "span": None}
                    for unit, role, printed, note in row.assignments
                ],
                "timeframe": timeframe,
                "targets": targets,
                "citations": citations,
            }
        )


def _person(name: str) -> bool:
    """Whether a name in a column of people and units names a person (张三, 副区长, 区委常委).

    A unit's name ends as one (区司法局, 各街道); a person's does not (张三, 李四同志), or ends
    with an office (副区长, 区委常委, 分管负责人).

    Examples:
        >>> _person("张三"), _person("副区长"), _person("区委常委"), _person("副区长张三(分管)")
        (True, True, True, True)
        >>> _person("区司法局"), _person("各街道"), _person("区发改委(粮食局)")
        (False, False, False)
    """
    bare = _OWN_BRACKET.sub("", name)
    return not whole_name(bare) or bare.endswith((*PERSON_ENDS, *_PERSON_OFFICES))


_PEOPLE_GAP = re.compile(r"[ \u3000\u00a0\n]+")
_OWN_BRACKET = re.compile(r"\([^()]*\)$")
_PERSON_OFFICES = ("常委", "委员")  # 区委常委: a person's office, ending as a committee's name


def _unit_like(name: str) -> bool:
    """Whether a name reads as a body's: short, and ending as units' names do (疾控处, 办公室).

    A bracket after the name (规划信息处(爱卫办)) is its other name, not its ending.
    """
    bare = re.sub(r"\([^()]*\)$", "", name)
    return 1 < len(bare) <= _LONGEST_UNIT and (
        bare[-1] in UNIT_ENDS or guess_kind(bare) != UnitKind.OTHER
    )


def _heading_sentence(cell: str) -> tuple[str, list[str]]:
    """A task cell's heading sentence, without its ``。``, and the sentences after it.

    A task's title is its heading sentence, in a table's cell as in a paragraph: ``加强学法培训。
    每年集中学法不少于2次。`` is titled 加强学法培训, and the rest is its measures.

    Examples:
        >>> _heading_sentence("加强学法培训。每年集中学法不少于2次;每季度举办一次。")
        ('加强学法培训', ['每年集中学法不少于2次', '每季度举办一次'])
        >>> _heading_sentence("深入开展法制宣传教育。"), _heading_sentence("开展(含各镇。)培训")
        (('深入开展法制宣传教育', []), ('开展(含各镇。)培训', []))
    """
    stop = cell.find("。")
    if stop <= 0 or any(cell.count(a, 0, stop) != cell.count(b, 0, stop) for a, b in _PAIRS):
        return cell, []
    rest = [part.strip(" ,") for part in re.split("[。;；]", cell[stop + 1 :])]
    return cell[:stop], [part for part in rest if part]


_PAIRS = (("(", ")"), ("（", "）"), ("《", "》"), ("“", "”"))


def _text_timing(texts: list[str], year: int | None) -> TimeFrame | None:
    """The timing a task's words state where no cell gives one: its first timing phrase.

    A deadline yields to a later one after it in the same sentence (10月底前完成初稿,12月底前印发).
    """
    for text in texts:
        found = find_timing(text)
        if found is None:
            continue
        timeframe = read_timeframe(found.group(), year, printed=found.group())
        after = found.end()
        while timeframe is not None and timeframe.kind is TimeFrameKind.DEADLINE:
            later_found = find_timing(text[after:])
            if later_found is None:
                break
            after += later_found.end()
            later = read_timeframe(later_found.group(), year, printed=later_found.group())
            if later is None or later.kind not in _STAGES:
                break
            if later.due is not None and timeframe.due is not None and later.due > timeframe.due:
                timeframe = later
        return timeframe
    return None


_STAGES = (TimeFrameKind.DEADLINE, TimeFrameKind.ON)


@attrs.define
class _Counter:
    sections: int = 0
    tasks: int = 0


def total_cell(cells: list[str]) -> int | None:
    """The position of the cell that makes a row a total (合计, 总计), if it is one.

    Examples:
        >>> total_cell(["", "合 计", "", "100"]), total_cell(["1", "合计", "区司法局"])
        (1, None)
    """
    found = None
    for index, cell in enumerate(cells):
        key = heading_key(cell)
        if key in _TOTAL_WORDS and found is None:
            found = index
        elif key and not _POINTS.fullmatch(key.removesuffix("分")):
            return None  # a row with other text (a task named 合计) is no total row
    return found


def _task_number(cell: str) -> str | None:

    text = normal(cell)
    if _DOTTED.fullmatch(text):
        return text.rstrip(".") if text.count(".") == 1 and text.endswith(".") else text
    heading = match_heading(text)
    if heading is not None and heading.end == len(text):
        return heading.number
    if chinese_to_int(text) is not None:
        return text
    if len(cell) > _MAX_NUMBER or any(char.isspace() for char in cell) or "。" in cell:
        return None
    return cell


def _arabic_item(cell: str) -> tuple[str, str] | None:
    """The number and text of a cell that opens with an item number (``3.及时反馈…``), if any."""
    line = split_lines(cell.strip())[0]
    heading = match_heading(line.text)
    if heading is None or heading.style is not Style.ARABIC or heading.end >= len(line.text):
        return None
    return heading.number, line.original[line.column(heading.end) - 1 :].strip()


def _measure_texts(cell: str) -> list[str]:
    """One measure per line; a cell on one line is split at ``。`` and ``；``."""
    lines = [line for line in cell.splitlines() if line.strip()]
    pieces = lines if len(lines) > 1 else _SPLIT_MEASURES.split(cell)
    found: list[str] = []
    for piece in pieces:
        text = piece.strip().rstrip("。;；")
        line = split_lines(text)[0]
        heading = match_heading(line.text)
        if heading is not None and heading.end < len(line.text):
            text = line.original[line.column(heading.end) - 1 :].strip()
        if text:
            found.append(text)
    return found


def _goal_targets(title: str, goals: list[str]) -> list[Target]:
    """The targets of a task's cells in a column of targets (年度目标: ≥2%, 良好以上).

    A cell's number with its measure word is a target as in running text; a grade with a bound
    (良好以上, 合格及以上) is a qualitative target, of the task's title. A bare number (0.07, its
    measure in another column) or words of how the work is done (全市统筹) are none.

    Examples:
        >>> goals = ["≥2%", "良好以上", "全市统筹", "0.07"]
        >>> [(t.text, t.value) for t in _goal_targets("增加值增幅", goals)]
        [('≥2%', 2.0), ('良好以上', None)]
    """
    targets: list[Target] = []
    for goal in goals:
        found = [target.model_copy(update={"metric": title}) for target in _facts([goal])[0]]
        if not found and _BOUNDED_GRADE.fullmatch(normal(goal)) is not None:
            found = [Target(metric=title, text=goal)]
        targets.extend(found)
    return targets


# A grade with a bound, the whole of a cell of targets (良好以上, 合格及以上, 优秀)
_BOUNDED_GRADE = re.compile(r"[^\d\s]{1,4}(?:及)?(?:以上|以下)|优秀|合格|良好|达标")


def _facts(texts: list[str]) -> tuple[list[Target], list[Citation]]:
    """Targets and citations read by the parser's fact readers, without spans (no source text)."""
    lines: list[Line] = split_lines("\n".join(texts))
    segments = [(line, 0, len(line.text)) for line in lines]
    targets = [target.model_copy(update={"span": None}) for target in find_targets(segments)]
    citations, _ = find_citations(segments)
    return targets, [citation.model_copy(update={"span": None}) for citation in citations]


def _merged_role_columns(grid: list[list[str]]) -> list[list[str]]:
    """The grid with the columns that a header names in one role made one column of that role.

    A division of work may name its lead in two columns, the unit and its office (牵头单位 ·
    牵头处室), or its responsible units as 责任单位 · 责任处室: each column's names hold the role.
    The rows from the header down give the first such column the names of both (市司法局、执法监督处),
    and lose the others; the rows above the header stand as printed. A heading repeated over
    columns that the row below names (责任单位 over 牵头单位 · 配合单位: a merged cell copied
    into each column) is printed once, over the first.

    Examples:
        >>> grid = [["序号", "工作任务", "牵头单位", "牵头处室"], ["1", "开展普法", "市司法局", "普法处"]]
        >>> _merged_role_columns(grid)
        [['序号', '工作任务', '牵头单位'], ['1', '开展普法', '市司法局、普法处']]
    """
    for position, cells in enumerate(grid[:HEADER_ROWS]):
        first: dict[str, int] = {}
        into: dict[int, int] = {}  # each second column of a role, and the role's first column
        for index, cell in enumerate(cells):
            field = TABLE_HEADINGS.get(heading_key(cell))
            if field is None or field not in ROLE_FIELDS:
                continue
            if field in first:
                into[index] = first[field]
            else:
                first[field] = index
        if not into:
            continue
        below = grid[position + 1] if position + 1 < len(grid) else []
        if all(
            index < len(below) and heading_key(below[index]) in TABLE_HEADINGS for index in into
        ):
            # 责任单位 spread over 牵头单位 · 配合单位 below, its cell repeated in each column
            spread = [("" if index in into else cell) for index, cell in enumerate(cells)]
            return [*grid[:position], spread, *grid[position + 1 :]]
        return grid[:position] + [
            _merged_row(row, into, header=at == 0) for at, row in enumerate(grid[position:])
        ]
    return grid


def _merged_row(row: list[str], into: dict[int, int], *, header: bool) -> list[str]:
    """A row with each cell of ``into``'s columns given to its role's first column (see above)."""
    merged = list(row)
    for index, target in into.items():
        if index >= len(row) or target >= len(row) or header:
            continue
        names = [cell.strip() for cell in (merged[target], row[index]) if cell.strip()]
        merged[target] = "、".join(names) if names else merged[target]
    return [cell for index, cell in enumerate(merged) if index not in into]


def _with_broken_names_joined(
    grid: list[list[str]], header_at: int, columns: dict[int, str], origins: list[int]
) -> tuple[list[list[str]], list[int]]:
    r"""The grid with each unit cell's next line that finishes a name joined to the cell above.

    A printed table breaks a cell too long for its column over lines, and a copy turns each
    line into a row with that one cell filled (市财政局、市 / 人社局, 区市场监督 / 管理局): where
    the row holds only unit cells, each finishing the name that the cell above breaks off (see
    ``list_goes_on``; not after a mark, where the names are whole either way), the row is part
    of the row above. ``origins`` holds the printed row of each row of the grid; the rows joined
    keep the first's.

    Examples:
        >>> grid = [["序号", "工作任务", "配合单位"], ["1", "普法", "市财政局、市"], ["", "", "人社局"]]
        >>> _with_broken_names_joined(grid, 0, {0: "number", 1: "title", 2: "cooperating"}, [0, 1, 2])
        ([['序号', '工作任务', '配合单位'], ['1', '普法', '市财政局、市\n人社局']], [0, 1])
    """
    roles = {index for index, field in columns.items() if field in ROLE_FIELDS}
    if not roles:
        return grid, origins
    joined = grid[: header_at + 2]
    kept = origins[: header_at + 2]
    for row, origin in zip(grid[header_at + 2 :], origins[header_at + 2 :], strict=True):
        filled = [index for index, cell in enumerate(row) if cell.strip()]
        above = joined[-1]
        if filled and all(
            index in roles
            and index < len(above)
            and above[index].strip()
            and not above[index].rstrip().endswith(tuple(UNIT_LIST_MARKS))
            and list_goes_on(normal(above[index]), normal(row[index]))
            for index in filled
        ):
            merged = list(above)
            for index in filled:
                # 区司法局牵头，区法院、区 / 检察院配合: the roles' words read the list whole
                words = names_roles_by_words(above[index] + row[index])
                sign = "" if words and not above[index].rstrip().endswith("\n") else "\n"
                merged[index] = above[index].rstrip() + sign + row[index].strip()
            joined[-1] = merged
        elif _goes_on_broken(row, above, filled, columns):
            merged = list(above)
            for index in filled:  # the task's words run on; the names are parted as a cell's lines
                sign = "\n" if columns[index] in ROLE_FIELDS else ""
                merged[index] = above[index].rstrip() + sign + row[index].strip()
            joined[-1] = merged
        else:
            joined.append(row)
            kept.append(origin)
    return joined, kept


def _goes_on_broken(
    row: list[str], above: list[str], filled: list[int], columns: dict[int, str]
) -> bool:
    r"""Whether a row of a numbered table is the rest of the task's cell and its units' above.

    A copy of a printed table breaks a row's long cells over lines together, each line a row:
    the task's words, cut mid-sentence (健全依法决策机制, / 严格落实…), beside the rest of its
    units (区法院、区检 / 察院). Such a row has no number, its task cell goes on a task's cell
    above that ends with no full stop, and it fills a units column too (a row with the task's
    cell alone is read so already). A blank number is also what a 序号 cell merged over two
    tasks leaves, so the row goes on only where a cell above is seen cut: the task's clause
    (after ， or 、) or a unit's name or list (see ``_names_cut``).

    Examples:
        >>> columns = {0: "number", 1: "title", 2: "responsible"}
        >>> _goes_on_broken(["", "严格落实规定", "院"], ["1", "健全机制,", "区检"], [1, 2], columns)
        True
        >>> _goes_on_broken(["", "开展普法。", "区法院"], ["1", "健全机制。", "区检察院"], [1, 2], columns)
        False
        >>> _goes_on_broken(["", "推进公示", "区司法局"], ["1", "健全机制", "区司法局"], [1, 2], columns)
        False
    """
    fields = {columns.get(index) for index in filled}
    if "number" not in columns.values() or "title" not in fields or not fields & set(ROLE_FIELDS):
        return False
    if not fields <= {"title", "deadline", *ROLE_FIELDS}:
        return False
    title = next(index for index in filled if columns.get(index) == "title")
    last = above[title].rstrip() if title < len(above) else ""
    return (
        bool(last)
        and not last.endswith(("。", ";", "；", "."))
        and not _group_heading(row[title])
        and all(index < len(above) and above[index].strip() for index in filled)
        and (last.endswith(_CLAUSE_GOES_ON) or _names_cut(row, above, filled, columns))
    )


# the marks after which a task's clause goes on (健全依法决策机制， / 严格落实…)
_CLAUSE_GOES_ON = ("，", ",", "、", "：", ":")


def _names_cut(
    row: list[str], above: list[str], filled: list[int], columns: dict[int, str]
) -> bool:
    """Whether a units cell above breaks off a name or a list that the row's cell goes on with.

    区法院、区检 / 察院 and 各镇（街道）、 / 区直各部门 are one cell cut; 区司法局 / 区司法局, the
    names whole on both rows, are the units of two rows (a 序号 cell merged over them).

    Examples:
        >>> columns = {0: "number", 1: "title", 2: "responsible"}
        >>> _names_cut(["", "严格落实", "察院"], ["1", "健全机制", "区检"], [1, 2], columns)
        True
        >>> _names_cut(["", "推进公示", "区司法局"], ["1", "健全机制", "区司法局"], [1, 2], columns)
        False
    """
    for index in filled:
        if columns.get(index) not in ROLE_FIELDS:
            continue
        cell = above[index].rstrip()
        if cell.endswith(tuple(UNIT_LIST_MARKS)) or list_goes_on(normal(cell), normal(row[index])):
            return True
    return False


def _find_header(rows: list[list[str]], source: str | None) -> tuple[int, dict[int, str]]:

    for position, cells in enumerate(rows[:HEADER_ROWS]):
        columns = _header_columns(cells, position + 1, source)
        if columns is not None:
            return position, columns
    raise ParseError(
        f"no header row found in the first {HEADER_ROWS} rows; name the columns 序号, 工作任务, "
        "具体措施, 牵头单位, 责任单位, 配合单位, 完成时限 (or number, task, measures, lead, "
        "responsible, cooperating, deadline)",
        line=1,
        column=1,
        source=source,
        value=rows[0][:8] if rows else None,
        code="no-header-row",
    )


def _header_columns(cells: list[str], row: int, source: str | None) -> dict[int, str] | None:
    """The columns that ``cells`` name if they are a task table's header (row ``row``), else None."""
    columns: dict[int, str] = {}
    for index, cell in enumerate(cells):
        field = second_title(TABLE_HEADINGS.get(heading_key(cell)), columns, index)
        if field is None:
            continue
        if field == _PEOPLE and field in columns.values():
            continue  # 责任领导 · 责任单位 · 责任人: people are no units, however many columns
        if field in columns.values():
            raise ParseError(
                f"row {row}, column {index + 1} ({cell}): a second {field} column; "
                "keep one column per field",
                line=row,
                column=index + 1,
                source=source,
                value=cell,
                code="duplicate-column",
            )
        columns[index] = field
    # a task column named in the header's own words after the categories' (一级指标 · 二级指标
    # · 评价指标) holds the tasks; without one, the deepest level's column does
    columns = _levelled(titled(cells, columns))
    if len(columns) >= 2 and set(columns.values()) & TASK_FIELDS:
        return columns
    return None


def _header_again(
    cells: list[str], header_keys: frozenset[str], source: str | None, row: int
) -> dict[int, str] | None:
    """The columns of a row that heads the rows below it again, else None.

    A table printed over pages or sheets repeats its header (序号 | 工作任务 | 牵头单位) or
    starts a table of other columns below the first. A row of headings alone is either: one
    that repeats the header's words gives back no columns (``{}``: nothing changes), one that
    names other columns gives them. Any other row is data.
    """
    filled = [cell for cell in cells if cell.strip()]
    if len(filled) < 2 or any(TABLE_HEADINGS.get(heading_key(cell)) is None for cell in filled):
        return None
    if all(heading_key(cell) in header_keys for cell in filled):
        return {}
    try:
        return _header_columns(cells, row, source)
    except ParseError:
        return None  # two columns of one field: no header rulegov can read, so the row is data


# a table's title printed again over its header: 续表, …（续）, …分工表, …清单, 附件2
_TITLE_AGAIN = re.compile(r"续|(?:表|清单|台账)\s*[)）]?$|^附\s*件\s*\d")


def _title_over_header(
    grid: list[list[str]], position: int, keys: frozenset[str], source: str | None
) -> bool:
    """Whether row ``position`` is a title printed again over the header printed again (续表).

    One cell that reads as a table's title (续表, …任务分工表（续）, 附件2) over a row that heads
    the rows below it again. A name alone (依法行政, or 一、依法行政) is a section over them.
    """
    filled = [cell.strip() for cell in grid[position] if cell.strip()]
    return (
        len(filled) == 1
        and position + 1 < len(grid)
        and _TITLE_AGAIN.search(fold(filled[0])) is not None
        and match_heading(normal(filled[0])) is None
        and _header_again(grid[position + 1], keys, source, position + 2) is not None
    )


def _header_printed_again(
    reader: _Reader, grid: list[list[str]], position: int, keys: frozenset[str], row: int
) -> frozenset[str] | None:
    """The heading keys from here on if row ``position`` heads the rows below it again, else None.

    ``row`` is the row's number as printed, which the diagnostic names.

    The header printed again over a page or sheet is passed over, and so is the table's title
    printed again over it (续表); a header of other columns reads the rows below it by those.
    """
    cells = grid[position]
    if _title_over_header(grid, position, keys, reader.source):
        found = "titles the table again over its header"
    else:
        again = _header_again(cells, keys, reader.source, row)
        if again is None:
            return None
        if again:
            reader.use_header(again, cells)
            keys = frozenset(heading_key(cell) for cell in cells)
        found = "heads the rows below it again"
    reader.problems.append(
        Diagnostic(
            code="table-header",
            message=f"row {row} {found}: "
            + " | ".join(cell.strip() for cell in cells if cell.strip()),
            severity=Severity.INFO,
            line=row,
            column=1,
        )
    )
    return keys


def _second_header_row(cells: list[str], columns: dict[int, str]) -> dict[int, str] | None:
    """The columns of a two-row header, if ``cells`` is its second row, else None.

    A second row names columns only (牵头单位 | 配合单位 under a 责任单位 spread over both).
    """
    found: dict[int, str] = {}
    for index, cell in enumerate(cells):
        if not cell.strip():
            continue
        field = TABLE_HEADINGS.get(heading_key(cell))
        # a second row names the parts of a heading spread over it (责任单位), or of none
        if field is None or columns.get(index, _UMBRELLA) != _UMBRELLA:
            return None
        found[index] = field
    if all(columns.get(index) == field for index, field in found.items()):
        return None  # nothing new: a row that repeats the header's words is data
    merged = dict(columns)
    merged.update(found)
    fields = list(merged.values())
    if len(set(fields)) != len(fields):
        return None
    return merged


def _levelled(columns: dict[int, str]) -> dict[int, str]:
    """Without a task column, the deepest 一级/二级任务 column holds the tasks (一级任务 | 二级任务)."""
    fields = set(columns.values())
    if "title" in fields:
        return columns
    levels = sorted(
        (field, index) for index, field in columns.items() if field.startswith("section")
    )
    if len(levels) >= 2:
        columns = dict(columns)
        columns[levels[-1][1]] = "title"
    return columns


def _unheaded_numbers(
    grid: list[list[str]], header_at: int, header: list[str], columns: dict[int, str]
) -> tuple[list[str], dict[int, str]]:
    """The header with a 序号 column where every row numbers itself in a cell the header lacks.

    A table copied from a page may drop the heading of its number column (工作任务 · 具体要求 ·
    责任科室 · 时限要求 over rows of five cells, the second a row's number). When no column is
    headed 序号 and every row has one cell more than the header, with a whole number at the same
    place, that place is the 序号 column; otherwise the header is kept as it is. A group's
    heading printed as a row of its own between the rows (一、… or （一）…, the cell of a category
    merged over them) is no row that numbers itself: the rows are the others.
    """
    rows = [
        row
        for row in grid[header_at + 1 :]
        if any(cell.strip() for cell in row) and not _group_row(row)
    ]
    width = len(header)
    if "number" in columns.values() or not rows:
        return header, columns
    for place, heading in enumerate(header):
        # a heading left empty over a column of numbers (工作任务 · · 具体要求 …)
        if not heading.strip() and all(_numbered(row, place) for row in rows):
            return header, dict(sorted({**columns, place: "number"}.items()))
    if any(len(row) > width + 1 for row in rows) or all(len(row) <= width for row in rows):
        return header, columns
    for place in range(width + 1):
        if all(_numbered(row, place) for row in rows):
            shifted = {index + (index >= place): field for index, field in columns.items()}
            shifted[place] = "number"
            return [*header[:place], "序号", *header[place:]], dict(sorted(shifted.items()))
    return header, columns


def _headings_run_into_rows(
    grid: list[list[str]],
    header_at: int,
    header: list[str],
    columns: dict[int, str],
    source: str | None,
) -> tuple[list[list[str]], list[str], dict[int, str], list[int]]:
    """The grid with the headings a row runs in before its number put on rows of their own.

    A page copy of a table whose first heading (工作任务) spans the merged cells of its parts,
    its measures and the rows' numbers prints each part's and measure's cell in the first row
    under it only, before the row's number: ``一、以公开助力经济发展 · （一）加强信息公开 · 1 ·
    进一步增强… · 市政府各有关部门 · 持续推进`` under ``工作任务 · 具体要求 · 责任单位 · 时限要求``,
    then ``2 · 开设… · …``. When no column is headed 序号, the header's first column is the task's
    and every row is its number and the header's other columns, after one or more such
    headings in some of them, each heading becomes a row of its own (read as its section) and
    the first column is the rows' 序号; otherwise the grid is kept as it is. The last item is
    the printed row of each row of the grid: a heading's row is the row it was run into.
    """
    unchanged = grid, header, columns, list(range(len(grid)))
    if "number" in columns.values() or columns.get(0) not in TASK_FIELDS:
        return unchanged
    width = len(header)
    while width and not header[width - 1].strip():
        width -= 1
    if not all(cell.strip() for cell in header[:width]):
        return unchanged
    rows = grid[: header_at + 1]
    origins = list(range(header_at + 1))
    run_in = False
    for position in range(header_at + 1, len(grid)):
        parted = _headings_parted(grid[position], width)
        if parted is None:
            return unchanged
        run_in = run_in or len(parted) > 1
        rows.extend(parted)
        origins.extend(position for _ in parted)
    if not run_in:
        return unchanged
    numbered = ["序号", *header[1:width]]
    renamed = _header_columns(numbered, header_at + 1, source)
    if renamed is None or "number" not in renamed.values():
        return unchanged
    return rows, numbered, renamed, origins


def _headings_parted(row: list[str], width: int) -> list[list[str]] | None:
    """A row as its run-in headings, each a row of its own, and its number and cells after them.

    None where the row's first cell after its headings is no number, or more cells follow it
    than the header's ``width`` has columns: the row is no such row. A row without cells, or of
    headings alone, stands as it is.
    """
    cells = list(row)
    while cells and not cells[-1].strip():
        cells.pop()
    lead = 0
    while lead < len(cells) and _group_heading(cells[lead]):
        lead += 1
    if not cells or lead == len(cells):
        return [row]  # an empty row, or a group's heading on a row of its own
    if not cells[lead].strip().isdecimal() or len(cells) - lead > width:
        return None
    return [*([heading] for heading in cells[:lead]), cells[lead:]]


def _unmarked(cell: str) -> str:
    """A cell's text, or nothing where it holds only the mark of an empty cell (—, /).

    Printed tables mark a cell left empty with a dash or a slash (— · —— · - · / ·
    ／); the cell is empty, as a merged cell printed in its first row only leaves the others.

    Examples:
        >>> _unmarked(" — "), _unmarked("／"), _unmarked("区司法局")
        ('', '', '区司法局')
    """
    return "" if cell.strip() in EMPTY_MARKS else cell


def _merged_categories(
    grid: list[list[str]], header_at: int, columns: dict[int, str]
) -> list[list[str]]:
    """The grid with the category cells that rows leave out put back, empty, at their columns.

    A page copy of a table whose category columns (一级指标 · 二级指标) are merged over their rows
    prints each category as a row of its own (一、… / （一）…) and the rows under it without the
    merged cells: 一级指标 · 二级指标 · 评价指标 · 牵头单位 over ``1 · 完善制度 · 区司法局``.
    When the header opens with such columns, the table has group rows, and every other row is
    shorter than the header by exactly those columns (or by one less, a number of its own
    first), the rows are placed against the columns after the categories; otherwise the grid is
    kept as it is.
    """
    categories = 0
    while columns.get(categories, "").startswith("section"):
        categories += 1
    if not categories:
        return grid
    width = len(grid[header_at])
    rows = [
        position
        for position in range(header_at + 1, len(grid))
        if any(cell.strip() for cell in grid[position])
    ]
    data = [position for position in rows if not _group_row(grid[position])]
    if not data or len(data) == len(rows):
        return grid
    lengths = {len(grid[position]) for position in data}
    short = width - categories
    numbered = all(grid[position][0].strip().isdecimal() for position in data)
    if lengths != {short} and not (lengths == {short + 1} and numbered):
        return grid
    padded = list(grid)
    for position in data:
        padded[position] = ["" for _ in range(categories)] + grid[position]
    return padded


def _group_row(row: list[str]) -> bool:
    """Whether a row prints only a group's numbered heading (一、…, （一）…) in one cell."""
    filled = [cell for cell in row if cell.strip()]
    return len(filled) == 1 and _group_heading(filled[0])


def _numbered(row: list[str], place: int) -> bool:
    """Whether a row holds a whole number at ``place`` (a row cut short ends before its cells)."""
    return place < len(row) and row[place].strip().isdecimal()


def _row_cell(row: list[str], index: int) -> str:
    """The text of a grid row's cell at ``index``, stripped; empty past the row's end."""
    return row[index].strip() if index < len(row) else ""


def _grouping_title(
    grid: list[list[str]], header_at: int, columns: dict[int, str]
) -> dict[int, str]:
    """The columns with a task column that groups numbered rows made a group column.

    Where rows are numbered and a second task column says each row's work (工作任务 · 具体要求),
    a task column that stands before the numbers, or that a numbered row leaves empty (a cell
    merged over several rows, printed once), groups the rows: each numbered row is a task,
    titled by its own cell of the second column.
    """
    where = {field: index for index, field in columns.items()}
    if not {"title", "measures"} <= set(where):
        return columns
    title, measures = where["title"], where["measures"]
    if measures < title:
        return columns

    if "number" not in where:
        return _grouping_unnumbered(grid[header_at + 1 :], columns, title, measures)
    number = where["number"]
    rows = [
        row for row in grid[header_at + 1 :] if _row_cell(row, number) and _row_cell(row, measures)
    ]
    merged = any(not _row_cell(row, title) for row in rows)
    if not rows or not (title < number or merged):
        return columns
    return {**columns, title: "group"}


def _merged_groups_put_back(
    grid: list[list[str]], header_at: int, columns: dict[int, str]
) -> list[list[str]]:
    """The grid with the empty task cell put back in the rows a copy printed without it.

    In a two-level division of work (序号 | 重点任务 | 具体举措 | 牵头单位 | …) the 重点任务 cell
    is merged over several rows and printed in the first of them only. A copy that parts cells
    by spaces without lining them up leaves it out of the other rows: their measures stand under
    重点任务 and their units one column left of their headings. Such a row, one cell short of
    the header and numbered where the table numbers its rows, whose cell before the first units
    column names units while its cell under 重点任务 does not, gets its empty task cell back.
    """
    where = {field: index for index, field in columns.items()}
    roles = sorted(index for index, field in columns.items() if field in ROLE_FIELDS)
    if not {"title", "measures"} <= set(where) or not roles:
        return grid
    number, title, measures, units = (
        where.get("number", -1),
        where["title"],
        where["measures"],
        roles[0],
    )
    if not number < title < measures < units:
        return grid
    width = len(grid[header_at])
    result = grid[: header_at + 1]
    for row in grid[header_at + 1 :]:
        if (
            len(row) == width - 1
            and (number < 0 or _task_number(row[number].strip()) is not None)
            and _cell_lists_units(row[units - 1])
            and not _cell_lists_units(row[title])
        ):
            result.append([*row[:title], "", *row[title:]])
        else:
            result.append(row)
    return result


# the words of a group's heading without its number: a phrase of four or more characters, with
# no figure and no sign of a sentence (深入推进依法行政, 法治政府建设)
_GROUP_WORDS = re.compile(r"[\u4e00-\u9fff、]{4,30}")
_GROUP_NUMBER = re.compile(r"([一二三四五六七八九十]{1,3})[、.]?|\(([一二三四五六七八九十]{1,3})\)")


def _group_rows_as_headings(
    grid: list[list[str]], header_at: int, columns: dict[int, str]
) -> list[list[str]]:
    """The grid with rows numbered 一 or （一） under 序号 read as the headings they are.

    A division of work may number its groups and its tasks in one 序号 column: a group's row
    prints 一 (or （一）) and the group's name, and nothing else; its tasks' rows print 1, 2, 3
    and their units. Where a table numbers rows both ways, each such group row is the heading
    ``一、name`` (``（一）name``) merged across the table, opening a section for the rows under it.
    """
    where = {field: index for index, field in columns.items()}
    if not {"number", "title"} <= set(where):
        return grid
    number, title = where["number"], where["title"]

    groups: dict[int, str] = {}
    arabic = False
    for position in range(header_at + 1, len(grid)):
        row = grid[position]
        value = normal(_row_cell(row, number))
        arabic = arabic or value.isdecimal()
        found = _GROUP_NUMBER.fullmatch(value)
        filled = {index for index in range(len(row)) if _row_cell(row, index)}
        if found is not None and filled == {number, title}:
            mark = f"{found.group(1)}、" if found.group(1) else f"（{found.group(2)}）"
            groups[position] = mark + _row_cell(row, title)
    if not groups or not arabic:
        return grid
    result = list(grid)
    for position, heading in groups.items():
        row = ["" for _ in grid[position]]
        row[title] = heading
        result[position] = row
    return result


def group_words(cell: str) -> bool:
    """Whether a cell holds the words of a group's heading without its number.

    A phrase of four characters or more, with no figure and no sign of a sentence, that names
    no units: 深入推进依法行政, not 加强培训，提升能力 nor 区司法局、区法院.

    Examples:
        >>> group_words("深入推进依法行政"), group_words("区司法局、区法院"), group_words("2024年")
        (True, False, False)
    """
    return _GROUP_WORDS.fullmatch(normal(cell).strip()) is not None and not _cell_lists_units(cell)


def _cell_lists_units(cell: str) -> bool:
    """Whether every name a cell lists (parted by 、，,) reads as a unit's."""
    names = [name for name in re.split(r"[、，,；;]", cell.strip()) if name.strip()]
    return bool(names) and all(_unit_like(name.strip()) for name in names)


def _grouping_unnumbered(
    rows: list[list[str]], columns: dict[int, str], title: int, measures: int
) -> dict[int, str]:
    """The columns of a table without numbers, its task column made a group column if it groups.

    In a two-level division of work without 序号 (重点任务 | 具体举措 | 牵头单位 | 完成时限),
    a task cell numbered as a part or a group (一、…, （一）…) and merged over several rows is
    printed once (or repeated in each row by a reader of HTML and Word tables). Where a later
    row of that cell names measures and units of its own, the cell is the heading of the rows,
    and each row of measures is a task of its own, as it is in the same table with numbers. A
    task cell without a number is the task itself, its rows its measures, and so are the rows
    of a numbered cell whose units are merged too.
    """
    roles = [index for index, field in columns.items() if field in ROLE_FIELDS]
    if not roles:
        return columns

    above: str | None = None
    grouped = False
    for row in rows:
        if not _row_cell(row, measures):
            above = None
            continue
        text = _row_cell(row, title)
        if text and text != above and not _group_heading(text):
            return columns  # a task cell without a number: the task, its rows its measures
        if above is not None and text in ("", above) and any(_row_cell(row, i) for i in roles):
            grouped = True
        above = text or above
    return {**columns, title: "group"} if grouped else columns


def _group_heading(cell: str) -> bool:
    """Whether a cell is a numbered group's heading with its text (一、…, （一）…, 第一部分 …)."""
    return _numbered_group(cell) is not None


def _numbered_group(cell: str) -> Heading | None:
    """The number of a cell that is a numbered group's heading with its text, else None."""
    key = normal(cell)
    heading = match_heading(key)
    if heading is None or heading.style not in GROUP_STYLES or heading.end >= len(key):
        return None
    return heading


def lone_heading(cells: list[str]) -> Heading | None:
    """The number of a row that prints a part's numbered heading and nothing else, else None.

    The heading (一、依法决策, （一）…, 第一部分 …, its words after the number) fills one cell,
    or every filled cell where a reader of HTML or Word tables wrote a cell merged across the
    table into each column it spans (一、依法决策 | 一、依法决策 | 一、依法决策).

    Examples:
        >>> lone_heading(["一、依法决策", "", ""]).number
        '一'
        >>> lone_heading(["一、依法决策"] * 3).number
        '一'
        >>> lone_heading(["1", "开展普法", "区司法局"]) is None, lone_heading(["一、"]) is None
        (True, True)
    """
    texts = {cell.strip() for cell in cells if cell.strip()}
    return _numbered_group(texts.pop()) if len(texts) == 1 else None


def later_part(heading: Heading, cells: list[str]) -> bool | None:
    """Whether a row opens a part after ``heading``; None for a row of no heading like it.

    A lone heading (see ``lone_heading``) numbered as ``heading`` opens a part further on
    (二、 after 一、), or one that is no later part (一、 again: the table's own first part).
    """
    found = lone_heading(cells)
    if found is None or found.style != heading.style:
        return None
    return found.value > heading.value


def opens_later_part(heading: Heading, rows: Iterable[list[str]]) -> bool:
    """Whether the first of ``rows`` numbered as ``heading`` opens a part after it.

    The next part's heading, numbered the same way and further on (二、 after 一、): ``heading``
    is then the first part's, not a title over the table. Where the rows open with their own
    first part (一、 under 一、重点任务), ``heading`` stands over all of them.
    """
    for cells in rows:
        later = later_part(heading, cells)
        if later is not None:
            return later
    return False


def _heading_over_header(
    grid: list[list[str]], first_header: int, header_at: int
) -> tuple[list[list[str]], int, int, list[int]]:
    """The grid with the first part's heading, printed over the header, moved under it.

    A table printed in parts prints each part's heading over the header (一、依法决策 / 序号 |
    工作任务 | … / its rows / 二、依法行政 / the header again / its rows). Over the first header
    the heading stands where a title stands, and read as the title it would leave the first
    part's rows outside any section. Where a later row opens a part numbered the same way,
    further on (二、 after 一、), the heading is the first part's and goes under the header, where
    the reader opens a section for the rows below it; without one (a heading over a table of
    its own, a title) the grid is kept as it is. The new first row and header are returned, and
    the printed row of each row of the grid.
    """
    kept = grid, first_header, header_at, list(range(len(grid)))
    if first_header == 0:
        return kept
    heading = lone_heading(grid[first_header - 1])
    if heading is None or not opens_later_part(heading, grid[header_at + 1 :]):
        return kept
    order = [
        *range(first_header - 1),
        *range(first_header, header_at + 1),
        first_header - 1,
        *range(header_at + 1, len(grid)),
    ]
    return [grid[row] for row in order], first_header - 1, header_at - 1, order


def _title_above(rows: list[list[str]], header_at: int) -> str | None:
    for cells in rows[:header_at]:
        filled = [cell.strip() for cell in cells if cell.strip()]
        if len(filled) == 1:
            return filled[0]
    return None


def read_grid(
    grid: list[list[str]],
    *,
    title: str | None = None,
    year: int | None = None,
    source: str | os.PathLike[str] | None = None,
    lenient: bool = False,
) -> Plan:
    """Read a grid of cell texts (a header row, rows of tasks) into a plan of its sections and tasks.

    Args:
        grid: The rows, each a list of cell texts; a title row may stand above the header.
        title: The plan's title; by default the title row above the header, else the name of
            ``source``, else ``任务分工表``.
        year: The year of dates printed without one; by default the year in the title.
        source: A name for messages.
        lenient: Skip a bad row and report it in ``plan.diagnostics`` (``line`` is the row's
            number in the grid, ``column`` the cell's), instead of raising.

    Raises:
        ParseError: for a grid without a header row, a row that is no list of cell texts
            (``str``), or (unless ``lenient``) a bad cell, naming its row and column.
        ValidationError: for a ``grid`` that is no list of rows, or a ``title``, ``year``,
            ``source`` or ``lenient`` of the wrong kind (a year outside 1 to 9999 is one;
            code ``invalid-parameter``).

    Examples:
        >>> plan = read_grid([["序号", "工作任务", "牵头单位", "完成时限"],
        ...                   ["1", "开展法治培训", "区司法局", "6月底前"]], year=2023)
        >>> task = plan.tasks[0]
        >>> task.title, task.lead_units, task.timeframe.end.isoformat()
        ('开展法治培训', ['区司法局'], '2023-06-30')
    """
    source = source_name(source)  # before any message names it
    _check_optional(title, str, "title", "the plan's title (a str), or None")
    year = _check_year(year)
    _check_type(lenient, bool, "lenient", "True or False")
    grid = _checked_grid(grid, source)
    reading = read_table(grid, title=title, year=year, source=source, lenient=lenient)
    plan = Plan(
        id="plan",
        kind=PlanKind.TASK_DIVISION_PLAN if not reading.assessments else PlanKind.APPRAISAL_SCHEME,
        title=reading.title,
        period=(
            Period.year(reading.year) if reading.year and 1949 <= reading.year <= 2200 else None
        ),
        sections=reading.sections,
        unsectioned_tasks=reading.unsectioned_tasks,
        units=reading.units,
        assessments=reading.assessments,
    )
    plan.diagnostics.extend(reading.diagnostics)
    ident = plan_id(title=reading.title, year=reading.year, source=source)
    return plan.model_copy(update={"id": ident})


def _checked_grid(grid: object, source: str | None) -> list[list[str]]:
    """``grid`` as a list of rows; a ``ParseError`` naming the row and column of what is no text.

    A row is any sequence of cells (a list, a tuple, an array); a cell is text.
    ``rulegov.io.read_task_rows`` reads rows whose cells are numbers, dates or blanks.
    """
    _check_rows(grid, "grid", "a list of rows, each a list of cell texts")
    rows: list[list[str]] = []
    for row, cells in enumerate(cast("Iterable[object]", grid), start=1):
        if isinstance(cells, str | bytes | Mapping) or not isinstance(cells, Iterable):
            kind = type(cells).__name__
            message = f"row {row} of the grid is a {kind}, not a list of cell texts"
            raise ParseError(
                message, source=source, line=row, value=cells, code="invalid-table-cell"
            )
        texts = list(cells)
        for column, cell in enumerate(texts, start=1):
            if not isinstance(cell, str):
                message = (
                    f"the cell is a {type(cell).__name__}, not text; write it as text, or read "
                    "the rows with rulegov.io.read_task_rows, which reads numbers and dates"
                )
                raise ParseError(
                    message,
                    source=source,
                    line=row,
                    column=column,
                    value=cell,
                    code="invalid-table-cell",
                )
            if not cell.isascii():
                _refuse_surrogate(cell, row, column, source)
        rows.append(texts)
    return rows


def _refuse_surrogate(cell: str, row: int, column: int, source: str | None) -> None:
    """Refuse a cell holding a lone surrogate, naming its row and column, as ``parse_plan`` does.

    A lone surrogate is a byte of a file decoded in the wrong encoding; the plan could not hold
    it (no JSON can), and the model's error would name a task's title, not the cell.
    """
    try:
        cell.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ParseError(
            "the cell holds a lone surrogate, so its file was not decoded properly; decode it "
            "with its real encoding",
            source=source,
            line=row,
            column=column,
            value=cell[error.start : error.start + 1],
            code="undecodable-text",
        ) from None


@attrs.frozen
class TableReading:
    """What [`read_table`][rulegov.parse._table.read_table] found in a grid: a plan's parts.

    Attributes:
        title: The table's title.
        year: The year of dates printed without one.
        sections: The sections, their tasks in them.
        unsectioned_tasks: The tasks outside any section.
        units: The units named.
        assessments: The appraisal a table with points or criteria describes, if any.
        diagnostics: The rows skipped, in ``lenient`` reading.
    """

    title: str
    year: int | None
    sections: list[Section]
    unsectioned_tasks: list[Task]
    units: list[Unit]
    assessments: list[Assessment]
    diagnostics: list[Diagnostic]


def read_table(  # noqa: PLR0913 - read_grid's keywords, and whether to read the facts
    grid: list[list[str]],
    *,
    title: str | None = None,
    year: int | None = None,
    source: str | None = None,
    lenient: bool = False,
    facts: bool = True,
) -> TableReading:
    """The parts of the plan that [`read_grid`][rulegov.parse.read_grid] makes of a grid.

    The arguments are those of ``read_grid``; without ``facts``, the tasks' targets and
    citations are not read (the parser reads them from the document's own lines), but for
    those of a column of targets (年度目标), which the parser places in the lines.

    Examples:
        >>> grid = [["序号", "工作任务", "牵头单位"], ["1", "开展普法", "区司法局"]]
        >>> reading = read_table(grid)
        >>> reading.title, [task.title for task in reading.unsectioned_tasks]
        ('任务分工表', ['开展普法'])
    """
    grid = _merged_role_columns([[_unmarked(cell) for cell in row] for row in grid])
    first_header, header_at, header, columns = _header_rows(grid, source)
    # the printed row of each row of the grid, which the readers below may move, part or join
    grid, first_header, header_at, printed = _heading_over_header(grid, first_header, header_at)
    grid, header, columns, origins = _reshaped(grid, header_at, (header, columns), printed, source)
    title = _table_title(grid, header_at, title, source)
    reader = _Reader(columns, header, source)
    reader.year = year if year is not None else _year_in(title)
    _read_rows(reader, grid, (first_header, header_at), origins, lenient=lenient)
    return reader.reading(title, reader.problems, facts=facts)


def _header_rows(
    grid: list[list[str]], source: str | None
) -> tuple[int, int, list[str], dict[int, str]]:
    """Where a grid's header starts and ends, its headings, and the column each heading names.

    A second row that names columns only (牵头单位 | 配合单位 under a 责任单位 spread over both)
    is the header's too: its headings take the place of those above them.
    """
    header_at, columns = _find_header(grid, source)
    first_header = header_at
    header = grid[header_at]
    if header_at + 1 < len(grid):
        merged = _second_header_row(grid[header_at + 1], columns)
        if merged is not None:
            second = grid[header_at + 1]
            header = [
                second[i] if i < len(second) and second[i].strip() else cell
                for i, cell in enumerate(header)
            ]
            columns = merged
            header_at += 1
    return first_header, header_at, header, columns


def _reshaped(
    grid: list[list[str]],
    header_at: int,
    heading: tuple[list[str], dict[int, str]],
    printed: list[int],
    source: str | None,
) -> tuple[list[list[str]], list[str], dict[int, str], list[int]]:
    """The grid's rows as tasks, the header and its columns, and the printed row each came from.

    The rows as a copy prints them are put back as one task a row: headings run into rows,
    merged category and group cells, numbers under no heading, group rows that are headings,
    and names broken over two rows. ``heading`` is the header and its columns; ``printed``,
    the printed row of each row of ``grid``.
    """
    header, columns = heading
    grid, header, columns, origins = _headings_run_into_rows(
        grid, header_at, header, columns, source
    )
    origins = [printed[origin] for origin in origins]
    grid = _merged_categories(grid, header_at, columns)
    header, columns = _unheaded_numbers(grid, header_at, header, columns)
    grid = _merged_groups_put_back(grid, header_at, columns)
    grid = _group_rows_as_headings(grid, header_at, columns)
    columns = _grouping_title(grid, header_at, columns)
    grid, origins = _with_broken_names_joined(grid, header_at, columns, origins)
    return grid, header, columns, origins


def _table_title(
    grid: list[list[str]], header_at: int, title: str | None, source: str | None
) -> str:
    """The title given, else the one printed above the header, the source's name, or 任务分工表."""
    title = title or _title_above(grid, header_at)
    if title is None and source:
        title = pathlib.PurePath(source).stem
    return title or "任务分工表"


def _year_in(title: str) -> int | None:
    """The year a table's title names (``2024年…``), if any."""
    found = _TITLE_YEAR.search(title)
    return int(found.group("year")) if found else None


def _read_rows(
    reader: _Reader,
    grid: list[list[str]],
    header: tuple[int, int],
    origins: list[int],
    *,
    lenient: bool,
) -> None:
    """Read each row under the header (its first and last rows) into ``reader``.

    A header printed again starts the rows anew; a total (合计) is skipped with a diagnostic;
    ``lenient`` skips a row the reader refuses with one too, where it would raise.
    """
    first_header, header_at = header
    header_keys = frozenset(
        heading_key(cell) for cells in grid[first_header : header_at + 1] for cell in cells
    )
    for position in range(header_at + 1, len(grid)):
        row = origins[position] + 1  # as printed
        keys = _header_printed_again(reader, grid, position, header_keys, row)
        if keys is not None:
            header_keys = keys
            continue
        total = total_cell(grid[position])
        if total is not None:  # 合计: the sum of the rows above, no task of its own
            reader.problems.append(
                Diagnostic(
                    code="table-row",
                    message=f"a table row was skipped: row {row} is a total "
                    f"({grid[position][total].strip()}), not a task",
                    line=row,
                    column=total + 1,
                )
            )
            continue
        _read_row(reader, row, grid[position], lenient=lenient)


def _read_row(reader: _Reader, row: int, cells: list[str], *, lenient: bool) -> None:
    """Read one row; a ``lenient`` reading skips a row it refuses with a diagnostic."""
    if not lenient:
        reader.read(row, cells)
        return
    try:
        reader.read(row, cells)
    except ParseError as error:
        reader.problems.append(
            Diagnostic(
                code="table-row",
                message=f"a table row was skipped: {error.message}",
                line=error.line,
                column=error.column,
            )
        )
