"""The plan report: outline, units and their roles, groups, assessments, targets, citations.

Rendered as plain text for a terminal, as Markdown, or as JSON for other programs. The command
``rulegov report`` prints it; `render_report` returns it as a string.
"""

from __future__ import annotations

import html
import json
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, Any, Literal

from rulegov.model import Plan, Role, Task

if TYPE_CHECKING:
    from collections.abc import Callable

    from rulegov.evaluate import Evaluation
    from rulegov.graph import Overview

__all__ = ["ReportFormat", "appraisal_rows", "render_report", "report_data"]

ReportFormat = Literal["text", "markdown", "json", "html"]

_ROLE_ORDER = (Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING, Role.SUPERVISING)


def appraisal_rows(evaluation: Evaluation | None) -> list[dict[str, Any]]:
    """The ranking as JSON rows: rank, unit, score, display, grade, and the rule behind the grade."""
    if evaluation is None:
        return []
    return [
        {
            "rank": rank,
            "unit": unit,
            "score": score,
            "display": evaluation.display(unit),
            "grade": grade,
            "reason": evaluation.reason(unit),
        }
        for rank, unit, score, grade in evaluation.ranking()
    ]


def _task_row(plan: Plan, task: Task) -> dict[str, Any]:
    return {
        "id": task.id,
        "number": task.number,
        "title": task.title,
        "lead": task.lead_units,
        "responsible": task.responsible_units,
        "cooperating": task.cooperating_units,
        "timing": task.timeframe.kind.value if task.timeframe else None,
        "due": task.timeframe.due.isoformat() if task.timeframe and task.timeframe.due else None,
        "targets": [target.text for target in task.targets],
        "groups": [group.name for group in plan.coordination_groups if task.id in group.tasks],
        "checks": [
            assessment.kind.value for assessment in plan.assessments if assessment.task == task.id
        ],
    }


def _short(node: str, label: str) -> str:
    """A task as its number, anything else (measure, assessment) as its id."""
    return label.removeprefix("task ").split(" ", 1)[0] if label.startswith("task ") else node


def _schedule(overview: Overview | None) -> dict[str, Any] | None:
    if overview is None:
        return None
    schedule = overview.schedule
    graph = schedule.graph
    return {
        "duration": overview.duration,
        "unit": schedule.unit,
        "start": schedule.start.isoformat() if schedule.start else None,
        "finish": schedule.finish_date.isoformat() if schedule.start else None,
        "waves": [[_short(node, graph.label(node)) for node in wave] for wave in overview.waves],
        "critical_chain": [graph.label(node) for node in overview.critical_chain],
        "missed": [violation.message for violation in schedule.violations],
    }


