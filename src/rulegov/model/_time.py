"""Time in plans: the period a plan covers and the time frame of each piece of work (时间节点)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Self

from pydantic import Field, model_validator

from rulegov.errors import Issue, ValidationError
from rulegov.model._base import Model, Span

__all__ = ["Frequency", "Period", "TimeFrame", "TimeFrameKind"]


class Period(Model):
    """The years a plan covers: one year (2023) or a span such as 2021–2025 (十四五).

    Examples:
        >>> Period(start_year=2021, end_year=2025).years
        5
        >>> Period.year(2023).end
        datetime.date(2023, 12, 31)
    """

    start_year: int = Field(ge=1949, le=2200)
    end_year: int = Field(ge=1949, le=2200)

    @classmethod
    def year(cls, year: int) -> Period:
        """A period of one calendar year."""
        return cls(start_year=year, end_year=year)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end_year < self.start_year:
            raise ValidationError(
                [
                    Issue(
                        "end_year",
                        f"must not be before start_year {self.start_year}",
                        self.end_year,
                    )
                ]
            )
        return self

    @property
    def start(self) -> dt.date:
        """1 January of the first year."""
        return dt.date(self.start_year, 1, 1)

    @property
    def end(self) -> dt.date:
        """31 December of the last year."""
        return dt.date(self.end_year, 12, 31)

    @property
    def years(self) -> int:
        """How many calendar years the period covers."""
        return self.end_year - self.start_year + 1

    def __contains__(self, day: object) -> bool:
        """Whether a date falls within the period."""
        return isinstance(day, dt.date) and self.start <= day <= self.end


class TimeFrameKind(enum.StrEnum):
    """The kinds of time frame (完成时限, 时间节点) plans state. A vague one is data, not an error."""

    ON = "on"
    """On an exact date (``on``)."""
    RANGE = "range"
    """Between two dates (``start`` to ``end``), e.g. 全年 (all year)."""
    DEADLINE = "deadline"
    """By a date (``end``), e.g. 完成时限：6月底前 (by 30 June); ``start`` optional."""
    RECURRING = "recurring"
    """Repeats (``frequency``, optional RFC 5545 ``rrule``), e.g. 每季度 (quarterly), 年终."""
    ONGOING = "ongoing"
    """Continues throughout, e.g. 持续推进 (keep pushing forward)."""
    STANDING = "standing"
    """A standing duty without end, e.g. 长期坚持."""
    IN_DUE_TIME = "in_due_time"
    """When the time is right, e.g. 适时."""
    PROMPTLY = "promptly"
    """As soon as the occasion arises, e.g. 及时."""


class Frequency(enum.StrEnum):
    """How often a recurring duty falls due."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def rule(self) -> str:
        """The RFC 5545 recurrence rule of the frequency: due at the end of each period.

        The end of a week is its Friday; of a month, quarter (31 March, 30 June, 30 September,
        31 December) or half-year (30 June, 31 December), its last day; of a year, 31 December.

        Examples:
            >>> Frequency.YEARLY.rule
            'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31'
        """
        return _RULES[self]


_RULES: dict[Frequency, str] = {
    Frequency.WEEKLY: "FREQ=WEEKLY;BYDAY=FR",
    Frequency.MONTHLY: "FREQ=MONTHLY;BYMONTHDAY=-1",
    Frequency.QUARTERLY: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
    Frequency.HALF_YEARLY: "FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=-1",
    Frequency.YEARLY: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
}


_NEEDS: dict[TimeFrameKind, tuple[str, ...]] = {
    TimeFrameKind.ON: ("on",),
    TimeFrameKind.RANGE: ("start", "end"),
    TimeFrameKind.DEADLINE: ("end",),
    TimeFrameKind.RECURRING: ("frequency",),
}
_FORBIDS: dict[TimeFrameKind, tuple[str, ...]] = {
    TimeFrameKind.ON: ("start", "end", "frequency", "rrule"),
    TimeFrameKind.RANGE: ("on", "frequency", "rrule"),
    TimeFrameKind.DEADLINE: ("on", "frequency", "rrule"),
    TimeFrameKind.ONGOING: ("on", "frequency", "rrule"),
    TimeFrameKind.STANDING: ("on", "end", "frequency", "rrule"),
    TimeFrameKind.IN_DUE_TIME: ("on", "frequency", "rrule"),
    TimeFrameKind.PROMPTLY: ("on", "frequency", "rrule"),
}


class TimeFrame(Model):
    """When a piece of work happens or falls due, as precisely as the plan says.

    Examples:
        >>> import datetime as dt
        >>> tf = TimeFrame(kind="deadline", end=dt.date(2023, 6, 30), text="6月底前")
        >>> tf.kind.value, tf.end
        ('deadline', datetime.date(2023, 6, 30))
        >>> TimeFrame(kind="in_due_time", text="适时").is_vague
        True
    """

    kind: TimeFrameKind
    on: dt.date | None = Field(default=None, description="The date, for kind 'on'.")
    start: dt.date | None = Field(default=None, description="Earliest start, if stated.")
    end: dt.date | None = Field(default=None, description="End date or deadline, if stated.")
    frequency: Frequency | None = Field(default=None, description="For kind 'recurring'.")
    rrule: str | None = Field(
        default=None,
        description="An RFC 5545 recurrence rule (e.g. 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1').",
    )
    text: str | None = Field(default=None, description="The words the time frame was read from.")
    span: Span | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        issues = [
            Issue(name, f"is required when kind is {self.kind.value!r}", None, "missing-value")
            for name in _NEEDS.get(self.kind, ())
            if getattr(self, name) is None
        ]
        issues.extend(
            Issue(
                name,
                f"must be empty when kind is {self.kind.value!r}",
                getattr(self, name),
                "unexpected-value",
            )
            for name in _FORBIDS.get(self.kind, ())
            if getattr(self, name) is not None
        )
        if self.start is not None and self.end is not None and self.end < self.start:
            issues.append(
                Issue(
                    "end",
                    f"must not be before start {self.start.isoformat()}",
                    self.end,
                    "reversed-date-range",
                )
            )
        if issues:
            raise ValidationError(issues)
        return self

    @property
    def is_vague(self) -> bool:
        """Whether the time frame names no date at all (ongoing, standing, in due time, promptly)."""
        return (
            self.on is None and self.start is None and self.end is None and self.frequency is None
        )

    @property
    def due(self) -> dt.date | None:
        """The date by which the work is due, if any (``on`` or ``end``)."""
        return self.on if self.on is not None else self.end

    @property
    def recurrence(self) -> str | None:
        """The recurrence rule of a recurring duty: its ``rrule``, else its frequency's rule.

        Examples:
            >>> TimeFrame(kind="recurring", frequency="monthly").recurrence
            'FREQ=MONTHLY;BYMONTHDAY=-1'
            >>> TimeFrame(
            ...     kind="recurring", frequency="monthly", rrule="FREQ=MONTHLY;BYMONTHDAY=28"
            ... ).recurrence
            'FREQ=MONTHLY;BYMONTHDAY=28'
        """
        if self.rrule:
            return self.rrule
        return self.frequency.rule if self.frequency is not None else None
