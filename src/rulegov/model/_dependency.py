"""Typed links between the work items of a plan: what waits on what, and why."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Self

from pydantic import ConfigDict, Field, model_validator

from rulegov._deprecation import deprecated_names, warn
from rulegov.errors import Issue, ValidationError
from rulegov.model._base import Model, Span, describe_schema, short_repr

if TYPE_CHECKING:
    from collections.abc import Mapping

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


def _former_key(schema: dict[str, Any]) -> None:
    """The link's schema, which also accepts the former key ``lag_unit``, marked deprecated."""
    describe_schema(schema)
    properties = schema.get("properties")
    if isinstance(properties, dict) and "lag_time_unit" in properties:
        current = properties["lag_time_unit"]
        properties["lag_unit"] = {
            **{key: current[key] for key in ("$ref", "enum", "type") if key in current},
            "deprecated": True,
            "description": "Deprecated name of lag_time_unit, still read until rulegov "
            "0.3.0; write lag_time_unit.",
        }


class Dependency(Model):
    """A link from a predecessor to a successor work item (task, assessment or measure id).

    Examples:
        >>> d = Dependency(predecessor="t2", successor="t16", reason="key points first")
        >>> d.type, d.lag, d.lag_time_unit.value, d.origin.value
        (<DependencyType.FS: 'FS'>, 0, 'working_days', 'declared')

    ``lag_unit`` is the deprecated name of ``lag_time_unit``: it is still read (as an argument
    and in JSON), with a `DeprecationWarning`, until rulegov 0.3.0.
    """

    model_config = ConfigDict(json_schema_extra=_former_key)

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
            data = _lag_time_unit(data)
        return data

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy, with ``update`` applied; ``lag_unit`` in ``update`` is read as ``lag_time_unit``."""
        if update is not None and "lag_unit" in update:
            warn("model_copy(update={'lag_unit': ...})", "update lag_time_unit", stacklevel=None)
            update = _lag_time_unit(update)
            try:
                update["lag_time_unit"] = LagTimeUnit(update["lag_time_unit"])
            except ValueError:
                wanted = ", ".join(unit.value for unit in LagTimeUnit)
                message = f"expected one of {wanted}"
                issue = Issue("lag_unit", message, update["lag_time_unit"], "invalid-value")
                raise ValidationError([issue]) from None
        return super().model_copy(update=update, deep=deep)

    def __setstate__(self, state: dict[Any, Any]) -> None:
        """Unpickle, also a link pickled before ``lag_unit`` was renamed ``lag_time_unit``."""
        super().__setstate__(state)
        values = self.__dict__
        if "lag_unit" not in values:
            return
        found = dict(values)
        found.setdefault("lag_time_unit", found.pop("lag_unit"))
        values.clear()  # in the order of the fields, as a link made now
        values.update({name: found[name] for name in type(self).model_fields if name in found})
        given = self.model_fields_set
        if "lag_unit" in given:
            given.discard("lag_unit")
            given.add("lag_time_unit")

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


def _lag_time_unit(data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` with the former key ``lag_unit`` read as ``lag_time_unit``.

    Both keys with different values are an ``invalid-parameter`` error: neither is dropped.
    """
    found = dict(data)
    former = found.pop("lag_unit")
    given = found.setdefault("lag_time_unit", former)
    if str(getattr(given, "value", given)) != str(getattr(former, "value", former)):
        message = (
            f"lag_unit={former!s} and lag_time_unit={given!s} disagree; lag_unit is the "
            "deprecated name of lag_time_unit: give lag_time_unit only"
        )
        raise ValidationError([Issue("lag_unit", message, former, "invalid-parameter")])
    return found


# pickles of plans made before the rename name the enumeration by its old name
__getattr__ = deprecated_names(
    __name__, {"LagUnit": (f"{__name__}:LagTimeUnit", "use LagTimeUnit")}
)
