"""Plain tables of plans, schedules and evaluations, and their pandas and Arrow forms.

[`tables`][rulegov.io.tables] turns a plan into rows of plain values (strings, numbers, dates, lists
of strings) under stable column names, one table per kind of thing: ``tasks``, ``assignments``,
``units``, ``assessments``, ``targets``, ``dependencies``. [`to_pandas`][rulegov.io.to_pandas] and
[`to_arrow`][rulegov.io.to_arrow] give the same rows (and those of a
[`Schedule`][rulegov.graph.Schedule] or a [`Evaluation`][rulegov.Evaluation]) as a DataFrame or an
Arrow table with fixed types: dates as ``date32``, measured numbers as ``float64``, counts and day
numbers as ``int64``, ids and names as strings. Every table carries the plan's id, so that tables of
many plans stack.

Examples:
    >>> import rulegov
    >>> from rulegov.io import tables
    >>> rows = tables(rulegov.datasets.yancheng_2023())
    >>> task, assignment = rows["tasks"][3], rows["assignments"][0]
    >>> task["number"], task["timeframe_kind"]
    ('4', 'ongoing')
    >>> assignment["role"], assignment["unit_id"]
    ('lead', 'u-office')
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from rulegov.errors import Issue, ValidationError, _check_kind
from rulegov.io._extras import optional_module
from rulegov.model import Plan

if TYPE_CHECKING:
    from rulegov.evaluation import Evaluation
    from rulegov.graph import Schedule
    from rulegov.model import Citation, Target, TimeFrame

__all__ = ["COLUMNS", "arrow_schema", "tables", "to_arrow", "to_pandas"]

Row = dict[str, Any]

# Each table's columns and their types: str, date, float, int, bool, list (of str).
COLUMNS: dict[str, dict[str, str]] = {
    "plans": {
        "plan_id": "str",
        "source": "str",
        "title": "str",
        "kind": "str",
        "issuer": "str",
        "issued_on": "date",
        "doc_number": "str",
        "recipients": "list",
        "period_start": "int",
        "period_end": "int",
        "section_count": "int",
        "task_count": "int",
        "unit_count": "int",
        "group_count": "int",
        "assessment_count": "int",
        "diagnostic_count": "int",
    },
    "tasks": {
        "plan_id": "str",
        "task_id": "str",
        "number": "str",
        "path": "str",
        "section_id": "str",
        "section_title": "str",
        "title": "str",
        "measure_count": "int",
        "timeframe_kind": "str",
        "timeframe_text": "str",
        "on": "date",
        "start": "date",
        "end": "date",
        "due": "date",
        "frequency": "str",
        "status": "str",
        "percent_complete": "float",
        "lead_units": "list",
        "responsible_units": "list",
        "cooperating_units": "list",
        "supervising_units": "list",
        "target_count": "int",
        "citation_count": "int",
    },
    "assignments": {
        "plan_id": "str",
        "task_id": "str",
        "task_number": "str",
        "unit_id": "str",
        "unit_name": "str",
        "printed_name": "str",
        "role": "str",
        "note": "str",
    },
    "units": {
        "plan_id": "str",
        "unit_id": "str",
        "name": "str",
        "short_names": "list",
        "aliases": "list",
        "kind": "str",
        "level": "str",
        "parent": "str",
        "task_count": "int",
        "lead_count": "int",
    },
    "assessments": {
        "plan_id": "str",
        "assessment_id": "str",
        "kind": "str",
        "name": "str",
        "task_id": "str",
        "method": "str",
        "subjects": "list",
        "assessors": "list",
        "timeframe_kind": "str",
        "due": "date",
        "indicator_count": "int",
        "target_count": "int",
        "outcome": "str",
    },
    "targets": {
        "plan_id": "str",
        "task_id": "str",
        "assessment_id": "str",
        "metric": "str",
        "comparator": "str",
        "value": "float",
        "unit_of_measure": "str",
        "direction": "str",
        "quantitative": "bool",
        "text": "str",
    },
    "citations": {
        "plan_id": "str",
        "task_id": "str",
        "title": "str",
        "doc_number": "str",
        "issuer": "str",
    },
    "groups": {
        "plan_id": "str",
        "group_id": "str",
        "name": "str",
        "convener": "str",
        "members": "list",
        "task_ids": "list",
    },
    "diagnostics": {
        "plan_id": "str",
        "source": "str",
        "severity": "str",
        "code": "str",
        "message": "str",
        "line": "int",
        "column": "int",
    },
    "dependencies": {
        "plan_id": "str",
        "predecessor": "str",
        "successor": "str",
        "type": "str",
        "lag": "int",
        "lag_time_unit": "str",
        "origin": "str",
        "reason": "str",
    },
    "schedule": {
        "node": "str",
        "label": "str",
        "kind": "str",
        "duration": "int",
        "early_start": "int",
        "early_finish": "int",
        "late_start": "int",
        "late_finish": "int",
        "total_slack": "int",
        "free_slack": "int",
        "critical": "bool",
        "finished": "bool",
        "driving_predecessor": "str",
        "start_date": "date",
        "finish_date": "date",
        "late_start_date": "date",
        "late_finish_date": "date",
    },
    "evaluation": {
        "unit": "str",
        "category": "str",
        "node": "str",
        "name": "str",
        "parent": "str",
        "depth": "int",
        "score": "float",
        "rank": "int",
        "total": "float",
        "total_rank": "int",
        "grade": "str",
    },
}
"""The columns of every table, in order, with their types (``str``, ``date``, ``float``,
``int``, ``bool``, ``list`` of strings)."""

PLAN_TABLES = (
    "plans",
    "tasks",
    "assignments",
    "units",
    "assessments",
    "targets",
    "dependencies",
    "citations",
    "groups",
    "diagnostics",
)


def _timeframe(timeframe: TimeFrame | None) -> Row:
    if timeframe is None:
        return {"timeframe_kind": None, "timeframe_text": None, "on": None, "start": None,
                "end": None, "due": None, "frequency": None}  # fmt: skip
    return {
        "timeframe_kind": timeframe.kind.value,
        "timeframe_text": timeframe.text,
        "on": timeframe.on,
        "start": timeframe.start,
        "end": timeframe.end,
        "due": timeframe.due,
        "frequency": None if timeframe.frequency is None else timeframe.frequency.value,
    }


def _target_row(plan_id: str, target: Target, task: str | None, assessment: str | None) -> Row:
    return {
        "plan_id": plan_id,
        "task_id": task,
        "assessment_id": assessment,
        "metric": target.metric,
        "comparator": None if target.comparator is None else target.comparator.value,
        "value": target.value,
        "unit_of_measure": target.unit_of_measure,
        "direction": target.direction.value,
        "quantitative": target.is_quantitative,
        "text": target.text,
    }


def _task_rows(plan: Plan) -> tuple[list[Row], list[Row], list[Row]]:
    sections: dict[str, tuple[str, str]] = {}
    for section in plan.walk_sections():
        for task in section.tasks:
            sections[task.id] = (section.id, section.title)
    names = {unit.id: unit.name for unit in plan.units}
    tasks: list[Row] = []
    assignments: list[Row] = []
    targets: list[Row] = []
    for task in plan.tasks:
        section_id, section_title = sections.get(task.id, (None, None))
        tasks.append(
            {
                "plan_id": plan.id,
                "task_id": task.id,
                "number": task.number,
                "path": "/".join(task.path),
                "section_id": section_id,
                "section_title": section_title,
                "title": task.title,
                "measure_count": len(task.measures),
                **_timeframe(task.timeframe),
                "status": task.status.value,
                "percent_complete": task.percent_complete,
                "lead_units": task.unit_ids("lead"),
                "responsible_units": task.unit_ids("responsible"),
                "cooperating_units": task.unit_ids("cooperating"),
                "supervising_units": task.unit_ids("supervising"),
                "target_count": len(task.targets),
                "citation_count": len(task.citations),
            }
        )
        assignments.extend(
            {
                "plan_id": plan.id,
                "task_id": task.id,
                "task_number": task.number,
                "unit_id": assignment.unit,
                "unit_name": names.get(assignment.unit),
                "printed_name": assignment.unit_name,
                "role": assignment.role.value,
                "note": assignment.note,
            }
            for assignment in task.assignments
        )
        targets.extend(_target_row(plan.id, target, task.id, None) for target in task.targets)
    return tasks, assignments, targets


def tables(plan: Plan) -> dict[str, list[dict[str, Any]]]:
    """The plan as plain rows, one list per table, with the columns listed in the formats guide.

    The tables: ``plans`` (one row), ``tasks``, ``assignments``, ``units``, ``assessments``,
    ``targets``, ``dependencies``, ``citations``, ``groups`` and ``diagnostics`` (their columns
    are listed in ``docs/formats.md``). The unit columns of ``tasks`` hold unit ids;
    ``assignments`` holds one row per unit and role. Every row carries the plan's id.

    Examples:
        >>> import rulegov
        >>> rows = tables(rulegov.datasets.yancheng_2023())
        >>> first, *_ = rows["targets"]
        >>> len(rows), len(rows["tasks"]), first["value"], rows["plans"][0]["task_count"]
        (10, 16, 2.0, 16)
    """
    _check_kind(plan, "Plan", "plan", "a rulegov Plan")
    tasks, assignments, targets = _task_rows(plan)
    assessments, assessment_targets = _assessment_rows(plan)
    targets.extend(assessment_targets)
    return {
        "plans": [_plan_row(plan)],
        "tasks": tasks,
        "assignments": assignments,
        "units": _unit_rows(plan, assignments),
        "assessments": assessments,
        "targets": targets,
        "dependencies": _dependency_rows(plan),
        "citations": _citation_rows(plan),
        "groups": [
            {
                "plan_id": plan.id,
                "group_id": group.id,
                "name": group.name,
                "convener": group.convener,
                "members": [member.unit for member in group.members],
                "task_ids": list(group.tasks),
            }
            for group in plan.coordination_groups
        ],
        "diagnostics": [
            {
                "plan_id": plan.id,
                "source": plan.source.name if plan.source is not None else None,
                "severity": diagnostic.severity.value,
                "code": diagnostic.code,
                "message": diagnostic.message,
                "line": diagnostic.line,
                "column": diagnostic.column,
            }
            for diagnostic in plan.diagnostics
        ],
    }


def _unit_rows(plan: Plan, assignments: list[Row]) -> list[Row]:
    """The ``units`` table: each unit, with how many tasks it is in (of ``assignments``) and leads."""
    involved: dict[str, set[str]] = {}
    leading: dict[str, set[str]] = {}
    for row in assignments:
        involved.setdefault(row["unit_id"], set()).add(row["task_id"])
        if row["role"] == "lead":
            leading.setdefault(row["unit_id"], set()).add(row["task_id"])
    return [
        {
            "plan_id": plan.id,
            "unit_id": unit.id,
            "name": unit.name,
            "short_names": list(unit.short_names),
            "aliases": list(unit.aliases),
            "kind": unit.kind.value,
            "level": None if unit.level is None else unit.level.value,
            "parent": unit.parent,
            "task_count": len(involved.get(unit.id, ())),
            "lead_count": len(leading.get(unit.id, ())),
        }
        for unit in plan.units
    ]


def _assessment_rows(plan: Plan) -> tuple[list[Row], list[Row]]:
    """The ``assessments`` table, and the ``targets`` rows of the assessments' own targets."""
    assessments: list[Row] = []
    targets: list[Row] = []
    for assessment in plan.assessments:
        timeframe = _timeframe(assessment.timeframe)
        assessments.append(
            {
                "plan_id": plan.id,
                "assessment_id": assessment.id,
                "kind": assessment.kind.value,
                "name": assessment.name,
                "task_id": assessment.task,
                "method": assessment.method,
                "subjects": [s.ref or s.name or s.kind.value for s in assessment.subjects],
                "assessors": list(assessment.assessors),
                "timeframe_kind": timeframe["timeframe_kind"],
                "due": timeframe["due"],
                "indicator_count": sum(len(i.walk()) for i in assessment.indicators),
                "target_count": len(assessment.targets),
                "outcome": assessment.outcome,
            }
        )
        targets.extend(
            _target_row(plan.id, target, assessment.task, assessment.id)
            for target in assessment.targets
        )
    return assessments, targets


