"""The standard text layout of a plan (rulegov.render._layout)."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from rulegov.io import task_table_rows

_WITH_TABLE = (
    "关于印发《2023年工作要点》的通知\n各部门：\n现将《2023年工作要点》印发给你们。\n"
    "区依法治区办\n2023年5月10日\n2023年工作要点\n一、加强领导\n1.召开会议。\n2.开展培训。\n"
    "附件：重点任务分工表\n附件\n重点任务分工表\n|序号|工作任务|牵头单位|完成时限|\n"
    "|1|召开会议|区司法局|6月底前|\n|2|开展培训|区委宣传部|长期坚持|\n"
)


def test_the_task_table_attachment_is_an_escaped_markdown_table_read_back_alike():
    plan = rulegov.parse_plan(_WITH_TABLE)
    written = rulegov.format_plan(plan)
    lines = written.splitlines()
    head = lines.index("| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |")
    assert lines[head + 1] == "|---|---|---|---|---|"
    assert lines[head + 2] == "| 1 | 召开会议 | 区司法局 |  | 6月底前 |"
    again = rulegov.parse_plan(written)
    assert [(t.title, t.lead_units) for t in again.tasks] == [
        ("召开会议", ["区司法局"]),
        ("开展培训", ["区委宣传部"]),
    ]
    plan.sections[0].tasks[0].title = "召开*会议|部署"
    row = rulegov.format_plan(plan).splitlines()[head + 2]
    # only the pipe, which would end the cell, is escaped: the layout is read back, not shown
    assert row == r"| 1 | 召开*会议\|部署 | 区司法局 |  | 6月底前 |"
    # and an escaped pipe does not end a cell when the table is read
    again = rulegov.parse_plan(
        f"2023年重点任务分工表\n|序号|工作任务|牵头单位|配合单位|完成时限|\n{row}\n"
    )
    assert [task.lead_units for task in again.tasks] == [["区司法局"]]


def test_the_layout_and_the_task_table_write_the_same_column_headings():
    plan = rulegov.parse_plan(_WITH_TABLE)
    header = next(line for line in rulegov.format_plan(plan).splitlines() if "序号" in line)
    written = [cell.strip() for cell in header.strip("|").split("|")]
    assert set(written) <= set(task_table_rows(plan)[0]) | {"配合单位"}


def test_timeframe_words_read_back_as_the_time_frame():
    deadline = rulegov.TimeFrame(kind="deadline", end=dt.date(2023, 6, 30))
    assert rulegov.render.timeframe_words(deadline) == "2023年6月30日前"
    assert rulegov.parse.read_timeframe("2023年6月30日前", 2023).end == deadline.end
    with pytest.warns(DeprecationWarning, match=r"timing_words is deprecated.*timeframe_words"):
        old = rulegov.render.timing_words
    assert old is rulegov.render.timeframe_words
