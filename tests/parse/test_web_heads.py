"""Heads and structure of documents as web copies print them: headlines, leads, site marks."""

from __future__ import annotations

import datetime as dt

import rulegov
from rulegov import SectionKind


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
