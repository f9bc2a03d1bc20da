"""A page's lists of related documents over the document's red head are the page's.

A blog or a document collection prints, over the document, the post's title, a table of
contents' label and its lists of links under their labels (相关图书, 相关链接, 相关文章, 推荐阅读),
one title a line, then the document from its organ's mark (某县公安局文件) or its number on.
The titles of the list are other documents': a notice among them (关于印发《某方案》的通知) is no
notice of this document, and a report's headline among them is no title of it.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

BODY = (
    "为全面推动执法规范化建设,特制定以下工作方案。\n"
    "一、指导思想和工作目标\n以科学发展观为指导,全面提升执法规范化建设水平。\n"
    "二、主要任务\n(一)健全执法制度。各单位要落实责任。\n(二)强化执法监督。定期开展检查。\n"
)
LINKS = (
    "关于下发《某县公安局执法规范化建设工作规划》的通知\n"
    "关于印发《某县公安局执法办案场所功能分区改造建设实施方案》的通知\n"
    "某县公安局采取“六化”措施扎实推进执法规范化建设\n"
    "某县公安局公安法制工作2012年度绩效考核自评表\n"
)


@pytest.mark.parametrize("label", ["相关链接", "相关文章", "推荐阅读", "相關鏈接"])
def test_links_over_an_organs_mark_are_no_notice(label: str) -> None:
    text = (
        f"某县公安局执法规范化建设工作方案\n{label}\n{LINKS}"
        "某县公安局文件\n某县公发[2012]32号\n某县公安局执法规范化建设工作方案\n" + BODY
    )
    plan = parse_plan(text)
    assert plan.notice is None
    assert plan.title == "某县公安局执法规范化建设工作方案"
    assert plan.issuer == "某县公安局"
    assert plan.doc_number == "某县公发[2012]32号"


@pytest.mark.parametrize("blank", ["", "\n"])
def test_links_spaced_by_blank_lines_over_a_number_are_no_notice(blank: str) -> None:
    links = "".join(f"{line}\n{blank}" for line in LINKS.splitlines())
    text = (
        f"相关图书\n{blank}《某市法制支队文件汇编1》\n{blank}相关链接\n{blank}{links}"
        "某县公安局文件\n\n某县公发〔2012〕32号\n\n某县公安局执法规范化建设工作方案\n\n" + BODY
    )
    plan = parse_plan(text)
    assert plan.notice is None
    assert plan.title == "某县公安局执法规范化建设工作方案"


def test_a_blogs_table_of_contents_label_is_no_part_of_the_title() -> None:
    text = "Contents\n某县公安局执法规范化建设工作方案\n" + BODY
    plan = parse_plan(text)
    assert plan.title == "某县公安局执法规范化建设工作方案"
    assert plan.issuer == "某县公安局"
