"""The rows of an appraisal table, as lists of cells with their offsets.

A table reaches the reader in many shapes: pipe rows (``| 组织领导 | 10 | … |``), tab- or
space-separated columns, rows cut over several lines, cells one a line each opened by a pipe (or
each closed by one: `_scheme_closed`), cells one a line under a header of one heading a line, or
rows of words parted by single spaces (those two of any length, merged and empty cells left out,
each row found by its points). ``table_rows`` finds the rows in every shape and gives each as a
list of (offset, cell); `_scheme_columns` tells which column of a header row is the item's name,
its points and its standard.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING

import attrs

from rulegov.parse._scheme_closed import closed_cell_rows
from rulegov.parse._scheme_columns import (
    POINTS_LAST_WIDTH,
    SERIAL_LINE,
    header_columns,
    known_heading,
)
from rulegov.parse._scheme_lines import POINTS_CELL, Row, find_marker, split_cells
from rulegov.parse._scheme_words import (
    BONUS_SECTION,
    CLAUSE_OPEN,
    NOT_POINTS_BEFORE,
    NOTE_LABEL,
    PENALTY_SECTION,
    PINYIN_GLOSS,
    POINTS_PAREN,
    RULE_PIECE,
    RULE_PIECE_OR_DEDUCTION,
    SPACED_HEADING_WORD,
    TAKE,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["glued_points", "table_rows"]


_GLUED_POINTS = re.compile(
    r"(?P<name>\S.*?[^\s\d（(])\s*(?:[（(]\s*(?P<paren>\d{1,3}(?:\.\d+)?)\s*分\s*[）)]"
    r"|(?P<bare>\d{1,3}(?:\.\d+)?)\s*分)\s*"
)


def glued_points(cell: str) -> tuple[str, str] | None:
    """The name and the points of a name cell that holds its points too, if it does.

    ``成立领导小组4分`` · ``组织领导（10分）``: a table's row one cell short prints its points
    glued to its name. A cell that ends on a word that counts or takes points (得 · 扣 · 计)
    before its points, or that takes any, is a standard's, not a name's.
    """
    found = _GLUED_POINTS.fullmatch(cell)
    if found is None or found.group("name")[-1] in NOT_POINTS_BEFORE or TAKE.search(cell):
        return None
    return found.group("name"), found.group("paren") or found.group("bare")


def _placed(offset: int, line: str, cells: list[str]) -> Row:
    """The cells of a one-line row with their offsets, found left to right in the line."""
    row: Row = []
    at = 0
    for cell in cells:
        found = line.find(cell, at) if cell else -1
        if found >= 0:
            at = found + len(cell)
        row.append((offset + max(found, at if not cell else 0), cell))
    return row


def table_rows(
    lines: list[tuple[int, str]], text: str = ""
) -> Iterator[tuple[Row | None, list[int]]]:
    """The rows of the tables in ``lines``, with the offsets of the lines each row takes.

    ``text`` is the text the offsets point into, where a table's layout (how far each line is
    indented) tells its columns; without it, the lines alone. The lines of a tab row that a
    cell broke (see ``_tab_rows_joined``) are read as one.
    """
    joined, parts = _tab_rows_joined(lines, text)
    for row, offsets in _rows_of(joined, text):
        yield row, [part for offset in offsets for part in parts.get(offset, [offset])]


_TAB_ROW_LINES = 6
"""The most lines a tab row broken inside its cells runs over."""


def _raw_tabs(text: str, offset: int) -> int:
    """How many tabs the line at ``offset`` holds as printed, its leading and trailing ones too."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)].count("\t")


def _tab_rows_joined(
    lines: list[tuple[int, str]], text: str
) -> tuple[list[tuple[int, str]], dict[int, list[int]]]:
    """The lines with each tab row that a cell broke over lines joined into one line.

    A web page's table copied from a browser parts its cells by tabs, and a cell whose clauses
    stand on lines of their own (``<br>``, ``<p>``) breaks its row: ``成立领导小组 ⇥ 4 ⇥ 未成立的
    扣4分，`` then ``调整不及时的扣1分``. Under a header of tab-parted cells, a line with fewer tabs
    than the header runs on over the next lines until they hold as many; a line without a tab
    between a whole row and the next row goes on with that row's last cell (where the next row
    holds all its tabs on one line, that line is the row). A line one tab short whose name
    cell holds its points (``成立领导小组4分 ⇥ 未成立的扣4分``) is a whole row. The joined line
    keeps the text between its pieces as spaces, so that offsets inside it stay true. Also
    returns, for each joined line, the offsets of the lines it took.
    """
    if not text or "\t" not in text:
        return lines, {}
    out: list[tuple[int, str]] = []
    parts: dict[int, list[int]] = {}
    width = 0  # the tabs of the header of the tab table being read, 0 outside one
    whole = False  # whether the line before was a whole row of that table
    index = 0
    while index < len(lines):
        offset, line = lines[index]
        tabs = _raw_tabs(text, offset)
        cells = split_cells(line) if tabs else None
        header = cells is not None and "|" not in line and header_columns(cells) is not None
        if header or not width or "|" in line:
            # a tab table's header opens one; a pipe row or a line outside a table ends it
            width, whole = (tabs if header else 0), False
            out.append((offset, line))
            index += 1
            continue
        if tabs == width - 1 and cells is not None and any(glued_points(c) for c in cells[:-1]):
            # a whole row that prints its points in its name's cell (成立领导小组4分 ⇥ 未成立…)
            whole = True
            out.append((offset, line))
            index += 1
            continue
        end, taken = index, 0
        while end < min(len(lines), index + _TAB_ROW_LINES) and taken < width:
            taken += _raw_tabs(text, lines[end][0])
            end += 1
        last = _raw_tabs(text, lines[end - 1][0])
        if end - index > 1 and taken == width and last > 0 and not (whole and last == width):
            # a row broken inside its cells: its lines up to the one that completes its tabs
            out.append(_joined_lines(lines[index:end]))
            parts[offset] = [line_offset for line_offset, _ in lines[index:end]]
            whole, index = True, end
            continue
        if tabs == 0 and whole and _row_follows(lines, index, text):
            if _stands_alone(out[-1][1], line):
                # a part's heading between rows heads the rows after it (see ``_rows_of``)
                whole = False
                out.append((offset, line))
                index += 1
                continue
            # a row's last cell gone on over a line of its own
            out[-1] = _joined_lines([out[-1], lines[index]])
            parts[out[-1][0]] = [*parts.get(out[-1][0], [out[-1][0]]), offset]
            index += 1
            continue
        whole = tabs == width
        if tabs == 0:
            width = 0
        out.append((offset, line))
        index += 1
    return out, parts


_PART_NUMBER = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]"
    r"|第[一二三四五六七八九十百]{1,4}(?:部分|章|节))"
)
"""The number of a part's heading (二、 · （二） · 第二部分 · 第三章): its line is no piece of a cell."""


def _stands_alone(cell: str, line: str) -> bool:
    """Whether a line without tabs after a tab row stands alone, not going on with its last cell.

    A line goes on with the cell above only where it cannot stand alone: never a part's
    heading (``二、重点工作（70分）``, ``（二）…``, ``第二部分…``), never a line that states its own
    points in brackets and holds no rule, and never, after a cell that closed its sentence
    (``。`` · ``；``), a line that opens a sentence of its own holding no rule and no stop
    (``加分项目``): a rule's next clause (``调整不及时的扣1分``) or an open clause goes on.
    """
    if _PART_NUMBER.match(line):
        return True
    ruled = RULE_PIECE_OR_DEDUCTION.search(line) is not None
    if POINTS_PAREN.search(line) and not ruled:
        return True
    return bool(_SENTENCE_CLOSED.search(cell)) and not ruled and not _STOP.search(line)


_STOP = re.compile(r"[，,、；;。：:！!？?]")


def _row_follows(lines: list[tuple[int, str]], index: int, text: str) -> bool:
    """Whether a line with tabs follows the lines without any from ``index`` on, nearby."""
    return any(_raw_tabs(text, offset) for offset, _ in lines[index + 1 : index + _TAB_ROW_LINES])


def _joined_lines(lines: list[tuple[int, str]]) -> tuple[int, str]:
    """Lines as one line at the first one's offset, the text between them kept as spaces."""
    offset, joined = lines[0]
    for next_offset, next_line in lines[1:]:
        joined += " " * (next_offset - (offset + len(joined))) + next_line
    return offset, joined


def _rows_of(lines: list[tuple[int, str]], text: str) -> Iterator[tuple[Row | None, list[int]]]:
    """The rows of ``lines`` (see ``table_rows``), the offsets being those of ``lines``."""
    index = 0
    tabbed = False  # whether the row before was a row of tab-parted cells
    while index < len(lines):
        unfolded = (
            _grid_rows(lines, index)
            or _pipe_cell_rows(lines, index)
            or closed_cell_rows(lines, index)
            or _serial_cell_rows(lines, index)
            or _header_cell_rows(lines, index)
            or _anchored_rows(lines, index)
            or _space_rows(lines, index, text)
            or _spaced_word_rows(lines, index)
            or _one_line_rows(lines, index)
        )
        if unfolded is not None:
            rows, index = unfolded
            yield from rows
            yield None, []
            continue
        offset, line = lines[index]
        split = _split_row(lines, index)
        if split is not None:
            row, offsets = split
            yield row, offsets
            index += len(offsets)
            continue
        cells = [] if not line.strip("| ") else split_cells(line)
        run = None if not cells else _header_and_rows(offset, line, cells)
        if run is not None:
            yield from ((row, [offset]) for row in run)
            index += 1
            continue
        wrapped = _wrapped_tab_cell(text, offset, line) if tabbed and cells is None else None
        heading = tabbed and cells is None and wrapped is None and _part_between(lines, index)
        tabbed = "\t" in line or wrapped is not None or heading
        if wrapped is not None:
            yield wrapped, [offset]
        elif heading:
            # a part's heading between tab rows: no row, and the table goes on after it; the
            # heading is read as a part, which takes the rows after it (``adopt_table_items``).
            # A block of bonus or penalty rows (三、加分项目) is told by its rows' own rules.
            yield [], [offset] if BONUS_SECTION.search(line) or PENALTY_SECTION.search(line) else []
        else:
            yield (None if cells is None else _placed(offset, line, cells)), [offset]
        index += 1


