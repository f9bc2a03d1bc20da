"""The tune halves' hand-read schemes read as well when printed in the layouts offices use.

``benchmarks/scheme_variants.py`` prints each hand-read scheme of a tune half anew (``PRINTINGS``):
a pipe table, tab rows, one cell a line, the 分值 column first, the rules run into the item's
cell, the total row at the top, a header over two rows, the bonus rules and vetoes as rows,
full-width digits, numbers a PDF broke with a space, ``分值：5`` on a line of its own,
``（1）`` under ``1.``, each item's deductions on a line of their own under it, its criteria
numbered ①②, the whole table run onto one line and each row run into a line of running text
(cells a space apart); each printing's items, points and deductions read right (a share of the
hand reading) must stay over its floor, a little under what the reader reads now. Printing and
scoring every scheme sixteen ways takes minutes, so the floors are read on one scheme in two,
chosen by a checksum of its file's name (``scriptfiles.taken``: a new scheme leaves the others
where they are), and were measured on that half; the benchmark measures them all.
"""

from __future__ import annotations

import collections

import pytest

from scriptfiles import load, taken

# items, points and deductions read right of each printing (a share of the hand reading) over the
# schemes taken, at least: each floor is what the half reads, less the slack the floor left under
# the whole set, rounded down to 0.005. One cell a line reads its tables of deductions (rows that
# state no points) row by row, but fewer items of the schemes taken whose unscored rows stand
# beside scored ones: over the whole set that printing reads 0.936 in items and 0.921 in
# deductions
FLOORS = {
    "scheme: pipe table": (0.96, 0.985, 0.925),
    "scheme: tab rows": (0.96, 0.985, 0.925),
    "scheme: one cell a line": (0.93, 0.96, 0.915),
    "scheme: points column first": (0.96, 0.985, 0.925),
    "scheme: rules run into the item": (0.95, 0.975, 0.915),
    "scheme: total row at the top": (0.97, 0.975, 0.945),
    "scheme: two-row header": (0.96, 0.975, 0.895),
    "scheme: bonus and veto as rows": (0.96, 0.98, 0.92),
    "scheme: full-width digits": (0.96, 0.985, 0.925),
    "scheme: spaces inside numbers": (0.96, 0.975, 0.91),
    "scheme: 分值：5 on a line": (0.95, 0.98, 0.93),
    "scheme: （1） under 1.": (0.95, 0.98, 0.92),
    "scheme: deductions on a line under the item": (0.96, 0.98, 0.94),
    "scheme: criteria numbered ①②": (0.965, 0.985, 0.94),
    # the whole table run onto one line, and each row run into a line: cells a space apart
    "scheme: table on one line": (0.865, 0.925, 0.805),
    "scheme: rows as running text": (0.95, 0.98, 0.92),
}
# the bonus rules read right of the printings that move them, at least
BONUS_FLOORS = {"scheme: bonus and veto as rows": 0.925}

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


def _taken_documents():
    return [path for path in _benchmark().printed_documents() if taken(path.name)]


def test_the_printings_print_the_tune_halves_only():
    documents = _benchmark().printed_documents()
    assert len(documents) > 200
    assert all(path.parent.name == "tune" for path in documents)
    assert 0.4 < len(_taken_documents()) / len(documents) < 0.6  # the floors read about half


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
    found = module.measure_printing(name, _taken_documents())
    assert len(found) > 15, f"{name} prints few documents"
    total = sum(found.values(), start=collections.Counter[str]())
    for field, floor in zip(("items", "points", "deductions"), FLOORS[name], strict=True):
        assert total[field + " right"] >= floor * total[field], (name, field)
    if name in BONUS_FLOORS:
        assert total["bonus right"] >= BONUS_FLOORS[name] * total["bonus"], (name, "bonus")
