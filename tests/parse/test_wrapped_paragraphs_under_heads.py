"""A paragraph a PDF's page wrapped, under a heading: its first line is the text, not a title.

A PDF's text layer cuts every paragraph where the page's line of 28 characters ended. The first
line of the opening paragraph then stands alone under the heading, short enough to look like a
title, with no full stop: when its sentence runs on over the lines under it to its full stop, it
is the text, whatever word it opens with and whatever kind of plan it names inside.
"""

from __future__ import annotations

import pytest

import rulegov

HEADING = "西藏自治区人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见"
OPENINGS = [
    # opened by a preamble's word, the sentence over four lines
    (
        "为深入推进我区县域内城乡义务教育一体化改革发展,促进县域\n"
        "内义务教育均衡发展,全面提升义务教育学校管理水平,全面提高\n"
        "义务教育质量,根据《国务院关于统筹推进县域内城乡义务教育\n"
        "一体化改革发展的若干意见》(国发〔2016〕40号)精神,结合我\n"
        "区实际,制定如下实施意见。"
    ),
    # opened by a year, a plan's kind named inside (“十四五”规划)
    (
        "2021年是实施“十四五”规划的开局之年,也是开启全面建设社\n"
        "会主义现代化国家新征程、向第二个百年奋斗目标进军的第一\n"
        "年。为确保各项任务落到实处,现提出如下实施意见。"
    ),
    # opened by a subject, over three lines
    (
        "党的十八大以来,我区城乡义务教育均衡发展取得明显成效,但\n"
        "城乡之间、校际之间办学条件和教育质量差距依然存在,义务\n"
        "教育发展不平衡不充分的问题仍然突出。"
    ),
]


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize(
    "heading",
    [
        HEADING,
        "西藏自治区人民政府关于统筹推进县域内城乡义务\n教育一体化改革发展的实施意见",
        f"{HEADING}\n发布部门:西藏政府 发布时间:2017年04月27日",
    ],
)
def test_a_wrapped_opening_paragraph_is_no_title(opening: str, heading: str) -> None:
    text = f"{heading}\n{opening}\n一、总体要求\n(一)指导思想。坚持优先发展。\n"
    assert rulegov.parse_plan(text).title == HEADING


def test_a_wrapped_paragraph_under_a_notice_is_no_title() -> None:
    text = (
        "芜湖市人民政府关于2021年重点工作及责任分解的\n通知\n各县市区人民政府,市政府各部门:\n"
        f"{OPENINGS[1]}\n一、确保完成全年主要预期目标\n1.地区生产总值比上年增长8.5%左右。\n"
    )
    assert rulegov.parse_plan(text).title == "芜湖市人民政府关于2021年重点工作及责任分解的通知"


@pytest.mark.parametrize(
    "title",
    [
        "某县2023年普法依法治理工作要点",
        "关于进一步加强和改进,新时代法治宣传教育的实施方案",
    ],
)
def test_a_title_over_its_text_stays_the_title(title: str) -> None:
    text = (
        f"{title}\n为深入学习宣传贯彻习近平法治思想,推动全社会尊法学法守法用法,\n"
        "结合我县实际,制定本方案。\n一、总体要求\n(一)指导思想。坚持党的领导。\n"
    )
    assert rulegov.parse_plan(text).title == title
