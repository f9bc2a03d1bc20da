"""The domain objects of rulegov: plans, sections, tasks, units, groups, assessments, time.

Models are pydantic v2 classes: validated on construction, serialisable to JSON and back.
Import them from `rulegov`; this package is the implementation.
"""

from rulegov._deprecation import deprecated_names as _deprecated_names
from rulegov.model._assessment import Assessment, AssessmentKind, Subject, SubjectKind
from rulegov.model._base import (
    Diagnostic,
    Diagnostics,
    Model,
    Severity,
    SourceText,
    Span,
    short_repr,
)
from rulegov.model._dependency import Dependency, DependencyOrigin, DependencyType, LagTimeUnit
from rulegov.model._facts import Citation, Comparator, Deliverable, Direction, Indicator, Target
from rulegov.model._frame import (
    Attachment,
    DocNumber,
    DocumentFormat,
    DocumentKind,
    Frame,
    FrameNote,
    NoticeVerb,
    Secrecy,
    SecrecyLevel,
    Urgency,
)
from rulegov.model._ids import plan_id
from rulegov.model._plan import Notice, Plan, PlanKind, plan_json_schema
from rulegov.model._task import (
    Measure,
    ProgressReport,
    Section,
    SectionKind,
    Task,
    TaskStatus,
    percent_done,
)
from rulegov.model._time import Frequency, Period, TimeFrame, TimeFrameKind
from rulegov.model._unit import (
    Assignment,
    CoordinationGroup,
    Membership,
    Role,
    Unit,
    UnitKind,
    UnitLevel,
)

__all__ = [
    "Assessment",
    "AssessmentKind",
    "Assignment",
    "Attachment",
    "Citation",
    "Comparator",
    "CoordinationGroup",
    "Deliverable",
    "Dependency",
    "DependencyOrigin",
    "DependencyType",
    "Diagnostic",
    "Diagnostics",
    "Direction",
    "DocNumber",
    "DocumentFormat",
    "DocumentKind",
    "Frame",
    "FrameNote",
    "Frequency",
    "Indicator",
    "LagTimeUnit",
    "Measure",
    "Membership",
    "Model",
    "Notice",
    "NoticeVerb",
    "Period",
    "Plan",
    "PlanKind",
    "ProgressReport",
    "Role",
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
    "TaskStatus",
    "TimeFrame",
    "TimeFrameKind",
    "Unit",
    "UnitKind",
    "UnitLevel",
    "Urgency",
    "percent_done",
    "plan_id",
    "plan_json_schema",
    "short_repr",
]

__getattr__ = _deprecated_names(
    "rulegov.model",
    {
        "LagUnit": ("rulegov.model._dependency:LagTimeUnit", "use LagTimeUnit"),
        "TimingKind": ("rulegov.model._time:TimeFrameKind", "use TimeFrameKind"),
    },
)
