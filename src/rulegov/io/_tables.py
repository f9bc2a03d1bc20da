r"""Task-division tables (任务分工表) to and from rows, CSV and Excel.

A task-division table has one row per task and the columns 序号, 工作任务, 具体措施, 牵头单位,
责任单位, 配合单位, 完成时限, optionally preceded by section columns (一级任务, 二级任务 … or 类别).
Each unit cell may name several bodies, joined by ``、`` ``，`` ``；`` or line breaks; each body
becomes one [`Unit`][rulegov.Unit]. Time frames are read by the parser's time reader, targets and
citations by its fact readers, so a table says the same as the same words in a document.

Examples:
    >>> from rulegov.io import read_task_rows, task_table_rows
    >>> plan = read_task_rows(
    ...     [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ...      ["1", "开展法治培训", "区司法局", "区法院、区检察院", "2023年6月底前"]],
    ...     title="2023年法治建设任务分工表")
    >>> task = plan.tasks[0]
    >>> task.lead_units, task.cooperating_units, task.timeframe.end.isoformat()
    (['区司法局'], ['区法院', '区检察院'], '2023-06-30')
    >>> row = task_table_rows(plan)[0]
    >>> row["配合单位"]
    '区法院、区检察院'
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import numbers
import posixpath
import re
import warnings
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Protocol

import attrs

from rulegov._text import source_name
from rulegov.errors import (
    FileFormatError,
    Issue,
    ParseError,
    ValidationError,
    _check_kind,
    _check_rows,
    _fields_of,
)
from rulegov.io._bytes import MAX_BYTES, decode, file_path, read_bytes
from rulegov.io._extras import optional_module
from rulegov.io._formats import too_large
from rulegov.io._sheets import unquote_formula, write_sheet
from rulegov.model import (
    Diagnostic,
    Plan,
    Role,
    Section,
    Task,
    TimeFrame,
)
from rulegov.parse import COLUMN_HEADINGS, HEADER_ROWS, ROLE_FIELDS, normal, read_grid
from rulegov.render import date_words, timeframe_words

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence


__all__ = [
    "COLUMN_NAMES",
    "read_task_rows",
    "read_task_table",
    "task_table_rows",
    "write_task_table",
]

COLUMN_NAMES: Mapping[str, str] = COLUMN_HEADINGS
"""The column each field is written under (the supervising column only when a task has one)."""

_SECTION_NAMES = ("一级任务", "二级任务", "三级任务", "四级任务", "五级任务")


# -- writing --------------------------------------------------------------------------------


def _same_timeframe(first: TimeFrame | None, second: TimeFrame) -> bool:
    return first is not None and (
        first.kind,
        first.on,
        first.start,
        first.end,
        first.frequency,
    ) == (second.kind, second.on, second.start, second.end, second.frequency)


def _timeframe_cell(timeframe: TimeFrame) -> str:
    """The words for a time frame: its own text when that reads back the same, else a full date."""
    from rulegov.parse import read_timeframe  # noqa: PLC0415

    if timeframe.text and _same_timeframe(read_timeframe(normal(timeframe.text), None), timeframe):
        return timeframe.text
    return timeframe_words(timeframe)


def _section_cell(section: Section) -> str:
    from rulegov.parse import render_number  # noqa: PLC0415

    if not section.number:
        return section.title
    return render_number(section.number).rstrip() + section.title


def _reads_note(name: str, note: str) -> bool:
    """Whether the parser reads ``note`` back from after ``name`` (按职责分工负责, 等有关部门)."""
    from rulegov.parse import split_names  # noqa: PLC0415

    text = normal(name + note)
    found = split_names(text, 0, len(text))
    return len(found) == 1 and found[0].note == note


def _units_cell(task: Task, role: Role, names: Mapping[str, str]) -> str:
    cells = []
    for assignment in task.assignments:
        if assignment.role is role:
            name = names.get(assignment.unit, assignment.unit)
            note = assignment.note
            cells.append(name + note if note and _reads_note(name, note) else name)
    return "、".join(cells)


def _depth(sections: Sequence[Section]) -> int:
    deepest = 0
    for section in sections:
        deepest = max(deepest, 1 + _depth(section.children))
    return deepest


def _section_chains(plan: Plan) -> list[tuple[Task, tuple[Section, ...]]]:
    found: list[tuple[Task, tuple[Section, ...]]] = [(task, ()) for task in plan.unsectioned_tasks]

    def visit(section: Section, chain: tuple[Section, ...]) -> None:
        here = (*chain, section)
        found.extend((task, here) for task in section.tasks)
        for child in section.children:
            visit(child, here)

    for section in plan.sections:
        visit(section, ())
    return found


def _check_numbers(chains: list[tuple[Task, tuple[Section, ...]]]) -> None:
    """Refuse two tasks that one table section would hold under one number: unreadable."""
    seen: dict[tuple[tuple[str, ...], str], int] = {}
    issues: list[Issue] = []
    for index, (task, chain) in enumerate(chains):
        key = (tuple(_section_cell(section) for section in chain), task.number)
        if key in seen:
            issues.append(
                Issue(
                    f"tasks[{index}].number",
                    f"repeats the number of tasks[{seen[key]}] in the same section, and a task "
                    "table with a repeated number cannot be read back; renumber one of them",
                    task.number,
                )
            )
        else:
            seen[key] = index
    if issues:
        raise ValidationError(issues, "Plan")


def task_table_rows(plan: Plan) -> list[dict[str, str]]:
    """The plan as the rows of a task-division table (任务分工表), one per task.

    Columns, in order: a section column per level of sections (一级任务, 二级任务 …, only when the
    plan has sections), then 序号, 工作任务, 具体措施 (one measure per line), 牵头单位, 责任单位,
    配合单位, 督办单位 (only when some task has one) and 完成时限. Units are written under their
    full names, several joined by ``、``, so that each body reads back as one unit.

    Examples:
        >>> import rulegov
        >>> rows = task_table_rows(rulegov.datasets.yancheng_2023())
        >>> list(rows[0])
        ['一级任务', '序号', '工作任务', '具体措施', '牵头单位', '责任单位', '配合单位', '完成时限']
        >>> fourth = rows[3]
        >>> fourth["序号"], fourth["工作任务"], fourth["完成时限"]
        ('4', '严格落实法治建设责任制', '持续推动')
    """
    _check_kind(plan, "Plan", "plan", "a rulegov Plan")
    names = {unit.id: unit.name for unit in plan.units}
    depth = _depth(plan.sections)
    if depth > len(_SECTION_NAMES):
        raise ValidationError(
            [
                Issue(
                    "sections",
                    f"a task table holds at most {len(_SECTION_NAMES)} levels of sections",
                    depth,
                )
            ],
            "Plan",
        )
    chains = _section_chains(plan)
    supervised = any(
        assignment.role is Role.SUPERVISING for task, _ in chains for assignment in task.assignments
    )
    _check_numbers(chains)
    rows: list[dict[str, str]] = []
    for task, chain in chains:
        row: dict[str, str] = {}
        for level in range(depth):
            row[_SECTION_NAMES[level]] = _section_cell(chain[level]) if level < len(chain) else ""
        row[COLUMN_NAMES["number"]] = task.number
        row[COLUMN_NAMES["title"]] = task.title
        row[COLUMN_NAMES["measures"]] = "\n".join(measure.text for measure in task.measures)
        for field, role in ROLE_FIELDS.items():
            if role is not Role.SUPERVISING or supervised:
                row[COLUMN_NAMES[field]] = _units_cell(task, role, names)
        timeframe = "" if task.timeframe is None else _timeframe_cell(task.timeframe)
        row[COLUMN_NAMES["deadline"]] = timeframe
        rows.append(row)
    return rows


def _header(plan: Plan, rows: list[dict[str, str]]) -> list[str]:
    if rows:
        return list(rows[0])
    depth = _depth(plan.sections)
    # every column but 督办单位, which is written only when some task has one
    headings = [heading for field, heading in COLUMN_NAMES.items() if field != "supervising"]
    return [*_SECTION_NAMES[:depth], *headings]


def write_task_table(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` as a task-division table (任务分工表): ``.csv`` or ``.xlsx``.

    CSV is written in UTF-8 with a byte-order mark, so that Excel shows the Chinese correctly.
    Cells that a spreadsheet would run as formulas (starting ``=`` ``+`` ``-`` ``@``) are written as
    text: with a leading ``'`` in CSV (removed again on reading), as string cells in ``.xlsx``.

    Raises:
        FileFormatError: for another suffix.
        ValidationError: for a plan with more than five levels of sections, or two tasks under
            one number in one section (the table could not be read back).
        MissingExtraError: for ``.xlsx`` without ``pip install 'rulegov[xlsx]'`` (openpyxl).

    Examples:
        >>> import pathlib, tempfile, rulegov
        >>> from rulegov.io import read_task_table, write_task_table
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "分工表.csv"
        >>> write_task_table(rulegov.datasets.yancheng_2023(), path)
        >>> read_task_table(path).tasks[1].title
        '坚持和加强党对法治建设工作的集中统一领导'
    """
    _check_kind(plan, "Plan", "plan", "a rulegov Plan")
    where = file_path(path, code="unwritable-file")
    suffix = where.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise FileFormatError(str(where), (".csv", ".xlsx"), "write a task table to")
    rows = task_table_rows(plan)
    header = _header(plan, rows)
    write_sheet(where, plan.title, header, rows)


