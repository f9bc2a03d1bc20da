"""A folder of documents into Parquet tables: documents per second, and memory as it grows.

rulegov: ``write_corpus`` (worker processes, Parquet written in batches). Baseline in the same
run: a plain loop of ``read_plan`` over the same files in one process, keeping nothing. The
documents are the reference plan's text with other years and numbers, so each one is a real
plan of 16 tasks.

Speed: 1,000 documents, ``write_corpus`` with 1 and with 2 workers, against the baseline; median
of three runs each, documents per second and the ratio. Memory: the peak resident memory of a
fresh process that runs ``write_corpus`` (in that process, one worker) over 250, 500 and 1,000
documents; flat memory means the peak does not grow with the folder.

Run: ``python benchmarks/corpus.py`` (needs ``pip install -e '.[arrow]'``).
"""

from __future__ import annotations

import json
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import rulegov
from rulegov.io import read_plan, write_corpus

SIZES = (250, 500, 1000)
RUNS = 3


def make_folder(root: pathlib.Path, count: int) -> pathlib.Path:
    text = rulegov.datasets.yancheng_2023_text()
    folder = root / f"docs_{count}"
    folder.mkdir()
    for index in range(count):
        year = 2010 + index % 16
        body = text.replace("2023", str(year)).replace("2个以上", f"{index % 7 + 2}个以上")
        (folder / f"plan_{index:05}.txt").write_text(body, encoding="utf-8")
    return folder


def baseline(folder: pathlib.Path) -> float:
    began = time.perf_counter()
    for path in sorted(folder.iterdir()):
        read_plan(path)
    return time.perf_counter() - began


def corpus(folder: pathlib.Path, out: pathlib.Path, workers: int) -> float:
    began = time.perf_counter()
    summary = write_corpus(folder, out, workers=workers)
    assert summary.failures == 0, summary  # noqa: S101 - a benchmark of good documents
    return time.perf_counter() - began


PEAK = """
import json, resource, sys
from rulegov.io import write_corpus
summary = write_corpus(sys.argv[1], sys.argv[2], workers=1)
print(json.dumps({"plans": summary.plans, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def peak_memory(folder: pathlib.Path, out: pathlib.Path) -> dict[str, int]:
    done = subprocess.run(  # noqa: S603 - this interpreter, on our own script
        [sys.executable, "-c", PEAK, str(folder), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch)
        folders = {count: make_folder(root, count) for count in SIZES}
        largest = folders[SIZES[-1]]
        print(f"speed on {SIZES[-1]} documents (median of {RUNS} runs)")
        base = statistics.median(baseline(largest) for _ in range(RUNS))
        print(f"  baseline: read_plan in a loop, 1 process   {SIZES[-1] / base:8.1f} docs/s")
        for workers in (1, 2):
            took = statistics.median(
                corpus(largest, root / f"out_{workers}_{run}", workers) for run in range(RUNS)
            )
            print(
                f"  write_corpus, {workers} worker(s) to Parquet   {SIZES[-1] / took:8.1f} docs/s"
                f"   {took / base:5.2f}x the baseline's time"
            )
        print("peak memory of the reading process (one worker, in a fresh interpreter)")
        peaks = []
        for count, folder in folders.items():
            found = peak_memory(folder, root / f"mem_{count}")
            peaks.append(found["peak_kib"])
            print(f"  {count:5} documents: {found['peak_kib'] / 1024:7.1f} MiB")
        print(f"  growth from {SIZES[0]} to {SIZES[-1]} documents: {peaks[-1] / peaks[0]:.2f}x")


if __name__ == "__main__":
    main()
