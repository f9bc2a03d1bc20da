"""Items scored by credits: ``计0分`` takes as ``得0分`` does, and an item whose standard awards its
points in parts, one a sentence, each met or not (``落实…计1分,未落实的计0分；…计1分,未落实的计0分``),
loses a part's points where that part is not met. Each test is a class of printing, its texts
written for the test."""

from __future__ import annotations

import rulegov


def _rules(text: str) -> list[tuple[str | None, float]]:
    return [(rule.node, rule.points) for rule in rulegov.parse_scheme(text).rules]


def test_a_credit_of_nothing_written_with_ji_takes_the_items_points():
    # 计0分 · 记0分: nothing earned, as 得0分 and 不计分 say
    text = (
        "某项工作考核评分办法\n"
        "一、组织领导(5分)\n"
        "1.制定实施方案(2分)。按时制定的计2分,未按时制定的计0分。\n"
        "2.召开专题会议(3分)。召开会议的记3分,未召开的记0分。\n"
    )
    assert _rules(text) == [("1.1", 2.0), ("1.2", 3.0)]


def test_an_item_credited_in_parts_one_a_sentence_loses_each_part_not_met():
    # two sentences each earn a part and say what is earned without it: their parts add up to
    # the item's points, so each 计0分 takes its own sentence's part
    text = (
        "某项工作考核评分办法\n"
        "一、耕地保护(3分)\n"
        "1.落实保护责任计2分。签订责任书计1分,未签订的计0分;落实保护任务计1分,未落实的计0分。\n"
        "2.完成划定工作计1分。按时完成的计1分,未按时完成的计0分。\n"
    )
    assert _rules(text) == [("1.1", 1.0), ("1.1", 1.0), ("1.2", 1.0)]


def test_credits_that_do_not_add_up_to_the_item_are_levels_and_the_rule_takes_the_item():
    # 达到的得2分；超过的得1.5分，否则不得分: levels of one requirement, not parts of the item
    text = (
        "某项工作考核评分办法\n"
        "一、目标任务(2分)\n"
        "1.完成年度任务(2分)。达到任务的得2分;超过任务的得1.5分,否则不得分。\n"
    )
    assert _rules(text) == [("1.1", 2.0)]