# -- reading --------------------------------------------------------------------------------


def _cell_text(value: object, percent: bool = False) -> str:
    """The text of a cell's value; ``percent``: the number as a spreadsheet shows it, ``50%``.

    A cell typed as 50% holds 0.5 under a percent format; read as 0.5, a share done would be
    half a per cent, and a target a hundredth of itself.

    Examples:
        >>> _cell_text(0.5, percent=True), _cell_text(0.955, percent=True), _cell_text(3.0)
        ('50%', '95.5%', '3')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if percent and isinstance(value, int | float) and math.isfinite(value):
        shown = round(value * 100, 9)
        return (str(int(shown)) if float(shown).is_integer() else repr(shown)) + "%"
    if isinstance(value, dt.datetime | dt.date):
        return date_words(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unquote_formula(str(value))


_QUOTED = re.compile(r'"[^"]*"|\\.')  # a number format's literal text: "…" and \x


def _shown_as_percent(cell: object) -> bool:
    """Whether a worksheet cell holds a number shown as a percentage (format ``0%``, ``0.0%``)."""
    value = getattr(cell, "value", None)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    form = getattr(cell, "number_format", None)
    return isinstance(form, str) and "%" in _QUOTED.sub("", form)


def read_task_rows(
    rows: Iterable[Sequence[object]] | Iterable[Mapping[str, object]],
    *,
    title: str | None = None,
    year: int | None = None,
    source: str | os.PathLike[str] | None = None,
) -> Plan:
    """Read the rows of a task-division table (任务分工表) into a plan.

    Args:
        rows: Lists of cells, the header first (a title row above it is allowed), or mappings
            from column name to cell (as [`task_table_rows`][rulegov.io.task_table_rows] gives, or
            ``csv.DictReader``).
        title: The plan's title; by default the title row above the header, else ``任务分工表``.
        year: The year of dates printed without one (``6月底前``); by default the year in the
            title.
        source: A name for messages, such as the file name.

    Raises:
        ParseError: for a table without a header, or a bad cell, naming the row and column.
        ValidationError: for a ``title``, ``year`` or ``source`` of the wrong kind (code
            ``invalid-parameter``), as [`read_grid`][rulegov.parse.read_grid] refuses them.

    Examples:
        >>> plan = read_task_rows([{"task": "开展述法", "lead": "区司法局", "deadline": "每季度"}])
        >>> plan.tasks[0].title, plan.tasks[0].timeframe.frequency.value
        ('开展述法', 'quarterly')
    """
    _check_rows(rows, "rows", "rows of a task-division table (lists of cells, or mappings)")
    source = source_name(source)  # before a row's message names it
    grid: list[list[str]] = []
    for number, item in enumerate(rows, start=1):
        if isinstance(item, dict) or hasattr(item, "keys"):
            mapping: Mapping[str, object] = item  # type: ignore[assignment]
            if not grid:
                grid.append([str(key) for key in mapping])
            cells = [mapping.get(key) for key in grid[0]]
        elif isinstance(item, list | tuple):
            cells = list(item)
        else:
            raise ParseError(
                f"row {number}: expected a list of cells or a mapping of columns to cells",
                source=source,
                path=f"rows[{number - 1}]",
                value=item,
                code="invalid-table-cell",
            )
        for column, cell in enumerate(cells, start=1):
            if not isinstance(cell, _CELL_TYPES):
                raise ParseError(
                    f"row {number}, column {column}: a cell holds text, a number or a date",
                    source=source,
                    path=f"rows[{number - 1}][{column - 1}]",
                    value=cell,
                    code="invalid-table-cell",
                )
        grid.append([_cell_text(cell) for cell in cells])
    return read_grid(grid, title=title, year=year, source=source)


# what a spreadsheet's cell can hold (decimal.Decimal and the like are numbers.Number)
_CELL_TYPES = (type(None), str, numbers.Number, dt.date, dt.time)


def read_task_table(
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    year: int | None = None,
    max_bytes: int | None = None,
) -> Plan:
    r"""Read a task-division table (任务分工表) from a ``.csv`` or ``.xlsx`` file.

    CSV may be UTF-8 (with or without the BOM that Excel writes) or GB18030/GBK, separated by
    commas or tabs. In a workbook the first visible sheet with a table's header is read (a cover
    or 填报说明 before it is passed over); every other sheet that holds cells gets an
    ``unread-sheet`` warning; hidden sheets (lists behind drop-downs) are left out, and named in
    one where they head a table of their own. Formulas are never run (their last computed
    values are read, as Excel saved them). Merged cells (blank below their first row) continue
    the task or section above. A header printed again
    (over a page or sheet, with its title or 续表 over it) is no task; a header of other
    columns reads the rows below it by those.

    Args:
        path: The file.
        title: The plan's title; by default the title row above the header, else the file name.
        year: The year of dates printed without one; by default the year in the title.
        max_bytes: Refuse larger files (and workbooks that unpack to more); 64 MiB by default.

    Raises:
        ParseError: for a file too large, undecodable or not a table, a zip bomb, or a bad
            cell (with row, column and the column's name).
        MissingExtraError: for ``.xlsx`` without ``pip install 'rulegov[xlsx]'`` (openpyxl).
        FileFormatError: for a suffix other than ``.csv`` or ``.xlsx``.
        ParseError: also for a file that cannot be opened (missing, a folder, no permission),
            with code ``unreadable-file``.

    Examples:
        >>> import pathlib, tempfile
        >>> table = pathlib.Path(tempfile.mkdtemp()) / "分工.csv"
        >>> _ = table.write_text(
        ...     "序号,工作任务,牵头单位,完成时限\n1,召开全县法治工作会议,县司法局,2023年6月底\n",
        ...     encoding="utf-8",
        ... )
        >>> plan = read_task_table(table, title="某县2023年法治工作要点")
        >>> task = plan.tasks[0]
        >>> task.title, [a.unit_name for a in task.assignments], task.timeframe.due.isoformat()
        ('召开全县法治工作会议', ['县司法局'], '2023-06-30')
    """
    limit = MAX_BYTES if max_bytes is None else max_bytes
    where = file_path(path)
    suffix = where.suffix.lower()
    if suffix == ".csv":
        grid = csv_grid(read_bytes(where, limit), str(where))
    elif suffix == ".xlsx":
        sheets = xlsx_sheets(read_bytes(where, limit), limit, str(where))
        return sheets_plan(sheets, title=title, year=year, source=str(where))
    else:
        raise FileFormatError(str(where), (".csv", ".xlsx"), "read a task table from")
    return read_grid(grid, title=title, year=year, source=str(where))


def csv_grid(data: bytes, source: str) -> list[list[str]]:
    """The cells of a CSV file's bytes (comma- or tab-separated), row by row."""
    text = decode(data, source)
    sample = "\n".join(text.split("\n", HEADER_ROWS + 1)[:HEADER_ROWS])
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    grid: list[list[str]] = []
    try:
        grid.extend([_cell_text(cell) for cell in row] for row in reader)
    except csv.Error as error:
        raise ParseError(
            f"row {len(grid) + 1}: the CSV cannot be read: {error}",
            line=len(grid) + 1,
            source=source,
            code="unreadable-file",
        ) from None
    if grid and _quote_left_open(text, delimiter):
        row = grid[-1]
        column = next((i for i, cell in enumerate(row) if "\n" in cell), len(row) - 1)
        # the open cell runs to the file's end: its lines are the last ones the reader read
        line = reader.line_num - row[column].rstrip("\n").count("\n")
        raise ParseError(
            f"row {len(grid)}, column {column + 1}: a quoted cell opens here and is never "
            'closed, so the rest of the file would read as this one cell; close the quote (") '
            "or take it away",
            line=line,
            column=column + 1,
            value=row[column][:40],
            source=source,
            code="unreadable-file",
        )
    return grid


def _quote_left_open(text: str, delimiter: str) -> bool:
    """Whether a CSV text ends inside a quoted cell (``1,"推进普法`` and no closing quote)."""
    if '"' not in text:
        return False
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        return "end of data" in str(error)
    return False


@attrs.frozen
class Sheet:
    """One worksheet of a workbook: its name and its cells, row by row."""

    name: str
    rows: list[list[str]]
    hidden: bool = False
    """Whether the workbook hides the sheet (most often the list behind a cell's drop-down)."""


_MOST_CELLS = 2_000_000
"""The most cells a worksheet may span, its rows times its columns: a task table holds far
fewer, and one stray cell far off (``XFD1048576``) spans billions, each read as an empty cell."""

_LAST_ROW = 1_048_576
"""The last row a worksheet has (Excel's limit): a row numbered past it (``r="2000000000"``)
is no sheet's, and the reader would yield each empty row before it, one by one."""


class _Cell(Protocol):
    """What is read of an openpyxl cell: its value (its number format is read where it has one)."""

    value: object


class _Worksheet(Protocol):
    """What is read of an openpyxl worksheet opened read-only."""

    title: str

    def reset_dimensions(self) -> None: ...

    def iter_rows(self, max_row: int | None = None) -> Iterator[tuple[_Cell, ...]]: ...


def _sheet_grid(sheet: _Worksheet, source: str) -> list[list[str]]:
    """The text of a worksheet's cells, row by row, refused beyond `_MOST_CELLS` cells.

    Rows of no cell after the last that holds one are left out: a sheet whose cells are styled
    down to its last row holds no more than its table. A cell far below or to the right of the
    table, the empty rows and columns before it counted, spans more than the limit.

    The size the sheet declares (``<dimension ref="A1:H40"/>``) is not trusted: a smaller one
    would cut the rows and columns beyond it, a far larger one would pad every row to it. The
    cells are read as the sheet holds them, and every row is then as wide as the widest.
    """
    sheet.reset_dimensions()
    rows: list[list[str]] = []
    width = 0  # the widest row read yet
    blank = 0  # empty rows read since the last that holds a cell
    empty: object = None  # the reader gives each missing row as one and the same empty row
    for cells in sheet.iter_rows():
        row = tuple(cell.value for cell in cells)
        if cells is empty or all(value is None for value in row):
            empty = cells
            blank += 1
            if len(rows) + blank > _LAST_ROW:  # the rows before a cell numbered past the last
                raise too_large(
                    f"sheet {sheet.title!r}: the sheet holds a row past row {_LAST_ROW:,}, the "
                    "last a worksheet has: the file is damaged, or was not written by a "
                    "spreadsheet program",
                    len(rows) + blank,
                    source,
                )
            continue
        width = max(width, len(row))
        spanned = (len(rows) + blank + 1) * width
        if spanned > _MOST_CELLS:
            raise too_large(
                f"sheet {sheet.title!r}: the sheet spans more than {_MOST_CELLS:,} cells (to row "
                f"{len(rows) + blank + 1:,}, column {width:,}): delete the cells beyond the "
                "table, or copy the table alone into a new workbook",
                spanned,
                source,
            )
        rows.extend([] for _ in range(blank))
        rows.append([_cell_text(cell.value, _shown_as_percent(cell)) for cell in cells])
        blank = 0
    for texts in rows:
        texts.extend([""] * (width - len(texts)))
    return rows


def xlsx_sheets(data: bytes, limit: int, source: str) -> list[Sheet]:
    """The worksheets of an Excel workbook's bytes that hold any cell: the visible, then hidden.

    Hidden sheets come last, with ``hidden`` set (see `hidden_apart`). A workbook whose visible
    sheets are all empty gives its first visible sheet (so that the reader says the table is
    empty). A hidden sheet the reader cannot take (too large) is left out: it is not read in
    any case.
    """
    openpyxl = optional_module("openpyxl", "xlsx", "reading .xlsx task tables")
    from rulegov.io._zip import read_archive, rebuild_archive  # noqa: PLC0415

    entries = read_archive(data, limit, "Excel workbook (.xlsx)", source)
    try:
        with warnings.catch_warnings():  # openpyxl warns of features it skips; the cells still read
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(rebuild_archive(entries), read_only=True, data_only=True)
        try:
            shown = [sheet for sheet in book.worksheets if sheet.sheet_state == "visible"]
            if not shown:
                raise ParseError(
                    "the workbook has no worksheet", source=source, code="empty-workbook"
                )
            merges = _merged_ranges(entries)
            paths = _sheet_paths(entries)
            for sheet in shown:
                title = str(sheet.title)
                _refuse_uncomputed(entries.get(paths.get(title, ""), b""), title, source)
            sheets = [
                Sheet(
                    str(sheet.title),
                    _with_merges_filled(
                        _sheet_grid(sheet, source),
                        merges.get(str(sheet.title), ()),
                        source,
                        str(sheet.title),
                    ),
                )
                for sheet in shown
            ]
            hidden = [
                Sheet(str(sheet.title), grid, hidden=True)
                for sheet in book.worksheets
                if sheet.sheet_state != "visible" and (grid := _hidden_head(sheet))
            ]
        finally:
            book.close()
    except ParseError:
        raise
    except Exception as error:  # noqa: BLE001  (openpyxl raises many kinds for a broken workbook)
        raise ParseError(
            f"the file is not a readable Excel workbook: {type(error).__name__}: {error}",
            source=source,
            code="unreadable-file",
        ) from None
    filled = [sheet for sheet in sheets if _holds_cells(sheet.rows)]
    return [*(filled or sheets[:1]), *hidden]


def _holds_cells(rows: list[list[str]]) -> bool:
    return any(cell.strip() for row in rows for cell in row)


_HIDDEN_HEAD = HEADER_ROWS + 2
"""The rows read of a hidden sheet: as far as a table's header is looked for, and two more."""


def _hidden_head(sheet: _Worksheet) -> list[list[str]]:
    """The first rows of a hidden sheet (`_HIDDEN_HEAD`), or none where they hold no cell.

    A hidden sheet is not read; its head is, to tell whether it holds a table of its own (see
    `hidden_apart`). So a long list behind a drop-down costs its first rows only, and a hidden
    sheet the reader cannot take (damaged) is left out, as every hidden sheet was before.
    """
    try:
        sheet.reset_dimensions()
        rows = [
            [_cell_text(cell.value, _shown_as_percent(cell)) for cell in cells]
            for cells in sheet.iter_rows(max_row=_HIDDEN_HEAD)
        ]
    except Exception:  # noqa: BLE001  (openpyxl raises many kinds for a damaged sheet)
        return []
    return rows if _holds_cells(rows) else []


def hidden_apart(
    sheets: Sequence[Sheet], heads: Callable[[Sheet], bool]
) -> tuple[list[Sheet], list[Sheet]]:
    """The shown sheets, and the hidden ones whose first rows head a table of the kind read.

    A hidden sheet is most often the list behind a cell's drop-down (units, statuses), which is
    no matter of the document and is passed over in silence. One whose first rows head a table
    of the kind read (``heads``) was hidden by its author: `hidden_notes` names it, so that its
    rows are not lost without a word, and `naming_hidden` names it in an error of the shown ones.
    """
    shown = [sheet for sheet in sheets if not sheet.hidden]
    return shown, [sheet for sheet in sheets if sheet.hidden and heads(sheet)]


def hidden_notes(tables: Sequence[Sheet]) -> list[Diagnostic]:
    """An ``unread-sheet`` warning for each hidden sheet that holds a table (`hidden_apart`)."""
    return [
        Diagnostic(
            code="unread-sheet",
            message=f"sheet {sheet.name!r} was not read: the workbook hides it, and it holds a "
            "table of its own; unhide the sheet and save it as a file of its own to read it "
            f"(its first cell: {_first_cell(sheet)[:40]!r})",
        )
        for sheet in tables
    ]


def naming_hidden(error: ParseError, tables: Sequence[Sheet]) -> ParseError:
    """``error`` with the hidden sheets that hold a table (`hidden_apart`) named after it.

    Where the shown sheets give no table, the one the user looks for is most likely hidden.
    """
    if not tables:
        return error
    names = ", ".join(repr(sheet.name) for sheet in tables)
    return ParseError(
        f"{error.message}; the workbook hides sheets that hold a table of their own ({names}): "
        "unhide the one to read",
        **_fields_of(error),
    )


def _first_cell(sheet: Sheet) -> str:
    return next((cell.strip() for row in sheet.rows for cell in row if cell.strip()), "")


_NAMESPACES = {
    "main": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_MERGE_CELL = re.compile(
    rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]{1,3}\d{1,7}:[A-Za-z]{1,3}\d{1,7})\""
)


