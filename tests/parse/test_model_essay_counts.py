"""A model-essay site's counts are its own: the collection's, and the one essay's among them.

A model-essay site groups essays under a collection's name that says how many it holds, in
brackets or right after the kind they share (``某宪法日宣传活动方案15篇``, ``某宪法宣传活动方案(汇总19篇)``),
then prints each essay under its name labelled with its place among them (``某方案精选篇1``,
``某方案篇一``), perhaps after a lead of its own to the reader. The collection's name is the
site's, no title; the essay's name is the plan's title, without the site's count.
"""

from __future__ import annotations

import rulegov

COUNTED = (
    "某校宪法日宣传活动方案15篇\n"
    "国家宪法日是每年的12月4日。以下是宪法日宣传活动方案15篇。\n"
    "某校宪法日宣传活动方案精选篇1\n"
    "为推进法治学校建设,特制定本方案:\n"
    "一、指导思想\n"
    "提高全体师生的宪法意识。\n"
    "二、活动内容\n"
    "1.组织学生阅读法制宣传标语。\n"
)

SUMMED = (
    "某市宪法宣传活动方案(汇总19篇)\n"
    "方案的实施过程需要不断调整和改进,以适应实际情况的变化。制定一个较为完美的方案需要深入了解任务的"
    "目标和要求。那么,接下来就让我们一起来看看这些方案范文,相信它们会为你提供一些有用的指导。\n"
    "某市宪法宣传活动方案篇一\n"
    "一、活动主题。\n"
    "弘扬宪法精神。\n"
    "二、活动内容。\n"
    "(一)加强宪法学习宣传。宪法是国家根本法。\n"
)


def test_the_essays_name_without_its_count_is_the_title() -> None:
    assert rulegov.parse_plan(COUNTED).title == "某校宪法日宣传活动方案"


def test_the_essays_name_under_the_sites_lead_is_the_title() -> None:
    plan = rulegov.parse_plan(SUMMED)
    assert plan.title == "某市宪法宣传活动方案"
    assert [task.title for task in plan.tasks] == ["加强宪法学习宣传"]


def test_a_part_of_a_plan_named_after_a_chapter_keeps_its_words() -> None:
    plan = rulegov.parse_plan(
        "某市“十四五”规划纲要\n第一篇:发展基础与总体要求\n一、发展基础\n经济实力显著增强。\n"
    )
    assert plan.title == "某市“十四五”规划纲要"
