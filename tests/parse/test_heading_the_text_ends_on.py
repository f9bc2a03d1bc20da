"""A heading the text ends on, printed as its sections before it are: a section, not a task.

A page's stored copy is cut wherever the store stops, often right after a heading (``(二)做好…信息
公开,持续优化营商环境``) whose items the cut lost. Printed alone on its line with no closing mark,
as the heading before it at the same level is (``(一)公开各类规划信息…`` over items ``1.`` and ``2.``),
it is a section left empty by the cut, not a task: a task's line is a sentence, closed by its mark
or run on into its text, or stands among items of its own kind. An item that ends the text with a
closing mark, or whose siblings are tasks, stays a task.
"""

from __future__ import annotations

import rulegov

PLAN = (
    "某县2021年政务公开工作要点\n"
    "一、紧扣开局深化政务公开\n"
    "(一)公开各类规划信息,推动规划更好落实\n"
    "1.主动公开各类规划,做好历史规划的归集整理。(责任单位:县政府各部门)\n"
    "2.归集整理各部门主动公开的规划。(牵头单位:县大数据中心)\n"
    "(二)做好市场规则标准信息公开,持续优化营商环境\n"
)


def _parts(plan: rulegov.Plan) -> tuple[list[str], list[str]]:
    sections = [section.title for section in plan.walk_sections()]
    tasks = [task.title for task in plan.tasks]
    return sections, tasks


def test_a_bare_heading_the_text_ends_on_is_a_section_like_its_sibling() -> None:
    sections, tasks = _parts(rulegov.parse_plan(PLAN))
    assert "做好市场规则标准信息公开,持续优化营商环境" in sections
    assert "做好市场规则标准信息公开,持续优化营商环境" not in tasks
    assert tasks == ["主动公开各类规划,做好历史规划的归集整理", "归集整理各部门主动公开的规划"]


def test_an_item_closed_by_its_mark_at_the_end_stays_a_task() -> None:
    text = PLAN.replace("持续优化营商环境\n", "持续优化营商环境。\n")
    _sections, tasks = _parts(rulegov.parse_plan(text))
    assert "做好市场规则标准信息公开,持续优化营商环境" in tasks


def test_a_last_item_among_tasks_stays_a_task() -> None:
    text = (
        "某县2021年政务公开工作要点\n"
        "一、紧扣开局深化政务公开\n"
        "(一)公开各类规划信息,推动规划更好落实\n"
        "(二)做好市场规则标准信息公开,持续优化营商环境\n"
    )
    _sections, tasks = _parts(rulegov.parse_plan(text))
    assert "做好市场规则标准信息公开,持续优化营商环境" in tasks


def test_an_article_the_text_ends_on_stays_as_it_was() -> None:
    text = (
        "某县重大行政决策听取意见制度\n"
        "第一条 为规范重大行政决策听取意见工作,制定本制度。\n"
        "第二条 决策承办单位应当听取意见:\n"
        "(一)涉及面广的事项;\n"
        "(二)与群众利益密切相关的事项。\n"
        "第三条 决\n"
    )
    plan = rulegov.parse_plan(text)
    assert "决" not in [section.title for section in plan.walk_sections()]
