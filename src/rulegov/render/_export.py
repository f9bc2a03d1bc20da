"""Exports of graphs and schedules: networkx, Mermaid, Graphviz DOT, GraphML, iCalendar, JSON, HTML.

Every export is deterministic: the same graph or schedule gives the same text, byte for byte
(nodes in the graph's order, links in the order given, no clocks read).

Examples:
    >>> from rulegov import TaskGraph
    >>> print(graph_mermaid(TaskGraph({"a": 1, "b": 2}, [("a", "b", "SS", 1)])))
    flowchart LR
      n0["a"]
      n1["b"]
      n0 -->|"SS +1"| n1
    <BLANKLINE>
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from typing import TYPE_CHECKING, Any

from rulegov._text import day_count
from rulegov.errors import ScheduleError, _check_type
from rulegov.render._html import BOX_STYLE, box, table
from rulegov.render._markdown import md_table

if TYPE_CHECKING:
    import networkx as nx

    from rulegov.graph import Calendar, Schedule, TaskGraph
    from rulegov.model import Dependency

__all__ = [
    "calendar_html",
    "graph_dot",
    "graph_graphml",
    "graph_html",
    "graph_json",
    "graph_markdown",
    "graph_mermaid",
    "schedule_gantt",
    "schedule_html",
    "schedule_ical",
    "schedule_json",
    "schedule_markdown",
    "schedule_markdown_table",
    "to_networkx",
]


def _link_text(link: Dependency) -> str:
    """``FS``, ``SS +2``, ``FF -1 cd`` (calendar days)."""
    text = link.type.value
    if link.lag:
        text += f" {link.lag:+d}"
        if link.lag_time_unit.value == "calendar_days":
            text += " cd"
    return text


def _link_data(link: Dependency) -> dict[str, Any]:
    return link.model_dump(mode="json", exclude={"span"})


def _node_data(graph: TaskGraph, node: str) -> dict[str, Any]:
    deadline = graph.deadlines.get(node)
    soft_deadline = graph.soft_deadlines.get(node)
    return {
        "id": node,
        "label": graph.label(node),
        "kind": graph.kind(node).value,
        "duration": graph.duration(node),
        "units": list(graph.units_of(node)),
        "groups": list(graph.groups_of(node)),
        "deadline": deadline.isoformat() if isinstance(deadline, dt.date) else deadline,
        "soft_deadline": (
            soft_deadline.isoformat() if isinstance(soft_deadline, dt.date) else soft_deadline
        ),
    }


def _check_graph(graph: object) -> None:
    """Refuse a ``graph`` that is no TaskGraph, naming the type received."""
    from rulegov.graph import TaskGraph  # noqa: PLC0415 - the graph layer draws with this one

    _check_type(graph, TaskGraph, "graph", "a rulegov TaskGraph")


def _check_schedule(schedule: object) -> None:
    """Refuse a ``schedule`` that is no Schedule, naming the type received."""
    from rulegov.graph import Schedule  # noqa: PLC0415 - the graph layer draws with this one

    _check_type(schedule, Schedule, "schedule", "a rulegov Schedule")


def to_networkx(graph: TaskGraph) -> nx.DiGraph:
    """A ``networkx.DiGraph``; an edge holding several links lists them all in ``links``.

    Examples:
        >>> from rulegov import TaskGraph
        >>> graph = TaskGraph({"a": 1, "b": 2}, [("a", "b")])
        >>> digraph = to_networkx(graph)
        >>> list(digraph.edges), digraph.edges["a", "b"]["type"]
        ([('a', 'b')], 'FS')
    """
    _check_graph(graph)
    import networkx as nx  # noqa: PLC0415 - networkx only where it is needed

    result = nx.DiGraph()
    for node in graph.nodes:
        data = _node_data(graph, node)
        del data["id"]
        result.add_node(node, **data)
    for link in graph.dependencies:
        data = _link_data(link)
        if result.has_edge(link.predecessor, link.successor):
            result.edges[link.predecessor, link.successor]["links"].append(data)
            continue
        result.add_edge(link.predecessor, link.successor, **data, links=[data])
    for gate in graph.gates:
        for subject in gate.subjects:
            data = {
                "predecessor": subject,
                "successor": gate.id,
                "type": "gate",
                "lag": 0,
                "lag_time_unit": "working_days",
                "origin": "document",
                "reason": f"assessment gate ({gate.rule})",
            }
            if not result.has_edge(subject, gate.id):
                result.add_edge(subject, gate.id, **data, links=[data])
    return result


def _mermaid_text(text: str) -> str:
    return html.escape(text, quote=True).replace("&quot;", "#quot;").replace("&#x27;", "'")


def graph_mermaid(graph: TaskGraph) -> str:
    """A Mermaid flowchart: ``-->`` links in force, ``==>`` gate links.

    Examples:
        >>> from rulegov import TaskGraph
        >>> graph = TaskGraph({"a": 1, "b": 2}, [("a", "b")])
        >>> print(graph_mermaid(graph), end="")
        flowchart LR
          n0["a"]
          n1["b"]
          n0 --> n1
    """
    _check_graph(graph)
    number = {node: i for i, node in enumerate(graph.nodes)}
    lines = ["flowchart LR"]
    for node in graph.nodes:
        shape = ("{{", "}}") if graph.kind(node) == "assessment" else ("[", "]")
        lines.append(f'  n{number[node]}{shape[0]}"{_mermaid_text(graph.label(node))}"{shape[1]}')
    for link in graph.dependencies:
        arrow = "-.->" if link.origin.value == "inferred" else "-->"
        text = _link_text(link)
        label = "" if text == "FS" else f'|"{text}"|'
        lines.append(f"  n{number[link.predecessor]} {arrow}{label} n{number[link.successor]}")
    for gate in graph.gates:
        lines.extend(
            f'  n{number[subject]} ==>|"{gate.rule}"| n{number[gate.id]}'
            for subject in gate.subjects
        )
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def graph_dot(graph: TaskGraph) -> str:
    """A Graphviz DOT digraph; inferred links dashed, gate links bold.

    Examples:
        >>> from rulegov import TaskGraph
        >>> graph = TaskGraph({"a": 1, "b": 2}, [("a", "b")])
        >>> graph_dot(graph).splitlines()[-2:]
        ['  "a" -> "b" [label="FS"];', '}']
    """
    _check_graph(graph)
    lines = ["digraph rulegov {", "  rankdir=LR;", "  node [shape=box];"]
    for node in graph.nodes:
        shape = ", shape=hexagon" if graph.kind(node) == "assessment" else ""
        lines.append(f"  {_dot_text(node)} [label={_dot_text(graph.label(node))}{shape}];")
    for link in graph.dependencies:
        style = ", style=dashed" if link.origin.value == "inferred" else ""
        lines.append(
            f"  {_dot_text(link.predecessor)} -> {_dot_text(link.successor)} "
            f"[label={_dot_text(_link_text(link))}{style}];"
        )
    for gate in graph.gates:
        lines.extend(
            f"  {_dot_text(subject)} -> {_dot_text(gate.id)} "
            f"[label={_dot_text(gate.rule)}, style=bold];"
            for subject in gate.subjects
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def graph_graphml(graph: TaskGraph) -> str:
    """A GraphML document (attributes as strings and integers).

    Examples:
        >>> from rulegov import TaskGraph
        >>> graph = TaskGraph({"a": 1, "b": 2}, [("a", "b")])
        >>> document = graph_graphml(graph)
        >>> document.startswith("<graphml"), document.count("<node "), document.count("<edge ")
        (True, 2, 1)
    """
    _check_graph(graph)
    import networkx as nx  # noqa: PLC0415

    simple = nx.DiGraph()
    for node in graph.nodes:
        simple.add_node(
            node,
            label=graph.label(node),
            kind=graph.kind(node).value,
            duration=graph.duration(node),
            units=" ".join(graph.units_of(node)),
        )
    for link in to_networkx(graph).edges(data=True):
        a, b, data = link
        simple.add_edge(
            a,
            b,
            type=data["type"],
            lag=data["lag"],
            lag_time_unit=data["lag_time_unit"],
            origin=data["origin"],
            reason=data["reason"] or "",
        )
    return "\n".join(nx.generate_graphml(simple)) + "\n"


def graph_json(graph: TaskGraph) -> str:
    """A JSON document of nodes, links (with reasons and origins), gates and suggestions.

    Examples:
        >>> import json
        >>> from rulegov import TaskGraph
        >>> graph = TaskGraph({"a": 1, "b": 2}, [("a", "b")])
        >>> data = json.loads(graph_json(graph))
        >>> [node["id"] for node in data["nodes"]], data["dependencies"][0]["type"]
        (['a', 'b'], 'FS')
    """
    _check_graph(graph)
    data = {
        "nodes": [_node_data(graph, node) for node in graph.nodes],
        "dependencies": [_link_data(link) for link in graph.dependencies],
        "gates": [
            {
                "id": gate.id,
                "subjects": list(gate.subjects),
                "rule": gate.rule,
                "k": gate.k,
                "weights": list(gate.weights) if gate.weights is not None else None,
                "share": gate.share,
            }
            for gate in graph.gates
        ],
        "suggestions": [_link_data(link) for link in graph.suggestions],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def graph_html(graph: TaskGraph) -> str:
    """An HTML table of the links (escaped, no scripts, at most ``MAX_ROWS`` rows)."""
    rows = [
        (
            graph.label(link.predecessor),
            graph.label(link.successor),
            _link_text(link),
            link.origin.value,
            link.reason or "",
        )
        for link in graph.dependencies
    ]
    head = f"<p>{html.escape(repr(graph))}</p>"
    links = table(("predecessor", "successor", "link", "origin", "reason"), rows)
    return f'<div style="{BOX_STYLE}">{head}{links}</div>'


# -- schedules ---------------------------------------------------------------------------------


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def schedule_json(schedule: Schedule) -> str:
    """A JSON document of the schedule; dates appear when it has a start date.

    Examples:
        >>> import json
        >>> import datetime as dt
        >>> from rulegov import TaskGraph
        >>> schedule = TaskGraph({"a": 1, "b": 2}, [("a", "b")]).schedule(start=dt.date(2024, 1, 2))
        >>> data = json.loads(schedule_json(schedule))
        >>> data["duration"], data["critical_chain"], [node["finish_date"] for node in data["nodes"]]
        (3, ['a', 'b'], ['2024-01-02', '2024-01-04'])
    """
    _check_schedule(schedule)
    rows = []
    for node in schedule.graph.nodes:
        row: dict[str, Any] = {
            "id": node,
            "label": schedule.graph.label(node),
            **schedule.figures(node),
            "driving_predecessor": schedule.driving_predecessor[node],
        }
        if schedule.start is not None:
            dates = schedule.dates(node)
            row.update(
                start_date=_iso(dates.start),
                finish_date=_iso(dates.finish),
                late_start_date=_iso(dates.late_start),
                late_finish_date=_iso(dates.late_finish),
            )
        rows.append(row)
    data = {
        "duration": schedule.duration,
        "time_unit": schedule.time_unit,
        "start": _iso(schedule.start),
        "calendar": schedule.calendar.name if schedule.calendar is not None else None,
        "critical_chain": list(schedule.critical_chain()),
        "nodes": rows,
        "violations": [v.message for v in schedule.violations],
        "soft_deadline_misses": [v.message for v in schedule.soft_deadline_misses],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _gantt_text(text: str) -> str:
    return text.replace(":", "：").replace(";", "；").replace("#", "＃").replace("\n", " ")


def schedule_gantt(schedule: Schedule, title: str = "schedule") -> str:
    """A Mermaid Gantt chart, one section per wave, with each node's computed dates written out.

    Raises:
        ScheduleError: for a schedule without a start date (code ``undated-schedule``).

    Examples:
        >>> import datetime as dt
        >>> from rulegov import TaskGraph
        >>> schedule = TaskGraph({"a": 1, "b": 2}, [("a", "b")]).schedule(start=dt.date(2024, 1, 2))
        >>> print(schedule_gantt(schedule), end="")
        gantt
          title schedule
          dateFormat YYYY-MM-DD
          section wave 1
          a :crit, n0, 2024-01-02, 1d
          section wave 2
          b :crit, n1, 2024-01-03, 2d
    """
    _check_schedule(schedule)
    if schedule.start is None:
        raise ScheduleError(
            "a Gantt chart needs dates; schedule with start= first", code="undated-schedule"
        )
    from rulegov.graph import waves  # noqa: PLC0415

    number = {node: i for i, node in enumerate(schedule.graph.nodes)}
    lines = ["gantt", f"  title {_gantt_text(title)}", "  dateFormat YYYY-MM-DD"]
    for level, wave in enumerate(waves(schedule.graph), start=1):
        lines.append(f"  section wave {level}")
        for node in wave:
            dates = schedule.dates(node)
            tags = []
            if node in schedule.critical:
                tags.append("crit")
            if schedule.graph.duration(node) == 0:
                tags.append("milestone")
            tags.append(f"n{number[node]}")
            days = 0 if "milestone" in tags else (dates.finish - dates.start).days + 1
            lines.append(
                f"  {_gantt_text(schedule.graph.label(node))} :{', '.join(tags)}, "
                f"{dates.start.isoformat()}, {days}d"
            )
    return "\n".join(lines) + "\n"


def _ical_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Fold a content line into pieces of at most 75 octets (RFC 5545, section 3.1)."""
    pieces: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current = " "
            size = 1
            limit = 75
        current += char
        size += width
    pieces.append(current)
    return pieces


