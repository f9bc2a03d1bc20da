"""Benchmark: evaluate 1,000 units × 200 indicators in a 3-level tree, explanations included.

Baseline: a plain-Python weighted sum of the same data, measured in the same run.
Run: python benchmarks/evaluate.py
"""

from __future__ import annotations

import random
import statistics
import time

import rulegov

UNITS = 1_000
AREAS = 10
INDICATORS_PER_AREA = 20
REPEATS = 7


def build() -> tuple[rulegov.Scheme, dict[str, dict[str, float]], dict[str, float]]:
    generator = random.Random(42)
    areas = []
    weights: dict[str, float] = {}
    for area in range(AREAS):
        children = []
        for item in range(INDICATORS_PER_AREA):
            node_id = f"a{area}.i{item}"
            weight = generator.randint(1, 5)
            children.append(
                {
                    "id": node_id,
                    "weight": weight,
                    "normalisation": {"kind": "goalposts", "low": 0, "high": 100},
                }
            )
            weights[node_id] = weight
        areas.append({"id": f"a{area}", "weight": 1, "children": children})
    scheme = rulegov.Scheme.model_validate(
        {"id": "bench", "root": {"id": "all", "children": areas}}
    )
    data = {
        f"unit {number}": {node_id: generator.uniform(0, 100) for node_id in weights}
        for number in range(UNITS)
    }
    return scheme, data, weights


def baseline(data: dict[str, dict[str, float]], weights: dict[str, float]) -> dict[str, float]:
    """A plain weighted sum per unit: what a spreadsheet does, with no explanation."""
    total_weight = sum(weights.values())
    totals = {}
    for unit, row in data.items():
        total = 0.0
        for node_id, weight in weights.items():
            total += weight * row[node_id] / 100
        totals[unit] = total / total_weight
    return totals


def rulegov_run(scheme: rulegov.Scheme, data: dict[str, dict[str, object]]) -> None:
    result = rulegov.evaluate(scheme, data)
    for unit in result.units:  # ranks for all, and an explanation for every unit
        result.rank(unit)
        result.explain(unit)


def rulegov_materialised(scheme: rulegov.Scheme, data: dict[str, dict[str, object]]) -> None:
    result = rulegov.evaluate(scheme, data)
    for unit in result.units:  # every node explanation of every unit built in full
        result.rank(unit)
        result.explain(unit).root.walk()


def rulegov_scores(scheme: rulegov.Scheme, data: dict[str, dict[str, object]]) -> None:
    result = rulegov.evaluate(scheme, data)
    for unit in result.units:
        result.score(unit)
        result.rank(unit)


def median_seconds(action: object, *args: object) -> float:
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action(*args)  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    scheme, data, weights = build()
    base = median_seconds(baseline, data, weights)
    scores = median_seconds(rulegov_scores, scheme, data)
    full = median_seconds(rulegov_run, scheme, data)
    built = median_seconds(rulegov_materialised, scheme, data)
    print(
        f"{UNITS} units × {AREAS * INDICATORS_PER_AREA} indicators, 3 levels, median of {REPEATS}"
    )
    print(f"baseline plain weighted sum:               {base * 1000:8.1f} ms")
    print(
        f"rulegov scores and ranks:                  {scores * 1000:8.1f} ms  ({scores / base:5.1f}x)"
    )
    print(
        f"rulegov scores, ranks, every explanation:  {full * 1000:8.1f} ms  ({full / base:5.1f}x)"
    )
    print(
        f"  ... every explanation tree built in full:  {built * 1000:8.1f} ms  ({built / base:5.1f}x)"
    )


if __name__ == "__main__":
    main()
