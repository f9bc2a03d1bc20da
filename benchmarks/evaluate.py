"""Benchmark: evaluate 1,000 units × 200 indicators in a 3-level tree, explanations included.

Baseline: a plain-Python weighted sum of the same data, measured in the same run. A second case
scores 1,000 units on 200 indicators that each start full and lose points by a deduction rule
(扣分), with 5 vetoes, against a plain-Python sum of the same deductions: the cost of reading and
checking every rule's input.
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


VETOES = 5
POINTS = 5


def build_rules() -> tuple[rulegov.Scheme, dict[str, dict[str, int]], list[str]]:
    """200 indicators of 5 points, each with a deduction rule of 1 point per case, and 5 vetoes."""
    generator = random.Random(7)
    areas = []
    rules: list[dict[str, object]] = []
    for area in range(AREAS):
        children = []
        for item in range(INDICATORS_PER_AREA):
            node_id = f"a{area}.i{item}"
            children.append({"id": node_id, "points": POINTS, "start_full": True})
            rules.append(
                {"kind": "deduction", "id": f"{node_id}-1", "node": node_id,
                 "input": f"{node_id}-1", "points": 1, "max": POINTS}
            )  # fmt: skip
        areas.append({"id": f"a{area}", "aggregation": "sum", "children": children})
    rules.extend(
        {"kind": "veto", "id": f"veto{v}", "input": f"veto{v}", "effect": "force", "grade": "fail"}
        for v in range(VETOES)
    )
    grading = {
        "bands": [
            {"grade": "pass", "label": "合格", "min": 600},
            {"grade": "fail", "label": "不合格", "max": 600},
        ]
    }
    scheme = rulegov.Scheme.model_validate(
        {
            "id": "bench-rules",
            "root": {"id": "all", "aggregation": "sum", "children": areas},
            "rules": rules,
            "grading": grading,
        }
    )
    counts = [str(rule["input"]) for rule in rules if rule["kind"] == "deduction"]
    data = {
        f"unit {number}": {
            **{key: generator.randint(0, 3) for key in counts},
            **{f"veto{v}": 0 for v in range(VETOES)},
        }
        for number in range(UNITS)
    }
    return scheme, data, counts


def rules_baseline(data: dict[str, dict[str, int]], counts: list[str]) -> dict[str, float]:
    """Each indicator's points less its cases, at least 0, summed: a spreadsheet's 扣分 sheet."""
    return {
        unit: float(sum(max(POINTS - row[key], 0) for key in counts)) for unit, row in data.items()
    }


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
    rule_scheme, rule_data, counts = build_rules()
    rules_base = median_seconds(rules_baseline, rule_data, counts)
    with_rules = median_seconds(rulegov_scores, rule_scheme, rule_data)
    print(f"{UNITS} units × {len(counts)} deduction rules and {VETOES} vetoes, median of {REPEATS}")
    print(f"baseline plain sum of deductions:          {rules_base * 1000:8.1f} ms")
    print(
        f"rulegov scores and ranks:                  {with_rules * 1000:8.1f} ms"
        f"  ({with_rules / rules_base:5.1f}x)"
    )


if __name__ == "__main__":
    main()
