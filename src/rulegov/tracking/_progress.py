r"""Progress reports (进展情况) from rows of a table onto a plan's tasks.

Offices collect progress as a table: one row per report, naming the task, the reporting unit,
the date, and a status, a share done or a date of completion.
[`with_progress`][rulegov.tracking.with_progress] checks each row against the plan and returns the
plan with the reports on its tasks. A bad row is one ``ParseError`` naming the row, the column and
the value, with the closest valid value.

Examples:
    >>> import rulegov
    >>> plan = rulegov.datasets.yancheng_2023()
    >>> rows = [{"任务": "4", "单位": "区依法治区办", "日期": "2023-06-30", "进度": "60"}]
    >>> tracked = with_progress(plan, rows)
    >>> report = tracked.task("4").progress[-1]
    >>> report.status.value, report.percent_complete, report.unit
    ('in_progress', 60.0, 'u-office')
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import numbers
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rulegov._text import source_name
from rulegov.errors import (
    Issue,
    ParseError,
    RulegovError,
    ValidationError,
    _check_columns,
    _check_count,
    _check_kind,
    _check_rows,
)
from rulegov.model import Diagnostic, Plan, Role, TaskStatus

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Sequence

__all__ = ["PROGRESS_COLUMNS", "with_progress"]

PROGRESS_COLUMNS: dict[str, tuple[str, ...]] = {
    "task": ("task", "任务", "序号", "编号", "任务编号", "工作任务", "重点任务"),
    "unit": ("unit", "单位", "报送单位", "责任单位", "牵头单位", "填报单位"),
    "on": ("on", "date", "日期", "报送日期", "填报日期", "时间"),
    "status": ("status", "状态", "进展状态", "完成情况"),
    "percent": ("percent", "percent_complete", "进度", "完成比例", "完成进度", "完成率"),
    "done_on": ("done_on", "done", "完成日期", "完成时间"),
    "note": ("note", "备注", "进展情况", "说明"),
}
"""The column names a progress table may use (English or Chinese), by field.

