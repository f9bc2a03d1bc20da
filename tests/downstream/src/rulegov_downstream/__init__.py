"""A downstream user of rulegov: only public names, fully typed, checked with mypy --strict."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import rulegov

if TYPE_CHECKING:
    import datetime as dt


def lead_workload(plan: rulegov.Plan) -> dict[str, int]:
    """How many tasks each unit leads, by the unit's full name."""
    counts: Counter[str] = Counter()
    for task in plan.tasks:
        for ident in task.unit_ids(rulegov.Role.LEAD):
            counts[plan.unit(ident).name] += 1
    return dict(counts)


def due_by(plan: rulegov.Plan, day: dt.date) -> list[str]:
    """The numbers of the tasks due on or before ``day``."""
    found: list[str] = []
    for task in plan.tasks:
        due = task.timeframe.due if task.timeframe is not None else None
        if due is not None and due <= day:
            found.append(task.number)
    return found


def quantitative_targets(plan: rulegov.Plan) -> list[tuple[str, rulegov.Comparator, float]]:
    """Every quantitative target as (task number, comparator, value)."""
    found: list[tuple[str, rulegov.Comparator, float]] = []
    for task in plan.tasks:
        found.extend(
            (task.number, target.comparator, target.value)
            for target in task.targets
            if target.comparator is not None and target.value is not None
        )
    return found


def check(plan_json: str) -> list[str]:
    """Validate a plan's JSON and return the problems found, one line each."""
    try:
        rulegov.Plan.model_validate_json(plan_json)
    except rulegov.ValidationError as error:
        return [str(issue) for issue in error.issues]
    return []


def main() -> int:
    """Run against the bundled plan; exit 0 when every fact is as expected."""
    plan = rulegov.datasets.yancheng_2023()
    workload = lead_workload(plan)
    targets = quantitative_targets(plan)
    ok = (
        workload == {"中共盐城经济技术开发区工委全面依法治区委员会办公室": 16}
        and targets == [("4", rulegov.Comparator.GE, 2.0), ("7", rulegov.Comparator.EQ, 100.0)]
        and check(plan.model_dump_json()) == []
        and check('{"title": "x", "issuer_unit": "nobody"}') != []
    )
    print("downstream check:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