def _dependency_rows(plan: Plan) -> list[Row]:
    """The ``dependencies`` table: each link's fields in the order of its columns."""
    fields = list(COLUMNS["dependencies"])[1:]  # after plan_id, the link's own fields in order
    dependencies = []
    for link in plan.dependencies:
        dumped = link.model_dump(mode="json")
        dependencies.append({"plan_id": plan.id, **{name: dumped[name] for name in fields}})
    return dependencies


def _plan_row(plan: Plan) -> Row:
    return {
        "plan_id": plan.id,
        "source": plan.source.name if plan.source is not None else None,
        "title": plan.title,
        "kind": plan.kind.value,
        "issuer": plan.issuer,
        "issued_on": plan.issued_on,
        "doc_number": plan.doc_number,
        "recipients": list(plan.recipients),
        "period_start": plan.period.start_year if plan.period is not None else None,
        "period_end": plan.period.end_year if plan.period is not None else None,
        "section_count": len(plan.walk_sections()),
        "task_count": len(plan.tasks),
        "unit_count": len(plan.units),
        "group_count": len(plan.coordination_groups),
        "assessment_count": len(plan.assessments),
        "diagnostic_count": len(plan.diagnostics),
    }


def _citation_rows(plan: Plan) -> list[Row]:
    cited: list[tuple[str | None, Citation]] = [(None, citation) for citation in plan.citations]
    if plan.notice is not None:
        cited = [(None, citation) for citation in plan.notice.citations] + cited
    cited.extend((task.id, citation) for task in plan.tasks for citation in task.citations)
    return [
        {
            "plan_id": plan.id,
            "task_id": task,
            "title": citation.title,
            "doc_number": citation.doc_number,
            "issuer": citation.issuer,
        }
        for task, citation in cited
    ]


