"""Who does the work: units (单位), their roles on tasks, and coordination groups (协调小组)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Self

from pydantic import Field, model_validator

from rulegov._text import fold_width
from rulegov.errors import Issue, ValidationError
from rulegov.model._base import Model, Span

__all__ = [
    "Assignment",
    "CoordinationGroup",
    "Membership",
    "Role",
    "Unit",
    "UnitKind",
    "UnitLevel",
]


class UnitKind(enum.StrEnum):
    """What kind of body a unit is."""

    PARTY_COMMITTEE = "party_committee"
    """党委 · 党工委 · 党组."""
    GOVERNMENT = "government"
    """人民政府 · 管委会."""
    GOVERNMENT_DEPARTMENT = "government_department"
    """部委办局: a department of a government or party committee."""
    COMMITTEE = "committee"
    """委员会, e.g. the rule-of-law committee (全面依法治区委员会)."""
    OFFICE = "office"
    """办公室 · 办, e.g. 依法治区办, the office of a committee."""
    TOWN = "town"
    """镇 · 街道 · 乡: town or sub-district."""
    PARK = "park"
    """园区: an industrial or development park."""
    JUDICIAL_ORGAN = "judicial_organ"
    """法院 · 检察院."""
    JUDICIAL_OFFICE = "judicial_office"
    """司法所: the grass-roots judicial office of a town."""
    PUBLIC_SECURITY = "public_security"
    """公安."""
    MASS_ORGANISATION = "mass_organisation"
    """工会 · 共青团 · 妇联."""
    ENTERPRISE = "enterprise"
    SOCIAL_ORGANISATION = "social_organisation"
    """行业协会 and other associations."""
    COLLECTIVE = "collective"
    """A phrase that names many bodies at once: 各部门, 区有关部门, 各镇(街)."""
    OTHER = "other"


class UnitLevel(enum.StrEnum):
    """The administrative level a unit sits at."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    COUNTY = "county"
    """县 · 区 · 县级市, and development zones at that level."""
    TOWNSHIP = "township"
    VILLAGE = "village"


class Role(enum.StrEnum):
    """The role a unit holds on a task. A unit may hold several roles on one task."""

    LEAD = "lead"
    """牵头单位."""
    RESPONSIBLE = "responsible"
    """责任单位."""
    COOPERATING = "cooperating"
    """配合单位 · 协办单位 · 参与单位."""
    SUPERVISING = "supervising"
    """督办单位."""


class Unit(Model):
    """A responsible body, with every name it goes by.

    Examples:
        >>> office = Unit(id="office", name="中共盐城经济技术开发区工委全面依法治区委员会办公室",
        ...               short_names=["区依法治区办"], kind="office", level="county")
        >>> office.known_as("区依法治区办"), office.known_as("区司法局")
        (True, False)
    """

    id: str = Field(min_length=1)
    name: str = Field(min_length=1, description="The full name.")
    short_names: list[str] = Field(default_factory=list, description="Official abbreviations.")
    aliases: list[str] = Field(default_factory=list, description="Other names met in texts.")
    kind: UnitKind = UnitKind.OTHER
    level: UnitLevel | None = None
    parent: str | None = Field(default=None, description="Id of the unit it belongs to.")
    span: Span | None = Field(default=None, description="Where the unit is first named.")

    @property
    def names(self) -> list[str]:
        """The full name, then the short names, then the aliases."""
        return [self.name, *self.short_names, *self.aliases]

    def known_as(self, name: str) -> bool:
        """Whether the unit goes by ``name``, full-width and half-width signs alike.

        Examples:
            >>> Unit(id="u1", name="区委宣传部（区普法办）").known_as("区委宣传部(区普法办)")
            True
        """
        if name == self.name or name in self.short_names or name in self.aliases:
            return True
        folded = fold_width(name)
        return any(fold_width(known) == folded for known in self.names)


class Assignment(Model):
    """A unit's role on a task.

    ``unit`` is the id of a [`Unit`][rulegov.Unit] of the plan; ``unit_name`` is the name as printed
    at this place (a short name or alias), filled in with the unit's full name when not given.

    Examples:
        >>> Assignment(unit="office", role="lead").role
        <Role.LEAD: 'lead'>
    """

    unit: str = Field(min_length=1, description="Id of the unit.")
    role: Role
    unit_name: str | None = Field(default=None, description="The unit's name as printed here.")
    note: str | None = Field(default=None, description="A qualifier, e.g. '按职责分工负责'.")
    span: Span | None = None


class Membership(Model):
    """A unit's membership of a coordination group, optionally dated.

    Examples:
        >>> import datetime as dt
        >>> Membership(unit="justice", since=dt.date(2023, 1, 1)).is_member_on(dt.date(2023, 6, 1))
        True
    """

    unit: str = Field(min_length=1)
    since: dt.date | None = None
    until: dt.date | None = None
    role: str | None = Field(default=None, description="e.g. '组长单位' (convening), '成员单位'.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.since is not None and self.until is not None and self.until < self.since:
            raise ValidationError(
                [
                    Issue(
                        "until",
                        f"must not be before since {self.since.isoformat()}",
                        self.until,
                        "reversed-date-range",
                    )
                ]
            )
        return self

    def is_member_on(self, day: dt.date) -> bool:
        """Whether the membership covers ``day``."""
        after_start = self.since is None or self.since <= day
        before_end = self.until is None or day <= self.until
        return after_start and before_end


class CoordinationGroup(Model):
    """A coordination group (协调小组) that steers part of the work, e.g. 执法协调小组.

    Examples:
        >>> CoordinationGroup(id="g-enforcement", name="执法协调小组", tasks=["t10"]).tasks
        ['t10']
    """

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    remit: str | None = Field(default=None, description="What the group is for.")
    committee: str | None = Field(default=None, description="Id of the committee it belongs to.")
    convener: str | None = Field(default=None, description="Id of the convening unit.")
    members: list[Membership] = Field(default_factory=list)
    tasks: list[str] = Field(default_factory=list, description="Ids of the tasks it runs.")
    span: Span | None = None

    def members_on(self, day: dt.date) -> list[str]:
        """The ids of the member units on ``day``."""
        return [member.unit for member in self.members if member.is_member_on(day)]
