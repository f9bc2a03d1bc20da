"""PDF with a text layer as text: paragraphs joined again, page furniture dropped, tables as rows.

Read with pdfplumber (on pdfminer.six), which orders text by its place on the page and finds
ruled tables. Then, as a clerk retyping the document would:

- lines broken inside a paragraph are joined again: a line that runs from the left margin (or an
  indent) to the right margin, in the body's type size, and does not end a sentence (。！？；：) is
  joined to the next, unless the next opens a numbered item or heading (一、 （一） 1. （1） ① 第X条),
  is a table row, or is set in from the margin by a paragraph's first-line indent (a line that
  lines up under the text of the item above, a hanging indent, still continues it); rows of
  figures from tables without rules stay one to a line;
- lines printed side by side (the joint issuers' names stacked left of a large 文件 in a red head)
  are read column by column, each column from the top, not interleaved by height;
- a line set letter-spaced (税 务 总 局 办 公 厅, one CJK character after another with a space
  between each) is read without the spaces, and a soft hyphen the page draws (U+00AD, as some fonts
  name the hyphen of 2014-2020) is the hyphen it shows;
- running headers and footers (the same line at the top or foot of several pages) and page
  numbers (``— 3 —``, ``-3-``, ``第3页 共10页``, ``3/10``) are dropped;
- ruled tables become pipe rows (``|序号|工作任务|牵头单位|``); a merged cell repeats its text;
  a table a page breaks is read as one, its broken row joined again and a repeated heading row
  read once (``_pdf_rows``).

Pages that hold pictures and no text (pages scanned into a PDF that has text elsewhere) are
named in a warning: what they show is not read. A PDF with no text layer at all (a scan) and an
encrypted PDF are refused with a
[`ParseError`][rulegov.ParseError] that says so; so is every failure of the library underneath.
"""

from __future__ import annotations

import collections
import contextlib
import io
import itertools
import math
import re
import statistics
import unicodedata
from typing import TYPE_CHECKING, Any

import attrs

