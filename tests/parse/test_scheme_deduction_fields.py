"""A deduction-only sheet (倒扣分制): the clauses under ``二、考核内容和标准`` print no points and
each states what it deducts; beside them the document states its whole-appraisal rules."""

from __future__ import annotations

import rulegov

_HEAD = (
    "某镇秸秆禁烧工作考核办法\n一、考核对象\n全镇各村。\n二、考核内容和标准\n"
    "考核采用百分制,90分以上为优秀。\n"
)


def _read(text: str) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None, float]]]:
    scheme = rulegov.parse_scheme(text)
    nodes = [(node.id, node.name) for node in scheme.nodes()[1:]]
    rules = sorted(
        (rule.kind, getattr(rule, "node", None), rule.points)
        for rule in scheme.rules
        if rule.kind != "veto"
    )
    return nodes, rules


def test_clauses_that_deduct_under_the_contents_heading_are_items_scored_by_deduction():
    nodes, rules = _read(
        _HEAD + "(一)未按要求设立检查站的扣5分。\n(二)干部未及时赶到现场的,每次扣3分。\n"
    )
    assert nodes == [("1", "未按要求设立检查站的"), ("2", "干部未及时赶到现场的")]
    assert rules == [("deduction", "1", 5.0), ("deduction", "2", 3.0)]


def test_an_item_that_states_its_own_rule_takes_no_clauses_of_the_item_after_it():
    # the last clause's sentences are its own rules, not a cell of standards for each item
    nodes, rules = _read(
        _HEAD + "(一)未按要求设立检查站的扣5分。\n(二)干部未及时赶到现场的,每次扣3分。\n"
        "(三)被卫星监测到的火点,每个扣30分;被督查组发现的火点,每个扣5分;"
        "被镇巡查组发现的火点,每次扣3分。村自行发现的火点,不扣分。\n"
    )
    assert [name for _, name in nodes] == [
        "未按要求设立检查站的",
        "干部未及时赶到现场的",
        "被卫星监测到的火点,每个扣30分",
    ]
    assert rules == [
        ("deduction", "1", 5.0),
        ("deduction", "2", 3.0),
        ("deduction", "3", 3.0),
        ("deduction", "3", 5.0),
        ("deduction", "3", 30.0),
    ]
