"""Appraisal documents read clause by clause: what a careful clerk reads from each wording."""

from __future__ import annotations

import pytest

import rulegov
from growth import growth


def test_a_veto_system_the_unit_is_asked_to_run_is_no_veto():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织领导(20分)。签订责任状,落实“一票否决”制度,计2分。"
        "未落实“一票否决”制度的扣1分。\n二、工作落实(80分)。未完成任务的扣10分。\n"
        "发生重大事故的,实行一票否决。90分以上为优秀,60分以下为不合格,其余为合格。"
    )
    assert sorted((rule.kind, rule.reason) for rule in scheme.rules) == [
        ("deduction", "未完成任务的扣10分"),
        ("deduction", "未落实“一票否决”制度的扣1分"),
        ("veto", "发生重大事故的,实行一票否决"),
    ]


def test_grade_bands_in_a_document_without_items_are_no_items():
    scheme = rulegov.parse_scheme(
        "安全生产目标考核办法\n一、考核方式\n年终对各签状单位实施考核。\n二、评定标准\n"
        "考核采取评分制,满分为100分。\n考核得分在90分(含90分)以上的为先进单位;"
        "80分(含80分)以上的为合格单位;79分以下的为不合格单位。"
    )
    assert scheme.root.children == []
    assert scheme.grading is not None
    assert [(band.label, band.min, band.max) for band in scheme.grading.bands] == [
        ("先进单位", 90.0, None),
        ("合格单位", 80.0, 90.0),
        ("不合格单位", None, 80.0),
    ]
    assert "no-items" in [diagnostic.code for diagnostic in scheme.diagnostics]


@pytest.mark.parametrize(
    "points", ["(该项指标为10分)", "(本项10分)", "(本项分值10分)", "(此项满分10分)"]
)
def test_an_item_that_states_its_own_points_keeps_every_sub_item(points):
    scheme = rulegov.parse_scheme(
        f"安全生产考核细则\n一、高度重视安全生产工作{points}。纳入议事日程(2分);建立责任制(3分);"
        "每季度召开会议(3分);签订责任书(2分)。\n二、隐患排查(90分)。未排查的扣10分。"
    )
    item = scheme.root.children[0]
    assert item.name == "高度重视安全生产工作"
    assert item.full_points() == 10.0
    assert [child.points for child in item.children] == [2.0, 3.0, 3.0, 2.0]


def test_an_items_full_points_are_not_the_documents_total():
    scheme = rulegov.parse_scheme(
        "安全生产考核细则\n一、高度重视安全生产工作(满分10分)。纳入议事日程(2分);建立责任制(3分);"
        "每季度召开会议(3分);签订责任书(2分)。\n二、隐患排查(90分)。未排查的扣10分。"
    )
    assert scheme.root.full_points() == 100.0
    assert "points-mismatch" not in [diagnostic.code for diagnostic in scheme.diagnostics]


_BANDS_IN_TENTHS = (
    "考核细则(满分100分)\n一、制度建设(50分)。每发现一件未经合法性审查的扣5分。\n"
    "二、执法监督(50分)。未开展案卷评查的扣10分。\n"
    "三、发生重大行政执法过错造成恶劣影响的,实行一票否决。\n"
)


def test_bands_whose_top_is_kept_to_tenths_reach_the_band_above():
    scheme = rulegov.parse_scheme(
        _BANDS_IN_TENTHS + "90分以上为优秀,80分至89.9分为良好,60分至79.9分为合格,60分以下为不合格。"
    )
    assert scheme.grading is not None
    assert [(band.label, band.min, band.max) for band in scheme.grading.bands] == [
        ("优秀", 90.0, None),
        ("良好", 80.0, 90.0),
        ("合格", 60.0, 80.0),
        ("不合格", None, 60.0),
    ]
    result = rulegov.evaluate(
        scheme,
        {"甲局": {"1-1": 0, "2-1": 0, "veto1": 1}, "乙局": {"1-1": 9, "2-1": 1, "veto1": 0}},
    )
    assert (result.grade("甲局"), result.grade("乙局")) == ("fail", "fail")


def test_a_veto_without_grade_says_the_stated_bands_were_left_out():
    scheme = rulegov.parse_scheme(
        _BANDS_IN_TENTHS + "85分以上为优秀,80分至89分为良好,60分以下为不合格。"
    )
    messages = {diagnostic.code: diagnostic.message for diagnostic in scheme.diagnostics}
    assert "bands-incomplete" in messages
    assert "see bands-incomplete" in messages["veto-without-grade"]
    assert "states none" not in messages["veto-without-grade"]


def test_a_veto_forces_the_lowest_of_bands_that_leave_a_gap():
    scheme = rulegov.parse_scheme(
        _BANDS_IN_TENTHS + "90分以上为优秀,80分至88分为良好,60分以下为不合格。"
    )
    assert "veto-without-grade" not in {diagnostic.code for diagnostic in scheme.diagnostics}
    result = rulegov.evaluate(
        scheme,
        {"甲局": {"1-1": 0, "2-1": 0, "veto1": 1}, "乙局": {"1-1": 0, "2-1": 0, "veto1": 0}},
    )
    assert result.grade("甲局") == "fail"


def test_bands_that_leave_a_gap_and_overlap_are_left_out_with_no_word_of_a_gap_kept():
    scheme = rulegov.parse_scheme(
        _BANDS_IN_TENTHS + "90分以上为优秀,80分至88分为良好,70分至85分为合格,60分以下为不合格。"
    )
    assert scheme.grading is None
    codes = [diagnostic.code for diagnostic in scheme.diagnostics]
    assert "bands-incomplete" in codes
    assert "bands-gap" not in codes


