"""A notice's heading that names its own document is the plan's title, with no ``no-title``.

A notice that carries no other document (关于分解落实…任务的通知), an account (关于…的情况说明)
or a set of measures (关于…的若干措施) prints its name as its heading: that heading is the
title, its span pointing at it, and the reader says nothing about a missing title.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

_BODY = (
    "{address}为推进工作，现将有关事项通知如下。\n"
    "一、总体要求\n"
    "（一）坚持党的领导。县司法局牵头，各乡镇配合。\n"
    "二、主要任务\n"
    "（一）加强普法宣传。县委宣传部负责。\n"
    "某县人民政府办公室\n"
    "2023年3月1日\n"
)
_ADDRESS = "各乡镇人民政府，县直各部门：\n"

HEADINGS = [
    "某县人民政府办公室关于分解落实2023年《政府工作报告》主要目标任务的通知",
    "關于第21項指標的情況說明",
    "关于促进数字经济高质量发展的若干措施",
    "关于促进数字经济高质量发展的若干措施（试行）",
    "市政府办公室关于分解落实2019年《政府工作报告》重点工作的通知",
]


@pytest.mark.parametrize("address", [_ADDRESS, ""], ids=["addressed", "unaddressed"])
@pytest.mark.parametrize("heading", HEADINGS)
def test_a_heading_naming_its_document_is_the_title(heading: str, address: str) -> None:
    text = heading + "\n" + _BODY.format(address=address)
    plan = parse_plan(text)
    assert plan.title == heading
    assert not [d for d in plan.diagnostics if d.code == "no-title"]
    span = plan.spans["title"]
    assert text[span.start : span.end] == heading


def test_a_heading_under_page_lines_is_the_title() -> None:
    heading = "关于第三季度重点指标的情况说明"
    text = "来源：某县人民政府 发布时间：2023-10-08\n" + heading + "\n" + _BODY.format(address="")
    plan = parse_plan(text)
    assert plan.title == heading
    assert not [d for d in plan.diagnostics if d.code == "no-title"]


def test_a_notice_carrying_a_plan_keeps_the_plan_s_title() -> None:
    heading = "某县人民政府办公室关于印发某县2023年普法工作要点的通知"
    plan = parse_plan(heading + "\n" + _BODY.format(address=_ADDRESS))
    assert plan.title == "某县2023年普法工作要点"
