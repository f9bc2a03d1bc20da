"""How the time of a run grows with its input: the test that parsing stays linear.

A limit in seconds fails on a busy machine and passes a quadratic rule on a fast one; the
growth does neither. :func:`growth` reads an input at ``size`` and at ``factor`` times ``size``
and gives the ratio of their times: about ``factor`` for a linear rule, ``factor`` squared for
a quadratic one. Each time is the processor time of this process (time spent waiting for
another process is not counted) and the least of a few runs at each size, the sizes taken in
turns, so that a burst of load does not fall on one size only. Speed itself is measured in ``benchmarks/``.

The large input costs ``factor`` times the small one, so the runs at the large size are most of
a test's time: they stop at the first whose ratio is already under ``limit``. Another run could
only lower the least time at that size, and so the ratio; the runs at the small size, which
divide, are all taken before. A test that asserts the ratio under ``limit`` (or over it) thus
passes or fails exactly as when every run is taken; only a pass ends sooner.
"""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

# far below 16, what a quadratic rule gives at four times the size, and well above 4 (linear)
LINEAR = 8.0


def _timed(run: Callable[[int], object], n: int) -> float:
    gc.collect()
    began = time.process_time()
    run(n)
    return time.process_time() - began


def growth(
    run: Callable[[int], object],
    size: int,
    factor: int = 4,
    repeats: int = 3,
    limit: float | None = None,
) -> float:
    """The least time of ``run(factor * size)`` over the least time of ``run(size)``.

    ``repeats`` runs at each size, in turns, except that the runs at the large size stop at the
    first ratio under ``limit`` (by default twice ``factor``, the ``LINEAR`` of a factor of 4):
    the ratio given is then under ``limit``, as every run would have left it. Pass the bound the
    test asserts when it is lower than that.
    """
    bound = 2.0 * factor if limit is None else limit
    run(size)  # once before timing: patterns compiled, caches filled
    small = [_timed(run, size)]
    large = [_timed(run, factor * size)]
    small += [_timed(run, size) for _ in range(repeats - 1)]
    while True:
        ratio = min(large) / max(min(small), 1e-6)
        if ratio < bound or len(large) == repeats:
            return ratio
        large.append(_timed(run, factor * size))
