"""The levels of one item printed in one line: 好（10分）、较好（6分）、一般（3分）、差的不得分."""

from __future__ import annotations

import pytest

import rulegov

_LEVELS = [
    "好（10分）、较好（6分）、一般（3分）、差的不得分",
    "好(10分)、较好(6分)、一般(3分)、差的不得分",
    "优秀（10分）、良好（8分）、合格（6分）、不合格（0分）",
    "好（10分），较好（6分），一般（3分），差的不得分",
]


def _read(text: str) -> tuple[list[tuple[str, float | None]], list[tuple[str, float]]]:
    scheme = rulegov.parse_scheme(text)
    return (
        [(node.name, node.points) for node in scheme.root.children],
        [(rule.node, rule.points) for rule in scheme.rules],
    )


_EXPECTED = ([("法治宣传教育", 10.0), ("普法责任制落实", 5.0)], [("2", 1.0)])


@pytest.mark.parametrize("levels", _LEVELS)
@pytest.mark.parametrize(
    "printed",
    [
        "考核细则\n1.法治宣传教育：{}。\n2.普法责任制落实（5分）：每少一项扣1分。\n",
        "考核细则\n一、法治宣传教育。{}。\n二、普法责任制落实（5分）。每少一项扣1分。\n",
        "考核细则\n（一）法治宣传教育 {}\n（二）普法责任制落实（5分）每少一项扣1分\n",
        "考核细则\n法治宣传教育：{}。\n普法责任制落实（5分）：每少一项扣1分。\n",
    ],
    ids=["arabic-colon", "han-stop", "paren-space", "unnumbered"],
)
def test_levels_after_an_items_name_score_that_item(printed, levels):
    assert _read(printed.format(levels)) == _EXPECTED


@pytest.mark.parametrize("levels", _LEVELS)
@pytest.mark.parametrize(
    "printed",
    [
        "考核细则\n1.法治宣传教育（10分）\n{}。\n2.普法责任制落实（5分）\n每少一项扣1分\n",
        "考核细则\n1.法治宣传教育（10分）{}。\n2.普法责任制落实（5分）每少一项扣1分\n",
        "考核细则\n考核内容\t分值\t评分标准\n法治宣传教育\t10\t{}\n普法责任制落实\t5\t每少一项扣1分\n",
    ],
    ids=["own-line", "after-points", "table"],
)
def test_the_lowest_level_in_a_line_of_levels_takes_nothing(printed, levels):
    assert _read(printed.format(levels)) == _EXPECTED


def test_a_clause_that_names_no_level_still_takes_all():
    assert _read(
        "考核细则\n1.法治宣传教育（10分）\n未建立制度的、未落实的不得分。\n"
        "2.普法责任制落实（5分）\n每少一项扣1分\n"
    ) == ([("法治宣传教育", 10.0), ("普法责任制落实", 5.0)], [("1", 10.0), ("2", 1.0)])


def test_a_name_ending_in_a_level_word_with_one_points_is_the_name():
    assert _read("考核细则\n1.群众满意度较好（10分）\n2.普法责任制落实（5分）：每少一项扣1分。\n")[
        0
    ] == [
        ("群众满意度较好", 10.0),
        ("普法责任制落实", 5.0),
    ]


def test_grades_of_the_whole_appraisal_in_one_line_are_no_item():
    names, _ = _read(
        "考核细则\n一、组织领导（50分）\n未成立的扣5分\n二、制度建设（50分）\n每缺一项扣1分\n"
        "三、考核等次：优秀（90分以上）、良好（80分以上）、合格（60分以上）\n"
    )
    assert names == [("组织领导", 50.0), ("制度建设", 50.0)]
