"""HTML for Jupyter: plans, sections, tasks, units and assessments as readable tables.

Jupyter calls ``_repr_html_`` to show an object; the model classes call the functions here.
Every value goes through `html.escape`; the markup carries inline styles only, with no
scripts and no external resources; the parts of a plan fold into ``<details>`` blocks, and long
lists stop after a limit with a note of how many rows were left out, so that a plan of thousands
of tasks still gives a page of bounded size.
"""

from __future__ import annotations

import datetime as dt
import enum
import html
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from rulegov.model import Diagnostics, Role
from rulegov.parse import ROLE_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from rulegov.model import (
        Assessment,
        Assignment,
        CoordinationGroup,
        Diagnostic,
        Plan,
        Section,
        Target,
        Task,
        TimeFrame,
        Unit,
    )

__all__ = [
    "BOX_STYLE",
    "MAX_ROWS",
    "MAX_TASKS",
    "MAX_TEXT",
    "Markup",
    "assessment_html",
    "box",
    "details",
    "diagnostic_html",
    "diagnostics_html",
    "escape",
    "facts",
    "group_html",
    "model_html",
    "plan_html",
    "section_html",
    "table",
    "task_html",
    "unit_html",
]

MAX_ROWS = 100
"""The most rows one table shows; the rest are counted in a note."""
MAX_TASKS = 300
"""The most task rows a plan's outline shows, over all its sections."""
MAX_TEXT = 300
"""The most characters one value shows before it is cut with an ellipsis."""

BOX_STYLE = "font-size:90%;line-height:1.4;max-width:100%;overflow-x:auto"
"""The style of the box around every rulegov object shown in Jupyter."""
_TABLE = "border-collapse:collapse;margin:4px 0"
_CELL = "text-align:left;vertical-align:top;padding:2px 8px;border-bottom:1px solid #ddd"
_HEAD = _CELL + ";font-weight:bold;border-bottom:2px solid #aaa"
_MUTED = "color:#777"
_SUMMARY = "cursor:pointer;font-weight:bold;margin:4px 0"

_ROLES = tuple(Role)  # the order of the enum: lead, responsible, cooperating, supervising
# "lead 牵头": the role's English name, then the label it is written under without 单位
_ROLE_LABELS = {role: f"{role.value} {ROLE_WORDS[role].removesuffix('单位')}" for role in _ROLES}
_COMPARATOR_SIGNS = {"eq": "=", "ge": "≥", "gt": ">", "le": "≤", "lt": "<"}


class Markup(str):
    """Text that is already HTML (built here from escaped parts): tables put it in as it is."""

    __slots__ = ()


def escape(value: object, limit: int = MAX_TEXT) -> Markup:
    """The escaped text of a value, cut at ``limit`` characters; ``None`` gives nothing.

    Examples:
        >>> escape("<script>alert(1)</script>")
        '&lt;script&gt;alert(1)&lt;/script&gt;'
        >>> escape("法治" * 200, limit=3)
        '法治法…'
    """
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    shown = str(value)
    if len(shown) > limit:
        shown = shown[:limit] + "…"
    return Markup(html.escape(shown))


def _muted(text: str) -> Markup:
    return Markup(f'<span style="{_MUTED}">{escape(text)}</span>')


def table(
    head: Sequence[str], rows: Iterable[Sequence[object]], *, limit: int = MAX_ROWS
) -> Markup:
    """An HTML table of escaped cells, showing at most ``limit`` rows and counting the rest.

    Cells that are `Markup` go in as they are; any other value is escaped.

    Examples:
        >>> html_text = table(["unit"], [["<b>"], ["区司法局"], ["区公安分局"]], limit=2)
        >>> "&lt;b&gt;" in html_text, "区公安分局" in html_text, "1 more row" in html_text
        (True, False, True)
    """
    parts = [f'<table style="{_TABLE}"><tr>']
    parts.extend(f'<th style="{_HEAD}">{escape(cell)}</th>' for cell in head)
    parts.append("</tr>")
    left_out = 0
    for index, row in enumerate(rows):
        if index >= limit:
            left_out += 1
            continue
        parts.append("<tr>")
        parts.extend(f'<td style="{_CELL}">{escape(cell)}</td>' for cell in row)
        parts.append("</tr>")
    if left_out:
        noun = "row" if left_out == 1 else "rows"
        parts.append(
            f'<tr><td colspan="{len(head)}" style="{_CELL};{_MUTED}">'
            f"… {left_out} more {noun} not shown</td></tr>"
        )
    parts.append("</table>")
    return Markup("".join(parts))