def _part_between(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether the line at ``index`` is a part's heading with a tab row right after it."""
    following = lines[index + 1][1] if index + 1 < len(lines) else ""
    return bool(_PART_NUMBER.match(lines[index][1])) and "\t" in following.strip()


def _wrapped_tab_cell(text: str, offset: int, line: str) -> Row | None:
    """A line of one cell after tabs, under a row of tab-parted cells: that row's cell wrapped on.

    A Word or spreadsheet table copied as tab rows prints a cell that wraps as a line of its
    own, the tabs before it keeping its column (a tab, a tab, then ``扣完为止`` under ``…6``, a
    tab, ``每少一次扣2分，``); the line keeps its empty cells, so that it is read as the row's
    cell run on. None where no tab stands before the line's text.
    """
    start = text.rfind("\n", 0, offset) + 1
    lead = text[start:offset].replace(" ", "").replace("\u3000", "")
    tabs = len(lead)
    if tabs == 0 or lead != "\t" * tabs:
        return None
    return [*[(offset, "")] * tabs, (offset, line)]


def _spaced_word_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """A table whose cells single spaces part: read by columns, or by points where that reads on.

    A row whose group cell was merged (left out) or whose name holds a space puts its points
    in another column than the header's; read by each row's points, the table runs on over it.
    """
    by_columns = _single_space_rows(lines, index)
    by_points = _word_rows(lines, index)
    if by_columns is None or (by_points is not None and by_points[1] > by_columns[1]):
        return by_points
    return by_columns


def _one_line_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """A table printed on one line, its header's words then its rows' cells parted by single spaces.

    ``类别 考核项目 分值 评分标准 基础工作 组织领导 10 未成立…扣5分 制度建设 10 …``: each row is
    found by its points, a bare figure after a name; the words before the next row's points
    that no standard holds (no deduction, no closing stop) are that row's cells before its
    points, as many as the header has columns there (a group's cell merged over rows is left
    out). Each row is then read as a row a line (see ``_word_rows``).
    """
    offset, line = lines[index]
    if split_cells(line) is not None:
        return None
    words = _words(offset, line)
    width = next((k for k, (_, word) in enumerate(words) if not _stacked_heading(word)), 0)
    if not POINTS_LAST_WIDTH <= width <= _SERIAL_HEADER_WIDTH:
        return None
    header = [PINYIN_GLOSS.sub("", word) for _, word in words[:width]]
    columns = _stacked_columns(header, rows_a_line=True)
    if columns is None or (columns.serial or 0) > _GROUPS_BEFORE_SERIAL:
        return None
    if columns.serial is None:
        starts = _row_starts(words, width, columns)
    else:
        starts = _serial_starts(words, width, columns.points, columns.serial)
    if len(starts) < 2 or any(find_marker(words[start][1]) for start in starts):
        return None  # numbered cells (一、 · （一） · 1.) are read by their numbers
    pieces = [_joined_words(line, offset, words[:width])]
    for start, end in itertools.pairwise([*starts, len(words)]):
        pieces.append(_joined_words(line, offset, words[start:end]))
    found = _word_rows(pieces, 0)
    if found is None or found[1] < len(pieces):
        return None
    return [(row, [offset]) for row, _ in found[0]], index + 1


_NOT_SERIAL_AFTER = re.compile(r"[\d.．分%％项次个人件处天日月年条篇起名家所场轮批户位台例宗份期]")
"""What follows a figure that counts or scores (2 分 · 3 次 · 2 起), not a row's serial."""
_ROW_CLOSED = re.compile(r"[。；;！!）)分]$")
"""How the word before a row's serial ends when the row before closes: its stop or its points."""
_ROW_WORDS = 200  # the most words a row of a one-line table is looked through for its serial
_NOT_SERIAL_BEFORE = re.compile(r"[扣加减得计每少缺第共约达前后以满]$")
"""What stands before a figure that a rule or a count takes (扣 2), not a row's serial."""


_GROUPS_BEFORE_SERIAL = 3
"""The most group columns (一级指标 · 二级指标 …) a one-line table's header puts before its 序号."""


def _serial_starts(words: Row, width: int, points: int, groups: int = 0) -> list[int]:
    """Where each row of a table printed on one line starts, its serials counting 1, 2, 3 ….

    ``序号 考核项目 分值 评分标准 1 组织领导 10 未成立…扣5分。 2 制度建设 15 …``: under a 序号
    column the rows open with their serials. A figure that a rule takes (扣 2) or that counts (2 次)
    is no serial, nor one too near the serial before it to leave the row its points (``points``:
    the points column of the header, the serial's at ``groups``).

    The rule of the genre for group columns before the 序号 (``一级指标 序号 考核内容 分值 评分标准``,
    ``groups`` of them): a group's cell is merged over its rows, so it is printed once, at its
    first row, before that row's serial (``组织领导（20分） 1 成立…`` · ``2 制定…``). A row opens at
    its serial, or at the group cells just before it: as many words at most as there are group
    columns, each a name (no figure, rule or stop) after the row before closed (its stop or
    points).
    """
    first = next(
        (at for at in range(width, min(width + groups + 1, len(words))) if words[at][1] == "1"),
        None,
    )
    if first is None or any(not _name_word(words[at][1]) for at in range(width, first)):
        return []
    serials = [first]
    points -= groups

    def serial(at: int, closed: bool = False) -> bool:
        return (
            words[at][1] == str(len(serials) + 1)
            and at > serials[-1] + points
            and _serial_word_after(words[at - 1][1], words[at + 1][1])
            and not _NOT_SERIAL_BEFORE.search(words[at - 1][1])
            and (not closed or bool(_ROW_CLOSED.search(words[at - 1][1])))
        )

    for at in range(first + 1, len(words) - 1):
        if not serial(at):
            continue
        # a figure in a sentence (发生 2 起…) gives way to the same figure after a closed row
        if not _ROW_CLOSED.search(words[at - 1][1]) and any(
            serial(later, closed=True)
            for later in range(at + 1, min(at + _ROW_WORDS, len(words) - 1))
        ):
            continue
        serials.append(at)
    return [width, *(_group_cells_before(words, at, groups) for at in serials[1:])]


_NOT_SERIAL_AFTER_POINTS = re.compile(r"[\d.．%％]|分(?![\u4e00-\u9fff])")
"""What follows a figure that scores or goes on (4 分 · 4.5 · 4%), not a name (分解下达…)."""


def _serial_word_after(before: str, after: str) -> bool:
    """Whether the word after a figure lets it be a row's serial.

    A figure before a counting word (2 次 · 3 项) counts, unless the row before closed just
    before it (its points, a bare figure; its stop; a group's cell with its points): then the
    word opens the row's name (``… 5 4 项目预算…`` · ``… 2 分解下达…``), unless it scores or goes
    on with the figure (4 分 · 4.5).
    """
    if POINTS_CELL.fullmatch(before) or _ROW_CLOSED.search(before):
        return not _NOT_SERIAL_AFTER_POINTS.match(after)
    return not _NOT_SERIAL_AFTER.match(after)


def _group_cells_before(words: Row, at: int, groups: int) -> int:
    """Where the row whose serial stands at ``at`` opens: at the group cells printed before it.

    Up to ``groups`` name words before the serial, the word before them closing the row above
    (its stop, or its points: a bare figure).
    """
    for count in range(groups, 0, -1):
        start = at - count
        closing = words[start - 1][1]
        if all(_name_word(words[k][1]) for k in range(start, at)) and (
            _ROW_CLOSED.search(closing) or POINTS_CELL.fullmatch(closing)
        ):
            return start
    return at


def _row_starts(words: Row, width: int, columns: _StackedColumns) -> list[int]:
    """Where each row of a table printed on one line starts, among its words after the header."""
    before = columns.points - columns.first
    starts = [width]
    last = not columns.after
    points = _next_points(words, width + 1, last=last)
    while points is not None:
        if last:  # the points close the row: the next one starts after them
            follow = _next_points(words, points + 2, last=last)
            if follow is None:
                break
            starts.append(points + 1)
            points = follow
            continue
        follow = _next_points(words, points + 3)
        if follow is None:
            break
        start = follow
        while start > points + 2 and follow - start < before and _name_word(words[start - 1][1]):
            start -= 1
        if start == follow:
            break
        starts.append(start)
        points = follow
    return starts


def _next_points(words: Row, at: int, *, last: bool = False) -> int | None:
    """The first word from ``at`` on that is a row's points: a bare figure after a name.

    Points that close their row (``last``) follow its standard, and a name or the line's end
    follows them.
    """
    for k in range(max(at, 1), len(words)):
        if not POINTS_CELL.fullmatch(words[k][1]) or _date_figure(words, k):
            continue
        if last and (k + 1 == len(words) or _name_word(words[k + 1][1])):
            return k
        if not last and _name_word(words[k - 1][1]):
            return k
    return None


def _name_word(word: str) -> bool:
    """Whether a word can be a cell before a row's points: no figure, deduction or closing stop."""
    return not (POINTS_CELL.fullmatch(word) or RULE_PIECE.search(word) or _CELL_CLOSED.search(word))


_POINTS_CELL = re.compile(r"\d{1,3}(?:\.\d+)?\s*分?")


def _header_and_rows(offset: int, line: str, cells: list[str]) -> list[Row] | None:
    """A table printed on one line: its header's cells, then its rows' cells, all in one row.

    ``考核项目 | 分值 | 评分标准 | 组织领导 | 10 | 未成立…扣5分 | 制度建设 | 10 | …``: the header
    ends at its last heading word; what follows is cut into rows of the header's width when
    each row holds a figure in the points column.
    """
    header = header_columns(cells)
    if header is None:
        return None
    width = 1 + max(
        index for column in ("names", "points", "standards", "skipped") for index in header[column]
    )
    rest = len(cells) - width
    if rest < width or rest % width or len(header["points"]) != 1:
        return None
    column = header["points"][0]
    rows = [cells[start : start + width] for start in range(width, len(cells), width)]
    if not all(_POINTS_CELL.fullmatch(row[column].strip()) for row in rows):
        return None
    placed = _placed(offset, line, cells)
    return [placed[start : start + width] for start in range(0, len(cells), width)]


_GRID_BORDER = re.compile(r"\s*\+[-=+]*\+\s*")
_GRID_PART_BORDER = re.compile(r"\s*\+[-=]+\+(?=[ |]).*[-=].*")
"""A border under some cells of a row only (``+----+ +------+ | |``): the cells it leaves open,
its first one bordered, run on down, so the lines under it are the same row's."""


def _grid_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Rows of a grid table, borders ``+---+--+`` between them, each row's text over its lines.

    A table drawn in box characters (``┌─┬─┐`` · ``│`` · ``├─┼─┤``, read as ``+``, ``-`` and
    ``|``) wraps a row's cells over several lines: each column's pieces, top to bottom, are the
    cell, with the text between them kept as spaces so that offsets inside it stay true. A
    border that closes the first cells of a line but leaves others open (``├────┤ ├────┤ │ │``,
    the 序号 and 赋分 of a row spanning the variants printed under its name) runs the row on.
    """
    if not _GRID_BORDER.fullmatch(lines[index][1]):
        return None
    rows: list[tuple[Row | None, list[int]]] = []
    block: list[tuple[int, str]] = []
    at = index + 1
    while at < len(lines):
        offset, line = lines[at]
        if _GRID_BORDER.fullmatch(line):
            rows.extend(_grid_block(block))
            block = []
        elif block and _GRID_PART_BORDER.fullmatch(line) and set(line) <= set(" |+-="):
            pass  # the row runs on under a border of some of its cells
        elif line.strip().startswith("|") and line.count("|") >= 2:
            block.append((offset, line))
        else:
            break
        at += 1
    rows.extend(_grid_block(block))  # the last rows, their border cut off
    return (rows, at) if len(rows) >= 2 else None


def _grid_block(block: list[tuple[int, str]]) -> list[tuple[Row | None, list[int]]]:
    """The rows between two borders: one row wrapped over the lines, or a row a line.

    A table drawn without borders between its rows fills every cell of each line; a row
    wrapped over several lines leaves cells of its later lines empty.
    """
    if not block:
        return []
    cells = [split_cells(line) or [] for _, line in block]
    width = max(len(line) for line in cells)
    if len(block) > 1 and all(len(line) == width and all(line) for line in cells):
        return [_grid_row([line]) for line in block]
    return [_grid_row(block)]


def _grid_row(block: list[tuple[int, str]]) -> tuple[Row | None, list[int]]:
    """One row of a grid table: each column's pieces over the row's lines, as one cell."""
    placed = [_placed(offset, line, split_cells(line) or []) for offset, line in block]
    row: Row = []
    for column in range(max(len(cells) for cells in placed)):
        pieces = [cells[column] for cells in placed if column < len(cells) and cells[column][1]]
        if not pieces:
            row.append((placed[0][column][0] if column < len(placed[0]) else block[0][0], ""))
            continue
        start, text = pieces[0]
        for offset, piece in pieces[1:]:
            text += " " * (offset - start - len(text)) + piece
        row.append((start, text))
    return row, [offset for offset, _ in block]


_SPLIT_ROW_LINES = 30
"""The most lines a pipe row split across lines may take."""


def _split_row(lines: list[tuple[int, str]], index: int) -> tuple[Row, list[int]] | None:
    """A pipe row that runs on over the next lines, up to the line closing it with ``|``.

    A cell broken over lines keeps the text between them as spaces, so that offsets inside it
    stay true; the lines after the break may hold the row's next cells.
    """
    offset, line = lines[index]
    if not line.startswith("|") or line.endswith("|") or line.count("|") < 2:
        return None
    end = index + 1
    while end < min(len(lines), index + _SPLIT_ROW_LINES) and not lines[end][1].startswith("|"):
        if lines[end][1].endswith("|"):
            break
        end += 1
    if end >= len(lines) or lines[end][1].startswith("|") or not lines[end][1].endswith("|"):
        return None
    joined = line
    for next_offset, next_line in lines[index + 1 : end + 1]:
        joined += " " * (next_offset - (offset + len(joined))) + next_line
    # the lines after may close the cell and hold the row's next cells (…印发 / 文件|4|未…扣4分|)
    row = _placed(offset, joined, split_cells(joined) or [])
    return row, [offset for offset, _ in lines[index : end + 1]]


def _pipe_cell_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Rows whose cells stand one a line, each after the first opened by ``|``.

    A lone ``|`` ends the row; a first cell written one character a line joins up.
    """
    ahead = lines[index : index + 3]
    if len(ahead) < 3 or split_cells(ahead[0][1]) is not None:
        return None
    if ahead[0][1].startswith("|") and (ahead[0][1].count("|") > 1 or ahead[0][1] == "|"):
        return None
    if not all(line.startswith("|") and line.count("|") == 1 for _, line in ahead[1:]):
        return None
    rows = _PipeCells()
    while index < len(lines):
        offset, line = lines[index]
        if (line.count("|") > 1 and not _EMPTY_CELLS_FIRST.fullmatch(line)) or "\t" in line:
            break
        rows.take(offset, line)
        index += 1
    rows.close()
    return (rows.rows, index) if len(rows.rows) >= 2 else None


_SERIAL_LINE = re.compile(r"\d{1,3}")
# a line of empty cells opened by pipes, then one cell or the row's end (| | | 扣1分 · | |)
_EMPTY_CELLS_FIRST = re.compile(r"(?:\|[ \t]*){2,}[^|]*")


_NAME_PIECE = re.compile(r"[\u4e00-\u9fff]{1,4}")
"""A piece of a name a narrow cell breaks over lines (文 · 体 · 活 · 动, 标准 · 分值)."""
_BROKEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,12}")
"""A name joined so far from such pieces (党风廉政建 before 设)."""


