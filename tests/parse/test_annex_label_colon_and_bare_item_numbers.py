"""The date a notice prints alone under its list of attachments, over the annexes it prints.

GB/T 9704 sets the list of attachments (附件说明) over the signature and its date. A copy that
lost the signing organ keeps the date alone right under the list; where the annexes follow it
under their labels (``附件1:`` with the annex's title on the next line), that date still closes
the notice and is its date of issue.

A law library's mirror prints a page of a plan from inside its list, each item's number run onto
its heading sentence with its mark lost (``11完善…制度。``) and its units on the line under it: a
run of such numbers in sequence is a list of items, a lone number before a word a sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

NOTICE_TAIL = (
    "(三)各单位要按时完成清理工作,及时报送总结。\n"
    "各地在工作中遇有重大问题应及时报告。\n"
    "附件:1.某某工作领导小组名单\n"
    "2.某某工作方案\n"
    "2015年3月2日\n"
    "{label}\n"
    "某某工作领导小组名单\n"
    "组 长:张 三(副县长)\n"
)


@pytest.mark.parametrize("label", ["附件1", "附件1:", "附件1：", "附件一:"])
def test_a_date_alone_under_the_attachment_list_is_the_notice_s(label: str) -> None:
    plan = rulegov.parse_plan(NOTICE_TAIL.format(label=label))
    assert plan.issued_on == dt.date(2015, 3, 2)


def test_a_date_under_the_list_and_an_organ_is_read_as_before() -> None:
    text = NOTICE_TAIL.format(label="附件1:").replace(
        "2015年3月2日", "某某县人民政府\n2015年3月2日"
    )
    plan = rulegov.parse_plan(text)
    assert plan.issued_on == dt.date(2015, 3, 2)
    assert plan.issuer == "某某县人民政府"


def test_a_deadline_under_the_list_is_no_date_of_issue() -> None:
    # a line with words beside its date is no date of issue
    text = NOTICE_TAIL.format(label="附件1:").replace("2015年3月2日", "请于2015年3月2日前报送")
    assert rulegov.parse_plan(text).issued_on is None


# A law library's mirror prints a page of a plan from inside its list, each item's number run onto
# its heading with its mark lost (11完善…), each item followed by its units' line.
LOST_MARKS = (
    "责任单位:市政府法制办\n"
    "11完善行政规范性文件清理制度。每两年清理一次。\n"
    "责任单位:市政府办公厅、市政府法制办\n"
    "四、严格行政执法\n"
    "12改革行政执法体制。减少行政执法层次。\n"
    "责任单位:市编委办、市政府法制办\n"
    "13深化行政审批制度改革。适时清理审批事项。\n"
    "责任单位:市政务服务中心\n"
)


def test_items_whose_numbers_lost_their_marks_in_sequence_are_items() -> None:
    plan = rulegov.parse_plan(LOST_MARKS)
    assert [task.title for task in plan.tasks] == [
        "完善行政规范性文件清理制度",
        "改革行政执法体制",
        "深化行政审批制度改革",
    ]
    assert [section.number for section in plan.sections] == ["四"]


def test_one_line_opening_with_a_number_is_no_item() -> None:
    # a lone line that opens with a number and a word is a sentence, not an item (no 12 follows)
    text = "一、工作任务\n(一)加强队伍建设。\n11名执法人员参加培训。\n(二)完善制度。\n"
    assert [task.title for task in rulegov.parse_plan(text).tasks] == ["加强队伍建设", "完善制度"]
