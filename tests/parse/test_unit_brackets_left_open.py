"""A bracket of units after a task's sentence that its line never closes.

A copy may lose a bracket's close at a line's end (…收支情况。（市财政局牵头 / 2.公开…): the next
line opens an item of its own, so the bracket goes no further, and its units are read as far as
it goes, as a bracket the text's end cuts is; one unit and its role word is a list too. A line
that ends inside a bracket the next line goes on with is left as it was.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = "某市2024年政务公开工作要点\n一、主要任务\n（一）公开财政信息\n"


def _units(text: str) -> list[list[tuple[str, str | None]]]:
    plan = rulegov.parse_plan(text)
    return [[(a.role.value, a.unit_name) for a in task.assignments] for task in plan.tasks]


@pytest.mark.parametrize(("open_", "close"), [("（", "）"), ("(", ")"), ("〔", "〕"), ("【", "】")])
@pytest.mark.parametrize("second", ["2.", "（二）"])
def test_a_bracket_the_line_leaves_open_gives_its_units(
    open_: str, close: str, second: str
) -> None:
    text = (
        HEAD + f"1.按月公开财政收支情况。{open_}市财政局牵头，市税务局配合\n"
        f"{second}公开预算执行情况。{open_}市财政局负责{close}\n"
    )
    plan = rulegov.parse_plan(text)
    first = next(task for task in plan.tasks if task.title == "按月公开财政收支情况")
    assert [(a.role.value, a.unit_name) for a in first.assignments] == [
        ("lead", "市财政局"),
        ("cooperating", "市税务局"),
    ]


def test_one_unit_and_its_role_word_left_open() -> None:
    text = HEAD + "1.按月公开财政收支情况。（市财政局牵头\n2.公开预算执行情况。（市财政局牵头）\n"
    assert _units(text) == [[("lead", "市财政局")], [("lead", "市财政局")]]


def test_words_left_open_without_a_role_word_are_no_units() -> None:
    text = HEAD + "1.按月公开财政收支情况。（详见附件\n2.公开预算执行情况。（市财政局牵头）\n"
    assert _units(text) == [[], [("lead", "市财政局")]]
