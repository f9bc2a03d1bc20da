"""An item's bracket naming the points of each of its parts: ``（共12分，每项1.5分）``."""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str | None, float | None, float | None]]:
    return [(node.id, node.name, node.points, node.cap) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize(
    "bracket",
    [
        "(共6分,每项1.5分)",
        "（6分，每项1.5分）",
        "(每项1.5分,共6分)",
        "（每项1.5分，共6分）",
        "(共6分,每项1.5分,扣完为止)",
        "（共6分，每项1.5分，扣完为止）",
    ],
)
@pytest.mark.parametrize("layout", ["lines", "run"])
def test_parts_without_points_are_worth_the_points_named_for_each(bracket, layout):
    parts = ["(1)一案一卷;", "(2)使用统一规范的卷皮;", "(3)卷内目录填写规范;", "(4)装订整齐。"]
    head = f"2、文书制作规范,案卷归档符合标准。{bracket}"
    text = (
        "1、对符合法定条件的申请依法受理;(5分)\n" + "\n".join([head, *parts]) + "\n"
        if layout == "lines"
        else f"1、对符合法定条件的申请依法受理;(5分){head}{''.join(parts)}\n"
    )
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "对符合法定条件的申请依法受理", 5.0, None),
        ("2", "文书制作规范,案卷归档符合标准", None, 6.0),
        ("2.1", "一案一卷", 1.5, None),
        ("2.2", "使用统一规范的卷皮", 1.5, None),
        ("2.3", "卷内目录填写规范", 1.5, None),
        ("2.4", "装订整齐", 1.5, None),
    ]


def test_parts_worth_more_than_their_item_together_stay_its_criteria():
    scheme = rulegov.parse_scheme(
        "1、文书制作规范。(共4分,每项2分)\n(1)一案一卷;\n(2)使用统一卷皮;\n(3)目录规范。\n"
    )
    assert [(node.id, node.points, node.is_criterion) for node in scheme.nodes()[1:]] == [
        ("1", 4.0, False),
        ("1.1", None, True),
        ("1.2", None, True),
        ("1.3", None, True),
    ]


def test_a_part_that_states_its_own_points_keeps_them():
    scheme = rulegov.parse_scheme(
        "1、文书制作规范。(共4分,每项2分)\n(1)一案一卷(1分);\n(2)使用统一卷皮(3分)。\n"
    )
    assert [node.points for node in scheme.nodes()[2:]] == [1.0, 3.0]


def test_a_bracket_naming_each_parts_points_first_is_read_in_linear_time():
    line = "1、文书(每项1.5分,共" + "1" * 30 + "x;(1)一案一卷;(2)卷皮规范;"

    def run(count: int) -> object:
        return rulegov.parse_scheme("一、基础工作(30分)\n" + "\n".join([line] * count))

    assert growth(run, 20) < LINEAR