def _sheet_paths(entries: Mapping[str, bytes]) -> dict[str, str]:
    """The path of each worksheet's XML in the archive, by the sheet's name.

    The workbook's relationships name them (``xl/worksheets/sheet1.xml``); a workbook whose
    parts are unreadable gives none.
    """
    try:
        # both checked for DTDs by read_archive
        book = ET.fromstring(entries.get("xl/workbook.xml", b""))  # noqa: S314
        links = ET.fromstring(entries.get("xl/_rels/workbook.xml.rels", b""))  # noqa: S314
    except ET.ParseError:
        return {}
    targets = {
        link.get("Id"): link.get("Target", "")
        for link in links.iterfind("rel:Relationship", _NAMESPACES)
    }
    paths: dict[str, str] = {}
    for sheet in book.iterfind("main:sheets/main:sheet", _NAMESPACES):
        target = targets.get(sheet.get(f"{{{_NAMESPACES['r']}}}id"), "")
        path = target[1:] if target.startswith("/") else posixpath.normpath(f"xl/{target}")
        paths[sheet.get("name", "")] = path
    return paths


def _merged_ranges(entries: Mapping[str, bytes]) -> dict[str, list[_Merge]]:
    """Each worksheet's merged ranges, by the sheet's name, as `_Merge`.

    The read-only reading of a workbook gives a merged range's value at its first cell only and
    the others empty; the ranges are read from the sheets' XML (``<mergeCell ref="C2:C4"/>``).
    """
    from openpyxl.utils.cell import range_boundaries  # noqa: PLC0415  (an optional package)

    ranges: dict[str, list[_Merge]] = {}
    for name, path in _sheet_paths(entries).items():
        merges: list[_Merge] = []
        for ref in _MERGE_CELL.findall(entries.get(path, b"")):
            left, top, right, bottom = range_boundaries(ref.decode())
            if left and top and right and bottom:
                merges.append(_Merge(ref.decode(), left, top, right, bottom))
        ranges[name] = merges
    return ranges


