"""An item's scored sentences before its rules, items run into one line with their points after
their stop, and points whose bracket goes on with a remark on how the item is scored. Each test
is a class of printing, its texts written for the test."""

from __future__ import annotations

import time

import pytest

import rulegov
from schemetrees import scheme_nodes


@pytest.mark.parametrize(
    "rules",
    [
        "因材料上报不及时的，每出现一例扣0.5分。",
        "申请对象情况不真实扣2分。",
        "未公示的不得分。",
    ],
)
@pytest.mark.parametrize(("left", "right"), [("（", "）"), ("(", ")")])
def test_scored_sentences_before_the_rules_are_the_items_parts(rules, left, right):
    # 1、新户申请（4分）：…（2分）。…（2分）。因…扣0.5分。: two parts, the rule the item's
    text = (
        "（一）城乡低保工作（共10分）\n"
        f"1、新户申请{left}4分{right}：申请对象情况真实，申请材料齐全规范{left}2分{right}。"
        f"按要求进行调查核实、听证、公示{left}2分{right}。{rules}\n"
        "2、动态管理（6分）：及时掌握纳保对象家庭状况。虚报一次扣1分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "城乡低保工作", 10.0),
        ("1.1", "新户申请", 4.0),
        ("1.1.1", "申请对象情况真实，申请材料齐全规范", 2.0),
        ("1.1.2", "按要求进行调查核实、听证、公示", 2.0),
        ("1.2", "动态管理", 6.0),
    ]
    scheme = rulegov.parse_scheme(text)
    assert [rule.node for rule in scheme.rules if rule.kind == "deduction"] == ["1.1", "1.2"]


def test_an_unnumbered_paragraph_of_scored_sentences_and_a_rule_stays_under_its_part():
    # （二）三项救助工作（共3分） over one paragraph: …（2分）；…（1分）。因…每次扣0.5分。
    text = (
        "（一）城乡低保工作（共4分）\n1、新户申请（4分）：申请材料齐全规范。\n"
        "（二）三项救助工作（共3分）\n"
        "各类救助申请报送及时，申请对象家庭情况核查清楚（2分）；重残对象、农村五保动态管理有效（1分）。"
        "因材料上报不及时，导致救助不及时的，每次扣0.5分。\n"
        "（三）救灾工作（共2分）\n1、查灾核灾及时准确（2分）。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "城乡低保工作", 4.0),
        ("1.1", "新户申请", 4.0),
        ("2", "三项救助工作", 3.0),
        ("2.1", "各类救助申请报送及时，申请对象家庭情况核查清楚", 2.0),
        ("2.2", "重残对象、农村五保动态管理有效", 1.0),
        ("3", "救灾工作", 2.0),
        ("3.1", "查灾核灾及时准确", 2.0),
    ]
    scheme = rulegov.parse_scheme(text)
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("2", 0.5)]


def test_a_rule_among_the_scored_sentences_keeps_them_the_items_standard():
    # a rule between the sentences: they are the item's standard, not parts of it
    text = (
        "1、新户申请（4分）：申请材料齐全规范（2分），缺一项扣1分。按要求进行公示（2分）。\n"
        "2、动态管理（6分）：及时掌握家庭状况。虚报一次扣1分。\n"
    )
    assert scheme_nodes(text, capped=True) == [("1", "新户申请", 4.0), ("2", "动态管理", 6.0)]


@pytest.mark.parametrize("stop", ["；", "。", ";"])
@pytest.mark.parametrize("mark", [".", "、"])
def test_items_run_into_one_line_with_their_points_after_their_stop(stop, mark):
    # …内部审计制度;5分2.单位领导…: each item's points glued to the next item's number
    text = (
        "内部审计目标考核办法一、考核范围各镇人民政府。二、考核内容及计分标准"
        f"(一)内部审计工作保障情况。20分1{mark}建立健全内部审计制度{stop}5分"
        f"2{mark}单位领导重视内部审计工作{stop}5分3{mark}设立独立的内部审计机构{stop}10分"
        f"(二)内部审计工作成果情况。30分1{mark}按时完成年度审计项目计划{stop}18分"
        f"2{mark}及时完成临时交办的审计任务{stop}12分"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "内部审计工作保障情况", 20.0),
        ("1.1", "建立健全内部审计制度", 5.0),
        ("1.2", "单位领导重视内部审计工作", 5.0),
        ("1.3", "设立独立的内部审计机构", 10.0),
        ("2", "内部审计工作成果情况", 30.0),
        ("2.1", "按时完成年度审计项目计划", 18.0),
        ("2.2", "及时完成临时交办的审计任务", 12.0),
    ]


def test_items_run_into_one_line_keep_their_spans_on_the_text_as_printed():
    text = (
        "考核内容及计分标准(一)保障情况。10分1.建立健全内部审计制度;4分2.领导重视内部审计工作;3分"
        "3.设立内部审计机构;3分"
    )
    scheme = rulegov.parse_scheme(text)
    names = {node.name: node for node in scheme.nodes()[1:]}
    for name in ("保障情况", "建立健全内部审计制度", "领导重视内部审计工作", "设立内部审计机构"):
        span = names[name].span
        assert span is not None
        assert name in text[span.start : span.end]


