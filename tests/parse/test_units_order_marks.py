"""A mark before a task's number that singles the task out (★1.…, *（二）…, ☆3、…).

Plans print a star before the number of a key task; the task is read with its number and its
units as if the mark were not there, and the mark is no part of its text.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = "某区2024年法治政府建设工作要点\n一、重点任务\n"


@pytest.mark.parametrize("mark", ["★", "☆", "*"])
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1.", "2."),
        ("1、", "2、"),
        ("（一）", "（二）"),
        ("(1)", "(2)"),
    ],
)
@pytest.mark.parametrize(
    "units",
    [
        ("（牵头单位：区司法局；责任单位：区法院）", "（牵头单位：区委宣传部；责任单位：各镇街）"),
        ("(区司法局牵头，区法院配合)", "(区委宣传部牵头，各镇街配合)"),
        ("\n责任单位：区司法局、区法院", "\n责任单位：区委宣传部、各镇街"),
    ],
)
def test_a_starred_task_is_read_with_its_number_and_units(
    mark: str, first: str, second: str, units: tuple[str, str]
):
    text = HEAD + f"{mark}{first}加强行政执法。{units[0]}\n" + f"{second}开展普法宣传。{units[1]}\n"
    plan = rulegov.parse_plan(text)
    assert [task.text[:6] for task in plan.tasks] == ["加强行政执法", "开展普法宣传"]
    assert mark not in plan.tasks[0].text
    assert [a.unit_name for a in plan.tasks[0].assignments] == ["区司法局", "区法院"]
    assert plan.tasks[1].assignments[0].unit_name == "区委宣传部"


@pytest.mark.parametrize("mark", ["★", "*"])
def test_every_task_starred_is_read_in_order(mark: str):
    text = HEAD + "".join(
        f"{mark}{number}.开展第{number}项工作。（责任单位：区司法局）\n" for number in range(1, 5)
    )
    plan = rulegov.parse_plan(text)
    assert len(plan.tasks) == 4
    assert all(task.assignments[0].unit_name == "区司法局" for task in plan.tasks)


@pytest.mark.parametrize("line", ["★地区生产总值增长6%。", "*注：带★的为重点任务。", "★1年"])
def test_a_star_before_no_number_opens_no_numbered_task(line: str):
    plan = rulegov.parse_plan(HEAD + "1.加强行政执法。（责任单位：区司法局）\n" + line + "\n")
    assert plan.tasks[0].assignments[0].unit_name == "区司法局"
    assert not any(task.text.startswith("年") for task in plan.tasks)
