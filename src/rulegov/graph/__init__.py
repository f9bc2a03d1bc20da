"""Task graphs and schedules of plans (任务依赖与进度计划); the only subpackage that uses networkx.

A plan's tasks wait on each other: a committee meeting adopts the key points that other work
follows; rectification follows its plan; an evaluation reports once the work it evaluates has
run. [`TaskGraph`][rulegov.TaskGraph] holds those links and
[`TaskGraph.schedule`][rulegov.TaskGraph.schedule] computes the critical path in linear time, with
calendars of Chinese working days, deadlines, progress, what-if slips, PERT and Monte Carlo
estimates, and exports.

Examples:
    >>> import datetime as dt
    >>> from rulegov import Dependency, TaskGraph
    >>> from rulegov.graph import Calendar
    >>> g = TaskGraph({"meeting": 1, "key_points": 10, "training": 5},
    ...               [("meeting", "key_points"), ("key_points", "training", "SS", 3)])
    >>> s = g.schedule(start=dt.date(2023, 5, 10), calendar=Calendar.china(2023))
    >>> s.duration, s.dates("key_points").finish.isoformat()
    (11, '2023-05-24')
"""

from rulegov._deprecation import deprecated_names as _deprecated_names
from rulegov.graph._analysis import (
    diagnostics,
    downstream,
    redundant_links,
    unit_network,
    upstream,
    waves,
    workload,
)
from rulegov.graph._calendar import Calendar, Roll, Timeline, available_calendars
from rulegov.graph._gate import Gate
from rulegov.graph._graph import Link, NodeKind, TaskGraph
from rulegov.graph._overview import Overview, plan_overview
from rulegov.graph._plan import infer_dependencies, node_names
from rulegov.graph._recurrence import occurrences
from rulegov.graph._schedule import Schedule, SlipImpact, TaskDates, Violation
from rulegov.graph._uncertainty import MonteCarloResult, PertResult, monte_carlo, pert

__all__ = [
    "Calendar",
    "Gate",
    "Link",
    "MonteCarloResult",
    "NodeKind",
    "Overview",
    "PertResult",
    "Roll",
    "Schedule",
    "SlipImpact",
    "TaskDates",
    "TaskGraph",
    "Timeline",
    "Violation",
    "available_calendars",
    "diagnostics",
    "downstream",
    "infer_dependencies",
    "monte_carlo",
    "node_names",
    "occurrences",
    "pert",
    "plan_overview",
    "redundant_links",
    "unit_network",
    "upstream",
    "waves",
    "workload",
]

__getattr__ = _deprecated_names(
    "rulegov.graph",
    {
        "MEASURE_STAGES": (
            "rulegov.graph._plan:MEASURE_STAGES",
            "it is the table infer_dependencies reads, with no public replacement",
        ),
        "rule_for": (
            "rulegov.graph._recurrence:rule_for",
            "pass the frequency name (quarterly...) to occurrences",
        ),
    },
)
