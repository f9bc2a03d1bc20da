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

if TYPE_CHECKING:
    from rulegov import datasets
    from rulegov.errors import (
        CalendarWarning,
        DependencyCycleError,
        DuplicateIdError,
        EvaluationError,
        FileFormatError,
        InvalidSchemeError,
        Issue,
        MissingExtraError,
        ParseError,
        RulegovError,
        RulegovWarning,
        ScheduleError,
        UndrawableError,
        UnknownReferenceError,
        ValidationError,
    )
    from rulegov.evaluation import (
        Evaluation,
        Scheme,
        evaluate,
        rank_uncertainty,
        scheme_json_schema,
    )
    from rulegov.graph import Calendar, Schedule, TaskGraph
    from rulegov.io import (
        parse_plan,
        parse_scheme,
        read_plan,
        read_plans,
        read_scheme,
        write_plan,
    )
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
        Diagnostics,
        Direction,
        DocNumber,
        DocumentFormat,
        DocumentKind,
        Frame,
        FrameNote,
        Frequency,
        Indicator,
        LagTimeUnit,
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
        TimeFrameKind,
        Unit,
        UnitKind,
        UnitLevel,
        Urgency,
        plan_json_schema,
    )
    from rulegov.render import format_plan
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
    "Diagnostics",
    "Direction",
    "DocNumber",
    "DocumentFormat",
    "DocumentKind",
    "DuplicateIdError",
    "Evaluation",
    "EvaluationError",
    "FileFormatError",
    "Frame",
    "FrameNote",
    "Frequency",
    "Indicator",
    "InvalidSchemeError",
    "Issue",
    "LagTimeUnit",
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
    "TimeFrameKind",
    "UndrawableError",
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

# Every public name loads on first use, from the subpackage that defines it: `import rulegov`
# costs next to nothing, and `rulegov.Plan` loads the model without the parser, the graph layer
# or the evaluation models.
_LAZY = {
    "Assessment": "rulegov.model",
    "AssessmentKind": "rulegov.model",
    "Assignment": "rulegov.model",
    "Attachment": "rulegov.model",
    "Calendar": "rulegov.graph",
    "CalendarWarning": "rulegov.errors",
    "Citation": "rulegov.model",
    "Comparator": "rulegov.model",
    "CoordinationGroup": "rulegov.model",
    "Deliverable": "rulegov.model",
    "Dependency": "rulegov.model",
    "DependencyCycleError": "rulegov.errors",
    "DependencyOrigin": "rulegov.model",
    "DependencyType": "rulegov.model",
    "Diagnostic": "rulegov.model",
    "Diagnostics": "rulegov.model",
    "Direction": "rulegov.model",
    "DocNumber": "rulegov.model",
    "DocumentFormat": "rulegov.model",
    "DocumentKind": "rulegov.model",
    "DuplicateIdError": "rulegov.errors",
    "Evaluation": "rulegov.evaluation",
    "EvaluationError": "rulegov.errors",
    "FileFormatError": "rulegov.errors",
    "Frame": "rulegov.model",
    "FrameNote": "rulegov.model",
    "Frequency": "rulegov.model",
    "Indicator": "rulegov.model",
    "InvalidSchemeError": "rulegov.errors",
    "Issue": "rulegov.errors",
    "LagTimeUnit": "rulegov.model",
    "Measure": "rulegov.model",
    "Membership": "rulegov.model",
    "MissingExtraError": "rulegov.errors",
    "Notice": "rulegov.model",
    "NoticeVerb": "rulegov.model",
    "ParseError": "rulegov.errors",
    "Period": "rulegov.model",
    "Plan": "rulegov.model",
    "PlanKind": "rulegov.model",
    "ProgressReport": "rulegov.model",
    "Role": "rulegov.model",
    "RulegovError": "rulegov.errors",
    "RulegovWarning": "rulegov.errors",
    "Schedule": "rulegov.graph",
    "ScheduleError": "rulegov.errors",
    "Scheme": "rulegov.evaluation",
    "Secrecy": "rulegov.model",
    "SecrecyLevel": "rulegov.model",
    "Section": "rulegov.model",
    "SectionKind": "rulegov.model",
    "Severity": "rulegov.model",
    "SourceText": "rulegov.model",
    "Span": "rulegov.model",
    "Subject": "rulegov.model",
    "SubjectKind": "rulegov.model",
    "Target": "rulegov.model",
    "Task": "rulegov.model",
    "TaskGraph": "rulegov.graph",
    "TaskStatus": "rulegov.model",
    "TimeFrame": "rulegov.model",
    "TimeFrameKind": "rulegov.model",
    "UndrawableError": "rulegov.errors",
    "Unit": "rulegov.model",
    "UnitKind": "rulegov.model",
    "UnitLevel": "rulegov.model",
    "UnknownReferenceError": "rulegov.errors",
    "Urgency": "rulegov.model",
    "ValidationError": "rulegov.errors",
    "compare": "rulegov.tracking",
    "evaluate": "rulegov.evaluation",
    "format_plan": "rulegov.render",
    "parse_plan": "rulegov.io",
    "parse_scheme": "rulegov.io",
    "plan_json_schema": "rulegov.model",
    "rank_uncertainty": "rulegov.evaluation",
    "read_plan": "rulegov.io",
    "read_plans": "rulegov.io",
    "read_scheme": "rulegov.io",
    "scheme_json_schema": "rulegov.evaluation",
    "status": "rulegov.tracking",
    "write_plan": "rulegov.io",
}
_SUBPACKAGES = frozenset({"datasets", "render"})


# Former public names, served for one release with a DeprecationWarning
_DEPRECATED = {
    "LagUnit": ("rulegov.model._dependency:LagTimeUnit", "use LagTimeUnit"),
    "TimingKind": ("rulegov.model._time:TimeFrameKind", "use TimeFrameKind"),
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
    """Read ``__version__``, and load each public name and subpackage on first use."""
    if name == "__version__":
        return _installed_version()
    if name in _LAZY or name in _SUBPACKAGES:
        import importlib  # noqa: PLC0415

        module = importlib.import_module(_LAZY.get(name, f"rulegov.{name}"))
        value = module if name in _SUBPACKAGES else getattr(module, name)
        globals()[name] = value
        return value
    from rulegov._deprecation import deprecated_names  # noqa: PLC0415 - rarely needed

    return deprecated_names("rulegov", _DEPRECATED)(name)


def __dir__() -> list[str]:
    """The module's names, the public ones included before they are loaded."""
    return sorted(set(globals()) | set(__all__))
