"""Rules of the genre that the forty-fourth set of unseen documents showed, each on its printed forms.

Each test feeds a minimal document written from knowledge of how offices and their sites print
the thing (a publication mark beside the number, a page's labels over the heading, a part that
reviews the years before a plan) and asserts what a reader of the plan would notice.
"""

from __future__ import annotations

import pytest

import rulegov

# a notice with its plan, one line of its head left to the test
_NOTICE = (
    "{head}\n"
    "某县人民政府办公室关于印发某县2018年工作要点的通知\n"
    "各乡镇人民政府，县政府各部门：\n"
    "现将《某县2018年工作要点》印发给你们，请认真贯彻执行。\n"
    "某县人民政府办公室\n"
    "2018年5月3日\n"
    "某县2018年工作要点\n"
    "一、总体要求\n"
    "坚持以习近平新时代中国特色社会主义思想为指导。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "主动公开 某府办函〔2018〕84号",  # the mark before the number, apart by a space
        "主动公开某府办函〔2018〕84号",  # …run onto it by a copy
        "主动公开    某府办函〔2018〕84号",  # …apart by a run of spaces
        "某府办函〔2018〕84号 主动公开",  # the mark after the number
        "某府办函〔2018〕84号 依申请公开",  # …another mark
        "【主动公开】 某府办函〔2018〕84号",  # the mark in square brackets
        "（主动公开） 某府办函〔2018〕84号",  # …in round brackets
        "主動公開 某府辦函〔2018〕84號",  # in traditional characters
    ],
)
def test_a_publication_mark_beside_the_number_is_no_part_of_it(head: str) -> None:
    plan = rulegov.parse_plan(_NOTICE.format(head=head))
    assert plan.doc_number is not None
    assert plan.doc_number.replace("辦", "办").replace("號", "号") == "某府办函〔2018〕84号"
    assert plan.title == "某县2018年工作要点"


def test_a_publication_mark_beside_the_number_under_the_heading_is_no_part_of_it() -> None:
    lines = _NOTICE.format(head="").splitlines()
    lines.insert(2, "主动公开 某府办函〔2018〕84号")
    plan = rulegov.parse_plan("\n".join(lines[1:]) + "\n")
    assert plan.doc_number == "某府办函〔2018〕84号"


def test_a_number_without_a_mark_is_read_as_before() -> None:
    plan = rulegov.parse_plan(_NOTICE.format(head="某府办函〔2018〕84号"))
    assert plan.doc_number == "某府办函〔2018〕84号"


# a joint notice whose heading prints no 关于, under one line of the site's page
_PAGE = (
    "{page}\n"
    "中共某市委 某市人民政府\n"
    "印发《关于推进某某工作的实施办法》的通知\n"
    "某市发〔2017〕37号\n"
    "各县（市、区）委、人民政府，市直各单位：\n"
    "经市委、市政府同意，现将《关于推进某某工作的实施办法》印发给你们，请认真贯彻落实。\n"
    "中共某市委 某市人民政府\n"
    "2017年12月28日\n"
    "关于推进某某工作的实施办法\n"
    "一、总体要求\n"
    "坚持以习近平新时代中国特色社会主义思想为指导。\n"
)


@pytest.mark.parametrize(
    "page",
    [
        "今天:",  # the site's day, its date left unwritten by the copy
        "今天：",  # …with a full-width colon
        "今日:",
        "当前日期：",
        "今天是：2024年3月5日 星期二",  # …with its date
        "今天:\n您当前所在位置: 首页  >  政务公开  >  政策法规",  # …over a breadcrumb
    ],
)
def test_the_sites_day_over_a_page_is_no_address(page: str) -> None:
    plan = rulegov.parse_plan(_PAGE.format(page=page))
    assert plan.recipients == ["各县（市、区）委、人民政府", "市直各单位"]
    assert plan.notice is not None
    assert plan.notice.title == "中共某市委某市人民政府印发《关于推进某某工作的实施办法》的通知"
    assert plan.title == "关于推进某某工作的实施办法"


# a statistics opinion as a policy site prints it, a line of the site's over its address
_OPINION = (
    "关于进一步加强统计工作的意见\n"
    "{tag}\n"
    "发布部门:某市人民政府办公室\n"
    "发布时间:2012年02月10日\n"
    "各辖市、区人民政府，市各部委办局：\n"
    "为充分发挥统计作用，现就进一步加强统计工作提出如下意见：\n"
    "一、总体要求\n"
    "（一）指导思想\n"
    "深入贯彻落实科学发展观。\n"
)


@pytest.mark.parametrize(
    "tag", ["政策", "法规", "政策法规", "政策解读", "【政策解读】", "政府文件"]
)
def test_a_sites_category_tag_under_the_heading_is_no_title(tag: str) -> None:
    plan = rulegov.parse_plan(_OPINION.format(tag=tag))
    assert plan.title == "关于进一步加强统计工作的意见"
    assert plan.notice is None or plan.notice.title is None


_OUTLINE = "一、指导思想\n高举中国特色社会主义伟大旗帜。\n二、总体目标\n通过开展创建活动。\n"


