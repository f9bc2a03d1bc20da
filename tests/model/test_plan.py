"""What users do with model objects: look things up, follow progress, compare targets."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov


def test_lookups_by_id_number_and_name(small_plan_data):
    plan = rulegov.Plan.model_validate(small_plan_data)
    assert plan.task("t2").title == "开展专题述法"
    assert plan.task("2").id == "t2"
    assert plan.unit("区依法治区办").id == "office"
    assert plan.unit("justice").name == "区司法局"
    assert [t.id for t in plan.tasks_of("区司法局")] == ["t1", "t2"]
    assert [t.id for t in plan.tasks_of("justice", "responsible")] == ["t2"]
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        plan.task("t9")
    assert caught.value.issues[0].value == "t9"
    with pytest.raises(KeyError):
        plan.unit("区公安局")


def test_missing_printed_names_are_filled_with_the_full_name(small_plan_data):
    plan = rulegov.Plan.model_validate(small_plan_data)
    assert plan.task("t1").lead_units == ["区依法治区办"]
    assert plan.task("t1").cooperating_units == ["区司法局"]
    assert plan.task("t2").responsible_units == ["区司法局"]
    assert plan.task("t2").supervising_units == []


def test_plain_data_is_named_and_objects_in_it_are_left_as_given(small_plan_data):
    assignments = small_plan_data["sections"][0]["tasks"][0]["assignments"]
    del assignments[0]["unit_name"]
    plan = rulegov.Plan.model_validate(small_plan_data)
    assert plan.task("t1").assignments[0].unit_name == "区委全面依法治区委员会办公室"
    given = rulegov.Assignment(unit="office", role="lead")
    assignments[0] = given
    plan = rulegov.Plan.model_validate(small_plan_data)
    assert given.unit_name is None
    assert plan.task("t1").assignments[0].unit_name == "区委全面依法治区委员会办公室"


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


@pytest.mark.parametrize(
    ("comparator", "value", "observed", "met"),
    [
        ("eq", 100, 100, True),
        ("eq", 100, 99.9, False),
        ("ge", 2, 2, True),
        ("ge", 2, 1, False),
        ("gt", 2, 2, False),
        ("le", 5, 5, True),
        ("lt", 5, 5, False),
    ],
)
def test_target_comparison(comparator, value, observed, met):
    target = rulegov.Target(comparator=comparator, value=value, text="x")
    assert target.is_met(observed) is met


def test_qualitative_target_cannot_be_compared():
    with pytest.raises(ValueError, match="qualitative target '进入全市先进行列'"):
        rulegov.Target(text="进入全市先进行列").is_met(1)


def test_period_and_timeframe_helpers():
    period = rulegov.Period(start_year=2021, end_year=2025)
    assert period.years == 5
    assert dt.date(2023, 5, 10) in period
    assert dt.date(2026, 1, 1) not in period
    deadline = rulegov.TimeFrame(kind="deadline", end=dt.date(2023, 6, 30), text="6月底前")
    assert deadline.due == dt.date(2023, 6, 30)
    assert not deadline.is_vague
    assert rulegov.TimeFrame(kind="standing", text="长期坚持").is_vague


def test_membership_by_date():
    group = rulegov.CoordinationGroup(
        id="g",
        name="执法协调小组",
        members=[
            {"unit": "a", "since": "2023-01-01", "until": "2023-06-30"},
            {"unit": "b", "since": "2023-07-01"},
            {"unit": "c"},
        ],
    )
    assert group.members_on(dt.date(2023, 3, 1)) == ["a", "c"]
    assert group.members_on(dt.date(2023, 9, 1)) == ["b", "c"]


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


def test_unsectioned_tasks_come_first():
    plan = rulegov.Plan.model_validate(
        {
            "title": "p",
            "unsectioned_tasks": [{"id": "t0", "number": "1", "path": ["1"], "title": "x"}],
            "sections": [
                {
                    "id": "s",
                    "number": "一",
                    "level": 1,
                    "title": "y",
                    "tasks": [{"id": "t1", "number": "2", "path": ["一", "2"], "title": "z"}],
                }
            ],
        }
    )
    assert [t.id for t in plan.tasks] == ["t0", "t1"]


def test_source_text_locates_spans():
    source = rulegov.SourceText(text="一、总体要求\n1.推动学习。")
    assert source.locate(rulegov.Span(start=9, end=13)) == (2, 3)
    assert source.excerpt(rulegov.Span(start=9, end=13)) == "推动学习"


def test_plan_without_source_cannot_excerpt(small_plan_data):
    plan = rulegov.Plan.model_validate(small_plan_data)
    with pytest.raises(ValueError, match="no source text"):
        plan.excerpt(rulegov.Span(start=0, end=1))


def test_json_schema_describes_the_plan():
    schema = rulegov.plan_json_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["required"] == ["title"]
    task = schema["$defs"]["Task"]
    assert {"id", "number", "path", "title"} <= set(task["required"])
    assert schema["$defs"]["Role"]["enum"] == ["lead", "responsible", "cooperating", "supervising"]


def _descriptions(schema):
    """Every ``description`` in a JSON Schema, by its path."""
    found = {}
    stack = [("", schema)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            if isinstance(value.get("description"), str):
                found[path or "/"] = value["description"]
            stack.extend((f"{path}/{key}", item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((f"{path}/{index}", item) for index, item in enumerate(value))
    return found


@pytest.mark.parametrize("make", [rulegov.plan_json_schema, rulegov.scheme_json_schema])
def test_json_schema_descriptions_are_prose_without_examples(make):
    descriptions = _descriptions(make())
    leaks = {
        path: text
        for path, text in descriptions.items()
        if ">>>" in text or "Examples:" in text or "][rulegov." in text or ":class:" in text
    }
    assert not leaks, leaks
    assert len(descriptions) > 10


def test_json_schema_keeps_the_prose_of_the_docstring():
    schema = rulegov.plan_json_schema()
    assert schema["description"].startswith("A plan document (工作计划, 工作要点, 实施方案...)")
    assert "raises `ValidationError` naming the field path" in schema["description"]
    assert (
        schema["$defs"]["Task"]["description"]
        == "A numbered work item of a plan (任务 · 重点任务)."
    )
    # models users build on get the same treatment from model_json_schema itself
    assert ">>>" not in rulegov.Task.model_json_schema()["description"]


def test_json_schema_accepts_the_reference_plan(reference_plan):
    import jsonschema  # noqa: PLC0415

    document = reference_plan.model_dump(mode="json")
    jsonschema.validate(document, rulegov.plan_json_schema())


def test_diagnostic_renders_place_and_code():
    diagnostic = rulegov.Diagnostic(
        code="no-unit", message="task 3 names no responsible unit", line=12, column=1
    )
    assert str(diagnostic) == "12:1: warning: task 3 names no responsible unit [no-unit]"


def test_where_a_task_sits_and_what_checks_it(reference_plan):
    assert reference_plan.section_of("10").number == "三"
    assert reference_plan.section_of("t16").title.startswith("加强研究宣传")
    assert [a.kind.value for a in reference_plan.assessments_of("4")] == [
        "duty_report",
        "democratic_appraisal",
        "appraisal",
        "rule_of_law_duty_report",
    ]
    assert [g.name for g in reference_plan.groups_of("10")] == [
        "执法协调小组",
        "司法协调小组",
        "守法普法协调小组",
    ]
    assert reference_plan.groups_of("9") == []
    with pytest.raises(rulegov.UnknownReferenceError):
        reference_plan.section_of("17")


def test_unsectioned_task_has_no_section():
    plan = rulegov.Plan.model_validate(
        {
            "title": "p",
            "unsectioned_tasks": [{"id": "t0", "number": "1", "path": ["1"], "title": "x"}],
        }
    )
    assert plan.section_of("t0") is None
