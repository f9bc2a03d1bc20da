"""The reference plan (rulegov.datasets.yancheng_2023) scheduled for 2023 from its date of issue."""

import datetime as dt

import pytest

from rulegov.graph import Calendar, plan_overview, redundant_links, workload
from rulegov.render import (
    to_text,
)

D = dt.date
CALENDAR = Calendar.china(2023, 2024)


@pytest.fixture(scope="module")
def plan(reference_plan):
    return reference_plan


@pytest.fixture(scope="module")
def graph(reference_graph):
    return reference_graph


@pytest.fixture(scope="module")
def schedule(reference_schedule):
    return reference_schedule


def test_nodes_are_tasks_linked_measures_and_assessments(graph):
    kinds = [graph.kind(n) for n in graph.nodes]
    assert kinds.count("task") == 16
    assert kinds.count("assessment") == 16
    assert sorted(n for n in graph.nodes if graph.kind(n) == "measure") == [
        "t12.m2", "t12.m3", "t16.m3", "t2.m2", "t2.m5", "t3.m3", "t9.m2", "t9.m3", "t9.m4", "t9.m5",
    ]  # fmt: skip
    assert graph.label("t3") == "3 推进法治建设规划体系实施"


def test_durations_follow_the_documented_rule(graph):
    # 持续推进 (ongoing) and the yearly task 11 last from 10 May to the year end: 163 working days
    assert [graph.duration(t) for t in ("t1", "t4", "t5", "t11")] == [163, 163, 163, 163]
    assert graph.duration("t2") == 20  # 及时: the default
    assert graph.duration("a-t9-rectification") == 5
    # the yearly duty of task 11 falls due on 31 December, a Sunday: its one instance is due on
    # the next working day; the duty report happens on 31 December; the annual monitoring
    # evaluation of the year carries no date in the plan, so it has no deadline
    assert graph.deadlines == {
        "t11@2024-01-02": D(2024, 1, 2),
        "a-t4-duty-report": D(2023, 12, 31),
    }
    assert graph.kind("t11@2024-01-02") == "duty"
    assert graph.earliest["a-t4-duty-report"] == D(2023, 12, 25)


def test_the_key_points_come_before_the_committee_meeting_and_the_task_list(schedule):
    # t2.m5 研究制定《…2023年工作要点》, t2.m2 及时组织召开工委全面依法治区委员会会议
    assert schedule.driving_predecessor["t2.m2"] == "t2.m5"
    assert schedule.dates("t2.m5").finish == D(2023, 5, 16)
    assert schedule.dates("t2.m2").start == D(2023, 5, 17)
    assert schedule.driving_predecessor["t16.m3"] == "t2.m2"
    assert schedule.dates("t16.m3").start == D(2023, 5, 24)


def test_rectification_follows_its_plan(schedule):
    # 制定整改方案 -> 落实整改责任 -> 全面落实整改任务, with 实地督导 once it is under way (SS)
    starts = [schedule.dates(m).start for m in ("t9.m2", "t9.m3", "t9.m5", "t9.m4")]
    assert starts == [D(2023, 5, 10), D(2023, 5, 17), D(2023, 5, 24), D(2023, 5, 24)]
    assert schedule.driving_predecessor["a-t9-rectification"] == "a-t9-central-inspection"


def test_year_end_gates_and_the_monitoring_evaluation(schedule):
    # the appraisal scores the year-end duty reports and the democratic appraisal
    assert schedule.dates("a-t4-duty-report").start == D(2023, 12, 25)
    assert schedule.dates("a-t4-duty-report").finish == D(2023, 12, 29)
    assert schedule.driving_predecessor["a-t4-appraisal"] == "a-t4-duty-report"
    assert schedule.dates("a-t4-appraisal").start == D(2024, 1, 2)  # after 元旦
    # the monitoring evaluation builds on the duty reports, so it runs once the year has closed
    assert schedule.driving_predecessor["a-t11-monitoring"] == "a-t4-duty-report"
    assert schedule.dates("a-t11-monitoring").start == D(2024, 1, 2)
    assert schedule.dates("a-t11-monitoring").finish == D(2024, 1, 8)
    assert schedule.violations == ()


def test_critical_set_and_chain(schedule):
    assert schedule.duration == 168
    assert schedule.finish_date == D(2024, 1, 8)
    # the instance of the yearly duty is fixed at its date, so it has no slack either
    assert schedule.critical == {
        "a-t4-duty-report",
        "a-t4-appraisal",
        "a-t11-monitoring",
        "t11@2024-01-02",
    }
    assert schedule.critical_chain() == ("a-t4-duty-report", "a-t4-appraisal")
    assert schedule.total_slack["t1"] == 5


def test_inferred_suggestion_for_on_site_guidance(graph):
    (suggestion,) = graph.suggestions
    assert (suggestion.predecessor, suggestion.successor) == ("t9.m3", "t9.m4")
    assert suggestion.reason == (
        "measure order in task 9: 落实整改责任 (carry out) before 适时开展实地督导 (check)"
    )
    assert redundant_links(graph) == ()


def test_workload_of_the_office(graph, schedule):
    per_wave = workload(graph, by="unit")
    assert set(per_wave) >= {"u-office"}
    per_month = workload(graph, by="unit", per="month", schedule=schedule)
    office = per_month["u-office"]
    assert next(iter(office)) == "2023-05"
    assert all(days > 0 for days in office.values())


def test_overview_for_the_command_line(plan):
    view = plan_overview(plan, calendar=CALENDAR)
    assert view.duration == 168
    # every task can start at once; measures and assessments follow in waves
    assert list(view.waves[0]) == [*(f"t{number}" for number in range(1, 17)), "t11@2024-01-02"]
    assert [len(wave) for wave in view.waves] == [17, 16, 7, 2, 1]
    assert [list(wave) for wave in view.waves[3:]] == [["t9.m5", "t16.m3"], ["t9.m4"]]
    text = to_text(view)
    assert text.splitlines()[:2] == ["duration: 168 working days", "finish: 2024-01-08"]
    assert (
        "critical chain: 4 › 党政主要负责人履行推进法治建设第一责任人职责年终述职 -> "
        "4 › 纳入法治建设考核指标体系" in text
    )
    assert "missed:" not in text