@pytest.mark.parametrize("column", ["评价要点", "工作任务"])
def test_deductions_joined_by_commas_in_a_table_cell_are_rules_of_their_own(column):
    scheme = rulegov.parse_scheme(
        f"考核评分标准\n指标名称 | {column} | 分值 |\n"
        "综合协调 | 3.建立健全综合评价体系。未对所有县开展综合评价扣4分,三大指标每缺一项扣1分。 | 4 |\n"
        "经费保障 | 5.经费列入预算。总经费少于上年度的扣2分,本年度未安排的扣4分。 | 4 |\n"
    )
    assert [(rule.points, rule.reason) for rule in scheme.rules] == [
        (4.0, "未对所有县开展综合评价扣4分"),
        (1.0, "三大指标每缺一项扣1分"),
        (2.0, "总经费少于上年度的扣2分"),
        (4.0, "本年度未安排的扣4分"),
    ]
    assert len({(rule.span.start, rule.span.end) for rule in scheme.rules}) == 4


@pytest.mark.parametrize(("head", "mark"), [("", "."), ("", "、"), ("一、工作\n", ".")])
def test_items_numbered_past_99_are_items_of_their_own(head, mark):
    scheme = rulegov.parse_scheme(
        "考核细则\n"
        + head
        + "".join(
            f"{number}{mark}开展第{number}项工作(1分)。未开展的扣1分。\n"
            for number in range(1, 121)
        )
    )
    items = scheme.root.children[0].children if head else scheme.root.children
    assert len(items) == 120
    assert (items[-1].name, items[-1].points) == ("开展第120项工作", 1.0)
    assert sum(rule.node == items[98].id for rule in scheme.rules) == 1


@pytest.mark.parametrize("below", [True, False])
def test_items_numbered_past_999_are_items_of_their_own(below):
    gap = "\n" if below else ""
    scheme = rulegov.parse_scheme(
        "考核细则\n"
        + "".join(
            f"{number}、开展第{number}项工作(1分){gap}未开展的扣1分。\n"
            for number in range(1, 1_006)
        )
    )
    items = scheme.root.children
    assert len(items) == 1_005
    assert [item.name for item in items[998:1_001]] == [
        "开展第999项工作",
        "开展第1000项工作",
        "开展第1001项工作",
    ]
    assert sum(rule.node == items[999].id for rule in scheme.rules) == 1


@pytest.mark.parametrize("repeat", ["组织领导", ""])
def test_a_category_cell_over_several_rows_groups_the_items_of_its_rows(repeat):
    scheme = rulegov.parse_scheme(
        "食品安全工作考核评分标准\n|指标名称|评价要点|分值|\n"
        "|组织领导|1.组织实施规划。未完成年度工作任务的扣2分。|4|\n"
        f"|{repeat}|2.纳入政府工作目标考核。未列入政府工作目标考核扣1分。|6|\n"
        "|经费保障|3.经费列入预算。总经费少于上年度的扣2分,本年度未安排的扣4分。|4|"
    )
    group = scheme.root.children[0]
    assert (group.name, group.full_points()) == ("组织领导", 10.0)
    assert [(item.name, item.points) for item in group.children] == [
        ("组织实施规划", 4.0),
        ("纳入政府工作目标考核", 6.0),
    ]
    assert [node.name for node in scheme.root.children] == ["组织领导", "经费保障"]


def test_a_merged_category_cell_of_a_web_page_table_is_one_group(tmp_path):
    def row(*cells: str) -> str:
        return "<tr>" + "".join(cells) + "</tr>"

    page = tmp_path / "标准.html"
    page.write_text(
        "<html><body><h1>食品安全工作考核评分标准</h1><table>"
        + row("<td>指标名称</td><td>评价要点</td><td>分值</td>")
        + row(
            '<td rowspan="2">组织领导</td>',
            "<td>1.组织实施规划。未完成年度工作任务的扣2分。</td><td>4</td>",
        )
        + row("<td>2.纳入政府工作目标考核。未列入政府工作目标考核扣1分。</td><td>6</td>")
        + "</table></body></html>",
        encoding="utf-8",
    )
    scheme = rulegov.read_scheme(page)
    assert [
        (node.name, [child.name for child in node.children]) for node in scheme.root.children
    ] == [("组织领导", ["组织实施规划", "纳入政府工作目标考核"])]


@pytest.mark.parametrize("stop", [",", "。"])
def test_two_bonus_clauses_in_one_sentence_are_two_rules(stop):
    scheme = rulegov.parse_scheme(
        "考核细则\n一、依法决策(10分)。\n1.重大决策经合法性审查(5分)。\n2.规范性文件备案(5分)。\n"
        f"三、加分项\n受到省级表彰的加2分,受到市级表彰的加1分{stop}加分不超过3分。"
    )
    bonuses = [rule for rule in scheme.rules if rule.kind == "bonus"]
    assert [(rule.points, rule.reason) for rule in bonuses] == [
        (2.0, "受到省级表彰的加2分"),
        (1.0, "受到市级表彰的加1分"),
    ]
    assert scheme.bonus_cap == 3.0


_RECIPIENTS = "县食安委各成员单位,各乡镇人民政府、街道办事处:\n"
_ITEMS = "\n一、组织领导(50分)。未成立领导小组的扣5分。\n二、监管工作(50分)。未开展抽检的扣10分。"


@pytest.mark.parametrize(
    "before",
    [_RECIPIENTS + "现将考核细则印发给你们。\n松阳县食品安全委员会办公室\n2016年9月20日\n", ""],
)
def test_a_scheme_is_named_by_its_breakdown_table_not_its_recipients(before):
    title = "松阳县2016年度市级食品安全工作考核评价责任分解表"
    assert rulegov.parse_scheme(before + title + _ITEMS).name == title


def test_a_line_closed_by_a_colon_is_no_schemes_name():
    title = "松阳县2016年度市级食品安全工作考核评价安排"
    assert rulegov.parse_scheme(_RECIPIENTS + title + _ITEMS).name == title


