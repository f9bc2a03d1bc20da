"""Tables as copies print them: run into one line with a space where each cell ended, or a cell
a line with a part's bracket lost and its rules as a second list numbered like its criteria.
Each test is a class of printing, its texts written for the test."""

from __future__ import annotations

import pytest

import rulegov
from schemetrees import scheme_nodes


@pytest.mark.parametrize(
    "head",
    ["序号 考核项目 分数 评 分 标 准 得 分", "序号 检查内容 分值 评分标准 得分"],
)
def test_a_table_run_into_one_line_with_spaced_cells_reads_its_rows(head):
    # 一 组织领导 8 1 领导重视 3 …的得3分,否则得0分。 2 …: each row its serial, name and points
    text = (
        f"附件: 某县司法行政工作考核评分标准 {head} 一 组织领导 8 "
        "1 领导重视 3 列入议事日程的得3分,否则得0分。 2 机构健全 3 有法制机构的得3分,否则得0分。 "
        "3 计划总结 2 有年度计划的得2分,否则得0分。 二 制度建设 6 "
        "4 公示制度 3 执行公示制度的得3分,否则得0分。 5 监督制度 3 落实监督制度的得3分,否则得0分。 \n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "组织领导", 8.0),
        ("1.1", "领导重视", 3.0),
        ("1.2", "机构健全", 3.0),
        ("1.3", "计划总结", 2.0),
        ("2", "制度建设", 6.0),
        ("2.1", "公示制度", 3.0),
        ("2.2", "监督制度", 3.0),
    ]
    scheme = rulegov.parse_scheme(text)
    assert [rule.node for rule in scheme.rules if rule.kind == "deduction"] == [
        "1.1",
        "1.2",
        "1.3",
        "2.1",
        "2.2",
    ]
    # the spans still point into the text as printed
    assert text[scheme.node("1.2").span.start :].startswith("机构健全")


def test_figures_in_a_spaced_line_that_do_not_count_up_are_no_rows():
    # 序号 … 分值 then numbers out of order: no table is set out, the text reads as it did
    text = (
        "某县考核评分表 序号 考核内容 分值 评分标准 3 领导重视 3 未研究的扣1分。 "
        "7 机构健全 2 未设立的扣2分。\n1、依法决策（5分）：未经合法性审查的，每件扣1分。\n"
    )
    assert scheme_nodes(text, capped=True) == [("1", "依法决策", 5.0)]


@pytest.mark.parametrize("name", ["领导责任\n", "领导\n责任\n"])
def test_a_parts_points_whose_opening_bracket_was_lost_are_its_points(name):
    # 领导责任 · 10分): the line of points closes a bracket the copy lost
    text = (
        "某单位平安创建考核标准\n项目及分值\n考核细则\n"
        f"{name}10分)\n1、明确分管领导。(4分)\n2、制定年度计划。(6分)\n"
        "1、无分管领导扣2分。\n2、未制定不得分。\n"
        "宣传教育\n5分)\n1、开展法制教育。(2分)\n2、设立宣传栏。(3分)\n"
        "1、未开展不得分。\n2、未设立扣3分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "领导责任", 10.0),
        ("1.1", "明确分管领导", 4.0),
        ("1.2", "制定年度计划", 6.0),
        ("2", "宣传教育", 5.0),
        ("2.1", "开展法制教育", 2.0),
        ("2.2", "设立宣传栏", 3.0),
    ]


@pytest.mark.parametrize("third", ["3研究部署", "研究部署"])
def test_rules_printed_as_a_second_list_numbered_like_the_criteria_are_theirs(third):
    # 1、…(2分) 2、…(1分) 3…(2分), its 、 lost, then 1、…扣1分 2、…不得分 3、…: each line its
    # criterion's, the third in its place
    text = (
        "某单位平安创建考核标准\n领导和目标责任制(5分)\n"
        "1、单位主要负责人抓综治工作。(2分)\n2、纳入年度工作计划。(1分)\n"
        f"{third}综治工作。(2分)\n"
        "1、无分管领导扣1分;未建立扣1分。\n2、未纳入不得分。\n3、少1次扣1分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction"] == [
        ("1.1", 1.0),
        ("1.1", 1.0),
        ("1.2", 1.0),
        ("1.3", 1.0),
    ]


def test_a_second_list_of_rules_as_long_as_the_criteria_keys_them_in_order():
    # criteria 1、 2… 3、 4、 5… (two stops lost), rules 1、 to 5、: one to one, in their places
    text = (
        "某单位平安创建考核标准\n宣传教育(10分)\n1、开展法制教育。(2分)\n2通过讲座开展教育。(1分)\n"
        "3、设立宣传栏。(4分)\n4、报送信息。(2分)\n5积极开展活动。(1分)\n"
        "1、未开展不得分。\n2、未开展扣1分。\n3、未设立扣2分。\n4、少1条扣1分。\n5、未开展不得分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction"] == [
        ("1.1", 2.0),
        ("1.2", 1.0),
        ("1.3", 2.0),
        ("1.4", 1.0),
        ("1.5", 1.0),
    ]


