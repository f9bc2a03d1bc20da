r"""A folder of plan documents into Parquet tables, in parallel, in constant memory.

Researchers compare the plans of hundreds of counties. [`write_corpus`][rulegov.io.write_corpus] reads every document
of a folder in worker processes and writes one Parquet file per table (``plans``, ``tasks``,
``assignments``, ``units``, ``assessments``, ``targets``, ``dependencies``, ``citations``,
``groups``, ``diagnostics``; the columns of [`tables`][rulegov.io.tables]), keyed by each plan's stable
id. Rows are written in batches as the files are read, so memory stays flat however large the
folder. A file that cannot be read does not stop the rest: it becomes a row of the
``diagnostics`` table (severity ``error``, with the file and the reason). DuckDB, Polars or Spark
then query the folder of tables directly.

Examples:
    >>> import pathlib, tempfile
    >>> import pyarrow.parquet as pq
    >>> from rulegov.io import write_corpus
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("2023年工作要点\n一、加强领导\n1.召开会议。\n牵头单位：区司法局",
    ...                                  encoding="utf-8")
    >>> _ = (folder / "b.txt").write_bytes(b"\x00")
    >>> summary = write_corpus(folder, folder / "tables", workers=1)
    >>> summary.plans, summary.failures, summary.rows["tasks"]
    (1, 1, 1)
    >>> pq.read_table(folder / "tables" / "assignments.parquet").column("unit_id").to_pylist()
    ['u1']
"""

from __future__ import annotations

import multiprocessing
import os
import pathlib
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TYPE_CHECKING, Any

import attrs

from rulegov.errors import Issue, RulegovError, ValidationError
from rulegov.io._bytes import MAX_BYTES, file_path, writing
from rulegov.io._extras import optional_module
from rulegov.io._files import read_plan
from rulegov.io._formats import DOCUMENT_SUFFIXES
from rulegov.io._many import check_options, path_list, start_method, worker_count
from rulegov.io._views import PLAN_TABLES, arrow_schema, tables

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["CorpusSummary", "corpus_files", "write_corpus"]


_BATCH_ROWS = 20_000
_Rows = dict[str, list[dict[str, Any]]]


@attrs.frozen(slots=True)
class CorpusSummary:
    """What [`write_corpus`][rulegov.io.write_corpus] read and wrote.

    Attributes:
        files: How many files were read.
        plans: How many of them gave a plan.
        failures: How many could not be read (each is a row of the ``diagnostics`` table).
        rows: How many rows each table got.
        seconds: How long it took.
        out: The folder of Parquet files.
    """

    files: int
    plans: int
    failures: int
    rows: dict[str, int]
    seconds: float
    out: pathlib.Path

    @property
    def files_per_second(self) -> float:
        """Documents read per second."""
        return self.files / self.seconds if self.seconds > 0 else float("inf")


def corpus_files(folder: str | os.PathLike[str]) -> list[pathlib.Path]:
    """The documents under ``folder`` (recursively, by suffix), in a stable order.

    Raises:
        ValidationError: when ``folder`` is not a folder, or no path at all.
    """
    if not isinstance(folder, str | os.PathLike):
        message = f"expected a folder path (str or os.PathLike), not a {type(folder).__name__}"
        raise ValidationError([Issue("folder", message, folder, "invalid-parameter")])
    root = pathlib.Path(folder)
    try:
        found = root.is_dir()
    except OSError as error:  # a name too long, a loop of links: no folder, and why
        message = f"expected a folder of documents; {error.strerror or error}"
        raise ValidationError([Issue("folder", message, str(root), "invalid-parameter")]) from None
    if not found:
        raise ValidationError(
            [Issue("folder", "expected a folder of documents", str(root), "invalid-parameter")]
        )
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES
    )


def _read_rows(path: pathlib.Path, max_bytes: int) -> tuple[str, _Rows | None, str | None]:
    """In a worker: the rows of one file's plan, or the reason it could not be read."""
    try:
        plan = read_plan(path, max_bytes=max_bytes)
    except RulegovError as error:
        return str(path), None, f"{type(error).__name__}: {error}"
    except OSError as error:
        return (
            str(path),
            None,
            f"ParseError: {path}: cannot read the file: {error.strerror or error}",
        )
    return str(path), tables(plan), None


