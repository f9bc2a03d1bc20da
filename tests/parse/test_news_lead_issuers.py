"""A news report's lead that names the plan it reports on: who issued it, and when.

A reprint's lead names the plan in 《》 and who issued or forwarded it
(``近日,某县人民政府办公室印发了《…》``). The plan's own title names its issuer where it names one;
a lead whose issuers the title prints apart by a space, past which the line does not print them so,
leaves the issuer unread. The day a report is dated, or the day its lead names, is no day of issue:
the plan's signature dates it.
"""

from __future__ import annotations

import datetime as dt

import rulegov

REPORT = """某网
某县印发《某县2023年十件民生实事实施方案》
2023-06-20 10:00:00来源:某县人民政府
{lead}某县人民政府办公室印发了《某县2023年十件民生实事实施方案》,决定突出办好十件民生实事。
某县2023年十件民生实事实施方案
一、新建公办幼儿园2所(责任单位:县教育局)
新建公办幼儿园2所,计划安排资金300万元。
"""


def test_a_lead_names_the_plan_and_its_issuer() -> None:
    plan = rulegov.parse_plan(REPORT.replace("{lead}", "近日,"))
    assert plan.title == "某县2023年十件民生实事实施方案"
    assert plan.issuer == "某县人民政府办公室"


def test_the_signature_dates_the_plan_not_the_lead() -> None:
    report = REPORT.replace("{lead}", "2023年4月12日,") + "某县人民政府办公室\n2023年3月30日\n"
    plan = rulegov.parse_plan(report)
    assert plan.issued_on == dt.date(2023, 3, 30)


def test_a_lead_naming_a_title_whose_issuers_are_apart_by_a_space_reads() -> None:
    # the title's issuers, joined by 、 as read, are not in the line as printed: the lead gives no
    # issuer, where the parser raised a ValueError
    plan = rulegov.parse_plan(
        "某县普法网\n近日,某县人民政府网站发布了《中共某县委办公室 某县人民政府办公室关于印发"
        "某县法治宣传方案的通知》\n一、主要任务\n（一）加强宣传。组织活动。\n"
    )
    assert plan.title == "某县法治宣传方案"
    assert [task.title for task in plan.tasks] == ["加强宣传"]
