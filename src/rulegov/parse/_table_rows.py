"""The data rows of a task-division table in a document, handed out to the tasks read from them.

The one table reader (`rulegov.parse._table`) turns a table's rows into sections and tasks; the
parser then gives each task back the rows it was read from, in the table's order, so that its
lines, text and span are the document's own.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from rulegov.parse._facts import span_fields
from rulegov.parse._table_header import normal

if TYPE_CHECKING:
    from rulegov.parse._facts import Segment
    from rulegov.parse._text import Line

__all__ = ["TableRows", "find_printed"]


class TableRows:
    """The data rows of a table in a document, handed out to the tasks read from them."""

    def __init__(
        self, rows: list[tuple[Line, list[tuple[int, int]]]], columns: dict[int, str]
    ) -> None:
        self.rows = rows
        self.claimed: set[int] = set()
        self.free = 0  # every row above this one is claimed: searches start here
        self.after = 0  # the row after the last task's rows
        self.title = next((i for i, f in columns.items() if f == "title"), None)
        self.number = next((i for i, f in columns.items() if f == "number"), None)
        self.text_cells = [i for i, f in columns.items() if f in ("title", "measures")]
        self.ids: dict[str, str] = {}
        # the rows of one text (a section's heading may stand alone in one cell, or in each cell
        # it spans, merged across the table), and its text
        self.lone: list[int] = []
        self.lone_texts: list[str] = []
        for index, (line, cells) in enumerate(rows):
            filled = {normal(line.text[slice(*cell)]) for cell in cells if cell[1] > cell[0]}
            filled.discard("")
            if len(filled) == 1:
                self.lone.append(index)
                self.lone_texts.append(filled.pop())
        # the last row above each row with a task cell: found in one pass, not a search a row
        self.titled_above: list[int | None] = []
        last: int | None = None
        for index in range(len(rows)):
            self.titled_above.append(last)
            if self.cell(index, self.title):
                last = index

    def cell(self, index: int, column: int | None) -> str:
        line, cells = self.rows[index]
        if column is None or column >= len(cells):
            return ""
        return line.text[slice(*cells[column])]

    def starts_task(self, index: int) -> bool:
        """Whether a row opens a task: a number or task of its own, not repeating the row above."""
        number, title = self.cell(index, self.number), self.cell(index, self.title)
        above = self.titled_above[index]
        if (
            above is not None
            and title == self.cell(above, self.title)
            and number in ("", self.cell(above, self.number))
        ):
            return False  # a merged cell repeated in each row: the same task
        cells = self.rows[index][1]
        filled = [cell for cell in cells if cell[1] > cell[0]]
        if not number and title and len(filled) == 1 and self.number is not None:
            return False  # the rest of a task cell broken over lines
        return bool(number or title)

    def claim_heading(self, title: str) -> Line | None:
        """The line of the first unclaimed row that holds a section's heading alone (|一、依法行政|||)."""
        key = normal(title)
        if not key:
            return None
        for place in range(bisect.bisect_left(self.lone, self.free), len(self.lone)):
            index = self.lone[place]
            if index not in self.claimed and key in self.lone_texts[place]:
                self.take(range(index, index + 1))
                return self.rows[index][0]
        return None

    def naming(self, key: str, indexes: range, *, anywhere: bool = False) -> int | None:
        """The first unclaimed row of ``indexes`` whose text cells name ``key``, if any.

        With ``anywhere``, any cell of the row may name it: a row a cell longer or shorter than
        the header (a section's cell merged over rows, printed in the first row only) puts the
        task's text under another column than the header's.
        """
        for i in indexes:
            if i in self.claimed:
                continue
            columns = range(len(self.rows[i][1])) if anywhere else self.text_cells
            if any(
                key in cell or (cell and key.startswith(cell))
                for cell in (self.cell(i, column) for column in columns)
            ):
                return i
        return None

    def find(self, key: str) -> int | None:
        """The row that names ``key``: in its text cells, else in any cell.

        Rows are claimed in the table's order: the rows after the last claim are searched first,
        then those above it.
        """
        for anywhere in (False, True):
            found = self.naming(key, range(self.after, len(self.rows)), anywhere=anywhere)
            if found is None:
                found = self.naming(key, range(self.free, self.after), anywhere=anywhere)
            if found is not None:
                return found
        return None

    def take(self, indexes: range) -> None:
        """Claim the rows of ``indexes``, and move past the claimed rows at the top."""
        self.claimed.update(indexes)
        while self.free in self.claimed:
            self.free += 1

    def claim(self, title: str) -> tuple[list[Line], list[Segment]]:
        """The lines of the first unclaimed row naming ``title`` and of the rows continuing it.

        No lines when no row names it: a task's place is its own text or none, never the next
        free row's, which holds another task's.
        """
        start = self.find(normal(title))
        if start is None:
            return [], []
        stop = start + 1
        while stop < len(self.rows) and stop not in self.claimed and not self.starts_task(stop):
            stop += 1
        self.take(range(start, stop))
        self.after = stop
        lines = [self.rows[i][0] for i in range(start, stop)]
        segments: list[Segment] = []
        for i in range(start, stop):
            line, cells = self.rows[i]
            segments.extend((line, *cells[c]) for c in self.text_cells if c < len(cells))
        return lines, segments


def find_printed(segments: list[Segment], printed: str) -> dict[str, int] | None:
    """Where a text read from a table stands in the document, if it is found in ``segments``.

    The fields of its span, for a model that validates them in the call that makes it.
    """
    key = normal(printed).replace("\n", "")
    if not key:
        return None
    for line, begin, end in segments:
        position = line.text.find(key, begin, end)
        if position >= 0:
            return span_fields(line, position, position + len(key))
    return None