def test_points_of_parts_left_in_a_criterion_are_named_in_a_diagnostic():
    scheme = rulegov.parse_scheme(
        "安全生产考核细则\n一、高度重视安全生产工作〈10分〉。纳入议事日程(2分);建立责任制(3分);"
        "每季度召开会议(3分);签订责任书(2分)。\n二、隐患排查(90分)。未排查的扣10分。"
    )
    found = [issue for issue in scheme.diagnostics if issue.code == "points-in-standard"]
    assert len(found) == 1
    assert "(3分)、(3分)、(2分)" in found[0].message


@pytest.mark.parametrize(
    "clause",
    [
        "发生重大生产安全事故的乡镇,年度考核执行一票否决制度。",
        "发生较大以上生产安全事故的,严格执行“一票否决”制。",
        "对发生重大安全事故的单位,坚持一票否决制度,取消评先资格。",
        "凡发生重大群体性事件的,落实一票否决制。",
    ],
)
def test_a_condition_before_a_veto_system_is_a_veto(clause):
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织领导(20分)。未签订责任状的扣5分。\n二、工作落实(80分)。未完成任务的扣10分。\n"
        + clause
        + "\n90分以上为优秀,60分以下为不合格,其余为合格。"
    )
    assert [rule.kind for rule in scheme.rules if rule.kind == "veto"] == ["veto"]


@pytest.mark.parametrize(
    "clause", ["签订责任状,落实安全生产“一票否决”制度,计2分。", "建立安全生产一票否决制度,计2分。"]
)
def test_a_veto_system_named_with_its_domain_and_points_is_no_veto(clause):
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织领导(20分)。未签订责任状的扣5分。\n二、工作落实(80分)。未完成任务的扣10分。\n"
        + clause
        + "\n90分以上为优秀,60分以下为不合格,其余为合格。"
    )
    assert [rule.kind for rule in scheme.rules if rule.kind == "veto"] == []


_BONUS_SECTION = "考核细则\n一、依法决策(10分)。\n1.重大决策经合法性审查(5分)。\n2.规范性文件备案(5分)。\n三、加分项\n"


@pytest.mark.parametrize("cap", ["最高不超过3分", "以3分为限", "此项最多3分", "累计加满3分为止"])
def test_a_cap_between_two_bonuses_caps_the_bonus_before_it(cap):
    scheme = rulegov.parse_scheme(
        _BONUS_SECTION + f"经验做法被上级推广的每次加1分,{cap},受到国家级表彰的加5分。"
    )
    assert [(rule.points, rule.max, rule.reason) for rule in scheme.rules] == [
        (1.0, 3.0, f"经验做法被上级推广的每次加1分,{cap}"),
        (5.0, 5.0, "受到国家级表彰的加5分"),
    ]


def test_a_bonus_restated_for_a_second_award_is_one_bonus():
    scheme = rulegov.parse_scheme(
        _BONUS_SECTION + "受到国家级表彰的加3分,同一项目同时获得省级表彰的,只加3分。"
    )
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [3.0]


def test_an_item_worded_as_a_score_target_is_an_item_of_its_own():
    scheme = rulegov.parse_scheme(
        "乡镇平安建设考核细则\n开展群众安全感测评,测评得分在90分以上。10分 未开展测评的扣10分。"
        "落实矛盾纠纷排查化解。10分 未开展排查的扣5分。推进依法决策。20分 未经合法性审查的扣5分。"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("开展群众安全感测评,测评得分在90分以上", 10.0),
        ("落实矛盾纠纷排查化解", 10.0),
        ("推进依法决策", 20.0),
    ]
    assert [(rule.points, rule.reason) for rule in scheme.rules][:2] == [
        (10.0, "未开展测评的扣10分"),
        (5.0, "未开展排查的扣5分"),
    ]


def test_a_scoring_points_column_is_the_rules_not_the_items_names():
    scheme = rulegov.parse_scheme(
        "考核评分表\n考核项目 | 评分要点 | 分值 |\n"
        "组织领导 | 未成立领导小组的扣2分;未制定年度计划的扣1分。 | 4 |\n"
        "依法决策 | 重大决策未经合法性审查的每件扣2分。 | 6 |\n"
    )
    assert [(node.name, node.points, node.children) for node in scheme.root.children] == [
        ("组织领导", 4.0, []),
        ("依法决策", 6.0, []),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1", 2.0),
        ("1", 1.0),
        ("2", 2.0),
    ]


@pytest.mark.parametrize("column", ["评价要点", "考核要点"])
def test_a_category_over_one_row_of_criteria_is_that_rows_item(column):
    scheme = rulegov.parse_scheme(
        f"考核评分表\n指标名称 | {column} | 分值 |\n"
        "组织领导 | 成立领导小组。未成立领导小组的扣2分。 | 4 |\n"
        "依法决策 | 合法性审查。未经合法性审查的每件扣2分。 | 6 |\n"
    )
    assert [(node.id, node.name, node.points) for node in scheme.root.children] == [
        ("1", "组织领导", 4.0),
        ("2", "依法决策", 6.0),
    ]
    assert [rule.id for rule in scheme.rules] == ["1-1", "2-1"]


@pytest.mark.parametrize("opening", ["365、24小时值班制度落实", "110、119报警电话24小时畅通"])
def test_a_number_of_three_digits_opening_a_sentence_is_no_item_number(opening):
    scheme = rulegov.parse_scheme(
        "考核细则\n一、应急管理(10分)\n1.应急值守(5分)。\n"
        f"{opening},未落实的扣2分。\n2.隐患排查(5分)。未排查的扣1分。"
    )
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1.1", 2.0), ("1.2", 1.0)]
    assert "rule-placed" not in [diagnostic.code for diagnostic in scheme.diagnostics]


def test_a_preamble_sentence_after_the_recipients_is_no_name():
    scheme = rulegov.parse_scheme(
        "各单位:\n为进一步规范考核工作,现制定本办法。\n"
        "一、组织领导(50分)。未成立的扣5分。\n二、工作落实(50分)。未完成的扣5分。"
    )
    assert scheme.name is None


