"""An organ's full name over a title that opens with the organ's own name again: the page's mark.

A ministry's page prints its full name as a masthead (``中华人民共和国司法部``), then, under an
empty line, the report's title that opens with the organ's own name before the year
(``司法部2018年法治政府建设年度报告``). The title names its owner already: the line above is no
first part of it, as an organ over a title that names its place again is not (``某县发展和改革局``
/ ``某县2021年重点项目建设计划``). An organ over a title that names no organ (``某县司法局`` /
``2023年法治政府建设情况``) still opens the title.
"""

from __future__ import annotations

import rulegov

BODY = (
    "\n"
    "一、加强党对法治政府建设的领导\n"
    "一年来,本部不断加强党对法治政府建设的领导,坚决贯彻落实重大决策部署。\n"
)


def test_a_title_that_names_the_organ_again_stands_without_the_masthead() -> None:
    text = "中华人民共和国司法部\n\n司法部2018年法治政府建设年度报告\n" + BODY
    plan = rulegov.parse_plan(text)
    assert plan.title == "司法部2018年法治政府建设年度报告"


def test_a_province_bureau_over_its_short_name() -> None:
    text = "某省气象局\n\n省气象局2023年度法治政府建设工作情况的报告\n" + BODY
    plan = rulegov.parse_plan(text)
    assert plan.title == "省气象局2023年度法治政府建设工作情况的报告"


def test_an_organ_over_a_title_that_names_none_still_opens_it() -> None:
    text = "某县司法局\n2023年法治政府建设情况报告\n" + BODY
    plan = rulegov.parse_plan(text)
    assert plan.title == "某县司法局2023年法治政府建设情况报告"