A column of another name is refused (a ``ParseError`` of code ``unknown-column`` naming it and
the closest name here), as the models refuse an unknown field: its values would be lost without
a word; a table that carries columns of its own (联系人, 联系电话) names them in
``ignore_columns``, and they are read past. A row whose two columns of one field (单位 and
责任单位) disagree is refused too; two notes (进展情况 and 备注) are both kept, one line each.
"""

_FIELD_OF: dict[str, str] = {
    name: field for field, names in PROGRESS_COLUMNS.items() for name in names
}

_STATUS_WORDS: dict[str, TaskStatus] = {
    "已完成": TaskStatus.COMPLETED,
    "完成": TaskStatus.COMPLETED,
    "办结": TaskStatus.COMPLETED,
    "推进中": TaskStatus.IN_PROGRESS,
    "进行中": TaskStatus.IN_PROGRESS,
    "正在推进": TaskStatus.IN_PROGRESS,
    "持续推进": TaskStatus.IN_PROGRESS,
    "未启动": TaskStatus.NOT_STARTED,
    "未开始": TaskStatus.NOT_STARTED,
    "滞后": TaskStatus.DELAYED,
    "延期": TaskStatus.DELAYED,
    "暂停": TaskStatus.SUSPENDED,
    "取消": TaskStatus.CANCELLED,
}
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[%％]?\s*$")
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def _closest(value: str, choices: Iterable[str]) -> str:
    found = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.4)
    return f"; the closest is {found[0]!r}" if found else ""


class _Rows:
    """Checks rows against one plan; every failure names the row, the column and the value."""

    def __init__(
        self, plan: Plan, source: str | None, ignored: frozenset[str] = frozenset()
    ) -> None:
        self.plan = plan
        self.source = source
        self.ignored = ignored
        self.first = plan.issued_on or (plan.period.start if plan.period else None)
        self.last = plan.period.end + dt.timedelta(days=366) if plan.period else None

    def fail(self, row: int, column: str | None, message: str, value: object) -> ParseError:
        """The error for a row (``column`` None: the whole row) that cannot be read."""
        place = f"row {row}" if column is None else f"row {row}, column {column!r}"
        return ParseError(
            f"{place}: {message}",
            line=row,
            source=self.source,
            value=value,
            code="invalid-progress-row",
        )

    def check_columns(self, row: int, record: Mapping[str, Any]) -> None:
        """Refuse a key that names no progress column: its value would be lost without a word."""
        keys = record.keys() if callable(getattr(record, "keys", None)) else ()
        for key in keys:
            named = key.strip() if isinstance(key, str) else key  # as a table's headings are
            if key not in _FIELD_OF and named not in self.ignored:
                shown = key if isinstance(key, str) else repr(key)
                raise ParseError(
                    f"row {row}, column {shown!r}: no progress column is called so"
                    f"{_closest(str(key), _FIELD_OF)}; the columns are "
                    "任务, 单位, 日期, 状态, 进度, 完成日期 and 备注 (or their English names): "
                    "rename the column, leave it out, or name it in ignore_columns "
                    "(--ignore-column on the command line) to read past it",
                    line=row,
                    source=self.source,
                    value=key,
                    code="unknown-column",
                )

    def field(self, row: int, record: Mapping[str, Any], name: str) -> str:
        """The text of field ``name`` in a row, from whichever of its columns hold it.

        Two columns of the field that hold different values are refused, for all but the
        note, whose values are kept one a line.
        """
        found: dict[str, str] = {}
        keys = record.keys() if callable(getattr(record, "keys", None)) else PROGRESS_COLUMNS[name]
        for key in keys:  # in the table's order of columns
            wanted = _FIELD_OF.get(key) == name and key not in self.ignored
            value = record.get(key) if wanted else None
            if value is not None and not isinstance(value, str | numbers.Number | dt.date):
                kind = type(value).__name__
                message = f"expected text, a number or a date, not a {kind}"
                raise self.fail(row, key, message, value)
            if value is not None and str(value).strip():
                found.setdefault(str(value).strip(), key)
        if len(found) > 1 and name != "note":
            (first, one), (second, other) = list(found.items())[:2]
            raise self.fail(
                row,
                other,
                f"the column {one!r} gives {name} {first!r} and the column {other!r} gives "
                f"{second!r}; keep one column for the {name}",
                second,
            )
        return "\n".join(found)

    def task_id(self, row: int, text: str) -> str:
        if not text:
            raise self.fail(row, "task", "every report names its task (number or id)", text)
        for task in self.plan.tasks:
            if text in {task.id, task.number, task.title}:
                return task.id
        choices = [task.number for task in self.plan.tasks] + [t.title for t in self.plan.tasks]
        raise self.fail(
            row, "task", f"no task of the plan is {text!r}{_closest(text, choices)}", text
        )

    def unit_id(self, row: int, text: str) -> str | None:
        if not text:
            return None
        try:
            return self.plan.unit(text).id
        except RulegovError:
            names = [name for unit in self.plan.units for name in (unit.name, *unit.aliases)]
            raise self.fail(
                row, "unit", f"no unit of the plan is called {text!r}{_closest(text, names)}", text
            ) from None

    def date(self, row: int, column: str, text: str) -> dt.date:
        found = _DATE.match(text)
        day = None
        if found is not None:
            with contextlib.suppress(ValueError):
                day = dt.date(int(found[1]), int(found[2]), int(found[3]))
        if day is None:
            raise self.fail(row, column, "expected a date such as 2023-06-30", text)
        if self.first is not None and day < self.first:
            raise self.fail(
                row, column, f"the date is before the plan begins ({self.first.isoformat()})", text
            )
        if self.last is not None and day > self.last:
            raise self.fail(
                row, column, f"the date is long after the plan ends ({self.last.isoformat()})", text
            )
        return day

    def percent(self, row: int, text: str) -> float | None:
        if not text:
            return None
        found = _PERCENT.match(text)
        value = float(found[1]) if found else None
        if value is None or not 0 <= value <= 100:
            raise self.fail(row, "percent", "expected a share done from 0 to 100", text)
        return value

    def status(self, row: int, text: str, percent: float | None, done: bool) -> TaskStatus:
        if text:
            try:
                return TaskStatus(text)
            except ValueError:
                pass
            if text in _STATUS_WORDS:
                return _STATUS_WORDS[text]
            words = [*_STATUS_WORDS, *(status.value for status in TaskStatus)]
            raise self.fail(row, "status", f"unknown status {text!r}{_closest(text, words)}", text)
        if done or percent == 100:
            return TaskStatus.COMPLETED
        if percent:
            return TaskStatus.IN_PROGRESS
        return TaskStatus.NOT_STARTED

    def holder(self, row: int, task_id: str, unit: str | None) -> Diagnostic | None:
        """A warning for a report by a unit that answers for no part of the task, else None.

        Such a report (by a unit with no role on the task, or a supervising one) would count
        for nobody: the row is skipped, and the warning names it.
        """
        task = self.plan.task(task_id)
        held = task.holder_ids()
        if unit is None or not task.assignments or unit in held:
            return None
        names = {known.id: known.name for known in self.plan.units}
        holders = ", ".join(names.get(holder, holder) for holder in held) or "no unit"
        supervises = unit in task.unit_ids(Role.SUPERVISING)
        role = "only supervises" if supervises else "holds no role on"
        place = f"{self.source}: " if self.source else ""
        return Diagnostic(
            code="report-without-role",
            message=(
                f"{place}row {row} skipped: {names.get(unit, unit)} {role} task {task.number} "
                f"({task.title}), so its report would count for nobody; the task is held by "
                f"{holders}"
            ),
        )

    def report(self, row: int, record: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        if not isinstance(record, Mapping) and not callable(getattr(record, "get", None)):
            kind = type(record).__name__
            message = f"expected a mapping of column to value, not a {kind}"
            raise self.fail(row, None, message, record)
        self.check_columns(row, record)
        task = self.task_id(row, self.field(row, record, "task"))
        unit = self.unit_id(row, self.field(row, record, "unit"))
        done_text = self.field(row, record, "done_on")
        done = self.date(row, "done_on", done_text) if done_text else None
        on_text = self.field(row, record, "on")
        if not on_text and done is None:
            raise self.fail(row, "on", "every report has a date (or a date of completion)", "")
        on = self.date(row, "on", on_text) if on_text else done
        percent = self.percent(row, self.field(row, record, "percent"))
        status = self.status(row, self.field(row, record, "status"), percent, done is not None)
        if status is TaskStatus.COMPLETED:
            percent = 100.0 if percent is None else percent
            on = done or on
        if status is TaskStatus.COMPLETED and percent != 100:
            raise self.fail(row, "percent", "a completed task is 100 percent done", percent)
        if status is TaskStatus.NOT_STARTED and percent:
            raise self.fail(row, "percent", "a task not started is 0 percent done", percent)
        data: dict[str, Any] = {
            "on": on,
            "unit": unit,
            "status": status,
            "percent_complete": percent,
        }
        note = self.field(row, record, "note")
        if note:
            data["note"] = note
        return task, data


def with_progress(  # noqa: PLR0913 - the rows, then how to name them and what to read past
    plan: Plan,
    rows: Iterable[Mapping[str, Any]],
    *,
    source: str | os.PathLike[str] | None = None,
    first_row: int = 2,
    row_numbers: Sequence[int] | None = None,
    ignore_columns: Iterable[str] = (),
) -> Plan:
    """The plan with progress reports from ``rows`` added to its tasks.

    Args:
        plan: The plan the reports are about.
        rows: One mapping per report, keyed by the names in ``PROGRESS_COLUMNS``: the task (its
            number, id or title), the reporting unit (a name or alias of the plan), the date, and
            a status (``completed`` or 已完成, 推进中, 滞后...), a share done (0-100) or a date of
            completion.
        source: A name for messages, such as the file the rows come from (a str or a path).
        first_row: The row number of the first mapping, for messages (2: below a header row).
        row_numbers: The row number of each mapping, for messages, where they are not counted
            on from ``first_row`` (a table's rows with its blank rows left out).
        ignore_columns: Keys the rows carry beside the progress columns (联系人, 联系电话), read
            past; any other key that names no progress column is refused, so that no value is
            lost without a word. A key of a progress column named here is read past too.

    A row by a unit that answers for no part of its task (one with no role on it, or one that
    only supervises it) would count for nobody: it is skipped, and a ``report-without-role``
    warning naming the row, the unit, the task and the units that hold it is added to the
    returned plan's ``diagnostics``.

    Raises:
        ParseError: for a row naming an unknown task or unit (with the closest match), a date
            that cannot be read or lies outside the plan, or a share outside 0-100.
        ValidationError: for a ``plan`` that is no Plan, a ``source`` that is no str or path,
            a ``first_row`` or ``row_numbers`` that are no row numbers (whole numbers of 1 or
            more) or do not give one number for each row, or ``ignore_columns`` that are no
            names (code ``invalid-parameter``).

    Examples:
        >>> import rulegov
        >>> plan = with_progress(
        ...     rulegov.datasets.yancheng_2023(),
        ...     [
        ...         {"task": "1", "unit": "区依法治区办", "date": "2023-06-30", "status": "已完成"},
        ...         {"task": "2", "unit": "区依法治区办", "date": "2023-06-30", "percent": 40},
        ...     ],
        ... )
        >>> [(r.status.value, r.percent_complete) for task in plan.tasks[:2] for r in task.progress]
        [('completed', 100.0), ('in_progress', 40.0)]

        A column of the table's own is named to be read past:

        >>> plan = with_progress(
        ...     rulegov.datasets.yancheng_2023(),
        ...     [{"任务": "1", "单位": "区依法治区办", "日期": "2023-06-30", "状态": "已完成", "联系人": "王某"}],
        ...     ignore_columns=["联系人"],
        ... )
        >>> plan.tasks[0].progress[0].status.value
        'completed'
    """
    _check_kind(plan, "Plan", "plan", "a rulegov Plan")
    _check_rows(rows, "rows", "rows of progress (mappings of column to value)")
    ignored = _ignored_columns(ignore_columns)
    source = source_name(source)  # a message names it: a str or a path, nothing else
    if row_numbers is None:
        first = _check_count(first_row, "first_row", "the row number of the first row, 1 or more")
        return _numbered_progress(plan, enumerate(rows, start=first), source, ignored)
    _check_rows(row_numbers, "row_numbers", "a row number for each row")
    numbers = [
        _check_count(number, f"row_numbers[{index}]", "a row number, a whole number of 1 or more")
        for index, number in enumerate(row_numbers)
    ]
    rows = list(rows)
    if len(numbers) != len(rows):
        message = f"expected a number for each of the {len(rows)} rows, not {len(numbers)}"
        raise ValidationError([Issue("row_numbers", message, row_numbers, "invalid-parameter")])
    return _numbered_progress(plan, zip(numbers, rows, strict=True), source, ignored)


def _ignored_columns(names: Iterable[str]) -> frozenset[str]:
    """The column names of ``ignore_columns``, stripped; one name given alone is one name.

    Raises:
        ValidationError: for names that are not text (code ``invalid-parameter``).
    """
    listed = _check_columns(names)
    return frozenset(name.strip() for name in listed)


def _numbered_progress(
    plan: Plan,
    rows: Iterable[tuple[int, Mapping[str, Any]]],
    source: str | None,
    ignored: frozenset[str] = frozenset(),
) -> Plan:
    """The reports of ``rows``, each given with its row's number in its file, on the plan."""
    checker = _Rows(plan, source, ignored)
    added: dict[str, list[dict[str, Any]]] = {}
    skipped: list[Diagnostic] = []
    for row, record in rows:
        task, report = checker.report(row, record)
        warning = checker.holder(row, task, report["unit"])
        if warning is not None:
            skipped.append(warning)
            continue
        added.setdefault(task, []).append(report)
    if not added and not skipped:
        return plan
    data = plan.model_dump()
    _add(data, added)
    tracked = Plan.model_validate(data)
    tracked.diagnostics.extend(skipped)
    return tracked


def _add(data: dict[str, Any], added: Mapping[str, list[dict[str, Any]]]) -> None:
    for task in data.get("unsectioned_tasks", []):
        task["progress"] = [*task.get("progress", []), *added.get(task["id"], [])]
    stack = list(data.get("sections", []))
    while stack:
        section = stack.pop()
        stack.extend(section.get("children", []))
        for task in section.get("tasks", []):
            task["progress"] = [*task.get("progress", []), *added.get(task["id"], [])]
