"""Plain tables of plans, schedules and evaluations, and their pandas and Arrow forms."""

from __future__ import annotations

import datetime as dt
import sys

import pandas as pd
import pyarrow as pa
import pytest

import rulegov
from rulegov.graph import Calendar
from rulegov.io import tables, to_arrow, to_pandas
from rulegov.io._views import COLUMNS

PLAN_TABLES = [
    "plans",
    "tasks",
    "assignments",
    "units",
    "assessments",
    "targets",
    "dependencies",
    "citations",
    "groups",
    "diagnostics",
]


@pytest.fixture(scope="module")
def plan() -> rulegov.Plan:
    return rulegov.datasets.yancheng_2023()


@pytest.fixture(scope="module")
def schedule():
    graph = rulegov.TaskGraph({"meeting": 1, "key_points": 10, "training": 5},
                              [("meeting", "key_points"), ("key_points", "training", "SS", 3)])  # fmt: skip
    return graph.schedule(start=dt.date(2023, 5, 10), calendar=Calendar.china(2023))


@pytest.fixture(scope="module")
def evaluation():
    scheme = rulegov.Scheme.model_validate(
        {"id": "s", "root": {"id": "all", "children": [{"id": "a", "name": "学法"}, {"id": "b"}]}}
    )
    return rulegov.evaluate(scheme, {"x": {"a": 0.8, "b": 0.6}, "y": {"a": 0.5, "b": 0.5}})


def test_every_plan_table_has_its_documented_columns(plan):
    found = tables(plan)
    assert list(found) == PLAN_TABLES
    parsed = tables(rulegov.parse_plan("2023年工作要点\n一、加强领导\n1.召开会议\n2.\n"))
    assert parsed["diagnostics"], "a parsed plan with a doubtful line has diagnostics"
    for name, rows in found.items():
        checked = rows or parsed[name]
        assert checked, name
        for row in checked:
            assert list(row) == list(COLUMNS[name]), name


def test_plan_citation_and_group_rows(plan):
    found = tables(plan)
    (row,) = found["plans"]
    assert (row["plan_id"], row["task_count"], row["group_count"]) == (plan.id, 16, 3)
    assert row["issued_on"].isoformat() == "2023-05-10"
    assert [g["name"] for g in found["groups"]] == [
        "执法协调小组",
        "司法协调小组",
        "守法普法协调小组",
    ]
    assert found["groups"][0]["task_ids"] == ["t10"]
    assert len(found["citations"]) == len(plan.cited_documents)


def test_task_rows_hold_the_facts(plan):
    rows = tables(plan)["tasks"]
    fourth = rows[3]
    assert fourth["task_id"] == plan.tasks[3].id
    assert (fourth["number"], fourth["path"], fourth["title"]) == (
        "4",
        "一/4",
        "严格落实法治建设责任制",
    )
    assert fourth["section_title"] == plan.sections[0].title
    assert fourth["lead_units"] == ["u-office"]
    assert (fourth["timeframe_kind"], fourth["timeframe_text"], fourth["due"]) == (
        "ongoing",
        "持续推动",
        None,
    )
    assert (fourth["target_count"], fourth["status"], fourth["percent_complete"]) == (
        1,
        "not_started",
        0.0,
    )


def test_assignment_unit_and_target_rows(plan):
    found = tables(plan)
    first = found["assignments"][0]
    assert (first["task_id"], first["unit_id"], first["role"]) == (
        plan.tasks[0].id,
        "u-office",
        "lead",
    )
    assert first["unit_name"] == "中共盐城经济技术开发区工委全面依法治区委员会办公室"
    assert first["printed_name"] == "工委全面依法治区委员会办公室"
    office = next(row for row in found["units"] if row["unit_id"] == "u-office")
    assert office["short_names"] == ["区依法治区办"]
    assert office["lead_count"] == len(plan.tasks_of("u-office", "lead"))
    target = found["targets"][0]
    assert (target["task_id"], target["comparator"], target["value"], target["unit_of_measure"]) == (
        plan.tasks[3].id, "ge", 2.0, "个")  # fmt: skip
    assert target["quantitative"] is True


def test_assessment_and_dependency_rows(plan):
    found = tables(plan)
    first = found["assessments"][0]
    assert (first["assessment_id"], first["kind"], first["task_id"]) == (
        "a-t3-midterm-14th-fyp", "mid_term_evaluation", "t3")  # fmt: skip
    assert first["assessors"] == ["u-office"]
    assert first["timeframe_kind"] == "in_due_time"
    link = plan.dependencies[0]
    row = found["dependencies"][0]
    assert (row["predecessor"], row["successor"], row["type"], row["lag"]) == (
        link.predecessor, link.successor, link.type.value, link.lag)  # fmt: skip


