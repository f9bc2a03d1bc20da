"""Tables copied one cell a line, each cell closed by a pipe: the three layouts such copies take.

A web page's table copied as text may print each cell on lines of its own and close it with a
pipe, on the cell's last line (``考核内容 |``) or on a line of its own (``考核内容`` · ``|``); a cell
a merged cell spans is left out, or printed as a pipe alone (an empty cell). Nothing marks where
a row ends, so each layout is told by what its copy keeps:

- a line of pipes only (``||``, ``|||``) closes the header, and rows are told apart by a code
  column (``A1``, ``H2``) or closed by such lines too: `closed_cell_rows`;
- no line of pipes, the points column last (or followed by one column that explains the points,
  ``权重 |`` ``评估要点 |``): each row runs up to its points (a bare figure), or to the cell after
  them, the cells a row leaves out being its merged ones (`closed_cell_rows`, by
  ``_rows_closed_by_points``);
- each cell's pipe on a line of its own, the points column before the column that names each row
  (``考核项目 | 分值 | 考核内容 | 评分标准``): each row opens on its points, the cells before them the
  groups it stands under. `pipe_closed_rows` sets such a table as pipe rows, one row a line, which
  the reader of pipe tables reads, and the scheme keeps that reading where it reads more.

The first two give rows to `_scheme_rows.table_rows` as they are found in a text's lines; the
third is one of the readings `_scheme` tries again on the whole text.
"""

from __future__ import annotations

import itertools
import re

from rulegov.parse._scheme_columns import (
    POINTS_LAST_WIDTH,
    SERIAL_LINE,
    header_columns,
    known_heading,
)
from rulegov.parse._scheme_lines import POINTS_CELL, Row, find_marker, points_in
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


# a cell with text, closed by a pipe (the lookahead first, so that a long line is read once)
_CLOSED_CELL = re.compile(r"(?=[^|]*[^|\s])[^|]*\|[ \t]*")
_PIPES_ONLY = re.compile(r"\|{2,}[ \t]*")
_CODE = re.compile(r"[A-Z]{1,2}\d{1,2}(?:\.\d{1,2}){0,2}")
_CODE_HEADING = re.compile(r"编码|代码|代号")
_HEADER_LINES = 40
"""The most lines a header of cells closed by ``|`` takes before its line of pipes."""


