r"""Progress files in (进展情况表) and 督办 lists out: CSV, Excel and JSON.

Examples:
    >>> import datetime as dt, pathlib, tempfile, rulegov
    >>> from rulegov.io import read_progress, write_status
    >>> from rulegov.tracking import status
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "进展.csv").write_text("任务,单位,日期,状态\n4,区依法治区办,2023-06-30,已完成\n",
    ...                                     encoding="utf-8")
    >>> plan = read_progress(folder / "进展.csv", rulegov.datasets.yancheng_2023())
    >>> result = status(plan, as_of=dt.date(2023, 7, 1))
    >>> [item.state.value for item in result.items if item.number == "4"]
    ['done']
    >>> write_status(result, folder / "督办.csv")
    >>> (folder / "督办.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    '序号,任务,批次,责任单位,完成时限,状态,进度,最近报送,说明'
"""

from __future__ import annotations

import difflib
import json
from typing import TYPE_CHECKING, Any

from rulegov._text import duplicate_key
from rulegov.errors import (
    FileFormatError,
    ParseError,
    _check_columns,
    _check_kind,
)
from rulegov.io._bytes import MAX_BYTES, decode, file_path, read_bytes
from rulegov.io._sheets import write_sheet
from rulegov.io._tables import (
    Sheet,
    csv_grid,
    hidden_apart,
    hidden_notes,
    naming_hidden,
    on_sheet,
    xlsx_sheets,
)
from rulegov.model import Diagnostic

if TYPE_CHECKING:
    import os
    import pathlib
    from collections.abc import Iterable

    from rulegov.model import Plan
    from rulegov.tracking import PlanStatus

__all__ = ["read_progress", "write_status"]


def _progress_headings() -> set[str]:
    """Every heading that names a progress column (任务编号, 进展, 状态 ...)."""
    from rulegov.tracking import PROGRESS_COLUMNS  # noqa: PLC0415 - the graph layer loads on use

    return {name for names in PROGRESS_COLUMNS.values() for name in names}


def _closest(name: str, known: set[str]) -> str:
    """``; the closest is '状态'`` for the known heading nearest ``name``, or nothing."""
    found = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.4)
    return f"; the closest is {found[0]!r}" if found else ""


def _check_header(first: int, header: list[str], source: str, ignored: frozenset[str]) -> None:
    """Refuse a header row (row ``first``) with a heading twice or one of no column, not ignored."""
    known = _progress_headings() - ignored
    for index, name in enumerate(header):
        if name in known and name in header[:index]:  # the mapping would keep the last column
            raise ParseError(
                f"row {first}, column {index + 1} ({name}): a second {name} column, whose "
                "values would hide the first's; keep one column per field",
                line=first,
                column=index + 1,
                source=source,
                value=name,
                code="duplicate-column",
            )
    for index, name in enumerate(header):
        if name and name not in known and name not in ignored:  # its values would be lost
            raise ParseError(
                f"row {first}, column {index + 1} ({name}): no progress column is called so"
                f"{_closest(name, known)}; the columns are 任务, 单位, 日期, 状态, 进度, 完成日期 "
                "and 备注 (or their English names): rename the column, delete it, or name it in "
                "ignore_columns (--ignore-column on the command line) to read past it",
                line=first,
                column=index + 1,
                source=source,
                value=name,
                code="unknown-column",
            )


def _records(
    grid: list[list[str]], source: str, ignored: frozenset[str] = frozenset()
) -> list[tuple[int, dict[str, str]]]:
    """The reports of a table under its header row, each with its row's number in the file.

    The columns ``ignored`` names are read past.
    """
    rows = [
        (number, row) for number, row in enumerate(grid, start=1) if any(c.strip() for c in row)
    ]
    if not rows:
        raise ParseError(
            "the progress table is empty; give a header row and one row per report",
            source=source,
            code="empty-table",
        )
    first, header = rows[0][0], [cell.strip() for cell in rows[0][1]]
    _check_header(first, header, source, ignored)
    unheaded = [index for index, name in enumerate(header) if not name]
    for number, row in rows[1:]:
        for index in unheaded:
            if index < len(row) and row[index].strip():
                raise ParseError(
                    f"row {number}, column {index + 1}: the row has a value under a column "
                    "with no heading; give the column a heading",
                    line=number,
                    column=index + 1,
                    source=source,
                    value=row[index],
                    code="invalid-progress-row",
                )
        for index in range(len(header), len(row)):
            if row[index].strip():  # under no column: it would be dropped without a word
                raise ParseError(
                    f"row {number}, column {index + 1}: the row has a value beyond the "
                    f"{len(header)} columns of the header",
                    line=number,
                    column=index + 1,
                    source=source,
                    value=row[index],
                    code="invalid-progress-row",
                )
    return [
        (
            number,
            {
                name: cell
                for name, cell in zip(header, row, strict=False)
                if name and name not in ignored
            },
        )
        for number, row in rows[1:]
    ]


