"""A copy kept as Markdown prints an item's head in bold after its number: the marks go.

A model essay or a crawler's copy kept as Markdown prints each item as its number, its head
between ``**`` and a colon before its text (``1. **完善员额制管理**:优化…``). The ``**`` are the
copy's formatting, not the item's words, as they already were for a bold run opening a line:
the item's title is its head without them.
"""

from __future__ import annotations

from rulegov import parse_plan

MARKDOWN = """#### 一、总体目标
全面提升依法行政水平.
#### 二、主要任务
##### (一)深化改革
1. **完善员额制管理**:优化遴选机制,加强业务培训.
2. **推进智慧建设**:利用信息技术,提高办案效率.
##### (二)提升公信力
(1) **强化文书说理**:充分阐述理由和依据.
"""


def test_the_bold_marks_of_an_item_s_head_are_not_its_title() -> None:
    plan = parse_plan(MARKDOWN)
    assert [task.title for task in plan.tasks] == ["完善员额制管理", "推进智慧建设", "强化文书说理"]


def test_a_mark_that_closes_no_run_stays_as_printed() -> None:
    plan = parse_plan("某县工作要点\n一、加强领导\n1. **镇要落实责任:每季度召开一次会议。\n")
    assert plan.tasks[0].title.startswith("**镇")