from rulegov.errors import ParseError
from rulegov.io._extras import optional_module
from rulegov.io._formats import too_large
from rulegov.io._pdf_log import kept_warnings
from rulegov.io._pdf_rows import (
    ENDS_SENTENCE,
    NUMBER,
    OPENS_ITEM,
    continues_row,
    joined_row,
    same_edges,
    table_above,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from pdfplumber.page import Page
    from pdfplumber.pdf import PDF
    from pdfplumber.table import Table

__all__ = ["MAX_PAGES", "PdfText", "join_lines", "pdf_text", "picture_pages_note"]

MAX_PAGES = 2000
"""The most pages read from one PDF."""
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[—–\-－─_·•\s]*\d{1,4}[—–\-－─_·•\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$"
)
# a figure in brackets alone on a line, the points of the words it closes: (10), （5分）
_BARE_POINTS = re.compile(r"[（(]\d{1,3}(?:\.\d)?分?[）)][。，,；;]?")
# points in brackets opening a line: (2分), （0.5分）; they close the item above, never open one
_OPENING_POINTS = re.compile(r"[（(]\d{1,3}(?:\.\d)?分[）)]")
_DIGITS = re.compile(r"\d+")
_FURNITURE_LINES = 2
_NUMBERED_PAGES = 2  # pages whose numbers agree: a run of page numbers
_MARGIN_LINES = 1.5  # a running header a little lower on one page is still in the margin
_LINE_HEIGHT = 16.0  # points: a line of body text, to tell one height on a page from another
_WIDE_CHARS = 4
_INDENT_CHARS = 3
_HEADING_SIZE = 1.15
_TITLE_SIZE = 1.6  # a heading's type to the body's, at the most (2号 over 3号 is 1.375)
_SAME_SIZE = 0.05  # the share of the body's size two lines' type may differ by and be the same
_FIRST_LINE_INDENT = 1.5  # characters a paragraph's first line is set in, at the least
_ALIGNED = 0.5  # characters two lines' starts may differ by and still line up
_OVERLAP = 0.25  # the share of a line's height another must cover to stand beside it
_SET_IN_PARAGRAPHS = 3  # paragraphs that must open set in to show the document sets them so
_SET_IN_SHARE = 0.8  # the share of the paragraphs that must, at the least
_LETTER_SPACED = re.compile(
    r"(?:[\u3400-\u9fff\uf900-\ufaff〇] ){2,}[\u3400-\u9fff\uf900-\ufaff〇]"
)

# A font that maps its characters onto the radicals' code points gives a text layer of radicals
# (⾰命⽂物 for 革命文物, ⼀、 for 一、): the page shows the characters. Kangxi radicals fold by
# their compatibility mapping; the radical forms of the supplement that stand for a whole
# character, by this table.
_RADICALS = {code: ord(unicodedata.normalize("NFKC", chr(code))) for code in range(0x2F00, 0x2FD6)}
_RADICALS.update(
    {
        ord(radical): ord(character)
        for radical, character in zip(
            "⺟⺠⻄⻅⻆⻉⻋⻓⻔⻘⻚⻛⻜⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳",
            "母民西见角贝车长门青页风飞马骨鬼鱼鸟卤麦黄齐齿龙龟",
            strict=True,
        )
    }
)


def _is_page_number(text: str) -> bool:
    return _PAGE_NUMBER.match(text) is not None


def _page_numbers(pages: list[list[str]]) -> set[tuple[int, int]]:
    """The lines that are the pages' numbers: (page, line) of each, a page's first or last lines.

    Pages number on from one page to the next: where two pages or more agree on it (a figure
    less the page's place), a figure at a page's edge is its number only when it fits that run,
    and only the outermost such line of each edge; a bare figure inside it (the last cell of a
    table's column, a ``5`` of points) is text. Where no run shows, any figure at an edge is
    taken for the page's number.

    Examples:
        >>> pages = [["一、总则", "5"], ["— 2 —"], ["8", "— 3 —"]]
        >>> sorted(_page_numbers([["一、总则", "— 1 —"], *pages[1:]]))
        [(0, 1), (1, 0), (2, 1)]
        >>> sorted(_page_numbers(pages))
        [(1, 0), (2, 1)]
        >>> sorted(_page_numbers([["一、总则", "— 1 —"], ["2", "5.开展培训。", "— 2 —"]]))
        [(0, 1), (1, 2)]
    """
    edges: list[tuple[int, int, int | None]] = []  # (page, line, figure less the page's place)
    for number, lines in enumerate(pages):
        last = len(lines) - 1
        for index, text in enumerate(lines):
            if not (index < _FURNITURE_LINES or index > last - _FURNITURE_LINES):
                continue
            if _is_page_number(text):
                digits = _DIGITS.search(text)
                edges.append((number, index, None if digits is None else int(digits[0]) - number))
    offsets = collections.Counter(offset for _, _, offset in edges if offset is not None)
    offset, agree = offsets.most_common(1)[0] if offsets else (None, 0)
    if agree < _NUMBERED_PAGES:
        return {(number, index) for number, index, _ in edges}
    found: dict[tuple[int, bool], int] = {}  # each page's edge (page, at its foot): the line
    for number, index, run in edges:
        if run != offset:
            continue
        foot = index > len(pages[number]) - 1 - _FURNITURE_LINES
        outer = found.get((number, foot))
        if outer is None or (index > outer if foot else index < outer):
            found[number, foot] = index
    return {(number, index) for (number, _), index in _once_a_page(found, pages).items()}


def _once_a_page(
    found: dict[tuple[int, bool], int], pages: list[list[str]]
) -> dict[tuple[int, bool], int]:
    """The pages' numbers ``found`` at each page's edge (page, at its foot), each page's once.

    A page prints its number once: a bare figure at the top of a page whose foot shows its
    number (or at the foot, where the numbers stand at the top) is text, the points of a cell.
    """
    feet = sum(1 for _, foot in found if foot)
    edge = feet * 2 >= len(found)  # where the pages print their numbers: at the foot
    return {
        (number, foot): index
        for (number, foot), index in found.items()
        if foot == edge or (number, edge) not in found or not pages[number][index].strip().isdigit()
    }


def join_lines(lines: Sequence[tuple[str, bool]]) -> list[str]:
    """Join lines broken inside a paragraph; each line comes with whether it reaches the margin.

    Examples:
        >>> join_lines([("为加快推进法治建设，制定本", True), ("方案。", False), ("一、总体要求", False)])
        ['为加快推进法治建设，制定本方案。', '一、总体要求']
        >>> join_lines([("牵头单位：市司法局，配合单位：", True), ("1.召开会议。", False)])
        ['牵头单位：市司法局，配合单位：', '1.召开会议。']
        >>> join_lines([("10、及时公开本机关政府信息公开年度报告", True), ("(10)", False)])
        ['10、及时公开本机关政府信息公开年度报告(10)']

    A line that ends in a space (the space the page prints where it breaks the line between two
    words, as in a heading set letter-spaced, 评 分 标 准) keeps it when joined:

        >>> join_lines([("序号 考评内容 评 分 标 ", True), ("准 得分", False)])
        ['序号 考评内容 评 分 标 准 得分']

    Points in brackets that open a line after a line running to the margin close the item above,
    though it ends its sentence (a score opens no item):

        >>> join_lines([("每发现一处不符合要求的扣1分，未完成创建任务。", True), ("(2分) 未组织的扣1分。", False)])
        ['每发现一处不符合要求的扣1分，未完成创建任务。(2分) 未组织的扣1分。']

    The recipients in a document's head open a line of their own (``_recipients_line``):

        >>> join_lines([("日期：2018-09-10 点击：1165", True), ("各区人民政府：", False)])
        ['日期：2018-09-10 点击：1165', '各区人民政府：']
        >>> join_lines([("某区法治政府建设实施方案的通知", True), ("各街道办事处：", False)])
        ['某区法治政府建设实施方案的通知', '各街道办事处：']
    """
    joined: list[str] = []
    carry = False
    spaced = False  # the line above ends in a printed space
    reached = False  # the line above runs to the right margin, whatever it ends with
    recipients = _recipients_line(lines)
    for index, (text, full) in enumerate(lines):
        stripped = text.strip()
        if not stripped:
            carry = reached = False
            continue
        # a scored item's points carried onto the next line close it, even after its full stop
        carry = carry or (reached and _OPENING_POINTS.match(stripped) is not None)
        if index == recipients and joined and _NO_NAMES.search(joined[-1]):
            carry = False  # the recipients open a line of their own
        if (
            carry
            and joined
            and not stripped.startswith("|")
            and (OPENS_ITEM.match(stripped) is None or _BARE_POINTS.fullmatch(stripped))
        ):
            previous = joined[-1]
            words = previous[-1:].isascii() and previous[-1:].isalpha() and stripped[:1].isalpha()
            space = " " if (words and stripped[:1].isascii()) or spaced else ""
            joined[-1] = previous + space + stripped
        else:
            joined.append(stripped)
        carry = full and not stripped.endswith(ENDS_SENTENCE) and not stripped.startswith("|")
        spaced = text[-1:].isspace()
        reached = full and not stripped.startswith("|")
    return joined


_RECIPIENTS = re.compile(r"各[^。！？；;：:]{1,80}[：:]")
_RECIPIENT_LINES = 3  # lines a recipients' paragraph runs over, at the most
_HEAD_LINES = 40  # the lines of a document's head, where its recipients stand
# a line holding a figure or a label's colon names no recipient: a page's furniture, a number;
# nor does the document's heading above them, which speaks of the document (关于…, 《…》) or ends
# in its kind (…的通知, 实施方案), where a line of names ends in a body (…办公室, …委员会)
_NO_NAMES = re.compile(
    r"[\d：:]|关于|《"
    r"|(?:通知|意见|方案|要点|规划|计划|办法|细则|决定|规定|报告|通报|公告|通告|批复|请示|函)\s*$"
)


def _recipients_line(lines: Sequence[tuple[str, bool]]) -> int | None:
    """The line where the document's recipients (主送机关) open, in its head, if any.

    GB/T 9704 sets the recipients flush left under the heading or the document's number, a
    paragraph of its own that names bodies (各区人民政府，市政府各部门：) and ends in a colon: it
    goes on with no line above it that holds a figure or a label's colon, however far that line
    runs (a page's lines above the heading, 点击：1165, run to the margin); a line of names
    above it (市委依法治市委员会办公室 broken before 各成员单位) is the recipients' own.

    Examples:
        >>> _recipients_line([("发布日期：2018-09-10 点击：1165", True), ("各区人民政府，市政府各", True),
        ...     ("委、办、局：", False)])
        1
        >>> _recipients_line([("各地要按照要求，认真组织，落实责任。", False)]) is None
        True
    """
    for index, (text, _) in enumerate(lines[:_HEAD_LINES]):
        if not text.strip().startswith("各"):
            continue
        paragraph = ""
        for line, full in lines[index : index + _RECIPIENT_LINES]:
            paragraph += line.strip()
            if not full or paragraph.endswith(ENDS_SENTENCE):
                break
        if _RECIPIENTS.fullmatch(paragraph):
            return index
    return None


def _furniture_key(text: str) -> str:
    """A line with its digits aside, so that the pages' numbers make one running line of them."""
    return _DIGITS.sub("#", text)


def _furniture(pages: list[list[_Line]]) -> set[str]:
    """Lines at the top or foot of pages that repeat on several pages (digits aside).

    A running header or footer stands at one edge of the pages, at one height on each (the
    document's heading, lower on the first page, may go on as the running header of the pages
    after it): a line that repeats only by chance (a clause or a figure of points a table prints
    again) falls at the foot of one page and the top of the next, or at the foot of the text on a
    page the text ends short of, and is text.
    """
    if len(pages) < 2:
        return set()
    places: dict[tuple[str, bool], list[tuple[int, float]]] = collections.defaultdict(list)
    for number, lines in enumerate(pages):
        last = len(lines) - 1
        edge: dict[tuple[str, bool], float] = {}
        for index, line in enumerate(lines):
            for foot in (False, True):
                if index > last - _FURNITURE_LINES if foot else index < _FURNITURE_LINES:
                    edge.setdefault((_furniture_key(line.text), foot), line.top)
        for place, top in edge.items():
            places[place].append((number, top))
    least = max(2, len(pages) // 2 + 1)
    near = _MARGIN_LINES * _LINE_HEIGHT
    found: set[str] = set()
    for (key, foot), seen in places.items():
        for _, top in seen:
            level = {number for number, other in seen if abs(top - other) <= near}
            title = not foot and 0 not in level and any(number == 0 for number, _ in seen)
            if len(level) + title >= least:
                found.add(key)
    return found


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
    if value is None:
        return ""
    return str(value).replace("\n", "").replace("|", "｜").translate(_RADICALS).strip()


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
    bottom: float = 0.0
    cells: bool = False  # a line of text in ruled cells not read as a table
    edges: tuple[int, ...] = ()  # a table row's: where the table's columns part, across
    spaced: bool = False  # the page prints a space after the line's last character


def _printed(text: str) -> str:
    """A line's text as its page shows it: a drawn soft hyphen is a hyphen, letter-spacing no space.

    Examples:
        >>> _printed("税 务 总 局 办 公 厅")
        '税务总局办公厅'
        >>> _printed("纲要（2014\u00ad2020 年）")
        '纲要（2014-2020 年）'
        >>> _printed("南山区 122.12 62.50")
        '南山区 122.12 62.50'
        >>> _printed("⼀、⾰命⽂物的意⻅")
        '一、革命文物的意见'
    """
    text = text.replace("\u00ad", "-").translate(_RADICALS)
    if _LETTER_SPACED.fullmatch(text.strip()) is not None:
        return text.replace(" ", "")
    return text


def _overlaps(upper: float, lower: _Line) -> bool:
    """Whether a line reaching down to ``upper`` covers enough of ``lower`` to stand beside it."""
    height = lower.bottom - lower.top
    return height > 0 and upper - lower.top > _OVERLAP * height


def _columns(band: list[_Line]) -> list[list[_Line]]:
    """Lines standing side by side, as columns from the left, each read from the top.

    A column is a run of lines that overlap across. The band is one column, in its order, when two
    lines of one column stand beside each other (one block of text then, not columns).
    """
    columns: list[list[_Line]] = []
    right = float("-inf")
    for line in sorted(band, key=lambda line: line.x0):
        if columns and line.x0 < right:
            columns[-1].append(line)
            right = max(right, line.x1)
        else:
            columns.append([line])
            right = line.x1
    for column in columns:
        column.sort(key=lambda line: line.top)
        for upper, lower in itertools.pairwise(column):
            if _overlaps(upper.bottom, lower):
                return [band]
    return columns


def _continues_stack(line: _Line, last: _Line) -> bool:
    """Whether a line goes on with a stack of lines: directly under it, in its column and size."""
    height = last.bottom - last.top
    return (
        not line.row
        and line.x0 < last.x1
        and last.x0 < line.x1
        and abs(line.size - last.size) <= 0.1 * last.size
        and 0 <= line.top - last.bottom <= height
    )


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """The lines of a page from the top, lines printed side by side read column by column.

    A line printed beside a stack of lines (文件 beside the joint issuers' names of a red head,
    centred on them) is read after the whole stack, however far the stack runs on below it.
    """
    ordered: list[_Line] = []
    beside: list[_Line] = []  # the columns right of a stack, until the stack ends
    stack: _Line | None = None  # the stack's last line
    for band in _bands(lines):
        if beside and stack is not None and len(band) == 1 and _continues_stack(band[0], stack):
            ordered.append(band[0])
            stack = band[0]
            continue
        ordered.extend(beside)
        beside, stack = [], None
        columns = _columns(band) if len(band) > 1 else [band]
        ordered.extend(columns[0])
        if len(columns) > 1:
            beside = [line for column in columns[1:] for line in column]
            stack = columns[0][-1]
    ordered.extend(beside)
    return ordered


def _bands(lines: list[_Line]) -> Iterator[list[_Line]]:
    """The lines from the top in bands: runs of lines that stand beside one another."""
    band: list[_Line] = []
    bottom = float("-inf")
    for line in sorted(lines, key=lambda line: line.top):
        if band and not line.row and _overlaps(bottom, line):
            band.append(line)
            bottom = max(bottom, line.bottom)
            continue
        if band:
            yield band
        band = [line]
        bottom = line.bottom
    if band:
        yield band


def _is_grid(rows: list[list[Any]]) -> bool:
    """Whether ruled cells hold a table: some row sets text in two cells side by side.

    Boxes drawn behind lines of text (a page set in shaded or framed lines) make cells whose text
    runs across the merged width of every row: read as text, not as a table.

    Examples:
        >>> _is_grid([["通知", None, None], ["各省：", None, None]])
        False
        >>> _is_grid([["序号", "任务", "牵头单位"], ["1", "完善制度", "市司法局"]])
        True
        >>> _is_grid([["注：说明"]])
        True
    """
    width = max((len(row) for row in rows), default=0)
    return width < 2 or any(sum(1 for cell in row if _cell(cell)) > 1 for row in rows)


def _edges(table: Table) -> tuple[int, ...]:
    """Where a ruled table's columns part, across the page, to the point."""
    return tuple(sorted({round(x) for cell in table.cells for x in (cell[0], cell[2])}))


def _page_lines(page: Page) -> tuple[list[_Line], _Top]:
    """The lines of one page in reading order, ruled tables as pipe rows in their place.

    Also the rows of the ruled cells not read as a table that stand at the page's top, which
    may go on with a table the page before ended in; their lines are marked.
    """
    grids = [(table, table.extract()) for table in page.find_tables()]
    tables = [(table, rows) for table, rows in grids if _is_grid(rows)]
    boxes = [table.bbox for table, _ in tables]
    others = [(table.bbox, rows, _edges(table)) for table, rows in grids if not _is_grid(rows)]
    top_cells = min(others, key=lambda other: other[0][1], default=None)
    found: list[_Line] = []
    spaces = _spaces_by_height(page.chars)
    for line in page.extract_text_lines(return_chars=True):
        middle = ((line["x0"] + line["x1"]) / 2, (line["top"] + line["bottom"]) / 2)
        if any(_inside(middle, box) for box in boxes):
            continue
        size = line["chars"][0]["size"] if line["chars"] else 0.0
        text = _printed(line["text"])
        found.append(
            _Line(
                text,
                line["top"],
                line["x0"],
                line["x1"],
                size,
                bottom=line["bottom"],
                cells=top_cells is not None and _inside(middle, top_cells[0]),
                spaced=text == line["text"] and _ends_in_space(line["chars"], spaces),
            )
        )
    for (table, extracted), box in zip(tables, boxes, strict=True):
        rows = _grid_rows(extracted)
        edges = _edges(table)
        found.extend(
            _Line(row, box[1] + index / 1000, row=True, bottom=box[1] + index / 1000, edges=edges)
            for index, row in enumerate(rows)
        )
    top = _Top(_grid_rows(top_cells[1]), top_cells[2]) if top_cells else _Top([], ())
    return _reading_order(found), top


def _spaces_by_height(chars: Sequence[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """The page's spaces by the point of height they stand at, for ``_ends_in_space``.

    Examples:
        >>> _spaces_by_height([{"text": " ", "top": 70.4}, {"text": "一", "top": 70.4}])
        {70: [{'text': ' ', 'top': 70.4}]}
    """
    spaces: dict[int, list[dict[str, Any]]] = {}
    for char in chars:
        if char["text"] == " " and math.isfinite(char["top"]):  # no other is near any line
            spaces.setdefault(math.floor(char["top"]), []).append(char)
    return spaces


def _ends_in_space(chars: list[dict[str, Any]], spaces: Mapping[int, list[dict[str, Any]]]) -> bool:
    """Whether the page prints a space right after a line's last character.

    A word processor breaking a line where two words part leaves the space at the line's end; the
    text of the line drops it, but the page's characters hold it (a heading set letter-spaced,
    评 分 标 准, broken after 标). Joined to the next line, the line keeps it. ``spaces`` holds
    the page's spaces by the point of height they stand at: a line looks at those at its own
    height alone, not at every space of the page.
    """
    if not chars or not spaces:
        return False
    last = chars[-1]
    near = _SAME_SIZE * last["size"]
    if not (math.isfinite(last["top"]) and math.isfinite(near)):
        return False  # near no space
    return any(
        abs(space["top"] - last["top"]) <= near
        and last["x1"] - near <= space["x0"] <= last["x1"] + last["size"]
        for height in range(math.floor(last["top"] - near), math.floor(last["top"] + near) + 1)
        for space in spaces.get(height, ())
    )


@attrs.frozen
class _Top:
    """The rows of the ruled cells at a page's top not read as a table, and where they part."""

    rows: list[str]
    edges: tuple[int, ...]


def _inside(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return x0 <= point[0] <= x1 and top <= point[1] <= bottom


def _margins(pages: list[list[_Line]]) -> tuple[float, float, float]:
    """The text block's left and right margins and the body text size, over the whole document."""
    lines = [line for page in pages for line in page if not line.row and line.text.strip()]
    if not lines:
        return 0.0, 0.0, 12.0
    # the margin is where the lines furthest left start, when enough of them do: the body's
    # lines a paragraph wraps onto, not its first lines, set in, which outnumber them in a list
    starts = collections.Counter(round(line.x0) for line in lines)
    enough = max(2, len(lines) // 20)
    left = min((x for x, count in starts.items() if count >= enough), default=None)
    if left is None:
        left = statistics.mode(round(line.x0) for line in lines)
    # the right margin is where the lines furthest right end, when enough of them do: a
    # document of short lines (an outline, a list of names) still wraps some paragraphs
    ends = sorted(line.x1 for line in lines)
    right = ends[-min(enough, len(ends))]
    # the body's type is the one most of the text is set in: a short notice's few body lines may
    # be outnumbered by a red head's names and its heading, set larger, but not outweighed
    weights: collections.Counter[float] = collections.Counter()
    for line in lines:
        weights[round(line.size * 2) / 2] += len(line.text.strip())
    size = weights.most_common(1)[0][0]
    return left, right, size or 12.0


def _is_figures(text: str) -> bool:
    """A row of a table without rules: three or more fields, most of them numbers."""
    fields = text.split()
    numbers = sum(1 for field in fields if NUMBER.fullmatch(field) is not None)
    return numbers >= 3 and numbers * 5 >= len(fields) * 3


def _reaches_margin(line: _Line, margins: tuple[float, float, float]) -> bool:
    """Whether a line runs on from the left margin (or an indent) to the right one: it wraps."""
    left, right, size = margins
    if line.row or _is_figures(line.text) or line.size > size * _HEADING_SIZE:
        return False  # a table row, or a heading set larger than the body text
    return line.x0 <= left + _INDENT_CHARS * size and line.x1 >= right - _WIDE_CHARS * size


def _continues_heading(line: _Line, above: _Line, margins: tuple[float, float, float]) -> bool:
    """Whether a line goes on with the heading above, whose line runs across the text block.

    The line is set in the same type, larger than the body's, right under it on the same page,
    and opens no numbered item. A page breaks a long heading (``关于印发《…》的通知``) where its
    line is full, often inside a word; its lines are one heading. A heading broken where its
    words part (GB/T 9704 breaks a heading so) leaves its lines short, each centred. A red
    head's names, set larger still than a heading (above ``_TITLE_SIZE`` times the body's type),
    stand a name a line.
    """
    left, right, size = margins
    return (
        not (line.row or above.row)
        and size * _HEADING_SIZE < min(line.size, above.size)
        and max(line.size, above.size) <= size * _TITLE_SIZE
        and above.x0 <= left + above.size
        and above.x1 >= right - above.size
        and abs(line.size - above.size) <= _SAME_SIZE * size
        and above.top < line.top <= above.bottom + line.size
        and not above.text.rstrip().endswith(ENDS_SENTENCE)
        and OPENS_ITEM.match(line.text) is None
    )


def _opens_paragraph(
    line: _Line, above: _Line, above_continues: bool, margins: tuple[float, float, float]
) -> bool:
    """Whether a line set in from the margin opens a paragraph rather than continuing the one above.

    A paragraph's first line is set in (GB/T 9704: two characters); the lines it wraps onto start
    at the margin. A line that lines up under the text of the paragraph above (a hanging indent:
    under the words after the item's number, or under the line above that continued it) still
    continues it; a line further right than the item's number is wide (a date or a signature set
    to the right under an attachment's item) opens one. A line that ends where a line from the
    margin above it ends, short of the right margin, goes on with it: a paragraph set to the
    right, a signature too long for one line (GB/T 9704 sets it two characters in from the right
    margin), unless it is the date under the signature. A heading set in larger type than the line
    above opens a paragraph too.
    """
    left, right, size = margins
    if line.size > max(above.size + _SAME_SIZE * size, size * _HEADING_SIZE):
        return True  # a heading in larger type than the line above: it continues nothing
    if line.row or above.row or line.x0 - left < _FIRST_LINE_INDENT * size:
        return False
    if (
        abs(above.x0 - left) <= _ALIGNED * size
        and above.x1 <= right - size
        and not above.text.rstrip().endswith(ENDS_SENTENCE)
        and line.x0 - left > _INDENT_CHARS * size
        and abs(line.x1 - above.x1) <= _ALIGNED * size
        and _DATE.fullmatch(line.text.strip()) is None
    ):
        return False  # a paragraph set to the right (a long signature): its lines end together
    number = OPENS_ITEM.match(above.text)
    if (
        number is not None
        and above.x0 < line.x0 - _ALIGNED * size
        and line.x0 <= above.x0 + (len(number[0].strip()) + _ALIGNED) * above.size
    ):
        return False  # under the text after the item's number
    return not (above_continues and abs(line.x0 - above.x0) <= _ALIGNED * size)


def _sets_paragraphs_in(pages: list[list[_Line]], margins: tuple[float, float, float]) -> bool:
    """Whether the document opens its paragraphs set in from the margin, as GB/T 9704 sets them.

    Nearly every line after one that ends a sentence short of the margin starts further in.
    """
    left, _, size = margins
    lines = [line for page in pages for line in page if not line.row and line.text.strip()]
    starts = [
        line.x0 - left >= _FIRST_LINE_INDENT * size
        for above, line in itertools.pairwise(lines)
        if above.text.rstrip().endswith("。")
        and not _reaches_margin(above, margins)
        and abs(line.size - size) <= _SAME_SIZE * size
    ]
    return len(starts) >= _SET_IN_PARAGRAPHS and sum(starts) >= _SET_IN_SHARE * len(starts)


def _runs_on_past_a_stop(line: _Line, above: _Line, margins: tuple[float, float, float]) -> bool:
    """Whether a line goes on with the paragraph above although the line above ends a sentence.

    In a document that sets its paragraphs in, a paragraph set in whose line ends at the margin
    with a full stop (or a semicolon, or a colon: 一、创建工作：|50分) goes on in the next line
    when that line starts at the margin: a new paragraph would be set in. An item's number (also
    2.1), a label before a colon (注：, 抄送：) or a table's row opens a line of its own all the
    same.
    """
    left, _, size = margins
    text = line.text.strip()
    return (
        not (line.row or above.row)
        and above.text.rstrip().endswith(("。", "；", ";", "：", ":"))
        and _reaches_margin(above, margins)
        and abs(line.x0 - left) <= _ALIGNED * size
        and abs(line.size - size) <= _SAME_SIZE * size
        and OPENS_ITEM.match(text) is None
        and _OPENS_OTHERWISE.match(text) is None
    )


_DATE = re.compile(
    r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)
# a line opening with a decimal item's number (2.1) or a label before a colon (注：, 抄送：)
_OPENS_OTHERWISE = re.compile(r"\d{1,2}(?:[.．]\d{1,2})+|[^，,。；;：:\s]{1,6}[：:]")


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


def _read_pages(document: PDF, source: str) -> tuple[list[list[_Line]], list[_Top], list[int], int]:
    """The lines of every page, and what else each holds.

    Also each page's rows of the ruled cells at its top not read as a table, how many pictures
    each page holds, and how many shapes all do.
    """
    pages = document.pages
    if len(pages) > MAX_PAGES:
        raise too_large(
            f"the PDF has {len(pages)} pages, more than {MAX_PAGES}", len(pages), source
        )
    read, tops = zip(*(_page_lines(page) for page in pages), strict=True) if pages else ((), ())
    pictures = [len(page.images) for page in pages]
    return list(read), list(tops), pictures, sum(len(page.rects) for page in pages)


@attrs.define
class _Pages:
    """The lines of a PDF's pages read into lines of text, each with whether it wraps on."""

    read: list[list[_Line]]
    tops: list[_Top]  # each page's rows of ruled cells at its top not read as a table
    margins: tuple[float, float, float] = attrs.field(init=False)
    set_in: bool = attrs.field(init=False)
    lines: list[tuple[str, bool]] = attrs.field(init=False, factory=list)
    above: _Line | None = attrs.field(init=False, default=None)
    above_continues: bool = attrs.field(init=False, default=False)
    opened: float = attrs.field(init=False, default=0.0)  # where the last paragraph opened
    edges: tuple[int, ...] = attrs.field(init=False, default=())  # the last table row's

    def __attrs_post_init__(self) -> None:
        self.margins = _margins(self.read)
        self.set_in = _sets_paragraphs_in(self.read, self.margins)

    def kept(self, furniture: set[str], numbers: set[tuple[int, int]]) -> list[tuple[str, bool]]:
        """The lines, the pages' furniture and numbers left out, a table a page broke whole."""
        places = _furniture_places(self.read, furniture)
        for number, page in enumerate(self.read):
            last = len(page) - 1
            table = table_above(self.lines)  # the rows the page before ended in, if any
            skip_cells = False
            for index, line in enumerate(page):
                top, foot = index < _FURNITURE_LINES, index > last - _FURNITURE_LINES
                # a table's rows are no furniture, but a ruled box alone may be a running header
                in_table = line.row and index < last and page[index + 1].row
                if (
                    (top or foot)
                    and not in_table
                    and (
                        (number, index) in numbers
                        # a page's number is one of `numbers` or none: a figure repeats by chance
                        or (
                            not _is_page_number(line.text)
                            and _in_margin(line, places, self.margins[2], top, foot)
                        )
                    )
                ):
                    continue
                if line.cells and (skip_cells or (table and self._goes_on(table, number))):
                    skip_cells = True  # the cells' text is read as their rows
                    table = []
                    continue
                if table and line.row and same_edges(line.edges, self.edges):
                    if line.text == table[0]:
                        continue  # the table's heading row, repeated on the new page
                    if continues_row(table, line.text):
                        self.lines[-1] = (joined_row(self.lines[-1][0], line.text), False)
                        table = []
                        continue
                table = []
                self._add(line)
        return self.lines

    def _goes_on(self, table: list[str], number: int) -> bool:
        """Whether the ruled cells at the top of page ``number`` go on with ``table``.

        ``table`` holds the rows the page before ended in; the cells go on with it when their
        columns part where its columns do. If so their rows are added, the first joined to the
        last row above when the page broke it.
        """
        top = self.tops[number]
        rows = [row for row in top.rows if row != table[0]]  # no repeated heading row
        if not rows or not same_edges(top.edges, self.edges):
            return False
        if continues_row(table, rows[0]):
            self.lines[-1] = (joined_row(self.lines[-1][0], rows.pop(0)), False)
        self.lines.extend((row, False) for row in rows)
        return True

    def _add(self, line: _Line) -> None:
        """Add a line of text: a paragraph's line joins the one above, any other stands apart."""
        kept, above, margins = self.lines, self.above, self.margins
        continues = bool(kept) and kept[-1][1]
        if (
            continues
            and above is not None
            and _opens_paragraph(line, above, self.above_continues, margins)
        ):
            kept[-1] = (kept[-1][0], False)
            continues = False
        if not continues and above is not None and _continues_heading(line, above, margins):
            kept[-1] = (kept[-1][0], True)  # a heading broken over lines
        if (
            above is not None
            and self.set_in
            and self.opened - margins[0] >= _FIRST_LINE_INDENT * margins[2]
            and _runs_on_past_a_stop(line, above, margins)
        ):
            text = kept[-1][0] + line.text.strip() + " " * line.spaced
            kept[-1] = (text, _reaches_margin(line, margins))
            self.above, self.above_continues = line, True
            return
        if not continues:
            self.opened = line.x0  # where the paragraph opens
        if line.row:
            self.edges = line.edges
        kept.append((line.text + " " * line.spaced, _reaches_margin(line, margins)))
        self.above, self.above_continues = line, continues


@attrs.frozen
class PdfText:
    """A PDF's text, its pages of pictures and no text, and the warnings logged reading it.

    The pages are those scanned into the file; the warnings are those pdfminer and pdfplumber
    logged (see [`rulegov.io._pdf_log`][rulegov.io._pdf_log]).
    """

    text: str
    picture_pages: tuple[int, ...] = ()
    logged: tuple[str, ...] = ()  # the warnings pdfminer and pdfplumber logged while reading


def picture_pages_note(pages: tuple[int, ...]) -> str:
    """The warning for the pages of a PDF that are pictures: what they show was not read.

    Examples:
        >>> picture_pages_note((3, 4, 5, 9))[:60]
        'pages 3-5, 9 of the PDF hold pictures and no text (scanned p'
        >>> picture_pages_note((2,))[:32]
        'page 2 of the PDF holds pictures'
    """
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    named = ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs)
    noun = "page" if len(pages) == 1 else "pages"
    verb = "holds" if len(pages) == 1 else "hold"
    return (
        f"{noun} {named} of the PDF {verb} pictures and no text (scanned pages): what they "
        "show was not read; run OCR on them (for example with ocrmypdf)"
    )


def pdf_text(data: bytes, source: str) -> PdfText:
    """The text of a PDF with a text layer (see the module docstring).

    Raises:
        ParseError: for a scan without text, an encrypted or damaged PDF, or one of more than
            [`MAX_PAGES`][rulegov.io._pdf.MAX_PAGES] pages.
        MissingExtraError: without ``pip install 'rulegov[pdf]'`` (pdfplumber).
    """
    with kept_warnings() as logged:  # pdfminer's log lines, kept for a diagnostic
        document = _open(data, source)
        try:
            read, tops, pictures, shapes = _read_pages(document, source)
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
        what = "pictures of pages" if sum(pictures) + shapes else "no text"
        raise ParseError(
            f"the PDF has no text layer ({len(read)} pages of {what}): it is a scan; run OCR on "
            "it (for example with ocrmypdf) or give the document as .docx or .txt",
            source=source,
            code="no-text-layer",
        )
    kept = _Pages(read, tops).kept(_furniture(read), _page_numbers(texts))
    # a page scanned in holds pictures, and at most the page number the file was stamped with
    unread = tuple(
        number
        for number, (page, images) in enumerate(zip(texts, pictures, strict=True), start=1)
        if images and all(not text.strip() or _is_page_number(text) for text in page)
    )
    return PdfText("\n".join(join_lines(kept)), unread, tuple(logged))
