"""The base of every rulegov model, and the pieces that trace facts back to their text.

Every model validates on construction, on ``model_validate``/``model_validate_json`` and on
assignment, and turns pydantic's errors into :class:`rulegov.ValidationError` whose issues name
the field path and the offending value.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar, Self

import pydantic
from pydantic import BaseModel, ConfigDict, Field, model_validator

from rulegov._text import line_column
from rulegov.errors import Issue, RulegovError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "Diagnostic",
    "Model",
    "Severity",
    "SourceText",
    "Span",
    "format_path",
]


def format_path(location: Iterable[int | str]) -> str:
    """Render a pydantic location tuple as a field path: ``("tasks", 3, "unit")`` -> ``tasks[3].unit``.

    Example:
        >>> format_path(("sections", 0, "tasks", 2, "title"))
        'sections[0].tasks[2].title'
    """
    parts: list[str] = []
    for item in location:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif parts:
            parts.append(f".{item}")
        else:
            parts.append(str(item))
    return "".join(parts)


def _join(prefix: str, path: str) -> str:
    if not prefix:
        return path
    if not path:
        return prefix
    return prefix + path if path.startswith("[") else f"{prefix}.{path}"


def _convert(error: pydantic.ValidationError, model: str) -> ValidationError:
    """Turn a pydantic error into a rulegov one, keeping the class of any rulegov error inside."""
    issues: list[Issue] = []
    kinds: set[type[ValidationError]] = set()
    for detail in error.errors(include_url=False):
        prefix = format_path(detail["loc"])
        inner = (detail.get("ctx") or {}).get("error")
        if isinstance(inner, ValidationError):
            kinds.add(type(inner))
            issues.extend(
                Issue(_join(prefix, issue.path), issue.message, issue.value, issue.code)
                for issue in inner.issues
            )
            continue
        kinds.add(ValidationError)
        message = detail["msg"]
        code = detail["type"].replace("_", "-")
        if isinstance(inner, RulegovError):
            message = str(inner)
            code = inner.code
        elif isinstance(inner, ValueError):
            message = str(inner)
            code = "invalid-value"
        elif message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
            code = "invalid-value"
        issues.append(Issue(prefix, message, detail.get("input"), code))
    if len(kinds) == 1:
        return kinds.pop()(issues, model)
    return ValidationError.of(issues, model)


class Model(BaseModel):
    """Base of the rulegov models: strict about unknown fields, validated on assignment.

    Errors are raised as :class:`rulegov.ValidationError` (a ``ValueError``), never as pydantic's.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        validate_default=False,
        use_enum_values=False,
        ser_json_inf_nan="constants",
        populate_by_name=True,
    )

    def __init__(self, /, **data: Any) -> None:
        """Validate ``data`` and build the model, raising :class:`rulegov.ValidationError`."""
        try:
            super().__init__(**data)
        except pydantic.ValidationError as error:
            raise _convert(error, type(self).__name__) from None

    # The override only converts errors, so pydantic may keep validating nested models without
    # calling it (as for BaseModel.__init__); otherwise it would run every validator twice.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, *args: Any, **kwargs: Any) -> Self:
        """Validate a Python object (a dict) into the model; see :meth:`pydantic.BaseModel.model_validate`."""
        try:
            return super().model_validate(*args, **kwargs)
        except pydantic.ValidationError as error:
            raise _convert(error, cls.__name__) from None

    @classmethod
    def model_validate_json(cls, *args: Any, **kwargs: Any) -> Self:
        """Validate a JSON document into the model; see :meth:`pydantic.BaseModel.model_validate_json`."""
        try:
            return super().model_validate_json(*args, **kwargs)
        except pydantic.ValidationError as error:
            raise _convert(error, cls.__name__) from None

    @classmethod
    def model_validate_strings(cls, *args: Any, **kwargs: Any) -> Self:
        """Validate a dict of strings into the model; see pydantic's ``model_validate_strings``."""
        try:
            return super().model_validate_strings(*args, **kwargs)
        except pydantic.ValidationError as error:
            raise _convert(error, cls.__name__) from None

    def __setattr__(self, name: str, value: Any) -> None:
        """Assign and validate a field, raising :class:`rulegov.ValidationError` on bad values."""
        try:
            super().__setattr__(name, value)
        except pydantic.ValidationError as error:
            raise _convert(error, type(self).__name__) from None


class Span(Model):
    """A half-open range ``[start, end)`` of character offsets into a plan's source text.

    Offsets count characters (code points) of the original text, before any normalisation, so
    ``source.text[span.start:span.end]`` is exactly what the fact was read from.

    Example:
        >>> span = Span(start=3, end=11)
        >>> "各基层党(工)委(组)"[span.start:span.end]
        '党(工)委(组)'
        >>> len(span)
        8
    """

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset one past the last character.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValidationError(
                [
                    Issue(
                        "end",
                        f"a span must not end before it starts at {self.start}",
                        self.end,
                        "span-reversed",
                    )
                ]
            )
        return self

    def __len__(self) -> int:
        """The number of characters covered."""
        return self.end - self.start


class SourceText(Model):
    r"""The text a plan was read from, kept whole so that every span can be shown in context.

    Example:
        >>> src = SourceText(name="notice.txt", text="第一行\n第二行")
        >>> src.locate(Span(start=5, end=6))
        (2, 2)
        >>> src.excerpt(Span(start=4, end=7))
        '第二行'
    """

    name: str | None = Field(default=None, description="A file name or URL, for messages.")
    text: str = Field(
        description="The original text, as read (after decoding, before any clean-up)."
    )

    def locate(self, span: Span) -> tuple[int, int]:
        """Return the 1-based ``(line, column)`` where ``span`` starts."""
        return line_column(self.text, span.start)

    def excerpt(self, span: Span) -> str:
        """Return the characters that ``span`` covers."""
        return self.text[span.start : span.end]


class Severity(enum.StrEnum):
    """How much a diagnostic matters to the user who reviews it."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Diagnostic(Model):
    """Something a reader should review: a line not understood, a number out of sequence...

    Example:
        >>> d = Diagnostic(code="unclassified-line", message="line not recognised", line=12, column=1)
        >>> str(d)
        '12:1: warning: line not recognised [unclassified-line]'
    """

    severity: Severity = Severity.WARNING
    code: str = Field(min_length=1, description="A stable, machine-readable kind, e.g. 'no-unit'.")
    message: str = Field(min_length=1)
    line: int | None = Field(default=None, ge=1)
    column: int | None = Field(default=None, ge=1)
    span: Span | None = None

    def __str__(self) -> str:
        """Render as ``line:column: severity: message [code]``."""
        place = ""
        if self.line is not None:
            place = f"{self.line}:{self.column or 1}: "
        return f"{place}{self.severity.value}: {self.message} [{self.code}]"
