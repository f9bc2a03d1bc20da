"""Reading and writing plan files: text, web pages, PDF, Word, task tables and JSON.

This is the only place in rulegov that touches files. A file's format is told by its first bytes
as well as its name. Text files may be UTF-8 or UTF-16 (with or without a BOM), or
GB18030/GBK. Web pages (the ``html`` extra) give the article without the site around it; PDFs
with a text layer (the ``pdf`` extra) give paragraphs joined again without page furniture; Word
documents (.docx) give their automatic list numbers as Word shows them. Tables from all three
become pipe rows. Old binary formats (.doc, .wps, .et, .xls) are refused with what to convert
them to.
"""

from __future__ import annotations

import json
import pathlib
import re
from typing import TYPE_CHECKING, cast

import attrs

from rulegov.errors import FileFormatError, ParseError, _check_type
from rulegov.io._bytes import (
    MAX_BYTES,
    as_utf8,
    cut_character,
    cut_short_warning,
    decode,
    file_path,
    read_bytes,
    refuse_beyond_limit,
    require_bytes,
    validate_json,
    writing,
)
from rulegov.io._formats import detect_format
from rulegov.io._pdf_log import warnings_note
from rulegov.io._tables import csv_grid, sheets_plan, write_task_table, xlsx_sheets
from rulegov.model import Diagnostic

if TYPE_CHECKING:
    import os
    from collections.abc import Mapping

    from rulegov.model import Plan

__all__ = [
    "Document",
    "read_document",
    "read_plan",
    "read_plan_bytes",
    "read_text",
    "write_plan",
]

_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")


def _refuse_binary(text: str, source: str) -> None:
    """Refuse text that is full of control characters: the bytes of some binary format."""
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls >= 8 and controls * 200 > len(sample):
        raise ParseError(
            f"the file holds {controls} control characters in its first {len(sample)}, so it is "
            "a binary file, not text; give a .txt, .html, .pdf, .docx or .json file",
            source=source,
            value=sample[:16],
            code="binary-data",
        )


def _office_entries(data: bytes, limit: int, kind: str, source: str) -> dict[str, bytes]:
    from rulegov.io._zip import read_archive  # noqa: PLC0415 - loaded for its format only

    return read_archive(data, limit, kind, source)


def bytes_form(
    data: object, source: object, reader: str, text_reader: str
) -> tuple[bytes, str, str]:
    """Bytes given to read (in UTF-8 if they were UTF-16 or UTF-32), their format, their name.

    The format is told by the bytes and the suffix of ``source`` (``"json"`` also for text that
    is a JSON document: see [`_is_json`][rulegov.io._files._is_json]); RTF and the formats
    rulegov does not read are refused by name.

    Raises:
        ParseError: for ``data`` that is not bytes (code ``not-bytes``; a ``str`` is pointed
            to ``text_reader``), data over the limit, or a format rulegov does not read.
        ValidationError: for a ``source`` that is no name (a ``str`` or a path).
    """
    name = require_bytes(data, source, reader=reader, text=text_reader)
    given = bytes(cast("bytes", data))
    refuse_beyond_limit(len(given), name)
    utf8 = as_utf8(given)
    form = detect_format(utf8, pathlib.PurePath(name).suffix, name)  # refuses RTF's ``{\rtf``
    if form == "text" and _is_json(utf8):
        form = "json"
    return utf8, form, name


_SPACE = b" \t\r\n"


