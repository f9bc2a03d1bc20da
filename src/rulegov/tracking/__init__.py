r"""Through the year and across plans: progress, status as of a date (督办), and plan comparison.

[`status`][rulegov.tracking.status] says where each task stands on a date, from the progress
reports units send; [`with_progress`][rulegov.tracking.with_progress] puts reports from a table
on a plan's tasks; [`compare`][rulegov.tracking.compare] matches the tasks of two plans (say,
two years of one body's plans) and reports what was carried over, added, dropped and changed.

Examples:
    >>> import datetime as dt, rulegov
    >>> from rulegov.tracking import status
    >>> plan = rulegov.parse_plan("2023年工作要点\n一、加强领导\n1.召开会议。6月底前完成。\n牵头单位：区司法局")
    >>> status(plan, as_of=dt.date(2023, 7, 3)).counts()["overdue"]
    1
"""

from rulegov.tracking._compare import (
    ChangeDirection,
    ChangeKind,
    PlanComparison,
    TaskChange,
    TaskMatch,
    compare,
)
from rulegov.tracking._progress import PROGRESS_COLUMNS, with_progress
from rulegov.tracking._status import STATE_WORDS, PlanStatus, TaskState, TrackedTask, status

__all__ = [
    "PROGRESS_COLUMNS",
    "STATE_WORDS",
    "ChangeDirection",
    "ChangeKind",
    "PlanComparison",
    "PlanStatus",
    "TaskChange",
    "TaskMatch",
    "TaskState",
    "TrackedTask",
    "compare",
    "status",
    "with_progress",
]
