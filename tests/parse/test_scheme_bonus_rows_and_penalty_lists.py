"""Appraisal documents whose bonus rows, penalty lists and cell-a-line tables a reader once took
for scored items: each class in a short printing of its own."""

from __future__ import annotations

import pytest

import rulegov

_CELLS = (
    "考核项目\n基本分\n考核分\n"
    "组织领导\n20分\n1\n成立领导小组。\n10\n2\n制定工作方案。\n10\n"
    "工作落实\n80分\n3\n开展隐患排查。\n40\n4\n按时报送信息。\n40\n"
)


def _items(scheme: rulegov.Scheme) -> list[tuple[str, float | None]]:
    return [(node.name or "", node.points) for node in scheme.nodes()[1:] if node.is_leaf]


def test_a_bonus_row_of_a_cell_a_line_table_is_no_item_its_serial_no_points():
    # 奖罚分 · 5 · …加10分: the last row's 序号 (5, after rows 1 to 4) stands where a points cell
    # would; the row states bonus rules only, which are read once, as bonus rules
    scheme = rulegov.parse_scheme(
        _CELLS + "奖罚分\n5\n工作成效显著，被上级推广的，国家级加10分，省级加5分。\n"
    )
    assert _items(scheme) == [
        ("成立领导小组", 10.0),
        ("制定工作方案", 10.0),
        ("开展隐患排查", 40.0),
        ("按时报送信息", 40.0),
    ]
    assert sum(node.points or 0 for node in scheme.nodes() if node.is_leaf) == 100
    assert sorted(rule.points for rule in scheme.rules if rule.kind == "bonus") == [5.0, 10.0]


def test_a_bare_number_after_a_bonus_name_that_is_no_next_serial_is_still_its_points():
    # 附加分 · 8 · …: 8 does not follow the last 序号 (4), so it is the name's points cell, the
    # cap of the bonus section it heads
    scheme = rulegov.parse_scheme(_CELLS + "附加分\n8\n工作成效显著，被上级推广的，加8分。\n")
    assert scheme.bonus_cap == 8.0
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [8.0]


_DEDUCTIONS_A_CELL_A_LINE = (
    "附件\n某局2024年机关建设考核细则\n考核目标\n考核内容\n计分办法\n考核\n部门\n"
    "机\n关\n建\n设\n"
    "落实主体责任，推进从严治党\n被上级通报批评的，每次扣0.5分；未按时报送材料的，每次扣0.1分\n"
    "办公\n室\n"
    "做好党员教育管理工作\n党员未按月交纳党费的，每人每次扣0.1分\n"
    "完成年度重点工作任务\n未按要求完成安排的任务，每次扣0.2分\n"
)


def test_a_table_of_deductions_only_printed_a_cell_a_line_reads_its_rows():
    # 考核目标 · 考核内容 · 计分办法 · 考核部门 one a line, then the target's name one letter a
    # line (机 · 关 · 建 · 设: a group), each row's content, the cell of its rules, and the short
    # pieces of its narrow cells (办公 · 室): a scheme scored by deductions, one item per row
    scheme = rulegov.parse_scheme(_DEDUCTIONS_A_CELL_A_LINE)
    assert [(node.id, node.name) for node in scheme.nodes()[1:]] == [
        ("1", "机关建设"),
        ("1.1", "落实主体责任，推进从严治党"),
        ("1.2", "做好党员教育管理工作"),
        ("1.3", "完成年度重点工作任务"),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1.1", 0.5),
        ("1.1", 0.1),
        ("1.2", 0.1),
        ("1.3", 0.2),
    ]


def test_lines_without_a_header_of_cells_are_still_no_scheme():
    # the same rows with no header naming the content and the rules: nothing says they are a
    # table's cells
    text = _DEDUCTIONS_A_CELL_A_LINE.replace("考核目标\n考核内容\n计分办法\n考核\n部门\n", "")
    with pytest.raises(rulegov.ParseError):
        rulegov.parse_scheme(text.replace("考核细则", "工作安排"))


_SCORED = (
    "某县法律顾问考核办法\n一、参加会议（40分）\n1.按时参加会议（40分）。缺席一次扣2分。\n"
    "二、出具意见（60分）\n1.按时出具法律意见（60分）。未按时出具的扣3分。\n"
)


