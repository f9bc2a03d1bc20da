r"""The spreadsheets rulegov writes: a header and rows of text, as CSV or Excel.

A task-division table (任务分工表) and a 督办 list are both written here, one way: CSV in UTF-8
with a byte-order mark, so that Excel shows the Chinese correctly, or an ``.xlsx`` workbook of one
sheet. A cell that a spreadsheet would run as a formula (one that starts ``=`` ``+`` ``-`` ``@``)
is written as text: with a leading ``'`` in CSV, which [`unquote_formula`] takes off again on
reading, and as a string cell in ``.xlsx``.

Examples:
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "表.csv"
    >>> write_sheet(path, "表", ["序号", "说明"], [{"序号": "1", "说明": "=1+1"}])
    >>> path.read_text(encoding="utf-8-sig").splitlines()
    ['序号,说明', "1,'=1+1"]
    >>> unquote_formula("'=1+1")
    '=1+1'
"""

from __future__ import annotations

import csv
import re
from typing import TYPE_CHECKING

from rulegov.errors import Issue, MissingExtraError, ValidationError
from rulegov.io._bytes import writing

if TYPE_CHECKING:
    import pathlib
    from collections.abc import Sequence

__all__ = ["quote_formula", "unquote_formula", "write_sheet"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WIDTHS = {"工作任务": 40, "具体措施": 60, "序号": 6}


def quote_formula(value: str) -> str:
    """``value`` with a leading ``'`` when a spreadsheet would run it as a formula (CSV injection).

    Examples:
        >>> quote_formula("=SUM(A1:A9)"), quote_formula("区司法局")
        ("'=SUM(A1:A9)", '区司法局')
    """
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def unquote_formula(text: str) -> str:
    """``text`` without the ``'`` that [`quote_formula`] put before a formula.

    Examples:
        >>> unquote_formula("'-3"), unquote_formula("'引号")
        ('-3', "'引号")
    """
    if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def write_sheet(
    where: pathlib.Path, title: str, header: Sequence[str], rows: Sequence[dict[str, str]]
) -> None:
    """Write ``rows`` under ``header`` to ``where``: ``.xlsx`` as a workbook, anything else as CSV.

    The caller has checked the suffix. ``title`` names the sheet of a workbook.

    Raises:
        ValidationError: for a workbook cell holding a control character, which Excel cannot
            store (code ``control-character``, the file as ``source``).
        MissingExtraError: for ``.xlsx`` without ``pip install 'rulegov[xlsx]'`` (openpyxl).
        RulegovError: for a file that cannot be written (code ``unwritable-file``).
    """
    with writing(where):
        if where.suffix.lower() == ".xlsx":
            _write_xlsx(where, title, header, rows)
            return
        with where.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            for row in rows:
                writer.writerow([quote_formula(row[name]) for name in header])


def _write_xlsx(
    where: pathlib.Path, title: str, header: Sequence[str], rows: Sequence[dict[str, str]]
) -> None:
    try:
        from openpyxl import Workbook  # noqa: PLC0415  (optional extra)
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
        from openpyxl.styles import Alignment, Font  # noqa: PLC0415
        from openpyxl.utils import get_column_letter  # noqa: PLC0415
    except ImportError as error:
        raise MissingExtraError("openpyxl", "xlsx", "writing .xlsx files") from error
    _check_xml_text(where, header, rows)
    # open first: a path that cannot be written fails before openpyxl starts its streams
    with where.open("wb") as stream:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(_sheet_title(title))
        for index, name in enumerate(header, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(name, 18)
        bold = Font(bold=True)
        wrap = Alignment(wrap_text=True, vertical="top")
        heading = []
        for name in header:
            cell = WriteOnlyCell(sheet, value=name)
            cell.font = bold
            heading.append(cell)
        sheet.append(heading)
        for row in rows:
            cells = []
            for name in header:
                value = row[name]
                cell = WriteOnlyCell(sheet, value=value or None)
                if value:
                    cell.data_type = "s"  # text, never a formula
                cell.alignment = wrap
                cells.append(cell)
            sheet.append(cells)
        book.save(stream)


def _check_xml_text(
    where: pathlib.Path, header: Sequence[str], rows: Sequence[dict[str, str]]
) -> None:
    """Refuse every cell that holds a control character, naming its row and column."""
    issues = [
        Issue(
            f"row {number}, column {column} ({name})",
            "Excel cannot store control characters; remove them",
            row[name],
            "control-character",
        )
        for number, row in enumerate(rows, start=2)
        for column, name in enumerate(header, start=1)
        if _ILLEGAL_XML.search(row[name]) is not None
    ]
    if issues:
        raise ValidationError(issues, source=str(where))


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", "", title)[:31]
    return cleaned or "任务分工表"
