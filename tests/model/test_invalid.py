"""Every rule of the model rejects bad data with a rulegov error naming the field path and value."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import rulegov
from samples import issue_of

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


def test_a_progress_report_naming_its_unit_by_name_names_the_id_to_use():
    plan = {
        "id": "p",
        "title": "计划",
        "units": [{"id": "u1", "name": "区司法局"}, {"id": "u2", "name": "区公安分局"}],
        "unsectioned_tasks": [
            {
                "id": "t1",
                "number": "1",
                "path": ["1"],
                "title": "甲",
                "assignments": [{"unit": "u1", "role": "lead"}],
                "progress": [{"on": "2024-06-01", "status": "completed", "unit": "区司法局"}],
            }
        ],
    }
    with pytest.raises(rulegov.UnknownReferenceError) as raised:
        rulegov.Plan.model_validate(plan)
    error = raised.value
    assert (error.code, error.path) == ("unknown-unit", "unsectioned_tasks[0].progress[0].unit")
    assert "did you mean 'u1' (区司法局)?" in str(error)
    plan["unsectioned_tasks"][0]["progress"][0]["unit"] = "u99"  # an id like no name: no guess
    with pytest.raises(rulegov.UnknownReferenceError) as raised:
        rulegov.Plan.model_validate(plan)
    assert "did you mean" not in str(raised.value)
