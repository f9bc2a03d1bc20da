"""Heads and structure of documents as web copies print them: headlines, leads, site marks."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from rulegov import SectionKind
from rulegov.parse import split_lines


def codes(plan: rulegov.Plan) -> set[str]:
    return {diagnostic.code for diagnostic in plan.diagnostics}


def test_a_top_level_heading_alone_on_its_line_is_a_section_even_with_only_prose_below() -> None:
    plan = rulegov.parse_plan(
        "某省法治宣传教育第八个五年规划\n一、以习近平法治思想引领全民普法工作\n"
        "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想。\n"
    )
    assert [(s.number, s.title) for s in plan.sections] == [
        ("一", "以习近平法治思想引领全民普法工作")
    ]
    assert plan.tasks == []


def test_a_top_level_item_with_its_body_on_its_line_is_still_a_task() -> None:
    plan = rulegov.parse_plan(
        "某县工作要点\n一、加强组织领导。各单位要明确分工。\n二、强化督查。\n"
    )
    assert [t.title for t in plan.tasks] == ["加强组织领导", "强化督查"]
    assert plan.sections == []


def test_a_plan_of_bare_top_level_items_keeps_them_tasks_with_their_dates() -> None:
    plan = rulegov.parse_plan(
        "某县2025年法治政府建设工作要点\n\n一、加强法治宣传教育，开展普法活动。\n"
        "二、推进依法行政，2025年底前完成行政执法事项清单编制。\n"
        "三、深化政务公开，6月底前完成目录编制。\n"
    )
    assert [t.number for t in plan.tasks] == ["一", "二", "三"]
    assert [t.timeframe.end if t.timeframe else None for t in plan.tasks] == [
        None,
        dt.date(2025, 12, 31),
        dt.date(2025, 6, 30),
    ]


def test_an_article_listing_duties_is_a_section_and_the_framing_articles_are_prose() -> None:
    plan = rulegov.parse_plan(
        "某省党政主要负责人履行推进法治建设第一责任人职责实施办法\n"
        "第一条 为督促党政主要负责人履行职责，制定本办法。\n"
        "第二条 本办法适用于全省县级以上地方党委和政府主要负责人。\n"
        "第三条 党政主要负责人履行职责，必须坚持党的领导。\n"
        "第四条 党委主要负责人应当履行以下主要职责：\n"
        "（一）充分发挥党委的领导核心作用；\n（二）定期听取法治建设工作汇报。\n"
    )
    assert [(s.number, s.title) for s in plan.sections] == [
        ("第四条", "党委主要负责人应当履行以下主要职责")
    ]
    assert [t.path for t in plan.tasks] == [("第四条", "（一）"), ("第四条", "（二）")]
    prose = [d for d in plan.diagnostics if d.code == "prose-article"]
    assert [d.line for d in prose] == [2, 3, 4]
    assert not any(d.code == "unaccounted-text" for d in plan.diagnostics)


def test_a_regulations_scope_principles_and_organ_in_charge_are_framing_articles() -> None:
    plan = rulegov.parse_plan(
        "某市法制宣传教育条例\n"
        "第一条 为了加强法制宣传教育工作，制定本条例。\n"
        "第二条 在本市行政区域内开展法制宣传教育活动，应当遵守本条例。\n"
        "第三条 法制宣传教育工作应当实行经常教育与集中教育相结合的原则。\n"
        "第四条 市司法行政部门是法制宣传教育工作的主管部门，负责本条例的组织实施。\n"
        "第五条 市司法行政部门应当于每年第一季度公布本年度法制宣传教育计划。\n"
        "第六条 市司法行政部门应当做好下列工作：\n"
        "（一）制定法制宣传教育工作规划；\n（二）组织法制宣传教育培训和考试。\n"
    )
    assert [t.path for t in plan.tasks] == [
        ("第五条",),
        ("第六条", "（一）"),
        ("第六条", "（二）"),
    ]
    prose = [d for d in plan.diagnostics if d.code == "prose-article"]
    assert [d.line for d in prose] == [2, 3, 4, 5]


def test_without_articles_of_duties_every_article_stays_a_task() -> None:
    plan = rulegov.parse_plan(
        "某县考核办法\n第一条 为推动工作落实，制定本办法。\n第二条 考核结果分为四个等次。\n"
    )
    assert [t.number for t in plan.tasks] == ["第一条", "第二条"]


def test_a_news_headline_gives_the_plan_title_and_a_report_its_issuer() -> None:
    plan = rulegov.parse_plan(
        "【权威】省委、省政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划》\n"
        "近日，省委、省政府转发了上述规划。\n一、总体要求\n"
    )
    assert plan.title == "省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划"
    assert plan.issuer == "省委宣传部、省司法厅"  # the plan's own title names its issuers
    plan = rulegov.parse_plan("中共某省委印发《某省法治社会建设实施方案》\n一、总体要求\n")
    assert (plan.title, plan.issuer) == ("某省法治社会建设实施方案", "中共某省委")


def test_a_newspaper_lead_names_the_plan_and_its_issuer() -> None:
    plan = rulegov.parse_plan(
        "本报讯 日前，省委办公厅、省政府办公厅印发《某省第一责任人职责实施办法》，"
        "并发出通知。全文如下：\n第一条 为推进法治建设，制定本办法。\n"
    )
    assert plan.title == "某省第一责任人职责实施办法"
    assert plan.issuer == "省委办公厅、省政府办公厅"


def test_a_party_regulation_publication_line_gives_issuer_and_date() -> None:
    plan = rulegov.parse_plan(
        "某省实施细则\n(2019年11月22日中共某省委常委会会议审议批准 2019年12月5日中共某省委发布)\n"
        "第一条 为了推进法治建设，制定本细则。\n"
    )
    assert plan.issuer == "中共某省委"
    assert plan.issued_on == dt.date(2019, 12, 5)
    assert "publication-line" in codes(plan)


def test_a_title_in_brackets_under_a_label_is_the_title() -> None:
    plan = rulegov.parse_plan("政策全文\n《关于加强法治乡村建设的意见》\n一、总体要求\n")
    assert plan.title == "关于加强法治乡村建设的意见"


def test_a_title_under_a_sharing_sites_lead_sentence() -> None:
    plan = rulegov.parse_plan(
        "下面是小编为大家整理的某市法治社会建设实施方案，供大家参考。\n"
        "某市法治社会建设实施方案(2021-2025年)\n为加快推进法治社会建设，制定本方案。\n"
        "一、总体要求\n"
    )
    assert plan.title == "某市法治社会建设实施方案(2021-2025年)"


def test_site_marks_around_a_title_are_dropped() -> None:
    assert rulegov.parse_plan("某县行政执法三项制度实施方案(最新)\n一、总体要求\n").title == (
        "某县行政执法三项制度实施方案"
    )
    assert rulegov.parse_plan("- 1 - 某县2022年法治政府建设工作计划\n一、总体要求\n").title == (
        "某县2022年法治政府建设工作计划"
    )


def test_page_furniture_and_a_bulleted_counter_are_not_recipients_or_title() -> None:
    plan = rulegov.parse_plan(
        "今天是：\n关于印发《2022年全市守法普法工作要点》的通知\n"
        "    发布时间：2022-07-06 16:54    浏览次数：\n"
        "各区委全面依法治区委员会办公室，市直各单位：\n"
        "现将《2022年全市守法普法工作要点》印发给你们，请认真贯彻落实。\n"
        "         中共某市委全面依法治市委员会办公室\n                     2022年4月18日\n"
        "2022年全市守法普法工作要点\n一、以习近平法治思想引领全民普法工作\n"
        "1.推动学习宣传走深走实。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "关于印发《2022年全市守法普法工作要点》的通知"
    assert plan.title == "2022年全市守法普法工作要点"
    assert plan.recipients == ["各区委全面依法治区委员会办公室", "市直各单位"]
    assert plan.issuer == "中共某市委全面依法治市委员会办公室"
    assert plan.issued_on == dt.date(2022, 4, 18)
    plan = rulegov.parse_plan(
        "公开范围: 面向全社会 公开方式: 主动公开\n某区2023年普法依法治理工作要点\n"
        "  • 浏览量:\n一、加强领导\n"
    )
    assert (plan.title, plan.recipients) == ("某区2023年普法依法治理工作要点", [])


def test_recipients_after_a_sites_text_under_a_notice_title() -> None:
    plan = rulegov.parse_plan(
        "某省人民政府关于印发加强法治政府建设行动方案的通知\n"
        "《某省人民政府关于印发加强法治政府建设行动方案的通知》是一份政府文件。\n引言\n"
        "各市人民政府，省政府各委、办、厅、局：\n根据国务院要求，制定本方案。\n"
    )
    assert plan.recipients == ["各市人民政府", "省政府各委、办、厅、局"]


def test_a_colon_that_announces_a_paragraph_is_no_address() -> None:
    plan = rulegov.parse_plan(
        "某县关于印发工作方案的通知\n本站转载。\n现就有关事项通知如下：\n一、总体要求\n"
    )
    assert plan.recipients == []


def test_the_notice_prints_the_title_with_the_separators_a_broken_heading_drops() -> None:
    plan = rulegov.parse_plan(
        "中共某省委 某省人民政府转发《省委宣传部、省司法厅关于开展第八个五年规划》的通知\n"
        "各市委，各市人民政府：\n现转发给你们，请认真贯彻落实。\n中共某省委\n某省人民政府\n"
        "2021年12月9日\n省委宣传部 省司法厅\n关于开展第八个五年规划\n一、总体要求\n"
    )
    assert plan.title == "省委宣传部、省司法厅关于开展第八个五年规划"
    assert plan.sections[0].kind is SectionKind.GENERAL_REQUIREMENTS


def test_a_lists_first_item_run_on_after_its_colon() -> None:
    plan = rulegov.parse_plan(
        "某旗实施方案\n一、工作任务\n（一）行政执法公示制度\n"
        "在服务窗口需要公开以下内容：1.编制行政执法事项清单，经审核后公示。\n"
        "2.编制随机抽查事项清单。\n"
    )
    assert [t.path for t in plan.tasks] == [("一", "（一）", "1"), ("一", "（一）", "2")]


def test_a_disclosure_block_with_each_value_under_its_label_fills_the_head() -> None:
    plan = rulegov.parse_plan(
        "当前位置:首页 > 政府信息公开 > 市政府(办)文件\n| 字号: |\n用微信扫描二维码\n分享至好友和朋友圈\n"
        "索 引 号:\n640501001/2022-00153\n文  号:\n卫政办发〔2022〕24号\n发布机构:\n某市人民政府办公室\n"
        "责任部门:\n市司法局\n标  题:\n市人民政府办公室 关于印发2022年某市法治政府建设工作要点的通知\n\n"
        "市人民政府办公室 关于印发2022年某市法治政府建设工作要点的通知\n卫政办发〔2022〕24号\n"
        "各县(区)人民政府,市政府各部门、直属机构:\n《2022年某市法治政府建设工作要点》已经市人民政府"
        "常务会议研究通过,现印发给你们,请抓好落实。\n某市人民政府办公室\n2022年3月29日\n"
        "2022年某市法治政府建设工作要点\n一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
    )
    assert plan.doc_number == "卫政办发〔2022〕24号"
    assert plan.title == "2022年某市法治政府建设工作要点"
    assert plan.issuer == "某市人民政府办公室"
    assert plan.issued_on == dt.date(2022, 3, 29)
    assert plan.recipients == ["各县(区)人民政府", "市政府各部门、直属机构"]


def test_an_empty_disclosure_label_does_not_take_the_title_below_it_as_its_value() -> None:
    plan = rulegov.parse_plan(
        "首页\n>政府信息公开>规划计划\n • 发布单位:某市人民政府\n • 文号:\n\n"
        "某市人民政府关于印发《某市依法行政第五个五年规划(2011—2015年)》的通知\n\n"
        "各镇人民政府,市政府各部门:\n现将《某市依法行政第五个五年规划(2011—2015年)》印发给你们,"
        "请认真贯彻施行。\n二〇一一年十一月二十五日\n某市依法行政第五个五年规划\n(2011—2015年)\n"
        "一、指导思想和基本要求\n1.指导思想。以邓小平理论为指导。\n"
    )
    assert plan.doc_number is None
    assert plan.notice is not None
    assert plan.notice.title.endswith("第五个五年规划(2011—2015年)》的通知")
    assert plan.issuer == "某市人民政府"
    assert plan.issued_on == dt.date(2011, 11, 25)


def test_a_street_office_signs_jointly_with_its_party_committee() -> None:
    plan = rulegov.parse_plan(
        "关于印发《关于在某街公民中开展法治宣传教育的实施方案》的通知\n三办两中心,各社区:\n"
        "现将《关于在某街公民中开展法治宣传教育的实施方案》印发给你们,请认真贯彻落实。\n"
        "某区某街街道工作委员会\n某区某街街道办事处\n2023年5月19日\n"
        "关于在某街公民中开展法治宣传教育的实施方案\n一、以习近平法治思想引领全民普法工作\n"
    )
    assert plan.issuer == "某区某街街道工作委员会、某区某街街道办事处"


def test_a_call_for_comments_signed_before_the_draft_gives_its_issuer_date_and_title() -> None:
    plan = rulegov.parse_plan(
        "为推动法治建设,我局起草了《某区法治社会建设实施方案(2020-2025年)》(征求意见稿),"
        "面向社会各界征求意见。\n联 系 人:张某\n联系电话(传真):3635352\n"
        "中共某区委全面依法治区委员会办公室\n2022年9月14日\n某区法治社会建设实施方案\n"
        "(2020—2025年)\n(征求意见稿)\n为深入推进法治社会建设,制定本实施方案。\n一、总体要求\n"
        "(一)指导思想。坚持以习近平新时代中国特色社会主义思想为指导。\n"
    )
    assert plan.title == "某区法治社会建设实施方案(2020—2025年)(征求意见稿)"
    assert plan.issuer == "中共某区委全面依法治区委员会办公室"
    assert plan.issued_on == dt.date(2022, 9, 14)


def test_a_page_title_cut_short_gives_way_to_the_whole_title_below_it() -> None:
    plan = rulegov.parse_plan(
        "开启左侧\n中共某县委宣传部、某县司法局关于在全县开展法治宣传教育的第八个五年规划(2...\n"
        "[复制链接]\n中共某县委宣传部、某县司法局关于在全县开展法治宣传教育的第八个五年规划"
        "(2021-2025年)\n为深入学习宣传贯彻习近平法治思想,制定本规划。\n一、总体要求\n"
    )
    assert plan.title == (
        "中共某县委宣传部、某县司法局关于在全县开展法治宣传教育的第八个五年规划(2021-2025年)"
    )
    assert plan.issuer == "中共某县委宣传部、某县司法局"


def test_a_title_run_into_the_text_by_a_copy_is_taken_alone() -> None:
    plan = rulegov.parse_plan(
        "乡镇2023法治政府建设工作方案【5篇】第一篇:乡镇2023法治政府建设工作方案为深入贯彻落实"
        "科学发展观,特制定本实施方案。一、指导思想深入贯彻落实科学发展观。\n"
    )
    assert plan.title == "乡镇2023法治政府建设工作方案"


def test_steps_are_tasks_and_a_review_of_the_present_state_is_prose() -> None:
    plan = rulegov.parse_plan(
        "某镇普法规划\n一、发展现状\n(一)工作成效\n1.聚焦统筹推进,依法治区开启新局面。\n"
        "2.聚焦依法行政,法治政府建设踏上新征程。\n二、工作步骤\n(一)宣传发动阶段(2021年12月底前)\n"
        "开展动员部署。\n(二)组织实施阶段(2021年12月至2025年上半年)\n每年制定年度计划。\n"
    )
    first, second = plan.sections
    assert first.kind is not SectionKind.TASKS
    assert [(s.number, s.title) for s in first.children] == [("（一）", "工作成效")]
    assert [t.title for t in plan.tasks] == [
        "宣传发动阶段(2021年12月底前)",
        "组织实施阶段(2021年12月至2025年上半年)",
    ]
    assert second.tasks


def test_a_review_of_the_situation_the_work_faces_is_prose() -> None:
    plan = rulegov.parse_plan(
        "某区某项工作规划\n一、工作现状和面临的形势\n(一)上一阶段工作状况\n"
        "1、各级更加重视。\n2、体制不断完善。\n二、主要任务\n(一)强化工作责任。\n"
    )
    first, second = plan.sections
    assert first.kind is not SectionKind.TASKS
    assert [t.title for t in plan.tasks] == ["强化工作责任"]
    assert second.tasks


def test_the_framing_articles_of_a_text_cut_before_its_duties_are_prose() -> None:
    plan = rulegov.parse_plan(
        "某省党政主要负责人履行推进法治建设第一责任人职责实施办法\n"
        "第一条 为督促党政主要负责人履行职责，制定本办法。\n"
        "第二条 本办法适用于全省县级以上地方党委和政府主要负责人。\n"
        "第三条 党政主要负责人履行职责，必须坚持党的领导。\n"
    )
    assert plan.tasks == []


def test_a_news_lead_that_opens_with_the_day_names_the_plan_over_the_headline() -> None:
    plan = rulegov.parse_plan(
        "某省法治宣传教育第七个五年规划发布\n"
        "2016年11月16日 | 作者:某某 | 来源:某省日报\n"
        "11月9日,中共某省委、某省人民政府转发《省委宣传部、省司法厅关于在全省公民中开展"
        "法治宣传教育的第七个五年规划(2016—2020年)》,并发出通知。\n"
        "通知指出,全民普法和守法是一项长期基础性工作。\n"
    )
    assert plan.title == (
        "省委宣传部、省司法厅关于在全省公民中开展法治宣传教育的第七个五年规划(2016—2020年)"
    )
    # the forwarded plan's own title names who drew it up
    assert plan.issuer == "省委宣传部、省司法厅"


def test_a_headline_that_reports_a_forwarding_is_not_the_title() -> None:
    plan = rulegov.parse_plan(
        "省委省政府转发“七五”普法规划\n"
        "本报讯 近日,省委、省政府发出通知,转发《某省开展法治宣传教育的第七个五年规划》,"
        "要求各地区各部门结合实际认真贯彻执行。\n"
        "全民普法和守法是依法治国的长期基础性工作。\n"
    )
    assert plan.title == "某省开展法治宣传教育的第七个五年规划"
    assert plan.issuer == "省委、省政府"


def test_a_guan_yu_title_that_names_a_plan_is_the_plans_own_title() -> None:
    plan = rulegov.parse_plan(
        "当前位置: 首页 >党委文件\n"
        "关于在全市公民中开展法治宣传教育的\n"
        "第七个五年规划(2016—2020年)\n"
        "根据上级规划的精神和要求,结合我市实际,制定本规划。\n"
        "一、指导思想\n"
        "高举中国特色社会主义伟大旗帜。\n"
    )
    assert plan.title == "关于在全市公民中开展法治宣传教育的第七个五年规划(2016—2020年)"
    assert plan.notice is None


def test_a_signature_dated_with_the_digit_zero_among_chinese_numerals_is_read() -> None:
    plan = rulegov.parse_plan(
        "某省依法治省领导小组关于印发《全省普法依法治理工作要点》的通知\n"
        "各市州依法治市州领导小组,省直各单位:\n"
        "现将《全省普法依法治理工作要点》印发给你们,请认真贯彻落实。\n"
        "某省依法治省领导小组\n"
        "二00六年二月二十一日\n"
        "全省普法依法治理工作要点\n"
        "一、做好普法启动工作\n"
    )
    assert plan.issued_on == dt.date(2006, 2, 21)
    assert plan.issuer == "某省依法治省领导小组"
    assert plan.title == "全省普法依法治理工作要点"


def test_a_run_of_clauses_above_the_heading_is_page_text_not_the_title() -> None:
    plan = rulegov.parse_plan(
        "广告一,广告二,广告三,广告四\n"
        "某市人民政府关于印发《某市重大行政决策程序规则》的通知\n"
        "各镇人民政府,市直各单位:\n"
        "现将《某市重大行政决策程序规则》印发给你们,请认真遵照执行。\n"
        "某市人民政府\n"
        "2020年9月28日\n"
        "某市重大行政决策程序规则\n"
        "第一条 为了规范重大行政决策程序,制定本规则。\n"
    )
    assert plan.title == "某市重大行政决策程序规则"
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府关于印发《某市重大行政决策程序规则》的通知"
    assert plan.recipients == ["各镇人民政府", "市直各单位"]
    assert plan.issued_on == dt.date(2020, 9, 28)
    assert "page-text" in codes(plan)


def test_a_breadcrumb_trail_that_does_not_start_at_the_home_page_is_page_chrome() -> None:
    plan = rulegov.parse_plan(
        "某报官网 > 广东 > 本地新闻\n某市2023年法治建设工作要点\n一、加强组织领导\n"
    )
    assert plan.title == "某市2023年法治建设工作要点"


def test_a_news_lead_after_a_purpose_clause_names_the_plan_and_its_issuer() -> None:
    plan = rulegov.parse_plan(
        "某网讯(通讯员 某某)为做好示范创建宣传工作,营造浓厚氛围,近期,"
        "县法治政府建设领导小组办公室印发了《某县示范创建宣传活动实施方案》。"
        "全县各单位按照方案开展宣传。\n"
    )
    assert plan.title == "某县示范创建宣传活动实施方案"
    assert plan.issuer == "县法治政府建设领导小组办公室"


def test_a_document_number_in_a_disclosure_line_ends_at_its_hao() -> None:
    plan = rulegov.parse_plan(
        "索引号:123/2020-1 文号:某政发〔2020〕8号统一登记号: 签署日期:2020-09-28\n"
        "某市2020年法治建设工作要点\n一、加强组织领导\n"
    )
    assert plan.doc_number == "某政发〔2020〕8号"


def test_a_plan_titled_with_its_governments_name_is_issued_by_that_government() -> None:
    plan = rulegov.parse_plan(
        "各区、县人民政府,市府各部门:\n"
        "现将《某市人民政府全面推进依法行政五年规划(2004-2008年)》印发你们,请认真贯彻执行。\n"
        "二○○五年四月三十日\n"
        "某市人民政府全面推进依法行政五年规划(2004-2008年)\n"
        "一、指导思想\n"
    )
    assert plan.issuer == "某市人民政府"
    assert plan.issued_on == dt.date(2005, 4, 30)


def test_the_publication_line_of_a_government_rule_gives_its_issuer_and_date() -> None:
    plan = rulegov.parse_plan(
        "某省重大行政决策程序暂行规定\n"
        "(2021年6月21日某省人民政府令第4号公布 自2021年8月1日起施行)\n"
        "第一章 总则\n"
        "第一条 为了规范重大行政决策程序,制定本规定。\n"
    )
    assert plan.issuer == "某省人民政府"
    assert plan.issued_on == dt.date(2021, 6, 21)


def test_a_disclosure_of_the_publishing_organ_names_the_issuer() -> None:
    plan = rulegov.parse_plan(
        "某省重大行政决策程序暂行规定\n"
        "  • 公布机关:某省人民政府\n"
        "第一条 为了规范重大行政决策程序,制定本规定。\n"
    )
    assert plan.issuer == "某省人民政府"


def test_a_tagged_heading_over_lines_with_its_period_is_the_plans_own_title() -> None:
    plan = rulegov.parse_plan(
        "(授权发布)中央某部、某部\n"
        "关于在公民中开展法制宣传教育的第六个五年规划\n"
        "(2011-2015年)\n"
        "2011年07月27日 21:25:32 来源: 某网\n"
        "某网北京7月27日电 全国第五个五年法制宣传教育规划已顺利实施完成。\n"
        "一、指导思想、主要目标和工作原则\n"
    )
    assert plan.title == "中央某部、某部关于在公民中开展法制宣传教育的第六个五年规划(2011-2015年)"
    assert plan.issuer == "中央某部、某部"
    assert plan.notice is None


def test_a_date_alone_on_the_last_line_after_the_body_is_the_date_of_issue() -> None:
    plan = rulegov.parse_plan(
        "某市推行行政执法责任制的实施意见\n"
        "一、加强推行行政执法责任制工作的领导\n"
        "各级政府要高度重视,主要领导要亲自抓。\n"
        "附件:1.行政执法单位“三定”规定\n"
        "二○○六年一月二十五日\n"
    )
    assert plan.issued_on == dt.date(2006, 1, 25)


def test_a_date_under_the_notice_is_not_taken_for_an_end_date() -> None:
    plan = rulegov.parse_plan(
        "各区县人民政府:\n现将《某市依法行政规划》印发你们,请认真贯彻执行。\n二00五年三月三日\n"
    )
    assert plan.issued_on == dt.date(2005, 3, 3)
    assert "end-signature" not in codes(plan)


def test_a_title_the_notice_cites_on_the_way_is_not_taken_for_the_one_it_carries() -> None:
    cited = rulegov.parse_plan(
        "各省人民政府,国务院各部委:\n"
        "2004年3月,国务院发布《全面推进依法行政实施纲要》,明确提出建设法治政府的目标。"
        "现提出以下意见。\n"
        "一、总体要求\n"
    )
    assert cited.title != "全面推进依法行政实施纲要"
    carried = rulegov.parse_plan(
        "各乡镇,县直各单位:\n"
        "根据《某省依法行政规定》,现将《某县2023年法治建设工作要点》印发给你们,请认真贯彻执行。\n"
        "一、总体要求\n"
    )
    assert carried.title == "某县2023年法治建设工作要点"


def test_pinyin_glosses_a_mirror_prints_after_characters_are_read_through() -> None:
    plan = rulegov.parse_plan(
        "縣人民政府辦公室關(guān)于印發(fā)某縣提升行政執(zhí)法質(zhì)量實(shí)施方案的通知\n"
        "文       號(hào) : 嘉政辦發(fā)〔2024〕3號(hào)\n"
        "各鎮(zhèn)人民政府,縣政府各部門:\n"
        "《某縣提升行政執(zhí)法質(zhì)量實(shí)施方案》已經(jīng)縣人民政府同意,現(xiàn)印發(fā)給你們。\n"
        "2024年4月12日\n"
        "某縣提升行政執(zhí)法質(zhì)量實(shí)施方案\n"
        "一、目標(biāo)要求\n"
    )
    assert plan.title == "某縣提升行政執法質量實施方案"
    assert plan.doc_number == "嘉政辦發〔2024〕3號"
    assert plan.recipients == ["各鎮人民政府", "縣政府各部門"]
    assert plan.issued_on == dt.date(2024, 4, 12)


def test_a_leading_group_named_before_guan_yu_is_the_issuer_as_printed() -> None:
    plan = rulegov.parse_plan(
        "省委省政府轉發《河北省法制宣傳教育領導小組關於在全省公民中開展法治宣傳教育的規劃》\n"
        "一、總體要求\n"
    )
    assert plan.issuer == "河北省法制宣傳教育領導小組"


def test_a_heading_under_a_sharing_sites_page_list_starts_the_head() -> None:
    plan = rulegov.parse_plan(
        "旧文件.docx\n"
        "下载 相关 举报\n"
        "旧文件.docx_第1页\n"
        "县委办发〔2012〕144号\n"
        "中共某县委办公室某县人民政府办公室\n"
        "关于印发《某县普法依法治理工作考评办法细则》的通知\n"
        "各乡镇党委、政府,县直各单位:\n"
        "《某县普法依法治理工作考评办法细则》已经县委、县政府同意,现印发你们。\n"
        "二○一二年十一月二十三日\n"
        "某县普法依法治理工作考评办法细则\n"
        "一、指导思想\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == (
        "中共某县委办公室某县人民政府办公室关于印发《某县普法依法治理工作考评办法细则》的通知"
    )
    # joint issuers run together on one line are read apart
    assert plan.issuer == "中共某县委办公室、某县人民政府办公室"
    assert plan.doc_number == "县委办发〔2012〕144号"
    assert plan.recipients == ["各乡镇党委、政府", "县直各单位"]
    assert plan.issued_on == dt.date(2012, 11, 23)


def test_a_heading_whose_tong_zhi_a_page_cut_off_is_still_the_notices() -> None:
    plan = rulegov.parse_plan(
        "某州司法局关于印发《关于深化普法专项行动的实施意见(2024—2025年)》\n"
        "各县市司法局,局机关各科室:\n"
        "现将《关于深化普法专项行动的实施意见(2024—2025年)》印发给你们,请认真抓好贯彻落实。\n"
        "2024年3月27日\n"
        "某州司法局关于深化普法专项行动的实施意见(2024—2025年)\n"
        "一、加强组织保障\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某州司法局关于印发《关于深化普法专项行动的实施意见(2024—2025年)》"
    assert plan.title == "某州司法局关于深化普法专项行动的实施意见(2024—2025年)"
    assert plan.issuer == "某州司法局"


def test_a_notice_run_into_one_line_by_a_copy_is_read_as_its_lines() -> None:
    plan = rulegov.parse_plan(
        "某省依法治省领导小组关于印发《全省普法依法治理工作要点》的通知 各市州依法治市州领导小组,"
        "省直各单位: 现将《全省普法依法治理工作要点》印发给你们,望结合实际,认真贯彻落实。 "
        "某省依法治省领导小组 二00六年二月二十一日 全省普法依法治理工作要点 "
        "2006年是实施规划的开局之年。 一、认真做好启动工作 1、切实制定好规划。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某省依法治省领导小组关于印发《全省普法依法治理工作要点》的通知"
    assert plan.recipients == ["各市州依法治市州领导小组", "省直各单位"]
    assert plan.issuer == "某省依法治省领导小组"
    assert plan.issued_on == dt.date(2006, 2, 21)
    assert plan.title == "全省普法依法治理工作要点"


def test_an_address_printed_after_quan_wen_ru_xia_on_the_same_line_is_read() -> None:
    plan = rulegov.parse_plan(
        "省委省政府转发“七五”普法规划\n"
        "本报讯 近日,省委、省政府发出通知,转发《某省第七个五年规划》。通知全文如下:"
        "各市、州党委和人民政府,省委各部、委,各人民团体:\n"
        "《某省第七个五年规划》已经省委、省政府同意,现转发给你们,请结合实际认真贯彻执行。\n"
    )
    assert plan.recipients == ["各市、州党委和人民政府", "省委各部、委", "各人民团体"]
    assert plan.title == "某省第七个五年规划"


def test_a_notice_that_carries_no_document_is_itself_the_plan() -> None:
    plan = rulegov.parse_plan(
        "关于在全县开展宪法宣传周系列活动的通知\n"
        "各镇党委,县委各部门:\n"
        "为弘扬宪法精神,现将有关事项通知如下:\n"
        "一、指导思想\n"
        "坚持以习近平法治思想为指导。\n"
    )
    assert plan.title == "关于在全县开展宪法宣传周系列活动的通知"
    assert plan.notice is None or plan.notice.title is None
    assert plan.recipients == ["各镇党委", "县委各部门"]


def test_a_government_rules_order_number_is_its_document_number() -> None:
    plan = rulegov.parse_plan(
        "(2015年1月12日某市人民政府令第137号公布自2015年3月1日起施行)\n"
        "第一章总则\n"
        "第一条为加强行政规范性文件的监督管理,制定本办法。\n"
    )
    assert plan.doc_number == "某市人民政府令第137号"
    assert plan.issuer == "某市人民政府"
    assert plan.issued_on == dt.date(2015, 1, 12)


def test_a_number_under_a_registration_number_is_the_documents() -> None:
    plan = rulegov.parse_plan(
        "HFGS—2017—9\n"
        "某府〔2017〕46号\n"
        "各县、区人民政府,市政府各部门:\n"
        "《某市规范性文件制定程序规定》已经市政府常务会议通过,现印发给你们,请遵照执行。\n"
        "某市人民政府\n"
        "2017年4月5日\n"
        "某市规范性文件制定程序规定\n"
        "第一条 为促进依法行政,制定本规定。\n"
    )
    assert plan.doc_number == "某府〔2017〕46号"
    assert plan.title == "某市规范性文件制定程序规定"
    assert plan.issuer == "某市人民政府"


def test_the_head_of_an_order_gives_its_issuer_number_and_date() -> None:
    plan = rulegov.parse_plan(
        "当前位置:首页 > 政务公开 > 法规公文\n"
        "        有效 某市公共法律服务促进办法\n"
        "        某市人民政府令\n"
        "        第189号\n"
        "  《某市公共法律服务促进办法》已经市人民政府常务会议通过,现予公布,自2022年6月1日起施行。\n"
        "        市 长:某某某\n"
        "        2022年3月29日\n"
        "        某市公共法律服务促进办法\n"
        "  第一条 为了加强公共法律服务体系建设,制定本办法。\n"
    )
    assert plan.title == "某市公共法律服务促进办法"
    assert plan.issuer == "某市人民政府"
    assert plan.doc_number == "某市人民政府令第189号"
    assert plan.issued_on == dt.date(2022, 3, 29)


def test_a_forwarding_heading_under_its_joint_issuers_line_is_the_notices() -> None:
    plan = rulegov.parse_plan(
        "中共某省委 某省人民政府\n"
        "转发《省委宣传部、省司法厅关于开展法治宣传教育的第七个五年规划》的通知\n"
        "各市、县(区)党委和人民政府:\n"
        "现转发给你们,请结合实际认真贯彻执行。\n"
        "一、总体要求\n"
    )
    assert plan.issuer == "中共某省委、某省人民政府"
    assert plan.title == "省委宣传部、省司法厅关于开展法治宣传教育的第七个五年规划"
    assert plan.recipients == ["各市、县(区)党委和人民政府"]


def test_joint_issuers_a_heading_prints_apart_by_a_space_are_read_apart() -> None:
    plan = rulegov.parse_plan(
        "中共某省委宣传部 某省司法厅关于印发《某活动方案》的通知\n"
        "各设区市:\n"
        "现将活动方案印发给你们。\n"
        "某活动方案\n"
        "一、指导思想\n"
    )
    assert plan.issuer == "中共某省委宣传部、某省司法厅"


def test_a_news_lead_that_names_who_before_when_gives_the_plan_and_its_issuer() -> None:
    plan = rulegov.parse_plan(
        "本报讯 省委办公厅、省政府办公厅近日印发了《某省法治社会建设实施方案(2021—2025年)》,"
        "并发出通知,要求各地结合实际认真贯彻落实。\n"
        "方案指出,法治社会是构筑法治国家的基础。\n"
    )
    assert plan.title == "某省法治社会建设实施方案(2021—2025年)"
    assert plan.issuer == "省委办公厅、省政府办公厅"
    dateline = rulegov.parse_plan(
        "新华社北京12月6日电 中共中央办公厅、国务院办公厅于近日印发了《关于加强法治乡村建设的意见》。\n"
        "意见全文如下。\n"
    )
    assert dateline.issuer == "中共中央办公厅、国务院办公厅"


def test_a_signature_with_its_organ_and_date_on_one_line_is_read() -> None:
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发某县法治政府建设工作要点的通知\n"
        "各乡镇人民政府:\n"
        "现将《某县法治政府建设工作要点》印发给你们,请认真贯彻执行。\n"
        "某县人民政府办公室    2023年5月10日\n"
        "某县法治政府建设工作要点\n"
        "一、总体要求\n"
    )
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert plan.issuer == "某县人民政府办公室"
    assert plan.title == "某县法治政府建设工作要点"


def test_an_address_printed_with_its_label_is_the_address() -> None:
    plan = rulegov.parse_plan(
        "某县人民政府关于印发某县法治政府建设实施方案的通知\n"
        "主送:各乡镇人民政府,县政府各部门\n"
        "现将《某县法治政府建设实施方案》印发给你们,请认真贯彻执行。\n"
        "某县人民政府\n"
        "2023年5月10日\n"
        "某县法治政府建设实施方案\n"
        "一、总体要求\n"
    )
    assert plan.recipients == ["各乡镇人民政府", "县政府各部门"]
    assert plan.title == "某县法治政府建设实施方案"
    assert plan.issued_on == dt.date(2023, 5, 10)


def test_an_office_named_above_its_annual_plans_title_is_the_issuer() -> None:
    plan = rulegov.parse_plan("某县司法局\n2023年普法依法治理工作计划\n一、指导思想\n")
    assert plan.issuer == "某县司法局"


def test_a_clause_that_leads_into_the_text_is_not_an_address() -> None:
    plan = rulegov.parse_plan(
        "某市民主法治示范村创建活动实施方案\n"
        "为深入贯彻《关于加强和改进乡村治理的指导意见》，落实基层民主法治建设，结合我市实际，"
        "制定本实施方案：\n一、工作目标\n（一）开展示范村创建。\n"
    )
    assert plan.title == "某市民主法治示范村创建活动实施方案"
    assert plan.recipients == []


def test_an_address_set_in_narrow_lines_that_break_inside_names_is_read_whole() -> None:
    plan = rulegov.parse_plan(
        "关于组织开展法治文化建设巩固年活动的意见\n"
        "各市（区）委宣传部、依法治市（区）领导小组办公室，各市\n"
        "（区）司法局、文化广电新闻出版局、法制宣传教育领导小组\n"
        "办公室，市法制宣传教育领导小组各成员单位：\n"
        "现就开展法治文化建设巩固年活动提出如下意见。\n一、总体要求\n（一）加强领导。\n"
    )
    assert plan.recipients == [
        "各市（区）委宣传部、依法治市（区）领导小组办公室",
        "各市（区）司法局、文化广电新闻出版局、法制宣传教育领导小组办公室",
        "市法制宣传教育领导小组各成员单位",
    ]


def test_an_issuer_line_above_an_address_is_not_part_of_it() -> None:
    plan = rulegov.parse_plan(
        "某县人民政府办公室\n关于印发某县法治政府建设实施方案的通知\n"
        "各乡镇人民政府，县政府各部门：\n现将《某县法治政府建设实施方案》印发给你们，请认真贯彻执行。\n"
    )
    assert plan.recipients == ["各乡镇人民政府", "县政府各部门"]


def test_a_news_lead_in_traditional_characters_with_neutral_tone_glosses_names_the_plan() -> None:
    plan = rulegov.parse_plan(
        "近日,中共中央辦公廳、國務院辦公廳印發了(le)《關于加快(kuài)推進公共法律服務體系建設的(de)意見》,"
        "并發出通知。\n一、總體要求\n（一）指導思想。\n"
    )
    assert plan.title == "關于加快推進公共法律服務體系建設的意見"
    assert plan.issuer == "中共中央辦公廳、國務院辦公廳"


def test_a_sites_column_line_under_the_title_is_not_part_of_it() -> None:
    plan = rulegov.parse_plan(
        "关于进一步提升营商环境法治化水平的意见(试行)\n栏目: 某市司法局 -政策文件 发布时间:2021-11-08\n"
        "一、总体要求\n（一）加强领导。\n"
    )
    assert plan.title == "关于进一步提升营商环境法治化水平的意见(试行)"


def test_a_genre_label_before_a_title_is_the_sites_not_the_titles() -> None:
    plan = rulegov.parse_plan(
        "工作方案:某市社会主义法治文化建设行动方案\n一、总体要求\n（一）加强领导。\n"
    )
    assert plan.title == "某市社会主义法治文化建设行动方案"
    kept = rulegov.parse_plan("实施方案:关于加强法治宣传的通知\n")  # no genre after the label
    assert kept.title == "实施方案:关于加强法治宣传的通知"


def test_a_disclosure_list_with_each_value_below_a_gap_gives_the_number_and_date() -> None:
    plan = rulegov.parse_plan(
        "某县人民政府工作规则\n\n  • 索引号:\n\n    000000/2024-001\n  • 主题分类:\n\n"
        "  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    某政发〔2024〕7号\n"
        "  • 发文日期:\n\n    2024年04月06日 16:40\n  • 内容概述:\n\n"
        "某县人民政府工作规则\n\n第一章总则\n一、为规范工作，制定本规则。\n"
    )
    assert plan.doc_number == "某政发〔2024〕7号"
    assert plan.issued_on == dt.date(2024, 4, 6)
    assert plan.issuer != "县政府网站"  # across a gap, only a value of its field's form
    assert plan.title == "某县人民政府工作规则"


def test_a_signature_date_behind_question_marks_a_copy_left_for_spaces_is_read() -> None:
    plan = rulegov.parse_plan(
        "某州人民政府关于印发《某州人民政府工作规则》的通知\n各县（市）人民政府，州政府各部门：\n"
        "《某州人民政府工作规则》已经州人民政府常务会议通过，现予印发。\n"
        "? ? ? ? ? ? ? ? ? ? ?二○○七年六月二十一日\n某州人民政府工作规则\n第一章 总 则\n"
        "一、为规范工作，制定本规则。\n"
    )
    assert plan.issued_on == dt.date(2007, 6, 21)
    assert plan.issuer == "某州人民政府"
    assert plan.title == "某州人民政府工作规则"


def test_a_notices_issuer_in_traditional_characters_is_kept_as_printed() -> None:
    plan = rulegov.parse_plan(
        "某州人民政府關于印發《某州人民政府工作規則》的通知\n各縣人民政府,州政府各部門:\n"
        "《某州人民政府工作規則》現予印發。\n二○○七年六月二十一日\n某州人民政府工作規則\n"
        "一、為規範工作,制定本規則。\n"
    )
    assert plan.issuer == "某州人民政府"
    traditional = rulegov.parse_plan(
        "臨夏州人民政府關于印發《臨夏州人民政府工作規則》的通知\n各縣人民政府:\n"
        "《臨夏州人民政府工作規則》現予印發。\n二○○七年六月二十一日\n臨夏州人民政府工作規則\n"
    )
    assert traditional.issuer == "臨夏州人民政府"


def test_a_headline_naming_no_document_yields_to_a_lead_that_names_the_plan() -> None:
    plan = rulegov.parse_plan(
        "某市“八五”普法启动实施\n11月11日,记者从新闻发布会上了解到,我市“八五”普法工作正式启动。\n"
        "据介绍,市委、市政府印发了《关于在全市开展第八个五年法治宣传教育的实施意见》,明确主要目标。\n"
    )
    assert plan.title == "关于在全市开展第八个五年法治宣传教育的实施意见"
    assert plan.issuer == "市委、市政府"
    kept = rulegov.parse_plan(  # a document's own title stays, whatever its text reports
        "某市普法工作要点\n据介绍,市委、市政府印发了《关于在全市开展普法的实施意见》。\n"
    )
    assert kept.title == "某市普法工作要点"


def test_a_lead_naming_the_plan_first_gives_its_title_and_no_guessed_issuer() -> None:
    plan = rulegov.parse_plan(
        "喜迎二十大 忠诚保平安 奋进新征程 建功新时代\n某市实现执法与普法“联姻”\n"
        "28日,记者获悉,某市《关于实行国家机关“谁执法谁普法”普法责任制的实施意见》于近日出台,"
        "此举旨在以制度的形式将执法和普法联系在一起。\n"
    )
    assert plan.title == "关于实行国家机关“谁执法谁普法”普法责任制的实施意见"
    assert plan.issuer is None  # the report does not say who issued it


def test_a_documents_heading_under_a_sites_headline_that_names_no_document_is_the_title() -> None:
    plan = rulegov.parse_plan(
        "当前位置 首页 >> 某县执法局 >> 事前公开\n某县执法局“三项制度”\n"
        "发布时间:2024-05-06    来源:执法局\n【字体: 】    打印\n行政执法全过程记录实施办法\n"
        "第一章  总则\n第一条 为规范执法，制定本办法。\n"
    )
    assert plan.title == "行政执法全过程记录实施办法"
    kept = rulegov.parse_plan(  # a headline that names a document keeps it
        "某县行政执法公示办法\n发布时间:2024-05-06\n行政执法全过程记录实施办法\n第一条 为规范执法。\n"
    )
    assert kept.title == "某县行政执法公示办法"


def test_an_address_that_begins_like_a_lead_word_is_still_an_address() -> None:
    for head, recipients in (
        ("经开区各部门，各园区：", ["经开区各部门", "各园区"]),
        ("现代农业园区各部门：", ["现代农业园区各部门"]),
    ):
        for page in ("", "发布时间：2023-03-01\n"):  # with and without a site's byline above
            plan = rulegov.parse_plan(
                f"{page}关于印发2023年法治建设工作要点的通知\n{head}\n"
                "现将《2023年法治建设工作要点》印发给你们，请认真贯彻执行。\n"
            )
            assert plan.recipients == recipients, (head, page)


def test_a_news_item_that_a_body_published_a_plan_names_the_plan_and_the_body() -> None:
    for verb in ("公布", "发布"):
        plan = rulegov.parse_plan(
            f"4月3日，全国普法办{verb}《2019年全国普法依法治理工作要点》（下称《工作要点》）。\n"
            "其中，《工作要点》指出，要推进多层次多领域依法治理。\n"
        )
        assert (plan.title, plan.issuer) == ("2019年全国普法依法治理工作要点", "全国普法办"), verb


def test_a_meeting_report_that_reviewed_one_plan_gives_its_title_and_the_owner_it_names() -> None:
    plan = rulegov.parse_plan(
        "某书记主持召开区委全面依法治区委员会会议\n"
        "本报讯 4月20日，某书记主持召开会议，传达学习会议精神，"
        "审议《某区委全面依法治区委员会2021年工作要点（审议稿）》等相关文件，研究部署工作。\n"
    )
    assert plan.title == "某区委全面依法治区委员会2021年工作要点（审议稿）"
    assert plan.issuer == "某区委全面依法治区委员会"  # its own title names it, not the meeting
    organ = rulegov.parse_plan(
        "近日召开的区人大常委会会议，听取并审议通过了区政府《关于开展法制宣传教育的第六个五年规划》。\n"
    )
    assert (organ.title, organ.issuer) == ("关于开展法制宣传教育的第六个五年规划", "区政府")


def test_a_plan_read_out_at_a_meeting_is_the_title_and_its_reader_no_issuer() -> None:
    plan = rulegov.parse_plan(
        "要闻快递\n5月9日，某县召开示范创建工作推进会。会上宣读了"
        "《中共某县委全面依法治县委员会办公室关于开展示范创建活动的通知》，全面安排了创建工作。\n"
    )
    assert plan.title == "中共某县委全面依法治县委员会办公室关于开展示范创建活动的通知"
    assert plan.issuer == "中共某县委全面依法治县委员会办公室"
    read = rulegov.parse_plan(
        "9月7日，我县召开普法推进会。\n会议强调，要提高政治站位。\n"
        "会上，县司法局负责人宣读了《某县普法责任制考核方案》。\n"
    )
    assert (read.title, read.issuer) == ("某县普法责任制考核方案", None)


def test_a_meeting_that_reviewed_several_plans_names_no_title_of_them() -> None:
    plan = rulegov.parse_plan(
        "某区召开依法治区委员会会议\n会议审议通过了《某区实施方案》《某区工作要点》等文件。\n"
    )
    assert plan.title not in ("某区实施方案", "某区工作要点")


def test_a_heading_broken_before_its_de_tongzhi_is_whole() -> None:
    plan = rulegov.parse_plan(
        "某县人民政府办公室\n关于印发《某县人民政府关于加快建设法治政府的实施意见》\n的通知\n"
        "各乡（镇）人民政府，县政府各部门：\n"
        "现将《某县人民政府关于加快建设法治政府的实施意见》印发给你们，请认真贯彻落实。\n"
        "2015年7月14日\n关于加快建设法治政府的实施意见\n一、总体要求\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == (
        "某县人民政府办公室关于印发《某县人民政府关于加快建设法治政府的实施意见》的通知"
    )
    # the heading below leaves out the owner that the notice names first: the notice's form
    assert plan.title == "某县人民政府关于加快建设法治政府的实施意见"
    assert plan.recipients == ["各乡（镇）人民政府", "县政府各部门"]


def test_a_heading_broken_inside_its_title_in_brackets_goes_on_to_its_end() -> None:
    plan = rulegov.parse_plan(
        "某市委 市人民政府\n转发《市委宣传部、司法局关于开展\n法治宣传教育的第八个五年规划\n"
        "（2021—2025年）》的通知\n各区委、区人民政府：\n现将规划转发给你们，请认真贯彻执行。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title.endswith("第八个五年规划（2021—2025年）》的通知")
    assert plan.title == "市委宣传部、司法局关于开展法治宣传教育的第八个五年规划（2021—2025年）"


def test_a_title_broken_over_lines_under_the_notice_is_joined() -> None:
    for signature in ("中共某市委\n某市人民政府\n2021年12月15日\n", ""):
        plan = rulegov.parse_plan(
            "各区县党委和人民政府，市级各部门：\n"
            "现将《市委宣传部、市司法局关于在公民中开展法治宣传教育的第八个五年规划》转发给你们。\n"
            f"{signature}市委宣传部、市司法局\n"
            "关于在公民中开展法治宣传教育的\n第八个五年规划\n一、总体要求\n"
        )
        title = "市委宣传部、市司法局关于在公民中开展法治宣传教育的第八个五年规划"
        assert plan.title == title, signature
        if signature:
            assert plan.issuer == "中共某市委、某市人民政府"
            assert plan.issued_on == dt.date(2021, 12, 15)


def test_signers_over_a_date_that_lost_its_year_are_the_issuer() -> None:
    plan = rulegov.parse_plan(
        "各区县党委和人民政府：\n现将《某市第八个五年规划》转发给你们，请抓好贯彻落实。\n"
        "中共某市委\n某市人民政府\n年12月15日\n某市第八个五年规划\n一、总体要求\n"
    )
    assert plan.issuer == "中共某市委、某市人民政府"
    assert plan.issued_on is None
    assert "unread-date" in codes(plan)


def test_a_sites_column_named_by_a_kind_of_document_is_no_title() -> None:
    plan = rulegov.parse_plan(
        "今天是：2019年10月31日 星期三\n工作报告\n\n您所在的位置：政务公开 > 工作报告\n\n"
        "2020年某区法治政府建设情况报告\n文章来源：司法局 更新时间：2021/03/29 11:30:01\n\n"
        "2020年某区法治政府建设情况报告\n\n2020年，某区坚持依法行政。\n"
    )
    assert plan.title == "2020年某区法治政府建设情况报告"
    assert plan.issuer is None  # the byline's 来源 is no issuer


def test_a_documents_heading_over_two_lines_under_a_dated_headline_is_the_title() -> None:
    plan = rulegov.parse_plan(
        "某街道2022年度法治政府建设工作报告及2023年工作计划 2023-02-22\n\n\n"
        "某街道2022年度法治政府建设工作报告\n\n2023年工作计划\n\n \n\n2022年，某街道坚持依法行政。\n"
    )
    assert plan.title == "某街道2022年度法治政府建设工作报告2023年工作计划"
    headline = rulegov.parse_plan(  # printed once: the headline, without the site's date
        "某街道2022年度法治政府建设工作报告 2023-02-09\n\n2022年，某街道坚持依法行政。\n"
    )
    assert headline.title == "某街道2022年度法治政府建设工作报告"
    assert headline.issued_on is None


def test_a_signature_run_into_the_last_paragraph_of_a_one_line_notice_is_read() -> None:
    plan = rulegov.parse_plan(
        "|\n某市人民政府办公室关于报告依法行政工作进展情况的通知 各县(区)人民政府,市直各部门: "
        "现将有关事项通知如下: 一、报告内容。重点报告推进依法行政所采取的措施。 "
        "二、上报时间。于11月底前上报市政府。 三、相关要求。突出事例和工作成效。 "
        "某市人民政府办公室 二oo九年十一月十三日 |\n"
    )
    assert plan.issued_on == dt.date(2009, 11, 13)
    assert plan.issuer == "某市人民政府办公室"
    assert plan.recipients == ["各县(区)人民政府", "市直各部门"]
    assert [section.number for section in plan.sections] == ["一", "二", "三"]
    assert "end-signature" in codes(plan)


def test_a_heading_that_names_its_owner_under_the_sites_headline_gives_the_issuer() -> None:
    plan = rulegov.parse_plan(
        "重大行政决策听取意见制度\n\n某市某区人民政府重大行政决策听取意见制度\n\n"
        "第一条 为建立健全公众参与重大行政决策的规则和程序，制定本制度。\n"
    )
    assert plan.title == "某市某区人民政府重大行政决策听取意见制度"
    assert plan.issuer == "某市某区人民政府"


def test_a_number_that_lost_its_bracket_run_into_the_issuers_name_is_split() -> None:
    plan = rulegov.parse_plan(
        " 某政字〔201722某县人民政府\n\n关于印发某县行政执法三项制度实施方案的通知\n\n"
        "各行政执法部门:\n\n现将《某县行政执法三项制度实施方案》印发给你们,请认真抓好贯彻落实。\n\n"
        "某县人民政府\n\n2017531\n\n某县行政执法三项制度实施方案\n\n一、指导思想\n"
    )
    assert plan.doc_number == "某政字〔201722"
    assert plan.notice is not None
    assert plan.notice.title == "某县人民政府关于印发某县行政执法三项制度实施方案的通知"
    assert (plan.issuer, plan.issued_on) == ("某县人民政府", dt.date(2017, 5, 31))


def test_a_notice_asking_for_comments_on_a_draft_carries_its_title() -> None:
    plan = rulegov.parse_plan(
        "关于征求《自治区人民政府全面推进法治政府建设五年规划》意见的通知\n"
        "各市、县(区)人民政府,自治区政府各部门、直属机构:\n"
        "现请各地区、各部门提出宝贵意见和建议。\n"
        "附件: 自治区人民政府全面推进法治政府建设五年规划(征求意见稿)\n"
        "自治区推进依法行政和政务公开领导小组办公室\n2013年4月18日\n"
    )
    assert plan.title == "自治区人民政府全面推进法治政府建设五年规划"
    assert plan.notice is not None
    assert plan.notice.title.startswith("关于征求《")
    assert plan.issuer == "自治区推进依法行政和政务公开领导小组办公室"
    assert plan.issued_on == dt.date(2013, 4, 18)


def test_a_headline_of_what_a_place_did_gives_way_to_the_plan_its_lead_names() -> None:
    plan = rulegov.parse_plan(
        "某市进一步完善国家机关普法责任清单制度\n2021-06-18   审核人:   (点击: )\n\n"
        "6月16日,某市在2017年印发的《关于建立责任清单制度的意见》的基础上,"
        "制定出台了《关于进一步落实普法责任清单制度的实施意见》,理顺压实普法责任。\n"
    )
    assert plan.title == "关于进一步落实普法责任清单制度的实施意见"
    assert plan.issuer is None  # a place is no issuer


def test_a_papers_date_and_page_above_the_headline_are_page_text() -> None:
    plan = rulegov.parse_plan(
        "2020年03月26日\n第A12版:\n\n全省首创!\n\n某市发布普法责任清单\n\n"
        "本报讯 近日,某市发布普法责任清单,明确各单位的普法责任。\n"
    )
    assert plan.issued_on is None
    assert plan.recipients == []


def test_a_news_lead_in_the_second_sentence_after_the_dateline_names_the_plan() -> None:
    plan = rulegov.parse_plan(
        "本报北京5月12日讯（记者某某）今年5月是第3个“民法典宣传月”。"
        "中央宣传部、司法部、全国普法办日前联合印发《2023年主题宣传方案》，在全国组织开展活动。\n"
        "今年宣传月活动以“美好生活”为主题。\n"
    )
    assert plan.title == "2023年主题宣传方案"
    assert plan.issuer == "中央宣传部、司法部、全国普法办"


def test_a_gazettes_heading_with_number_and_date_on_one_line_and_its_status() -> None:
    plan = rulegov.parse_plan(
        "某省人民政府\n关于健全和完善政府法律顾问\n制度的意见\n某府发〔2015〕9号 2015年1月30日\n"
        "（已废止）\n各市（州）、县（市、区）人民政府，省政府各部门：\n"
        "现就健全和完善我省政府法律顾问制度提出以下意见。\n一、实现政府法律顾问制度全覆盖\n"
    )
    assert plan.title == "某省人民政府关于健全和完善政府法律顾问制度的意见"
    assert plan.issuer == "某省人民政府"
    assert (plan.doc_number, plan.issued_on) == ("某府发〔2015〕9号", dt.date(2015, 1, 30))
    assert plan.recipients == ["各市（州）、县（市、区）人民政府", "省政府各部门"]


def test_an_address_run_into_the_notice_with_the_date_and_title_glued_after_it() -> None:
    plan = rulegov.parse_plan(
        "<正>各区人民政府,市政府各委、办、局:经市人民政府同意,现将《某市出庭应诉工作办法》"
        "印发给你们,请照此执行。2020年7月11日某市出庭应诉工作办法第一条为规范出庭应诉活动,"
        "制定本办法。\n"
    )
    assert plan.recipients == ["各区人民政府", "市政府各委、办、局"]
    assert plan.issued_on == dt.date(2020, 7, 11)
    assert plan.title == "某市出庭应诉工作办法"


def test_a_rules_heading_under_a_sites_short_lines_is_the_title_over_its_two_lines() -> None:
    plan = rulegov.parse_plan(
        "宣传人大制度 交流人大经验;推进民主法制建设 构建和谐文明某州。\n信息搜索:\n\n主任之窗\n\n"
        "某州人大常委会主任\n某某\n自身建设\n\n某州人民代表大会常务委员会机关公文处理办法\n\n"
        "来源:州人大\n访问量:\n更新日期:2024-01-12\n\n某州人民代表大会\n\n常务委员会机关公文处理办法\n\n"
        "2023828日某州第十届人民代表大会\n\n常务委员会第二十次主任会议修订\n\n第一章\n\n"
        "第一条为实现公文处理工作规范化,制定本办法。\n"
    )
    assert plan.title == "某州人民代表大会常务委员会机关公文处理办法"


def test_a_disclosure_blocks_file_title_label_is_metadata() -> None:
    plan = rulegov.parse_plan(
        "发布机构: 某县人民政府 发文日期: 2017-01-28\n"
        "文件标题: 县人民政府关于印发《某县人民政府工作规则》的通知\n文 号: 某政发〔2017〕1号 主题词:\n\n"
        "某县人民政府\n\n县人民政府关于印发《某县人民政府工作规则》的通知\n\n某政发〔2017〕1号\n\n"
        "各乡镇人民政府,县政府各部门:\n\n《某县人民政府工作规则》已经县政府常务会议审议通过,现予印发。\n\n"
        "某县人民政府\n\n2017年1月24日\n\n某县人民政府工作规则\n\n第一章 总 则\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "县人民政府关于印发《某县人民政府工作规则》的通知"
    assert plan.title == "某县人民政府工作规则"
    assert plan.issued_on == dt.date(2017, 1, 24)  # the signature's, not the block's


def test_a_resolution_of_a_congress_standing_committee_names_it_as_issuer() -> None:
    plan = rulegov.parse_plan(
        "县人大常委会审议通过“八五”普法决议\n\n"
        "  某县融媒讯  2月28日,某县人大常委会第一次会议召开,"
        "审议并通过了《某县人大常委会关于开展第八个五年法治宣传教育的决议》。\n"
    )
    assert plan.title == "某县人大常委会关于开展第八个五年法治宣传教育的决议"
    assert plan.issuer == "某县人大常委会"


def test_a_photo_note_above_a_news_item_is_no_title() -> None:
    plan = rulegov.parse_plan(
        "(资料图片仅供参考)\n为了表彰先进,市司法局对全市优秀“民主法治示范村(社区)”予以通报表扬。\n"
    )
    assert plan.title != "(资料图片仅供参考)"
    assert "editorial-note" in codes(plan)


def test_a_sites_byline_without_labels_is_page_text_and_no_issuer() -> None:
    plan = rulegov.parse_plan(
        "您现在的位置:首页>>政务公开>>政府文件\n某县人民政府   2017-11-24 15:04\n"
        "某市某县人民政府关于印发某县社会信用体系建设实施方案的通知\n某政发〔2017〕40号\n"
        "各镇人民政府,县政府各部门:\n现将《某县社会信用体系建设实施方案》印发给你们,请认真贯彻执行。\n"
        "某市某县人民政府\n2017年11月24日\n某县社会信用体系建设实施方案\n一、工作任务\n"
        "(一)建立信用档案。牵头单位:县发改局\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市某县人民政府关于印发某县社会信用体系建设实施方案的通知"
    assert plan.title == "某县社会信用体系建设实施方案"
    assert plan.issuer == "某市某县人民政府"
    assert "page-text" in codes(plan)
    assert "unclassified-line" not in codes(plan)


def test_disclosure_rows_printed_without_colons_are_read() -> None:
    plan = rulegov.parse_plan(
        "某区人民政府办公室关于印发某区重点任务责任分解方案的通知\n"
        "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n"
        "发布机构 区人民政府办公室 文    号 某政办〔2023〕1号\n"
        "分   类 政务公开 有 效 性 有效\n"
        "各街道办事处,区人民政府各部门:\n现将《某区重点任务责任分解方案》印发给你们,请认真执行。\n"
    )
    assert (plan.doc_number, plan.issued_on) == ("某政办〔2023〕1号", dt.date(2023, 1, 3))
    assert plan.title == "某区重点任务责任分解方案"
    metadata = [d for d in plan.diagnostics if d.code == "metadata"]
    assert [d.line for d in metadata] == [2, 3, 4]


def test_a_sites_account_links_and_column_label_are_page_chrome() -> None:
    plan = rulegov.parse_plan(
        "登录   |注册\n您所在位置:首页  >  政策法规\n"
        "某市人民政府办公室关于印发某市社会信用体系建设方案的通知\n专栏省内政策法规\n"
        "来源:信用网  |  发布时间: 2018-11-16\n某政办〔2015〕10号\n"
        "各县(市、区)人民政府,市人民政府有关部门:\n"
        "《某市社会信用体系建设方案》已经市政府同意,现印发给你们,请认真组织实施。\n"
        "2015年2月3日\n某市社会信用体系建设方案\n一、指导思想\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府办公室关于印发某市社会信用体系建设方案的通知"
    assert (plan.title, plan.issuer) == ("某市社会信用体系建设方案", "某市人民政府办公室")
    chrome = [d.line for d in plan.diagnostics if d.code == "page-chrome"]
    assert chrome[:2] == [1, 2]
    assert 4 in chrome


def test_a_notice_that_is_the_plan_keeps_its_title_beside_a_reviewed_report() -> None:
    # 审议通过的《政府工作报告》 is cited on the way: the notice is itself the plan, no news
    plan = rulegov.parse_plan(
        "某市人民政府关于2021年重点工作及责任分解的通知\n"
        "各县市区人民政府,市政府各部门:\n"
        "为确保市人大会议审议通过的《政府工作报告》中明确的重点工作任务落到实处,现将重点工作任务分解下达给你们。\n"
        "一、推进依法行政\n(一)清理规范性文件。牵头单位:市司法局\n"
    )
    assert plan.title == "某市人民政府关于2021年重点工作及责任分解的通知"
    assert plan.issuer == "某市人民政府"


def test_a_plans_heading_broken_over_lines_is_joined_as_the_notice_names_it() -> None:
    plan = rulegov.parse_plan(
        "关于印发2021年政府工作报告重点工作责任分解的通知\n"
        "各县(市、区)人民政府,市政府各部门:\n"
        "《政府工作报告“十四五”时期重点工作责任分解》已经市政府同意,现印发给你们。\n"
        "某市人民政府办公室\n2021年3月24日\n(此件公开发布)\n"
        "政府工作报告“十四五”时期\n\n重点工作责任分解\n\n"
        "1.实施富民行动。\n责任单位:市发改委\n"
    )
    assert plan.title == "政府工作报告“十四五”时期重点工作责任分解"
    assert [t.title for t in plan.tasks] == ["实施富民行动"]


def test_a_call_for_comments_as_an_announcement_is_signed_and_prints_the_draft() -> None:
    plan = rulegov.parse_plan(
        "关于面向社会征求《关于加强法治乡村建设的实施意见》意见建议的公告\n"
        "2020-04-07 16:34:00  来源:某省司法厅网\n\n"
        "为推进我省法治乡村建设,现面向社会广泛征求意见,请于5月8日前反馈。\n\n"
        "某省委全面依法治省委员会办公室\n\n2020年4月7日\n\n"
        "关于加强法治乡村建设的实施意见\n\n(征求意见稿)\n\n"
        "为大力开展法治乡村建设,提出如下实施意见。\n一、总体要求\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "关于面向社会征求《关于加强法治乡村建设的实施意见》意见建议的公告"
    assert plan.title == "关于加强法治乡村建设的实施意见(征求意见稿)"
    assert plan.issuer == "某省委全面依法治省委员会办公室"
    assert plan.issued_on == dt.date(2020, 4, 7)


def test_a_call_for_comments_as_a_letter_names_the_draft_it_sends() -> None:
    plan = rulegov.parse_plan(
        "某县依法治县办关于征求《某县法治社会建设实施方案(征求意见稿)》意见的函\n"
        "各乡镇,县直各部门:\n"
        "现将《某县法治社会建设实施方案(征求意见稿)》发给你们,请提出修改意见。\n"
        "某县依法治县办\n2021年5月1日\n一、总体要求\n坚持党的领导。\n"
    )
    assert plan.notice is not None
    assert (
        plan.notice.title
        == "某县依法治县办关于征求《某县法治社会建设实施方案(征求意见稿)》意见的函"
    )
    assert plan.title == "某县法治社会建设实施方案(征求意见稿)"


def test_a_bodys_report_on_its_year_names_the_body_as_its_issuer() -> None:
    government = rulegov.parse_plan(
        "某市某区人民政府2022年度法治政府建设情况报告\n发布日期:2023-02-08\n"
        "2022年,某区坚持依法行政。现将有关情况报告如下:\n一、主要举措和成效\n"
    )
    bureau = rulegov.parse_plan(
        "某市司法局2024年法治政府建设工作情况报告\n"
        "2024年以来,市司法局积极推动法治政府建设。现将主要情况报告如下:\n一、主要工作成效\n"
    )
    place = rulegov.parse_plan(
        "某区2023年度法治政府建设情况报告\n2023年,某区坚持依法行政。\n一、主要举措\n"
    )
    assert government.issuer == "某市某区人民政府"
    assert bureau.issuer == "某市司法局"
    assert place.issuer is None  # a place is no body


def test_a_number_printed_before_the_heading_on_its_line_is_the_documents() -> None:
    plan = rulegov.parse_plan(
        "某司通〔2021〕55号 某省司法厅关于印发《某省公共法律服务体系建设规划》的通知\n"
        "各州、市司法局:\n现将《某省公共法律服务体系建设规划》印发给你们,请认真贯彻落实。\n"
        "某省司法厅\n2021年7月28日\n某省公共法律服务体系建设规划\n一、规划背景\n"
    )
    assert plan.doc_number == "某司通〔2021〕55号"
    assert plan.notice is not None
    assert plan.notice.title == "某省司法厅关于印发《某省公共法律服务体系建设规划》的通知"
    assert plan.title == "某省公共法律服务体系建设规划"


def test_a_number_glued_to_the_headings_end_is_read_apart_from_the_title() -> None:
    plan = rulegov.parse_plan(
        "某县全面推广证明事项告知承诺制实施方案某府法领办〔2020〕4号\n"
        "各乡、镇人民政府,县直有关单位:\n为深化改革,制定如下实施方案。\n"
        "一、主要任务\n(一)编制目录清单\n"
    )
    assert plan.title == "某县全面推广证明事项告知承诺制实施方案"
    assert plan.doc_number == "某府法领办〔2020〕4号"


def test_a_table_of_contents_after_the_signature_is_no_title() -> None:
    plan = rulegov.parse_plan(
        "某省司法厅关于印发《某省公共法律服务体系建设发展规划》的通知\n"
        "各州、市司法局:\n现将《某省公共法律服务体系建设发展规划》印发给你们。\n"
        "某省司法厅\n2021年7月28日\n序 言\n一、规划背景\n(一)发展基础\n二、总体思路\n"
    )
    assert plan.title == "某省公共法律服务体系建设发展规划"
    assert "contents" in codes(plan)


def test_a_number_that_lost_its_brackets_or_its_closing_bracket_is_read_as_printed() -> None:
    lost = rulegov.parse_plan(
        "某省司法厅关于印发《某省规划》的通知\n某司通202155\n各州、市司法局:\n"
        "现将《某省规划》印发给你们。\n某省司法厅\n2021年7月28日\n某省规划\n一、背景\n"
    )
    half = rulegov.parse_plan(
        "某省司法厅文件\n某司〔2017497\n某省司法厅关于推进公共法律服务平台建设的实施意见\n"
        "各地级以上市司法局,省监狱局:\n现就推进平台建设提出如下意见。\n一、重要意义\n"
    )
    assert lost.doc_number == "某司通202155"
    assert lost.title == "某省规划"
    assert half.doc_number == "某司〔2017497"


def test_an_organ_mark_and_a_sites_version_links_are_no_title() -> None:
    plan = rulegov.parse_plan(
        "长者助手 网站支持IPv6 繁体版 | 无障碍阅读\n首页 > 政务公开 > 政策文件\n"
        "某省司法厅关于推进公共法律服务平台建设的实施意见\n"
        "时间 : 2017-12-25 11:17:39 来源 : 某省司法厅\n【字体 :\n"
        "某省司法厅文件\n\n某司〔2017〕497号\n\n"
        "某省司法厅关于推进公共法律服务\n\n平台建设的实施意见\n\n"
        "各地级以上市司法局,厅机关各处室:\n\n现就推进我省公共法律服务平台建设提出如下意见。\n"
        "一、重要意义\n"
    )
    assert plan.title == "某省司法厅关于推进公共法律服务平台建设的实施意见"
    assert plan.issuer == "某省司法厅"
    assert plan.doc_number == "某司〔2017〕497号"
    assert 6 in {d.line for d in plan.diagnostics if d.code == "organ-mark"}
    assert {1, 2} <= {d.line for d in plan.diagnostics if d.code == "page-chrome"}


def test_an_address_whose_colon_was_lost_is_read_up_to_the_title_it_runs_into() -> None:
    plan = rulegov.parse_plan(
        "某府办函〔2021〕123 号\n"
        "火炬开发区管委会,各镇政府、街道办事处, 市各有关单位《某市全面推行证明事项告知承诺制"
        "工作实施方案》已经市政府同意,现印发给你们,请认真组织实施。\n"
        "某市人民政府办公室\n2021年8月19日\n一、工作目标\n"
    )
    assert plan.recipients == ["火炬开发区管委会", "各镇政府、街道办事处", "市各有关单位"]
    assert plan.issuer == "某市人民政府办公室"
    assert "address-without-colon" in codes(plan)


def test_a_heading_that_lost_the_brackets_of_its_period_takes_the_notices_form() -> None:
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发《某县法治社会建设实施方案(2021-2025年)》的通知\n"
        "各乡镇人民政府,县直各部门:\n"
        "现将《某县法治社会建设实施方案(2021-2025年)》印发给你们,请认真贯彻落实。\n"
        "某县人民政府办公室\n2022年7月15日\n某县法治社会建设实施方案2021-2025年\n一、总体要求\n"
    )
    assert plan.title == "某县法治社会建设实施方案(2021-2025年)"


def test_a_reports_own_heading_worded_apart_from_the_pages_headline_is_the_title() -> None:
    plan = rulegov.parse_plan(
        "某街道2023年度法治政府建设情况报告\n某街道2023年法治政府建设工作报告\n"
        "2023年,某街道工委办事处认真落实关于法治政府建设的总体部署。\n"
        "一、推进法治政府建设情况\n"
    )
    shared = rulegov.parse_plan(
        "2023年区五年法治政府建设工作情况报告\n时间:2023-05-07 17:15:05 公文范文 来源:网友投稿\n"
        "下面是小编为大家整理的2023年区五年法治政府建设工作情况报告,供大家参考。\n"
        "2023年区五年法治政府建设工作情况报告\n区五年法治政府建设工作情况的报告\n"
        "五年来,某区全面推进依法行政,现报告如下:\n一、统筹推进法治政府建设\n"
    )
    assert plan.title == "某街道2023年法治政府建设工作报告"
    assert shared.title == "区五年法治政府建设工作情况的报告"


def test_a_head_run_together_without_spaces_is_read_apart() -> None:
    plan = rulegov.parse_plan(
        "第1页共13页区政府关于加强和改进行政执法工作的报告市行政执法大检查工作领导小组办公室:"
        "为全面贯彻落实有关要求,现将我区关于加强和改进行政执法工作的情况汇报如下:"
        "一、执法大检查工作过程区委、区政府对此项工作高度重视。\n"
    )
    assert plan.title == "区政府关于加强和改进行政执法工作的报告"
    assert plan.issuer == "区政府"
    assert plan.recipients == ["市行政执法大检查工作领导小组办公室"]


def test_a_field_list_with_labels_run_against_their_values_is_read_as_metadata() -> None:
    plan = rulegov.parse_plan(
        "发文机关中共某省交通运输厅党组\n发文日期2021年12月21日\n时效性现行有效\n"
        "发文字号某交发〔2021〕63号\n效力级别地方党内规范性文件\n"
        "厅直各单位,驻厅纪检监察组,厅机关各处室:\n"
        "现将《关于深化法治政府部门建设的实施意见》印发给你们,请认真抓好落实。\n"
        "中共某省交通运输厅党组\n2021年12月21日\n关于深化法治政府部门建设的实施意见\n"
        "一、总体要求\n"
    )
    assert plan.doc_number == "某交发〔2021〕63号"
    assert plan.issuer == "中共某省交通运输厅党组"
    assert plan.issued_on == dt.date(2021, 12, 21)
    assert plan.recipients == ["厅直各单位", "驻厅纪检监察组", "厅机关各处室"]
    assert plan.title == "关于深化法治政府部门建设的实施意见"


def test_a_label_run_against_text_on_a_line_alone_is_no_field() -> None:
    plan = rulegov.parse_plan(
        "某县2023年普法工作要点\n施行日期前完成清理的文件一律公布。\n一、加强组织领导\n"
    )
    assert plan.title == "某县2023年普法工作要点"
    assert plan.issued_on is None
    assert plan.preamble


def test_a_disclosure_row_with_a_spaced_label_and_its_date_line_are_metadata() -> None:
    plan = rulegov.parse_plan(
        "某市市场监督管理局关于2021年度法治政府建设情况的报告\n\n"
        "索取号 AC6040203-2022-021 文    号 某市监法规20220029号\n产生日期 2022-01-24\n"
        "市委,市政府:\n2021年,市局强化制度建设。现将有关工作情况报告如下:\n"
        "一、主要举措和成效\n"
    )
    assert plan.title == "某市市场监督管理局关于2021年度法治政府建设情况的报告"
    assert plan.doc_number == "某市监法规20220029号"
    assert plan.issued_on == dt.date(2022, 1, 24)
    assert plan.recipients == ["市委", "市政府"]


def test_a_sites_leaving_prompt_and_position_line_are_page_chrome() -> None:
    plan = rulegov.parse_plan(
        "您访问的链接即将离开“某镇人民政府”门户网站 是否继续?\n\n继续访问放弃\n\n"
        "您现在的位置 :\n某镇2021年法治建设工作情况报告\n\n"
        "2021年,某镇认真贯彻上级决策部署。\n一、加强法治化组织引领\n"
    )
    assert plan.title == "某镇2021年法治建设工作情况报告"
    assert plan.recipients == []


def test_a_sites_category_in_brackets_before_a_heading_is_left_out() -> None:
    plan = rulegov.parse_plan(
        "【工作总结】某市公安局关于2022年法治政府建设情况的报告\n"
        "2022年以来,市公安局推进执法规范化建设。\n一、工作开展情况\n"
    )
    bracketed = rulegov.parse_plan("【专题】某市普法宣传周启动\n一、活动安排\n")
    assert plan.title == "某市公安局关于2022年法治政府建设情况的报告"
    assert plan.issuer == "某市公安局"
    assert bracketed.title.startswith("【专题】")


def test_a_number_glued_before_a_notices_heading_with_spaces_inside_is_read_apart() -> None:
    plan = rulegov.parse_plan(
        "     某交发 [2022] 97号关于印发《某市交通运输局法治政府部门建设分工方案》的通知\n"
        "    时间:2022-12-05来源:某市交通运输局\n\n"
        "各县(市)交通运输局、局直各单位:\n"
        "现将《某市交通运输局法治政府部门建设分工方案》印发给你们,请认真组织实施。\n"
        "某市交通运输局\n2022年12月5日\n某市交通运输局法治政府部门建设分工方案\n一、主要任务\n"
    )
    assert plan.doc_number is not None
    assert plan.doc_number.replace(" ", "") == "某交发[2022]97号"
    assert plan.notice is not None
    assert plan.notice.title == "关于印发《某市交通运输局法治政府部门建设分工方案》的通知"


def test_a_mirrors_number_before_a_title_in_brackets_keeps_its_printed_characters() -> None:
    plan = rulegov.parse_plan(
        "交法發〔2021〕125號《交通運輸部關于深化法治政府部門建設的意見》\n"
        "交通運輸部關于深化法治政府部門建設的意見\n各省交通運輸廳,部屬各單位:\n"
        "為深入貫徹落實綱要,提出如下意見。\n一、總體要求\n"
    )
    assert plan.doc_number == "交法發〔2021〕125號"


def test_a_heading_broken_after_the_bodys_name_over_its_years_account_is_one_title() -> None:
    plan = rulegov.parse_plan(
        "某省交通运输厅\n2025年法治政府部门建设工作情况\n\n"
        "信息来源:厅法规处 发布日期:2026-02-24 09:04 浏览次数:\n\n"
        "2025年,我厅扎实推进交通运输法治政府部门建设。\n一、2025工作开展情况\n"
    )
    assert plan.title == "某省交通运输厅2025年法治政府部门建设工作情况"
    assert plan.issuer == "某省交通运输厅"


def test_a_disclosure_row_with_its_labels_in_brackets_is_metadata() -> None:
    plan = rulegov.parse_plan(
        "[ 索引号 ] 115002310086780358/2023-00063 [ 发文字号 ] 某府办发〔2023〕32号\n"
        "[ 成文日期 ] 2023-08-02 [ 发布日期 ] 2023-08-03\n\n"
        "某县人民政府办公室关于印发2023年度某县重大行政决策事项目录的通知\n"
        "各乡镇人民政府,县政府各部门:\n"
        "现将《2023年度某县重大行政决策事项目录》印发给你们,请认真执行。\n"
        "某县人民政府办公室\n2023年8月2日\n2023年度某县重大行政决策事项目录\n一、事项\n"
    )
    assert plan.doc_number == "某府办发〔2023〕32号"
    assert plan.issued_on == dt.date(2023, 8, 2)


def test_the_office_that_signs_below_its_heading_beats_the_pages_publisher() -> None:
    text = (
        "[ 发文字号 ] 某府办发〔2023〕32号 [ 发布机构 ] 某县人民政府\n\n"
        "某县人民政府办公室关于印发2023年度某县重大行政决策事项目录的通知\n\n"
        "各乡镇人民政府,县政府各部门:\n\n"
        "现将《2023年度某县重大行政决策事项目录》印发给你们,并就有关工作通知如下\n\n"
        "一、各承办单位要严格履行法定程序。\n\n二、县司法局要加强合法性审查。\n\n"
        "{signer}\n\n{day}\n\n2023年度某县重大行政决策事项目录\n\n序号\n\n事项名称\n"
    )
    signed = rulegov.parse_plan(text.format(signer="某县人民政府办公室", day="202382"))
    unsigned = rulegov.parse_plan(text.format(signer="(此件公开发布)", day="附件"))
    assert signed.issuer == "某县人民政府办公室"
    # the office heads the notice: it issues it, signed below or not (the page's 发布机构
    # names the government that posts the page)
    assert unsigned.issuer == "某县人民政府办公室"


def test_a_plan_heading_over_two_lines_with_another_dash_takes_the_notices_form() -> None:
    plan = rulegov.parse_plan(
        "某省人力资源和社会保障厅\n2022年9月6日\n"
        "湖南省人力资源和社会保障法治建设\n实施方案(2022—2025年)\n"
        "为深入贯彻习近平法治思想,制定本实施方案。\n一、总体要求\n"
    )
    notice = rulegov.parse_plan(
        "各市州人力资源和社会保障局,厅机关各处室:\n"
        "《某省人力资源和社会保障法治建设实施方案(2022-2025年)》已经厅党组同意,现印发给你们。\n"
        "某省人力资源和社会保障厅\n2022年9月6日\n"
        "某省人力资源和社会保障法治建设\n实施方案(2022—2025年)\n"
        "为深入贯彻习近平法治思想,制定本实施方案。\n一、总体要求\n"
    )
    assert plan.title.endswith("(2022—2025年)")
    assert notice.title == "某省人力资源和社会保障法治建设实施方案(2022-2025年)"


def test_a_notices_signature_gives_the_full_name_of_the_office_its_heading_names_short() -> None:
    text = (
        "区人民政府办公室关于印发2023年区重点工作责任分解方案的通知\n\n"
        "各街道办事处,区人民政府各部门:\n\n"
        "《2023年区重点工作责任分解方案》已报经区人民政府同意,现印发给你们,并提出如下要求:\n\n"
        "一、各责任单位要高度重视。\n\n二、区绩效考评机构要纳入考核。\n\n"
        "{signer}\n\n2023年1月3日\n\n2023年区重点工作责任分解方案\n\n一、主要预期目标\n"
    )
    signed = rulegov.parse_plan(text.format(signer="某某区人民政府办公室"))
    other = rulegov.parse_plan(text.format(signer="某某区人民政府"))
    assert signed.issuer == "某某区人民政府办公室"
    assert other.issuer == "区人民政府办公室"


def test_the_signatures_full_name_of_the_office_spans_the_signature() -> None:
    # the issuer the signature names in full spans the signature, not the heading's short name
    text = (
        "区人民政府办公室关于印发2023年区重点工作责任分解方案的通知\n\n"
        "各街道办事处,区人民政府各部门:\n\n"
        "《2023年区重点工作责任分解方案》已报经区人民政府同意,现印发给你们,并提出如下要求:\n\n"
        "一、各责任单位要高度重视。\n\n二、区绩效考评机构要纳入考核。\n\n"
        "某某区人民政府办公室\n\n2023年1月3日\n\n2023年区重点工作责任分解方案\n\n一、主要预期目标\n"
    )
    plan = rulegov.parse_plan(text)
    span = plan.spans["issuer"]
    assert (plan.issuer, text[span.start : span.end]) == (
        "某某区人民政府办公室",
        "某某区人民政府办公室",
    )


def test_a_heading_the_text_prints_again_is_the_title_under_a_sites_headline() -> None:
    plan = rulegov.parse_plan(
        "某某市行政执法公示办法、行政执法全过程记录办法、法制审核办法\n"
        "关于推行行政执法三项制度的实施方案(最新)\n"
        "关于推行行政执法三项制度的实施方案(最新)推行行政执法三项制度,是重要改革任务。\n"
        "一、总体要求\n"
    )
    assert plan.title == "关于推行行政执法三项制度的实施方案"


def test_a_report_that_says_in_whose_name_a_plan_went_out_names_its_issuer() -> None:
    text = (
        "某市实现执法与普法“联姻”\n\n"
        "28日,记者获悉,某市《关于实行“谁执法谁普法”普法责任制的实施意见》于近日出台。\n\n"
        "据悉,该实施意见征求了55家单位的意见,最后以市委、市府两办名义正式印发。\n"
    )
    plan = rulegov.parse_plan(text)
    unsaid = rulegov.parse_plan(text.replace("最后以市委、市府两办名义正式印发", "最后正式印发"))
    assert plan.issuer == "市委、市府两办"
    assert unsaid.issuer is None


def test_signers_over_a_date_that_reads_two_ways_give_the_issuer_and_no_date() -> None:
    plan = rulegov.parse_plan(
        "各镇人民政府、街道办事处,区级各部门:\n"
        "现将2022年区政府工作报告目标任务分解表印发给你们,请认真贯彻执行。\n"
        "某市某区人民政府办公室\n2022121日\n(此件公开发布)\n"
        "2022年区政府工作报告目标任务分解表\n一、主要目标\n"
    )
    assert plan.issuer == "某市某区人民政府办公室"
    assert plan.issued_on is None
    assert "unread-date" in codes(plan)


def test_an_address_ending_in_a_ratio_sign_for_its_colon_is_read() -> None:
    plan = rulegov.parse_plan(
        "国发[2015]68号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构∶\n"
        "为加快建设法治政府,国务院对国务院文件进行全面清理。\n"
    )
    assert plan.recipients == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]


def test_a_ministrys_report_on_its_year_names_the_ministry_as_issuer() -> None:
    plan = rulegov.parse_plan(
        "某某部2024年度法治政府建设情况的报告\n2024年,某某部深入贯彻党的二十大精神。\n"
        "一、加强组织领导\n"
    )
    assert plan.issuer == "某某部"


def test_a_shared_files_heading_run_into_its_first_sentence_is_the_title() -> None:
    shared = (
        "《市贯彻落实法治社会建设实施纲要(2020-2025年).docx》由会员分享,可在线阅读,"
        "更多相关《市贯彻落实法治社会建设实施纲要(2020-2025年).docx(19页珍藏版)》请在课桌文档上搜索。\n"
    )
    plan = rulegov.parse_plan(
        shared + "1、市贯彻落实法治社会建设实施纲要(2020-2025年)工作措施(征求意见稿)"
        "为建设社会主义法治社会,特制定本措施。一、推动全社会增强法治观念\n"
    )
    unnamed = rulegov.parse_plan(shared + "一、推动全社会增强法治观念\n(一)加强学习。\n")
    assert plan.title == "市贯彻落实法治社会建设实施纲要(2020-2025年)工作措施(征求意见稿)"
    assert unnamed.title == "市贯彻落实法治社会建设实施纲要(2020-2025年)"


def test_an_aggregators_day_first_date_and_time_under_the_heading_is_the_pages() -> None:
    plan = rulegov.parse_plan(
        "某省人民政府关于深入推进依法行政加快建设法治政府的实施意见\n\n30.12.2014  18:45\n\n"
        "   某政〔2014〕72号\n\n各市、自治州人民政府,省政府各委、办、厅、局:\n\n"
        "  为深入推进依法行政,现结合我省实际,提出如下实施意见:\n\n   一、总体要求\n"
    )
    assert plan.title == "某省人民政府关于深入推进依法行政加快建设法治政府的实施意见"
    assert (plan.notice.title if plan.notice is not None else None) is None
    assert plan.issuer == "某省人民政府"
    assert plan.doc_number == "某政〔2014〕72号"


def test_a_signature_whose_indent_a_copy_turned_into_question_marks_is_read() -> None:
    plan = rulegov.parse_plan(
        "关于印发《某市2024年守法普法工作要点》的通知\n某法宣办〔2024〕4号\n"
        "各区法宣办,各相关委办局:\n"
        "??《某市2024年守法普法工作要点》已经审议通过。现印发给你们,请认真贯彻落实。\n"
        "??特此通知。\n??某市法治宣传教育联席会议办公室\n??2024年4月12日\n"
        "某市2024年守法普法工作要点\n??2024年是关键一年。\n??一、深化习近平法治思想学习宣传\n"
    )
    assert plan.issuer == "某市法治宣传教育联席会议办公室"
    assert plan.issued_on == dt.date(2024, 4, 12)
    assert plan.title == "某市2024年守法普法工作要点"
    assert plan.preamble == "2024年是关键一年。"


def test_a_short_disclosure_label_set_apart_from_its_value_is_the_blocks() -> None:
    plan = rulegov.parse_plan(
        "索引号 11320900/2024-00130 组配分类 公共文化服务\n"
        "发布机构 某区政法委 发文日期 2024-04-18\n文号 主题分类 公安、司法\n"
        "公开范围 面向全社会\n时效 有效\n\n关于印发《2024年全区普法依法治理工作要点》的通知\n\n"
        "各园区,区各部委办局:\n\n现将《2024年全区普法依法治理工作要点》印发给你们,请认真抓好贯彻落实。\n\n"
        "区法宣办\n\n2024年4月18日\n\n2024年全区普法依法治理工作要点\n\n一、深化学习宣传\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "关于印发《2024年全区普法依法治理工作要点》的通知"
    assert plan.title == "2024年全区普法依法治理工作要点"
    assert "unclassified-line" not in codes(plan)


def test_a_mirrors_title_in_angle_brackets_tagged_as_the_full_text_is_the_title() -> None:
    plan = rulegov.parse_plan(
        "《2024年某某运输法制工作要点》(全文)\n2024年某某运输法制工作要点\n"
        "2024年某某运输法制工作的总体要求是:深入学习贯彻习近平法治思想。\n"
        "一、持续深化法治建设\n"
    )
    assert plan.title == "2024年某某运输法制工作要点"


def test_a_standing_committees_notice_number_with_its_term_in_brackets_is_read() -> None:
    plan = rulegov.parse_plan(
        "某省人民代表大会常务委员会关于开展第八个五年法治宣传教育的决议\n"
        "常委会公告〔十三届〕第52号\n"
        "2016年至2020年,法治宣传教育第七个五年规划已顺利实施完成。\n一、目标任务\n"
    )
    assert plan.doc_number == "常委会公告〔十三届〕第52号"


def test_a_disclosure_row_with_two_fields_a_line_and_an_empty_last_label_is_read() -> None:
    plan = rulegov.parse_plan(
        "索 引 号  某区207/2023-0000131  公开方式  主动公开\n"
        "信息名称  某区司法局2023年普法工作计划  成文日期  2023-08-08\n"
        "公开日期  2023-08-09  发布机构  某区司法局\n"
        "信息索引号 发布时间 2023-08-09\n发布机构 某区司法局 文号\n主题词 体裁\n"
        "某区司法局2023年普法工作计划\n为深入贯彻落实普法责任制,制定本计划。\n一、工作目标\n"
    )
    assert plan.title == "某区司法局2023年普法工作计划"
    assert plan.issuer == "某区司法局"
    assert plan.issued_on == dt.date(2023, 8, 8)
    assert plan.doc_number is None
    assert "unclassified-line" not in codes(plan)


def test_a_sites_account_bar_set_as_a_row_and_a_breadcrumb_however_worded_are_the_pages() -> None:
    plan = rulegov.parse_plan(
        "|   无障碍版本  |   登录  |   注册 网站支持IPv6\n您当前的位置: > >\n\n"
        "关于在全市开展法治宣传教育的第八个五年规划(征求意见稿)\n\n"
        "发布时间:2021-12-13 11:04 信息来源: 某市司法局\n"
        "全民普法是全面依法治国的长期性基础性工作。\n一、总体要求\n"
    )
    assert plan.title == "关于在全市开展法治宣传教育的第八个五年规划(征求意见稿)"
    assert "page-chrome" in codes(plan)


def test_markup_left_after_an_address_and_a_date_that_lost_its_year_mark_are_read() -> None:
    plan = rulegov.parse_plan(
        "关于印发《某镇2018年度法治宣传系列活动方案》的通知\n\n"
        '机关各部门、各村(社区居)委会:<?xml:namespace prefix = o ns = "urn:x" />\n\n'
        "《某镇2018年度法治宣传系列活动方案》业经镇政府同意,现印发给你们,请认真贯彻执行\n\n"
        "某市某镇人民政府办公室\n\n20186月22日\n\n某镇2018年度法治宣传系列活动方案\n\n"
        "2018年是关键之年。\n\n一、活动时间\n"
    )
    assert plan.recipients == ["机关各部门、各村(社区居)委会"]
    assert plan.issuer == "某市某镇人民政府办公室"
    assert plan.issued_on == dt.date(2018, 6, 22)
    assert plan.title == "某镇2018年度法治宣传系列活动方案"


def test_a_line_of_file_names_from_a_library_is_no_title() -> None:
    plan = rulegov.parse_plan(
        "某某文库 - 千万精品文档,下载即用。\n"
        "关于印发某市2019年政务公开工作任务分解表的通知.pdf关于印发某市2019年政务公开工作任务分解表的通知.pdf\n"
        "下载后继续阅读\n某市2019年政务公开工作任务分解表\n一、加强组织领导\n"
    )
    assert plan.title == "某市2019年政务公开工作任务分解表"


def test_a_party_committee_and_its_government_run_together_before_about_are_two_issuers() -> None:
    plan = rulegov.parse_plan(
        "中共某市委某市人民政府关于2023年度法治政府建设工作情况的报告\n\n省委、省政府:\n\n"
        "2023年,某市扎实推进法治政府建设。\n\n一、健全法治政府建设制度保障\n"
    )
    assert plan.issuer == "中共某市委、某市人民政府"
    assert plan.recipients == ["省委、省政府"]


def test_signers_in_traditional_characters_apart_by_a_space_are_each_an_issuer() -> None:
    plan = rulegov.parse_plan(
        "各縣(區)委依法治縣(區)辦,市級有關部門(單位):\n"
        "現將《2022年某市憲法宣傳周宣傳活動工作方案》印發你們,請認真組織實施。\n"
        "中共某市委全面依法治市委員會辦公室 中共某市委宣傳部\n某市司法局\n2022年11月30日\n"
        "2022年某市憲法宣傳周宣傳活動工作方案\n一、活動時間\n"
    )
    assert plan.issuer == "中共某市委全面依法治市委員會辦公室、中共某市委宣傳部、某市司法局"
    assert plan.issued_on == dt.date(2022, 11, 30)


def test_a_sites_notes_before_a_heading_and_a_title_and_a_number_printed_as_none_are_dropped() -> (
    None
):
    plan = rulegov.parse_plan(
        "名  称: (以此件为准)(日期修改其他内容不变)某市委依法治市办转发《某规划(2021-2025年)》的通知\n"
        "文  号: 无编号 主 题 词:\n\n"
        "(以此件为准)(日期修改其他内容不变)某市委依法治市办转发《某规划(2021-2025年)》的通知\n\n"
        "无编号\n\n各区委、区人民政府,市委各部门:\n"
        "    《某规划(2021-2025)》已经市委市政府同意,现转发给你们,请认真组织实施。\n"
        "    某市委依法治市办\n    2022年3月17日\n    (此件主动公开)某规划(2021-2025 年)\n"
        "    2021年至2025年是关键五年。\n    一、以习近平法治思想引领全民普法工作\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市委依法治市办转发《某规划(2021-2025年)》的通知"
    assert plan.title == "某规划(2021-2025年)"
    assert plan.doc_number is None
    assert plan.issued_on == dt.date(2022, 3, 17)


def test_a_title_whose_last_line_opens_with_its_period_is_read_whole() -> None:
    plan = rulegov.parse_plan(
        "各镇人民政府,区直有关单位:\n《某区提升行政执法质量三年行动计划(2023—2025年)实施方案》已经区人民政府同意,"
        "现印发给你们,请认真贯彻实施。\n某市某区人民政府办公室\n2024年3月8日\n"
        "某区提升行政执法质量三年行动计划\n(2023—2025年)实施方案\n为全面提升行政执法质量,制定本实施方案。\n"
        "一、总体要求\n"
    )
    assert plan.title == "某区提升行政执法质量三年行动计划(2023—2025年)实施方案"
    assert plan.preamble == "为全面提升行政执法质量,制定本实施方案。"


def test_a_pages_label_over_the_text_after_a_signature_is_not_the_title() -> None:
    plan = rulegov.parse_plan(
        "中共某州委 某州人民政府\n关于转发《州委宣传部 州司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)》的通知\n"
        "某发〔2021〕19号\n各县委和人民政府,州委各部门:\n现将《规划》转发给你们,请认真贯彻落实。\n"
        "中共某州委\n某州人民政府\n2021年11月22日\n规划全文\n州委宣传部 州司法局\n"
        "关于开展法治宣传教育的\n第八个五年规划 (2021-2025年)\n近年来,全州法治宣传教育成效明显。\n一、总体要求\n"
    )
    assert plan.title is not None
    assert plan.title.replace(" ", "") == (
        "州委宣传部州司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)"
    )
    assert plan.issuer == "中共某州委、某州人民政府"


def test_a_pdf_copys_number_heading_address_and_text_run_into_one_line_are_read_apart() -> None:
    plan = rulegov.parse_plan(
        "当前文档共16页 2.88\n"
        "某政办字〔2019〕33 号 某市人民政府办公室 关于印发某市 2019 年政务公开工作 任务分解表的通知 "
        "各镇人民政府、街道办事处,市政府有关部门: 为认真落实要求,经市政府同意,现将《某市 2019 年政务公开"
        "工作任务分解表》印发给你们,请认真抓好贯彻落实。\n一、加强组织领导\n"
    )
    assert plan.doc_number == "某政办字〔2019〕33号"
    assert plan.issuer == "某市人民政府办公室"
    assert plan.recipients == ["各镇人民政府、街道办事处", "市政府有关部门"]
    assert plan.title == "某市2019年政务公开工作任务分解表"


def test_a_street_office_that_writes_under_its_places_name_before_about_is_the_issuer() -> None:
    plan = rulegov.parse_plan(
        "某某街道关于2025年法治政府建设情况的报告\n2025年以来,街道全面推进法治政府建设。\n"
        "一、主要举措和成效\n"
    )
    assert plan.issuer == "某某街道"


NOTICE_BODY = (
    "各乡镇人民政府,县直各单位:\n现将《某县2023年普法工作要点》印发给你们,请认真贯彻执行。\n"
)


def test_a_signature_dated_in_the_form_a_page_dates_itself_is_the_signatures() -> None:
    plan = rulegov.parse_plan(
        "关于印发《某县2023年普法工作要点》的通知\n" + NOTICE_BODY + "某县司法局\n2023.5.10\n"
        "某县2023年普法工作要点\n一、加强领导\n"
    )
    assert plan.issuer == "某县司法局"
    assert plan.issued_on == dt.date(2023, 5, 10)


def test_a_sites_name_after_a_heading_and_a_seals_note_after_a_signer_are_dropped() -> None:
    for heading in (
        "某县司法局关于印发2023年普法工作要点的通知_某县人民政府",
        "某县司法局关于印发2023年普法工作要点的通知-某县人民政府门户网站",
    ):
        plan = rulegov.parse_plan(
            heading + "\n" + NOTICE_BODY + "某县司法局(盖章)\n2023年5月10日\n"
            "某县2023年普法工作要点\n一、加强领导\n"
        )
        assert plan.notice is not None
        assert plan.notice.title == "某县司法局关于印发2023年普法工作要点的通知"
        assert plan.issuer == "某县司法局"


def test_a_law_databases_bracketed_fields_give_the_number() -> None:
    plan = rulegov.parse_plan(
        "【发布单位】某县人民政府 【发布文号】某政发〔2023〕5号 【发布日期】2023-05-10\n"
        "某县人民政府关于印发某县法治政府建设实施方案的通知\n" + NOTICE_BODY + "某县人民政府\n"
        "2023年5月10日\n某县法治政府建设实施方案\n一、总体要求\n"
    )
    assert plan.doc_number == "某政发〔2023〕5号"
    assert plan.issued_on == dt.date(2023, 5, 10)


def test_a_heading_broken_before_its_closing_words_is_one_heading() -> None:
    plan = rulegov.parse_plan(
        "关于印发某县2023年普法工作要点\n的通知\n" + NOTICE_BODY + "某县司法局\n2023年5月10日\n"
        "某县2023年普法工作要点\n一、加强领导\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "关于印发某县2023年普法工作要点的通知"
    assert plan.title == "某县2023年普法工作要点"


def test_more_labels_of_disclosure_rows_are_read_as_the_blocks() -> None:
    plan = rulegov.parse_plan(
        "统一编号  某R-2023-001  印发日期  2023-05-10\n制发机关  某县人民政府  效力状态  有效\n"
        "某县法治政府建设实施方案\n为深入推进依法行政,制定本方案。\n一、总体要求\n"
    )
    assert plan.issuer == "某县人民政府"
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert plan.title == "某县法治政府建设实施方案"


def test_a_signature_after_the_body_with_its_date_on_its_line_and_a_mark_after_it_is_read() -> None:
    plan = rulegov.parse_plan(
        "各直属单位、各处室:\n特制定2017年度普法工作计划,请认真贯彻落实。\n一、具体工作\n"
        "1、开展宪法宣传。\n二、普法部门\n宣传处为普法负责部门。\n某纪念地管理局 2017年3月10日\n|\n"
    )
    assert plan.issuer == "某纪念地管理局"
    assert plan.issued_on == dt.date(2017, 3, 10)
    assert plan.recipients == ["各直属单位、各处室"]


def test_an_address_whose_colon_a_copy_lost_on_its_own_line_is_the_address() -> None:
    plan = rulegov.parse_plan(
        "关于印发《某县2023年普法工作要点》的通知\n各乡镇人民政府,县直各单位\n"
        "现将《某县2023年普法工作要点》印发给你们,请认真贯彻执行。\n某县司法局\n2023年5月10日\n"
        "某县2023年普法工作要点\n一、加强领导\n"
    )
    assert plan.recipients == ["各乡镇人民政府", "县直各单位"]
    assert plan.title == "某县2023年普法工作要点"
    assert plan.issuer == "某县司法局"
    assert plan.issued_on == dt.date(2023, 5, 10)


def test_a_meetings_adoption_note_under_a_resolutions_title_gives_the_date() -> None:
    plan = rulegov.parse_plan(
        "某县人民代表大会常务委员会关于开展第八个五年法治宣传教育的决议\n"
        "(2021年8月9日某县第十八届人民代表大会常务委员会第三次会议通过)\n"
        "为深入开展法治宣传教育,作如下决议:\n一、明确目标\n"
    )
    assert plan.issued_on == dt.date(2021, 8, 9)
    assert plan.issuer == "某县人民代表大会常务委员会"


def test_an_address_broken_after_a_dun_comma_keeps_the_names_joined() -> None:
    plan = rulegov.parse_plan(
        "关于印发《某县2023年普法工作要点》的通知\n各乡镇人民政府、街道办事处、\n县直各单位:\n"
        "现将要点印发给你们。\n某县司法局\n2023年5月10日\n某县2023年普法工作要点\n一、加强领导\n"
    )
    assert plan.recipients == ["各乡镇人民政府、街道办事处、县直各单位"]


def test_an_organ_and_a_date_right_under_a_plans_own_title_are_its_signature() -> None:
    plan = rulegov.parse_plan(
        "某县2023年普法工作要点\n某县司法局\n2023年5月10日\n为做好普法工作,制定本要点。\n"
        "一、加强领导\n"
    )
    assert plan.title == "某县2023年普法工作要点"
    assert plan.issuer == "某县司法局"
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert plan.preamble == "为做好普法工作,制定本要点。"


def test_a_bodys_yearly_summary_names_its_issuer_as_a_report_does() -> None:
    plan = rulegov.parse_plan(
        "某县司法局2023年法治政府建设工作总结\n2023年,我局扎实推进法治建设。\n一、主要做法\n"
    )
    assert plan.issuer == "某县司法局"


def test_a_signers_date_that_gives_the_month_alone_still_names_the_issuer() -> None:
    plan = rulegov.parse_plan(
        "关于印发《某县2023年普法工作要点》的通知\n各乡镇:\n现印发给你们。\n某县司法局\n2023年5月\n"
        "某县2023年普法工作要点\n一、加强领导\n"
    )
    assert plan.issuer == "某县司法局"
    assert plan.issued_on is None
    assert plan.title == "某县2023年普法工作要点"


def test_a_menus_bulleted_items_are_no_title_and_the_heading_under_them_is() -> None:
    plan = rulegov.parse_plan(
        "• 某市人民政府门户网站\n  •   \n    • 搜索\n"
        "您当前的位置:首页 > 某镇人民政府 > 信息公开\n"
        "2020年某镇上半年全面依法治镇工作总结\n发布日期:2020-06-24 15:09\n来源:本网\n"
        "2020年，我镇深入贯彻落实党的十九大精神。\n一、社会环境和谐稳定。\n"
    )
    assert plan.title == "2020年某镇上半年全面依法治镇工作总结"


def test_a_visit_count_under_a_heading_is_no_title() -> None:
    plan = rulegov.parse_plan(
        "关于认真开展2014年校园法制宣传文化月主题活动的通知\n\n2014/12/01\n2160\n\n"
        "各处(室)、系(部):\n为深入贯彻落实十八届四中全会精神，现将相关事宜通知如下:\n"
        "一、活动主题\n学习宣传宪法。\n"
    )
    assert plan.title == "关于认真开展2014年校园法制宣传文化月主题活动的通知"
    assert plan.notice is None or plan.notice.title is None
    assert plan.recipients == ["各处(室)、系(部)"]


def test_a_date_line_read_as_a_count_stays_a_date() -> None:
    plan = rulegov.parse_plan(
        "各乡镇人民政府，县直各单位:\n现将《某县实施方案》印发给你们，请认真贯彻执行。\n"
        "某县人民政府办公室\n2017531\n某县实施方案\n一、总体要求\n坚持依法行政。\n"
    )
    assert plan.issued_on == dt.date(2017, 5, 31)


def test_a_page_date_before_a_counters_label_and_an_empty_label_are_no_address() -> None:
    plan = rulegov.parse_plan(
        "中共某市委 某市人民政府关于深化国有企业改革的实施意见\n2020-08-26    阅读:  \n"
        "索引号: 20230628-112137-065\n发布机构: 市政府国资委\n公开日期: 2020-08-26\n"
        "著录日期:\n组配分类:\n\n"
        "各县区党委和人民政府，市委有关部门，驻市有关单位:\n"
        "为持续深化国有企业改革，结合我市实际，制定以下实施意见。\n一、总体要求\n坚持改革。\n"
    )
    assert plan.recipients == ["各县区党委和人民政府", "市委有关部门", "驻市有关单位"]


def test_a_headings_own_issuers_win_over_a_page_publisher_that_names_another_body() -> None:
    plan = rulegov.parse_plan(
        "中共某市委 某市人民政府关于深化国有企业改革的实施意见\n"
        "发布机构: 市政府国资委\n公开日期: 2020-08-26\n"
        "各县区党委和人民政府，市委有关部门:\n为持续深化国有企业改革，制定以下实施意见。\n"
        "一、总体要求\n坚持改革。\n"
    )
    assert plan.issuer == "中共某市委、某市人民政府"


def test_a_page_publisher_that_names_the_headings_organ_stays_the_issuer() -> None:
    plan = rulegov.parse_plan(
        "发布机构: 某省某市人民政府\n某市人民政府关于加强法治政府建设的实施意见\n"
        "各县区人民政府:\n为加强法治政府建设，制定以下实施意见。\n一、总体要求\n坚持法治。\n"
    )
    assert plan.issuer == "某省某市人民政府"


def test_an_office_with_its_second_name_in_brackets_before_the_year_issues_its_report() -> None:
    plan = rulegov.parse_plan(
        "某自治区某语委办(编译局)2025年度法治政府建设工作报告\n"
        "作者: 来源:区某语委办(编译局) 发布时间:2026-01-09\n"
        "一、2025年法治建设情况\n办(局)始终将法治建设作为重要抓手。\n"
    )
    assert plan.title == "某自治区某语委办(编译局)2025年度法治政府建设工作报告"
    assert plan.issuer == "某自治区某语委办(编译局)"


def test_a_sites_sentence_describing_the_document_gives_its_title_and_issuer() -> None:
    plan = rulegov.parse_plan(
        "《某市人民政府2018年度法治政府建设工作报告》是2019年某市人民政府发布的通知。\n"
        "2018年，我市政府认真贯彻落实法治政府建设实施纲要，取得明显成效。\n"
        "一、依法全面履行政府职能\n(一)依法界定政府职能。完成三定方案。\n"
    )
    assert plan.title == "某市人民政府2018年度法治政府建设工作报告"
    assert plan.issuer == "某市人民政府"


def test_an_organs_full_name_over_a_rule_wins_over_the_short_name_its_publication_line_gives() -> (
    None
):
    plan = rulegov.parse_plan(
        "某市行政规范性文件管理办法\n某省某市人民政府\n某市行政规范性文件管理办法\n"
        "(2025年1月23日某市人民政府令第10号公布 自2025年4月1日起施行)\n"
        "第一章 总 则\n第一条 为了规范行政规范性文件的管理，制定本办法。\n"
    )
    assert plan.issuer == "某省某市人民政府"
    assert plan.issued_on == dt.date(2025, 1, 23)


def test_a_head_saved_with_windows_line_ends_reads_as_with_line_feeds() -> None:
    text = (
        "某省人民政府\n关于健全和完善政府法律顾问\n制度的意见\n某府发〔2015〕9号 2015年1月30日\n"
        "(已废止)\n各市(州)、县(市、区)人民政府，省政府各部门:\n"
        "为健全和完善政府法律顾问制度，提出如下意见。\n一、总体要求\n坚持依法行政。\n"
    )
    lf = rulegov.parse_plan(text)
    crlf = rulegov.parse_plan(text.replace("\n", "\r\n"))
    assert lf.title == "某省人民政府关于健全和完善政府法律顾问制度的意见"
    assert (crlf.title, crlf.doc_number, crlf.issued_on, crlf.recipients) == (
        lf.title,
        lf.doc_number,
        lf.issued_on,
        lf.recipients,
    )
    assert crlf.doc_number == "某府发〔2015〕9号"


def test_a_head_indented_with_full_width_spaces_reads_as_without_them() -> None:
    text = (
        "某省人民政府\n关于健全和完善政府法律顾问\n制度的意见\n某府发〔2015〕9号 2015年1月30日\n"
        "(已废止)\n各市(州)、县(市、区)人民政府，省政府各部门:\n"
        "为健全和完善政府法律顾问制度，提出如下意见。\n一、总体要求\n坚持依法行政。\n"
    )
    plain = rulegov.parse_plan(text)
    indented = rulegov.parse_plan(
        "\n".join("\u3000\u3000" + line + "  " for line in text.split("\n"))
    )
    assert indented.doc_number == "某府发〔2015〕9号"
    assert (indented.title, indented.issued_on, indented.recipients) == (
        plain.title,
        plain.issued_on,
        plain.recipients,
    )


def test_a_field_list_with_blank_lines_between_its_fields_fills_the_head() -> None:
    plan = rulegov.parse_plan(
        "发文机关中共某省交通运输厅党组\n\n发文日期2021年12月21日\n\n时效性现行有效\n\n"
        "发文字号某交发〔2021〕63号\n\n施行日期2021年12月21日\n\n"
        "厅直各单位，厅机关各处室:\n\n"
        "经厅党组会议审议同意，现将《关于深化法治政府部门建设的实施意见》印发给你们。\n\n"
        "中共某省交通运输厅党组\n\n2021年12月21日\n\n关于深化法治政府部门建设的实施意见\n\n"
        "为深入学习宣传贯彻习近平法治思想，制定本实施意见。\n\n一、总体要求\n\n坚持依法行政。\n"
    )
    assert plan.doc_number == "某交发〔2021〕63号"
    assert plan.issuer == "中共某省交通运输厅党组"
    assert plan.issued_on == dt.date(2021, 12, 21)
    assert plan.recipients == ["厅直各单位", "厅机关各处室"]


def test_an_organ_year_title_in_full_width_brackets_names_its_issuer() -> None:
    plan = rulegov.parse_plan(
        "某自治区某语委办（编译局）2025年度法治政府建设工作报告\n"
        "一、2025年法治建设情况\n办（局）始终将法治建设作为重要抓手。\n"
    )
    assert plan.issuer == "某自治区某语委办（编译局）"


def test_a_sharing_sites_mark_in_full_width_brackets_is_dropped_from_the_title() -> None:
    plan = rulegov.parse_plan(
        "某某市行政执法公示办法、行政执法全过程记录办法、法制审核办法\n"
        "关于推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案（最新）\n"
        "关于推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案（最新）"
        "推行“三项制度”，是重要改革任务，制定本方案。\n一、总体要求\n坚持依法行政。\n"
    )
    assert (
        plan.title == "关于推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案"
    )


def test_a_shared_files_heading_in_full_width_brackets_runs_to_its_kind() -> None:
    plan = rulegov.parse_plan(
        "《市贯彻落实法治社会建设实施纲要（2020-2025年）.docx》由会员分享，可在线阅读。\n"
        "1、市贯彻落实法治社会建设实施纲要（2020-2025年）工作措施（征求意见稿）为建设社会主义"
        "法治社会，结合我市实际，特制定本措施。一、推动全社会增强法治观念\n"
    )
    assert plan.title == "市贯彻落实法治社会建设实施纲要（2020-2025年）工作措施（征求意见稿）"


def test_a_page_title_cut_short_in_full_width_brackets_gives_way_to_the_whole_title() -> None:
    plan = rulegov.parse_plan(
        "开启左侧\n\n中共某县委宣传部、某县司法局关于在全县开展法治宣传教育的第八个五年规划（2...\n\n"
        "[复制链接]\n发表于 2022-7-11 20:18:25 | 显示全部楼层 |阅读模式\n"
        "中共某县委宣传部、某县司法局关于在全县开展法治宣传教育的第八个五年规划（2021-2025年）\n\n"
        "一、指导思想\n坚持依法治国。\n"
    )
    assert plan.title == (
        "中共某县委宣传部、某县司法局关于在全县开展法治宣传教育的第八个五年规划（2021-2025年）"
    )


def test_a_byline_under_a_title_broken_over_lines_is_not_part_of_the_title() -> None:
    plan = rulegov.parse_plan(
        "某某市行政执法公示办法、行政执法全过程记录办法\n"
        "发布时间:2023-01-01 来源:本站 浏览次数:123\n"
        "关于推行行政执法公示制度的实施方案\n"
        "为促进严格规范公正文明执法，制定本方案。\n一、总体要求\n坚持依法行政。\n"
    )
    assert plan.title == "某某市行政执法公示办法、行政执法全过程记录办法"


def test_a_governments_own_rules_in_traditional_characters_name_it_as_issuer() -> None:
    plan = rulegov.parse_plan(
        "某某縣人民政府工作規則\n第一章 總則\n第一條 為規範政府工作，制定本規則。\n"
    )
    assert plan.issuer == "某某縣人民政府"


def test_a_heading_in_traditional_characters_that_names_its_owner_wins_over_the_headline() -> None:
    plan = rulegov.parse_plan(
        "重大行政決策聽取意見制度\n\n某市某區人民政府重大行政決策聽取意見制度\n\n"
        "第一條 為建立健全公眾參與重大行政決策的規則，制定本制度。\n"
        "第二條 區政府對重大行政事項做出決策前，應當聽取意見。\n"
    )
    assert plan.title == "某市某區人民政府重大行政決策聽取意見制度"
    assert plan.issuer == "某市某區人民政府"


def test_a_shared_files_heading_keeps_its_traditional_characters() -> None:
    plan = rulegov.parse_plan(
        "《市貫徹落實法治社會建設實施綱要(2020-2025年).docx》由會員分享,可在線閱讀。\n"
        "1、市貫徹落實法治社會建設實施綱要(2020-2025年)工作措施(征求意見稿)為建設社會主義"
        "法治社會,特制定本措施。一、推動全社會增強法治觀念\n"
    )
    assert plan.title == "市貫徹落實法治社會建設實施綱要(2020-2025年)工作措施(征求意見稿)"


def test_an_empty_number_label_right_over_the_heading_does_not_take_it_as_its_value() -> None:
    plan = rulegov.parse_plan(
        "    • 发布单位:某市人民政府\n    • 成文日期:2021-12-14\n    • 文号:\n"
        "某市人民政府关于印发《某市全面推进依法行政第五个五年规划(2011—2015年)》的通知\n"
        "各镇人民政府，市政府各部门:\n"
        "现将《某市全面推进依法行政第五个五年规划(2011—2015年)》印发给你们。\n"
        "某市人民政府\n2011年11月22日\n某市全面推进依法行政第五个五年规划(2011—2015年)\n"
        "一、指导思想\n坚持依法行政。\n"
    )
    assert plan.doc_number is None
    assert plan.notice is not None
    assert plan.notice.title == (
        "某市人民政府关于印发《某市全面推进依法行政第五个五年规划(2011—2015年)》的通知"
    )
    assert plan.issuer == "某市人民政府"


def test_a_sites_footer_under_the_signature_leaves_the_signature_the_documents() -> None:
    text = (
        "各直属单位、各处室:\n根据考核细则，特制定2017年度普法工作计划，请认真贯彻落实。\n"
        "一、具体工作\n1、积极开展《文物法》的宣传。\n2、组织开展12.4国家宪法日宣讲活动。\n"
        "某某纪念地管理局\n2017年3月10日\n"
    )
    footer = "主办单位:某市人民政府办公室 技术支持:某某网络公司\n网站标识码:1234567890 备案号:京ICP备12345678号\n"
    plain = rulegov.parse_plan(text)
    framed = rulegov.parse_plan(text + footer)
    assert (plain.issuer, plain.issued_on) == ("某某纪念地管理局", dt.date(2017, 3, 10))
    assert (framed.issuer, framed.issued_on) == (plain.issuer, plain.issued_on)
    assert any(d.code == "page-chrome" and "footer" in d.message for d in framed.diagnostics)


def test_a_date_written_with_dots_right_under_the_notices_text_is_the_date_of_issue() -> None:
    plan = rulegov.parse_plan(
        "某政办〔2020〕20号\n某县人民政府办公室\n关于印发某县2020年度法治政府建设\n工作安排的通知\n"
        "各乡镇人民政府，县直有关单位:\n"
        "《某县2020年度法治政府建设工作安排》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
        "2020.7.8\n某县2020年度法治政府建设工作安排\n一、依法全面履行政府职能\n(一)加强领导。\n"
    )
    assert plan.issued_on == dt.date(2020, 7, 8)
    assert plan.title == "某县2020年度法治政府建设工作安排"


def test_a_menu_row_bounded_by_pipes_over_the_notice_is_the_pages() -> None:
    text = (
        "某县人民政府关于印发《某县法治政府建设实施方案》的通知\n"
        "各乡镇人民政府，县直各单位:\n现将《某县法治政府建设实施方案》印发给你们，请认真贯彻执行。\n"
        "某县人民政府\n2023年5月10日\n某县法治政府建设实施方案\n一、总体要求\n坚持依法行政。\n"
    )
    plain = rulegov.parse_plan(text)
    menu = rulegov.parse_plan("| 首页 | 政务公开 | 政策文件 |\n" + text)
    assert menu.title == plain.title == "某县法治政府建设实施方案"
    assert (menu.issuer, menu.issued_on, menu.recipients) == (
        plain.issuer,
        plain.issued_on,
        plain.recipients,
    )


def test_a_date_with_dots_under_the_organ_that_signs_a_call_for_comments_is_its_date() -> None:
    plan = rulegov.parse_plan(
        "为推动法治某区建设，我办起草了《某区法治社会建设实施方案(2020—2025年)》(征求意见稿)，"
        "现公开征求意见。\n联 系 人:某某\n联系电话(传真):1234567\n电子邮箱:example@example.com\n"
        "中共某区委全面依法治区委员会办公室\n2022.9.14\n"
        "某区法治社会建设实施方案\n(2020—2025年)\n(征求意见稿)\n"
        "为推动法治某区建设，制定本方案。\n一、总体要求\n坚持依法治区。\n"
    )
    assert plan.issued_on == dt.date(2022, 9, 14)
    assert plan.issuer == "中共某区委全面依法治区委员会办公室"


def test_a_news_lead_names_the_issuer_before_the_grounds_it_cites() -> None:
    plan = rulegov.parse_plan(
        "我省印发《某省深化普法助推法治建设实施方案》\n\n"
        "本报讯 (记者 某某) 近日,省委全面依法治省委员会守法普法协调小组根据我省“八五”普法规划,"
        "制定印发了《某省深化普法助推法治建设实施方案》,旨在推进普法工作。\n"
    )
    assert plan.title == "某省深化普法助推法治建设实施方案"
    assert plan.issuer == "省委全面依法治省委员会守法普法协调小组"


def test_a_byline_of_poster_time_and_views_is_no_address() -> None:
    plan = rulegov.parse_plan(
        "某省教育厅关于转发教育部《全国教育系统法治宣传教育规划》的通知\n\n"
        "发布者:  时间:2016-09-21 15:01:15  浏览:\n\n"
        "各省辖市教育局,各高等学校:\n现将规划转发给你们,请认真贯彻实施。\n"
    )
    assert plan.recipients == ["各省辖市教育局", "各高等学校"]
    # the forwarded plan is the ministry's: its title, not the ministry's name before it
    assert plan.title == "全国教育系统法治宣传教育规划"
    assert plan.issuer == "某省教育厅"


def test_a_breadcrumb_ending_in_the_page_title_and_a_short_publisher_are_the_pages() -> None:
    plan = rulegov.parse_plan(
        "欢迎来到某研究数据库\n\n"
        "某研究数据库 > 地方政策 > 某自治区人民政府关于推进义务教育一体化改革发展的实施意见\n\n"
        "地方政策\n\n"
        "某自治区人民政府关于推进义务教育一体化改革发展的实施意见\n\n"
        "发布部门:某政府 发布时间:2017年04月27日\n"
        "为推进义务教育均衡发展,制定如下实施意见。\n一、总体要求\n"
    )
    assert plan.title == "某自治区人民政府关于推进义务教育一体化改革发展的实施意见"
    assert plan.issuer == "某自治区人民政府"
    assert plan.notice is None
    assert plan.issued_on is None  # the page's publication is not the date of issue


def test_a_column_named_by_two_kinds_of_document_is_the_sites() -> None:
    plan = rulegov.parse_plan(
        "计划规划\n\n关于2018年度全省法治政府建设工作情况的报告\n\n"
        "发布时间: 2019-04-12 15:53:49\n\n2018年,全省推进法治政府建设。现将有关情况报告如下。\n"
    )
    assert plan.title == "关于2018年度全省法治政府建设工作情况的报告"


def test_an_adoption_note_in_chinese_numerals_dates_the_document_under_its_title() -> None:
    plan = rulegov.parse_plan(
        "中共某省委关于全面推进依法治省的实施意见\n\n30.11.2014  23:43\n\n"
        "    (二○一四年十一月二十一日中共某省委十届四次全体会议通过)\n\n"
        "    为深入贯彻党的精神,结合我省实际,现就全面推进依法治省制定如下实施意见。\n"
    )
    assert plan.title == "中共某省委关于全面推进依法治省的实施意见"
    assert plan.notice is None
    assert plan.issuer == "中共某省委"
    assert plan.issued_on == dt.date(2014, 11, 21)


def test_a_page_title_cut_short_is_completed_in_traditional_characters_too() -> None:
    plan = rulegov.parse_plan(
        "中共某县委宣传部、某县司法局關於在全县开展法治宣传教育的第八个五年規劃(2...\n\n"
        "[復制链接]\n"
        "中共某县委宣传部、某县司法局關於在全县开展法治宣传教育的第八个五年規劃(2021-2025年)\n\n"
        "为深入学习宣传贯彻习近平法治思想,结合我县實际,制定本規劃。\n"
    )
    assert plan.title == (
        "中共某县委宣传部、某县司法局關於在全县开展法治宣传教育的第八个五年規劃(2021-2025年)"
    )


def test_joint_issuers_run_together_in_traditional_characters_stay_as_printed() -> None:
    plan = rulegov.parse_plan(
        "县委辦發〔2012〕144号\n\n中共某县委辦公室某县人民政府辦公室\n\n"
        "關於印發《某县普法依法治理工作考评細則》的通知\n\n各乡镇党委、政府,县直各单位:\n"
        "现将细则印發你们,請认真贯彻执行。\n\n二○一二年十一月二十三日\n"
    )
    assert plan.issuer == "中共某县委辦公室、某县人民政府辦公室"


def test_the_signatures_full_name_in_traditional_characters_completes_a_short_heading() -> None:
    plan = rulegov.parse_plan(
        "区人民政府辦公室關於印發某区目标任務责任分解方案的通知\n\n"
        "2023-01-05 10:00 区人民政府辦公室\n"
        "索 引 号 MB1534522/2023-05475 發文日期 2023-01-03\n"
        "發布机构 区人民政府辦公室 文    号 某政辦〔2023〕1号\n\n"
        "各街道辦事处,区人民政府各部门:\n\n现将方案印發给你们,請认真执行。\n\n"
        "一、各责任单位要高度重视。\n\n某某区人民政府辦公室\n\n2023年1月3日\n"
    )
    assert plan.issuer == "某某区人民政府辦公室"


def test_the_notices_office_in_traditional_characters_wins_over_the_pages_publisher() -> None:
    plan = rulegov.parse_plan(
        "[ 索引号 ] 115002310086780358/2023-00063 [ 發文字号 ] 某府辦發〔2023〕32号\n"
        "[ 發布机构 ] 某县人民政府 [ 有效性 ]\n"
        "[ 成文日期 ] 2023-08-02 [ 發布日期 ] 2023-08-03\n\n"
        "某县人民政府辦公室關於印發2023年度某县重大行政決策事项目录的通知\n\n"
        "某县人民政府辦公室\n\n關於印發2023年度某县\n\n重大行政決策事项目录的通知\n\n"
        "各乡镇人民政府,县政府各部门:\n\n现将目录印發给你们,请认真执行:\n\n"
        "一、各承辦单位要严格履行程序。\n\n                            某县人民政府辦公室\n\n"
        "                     202382\n"
    )
    assert plan.issuer == "某县人民政府辦公室"


def test_a_date_that_lost_its_separators_is_read_by_the_pages_publication_date() -> None:
    text = (
        "某区人民政府办公室关于印发2022年目标任务的通知\n发布日期:{published}\n\n"
        "各镇人民政府,区级各部门:\n现将目标任务印发给你们,请认真执行。\n\n"
        "某区人民政府办公室\n\n2022121日\n"
    )
    # 2022121日 reads as January 21 or December 1: the page published it on January 21
    assert rulegov.parse_plan(text.format(published="2022-01-21")).issued_on == dt.date(2022, 1, 21)
    # published in December, both readings fit: the date stays unread
    plan = rulegov.parse_plan(text.format(published="2022-12-05"))
    assert plan.issued_on is None
    assert any(d.code == "unread-date" for d in plan.diagnostics)


def test_a_heading_printed_again_broken_after_a_word_reads_whole() -> None:
    plan = rulegov.parse_plan(
        "某自治区人民代表大会常务委员会关于在全区公民中开展第八个五年法治宣传教育的决议\n\n"
        "維基文庫,自由的圖書館\n"
        "某自治区人民代表大会常务委员会关于在全区公民中\n开展第八个五年法治宣传教育的决议\n\n"
        "常委会公告〔十三届〕第52号\n\n"
        "2021年7月28日某自治区第十三届人民代表大会常务委员会第二十七次会议通过\n\n"
        "  2016年至2020年,全区法治宣传教育第七个五年规划顺利实施完成。\n"
    )
    assert plan.title == (
        "某自治区人民代表大会常务委员会关于在全区公民中开展第八个五年法治宣传教育的决议"
    )
    # the meeting's adoption on a line of its own, without brackets, dates the resolution
    assert plan.issued_on == dt.date(2021, 7, 28)
    assert plan.doc_number == "常委会公告〔十三届〕第52号"


def test_a_meeting_named_in_a_sentence_of_the_text_does_not_date_the_document() -> None:
    plan = rulegov.parse_plan(
        "某县2021年普法工作要点\n2021年3月5日县政府常务会议审议通过了《某县普法规划》。\n"
        "一、加强组织领导\n"
    )
    assert plan.issued_on is None


def test_a_byline_ending_in_an_empty_label_leaves_the_menu_under_it_to_the_page() -> None:
    plan = rulegov.parse_plan(
        "作者: 时间:2023-05-10 10:00:00 浏览次数:\n欢迎访问某县政府门户网站!\n\n"
        "县委| 县人大| 县政协\n\n中共某县委 某县人民政府\n\n"
        "关于印发《某县深入推进法治政府建设实施方案》的通知\n\n各镇党委和人民政府,县直机关各单位:\n"
        "现将《某县深入推进法治政府建设实施方案》印发给你们,请认真贯彻执行。\n\n"
        "中共某县委\n某县人民政府\n2017年3月22日\n\n某县深入推进法治政府建设实施方案\n\n一、总体要求\n"
    )
    assert plan.title == "某县深入推进法治政府建设实施方案"
    assert plan.recipients == ["各镇党委和人民政府", "县直机关各单位"]
    assert plan.issued_on == dt.date(2017, 3, 22)


def test_a_pages_publishing_department_is_read_as_its_publishing_body() -> None:
    plan = rulegov.parse_plan(
        "2023年全县普法依法治理工作要点\n发布部门:某县司法局 发布时间:2023年03月01日\n"
        "为深入推进普法工作,制定本要点。\n一、加强组织领导\n"
    )
    assert plan.title == "2023年全县普法依法治理工作要点"
    assert plan.issuer == "某县司法局"
    assert plan.issued_on is None


def test_a_columns_name_in_quotes_before_a_heading_is_the_sites_tag() -> None:
    plan = rulegov.parse_plan(
        "“党政混合信息公开” 中共某区委办公室 某区人民政府办公室印发《某区三年行动计划(2018—2020年)》的通知\n"
        "某区三年行动计划\n(2018—2020年)\n为贯彻落实战略部署,特制定本行动计划。\n一、总体要求\n"
    )
    assert plan.issuer == "中共某区委办公室、某区人民政府办公室"
    assert plan.notice is not None
    assert plan.notice.title is not None
    assert plan.notice.title.startswith("中共某区委办公室")
    # a quoted phrase that opens a title without a space stays the title's
    titled = rulegov.parse_plan("“八五”普法规划实施方案\n一、总体要求\n")
    assert titled.title == "“八五”普法规划实施方案"


def test_a_heading_under_a_lawyers_contact_line_and_a_long_menu_is_the_title() -> None:
    plan = rulegov.parse_plan(
        "某某律师联系电话:13900000000\n\n开机时间:365天 8:00~21:00\n\n"
        "首页 | 人格权 | 婚姻法 | 继承法 | 收养法 | 侵权法 | 房地产法 | 交通事故 | 民事诉讼法 | 网站地图\n\n"
        "某某检察院关于全面服务保障法治建设的决定\n\n"
        "【发布部门】某某检察院【发布日期】2020.08.05【效力级别】地方司法文件\n\n"
        "为深入推进法治建设,特作如下决定。\n\n一、指导思想\n\n坚持以人民为中心。\n"
    )
    assert plan.title == "某某检察院关于全面服务保障法治建设的决定"
    assert "某某律师" not in plan.title
    assert plan.issuer == "某某检察院"


def test_a_menus_bullet_before_the_heading_is_not_part_of_the_title() -> None:
    plan = rulegov.parse_plan(
        "某某信用担保有限公司\n\n  • 法律图书馆\n\n  • 新法规速递\n\n"
        "  • 2020—2022年某某改革工作规划\n\n"
        "    2020—2022年某某改革工作规划\n\n    某省人民检察院\n\n"
        "    党的十八大以来,检察机关扎实推进改革。\n\n一、总体要求\n\n坚持党的领导。\n"
    )
    assert plan.title == "2020—2022年某某改革工作规划"


def test_a_pages_department_naming_in_full_the_headings_organ_is_the_issuer() -> None:
    plan = rulegov.parse_plan(
        "某省检察院关于全面服务保障法治建设的决定\n\n"
        "【发布部门】某省人民检察院【发布日期】2020.08.05【实施日期】2020.08.05"
        "【效力级别】地方司法文件\n\n"
        "为深入推进法治建设,特作如下决定。\n\n一、指导思想\n\n坚持以人民为中心。\n"
    )
    assert plan.issuer == "某省人民检察院"


def test_a_pages_department_naming_the_government_short_leaves_the_headings_organ() -> None:
    plan = rulegov.parse_plan(
        "某某自治区人民政府关于加强法治乡村建设的实施意见\n\n"
        "发布部门:某某政府 发布时间:2020-05-06\n\n"
        "为推进法治乡村建设,提出如下意见。\n\n一、总体要求\n\n坚持党的领导。\n"
    )
    assert plan.issuer == "某某自治区人民政府"


def test_a_breadcrumb_under_the_sites_name_is_not_joined_into_the_title() -> None:
    plan = rulegov.parse_plan(
        "某市司法局\n当前位置:某市司法局 >  政务公开 >  规划计划 >  中长期发展规划\n"
        "关于在全市开展法治宣传教育的第八个五年规划(2021-2025年)\n"
        "2024-06-20 17:08 来源:某市司法局\n\n全民普法是全面依法治国的长期性基础性工作。\n"
    )
    assert plan.title == "关于在全市开展法治宣传教育的第八个五年规划(2021-2025年)"


def test_a_menus_bullet_before_a_date_alone_is_read_without_an_error() -> None:
    plan = rulegov.parse_plan(
        "  • 2022-09-21\n为推进法治建设,制定本方案。\n一、加强组织领导。\n二、强化督查。\n"
    )
    assert [task.title for task in plan.tasks] == ["加强组织领导", "强化督查"]


@pytest.mark.parametrize(
    "site",
    ["某某法律网—法律法规查看", "當前位置:某某範文網 >\n\n條據 >條例 >"],
)
def test_a_sites_name_or_breadcrumb_trail_over_the_notice_is_no_title(site: str) -> None:
    plan = rulegov.parse_plan(
        f"{site}\n\n某市人民政府关于印发某市安全生产年活动方案的通知\n\n"
        "各区人民政府，市属各委、局、办：\n现将《某市安全生产年活动方案》印发给你们，请认真贯彻执行。\n"
        "二○一○年四月九日\n某市安全生产年活动方案\n一、工作目标\n二、工作措施\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府关于印发某市安全生产年活动方案的通知"
    assert plan.title == "某市安全生产年活动方案"
    assert plan.issuer == "某市人民政府"


def test_a_bureaus_name_over_its_disclosure_block_is_no_title() -> None:
    plan = rulegov.parse_plan(
        "某区某局\n"
        "索引号: 000000000000000000/202501-00001 组配分类: 决策部署落实情况\n"
        "发布机构: 某区某局 主题分类: 其他\n"
        "名称: 某区某局2025年重点工作任务分解表 文号:\n"
        "发文日期: 2025-01-02 发布日期: 2025-01-02\n"
        "某区某局2025年重点工作任务分解表\n一、主要目标\n1.完成年度主要目标任务。\n"
    )
    assert plan.title == "某区某局2025年重点工作任务分解表"
    assert plan.issuer == "某区某局"


@pytest.mark.parametrize(
    "publisher",
    ["发布机构: 某市某区某局 主题分类: 其他\n", "主题分类: 其他\n"],
    ids=["publisher-named-in-full", "no-publisher"],
)
def test_a_bureaus_name_over_its_block_is_no_title_however_the_block_names_it(
    publisher: str,
) -> None:
    plan = rulegov.parse_plan(
        f"某区某局\n索引号: 000000000000000000/202501-00001\n{publisher}"
        "名称: 某区某局2025年重点工作任务分解表 文号:\n发文日期: 2025-01-02\n"
        "一、主要目标\n1.完成年度主要目标任务。\n"
    )
    assert plan.title == "某区某局2025年重点工作任务分解表"


@pytest.mark.parametrize(
    "line",
    ["某市“互联网—政务服务”工作要点", "某市一张网-一网通办工作要点", "某县天网-雪亮工程实施方案"],
    ids=["quoted", "one-network", "programme"],
)
def test_a_title_that_names_a_network_over_a_dash_is_the_documents_title(line: str) -> None:
    plan = rulegov.parse_plan(f"{line}\n一、深化改革\n1.完善便民服务。\n2.推进网上办理。\n")
    assert plan.title == line
    assert [t.path for t in plan.tasks] == [("一", "1"), ("一", "2")]


def test_a_line_of_the_text_that_names_a_network_over_a_dash_is_kept() -> None:
    plan = rulegov.parse_plan(
        "某市2021年政务服务工作要点\n一、推进“互联网—监管”建设\n"
        "1.建设公共法律服务网—12348热线。\n2.推进政务服务一张网-一网通办。\n"
        "二、建设“天网-雪亮”工程\n3.加强电网-配网改造。\n4.加强视频监控。\n"
    )
    assert [(s.number, s.title) for s in plan.sections] == [
        ("一", "推进“互联网—监管”建设"),
        ("二", "建设“天网-雪亮”工程"),
    ]
    assert [(t.path, t.title) for t in plan.tasks] == [
        (("一", "1"), "建设公共法律服务网—12348热线"),
        (("一", "2"), "推进政务服务一张网-一网通办"),
        (("二", "3"), "加强电网-配网改造"),
        (("二", "4"), "加强视频监控"),
    ]


def test_an_article_that_names_this_regulation_among_its_duties_is_no_framing_article() -> None:
    plan = rulegov.parse_plan(
        "某市法制宣传教育条例\n第一条 为了加强法制宣传教育工作，制定本条例。\n"
        "第二条 本条例适用于本市行政区域内的法制宣传教育工作。\n"
        "第三条 各级国家机关应当严格遵守本条例，每年组织开展法律知识考试。\n"
        "第四条 在本市开展法制宣传教育活动，应当遵守本条例。\n"
        "第五条 市司法行政部门应当做好下列工作：\n（一）制定法制宣传教育工作规划；\n"
        "（二）组织法制宣传教育培训和考试。\n"
    )
    assert [t.path for t in plan.tasks] == [
        ("第三条",),
        ("第五条", "（一）"),
        ("第五条", "（二）"),
    ]


def test_a_disclosure_table_in_pipes_gives_its_values_without_the_pipes() -> None:
    plan = rulegov.parse_plan(
        "[ 索引号 ] | 1150/2024-00007 | [ 发文字号 ] | 某府发〔2024〕2号 |\n"
        "[ 发布机构 ] | 某镇 | [ 成文日期 ] | 2024-02-22 |\n"
        "某镇人民政府关于印发2024年工作要点的通知\n各村民委员会:\n"
        "现将《2024年工作要点》印发给你们。\n"
    )
    assert plan.doc_number == "某府发〔2024〕2号"
    assert plan.issued_on == dt.date(2024, 2, 22)


def test_a_notice_pasted_with_its_pages_markup_is_read_one_paragraph_a_line() -> None:
    plan = rulegov.parse_plan(
        "文号 :某政发〔2018〕13号\n"
        "<p>各市、县人民政府,省人民政府各委、办、厅、局:</p><p> 现将《某省增收实施方案》印发给你们。</p>"
        '<p style="text-align: right;"> 某省人民政府</p><p style="text-align: right;"> 2018年3月27日</p>'
        '<p style="text-align: center;"><strong>某省增收实施方案</strong></p>'
        "<p><strong> 一、指导思想</strong></p><p> 以新发展理念为指导。</p>\n"
    )
    assert plan.recipients == ["各市、县人民政府", "省人民政府各委、办、厅、局"]
    assert plan.issuer == "某省人民政府"
    assert plan.issued_on == dt.date(2018, 3, 27)
    assert plan.title == "某省增收实施方案"


def test_a_page_pasted_onto_one_line_is_cut_at_each_of_its_many_tags() -> None:
    # a page's source is often one line: 100 000 tags on it are each a cut, every part mapping
    # back to its place (the line is normalised once, not once for every tag)
    lines = split_lines("现将方案<br/>" * 100_000)
    assert len(lines) == 100_000
    assert {line.text for line in lines} == {"现将方案"}
    assert lines[-1].start == 9 * 99_999
    parts = split_lines("各 单位: <p>现将 方案</p><p> 印发。</p>")
    assert [(part.text, part.printed(0, len(part.text))) for part in parts] == [
        ("各单位:", "各单位:"),
        ("现将方案", "现将方案"),
        ("印发。", "印发。"),
    ]


def test_a_disclosure_pages_links_to_the_interpretation_are_no_head() -> None:
    plan = rulegov.parse_plan(
        "部门解读:\n\n关于《某区人民政府办公室关于做好民生实事工作的通知》 政策解读\n\n一图读懂:\n\n"
        "文件下载:\n\n[ 发文字号 ] 某府办发〔2024〕6号\n[ 发布机构 ] 某区政府办公室\n\n"
        "某区人民政府办公室关于做好民生实事工作的通知\n\n各街道办事处,区政府各部门:\n\n"
        "为办好民生实事,现就有关事宜通知如下\n\n一、提高政治站位\n\n各单位要高度重视。\n"
    )
    assert plan.title == "某区人民政府办公室关于做好民生实事工作的通知"
    assert plan.issuer == "某区人民政府办公室"
    assert plan.recipients == ["各街道办事处", "区政府各部门"]


def test_a_documents_own_words_in_angle_brackets_are_no_markup() -> None:
    # x <p 值> 0.05 and ＜Ｉ＞类 look like tags once folded, but HTML prints neither so
    plan = rulegov.parse_plan(
        "某市2024年大气污染防治工作要点\n一、重点任务\n"
        "（一）显著性检验以x <p 值> 0.05为准。市生态环境局负责。\n"
        "（二）水质达到＜Ｉ＞类标准的断面比例≥80%。市水务局负责。\n"
    )
    assert [task.text for task in plan.tasks] == [
        "显著性检验以x<p值>0.05为准。",
        "水质达到＜Ｉ＞类标准的断面比例≥80%。",
    ]


def test_pasted_markup_with_links_and_list_items_is_read_without_its_tags() -> None:
    lines = split_lines('<ul><li>各单位:</li><li><a href="/x.html">现将方案印发。</a></li></ul>')
    assert [line.text for line in lines] == ["各单位:", "现将方案印发。"]


def test_a_plans_tasks_on_interpretation_and_downloads_are_no_page_links() -> None:
    # a disclosure plan's items name the page's columns (政策解读:, 文件下载:): they are tasks
    plan = rulegov.parse_plan(
        "某市2024年政务公开工作要点\n一、加强政策解读\n"
        "（一）组织开展《某市优化营商环境条例》政策解读。市司法局负责。\n"
        "（二）政策解读:重要政策文件印发后3个工作日内发布解读材料。市政府办公室负责。\n"
        "（三）做好《某市国土空间总体规划》解读\n"
        "（四）文件下载:在政府网站设置文件下载专区,方便群众获取。\n"
    )
    assert [task.text for task in plan.tasks] == [
        "组织开展《某市优化营商环境条例》政策解读。",
        "政策解读:重要政策文件印发后3个工作日内发布解读材料。",
        "做好《某市国土空间总体规划》解读",
        "文件下载:在政府网站设置文件下载专区,方便群众获取。",
    ]


def test_an_interpretations_own_heading_is_its_title() -> None:
    # no page's label over it (部门解读:): the document interprets a rule, and this is its title
    plan = rulegov.parse_plan(
        "关于《某市优化营商环境条例》的政策解读\n一、起草背景\n为优化营商环境,制定本条例。\n"
    )
    assert plan.title == "关于《某市优化营商环境条例》的政策解读"


def test_a_sites_link_list_after_the_signature_is_no_title() -> None:
    plan = rulegov.parse_plan(
        "关于提请审议某区调整区划的议案\n某府议[2019]1号\n区政协常委会:\n"
        "现提请区政协常委会审议。\n某区人民政府\n二0一九年一月八日\n"
        "相关链接\n--国家部门网站--\n--省政府部门--\n--站群导航--\n"
    )
    assert plan.title == "关于提请审议某区调整区划的议案"
    assert plan.notice is None or plan.notice.title is None
    assert plan.issued_on == dt.date(2019, 1, 8)


def test_a_pdfs_page_number_run_onto_a_line_is_no_title() -> None:
    plan = rulegov.parse_plan(
        "关于报送《某委地震应急预案》的报告\n某办〔2020〕1085号\n某指挥部办公室:\n"
        "现将我委预案随文附后上报。\n—1—\n(此页无正文)\n某市发展和改革委员会\n2020年8月10日\n"
        "(此件主动公开)—2—\n某委地震应急预案\n1 总则\n"
    )
    assert plan.title == "某委地震应急预案"


def test_a_breadcrumbs_current_page_label_is_no_address() -> None:
    plan = rulegov.parse_plan(
        "當前頁面:\n首頁\n> 政務公開\n> 法規文件\n某鎮黨政領導干部安全生產責任制\n實施細則\n"
        "第一章 總則\n第一條 為了加強安全生產工作,制定本細則。\n"
    )
    assert plan.recipients == []
    assert plan.title == "某鎮黨政領導干部安全生產責任制實施細則"


def test_a_disclosure_rows_validity_label_is_no_issuer() -> None:
    plan = rulegov.parse_plan(
        "市人民政府办公室关于印发某行动推进方案的通知\n"
        "索引号 000014349/2020-3761045 成文日期 2020-10-15\n文号 发布时间 2020-10-15\n"
        "发布机构 文件有效性\n各县人民政府:\n现将方案印发给你们。\n2020928\n(此件公开发布)\n"
        "某行动推进方案\n"
    )
    assert plan.issuer == "市人民政府办公室"


@pytest.mark.parametrize(
    "item",
    [
        "2.加强政府门户网站建设,及时更新栏目。(信息中心负责)",
        "2、及时更新门户网站的行政法规文本(政策法规科牵头)",
        "(二)优化政府门户网站功能。",
        "(二)加强文物收藏管理。",
    ],
)
def test_an_item_whose_work_is_a_portal_or_a_collection_is_no_page_furniture(item: str) -> None:
    first, third = ("(一)", "(三)") if item.startswith("(") else ("1.", "3.")
    plan = rulegov.parse_plan(
        "某市人民政府门户网站\n某市2021年政务公开工作要点\n一、推进重点信息公开\n"
        f"{first}规范规章公开。\n{item}\n{third}加强政务新媒体管理。\n"
    )
    assert len(plan.tasks) == 3
    # the site's own name over the page stays its furniture
    assert [d.line for d in plan.diagnostics if d.code == "page-chrome"] == [1]


@pytest.mark.parametrize(
    "title",
    ["某县人民政府门户网站建设实施方案", "某县政府门户网站管理办法(试行)", "某县文物收藏管理规定"],
)
def test_a_title_naming_a_portal_or_a_collection_is_the_documents(title: str) -> None:
    # a line naming a document's kind is a title, whatever it names; the site's name stays chrome
    plan = rulegov.parse_plan(
        f"某县人民政府门户网站\n{title}\n为加强门户网站建设,制定本方案。\n一、重点任务\n1.加强领导。\n"
    )
    assert plan.title == title
    assert [d.line for d in plan.diagnostics if d.code == "page-chrome"] == [1]


@pytest.mark.parametrize(
    ("number", "item"),
    [
        ("一是", "加强文物收藏管理"),
        ("二是", "加强门户网站建设"),
        ("第二章", " 门户网站"),
        ("第二条", " 县政府门户网站由县政府办公室管理"),
        ("第三节", "门户网站"),
        ("①", "门户网站建设"),
    ],
)
def test_a_line_numbered_in_any_style_that_names_a_portal_stays_in_the_text(
    number: str, item: str
) -> None:
    # a part's heading, an article, an item or a line of a part's text: the plan's own words
    plan = rulegov.parse_plan(f"某县2023年工作方案\n一、重点任务\n{number}{item}\n")
    assert not [d for d in plan.diagnostics if d.code == "page-chrome"]
    sections = list(plan.sections)
    read = [f"{task.title}\n{task.text or ''}" for task in plan.tasks]
    while sections:
        section = sections.pop()
        read += [section.title or "", section.text or ""]
        sections += section.children
    assert any(item.strip() in words for words in read)


def test_a_sentence_about_the_portal_in_an_items_text_stays_its_text() -> None:
    plan = rulegov.parse_plan(
        "某市2021年政务公开工作要点\n一、加强平台建设\n1.优化网站功能。\n"
        "及时更新门户网站的栏目。\n2.加强政务新媒体管理。\n"
    )
    assert not [d for d in plan.diagnostics if d.code == "page-chrome"]
    assert "门户网站" in plan.tasks[0].text


@pytest.mark.parametrize(
    "fields",
    [
        "发布时间:2022-09-01\n政策级别:市级\n发文部门:某市人民政府办公室\n政策主题:引导扶持\n",
        "政策级别:省级\n政策分类:就业创业\n发文部门:某市人民政府办公室\n",
        "发布时间:2022-09-01 政策类型:规范性文件\n发文部门:某市人民政府办公室\n",
    ],
)
def test_a_policy_databases_fields_are_no_title_and_name_the_issuer(fields: str) -> None:
    plan = rulegov.parse_plan(
        fields + "某政办〔2022〕51号\n各区人民政府,市各委办局:\n"
        "《关于稳定和扩大就业若干政策措施》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
        "某市人民政府办公室\n2022年9月1日\n一、加大助企纾困\n(一)加大税费减免力度。\n"
    )
    assert plan.title == "关于稳定和扩大就业若干政策措施"
    assert plan.issuer == "某市人民政府办公室"


_FIELDS = (
    ("索引号", "11320900/2024-00130"),
    ("发布机构", "某区司法局"),
    ("成文日期", "2024-04-18"),
    ("文号", "某司发〔2024〕3号"),
)


def _block(form: str) -> str:
    if form == "label a line":
        return "".join(f"{label}：{value}\n" for label, value in _FIELDS)
    if form == "one field a tab row":
        return "".join(f"{label}\t{value}\n" for label, value in _FIELDS)
    if form == "two fields a tab row":
        first, second, third, fourth = (f"{label}\t{value}" for label, value in _FIELDS)
        return f"{first}\t{second}\n{third}\t{fourth}\n"
    return "".join(f"| {label} | {value} |\n" for label, value in _FIELDS)


@pytest.mark.parametrize(
    "form", ["label a line", "one field a tab row", "two fields a tab row", "pipe rows"]
)
def test_a_disclosure_block_in_any_printed_form_gives_the_fields(form: str) -> None:
    plan = rulegov.parse_plan(
        _block(form) + "\n关于印发《2024年全区普法依法治理工作要点》的通知\n各镇、街道：\n"
        "现将要点印发给你们，请认真贯彻执行。\n某区司法局\n2024年4月18日\n"
        "2024年全区普法依法治理工作要点\n一、加强学习宣传\n1.开展培训。\n"
    )
    assert plan.doc_number == "某司发〔2024〕3号"
    assert plan.issuer == "某区司法局"
    assert plan.title == "2024年全区普法依法治理工作要点"
    assert not [d for d in plan.diagnostics if d.code == "unaccounted-line"]


_BODY = "为深入贯彻落实习近平法治思想，结合我区实际，制定本要点。"
_RUN_ON_BYLINES = {
    "day and minute": f"发布时间：2023-05-10 10:30 {_BODY}",
    "half-width colon, seconds": f"发布时间:2023-05-10 10:30:15 {_BODY}",
    "no space": f"发布日期：2023-05-10{_BODY}",
    "Chinese day, ideographic space": f"发布时间：2023年05月10日 10:30\u3000{_BODY}",
    "source, then the day": f"来源：区司法局  发布时间：2023-05-10 10:30 {_BODY}",
    "the day, then the source": f"发布时间：2023-05-10 10:30 来源：区司法局 {_BODY}",
    "the day, then a count": f"发布时间：2023-05-10 浏览次数：128 {_BODY}",
}


@pytest.mark.parametrize("byline", _RUN_ON_BYLINES.values(), ids=_RUN_ON_BYLINES)
def test_a_byline_run_on_into_the_first_paragraph_leaves_the_paragraph_its_own(
    byline: str,
) -> None:
    plan = rulegov.parse_plan(
        f"某区2023年法治建设工作要点\n{byline}\n一、加强法治宣传\n开展普法。（区司法局负责）\n"
    )
    assert plan.title == "某区2023年法治建设工作要点"
    assert plan.preamble == _BODY
    assert [task.title for task in plan.tasks] == ["加强法治宣传"]


def test_a_bylines_own_values_stay_its_own() -> None:
    # no sentence after the value: the byline keeps its line
    plan = rulegov.parse_plan(
        "某区2023年法治建设工作要点\n发布时间：2023-05-10 10:30 来源：区司法局\n"
        "一、加强法治宣传\n开展普法。（区司法局负责）\n"
    )
    assert plan.preamble is None
    assert [task.title for task in plan.tasks] == ["加强法治宣传"]


_PLAN_BODY = (
    "一、工作任务\n（一）加强组织领导。（市政府办公室负责）\n（二）完善制度建设。（市司法局负责）\n"
)


@pytest.mark.parametrize(
    "mark",
    [
        "EN",  # a site's switch of language over the page
        " EN ",
        "(上接第一版)",  # a newspaper's continuation, half- and full-width
        "（上接第1版）",
        "【接第A3版】",
        "Page 7 - 某某药房(网络版)2023年1期\nP. 7",  # a journal's running head in its PDF
        "某某杂志 2023年第45卷第3期",  # a journal's name with its volume and issue
        "某某学报２０２３年第１期",
        "2023 年 3 月 第 1 期",
        "总第120期",
    ],
)
def test_a_copys_marks_above_the_heading_are_never_the_title(mark: str) -> None:
    plan = rulegov.parse_plan(f"{mark}\n某市2023年法治政府建设工作要点\n{_PLAN_BODY}")
    assert plan.title == "某市2023年法治政府建设工作要点"
    assert "no-title" not in codes(plan)


@pytest.mark.parametrize("mark", ["EN", "（上接第一版）", "某某杂志2023年第3期"])
def test_a_copy_without_a_heading_under_its_marks_has_a_stand_in_title_said_so(mark: str) -> None:
    plan = rulegov.parse_plan(f"{mark}\n（三）强化宪法学习宣传教育\n{_PLAN_BODY}")
    assert plan.title == "（三）强化宪法学习宣传教育"
    [note] = [d for d in plan.diagnostics if d.code == "no-title"]
    assert (note.line, note.column) == (2, 1)


_ARTICLE = ("某市2023年工作要点", "某市推进委员会办公室")


@pytest.mark.parametrize(
    ("head", "article"),
    [
        ("2023 年 3 月 第 1 期    某市推进委员会办公室:某市2023年工作要点    3", _ARTICLE),
        ("2023年3月第1期　某市推进委员会办公室：某市2023年工作要点　3", _ARTICLE),
        ("4    某市推进委员会办公室:某市2023年工作要点    2023年第1期", _ARTICLE),
        (
            "2023年3月第1期 某市推進委員會辦公室:某市2023年工作要點 3",
            ("某市2023年工作要點", "某市推進委員會辦公室"),
        ),
    ],
)
def test_a_journals_running_head_names_the_article_a_copy_starts_inside(
    head: str, article: tuple[str, str]
) -> None:
    plan = rulegov.parse_plan(
        f"Page 7 - 某某药房2023年1期\n{head}\n（四）持续推进宣讲员队伍建设。（市卫健委负责）\n"
    )
    assert (plan.title, plan.issuer) == article


def test_a_heading_under_a_journals_running_head_is_the_title() -> None:
    plan = rulegov.parse_plan(
        "2023年3月第1期 某市推进委员会办公室:某市2023年工作要点 3\n某市2023年健康促进行动方案\n"
        + _PLAN_BODY
    )
    assert plan.title == "某市2023年健康促进行动方案"


_READ_ALOUD = (
    "语音播报\n语音合成中，请耐心等待...\n进入播报模式\n语音播报\n退出播报模式\n",
    "【语音播报】\n",
    "全文朗读 | 停止朗读\n",
    "听全文\n",
    "日期：2026-02-09\n语音播报  进入播报模式\n",
)


@pytest.mark.parametrize("widget", _READ_ALOUD)
def test_a_pages_reading_aloud_controls_under_the_heading_are_never_the_title(
    widget: str,
) -> None:
    plan = rulegov.parse_plan(
        "某县某镇人民政府关于2025年度法治政府建设情况的报告\n\n"
        + widget
        + "\n2025年，某镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将情况报告如下：\n"
        "一、主要举措和成效\n（一）强化法治思想引领。\n"
    )
    assert plan.title == "某县某镇人民政府关于2025年度法治政府建设情况的报告"
    assert plan.notice is None or plan.notice.title is None
    assert plan.issuer == "某县某镇人民政府"


@pytest.mark.parametrize("widget", _READ_ALOUD)
def test_a_pages_reading_aloud_controls_over_the_heading_are_never_the_title(widget: str) -> None:
    plan = rulegov.parse_plan(
        widget + "某县2025年法治政府建设工作要点\n一、加强组织领导。\n二、强化督查。\n"
    )
    assert plan.title == "某县2025年法治政府建设工作要点"


def test_a_task_that_names_reading_aloud_as_its_work_stays_a_task() -> None:
    plan = rulegov.parse_plan(
        "某县2025年政务公开工作要点\n一、完善政府网站适老化改造，提供语音播报服务。\n二、强化督查。\n"
    )
    assert plan.title == "某县2025年政务公开工作要点"
    assert plan.tasks[0].title.startswith("完善政府网站适老化改造")


_REPORT_BODY = (
    "某镇2025年度法治政府建设情况报告\n"
    "2025年，某镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将情况报告如下：\n"
    "一、主要举措和成效\n（一）强化法治思想引领。\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        "- 索 引 号：370481/2026-00251\n- 发布机构：某县\n- 成文时间：2026年01月21日\n",
        "[ 索引号 ] 11500229/2026-00004 [ 发文字号 ]\n[ 发布机构 ] 某省某市 [ 主题分类 ] 其他\n",
        "| 索引号 | 11500229/2026-00004 | 发布机构 | 某区 |\n| 成文日期 | 2026-01-21 | 发文字号 | |\n",
        "发文机关：某开发区·某某区\n成文日期：2026-01-21\n",
    ],
)
def test_a_disclosure_field_naming_a_county_or_more_and_no_body_of_it_names_no_issuer(
    fields: str,
) -> None:
    plan = rulegov.parse_plan(fields + "\n" + _REPORT_BODY)
    assert plan.title == "某镇2025年度法治政府建设情况报告"
    assert plan.issuer is None


def _place_report(place: str) -> str:
    return (
        f"{place}2025年度法治政府建设情况报告\n"
        f"2025年，{place}坚持以习近平法治思想为指导，扎实推进法治政府建设。现将情况报告如下：\n"
        "一、主要举措和成效\n（一）强化法治思想引领。\n"
    )


@pytest.mark.parametrize(
    ("fields", "place"),
    [
        ("- 索 引 号：370481/2026-00251\n- 发布机构：某镇\n- 成文时间：2026年01月21日\n", "某镇"),
        (
            "[ 索引号 ] 11500229/2026-00004 [ 发文字号 ]\n[ 发布机构 ] 某区某镇 [ 主题分类 ] 其他\n",
            "某区某镇",
        ),
        (
            "| 索引号 | 11500229/2026-00004 | 发布机构 | 某某乡 |\n| 成文日期 | 2026-01-21 | 文号 | |\n",
            "某某乡",
        ),
        ("发文机关：某某街道\n成文日期：2026-01-21\n", "某某街道"),
        (
            "[ 索引号 ]11500110/2026-00068 [ 发布机构 ]某经济技术开发区 [ 成文日期 ]2026-02-09\n",
            "某经济技术开发区",
        ),
        ("组配分类 法治政府建设年度报告 发布机构 某某镇\n成文日期 2026-01-21 文号\n", "某某镇"),
    ],
)
def test_a_disclosure_field_naming_a_town_or_a_zone_alone_names_it_the_issuer(
    fields: str, place: str
) -> None:
    # a town, a township, a street office and a development zone publish in their own name:
    # with nothing in the document naming its organ, the field's place is the issuer
    plan = rulegov.parse_plan(fields + "\n" + _place_report(place))
    assert plan.title == f"{place}2025年度法治政府建设情况报告"
    assert plan.issuer == place
    assert plan.excerpt(plan.spans["issuer"]) == place


_ORGAN_REPORT = (
    "某镇人民政府关于2025年度法治政府建设情况的报告\n"
    "2025年，某镇坚持以习近平法治思想为指导。现将情况报告如下：\n"
    "一、主要举措和成效\n（一）强化法治思想引领。\n"
)
_TOWN_NOTICE = (
    "中共某镇委员会关于印发某镇2026年普法工作要点的通知\n各村（社区）：\n"
    "现将《某镇2026年普法工作要点》印发给你们，请认真贯彻落实。\n"
    "某镇2026年普法工作要点\n一、加强组织领导。\n二、强化督查。\n"
)
_TOWN_FIELDS = "- 索 引 号：370481/2026-00251\n- 发布机构：某镇\n- 成文时间：2026年01月21日\n\n"


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # the signature under the report
        (_place_report("某镇") + "\n某县某镇人民政府\n2026年1月21日\n", "某县某镇人民政府"),
        # the heading's organ
        (_ORGAN_REPORT, "某镇人民政府"),
        # the notice's issuer
        (_TOWN_NOTICE, "中共某镇委员会"),
    ],
)
def test_an_organ_the_document_names_is_the_issuer_over_the_town_its_page_names(
    text: str, organ: str
) -> None:
    plan = rulegov.parse_plan(_TOWN_FIELDS + text)
    assert plan.issuer == organ
    assert "issuer" not in plan.spans or plan.excerpt(plan.spans["issuer"]) != "某镇"


@pytest.mark.parametrize("organ", ["某镇人民政府", "中共某镇委员会", "某县司法局", "某街道办事处"])
def test_a_disclosure_field_naming_a_body_names_the_issuer(organ: str) -> None:
    plan = rulegov.parse_plan(f"- 发布机构：{organ}\n- 成文日期：2026-01-21\n\n" + _REPORT_BODY)
    assert plan.issuer == organ


def test_a_signature_names_the_issuer_a_disclosure_field_gives_by_its_place() -> None:
    plan = rulegov.parse_plan(
        "| 发布机构 | 某镇 | 成文日期 | 2026-01-21 |\n\n关于印发某镇2026年普法工作要点的通知\n"
        "各村（社区），镇属各单位：\n现将《某镇2026年普法工作要点》印发给你们，请认真贯彻落实。\n"
        "某市某区某镇人民政府\n2026年1月21日\n某镇2026年普法工作要点\n一、加强组织领导。\n"
    )
    assert plan.issuer == "某市某区某镇人民政府"


_JOINT_NOTICE = (
    "\n关于印发《某县法治乡村建设实施方案》的通知\n各乡镇党委、政府：\n"
    "现将《某县法治乡村建设实施方案》印发给你们，请认真贯彻落实。\n"
    "某县法治乡村建设实施方案\n一、加强组织领导。\n二、强化督查。\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        "发文机关：中共某县委办公室 某县人民政府办公室\n成文日期：2025-03-01\n",
        "发文机关：中共某县委办公室\u3000某县人民政府办公室\n成文日期：2025-03-01\n",
        "发文机关：中共某县委办公室，某县人民政府办公室\n成文日期：2025-03-01\n",
        "[ 发布机构 ] 中共某县委办公室  某县人民政府办公室 [ 成文日期 ] 2025-03-01\n",
        "| 发文机关 | 中共某县委办公室 某县人民政府办公室 | 成文日期 | 2025-03-01 |\n",
    ],
)
def test_joint_organs_in_one_disclosure_field_are_joint_issuers(fields: str) -> None:
    plan = rulegov.parse_plan(fields + _JOINT_NOTICE)
    assert plan.issuer == "中共某县委办公室、某县人民政府办公室"
    assert plan.title == "某县法治乡村建设实施方案"


@pytest.mark.parametrize(
    "organ", ["中共某县委全面依法治县委员会办公室", "某市发展和改革委员会", "某自治县人民政府"]
)
def test_one_organ_in_a_disclosure_field_stays_one_issuer(organ: str) -> None:
    plan = rulegov.parse_plan(f"发文机关：{organ}\n成文日期：2025-03-01\n" + _JOINT_NOTICE)
    assert plan.issuer == organ


_PAGE_CONTROLS = (
    "【我要纠错】 责任编辑：张三",
    "阅读次数：128",
    "当前浏览量：1024",
    "网站无障碍 | 适老化服务",
    "保护视力色：",
    "|打印|关闭|",
    "A+ A A-",
    "默认 超大 | 打印 |",
    "【大】【中】【小】 【打印】",
    "播放 暂停",
)


@pytest.mark.parametrize("controls", _PAGE_CONTROLS)
@pytest.mark.parametrize("over", [True, False])
def test_a_pages_controls_and_counters_are_never_the_title(controls: str, over: bool) -> None:
    heading = "某县某镇人民政府关于2025年度法治政府建设情况的报告"
    body = (
        "2025年，某镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将情况报告如下：\n"
        "一、主要举措和成效\n（一）强化法治思想引领。\n"
    )
    text = f"{controls}\n{heading}\n{body}" if over else f"{heading}\n{controls}\n{body}"
    plan = rulegov.parse_plan(text)
    assert plan.title == heading
    assert plan.notice is None or plan.notice.title is None
    assert plan.issuer == "某县某镇人民政府"


@pytest.mark.parametrize(
    "line",
    ["加强中小学法治教育。", "推进政府网站适老化服务改造。", "做好文件打印、收藏和归档工作。"],
)
def test_a_line_of_text_naming_a_control_word_is_no_control(line: str) -> None:
    plan = rulegov.parse_plan(f"某县2025年普法工作要点\n一、{line}\n二、强化督查。\n")
    assert plan.title == "某县2025年普法工作要点"
    assert line.rstrip("。") in plan.tasks[0].title


@pytest.mark.parametrize("label", ["签发日期", "制发日期", "形成日期"])
@pytest.mark.parametrize(
    "form",
    [
        "- {label}：2025-02-07\n",
        "[ {label} ] 2025-02-07\n",
        "| 索引号 | 001/2025-3 | {label} | 2025-02-07 |\n",
    ],
)
def test_a_disclosure_field_of_the_documents_own_day_under_another_name_dates_it(
    label: str, form: str
) -> None:
    plan = rulegov.parse_plan(form.format(label=label) + "\n" + _REPORT_BODY)
    assert plan.issued_on == dt.date(2025, 2, 7)


@pytest.mark.parametrize(
    ("field", "value", "read"),
    [("文件字号", "某委〔2025〕5号", "doc_number"), ("制发单位", "某县某镇人民政府", "issuer")],
)
def test_a_disclosure_field_of_the_documents_number_or_maker_under_another_name_gives_it(
    field: str, value: str, read: str
) -> None:
    plan = rulegov.parse_plan(f"- 索 引 号：001/2025-3\n- {field}：{value}\n\n" + _REPORT_BODY)
    assert getattr(plan, read) == value


@pytest.mark.parametrize(
    "heading",
    [
        "关于《某县2024年法治政府建设工作要点》的政策解读",
        "关于《某县法治政府建设实施方案（2022—2025年）》的解读",
        "关于《某县2024年普法工作要点》的起草说明",
        "關於《某縣2024年法治政府建設工作要點》的政策解讀",
    ],
)
def test_an_account_of_a_document_named_after_about_is_its_own_title_with_no_notice(
    heading: str,
) -> None:
    plan = rulegov.parse_plan(
        heading + "\n发布时间：2024-08-01  来源：某县司法局\n一、制定背景\n"
        "为全面贯彻落实党的二十大精神，结合我县实际，制定本工作要点。\n"
    )
    assert plan.title == heading
    assert plan.notice is None or plan.notice.title is None


def test_a_notice_carrying_a_document_named_after_about_keeps_its_notice() -> None:
    plan = rulegov.parse_plan(
        "关于印发《某县2024年法治政府建设工作要点》的通知\n各乡镇人民政府：\n"
        "现将《某县2024年法治政府建设工作要点》印发给你们。\n某县人民政府办公室\n2024年3月1日\n"
        "某县2024年法治政府建设工作要点\n一、加强组织领导。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "关于印发《某县2024年法治政府建设工作要点》的通知"
    assert plan.title == "某县2024年法治政府建设工作要点"


@pytest.mark.parametrize("mark", ["", "\u200d", "\u200b\u2060", "\ufeff"])
def test_a_copys_tag_line_with_zero_width_marks_in_it_is_noted_not_dropped(mark: str) -> None:
    # a copy that kept a page's tags, with the zero-width marks a copy carries before and inside
    # them: the line holds no word, and is noted as markup, as the same line without them is
    plan = rulegov.parse_plan(
        "某县2024年法治政府建设工作要点\n"
        f' {mark}<img src="/images/banner.jp{mark}g"> \n'
        "一、加强组织领导\n1.健全工作机制。\n"
    )
    notes = [d for d in plan.diagnostics if d.line == 2]
    assert [d.code for d in notes] == ["editorial-note"]
    assert notes[0].span is not None
    assert plan.source is not None
    assert plan.source.text[notes[0].span.start : notes[0].span.end].strip() == (
        f'{mark}<img src="/images/banner.jp{mark}g">'
    )
