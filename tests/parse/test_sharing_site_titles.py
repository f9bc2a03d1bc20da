"""A plan's title under the labels of the sites that carry the plans of schools and townships.

A model-essay site heads a group of plans with their name and its count (``某计划(3篇)``), a
document-sharing site shows its file as pages (``某方案_第1页`` …) over its notes and the plan's
name with its label as a model (``某方案参考模板``, ``某方案模板范文``), a site links to other pages
(``- 相关推荐``), and a question-and-answer site prints the plan as an answer under its labels
(``问题描述:``, ``某计划,在线求解答``, ``最佳答案``): the title is the plan's name without them.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = "一、指导思想\n以法治思想为指导,推进依法治校。\n二、主要任务\n1.加强法治教育。\n2.完善学校规章制度。\n"


@pytest.mark.parametrize(
    "head",
    [
        "小学2024年度法制教育工作计划(3篇)\n小学2024年度法制教育工作计划\n",
        "小学2024年度法制教育工作计划(通用5篇)\n小学2024年度法制教育工作计划\n",
        "小学2024年度法制教育工作计划参考模板\n",
        "小学2024年度法制教育工作计划模板范文\n",
        "- 相关推荐\n小学2024年度法制教育工作计划\n",
    ],
    ids=["count", "count-worded", "model-label", "model-essay-label", "related-links"],
)
def test_a_sites_count_label_or_links_are_no_part_of_the_title(head: str) -> None:
    plan = rulegov.parse_plan(head + BODY)
    assert plan.title == "小学2024年度法制教育工作计划"


@pytest.mark.parametrize("pages", [1, 3, 5])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_a_sharing_sites_page_labels_and_notes_are_no_title(pages: int, gap: str) -> None:
    labels = gap.join(f"集团法治建设方案_第{page}页" for page in range(1, pages + 1))
    text = gap.join(
        [
            labels,
            f"已阅读{pages}页,还剩11页未读 继续免费阅读",
            "下载本文档",
            "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
            "文档简介",
            "集团法治建设方案模板范文一、集团法治建设实施路径",
            "1.1健全法务管理体系",
            "1.2完善合规审查机制",
        ]
    )
    plan = rulegov.parse_plan(text + "\n")
    assert plan.title == "集团法治建设方案"
    assert [tuple(task.path) for task in plan.tasks] == [("一", "1.1"), ("一", "1.2")]


@pytest.mark.parametrize(
    "labels",
    [
        "问题描述:\n\n小学学校法制教育工作计划,在线求解答\n\n最佳答案\n\n推荐答案\n\n2025-06-25 12:10:06\n",
        "问题描述:\n小学学校法制教育工作计划,在线求解答\n最佳答案\n",
    ],
    ids=["blank-lines", "lines"],
)
def test_a_question_and_answer_sites_labels_are_no_title_nor_recipients(labels: str) -> None:
    text = "首页 > 百科知识 > 精选范文 >\n\n小学学校法制教育工作计划\n\n" + labels + "\n" + BODY
    plan = rulegov.parse_plan(text)
    assert plan.title == "小学学校法制教育工作计划"
    assert plan.recipients == []
