"""Appraisal documents of government service, disclosure and legal service as sharing sites print
them: the layouts of the forty-third real set, each in its printed forms."""

from __future__ import annotations

import pytest

import rulegov

_ITEMS = "窗口人员考核细则\n一、考勤(30分)\n1.迟到的,1次扣1分。\n二、考纪(20分)\n1.不佩戴胸章的,每次扣1分。\n"


def _bands(scheme: rulegov.Scheme) -> list[tuple[str, float | None, float | None]]:
    bands = scheme.grading.bands if scheme.grading is not None else []
    return [(band.label, band.min, band.max) for band in bands]


@pytest.mark.parametrize(
    "sentence",
    [
        "考核实行百分制,80分为及格分,不设得分上限。",
        "考核實行百分制,80分為及格分,不設得分上限。",
        "考核实行百分制,以80分为及格线。",
        "考核实行百分制,80分为合格分数线。",
    ],
)
def test_a_pass_mark_stated_after_its_score_is_the_lower_edge_of_its_grade(sentence):
    # 80分为及格分: the score first, then the grade it makes, as 及格分为80分 states it the other
    # way round; the grade below it holds the scores under it
    scheme = rulegov.parse_scheme(_ITEMS + sentence + "\n")
    label = "合格" if "合格" in sentence else "及格"
    assert (label, 80.0, None) in _bands(scheme)
    assert ("不" + label, None, 80.0) in _bands(scheme)


def test_a_score_before_a_pass_mark_of_another_figure_is_no_pass_mark():
    # 满分100分,及格分为60分: the pass mark is the figure after it, the total none
    scheme = rulegov.parse_scheme(_ITEMS + "满分100分,及格分为60分。\n")
    assert ("及格", 60.0, None) in _bands(scheme)


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize("points", ["(30)", "（30）", "(30分)", "（ 30 分 ）"])
@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_parts_points_that_open_the_line_of_its_first_rule_are_the_parts(points, between):
    # a part's heading alone on its line, then its points in brackets (分 perhaps left out) before
    # its first numbered rule: the part's points, not the rule's
    scheme = rulegov.parse_scheme(
        _ITEMS.replace("\n", between)
        + f"三、业务{between}{points}1.应受理的事件不受理的,1次扣1分;{between}"
        + f"2.受理件不录入电脑的,1件扣2分;{between}"
    )
    assert _tree(scheme)[:2] == [("1", "考勤", 30.0), ("2", "考纪", 20.0)]
    assert scheme.node("3").name == "业务"
    assert scheme.node("3").cap == 30.0 or scheme.node("3").points == 30.0
    assert [(rule.node, rule.points) for rule in scheme.rules if rule.node.startswith("3")] == [
        ("3.1", 1.0),
        ("3.2", 2.0),
    ]


def test_a_bracketed_figure_after_a_rule_is_no_parts_points():
    # (30) after a numbered rule, not after a part's heading alone: left as printed
    scheme = rulegov.parse_scheme(
        _ITEMS + "三、业务(30分)\n1.不受理的,1次扣1分;\n(2)1.不录入的,扣2分;\n"
    )
    assert scheme.node("3").name == "业务"
    assert all(node.points != 2.0 for node in scheme.nodes()[1:] if node.id.startswith("3"))


_SHARES_TEXT = (
    "测评方法:\n"
    "一、绩效测评按月进行。\n"
    "二、绩效测评采用100分基准分制。考核的具体分值设置为:政务公开占10%,流程规范占40%,"
    "服务态度占30%,廉洁行政占20%。每部分最低得分为0分。\n"
    "三、被连续发出3次预警信号的,扣3分。\n"
)


def test_parts_given_as_shares_of_a_hundred_points_are_the_appraisals_items():
    # 采用100分基准分制 then 政务公开占10%,…: the parts' shares of the full score are their points;
    # 100分基准分制 is the scoring, no item's points
    scheme = rulegov.parse_scheme(_SHARES_TEXT)
    assert _tree(scheme) == [
        ("1", "政务公开", 10.0),
        ("2", "流程规范", 40.0),
        ("3", "服务态度", 30.0),
        ("4", "廉洁行政", 20.0),
    ]


@pytest.mark.parametrize(
    "shares",
    [
        "自评占30%,考核组评分占70%",  # raters' shares: no parts
        "政务公开占10%,流程规范占40%",  # shares short of a hundred: no parts
    ],
)
def test_shares_of_raters_or_short_of_a_hundred_are_no_parts(shares):
    text = _SHARES_TEXT.replace("政务公开占10%,流程规范占40%,服务态度占30%,廉洁行政占20%", shares)
    scheme = rulegov.parse_scheme(
        text.replace("三、被连续发出3次预警信号的,扣3分。", "三、组织领导(10分)\n1.未建立的扣2分。")
    )
    # (raters are read as the appraisal's raters, with their shares, as before)
    parts = [(node.name, node.points) for node in scheme.nodes()[1:]]
    assert not any(name in ("政务公开", "流程规范", "自评", "考核组评分") for name, _ in parts)
