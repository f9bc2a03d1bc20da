"""Appraisal documents of towns, law-enforcement teams and justice offices below the county: the
layouts of the forty-fourth real set, each in its printed forms."""

from __future__ import annotations

import pytest

import rulegov

_ITEMS = "执法队员考核办法\n一、考勤(30分)\n1.迟到的,1次扣1分。\n二、考纪(70分)\n1.不佩戴胸章的,每次扣1分。\n"


def _bands(scheme: rulegov.Scheme) -> list[tuple[str, float | None, float | None]]:
    bands = scheme.grading.bands if scheme.grading is not None else []
    return [(band.label, band.min, band.max) for band in bands]


@pytest.mark.parametrize("comma", [",", "，", "，即"])
def test_grades_named_with_their_bands_in_brackets_after_a_comma_are_read(comma):
    # 优秀(90分以上),良好(80—90分): each grade's band in the bracket right after its name, the
    # grades parted by commas (or opened by 即) rather than by 、
    scheme = rulegov.parse_scheme(
        _ITEMS
        + "三、等次\n实行百分考核,共评出4个等级"
        + comma
        + "优秀(90分以上),良好(80—90分),合格(70—80分),不合格(70分以下)。\n"
    )
    assert _bands(scheme) == [
        ("优秀", 90.0, None),
        ("良好", 80.0, 90.0),
        ("合格", 70.0, 80.0),
        ("不合格", None, 70.0),
    ]


def test_a_grade_word_after_a_comma_without_a_band_in_brackets_is_no_band():
    # 优秀,得分不计入 names no band: the bracket with a figure after the word is what makes one
    scheme = rulegov.parse_scheme(_ITEMS + "年终评出先进单位,优秀的给予表彰(3个)。\n")
    assert _bands(scheme) == []


@pytest.mark.parametrize(
    "heading",
    ["四、奖励加分(封顶10分)", "四、加分项目(封顶10分)", "四、奖励加分（封顶 10 分）"],
)
def test_a_bonus_heading_capped_in_brackets_caps_the_bonus(heading):
    # 奖励加分(封顶10分): 封顶 is the bonus's cap, as 加分不超过10分 is
    scheme = rulegov.parse_scheme(
        _ITEMS + heading + ":1.创新做法被推广的,分别加2分、4分、8分、10分。\n"
    )
    assert scheme.bonus_cap == 10.0


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize("note", ["", "(不含附加分)", "（不含加分）"])
@pytest.mark.parametrize("opening", ["分别由", "分别为", "其中"])
def test_parts_listed_with_their_points_in_brackets_after_the_total_are_the_items(note, opening):
    # 考核总分为100分(不含附加分),分别由A(50分)、B(30分)、C(20分)三部分组成: the parts with their
    # points in brackets, as 分别为A50分、B30分… lists them without
    scheme = rulegov.parse_scheme(
        "网格考核实施细则\n一、考核总则\n(一)考核对象:全镇网格员。\n"
        f"(二)考核依据:考核总分为100分{note},{opening}网格运作成效分(50分)、网格履职绩效分(30分)、"
        "网格员绩效分(20分)三部分组成,每月考核一次。\n"
    )
    assert _tree(scheme)[1:] == [
        ("1.1", "考核依据", None),
        ("1.1.1", "网格运作成效分", 50.0),
        ("1.1.2", "网格履职绩效分", 30.0),
        ("1.1.3", "网格员绩效分", 20.0),
    ]


def test_parts_in_brackets_that_miss_the_total_stay_the_items_text():
    # a list whose points do not add up to the total before it is no list of the item's parts
    scheme = rulegov.parse_scheme(
        "网格考核实施细则\n一、考核依据(100分)\n考核总分为100分,分别由网格运作成效分(50分)、"
        "网格履职绩效分(30分)两部分组成。\n"
    )
    assert [name for _, name, _ in _tree(scheme)] != [
        "考核依据",
        "网格运作成效分",
        "网格履职绩效分",
    ]
