"""Ranks from unrounded scores, and display rounding through `decimal`.

Examples:
    >>> ranks([0.9, 0.7, 0.9, None], ties="min")
    [1, 3, 1, None]
    >>> round_half_up(89.995, 2)
    '90.00'
"""

from __future__ import annotations

import decimal
from typing import TYPE_CHECKING

from rulegov.evaluate._scheme import Rounding, TiePolicy

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["quantize", "ranks", "round_half_up"]

_MODES = {
    Rounding.HALF_UP: decimal.ROUND_HALF_UP,
    Rounding.HALF_EVEN: decimal.ROUND_HALF_EVEN,
    Rounding.DOWN: decimal.ROUND_DOWN,
}


_CONTEXT = decimal.Context(prec=400)
"""Enough digits for any finite float (up to 1.8e308) shown with up to 12 decimals."""


def ranks(
    scores: Sequence[float | None],
    ties: TiePolicy | str = TiePolicy.MIN,
    tolerance: float = 0.0,
) -> list[int | None]:
    """Rank ``scores`` (1 is best); None stays None.

    A score ties with the best score of the group above it when it lies within ``tolerance`` of
    it (ties do not chain: three scores each ``0.9 * tolerance`` apart make two groups). Under
    ``ordinal``, tied units are numbered in the order given.

    Examples:
        >>> ranks([3.0, 5.0, 5.0, 1.0], ties="dense")
        [2, 1, 1, 3]
        >>> ranks([3.0, 5.0, 5.0, 1.0], ties="ordinal")
        [3, 1, 2, 4]
        >>> ranks([1.0, 0.91, 0.82], tolerance=0.1)
        [1, 1, 3]
    """
    policy = TiePolicy(ties)
    order = sorted(
        (index for index, score in enumerate(scores) if score is not None),
        key=lambda index: (-(scores[index] or 0.0), index),
    )
    groups: list[list[int]] = []  # runs of tied units, best first
    leader = 0.0  # the best score of the current group
    for index in order:
        score = scores[index] or 0.0
        if groups and leader - score <= tolerance:
            groups[-1].append(index)
        else:
            groups.append([index])
            leader = score
    result: list[int | None] = [None] * len(scores)
    placed = 0
    for dense, group in enumerate(groups, start=1):
        if policy is TiePolicy.ORDINAL:  # ties broken by the order given, not by float noise
            for offset, index in enumerate(sorted(group), start=1):
                result[index] = placed + offset
        else:
            for index in group:
                result[index] = dense if policy is TiePolicy.DENSE else placed + 1
        placed += len(group)
    return result


def quantize(value: float, digits: int, rounding: Rounding | str = Rounding.HALF_UP) -> str:
    """Round ``value`` for display, from its shortest decimal repr, with a declared mode.

    Examples:
        >>> quantize(2.675, 2, "half_up"), quantize(0.125, 2, "half_even"), quantize(1.999, 2, "down")
        ('2.68', '0.12', '1.99')
        >>> quantize(-0.001, 2)
        '0.00'
    """
    exponent = decimal.Decimal(1).scaleb(-digits)
    number = decimal.Decimal(repr(float(value)))
    shown = number.quantize(exponent, rounding=_MODES[Rounding(rounding)], context=_CONTEXT)
    return str(abs(shown) if shown.is_zero() else shown)  # never "-0.00"


def round_half_up(value: float, digits: int = 2) -> str:
    """Round half up (四舍五入) for display: ``quantize(value, digits, "half_up")``."""
    return quantize(value, digits, Rounding.HALF_UP)
