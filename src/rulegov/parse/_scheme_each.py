"""Parts worth the points their item's bracket names for each: ``（共12分，每项1.5分）``.

A form may state an item's points and, in the same bracket, the points of each of its parts,
then list the parts without points of their own::

    12、文书制作规范，案卷归档符合标准。（共12分，每项1.5分）
    （1）一案一卷；
    （2）使用统一规范的卷皮；

Each part is worth the points named for each (1.5): the parts are the item's scored parts, and
the item's points their cap. The bracket may name each part's points first
(``（每项1.5分，共12分）``) or close on the floor (``（共12分，每项1.5分，扣完为止）``). Only when two
parts or more are listed, none states points of its own, and together they are worth no more
than the item: otherwise the parts stay the item's criteria.
"""

from __future__ import annotations

import re

from rulegov.parse._scheme_criteria import criteria_of
from rulegov.parse._scheme_lines import Item, Reader, has_points
from rulegov.parse._scheme_words import POINTS_PAREN

__all__ = ["take_each_parts"]

_EACH = re.compile(r"(?:每项|每条|每个|各项)\s*(\d+(?:\.\d+)?)\s*分")
_LEAST = 2
"""Fewer parts than this are not given the points of each: one part is the item itself."""


def take_each_parts(reader: Reader, item: Item) -> None:
    """Give the parts of ``item`` the points its bracket names for each, as its scored parts."""
    each = _each_points(reader, item)
    if each is None or any(has_points(child) for child in item.children):
        return
    criteria = criteria_of(item)
    if len(criteria) < _LEAST or item.points is None or len(criteria) * each > item.points + 1e-9:
        return
    children = [child for child in item.children if child.section == item.section]
    if children:
        for child in children:
            child.points = each
        return
    first = criteria[0].start
    item.children = [
        Item(
            item.level + 1,
            criterion.title,
            criterion.start,
            criterion.end,
            each,
            standard=[*criterion.text],
        )
        for criterion in criteria
    ]
    # the standard's words before the first part stay the item's
    item.standard = [
        (offset, text[: first - offset])
        for offset, text in item.standard
        if offset < first and text[: first - offset].strip()
    ]


def _each_points(reader: Reader, item: Item) -> float | None:
    """The points of each part the bracket of the item's own points names, if it names them."""
    if item.section != "items" or item.points is None:
        return None
    for bracket in POINTS_PAREN.finditer(reader.text, item.start, item.end):
        if float(bracket.group(1)) == item.points:
            each = _EACH.search(bracket.group())
            return float(each.group(1)) if each is not None else None
    return None
