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


def critical_tasks(plan: rulegov.Plan) -> list[str]:
    """The ids of the critical work items, scheduled on China's calendar from the date of issue."""
    calendar = rulegov.Calendar.china(2023, 2024)
    graph = rulegov.TaskGraph.from_plan(plan, calendar=calendar)
    schedule = graph.schedule(start=plan.issued_on, calendar=calendar)
    return sorted(schedule.critical)


def leader(scheme: rulegov.Scheme, data: dict[str, dict[str, object]]) -> str:
    """The unit ranked first."""
    result: rulegov.Evaluation = rulegov.evaluate(scheme, data)
    return min(result.units, key=lambda unit: result.rank(unit) or len(result.units) + 1)


def titles_as_parsed(text: str) -> list[str]:
    """The task titles the parser finds in a document."""
    return [task.title for task in rulegov.parse_plan(text, source="downstream").tasks]


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
        and "a-t4-duty-report" in critical_tasks(plan)
        and titles_as_parsed(rulegov.datasets.yancheng_2023_text()) == [t.title for t in plan.tasks]
        and leader(
            rulegov.datasets.yancheng_2023_scheme(),
            dict(rulegov.datasets.yancheng_2023_appraisal()[0]),
        )
        == "区司法局"
    )
    print("downstream check:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
