"""Markdown that reads a plan's words as text: punctuation escaped in prose and in table cells."""

from __future__ import annotations

import datetime as dt

from rulegov import datasets, render
from rulegov.tracking import compare, status


def test_markdown_of_a_status_and_a_comparison_reads_titles_as_text():
    """A title with Markdown's punctuation (* _ < |) stays text in every Markdown table."""
    plan = datasets.yancheng_2023()
    first = plan.tasks[0]
    renamed = first.model_copy(update={"title": "开展*专项*检查|<b>评查</b>"})
    sections = [
        section.model_copy(
            update={"tasks": [renamed if t.id == first.id else t for t in section.tasks]}
        )
        for section in plan.sections
    ]
    odd = plan.model_copy(update={"sections": sections, "title": "2023年_要点_"})
    shown = render.to_markdown(status(odd, as_of=dt.date(2023, 7, 1)))
    assert shown.startswith("## 2023年\\_要点\\_: status")
    row = next(line for line in shown.splitlines() if "专项" in line)
    assert "开展\\*专项\\*检查\\|\\<b\\>评查\\</b\\>" in row
    assert row.count(" | ") == 5  # six cells: the pipe in the title splits none
    assert "|---|---|---|---|---:|---|" in shown.splitlines()
    compared = render.to_markdown(compare(plan, odd)).splitlines()
    assert compared[3] == "|---|---|---|---:|"
    assert any("开展\\*专项\\*检查" in line for line in compared)
