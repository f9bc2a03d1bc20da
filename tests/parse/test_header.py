"""The head of a document: headings broken over lines, replies, signatures, field blocks."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from growth import LINEAR, growth
from rulegov.parse._header_titles import _less_closing_notes, ends_a_name
from rulegov.parse._header_words import SIMPLIFIED
from scriptfiles import load


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


def test_a_law_librarys_record_on_one_line_gives_fields_not_a_title() -> None:
    # the record's first label is no site's tag, and 发文号 labels a number, kept without it
    plan = rulegov.parse_plan(
        "【颁布时间】2019-2-12【标题】2018—2022年某改革工作规划【发文号】高检发〔2019〕3号"
        "【颁布单位】最高人民检察院\n2018—2022年某改革工作规划\n"
        "党的十八大以来，检察机关扎实推进司法体制改革。\n"
    )
    assert plan.title == "2018—2022年某改革工作规划"
    assert plan.issuer == "最高人民检察院"
    assert plan.frame is not None
    assert plan.frame.doc_number is not None
    assert plan.frame.doc_number.text == "高检发〔2019〕3号"
    # the document prints no date of its own: the library's day of promulgation dates it
    assert plan.issued_on == dt.date(2019, 2, 12)


def test_a_law_librarys_numbered_record_in_traditional_characters_is_read() -> None:
    plan = rulegov.parse_plan(
        "某信用担保有限公司\n\n  • 法律圖書(shū)館\n\n  • 2018—2022年某改革工作規(guī)劃\n\n"
        "    1. 【頒布時(shí)間】2019-2-12\n    2. 【標(biāo)題】2018—2022年某改革工作規(guī)劃\n"
        "    3. 【發(fā)文號(hào)】\n    4. 【頒布單位】最高人民檢察院\n    5. 【法規(guī)全文】\n\n"
        "    2018—2022年某改革工作規(guī)劃\n\n    最高人民檢察院\n\n"
        "    黨的十八大以來，檢察機關扎實推進司法體制改革。\n一、總體要求\n"
    )
    assert plan.issuer == "最高人民檢察院"
    assert plan.frame is not None
    assert plan.frame.doc_number is None
    assert [section.number for section in plan.sections] == ["一"]


def test_a_pages_controls_in_pipes_ending_in_empty_cells_are_no_table() -> None:
    # the menu's row does not start the body: the head under it is read, its number as printed
    plan = rulegov.parse_plan(
        "智能問答 | 無障礙浏覽 | |\n當前位置: 首頁 > 政務公開 > 政策彙編\n\n"
        "某市人民政府關于印發某市降低企業成本若幹政策措施的通知(某府〔2019〕31號)\n\n"
        "各縣(市、區)人民政府,市政府各部門:\n"
        "  現將《某市降低企業成本若幹政策措施》印發給你們,請認真貫徹執行。\n"
        "                               某市人民政府\n"
        "                               2019年8月16日\n\n"
        "某市降低企業成本若幹政策措施\n  一、政策措施\n  (一)降低企業稅收負擔。\n"
    )
    assert plan.title == "某市降低企業成本若幹政策措施"
    assert plan.issued_on == dt.date(2019, 8, 16)
    assert plan.frame is not None
    assert plan.frame.doc_number is not None
    assert plan.frame.doc_number.text == "某府〔2019〕31號"
    assert plan.frame.recipients == ["各縣(市、區)人民政府", "市政府各部門"]


def test_the_short_labels_of_an_old_record_and_its_count_of_copies_are_no_title() -> None:
    plan = rulegov.parse_plan(
        "某府发„2011‟92号\n\n某镇人民政府\n\n关于印发《依法行政考核办法(试行)》的通知\n\n"
        "各党工委、镇直各部门、各村民委员会:\n\n"
        "为推进依法行政,特制定《依法行政考核办法(试行)》,现印发给你们。\n\n"
        "(此页无正文)\n\n二O一一年八月三十日\n\n报:县委、县政府\n\n送:县法制办\n\n"
        "主题词: 印发 考核 通知\n\n发:领导班子成员、各村\n\n"
        "(共印45份,自存3份)依法行政考核办法(试行)\n\n第一章 总 则\n\n"
        "第一条 为全面推进依法行政,制定本办法。\n"
    )
    assert plan.title == "依法行政考核办法(试行)"
    assert plan.issuer == "某镇人民政府"
    assert plan.issued_on == dt.date(2011, 8, 30)
    assert plan.frame is not None
    assert plan.frame.doc_number is not None
    assert plan.frame.doc_number.text == "某府发„2011‟92号"


def test_a_plans_own_title_names_its_issuer_in_traditional_characters_too() -> None:
    # a news lead forwards the plan; its title names the issuer before 關于, as printed
    plan = rulegov.parse_plan(
        "近日,中共某省委、某省人民政府轉發了《省委宣傳部、省司法廳關于在全省開展法治宣傳教育的"
        "第八個五年規劃(2021-2025年)》,並發出通知,要求各地各部門結合實際認真貫徹落實。\n"
        "全民普法是全面依法治省的長期基礎性工作。\n"
    )
    assert (
        plan.title == "省委宣傳部、省司法廳關于在全省開展法治宣傳教育的第八個五年規劃(2021-2025年)"
    )
    assert plan.issuer == "省委宣傳部、省司法廳"


def test_a_call_for_comments_in_traditional_characters_carries_its_draft() -> None:
    plan = rulegov.parse_plan(
        "關于徵求《自治區人民政府全面推進法治政府建設五年規劃》意見的通知\n"
        "各市、縣(區)人民政府,自治區政府各部門:\n"
        "為廣泛聽取意見,請於5月20日前提出修改意見。\n"
        "自治區人民政府辦公廳\n2013年5月10日\n一、總體要求\n"
    )
    assert plan.title == "自治區人民政府全面推進法治政府建設五年規劃"
    assert plan.notice is not None
    assert plan.notice.title == "關于徵求《自治區人民政府全面推進法治政府建設五年規劃》意見的通知"


def test_a_late_heading_keeps_its_first_part_broken_off_on_the_line_above() -> None:
    plan = rulegov.parse_plan(
        "欢迎光临某某专家顾问网! 今天是\n没有账号?\n注册 |\n登录 |\n政策文件\n广西文件\n\n"
        "关于深入推进依法行政加\n快建设法治政府的实施意见\n\n某政发〔2015〕2号\n"
        "来源:某网 更新日期:2015-03-02 分享到:\n\n各市、县人民政府,自治区各部门:\n"
        "为深入推进依法行政,提出如下实施意见。\n一、总体要求\n"
    )
    assert plan.title == "关于深入推进依法行政加快建设法治政府的实施意见"


def test_a_heading_that_names_a_kind_inside_it_is_joined_to_the_line_that_ends_it() -> None:
    # “一规划两纲要” names a 规划 inside the heading; the heading ends on the next line
    plan = rulegov.parse_plan(
        "某省交通运输厅党组\n2021年12月21日\n"
        "关于贯彻落实“一规划两纲要”进一步深\n化交通运输法治政府部门建设的实施意见\n"
        "为深入学习贯彻习近平法治思想，结合实际，提出如下实施意见。\n一、总体要求\n"
    )
    assert plan.title == "关于贯彻落实“一规划两纲要”进一步深化交通运输法治政府部门建设的实施意见"


def test_an_address_broken_over_lines_may_name_rooms_schools_and_bracketed_notes() -> None:
    # under a page's headline and byline, the heading printed again with its number
    plan = rulegov.parse_plan(
        "当前位置: 首页\n\n>政务频道 >政务公开 >本局文件\n\n"
        "某市卫生健康委员会关于印发 2023年法治建设工作要点的通知\n\n"
        "  • 时间:2023-05-04 08:58:16\n\n  • 发布:某市卫生健康委\n\n某卫发〔2023〕5号 \n\n"
        "某市卫生健康委员会关于印发\n\n2023年法治建设工作要点的通知\n\n"
        "各区县卫生健康局(某新区社发中心),委属各单位,\n各高等学校,委机关各处室:\n"
        "现将《2023年法治建设工作要点》印发给你们,请认真贯彻落实。\n"
        "某市卫生健康委员会\n2023年3月1日\n2023年法治建设工作要点\n一、加强组织领导\n"
    )
    assert plan.frame is not None
    assert plan.frame.recipients == [
        "各区县卫生健康局(某新区社发中心)",
        "委属各单位",
        "各高等学校",
        "委机关各处室",
    ]


def test_a_sites_name_joined_to_a_plans_title_by_an_underscore_is_dropped() -> None:
    plan = rulegov.parse_plan(
        "某县以控制成本为核心优化营商环境的具体措施_某某县人民政府网\n"
        "为进一步优化营商环境,制定如下措施。\n一、降低企业成本\n"
    )
    assert plan.title == "某县以控制成本为核心优化营商环境的具体措施"


def test_joint_signers_over_lines_keep_the_first_when_the_last_shares_the_dates_line() -> None:
    plan = rulegov.parse_plan(
        "关于开展法治宣传教育的实施方案\n各镇(街道),县直各单位:\n"
        "现将《法治宣传教育实施方案》印发给你们,请认真贯彻执行。\n"
        "中共某县委宣传部\n某县司法局    2022年9月14日\n法治宣传教育实施方案\n一、总体要求\n"
    )
    assert plan.issuer == "中共某县委宣传部、某县司法局"
    assert plan.issued_on == dt.date(2022, 9, 14)


def test_a_head_pasted_from_a_pdf_wrapped_at_a_fixed_width_is_read_whole() -> None:
    # every full line runs on into the next: the address ends on the second line
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发某县2023年法治政府建设工作要点的通知\n"
        "某政办发〔2023〕12号\n"
        "各乡镇人民政府，各街道办事处，县政府各部门\n，各直属机构，各人民团体：\n"
        "现将《某县2023年法治政府建设工作要点》印发\n给你们，请结合实际认真贯彻执行，确保各项任\n"
        "务落到实处，年底前报送落实情况。\n某县人民政府办公室\n2023年3月10日\n"
        "某县2023年法治政府建设工作要点\n为深入学习贯彻习近平法治思想，全面推进依法\n"
        "行政，加快建设法治政府，结合我县实际，制定\n本要点。\n一、加强党对法治政府建设的领导\n"
    )
    assert plan.title == "某县2023年法治政府建设工作要点"
    assert plan.frame is not None
    assert plan.frame.recipients == [
        "各乡镇人民政府",
        "各街道办事处",
        "县政府各部门",
        "各直属机构",
        "各人民团体",
    ]
    assert plan.issued_on == dt.date(2023, 3, 10)


def test_notes_in_brackets_are_taken_off_a_names_end_one_by_one() -> None:
    assert _less_closing_notes("某规划(2021—2025年)(试行)") == "某规划"
    assert _less_closing_notes("某办法(" + "试" * 21 + ")") == "某办法(" + "试" * 21 + ")"
    assert _less_closing_notes("(法)" * 33_333) == ""
    assert _less_closing_notes("某办法()") == "某办法()"
    assert ends_a_name("某县法治宣传教育第八个五年规划(2021—2025年)(试行)")
    # a line of notes and nothing before them names no document
    plan = rulegov.parse_plan("(法)" * 33_333 + "x_某县人民政府\n一、加强领导\n1.推进工作。\n")
    assert [task.title for task in plan.tasks] == ["推进工作"]


def test_an_issuer_in_traditional_characters_is_the_unit_its_tasks_name() -> None:
    task = "一、加強組織領導\n1.健全工作機制。（責任單位：省司法廳）\n"
    signed = rulegov.parse_plan("省司法廳\n2023年3月1日\n某省2023年工作要點\n" + task)
    titled = rulegov.parse_plan(
        "省司法廳關於印發《全省法治宣傳教育工作要點》的通知\n各市司法局：\n"
        "現將《要點》印發給你們，請認真貫徹落實。\n全省法治宣傳教育工作要點\n" + task
    )
    for plan in (signed, titled):
        assert [unit.name for unit in plan.units] == ["省司法廳"]
        assert plan.issuer == "省司法廳"
        assert plan.issuer_unit == plan.tasks[0].assignments[0].unit == plan.units[0].id


def test_no_simplified_character_is_folded_to_another() -> None:
    listed = load("scripts/make_traditional.py").TRADITIONAL_IN_GB2312
    assert all(listed.values())

    folded = {chr(source) for source, target in SIMPLIFIED.items() if source != target}
    in_gb2312 = {char for char in folded if char.encode("gb2312", errors="ignore")}
    assert sorted(in_gb2312 - set(listed)) == []
    assert "呼吁糊涂猛烈脊梁".translate(SIMPLIFIED) == "呼吁糊涂猛烈脊梁"


def test_a_head_a_mirror_ran_into_one_line_reads_as_the_head_printed_over_lines() -> None:
    # a law library's copy keeps the spaces of the lines it joined: the heading of an 意见, its
    # number, its address and the text; or the number, the address and the text after a heading
    printed = (
        "某市人民政府关于规范政府行政行为的意见\n某政〔2005〕77号\n"
        "各县区人民政府,高新区管委会,市人民政府各部门:\n"
        "为保障各级政府全面履行法定职责,结合我市实际,提出如下意见:\n一、充分认识重要意义\n"
    )
    run_on = (
        "某市人民政府关于规范政府行政行为的意见 某政〔2005〕77号 "
        "各县区人民政府,高新区管委会,市人民政府各部门: "
        "为保障各级政府全面履行法定职责,结合我市实际,提出如下意见: 一、充分认识重要意义\n"
    )
    number_first = (
        "某市人民政府关于规范政府行政行为的意见\n\n某政〔2005〕77号   "
        "各县区人民政府,高新区管委会,市人民政府各部门: 为保障各级政府全面履行法定职责,"
        "结合我市实际,提出如下意见: 一、充分认识重要意义\n"
    )
    for text in (printed, run_on, number_first):
        plan = rulegov.parse_plan(text)
        assert plan.title == "某市人民政府关于规范政府行政行为的意见", text
        assert plan.issuer == "某市人民政府", text
        assert plan.frame is not None
        assert plan.frame.doc_number is not None
        assert plan.frame.doc_number.text == "某政〔2005〕77号", text
        assert plan.frame.recipients == ["各县区人民政府", "高新区管委会", "市人民政府各部门"], text


def test_a_notice_run_into_one_line_with_its_heading_broken_by_spaces_reads_its_head() -> None:
    # a sharing site's copy of a Word file: the notice and the plan on one line, the spaces of
    # the printed lines kept, inside the heading and the date too
    text = (
        "某市人民政府办公室 关于印发某市 2021 年法治政府建设 工作计划的通知 各县(市、区)人民政府,"
        "市政府各部门、 直属机构: 《某市 2021 年法治政府建设工作计划》已经市政府同意, "
        "现印发给你们,请认真贯彻执行。 某市人民政府办公室 2021 年 5 月 21 日 (此件公开发布) "
        "某市 2021 年法治政府建设工作计划 为扎实推进法治政府建设,制定本计划。 "
        "一、深入学习宣传贯彻习近平法治思想 1.加强学习宣传。将习近平法治思想纳入学习内容。"
        "〔牵头单位:市司法局;责任单位:市政府各部门〕\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府办公室关于印发某市2021年法治政府建设工作计划的通知"
    assert plan.title == "某市2021年法治政府建设工作计划"
    assert plan.issuer == "某市人民政府办公室"
    assert plan.issued_on == dt.date(2021, 5, 21)
    assert list(plan.recipients) == ["各县(市、区)人民政府", "市政府各部门、直属机构"]
    # a heading that goes on after a 通知 it forwards is not cut there
    forwarded = rulegov.parse_plan(
        "某县人民政府办公室 关于转发某市关于某事的通知 的通知 各乡镇人民政府,县直各单位: "
        "现将《某市关于某事的通知》转发给你们,请认真贯彻执行。 某县人民政府办公室 "
        "2021 年 5 月 21 日\n"
    )
    assert forwarded.notice is not None
    assert forwarded.notice.title == "某县人民政府办公室关于转发某市关于某事的通知的通知"


RUN_ON_HEAD = (
    "某县人民政府办公室 关于印发某县 2021 年普法 工作要点的通知 各乡镇人民政府，县直各单位： "
    "现将《某县2021年普法工作要点》印发给你们，请认真贯彻执行。 某县人民政府办公室 2021 年 5 月 21 日"
)


@pytest.mark.parametrize(
    "after",
    ["\n某县2021年普法工作要点\n一、加强组织领导\n", "\n一、加强组织领导\n", " 一、加强组织领导\n"],
    ids=["title-below", "heading-below", "heading-run-on"],
)
def test_a_run_on_notice_that_ends_with_its_spaced_date_names_its_plan(after: str) -> None:
    plan = rulegov.parse_plan(RUN_ON_HEAD + after + "1.成立领导小组。\n")
    assert plan.title == "某县2021年普法工作要点"
    assert plan.issuer == "某县人民政府办公室"
    assert plan.issued_on == dt.date(2021, 5, 21)


@pytest.mark.parametrize("issuer", ["某县人民政府 ", ""], ids=["issuer-apart", "no-issuer"])
def test_a_run_on_heading_that_goes_on_after_the_notice_it_implements_is_read_whole(
    issuer: str,
) -> None:
    plan = rulegov.parse_plan(
        f"{issuer}关于贯彻落实某市关于加强法治建设的通知 精神的实施意见 各乡镇人民政府，县直各单位： "
        "为贯彻落实上级要求，结合我县实际，提出如下意见。 某县人民政府 2021 年 5 月 21 日 "
        "一、加强组织领导 1.成立领导小组。\n"
    )
    assert plan.title == f"{issuer.strip()}关于贯彻落实某市关于加强法治建设的通知精神的实施意见"
    assert list(plan.recipients) == ["各乡镇人民政府", "县直各单位"]


def test_a_run_on_line_of_many_dates_is_cut_in_one_pass() -> None:
    # each date looked ahead of a few spaces only: six thousand dates read as one
    plan = rulegov.parse_plan(RUN_ON_HEAD + " 2021年5月21日" * 6_000 + "\n")
    assert plan.notice is not None
    assert plan.notice.title == "某县人民政府办公室关于印发某县2021年普法工作要点的通知"
    assert plan.issued_on == dt.date(2021, 5, 21)


def test_a_meetings_dated_note_under_a_heading_dates_it_and_is_no_part_of_it() -> None:
    body = "会议听取和审议了市人民政府的报告,特作决议如下:\n一、提高认识,明确意义。\n"
    heading = "某市人民代表大会常务委员会\n关于开展全市法制宣传教育\n第五个五年规划的决议\n"
    for note in (
        "(2006年5月30日某市第五届人民代表大会常务委员会第十次会议通过)\n",
        "(2006年 5 月 30 日某市第五届人民代表大会常务委员会\n第十次会议通过)\n",
    ):
        plan = rulegov.parse_plan(heading + note + body)
        assert (
            plan.title == "某市人民代表大会常务委员会关于开展全市法制宣传教育第五个五年规划的决议"
        )
        assert plan.issued_on == dt.date(2006, 5, 30), note
    # a report's delivery note: the meeting it was given at
    plan = rulegov.parse_plan(
        "某市人民政府关于法治政府建设情况的报告\n(2024年5月28日在市六届人大常委会第九次会议上)\n"
        "市人大常委会:\n按照工作安排,现就法治政府建设情况报告如下。\n一、主要工作举措及成效\n"
    )
    assert plan.title == "某市人民政府关于法治政府建设情况的报告"
    assert plan.issued_on == dt.date(2024, 5, 28)
    assert plan.frame is not None
    assert plan.frame.recipients == ["市人大常委会"]


def test_a_disclosure_list_in_dashes_gives_the_documents_date_and_number() -> None:
    # a platform's list of fields over a report printed without its heading, each field
    # marked by a dash, a dot or nothing: the same fields
    report = (
        "中共某县委员会,某县人民政府:\n"
        "2024年,某镇法治政府建设工作在县委、县政府的有力指导下扎实推进。现总结如下:\n"
        "一、2024年度推进法治政府建设的主要举措和成效\n"
    )
    for mark in ("- ", "• ", ""):
        fields = (
            f"{mark}索 引 号: sm09901-1800-2025-00003\n{mark}备注/文号: 某镛委〔2025〕5号\n"
            f"{mark}发布机构: 某镇人民政府\n{mark}公文生成日期: 2025-02-07\n"
        )
        plan = rulegov.parse_plan(fields + report)
        assert plan.issued_on == dt.date(2025, 2, 7), mark
        assert plan.frame is not None
        assert plan.frame.doc_number is not None, mark
        assert plan.frame.doc_number.text == "某镛委〔2025〕5号", mark
        assert plan.frame.recipients == ["中共某县委员会", "某县人民政府"], mark


def test_a_disclosure_table_with_a_category_and_an_empty_number_stays_the_pages() -> None:
    # two fields to a row, 文号 left empty at a row's end, 所属分类 among the labels: the rows
    # are the page's, and the heading under them stands alone
    plan = rulegov.parse_plan(
        "索 引 号 116401/2022-00012 文号\n发布日期 2022-02-09 公开时限 长期公开\n"
        "所属分类 部门文件 效力状态 有效\n责任部门 某区教育局 公开方式 主动公开\n\n"
        "关于印发《某区教育系统普法重点任务分工方案》的通知\n\n直属各中小学、幼儿园:\n"
        "为落实普法规划,现将《某区教育系统普法重点任务分工方案》印发给你们。\n"
        "某市某区教育局\n2022年1月28日\n某区教育系统普法重点任务分工方案\n"
        "一、总体要求\n深入开展法治宣传教育。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "关于印发《某区教育系统普法重点任务分工方案》的通知"
    assert plan.title == "某区教育系统普法重点任务分工方案"
    assert plan.issuer == "某市某区教育局"
    assert plan.issued_on == dt.date(2022, 1, 28)
    assert plan.recipients == ["直属各中小学、幼儿园"]


def test_a_disclosure_row_whose_last_value_is_a_kind_of_document_names_the_issuer() -> None:
    # 所属分类 部门文件 closes the row: a field's value, not an organ's mark (某局文件)
    plan = rulegov.parse_plan(
        "关于对某县教育系统普法工作抽查验收情况的通报\n\n"
        "文 号 发布日期 2020-07-15 公开时限 长期公开\n发布机构 某县教育局 所属分类 部门文件\n\n"
        "各中小学、幼儿园:\n现将检查情况通报如下:\n一、总体情况\n各学校抓好普法工作的落实。\n"
    )
    assert plan.title == "关于对某县教育系统普法工作抽查验收情况的通报"
    assert plan.issuer == "某县教育局"
    assert plan.frame is None or plan.frame.organ_mark is None


def test_a_prefectures_administrative_office_is_an_issuer() -> None:
    # 行政公署 (行署), the government of a prefecture or a league, issues in its own name
    for organ in ("某盟行政公署", "某地区行署"):
        plan = rulegov.parse_plan(
            f"{organ}关于印发《某盟无障碍建设管理办法》的通知\n某署发〔2010〕183号\n"
            "各旗县市人民政府,行署有关委、办、局:\n现将《某盟无障碍建设管理办法》印发给你们。\n"
            "二〇一〇年九月二十六日\n某盟无障碍建设管理办法\n第一条 为了加强无障碍设施建设,"
            "制定本办法。\n第二条 本办法适用于全盟。\n"
        )
        assert plan.issuer == organ
        assert plan.title == "某盟无障碍建设管理办法"


def test_a_menu_bar_with_a_long_menu_word_is_the_pages() -> None:
    # English is one of a menu's words, however long: the bar is furniture, not a heading
    plan = rulegov.parse_plan(
        "某湾区| English |简体版|繁体版| 无障碍浏览|长者助手|登录\n\n"
        "某区人民政府办公室关于印发规范某区重大行政决策程序意见的通知\n某府办规〔2023〕1号\n"
        "各镇(街),区各部门:\n《关于规范某区重大行政决策程序的意见》已经区政府同意,现印发给你们。\n"
        "某区人民政府办公室\n2023年1月20日\n关于规范某区重大行政决策程序的意见\n"
        "第一章 总则\n第一条 为了规范重大行政决策程序,制定本意见。\n"
    )
    assert plan.title == "关于规范某区重大行政决策程序的意见"
    assert plan.issuer == "某区人民政府办公室"
    assert plan.doc_number == "某府办规〔2023〕1号"


def test_a_news_sites_counter_and_a_signature_of_many_lines_are_read() -> None:
    # 热度: with nothing after it is the page's counter, not an address; organs signing two
    # to a line over seven lines all issue the notice
    organs = [
        ("某环境部", "某改革委"),
        ("某某部", "某安部"),
        ("某财部", "某建部"),
        ("某交部", "某商部"),
        ("某监总局", "某能局"),
        ("甲省人民政府", "乙省人民政府"),
        ("丙省人民政府", "丁省人民政府"),
    ]
    signature = "\n\n".join(f"{first} {second}" for first, second in organs)
    plan = rulegov.parse_plan(
        "某地区大气污染攻坚行动方案\n\n来源: 网\n时间:2020-11-04 09:02:36\n热度:\n\n"
        "关于印发《某地区大气污染攻坚行动方案》的通知\n\n甲市、乙市人民政府:\n\n"
        "现将《某地区大气污染攻坚行动方案》印发给你们,请遵照执行。\n\n"
        f"{signature}\n\n2020年10月30日\n\n某地区大气污染攻坚行动方案\n\n"
        "一、总体要求\n持续改善空气质量。\n"
    )
    assert plan.recipients == ["甲市、乙市人民政府"]
    assert plan.issuer == "、".join(name for pair in organs for name in pair)
    assert plan.issued_on == dt.date(2020, 10, 30)
    assert plan.title == "某地区大气污染攻坚行动方案"


def test_a_days_date_in_a_bracket_under_a_heading_dates_it_and_is_no_part_of_it() -> None:
    # a party committee's and a government's 意见 prints its date under its heading; a period
    # in a bracket ((2021—2025年)) is still the title's
    body = "为贯彻落实中央部署,提出如下实施意见。\n一、总体要求\n坚持生态优先。\n"
    for head in (
        "中共某省委\n\n某省人民政府\n\n关于全面推进美丽某省建设的实施意见\n\n(2024年6月21日)\n\n",
        "某市民防办公室关于2020年度法治政府建设工作的情况报告 ( 2024年6月21日 )\n",
    ):
        plan = rulegov.parse_plan(head + body)
        assert plan.title is not None
        assert plan.title.endswith(("实施意见", "情况报告")), head
        assert plan.issued_on == dt.date(2024, 6, 21), head
    plan = rulegov.parse_plan("某县法治政府建设实施方案\n(2021—2025年)\n" + body)
    assert plan.title == "某县法治政府建设实施方案(2021—2025年)"


def test_a_disclosure_block_in_traditional_characters_is_read_as_in_simplified() -> None:
    # 發文機關:, 發佈日期: and 時效: are the labels 发文机关:, 发布日期: and 时效:; a status's label
    # alone takes its word (失效) across a gap, and the page's day is no signature's
    plan = rulegov.parse_plan(
        "索 引 號: 000014349/2014-00023 主題分類: 農業\n"
        "發文機關: 某某辦公廳 成文日期: 2014年02月23日\n\n"
        "發文字號:\n\n某辦函〔2014〕31號\n\n發佈日期:\n\n2014年03月10日\n\n時  效:\n\n失效\n\n"
        "某某辦公廳關於落實若干意見有關政策措施分工的通知\n\n某辦函〔2014〕31號\n\n"
        "各部委、各直屬機構:\n  經同意,現就有關事項通知如下:\n  一、工作分工\n"
        "  (一)關於糧食安全的問題,由發展改革委負責。\n"
    )
    assert plan.title == "某某辦公廳關於落實若干意見有關政策措施分工的通知"
    assert plan.issued_on == dt.date(2014, 2, 23)
    assert plan.recipients == ["各部委、各直屬機構"]


def test_a_font_size_control_is_no_address() -> None:
    plan = rulegov.parse_plan(
        "中共某县委办公室 某县人民政府办公室关于印发《2021年某县乡村振兴任务清单》的通知\n\n"
        "发布时间:2021-12-21 14:34\n\n信息来源:县农业农村局\n\n访问次数:\n\n字体大小:\n\n"
        "各乡镇党委、政府,县属各单位:\n\n《2021年某县乡村振兴任务清单》已经县委、县政府同意,"
        "现印发给你们。\n\n中共某县委办公室  某县人民政府办公室\n\n2021年9月16日\n\n"
        "2021年某县乡村振兴任务清单\n\n一、产业振兴\n"
    )
    assert plan.recipients == ["各乡镇党委、政府", "县属各单位"]


def test_a_bracketed_byline_and_a_signature_closing_a_short_note_are_read() -> None:
    # (發布于:…) under a heading is the page's byline, no period of the title; a note printed
    # without numbered parts signs at its end with its organ and its date
    traditional = (
        "關于第21項指標的情況說明\n(發布于:2023-12-13 09:01)\n某縣沒有制定地方政府規章的權限。\n"
        "某縣嚴格落實行政規范性文件的規定。\n某縣法治政府建設領導小組辦公室\n2023年6月25日\n"
    )
    simplified = (
        "关于第21项指标的情况说明\n(发布于:2023-12-13 09:01)\n某县没有制定地方政府规章的权限。\n"
        "某县严格落实行政规范性文件的规定。\n某县法治政府建设领导小组办公室\n2023年6月25日\n"
    )
    for text in (traditional, simplified):
        plan = rulegov.parse_plan(text)
        assert plan.title is not None
        assert plan.title.endswith(("情況說明", "情况说明"))
        assert plan.issuer is not None
        assert plan.issuer.endswith(("領導小組辦公室", "领导小组办公室"))
        assert plan.issued_on == dt.date(2023, 6, 25)


def test_two_organs_printed_together_before_a_reports_year_are_two_issuers() -> None:
    plan = rulegov.parse_plan(
        "中共某市某区委某市某区人民政府2023年法治政府建设情况报告\n"
        "2023年,全区坚持以习近平法治思想为指导,扎实推进法治政府建设。\n"
        "一、主要举措和成效\n(一)依法全面履行政府职能。\n"
    )
    assert plan.issuer == "中共某市某区委、某市某区人民政府"


def test_a_call_for_comments_naming_its_draft_first_carries_the_draft_after_its_signature() -> None:
    # 关于《Y》征求意见建议的公告: the call is the notice, its working group and date sign it,
    # and the draft printed under the signature is the plan
    plan = rulegov.parse_plan(
        "关于《某区法治宣传教育第七个五年规划(征求意见稿)》征求意见建议的公告\n\n"
        "来源:区司法局  录入时间:2017-08-15 10:08\n\n"
        "按照工作安排,某区依法治区领导小组学法用法工作组草拟了《某区法治宣传教育第七个五年规划"
        "(征求意见稿)》。\n\n现面向社会公众广泛征求意见建议。\n\n"
        "某区依法治区领导小组学法用法工作组\n\n2017年8月15日\n\n"
        "某区法治宣传教育\n\n第七个五年规划\n\n(征求意见稿)\n\n"
        "根据上级部署,结合本区实际,制订本规划。\n\n一、指导思想\n"
    )
    assert plan.notice is not None
    assert plan.notice.title is not None
    assert plan.notice.title.endswith("征求意见建议的公告")
    assert plan.title == "某区法治宣传教育第七个五年规划(征求意见稿)"
    assert plan.issuer == "某区依法治区领导小组学法用法工作组"
    assert plan.issued_on == dt.date(2017, 8, 15)


def test_a_law_librarys_bulleted_record_gives_the_number_under_a_sharing_sites_notes() -> None:
    # •【字号】 is the record's document number (字号: alone is a page's font size); a sharing
    # site's numbered notes to its readers (- 3、…请联系客服反馈) open no numbered part, and its
    # labels 文章属性 and 正文 are no title
    plan = rulegov.parse_plan(
        "某省人民政府转发国务院关于加强法治政府建设意见的通知\n"
        "- 1、下载文档前请自行甄别文档内容的完整性。\n"
        "- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。\n"
        "文章属性\n•【制定机关】某省人民政府\n•【公布日期】2010.12.16\n"
        "•【字号】某政发[2010]103号\n•【时效性】现行有效\n正文\n"
        "某省人民政府转发国务院关于加强法治政府建设意见的\n通知\n(某政发[2010]103号)\n"
        "各市(地)、县(市)人民政府,省政府各直属单位:\n"
        "现将《国务院关于加强法治政府建设的意见》转发给你们,请一并认真贯彻执行。\n"
        "一、切实加强对依法行政工作的组织领导。\n各地要把贯彻落实《意见》作为一项重要工作。\n"
    )
    assert plan.doc_number == "某政发[2010]103号"
    assert plan.recipients == ["各市(地)、县(市)人民政府", "省政府各直属单位"]
    assert plan.title not in ("文章属性", "正文")
    assert plan.issuer == "某省人民政府"


def test_organs_printed_alone_over_the_number_issue_the_document() -> None:
    # four bodies' names as the document's mark, apart by spaces, over its number
    plan = rulegov.parse_plan(
        "中共某市委宣传部 某市司法局 某市公务员局 某市依法治市领导小组办公室\n"
        "某治市办〔2011〕1号\n"
        "关于做好2006-2010年法制宣传教育评选表彰推荐报送工作的通知\n"
        "各县(市)区党委宣传部、司法局,市直有关单位:\n现将有关事项通知如下:\n"
        "一、分配名额。\n二、工作要求。\n"
    )
    assert plan.issuer == "中共某市委宣传部、某市司法局、某市公务员局、某市依法治市领导小组办公室"
    assert plan.doc_number == "某治市办〔2011〕1号"


def test_a_page_that_reports_a_document_put_in_force_names_its_title_and_issuer():
    plan = rulegov.parse_plan(
        "发布信息\n"
        "2023年12月,中共某省委办公厅、某省人民政府办公厅发布《某省乡村振兴责任制实施细则》,"
        "自发布之日起施行。\n内容全文\n第一章 总则\n第一条 为了落实责任制,制定本细则。\n"
    )
    assert plan.title == "某省乡村振兴责任制实施细则"
    assert plan.issuer == "中共某省委办公厅、某省人民政府办公厅"


def test_a_salutation_to_a_session_is_no_recipient() -> None:
    # a work report opens on its hearers (各位委员:), not on an address
    plan = rulegov.parse_plan(
        "某市政协常务委员会工作报告\n(2022年1月10日在政协某市第十四届委员会第一次会议上)\n"
        "各位委员、同志们:\n我代表常务委员会,向大会报告工作,请予审议。\n"
        "一、过去五年的工作回顾\n五年来工作取得进展。\n"
    )
    assert plan.recipients == []


def test_a_body_that_reports_its_work_is_the_issuer_of_its_report() -> None:
    # the body's name, then 工作报告: a standing committee's report to its session
    plan = rulegov.parse_plan(
        "某某委员会常务委员会工作报告\n(2018年3月3日)\n一、五年工作的回顾\n五年来工作取得进展。\n"
    )
    assert plan.issuer == "某某委员会常务委员会"
    # a speaker's report names no organ
    plan = rulegov.parse_plan(
        "某某同志在某市某委员会常务委员会工作报告\n(2022年1月10日)\n"
        "一、五年工作的回顾\n五年来工作取得进展。\n"
    )
    assert plan.issuer is None


def test_a_news_agencys_release_tag_is_no_part_of_the_title() -> None:
    plan = rulegov.parse_plan(
        "(两会受权发布)某某委员会常务委员会工作报告\n2018-03-16 01:34:12 来源: 某网\n"
        "某某委员会常务委员会工作报告\n(2018年3月3日)\n一、五年工作的回顾\n五年来工作取得进展。\n"
    )
    assert plan.title == "某某委员会常务委员会工作报告"


def test_a_plans_heading_over_its_table_of_contents_is_its_title() -> None:
    plan = rulegov.parse_plan(
        "某市人民政府办公室关于印发《某市应急预案》的通知\n各区县人民政府,市政府各部门:\n"
        "《某市应急预案》已经市人民政府审议通过,现印发给你们,请遵照执行。\n"
        "某市人民政府办公室\n2014年12月25日\n某市应急预案目录\n1.总则\n1.1编制目的\n"
    )
    assert plan.title == "某市应急预案"


def test_a_street_office_that_reports_its_year_is_the_issuer() -> None:
    plan = rulegov.parse_plan(
        "某市某区某某街道办事处2022年法治政府建设年度报告\n"
        "2022年,街道深入推进法治建设。现报告如下:\n一、强化组织领导\n工作有序推进。\n"
    )
    assert plan.issuer == "某市某区某某街道办事处"


def test_a_pdfs_notice_broken_after_its_title_and_under_a_broken_mark() -> None:
    # the red head broken after the organ's name (某某人民政府 / 文件) names the issuer, and the
    # notice's sentence broken after the title it names (《Y》 / 已经…) is no heading
    plan = rulegov.parse_plan(
        "某自治区人民政府\n\n文件\n\n某政发〔2020〕16号\n\n关于印发《某自治区稳就业实施意见》的通知\n\n"
        "各州、市人民政府,自治区人民政府各部门:\n\n《某自治区稳就业实施意见》\n\n"
        "已经自治区人民政府常务会议审议通过,现印发你们,请\n\n认真贯彻执行。\n\n2020年3月19日\n\n"
        "某自治区稳就业实施意见\n\n自治区始终坚持就业第一。\n\n一、总体要求\n\n坚持就业优先。\n"
    )
    assert plan.title == "某自治区稳就业实施意见"
    assert plan.issuer == "某自治区人民政府"
    assert plan.issued_on == dt.date(2020, 3, 19)


def test_the_organs_mark_names_the_issuer_where_nothing_else_does() -> None:
    plan = rulegov.parse_plan(
        "某省人民政府文件\n某政发〔2020〕3号\n关于印发《某省工作方案》的通知\n各市人民政府:\n"
        "现将《某省工作方案》印发给你们,请认真贯彻执行。\n2020年3月19日\n"
        "某省工作方案\n一、总体要求\n坚持就业优先。\n"
    )
    assert plan.issuer == "某省人民政府"


@pytest.mark.parametrize(
    ("names", "issuer"),
    [
        ("发展改革委办公厅\n税务总局办公厅", "发展改革委办公厅、税务总局办公厅"),
        (
            "某省司法厅\n\n某省财政厅\n\n某省人力资源和社会保障厅",
            "某省司法厅、某省财政厅、某省人力资源和社会保障厅",
        ),
        ("中共某市委办公室\n某市人民政府办公室", "中共某市委办公室、某市人民政府办公室"),
    ],
)
def test_a_joint_red_head_stacking_the_organs_over_one_mark_names_them_all(
    names: str, issuer: str
) -> None:
    # the organs' names one under another and 文件 once, beside them: they issue it together
    plan = rulegov.parse_plan(
        f"{names}\n文件\n某办发〔2019〕86号\n关于加强纳税信用建设的通知\n"
        "各市人民政府,省政府各部门:\n现就有关事项通知如下。\n一、总体要求\n坚持依法推进。\n"
        "二、主要任务\n(一)建立工作机制\n各地建立机制。\n"
    )
    assert plan.issuer == issuer
    assert plan.title == "关于加强纳税信用建设的通知"
    assert plan.doc_number == "某办发〔2019〕86号"


def test_one_organ_over_its_mark_is_not_joined_to_the_title_under_it() -> None:
    plan = rulegov.parse_plan(
        "某省司法厅\n文件\n某司发〔2019〕8号\n关于加强纳税信用建设的通知\n"
        "各市司法局:\n现就有关事项通知如下。\n一、总体要求\n坚持依法推进。\n"
    )
    assert plan.issuer == "某省司法厅"


def test_a_report_a_meeting_heard_is_not_the_title_of_its_resolution() -> None:
    plan = rulegov.parse_plan(
        "(2022年2月14日某县第十七届人民代表大会第二次会议通过)\n"
        "某县第十七届人民代表大会第二次会议听取和审议了县人民法院院长某某所作的"
        "《某县人民法院工作报告》。会议决定批准这个报告。\n会议要求,县人民法院要公正司法。\n"
    )
    assert plan.title != "某县人民法院工作报告"
    assert plan.issuer is None


def test_a_pages_bulleted_field_is_no_address() -> None:
    plan = rulegov.parse_plan(
        "关于《某市河道管理条例(草案)》公开征求意见的公告\n"
        "  • 发布日期:2022-05-07 15:50:00  \n  • 文档来源:  \n  • 作者:\n"
        "关于《某市河道管理条例(草案)》\n公开征求意见的公告\n"
        "某市人大常委会对《某市河道管理条例(草案)》进行了初次审议。现将该条例草案全文公布,征求意见。\n"
        "某市人大常委会\n2022年5月6日\n某市河道管理条例(草案)\n第一章 总则\n第一条 为加强河道管理,制定本条例。\n"
    )
    assert plan.recipients == []
    assert plan.title == "某市河道管理条例(草案)"
    assert plan.issuer == "某市人大常委会"


def test_a_sites_summary_cut_off_with_an_ellipsis_is_no_part_of_the_heading() -> None:
    plan = rulegov.parse_plan(
        "某市发展和改革委员会 某市规划和自然资源局 关于印发某市建设工程实施方案的通知\n"
        "某市发展和改革委员会 某市规划和自然资源局 关于印发某市建设工程实施方案的通知 各区县政府(管委会…\n"
        "某市发展和改革委员会 某市规划和自然资源局 关于印发某市建设工程实施方案的通知\n"
        "各区县政府(管委会),市级有关部门:\n"
        "经市领导同意,现将《某市建设工程实施方案》印发给你们,请认真贯彻落实。\n"
        "开展设施建设是重大民生工程。结合我市实际,特制定本方案。\n一、主要目标\n到2025年建成。\n"
    )
    assert plan.title == "某市建设工程实施方案"
    assert plan.issuer == "某市发展和改革委员会、某市规划和自然资源局"


def test_a_title_in_a_tables_cell_ends_at_its_rule() -> None:
    plan = rulegov.parse_plan(
        "索引号 | 11330208591592676Q/2008-17089 |\n成文日期: | 2008-03-12 |\n"
        "某某高新区2007年工作总结和2008年工作安排报告 |\n"
        "当创业先锋 做创新龙头 ——某某高新区2007年工作总结 一、2007年工作回顾 2007年是开局之年。\n"
    )
    assert plan.title == "某某高新区2007年工作总结和2008年工作安排报告"


def test_an_office_a_disclosure_names_by_its_level_alone_is_no_issuer() -> None:
    # 区办公室: which district's, and which body's office, is not said
    plan = rulegov.parse_plan(
        "发布机构: | 区办公室 |\n成文日期: | 2008-03-12 |\n某某高新区2008年工作安排报告 |\n"
        "一、2007年工作回顾\n2007年是开局之年。\n"
    )
    assert plan.issuer is None


def test_an_address_broken_by_a_pdf_that_opens_on_an_autonomous_prefecture() -> None:
    plan = rulegov.parse_plan(
        "关于印发《某自治区稳就业实施意见》的通知\n"
        "某某哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治\n\n"
        "区人民政府各部门、各直属机构:\n"
        "现将《某自治区稳就业实施意见》印发你们,请认真贯彻执行。\n2020年3月19日\n"
        "某自治区稳就业实施意见\n一、总体要求\n坚持就业优先。\n"
    )
    assert plan.recipients == [
        "某某哈萨克自治州",
        "各州、市、县(市)人民政府",
        "各行政公署",
        "自治区人民政府各部门、各直属机构",
    ]


def test_a_heading_that_names_what_its_rule_carries_out_is_no_notice_sentence() -> None:
    # 贯彻执行 is a notice's word (请贯彻执行), but here it is in the rule's own heading
    plan = rulegov.parse_plan(
        "某省人民检察院关于检察机关贯彻执行《甲规定》和《乙规定》的实施办法(试行)\n"
        "为认真贯彻执行两个规定,防止干预司法活动,制定本办法。\n"
    )
    assert plan.title == "某省人民检察院关于检察机关贯彻执行《甲规定》和《乙规定》的实施办法(试行)"
    assert plan.issuer == "某省人民检察院"
    assert not any(d.code == "no-title" for d in plan.diagnostics)


def test_a_law_librarys_bracket_holds_the_number_and_the_date() -> None:
    # (某政办发〔2001〕99号 2001年5月29日) under the heading: neither a title nor a preamble
    plan = rulegov.parse_plan(
        "某自治区人民政府办公厅关于印发\n《某自治区公文格式规定》的通知\n"
        "(某政办发〔2001〕99号 2001年5月29日)\n各市、县(区)人民政府,自治区政府各部门:\n"
        "现将《某自治区公文格式规定》印发给你们。\n某自治区公文格式规定\n第一章 总则\n"
        "第一条 为了统一公文格式,制定本规定。\n"
    )
    assert plan.doc_number == "某政办发〔2001〕99号"
    assert plan.issued_on == dt.date(2001, 5, 29)
    assert plan.title == "某自治区公文格式规定"


def test_a_sentence_that_says_unify_holds_no_run_on_heading() -> None:
    # 统一、严肃 is a list of words: no 一、 heading run on after a title
    plan = rulegov.parse_plan(
        "某厅关于印发《某规定》的通知\n各市:\n"
        "为了保持公文格式的统一、严肃、整洁,现予印发。\n某规定\n第一条 为了规范公文,制定本规定。\n"
    )
    assert plan.issuer == "某厅"
    assert plan.title == "某规定"


@pytest.mark.parametrize("kind", ["重点任务清单", "发展规划", "工作计划"])
def test_a_title_ending_in_a_kind_that_ends_as_unify_does_is_cut_before_its_run_on_heading(
    kind: str,
) -> None:
    # 清单一、 and 规划一、 are no words as 单一 and 划一 are: the title ends, 一、 heads a section
    plan = rulegov.parse_plan(
        f"某市2024年法治政府建设{kind}一、加强党的领导\n（一）深入学习贯彻习近平法治思想。\n"
        "二、推进依法行政\n（二）完善制度。\n"
    )
    assert plan.title == f"某市2024年法治政府建设{kind}"
    assert [section.title for section in plan.sections] == ["加强党的领导", "推进依法行政"]


def test_a_plan_heading_left_after_an_unsigned_notice_is_no_signer() -> None:
    # the notice ends with no signature; the line after it is the plan's heading, no organ
    plan = rulegov.parse_plan(
        "某自治区人民政府办公厅关于印发《某自治区公文格式规定》的通知\n各市人民政府:\n"
        "现将《某自治区公文格式规定》印发给你们,请遵照执行。\n某自治区人民政府公文格式规定\n"
    )
    assert plan.issuer == "某自治区人民政府办公厅"


@pytest.mark.parametrize(
    "signer",
    [
        "某市妇联",
        "某县总工会",
        "某市红十字会",
        "某市委网信办",
        "某市公安局交通警察支队",
        "某县融媒体中心",
    ],
)
def test_an_undated_signature_under_a_notice_names_its_issuer(signer: str) -> None:
    # no date under the name: it still signs the notice, whatever its organ's ending
    plan = rulegov.parse_plan(
        "关于印发某实施方案的通知\n各县人民政府:\n"
        f"现将《某实施方案》印发给你们,请认真贯彻执行。\n{signer}\n"
    )
    assert plan.issuer == signer


def test_a_heading_that_names_each_document_it_prints_on_a_line_is_one_heading() -> None:
    plan = rulegov.parse_plan(
        "某省财政厅 某省科技厅\n关于印发 《某省奖补资金管理办法》\n《某省创新券实施管理办法》\n"
        "《某省揭榜制实施管理办法》的通知\n某财规〔2020〕3号\n各州市财政局:\n"
        "现将三个办法印发你们,请遵照执行。\n某省财政厅\n2020年5月19日\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == (
        "某省财政厅某省科技厅关于印发《某省奖补资金管理办法》《某省创新券实施管理办法》"
        "《某省揭榜制实施管理办法》的通知"
    )


def test_a_cut_headings_document_printed_again_under_it_is_the_plans_title() -> None:
    # 关于印发《甲》 without 的通知, and 《甲》 under it: the plan's own title, no second document
    plan = rulegov.parse_plan(
        "某市人民政府关于印发《某市2024年法治政府建设工作要点》\n"
        "《某市2024年法治政府建设工作要点》\n一、加强党的领导\n"
        "（一）深入学习贯彻习近平法治思想。市司法局负责。\n"
    )
    assert plan.title == "某市2024年法治政府建设工作要点"
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府关于印发《某市2024年法治政府建设工作要点》"


def test_a_standing_committees_announcement_names_its_issuer_number_and_date() -> None:
    plan = rulegov.parse_plan(
        "某市人民代表大会常务委员会听证条例\n\n某市人民代表大会常务委员会公告\n\n第三十七号\n\n"
        "某市人大常委会会议于2001年10月17日通过的《某市人民代表大会常务委员会听证条例》"
        "业经批准,现予公布。\n\n某市人民代表大会常务委员会\n\n2001年12月26日\n\n"
        "(2001年10月17日某市人民代表大会常务委员会第十一次会议通过)\n\n第一章 总 则\n"
        "第一条 为了规范听证活动,制定本条例。\n"
    )
    assert plan.issuer == "某市人民代表大会常务委员会"
    assert plan.doc_number == "第三十七号"
    assert plan.issued_on == dt.date(2001, 12, 26)
    assert plan.title == "某市人民代表大会常务委员会听证条例"


def test_a_notice_run_onto_one_line_from_its_address_on_is_signed() -> None:
    plan = rulegov.parse_plan(
        "各县(市)、区人民政府,市政府各委办局: 《某办公厅职责规定》经市政府批准,现予印发。 "
        "某市人民政府办公厅 二〇〇九年九月十日 某办公厅职责规定 根据有关规定,设立某办公厅。\n"
    )
    assert plan.issuer == "某市人民政府办公厅"
    assert plan.issued_on == dt.date(2009, 9, 10)
    assert plan.recipients == ["各县(市)、区人民政府", "市政府各委办局"]


def test_a_pdfs_punctuation_copied_as_yi_syllables_reads_as_punctuation() -> None:
    # a PDF's font maps ， and 。 onto ꎬ and ꎮ, and a copy keeps those
    plan = rulegov.parse_plan(
        "某省人民政府关于印发某省金融改革若干措施的通知\n各市人民政府ꎬ省政府各委办厅局:\n"
        "现将措施印发给你们ꎬ请认真贯彻执行ꎮ\n某省人民政府\n2014年4月30日\n"
    )
    assert plan.recipients == ["各市人民政府", "省政府各委办厅局"]


def test_a_joint_notice_run_onto_one_line_is_cut_after_its_heading() -> None:
    plan = rulegov.parse_plan(
        "中共某省委办公厅 某省人民政府办公厅关于印发《某省营商环境行动计划》的通知 "
        "各市、县党委和人民政府,省委各部门: 《某省营商环境行动计划》已经同意,现印发给你们。 "
        "中共某省委办公厅 某省人民政府办公厅 2018年12月9日 (此件公开发布) 某省营商环境行动计划 "
        "为优化营商环境,制定本计划。\n"
    )
    assert plan.recipients == ["各市、县党委和人民政府", "省委各部门"]
    assert plan.issued_on == dt.date(2018, 12, 9)
    assert plan.issuer == "中共某省委办公厅、某省人民政府办公厅"


def test_a_reports_dashed_delivery_note_dates_it() -> None:
    # a report to a congress prints the meeting it was given at after a dash, under its heading
    plan = rulegov.parse_plan(
        "某市中级人民法院工作报告\n——2023年2月9日在某市第十七届人民代表大会第三次会议上\n"
        "某市中级人民法院院长 某某\n各位代表:\n现在,我代表市中级人民法院向大会报告工作,请予审议。\n"
    )
    assert plan.issued_on == dt.date(2023, 2, 9)
    assert plan.title == "某市中级人民法院工作报告"


def test_the_speaker_under_a_delivery_note_names_the_reporting_organ() -> None:
    # a copy that lost the heading: the speaker's office names the organ; neither line is a title
    plan = rulegov.parse_plan(
        "--2015年11月2日在第十二屆全國人民代表大會常務委員會第十七次會議上\n"
        "某某人民法院院長某某\n全國人民代表大會常務委員會:\n根據本次會議安排,我代表法院報告工作。\n"
    )
    assert plan.issuer == "某某人民法院"
    assert plan.issued_on == dt.date(2015, 11, 2)
    assert plan.recipients == ["全國人民代表大會常務委員會"]
    # the address opens the text: no title, and the address does not stand in for one
    assert "no-title" in [d.code for d in plan.diagnostics]
    assert plan.title == "根據本次會議安排,我代表法院報告工作。"


def test_a_salutation_under_a_speaker_does_not_stand_in_for_the_missing_title() -> None:
    plan = rulegov.parse_plan(
        "——2023年1月12日在某市第十六届人民代表大会第二次会议上\n"
        "某市人民代表大会常务委员会副主任 李四\n各位代表:\n我代表常委会报告工作。\n"
    )
    assert plan.issuer == "某市人民代表大会常务委员会"
    assert plan.title == "我代表常委会报告工作。"


def test_a_report_given_on_another_organs_behalf_is_that_organs() -> None:
    # the bureau's head speaks, but 受市人民政府委托: the government reports, named with his place
    plan = rulegov.parse_plan(
        "关于某市2022年预算执行情况和2023年预算草案的报告\n"
        "——2023年1月10日在某市第十六届人民代表大会第二次会议上\n某市财政局局长 张三\n各位代表:\n"
        "受市人民政府委托,现将某市2022年预算执行情况和2023年预算草案提请大会审议。\n"
    )
    assert plan.issuer == "某市人民政府"


def test_a_bureaus_head_names_no_issuer_of_a_report_that_does_not_say_whose_it_is() -> None:
    # a bureau does not report its own work to a congress: its head speaks for another organ
    plan = rulegov.parse_plan(
        "关于2023年度法治政府建设情况的报告\n——2024年3月1日在某县人大常委会第十次会议上\n"
        "某县司法局局长 王某\n主任、各位副主任、秘书长、各位委员:\n现将有关情况报告如下。\n"
    )
    assert plan.issuer is None


def test_the_speaker_under_a_delivery_note_broken_over_two_lines_is_no_title() -> None:
    plan = rulegov.parse_plan(
        "关于2023年财政决算的报告\n(2024年6月28日在某市第十六届人民代表大会常务委员会\n"
        "第十次会议上)\n某市人民政府副市长 张三\n主任、各位副主任、秘书长、各位委员:\n"
        "现将决算情况报告如下。\n"
    )
    assert plan.title == "关于2023年财政决算的报告"
    assert plan.issuer == "某市人民政府"


def test_a_pages_short_name_of_the_organ_the_heading_names_in_full_is_the_headings() -> None:
    plan = rulegov.parse_plan(
        "成文日期: | 2023-03-27 | 体裁分类: | 其他 |\n发布机构: | 区司法局 | 公开方式: | 主动公开 |\n"
        "某某区司法局2022年法治政府建设工作报告\n2022年度,某某区司法局坚持依法行政。\n"
    )
    assert plan.issuer == "某某区司法局"


@pytest.mark.parametrize("joint", ["某某区人民法院 某某区司法局", "某某区人民法院和某某区司法局"])
def test_a_joint_heading_ending_in_the_pages_short_name_is_not_glued_into_one_issuer(
    joint: str,
) -> None:
    # the heading's words before 某某区司法局 name another organ too: the page's organ is the
    # heading's last, in full
    plan = rulegov.parse_plan(
        "成文日期: | 2023-03-27 | 体裁分类: | 其他 |\n发布机构: | 区司法局 | 公开方式: | 主动公开 |\n"
        f"{joint}关于开展2023年普法工作的通知\n各单位:\n现将有关事项通知如下。\n"
    )
    assert plan.issuer == "某某区司法局"


def test_a_mirrors_pinyin_glosses_part_no_words_of_a_run_on_notice() -> None:
    # the glosses are dropped from inside words: only the copy's spaces cut the run-on line
    plan = rulegov.parse_plan(
        "關(guān)于印發(fā)《某制度》的通知 某應(yīng)急〔2019〕82號\n"
        "局機(jī)關(guān)各處室、監(jiān)察支隊: 《某制度》已經(jīng)局黨組會議通過,"
        "現(xiàn)印發(fā)給你們。 某市應(yīng)急管理局 2019年10月28日 某制度 第一條 為規範執法,制定本制度。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "關于印發《某制度》的通知"
    assert plan.doc_number == "某應急〔2019〕82號"
    assert plan.issuer == "某市應急管理局"
    assert plan.issued_on == dt.date(2019, 10, 28)
    assert plan.recipients == ["局機關各處室、監察支隊"]


def test_a_mirrors_glosses_in_full_width_brackets_part_no_words_either() -> None:
    plan = rulegov.parse_plan(
        "關（guān）于印發（fā）《某制度》的通知 某應（yīng）急〔2019〕82號\n"
        "局機（jī）關（guān）各處室、監（jiān）察支隊: 《某制度》已經（jīng）局黨組會議通過,"
        "現（xiàn）印發（fā）給你們。 某市應（yīng）急管理局 2019年10月28日 某制度 第一條 為規範執法,制定本制度。\n"
    )
    assert plan.issuer == "某市應急管理局"
    assert plan.issued_on == dt.date(2019, 10, 28)


def test_labels_of_roles_joined_by_a_comma_of_lists_are_no_address() -> None:
    plan = rulegov.parse_plan(
        "牵头单位、配合单位: 县司法局牵头,县委宣传部配合 某县2023年普法工作要点\n"
        "一、重点任务\n1.开展宪法宣传。\n"
    )
    assert plan.recipients == []


def test_a_notice_run_on_from_an_address_of_offices_and_a_detachment_is_cut() -> None:
    # an address of names joined by 、 (局机关各处室、监察支队:) opens a run-on notice too
    plan = rulegov.parse_plan(
        "某局关于印发《某制度》的通知\n"
        "局机关各处室、监察支队: 《某制度》已经局党组会议通过,现印发给你们。 "
        "某市应急管理局 2019年10月28日 某制度 第一条 为规范执法,制定本制度。\n"
    )
    assert plan.recipients == ["局机关各处室、监察支队"]
    assert plan.issued_on == dt.date(2019, 10, 28)


def test_a_notice_run_on_from_an_address_with_a_bracket_of_places_is_cut() -> None:
    # 各县(市、区)人民政府 is one addressee: the 、 inside its bracket parts no names
    plan = rulegov.parse_plan(
        "市直各单位、各县(市、区)人民政府: 现将《某县2023年普法工作要点》印发给你们,请认真贯彻落实。"
        " 某县司法局 2023年3月1日 某县2023年普法工作要点\n一、重点任务\n1.开展宪法宣传。\n"
    )
    assert (plan.issuer, plan.issued_on) == ("某县司法局", dt.date(2023, 3, 1))


@pytest.mark.parametrize(
    ("speaker", "body", "issuer"),
    [
        # 受理委托执行案件: the court's own report, no delegation
        (
            "某市中级人民法院院长 张三",
            "2022年,全市法院受理委托执行案件1200件,审结1100件。",
            "某市中级人民法院",
        ),
        # 受县人民政府和县长委托: the organ is the government, not the county head with it
        ("某县司法局局长 王某", "受县人民政府和县长委托,现将有关情况报告如下。", "某县人民政府"),
        # a supervisory commission reports its own work to the standing committee
        ("某市监察委员会主任 张三", "我代表市监察委员会报告工作。", "某市监察委员会"),
    ],
)
def test_a_delegation_opens_its_clause_and_names_an_organ(
    speaker: str, body: str, issuer: str
) -> None:
    plan = rulegov.parse_plan(
        "——2023年1月12日在某市第十六届人民代表大会常务委员会第二次会议上\n"
        f"{speaker}\n主任、各位副主任、秘书长、各位委员:\n{body}\n"
    )
    assert plan.issuer == issuer


def test_a_delegation_words_inside_another_word_name_no_issuer() -> None:
    # 接受群众委托: the people are no organ on whose behalf the bureau reports
    plan = rulegov.parse_plan(
        "——2024年3月1日在某县人大常委会第十次会议上\n某县司法局局长 王某\n"
        "主任、各位副主任、秘书长、各位委员:\n全年接受群众委托代写文书300份。\n"
    )
    assert plan.issuer != "群众"


@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("区司法局", "厦门市思明区司法局"),
        ("区司法局", "天津市和平区司法局"),
        ("市司法局", "嘉峪关市司法局"),
    ],
)
def test_a_place_whose_name_holds_a_units_last_character_keeps_the_full_issuer(
    page: str, name: str
) -> None:
    # 厦门, 和平, 嘉峪关 are places: the heading's full name is the issuer, not the page's short one
    plan = rulegov.parse_plan(
        "成文日期: | 2023-03-27 | 体裁分类: | 其他 |\n"
        f"发布机构: | {page} | 公开方式: | 主动公开 |\n"
        f"{name}关于开展2023年普法工作的通知\n各单位:\n现将有关事项通知如下。\n"
    )
    assert plan.issuer == name


def test_a_line_that_leads_into_the_text_stands_in_for_the_missing_title() -> None:
    # …报告如下: ends in a colon but addresses no one: it stands in, and names the plan's year
    plan = rulegov.parse_plan(
        "2024年,某街道坚持依法行政,现将2024年法治政府建设情况报告如下:\n"
        "一、主要举措和成效\n(一)加强组织领导。\n"
    )
    assert plan.title == "2024年,某街道坚持依法行政,现将2024年法治政府建设情况报告如下:"
    assert plan.period is not None
    assert (plan.period.start_year, plan.period.end_year) == (2024, 2024)


def test_a_year_the_work_runs_since_is_no_plan_year_where_a_date_gives_one() -> None:
    # 2010年以來 says where the work reported on starts: the report is the year it is given's
    plan = rulegov.parse_plan(
        "--2015年11月2日在第十二屆全國人民代表大會常務委員會第十七次會議上\n"
        "某某人民法院院長某某\n全國人民代表大會常務委員會:\n"
        "根據本次會議安排,我代表法院報告2010年以來行政審判工作情況,請審議。\n"
    )
    assert plan.period is not None
    assert (plan.period.start_year, plan.period.end_year) == (2015, 2015)


def test_a_year_the_work_runs_since_is_the_plan_year_where_no_date_gives_one() -> None:
    plan = rulegov.parse_plan(
        "2023年以來,某縣堅持依法行政,現將有關情況報告如下:\n一、主要舉措\n(一)加強組織領導。\n"
    )
    assert plan.period is not None
    assert (plan.period.start_year, plan.period.end_year) == (2023, 2023)


def test_a_law_sites_fields_in_pipes_are_the_pages_and_the_head_follows() -> None:
    # each cell holds a label and its value, the row closed by a pipe: no table, the head follows
    plan = rulegov.parse_plan(
        "颁布单位:某省人民政府 | 文号:某政发〔2009〕2号 |\n"
        "某省人民政府关于印发《某某城市群建设规划》的通知\n某政发〔2009〕2号\n"
        "各市人民政府,省人民政府各工作部门:\n《某某城市群建设规划》已经省政府同意,现印发给你们。\n"
    )
    assert plan.title == "某某城市群建设规划"
    assert plan.issuer == "某省人民政府"
    assert plan.recipients == ["各市人民政府", "省人民政府各工作部门"]


def test_a_news_pages_headline_and_lead_above_full_text_below_are_the_pages() -> None:
    # a stray link like a heading, the news site's headline and its lead are the page's: the
    # document starts under 全文如下:
    plan = rulegov.parse_plan(
        "某委等部门关于印发《某行业节能降碳专项行动计划》的\n"
        "某市深入打好污染防治攻坚战 实施三大行动计划\n"
        "5月10日,某市人民政府发布了《关于落实重点工作任务分工的通知》,提出加强生态环境治理。\n"
        "全文如下:\n"
        "某市人民政府印发关于落实国务院\n《政府工作报告》重点工作任务分工的通知\n"
        "各区人民政府,市政府各委、办、局:\n现将《关于落实重点工作的任务分工》印发给你们,望遵照执行。\n"
        "某市人民政府\n2022年5月6日\n"
    )
    assert plan.notice is not None
    assert (
        plan.notice.title == "某市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知"
    )
    assert plan.issuer == "某市人民政府"


def test_a_signed_notice_without_its_address_above_full_text_below_is_kept() -> None:
    # a web copy leaves out the 主送 line: the notice over 全文如下: is the document's, signed
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发某县2023年法治政府建设工作要点的通知\n某政办发〔2023〕8号\n"
        "现将《某县2023年法治政府建设工作要点》印发给你们,请认真贯彻执行。\n"
        "某县人民政府办公室\n2023年3月15日\n全文如下:\n某县2023年法治政府建设工作要点\n"
        "一、健全依法行政制度体系\n1.开展培训。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某县人民政府办公室关于印发某县2023年法治政府建设工作要点的通知"
    assert plan.issuer == "某县人民政府办公室"


def test_a_pages_title_over_full_text_below_with_no_title_under_it_stays_the_title() -> None:
    plan = rulegov.parse_plan(
        "某县2023年法治政府建设工作要点\n发布时间:2023-03-16  来源:县司法局\n全文如下:\n"
        "一、健全依法行政制度体系\n1.开展培训。\n"
    )
    assert plan.title == "某县2023年法治政府建设工作要点"
    assert plan.excerpt(plan.spans["title"]) == "某县2023年法治政府建设工作要点"
    assert "no-title" not in {d.code for d in plan.diagnostics}


def test_a_reports_subtitle_without_its_day_still_names_the_speakers_organ() -> None:
    # ——在…会议上 gives the meeting alone, the day in a bracket under the speaker's line
    plan = rulegov.parse_plan(
        "政府工作报告\n——在某某旗第十六届人民代表大会第一次会议上\n"
        "某某旗人民政府代旗长 某某某\n(2022年1月5日)\n各位代表:\n"
        "现在,我代表旗人民政府向大会报告工作,请予审议。\n"
    )
    assert plan.issuer == "某某旗人民政府"
    assert plan.issued_on == dt.date(2022, 1, 5)


def test_a_number_glued_before_a_heading_that_opens_with_its_organ_is_no_part_of_it() -> None:
    # the page's title runs the number into the heading: 某府办函〔2020〕78号市人民政府办公厅关于…
    plan = rulegov.parse_plan(
        "某府办函〔2020〕78号市人民政府办公厅关于印发某市气象灾害应急预案的通知\n"
        "各区、县人民政府,市政府有关工作部门:\n《某市气象灾害应急预案》已经市政府同意,现印发给你们。\n"
        "2020年9月15日\n某市气象灾害应急预案\n1总则\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "市人民政府办公厅关于印发某市气象灾害应急预案的通知"
    assert plan.doc_number is not None
    assert str(plan.doc_number) == "某府办函〔2020〕78号"


def test_the_organs_mark_over_its_number_names_the_office_a_page_names_by_level() -> None:
    # 发布机构: 市政府办公厅 names the office by its level; the mark over the number names it in full
    plan = rulegov.parse_plan(
        "发布机构:市政府办公厅\n安顺市人民政府办公厅\n安府办函〔2020〕78号\n"
        "市人民政府办公厅关于印发安顺市气象灾害应急预案的通知\n各区、县人民政府:\n"
        "《安顺市气象灾害应急预案》已经市政府同意,现印发给你们。\n2020年9月15日\n"
    )
    assert plan.issuer == "安顺市人民政府办公厅"


def test_the_organs_mark_names_in_full_the_district_its_heading_names_without_its_city() -> None:
    # a page's heading and byline over the red head, as a district's site prints them
    plan = rulegov.parse_plan(
        "今天是:\n河东区人民政府关于印发 河东区人民政府工作规则的通知\n"
        "来源 :天津市河东区人民政府办公室 访问次数 : 发布时间 :2020-06-29\n"
        "天津市河东区人民政府文件\n河东区人民政府关于印发\n河东区人民政府工作规则的通知\n"
        "各街道办事处,各委、办、局:\n现将《河东区人民政府工作规则》印发给你们,请遵照执行。\n"
    )
    assert plan.issuer == "天津市河东区人民政府"


def test_a_mirrors_glosses_without_tone_marks_are_dropped_where_a_document_holds_several() -> None:
    # 教政法(fa)〔2021〕13號: the mirror glosses characters without tones, the number is the copy's
    plan = rulegov.parse_plan(
        "教政法(fa)〔2021〕13號\n各(ge)省(sheng)(sheng)教(jiao)育(yu)廳:\n"
        "我部研究制定了《某某規劃》,現(xian)予印發。\n教育部\n2021年11月(yue)3日(ri)\n"
    )
    assert plan.doc_number is not None
    assert str(plan.doc_number) == "教政法〔2021〕13號"
    assert plan.issued_on == dt.date(2021, 11, 3)
    assert plan.recipients == ["各省教育廳"]


def test_a_documents_own_letters_in_brackets_are_no_glosses() -> None:
    # (ai), (a)类 and (o) are the document's: vowels alone tell no mirror's glosses
    plan = rulegov.parse_plan(
        "某市2023年工作要点\n1.推进人工智能(ai)应用,推广电子政务(e)服务。\n"
        "2.开展(a)类、(e)类企业培训,推广在线(o)服务。\n"
    )
    assert [task.title for task in plan.tasks] == [
        "推进人工智能(ai)应用,推广电子政务(e)服务",
        "开展(a)类、(e)类企业培训,推广在线(o)服务",
    ]


def test_a_notices_heading_broken_over_three_lines_after_its_verb_is_its_title() -> None:
    # X关于印发 / 某市推动…建设 / 行动方案的通知: the verb closes the first line, 通知 the third
    plan = rulegov.parse_plan(
        "某市人民政府关于印发\n某市推动双城经济圈建设\n行动方案的通知\n某府发〔2023〕8号\n"
        "各区县人民政府,市政府各部门:\n现将《某市推动双城经济圈建设行动方案》印发给你们。\n"
        "某市人民政府\n2023年3月10日\n某市推动双城经济圈建设行动方案\n一、总体要求\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府关于印发某市推动双城经济圈建设行动方案的通知"


def test_a_title_broken_after_a_quoted_name_joins_as_the_notice_names_it() -> None:
    # the notice names 《关于落实〈政府工作报告〉…》, the heading prints its quotes 《》 and breaks
    plan = rulegov.parse_plan(
        "某市人民政府印发关于落实国务院\n《政府工作报告》重点工作任务分工的通知\n"
        "各区人民政府,市政府各委、办、局:\n"
        "现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们,望遵照执行。\n"
        "某市人民政府\n2022年5月6日\n关于落实国务院《政府工作报告》\n重点工作的任务分工\n"
        "为全面贯彻党的十九大精神,现提出如下分工。\n"
    )
    assert plan.title == "关于落实国务院《政府工作报告》重点工作的任务分工"


def test_a_news_leads_name_does_not_replace_the_title_the_notice_names() -> None:
    plan = rulegov.parse_plan(
        "某市深入打好污染防治攻坚战\n"
        "5月10日,某市人民政府发布了《关于落实重点工作任务分工的通知》,提出加强生态环境治理。\n"
        "全文如下:\n某市人民政府印发关于落实国务院\n《政府工作报告》重点工作任务分工的通知\n"
        "各区人民政府,市政府各委、办、局:\n"
        "现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们,望遵照执行。\n"
        "某市人民政府\n2022年5月6日\n关于落实国务院《政府工作报告》\n重点工作的任务分工\n"
        "为全面贯彻党的十九大精神,现提出如下分工。\n"
    )
    assert plan.title == "关于落实国务院《政府工作报告》重点工作的任务分工"


def test_a_number_in_a_bracket_of_its_own_under_a_heading_is_the_number_not_the_titles() -> None:
    plan = rulegov.parse_plan(
        "某县人民政府关于加强某某工作的意见\n(某政发〔2019〕5号)\n各乡镇人民政府,县直各部门:\n"
        "为加强某某工作,现提出如下意见。\n一、总体要求\n"
    )
    assert plan.title == "某县人民政府关于加强某某工作的意见"
    assert plan.doc_number is not None
    assert str(plan.doc_number) == "某政发〔2019〕5号"


def test_a_plans_cover_names_its_issuer_over_the_month_it_was_printed() -> None:
    plan = rulegov.parse_plan(
        "某县2023年普法工作计划\n某县司法局\n二〇二三年三月\n为深入推进普法工作,制定本计划。\n"
        "一、指导思想\n"
    )
    assert plan.issuer == "某县司法局"
    assert plan.issued_on is None


def test_a_notices_sentence_broken_by_a_copy_is_no_title_of_the_plan() -> None:
    # 现将《Y》印发给你们,请认真贯彻 / 执行。: the sentence names the plan but is no heading
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发《某县2023年工作要点》的通知\n各乡镇人民政府,县直各部门:\n"
        "现将《某县2023年工作要点》印发给你们,请认真贯彻\n执行。\n某县人民政府办公室\n"
        "2023年5月10日\n某县2023年工作要点\n一、总体要求\n"
    )
    assert plan.title == "某县2023年工作要点"
    assert plan.issued_on == dt.date(2023, 5, 10)


def test_a_sites_name_over_a_heading_that_opens_with_its_organ_is_no_part_of_it() -> None:
    # a heading opens with its issuer and 关于: the sponsor lines and the platform's name are the page's
    plan = rulegov.parse_plan(
        "主办单位:某市委宣传部\n承办单位:某某网\n\n某市文化产业政策服务平台\n\n"
        "某市人民政府办公厅关于印发2018年工作任务分解方案的通知\n\n各区人民政府:\n"
        "现将《2018年工作任务分解方案》印发给你们,请认真贯彻执行。\n"
        "某市人民政府办公厅\n2018年2月14日\n2018年工作任务分解方案\n一、加强组织领导\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府办公厅关于印发2018年工作任务分解方案的通知"
    assert plan.issuer == "某市人民政府办公厅"


def test_joint_issuers_one_a_line_over_their_heading_stay_in_it() -> None:
    plan = rulegov.parse_plan(
        "中共某省委\n某省人民政府关于加快某区振兴发展的实施意见\n"
        "为加快某区振兴发展,现提出如下实施意见。\n一、总体要求\n"
    )
    assert plan.title == "中共某省委某省人民政府关于加快某区振兴发展的实施意见"


def test_a_notice_signed_after_its_own_requirements_is_dated_by_its_signature() -> None:
    # the notice sets out 一、 二、 before it signs, right over the plan's title
    plan = rulegov.parse_plan(
        "某市人民政府办公厅关于印发2018年工作任务分解方案的通知\n各区人民政府:\n"
        "现将《2018年工作任务分解方案》印发给你们,并就有关事项通知如下。\n"
        "一、各牵头单位要切实履行牵头责任。\n二、请于2018年3月9日前报送落实措施。\n"
        "某市人民政府办公厅\n2018年2月14日\n(此件公开发布)\n2018年工作任务分解方案\n"
        "一、坚决打好三大攻坚战\n(一)规范政府举债行为。(牵头单位:市财政局)\n"
    )
    assert plan.issued_on == dt.date(2018, 2, 14)


@pytest.mark.parametrize(
    ("organs", "issuer"),
    [
        ("某县人民政府\n", "某县人民政府"),
        ("中共某县委办公室\n某县人民政府办公室\n", "中共某县委办公室、某县人民政府办公室"),
    ],
)
def test_the_organs_signing_a_notice_over_the_plans_title_are_its_issuers(
    organs: str, issuer: str
) -> None:
    # a heading that names no organ: the signature over the plan's title names the issuers
    plan = rulegov.parse_plan(
        "关于印发某县2023年法治政府建设工作要点的通知\n各乡镇人民政府,县直各单位:\n"
        "现将《某县2023年法治政府建设工作要点》印发给你们,并提出以下要求:\n"
        "一、加强领导。各单位要高度重视。\n二、狠抓落实。各单位要认真落实。\n"
        f"{organs}2023年3月1日\n(此件公开发布)\n某县2023年法治政府建设工作要点\n"
        "一、总体要求\n(一)加强组织领导。\n"
    )
    assert plan.issuer == issuer
    assert plan.excerpt(plan.spans["issuer"]) == organs.strip()
    assert plan.issued_on == dt.date(2023, 3, 1)


@pytest.mark.parametrize("note", ["(此件公开发布)\n", "（此件主动公开）\n", ""])
@pytest.mark.parametrize(
    ("organs", "issuer"),
    [
        ("某市人民政府\n", "某市人民政府"),
        ("中共某县委办公室\n某县人民政府办公室\n", "中共某县委办公室、某县人民政府办公室"),
    ],
)
def test_a_notice_printed_from_its_address_on_signs_over_the_plans_title(
    note: str, organs: str, issuer: str
) -> None:
    # a mirror or a page that prints the notice without its heading: the recipients' line,
    # the notice's requirements, its signature right over the title of the plan it prints
    plan = rulegov.parse_plan(
        "各县(市)区人民政府,市政府各部门:\n"
        "《2025年重点工作分工方案》已经市政府同意,现印发给你们,请认真贯彻。\n"
        "一、各部门要切实把重点工作落到实处。\n二、各部门主要负责同志要靠前指挥。\n"
        f"{organs}2025年1月25日\n{note}2025年重点工作分工方案\n"
        "一、主要预期目标\n1.地区生产总值增长6%。\n牵头单位:市发展改革委\n"
    )
    assert plan.issuer == issuer
    assert plan.issued_on == dt.date(2025, 1, 25)
    assert plan.tasks[0].lead_units == ["市发展改革委"]


@pytest.mark.parametrize(
    "heading", ["", "某市人民政府关于印发2025年市〈政府工作报告〉分工方案的通知\n"]
)
@pytest.mark.parametrize(
    "printed",
    ["2025年市《政府工作报告》分工方案\n", "2025年市《政府工作报告》\n分工方案\n"],
)
def test_the_title_a_notice_quotes_with_nested_marks_is_the_title_printed_under_its_signature(
    heading: str, printed: str
) -> None:
    # the notice quotes 《2025年市〈政府工作报告〉分工方案》, nesting the title's own marks; the
    # plan's title under the signature prints them whole: the signature is over the same title
    plan = rulegov.parse_plan(
        f"{heading}各区人民政府,市政府各部门:\n"
        "《2025年市〈政府工作报告〉分工方案》已经市政府同意,现印发给你们,请认真贯彻。\n"
        "一、各部门要切实把重点工作落到实处。\n二、各部门要加强督查。\n"
        f"某市人民政府\n2025年1月25日\n(此件公开发布)\n{printed}"
        "一、主要预期目标\n1.地区生产总值增长6%。\n牵头单位:市发展改革委\n"
    )
    assert plan.issuer == "某市人民政府"
    assert plan.issued_on == dt.date(2025, 1, 25)


@pytest.mark.parametrize(
    "printed", ["某县乡村振兴实施方案\n(2023—2025年)\n", "某县乡村振兴\n实施方案(2023—2025年)\n"]
)
def test_a_notice_signed_over_the_plans_title_broken_over_lines_is_dated(printed: str) -> None:
    # the plan prints its period on a line of its own, or breaks its title: the signature over
    # the title's first line is the notice's all the same
    plan = rulegov.parse_plan(
        "关于印发某县乡村振兴实施方案(2023—2025年)的通知\n各乡镇人民政府,县直各单位:\n"
        "现将《某县乡村振兴实施方案(2023—2025年)》印发给你们,并提出以下要求:\n"
        "一、加强领导。各单位要高度重视。\n二、狠抓落实。各单位要认真落实。\n"
        f"某县人民政府\n2023年3月1日\n(此件公开发布)\n{printed}一、总体要求\n(一)加强组织领导。\n"
    )
    assert plan.issued_on == dt.date(2023, 3, 1)
    assert plan.excerpt(plan.spans["issued_on"]) == "2023年3月1日"
    assert plan.issuer == "某县人民政府"


def test_the_count_of_a_plans_items_under_its_title_is_no_part_of_it() -> None:
    plan = rulegov.parse_plan(
        "各镇人民政府:\n《区政府2024年重点工作分解方案》已经区政府常务会议审议通过,现予印发。\n"
        "某区人民政府\n2024年1月25日\n区政府2024年重点工作分解方案\n(共118项)\n"
        "一、主要预期目标\n1.地区生产总值增长5%以上。\n"
    )
    assert plan.title == "区政府2024年重点工作分解方案"


def test_a_disclosure_field_left_empty_under_the_block_is_no_title() -> None:
    # 内容概述 with no value, alone under the block's rows: the block's, not the document's title
    plan = rulegov.parse_plan(
        "索 引 号 003110926/201510-00216 信息分类 信息公开制度\n"
        "发布机构 市交通运输局 发布日期 2015-10-15 10:06:36\n文 号 信息格式/语种\n"
        "信息名称 关于印发某市政务公开工作规则等公开制度的通知\n内容概述\n"
        "关于印发某市政务公开工作规则等公开制度的通知\n各县(市)、区人民政府:\n"
        "现将《某市政务公开工作规则》、《某市政务公开考评办法》印发给你们,请认真贯彻执行。\n"
        "一、领导小组在市委、市政府的领导下开展工作。\n"
    )
    assert plan.title == "某市政务公开工作规则"


def test_a_long_run_of_fields_left_empty_under_the_block_is_all_the_blocks() -> None:
    # each empty field (blank lines between) follows one read as the block's: a long page's
    # run of them is read to its end, and the title and the number stand as the block gave them
    empty = "内容概述\n\n审核\n" * 2_000
    plan = rulegov.parse_plan(
        f"发文字号:某政发〔2023〕5号 发布时间:2023-03-05\n{empty}"
        "某县2023年法治政府建设工作要点\n一、总体要求\n(一)加强领导。\n"
    )
    assert plan.title == "某县2023年法治政府建设工作要点"
    assert plan.excerpt(plan.spans["title"]) == "某县2023年法治政府建设工作要点"
    assert plan.doc_number == "某政发〔2023〕5号"
    assert plan.preamble is None
    assert sum(d.code == "metadata" for d in plan.diagnostics) == 1 + 2 * 2_000


@pytest.mark.parametrize(
    ("name", "sentence", "title"),
    [
        ("某市提高最低工资标准等工作方案", "", "某市提高最低工资标准等工作方案"),
        ("某县落实中央八项规定等工作任务清单", "", "某县落实中央八项规定等工作任务清单"),
        ("贯彻落实省委意见等重点任务分工方案", "", "贯彻落实省委意见等重点任务分工方案"),
        # a tail that may count rules (等工作规则): the sentence's 《》 names one document
        (
            "某市落实中央八项规定等工作规则",
            "《某市落实中央八项规定等工作规则》",
            "某市落实中央八项规定等工作规则",
        ),
        (
            "某市政务公开工作规则等公开制度",
            "《某市政务公开工作规则》等制度",
            "某市政务公开工作规则",
        ),
    ],
)
def test_a_plans_name_that_runs_on_after_deng_to_its_kind_is_one_title(
    name: str, sentence: str, title: str
) -> None:
    # 印发A等公开制度 counts rules and carries the first; 印发A标准等工作方案 names one plan
    plan = rulegov.parse_plan(
        f"关于印发{name}的通知\n各区县:\n现将{sentence or name}印发给你们,请认真贯彻执行。\n"
        "某市人民政府\n2023年3月1日\n一、总体要求\n(一)加强组织领导。\n"
    )
    assert plan.title == title


def test_a_disclosure_row_a_label_and_its_value_apart_by_a_space_is_no_title() -> None:
    # 公开类别 主动公开 is a row of the block over the heading, whatever the lines after it
    plan = rulegov.parse_plan(
        "某区人民政府关于印发《某区人民政府工作规则》的通知\n\n索引号 SY-310115-2022-00371\n"
        "文件编号 某府〔2022〕1号\n发布机构 区政府\n公开类别 主动公开\n发布时间 2022-01-29\n\n"
        "某府〔20221\n\n某区人民政府关于印发\n\n《某区人民政府工作规则》的通知\n\n"
        "区政府各委、办、局,各直属企业\n\n"
        "《某区人民政府工作规则》已经区政府第1次常务会议审议通过,现予印发。\n\n"
        "             2022128\n\n(此件公开发布)\n\n某区人民政府工作规则\n\n第一章总 \n\n"
        "一、为规范工作,制定本规则。\n"
    )
    assert plan.title == "某区人民政府工作规则"
    assert plan.issuer == "某区人民政府"
    assert plan.frame.recipients == ["区政府各委、办、局", "各直属企业"]


def test_an_address_without_its_colon_over_a_sentence_that_prints_the_rules() -> None:
    # 现予印发 is a notice's sentence; 各直属企业 is an addressee
    plan = rulegov.parse_plan(
        "某区人民政府关于印发《某区人民政府工作规则》的通知\n"
        "区政府各委、办、局,各直属企业,各街道办事处、镇政府\n"
        "《某区人民政府工作规则》已经区政府常务会议审议通过,现予印发。\n"
        "某区人民政府\n2022年1月28日\n某区人民政府工作规则\n第一章 总则\n"
    )
    assert plan.frame.recipients == ["区政府各委、办、局", "各直属企业", "各街道办事处、镇政府"]


def test_a_notice_printing_several_rules_named_by_the_first_carries_the_first() -> None:
    plan = rulegov.parse_plan(
        "关于印发某市政务公开工作领导小组工作规则等公开制度的通知\n各县人民政府:\n"
        "现将《某市政务公开工作领导小组工作规则》、《某市政务公开监督检查办法》印发给你们。\n"
        "一、领导小组在市委、市政府的领导下开展工作。\n"
    )
    assert plan.title == "某市政务公开工作领导小组工作规则"


def test_a_sharing_sites_number_of_a_document_and_a_heading_line_printed_twice() -> None:
    # 第一篇: numbers the site's documents; the heading's first line printed twice is one line
    plan = rulegov.parse_plan(
        "第一篇:某省人民政府办公厅关于印发某省\n\n某省人民政府办公厅关于印发某省\n\n"
        "县级医院改革试点工作实施意见的通知\n\n各市、县(区)人民政府:\n"
        "《某省县级医院改革试点工作实施意见》已经省政府同意,现印发给你们,请认真贯彻落实。\n"
        "2012年9月26日\n某省县级医院改革试点工作实施意见\n一、指导思想\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某省人民政府办公厅关于印发某省县级医院改革试点工作实施意见的通知"
    assert plan.issuer == "某省人民政府办公厅"


def test_a_plans_own_part_heading_under_its_title_keeps_its_number() -> None:
    # under a title, 第一篇: opens a 规划's part, no site's number of a document
    plan = rulegov.parse_plan(
        "某市国民经济和社会发展第十四个五年规划纲要\n第一篇:发展基础与总体要求\n"
        "第一章 发展基础\n“十四五”时期是关键时期。\n"
    )
    assert plan.title == "某市国民经济和社会发展第十四个五年规划纲要"
    assert plan.preamble == "第一篇:发展基础与总体要求"


def test_a_line_that_reads_as_a_heading_by_its_length_alone_yields_to_the_heading() -> None:
    # 官方微信微官网: a site's links, short as a heading is, naming no document
    heading = "中共某某省委 某某省人民政府关于贯彻《国务院关于支持某南等原中央苏区振兴发展的若干意见》的实施意见"
    plan = rulegov.parse_plan(
        f"官方微信微官网\n您当前位置: 首页 >关于集团 - 关于集团\n\n{heading}\n\n{heading}\n\n"
        "作者: 编辑:本站 发布时间:2012-11-28 13:47:17 点击数:14271\n\n201276 \n\n某发〔20128\n\n"
        "为加快某南振兴发展,现提出如下实施意见。\n\n一、全面把握《意见》的精神实质和总体要求\n"
    )
    assert plan.title == heading.replace(" ", "")
    assert plan.issuer == "中共某某省委、某某省人民政府"


def test_a_notices_sentence_broken_inside_what_follows_the_title_it_names_is_no_title() -> None:
    # a paged file's copy breaks the sentence anywhere: 《Y》已经县 / 政府同意,现印发给你们
    plan = rulegov.parse_plan(
        "— 1 —\n某县人民政府办公室关于印发某县乡村振兴\n三年行动实施方案(2023—2025年)的通知\n"
        "各乡镇人民政府,县直各单位:\n《某县乡村振兴三年行动实施方案(2023—2025年)》已经县\n"
        "政府同意,现印发给你们,请认真组织实施。\n某县人民政府办公室\n2023年4月10日\n— 2 —\n"
        "某县乡村振兴三年行动实施方案\n(2023—2025年)\n为全面推进乡村振兴,制定本方案。\n一、总体要求\n"
    )
    assert plan.title == "某县乡村振兴三年行动实施方案(2023—2025年)"
    assert plan.issued_on == dt.date(2023, 4, 10)


def test_a_byline_in_a_tables_cells_each_a_label_and_its_value_is_the_pages() -> None:
    # 信息来源:… | 发布时间:… | 浏览次数:…: no task table, the head goes on under it
    plan = rulegov.parse_plan(
        "某区人民政府关于印发2021年重点工作任务分解的通知(某区府发〔2021〕3号)\n"
        "信息来源:区政府办公室 | 发布时间:2021-02-20 | 浏览次数:356\n"
        "各街道办事处,区政府各部门:\n现将《2021年重点工作任务分解》印发给你们,请抓好落实。\n"
        "某区人民政府\n2021年2月18日\n2021年重点工作任务分解\n一、稳增长\n"
    )
    assert plan.frame.recipients == ["各街道办事处", "区政府各部门"]
    assert plan.issued_on == dt.date(2021, 2, 18)


@pytest.mark.parametrize(
    "rows",
    [
        "发文机关:某县人民政府 | 发文字号:某政发〔2023〕5号 |\n成文日期:2023-03-01 | 发布日期:2023-03-05 |\n",
        "|发文机关:某县人民政府|发文字号:某政发〔2023〕5号|成文日期:2023-03-01|\n",
    ],
)
def test_a_pages_fields_in_cells_each_a_label_and_its_value_fill_the_plans(rows: str) -> None:
    # each cell holds a label and its value: no cell is the label of the next
    plan = rulegov.parse_plan(
        f"{rows}某县2023年法治政府建设工作要点\n一、总体要求\n(一)加强领导。\n"
    )
    assert plan.issuer == "某县人民政府"
    assert plan.excerpt(plan.spans["issuer"]) == "某县人民政府"
    assert plan.doc_number == "某政发〔2023〕5号"
    assert plan.excerpt(plan.spans["doc_number"]) == "某政发〔2023〕5号"
    assert plan.issued_on == dt.date(2023, 3, 1)


@pytest.mark.parametrize(
    ("cover", "issuer"),
    [
        (
            "中共某县委办公室\n某县人民政府办公室\n2020年2月\n",
            "中共某县委办公室、某县人民政府办公室",
        ),
        ("某县人民政府\n二〇二一年二月\n", "某县人民政府"),
        # a copy's zero as a Latin O or a digit
        ("某县人民政府\n二O二一年二月\n", "某县人民政府"),
        ("某县人民政府\n二0二一年二月\n", "某县人民政府"),
    ],
)
def test_a_plans_cover_names_its_issuers_over_a_month(cover: str, issuer: str) -> None:
    # the organs over the month the booklet was printed: the issuers; the month dates nothing
    plan = rulegov.parse_plan(
        f"某县2020年脱贫攻坚工作方案\n{cover}为确保如期打赢脱贫攻坚战,制定本方案。\n一、工作目标\n"
    )
    assert plan.issuer == issuer
    assert plan.issued_on is None
    month = cover.count("\n") + 1  # the month's line, under the title and the organs
    assert {d.severity for d in plan.diagnostics if d.line == month} == {rulegov.Severity.INFO}


def test_a_cover_that_names_its_organ_and_month_over_the_title() -> None:
    plan = rulegov.parse_plan(
        "某市人民政府\n二〇一五年十二月\n某市国民经济和社会发展第十三个五年规划纲要\n序言\n"
        "“十三五”时期是全面建成小康社会决胜阶段。\n第一章 发展基础\n"
    )
    assert plan.title == "某市国民经济和社会发展第十三个五年规划纲要"
    assert plan.issuer == "某市人民政府"
    assert plan.issued_on is None


def test_a_heading_that_names_its_own_rules_is_a_title_not_a_notice() -> None:
    # 关于…的实施办法 carries no other document: the rules are its own, as an 意见's are
    plan = rulegov.parse_plan(
        "某县人民政府\n关于2022年度目标责任考核的实施办法\n为推动各项工作落实,制定本办法。\n"
        "一、考核对象\n"
    )
    assert plan.title == "某县人民政府关于2022年度目标责任考核的实施办法"
    assert plan.notice is None or plan.notice.title is None


def test_a_wikis_sentence_naming_the_document_and_a_place_gives_the_title() -> None:
    # 《Y》是某省發布的一個檔案: a place publishes it, no organ; Y is the title all the same
    plan = rulegov.parse_plan(
        "《某省2017年生態文明建設工作要點》是某省發布的一個檔案。\n"
        "2017年是國家生態文明試驗區全面啟動之年。\n一、加快推進六大行動\n"
    )
    assert plan.title == "某省2017年生態文明建設工作要點"


def test_a_sites_label_after_a_title_it_prints_whole_is_no_part_of_it() -> None:
    plan = rulegov.parse_plan(
        "某市法制宣传教育条例全文\n\n2022-03-18 06:52:57某某网\n\n《某市法制宣传教育条例》\n\n"
        "第一条为了加强法制宣传教育工作,制定本条例。\n\n第二条本条例适用于本市。\n"
    )
    assert plan.title == "某市法制宣传教育条例"


def test_a_pages_byline_of_who_sent_checked_and_proofread_is_no_part_of_the_title() -> None:
    plan = rulegov.parse_plan(
        "稿件来源:县政府办公室 审核:李四 校对:王五\n某县2021年重点项目建设计划\n"
        "为加快项目建设,制定本计划。\n一、总体目标\n"
    )
    assert plan.title == "某县2021年重点项目建设计划"


def test_a_sentence_whose_words_end_in_a_bylines_label_is_the_plans() -> None:
    # 资金来源: is no 来源:, so the sentence under the title is no page's byline
    plan = rulegov.parse_plan(
        "某县2023年工作要点\n资金来源:县财政预算安排,审核:县财政局。\n一、总体要求\n(一)加强领导。\n"
    )
    assert plan.preamble == "资金来源:县财政预算安排,审核:县财政局。"


def test_an_organ_over_a_plans_title_that_names_its_place_again_is_its_mark() -> None:
    # 某县发展和改革局 / 某县2021年…计划: not one title; the organ issues where nothing else says
    plan = rulegov.parse_plan(
        "某县发展和改革局\n某县2021年重点项目建设计划\n为加快项目建设,制定本计划。\n一、总体目标\n"
    )
    assert plan.title == "某县2021年重点项目建设计划"
    assert plan.issuer == "某县发展和改革局"
    assert plan.excerpt(plan.spans["issuer"]) == "某县发展和改革局"  # the organ's own line


def test_an_organ_over_its_years_plan_is_still_one_title() -> None:
    plan = rulegov.parse_plan(
        "某县司法局\n2021年普法工作要点\n为加快普法,制定本要点。\n一、总体目标\n"
    )
    assert plan.title == "某县司法局2021年普法工作要点"


def test_a_number_in_a_bracket_of_its_own_under_a_title_is_the_number_not_a_suffix() -> None:
    plan = rulegov.parse_plan(
        "某县2021年重点项目建设计划\n(某政办发〔2021〕5号)\n为加快项目建设,制定本计划。\n一、总体目标\n"
    )
    assert plan.title == "某县2021年重点项目建设计划"
    assert plan.frame.doc_number is not None
    assert plan.frame.doc_number.text == "某政办发〔2021〕5号"


@pytest.mark.parametrize(
    ("note", "day", "issuer"),
    [
        ("(2021年3月5日印发)", dt.date(2021, 3, 5), None),
        (
            "(2019年1月31日中共某省委办公厅、某省人民政府办公厅印发)",
            dt.date(2019, 1, 31),
            "中共某省委办公厅、某省人民政府办公厅",
        ),
        # joint organs apart by a space are two; one organ's name broken by a space is one
        (
            "(2019年1月31日中共某省委办公厅 某省人民政府办公厅印发)",
            dt.date(2019, 1, 31),
            "中共某省委办公厅、某省人民政府办公厅",
        ),
        ("(2019年1月31日某省人民政府 办公厅印发)", dt.date(2019, 1, 31), "某省人民政府办公厅"),
    ],
)
def test_a_dated_note_of_who_printed_the_rules_under_the_title(
    note: str, day: dt.date, issuer: str | None
) -> None:
    # the date (and the organs, where it names them) the rules were printed on, under the title
    plan = rulegov.parse_plan(
        f"某省村级组织工作规则\n{note}\n第一条 为规范村级组织工作,制定本规则。\n"
    )
    assert plan.issued_on == day
    assert plan.issuer == issuer


def test_a_notices_sentence_broken_before_it_ends_is_no_title() -> None:
    # 现将《Y》印发给 / 你们,请…: a line with the notice's words never titles the plan
    plan = rulegov.parse_plan(
        "某区人民政府办公室关于印发某区2022年\n政务公开工作要点的通知\n区各委办局,各街道:\n"
        "现将《某区2022年政务公开工作要点》印发给\n你们,请结合实际认真贯彻落实。\n"
        "某区人民政府办公室\n2022年5月9日\n(此件公开发布)\n某区2022年政务公开工作要点\n"
        "一、围绕稳住经济大盘加强政策发布解读\n"
    )
    assert plan.title == "某区2022年政务公开工作要点"
    assert plan.excerpt(plan.spans["title"]) == "某区2022年政务公开工作要点"
    assert plan.issued_on == dt.date(2022, 5, 9)


def test_an_address_broken_inside_its_last_word_is_read_whole() -> None:
    # 市政府各部 / 门、各直属机构: a paged file's copy broke 部门
    plan = rulegov.parse_plan(
        "某市人民政府办公室关于印发某市营商环境实施方案的通知\n各县(市、区)人民政府,市政府各部\n"
        "门、各直属机构:\n《某市营商环境实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
        "某市人民政府办公室\n2019年8月20日\n某市营商环境实施方案\n一、总体要求\n"
    )
    assert plan.frame.recipients == ["各县(市、区)人民政府", "市政府各部门、各直属机构"]


def test_a_disclosure_field_of_another_name_holding_a_documents_number_gives_it() -> None:
    # 统一登记号 | 某政发〔2021〕18号 | 文号 | (empty): the number is the registered one
    plan = rulegov.parse_plan(
        "| 索引号 | 00000000/2021-74062 | 统一登记号 | 某政发〔2021〕18号 | 文号 | |\n"
        "某镇安全生产责任制实施细则\n第一章 总则\n第一条 为了加强安全生产工作,制定本细则。\n"
    )
    assert plan.frame.doc_number is not None
    assert plan.frame.doc_number.text == "某政发〔2021〕18号"


@pytest.mark.parametrize(
    "fields",
    [
        "索引号:某政发〔2023〕5号\n发文字号:某政发〔2023〕6号\n",
        "| 统一登记号 | 某政发〔2023〕5号 | 发文字号 | 某政发〔2023〕6号 |\n",
    ],
)
def test_a_number_field_gives_the_documents_number_over_a_field_of_another_name(
    fields: str,
) -> None:
    # a number under another label, first in the block, yields to the 发文字号 printed after it
    plan = rulegov.parse_plan(
        f"{fields}某县2023年法治政府建设工作要点\n一、总体要求\n(一)加强领导。\n"
    )
    assert plan.doc_number == "某政发〔2023〕6号"
    assert plan.excerpt(plan.spans["doc_number"]) == "某政发〔2023〕6号"


def test_a_calls_bulleted_fields_and_its_cut_number_leave_the_heading_and_signer_alone() -> None:
    # • 文档来源: left empty is the page's field; (第3 is the 公告's number, cut short by the copy
    plan = rulegov.parse_plan(
        "关于《某市河道管理条例(草案)》公开征求意见的公告\n\n  • 发布日期:2022-05-07 15:50:00\n"
        "  • 文档来源:\n  • 作者:\n\n关于《某市河道管理条例(草案)》\n\n公开征求意见的公告\n\n(第3\n\n"
        "某市人大常委会对《某市河道管理条例(草案)》进行了初次审议。现将该条例草案全文公布,征求意见。\n\n"
        "联系电话:0477-8588939\n\n某市人大常委会\n\n202256\n\n某市河道管理条例(草案)\n\n第一章  总则\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "关于《某市河道管理条例(草案)》公开征求意见的公告"
    assert plan.title == "某市河道管理条例(草案)"
    assert plan.issuer == "某市人大常委会"


@pytest.mark.parametrize("byline", ["发布:某县司法局", "作者:某县司法局", "•发布:某县司法局"])
def test_a_pages_byline_over_the_number_is_no_organs_mark(byline: str) -> None:
    # the label makes a byline, not the organ's mark: the signature names the issuer
    plan = rulegov.parse_plan(
        f"县司法局关于印发2023年普法工作要点的通知\n{byline}\n某司发〔2023〕1号\n各乡镇司法所:\n"
        "现将《2023年普法工作要点》印发给你们,请认真贯彻执行。\n县司法局\n2023年3月1日\n"
        "2023年普法工作要点\n一、主要任务\n1.开展培训。\n"
    )
    assert plan.issuer == "县司法局"
    assert plan.excerpt(plan.spans["issuer"]) == "县司法局"


def test_an_issuer_the_mark_names_in_full_keeps_the_marks_span() -> None:
    # the signature names the office short (县政府办公室): the issuer is the mark's full name,
    # with its span on the mark, and the signature line is read, not left unaccounted
    plan = rulegov.parse_plan(
        "某县人民政府办公室\n某政办发〔2023〕8号\n"
        "某县人民政府办公室关于印发某县2023年法治政府建设工作要点的通知\n"
        "各乡镇人民政府,县直各单位:\n"
        "现将《某县2023年法治政府建设工作要点》印发给你们,请认真贯彻执行。\n"
        "县政府办公室\n2023年3月15日\n某县2023年法治政府建设工作要点\n"
        "一、健全依法行政制度体系\n1.开展培训。\n"
    )
    assert plan.issuer == "某县人民政府办公室"
    assert plan.excerpt(plan.spans["issuer"]) == "某县人民政府办公室"
    assert not [d for d in plan.diagnostics if d.code == "unaccounted-line"]


def test_a_title_that_names_what_it_carries_out_under_an_unsigned_notice_keeps_its_span() -> None:
    # 贯彻执行 inside the title names what the plan carries out: no words of the notice's sentence
    plan = rulegov.parse_plan(
        "某县人民政府关于印发某县贯彻执行《优化营商环境条例》实施方案的通知\n"
        "各乡镇人民政府,县直各单位:\n"
        "现将《某县贯彻执行〈优化营商环境条例〉实施方案》印发给你们,请认真贯彻执行。\n"
        "某县贯彻执行《优化营商环境条例》实施方案\n一、主要任务\n1.开展培训。\n"
    )
    assert plan.title == "某县贯彻执行《优化营商环境条例》实施方案"
    assert plan.excerpt(plan.spans["title"]) == "某县贯彻执行《优化营商环境条例》实施方案"
    assert plan.excerpt(plan.spans["notice"]).endswith("请认真贯彻执行。")


@pytest.mark.parametrize(
    "crumbs",
    [
        "1. 首页\n  2. 信息公开\n  3. 政策法规\n  4. 县规范性文...\n",
        "1、网站首页\n2、政府信息公开\n3、通知公告\n",
        "１．首页\n２．政务公开\n",
        "1.首頁\n2.政策文件\n3.區政府文件…\n",
    ],
)
@pytest.mark.parametrize("site", ["", "今天是2020年3月20日,星期五\n设为首页,加入收藏\n"])
def test_a_breadcrumb_printed_as_a_numbered_list_is_the_pages(crumbs: str, site: str) -> None:
    # the trail of links an ordered list printed, one item a line from the site's home: the head
    # below it is read, and the numbered lines open no part of the body; the site's own lines
    # above it are no document's
    plan = rulegov.parse_plan(
        site + crumbs + "\n某县人民政府办公室关于印发某县防汛抗旱应急预案的通知\n"
        "各乡镇人民政府,县政府各部门:\n"
        "现将《某县防汛抗旱应急预案》印发给你们,请认真贯彻实施。\n"
        "2020年3月17日\n某县防汛抗旱应急预案\n一、总则\n1.编制目的。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某县人民政府办公室关于印发某县防汛抗旱应急预案的通知"
    assert plan.title == "某县防汛抗旱应急预案"
    assert plan.recipients == ["各乡镇人民政府", "县政府各部门"]
    assert [section.title for section in plan.sections] == ["总则"]


def test_a_numbered_item_that_names_no_home_is_the_documents() -> None:
    # a plan's own numbered lines, printed first, are never a breadcrumb
    plan = rulegov.parse_plan("某县2023年工作要点\n1.信息公开\n2.政策法规\n")
    assert plan.title == "某县2023年工作要点"
    assert [task.title for task in plan.tasks] == ["信息公开", "政策法规"]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        (
            "某县政府网站建设方案\n1.首页\n2.加强栏目建设\n3.完善信息发布\n",
            ["首页", "加强栏目建设", "完善信息发布"],
        ),
        (
            (
                "某县政府网站改版方案\n为做好网站改版工作,制定本方案。\n改版栏目:\n"
                "1.网站首页\n2.信息公开\n3.办事服务\n"
            ),
            ["网站首页", "信息公开", "办事服务"],
        ),
        (
            ("关于做好网站改版工作的通知\n各单位:\n现将有关事项通知如下。\n1、首页\n2、政务公开\n"),
            ["首页", "政务公开"],
        ),
    ],
)
def test_a_plans_own_list_under_its_title_that_names_the_home_page_is_its_tasks(
    text: str, tasks: list[str]
) -> None:
    # a breadcrumb stands above the heading; under the title or a sentence of the text, a list
    # naming 首页 is the plan's own
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == tasks
    assert not [d for d in plan.diagnostics if d.code == "page-chrome"]


@pytest.mark.parametrize(
    ("dash", "first", "second"),
    [
        ("—", "2024年1月19日在某区人大工作会议", "暨某县第十八届人民代表大会第三次会议上"),
        ("——", "2024年1月19日在某市第六届人民代表大会", "第一次会议上"),
        ("－－", "2024年1月19日在某县第十八届人民代表大會", "第三次會議上"),
    ],
)
def test_a_reports_dashed_subtitle_broken_over_two_lines_gives_its_day(
    dash: str, first: str, second: str
) -> None:
    # the subtitle breaks as a bracketed note does: its day is the report's, and the speaker's
    # line under it names the organ that reports
    plan = rulegov.parse_plan(
        f"某区人民检察院工作报告\n{dash}{first}\n{second}\n某区人民检察院检察长 王某\n"
        "各位代表:\n现在,我代表某区人民检察院向大会报告工作,请予审议。\n一、2023年工作回顾\n"
        "1.依法履职。\n"
    )
    assert plan.title == "某区人民检察院工作报告"
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2024-01-19"
    assert plan.issuer == "某区人民检察院"


@pytest.mark.parametrize(
    ("speaker", "organ"),
    [
        ("某区人民检察院代理检察长 匡某", "某区人民检察院"),
        ("某市中级人民法院代理院长 李某某", "某市中级人民法院"),
        ("某区人民检察院代检察长 张某", "某区人民检察院"),
    ],
)
def test_an_acting_heads_line_under_a_headless_reports_subtitle_names_its_organ(
    speaker: str, organ: str
) -> None:
    # a copy that lost the heading opens with the subtitle: the acting head's line is no title
    plan = rulegov.parse_plan(
        f"——2021年12月16日在某区第十六届人民代表大会第一次会议上\n{speaker}\n各位代表:\n"
        "现在,我代表本院向大会报告工作,请予审议。\n一、过去五年工作回顾\n1.依法履职。\n"
    )
    assert plan.issuer == organ
    assert plan.title != speaker.replace(" ", "")
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2021-12-16"


@pytest.mark.parametrize(
    ("number", "signer", "day", "iso"),
    [
        ("渝府令第 121 号", "市 长", "二○○一年十二月三十日", "2001-12-30"),
        ("沪府令第5号", "市长:某某", "2018年3月1日", "2018-03-01"),
        ("某部令2019年第1号", "部长", "二〇一九年一月五日", "2019-01-05"),
    ],
)
def test_an_orders_number_and_its_signers_date_are_the_documents(
    number: str, signer: str, day: str, iso: str
) -> None:
    # an order printed whole (its organ's short name or full name, 令 and 第N号) is the number;
    # the signer's office over the date, with its name or a copy's without, signs it
    plan = rulegov.parse_plan(
        "某市人民政府关于控制扬尘污染的通告\n某市人民政府\n"
        f"{number}\n《某市人民政府关于控制扬尘污染的通告》已经市人民政府常务会议审议通过,现予发布。\n"
        f"{signer}\n{day}\n某市人民政府关于控制扬尘污染的通告\n第一条 为控制扬尘污染,制定本通告。\n"
    )
    assert plan.doc_number is not None
    assert plan.doc_number.replace(" ", "") == number.replace(" ", "")
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == iso
    assert plan.issuer == "某市人民政府"


@pytest.mark.parametrize(
    ("number", "signer"),
    [
        ("某市人民政府令第290号", "市长 某某"),
        ("某市人民政府令第290号", "市长  某某某"),
        ("某市人民政府令第290号", "代市长 某某"),
        ("某市人民政府令第290号", "市长\u3000某 某"),
        ("某市人民政府令第290号", "市长：某某某"),
        ("某部令2019年第1号", "部长 某某"),
        ("某部令2019年第1号", "代理部长\t某某某"),
    ],
)
def test_an_orders_signer_printed_with_a_gap_before_the_name_signs_it(
    number: str, signer: str
) -> None:
    # the page opens with the order's number: the title is the rule it publishes, the date the
    # signer's, and the number reads as an order's (第N号), with no warning about its form
    plan = rulegov.parse_plan(
        f"{number}\n《某市某管理办法》已经市政府第10次常务会议通过,现予公布,自2024年1月1日起施行。\n"
        f"{signer}\n2023年12月1日\n某市某管理办法\n第一条 为加强管理,制定本办法。\n"
    )
    assert plan.title == "某市某管理办法"
    assert plan.doc_number == number
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2023-12-01"
    assert not [d.code for d in plan.diagnostics if d.code in ("no-title", "doc-number-form")]


@pytest.mark.parametrize("signer", ["总理\u3000\u3000某某某", "总理"])
def test_a_sites_title_over_an_orders_head_printed_again_below_is_page_text(signer: str) -> None:
    # a law site prints the rule's title over the order's head; the order prints it again
    # under its signature: one title, the line above the page's
    plan = rulegov.parse_plan(
        "某某代理条例\n中华人民共和国国务院令\n第706号\n"
        "《某某代理条例》已经国务院常务会议通过,现予公布,自2019年3月1日起施行。\n"
        f"{signer}\n2018年11月6日\n某某代理条例\n第一章 总则\n第一条 为了规范代理行为,制定本条例。\n"
    )
    assert plan.title == "某某代理条例"
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2018-11-06"
    assert not [d for d in plan.diagnostics if d.code == "unclassified-line"]
    assert [d.line for d in plan.diagnostics if d.code == "page-text"] == [1]


@pytest.mark.parametrize("line", ["局长办公会", "市长某某"])
def test_an_order_number_is_never_the_title_where_no_signer_stands(line: str) -> None:
    # a word opening with an office, or a name glued to it, signs nothing; the number line
    # still names no document
    plan = rulegov.parse_plan(
        "某市人民政府令第290号\n现予公布。\n"
        f"{line}\n2023年12月1日\n第一条 为加强管理,制定本办法。\n"
    )
    assert plan.title != "某市人民政府令第290号"


@pytest.mark.parametrize("between", ["", "\n", "\u3000\n"])
def test_the_pages_title_above_a_notice_carrying_it_is_page_text_on_its_own_line(
    between: str,
) -> None:
    # a law site's page: the document's own heading, then the notice that prints it
    title = "某院关于深化改革的意见——改革纲要(2019-2023)"
    plan = rulegov.parse_plan(
        f"{title}\n{between}某院关于印发《{title}》的通知\n各级法院:\n现印发。\n某院\n"
        "2019年2月27日\n一、总体要求\n1.加强领导。\n"
    )
    assert plan.title == title
    assert plan.notice is not None
    assert plan.notice.title == f"某院关于印发《{title}》的通知"
    assert [d.line for d in plan.diagnostics if d.code == "page-text"] == [1]
    assert not [d for d in plan.diagnostics if d.code == "unaccounted-line"]


@pytest.mark.parametrize(
    ("members", "office"),
    [
        ("组 长\n县长\n", "县长"),
        ("工作领导小组\n组 长\n县长\n副组长\n副县长\n", "县长"),
        ("组长 县委书记\n副组长\n县长\n", "县长"),
        ("某县2023年工作要点\n省长\n", "省长"),
    ],
)
def test_an_office_alone_in_the_text_signs_nothing(members: str, office: str) -> None:
    # the office in a group's list of members, or under a heading, is no signer over the date
    # under it: the date is no signature's, and the office stays in the text
    plan = rulegov.parse_plan(
        f"某县2023年工作方案\n{members}2023年5月1日\n一、重点任务\n1.加强领导。\n"
    )
    assert plan.issued_on is None
    assert plan.preamble is not None
    assert office in plan.preamble.splitlines()


_GLUED_BODY = (
    "各市(州)党委和人民政府,省委各部、委:\n"
    "《关于加强某工作的实施意见》已经省委、省政府同意,现印发给你们,请结合实际认真贯彻落实。\n"
    "关于加强某工作的实施意见\n一、总体要求\n1.加强领导。\n"
)


@pytest.mark.parametrize(
    ("head", "organs"),
    [
        (
            (
                "《中共某省委办公厅某省人民政府办公厅印发〈关于加强某工作的实施意见〉的通知》\n"
                "某办发〔2017〕49号\n"
            ),
            ["中共某省委办公厅", "某省人民政府办公厅"],
        ),
        (
            (
                "某办发〔2017〕49号《中共某市委办公室某市人民政府办公室关于印发〈关于加强某工作的"
                "实施意见〉的通知》\n"
            ),
            ["中共某市委办公室", "某市人民政府办公室"],
        ),
        (
            "《某市发展和改革委员会某市财政局关于印发〈关于加强某工作的实施意见〉的通知》\n",
            ["某市发展和改革委员会", "某市财政局"],
        ),
        (
            "《中共某县委宣传部关于印发〈关于加强某工作的实施意见〉的通知》\n",
            ["中共某县委宣传部"],
        ),
    ],
)
def test_joint_organs_a_pages_title_runs_together_are_named_apart(
    head: str, organs: list[str]
) -> None:
    # each organ after the first opens with 中共 or with the place the one before names; one
    # organ's own name (中共某县委宣传部) is never cut
    plan = rulegov.parse_plan(head + _GLUED_BODY)
    assert plan.issuer == "、".join(organs)


@pytest.mark.parametrize(
    "day", ["{ 2017 6 23", "| 2020 3 5", "<2019121>", "2019121", "{年12月15日"]
)
def test_an_organ_over_a_date_a_copy_garbled_signs_the_notice(day: str) -> None:
    # the date lost its 年月日 (and a stray mark around it): the organ over it still signs
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发某县突发环境事件应急预案的通知\n各乡镇人民政府,县级有关部门:\n"
        "现将《某县突发环境事件应急预案》印发给你们,请认真贯彻执行。\n某县人民政府办公室\n"
        f"(此件公开发布)\n{day}\n某县突发环境事件应急预案\n一、总则\n1.编制目的。\n"
    )
    assert plan.issuer == "某县人民政府办公室"
    assert plan.title == "某县突发环境事件应急预案"


@pytest.mark.parametrize(
    ("page", "named"),
    [
        (
            (
                "某院关于深化某改革的意见——某改革纲要(2019—2023)\n"
                "某院关于深化某改革的意见——某改革纲要(2019—2023)\n某院\n"
                "某院关于深化某改革的意见——某改革纲要(2019—2023)\n"
            ),
            "某院关于深化某改革的意见—某改革纲要(2019——2023)",
        ),
        (
            "某市人民政府关于加快某建设的实施意见\n",
            "某市人民政府关于加快某建设的实施意见",
        ),
        (
            "某省人民政府关于推进某工作的意见(试行)\n发布时间:2020-01-06 来源:某省政府网\n",
            "某省人民政府关于推进某工作的意见(试行)",
        ),
    ],
)
def test_a_notice_under_the_heading_of_what_it_prints_is_read_as_the_notice(
    page: str, named: str
) -> None:
    # a law site or a mirror shows the document's own heading first, then the notice that
    # prints it: the notice's heading is the notice's, the document's the title
    organ = named[: named.index("关于")]
    plan = rulegov.parse_plan(
        f"{page}{organ}关于印发《{named}》的通知\n某发〔2019〕8号\n各下级机关:\n"
        f"现将《{named}》印发给你们,请认真贯彻执行。\n{organ}\n2019年2月27日\n"
        f"{page.splitlines()[0]}\n一、总体要求\n1.加强领导。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == f"{organ}关于印发《{named}》的通知"
    assert plan.title == page.splitlines()[0]
    assert plan.issuer == organ
    assert plan.recipients == ["各下级机关"]


@pytest.mark.parametrize(
    ("group", "entry"),
    [
        ("人民法庭工作试行办法(精选12篇)", "1.人民法庭工作试行办法 篇一"),
        ("某某工作方案(精选5篇)", "1、某某工作方案 篇一"),
        ("某某工作辦法(精選3篇)", "2.某某工作辦法篇二"),
    ],
)
def test_a_sharing_sites_group_and_entry_labels_are_the_pages(group: str, entry: str) -> None:
    # the group's title counts the documents it holds, each entry is numbered and counted: the
    # notice printed under them is read, and the entry's number opens no part of the body
    plan = rulegov.parse_plan(
        f"{group}\n2024-08-09\n{entry}\n某市政府办公厅关于印发某市政务督查工作试行办法的通知\n"
        "(某政办〔2004〕179 号)\n各区人民政府,市人民政府各部门:\n"
        "《某市政务督查工作试行办法》已报经市人民政府同意,现印发给你们,请认真贯彻落实。\n"
        "某市人民政府办公厅\n二00四年十月十四日\n某市政务督查工作试行办法\n"
        "第一条 为了加强政务督查工作,特制定本办法。\n"
    )
    assert plan.title == "某市政务督查工作试行办法"
    assert plan.recipients == ["各区人民政府", "市人民政府各部门"]
    assert plan.issuer == "某市人民政府办公厅"
    assert plan.doc_number is not None
    assert plan.doc_number.replace(" ", "") == "某政办〔2004〕179号"


@pytest.mark.parametrize("second", ["编号管理工作方案", "编号规则实施细则", "序号管理办法"])
def test_a_titles_second_line_opening_with_a_number_heading_word_is_the_titles(
    second: str,
) -> None:
    # 编号 or 序号 as a word of the title, not a column heading before a gap or other headings
    plan = rulegov.parse_plan(
        f"某县门牌\n{second}\n为规范门牌编号,制定本方案。\n一、总体要求\n1.加强领导。\n"
    )
    assert plan.title == "某县门牌" + second


@pytest.mark.parametrize(
    "header_row",
    [
        "序号 2023年重点工作任务 牵头领导 牵头责任单位 工作评价 备注",
        "序号 重点工作任务 牵头  领导 牵头         责任单位 备注",
        "编号 工作任务 责任单位 完成时限",
        "序号\t工作任务\t牵头单位",
        "序号工作任务牵头单位完成时限",
        "序号",
    ],
)
def test_the_heading_row_of_a_table_under_the_title_is_no_part_of_it(header_row: str) -> None:
    plan = rulegov.parse_plan(
        f"2023年县政府重点工作责任清单进展情况汇总表\n{header_row}\n"
        "81 新增托育机构2所以上。 吴蓓蓓 县卫健委 已完成 完成备案工作\n"
    )
    assert plan.title == "2023年县政府重点工作责任清单进展情况汇总表"


@pytest.mark.parametrize(
    "printed",
    [
        "某省2024年度法治政府建设\n情况报告",
        "某省2024年度法\n治政府建设情况报告",
        "某省\n2024年度法治政府\n建设情况报告",
        "某省2024年度\n\n法治政府建设情况报告",
        "某县2022年林长\n制工作要点",
    ],
)
def test_a_title_broken_anywhere_over_lines_is_one_title(printed: str) -> None:
    # the first line names no document: it is the head of the title the next lines end
    plan = rulegov.parse_plan(
        printed + "\n2024年，我省全面推进法治政府建设。\n一、主要举措\n（一）深化改革。\n"
    )
    assert plan.title == printed.replace("\n", "")


def test_a_menu_over_a_title_is_not_its_head() -> None:
    # spaces part the words of the line above: a page's menu, not the title's first part
    plan = rulegov.parse_plan(
        "首页 新闻中心 信息公开 政务服务\n\n某县2025年度法治政府建设情况报告\n"
        "2025年，某县全面推进法治政府建设。\n一、主要举措\n（一）深化改革。\n"
    )
    assert plan.title == "某县2025年度法治政府建设情况报告"


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        ("某县2022年", "林长制工作要点"),
        ("行政执法全过", "程记录实施办法"),
        ("某县城市管理局关于", "2022年法治政府建设情况的报告"),
    ],
)
def test_a_headline_broken_under_page_text_keeps_its_first_part(head: str, rest: str) -> None:
    # the page's lines above, then the heading broken over two lines, then the byline
    plan = rulegov.parse_plan(
        f"某县林业局\n政府信息公开\n当前位置:首页 > 某县林业局 > 政策文件\n{head}\n{rest}\n"
        "发布时间:2022-09-30   录入:某县林业局\n\n"
        "2022年是我县全面推行林长制的关键之年,要坚持以习近平生态文明思想为指导。\n"
        "一、完善组织责任体系。各乡镇要严格落实责任。\n"
    )
    assert plan.title == head + rest


@pytest.mark.parametrize("above", ["通知公告", "首页 政务公开 政策文件", "某某文库,自由的图书馆"])
def test_a_pages_line_over_a_headline_is_not_its_first_part(above: str) -> None:
    plan = rulegov.parse_plan(
        f"某县林业局\n当前位置:首页 > 政策文件\n{above}\n某县2022年林长制工作要点\n"
        "发布时间:2022-09-30   录入:某县林业局\n\n"
        "2022年是我县全面推行林长制的关键之年,要坚持以习近平生态文明思想为指导。\n"
        "一、完善组织责任体系。各乡镇要严格落实责任。\n"
    )
    assert plan.title == "某县2022年林长制工作要点"


@pytest.mark.parametrize("period", ["(2023—2025年)", "（2023-2025年）"])
@pytest.mark.parametrize("kind", ["实施方案", "工作方案", "实施细则"])
def test_a_plans_kind_alone_under_a_title_ending_in_its_period_ends_the_title(
    period: str, kind: str
) -> None:
    plan = rulegov.parse_plan(
        f"某区提升行政执法质量三年行动计划{period}\n{kind}\n一、主要任务\n（一）深化改革。\n"
    )
    assert plan.title is not None
    assert plan.title.replace("（", "(").replace("）", ")").replace("-", "—") == (
        f"某区提升行政执法质量三年行动计划(2023—2025年){kind}"
    )


@pytest.mark.parametrize("tag", ["【工作总结】", "【工作报告】", "【总结报告】"])
def test_a_category_tag_over_an_issuer_broken_off_its_heading_is_dropped(tag: str) -> None:
    plan = rulegov.parse_plan(
        f"{tag}某市公安局\n关于2022年法治政府建设情况的报告\n"
        "2022年，我局全面推进法治政府建设。\n一、主要举措\n（一）深化改革。\n"
    )
    assert plan.title == "某市公安局关于2022年法治政府建设情况的报告"
    assert plan.issuer == "某市公安局"


@pytest.mark.parametrize("label", ["【颁发部门】", "【发布机构】", "【制定机关】"])
def test_a_bracketed_label_over_an_organ_is_a_field_not_a_category_tag(label: str) -> None:
    plan = rulegov.parse_plan(
        "某市人民政府关于印发某市安全生产年活动方案的通知\n\n"
        f"{label}某市人民政府\n\n【发文字号】某政办[2010]111号\n\n"
        "各区人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n"
        "一、工作目标\n（一）深化治理。\n"
    )
    assert plan.issuer == "某市人民政府"
    assert all(d.code != "editorial-note" for d in plan.diagnostics)


@pytest.mark.parametrize("skip", ["跳至内容", "跳至內容", "跳到主要内容", "跳转到正文"])
def test_a_pages_skip_link_is_page_furniture_not_a_title(skip: str) -> None:
    plan = rulegov.parse_plan(f"{skip}\n\n某部2017年工作要点\n\n一、加强法治建设\n1.开展培训。\n")
    assert plan.title == "某部2017年工作要点"
    assert not [d for d in plan.diagnostics if d.code == "unaccounted-line"]


def test_a_pages_date_over_a_notice_heading_is_not_its_first_part() -> None:
    plan = rulegov.parse_plan(
        "某部2017年工作要点\n作者:某部\n2017年1月25日\n"
        "某部关于印发《某部2017年工作要点》的通知\n各省教育厅:\n现将要点印发给你们。\n"
        "某部\n2017年1月25日\n某部2017年工作要点\n一、加强法治建设\n1.开展培训。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某部关于印发《某部2017年工作要点》的通知"
    # the page's date stays the page's, not a line read into nothing
    assert not [d for d in plan.diagnostics if d.code == "unaccounted-line" and d.line == 3]


_NOTICE_TO_SIGN = (
    "某区人民政府办公室关于印发任务分解表的通知\n各街道办事处，区政府各部门：\n"
    "现将任务分解表印发给你们，请认真落实。\n附件:任务分解表\n"
)


@pytest.mark.parametrize("day", ["2021-01-25", "2021.1.25", "2021/01/25", "2021年1月25日"])
@pytest.mark.parametrize("signer", ["某区人民政府办公室\n", ""])
def test_a_signatures_date_in_figures_at_the_end_is_the_date_of_issue(
    day: str, signer: str
) -> None:
    # under the organ that signs, or under the attachments listed over it: not a page's date
    plan = rulegov.parse_plan(f"{_NOTICE_TO_SIGN}{signer}{day}\n(此件公开发布)\n")
    assert plan.issued_on == dt.date(2021, 1, 25)


@pytest.mark.parametrize("gap", ["\u3000\u3000", "  ", "\t", "\u3000\u3000\u3000\u3000"])
@pytest.mark.parametrize("day", ["2023年6月25日", "二〇二三年六月二十五日"])
def test_an_organ_and_its_date_on_one_line_sign_a_text_under_its_title(gap: str, day: str) -> None:
    plan = rulegov.parse_plan(
        "关于某县法治政府建设指标的说明\n某县没有制定地方政府规章的权限，不符合该项填报主体。\n"
        f"某县严格落实国务院规定。\n某县法治政府建设领导小组办公室{gap}{day}\n"
    )
    assert plan.issuer == "某县法治政府建设领导小组办公室"
    assert plan.issued_on == dt.date(2023, 6, 25)


_MANY_RECIPIENTS = (
    "各省、自治区、直辖市自然资源主管部门",
    "新疆生产建设兵团自然资源局",
    "国家林业和草原局",
    "中国地质调查局及部其他直属单位",
    "各派出机构",
    "各人民团体",
    "各企事业单位及驻市单位",
    "部机关各司局",
)


@pytest.mark.parametrize("count", [2, 5, 6, 8])
@pytest.mark.parametrize("comma", [",", "，", "；"])
def test_recipients_one_a_line_are_read_however_many(count: int, comma: str) -> None:
    names = _MANY_RECIPIENTS[-count:]
    address = f"{comma}\n".join(names) + "：\n"
    plan = rulegov.parse_plan(
        "某部关于做好2022年法治建设工作的通知\n\n"
        + address
        + "\n为深入贯彻习近平法治思想，现通知如下。\n"
        "一、加快推进重要立法\n（一）推动构建绿色制度体系。\n"
    )
    assert plan.recipients == list(names)


@pytest.mark.parametrize(
    "heading",
    [
        "市人民政府办公室关于分解落\n实2019年《政府工作报告》主要目标任务的通知",
        "市人民政府办公室关于分解落实2019年\n《政府工作报告》主要目标任务的通知",
        "市人民政府办公室关于分解落实2019年《政府工作报告》主要目标任务的通知",
    ],
)
def test_a_notice_that_carries_no_plan_is_titled_by_its_whole_heading(heading: str) -> None:
    plan = rulegov.parse_plan(
        f"{heading}\n某政办发〔2019〕1号\n各区人民政府，市政府各部门：\n现将任务分解如下。\n"
    )
    assert plan.title == "市人民政府办公室关于分解落实2019年《政府工作报告》主要目标任务的通知"


@pytest.mark.parametrize(
    "heading",
    [
        "某区人民政府办公厅关于印发\n《某区人民政府公文格式规定》的\n通知",
        "某区人民政府办公厅关于印发\n《某区人民政府公文格式规定》的通知",
        "某区人民政府办公厅关于印发《某区人民政府公文格式规定》\n的通知",
    ],
)
def test_a_notice_heading_broken_inside_its_last_words_is_one_heading(heading: str) -> None:
    plan = rulegov.parse_plan(
        f"{heading}\n(某政办发〔2001〕99号 2001年5月29日)\n各乡镇人民政府，区政府各部门：\n"
        "为统一公文格式，现将规定印发给你们。\n某区人民政府公文格式规定\n第一章 总则\n"
        "第一条 为统一格式，制定本规定。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某区人民政府办公厅关于印发《某区人民政府公文格式规定》的通知"
    assert plan.title == "某区人民政府公文格式规定"
    assert plan.doc_number == "某政办发〔2001〕99号"


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        ("某州人民代表大", "会常务委员会机关公文处理办法"),
        ("某州人民代表大会常务", "委员会机关公文处理办法"),
    ],
)
def test_a_late_title_keeps_its_first_part_under_page_text(head: str, rest: str) -> None:
    plan = rulegov.parse_plan(
        "宣传人大制度 交流人大经验;推进民主法制建设。\n信息搜索:\n主任之窗\n自身建设\n"
        f"{head}\n{rest}\n来源:州人大\n第一章 总则\n第一条 为规范公文处理，制定本办法。\n"
    )
    assert plan.title == head + rest


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        ("某自治区人民\n政府关于2017年法治政府\n建设工作的报告", "某自治区人民政府"),
        ("某市市场监督管理\n局关于2021年度法治政府\n建设情况的报告", "某市市场监督管理局"),
        ("某自治区人民政府\n关于2017年法治政府\n建设工作的报告", "某自治区人民政府"),
    ],
)
def test_a_heading_broken_inside_its_issuers_name_is_one_title(heading: str, issuer: str) -> None:
    plan = rulegov.parse_plan(
        f"{heading}\n2017年，我们全面推进法治政府建设。\n一、主要工作\n（一）深化改革。\n"
    )
    assert plan.title == heading.replace("\n", "")
    assert plan.issuer == issuer


def test_a_sites_name_over_a_heading_is_no_part_of_its_issuer() -> None:
    plan = rulegov.parse_plan(
        "某某政策服务平台\n某市人民政府关于印发某方案的通知\n各区人民政府：\n现将方案印发给你们。\n"
    )
    assert plan.issuer == "某市人民政府"


@pytest.mark.parametrize(
    "parts",
    [
        ("某区2025年度法", "治政府建设情况", "报告"),
        ("某区2025", "年度法治政府建设", "情况报告"),
        ("某区2025年度", "法治政府建设", "情况报告"),
    ],
)
def test_a_headline_broken_over_three_lines_under_page_text_is_one_title(
    parts: tuple[str, str, str],
) -> None:
    head = "\n".join(parts)
    plan = rulegov.parse_plan(
        "某区人民政府 2019年12月3日星期二\n\n无障碍 简体| 繁体\n\n"
        f"{head}\n来源:某区人民政府 发布时间:2026-01-22 15:55\n\n"
        "在区委的坚强领导下，我区坚持依法行政。\n一、主要举措\n（一）深化改革。\n"
    )
    assert plan.title == "".join(parts)


_SITE_HEAD = (
    "{headline}\n"
    "文号: 时效:\n"
    "关于印发《某县优化营商环境工作方案》的通知\n"
    "{byline}\n"
    "某环组发〔2019〕1号\n"
    "各乡镇党委、政府,县直各有关单位:\n"
    "现将《某县优化营商环境工作方案》印发给你们,请认真贯彻执行。\n"
    "{signature}\n"
    "2019年7月16日\n"
    "某县优化营商环境工作方案\n"
    "一、任务分工\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "发表日期: 2020-11-18 来源:某县营商局 作者:王某 该信息已被浏览:",
        # guards: the short bylines, read before the long one was
        "發表日期:2020-11-18 来源:某县营商局",
        "发表日期:2020-11-18",
    ],
)
def test_a_bylines_posting_date_makes_no_address_and_the_number_under_it_is_read(
    byline: str,
) -> None:
    text = _SITE_HEAD.format(
        headline="某县优化营商环境工作方案", byline=byline, signature="某县人民政府"
    )
    plan = rulegov.parse_plan(text)
    assert plan.recipients == ["各乡镇党委、政府", "县直各有关单位"]
    assert plan.doc_number == "某环组发〔2019〕1号"


# 政府文件 is a guard: a column word read before the others were
@pytest.mark.parametrize("column", ["政策文件", "通知公告", "政府文件"])
def test_a_notice_heading_under_a_headline_with_the_sites_words_is_the_notices(
    column: str,
) -> None:
    headline = (
        f" 某市某县人民政府 {column} 关于印发《某县优化营商环境工作方案》的通知\n"
        f"当前位置:\n首页-政务公开-{column}\n索引号: 主题分类:\n发文日期: 公开方式:"
    )
    text = _SITE_HEAD.format(
        headline=headline, byline="发表日期:2020-11-18", signature="某县人民政府"
    )
    plan = rulegov.parse_plan(text)
    assert plan.notice is not None
    assert plan.notice.title == "关于印发《某县优化营商环境工作方案》的通知"
    assert plan.title == "某县优化营商环境工作方案"


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        (
            "中共某县委某县人民政府\n优化营商环境领导小组",
            "中共某县委某县人民政府优化营商环境领导小组",
        ),
        ("中共某县委\n全面依法治县委员会", "中共某县委全面依法治县委员会"),
        (
            "中共某县委\n某县人民政府\n扫黑除恶专项斗争领导小组",
            "中共某县委某县人民政府扫黑除恶专项斗争领导小组",
        ),
        # guards: organs of their own, each with its place
        ("中共某县委\n某县人民政府", "中共某县委、某县人民政府"),
        ("某县人民政府\n某县安全生产委员会", "某县人民政府、某县安全生产委员会"),
    ],
)
def test_a_group_signing_under_its_organs_without_a_place_is_one_issuer_with_them(
    signature: str, issuer: str
) -> None:
    text = _SITE_HEAD.format(
        headline="某县优化营商环境工作方案", byline="发表日期:2020-11-18", signature=signature
    )
    assert rulegov.parse_plan(text).issuer == issuer


@pytest.mark.parametrize(
    ("signature", "issuers"),
    [
        ("财政部\n国家卫生健康委员会", ["财政部", "国家卫生健康委员会"]),
        (
            "国家民族事务委员会\n国家发展和改革委员会",
            ["国家民族事务委员会", "国家发展和改革委员会"],
        ),
        ("财政部\n中央网络安全和信息化委员会", ["财政部", "中央网络安全和信息化委员会"]),
        # a copy that leaves the place out of both names
        ("财政局\n发展和改革委员会", ["财政局", "发展和改革委员会"]),
        ("财政局\n卫生健康委员会", ["财政局", "卫生健康委员会"]),
    ],
)
def test_a_national_or_unplaced_committee_under_one_organ_signs_as_a_joint_signer(
    signature: str, issuers: list[str]
) -> None:
    # a 委员会 with no place is a group of the organs above only when it names its work
    # (优化…领导小组) or signs under the party committee and the government jointly
    plan = rulegov.parse_plan(
        "关于印发某方案的通知\n各省、自治区、直辖市财政厅（局）：\n现将方案印发给你们。\n"
        f"{signature}\n2024年3月5日\n"
    )
    assert plan.issuer == "、".join(issuers)
    assert plan.issued_on == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("head", "signer"),
    [
        ("某市人民政府令第290号\n", "市长某某"),
        ("某市人民政府令第290号\n", "市长某某某"),
        ("某市人民政府令第290号\n", "代市长某某"),
        ("某市人民政府令\n第290号\n", "市长某某某"),
        ("某市人民政府令\n(第290号)\n", "代理市长某某"),
        ("某部令2019年第1号\n", "部长某某某"),
    ],
)
def test_an_orders_signer_glued_to_the_office_signs_it(head: str, signer: str) -> None:
    # 市长某某某 with no gap over the date signs as 市长 某某某 does: the title is the rule the
    # order publishes, not its sentence, and the date is the signer's
    plan = rulegov.parse_plan(
        f"{head}《某市某管理办法》已经市政府第10次常务会议通过,现予公布,自2024年1月1日起施行。\n"
        f"{signer}\n2023年12月1日\n某市某管理办法\n第一条 为加强管理,制定本办法。\n"
    )
    assert plan.title == "某市某管理办法"
    assert plan.issued_on == dt.date(2023, 12, 1)


def test_a_word_opening_with_an_office_over_a_date_is_no_signer() -> None:
    # 局长办公会议 names a meeting, not the head who signs
    plan = rulegov.parse_plan(
        "某县司法局工作规则\n本规则已经局务会议通过。\n局长办公会议\n2023年12月1日\n"
        "第一条 为规范工作,制定本规则。\n"
    )
    assert plan.title == "某县司法局工作规则"
    # no signature: neither 局长 nor the date under the meeting's name
    assert plan.issuer is None
    assert plan.issued_on is None


_NOTICE_HEADING = "某市人民政府办公室关于印发某市2023年法治政府建设工作要点的通知"


@pytest.mark.parametrize(
    "page",
    [
        "",
        "政策文件\n",
        "首页 > 政府信息公开 > 政策文件\n",
        "某市2023年法治政府建设工作要点\n",
        f"{_NOTICE_HEADING}\n",
    ],
)
@pytest.mark.parametrize(
    "heading",
    [_NOTICE_HEADING, "某市人民政府办公室关于印发《某市2023年法治政府建设工作要点》的通知"],
)
def test_an_organ_line_over_a_heading_that_names_it_again_is_its_mark(
    page: str, heading: str
) -> None:
    # page title / 某市人民政府办公室 / 某市人民政府办公室关于印发…的通知: the organ's line is its
    # mark, not the first half of a heading broken over two lines, and the notice is kept
    plan = rulegov.parse_plan(
        f"{page}某市人民政府办公室\n{heading}\n各县(区)人民政府,市政府各部门:\n"
        "现将《某市2023年法治政府建设工作要点》印发给你们,请认真贯彻执行。\n"
        "某市人民政府办公室\n2023年3月1日\n某市2023年法治政府建设工作要点\n一、加强组织领导。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == heading
    assert plan.title == "某市2023年法治政府建设工作要点"
    assert plan.issuer == "某市人民政府办公室"


@pytest.mark.parametrize(
    ("address", "recipients"),
    [
        ("各乡镇人民政府", ["各乡镇人民政府"]),
        ("县直有关单位", ["县直有关单位"]),
        ("各乡镇人民政府,县直各部门\n:", ["各乡镇人民政府", "县直各部门"]),
        ("各乡镇人民政府，县直各部门\n：", ["各乡镇人民政府", "县直各部门"]),
        ("各乡镇人民政府\n:", ["各乡镇人民政府"]),
        ("各乡镇人民政府,县直各部门\n\n:", ["各乡镇人民政府", "县直各部门"]),
        # one class of organs a line, the commas at the lines' ends left out
        ("各乡镇人民政府\n县直各部门:", ["各乡镇人民政府", "县直各部门"]),
        ("各乡镇人民政府\n县直各部门\n:", ["各乡镇人民政府", "县直各部门"]),
        ("各乡镇人民政府\n县直各部门", ["各乡镇人民政府", "县直各部门"]),
        ("市政府各部门\n各县（区）人民政府：", ["市政府各部门", "各县（区）人民政府"]),
        (
            "各乡镇人民政府、各街道办事处\n县直各部门、各直属单位：",
            ["各乡镇人民政府、各街道办事处", "县直各部门、各直属单位"],
        ),
    ],
)
def test_an_address_without_a_comma_or_with_its_colon_on_the_next_line(
    address: str, recipients: list[str]
) -> None:
    # one name that addresses a class of organs (各…, 有关…) needs no comma to be an address,
    # and a colon a narrow column sets alone under the names closes them
    plan = rulegov.parse_plan(
        f"某县司法局关于印发《某县普法工作要点》的通知\n{address}\n"
        "现将《某县普法工作要点》印发给你们,请认真贯彻执行。\n某县司法局\n2023年4月2日\n"
        "某县普法工作要点\n一、加强组织领导。\n"
    )
    assert plan.recipients == recipients
    assert plan.title == "某县普法工作要点"


@pytest.mark.parametrize(
    "organ",
    [
        "某县司法局",
        # 直属/所属/有关 inside one organ's own name: no class of organs
        "中共某县直属机关工作委员会",
        "某县直属机关工作委员会",
        "中共某市所属企业工作委员会",
        "某县有关事项协调办公室",
    ],
)
def test_one_organs_name_under_a_notice_heading_is_no_address(organ: str) -> None:
    # a single organ (no 各, no 有关部门) under the heading may be the one who signs: not addressed
    plan = rulegov.parse_plan(
        f"关于印发《某县普法工作要点》的通知\n{organ}\n"
        "现将《某县普法工作要点》印发给你们,请认真贯彻执行。\n2023年4月2日\n"
    )
    assert plan.recipients == []


@pytest.mark.parametrize(
    "address",
    ["某县有关部门", "县直有关单位", "县直属各单位", "某县人民政府所属各部门", "市政府有关部门"],
)
def test_a_class_of_organs_under_a_notice_heading_is_its_address(address: str) -> None:
    # guard: 各, or 有关/直属/所属 closing the name with the kind of organs, address a class
    plan = rulegov.parse_plan(
        f"关于印发《某县普法工作要点》的通知\n{address}\n"
        "现将《某县普法工作要点》印发给你们,请认真贯彻执行。\n2023年4月2日\n"
    )
    assert plan.recipients == [address]


@pytest.mark.parametrize(
    ("printed", "day"),
    [
        ("2020年3月5号", dt.date(2020, 3, 5)),
        ("2020年03月05号", dt.date(2020, 3, 5)),
        ("二〇二〇年三月五号", dt.date(2020, 3, 5)),
        ("二○二○年三月五日", dt.date(2020, 3, 5)),
        ("二零二零年三月五日", dt.date(2020, 3, 5)),
        ("二〇二三年五月", None),
        ("2023年5月", None),
    ],
)
@pytest.mark.parametrize("where", ["signature", "notice"])
def test_a_date_of_issue_with_hao_for_its_day_or_in_chinese_numerals(
    printed: str, day: dt.date | None, where: str
) -> None:
    # 号 closes a day as 日 does; a month without its day leaves the day unknown, not invented
    if where == "signature":
        text = f"某县2020年普法工作要点\n某县司法局\n{printed}\n一、加强组织领导。\n"
    else:
        text = (
            "某县司法局关于印发《某县2020年普法工作要点》的通知\n各乡镇司法所:\n"
            f"现将《某县2020年普法工作要点》印发给你们,请认真贯彻执行。\n某县司法局\n{printed}\n"
            "某县2020年普法工作要点\n一、加强组织领导。\n"
        )
    plan = rulegov.parse_plan(text)
    assert plan.issued_on == day
    assert plan.issuer == "某县司法局"
    assert plan.title == "某县2020年普法工作要点"


@pytest.mark.parametrize("closing", ["此通知", "特此通知", "特此函告", "此复"])
@pytest.mark.parametrize(
    "attachments", ["", "附件:检查表\n", "附件：\n检查表\n", "附件:1.检查表\n2.自查报告\n"]
)
@pytest.mark.parametrize("heading", ["关于开展普法检查的通知", "某县司法局关于开展普法检查的通知"])
def test_the_formula_that_closes_a_notice_over_its_date_is_no_issuer(
    closing: str, attachments: str, heading: str
) -> None:
    # a notice with no organ over its date: 此通知 and the attachments' list close its text, and
    # the issuer is the heading's organ or none
    plan = rulegov.parse_plan(
        f"{heading}\n各乡镇司法所:\n请于5月底前完成自查,并报送自查报告。\n{closing}\n"
        f"{attachments}2023年4月2日\n"
    )
    assert plan.issuer == ("某县司法局" if heading.startswith("某县") else None)
    assert plan.issued_on == dt.date(2023, 4, 2)


def test_the_one_title_under_a_bare_attachment_label_is_the_attachment() -> None:
    plan = rulegov.parse_plan(
        "某县司法局关于开展普法检查的通知\n各乡镇司法所:\n请于5月底前完成自查。\n特此通知。\n"
        "附件:\n普法检查表\n某县司法局\n2023年4月2日\n"
    )
    assert [a.title for a in plan.frame.attachments] == ["普法检查表"]
    assert plan.issuer == "某县司法局"


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        ("某县人民政府 2024年3月5日", "某县人民政府"),
        ("某县人民政府\u3000\u30002024年3月5日", "某县人民政府"),
        ("某县人民政府      2024年3月5日", "某县人民政府"),
        ("某县人民政府办公室 2024年3月5日", "某县人民政府办公室"),
        ("中共某县委 某县人民政府 2024年3月5日", "中共某县委、某县人民政府"),
    ],
)
def test_an_organ_and_its_date_on_one_line_under_a_bare_attachment_label_sign(
    signature: str, issuer: str
) -> None:
    # a bare 附件: over the signature lists nothing: the line is the organ and its date
    plan = rulegov.parse_plan(
        "某县人民政府关于印发某方案的通知\n各乡镇人民政府：\n现将方案印发给你们。\n附件：\n"
        f"{signature}\n"
    )
    assert plan.issued_on == dt.date(2024, 3, 5)
    assert plan.issuer == issuer
    assert plan.frame.attachments == []


@pytest.mark.parametrize("title", ["普法检查表 2023年版", "检查表 一"])
def test_a_spaced_title_under_a_bare_attachment_label_is_still_the_attachment(title: str) -> None:
    # guard: a gap in the title is no signature unless its parts are an organ or a date
    plan = rulegov.parse_plan(
        "某县司法局关于开展普法检查的通知\n各乡镇司法所:\n请于5月底前完成自查。\n特此通知。\n"
        f"附件:\n{title}\n某县司法局\n2023年4月2日\n"
    )
    assert [a.title for a in plan.frame.attachments] == [title.replace(" ", "")]
    assert plan.issued_on == dt.date(2023, 4, 2)


def test_thousands_of_notice_headings_under_a_headline_are_read_in_linear_time() -> None:
    # each heading asks whether its line was noted already: a lookup, not a search of every
    # diagnostic noted before (16,000 headings took 17 to 47 seconds so)
    def read(headings: int) -> None:
        rulegov.parse_plan(
            "某县人民政府 政策文件 关于印发《某方案》的通知\n"
            + "关于印发《某方案》的通知\n" * headings
        )

    assert growth(read, 2_000) < LINEAR  # four times the headings, not sixteen times the time


def test_the_rules_of_a_notices_head_hold_in_traditional_characters() -> None:
    # an address of one class of organs without a comma, a closing formula over the date
    plan = rulegov.parse_plan(
        "某縣司法局關於印發《某縣普法工作要點》的通知\n各鄉鎮人民政府\n"
        "現將《某縣普法工作要點》印發給你們,請認真貫徹執行。\n特此報告\n2023年4月2日\n"
    )
    assert plan.recipients == ["各鄉鎮人民政府"]
    assert plan.issuer == "某縣司法局"
    assert plan.issued_on == dt.date(2023, 4, 2)


@pytest.mark.parametrize(
    "top",
    [
        "某市人民政府办公室\n\n某市人民政府办公室关于印发某市2023年法治政府建设工作要点的通知",
        "政策文件\n某 市 人 民 政 府 办 公 室\n某市人民政府办公室关于印发某市2023年法治政府建设工作要点的通知",
        "某市人民政府辦公室\n某市人民政府辦公室關於印發某市2023年法治政府建設工作要點的通知",
    ],
)
def test_an_organ_line_printed_apart_or_spaced_over_the_heading_naming_it_is_its_mark(
    top: str,
) -> None:
    plan = rulegov.parse_plan(
        f"{top}\n各县(区)人民政府,市政府各部门:\n"
        "现将《某市2023年法治政府建设工作要点》印发给你们,请认真贯彻执行。\n"
        "某市人民政府办公室\n2023年3月1日\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == top.rsplit("\n", maxsplit=1)[-1]
    assert plan.title is not None
    assert plan.title.startswith("某市2023年法治政府建")


@pytest.mark.parametrize(
    "note",
    [
        "2022年1月7日在某旗第十六届人民代表大会第一次会议上",
        "二〇二二年一月七日在某旗第十六届人民代表大会第一次会议上",
        "——2022年1月7日在某旗第十六届人民代表大会第一次会议上",
        "（2022年1月7日在某旗第十六届人民代表大会第一次会议上）",
    ],
)
def test_a_reports_delivery_note_bare_on_its_line_dates_it_and_its_speaker_signs(
    note: str,
) -> None:
    plan = rulegov.parse_plan(
        f"政府工作报告\n\n{note}\n\n某旗人民政府代旗长  某某某\n\n各位代表：\n\n"
        "现在，我代表旗人民政府向大会报告工作。\n一、主要工作\n（一）深化改革。\n"
    )
    assert plan.title == "政府工作报告"
    assert plan.issuer == "某旗人民政府"
    assert plan.issued_on == dt.date(2022, 1, 7)


@pytest.mark.parametrize(
    "head",
    [
        "(内蒙古)2022年某县人民政府工作报告(全文)",
        "（内蒙古）2022年某县人民政府工作报告（全文）",
        "【四川】2022年某县人民政府工作报告",
        "2022年某县人民政府工作报告【全文】",
        "(北京)2022年某县人民政府工作报告",
    ],
)
def test_a_reprinting_sites_region_and_full_text_tags_are_no_part_of_the_title(
    head: str,
) -> None:
    plan = rulegov.parse_plan(
        f"{head}\n\n2022年，我县法治政府建设取得新成效。\n一、主要工作\n（一）深化改革。\n"
    )
    assert plan.title == "2022年某县人民政府工作报告"


@pytest.mark.parametrize(
    ("organ", "day"),
    [
        ("某市人民政府", "(2015年1月10日)"),
        ("某市人民政府", "（2015年1月10日）"),
        ("              某市人民政府", "            （2015年1月10日）"),
        ("某市人民政府", "(二〇一五年一月十日)"),
    ],
)
def test_an_organ_over_a_bracketed_date_under_a_reports_heading_signs_it(
    organ: str, day: str
) -> None:
    plan = rulegov.parse_plan(
        f"某市2014年度依法行政工作情况报告\n\n{organ}\n{day}\n\n"
        "2014年，我市依法行政工作取得明显成效。\n一、主要工作\n（一）深化改革。\n"
    )
    assert plan.title == "某市2014年度依法行政工作情况报告"
    assert plan.issuer == "某市人民政府"
    assert plan.issued_on == dt.date(2015, 1, 10)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "关于印发某市公共卫生体系建设三年行动计划\n(2023—2025年)的通知",
            "某市公共卫生体系建设三年行动计划(2023—2025年)",
        ),
        (
            "某市人民政府办公室关于印发某市就业创业三年行动实施方案\n（2024—2026年）的通知",
            "某市就业创业三年行动实施方案(2024—2026年)",
        ),
        (
            "某市人民政府办公室\n关于印发某市农村公路养护管理办法\n(试行)的通知",
            "某市农村公路养护管理办法(试行)",
        ),
        (
            "某省教育厅关于转发某部义务教育质量提升计划\n(2021-2025年)的通知",
            "某部义务教育质量提升计划(2021-2025年)",
        ),
    ],
)
def test_a_heading_broken_before_its_plans_period_and_closing_words_is_one_heading(
    heading: str, title: str
) -> None:
    # the line under the plan's name is its bracket and 的通知: the heading's last words
    plan = rulegov.parse_plan(
        f"{heading}\n各县(市)、区人民政府,市直各单位:\n现印发给你们,请认真贯彻执行。\n"
        "某市人民政府办公室\n2023年12月25日\n一、总体思路\n(一)指导思想。坚持。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title is not None
    assert plan.notice.title.endswith("的通知")
    assert plan.title is not None
    assert plan.title.replace("（", "(").replace("）", ")") == title.replace("（", "(").replace(
        "）", ")"
    )
    assert plan.recipients == ["各县(市)、区人民政府", "市直各单位"]


@pytest.mark.parametrize(
    "organs",
    [
        ["中共河北某某新区工作委员会", "河北某某新区管理委员会"],
        ["中共某某经济技术开发区工作委员会", "某某经济技术开发区管理委员会"],
        ["中共某某高新技术产业开发区工作委员会", "某某高新技术产业开发区管理委员会"],
    ],
)
def test_a_committee_signing_under_an_organ_that_names_its_place_is_an_organ_of_its_own(
    organs: list[str],
) -> None:
    # a place's long name (a new area, a development zone): not a group the organ above set up
    signature = "\n".join(organs)
    plan = rulegov.parse_plan(
        "关于印发《某实施方案》的通知\n各县委和人民政府,新区各部门:\n"
        f"现将《某实施方案》印发给你们,请结合实际认真贯彻执行。\n{signature}\n2021年3月15日\n"
        "某实施方案\n一、总体要求\n"
    )
    assert plan.issuer == "、".join(organs)


@pytest.mark.parametrize(
    ("address", "names"),
    [
        (
            "各县、区人民政府,某某经济开发区、市湖滨新城开发区、苏州\n  某某工业园区,市各委、办、局:",
            [
                "各县、区人民政府",
                "某某经济开发区、市湖滨新城开发区、苏州某某工业园区",
                "市各委、办、局",
            ],
        ),
        (
            "各县(市、区)人民政府,某某高新\n技术产业开发区,市政府各部门:",
            ["各县(市、区)人民政府", "某某高新技术产业开发区", "市政府各部门"],
        ),
        (
            "各乡镇人民政府,某某\n新区,县直各单位:",
            ["各乡镇人民政府", "某某新区", "县直各单位"],
        ),
    ],
)
def test_an_address_broken_inside_a_zones_name_is_read_whole(
    address: str, names: list[str]
) -> None:
    # a development zone, an industrial park or a new area is addressed by its name
    plan = rulegov.parse_plan(
        f"某市人民政府关于印发某市城乡医疗救助暂行办法的通知\n某政发〔2008〕65号\n{address}\n"
        "《某市城乡医疗救助暂行办法》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n"
        "某市人民政府\n2008年6月4日\n"
    )
    assert plan.recipients == names


_FIELDS_APART = (
    "文号\n某办函〔2025〕19号\n索引号\n000019713/2025-00077\n公开日期\n2025年10月17日\n"
    "主题分类\n精神文明\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        _FIELDS_APART,
        _FIELDS_APART.replace("\n", "\n\n"),
        "文號:某辦函〔2025〕19號\n\n" + _FIELDS_APART.replace("\n", "\n\n").replace("号", "號"),
        "索引号\n000019713/2025-00077\n成文日期\n2025年10月14日\n文号\n某办函〔2025〕19号\n",
        # a ministry's labels of its department, trade and kind of document
        _FIELDS_APART + "机构分类\n综合规划司\n行业分类\n其他\n公文类型\n部办公厅函\n",
        "文號\n\n某辦函〔2025〕19號\n\n機構分類\n\n綜合規劃司\n\n行業分類\n\n其他\n\n公文類型\n\n部辦公廳函\n",
    ],
)
def test_disclosure_labels_over_their_values_without_colons_are_the_pages_fields(
    fields: str,
) -> None:
    # label and value on lines of their own: no label is the title, no value the notice's
    plan = rulegov.parse_plan(
        f"某部办公厅关于表扬某某试点单位和试点任务的通报\n{fields}"
        "各省、自治区交通运输厅,部属各单位:\n"
        "为进一步做好试点工作,经研究,决定对某某等12家试点单位进行通报表扬。\n"
        "某部办公厅\n2025年10月14日\n"
    )
    assert plan.title == "某部办公厅关于表扬某某试点单位和试点任务的通报"
    assert plan.notice is None or plan.notice.title is None
    assert plan.doc_number is not None
    assert plan.doc_number.startswith("某")
    assert plan.issued_on == dt.date(2025, 10, 14)
    assert plan.recipients == ["各省、自治区交通运输厅", "部属各单位"]


@pytest.mark.parametrize(
    "field",
    [
        "标题:某县人民政府办公室关于开展依法行政考核工作的通知",
        "名称：某县人民政府办公室关于开展依法行政考核工作的通知",
        "标题 | 某县人民政府办公室关于开展依法行政考核工作的通知 |",
        "词条 | 某县人民政府办公室关于开展依法行政考核工作的通知 |",
    ],
)
def test_a_heading_printed_only_as_a_pages_field_names_its_issuer(field: str) -> None:
    plan = rulegov.parse_plan(
        f"{field}\n各乡镇人民政府，县直各部门：\n为推进法治政府建设，现将考核有关问题通知如下：\n"
        "一、考核对象\n"
    )
    assert plan.title == "某县人民政府办公室关于开展依法行政考核工作的通知"
    assert plan.issuer == "某县人民政府办公室"
    assert plan.recipients == ["各乡镇人民政府", "县直各部门"]


@pytest.mark.parametrize("cell", ["释义 | ", "正文 | ", "全文 | ", "释义|"])
def test_a_pages_label_of_the_text_in_a_cell_before_the_address_is_no_recipient(
    cell: str,
) -> None:
    plan = rulegov.parse_plan(
        "词条 | 某县人民政府办公室关于开展依法行政考核工作的通知 |\n"
        f"{cell}各乡镇人民政府，县直各部门： 为推进法治政府建设，现将考核有关问题通知如下： "
        "一、考核对象 各乡镇人民政府。\n"
    )
    assert plan.recipients == ["各乡镇人民政府", "县直各部门"]


@pytest.mark.parametrize(
    "byline",
    [
        "某县司法局 2024年01月08日",
        "某县人民政府\u30002023年12月05日",
        "某县司法局   2024年10月08日",
    ],
)
def test_an_organ_and_a_zero_padded_day_under_the_heading_are_the_pages_byline(
    byline: str,
) -> None:
    plan = rulegov.parse_plan(
        f"某县2023年度法治政府建设工作报告\n\n{byline}\n\n"
        "2023年，我县法治政府建设取得新成效。\n一、主要工作\n（一）深化改革。\n"
    )
    assert plan.title == "某县2023年度法治政府建设工作报告"
    assert plan.issuer is None
    assert plan.issued_on is None


def test_an_organ_and_an_unpadded_day_under_the_heading_still_sign_it() -> None:
    plan = rulegov.parse_plan(
        "某县2023年度法治政府建设工作报告\n\n某县司法局 2024年1月8日\n\n"
        "2023年，我县法治政府建设取得新成效。\n一、主要工作\n（一）深化改革。\n"
    )
    assert plan.issuer == "某县司法局"
    assert plan.issued_on == dt.date(2024, 1, 8)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("(内蒙古)2022年某县人\n民政府工作报告(全文)", "2022年某县人民政府工作报告"),
        ("2022年某县人民政府\n工作报告(全文)", "2022年某县人民政府工作报告"),
        ("2022年\n某县人民政府\n工作报告【全文】", "2022年某县人民政府工作报告"),
        ("某县2023年度法治政府\n建设情况报告(全文)", "某县2023年度法治政府建设情况报告"),
    ],
)
def test_a_title_broken_over_lines_is_whole_before_a_sites_full_text_tag(
    head: str, title: str
) -> None:
    plan = rulegov.parse_plan(
        f"{head}\n\n2023年，我县法治政府建设取得新成效。\n一、主要工作\n（一）深化改革。\n"
    )
    assert plan.title == title


@pytest.mark.parametrize(
    "byline",
    [
        "来源:某县人民政府 发布时间:2024-01-08",
        "某县人民政府 2024年01月08日",
        "发布时间:2024年01月08日",
    ],
)
def test_a_documents_heading_under_the_byline_quoting_the_pages_title_is_the_title(
    byline: str,
) -> None:
    plan = rulegov.parse_plan(
        "【政策解读】关于《某县人民政府关于2023年度法治政府建设工作的报告》的政策解读\n\n"
        f"{byline}\n\n      《某县人民政府关于2023年度法治政府建设工作的报告》政策解读\n\n"
        "      按照省市工作要求，现解读如下：\n\n      一、起草背景\n\n      党中央高度重视法治政府建设。\n"
    )
    assert plan.title == "《某县人民政府关于2023年度法治政府建设工作的报告》政策解读"


@pytest.mark.parametrize(
    "field",
    [
        "发文单位:区人民政府办公室",
        "发文单位\n区人民政府办公室\n发文字号\n某政发〔2023〕5号",
        "发布机构:县政府办公室",
        "发文机关 | 区人民政府办公室 |",
    ],
)
def test_a_page_naming_an_office_by_its_level_does_not_outrank_the_headings_organ(
    field: str,
) -> None:
    # the page's office that posts the notice, named by level alone; the heading names the organ
    plan = rulegov.parse_plan(
        "某某区人民政府关于分解落实2023年区政府工作目标任务的通知\n\n"
        f"索引号:011437144/2023-06550\n{field}\n\n"
        "各乡镇人民政府,区政府各部门:\n现将2023年区政府工作目标任务分解下达给你们,请认真组织落实。\n"
        "附件:2023年区政府工作目标任务落实责任分解表\n2023年1月30日\n附件\n"
        "2023年区政府工作目标任务落实责任分解表\n序号\n目  标  任  务\n牵头单位\n"
    )
    assert plan.issuer == "某某区人民政府"


@pytest.mark.parametrize(
    "fields",
    [
        "索引号\t\n发布机构\t\n发布日期\t2020-03-20\t文号\t\n公开形式\t\n",
        "文号\n某办发〔2020〕3号\n公开形式\n",
    ],
)
def test_an_address_under_a_disclosure_label_left_empty_is_the_address(fields: str) -> None:
    # a label's value is never the notice's address: the label was left empty
    plan = rulegov.parse_plan(
        f"某县人民政府办公室关于印发某县防汛抗旱应急预案的通知\n{fields}\n"
        "各乡镇人民政府,县政府各部门:\n现将《某县防汛抗旱应急预案》印发给你们,请认真贯彻实施。\n"
        "某县人民政府办公室\n2020年3月17日\n"
    )
    assert plan.recipients == ["各乡镇人民政府", "县政府各部门"]
    assert plan.issuer == "某县人民政府办公室"


@pytest.mark.parametrize(
    ("page_title", "number"),
    [
        ("某政办发[2020]35号某市推进义务教育优质均衡发展实施细则的通知", "某政办发[2020]35号"),
        ("某政办发〔2020〕35号某市义务教育督导评估规划实施细则的通知", "某政办发〔2020〕35号"),
        ("某政辦發〔2020〕35號某市推進義務教育優質均衡發展實施細則的通知", "某政辦發〔2020〕35號"),
    ],
)
def test_a_number_glued_to_a_pages_cut_title_over_the_heading_is_the_documents(
    page_title: str, number: str
) -> None:
    # the page's title line: the number run onto the title the page cut short, with no 关于
    plan = rulegov.parse_plan(
        f"政府文件\n{page_title}\n时间:2020-09-29 来源: 作者:\n\n"
        "某市人民政府办公室关于印发某市推进\n\n义务教育优质均衡发展\n\n实施细则的通知\n\n"
        "各乡镇人民政府,市政府有关部门:\n\n"
        "经市政府同意,现将《某市推进义务教育优质均衡发展实施细则》印发给你们。\n\n"
        "某市人民政府办公室\n\n2020年9月28日\n"
    )
    assert plan.doc_number == number
    assert plan.title == "某市推进义务教育优质均衡发展实施细则"


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("某政[2002]文4号\n", "某政[2002]文4号"),
        ("(某政〔2020〕函5号)\n", "某政〔2020〕函5号"),
        ("某府办〔2019〕发12号\n", "某府办〔2019〕发12号"),
        ("某政[2002]文4號\n", "某政[2002]文4號"),
    ],
)
def test_a_number_with_its_series_word_after_the_bracket_is_read(printed: str, number: str) -> None:
    # the word of the document's series printed after the year's bracket, not before it
    plan = rulegov.parse_plan(
        f"某市人民政府关于加强某工作的意见\n{printed}各县(市、区)人民政府:\n"
        "为做好某工作,现提出如下意见。\n一、总体要求\n坚持依法行政。\n"
    )
    assert plan.doc_number == number


@pytest.mark.parametrize(
    "annex",
    [
        "附件:某工作先进单位名单\n某区:某街道办事处\n",
        "附件\n某工作先进单位名单\n某区:某街道办事处\n",
        "附件: 某工作先进单位名单\n\n某区:某街道办事处\n某县:某镇人民政府\n",
    ],
)
@pytest.mark.parametrize(
    ("heading", "signature"),
    [
        ("某市人民政府关于表彰某工作先进单位的决定\n某政[2002]4号", "某市人民政府\n2002年1月4日"),
        ("某市人民政府关于表彰某工作先进单位的决定", "某 市 人 民 政 府\n二OO二年一月四日"),
        ("某市人民政府關于表彰某工作先進單位的決定", "某市人民政府\n2002年1月4日"),
    ],
)
def test_a_decisions_annex_after_its_signature_is_not_its_title(
    heading: str, signature: str, annex: str
) -> None:
    # a decision (决定) that prints no other document is itself the document; the list of those
    # it commends, annexed after its signature, is no title
    plan = rulegov.parse_plan(
        f"{heading}\n各县(市、区)人民政府:\n为了表彰先进,决定授予某单位先进单位称号。\n"
        f"附件:某工作先进单位名单\n{signature}\n{annex}"
    )
    assert plan.title == heading.split("\n", maxsplit=1)[0]
    assert plan.notice is None or plan.notice.title is None


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("某府发〔2015〕29号", "某府发〔2015〕29号"),
        ("(某府发〔2015〕29号)", "某府发〔2015〕29号"),
        ("某府發[2015]29號", "某府發[2015]29號"),
        ("某政[2002]文4号", "某政[2002]文4号"),
    ],
)
def test_a_number_over_a_text_without_its_heading_does_not_stand_in_for_the_title(
    printed: str, number: str
) -> None:
    # no heading printed: the number is the number, and the text's first line stands in
    plan = rulegov.parse_plan(
        f"{printed}\n各市人民政府,省政府各部门:\n为做好某工作,现提出以下实施意见:\n"
        "一、总体要求\n(一)坚持依法行政。将某工作纳入规划。\n"
    )
    assert plan.doc_number == number
    assert plan.title == "为做好某工作,现提出以下实施意见:"


@pytest.mark.parametrize(
    "row",
    [
        "某市领导小组办公室关于印发某市创建工作推进方案的通知 | | | | |\n| | | | | |",
        "| 某市领导小组办公室关于印发某市创建工作推进方案的通知 | | | |",
        "某市领导小组办公室关于印发某市创建工作推进方案的通知 | ||||||||||||\n| ||||||||||||",
        "| | 某市领导小组办公室关于印发某市创建工作推进方案的通知 | |",
    ],
)
@pytest.mark.parametrize(
    "notice",
    [
        (
            "各乡镇(街道)、部门(单位):\n现将《某市创建工作推进方案》印发给你们,请认真组织实施。\n"
            "某市领导小组办公室\n2023年3月30日\n某市创建工作推进方案\n"
        ),
        (
            "各乡镇(街道)、部门(单位): 现将《某市创建工作推进方案》印发给你们,请认真组织实施。 "
            "某市领导小组办公室 2023年3月30日 某市创建工作推进方案\n"
        ),
    ],
)
def test_a_heading_set_in_a_tables_row_of_empty_cells_is_read_without_them(
    row: str, notice: str
) -> None:
    # a page sets the heading in a row merged across its table: the other cells are empty
    plan = rulegov.parse_plan(
        "发布机构: | 某分局 | 公开日期: | 2023-05-29 |\n有效性: | 有效 | 发文字号 | 无文号 |\n"
        f"{row}\n{notice}一、总体要求\n(一)坚持系统推进。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市领导小组办公室关于印发某市创建工作推进方案的通知"
    assert plan.title == "某市创建工作推进方案"
    assert plan.issuer == "某市领导小组办公室"
    assert plan.recipients == ["各乡镇(街道)、部门(单位)"]
    assert plan.issued_on == dt.date(2023, 3, 30)


def test_a_tables_caption_in_a_row_of_empty_cells_still_opens_its_table() -> None:
    # the caption names a document, but the table's rows follow it: the body starts there
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发某县法治建设工作任务分解表的通知\n各乡镇人民政府,县政府各部门:\n"
        "现将《某县法治建设工作任务分解表》印发给你们,请认真落实。\n某县人民政府办公室\n2023年3月1日\n"
        "某县法治建设工作任务分解表 | | | |\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n"
        "| 1 | 加强法治宣传教育 | 县司法局 | 2023年12月底 |\n"
        "| 2 | 推进依法行政 | 县政府办公室 | 2023年12月底 |\n"
    )
    assert plan.title == "某县法治建设工作任务分解表"
    assert [task.title for task in plan.tasks] == ["加强法治宣传教育", "推进依法行政"]
    assert [task.assignments[0].unit_name for task in plan.tasks] == ["县司法局", "县政府办公室"]


_SUMMARISED = "某省人民政府关于实施《国务院关于基础教育改革的决定》的意见"


@pytest.mark.parametrize(
    "number",
    ["(某政[2001]85号)", "某政[2001]85号"],
)
@pytest.mark.parametrize(
    "heading",
    [
        "某省人民政府关于实施\n《国务院关于基础教育改革的决定》的意见\n(某政[2001]85号)",
        "某省人民政府关于实施《国务院关于基础教育改革的决定》的意见\n某政[2001]85号",
        "某省人民政府\n关于实施《国务院关于基础教育改革的决定》的意见\n\n(某政[2001]85号)",
    ],
)
@pytest.mark.parametrize("above", ["", f"{_SUMMARISED}\n2025-06-07 16:43\n166人看过\n学校\n"])
def test_a_pages_summary_running_the_head_together_above_the_heading_is_the_pages(
    number: str, heading: str, above: str
) -> None:
    # the summary runs the heading, the number and the address into the text's first words
    plan = rulegov.parse_plan(
        f"{above}{_SUMMARISED}{number}各市、县人民政府,省政府各部门:为认真贯彻落实《国务院关于\n"
        f"{heading}\n各市、县人民政府,省政府各部门:\n"
        "为认真贯彻落实《国务院关于基础教育改革的决定》,现提出以下实施意见。\n"
        "一、统一思想\n1、基础教育是教育事业的基石。\n"
    )
    assert plan.title == _SUMMARISED
    assert plan.notice is None or plan.notice.title is None
    assert plan.doc_number == "某政[2001]85号"
    assert plan.recipients == ["各市、县人民政府", "省政府各部门"]


@pytest.mark.parametrize("number", ["(某政[2001]85号)", "某政〔2001〕85号", "(某政[2001]85號)"])
def test_a_number_run_in_between_a_heading_and_its_address_is_cut_from_the_address(
    number: str,
) -> None:
    plan = rulegov.parse_plan(
        f"{_SUMMARISED}{number}各市、县人民政府,省政府各部门:为认真贯彻落实某决定,现提出以下意见。\n"
        "一、统一思想\n1、基础教育是教育事业的基石。\n"
    )
    assert plan.doc_number == number.strip("()")
    assert plan.recipients == ["各市、县人民政府", "省政府各部门"]


@pytest.mark.parametrize(
    "annex",
    [
        "附件:某工作重点任务分工方案\n1.某项工作,某局负责。\n2.某项工作,某委负责。\n",
        "附件\n某工作重点任务分工表\n|序号|任务|责任单位|\n|1|某项工作|某局|\n",
        "附件1\n某市某工作考核办法\n一、某街道\n二、某镇\n",
        "附件:某区禁止燃放烟花爆竹区域范围\n某区:某街道办事处\n",
    ],
)
@pytest.mark.parametrize(
    ("heading", "address", "signature"),
    [
        (
            "某市人民政府关于加强某工作的意见\n某政发〔2020〕4号",
            "各县(市、区)人民政府:\n",
            "某市人民政府\n2020年1月4日",
        ),
        (
            "某市人民政府关于加强某工作的实施意见",
            "各县(市、区)人民政府:\n",
            "某市人民政府\n2020年1月4日",
        ),
        (
            "某市人民政府關于加強某工作的實施意見",
            "各縣(市、區)人民政府:\n",
            "某 市 人 民 政 府\n二〇二〇年一月四日",
        ),
        (
            "某市人民政府关于禁止燃放烟花爆竹的通告\n某政通〔2020〕4号",
            "",
            "某市人民政府\n2020年1月4日",
        ),
        (
            "某市人民政府关于禁止燃放烟花爆竹的通告",
            "各县(市、区)人民政府:\n",
            "某市人民政府\n2020年1月4日",
        ),
        ("某市公安局关于某道路交通管制的公告", "", "某市公安局\n2020年1月4日"),
        ("某市人民政府關於某道路交通管制的公告", "", "某 市 人 民 政 府\n二〇二〇年一月四日"),
    ],
)
def test_an_opinions_or_notices_annex_after_its_signature_is_not_its_title(
    heading: str, address: str, signature: str, annex: str
) -> None:
    # an opinion (意见), a public notice (通告) or an announcement (公告) that prints no other
    # document is itself the document: its organ and date sign it, the annex after them (a list, a
    # table, its own rules) is no title
    plan = rulegov.parse_plan(
        f"{heading}\n{address}为做好某工作,现就有关事项通告如下。\n{signature}\n{annex}"
    )
    assert plan.title == heading.split("\n", maxsplit=1)[0]
    assert plan.notice is None or plan.notice.title is None
    assert plan.issuer == signature.split("\n", maxsplit=1)[0].replace(" ", "")
    assert plan.issued_on == dt.date(2020, 1, 4)


@pytest.mark.parametrize(
    ("heading", "plan_title"),
    [
        (
            "某市人民政府办公室关于印发《某市法治政府建设实施方案》的通知",
            "某市法治政府建设实施方案",
        ),
        ("某市人民政府办公室关于印发某市法治政府建设实施方案的通知", "某市法治政府建设实施方案"),
        ("某市人民政府办公室关于印发某市法治政府建设实施意见的通知", "某市法治政府建设实施意见"),
    ],
)
def test_a_notice_that_prints_a_plan_after_its_signature_keeps_both_titles(
    heading: str, plan_title: str
) -> None:
    # a notice prints the plan after its signature: the plan's title is read there, apart from the
    # notice's, whatever the plan is called
    plan = rulegov.parse_plan(
        f"{heading}\n各县(市、区)人民政府:\n现将{plan_title}印发给你们,请认真贯彻执行。\n"
        f"某市人民政府办公室\n2020年1月4日\n{plan_title}\n一、总体要求\n坚持依法行政。\n"
    )
    assert plan.title == plan_title
    assert plan.notice is not None
    assert plan.notice.title == heading


@pytest.mark.parametrize(
    ("heading", "signature"),
    [
        ("某市人民政府关于控制某污染的通告", "市长\n二○○一年十二月三十日"),
        ("某市人民政府关于某道路交通管制的公告", "市长 某某\n2001年12月30日"),
    ],
)
def test_a_notice_an_order_promulgates_keeps_its_heading_printed_again_over_its_text(
    heading: str, signature: str
) -> None:
    # an order promulgates the notice, then prints its text under its heading once more: the
    # heading below the signature is the title again, not a line of the preamble
    plan = rulegov.parse_plan(
        f"{heading}\n某市人民政府令第121号\n《{heading}》已经市人民政府常务会议审议通过,现予发布。\n"
        f"{signature}\n{heading}\n第一条 为有效控制某污染,制定本通告。\n第二条 本通告自发布之日起施行。\n"
    )
    assert plan.title == heading
    assert heading not in plan.preamble.replace(f"《{heading}》", "")


_PLAN_UNDER_A_BYLINE = (
    "一、总体要求\n坚持依法治县。\n二、主要任务\n（一）加强宣传。县司法局负责。\n"
)
_HEADS_OVER_A_BYLINE = {
    "full-width": "某县2023年普法工作要点（试行）\n{byline}\n" + _PLAN_UNDER_A_BYLINE,
    "half-width": "某县2023年普法工作要点(试行)\n{byline}\n"
    + _PLAN_UNDER_A_BYLINE.replace("（", "(").replace("）", ")"),
    "page": "首页 > 政务公开 > 通知公告\n某县2023年普法工作要点\n{byline}\n【打印】【关闭】\n"
    + _PLAN_UNDER_A_BYLINE,
    "broken": "某县2023年普法\n工作要点\n{byline}\n" + _PLAN_UNDER_A_BYLINE,
}


@pytest.mark.parametrize("form", sorted(_HEADS_OVER_A_BYLINE))
@pytest.mark.parametrize(
    "byline",
    [
        "某县司法局\n2023-05-10",
        "某县司法局 2023-05-10",
        "某县司法局\n2023/5/10",
        "某县司法局\u30002023/05/10",
    ],
)
def test_an_organ_over_a_day_in_digits_under_a_heading_is_the_pages_byline(
    form: str, byline: str
) -> None:
    # a document's date writes out 年, 月 and 日 (GB/T 9704-2012, 7.3.5.1); 2023-05-10 or
    # 2023/5/10 under the heading, with the organ that posted the page, is the page's byline
    plan = rulegov.parse_plan(_HEADS_OVER_A_BYLINE[form].format(byline=byline))
    assert plan.title.startswith("某县2023年普法工作要点")
    assert plan.issuer is None
    assert plan.issued_on is None
    assert "page-text" in [d.code for d in plan.diagnostics]


@pytest.mark.parametrize("byline", ["某县司法局\n2023-05-10", "某县司法局 2023/5/10"])
def test_a_byline_under_a_notices_heading_leaves_the_date_to_its_signature(byline: str) -> None:
    plan = rulegov.parse_plan(
        f"某县司法局关于印发2023年普法工作要点的通知\n{byline}\n各乡镇司法所：\n"
        "现将《某县2023年普法工作要点》印发给你们，请认真贯彻执行。\n某县司法局\n2023年5月8日\n"
        "某县2023年普法工作要点\n" + _PLAN_UNDER_A_BYLINE
    )
    assert plan.issued_on == dt.date(2023, 5, 8)
    assert plan.title == "某县2023年普法工作要点"
    assert plan.recipients == ["各乡镇司法所"]


def test_an_organ_over_a_written_out_date_under_a_heading_still_signs_it() -> None:
    # guard: 年月日 written out is a date of issue (某县2023年普法工作要点 / 某县司法局 / 2023年5月10日)
    plan = rulegov.parse_plan(
        "某县2023年普法工作要点\n某县司法局\n2023年5月10日\n" + _PLAN_UNDER_A_BYLINE
    )
    assert plan.issuer == "某县司法局"
    assert plan.issued_on == dt.date(2023, 5, 10)


_SUMMARIES_OF_A_NUMBER = {
    "full-width fields": "索引号：000/2023-00012\n发文字号：某政发{number}\n成文日期：2023-05-10\n",
    "half-width fields": "索引号:000/2023-00012\n发文字号:某政发{number}\n成文日期:2023-05-10\n",
    "page table": "首页 > 政务公开\n| 索引号 | 000/2023-00012 | 文号 | 某政发{number} |\n",
    "summary line": "某市人民政府关于印发某市法治政府建设实施方案的通知（某政发{number}）\n",
}
_HEADS_UNDER_A_SUMMARY = {
    "notice": "某市人民政府关于印发某市法治政府建设实施方案的通知\n某政发〔2023〕5号\n各县区人民政府：\n"
    "现将《某市法治政府建设实施方案》印发给你们，请认真贯彻执行。\n某市人民政府\n2023年5月10日\n"
    "某市法治政府建设实施方案\n一、总体要求\n坚持依法行政。\n",
    "broken notice": "某市人民政府关于印发某市法治政府\n建设实施方案的通知\n某政发〔2023〕5号\n各县区人民政府：\n"
    "现将《某市法治政府建设实施方案》印发给你们，请认真贯彻执行。\n某市人民政府\n2023年5月10日\n"
    "某市法治政府建设实施方案\n一、总体要求\n坚持依法行政。\n",
    "plan alone": "某市法治政府建设实施方案\n某政发〔2023〕5号\n一、总体要求\n坚持依法行政。\n",
}


@pytest.mark.parametrize("head", sorted(_HEADS_UNDER_A_SUMMARY))
@pytest.mark.parametrize("summary", sorted(_SUMMARIES_OF_A_NUMBER))
@pytest.mark.parametrize("number", ["[2023]5号", "(2023)5号", "（2023）5号", "【2023】5号"])
def test_a_summarys_number_in_other_brackets_gives_way_to_the_documents_own(
    head: str, summary: str, number: str
) -> None:
    # the page prints the number in its own brackets; the document under the heading prints it
    # in 〔〕: the number is the document's, as printed there
    text = _SUMMARIES_OF_A_NUMBER[summary].format(number=number) + _HEADS_UNDER_A_SUMMARY[head]
    plan = rulegov.parse_plan(text)
    assert plan.doc_number == "某政发〔2023〕5号"
    span = plan.spans["doc_number"]
    assert text[span.start : span.end] == "某政发〔2023〕5号"


def test_a_summarys_number_stays_when_the_document_prints_another() -> None:
    # guard: a number under the heading that is not the summary's (another year) takes nothing
    plan = rulegov.parse_plan(
        "发文字号：某政发[2023]5号\n某市法治政府建设实施方案\n某政发〔2022〕5号\n"
        "一、总体要求\n坚持依法行政。\n"
    )
    assert plan.doc_number == "某政发[2023]5号"


_CALLS_NAMING_NO_DRAFT = {
    "announcement": "征求意见公告\n",
    "organ's announcement": "某市司法局征求意见公告\n",
    "broken heading": "某市司法局关于某市法治宣传教育实施方案\n公开征求意见的公告\n",
    "page": "首页 > 意见征集\n某市法治宣传教育实施方案（征求意见稿）公开征求意见\n"
    "发布时间：2023-05-11 09:30  来源：市司法局\n",
}
_CALLS_TEXT = (
    "为广泛听取社会各界意见，现将方案全文公布，征求社会公众意见。\n联系电话：0000-1234567\n"
    "某市司法局\n2023年5月10日\n某市法治宣传教育实施方案（征求意见稿）\n一、总体要求\n坚持依法治市。\n"
    "二、主要任务\n（一）加强宣传。市司法局负责。\n"
)


@pytest.mark.parametrize("width", ["full", "half"])
@pytest.mark.parametrize("heading", sorted(_CALLS_NAMING_NO_DRAFT))
def test_a_call_for_comments_naming_no_draft_is_signed_over_the_draft(
    heading: str, width: str
) -> None:
    # a call for comments whose heading names no draft in 《》 still sends the draft printed
    # after its signature: the organ and date sign the call, the draft's heading is the title
    text = _CALLS_NAMING_NO_DRAFT[heading] + _CALLS_TEXT
    if width == "half":
        text = text.translate(str.maketrans("（）：，", "():,"))
    plan = rulegov.parse_plan(text)
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert plan.issuer == "某市司法局"
    assert plan.title in (
        "某市法治宣传教育实施方案（征求意见稿）",
        "某市法治宣传教育实施方案(征求意见稿)",
    )
    assert plan.notice is not None
    assert plan.notice.title is not None
    assert "征求意见" in plan.notice.title.replace("征求意见稿", "")


_REPORT_NAMING_ITS_DOCUMENT = (
    "为了推进法治建设，进一步落实《某县普法责任制》等五项制度，真正把普法规划落到实处。"
    "县委办公室、县政府办公室印发了《关于推进普法工作任务的安排意见》。"
    "《意见》共有10大项：一是加强宣传；二是依法治理。\n"
)
_REPORTS_NAMING_THEIR_DOCUMENT = {
    "full-width": _REPORT_NAMING_ITS_DOCUMENT,
    "half-width": _REPORT_NAMING_ITS_DOCUMENT.translate(str.maketrans("，：；", ",:;")),
    "page": "首页 > 新闻动态\n发布时间：2014-06-05 10:00  来源：市司法局\n"
    + _REPORT_NAMING_ITS_DOCUMENT
    + "【打印本页】【关闭窗口】\n",
    "broken before the verb": _REPORT_NAMING_ITS_DOCUMENT.replace(
        "县政府办公室印发", "县政府办公室\n印发"
    ),
    "broken in the title": _REPORT_NAMING_ITS_DOCUMENT.replace("普法工作任务", "普法工\n作任务"),
}


@pytest.mark.parametrize("form", sorted(_REPORTS_NAMING_THEIR_DOCUMENT))
def test_a_text_without_a_heading_takes_the_document_it_names_again_for_its_title(
    form: str,
) -> None:
    # X印发了《Y》。《意见》…: the text is about Y, which it calls by its short name; Y is the
    # title and X the issuer, not the first sentence of the text
    plan = rulegov.parse_plan(_REPORTS_NAMING_THEIR_DOCUMENT[form])
    assert plan.title == "关于推进普法工作任务的安排意见"
    assert plan.issuer == "县委办公室、县政府办公室"
    assert "no-title" not in [d.code for d in plan.diagnostics]


_PLAN_UNDER_ITS_PREAMBLE = (
    "一、总体要求\n坚持依法治县。\n二、主要任务\n（一）加强宣传。县司法局负责。\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "为深入推进法治建设，结合我县实际，特制定《某县2023年普法工作方案》。\n",
        "为深入推进法治建设,结合我县实际,现制定《某县2023年普法工作方案》如下。\n",
        "首页 > 政务公开\n为深入推进法治建设，结合我县实际，特制定《某县2023年普法工作方案》。\n",
        "为深入推进法治建设，结合我县实际，特制定《某县2023年普\n法工作方案》。\n",
    ],
)
def test_a_preamble_that_says_what_it_makes_names_the_title(opening: str) -> None:
    # 特制定《Y》: the text says it is Y
    plan = rulegov.parse_plan(opening + _PLAN_UNDER_ITS_PREAMBLE)
    assert plan.title == "某县2023年普法工作方案"
    assert "no-title" not in [d.code for d in plan.diagnostics]


@pytest.mark.parametrize(
    "label",
    [
        "附件：某县2023年普法工作要点\n",
        "附件:某县2023年普法工作要点\n",
        "首页 > 政务公开 > 通知公告\n附件2：某县2023年普法工作要点\n",
    ],
)
def test_an_annex_printed_alone_takes_the_title_after_its_label(label: str) -> None:
    # 附件：Y over the annex's text: Y is the title, never the first heading under it
    plan = rulegov.parse_plan(label + _PLAN_UNDER_ITS_PREAMBLE)
    assert plan.title == "某县2023年普法工作要点"
    assert "no-title" not in [d.code for d in plan.diagnostics]


@pytest.mark.parametrize(
    "opening",
    [
        "为深入推进法治建设，结合我县实\n际，制定本方案。\n",
        "为深入推进法治建设,结合我县实\n际,制定本方案。\n",
        "根据上级部署，结合我县实际情\n况，制定本方案。\n",
    ],
)
def test_a_first_sentence_broken_over_lines_is_no_silent_title(opening: str) -> None:
    # a copy of a PDF breaks the opening sentence: its first part stands in for the missing
    # title only with the diagnostic that says so, at its line and column
    plan = rulegov.parse_plan(opening + _PLAN_UNDER_ITS_PREAMBLE)
    [note] = [d for d in plan.diagnostics if d.code == "no-title"]
    assert (note.line, note.column) == (1, 1)


def test_a_report_of_what_was_made_names_no_title() -> None:
    # guard: a report's 研究制定了《Y》 tells what was done; the text is not Y
    plan = rulegov.parse_plan(
        "2023年,我县坚持依法行政,研究制定了《某县2023年普法工作方案》,深入开展法治宣传。\n"
        "一、主要工作\n（一）加强宣传。\n"
    )
    assert plan.title != "某县2023年普法工作方案"
    assert "no-title" in [d.code for d in plan.diagnostics]


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        (
            "自治区人民政府关于印发某某维吾尔自治区百万人温饱工程计划的通知",
            "某某维吾尔自治区人民政府",
        ),
        ("省人民政府关于印发《某某省防汛抗旱应急预案》的通知", "某某省人民政府"),
        ("市政府办公室关于转发某某市河长制工作方案的通知", "某某市政府办公室"),
        ("省人民政府关于印发全省防汛抗旱应急预案的通知", "省人民政府"),
        ("区人民政府关于印发某某自治区扶贫计划的通知", "区人民政府"),
        ("县人民政府关于印发2023年某某县重点工作方案的通知", "某某县人民政府"),
        ("县人民政府关于印发《2023年度某某县重点工作方案》的通知", "某某县人民政府"),
        # a plan's title that opens on its work, not its place: the level's word is no place's
        ("市人民政府关于印发加快推进城市更新行动方案的通知", "市人民政府"),
        ("省人民政府关于印发加快建设农业强省行动方案的通知", "省人民政府"),
        ("省人民政府关于印发《推动农业强省建设实施方案》的通知", "省人民政府"),
        ("县人民政府关于印发各乡镇和县直部门年度考核方案的通知", "县人民政府"),
    ],
)
def test_a_heading_naming_its_organ_by_level_takes_the_place_its_plan_names(
    heading: str, issuer: str
) -> None:
    # a government heads its notice by its level alone and names its place in the plan it
    # prints: the place of the organ's level is the organ's; a plan that opens on no place of
    # that level (全省, or a region under a district's heading) leaves the organ as named
    plan = rulegov.parse_plan(
        f"{heading}\n各州、市、县人民政府,各部门:\n现将计划印发给你们,请认真贯彻执行。\n"
        "一、总体要求\n坚持依法行政。\n"
    )
    assert plan.issuer == issuer


@pytest.mark.parametrize(
    "address",
    [
        "(某政发〔1994〕103号)某某自治州,各县人民政府,各部门:",
        "（某政发〔1994〕103号）某某自治州,各县人民政府,各部门:",
        "(某政发[1994]103号)某某自治州,各县人民政府,各部门:",
        "(某政发(1994)103号)某某自治州,各县人民政府,各部门:",
        "某政发〔1994〕103号某某自治州,各县人民政府,各部门:",
    ],
)
def test_a_number_run_onto_the_address_is_the_number_and_no_recipient(address: str) -> None:
    # a law library prints the number under the heading run onto the address, in its brackets
    # or not: the number is the document's, the address starts after it
    plan = rulegov.parse_plan(
        f"某某人民政府关于印发某某工程计划的通知\n{address}\n"
        "现将《某某工程计划》印发给你们,请认真贯彻执行。\n一、总体要求\n坚持依法行政。\n"
    )
    assert plan.frame.recipients == ["某某自治州", "各县人民政府", "各部门"]
    assert plan.doc_number is not None
    assert plan.doc_number.translate(str.maketrans("[]()", "〔〕〔〕")) == "某政发〔1994〕103号"


@pytest.mark.parametrize(
    "gap",
    ["\n\n", "\n  \n", "\n\n\n", "\n \n\u3000\n", "\n\n\n\n\n"],
)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("某某盟行政公署关于表彰奖励", "某某艺术保护传承发展突出贡献者的决定"),
        ("  某某县人民政府关于进一步加强", "  农村公路建设管理工作的意见"),
    ],
)
def test_a_heading_whose_parts_a_spaced_page_prints_apart_is_one_title(
    gap: str, first: str, second: str
) -> None:
    # a page that spaces its lines prints a heading broken over two lines with blank lines
    # between: the parts are one heading, its organ the issuer
    plan = rulegov.parse_plan(
        "您的位置: 政务公开 > 行政公署公报\n\n某某盟行政公署公报2019年1-3期(总第52期)\n\n"
        "来源:行署办 作者:行署办公室 发布时间:2019年04月10日\n\n"
        f"行政公署文件\n\n{first}{gap}{second}\n\n  (某署发〔2019〕1号)\n\n"
        "各旗县市人民政府,盟直有关部门:\n  为表彰先进,经研究决定,授予某某称号。\n"
    )
    assert plan.title == (first + second).replace(" ", "")
    assert plan.issuer == first.strip().split("关于")[0]


@pytest.mark.parametrize(
    "note",
    [
        (
            "税谱®提示:根据2019年5月16日 某市人民政府关于公布行政规范性文件清理结果的通知》 "
            "( 某政综〔2019〕38号规定,继续有效"
        ),
        "【温馨提示】根据《某市人民政府关于公布规范性文件清理结果的通知》,本文件已废止",
        "编者注:根据某市人民政府关于规范性文件清理结果的通知,该文件已于2020年修订",
    ],
)
def test_a_law_sites_note_on_the_validity_under_the_heading_is_no_title(note: str) -> None:
    # a law site prints its own note on the document's validity between the heading and the
    # address, naming the notice that settled it: the heading stays the title, no notice's
    plan = rulegov.parse_plan(
        "某市人民政府关于加快发展养老服务业的实施意见\n某政综〔2014〕76号\n\n"
        f"{note}\n\n各县(区)人民政府,市直各单位:\n"
        "为积极应对人口老龄化,提出如下实施意见。\n一、主要目标\n到2020年,全面建成养老服务体系。\n"
    )
    assert plan.title == "某市人民政府关于加快发展养老服务业的实施意见"
    assert plan.notice is None or plan.notice.title is None
    assert plan.frame.recipients == ["各县(区)人民政府", "市直各单位"]


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        ("某市人民政府关于注销和修改部分行政许可事项的通知", "某市人民政府"),
        ("某市财政局关于做好注册会计师管理办法修订工作的通知", "某市财政局"),
        ("某县市场监管局关于注册登记事项修改的公告", "某县市场监管局"),
        ("某县人民政府关于提示群众关注办事指南修改的通知", "某县人民政府"),
    ],
)
def test_a_heading_with_a_note_word_and_a_change_is_no_sites_note(
    heading: str, issuer: str
) -> None:
    # 注 in 注销, 注册, 关注 and 提示 as a verb are no label of a site's note: a heading that
    # says 修改 or 修订 after them stays the title and names its issuer
    plan = rulegov.parse_plan(
        f"{heading}\n各县(区)人民政府,市直各单位:\n现将有关事项通知如下。\n"
        "一、主要任务\n（一）加强组织领导。\n"
    )
    assert plan.title == heading
    assert plan.issuer == issuer


@pytest.mark.parametrize(
    ("address", "names"),
    [
        ("各科室,各站所,各村:", ["各科室", "各站所", "各村"]),
        ("各村(社区),镇属各单位:", ["各村(社区)", "镇属各单位"]),
        ("各社区,街道各科室:", ["各社区", "街道各科室"]),
    ],
)
def test_a_towns_address_run_into_its_notice_names_its_villages_and_stations(
    address: str, names: list[str]
) -> None:
    # a town addresses its villages, communities and stations besides its offices; a copy that
    # lost its line breaks runs the address into the notice, which is still read
    plan = rulegov.parse_plan(
        "文号 | 某山政〔2020〕72号 |\n"
        f"{address} 经研究,制定《某镇突发公共事件总体应急预案》,现印发给你们,请认真贯彻执行。\n"
    )
    assert plan.frame.recipients == names


@pytest.mark.parametrize(
    "signature",
    ["(略) 人民政府办公厅", "××县人民政府", "□□市人民政府办公室"],
)
def test_an_organ_whose_name_a_copy_masked_is_no_issuer(signature: str) -> None:
    # a copy that masks words prints the organ's name with its mask: the document names no
    # issuer the reader could use, though the date and the number stand
    plan = rulegov.parse_plan(
        "某政办〔2023〕28号\n各市、自治州人民政府,省政府各委、办、厅、局:\n"
        "《某某示范区创建工作方案》 (略) 政府常务会议审议通过,现印发给你们,请认真组织实施。\n"
        f"{signature}\n2023年3月24日\n(此件公开发布)\n某某示范区创建工作方案\n"
        "为全力创建某某示范区,特制定本工作方案。\n一、总体要求\n(一)指导思想。\n坚持系统思维。\n"
    )
    assert plan.issuer is None
    assert plan.issued_on == dt.date(2023, 3, 24)


_ANNEX_BODY = (
    "一、工作任务\n（一）加强组织领导。（市政府办公室负责）\n（二）完善制度建设。（市司法局负责）\n"
)


@pytest.mark.parametrize(
    "label",
    ["附件：", "附件1：", "附件1:", "附件 2：", "　　附件一："],
)
def test_a_text_that_opens_with_its_annex_label_is_that_annex_not_a_list(label: str) -> None:
    plan = rulegov.parse_plan(f"{label}某市2023年法治政府建设工作要点\n{_ANNEX_BODY}")
    assert plan.title == "某市2023年法治政府建设工作要点"
    assert not {"attachment-absent", "attachment-unlisted"} & {d.code for d in plan.diagnostics}


@pytest.mark.parametrize(
    ("label", "suffix"),
    [
        ("附件1：", "（征求意见稿）"),
        ("附件：", "（试行）"),
        ("附件2:", "(试行)"),
        ("附件1：", "（2023—2025年）"),
    ],
)
def test_a_suffix_under_an_opening_annex_label_ends_the_annexs_title(
    label: str, suffix: str
) -> None:
    plan = rulegov.parse_plan(f"{label}某市法治政府建设工作方案\n{suffix}\n{_ANNEX_BODY}")
    assert plan.title == f"某市法治政府建设工作方案{suffix}"
    assert plan.tasks[0].title.startswith("加强组织领导")


_LIST_NOTICE = (
    "某部办公厅关于公布第一批试点城市名单的通知\n\n各省、自治区、直辖市文化厅(局):\n\n"
    "经研究确定第一批试点城市名单,现予以公布。\n\n特此通知。\n\n附件:第一批试点城市名单\n\n"
    "某部办公厅\n\n2016年6月23日\n\n"
)


@pytest.mark.parametrize(
    "annex",
    [
        "详细名单\n\n第一批试点城市名单(第一次)\n\n1. 北京市\n\n2. 天津市\n",
        "第一批试点城市名单\n\n1. 北京市\n\n2. 天津市\n",
        "第一批試點城市名單\n\n一、北京市\n",
        "第一批全国乡村治理示范村镇名录\n\n北京市:某某村\n",
    ],
)
def test_a_list_printed_after_the_signature_is_the_notices_annex_not_a_title(annex: str) -> None:
    plan = rulegov.parse_plan(_LIST_NOTICE + annex)
    assert plan.title == "某部办公厅关于公布第一批试点城市名单的通知"


@pytest.mark.parametrize("label", ["公布通知", "通知全文", "发布公告", "印發通知"])
def test_a_pages_bare_label_over_a_notice_is_not_its_title(label: str) -> None:
    # a reference page: its headword, a summary, then its label over the notice it prints
    text = (
        f"某市试点单位\n\n某市试点单位由某市人民政府办公厅于2020年3月1日公布。\n\n{label}\n\n"
        "各区人民政府,市政府各部门:\n\n现将有关事项通知如下。\n\n特此通知。\n\n"
        "附件:某市试点单位名单\n\n某市人民政府办公厅\n\n2020年3月1日\n\n详细名单\n\n1. 某区\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.title not in {label, "详细名单"}
    assert plan.issuer == "某市人民政府办公厅"


@pytest.mark.parametrize(
    "closing",
    [
        "附件:某镇应急预案(修订) 某市某区某镇人民政府 2020年10月22日",
        "附件:某镇应急预案(修订) 某市某区某镇人民政府 2020 年 10 月 22 日",
        "附件:某镇应急预案(修订) 某市某区某镇人民政府 二〇二〇年十月二十二日",
        "特此通知 某市某区某镇人民政府 2020年10月22日",
    ],
)
def test_a_signature_run_into_the_annex_line_signs_over_a_short_disclosure_name(
    closing: str,
) -> None:
    # a disclosure table names the town short; the notice's run-on signature names the organ
    text = (
        "索引号 | 001/2020-1 | ||\n组配分类 | 部门文件 | 发布机构 | 某镇 |\n"
        "生成日期 | 2020-10-22 | 公开方式 | 主动公开 |\n"
        "各村: 为做好应急工作,制定《某镇应急预案(修订)》,现印发给你们,请认真执行。 "
        f"{closing} 某镇应急预案(修订) 1.总则 1.1目的 为了做好应急工作。\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "某市某区某镇人民政府"
    assert plan.title == "某镇应急预案(修订)"


@pytest.mark.parametrize(
    "sentence",
    [
        "《某市甲展方案》和《某市乙展方案》已经市政府同意,现印发给你们,请认真贯彻执行。",
        (
            "柳州市制定了《某市甲展方案》、《某市乙展方案》、《某市丙展方案》,"
            "现将有关方案印发给你们,请认真组织。"
        ),
        (
            "柳州市制定了《某市甲展方案》、《某市乙展方案》。现将有关方案印发给你们,"
            "其中《某市乙展方案》由柳州市自行组织。"
        ),
        "《某市甲展方案》及《某市乙展方案》已經市政府同意,現印發給你們,請認真貫徹執行。",
    ],
)
def test_the_last_of_several_listed_titles_is_not_the_carried_plans_title(sentence: str) -> None:
    plan = rulegov.parse_plan(f"各市人民政府:\n{sentence}\n某组委会办公室\n2011年8月16日\n")
    assert plan.title not in {"某市乙展方案", "某市丙展方案"}
    assert plan.issuer == "某组委会办公室"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "某盟行政公署关于表彰奖励\n\n乌力格尔艺术\n保护传承发展突\n出贡献者的决定",
            "某盟行政公署关于表彰奖励乌力格尔艺术保护传承发展突出贡献者的决定",
        ),
        (
            "某盟行政公署关于表彰奖励\n\n乌力格尔艺术\n\n保护传承发展突\n\n出贡献者的决定",
            "某盟行政公署关于表彰奖励乌力格尔艺术保护传承发展突出贡献者的决定",
        ),
        (
            "某盟行政公署\n关于表彰奖励乌力格尔\n艺术保护传承发展\n突出贡献者的决定",
            "某盟行政公署关于表彰奖励乌力格尔艺术保护传承发展突出贡献者的决定",
        ),
        (
            "某盟行政公署關於表彰獎勵\n\n烏力格爾藝術\n保護傳承發展突\n出貢獻者的決定",
            "某盟行政公署關於表彰獎勵烏力格爾藝術保護傳承發展突出貢獻者的決定",
        ),
    ],
)
def test_a_gazettes_heading_over_four_lines_is_one_title(heading: str, title: str) -> None:
    # a gazette's issue line over the document, the document's heading broken over four lines
    text = (
        "某盟行政公署公报2019年1-3期(总第52期)\n\n来源:行署办 发布时间:2019年04月10日\n\n"
        f"行政公署文件\n\n{heading}\n\n(某署发〔2019〕1号)\n\n各旗县市人民政府,盟直有关部门:\n\n"
        "现决定对以下人员予以表彰。\n\n某盟行政公署\n\n2019年1月8日\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.title == title
    assert plan.issuer == "某盟行政公署"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        ("某区2025年\n度法治政\n府建设情况报告", "某区2025年度法治政府建设情况报告"),
        ("2025年某区\n法治政府\n建设情况报告", "2025年某区法治政府建设情况报告"),
        ("某區2025年\n度法治政\n府建設情況報告", "某區2025年度法治政府建設情況報告"),
        ("某县2022年林\n长制工作\n要点", "某县2022年林长制工作要点"),
    ],
)
def test_a_page_title_over_three_lines_keeps_its_short_middle_part(lines: str, title: str) -> None:
    # under a site's date banner, the middle part too short to head a title by itself
    text = (
        "天津市某区人民政府 2019年12月3日星期二\n\n无障碍 简体| 繁体\n\n"
        f"{lines}\n来源:天津市某区人民政府 发布时间:2026-01-22 15:55\n\n"
        "    在市委、市政府的坚强领导下,某区坚持依法行政。现将有关情况报告如下:\n\n"
        "   一、主要工作\n\n    深入贯彻落实要求。\n"
    )
    assert rulegov.parse_plan(text).title == title


def test_a_sites_line_over_a_heading_is_no_first_part_of_it() -> None:
    text = (
        "gecc微信公众号\n国家政策\n关于深入推进依法行政\n加快建设法治政府的实施意见\n\n"
        "    为深入推进依法行政,提出如下意见。\n\n   一、总体要求\n\n    深入贯彻落实要求。\n"
    )
    assert rulegov.parse_plan(text).title == "关于深入推进依法行政加快建设法治政府的实施意见"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        ("乐至\n县2022年林长\n制工作要点", "乐至县2022年林长制工作要点"),
        ("乐至\n县2022年林长制工作要点", "乐至县2022年林长制工作要点"),
        ("武陵\n区2023年法治政府建设\n工作要点", "武陵区2023年法治政府建设工作要点"),
        ("樂至\n縣2022年林長\n制工作要點", "樂至縣2022年林長制工作要點"),
    ],
)
def test_a_place_broken_before_its_level_heads_the_title(lines: str, title: str) -> None:
    text = (
        "乐至县林业局\n政府信息公开\n当前位置:首页 > 乐至县林业局 > 政策文件\n"
        f"{lines}\n发布时间:2022-09-30   录入:乐至县林业局\n\n"
        "2022年是我县全面推行林长制的关键之年,要始终坚持依法治林。\n\n"
        "一、完善组织责任体系。各乡镇要严格落实。\n"
    )
    assert rulegov.parse_plan(text).title == title


def test_a_column_name_over_a_title_opening_with_its_level_is_no_part_of_it() -> None:
    text = (
        "通知公告\n县政府工作报告重点任务分工方案\n\n"
        "为做好县政府工作报告落实工作,制定本方案。\n\n一、工作任务\n\n(一)加强组织领导。\n"
    )
    assert rulegov.parse_plan(text).title == "县政府工作报告重点任务分工方案"


_RULE_BODY = (
    "第一章  总则\n第一条 为推进行政执法全过程记录制度建设,规范行政执法程序,制定本办法。\n"
    "第二条 本办法适用于本局。\n"
)
# a site's lines over a rule's title: the column's heading, the date and source, the font row
_RULE_PAGE = (
    "某县城市管理综合行政执法局“三项制度”\n发布时间:2024-05-06    来源:某县城管局\n"
    "【字体: 】    打印\n"
)


@pytest.mark.parametrize(
    ("head", "lines", "title"),
    [
        ("某县司法局\n", "行政执法\n全过程记\n录实施办法", "行政执法全过程记录实施办法"),
        (_RULE_PAGE, "行政执法\n全过程记录实施办法", "行政执法全过程记录实施办法"),
        ("某县司法局\n", "行政執法\n全過程記\n錄實施辦法", "行政執法全過程記錄實施辦法"),
        ("某县司法局\n", "推进法治\n政府建\n设实施方案", "推进法治政府建设实施方案"),
        (_RULE_PAGE, "行政执法\n全过程记\n录实施办法", "行政执法全过程记录实施办法"),
        (
            (
                "某县城市管理综合行政执法局“三项制度”\n发布时间：2024－05－06　　来源：某县城管局\n"
                "【字体：大 中 小】　　打印\n"
            ),
            "　　行政执法\n　　全过程记\n　　录实施办法",
            "行政执法全过程记录实施办法",
        ),
        ("某县司法局\n\n", "行政执法\n\n全过程记\n\n录实施办法\n", "行政执法全过程记录实施办法"),
    ],
)
def test_a_titles_short_first_part_that_opens_with_its_field_heads_it(
    head: str, lines: str, title: str
) -> None:
    # 行政执法 / 全过程记 / 录实施办法: the first part is too short to head a title by its length,
    # but it opens with the field a title names and the last part ends with a document's kind
    text = f"{head}{lines}\n\n{_RULE_BODY}"
    assert rulegov.parse_plan(text).title == title
    pdf = f"{head}\n{lines}\n\n{_RULE_BODY.replace(',', '，')}\n— 1 —\n"  # a PDF's text layer
    assert rulegov.parse_plan(pdf).title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("通知公告\n全过程记\n录实施办法", "全过程记录实施办法"),
        ("首页\n全过程记\n录实施办法", "全过程记录实施办法"),
        ("法治建设\n2023年法治政府建设\n工作要点", "2023年法治政府建设工作要点"),
        ("法治建设\n关于推进法治政府建设的\n实施意见", "关于推进法治政府建设的实施意见"),
    ],
)
def test_a_pages_column_over_a_broken_title_is_no_part_of_it(head: str, title: str) -> None:
    # a column's name opens with no work or field, or stands over a title that opens by itself
    text = f"{_RULE_PAGE}{head}\n\n{_RULE_BODY}"
    assert rulegov.parse_plan(text).title == title


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            "某某藏族自治州\n人民代表大会常务委\n员会机关公文处理办法",
            "某某藏族自治州人民代表大会常务委员会机关公文处理办法",
        ),
        (
            "某某州人民代表大会常务委\n员会机关公文处理办法",
            "某某州人民代表大会常务委员会机关公文处理办法",
        ),
        (
            "某某州人民代表大會常務委\n員會機關公文處理辦法",
            "某某州人民代表大會常務委員會機關公文處理辦法",
        ),
        (
            "某某州人民代表大会常务委\n\n员会机关公文处理办法",
            "某某州人民代表大会常务委员会机关公文处理办法",
        ),
    ],
)
def test_a_title_broken_inside_its_organs_name_keeps_the_part_above(lines: str, title: str) -> None:
    # 常务委 / 员会…: the line above ends inside the organ's last word, so names no organ alone
    text = (
        f"主任之窗\n\n某州人大常委会主任\n某某某\n自身建设\n\n{lines}\n\n来源:州人大\n访问量:\n\n"
        "第一章 总则\n第一条 为规范本机关公文处理工作,制定本办法。\n第二条 本办法适用于本机关。\n"
    )
    assert rulegov.parse_plan(text).title == title


_NOTICE_HEAD = (
    "关于印发《某县2025年法治政府建设工作要点》的通知\n各乡镇人民政府，县直各单位：\n"
    "现将《某县2025年法治政府建设工作要点》印发给你们，请认真贯彻落实。\n"
)
_NOTICE_PLAN = "某县2025年法治政府建设工作要点\n一、加强组织领导。\n二、强化督查。\n"


@pytest.mark.parametrize(
    "signature",
    [
        "某县人民政府办公室（代章）",
        "某县人民政府办公室(代章)",
        "某县人民政府办公室 （代章）",
        "某县人民政府办公室（代印）",
        "某县人民政府办公室（代）",
    ],
)
def test_an_office_sealing_on_a_bodys_behalf_signs_without_its_seals_note(signature: str) -> None:
    plan = rulegov.parse_plan(_NOTICE_HEAD + signature + "\n2025年3月5日\n" + _NOTICE_PLAN)
    assert plan.issuer == "某县人民政府办公室"
    assert plan.issued_on == dt.date(2025, 3, 5)


@pytest.mark.parametrize("seal", ["（代章）", "(代章)", " （代章）", "（代印）", "（代）"])
def test_the_body_an_office_seals_for_is_the_issuer_alone(seal: str) -> None:
    plan = rulegov.parse_plan(
        _NOTICE_HEAD
        + "某县法治政府建设领导小组\n某县人民政府办公室"
        + seal
        + "\n2025年3月5日\n"
        + _NOTICE_PLAN
    )
    assert plan.issuer == "某县法治政府建设领导小组"


def test_joint_signers_one_a_line_without_a_seals_note_stay_joint() -> None:
    plan = rulegov.parse_plan(
        _NOTICE_HEAD + "中共某县委办公室\n某县人民政府办公室\n2025年3月5日\n" + _NOTICE_PLAN
    )
    assert plan.issuer == "中共某县委办公室、某县人民政府办公室"


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        ("某县人民政府办公室（代章）    2025年3月5日", "某县人民政府办公室"),
        ("某县司法局（盖章）  2025年3月5日", "某县司法局"),
        ("某县司法局(盖章)\u30002025年3月5日", "某县司法局"),
        (
            "某县法治政府建设领导小组\n某县人民政府办公室（代章）    2025年3月5日",
            "某县法治政府建设领导小组",
        ),
    ],
)
def test_a_seals_note_before_the_date_on_the_signers_line_is_no_part_of_the_issuer(
    signature: str, issuer: str
) -> None:
    plan = rulegov.parse_plan(_NOTICE_HEAD + signature + "\n" + _NOTICE_PLAN)
    assert plan.issuer == issuer
    assert plan.issued_on == dt.date(2025, 3, 5)


@pytest.mark.parametrize(
    "last_row",
    [
        "公文时效: | 有效 |",  # a label the vocabulary lacks, alone in its row
        "文件状态: | 现行有效 |",
        "公文种类: | 通知 | 公文时效: | 有效 |",  # two of them in one row
        "公文时效：| 有效 |",  # a full-width colon
    ],
)
def test_a_disclosure_row_with_a_label_marked_only_by_its_colon_is_no_title(last_row: str) -> None:
    # the row under the block's rows pairs labels, each marked by its colon, with short values:
    # the block's row, not a task table's first row nor the plan's title
    plan = rulegov.parse_plan(
        "索引号 | 1529/2024-02903 | 发布机构: | 某盟行政公署 |\n"
        "发文字号: | 某署发〔2024〕20号 | 成文时间: | 2024-06-25 |\n"
        f"{last_row}\n"
        "某盟行政公署关于印发《某盟全面优化营商环境实施方案》的通知\n"
        "为持续优化营商环境,制定本方案。\n一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n"
    )
    assert plan.title == "某盟全面优化营商环境实施方案"
    assert plan.notice is not None
    assert plan.notice.title == "某盟行政公署关于印发《某盟全面优化营商环境实施方案》的通知"
    assert plan.doc_number == "某署发〔2024〕20号"
    assert plan.issued_on == dt.date(2024, 6, 25)


def test_a_task_tables_rows_under_a_disclosure_block_still_open_the_body() -> None:
    # cells without a colon after them are no labels: the table's rows stay the plan's tasks
    plan = rulegov.parse_plan(
        "发文字号: | 某署发〔2024〕20号 | 成文时间: | 2024-06-25 |\n"
        "序号 | 工作任务 | 责任单位 |\n1 | 优化政务服务 | 盟政数局 |\n2 | 规范涉企执法 | 盟司法局 |\n"
    )
    assert [task.title for task in plan.tasks] == ["优化政务服务", "规范涉企执法"]


@pytest.mark.parametrize(
    "heading",
    [
        "某盟行政公署关于印发《某盟全面优化营商环境实施方案》的通知",
        "某盟行政公署关于印发《某盟全面优化营商环境实施方案》的通知 某署发〔2024〕20号",
        "某盟行政公署關于印發《某盟全面優化營商環境實施方案》的通知",
    ],
)
def test_a_notice_that_names_its_plan_only_in_its_heading_cites_it_there(heading: str) -> None:
    plan = rulegov.parse_plan(
        f"{heading}\n为持续优化营商环境,依据《优化营商环境条例》,制定本方案。\n"
        "一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n"
    )
    assert plan.notice is not None
    cited = [citation.title.replace("\n", "") for citation in plan.notice.citations]
    assert len(cited) == 1
    assert cited[0] in ("某盟全面优化营商环境实施方案", "某盟全面優化營商環境實施方案")
    assert [citation.title for citation in plan.citations] == ["优化营商环境条例"]


def test_a_notice_heading_cites_nothing_when_it_names_no_plan() -> None:
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于做好2024年法治政府建设工作的通知\n各乡镇人民政府:\n"
        "现就有关事项通知如下。\n一、加强组织领导\n各乡镇要高度重视。\n"
    )
    assert plan.notice is not None
    assert plan.notice.citations == []
