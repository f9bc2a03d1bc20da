"""A sharing site's file name run onto the document's own heading in bold, and a disclosure
table's link to a file's reading version.

A sharing site prints the name of the file it holds and runs the document's own heading onto it,
the heading kept in Markdown's bold (``某方案**某方案**``): the marks are the copy's and the name is
there twice, so the title is the name once. A disclosure page prints, in the table of the
document's fields, a link to download the document's version for reading (``下载阅读版本 |``): the
page's link, never the title.
"""

from __future__ import annotations

import pytest

import rulegov

BOLD_BODY = (
    "\n**一、工作目标**\n全面提升基层治理水平。\n**二、重点任务**\n"
    "1.**加强纠纷排查**。建立排查台账。\n2.**完善调解机制**。推进多元化解。\n"
)


@pytest.mark.parametrize("name", ["某县2025年矛盾纠纷化解方案", "某镇法治建设工作计划"])
def test_a_file_name_run_onto_its_bold_heading_is_one_title(name: str) -> None:
    plan = rulegov.parse_plan(f"文档简介\n{name}**{name}**{BOLD_BODY}")
    assert plan.title == name
    assert [task.title for task in plan.tasks] == ["加强纠纷排查", "完善调解机制"]


def test_a_bold_heading_after_other_words_is_left_as_it_was() -> None:
    # only the same name again is the copy's: other words before a bold run keep their marks
    text = f"某县2025年矛盾纠纷化解方案**某镇方案**{BOLD_BODY}"
    assert rulegov.parse_plan(text).title != "某县2025年矛盾纠纷化解方案"


FIELDS = (
    "索引号 | 002/2024-00001 | ||\n"
    "组配分类 | 区政府文件 | 发布机构 | 区政府办公室 |\n"
    "生成日期 | 2024-05-06 | 公开方式 | 主动公开 |\n"
    "文号 | 某政发〔2024〕9号 | ||\n"
    "{label}\n"
)
# the notice and its plan run on one line, their paragraphs apart by spaces
NOTICE = (
    "各街道办事处,区政府直属各单位: 《某区法治化营商环境提升实施方案(2024-2026年)》已经区政府同意,"
    "现印发给你们,请认真贯彻执行。 某区人民政府 2024年5月6日 (此件公开发布) "
    "某区法治化营商环境提升实施方案(2024-2026年) 某区地处城市中心,近年来持续优化营商环境,"
    "努力打造一流营商环境城区。根据上级有关要求,明确目标任务等内容,特编制本实施方案。 一、总体思路 "
    "坚持依法行政,以制度创新为动力,推动提升营商环境法治化水平。"
)


@pytest.mark.parametrize("label", ["下载阅读版本 |", "下载阅读版本"])
def test_a_link_to_the_reading_version_is_the_pages(label: str) -> None:
    plan = rulegov.parse_plan(FIELDS.format(label=label) + NOTICE)
    assert plan.title == "某区法治化营商环境提升实施方案(2024-2026年)"
