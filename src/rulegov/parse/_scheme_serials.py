"""Table rows numbered by level in a serial column: ``1`` · ``1.1`` · ``1.1.1``.

An appraisal standard set out as a table (评定标准, 考核指标体系) numbers its rows by the level
each stands at, the number of its parent before its own: ``1 | 组织管理 | 19``, ``1.1 | 机构 |
2``, ``1.1.1 | 设置了档案管理机构 | 1``. Each row reads as an item of its own; the serials tell
which items hold which: an item whose serial is another's with one more part (``1.1`` after
``1``) is that item's sub-item.

Only rows whose serials all nest are nested: a run of rows where some dotted serial has no row
of its parent's serial before it is left as read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rulegov.parse._scheme_lines import Item, Reader

__all__ = ["nest_dotted_serials"]

_SERIAL = re.compile(r"(\d{1,2}(?:[.．]\d{1,2}){0,3})[.．]?")
"""A row's serial: ``1`` · ``1.1`` · ``1.1.1`` · ``2.3.`` (a full-width point too)."""
_CELL_EDGES = " \t\u3000|"
_LEAST_DOTTED = 2
"""The fewest dotted serials that make a table numbered by level."""


def _serial(text: str, start: int) -> str | None:
    """The serial that stands alone before ``start`` on its line (its cell's edges aside)."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start].strip(_CELL_EDGES)
    found = _SERIAL.fullmatch(prefix)
    if found is None or not text[line_start:start].endswith(tuple(_CELL_EDGES)):
        return None
    return found.group(1).replace("．", ".")


def _shift(item: Item, levels: int) -> None:
    item.level += levels
    for child in item.children:
        _shift(child, levels)


def nest_dotted_serials(reader: Reader) -> None:
    """Nest the top items read from table rows whose serials number them by level (see module).

    ``1 | 组织管理 | 19`` · ``1.1 | 机构 | 2`` · ``1.1.1 | 设置了档案管理机构 | 1`` read as three
    items side by side: the second goes under the first, the third under the second.
    """
    items = reader.roots
    found = [_serial(reader.text, item.start) for item in items]
    serials = [serial for serial in found if serial is not None]
    if len(serials) < len(found) or sum("." in serial for serial in serials) < _LEAST_DOTTED:
        return
    parents: list[int | None] = []
    stack: list[tuple[str, int]] = []
    for index, serial in enumerate(serials):
        while stack and not serial.startswith(stack[-1][0] + "."):
            stack.pop()
        if "." in serial and (not stack or stack[-1][0] != serial.rsplit(".", 1)[0]):
            return  # a dotted serial without its parent's row: not numbered by level
        parents.append(stack[-1][1] if "." in serial else None)
        stack.append((serial, index))
    nested: list[Item] = []
    for item, parent in zip(items, parents, strict=True):
        if parent is None:
            nested.append(item)
        else:
            _shift(item, items[parent].level + 1 - item.level)
            items[parent].children.append(item)
    reader.roots[:] = nested
