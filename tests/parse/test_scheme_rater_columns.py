"""A flattened table's header naming how and by whom each row is rated after its standard
(``…评分标准评价方式评分主体``): those words are the header's, no part of the first row's name, and
the rater each row prints after its standard is no part of the next row's name."""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    "header",
    [
        "项目分值评分标准评价方式评分主体",
        "考核项目分值考核内容评分标准评价方式评分主体得分",
        "项目分值评分标准评分主体评分备注",
        "项目分值考核标准考核方式考核主体",
    ],
)
def test_a_headers_columns_of_how_and_by_whom_a_row_is_rated_after_its_standard_are_no_name(header):
    scheme = rulegov.parse_scheme(
        f"村(社区):顾问:{header}聘用情况(5分)5分签订法律顾问聘用合同情况。未及时签订扣5分。"
        "服务明示情况(5分)5分明示法律顾问身份等。无公示牌扣5分。\n"
    )
    assert [(node.name, node.cap) for node in scheme.root.children] == [
        ("聘用情况", 5.0),
        ("服务明示情况", 5.0),
    ]


def test_the_rater_cell_glued_to_each_next_rows_name_is_no_part_of_it():
    scheme = rulegov.parse_scheme(
        "村(社区):顾问:项目分值内容和标准评价方式评分主体评分备注"
        "聘用情况(5分)5分签订法律顾问聘用合同情况。未及时签订扣5分。"
        "乡镇(街道)服务明示情况(5分)5分明示法律顾问身份等。无公示牌扣5分。"
        "乡镇(街道)工作日志情况(20分)20分认真填写工作日志。未填写的扣5分。乡镇(街道)\n"
    )
    assert [node.name for node in scheme.root.children] == [
        "聘用情况",
        "服务明示情况",
        "工作日志情况",
    ]


def test_words_every_row_opens_with_are_kept_without_a_rater_column():
    scheme = rulegov.parse_scheme(
        "项目分值内容和标准评分备注聘用情况(5分)5分签订聘用合同情况。未及时签订扣5分。"
        "乡镇(街道)服务明示情况(5分)5分明示法律顾问身份等。无公示牌扣5分。"
        "乡镇(街道)工作日志情况(20分)20分认真填写工作日志。未填写的扣5分。\n"
    )
    assert [node.name for node in scheme.root.children][1:] == [
        "乡镇(街道)服务明示情况",
        "乡镇(街道)工作日志情况",
    ]