def _is_json(data: bytes) -> bool:
    """Whether text given as bytes is a JSON document, to be read as one, not as a document's text.

    An object (``{…}``) is one; so is an array: text that is a whole JSON array (``[1, 2]``),
    or opens one of objects or arrays (``[{…``, ``[[…``, ``[]``), cut short or not. A plan or an
    appraisal document opens with its title or its first heading, never with these, and JSON
    read as its text would give a plan or scheme of nothing without a word; read as JSON, it is
    refused as the file's JSON is, naming what was found.

    Examples:
        >>> _is_json(b'{"title": "x"}'), _is_json(b"[[1, 2]]"), _is_json(b'[{"title": ')
        (True, True, True)
        >>> _is_json("[2023]1号 关于印发…".encode()), _is_json("一、加强领导".encode())
        (False, False)
    """
    head = data.lstrip(b"\xef\xbb\xbf" + _SPACE)
    if head[:1] == b"{":
        return True
    if head[:1] != b"[":
        return False
    if head[1:].lstrip(_SPACE)[:1] in (b"{", b"[", b"]"):
        return True
    try:
        return isinstance(json.loads(head), list)
    except (ValueError, RecursionError):
        return False


def text_of(
    data: bytes, form: str, limit: int, source: str
) -> tuple[str, dict[str, str], list[Diagnostic]]:
    """The text of a file's bytes in a known readable ``form`` (not a table or JSON).

    Also the web page's disclosure block, and warnings of what the file holds that is no text
    (a PDF's pages of pictures).
    """
    if form == "docx":
        from rulegov.io._docx import docx_text  # noqa: PLC0415 - loaded for its format only

        entries = _office_entries(data, limit, "Word document (.docx)", source)
        return docx_text(entries, source), {}, []
    if form == "html":
        from rulegov.io._html import page_of_bytes  # noqa: PLC0415 - loaded for its format only

        page = page_of_bytes(data, source)
        return page.text, page.metadata, page.notes()
    if form == "pdf":
        from rulegov.io._pdf import pdf_text  # noqa: PLC0415 - loaded for its format only

        read = pdf_text(data, source)
        notes = [] if not read.picture_pages else [unread_pages(read.picture_pages)]
        if read.logged:
            notes.append(Diagnostic(code="pdf-library-warning", message=warnings_note(read.logged)))
        return read.text, {}, notes
    text = decode(data, source)
    _refuse_binary(text, source)
    return text, {}, _cut_short(data, text)


def _cut_short(data: bytes, text: str) -> list[Diagnostic]:
    """The warning for a UTF-8 file that ends inside a character, read as U+FFFD: it was cut short."""
    cut = cut_character(data)
    if not cut or not text.endswith("\ufffd"):
        return []
    return [cut_short_warning(cut, text)]


def unread_pages(pages: tuple[int, ...]) -> Diagnostic:
    """The warning for a PDF's pages that hold pictures and no text."""
    from rulegov.io._pdf import picture_pages_note  # noqa: PLC0415 - loaded for its format only

    return Diagnostic(code="unread-pages", message=picture_pages_note(pages))


@attrs.frozen(slots=True)
class Document:
    """A document file as text: what [`read_document`][rulegov.io.read_document] gives.

    Attributes:
        text: The text, as the parser reads it: for a web page the article without the site,
            its disclosure block first as ``标签：值`` lines; for Word and PDF, paragraphs with
            their list numbers, and tables as pipe rows (``|序号|工作任务|牵头单位|``).
        format: What the file was: ``"text"``, ``"html"``, ``"pdf"`` or ``"docx"``.
        metadata: The web page's government-information-disclosure block (政府信息公开:
            ``索引号``, ``主题分类``, ``发文机关`` or ``发布机构``, ``成文日期``, ``发布日期``,
            ``发文字号`` or ``文号``, ``标题``), label to value; empty for other formats.
        source: The file's path, as given.
        notes: Warnings of what the file holds that is not in ``text``: a PDF's pages that
            hold pictures and no text (code ``unread-pages``), the pictures a web page's
            article shows (code ``unread-pictures``).
    """

    text: str
    format: str
    metadata: Mapping[str, str] = attrs.field(factory=dict)
    source: str = ""
    notes: tuple[Diagnostic, ...] = ()


