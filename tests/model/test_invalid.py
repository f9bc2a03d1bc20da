"""Every rule of the model rejects bad data with a rulegov error naming the field path and value."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import rulegov


def issue_of(error: rulegov.ValidationError, path: str) -> rulegov.Issue:
    for issue in error.issues:
        if issue.path == path:
            return issue
    paths = [issue.path for issue in error.issues]
    raise AssertionError(f"no issue at {path!r}; issues at {paths}")


# (what is built, data, field path, words in the message, offending value)
SIMPLE_CASES: list[tuple[type[rulegov.model.Model], dict[str, Any], str, str, Any]] = [
    (rulegov.Span, {"start": 5, "end": 2}, "end", "must not end before it starts at 5", 2),
    (rulegov.Span, {"start": -1, "end": 2}, "start", "greater than or equal to 0", -1),
    (
        rulegov.Period,
        {"start_year": 2025, "end_year": 2021},
        "end_year",
        "before start_year 2025",
        2021,
    ),
    (
        rulegov.TimeFrame,
        {"kind": "deadline", "text": "年底前"},
        "end",
        "required when kind is 'deadline'",
        None,
    ),
    (
        rulegov.TimeFrame,
        {"kind": "on", "on": "2023-05-10", "frequency": "monthly"},
        "frequency",
        "must be empty when kind is 'on'",
        rulegov.Frequency.MONTHLY,
    ),
    (
        rulegov.TimeFrame,
        {"kind": "range", "start": "2023-06-01", "end": "2023-01-01"},
        "end",
        "must not be before start 2023-06-01",
        dt.date(2023, 1, 1),
    ),
    (rulegov.TimeFrame, {"kind": "sometime"}, "kind", "Input should be 'on', 'range'", "sometime"),
    (rulegov.Target, {"comparator": "ge", "text": "2个以上"}, "value", "needs a value", None),
    (
        rulegov.Target,
        {"comparator": "eq", "value": 150, "unit_of_measure": "%", "text": "150%"},
        "value",
        "between 0 and 100",
        150,
    ),
    (
        rulegov.Target,
        {"comparator": "ge", "value": float("inf"), "text": "x"},
        "value",
        "finite",
        float("inf"),
    ),
    (rulegov.Target, {"value": 3, "text": "3次"}, "comparator", "needs a comparator", None),
    (
        rulegov.Citation,
        {"title": "《法治政府建设实施纲要》"},
        "title",
        "without the outer 《》",
        "《法治政府建设实施纲要》",
    ),
    (
        rulegov.Assignment,
        {"unit": "office", "role": "boss"},
        "role",
        "'lead', 'responsible'",
        "boss",
    ),
    (
        rulegov.ProgressReport,
        {"on": "2023-06-30", "status": "completed", "percent_complete": 50},
        "percent_complete",
        "completed task is 100 percent",
        50,
    ),
    (
        rulegov.ProgressReport,
        {"on": "2023-06-30", "status": "in_progress", "percent_complete": 120},
        "percent_complete",
        "less than or equal to 100",
        120,
    ),
    (
        rulegov.ProgressReport,
        {"on": "2023-02-30", "status": "in_progress"},
        "on",
        "valid date",
        "2023-02-30",
    ),
    (
        rulegov.Membership,
        {"unit": "justice", "since": "2023-06-01", "until": "2023-01-01"},
        "until",
        "before since 2023-06-01",
        dt.date(2023, 1, 1),
    ),
    (rulegov.Subject, {"kind": "unit"}, "ref", "a unit subject needs an id", None),
    (
        rulegov.Dependency,
        {"predecessor": "t1", "successor": "t1"},
        "successor",
        "cannot depend on itself",
        "t1",
    ),
    (
        rulegov.Section,
        {
            "id": "s",
            "number": "一",
            "level": 2,
            "title": "x",
            "children": [{"id": "c", "number": "1", "level": 2, "title": "y"}],
        },
        "children[0].level",
        "below its parent's level 2",
        2,
    ),
    (
        rulegov.Task,
        {"id": "t", "number": "3", "path": ["一", "2"], "title": "x"},
        "path",
        "must end with the task's number '3'",
        ("一", "2"),
    ),
    (
        rulegov.Task,
        {
            "id": "t",
            "number": "1",
            "path": ["1"],
            "title": "x",
            "assignments": [{"unit": "u", "role": "lead"}, {"unit": "u", "role": "lead"}],
        },
        "assignments[1]",
        "already holds this role",
        ("u", rulegov.Role.LEAD),
    ),
    (
        rulegov.Unit,
        {"id": "u", "name": "区司法局", "colour": "red"},
        "colour",
        "Extra inputs are not permitted",
        "red",
    ),
    (rulegov.Unit, {"id": "", "name": "区司法局"}, "id", "at least 1 character", ""),
]


@pytest.mark.parametrize(("model", "data", "path", "words", "value"), SIMPLE_CASES)
def test_invalid_value_is_rejected_with_path_and_value(model, data, path, words, value):
    with pytest.raises(rulegov.ValidationError) as caught:
        model.model_validate(data)
    issue = issue_of(caught.value, path)
    assert words in issue.message
    assert issue.value == value
    assert path in str(caught.value)
    assert caught.value.model == model.__name__


def test_errors_are_also_value_errors_and_rulegov_errors():
    with pytest.raises(ValueError, match="must not end before"):
        rulegov.Span(start=2, end=1)
    with pytest.raises(rulegov.RulegovError):
        rulegov.Span(start=2, end=1)


def test_assignment_of_a_bad_value_is_validated():
    span = rulegov.Section(id="s", number="一", level=1, title="x")
    with pytest.raises(rulegov.ValidationError) as caught:
        span.level = 0
    assert caught.value.issues[0].path == "level"
    assert caught.value.issues[0].value == 0


# --- plan integrity ---------------------------------------------------------------------------


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
