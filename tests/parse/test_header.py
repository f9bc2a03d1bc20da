"""The head of a document: headings broken over lines, replies, signatures, field blocks."""

from __future__ import annotations

import datetime as dt

import rulegov


def test_a_heading_broken_before_its_kind_is_joined_without_about() -> None:
    # no 关于 and no plan named: the heading ends on the line that names the kind of document
    plan = rulegov.parse_plan(
        "某省人民政府办公厅对省十届人大四次会议\n第72号建议的答复\n某政办函〔2006〕71号\n"
        "王某某代表：\n你提出的关于建立法规查询网站的建议收悉，现答复如下：\n"
        "感谢你对政府工作的关心和支持。\n某省人民政府办公厅\n二〇〇六年九月七日\n"
    )
    assert plan.title == "某省人民政府办公厅对省十届人大四次会议第72号建议的答复"
    assert plan.notice is None or plan.notice.title is None


def test_a_report_heading_broken_inside_its_name_is_one_title() -> None:
    plan = rulegov.parse_plan(
        "某州人民政府2024年度法治政府\n建设情况报告\n"
        "2024年，某州坚持以习近平法治思想为指导，全面推进法治政府建设。\n"
        "一、主要举措和成效\n（一）依法全面履行政府职能。深化“放管服”改革。\n"
    )
    assert plan.title == "某州人民政府2024年度法治政府建设情况报告"
    assert plan.issuer == "某州人民政府"


def test_a_page_line_over_a_heading_of_its_own_is_not_joined_to_it() -> None:
    # the line under it opens a heading with its issuer and 关于: the line above is the page's
    plan = rulegov.parse_plan(
        "第1页共13页\n区政府关于加强和改进行政执法工作的报告\n"
        "区人大常委会：\n现将我区行政执法工作情况报告如下。\n一、基本情况\n"
    )
    assert plan.title == "区政府关于加强和改进行政执法工作的报告"


def test_a_reply_keeps_its_heading_as_title_over_the_report_it_attaches() -> None:
    plan = rulegov.parse_plan(
        "某省人民政府办公厅关于某县\n地质灾害险情有关问题的复函\n某政办函〔2004〕80号\n"
        "某市人民政府：\n你市《关于解决某村地质险情有关问题的请示》收悉。现函复如下：\n"
        "同意对某村开展监测。\n附件：某厅关于某村地质险情调研情况的报告\n"
        "某省人民政府办公厅\n二〇〇四年十一月四日\n附件\n"
        "关于某县某镇某村\n地质险情调研情况的报告\n"
        "按照省政府领导同志批示，我厅组织专家赴现场调研。\n"
    )
    assert plan.title == "某省人民政府办公厅关于某县地质灾害险情有关问题的复函"
    assert plan.issued_on == dt.date(2004, 11, 4)
    assert plan.notice is None or plan.notice.title is None


def test_a_reply_that_names_the_rules_it_attaches_carries_them() -> None:
    plan = rulegov.parse_plan(
        "某省人民政府关于同意建立某工作联席会议制度的批复\n某政函〔2018〕14号\n"
        "省教育厅：\n你厅《关于建立某工作联席会议制度的请示》收悉。现批复如下：\n"
        "同意建立某工作联席会议制度。\n附件：某工作联席会议制度\n某省人民政府\n2018年11月20日\n"
        "附件\n某工作联席会议制度\n一、主要职能\n统筹协调全省某工作。\n"
    )
    assert plan.title == "某工作联席会议制度"
    assert plan.notice is not None
    assert plan.notice.title == "某省人民政府关于同意建立某工作联席会议制度的批复"


def test_joint_issuers_of_three_characters_sign_apart_by_a_space() -> None:
    plan = rulegov.parse_plan(
        "国务院、中央军委关于同意某部迁址新建的批复\n国函〔1996〕95号\n某部：\n"
        "你部关于迁址新建的请示收悉，现批复如下：\n同意迁址新建。\n"
        "国务院\u3000中央军委\n一九九六年十一月五日\n"
    )
    assert plan.issuer == "国务院、中央军委"
    assert plan.issued_on == dt.date(1996, 11, 5)


def test_a_number_printed_again_under_the_heading_leaves_the_address_read() -> None:
    # the disclosure table gives the number first; the heading's own copy of it is no site text
    plan = rulegov.parse_plan(
        "索引号：000014349/2006-00210\n主题分类：其他\n发文机关：某省人民政府办公厅\n"
        "成文日期：2006年09月07日\n发文字号：某政办函〔2006〕69号\n发布日期：2018年12月24日\n"
        "某省人民政府办公厅对省人大四次会议\n第7264号建议的答复\n某政办函〔2006〕69号\n"
        "王某某等代表：\n你们提出的建议收悉，现答复如下：\n感谢你们对政府工作的关心和支持。\n"
        "某省人民政府办公厅\n二〇〇六年九月七日\n"
    )
    assert plan.frame is not None
    assert plan.frame.recipients == ["王某某等代表"]
    assert plan.frame.doc_number is not None
    assert plan.frame.doc_number.text == "某政办函〔2006〕69号"
    assert plan.title == "某省人民政府办公厅对省人大四次会议第7264号建议的答复"
