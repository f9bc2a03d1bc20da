"""PDF with a text layer as text: paragraphs joined again, page furniture dropped, tables as rows.

Read with pdfplumber (on pdfminer.six), which orders text by its place on the page and finds
ruled tables. Then, as a clerk retyping the document would:

- lines broken inside a paragraph are joined again: a line that runs from the left margin (or an
  indent) to the right margin, in the body's type size, and does not end a sentence (。！？；：) is
  joined to the next, unless the next opens a numbered item or heading (一、 （一） 1. （1） ① 第X条)
  or is a table row; rows of figures from tables without rules stay one to a line;
- running headers and footers (the same line at the top or foot of several pages) and page
  numbers (``— 3 —``, ``-3-``, ``第3页 共10页``, ``3/10``) are dropped;
- ruled tables become pipe rows (``|序号|工作任务|牵头单位|``); a merged cell repeats its text.

A PDF with no text layer (a scan) and an encrypted PDF are refused with a
[`ParseError`][rulegov.ParseError] that says so; so is every failure of the library underneath.
"""

from __future__ import annotations

import contextlib
import io
import re
import statistics
from typing import TYPE_CHECKING, Any

import attrs

from rulegov.errors import ParseError
from rulegov.io._extras import optional_module
from rulegov.io._formats import too_large

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pdfplumber.page import Page
    from pdfplumber.pdf import PDF

__all__ = ["MAX_PAGES", "join_lines", "pdf_text"]

MAX_PAGES = 2000
"""The most pages read from one PDF."""
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[—–\-－─_·•\s]*\d{1,4}[—–\-－─_·•\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$"
)
_ENDS_SENTENCE = tuple("。！？；：!?;:")
_OPENS_ITEM = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,3}[.．、]"
    r"(?!\d)|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条部分]|附件|附表)"
)
_DIGITS = re.compile(r"\d+")
_FURNITURE_LINES = 2
_MARGIN_LINES = 1.5  # a running header a little lower on one page is still in the margin
_WIDE_CHARS = 4
_INDENT_CHARS = 3
_HEADING_SIZE = 1.15
_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?[%‰]?")


def _is_page_number(text: str) -> bool:
    return _PAGE_NUMBER.match(text) is not None


def join_lines(lines: Sequence[tuple[str, bool]]) -> list[str]:
    """Join lines broken inside a paragraph; each line comes with whether it reaches the margin.

    Examples:
        >>> join_lines([("为加快推进法治建设，制定本", True), ("方案。", False), ("一、总体要求", False)])
        ['为加快推进法治建设，制定本方案。', '一、总体要求']
        >>> join_lines([("牵头单位：市司法局，配合单位：", True), ("1.召开会议。", False)])
        ['牵头单位：市司法局，配合单位：', '1.召开会议。']
    """
    joined: list[str] = []
    carry = False
    for text, full in lines:
        stripped = text.strip()
        if not stripped:
            carry = False
            continue
        if (
            carry
            and joined
            and not stripped.startswith("|")
            and _OPENS_ITEM.match(stripped) is None
        ):
            previous = joined[-1]
            words = previous[-1:].isascii() and previous[-1:].isalpha() and stripped[:1].isalpha()
            space = " " if words and stripped[:1].isascii() else ""
            joined[-1] = previous + space + stripped
        else:
            joined.append(stripped)
        carry = full and not stripped.endswith(_ENDS_SENTENCE) and not stripped.startswith("|")
    return joined


def _furniture_key(text: str) -> str:
    """A line with its digits aside, so that the pages' numbers make one running line of them."""
    return _DIGITS.sub("#", text)


