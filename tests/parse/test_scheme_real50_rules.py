"""Rules of the genre read for the fiftieth set of appraisal documents (``schemes/real50``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _bands(text: str) -> list[tuple[str, float | None, float | None]]:
    scheme = rulegov.parse_scheme(text)
    assert scheme.grading is not None
    return [(band.label, band.min, band.max) for band in scheme.grading.bands]


def test_a_last_grade_after_a_comma_may_state_only_its_upper_edge_in_brackets():
    text = (
        "一、工作落实（100分）\n1.按时完成任务（100分）。\n"
        "考核实行百分制，结果分为优秀（90分以上，含90分），良好（75—90分，含75分），"
        "不合格（低于75分）3个等次。\n"
    )
    assert ("不合格", None, 75.0) in _bands(text)


def test_prizes_set_by_a_least_score_are_grade_bands():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "年度考核设一等奖、二等奖和达标奖。一等奖得分须达 92 分及以上;"
        "二等奖得分须达 85 分及以上;达标奖得分 70 分及以上。\n"
    )
    assert [(label, least) for label, least, _ in _bands(text)] == [
        ("一等奖", 92.0),
        ("二等奖", 85.0),
        ("达标奖", 70.0),
    ]


def _vetoes(text: str) -> list[str]:
    scheme = rulegov.parse_scheme(text)
    return [rule.reason for rule in scheme.rules if rule.kind == "veto"]


def test_matters_counted_in_one_veto_sentence_are_a_veto_each():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "四、结果运用\n1、安全生产、信访稳定两项工作实行“一票否决”。\n"
    )
    assert _vetoes(text) == ["安全生产", "信访稳定"]


def test_what_befalls_a_unit_already_vetoed_is_no_veto_of_its_own():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "发生重大安全事故的，实行一票否决。凡被“一票否决”的单位，一律定为不合格。\n"
    )
    assert len(_vetoes(text)) == 1


def test_conditions_listed_under_a_heading_of_vetoes_run_on_are_a_veto_each():
    # the list runs on in one paragraph, as a flattened copy prints it, and a page marker of the
    # copy (the second 2、) falls inside the second condition
    text = (
        "说明一、本体系用于创建单位的验收。二、否决事项1、发生重大安全责任事故的;2、班子成员违纪被\n"
        "2、立案查处的;3、弄虚作假骗取荣誉的;三、测评内容本体系的测评内容见附表。\n"
    )
    assert _vetoes(text) == [
        "发生重大安全责任事故的",
        "班子成员违纪被立案查处的",
        "弄虚作假骗取荣誉的",
    ]


def _veto_rules(text: str) -> list[tuple[str, str, str]]:
    scheme = rulegov.parse_scheme(text)
    return [(rule.id, rule.reason, rule.effect) for rule in scheme.rules if rule.kind == "veto"]


def test_a_listed_condition_ends_at_its_stop_and_the_text_after_the_list_is_read():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "二、否决事项\n1、发生重大安全事故的；\n2、弄虚作假的。\n"
        "获得省级表彰的，加2分。受到市级通报批评的，扣2分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _vetoes(text) == ["发生重大安全事故的", "弄虚作假的"]
    assert [(rule.kind, rule.points) for rule in scheme.rules if rule.kind != "veto"] == [
        ("bonus", 2.0),
        ("penalty", 2.0),
    ]


def test_a_veto_after_a_listed_list_leaves_its_last_condition_standing():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "二、否决事项\n1、发生重大安全事故的；\n2、弄虚作假的。\n发生较大事故的，实行一票否决。\n"
    )
    assert _vetoes(text) == ["发生重大安全事故的", "弄虚作假的", "发生较大事故的，实行一票否决"]


def test_the_clause_after_a_list_that_refers_back_to_it_says_what_its_conditions_do():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "三、否决条件1、发生重大事故的;2、弄虚作假的。具有以上情形之一的，不得评为优秀。\n"
    )
    assert _veto_rules(text) == [
        ("veto1", "发生重大事故的", "bar"),
        ("veto2", "弄虚作假的", "bar"),
    ]


def test_a_next_part_ends_a_run_on_list_only_where_a_clause_opens():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "二、否决事项1、发生重大安全事故的;2、未按照统一、规范的要求公开政务信息的;"
        "3、弄虚作假的;三、其他事项按有关规定办理。\n"
    )
    assert _vetoes(text) == [
        "发生重大安全事故的",
        "未按照统一、规范的要求公开政务信息的",
        "弄虚作假的",
    ]


def test_numbers_inside_a_listed_condition_are_its_words_not_list_numbers():
    head = "一、重点工作（100分）\n1.完成年度任务（100分）。\n二、否决事项"
    assert _vetoes(head + "1、年度得分低于1.5分的;2、弄虚作假的;\n") == [
        "年度得分低于1.5分的",
        "弄虚作假的",
    ]
    assert _vetoes(head + "1、发生1、2级安全事故的;2、弄虚作假的;\n") == [
        "发生1、2级安全事故的",
        "弄虚作假的",
    ]
    assert _vetoes(head + "1、发生事故的;2、连续2、3年考核排名末位的;\n") == [
        "发生事故的",
        "连续2、3年考核排名末位的",
    ]


def test_vetoes_are_numbered_in_the_documents_order():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "发生重大事故的，实行一票否决。\n二、否决条件1、甲事项的;2、乙事项的;\n"
        "三、其他\n弄虚作假的，实行一票否决。\n"
    )
    assert [(id_, reason) for id_, reason, _ in _veto_rules(text)] == [
        ("veto1", "发生重大事故的，实行一票否决"),
        ("veto2", "甲事项的"),
        ("veto3", "乙事项的"),
        ("veto4", "弄虚作假的，实行一票否决"),
    ]


def test_a_veto_before_a_clause_on_the_units_it_strikes_stands_with_that_clauses_effect():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "安全生产、信访稳定两项工作实行一票否决，凡被一票否决的单位不得评为优秀。\n"
    )
    assert [(reason, effect) for _, reason, effect in _veto_rules(text)] == [
        ("安全生产", "bar"),
        ("信访稳定", "bar"),
    ]


def test_being_struck_in_another_appraisal_may_be_a_vetos_condition():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "在全市综治考核中被一票否决的，本单位年度考核实行一票否决。\n"
    )
    assert _vetoes(text) == ["在全市综治考核中被一票否决的，本单位年度考核实行一票否决"]


def test_a_prizes_least_score_may_follow_its_verb_unspaced():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "一等奖得分须达90分及以上;二等奖得分须达80分及以上;达标奖得分60分及以上。\n"
    )
    assert [(label, least) for label, least, _ in _bands(text)] == [
        ("一等奖", 90.0),
        ("二等奖", 80.0),
        ("达标奖", 60.0),
    ]


def test_a_prize_named_after_its_least_score_keeps_its_name():
    text = "一、重点工作（100分）\n1.完成年度任务（100分）。\n60分及以上的为达标奖。\n"
    assert _bands(text) == [("达标奖", 60.0, None)]


def test_counted_matters_after_a_leading_clause_or_joined_by_he_are_a_veto_each():
    head = "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
    veto = "工作实行一票否决。\n"
    assert _vetoes(head + "在年度考核中，安全生产、信访稳定两项" + veto) == ["安全生产", "信访稳定"]
    assert _vetoes(head + "安全生产和信访稳定两项" + veto) == ["安全生产", "信访稳定"]
    assert _vetoes(head + "安全生产、信访稳定和计划生育三项" + veto) == [
        "安全生产",
        "信访稳定",
        "计划生育",
    ]
    assert _vetoes(head + "对党风廉政建设、安全生产两项" + veto) == ["党风廉政建设", "安全生产"]


def test_matters_named_with_deng_do_not_count_the_matters_of_the_veto():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "安全生产、信访稳定、计划生育等三项工作实行一票否决。\n"
    )
    assert _vetoes(text) == ["安全生产、信访稳定、计划生育等三项工作实行一票否决"]


def test_a_grade_after_a_comma_with_an_upper_edge_alone_in_prose_is_no_band():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "考核结果分为优秀（90分以上）、合格（60分以上）、不合格（60分以下）。"
        "得分在80分以上的给予表彰，一般（低于80分）的不予表彰。\n"
    )
    assert _bands(text) == [("优秀", 90.0, None), ("合格", 60.0, 90.0), ("不合格", None, 60.0)]


def test_a_grade_after_a_comma_may_state_its_upper_edge_before_its_lower_one():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "优秀（90分以上），合格（70—89分），基本合格（低于70分且不低于60分），不合格（低于60分）。\n"
    )
    assert _bands(text) == [
        ("优秀", 90.0, None),
        ("合格", 70.0, 90.0),
        ("基本合格", 60.0, 70.0),
        ("不合格", None, 60.0),
    ]


def test_the_clause_referring_back_to_a_list_may_stand_on_the_next_line():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "三、否决条件\n1、发生重大事故的;\n2、弄虚作假的。\n具有以上情形之一的，不得评为优秀。\n"
    )
    assert [(reason, effect) for _, reason, effect in _veto_rules(text)] == [
        ("发生重大事故的", "bar"),
        ("弄虚作假的", "bar"),
    ]


def test_a_listed_condition_wrapped_over_two_lines_is_one_condition():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "二、否决事项\n1、领导班子成员严重\n违纪违法的；\n2、弄虚作假的。\n获得省级表彰的，加2分。\n"
    )
    assert _vetoes(text) == ["领导班子成员严重违纪违法的", "弄虚作假的"]


def test_a_last_grade_with_its_upper_edge_alone_may_close_the_list_with_deng():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "考核结果分为优秀（90分以上），合格（60—90分，含60分），不合格（低于60分）等三个等次。\n"
    )
    assert ("不合格", None, 60.0) in _bands(text)


def test_a_clause_referring_back_to_conditions_that_veto_on_their_own_stays_a_veto():
    text = (
        "一、重点工作（100分）\n1.完成年度任务（100分）。\n"
        "三、否决条件\n1、发生重大事故的，实行一票否决;\n2、弄虚作假的，实行一票否决。\n"
        "具有以上情形之一的，不得评为优秀。\n"
    )
    assert _vetoes(text) == [
        "发生重大事故的，实行一票否决",
        "弄虚作假的，实行一票否决",
        "具有以上情形之一的，不得评为优秀",
    ]


def test_a_flattened_header_whose_standard_column_is_its_scoring_method_puts_points_between():
    # 评分方法 names the standard column as 评分标准 does: under 考核内容 · 标准分 · 评分方法, a bare
    # figure between a row's text and its standard is the row's points
    scheme = rulegov.parse_scheme(
        "物资管理考核标准序号考核内容标准分评分方法实际得分"
        "1.仓库物资分区存放5每发现一处混放扣1分2.出入库当日入账8漏账一次扣2分\n"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("仓库物资分区存放", 5.0),
        ("出入库当日入账", 8.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1", 1.0), ("2", 2.0)]


def test_groups_of_a_flattened_table_numbered_without_a_stop_and_without_points():
    # the 序号 cell of a group (一, 二) glued to its name and its name to its first row's 1.,
    # the group's points cell empty: each group holds the rows numbered afresh under it
    scheme = rulegov.parse_scheme(
        "物资管理考核标准序号考核项目考核内容标准分评分方法"
        "一仓库管理1.仓库物资分区存放5每发现一处混放扣1分2.出入库当日入账8漏账一次扣2分"
        "二设备管理1.设备定期保养6缺一次扣二分\n"
    )
    assert [
        (group.name, [(row.name, row.points) for row in group.children])
        for group in scheme.root.children
    ] == [
        ("仓库管理", [("仓库物资分区存放", 5.0), ("出入库当日入账", 8.0)]),
        ("设备管理", [("设备定期保养", 6.0)]),
    ]


def test_a_numeral_glued_to_words_before_a_rows_number_is_no_group():
    # 统一 ends a word: a lone numeral glued to a name before 1. opens no group unless the
    # groups number 一, 二, … in order
    scheme = rulegov.parse_scheme(
        "物资管理考核标准序号考核内容标准分评分方法"
        "物资统一管理1.仓库物资分区存放5每发现一处混放扣1分2.出入库当日入账8漏账一次扣2分\n"
    )
    assert [node.name for node in scheme.root.children if not node.is_leaf] == []


def test_a_column_headed_by_how_the_row_is_checked_beside_the_standard_names_no_item():
    # 考核办法 (查阅资料, 现场检查) says how the row is checked, as 考核方法 does: no item's name
    scheme = rulegov.parse_scheme(
        "| 项目 | 考核内容 | 分值 | 考核办法 | 评分标准 |\n"
        "| 安全管理 | 建立安全管理制度 | 6 | 查阅资料 | 未建立的扣6分 |\n"
        "| 消防管理 | 配齐消防器材 | 4 | 现场检查 | 每缺一处扣1分 |\n"
    )
    assert [
        (group.name, [(row.name, row.points) for row in group.children])
        for group in scheme.root.children
    ] == [("安全管理", [("建立安全管理制度", 6.0)]), ("消防管理", [("配齐消防器材", 4.0)])]


_SPANNED = (
    "考核\n项目\n| 考核内容\n| 分值\n| 考核办法\n| 评分标准\n| 得分\n|\n|\n"
    "安\n全\n管\n理\n| 1、建立安全管理制度,职责明确。\n| 6\n| 查阅资料\n"
    "| 有制度得1分,职责明确得1分。\n|\n|\n"
    "2、定期开展安全检查。\n| 每季度检查一次得2分。\n|\n"
    "3、隐患及时整改。\n| 整改到位得{last}分,否则酌情扣分。\n|\n"
)


def test_rows_under_a_category_and_points_cell_that_span_them_are_the_categorys_items():
    # the category, points and method cells span the rows: printed on the first row only, the
    # figure scores the category; each row, numbered on, is worth what its standard credits
    scheme = rulegov.parse_scheme(_SPANNED.format(last=2))
    (group,) = scheme.root.children
    assert (group.name, group.cap) == ("安全管理", 6.0)
    assert [(row.name, row.points) for row in group.children] == [
        ("建立安全管理制度,职责明确", 2.0),
        ("定期开展安全检查", 2.0),
        ("隐患及时整改", 2.0),
    ]


def test_rows_under_spanning_cells_span_their_own_text():
    # a row placed under the columns its cells fill, the rater's column after them left empty:
    # its span runs from its name to its standard's end, not to an empty cell at its start
    text = _SPANNED.format(last=2)
    (group,) = rulegov.parse_scheme(text).root.children
    spans = [row.span for row in group.children[1:]]
    assert [text[span.start : span.end] for span in spans if span is not None] == [
        "2、定期开展安全检查。\n| 每季度检查一次得2分。",
        "3、隐患及时整改。\n| 整改到位得2分,否则酌情扣分。",
    ]


def test_spanned_rows_crediting_more_than_the_category_are_its_criteria():
    scheme = rulegov.parse_scheme(_SPANNED.format(last=3))
    (group,) = scheme.root.children
    assert group.points == 6.0
    assert [(row.name, row.points) for row in group.children] == [
        ("建立安全管理制度,职责明确", None),
        ("定期开展安全检查", None),
        ("隐患及时整改", None),
    ]


def test_cells_closed_by_pipes_without_a_line_of_pipes_are_rows_closed_by_their_points():
    # each cell on a line closed by " |", no line of pipes after the header: a row runs up to
    # its points (the last column), a row printing fewer cells leaves out its merged cells
    scheme = rulegov.parse_scheme(
        "序号 |\n项目 |\n内容 |\n评分规则 |\n分值 |\n"
        "1 |\n组织 领导 (6分) |\n领导小组 |\n成立领导小组的得6分。 |\n6 |\n"
        "2 |\n制度 建设 (9分)\n|\n工作制度 |\n1.建立例会制度,得2分。\n2.建立考勤制度,得2分。 |\n4 |\n"
        "档案管理 |\n建立工作台账,得5分。 |\n5 |\n"
    )
    assert [
        (group.name, group.cap, [(row.name, row.points or row.cap) for row in group.children])
        for group in scheme.root.children
    ] == [
        ("组织领导", 6.0, [("领导小组", 6.0)]),
        ("制度建设", 9.0, [("工作制度", 4.0), ("档案管理", 5.0)]),
    ]


def _tree(text: str) -> list[tuple[str, float | None, list[tuple[str, float | None]]]]:
    scheme = rulegov.parse_scheme(text)
    return [
        (group.name, group.cap, [(row.name, row.points) for row in group.children])
        for group in scheme.root.children
    ]


def test_a_run_headed_by_its_standard_column_named_kaoping_xize_glues_a_group_to_its_rows():
    # 考评细则 names the standard column as 评分细则 does: the header runs into the first group
    # (消防制度10分), whose rows follow numbered 1、 2、
    text = (
        "学校消防工作考评细则考评内容分值考 评 细 则消防制度10分"
        "1、建立消防责任制(6分)。学校成立消防工作小组。2、建立防火检查制度(4分)。每月检查一次。\n"
    )
    assert _tree(text) == [("消防制度", 10.0, [("建立消防责任制", 6.0), ("建立防火检查制度", 4.0)])]


def test_a_run_row_closes_on_its_points_after_a_comma():
    # the 分值 cell printed at the end of the row's text, after a comma: …明确专人负责,6分;
    text = (
        "学校消防工作考评细则考评内容分值评分标准消防制度10分"
        "1、建立消防责任制。学校成立消防工作小组,明确专人负责,6分;"
        "2、建立防火检查制度。每月检查一次并留有记录,4分;\n"
    )
    assert _tree(text) == [("消防制度", 10.0, [("建立消防责任制", 6.0), ("建立防火检查制度", 4.0)])]


def test_a_group_glued_after_a_rows_stop_before_its_first_row_opens_a_group():
    # 消防设施8分 after the row before's stop, before a row numbered 1 afresh: a group's cell
    text = (
        "学校消防工作考评细则考评内容分值评分标准消防制度10分"
        "1、建立消防责任制。学校成立消防工作小组,明确专人负责,6分;"
        "2、建立防火检查制度。每月检查一次并留有记录,4分;"
        "消防设施8分1、配齐灭火器材。器材完好有效,5分;2、设置疏散标志。标志清晰醒目,3分;\n"
    )
    assert _tree(text) == [
        ("消防制度", 10.0, [("建立消防责任制", 6.0), ("建立防火检查制度", 4.0)]),
        ("消防设施", 8.0, [("配齐灭火器材", 5.0), ("设置疏散标志", 3.0)]),
    ]


_SPANNED_RUN = (
    "考核评分细则 项目考核内容标准分 评分方法 自评分 考评分 "
    "组织领导 成立工作小组 {first} 有文件得2分 制定工作计划 有计划得1分,少一项扣1分 "
    "宣传教育 开展宣传活动 4分 有照片得2分 设立宣传栏 有宣传栏得2分,缺一处扣1分\n"
)


def test_groups_of_a_spaced_run_print_their_points_once_after_their_first_rows_content():
    # the 标准分 cell spans the group's rows: it stands once, after the first row's content;
    # what the rows award (得2分 · 得1分) adds up to it, and their rules are the group's
    scheme = rulegov.parse_scheme(_SPANNED_RUN.format(first="3分"))
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("组织领导", 3.0),
        ("宣传教育", 4.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1", 1.0), ("2", 1.0)]


def test_groups_of_a_spaced_run_whose_awards_do_not_add_up_are_not_read_so():
    scheme = rulegov.parse_scheme(_SPANNED_RUN.format(first="5分"))
    assert ("组织领导", 5.0) not in [(node.name, node.points) for node in scheme.root.children]


def test_an_items_points_glued_to_its_text_before_the_credits_it_lists_per_piece():
    # 文章10分、国家级每份2分、…: the item's points, then what each piece earns, listed after 、
    scheme = rulegov.parse_scheme(
        "一、宣传教育(25分)\n1、集中宣传计15分。\n"
        "2、在报刊发表宣传文章10分、国家级每份2分、省级每份1分、市级0.5分。\n"
    )
    (group,) = scheme.root.children
    assert [(row.name, row.points) for row in group.children] == [
        ("集中宣传", 15.0),
        ("在报刊发表宣传文章", 10.0),
    ]
