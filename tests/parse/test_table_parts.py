"""A task table printed in parts, each part's heading on a row of its own over its rows.

A division of work may print its table in parts: a row holding only the part's heading
(一、依法决策), merged across the table, then the rows of its tasks, the header printed over
the first part (or over each). The first part's heading stands over the header, where a
title stands: before, it was read as the title or dropped, and the first part's tasks fell
under no section. The same table reads alike as a grid, as rows in pipes or tabs in a text,
and from a web page.
"""

from __future__ import annotations

import csv

import pytest

import rulegov
from rulegov.parse import read_grid

HEADER = ["序号", "工作任务", "牵头单位", "完成时限"]
TITLE = "某区2024年法治政府建设任务分工表"
PARTS = [
    (
        "一、依法决策",
        [["1", "健全决策机制", "区司法局", "6月底前"], ["2", "落实合法性审查", "区政府办", "全年"]],
    ),
    ("二、依法行政", [["3", "推进执法规范", "区市场监管局", "年底前"]]),
    ("三、普法宣传", [["4", "开展普法", "区司法局", "全年"]]),
]
EXPECTED = [
    (
        "一",
        "依法决策",
        [("1", "健全决策机制", ["区司法局"]), ("2", "落实合法性审查", ["区政府办"])],
    ),
    ("二", "依法行政", [("3", "推进执法规范", ["区市场监管局"])]),
    ("三", "普法宣传", [("4", "开展普法", ["区司法局"])]),
]


def _grid(*, spanned: bool, again: bool) -> list[list[str]]:
    """The table: each heading in one cell (or in every cell it spans), the header over the
    first part, and over each later part with ``again``."""
    rows: list[list[str]] = []
    for index, (heading, tasks) in enumerate(PARTS):
        rows.append([heading] * len(HEADER) if spanned else [heading, "", "", ""])
        if index == 0 or (again and index == 1):
            rows.append(HEADER)
        rows.extend(tasks)
    return rows


def _parts(plan: rulegov.Plan) -> list[tuple[str, str, list[tuple[str, str, list[str]]]]]:
    return [
        (s.number, s.title, [(t.number, t.title, t.lead_units) for t in s.tasks])
        for s in plan.sections
    ]


def _unread(plan: rulegov.Plan) -> list[str]:
    """The codes of what the reader warns it could not place."""
    return [d.code for d in plan.diagnostics if d.severity != rulegov.Severity.INFO]


SHAPES = [
    pytest.param(False, False, id="one-cell"),
    pytest.param(True, False, id="spanned"),
    pytest.param(False, True, id="one-cell-header-again"),
    pytest.param(True, True, id="spanned-header-again"),
]


@pytest.mark.parametrize(("spanned", "again"), SHAPES)
def test_a_grid_in_parts_opens_the_first_part_over_the_header(spanned, again):
    plan = read_grid([[TITLE, "", "", ""], *_grid(spanned=spanned, again=again)])
    assert plan.title == TITLE
    assert _parts(plan) == EXPECTED
    assert len(plan.tasks) == 4


@pytest.mark.parametrize(("spanned", "again"), SHAPES)
def test_a_csv_file_in_parts_reads_as_the_grid(tmp_path, spanned, again):
    sheet = tmp_path / "分工.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([[TITLE, "", "", ""], *_grid(spanned=spanned, again=again)])
    plan = rulegov.read_plan(sheet)
    assert plan.title == TITLE
    assert _parts(plan) == EXPECTED


@pytest.mark.parametrize(("spanned", "again"), SHAPES)
def test_pipe_rows_in_parts_read_as_the_grid(spanned, again):
    rows = _grid(spanned=spanned, again=again)
    text = TITLE + "\n" + "\n".join("|" + "|".join(row) + "|" for row in rows) + "\n"
    plan = rulegov.parse_plan(text)
    assert plan.title == TITLE
    assert _parts(plan) == EXPECTED
    assert _unread(plan) == []


@pytest.mark.parametrize(("spanned", "again"), SHAPES)
def test_tab_rows_in_parts_read_as_the_grid(spanned, again):
    rows = _grid(spanned=spanned, again=again)
    text = TITLE + "\n" + "\n".join("\t".join(row) for row in rows) + "\n"
    assert _parts(rulegov.parse_plan(text)) == EXPECTED


@pytest.mark.parametrize("again", [False, True])
def test_headings_on_lines_of_their_own_between_tab_rows_read_as_the_grid(again):
    # a copy that drops the empty cells after a heading prints it as a line of its own
    rows = _grid(spanned=False, again=again)
    text = TITLE + "\n" + "\n".join("\t".join(row).rstrip("\t") for row in rows) + "\n"
    plan = rulegov.parse_plan(text)
    assert _parts(plan) == EXPECTED
    assert _unread(plan) == []


@pytest.mark.parametrize("again", [False, True])
def test_a_table_in_parts_a_cell_a_line_reads_as_the_grid(again):
    # the header's words printed again over a part are no cells of the row above them
    rows = _grid(spanned=False, again=again)
    text = TITLE + "\n" + "\n".join(cell for row in rows for cell in row if cell) + "\n"
    plan = rulegov.parse_plan(text)
    assert _parts(plan) == EXPECTED
    assert _unread(plan) == []


