"""Points taken or added written in a numeral of one character: ``少一项扣一分``, ``加两分``."""

from __future__ import annotations

import pytest

import rulegov


def _deductions(text: str) -> list[tuple[str, float | None]]:
    scheme = rulegov.parse_scheme(text)
    names = {node.id: node.name for node in scheme.nodes()}
    return [(names[rule.node], rule.points) for rule in scheme.rules if rule.kind == "deduction"]


@pytest.mark.parametrize(
    "text",
    [
        # a criterion a line, its rule after its points
        "一、基础工作(10分)\n1.制度建设(5分),制度不健全的,少一项扣一分。\n2.台帐建立(5分),每少一本扣两分。\n",
        # criteria in one paragraph, each with a colon after its points
        (
            "(一)统计基础工作(10分)\n1、制度建设情况(5分):建立各项制度得5分,少一项扣一分。"
            "2、台帐建立情况(5分):建立台帐得5分,每少一本扣两分。\n"
        ),
        # traditional characters
        "一、基礎工作(10分)\n1.制度建設(5分),制度不健全的,少一項扣一分。\n2.臺帳建立(5分),每少一本扣兩分。\n",
        # the points and the rule in one bracket
        "一、基础工作(10分)\n1.制度建设(5分,少一项扣一分)\n2.台帐建立(5分,每少一本扣两分)\n",
    ],
)
def test_a_numeral_taken_is_read_as_its_figure(text):
    assert [points for _, points in _deductions(text)] == [1.0, 2.0]


def test_a_numeral_taken_with_its_unit_is_a_rule_for_each():
    scheme = rulegov.parse_scheme(
        "一、整治(60分)\n1.平毁坟头(30分),发现一座减三分。\n2.复耕(30分)\n"
    )
    (rule,) = [rule for rule in scheme.rules if rule.kind == "deduction"]
    assert rule.points == 3.0
    assert rule.reason == "发现一座减三分"


def test_a_numeral_added_is_read_as_its_figure():
    scheme = rulegov.parse_scheme(
        "一、宣传工作(10分)\n1.开展宣传(10分),经验被省级推广的加两分。\n2.信息报送(5分)\n"
    )
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [2.0]


def test_a_numeral_not_before_points_is_left_as_printed():
    assert _deductions("一、基础工作(10分)\n1.制度建设(10分),扣一项工作经费的不得分。\n") == [
        ("制度建设", 10.0)
    ]
