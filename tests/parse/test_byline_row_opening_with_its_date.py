"""A page's byline row that opens with its date, bare and spaced, is the page's (| 2025- 07- 15 | 来源: …|).

A county's site prints under a notice's heading the page's date, views and source as rows of
pipes, the second row repeating the date bare before its labelled source
(``| 2025- 07- 15 | 来源: 某县政府 |``), the date's parts apart by spaces. The row is a byline:
its date opens it as a date opens a byline printed without pipes (2023-12-13 来源:某局). Before,
the pipes and the spaces kept the date from being seen: the row was taken for a table's first
row, the head stopped above it, and the notice's recipients under it were read as text.
"""

from __future__ import annotations

import rulegov

NOTICE = (
    "某县人民政府关于公布某县人民政府2025年度重大行政决策事项目录的通知(某政发〔2025〕2号)\n"
    "| 发布日期: 2025- 07- 15 | 浏览次数: | 来源: 某县政府 |\n"
    "| 2025- 07- 15 | 来源: 某县政府 |\n"
    "各镇人民政府、街道办事处,开发区,县政府各部门、各单位:\n"
    "为规范重大行政决策程序,现予公布《某县人民政府2025年度重大行政决策事项目录》,并就有关事项通知如下。\n"
    "一、列入《目录》的重大行政决策事项必须严格履行法定程序。\n"
    "二、各决策事项承办单位要压实工作责任。\n"
    "某县人民政府\n"
    "2025年7月15日\n"
)

UNSPACED = NOTICE.replace("| 2025- 07- 15 | 来源", "| 2025-07-15 | 来源")


def test_a_byline_row_opening_with_a_spaced_date_leaves_the_recipients_read() -> None:
    plan = rulegov.parse_plan(NOTICE)
    assert list(plan.recipients) == ["各镇人民政府、街道办事处", "开发区", "县政府各部门、各单位"]


def test_a_byline_row_opening_with_its_date_is_no_title() -> None:
    plan = rulegov.parse_plan(NOTICE)
    assert plan.title == "某县人民政府2025年度重大行政决策事项目录"
    assert plan.notice is not None
    assert plan.notice.title == "某县人民政府关于公布某县人民政府2025年度重大行政决策事项目录的通知"


def test_a_byline_row_opening_with_a_plain_date_is_the_page_s_too() -> None:
    plan = rulegov.parse_plan(UNSPACED)
    assert list(plan.recipients) == ["各镇人民政府、街道办事处", "开发区", "县政府各部门、各单位"]
