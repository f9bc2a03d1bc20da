"""A table laid one row a line, each row's number set apart from its text by a space
(``1 被考核单位…`` · ``2 被考核单位…``): the next row's number at the start of a line opens
that row, whatever cell the line before ends in."""

from __future__ import annotations

import rulegov


def test_a_rows_number_at_the_start_of_a_line_opens_it_after_a_note_cell():
    scheme = rulegov.parse_scheme(
        "某县绩效考核扣分项目及标准\n"
        "序号 扣分内容 扣分标准 备注\n"
        "1 被考核单位未落实上级决定的。 不执行上级决定的每件扣5分。 由督查局提供扣分依据。\n"
        "2 被考核单位未及时办理督办件的。 未及时办理的每件扣0.5分。 由县委办提供扣分依据\n"
        "3 被考核单位未按要求参加会议的。 无故缺席1次扣1分;迟到1次扣0.5分。\n"
    )
    assert [node.name for node in scheme.root.children] == [
        "被考核单位未落实上级决定的",
        "被考核单位未及时办理督办件的",
        "被考核单位未按要求参加会议的",
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1", 5.0),
        ("2", 0.5),
        ("3", 1.0),
        ("3", 0.5),
    ]


def test_a_figure_alone_on_the_line_before_is_the_points_of_the_row_before():
    scheme = rulegov.parse_scheme(
        "某单位考核内容及评分标准\n"
        "序号项\n"
        "考核内容及评分标准分值\n"
        "1 领\n"
        "①主要领导负总责。无工作网络扣3分。\n"
        "8\n"
        "2 履\n"
        "①道路设施完好。发现一处扣0.5分。\n"
        "10\n"
    )
    assert [(node.name[:1], node.points) for node in scheme.root.children] == [
        ("领", 8.0),
        ("履", 10.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1", 3.0), ("2", 0.5)]


def test_a_number_inside_a_rows_text_at_a_lines_start_is_no_row_out_of_turn():
    # the line opening with 5 is no row: row 2 comes next
    scheme = rulegov.parse_scheme(
        "某县绩效考核扣分项目及标准\n"
        "序号 扣分内容 扣分标准 备注\n"
        "1 被考核单位未落实上级决定的。 不执行上级决定的每件扣5分,\n"
        "5 个工作日内未整改的每件扣2分。\n"
        "2 被考核单位未及时办理督办件的。 未及时办理的每件扣0.5分。\n"
    )
    assert [node.id for node in scheme.root.children] == ["1", "2"]


def test_rows_go_on_with_a_later_number_after_a_passage_a_site_left_out():
    scheme = rulegov.parse_scheme(
        "某县绩效考核扣分项目及标准\n"
        "序号 扣分内容 扣分标准 备注\n"
        "1 被考核单位未落实上级决定的。 不执行上级决定的每件扣5分。 由督查局提供扣分依据。\n"
        "2 被考核单位未及时办理督办件的。 未及时办理的每件扣0.5分。\n"
        "……(某文秘网省略437字,正式会员可完整阅读)……\n"
        ",造成重大影响的,每件扣1分。 以县委办台账为准。\n"
        "6 被考核单位被新闻媒体负面曝光的。 每件扣3分。 由宣传部提供扣分依据。\n"
        "7 被考核单位未按要求参加会议的。 无故缺席1次扣1分。\n"
    )
    assert [node.name for node in scheme.root.children] == [
        "被考核单位未落实上级决定的",
        "被考核单位未及时办理督办件的",
        "被考核单位被新闻媒体负面曝光的",
        "被考核单位未按要求参加会议的",
    ]
    assert [rule.points for rule in scheme.rules if rule.node == scheme.root.children[2].id] == [
        3.0
    ]


def test_a_cell_over_lines_a_blank_line_apart_keeps_its_offsets() -> None:
    # a row's standard over two lines with a blank line between them: its rule spans its own
    # words, where the lines joined by one break each put it a blank line early
    cells = ["考核项目", "分值", "考核内容", "评分标准", "一、领导(9分)", "4", "成立小组。"]
    cells += ["未成立扣4分。", "5", "制定计划。", "无计划扣5分。"]
    text = "\n\n".join(cells) + "\n\n"
    scheme = rulegov.parse_scheme(text)
    spans = [rule.span for rule in scheme.rules]
    assert sorted(text[span.start : span.end] for span in spans if span is not None) == [
        "无计划扣5分",
        "未成立扣4分",
    ]
