"""A part's mark glued to the last clause of the part before, in a table run into one line."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [
        (node.id, node.name or "", node.points if node.is_leaf else node.cap)
        for node in scheme.nodes()[1:]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # half-width brackets, the mark after a deduction's points
        (
            "考核评分标准\n(一)村两委重视(20分)1、配齐配全村计生专干计8分;2、每月及时参加专干例会"
            "记12分,每缺席一次例会扣3分(二)人口方案执行(180分)1、人口方案(60分)。每发现一例扣30分。"
            "2、出生及时准确率上报(120分)。虚报每例扣5分。\n"
        ),
        # full-width brackets, the mark after a deduction's points
        (
            "考核评分标准\n（一）村两委重视（20分）1、配齐配全村计生专干计8分；2、每月及时参加专干例会"
            "记12分，每缺席一次例会扣3分（二）人口方案执行（180分）1、人口方案（60分）。每发现一例扣"
            "30分。2、出生及时准确率上报（120分）。虚报每例扣5分。\n"
        ),
    ],
)
def test_a_part_glued_to_a_deduction_opens_the_next_part(text: str) -> None:
    scheme = rulegov.parse_scheme(text)
    assert [(node_id, points) for node_id, _, points in _tree(scheme)] == [
        ("1", 20.0),
        ("1.1", 8.0),
        ("1.2", 12.0),
        ("2", 180.0),
        ("2.1", 60.0),
        ("2.2", 120.0),
    ]
    assert scheme.node("2").name == "人口方案执行"
    assert scheme.node("1.2").name == "每月及时参加专干例会"


def test_parts_glued_in_turn_after_a_word_and_after_a_rule() -> None:
    scheme = rulegov.parse_scheme(
        "考评细则\n(一)组织领导(10分)成立领导小组,未成立的不得分(二)工作落实(20分)"
        "按时完成任务,每延误一次扣2分(三)宣传教育(5分)开展宣传活动\n"
    )
    assert [(node_id, name, points) for node_id, name, points in _tree(scheme)] == [
        ("1", "组织领导", 10.0),
        ("2", "工作落实", 20.0),
        ("3", "宣传教育", 5.0),
    ]


@pytest.mark.parametrize(
    "glued",
    [
        "按第(二)项办理的扣3分",  # a mark without a name and points after it
        "比照(三)工作落实(20分)扣3分",  # not the next part's mark
    ],
)
def test_a_mark_that_opens_no_next_part_stays_in_the_text(glued: str) -> None:
    scheme = rulegov.parse_scheme(
        f"考评细则\n(一)组织领导(10分)1、成立领导小组(4分);2、制定方案(6分),{glued}\n"
    )
    assert [node_id for node_id, _, _ in _tree(scheme)] == ["1", "1.1", "1.2"]