def read_document(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Document:
    r"""Read a text, web page (.html), PDF or Word (.docx) file as a [`Document`][rulegov.io.Document].

    The format is told by the file's first bytes as well as its name. Web pages need
    ``pip install 'rulegov[html]'`` and PDFs ``pip install 'rulegov[pdf]'``.

    Raises:
        ParseError: for a file too large, binary, undecodable, damaged, a scan without text,
            encrypted, or in a format rulegov does not read (.doc, .wps, .xls …: the message
            says what to convert it to).
        MissingExtraError: for a web page or PDF without its extra installed.
        ParseError: also for a file that cannot be opened (missing, a folder, no permission),
            with code ``unreadable-file``.

    Examples:
        >>> import pathlib, tempfile
        >>> page = pathlib.Path(tempfile.mkdtemp()) / "page.html"
        >>> _ = page.write_text(
        ...     "<div>当前位置：首页 > 文件</div><table><tr><td>索引号：</td><td>001/2024</td>"
        ...     "<td>发文字号：</td><td>某政发〔2024〕1号</td></tr></table>"
        ...     "<div id='zoom'><p>一、加强领导</p></div><div>版权所有：某市人民政府</div>",
        ...     encoding="utf-8",
        ... )
        >>> document = read_document(page)
        >>> document.format, document.metadata["发文字号"]
        ('html', '某政发〔2024〕1号')
        >>> print(document.text)
        索引号：001/2024
        发文字号：某政发〔2024〕1号
        一、加强领导
    """
    where = file_path(path)
    data = read_bytes(where, max_bytes)
    form = detect_format(data, where.suffix, str(where))
    if form == "xlsx":
        raise ParseError(
            "the file is an Excel workbook; read it as a task table with read_plan or "
            "read_task_table",
            source=str(where),
            code="unknown-file-format",
        )
    if form in ("json", "csv"):
        form = "text"
    text, metadata, notes = text_of(data, form, max_bytes, str(where))
    return Document(
        text=text, format=form, metadata=metadata, source=str(where), notes=tuple(notes)
    )


def read_text(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> str:
    r"""Read a text, web page, PDF or Word file as text: [`read_document`][rulegov.io.read_document]'s text.

    Raises:
        ParseError: as [`read_document`][rulegov.io.read_document] does.
        MissingExtraError: for a web page or PDF without its extra installed.
        ParseError: also for a file that cannot be opened (missing, a folder, no permission),
            with code ``unreadable-file``.

    Examples:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.txt"
        >>> _ = path.write_bytes("一、加强领导".encode("gbk"))
        >>> read_text(path)
        '一、加强领导'
    """
    return read_document(path, max_bytes=max_bytes).text


def read_plan(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Plan:
    r"""Read a plan from a file: text, a web page, PDF, ``.docx``, a task table, or ``.json``.

    A ``.csv`` or ``.xlsx`` file is read as a task-division table (任务分工表) by
    [`read_task_table`][rulegov.io.read_task_table].

    Args:
        path: The file to read.
        max_bytes: Refuse files (and unpacked Word or Excel documents) larger than this.

    Raises:
        ParseError: for a file that cannot be read as a plan, with line and column, or in a
            format rulegov does not read (the message names it and what to convert it to).
        ValidationError: for a .json file that does not fit the model.
        MissingExtraError: for a web page without ``pip install 'rulegov[html]'``, a PDF
            without ``pip install 'rulegov[pdf]'``, or a .xlsx without
            ``pip install 'rulegov[xlsx]'``.
        ParseError: also for a file that cannot be opened (missing, a folder, no permission),
            with code ``unreadable-file``.

    Examples:
        >>> import pathlib, tempfile, rulegov
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "plan.txt").write_bytes("2023年工作要点\n1.召开会议。".encode("gb18030"))
        >>> rulegov.read_plan(folder / "plan.txt").tasks[0].title
        '召开会议'
    """
    from rulegov.model import Plan  # noqa: PLC0415
    from rulegov.parse import parse_plan, read_grid  # noqa: PLC0415

    where = file_path(path)
    data = read_bytes(where, max_bytes)
    form = detect_format(data, where.suffix, str(where))
    if form == "json":
        return validate_json(Plan.model_validate_json, data, where.name)
    if form == "csv":
        return read_grid(csv_grid(data, str(where)), source=str(where))
    if form == "xlsx":
        return sheets_plan(xlsx_sheets(data, max_bytes, str(where)), source=str(where))
    text, _, notes = text_of(data, form, max_bytes, str(where))
    plan = parse_plan(text, source=where.name)
    plan.diagnostics.extend(notes)
    return plan


def read_plan_bytes(data: bytes, *, source: str | os.PathLike[str] = "<bytes>") -> Plan:
    r"""Read a plan from bytes in any format [`read_plan`][rulegov.read_plan] reads.

    The format is told by the first bytes (and by the suffix of ``source``, if it has one):
    rulegov's JSON, a web page, PDF, ``.docx``, a ``.xlsx`` or ``.csv`` task table, or text,
    decoded as UTF-8, UTF-16 (with or without a byte-order mark) or GB18030.

    Args:
        data: The bytes, e.g. from standard input or a download.
        source: The name to give the document in messages and in ``plan.source``.

    Raises:
        ParseError: for bytes that are binary, undecodable or in a format rulegov does not
            read, with line and column where there is one.
        ValidationError: for JSON that does not fit the model.
        MissingExtraError: for a web page, PDF or workbook without its extra installed.

    Examples:
        >>> from rulegov.io import read_plan_bytes
        >>> read_plan_bytes("2023年工作要点\n1.召开会议。".encode("gb18030")).tasks[0].title
        '召开会议'
    """
    from rulegov.model import Plan  # noqa: PLC0415
    from rulegov.parse import parse_plan, read_grid  # noqa: PLC0415

    data, form, source = bytes_form(data, source, "read_plan_bytes", "rulegov.parse_plan")
    if form == "json":
        return validate_json(Plan.model_validate_json, data, source)
    if form == "csv":
        return read_grid(csv_grid(data, source), source=source)
    if form == "xlsx":
        return sheets_plan(xlsx_sheets(data, MAX_BYTES, source), source=source)
    text, _, notes = text_of(data, form, MAX_BYTES, source)
    plan = parse_plan(text, source=source)
    plan.diagnostics.extend(notes)
    return plan


def write_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` to ``path``: JSON for ``.json``, the standard text layout for ``.txt``.

    ``.csv`` and ``.xlsx`` write a task-division table
    ([`write_task_table`][rulegov.io.write_task_table]).

    Raises:
        FileFormatError: for any other suffix.
        ValidationError: for a ``plan`` that is no Plan (code ``invalid-parameter``).
        RulegovError: for a file that cannot be written (a folder, no permission), with code
            ``unwritable-file``.

    Examples:
        >>> import pathlib, tempfile, rulegov
        >>> plan = rulegov.datasets.yancheng_2023()
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "plan.json"
        >>> write_plan(plan, target)
        >>> rulegov.read_plan(target) == plan
        True
    """
    from rulegov.model import Plan as PlanModel  # noqa: PLC0415

    _check_type(plan, PlanModel, "plan", "a rulegov Plan")
    where = file_path(path, code="unwritable-file")
    suffix = where.suffix.lower()
    if suffix == ".json":
        with writing(where):
            where.write_text(plan.model_dump_json(indent=2), encoding="utf-8")
    elif suffix == ".txt":
        from rulegov.render import format_plan  # noqa: PLC0415

        with writing(where):
            where.write_text(format_plan(plan), encoding="utf-8")
    elif suffix in (".csv", ".xlsx"):
        write_task_table(plan, where)
    else:
        raise FileFormatError(str(where), (".json", ".txt", ".csv", ".xlsx"), "write a plan to")
