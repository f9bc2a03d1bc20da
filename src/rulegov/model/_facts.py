"""Facts inside a task: quantitative and qualitative targets, indicators, cited documents."""

from __future__ import annotations

import enum
import math
from typing import Self

from pydantic import Field, field_validator, model_validator

from rulegov.errors import Issue, ValidationError
from rulegov.model._base import Model, Span

__all__ = ["Citation", "Comparator", "Deliverable", "Direction", "Indicator", "Target"]


class Comparator(enum.StrEnum):
    """How an observed value is compared with a target's value."""

    EQ = "eq"
    """Equal to: ``100%`` (全部, 100%)."""
    GE = "ge"
    """At least: ``2个以上``, ``不少于3次``, ``达到90%以上``."""
    GT = "gt"
    """More than: ``超过``."""
    LE = "le"
    """At most: ``不超过``, ``以内``."""
    LT = "lt"
    """Less than: ``低于``."""

    def holds(self, observed: float, value: float) -> bool:
        """Whether ``observed`` satisfies this comparator against ``value``.

        Examples:
            >>> Comparator.GE.holds(3, 2), Comparator.LT.holds(3, 2)
            (True, False)
        """
        if self is Comparator.EQ:
            return math.isclose(observed, value, rel_tol=1e-9, abs_tol=1e-9)
        if self is Comparator.GE:
            return observed >= value
        if self is Comparator.GT:
            return observed > value
        if self is Comparator.LE:
            return observed <= value
        return observed < value


class Direction(enum.StrEnum):
    """Whether more of an indicator is better (coverage) or worse (complaints)."""

    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


_PERCENT_UNITS = frozenset({"%", "％", "percent"})


class Target(Model):
    """A target the plan sets: quantitative (a comparator and a value) or qualitative (words only).

    ``2个以上`` is "at least 2"; ``100%`` is "equal to 100 %"; ``进入全市先进行列`` is qualitative.

    Examples:
        >>> t = Target(metric="departments holding themed duty reports", comparator="ge",
        ...            value=2, unit_of_measure="个", text="2个以上")
        >>> t.is_quantitative, t.is_met(3), t.is_met(1)
        (True, True, False)
        >>> Target(text="推动我区法治建设进入全市先进行列").is_quantitative
        False
    """

    metric: str | None = Field(default=None, description="What is measured.")
    comparator: Comparator | None = Field(
        default=None, description="None for a qualitative target."
    )
    value: float | None = None
    unit_of_measure: str | None = Field(default=None, description="'%', '个', '次'...")
    direction: Direction = Direction.HIGHER_IS_BETTER
    text: str = Field(min_length=1, description="The exact words the target was read from.")
    span: Span | None = None

    @field_validator("value")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError("a target value must be a finite number")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        issues: list[Issue] = []
        if self.comparator is not None and self.value is None:
            issues.append(Issue("value", "a quantitative target needs a value", None))
        if self.comparator is None and self.value is not None:
            issues.append(Issue("comparator", "a target with a value needs a comparator", None))
        if (
            self.value is not None
            and self.unit_of_measure in _PERCENT_UNITS
            and not 0 <= self.value <= 100
        ):
            issues.append(Issue("value", "a percentage must lie between 0 and 100", self.value))
        if issues:
            raise ValidationError(issues)
        return self

    @property
    def is_quantitative(self) -> bool:
        """Whether the target has a comparator and a value."""
        return self.comparator is not None

    def is_met(self, observed: float) -> bool:
        """Whether an observed value meets a quantitative target.

        Raises:
            ValueError: for a qualitative target, which has no value to compare with.
        """
        if self.comparator is None or self.value is None:
            raise ValueError(
                f"the qualitative target {self.text!r} cannot be compared with a number"
            )
        return self.comparator.holds(observed, self.value)


class Indicator(Model):
    """An indicator of an indicator system (指标体系), possibly with sub-indicators.

    Examples:
        >>> Indicator(id="i1", name="依法决策", children=[Indicator(id="i1.1", name="合法性审查率")]).leaves()
        ['i1.1']
    """

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    description: str | None = None
    unit_of_measure: str | None = None
    direction: Direction = Direction.HIGHER_IS_BETTER
    weight: float | None = Field(default=None, ge=0, description="Weight or points, if stated.")
    target: Target | None = None
    children: list[Indicator] = Field(default_factory=list)
    span: Span | None = None

    def walk(self) -> list[Indicator]:
        """This indicator and all below it, depth first, in order."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found

    def leaves(self) -> list[str]:
        """The ids of the indicators without children, in order."""
        return [node.id for node in self.walk() if not node.children]


class Citation(Model):
    """A document cited in the text: ``《…》`` with an optional document number after it.

    The title is given without the outer ``《》``; nested ``〈〉`` are kept as printed.

    Examples:
        >>> c = Citation(title="关于转发〈关于进一步加强市县法治建设的意见〉的通知")
        >>> c.title.startswith("关于转发")
        True
    """

    title: str = Field(min_length=1, description="The cited title without the outer 《》.")
    doc_number: str | None = Field(default=None, description="e.g. 国发〔2021〕8号, when printed.")
    issuer: str | None = Field(
        default=None, description="The issuing body, when the text names it."
    )
    span: Span | None = None

    @field_validator("title")
    @classmethod
    def _bare(cls, title: str) -> str:
        if title.startswith("《") or title.endswith("》"):
            raise ValueError("give the title without the outer 《》 brackets")
        return title


class Deliverable(Model):
    """Something a task produces: a document, a list, a mechanism, research results.

    Examples:
        >>> Deliverable(title="2023年工作要点", kind="document").kind
        'document'
    """

    title: str = Field(min_length=1)
    kind: str | None = Field(default=None, description="'document', 'list', 'mechanism'...")
    citation: Citation | None = Field(
        default=None, description="When the deliverable is a cited document."
    )
    span: Span | None = None
