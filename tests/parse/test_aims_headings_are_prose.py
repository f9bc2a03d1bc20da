"""A part headed by its aims alone (目标, 教育目标) is a part of prose, as 工作目标 is.

Schools' plans name their part of aims in a word (``二、目标``) or by what they aim at
(``一、教育目标``): what is numbered under it are the aims, not work to do, as under ``工作目标``.
A 规划 may open a part of goals and tasks (``二、目标和任务``) with a heading for each: ``(一)目标。``
over the goals' paragraph, then ``(二)任务。`` over the numbered tasks; that heading is a section of
goals too. Only the whole heading names the part so: a part of aims and tasks (``目标任务``) is one
of work, and a task that names goals among other words (``(一)目标考核。``) stays a task.
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


def _goals_then_tasks(heading: str) -> str:
    return (
        "某系统开展法制宣传教育的第五个五年规划\n"
        "为做好法制宣传教育工作,制定本规划。\n"
        "一、指导思想\n"
        "以邓小平理论为指导,深入开展法制宣传教育。\n"
        "二、目标和任务\n"
        f"{heading}\n"
        "适应干部职工对法律知识的现实需求,提高法律意识和法律素质。\n"
        "(二)任务。\n"
        "1.深入学习宣传宪法。认真开展宪法学习宣传活动。\n"
    )


@pytest.mark.parametrize("heading", ["(一)目标。", "(一)目标"])
def test_a_heading_of_the_goals_alone_is_a_section_of_goals(heading: str) -> None:
    plan = rulegov.parse_plan(_goals_then_tasks(heading))
    kinds = {section.title: section.kind for section in plan.walk_sections()}
    assert kinds.get("目标") == SectionKind.OBJECTIVES
    assert [task.title for task in plan.tasks] == ["深入学习宣传宪法"]


def test_a_task_that_names_goals_among_other_words_stays_a_task() -> None:
    plan = rulegov.parse_plan(_goals_then_tasks("(一)目标考核。"))
    assert [task.title for task in plan.tasks] == ["目标考核", "深入学习宣传宪法"]
