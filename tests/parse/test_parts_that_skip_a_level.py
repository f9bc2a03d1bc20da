"""A part whose items skip a level its neighbour printed stays the items' part.

一、 with （一） and （二） over items 1. to 3., then 二、 with items 1. and 2. straight under it: the
items of 二、 are its tasks, numbered in its path, and the plan lists its tasks in the order
printed. Before, the items of 二、 went to the top of the plan (path ``('1',)``), ahead of the
tasks of 一、, and 二、 was left with none.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = "某区2023年法治建设工作要点\n\n"
FIRST = (
    "一、加强法治政府建设\n"
    "（一）深化改革\n"
    "1.推进综合执法改革。（牵头单位：区司法局）\n"
    "2.推进放管服改革。（牵头单位：区政务办）\n"
    "（二）强化监督\n"
    "3.加强行政复议。（牵头单位：区司法局）\n"
)
SECOND = "二、加强普法\n1.落实普法责任制。（牵头单位：区司法局）\n2.开展宪法宣传。（牵头单位：区委宣传部）\n"


def _paths(plan: rulegov.Plan) -> list[tuple[str, ...]]:
    return [task.path for task in plan.tasks]


def test_the_items_of_a_part_without_sub_headings_stay_its_tasks_after_one_with_them():
    plan = rulegov.parse_plan(HEAD + FIRST + SECOND)
    assert _paths(plan) == [
        ("一", "（一）", "1"),
        ("一", "（一）", "2"),
        ("一", "（二）", "3"),
        ("二", "1"),
        ("二", "2"),
    ]
    second = plan.sections[1]
    assert second.number == "二"
    assert [task.title for task in second.tasks] == ["落实普法责任制", "开展宪法宣传"]
    assert [a.unit_name for a in second.tasks[1].assignments] == ["区委宣传部"]


@pytest.mark.parametrize("number", ["1", "4"])
def test_a_part_of_one_item_numbered_afresh_or_on_holds_it(number):
    plan = rulegov.parse_plan(
        HEAD + FIRST + f"二、加强普法\n{number}.落实普法责任制。（牵头单位：区司法局）\n"
    )
    assert _paths(plan)[-1] == ("二", number)
    assert [task.number for task in plan.sections[1].tasks] == [number]


def test_a_part_after_it_with_sub_headings_again_nests_as_before():
    third = "三、加强监督\n（一）备案审查\n1.加强备案审查。（牵头单位：区司法局）\n"
    plan = rulegov.parse_plan(HEAD + FIRST + SECOND + third)
    assert _paths(plan)[-3:] == [("二", "1"), ("二", "2"), ("三", "（一）", "1")]


def test_items_under_a_sub_heading_after_a_part_of_bare_items_nest_under_it():
    first = "一、加强普法\n1.落实普法责任制。（牵头单位：区司法局）\n"
    second = "二、加强法治政府建设\n（一）深化改革\n1.推进综合执法改革。（牵头单位：区司法局）\n"
    plan = rulegov.parse_plan(HEAD + first + second)
    assert _paths(plan) == [("一", "1"), ("二", "（一）", "1")]


def test_a_task_printed_after_a_sub_section_is_listed_after_its_tasks():
    text = HEAD + (
        "一、推进依法行政\n"
        "（一）加强规范性文件备案审查。\n"
        "1.开展规范性文件清理。（牵头单位：县司法局）\n"
        "2.加强合法性审查。（牵头单位：县司法局）\n"
        "（二）推进行政执法三项制度。（牵头单位：县司法局）\n"
    )
    plan = rulegov.parse_plan(text)
    assert _paths(plan) == [("一", "（一）", "1"), ("一", "（一）", "2"), ("一", "（二）")]
    assert [task.path for task in plan.sections[0].all_tasks()] == _paths(plan)
    assert [task.id for task in plan.tasks] == ["t1", "t2", "t3"]
