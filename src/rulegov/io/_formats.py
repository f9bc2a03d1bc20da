"""Telling a file's format from its first bytes as well as its suffix, and refusing what rulegov cannot read.

Old binary Office formats (.doc, .wps, .xls, .et, .ppt: all OLE2 compound files), images, RTF,
archives and anything else that is not text are refused with one
[`ParseError`][rulegov.ParseError] that names the format found and what to convert it to.
Bytes of an unknown binary format are never read as text.
"""

from __future__ import annotations

import codecs
import re

from rulegov.errors import ParseError

__all__ = [
    "DOCUMENT_SUFFIXES",
    "READABLE",
    "detect_format",
    "looks_like_page",
    "start_of_markup",
    "too_large",
]

READABLE = ("text", "json", "csv", "html", "pdf", "docx", "xlsx")
"""The formats that rulegov reads."""


def too_large(message: str, count: int, source: str) -> ParseError:
    """The error for a file beyond one of the limits on what rulegov reads, with the count found.

    Examples:
        >>> too_large("the PDF has 9 pages, more than 8", 9, "a.pdf").code
        'file-too-large'
    """
    return ParseError(message, source=source, value=count, code="file-too-large")


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SUFFIXES = {
    ".txt": "text",
    ".md": "text",
    ".text": "text",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",
}
# the old formats, with what each one is and what to save it as
_OLD: dict[str, tuple[str, str]] = {
    ".doc": ("an old Word document (.doc)", "save it as .docx (Word: File > Save As)"),
    ".wps": ("a WPS Writer document (.wps)", "save it as .docx in WPS Office"),
    ".wpt": ("a WPS Writer template (.wpt)", "save it as .docx in WPS Office"),
    ".dot": ("an old Word template (.dot)", "save it as .docx"),
    ".rtf": ("a Rich Text document (.rtf)", "save it as .docx or .txt"),
    ".xls": ("an old Excel workbook (.xls)", "save it as .xlsx or .csv"),
    ".et": ("a WPS Spreadsheets workbook (.et)", "save it as .xlsx or .csv in WPS Office"),
    ".ppt": ("an old PowerPoint file (.ppt)", "copy its text into a .txt or .docx file"),
    ".pptx": ("a PowerPoint file (.pptx)", "copy its text into a .txt or .docx file"),
    ".dps": ("a WPS Presentation (.dps)", "copy its text into a .txt or .docx file"),
    ".odt": ("an OpenDocument text (.odt)", "save it as .docx"),
    ".ods": ("an OpenDocument spreadsheet (.ods)", "save it as .xlsx or .csv"),
    ".ofd": ("an OFD document (.ofd)", "export it as PDF or .docx"),
    ".wdf": ("an OFD/WDF document", "export it as PDF or .docx"),
    ".caj": ("a CAJ document (.caj)", "export it as PDF"),
}
DOCUMENT_SUFFIXES = frozenset(_SUFFIXES) | frozenset(_OLD)
"""The suffixes of the documents a corpus folder is read for: every suffix that
[`read_plan`][rulegov.read_plan] reads, and those of the office formats it refuses (``.doc``,
``.wps``, ``.et``, ...), so that such a file is reported as a failure that says what to convert it
to, rather than passed over in silence."""
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"{\\rtf", "a Rich Text document (RTF)", "save it as .docx or .txt"),
    (b"\x89PNG", "a PNG image", "run OCR on it and save the text as .txt"),
    (b"\xff\xd8\xff", "a JPEG image", "run OCR on it and save the text as .txt"),
    (b"GIF8", "a GIF image", "run OCR on it and save the text as .txt"),
    (b"II*\x00", "a TIFF image", "run OCR on it and save the text as .txt"),
    (b"MM\x00*", "a TIFF image", "run OCR on it and save the text as .txt"),
    (b"Rar!", "a RAR archive", "unpack it and read the documents inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it and read the documents inside"),
    (b"\x1f\x8b", "a gzip archive", "unpack it and read the documents inside"),
    (b"%!PS", "a PostScript file", "convert it to PDF"),
)
_PAGE_OPENS = re.compile(r"<(?:!doctype\s+html|html|head|body|meta)(?=[\s>/])", re.IGNORECASE)
"""How a whole page opens: a doctype, or its ``<html>``, ``<head>``, ``<body>`` or ``<meta>``."""
_PART_OPENS = re.compile(
    r"<(?:(?:div|table|thead|tbody|tr|td|th|p|section|article|header|main|nav|footer|aside|form"
    r"|center|h[1-6]|ul|ol|dl|blockquote|span|font|strong|b|link|script|style|title|base"
    r"|noscript)(?=[\s>/])|%|\?php)",
    re.IGNORECASE,
)
"""How a page copied without its frame opens: a block element (``<div>``, ``<p>``, a table's
row or cell…), an inline element that a copy keeps (``<span>``, ``<font>``, ``<strong>``), an
element of the page's head (``<link>``, ``<script>``, ``<title>``…) or a server page's directive
(``<%@ page %>``, ``<?php``)."""
_LEAD = re.compile(r"[\ufeff\s\u3000]*")
"""What may stand before a page's first tag: a byte-order mark and white space."""
_BLOCK_CLOSES = re.compile(
    r"</(?:div|table|tr|td|p|section|article|center|h[1-6]|ul|ol|li|dl|dd|blockquote)\s*>",
    re.IGNORECASE,
)
"""A closed block element: what a page's part holds, and plain text does not."""


