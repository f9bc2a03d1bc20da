"""A PDF's ruled tables across its pages read as one table (``rulegov.io._pdf_rows``)."""

from __future__ import annotations

import pytest

from pdfs import pdf_of_lines as _pdf
from pdfs import ruled_rows
from rulegov.io import read_text
from rulegov.io._pdf_rows import continues_row

pytest.importorskip("pdfplumber")

SIZE, INDENT = 16.0, 111.0


def _table_pages(tmp_path, *pages: list[list[str]], widths=((40, 260, 120),)):
    """A PDF whose pages each hold a table's rows at their top, and its text; ``widths`` gives
    the columns' widths of each page (the last for the pages after)."""
    drawn = [
        ruled_rows(rows, top=760, widths=list(widths[min(index, len(widths) - 1)]))
        for index, rows in enumerate(pages)
    ]
    path = tmp_path / "分工表.pdf"
    path.write_bytes(
        _pdf([lines for lines, _ in drawn], proportional=True, rules=[rules for _, rules in drawn])
    )
    return read_text(path).split("\n")


HEADING_ROW = ["序号", "工作任务", "牵头单位"]


@pytest.mark.parametrize("numbers", [("1", "2", "3"), ("1.1", "1.2", "2.1"), ("一", "二", "三")])
def test_a_row_a_page_broke_is_read_as_one_row(tmp_path, numbers):
    first, second, third = numbers
    lines = _table_pages(
        tmp_path,
        [
            HEADING_ROW,
            [first, "推进严格规范公正文明执法", "市司法局"],
            [second, "完善制度，建立健全", "市司"],
        ],
        [["", "行政复议工作机制", "法局"], [third, "加强法治宣传", "市委宣传部"]],
    )
    assert lines == [
        "|序号|工作任务|牵头单位|",
        f"|{first}|推进严格规范公正文明执法|市司法局|",
        f"|{second}|完善制度，建立健全行政复议工作机制|市司法局|",
        f"|{third}|加强法治宣传|市委宣传部|",
    ]


def test_the_heading_row_a_new_page_repeats_is_read_once(tmp_path):
    lines = _table_pages(
        tmp_path,
        [HEADING_ROW, ["1", "推进严格规范公正文明执法", "市司法局"]],
        [HEADING_ROW, ["2", "加强法治宣传", "市委宣传部"]],
    )
    assert lines == [
        "|序号|工作任务|牵头单位|",
        "|1|推进严格规范公正文明执法|市司法局|",
        "|2|加强法治宣传|市委宣传部|",
    ]


def test_a_row_a_page_broke_in_one_cell_alone_goes_on_with_its_row(tmp_path):
    lines = _table_pages(
        tmp_path,
        [HEADING_ROW, ["1", "推进严格规范公正文明执法，完善", "市司法局"]],
        [["", "行政执法程序", ""]],
    )
    assert lines == [
        "|序号|工作任务|牵头单位|",
        "|1|推进严格规范公正文明执法，完善行政执法程序|市司法局|",
    ]


def test_a_new_row_at_a_page_top_stays_a_row_of_its_own(tmp_path):
    lines = _table_pages(
        tmp_path,
        [HEADING_ROW, ["1", "推进严格规范公正文明执法", "市司法局"]],
        [["2", "加强法治宣传", "市委宣传部"]],
    )
    assert lines[-1] == "|2|加强法治宣传|市委宣传部|"


@pytest.mark.parametrize(
    ("last", "first"),
    [
        (["2", "执法平台建设", "700"], ["", "合计", "1000"]),  # a total under the rows
        (["2", "健全行政复议机制", "市司法局"], ["", "（二）法治宣传", ""]),  # a part's heading
        (["2", "健全行政复议机制", "市司法局"], ["", "规范行政裁量权基准", "市司法局"]),  # a merge
    ],
)
def test_a_row_at_a_page_top_that_cannot_be_the_rest_of_the_row_above_stays_apart(
    tmp_path, last, first
):
    lines = _table_pages(tmp_path, [HEADING_ROW, ["1", "推进执法", "市司法局"], last], [first])
    assert lines[-2:] == ["|" + "|".join(last) + "|", "|" + "|".join(first) + "|"]


def test_a_column_of_points_does_not_number_the_rows(tmp_path):
    lines = _table_pages(
        tmp_path,
        [
            ["指标", "评分标准", "分值"],
            ["依法行政", "健全依法决策机制", "10"],
            ["政务公开", "主动公开", "10"],
        ],
        [["加分项", "获得国家级表彰的加2分", ""]],
    )
    assert lines[-1] == "|加分项|获得国家级表彰的加2分||"


def test_a_table_whose_columns_part_elsewhere_is_another_table(tmp_path):
    lines = _table_pages(
        tmp_path,
        [HEADING_ROW, ["1", "推进严格规范公正文明执法", "市司法局"]],
        [["", "2023年", "2024年"], ["案件数", "120", "150"]],
        widths=((40, 260, 120), (100, 160, 160)),
    )
    assert lines[-3:] == [
        "|1|推进严格规范公正文明执法|市司法局|",
        "||2023年|2024年|",
        "|案件数|120|150|",
    ]


def test_a_ruled_box_at_every_page_top_is_still_a_running_header(tmp_path):
    pages, rules = [], []
    for text in ("一、总体要求", "二、主要任务"):
        box, drawn = ruled_rows([["某某市司法局", "内部资料"]], top=800, widths=[200, 200])
        pages.append([*box, (INDENT, 740, SIZE, text), (INDENT, 712, SIZE, "加强组织领导。")])
        rules.append(drawn)
    path = tmp_path / "要点.pdf"
    path.write_bytes(_pdf(pages, proportional=True, rules=rules))
    assert "内部资料" not in read_text(path)


@pytest.mark.parametrize(
    ("first", "goes_on"),
    [
        ("||行政复议工作机制|法局|", True),
        ("|3|加强法治宣传|市委宣传部|", False),
        ("||合计|市司法局|", False),
        ("||完善制度，建立健全|市司|", False),  # the cells above again: a merge, no rest
    ],
)
def test_a_row_goes_on_with_the_row_a_page_broke_only_as_its_rest(first, goes_on):
    table = ["|序号|工作任务|牵头单位|", "|1|推进执法|市司法局|", "|2|完善制度，建立健全|市司|"]
    assert continues_row(table, first) is goes_on
