"""How fast task-division tables (任务分工表) read and write, against plain csv in the same run.

A generated plan of 5,000 tasks (50 sections, a few measures, two to four units in roles, a
deadline each) is written with ``rulegov.io.write_task_table`` and read back with
``rulegov.io.read_task_table``, and the same file is written and read with ``csv.DictWriter``
and ``csv.DictReader``: the floor for any CSV reader, which builds dicts of strings and reads no
units, timing, targets or citations. The script prints median times and the ratios to the floor,
and the same for ``.xlsx`` (openpyxl) when the ``xlsx`` extra is installed.

Run: ``python benchmarks/tables.py`` (``--quick`` takes 3 repetitions instead of 7).
"""

from __future__ import annotations

import csv
import gc
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import rulegov
from rulegov.io import read_task_table, task_table_rows, write_task_table

if TYPE_CHECKING:
    from collections.abc import Callable

TASKS = 5_000
UNITS = [
    "区司法局",
    "区法院",
    "区检察院",
    "区公安分局",
    "区教育局",
    "区民政局",
    "各镇(街)",
    "区有关部门",
]
DEADLINES = ["2023年6月底前", "每季度", "年底前", "持续推进", "2023年9月30日", "适时"]


def plan_of(tasks: int) -> rulegov.Plan:
    """A plan of ``tasks`` tasks in sections of 100, built as a table would give it."""
    rows: list[list[str]] = [
        ["一级任务", "序号", "工作任务", "具体措施", "牵头单位", "责任单位", "配合单位", "完成时限"]
    ]
    for index in range(tasks):
        section = index // 100 + 1
        lead = UNITS[index % len(UNITS)]
        partners = "、".join(UNITS[(index + k) % len(UNITS)] for k in (1, 2))
        rows.append(
            [
                f"第{section}类重点任务",
                str(index % 100 + 1),
                f"推进第{index}项法治建设工作",
                f"组织专题培训不少于3次\n贯彻《关于第{index}项工作的意见》\n选择2个以上部门开展述法",
                lead,
                "各镇(街)按职责分工负责" if index % 3 == 0 else "",
                partners,
                DEADLINES[index % len(DEADLINES)],
            ]
        )
    return rulegov.io.read_task_rows(rows, title="某区2023年法治建设任务分工表")


def median_seconds(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()  # each run starts from a collected heap
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def dict_write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def dict_read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def report(name: str, ours: float, floor: float) -> None:
    print(
        f"{name:<34} {ours * 1000:9.1f} ms   floor {floor * 1000:8.1f} ms   ratio {ours / floor:6.1f}x"
    )


def main() -> None:
    repeat = 3 if "--quick" in sys.argv else 7
    plan = plan_of(TASKS)
    rows = task_table_rows(plan)
    folder = Path(tempfile.mkdtemp())
    ours_csv = folder / "ours.csv"
    floor_csv = folder / "floor.csv"
    write_task_table(plan, ours_csv)
    dict_write(floor_csv, rows)
    if len(read_task_table(ours_csv).tasks) != TASKS or len(dict_read(ours_csv)) != TASKS:
        raise SystemExit("the table did not read back whole")
    print(f"{TASKS} tasks, {ours_csv.stat().st_size / 1e6:.1f} MB of CSV; median of {repeat} runs")
    floor_write = median_seconds(lambda: dict_write(floor_csv, rows), repeat)
    floor_read = median_seconds(lambda: dict_read(ours_csv), repeat)
    report(
        "write_task_table (.csv)",
        median_seconds(lambda: write_task_table(plan, ours_csv), repeat),
        floor_write,
    )
    report(
        "task_table_rows (in memory)",
        median_seconds(lambda: task_table_rows(plan), repeat),
        floor_write,
    )
    report(
        "read_task_table (.csv)",
        median_seconds(lambda: read_task_table(ours_csv), repeat),
        floor_read,
    )
    if importlib.util.find_spec("openpyxl") is None:
        print("openpyxl is not installed: pip install 'rulegov[xlsx]' to measure .xlsx")
        return
    workbook = folder / "ours.xlsx"
    write_task_table(plan, workbook)
    report(
        "write_task_table (.xlsx)",
        median_seconds(lambda: write_task_table(plan, workbook), repeat),
        floor_write,
    )
    report(
        "read_task_table (.xlsx)",
        median_seconds(lambda: read_task_table(workbook), repeat),
        floor_read,
    )


if __name__ == "__main__":
    main()
