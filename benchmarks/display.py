"""Benchmark: a plan's HTML for Jupyter, from 100 to 20,000 tasks; the page size stays bounded.

Baseline: ``plan.model_dump_json()`` of the same plan, measured in the same run (what a notebook
would otherwise print). Run: python benchmarks/display.py
"""

from __future__ import annotations

import gc
import statistics
import time

import rulegov

SIZES = (100, 1_000, 5_000, 20_000)
PER_SECTION = 50
REPEATS = 5


def build(tasks: int) -> rulegov.Plan:
    units = [{"id": f"u{i}", "name": f"区单位{i}"} for i in range(20)]
    sections = [
        {
            "id": f"s{s}",
            "number": str(s + 1),
            "level": 1,
            "title": f"第{s + 1}部分工作",
            "tasks": [
                {
                    "id": f"t{s}-{i}",
                    "number": f"（{i + 1}）",
                    "path": [str(s + 1), f"（{i + 1}）"],
                    "title": f"推进第{s}-{i}项法治建设任务",
                    "assignments": [
                        {"unit": f"u{(s + i) % 20}", "role": "lead"},
                        {"unit": f"u{(s + i + 1) % 20}", "role": "cooperating"},
                    ],
                    "timeframe": {"kind": "deadline", "end": "2023-06-30", "text": "6月底前"},
                    "targets": [
                        {"comparator": "ge", "value": 2, "unit_of_measure": "次", "text": "2次以上"}
                    ],
                }
                for i in range(PER_SECTION)
            ],
        }
        for s in range(tasks // PER_SECTION)
    ]
    return rulegov.Plan.model_validate(
        {"title": "某区法治建设工作要点", "units": units, "sections": sections}
    )


def median_seconds(action: object) -> float:
    times = []
    for _ in range(REPEATS):
        gc.collect()
        began = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    print(f"{'tasks':>7} {'html ms':>9} {'json ms':>9} {'ratio':>6} {'html KB':>8} {'json KB':>8}")
    for size in SIZES:
        plan = build(size)
        html_time = median_seconds(plan._repr_html_)
        json_time = median_seconds(plan.model_dump_json)
        html_kb = len(plan._repr_html_().encode()) / 1024
        json_kb = len(plan.model_dump_json().encode()) / 1024
        print(
            f"{size:>7} {html_time * 1000:>9.1f} {json_time * 1000:>9.1f} "
            f"{html_time / json_time:>6.1f} {html_kb:>8.0f} {json_kb:>8.0f}"
        )


if __name__ == "__main__":
    main()