def schedule_rows(schedule: Schedule) -> list[Row]:
    """One row per node of a schedule: day numbers, slack, and dates when it has a start."""
    graph = schedule.graph
    rows: list[Row] = []
    for node in graph.nodes:
        dates = schedule.dates(node) if schedule.start is not None else None
        rows.append(
            {
                "node": node,
                "label": graph.label(node),
                "kind": graph.kind(node),
                "duration": graph.duration(node),
                **schedule.figures(node),
                "finished": node in schedule.finished,
                "driving_predecessor": schedule.driving_predecessor[node],
                "start_date": None if dates is None else dates.start,
                "finish_date": None if dates is None else dates.finish,
                "late_start_date": None if dates is None else dates.late_start,
                "late_finish_date": None if dates is None else dates.late_finish,
            }
        )
    return rows


def evaluation_rows(evaluation: Evaluation) -> list[Row]:
    """One row per unit and scheme node: the node's score and rank, the unit's total and grade."""
    nodes: list[tuple[str, str | None, str | None, int]] = []

    def visit(node: Any, parent: str | None, depth: int) -> None:  # noqa: ANN401  (a scheme Node)
        nodes.append((node.id, node.name, parent, depth))
        for child in node.children:
            visit(child, node.id, depth + 1)

    visit(evaluation.scheme.root, None, 0)
    rows: list[Row] = []
    for unit in evaluation.units:
        total = evaluation.score(unit)
        total_rank = evaluation.rank(unit)
        grade = evaluation.grade(unit)
        for node, name, parent, depth in nodes:
            rows.append(
                {
                    "unit": unit,
                    "category": evaluation.category(unit),
                    "node": node,
                    "name": name,
                    "parent": parent,
                    "depth": depth,
                    "score": evaluation.score(unit, node),
                    "rank": evaluation.rank(unit, node),
                    "total": total,
                    "total_rank": total_rank,
                    "grade": grade,
                }
            )
    return rows


