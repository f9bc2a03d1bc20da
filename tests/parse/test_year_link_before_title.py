"""A year alone before a title that names another year is a page's link, no part of the title.

A wiki of source texts heads a plan for the year with links to the same plan of the years
around it, the year before printed on the title's line and apart from it by a space
(``2024年 全国人大常委会2025年度监督工作计划``, then ``2026年`` further down). A plan's title
names its year once: a bare year before a title that names a year of its own is the link.
Before, the link was read as the title's first words (``2024年全国人大常委会2025年度…``). A year
apart by a space before a title that names no other year (``2025年 某县法治政府建设工作要点``) is
the title's own, as before.
"""

from __future__ import annotations

import rulegov

WIKI = (
    "2024年 某省人大常委会2025年度监督工作计划\n"
    "2025年4月18日于某会堂\n"
    "2026年\n"
    "某省人大常委会2025年度监督工作计划\n"
    "(2024年12月13日某省人大常委会第35次主任会议原则通过)\n"
    "2025年是收官之年。监督工作的总体要求是:依法监督。\n"
    "一、推动促进高质量发展\n"
    "听取审议计划执行情况的报告。\n"
)

OWN_YEAR = (
    "2025年 某县法治政府建设工作要点\n"
    "为深入推进依法行政,制定本要点。\n"
    "一、加强党的领导\n"
    "1.深入学习习近平法治思想。\n"
)


def test_a_year_link_before_a_title_naming_its_own_year_is_left_out() -> None:
    plan = rulegov.parse_plan(WIKI)
    assert plan.title == "某省人大常委会2025年度监督工作计划"


def test_a_title_s_own_year_apart_by_a_space_stays_in_it() -> None:
    plan = rulegov.parse_plan(OWN_YEAR)
    assert plan.title == "2025年某县法治政府建设工作要点"
