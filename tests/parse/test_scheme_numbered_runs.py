"""Appraisal documents printed as numbered text run into one line: sub-items numbered with a
hyphen (2-1, 3－2), Arabic numbers run on after a stop or after the points of the item before,
and the first part run on after the document's title. Each test is a class of printing, its
texts written for the test."""

from __future__ import annotations

import pytest

import rulegov
from schemetrees import scheme_nodes

_FILLER = "各单位应当按照要求认真组织实施，做好记录，及时报送有关材料，接受上级检查。"


@pytest.mark.parametrize("dash", ["-", "－"])
def test_sub_items_numbered_with_a_hyphen_in_a_run_are_read_under_their_item(dash):
    # …(20分)2-1建立…(5分)。…2-2…: a sharing site's one line, sub-items numbered 2-1 and 2-2
    text = (
        "某镇安全生产考核评分办法一、定量考核(60分)1、凡发生较大事故的单位,实行一票否决制。"
        f"2、强化源头防范(20分)2{dash}1建立隐患台账(5分)。{_FILLER}未建立的扣5分。"
        f"2{dash}2开展隐患排查(15分)。{_FILLER}每少一次扣1分,扣完为止。"
        f"3、推动问题整改(10分)。3{dash}1 整改率达100%的,得5分。未整改不得分。"
        f"3{dash}2及时报送整改情况(5分)。{_FILLER}未按时报送的扣2分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "定量考核", 60.0),
        ("1.1", "强化源头防范", 20.0),
        ("1.1.1", "建立隐患台账", 5.0),
        ("1.1.2", "开展隐患排查", 15.0),
        ("1.2", "推动问题整改", 10.0),
        ("1.2.1", "整改率达100%的", 5.0),
        ("1.2.2", "及时报送整改情况", 5.0),
    ]
    scheme = rulegov.parse_scheme(text)
    taken = [(rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction"]
    assert taken == [("1.1.1", 5.0), ("1.1.2", 1.0), ("1.2.1", 5.0), ("1.2.2", 2.0)]


def test_a_hyphen_between_figures_stays_a_range():
    # 扣1-5分 and 3-5月 are no numbers of items, in a run or on a line of their own
    text = (
        "一、组织领导(10分)\n1.成立领导小组(5分)。未成立的扣1-5分。\n"
        "2.制定工作方案(5分)。\n3-5月未制定的扣2分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "组织领导", 10.0),
        ("1.1", "成立领导小组", 5.0),
        ("1.2", "制定工作方案", 5.0),
    ]


def test_grade_bands_printed_as_ranges_at_the_start_of_lines_stay_bands():
    text = (
        "考核办法\n一、组织领导（10分）\n1.成立领导小组（10分）。未成立的扣5分。\n"
        "优秀等级\n90分以上\n良好等级\n80-89分\n合格等级\n60-79分\n不合格等级\n60分以下\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert scheme.grading is not None
    assert [(band.label, band.min) for band in scheme.grading.bands] == [
        ("优秀", 90.0),
        ("良好", 80.0),
        ("合格", 60.0),
        ("不合格", None),
    ]


def test_a_table_row_of_remarks_is_not_cut_into_items():
    # 备注：1.…共100分。2.…: numbered remarks in a table's cell are no run of items
    remark = (
        "备注：1.一级指标4项，二级指标10项，三级指标38项，计68分，共100分。"
        "2.指标中所有规章制度，专指相关制度。3.随机抽查对象优先选择委托培训对象。"
        "4.现场评估时详细填写存在的问题和扣分原因。"
    )
    text = f"|序号|评估项目|分值|\n|1|组织管理|60|\n|2|培训过程|40|\n|{remark}|{remark}|{remark}|\n"
    names = [name for _, name, _ in scheme_nodes(text, capped=True)]
    assert not any("一级指标" in name for name in names)


def test_parts_each_followed_by_their_rules_are_the_items_parts():
    # 社会治安(20分)。群体性事件方面(5分)。…扣5分。群众上访方面(10分)。…扣2分…。调解工作(5分)。
    text = (
        "一、社会发展工作（20分）\n"
        "1、社会治安综合治理（20分）。群体性事件方面（5分）。每发生一次重大群体性事件扣5分。"
        "群众上访方面（10分）。发生到县个访1次扣2分，集体访1次扣10分，扣完为止。"
        "调解工作（5分）。能调解成功而移交到乡的每起扣2.5分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "社会发展工作", 20.0),
        ("1.1", "社会治安综合治理", 20.0),
        ("1.1.1", "群体性事件方面", 5.0),
        ("1.1.2", "群众上访方面", 10.0),
        ("1.1.3", "调解工作", 5.0),
    ]
    scheme = rulegov.parse_scheme(text)
    taken = [(rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction"]
    assert taken == [("1.1.1", 5.0), ("1.1.2", 2.0), ("1.1.2", 10.0), ("1.1.3", 2.5)]


def test_parts_that_do_not_add_up_to_the_item_stay_its_standard():
    text = (
        "一、社会发展工作（20分）\n"
        "1、社会治安综合治理（20分）。群体性事件方面（5分）。每发生一次重大群体性事件扣5分。"
        "群众上访方面（3分）。发生到县个访1次扣2分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "社会发展工作", 20.0),
        ("1.1", "社会治安综合治理", 20.0),
    ]


def test_a_copy_that_lost_its_closing_brackets_has_them_closed():
    # (一社会发展工作(20分1、 社会治安综合治理(20分。…: every closing bracket lost in the copy
    text = (
        "某乡村干部绩效考核办法为调动村干部工作积极性,特制定本办法。一、 考核对象:各村两委班子。"
        "二、 考核内容:考核采取百分制,对村两委班子进行量化考核。(一社会发展工作(20分1、 "
        "社会治安综合治理(20分。群体性事件方面(5分。每发生一次重大群体性事件扣5分。"
        "群众上访方面(10分。发生到县个访1次扣2分,扣完为止。调解工作(5分。"
        "能调解成功而移交到乡的每起扣2.5分。\n"
    )
    nodes = scheme_nodes(text, capped=True)
    assert ("社会发展工作", 20.0) in [(name, points) for _, name, points in nodes]
    assert [(name, points) for _, name, points in nodes][-3:] == [
        ("群体性事件方面", 5.0),
        ("群众上访方面", 10.0),
        ("调解工作", 5.0),
    ]


def test_clauses_with_points_after_the_items_own_rules_are_its_parts():
    # …卫生保洁到位（1.5分），…扣0.1分；垃圾箱…完好（1.5分），设施损坏一处扣0.05分: the item heads them
    text = (
        "一、环境卫生（4分）\n"
        "1.积极引导小区推行物业管理，卫生保洁到位（1.5分），卫生制度不健全扣0.1分，保洁不到位扣0.1分；"
        "垃圾箱、路灯等设施保持完好（1.5分），设施损坏一处扣0.05分，楼道占用一处扣0.05分。\n"
        "2.设置卫生知识宣传栏（1分），一处未设置扣0.2分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "环境卫生", 4.0),
        ("1.1", "积极引导小区推行物业管理，卫生保洁到位", None),
        ("1.1.1", "积极引导小区推行物业管理，卫生保洁到位", 1.5),
        ("1.1.2", "垃圾箱、路灯等设施保持完好", 1.5),
        ("1.2", "设置卫生知识宣传栏", 1.0),
    ]
    scheme = rulegov.parse_scheme(text)
    taken = [(rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction"]
    assert taken == [("1.1.1", 0.1), ("1.1.1", 0.1), ("1.1.2", 0.05), ("1.1.2", 0.05), ("1.2", 0.2)]


def test_a_numbered_item_after_the_rules_is_no_part():
    # …（1分），未建立扣1分；1、建立联系点制度（1分）…: a numbered item, not a clause of the one above
    text = (
        "一、党建工作（4分）\n"
        "1.政令畅通，各项部署落实到位（2分），未落实扣1分；2、建立联系点制度（2分），未建立扣1分。\n"
    )
    names = [name for _, name, _ in scheme_nodes(text, capped=True)]
    assert names.count("政令畅通，各项部署落实到位") == 1


def test_item_1_glued_to_a_heading_opens_the_list_its_items_run_on():
    # …管理机制1.制度建设…每次扣2分。2.机构配备…: item 1 after the heading's words, 2. after a stop
    text = (
        "学校安全工作考核细则一、校园安全管理机制1.安全管理制度建设学校需依据相关安全法规制定安全管理制度,"
        f"{_FILLER}若未按要求进行制度审查和修订,每次扣2分。2.安全管理机构与人员配备学校应设立安全管理机构,"
        f"{_FILLER}会议记录不完整,每次扣1分。3.安全工作规划与总结学校要制定年度安全工作规划,"
        f"{_FILLER}若未制定年度安全工作规划,扣3分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    taken = [rule.points for rule in scheme.rules if rule.kind == "deduction"]
    assert taken == [2.0, 1.0, 3.0]
    assert len({rule.node for rule in scheme.rules if rule.kind == "deduction"}) == 3


def test_a_clause_scored_after_a_rule_that_would_take_the_part_over_its_points_is_no_part():
    # 制度建设(5分) and 隐患排查(5分) fill 安全管理's 10: 台账资料齐全(1分) after 制度建设's rule
    # does not make it a sixth point of 制度建设
    text = (
        "一、安全管理(10分)\n1、制度建设(5分)。未建立安全制度的扣2分;台账资料齐全(1分)。\n"
        "2、隐患排查(5分)。未排查的扣2分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "安全管理", 10.0),
        ("1.1", "制度建设", 5.0),
        ("1.2", "隐患排查", 5.0),
    ]
