"""Task tables: pipe or tab rows with columns such as 序号 / 工作任务 / 牵头单位 / 完成时限.

A header row names the columns (the words are those of
[`TABLE_HEADINGS`][rulegov.parse._vocab.TABLE_HEADINGS]); each data row becomes a task. A row
with neither number nor task (a merged cell in the original) continues the row above it. A
non-empty category column (类别, 重点领域) opens an unnumbered section.
"""

from __future__ import annotations

import re

from rulegov.parse._vocab import TABLE_HEADINGS

__all__ = ["heading_key", "read_columns"]

_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_SPACE = re.compile(r"[\s_*:\u3000]")
_TASK_FIELDS = frozenset({"title", "measures"})


def heading_key(cell: str) -> str:
    """A column heading as looked up: half-width, without spaces or colons, in lower case.

    Example:
        >>> heading_key("完成 时限："), heading_key("Lead Unit")
        ('完成时限', 'leadunit')
    """
    return _SPACE.sub("", cell.translate(_FOLD)).lower()


def read_columns(cells: list[str]) -> dict[int, str] | None:
    """The field of each column of a header row, or None if it is not a task-table header.

    Example:
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
