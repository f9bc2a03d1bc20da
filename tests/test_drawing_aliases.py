"""The former drawing methods of rulegov's results warn, name the caller's line, and draw the same.

Each method moved to a function of ``rulegov.render`` (``TaskGraph.to_dot()`` to
``rulegov.render.graph_dot(graph)``, ``Schedule.to_gantt(title)`` to
``rulegov.render.schedule_gantt(schedule, title)``...). Until it goes, every alias gives one
``DeprecationWarning`` at the line that called it, naming the function to use, and returns what
that function draws, with the same arguments.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from typing import TYPE_CHECKING

import pytest

import rulegov
from rulegov import datasets, render
from rulegov.graph import plan_overview
from rulegov.tracking import compare, status

if TYPE_CHECKING:
    from collections.abc import Callable

_STAMP = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def _cases() -> list[tuple[str, Callable[[], object], Callable[[], object]]]:
    plan = datasets.yancheng_2023()
    graph = rulegov.TaskGraph.from_plan(plan)
    schedule = graph.schedule(start=dt.date(2023, 1, 3))
    data, categories = datasets.yancheng_2023_appraisal()
    evaluation = rulegov.evaluate(datasets.yancheng_2023_scheme(), data, categories=categories)
    explanation = evaluation.explain("区司法局")
    overview = plan_overview(plan)
    progress = status(plan, as_of=dt.date(2023, 7, 1))
    comparison = compare(plan, plan)
    return [
        ("TaskGraph.to_mermaid()", graph.to_mermaid, lambda: render.graph_mermaid(graph)),
        ("TaskGraph.to_dot()", graph.to_dot, lambda: render.graph_dot(graph)),
        ("TaskGraph.to_graphml()", graph.to_graphml, lambda: render.graph_graphml(graph)),
        ("TaskGraph.to_json()", graph.to_json, lambda: render.graph_json(graph)),
        ("Schedule.to_json()", schedule.to_json, lambda: render.schedule_json(schedule)),
        (
            "Schedule.to_gantt()",
            lambda: schedule.to_gantt("某计划"),
            lambda: render.schedule_gantt(schedule, "某计划"),
        ),
        (
            "Schedule.to_ical()",
            lambda: schedule.to_ical("某计划", _STAMP, "example.org"),
            lambda: render.schedule_ical(schedule, "某计划", _STAMP, "example.org"),
        ),
        ("Evaluation.table()", evaluation.table, lambda: render.to_text(evaluation)),
        ("Explanation.render()", explanation.render, lambda: render.to_text(explanation)),
        (
            "Explanation.table()",
            explanation.table,
            lambda: render.explanation_table(explanation),
        ),
        ("Overview.render()", overview.render, lambda: render.to_text(overview)),
        ("PlanStatus.to_text()", progress.to_text, lambda: render.to_text(progress)),
        ("PlanStatus.to_markdown()", progress.to_markdown, lambda: render.to_markdown(progress)),
        ("PlanStatus.to_html()", progress.to_html, lambda: render.to_html(progress)),
        ("PlanComparison.to_text()", comparison.to_text, lambda: render.to_text(comparison)),
        (
            "PlanComparison.to_markdown()",
            comparison.to_markdown,
            lambda: render.to_markdown(comparison),
        ),
        ("PlanComparison.to_html()", comparison.to_html, lambda: render.to_html(comparison)),
    ]


_CASES = _cases()


@pytest.mark.parametrize(
    ("name", "alias", "successor"), _CASES, ids=[name for name, _, _ in _CASES]
)
def test_an_alias_warns_at_the_callers_line_and_draws_the_same(
    name: str, alias: Callable[[], object], successor: Callable[[], object]
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        drawn = alias()
    assert drawn == successor()
    assert len(caught) == 1
    # the line of this file that called the alias (through a lambda, for the arguments)
    assert caught[0].filename == __file__
    assert issubclass(caught[0].category, DeprecationWarning)
    assert re.fullmatch(
        re.escape(f"{name} is deprecated and will be removed in rulegov 0.3.0; use rulegov.render.")
        + r"\w+\(\w+\)",
        str(caught[0].message),
    )


def test_the_aliases_are_all_here() -> None:
    assert len(_CASES) == 17
