r"""Reading many plan files at once, in parallel processes, one failure not stopping the rest.

Examples:
    >>> import pathlib, tempfile
    >>> from rulegov.io import read_plans
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("2023年工作要点\n1.召开会议。", encoding="utf-8")
    >>> _ = (folder / "b.txt").write_bytes(b"\x00\x01")
    >>> results = read_plans([folder / "a.txt", folder / "b.txt"], workers=1)
    >>> [(r.path.name, r.ok) for r in results]
    [('a.txt', True), ('b.txt', False)]
    >>> results[0].plan.tasks[0].title, type(results[1].error).__name__
    ('召开会议', 'ParseError')
"""

from __future__ import annotations

import multiprocessing
import os
import pathlib
import sys
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import TYPE_CHECKING

import attrs

from rulegov.errors import Issue, ParseError, RulegovError, ValidationError, _check_count
from rulegov.io._bytes import MAX_BYTES, check_limit
from rulegov.io._files import read_plan

if TYPE_CHECKING:
    from collections.abc import Callable

    from rulegov.model import Plan

__all__ = ["ReadResult", "read_plans", "start_method"]


@attrs.frozen(slots=True)
class ReadResult:
    """What reading one file gave: the plan, or the rulegov error that stopped it.

    Attributes:
        path: The file, as given.
        plan: The plan read, or None when reading failed.
        error: The error (a [`ParseError`][rulegov.ParseError],
            [`ValidationError`][rulegov.ValidationError],
            [`MissingExtraError`][rulegov.MissingExtraError]...), or None when the plan was read. A
            file that cannot be opened at all gives a ``ParseError`` naming the operating system's
            reason.
    """

    path: pathlib.Path
    plan: Plan | None = None
    error: RulegovError | None = None

    @property
    def ok(self) -> bool:
        """Whether the plan was read."""
        return self.error is None

    def unwrap(self) -> Plan:
        """The plan, or raise the error that stopped it.

        Raises:
            RulegovError: the error found while reading the file.
        """
        if self.error is not None:
            raise self.error
        assert self.plan is not None  # noqa: S101  (one of the two is always set)
        return self.plan


def _read_one(path: pathlib.Path, max_bytes: int) -> tuple[Plan | None, RulegovError | None]:
    """Read one file in a worker: the plan, or the error (a rulegov one) that stopped it."""
    try:
        return read_plan(path, max_bytes=max_bytes), None
    except RulegovError as error:
        return None, error
    except OSError as error:
        return None, ParseError(
            f"cannot read the file: {error.strerror or error}",
            source=str(path),
            value=error.filename,
            code="unreadable-file",
        )


def start_method() -> str | None:
    """``spawn``, unless the main script cannot be read again by a fresh interpreter.

    A spawned worker re-imports the caller's ``__main__`` from its file. A script read from
    standard input (``python -``) names a file that does not exist, so spawned workers die;
    there ``fork`` starts workers without re-importing anything, and where the platform cannot
    fork the files are read in this process (None).
    """
    main = sys.modules.get("__main__")
    main_file = getattr(main, "__file__", None)
    spec = getattr(main, "__spec__", None)
    if main_file is None or spec is not None or pathlib.Path(main_file).is_file():
        return "spawn"
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else None


def worker_count(workers: int | None, files: int) -> int:
    """How many processes read ``files`` files: ``workers``, one per usable CPU and one file at most.

    ``workers`` None is one per CPU; the count is at least one.

    More processes than CPUs read no faster (reading is computing, not waiting), and each costs a
    fresh interpreter's memory: a count of thousands would start thousands of processes.

    Examples:
        >>> worker_count(1, 10), worker_count(10**9, 1), worker_count(None, 0)
        (1, 1, 1)
        >>> worker_count(10**9, 10**9) == _cpus()
        True
    """
    cpus = _cpus()
    return max(1, min(workers or cpus, cpus, files))