@pytest.mark.parametrize(
    "cap",
    ["，累计不超过5分", ",累计不超过5分", "，最多扣5分", "，最高扣5分", "，但累计不得超过5分"],
)
@pytest.mark.parametrize(
    "layout",
    [
        "一、依法决策（10分）：未经合法性审查的扣1分{cap}。",
        (
            "考核项目 | 分值 | 评分标准\n依法决策 | 10 | 未经合法性审查的扣1分{cap}。\n"
            "制度建设 | 10 | 未建立制度的扣10分。"
        ),
    ],
)
def test_a_cap_above_what_a_rule_takes_once_lets_it_take_its_points_again(cap, layout):
    # 扣1分，累计不超过5分: one point for each case, five at most, as 每件扣1分 would say
    rule = rulegov.parse_scheme(layout.format(cap=cap)).rules[0]
    assert (rule.node, rule.points, rule.max) == ("1", 1.0, 5.0)


@pytest.mark.parametrize(
    "top", ["，最高分为5分", "，最高得分为5分", ",最高分为5分", "，本项最高分为5分"]
)
@pytest.mark.parametrize(
    "layout",
    [
        "一、依法决策（10分）：未按时报送的扣1分{top}。\n二、制度建设（10分）：未建立制度的扣10分。",
        (
            "考核项目 | 分值 | 评分标准\n依法决策 | 10 | 未按时报送的扣1分{top}。\n"
            "制度建设 | 10 | 未建立制度的扣10分。"
        ),
    ],
)
def test_a_clause_naming_the_top_score_after_a_rule_taken_once_leaves_it_taken_once(top, layout):
    # 最高分为5分 names a score, not what the rule may take in all
    rule = rulegov.parse_scheme(layout.format(top=top)).rules[0]
    assert (rule.node, rule.points, rule.max) == ("1", 1.0, 1.0)


def test_a_cap_no_higher_than_what_a_rule_takes_once_leaves_it_taken_once():
    rule = rulegov.parse_scheme("一、依法决策（10分）：未经合法性审查的扣5分，最多扣5分。").rules[0]
    assert (rule.points, rule.max) == (5.0, 5.0)


@pytest.mark.parametrize(
    "cap",
    [
        "(累计不超过5分)",
        "（累计不超过5分）",
        "[累计扣分不超过5分]",
        "【累计扣分不超过5分】",
        " (最多扣5分)",
    ],
)
@pytest.mark.parametrize(
    "layout",
    [
        "一、依法决策（10分）：未报送的扣1分{cap}。\n二、制度建设（10分）：未建立制度的扣10分。",
        (
            "考核项目 | 分值 | 评分标准\n依法决策 | 10 | 未报送的扣1分{cap}。\n"
            "制度建设 | 10 | 未建立制度的扣10分。"
        ),
        "一、依法决策（10分）：未报送的扣1分{cap}；未审查的扣2分。\n二、制度建设（10分）：未建立制度的扣10分。",
    ],
)
def test_a_cap_in_brackets_after_a_rule_lets_it_take_its_points_again(cap, layout):
    # 扣1分(累计不超过5分) says what 扣1分，累计不超过5分 says: one point a case, five at most
    rule = rulegov.parse_scheme(layout.format(cap=cap)).rules[0]
    assert (rule.node, rule.points, rule.max) == ("1", 1.0, 5.0)


@pytest.mark.parametrize("bracket", ["(最高分为5分)", "（本项累计扣分不超过5分）"])
def test_a_bracket_naming_the_top_score_or_the_item_leaves_the_rule_taken_once(bracket):
    rule = rulegov.parse_scheme(
        f"一、依法决策（10分）：未报送的扣1分{bracket}。\n二、制度建设（10分）：未建立制度的扣10分。"
    ).rules[0]
    assert (rule.points, rule.max) == (1.0, 1.0)


@pytest.mark.parametrize(
    "note",
    [
        "注：本表30分",
        "注：本项满分30分。",
        "备注：本项满分30分。",
        "注1：本表30分",
        "说明：本表共30分。",
    ],
)
@pytest.mark.parametrize(
    "layout",
    [
        "考核项目 | 分值 | 评分标准\n依法决策 | 10 | 未报送的扣1分。\n制度建设 | 20 | 未建立制度的扣10分。\n{note} | 30 | ",
        "考核项目 | 分值 | 评分标准\n依法决策 | 10 | 未报送的扣1分。\n制度建设 | 20 | 未建立制度的扣10分。\n{note} | 30分 | ",
        "考核项目\t分值\t评分标准\n依法决策\t10\t未报送的扣1分。\n制度建设\t20\t未建立制度的扣10分。\n{note}\t30\t",
        (
            "| 考核项目 | 分值 | 评分标准 |\n|---|---|---|\n| 依法决策 | 10 | 未报送的扣1分。 |\n"
            "| 制度建设 | 20 | 未建立制度的扣10分。 |\n| {note} | 30 | |"
        ),
        "考核项目  分值  评分标准\n依法决策  10  未报送的扣1分。\n制度建设  20  未建立制度的扣10分。\n{note}  30",
    ],
)
def test_a_note_after_a_table_is_no_item(note, layout):
    # 注：本表30分 states a fact about the table, whatever points its row holds
    scheme = rulegov.parse_scheme(layout.format(note=note))
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("依法决策", 10.0),
        ("制度建设", 20.0),
    ]
    assert "points-mismatch" not in [diagnostic.code for diagnostic in scheme.diagnostics]


@pytest.mark.parametrize("cell", ["", "40"])
def test_a_note_after_a_table_keeps_the_total_it_states(cell):
    scheme = rulegov.parse_scheme(
        "考核项目 | 分值 | 评分标准\n依法决策 | 10 | 未报送的扣1分。\n"
        f"制度建设 | 20 | 未建立制度的扣10分。\n备注：本表满分40分。 | {cell} | "
    )
    assert [node.name for node in scheme.root.children] == ["依法决策", "制度建设"]
    mismatch = [d.message for d in scheme.diagnostics if d.code == "points-mismatch"]
    assert len(mismatch) == 1
    assert "a total of 40" in mismatch[0]


