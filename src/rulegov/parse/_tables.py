"""Task tables: pipe or tab rows with columns such as 序号 / 工作任务 / 牵头单位 / 完成时限.

A header row names the columns (the words are those of
[`TABLE_HEADINGS`][rulegov.parse._vocab.TABLE_HEADINGS]); each data row becomes a task. A row
with neither number nor task (a merged cell in the original) continues the row above it. A
non-empty category column (类别, 重点领域) opens an unnumbered section.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from rulegov.parse._vocab import TABLE_HEADINGS

if TYPE_CHECKING:
    from rulegov.parse._text import Line

__all__ = ["heading_key", "read_columns", "spaced_cells"]

_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_SPACE = re.compile(r"[\s_*:\u3000]")
_TASK_FIELDS = frozenset({"title", "measures"})
_GAP = re.compile(r"[ \u3000\u00a0]{2,}")


def heading_key(cell: str) -> str:
    """A column heading as looked up: half-width, without spaces or colons, in lower case.

    Examples:
        >>> heading_key("完成 时限："), heading_key("Lead Unit")
        ('完成时限', 'leadunit')
    """
    return _SPACE.sub("", cell.translate(_FOLD)).lower()


def read_columns(cells: list[str]) -> dict[int, str] | None:
    """The field of each column of a header row, or None if it is not a task-table header.

    Examples:
        >>> read_columns(["序号", "工作任务", "牵头单位", "完成时限"])
        {0: 'number', 1: 'title', 2: 'lead', 3: 'deadline'}
        >>> read_columns(["1", "加强培训", "区司法局"]) is None
        True
    """
    columns: dict[int, str] = {}
    for index, cell in enumerate(cells):
        field = TABLE_HEADINGS.get(heading_key(cell))
        if field is not None and field not in columns.values():
            columns[index] = field
    if len(columns) < 2 or not set(columns.values()) & _TASK_FIELDS:
        return None
    return columns


def spaced_cells(line: Line) -> list[tuple[int, int]] | None:
    """The cells of a row whose columns are lined up with runs of spaces, as normalised ranges.

    None when the printed line has no run of two spaces or more (then it is no such row).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("序号  工作任务    牵头单位")[0]
        >>> [line.text[a:b] for a, b in spaced_cells(line)]
        ['序号', '工作任务', '牵头单位']
    """
    original = line.original
    gaps = [match.span() for match in _GAP.finditer(original.strip())]
    if not gaps:
        return None
    lead = len(original) - len(original.lstrip())
    # where each normalised character stands in the printed line
    places = [line.offset(i) - line.start for i in range(len(line.text))]
    cells: list[tuple[int, int]] = []
    start = lead
    for gap_start, gap_end in [*gaps, (len(original.strip()), len(original.strip()))]:
        first = bisect.bisect_left(places, start)
        last = bisect.bisect_left(places, gap_start + lead)
        cells.append((first, last))
        start = gap_end + lead
    return [(first, last) for first, last in cells if last > first] or None
