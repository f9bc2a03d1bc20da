"""The exception tree of rulegov: one root, subclasses by meaning.

Every error that rulegov raises on purpose derives from [`RulegovError`][rulegov.RulegovError], and
each also derives from the builtin it resembles, so ``except ValueError`` keeps working::

    RulegovError
    ├── ValidationError (ValueError)          data does not fit the model
    │   ├── DuplicateIdError                  two objects share one id
    │   ├── UnknownReferenceError (KeyError)  an id that names nothing
    │   └── InvalidSchemeError                an appraisal scheme contradicts itself
    ├── ParseError (ValueError)               text that cannot be read at all
    ├── DependencyCycleError (ValueError)     tasks that wait on each other in a loop
    ├── ScheduleError (ValueError)            a schedule that cannot be computed
    ├── EvaluationError (ValueError)          an evaluation that cannot be computed
    └── MissingExtraError (ImportError)       an optional package is not installed

    RulegovWarning (UserWarning)              a result that holds, with a caveat
    └── CalendarWarning                       dates beyond a calendar's holiday data

Messages say where (a field path such as ``sections[0].tasks[2].targets[0].value``, a line and
column, or a task number), what was found, and what would be valid.

Examples:
    >>> import rulegov
    >>> try:
    ...     rulegov.Span(start=5, end=2)
    ... except rulegov.ValidationError as error:
    ...     print(error.issues[0].path, "|", error.issues[0].value)
    end | 2
"""

from __future__ import annotations

import reprlib
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "CalendarWarning",
    "DependencyCycleError",
    "DuplicateIdError",
    "EvaluationError",
    "InvalidSchemeError",
    "Issue",
    "MissingExtraError",
    "ParseError",
    "RulegovError",
    "RulegovWarning",
    "ScheduleError",
    "UnknownReferenceError",
    "ValidationError",
]

_MAX_VALUE_CHARS = 80


class _ShortRepr(reprlib.Repr):
    """A ``repr`` that stops at a depth and a length, and survives any object.

    Junk can nest a thousand lists deep or hold an integer of a million digits; the builtin
    ``repr`` of either fails (a ``RecursionError``, a ``ValueError``), and a message must not.
    """

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel = 3
        self.maxlist = self.maxtuple = self.maxset = self.maxfrozenset = self.maxdeque = 4
        self.maxdict = 4
        self.maxstring = self.maxother = self.maxlong = _MAX_VALUE_CHARS

    def repr_int(self, x: int, level: int) -> str:  # noqa: ARG002 - reprlib's signature
        """Show a huge integer by its size, which needs no conversion to decimal."""
        if x.bit_length() > 200:
            return f"<int of {x.bit_length()} bits>"
        return repr(x)

    def repr_instance(self, x: object, level: int) -> str:  # noqa: ARG002 - reprlib's signature
        """The builtin ``repr``, shortened, or the type's name when that fails."""
        try:
            text = repr(x)
        except Exception:  # noqa: BLE001 - any failure of a foreign __repr__ is shown as such
            return f"<unprintable {type(x).__name__}>"
        if len(text) > self.maxother:
            text = text[: self.maxother - 3] + "..."
        return text


_SHORT_REPR = _ShortRepr()


def _show(value: object) -> str:
    """Return a short, depth-limited ``repr`` of ``value`` for a message.

    Examples:
        >>> deep = 1
        >>> for _ in range(5000):
        ...     deep = [deep]
        >>> _show(deep)
        '[[[[...]]]]'
    """
    try:
        text = _SHORT_REPR.repr(value)
    except Exception:  # noqa: BLE001 - a message must be made whatever the value is
        text = f"<unprintable {type(value).__name__}>"
    if len(text) > _MAX_VALUE_CHARS:
        text = text[: _MAX_VALUE_CHARS - 3] + "..."
    return text


@attrs.frozen(slots=True)
class Issue:
    """One problem found in data: where it is, what is wrong, and the value found there.

    Attributes:
        path: The field path from the object validated, e.g. ``tasks[3].assignments[0].unit``;
            empty for the object as a whole.
        message: What is wrong and what would be valid.
        value: The offending value, as found.
    """

    path: str
    message: str
    value: Any = None

    def __str__(self) -> str:
        """Render as ``path: message (got value)``."""
        where = self.path or "(root)"
        return f"{where}: {self.message} (got {_show(self.value)})"


class RulegovError(Exception):
    """The root of every exception that rulegov raises on purpose."""


