"""The plan report: outline, units and their roles, groups, assessments, targets, citations.

Rendered as plain text for a terminal, as Markdown, or as JSON for other programs. The command
``rulegov report`` prints it; `render_report` returns it as a string.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from typing import TYPE_CHECKING, Any, Literal

from rulegov._text import day_count, display_width, plural, sections_words
from rulegov.errors import _check_kind
from rulegov.model import Plan, Role, Task
from rulegov.render._html import table
from rulegov.render._markdown import md, md_table
from rulegov.render._tracking import status_html, status_markdown, status_text

if TYPE_CHECKING:
    from collections.abc import Mapping

    from rulegov.evaluation import Evaluation
    from rulegov.graph import Overview
    from rulegov.tracking import PlanStatus

__all__ = [
    "ReportFormat",
    "appraisal_rows",
    "overview_text",
    "render_appraisal",
    "render_report",
    "render_schedule",
    "report_data",
]

ReportFormat = Literal["text", "markdown", "json", "html"]

_ROLE_ORDER = tuple(Role)  # the order of the enum: lead, responsible, cooperating, supervising


APPRAISAL_COLUMNS = ("rank", "unit", "score", "grade", "reason")
"""The columns of every table of results, in text, Markdown, HTML and JSON alike."""


def appraisal_rows(evaluation: Evaluation | None) -> list[dict[str, Any]]:
    """The ranking as JSON rows: the columns of every table of results, and two more.

    Each row has ``rank``, ``unit``, ``score`` (unrounded), ``grade`` (its key) and ``reason``
    (the rule that moved the grade, a veto, a cap or a quota), as the tables in text, Markdown
    and HTML name them, and ``display`` (the score rounded as the scheme declares: what the
    tables show) and ``label`` (the grade as the scheme prints it, 优秀, or None).

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.datasets.yancheng_2023_scheme()
        >>> data, categories = rulegov.datasets.yancheng_2023_appraisal()
        >>> rows = appraisal_rows(rulegov.evaluate(scheme, data, categories=categories))
        >>> {key: rows[2][key] for key in ("rank", "unit", "display", "grade", "label", "reason")}
        {'rank': 3, 'unit': '步凤镇', 'display': '92.93', 'grade': 'excellent', 'label': '优秀', 'reason': None}
    """
    if evaluation is not None:
        _check_kind(evaluation, "Evaluation", "evaluation", "a rulegov Evaluation")
    if evaluation is None:
        return []
    return [
        {
            "rank": rank,
            "unit": unit,
            "score": score,
            "display": evaluation.display(unit),
            "grade": grade,
            "label": evaluation.label(unit),
            "reason": evaluation.reason(unit),
        }
        for rank, unit, score, grade in evaluation.ranking()
    ]


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal columns (a Chinese character takes two)."""
    return text + " " * max(0, width - display_width(text))


def grade_cell(grade: str | None, label: str | None) -> str:
    """A grade as a table shows it: its key, and the scheme's label beside it (``excellent (优秀)``)."""
    if grade is None:
        return ""
    return f"{grade} ({label})" if label else grade


def appraisal_cells(evaluation: Evaluation) -> tuple[tuple[str, ...], list[list[str]]]:
    """The head and the cells of the table of results: rank, unit, score, grade, reason.

    The reason column is left out when no rule moved any grade.
    """
    rows = appraisal_rows(evaluation)
    reasons = any(row["reason"] for row in rows)
    head = APPRAISAL_COLUMNS if reasons else APPRAISAL_COLUMNS[:-1]
    cells = [
        [
            "" if row["rank"] is None else str(row["rank"]),
            row["unit"],
            row["display"] or "",
            grade_cell(row["grade"], row["label"]),
            row["reason"] or "",
        ][: len(head)]
        for row in rows
    ]
    return head, cells


def _task_row(plan: Plan, task: Task) -> dict[str, Any]:
    return {
        "id": task.id,
        "number": task.number,
        "title": task.title,
        "lead": task.lead_units,
        "responsible": task.responsible_units,
        "cooperating": task.cooperating_units,
        "timeframe": task.timeframe.kind.value if task.timeframe else None,
        "due": task.timeframe.due.isoformat() if task.timeframe and task.timeframe.due else None,
        "targets": [target.text for target in task.targets],
        "groups": [group.name for group in plan.coordination_groups if task.id in group.tasks],
        "checks": [
            assessment.kind.value for assessment in plan.assessments if assessment.task == task.id
        ],
    }


