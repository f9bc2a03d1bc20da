"""Appraisal documents of 案卷评查 and legal services as sharing sites print them: the layouts of
the forty-first real set, each in its printed forms."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize("each", ["1.5", "0.5", "2"])
@pytest.mark.parametrize("bracket", ["(共12分,每项{each}分)", "（12分，每项{each}分）"])
def test_a_bracket_naming_each_parts_points_with_a_decimal_point_is_the_items_points(each, bracket):
    points = bracket.format(each=each)
    scheme = rulegov.parse_scheme(
        "1、对符合法定条件的行政许可申请依法受理。(5分)\n"
        f"2、文书制作规范,案卷归档符合标准。{points}\n"
        "(1)一案一卷;\n"
        "(2)使用统一规范的卷皮;\n"
    )
    assert [(node_id, name) for node_id, name, _ in _tree(scheme)] == [
        ("1", "对符合法定条件的行政许可申请依法受理"),
        ("2", "文书制作规范,案卷归档符合标准"),
        ("2.1", "一案一卷"),
        ("2.2", "使用统一规范的卷皮"),
    ]
    assert scheme.node("2").points == 12.0