def _numbered(
    plan: Plan, records: list[tuple[int, dict[str, str]]], source: str, ignored: list[str]
) -> Plan:
    """The plan with the reports of a table's rows, each named by its row's number."""
    from rulegov.tracking import with_progress  # noqa: PLC0415 - the graph layer loads on use

    numbers = [number for number, _ in records]
    rows = [row for _, row in records]
    return with_progress(plan, rows, source=source, row_numbers=numbers, ignore_columns=ignored)


def _sheets_progress(plan: Plan, sheets: list[Sheet], source: str, ignored: list[str]) -> Plan:
    """The plan with the reports of every sheet headed by a progress table's columns.

    A sheet whose first row names none of them (a cover, 填报说明) is named in a warning.
    """
    unread: list[Diagnostic] = []
    for sheet in sheets:
        if not _heads_progress(sheet):
            unread.append(
                Diagnostic(
                    code="unread-sheet",
                    message=f"sheet {sheet.name!r} was not read: its first row names no column "
                    "of a progress table (任务, 单位, 日期, 状态, 进度)",
                )
            )
            continue
        try:
            records = _records(sheet.rows, source, _names(ignored))
            plan = _numbered(plan, records, source, ignored)
        except ParseError as error:
            raise on_sheet(error, sheet.name) from None
    return plan.model_copy(update={"diagnostics": [*plan.diagnostics, *unread]})


def _heads_progress(sheet: Sheet, least: int = 1) -> bool:
    """Whether a sheet's first row that holds a cell names ``least`` columns of a progress table."""
    first = next((row for row in sheet.rows if any(cell.strip() for cell in row)), [])
    return len(_progress_headings() & {cell.strip() for cell in first}) >= least


def _heads_a_table(sheet: Sheet) -> bool:
    """Whether a hidden sheet heads a progress table: one heading alone is a drop-down's list."""
    return _heads_progress(sheet, least=2)


def _names(ignored: list[str]) -> frozenset[str]:
    """The headings of ``ignored``, stripped."""
    return frozenset(name.strip() for name in ignored)


def _json_records(where: pathlib.Path, source: str, max_bytes: int) -> list[dict[str, Any]]:
    """The objects of a progress ``.json`` file, one per report."""
    text = decode(read_bytes(where, max_bytes), source)
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise ParseError(
            f"the JSON cannot be read: {error.msg}",
            line=error.lineno,
            column=error.colno,
            source=source,
            code="invalid-json",
        ) from None
    except RecursionError:
        raise ParseError(
            "the JSON is nested too deeply to read; a progress file is a list of objects",
            source=source,
            code="invalid-json",
        ) from None
    except ValueError as error:  # a number of more digits than Python reads (4,300)
        raise ParseError(
            f"the JSON cannot be read: {str(error).split(';')[0]}",
            source=source,
            code="invalid-json",
        ) from None
    repeated = duplicate_key(text)
    if repeated is not None:  # the reader kept the last value; the first would be lost
        raise ParseError(
            f"{repeated.path}: {repeated.message}",
            line=repeated.line,
            column=repeated.column,
            source=source,
            value=repeated.value,
            code=repeated.code,
        )
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ParseError(
            "a progress .json file holds a list of objects, one per report",
            source=source,
            code="invalid-progress-file",
        )
    return data