# a formula's element in a sheet's XML (<f>SUM(B2:B9)</f>, <x:f t="shared" si="0"/>)
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _refuse_uncomputed(xml: bytes, sheet: str, source: str) -> None:
    """Refuse a sheet with a formula whose value the file does not hold.

    A spreadsheet program saves each formula with the value it computed (``<v>``), and that value
    is what the sheet reads. A file written by a library that never computes its formulas holds
    none: its cell would read empty and the figure be lost without a word, so the reader names
    the first such cell and its formula. A formula computed to an empty text (``t="str"``) holds
    its empty value and reads empty.

    Raises:
        ParseError: naming the sheet, the cell (``line``, ``column``) and the formula.
    """
    if _FORMULA.search(xml) is None:
        return
    try:
        cells = ET.fromstring(xml).iter(f"{{{_NAMESPACES['main']}}}c")  # noqa: S314 (no DTD)
        shared: dict[str | None, str] = {}  # the text of each shared formula, by its index
        for cell in cells:
            formula = cell.find("main:f", _NAMESPACES)
            if formula is None:
                continue
            text = formula.text or ""
            if formula.get("t") == "shared":
                text = shared.setdefault(formula.get("si"), text) or text
            value = cell.find("main:v", _NAMESPACES)
            if value is not None and (value.text or cell.get("t") == "str"):
                continue
            _refuse_formula(cell.get("r", ""), text, sheet, source)
    except ET.ParseError:
        return  # openpyxl read the sheet: its cells stand as read