@attrs.define(slots=True)
class _PipeCells:
    """Rows being gathered from cells one a line: the current row and the lines it took."""

    rows: list[tuple[Row | None, list[int]]] = attrs.field(factory=list)
    row: Row = attrs.field(factory=list)
    offsets: list[int] = attrs.field(factory=list)
    opened: bool = False  # whether the row has a cell opened by "|"
    piece: str = ""  # the last line the row's last cell took

    def take(self, offset: int, line: str) -> None:
        self.offsets.append(offset)
        piece, self.piece = self.piece, line.strip(" |")
        if line == "|":
            self.close()
        elif line.count("|") > 1:
            # empty cells before a cell on one line (| | | 未按时下达任务扣1分), or before the
            # row's end (| |): a pipe each, the last one alone closing the row
            pipes = line.rstrip().count("|")
            text = line.rsplit("|", 1)[1].strip()
            self.row.extend([(offset, "")] * (pipes - 1))
            if text:
                self.row.append((offset + line.rindex(text), text))
                self.opened = True
            else:
                self.close()
        elif line.startswith("|"):
            text = line[1:].strip()
            self.row.append((offset + line.index(text) if text else offset, text))
            self.opened = True
        elif self.opened and _SERIAL_LINE.fullmatch(line):
            # a row's 序号 cell, printed without a pipe, opens the next row
            self.offsets.pop()
            self.close()
            self.offsets = [offset]
            self.row = [(offset, line)]
        elif self.row:
            # a heading written a character a line joins up, and so does a name that a narrow
            # cell opened by a pipe breaks into short pieces (| 文 · 体 · 活 · 动, | 标准 · 分值);
            # a cell's next line gets a stop
            last_offset, last = self.row[-1]
            broken = _NAME_PIECE.fullmatch(line) and (
                _NAME_PIECE.fullmatch(last)
                # a row's name cell (after its 序号) goes on for as many pieces as it takes
                or (
                    len(self.row) <= 2
                    and _NAME_PIECE.fullmatch(piece)
                    and _BROKEN_NAME.fullmatch(last)
                )
            )
            stop = "；" if self.opened and not broken else ""
            self.row[-1] = (last_offset, last + stop + line)
        else:
            self.row = [(offset, line)]

    def close(self) -> None:
        if self.row:
            self.rows.append((self.row, self.offsets))
        self.row, self.offsets, self.opened = [], [], False


_STATED_POINTS = re.compile(r"\s*\d+(?:\.\d+)?\s*分\s*")
_SERIAL_HEADER_CELL = 8
"""The longest heading of a header read one heading a line (测评内容, 考核依据)."""
_SERIAL_HEADER_WIDTH = 16
"""The most columns of a header read one heading a line (a wide one holds about fifteen)."""


