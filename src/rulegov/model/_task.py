"""The numbered work of a plan: sections (一、（一）…), tasks, their measures and progress."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Self

from pydantic import Field, model_validator

from rulegov.errors import Issue, ValidationError, _check_rows
from rulegov.model._base import Model, Span, short_repr
from rulegov.model._facts import Citation, Deliverable, Target
from rulegov.model._time import TimeFrame
from rulegov.model._unit import Assignment, Role

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "Measure",
    "ProgressReport",
    "Section",
    "SectionKind",
    "Task",
    "TaskStatus",
    "percent_done",
]


class Measure(Model):
    """An action inside a task (举措 · 措施), usually a verb phrase: 推动…, 开展…, 建立….

    Examples:
        >>> Measure(id="t9.m1", text="科学制定整改方案").text
        '科学制定整改方案'
    """

    id: str = Field(min_length=1, description="Unique in the plan, e.g. 't9.m1'.")
    text: str = Field(min_length=1)
    span: Span | None = None


class TaskStatus(enum.StrEnum):
    """Where a task stands, as its latest progress report says."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DELAYED = "delayed"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"


class ProgressReport(Model):
    """A dated report on a task's progress.

    Examples:
        >>> import datetime as dt
        >>> ProgressReport(on=dt.date(2023, 6, 30), status="in_progress", percent_complete=40).status
        <TaskStatus.IN_PROGRESS: 'in_progress'>
    """

    on: dt.date
    unit: str | None = Field(default=None, description="Id of the reporting unit.")
    status: TaskStatus
    percent_complete: float | None = Field(default=None, ge=0, le=100)
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        percent = self.percent_complete
        if percent is None:
            return self
        if self.status is TaskStatus.COMPLETED and percent < 100:
            raise ValidationError(
                [
                    Issue(
                        "percent_complete",
                        "a completed task is 100 percent complete",
                        percent,
                        "status-mismatch",
                    )
                ]
            )
        if self.status is TaskStatus.NOT_STARTED and percent > 0:
            raise ValidationError(
                [
                    Issue(
                        "percent_complete",
                        "a task not started is 0 percent complete",
                        percent,
                        "status-mismatch",
                    )
                ]
            )
        return self


