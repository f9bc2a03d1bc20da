"""Status as of a date (督办): each state, its reason and units, recurring instances, views."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from rulegov.graph import Calendar
from rulegov.tracking import TaskState, status, with_progress
from samples import STATUS_TEXT

D = dt.date


@pytest.fixture
def plan():
    return rulegov.parse_plan(STATUS_TEXT, source="plan.txt")


def states(result):
    return [(item.number, item.instance, item.state.value) for item in result.items]


def test_each_state_with_its_reason_and_units(plan):
    tracked = with_progress(
        plan,
        [
            {"task": "1", "unit": "区司法局", "on": "2023-05-30", "percent": "40"},
            {"task": "2", "unit": "区法院", "on": "2023-06-15", "percent": "30"},
            {"task": "5", "unit": "区委宣传部", "on": "2023-06-01", "status": "推进中"},
        ],
    )
    result = status(tracked, as_of=D(2023, 7, 3))
    by_number = {item.number: item for item in result.items if item.instance is None}
    assert by_number["1"].state is TaskState.OVERDUE
    assert by_number["1"].reason == "due 2023-06-30 and not done: last report 2023-05-30, 40% done"
    assert by_number["1"].units == ("区司法局",)
    assert by_number["2"].state is TaskState.ON_TRACK
    assert by_number["2"].units == ("区法院",)  # the lead unit answers, not the cooperating one
    assert by_number["3"].state is TaskState.NOT_STARTED
    assert by_number["3"].units == ("区政府办",)
    assert by_number["5"].state is TaskState.ON_TRACK  # ongoing: no due date to miss


def test_reports_after_the_status_date_are_ignored(plan):
    tracked = with_progress(plan, [{"task": "1", "on": "2023-06-20", "status": "已完成"}])
    before = status(tracked, as_of=D(2023, 6, 10))
    after = status(tracked, as_of=D(2023, 7, 1))
    assert before.items[0].state is TaskState.NOT_STARTED
    assert after.items[0].state is TaskState.DONE
    assert after.items[0].reason == "done 2023-06-20"


def test_slack_used_up_is_at_risk(plan):
    # 5% of task 2 done in September: the 95% left cannot finish by 30 September
    tracked = with_progress(plan, [{"task": "2", "on": "2023-09-20", "percent": "5"}])
    item = next(i for i in status(tracked, as_of=D(2023, 9, 25)).items if i.number == "2")
    assert item.state is TaskState.AT_RISK
    assert item.reason.startswith("slack used up: the work left finishes 2023-")
    assert item.finish is not None
    assert item.finish > D(2023, 9, 30)


def test_a_delayed_report_is_at_risk(plan):
    tracked = with_progress(
        plan, [{"task": "3", "on": "2023-08-01", "status": "滞后", "percent": "20"}]
    )
    item = next(i for i in status(tracked, as_of=D(2023, 8, 2)).items if i.number == "3")
    assert (item.state, item.reason) == (TaskState.AT_RISK, "reported delayed on 2023-08-01")


def test_recurring_duty_has_one_item_per_quarter_end(plan):
    result = status(plan, as_of=D(2023, 7, 3))
    quarterly = [i for i in result.items if i.number == "4"]
    assert [i.due for i in quarterly] == [
        D(2023, 3, 31),
        D(2023, 6, 30),
        D(2023, 9, 30),
        D(2023, 12, 31),
    ]
    assert [i.instance for i in quarterly] == [1, 2, 3, 4]
    assert [i.state.value for i in quarterly] == [
        "overdue",
        "overdue",
        "not_started",
        "not_started",
    ]


def test_recurring_reports_close_instances_in_order(plan):
    tracked = with_progress(
        plan,
        [
            {"task": "4", "on": "2023-03-28", "status": "completed"},
            {"task": "4", "on": "2023-07-05", "status": "completed"},  # the June report, late
        ],
    )
    quarterly = [i for i in status(tracked, as_of=D(2023, 7, 10)).items if i.number == "4"]
    assert [i.state.value for i in quarterly[:3]] == ["done", "done", "not_started"]
    assert quarterly[1].reason == "done 2023-07-05, 5 days after its due date"


def test_no_instance_falls_due_before_the_plan_is_issued():
    text = "某区2023年工作要点\n一、加强领导\n1.报送进展。每季度报送。\n牵头单位：区司法局\n"
    plan = rulegov.parse_plan(text).model_copy(update={"issued_on": D(2023, 5, 10)})
    dues = [i.due for i in status(plan, as_of=D(2023, 5, 20)).items]
    assert dues == [D(2023, 6, 30), D(2023, 9, 30), D(2023, 12, 31)]


def test_views_by_unit_and_by_group():
    plan = rulegov.datasets.yancheng_2023()
    result = status(plan, as_of=D(2023, 7, 1), calendar=Calendar.china(2023, 2024))
    owed = result.by_unit()
    assert sum(len(items) for items in owed.values()) >= len(plan.tasks)
    groups = result.by_group()
    assert set(groups) == {"执法协调小组", "司法协调小组", "守法普法协调小组"}
    assert [item.number for item in groups["执法协调小组"]] == ["10"]


def test_status_date_must_be_a_date(plan):
    with pytest.raises(rulegov.ValidationError, match="as_of"):
        status(plan, as_of="2023-07-01")  # type: ignore[arg-type]


def test_the_first_date_python_holds_is_a_status_date_like_any_other():
    plan = rulegov.datasets.yancheng_2023()
    early = status(plan, as_of=dt.date.min)
    assert early.as_of == dt.date.min
    assert early.items
    assert all(row.state is TaskState.NOT_STARTED for row in early.items)


def test_an_undated_plan_takes_its_first_report_as_the_start_of_the_work():
    plan = rulegov.parse_plan(
        "某省法治建设重点任务责任分解表\n1.加强学法培训。牵头单位:省委宣传部\n"
        "2.加强监督考核。牵头单位:省委组织部\n"
    )
    assert plan.issued_on is None
    assert plan.period is None
    tracked = with_progress(
        plan,
        [
            {"task": "1", "on": "2012-11-30", "status": "completed", "percent": "100"},
            {"task": "2", "on": "2012-11-30", "status": "in_progress", "percent": "50"},
        ],
    )
    result = status(tracked, as_of=dt.date(2012, 12, 15))
    states = {item.number: item.state for item in result.items}
    assert states["1"] is TaskState.DONE
    assert states["2"] is not TaskState.DONE


@pytest.mark.parametrize("role", [None, "supervising"])
def test_a_report_by_a_unit_that_answers_for_no_part_of_the_task_does_not_make_it_done(role):
    # a plan that already holds such a report (saved before, or built in code)
    units = [{"id": "u1", "name": "区司法局"}, {"id": "u2", "name": "区委依法治区办"}]
    assignments = [{"unit": "u1", "role": "lead"}]
    if role is not None:
        assignments.append({"unit": "u2", "role": role})
    plan = rulegov.Plan.model_validate(
        {"title": "某区2024年工作要点", "period": {"start_year": 2024, "end_year": 2024},
         "units": units,
         "unsectioned_tasks": [
             {"id": "t1", "number": "1", "path": ["1"], "title": "加强合法性审核",
              "timeframe": {"kind": "deadline", "end": "2024-06-30"},
              "assignments": assignments,
              "progress": [{"on": "2024-06-01", "unit": "u2", "status": "completed"}]}]}
    )  # fmt: skip
    result = status(plan, as_of=D(2024, 12, 31))
    assert states(result) == [("1", None, "overdue")]
    [warning] = result.diagnostics
    assert warning.code == "report-without-role"
    held = "only supervises" if role else "holds no role on"
    assert warning.message.startswith(f"区委依法治区办 {held} task 1 (加强合法性审核)")
    assert "the task is held by 区司法局" in warning.message