def test_arrow_types_are_fixed_for_every_table(plan):
    expected = {"str": pa.string(), "date": pa.date32(), "float": pa.float64(), "int": pa.int64(),
                "bool": pa.bool_(), "list": pa.list_(pa.string())}  # fmt: skip
    for name in PLAN_TABLES:
        table = to_arrow(plan, table=name)
        assert table.num_rows == len(tables(plan)[name])
        assert {f.name: f.type for f in table.schema} == {
            c: expected[k] for c, k in COLUMNS[name].items()
        }


def test_arrow_tables_of_many_plans_concatenate(plan):
    dated = rulegov.io.read_task_rows(
        [
            ["序号", "工作任务", "牵头单位", "完成时限"],
            ["1", "开展培训", "区司法局", "2023年6月30日"],
        ]
    )
    # the reference plan's tasks have no dates; the other's one has: the types still agree
    both = pa.concat_tables([to_arrow(plan), to_arrow(dated)])
    assert both.num_rows == len(plan.tasks) + 1
    assert both.column("on").to_pylist()[-1] == dt.date(2023, 6, 30)
    assert both.schema.field("on").type == pa.date32()


def test_an_empty_table_keeps_its_schema():
    empty = rulegov.Plan(title="空")
    table = to_arrow(empty, table="targets")
    assert table.num_rows == 0
    assert table.schema.field("value").type == pa.float64()
    assert list(to_pandas(empty, table="targets").columns) == list(COLUMNS["targets"])


def test_pandas_dtypes(plan):
    frame = to_pandas(plan)
    assert list(frame.columns) == list(COLUMNS["tasks"])
    assert len(frame) == 16
    assert pd.api.types.is_datetime64_any_dtype(frame["due"])
    assert str(frame["measure_count"].dtype) == "Int64"
    assert frame["percent_complete"].dtype == "float64"
    assert frame.loc[3, "title"] == "严格落实法治建设责任制"
    targets = to_pandas(plan, table="targets")
    assert str(targets["quantitative"].dtype) == "boolean"


def test_schedule_rows_with_dates_and_slack(schedule):
    table = to_arrow(schedule)
    assert table.column_names == list(COLUMNS["schedule"])
    rows = {row["node"]: row for row in table.to_pylist()}
    assert rows["key_points"]["finish_date"] == dt.date(2023, 5, 24)
    assert rows["key_points"]["start_date"] == schedule.dates("key_points").start
    assert rows["training"]["total_slack"] == schedule.total_slack["training"]
    assert rows["meeting"]["critical"] is True
    assert table.schema.field("start_date").type == pa.date32()
    frame = to_pandas(schedule, table="schedule")
    assert frame.loc[0, "node"] == "meeting"


def test_schedule_without_a_start_has_no_dates():
    plain = rulegov.TaskGraph({"a": 2, "b": 3}, [("a", "b")]).schedule()
    rows = to_arrow(plain).to_pylist()
    assert [(r["node"], r["early_start"], r["early_finish"], r["start_date"]) for r in rows] == [
        ("a", 0, 2, None), ("b", 2, 5, None)]  # fmt: skip


def test_evaluation_rows_per_unit_and_node(evaluation):
    rows = to_arrow(evaluation).to_pylist()
    assert [(r["unit"], r["node"]) for r in rows] == [
        ("x", "all"), ("x", "a"), ("x", "b"), ("y", "all"), ("y", "a"), ("y", "b")]  # fmt: skip
    first = rows[0]
    assert first["score"] == pytest.approx(0.7)
    assert (first["rank"], first["total_rank"], first["depth"], first["parent"]) == (1, 1, 0, None)
    assert rows[1]["name"] == "学法"
    assert rows[4]["rank"] == 2
    assert to_arrow(evaluation).schema.field("score").type == pa.float64()
    assert len(to_pandas(evaluation)) == 6


def test_unknown_tables_and_objects_are_refused(plan, schedule):
    with pytest.raises(
        rulegov.ValidationError,
        match=r"table: a plan has the tables plans, tasks, assignments.*\(got 'task'\)",
    ):
        to_arrow(plan, table="task")
    with pytest.raises(
        rulegov.ValidationError,
        match=r"table: a Schedule has one table, 'schedule' \(got 'tasks'\)",
    ):
        to_pandas(schedule, table="tasks")
    with pytest.raises(
        rulegov.ValidationError,
        match=r"obj: give a rulegov Plan, Schedule or Evaluation \(got 'dict'\)",
    ):
        to_arrow({"title": "x"})


def test_missing_extras_are_named(plan, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(
        rulegov.MissingExtraError,
        match=r"to_pandas needs the optional package 'pandas'; install it with: pip install 'rulegov\[pandas\]'",
    ):
        to_pandas(plan)
    with pytest.raises(
        rulegov.MissingExtraError,
        match=r"to_arrow needs the optional package 'pyarrow'; install it with: pip install 'rulegov\[arrow\]'",
    ):
        to_arrow(plan)
