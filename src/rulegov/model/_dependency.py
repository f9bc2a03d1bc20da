"""Typed links between the work items of a plan: what waits on what, and why."""

from __future__ import annotations

import enum
from typing import Self

from pydantic import Field, model_validator

from rulegov._deprecation import warn
from rulegov.errors import Issue, ValidationError
from rulegov.model._base import Model, Span, short_repr

__all__ = ["Dependency", "DependencyOrigin", "DependencyType", "LagTimeUnit"]


class DependencyType(enum.StrEnum):
    """How the successor's dates are tied to the predecessor's.

    With a lag ``L`` (signed, in days): ``FS`` start of b >= finish of a + L; ``SS`` start of b >=
    start of a + L; ``FF`` finish of b >= finish of a + L; ``SF`` finish of b >= start of a + L.
    """

    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class LagTimeUnit(enum.StrEnum):
    """Whether a lag counts working days (skipping weekends and holidays) or calendar days.

    ``LagUnit`` is its deprecated name ("unit" means a 单位 everywhere else), served with a
    `DeprecationWarning` until rulegov 0.3.0.
    """

    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"


class DependencyOrigin(enum.StrEnum):
    """Where a dependency comes from, so that a user can accept or reject inferred ones."""

    DECLARED = "declared"
    """Entered by a user."""
    DOCUMENT = "document"
    """Stated or plainly implied by the plan's text (the span shows where)."""
    INFERRED = "inferred"
    """Inferred by rulegov from structure or wording; the reason says how."""


class Dependency(Model):
    """A link from a predecessor to a successor work item (task, assessment or measure id).

    Examples:
        >>> d = Dependency(predecessor="t2", successor="t16", reason="key points first")
        >>> d.type, d.lag, d.lag_time_unit.value, d.origin.value
        (<DependencyType.FS: 'FS'>, 0, 'working_days', 'declared')

    ``lag_unit`` is the deprecated name of ``lag_time_unit``: it is still read (as an argument
    and in JSON), with a `DeprecationWarning`, until rulegov 0.3.0.
    """

    predecessor: str = Field(min_length=1, description="Id of the item waited on.")
    successor: str = Field(min_length=1, description="Id of the item that waits.")
    type: DependencyType = DependencyType.FS
    lag: int = Field(default=0, description="Signed lag in days; negative means lead time.")
    lag_time_unit: LagTimeUnit = Field(
        default=LagTimeUnit.WORKING_DAYS,
        description="Whether the lag counts working or calendar days.",
    )
    reason: str | None = Field(default=None, description="Why the link exists, in words.")
    origin: DependencyOrigin = DependencyOrigin.DECLARED
    span: Span | None = Field(default=None, description="Where the text implies the link.")

    @model_validator(mode="before")
    @classmethod
    def _renamed(cls, data: object) -> object:
        if isinstance(data, dict) and "lag_unit" in data:
            warn("Dependency(lag_unit=...)", "pass lag_time_unit=", stacklevel=None)
            data = dict(data)
            data.setdefault("lag_time_unit", data.pop("lag_unit"))
        return data

    @property
    def lag_unit(self) -> LagTimeUnit:
        """Deprecated name of ``lag_time_unit``."""
        warn("Dependency.lag_unit", "use Dependency.lag_time_unit")
        return self.lag_time_unit

    def __repr__(self) -> str:
        """A one-line summary; every field is in ``model_dump()``."""
        lag = {"lag": self.lag, "lag_time_unit": self.lag_time_unit} if self.lag else {}
        return short_repr(
            "Dependency",
            predecessor=self.predecessor,
            successor=self.successor,
            type=self.type,
            **lag,
            origin=self.origin,
        )

    @model_validator(mode="after")
    def _not_self(self) -> Self:
        if self.predecessor == self.successor:
            raise ValidationError(
                [
                    Issue(
                        "successor",
                        "an item cannot depend on itself",
                        self.successor,
                        "self-dependency",
                    )
                ]
            )
        return self
