"""Category cells merged over the rows of a table, and grade bands that leave a gap.

A table of 考核内容 merged over two name columns (a category, then the item) prints each category
once, on its first row; the item of each row keeps its points and the scored points its standard
lists, under the category, whether the category spans several rows or the copy holds only one.
A category cell printed once over rows that name themselves by their numbered standards
(`组织领导 | 1.成立领导小组… | 4` over `| 2.制定… | 3`) heads them all, the first row included.
"""

from __future__ import annotations

import pytest

import rulegov

_HEADER = "| 考核内容 | 分值 | 考核标准 | 扣分标准 |\n"
_FIRST = (
    "| 场所设置 | 基础设施 | 40 | 1.标识符合统一标准(25分)；2.指示牌醒目(15分) "
    "| 1.标识不符合标准扣25分；2.指示牌不醒目扣15分 |\n"
)
_UNDER = (
    "| 接待区域 | 20 | 1.设立接待大厅(10分)；2.配备休息座椅(10分) "
    "| 1.未设立扣10分；2.未配备扣10分 |\n"
)
_NEXT = (
    "| 工作制度 | 制度建设 | 40 | 1.制定受理制度(20分)；2.制定审查制度(20分) "
    "| 1.未制定受理制度扣20分；2.未制定审查制度扣20分 |\n"
)


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, list[tuple[str, float | None, int]]]]:
    return [
        (
            group.name,
            [(row.name, row.cap, len(row.children)) for row in group.children],
        )
        for group in scheme.root.children
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [_FIRST, _NEXT],
            [("场所设置", [("基础设施", 40.0, 2)]), ("工作制度", [("制度建设", 40.0, 2)])],
        ),
        (
            [_FIRST, _UNDER, _NEXT],
            [
                ("场所设置", [("基础设施", 40.0, 2), ("接待区域", 20.0, 2)]),
                ("工作制度", [("制度建设", 40.0, 2)]),
            ],
        ),
    ],
    ids=["one-row-each", "spanning-two-rows"],
)
def test_a_category_over_items_with_scored_standards_keeps_each_row_as_its_item(rows, expected):
    scheme = rulegov.parse_scheme("某中心工作考核评分标准\n" + _HEADER + "".join(rows))
    assert _tree(scheme) == expected
    first = scheme.root.children[0].children[0]
    assert [child.points for child in first.children] == [25.0, 15.0]
    assert not any(d.code == "points-mismatch" for d in scheme.diagnostics)


def test_a_row_described_between_its_points_and_its_scored_standard_is_still_one_item():
    # 日常工作 | 7 | 调整领导小组: the points stand before the row's own name, so they are the
    # category's, and the name only describes it
    text = (
        "|序号|考核项目|各项分值|考核内容|评分标准|\n"
        "|1|日常工作|7|调整领导小组|1.成立工作领导小组（1分）；2.部署相关工作（6分）|\n"
        "|2|宣传工作|10|开展宣传|有宣传资料（10分）。|\n"
    )
    work = rulegov.parse_scheme(text).root.children[0]
    assert (work.name, work.cap) == ("日常工作", 7.0)
    assert [child.points for child in work.children] == [1.0, 6.0]


_NUMBERED = (
    "某局工作考核评分标准\n| 考核内容 | 评分标准 | 分值 |\n| --- | --- | --- |\n"
    "| 组织领导 | 1.成立领导小组，明确分管领导记4分 | 4 |\n"
    "|{gap}2.制定年度工作方案记3分 | 3 |\n"
    "|{gap}3.召开专题会议记3分 | 3 |\n"
    "| 工作落实 | 1.开展法治宣传记5分 | 5 |\n"
    "|{gap}2.建立工作台账记5分 | 5 |\n"
)


@pytest.mark.parametrize("gap", [" | ", " "], ids=["empty-cell", "cell-left-out"])
def test_a_category_cell_over_rows_named_by_numbered_standards_heads_them(gap):
    scheme = rulegov.parse_scheme(_NUMBERED.format(gap=gap))
    tree = [
        (group.name, group.points, [(row.name[:4], row.points) for row in group.children])
        for group in scheme.root.children
    ]
    assert tree == [
        ("组织领导", None, [("成立领导", 4.0), ("制定年度", 3.0), ("召开专题", 3.0)]),
        ("工作落实", None, [("开展法治", 5.0), ("建立工作", 5.0)]),
    ]


def test_rows_named_by_standards_not_numbered_from_one_stay_as_they_were():
    # the first row's standard is not numbered 1: its name cell is its own name, no category
    text = _NUMBERED.format(gap=" | ").replace("| 1.成立领导小组", "| 成立领导小组")
    names = [node.name for node in rulegov.parse_scheme(text).root.children]
    assert names[0] == "组织领导"
    assert not rulegov.parse_scheme(text).root.children[0].children
