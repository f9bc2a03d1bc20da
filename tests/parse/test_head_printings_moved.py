"""A notice's head with its parts moved: the number after or under the heading, the date over
the signing organs, the heading broken inside the name it prints.

Each test prints one class of printing in its several forms beside the printing the reader read
before, so that the rule keeps both.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from rulegov.parse._runon import with_wrapped_lines_joined
from rulegov.parse._text import split_lines

_HEADING = "某市人民政府办公室关于印发某市2023年法治政府建设工作要点的通知"
_ADDRESS = "各县（区）人民政府，市政府各部门："
_NOTICE = "现将《某市2023年法治政府建设工作要点》印发给你们，请认真贯彻执行。"
_BODY = "一、加强组织领导\n（一）健全制度。\n"
_PLAN = f"某市2023年法治政府建设工作要点\n\n{_BODY}"
_NUMBER = "某政办发〔2023〕5号"


@pytest.mark.parametrize(
    "head",
    [
        f"{_NUMBER}\n\n{_HEADING}",  # as the reader read it before: the number over the heading
        f"{_HEADING}\n（{_NUMBER}）",  # under it, in brackets
        f"{_HEADING}（{_NUMBER}）",  # run onto its line, in brackets
        f"{_HEADING}({_NUMBER})",
    ],
)
def test_the_number_after_the_heading_is_the_documents(head: str) -> None:
    plan = rulegov.parse_plan(
        f"{head}\n\n{_ADDRESS}\n\n{_NOTICE}\n\n某市人民政府办公室\n2023年5月10日\n\n{_PLAN}"
    )
    assert plan.doc_number == _NUMBER
    assert plan.notice is not None
    assert plan.notice.title == _HEADING
    assert plan.title == "某市2023年法治政府建设工作要点"
    assert plan.recipients == ["各县（区）人民政府", "市政府各部门"]


def test_a_plan_title_with_its_number_in_brackets_is_cut_from_it() -> None:
    plan = rulegov.parse_plan(f"某县2023年普法工作要点（某普办〔2023〕2号）\n\n{_BODY}")
    assert plan.title == "某县2023年普法工作要点"
    assert plan.doc_number == "某普办〔2023〕2号"


def test_a_title_that_ends_in_a_bracket_of_its_own_keeps_it() -> None:
    plan = rulegov.parse_plan(f"某县法治政府建设实施方案（2021—2025年）\n\n{_BODY}")
    assert plan.title == "某县法治政府建设实施方案（2021—2025年）"
    assert plan.doc_number is None


@pytest.mark.parametrize(
    "signature",
    [
        "某市人民政府办公室\n2023年5月10日",  # as the reader read it before
        "2023年5月10日\n某市人民政府办公室",  # the date over the organ
    ],
)
def test_the_organ_under_the_date_signs_over_a_text_that_opens_with_a_year(
    signature: str,
) -> None:
    # no plan title: the text's first sentence opens with a year, as a heading may
    plan = rulegov.parse_plan(
        f"{_HEADING}\n\n{_ADDRESS}\n\n{_NOTICE}\n\n{signature}\n"
        "2023年是全面贯彻党的二十大精神的开局之年，现就全年工作安排如下。\n"
        "一、加强组织领导\n（一）健全制度。\n"
    )
    assert plan.issuer == "某市人民政府办公室"
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert plan.title == "某市2023年法治政府建设工作要点"


@pytest.mark.parametrize(
    "heading",
    [
        "某市人民政府办公厅关于印发《某市人民政府公文格式规定》的通知",  # before: one line
        "某市人民政府办公厅关于印发\n《某市人民政府公文格式规定》的通知",
        "某市人民政府办公厅关于印发\n《某市人民政府公\n文格式规定》的通知",
        "某市人民政府办公厅关于印发\n《某市人民政府公文格式规定》\n的通知",
    ],
)
def test_a_heading_broken_inside_the_name_it_prints_is_one_heading(heading: str) -> None:
    plan = rulegov.parse_plan(
        f"{heading}\n(某政办发〔2001〕99号 2001年5月29日)\n{_ADDRESS}\n"
        "现将《某市人民政府公文格式规定》印发给你们，请认真贯彻执行。\n"
        "某市人民政府公文格式规定\n一、总则\n（一）健全制度。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府办公厅关于印发《某市人民政府公文格式规定》的通知"
    assert plan.title == "某市人民政府公文格式规定"
    assert plan.issuer == "某市人民政府办公厅"
    assert plan.doc_number == "某政办发〔2001〕99号"
    assert plan.issued_on == dt.date(2001, 5, 29)


def test_two_names_on_a_line_of_a_heading_broken_after_its_verb_are_part_of_it() -> None:
    plan = rulegov.parse_plan(
        "某市人民政府办公厅关于印发\n《某市公文格式规定》《某市公文处理办法》\n的通知\n"
        f"{_ADDRESS}\n现将两个文件印发给你们，请认真贯彻执行。\n"
        "某市公文格式规定\n一、总则\n（一）健全制度。\n"
    )
    assert plan.notice is not None
    assert plan.notice.title == (
        "某市人民政府办公厅关于印发《某市公文格式规定》《某市公文处理办法》的通知"
    )
    assert plan.recipients == ["各县（区）人民政府", "市政府各部门"]


# a notice as a PDF's text layer gives it: every line of prose cut at 28 characters, the line
# over a bracketed year cut short, since no line ends inside 〔2017〕
_WRAPPED_NOTICE = """白山市某某区人民政府关于印发某某区社会信用体
系建设实施方案的通知

