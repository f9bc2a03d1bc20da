"""Drawing plan status and plan comparisons: text, Markdown and HTML."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import rulegov
from rulegov import datasets, render
from rulegov.tracking import compare, status, with_progress
from samples import NEW_TEXT, OLD_TEXT, STATUS_TEXT

D = dt.date


@pytest.fixture
def plan():
    return rulegov.parse_plan(STATUS_TEXT, source="plan.txt")


@pytest.fixture
def result():
    return compare(rulegov.parse_plan(OLD_TEXT), rulegov.parse_plan(NEW_TEXT))


def test_outputs_name_the_states_and_escape(plan):
    tracked = with_progress(
        plan, [{"task": "1", "on": "2023-05-30", "percent": "40", "note": "<b>|x"}]
    )
    result = status(tracked, as_of=D(2023, 7, 3))
    text = rulegov.render.to_text(result)
    assert "逾期未完成 (overdue)" in text
    assert "1 召开专题会议 [区司法局]" in text
    assert "区司法局: 1 / 0 / 1" in text
    markdown = rulegov.render.to_markdown(result)
    assert "| task | units | due | state | done | reason |" in markdown
    assert markdown.count("\n|") >= len(result.items) + 3
    html = rulegov.render.to_html(result)
    assert ">task</th>" in html
    assert html.count("<tr>") == len(result.items) + 1  # the header and every item
    assert "<script" not in html
    rows = result.rows()
    assert rows[0]["状态"] == "逾期未完成"
    assert len(repr(result)) < 200


def test_comparison_outputs(result):
    data = json.loads(result.to_json())
    assert data["added"] == ["4 建设法治文化阵地"]
    assert data["changes"][2]["direction"] == "raised"
    assert "carried over 3, new 1, dropped 1, changes 3" in rulegov.render.to_text(result)
    markdown = rulegov.render.to_markdown(result)
    assert "| old | new | title | score |" in markdown
    assert "| 2 | 2 | 落实党政主要负责人履行推进法治建设第一责任人职责 | 1.00 |" in markdown
    assert ">lead_units</td>" in rulegov.render.to_html(result)
    assert repr(result) == "PlanComparison(carried_over=3, added=1, dropped=1, changes=3)"


def test_text_and_markdown_of_a_status_and_a_comparison():
    plan = datasets.yancheng_2023()
    result = status(plan, as_of=dt.date(2023, 7, 1))
    assert render.to_text(result).startswith(f"{plan.title}: status as of 2023-07-01\n")
    assert render.to_markdown(result).startswith(f"## {plan.title}: status as of 2023-07-01\n")
    comparison = compare(plan, plan)
    assert render.to_text(comparison).splitlines()[1] == (
        "carried over 16, new 0, dropped 0, changes 0"
    )
    assert render.to_markdown(comparison).splitlines()[2] == "| old | new | title | score |"