def looks_like_page(source: str | bytes) -> bool:
    r"""Whether ``source`` is plainly a web page's source, not text that merely holds markup.

    A page opens (after a byte-order mark, white space and comments) with a doctype or its
    ``<html>``, ``<head>``, ``<body>`` or ``<meta>``, or with ``<?xml`` before ``<html``; a page
    without that frame (a part of one, or a server page's template) opens with a block element
    (``<div>``, ``<table>``, ``<p>``, ``<h1>``…), an element of a page's head (``<link>``,
    ``<script>``, ``<title>``…) or a server directive (``<%@ page %>``, ``<?php``), and closes a
    block element (``</p>``, ``</td>``…) somewhere. A part may also open with a table's row or
    cell (``<tr>``, ``<td>``) or an inline element a copy keeps (``<span>``, ``<font>``,
    ``<strong>``), as long as it closes a block element. Text that only holds a ``<`` or an inline
    tag (``<em>``, ``<br>``) in a line, or opens with one and closes no block, is text. Bytes
    are read in any charset whose tags are ASCII (UTF-8, GBK, GB18030, Big5…) and in UTF-16 with
    its byte-order mark; the first 64 KiB are looked at. The one test for a string, bytes, and a
    file saved under another name (``.txt``, ``.doc``).

    Examples:
        >>> looks_like_page("<!DOCTYPE html><html><body><p>一、加强领导</p></body></html>")
        True
        >>> looks_like_page("<table><tr><td>序号</td><td>分值</td></tr></table>".encode("gbk"))
        True
        >>> looks_like_page("一、加强领导\n页面未标注<title>的扣2分。")
        False
        >>> looks_like_page("<em>注</em>：得分<60分为不合格。")
        False
        >>> looks_like_page("<p>一、加强领导\n二、强化保障")
        False
    """
    text = _bytes_head(source) if isinstance(source, bytes) else source
    start = start_of_markup(text)
    if start is None:
        return False
    head = text[start : start + 4096]
    if head[:5].lower() == "<?xml":
        return "<html" in head.lower()
    if _PAGE_OPENS.match(head):
        return True
    return _PART_OPENS.match(head) is not None and _BLOCK_CLOSES.search(text) is not None


