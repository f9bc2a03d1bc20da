"""A table flattened onto one line with a 序号 column: its rows open with serials counting 1, 2, 3."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, float | None, list[str]]]:
    return [
        (node.name, node.points if node.is_leaf else node.cap, [c.name for c in node.children])
        for node in scheme.root.children
    ]


_GROUPED = [
    ("组织领导", 10.0, ["成立领导小组，明确分管领导"]),
    ("制度建设", 15.0, ["建立健全各项工作制度"]),
    ("宣传教育", 20.0, ["开展法治宣传活动"]),
]


@pytest.mark.parametrize(
    "points",
    [("10", "15", "20"), ("10分", "15分", "20分")],
    ids=["bare", "with-fen"],
)
def test_rows_after_a_header_with_a_serial_open_at_their_serials(points):
    a, b, c = points
    text = (
        "依法行政考核评分标准\n序号 考核项目 考核内容 分值 评分标准 "
        f"1 组织领导 成立领导小组，明确分管领导 {a} 未成立的扣5分；未明确的扣3分。 "
        f"2 制度建设 建立健全各项工作制度 {b} 每缺一项制度扣3分。 "
        f"3 宣传教育 开展法治宣传活动 {c} 每少1次扣5分。"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == _GROUPED
    assert [rule.points for rule in scheme.rules] == [5.0, 3.0, 3.0, 5.0]


def test_a_figure_a_rule_takes_or_that_counts_is_no_serial():
    text = (
        "考核评分标准\n序号 考核内容 分值 评分标准 "
        "1 成立领导小组 10 未成立的扣 2 分，少开会议 3 次以上的扣5分。 "
        "2 建立工作制度 15 每缺一项扣3分。 "
        "3 开展宣传活动 20 每少1次扣5分。"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("成立领导小组", 10.0),
        ("建立工作制度", 15.0),
        ("开展宣传活动", 20.0),
    ]


def test_a_row_whose_points_are_the_next_serial_keeps_its_points():
    text = (
        "考核评分标准\n序号 考核内容 分值 评分标准 "
        "1 成立领导小组 2 未成立的扣2分。 "
        "2 建立工作制度 3 每缺一项扣1分。 "
        "3 开展宣传活动 5 每少1次扣1分。"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("成立领导小组", 2.0),
        ("建立工作制度", 3.0),
        ("开展宣传活动", 5.0),
    ]


_LEVELLED = (
    "某县依法行政考核评分表\n"
    "一级指标 序号 考核内容 分值 评分标准 "
    "组织领导（20分） 1 成立领导小组 10 未成立的扣10分。 2 制定工作方案 10 每少一项扣2分。 "
    "依法决策（15分） 3 重大决策经合法性审查 15 未经审查的每件扣5分。 合计 35"
)


def test_group_cells_before_the_serial_open_their_rows():
    # a group's cell merged over its rows stands once, before its first row's serial
    scheme = rulegov.parse_scheme(_LEVELLED)
    assert _tree(scheme) == [
        ("组织领导", 20.0, ["成立领导小组", "制定工作方案"]),
        ("依法决策", 15.0, ["重大决策经合法性审查"]),
    ]
    assert [rule.points for rule in scheme.rules] == [10.0, 2.0, 5.0]


def test_two_group_columns_and_rows_closed_by_their_points():
    # rows without a standard close on their points; a name opening with 项目 after them is a
    # row's, not a count (3 项)
    text = (
        "专项经费绩效评价表\n"
        "一级指标 二级指标 序号 考核内容 分值 评分标准 "
        "预算绩效（20分） 预算管理（12分） 1 预算执行进度 7 2 预算调整次数 5 "
        "财务管理（8分） 3 项目资金是否被核减 8 "
        "项目产出（10分） 产出数量（10分） 4 任务完成率 10 合计 30"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.cap) for node in scheme.root.children] == [
        ("预算绩效", 20.0),
        ("项目产出", 10.0),
    ]
    assert [(node.name, node.points) for node in scheme.nodes() if node.is_leaf] == [
        ("预算执行进度", 7.0),
        ("预算调整次数", 5.0),
        ("项目资金是否被核减", 8.0),
        ("任务完成率", 10.0),
    ]


def test_a_name_opening_with_fen_after_a_closed_row_is_a_row_of_its_own():
    # 2 分解… after the row above closed: 分 opens the name, it scores nothing
    text = (
        "就业工作考核评分表\n"
        "一级指标 序号 考核内容 分值 评分标准 "
        "计划管理（2分） 1 纳入年度工作计划 1 没有文件不得分。 "
        "2 分解下达年度目标任务 1 没有文件不得分。 "
        "政策落实（3分） 3 政策出台情况 3 每发现一个没有出台的扣1分。 合计 5"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("计划管理", 2.0, ["纳入年度工作计划", "分解下达年度目标任务"]),
        ("政策落实", 3.0, ["政策出台情况"]),
    ]
