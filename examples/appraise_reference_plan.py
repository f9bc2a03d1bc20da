"""Appraise six units against the illustrative scheme for the reference plan.

Scores, grades and ranks; why one unit got its grade; each unit's strengths and weaknesses; and
how stable the ranking is when weights vary. Run: python examples/appraise_reference_plan.py
"""

from __future__ import annotations

import rulegov

scheme = rulegov.datasets.yancheng_2023_scheme()
data, categories = rulegov.datasets.yancheng_2023_appraisal()
result = rulegov.evaluate(scheme, data, categories=categories)

print(rulegov.render.to_text(result))

best = result.ranking()[0][1]
print(f"\nWhy {best} is graded {result.grade(best)!r}:")
print(rulegov.render.to_text(result.explain(best)).splitlines()[1])

print("\nStrengths and weaknesses (node, rank among units):")
for unit in result.units:
    strong = ", ".join(f"{s.node} #{s.rank}" for s in result.strengths(unit, 2))
    weak = ", ".join(f"{s.node} #{s.rank}" for s in result.weaknesses(unit, 2))
    print(f"  {unit:24} strong: {strong:18} weak: {weak}")

print("\nRank intervals over 200 runs with weights varied by ±25 % (seeded):")
for interval in rulegov.rank_uncertainty(scheme, data, categories=categories, runs=200, seed=7):
    print(
        f"  {interval.unit:24} median {interval.median:.0f}, 5-95 %: {interval.low:.0f}-{interval.high:.0f}"
    )
