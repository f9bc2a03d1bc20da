"""The report of a plan (text, Markdown, HTML, JSON), and the text of a schedule overview."""

from __future__ import annotations

import json
import warnings

import rulegov
from rulegov import datasets, render
from rulegov.graph import plan_overview


def test_the_report_json_names_each_tasks_time_frame(reference_plan):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        data = json.loads(rulegov.render.render_report(reference_plan, "json"))
    tasks = [task for section in data["sections"] for task in section["tasks"]]
    assert tasks
    assert all("timing" not in task for task in tasks)
    assert {task["timeframe"] for task in tasks} >= {"in_due_time"}


def test_text_of_an_overview_names_its_duration_and_chain():
    lines = render.to_text(plan_overview(datasets.yancheng_2023())).splitlines()
    assert lines[:2] == ["duration: 241 days", "finish: 2024-01-05"]
    assert lines[-1].startswith("critical chain: ")
