"""The scheme benchmark finds the item a hand-read deduction names, numbered or not.

A hand reading names a deduction's item by its key (``一1``), by its own number (``1``), or,
where the document numbers no item, by its title (``场所设置``). A deduction of an unnumbered
item was counted as missed, however the reader read it.
"""

from __future__ import annotations

import json

import pytest

from scriptfiles import load

TEXT = (
    "某村党建工作评分标准\n"
    "| 项目 | 内容 | 分值 | 评分标准 |\n"
    "| --- | --- | --- | --- |\n"
    "| 村服务站建设 | 场所设置 | 1 | 没标牌扣1分 |\n"
    "| 村服务站建设 | 设备配置 | 2 | 每少一项扣1分 |\n"
)


def _facts(item_of_second: str) -> dict[str, object]:
    children = [
        {"number": None, "title": "场所设置", "points": 1, "children": []},
        {"number": None, "title": "设备配置", "points": 2, "children": []},
    ]
    return {
        "file": "doc.txt",
        "items": [{"number": None, "title": "村服务站建设", "points": 3, "children": children}],
        "deductions": [
            {"item": "场所设置", "text": "没标牌扣1分", "points": 1, "per": "all"},
            {"item": item_of_second, "text": "每少一项扣1分", "points": 1, "per": "项"},
        ],
        "bonus": [],
        "veto": [],
        "grades": [],
        "total": None,
    }


@pytest.mark.parametrize(
    ("item_of_second", "right"),
    [("设备配置", 2), ("设备", 1)],
    ids=["named-by-its-title", "named-by-no-item-of-the-reading"],
)
def test_a_deduction_of_an_unnumbered_item_is_found_by_the_item_s_title(
    tmp_path, item_of_second, right
):
    """A deduction naming an item the hand reading does not hold counts as missed."""
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    facts = tmp_path / "doc.scheme.json"
    facts.write_text(json.dumps(_facts(item_of_second), ensure_ascii=False), encoding="utf-8")
    counts = load("benchmarks/scheme_accuracy.py").score_real(facts)
    assert counts["deductions"] == 2
    assert counts["deductions right"] == right