class Task(Model):
    """A numbered work item of a plan (任务 · 重点任务).

    Examples:
        >>> task = Task(id="t4", number="4", path=("一", "4"), title="严格落实法治建设责任制。",
        ...             assignments=[{"unit": "office", "role": "lead", "unit_name": "区依法治区办"}])
        >>> task.lead_units, task.status.value
        (['区依法治区办'], 'not_started')
    """

    id: str = Field(min_length=1, description="Stable id, unique in the plan, e.g. 't4'.")
    number: str = Field(min_length=1, description="The number as printed, e.g. '4' or '（二）'.")
    path: tuple[str, ...] = Field(
        description="Printed numbers from the top section down to the task."
    )
    title: str = Field(min_length=1, description="The heading sentence.")
    text: str = Field(default="", description="The full text of the task, heading included.")
    measures: list[Measure] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    timeframe: TimeFrame | None = None
    targets: list[Target] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    deliverables: list[Deliverable] = Field(default_factory=list)
    progress: list[ProgressReport] = Field(default_factory=list)
    span: Span | None = Field(default=None, description="The whole task in the source text.")
    title_span: Span | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        issues: list[Issue] = []
        if not self.path or self.path[-1] != self.number:
            issues.append(
                Issue(
                    "path",
                    f"must end with the task's number {self.number!r}",
                    self.path,
                    "task-path-mismatch",
                )
            )
        seen: set[tuple[str, Role]] = set()
        for index, assignment in enumerate(self.assignments):
            key = (assignment.unit, assignment.role)
            if key in seen:
                issues.append(
                    Issue(
                        f"assignments[{index}]", "the unit already holds this role on the task", key
                    )
                )
            seen.add(key)
        if issues:
            raise ValidationError(issues)
        return self

    def unit_ids(self, role: Role | str) -> list[str]:
        """The ids of the units holding ``role`` on this task, in order."""
        wanted = Role(role)
        return [a.unit for a in self.assignments if a.role is wanted]

    def holder_ids(self) -> list[str]:
        """The ids of the units that answer for this task: lead, responsible or cooperating.

        A supervising unit (督办) oversees the task and answers for none of it: like a unit with
        no role on the task, its progress report counts for no unit and does not make the task
        done.

        Examples:
            >>> task = Task(id="t1", number="1", path=("1",), title="开展执法检查。", assignments=[
            ...     {"unit": "u1", "role": "lead"}, {"unit": "u2", "role": "supervising"},
            ...     {"unit": "u3", "role": "cooperating"}])
            >>> task.holder_ids()
            ['u1', 'u3']
        """
        found = (a.unit for a in self.assignments if a.role is not Role.SUPERVISING)
        return list(dict.fromkeys(found))

    def _names(self, role: Role) -> list[str]:
        return [a.unit_name or a.unit for a in self.assignments if a.role is role]

    @property
    def lead_units(self) -> list[str]:
        """Names of the lead units (牵头单位)."""
        return self._names(Role.LEAD)

    @property
    def responsible_units(self) -> list[str]:
        """Names of the responsible units (责任单位)."""
        return self._names(Role.RESPONSIBLE)

    @property
    def cooperating_units(self) -> list[str]:
        """Names of the cooperating units (配合单位)."""
        return self._names(Role.COOPERATING)

    @property
    def supervising_units(self) -> list[str]:
        """Names of the supervising units (督办单位)."""
        return self._names(Role.SUPERVISING)

    @property
    def latest_report(self) -> ProgressReport | None:
        """The progress report with the latest date (the last one given, on a tie)."""
        latest: ProgressReport | None = None
        for report in self.progress:
            if latest is None or report.on >= latest.on:
                latest = report
        return latest

    @property
    def status(self) -> TaskStatus:
        """The status of the latest progress report; not started when there is none."""
        report = self.latest_report
        return TaskStatus.NOT_STARTED if report is None else report.status

    @property
    def percent_complete(self) -> float:
        """The latest reported share done, 0-100 (100 once completed, 0 before any report)."""
        return percent_done(self.progress)

    def __repr__(self) -> str:
        """A one-line summary; every field is in ``model_dump()``."""
        return short_repr(
            "Task",
            id=self.id,
            number=self.number,
            title=self.title,
            units=len(self.assignments),
            measures=len(self.measures),
            targets=len(self.targets),
        )


class SectionKind(enum.StrEnum):
    """What a section holds: numbered work, or prose that frames it."""

    TASKS = "tasks"
    GUIDING_IDEOLOGY = "guiding_ideology"
    """指导思想."""
    GENERAL_REQUIREMENTS = "general_requirements"
    """总体要求."""
    OBJECTIVES = "objectives"
    """工作目标."""
    SAFEGUARDS = "safeguards"
    """保障措施 · 工作要求: how the work is supported and checked."""
    OTHER = "other"


MAX_SECTION_DEPTH = 64
"""The most levels sections nest, a section and its children's children: more than any plan
prints, and few enough that a plan's JSON reads back (its reader takes 200 levels of brackets,
two a section) and that a copy or a comparison of the sections goes through."""


