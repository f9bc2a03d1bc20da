"""Rules of the genre that the forty-fourth set of unseen documents showed, each on its printed forms.

Each test feeds a minimal document written from knowledge of how offices and their sites print
the thing (a publication mark beside the number, a page's labels over the heading, a part that
reviews the years before a plan) and asserts what a reader of the plan would notice.
"""

from __future__ import annotations

import pytest

import rulegov

# a notice with its plan, one line of its head left to the test
_NOTICE = (
    "{head}\n"
    "某县人民政府办公室关于印发某县2018年工作要点的通知\n"
    "各乡镇人民政府，县政府各部门：\n"
    "现将《某县2018年工作要点》印发给你们，请认真贯彻执行。\n"
    "某县人民政府办公室\n"
    "2018年5月3日\n"
    "某县2018年工作要点\n"
    "一、总体要求\n"
    "坚持以习近平新时代中国特色社会主义思想为指导。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "主动公开 某府办函〔2018〕84号",  # the mark before the number, apart by a space
        "主动公开某府办函〔2018〕84号",  # …run onto it by a copy
        "主动公开    某府办函〔2018〕84号",  # …apart by a run of spaces
        "某府办函〔2018〕84号 主动公开",  # the mark after the number
        "某府办函〔2018〕84号 依申请公开",  # …another mark
        "【主动公开】 某府办函〔2018〕84号",  # the mark in square brackets
        "（主动公开） 某府办函〔2018〕84号",  # …in round brackets
        "主動公開 某府辦函〔2018〕84號",  # in traditional characters
    ],
)
def test_a_publication_mark_beside_the_number_is_no_part_of_it(head: str) -> None:
    plan = rulegov.parse_plan(_NOTICE.format(head=head))
    assert plan.doc_number is not None
    assert plan.doc_number.replace("辦", "办").replace("號", "号") == "某府办函〔2018〕84号"
    assert plan.title == "某县2018年工作要点"


def test_a_publication_mark_beside_the_number_under_the_heading_is_no_part_of_it() -> None:
    lines = _NOTICE.format(head="").splitlines()
    lines.insert(2, "主动公开 某府办函〔2018〕84号")
    plan = rulegov.parse_plan("\n".join(lines[1:]) + "\n")
    assert plan.doc_number == "某府办函〔2018〕84号"


def test_a_number_without_a_mark_is_read_as_before() -> None:
    plan = rulegov.parse_plan(_NOTICE.format(head="某府办函〔2018〕84号"))
    assert plan.doc_number == "某府办函〔2018〕84号"
