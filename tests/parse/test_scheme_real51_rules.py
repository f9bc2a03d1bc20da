"""Rules of the genre read for the fifty-first set of appraisal documents (``schemes/real51``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _bands(text: str) -> list[tuple[str, float | None]]:
    scheme = rulegov.parse_scheme(text)
    assert scheme.grading is not None
    return [(band.label, band.min) for band in scheme.grading.bands]


def test_star_grades_set_by_the_score_are_grade_bands():
    text = (
        "关于做好村级组织星级评定工作的通知\n"
        "一、评定办法\n"
        "星级评定实行百分制考评。总分95分(含)以上可评定为五星级,85(含)—94分可评定为四星级,"
        "75(含)—84分可评定为三星级,75分以下评定为二星级。\n"
    )
    assert _bands(text) == [
        ("五星级", 95.0),
        ("四星级", 85.0),
        ("三星级", 75.0),
        ("二星级", None),
    ]


def _tree(text: str) -> list[tuple[str | None, float | None]]:
    scheme = rulegov.parse_scheme(text)
    return [(node.name, node.points) for node in scheme.nodes()[1:]]


def test_half_points_on_a_line_of_their_own_are_the_row_points_of_a_table_one_cell_a_line():
    text = (
        "某区社区工作考核细则\n项目\n内容\n基准分值\n评分原则\n考核方式\n"
        "队伍建设\n10\n分\n"
        "配齐社区工作人员\n2\n人员配齐得1分;持证上岗得1分\n查资料\n"
        "开展业务培训\n1.5\n组织培训2次得1分;参加上级培训得0.5分\n查资料\n"
        "完成年度目标任务\n2.5\n完成任务得2分;按时报送得0.5分\n查报表\n"
        "建立工作制度\n4\n制度健全得2分;执行到位得2分\n查资料\n"
    )
    tree = _tree(text)
    assert ("开展业务培训", 1.5) in tree
    assert ("完成年度目标任务", 2.5) in tree


def test_scored_at_discretion_may_be_written_with_ji_of_record():
    text = (
        "一、考核内容\n"
        "1、道路绿化20分。全部绿化到位得满分,没有实施的不得分,实施不到位的酌情记分。\n"
        "2、河道绿化10分。没有实施的不得分,实施不到位的酌情计分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    reasons = [rule.reason or "" for rule in scheme.rules if rule.kind == "deduction"]
    assert any("酌情记分" in reason for reason in reasons)
    assert any("酌情计分" in reason for reason in reasons)


def test_rows_opened_by_their_points_in_cells_closed_by_pipe_lines_are_items_under_their_group():
    text = (
        "考核项目\n|\n分值\n|\n考 核 内 容\n|\n评 分 标 准\n|\n"
        "一、\n组织领导\n10分\n|\n4\n|\n成立工作领导小组,明确分管领导。\n|\n未成立的扣2分。\n|\n"
        "6\n|\n制定年度工作计划并组织实施。\n|\n无计划扣3分。\n|\n|\n"
        "二、\n日常管理\n8分\n|\n8\n|\n开展日常巡查,建立巡查台账。\n|\n每少一次巡查扣1分。\n|\n|\n"
    )
    scheme = rulegov.parse_scheme(text)
    tree = [(node.name, node.points if node.is_leaf else node.cap) for node in scheme.nodes()[1:]]
    assert tree == [
        ("组织领导", 10.0),
        ("成立工作领导小组,明确分管领导", 4.0),
        ("制定年度工作计划并组织实施", 6.0),
        ("日常管理", 8.0),
        ("开展日常巡查,建立巡查台账", 8.0),
    ]
    node = scheme.nodes()[3]
    assert node.span is not None
    assert text[node.span.start : node.span.end].startswith("制定年度工作计划")
    taken = [rule for rule in scheme.rules if rule.kind == "deduction"]
    assert [rule.node for rule in taken] == [
        scheme.nodes()[2].id,
        scheme.nodes()[3].id,
        scheme.nodes()[5].id,
    ]
