"""The base of every rulegov model, and the pieces that trace facts back to their text.

Every model validates on construction, on ``model_validate``/``model_validate_json`` and on
assignment, and turns pydantic's errors into [`ValidationError`][rulegov.ValidationError] whose
issues name the field path and the offending value.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING, Any, ClassVar, Self

import attrs
import pydantic
from pydantic import BaseModel, ConfigDict, Field, model_validator

from rulegov._text import line_column
from rulegov.errors import Issue, RulegovError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "Diagnostic",
    "Diagnostics",
    "Model",
    "Severity",
    "SourceText",
    "Span",
    "describe_schema",
    "format_path",
    "short_repr",
]

_REPR_TEXT = 40


def short_repr(type_name: str, /, **fields: object) -> str:
    """A one-line ``repr``: ``Kind(name=value, ...)``, with long text cut at 40 characters.

    Examples:
        >>> short_repr("Task", id="t4", title="法治", measures=3)
        "Task(id='t4', title='法治', measures=3)"
        >>> text = short_repr("Task", title="法治建设" * 12)
        >>> len(text), text.endswith("法治建…')")
        (54, True)
    """
    parts = []
    for name, value in fields.items():
        shown = value
        if isinstance(value, str) and len(value) > _REPR_TEXT:
            shown = value[: _REPR_TEXT - 1] + "…"
        elif isinstance(value, enum.Enum):
            shown = value.value
        parts.append(f"{name}={shown!r}")
    return f"{type_name}({', '.join(parts)})"


def format_path(location: Iterable[int | str]) -> str:
    """Render a pydantic location tuple as a field path: ``("tasks", 3, "unit")`` -> ``tasks[3].unit``.

    Examples:
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


# Where a message on broken JSON places the problem (pydantic's words)
_JSON_PLACE = re.compile(r"at line (?P<line>\d+) column (?P<column>\d+)")


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
                attrs.evolve(issue, path=_join(prefix, issue.path)) for issue in inner.issues
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
        line, column = _json_place(message)
        issues.append(Issue(prefix, message, detail.get("input"), code, line=line, column=column))
    if len(kinds) == 1:
        return kinds.pop()(issues, model)
    return ValidationError.of(issues, model)


def _json_place(message: str) -> tuple[int | None, int | None]:
    """The line and column (1-based) that a message on broken JSON names, if it names them.

    Examples:
        >>> _json_place("Invalid JSON: EOF while parsing a value at line 3 column 0")
        (3, 1)
        >>> _json_place("Field required")
        (None, None)
    """
    found = _JSON_PLACE.search(message)
    if found is None:
        return None, None
    return int(found["line"]), max(int(found["column"]), 1)


def _too_deep(model: str, args: tuple[Any, ...], path: str = "") -> ValidationError:
    """The error for data nested so deep that checking it ran out of stack."""
    return ValidationError(
        [
            Issue(
                path,
                "the data nests too deeply to be checked; no field of a rulegov model holds "
                "lists or objects more than a few hundred levels deep",
                args[0] if args else None,
                "too-deep",
            )
        ],
        model,
    )


# A docstring's description ends where its first Google-style section (Examples:, Args:...) starts
_SECTION = re.compile(
    r"^(?:Args|Attributes|Examples?|Notes?|Raises|Returns|See Also|Warnings?):[ \t]*$", re.MULTILINE
)
# [`Plan`][rulegov.Plan], the cross-reference syntax of the API reference
_CROSS_REFERENCE = re.compile(r"\[(`[^`\]]+`)\]\[[\w.]+\]")


def describe_schema(schema: dict[str, Any]) -> None:
    """Keep a model's JSON Schema description to the prose of its docstring.

    pydantic describes a model by its whole docstring; the examples and the cross-reference links
    that the API reference renders mean nothing to a tool that reads the schema.
    """
    description = schema.get("description")
    if not isinstance(description, str):
        return
    section = _SECTION.search(description)
    if section is not None:
        description = description[: section.start()]
    description = _CROSS_REFERENCE.sub(r"\1", description).strip()
    if description:
        schema["description"] = description
    else:
        del schema["description"]


if TYPE_CHECKING:
    _PydanticMeta = type
else:
    _PydanticMeta = type(BaseModel)  # pydantic's own metaclass, taken from its public class


class _Converting(_PydanticMeta):
    """Builds a model as pydantic does, raising rulegov's errors for pydantic's.

    Only ``Model(...)`` calls pass here: pydantic builds nested models without calling their
    class, so the conversion costs nothing inside a plan and each validator runs once.
    """

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - a metaclass's own class
        try:
            return super().__call__(*args, **kwargs)
        except pydantic.ValidationError as error:
            raise _convert(error, cls.__name__) from None
        except RecursionError:
            raise _too_deep(cls.__name__, (kwargs,)) from None