def test_a_last_criterions_own_numbered_rules_stay_with_the_part():
    # 1、…(4分) 2、…(6分), then 1、…扣1分 alone: fewer lines than criteria, no second list
    text = (
        "某单位平安创建考核标准\n领导责任(10分)\n"
        "1、明确分管领导。(4分)\n2、制定年度计划。(6分)\n1、未制定计划的扣2分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [rule.node for rule in scheme.rules if rule.kind == "deduction"] != ["1.1"]


def test_items_closing_on_a_bare_number_in_brackets_have_it_as_their_points():
    # 1、…公开(10): a table of marks 优(10) 良(8) …, each item closing on its points without 分
    text = (
        "评估内容\n| 评估等级\n|\n优\n(10)\n| 良\n(8)\n| 差\n(0)\n|\n"
        "1、及时公开政府信息(10)\n| | | |\n2、设立信息公开专栏(10)\n| | | |\n"
        "3、编制年度报告(5)\n| | | |\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "及时公开政府信息", 10.0),
        ("2", "设立信息公开专栏", 10.0),
        ("3", "编制年度报告", 5.0),
    ]


def test_sub_items_numbered_with_a_hyphen_in_a_run_on_paragraph_are_their_items_parts():
    # …2、强化源头(30分)2-1开展评估(5分)。…扣1分。2-2办理信访(25分)。…: one paragraph, 2-1 under 2、
    text = (
        "某镇信访工作考核评分办法\n"
        "一、定量考核(40分)1、发生重大群体性事件的,实行一票否决制。2、强化源头防范(30分)"
        "2-1开展信访评估(5分)。市政重大工程建设项目所在的单位,必须开展信访评估,并制定工作预案。"
        "没有开展信访评估的每个项目扣1分。2-2办理初次信访(25分)。"
        "按时办结率下降1个百分点扣1分。3、推动事要解决(10分)。3-1 按时化解信访事项(5分)。"
        "未化解不得分。3-2 办理转交信访事项(5分)。未按时办结不得分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "定量考核", 40.0),
        ("1.1", "强化源头防范", 30.0),
        ("1.1.1", "开展信访评估", 5.0),
        ("1.1.2", "办理初次信访", 25.0),
        ("1.2", "推动事要解决", 10.0),
        ("1.2.1", "按时化解信访事项", 5.0),
        ("1.2.2", "办理转交信访事项", 5.0),
    ]


def test_items_whose_stop_a_copy_lost_are_numbered_with_a_parts_lost_bracket():
    # 宣传 · 教育 · 10分), then 1、 2通过… 3、 4、 5积极…, then their rules 1、 to 5、: every repair
    # of the copy made at once gives the part, its five criteria and each its rule
    text = (
        "某单位平安创建考核标准\n项目及分值\n考核细则\n宣传\n教育\n10分)\n"
        "1、单位内部人员应当接受法律知识培训。(1分)\n2通过会议、讲座等形式开展法制教育。(1分)\n"
        "3、全年以黑板报等形式宣传法律法规不少于4次。(4分)\n4、全年向综治网提供宣传稿件不少于2次。(2分)\n"
        "5积极开展安全生产月活动。(2分)\n"
        "1、未参加不得分。\n2、未开展不得分。\n3、少1次扣1分。\n4、少1次扣1分。\n5、未开展不得分。\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "宣传教育", 10.0),
        ("1.1", "单位内部人员应当接受法律知识培训", 1.0),
        ("1.2", "通过会议、讲座等形式开展法制教育", 1.0),
        ("1.3", "全年以黑板报等形式宣传法律法规不少于4次", 4.0),
        ("1.4", "全年向综治网提供宣传稿件不少于2次", 2.0),
        ("1.5", "积极开展安全生产月活动", 2.0),
    ]
    scheme = rulegov.parse_scheme(text)
    assert [rule.node for rule in scheme.rules if rule.kind == "deduction"] == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "1.5",
    ]


def test_a_line_opening_with_a_quantity_after_a_numbered_line_is_no_item():
    # 2、…, then 3个月内…(3分): a quantity going on with item 2, not item 3
    text = "某单位考核标准\n1、制定计划。(2分)\n2、按时完成整改,\n3个月内报送整改报告。(3分)\n"
    assert [points for _, _, points in scheme_nodes(text, capped=True)] == [2.0, 3.0]


def test_rules_after_criteria_that_state_their_own_stay_the_part_s_rules():
    # each criterion states its own rule: the second list 1、 2、 3、 is the part's, not theirs
    text = (
        "一、安全生产(30分)\n1、制度建设(10分)。未建立制度的扣2分。\n2、隐患排查(10分)。未排查的扣2分。\n"
        "3、应急管理(10分)。无预案的扣2分。\n1、发生一般事故的扣5分。\n2、发生较大事故的不得分。\n"
        "3、被通报批评的扣3分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    rules = {rule.reason: getattr(rule, "node", None) for rule in scheme.rules}
    assert rules == {
        "未建立制度的扣2分": "1.1",
        "未排查的扣2分": "1.2",
        "无预案的扣2分": "1.3",
        "1、发生一般事故的扣5分": "1",
        "2、发生较大事故的不得分": "1",
        "3、被通报批评的扣3分": "1",
    }
