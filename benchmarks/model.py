"""Validating plans from JSON, against the floor of json.loads on the same text.

rulegov checks every field, every cross-reference and every span; json.loads only decodes. The
ratio says what the checks cost. Run: python benchmarks/model.py

Against another checkout: ``python benchmarks/model.py --against ../rulegov-old`` validates the
same three documents (this checkout's reference plan and the generated plans), and the largest
again from Python data (``Plan.model_validate``), with this checkout's rulegov and the other's,
in turn, in one run, and prints both medians and their ratio (see ``_against.py``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import _against

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable


def median_seconds(fn: Callable[[], object], repeat: int = 7, number: int = 1) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times)


def generated_plan(tasks: int) -> str:
    """A plan of ``tasks`` tasks in 10 sections, each with 2 units, a measure, a target and a link."""
    units = [
        {"id": f"u{i}", "name": f"单位{i}", "kind": "government_department"} for i in range(50)
    ]
    per_section = tasks // 10
    sections = []
    n = 0
    numbers = "一二三四五六七八九十"
    for s in range(10):
        section_tasks = []
        for _ in range(per_section):
            n += 1
            section_tasks.append(
                {
                    "id": f"t{n}",
                    "number": str(n),
                    "path": [numbers[s], str(n)],
                    "title": f"任务{n}",
                    "measures": [{"id": f"t{n}.m1", "text": "开展专项行动"}],
                    "assignments": [
                        {"unit": f"u{n % 50}", "role": "lead"},
                        {"unit": f"u{(n + 1) % 50}", "role": "cooperating"},
                    ],
                    "targets": [
                        {"comparator": "ge", "value": 90, "unit_of_measure": "%", "text": "90%以上"}
                    ],
                    "timeframe": {"kind": "deadline", "end": "2023-12-31", "text": "年底前"},
                }
            )
        sections.append(
            {
                "id": f"s{s}",
                "number": numbers[s],
                "level": 1,
                "title": f"部分{s}",
                "tasks": section_tasks,
            }
        )
    dependencies = [{"predecessor": f"t{i}", "successor": f"t{i + 1}"} for i in range(1, n)]
    return json.dumps(
        {"title": "generated", "units": units, "sections": sections, "dependencies": dependencies}
    )


# the reference plan as the rulegov being timed ships it: a checkout compared with --against reads
# its own copy, written in its own version of the format (an older one names fields otherwise)
REFERENCE = Path(rulegov.__file__).resolve().parent / "datasets/yancheng_2023.json"


def documents() -> dict[str, str]:
    cases = {"reference plan (16 tasks)": REFERENCE.read_text(encoding="utf-8")}
    for size in (1_000, 10_000):
        cases[f"generated ({size:,} tasks)"] = generated_plan(size)
    return cases


_DOCUMENTS: dict[str, str] = {}
FROM_DICTS = ", as Python data"  # the case of the document before it, validated from dicts


def against_cases() -> list[str]:
    """The documents, and the largest again as Python data (``Plan.model_validate``)."""
    names = list(documents())
    return [*names, names[-1] + FROM_DICTS]


def time_case(case: str) -> float:
    """The processor seconds one validation of ``case`` takes (averaged over 20 for the small one).

    Processor time, so that the other processes of a shared machine do not count.
    """
    if not _DOCUMENTS:
        _DOCUMENTS.update(documents())
        for text in _DOCUMENTS.values():
            rulegov.Plan.model_validate_json(text)  # build the validators outside the timings
    text = _DOCUMENTS[case.removesuffix(FROM_DICTS)]
    validate = rulegov.Plan.model_validate_json
    if case.endswith(FROM_DICTS):
        data = json.loads(text)
        validate = lambda _: rulegov.Plan.model_validate(data)  # noqa: E731
    number = 20 if len(text) < 100_000 else 1
    start = time.process_time()
    for _ in range(number):
        validate(text)
    return (time.process_time() - start) / number


def main() -> None:
    if sys.argv[1:2] == [_against.WORKER]:
        _against.serve(time_case)
        return
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--against", type=Path, help="another checkout of rulegov to time too")
    options.add_argument("--rounds", type=int, default=15, help="rounds of --against")
    args = options.parse_args()
    if args.against is not None:
        rows = _against.compare(__file__, args.against, against_cases(), args.rounds)
        _against.report(rows)
        return
    texts = documents()
    print(f"{'document':28} {'KB':>8} {'rulegov ms':>11} {'json.loads ms':>14} {'ratio':>7}")
    for name, text in texts.items():
        number = 50 if len(text) < 100_000 else 1
        ours = median_seconds(
            lambda text=text: rulegov.Plan.model_validate_json(text), number=number
        )
        floor = median_seconds(lambda text=text: json.loads(text), number=number)
        size_kb = len(text.encode()) / 1024
        print(
            f"{name:28} {size_kb:8.0f} {ours * 1e3:11.2f} {floor * 1e3:14.2f} {ours / floor:7.1f}"
        )


if __name__ == "__main__":
    main()