def _serial_cell_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Cells one a line under a header with a 序号 column, each row found by its serial.

    ``分类 / 序号 / 测评内容 / 考核依据 / 分值 / 得分`` over ``科普组织 / 1 / 有健全的… / 资料检查 / 5
    / 2 / …``: each row opens with its serial (1, 2, … in turn) alone on a line; the line after
    it is the row's name, the lines up to the next bare number the columns between the name
    and the points (a basis of two lines stays one cell), that number the points. The lines
    between the points and the next serial are the cell of the column before the serial (a
    group's name, printed at its first row only), or, when the header has columns after the
    points, the row's standard; columns a row leaves out are empty.
    """
    found = _serial_header(lines, index)
    if found is None:
        return None
    header, columns = found
    width, serial, points_at = len(header), columns["serials"][0], columns["points"][0]
    rows: list[tuple[Row | None, list[int]]] = [
        ([(lines[index + k][0], header[k]) for k in range(width)], [lines[index][0]])
    ]
    at, number = index + width, _first_serial(lines, index + width)
    while True:
        start = _next_serial(lines, at, number)
        if start is None:
            break
        before = lines[at:start]
        end = start + 2
        while end < len(lines) and not POINTS_CELL.fullmatch(lines[end][1].strip()):
            end += 1
        if end >= len(lines) or end - start - 1 > points_at - serial + 1:
            break
        middle = lines[start + 2 : end]
        row = [(lines[start][0], "")] * width
        if before and serial > 0:
            row[serial - 1] = _joined(before)
        row[serial], row[serial + 1] = lines[start], lines[start + 1]
        if middle and serial + 2 < points_at:
            row[serial + 2] = _joined(middle)
        row[points_at] = lines[end]
        closed = lines[end][0] + len(lines[end][1])
        row[points_at + 1 :] = [(closed, "")] * (width - points_at - 1)
        rows.append((row, [offset for offset, _ in lines[at : end + 1]]))
        at, number = end + 1, number + 1
    after = (
        width
        - points_at
        - 1
        - len([k for k in columns["skipped"] if k > points_at and k not in columns["serials"]])
    )
    if after > 0 or len(rows) < 3:
        return None  # a standard after the points: the group's cell cannot be told from it
    return rows, at


def _serial_header(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[str], dict[str, list[int]]] | None:
    """A header of one known heading a line with a 序号 column before the name and points."""

    def heading(at: int) -> bool:
        cell = re.sub(r"\s+", "", lines[at][1])
        if len(cell) > _SERIAL_HEADER_CELL or not known_heading(cell):
            return False
        # a group's name over its points (各项目标全面完成 · 12分) is the first row's
        return not (at + 1 < len(lines) and _STATED_POINTS.fullmatch(lines[at + 1][1]))

    width = _heading_width(lines, index, heading)
    if width is None:
        return None
    header = [re.sub(r"\s+", "", lines[index + k][1]) for k in range(width)]
    columns = header_columns(header) if width >= 3 else None
    if columns is None or not columns["points"] or not columns["serials"]:
        return None
    if not columns["serials"][0] < columns["points"][0] - 1:
        return None
    return header, columns


def _heading_width(
    lines: list[tuple[int, str]], index: int, heading: Callable[[int], bool]
) -> int | None:
    """How many lines from ``index`` on are headings of a header read one heading a line.

    None for a run longer than any table's header (``_SERIAL_HEADER_WIDTH``): it is no header,
    and looking no further keeps a run of thousands of heading-like lines linear.
    """
    width = 0
    while index + width < len(lines) and heading(index + width):
        width += 1
        if width > _SERIAL_HEADER_WIDTH:
            return None
    return width


def _first_serial(lines: list[tuple[int, str]], at: int) -> int:
    """The serial of the first row under a header, alone on a line with text after it.

    1, or the number a page of a longer table opens with (a copy's seventh page starts at 38).
    """
    for where in range(at, min(len(lines) - 1, at + 3)):
        line = lines[where][1].strip()
        # ASCII digits only: ① and ² are digits to str.isdigit, and no serial to int()
        if SERIAL_LINE.fullmatch(line) and not POINTS_CELL.fullmatch(lines[where + 1][1].strip()):
            return int(line)
    return 1


def _next_serial(lines: list[tuple[int, str]], at: int, number: int) -> int | None:
    """Where the row numbered ``number`` opens: its serial alone on a line, text after it."""
    for where in range(at, min(len(lines) - 1, at + 3)):
        if lines[where][1].strip() == str(number) and not POINTS_CELL.fullmatch(
            lines[where + 1][1].strip()
        ):
            return where
    return None


def _joined(lines: list[tuple[int, str]]) -> tuple[int, str]:
    """Lines that follow one another as one cell, the line breaks kept (the first line if not)."""
    start = lines[0][0]
    end = lines[-1][0] + len(lines[-1][1])
    text = "\n".join(line for _, line in lines)
    if len(lines) == 2 and _STATED_POINTS.fullmatch(lines[1][1]):
        # a group's name and its points with a blank line between (各项目标全面完成 · 12分): the
        # lines between kept as spaces, so that offsets inside the cell stay true
        text = lines[0][1] + " " * (lines[1][0] - start - len(lines[0][1])) + lines[1][1]
    return (start, text) if start + len(text) == end else lines[0]


_HEADING_CELL = re.compile(
    r"(?:(?:检查)?考[核评](?:项目|内容|指标|标准|细则|条目|细项|方法)|类别|项目|指标|分值|权重|"
    r"评分标准|评分细则|扣分标准|考核标准|考评标准|评分办法)"
)


def _header_cell_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Cells one a line under a header of one heading a line (类别 / 分值 / 考核标准).

    Each following run of as many lines is a row, while its points cell holds a number.
    """

    def heading(at: int) -> bool:
        cell = re.sub(r"\s+", "", lines[at][1])
        return len(cell) <= 6 and _HEADING_CELL.fullmatch(cell) is not None

    width = _heading_width(lines, index, heading)
    if width is None or width < 2:
        return None
    header = [re.sub(r"\s+", "", lines[index + k][1]) for k in range(width)]
    columns = header_columns(header)
    if columns is None or not columns["points"]:
        return None
    points_at = columns["points"][0]
    rows: list[tuple[Row | None, list[int]]] = [
        ([(lines[index + k][0], header[k]) for k in range(width)], [lines[index][0]])
    ]
    at = index + width
    while at + width <= len(lines):
        chunk = lines[at : at + width]
        if not POINTS_CELL.fullmatch(chunk[points_at][1]) or any(
            split_cells(line) is not None for _, line in chunk
        ):
            break
        rows.append(([(offset, line) for offset, line in chunk], [o for o, _ in chunk]))
        at += width
    merged = _merged_cell_rows(lines, at, width, columns) or _points_last_rows(
        lines, at, width, columns
    )
    if merged is not None and (len(rows) < 2 or merged[1] > at):
        return [*rows, *merged[0]], merged[1]
    if points_at == 1 and width >= 3:
        # a standard of more than one line (1.… 2.… a line each) stops the rows of one line
        # each; rows anchored on their name and points read on, and are kept when they do
        spaced = _apart(lines[index : index + width])
        anchored = _anchored_cell_rows(lines, index + width, rows[:1], spaced=spaced)
        if anchored is not None and (len(rows) < 2 or anchored[1] > at):
            return anchored
    # rows of as many lines as the header stop at a cell broken over lines; rows anchored on
    # their points read on past it, and are kept when they do
    anchored = _anchored_rows(lines, index)
    if anchored is not None and anchored[1] > at:
        return anchored
    return (rows, at) if len(rows) >= 2 else None


def _merged_cell_rows(
    lines: list[tuple[int, str]], at: int, width: int, columns: dict[str, list[int]]
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Rows of cells one a line whose merged name cells are printed once, anchored on the points.

    ``组织领导 / 成立领导小组 / 5 / 未成立的扣5分 / 制定实施方案 / 5 / 未制定的扣5分``: a group's
    cell stands in its first row only, so rows are not all as long as the header. Each row is
    the name cells since the last row's standard, its points (a bare number) and as many
    standard cells as the header has after the points; the cells merged away are left empty.
    """
    points_at = columns["points"][0]
    after = width - points_at - 1
    if points_at < 1 or after < 1 or any(index > points_at for index in columns["skipped"]):
        return None
    rows: list[tuple[Row | None, list[int]]] = []
    start = at
    while True:
        names = 0
        while (
            start + names < len(lines)
            and names <= points_at
            and not POINTS_CELL.fullmatch(lines[start + names][1])
        ):
            names += 1
        end = start + names + 1 + after
        if not 1 <= names <= points_at or end > len(lines):
            break
        chunk = lines[start:end]
        if any(
            split_cells(line) is not None or RULE_PIECE.search(line) for _, line in chunk[:names]
        ):
            break
        if any(POINTS_CELL.fullmatch(line) for _, line in chunk[names + 1 :]):
            break
        pad = [(chunk[0][0], "")] * (points_at - names)
        rows.append(([*pad, *chunk], [offset for offset, _ in chunk]))
        start = end
    return (rows, start) if len(rows) >= 2 else None


def _points_last_rows(
    lines: list[tuple[int, str]], at: int, width: int, columns: dict[str, list[int]]
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Rows of cells one a line whose points column comes last, merged cells printed once.

    ``组织领导 / 成立领导小组 / 未成立的扣5分 / 5 / 专题研究 / 每少一次扣1分 / 15``: each row ends
    with its points (a bare number); the cells before it are the row's last ones, the merged
    cells before them left empty.
    """
    if columns["points"][0] != width - 1 or width < POINTS_LAST_WIDTH:
        return None
    rows: list[tuple[Row | None, list[int]]] = []
    start = at
    while True:
        end = start
        while end < len(lines) and end - start < width and not POINTS_CELL.fullmatch(lines[end][1]):
            end += 1
        cells = end - start
        if end >= len(lines) or not 1 <= cells <= width - 1:
            break
        chunk = lines[start : end + 1]
        if any(split_cells(line) is not None for _, line in chunk):
            break
        pad = [(chunk[0][0], "")] * (width - 1 - cells)
        rows.append(([*pad, *chunk], [offset for offset, _ in chunk]))
        start = end + 1
    return (rows, start) if len(rows) >= 2 else None


_RULE_TAIL = re.compile(
    r"(?:扣(?:完|除|减)?\s*\d+(?:\.\d+)?\s*分|扣完为止|扣完|为止|不得分|不[计记]分)(?:$|[，,；;。、）)])"
)
"""The start of a piece that only ends the rule before it (``扣1分`` after ``调整不及时的``,
``为止`` after ``扣完``): a cell broken mid-rule, whose next line goes on with it."""
_OPEN_PIECE = re.compile(r"[" + CLAUSE_OPEN + r"：:（(]\s*$")
"""The end of a piece of a cell that leaves its text open (a comma, a semicolon between two
clauses): the next line goes on with it."""


_POINTS_AFTER = re.compile(r"合计|小计|分值|分数|^得分$|自评|核查|考评分|评分$")
"""Headings of the columns after a row's points that hold points, or nothing, never a text."""
_SUBTOTAL_HEADING = re.compile(r"合计|小计")
_SCORE_HEADING = "得分"
"""The heading of the points column of a table that names no 分值 column (类别 | 考核内容 | 得分)."""


@attrs.frozen
class _StackedColumns:
    """The columns of a header read one heading a line, as a row printed one cell a line fills them.

    ``first`` is the first column a row's text cells may fill (after its 序号, if any),
    ``points`` the column of the row's own points, ``standards`` the columns of standards (the
    only ones before the points a cell that deducts may fill), ``after`` what each later column takes: a
    points cell (``"points"``), a text (``"text"``), a short note without a deduction
    (``"note"``: 责任科室 · 备注) or anything (``"any"``, rows told apart by their serials).
    """

    width: int
    serial: int | None
    first: int
    points: int
    standards: frozenset[int]
    after: tuple[str, ...]
    target: bool = False  # whether the column before the points holds a target (标准 · 目标值)


_TARGET_BEFORE_POINTS = re.compile(r"标准|目标值?|标准值|指标值")
"""The heading of a column of targets an indicator must reach, printed as figures (15 以上)."""


def _stacked_columns(header: list[str], *, rows_a_line: bool = False) -> _StackedColumns | None:
    """What each column of a header read one heading a line takes, or None for no such table.

    The serial may follow the columns of a group (类别 · 序号 · 考核内容): a group's cell comes
    before its first row's serial. With ``rows_a_line`` (each row on a line of its own), the
    columns after the points take what their headings say, the line telling the rows apart.
    """
    columns = header_columns(header)
    if columns is None or len(header) < POINTS_LAST_WIDTH:
        return None
    names = columns["names"]
    if columns["points"]:
        points = columns["points"][0]
    else:  # 类别 | 考核内容 | 得分 | 合计得分: the points stand under 得分
        points = next((k for k, text in enumerate(header) if text == _SCORE_HEADING), -1)
    serials = columns["serials"]
    serial = serials[0] if serials and serials[0] < points else None
    if names[-1] > points:
        # a name column after the points (指标 | 分值 | 内容): the row is one item, its text
        # the rest
        return None
    after = []
    for index in range(points + 1, len(header)):
        if serial is not None and not rows_a_line:
            # the serials tell the rows apart; a standard's column still runs on over the lines
            # of a cell broken over several (``未按规定报备的，`` · ``每件扣2分``)
            after.append("text" if index in columns["standards"] else "any")
        elif _POINTS_AFTER.search(header[index]):
            after.append("points")
        elif index in columns["skipped"]:
            after.append("note")
        else:
            after.append("text")
    first = 0 if serial is None else serial + 1
    standards = frozenset(columns["standards"])
    target = points > 0 and _TARGET_BEFORE_POINTS.fullmatch(header[points - 1]) is not None
    return _StackedColumns(len(header), serial, first, points, standards, tuple(after), target)


def _stacked_heading(text: str) -> bool:
    """Whether a cell is a heading of a header the reader knows (考核内容 · 分值 · 合计 · 核查分)."""
    cell = PINYIN_GLOSS.sub("", re.sub(r"\s+", "", text))
    if len(cell) > _SERIAL_HEADER_CELL or _NAME_PUNCTUATION.search(cell):
        return False  # a label to fill in (被考评部门：) is no heading
    return known_heading(cell) or _SUBTOTAL_HEADING.fullmatch(cell) is not None


def _anchored_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """A table printed one cell a line under a header of one heading a line, its rows found by their points.

    A web page's or a PDF's table copied as text prints each cell on a line of its own, and
    leaves out the cells that a merged cell spans (a group, or an item over several rows, is
    printed at its first row only) and the empty ones; the rows may then be of any length.
    Each row is read against the header's columns, anchored on its points (a number, ``5分``):
    the text cells before them fill the columns before the points column from the right, the
    merged ones before them left empty for the reader to carry the cell above down (one cell
    more than those columns is a heading the header does not name); the cells after them fill
    the later columns in turn: a points cell under a points column (合计 · 小计, or a rater's
    column printed empty), a text under a text column unless a points cell follows it (then it
    names the next row). A line of only pipes is an empty cell. With a 序号 column first, each
    row opens with its serial (1, 2, … in turn) and runs to the next one.
    """

    def heading(at: int) -> bool:
        if not _stacked_heading(lines[at][1]):
            return False
        return not (at + 1 < len(lines) and _STATED_POINTS.fullmatch(lines[at + 1][1]))

    if index > 0 and heading(index - 1):
        return None  # a header starts where its run of headings does
    width = _heading_width(lines, index, heading)
    if width is None or width < POINTS_LAST_WIDTH:
        return None
    header = [PINYIN_GLOSS.sub("", re.sub(r"\s+", "", lines[index + k][1])) for k in range(width)]
    columns = _stacked_columns(header)
    if columns is None:
        return None
    rows: list[tuple[Row | None, list[int]]] = [
        ([(lines[index + k][0], header[k]) for k in range(width)], [lines[index][0]])
    ]
    at = index + width
    number = _first_serial(lines, at) if columns.serial is not None else 0
    while True:
        found = _anchored_row(lines, at, columns, number)
        if found is None:
            break
        row, end = found
        rows.append((row, [offset for offset, _ in lines[at:end]]))
        at, number = end, number + 1
    return (rows, at) if len(rows) >= POINTS_LAST_WIDTH else None


def _cell_line(line: str) -> bool:
    """Whether a line can be a cell of a table printed one cell a line (no pipe row, no edges)."""
    return split_cells(line) is None and not _pipes_only(line)


def _anchored_row(
    lines: list[tuple[int, str]], at: int, columns: _StackedColumns, number: int
) -> tuple[Row, int] | None:
    """The row of cells one a line from ``at`` on, and the line after it; None if none opens there."""
    while at < len(lines) and _pipes_only(lines[at][1]):
        at += 1  # the edges of empty cells between two rows
    row: Row = []
    if columns.serial is not None:
        serial = _serial_at(lines, at, columns.serial, number)
        if serial is None:
            return None
        groups = lines[at:serial]
        pad = [(lines[at][0], "")] * (columns.serial - len(groups))
        row = [*pad, *groups, lines[serial]]
        at = serial + 1
    named = _named_cells(lines, at, columns)
    if named is None:
        return _cells_without_points(lines, at, columns, number, row)
    cells, end = named
    if columns.serial is not None and _serial_not_points(lines, end - 1, number + 1):
        # 16 · 有新型经营主体 · 17 · 村内有劳动能力的… · 2: row 16 states no points; the figure
        # after its name is the next row's serial
        return [*row, *cells[:-1], (cells[-1][0], "")], end - 1
    return _after_points(lines, end, columns, number + 1, [*row, *cells])


def _cells_without_points(
    lines: list[tuple[int, str]], at: int, columns: _StackedColumns, number: int, row: Row
) -> tuple[Row, int] | None:
    """A row one cell a line under a 序号 column that prints no points: its name, then its rules.

    The rule of the genre: a table numbers every row in its 序号 column, those that state no
    points too, and a table of deductions (扣分制) may state none at all: ``1`` · ``在职人员受到
    刑事处分的`` · ``扣20分。`` · ``2`` · …. After its serial (``row``, its groups' cells before
    it), such a row's name stands alone on its line and the line after it deducts, or the text
    ends (a last row printed without its rules): the name takes the name column, the points
    cell stays empty, and the lines after fill the columns after the points. Only a table with
    one name column before the points is read so.
    """
    if columns.serial is None or columns.points - columns.first != 1 or at >= len(lines):
        return None
    offset, name = lines[at]
    last = at + 1 == len(lines)
    if (
        not _cell_line(name)
        or POINTS_CELL.fullmatch(name.strip())
        or _deducts(name)
        or not (last or _deducts(lines[at + 1][1]))
    ):
        return None
    cells = [*row, (offset, name), (offset + len(name), "")]
    return _after_points(lines, at + 1, columns, number + 1, cells)


_SERIAL_AHEAD = 60
"""How many lines after a figure are looked through for the serials that tell what it is."""


def _serial_not_points(lines: list[tuple[int, str]], at: int, following: int) -> bool:
    """Whether the figure at ``at``, read as a row's points, is the next row's serial instead.

    It is the serial ``following`` itself, a text that is no points cell follows it (the next
    row's name), and the serial after it comes before that figure again: a row's points equal
    to the next serial are followed by its standard and then by that serial (``4 · 出席活动 · 5
    · 主要领导出席的，每次得1分 · 5 · …``), a serial by its row and then the serial after it.
    """
    if lines[at][1].strip() != str(following) or at + 1 >= len(lines):
        return False
    after = lines[at + 1][1].strip()
    if not after or POINTS_CELL.fullmatch(after) or _deducts(after) or not _cell_line(after):
        return False
    for _, line in lines[at + 1 : at + 1 + _SERIAL_AHEAD]:
        if line.strip() == str(following):
            return False
        if line.strip() == str(following + 1):
            return True
    return False


def _named_cells(
    lines: list[tuple[int, str]], at: int, columns: _StackedColumns
) -> tuple[Row, int] | None:
    """The cells of a row from ``at`` to its points (the points last), and the line after them.

    The cells fill the columns before the points from the right; the merged ones before them
    are left empty. A line of only points in brackets closes the name cell before it. None
    where no row opens: no text before points, more texts than columns, or a cell that deducts
    under a name column (a standard run on).
    """
    slots = columns.points - columns.first
    texts: Row = []
    end = at
    while (
        end < len(lines)
        and (len(texts) <= slots or _left_open(texts[-1][1]))
        and _cell_line(lines[end][1])
        and not POINTS_CELL.fullmatch(lines[end][1].strip())
    ):
        offset, line = lines[end]
        if texts and (
            _POINTS_ALONE.fullmatch(line) or _left_open(texts[-1][1]) or _RULE_TAIL.match(line)
        ):
            # a name broken before its points (职能目标 · (30分)), or a cell broken over lines
            # after a piece that leaves it open (``门户网建设(…;`` · ``…为准)``) or before a
            # piece that ends its rule (``调整不及时的`` · ``扣1分``): one cell, the gap as spaces
            start, text = texts[-1]
            texts[-1] = (start, text + " " * (offset - start - len(text)) + line)
        else:
            texts.append((offset, line))
        end += 1
    if not texts or len(texts) > slots + 1 or end >= len(lines):
        return None
    if len(texts) > slots and columns.serial is None and _name_runs_on(texts[0][1]):
        # a long name that a narrow column broke mid-phrase (…领导小组，定期 · 调整): one cell
        (start, text), (offset, line) = texts[0], texts[1]
        texts[:2] = [(start, text + " " * (offset - start - len(text)) + line)]
    if len(texts) > slots and (columns.serial is not None or len(texts[0][1]) > _SHORT_NAME):
        return None  # one cell more is a heading the header does not name: a short one
    first = columns.points - len(texts)
    if any(
        first + k not in columns.standards and _deducts(text) for k, (_, text) in enumerate(texts)
    ):
        return None
    if not POINTS_CELL.fullmatch(lines[end][1].strip()):
        return None
    return [*[(texts[0][0], "")] * max(0, slots - len(texts)), *texts, lines[end]], end + 1


def _name_runs_on(text: str) -> bool:
    """Whether a first piece of a row's cells is a name that goes on over the next line.

    A heading the header does not name is short and holds no clause (``组织领导``); a piece
    longer than that or holding a comma, not closed by a stop, is a cell that a narrow column
    broke (``成立法治建设领导小组，定期``).
    """
    if _CLOSED_PIECE.search(text) or _deducts(text):
        return False
    return len(text) > _SHORT_NAME or re.search(r"[，,]", text) is not None


_CLOSED_PIECE = re.compile(r"[。；;！!？?）)]\s*$")


def _left_open(text: str) -> bool:
    """Whether a piece of a cell leaves it open: a bracket not closed, or an open mark at its end.

    A cell broken over lines (a web page's ``<br>``, a PDF's narrow column) goes on on the next
    line after ``认真贯彻上级的部署和要求，`` or ``门户网建设(是否按要求提供资料;``.
    """
    opened = text.count("(") + text.count("（") - text.count(")") - text.count("）")
    return opened > 0 or _OPEN_PIECE.search(text) is not None


def _after_points(
    lines: list[tuple[int, str]], at: int, columns: _StackedColumns, number: int, row: Row
) -> tuple[Row, int]:
    """``row`` with the cells of the columns after its points from ``at`` on, and the line after."""
    end = _cells_end(lines, at, columns, number)
    for column, kind in enumerate(columns.after):
        if at >= end or (not columns.serial and _next_row(lines, at, columns, number)):
            break
        offset, line = lines[at]
        if _pipes_only(line):
            row.append((offset, ""))
        elif not _cell_line(line) or not _takes(kind, line.strip()):
            break
        elif kind == "text" and "text" not in columns.after[column + 1 :]:
            # the last text column: the lines after it that deduct are its own (a standard
            # printed over two lines)
            cell, at = _run_on(lines, at, columns, number)
            row.append(cell)
            continue
        else:
            row.append((offset, line))
        at += 1
    return row, at


def _cells_end(lines: list[tuple[int, str]], at: int, columns: _StackedColumns, number: int) -> int:
    """Where the cells after a row's points end, under a 序号 column after a group's column.

    The lines up to the next row's serial are the row's later cells, then the next group's
    cells: as many as there are more lines than later columns (a group's cell is printed at
    its first row only), and at least the group cells that end them, names with their points
    in brackets that deduct nothing (``政府信息公开（79分）``): a row whose later cells are
    empty leaves them out, and a group's cell is then no standard of the row above. Without
    such columns, the end of the lines.
    """
    if not columns.serial:
        return len(lines)
    limit = min(len(lines), at + len(columns.after) + columns.serial + 1)
    serial = next((k for k in range(at, limit) if lines[k][1].strip() == str(number)), None)
    if serial is None:
        return len(lines)
    between = serial - at
    grouped = 0
    while grouped < between and _group_cell(lines[serial - grouped - 1][1]):
        grouped += 1
    return serial - min(columns.serial, max(grouped, between - len(columns.after)))


_GROUP_CELL = re.compile(r"[^，,；;。：:]{2,30}?\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")
"""A group's cell: its name and its points in brackets (``政府信息公开（79分）``).

The whole of a line (``fullmatch``), so the name may hold figures, brackets and 、; inside a
run of rows parted by their points, ``_scheme_runs._PARTED_GROUP`` finds the same printing with
a narrower name.
"""


def _group_cell(line: str) -> bool:
    """Whether a line is a group's cell printed one a line: a name with bracketed points."""
    return _GROUP_CELL.fullmatch(line.strip()) is not None and not _deducts(line)


def _word_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """A table flattened a row a line, its cells parted by single spaces, rows found by their points.

    ``考核内容 评分标准 分值 自评分 核查分 合计`` over ``制定年度计划 未制定的扣5分 5``: a copy that
    lost the table's cells prints each row's cells one after another, merged and empty cells left
    out. The header is a line of three known headings or more with a points column; each row is
    a line with a word of points (``5`` · ``5分``) after its text. The words before the points fill
    the columns before the points column from the right (the merged ones before them left empty,
    to be carried down); where they are more than those columns, the standard before the points
    (a text of several words) takes what is left over, or else the first is a heading the header
    does not name (one word more) or the last name takes them. The words after the points fill
    the later columns as the cells one a line do (see ``_anchored_rows``), a text column taking
    the rest of the line. A line of only pipes is passed over.
    """
    offset, line = lines[index]
    header = _head_words(offset, line)
    if header is None or len(header) < POINTS_LAST_WIDTH or split_cells(line) is not None:
        return None
    columns = _stacked_columns([PINYIN_GLOSS.sub("", word) for _, word in header], rows_a_line=True)
    if columns is None:
        return None
    rows, at = _rows_under(
        lines, index, header, lambda offset, text: _word_row(offset, text, columns)
    )
    return (rows, at) if len(rows) >= POINTS_LAST_WIDTH else None


_WORD = re.compile(r"\S+")
_HEAD_WORD = re.compile(SPACED_HEADING_WORD.pattern + r"|\S+")
"""A word of a header: a heading letter-spaced (``考 核 内 容``) is one word, as it reads."""


def _head_words(offset: int, line: str) -> Row | None:
    """The headings of a header line parted by single spaces, each named once; None for no header.

    A header names each column once: a word said again closes the heading before it, which a
    space broke in two (``合计 得分`` after ``得分``). A word that is no heading ends the search.
    """
    head: Row = []
    named: set[str] = set()
    for found in _HEAD_WORD.finditer(line):
        word = "".join(found.group().split())
        if not _stacked_heading(word) or len(head) > _SERIAL_HEADER_WIDTH:
            return None
        if head and word in named:
            head[-1] = (head[-1][0], head[-1][1] + word)
            if len(head[-1][1]) > _SERIAL_HEADER_CELL:
                return None
        else:
            head.append((offset + found.start(), word))
        named.add(word)
    return head


def _words(offset: int, line: str, word: re.Pattern[str] = _WORD) -> Row:
    """The words of a line parted by spaces, each with its offset."""
    return [(offset + found.start(), found.group()) for found in word.finditer(line)]


def _joined_words(line: str, offset: int, words: Row) -> tuple[int, str]:
    """Words that follow one another as one cell, with the spaces between them as printed."""
    start, end = words[0][0], words[-1][0] + len(words[-1][1])
    return start, line[start - offset : end - offset]


def _word_row(offset: int, line: str, columns: _StackedColumns) -> Row | None:
    """The cells of one row a line under the columns, or None where the line is no such row.

    Under a 序号 column each row holds its serial, a bare number: the words before it fill the
    columns before the serial (a group's, empty where the group's cell was merged), the words
    after it the row's own columns.
    """
    if split_cells(line) is not None or NOTE_LABEL.match(line.lstrip()):
        return None
    lead, words = _serial_lead(offset, line, columns)
    anchor = _points_word(words, columns)
    if anchor is None:
        return _row_without_points(offset, line, (lead, words), columns)
    slots = columns.points - columns.first
    texts = _closed_by_points(line, offset, words[:anchor], slots)
    heading = (  # a heading the header does not name, before the row's own name
        len(texts) == slots + 1
        and len(texts[0][1]) <= _SHORT_NAME
        and columns.points - 1 not in columns.standards
    )
    if len(texts) > slots and not heading and columns.points - 1 in columns.standards:
        texts = _wrapped_cell(texts, slots)
    if len(texts) > slots and not heading:
        texts = [*texts[: slots - 1], _joined_words(line, offset, texts[slots - 1 :])]
    row: Row = [*lead, *[(texts[0][0], "")] * max(0, slots - len(texts)), *texts, words[anchor]]
    return _cells_after_points(offset, line, row, words[anchor + 1 :], columns)


def _row_without_points(
    offset: int, line: str, split: tuple[Row, Row], columns: _StackedColumns
) -> Row | None:
    """A row a line under a 序号 column whose 分值 cell is empty: an item printed without points.

    The rule of the genre: a table numbers every row in its 序号 column, those that state no
    points too (an item scored by its rules alone: ``2 信息工作 重要信息迟报…每次扣20分。``).
    Printed a row a line, such a row holds its serial among its first words (after its group's
    cells at most), the name after it and then its standard, and no figure where the points
    stand. Only a table with one name column before the points is read so: the name is the word
    after the serial, the rest of the line fills the columns after the points.
    """
    lead, words = split
    if not lead or not words or columns.points - columns.first != 1:
        return None
    every = _words(offset, line)
    first = next(k for k, (_, word) in enumerate(every) if _SERIAL_LINE.fullmatch(word))
    if (
        first > (columns.serial or 0)
        or not all(_name_word(word) for _, word in every[:first])
        # a name cell: no figure, rule or closing stop (本细则 3 月起施行。 is no row)
        or not _name_word(words[0][1])
        or _deducts(words[0][1])
    ):
        return None
    name = words[0]
    row: Row = [*lead, name, (name[0] + len(name[1]), "")]
    return _cells_after_points(offset, line, row, words[1:], columns)


def _cells_after_points(
    offset: int, line: str, row: Row, rest: Row, columns: _StackedColumns
) -> Row | None:
    """A row's cells up to its points, and the words after them filling the later columns."""
    for column, kind in enumerate(columns.after):
        if not rest:
            break
        if kind == "text" and "text" not in columns.after[column + 1 :]:
            row.append(_joined_words(line, offset, rest))
            rest = []
            break
        if not _takes(kind, rest[0][1]):
            return None
        row.append(rest[0])
        rest = rest[1:]
    return None if rest else row


def _serial_lead(offset: int, line: str, columns: _StackedColumns) -> tuple[Row, Row]:
    """The cells up to a row's serial (none without a 序号 column), and the words after them.

    A row with no serial under a 序号 column gives no words: it is no row.
    """
    words = _words(offset, line)
    if columns.serial is None:
        return [], words
    serial = next((k for k, (_, word) in enumerate(words) if _SERIAL_LINE.fullmatch(word)), None)
    if serial is None:
        return [], []
    lead = [*_fitted(line, offset, words[:serial], columns.serial), words[serial]]
    return lead, words[serial + 1 :]


def _points_word(words: Row, columns: _StackedColumns) -> int | None:
    """Which word of a row a line holds its points: after its text, not a date's figure.

    Under a column of targets before the points (指标名称 单位 标准 分值 …) the row's first figure
    may be its target (``% 15 以上 60 4×实达标数``, ``% 70 70 …``): a figure that fits too, no
    more than one word (以上 · 以下) after that one, holds the points, the target the one before.
    """
    found = None
    for k, (_, word) in enumerate(words):
        if not k or not POINTS_CELL.fullmatch(word) or _date_figure(words, k):
            continue
        if not _fits_after(words, k + 1, columns.after):
            continue
        if found is None:
            if not columns.target:
                return k
            found = k
        elif k - found <= _TARGET_WORDS:
            return k
        else:
            break
    return found


_TARGET_WORDS = 2
"""How far a row's points may stand after its target's figure (``15 以上 60``: two words on)."""


def _date_figure(words: Row, k: int) -> bool:
    """Whether the figure of word ``k`` is a date's, spaced out (``于 12 月 31 日前``, ``2024 年``)."""
    after = words[k + 1][1] + " " if k + 1 < len(words) else ""
    before = words[k - 1][1] if k else ""
    return _dated(words[k][1], after) or (
        before.endswith(("年", "月")) and after.startswith(("月", "日"))
    )


def _fitted(line: str, offset: int, words: Row, slots: int) -> Row:
    """Words as ``slots`` cells filled from the right: the merged ones empty, extra words in the first.

    A cell closed by its points in brackets (``组织 领导 (10分)``) is one cell, spaces and all.
    """
    if not words:
        return [(offset, "")] * slots
    cells = _closed_by_points(line, offset, words, slots)
    if len(cells) > slots:
        cells = [_joined_words(line, offset, cells[: len(cells) - slots + 1]), *cells[1 - slots :]]
    return [*[(cells[0][0], "")] * (slots - len(cells)), *cells]


def _closed_by_points(line: str, offset: int, words: Row, slots: int) -> Row:
    """Words with each cell closed by its points in brackets made whole, while they overflow.

    A name cell that states its points (``组织 领导 (10分)``, ``火灾预防 (25分)``) is printed
    with its points last: in a row whose cells a copy parted by single spaces, the words up to
    such points are one cell where the words are more than the columns they fill.
    """
    cells: Row = []
    start = 0
    for index, (_, word) in enumerate(words):
        if len(cells) + len(words) - start <= slots:
            break
        if index > start and _POINTS_ALONE.fullmatch(word):
            cells.append(_joined_words(line, offset, words[start : index + 1]))
            start = index + 1
    return [*cells, *words[start:]]


_CELL_CLOSED = re.compile(r"[。；;，,：:]$")
_CLAUSE_OPENING = re.compile(r"每|凡|按时|按期|按要求|按规定|及时|全年|年内|年度内|年底前|定期")
"""Words a standard's clause opens with (每季度 · 按时 · 全年 · 凡): no piece of a wrapped name."""
_STATES_POINTS = re.compile(r"\d\s*分")


def _wrapped_cell(texts: Row, slots: int) -> Row:
    """The words before a row's standard with the cell before it made whole again.

    A PDF's copy prints a cell wrapped inside its column as words parted by a space
    (``制定年度 计划 未制定的扣5分``): the standard begins at its first word that deducts, and the
    words before it are one cell cut where its column wraps, every line as long as the first but
    the last, which is no longer (a lead-in of the standard, ``每季度召开一次``, is longer), none
    closed by a stop or stating points (``有计划的得5分``). A word after the name that opens a
    clause of the standard (``每季度`` · ``按时`` · ``全年``), however short, is the standard's.
    """
    if slots < 2:
        return texts
    head = slots - 2
    deducts = next((k for k in range(slots - 1, len(texts)) if _deducts(texts[k][1])), None)
    if deducts is None or deducts == slots - 1:
        return texts
    width = len(texts[head][1])
    pieces = texts[head + 1 : deducts]
    if (
        _CELL_CLOSED.search(texts[head][1])
        or _CLAUSE_OPENING.match(pieces[0][1])
        or any(len(text) != width for _, text in pieces[:-1])
        or len(pieces[-1][1]) > width
        or any(_STATES_POINTS.search(text) for _, text in pieces)
    ):
        return texts
    cell = (texts[head][0], "".join(text for _, text in texts[head:deducts]))
    return [*texts[:head], cell, *texts[deducts:]]


def _fits_after(words: Row, at: int, after: tuple[str, ...]) -> bool:
    """Whether the words from ``at`` on fill the columns after the points, as `_word_row` reads them.

    A row's points are the first bare number followed only by what the later columns hold: a
    figure inside a standard spaced out by a PDF's copy (``缺 1 次扣 2 分``) is followed by more of
    the standard. Each column takes one word or, the last text column, all the rest, so the
    check looks at no more words than the header has columns.
    """
    for column, kind in enumerate(after):
        if at >= len(words):
            return True
        if kind == "text" and "text" not in after[column + 1 :]:
            return True
        if not _takes(kind, words[at][1]):
            return False
        at += 1
    return at >= len(words)


_POINTS_ALONE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")
_NOTE_CELL = 12
"""The longest cell of a column a table heads as no item's text (责任科室 · 备注)."""


_BRACKETED_NOTE = re.compile(r"[（(][^（()）]*[）)]")


def _deducts(cell: str) -> bool:
    """Whether a cell deducts outside its brackets (a name may note a deduction in brackets)."""
    return RULE_PIECE.search(_BRACKETED_NOTE.sub("", cell)) is not None


def _takes(kind: str, cell: str) -> bool:
    """Whether a cell fits a column after the points: points, a text, or a short note."""
    if kind == "any":
        return True
    if kind == "points":
        return POINTS_CELL.fullmatch(cell) is not None
    if POINTS_CELL.fullmatch(cell):
        return False
    return kind == "text" or (len(cell) <= _NOTE_CELL and not RULE_PIECE.search(cell))


def _run_on(
    lines: list[tuple[int, str]], at: int, columns: _StackedColumns, number: int
) -> tuple[tuple[int, str], int]:
    """A text cell from ``at`` on with the lines after it that run it on, and the line after them.

    A cell broken over lines (a ``<br>`` in a web page's cell, a PDF's line) goes on with a
    line that deducts or closes a rule (``扣完为止`` · ``不得分``), or with any line after a piece
    that leaves its text open (``未按规定报备的，`` · ``…扣2分；``), unless that line opens the next row
    or is a group's cell before it. The lines between keep their gaps as spaces, so that
    offsets inside the cell stay true.
    """
    start, text = lines[at]
    at += 1
    while (
        at < len(lines)
        and _cell_line(lines[at][1])
        and not _next_row(lines, at, columns, number)
        and (
            RULE_PIECE.search(lines[at][1])
            or (
                _OPEN_PIECE.search(text) is not None
                and not (at + 1 < len(lines) and _next_row(lines, at + 1, columns, number))
            )
        )
    ):
        offset, line = lines[at]
        text += " " * (offset - start - len(text)) + line
        at += 1
    return (start, text), at


def _serial_at(lines: list[tuple[int, str]], at: int, before: int, number: int) -> int | None:
    """The line of serial ``number`` from ``at`` on, after at most ``before`` cells of groups.

    A group's column before the 序号 column (类别 · 序号) prints its cell at the group's first
    row only, before that row's serial: the cells before it are text, never points.
    """
    for where in range(at, min(len(lines), at + before + 1)):
        line = lines[where][1].strip()
        if line == str(number):
            return where
        if not _cell_line(line) or POINTS_CELL.fullmatch(line) or _deducts(line):
            return None
    return None


def _next_row(lines: list[tuple[int, str]], at: int, columns: _StackedColumns, number: int) -> bool:
    """Whether the next row opens at ``at``: its serial, or a text cell with points after it."""
    line = lines[at][1].strip()
    if columns.serial is not None:
        serial = _serial_at(lines, at, columns.serial, number)
        return (
            serial is not None
            and serial + 1 < len(lines)
            and not POINTS_CELL.fullmatch(lines[serial + 1][1].strip())
        )
    return (
        not POINTS_CELL.fullmatch(line)
        and at + 1 < len(lines)
        and POINTS_CELL.fullmatch(lines[at + 1][1].strip()) is not None
    )


_TRAILING_HEADING = re.compile(r"备注|说明|得分|自评分?|考评分|扣分原因|实得分")
_SHORT_NAME = 24


def _anchored_cell_rows(
    lines: list[tuple[int, str]],
    at: int,
    rows: list[tuple[Row | None, list[int]]],
    *,
    spaced: bool = False,
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Rows of a name line, a points line and a standard of one line or more (类别 / 分值 / 标准).

    The standard runs on to the next name followed by its points; a trailing heading with no
    cells under it (备注) is passed over. When the header's lines stand apart by blank lines
    (``spaced``), so do the cells, and a standard's lines run on over them.
    """
    while at < len(lines) and _TRAILING_HEADING.fullmatch(re.sub(r"\s+", "", lines[at][1])):
        at += 1

    def opens(where: int) -> bool:
        if where + 2 >= len(lines):
            return False
        name, points = lines[where][1], lines[where + 1][1]
        return (
            len(name) <= _SHORT_NAME
            and (find_marker(name) is None or _NAME_PUNCTUATION.search(name) is None)
            and split_cells(name) is None
            and POINTS_CELL.fullmatch(points) is not None
        )

    found: list[tuple[Row | None, list[int]]] = []
    while opens(at):
        end = at + 3
        # the standard's lines follow one another, line after line, to the next row
        while (
            end < len(lines)
            and not opens(end)
            and split_cells(lines[end][1]) is None
            and (spaced or lines[end][0] == lines[end - 1][0] + len(lines[end - 1][1]) + 1)
        ):
            end += 1
        standard = _broken_cell(lines[at + 2 : end])
        row = [lines[at], lines[at + 1], (lines[at + 2][0], standard)]
        found.append((row, [offset for offset, _ in lines[at:end]]))
        at = end
    return ([*rows, *found], at) if len(found) >= 2 else None


def _broken_cell(lines: list[tuple[int, str]]) -> str:
    """Lines of one cell as one text, a line break for each character between them.

    The blank lines a copy sets between a cell's lines are kept as line breaks, so that every
    offset inside the cell stays where it is in the text (joined by one break each, the cell's
    later lines stood a blank line early).
    """
    text = lines[0][1]
    for (offset, line), (following, later) in itertools.pairwise(lines):
        text += "\n" * (following - offset - len(line)) + later
    return text


_NAME_PUNCTUATION = re.compile(r"[，,。；;：:]")
"""What a numbered name cell (一、预防森林火灾发生) never holds, though a numbered standard does."""


def _apart(header: list[tuple[int, str]]) -> bool:
    """Whether the lines of a header read one heading a line stand apart by blank lines."""
    return all(
        after[0] > before[0] + len(before[1]) + 1 for before, after in itertools.pairwise(header)
    )


_SPACES = re.compile(r"[ \u3000]{2,}")


def _space_cells(offset: int, line: str) -> Row:
    """The cells of a line whose columns are set apart by two spaces or more."""
    row: Row = []
    at = 0
    for gap in [*_SPACES.finditer(line), None]:
        end = gap.start() if gap is not None else len(line)
        if line[at:end].strip():
            row.append((offset + at, line[at:end].strip()))
        at = gap.end() if gap is not None else at
    return row


def _pipes_only(line: str) -> bool:
    """Whether a line holds pipes and nothing else (spaces aside): cell edges with no cell."""
    return "|" in line and not line.strip(" |\t\u3000")


def _space_rows(
    lines: list[tuple[int, str]], index: int, text: str = ""
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """A table whose columns are set apart by two spaces or more.

    A header of three cells or more, then every line of two cells or more (a row that leaves
    merged cells out has fewer). A line of only pipes between them (``|``: what is left of a
    cell edge a heading broken over two lines kept) is no row and ends none. Where ``text``
    shows the lines' layout, a row's cells wrapped over the lines below it (a PDF's text with
    its layout kept) are joined up (see `_wrapped_rows`).
    """
    offset, line = lines[index]
    header = _space_cells(offset, line)
    if (
        len(header) < 3
        or split_cells(line) is not None
        or header_columns([t for _, t in header]) is None
    ):
        return None
    if text:
        wrapped = _wrapped_rows(lines, index, header, text)
        if wrapped is not None:
            return wrapped
    starts = [start for start, _ in _piece_columns(text, header)] if text else []
    aligned: list[bool] = []  # whether a full row's cells stand under the header's
    columns = header_columns([cell for _, cell in header]) or {}
    points, names = set(columns.get("points", [])), set(columns.get("names", []))

    def placed(offset: int, line: str) -> Row | None:
        row = _spaced_row(offset, line)
        if row is None or not starts:
            return row
        if len(row) == len(starts) and not aligned:
            aligned.append(_header_targets(row, starts, text) == list(range(len(starts))))
        if not (aligned and aligned[0]):
            return row
        moved = _under_header(row, starts, text)
        return moved if _points_in_place(moved, row, starts, text, (points, names)) else row

    rows, at = _rows_under(lines, index, header, placed)
    return (rows, at) if len(rows) >= 2 else None


def _under_header(row: Row, starts: list[int], text: str) -> Row:
    """``row`` with an empty cell for each column of the header it leaves empty between its cells.

    Columns set apart by runs of spaces print an empty cell as a wider gap: ``3  扣分项      每件
    扣2分`` under ``序号  考核项目  分值  评分标准``. Each cell goes to the header's column whose start
    stands nearest to its own; a column skipped between two cells is an empty cell, so the
    standard stays in the standard's column. Columns left out before the first cell (a group's
    cell merged over rows) stay left out. The row as it is where two cells would share a column
    or a cell stands nearer no column than ``_WRAP_SLACK`` allows. Only a table whose first
    full row stands under its header is placed so: a printing that sets cells apart by a fixed
    run of spaces keeps no columns.
    """
    targets = _header_targets(row, starts, text) if len(row) < len(starts) else None
    if targets is None:
        return row
    placed: Row = [row[0]]
    for (before, after), (start, cell) in zip(itertools.pairwise(targets), row[1:], strict=True):
        placed.extend((start, "") for _ in range(after - before - 1))
        placed.append((start, cell))
    return placed


def _points_in_place(
    moved: Row, row: Row, starts: list[int], text: str, columns: tuple[set[int], set[int]]
) -> bool:
    """Whether ``moved`` (``row`` placed under the header) puts points and names where they go.

    ``columns`` are the header's points columns and its name columns. A printing that parts
    cells by a fixed run of spaces can stand its first full row under the header by chance
    (cells as wide as the header's): its short rows then stand under no column, and placing
    them puts a name under a points column or a row's points under a name's.
    """
    points, names = columns
    if moved is row or not points:
        return True
    targets = _header_targets(row, starts, text)
    first = targets[0] if targets else 0
    for k, (_, cell) in enumerate(moved):
        misplaced = (first + k in points) != bool(POINTS_CELL.fullmatch(cell))
        if cell and misplaced and (first + k in points or first + k in names):
            return False
    return True


def _header_targets(row: Row, starts: list[int], text: str) -> list[int] | None:
    """The header's column each cell of ``row`` stands under, left to right; None if one fits none.

    A cell stands under the column whose start is nearest its own, no farther than
    ``_WRAP_SLACK``; two cells under one column fit none.
    """
    targets: list[int] = []
    for column, _ in _piece_columns(text, row):
        right = bisect.bisect_left(starts, column)
        nearest = min(
            (k for k in (right - 1, right) if 0 <= k < len(starts)),
            key=lambda k: abs(starts[k] - column),
        )
        if abs(starts[nearest] - column) > _WRAP_SLACK or (targets and nearest <= targets[-1]):
            return None
        targets.append(nearest)
    return targets


def _piece_columns(text: str, pieces: Row) -> list[tuple[int, int]]:
    """Where each piece of a line starts and ends, in display columns (a CJK character takes two).

    One pass over the line, so that a line of many pieces costs no more than its length.
    """
    if not pieces:
        return []
    at = text.rfind("\n", 0, pieces[0][0]) + 1
    column = 0
    found = []
    for start, piece in pieces:
        column += _width(text[at:start])
        end = column + _width(piece)
        found.append((column, end))
        column, at = end, start + len(piece)
    return found


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _wrapped_rows(
    lines: list[tuple[int, str]], index: int, header: Row, text: str
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """Rows of a table laid out in columns, each row's cells wrapped over the lines below it.

    A PDF's text with its layout kept prints a long cell over several lines, each piece under
    its column: ``组织领导   成立法治建设   10   未成立领导小组的扣10`` then ``领导小组   分``, indented to
    their columns. A row opens on a line with its points (a bare number); each piece of a line
    without points joins the cell of the row above that starts nearest to it, when it fits in
    that cell's column (a paragraph after the table runs wider). None unless some row wraps.
    """
    rows: list[tuple[Row | None, list[int]]] = [(header, [lines[index][0]])]
    starts: list[int] = []  # the display column where each cell of the open row starts
    heads = [start for start, _ in _piece_columns(text, header)]
    columns = header_columns([cell for _, cell in header]) or {}
    wrapped = False
    at = index + 1
    while at < len(lines):
        offset, line = lines[at]
        if split_cells(line) is not None:
            break
        pieces = _space_cells(offset, line)
        pointless = _pointless_row(rows[-1][0], pieces, heads, columns, text)
        if len(pieces) >= 2 and any(POINTS_CELL.fullmatch(piece) for _, piece in pieces):
            rows.append((pieces, [offset]))
            starts = [start for start, _ in _piece_columns(text, pieces)]
        elif pointless is not None:
            rows.append((_under_header(pieces, heads, text), [offset]))
            starts = heads[pointless[0] : pointless[-1] + 1]
        elif (
            not starts
            or _PART_HEADING.match(line)
            or _TOTAL_LABEL.fullmatch(rows[-1][0][0][1] if rows[-1][0] else "")
            or not _wrap_onto(rows[-1], starts, pieces, text)
        ):
            break  # a part's heading after the table, or a line under its total row
        else:
            rows[-1][1].append(offset)
            wrapped = True
        at += 1
    return (rows, at) if wrapped and len(rows) >= 3 else None


def _pointless_row(
    above: Row | None, pieces: Row, heads: list[int], columns: dict[str, list[int]], text: str
) -> list[int] | None:
    """The header columns of a line that opens a row of its own with its points cell empty.

    A 扣分项 or 一票否决 row has no points: its name stands under a name column and its
    standard under the standard's, the points column between them left empty. It opens a row,
    not a wrapped piece of the row above, when that row's last cell closed its sentence.
    """
    if above is None or len(pieces) < 2 or not _SENTENCE_CLOSED.search(above[-1][1]):
        return None
    targets = _header_targets(pieces, heads, text)
    names, standards = columns.get("names", []), columns.get("standards", [])
    # a standard's clause closed by ；goes on with its next clause as often as not: a line under
    # it opens a row only from the first name column, a piece under a later one is wrapped
    clause = _CLAUSE_CLOSED.search(above[-1][1]) is not None
    if (
        targets is None
        or not columns.get("points")
        or targets[0] not in names
        or (clause and targets[0] != names[0])
        or targets[-1] not in standards
        or any(k in columns.get("points", []) for k in targets)
    ):
        return None
    return targets


_SENTENCE_CLOSED = re.compile(r"[。；;！!]\s*$")
"""A cell that closes its sentence: what stands below it opens a row, not a wrap of it."""
_CLAUSE_CLOSED = re.compile(r"[；;]\s*$")
"""A cell that closes a clause only: its sentence may go on below it."""


def _wrap_onto(
    row: tuple[Row | None, list[int]], starts: list[int], pieces: Row, text: str
) -> bool:
    """Join each piece of a wrapped line to the cell of ``row`` it stands under; False if one fits none."""
    cells = row[0]
    if cells is None or not pieces:
        return False
    targets = []
    for column, end in _piece_columns(text, pieces):
        right = bisect.bisect_left(starts, column)  # the starts run left to right
        nearest = min(
            (k for k in (right - 1, right) if 0 <= k < len(starts)),
            key=lambda k: abs(starts[k] - column),
        )
        width = end - column
        room = starts[nearest + 1] - starts[nearest] if nearest + 1 < len(starts) else None
        if abs(starts[nearest] - column) > _WRAP_SLACK or (room is not None and width > room):
            return False
        targets.append(nearest)
    for (start, piece), nearest in zip(pieces, targets, strict=True):
        cell_start, cell = cells[nearest]
        cells[nearest] = (cell_start, cell + " " * (start - cell_start - len(cell)) + piece)
    return True


_PART_HEADING = re.compile(
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章条]"
)
"""A part's heading (二、 · （二） · 第五条): a paragraph after a table, never a piece of its cell."""
_TOTAL_LABEL = re.compile(r"合\s*计|总\s*[分计]|小\s*计")
"""The label of a table's total row: nothing below it wraps into it."""
_WRAP_SLACK = 4
"""How far a wrapped piece may stand from its cell's start, in display columns."""


def _spaced_row(offset: int, line: str) -> Row | None:
    """A row of cells set apart by two spaces or more (two cells or more); None for none."""
    row = _space_cells(offset, line)
    return row if len(row) >= 2 and split_cells(line) is None else None


def _rows_under(
    lines: list[tuple[int, str]],
    index: int,
    header: Row,
    read: Callable[[int, str], Row | None],
) -> tuple[list[tuple[Row | None, list[int]]], int]:
    """The header at ``index`` and the rows ``read`` finds under it, with where they end.

    The rows run to the first line ``read`` refuses; a line of only pipes between rows is
    passed over, and so is a part's heading between rows (``二、重点工作（20分）``): it is
    read as a part, which takes the rows after it (``adopt_table_items``).
    """
    rows: list[tuple[Row | None, list[int]]] = [(header, [lines[index][0]])]
    at = index + 1
    while at < len(lines):
        if _pipes_only(lines[at][1]) or (
            _PART_NUMBER.match(lines[at][1])
            and at + 1 < len(lines)
            and read(*lines[at]) is None
            and read(*lines[at + 1]) is not None
        ):
            at += 1
            continue
        row = read(*lines[at])
        if row is None:
            break
        rows.append((row, [lines[at][0]]))
        at += 1
    return rows, at


_SPACE = re.compile(r"[ \u3000]+")
_HEADER_CELL = 8
"""The longest cell of a header whose columns are set apart by single spaces."""
_POINTS_ONLY = re.compile(r"[（(]?\d+(?:\.\d+)?\s*分?[）)]?")


def _first_cells(offset: int, line: str, count: int) -> Row:
    """The first ``count - 1`` words of a line as cells, the rest of the line as the last one."""
    row: Row = []
    at = len(line) - len(line.lstrip(" \u3000"))
    for gap in _SPACE.finditer(line, at):
        if len(row) == count - 1:
            break
        if gap.start() > at:
            row.append((offset + at, line[at : gap.start()]))
        at = gap.end()
    if line[at:].strip():
        row.append((offset + at, line[at:].rstrip()))
    return row


_DATE_UNIT = re.compile(r"[年月日](?:\s|\d|$)")


def _dated(figure: str, after: str) -> bool:
    """Whether a figure is a date's, spaced out from its unit (``2024 年 1 月``, ``2024 年起``)."""
    return _DATE_UNIT.match(after) is not None or (
        re.fullmatch(r"(?:19|20)\d\d", figure) is not None and after.startswith("年")
    )


def _single_space_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[Row | None, list[int]]], int] | None:
    """A table whose columns are set apart by single spaces (``执法主体 10分 1.…；2.…``).

    A header of three short column names or more, every one a known heading with a points
    column among them (考核项目 分值 评分标准), then every line whose words fill the columns
    before the last, the points column holding points alone; the last column takes the rest of
    the line, spaces and all. A note (``注：本办法自 2024 年 1 月 1 日起施行``) or a line whose
    figure is a date's (``各单位于 12 月 31 日前报送``) ends the table.
    """
    offset, line = lines[index]
    words = line.split()
    if not 3 <= len(words) <= _SERIAL_HEADER_WIDTH or split_cells(line) is not None:
        return None  # a header of more words than a table has columns is none
    if any(len(word) > _HEADER_CELL for word in words):
        return None
    columns = header_columns(words)
    if columns is None or not columns["points"]:
        return None
    known = [index for key in ("names", "points", "standards", "skipped") for index in columns[key]]
    if len(set(known)) != len(words):
        return None
    points = columns["points"][0]
    rows: list[tuple[Row | None, list[int]]] = [(_first_cells(offset, line, len(words)), [offset])]
    at = index + 1
    while at < len(lines):
        row = _first_cells(*lines[at], len(words))
        if (
            len(row) <= points
            or split_cells(lines[at][1]) is not None
            or not _POINTS_ONLY.fullmatch(row[points][1])
            or NOTE_LABEL.match(row[0][1])
            or (len(row) > points + 1 and _dated(row[points][1], row[points + 1][1]))
        ):
            break  # a note after the table, or a date's figure spaced out (自 2024 年 1 月)
        rows.append((row, [lines[at][0]]))
        at += 1
    return (rows, at) if len(rows) >= 2 else None
