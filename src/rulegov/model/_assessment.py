"""How work is checked: evaluations, appraisals, inspections and their subjects.

评估 · 考核 · 督察: the assessments a plan calls for.
"""

from __future__ import annotations

import enum
from typing import Self

from pydantic import Field, model_validator

from rulegov.errors import Issue, ValidationError
from rulegov.model._base import Model, Span, short_repr
from rulegov.model._facts import Indicator, Target
from rulegov.model._time import TimeFrame

__all__ = ["Assessment", "AssessmentKind", "Subject", "SubjectKind"]


class AssessmentKind(enum.StrEnum):
    """The kinds of checking that plans call for."""

    SELF_ASSESSMENT = "self_assessment"
    """自评估."""
    THIRD_PARTY_EVALUATION = "third_party_evaluation"
    """第三方评估."""
    MID_TERM_EVALUATION = "mid_term_evaluation"
    """中期评估, of a multi-year plan."""
    MONITORING_EVALUATION = "monitoring_evaluation"
    """监测评价, annual, against an indicator system."""
    APPRAISAL = "appraisal"
    """考核 · 考评, points-based."""
    INSPECTION = "inspection"
    """督察 · 督查 · 督导."""
    RECTIFICATION = "rectification"
    """整改, following an inspection's findings."""
    DUTY_REPORT = "duty_report"
    """述职."""
    RULE_OF_LAW_DUTY_REPORT = "rule_of_law_duty_report"
    """述法."""
    DEMOCRATIC_APPRAISAL = "democratic_appraisal"
    """民主评议."""
    PERFORMANCE_REVIEW = "performance_review"
    """履职评议, e.g. of the legal-publicity responsibility system."""
    CASE_FILE_REVIEW = "case_file_review"
    """案卷评查 · 卷宗评查."""
    SPECIAL_CAMPAIGN = "special_campaign"
    """专项行动."""
    SPECIAL_INSPECTION = "special_inspection"
    """专项监督检查."""
    OTHER = "other"


class SubjectKind(enum.StrEnum):
    """What an assessment looks at."""

    TASK = "task"
    UNIT = "unit"
    COORDINATION_GROUP = "coordination_group"
    PLAN = "plan"
    """This plan (``ref`` is its id)."""
    EXTERNAL_PLAN = "external_plan"
    """Another plan, named in ``name`` (e.g. the 14th Five-Year rule-of-law plans)."""
    PERSONS = "persons"
    """People in a position, e.g. 党政主要负责人 (principal party and government leaders)."""
    OTHER = "other"


_REF_KINDS = frozenset({SubjectKind.TASK, SubjectKind.UNIT, SubjectKind.COORDINATION_GROUP})


class Subject(Model):
    """One subject of an assessment: an id of the plan (task, unit, group, plan) or a name.

    Examples:
        >>> Subject(kind="task", ref="t9").ref
        't9'
        >>> Subject(kind="external_plan", name="“八五”普法规划").name
        '“八五”普法规划'
    """

    kind: SubjectKind
    ref: str | None = Field(default=None, description="Id in the plan, for tasks, units, groups.")
    name: str | None = Field(default=None, description="A name, for what the plan has no id for.")

    @model_validator(mode="after")
    def _named(self) -> Self:
        if self.kind in _REF_KINDS and self.ref is None:
            raise ValidationError(
                [
                    Issue(
                        "ref", f"a {self.kind.value} subject needs an id", None, "missing-reference"
                    )
                ]
            )
        if self.ref is None and self.name is None and self.kind is not SubjectKind.PLAN:
            raise ValidationError(
                [Issue("name", "a subject needs a ref or a name", None, "missing-reference")]
            )
        return self


class Assessment(Model):
    """An act of checking that a plan calls for: an evaluation, an appraisal, an inspection...

    Examples:
        >>> a = Assessment(id="a1", kind="mid_term_evaluation", task="t3", name="“八五”普法规划中期评估",
        ...                subjects=[{"kind": "external_plan", "name": "“八五”普法规划"}])
        >>> a.kind.value, a.task
        ('mid_term_evaluation', 't3')
    """

    id: str = Field(min_length=1)
    kind: AssessmentKind
    name: str = Field(min_length=1, description="A short description, as in the text.")
    task: str | None = Field(default=None, description="Id of the task that calls for it.")
    subjects: list[Subject] = Field(default_factory=list)
    method: str | None = Field(
        default=None, description="How, e.g. '自评估和委托第三方评估相结合'."
    )
    assessors: list[str] = Field(default_factory=list, description="Ids of units or groups.")
    timeframe: TimeFrame | None = None
    indicators: list[Indicator] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    outcome: str | None = Field(default=None, description="The result, once known.")
    findings: list[str] = Field(default_factory=list)
    span: Span | None = None

    def __repr__(self) -> str:
        """A one-line summary; every field is in ``model_dump()``."""
        return short_repr("Assessment", id=self.id, kind=self.kind, name=self.name, task=self.task)