def test_a_line_with_only_one_item_run_on_after_its_points_is_read_as_printed():
    # one figure glued to a number is no run of items: the line is left as it stands
    text = "考核细则\n一、组织领导（10分）\n1.成立领导小组（4分）。未成立的扣4分。\n2.专题研究（6分）。\n"
    assert scheme_nodes(text, capped=True) == [
        ("1", "组织领导", 10.0),
        ("1.1", "成立领导小组", 4.0),
        ("1.2", "专题研究", 6.0),
    ]


def test_a_long_run_of_items_after_their_points_is_read_in_linear_time():
    unit = "建立健全内部审计制度;5分{}.单位领导重视内部审计工作;"
    text = "考核内容(一)保障情况。20分1." + "".join(unit.format(n % 90 + 2) for n in range(3000))
    start = time.perf_counter()
    rulegov.parse_scheme(text)
    assert time.perf_counter() - start < 30


@pytest.mark.parametrize("word", ["此项", "该项", "本项"])
def test_points_whose_bracket_goes_on_with_a_remark_on_the_scoring_are_the_items(word):
    # (0.3分,此项为季度考评,以100分制考评进行折算,…): 0.3 is the item's, 100 the scale's
    text = (
        "(一)森林资源保护成效(1.5分)\n"
        f"1、造林绿化落实情况(0.3分,{word}为季度考评,以100分制考评进行折算,结果按功效系数法计算;"
        "序时任务见附件1)\n"
        f"2、松林改造提升情况(1.2分,{word}为年度考评)\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "森林资源保护成效", 1.5),
        ("1.1", "造林绿化落实情况", 0.3),
        ("1.2", "松林改造提升情况", 1.2),
    ]


def test_a_remark_that_takes_points_in_the_bracket_is_no_remark():
    # (5分,本项未完成的扣5分): a rule shares the bracket, read as a rule of the item
    text = "1、建立制度(5分,本项未完成的扣5分)\n2、开展培训(5分)\n"
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("建立制度", 5.0),
        ("开展培训", 5.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1", 5.0)]


@pytest.mark.parametrize("stop", [".", "。", "；"])
def test_a_document_run_into_one_paragraph_after_its_stops_is_read_item_by_item(stop):
    # …制定本办法.二、考评范围…工作.(一)…计分标准:(1)及时性(基本分40分)…: read as printed it
    # gives nothing; with a line's end before each number run on after a stop, its items
    text = (
        f"农村统计考核制度一、考评目的为完善激励机制,推动农村统计工作的规范化、制度化,制定本办法{stop}"
        f"二、考评范围各县统计局农村统计工作{stop}三、考评周期以上年12月1日至当年11月30日为当年的考评周期{stop}"
        f"四、考评内容农林牧渔业统计、农业经济核算和专项调查等工作{stop}(一)农林牧渔业统计报表"
        f"要求及计分标准:(1)及时性(基本分40分)要求在规定的时间内上报报表{stop}无故迟报1天扣3分,"
        f"迟报2天扣10分{stop}(2)准确性(基本分30分)要求数据准确{stop}差错一处扣2分{stop}"
    )
    scheme = rulegov.parse_scheme(text)
    leaves = [(node.name, node.points) for node in scheme.nodes()[1:] if node.is_leaf]
    assert leaves[-2:] == [("及时性", 40.0), ("准确性", 30.0)]
    assert sorted(rule.points for rule in scheme.rules if rule.kind == "deduction") == [2, 3, 10]
    for node in scheme.nodes()[1:]:
        if node.name in ("及时性", "准确性"):
            assert node.span is not None
            assert node.name in text[node.span.start : node.span.end]


def test_a_short_line_of_sentences_without_points_is_still_no_appraisal():
    # a paragraph that numbers its sentences but states no points anywhere reads no items
    text = "为完善激励机制,制定本办法。二、考评范围各县统计局。三、考评周期为一年。四、考评内容为农业统计。"
    with pytest.raises(rulegov.RulegovError):
        rulegov.parse_scheme(text)


def test_a_single_item_veto_is_a_veto():
    # 涉及单项否决指标的，存在任何一种情况…评定为不合格: an indicator whose failing fails the unit
    text = (
        "本指标分为三部分，总分100分。\n第一部分：政务公开，分值15分。\n"
        "第二部分：政府网站和政务新媒体工作，分值55分（其中：涉及单项否决指标的，存在任何一种情况"
        "该政府网站评定为不合格，得分低于21分的评定为不合格）。\n第三部分：日常工作，分值30分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [rule.kind for rule in scheme.rules].count("veto") == 1


def test_a_single_item_veto_system_the_unit_is_asked_to_run_is_no_veto():
    text = "一、组织领导（10分）\n1.落实安全生产单项否决制度（4分）。\n2.专题研究（6分）。\n"
    scheme = rulegov.parse_scheme(text)
    assert [rule.kind for rule in scheme.rules].count("veto") == 0
