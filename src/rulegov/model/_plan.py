"""The plan: a whole document of numbered work, with who does it and how it is checked."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import enum
import typing
from typing import TYPE_CHECKING, Any, Self, TypedDict

import attrs
from pydantic import Field, ValidationInfo, model_validator

from rulegov._collector import collector_paused
from rulegov._walk import first_repeat
from rulegov.errors import DuplicateIdError, Issue, UnknownReferenceError, ValidationError
from rulegov.model._assessment import Assessment, SubjectKind
from rulegov.model._base import Diagnostic, Model, SourceText, Span, short_repr
from rulegov.model._dependency import Dependency
from rulegov.model._facts import Citation
from rulegov.model._frame import Frame
from rulegov.model._task import Section, Task
from rulegov.model._time import Period
from rulegov.model._unit import Assignment, CoordinationGroup, Role, Unit

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

__all__ = ["Notice", "Plan", "PlanKind", "plan_json_schema"]


# The key of the validation context by which a reader vouches that it took every span of the plan
# from the source text it gives (see Plan)
SPANS_IN_SOURCE = "spans_in_source"
# Whether every object of the plan being validated is made by the validation (the plan comes from
# JSON, or from plain data), so that its assignments may be named in place
_ALL_NEW: contextvars.ContextVar[bool] = contextvars.ContextVar("_ALL_NEW", default=False)
# From these sizes on, validating a plan pauses the garbage collector (see rulegov._collector);
# below them the collector's passes cost less than pausing it does
_LARGE_JSON = 1_000_000  # characters or bytes of JSON
_LARGE_TASKS = 2_000


class PlanKind(enum.StrEnum):
    """The genre of a plan document."""

    WORK_PLAN = "work_plan"
    """工作计划."""
    KEY_POINTS = "key_points"
    """工作要点."""
    WORK_ARRANGEMENTS = "work_arrangements"
    """工作安排."""
    IMPLEMENTATION_PLAN = "implementation_plan"
    """实施方案."""
    TASK_DIVISION_PLAN = "task_division_plan"
    """任务分工方案."""
    MULTI_YEAR_PLAN = "multi_year_plan"
    """规划, e.g. a five-year plan."""
    APPRAISAL_SCHEME = "appraisal_scheme"
    """考核办法 · 考核方案."""


class Notice(Model):
    """The cover notice (印发通知) that issues the plan: "现将《…》印发给你们".

    Examples:
        >>> Notice(text="现将《2023年工作计划》印发给你们,请认真贯彻落实。").citations
        []
    """

    title: str | None = Field(default=None, description="The notice's own title, if printed.")
    text: str = Field(description="The body of the notice.")
    citations: list[Citation] = Field(default_factory=list)
    span: Span | None = None

    def __repr__(self) -> str:
        """A one-line summary; every field is in ``model_dump()``."""
        return short_repr("Notice", title=self.title, text=self.text, citations=len(self.citations))


class _Index:
    """Every id of a plan with the field path where it is defined, and the problems found.

    The paths are only needed for messages, so they are found on first use, by ``locate``.
    """

    def __init__(self, locate: Callable[[], Iterator[tuple[str, str, str]]] | None = None) -> None:
        self.kind: dict[str, str] = {}
        self.issues: list[Issue] = []
        self.duplicates: list[Issue] = []
        self._locate = locate
        self._where: dict[str, str] | None = None

    @property
    def where(self) -> dict[str, str]:
        """The field path of each id, where it is first defined."""
        if self._where is None:
            self._where = {}
            for ident, _, path in self._locate() if self._locate is not None else ():
                self._where.setdefault(ident, path)
        return self._where

    def restart(self) -> None:
        """Forget the ids, to add them again one by one with their paths."""
        self.kind.clear()
        self._where = {}

    def add(self, ident: str, kind: str, path: str) -> None:
        where = self.where
        if ident in where:
            self.duplicates.append(
                Issue(
                    f"{path}.id",
                    f"the id is already used by {where[ident]}",
                    ident,
                    "duplicate-id",
                    **_place_of(ident, kind),
                )
            )
            return
        where[ident] = path
        self.kind[ident] = kind

    def is_a(self, ident: str | None, *kinds: str) -> bool:
        return ident is not None and self.kind.get(ident) in kinds

    def need(
        self,
        ident: str | None,
        path: str,
        *kinds: str,
        task: str | None = None,
        field: str = "",
        hint: str = "",
    ) -> None:
        """Report ``ident`` at ``path`` unless it names one of ``kinds``.

        The issue names ``ident`` in its ``field`` (``unit``, ``task`` or ``node``; by default
        the field of the first kind), and the ``task`` whose field this is, if any; ``hint``
        (the closest match) ends the message of an id that names nothing.
        """
        if ident is None or self.is_a(ident, *kinds):
            return
        found = self.kind.get(ident)
        wanted = " or ".join(kinds)
        if found is None:
            message = f"no {wanted} has this id{hint}"
            code = (
                f"unknown-{kinds[0]}".replace("_", "-") if len(kinds) == 1 else "unknown-reference"
            )
        else:
            message = f"names a {found} ({self.where[ident]}), but a {wanted} is needed"
            code = "wrong-reference-kind"
        place = _place_of(ident, field or kinds[0])
        if task is not None:
            place.setdefault("task", task)
        self.issues.append(Issue(path, message, ident, code, **place))


def _closest_unit(units: Sequence[Unit], wanted: str) -> str:
    """``; did you mean 'u1' (区司法局)?`` for the unit that goes by ``wanted`` or comes closest."""
    import difflib  # noqa: PLC0415 - only when an id is wrong

    by_name = {name: unit for unit in units for name in unit.names}
    found = by_name.get(wanted)
    if found is None:
        close = difflib.get_close_matches(wanted, list(by_name), n=1, cutoff=0.4)
        found = by_name[close[0]] if close else None
    if found is None:
        return ""
    return f"; did you mean {found.id!r} ({found.name})? a report names its unit by id"


class _Place(TypedDict, total=False):
    """The place fields of an issue about one id."""

    unit: str
    task: str
    node: str


def _place_of(ident: str, kind: str) -> _Place:
    """The place field of an issue about ``ident``, an id of ``kind``.

    A unit's id goes in ``unit``, a task's in ``task``; an id that may name any of several kinds
    (the end of a dependency) in ``node``.

    Examples:
        >>> _place_of("u1", "unit"), _place_of("t1", "task"), _place_of("s1", "section")
        ({'unit': 'u1'}, {'task': 't1'}, {})
    """
    if kind == "unit":
        return {"unit": ident}
    if kind == "task":
        return {"task": ident}
    if kind == "node":
        return {"node": ident}
    return {}


def _named_in_list(
    items: object, names: dict[str, str], name: Callable[[object, dict[str, str]], object]
) -> object:
    """``items`` with ``name`` applied to each; the same object when nothing changed."""
    if not isinstance(items, list | tuple):
        return items
    for index, item in enumerate(items):
        new = name(item, names)
        if new is not item:  # the first change: copy the list from here on
            return [*items[:index], new, *(name(rest, names) for rest in items[index + 1 :])]
    return items


def _named_in_sections(sections: object, names: dict[str, str]) -> object:
    return _named_in_list(sections, names, _named_section)


def _named_section(section: object, names: dict[str, str]) -> object:
    children: object
    tasks: object
    if isinstance(section, Section):
        children, tasks = section.children, section.tasks
    elif isinstance(section, dict):
        children, tasks = section.get("children"), section.get("tasks")
    else:
        return section
    new_children = _named_in_sections(children, names)
    new_tasks = _named_in_list(tasks, names, _named_task)
    if new_children is children and new_tasks is tasks:
        return section
    update = {"children": new_children, "tasks": new_tasks}
    if isinstance(section, Section):
        return section.model_copy(update=update)
    return {**section, **{key: value for key, value in update.items() if value is not None}}


def _named_task(task: object, names: dict[str, str]) -> object:
    if isinstance(task, Task):
        assignments: object = task.assignments
    elif isinstance(task, dict):
        assignments = task.get("assignments")
    else:
        return task
    new = _named_in_list(assignments, names, _named_assignment)
    if new is assignments:
        return task
    if isinstance(task, Task):
        return task.model_copy(update={"assignments": new})
    return {**task, "assignments": new}


def _named_assignment(assignment: object, names: dict[str, str]) -> object:
    if isinstance(assignment, Assignment):
        if assignment.unit_name is None and assignment.unit in names:
            return assignment.model_copy(update={"unit_name": names[assignment.unit]})
    elif isinstance(assignment, dict) and assignment.get("unit_name") is None:
        unit = assignment.get("unit")
        if isinstance(unit, str) and unit in names:
            return {**assignment, "unit_name": names[unit]}
    return assignment


def _plain_tasks(data: object) -> int | None:
    """The number of tasks in ``data``, if its sections, tasks and assignments are all dicts.

    Then every task and assignment of the plan validated from it is made by the validation. None
    when ``data`` holds any of them as a model (or is no dict).
    """
    if not isinstance(data, dict):
        return None
    sections, tasks = _dicts(data.get("sections")), _dicts(data.get("unsectioned_tasks"))
    if sections is None or tasks is None:
        return None
    paths = [f"sections[{index}]" for index in range(len(sections))]
    seen: dict[int, str] = {}
    for section, path in zip(sections, paths, strict=True):  # grows: every section at every depth
        if id(section) in seen:  # a loop, or one section listed twice: walked without end
            raise _listed_twice(path, seen[id(section)], section)
        seen[id(section)] = path
        children, held = _dicts(section.get("children")), _dicts(section.get("tasks"))
        if children is None or held is None:
            return None
        sections.extend(children)
        paths.extend(f"{path}.children[{index}]" for index in range(len(children)))
        tasks.extend(held)
    if all(_dicts(task.get("assignments")) is not None for task in tasks):
        return len(tasks)
    return None


def _refuse_repeated_sections(data: object) -> None:
    """Refuse a plan's data in which one section's mapping is listed twice, naming both places.

    The walk takes every section given as a mapping, whatever else the data holds (a section or
    a task given as a model beside them), and so guards a plan built with ``Plan(...)`` as well
    as one read by ``Plan.model_validate``.
    """
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list | tuple):
        return
    roots = ((section, f"sections[{index}]") for index, section in enumerate(data["sections"]))
    repeated = first_repeat(roots)
    if repeated is not None:
        section, path, first = repeated
        raise _listed_twice(path, first, section)


def _listed_twice(path: str, first: str, section: dict[str, Any]) -> ValidationError:
    """The error for one section's mapping found at ``path`` and before at ``first``.

    Its id would name two sections; one that holds itself (a loop) would nest without end, and
    one listed twice at each of many levels would be copied into a tree of billions.
    """
    message = (
        f"the same section is listed again here, first at {first}: a section that holds itself, "
        "or one object listed in two places, whose id would name two sections"
    )
    return DuplicateIdError([Issue(path, message, section.get("id"), "duplicate-id")], "Plan")


def _dicts(items: object) -> list[dict[str, Any]] | None:
    """The items of a list that holds only dicts (none for no list); None for any other value."""
    if items is None:
        return []
    if isinstance(items, list | tuple) and all(isinstance(item, dict) for item in items):
        return list(items)
    return None


def _walk_sections(
    sections: list[Section], path: str, numbers: tuple[str, ...]
) -> Iterator[tuple[Section, str, tuple[str, ...]]]:
    for index, section in enumerate(sections):
        here = f"{path}[{index}]"
        chain = (*numbers, section.number) if section.number else numbers
        yield section, here, chain
        yield from _walk_sections(section.children, f"{here}.children", chain)


class Plan(Model):
    """A plan document (工作计划, 工作要点, 实施方案...) with everything it says.

    Building a plan checks its integrity: ids are unique, every reference (unit, task, group,
    assessment subject, dependency end) resolves, dates are ordered, spans lie within the source
    text. A violation raises [`ValidationError`][rulegov.ValidationError] naming the field path and
    value.

    Note:
        A reader that takes every span from the very text it gives as ``source`` may say so in
        pydantic's validation context, ``Plan.model_validate(data, context={"spans_in_source":
        True})``: the walk over every span to compare its end with the text's length is then
        left out. rulegov's parser does; without that context every span is checked.

    Examples:
        >>> import rulegov
        >>> plan = rulegov.Plan(
        ...     title="2023年工作计划",
        ...     units=[{"id": "office", "name": "区依法治区办"}],
        ...     sections=[{"id": "s1", "number": "一", "level": 1, "title": "坚持政治引领",
        ...                "tasks": [{"id": "t1", "number": "1", "path": ["一", "1"], "title": "推动学习。",
        ...                           "assignments": [{"unit": "office", "role": "lead"}]}]}],
        ... )
        >>> [task.id for task in plan.tasks], plan.tasks[0].lead_units
        (['t1'], ['区依法治区办'])
        >>> plan.model_validate_json(plan.model_dump_json()) == plan
        True
    """

    id: str = Field(default="plan", min_length=1)
    kind: PlanKind = PlanKind.WORK_PLAN
    title: str = Field(min_length=1)
    issuer: str | None = Field(
        default=None, description="The issuer as printed (may be abbreviated)."
    )
    issuer_unit: str | None = Field(default=None, description="Id of the issuing unit.")
    issued_on: dt.date | None = Field(default=None, description="Date of issue (成文日期).")
    doc_number: str | None = Field(default=None, description="Document number (发文字号).")
    recipients: list[str] = Field(default_factory=list, description="主送机关, as printed.")
    period: Period | None = None
    notice: Notice | None = None
    frame: Frame | None = Field(
        default=None,
        description="The official-document frame (公文格式, GB/T 9704-2012) around the plan.",
    )
    preamble: str | None = Field(default=None, description="Prose before the first section.")
    sections: list[Section] = Field(default_factory=list)
    unsectioned_tasks: list[Task] = Field(
        default_factory=list, description="Tasks not under any section (flat plans)."
    )
    units: list[Unit] = Field(default_factory=list)
    coordination_groups: list[CoordinationGroup] = Field(default_factory=list)
    assessments: list[Assessment] = Field(default_factory=list)
    dependencies: list[Dependency] = Field(default_factory=list)
    citations: list[Citation] = Field(
        default_factory=list, description="Documents cited outside the notice and the tasks."
    )
    spans: dict[str, Span] = Field(
        default_factory=dict, description="Where plan-level fields (title, issuer...) were read."
    )
    source: SourceText | None = None
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    # -- navigation -------------------------------------------------------------------------

    @property
    def tasks(self) -> list[Task]:
        """Every task, in document order: unsectioned ones first, then section by section."""
        found = list(self.unsectioned_tasks)
        for section in self.sections:
            found.extend(section.all_tasks())
        return found

    def walk_sections(self) -> list[Section]:
        """Every section at every depth, in document order."""
        return [section for section, _, _ in _walk_sections(self.sections, "sections", ())]

    def task(self, key: str) -> Task:
        """The task with id ``key``, or else with printed number ``key``.

        Raises:
            UnknownReferenceError: when no task has that id or number.
        """
        tasks = self.tasks
        for task in tasks:
            if task.id == key:
                return task
        for task in tasks:
            if task.number == key:
                return task
        raise UnknownReferenceError(
            [Issue("tasks", "no task has this id or number", key, "unknown-task", task=key)], "Plan"
        )

    def unit(self, key: str) -> Unit:
        """The unit with id ``key``, or else going by the name ``key`` (full, short or alias).

        Raises:
            UnknownReferenceError: when no unit has that id or name.
        """
        for unit in self.units:
            if unit.id == key:
                return unit
        for unit in self.units if isinstance(key, str) else ():
            if unit.known_as(key):
                return unit
        raise UnknownReferenceError(
            [Issue("units", "no unit has this id or name", key, "unknown-unit", unit=key)], "Plan"
        )

    def section_of(self, task: str) -> Section | None:
        """The section directly holding the task (id or number); None for an unsectioned task.

        Raises:
            UnknownReferenceError: when no task has that id or number.
        """
        wanted = self.task(task).id
        for section in self.walk_sections():
            if any(candidate.id == wanted for candidate in section.tasks):
                return section
        return None

    def assessments_of(self, task: str) -> list[Assessment]:
        """The assessments that the task (id or number) calls for, in order."""
        wanted = self.task(task).id
        return [assessment for assessment in self.assessments if assessment.task == wanted]

    def groups_of(self, task: str) -> list[CoordinationGroup]:
        """The coordination groups that run the task (id or number), in order."""
        wanted = self.task(task).id
        return [group for group in self.coordination_groups if wanted in group.tasks]

    def tasks_of(self, unit: str, role: Role | str | None = None) -> list[Task]:
        """The tasks on which the unit (an id or a name) holds ``role`` (any role if None)."""
        ident = self.unit(unit).id
        wanted = None if role is None else Role(role)
        return [
            task
            for task in self.tasks
            if any(
                a.unit == ident and (wanted is None or a.role is wanted) for a in task.assignments
            )
        ]

    @property
    def cited_documents(self) -> list[Citation]:
        """Every citation: the notice's, then the plan-level ones, then each task's in order."""
        found: list[Citation] = []
        if self.notice is not None:
            found.extend(self.notice.citations)
        found.extend(self.citations)
        for task in self.tasks:
            found.extend(task.citations)
        return found

    def excerpt(self, span: Span) -> str:
        """The source text that ``span`` covers.

        Raises:
            ValidationError: when the plan carries no source text, or ``span`` is no Span (also
                a ``ValueError``).
        """
        if not isinstance(span, Span):
            message = f"expected a Span, such as a task's span, not a {type(span).__name__}"
            raise ValidationError([Issue("span", message, span, "invalid-parameter")])
        if self.source is None:
            raise ValidationError(
                [
                    Issue(
                        "source",
                        "this plan carries no source text to take an excerpt from",
                        None,
                        "no-source-text",
                    )
                ],
                "Plan",
            )
        return self.source.excerpt(span)

    def __repr__(self) -> str:
        """A one-line summary; the whole plan is in ``model_dump()``."""
        return short_repr(
            "Plan",
            id=self.id,
            title=self.title,
            sections=len(self.sections),
            tasks=len(self.tasks),
            units=len(self.units),
            coordination_groups=len(self.coordination_groups),
            assessments=len(self.assessments),
            diagnostics=len(self.diagnostics),
        )

    # -- integrity --------------------------------------------------------------------------

    @classmethod
    def model_validate_json(cls, *args: Any, **kwargs: Any) -> Self:  # noqa: ANN401 - as pydantic's
        """Validate a JSON document into a plan; see [`Model`][rulegov.model.Model]."""
        token = _ALL_NEW.set(True)
        large = bool(args) and isinstance(args[0], str | bytes) and len(args[0]) >= _LARGE_JSON
        try:
            with collector_paused() if large else contextlib.nullcontext():
                return super().model_validate_json(*args, **kwargs)
        finally:
            _ALL_NEW.reset(token)

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:  # noqa: ANN401 - as pydantic's
        """Validate a dict into a plan; see [`Model`][rulegov.model.Model]."""
        tasks = _plain_tasks(obj)
        token = _ALL_NEW.set(tasks is not None)
        large = tasks is not None and tasks >= _LARGE_TASKS
        try:
            with collector_paused() if large else contextlib.nullcontext():
                return super().model_validate(obj, *args, **kwargs)
        finally:
            _ALL_NEW.reset(token)

    @model_validator(mode="before")
    @classmethod
    def _no_repeated_sections(cls, data: object) -> object:
        _refuse_repeated_sections(data)
        return data

    @model_validator(mode="after")
    def _printed_names(self) -> Self:
        """Give each assignment without a printed name its unit's name, in new objects.

        The objects given are never changed: a task (and the sections above it) holding such an
        assignment is replaced, in this plan's own lists, by a copy that carries the name. A plan
        read from JSON, or from plain data with no task or assignment object in it, holds only
        objects its validation made, which are named in place.
        """
        names: dict[str, str] = {}
        for unit in self.units:
            names.setdefault(unit.id, unit.name)
        if not names:
            return self
        if _ALL_NEW.get():  # every object was made by this validation: name them in place
            for task in self.tasks:
                for assignment in task.assignments:
                    if assignment.unit_name is None and assignment.unit in names:
                        assignment.unit_name = names[assignment.unit]
            return self
        sections = _named_in_sections(self.sections, names)
        if sections is not self.sections:
            self.sections[:] = typing.cast("list[Section]", sections)
        tasks = _named_in_list(self.unsectioned_tasks, names, _named_task)
        if tasks is not self.unsectioned_tasks:
            self.unsectioned_tasks[:] = typing.cast("list[Task]", tasks)
        return self

    @model_validator(mode="after")
    def _integrity(self, info: ValidationInfo) -> Self:
        index = _Index(self._ids)
        self._index_ids(index)
        # every check runs, so that a duplicate id does not hide an unknown unit behind it
        self._check_units(index)
        self._check_tasks(index)
        self._check_groups_and_assessments(index)
        self._check_dependencies(index)
        if not (info.context and info.context.get(SPANS_IN_SOURCE) is True):
            self._check_spans(index)
        if index.duplicates or index.issues:
            raise ValidationError.of([*index.duplicates, *index.issues])
        return self

    def _index_ids(self, index: _Index) -> None:
        # the usual case, every id unique, needs no paths: count the ids, and only when two
        # share one go through them again with their paths to name both places
        kind = index.kind
        kind[self.id] = "plan"
        kind.update(dict.fromkeys([unit.id for unit in self.units], "unit"))
        kind.update(
            dict.fromkeys([group.id for group in self.coordination_groups], "coordination_group")
        )
        kind.update(dict.fromkeys([item.id for item in self.assessments], "assessment"))
        sections = list(self.sections)
        tasks = list(self.unsectioned_tasks)
        for section in sections:  # grows as it goes: every section at every depth
            sections.extend(section.children)
            tasks.extend(section.tasks)
        kind.update(dict.fromkeys([section.id for section in sections], "section"))
        kind.update(dict.fromkeys([task.id for task in tasks], "task"))
        measures = [measure.id for task in tasks for measure in task.measures]
        kind.update(dict.fromkeys(measures, "measure"))
        count = 1 + len(self.units) + len(self.coordination_groups) + len(self.assessments)
        if len(kind) == count + len(sections) + len(tasks) + len(measures):
            return
        index.restart()
        for ident, what, path in self._ids():
            index.add(ident, what, path)

    def _ids(self) -> Iterator[tuple[str, str, str]]:
        """Every id in the plan with its kind and field path, in document order."""
        yield self.id, "plan", "(plan)"
        for i, unit in enumerate(self.units):
            yield unit.id, "unit", f"units[{i}]"
        for i, group in enumerate(self.coordination_groups):
            yield group.id, "coordination_group", f"coordination_groups[{i}]"
        for i, assessment in enumerate(self.assessments):
            yield assessment.id, "assessment", f"assessments[{i}]"
        for section, path, _ in _walk_sections(self.sections, "sections", ()):
            yield section.id, "section", path
        for task, path, _ in self._task_paths():
            yield task.id, "task", path
            for j, measure in enumerate(task.measures):
                yield measure.id, "measure", f"{path}.measures[{j}]"

    def _task_paths(self) -> Iterator[tuple[Task, str, tuple[str, ...]]]:
        for i, task in enumerate(self.unsectioned_tasks):
            yield task, f"unsectioned_tasks[{i}]", ()
        for section, path, chain in _walk_sections(self.sections, "sections", ()):
            for j, task in enumerate(section.tasks):
                yield task, f"{path}.tasks[{j}]", chain

    def _check_units(self, index: _Index) -> None:
        owner: dict[str, str] = {}
        for i, unit in enumerate(self.units):
            for name in unit.names:
                if owner.get(name, unit.id) != unit.id:
                    index.issues.append(
                        Issue(
                            f"units[{i}]",
                            f"the name is also a name of unit {owner[name]!r}",
                            name,
                            "duplicate-unit-name",
                            unit=unit.id,
                        )
                    )
                owner.setdefault(name, unit.id)
            index.need(unit.parent, f"units[{i}].parent", "unit")
        parents = {unit.id: unit.parent for unit in self.units}
        for i, unit in enumerate(self.units):
            seen = {unit.id}
            step = unit.parent
            while step is not None and step in parents:
                if step in seen:
                    index.issues.append(
                        Issue(
                            f"units[{i}].parent",
                            "the chain of parent units loops",
                            unit.parent,
                            "unit-parent-cycle",
                            unit=unit.id,
                        )
                    )
                    break
                seen.add(step)
                step = parents[step]
        index.need(self.issuer_unit, "issuer_unit", "unit")

    def _check_tasks(self, index: _Index) -> None:
        units = {unit.id: unit for unit in self.units}
        for task, path, chain in self._task_paths():
            expected = (*chain, task.number)
            if task.path != expected:
                index.issues.append(
                    Issue(
                        f"{path}.path",
                        f"must be the printed numbers {expected!r}",
                        task.path,
                        "task-path-mismatch",
                        task=task.id,
                    )
                )
            for j, assignment in enumerate(task.assignments):
                unit = units.get(assignment.unit)
                if unit is None or not index.is_a(assignment.unit, "unit"):
                    index.need(
                        assignment.unit, f"{path}.assignments[{j}].unit", "unit", task=task.id
                    )
                if unit is None:
                    continue
                if assignment.unit_name is not None and not unit.known_as(assignment.unit_name):
                    index.issues.append(
                        Issue(
                            f"{path}.assignments[{j}].unit_name",
                            f"is not a name of unit {unit.id!r}; add it to the unit's aliases",
                            assignment.unit_name,
                            "unknown-unit-name",
                            unit=unit.id,
                            task=task.id,
                        )
                    )
            for j, report in enumerate(task.progress):
                if report.unit is None or index.is_a(report.unit, "unit"):
                    continue
                hint = _closest_unit(self.units, report.unit)
                where = f"{path}.progress[{j}].unit"
                index.need(report.unit, where, "unit", task=task.id, hint=hint)

    def _check_groups_and_assessments(self, index: _Index) -> None:
        for i, group in enumerate(self.coordination_groups):
            where = f"coordination_groups[{i}]"
            index.need(group.committee, f"{where}.committee", "unit")
            index.need(group.convener, f"{where}.convener", "unit")
            for j, member in enumerate(group.members):
                index.need(member.unit, f"{where}.members[{j}].unit", "unit")
            for j, task in enumerate(group.tasks):
                index.need(task, f"{where}.tasks[{j}]", "task")
        wanted = {
            SubjectKind.TASK: "task",
            SubjectKind.UNIT: "unit",
            SubjectKind.COORDINATION_GROUP: "coordination_group",
            SubjectKind.PLAN: "plan",
        }
        for i, assessment in enumerate(self.assessments):
            where = f"assessments[{i}]"
            index.need(assessment.task, f"{where}.task", "task")
            for j, subject in enumerate(assessment.subjects):
                kind = wanted.get(subject.kind)
                if kind is not None:
                    index.need(subject.ref, f"{where}.subjects[{j}].ref", kind)
            for j, assessor in enumerate(assessment.assessors):
                index.need(assessor, f"{where}.assessors[{j}]", "unit", "coordination_group")

    def _check_dependencies(self, index: _Index) -> None:
        seen: set[tuple[str, str, str]] = set()
        for i, dependency in enumerate(self.dependencies):
            where = f"dependencies[{i}]"
            for end in ("predecessor", "successor"):
                index.need(
                    getattr(dependency, end),
                    f"{where}.{end}",
                    "task",
                    "assessment",
                    "measure",
                    field="node",
                )
            key = (dependency.predecessor, dependency.successor, dependency.type.value)
            if key in seen:
                index.issues.append(
                    Issue(
                        where,
                        "the same link is given twice",
                        key,
                        "duplicate-dependency",
                        node=dependency.successor,
                    )
                )
            seen.add(key)

    def _check_spans(self, index: _Index) -> None:
        if self.source is None:
            return
        limit = len(self.source.text)
        if _last_end([getattr(self, name) for name in _SPANNED]) <= limit:
            return
        for name in _SPANNED:
            for path, span in _spans(getattr(self, name), name):
                if span.end > limit:
                    index.issues.append(
                        Issue(
                            f"{path}.end",
                            f"lies beyond the source text of {limit} characters",
                            span.end,
                            "span-out-of-range",
                        )
                    )


_SPANNED = (
    "spans",
    "notice",
    "frame",
    "sections",
    "unsectioned_tasks",
    "units",
    "coordination_groups",
    "assessments",
    "dependencies",
    "citations",
    "diagnostics",
)


@attrs.frozen
class _SpanFields:
    """The fields of a model class that can hold spans, by what they hold."""

    spans: tuple[str, ...]  # a span or None
    others: tuple[str, ...]  # a model, a list or a dict of them, or None


_SPAN_FIELDS: dict[type, _SpanFields] = {}


def _may_hold_span(annotation: object) -> bool:
    """Whether a field of this type can hold a span (a model, or a container of models)."""
    if isinstance(annotation, type):
        return issubclass(annotation, Model)
    if annotation is Ellipsis:  # the tail of tuple[str, ...]
        return False
    arguments = typing.get_args(annotation)
    if not arguments:  # Any, or a type that cannot be taken apart: look inside to be sure
        return True
    return any(_may_hold_span(argument) for argument in arguments)


def _span_fields(cls: type[Model]) -> _SpanFields:
    spans: list[str] = []
    others: list[str] = []
    for name, field in cls.model_fields.items():
        if field.annotation in (Span, Span | None):
            spans.append(name)
        elif _may_hold_span(field.annotation):
            others.append(name)
    _SPAN_FIELDS[cls] = fields = _SpanFields(tuple(spans), tuple(others))
    return fields


def _last_end(values: list[object]) -> int:  # noqa: C901, PLR0912 - one pass, no call per item
    """The largest end of any span in the values (models, lists and dicts of them); 0 if none.

    The spans of a list's items that hold spans only in their own fields (measures, targets,
    assignments: most of a plan's models) are read in place, not put on the stack; a call per
    item would cost a third of the walk.
    """
    last = 0
    stack = list(values)
    while stack:
        value = stack.pop()
        held = _SPAN_FIELDS.get(type(value))
        if held is None:
            if isinstance(value, Span):
                last = max(last, value.end)
                continue
            held = _open(value, stack)
            if held is None:
                continue
        fields = value.__dict__
        for name in held.spans:
            span = fields[name]
            if span is not None and span.end > last:
                last = span.end
        for name in held.others:
            item = fields[name]
            if type(item) is not list:
                if item is not None:
                    stack.append(item)
                continue
            for element in item:
                inner = _SPAN_FIELDS.get(type(element))
                if inner is None or inner.others:
                    stack.append(element)
                    continue
                inner_fields = element.__dict__
                for inner_name in inner.spans:
                    span = inner_fields[inner_name]
                    if span is not None and span.end > last:
                        last = span.end
    return last


def _open(value: object, stack: list[object]) -> _SpanFields | None:
    """Put the items of a list or dict on the stack; for a model met first, learn its fields."""
    if isinstance(value, list):
        stack.extend(value)
    elif isinstance(value, dict):
        stack.extend(value.values())
    elif isinstance(value, Model):
        return _span_fields(type(value))
    return None


def _spans(value: object, path: str) -> Iterator[tuple[str, Span]]:
    """Every span in a value (a model, a list or a dict of them), with its field path."""
    if isinstance(value, Span):
        yield path, value
    elif isinstance(value, Model):
        for name in type(value).model_fields:
            yield from _spans(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _spans(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _spans(item, f"{path}.{key}")


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a plan's JSON form, for other tools to validate against.

    Examples:
        >>> schema = plan_json_schema()
        >>> schema["title"], "sections" in schema["properties"]
        ('Plan', True)
    """
    schema = Plan.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