def facts(pairs: Iterable[tuple[str, object]]) -> Markup:
    """A two-column table of named facts, leaving out the empty ones.

    Examples:
        >>> "issuer" in facts([("issuer", "区依法治区办"), ("doc number", None)])
        True
    """
    rows = [
        (_muted(name), value)
        for name, value in pairs
        if value is not None and value not in ("", [])
    ]
    parts = [f'<table style="{_TABLE}">']
    for name, value in rows:
        parts.append(
            f'<tr><th style="{_CELL};font-weight:normal">{escape(name)}</th>'
            f'<td style="{_CELL}">{escape(value)}</td></tr>'
        )
    parts.append("</table>")
    return Markup("".join(parts))


def details(summary: str, body: str, *, open_: bool = False) -> Markup:
    """A ``<details>`` block: ``summary`` is escaped, ``body`` must already be HTML.

    Examples:
        >>> details("Units: 3", "<p>…</p>").startswith("<details><summary")
        True
    """
    state = " open" if open_ else ""
    return Markup(
        f'<details{state}><summary style="{_SUMMARY}">{escape(summary)}</summary>{body}</details>'
    )


def box(title: str, *parts: str) -> Markup:
    """A titled box for Jupyter: ``title`` is escaped, ``parts`` must already be HTML."""
    heading = f'<div style="font-size:115%;font-weight:bold;margin:4px 0">{escape(title)}</div>'
    return Markup(f'<div style="{BOX_STYLE}">{heading}{"".join(parts)}</div>')


def _lines(values: Iterable[object]) -> Markup:
    """Escaped values, one per line."""
    return Markup("<br>".join(escape(value) for value in values))


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {plural or noun + 's'}"


# -- pieces shared by the views ---------------------------------------------------------------


def _timeframe(timeframe: TimeFrame | None) -> str:
    """The time frame as printed, with its kind and due date: '6月底前 (deadline, due 2023-06-30)'."""
    if timeframe is None:
        return ""
    notes = [timeframe.kind.value.replace("_", " ")]
    if timeframe.frequency is not None:
        notes.append(timeframe.frequency.value.replace("_", "-"))
    if timeframe.start is not None:
        notes.append(f"from {timeframe.start.isoformat()}")
    due = timeframe.due
    if due is not None:
        notes.append(f"due {due.isoformat()}")
    note = ", ".join(notes)
    return f"{timeframe.text} ({note})" if timeframe.text else note


def _target(target: Target) -> str:
    """A target as printed, with its meaning when quantitative: '2个以上 (≥ 2 个)'."""
    if target.comparator is None or target.value is None:
        return target.text
    sign = _COMPARATOR_SIGNS[target.comparator.value]
    value = f"{target.value:g}"
    measure = f" {target.unit_of_measure}" if target.unit_of_measure else ""
    return f"{target.text} ({sign} {value}{measure})"


def _assignment(assignment: Assignment) -> str:
    name = assignment.unit_name or assignment.unit
    return f"{name} ({assignment.note})" if assignment.note else name


def _units_by_role(assignments: Sequence[Assignment]) -> Markup:
    """Each role's units on a line of their own: 'lead 牵头: 区司法局、区公安分局'."""
    lines = []
    for role in _ROLES:
        names = [_assignment(a) for a in assignments if a.role is role]
        if names:
            lines.append(f"{_muted(_ROLE_LABELS[role])} {escape('、'.join(names))}")
    return Markup("<br>".join(lines))


