"""A flattened 案卷评查 table whose rows are each scored out of 100, the row's serial, name and
points glued to its first criterion (``1案件主体1001、…``), its criteria numbered ``1、`` ``2、``."""

from __future__ import annotations

import rulegov

_HEADER = "基础标准序号评查项目分值评查标准评分要求备注"


def test_a_rows_hundred_points_glued_to_its_first_criterion_are_its_points():
    scheme = rulegov.parse_scheme(
        f"{_HEADER}1案件主体1001、具备法定资格不具有主体资格的,扣100分2、在法定职权范围内"
        "超越职权的,扣100分2事实与证据1001、事实认定清楚认定错误的,扣100分2、定性正确"
        "定性错误的,扣100分\n"
    )
    assert [(node.id, node.points) for node in scheme.root.children] == [
        ("1", 100.0),
        ("2", 100.0),
    ]
    assert [node.id for node in scheme.nodes() if node.is_criterion] == [
        "1.1",
        "1.2",
        "2.1",
        "2.2",
    ]


def test_a_criterions_number_with_its_stop_is_no_points_of_the_criterion_before():
    # 4、 opens criterion 4, though a later sentence closes on a rule and another 4、 follows
    scheme = rulegov.parse_scheme(
        f"{_HEADER}1案件主体1001、具备法定资格的,扣100分2、在职权范围内的,扣100分"
        "3、受委托执法的,扣100分4、具备执法资格的,扣100分5、主体适格的,扣100分"
        "2事实与证据1001、事实清楚的,扣100分。2、定性正确的,扣100分。3、证据充分的,扣100分。"
        "4、在追诉时效内的,扣100分\n"
    )
    names = [node.name for node in scheme.node("1").children]
    assert names == [
        "具备法定资格的",
        "在职权范围内的",
        "受委托执法的",
        "具备执法资格的",
        "主体适格的",
    ]
