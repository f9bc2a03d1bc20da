"""Tables copied from a PDF or a spreadsheet: columns set apart by runs of spaces or tabs."""

from __future__ import annotations

import pytest

import rulegov

_ROWS = [
    ("组织领导", 10.0, "成立领导小组，明确分管领导和工作人员"),
    ("制度建设", 15.0, "建立健全各项工作制度"),
    ("宣传教育", 20.0, "开展法治宣传活动不少于4次"),
]


@pytest.mark.parametrize(
    "table",
    [
        (
            "序号  考核项目      分值   评分标准\n1     组织领导      10     未成立的扣5分\n"
            "2     制度建设      15     每缺一项扣3分\n"
        ),
        "序号\t考核项目\t分值\t评分标准\n1\t组织领导\t10\t未成立的扣5分\n2\t制度建设\t15\t每缺一项扣3分\n",
        "考核项目    分值    评分标准\n组织领导    10      未成立的扣5分\n制度建设    15      每缺一项扣3分\n",
        "序号 考核项目 分值 评分标准\n1 组织领导 10 未成立的扣5分\n2 制度建设 15 每缺一项扣3分\n",
    ],
    ids=["spaces", "tabs", "no-serials", "single-spaces"],
)
def test_a_laid_out_header_ending_on_a_kind_word_is_not_the_title(table):
    scheme = rulegov.parse_scheme("档案工作考核评分标准\n" + table)
    assert scheme.name == "档案工作考核评分标准"
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("组织领导", 10.0),
        ("制度建设", 15.0),
    ]


@pytest.mark.parametrize(
    "first_row",
    [
        (
            "1     组织领导          成立领导小组，明确分管领导          10     未成立领导小组的扣5分；\n"
            "                        和工作人员                                 未明确分管领导的扣3分。\n"
        ),
        (
            "1     组织领导          成立领导小组，明确分管领导          10     未成立领导小组的扣5分;\n"
            "                        和工作人员                                 未明确分管领导的扣3分。\n"
        ),
        (
            "1     组织领导          成立领导小组，明确分管领导          10     未成立领导小组的扣5分；\n"
            "                        和工作人员                                 未明确分管领导的扣3分；\n"
        ),
    ],
    ids=["full-width-semicolon", "half-width-semicolon", "both-semicolons"],
)
def test_a_cell_wrapped_under_a_standard_closed_by_a_semicolon_goes_on_with_its_row(first_row):
    text = (
        "考核评分标准\n"
        "序号  考核项目          考核内容                          分值   评分标准\n"
        + first_row
        + "2     制度建设          建立健全各项工作制度                15     每缺一项制度扣3分。\n"
        "3     宣传教育          开展法治宣传活动不少于4次           20     每少1次扣5分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [
        (group.name, group.cap, [child.name for child in group.children])
        for group in scheme.root.children
    ] == [(name, points, [content]) for name, points, content in _ROWS]
    assert [rule.points for rule in scheme.rules] == [5.0, 3.0, 3.0, 5.0]


def test_a_penalty_row_from_the_first_name_column_under_a_semicolon_is_a_row_of_its_own():
    text = (
        "考核评分标准\n"
        "序号  考核项目          考核内容                          分值   评分标准\n"
        "1     组织领导          成立领导小组                        10     未成立的扣5分；\n"
        "      扣分项            发生违纪问题                               每起扣2分。\n"
        "2     制度建设          建立健全各项工作制度                15     每缺一项制度扣3分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(rule.kind, rule.points) for rule in scheme.rules] == [
        ("deduction", 5.0),
        ("penalty", 2.0),
        ("deduction", 3.0),
    ]


@pytest.mark.parametrize(
    "title",
    ["大兴区 依法行政 考核标准", "某县2020年度 平安建设 考核细则", "依法行政考核评分标准"],
)
def test_a_title_with_spaces_between_its_words_stays_the_title(title):
    text = f"{title}\n序号 考核项目 分值 评分标准\n1 组织领导 10 未成立的扣5分\n2 制度建设 15 每缺一项扣3分\n"
    assert rulegov.parse_scheme(text).name == title