# mypy sees _Converting derive from ``type`` (above) and so reports a conflict of metaclasses
class Model(BaseModel, metaclass=_Converting):  # type: ignore[metaclass]
    """Base of the rulegov models: strict about unknown fields, validated on assignment.

    Errors are raised as [`ValidationError`][rulegov.ValidationError] (a ``ValueError``), never as
    pydantic's.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        validate_default=False,
        use_enum_values=False,
        ser_json_inf_nan="constants",
        populate_by_name=True,
        # validators and serializers are built on first use, not when rulegov is imported
        defer_build=True,
        json_schema_extra=describe_schema,
    )

    def _repr_html_(self) -> str:
        """The model as HTML for Jupyter, drawn by [`to_html`][rulegov.render.to_html]: escaped."""
        from rulegov.render import to_html  # noqa: PLC0415 - drawn by the layer above

        return to_html(self)

    @classmethod
    def model_validate(cls, *args: Any, **kwargs: Any) -> Self:
        """Validate a Python object (a dict) into the model; see `pydantic.BaseModel.model_validate`."""
        return cls._checked(super().model_validate, args, kwargs)

    @classmethod
    def model_validate_json(cls, *args: Any, **kwargs: Any) -> Self:
        """Validate a JSON document into the model; see `pydantic.BaseModel.model_validate_json`."""
        return cls._checked(super().model_validate_json, args, kwargs)

    @classmethod
    def model_validate_strings(cls, *args: Any, **kwargs: Any) -> Self:
        """Validate a dict of strings into the model; see pydantic's ``model_validate_strings``."""
        return cls._checked(super().model_validate_strings, args, kwargs)

    @classmethod
    def _checked(
        cls, validate: Callable[..., Self], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Self:
        """Run one of pydantic's ``model_validate*``, raising rulegov's errors for pydantic's."""
        try:
            return validate(*args, **kwargs)
        except pydantic.ValidationError as error:
            raise _convert(error, cls.__name__) from None
        except RecursionError:
            raise _too_deep(cls.__name__, args) from None

    def __setattr__(self, name: str, value: Any) -> None:
        """Validate and assign a field; raises [`ValidationError`][rulegov.ValidationError]."""
        try:
            super().__setattr__(name, value)
        except pydantic.ValidationError as error:
            raise _convert(error, type(self).__name__) from None
        except RecursionError:
            raise _too_deep(type(self).__name__, (value,), name) from None


class Span(Model):
    """A half-open range ``[start, end)`` of character offsets into a plan's source text.

    Offsets count characters (code points) of the original text, before any normalisation, so
    ``source.text[span.start:span.end]`` is exactly what the fact was read from.

    Examples:
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

    Examples:
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

    def __repr__(self) -> str:
        """A one-line summary: the name, the length and the first words of the text."""
        return short_repr("SourceText", name=self.name, chars=len(self.text), text=self.text)

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

    Examples:
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

    def __repr__(self) -> str:
        """A one-line summary: place, severity, code and message."""
        return f"Diagnostic({str(self)!r})"


class Diagnostics(list[Diagnostic]):
    """A list of diagnostics that a notebook shows as a table, and ``repr`` counts by severity.

    Wrap a plan's diagnostics to see them at a glance: ``Diagnostics(plan.diagnostics)``.

    Examples:
        >>> found = Diagnostics([Diagnostic(code="no-units", message="no units", line=1),
        ...                      Diagnostic(code="odd", message="odd line", severity="error")])
        >>> found
        Diagnostics(2: 1 error, 1 warning)
        >>> "<table" in found._repr_html_(), len(found)
        (True, 2)
    """

    def counts(self) -> dict[str, int]:
        """How many diagnostics of each severity, most severe first."""
        found = {severity.value: 0 for severity in reversed(Severity)}
        for diagnostic in self:
            found[diagnostic.severity.value] += 1
        return {name: count for name, count in found.items() if count}

    def __repr__(self) -> str:
        """A one-line summary: how many, and how many of each severity."""
        counted = ", ".join(f"{count} {name}" for name, count in self.counts().items())
        return f"Diagnostics({len(self)}{': ' if counted else ''}{counted})"

    def _repr_html_(self) -> str:
        from rulegov.render import to_html  # noqa: PLC0415 - drawn by the layer above

        return to_html(self)
