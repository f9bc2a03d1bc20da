"""A model-essay site's count of the plans it groups under a name, worded with its praise.

Model-essay sites head a group of plans with their shared name and how many it holds, the count
worded as the site likes it: ``(3篇)``, ``(通用5篇)`` and ``(精选12篇)`` were known; ``(热门8篇)``
(popular) and ``(模板16篇)`` (models) are the same site's count. Under the group's line each plan
has its name and its number among them (``某计划 第1篇``, ``某方案范文范本篇一``, after the site's
label of a model). The name without the count, the number or the label is the plan's title.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = "一、指导思想\n以法治思想为指导,推进依法治校。\n二、主要任务\n1.加强法治教育。\n2.完善学校规章制度。\n"


@pytest.mark.parametrize("word", ["热门", "熱門", "模板"])
@pytest.mark.parametrize(
    "entry",
    [
        "小学2024年度法制教育工作计划 第1篇",
        "小学2024年度法制教育工作计划篇一",
        "小学2024年度法制教育工作计划范文范本篇一",
    ],
    ids=["numbered", "counted", "labelled"],
)
def test_a_worded_count_and_the_entrys_number_are_no_part_of_the_title(
    word: str, entry: str
) -> None:
    # the group's name and count, the site's time, then the one plan's name and its number
    head = f"小学2024年度法制教育工作计划({word}8篇)\n\n时间:2023-06-14 21:44:06 工作计划\n\n{entry}\n\n"
    plan = rulegov.parse_plan(head + BODY)
    assert plan.title == "小学2024年度法制教育工作计划"


def test_the_title_under_the_group_line_is_the_plans_own() -> None:
    text = (
        "依法治校工作实施方案(热门14篇)\n\n"
        "时间:2023-11-20 09:38:47 作者:某某 依法治校工作实施方案(热门14篇)\n\n"
        "小学依法治校工作实施方案\n\n"
    )
    plan = rulegov.parse_plan(text + BODY)
    assert plan.title == "小学依法治校工作实施方案"
    assert [tuple(task.path) for task in plan.tasks] == [("二", "1"), ("二", "2")]


def test_a_count_of_another_word_stays_in_the_title() -> None:
    # a count in brackets that no site writes (the plan's own words) is left as printed
    plan = rulegov.parse_plan("某县开展法治宣传(第8篇)工作计划\n" + BODY)
    assert plan.title == "某县开展法治宣传(第8篇)工作计划"
