"""Tables and runs printed without their layout: rows glued into one line, rows a line, sentences
joined by commas. Each test is a class of printing, its texts written for the test."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.parse._scheme_lines import spaced_headings
from schemetrees import scheme_parts


@pytest.mark.parametrize(
    "name",
    ["组织领导 工作", "组织 领导工作", "组织领导工作"],
)
def test_a_glued_rows_name_wrapped_by_a_narrow_cell_is_its_name(name):
    # 序号 · 考核项目 · 分值 · 评分标准 run into one line: the row's serial, its name (a space
    # where the narrow cell wrapped it), its points and its first criterion glued together
    text = (
        f"序号考核项目分值评分标准备注1{name}6分(1)成立领导小组并明确分工,满分4分。"
        "(2)制定年度工作方案,满分2分。2宣传 教育活动4分(1)开展法治宣传活动,满分4分。"
    )
    scheme = rulegov.parse_scheme(text)
    assert scheme_parts(scheme) == [
        ("组织领导工作", 6.0, [("成立领导小组并明", 4.0), ("制定年度工作方案", 2.0)]),
        ("宣传教育活动", 4.0, [("开展法治宣传活动", 4.0)]),
    ]


@pytest.mark.parametrize("closing", [",满分4分", "，满分4分", ",4分", ",满分 4 分"])
def test_a_criterion_in_a_run_closing_with_its_points_after_a_comma_has_them(closing):
    text = (
        "序号考核项目分值评分标准1组织领导6分(1)成立领导小组并明确分工"
        f"{closing}。未成立的扣4分。(2)制定年度工作方案,满分2分。"
    )
    scheme = rulegov.parse_scheme(text)
    (row,) = scheme.root.children
    assert [(child.name, child.points) for child in row.children] == [
        ("成立领导小组并明确分工", 4.0),
        ("制定年度工作方案", 2.0),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "序 号 考 核 内 容 评 分 标 准 评 分 原 则 分 值 备 注",
        "序号 考核内容 评分标准 评分原则 分值 备注",
        "序号 考 核 内 容 评 分 标 准 分 值",
    ],
)
def test_rows_a_line_with_their_cells_apart_by_spaces_and_points_last_are_items(header):
    # the header, letter-spaced or not, is one a flattened table's reader knows and reads no
    # row from: the rows a line are read, the first cell the name, the last figure the points
    text = (
        "出行服务改善行动考核评分标准\n"
        f"{header}\n"
        "1 强化热线服务 即时答复率每低1个百分点扣1分。 取省中心数据。 40  \n"
        "2 及时发布路况 未发布路况信息的扣5分。 以发布记录为准。 30\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("强化热线服务", 40.0),
        ("及时发布路况", 30.0),
    ]
    deductions = [rule.points for rule in scheme.rules if rule.kind == "deduction"]
    assert deductions == [1.0, 5.0]


@pytest.mark.parametrize("comma", [",", "，"])
def test_numbered_items_a_digest_joined_by_commas_into_one_run_are_items(comma):
    text = (
        "2021年度招商工作考核评价实施细则\n"
        f"一、考核办法按照各项得分之和进行计算{comma}1.实际利用外资(30分)实际利用外资共有2项子指标"
        f"{comma}按功效系数法计算{comma}2.引进省外资金(20分)按完成率计算{comma}"
        f"3.签约项目(10分)未完成任务的扣5分{comma}"
    )
    scheme = rulegov.parse_scheme(text)
    names = [(node.name, node.points) for node in scheme.nodes()[1:] if node.points is not None]
    assert names == [("实际利用外资", 30.0), ("引进省外资金", 20.0), ("签约项目", 10.0)]


@pytest.mark.parametrize("points", ["(15 分)", "（15 分）", "( 15分 )"])
def test_a_digest_run_whose_points_a_typeset_copy_spaced_still_parts_at_its_commas(points):
    # a typeset copy sets a space inside the brackets (15 分): the run parts as it does unspaced
    text = (
        "年度环境整治考评细则\n"
        f"一、评分方法按照各项得分相加计算,1.河道保洁{points}每月巡查一次,"
        f"按巡查结果计分,2.垃圾清运{points}未按时清运的扣2分,3.绿化养护{points}按成活率计分,"
    )
    scheme = rulegov.parse_scheme(text)
    names = [(node.name, node.points) for node in scheme.nodes()[1:] if node.points is not None]
    assert names == [("河道保洁", 15.0), ("垃圾清运", 15.0), ("绿化养护", 15.0)]


def test_a_single_numbered_item_after_a_comma_is_left_in_its_sentence():
    # one item after a comma is a clause (…计算,1.…): a run needs two items numbered upward
    text = (
        "考核细则\n一、组织领导(10分)\n1.成立领导小组(10分)。未成立的扣5分,2.未分工(3分)的另扣。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [node.name for node in scheme.nodes()[1:]] == ["组织领导", "成立领导小组"]


@pytest.mark.parametrize(
    "head", ["序号 扣分内容 扣分标准 备注", "序 号 扣分内容 扣 分 标 准 备 注"]
)
def test_a_head_of_single_spaced_cells_letter_spaced_reads_as_the_head(head):
    # a typeset head copied with single spaces between its cells and between the letters of
    # its words (序 号 … 扣 分 标 准) reads as the same head closed up
    text = (
        f"某局年度考核扣分项目及标准\n{head}\n"
        "1 被考核科室未按时报送年度工作总结的。 未按时报送的每迟报一天扣0.5分,内容不实的每件(次)扣1分。\n"
        "2 被考核科室未参加全局业务培训的。 无故缺席1次扣1分;迟到1次扣0.5分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    names = [node.name for node in scheme.nodes()[1:]]
    assert names == ["被考核科室未按时报送年度工作总结的", "被考核科室未参加全局业务培训的"]
    assert len([rule for rule in scheme.rules if rule.kind == "deduction"]) == 4


@pytest.mark.parametrize(
    "line",
    ["类别 内 容 考核方法 得 分 组", "分 值 自评分值 考核方法 备 注 安全生产责任"],
)
def test_a_single_spaced_line_with_words_other_than_a_heads_keeps_its_letters_spaced(line):
    # a head wrapped onto the next line, or a row's words after the head: not a head of its own
    assert spaced_headings(line) == line


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        (
            "县(市、区)政府出台创建工作方案等。未出台方案扣0.5分；未成立领导小组的扣0.25分。",
            "县(市、区)政府出台创建工作方案等",
        ),
        (
            "各单位（部门）建立值班制度。未建立的扣1分；值班记录不全的扣0.5分。",
            "各单位（部门）建立值班制度",
        ),
    ],
)
def test_a_gloss_in_brackets_inside_a_name_run_into_its_standard_stays_in_the_name(cell, name):
    # a cell of 考核内容及评分标准: the name's own words hold a bracketed gloss (县(市、区)), which
    # is no bracket that opens its standard
    text = (
        "某县考核评价责任分解表\n\n| 序号 | 考核内容及评分标准 | 分值 |\n"
        f"| 1 | {cell} | 1.5 |\n| 2 | 乡镇落实专项工作经费。未落实的扣0.5分。 | 1.5 |\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [node.name for node in scheme.nodes()[1:]] == [name, "乡镇落实专项工作经费"]


def test_a_name_and_its_points_after_a_space_on_a_line_of_their_own_are_an_item():
    # a table copied one cell a line, the points unbracketed after a space (垃圾清运工作 20分)
    text = (
        "某局条线工作考核细则\n\n序号\n考核项目\n考核内容\n考核赋分办法\n\n1\n\n河道保洁管理工作\n\n"
        "河道保洁工作 30分\n\n全面推行河道保洁,保洁率达到100%。\n\n每月检查一次,按照排名赋分。\n\n"
        "垃圾清运工作 20分\n\n完成年度垃圾清运任务。\n\n每个季度一排名,按排名赋分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    names = [(node.name, node.points) for node in scheme.nodes()[1:]]
    assert names == [("河道保洁管理工作", None), ("河道保洁工作", 30.0), ("垃圾清运工作", 20.0)]
