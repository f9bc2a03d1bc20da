"""An item's points written straight onto the end of its text: after a rate the item names
(``合法率达92%12分``) and before the rule that follows without a comma (``…12分上升1个百分点扣1分``)."""

from __future__ import annotations

import pytest

import rulegov
from schemetrees import scheme_leaves


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "1.计划生育合法率达92%12分,下降1个百分点扣1分;",
            "2.违法生育控制率3%12分,上升1个百分点扣1分;",
        ),
        (
            "1.计划生育合法率达92％12分，下降1个百分点扣1分；",
            "2.违法生育控制率3％12分；超生1人扣1分；",
        ),
        (
            "1、计划生育合法率达92%12分。下降1个百分点扣1分。",
            "2、违法生育控制率3%12分。上升1个百分点扣1分。",
        ),
        (
            "(1)计划生育合法率达92%12分,下降1个百分点扣1分;",
            "(2)违法生育控制率3%12分,上升1个百分点扣1分;",
        ),
    ],
)
def test_points_right_after_a_rate_are_the_items_points(first, second):
    text = f"一、人口控制指标24分\n{first}\n{second}\n二、工作质量指标6分\n1.重视教育6分\n"
    leaves = [(name.replace("％", "%"), points) for name, points in scheme_leaves(text)]
    assert leaves[:2] == [("计划生育合法率达92%", 12.0), ("违法生育控制率3%", 12.0)]


@pytest.mark.parametrize(
    "second",
    [
        "2.违法生育控制率3%12分上升1个百分点扣1分;超生1个小孩扣1分;",
        "2.违法生育控制率低12分上升1个百分点扣1分;超生1个小孩扣1分;",
        "2、违法生育控制率低12分每超生1人扣1分。",
    ],
)
def test_points_glued_to_the_rule_after_them_still_name_an_item(second):
    # no comma between the points and the rule: the line is an item with its rule, not a rule
    # of the item before
    text = (
        "二人口控制指标24分\n1.计划生育合法率达标12分,下降1个百分点扣1分;\n"
        f"{second}\n三工作质量指标6分\n1.重视教育6分\n"
    )
    scheme = rulegov.parse_scheme(text)
    leaves = [(node.name[:6], node.points) for node in scheme.nodes()[1:] if node.is_leaf]
    assert leaves[1][1] == 12.0
    assert leaves[1][0].startswith("违法生育控制")
    # the last group is the third heading (its numeral 三 glued to the name or not)
    assert [node.name for node in scheme.nodes()[1:] if not node.is_leaf][-1].lstrip("三")[
        :3
    ] == "工作质"
    taken = {rule.node: rule.points for rule in scheme.rules if rule.kind == "deduction"}
    second_id = next(node.id for node in scheme.nodes()[1:] if node.name.startswith("违法生育"))
    assert taken[second_id] == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "1.完成年度任务10分,每低于目标1%扣1分;",
        "1.群众满意率达到95%以上10分;低于95%的扣2分;",
    ],
)
def test_a_rate_or_a_deduction_before_the_points_is_not_mistaken(line):
    text = f"一、工作目标10分\n{line}\n"
    leaves = scheme_leaves(text)
    assert leaves[0][1] == 10.0
