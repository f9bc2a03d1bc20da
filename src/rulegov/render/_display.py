"""What a notebook or a terminal shows: the HTML, Markdown or plain text of any rulegov object.

Models, graphs, schedules and evaluations keep one-line ``_repr_html_`` hooks that call
[`to_html`][rulegov.render.to_html]; it finds the drawing for the object's class here, so that the
classes import nothing to draw themselves.
"""

from __future__ import annotations

import importlib

from pydantic import BaseModel

from rulegov.errors import UndrawableError

__all__ = ["to_html", "to_json", "to_markdown", "to_text"]

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
    "Evaluation": ("rulegov.render._report", "render_appraisal"),
    "Explanation": ("rulegov.render._evaluation", "explanation_markdown"),
    "TaskGraph": ("rulegov.render._export", "graph_markdown"),
    "Schedule": ("rulegov.render._export", "schedule_markdown"),
    "PlanStatus": ("rulegov.render._tracking", "status_markdown"),
    "PlanComparison": ("rulegov.render._tracking", "comparison_markdown"),
}
_JSON = {
    "Evaluation": ("rulegov.render._evaluation", "evaluation_json"),
    "Explanation": ("rulegov.render._evaluation", "explanation_json"),
}
_TEXT = {
    "Evaluation": ("rulegov.render._evaluation", "evaluation_text"),
    "Explanation": ("rulegov.render._evaluation", "explanation_text"),
    "Overview": ("rulegov.render._report", "overview_text"),
    "PlanStatus": ("rulegov.render._tracking", "status_text"),
    "PlanComparison": ("rulegov.render._tracking", "comparison_text"),
}


def _drawn(table: dict[str, tuple[str, str]], thing: object, what: str) -> str:
    """What the function that ``table`` names for the class of ``thing`` draws of it."""
    found = table.get(type(thing).__name__)
    if found is None:
        raise UndrawableError(
            f"rulegov draws no {what} for a {type(thing).__name__}; "
            f"it draws {what} for: {', '.join(sorted(table))}",
            thing,
        )
    return str(getattr(importlib.import_module(found[0]), found[1])(thing))


def to_html(thing: object) -> str:
    """The HTML that a notebook shows for ``thing``: escaped, no scripts, bounded in size.

    Any pydantic model without a display of its own shows as a table of its fields.

    Raises:
        UndrawableError: for an object rulegov does not draw (also a ``TypeError``), naming
            its type.

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
    raise UndrawableError(
        f"rulegov draws no HTML for a {type(thing).__name__}; it draws HTML for: "
        f"{', '.join(sorted(_HTML))} and any pydantic model",
        thing,
    )


def to_json(thing: object) -> str:
    """The JSON of an evaluation's ranking or of one unit's explanation, as the command line prints it.

    An [`Evaluation`][rulegov.Evaluation] gives one row per unit (rank, unit, score, display,
    grade, label, reason); an [`Explanation`][rulegov.evaluation.Explanation] the total rounded
    and unrounded, the grade and the rule that forced it, the bonus and penalty rules and every
    node.

    Raises:
        UndrawableError: for an object rulegov draws no JSON of (also a ``TypeError``), naming
            its type.

    Examples:
        >>> import json, rulegov
        >>> scheme = rulegov.datasets.yancheng_2023_scheme()
        >>> data, categories = rulegov.datasets.yancheng_2023_appraisal()
        >>> result = rulegov.evaluate(scheme, data, categories=categories)
        >>> explained = json.loads(to_json(result.explain("区司法局")))
        >>> explained["display"], explained["grade"], explained["reason"][:22]
        ('100.49', 'fail', "veto 'major-incident' ")
    """
    return _drawn(_JSON, thing, "JSON")


def to_markdown(thing: object) -> str:
    """The Markdown of a graph, a schedule, a 督办 list, a comparison, a ranking or an explanation.

    A graph is a Mermaid diagram; an evaluation its ranking as a table; an explanation the total,
    the grade and the rule that forced it, the bonus and penalty rules and a table of its nodes.

    Raises:
        UndrawableError: for an object rulegov does not draw in Markdown (also a
            ``TypeError``), naming its type.

    Examples:
        >>> from rulegov import TaskGraph
        >>> print(to_markdown(TaskGraph({"a": 1, "b": 2}, [("a", "b")])).splitlines()[0])
        ```mermaid
    """
    return _drawn(_MARKDOWN, thing, "Markdown")


def to_text(thing: object) -> str:
    """The plain-text summary of a result, as the command line prints it.

    An [`Evaluation`][rulegov.Evaluation] gives its ranking as a table, an
    [`Explanation`][rulegov.evaluation.Explanation] its indented tree of nodes (as ``str()``
    does), an [`Overview`][rulegov.graph.Overview] its duration, waves and critical chain, a
    [`PlanStatus`][rulegov.tracking.PlanStatus] (督办 list) its counts and what is overdue or at
    risk, and a [`PlanComparison`][rulegov.tracking.PlanComparison] the tasks carried over, new
    and dropped.

    Raises:
        UndrawableError: for an object rulegov has no plain-text summary of (also a
            ``TypeError``), naming its type.

    Examples:
        >>> import rulegov
        >>> scheme = rulegov.datasets.yancheng_2023_scheme()
        >>> data, categories = rulegov.datasets.yancheng_2023_appraisal()
        >>> result = rulegov.evaluate(scheme, data, categories=categories)
        >>> print(to_text(result).splitlines()[0].split())
        ['rank', 'unit', 'score', 'grade', 'reason']
        >>> print(to_text(result.explain("区司法局")).splitlines()[0])
        区司法局: 100.49 (unrounded 100.49176470588236), rank 1 of 6
    """
    return _drawn(_TEXT, thing, "plain text")
