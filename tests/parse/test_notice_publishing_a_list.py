"""A notice that publishes a list (关于公布…目录的通知) carries the list, as one that 印发 a plan does.

A government publishes its year's list of major administrative decisions (重大行政决策事项目录)
or a list of powers (权责清单) by a notice headed ``某县人民政府关于公布某县人民政府2025年度重大
行政决策事项目录的通知``, its requirements numbered after the body and the list in an annex. The
notice's heading is the notice's, and the list it publishes is the document's title, as the
title of a plan a notice 印发 is. Before, a heading with no 印发 nor 转发 was read as a notice
that carries nothing, and the heading became the title, with no notice, wherever the list's own
title did not stand alone under the notice.
"""

from __future__ import annotations

import rulegov

ANNEXED = (
    "某县人民政府\n"
    "关于公布某县人民政府2025年度重大行政决策事项目录的通知\n"
    "某政发〔2025〕3号\n"
    "各镇人民政府,县政府各部门:\n"
    "县政府编制了《某县人民政府2025年度重大行政决策事项目录》,现予公布,并就有关工作通知如下:\n"
    "一、列入目录的重大行政决策事项应当履行法定程序。\n"
    "二、各决策事项承办单位要压实责任,确保按时完成。\n"
    "附件:某县人民政府2025年度重大行政决策事项目录\n"
    "某县人民政府\n"
    "2025年5月14日\n"
)

LIST = (
    "某市人民政府办公室关于公布2025年度某市市级部门权责清单的通知\n"
    "各区县人民政府,市政府各部门:\n"
    "现将2025年度某市市级部门权责清单予以公布,请认真抓好落实。\n"
    "某市人民政府办公室\n"
    "2025年3月4日\n"
)

PLAIN = (
    "某县人民政府办公室关于开展2025年宪法宣传周活动的通知\n"
    "各乡镇人民政府:\n"
    "现就开展宪法宣传周活动通知如下:\n"
    "一、开展集中宣传。\n"
    "二、组织专题学习。\n"
)


def test_a_notice_publishing_a_list_keeps_its_heading_and_titles_the_list() -> None:
    plan = rulegov.parse_plan(ANNEXED)
    assert plan.notice is not None
    assert plan.notice.title == "某县人民政府关于公布某县人民政府2025年度重大行政决策事项目录的通知"
    assert plan.title == "某县人民政府2025年度重大行政决策事项目录"
    assert plan.issuer == "某县人民政府"


def test_a_notice_publishing_a_list_of_powers_titles_the_list() -> None:
    plan = rulegov.parse_plan(LIST)
    assert plan.notice is not None
    assert plan.title == "2025年度某市市级部门权责清单"


def test_a_notice_that_publishes_nothing_is_still_its_own_plan() -> None:
    plan = rulegov.parse_plan(PLAIN)
    assert plan.notice is None or plan.notice.title is None
    assert plan.title == "某县人民政府办公室关于开展2025年宪法宣传周活动的通知"