def test_each_condition_listed_under_a_deduction_takes_the_deduction():
    # 有下列情形之一的，每次扣5分： then 1.…的；2.…的；3.…的: the conditions state no deduction of
    # their own; each answers for the lead-in's, per time, and the lead-in is no rule beside them
    scheme = rulegov.parse_scheme(
        "某县法律顾问考核办法\n一、履职情况（60分）\n有下列情形之一的，每次扣5分：\n"
        "1.无正当理由不参加会议的；\n2.未按时出具法律意见书的；\n3.泄露工作秘密的。\n"
        "二、工作成效（40分）\n有下列情形之一的，分别扣分：\n"
        "1.出具的法律意见被上级纠正的，扣10分；\n2.代理案件败诉的，每件扣5分。\n"
    )
    listed = [rule for rule in scheme.rules if rule.node.startswith("1.")]
    assert [(rule.node, rule.points, rule.max) for rule in listed] == [
        ("1.1", 5.0, None),
        ("1.2", 5.0, None),
        ("1.3", 5.0, None),
    ]
    assert listed[2].reason == "有下列情形之一的，每次扣5分：3.泄露工作秘密的"
    assert not any(rule.node == "1" for rule in scheme.rules)
    # a list whose conditions state their own deductions keeps them
    assert [(rule.node, rule.points) for rule in scheme.rules if rule.node.startswith("2")] == [
        ("2.1", 10.0),
        ("2.2", 5.0),
    ]
    assert "criterion-unscored" not in [diagnostic.code for diagnostic in scheme.diagnostics]


@pytest.mark.parametrize(
    "heading",
    [
        "三、扣分事项（最多扣20分）",
        "三、扣分项目（扣分不超过20分）",
        "三、减分项目（最高扣20分）",
        "三、扣分项目：累计扣分不超过20分",
    ],
)
def test_a_penalty_sections_heading_caps_its_deductions(heading):
    # the cap a 扣分项目 heading states of all its deductions, as 扣分项（20分） did
    scheme = rulegov.parse_scheme(
        _SCORED
        + heading
        + "\n（一）被市政府通报批评的，每次扣2分；\n（二）发生较大生产安全事故的，扣10分。\n"
    )
    assert scheme.penalty_cap == 20.0
    assert [(rule.kind, rule.points) for rule in scheme.rules if rule.kind == "penalty"] == [
        ("penalty", 2.0),
        ("penalty", 10.0),
    ]
    assert "clause-unread" not in [diagnostic.code for diagnostic in scheme.diagnostics]


def test_a_penalty_sections_heading_without_a_cap_caps_nothing():
    scheme = rulegov.parse_scheme(
        _SCORED
        + "三、扣分项目\n（一）被市政府通报批评的，每次扣2分；\n（二）弄虚作假的，扣10分。\n"
    )
    assert scheme.penalty_cap is None


def test_a_bonus_cap_printed_over_cells_one_a_line_is_the_cap_not_an_item():
    # 加分考核 · 累计不得 · 超过 · 10分: the cap of the bonus rows below, printed over cells of a
    # table copied one cell a line; 超过 took 10分 as its points, an item beside the bonus rules
    scheme = rulegov.parse_scheme(
        "某市就业工作考核标准\n项目\n序号\n考核标准\n评分标准\n分值\n目标完成\n100分\n"
        "1\n完成再就业目标任务。\n全部完成的，得60分，有一项未完成的，扣2分。\n60分\n"
        "2\n完成培训目标任务。\n全部完成的，得40分，有一项未完成的，扣1分。\n40分\n"
        "加分考核\n累计不得\n超过\n10分\n加分项目\n加分标准\n"
        "1\n受到上级表彰的。\n受到国家表彰的，一次加3分。\n"
        "2\n工作经验被推广的。\n有一项加1分。\n"
    )
    assert [node.name for node in scheme.nodes()[1:] if node.is_leaf] == [
        "完成再就业目标任务",
        "完成培训目标任务",
    ]
    assert scheme.bonus_cap == 10.0
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [3.0, 1.0]


