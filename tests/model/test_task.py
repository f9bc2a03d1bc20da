"""Tasks, sections and progress reports: status from the latest report, nesting of sections."""

from __future__ import annotations

import datetime as dt

import rulegov


def test_status_follows_the_latest_report():
    task = rulegov.Task(
        id="t",
        number="1",
        path=("1",),
        title="x",
        progress=[
            {"on": "2023-09-30", "status": "in_progress", "percent_complete": 60},
            {"on": "2023-03-31", "status": "in_progress", "percent_complete": 20},
        ],
    )
    assert task.status is rulegov.TaskStatus.IN_PROGRESS
    assert task.percent_complete == 60
    task.progress.append(rulegov.ProgressReport(on=dt.date(2023, 12, 20), status="completed"))
    assert task.status is rulegov.TaskStatus.COMPLETED
    assert task.percent_complete == 100


def test_a_task_without_reports_has_not_started():
    task = rulegov.Task(id="t", number="1", path=("1",), title="x")
    assert task.status is rulegov.TaskStatus.NOT_STARTED
    assert task.percent_complete == 0
    assert task.latest_report is None


def test_sections_nest_to_any_depth():
    section = rulegov.Section.model_validate(
        {
            "id": "s1",
            "number": "一",
            "level": 1,
            "title": "a",
            "tasks": [{"id": "t1", "number": "1", "path": ["一", "1"], "title": "x"}],
            "children": [
                {
                    "id": "s1.1",
                    "number": "（一）",
                    "level": 2,
                    "title": "b",
                    "children": [
                        {
                            "id": "s1.1.1",
                            "number": "1.",
                            "level": 3,
                            "title": "c",
                            "tasks": [
                                {
                                    "id": "t2",
                                    "number": "(1)",
                                    "path": ["一", "（一）", "1.", "(1)"],
                                    "title": "y",
                                }
                            ],
                        }
                    ],
                }
            ],
        }
    )
    assert [s.id for s in section.walk()] == ["s1", "s1.1", "s1.1.1"]
    assert [t.id for t in section.all_tasks()] == ["t1", "t2"]
    plan = rulegov.Plan(title="p", sections=[section])
    assert [t.path for t in plan.tasks] == [("一", "1"), ("一", "（一）", "1.", "(1)")]
    assert len(plan.walk_sections()) == 3


def test_the_share_done_reads_the_report_that_gives_the_status():
    """On two reports of one date, the share and the status both come from the last given."""
    task = rulegov.Task(
        id="t1",
        number="1",
        path=["1"],
        title="甲",
        progress=[
            {"on": "2023-06-01", "status": "in_progress", "percent_complete": 30},
            {"on": "2023-06-30", "status": "in_progress", "percent_complete": 50},
            {"on": "2023-06-30", "status": "in_progress", "percent_complete": 70},
        ],
    )
    assert task.latest_report is task.progress[2]
    assert task.percent_complete == 70.0
    assert rulegov.model.percent_done(task.progress[:2]) == 50.0
    assert rulegov.model.percent_done([]) == 0.0
