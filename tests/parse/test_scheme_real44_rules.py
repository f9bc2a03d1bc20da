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