def start_of_markup(text: str) -> int | None:
    r"""Where ``text``'s first tag stands after white space and comments; None in a comment left open.

    Server pages often print thousands of blank lines, and sites a build stamp or a licence in
    comments, before the page; each is skipped once, so the test stays linear in their length.

    Examples:
        >>> start_of_markup("\n\n<!-- built 2024 -->\n<html>")
        22
        >>> start_of_markup("<!-- never closed") is None
        True
    """
    at = _past_lead(text, 0)
    while text.startswith("<!--", at):  # a comment (a site's build stamp) before the page
        end = text.find("-->", at + 4)
        if end < 0:
            return None
        at = _past_lead(text, end + 3)
    return at


def _past_lead(text: str, at: int) -> int:
    """Where ``text`` goes on after the white space (and byte-order mark) that starts at ``at``."""
    lead = _LEAD.match(text, at)
    return lead.end() if lead else at


_GB18030_BOM = b"\x841\x953"


def _bytes_head(data: bytes) -> str:
    """The first 64 KiB of ``data`` as characters in which ASCII tags read as they are."""
    head = data[:65536].removeprefix(codecs.BOM_UTF8).removeprefix(_GB18030_BOM)
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="replace")
    return head.decode("latin-1")  # one character a byte: GBK, GB18030 and UTF-8 alike


def _zip_kind(data: bytes, suffix: str) -> str:
    """What a zip archive holds, by the names of its parts, else by the file's suffix."""
    if b"word/" in data[:65536] or b"word/" in data[-65536:]:
        return "docx"
    if b"xl/" in data[:65536] or b"xl/" in data[-65536:]:
        return "xlsx"
    return _SUFFIXES[suffix] if suffix in (".docx", ".xlsx") else "zip"


def _refuse(found: str, advice: str, source: str) -> ParseError:
    return ParseError(
        f"the file is {found}, which rulegov does not read; {advice} "
        "(rulegov reads .txt, .html, .pdf, .docx, .xlsx, .csv and .json)",
        source=source,
        code="unknown-file-format",
    )


def detect_format(data: bytes, suffix: str, source: str) -> str:
    """The format of a file, one of [`READABLE`][rulegov.io._formats.READABLE], from its bytes and suffix.

    The bytes win over the suffix: a PDF named ``.txt`` is read as PDF, an HTML page saved as
    ``.doc`` is read as HTML, and a ``.docx`` that is really an OLE2 ``.doc`` is refused as one.

    Raises:
        ParseError: for a format rulegov does not read, naming it and what to convert it to.

    Examples:
        >>> detect_format(b"%PDF-1.7", ".txt", "a.txt")
        'pdf'
        >>> detect_format("一、加强领导".encode(), ".txt", "a.txt")
        'text'
        >>> detect_format(bytes.fromhex("d0cf11e0a1b11ae1"), ".doc", "a.doc")
        Traceback (most recent call last):
        ...
        rulegov.errors.ParseError: a.doc: the file is an old Word document (.doc), ...
    """
    suffix = suffix.lower()
    head = data[:1024]
    if head.startswith(_OLE2):
        found, advice = _OLD.get(
            suffix, ("an old binary Office file (OLE2: .doc, .xls, .ppt, .wps or .et)", "")
        )
        advice = advice or "save it as .docx or .xlsx in Office or WPS"
        raise _refuse(found, advice, source)
    if head.lstrip()[:5] == b"%PDF-" or head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind = _zip_kind(data, suffix)
        if kind in ("docx", "xlsx"):
            return kind
        found, advice = _OLD.get(suffix, ("a zip archive", "unpack it and read the documents"))
        raise _refuse(found, advice, source)
    for magic, found, advice in _MAGIC:
        if head.startswith(magic):
            raise _refuse(found, advice, source)
    if looks_like_page(data):
        return "html"
    if suffix in _OLD:
        found, advice = _OLD[suffix]
        raise _refuse(found, advice, source)
    known = _SUFFIXES.get(suffix, "text")
    if known in ("docx", "xlsx", "pdf"):
        raise ParseError(
            f"the file is named {suffix} but is not one: its first bytes are not those of a "
            f"{suffix} file; save it again from the program that made it",
            source=source,
            value=data[:8],
            code="unknown-file-format",
        )
    return known
