"""Tables copied one cell a line, each cell closed by a line of a pipe alone, set as pipe rows.

A web page's table copied as text may print each cell on lines of its own and close it with a
line that holds a pipe alone (``考核项目`` · ``|`` · ``分值`` · ``|`` · …); a cell a merged cell spans
is left out, or printed as a pipe alone (an empty cell). Where the points column comes before the
column that names a row (``考核项目 | 分值 | 考核内容 | 评分标准``: the group first, then the row's
points, then what it asks), the row opens on its points: read line by line, the rows' names and
points fall apart. `pipe_closed_rows` sets such a table as pipe rows, one row a line, which the
reader of pipe tables reads.
"""

from __future__ import annotations

import re

from rulegov.parse._scheme_rows import header_columns
from rulegov.parse._scheme_words import (
    HEADER_NAME,
    HEADER_POINTS,
    HEADER_SKIP,
    HEADER_STANDARD,
    PINYIN_GLOSS,
    SIMPLE,
)

_PIPE_LINE = re.compile(r"[ \u3000]*\|[ \u3000]*")
_POINTS_LINE = re.compile(r"[ \u3000]*\d{1,3}(?:\.\d{1,2})?[ \u3000]*分?[ \u3000]*")
_HEADING_CELL = 8
"""The longest heading of such a header (考核内容, 评分标准), spaces and glosses left out."""
_LEAST_WIDTH = 3
_LEAST_ROWS = 2

_Cell = tuple[list[tuple[int, str]], int]
"""A cell: its lines (offset and text, blank ones left out) and the offset of the pipe closing it."""


def pipe_closed_rows(text: str) -> tuple[str, list[int]] | None:
    r"""The text with a table of cells closed by pipe lines, its points before its names, as pipe rows.

    The rule of the genre: a table whose header puts the points column before the column that
    names each row (考核项目 · 分值 · 考核内容 · 评分标准) prints each row from its points on: a
    row's cells before its points are the groups it stands under (printed at a group's first
    row only), the points cell opens what is the row's own, and as many cells as the header has
    columns after the points close it. Each row so found is set as a pipe row (``|一、 监管体系
    20分|5|…|…|``), a group's cell left empty where the copy leaves it out.

    Returns the text so set and where each of its characters (and its end) stands in ``text``;
    ``None`` where no such header opens at least two rows.

    Examples:
        >>> text = "考核项目\n|\n分值\n|\n考核内容\n|\n评分标准\n|\n一、领导(9分)\n|\n4\n|\n"
        >>> text += "成立小组。\n|\n未成立扣4分。\n|\n5\n|\n制定计划。\n|\n无计划扣5分。\n|\n"
        >>> print(pipe_closed_rows(text)[0])
        |考核项目|分值|考核内容|评分标准|
        |一、领导(9分)|4|成立小组。|未成立扣4分。|
        ||5|制定计划。|无计划扣5分。|
        <BLANKLINE>
    """
    cells = _cells(text)
    found = _header(cells)
    if found is None:
        return None
    start, width, points = found
    rows: list[list[_Cell | None]] = []
    pending: list[_Cell] = []
    index = start + width
    end = index
    while index < len(cells):
        lines, _ = cells[index]
        if len(lines) == 1 and _POINTS_LINE.fullmatch(lines[0][1]):
            before = [cell for cell in pending if cell[0]]
            after = cells[index + 1 : index + width - points]
            if len(before) > points or len(after) < width - points - 1:
                break
            rows.append([*[None] * (points - len(before)), *before, cells[index], *after])
            pending = []
            index += width - points
            end = index
        else:
            pending.append(cells[index])
            index += 1
    if len(rows) < _LEAST_ROWS:
        return None
    header: list[_Cell | None] = [(cells[start][0][-1:], cells[start][1])]
    header += cells[start + 1 : start + width]
    return _set(text, [header, *rows], cells[end - 1][1] + 1)


def _cells(text: str) -> list[_Cell]:
    """The cells of the text that pipe lines close, in order (an empty cell between two pipes)."""
    cells: list[_Cell] = []
    current: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if _PIPE_LINE.fullmatch(line):
            cells.append((current, offset + line.index("|")))
            current = []
        elif line.strip():
            current.append((offset, line))
        offset += len(line) + 1
    return cells


def _heading(line: str) -> bool:
    """Whether a cell's line is a column heading (考核项目 · 分值 · 考 核 內 容 · 評分標準)."""
    cell = PINYIN_GLOSS.sub("", re.sub(r"\s+", "", line)).translate(SIMPLE)
    return 0 < len(cell) <= _HEADING_CELL and bool(
        HEADER_POINTS.match(cell)
        or HEADER_STANDARD.search(cell)
        or HEADER_SKIP.search(cell)
        or HEADER_NAME.search(cell)
    )


def _header(cells: list[_Cell]) -> tuple[int, int, int] | None:
    """The header: its first cell, its width and its points column, a name column after the points.

    The first cell may hold the lines before the table (a title) above its heading; the others
    are a heading each.
    """
    for start, (lines, _) in enumerate(cells):
        if not lines or not _heading(lines[-1][1]):
            continue
        width = 1
        while (
            start + width < len(cells)
            and len(cells[start + width][0]) == 1
            and _heading(cells[start + width][0][0][1])
        ):
            width += 1
        if width < _LEAST_WIDTH:
            continue
        header = [
            line.translate(SIMPLE)
            for line in [lines[-1][1], *(cells[start + k][0][0][1] for k in range(1, width))]
        ]
        columns = header_columns(header)
        if columns is None or not columns["points"] or not columns["names"]:
            return None
        points = columns["points"][0]
        if max(columns["names"]) < points:
            return None  # the names come first: the readers of cells one a line read it
        return start, width, points
    return None


def _set(text: str, rows: list[list[_Cell | None]], tail: int) -> tuple[str, list[int]]:
    """The text with the rows (the header first) as pipe rows, and where each character stands.

    The text before the header's heading is kept, and the text from ``tail`` on (after the pipe
    that closes the last row).
    """
    pieces: list[str] = []
    where: list[int] = []
    first = rows[0][0]
    head = first[0][0][0] if first is not None else 0
    pieces.append(text[:head])
    where.extend(range(head))
    for row in rows:
        opened = next((cell[0][0][0] for cell in row if cell is not None and cell[0]), head)
        pieces.append("|")
        where.append(opened)
        for cell in row:
            if cell is not None:
                for number, (offset, line) in enumerate(cell[0]):
                    if number:
                        pieces.append(" ")
                        where.append(offset)
                    pieces.append(line)
                    where.extend(range(offset, offset + len(line)))
            pieces.append("|")
            where.append(cell[1] if cell is not None else opened)
        pieces.append("\n")
        where.append(where[-1])
    pieces.append(text[tail:])
    where.extend(range(tail, len(text) + 1))
    return "".join(pieces), where
