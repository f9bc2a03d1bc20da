"""The appraisal's parts listed with their points in a sentence of its prose, with no scored item.

``考核实行百分制，共分四大块评分：社会治安综合治理40分，维护社会稳定30分，…`` or ``其中，基础指标20分，
成效指标80分，合计100分``: the parts are the items when they add up to the full score stated, and the
rules stated after them are the whole appraisal's.
"""

from __future__ import annotations

import pytest

import rulegov


def _items(text: str) -> list[tuple[str, str | None, float | None]]:
    """The items read, none when the reader finds no item at all (and says so)."""
    try:
        scheme = rulegov.parse_scheme(text)
    except rulegov.RulegovError as error:
        assert error.code == "no-scheme-items"
        return []
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize(
    "sentence",
    [
        "考核实行百分制,共分三部分评分:组织领导30分,工作落实50分,工作成效20分。",
        "考核实行百分制，共分三部分评分：组织领导30分，工作落实50分，工作成效20分。",
        "考核内容分为三部分，其中组织领导30分、工作落实50分、工作成效20分，合计100分。",
        "考核满分为100分。考核内容分三部分：组织领导占30分，工作落实占50分，工作成效占20分。",
    ],
    ids=["hundred-scale", "full-width", "summed", "stated-elsewhere"],
)
def test_parts_listed_in_a_sentence_are_the_items(sentence):
    text = "一、考核办法\n" + sentence + "\n受到市级通报批评的每次扣1分。\n"
    assert _items(text) == [
        ("1", "组织领导", 30.0),
        ("2", "工作落实", 50.0),
        ("3", "工作成效", 20.0),
    ]


def test_a_rule_after_the_listed_parts_is_the_whole_appraisals():
    text = (
        "考核实行百分制,共分两部分:基础工作40分,重点工作60分。"
        "受到市级通报批评的每次扣1分,受到省级通报批评的每次扣2分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    penalties = [(rule.kind, rule.points) for rule in scheme.rules]
    assert penalties == [("penalty", 1.0), ("penalty", 2.0)]


def test_parts_that_miss_the_full_score_are_no_items():
    # 30 + 50 + 10 is not the 100 of 百分制: the sentence is left as prose
    text = "考核实行百分制,共分三部分:组织领导30分,工作落实50分,工作成效10分。受到通报批评的每次扣1分。\n"
    assert _items(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "考核实行百分制。60分以上为合格,40分以下为不合格。",
        "考核实行百分制。优秀60分,合格40分。",
        "考核实行百分制。每次加50分,每次扣50分。",
        "考核实行百分制。计分方法:如某村涉及考核内容80分,缺项20分,考核得分70分。",
        "考核实行百分制。某村涉及考核内容80分,缺项20分,考核得分按比例折算。",
    ],
    ids=["bands", "levels", "rules", "worked-example", "run-not-closing"],
)
def test_bands_levels_and_rules_are_no_listed_parts(sentence):
    assert _items(sentence + "受到通报批评的每次扣1分。\n") == []


def test_a_document_with_scored_items_keeps_them():
    text = (
        "考核实行百分制,共分两部分:基础工作40分,重点工作60分。\n"
        "一、基础工作(40分)\n1.成立领导小组(20分)\n2.制定工作方案(20分)\n"
        "二、重点工作(60分)\n1.完成年度任务(60分)\n"
    )
    names = [name for _, name, _ in _items(text)]
    assert names[:2] == ["基础工作", "成立领导小组"]
    assert len(names) == 5
