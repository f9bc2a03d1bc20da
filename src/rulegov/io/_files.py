"""Reading and writing plan files: text in any common encoding, Word documents, and JSON.

This is the only place in rulegov that touches files. Text files may be UTF-8 (with or without a
BOM), UTF-16 with a BOM, or GB18030/GBK; Word documents (.docx) need the optional ``docx`` extra
(python-docx), and their tables are read as pipe tables.
"""

from __future__ import annotations

import codecs
import pathlib
import zipfile
from typing import TYPE_CHECKING

from rulegov.errors import Issue, MissingExtraError, ParseError, ValidationError

if TYPE_CHECKING:
    import os

    from rulegov.model import Plan

__all__ = ["MAX_BYTES", "check_zip", "decode", "read_bytes", "read_plan", "read_text", "write_plan"]

MAX_BYTES = 64 * 1024 * 1024
"""The largest file (or unpacked Word document) read by default: 64 MiB."""
_MAX_RATIO = 200
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _place(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    return line, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


def decode(data: bytes, source: str | None = None) -> str:
    r"""Decode the bytes of a text file: BOM first, then UTF-8, then GB18030 (which covers GBK).

    Raises:
        ParseError: for binary data (NUL bytes) or bytes that no supported encoding reads, with
            the line and column of the first bad byte.

    Examples:
        >>> decode("一、加强领导".encode("gbk")), decode(b"\xef\xbb\xbf1.")
        ('一、加强领导', '1.')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                line, column = _place(data, error.start)
                raise ParseError(
                    f"the file starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding}; save it again as UTF-8",
                    line=line,
                    column=column,
                    source=source,
                    value=data[error.start : error.start + 8],
                ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _place(data, nul)
        raise ParseError(
            "the file holds NUL bytes, so it is binary, not text; give a .txt, .docx or .json file",
            line=line,
            column=column,
            source=source,
            value=data[max(0, nul - 8) : nul + 8],
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            line, column = _place(data, utf8_error.start)
            raise ParseError(
                "the file is neither UTF-8 nor GB18030/GBK text; save it again as UTF-8",
                line=line,
                column=column,
                source=source,
                value=data[utf8_error.start : utf8_error.start + 8],
            ) from None


def read_bytes(path: pathlib.Path, limit: int) -> bytes:
    """The bytes of a file, refusing one larger than ``limit``."""
    size = path.stat().st_size
    if size > limit:
        raise ParseError(
            f"the file has {size} bytes, more than the limit of {limit}; "
            "raise max_bytes if the file is genuine",
            source=str(path),
            value=size,
        )
    return path.read_bytes()


def _docx_text(path: pathlib.Path, limit: int) -> str:
    try:
        import docx  # noqa: PLC0415  (optional extra)
    except ImportError as error:
        raise MissingExtraError("python-docx", "docx", "reading .docx files") from error
    check_zip(path, limit)
    document = docx.Document(str(path))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                cells = [cell.text.replace("\n", "").replace("|", "｜") for cell in row.cells]
                lines.append("|" + "|".join(cells) + "|")
        else:
            lines.append(block.text)
    return "\n".join(lines)


def check_zip(
    path: pathlib.Path, limit: int, kind: str = "Word (.docx) document", *, markup: bool = False
) -> None:
    """Refuse a zip archive (.docx, .xlsx) that is not one, or that looks like a zip bomb.

    An archive is refused when it unpacks to more than ``limit`` bytes, or holds an entry over
    1 MiB packed more than 200 to 1. With ``markup``, XML entries that declare a DTD (``<!DOCTYPE``
    or ``<!ENTITY``, which Office never writes and entity bombs need) are refused too.

    Raises:
        ParseError: naming the entry.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if total > limit or (info.file_size > 1024 * 1024 and ratio > _MAX_RATIO):
                    raise ParseError(
                        f"the {kind} unpacks to more than {limit} bytes or is packed "
                        f"{ratio:.0f} to 1 (entry {info.filename!r}); refusing a possible zip bomb",
                        source=str(path),
                        value=info.filename,
                    )
            if markup:
                for info in archive.infolist():
                    _check_markup(archive, info, kind, path)
    except zipfile.BadZipFile:
        raise ParseError(
            f"the file is not a {kind}: it is not a zip archive",
            source=str(path),
        ) from None


_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
_CHUNK = 1024 * 1024


def _check_markup(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, kind: str, path: pathlib.Path
) -> None:
    if not info.filename.endswith((".xml", ".rels")):
        return
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            window = (tail + chunk).upper()
            if any(mark in window for mark in _DTD_MARKS):
                raise ParseError(
                    f"the {kind} declares a DTD in entry {info.filename!r}; Office never writes "
                    "one, so the file is refused (entity expansion)",
                    source=str(path),
                    value=info.filename,
                )
            tail = chunk[-16:]


def read_text(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> str:
    """Read a .txt or .docx file as text, decoding any supported encoding.

    Raises:
        ParseError: for a file too large, binary or undecodable, or a broken .docx.
        MissingExtraError: for a .docx without the ``docx`` extra installed.
    """
    where = pathlib.Path(path)
    if where.suffix.lower() == ".docx":
        return _docx_text(where, max_bytes)
    return decode(read_bytes(where, max_bytes), str(where))


def read_plan(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Plan:
    r"""Read a plan from a file: ``.json``, ``.docx``, a task table, or text in any encoding.

    A ``.csv`` or ``.xlsx`` file is read as a task-division table (任务分工表) by
    [`read_task_table`][rulegov.io.read_task_table].

    Args:
        path: The file to read.
        max_bytes: Refuse files (and unpacked Word documents) larger than this.

    Raises:
        ParseError: for a file that cannot be read as a plan, with line and column.
        ValidationError: for a .json file that does not fit the model.
        MissingExtraError: for a .docx without ``pip install 'rulegov[docx]'``, or a .xlsx
            without ``pip install 'rulegov[xlsx]'``.

    Examples:
        >>> import pathlib, tempfile, rulegov
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "plan.txt").write_bytes("2023年工作要点\n1.召开会议。".encode("gb18030"))
        >>> rulegov.read_plan(folder / "plan.txt").tasks[0].title
        '召开会议'
    """
    from rulegov.model import Plan  # noqa: PLC0415
    from rulegov.parse import parse_plan  # noqa: PLC0415

    where = pathlib.Path(path)
    if where.suffix.lower() == ".json":
        data = read_bytes(where, max_bytes)
        return Plan.model_validate_json(data)
    if where.suffix.lower() in (".csv", ".xlsx"):
        from rulegov.io._tables import read_task_table  # noqa: PLC0415

        return read_task_table(where, max_bytes=max_bytes)
    return parse_plan(read_text(where, max_bytes=max_bytes), source=where.name)


def write_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` to ``path``: JSON for ``.json``, the standard text layout for ``.txt``.

    ``.csv`` and ``.xlsx`` write a task-division table
    ([`write_task_table`][rulegov.io.write_task_table]).

    Raises:
        ValidationError: for any other suffix.

    Examples:
        >>> import pathlib, tempfile, rulegov
        >>> plan = rulegov.datasets.yancheng_2023()
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "plan.json"
        >>> write_plan(plan, target)
        >>> rulegov.read_plan(target) == plan
        True
    """
    where = pathlib.Path(path)
    suffix = where.suffix.lower()
    if suffix == ".json":
        where.write_text(plan.model_dump_json(indent=2), encoding="utf-8")
    elif suffix == ".txt":
        from rulegov.parse import format_plan  # noqa: PLC0415

        where.write_text(format_plan(plan), encoding="utf-8")
    elif suffix in (".csv", ".xlsx"):
        from rulegov.io._tables import write_task_table  # noqa: PLC0415

        write_task_table(plan, where)
    else:
        raise ValidationError(
            [Issue("path", "write a plan to a .json, .txt, .csv or .xlsx file", str(where))],
            "write_plan",
        )
