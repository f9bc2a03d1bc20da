"""An item numbered （一） whose opening bracket the text lost (一）) is still item （一）.

A web page printed to PDF can keep the closing bracket of （一） in its text layer and lose or move
the opening one; items numbered （1） that lost theirs (1）) were read already.
"""

from __future__ import annotations

from rulegov import parse_plan

TEXT = """某某文物保护利用专项规划
一、主要任务
一）推进整体保护
持续开展资源普查，分批公布名录。
二）深化系统研究
整合研究力量，加强征集与研究。
二、实施保障
一）加强组织协调
各级主管部门要细化任务。
二）完善政策支持
健全支持机制，加大投入力度。
"""


def test_chinese_items_printed_with_their_closing_bracket_only_are_tasks() -> None:
    plan = parse_plan(TEXT)
    assert [(section.number, section.title) for section in plan.sections] == [
        ("一", "主要任务"),
        ("二", "实施保障"),
    ]
    assert [(task.number, task.title) for task in plan.tasks] == [
        ("（一）", "推进整体保护"),
        ("（二）", "深化系统研究"),
        ("（一）", "加强组织协调"),
        ("（二）", "完善政策支持"),
    ]


def test_a_year_or_a_figure_before_a_closing_bracket_is_no_item() -> None:
    plan = parse_plan("某某工作方案\n一、工作任务\n（一）加强领导\n二〇二一）年度工作要有部署。\n")
    assert [task.number for task in plan.tasks] == ["（一）"]
