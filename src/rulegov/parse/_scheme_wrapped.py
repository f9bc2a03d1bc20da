r"""Tables whose cells wrap over lines, each row joined back onto one line of tab cells.

A table copied from a PDF with its layout kept, or from a Word table into plain text, prints a
long cell over several lines:

- laid out in columns of spaces, each piece of a cell under its column
  (``1、制定推进依法行政总体    没有总体方案和年度工作计`` over
  ``                            方案和年度工作计划,工作    划的扣3分;…``);
- as tab rows whose wrapped pieces stand on lines of their own, after as many tabs as their
  column has columns before it (``组织领导\t1.成立领导小组…\t5`` over ``\t\t工作机构…``), the
  first column's pieces after none;
- as tab rows whose cells break after their commas and semicolons, as a browser copies a page's
  ``<br>``: the next cell goes on after a tab on the line where the cell ends.

Read line by line, such a row falls apart: its name stops mid-word, its points and rules stand
under no item. `unwrapped_rows` joins each row's pieces back, cell by cell, into one line of
cells set apart by tabs. A piece goes on the cell above it when the piece above fills its
column's width (the widest piece of that column, less one wide character), as a wrapped line
does, and every other piece of its line does the same; a line with a piece under a column that
did not wrap opens a new row. The scheme is read from the joined rows only where that reads
more (see ``_scheme``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rulegov._text import display_width

__all__ = ["unwrapped_rows"]


class _Piece(NamedTuple):
    column: int
    start: int
    text: str


_SPACE_GAP = re.compile(r"[ \u3000]{2,}")
_FILL_SLACK = 2
"""How much narrower than its column's widest piece a piece may be and still have wrapped."""
_LEAST_WRAPPED = 2
"""The fewest lines, indented under their column, that continue a cell: fewer tell no layout."""
_BROKEN = re.compile(r"[，,；;、]$")
# a piece that starts a row of its own, never the rest of a cell: a total's label, or a figure
# alone (a row's points; a cell's words never wrap to leave a bare figure on the next line)
_OWN_ROW = re.compile(r"(?:合|总|小)\s*计|总\s*分|\d+(?:\.\d+)?\s*分?")
_LEAST_BROKEN = 2


def unwrapped_rows(text: str) -> tuple[str, list[int]] | None:
    r"""The text with the rows of its wrapped tables joined, and where each character stands.

    ``None`` when the text holds no such table. The second value maps each offset of the new
    text (and its end) to the offset of the same character in ``text``.

    Examples:
        >>> printed = "项目\t考核内容\t分值\n组织领导\t成立领导小组并\t5\n\t明确分工召开会\n\t议\n"
        >>> unwrapped_rows(printed)[0].splitlines()[1]
        '组织领导\t成立领导小组并明确分工召开会议\t5'
    """
    lines = _lines(text)
    joined = _comma_joined(text, lines)
    if joined is not None:
        return joined
    tabbed = sum("\t" in line for _, line in lines)
    pieces = _tab_pieces(lines) if tabbed >= _LEAST_WRAPPED else _space_pieces(lines)
    if pieces is None:
        return None
    return _rows_joined(text, lines, pieces, tabbed=tabbed >= _LEAST_WRAPPED)


def _lines(text: str) -> list[tuple[int, str]]:
    found = []
    start = 0
    for line in text.split("\n"):
        found.append((start, line))
        start += len(line) + 1
    return found


def _comma_joined(text: str, lines: list[tuple[int, str]]) -> tuple[str, list[int]] | None:
    """Tab rows broken after commas joined back; ``None`` unless there are some, and no wrap.

    A line that ends after a comma goes on with the next when the row goes on: the next line
    holds no tab and the row has one (the cell goes on) or reaches one (its first cell broke),
    or the next line's cells fit in what the row lacks of the widest row's.
    """
    most = max(line.count("\t") for _, line in lines)
    if not most or any(line.startswith("\t") and line.strip() for _, line in lines):
        return None
    reaches = _tabs_ahead(lines)
    chars: list[str] = []
    where: list[int] = []
    joins = 0
    tabs = 0
    for index, (start, line) in enumerate(lines):
        chars.append(line)
        where.extend(range(start, start + len(line)))
        tabs += line.count("\t")
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        if _BROKEN.search(line.rstrip()) and following.strip():
            ahead = following.count("\t")
            if (ahead and tabs + ahead <= most) or (not ahead and (tabs or reaches[index + 1])):
                joins += 1
                continue
        tabs = 0
        if index + 1 < len(lines):
            chars.append("\n")
            where.append(start + len(line))
    if joins < _LEAST_BROKEN:
        return None
    where.append(len(text))
    return "".join(chars), where


def _tabs_ahead(lines: list[tuple[int, str]]) -> list[bool]:
    """For each line, whether the lines from it reach a tab before a line that ends unbroken."""
    ahead = [False] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index][1]
        ahead[index] = "\t" in line or (bool(_BROKEN.search(line.rstrip())) and ahead[index + 1])
    return ahead


def _tab_pieces(lines: list[tuple[int, str]]) -> dict[int, list[_Piece]] | None:
    """Each line's pieces by tab columns; ``None`` without lines that continue a cell so."""
    found: dict[int, list[_Piece]] = {}
    indented = 0
    for index, (start, line) in enumerate(lines):
        if "\t" not in line:
            continue
        pieces = []
        offset = start
        for column, cell in enumerate(line.split("\t")):
            if cell.strip():
                lead = len(cell) - len(cell.lstrip())
                pieces.append(_Piece(column, offset + lead, cell.strip()))
            offset += len(cell) + 1
        if pieces:
            found[index] = pieces
            indented += len(pieces) == 1 and pieces[0].column > 0
    return found if indented >= _LEAST_WRAPPED else None


