r"""Appraisal schemes from documents: `parse_scheme` for text, `read_scheme` for files.

A 考核办法, 考核细则 or 评分标准 becomes a [`Scheme`][rulegov.Scheme] that
[`evaluate`][rulegov.evaluate] runs. The reading itself is ``rulegov.parse``'s; this module
validates it into the scheme model and reads files (and bytes, such as standard input) through
the same intake as plans.

Examples:
    >>> import rulegov
    >>> scheme = rulegov.parse_scheme(
    ...     "法治建设考核细则（满分100分）\n一、依法决策（60分）：每发现一件未经合法性审查的扣5分，扣完为止。\n"
    ...     "二、学法用法（40分）：组织学法情况。\n90分以上为优秀，60分以下为不合格，其余为合格。")
    >>> [(node.id, node.points, node.manual) for node in scheme.root.children]
    [('1', 60.0, False), ('2', 40.0, True)]
    >>> scheme.grading.order()
    ['excellent', 'pass', 'fail']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import attrs

from rulegov._text import line_column, source_name
from rulegov.errors import Issue, ParseError, RulegovError, ValidationError
from rulegov.evaluation import Scheme
from rulegov.io._bytes import (
    MAX_BYTES,
    file_path,
    read_bytes,
    validate_json,
)
from rulegov.io._files import bytes_form, text_of
from rulegov.io._formats import detect_format
from rulegov.io._pages import document_text
from rulegov.io._tables import (
    Sheet,
    csv_grid,
    first_sheet,
    hidden_apart,
    hidden_notes,
    naming_hidden,
    xlsx_sheets,
)
from rulegov.parse import read_scheme_document

if TYPE_CHECKING:
    import os
    from collections.abc import Sequence

    from rulegov.model import Diagnostic

__all__ = ["parse_scheme", "read_scheme", "read_scheme_bytes"]


def parse_scheme(text: str | bytes, *, source: str | os.PathLike[str] | None = None) -> Scheme:
    r"""Read an appraisal document's text (考核办法 · 考核细则 · 评分标准) into a scheme.

    Items and sub-items keep their points, deductions (扣分, 扣完为止, 酌情扣分), bonus and penalty
    blocks, vetoes (一票否决, 降低一个等次), grade bands, quotas and raters; each keeps the span of
    the text it came from. An item whose standard holds no rule is a manual item
    (``manual=True``): the data must supply its 0-1 value. What a reader should review (points
    that do not add up to the stated total...) is in ``scheme.diagnostics``.

    A string or bytes that is plainly a web page's source (a doctype, ``<html>``, ``<body>``,
    or a part of a page that opens and closes block elements such as ``<table>``) is read as
    [`read_scheme`][rulegov.read_scheme] reads the page saved as a ``.html`` file, tables as
    rows, so both give the same scheme; its spans then point into the page's text, the text
    that [`read_document`][rulegov.io.read_document] gives for the saved page. Text that only
    holds a ``<`` or a tag in a line is read as text.

    Args:
        text: The document's text, or a web page's source (a string, or bytes decoded by the
            page's ``charset`` as a file's are).
        source: A file name, a path or a URL, for messages.

    Raises:
        rulegov.ParseError: when the text holds no item with points and no rule of the whole
            appraisal (bonus, vetoes, grade bands), or for bytes that are not a web page.
        rulegov.MissingExtraError: for a web page without ``pip install 'rulegov[html]'``.
        rulegov.InvalidSchemeError: when what the text states contradicts itself (overlapping
            grade bands, a bonus cap above the full points), naming the field.

    Examples:
        >>> scheme = parse_scheme("1.落实法律顾问制度（5分）。未聘请法律顾问的扣5分。")
        >>> rule = scheme.rules[0]
        >>> rule.kind, rule.node, rule.points, "未聘请" in rule.reason
        ('deduction', '1', 5.0, True)

        A scoring table copied with the page's markup reads as the page does:

        >>> page = parse_scheme("<table><tr><td>序号</td><td>考核项目</td><td>分值</td>"
        ...     "<td>评分标准</td></tr><tr><td>1</td><td>组织领导</td><td>10</td>"
        ...     "<td>未成立领导小组的扣5分。</td></tr></table>")
        >>> [(node.name, node.points) for node in page.root.children]
        [('组织领导', 10.0)]
    """
    source = source_name(source)
    read, notes = document_text(text, source, reader="parse_scheme", files="rulegov.read_scheme")
    return _scheme_of(read, source, notes)


def _scheme_of(text: str, source: str | None, notes: Sequence[Diagnostic] = ()) -> Scheme:
    """The scheme of a document's text, its validation errors placed at their lines.

    ``notes`` are warnings of what the file holds that is not in ``text``.
    """
    data = read_scheme_document(text, source=source)
    try:
        scheme = Scheme.model_validate(data)
    except ValidationError as error:
        raise _placed(error, data, text, source) from None
    scheme.diagnostics.extend(notes)
    return scheme


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _placed(
    error: ValidationError, data: dict[str, Any], text: str, source: str | None
) -> ValidationError:
    """``error`` with each issue's line and column: those of the span nearest its field path.

    The path (``grading.bands[1].min``) is followed through the scheme as read; the last object
    on the way that holds a span gives the place.
    """
    issues: list[Issue] = []
    for issue in error.issues:
        span = _span_on_path(data, issue.path)
        if span is None or issue.line is not None:
            issues.append(issue)
            continue
        line, column = line_column(text, span)
        issues.append(attrs.evolve(issue, line=line, column=column))
    return type(error)(issues, error.model, source=source) if issues else error


def _span_on_path(data: object, path: str) -> int | None:
    """The start of the last span met along ``path`` in ``data``, if any."""
    found: int | None = None
    here = data
    for step in _STEP.finditer(path):
        name, index = step.groups()
        if isinstance(here, dict) and name is not None:
            here = here.get(name)
        elif isinstance(here, list) and index is not None and int(index) < len(here):
            here = here[int(index)]
        else:
            break
        if isinstance(here, dict) and isinstance(here.get("span"), dict):
            found = here["span"].get("start")
    return found if isinstance(found, int) else None


def read_scheme(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Scheme:
    r"""Read a scheme from a file: rulegov's ``.json``, or an appraisal document.

    Documents are read through the same intake as plans (text in any common encoding, Word
    documents, and whatever else [`read_text`][rulegov.io.read_text] reads), then by
    [`parse_scheme`][rulegov.parse_scheme]. A table of items saved as ``.csv`` or ``.xlsx``
    (考核评分表: 序号, 考核项目, 分值, 评分标准) is read as the same table in a Word document
    is, one row a line (the first visible worksheet of a workbook, which needs
    ``pip install 'rulegov[xlsx]'``).

    Raises:
        rulegov.ParseError: for a file that cannot be read, or that holds no appraisal item.
        rulegov.InvalidSchemeError: for a scheme that contradicts itself.
        rulegov.ValidationError: for a ``.json`` file that is not JSON or does not fit the model.
        rulegov.MissingExtraError: for a ``.xlsx`` file without the ``xlsx`` extra installed.
        ParseError: also for a file that cannot be opened (missing, a folder, no permission),
            with code ``unreadable-file``.

    Examples:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "细则.txt"
        >>> _ = path.write_text("一、组织领导（10分）。未成立领导小组的扣10分。", encoding="gb18030")
        >>> read_scheme(path).root.children[0].name
        '组织领导'
    """
    where = file_path(path)
    data = read_bytes(where, max_bytes)
    if where.suffix.lower() == ".json":
        return validate_json(Scheme.model_validate_json, data, where.name)
    form = detect_format(data, where.suffix.lower(), str(where))
    if form == "csv":
        return _scheme_of(_grid_text(csv_grid(data, str(where))), where.name)
    if form == "xlsx":
        return _workbook_scheme(data, max_bytes, str(where), where.name)
    text, _, notes = text_of(data, "text" if form == "json" else form, max_bytes, str(where))
    return _scheme_of(text, where.name, notes)


def read_scheme_bytes(data: bytes, *, source: str | os.PathLike[str] = "<bytes>") -> Scheme:
    r"""Read a scheme from bytes in any format [`read_scheme`][rulegov.read_scheme] reads.

    The format is told by the first bytes (and by the suffix of ``source``, if it has one):
    rulegov's scheme JSON, a web page's source (read as [`parse_scheme`][rulegov.parse_scheme]
    reads a pasted page, tables as rows), a PDF, a Word document (``.docx``), a table of items
    as ``.xlsx`` (or ``.csv``, when ``source`` says so), or text, decoded as UTF-8, UTF-16
    or GB18030 (which covers GBK), with or without a byte-order mark.
    Formats rulegov does not read (``.doc``, ``.wps``, images, archives) are refused by name.

    Args:
        data: The bytes, e.g. from standard input or a download.
        source: The name to give the document in messages, such as ``"<stdin>"``.

    Raises:
        rulegov.ParseError: for bytes that are binary, undecodable, in a format rulegov does
            not read (the message names the format and what to convert it to), or that hold
            no appraisal item, naming ``source``.
        rulegov.InvalidSchemeError: for a scheme that contradicts itself.
        rulegov.ValidationError: for JSON that is not valid or does not fit the model.
        rulegov.MissingExtraError: for a web page, PDF or workbook without its extra installed.

    Examples:
        >>> from rulegov.io import read_scheme_bytes
        >>> data = "一、组织领导（10分）。未成立领导小组的扣10分。".encode("gbk")
        >>> scheme = read_scheme_bytes(data, source="<stdin>")
        >>> [(node.name, node.points) for node in scheme.root.children]
        [('组织领导', 10.0)]
    """
    data, form, source = bytes_form(data, source, "read_scheme_bytes", "rulegov.parse_scheme")
    if form == "json":
        return validate_json(Scheme.model_validate_json, data, source)
    if form == "csv":
        return _scheme_of(_grid_text(csv_grid(data, source)), source)
    if form == "xlsx":
        return _workbook_scheme(data, MAX_BYTES, source, source)
    text, _, notes = text_of(data, form, MAX_BYTES, source)
    return _scheme_of(text, source, notes)


def _workbook_scheme(data: bytes, limit: int, where: str, source: str) -> Scheme:
    """The scheme of a workbook's first sheet that holds cells; the others named in warnings."""
    shown, tables = hidden_apart(xlsx_sheets(data, limit, where), _holds_items)
    sheet, unread = first_sheet(shown, "an appraisal table")
    try:
        return _scheme_of(_grid_text(sheet.rows), source, [*unread, *hidden_notes(tables)])
    except ParseError as error:
        raise naming_hidden(error, tables) from None


def _holds_items(sheet: Sheet) -> bool:
    """Whether a hidden sheet's first rows read as an appraisal table of items."""
    try:
        read_scheme_document(_grid_text(sheet.rows), source=sheet.name)
    except RulegovError:
        return False
    return True


def _grid_text(grid: list[list[str]]) -> str:
    """A table's cells as the lines of a text table (``|序号|考核项目|分值|``), one a row.

    The scheme reader reads these rows as it reads a table of a Word document or a web page;
    the line of each row is its row in the file.
    """
    lines: list[str] = []
    for row in grid:
        cells = [" ".join(cell.split()).replace("|", "｜") for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("|" + "|".join(cells) + "|" if cells else "")
    return "\n".join(lines)
