"""Appraisal documents of the work scored beside rule-of-law appraisal as sharing sites print
them: the layouts of the forty-second real set, each in its printed forms."""

from __future__ import annotations

import pytest

import rulegov

_FOUR_GRADES = [("优秀", 90.0), ("良好", 80.0), ("合格", 60.0), ("不合格", None)]


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize("points", ["(2分)", "（2分）", "( 2分 )"])
def test_bracketed_points_that_open_the_next_line_belong_to_the_item_before(points):
    # a sharing site breaks each item's line before its points, which then open the next item's
    # line, or stand alone on the last; an item may run on over lines before them
    scheme = rulegov.parse_scheme(
        "平安校园考评细则\n"
        "一、组织领导:(4分)\n"
        "1、建立创建工作领导小组,并有具体的工作机构。\n"
        f"{points}2、大门旁有专门的门卫治安室。\n"
        "门卫治安室内设立专门的安保器械放置专柜。\n"
        "门卫治安室制度齐全。\n"
        f"{points.replace('2', '1', 1)}3、定期召开会议,研判形势。\n"
        f"{points.replace('2', '1', 1)}\n"
    )
    assert _tree(scheme) == [
        ("1", "组织领导", None),
        ("1.1", "建立创建工作领导小组,并有具体的工作机构", 2.0),
        ("1.2", "大门旁有专门的门卫治安室", 1.0),
        ("1.3", "定期召开会议,研判形势", 1.0),
    ]
    assert scheme.node("1").cap == 4.0


def test_bracketed_points_that_open_a_line_part_a_heading_glued_to_its_first_item():
    # the part's heading, its points and its first item on one line, run on after the title:
    # the points on the next line are the first item's, the heading keeps its own
    scheme = rulegov.parse_scheme(
        "“平安校园”考评细则一、组织领导:(3分)1、建立领导小组,并有具体的工作机构。\n"
        "(2分)2、制定合理的长期规划。\n"
        "(1分)二、基础建设:(2分)1、校园实行全封闭管理。\n"
        "(2分)\n"
    )
    assert _tree(scheme) == [
        ("1", "组织领导", None),
        ("1.1", "建立领导小组,并有具体的工作机构", 2.0),
        ("1.2", "制定合理的长期规划", 1.0),
        ("2", "基础建设", None),
        ("2.1", "校园实行全封闭管理", 2.0),
    ]


def test_points_that_open_a_line_after_an_item_with_points_of_its_own_stay_apart():
    # the item before states its points: bracketed points opening the next line are not its
    scheme = rulegov.parse_scheme(
        "考评细则\n一、组织领导(4分)\n1、建立领导小组。(2分)\n(2分)2、制定规划。\n"
    )
    assert scheme.node("1.1").points == 2.0


@pytest.mark.parametrize(("colon", "comma"), [(":", ","), ("：", "，")])
def test_grades_named_first_and_described_before_the_score_they_hold(colon, comma):
    # each grade opens a clause, a description of the work after its colon, then the score
    scheme = rulegov.parse_scheme(
        "某市热线工作考核办法\n"
        "考核标准以100分计。"
        f"优秀{colon}各项工作好于规定标准{comma}综合得分在90分以上;"
        f"良好{colon}各项工作达到规定标准{comma}综合得分在80-89分;"
        f"合格{colon}各项工作基本达到规定标准{comma}综合得分在60-79分;"
        f"不合格{colon}工作未达到规定标准{comma}综合得分在59分以下。\n"
        "(一)领导重视(50分)。明确分管负责人。\n"
        "(二)组织落实(50分)。建立工作机构。\n"
    )
    assert scheme.grading is not None
    assert [(band.label, band.min) for band in scheme.grading.bands] == _FOUR_GRADES


def test_a_score_in_points_and_below_after_the_grade_is_an_upper_edge():
    scheme = rulegov.parse_scheme(
        "考核办法\n得分在90分以上为优秀;合格:得分在60分以上;不合格:得分在60分以下。\n"
        "1.领导重视(50分)\n2.组织落实(50分)\n"
    )
    assert scheme.grading is not None
    assert [(band.label, band.min, band.max) for band in scheme.grading.bands] == [
        ("优秀", 90.0, None),
        ("合格", 60.0, 90.0),
        ("不合格", None, 60.0),
    ]


def test_rows_numbered_afresh_under_each_part_of_a_table_one_cell_a_line():
    # a table copied one cell a line (a sharing site's paragraph marks): each part numbered 一 ·
    # 二, its rows from 1 again, each row's 序号 · 内容 · 分值 · 评分标准 a line apart
    cells = [
        "一", "周边治理20分",
        "1", "学校把综合治理工作纳入年度工作计划。", "15", "纳入计划记5分。",
        "2", "校园周边交通秩序良好。", "5", "秩序良好记5分。",
        "二", "创", "建", "成", "效", "20分",
        "1", "校园安全管理措施落实到位。", "10", "措施到位记5分。",
        "2", "学校及周边治安秩序良好。", "10", "秩序良好记5分。",
    ]  # fmt: skip
    scheme = rulegov.parse_scheme("某省平安校园评估标准\n" + "Р".join(cells) + "Р\n")
    second = [node for node in scheme.nodes() if node.name and node.name.startswith("创建成效")]
    assert len(second) == 1
    assert [(child.name, child.points) for child in second[0].children] == [
        ("校园安全管理措施落实到位", 10.0),
        ("学校及周边治安秩序良好", 10.0),
    ]