def _refuse_formula(ref: str, formula: str, sheet: str, source: str) -> None:
    """Raise the `ParseError` of a formula without its value at the cell ``ref`` (``B7``)."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string  # noqa: PLC0415
    from openpyxl.utils.exceptions import CellCoordinatesException  # noqa: PLC0415

    try:
        letters, row = coordinate_from_string(ref)
        line, column = row, column_index_from_string(letters)
    except (ValueError, CellCoordinatesException):  # no address, or none Excel writes
        line, column = None, None
    where = f"cell {ref}" if ref else "a cell the file gives no address"
    raise ParseError(
        f"sheet {sheet!r}, {where}: the formula ={formula} has no value saved in the file "
        "(a program that writes workbooks without computing them saved it); open the workbook "
        "in a spreadsheet program and save it again, or type the value in the cell",
        source=source,
        line=line,
        column=column,
        value=f"={formula}",
        code="uncomputed-formula",
    )


@attrs.frozen
class _Merge:
    """A worksheet's merged range: its reference (``C2:C4``) and its bounds, counted from 1."""

    ref: str
    left: int
    top: int
    right: int
    bottom: int


def _with_merges_filled(
    rows: list[list[str]], merges: Sequence[_Merge], source: str, sheet: str
) -> list[list[str]]:
    """The rows with each merged range's text repeated in every cell of it, as a table shows it.

    A task-division table merges a unit's cell over the rows of the tasks it leads: each of
    those rows names the unit, as an HTML or Word table's spanned cell does. A range reaches no
    further than the cells the sheet holds; ranges that together cover more cells than it holds
    overlap, which no spreadsheet saves, and are refused.
    """
    width = max((len(row) for row in rows), default=0)
    budget = len(rows) * width
    for merge in merges:
        if merge.top > len(rows) or merge.left > width:
            continue
        first = rows[merge.top - 1]
        text = first[merge.left - 1] if merge.left <= len(first) else ""
        last_row, last_column = min(merge.bottom, len(rows)), min(merge.right, width)
        budget -= (last_row - merge.top + 1) * (last_column - merge.left + 1)
        if budget < 0:
            raise ParseError(
                f"sheet {sheet!r}: its merged ranges overlap, which no spreadsheet saves; save "
                "the workbook again from a spreadsheet program",
                source=source,
                line=merge.top,
                column=merge.left,
                value=merge.ref,
                code="unreadable-file",
            )
        for row in rows[merge.top - 1 : last_row]:
            row.extend([""] * (last_column - len(row)))
            for column in range(merge.left - 1, last_column):
                if not row[column].strip():
                    row[column] = text
    return rows


