"""How the time of a run grows with its input: the test that parsing stays linear.

A limit in seconds fails on a busy machine and passes a quadratic rule on a fast one; the
growth does neither. :func:`growth` reads an input at ``size`` and at ``factor`` times ``size``
and gives the ratio of their times: about ``factor`` for a linear rule, ``factor`` squared for
a quadratic one. Each time is the processor time of this process (time spent waiting for
another process is not counted) and the least of a few runs, taken in turns, so that a burst
of load does not fall on one size only. Speed itself is measured in ``benchmarks/``.
"""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

# far below 16, what a quadratic rule gives at four times the size, and well above 4 (linear)
LINEAR = 8.0


def growth(run: Callable[[int], object], size: int, factor: int = 4, repeats: int = 3) -> float:
    """The least time of ``run(factor * size)`` over the least time of ``run(size)``."""
    run(size)  # once before timing: patterns compiled, caches filled
    times: dict[int, list[float]] = {size: [], factor * size: []}
    for _ in range(repeats):
        for n, taken in times.items():
            gc.collect()
            began = time.process_time()
            run(n)
            taken.append(time.process_time() - began)
    return min(times[factor * size]) / max(min(times[size]), 1e-6)
