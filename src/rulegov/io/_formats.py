"""Telling a file's format from its first bytes as well as its suffix, and refusing what rulegov cannot read.

Old binary Office formats (.doc, .wps, .xls, .et, .ppt: all OLE2 compound files), images, RTF,
archives and anything else that is not text are refused with one
[`ParseError`][rulegov.ParseError] that names the format found and what to convert it to.
Bytes of an unknown binary format are never read as text.
"""

from __future__ import annotations

import codecs

from rulegov.errors import ParseError

__all__ = ["DOCUMENT_SUFFIXES", "READABLE", "detect_format", "too_large"]

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
_HTML_STARTS = ("<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<table", "<p>")


def _looks_like_html(head: bytes) -> bool:
    for bom in (codecs.BOM_UTF8,):
        head = head.removeprefix(bom)
    text = head[:1024].decode("latin-1").lstrip().lower()
    if text.startswith("<?xml") and "<html" in text:
        return True
    if text.startswith("<!--"):
        text = text[text.find("-->") + 3 :].lstrip() if "-->" in text else ""
    return text.startswith(_HTML_STARTS)


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
    if _looks_like_html(head):
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