def _furniture(pages: list[list[str]]) -> set[str]:
    """Lines at the top or foot of pages that repeat on several pages (digits aside)."""
    if len(pages) < 2:
        return set()
    seen: dict[str, int] = {}
    for lines in pages:
        edge = {
            _furniture_key(line) for line in lines[:_FURNITURE_LINES] + lines[-_FURNITURE_LINES:]
        }
        for key in edge:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count >= max(2, len(pages) // 2 + 1)}


def _furniture_places(
    pages: list[list[_Line]], furniture: set[str]
) -> dict[str, tuple[float, float]]:
    """The highest and the lowest place on a page of each repeated line (its key, digits aside)."""
    places: dict[str, tuple[float, float]] = {}
    for page in pages:
        for line in page:
            key = _furniture_key(line.text)
            if key in furniture:
                high, low = places.get(key, (line.top, line.top))
                places[key] = (min(high, line.top), max(low, line.top))
    return places


def _in_margin(
    line: _Line, places: dict[str, tuple[float, float]], size: float, top: bool, foot: bool
) -> bool:
    """Whether a repeated line at a page's ``top`` or ``foot`` stands where it repeats.

    A running header stands as high as it does on any page, a footer as low. The title on the
    first page, set in the body, is kept when the pages after it repeat it higher up.
    """
    place = places.get(_furniture_key(line.text))
    if place is None:
        return False
    high, low = place
    near = _MARGIN_LINES * size
    return (top and line.top <= high + near) or (foot and line.top >= low - near)


def _cell(value: object) -> str:
    return "" if value is None else str(value).replace("\n", "").replace("|", "｜").strip()


def _grid_rows(rows: list[list[Any]]) -> list[str]:
    """Pipe rows; a cell covered by a merge (None) repeats the cell above, or else to its left."""
    lines: list[str] = []
    above: list[str] = []
    for row in rows:
        cells: list[str] = []
        for column, value in enumerate(row):
            if value is None:
                if column < len(above) and above[column]:
                    cells.append(above[column])
                else:
                    cells.append(cells[-1] if cells else "")
            else:
                cells.append(_cell(value))
        above = cells
        if any(cells):
            lines.append("|" + "|".join(cells) + "|")
    return lines


@attrs.frozen(slots=True)
class _Line:
    """One line of a page: its text and where it sits; a table row has no place across."""

    text: str
    top: float
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    row: bool = False


def _page_lines(page: Page) -> list[_Line]:
    """The lines of one page in reading order, ruled tables as pipe rows in their place."""
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    found: list[_Line] = []
    for line in page.extract_text_lines(return_chars=True):
        middle_x = (line["x0"] + line["x1"]) / 2
        middle_y = (line["top"] + line["bottom"]) / 2
        if any(x0 <= middle_x <= x1 and top <= middle_y <= bottom for x0, top, x1, bottom in boxes):
            continue
        size = line["chars"][0]["size"] if line["chars"] else 0.0
        found.append(_Line(line["text"], line["top"], line["x0"], line["x1"], size))
    for table, box in zip(tables, boxes, strict=True):
        rows = _grid_rows(table.extract())
        found.extend(_Line(row, box[1] + index / 1000, row=True) for index, row in enumerate(rows))
    found.sort(key=lambda line: line.top)
    return found


def _margins(pages: list[list[_Line]]) -> tuple[float, float, float]:
    """The text block's left and right margins and the body text size, over the whole document."""
    lines = [line for page in pages for line in page if not line.row and line.text.strip()]
    if not lines:
        return 0.0, 0.0, 12.0
    left = statistics.mode(round(line.x0) for line in lines)
    ends = sorted(line.x1 for line in lines)
    right = ends[int(len(ends) * 0.9)]
    size = statistics.median(line.size for line in lines) or 12.0
    return left, right, size


def _is_figures(text: str) -> bool:
    """A row of a table without rules: three or more fields, most of them numbers."""
    fields = text.split()
    numbers = sum(1 for field in fields if _NUMBER.fullmatch(field) is not None)
    return numbers >= 3 and numbers * 5 >= len(fields) * 3


def _reaches_margin(line: _Line, margins: tuple[float, float, float]) -> bool:
    """Whether a line runs on from the left margin (or an indent) to the right one: it wraps."""
    left, right, size = margins
    if line.row or _is_figures(line.text) or line.size > size * _HEADING_SIZE:
        return False  # a table row, or a heading set larger than the body text
    return line.x0 <= left + _INDENT_CHARS * size and line.x1 >= right - _WIDE_CHARS * size


def _open(data: bytes, source: str) -> PDF:
    pdfplumber = optional_module("pdfplumber", "pdf", "reading PDF files")
    try:
        document: PDF = pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001  (pdfminer raises many kinds for a damaged file)
        raise _damaged(data, source, error) from None
    return document


def _damaged(data: bytes, source: str, error: BaseException) -> ParseError:
    reason = f"{type(error).__name__}: {error}".strip(": ")
    if _is_encryption_error(error) or b"/Encrypt" in data:
        return ParseError(
            "the PDF is encrypted (it needs a password to open); save or print it again "
            "without a password",
            source=source,
            code="encrypted-pdf",
        )
    return ParseError(
        f"the PDF is damaged and cannot be read: {reason}"[:300],
        source=source,
        code="unreadable-file",
    )


def _is_encryption_error(error: BaseException) -> bool:
    """Whether pdfminer refused the file for its encryption, also inside pdfplumber's wrapper."""
    from pdfminer.pdfdocument import PDFEncryptionError  # noqa: PLC0415 - with the pdf extra

    seen: set[int] = set()
    found: BaseException | None = error
    while found is not None and id(found) not in seen:
        if isinstance(found, PDFEncryptionError):
            return True
        seen.add(id(found))
        inner = found.args[0] if found.args else None
        found = inner if isinstance(inner, BaseException) else found.__cause__
    return False


def _read_pages(document: PDF, source: str) -> tuple[list[list[_Line]], int]:
    """The lines of every page, and how many pictures and shapes the pages hold."""
    pages = document.pages
    if len(pages) > MAX_PAGES:
        raise too_large(
            f"the PDF has {len(pages)} pages, more than {MAX_PAGES}", len(pages), source
        )
    read = [_page_lines(page) for page in pages]
    pictures = sum(len(page.images) + len(page.rects) for page in pages)
    return read, pictures


def pdf_text(data: bytes, source: str) -> str:
    """The text of a PDF with a text layer (see the module docstring).

    Raises:
        ParseError: for a scan without text, an encrypted or damaged PDF, or one of more than
            [`MAX_PAGES`][rulegov.io._pdf.MAX_PAGES] pages.
        MissingExtraError: without ``pip install 'rulegov[pdf]'`` (pdfplumber).
    """
    document = _open(data, source)
    try:
        read, pictures = _read_pages(document, source)
    except ParseError:
        raise
    except Exception as error:  # noqa: BLE001  (pdfminer raises many kinds for a damaged file)
        raise _damaged(data, source, error) from None
    finally:
        with contextlib.suppress(Exception):  # closing a damaged file may raise again
            document.close()
    texts = [[line.text for line in page] for page in read]
    if not any(text.strip() for page in texts for text in page):
        if not read:
            raise ParseError("the PDF has no pages", source=source, code="empty-document")
        what = "pictures of pages" if pictures else "no text"
        raise ParseError(
            f"the PDF has no text layer ({len(read)} pages of {what}): it is a scan; run OCR on "
            "it (for example with ocrmypdf) or give the document as .docx or .txt",
            source=source,
            code="no-text-layer",
        )
    furniture = _furniture(texts)
    margins = _margins(read)
    places = _furniture_places(read, furniture)
    kept: list[tuple[str, bool]] = []
    for page in read:
        last = len(page) - 1
        for index, line in enumerate(page):
            top, foot = index < _FURNITURE_LINES, index > last - _FURNITURE_LINES
            if (top or foot) and (
                _is_page_number(line.text) or _in_margin(line, places, margins[2], top, foot)
            ):
                continue
            kept.append((line.text, _reaches_margin(line, margins)))
    return "\n".join(join_lines(kept))
