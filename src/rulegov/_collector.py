"""Pausing Python's cyclic garbage collector while a large structure is built in one call."""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a plan is read or validated, then restore it.

    Reading or validating a plan keeps every object it makes alive until the plan is built, and
    makes no reference cycles, so a collection meanwhile can free nothing: it only walks the
    growing plan, and once it grows by a quarter it walks every object of the process. On a
    large plan those passes cost more than the work itself. Objects are still freed by reference
    counting as usual; the collector's earlier state is restored however the block ends, so a
    collector that was off stays off.

    Examples:
        >>> import gc
        >>> with collector_paused():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
