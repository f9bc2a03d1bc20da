"""Rules of the genre that the forty-third set of unseen documents showed, each on its printed forms.

Each test feeds a minimal document written from knowledge of how offices and their sites print
the thing (a disclosure row left empty, an attachment's line after a notice, a page title that
joins the number and the heading) and asserts what a reader of the plan would notice.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

# a disclosure block in pipes over a plan's text, one row left to the test
_BLOCK = (
    "索引号 | 000014349/2023-2250241 | 主题分类 | 综合 |\n"
    "{row}\n"
    "名称 | 某州三年行动工作方案(2023—2025年) |\n"
    "为深入贯彻落实，制定本方案。\n"
    "一、指导思想\n"
    "坚持以习近平新时代中国特色社会主义思想为指导。\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "发布机构 | 是否有效 | |",  # the publisher left empty, the next label's cell after it
        "发布机构 | 有效性 | 有效 |",  # …the next label with its value
        "发文机关 | 发文字号 | 某府发〔2023〕5号 |",  # …the number's label and the number
        "發布機構 | 是否有效 | |",  # in traditional characters
    ],
)
def test_a_disclosure_label_left_empty_takes_no_label_as_its_value(row: str) -> None:
    plan = rulegov.parse_plan(_BLOCK.format(row=row))
    assert plan.issuer is None


def test_the_label_after_an_empty_one_keeps_its_own_value() -> None:
    number = rulegov.parse_plan(_BLOCK.format(row="发文机关 | 发文字号 | 某府发〔2023〕5号 |"))
    dated = rulegov.parse_plan(_BLOCK.format(row="文号 | 成文日期 | 2023-07-18 |"))
    assert number.doc_number == "某府发〔2023〕5号"
    assert dated.issued_on == dt.date(2023, 7, 18)
    assert dated.doc_number is None


def test_a_filled_disclosure_row_still_pairs_each_label_with_the_cell_after_it() -> None:
    plan = rulegov.parse_plan(
        _BLOCK.format(row="发布机构 | 某州生态环境局 | 成文日期 | 2023-07-18 |")
    )
    assert plan.issuer == "某州生态环境局"
    assert plan.issued_on == dt.date(2023, 7, 18)


_NOTICE = (
    "某某县人民政府关于印发《2023年任务分解一览表》的通知\n"
    "各镇人民政府：\n"
    "现将《2023年任务分解一览表》印发给你们，请认真贯彻执行。\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "附件1.2023年县政府\n",  # an attachment's line cut by the end of a copy
        "附件：2023年县政府\n",  # …after a colon
        "附件 1. 某某县民生实事办\n",  # …spaced, naming an office
        "附件：1.某某任务分解表\n2.某某县民生实事办\n",  # a list of two, the second cut
    ],
)
def test_an_attachment_line_after_the_notice_signs_nothing(tail: str) -> None:
    plan = rulegov.parse_plan(_NOTICE + tail)
    assert plan.issuer == "某某县人民政府"  # the heading's organ, no attachment's words


def test_a_signature_under_the_attachment_list_still_signs() -> None:
    plan = rulegov.parse_plan(
        _NOTICE + "附件：1.某某任务分解表\n2.某某民生实事表\n某某县人民政府办公室\n"
    )
    assert plan.issuer == "某某县人民政府办公室"


_BODY = (
    "\n各街道办事处，区人民政府各部门：\n"
    "经区政府同意，现将《2019年目标任务责任分解方案》印发给你们，请认真贯彻执行。\n"
)
_HEADING = "区人民政府办公室关于印发2019年目标任务责任分解方案的通知"


@pytest.mark.parametrize(
    "number",
    [
        "阳政办〔2019〕1号—",  # a page's title joining the number and the heading by a dash
        "阳政办〔2019〕1号——",  # …by a long dash
        "阳政办〔2019〕1号-",  # …by a hyphen
        "阳政办〔2019〕1号：",  # …by a colon
        "(阳政办〔2019〕1号)",  # the number in a bracket of its own
        "阳政办〔2019〕1号 ",  # apart by a space, as before
    ],
)
def test_a_number_joined_to_the_heading_before_it_is_neither_the_headings_nor_the_issuers(
    number: str,
) -> None:
    plan = rulegov.parse_plan(number + _HEADING + _BODY)
    assert plan.notice is not None
    assert plan.notice.title == _HEADING
    assert plan.issuer == "区人民政府办公室"
    assert plan.doc_number == "阳政办〔2019〕1号"


def test_a_dash_inside_a_heading_after_no_number_is_kept() -> None:
    heading = "某县人民政府关于印发某县“十四五”—“十五五”衔接工作方案的通知"
    plan = rulegov.parse_plan(heading + _BODY)
    assert plan.notice is not None
    assert plan.notice.title == heading


@pytest.mark.parametrize(
    "controls",
    [
        " 【已阅读:",  # a reading counter cut by the end of the line
        " 【字体:大 中 小】",  # the font size
        " [打印] [关闭]",  # print and close
        "  【我要打印】【关闭窗口】",  # …apart by two spaces
        "\u3000\u3000【字体：大 中 小】",  # …by ideographic spaces, a full-width colon inside
    ],
)
def test_a_bylines_value_ends_before_the_pages_controls(controls: str) -> None:
    plan = rulegov.parse_plan(
        "首页>部门专栏>区政府办>政府办文件\n某区实施方案\n"
        f"发文日期:2019-01-14 16:12 发布机构:某区人民政府办公室{controls}\n"
        "为落实要求，制定本方案。\n一、工作目标\n做好工作。\n二、主要任务\n（一）加强领导。\n"
    )
    assert plan.issuer == "某区人民政府办公室"
    assert plan.issued_on == dt.date(2019, 1, 14)


def test_a_bylines_value_keeps_a_bracket_of_its_own() -> None:
    plan = rulegov.parse_plan(
        "某区实施方案\n发布机构:某区人民政府办公室 发文字号:某政办【2019】3号\n"
        "为落实要求，制定本方案。\n一、主要任务\n（一）加强领导。\n"
    )
    assert plan.doc_number == "某政办【2019】3号"


@pytest.mark.parametrize(
    "heading", ["规划编制背景", "规划背景", "编制背景", "方案制定背景", "出台背景"]
)
def test_the_background_a_plan_opens_with_is_prose_not_tasks(heading: str) -> None:
    plan = rulegov.parse_plan(
        f"某市“十四五”市场监管规划\n一、{heading}\n"
        "(一)“十三五”回顾。“十三五”期间，全市市场监管系统谱写了新篇章。\n"
        "(二)面临形势。市场监管面临新的挑战。\n"
        "二、主要任务\n(一)深化商事制度改革。推进“证照分离”改革。\n"
        "(二)强化市场秩序监管。加强反垄断执法。\n"
    )
    assert [task.title for task in plan.tasks] == ["深化商事制度改革", "强化市场秩序监管"]
    assert plan.sections[0].kind is not rulegov.SectionKind.TASKS


_WIKI_HEADING = "某市人民政府关于印发某行动实施方案的通知"


@pytest.mark.parametrize(
    "lead",
    [
        f"{_WIKI_HEADING}.是某市人民政府2021年4月6日发布的文件.",  # periods for stops
        f"{_WIKI_HEADING}是某市人民政府2021年4月6日发布的文件",  # no stop at all
        f"{_WIKI_HEADING},是某市人民政府发布的文件",  # a comma before 是
        f"{_WIKI_HEADING}为某市人民政府发布的文件",  # 为 for 是
    ],
)
def test_an_encyclopedias_lead_repeating_the_heading_is_neither_heading_nor_title(
    lead: str,
) -> None:
    plan = rulegov.parse_plan(
        f"{_WIKI_HEADING}\n\n{lead}\n\n基本介绍\n\n  • 中文名:{_WIKI_HEADING}\n"
        "  • 发文字号:某府发〔2021〕7号\n全文\n\n为深入贯彻落实，制定本方案。\n一、总体要求\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == _WIKI_HEADING
    assert plan.title == "某行动实施方案"
    assert plan.doc_number == "某府发〔2021〕7号"


@pytest.mark.parametrize("label", ["全文", "政策全文", "文件原文", "正文"])
def test_a_pages_label_over_the_text_is_no_title(label: str) -> None:
    plan = rulegov.parse_plan(
        f"{_WIKI_HEADING}\n发文字号:某府发〔2021〕7号\n{label}\n为深入贯彻落实，制定本方案。\n"
        "一、总体要求\n坚持以人民为中心。\n"
    )
    assert plan.title == "某行动实施方案"


def test_a_title_that_names_a_document_before_its_label_is_still_a_title() -> None:
    plan = rulegov.parse_plan(
        "某县法治政府建设实施方案全文\n为深入贯彻落实，制定本方案。\n一、主要任务\n（一）加强领导。\n"
    )
    assert plan.title.startswith("某县法治政府建设实施方案")


@pytest.mark.parametrize(
    ("lines", "gap"),
    [
        (("关于印发区政府工作报告", "确定的2019年主要目标任务责任", "分解方案的通知"), "\n"),
        (("关于印发区政府工作报告", "确定的2019年主要目标任务责任", "分解方案的通知"), "\n\n"),
        (("关于印发市政府工作报告", "提出的重点工作任务分解方案的通知"), "\n"),
        (("关于印发2024年市《政府工作报告》", "涉及我区重点事项责任分解方案的通知"), "\n \n"),
    ],
)
def test_a_heading_broken_after_the_document_a_clause_qualifies_is_read_whole(
    lines: tuple[str, ...], gap: str
) -> None:
    heading = "某区人民政府办公室" + gap.join(lines)
    plan = rulegov.parse_plan(
        heading + "\n\n各街道办事处，区人民政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某区人民政府办公室" + "".join(lines)
    assert plan.issuer == "某区人民政府办公室"


def test_a_whole_heading_over_the_plans_own_title_stays_apart() -> None:
    plan = rulegov.parse_plan(
        "某县人民政府关于印发某县2024年法治政府建设工作要点的通知\n"
        "各乡镇人民政府：\n现将《某县2024年法治政府建设工作要点》印发给你们。\n某县人民政府\n"
        "2024年3月1日\n某县2024年法治政府建设工作要点\n一、主要任务\n（一）加强领导。\n"
    )
    assert plan.title == "某县2024年法治政府建设工作要点"


@pytest.mark.parametrize(
    "page_title",
    [
        "(岸政办〔2019〕1号)区人民政府办公室关于印发区政府工作报告确定的2019年主要目标任务责任",
        "（岸政办〔2019〕1号）区人民政府办公室关于印发区政府工作报告确定的",
    ],
)
def test_a_bracketed_number_before_a_cut_page_title_is_the_number(page_title: str) -> None:
    plan = rulegov.parse_plan(
        f"{page_title}\n各街道办事处，区人民政府各部门：\n现将方案印发给你们。\n"
    )
    assert plan.doc_number == "岸政办〔2019〕1号"
    assert plan.issuer == "区人民政府办公室"
    assert not plan.title.startswith(("(", "（"))


def test_a_bracketed_number_before_a_cut_page_title_leaves_the_heading_below_whole() -> None:
    heading = "区人民政府办公室关于印发区政府工作报告确定的2019年主要目标任务责任分解方案的通知"
    plan = rulegov.parse_plan(
        "(岸政办〔2019〕1号)区人民政府办公室关于印发区政府工作报告确定的2019年主要目标任务责任\n"
        f"发文日期:2019-01-14 16:12 发布机构:区人民政府办公室\n{heading}\n"
        "各街道办事处，区人民政府各部门：\n现将方案印发给你们。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == heading
    assert plan.doc_number == "岸政办〔2019〕1号"


_ANNEXED = "各镇人民政府，县直各单位：\n现将任务分解印发给你们，请认真贯彻执行。\n{listed}某某县人民政府\n2023年3月1日\n{part}"


@pytest.mark.parametrize(
    ("listed", "part", "title"),
    [
        (  # a list of two, the first printed under its bare label as a table in pipes
            "附件：1. 2019年《政府工作报告》目标任务分解表\n2. 2019年民生实事项目目标任务分解表\n",
            "附件1\n序号 | 任务名称 | 牵头部门 | 配合部门 |\n1 | 地区生产总值 | 区发改局 | 区财政局 |\n",
            "2019年《政府工作报告》目标任务分解表",
        ),
        (  # one attachment, its bare label over numbered items
            "附件：2023年重点任务分解表\n",
            "附件\n一、重点任务\n1.抓好粮食生产。（责任单位：县农业局）\n",
            "2023年重点任务分解表",
        ),
        (  # a plan, listed without a number
            "附件：某县2023年法治政府建设工作要点\n",
            "附件\n一、主要任务\n1.深化依法行政。（责任单位：县司法局）\n",
            "某县2023年法治政府建设工作要点",
        ),
    ],
)
def test_a_notice_without_heading_takes_the_title_its_list_gives_the_annex_it_prints(
    listed: str, part: str, title: str
) -> None:
    plan = rulegov.parse_plan(_ANNEXED.format(listed=listed, part=part))
    assert plan.title == title
    assert "no-title" not in {diagnostic.code for diagnostic in plan.diagnostics}


def test_two_printed_annexes_give_no_listed_title() -> None:
    plan = rulegov.parse_plan(
        _ANNEXED.format(
            listed="附件：1.甲任务分解表\n2.乙任务分解表\n",
            part="附件1\n一、重点任务\n1.抓好粮食生产。\n附件2\n一、重点任务\n1.抓好生猪生产。\n",
        )
    )
    assert plan.title not in {"甲任务分解表", "乙任务分解表"}
