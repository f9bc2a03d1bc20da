"""An item whose sentence says a thing has significance (…,具有重要意义) is work, not prose.

A heading that names the work's significance (``充分认识…的重要意义``) opens a part of prose; an
item of a plan's requirements whose first sentence ends in the same words after a verb that
gives them to a thing (``1、建立健全领导干部学法制度,是…的迫切需要,对增强…能力,具有重要意义。``)
says why the work matters while asking for it: it stays one of its part's items, a task, and
never a section of prose with nothing under it.
"""

from __future__ import annotations

import rulegov
from rulegov.model import SectionKind

TEXT = (
    "某局领导干部集中学法计划\n"
    "为提高领导干部依法行政能力,结合我局实际,制定本计划。\n"
    "一、学法内容及时间安排\n"
    "1、《中华人民共和国行政处罚法》,学习时间3-4月。\n"
    "2、《中华人民共和国行政许可法》,学习时间5-6月。\n"
    "二、几点要求\n"
    "1、建立健全领导干部学法制度,是加强法治政府建设的迫切需要,对增强领导干部依法行政的意识和能力,"
    "具有重要意义。领导干部要带头学法。\n"
    "2、各单位要精心组织,按照学法内容和时间安排,做好学法笔记,确保学习效果。\n"
)

HEADING = (
    "某县关于加强法治政府建设的实施意见\n"
    "为推进依法行政,提出以下意见。\n"
    "一、充分认识加强法治政府建设的重要意义\n"
    "加强法治政府建设是全面推进依法治国的重大任务。\n"
    "二、主要任务\n"
    "(一)完善依法决策机制。严格决策程序。\n"
)


def test_an_item_saying_its_work_has_significance_is_a_task() -> None:
    plan = rulegov.parse_plan(TEXT)
    assert [section.title for section in plan.walk_sections()] == [
        "学法内容及时间安排",
        "几点要求",
    ]
    assert [task.path for task in plan.tasks][-2:] == [("二", "1"), ("二", "2")]
    assert plan.tasks[-2].title.startswith("建立健全领导干部学法制度")


def test_a_heading_naming_the_significance_stays_prose() -> None:
    plan = rulegov.parse_plan(HEADING)
    kinds = {section.title: section.kind for section in plan.walk_sections()}
    assert kinds["充分认识加强法治政府建设的重要意义"] not in (None, SectionKind.TASKS)
    assert [task.title for task in plan.tasks] == ["完善依法决策机制"]
