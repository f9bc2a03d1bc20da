"""Appraisal documents of 案卷评查 and legal services as sharing sites print them: the layouts of
the forty-first real set, each in its printed forms."""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize("each", ["1.5", "0.5", "2"])
@pytest.mark.parametrize("bracket", ["(共12分,每项{each}分)", "（12分，每项{each}分）"])
def test_a_bracket_naming_each_parts_points_with_a_decimal_point_is_the_items_points(each, bracket):
    points = bracket.format(each=each)
    scheme = rulegov.parse_scheme(
        "1、对符合法定条件的行政许可申请依法受理。(5分)\n"
        f"2、文书制作规范,案卷归档符合标准。{points}\n"
        "(1)一案一卷;\n"
        "(2)使用统一规范的卷皮;\n"
    )
    assert [(node_id, name) for node_id, name, _ in _tree(scheme)] == [
        ("1", "对符合法定条件的行政许可申请依法受理"),
        ("2", "文书制作规范,案卷归档符合标准"),
        ("2.1", "一案一卷"),
        ("2.2", "使用统一规范的卷皮"),
    ]
    # the item's points cap its parts, each worth the points named for each
    assert scheme.node("2").cap == 12.0
    assert scheme.node("2.1").points == float(each)


@pytest.mark.parametrize("last", ["标准得分", "评分标准扣分", "得分备注"])
@pytest.mark.parametrize("mark", ["、", "."])
def test_a_forms_first_row_glued_to_its_headers_last_cell_is_a_row_of_its_own(last, mark):
    scheme = rulegov.parse_scheme(
        f"1行政许可案卷评分表被评单位:案件名称:总分:{last}1{mark}对符合法定条件的申请依法受理;(5分)"
        f"2{mark}不受理行政许可申请,依法说明理由;(6分)3{mark}在规定期限内作出受理决定;(6分)\n"
    )
    assert _tree(scheme) == [
        ("1", "对符合法定条件的申请依法受理", 5.0),
        ("2", "不受理行政许可申请,依法说明理由", 6.0),
        ("3", "在规定期限内作出受理决定", 6.0),
    ]


def test_a_number_one_after_a_headers_words_with_no_second_row_stays_in_its_line():
    scheme = rulegov.parse_scheme("一、组织领导(10分)\n本项得分1、无计划的扣2分。\n")
    assert [node.name for node in scheme.nodes()[1:]] == ["组织领导"]


@pytest.mark.parametrize(
    "header",
    [
        "项目分值内容和标准评价方式评分主体评分备注",
        "項目分值內容和標準評價方式評分主體評分備注",
        "項目分值內(nèi)容和標(biāo)準(zhǔn)評價方式評分主體評分備注",
    ],
)
def test_a_forms_header_naming_its_rating_way_and_rater_is_no_part_of_the_first_name(header):
    scheme = rulegov.parse_scheme(
        f"村(社区):法律服务机构:顾问:{header}聘用情况(5分)5分村(社区)签订法律顾问聘用合同情况。"
        "未及时签订扣5分。乡镇(街道)服务明示情况(5分)5分在村(社区)明示法律顾问身份等。"
        "无法律顾问公示牌扣5分。\n"
    )
    first = scheme.nodes()[1]
    assert first.name in {"聘用情况", "聘用情況"}
    assert first.cap == 5.0


def test_a_bracket_of_figures_that_never_closes_is_read_in_linear_time() -> None:
    # figures with points run on in a bracket after 每项 that no closing bracket ends: each
    # figure is read once, where every way to part their digits was tried (minutes at 20 lines)
    line = "2、文书(共12分,每项" + "11.11" * 8 + "x"

    def run(count: int) -> object:
        try:
            return rulegov.parse_scheme("一、基础工作(30分)\n" + "\n".join([line] * count))
        except rulegov.RulegovError:
            return None

    assert growth(run, 10) < LINEAR