def report_data(
    plan: Plan, evaluation: Evaluation | None = None, overview: Overview | None = None
) -> dict[str, Any]:
    """The facts of the report as plain data (what ``--format json`` prints).

    With an ``evaluation`` (of an appraisal of the plan's units), the ranking is included; with
    an ``overview`` (from [`plan_overview`][rulegov.graph.plan_overview]), the schedule's waves and
    chain.

    Examples:
        >>> import rulegov
        >>> data = report_data(rulegov.datasets.yancheng_2023())
        >>> data["counts"]["tasks"], data["sections"][0]["number"]
        (16, '一')
    """
    tasks = plan.tasks
    units = []
    for unit in plan.units:
        roles: Counter[str] = Counter()
        for task in tasks:
            for assignment in task.assignments:
                if assignment.unit == unit.id:
                    roles[assignment.role.value] += 1
        units.append(
            {
                "id": unit.id,
                "name": unit.name,
                "short_names": unit.short_names,
                "kind": unit.kind.value,
                "level": unit.level.value if unit.level else None,
                "tasks_by_role": {
                    role.value: roles[role.value] for role in _ROLE_ORDER if roles[role.value]
                },
            }
        )
    return {
        "title": plan.title,
        "kind": plan.kind.value,
        "issuer": plan.issuer,
        "issued_on": plan.issued_on.isoformat() if plan.issued_on else None,
        "doc_number": plan.doc_number,
        "recipients": plan.recipients,
        "counts": {
            "sections": len(plan.walk_sections()),
            "tasks": len(tasks),
            "units": len(plan.units),
            "coordination_groups": len(plan.coordination_groups),
            "assessments": len(plan.assessments),
            "targets": sum(len(task.targets) for task in tasks),
            "cited_documents": len(plan.cited_documents),
            "dependencies": len(plan.dependencies),
            "diagnostics": len(plan.diagnostics),
        },
        "unsectioned_tasks": [_task_row(plan, task) for task in plan.unsectioned_tasks],
        "sections": [
            {
                "number": section.number,
                "level": section.level,
                "title": section.title,
                "tasks": [_task_row(plan, task) for task in section.tasks],
            }
            for section in plan.walk_sections()
        ],
        "units": units,
        "coordination_groups": [
            {"id": group.id, "name": group.name, "tasks": group.tasks}
            for group in plan.coordination_groups
        ],
        "assessments": [
            {
                "id": assessment.id,
                "kind": assessment.kind.value,
                "name": assessment.name,
                "task": assessment.task,
                "subjects": [subject.name or subject.ref for subject in assessment.subjects],
            }
            for assessment in plan.assessments
        ],
        "cited_documents": [citation.title for citation in plan.cited_documents],
        "dependencies": [
            {
                "predecessor": dependency.predecessor,
                "successor": dependency.successor,
                "type": dependency.type.value,
                "origin": dependency.origin.value,
                "reason": dependency.reason,
            }
            for dependency in plan.dependencies
        ],
        "schedule": _schedule(overview),
        "appraisal": appraisal_rows(evaluation),
    }


def _task_number(plan: Plan, ident: str | None) -> str:
    if ident is None:
        return "-"
    for task in plan.tasks:
        if task.id == ident:
            return task.number
    return ident


def _header(data: dict[str, Any]) -> list[str]:
    out = [f"Issued by {data['issuer'] or '-'} on {data['issued_on'] or '-'}"]
    if data["doc_number"]:
        out.append(f"Document number: {data['doc_number']}")
    if data["recipients"]:
        out.append("To: " + "; ".join(data["recipients"]))
    counts = data["counts"]
    out.append(
        f"{counts['sections']} sections, {counts['tasks']} tasks, {counts['units']} units, "
        f"{counts['coordination_groups']} coordination groups, {counts['assessments']} assessments, "
        f"{counts['targets']} targets, {counts['cited_documents']} cited documents"
    )
    return out


def _task_lines(task: dict[str, Any]) -> list[str]:
    out = ["  " + _heading(task["number"], task["title"])]
    out.extend(
        f"     {role}: {', '.join(task[role])}"
        for role in ("lead", "responsible", "cooperating")
        if task[role]
    )
    if task["due"]:
        out.append(f"     due: {task['due']}")
    if task["targets"]:
        out.append(f"     targets: {'; '.join(task['targets'])}")
    if task["groups"]:
        out.append(f"     run by: {', '.join(task['groups'])}")
    if task["checks"]:
        out.append(f"     checked by: {', '.join(dict.fromkeys(task['checks']))}")
    return out


_CJK_NUMERALS = frozenset("一二三四五六七八九十百零〇")


def _heading(number: str, title: str) -> str:
    """A heading as printed: 一、 for Chinese numerals, 1. for digits, brackets as they are."""
    if not number:
        return title
    if set(number) <= _CJK_NUMERALS:
        return f"{number}、{title}"
    if number.isdigit():
        return f"{number}. {title}"
    return f"{number}{title}"


