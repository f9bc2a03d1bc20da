"""Appraisal tables whose rows print their points glued to the name, and scoring by levels."""

from __future__ import annotations

import pytest

import rulegov

ROWS = [
    ("成立领导小组", 4, "未成立的扣4分"),
    ("专题研究法治工作", 6, "每少一次扣2分"),
    ("建立法律顾问制度", 10, "未建立的不得分"),
]
TREE = [("1", "成立领导小组", 4.0), ("2", "专题研究法治工作", 6.0), ("3", "建立法律顾问制度", 10.0)]
DEDUCTIONS = [("1", 4.0), ("2", 2.0), ("3", 10.0)]


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str | None, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes() if node is not scheme.root]


def _deductions(scheme: rulegov.Scheme) -> list[tuple[str, float]]:
    return sorted((rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction")


HEADERS = ["考核内容 分值 评分标准", "考核项目 分值 考核标准", "考评内容 标准分 评分办法", ""]
GLUED = ["{}分", "（{}分）", "({}分)"]


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("gap", [" ", "\u3000", "\t"])
@pytest.mark.parametrize("points", GLUED)
def test_a_row_with_its_points_glued_to_the_name_reads_on_one_line(header, gap, points):
    rows = [f"{name}{points.format(value)}{gap}{standard}" for name, value, standard in ROWS]
    heading = [header.replace(" ", gap)] if header else []
    scheme = rulegov.parse_scheme("\n".join(["考核细则", *heading, *rows]))
    assert _tree(scheme) == TREE
    assert _deductions(scheme) == DEDUCTIONS


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("points", GLUED)
def test_a_name_with_glued_points_on_a_line_of_its_own_keeps_every_rule(header, points):
    lines = [
        text
        for name, value, standard in ROWS
        for text in (f"{name}{points.format(value)}", standard)
    ]
    scheme = rulegov.parse_scheme("\n".join(["考核细则", *header.split(), *lines]))
    assert _tree(scheme) == TREE
    assert _deductions(scheme) == DEDUCTIONS


@pytest.mark.parametrize(
    "line",
    ["指南中有信函申请渠道1分,邮寄检查、抽查1.5分。", "按时报送得2分", "满分10分"],
)
def test_points_after_a_counting_word_or_before_a_comma_name_no_item(line):
    text = "考核细则\n一、组织领导（10分）\n成立领导小组，未成立的扣5分。\n" + line
    scheme = rulegov.parse_scheme(text)
    assert [name for _, name, _ in _tree(scheme)] == ["组织领导"]


BROKEN_ROWS = [
    ("成立领导小组", "4", "未成立的扣4分，调整不及时的扣", "1分"),
    ("专题研究法治工作", "6", "每少一次扣", "2分"),
    ("建立法律顾问制度", "10", "未建立的不得分；未按时调整的扣除", "1分。"),
]


def _broken(layout: str) -> str:
    lines = []
    for name, points, standard, figure in BROKEN_ROWS:
        if layout == "cells":
            lines += [name, points, standard, figure]
        else:
            gap = {"spaced": " ", "tabs": "\t", "wide": "\u3000"}[layout]
            lines += [gap.join([name, points, standard]), figure]
    header = ["考核内容", "分值", "评分标准"]
    head = (
        header
        if layout == "cells"
        else [{"spaced": " ", "tabs": "\t", "wide": "\u3000"}[layout].join(header)]
    )
    return "\n".join(["考核细则", *head, *lines])


@pytest.mark.parametrize("layout", ["cells", "spaced", "tabs", "wide"])
def test_a_standard_broken_before_its_figure_keeps_the_figure(layout):
    scheme = rulegov.parse_scheme(_broken(layout))
    assert [(id_, name) for id_, name, _ in _tree(scheme)] == [(id_, name) for id_, name, _ in TREE]
    assert [points for _, _, points in _tree(scheme)] == [4.0, 6.0, 10.0]
    assert _deductions(scheme) == [("1", 1.0), ("1", 4.0), ("2", 2.0), ("3", 1.0), ("3", 10.0)]


@pytest.mark.parametrize(
    "levels",
    [
        "好的得10分，较好的得8分，一般的得6分，差的不得分。",
        "好的得10分\n较好的得8分\n一般的得6分\n差的不得分",
        "优秀的得10分；良好的得8分；一般的得5分；较差的不得分。",
        "好的10分，较好的8分，一般的5分，较差的不得分",
        "好的得10分；较好的得7分；差的得0分。",
        "优秀：10分；良好：8分；较差的，不计分。",
    ],
)
def test_the_lowest_level_of_a_scoring_by_levels_is_no_deduction(levels):
    scheme = rulegov.parse_scheme(
        "考核细则\n一、法治宣传（20分）\n1.法治宣传教育（10分）\n"
        f"{levels}\n2.普法责任制落实（10分）\n每少一项扣1分，扣完为止。"
    )
    assert [name for _, name, _ in _tree(scheme)] == ["法治宣传", "法治宣传教育", "普法责任制落实"]
    assert _deductions(scheme) == [("1.2", 1.0)]


@pytest.mark.parametrize("standard", ["差的不得分", "未建立的不得分", "未完成的不得分"])
def test_a_clause_that_takes_all_outside_a_scoring_by_levels_is_a_deduction(standard):
    scheme = rulegov.parse_scheme(
        "考核细则\n一、法治宣传（20分）\n1.法治宣传教育（10分）\n"
        f"{standard}。\n2.普法责任制落实（10分）\n每少一项扣1分，扣完为止。"
    )
    assert _deductions(scheme) == [("1.1", 10.0), ("1.2", 1.0)]


@pytest.mark.parametrize("last", ["备注", "得分", "考核扣分", "评分标准"])
@pytest.mark.parametrize("points", ["（4分）", "(4分)"])
def test_a_serial_after_a_header_one_cell_a_line_is_no_points(last, points):
    header = ["序号", "考核内容", *(["评分标准"] if last != "评分标准" else []), last]
    rows = [
        "1",
        f"成立领导小组{points}",
        "未成立的扣4分",
        "2",
        f"专题研究法治工作{points.replace('4', '6')}",
        "每少一次扣2分",
    ]
    scheme = rulegov.parse_scheme("\n".join(["考核细则", *header, *rows]))
    assert _tree(scheme) == [("1", "成立领导小组", 4.0), ("2", "专题研究法治工作", 6.0)]
    assert _deductions(scheme) == [("1", 4.0), ("2", 2.0)]


def test_one_deducting_row_under_an_appraisal_heading_is_a_scheme():
    scheme = rulegov.parse_scheme(
        "农产品质量安全工作考核细则\n一、考核内容及评分标准\n序号\n考核内容\n评分要点\n备注\n1\n"
        "把农产品质量安全工作列入重要议事日程。\n没有配备监管员的扣0.5分；不参加培训的扣0.5分。"
    )
    assert "备注" not in [name for _, name, _ in _tree(scheme)]
    assert [rule.points for rule in scheme.rules if rule.kind == "deduction"] == [0.5, 0.5]


@pytest.mark.parametrize("stop", ["、", ".", "．"])
@pytest.mark.parametrize("unit", ["", "分"])
def test_rows_glued_to_criteria_numbered_through_the_table(stop, unit):
    criteria = [
        ("组织建设", 9, ["纳入社区建设范畴;(3分)", "委员由民主直选产生;(2分)", "有专职委员;(4分)"]),
        ("活动场所", 6, ["有完善的办公场所;(2分)", "活动室达到30平方米以上;(4分)"]),
        ("规范运作", 3, ["有细化的工作计划;(3分)"]),
    ]
    text, number = "社区工作考核评分标准序号考评内容分值评分标准评分", 0
    for serial, (name, points, parts) in enumerate(criteria, 1):
        text += f"{serial}{name}{points}{unit}"
        for part in parts:
            number += 1
            text += f"{number}{stop}{part}"
    scheme = rulegov.parse_scheme(text)
    tops = [node for node in scheme.nodes() if node is not scheme.root and "." not in node.id]
    assert [(node.id, node.name, node.cap) for node in tops] == [
        ("1", "组织建设", 9.0),
        ("2", "活动场所", 6.0),
        ("3", "规范运作", 3.0),
    ]
    assert [id_ for id_, _, _ in _tree(scheme) if id_.startswith("2.")] == ["2.1", "2.2"]