def test_a_row_whose_name_opens_with_zhu_but_no_label_is_an_item():
    scheme = rulegov.parse_scheme(
        "考核项目 | 分值 | 评分标准\n依法决策 | 10 | 未报送的扣1分。\n注重实效 | 20 | 未落实的扣10分。"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("依法决策", 10.0),
        ("注重实效", 20.0),
    ]


@pytest.mark.parametrize(
    "item",
    [
        # prose: a rule in proportion (增减), its bonus, its deduction, one cap for both
        (
            "1.销售收入增量(9分)。超额完成或未完成下达指标按比例相应增减,每超额完成任务10%加0.5分,"
            "每降低10%扣0.5分,加分或减分最高为1分。\n"
        ),
        # prose: the cap names the item
        "1.销售收入增量(9分)。每降低10%扣0.5分;每超额完成任务10%加0.5分,本项加分不超过1分。\n",
        # a table's row: the cap in the standard's cell
        (
            "序号 | 项目 | 分值 | 评分标准\n"
            "1 | 销售收入增量 | 9 | 每降低10%扣0.5分,每超额完成任务10%加0.5分,最多加1分\n"
        ),
        # a numbered name with a colon heading its paragraph
        (
            "一、考核项目\n1.销售收入增量(9分)\n二、考核办法\n1、销售收入增量:每超额完成任务10%加0.5分,"
            "每降低10%扣0.5分,加分最高不超过1分。\n"
        ),
    ],
)
def test_a_cap_printed_inside_an_item_caps_that_items_bonus_not_the_appraisals(item):
    scheme = rulegov.parse_scheme(item + "2.出口交货值(2分)。每降低10%扣1分。\n")
    assert scheme.bonus_cap is None
    assert [(rule.points, rule.max) for rule in scheme.rules if rule.kind == "bonus"] == [
        (0.5, 1.0)
    ]


def test_a_cap_after_several_bonuses_of_an_item_stays_the_appraisals():
    scheme = rulegov.parse_scheme(
        "1.宣传工作(10分)。未制定计划的扣2分;获国家级表彰加3分,获省级表彰加2分,加分不超过4分。\n"
        "2.信息报送(10分)。每少报一次扣1分。\n"
    )
    assert scheme.bonus_cap == 4.0


@pytest.mark.parametrize("label", ["分值：20分", "分值:20", "分值 20分", "分值为20分"])
@pytest.mark.parametrize(
    "name",
    [
        "一、组织领导工作\n机制建设",  # a numbered name broken over two lines
        "组织\n领导",  # a name cell broken into short lines
        "组织领导",  # an unnumbered name on one line
    ],
)
def test_labelled_points_on_the_line_after_a_name_are_that_names_points(name, label):
    scheme = rulegov.parse_scheme(
        f"考核细则\n{name}\n{label}\n未成立领导小组的扣5分。\n依法\n行政\n{label.replace('20', '80')}\n"
        "未完成的扣10分。\n"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        (name.split("、")[-1].replace("\n", ""), 20.0),
        ("依法行政", 80.0),
    ]