def read_progress(
    path: str | os.PathLike[str],
    plan: Plan,
    *,
    max_bytes: int = MAX_BYTES,
    ignore_columns: Iterable[str] = (),
) -> Plan:
    r"""The plan with the progress reports of a file on its tasks.

    The file is a table (``.csv``, ``.xlsx``) with a header row, or ``.json`` (a list of
    objects), one report per row, with the columns that
    [`with_progress`][rulegov.tracking.with_progress] reads: 任务 (task number, id or title),
    单位, 日期, 状态, 进度 (0-100), 完成日期, 备注 (or their English names). A column of
    another heading is refused, so that no value is lost without a word, unless
    ``ignore_columns`` names it (联系人, 联系电话): then it is read past, as a progress
    column named there is. A name is compared with the headings with the spaces around both
    left out.

    Raises:
        ParseError: for a file that cannot be read, or a row naming an unknown task or unit,
            a date outside the plan, or a share outside 0-100 (naming the row and column).
        FileFormatError: for another suffix.
        MissingExtraError: for ``.xlsx`` without ``pip install 'rulegov[xlsx]'``.
        ParseError: also for a file that cannot be opened (missing, a folder, no permission),
            with code ``unreadable-file``.
        ValidationError: for ``ignore_columns`` that are no names (code ``invalid-parameter``).

    Examples:
        >>> import pathlib, tempfile
        >>> import rulegov
        >>> reports = pathlib.Path(tempfile.mkdtemp()) / "进度.csv"
        >>> _ = reports.write_text("任务,单位,日期,状态\n1,区依法治区办,2023-06-30,已完成\n", encoding="utf-8")
        >>> plan = read_progress(reports, rulegov.datasets.yancheng_2023())
        >>> [(r.on.isoformat(), r.status.value) for r in plan.tasks[0].progress]
        [('2023-06-30', 'completed')]

        A column of the table's own is named to be read past:

        >>> _ = reports.write_text(
        ...     "任务,单位,日期,状态,联系人\n1,区依法治区办,2023-06-30,已完成,王某\n", encoding="utf-8"
        ... )
        >>> plan = read_progress(reports, rulegov.datasets.yancheng_2023(), ignore_columns=["联系人"])
        >>> [r.status.value for r in plan.tasks[0].progress]
        ['completed']
    """
    from rulegov.tracking import with_progress  # noqa: PLC0415 - the graph layer loads on use

    where = file_path(path)
    # checked as with_progress checks it, before the file is read
    ignored = _check_columns(ignore_columns)
    suffix = where.suffix.lower()
    source = str(where)
    if suffix == ".json":
        return with_progress(
            plan,
            _json_records(where, source, max_bytes),
            source=source,
            first_row=1,
            ignore_columns=ignored,
        )
    if suffix == ".csv":
        grid = csv_grid(read_bytes(where, max_bytes), str(where))
        records = _records(grid, source, _names(ignored))
    elif suffix == ".xlsx":  # each sheet a table of reports under its own header
        sheets, tables = hidden_apart(
            xlsx_sheets(read_bytes(where, max_bytes), max_bytes, str(where)), _heads_a_table
        )
        try:
            if len(sheets) == 1:
                records = _records(sheets[0].rows, source, _names(ignored))
                plan = _numbered(plan, records, source, ignored)
            else:
                plan = _sheets_progress(plan, sheets, source, ignored)
        except ParseError as error:
            raise naming_hidden(error, tables) from None
        return plan.model_copy(update={"diagnostics": [*plan.diagnostics, *hidden_notes(tables)]})
    else:
        raise FileFormatError(source, (".csv", ".xlsx", ".json"), "read progress from")
    return _numbered(plan, records, source, ignored)


def write_status(result: PlanStatus, path: str | os.PathLike[str]) -> None:
    """Write a 督办 list (the status of every task) as ``.csv`` (UTF-8 with a BOM) or ``.xlsx``.

    Raises:
        FileFormatError: for another suffix.
        MissingExtraError: for ``.xlsx`` without ``pip install 'rulegov[xlsx]'``.

    Examples:
        >>> import datetime as dt, pathlib, tempfile
        >>> import rulegov
        >>> plan = rulegov.tracking.with_progress(
        ...     rulegov.datasets.yancheng_2023(),
        ...     [{"task": "1", "unit": "区依法治区办", "date": "2023-06-30", "status": "已完成"}],
        ... )
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "督办.csv"
        >>> write_status(rulegov.tracking.status(plan, as_of=dt.date(2023, 7, 1)), path)
        >>> path.read_text(encoding="utf-8-sig").splitlines()[0]
        '序号,任务,批次,责任单位,完成时限,状态,进度,最近报送,说明'
    """
    _check_kind(result, "PlanStatus", "result", "a rulegov PlanStatus (from rulegov.status)")
    where = file_path(path, code="unwritable-file")
    suffix = where.suffix.lower()
    rows = result.rows()
    header = list(rows[0]) if rows else ["序号", "任务", "状态", "说明"]
    if suffix not in (".csv", ".xlsx"):
        raise FileFormatError(str(where), (".csv", ".xlsx"), "write a status list to")
    write_sheet(where, f"督办 {result.as_of.isoformat()}", header, rows)
