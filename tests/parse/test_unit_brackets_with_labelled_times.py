"""A bracket of units named by the words after them may print its time after a label.

``（区发改委负责落实，完成时限：2023年10月）``: the time's label is the only one the line holds;
the units before it keep their roles, and the time is the task's completion time.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

_PLAN = "一、主要任务\n1.做好信息公开工作。加强政策解读。{bracket}\n2.做好其他工作。\n"


def _first_task(bracket: str) -> rulegov.Task:
    return rulegov.parse_plan(_PLAN.format(bracket=bracket)).tasks[0]


def _units(task: rulegov.Task) -> list[tuple[str, str]]:
    return [(a.role.value, a.unit_name or a.unit) for a in task.assignments]


@pytest.mark.parametrize(
    ("bracket", "units"),
    [
        ("(区发改委负责落实,完成时限:2023年10月)", [("responsible", "区发改委")]),
        ("（区发改委负责落实，完成时限：2023年10月）", [("responsible", "区发改委")]),
        ("(区发改委负责落实;完成时间:2023年10月)", [("responsible", "区发改委")]),
        ("〔区发改委负责,时限:2023年10月〕", [("responsible", "区发改委")]),
        (
            "(区发改委牵头,区财政局、区统计局配合,完成时限:2023年10月)",
            [("lead", "区发改委"), ("cooperating", "区财政局"), ("cooperating", "区统计局")],
        ),
        (
            "(区发改委牵头,各街道负责,时间节点:2023年10月)",
            [("lead", "区发改委"), ("responsible", "各街道")],
        ),
    ],
)
def test_the_units_before_a_labelled_time_keep_their_roles(
    bracket: str, units: list[tuple[str, str]]
) -> None:
    task = _first_task(bracket)
    assert task.title == "做好信息公开工作"
    assert _units(task) == units
    assert task.timeframe is not None
    assert task.timeframe.end == dt.date(2023, 10, 31)


def test_a_bracket_of_the_time_alone_names_no_unit() -> None:
    task = _first_task("(完成时限:2023年10月)")
    assert _units(task) == []


def test_a_labelled_time_in_the_text_names_no_unit() -> None:
    task = _first_task("完成时限:2023年10月。")
    assert _units(task) == []
    assert task.timeframe is not None


def test_labelled_units_and_time_read_as_before() -> None:
    task = _first_task("(责任单位:区发改委,完成时限:2023年10月)")
    assert _units(task) == [("responsible", "区发改委")]
