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


def _vetoes(text: str) -> list[str]:
    scheme = rulegov.parse_scheme(text)
    return [rule.reason or "" for rule in scheme.rules if rule.kind == "veto"]


def test_an_event_that_sets_the_whole_appraisal_to_nought_vetoes_the_unit():
    text = (
        "某市秸秆禁烧工作考核办法\n"
        "一、组织保障(30分)\n"
        "二、禁烧成效(70分)\n"
        "三、考核结果\n"
        "90分以上为优秀,60分以上90分以下为合格,低于60分为不合格。"
        "对因焚烧秸秆引起重大大气污染事件的乡镇,年度考核得0分,全市通报批评。\n"
    )
    assert len(_vetoes(text)) == 1
    assert _vetoes(text)[0].startswith("对因焚烧秸秆引起重大大气污染事件的乡镇")


def test_an_item_that_scores_nought_is_no_veto_of_the_unit():
    text = (
        "某镇森林防火考核细则\n"
        "一、火灾防控(30分)发生森林火灾致人员死亡的,该项考核得零分。\n"
        "二、宣传教育(20分)未开展宣传的扣5分。\n"
    )
    assert _vetoes(text) == []
