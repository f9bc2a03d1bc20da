"""A sharing site's label of its files printed before the title: 实用文档 (标准 完整 实用 可修改).

A document-sharing site heads each file it serves with its label (``实用文档精品实用文档系列
(标准 完整 实用 可修改)``) and runs the document's title on after it: the label is the site's, as
its ``[附件]`` or a file's ``.docx`` is, never the title's. Before, the title kept it at its head.
"""

from __future__ import annotations

import rulegov
from rulegov.parse._header_titles import out_of_copy

TITLE = "某县全面推行行政执法公示制度实施方案"


def test_the_label_before_a_title_run_into_its_preamble_is_the_sites() -> None:
    plan = rulegov.parse_plan(
        f"实用文档精品实用文档系列 (标准 完整 实用 可修改) {TITLE}为进一步规范执法,制定本实施方案。"
        "一、工作目标全面推行三项制度。二、主要任务(一)全面推行行政执法公示制度。"
    )
    assert plan.title == TITLE


def test_the_label_alone_in_its_brackets_is_the_sites_too() -> None:
    title = f"(标准完整实用可修改){TITLE}"
    begin, end = out_of_copy(title)
    assert title[begin:end] == TITLE


def test_a_title_opening_with_its_own_bracket_keeps_it() -> None:
    title = "(2021—2025年)某县法治宣传教育规划"
    assert out_of_copy(title) == (0, len(title))
