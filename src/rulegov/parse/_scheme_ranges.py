"""Points given once for a range of listed items: ``（一）至（五）各项均以16分计算``.

A regulation-style appraisal lists what it appraises without points (``（一）部门负责人是否重视…``
``（二）…``) and states the points after the list, once for several items: a range of their
numbers (``（一）至（五）各项均以16分计算``, ``第1-5项各4分``), their numbers listed
(``（一）、（二）、（三）各项均以10分计算``) or the items just read (``以上每项10分``, ``上述各项
均为5分``). Each item the statement names, read without points of its own, gets those points.
The statement names the points of each (各, 均, 每项): points stated for several items together
(``（一）至（三）共30分``) are none of each.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rulegov.parse._numbering import chinese_to_int
from rulegov.parse._scheme_words import RANGE_POINTS

if TYPE_CHECKING:
    from rulegov.parse._scheme_lines import Item, Reader

__all__ = ["range_points"]

_NUMBER = re.compile(r"([（(])?\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]?")
_ITEM_NUMBER = re.compile(r"\s*([（(])?\s*([一二三四五六七八九十]{1,3}|\d{1,2})")


def range_points(reader: Reader, lines: list[tuple[int, str]]) -> None:
    """Give the items a statement of points for a range of them names those points."""
    for offset, line in lines:
        for stated in RANGE_POINTS.finditer(line):
            if stated.group("each") is None and not (
                stated.group("numbers") and line.startswith("计算", stated.end())
            ):
                continue  # （一）至（三）共30分: the points of all together, none of each
            points = float(stated.group("points"))
            where = offset + stated.start()
            if stated.group("above"):
                targets = _above(reader.roots, where)
            else:
                numbers = _numbers(stated)
                if numbers is None:
                    continue
                targets = _numbered(reader.roots, numbers, where)
            for item in targets:
                if item.points is None:
                    item.points = points
            # the statement's own numbers, read as items of their own, are none
            _drop_within(reader.roots, where, offset + stated.end())


def _drop_within(items: list[Item], start: int, end: int) -> None:
    items[:] = [item for item in items if not start <= item.start < end]
    for item in items:
        item.standard[:] = [
            (where, text)
            for offset, line in item.standard
            for where, text in (
                (offset, line[: max(0, start - offset)]),
                (max(offset, end), line[max(0, end - offset) :]),
            )
            if text.strip()
        ]
        _drop_within(item.children, start, end)


def _numbers(stated: re.Match[str]) -> tuple[bool, list[int]] | None:
    """Whether the statement's numbers are bracketed han numerals, and the numbers it names."""
    found = [
        (bool(number.group(1)) and not number.group(2).isdecimal(), _value(number.group(2)))
        for number in _NUMBER.finditer(stated.group("numbers"))
    ]
    if not found:
        return None
    bracketed = found[0][0]
    values = [value for _, value in found]
    if stated.group("each") is None and len(values) > 1:
        return None
    if stated.group("through"):
        if len(values) != 2 or values[1] <= values[0]:
            return None
        values = list(range(values[0], values[1] + 1))
    return bracketed, values


def _value(numeral: str) -> int:
    return int(numeral) if numeral.isdecimal() else chinese_to_int(numeral) or 0


def _lists(items: list[Item]) -> list[list[Item]]:
    """Every list of sibling items in the tree, in the order they open."""
    found = [items] if items else []
    for item in items:
        found.extend(_lists(item.children))
    return sorted(found, key=lambda siblings: siblings[0].start)


def _item_number(item: Item) -> tuple[bool, int] | None:
    found = _ITEM_NUMBER.match(item.number)
    if found is None or not item.number:
        return None
    return bool(found.group(1)) and not found.group(2).isdecimal(), _value(found.group(2))


def _numbered(roots: list[Item], numbers: tuple[bool, list[int]], where: int) -> list[Item]:
    """The items a statement at ``where`` names by number.

    They are those of the last list of siblings before it that holds them all.
    """
    bracketed, values = numbers
    chosen: list[Item] = []
    for siblings in _lists(roots):
        named: dict[int, Item] = {}
        for item in siblings:
            number = _item_number(item)
            if item.start >= where or number is None:
                continue
            if bracketed and not number[0]:
                continue
            named[number[1]] = item
        if all(value in named for value in values):
            chosen = [named[value] for value in values]
    return chosen


def _above(roots: list[Item], where: int) -> list[Item]:
    """The items just read before a statement at ``where`` (以上每项).

    They are the siblings of the last item before it, back to the last item with points.
    """
    last: list[Item] | None = None
    for siblings in _lists(roots):
        if any(item.start < where for item in siblings):
            before = [item for item in siblings if item.start < where]
            if last is None or before[-1].start > last[-1].start:
                last = before
    if not last:
        return []
    run: list[Item] = []
    for item in reversed(last):
        if item.points is not None:
            break
        run.append(item)
    return run[::-1]
