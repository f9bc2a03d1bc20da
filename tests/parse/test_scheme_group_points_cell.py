"""A group's name and points cells in a table copied one cell a line, after the row above's cells."""

from __future__ import annotations

import pytest

import rulegov

_ABOVE = (
    "考核细则\n组织领导\n（20分）\n1\n成立领导小组\n10\n未成立的扣10分\n台账资料\n"
    "综合相关职能处室反馈情况\n2\n制定工作方案\n10\n未制定的扣5分\n台账资料\n综合相关职能处室反馈情况\n"
)
_BELOW = "\n3\n业务用房齐全\n4\n少一个功能室扣2分\n实地查看\n4\n办公设备齐全\n6\n缺1项扣2分\n"


@pytest.mark.parametrize("points", ["10分", "10 分", "（10分）"])
def test_the_cells_of_the_row_above_are_no_part_of_the_groups_name(points: str) -> None:
    scheme = rulegov.parse_scheme(_ABOVE + "基础建设\n" + points + _BELOW)
    assert [(node.id, node.name) for node in scheme.nodes()[1:]] == [
        ("1", "组织领导"),
        ("1.1", "成立领导小组"),
        ("1.2", "制定工作方案"),
        ("2", "基础建设"),
        ("2.1", "业务用房齐全"),
        ("2.2", "办公设备齐全"),
    ]
    assert scheme.node("2").cap == 10.0


@pytest.mark.parametrize(
    ("pieces", "name"),
    [
        ("工作部\n署情况", "工作部署情况"),
        ("突发事件\n风险评估和\n隐患排查", "突发事件风险评估和隐患排查"),
        ("科普宣教\n和培训工作", "科普宣教和培训工作"),
    ],
)
def test_a_name_a_narrow_column_wraps_is_joined_whole(pieces: str, name: str) -> None:
    scheme = rulegov.parse_scheme(_ABOVE + pieces + "\n10分" + _BELOW)
    assert scheme.node("2").name == name
    assert scheme.node("2").cap == 10.0
