"""A report printed without its heading names the year's plan in its numbered body.

A city's yearly report to the province, printed from its addressee on (省人民政府:), tells
under its numbered headings what was done: the city government adopted and printed the year's
要点 (市政府常务会议审议印发《某市2021年法治政府建设工作要点》). That plan is not the report:
a sentence under a numbered heading is the document's own body, never a news lead naming the
document a page prints. A lead above the body still names it.
"""

from __future__ import annotations

import rulegov

REPORT = (
    "省人民政府:\n"
    "2021年,我市扎实推进法治政府建设工作。现将工作情况报告如下:\n"
    "一、工作开展情况\n"
    "(一)提高思想认识,高位推动法治政府建设。一是加强组织领导。市政府常务会议审议印发"
    "《某市2021年法治政府建设工作要点》,对全市法治政府建设各项工作进行了全面部署。\n"
)

REPORT_TRADITIONAL = (
    "省人民政府:\n"
    "2021年,我市扎實推進法治政府建設工作。現將工作情況報告如下:\n"
    "一、工作開展情況\n"
    "(一)提高思想認識,高位推動法治政府建設。一是加強組織領導。市政府常務會議審議印發"
    "《某市2021年法治政府建設工作要點》,對全市法治政府建設各項工作進行了全面部署。\n"
)


def test_a_plan_the_numbered_body_names_is_not_the_reports_title() -> None:
    plan = rulegov.parse_plan(REPORT)
    assert plan.title != "某市2021年法治政府建设工作要点"
    assert list(plan.recipients) == ["省人民政府"]


def test_the_same_in_traditional_characters() -> None:
    plan = rulegov.parse_plan(REPORT_TRADITIONAL)
    assert plan.title != "某市2021年法治政府建設工作要點"


def test_a_lead_above_the_body_still_names_the_plan_a_page_prints() -> None:
    news = (
        "近日,市委、市政府印发了《某市法治政府建设实施方案》,并发出通知。\n"
        "一、总体要求\n"
        "(一)指导思想。坚持以人民为中心。\n"
    )
    plan = rulegov.parse_plan(news)
    assert plan.title == "某市法治政府建设实施方案"