class ValidationError(RulegovError, ValueError):
    """Data does not fit the model: a wrong type, a broken rule, a reference that names nothing.

    Attributes:
        issues: Every problem found, each with its field path and offending value.
        model: The name of the model that was being validated (``"Plan"``, ``"Task"``...).
    """

    def __init__(self, issues: Iterable[Issue], model: str = "") -> None:
        """Collect ``issues`` found while validating a ``model``."""
        self.issues: tuple[Issue, ...] = tuple(issues)
        self.model = model
        super().__init__(self._render())

    def _render(self) -> str:
        head = f"invalid {self.model}" if self.model else "invalid data"
        if len(self.issues) == 1:
            return f"{head}: {self.issues[0]}"
        lines = [f"{head}: {len(self.issues)} problems"]
        lines.extend(f"  {issue}" for issue in self.issues)
        return "\n".join(lines)

    def __str__(self) -> str:
        """Render every issue (also for the ``KeyError`` subclass, which would quote it)."""
        return self._render()

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the issues, not the rendered message."""
        return (type(self), (self.issues, self.model))


class DuplicateIdError(ValidationError):
    """Two objects of one kind share an id, or two units share a name or alias."""


class UnknownReferenceError(ValidationError, KeyError):
    """An id (of a unit, task, group, assessment or measure) that names nothing in the plan."""


class InvalidSchemeError(ValidationError):
    """An appraisal scheme that contradicts itself: negative weights, overlapping bands..."""


class ParseError(RulegovError, ValueError):
    """Text that cannot be read at all: binary data, an undecodable file, an empty document.

    Attributes:
        line: 1-based line of the problem, if known.
        column: 1-based column of the problem, if known.
        source: The name of the document, if known.
        value: The offending text or bytes, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        source: str | None = None,
        value: object = None,
    ) -> None:
        """Describe what could not be read and where."""
        self.message = message
        self.line = line
        self.column = column
        self.source = source
        self.value = value
        super().__init__(self._render())

    def _render(self) -> str:
        place = self.source or "<text>"
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        text = f"{place}: {self.message}"
        if self.value is not None:
            text += f" (got {_show(self.value)})"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with every attribute."""
        return (
            _rebuild_parse_error,
            (self.message, self.line, self.column, self.source, self.value),
        )


def _rebuild_parse_error(
    message: str, line: int | None, column: int | None, source: str | None, value: object
) -> ParseError:
    return ParseError(message, line=line, column=column, source=source, value=value)


class DependencyCycleError(RulegovError, ValueError):
    """Tasks that wait on each other in a loop, so no order can satisfy them.

    Attributes:
        cycle: The ids of the loop, in order; the first waits on the last.
        labels: A readable label for each id (task number and title), in the same order.
    """

    def __init__(self, cycle: Sequence[str], labels: Sequence[str] | None = None) -> None:
        """Name the whole loop."""
        self.cycle: tuple[str, ...] = tuple(cycle)
        self.labels: tuple[str, ...] = tuple(labels) if labels is not None else self.cycle
        loop = " -> ".join([*self.labels, self.labels[0]]) if self.labels else "(empty)"
        super().__init__(f"dependency cycle: {loop}; remove or reverse one of these links")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the loop."""
        return (type(self), (self.cycle, self.labels))


class ScheduleError(RulegovError, ValueError):
    """A schedule that cannot be computed: a bad calendar, a recurrence that yields no date."""


class EvaluationError(RulegovError, ValueError):
    """An evaluation that cannot be computed, such as data missing under the ``error`` policy."""


class MissingExtraError(RulegovError, ImportError):
    """An optional package is needed; the message names the extra to install."""

    def __init__(self, package: str, extra: str, feature: str) -> None:
        """Say which ``feature`` needs which ``package`` and the ``extra`` that installs it."""
        self.package = package
        self.extra = extra
        self.feature = feature
        super().__init__(
            f"{feature} needs the optional package {package!r}; "
            f"install it with: pip install 'rulegov[{extra}]'",
            name=package,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the package, the extra and the feature."""
        return (type(self), (self.package, self.extra, self.feature))


class RulegovWarning(UserWarning):
    """A result that rulegov could compute, but with a caveat the message names."""


class CalendarWarning(RulegovWarning):
    """Dates beyond the years whose holidays a calendar knows: they count Monday to Friday.

    Examples:
        >>> import datetime as dt, warnings
        >>> from rulegov.graph import Calendar, Timeline
        >>> line = Timeline(dt.date(2026, 12, 30), Calendar.china(2026))
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     line.date(5).isoformat()
        '2027-01-06'
        >>> print(caught[0].message)  # doctest: +ELLIPSIS
        calendar 'cn_2026' holds no holidays for 2027: its days count Monday to Friday, ...
    """
