"""A short text under a head whose disclosure fields are left empty, label after label.

A district's page prints its fields over the document, their values often empty (``生效日期
失效日期``, ``主题分类 体裁分类``, ``发文字号``), then ``正文`` and the document. A copy cut after a
few of the document's lines leaves those fields close to the end: the lines under them are the
document's text (its preamble, its parts ``一、`` and measures ``(一)``), never the values of a
block of fields printed under the text.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = (
    "关于某区2025年度法治政府建设情况的报告\n\n"
    "日期:2026-02-02 15:42 来源:某区\n\n"
    "索引号000014349/2026-07708 主题词\n"
    "发文单位某区 效力状态有效\n"
    "生效日期 失效日期\n"
    "主题分类 体裁分类\n"
    "发文字号\n\n"
)
PREAMBLE = "2025年,我区深入推进法治政府建设。现将有关情况报告如下:\n\n"
PARTS = (
    "一、工作开展情况\n\n"
    "(一)深耕思想沃土。制定学习方案,推动领导干部学法。\n\n"
    "(二)推进依法行政。审核规范性文件9件。\n"
)


@pytest.mark.parametrize("label", ["正文\n\n\n", ""], ids=["text-label", "no-label"])
@pytest.mark.parametrize("preamble", [PREAMBLE, ""], ids=["preamble", "no-preamble"])
def test_the_lines_under_empty_head_fields_are_the_text(label: str, preamble: str) -> None:
    plan = rulegov.parse_plan(HEAD + label + preamble + PARTS)
    assert plan.title == "关于某区2025年度法治政府建设情况的报告"
    assert [section.title for section in plan.sections] == ["工作开展情况"]
    assert [task.title for task in plan.tasks] == ["深耕思想沃土", "推进依法行政"]


def test_a_row_of_values_under_labels_below_the_text_stays_the_pages() -> None:
    text = (
        "某县2023年法治政府建设工作要点\n"
        "一、加强组织领导\n"
        "1.健全工作机制。\n"
        "索引号 文号 发布机构 发布日期\n"
        "N001-2023-000627 某政办〔2023〕7号 某县人民政府办公室 2023-03-04\n"
    )
    plan = rulegov.parse_plan(text)
    assert [section.title for section in plan.sections] == ["加强组织领导"]
    assert plan.doc_number is not None
    assert plan.doc_number == "某政办〔2023〕7号"
