"""The exception tree of rulegov: one root, subclasses by meaning.

Every error that rulegov raises on purpose derives from [`RulegovError`][rulegov.RulegovError], and
each also derives from the builtin it resembles, so ``except ValueError`` keeps working::

    RulegovError
    ├── ValidationError (ValueError)          data does not fit the model
    │   ├── DuplicateIdError                  two objects share one id
    │   ├── UnknownReferenceError (KeyError)  an id that names nothing
    │   ├── InvalidSchemeError                an appraisal scheme contradicts itself
    │   ├── FileFormatError                   a file suffix that names no known format
    │   └── UndrawableError (TypeError)       an object a renderer does not draw
    ├── ParseError (ValueError)               text that cannot be read at all
    ├── DependencyCycleError (ValueError)     tasks that wait on each other in a loop
    ├── ScheduleError (ValueError)            a schedule that cannot be computed
    ├── EvaluationError (ValueError)          an evaluation that cannot be computed
    └── MissingExtraError (ImportError)       an optional package is not installed

    RulegovWarning (UserWarning)              a result that holds, with a caveat
    └── CalendarWarning                       dates beyond a calendar's holiday data

Messages say where (a field path such as ``sections[0].tasks[2].targets[0].value``, a line and
column, or a task number), what was found, and what would be valid. Every error also carries the
place and the value in keyword fields (``path``, ``line``, ``column``, ``unit``, ``node``,
``task``, ``value``) and a stable ``code`` for the kind of problem, so that a program can react
to it without reading the message.

Examples:
    >>> import rulegov
    >>> try:
    ...     rulegov.Span(start=5, end=2)
    ... except rulegov.ValidationError as error:
    ...     print(error.issues[0].path, "|", error.issues[0].value, "|", error.code)
    end | 2 | span-reversed
"""

from __future__ import annotations

import numbers
import reprlib
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "CalendarWarning",
    "DependencyCycleError",
    "DuplicateIdError",
    "EvaluationError",
    "FileFormatError",
    "InvalidSchemeError",
    "Issue",
    "MissingExtraError",
    "ParseError",
    "RulegovError",
    "RulegovWarning",
    "ScheduleError",
    "UndrawableError",
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
        code: A stable, machine-readable kind of problem, such as ``unknown-unit`` or
            ``duplicate-id`` (listed on the exceptions page of the documentation).
        unit: The id of the unit (单位) concerned, if any (keyword only).
        task: The id of the task concerned, if any (keyword only).
        node: The id of the graph node or scheme item concerned, if any (keyword only).
        line: The 1-based line of the problem in a text, if known (keyword only).
        column: The 1-based column of the problem in a text, if known (keyword only).

    An error made from issues copies these place fields from its first issue, so
    ``error.unit`` names the unit of the first problem.

    Examples:
        >>> print(Issue("tasks[0].id", "the id is already used by tasks[1]", "t1", "duplicate-id"))
        tasks[0].id: the id is already used by tasks[1] (got 't1')
        >>> issue = Issue("tasks[0].assignments[0].unit", "no unit has this id", "u9",
        ...               "unknown-unit", unit="u9", task="t1")
        >>> issue.unit, issue.task, issue.node
        ('u9', 't1', None)
    """

    path: str
    message: str
    value: Any = None
    code: str = "invalid-value"
    unit: str | None = attrs.field(default=None, kw_only=True)
    task: str | None = attrs.field(default=None, kw_only=True)
    node: str | None = attrs.field(default=None, kw_only=True)
    line: int | None = attrs.field(default=None, kw_only=True)
    column: int | None = attrs.field(default=None, kw_only=True)

    def __str__(self) -> str:
        """Render as ``path: message (got value)``."""
        where = self.path or "(root)"
        return f"{where}: {self.message} (got {_show(self.value)})"


def _restore(cls: type[RulegovError], args: tuple[Any, ...], state: dict[str, Any]) -> RulegovError:
    """Rebuild a pickled error from its arguments and its fields, whatever its constructor."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class _Place(TypedDict, total=False):
    """The keyword fields every error takes: its code, its place and the value found there."""

    code: str | None
    source: str | None
    path: str | None
    line: int | None
    column: int | None
    unit: str | None
    node: str | None
    task: str | None
    value: object


_PLACE = ("source", "path", "line", "column", "unit", "node", "task", "value")


def _fields_of(found: Issue | RulegovError) -> _Place:
    """The keyword fields of an error that tells ``found`` again: its code, place and value.

    An error's source is kept; an issue names none (its error is given the source it was read
    from).
    """
    fields = _Place(
        code=found.code,
        path=found.path,
        line=found.line,
        column=found.column,
        unit=found.unit,
        node=found.node,
        task=found.task,
        value=found.value,
    )
    if isinstance(found, RulegovError):
        fields["source"] = found.source
    return fields


