"""Points printed with the word that names them: an unnumbered heading's ``（满分20分）`` and the
full marks that close a criterion's sentence after what one period earns or a remark in
brackets. Each test is a class of printing, its texts written for the test."""

from __future__ import annotations

import pytest

import rulegov
from schemetrees import scheme_parts


@pytest.mark.parametrize("label", ["满分", "满分 ", "分值：", "分值:", "标准分", "满分为"])
@pytest.mark.parametrize(("left", "right"), [("（", "）"), ("(", ")")])
def test_an_unnumbered_heading_with_labelled_points_opens_a_group(label, left, right):
    # 河长湖长履职情况（满分20分） over 1.巡河情况（10分）: the heading's points with their word
    text = (
        f"河长湖长履职情况{left}{label}20分{right}\n1.巡河情况（10分）\n2.研究解决问题情况（10分）\n"
        f"河湖治理重点任务{left}{label}80分{right}\n1.问题台账销号情况（50分）\n2.水环境质量情况（30分）"
    )
    scheme = rulegov.parse_scheme(text)
    assert scheme_parts(scheme) == [
        ("河长湖长履职情况", 20.0, [("巡河情况", 10.0), ("研究解决问题情况", 10.0)]),
        ("河湖治理重点任务", 80.0, [("问题台账销号情况", 50.0), ("水环境质量情况", 30.0)]),
    ]


def test_an_unnumbered_heading_in_traditional_characters_with_its_full_marks():
    text = (
        "河長湖長履職情況(滿分20分)\n1.巡河情況(10分)\n2.研究解決問題情況(10分)\n"
        "河湖治理重點任務(滿分80分)\n1.問題臺賬銷號情況(50分)\n2.地表水環境質量情況(30分)"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.cap, len(node.children)) for node in scheme.root.children] == [
        ("河長湖長履職情況", 20.0, 2),
        ("河湖治理重點任務", 80.0, 2),
    ]


def test_a_document_title_with_its_full_marks_stays_the_total_not_a_heading():
    text = "某县河长制考核细则（满分100分）\n组织领导（满分20分）\n1.巡河情况（10分）\n2.研究解决问题情况（10分）"
    scheme = rulegov.parse_scheme(text)
    assert scheme_parts(scheme) == [
        ("组织领导", 20.0, [("巡河情况", 10.0), ("研究解决问题情况", 10.0)]),
    ]


