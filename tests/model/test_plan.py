"""Plans: lookups, sections and their tasks, excerpts, the JSON schema, and integrity checks."""

from __future__ import annotations

from typing import Any

import pytest

import rulegov
from samples import issue_of


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


def test_the_published_schema_accepts_a_plan_saved_with_the_former_lag_unit_key():
    import json  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    import jsonschema  # noqa: PLC0415

    document = rulegov.datasets.yancheng_2023().model_dump(mode="json")
    assert document["dependencies"]
    for link in document["dependencies"]:  # as the release before the rename wrote them
        link["lag_unit"] = link.pop("lag_time_unit")
    published = Path(__file__).parents[2] / "docs" / "schemas" / "plan.schema.json"
    schema = json.loads(published.read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert schema["$defs"]["Dependency"]["properties"]["lag_unit"]["deprecated"] is True
    link = dict(document["dependencies"][0], lag_unit="weeks")
    with pytest.raises(jsonschema.ValidationError, match="weeks"):
        jsonschema.validate(dict(document, dependencies=[link]), schema)


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


# --- integrity ---------------------------------------------------------------------------------


def plan_error(data: dict[str, Any]) -> rulegov.ValidationError:
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.Plan.model_validate(data)
    return caught.value


def test_duplicate_task_id(small_plan_data):
    small_plan_data["sections"][0]["tasks"][1]["id"] = "t1"
    error = plan_error(small_plan_data)
    assert isinstance(error, rulegov.DuplicateIdError)
    issue = issue_of(error, "sections[0].tasks[1].id")
    assert issue.value == "t1"
    assert "already used by sections[0].tasks[0]" in issue.message


def test_id_shared_by_a_unit_and_a_task(small_plan_data):
    small_plan_data["units"][2]["id"] = "t2"
    small_plan_data["sections"][0]["tasks"][0]["assignments"][1]["unit"] = "t2"
    small_plan_data["sections"][0]["tasks"][1]["assignments"][0]["unit"] = "t2"
    small_plan_data["coordination_groups"][0]["members"][0]["unit"] = "t2"
    error = plan_error(small_plan_data)
    assert isinstance(error, rulegov.DuplicateIdError)
    assert issue_of(error, "sections[0].tasks[1].id").value == "t2"


def test_unknown_unit_in_assignment(small_plan_data):
    small_plan_data["sections"][0]["tasks"][1]["assignments"][0]["unit"] = "police"
    error = plan_error(small_plan_data)
    assert isinstance(error, rulegov.UnknownReferenceError)
    assert isinstance(error, KeyError)
    issue = issue_of(error, "sections[0].tasks[1].assignments[0].unit")
    assert issue.value == "police"
    assert "no unit has this id" in issue.message
    assert str(error).startswith("invalid Plan: sections[0].tasks[1].assignments[0].unit")


def test_unknown_unit_error_names_the_unit_and_the_task_in_its_fields(small_plan_data):
    small_plan_data["sections"][0]["tasks"][1]["assignments"][0]["unit"] = "police"
    error = plan_error(small_plan_data)
    assert error.code == "unknown-unit"
    assert (error.unit, error.task, error.node) == ("police", "t2", None)
    issue = issue_of(error, "sections[0].tasks[1].assignments[0].unit")
    assert (issue.unit, issue.task) == ("police", "t2")
    assert error.context["unit"] == "police"


def test_duplicate_id_and_unknown_ends_fill_the_matching_field(small_plan_data):
    small_plan_data["sections"][0]["tasks"][1]["id"] = "t1"
    error = plan_error(small_plan_data)
    assert (error.code, error.task, error.unit) == ("duplicate-id", "t1", None)
    small_plan_data["sections"][0]["tasks"][1]["id"] = "t2"
    small_plan_data["dependencies"].append({"predecessor": "t2", "successor": "t99"})
    error = plan_error(small_plan_data)
    assert (error.code, error.node, error.task) == ("unknown-reference", "t99", None)


def test_plan_lookups_name_the_key_in_its_field(small_plan_data):
    plan = rulegov.Plan.model_validate(small_plan_data)
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        plan.unit("nobody")
    assert caught.value.unit == "nobody"
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        plan.task("99")
    assert caught.value.task == "99"


def test_printed_unit_name_must_be_a_name_of_the_unit(small_plan_data):
    small_plan_data["sections"][0]["tasks"][0]["assignments"][0]["unit_name"] = "区司法局"
    error = plan_error(small_plan_data)
    issue = issue_of(error, "sections[0].tasks[0].assignments[0].unit_name")
    assert issue.value == "区司法局"
    assert "add it to the unit's aliases" in issue.message


def test_group_names_an_unknown_task(small_plan_data):
    small_plan_data["coordination_groups"][0]["tasks"] = ["t9"]
    issue = issue_of(plan_error(small_plan_data), "coordination_groups[0].tasks[0]")
    assert issue.value == "t9"


def test_group_member_must_be_a_unit(small_plan_data):
    small_plan_data["coordination_groups"][0]["members"] = [{"unit": "t1"}]
    issue = issue_of(plan_error(small_plan_data), "coordination_groups[0].members[0].unit")
    assert issue.value == "t1"
    assert "names a task" in issue.message
    assert "but a unit is needed" in issue.message


def test_assessment_subject_names_an_unknown_task(small_plan_data):
    small_plan_data["assessments"][0]["subjects"] = [{"kind": "task", "ref": "t7"}]
    issue = issue_of(plan_error(small_plan_data), "assessments[0].subjects[0].ref")
    assert issue.value == "t7"


def test_assessor_must_be_a_unit_or_group(small_plan_data):
    small_plan_data["assessments"][0]["assessors"] = ["t1"]
    issue = issue_of(plan_error(small_plan_data), "assessments[0].assessors[0]")
    assert "but a unit or coordination_group is needed" in issue.message


def test_assessment_called_for_by_unknown_task(small_plan_data):
    small_plan_data["assessments"][0]["task"] = "t3"
    assert issue_of(plan_error(small_plan_data), "assessments[0].task").value == "t3"


def test_dependency_with_unknown_end(small_plan_data):
    small_plan_data["dependencies"].append({"predecessor": "t2", "successor": "t99"})
    error = plan_error(small_plan_data)
    assert isinstance(error, rulegov.UnknownReferenceError)
    assert issue_of(error, "dependencies[2].successor").value == "t99"


def test_dependency_given_twice(small_plan_data):
    small_plan_data["dependencies"].append({"predecessor": "t1", "successor": "a1"})
    issue = issue_of(plan_error(small_plan_data), "dependencies[2]")
    assert issue.value == ("t1", "a1", "FS")
    assert "given twice" in issue.message


def test_dependency_self_loop_inside_a_plan_names_its_path(small_plan_data):
    small_plan_data["dependencies"].append({"predecessor": "t2", "successor": "t2"})
    issue = issue_of(plan_error(small_plan_data), "dependencies[2].successor")
    assert issue.value == "t2"


def test_unit_parent_loop(small_plan_data):
    small_plan_data["units"][0]["parent"] = "office"
    issue = issue_of(plan_error(small_plan_data), "units[0].parent")
    assert "loops" in issue.message


def test_two_units_sharing_a_name(small_plan_data):
    small_plan_data["units"][2]["aliases"] = ["区依法治区办"]
    issue = issue_of(plan_error(small_plan_data), "units[2]")
    assert issue.value == "区依法治区办"
    assert "'office'" in issue.message


def test_issuer_unit_must_exist(small_plan_data):
    small_plan_data["issuer_unit"] = "nobody"
    assert issue_of(plan_error(small_plan_data), "issuer_unit").value == "nobody"


def test_task_path_must_follow_its_sections(small_plan_data):
    small_plan_data["sections"][0]["tasks"][0]["path"] = ["二", "1"]
    issue = issue_of(plan_error(small_plan_data), "sections[0].tasks[0].path")
    assert issue.value == ("二", "1")
    assert "('一', '1')" in issue.message


def test_span_beyond_the_source_text(small_plan_data):
    small_plan_data["source"] = {"text": "短文"}
    small_plan_data["sections"][0]["tasks"][0]["span"] = {"start": 0, "end": 10}
    issue = issue_of(plan_error(small_plan_data), "sections[0].tasks[0].span.end")
    assert issue.value == 10
    assert "beyond the source text of 2 characters" in issue.message


def test_nested_model_error_carries_the_full_path(small_plan_data):
    small_plan_data["sections"][0]["tasks"][1]["targets"][0]["value"] = -5
    small_plan_data["sections"][0]["tasks"][1]["targets"][0]["unit_of_measure"] = "%"
    issue = issue_of(plan_error(small_plan_data), "sections[0].tasks[1].targets[0].value")
    assert issue.value == -5


def test_bad_date_of_issue(small_plan_data):
    small_plan_data["issued_on"] = "2023-13-40"
    issue = issue_of(plan_error(small_plan_data), "issued_on")
    assert issue.value == "2023-13-40"


def test_invalid_json_is_a_rulegov_error():
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.Plan.model_validate_json('{"title": ')
    assert "Invalid JSON" in str(caught.value)


def test_many_problems_are_reported_together(small_plan_data):
    small_plan_data["issuer_unit"] = "nobody"
    small_plan_data["coordination_groups"][0]["tasks"] = ["t9"]
    error = plan_error(small_plan_data)
    assert len(error.issues) == 2
    assert str(error).startswith("invalid Plan: 2 problems")