def _uid_domain(schedule: Schedule, name: str) -> str:
    """A name for the events' UIDs drawn from the calendar's name and the graph's content.

    Two plans with the same title but other tasks or deadlines get different UIDs; the same
    plan gets the same UIDs in every run.
    """
    graph = schedule.graph
    facts = [name]
    for node in graph.nodes:
        due = graph.deadlines.get(node)
        facts.append(f"{node}\t{graph.label(node)}\t{due}")
    digest = hashlib.sha256("\n".join(facts).encode("utf-8")).hexdigest()[:16]
    return f"{digest}.rulegov"


def schedule_ical(
    schedule: Schedule,
    name: str = "rulegov",
    stamp: dt.datetime | None = None,
    uid_domain: str | None = None,
) -> str:
    """An iCalendar (RFC 5545) text: one all-day event per hard deadline and recurring duty.

    It needs a schedule with a start date.

    Args:
        schedule: The schedule.
        name: The calendar's name.
        stamp: The events' ``DTSTAMP`` (default: midnight UTC of the start, so the text is
            the same each run).
        uid_domain: What follows ``@`` in each event's ``UID`` (default: a hash of ``name``
            and the graph's nodes, labels and deadlines, so that two plans with the same
            title do not share UIDs, and the same plan keeps its UIDs from run to run).

    Examples:
        >>> import datetime as dt
        >>> from rulegov import TaskGraph
        >>> graph = TaskGraph({"a": 3}, deadlines={"a": dt.date(2023, 6, 30)})
        >>> text = schedule_ical(graph.schedule(start=dt.date(2023, 6, 1)), uid_domain="p1.example")
        >>> [line for line in text.splitlines() if line.startswith("UID")]
        ['UID:a@p1.example']


    ``DTSTAMP`` is ``stamp`` (default: midnight UTC of the schedule's start), so the text is
    the same each time. Each event's ``UID`` is ``<node id>@<uid_domain>``; the default domain
    is a hash of ``name`` and the graph's nodes, labels and deadlines.
    """
    _check_schedule(schedule)
    if schedule.start is None:
        raise ScheduleError(
            "an iCalendar export needs dates; schedule with start= first", code="undated-schedule"
        )
    line = schedule.timeline
    working = schedule.calendar is not None
    when = stamp or dt.datetime.combine(schedule.start, dt.time(), tzinfo=dt.UTC)
    domain = uid_domain or _uid_domain(schedule, name)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//rulegov//{_ical_escape(name)}//ZH",
        "CALSCALE:GREGORIAN",
    ]
    graph = schedule.graph
    for node in graph.nodes:
        due = graph.deadlines.get(node)
        if due is None:
            continue
        day = due if isinstance(due, dt.date) else line.date(max(due - 1, 0)) if line else None
        if day is None:
            continue
        finish = schedule.dates(node).finish
        kind = "recurring duty" if graph.kind(node) == "duty" else "deadline"
        description = (
            f"{kind}; scheduled finish {finish.isoformat()}; "
            f"total slack {day_count(schedule.total_slack[node], working=working)}"
        )
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{_ical_escape(node)}@{_ical_escape(domain)}",
                f"DTSTAMP:{when.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
                f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
                f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
                f"SUMMARY:{_ical_escape(graph.label(node))}",
                f"DESCRIPTION:{_ical_escape(description)}",
                f"CATEGORIES:{'DUTY' if kind == 'recurring duty' else 'DEADLINE'}",
                "END:VEVENT",
            ]
        )
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for content in lines:
        folded.extend(_fold(content))
    return "\r\n".join(folded) + "\r\n"


