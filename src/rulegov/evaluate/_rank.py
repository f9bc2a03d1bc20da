"""Ranks from unrounded scores, and display rounding through :mod:`decimal`.

Example:
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


def ranks(
    scores: Sequence[float | None],
    ties: TiePolicy | str = TiePolicy.MIN,
    tolerance: float = 0.0,
) -> list[int | None]:
    """Rank ``scores`` (1 is best); scores within ``tolerance`` of the one above tie; None stays None.

    Example:
        >>> ranks([3.0, 5.0, 5.0, 1.0], ties="dense")
        [2, 1, 1, 3]
        >>> ranks([3.0, 5.0, 5.0, 1.0], ties="ordinal")
        [3, 1, 2, 4]
    """
    policy = TiePolicy(ties)
    order = sorted(
        (index for index, score in enumerate(scores) if score is not None),
        key=lambda index: (-(scores[index] or 0.0), index),
    )
    result: list[int | None] = [None] * len(scores)
    previous: float | None = None
    current = 0
    dense = 0
    for position, index in enumerate(order, start=1):
        score = scores[index]
        assert score is not None  # noqa: S101 - filtered above
        tied = previous is not None and previous - score <= tolerance
        if policy is TiePolicy.ORDINAL:
            current = position
        elif not tied:
            dense += 1
            current = dense if policy is TiePolicy.DENSE else position
        result[index] = current
        previous = score
    return result


def quantize(value: float, digits: int, rounding: Rounding | str = Rounding.HALF_UP) -> str:
    """Round ``value`` for display, from its shortest decimal repr, with a declared mode.

    Example:
        >>> quantize(2.675, 2, "half_up"), quantize(0.125, 2, "half_even"), quantize(1.999, 2, "down")
        ('2.68', '0.12', '1.99')
    """
    exponent = decimal.Decimal(1).scaleb(-digits)
    number = decimal.Decimal(repr(float(value)))
    return str(number.quantize(exponent, rounding=_MODES[Rounding(rounding)]))


def round_half_up(value: float, digits: int = 2) -> str:
    """Round half up (四舍五入) for display: ``quantize(value, digits, "half_up")``."""
    return quantize(value, digits, Rounding.HALF_UP)
