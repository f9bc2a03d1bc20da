"""Rules of the genre read for the fifty-third set of appraisal documents (``schemes/real53``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _bands(text: str) -> list[tuple[str, float | None]]:
    scheme = rulegov.parse_scheme(text)
    assert scheme.grading is not None
    return [(band.label, band.min) for band in scheme.grading.bands]


def test_ranked_grades_of_a_kind_of_unit_keep_the_kind_they_name():
    text = (
        "某市托幼机构等级评定办法\n"
        "一、保教工作(60分)\n"
        "二、卫生保健(40分)\n"
        "三、等级评定\n"
        "1、一级园:评估总得分不低于90分。\n"
        "2、二级园:评估总得分不低于75分。\n"
        "3、三级园:评估总得分不低于60分。\n"
    )
    assert _bands(text) == [("一级园", 90.0), ("二级园", 75.0), ("三级园", 60.0)]


def test_a_score_the_grade_reaches_in_full_is_its_lower_edge():
    text = (
        "某街道社区工作考评办法\n"
        "一、组织建设(50分)\n"
        "二、服务群众(50分)\n"
        "三、考评等次\n"
        "1、优秀:年度总得分满90分。\n"
        "2、合格:年度总得分满60分。\n"
        "3、不合格:年度总得分低于60分。\n"
    )
    assert _bands(text) == [("优秀", 90.0), ("合格", 60.0), ("不合格", None)]
