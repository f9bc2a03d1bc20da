"""A part headed by its aims alone (目标, 教育目标) is a part of prose, as 工作目标 is.

Schools' plans name their part of aims in a word (``二、目标``) or by what they aim at
(``一、教育目标``): what is numbered under it are the aims, not work to do, as under ``工作目标``.
Only the whole heading names the part so: a part of aims and tasks (``目标任务``) is one of work.
"""

from __future__ import annotations

import pytest

import rulegov
from rulegov import SectionKind


def _plan(heading: str) -> rulegov.Plan:
    return rulegov.parse_plan(
        "某校法制教育工作计划\n"
        "一、指导思想\n以法治思想为指导,推进依法治校。\n"
        f"二、{heading}\n"
        "1、普及和宣传法律常识,提高学生学法、守法的自觉性。\n"
        "2、增强法律意识,用法律保护自己。\n"
        "三、具体措施\n1、开展法制专题讲座。\n2、利用橱窗进行法制宣传。\n"
    )


@pytest.mark.parametrize("heading", ["目标", "教育目标"])
def test_the_aims_numbered_under_a_part_of_aims_are_no_tasks(heading: str) -> None:
    plan = _plan(heading)
    assert plan.sections[1].kind is SectionKind.OBJECTIVES
    assert [tuple(task.path) for task in plan.tasks] == [("三", "1"), ("三", "2")]


def test_a_part_of_aims_and_tasks_stays_one_of_work() -> None:
    plan = _plan("目标任务")
    assert [tuple(task.path) for task in plan.tasks] == [
        ("二", "1"),
        ("二", "2"),
        ("三", "1"),
        ("三", "2"),
    ]
