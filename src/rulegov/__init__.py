"""rulegov: typed models, parsing, task graphs and evaluation for legal-governance plans.

Chinese party and government bodies run their rule-of-law work (依法治国/省/市/区/县) through plans
of numbered tasks. rulegov gives those plans a precise, typed shape.

Examples:
    >>> import rulegov
    >>> plan = rulegov.datasets.yancheng_2023()
    >>> plan.issuer, plan.issued_on.isoformat(), len(plan.sections), len(plan.tasks)
    ('区依法治区办', '2023-05-10', 5, 16)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rulegov import datasets
from rulegov.errors import (
    CalendarWarning,
    DependencyCycleError,
    DuplicateIdError,
    EvaluationError,
    InvalidSchemeError,
    Issue,
    MissingExtraError,
    ParseError,
    RulegovError,
    RulegovWarning,
    ScheduleError,
    UnknownReferenceError,
    ValidationError,
)
from rulegov.evaluate import Evaluation, Scheme, evaluate, rank_uncertainty, scheme_json_schema
from rulegov.model import (
    Assessment,
    AssessmentKind,
    Assignment,
    Attachment,
    Citation,
    Comparator,
    CoordinationGroup,
    Deliverable,
    Dependency,
    DependencyOrigin,
    DependencyType,
    Diagnostic,
    Direction,
    DocNumber,
    DocumentFormat,
    DocumentKind,
    Frame,
    FrameNote,
    Frequency,
    Indicator,
    LagUnit,
    Measure,
    Membership,
    Notice,
    NoticeVerb,
    Period,
    Plan,
    PlanKind,
    ProgressReport,
    Role,
    Secrecy,
    SecrecyLevel,
    Section,
    SectionKind,
    Severity,
    SourceText,
    Span,
    Subject,
    SubjectKind,
    Target,
    Task,
    TaskStatus,
    TimeFrame,
    TimingKind,
    Unit,
    UnitKind,
    UnitLevel,
    Urgency,
    plan_json_schema,
)

if TYPE_CHECKING:
    from rulegov.graph import Calendar, Schedule, TaskGraph
    from rulegov.io import parse_scheme, read_plan, read_plans, read_scheme, write_plan
    from rulegov.parse import format_plan, parse_plan
    from rulegov.tracking import compare, status

    __version__: str


__all__ = [
    "Assessment",
    "AssessmentKind",
    "Assignment",
    "Attachment",
    "Calendar",
    "CalendarWarning",
    "Citation",
    "Comparator",
    "CoordinationGroup",
    "Deliverable",
    "Dependency",
    "DependencyCycleError",
    "DependencyOrigin",
    "DependencyType",
    "Diagnostic",
    "Direction",
    "DocNumber",
    "DocumentFormat",
    "DocumentKind",
    "DuplicateIdError",
    "Evaluation",
    "EvaluationError",
    "Frame",
    "FrameNote",
    "Frequency",
    "Indicator",
    "InvalidSchemeError",
    "Issue",
    "LagUnit",
    "Measure",
    "Membership",
    "MissingExtraError",
    "Notice",
    "NoticeVerb",
    "ParseError",
    "Period",
    "Plan",
    "PlanKind",
    "ProgressReport",
    "Role",
    "RulegovError",
    "RulegovWarning",
    "Schedule",
    "ScheduleError",
    "Scheme",
    "Secrecy",
    "SecrecyLevel",
    "Section",
    "SectionKind",
    "Severity",
    "SourceText",
    "Span",
    "Subject",
    "SubjectKind",
    "Target",
    "Task",
    "TaskGraph",
    "TaskStatus",
    "TimeFrame",
    "TimingKind",
    "Unit",
    "UnitKind",
    "UnitLevel",
    "UnknownReferenceError",
    "Urgency",
    "ValidationError",
    "compare",
    "datasets",
    "evaluate",
    "format_plan",
    "parse_plan",
    "parse_scheme",
    "plan_json_schema",
    "rank_uncertainty",
    "read_plan",
    "read_plans",
    "read_scheme",
    "scheme_json_schema",
    "status",
    "write_plan",
]

# The parser, the graph layer and the file readers load on first use: they cost import time,
# and importing rulegov (or rulegov.evaluate) must not load the graph layer.
_LAZY = {
    "Calendar": "rulegov.graph",
    "compare": "rulegov.tracking",
    "status": "rulegov.tracking",
    "Schedule": "rulegov.graph",
    "TaskGraph": "rulegov.graph",
    "format_plan": "rulegov.parse",
    "parse_plan": "rulegov.parse",
    "parse_scheme": "rulegov.io",
    "read_plan": "rulegov.io",
    "read_plans": "rulegov.io",
    "read_scheme": "rulegov.io",
    "write_plan": "rulegov.io",
}


def _installed_version() -> str:
    """The installed distribution's version, from its metadata (the source tree's, uninstalled)."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("rulegov")
    except PackageNotFoundError:  # running from a source tree that is not installed
        from rulegov._version import __version__  # noqa: PLC0415

        return __version__


def __getattr__(name: str) -> object:
    """Read ``__version__``, and load the parser, the graph layer and file readers, on first use."""
    if name == "__version__":
        return _installed_version()
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'rulegov' has no attribute {name!r}")
