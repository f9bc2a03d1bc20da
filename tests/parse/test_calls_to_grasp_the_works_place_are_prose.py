"""A heading that calls to grasp the work's place (充分认识…的战略地位) names a part of prose.

An 意见 opens with why its work matters, in words other than 重要意义: ``一、充分认识发展农村教育
在全面建设小康社会中的战略地位``, ``(一)充分认识重大意义。…``, ``1.充分认识…的重大作用。``. A heading
that opens with 充分认识 sets out no work, whatever it names last: it is a section of prose, as
``充分认识…的重要意义`` is, never a part of tasks nor a paragraph of its part's text. A task that
asks the public to grasp something (``引导群众充分认识…``) opens otherwise and stays a task.
"""

from __future__ import annotations

import rulegov
from rulegov.model import SectionKind

TEXT = (
    "某省关于贯彻落实农村教育工作决定的意见\n"
    "为贯彻落实有关决定,现结合我省实际提出如下意见。\n"
    "一、充分认识发展农村教育在全面建设小康社会中的战略地位\n"
    "教育是现代文明的基石。农村教育具有基础性、先导性和全局性的作用。\n"
    "二、全面把握总体要求\n"
    "(一)充分认识重大意义。发展农村教育是实现小康的关键。\n"
    "(二)总体目标。到2010年基本普及九年义务教育。\n"
    "三、主要任务\n"
    "(三)加强师资队伍建设。提高农村教师待遇。\n"
    "(四)引导群众充分认识教育的作用。开展宣传活动。\n"
)


def _kinds(plan: rulegov.Plan) -> dict[str, SectionKind]:
    return {section.title: section.kind for section in plan.walk_sections()}


def test_a_part_that_calls_to_grasp_the_works_place_is_prose() -> None:
    kinds = _kinds(rulegov.parse_plan(TEXT))
    title = "充分认识发展农村教育在全面建设小康社会中的战略地位"
    assert kinds.get(title) not in (None, SectionKind.TASKS)


def test_an_item_run_into_its_text_under_a_part_of_prose_is_a_section_of_prose() -> None:
    kinds = _kinds(rulegov.parse_plan(TEXT))
    assert kinds.get("充分认识重大意义") not in (None, SectionKind.TASKS)


def test_a_task_that_asks_others_to_grasp_stays_a_task() -> None:
    plan = rulegov.parse_plan(TEXT)
    assert [task.title for task in plan.tasks] == [
        "加强师资队伍建设",
        "引导群众充分认识教育的作用",
    ]


def test_in_traditional_characters_too() -> None:
    text = TEXT.replace("充分认识发展农村教育", "充分認識發展農村教育")
    kinds = _kinds(rulegov.parse_plan(text))
    assert any(
        title.startswith("充分認識") and kind is not SectionKind.TASKS
        for title, kind in kinds.items()
    )
