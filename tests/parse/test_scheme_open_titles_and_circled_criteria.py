"""An item's sentence broken over lines inside a book title (``…、《`` · ``山西省…的决定》…;(3分)``),
and a flattened table's rows whose points are glued to their first criterion's ⑴, under a part's
heading glued before the first row. Each test is a class of printing, its texts written for the
test."""

from __future__ import annotations

import pytest

import rulegov
from schemetrees import scheme_nodes

_TITLES = "山西省人民政府关于加强政府法制建设的决定》和《\n山西省人民政府办公厅的意见》的学习宣传工作;(3分)\n"


@pytest.mark.parametrize("end", ["、《", "和《", "《"])
def test_an_item_broken_inside_a_book_title_goes_on_over_the_next_lines(end):
    text = (
        "一、贯彻落实工作(15分)\n"
        f"(一)在本部门学习宣传《全面推进依法行政实施纲要》{end}\n{_TITLES}"
        "(二)贯彻落实会议精神;(4分)\n"
    )
    nodes = scheme_nodes(text, capped=True)
    assert [(node_id, points) for node_id, _, points in nodes] == [
        ("1", 15.0),
        ("1.1", 3.0),
        ("1.2", 4.0),
    ]
    name = nodes[1][1]
    assert name.startswith("在本部门学习宣传《全面推进依法行政实施纲要》")
    assert name.endswith("山西省人民政府办公厅的意见》的学习宣传工作")
    assert " " not in name


@pytest.mark.parametrize("end", ["、", ","])
def test_an_item_broken_before_a_book_title_closes_up_the_break(end):
    # …实施纲要》、 · 《山西省…的决定》…: the line breaks between two titles, before the 《
    text = (
        "一、贯彻落实工作(15分)\n"
        f"(一)在本部门学习宣传《全面推进依法行政实施纲要》{end}\n《{_TITLES}"
        "(二)贯彻落实会议精神;(4分)\n"
    )
    nodes = scheme_nodes(text, capped=True)
    assert [(node_id, points) for node_id, _, points in nodes] == [
        ("1", 15.0),
        ("1.1", 3.0),
        ("1.2", 4.0),
    ]
    assert f"实施纲要》{end}《山西省" in nodes[1][1]
    assert " " not in nodes[1][1]


def test_a_book_title_closed_on_its_line_leaves_the_next_line_alone():
    # the title closes on the item's line: the line under it is no part of the item's name
    text = (
        "一、贯彻落实工作(15分)\n(一)在本部门学习宣传《全面推进依法行政实施纲要》(3分)\n"
        "(二)贯彻落实会议精神;(4分)\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "贯彻落实工作", 15.0),
        ("1.1", "在本部门学习宣传《全面推进依法行政实施纲要》", 3.0),
        ("1.2", "贯彻落实会议精神", 4.0),
    ]


_HEADER = "考评项目序号考评内容分值考评标准考评方法自评分考评分评分说明"
_ROWS = (
    "1建立和健全领导机构2⑴及时调整领导机构的,得1分;⑵明确第一责任人的,有相应文件的,得1分。{cell}"
    "2制定年度计划并组织落实3⑴召开会议每年不少于2次的,得1分;⑵制定工作要点的,得1分;"
    "⑶按时报送总结的,得1分。"
)


@pytest.mark.parametrize("cell", ["查看部门文件", "查阅会议记录", ""])
def test_rows_glue_their_points_to_their_first_circled_criterion(cell):
    # 1建立…领导机构2⑴及时…,得1分;⑵…,得1分。查看部门文件2制定…: the row's 2 points before ⑴,
    # its criteria's credits adding up to them, its method cell before the next row's serial
    text = f"某市直部门依法行政工作考评表\n{_HEADER}一、组织领导和保障措施(10分){_ROWS.format(cell=cell)}"
    assert scheme_nodes(text, capped=True) == [
        ("1", "组织领导和保障措施", 10.0),
        ("1.1", "建立和健全领导机构", 2.0),
        ("1.1.1", "及时调整领导机构的", 1.0),
        ("1.1.2", "明确第一责任人的,有相应文件的", 1.0),
        ("1.2", "制定年度计划并组织落实", 3.0),
        ("1.2.1", "召开会议每年不少于2次的", 1.0),
        ("1.2.2", "制定工作要点的", 1.0),
        ("1.2.3", "按时报送总结的", 1.0),
    ]


def test_rows_whose_circled_credits_do_not_add_up_are_not_read_so():
    # ⑴ and ⑵ credit 1 point each, not the row's 3: the figure before ⑴ is no row's points
    rows = _ROWS.format(cell="").replace("领导机构2⑴", "领导机构3⑴")
    scheme = rulegov.parse_scheme(
        f"某市直部门依法行政工作考评表\n{_HEADER}一、组织领导(10分){rows}"
    )
    assert ("制定年度计划并组织落实", 3.0) not in [
        (node.name, node.points) for node in scheme.nodes()[1:]
    ]


def test_a_part_over_credited_rows_later_in_the_run_leaves_the_parts_before_it():
    # the first part's rows are numbered 1. and read otherwise; the second part's rows glue
    # their points to ⑴: the second part is no heading at the run's start, and the first stays
    rows = _ROWS.format(cell="")
    text = (
        f"某市直部门依法行政工作考评表\n{_HEADER}"
        "一、组织领导(4分)1.成立领导小组。2分未成立的扣2分。2.制定年度计划。2分未制定的扣2分。"
        f"二、制度建设(5分){rows}"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(part.name, part.points) for part in scheme.root.children][-1] == ("制度建设", 5.0)
    [first] = [part for part in scheme.root.children if part.name == "组织领导"]
    assert [(row.name, row.points) for row in first.children] == [
        ("成立领导小组", 2.0),
        ("制定年度计划", 2.0),
    ]


# a sharing site's link words inside the header, before its last columns
_LINKED = _HEADER.replace(
    "考评方法", "excel标准偏差函数国标检验抽样标准表免费下载红头文件格式标准下载 考评方法"
)


@pytest.mark.parametrize("header", [_HEADER, _LINKED], ids=["header", "linked-header"])
@pytest.mark.parametrize("title", ["组织领导", "领导", "组织领导和保障措施"])
def test_a_part_heading_before_the_first_row_holds_the_rows(header, title):
    # 评分说明一、组织领导(5分)1建立…: a first row's serial within the reach of the header's last
    # words is the part's first row, not the run's, and the heading is no header word
    text = f"某市直部门依法行政工作考评表\n{header}一、{title}(5分){_ROWS.format(cell='')}"
    nodes = scheme_nodes(text, capped=True)
    assert nodes[:2] == [("1", title, 5.0), ("1.1", "建立和健全领导机构", 2.0)]
    assert [node_id for node_id, _, _ in nodes] == [
        "1",
        "1.1",
        "1.1.1",
        "1.1.2",
        "1.2",
        "1.2.1",
        "1.2.2",
        "1.2.3",
    ]