def _rows(obj: object, table: str | None) -> tuple[str, list[Row]]:
    if isinstance(obj, Plan):
        name = table or "tasks"
        if name not in PLAN_TABLES:
            raise ValidationError(
                [
                    Issue(
                        "table",
                        f"a plan has the tables {', '.join(PLAN_TABLES)}",
                        name,
                        "invalid-parameter",
                    )
                ]
            )
        return name, tables(obj)[name]
    kind = type(obj).__name__
    # a Schedule can only exist once the graph layer is loaded; do not load networkx to ask
    graph = sys.modules.get("rulegov.graph")
    from rulegov.evaluation import Evaluation  # noqa: PLC0415

    if graph is not None and isinstance(obj, graph.Schedule):
        wanted = "schedule"
        rows = schedule_rows(obj)
    elif isinstance(obj, Evaluation):
        wanted = "evaluation"
        rows = evaluation_rows(obj)
    else:
        raise ValidationError(
            [Issue("obj", "give a rulegov Plan, Schedule or Evaluation", kind, "invalid-parameter")]
        )
    if table not in (None, wanted):
        raise ValidationError(
            [Issue("table", f"a {kind} has one table, {wanted!r}", table, "invalid-parameter")]
        )
    return wanted, rows


def to_pandas(obj: object, table: str | None = None) -> Any:  # noqa: ANN401  (pandas is optional)
    """A pandas DataFrame of a plan's table, a schedule or an evaluation (extra ``pandas``).

    Args:
        obj: A [`Plan`][rulegov.Plan], a [`Schedule`][rulegov.graph.Schedule] or a
            [`Evaluation`][rulegov.Evaluation].
        table: For a plan, one of ``tasks`` (the default), ``assignments``, ``units``,
            ``assessments``, ``targets``, ``dependencies``.

    Dates become ``datetime64`` columns, counts nullable ``Int64``, flags nullable ``boolean``.

    Raises:
        MissingExtraError: without ``pip install 'rulegov[pandas]'``.
        ValidationError: for another object or an unknown table.

    Examples:
        >>> import rulegov
        >>> frame = to_pandas(rulegov.datasets.yancheng_2023())
        >>> frame.shape, list(frame.columns[:3])
        ((16, 23), ['plan_id', 'task_id', 'number'])
    """
    pd = optional_module("pandas", "pandas", "to_pandas")
    name, rows = _rows(obj, table)
    columns = COLUMNS[name]
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    for column, kind in columns.items():
        if kind == "date":
            frame[column] = pd.to_datetime(frame[column])
        elif kind == "int":
            frame[column] = frame[column].astype("Int64")
        elif kind == "float":
            frame[column] = frame[column].astype("float64")
        elif kind == "bool":
            frame[column] = frame[column].astype("boolean")
    return frame