@pytest.mark.parametrize("column", ["民族政策", "工作动态", "专题专栏", "政策文件"])
def test_a_pages_column_over_a_heading_that_names_its_place_is_no_part_of_it(
    column: str,
) -> None:
    plan = rulegov.parse_plan(f"{column}\n某省民族团结进步创建活动规划纲要\n{_OUTLINE}")
    assert plan.title == "某省民族团结进步创建活动规划纲要"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("民族团结", "进步创建活动规划纲要"),  # a heading broken after its first words
        ("中共", "某县委2023年工作要点"),  # …after 中共
        ("关于", "某县2023年工作要点"),
    ],
)
def test_a_heading_broken_over_two_lines_is_still_read_whole(first: str, second: str) -> None:
    plan = rulegov.parse_plan(f"{first}\n{second}\n{_OUTLINE}")
    assert plan.title == first + second


@pytest.mark.parametrize(
    "period",
    [
        "2015—2020年)",  # the opening bracket lost by the copy
        "(2015—2020年",  # …the closing one
        "2015—2020年",  # …both
        "2015-2020年",  # a hyphen for the dash
        "2015年—2020年",
        "（2015—2020年）",  # printed whole
    ],
)
def test_a_plans_period_under_its_title_is_part_of_it_whatever_brackets_it_kept(
    period: str,
) -> None:
    plan = rulegov.parse_plan(f"某省民族团结进步创建活动规划纲要\n{period}\n{_OUTLINE}")
    assert plan.title == "某省民族团结进步创建活动规划纲要" + period


def test_a_year_alone_under_a_title_is_no_period() -> None:
    plan = rulegov.parse_plan(f"某省民族团结进步创建活动规划纲要\n2023\n{_OUTLINE}")
    assert plan.title == "某省民族团结进步创建活动规划纲要"


@pytest.mark.parametrize(
    "review",
    [
        "“十三五”发展成效",
        "“十三五”时期取得的成效",
        "“十三五”时期主要成就",
        "发展回顾",
        "工作回顾",
    ],
)
def test_a_part_reviewing_the_years_before_a_plan_holds_no_tasks(review: str) -> None:
    plan = rulegov.parse_plan(
        "某州市场监管“十四五”规划\n"
        "为加强市场监管，制定本规划。\n"
        f"一、{review}\n"
        "“十三五”时期，成效显著。\n"
        "（一）监管机制不断完善。着力推动监管转变。\n"
        "（二）市场环境持续优化。持续优化营商环境。\n"
        "二、主要任务\n"
        "（一）深化商事制度改革。推进改革。\n"
    )
    assert [task.title for task in plan.tasks] == ["深化商事制度改革"]


_HEADLESS = (
    "各镇政府（街道办事处），区政府直属局以上单位：\n"
    "为推动各项工作的落实，区政府决定将工作任务逐项分解下达。{announce}\n"
    "一、各牵头单位要按照《2007年某区政府工作主要任务分解表》的要求，做好细化实施方案。\n"
    "二、各部门各单位要在每季度末将进展情况报区督查组。\n"
    "附件：2007年某区政府工作主要任务分解表\n"
    "二○○七年四月十三日\n"
)


@pytest.mark.parametrize(
    "announce", ["现将有关事项通知如下：", "现就有关事项通知如下:", "具体要求如下："]
)
def test_a_notice_printed_from_its_address_on_sets_out_requirements_not_tasks(
    announce: str,
) -> None:
    plan = rulegov.parse_plan(_HEADLESS.format(announce=announce))
    assert plan.tasks == []
    assert [section.number for section in plan.sections] == ["一", "二"]


def test_numbered_items_after_an_address_that_announces_none_are_still_tasks() -> None:
    plan = rulegov.parse_plan(_HEADLESS.format(announce="请认真抓好落实。"))
    assert len(plan.tasks) == 2


# a red head: the organ alone, or organs issuing together, over the number
_RED_HEAD = (
    "某市人民政府办公厅\n{number}\n关于印发某市2020年工作要点的通知\n各区县人民政府：\n"
    "现将《某市2020年工作要点》印发给你们，请认真贯彻执行。\n2020年9月15日\n"
    "某市2020年工作要点\n一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
)
_JOINT_RED_HEAD = (
    "中共某市委宣传部 某市司法局 某市公务员局\n{number}\n"
    "关于做好法制宣传教育评选表彰推荐报送工作的通知\n各县（市）区党委宣传部、司法局：\n"
    "为落实有关要求，现就有关事项通知如下：\n一、推荐范围\n各地推荐先进集体。\n"
)
_RED_HEADS = (
    (_RED_HEAD, "某市人民政府办公厅"),
    (_JOINT_RED_HEAD, "中共某市委宣传部、某市司法局、某市公务员局"),
)


@pytest.mark.parametrize(("head", "issuer"), _RED_HEADS)
@pytest.mark.parametrize(
    "number", ["主动公开 某府办函〔2020〕78号", "某府办函〔2020〕78号 【主动公开】"]
)
def test_a_red_head_over_a_number_with_its_publication_mark_names_the_issuer(
    head: str, issuer: str, number: str
) -> None:
    plan = rulegov.parse_plan(head.format(number=number))
    assert plan.issuer == issuer
    assert plan.doc_number == "某府办函〔2020〕78号"
