"""Points stated once for a range of listed items (（一）至（五）各项均以16分计算, 以上每项10分)."""

from __future__ import annotations

import pytest

import rulegov


def _items(scheme: rulegov.Scheme) -> list[tuple[str, float | None]]:
    return [(node.name, node.points) for node in scheme.root.children]


_NAMES = ["组织领导", "制度建设", "队伍建设"]


_LISTS = {
    "brackets": [f"（{n}）{name}；" for n, name in zip("一二三", _NAMES, strict=True)],
    "half-width": [f"({n}){name}；" for n, name in zip("一二三", _NAMES, strict=True)],
    "han": [f"{n}、{name}" for n, name in zip("一二三", _NAMES, strict=True)],
    "arabic": [f"{n}.{name}。" for n, name in zip("123", _NAMES, strict=True)],
}


@pytest.mark.parametrize(
    ("listed", "stated"),
    [
        ("brackets", "（一）至（三）各项均以10分计算。"),
        ("brackets", "（一）、（二）、（三）各项均以10分计算。"),
        ("half-width", "(一)-(三)项各10分。"),
        ("han", "以上每项10分。"),
        ("han", "上述各项均为10分。"),
        ("arabic", "第1-3项各10分。"),
        ("arabic", "第1至3项每项10分。"),
    ],
    ids=["through", "listed", "dash", "above-each", "above-all", "arabic-dash", "arabic-through"],
)
def test_the_items_of_a_range_get_the_points_stated_for_each(listed, stated):
    text = "某县考核细则\n" + "\n".join(_LISTS[listed]) + "\n" + stated + "\n"
    assert _items(rulegov.parse_scheme(text)) == [(name, 10.0) for name in _NAMES]


def test_a_range_and_one_item_stated_in_one_sentence():
    scheme = rulegov.parse_scheme(
        "考核细则\n考核内容：\n（一）组织领导情况；\n（二）制度建设情况；\n（三）队伍建设情况；\n"
        "（四）执法监督情况。\n计分方法：（一）至（三）各项均以20分计算，（四）以40分计算。\n"
    )
    assert _items(scheme) == [
        ("组织领导情况", 20.0),
        ("制度建设情况", 20.0),
        ("队伍建设情况", 20.0),
        ("执法监督情况", 40.0),
    ]


def test_points_stated_above_reach_the_items_without_points_before_them_only():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织领导\n二、制度建设\n三、队伍建设\n以上每项10分。\n"
        "四、群众满意（20分）\n满意率低的扣3分\n"
    )
    assert _items(scheme) == [
        ("组织领导", 10.0),
        ("制度建设", 10.0),
        ("队伍建设", 10.0),
        ("群众满意", 20.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("4", 3.0)]


def test_items_with_points_of_their_own_keep_them():
    scheme = rulegov.parse_scheme(
        "考核细则\n（一）组织领导（15分）；\n（二）制度建设；\n（三）队伍建设；\n"
        "（一）至（三）各项均以10分计算。\n"
    )
    assert _items(scheme) == [("组织领导", 15.0), ("制度建设", 10.0), ("队伍建设", 10.0)]


def test_points_of_a_range_together_are_none_of_each():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织领导（10分）\n1.成立领导小组\n2.制定工作方案\n3.召开专题会议\n"
        "第1-3项共10分。\n二、制度建设（20分）\n每缺一项扣2分\n"
    )
    assert [(node.name, node.points) for node in scheme.root.children[0].children] != [
        ("成立领导小组", 10.0),
        ("制定工作方案", 10.0),
        ("召开专题会议", 10.0),
    ]
