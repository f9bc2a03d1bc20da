"""Time the same cases with this checkout of rulegov and another one, in turn, in one run.

A benchmark script that offers ``--against PATH`` starts itself twice as a worker: once with
this checkout's ``src`` first on ``PYTHONPATH`` and once with the other checkout's (a git
worktree of an earlier commit, say). Each worker loads its rulegov, then times the cases it is
sent on its standard input, one line per case, and answers with the seconds (processor time, in
the scripts here, so that the other processes of a shared machine do not count). The two workers
take every case in turn, round after round, the first to go alternating, so that both meet the
same load on a shared machine; the script prints the median of each and their ratio.

The cases are the script's own code, so both checkouts read the same inputs; only the rulegov
that the worker imports differs. ``PATH`` may also be a git revision of this repository
(``HEAD~1``, a tag, a commit): it is checked out in a temporary worktree for the run, and the
worktree removed after it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

WORKER = "--worker"
HERE = Path(__file__).resolve().parents[1]


def sized_options(description: str, sizes: Sequence[int]) -> argparse.ArgumentParser:
    """The options of a script whose cases are sizes: ``--sizes``, ``--rounds``, ``--against``."""
    options = argparse.ArgumentParser(description=description)
    options.add_argument("--sizes", type=int, nargs="+", default=list(sizes))
    options.add_argument("--rounds", type=int, default=3, help="timed runs of each case")
    options.add_argument(
        "--against", type=Path, help="another checkout of rulegov, or a git revision, to time too"
    )
    return options


def serve(measure: Callable[[str], float]) -> None:
    """Answer each case name read from standard input with the seconds ``measure`` gives."""
    import rulegov  # noqa: PLC0415 - the rulegov that PYTHONPATH names

    print(Path(rulegov.__file__).parents[2], flush=True)
    for line in sys.stdin:
        print(repr(measure(line.strip())), flush=True)


class _Worker:
    def __init__(self, script: Path, checkout: Path, arguments: Sequence[str]) -> None:
        source = checkout / "src"
        if not (source / "rulegov" / "__init__.py").is_file():
            raise SystemExit(f"{checkout} is not a checkout of rulegov: no src/rulegov there")
        paths = [str(source), os.environ.get("PYTHONPATH", "")]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
        self.process = subprocess.Popen(  # noqa: S603 - this interpreter, on our own script
            [sys.executable, str(script), WORKER, *arguments],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.loaded = Path(self._read())
        if self.loaded.resolve() != checkout.resolve():
            raise SystemExit(f"the worker for {checkout} loaded rulegov from {self.loaded}")

    def _read(self) -> str:
        stdout: IO[str] | None = self.process.stdout
        line = stdout.readline() if stdout is not None else ""
        if not line:
            raise SystemExit(f"a worker stopped (exit code {self.process.wait()})")
        return line.strip()

    def time(self, case: str) -> float:
        stdin = self.process.stdin
        if stdin is None:
            raise SystemExit("a worker has no input")
        stdin.write(case + "\n")
        stdin.flush()
        return float(self._read())

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait()


@contextlib.contextmanager
def checkout(other: Path) -> Iterator[Path]:
    """``other`` when it is a folder; else the git revision it names, in a temporary worktree."""
    if other.is_dir():
        yield other
        return
    with tempfile.TemporaryDirectory(prefix="rulegov-against-") as folder:
        tree = Path(folder) / "rulegov"
        git = ["git", "-C", str(HERE)]
        added = subprocess.run(  # noqa: S603 - git, on a revision the caller names
            [*git, "worktree", "add", "--detach", "--quiet", str(tree), str(other)],
            check=False,
        )
        if added.returncode != 0:
            raise SystemExit(f"{other} is neither a folder nor a git revision of {HERE}")
        try:
            yield tree
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=False)  # noqa: S603


def compare(
    script: str,
    other: Path,
    cases: Sequence[str],
    rounds: int,
    arguments: Sequence[str] = (),
) -> list[tuple[str, float, float]]:
    """The median seconds of each case with this checkout and with ``other``, timed in turn.

    ``other`` is a checkout's folder or a git revision of this one (`checkout`).
    """
    with checkout(other) as tree:
        if tree != other:
            print(f"against revision:  {other}")
        return _compare(script, tree, cases, rounds, arguments)


def _compare(
    script: str,
    tree: Path,
    cases: Sequence[str],
    rounds: int,
    arguments: Sequence[str],
) -> list[tuple[str, float, float]]:
    workers = (
        _Worker(Path(script).resolve(), HERE, arguments),
        _Worker(Path(script).resolve(), tree, arguments),
    )
    print(f"this checkout:     {workers[0].loaded}")
    print(f"against checkout:  {workers[1].loaded} ({rounds} rounds, in turn)")
    try:
        times: dict[str, tuple[list[float], list[float]]] = {case: ([], []) for case in cases}
        for round_ in range(rounds):
            for case in cases:
                order = (0, 1) if round_ % 2 == 0 else (1, 0)
                for which in order:
                    times[case][which].append(workers[which].time(case))
    finally:
        for worker in workers:
            worker.close()
    return [
        (case, statistics.median(ours), statistics.median(theirs))
        for case, (ours, theirs) in times.items()
    ]


def report(rows: Sequence[tuple[str, float, float]], unit: str = "ms") -> None:
    """Print the medians of both checkouts and the ratio, this one over the other."""
    scale = {"ms": 1e3, "s": 1.0}[unit]
    print(
        f"{'case (median processor time)':40} {'this ' + unit:>11} {'against ' + unit:>12} {'ratio':>7}"
    )
    for case, ours, theirs in rows:
        print(f"{case:40} {ours * scale:11.3f} {theirs * scale:12.3f} {ours / theirs:7.2f}")
    print("ratio: this checkout's median time over the other's (below 1: this one is faster)")
