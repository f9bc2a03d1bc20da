"""Rules of the genre read for the fifty-fourth set of appraisal documents (``schemes/real54``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _vetoes(text: str) -> list[str]:
    return [rule.reason for rule in rulegov.parse_scheme(text).rules if rule.kind == "veto"]


def test_the_appraisal_s_score_set_to_nought_vetoes_the_unit():
    text = (
        "某校备课常规考核制度\n"
        "一、考核细则\n"
        "1.教案完整(10分)\n"
        "2.教学反思(10分)\n"
        "注:检查中发现抄袭教案等现象的,备课常规考评分为零分,并通报批评。\n"
    )
    assert len(_vetoes(text)) == 1
    assert _vetoes(text)[0].startswith("注:检查中发现抄袭教案等现象的")


def test_the_appraisal_s_result_or_points_set_to_nought_vetoes_the_unit():
    for words in ("年度考核成绩计0分", "考核得分为0分"):
        text = (
            "某县档案工作考核办法\n"
            "一、组织管理(40分)\n"
            "二、业务建设(60分)\n"
            f"三、发生档案严重损毁事故的单位,{words}。\n"
        )
        assert len(_vetoes(text)) == 1, words


def test_an_item_s_score_set_to_nought_stays_the_item_s():
    text = (
        "某镇信息工作考核细则\n"
        "一、信息报送(30分)迟报瞒报重大信息的,该项考评分为零分。\n"
        "二、宣传报道(20分)未开展宣传的扣5分。\n"
    )
    assert _vetoes(text) == []
