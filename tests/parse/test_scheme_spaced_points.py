"""Points typeset with a space before 分 (``5 分``): the points a rule takes, bounds and bonuses
stay theirs, and ``得0 分`` takes all the item's points as ``得0分`` does."""

from __future__ import annotations

import pytest

import rulegov
from growth import growth


def _items(scheme: rulegov.Scheme) -> list[tuple[str, float | None]]:
    return [
        (node.name[:6], node.points if node.is_leaf else node.cap) for node in scheme.nodes()[1:]
    ]


@pytest.mark.parametrize(
    "none",
    ["有就得满分，没有得0 分", "有则得满分，否则该项为0 分", "未建立的为0 分", "未建立的得 0 分"],
    ids=["de-0", "gaixiang-wei-0", "wei-0", "de-space-0"],
)
def test_no_points_typeset_takes_all_the_item_points(none):
    scheme = rulegov.parse_scheme(
        f"考核细则\n一、组织领导（10 分）\n1.成立领导小组（4 分）。{none}。\n"
        "2.专题研究法治工作（6 分）。每少一次扣2 分。\n"
    )
    assert _items(scheme)[1:] == [("成立领导小组", 4.0), ("专题研究法治", 6.0)]
    assert sorted((rule.node, rule.points) for rule in scheme.rules) == [
        ("1.1", 4.0),
        ("1.2", 2.0),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "未按要求开展活动的在2 分内酌情扣分",  # a bound on what the rater takes
        "每完成1000亩加0.1 分，以3 分为限",  # a bonus's cap
        "成效显著被省或市推广经验的，分别奖3 分、1 分",  # bonuses, one after the other
        "回收率达不到90%的倒扣基础分2 分",  # what a rule takes, its verb a word before
    ],
    ids=["fen-nei", "wei-xian", "fenbie-jiang", "dao-kou"],
)
def test_a_typeset_figure_a_rule_holds_is_no_item_points(clause):
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织领导（10分）\n"
        f"1.成立领导小组，定期研究部署工作，记5 分；{clause}。\n"
        "2.专题研究法治工作，记5 分；每少一次扣1 分。\n"
    )
    assert [points for _, points in _items(scheme)] == [10.0, 5.0, 5.0]


@pytest.mark.parametrize(
    "bracket",
    [
        "（每个主题活动2 分，11项活动共计22 分）",
        "(每个主题活动2 分,11项活动共计22 分)",
        "（每项活动2 分，共计22 分）",
    ],
    ids=["full-width", "half-width", "short"],
)
def test_points_inside_a_bracket_stay_as_printed(bracket):
    scheme = rulegov.parse_scheme(
        "考核细则\n"
        "1.制定普法规划和决议（5分）；\n"
        f"2.集中开展法治宣传教育主题活动，按时报送活动材料{bracket}；\n"
        "3.开展法治文艺进万家活动（3分）。\n"
    )
    assert [points for _, points in _items(scheme)] == [5.0, 22.0, 3.0]


def test_typeset_points_on_one_long_line_are_read_in_linear_time():
    # each figure looked back over its whole line for an open bracket
    def read(count: int) -> object:
        run = "".join(f"{number % 9 + 1}.开展活动（每项2 分），记4 分；" for number in range(count))
        return rulegov.parse_scheme("考核细则\n一、组织领导（100分）" + run)

    assert growth(read, 300, factor=8) < 2 * 8
