"""Headings numbered 一 二 三 with no separator before their name and points (一保障指标10分)."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [
        (node.id, node.name, node.points if node.is_leaf else node.cap)
        for node in scheme.nodes()
        if node.id != "total"
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("一保障指标10分", "二工作成效20分"),
        ("一保障指标（10分）", "二工作成效（20分）"),
        ("一保障指标(10分)", "二工作成效(20分)"),
        ("一保障指标 10 分", "二工作成效 20 分"),
        ("一、保障指标（10分）", "二工作成效（20分）"),
    ],
    ids=["bare", "brackets", "half-width", "spaced", "one-comma-lost"],
)
def test_a_han_numeral_glued_to_a_heading_with_points_numbers_it(first, second):
    scheme = rulegov.parse_scheme(
        f"某县考核细则\n{first}\n1.组织领导（5分）未成立的扣5分\n2.制度建设（5分）每缺一项扣1分\n"
        f"{second}\n1.任务完成（20分）每少一项扣2分\n"
    )
    assert _tree(scheme) == [
        ("1", "保障指标", 10.0),
        ("1.1", "组织领导", 5.0),
        ("1.2", "制度建设", 5.0),
        ("2", "工作成效", 20.0),
        ("2.1", "任务完成", 20.0),
    ]


def test_a_han_numeral_glued_to_an_item_without_parts_numbers_it():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、保障指标（10分）\n未成立的扣5分\n二工作成效（20分）\n每少一项扣2分\n"
        "三群众满意（10分）\n满意率低的扣3分\n"
    )
    assert _tree(scheme) == [
        ("1", "保障指标", 10.0),
        ("2", "工作成效", 20.0),
        ("3", "群众满意", 10.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1", 5.0),
        ("2", 2.0),
        ("3", 3.0),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "一是成立领导小组，未成立的扣5分",
        "一般性问题扣1分",
        "一律从严，发现一次扣2分",
        "一经发现违规扣3分",
        "一次不合格扣2分",
        "三农工作落实不到位扣2分",
    ],
)
def test_a_sentence_opening_with_a_han_numeral_is_no_heading(sentence):
    scheme = rulegov.parse_scheme(
        f"考核细则\n一、组织保障（20分）\n{sentence}\n二、依法行政（30分）\n"
    )
    assert [node.name for node in scheme.root.children] == ["组织保障", "依法行政"]
    assert scheme.rules[0].node == "1"
