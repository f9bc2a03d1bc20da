"""The tune halves' hand-read schemes read as well when printed in the layouts offices use.

``benchmarks/scheme_variants.py`` prints each hand-read scheme of a tune half anew (``PRINTINGS``):
a pipe table, tab rows, one cell a line, the 分值 column first, the rules run into the item's
cell, the total row at the top, a header over two rows, the bonus rules and vetoes as rows,
full-width digits, numbers a PDF broke with a space, ``分值：5`` on a line of its own and
``（1）`` under ``1.``; each printing's items, points and deductions read right (a share of the
hand reading) must stay over its floor, a little under what the reader reads now.
"""

from __future__ import annotations

import collections

import pytest

from scriptfiles import load

# items, points and deductions read right of each printing (a share of the hand reading), at least;
# real35's tune half (three-level 评估指标 and forms with unnumbered parts) reads fewer points when
# the total row tops the table or the header spans two rows: those two printings fall under 0.98;
# real39's (a 扣分 list whose rows state no points, rules under an item in a table of their own)
# reads fewer deductions one cell a line: that printing falls under 0.86; real43's (a 辅警 细则 whose
# parts state no points, their rules deductions beside two bonuses) reads none of its nine
# deductions when its bonus rules are printed as rows: that printing falls under 0.93 in deductions
FLOORS = {
    "scheme: pipe table": (0.95, 0.98, 0.93),
    "scheme: tab rows": (0.95, 0.98, 0.93),
    "scheme: one cell a line": (0.89, 0.93, 0.85),
    "scheme: points column first": (0.95, 0.98, 0.93),
    "scheme: rules run into the item": (0.94, 0.97, 0.91),
    "scheme: total row at the top": (0.96, 0.97, 0.94),
    "scheme: two-row header": (0.95, 0.97, 0.91),
    "scheme: bonus and veto as rows": (0.92, 0.98, 0.90),
    "scheme: full-width digits": (0.95, 0.98, 0.93),
    "scheme: spaces inside numbers": (0.95, 0.97, 0.92),
    "scheme: 分值：5 on a line": (0.94, 0.98, 0.93),
    "scheme: （1） under 1.": (0.94, 0.98, 0.93),
}
# the bonus rules read right of the printings that move them, at least
BONUS_FLOORS = {"scheme: bonus and veto as rows": 0.93}

_FACTS = {
    "file": "scheme.txt",
    "title": "某县依法行政考核评分表",
    "total": 20,
    "items": [
        {
            "number": "一",
            "title": "组织领导",
            "points": 20,
            "children": [
                {"number": "1", "title": "成立领导小组", "points": 10, "children": []},
                {"number": "2", "title": "制定工作方案", "points": 10, "children": []},
            ],
        }
    ],
    "deductions": [
        {"item": "一1", "text": "未成立的扣10分", "points": 10, "per": None},
        {"item": "2", "text": "每少一项扣0.5分", "points": 0.5, "per": "项"},
    ],
    "bonus": [{"text": "获省级表彰的加2分", "points": 2}],
    "bonus_cap": None,
    "veto": [],
    "grades": [],
}


def _benchmark():
    return load("benchmarks/scheme_variants.py")


def test_every_printing_has_a_floor():
    assert set(FLOORS) == set(_benchmark().PRINTINGS)


def test_the_printings_print_the_tune_halves_only():
    documents = _benchmark().printed_documents()
    assert len(documents) > 200
    assert all(path.parent.name == "tune" for path in documents)


def test_the_reference_prints_merged_groups_once_and_the_bonus_below():
    printed = _benchmark().PRINTINGS["scheme: pipe table"](_FACTS)
    assert printed.splitlines() == [
        "某县依法行政考核评分表",
        "",
        "| 一级指标 | 序号 | 考核内容 | 分值 | 评分标准 |",
        "| 组织领导（20分） | 1 | 成立领导小组 | 10 | 未成立的扣10分。 |",
        "|  | 2 | 制定工作方案 | 10 | 每少一项扣0.5分。 |",
        "| 合计 |  |  | 20 |  |",
        "加分项目：",
        "1．获省级表彰的加2分",
    ]


def test_a_printing_changes_one_thing_of_the_reference():
    printings = _benchmark().PRINTINGS
    assert printings["scheme: points column first"](_FACTS).splitlines()[3] == (
        "| 10 | 组织领导（20分） | 1 | 成立领导小组 | 未成立的扣10分。 |"
    )
    assert printings["scheme: rules run into the item"](_FACTS).splitlines()[3] == (
        "| 组织领导（20分） | 1 | 成立领导小组。未成立的扣10分。 | 10 |"
    )
    assert printings["scheme: total row at the top"](_FACTS).splitlines()[3] == (
        "| 合计 |  |  | 20 |  |"
    )
    assert printings["scheme: two-row header"](_FACTS).splitlines()[2:4] == [
        "| 考核项目 | 序号 | 考核内容 | 分值 | 评分标准 |",
        "| 一级指标 |  |  |  |  |",
    ]
    assert printings["scheme: bonus and veto as rows"](_FACTS).splitlines()[5] == (
        "| 加分项 |  | 获省级表彰的加2分 |  |  |"
    )
    assert printings["scheme: spaces inside numbers"](_FACTS).splitlines()[3:5] == [
        "| 组织领导（2 0分） | 1 | 成立领导小组 | 1 0 | 未成立的扣1 0分。 |",
        "|  | 2 | 制定工作方案 | 1 0 | 每少一项扣0. 5分。 |",
    ]
    assert printings["scheme: 分值：5 on a line"](_FACTS).splitlines()[2:6] == [
        "1.组织领导（20分）",
        "（1）成立领导小组",
        "分值：10",
        "评分标准：未成立的扣10分。",
    ]
    assert printings["scheme: （1） under 1."](_FACTS).splitlines()[2:4] == [
        "1.组织领导（20分）",
        "（1）成立领导小组（10分）。未成立的扣10分。",
    ]


def test_a_scheme_whose_numbers_do_not_key_its_deductions_is_skipped():
    facts = {**_FACTS, "items": [{**_FACTS["items"][0], "number": None}]}
    assert _benchmark().PRINTINGS["scheme: pipe table"](facts) is None


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_printing_reads_over_its_floor(name):
    module = _benchmark()
    found = module.measure_printing(name, module.printed_documents())
    assert len(found) > 30, f"{name} prints few documents"
    total = sum(found.values(), start=collections.Counter[str]())
    for field, floor in zip(("items", "points", "deductions"), FLOORS[name], strict=True):
        assert total[field + " right"] >= floor * total[field], (name, field)
    if name in BONUS_FLOORS:
        assert total["bonus right"] >= BONUS_FLOORS[name] * total["bonus"], (name, "bonus")