def sheets_plan(
    sheets: Sequence[Sheet],
    *,
    title: str | None = None,
    year: int | None = None,
    source: str,
) -> Plan:
    """The plan of a workbook's task table: its first sheet with a table's header row.

    A sheet before it that heads no table (a cover, 填报说明) and every other sheet that holds
    cells are named in an ``unread-sheet`` warning, which says whether the sheet holds a table;
    a workbook reads one table, as a file does. A hidden sheet is named where it heads a table.
    """
    sheets, tables = hidden_apart(sheets, lambda sheet: _heads_a_table(sheet, year, source))
    hidden = hidden_notes(tables)
    if len(sheets) == 1:
        try:
            only = read_grid(sheets[0].rows, title=title, year=year, source=source)
        except ParseError as error:
            raise naming_hidden(error, tables) from None
        return only.model_copy(update={"diagnostics": [*only.diagnostics, *hidden]})
    plan: Plan | None = None
    unread: list[Diagnostic] = []
    for sheet in sheets:
        if plan is not None:
            unread.append(_unread_sheet(sheet, headed=_heads_a_table(sheet, year, source)))
            continue
        try:
            plan = read_grid(sheet.rows, title=title, year=year, source=source)
        except ParseError as error:
            if error.code != "no-header-row":
                raise on_sheet(error, sheet.name) from None
            unread.append(_unread_sheet(sheet, headed=False))
    if plan is None:  # no sheet heads a table: the first one's error says what to name the columns
        try:
            return read_grid(sheets[0].rows, title=title, year=year, source=source)
        except ParseError as error:
            raise naming_hidden(error, tables) from None
    return plan.model_copy(update={"diagnostics": [*plan.diagnostics, *unread, *hidden]})