def _space_pieces(lines: list[tuple[int, str]]) -> dict[int, list[_Piece]] | None:
    """Each laid-out line's pieces by the columns their starts line up under."""
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for index, (start, line) in enumerate(lines):
        if not _SPACE_GAP.search(line.strip()) and not (line.startswith("  ") and line.strip()):
            continue
        found = []
        position = 0
        last = 0
        for part in re.finditer(r"\S+(?: \S+)*", line):
            position += display_width(line[last : part.start()])
            last = part.start()
            found.append((position, start + part.start(), part.group()))
        spans[index] = found
    counts: dict[int, int] = {}
    for found in spans.values():
        for position, _, _ in found:
            counts[position] = counts.get(position, 0) + 1
    if not spans:
        return None
    # a column starts where pieces start on two lines or more, or where the head's cells do
    # (the line of the most pieces): a column of short cells may wrap on no line
    head = max(spans.values(), key=len)
    edges = sorted(
        {position for position, count in counts.items() if count >= _LEAST_WRAPPED}
        | {position for position, _, _ in head}
    )
    if len(edges) < _LEAST_WRAPPED or edges[0] != 0:
        return None
    pieces = {
        index: [_Piece(_column(edges, position), offset, word) for position, offset, word in found]
        for index, found in spans.items()
    }
    indented = sum(
        1 for index, found in pieces.items() if found[0].column > 0 and lines[index][1][:1] == " "
    )
    return pieces if indented >= _LEAST_WRAPPED else None


def _column(edges: list[int], position: int) -> int:
    column = 0
    for index, edge in enumerate(edges):
        if edge <= position + 1:
            column = index
    return column


def _rows_joined(
    text: str, lines: list[tuple[int, str]], pieces: dict[int, list[_Piece]], *, tabbed: bool
) -> tuple[str, list[int]] | None:
    """The lines with each table row's pieces joined into tab cells (see module)."""
    chars: list[str] = []
    where: list[int] = []
    row: dict[int, list[_Piece]] | None = None
    wrapping = _Wrapping(_widths(pieces), tabbed=tabbed)
    continued = 0
    for index, (start, line) in enumerate(lines):
        found = pieces.get(index)
        if found is None and line.strip() and row is not None:
            found = [_Piece(0, start + len(line) - len(line.lstrip()), line.strip())]
        if row is not None and found and wrapping.goes_on(found):
            for piece in found:
                row.setdefault(piece.column, []).append(piece)
            continued += 1
        elif index in pieces and found is not None:
            if row is not None:
                _emit(row, chars, where)
            row = {piece.column: [piece] for piece in found}
            wrapping.opened(found)
        else:
            if row is not None:
                _emit(row, chars, where)
                row = None
            chars.append(line + "\n")
            where.extend(range(start, start + len(line) + 1))
    if row is not None:
        _emit(row, chars, where)
    if continued < _LEAST_WRAPPED:
        return None
    printed = "".join(chars)[:-1]  # no line break after the last line
    return printed, [*where[: len(printed)], len(text)]


def _widths(pieces: dict[int, list[_Piece]]) -> dict[int, int]:
    """Each column's width: its widest piece."""
    widths: dict[int, int] = {}
    for found in pieces.values():
        for piece in found:
            widths[piece.column] = max(widths.get(piece.column, 0), display_width(piece.text))
    return widths


class _Wrapping:
    """Which columns of the row being read wrapped onto the next line: their last piece fills.

    Laid out in spaces, the pieces of one line are the next line of every column that wrapped;
    as tab rows, each piece stands on a line of its own, the columns in turn (a piece under a
    column before the last one's starts the next turn), so a column that wrapped has its piece
    before the next column's.
    """

    def __init__(self, widths: dict[int, int], *, tabbed: bool) -> None:
        self.widths = widths
        self.tabbed = tabbed
        self.open: set[int] = set()
        self.last = 0

    def _fills(self, piece: _Piece) -> bool:
        return display_width(piece.text) >= self.widths[piece.column] - _FILL_SLACK

    def opened(self, found: list[_Piece]) -> None:
        """A row's first line: its columns whose piece fills go on."""
        self.open = {piece.column for piece in found if self._fills(piece)}
        self.last = max(piece.column for piece in found)

    def goes_on(self, found: list[_Piece]) -> bool:
        """Whether a line's pieces go on the cells above them; if so, take them."""
        if any(_OWN_ROW.fullmatch(piece.text.strip()) for piece in found):
            return False
        if not self.tabbed:
            if not all(piece.column in self.open for piece in found):
                return False
            self.open = {piece.column for piece in found if self._fills(piece)}
            return True
        if len(found) > 1:
            return False
        column = found[0].column
        if column > self.last:
            skipped = set(range(self.last + 1, column))
        else:  # the next turn: the columns after the last one's and before this one did not wrap
            skipped = {other for other in self.open if other > self.last or other < column}
        self.open -= skipped
        if column not in self.open:
            return False
        if not self._fills(found[0]):
            self.open.discard(column)
        self.last = column
        return True


def _emit(row: dict[int, list[_Piece]], chars: list[str], where: list[int]) -> None:
    """One row as a line of tab cells, each cell its pieces run together."""
    last = max(row)
    end = 0
    for column in range(last + 1):
        for piece in row.get(column, []):
            chars.append(piece.text)
            where.extend(range(piece.start, piece.start + len(piece.text)))
            end = max(end, piece.start + len(piece.text))
        if column < last:
            chars.append("\t")
            where.append(end)
    chars.append("\n")
    where.append(end)