def _class_table(points: str, classes: list[str], layout: str) -> str:
    """A table whose header gives each item's points for several classes of unit."""
    blank = [""] * (len(classes) - 1)
    rows = [
        ["考核项目", points, *blank, "评分标准"],
        ["", *classes, ""],
        ["出口交货值", *["2", "1", "2"][: len(classes)], "每降低10%扣1分"],
        ["销售收入增量", *["9", "5", "9"][: len(classes)], "每降低10%扣0.5分"],
    ]
    if layout == "pipes":
        return "\n".join(" | ".join(row) for row in rows) + "\n"
    if layout == "tabs":
        return "\n".join("\t".join(row) for row in rows) + "\n"
    # one cell a line, each after the first opened by |, a row closed by a lone |
    lines = []
    for row in rows:
        filled = [cell for cell in row if cell]
        lines += [filled[0], *(f"| {cell}" for cell in filled[1:]), "|"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("layout", ["pipes", "tabs", "cells"])
@pytest.mark.parametrize(
    ("points", "classes"),
    [
        ("项目总分", ["A类", "B类", "C类"]),
        ("项目总分", ["一类", "二类", "三类"]),
        ("考核总分", ["乡镇", "部门"]),
    ],
)
def test_a_header_giving_points_for_classes_of_unit_reads_the_first_class(points, classes, layout):
    scheme = rulegov.parse_scheme("考核细则\n" + _class_table(points, classes, layout))
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("出口交货值", 2.0),
        ("销售收入增量", 9.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1", 1.0), ("2", 0.5)]


@pytest.mark.parametrize("colon", [":", "："])
@pytest.mark.parametrize(
    "table",
    [
        "考核项目 | 分值 | 评分标准\n出口交货值 | 2 | 见考核办法\n销 售 收 入 增 量 | 9 | 见考核办法\n",
        "考核项目\t项目总分\t\n\tA类\tB类\n出口交货值\t2\t1\n销售收入增量\t9\t5\n",
    ],
)
def test_a_paragraph_naming_an_item_at_its_head_is_that_items_standard(table, colon):
    scheme = rulegov.parse_scheme(
        f"考核细则\n一、考核项目及分值\n{table}二、考核办法\n"
        f"1、出口交货值{colon}完成下达指标得基本分,每降低10%扣1分。\n"
        f"2、销售收入增量{colon}完成下达指标得基本分,每降低10%扣0.5分,扣完为止。\n"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("出口交货值", 2.0),
        ("销售收入增量", 9.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1", 1.0), ("2", 0.5)]


_FIELDS_TAIL = (
    "三、考评等次及标准\n考评满分为100分。\n(一)优秀。考评分应在90分(含90分)以上。\n"
    "(二)达标。考评分为75分(含75分)至90分(不含90分)。\n(三)不达标。考评分在75分以下。\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        # one field a line, half-width brackets
        "二、考评内容\n(一)完成就业指标任务情况;\n(二)落实就业政策情况;\n(三)开展就业援助情况。\n",
        # full-width brackets and punctuation, a colon after the heading
        (
            "二、考评内容：\n（一）完成就业指标任务情况；\n（二）落实就业政策情况；\n"
            "（三）开展就业援助情况。\n"
        ),
        # running text: the fields on the heading's line
        "二、考核内容(一)完成就业指标任务情况;(二)落实就业政策情况;(三)开展就业援助情况。\n",
        # arabic numbers under a heading that names content and standard
        "二、考核内容和标准\n1.完成就业指标任务情况;\n2.落实就业政策情况;\n3.开展就业援助情况。\n",
        # runs of spaces and a tab before the fields
        "二、考评内容\n  (一)完成就业指标任务情况;\n\t(二)落实就业政策情况;\n   (三)开展就业援助情况。\n",
    ],
)
def test_fields_named_without_points_beside_grade_bands_are_manual_items(fields):
    text = "就业工作目标责任制考核评价办法\n一、考评对象\n各县(市、区)人民政府。\n" + fields
    scheme = rulegov.parse_scheme(text + _FIELDS_TAIL)
    assert [(child.name, child.manual) for child in scheme.root.children] == [
        ("完成就业指标任务情况", True),
        ("落实就业政策情况", True),
        ("开展就业援助情况", True),
    ]
    assert scheme.grading is not None
    assert [band.label for band in scheme.grading.bands] == ["优秀", "达标", "不达标"]
    assert "no-items" not in [diagnostic.code for diagnostic in scheme.diagnostics]


def test_a_content_heading_with_words_of_its_own_names_no_fields():
    text = (
        "党风廉政建设责任制考核办法\n一、考核内容依据有关规定确定,主要考核以下方面:\n"
        "1.落实责任情况;\n2.廉洁自律情况。\n" + _FIELDS_TAIL
    )
    scheme = rulegov.parse_scheme(text)
    assert scheme.root.children == []
    assert "no-items" in [diagnostic.code for diagnostic in scheme.diagnostics]


def test_thousands_of_numbered_deductions_under_one_item_are_keyed_in_linear_time():
    # each rule was matched against every criterion of its item (rules times criteria: a
    # 272 KB list of 16,000 numbered deductions took 39 seconds)
    def read(count: int) -> object:
        lines = ["某县考核细则", "一、组织领导（100分）"]
        lines += [f"{number % 9 + 1}.未按要求报送材料的，扣2分;" for number in range(count)]
        return rulegov.parse_scheme("\n".join(lines))

    scheme = read(18)
    assert [rule.node for rule in scheme.rules][:2] == ["1.1", "1.2"]
    # eight times the deductions: about eight times the time, where the old keying took 24
    assert growth(read, 600, factor=8) < 2 * 8


_BANDED = (
    "某县法治建设考核细则\n一、组织领导(10分)\n1.成立领导小组。未成立的扣5分。(5分)\n"
    "2.专题研究。每少一次扣1分。(5分)\n二、依法行政(90分)\n1.规范执法。每发现一处扣2分。(90分)\n"
    "三、考核等次\n"
)
_FOUR_BANDS = [
    ("优秀", 90.0, None),
    ("良好", 80.0, 90.0),
    ("合格", 60.0, 80.0),
    ("不合格", None, 60.0),
]


def _bands(text: str) -> list[tuple[str, float | None, float | None]]:
    scheme = rulegov.parse_scheme(_BANDED + text)
    assert scheme.grading is not None, [diagnostic.code for diagnostic in scheme.diagnostics]
    return [(band.label, band.min, band.max) for band in scheme.grading.bands]


@pytest.mark.parametrize(
    "bands",
    [
        "总分≥90分为优秀；80分≤总分<90分为良好；60分≤总分<80分为合格；总分<60分为不合格。",
        "总分＞＝90分为优秀；80分＜＝总分＜90分为良好；60分＜＝总分＜80分为合格；总分＜60分为不合格。",
        "得分>=90为优秀，80<=得分<90为良好，60<=得分<80为合格，得分<60为不合格。",
        (
            "得分≥90分，评为优秀；80分≤得分<90分，评为良好；60分≤得分<80分，评为合格；"
            "得分<60分，评为不合格。"
        ),
        (
            "考核得分≥90分的为优秀等次；80分≤考核得分＜90分的为良好等次；"
            "60分≤考核得分＜80分的为合格等次；考核得分＜60分的为不合格等次。"
        ),
        "不低于90分的为优秀，不低于80分且低于90分的为良好，不低于60分且低于80分的为合格，低于60分的为不合格。",
        "大于等于90分为优秀，大于等于80分小于90分为良好，大于等于60分小于80分为合格，小于60分为不合格。",
        "优秀：≥90分；良好：≥80分且<90分；合格：≥60分且<80分；不合格：<60分。",
    ],
)
def test_bands_between_signs_read_both_edges(bands):
    assert _bands(bands) == _FOUR_BANDS


@pytest.mark.parametrize(
    "good",
    [
        "80分≤总分<90分为良好",
        "≥80分且<90分为良好",
        "不低于80分且低于90分为良好",
        "良好：≥80分且<90分",
    ],
)
def test_a_band_between_signs_holds_its_lower_edge_and_leaves_out_its_upper(good):
    scheme = rulegov.parse_scheme(
        _BANDED + f"总分≥90分为优秀；{good}；60分≤总分<80分为合格；总分<60分为不合格。"
    )
    assert scheme.grading is not None
    band = scheme.grading.bands[1]
    assert (band.min, band.min_closed, band.max, band.max_closed) == (80.0, True, 90.0, False)


@pytest.mark.parametrize(
    ("bands", "expected"),
    [
        (
            (
                "得分90分以上的为“优秀”，75分以上不满90分的为“良好”，60分以上不满75分的为“一般”，"
                "不满60分的为“较差”。"
            ),
            [
                ("优秀", 90.0, None),
                ("良好", 75.0, 90.0),
                ("一般", 60.0, 75.0),
                ("较差", None, 60.0),
            ],
        ),
        (
            (
                "得分90分以上的为优秀，80分以上、不满90分的为良好，60分以上、不满80分的为合格，"
                "不满60分的为不合格。"
            ),
            _FOUR_BANDS,
        ),
        (
            "90分及以上为优秀，80分及以上不足90分为良好，60分及以上不足80分为合格，不足60分为不合格。",
            _FOUR_BANDS,
        ),
        (
            (
                "90 分及以上为优秀，80 分及以上不足 90 分为良好，60 分及以上不足 80 分为合格，"
                "不足 60 分为不合格。"
            ),
            _FOUR_BANDS,
        ),
        (
            (
                "90分（含）以上为优秀，80分（含）以上不足90分为良好，60分（含）以上不足80分为合格，"
                "低于60分为不合格。"
            ),
            _FOUR_BANDS,
        ),
        (
            (
                "90分以上（含90分）为优秀，80分以上（含80分）不足90分为良好，"
                "60分以上（含60分）不足80分为合格，不足60分为不合格。"
            ),
            _FOUR_BANDS,
        ),
        (
            (
                "90分以上(含)为优秀，80分以上(含)不足90分为良好，60分以上(含)不足80分为合格，"
                "60分以下为不合格。"
            ),
            _FOUR_BANDS,
        ),
    ],
)
def test_bands_above_one_edge_and_short_of_the_next_read_both_edges(bands, expected):
    assert _bands(bands) == expected


@pytest.mark.parametrize(
    "bands",
    [
        (
            "（一）优秀：考核得分90分以上；\n（二）良好：考核得分80分以上90分以下；\n"
            "（三）合格：考核得分60分以上80分以下；\n（四）不合格：考核得分60分以下。"
        ),
        (
            "优秀：考核得分90分以上；\n良好：考核得分80分以上90分以下；\n"
            "合格：考核得分60分以上80分以下；\n不合格：考核得分60分以下。"
        ),
        (
            "1.优秀：得分在90分以上；\n2.良好：得分在80分以上不满90分；\n"
            "3.合格：得分在60分以上不满80分；\n4.不合格：得分不满60分。"
        ),
        (
            "| 等次 | 分数 |\n| 优秀 | 考核得分90分以上 |\n| 良好 | 考核得分80分以上90分以下 |\n"
            "| 合格 | 考核得分60分以上80分以下 |\n| 不合格 | 考核得分60分以下 |"
        ),
    ],
)
def test_a_grade_before_its_colon_reads_the_score_after_it(bands):
    assert _bands(bands) == _FOUR_BANDS


@pytest.mark.parametrize(
    "bands",
    [
        (
            "考核总分100分。按照考核得分，确定优秀（≥90分）、良好（80-89分）、合格（60-79分）、"
            "不合格（＜60分）四个等次。"
        ),
        "评定为优秀（≥90分）、良好（80—89分）、合格（60—79分）、不合格（<60分）四个档次。",
        "确定优秀(≥90)、良好(80-89)、合格(60-79)、不合格(＜60)四个等次。",
    ],
)
def test_grades_with_bracketed_signed_edges_are_all_read(bands):
    assert _bands(bands) == _FOUR_BANDS


@pytest.mark.parametrize(
    "clause",
    [
        "考核得分低于60分的单位，由县委依法治县办约谈其主要负责人。",
        "扣完为止。得分80分以上不足90分的，予以通报。",
        "优秀单位在2023年底前评出。",
        "不合格率低于5个百分点的不扣分。",
    ],
)
def test_a_scores_edge_that_names_no_grade_is_no_band(clause):
    scheme = rulegov.parse_scheme(_BANDED + clause)
    assert scheme.grading is None or scheme.grading.bands == []


@pytest.mark.parametrize(
    ("bands", "labels"),
    [
        (
            (
                "考核结果分为A、B、C、D四个等次：90分以上为A等，80分以上不满90分为B等，"
                "60分以上不满80分为C等，不满60分为D等。"
            ),
            ["A等", "B等", "C等", "D等"],
        ),
        (
            (
                "| 等级 | 分数 |\n| A级 | 90分以上 |\n| B级 | 80-89分 |\n| C级 | 60-79分 |\n"
                "| D级 | 60分以下 |"
            ),
            ["A级", "B级", "C级", "D级"],
        ),
        (
            "90分以上为一等，80分及以上不足90分为二等，60分及以上不足80分为三等，不足60分为四等。",
            ["一等", "二等", "三等", "四等"],
        ),
    ],
)
def test_grades_named_by_a_letter_or_an_ordinal_are_bands(bands, labels):
    assert _bands(bands) == [
        (label, low, high) for label, (_, low, high) in zip(labels, _FOUR_BANDS, strict=True)
    ]


def test_pass_and_fail_named_jige_are_bands():
    assert _bands("90分以上为优秀，60分及以上不足90分为及格，不足60分为不及格。") == [
        ("优秀", 90.0, None),
        ("及格", 60.0, 90.0),
        ("不及格", None, 60.0),
    ]


@pytest.mark.parametrize("mark", ["及格分60分", "合格分数线为60分", "及格线：60分"])
def test_a_pass_mark_is_the_lower_edge_of_its_grade_and_the_scores_below_it_fail(mark):
    scheme = rulegov.parse_scheme(_BANDED + f"考核满分100分，{mark}。")
    assert scheme.grading is not None
    assert [(band.label, band.min, band.max) for band in scheme.grading.bands] == [
        (mark[:2], 60.0, None),
        (f"不{mark[:2]}", None, 60.0),
    ]
    result = rulegov.evaluate(scheme, {"甲局": {"2.1-1": 1}, "乙局": {"2.1-1": 25}})
    assert (result.grade("甲局"), result.grade("乙局")) == ("pass", "fail")


def _band_edges(scheme):
    if scheme.grading is None:
        return []
    return [(band.label, band.min, band.max) for band in scheme.grading.bands]


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        (
            (
                "考核实行百分制,结果为优秀、良好、合格和不合格四个档次。"
                "90分以上为优秀、8089分为良好、7079分为合格、69分以下为不合格。"
            ),
            [("优秀", 90, None), ("良好", 80, 90), ("合格", 70, 80), ("不合格", None, 70)],
        ),
        (
            "考核得分90分以上的为优秀;8089分的为良好;6079分的为合格;60分以下的为不合格。",
            [("优秀", 90, None), ("良好", 80, 90), ("合格", 60, 80), ("不合格", None, 60)],
        ),
        (
            "四、评定等次\n90100分为优秀,8089分为良好,80分以下为不合格。",
            [("优秀", 90, None), ("良好", 80, 90), ("不合格", None, 80)],
        ),
    ],
)
def test_a_band_whose_range_lost_its_dash_is_read_from_its_two_halves(text, bands):
    assert _band_edges(rulegov.parse_scheme(text)) == bands


def test_a_number_whose_halves_do_not_rise_is_no_range():
    scheme = rulegov.parse_scheme(
        "一、组织领导(10分)\n考核得分90分以上为优秀,9080分为良好,60分至89分为合格,60分以下为不合格。"
    )
    assert _band_edges(scheme) == [("优秀", 90, None), ("合格", 60, 90), ("不合格", None, 60)]


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        (
            (
                "考核采取分级评分法,基准分为100分,考核结果分为A、B、C三个等级。\n"
                "(一)同时满足下列条件的,考核等级为A级。\n1.领导重视、工作机制健全;\n"
                "2.考核成绩≥90分。\n(二)有下列情形之一的,考核等级为C级。\n"
                "1.欠薪问题突出的;\n2.考核成绩<70分。\n(三)考核等级在A、C级以外的为B级。"
            ),
            [("A级", 90, None), ("B级", 70, 90), ("C级", None, 70)],
        ),
        (
            (
                "（一）具备下列条件的，评为优秀：工作机制健全；考核得分在90分以上。\n"
                "（二）有下列情形之一的，评为不合格：发生重大事故的；考核得分低于60分的。\n"
                "（三）除优秀、不合格以外的为合格。"
            ),
            [("优秀", 90, None), ("合格", 60, 90), ("不合格", None, 60)],
        ),
        (
            (
                "一、符合以下全部条件的，考核等次确定为优秀：\n(1)年度考核得分不低于90分；\n"
                "(2)无违法违纪行为。\n二、存在以下情形之一的，考核等次确定为不合格：\n"
                "(1)年度考核得分不足60分；\n(2)发生重大安全事故。\n三、其余为合格。"
            ),
            [("优秀", 90, None), ("合格", 60, 90), ("不合格", None, 60)],
        ),
    ],
)
def test_a_grade_named_for_a_list_of_conditions_takes_its_edge_from_the_one_on_the_score(
    text, bands
):
    assert _band_edges(rulegov.parse_scheme(text)) == bands