def _outline(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for task in data["unsectioned_tasks"]:
        out.extend(_task_lines(task))
    for section in data["sections"]:
        indent = "  " * (section["level"] - 1)
        out.append(indent + _heading(section["number"], section["title"]))
        for task in section["tasks"]:
            out.extend(indent + line for line in _task_lines(task))
    return out


def _units(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for unit in data["units"]:
        roles = ", ".join(f"{role} {n}" for role, n in unit["tasks_by_role"].items()) or "no task"
        short = f" ({', '.join(unit['short_names'])})" if unit["short_names"] else ""
        out.append(f"  {unit['name']}{short} [{unit['kind']}]: {roles}")
    return out


def _checking(plan: Plan, data: dict[str, Any]) -> dict[str, list[str]]:
    groups = [
        f"  {group['name']}: tasks {', '.join(_task_number(plan, i) for i in group['tasks']) or '-'}"
        for group in data["coordination_groups"]
    ]
    assessments = [
        f"  task {_task_number(plan, a['task'])}: {a['kind']}: {a['name']}"
        for a in data["assessments"]
    ]
    dependencies = [
        f"  {d['predecessor']} -> {d['successor']} ({d['type']}, {d['origin']})"
        for d in data["dependencies"]
    ]
    return {
        "Coordination groups": groups,
        "Assessments": assessments,
        "Cited documents": [f"  《{title}》" for title in data["cited_documents"]],
        "Dependencies": dependencies,
        "Appraisal (illustrative scheme and data)": _appraisal_lines(data["appraisal"]),
    }


def _appraisal_lines(rows: list[dict[str, Any]]) -> list[str]:
    """The ranking under a header line, each grade a rule moved with the rule that did."""
    if not rows:
        return []
    lines = [f"  {'rank':>4}  {'unit':<28} {'total':>8}  grade"]
    for row in rows:
        line = f"  {row['rank']!s:>4}  {row['unit']:<28} {row['display']:>8}  {row['grade'] or '-'}"
        if row.get("reason"):
            line += f"  ({row['reason']})"
        lines.append(line)
    return lines


def _schedule_lines(schedule: dict[str, Any] | None) -> list[str]:
    if schedule is None:
        return []
    span = f" from {schedule['start']} to {schedule['finish']}" if schedule["start"] else ""
    out = [f"  {schedule['duration']} {schedule['unit']}{span}"]
    out.extend(
        f"  wave {n}: {', '.join(wave)}" for n, wave in enumerate(schedule["waves"], start=1)
    )
    out.append(f"  critical chain: {' -> '.join(schedule['critical_chain'])}")
    out.extend(f"  missed: {message}" for message in schedule["missed"])
    return out


def _text(plan: Plan, data: dict[str, Any], heading: Callable[[str], str]) -> list[str]:
    out: list[str] = [heading(plan.title), "", *_header(data)]
    parts = {
        "Outline": _outline(data),
        "Units": _units(data),
        **_checking(plan, data),
        "Schedule": _schedule_lines(data["schedule"]),
    }
    parts["Appraisal (illustrative scheme and data)"] = parts.pop(
        "Appraisal (illustrative scheme and data)"
    )
    for title, lines in parts.items():
        if lines:
            out += ["", heading(title), "", *lines]
    return out


def _html(plan: Plan, evaluation: Evaluation | None, overview: Overview | None) -> str:
    """A self-contained HTML page: escaped, no scripts, no external resources."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{html.escape(plan.title)}</title></head><body>",
        plan._repr_html_(),
    ]
    if overview is not None:
        parts += ["<h2>Schedule</h2>", f"<pre>{html.escape(overview.render())}</pre>"]
    if evaluation is not None:
        parts += ["<h2>Appraisal (illustrative scheme and data)</h2>", evaluation._repr_html_()]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _underlined(title: str) -> str:
    """A heading underlined across its width in a terminal (wide characters take two columns)."""
    width = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in title)
    return f"{title}\n{'=' * width}"


def render_report(
    plan: Plan,
    fmt: ReportFormat = "text",
    evaluation: Evaluation | None = None,
    overview: Overview | None = None,
) -> str:
    """Render the plan report as ``text``, ``markdown``, ``json`` or a self-contained ``html`` page.

    An ``evaluation`` adds the appraisal ranking; an ``overview`` adds the schedule.

    Examples:
        >>> import rulegov
        >>> print(render_report(rulegov.datasets.yancheng_2023()).splitlines()[3])
        Issued by 区依法治区办 on 2023-05-10
    """
    if fmt == "html":
        return _html(plan, evaluation, overview)
    data = report_data(plan, evaluation, overview)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return "\n".join(_text(plan, data, lambda title: f"## {title}")) + "\n"
    return "\n".join(_text(plan, data, _underlined)) + "\n"
