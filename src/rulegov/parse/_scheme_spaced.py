"""A table run into one line with a space between its cells, set out as rows of cells.

A sharing site's preview of a Word table may print it as one run with a single space where
each cell ended: its header (``序号 检查内容 分数 评 分 标 准 得 分``), then rows that each open
with their serial, their name and their points (``一 组织管理 10 1 领导管理 2 列入…的得2分,否则
得0分。 2 成立机构 3 …``). Set out again (each row on a line, its serial, name and points parted
by tabs, the header's cells too), it reads as the table it was.
"""

from __future__ import annotations

import itertools
import re

from rulegov.parse._numbering import chinese_to_int

__all__ = ["spaced_table_rows"]

_ROW = re.compile(
    r" (?P<serial>\d{1,2}|[一二三四五六七八九十]{1,2})"
    r" (?P<name>[\u4e00-\u9fff、“”]{2,20})"
    r" (?P<points>\d{1,3}(?:\.\d{1,2})?)(?= |$)",
    re.MULTILINE,
)
"""A row opening after a space: its serial, its name and its points, each after a space."""
_HEADER = re.compile(r" 序号(?= [\u4e00-\u9fff])")
"""The serial column's head, opening the header after a space."""
_POINTS_HEAD = re.compile(r"分值|分数|标准分|满分")
"""A header that names a points column."""
_LEAST_ROWS = 3


def spaced_table_rows(text: str) -> str | None:
    """``text`` with each table run into one line with spaced cells set out as rows.

    Only where a line holds a header that names a points column (``分数``, ``分值``) after
    ``序号``, and after it three rows or more whose serials count up by one (``1 2 3 …``, rows of
    parts ``一 二`` between them counting up on their own). The header opens a line, its cells
    parted by tabs (single characters spaced apart, ``评 分 标 准``, stay one cell); each row
    opens a line, its serial, name and points parted by tabs. One character for one, so every
    offset stays; ``None`` when no line holds such a table.
    """
    chars: list[str] | None = None
    for line in re.finditer(r"[^\n]+", text):
        header = _HEADER.search(text, line.start(), line.end())
        if header is None:
            continue
        rows = _counted_rows(list(_ROW.finditer(text, header.end(), line.end())))
        if len(rows) < _LEAST_ROWS:
            continue
        cells = text[header.start() + 1 : rows[0].start()]
        if _POINTS_HEAD.search(cells.replace(" ", "")) is None:
            continue
        chars = chars if chars is not None else list(text)
        chars[header.start()] = "\n"
        _header_parted(chars, header.start() + 1, rows[0].start())
        for row in rows:
            chars[row.start()] = "\n"
            for group in ("serial", "name", "points"):
                end = row.end(group)
                if end < line.end() and chars[end] == " ":
                    chars[end] = "\t"
    return None if chars is None else "".join(chars)


def _counted_rows(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The rows whose serials count up by one from the first: digits, and parts' numerals apart.

    A row whose serial breaks the count is not a row (a figure in a row's standard); the
    digits' count may go on across parts (``1 … 4 二 5``) or start again at 1 under a part.
    """
    rows: list[re.Match[str]] = []
    digit = part = 0
    for row in found:
        serial = row.group("serial")
        if serial.isdigit():
            number = int(serial)
            if number == digit + 1 or (number == 1 and rows and part):
                rows.append(row)
                digit = number
        else:
            number = chinese_to_int(serial) or 0
            if number == part + 1:
                rows.append(row)
                part = number
    return rows if sum(row.group("serial").isdigit() for row in rows) >= _LEAST_ROWS else []


def _header_parted(chars: list[str], start: int, end: int) -> None:
    """The header's spaces between ``start`` and ``end`` made tabs, but between single characters.

    ``序号 检查内容 分数 评 分 标 准`` gives the cells ``序号``, ``检查内容``, ``分数`` and
    ``评 分 标 准``: a word spaced letter by letter is one cell.
    """
    words = "".join(chars[start:end]).split(" ")
    at = start
    for word, after in itertools.pairwise(words):
        at += len(word)
        if at < end and not (len(word) == 1 and len(after) == 1):
            chars[at] = "\t"
        at += 1
