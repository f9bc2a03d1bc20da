"""A news report's lead that names the notice printing a plan, not the plan itself.

A news site may reprint a plan under a lead that says a government site published the notice
that prints it: ``今天,某省人民政府网站发布了《某省人民政府办公厅关于印发Y的通知》,明确了…``.
The plan is Y, which the notice carries; the notice's organ issues it, not the site. A lead
dated ``今天`` or ``今日`` is a lead as one dated ``近日`` is.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = [
    "为认真贯彻落实自治区党委全会精神,特制定某市都市圈建设2019年工作计划。",
    "一、基础设施互联互通",
    "(一)道路畅通工程。加快建设都市圈快速通道。(自治区交通运输厅牵头,自治区发展改革委配合)",
]


@pytest.mark.parametrize("day", ["今天", "今日", "近日"])
def test_a_lead_naming_the_notice_names_the_plan_it_prints(day: str) -> None:
    lead = (
        f"某网的最新消息:{day},某自治区人民政府网站发布了《自治区人民政府办公厅关于印发"
        "某市都市圈建设2019年工作计划的通知》,明确了某市都市圈建设2019年工作计划。"
    )
    plan = rulegov.parse_plan("\n".join([lead, *BODY]))
    assert plan.title == "某市都市圈建设2019年工作计划"
    assert plan.issuer == "自治区人民政府办公厅"


def test_a_lead_dated_today_naming_a_plan_names_it() -> None:
    lead = "今天,市委、市政府印发了《某市法治政府建设实施方案》,并发出通知。"
    plan = rulegov.parse_plan("\n".join([lead, *BODY]))
    assert plan.title == "某市法治政府建设实施方案"
    assert plan.issuer == "市委、市政府"


def test_the_platform_named_today_s_headlines_is_no_day_of_a_lead() -> None:
    # 今日头条 is a platform a copy names as its source, not a lead dated 今日
    lead = "来源:今日头条 市卫健委发布《某市健康促进实施方案》"
    text = "\n".join([lead, "为提高全民健康水平,制定本方案。", *BODY[1:]])
    assert "头条" not in (rulegov.parse_plan(text).issuer or "")
