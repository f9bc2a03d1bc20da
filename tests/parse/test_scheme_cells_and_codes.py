"""Appraisal tables copied one cell a line, read from their cells: a numbered criterion whose
sentence is followed by its points on a line of their own, and indicators coded by their part's
Roman figure and two numbers (Ⅰ-1-1). Each test is a class of printing, its texts written for
the test."""

from __future__ import annotations

import pytest

import rulegov
from schemetrees import scheme_nodes


def test_a_bare_figure_after_a_numbered_sentence_is_its_points_not_the_next_cells():
    # 1.按时录入….  ·  2  ·  资料抽查  ·  每发现…扣1分。: a row copied a cell a line, the criterion
    # a sentence, then its 分值, its 考评方法 and its rule; the method cell names no item
    text = (
        "一、市场主体管理(16分)\n"
        "1.按时录入年报信息并公示。\n2\n资料抽查\n每发现1份未录入的,扣1分。\n"
        "2.按时公示抽查结果。\n4\n资料抽查\n每发现1份未公示的,扣1分。\n"
        "3.检查文书制作规范,归集有序。\n10\n全样本检查\n每发现1张不规范的,扣1分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "市场主体管理", 16.0),
        ("1.1", "按时录入年报信息并公示", 2.0),
        ("1.2", "按时公示抽查结果", 4.0),
        ("1.3", "检查文书制作规范,归集有序", 10.0),
    ]
    scheme = rulegov.parse_scheme(text)
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1.1", 1.0),
        ("1.2", 1.0),
        ("1.3", 1.0),
    ]


def test_a_figure_that_is_the_next_serial_stays_no_points_of_the_sentence_before():
    # the figure after a numbered sentence that is the next number opens the next row
    text = "一、组织领导(10分)\n1.成立领导小组。\n2\n制定实施方案(4分)。未制定的扣4分。\n"
    names = [name for _, name, _ in scheme_nodes(text)]
    assert "制定实施方案" in names


@pytest.mark.parametrize("dash", ["-", "－"])
def test_indicators_coded_with_their_parts_roman_figure_and_two_numbers_are_a_level_below(dash):
    # Ⅰ-1 年报公示 over Ⅰ-1-1 按时录入…: the third level's code is its number, no word of its name
    text = (
        f"Ⅰ{dash}1年报公示(6分)\n"
        f"Ⅰ{dash}1{dash}1按时录入年报信息(2分)。每发现1份未录入的,扣1分。\n"
        f"Ⅰ{dash}1{dash}2按时公示年报(4分)。每发现1份未公示的,扣1分。\n"
        f"Ⅰ{dash}2信息公示抽查(6分)\n"
        f"Ⅰ{dash}2{dash}1按规定完成抽查(6分)。每少1户扣1分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "年报公示", 6.0),
        ("1.1", "按时录入年报信息", 2.0),
        ("1.2", "按时公示年报", 4.0),
        ("2", "信息公示抽查", 6.0),
        ("2.1", "按规定完成抽查", 6.0),
    ]


@pytest.mark.parametrize(
    ("header", "office"),
    [
        ("一级指标二级指标评分标准打分方法考核牵头部门分值", "市质监局"),
        ("考核项目考核内容评分标准牵头单位分值", "市司法局"),
    ],
)
def test_a_run_header_naming_the_scoring_method_and_the_leading_office_is_no_name(header, office):
    # …评分标准打分方法考核牵头部门分值组织领导(10分)1.…: the header's words end before the
    # first heading, which keeps its own name
    text = (
        f"质量工作考核评分细则{header}组织领导(10分)1.成立领导小组。(4分)有文件的得4分,"
        f"未成立的不得分。{office}2.制定年度工作方案。(6分)有方案的得6分,未制定的不得分。{office}\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "组织领导", 10.0),
        ("1.1", "成立领导小组", 4.0),
        ("1.2", "制定年度工作方案", 6.0),
    ]


def test_a_merged_cell_a_run_prints_once_for_each_column_it_spans_is_one_group():
    # 组织领导(10分)组织领导(10分)组织领导(10分)…: the repeats open no groups under each other
    text = (
        "考核细则一级指标二级指标三级指标评分标准分值"
        "组织领导(10分)组织领导(10分)组织领导(10分)领导机构1.成立领导小组。(4分)未成立的不得分。"
        "2.制定方案。(6分)未制定的扣6分。"
        "制度建设(6分)制度建设(6分)制度建设(6分)学法制度1.建立学法制度。(6分)未建立的不得分。\n"
    )
    nodes = scheme_nodes(text, capped=True)
    assert [(number, points) for number, _, points in nodes] == [
        ("1", 10.0),
        ("1.1", 4.0),
        ("1.2", 6.0),
        ("2", 6.0),
        ("2.1", 6.0),
    ]
    assert [name for _, name, _ in nodes][:3] == ["组织领导", "成立领导小组", "制定方案"]