@pytest.mark.parametrize("period", ["每季度", "每月", "每半年"])
def test_full_marks_closing_a_criterion_outweigh_what_one_period_earns(period):
    # …。每季度，根据工作开展情况得分（0.3分），满分1.2分。: 0.3 is one quarter's, 1.2 the item's
    text = (
        "（一）隐患排查治理（分值：15分）\n"
        "1.公安部门组织开展事故多发路段排查活动。年底，根据整改率得分，满分3分。\n"
        f"2.交通运输部门开展“回头看”活动，建立工作台账。{period}，根据工作开展情况得分（0.3分），满分1.2分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    (part,) = scheme.root.children
    assert [child.points for child in part.children] == [3.0, 1.2]


def test_points_in_a_title_parted_by_a_semicolon_stay_the_items():
    # 耕地保有量；基本农田保护（7分）: the semicolon parts the title's words, it ends no sentence
    text = (
        "1.耕地保有量；基本农田保护（7分） | （1）耕地面积大于或等于保有量的，得3.5分，否则不得分。本项满分3.5分。\n"
        "（2）完成年度补充耕地任务的，得3.5分，否则不得分。本项满分3.5分。\n"
        "2.粮食生产（3分）\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert scheme.root.children[0].cap == 7.0


@pytest.mark.parametrize(
    "remark", ["（无高速公路管理责任的县区得平均分）", "(无高速公路的县区得平均分)", ""]
)
def test_full_marks_with_a_remark_in_brackets_after_them_close_the_criterion(remark):
    text = (
        "（一）隐患排查治理（分值：5分）\n"
        f"1.公路经营单位推广应用不停车称重检测系统。年底，根据工作开展情况得分，满分2分{remark}。\n"
        f"2.公路经营单位分步升级改造交通安全防护设施。年底，根据工作开展情况得分，满分3分{remark}。\n"
    )
    scheme = rulegov.parse_scheme(text)
    (part,) = scheme.root.children
    assert [(child.name[:6], child.points) for child in part.children] == [
        ("公路经营单位", 2.0),
        ("公路经营单位", 3.0),
    ]


@pytest.mark.parametrize("cap", ["加到2分", "加到2分为止", "加满2分为止", "最多加2分", "加至2分"])
def test_a_clause_that_caps_loose_bonuses_leaves_each_bonus_its_own_rule(cap):
    # 简报被市预防办采用每条加0.2分，被省预防办采用每条加0.5分，加到2分: two bonuses, then their cap
    # outside every item: a 办法 that states its bonuses in its articles, no table
    text = (
        "考核标准基准分为100分，按照条文规定的内容进行扣分。"
        f"简报被市预防办采用每条加0.2分，被省预防办采用每条加0.5分，{cap}。"
    )
    scheme = rulegov.parse_scheme(text)
    bonuses = [(rule.points, rule.max) for rule in scheme.rules if rule.kind == "bonus"]
    assert bonuses == [(0.2, 2.0), (0.5, 2.0)]


def test_a_loose_bonus_without_a_cap_clause_stays_one_rule_a_clause():
    text = "考核标准基准分为100分。被市级表彰的加1分，被省级表彰的加2分。"
    scheme = rulegov.parse_scheme(text)
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [1.0, 2.0]


def test_a_rows_name_cell_wrapped_onto_a_second_line_before_its_points_cell_is_one_name():
    # a table copied a cell a line (序号 · 分项 · 标准分 · 考核标准): the narrow 分项 cell wraps
    text = (
        "领导重视信访工作\n15分\n"
        "1\n有乡镇领导分管，年内听取\n汇报不少于4次\n4\n向领导小组组长汇报记录为准，少一次扣0.5分。\n"
        "2\n所长召开专项研究信访工作会议\n3\n少一次扣0.75分\n"
    )
    scheme = rulegov.parse_scheme(text)
    (part,) = scheme.root.children
    assert [(child.name, child.points) for child in part.children] == [
        ("有乡镇领导分管，年内听取汇报不少于4次", 4.0),
        ("所长召开专项研究信访工作会议", 3.0),
    ]


def test_a_rule_after_a_rows_name_is_no_second_line_of_it():
    text = (
        "领导重视信访工作\n15分\n"
        "1\n有乡镇领导分管\n少一次扣0.5分\n4\n"
        "2\n所长召开专项研究信访工作会议\n3\n少一次扣0.75分\n"
    )
    scheme = rulegov.parse_scheme(text)
    names = [node.name for node in scheme.nodes()[1:]]
    assert "有乡镇领导分管少一次扣0.5分" not in names


@pytest.mark.parametrize("remark", ["(不含奖励分)", "（含加分）", "(其中基础分)"])
def test_a_points_cell_with_a_remark_on_what_it_counts_is_the_rows_points(remark):
    text = (
        "领导重视信访工作\n15分\n"
        "1\n对信访报结案件认真调查处理,坚持属地管理原则,\n"
        f"16{remark}\n(1)各所坚持属地管理的得7分。\n"
        "2\n做好上访接待工作及复信、回访\n6\n每少5个百分点的扣1分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    (part,) = scheme.root.children
    assert [(child.name[:10], child.cap or child.points) for child in part.children] == [
        ("对信访报结案件认真调", 16.0),
        ("做好上访接待工作及复", 6.0),
    ]


def test_the_first_rows_name_wrapped_under_a_subtotalled_part_is_one_name():
    # an inspection sheet a cell a line: parts （小计9分，得分）, a narrow name column
    text = (
        "一、组织机构（小计4分，得分）\n网络与信息安全协调小组\n（4分）\n"
        "1、成立和调整时的文件（2分）\n2、成员单位及工作职责（2分）\n"
        "二、工作落实（小计3分，得分）\n网络与信息安全协调\n小组年度工作安排\n（3分）\n"
        "1、正式印发年度工作安排文件（1分）\n2、检查督促相关工作落实情况（2分）\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [child.name for child in scheme.root.children[1].children] == [
        "网络与信息安全协调小组年度工作安排"
    ]


def test_a_group_line_over_the_first_row_under_a_part_with_plain_points_stays_apart():
    text = (
        "一、完成就业指标任务情况（24分）\n对就业工作实行计划管理\n纳入地方年度工作计划\n（1分）\n"
        "未完成的不得分。\n分解下达年度工作目标任务\n（1分）\n未完成的不得分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    names = [node.name for node in scheme.nodes()[1:]]
    assert "对就业工作实行计划管理纳入地方年度工作计划" not in names


def test_a_bare_figure_between_a_criterions_sentence_and_its_remark_is_its_points():
    # 考核细目 · 细目分值 · 备注 run into one line: the remark's credits are no points of the item
    text = (
        "考核项目 考核分值 考核细目 细目分值 备注 爱 国 爱 教 10 "
        "1、建立并实施时事政治学习制度，场所管理人员参加。 2 年底工作计划中有学习安排的得0.5分。 "
        "2、设立橱窗、板报等宣传服务窗口。 2 橱窗内容定期更新，每出一期得0.5分。 "
        "3、挖掘和保护宗教文化资源。 4 开展文物保护、非遗申报等工作的得1分。"
    )
    scheme = rulegov.parse_scheme(text)
    leaves = [(node.name, node.points) for node in scheme.nodes()[1:] if node.is_leaf]
    assert leaves == [
        ("建立并实施时事政治学习制度，场所管理人员参加", 2.0),
        ("设立橱窗、板报等宣传服务窗口", 2.0),
        ("挖掘和保护宗教文化资源", 4.0),
    ]


def test_a_count_after_a_criterions_sentence_is_no_points():
    text = "1、建立联席会议制度（3分）。\n2、召开联席会议。 2 个以上部门参与的得1分。\n"
    scheme = rulegov.parse_scheme(text)
    assert [node.points for node in scheme.nodes()[1:]] == [3.0, 1.0]
