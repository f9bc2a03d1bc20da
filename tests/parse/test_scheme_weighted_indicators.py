"""Indicator systems that weigh their parts: a 一级指标 with its 权重, a 二级指标 with its 分值 and a
三级指标 with its own 分值, its 目标值 and the cells the unit fills in (数据项, 指标值), as an
application's page or a Word table prints them, merged cells repeated down their rows. Each test
is a class of printing, its tables written for the test."""

from __future__ import annotations

import pytest

import rulegov

_HEAD = (
    "<tr><td rowspan='2'>一级指标</td><td rowspan='2'>权重</td><td rowspan='2'>二级指标</td>"
    "<td rowspan='2'>分值</td><td rowspan='2'>三级指标</td><td rowspan='2'>计量单位</td>"
    "<td rowspan='2'>目标值(标准)</td><td rowspan='2'>分值</td><td colspan='2'>采集数据项</td>"
    "<td rowspan='2'>指标值</td></tr><tr><td>数据项1</td><td>数据项2</td></tr>"
)
_OUTPUT = (
    "<tr><td rowspan='3'>项目产出</td><td rowspan='3'>60</td><td rowspan='2'>产出数量</td>"
    "<td rowspan='2'>70</td><td>培训完成率</td><td>%</td><td>40%</td><td>30</td>"
    "<td></td><td></td><td></td></tr>"
    "<tr><td>检查覆盖率</td><td>%</td><td>95%</td><td>40</td><td></td><td></td><td></td></tr>"
    "<tr><td>产出成本</td><td>30</td><td>接待是否超出标准</td><td>是/否</td><td>否</td>"
    "<td>30</td><td></td><td>/</td><td></td></tr>"
)
_EFFECT = (
    "<tr><td rowspan='3'>项目效果</td><td rowspan='3'>40</td><td rowspan='3'>社会效益</td>"
    "<td rowspan='3'>100</td><td rowspan='2'>是否提高了通关速度</td><td rowspan='2'>是/否</td>"
    "<td rowspan='2'>是</td><td>5</td><td rowspan='2'></td><td colspan='2'>①</td></tr>"
    "<tr><td>5</td><td colspan='2'>②</td></tr>"
    "<tr><td>是否降低了监管成本</td><td>是/否</td><td>是</td><td>90</td><td></td>"
    "<td colspan='2'>①</td></tr>"
)
_TOTAL = "<tr><td>总分</td><td>100</td><td>得分</td><td colspan='8'></td></tr>"


def _page(*rows: str) -> str:
    return f"<html><body><p>专项经费绩效评价表</p><table>{''.join(rows)}</table></body></html>"


def _read(tmp_path, page: str) -> rulegov.Scheme:
    path = tmp_path / "评价表.html"
    path.write_text(page, encoding="utf-8")
    return rulegov.read_scheme(path)


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str | None, float | None]]:
    return [(node.id, node.name, node.points or node.cap) for node in scheme.nodes()[1:]]


def test_weights_head_their_parts_and_a_target_in_per_cent_is_no_weight(tmp_path):
    # 权重 60 is the part's, 分值 70 the 二级指标's, the last 分值 the row's; 40% is the row's
    # target, and the 指标值 column right of the standard and the points holds no names
    scheme = _read(tmp_path, _page(_HEAD, _OUTPUT))
    assert _tree(scheme) == [
        ("1", "项目产出", 60.0),
        ("1.1", "产出数量", 70.0),
        ("1.1.1", "培训完成率", 30.0),
        ("1.1.2", "检查覆盖率", 40.0),
        ("1.2", "产出成本", 30.0),
        ("1.2.1", "接待是否超出标准", 30.0),
    ]


def test_an_indicator_spanning_rows_each_with_points_is_one_item_worth_them_all(tmp_path):
    # 是否提高了通关速度 spans two rows, a 理由 each (①, ②), 5 points each: one indicator of 10
    scheme = _read(tmp_path, _page(_HEAD, _EFFECT))
    assert _tree(scheme) == [
        ("1", "项目效果", 40.0),
        ("1.1", "社会效益", 100.0),
        ("1.1.1", "是否提高了通关速度", 10.0),
        ("1.1.2", "是否降低了监管成本", 90.0),
    ]


def test_a_total_row_with_a_cell_for_the_score_is_no_item(tmp_path):
    scheme = _read(tmp_path, _page(_HEAD, _OUTPUT, _EFFECT, _TOTAL))
    names = [node.name for node in scheme.nodes()[1:]]
    assert "总分" not in names
    assert "得分" not in names
    assert [node.name for node in scheme.root.children] == ["项目产出", "项目效果"]


@pytest.mark.parametrize("name", ["接待是否超出标准", "考核项目是否达到标准"])
def test_a_row_under_the_header_whose_name_has_a_headings_words_stays_a_row(name):
    # 项目 and 标准 are words of a heading, but a row with its weight and points is a row
    text = (
        "专项经费绩效评价表\n"
        "|一级指标|权重|二级指标|分值|三级指标|目标值|分值|\n"
        "|项目产出|100|产出时效|50|是否按时完成|是|50|\n"
        f"|项目产出|100|产出成本|50|{name}|否|50|\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.nodes() if node.is_leaf] == [
        ("是否按时完成", 50.0),
        (name, 50.0),
    ]


def test_a_word_table_whose_indicator_cell_is_merged_down_its_rows_reads_as_the_page(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("专项经费绩效评价表")
    rows = [
        ("一级指标", "权重", "二级指标", "分值", "三级指标", "目标值", "分值", "理由"),
        ("项目效果", "40", "社会效益", "100", "是否提高了通关速度", "是", "5", "①"),
        ("", "", "", "", "", "", "5", "②"),
        ("", "", "", "", "是否降低了监管成本", "是", "90", "①"),
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for column in range(4):  # 一级指标 · 权重 · 二级指标 · 分值 merged down the three rows
        table.cell(1, column).merge(table.cell(3, column))
    for column in (4, 5):  # the first indicator and its target merged down its two rows
        table.cell(1, column).merge(table.cell(2, column))
    path = tmp_path / "评价表.docx"
    document.save(str(path))
    assert _tree(rulegov.read_scheme(path)) == [
        ("1", "项目效果", 40.0),
        ("1.1", "社会效益", 100.0),
        ("1.1.1", "是否提高了通关速度", 10.0),
        ("1.1.2", "是否降低了监管成本", 90.0),
    ]


def test_rows_under_one_name_with_standards_of_their_own_stay_criteria_of_their_own():
    # the name cell merged down two rows, each row a criterion with its own standard and points
    text = (
        "评分表\n"
        "|项目|考核内容|分值|评分标准|\n"
        "|操作前准备|核对患者信息|5|未核对扣5分|\n"
        "|操作前准备|准备物品齐全|5|缺一项扣1分|\n"
    )
    points = [node.points for node in rulegov.parse_scheme(text).nodes() if node.is_leaf]
    assert points == [5.0, 5.0]


def test_a_part_merged_down_its_rows_spans_the_rows_it_heads():
    text = (
        "专项经费绩效评价表\n"
        "|一级指标|权重|二级指标|分值|三级指标|目标值|分值|\n"
        "|项目产出|100|产出时效|50|是否按时完成|是|50|\n"
        "|项目产出|100|产出成本|50|是否超出预算|否|50|\n"
    )
    part = rulegov.parse_scheme(text).root.children[0]
    assert part.name == "项目产出"
    assert part.span is not None
    assert part.span.start < text.index("是否按时完成")
    assert part.span.end > text.rindex("项目产出")
