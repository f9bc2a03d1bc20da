"""A plan at a glance, for the command line: its waves and its critical chain.

Examples:
    >>> import rulegov
    >>> plan = rulegov.Plan(title="计划", unsectioned_tasks=[
    ...     {"id": "t1", "number": "1", "path": ["1"], "title": "制定方案。"},
    ...     {"id": "t2", "number": "2", "path": ["2"], "title": "落实方案。"}],
    ...     dependencies=[{"predecessor": "t1", "successor": "t2"}])
    >>> view = plan_overview(plan)
    >>> view.waves, view.critical_chain, view.duration
    ((('t1',), ('t2',)), ('t1', 't2'), 40)
    >>> print(rulegov.render.to_text(view))
    duration: 40 days
    wave 1: 1 制定方案。
    wave 2: 2 落实方案。
    critical chain: 1 制定方案。 -> 2 落实方案。
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from rulegov._deprecation import drawn_by
from rulegov.errors import _check_kind
from rulegov.graph import _analysis
from rulegov.graph._graph import TaskGraph

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from rulegov.graph._calendar import Calendar
    from rulegov.graph._schedule import Schedule
    from rulegov.model import Plan

__all__ = ["Overview", "plan_overview"]


@attrs.frozen(slots=True)
class Overview:
    """The waves of a plan, its critical chain and its schedule.

    Attributes:
        waves: The node ids of each wave, in order.
        critical_chain: The driving chain to the node that finishes last.
        duration: The plan's length in days (working days under a calendar).
        schedule: The schedule behind it.
    """

    waves: tuple[tuple[str, ...], ...]
    critical_chain: tuple[str, ...]
    duration: int
    schedule: Schedule

    def __repr__(self) -> str:
        """A one-line summary."""
        return f"Overview(waves={len(self.waves)}, duration={self.duration}, chain={len(self.critical_chain)})"

    def _repr_html_(self) -> str:
        """The schedule behind the overview as HTML for Jupyter."""
        return self.schedule._repr_html_()

    def render(self) -> str:
        """Deprecated: use [`to_text`][rulegov.render.to_text]."""
        return drawn_by("Overview.render()", "to_text", "overview", self)


def plan_overview(  # noqa: PLR0913 - TaskGraph.from_plan's choices, and the start
    plan: Plan,
    *,
    start: dt.date | None = None,
    calendar: Calendar | None = None,
    durations: Mapping[str, int] | None = None,
    default_duration: int = 20,
    assessment_duration: int = 5,
    hard_deadlines: bool = True,
    accept_inferred: bool = False,
) -> Overview:
    """The waves and critical chain of a plan, scheduled from ``start``.

    ``start`` defaults to the plan's date of issue; without one, to the first day of the plan's
    period; without either, the schedule counts days from 0. The other options are those of
    [`TaskGraph.from_plan`][rulegov.TaskGraph.from_plan]; the calendar is used for both the graph
    and the schedule.

    Examples:
        >>> import rulegov
        >>> from rulegov.graph import Calendar
        >>> view = plan_overview(rulegov.datasets.yancheng_2023(), calendar=Calendar.china(2023, 2024))
        >>> view.duration, view.schedule.finish_date.isoformat(), len(view.waves)
        (168, '2024-01-08', 5)
    """
    _check_kind(plan, "Plan", "plan", "a rulegov Plan")
    if start is None:
        start = plan.issued_on or (plan.period.start if plan.period is not None else None)
    graph = TaskGraph.from_plan(
        plan,
        durations=durations,
        default_duration=default_duration,
        assessment_duration=assessment_duration,
        calendar=calendar,
        hard_deadlines=hard_deadlines,
        accept_inferred=accept_inferred,
    )
    schedule = graph.schedule(start=start, calendar=calendar) if start else graph.schedule()
    return Overview(
        waves=tuple(_analysis.waves(graph)),
        critical_chain=schedule.critical_chain(),
        duration=schedule.duration,
        schedule=schedule,
    )
