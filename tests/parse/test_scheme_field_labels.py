"""Items printed as labelled fields (考核项目：… · 考核内容：… · 评分标准：…): the label is no name's word."""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    "printed",
    [
        (
            "考核项目：组织领导（10分）\n考核内容：成立领导小组，明确分管领导。\n"
            "评分标准：未成立领导小组的扣5分；未明确分管领导的扣3分。\n"
            "考核项目：制度建设（15分）\n考核内容：建立健全各项工作制度。\n评分标准：每缺一项制度扣3分。"
        ),
        (
            "1.考核指标：组织领导，分值10分。\n评分办法：未成立领导小组的扣5分；未明确分管领导的扣3分。\n"
            "2.考核指标：制度建设，分值15分。\n评分办法：每缺一项制度扣3分。"
        ),
        (
            "项目名称:组织领导(10分)\n评分标准:未成立领导小组的扣5分;未明确分管领导的扣3分。\n"
            "项目名称:制度建设(15分)\n评分标准:每缺一项制度扣3分。"
        ),
        (
            "一、组织领导（10分）\n评分标准：未成立领导小组的扣5分；未明确分管领导的扣3分。\n"
            "二、制度建设（15分）\n评分标准：每缺一项制度扣3分。"
        ),
    ],
    ids=["考核项目", "numbered-考核指标", "half-width-项目名称", "numbered-unlabelled"],
)
def test_an_items_field_label_is_not_part_of_its_name(printed):
    scheme = rulegov.parse_scheme("安全生产考核细则\n" + printed)
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("组织领导", 10.0),
        ("制度建设", 15.0),
    ]
    assert [rule.points for rule in scheme.rules] == [5.0, 3.0, 3.0]