def closed_cell_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Cells one a line, each closed by ``|``, whose rows a code column or lines of pipes tell apart.

    ``内容 |`` ``分值 |`` ``评分标准 |`` ``编码 |`` ``||`` over ``组织服务工作 |`` ``8 |`` ``按…得分 |``
    ``H2 |`` ``|`` ``|``: a copy that keeps a pipe after each cell and no row breaks that can be
    trusted (an empty cell is a lone ``|``, several are ``||``). The header is the cells before
    the first line of pipes only; a row of short headings after it (自评 · 综评, under 得分) is
    its second line. Each row holds one code (``A1``, ``H2``, ``B2.1``), which opens the rows if
    the first row starts with it and closes them otherwise; the codes and their heading are left
    out, as they number the rows and score nothing. A table without codes whose header and
    rows each end with a line of pipes only (``|||``), as its header does, is cut there.
    """
    if not all(_CLOSED_CELL.fullmatch(line) for _, line in lines[index : index + 3]):
        return None
    closing = _header_end(lines, index)
    if closing is None:
        return _rows_closed_by_points(lines, index)
    header, at = _closed_cells(lines, index, closing + 1)
    if header_columns([text for _, text in header]) is None or _holds_items(header):
        return None
    end = at
    while end < len(lines) and lines[end][1].rstrip().endswith("|"):
        end += 1
    second, after = _closed_cells(lines, at, end)
    if second and all(len(text) <= 4 and not re.search(r"\d", text) for _, text in second):
        at = after  # a second header line (自评 · 综评)
    body: Row = []
    for offset, line in lines[at:end]:
        text = line.rstrip().rstrip("|").strip()
        if text:
            body.append((offset + line.index(text), text))
    codes = [where for where, (_, text) in enumerate(body) if _CODE.fullmatch(text)]
    if len(codes) < 2:
        return _rows_at_pipes(lines, (index, at, end), header)
    named = [cell for cell in header if not _CODE_HEADING.search(cell[1])]
    rows: list[tuple[Row | None, list[int]]] = [(named, [offset for offset, _ in header])]
    rows += [(row, [offset for offset, _ in row]) for row in _cut_at_codes(body, codes)]
    return rows, end


def _rows_closed_by_points(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Cells one a line each closed by ``|``, with no line of pipes: each row ends on its points.

    ``序号 |`` ``项目 |`` ``内容 |`` ``评分规则 |`` ``分值 |`` over ``1 |`` ``强化目标管理 (5分) |``
    ``节约能源资源目标管理 |`` ``【必须完成项】… |`` ``5 |`` ``管理制度 |`` ``1.制定… |`` ``10 |``: the
    header is the known headings the cells open with, its points column last; a row is the
    cells up to its points (a bare figure), its 序号 first where the row prints one, and a row
    that prints fewer cells than the header has its merged cells (the serial, the project
    spanning rows) left out before them. A header whose points column is followed by one that
    explains them (``一级指标 |`` ``二级指标 |`` ``三级指标 |`` ``权重 |`` ``评估要点 |``) closes each
    row one cell after its points instead.
    """
    # the header first, from a header's few cells: each line of a long run of cells is tried in
    # turn as the table's first, so the run is read to its end only under a header
    head, head_taken = _pipe_closed_cells(lines, index, _HEADER_CELLS)
    width = 0
    while width < len(head) and known_heading(head[width][1]) and len(head[width][1]) <= 8:
        width += 1
    columns = header_columns([text for _, text in head[:width]])
    if columns is None or width < POINTS_LAST_WIDTH:
        return None
    # the points column last, or before a last column that explains the points (评估要点,
    # 评分标准): a row then runs to the cell after its points
    after = width - 1 - columns["points"][0] if len(columns["points"]) == 1 else -1
    explained = columns["standards"] + columns["criteria"]
    if after not in (0, 1) or (after == 1 and explained != [width - 1]):
        return None
    serial = columns["serials"][:1] == [0]
    # the cells are read a table's few rows at a time, as far as its rows go: read to the end
    # of the run, a run of such tables (each header over rows) was read to its end from each
    most, cells, taken = _HEADER_CELLS, head, head_taken
    while True:
        whole = len(cells) < most  # the run read to its end
        rows, settled = _points_closed_rows(
            cells, taken, (width, after), serial=serial, whole=whole
        )
        if settled or whole:
            break
        most *= 2
        cells, taken = _pipe_closed_cells(lines, index, most)
    if len(rows) < _LEAST_CLOSED_ROWS:
        return None
    last = rows[-1][1][-1]
    return rows, next(at for at in range(index, len(lines)) if lines[at][0] == last) + 1


def _points_closed_rows(
    cells: Row, taken: list[list[int]], shape: tuple[int, int], *, serial: bool, whole: bool
) -> tuple[list[tuple[Row | None, list[int]]], bool]:
    """The header and the rows each closed by its points, and whether the rows are settled.

    ``shape`` is the header's ``width`` and the cells a row runs ``after`` its points (one where
    a column that explains the points follows them: ``权重 | 评估要点 |``). The rows stop at a
    row of more cells than the header's ``width``, or where the cells run out. Where the cells
    are the run's first few only (``whole`` false), the rows are settled only where a row too
    wide ends them; a row that reaches the last cell read waits for more (that cell may take
    the empty cells after it).
    """
    width, after = shape
    rows: list[tuple[Row | None, list[int]]] = [(cells[:width], _joined_offsets(taken[:width]))]
    start = width
    while start < len(cells):
        stop = start + 1 if serial and SERIAL_LINE.fullmatch(cells[start][1]) else start
        # a row of more cells than the header's ends the rows: no cell past it is looked at
        while stop < min(len(cells), start + width) and not POINTS_CELL.fullmatch(cells[stop][1]):
            stop += 1
        if after and stop < len(cells) and not POINTS_CELL.fullmatch(cells[stop][1]):
            return rows, True  # no points within the row's width
        stop += after
        count = stop - start + 1
        if count > width:
            return rows, True
        if stop >= len(cells) - (0 if whole else 1):
            return rows, whole
        row = [(cells[start][0], "")] * (width - count) + cells[start : stop + 1]
        rows.append((row, _joined_offsets(taken[start : stop + 1])))
        start = stop + 1
    return rows, whole


def _joined_offsets(taken: list[list[int]]) -> list[int]:
    return [offset for offsets in taken for offset in offsets]


