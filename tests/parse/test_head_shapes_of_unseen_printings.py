"""Heads printed in shapes the collected documents show: headings broken over lines, page frames.

Each test is a made-up text of the shape of a printing: the rule it checks is the genre's, not
one document's words.
"""

from __future__ import annotations

import rulegov

ADDRESS = "各县(市、区)人民政府,市各直属单位:\n"
BODY = "现将分解表印发给你们,请认真抓好贯彻落实。\n一、落实工作责任。建立责任体系。\n"


def test_a_heading_whose_subject_names_a_report_goes_on_to_its_notice() -> None:
    # 关于分解落实…政府工作报告 / 主要目标任务的通知: the report is the subject's, the heading
    # closes on 的通知, three lines down
    plan = rulegov.parse_plan(
        "某市人民政府办公室\n关于分解落实2019年市政府工作报告\n主要目标任务的通知\n"
        + ADDRESS
        + BODY
    )
    assert plan.title == "某市人民政府办公室关于分解落实2019年市政府工作报告主要目标任务的通知"
    assert plan.notice is None or plan.notice.title is None
    # a heading that closes on its own kind after 的 is whole
    plan = rulegov.parse_plan(
        "某市人民政府关于2019年政府工作的报告\n一、过去一年的工作\n工作取得进展。\n"
    )
    assert plan.title == "某市人民政府关于2019年政府工作的报告"


def test_a_pages_short_name_of_the_heading_organ_yields_to_the_heading() -> None:
    # 发布机构 政府办: the site's short name of the office the heading names in full
    plan = rulegov.parse_plan(
        "文号 | 某政办〔2020〕2号 | 发文日期 | 2020-04-19 |\n发布机构 | 政府办 | 有效性 | 有效 |\n"
        "区人民政府办公室关于印发2020年区重点工作分解方案的通知\n各街道办事处,区人民政府各部门:\n"
        "现将《2020年区重点工作分解方案》印发给你们,请认真贯彻执行。\n一、提高站位。各单位要主动担当。\n"
    )
    assert plan.issuer == "区人民政府办公室"


def test_a_mirrors_words_in_place_of_the_organ_are_no_part_of_the_heading() -> None:
    # a mirror site puts its own name where the organ's was, on the heading's line or above it
    for head in ("某某娱乐官网办公室\n关于印发", "某某体育官方网站入 关于印发"):
        plan = rulegov.parse_plan(
            f"{head}2017年某区政务公开工作要点的通知\n各镇人民政府,区政府各部门:\n"
            "《2017年某区政务公开工作要点》已经区政府研究通过,现印发给你们,请认真贯彻执行。\n"
            "某区人民政府办公室\n2017年8月28日\n2017年某区政务公开工作要点\n一、总体要求\n"
        )
        assert plan.notice is not None
        assert plan.notice.title == "关于印发2017年某区政务公开工作要点的通知"
        assert plan.issuer == "某区人民政府办公室"


NOTICE_UNDER_FIELDS = (
    "各乡镇人民政府、街道办事处,区政府各部门:\n现将分解表印发给你们,请认真贯彻执行。\n"
    "一、高度重视,夯实责任。各责任单位要进一步明确。\n"
)


def test_a_status_spaced_out_as_a_label_is_the_label_not_a_sites_tag() -> None:
    # 有 效 性: lines its label up with the others; 有效 alone before a title is a site's tag
    plan = rulegov.parse_plan(
        "标 题: | 某区人民政府办公室关于印发2020年重点工作任务分解表的通知 | ||\n"
        "发文字号: | 无 | ||\n有 效 性: | 失效 | ||\n" + NOTICE_UNDER_FIELDS
    )
    assert plan.title == "2020年重点工作任务分解表"


def test_the_fields_naming_whom_to_ask_about_a_policy_close_the_block() -> None:
    # 政策咨询机关 and 政策咨询电话, left empty, are the disclosure block's last row
    plan = rulegov.parse_plan(
        "标 题: | 某区人民政府办公室关于印发2020年重点工作任务分解表的通知 | ||\n"
        "政策咨询机关: | 政策咨询电话: |\n" + NOTICE_UNDER_FIELDS
    )
    assert plan.recipients == ["各乡镇人民政府、街道办事处", "区政府各部门"]
    assert plan.issuer == "某区人民政府办公室"


