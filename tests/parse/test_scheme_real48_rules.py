"""Indicator systems and appraisal tables of the forty-eighth real set, each in its printed forms."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


def _system(whole: str, first: str, second: str) -> str:
    return (
        f"本指标体系共设2项一级指标,{whole};二级、三级指标的具体分值由考评主体确定。\n"
        f"一、组织保障({first})\n"
        "基本要求:领导重视,机构健全。\n"
        "(一)健全领导机构。\n"
        "(二)明确分管领导。\n"
        f"二、依法决策({second})\n"
        "(一)完善决策程序。\n"
        "(二)落实合法性审查。\n"
    )


@pytest.mark.parametrize(
    ("whole", "first", "second"),
    [
        ("2项一级指标的总分值为100分", "占总分值的40%", "占总分值的60%"),
        ("总分为100分", "占总分的40%", "占总分的60%"),
        ("2項一級指標的總分值為100分", "占總分值的40%", "占總分值的60%"),
    ],
)
def test_a_parts_share_of_a_whole_of_a_hundred_is_its_points(whole, first, second):
    # an indicator system weighs its 一级指标 as shares of a stated whole of 100 points: a
    # part's share (占总分值的40%) after its name is that many of the hundred
    tree = _tree(rulegov.parse_scheme(_system(whole, first, second)))
    assert [(node_id, points) for node_id, _, points in tree if "." not in node_id] == [
        ("1", 40.0),
        ("2", 60.0),
    ]


def test_a_share_of_a_whole_not_of_a_hundred_is_no_points():
    # the whole stated as 200 points: a share of it is no count of points as printed
    tree = _tree(
        rulegov.parse_scheme(
            _system("2项一级指标的总分值为200分", "占总分值的40%", "占总分值的60%")
        )
    )
    assert all(points is None for _, _, points in tree)


def _pipe_led(first: str, second: str) -> str:
    return (
        "某市法治政府建设考核细则\n"
        "序号\n| 考核\n项目\n| 考核内容和基本要求\n| 评分细则\n| 自\n评\n分\n|\n"
        f"1\n| 依法行政组织领导\n(10分)\n| (一){first}\n| 1、成立领导小组。\n2、明确分管领导。\n"
        "| 1、未成立领导小组的,扣2分。\n2、未明确分管领导的,扣1分。\n|\n"
        f"2\n| 依法决策\n(20分)\n| (一){second}\n| 1、建立听证制度。\n"
        "| 1、未建立听证制度的,扣3分。\n"
    )


def test_a_table_whose_cells_each_open_a_line_with_a_pipe_is_read_by_rows():
    # a law mirror prints a table's row as its serial alone on a line, then each cell opening a
    # line with a pipe and going on over the lines after it, a pipe alone closing the row (the
    # last row may stop without one): each row is one row of the table, its cells in order
    scheme = rulegov.parse_scheme(_pipe_led("健全领导机构", "完善决策程序"))
    assert _tree(scheme) == [
        ("1", "依法行政组织领导", 10.0),
        ("1.1", "健全领导机构", None),
        ("2", "依法决策", 20.0),
        ("2.1", "完善决策程序", None),
    ]
    assert sorted(rule.points for rule in scheme.rules if rule.kind == "deduction") == [
        1.0,
        2.0,
        3.0,
    ]


def test_a_pipe_led_table_with_rows_under_a_merged_cell_keeps_each_row():
    # a row under a merged cell opens on its own words, no serial (2.明确分管领导 over | 3): the
    # table is no run of whole rows, and each of its rows is read as before
    text = (
        "某单位工作目标考核\n序号\n| 项目\n| 考核内容\n| 分值\n|\n"
        "1\n| 组织领导\n| 1.成立领导小组,明确职责。\n| 2\n|\n2.明确分管领导,落实责任。\n| 3\n|\n"
        "2\n| 依法决策\n| 3.建立听证制度,依法决策。\n| 5\n|\n"
    )
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "组织领导", None),
        ("1.1", "成立领导小组,明确职责", 2.0),
        ("1.2", "明确分管领导,落实责任", 3.0),
        ("2", "依法决策", None),
        ("2.1", "建立听证制度,依法决策", 5.0),
    ]


def test_a_lone_second_level_heading_over_numbered_indicators_holds_them():
    # an indicator system may print one 二级指标 only under a 一级指标 (an excerpt's, or a part
    # of one heading), its 三级指标 numbered under it: the heading is theirs, not passed over
    text = (
        "本指标体系总分值为100分。\n"
        "一、制度建设(15分)\n"
        "(一)提高政府立法质量。\n"
        "1.起草工作按照法定权限进行。\n"
        "2.推行专家参与起草的工作机制。\n"
        "二、行政决策(20分)\n"
        "(一)完善决策制度。\n"
        "(二)落实合法性审查。\n"
    )
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "制度建设", 15.0),
        ("1.1", "提高政府立法质量", None),
        ("1.1.1", "起草工作按照法定权限进行", None),
        ("1.1.2", "推行专家参与起草的工作机制", None),
        ("2", "行政决策", 20.0),
        ("2.1", "完善决策制度", None),
        ("2.2", "落实合法性审查", None),
    ]
