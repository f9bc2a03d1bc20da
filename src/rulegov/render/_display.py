"""What a notebook shows: the HTML (and Markdown) display of any rulegov object.

Models, graphs, schedules and evaluations keep one-line ``_repr_html_`` hooks that call
[`to_html`][rulegov.render.to_html]; it finds the drawing for the object's class here, so that the
classes import nothing to draw themselves.
"""

from __future__ import annotations

import importlib

from pydantic import BaseModel

__all__ = ["to_html", "to_markdown"]

# The drawing of each class, by class name: (module, function)
_HTML = {
    "Plan": ("rulegov.render._html", "plan_html"),
    "Section": ("rulegov.render._html", "section_html"),
    "Task": ("rulegov.render._html", "task_html"),
    "Unit": ("rulegov.render._html", "unit_html"),
    "CoordinationGroup": ("rulegov.render._html", "group_html"),
    "Assessment": ("rulegov.render._html", "assessment_html"),
    "Diagnostics": ("rulegov.render._html", "diagnostics_html"),
    "Diagnostic": ("rulegov.render._html", "diagnostic_html"),
    "TaskGraph": ("rulegov.render._export", "graph_html"),
    "Schedule": ("rulegov.render._export", "schedule_html"),
    "Calendar": ("rulegov.render._export", "calendar_html"),
    "Evaluation": ("rulegov.render._evaluation", "evaluation_html"),
    "Explanation": ("rulegov.render._evaluation", "explanation_html"),
    "Scheme": ("rulegov.render._evaluation", "scheme_html"),
    "PlanStatus": ("rulegov.render._tracking", "status_html"),
    "PlanComparison": ("rulegov.render._tracking", "comparison_html"),
}
_MARKDOWN = {
    "TaskGraph": ("rulegov.render._export", "graph_markdown"),
    "Schedule": ("rulegov.render._export", "schedule_markdown"),
}


def to_html(thing: object) -> str:
    """The HTML that a notebook shows for ``thing``: escaped, no scripts, bounded in size.

    Any pydantic model without a display of its own shows as a table of its fields.

    Raises:
        TypeError: for an object rulegov does not draw.

    Examples:
        >>> import rulegov
        >>> page = to_html(rulegov.datasets.yancheng_2023().units[0])
        >>> page.startswith("<div"), "<script" in page
        (True, False)
    """
    for cls in type(thing).__mro__:
        found = _HTML.get(cls.__name__)
        if found is not None:
            return str(getattr(importlib.import_module(found[0]), found[1])(thing))
    if isinstance(thing, BaseModel):
        from rulegov.render._html import model_html  # noqa: PLC0415

        return str(model_html(thing))
    raise TypeError(f"rulegov draws no HTML for a {type(thing).__name__}")


def to_markdown(thing: object) -> str:
    """The Markdown that a notebook shows for a graph or a schedule: a Mermaid diagram or a table.

    Raises:
        TypeError: for an object rulegov does not draw in Markdown.

    Examples:
        >>> from rulegov import TaskGraph
        >>> print(to_markdown(TaskGraph({"a": 1, "b": 2}, [("a", "b")])).splitlines()[0])
        ```mermaid
    """
    found = _MARKDOWN.get(type(thing).__name__)
    if found is None:
        raise TypeError(f"rulegov draws no Markdown for a {type(thing).__name__}")
    return str(getattr(importlib.import_module(found[0]), found[1])(thing))
