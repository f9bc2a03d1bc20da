"""How long ``read_scheme`` takes on an appraisal table in CSV of thousands of columns.

A CSV saved from a spreadsheet may hold one row of thousands of cells: a scheme laid out
across rather than down, each cell an item with its points (依法行政1（5分）,依法行政2（5分）,…), or
a header row of names over a row of figures. The cases are such files of 1,000, 5,000 and
20,000 columns; the baseline, in the same run, is ``csv.reader`` over the same file (the floor of
any CSV reader, which reads no items). The script prints the median processor seconds of each
and their ratio.

With ``--against PATH`` (a checkout of rulegov, or a git revision such as ``HEAD~1``) it times
``read_scheme`` on the same files with this checkout's rulegov and the other's, in turn
(``_against.py``), and prints both medians and their ratio.

Run: ``python benchmarks/wide_tables.py [--sizes N ...] [--rounds R] [--against PATH|REVISION]``.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

import _against
from unit_names import median_seconds

import rulegov

SIZES = (1_000, 5_000, 20_000)
SHAPES = {
    "scored cells": lambda n: ",".join(f"依法行政{i}（5分）" for i in range(1, n + 1)) + "\n",
    "names over figures": lambda n: (
        ",".join(f"考核项目{i}" for i in range(1, n + 1))
        + "\n"
        + ",".join(str(i % 10) for i in range(1, n + 1))
        + "\n"
    ),
}
CASES = {f"{n:,} columns, {shape}": (n, shape) for shape in SHAPES for n in SIZES}


def write_case(case: str, folder: Path) -> Path:
    """The CSV file of ``case`` in ``folder``."""
    n, shape = CASES[case]
    path = folder / f"{n}-{shape.replace(' ', '-')}.csv"
    path.write_text(SHAPES[shape](n), encoding="utf-8")
    return path


def read(path: Path) -> object:
    """``read_scheme`` of ``path``; a refusal (a table without items) counts as read."""
    try:
        return rulegov.read_scheme(path)
    except rulegov.RulegovError as error:
        return error


def floor(path: Path) -> object:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.reader(file))


def time_case(case: str) -> float:
    """The processor seconds of one ``read_scheme`` of ``case`` (for ``--against``)."""
    rulegov.parse_scheme("一、依法行政（10分）")  # load the reader outside the timing
    with tempfile.TemporaryDirectory() as folder:
        path = write_case(case, Path(folder))
        seconds, _ = median_seconds(lambda: read(path), 1)
    return seconds


def main() -> None:
    if sys.argv[1:2] == [_against.WORKER]:
        _against.serve(time_case)
        return
    args = _against.sized_options(__doc__.splitlines()[0], SIZES).parse_args()
    cases = [case for case, (n, _) in CASES.items() if n in args.sizes]
    if args.against is not None:
        _against.report(_against.compare(__file__, args.against, cases, args.rounds), unit="s")
        return
    rulegov.parse_scheme("一、依法行政（10分）")  # load the reader outside the timings
    print(f"medians of {args.rounds} runs, processor seconds", flush=True)
    print(f"{'case':36} {'read_scheme s':>14} {'csv.reader s':>13} {'ratio':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for case in cases:
            path = write_case(case, Path(folder))
            ours, _ = median_seconds(lambda path=path: read(path), args.rounds)
            theirs, _ = median_seconds(lambda path=path: floor(path), args.rounds)
            print(f"{case:36} {ours:>14.3f} {theirs:>13.4f} {ours / theirs:>8.0f}", flush=True)
    print("ratio: read_scheme's time over csv.reader's on the same file")


if __name__ == "__main__":
    main()
