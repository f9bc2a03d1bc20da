"""A PDF's ruled tables across its pages: a table a page breaks read as one.

A word processor breaks a table where a page ends, and by default a row too: the row's rest
opens the next page, its numbering cell empty, and the heading row may be printed again over
it. A clerk retyping the document joins them again; so does this module, on the pipe rows
(``|序号|工作任务|牵头单位|``) the reader makes of each page's ruled cells.
"""

from __future__ import annotations

import itertools
import re

__all__ = [
    "ENDS_SENTENCE",
    "NUMBER",
    "OPENS_ITEM",
    "continues_row",
    "joined_row",
    "row_cells",
    "same_edges",
    "table_above",
]

ENDS_SENTENCE = tuple("。！？；：!?;:")
OPENS_ITEM = re.compile(
    # a figure of four in brackets is a year (楚司通(2024)1号 broken before its year), no item's number
    r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(](?:[一二三四五六七八九十百]+|\d{1,3})[）)]|\d{1,3}[.．、]"
    r"(?!\d)|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条部分]"
    r"|附[件表]\s*[\d一二三四五六七八九十]*(?:\s|[:：]|$))"
)
NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?[%‰]?")

_SAME_EDGE = 2  # points two tables' column rules may stand apart and still line up
_TOTALS = ("合计", "小计", "总计", "总分", "（此页无正文）", "(此页无正文)")
_ITEM_NUMBER = re.compile(
    r"[\d一二三四五六七八九十]{1,4}[.、．]?|[（(][\d一二三四五六七八九十]{1,3}[）)]"
    r"|\d{1,2}(?:[.．]\d{1,2})+"  # a decimal item's number: 1.1, 2.3.1
)


def row_cells(row: str) -> list[str]:
    """The cells of a pipe row (``|1|完善制度|市司法局|``)."""
    return row[1:-1].split("|")


def continues_row(table: list[str], first: str) -> bool:
    """Whether the first row of a table at a page's top goes on with the last of ``table``.

    ``table`` holds the rows at the foot of the page before, more than its heading; a page may
    break a row. The row is the last one's rest when the cell of the column that numbers the
    rows (1, 2, 3 down it) is empty; in a table whose rows are not numbered, when the row's
    first cell is empty and fewer than half of its cells hold text. Never when a cell of it
    would run a figure on after a figure, repeat the cell above, open with an item's number
    (（二）法治宣传) or total the rows (合计); nor when no cell goes on with words that do not
    end a sentence.

    Examples:
        >>> table = ["|序号|工作任务|牵头单位|", "|1|完善制度，建立健全|市司|"]
        >>> continues_row(table, "||工作机制|法局|")
        True
        >>> continues_row(table, "|2|推进执法|市司法局|")
        False
        >>> continues_row(table, "||（二）法治宣传||")
        False
    """
    cells = row_cells(first)
    rows = list(
        itertools.takewhile(
            lambda row: len(row) == len(cells), (row_cells(row) for row in reversed(table))
        )
    )[::-1]
    if len(rows) < 2 or not _cells_go_on(rows[-1], cells):
        return False
    numbered = [column for column in range(len(cells)) if _numbers_rows(rows[1:], column)]
    if numbered:
        return not cells[numbered[0]].strip() and bool(rows[-1][numbered[0]].strip())
    filled = sum(1 for cell in cells if cell.strip())
    return not cells[0].strip() and 0 < filled * 2 < len(cells)


def _cells_go_on(above: list[str], cells: list[str]) -> bool:
    """Whether each cell of a row with text may be the rest of the cell above it."""
    goes_on = False
    for upper, lower in zip(above, cells, strict=True):
        top, rest = upper.strip(), lower.strip()
        if not rest:
            continue
        if (
            (NUMBER.fullmatch(top) and NUMBER.fullmatch(rest))
            or rest == top
            or OPENS_ITEM.match(rest) is not None
            or rest.startswith(_TOTALS)
        ):
            return False
        goes_on = goes_on or (bool(top) and not top.endswith(ENDS_SENTENCE))
    return goes_on


def _numbers_rows(rows: list[list[str]], column: int) -> bool:
    """Whether a column numbers the rows: most cells hold numbers that rise (1.1, 1.2, 2)."""
    numbers = [
        _item_number(row[column].strip())
        for row in rows
        if _ITEM_NUMBER.fullmatch(row[column].strip()) is not None
    ]
    return len(numbers) * 2 > max(1, len(rows)) and all(
        b > a for a, b in itertools.pairwise(numbers)
    )


def _item_number(text: str) -> tuple[int, ...]:
    """The numbers an item's number stands for, in order: 3, 3、, （三） are (3,), 2.1 is (2, 1).

    Examples:
        >>> [_item_number(text) for text in ("3、", "（十二）", "2.1", "1.10")]
        [(3,), (12,), (2, 1), (1, 10)]
    """
    bare = text.strip("（()）.、．")
    if re.fullmatch(r"\d+(?:[.．]\d+)*", bare):
        return tuple(int(part) for part in re.split(r"[.．]", bare))
    digits = {character: value for value, character in enumerate("一二三四五六七八九", start=1)}
    if "十" in bare:
        tens, _, units = bare.partition("十")
        return (digits.get(tens, 1) * 10 + digits.get(units, 0),)
    return (digits.get(bare, 0),)


def joined_row(above: str, rest: str) -> str:
    """A row a page broke, its cells joined again."""
    return (
        "|" + "|".join(a + b for a, b in zip(row_cells(above), row_cells(rest), strict=True)) + "|"
    )


def table_above(kept: list[tuple[str, bool]]) -> list[str]:
    """The rows of the table the lines kept end in (none if they end in text)."""
    rows: list[str] = []
    for text, _ in reversed(kept):
        if not text.startswith("|"):
            break
        rows.append(text)
    return rows[::-1]


def same_edges(edges: tuple[int, ...], others: tuple[int, ...]) -> bool:
    """Whether two tables' columns part at the same places across the page."""
    return len(edges) == len(others) > 1 and all(
        abs(a - b) <= _SAME_EDGE for a, b in zip(edges, others, strict=True)
    )