def test_a_news_headline_gives_way_to_the_documents_own_heading_it_names() -> None:
    # the headline says what was done (省政府印发…通知, no 关于 and no 的), a byline and a lead
    # follow, then the document opens on its own heading
    plan = rulegov.parse_plan(
        "某省政府印发2020年政府工作报告重点工作责任分解通知\n编辑: admin 时间: 4年前\n"
        "近日,某省政府办公厅印发2020年政府工作报告重点工作责任分解的通知,公布责任单位。\n"
        "政府工作报告重点工作责任分解\n一、省长主抓重点工作\n1. 稳企业、防风险。扎实做好稳企业工作。\n"
        "牵头单位:省发展改革委、省财政厅\n"
    )
    assert plan.title == "政府工作报告重点工作责任分解"
    # the lead names who printed it, the words after its verb holding the heading's
    assert plan.issuer == "某省政府办公厅"


def test_joint_organs_a_lead_runs_together_are_named_apart() -> None:
    # the lead prints the two offices with nothing between them, as a copy loses the space
    plan = rulegov.parse_plan(
        "某县印发《2021年全县民生实事实施方案》\n2021-07-15 来源:某县人民政府\n"
        "2021年5月26日,某省某市某县委办公室某县人民政府办公室印发了《2021年全县民生实事实施方案》,"
        "决定突出办好民生实事。\n2021年全县民生实事实施方案\n一、教育事业\n1.新建幼儿园。\n"
    )
    assert plan.issuer == "某省某市某县委办公室、某县人民政府办公室"


def test_a_pages_government_yields_to_its_office_that_heads_the_notice() -> None:
    # 发布机构 names the government that posts the page; the heading, its office; no signature
    plan = rulegov.parse_plan(
        "发布机构: 某县人民政府 成文日期: 2023-05-30 文  号: 某府办发〔2023〕15号\n"
        "某县人民政府办公室\n关于印发2023年全县政务公开工作要点\n任务分解表的通知\n"
        "各乡镇人民政府、街道办事处,县级有关部门(单位):\n"
        "现将《2023年全县政务公开工作要点任务分解表》印发给你们,请认真抓好贯彻落实。\n"
        "一、统一思想认识,提高政治站位\n各单位要高度重视。\n"
    )
    assert plan.issuer == "某县人民政府办公室"


def test_a_notice_heading_in_book_title_marks_under_page_lines_is_the_heading() -> None:
    # a page names the document it prints in 《》 under its own lines (返回, 所在位置…)
    plan = rulegov.parse_plan(
        "返回\n所在位置: 某某网 > 热点专题\n"
        "《某市人民政府办公厅关于印发2020年重点工作责任分解的通知》\n发布时间:2020-05-29 14:36:23\n"
        "各区、县(市)人民政府,市政府各部门:\n"
        "现将《2020年重点工作责任分解》印发给你们,请认真贯彻执行。\n"
        "某市人民政府办公厅\n2020年3月1日\n2020年重点工作责任分解\n一、重点工作\n1.稳企业。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府办公厅关于印发2020年重点工作责任分解的通知"
    assert plan.title == "2020年重点工作责任分解"


def test_a_plans_title_over_three_lines_under_its_notice_reads_the_quoted_name() -> None:
    # the notice quotes the name in 《》; the plan under it prints the name over three lines
    plan = rulegov.parse_plan(
        "市人民政府办公厅关于印发某市2016年法治政府建设工作计划的通知\n各区人民政府,市人民政府各部门:\n"
        "《某市2016年法治政府建设工作计划》已经市人民政府同意,现印发给你们,请认真组织实施。\n"
        "某市2016年\n法治政府\n建设工作计划\n为深入推进法治建设,特制订本计划。\n"
        "一、精心谋划。研究制定意见。\n"
    )
    assert plan.title == "某市2016年法治政府建设工作计划"


def test_a_heading_cut_inside_its_verb_over_a_blank_line_is_one_heading() -> None:
    # a copy sets a blank line between the heading's lines, the first cut inside 印发
    plan = rulegov.parse_plan(
        "某市人民政府印\n\n发《某市突发地质灾害应急预案》的通知\n各县(市、区)政府,市直有关部门:\n"
        "《某市突发地质灾害应急预案》已经市政府研究同意,现印发你们,请认真遵照执行。\n"
        "某市人民政府\n2017年12月1日\n某市突发地质灾害应急预案\n1 总则\n1.1 编制目的\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府印发《某市突发地质灾害应急预案》的通知"
    assert plan.title == "某市突发地质灾害应急预案"