def test_a_bonus_cap_over_cells_with_a_bare_figure_ends_at_its_figure():
    # 超过 · 10 (no 分): the cap ends at its figure, so the penalty cap on the next line, up to
    # its own 分, is still read as the whole appraisal's
    scheme = rulegov.parse_scheme(
        "某市就业工作考核标准\n项目\n序号\n考核标准\n评分标准\n分值\n目标完成\n100分\n"
        "1\n完成再就业目标任务。\n全部完成的，得60分，有一项未完成的，扣2分。\n60分\n"
        "2\n完成培训目标任务。\n全部完成的，得40分，有一项未完成的，扣1分。\n40分\n"
        "加分考核\n累计不得\n超过\n10\n扣分累计不超过5分。\n加分项目\n加分标准\n"
        "1\n受到上级表彰的。\n受到国家表彰的，一次加3分。\n"
    )
    assert (scheme.bonus_cap, scheme.penalty_cap) == (10.0, 5.0)


@pytest.mark.parametrize("clause", ["扣2分/次", "一次扣2分", "每次扣2分", "少报一项扣2分"])
def test_a_penalty_sections_rule_per_occurrence_counts_each_time(clause):
    # 被市政府通报批评的，扣2分/次 under 扣分项目 counts per occurrence, as it does in an item's
    # standard; 弄虚作假的，扣5分 is taken once
    scheme = rulegov.parse_scheme(
        _SCORED + f"三、扣分项目\n1.被市政府通报批评的，{clause}；\n2.弄虚作假的，扣5分。\n"
    )
    penalties = [(rule.points, rule.max) for rule in scheme.rules if rule.kind == "penalty"]
    assert penalties == [(2.0, None), (5.0, 5.0)]


@pytest.mark.parametrize(
    "clause",
    [
        "发生重大群体性事件的，扣10分",
        "有工作人员被追究刑事责任的，扣10分",
        "没有专人负责的，扣10分",
    ],
)
def test_a_penalty_sections_rule_with_a_units_letter_inside_a_word_is_taken_once(clause):
    # 事件, 人员, 专人 hold a unit's letter (件, 人) but count nothing: each penalty is taken once
    scheme = rulegov.parse_scheme(_SCORED + f"三、扣分项目\n1.{clause}；\n2.弄虚作假的，扣5分。\n")
    penalties = [(rule.points, rule.max) for rule in scheme.rules if rule.kind == "penalty"]
    assert penalties == [(10.0, 10.0), (5.0, 5.0)]


def test_a_bonus_parts_rows_under_sub_heads_are_its_bonus_rules():
    # 3.加分项目（5分） over sub-heads (3.1表彰) over rows that state their points in the 分值
    # column (有，得2分 · 2): each row is a bonus rule of its points, given once, capped by the
    # part's 5; they were dropped, only the cap read
    row = "|{}|{}|{}|{}|查看资料|{}|{}||\n"
    scheme = rulegov.parse_scheme(
        "某基地评估指标\n|一级指标|二级指标|三级指标|考核内容|评估方法|评分标准|分值|得分|\n"
        + row.format(
            "1.工作基础（60分）", "1.1组织", "1.1.1成立领导小组", "成立领导小组。", "有，得30分", 30
        )
        + row.format(
            "1.工作基础（60分）", "1.2制度", "1.2.1建立工作制度", "建立工作制度。", "有，得30分", 30
        )
        + row.format(
            "2.工作成效（40分）",
            "2.1成效",
            "2.1.1完成年度任务",
            "完成年度任务。",
            "完成，得40分",
            40,
        )
        + "|合计|合计|合计|合计|合计|合计|100||\n"
        + row.format(
            "3.加分项目（5分）", "3.1表彰", "3.1.1获得上级表彰", "受到上级表彰。", "有，得2分", 2
        )
        + row.format(
            "3.加分项目（5分）", "3.2推广", "3.2.1工作经验推广", "经验被推广。", "有，得3分", 3
        )
        + "|合计|合计|合计|合计|合计|合计|5||\n"
    )
    assert scheme.bonus_cap == 5.0
    bonuses = [(rule.points, rule.max) for rule in scheme.rules if rule.kind == "bonus"]
    assert bonuses == [(2.0, 2.0), (3.0, 3.0)]