class _Writers:
    """One Parquet writer per table, fed in batches so that memory stays flat."""

    def __init__(self, out: pathlib.Path) -> None:
        self.out = out
        pa = optional_module("pyarrow", "arrow", "writing a corpus as Parquet")
        pq = optional_module("pyarrow.parquet", "arrow", "writing a corpus as Parquet")
        self.pa = pa
        out.mkdir(parents=True, exist_ok=True)
        self.schemas = {name: arrow_schema(pa, name) for name in PLAN_TABLES}
        self.writers = {
            name: pq.ParquetWriter(out / f"{name}.parquet", schema)
            for name, schema in self.schemas.items()
        }
        self.pending: _Rows = {name: [] for name in PLAN_TABLES}
        self.counts = dict.fromkeys(PLAN_TABLES, 0)

    def add(self, rows: _Rows) -> None:
        for name in PLAN_TABLES:
            found = rows.get(name, [])
            self.pending[name].extend(found)
            self.counts[name] += len(found)
            if len(self.pending[name]) >= _BATCH_ROWS:
                self.flush(name)

    def flush(self, name: str) -> None:
        rows = self.pending[name]
        if rows:
            table = self.pa.Table.from_pylist(rows, schema=self.schemas[name])
            self.writers[name].write_table(table)
            self.pending[name] = []

    def close(self) -> None:
        for name in PLAN_TABLES:
            self.flush(name)
            self.writers[name].close()


def _unique(rows: _Rows, seen: dict[str, int]) -> None:
    """Give a plan whose id another file already has its own id (``id~2``), in every row."""
    plan_id = rows["plans"][0]["plan_id"]
    count = seen.get(plan_id, 0) + 1
    seen[plan_id] = count
    if count == 1:
        return
    unique = f"{plan_id}~{count}"
    for table in rows.values():
        for row in table:
            row["plan_id"] = unique


def _failure(source: str, reason: str) -> _Rows:
    return {
        "diagnostics": [
            {
                "plan_id": None,
                "source": source,
                "severity": "error",
                "code": reason.split(":", 1)[0],
                "message": reason,
                "line": None,
                "column": None,
            }
        ]
    }


def write_corpus(
    sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    workers: int | None = None,
    progress: Callable[[int, int, str, str | None], None] | None = None,
    max_bytes: int = MAX_BYTES,
) -> CorpusSummary:
    r"""Read a folder (or a list) of documents into one Parquet file per table under ``out``.

    Args:
        sources: A folder, read recursively for the suffixes of the documents rulegov reads or names, or the files.
        out: The folder for ``plans.parquet``, ``tasks.parquet``... (made if missing; files of
            the same names are replaced).
        workers: Worker processes (one per CPU by default, and never more than one per CPU or
            one per file: a larger count is lowered to that; 1 reads in this process).
        progress: Called in this process as ``progress(done, total, file, error)`` after each
            file, ``error`` being None or the reason the file could not be read.
        max_bytes: Refuse files larger than this, as ``read_plan`` does.

    Raises:
        MissingExtraError: without ``pip install 'rulegov[arrow]'`` (pyarrow).
        ValidationError: for a ``sources`` folder that does not exist or no list of paths,
            ``workers`` below 1, a ``progress`` that cannot be called, or a ``max_bytes`` that
            is no whole number of 1 or more.
    """
    one_folder = isinstance(sources, str | os.PathLike)
    files = (
        corpus_files(sources)  # type: ignore[arg-type]
        if one_folder
        else path_list(sources, "sources", "; give a folder (a str or path) or a list of paths")
    )
    check_options(workers, progress, max_bytes)
    began = time.perf_counter()
    target = file_path(out, code="unwritable-file")
    with writing(target):  # a name too long, a file where the folder would be
        try:
            writers = _Writers(target)
        except UnicodeEncodeError:  # a name's byte that is no UTF-8, which Arrow cannot take
            raise RulegovError(
                f"{str(target)!r}: Parquet files are written only under a folder whose name is "
                "UTF-8; choose another folder",
                source=repr(str(target)),
                code="unwritable-file",
            ) from None
    seen: dict[str, int] = {}
    plans = failures = 0
    try:
        for done, (source, rows, reason) in enumerate(_results(files, workers, max_bytes), 1):
            if rows is None:
                failures += 1
                writers.add(_failure(source, reason or "unreadable"))
            else:
                plans += 1
                _unique(rows, seen)
                writers.add(rows)
            if progress is not None:
                progress(done, len(files), source, reason)
    finally:
        writers.close()
    return CorpusSummary(
        files=len(files),
        plans=plans,
        failures=failures,
        rows=dict(writers.counts),
        seconds=time.perf_counter() - began,
        out=writers.out,
    )


def _results(
    files: list[pathlib.Path], workers: int | None, max_bytes: int
) -> Iterable[tuple[str, _Rows | None, str | None]]:
    """Each file's rows as they are read, with at most a few files in flight per worker."""
    count = worker_count(workers, len(files))
    method = start_method() if count > 1 else None
    if method is None:
        for path in files:
            yield _read_rows(path, max_bytes)
        return
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        queue = iter(files)
        running: set[Future[tuple[str, _Rows | None, str | None]]] = set()
        for path in queue:
            running.add(pool.submit(_read_rows, path, max_bytes))
            if len(running) >= count * 4:
                break
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
                following = next(queue, None)
                if following is not None:
                    running.add(pool.submit(_read_rows, following, max_bytes))