@pytest.mark.parametrize("again", [False, True])
def test_a_web_page_table_in_parts_reads_as_the_grid(tmp_path, again):
    pytest.importorskip("selectolax")
    cells = []
    for row in _grid(spanned=False, again=again):
        if not any(row[1:]):
            cells.append(f"<tr><td colspan='4'>{row[0]}</td></tr>")
        else:
            cells.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    page = tmp_path / "分工.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><div class="article">'
        f"<h1>{TITLE}</h1><table border='1'>{''.join(cells)}</table></div></body></html>",
        encoding="utf-8",
    )
    plan = rulegov.read_plan(page)
    assert plan.title == TITLE
    assert _parts(plan) == EXPECTED
    assert _unread(plan) == []


def test_a_heading_merged_across_the_table_is_a_section_wherever_it_stands():
    # every cell of the span holds the heading's text, as a reader of HTML or Word writes it
    grid = [
        HEADER,
        ["一、依法决策"] * 4,
        ["1", "健全决策机制", "区司法局", "6月底前"],
        ["二、依法行政"] * 4,
        ["2", "推进执法规范", "区市场监管局", "年底前"],
    ]
    assert _parts(read_grid(grid, year=2024)) == [
        ("一", "依法决策", [("1", "健全决策机制", ["区司法局"])]),
        ("二", "依法行政", [("2", "推进执法规范", ["区市场监管局"])]),
    ]


# -- where the heading over the header stays ------------------------------------------------


def test_a_heading_over_a_table_with_no_later_part_stays_as_it_was():
    # no second part numbered 二、: the heading over the header is the table's title
    grid = [["一、依法决策", "", "", ""], HEADER, *PARTS[0][1]]
    plan = read_grid(grid, year=2024)
    assert plan.title == "一、依法决策"
    assert plan.sections == []
    assert [t.title for t in plan.tasks] == ["健全决策机制", "落实合法性审查"]


def test_a_heading_over_a_table_whose_later_heading_is_numbered_otherwise_stays():
    # （一） under the rows opens no part after 一、: numbered another way, it is no sibling
    grid = [
        ["一、依法决策", "", "", ""],
        HEADER,
        ["1", "健全决策机制", "区司法局", "6月底前"],
        ["（二）落实审查", "", "", ""],
        ["2", "落实合法性审查", "区政府办", "全年"],
    ]
    plan = read_grid(grid, year=2024)
    assert plan.title == "一、依法决策"
    assert [s.title for s in plan.sections] == ["落实审查"]


def test_a_title_over_a_table_in_parts_stays_its_title():
    # a title without a number over the header is the table's title, the parts under it
    grid = [[TITLE, "", "", ""], HEADER, *_grid(spanned=False, again=False)[2:]]
    plan = read_grid(grid)
    assert plan.title == TITLE
    assert [s.title for s in plan.sections] == ["依法行政", "普法宣传"]
    assert [t.number for t in plan.sections[0].tasks] == ["3"]


def test_a_parts_heading_over_its_own_table_in_the_text_stays_a_heading_of_the_text():
    # 一、 over a table, and 二、 after it with text of its own: each a part of the text
    plan = rulegov.parse_plan(
        f"{TITLE}\n一、依法决策\n|序号|工作任务|牵头单位|完成时限|\n"
        "|1|健全决策机制|区司法局|6月底前|\n二、保障措施\n各单位要高度重视，抓好落实。\n"
    )
    assert [(s.number, s.title) for s in plan.sections] == [("一", "依法决策"), ("二", "保障措施")]
    assert [t.title for t in plan.sections[0].tasks] == ["健全决策机制"]


def test_a_heading_over_a_table_that_opens_with_its_own_first_part_stays_over_it():
    # 一、重点任务 over rows whose parts are numbered 一、 and 二、 of their own: it holds them all
    rows = _grid(spanned=False, again=False)
    grid = [["一、重点任务", "", "", ""], HEADER, rows[0], *rows[2:]]
    plan = read_grid(grid, year=2024)
    assert plan.title == "一、重点任务"
    assert _parts(plan) == EXPECTED
    text = "某区2024年法治政府建设方案\n一、重点任务\n" + "\n".join(
        "|" + "|".join(row) + "|" for row in grid[1:]
    )
    plan = rulegov.parse_plan(text)
    assert [(s.number, s.title) for s in plan.sections] == [("一", "重点任务")]
    assert [(s.number, s.title) for s in plan.sections[0].children] == [
        (number, title) for number, title, _ in EXPECTED
    ]


def test_rows_skipped_under_a_moved_heading_are_named_at_their_printed_rows():
    grid = [
        ["一、依法决策"],
        ["序号", "工作任务", "牵头单位"],
        ["1", "完善决策程序", "区司法局"],
        ["二、依法行政"],
        ["2", "推进严格执法", "区政府办"],
        ["3", "", ""],
        ["合计", "", ""],
    ]
    plan = read_grid(grid, lenient=True)
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [
        ("一", ["1"]),
        ("二", ["2"]),
    ]
    assert [(d.line, d.code) for d in plan.diagnostics if d.code == "table-row"] == [
        (6, "table-row"),
        (7, "table-row"),
    ]