def _cpus() -> int:
    """The CPUs this process may run on: fewer than the machine's where it is bound to some."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # no affinity on this platform (macOS, Windows)
        return os.cpu_count() or 1


def check_options(workers: object, progress: object, max_bytes: object) -> None:
    """Refuse the options shared by the readers of many files, naming the one that is wrong.

    ``workers`` must be None or a whole number of 1 or more, ``progress`` None or a function,
    ``max_bytes`` a whole number of 1 or more.

    Raises:
        ValidationError: code ``invalid-parameter``, naming the option and its value.
    """
    if workers is not None:
        expected = "a whole number of worker processes, 1 or more, or None for one per CPU"
        _check_count(workers, "workers", expected)
    if progress is not None and not callable(progress):
        message = f"expected a function to call after each file, not a {type(progress).__name__}"
        raise ValidationError([Issue("progress", message, progress, "invalid-parameter")])
    check_limit(max_bytes)


def path_list(
    paths: object,
    parameter: str = "paths",
    hint: str = "; for one file use read_plan(path), or read_plans([path])",
) -> list[pathlib.Path]:
    """The files to read: a list (or other iterable) of paths, never one path or a mapping.

    ``hint`` ends the message for a value that is no list: what to give instead.

    Raises:
        ValidationError: code ``invalid-parameter``, naming ``parameter`` (or its item).
    """
    if isinstance(paths, str | bytes | os.PathLike | Mapping) or not isinstance(paths, Iterable):
        message = f"expected a list of paths, not a {type(paths).__name__}{hint}"
        raise ValidationError([Issue(parameter, message, paths, "invalid-parameter")])
    where: list[pathlib.Path] = []
    for index, path in enumerate(paths):
        if not isinstance(path, str | os.PathLike):
            message = f"expected a path, not a {type(path).__name__}"
            raise ValidationError(
                [Issue(f"{parameter}[{index}]", message, path, "invalid-parameter")]
            )
        where.append(pathlib.Path(path))
    return where


def read_plans(
    paths: Iterable[str | os.PathLike[str]],
    *,
    progress: Callable[[int, int, pathlib.Path], None] | None = None,
    workers: int | None = None,
    max_bytes: int = MAX_BYTES,
) -> list[ReadResult]:
    r"""Read many plan files in parallel processes; one result per path, in the order given.

    Each file is read as [`read_plan`][rulegov.read_plan] reads it (text, ``.docx``, ``.json``,
    ``.csv``, ``.xlsx``). A file that fails does not stop the others: its result holds the
    error instead of a plan. Errors that are not rulegov's own (bugs) are raised.

    Args:
        paths: The files.
        progress: Called in this process as ``progress(done, total, path)`` each time a file
            has been read, in the order they finish.
        workers: How many processes (one per CPU by default, and never more than one per CPU or
            one per file: a larger count is lowered to that); ``1`` reads in this process, which
            is the easiest to debug. Workers start fresh interpreters (``spawn``), which is safe
            whatever threads the caller runs; from a script read on standard input they are
            forked instead, or, where the platform cannot fork, the files are read in this
            process.
        max_bytes: Refuse files larger than this, as [`read_plan`][rulegov.read_plan] does.

    Raises:
        ValidationError: for ``workers`` that is no whole number of 1 or more, a ``progress``
            that cannot be called, or ``paths`` that is no list of paths (one path alone, a
            mapping; code ``invalid-parameter``).
    """
    where = path_list(paths)
    check_options(workers, progress, max_bytes)
    total = len(where)
    count = worker_count(workers, total)
    method = start_method() if count > 1 else None
    if method is None:
        count = 1
    outcomes: list[tuple[Plan | None, RulegovError | None]] = [(None, None)] * total
    if count == 1:
        for index, path in enumerate(where):
            outcomes[index] = _read_one(path, max_bytes)
            if progress is not None:
                progress(index + 1, total, path)
    else:
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
            futures = {
                pool.submit(_read_one, path, max_bytes): index for index, path in enumerate(where)
            }
            for done, future in enumerate(as_completed(futures), start=1):
                index = futures[future]
                outcomes[index] = future.result()
                if progress is not None:
                    progress(done, total, where[index])
    return [
        ReadResult(path=path, plan=plan, error=error)
        for path, (plan, error) in zip(where, outcomes, strict=True)
    ]
