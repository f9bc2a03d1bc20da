"""Benchmark: how long a fresh interpreter takes to import rulegov and to print ``rulegov --help``.

Baseline: the floor of any pydantic library, a fresh interpreter that imports pydantic and
defines one model, measured in the same run. Every case runs in a new subprocess; the cases take
turns in a shuffled order each round, so that a busy machine slows them all alike. The script
prints the median wall time of each case and its ratio to the floor.

Aims: ``import rulegov`` at most 1.3 times the floor, ``rulegov --help`` at most 0.5 times.

Run: python benchmarks/startup.py [ROUNDS]
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 40
FLOOR = "floor: import pydantic, define one model"


def _script() -> list[str]:
    """The installed ``rulegov`` console script, as a user runs it."""
    installed = Path(sysconfig.get_path("scripts")) / "rulegov"
    found = str(installed) if installed.exists() else shutil.which("rulegov")
    if found is None:
        sys.exit("the rulegov console script is not installed: pip install -e .")
    return [found]


CASES: dict[str, list[str]] = {
    "python -c pass (the interpreter alone)": [sys.executable, "-c", "pass"],
    FLOOR: [
        sys.executable,
        "-c",
        "import pydantic\nclass Model(pydantic.BaseModel):\n    x: int",
    ],
    "import rulegov": [sys.executable, "-c", "import rulegov"],
    "import rulegov; rulegov.Plan": [sys.executable, "-c", "import rulegov; rulegov.Plan"],
    "import rulegov; rulegov.datasets.yancheng_2023()": [
        sys.executable,
        "-c",
        "import rulegov; rulegov.datasets.yancheng_2023()",
    ],
    "rulegov --help": [*_script(), "--help"],
}


def run_once(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 (fixed commands)
    return time.perf_counter() - began


def main() -> None:
    times: dict[str, list[float]] = {name: [] for name in CASES}
    names = list(CASES)
    for name in names:  # warm the file cache once, unmeasured
        run_once(CASES[name])
    for _ in range(ROUNDS):
        random.shuffle(names)
        for name in names:
            times[name].append(run_once(CASES[name]))
    floor = statistics.median(times[FLOOR])
    print(f"{ROUNDS} fresh interpreters per case, cases shuffled each round")
    print(f"{'case':<50} {'median ms':>10} {'ratio to floor':>15}")
    for name in CASES:
        median = statistics.median(times[name])
        print(f"{name:<50} {median * 1000:>10.1f} {median / floor:>14.2f}x")


if __name__ == "__main__":
    main()
