"""A plan's table of contents under its head (目录) is front matter, not a second set of parts.

Plans (规划 above all) print their parts and items one to a line under 目录, 目 录 or 目錄 before
their text, with or without leaders and page numbers. The list opens nothing: its entries are no
sections and no tasks, whether the text follows it (opening again with its first entry) or the
copy ends inside it. Two headings under 目录 that the text opens at once stay the text's.
"""

from __future__ import annotations

import pytest

import rulegov

_NOTICE = (
    "某市人民政府关于印发某市社会信用体系建设规划(2016—2020年)的通知\n"
    "某政发〔2017〕2号\n"
    "各县(市、区)人民政府,市政府各部门:\n"
    "现将《某市社会信用体系建设规划(2016—2020年)》印发给你们,请认真贯彻执行。\n"
    "某市人民政府\n"
    "2017年1月26日\n"
)

_TEXT = (
    "一、总体思路\n"
    "(一)指导思想。以习近平新时代中国特色社会主义思想为指导,加快推进信用建设。\n"
    "二、推进政务诚信建设\n"
    "(一)加强行政能力建设。完善依法行政制度,提高行政效能。\n"
    "(二)发挥政府诚信建设示范作用。各级政府率先垂范,带头守信。\n"
)


def _sections(plan: rulegov.Plan) -> list[str]:
    return [section.title for section in plan.walk_sections()]


@pytest.mark.parametrize(
    "contents",
    [
        (  # 目 录 over parts and items, one to a line, blank lines between
            "目 录\n\n一、总体思路\n\n(一)指导思想\n\n二、推进政务诚信建设\n\n"
            "(一)加强行政能力建设\n\n(二)发挥政府诚信建设示范作用\n"
        ),
        (  # 目录 over entries with leaders and page numbers
            "目录\n一、总体思路……………………3\n(一)指导思想……………………3\n"
            "二、推进政务诚信建设……………5\n(一)加强行政能力建设…………5\n"
            "(二)发挥政府诚信建设示范作用……6\n"
        ),
        (  # in traditional characters, its entries indented
            "目錄\n  一、总体思路\n  (一)指导思想\n  二、推进政务诚信建设\n"
            "  (一)加强行政能力建设\n  (二)发挥政府诚信建设示范作用\n"
        ),
    ],
)
def test_the_list_before_the_text_is_front_matter(contents: str) -> None:
    plan = rulegov.parse_plan(_NOTICE + contents + _TEXT)
    alone = rulegov.parse_plan(_NOTICE + _TEXT)  # the same plan printed without its list
    assert _sections(plan) == _sections(alone) == ["总体思路", "指导思想", "推进政务诚信建设"]
    assert [task.title for task in plan.tasks] == ["加强行政能力建设", "发挥政府诚信建设示范作用"]


@pytest.mark.parametrize(
    "contents",
    [
        "目 录\n\n一、总体思路\n\n(一)指导思想\n\n(二)基本原则\n\n二、推进政务诚信建设\n\n(一)加强行政",
        "目录\n第一章 规划背景……4\n第一节 发展基础……4\n第二节 面临形势……6\n第二章 总体要求……7",
    ],
)
def test_a_copy_that_ends_inside_the_list_has_no_parts(contents: str) -> None:
    plan = rulegov.parse_plan(_NOTICE + contents)
    assert plan.title == "某市社会信用体系建设规划(2016—2020年)"
    assert _sections(plan) == []
    assert plan.tasks == []


def test_headings_the_text_opens_under_the_head_stay_the_texts() -> None:
    plan = rulegov.parse_plan(
        _NOTICE + "目录\n一、总体思路\n(一)指导思想\n以习近平新时代中国特色社会主义思想为指导。\n"
        "二、推进政务诚信建设\n(一)加强行政能力建设。完善依法行政制度。\n"
    )
    assert _sections(plan) == ["总体思路", "指导思想", "推进政务诚信建设"]
    assert [task.title for task in plan.tasks] == ["加强行政能力建设"]
