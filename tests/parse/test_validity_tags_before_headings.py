"""A register's tag of a document's validity before its heading is the page's, not the heading's.

Disclosure pages print ``(失效)``, ``(有效)`` or ``【已废止】`` before a notice's heading, and
some print the document's number between the tag and the heading, apart by a space
(``(失效)西政办发〔2017〕14号 北京市西城区人民政府办公室关于印发…的通知``): the heading is read
without the tag, and the number as the document's.
"""

from __future__ import annotations

import pytest

import rulegov

_HEADING = "北京市西城区人民政府办公室关于印发北京市西城区2017年政务公开工作要点的通知"
_NOTICE = (
    "{first}\n\n区政府各委、办、局,各街道办事处:\n"
    "经区政府研究同意,现将《北京市西城区2017年政务公开工作要点》印发给你们。\n"
    "北京市西城区人民政府办公室\n2017年6月30日\n"
    "北京市西城区2017年政务公开工作要点\n一、全面落实公开内容\n(一)必公开项\n"
    "1.推进财政预决算信息公开。扩大公开范围。(区财政局负责落实)\n"
)


def _read(first: str) -> rulegov.Plan:
    return rulegov.parse_plan(_NOTICE.format(first=first))


@pytest.mark.parametrize("tag", ["(失效)", "（失效）", "(有效)", "(已失效)", "【失效】", "(废止)"])
def test_a_validity_tag_stays_out_of_the_notice_heading(tag: str) -> None:
    plan = _read(tag + _HEADING)
    assert plan.notice is not None
    assert plan.notice.title == _HEADING
    assert plan.title == "北京市西城区2017年政务公开工作要点"


@pytest.mark.parametrize("tag", ["(失效)", "（有效）", "【已废止】"])
def test_a_number_after_the_tag_is_the_documents(tag: str) -> None:
    plan = _read(f"{tag}西政办发〔2017〕14号 {_HEADING}")
    assert plan.notice is not None
    assert plan.notice.title == _HEADING
    assert plan.doc_number == "西政办发〔2017〕14号"
    assert plan.issuer == "北京市西城区人民政府办公室"


def test_a_heading_that_opens_with_its_own_bracket_keeps_it() -> None:
    # a bracket that is no validity tag is the heading's own words
    plan = _read("(2017年)" + _HEADING)
    assert plan.notice is not None
    assert plan.notice.title == "(2017年)" + _HEADING
