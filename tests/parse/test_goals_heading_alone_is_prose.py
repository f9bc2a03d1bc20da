"""A heading named for the goals alone (``(一)目标。``) is a section of prose, not a task.

A 规划 may open a part of goals and tasks (``二、目标和任务``) with a heading for each: ``(一)目标。``
over the goals' paragraph, then ``(二)任务。`` over the numbered tasks. Its goals are no work item,
as those under 工作目标, 主要目标 and 总体目标 are none: the heading is a section of goals. Only the
whole title counts: a task that names goals among other words (``(一)目标考核。``) stays a task.
"""

from __future__ import annotations

import pytest

import rulegov
from rulegov.model import SectionKind


def _text(heading: str) -> str:
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
    plan = rulegov.parse_plan(_text(heading))
    kinds = {section.title: section.kind for section in plan.walk_sections()}
    assert kinds.get("目标") == SectionKind.OBJECTIVES
    assert [task.title for task in plan.tasks] == ["深入学习宣传宪法"]


def test_a_task_that_names_goals_among_other_words_stays_a_task() -> None:
    plan = rulegov.parse_plan(_text("(一)目标考核。"))
    assert [task.title for task in plan.tasks] == ["目标考核", "深入学习宣传宪法"]
