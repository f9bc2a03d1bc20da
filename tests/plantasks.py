"""What the plan tests compare of the tasks a plan reads: their units and roles, their targets."""

from __future__ import annotations

import rulegov
from rulegov import Comparator


def task_units(plan: rulegov.Plan) -> list[list[tuple[str, str]]]:
    """Each task's units as (the name printed, else the unit's id; the role), in order.

    Examples:
        >>> plan = rulegov.parse_plan("2024年工作要点\\n一、任务\\n1.开展普法。（牵头单位：区司法局）\\n")
        >>> task_units(plan)
        [[('区司法局', 'lead')]]
    """
    return [
        [(item.unit_name or item.unit, item.role.value) for item in task.assignments]
        for task in plan.tasks
    ]


def task_targets(body: str) -> list[tuple[str, Comparator | None, float | None]]:
    """The targets of the one task ``1.{body}`` of a small plan: their text, comparator, value.

    Examples:
        >>> task_targets("每年至少组织1次培训。")
        [('至少组织1次', <Comparator.GE: 'ge'>, 1.0)]
    """
    plan = rulegov.parse_plan(f"2024年工作要点\n一、任务\n1.{body}\n")
    return [(t.text, t.comparator, t.value) for t in plan.tasks[0].targets]
