"""Shapes of appraisal tables flattened into running text, each read by one rule of the genre."""

from __future__ import annotations

import pytest

import rulegov
from schemetrees import scheme_nodes


@pytest.mark.parametrize(
    "text",
    [
        # half-width brackets, a comma after the name's points
        (
            "档案考评细则\n(一)、班子建设(16分)会议资料(6分),缺一项扣1分,扣完为止。\n"
            "(二)、队伍建设(18分)教育管理档案(7分),缺一项扣1分,扣完为止。\n"
        ),
        # full-width brackets, a space after the heading's points
        (
            "档案考评细则\n（一）班子建设（16分） 会议资料（6分），缺一项扣1分，扣完为止。\n"
            "（二）队伍建设（18分） 教育管理档案（7分），缺一项扣1分，扣完为止。\n"
        ),
    ],
)
def test_an_unnumbered_name_run_on_after_a_headings_points_opens_its_first_item(
    text: str,
) -> None:
    scheme = rulegov.parse_scheme(text)
    assert scheme_nodes(text, capped=True) == [
        ("1", "班子建设", 16.0),
        ("1.1", "会议资料", 6.0),
        ("2", "队伍建设", 18.0),
        ("2.1", "教育管理档案", 7.0),
    ]
    assert [(rule.id, rule.points) for rule in scheme.rules] == [("1.1-1", 1.0), ("2.1-1", 1.0)]


def test_a_name_with_the_headings_own_points_stays_with_the_heading() -> None:
    # 综合评议(10分)局领导评价(10分): the group's one row, a gloss on the group, opens no item
    nodes = scheme_nodes(
        "考核办法\n十、工作实绩(20分)\n1、完成任务(20分)。\n"
        "十一、综合评议(10分)局领导评价(10分)以局领导的平均评价分计入总分\n"
    )
    assert [name for _, name, _ in nodes] == ["工作实绩", "完成任务", "综合评议"]


def test_a_name_before_item_two_is_left_to_the_heading() -> None:
    # 人口方案(60分)。…2、出生…: the name is item 1 of a run whose number was lost, no group over
    # item 2, which stays under the heading
    scheme = rulegov.parse_scheme(
        "考核评分标准\n(一)人口方案执行(180分)人口方案(60分)。超出控制数按比例计分。"
        "2、出生及时准确率上报(120分)。虚报每例扣5分。\n"
    )
    assert [(node.id, node.name) for node in scheme.nodes()[1:]][-1] == (
        "1.1",
        "出生及时准确率上报",
    )
