"""A bracket that names its units with role words, then the person who answers for the work.

``（县发改局负责，责任领导：王五）`` and ``（市财政局牵头，分管领导：李四副市长）`` name the units first,
their role after them, and then, after a comma, a person's label (责任领导, 分管领导, 联系人) with
the person and perhaps a telephone: the units are read, and no person nor number is a unit.
Before, the label after a comma was read as the bracket's words, and the task had no units.
"""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    ("bracket", "expected"),
    [
        ("（县发改局负责，责任领导：王五）", [("responsible", "县发改局")]),
        ("（市财政局牵头，分管领导：李四副市长）", [("lead", "市财政局")]),
        ("（县发改局负责，联系人：王五，电话：12345678）", [("responsible", "县发改局")]),
        (
            "(县司法局牵头,县财政局配合,责任人:赵六)",
            [("lead", "县司法局"), ("cooperating", "县财政局")],
        ),
    ],
)
def test_the_person_after_the_worded_units_is_no_unit(
    bracket: str, expected: list[tuple[str, str]]
) -> None:
    text = f"某县2024年工作要点\n一、主要任务\n（一）加强备案审查。依法审查规范性文件。{bracket}\n"
    [task] = rulegov.parse_plan(text).tasks
    assert [(a.role.value, a.unit_name) for a in task.assignments] == expected


def test_a_person_label_inside_the_text_stays_words() -> None:
    text = (
        "某县2024年工作要点\n一、主要任务\n"
        "（一）明确责任分工。各单位要明确分管领导，责任人:主要负责同志。（县委办负责）\n"
    )
    [task] = rulegov.parse_plan(text).tasks
    assert [(a.role.value, a.unit_name) for a in task.assignments] == [("responsible", "县委办")]
