"""The warnings pdfminer and pdfplumber log while a PDF is read, kept for the plan's diagnostics.

pdfminer logs what it finds odd in a file (``Cannot set line width because /'ab' is an invalid
float value``, ``Invalid CropBox in /Page``) to its loggers; a program that sets up no logging
has Python print each such line on standard error, where a reader of rulegov's output never
asked for it. While [`kept_warnings`][rulegov.io._pdf_log.kept_warnings] is open, the records of
``WARNING`` and above that the ``pdfminer`` and ``pdfplumber`` loggers get from the thread
reading are kept for it instead of going on to the handlers of the loggers above them (a
handler set on those two loggers or their children still gets them); every other record (a lower
level, or another thread's) goes on to the handlers it would have reached, as Python's logging
hands it on. The loggers are as
they were once the last reading thread is done.

Examples:
    >>> import logging
    >>> with kept_warnings() as kept:
    ...     logging.getLogger("pdfminer.pdfpage").warning("Invalid CropBox in /Page")
    >>> kept
    ['Invalid CropBox in /Page']
    >>> logging.getLogger("pdfminer").propagate
    True
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["kept_warnings", "warnings_note"]

_LOGGERS = ("pdfminer", "pdfplumber")
"""The loggers of the ``pdf`` extra: their children (``pdfminer.pdfinterp``) log to them."""

_MOST_KEPT = 1_000
"""The most records kept for one file: a damaged file may log a line for every operator."""


class _Keeper(logging.Handler):
    """Keeps a reading thread's warnings, and hands every other record on as propagation would."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.kept: dict[int, list[str]] = {}  # by thread, for each thread reading a PDF
        self.saved: dict[str, bool] = {}  # each logger's `propagate` before the first reader

    def emit(self, record: logging.LogRecord) -> None:
        kept = self.kept.get(threading.get_ident())
        if kept is not None and record.levelno >= logging.WARNING:
            if len(kept) < _MOST_KEPT:
                try:
                    kept.append(record.getMessage())
                except Exception:  # noqa: BLE001 - a record whose arguments do not format
                    kept.append(str(record.msg))
            return
        _hand_on(record, logging.getLogger(record.name.split(".")[0]))


def _hand_on(record: logging.LogRecord, logger: logging.Logger) -> None:
    """Give ``record``, which reached ``logger``, to the handlers above that it would have reached.

    The handlers of the logger it was logged to and of those up to ``logger`` had it already.
    """
    found = 0
    below: logging.Logger | None = logging.getLogger(record.name)
    while below is not None and below is not logger.parent:
        found += sum(1 for handler in below.handlers if handler is not _KEEPER)
        below = below.parent
    above = logger.parent if _KEEPER.saved.get(logger.name, True) else None
    while above is not None:
        for handler in above.handlers:
            found += 1
            if record.levelno >= handler.level:
                handler.handle(record)
        above = above.parent if above.propagate else None
    last = logging.lastResort
    if not found and last is not None and record.levelno >= last.level:
        last.handle(record)


_KEEPER = _Keeper()
_LOCK = threading.Lock()


@contextlib.contextmanager
def kept_warnings() -> Iterator[list[str]]:
    """Keep the warnings the PDF libraries log in this thread: the list holds their messages."""
    kept: list[str] = []
    with _LOCK:
        if not _KEEPER.kept:
            for name in _LOGGERS:
                logger = logging.getLogger(name)
                _KEEPER.saved[name] = logger.propagate
                logger.propagate = False
                logger.addHandler(_KEEPER)
        outer = _KEEPER.kept.get(threading.get_ident())  # a reading inside another, if any
        _KEEPER.kept[threading.get_ident()] = kept
    try:
        yield kept
    finally:
        with _LOCK:
            if outer is not None:  # the outer reading keeps the thread's warnings again
                _KEEPER.kept[threading.get_ident()] = outer
            else:
                _KEEPER.kept.pop(threading.get_ident(), None)
            if not _KEEPER.kept:
                for name in _LOGGERS:
                    logger = logging.getLogger(name)
                    logger.removeHandler(_KEEPER)
                    logger.propagate = _KEEPER.saved.pop(name, True)


def warnings_note(kept: Sequence[str]) -> str:
    """The diagnostic's message for the warnings kept: each once, with how often it came.

    Examples:
        >>> warnings_note(["Invalid CropBox in /Page"] * 3 + ["Cannot set gray level"])[95:]
        "'Invalid CropBox in /Page' (3 times); 'Cannot set gray level'"
    """
    counts: dict[str, int] = {}
    for message in kept:
        counts[message] = counts.get(message, 0) + 1
    shown = [
        f"{message[:200]!r}" + (f" ({count} times)" if count > 1 else "")
        for message, count in list(counts.items())[:5]
    ]
    more = f"; and {len(counts) - 5} more" if len(counts) > 5 else ""
    return (
        "the PDF library warned while reading the file (the text read may lack what it could not "
        f"read): {'; '.join(shown)}{more}"
    )
