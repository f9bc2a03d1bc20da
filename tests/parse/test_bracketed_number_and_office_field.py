"""A report's number a site prints in square brackets before its heading, and the office that posts it.

A government site's list and page may print a document's number in square brackets glued to
the front of its heading (``[某政发〔2026〕7号]某市人民政府关于…的报告``): the number is the
document's, the heading the rest of the line.

A disclosure block names as 发文机关 the office that posts a government's report on its site
(``发文机关: 某市人民政府办公室``) over the report's own heading ``某市人民政府关于…的报告``: the
organ the heading names issues the report, its office only posts it. A heading that names the
office itself (``某市人民政府办公室关于…``), or a notice the office heads, keeps the office.
"""

from __future__ import annotations

import pytest

import rulegov

REPORT = (
    "{number}某市人民政府关于2025年法治政府建设情况的报告\n"
    "市委:\n"
    "2025年,市政府坚持依法行政,法治政府建设取得成效。现将有关情况报告如下:\n"
    "一、坚持党的全面领导\n"
    "一是深入学习法治思想。全年组织专题学法12次。\n"
)


@pytest.mark.parametrize("bracket", ["[{}]", "【{}】"])
def test_a_number_in_square_brackets_before_the_heading_is_the_document_s(bracket: str) -> None:
    plan = rulegov.parse_plan(REPORT.format(number=bracket.format("某政发〔2026〕7号")))
    assert plan.doc_number == "某政发〔2026〕7号"
    assert plan.title == "某市人民政府关于2025年法治政府建设情况的报告"
    assert plan.issuer == "某市人民政府"
    assert plan.recipients == ["市委"]


def test_a_bracketed_label_before_the_heading_is_no_number() -> None:
    plan = rulegov.parse_plan(REPORT.format(number="[转载]"))
    assert plan.doc_number is None
    assert plan.title == "某市人民政府关于2025年法治政府建设情况的报告"


FIELDS = (
    "- 索引号: abc/2026-00095\n"
    "- 发文机关: {field}\n"
    "- 成文日期:\n"
    "- 发文字号:\n"
    "- 发布时间: 2026-02-24\n"
    "- 标题: {heading}\n"
    "{heading}\n"
    "市委:\n"
    "2025年,市政府坚持依法行政,法治政府建设取得成效。现将有关情况报告如下:\n"
    "一、坚持党的全面领导\n"
)


@pytest.mark.parametrize("office", ["办公室", "办公厅"])
def test_the_office_that_posts_the_report_yields_to_the_heading_s_organ(office: str) -> None:
    heading = "某市人民政府关于2025年法治政府建设情况的报告"
    plan = rulegov.parse_plan(FIELDS.format(field="某市人民政府" + office, heading=heading))
    assert plan.issuer == "某市人民政府"


def test_a_heading_that_names_the_office_keeps_the_office() -> None:
    heading = "某市人民政府办公室关于2025年法治政府建设情况的报告"
    plan = rulegov.parse_plan(FIELDS.format(field="某市人民政府办公室", heading=heading))
    assert plan.issuer == "某市人民政府办公室"


def test_a_notice_the_office_heads_keeps_the_office() -> None:
    text = (
        "- 发文机关: 某市人民政府办公室\n"
        "- 标题: 某市人民政府办公室关于印发某市人民政府2025年立法工作计划的通知\n"
        "某市人民政府办公室关于印发某市人民政府2025年立法工作计划的通知\n"
        "各县区人民政府,市政府各部门:\n"
        "《某市人民政府2025年立法工作计划》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
        "某市人民政府办公室\n"
        "2025年3月1日\n"
        "某市人民政府2025年立法工作计划\n"
        "一、总体要求\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "某市人民政府办公室"
