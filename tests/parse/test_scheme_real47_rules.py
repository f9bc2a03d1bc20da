"""Indicator tables of the forty-seventh real set, each in its printed forms."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


def _table(cell: str) -> str:
    return (
        "某某学校测评细则\n"
        "一级指标 | 二级指标 | 指标描述 | 测评方式 | 负责部门 |\n"
        f"1-1 班子建设(10分) | II-1 党建工作 (6分) | {cell} | 现场审核资料 | 党办 |\n"
    )


@pytest.mark.parametrize("serial", ["{n})", "{n}."])
def test_a_description_cell_listing_scored_criteria_gives_each_its_points(serial):
    # a 指标描述 cell holds the row's criteria one after another, each numbered and closing on
    # its points in brackets (and a note): each is an item of the row's group
    first, second, third = (serial.format(n=n) for n in (1, 2, 3))
    cell = (
        f"{first}建立学习制度,记录完善。(2分)【提供材料部门:党办】 "
        f"{second}落实主体责任,作风民主。(3分)【提供材料部门:党办】 "
        f"{third}开展主题活动。(1分)【提供材料部门:党办】"
    )
    scheme = rulegov.parse_scheme(_table(cell))
    assert _tree(scheme) == [
        ("1", "班子建设", None),
        ("1.1", "党建工作", None),
        ("1.1.1", "建立学习制度,记录完善", 2.0),
        ("1.1.2", "落实主体责任,作风民主", 3.0),
        ("1.1.3", "开展主题活动", 1.0),
    ]


def test_a_misprinted_figure_leaves_the_other_criteria_of_the_cell_their_points():
    # one criterion of three whose figure a copy misread (L5分) costs the others nothing
    cell = (
        "1)建立学习制度,记录完善。(L5分)【提供材料部门:党办】 "
        "2)落实主体责任,作风民主。(3分)【提供材料部门:党办】 "
        "3)开展主题活动。(1.5分)【提供材料部门:党办】"
    )
    points = [node.points for node in rulegov.parse_scheme(_table(cell)).nodes()[1:]]
    assert 3.0 in points
    assert 1.5 in points


def test_two_criteria_that_do_not_both_print_points_are_no_list():
    # with two criteria only, both must print their points: one bracket is the cell's own
    cell = "1)建立学习制度,记录完善。(2分) 2)落实主体责任,作风民主。"
    tree = _tree(rulegov.parse_scheme(_table(cell)))
    assert len(tree) == 3
