"""A call for comments that prints its draft's mark after the draft's name in 《》.

A call for comments names the draft it sends out in 《》; some print the draft's mark outside the
marks, between the name and the call's words (关于公开征求《某区普法规划》(征求意见稿)意见的公告).
The call is the notice, the draft its plan, titled with its mark, the call's signer its issuer and
the signature's date its date. Before, the mark between the name and 意见 made the heading no call
the reader knew: the call's heading stood as the plan's title, with no issuer and no date.
"""

from __future__ import annotations

import pytest

import rulegov

CALL = (
    "关于公开征求《关于在全区开展法治宣传教育的第八个五年规划(2021-2025年)》{mark}意见的公告\n"
    "\n"
    "发布时间:2021-08-31 15:49浏览次数:\n"
    "\n"
    "我局起草了《关于在全区开展法治宣传教育的第八个五年规划(2021-2025)》(征求意见稿),"
    "现向社会公开征求意见,希望社会各界积极参与。\n"
    "\n"
    "联系电话:0574-12345678\n"
    "\n"
    "某区司法局\n"
    "\n"
    "2021年8月31日\n"
    "\n"
    "关于在全区开展法治宣传教育的第八个五年规划(2021-2025年)\n"
    "\n"
    "{mark}\n"
    "\n"
    "在区委、区政府的正确领导下,全区第七个五年规划顺利实施完成,制定本规划。\n"
    "\n"
    "一、以习近平法治思想引领全民普法工作\n"
)


@pytest.mark.parametrize("mark", ["(征求意见稿)", "（征求意见稿）", "(草案)"])
def test_the_call_is_the_notice_and_the_draft_its_plan(mark: str) -> None:
    plan = rulegov.parse_plan(CALL.format(mark=mark))
    assert plan.notice is not None
    assert plan.notice.title.startswith("关于公开征求《")
    assert plan.title == "关于在全区开展法治宣传教育的第八个五年规划(2021-2025年)" + mark
    assert plan.issuer == "某区司法局"
    assert str(plan.issued_on) == "2021-08-31"


def test_a_call_with_the_mark_inside_the_marks_is_read_as_before() -> None:
    text = CALL.replace("》{mark}意见", "{mark}》意见").format(mark="(征求意见稿)")
    plan = rulegov.parse_plan(text)
    assert plan.notice is not None
    assert plan.title == "关于在全区开展法治宣传教育的第八个五年规划(2021-2025年)(征求意见稿)"
