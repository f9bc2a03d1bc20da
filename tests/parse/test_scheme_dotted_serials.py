"""Tables that number their rows by level in a serial column (1 · 1.1 · 1.1.1): the levels nest."""

from __future__ import annotations

from typing import Any

import pytest

import rulegov


def _tree(node: Any) -> list[tuple[str, float | None, list[Any]]]:
    return [
        (child.name, child.points if child.is_leaf else child.cap, _tree(child))
        for child in node.children
    ]


_NESTED = [
    (
        "组织管理",
        19.0,
        [
            ("机构", 2.0, [("设置档案管理机构", 1.0, []), ("建立集中统一管理体系", 1.0, [])]),
            ("人员", 17.0, [("明确分管领导", 2.0, []), ("配备档案人员", 15.0, [])]),
        ],
    ),
    ("业务建设", 81.0, [("收集", 81.0, [])]),
]

_ROWS = [
    ("1", "组织管理", "19", ""),
    ("1.1", "机构", "2", ""),
    ("1.1.1", "设置档案管理机构", "1", "未设置的扣1分"),
    ("1.1.2", "建立集中统一管理体系", "1", "未建立的扣1分"),
    ("1.2", "人员", "17", ""),
    ("1.2.1", "明确分管领导", "2", "未明确的扣2分"),
    ("1.2.2", "配备档案人员", "15", "每缺1人扣5分"),
    ("2", "业务建设", "81", ""),
    ("2.1", "收集", "81", "每缺一类扣3分"),
]


def _printed(header: str, join: str, wrap: str = "") -> str:
    rows = [join.join(cell for cell in row if cell or join.strip()) for row in _ROWS]
    return "档案工作考核评分标准\n" + header + "\n" + "\n".join(wrap + row + wrap for row in rows)


@pytest.mark.parametrize(
    "text",
    [
        _printed("| 编号 | 考核项目 | 分值 | 评分标准 |", " | ", "|"),
        _printed("编号\t考核项目\t分值\t评分标准", "\t"),
        _printed("编号    考核项目    分值    评分标准", "    "),
        _printed("| 编号 | 考核项目 | 分值 | 评分标准 |", " | ", "|").replace(".", "．"),
    ],
    ids=["pipes", "tabs", "spaces", "full-width-points"],
)
def test_rows_numbered_by_level_nest_under_the_row_their_serial_extends(text):
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme.root) == _NESTED
    assert [rule.points for rule in scheme.rules] == [1.0, 1.0, 2.0, 5.0, 3.0]


def test_a_dotted_serial_without_its_parents_row_leaves_the_rows_side_by_side():
    scheme = rulegov.parse_scheme(
        "考核评分标准\n| 编号 | 考核项目 | 分值 | 评分标准 |\n| 1.1 | 机构 | 2 | 未设置的扣2分 |\n"
        "| 1.2 | 人员 | 3 | 每缺1人扣1分 |\n| 2.1 | 收集 | 5 | 每缺一类扣1分 |\n"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("机构", 2.0),
        ("人员", 3.0),
        ("收集", 5.0),
    ]


def test_rows_numbered_one_two_three_stay_side_by_side():
    scheme = rulegov.parse_scheme(
        "考核评分标准\n| 序号 | 考核项目 | 分值 | 评分标准 |\n| 1 | 机构 | 2 | 未设置的扣2分 |\n"
        "| 2 | 人员 | 3 | 每缺1人扣1分 |\n| 3 | 收集 | 5 | 每缺一类扣1分 |\n"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("机构", 2.0),
        ("人员", 3.0),
        ("收集", 5.0),
    ]