def _heads_a_table(sheet: Sheet, year: int | None, source: str) -> bool:
    """Whether a sheet's first rows hold a task table's header."""
    try:
        read_grid(sheet.rows, year=year, source=source)
    except ParseError as error:
        return error.code != "no-header-row"
    return True


def _unread_sheet(sheet: Sheet, *, headed: bool) -> Diagnostic:
    first = _first_cell(sheet)
    if headed:
        why = (
            "it holds a table of its own, and a workbook is read from its first table; save the "
            "sheet as a file of its own, or read its rows with read_task_rows"
        )
    else:
        why = f"no task table's header heads its first {HEADER_ROWS} rows"
    return Diagnostic(
        code="unread-sheet",
        message=f"sheet {sheet.name!r} was not read: {why} (its first cell: {first[:40]!r})",
    )


def first_sheet(sheets: Sequence[Sheet], what: str) -> tuple[Sheet, list[Diagnostic]]:
    """A workbook's first sheet that holds cells, and a warning for each other that does.

    ``what`` names what the workbook holds (``an appraisal table``), for the warnings.
    """
    chosen, *others = sheets
    unread = [
        Diagnostic(
            code="unread-sheet",
            message=f"sheet {sheet.name!r} was not read: a workbook is read as {what} from "
            "its first sheet; save the sheet as a file of its own to read it",
        )
        for sheet in others
    ]
    return chosen, unread


def on_sheet(error: ParseError, name: str) -> ParseError:
    """``error`` with the sheet it was found on named before its message."""
    return ParseError(f"sheet {name!r}, {error.message}", **_fields_of(error))