class RulegovError(Exception):
    """The root of every exception that rulegov raises on purpose.

    Every error carries the same fields, ``None`` where they do not apply, so that a program can
    react to an error without reading its message.

    Attributes:
        code: A stable, machine-readable kind of problem (``unknown-unit``, ``duplicate-id``,
            ``dependency-cycle``...); the exceptions page lists them all.
        message: What is wrong and what would be valid, without the place.
        source: The document or file the problem is in (a file name or URL), if any.
        path: The field path of the problem (``sections[0].tasks[2].title``), if any.
        line: The 1-based line of the problem, if known.
        column: The 1-based column of the problem, if known.
        unit: The id of the unit (单位) concerned, if any.
        node: The id of the graph node or scheme item concerned, if any.
        task: The id or number of the task concerned, if any.
        value: The offending value, as found.

    Examples:
        >>> import rulegov
        >>> error = rulegov.ScheduleError("no working day", code="invalid-calendar", value=7)
        >>> error.code, error.value, str(error)
        ('invalid-calendar', 7, 'no working day')
    """

    code: str = "error"
    message: str
    source: str | None
    path: str | None
    line: int | None
    column: int | None
    unit: str | None
    node: str | None
    task: str | None
    value: object

    def __init__(self, message: str = "", **fields: Unpack[_Place]) -> None:
        """Describe the problem in ``message`` and its place and value in keyword fields."""
        self._place(message, **fields)
        super().__init__(message)

    def _place(self, message: str, **fields: Unpack[_Place]) -> None:
        self.message = message
        code = fields.get("code")
        if code is not None:
            self.code = code
        for name in _PLACE:
            setattr(self, name, fields.get(name))

    @property
    def context(self) -> dict[str, object]:
        """The fields that name the place and the value, without those that are ``None``.

        Examples:
            >>> import rulegov
            >>> rulegov.EvaluationError("no data", code="missing-data", unit="u1").context
            {'unit': 'u1'}
        """
        found = {name: getattr(self, name) for name in _PLACE}
        return {name: value for name, value in found.items() if value is not None}

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with every field, whatever the constructor of the subclass."""
        return (_restore, (type(self), self.args, dict(self.__dict__)))


# The code of an argument of the wrong kind or out of its range, given to a function
_ARGUMENT = "invalid-parameter"
# The class of a ValidationError whose issues all have these codes
_REFERENCE_CODES = frozenset({"unknown-reference", "wrong-reference-kind"})


def _is_reference_code(code: str) -> bool:
    """Whether ``code`` names a reference to nothing (``unknown-unit``) or to the wrong kind.

    Examples:
        >>> _is_reference_code("unknown-unit"), _is_reference_code("duplicate-id")
        (True, False)
    """
    return code in _REFERENCE_CODES or code.startswith("unknown-")


class ValidationError(RulegovError, ValueError):
    """Data does not fit the model: a wrong type, a broken rule, a reference that names nothing.

    ``code``, ``path``, ``value`` and the place fields (``unit``, ``task``, ``node``, ``line``,
    ``column``) are those of the first issue.

    Attributes:
        issues: Every problem found, each with its field path, offending value and code.
        model: The name of the model that was being validated (``"Plan"``, ``"Task"``...).
    """

    code = "invalid-value"

    def __init__(
        self, issues: Iterable[Issue], model: str = "", *, source: str | None = None
    ) -> None:
        """Collect ``issues`` found while validating a ``model`` (read from ``source``, if any).

        ``message`` says what is wrong; ``str(error)`` leads it with the place
        (``source:line:column``) when a source is named, as a parse error's does.
        """
        self.issues: tuple[Issue, ...] = tuple(issues)
        self.model = model
        text = self._describe()
        if self.issues:
            fields = _fields_of(self.issues[0])
            fields["source"] = source
            self._place(text, **fields)
        else:
            self._place(text, source=source)
        Exception.__init__(self, self._render())

    @classmethod
    def of(cls, issues: Iterable[Issue], model: str = "") -> ValidationError:
        """The error that fits ``issues``, chosen by their codes.

        Any ``duplicate-id`` makes a [`DuplicateIdError`][rulegov.DuplicateIdError]; issues that
        are all references to nothing (``unknown-*``) make an
        [`UnknownReferenceError`][rulegov.UnknownReferenceError]; anything else a
        [`ValidationError`][rulegov.ValidationError]. Every issue is kept.

        Examples:
            >>> error = ValidationError.of([Issue("units[0].parent", "no unit has this id", "x",
            ...                                   "unknown-unit")])
            >>> type(error).__name__, error.code
            ('UnknownReferenceError', 'unknown-unit')
        """
        found = tuple(issues)
        codes = {issue.code for issue in found}
        kind: type[ValidationError] = ValidationError
        if "duplicate-id" in codes:
            kind = DuplicateIdError
        elif codes and all(_is_reference_code(code) for code in codes):
            kind = UnknownReferenceError
        return kind(found, model)

    def _describe(self) -> str:
        """What is wrong, without the place: ``invalid Model: path: message (got value)``."""
        head = f"invalid {self.model}" if self.model else "invalid data"
        if not self.model and self.issues and all(i.code == _ARGUMENT for i in self.issues):
            head = "invalid argument"
        if len(self.issues) == 1:
            return f"{head}: {self.issues[0]}"
        return _listed(f"{head}: {len(self.issues)} problems", [str(i) for i in self.issues])

    def _render(self) -> str:
        """The message led by the place (``细则.txt:6:1: invalid Scheme: …``) when a source is named."""
        if not self.source:
            return self.message
        place = self.source
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{place}: {self.message}"

    def __str__(self) -> str:
        """Render every issue (also for the ``KeyError`` subclass, which would quote it)."""
        return self._render()


_LISTED = 20  # problems a message lists; every one stays in the error's ``issues``


def _listed(head: str, problems: list[str]) -> str:
    """``head`` over one indented line a problem, the first twenty, and how many more there are."""
    lines = [head, *(f"  {problem}" for problem in problems[:_LISTED])]
    if len(problems) > _LISTED:
        lines.append(f"  … and {len(problems) - _LISTED} more (every problem is in `issues`)")
    return "\n".join(lines)


class DuplicateIdError(ValidationError):
    """Two objects of one kind share an id, or two units share a name or alias."""

    code = "duplicate-id"


class UnknownReferenceError(ValidationError, KeyError):
    """An id (of a unit, task, group, assessment or measure) that names nothing in the plan."""

    code = "unknown-reference"


class InvalidSchemeError(ValidationError):
    """An appraisal scheme that contradicts itself: negative weights, overlapping bands..."""

    code = "invalid-scheme"


def _check_type(value: object, kind: type, parameter: str, expected: str) -> None:
    """Refuse a ``value`` that is no ``kind``: an ``invalid-parameter`` ValidationError.

    The message names what was expected and the type received, the same for every function that
    takes the argument (``expected a rulegov Plan, not a dict``).
    """
    if not isinstance(value, kind):
        message = f"expected {expected}, not a {type(value).__name__}"
        raise ValidationError([Issue(parameter, message, value, "invalid-parameter")])


def _check_count(value: object, parameter: str, expected: str) -> int:
    """``value`` as an ``int`` if it is a whole number of 1 or more (a numpy integer too).

    ``True`` and ``False`` are no counts. Anything else is an ``invalid-parameter``
    ValidationError naming ``parameter``, what was ``expected`` and the value.
    """
    import numbers  # noqa: PLC0415

    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and int(value) >= 1:
        return int(value)
    raise ValidationError([Issue(parameter, f"expected {expected}", value, "invalid-parameter")])


def _check_year(value: object, parameter: str = "year") -> int | None:
    """``value`` as a year: ``None``, or a whole number from 1 to 9999 (a numpy integer too).

    ``True`` and ``False`` are no years, and a year outside 1 to 9999 has no dates. Anything
    else is an ``invalid-parameter`` ValidationError naming ``parameter`` and the value.

    Examples:
        >>> _check_year(2023), _check_year(None)
        (2023, None)
    """
    if value is None:
        return None
    if (
        isinstance(value, numbers.Integral)
        and not isinstance(value, bool)
        and 1 <= int(value) <= 9999
    ):
        return int(value)
    message = "expected a year such as 2023 (a whole number from 1 to 9999), or None"
    raise ValidationError([Issue(parameter, message, value, _ARGUMENT)])


def _check_optional(value: object, kind: type, parameter: str, expected: str) -> None:
    """``_check_type`` for a parameter that may also be ``None``."""
    if value is not None:
        _check_type(value, kind, parameter, expected)


def _check_rows(value: object, parameter: str, expected: str) -> None:
    """Refuse a ``value`` that is no collection of rows: not iterable, or one text or mapping.

    A ``str``, ``bytes`` or mapping is iterable but is one thing, not rows of things; each is
    an ``invalid-parameter`` ValidationError naming what was expected.
    """
    from collections.abc import Iterable, Mapping  # noqa: PLC0415

    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        message = f"expected {expected}, not a {type(value).__name__}"
        raise ValidationError([Issue(parameter, message, value, "invalid-parameter")])


def _check_columns(value: object, parameter: str = "ignore_columns") -> list[str]:
    """``value`` as the names of columns: one ``str`` alone is one name, an iterable its items.

    The one check of ``ignore_columns``, for ``with_progress`` and for ``read_progress``, which
    checks it before reading its file. Anything else, or an item that is no ``str``, is an
    ``invalid-parameter`` ValidationError naming ``parameter`` and the value as given.

    Examples:
        >>> _check_columns("联系人"), _check_columns(("联系人", "联系电话"))
        (['联系人'], ['联系人', '联系电话'])
        >>> try:
        ...     _check_columns(["联系人", 5])
        ... except ValidationError as error:
        ...     print(error.code, error.path, error.value)
        invalid-parameter ignore_columns ['联系人', 5]
    """
    listed: list[Any]
    try:
        listed = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    except TypeError:  # not iterable: refused below as the one value it is
        listed = [value]
    if not all(isinstance(name, str) for name in listed):
        message = "expected the names of columns (text), such as ['联系人', '联系电话']"
        raise ValidationError([Issue(parameter, message, value, _ARGUMENT)])
    return listed


def _check_kind(value: object, kind: str, parameter: str, expected: str) -> None:
    """``_check_type`` for a rulegov class given by its name (``"TaskGraph"``).

    For the modules that cannot import the class they take: it imports them (a cycle), or it
    belongs to a layer that is loaded only when used. An instance of a subclass passes.
    """
    if not any(
        cls.__name__ == kind and cls.__module__.startswith("rulegov.")
        for cls in type(value).__mro__
    ):
        message = f"expected {expected}, not a {type(value).__name__}"
        raise ValidationError([Issue(parameter, message, value, "invalid-parameter")])


class FileFormatError(ValidationError):
    """A file whose suffix names no format that the function reading or writing it knows.

    ``source`` is the file and ``value`` its suffix. It derives from
    [`ValidationError`][rulegov.ValidationError] only so that code written for earlier releases,
    which raised that, keeps working; catch ``FileFormatError`` in new code.

    Attributes:
        expected: The suffixes that would be understood.

    Examples:
        >>> import rulegov
        >>> error = rulegov.FileFormatError("plan.doc", (".json", ".txt"), "write a plan to")
        >>> error.code, error.source, error.value
        ('unknown-file-format', 'plan.doc', '.doc')
        >>> print(error)
        plan.doc: write a plan to a .json or .txt file, not a '.doc' file
    """

    code = "unknown-file-format"

    def __init__(self, file: str, expected: Sequence[str], action: str = "read") -> None:
        """Name the ``file``, its suffix, what was tried (``action``) and the ``expected`` suffixes."""
        self.expected: tuple[str, ...] = tuple(expected)
        name = file.replace("\\", "/").rsplit("/", 1)[-1]
        suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
        found = f"a {suffix!r} file" if suffix else "a file without a suffix"
        choices = ", ".join(self.expected[:-1])
        choices = f"{choices} or {self.expected[-1]}" if choices else "".join(self.expected)
        self._text = f"{file}: {action} a {choices} file, not {found}"
        self.issues = (Issue("", self._text, suffix, self.code),)
        self.model = ""
        self._place(self._text, source=file, value=suffix)
        Exception.__init__(self, self._text)

    def _render(self) -> str:
        return self._text


class UndrawableError(ValidationError, TypeError):
    """An object that a renderer does not draw in the format asked: ``to_text`` of a Plan.

    ``value`` is the object and ``path`` the parameter that took it; the message names its type
    and what the renderer does draw. It derives from ``TypeError`` too, the error
    ``json.dumps`` raises for an object it cannot write, so that ``except TypeError`` written
    for earlier releases keeps working.

    Examples:
        >>> import rulegov
        >>> try:
        ...     rulegov.render.to_markdown(3)
        ... except rulegov.UndrawableError as error:
        ...     print(error.code, error.path, error.value, isinstance(error, TypeError))
        undrawable thing 3 True
    """

    code = "undrawable"

    def __init__(self, message: str, value: object, parameter: str = "thing") -> None:
        """Say what is not drawn (``message``, naming the type), the ``value`` and its ``parameter``."""
        self._text = message
        self.issues = (Issue(parameter, message, value, self.code),)
        self.model = ""
        self._place(message, path=parameter, value=value)
        Exception.__init__(self, message)

    def _render(self) -> str:
        return self._text


class ParseError(RulegovError, ValueError):
    """Text that cannot be read at all: binary data, an undecodable file, an empty document.

    Attributes:
        line: 1-based line of the problem, if known.
        column: 1-based column of the problem, if known.
        source: The name of the document, if known.
        value: The offending text or bytes, if any.
    """

    code = "unreadable-text"

    def __init__(self, message: str, **fields: Unpack[_Place]) -> None:
        """Describe what could not be read and where."""
        self._place(message, **fields)
        Exception.__init__(self, self._render())

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


class DependencyCycleError(RulegovError, ValueError):
    """Tasks that wait on each other in a loop, so no order can satisfy them.

    ``node`` is the first id of the loop and ``value`` the whole loop.

    Attributes:
        cycle: The ids of the loop, in order; the first waits on the last.
        labels: A readable label for each id (task number and title), in the same order.
    """

    code = "dependency-cycle"

    def __init__(self, cycle: Sequence[str], labels: Sequence[str] | None = None) -> None:
        """Name the whole loop."""
        self.cycle: tuple[str, ...] = tuple(cycle)
        self.labels: tuple[str, ...] = tuple(labels) if labels is not None else self.cycle
        loop = " -> ".join([*self.labels, self.labels[0]]) if self.labels else "(empty)"
        text = f"dependency cycle: {loop}; remove or reverse one of these links"
        self._place(text, node=self.cycle[0] if self.cycle else None, value=self.cycle)
        Exception.__init__(self, text)


class ScheduleError(RulegovError, ValueError):
    """A schedule that cannot be computed: a bad calendar, a recurrence that yields no date."""

    code = "unschedulable"


class EvaluationError(RulegovError, ValueError):
    """An evaluation that cannot be computed, such as data missing under the ``error`` policy.

    The checks of the data report every problem they find at once, each as an
    [`Issue`][rulegov.Issue] in ``issues``; ``code``, ``path``, ``value`` and the place fields
    (``unit``, ``node``, ``task``) are those of the first. An error raised with a message and
    keyword fields carries that one problem as its only issue.

    Attributes:
        issues: Every problem found, each with its code, place, value and message.

    Examples:
        >>> import rulegov
        >>> error = rulegov.EvaluationError.of([
        ...     rulegov.Issue("", "unit 'A': no value for 'f1'", None, "missing-data",
        ...                   unit="A", node="f1"),
        ...     rulegov.Issue("", "unit 'B': the label 'x' is unknown", "x", "unknown-label",
        ...                   unit="B", node="f2"),
        ... ])
        >>> error.code, error.unit, [issue.code for issue in error.issues]
        ('missing-data', 'A', ['missing-data', 'unknown-label'])
        >>> print(error)
        2 problems in the data:
          unit 'A': no value for 'f1'
          unit 'B': the label 'x' is unknown
    """

    code = "unevaluable"

    def __init__(self, message: str = "", **fields: Unpack[_Place]) -> None:
        """Describe one problem in ``message`` and its place and value in keyword fields."""
        self._place(message, **fields)
        self.issues: tuple[Issue, ...] = (
            Issue(
                self.path or "",
                message,
                self.value,
                self.code,
                unit=self.unit,
                task=self.task,
                node=self.node,
                line=self.line,
                column=self.column,
            ),
        )
        Exception.__init__(self, message)

    @classmethod
    def of(cls, issues: Iterable[Issue]) -> EvaluationError:
        """One error for every problem in ``issues`` (at least one), its fields the first's."""
        found = tuple(issues)
        if not found:
            raise ValidationError(
                [Issue("issues", "an evaluation error needs at least one issue", [], _ARGUMENT)]
            )
        first = found[0]
        message = first.message
        if len(found) > 1:
            message = _listed(
                f"{len(found)} problems in the data:", [issue.message for issue in found]
            )
        fields = _fields_of(first)
        fields["path"] = first.path or None
        error = cls(message, **fields)
        error.issues = found
        return error


class MissingExtraError(RulegovError, ImportError):
    """An optional package is needed; the message names the extra to install."""

    code = "missing-extra"

    def __init__(self, package: str, extra: str, feature: str) -> None:
        """Say which ``feature`` needs which ``package`` and the ``extra`` that installs it."""
        self.package = package
        self.extra = extra
        self.feature = feature
        text = (
            f"{feature} needs the optional package {package!r}; "
            f"install it with: pip install 'rulegov[{extra}]'"
        )
        self._place(text, value=package)
        ImportError.__init__(self, text, name=package)

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
