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


def test_a_bracketed_first_criterion_glued_to_its_heading_opens_the_list_run_on_after_it():
    text = (
        "某校作业常规考核制度 一、考核人员为分管教学的校长、教导主任和各教研组组长。"
        "二、考核方法:作业考核总分按100分计算,平时检查与期末检查相结合,取各检查人员打分的平均值。"
        "三、考核细则:1.平时考核以检查表为依据,优20分、良10分、不达标0分。"
        "2.期末考核以考核表为依据(1)作业书写工整,格式统一规范(5分)(2)作业批改及时,订正及时到位(10分)"
        "(3)作业次数适当,讲究实效(5分)(4)无错批、漏批现象发生(10分)\n"
    )
    scheme = rulegov.parse_scheme(text)
    names = {node.name: node for node in scheme.nodes()[1:]}
    assert "期末考核以考核表为依据" in names
    group = names["期末考核以考核表为依据"]
    assert [(child.name, child.points) for child in group.children] == [
        ("作业书写工整,格式统一规范", 5.0),
        ("作业批改及时,订正及时到位", 10.0),
        ("作业次数适当,讲究实效", 5.0),
        ("无错批、漏批现象发生", 10.0),
    ]


def test_a_note_run_on_after_the_last_criterion_s_points_is_no_part_of_that_criterion():
    text = (
        "某校作业常规考核制度 一、考核人员为分管教学的校长、教导主任和各教研组组长。"
        "二、考核方法:作业考核总分按100分计算,平时检查与期末检查相结合,取各检查人员打分的平均值。"
        "三、考核细则:1.平时考核以检查表为依据,优20分、良10分、不达标0分。"
        "2.期末考核以考核表为依据(1)作业书写工整,格式统一规范(5分)(2)作业批改及时,订正及时到位(10分)"
        "(3)作业次数适当,讲究实效(5分)(4)无错批、漏批现象发生(10分)"
        "注1:检查中发现有不改作业、乱打钩等现象的,作业常规考评分为零分,并通报批评。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [rule.kind for rule in scheme.rules] == ["veto"]
    assert scheme.rules[0].reason.startswith("注1:检查中发现有不改作业")