某政发〔2017〕40号

各镇人民政府、各街道办事处,区政府各相关部门:

为贯彻落实《吉林省人民政府关于印发吉林省社会信用体系建设
实施方案的通知》(吉政发〔2014〕40号)和《白山市人民政府关
于印发白山市社会信用体系建设实施方案的通知》(白山政发
〔2017〕12号)精神,现将《某某区社会信用体系实施方案》印发
给你们,请各镇(街)、各相关部门结合实际,认真贯彻执行。

白山市某某区人民政府

2017年11月24日

某某区社会信用体系建设实施方案

为全面推进我区社会信用体系建设,根据国家、省、市有关文件精
神,结合我区实际,制定本方案。

一、总体要求

以完善社会信用体系为重点,建立健全信用信息归集共享和使用机
制,营造诚实守信的社会氛围。
"""


def test_a_wrapped_line_cut_short_before_a_bracketed_year_runs_on() -> None:
    plan = rulegov.parse_plan(_WRAPPED_NOTICE)
    assert plan.title == "某某区社会信用体系建设实施方案"
    assert plan.issuer == "白山市某某区人民政府"
    assert plan.issued_on == dt.date(2017, 11, 24)
    assert plan.notice is not None
    assert "(白山政发〔2017〕12号)精神" in plan.notice.text


def test_a_heading_a_little_short_of_the_width_keeps_its_line() -> None:
    # the heading's last line ends a document's name: the stamp under it is no part of it
    heading = "关于组织开展社会主义法治文化建设巩固年活动的实施意见"
    lines = split_lines(
        _WRAPPED_NOTICE.replace("某政发〔2017〕40号", heading + "\n20140915 来源:市司法局")
    )
    joined = [line.text for line in with_wrapped_lines_joined(lines)]
    assert heading in joined
    assert any(
        text.endswith(
            "(白山政发〔2017〕12号)精神,现将《某某区社会信用体系实施方案》印发给你们,请各镇(街)、各相关部门结合实际,认真贯彻执行。"
        )
        for text in joined
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # as the reader read it before: the sentence on one line
        "市某局制定的《某市2015年地质灾害防治方案》已经市政府研究同意,现批转给你们,请遵照执行。",
        # wrapped where a PDF's line ends, after the title it quotes
        "市某局制定的《某市2015年地质灾害防治方案》已经市\n政府研究同意,现批转给你们,请遵照执行。",
        # or inside a title it leaves open
        (
            "根据省人民政府办公厅《关于做好“十四五”省级重大专项规划\n编制工作的通知》要求,"
            "市某局制定了《某市2015年地质灾害防治方案》,现批转给你们。"
        ),
    ],
)
def test_a_notices_sentence_wrapped_after_a_title_it_quotes_is_no_title(sentence: str) -> None:
    plan = rulegov.parse_plan(
        "某市人民政府批转市某局关于2015年地质灾害防治方案的通知\n某府〔2015〕76号\n"
        f"各区人民政府,市直各委、办、局:\n{sentence}\n某市人民政府\n2015年3月28日\n"
        "某市2015年地质灾害防治方案\n一、主要任务\n(一)开展隐患排查。\n"
    )
    assert plan.title == "某市2015年地质灾害防治方案"
    assert plan.issuer == "某市人民政府"
    assert plan.issued_on == dt.date(2015, 3, 28)


@pytest.mark.parametrize(
    "head",
    [
        f"{_HEADING}\n\n{_ADDRESS}\n\n{_NOTICE}\n\n某市人民政府办公室\n2023年5月10日",  # before
        f"某市人民政府办公室\n2023年5月10日\n\n{_HEADING}\n\n{_ADDRESS}\n\n{_NOTICE}",
    ],
)
def test_a_signature_over_the_notices_heading_signs_the_notice(head: str) -> None:
    plan = rulegov.parse_plan(f"{head}\n\n{_PLAN}")
    assert plan.notice is not None
    assert plan.notice.title == _HEADING
    assert plan.title == "某市2023年法治政府建设工作要点"
    assert plan.issuer == "某市人民政府办公室"
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert plan.recipients == ["各县（区）人民政府", "市政府各部门"]


def test_a_title_that_quotes_a_plan_and_names_what_it_draws_from_it_stays_the_title() -> None:
    plan = rulegov.parse_plan(
        "某府办发〔2016〕33号\n各区人民政府,市政府各委、办、局:\n"
        "经市政府同意,现将《〈某市法治政府建设“十三五”规划〉主要任务职责分工》印发给你们。\n"
        "《某市法治政府建设“十三五”规划》主要任务职责分工\n"
        "为进一步落实《某市法治政府建设“十三五”规划》,明确职责分工。\n"
        "一、政府职能转变方面\n(一)深化行政审批制度改革\n1.严格执行国家关于取消行政审批的规定。(市审改办)\n"
        "某市人民政府办公厅\n2016年8月15日\n"
    )
    assert plan.title == "《某市法治政府建设“十三五”规划》主要任务职责分工"