_COLUMNS = ("node", "ES", "EF", "LS", "LF", "slack", "critical", "driven by")


def _rows(schedule: Schedule) -> list[tuple[str, ...]]:
    graph = schedule.graph
    driving = {
        node: "" if before is None else graph.label(before)
        for node, before in schedule.driving_predecessor.items()
    }
    return [
        (
            graph.label(node),
            str(schedule.early_start[node]),
            str(schedule.early_finish[node]),
            str(schedule.late_start[node]),
            str(schedule.late_finish[node]),
            str(schedule.total_slack[node]),
            "yes" if node in schedule.critical else "",
            driving[node],
        )
        for node in graph.nodes
    ]


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def calendar_html(calendar: Calendar) -> str:
    """A calendar as HTML: its rest days, then each listed date with its name and kind.

    Examples:
        >>> from rulegov.graph import Calendar
        >>> page = calendar_html(Calendar.china(2024))
        >>> "2024-02-04" in page, "春节" in page, "make-up working day" in page
        (True, True, True)
    """
    weekend = ", ".join(_WEEKDAYS[day] for day in sorted(calendar.weekend)) or "none"
    summary = (
        f"rest days: {weekend}; {len(calendar.holidays)} holidays, "
        f"{len(calendar.workdays)} make-up working days"
    )
    listed = [(day, "holiday") for day in calendar.holidays]
    listed += [(day, "make-up working day") for day in calendar.workdays]
    rows = [
        (day.isoformat(), _WEEKDAYS[day.weekday()], calendar.names.get(day, ""), kind)
        for day, kind in sorted(listed)
    ]
    dates = table(("date", "weekday", "name", "kind"), rows, limit=400)
    return box(f"calendar {calendar.name}", f"<p>{html.escape(summary)}</p>", dates)


def schedule_html(schedule: Schedule) -> str:
    """An HTML table of the schedule (escaped, no scripts, at most ``MAX_ROWS`` rows)."""
    working = schedule.calendar is not None
    summary = html.escape(f"duration {day_count(schedule.duration, working=working)}")
    rows = table(_COLUMNS, _rows(schedule))
    return f'<div style="{BOX_STYLE}"><p>{summary}</p>{rows}</div>'


def schedule_markdown_table(schedule: Schedule) -> str:
    """A Markdown table of the schedule."""
    return "\n".join(md_table(_COLUMNS, _rows(schedule))) + "\n"


def graph_markdown(graph: TaskGraph) -> str:
    """The graph as Markdown for a notebook: its Mermaid flowchart in a fenced block."""
    return f"```mermaid\n{graph_mermaid(graph)}```\n"


def schedule_markdown(schedule: Schedule) -> str:
    """The schedule as Markdown for a notebook: a Gantt chart, or a table without dates."""
    if schedule.start is None:
        return schedule_markdown_table(schedule)
    return f"```mermaid\n{schedule_gantt(schedule)}```\n"
