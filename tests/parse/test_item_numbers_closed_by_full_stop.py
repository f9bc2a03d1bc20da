"""Item numbers a copy closes with a full stop: 1。在…领导下, for 1.

A news portal's copy of a division of work prints its items' numbers with the sentence's full
stop in place of the point (``1。在以…为核心的党中央坚强领导下,…(市政府各部门分别负责,年内持续
推进)``). Such a number followed by the item's words numbers the item as ``1.`` does, and the bracket
after it names its units. A line that is only the end of a sentence broken before its figure
(``…增长`` / ``12。``) opens no item.
"""

from __future__ import annotations

import rulegov

TEXT = (
    "某市落实《政府工作报告》重点工作的任务分工\n"
    "一、总体要求和主要预期目标\n"
    "1。坚持稳中求进工作总基调,推动高质量发展。(市政府各部门分别负责,年内持续推进)\n"
    "2。地区生产总值增长6%左右。(市发展改革委、市统计局负责)\n"
)


def test_a_number_closed_by_a_full_stop_numbers_its_item() -> None:
    plan = rulegov.parse_plan(TEXT)
    tasks = [
        (task.number, task.title, [(a.role.value, a.unit_name) for a in task.assignments])
        for task in plan.tasks
    ]
    assert tasks == [
        ("1", "坚持稳中求进工作总基调,推动高质量发展", [("responsible", "市政府各部门")]),
        (
            "2",
            "地区生产总值增长6%左右",
            [("responsible", "市发展改革委"), ("responsible", "市统计局")],
        ),
    ]


def test_a_figure_ending_a_broken_sentence_opens_no_item() -> None:
    text = (
        "某市2024年工作要点\n一、主要任务\n"
        "1.推动经济增长。全年地区生产总值增长\n12。\n"
        "2.扩大有效投资。固定资产投资增长8%。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.number for task in plan.tasks] == ["1", "2"]