def _schedule(overview: Overview | None) -> dict[str, Any] | None:
    if overview is None:
        return None
    schedule = overview.schedule
    graph = schedule.graph

    def named(node: str) -> dict[str, Any]:
        row: dict[str, Any] = {"id": node, "name": graph.label(node)}
        if schedule.start is not None:
            dates = schedule.dates(node)
            row["start"], row["finish"] = dates.start.isoformat(), dates.finish.isoformat()
        row["slack"] = schedule.total_slack[node]
        return row

    return {
        "duration": overview.duration,
        "time_unit": schedule.time_unit,
        "duration_text": day_count(overview.duration, working=schedule.calendar is not None),
        "start": schedule.start.isoformat() if schedule.start else None,
        "finish": schedule.finish_date.isoformat() if schedule.start else None,
        "waves": [[named(node) for node in wave] for wave in overview.waves],
        "critical_chain": [named(node) for node in overview.critical_chain],
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
    from rulegov.graph import node_names  # noqa: PLC0415 - the graph layer names the nodes

    names = node_names(plan)
    return {
        "title": plan.title,
        "kind": plan.kind.value,
        "issuer": plan.issuer,
        "issued_on": plan.issued_on.isoformat() if plan.issued_on else None,
        "doc_number": plan.doc_number,
        "recipients": plan.recipients,
        "counts": _plan_counts(plan),
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
        "units": _unit_rows(plan),
        "coordination_groups": [
            {
                "id": group.id,
                "name": group.name,
                "tasks": group.tasks,
                "task_names": [names.get(task, task) for task in group.tasks],
            }
            for group in plan.coordination_groups
        ],
        "assessments": [
            {
                "id": assessment.id,
                "kind": assessment.kind.value,
                "name": assessment.name,
                "task": assessment.task,
                "task_name": names.get(assessment.task) if assessment.task else None,
                "subjects": [subject.name or subject.ref for subject in assessment.subjects],
            }
            for assessment in plan.assessments
        ],
        "cited_documents": [citation.title for citation in plan.cited_documents],
        "dependencies": _dependency_rows(plan, names),
        "schedule": _schedule(overview),
        "appraisal": appraisal_rows(evaluation),
        "appraisal_scheme": (evaluation.scheme.name or evaluation.scheme.id)
        if evaluation
        else None,
    }


def _plan_counts(plan: Plan) -> dict[str, int]:
    """How many sections, tasks, units, groups, assessments... the plan holds."""
    tasks = plan.tasks
    return {
        "sections": len(plan.walk_sections()),
        "top_level_sections": len(plan.sections),
        "tasks": len(tasks),
        "units": len(plan.units),
        "coordination_groups": len(plan.coordination_groups),
        "assessments": len(plan.assessments),
        "targets": sum(len(task.targets) for task in tasks),
        "cited_documents": len(plan.cited_documents),
        "dependencies": len(plan.dependencies),
        "diagnostics": len(plan.diagnostics),
    }


def _unit_rows(plan: Plan) -> list[dict[str, Any]]:
    """Each unit of the plan, with how many tasks it has in each role it has."""
    rows = []
    for unit in plan.units:
        roles: Counter[str] = Counter()
        for task in plan.tasks:
            for assignment in task.assignments:
                if assignment.unit == unit.id:
                    roles[assignment.role.value] += 1
        rows.append(
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
    return rows


def _dependency_rows(plan: Plan, names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Each dependency of the plan, its two ends named as ``names`` name them."""
    return [
        {
            "predecessor": dependency.predecessor,
            "successor": dependency.successor,
            "predecessor_name": names.get(dependency.predecessor, dependency.predecessor),
            "successor_name": names.get(dependency.successor, dependency.successor),
            "type": dependency.type.value,
            "origin": dependency.origin.value,
            "reason": dependency.reason,
        }
        for dependency in plan.dependencies
    ]


def _counts(data: dict[str, Any]) -> str:
    counts = data["counts"]
    parts = [
        sections_words(counts["top_level_sections"], counts["sections"]),
        plural(counts["tasks"], "task"),
        plural(counts["units"], "unit"),
        plural(counts["coordination_groups"], "coordination group"),
        plural(counts["assessments"], "assessment"),
        plural(counts["targets"], "target"),
        plural(counts["cited_documents"], "cited document"),
    ]
    return ", ".join(parts)


def _header(data: dict[str, Any]) -> list[str]:
    out = [f"Issued by {data['issuer'] or '-'} on {data['issued_on'] or '-'}"]
    if data["doc_number"]:
        out.append(f"Document number: {data['doc_number']}")
    if data["recipients"]:
        out.append("To: " + "; ".join(data["recipients"]))
    out.append(_counts(data))
    return out


def _task_facts(task: dict[str, Any]) -> list[str]:
    """The facts under a task, as ``name: value`` lines."""
    out = [
        f"{role}: {', '.join(task[role])}"
        for role in ("lead", "responsible", "cooperating")
        if task[role]
    ]
    if task["due"]:
        out.append(f"due: {task['due']}")
    if task["targets"]:
        out.append(f"targets: {'; '.join(task['targets'])}")
    if task["groups"]:
        out.append(f"run by: {', '.join(task['groups'])}")
    if task["checks"]:
        kinds = dict.fromkeys(kind.replace("_", " ") for kind in task["checks"])
        out.append(f"checked by: {', '.join(kinds)}")
    return out


_CJK_NUMERALS = frozenset("一二三四五六七八九十百零〇")


def _heading(number: str, title: str) -> str:
    """A heading as printed: 一、 for Chinese numerals, 1. for digits, brackets as they are."""
    if not number:
        return title
    if set(number) <= _CJK_NUMERALS:
        return f"{number}、{title}"
    if number.isdecimal():
        return f"{number}. {title}"
    return f"{number}{title}"


def _outline_items(data: dict[str, Any]) -> list[tuple[int, str, list[str] | None]]:
    """The outline as (depth, heading, facts): tasks with their facts, sections with None."""
    items: list[tuple[int, str, list[str] | None]] = [
        (0, _heading(task["number"], task["title"]), _task_facts(task))
        for task in data["unsectioned_tasks"]
    ]
    for section in data["sections"]:
        depth = section["level"] - 1
        items.append((depth, _heading(section["number"], section["title"]), None))
        items.extend(
            (depth + 1, _heading(task["number"], task["title"]), _task_facts(task))
            for task in section["tasks"]
        )
    return items


def _roles(unit: dict[str, Any]) -> str:
    return ", ".join(f"{role} {n}" for role, n in unit["tasks_by_role"].items()) or "no task"


# -- text -----------------------------------------------------------------------------------


def _text_outline(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for depth, heading, facts in _outline_items(data):
        if facts is None:  # a section
            out.append("  " * depth + heading)
            continue
        indent = "  " * max(depth, 1)  # tasks stand indented, in a section or not
        out.append(indent + heading)
        out.extend(f"{indent}   {fact}" for fact in facts)
    return out


def _text_sections(data: dict[str, Any]) -> dict[str, list[str]]:
    units = []
    for unit in data["units"]:
        short = f" ({', '.join(unit['short_names'])})" if unit["short_names"] else ""
        units.append(f"  {unit['name']}{short} [{unit['kind']}]: {_roles(unit)}")
    groups: list[str] = []
    for group in data["coordination_groups"]:
        groups.append(f"  {group['name']}:" + ("" if group["task_names"] else " no task"))
        groups.extend(f"    {name}" for name in group["task_names"])
    assessments = [
        f"  {a['kind'].replace('_', ' ')}: {a['name']}"
        + (f" (task {a['task_name']})" if a["task_name"] else "")
        for a in data["assessments"]
    ]
    dependencies = [
        f"  {d['predecessor_name']} -> {d['successor_name']} ({d['type']}, {d['origin']})"
        for d in data["dependencies"]
    ]
    return {
        "Outline": _text_outline(data),
        "Units": units,
        "Coordination groups": groups,
        "Assessments": assessments,
        "Cited documents": [f"  《{title}》" for title in data["cited_documents"]],
        "Dependencies": dependencies,
        "Schedule": _text_schedule(data["schedule"]),
        _appraisal_title(data["appraisal_scheme"]): _appraisal_lines(data["appraisal"]),
    }


def _appraisal_title(scheme: str | None) -> str:
    """The appraisal section's heading names its scheme (the bundled one says 示例)."""
    return f"Appraisal: {scheme}" if scheme else "Appraisal"


def _appraisal_lines(rows: list[dict[str, Any]]) -> list[str]:
    """The ranking under a header line, each grade a rule moved with the rule that did."""
    if not rows:
        return []
    units = max([28, *(display_width(row["unit"]) for row in rows)])
    grades = [grade_cell(row["grade"], row["label"]) or "-" for row in rows]
    width = max([5, *(display_width(grade) for grade in grades)])
    rank, unit, score, grade, reason = APPRAISAL_COLUMNS
    head = f"  {rank:>4}  {pad(unit, units)} {score:>8}  {pad(grade, width)}"
    lines = [f"{head}  {reason}" if any(row["reason"] for row in rows) else head.rstrip()]
    for row, shown in zip(rows, grades, strict=True):
        line = (
            f"  {row['rank']!s:>4}  {pad(row['unit'], units)} {row['display']:>8}  "
            f"{pad(shown, width)}  {row['reason'] or ''}"
        )
        lines.append(line.rstrip())
    return lines


def _span(schedule: dict[str, Any]) -> str:
    span = f" from {schedule['start']} to {schedule['finish']}" if schedule["start"] else ""
    return f"{schedule['duration_text']}{span}"


def _text_schedule(schedule: dict[str, Any] | None) -> list[str]:
    if schedule is None:
        return []
    out = [f"  {_span(schedule)}"]
    for number, wave in enumerate(schedule["waves"], start=1):
        out.append(f"  wave {number}:")
        out.extend(f"    {node['name']}{_when(node)}" for node in wave)
    chain = " -> ".join(node["name"] for node in schedule["critical_chain"])
    out.append(f"  critical chain: {chain}")
    out.extend(f"  missed: {message}" for message in schedule["missed"])
    return out


def _when(node: dict[str, Any]) -> str:
    return f" ({node['start']} to {node['finish']})" if "start" in node else ""


def _underlined(title: str) -> str:
    """A heading underlined across its width in a terminal (wide characters take two columns)."""
    return f"{title}\n{'=' * display_width(title)}"


def _text(plan: Plan, data: dict[str, Any]) -> str:
    out: list[str] = [_underlined(plan.title), "", *_header(data)]
    for title, lines in _text_sections(data).items():
        if lines:
            out += ["", _underlined(title), "", *lines]
    return "\n".join(out) + "\n"


# -- Markdown --------------------------------------------------------------------------------


def _md_outline(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for depth, heading, facts in _outline_items(data):
        indent = "  " * depth
        if facts is None:  # a section, in bold
            out.append(f"{indent}- **{md(heading)}**")
            continue
        out.append(f"{indent}- {md(heading)}")
        out.extend(f"{indent}  - {md(fact)}" for fact in facts)
    return out


def _schedule_table(schedule: dict[str, Any]) -> tuple[list[str], list[list[object]]]:
    """The schedule as a header and rows: each item's wave, name, dates (when dated) and slack."""
    dated = schedule["start"] is not None
    head = ["wave", "task, measure or assessment"]
    slack = f"slack ({schedule['time_unit']})"
    head += ["start", "finish", slack] if dated else [slack]
    rows: list[list[object]] = []
    for number, wave in enumerate(schedule["waves"], start=1):
        for node in wave:
            dates = [node["start"], node["finish"]] if dated else []
            rows.append([number, node["name"], *dates, node["slack"]])
    return head, rows


def _md_schedule(schedule: dict[str, Any] | None) -> list[str]:
    if schedule is None:
        return []
    head, rows = _schedule_table(schedule)
    chain = " → ".join(md(node["name"]) for node in schedule["critical_chain"])
    out = [md(_span(schedule)), "", *md_table(head, rows), "", f"Critical chain: {chain}"]
    if schedule["missed"]:
        out += ["", "Missed deadlines:", ""]
        out.extend(f"- {md(message)}" for message in schedule["missed"])
    return out


def _markdown(plan: Plan, data: dict[str, Any], evaluation: Evaluation | None) -> str:
    header = _header(data)
    out = [f"# {md(plan.title)}", "", *(f"- {md(line)}" for line in header)]
    units = [
        [unit["name"], "、".join(unit["short_names"]), unit["kind"].replace("_", " "), _roles(unit)]
        for unit in data["units"]
    ]
    groups = [
        [group["name"], "; ".join(group["task_names"]) or "-"]
        for group in data["coordination_groups"]
    ]
    assessments = [
        [a["task_name"] or "-", a["kind"].replace("_", " "), a["name"]] for a in data["assessments"]
    ]
    dependencies = [
        [d["predecessor_name"], d["successor_name"], d["type"], d["origin"]]
        for d in data["dependencies"]
    ]
    parts: dict[str, list[str]] = {
        "Outline": _md_outline(data),
        "Units": md_table(["unit", "short names", "kind", "tasks by role"], units) if units else [],
        "Coordination groups": md_table(["group", "tasks"], groups) if groups else [],
        "Assessments": md_table(["task", "kind", "assessment"], assessments) if assessments else [],
        "Cited documents": [f"- 《{md(title)}》" for title in data["cited_documents"]],
        "Dependencies": md_table(["predecessor", "successor", "type", "origin"], dependencies)
        if dependencies
        else [],
        "Schedule": _md_schedule(data["schedule"]),
        _appraisal_title(data["appraisal_scheme"]): render_appraisal(evaluation).splitlines()
        if evaluation
        else [],
    }
    for title, lines in parts.items():
        if lines:
            out += ["", f"## {title}", "", *lines]
    return "\n".join(out) + "\n"


# -- HTML ------------------------------------------------------------------------------------


def _html_schedule(data: dict[str, Any]) -> str:
    """The schedule as a table with a header: each node's wave, name, dates and slack."""
    schedule = data["schedule"]
    head, rows = _schedule_table(schedule)
    chain = " → ".join(node["name"] for node in schedule["critical_chain"])
    parts = [
        f"<p>{html.escape(_span(schedule))}</p>",
        table(head, rows, limit=max(len(rows), 1)),
        f"<p>Critical chain: {html.escape(chain)}</p>",
    ]
    parts.extend(f"<p>Missed: {html.escape(message)}</p>" for message in schedule["missed"])
    return "\n".join(parts)


def _html(plan: Plan, data: dict[str, Any], evaluation: Evaluation | None) -> str:
    """A self-contained HTML page: escaped, no scripts, no external resources."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{html.escape(plan.title)}</title></head><body>",
        plan._repr_html_(),
    ]
    if data["schedule"] is not None:
        parts += ["<h2>Schedule</h2>", _html_schedule(data)]
    if evaluation is not None:
        title = _appraisal_title(data["appraisal_scheme"])
        parts += [f"<h2>{html.escape(title)}</h2>", evaluation._repr_html_()]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render_schedule(overview: Overview, fmt: Literal["text", "markdown"] = "text") -> str:
    """The schedule of a plan in its own words: duration, each wave's items with dates, the chain.

    Examples:
        >>> import rulegov
        >>> from rulegov.graph import plan_overview
        >>> plan = rulegov.datasets.yancheng_2023()
        >>> print(render_schedule(plan_overview(plan)).splitlines()[-1])
        critical chain: 4 › 党政主要负责人履行推进法治建设第一责任人职责年终述职 -> 4 › 纳入法治建设考核指标体系
    """
    _check_kind(
        overview, "Overview", "overview", "a rulegov Overview (from rulegov.graph.plan_overview)"
    )
    schedule = _schedule(overview)
    if schedule is None:  # pragma: no cover - an overview always has a schedule
        return ""
    if fmt == "markdown":
        return "\n".join(_md_schedule(schedule)) + "\n"
    out = [f"duration: {schedule['duration_text']}"]
    if schedule["finish"]:
        out.append(f"finish: {schedule['finish']}")
    out.extend(line.removeprefix("  ") for line in _text_schedule(schedule)[1:])
    return "\n".join(out) + "\n"


def overview_text(overview: Overview) -> str:
    """Plain text lines: the duration, each wave, the critical chain (with any deadlines missed).

    Examples:
        >>> import rulegov
        >>> from rulegov.graph import plan_overview
        >>> print(overview_text(plan_overview(rulegov.datasets.yancheng_2023())).splitlines()[0])
        duration: 241 days
    """
    schedule = overview.schedule
    graph = schedule.graph
    lines = [f"duration: {day_count(overview.duration, working=schedule.calendar is not None)}"]
    if schedule.start is not None:
        lines.append(f"finish: {schedule.finish_date.isoformat()}")
    for number, wave in enumerate(overview.waves, start=1):
        lines.append(f"wave {number}: " + "; ".join(graph.label(node) for node in wave))
    lines.append("critical chain: " + " -> ".join(graph.label(n) for n in overview.critical_chain))
    lines.extend(f"missed: {v.message}" for v in schedule.violations)
    return "\n".join(lines)


def render_appraisal(evaluation: Evaluation) -> str:
    """The ranking as a Markdown table with a header row: rank, unit, score, grade and reason.

    The grade shows the scheme's label beside its key (``excellent (优秀)``) where the scheme
    gives one; the reason names the rule that moved it (a veto, a cap, a quota).

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.datasets.yancheng_2023_scheme()
        >>> data, categories = rulegov.datasets.yancheng_2023_appraisal()
        >>> table = render_appraisal(rulegov.evaluate(scheme, data, categories=categories))
        >>> print(table.splitlines()[2])
        | 1 | 区司法局 | 100.49 | fail (不合格) | veto 'major-incident' (...): force 'fail' |
    """
    _check_kind(evaluation, "Evaluation", "evaluation", "a rulegov Evaluation")
    rows = [
        [
            row["rank"],
            row["unit"],
            row["display"],
            grade_cell(row["grade"], row["label"]) or "-",
            row["reason"] or "",
        ]
        for row in appraisal_rows(evaluation)
    ]
    return "\n".join(md_table(APPRAISAL_COLUMNS, rows)) + "\n"


def render_report(
    plan: Plan,
    fmt: ReportFormat = "text",
    evaluation: Evaluation | None = None,
    overview: Overview | None = None,
    status: PlanStatus | None = None,
) -> str:
    """Render the plan report as ``text``, ``markdown``, ``json`` or a self-contained ``html`` page.

    An ``evaluation`` adds the appraisal ranking; an ``overview`` adds the schedule; a
    ``status`` (from ``rulegov.status``) adds where each task stands on its date (督办). The
    Markdown uses lists for the outline and pipe tables with header rows, as Git forges and
    Jupyter render them.

    Examples:
        >>> import rulegov
        >>> print(render_report(rulegov.datasets.yancheng_2023()).splitlines()[3])
        Issued by 区依法治区办 on 2023-05-10
        >>> print(render_report(rulegov.datasets.yancheng_2023(), "markdown").splitlines()[0])
        # 中共盐城经济技术开发区工委全面依法治区委员会办公室2023年工作计划
    """
    _check_kind(plan, "Plan", "plan", "a rulegov Plan")
    if evaluation is not None:
        _check_kind(evaluation, "Evaluation", "evaluation", "a rulegov Evaluation")
    if overview is not None:
        _check_kind(
            overview,
            "Overview",
            "overview",
            "a rulegov Overview (from rulegov.graph.plan_overview)",
        )
    if status is not None:
        _check_kind(status, "PlanStatus", "status", "a rulegov PlanStatus (from rulegov.status)")
    data = report_data(plan, evaluation, overview)
    if fmt == "json":
        if status is not None:
            data["status"] = {
                "as_of": status.as_of.isoformat(),
                "counts": {state.value: count for state, count in status.counts().items()},
                "items": status.rows(),
            }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        page = _html(plan, data, evaluation)
        if status is None:
            return page
        section = f"<h2>{_STATUS} {status.as_of.isoformat()}</h2>\n{status_html(status)}\n"
        return page.replace("</body></html>", section + "</body></html>")
    if fmt == "markdown":
        page = _markdown(plan, data, evaluation)
        return page if status is None else page + "\n" + status_markdown(status)
    page = _text(plan, data)
    if status is None:
        return page
    heading = _underlined(f"{_STATUS} {status.as_of.isoformat()}")
    body = status_text(status).split("\n", 2)[
        2
    ]  # its own title line and blank line are the heading
    return f"{page}\n{heading}\n\n{body}"


_STATUS = "Status as of"
