"""Indicator tables that weigh their items in per cent in a 权重 column: the weights are points."""

from __future__ import annotations

import pytest

import rulegov

_TITLE = "法治政府建设考核指标\n"


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, float | None, list[tuple[str, float | None]]]]:
    return [
        (
            group.name,
            group.points if group.is_leaf else group.cap,
            [(item.name, item.points) for item in group.children],
        )
        for group in scheme.root.children
    ]


_GROUPED = [
    ("依法行政", 40.0, [("权责清单", 20.0), ("行政审批", 20.0)]),
    ("行政决策", 60.0, [("决策程序", 30.0), ("法律顾问", 30.0)]),
]


@pytest.mark.parametrize(
    "table",
    [
        (
            "一级指标 | 二级指标 | 权重 | 评分标准\n"
            "依法行政（40%） | 权责清单 | 20% | 未公布的扣5分\n | 行政审批 | 20% | 每项扣1分\n"
            "行政决策（60%） | 决策程序 | 30% | 每件扣3分\n | 法律顾问 | 30% | 未建立的不得分\n"
        ),
        (
            "一级指标\t二级指标\t权重\t评分标准\n"
            "依法行政（40%）\t权责清单\t20%\t未公布的扣5分\n\t行政审批\t20%\t每项扣1分\n"
            "行政决策（60%）\t决策程序\t30%\t每件扣3分\n\t法律顾问\t30%\t未建立的不得分\n"
        ),
        (
            "一级指标        二级指标      权重    评分标准\n"
            "依法行政（40％）  权责清单      20％     未公布的扣5分\n"
            "                行政审批      20％     每项扣1分\n"
            "行政决策（60％）  决策程序      30％     每件扣3分\n"
            "                法律顾问      30％     未建立的不得分\n"
        ),
        (
            "一级指标 | 二级指标 | 指标权重 | 评分标准\n"
            "依法行政(40%) | 权责清单 | 20% | 未公布的扣5分\n | 行政审批 | 20% | 每项扣1分\n"
            "行政决策(60%) | 决策程序 | 30% | 每件扣3分\n | 法律顾问 | 30% | 未建立的不得分\n"
        ),
    ],
    ids=["pipes", "tabs", "spaces-full-width", "half-width-brackets"],
)
def test_weights_in_per_cent_are_the_items_and_groups_points(table):
    scheme = rulegov.parse_scheme(_TITLE + table)
    assert _tree(scheme) == _GROUPED
    assert [rule.points for rule in scheme.rules] == [5.0, 1.0, 3.0, 30.0]


def test_a_weights_column_headed_in_per_cent_holds_bare_points():
    scheme = rulegov.parse_scheme(
        _TITLE + "| 考核指标 | 权重（%） | 评分标准 |\n| 权责清单 | 20 | 未公布的扣5分 |\n"
        "| 行政审批 | 80 | 每项扣1分 |\n"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("权责清单", 20.0),
        ("行政审批", 80.0),
    ]


@pytest.mark.parametrize(
    "table",
    [
        (
            "| 考核内容 | 分值 | 评分标准 |\n| 办结率达到90% | 10 | 每低1%扣1分 |\n"
            "| 满意率 | 10 | 满意率低于80%的不得分 |\n"
        ),
        (
            "| 考核内容 | 权重 | 评分标准 |\n| 办结率达到90% | 10% | 每低1%扣1分 |\n"
            "| 满意率 | 10% | 满意率低于80%的不得分 |\n"
        ),
    ],
    ids=["no-weights", "weights"],
)
def test_a_share_inside_a_name_or_a_standard_is_no_weight(table):
    scheme = rulegov.parse_scheme("考核指标\n" + table)
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("办结率达到90%", 10.0),
        ("满意率", 10.0),
    ]
    assert [rule.points for rule in scheme.rules] == [1.0, 10.0]


def test_a_targets_share_in_brackets_closing_a_name_is_no_weight():
    scheme = rulegov.parse_scheme(
        _TITLE + "| 考核指标 | 权重 | 评分标准 |\n| 卫生厕所普及率（95%） | 40% | 每低1%扣2分 |\n"
        "| 垃圾处理覆盖（100%） | 60% | 未覆盖的不得分 |\n"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("卫生厕所普及率（95%）", 40.0),
        ("垃圾处理覆盖（100%）", 60.0),
    ]
