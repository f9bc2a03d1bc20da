"""A notice under its organ's red head, signed with a date alone, printing a plan headed by its owner.

A bureau prints its notice under its red head (``某区市场监督管理局文件``), heads it without an
organ (``关于印发《某区市场监督管理局2019年行政执法工作报告》的通知``), signs it with the date
alone, and prints the report it issues under the report's own heading, its owner on a line over the
title (``某区市场监管局`` / ``2019年行政执法工作报告``). The notice is the document issued: its
organ is the one the red head names; the owner over the printed report's title is the report's
author line, often a short name. A signature, or an organ the notice's heading names, still names
the issuer as before.
"""

from __future__ import annotations

import rulegov

NOTICE = (
    "某区市场监督管理局文件\n"
    "\n"
    "某市监〔2019〕9号\n"
    "\n"
    "关于印发《某区市场监督管理局2019年行政执法工作报告》的通知\n"
    "\n"
    "各科、室、所:\n"
    "\n"
    "现将《某区市场监督管理局2019年行政执法工作报告》予以印发。\n"
    "\n"
    "                    2019年12月10日\n"
    "\n"
    "某区市场监管局\n"
    "\n"
    "2019年行政执法工作报告\n"
    "\n"
    "2019年,某区市场监管局全面推进依法行政,取得显著成效。\n"
    "\n"
    "一、工作完成情况\n"
    "\n"
    "(一)执法机构的基本情况\n"
    "\n"
    "我局现有执法机构20个。\n"
)


def test_the_red_head_names_the_issuer_of_a_notice_signed_with_a_date_alone() -> None:
    plan = rulegov.parse_plan(NOTICE)
    assert plan.issuer == "某区市场监督管理局"
    assert plan.notice is not None
    assert plan.notice.title == "关于印发《某区市场监督管理局2019年行政执法工作报告》的通知"


def test_a_signature_still_names_the_issuer() -> None:
    text = NOTICE.replace(
        "                    2019年12月10日", "某区市场监督局办公室\n2019年12月10日"
    )
    assert rulegov.parse_plan(text).issuer == "某区市场监督局办公室"


def test_an_organ_the_notice_heading_names_still_names_the_issuer() -> None:
    text = NOTICE.replace("关于印发《", "某区人民政府办公室关于印发《")
    assert rulegov.parse_plan(text).issuer == "某区人民政府办公室"


def test_the_issuer_the_red_head_names_spans_the_red_head() -> None:
    # the issuer read from the red head points at the organ's words in it, not at the first
    # place its name is printed (here inside the title the heading quotes)
    plan = rulegov.parse_plan(NOTICE)
    span = plan.spans["issuer"]
    assert (span.start, NOTICE[span.start : span.end]) == (0, "某区市场监督管理局")


def test_an_issuer_a_mark_names_alone_spans_the_mark() -> None:
    text = "  某局  文件\n某县普法规划\n一、任务\n1.开展改革。\n"
    plan = rulegov.parse_plan(text)
    span = plan.spans["issuer"]
    assert (plan.issuer, text[span.start : span.end]) == ("某局", "某局")
