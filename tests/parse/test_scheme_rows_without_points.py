"""Rows a line under a 序号 column that print no points: items scored by their rules alone."""

from __future__ import annotations

import rulegov

_HEADER = "一级指标 序号 考核内容 分值 评分标准"


def _leaves(scheme: rulegov.Scheme) -> list[tuple[str, float | None]]:
    return [(node.name, node.points) for node in scheme.nodes() if node.is_leaf]


def test_a_table_of_deductions_reads_each_row_by_its_serial():
    # a row whose 分值 cell is empty: its serial is no points of the group's cell before it
    text = (
        f"某所安全稳定考评细则\n\n{_HEADER}\n"
        "纪律作风 1 在职人员受到刑事处分的 扣20分。\n"
        "2 发生安全事故的 每起扣10分。\n"
        "3 民警在院内饮酒的 每人次扣2分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    group = scheme.root.children[0]
    assert (group.name, group.cap) == ("纪律作风", None)
    assert [child.name for child in group.children] == [
        "在职人员受到刑事处分的",
        "发生安全事故的",
        "民警在院内饮酒的",
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1.1", 20.0),
        ("1.2", 10.0),
        ("1.3", 2.0),
    ]


def test_a_row_without_points_does_not_stop_the_rows_after_it():
    text = (
        f"某市政府办公室工作考核办法\n\n{_HEADER}\n"
        "办文工作（30分） 1 文电处理 20 不及时取件一次扣5分。\n"
        "2 信息工作 重要信息迟报、漏报的每次扣2分。\n"
        "3 办结时限 10 未按时办结的每件扣1分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _leaves(scheme) == [("文电处理", 20.0), ("办结时限", 10.0)]
    assert [(rule.node, rule.points) for rule in scheme.rules if rule.node != "1"] == [
        ("1.1", 5.0),
        ("1.2", 1.0),
    ]


def test_a_sentence_after_the_table_is_no_row():
    text = (
        f"某所安全稳定考评细则\n\n{_HEADER}\n"
        "纪律作风 1 在职人员受到刑事处分的 扣20分。\n"
        "2 发生安全事故的 每起扣10分。\n"
        "本细则 3 月起施行。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [child.name for child in scheme.root.children[0].children] == [
        "在职人员受到刑事处分的",
        "发生安全事故的",
    ]


def test_a_table_of_deductions_one_cell_a_line_reads_each_row_by_its_serial():
    # copied one cell a line: the serial 1 after the group's cell is no points of it, and the
    # last row may print its name alone
    cells = [
        "一级指标", "序号", "考核内容", "分值", "评分标准",
        "纪律作风", "1", "在职人员受到刑事处分的", "扣20分。",
        "2", "发生安全事故的", "每起扣10分。",
        "3", "民警在院内饮酒的",
    ]  # fmt: skip
    scheme = rulegov.parse_scheme("某所安全稳定考评细则\n\n" + "\n".join(cells) + "\n")
    group = scheme.root.children[0]
    assert (group.name, group.points, group.cap) == ("纪律作风", None, None)
    assert [(child.name, child.points) for child in group.children] == [
        ("在职人员受到刑事处分的", None),
        ("发生安全事故的", None),
        ("民警在院内饮酒的", None),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1.1", 20.0), ("1.2", 10.0)]