def _diagnostic_rows(diagnostics: Sequence[Diagnostic]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for diagnostic in diagnostics:
        place = "" if diagnostic.line is None else f"{diagnostic.line}:{diagnostic.column or 1}"
        rows.append((place, diagnostic.severity.value, diagnostic.code, diagnostic.message))
    return rows


class _Budget:
    """How many more task rows an outline may show."""

    def __init__(self, rows: int) -> None:
        self.rows = rows
        self.left_out = 0


def _task_rows(
    tasks: Sequence[Task], checks: dict[str, list[str]], budget: _Budget
) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for task in tasks:
        if budget.rows <= 0:
            budget.left_out += 1
            continue
        budget.rows -= 1
        rows.append(
            (
                task.number,
                task.title,
                _units_by_role(task.assignments),
                _timeframe(task.timeframe),
                _lines(_target(target) for target in task.targets),
                _lines(checks.get(task.id, [])),
            )
        )
    return rows


_TASK_HEAD = ("no.", "task", "units by role", "time frame", "targets", "checked by")


def _outline(
    section: Section, checks: dict[str, list[str]], budget: _Budget, *, nested: bool
) -> Markup:
    """A section's prose, its tasks as a table, and its subsections below, each with a heading."""
    parts: list[str] = []
    if nested:
        heading = f"{section.number} {section.title}".strip()
        parts.append(f'<div style="font-weight:bold;margin:6px 0 2px">{escape(heading)}</div>')
    if section.text:
        parts.append(f'<p style="margin:2px 0">{escape(section.text)}</p>')
    if section.tasks:
        rows = _task_rows(section.tasks, checks, budget)
        if rows:
            parts.append(table(_TASK_HEAD, rows, limit=len(rows)))
    parts.extend(_outline(child, checks, budget, nested=True) for child in section.children)
    return Markup("".join(parts))


# -- the views --------------------------------------------------------------------------------


def task_html(task: Task) -> Markup:
    """A task: number and title, units by role, time frame, targets, measures, citations, progress.

    Examples:
        >>> import rulegov
        >>> page = task_html(rulegov.datasets.yancheng_2023().task("4"))
        >>> "严格落实法治建设责任制" in page, "2个以上 (≥ 2 个)" in page
        (True, True)
    """
    report = task.latest_report
    progress = None
    if report is not None:
        progress = (
            f"{task.status.value.replace('_', ' ')}, {task.percent_complete:g} % on {report.on}"
        )
    pairs: list[tuple[str, object]] = [
        ("id", task.id),
        ("path", " › ".join(task.path)),
        ("units by role", _units_by_role(task.assignments)),
        ("time frame", _timeframe(task.timeframe)),
        ("targets", _lines(_target(target) for target in task.targets)),
        ("measures", _lines(f"{m.id}: {m.text}" for m in task.measures[:MAX_ROWS])),
        ("citations", _lines(f"《{c.title}》" for c in task.citations[:MAX_ROWS])),
        ("deliverables", _lines(d.title for d in task.deliverables[:MAX_ROWS])),
        ("progress", progress),
    ]
    parts = [facts(pairs)]
    if task.text:
        parts.append(details("Text", f'<p style="margin:2px 0">{escape(task.text, 2000)}</p>'))
    return box(f"task {task.number}: {task.title}", *parts)


def section_html(section: Section) -> Markup:
    """A section: its heading, prose, and the tasks under it and under its subsections.

    Examples:
        >>> import rulegov
        >>> page = section_html(rulegov.datasets.yancheng_2023().sections[1])
        >>> "着力规范涉企执法行为" in page
        True
    """
    tasks = section.all_tasks()
    pairs: list[tuple[str, object]] = [
        ("id", section.id),
        ("kind", section.kind.value.replace("_", " ")),
        ("level", section.level),
        (
            "holds",
            f"{_plural(len(tasks), 'task')}, {_plural(len(section.walk()) - 1, 'subsection')}",
        ),
    ]
    budget = _Budget(MAX_TASKS)
    body = _outline(section, {}, budget, nested=False)
    parts: list[str] = [facts(pairs), body]
    if budget.left_out:
        note = f"… {_plural(budget.left_out, 'more task')} not shown"
        parts.append(f"<p>{_muted(note)}</p>")
    title = f"{section.number} {section.title}".strip()
    return box(title, *parts)


def unit_html(unit: Unit) -> Markup:
    """A unit: its names, kind, level and parent.

    Examples:
        >>> import rulegov
        >>> "区依法治区办" in unit_html(rulegov.datasets.yancheng_2023().unit("区依法治区办"))
        True
    """
    pairs: list[tuple[str, object]] = [
        ("id", unit.id),
        ("short names", "、".join(unit.short_names)),
        ("aliases", "、".join(unit.aliases)),
        ("kind", unit.kind.value.replace("_", " ")),
        ("level", None if unit.level is None else unit.level.value),
        ("parent", unit.parent),
    ]
    return box(unit.name, facts(pairs))


# How a notebook shows a field's value, by type: numbers rounded, enumerations and dates as text,
# nested models in their one-line repr (first match wins).
_SHOWN: tuple[tuple[type, Callable[[Any], object]], ...] = (
    (float, lambda value: f"{value:.4g}"),
    (enum.Enum, lambda value: value.value),
    (dt.date, lambda value: value.isoformat()),
    (BaseModel, repr),
)


def _shown(value: object) -> object:
    """A field's value as a notebook shows it; a list shows its first items one per line."""
    if isinstance(value, list | tuple):
        return _lines(_shown(item) for item in value[:MAX_ROWS]) if value else None
    for kind, show in _SHOWN:
        if isinstance(value, kind):
            return show(value)
    return value


def model_html(model: BaseModel) -> Markup:
    """Any model as a table of its fields that are set: the display of the models without their own.

    Examples:
        >>> from rulegov import Target
        >>> page = model_html(Target(text="2个以上", comparator="ge", value=2, unit_of_measure="个"))
        >>> "2个以上" in page, "ge" in page, "<script" in page
        (True, True, False)
    """
    pairs = [(name, _shown(getattr(model, name))) for name in type(model).model_fields]
    return box(type(model).__name__, facts(pairs))


def group_html(group: CoordinationGroup) -> Markup:
    """A coordination group (协调小组): its remit, convener, members and the tasks it runs.

    Examples:
        >>> import rulegov
        >>> page = group_html(rulegov.datasets.yancheng_2023().coordination_groups[0])
        >>> "执法协调小组" in page, "t10" in page, "<script" in page
        (True, True, False)
    """
    pairs: list[tuple[str, object]] = [
        ("id", group.id),
        ("remit", group.remit),
        ("committee", group.committee),
        ("convener", group.convener),
        ("tasks", ", ".join(group.tasks)),
    ]
    parts = [facts(pairs)]
    if group.members:
        rows = [(member.unit, member.role, member.since, member.until) for member in group.members]
        parts.append(table(("member", "role", "since", "until"), rows))
    return box(group.name, *parts)


def diagnostic_html(diagnostic: Diagnostic) -> Markup:
    """One diagnostic as the table of [`diagnostics_html`][rulegov.render._html.diagnostics_html]."""
    return diagnostics_html([diagnostic])


def diagnostics_html(diagnostics: Sequence[Diagnostic]) -> Markup:
    """Diagnostics as a table: place, severity, code and message, most rows first.

    Examples:
        >>> from rulegov import Diagnostic
        >>> page = diagnostics_html([Diagnostic(code="no-units", message="no units", line=1)])
        >>> "no-units" in page, "1 diagnostic (1 warning)" in page
        (True, True)
    """
    counted = _severities(diagnostics)
    title = _plural(len(diagnostics), "diagnostic") + (f" ({counted})" if counted else "")
    rows = _diagnostic_rows(diagnostics)
    return box(title, table(("line:column", "severity", "code", "message"), rows))


def assessment_html(assessment: Assessment) -> Markup:
    """An assessment: kind, the task that calls for it, subjects, method, assessors, time frame.

    Examples:
        >>> import rulegov
        >>> page = assessment_html(rulegov.datasets.yancheng_2023().assessments[0])
        >>> "mid term evaluation" in page, "自评估和委托第三方评估相结合" in page
        (True, True)
    """
    subjects = [
        f"{s.kind.value.replace('_', ' ')}: {s.ref or s.name or ''}" for s in assessment.subjects
    ]
    pairs: list[tuple[str, object]] = [
        ("id", assessment.id),
        ("kind", assessment.kind.value.replace("_", " ")),
        ("called for by task", assessment.task),
        ("subjects", _lines(subjects[:MAX_ROWS])),
        ("method", assessment.method),
        ("assessors", "、".join(assessment.assessors)),
        ("time frame", _timeframe(assessment.timeframe)),
        ("indicators", _lines(f"{i.id}: {i.name}" for i in assessment.indicators[:MAX_ROWS])),
        ("targets", _lines(_target(target) for target in assessment.targets)),
        ("outcome", assessment.outcome),
        ("findings", _lines(assessment.findings[:MAX_ROWS])),
    ]
    return box(assessment.name, facts(pairs))


def _plan_facts(plan: Plan) -> list[tuple[str, object]]:
    issuer = plan.issuer
    if plan.issuer_unit is not None:
        full = next((u.name for u in plan.units if u.id == plan.issuer_unit), None)
        if full is not None and full != issuer:
            issuer = f"{issuer} ({full})" if issuer else full
    period = None
    if plan.period is not None:
        first, last = plan.period.start_year, plan.period.end_year
        period = str(first) if first == last else f"{first}–{last}"
    source = None
    if plan.source is not None:
        name = plan.source.name or "the text"
        source = f"{name}, {len(plan.source.text):,} characters"
    counts = [
        _plural(len(plan.walk_sections()), "section"),
        _plural(len(plan.tasks), "task"),
        _plural(len(plan.units), "unit"),
        _plural(len(plan.coordination_groups), "coordination group"),
        _plural(len(plan.assessments), "assessment"),
        _plural(len(plan.dependencies), "dependency", "dependencies"),
        _plural(len(plan.cited_documents), "citation"),
        _plural(len(plan.diagnostics), "diagnostic"),
    ]
    return [
        ("kind", plan.kind.value.replace("_", " ")),
        ("issuer", issuer),
        ("issued on", None if plan.issued_on is None else plan.issued_on.isoformat()),
        ("document number", plan.doc_number),
        ("period", period),
        ("recipients", "、".join(plan.recipients)),
        ("source", source),
        ("holds", " · ".join(counts)),
    ]


def _roles_of_units(plan: Plan) -> dict[str, dict[Role, list[str]]]:
    """For each unit id, the numbers of the tasks it holds, by role."""
    found: dict[str, dict[Role, list[str]]] = defaultdict(lambda: defaultdict(list))
    for task in plan.tasks:
        for assignment in task.assignments:
            numbers = found[assignment.unit][assignment.role]
            if task.number not in numbers:
                numbers.append(task.number)
    return found


def _units_table(plan: Plan) -> Markup:
    roles = _roles_of_units(plan)
    rows = []
    for unit in plan.units:
        held = roles.get(unit.id, {})
        tasks = [
            f"{_ROLE_LABELS[role]}: {', '.join(held[role])}" for role in _ROLES if held.get(role)
        ]
        other_names = "、".join([*unit.short_names, *unit.aliases])
        rows.append((unit.name, other_names, unit.kind.value.replace("_", " "), _lines(tasks)))
    return table(("unit", "also known as", "kind", "tasks by role"), rows)


def _groups_table(plan: Plan, numbers: dict[str, str], names: dict[str, str]) -> Markup:
    rows = [
        (
            group.name,
            group.remit,
            names.get(group.convener or "", group.convener),
            len(group.members) or "",
            ", ".join(numbers.get(task, task) for task in group.tasks),
        )
        for group in plan.coordination_groups
    ]
    return table(("group", "remit", "convener", "members", "tasks"), rows)


def _assessments_table(plan: Plan, numbers: dict[str, str]) -> Markup:
    rows = [
        (
            a.kind.value.replace("_", " "),
            a.name,
            numbers.get(a.task or "", a.task),
            a.method,
            _timeframe(a.timeframe),
        )
        for a in plan.assessments
    ]
    return table(("kind", "assessment", "task", "method", "time frame"), rows)


def _targets_table(plan: Plan) -> Markup:
    rows = [
        (task.number, _target(target), target.metric)
        for task in plan.tasks
        for target in task.targets
    ]
    return table(("task", "target", "metric"), rows)


def _citations_table(plan: Plan) -> Markup:
    rows: list[tuple[object, ...]] = []
    if plan.notice is not None:
        rows.extend(
            ("notice", f"《{c.title}》", c.doc_number, c.issuer) for c in plan.notice.citations
        )
    rows.extend(("plan", f"《{c.title}》", c.doc_number, c.issuer) for c in plan.citations)
    for task in plan.tasks:
        rows.extend(
            (f"task {task.number}", f"《{c.title}》", c.doc_number, c.issuer)
            for c in task.citations
        )
    return table(("cited in", "document", "number", "issuer"), rows)


def _dependencies_table(plan: Plan, labels: dict[str, str]) -> Markup:
    rows = []
    for link in plan.dependencies:
        lag = f"{link.lag:+g} {link.lag_time_unit.value.replace('_', ' ')}" if link.lag else ""
        rows.append(
            (
                labels.get(link.predecessor, link.predecessor),
                labels.get(link.successor, link.successor),
                f"{link.type.value} {lag}".strip(),
                link.origin.value,
                link.reason,
            )
        )
    return table(("predecessor", "successor", "link", "origin", "reason"), rows)


def _checks(plan: Plan) -> dict[str, list[str]]:
    """For each task id, the kinds of the assessments it calls for."""
    found: dict[str, list[str]] = defaultdict(list)
    for assessment in plan.assessments:
        if assessment.task is not None:
            found[assessment.task].append(assessment.kind.value.replace("_", " "))
    return found


def _labels(plan: Plan) -> dict[str, str]:
    """A short label for every task, measure and assessment id, for the dependencies table."""
    labels: dict[str, str] = {}
    for task in plan.tasks:
        labels[task.id] = f"task {task.number}"
        for measure in task.measures:
            labels[measure.id] = f"{measure.id} {measure.text}"
    for assessment in plan.assessments:
        labels[assessment.id] = f"{assessment.kind.value.replace('_', ' ')}: {assessment.name}"
    return labels


def _plan_outline(plan: Plan, open_sections: bool) -> Markup:
    checks = _checks(plan)
    budget = _Budget(MAX_TASKS)
    outline: list[str] = []
    if plan.unsectioned_tasks:
        rows = _task_rows(plan.unsectioned_tasks, checks, budget)
        outline.append(table(_TASK_HEAD, rows, limit=len(rows)))
    for section in plan.sections:
        count = len(section.all_tasks())
        heading = f"{section.number} {section.title}".strip()
        summary = f"{heading} — {_plural(count, 'task')}" if count else heading
        body = _outline(section, checks, budget, nested=False)
        outline.append(details(summary, body, open_=open_sections))
    if budget.left_out:
        note = f"… {_plural(budget.left_out, 'more task')} not shown; see plan.tasks"
        outline.append(f"<p>{_muted(note)}</p>")
    return Markup("".join(outline))


def _severities(diagnostics: Sequence[Diagnostic]) -> str:
    """How many diagnostics of each severity, most severe first: ``1 error, 2 warning``."""
    counts = Diagnostics(diagnostics).counts()
    return ", ".join(f"{count} {name}" for name, count in counts.items())


def _diagnostics_block(diagnostics: Sequence[Diagnostic]) -> Markup:
    counted = _severities(diagnostics)
    rows = _diagnostic_rows(diagnostics)
    return details(
        f"Diagnostics: {len(diagnostics)} ({counted})",
        table(("line:column", "severity", "code", "message"), rows),
    )


def plan_html(plan: Plan) -> Markup:
    """A plan: its header facts, the outline, units, groups, assessments, targets and more.

    Each part folds into a ``<details>`` block; the outline's sections are open for plans of up
    to 40 tasks. Tables stop after `MAX_ROWS` rows, the outline after `MAX_TASKS`.

    Examples:
        >>> import rulegov
        >>> page = plan_html(rulegov.datasets.yancheng_2023())
        >>> "区依法治区办" in page, "16 tasks" in page, "<script" in page
        (True, True, False)
    """
    tasks = plan.tasks
    numbers = {task.id: task.number for task in tasks}
    names = {unit.id: unit.name for unit in plan.units}
    outline = _plan_outline(plan, open_sections=len(tasks) <= 40)
    sections = _plural(len(plan.sections), "section")
    parts = [
        facts(_plan_facts(plan)),
        details(f"Outline: {sections}, {_plural(len(tasks), 'task')}", outline, open_=True),
    ]
    targets = sum(len(task.targets) for task in tasks)
    blocks: tuple[tuple[str, int, Callable[[], Markup]], ...] = (
        ("Units", len(plan.units), lambda: _units_table(plan)),
        (
            "Coordination groups",
            len(plan.coordination_groups),
            lambda: _groups_table(plan, numbers, names),
        ),
        ("Assessments", len(plan.assessments), lambda: _assessments_table(plan, numbers)),
        ("Targets", targets, lambda: _targets_table(plan)),
        ("Citations", len(plan.cited_documents), lambda: _citations_table(plan)),
        ("Dependencies", len(plan.dependencies), lambda: _dependencies_table(plan, _labels(plan))),
    )
    for name, count, render in blocks:
        if count:
            parts.append(details(f"{name}: {count}", render()))
    if plan.diagnostics:
        parts.append(_diagnostics_block(plan.diagnostics))
    return box(plan.title, *parts)