def _pipe_closed_cells(
    lines: list[tuple[int, str]], index: int, most: int | None = None
) -> tuple[Row, list[list[int]]]:
    """The cells closed by ``|`` from ``index`` on, each with the offsets of the lines it takes.

    A cell runs over the lines up to the one its pipe closes (its criteria one a line), or its
    pipe stands alone on the next line (``完善制度体系 (25分)`` ``|``). With ``most``, no more
    cells than that are read.
    """
    cells: Row = []
    taken: list[list[int]] = []
    end = index
    while end < len(lines) and (most is None or len(cells) < most):
        close = next(
            (
                at
                for at in range(end, min(len(lines), end + _CELL_LINES))
                if lines[at][1].rstrip().endswith("|")
            ),
            None,
        )
        if close is None:
            break
        pieces = [line.rstrip().rstrip("|").strip() for _, line in lines[end : close + 1]]
        if any("|" in piece for piece in pieces):
            break
        offsets = [offset for offset, _ in lines[end : close + 1]]
        first = next((at for at, piece in enumerate(pieces) if piece), None)
        if first is not None:
            offset, line = lines[end + first]
            text = " ".join(piece for piece in pieces if piece)
            cells.append((offset + line.index(pieces[first]), text))
            taken.append(offsets)
        elif taken:
            taken[-1].extend(offsets)
        end = close + 1
    return cells, taken


_LEAST_CLOSED_ROWS = 3
"""A header and two rows at the least, for cells closed by ``|`` to be read as a table."""
_CELL_LINES = 12
"""The most lines a cell closed by ``|`` runs over."""
_HEADER_CELLS = 12
"""The most cells a header of cells closed by ``|``, its points column last, holds."""


def _header_end(lines: list[tuple[int, str]], index: int) -> int | None:
    """The line of pipes only that closes a header of cells closed by ``|`` from ``index``.

    None when none follows within a header's few lines: a table's header is no longer, and
    each line of a long run of cells is tried in turn as its first, so a run read to its end
    from each line would be read in time that grows as its square.
    """
    for at in range(index, min(len(lines), index + _HEADER_LINES)):
        line = lines[at][1]
        if not line.rstrip().endswith("|"):
            return None
        if _PIPES_ONLY.fullmatch(line):
            return at
    return None


def _holds_items(header: Row) -> bool:
    """Whether the cells before the first line of pipes hold rows too, not the header only.

    A copy may print a line of pipes only where a row ends in merged cells, not after the header
    (``建设指标 |`` ``考评标准 |`` ``一、组织保障 ( 16 分) |`` ``1. 成立领导机构( 2 分)。 |`` … ``|||``):
    a cell that opens with an item's number and states its points is a row, and the lines of
    pipes tell no rows apart.
    """
    return any(find_marker(text) is not None and points_in(text) is not None for _, text in header)


def _rows_at_pipes(
    lines: list[tuple[int, str]], span: tuple[int, int, int], header: Row
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """The rows of cells closed by ``|`` that lines of pipes only end, as they end the header.

    ``考评内容 |`` ``考评指标 |`` ``分值 |`` ``|||`` over ``创建(8分) |`` ``出台方案。 |`` ``1.5 |``
    ``|||``: each row's cells up to the next line of pipes only. ``span`` is where the header
    starts, where its closing line of pipes ends and where the cells closed by pipes end.
    """
    start, at, end = span
    if at >= end or not _PIPES_ONLY.fullmatch(lines[at - 1][1]):
        return None  # the header is not closed by a line of pipes
    rows: list[tuple[Row | None, list[int]]] = [(header, [offset for offset, _ in lines[start:at]])]
    row: Row = []
    offsets: list[int] = []
    for offset, line in lines[at:end]:
        offsets.append(offset)
        if _PIPES_ONLY.fullmatch(line):
            if len(row) < 2:
                return None  # a line of pipes inside a row: they are empty cells, not its end
            rows.append((row, offsets))
            row, offsets = [], []
            continue
        text = line.rstrip().rstrip("|").strip()
        row.append((offset + line.index(text) if text else offset, text))
    if row:
        rows.append((row, offsets))
    return (rows, end) if len(rows) >= 3 else None


def _cut_at_codes(body: Row, codes: list[int]) -> list[Row]:
    """The rows of cells one a line, cut at their codes (left out): before each, or after."""
    cuts = codes if codes[0] == 0 else [0, *(code + 1 for code in codes)]
    rows: list[Row] = []
    for left, right in itertools.pairwise([*cuts, len(body)]):
        row = [cell for cell in body[left:right] if not _CODE.fullmatch(cell[1])]
        if row:
            rows.append(row)
    return rows


def _closed_cells(lines: list[tuple[int, str]], start: int, end: int) -> tuple[Row, int]:
    """The cells from ``start`` to the next line of pipes only, and the line after it."""
    cells: Row = []
    for at in range(start, end):
        offset, line = lines[at]
        if _PIPES_ONLY.fullmatch(line):
            return cells, at + 1
        text = line.rstrip().rstrip("|").strip()
        if text:
            cells.append((offset + line.index(text), text))
    return cells, end