@pytest.mark.parametrize(
    "text",
    [
        # a grade the conditions deny is no band
        "有下列情形之一的，不得评为优秀：\n1.考核得分低于85分的；\n2.发生安全事故的。",
        # conditions that count events or deductions bound no score
        "有下列情形之一的，考核等级为C级：\n1.扣分超过10分的；\n2.发生3起以上欠薪事件的。",
    ],
)
def test_conditions_that_deny_a_grade_or_bound_no_score_make_no_band(text):
    assert _band_edges(rulegov.parse_scheme(text)) == []


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [("1.", "2.", "3."), ("1、", "2、", "3、"), ("（1）", "（2）", "（3）"), ("(1)", "(2)", "(3)")],
)
def test_a_rows_bare_points_of_one_before_the_next_numbered_row_are_no_serial(first, second, third):
    # one cell a line: each row's name opens with its number, its points on the next line; a 1
    # before the next row's number is the row's points, not a 序号 cell of the row after it
    text = f"一、考核内容(25分)\n{first}甲项工作\n2\n{second}乙项工作\n1\n{third}丙项工作\n1\n"
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.nodes() if node.points is not None] == [
        ("甲项工作", 2.0),
        ("乙项工作", 1.0),
        ("丙项工作", 1.0),
    ]


@pytest.mark.parametrize("points", ["(25分)", "（25分）", "( 25 分 )"])
@pytest.mark.parametrize("page", ["2", "13"])
def test_a_page_number_over_a_heading_whose_points_follow_it_is_not_its_points(page, points):
    text = (
        f"{page}\n养成好习惯\n{points}\n1.宣传常态化开展\n3\n2.群众参与文体活动\n2\n"
        f"过上好日子\n{points}\n1.全村有优势特色产业\n2\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.cap) for node in scheme.root.children] == [
        ("养成好习惯", 25.0),
        ("过上好日子", 25.0),
    ]


@pytest.mark.parametrize(
    "unit",
    [
        "优秀、良好、",  # a list of grades said over and over: the grade left over looked for once
        "同时满足下列条件的，考核等级为A级：考核成绩≥90分；",  # conditions on one line each
        "8089分为良好、",  # ranges that lost their dash
    ],
)
def test_reading_grade_clauses_takes_time_in_proportion_to_the_text(unit):
    def read(n: int) -> object:
        return rulegov.parse_scheme("一、工作（10分）\n" + (unit + "\n") * (n // 20) + unit * n)

    assert growth(read, 300, factor=4) < 2 * 4
