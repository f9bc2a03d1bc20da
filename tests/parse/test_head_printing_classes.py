"""Parts of results, disclosure rows, notices' issuers, a site's day, figures under a notice, titles.

Each test prints one class of printing in its several forms, and the printing the rule was first
written for beside it, so that the rule keeps doing what it was added for.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from rulegov.parse._header import category_tag_under

_UNITS_ITEMS = "1.召开专题会议。牵头单位：县司法局\n2.开展合法性审查。牵头单位：县司法局\n"
_SECOND_PART = "二、加强保障\n3.落实经费。牵头单位：县财政局\n"


def _tasks(plan: rulegov.Plan) -> list[str]:
    return [task.title for section in plan.sections for task in section.tasks]


@pytest.mark.parametrize(
    "heading",
    [
        "一、巩固拓展法治建设主要成效",
        "一、持续巩固发展成效",
        "一、巩固拓展脱贫攻坚取得的成效",
        "一、进一步扩大发展成就",
        "一、深化提升工作成效",
    ],
)
def test_a_part_that_works_on_results_heads_tasks(heading: str) -> None:
    plan = rulegov.parse_plan(
        "某县2024年法治政府建设工作要点\n" + heading + "\n" + _UNITS_ITEMS + _SECOND_PART
    )
    assert _tasks(plan) == ["召开专题会议", "开展合法性审查", "落实经费"]
    assert plan.sections[0].kind is rulegov.SectionKind.TASKS


@pytest.mark.parametrize(
    "heading", ["一、“十三五”发展成效", "一、工作回顾", "一、主要成就", "一、发展回顾"]
)
def test_items_that_name_their_lead_units_are_tasks_under_a_review(heading: str) -> None:
    plan = rulegov.parse_plan(
        "某县2024年法治政府建设工作要点\n" + heading + "\n" + _UNITS_ITEMS + _SECOND_PART
    )
    assert _tasks(plan) == ["召开专题会议", "开展合法性审查", "落实经费"]


@pytest.mark.parametrize("heading", ["一、“十三五”发展成效", "一、工作回顾", "一、主要成就"])
def test_a_review_of_narrative_paragraphs_stays_prose(heading: str) -> None:
    plan = rulegov.parse_plan(
        "某县2024年法治政府建设工作要点\n"
        + heading
        + "\n（一）法治政府建设不断深化。全县共审查规范性文件30件。\n"
        "（二）执法水平不断提高。全年开展培训12次。\n" + _SECOND_PART
    )
    assert plan.sections[0].kind is not rulegov.SectionKind.TASKS
    assert _tasks(plan) == ["落实经费"]


@pytest.mark.parametrize(
    "sentence",
    [
        "信息来源要准确，发布机构要明确责任",
        "发布机构要对信息负责，来源要可追溯",
        "发文机关要落实主体责任，主题分类要规范",
        "发布机构和发布日期要素要齐全，索引号编排要规范",
        "发布机构要明确 来源要可追溯",
    ],
)
@pytest.mark.parametrize("where", ["head", "body"])
def test_a_sentence_that_opens_with_a_label_is_no_disclosure_row(sentence: str, where: str) -> None:
    title = "某县2024年政务公开工作要点\n"
    part = "一、加强领导\n1.召开专题会议。牵头单位：县政府办\n"
    text = title + sentence + "\n" + part if where == "head" else title + part + sentence + "\n"
    plan = rulegov.parse_plan(text + "2.开展培训。牵头单位：县政府办\n")
    assert plan.issuer is None
    assert plan.issued_on is None


@pytest.mark.parametrize(
    "row",
    [
        "索引号001/2023-00012发布机构某区司法局成文日期2023-05-10",
        "索引号001/2023-00012  发布机构某区司法局",
        "发布机构某区司法局  成文日期2023-05-10",
    ],
)
def test_a_glued_or_run_in_disclosure_row_is_still_read(row: str) -> None:
    plan = rulegov.parse_plan(
        row + "\n某区2023年普法工作要点\n一、加强领导\n1.召开专题会议。牵头单位：区司法局\n"
    )
    assert plan.issuer == "某区司法局"


_NOTICE_BODY = (
    "\n各乡镇人民政府，县直各单位：\n现将《2024年普法工作要点》印发给你们，请认真贯彻执行。\n"
    "2024年普法工作要点\n一、加强领导\n1.召开专题会议。牵头单位：县司法局\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "转发市普法办关于印发2024年普法工作要点的通知",
        "转发市司法局关于2024年普法工作要点的通知",
        "批转县司法局关于2024年普法工作要点的通知",
        "转发省依法治省办关于印发2024年普法工作要点的通知",
    ],
)
def test_a_notice_whose_heading_opens_with_its_verb_names_no_issuer(heading: str) -> None:
    plan = rulegov.parse_plan(heading + _NOTICE_BODY)
    assert plan.issuer is None
    assert plan.notice is not None
    assert plan.notice.title == heading


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        ("某县人民政府办公室转发市普法办关于印发2024年普法工作要点的通知", "某县人民政府办公室"),
        ("县委依法治县办关于印发2024年法治工作要点的通知", "县委依法治县办"),
        ("某县科学技术协会关于印发2024年科普工作要点的通知", "某县科学技术协会"),
    ],
)
def test_an_organ_before_the_verb_still_issues_the_notice(heading: str, issuer: str) -> None:
    assert rulegov.parse_plan(heading + _NOTICE_BODY).issuer == issuer


@pytest.mark.parametrize(
    "item",
    [
        "2.组织“今日是宪法日”主题宣传活动。牵头单位：县司法局",
        "2.今天：各单位报送台账。牵头单位：县司法局",
        "2.在首页显示当前日期：便于群众查询。牵头单位：县司法局",
        "2.今天是宪法日，组织宣传活动。牵头单位：县司法局",
    ],
)
def test_an_item_that_holds_a_sites_day_words_is_kept(item: str) -> None:
    plan = rulegov.parse_plan(
        "某县2024年普法工作要点\n一、加强领导\n1.召开专题会议。牵头单位：县司法局\n"
        + item
        + "\n3.开展培训。牵头单位：县司法局\n"
    )
    assert len(_tasks(plan)) == 3


@pytest.mark.parametrize(
    "day",
    [
        "今天是2024年3月5日 星期二",
        "今天是：2019年10月31日星期三农历十月初七",
        "今日：2024-03-05",
        "当前日期：2024年3月5日",
        "今天是",
    ],
)
def test_a_sites_day_over_the_heading_is_page_text(day: str) -> None:
    plan = rulegov.parse_plan(
        day + "\n某县2024年普法工作要点\n一、加强领导\n1.召开专题会议。牵头单位：县司法局\n"
    )
    assert plan.title == "某县2024年普法工作要点"
    assert any(d.code == "page-chrome" for d in plan.diagnostics)


_SIGNED_NOTICE = (
    "某县人民政府办公室关于印发2024年普法工作要点的通知\n各乡镇人民政府，县直各单位：\n"
    "现将《2024年普法工作要点》印发给你们，请认真贯彻执行。\n"
)
_SIGNATURE = (
    "某县人民政府办公室\n2024年3月5日\n2024年普法工作要点\n一、加强领导\n"
    "1.召开专题会议。牵头单位：县司法局\n"
)


@pytest.mark.parametrize(
    "contact", ["联系人：张三\n", "联系人：张三，联系电话：\n", "联系电话：\n", "电话：\n"]
)
@pytest.mark.parametrize("figures", ["2024315", "20240315"])
def test_figures_under_a_contact_are_a_telephone_number(contact: str, figures: str) -> None:
    plan = rulegov.parse_plan(_SIGNED_NOTICE + contact + figures + "\n" + _SIGNATURE)
    assert plan.issued_on == dt.date(2024, 3, 5)
    assert plan.issuer == "某县人民政府办公室"


@pytest.mark.parametrize("figures", ["2024315", "20240315"])
def test_a_signatures_date_in_full_wins_over_figures_alone(figures: str) -> None:
    plan = rulegov.parse_plan(_SIGNED_NOTICE + figures + "\n" + _SIGNATURE)
    assert plan.issued_on == dt.date(2024, 3, 5)
    assert plan.issuer == "某县人民政府办公室"


@pytest.mark.parametrize("figures", ["2020928", "20200928"])
def test_figures_alone_under_a_notice_are_still_its_date(figures: str) -> None:
    plan = rulegov.parse_plan(
        _SIGNED_NOTICE + figures + "\n2024年普法工作要点\n一、加强领导\n"
        "1.召开专题会议。牵头单位：县司法局\n"
    )
    assert plan.issued_on == dt.date(2020, 9, 28)


@pytest.mark.parametrize("dash", ["——", "—— ", "--", "―"])
def test_a_dash_subtitle_read_as_the_title_loses_its_dash(dash: str) -> None:
    plan = rulegov.parse_plan(
        "关于印发某县2024年普法工作要点的通知\n"
        + dash
        + "某县2024年普法工作要点\n一、加强领导\n1.召开专题会议。牵头单位：县司法局\n"
    )
    assert plan.title == "某县2024年普法工作要点"


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("某县关于清理地方性", "法规"),
        ("关于促进民营经济高质量发展的若干", "政策"),
        ("某县人民政府关于进一步支持小微企业发展的若干", "政策"),
        ("某县关于支持科技创新的有关", "政策"),
    ],
)
def test_a_heading_broken_before_a_categorys_word_keeps_it(first: str, last: str) -> None:
    plan = rulegov.parse_plan(f"{first}\n{last}\n一、总体要求\n1.开展清理。牵头单位：县司法局\n")
    assert plan.title == first + last
    assert _tasks(plan) == ["开展清理"]


@pytest.mark.parametrize("tag", ["政策", "法规", "【政策】"])
def test_a_category_tag_under_a_whole_heading_is_still_the_sites(tag: str) -> None:
    plan = rulegov.parse_plan(
        f"某县2024年普法工作要点\n{tag}\n一、总体要求\n1.开展清理。牵头单位：县司法局\n"
    )
    assert plan.title == "某县2024年普法工作要点"


def test_the_category_tag_rule_reads_a_heading_alike_in_either_order_of_the_rules() -> None:
    # the tag rule and the title's own joining both see the line: each keeps 政策 on its own
    assert not category_tag_under("关于促进民营经济高质量发展的若干", "政策")
    assert not category_tag_under("某县关于清理地方性", "法规")
    assert category_tag_under("关于进一步加强统计工作的意见", "政策")
    assert category_tag_under("关于促进民营经济高质量发展的若干", "【政策】")
