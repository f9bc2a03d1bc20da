"""Progress rows onto a plan: vocabulary, inference, and one clear error per bad row."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

import rulegov
from rulegov.tracking import with_progress


@pytest.fixture
def plan():
    return rulegov.datasets.yancheng_2023()


def test_chinese_and_english_columns_and_status_words(plan):
    tracked = with_progress(
        plan,
        [
            {
                "任务": "4",
                "单位": "区依法治区办",
                "日期": "2023年6月30日",
                "状态": "推进中",
                "进度": "60%",
            },
            {"task": "t5", "unit": "u-office", "done_on": "2023-06-15"},
            {"task": "6", "on": "2023-06-20", "percent": "100"},
        ],
    )
    four, five, six = (tracked.task(n).progress[-1] for n in ("4", "5", "6"))
    assert (four.status.value, four.percent_complete, four.on) == (
        "in_progress",
        60.0,
        dt.date(2023, 6, 30),
    )
    assert (five.status.value, five.on, five.unit) == (
        "completed",
        dt.date(2023, 6, 15),
        "u-office",
    )
    assert six.status.value == "completed"
    assert tracked.task("7").progress == plan.task("7").progress  # untouched


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"task": "99", "on": "2023-06-01"}, "row 2, column 'task': no task of the plan is '99'"),
        (
            {"task": "4", "unit": "区司法厅", "on": "2023-06-01"},
            "row 2, column 'unit': no unit of the plan is called '区司法厅'; the closest is",
        ),
        (
            {"task": "4", "on": "2023-02-30"},
            "row 2, column 'on': expected a date such as 2023-06-30",
        ),
        (
            {"task": "4", "on": "2021-06-01"},
            "row 2, column 'on': the date is before the plan begins (2023-05-10)",
        ),
        ({"task": "4", "on": "2026-06-01"}, "the date is long after the plan ends"),
        (
            {"task": "4", "on": "2023-06-01", "percent": "120"},
            "row 2, column 'percent': expected a share done from 0 to 100",
        ),
        (
            {"task": "4", "on": "2023-06-01", "status": "差不多"},
            "row 2, column 'status': unknown status '差不多'",
        ),
        (
            {"task": "4", "on": "2023-06-01", "status": "已完成", "percent": "50"},
            "a completed task is 100 percent done",
        ),
        ({"task": "4"}, "every report has a date"),
        ({"unit": "区依法治区办", "on": "2023-06-01"}, "every report names its task"),
    ],
)
def test_a_bad_row_is_one_error_naming_the_row(plan, row, message):
    with pytest.raises(rulegov.ParseError) as caught:
        with_progress(plan, [row], source="进展.csv")
    assert message in str(caught.value)
    assert caught.value.line == 2
    assert str(caught.value).startswith("进展.csv")


def test_a_report_by_a_unit_without_a_role_on_the_task_is_skipped_with_a_warning(plan):
    # task 1 is held by 区依法治区办 and 各部门; 司法所 holds no role on it
    tracked = with_progress(
        plan,
        [
            {"task": "1", "unit": "司法所", "on": "2023-06-01", "status": "completed"},
            {"task": "4", "unit": "区依法治区办", "on": "2023-06-30", "percent": "60"},
        ],
        source="进展.csv",
    )
    assert tracked.task("1").progress == []
    assert tracked.task("4").percent_complete == 60.0  # the other rows are read
    [warning] = tracked.diagnostics[len(plan.diagnostics) :]
    assert (warning.code, warning.severity.value) == ("report-without-role", "warning")
    assert warning.message.startswith("进展.csv: row 2 skipped: 司法所 holds no role on task 1")
    assert "would count for nobody" in warning.message
    assert "中共盐城经济技术开发区工委全面依法治区委员会办公室" in warning.message


def test_a_report_by_a_unit_that_only_supervises_the_task_is_skipped_with_a_warning():
    plan = rulegov.Plan.model_validate(
        {"title": "某区2024年工作要点", "period": {"start_year": 2024, "end_year": 2024},
         "units": [{"id": "u1", "name": "区司法局"}, {"id": "u2", "name": "区委依法治区办"}],
         "unsectioned_tasks": [
             {"id": "t1", "number": "1", "path": ["1"], "title": "加强合法性审核",
              "assignments": [{"unit": "u1", "role": "lead"},
                              {"unit": "u2", "role": "supervising"}]}]}
    )  # fmt: skip
    tracked = with_progress(
        plan, [{"task": "1", "unit": "区委依法治区办", "on": "2024-06-01", "status": "completed"}]
    )
    assert tracked.task("1").progress == []
    [warning] = tracked.diagnostics
    assert warning.message.startswith("row 2 skipped: 区委依法治区办 only supervises task 1")
    assert "the task is held by 区司法局" in warning.message


def test_an_unknown_task_names_the_closest(plan):
    with pytest.raises(rulegov.ParseError, match="the closest is '严格落实法治建设责任制'"):
        with_progress(plan, [{"task": "严格落实法治建设责任", "on": "2023-06-01"}])


def test_rows_are_named_by_the_numbers_given():
    plan = rulegov.datasets.yancheng_2023()
    rows = [{"task": "4", "on": "2023-06-30"}, {"task": "999", "on": "2023-06-30"}]
    with pytest.raises(rulegov.ParseError, match="row 7") as raised:
        with_progress(plan, rows, row_numbers=[3, 7])
    assert raised.value.line == 7
    with pytest.raises(rulegov.ValidationError, match="a number for each of the 2 rows, not 1"):
        with_progress(plan, rows, row_numbers=[3])


@pytest.mark.parametrize(
    ("keywords", "path"),
    [
        ({"first_row": "x"}, "first_row"),
        ({"first_row": None}, "first_row"),
        ({"first_row": True}, "first_row"),
        ({"first_row": 0}, "first_row"),
        ({"source": 5}, "source"),
        ({"row_numbers": 5}, "row_numbers"),
        ({"row_numbers": "7"}, "row_numbers"),
        ({"row_numbers": ["a"]}, "row_numbers[0]"),
        ({"row_numbers": [True]}, "row_numbers[0]"),
    ],
)
def test_how_rows_are_named_is_checked_before_a_row_is_read(keywords, path):
    # before, each was a bare TypeError (from enumerate, len() or the error's own message)
    plan = rulegov.datasets.yancheng_2023()
    rows = [{"task": "999", "on": "2023-06-30"}]
    with pytest.raises(rulegov.ValidationError) as raised:
        with_progress(plan, rows, **keywords)
    assert (raised.value.code, raised.value.path) == ("invalid-parameter", path)
    given = next(iter(keywords.values()))
    assert raised.value.value == (given[0] if path.endswith("[0]") else given)


def test_a_path_names_the_rows_as_a_str_does():
    plan = rulegov.datasets.yancheng_2023()
    rows = [{"task": "999", "on": "2023-06-30"}]
    with pytest.raises(rulegov.ParseError) as raised:
        with_progress(plan, rows, source=pathlib.Path("报送") / "进展.csv", first_row=5)
    assert (raised.value.source, raised.value.line) == (str(pathlib.Path("报送") / "进展.csv"), 5)