def to_arrow(obj: object, table: str | None = None) -> Any:  # noqa: ANN401  (pyarrow is optional)
    """A pyarrow Table of a plan's table, a schedule or an evaluation (extra ``arrow``).

    Types are fixed, whatever the rows hold: dates ``date32``, measured numbers ``float64``,
    counts and day numbers ``int64``, flags ``bool``, ids and names ``string``, name lists
    ``list<string>``; so tables of many plans concatenate, and DuckDB, Polars or Spark read them
    without guessing.

    Raises:
        MissingExtraError: without ``pip install 'rulegov[arrow]'``.
        ValidationError: for another object or an unknown table.

    Examples:
        >>> import rulegov
        >>> units = to_arrow(rulegov.datasets.yancheng_2023(), "units")
        >>> units.num_rows, units.column_names[:3], str(units.schema.field("task_count").type)
        (11, ['plan_id', 'unit_id', 'name'], 'int64')
    """
    pa = optional_module("pyarrow", "arrow", "to_arrow")
    name, rows = _rows(obj, table)
    schema = arrow_schema(pa, name)
    arrays = [pa.array([row[field.name] for row in rows], type=field.type) for field in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def arrow_schema(pa: Any, name: str) -> Any:  # noqa: ANN401  (pyarrow is optional)
    """The pyarrow schema of table ``name``: its ``COLUMNS`` with their fixed types.

    ``pa`` is the imported ``pyarrow`` module, which its callers import as an optional extra.
    """
    types = {
        "str": pa.string(),
        "date": pa.date32(),
        "float": pa.float64(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
    }
    return pa.schema([pa.field(column, types[kind]) for column, kind in COLUMNS[name].items()])
