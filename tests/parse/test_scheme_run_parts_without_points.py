"""Parts without points on a line run on, each before its first sub-part with points.

``…考核细则一、乡镇考核内容及评分标准 （一）领导重视（12分）1、…`` on one line: the part ``一、`` opens an
item of its own (no points: its sub-parts carry them), glued to the title before it or after a
space, and so do ``二、`` … after the clause that closes the part before.
"""

from __future__ import annotations

import pytest

from schemetrees import scheme_nodes

_PARTS = (
    "一、乡镇考核内容及评分标准 （一）领导重视（12分）1、重视信访工作（2分）。没有记录不计分。"
    "2、目标管理落实（10分）。没有记录不计分。（二）机构建设（5分）1、全面推行（5分）。未推行的扣5分。"
    "二、部门考核内容及评分标准（一）领导重视（12分）1、重视信访工作（12分）。没有记录不计分。"
)


@pytest.mark.parametrize(
    "lead",
    [
        "2014年某县信访工作责任目标管理考核细则",  # glued to the title
        "为做好信访工作，特制定本办法 ",  # after a space
    ],
)
def test_each_part_opens_an_item(lead: str) -> None:
    assert scheme_nodes(lead + _PARTS, capped=True) == [
        ("1", "乡镇考核内容及评分标准", None),
        ("1.1", "领导重视", 12.0),
        ("1.1.1", "重视信访工作", 2.0),
        ("1.1.2", "目标管理落实", 10.0),
        ("1.2", "机构建设", 5.0),
        ("1.2.1", "全面推行", 5.0),
        ("2", "部门考核内容及评分标准", None),
        ("2.1", "领导重视", 12.0),
        ("2.1.1", "重视信访工作", 12.0),
    ]


def test_a_part_named_with_a_note_in_brackets() -> None:
    text = "特制定本办法 一、任务目标（千分制） （一）扶贫攻坚（40分）1、完成回收任务（40分）。未完成的扣2分。"
    assert scheme_nodes(text, capped=True)[:2] == [
        ("1", "任务目标（千分制）", None),
        ("1.1", "扶贫攻坚", 40.0),
    ]


def test_a_word_ending_in_one_opens_no_part() -> None:
    # 统一、 is a word and a comma, no part's number
    text = (
        "考核办法 各乡镇统一、规范（一）领导重视（12分）1、重视信访工作（12分）。没有记录不计分。"
    )
    names = [name for _, name, _ in scheme_nodes(text, capped=True)]
    assert "规范" not in names