class Section(Model):
    """A numbered part of a plan (一、 （一） 1.), with nested parts and the tasks under it.

    Examples:
        >>> s = Section(id="s1", number="一", level=1, title="坚持政治引领")
        >>> s.number, s.all_tasks()
        ('一', [])
    """

    id: str = Field(min_length=1)
    number: str = Field(description="As printed, e.g. '一', '（一）', '1.'; empty when unnumbered.")
    level: int = Field(ge=1, description="1 for the top level, 2 below it, and so on.")
    title: str = Field(description="The heading.")
    kind: SectionKind = SectionKind.TASKS
    text: str | None = Field(default=None, description="Prose under the heading, if any.")
    children: list[Section] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list, description="The tasks directly under it.")
    span: Span | None = None
    title_span: Span | None = None

    @model_validator(mode="after")
    def _levels(self) -> Self:
        for index, child in enumerate(self.children):
            if child.level <= self.level:
                raise ValidationError(
                    [
                        Issue(
                            f"children[{index}].level",
                            f"a nested section must sit below its parent's level {self.level}",
                            child.level,
                        )
                    ]
                )
        self._check_depth()
        return self

    def _check_depth(self) -> None:
        """Refuse sections nested more than `MAX_SECTION_DEPTH` levels, naming the deepest.

        A plan's parts nest a handful of levels (一、 （一） 1. （1）); the walks over them,
        copies and comparisons go one call deeper per level, and a chain of hundreds of levels
        would exhaust Python's stack.
        """
        stack: list[tuple[Section, str, int]] = [(self, "", 1)]
        while stack:
            section, path, depth = stack.pop()
            if depth > MAX_SECTION_DEPTH:
                raise ValidationError(
                    [
                        Issue(
                            path.lstrip("."),
                            f"sections nest more than {MAX_SECTION_DEPTH} levels deep here; a "
                            f"plan's sections nest at most {MAX_SECTION_DEPTH} levels",
                            section.id,
                            "too-deep",
                        )
                    ]
                )
            stack.extend(
                (child, f"{path}.children[{index}]", depth + 1)
                for index, child in enumerate(section.children)
            )

    def walk(self) -> list[Section]:
        """This section and every section below it, depth first, in document order."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found

    def all_tasks(self) -> list[Task]:
        """Every task in this section and below it, in the order printed.

        Where every own task and every child section has a span (a parsed plan), they are taken
        in the order of their spans: a task printed after a sub-section (``（三）`` over ``1.``
        and ``2.``, then the task ``（四）``) comes after that sub-section's tasks. Otherwise the
        section's own tasks come first, then its children's.

        Examples:
            >>> def task(ident, path, start):
            ...     span = Span(start=start, end=start + 10)
            ...     return Task(id=ident, number=path[-1], path=path, title="清理", span=span)
            >>> child = Section(
            ...     id="s2", number="（三）", level=2, title="备案审查",
            ...     tasks=[task("t1", ("二", "（三）", "1"), 20)], span=Span(start=10, end=30),
            ... )
            >>> section = Section(
            ...     id="s1", number="二", level=1, title="依法行政",
            ...     tasks=[task("t2", ("二", "（四）"), 40)], children=[child],
            ... )
            >>> [found.id for found in section.all_tasks()]
            ['t1', 't2']
        """
        blocks: list[tuple[Span | None, list[Task]]] = [(task.span, [task]) for task in self.tasks]
        blocks += [(child.span, child.all_tasks()) for child in self.children]
        if self.tasks and self.children and all(span is not None for span, _ in blocks):
            blocks.sort(key=lambda block: block[0].start if block[0] is not None else 0)
        return [task for _, tasks in blocks for task in tasks]

    def __repr__(self) -> str:
        """A one-line summary; every field is in ``model_dump()``."""
        return short_repr(
            "Section",
            id=self.id,
            number=self.number,
            title=self.title,
            level=self.level,
            tasks=len(self.all_tasks()),
            subsections=len(self.walk()) - 1,
        )


def percent_done(reports: Iterable[ProgressReport]) -> float:
    """The share done, 0-100, that the latest of ``reports`` shows (the last given, on a tie).

    A completed report counts 100; a report without a percentage gives way to the one before
    it; with no report at all, nothing is done.

    Examples:
        >>> import datetime as dt
        >>> reports = [
        ...     ProgressReport(on=dt.date(2023, 5, 1), status="in_progress", percent_complete=40),
        ...     ProgressReport(on=dt.date(2023, 6, 1), status="in_progress"),
        ... ]
        >>> percent_done(reports), percent_done([])
        (40.0, 0.0)
    """
    _check_rows(reports, "reports", "progress reports (a list of ProgressReport)")
    for index, report in enumerate(reports := list(reports)):
        if not isinstance(report, ProgressReport):
            message = f"expected a ProgressReport, not a {type(report).__name__}"
            raise ValidationError(
                [Issue(f"reports[{index}]", message, report, "invalid-parameter")]
            )
    for report in sorted(reports, key=lambda r: r.on)[::-1]:  # the last given first, on a tie
        if report.status is TaskStatus.COMPLETED:
            return 100.0
        if report.percent_complete is not None:
            return report.percent_complete
    return 0.0
