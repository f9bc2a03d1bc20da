"""Numbers a PDF's text extraction broke with a space, joined up again (``1 0分`` for ``10分``).

A PDF sets each glyph on its own; a copy of its text puts a space where two glyphs of one number
stand a little apart: ``扣1 0分``, ``0. 5分``, a 分值 cell ``2 5``, ``每降低1 0%``. Read as printed,
such a number is two numbers, and the points and rules of the scheme come out wrong. The
reader reads such a copy again with those spaces taken out (``numbers_joined``) and keeps the
reading that reads more.
"""

from __future__ import annotations

import re

from rulegov._text import without_cuts

__all__ = ["numbers_joined"]

_BROKEN = r"\d+(?:(?: ?[.．] ?| )\d+)+"
"""Digits parted by single spaces or a decimal point (``1 0``, ``0. 5``, ``0.2 5``); a number
without a space, or with two points (a date, 2023.1.5), is none (see ``_broken``)."""
_SPLIT_NUMBER = re.compile(
    # before points, a percentage or a percentage point: 扣1 0分, 1 0 分, 1 0%
    # (not from a digit a space or a point runs on from: a run of 1 1 1 … is tried once)
    rf"(?<![\d.．])(?<![\d.．] )(?<![\d.．][.．] ){_BROKEN}(?= ?(?:分(?![之钟])|[%％]|个百分点))"
    # a cell or a line of its own: | 2 5 |, 2 5<tab>
    rf"|(?:(?<=^)|(?<=[|\t])) ?{_BROKEN}(?=[ \t]*(?:[|\t]|$))",
    re.MULTILINE,
)
_BROKEN_LEAST = 2
"""How many broken numbers tell a copy whose numbers a PDF broke, read with them joined too."""


def numbers_joined(text: str) -> tuple[str, list[int]] | None:
    """``text`` with the spaces inside its broken numbers taken out, and where each character stands.

    The second value maps each offset of the joined text (and its end) to the offset of the same
    character in ``text``; None for a text with fewer than ``_BROKEN_LEAST`` broken numbers.
    Only single spaces between digits are taken out, in a number before 分, % or 个百分点 or
    alone in its cell or line: runs of spaces part a table's columns, and words part numbers.

    Examples:
        >>> numbers_joined("扣1 0分；扣0. 5分 | 2 5 |")[0]
        '扣10分；扣0.5分 | 25 |'
        >>> numbers_joined("第1 2条，3 4人") is None
        True
    """
    numbers = [number for number in _SPLIT_NUMBER.finditer(text) if _broken(number.group())]
    if len(numbers) < _BROKEN_LEAST:
        return None
    found = [
        (number.start() + offset, number.start() + offset + 1)
        for number in numbers
        for offset, char in enumerate(number.group())
        if char == " " and offset > 0  # a cell's number keeps the space that opens it
    ]
    return without_cuts(text, found)


def _broken(number: str) -> bool:
    """Whether a number found holds a space inside and one decimal point at most."""
    inner = number.strip()
    return " " in inner and inner.count(".") + inner.count("．") <= 1
