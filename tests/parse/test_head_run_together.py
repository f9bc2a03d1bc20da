"""Heads whose parts a copy ran together: a field of issuers, a number and its address, a lead-in.

A library's field may print joint issuers without their ``、`` (发布部门: 某部某厅) where the
heading prints them apart; a copy may run a notice's number into its address
(某府办函[2017]9号各县人民政府,市政府各部门:…) under the label a periodical site prints over
its abstract (论文部分内容阅读); and a preamble's sentence that leads into the
text may close on a colon after 如下 and a word (…作如下安排:), which addresses no one.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

TEXT = "一、工作任务\n（一）加强领导。做好某某工作。\n（二）强化保障。落实某某经费。\n"


def test_a_field_running_the_heading_s_issuers_together_names_them_apart() -> None:
    plan = parse_plan(
        "某部、某厅关于认真贯彻某某规划的通知\n"
        "状态:有效 发布日期:1991-01-15\n"
        "发布部门: 某部某厅\n"
        "发布文号: 某发[1991]8号\n"
        "  某某规划已经批准,特就有关事项通知如下:\n"
        "  一、各地要切实抓好学习。\n"
        "  二、各地要制定实施规划。\n"
    )
    assert plan.issuer == "某部、某厅"
    assert plan.doc_number == "某发[1991]8号"


def test_a_number_run_into_the_address_under_a_periodical_site_s_label() -> None:
    plan = parse_plan(
        "论文部分内容阅读\n"
        "某府办函[2017]136号各县(市、区)人民政府,市政府各部门、各直属机构:根据有关文件的要求,"
        "市政府决定成立某某工作领导小组。现将有关事项通知如下:一、主要职责研究提出工作重点。\n"
    )
    assert plan.doc_number == "某府办函[2017]136号"
    assert plan.recipients == ["各县(市、区)人民政府", "市政府各部门、各直属机构"]


def test_a_lead_in_closing_on_a_colon_after_its_announcing_word_addresses_no_one() -> None:
    plan = parse_plan(
        "某区某某宣传月活动实施方案\n"
        "今年是某某规划的最后一年,为了展示成就,推进全区普法工作,"
        "我区将开展宣传活动,现就做好宣传月活动作如下安排:\n"
        "一、活动主题\n今年的主题是弘扬法治精神。\n二、时间安排\n从11月20日开始。\n"
    )
    assert plan.recipients == []


def test_a_sharing_site_s_buttons_run_together_are_no_title() -> None:
    plan = parse_plan(
        "某某宣传通知.docx\n\n返回 相关 举报\n某某宣传通知.docx_第1页\n第1页 / 共4页\n资源描述\n"
        "某某宣传通知 各镇人民政府,各街道办事处: 决定开展某某宣传活动。现将有关事项通知如下:\n"
        "一、指导思想\n以某某精神为指导。\n二、活动步骤\n（一）准备阶段。成立领导小组。\n"
    )
    assert "举报" not in plan.title


def test_an_address_closing_a_word_after_its_level_is_still_an_address() -> None:
    plan = parse_plan(
        "某县人民政府关于印发《某某工作方案》的通知\n各乡镇人民政府,县直及以下单位:\n"
        "现将《某某工作方案》印发给你们,请认真贯彻执行。\n某县人民政府\n2020年1月2日\n"
        "某某工作方案\n一、工作任务\n（一）加强领导。做好工作。\n"
    )
    assert plan.recipients == ["各乡镇人民政府", "县直及以下单位"]


@pytest.mark.parametrize(
    "heading",
    ["某部、、某厅", "、某部、某厅", "某部、 、某厅"],
    ids=["doubled", "leading", "spaced"],
)
def test_a_heading_with_an_empty_place_between_its_organs_reads_without_error(
    heading: str,
) -> None:
    # a copy's doubled 、 leaves no organ between two marks: the field's run is read as before,
    # where it made a unit with no name and the parser raised
    plan = parse_plan(
        f"{heading}关于认真贯彻某某规划的通知\n发布部门: 某部某厅\n各省司法厅:\n"
        "现就有关事项通知如下:\n一、加强领导\n（一）健全机制。\n"
    )
    assert all(unit.name for unit in plan.units)
    assert [task.text for task in plan.tasks] == ["健全机制。"]


def test_a_paragraph_line_opening_with_the_buttons_words_stays_the_tasks() -> None:
    # 返回相关举报 makes a line the site's only when it opens the line as a label does; a task's
    # line going on 返回相关举报人… is the task's
    plan = parse_plan(
        "（一）畅通渠道。对实名举报要及时核查,\n返回相关举报人处理意见。\n"
        "（二）强化督办。落实办理责任。\n"
    )
    assert plan.tasks[0].text == "畅通渠道。对实名举报要及时核查,\n返回相关举报人处理意见。"


@pytest.mark.parametrize("gap", [" ", "\u3000", "  "])
def test_a_heading_after_the_periodical_site_s_label_on_its_line_keeps_its_title(gap: str) -> None:
    plan = parse_plan(
        f"论文部分内容阅读{gap}某省人民政府关于印发某某规划的通知\n"
        "各市、县人民政府:\n"
        "现将《某某规划》印发给你们,请认真贯彻执行。\n" + TEXT
    )
    assert plan.title == "某某规划"
    assert plan.notice is not None
    assert plan.notice.title == "某省人民政府关于印发某某规划的通知"
    assert plan.issuer == "某省人民政府"
