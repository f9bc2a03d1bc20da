"""Every output format of rulegov in one layer: HTML displays, reports, exports, the text layout.

A plan, a graph, a schedule or an evaluation holds data; this package draws it. Each format
family has its module: the HTML displays for Jupyter, the plan report (text, Markdown, HTML,
JSON), the graph and schedule exports (Mermaid, DOT, GraphML, JSON, Gantt, iCalendar, networkx),
and the standard text layout of a plan that the parser reads back. Models keep one-line
``_repr_html_`` hooks that call [`to_html`][rulegov.render.to_html] when a notebook shows them.

Every name loads its module on first use, so drawing a plan does not load the parser or the
graph layer.

Examples:
    >>> import rulegov
    >>> from rulegov import render
    >>> plan = rulegov.datasets.yancheng_2023()
    >>> "召开" in render.format_plan(plan)
    True
    >>> "<table" in render.to_html(plan.tasks[0])
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rulegov.render._display import to_html, to_json, to_markdown, to_text
    from rulegov.render._evaluation import explanation_table, scheme_inputs_text
    from rulegov.render._export import (
        graph_dot,
        graph_graphml,
        graph_json,
        graph_mermaid,
        schedule_gantt,
        schedule_ical,
        schedule_json,
        to_networkx,
    )
    from rulegov.render._layout import date_words, format_plan, timeframe_words
    from rulegov.render._report import (
        appraisal_rows,
        render_appraisal,
        render_report,
        render_schedule,
    )

__all__ = [
    "appraisal_rows",
    "date_words",
    "explanation_table",
    "format_plan",
    "graph_dot",
    "graph_graphml",
    "graph_json",
    "graph_mermaid",
    "render_appraisal",
    "render_report",
    "render_schedule",
    "schedule_gantt",
    "schedule_ical",
    "schedule_json",
    "scheme_inputs_text",
    "timeframe_words",
    "to_html",
    "to_json",
    "to_markdown",
    "to_networkx",
    "to_text",
]

_LAZY = {
    "appraisal_rows": "rulegov.render._report",
    "date_words": "rulegov.render._layout",
    "explanation_table": "rulegov.render._evaluation",
    "format_plan": "rulegov.render._layout",
    "graph_dot": "rulegov.render._export",
    "graph_graphml": "rulegov.render._export",
    "graph_json": "rulegov.render._export",
    "graph_mermaid": "rulegov.render._export",
    "render_appraisal": "rulegov.render._report",
    "render_report": "rulegov.render._report",
    "render_schedule": "rulegov.render._report",
    "schedule_gantt": "rulegov.render._export",
    "schedule_ical": "rulegov.render._export",
    "schedule_json": "rulegov.render._export",
    "scheme_inputs_text": "rulegov.render._evaluation",
    "timeframe_words": "rulegov.render._layout",
    "to_html": "rulegov.render._display",
    "to_json": "rulegov.render._display",
    "to_markdown": "rulegov.render._display",
    "to_text": "rulegov.render._display",
    "to_networkx": "rulegov.render._export",
}


# English wording helpers of the command line, public by mistake in 0.1.0
_DEPRECATED = {
    "plural": ("rulegov._text:plural", "write the count and its noun yourself"),
    "sections_phrase": ("rulegov._text:sections_phrase", "count plan.walk_sections() yourself"),
    "timing_words": ("rulegov.render._layout:timeframe_words", "use timeframe_words"),
}


def __getattr__(name: str) -> object:
    """Load each public name from its module on first use."""
    if name not in _LAZY:
        from rulegov._deprecation import deprecated_names  # noqa: PLC0415 - rarely needed

        return deprecated_names("rulegov.render", _DEPRECATED)(name)
    import importlib  # noqa: PLC0415

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the public ones included before they are loaded."""
    return sorted(set(globals()) | set(__all__))
