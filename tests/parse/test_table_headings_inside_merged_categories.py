"""A category column merged over a table's rows, and headings merged across the rest inside it.

A task-division table may print its category (一、深化法治宣传) in a column merged over the rows
of its tasks, as ``rowspan`` in HTML and a merged range in a workbook: each row is in that
category's section. Inside a category, a row whose other cells are one heading merged across
the table (（一）宪法宣传) opens a section within the category, over the rows below it: the
heading is no task, and its text no unit.
"""

from __future__ import annotations

import io

import pytest

from rulegov.io import read_plan_bytes

openpyxl = pytest.importorskip("openpyxl")

ROWS = [
    ["类别", "序号", "工作任务", "责任单位"],
    ["一、深化法治宣传", "（一）宪法宣传", None, None],
    [None, 1, "开展宪法宣传周活动", "区司法局"],
    [None, 2, "推进宪法进机关", "区委组织部"],
    [None, "（二）普法责任制", None, None],
    [None, 3, "推进普法责任制落实", "区司法局、区法院"],
    ["二、规范行政执法", 4, "推行行政执法三项制度", "区市场监管局"],
    [None, 5, "开展执法案卷评查", "区司法局"],
]
EXPECTED = [
    (("一", "（一）", "1"), ["区司法局"]),
    (("一", "（一）", "2"), ["区委组织部"]),
    (("一", "（二）", "3"), ["区司法局", "区法院"]),
    (("二", "4"), ["区市场监管局"]),
    (("二", "5"), ["区司法局"]),
]


def _html() -> bytes:
    rows = [
        "<tr><td>类别</td><td>序号</td><td>工作任务</td><td>责任单位</td></tr>",
        '<tr><td rowspan="5">一、深化法治宣传</td><td colspan="3">（一）宪法宣传</td></tr>',
        "<tr><td>1</td><td>开展宪法宣传周活动</td><td>区司法局</td></tr>",
        "<tr><td>2</td><td>推进宪法进机关</td><td>区委组织部</td></tr>",
        '<tr><td colspan="3">（二）普法责任制</td></tr>',
        "<tr><td>3</td><td>推进普法责任制落实</td><td>区司法局、区法院</td></tr>",
        (
            '<tr><td rowspan="2">二、规范行政执法</td><td>4</td><td>推行行政执法三项制度</td>'
            "<td>区市场监管局</td></tr>"
        ),
        "<tr><td>5</td><td>开展执法案卷评查</td><td>区司法局</td></tr>",
    ]
    page = (
        '<html><head><meta charset="utf-8"></head><body>'
        "<p>某区2024年法治政府建设重点任务分工</p>"
        f'<table border="1">{"".join(rows)}</table></body></html>'
    )
    return page.encode("utf-8")


def _xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某区2024年法治政府建设重点任务分工"])
    for row in ROWS:
        sheet.append(row)
    for merge in ("A3:A7", "B3:D3", "B6:D6", "A8:A9"):
        sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("make", "source"), [(_html, "分工.html"), (_xlsx, "分工.xlsx")])
def test_each_row_is_in_its_category_and_the_heading_inside_it(make, source: str) -> None:
    plan = read_plan_bytes(make(), source=source)
    found = [(task.path, [a.unit_name for a in task.assignments]) for task in plan.tasks]
    assert found == EXPECTED
    [first, second] = plan.sections
    assert (first.number, first.title) == ("一", "深化法治宣传")
    assert [(s.number, s.title) for s in first.children] == [
        ("（一）", "宪法宣传"),
        ("（二）", "普法责任制"),
    ]
    assert (second.number, second.title, second.children) == ("二", "规范行政执法", [])


def test_a_category_merged_over_rows_alone_gives_each_row_its_section() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某区2024年法治政府建设重点任务分工"])
    sheet.append(["序号", "类别", "工作任务", "责任单位"])
    sheet.append([1, "一、深化法治宣传", "开展宪法宣传周活动", "区司法局"])
    sheet.append([2, None, "推进普法责任制落实", "区司法局、区法院"])
    sheet.append([3, "二、规范行政执法", "推行行政执法三项制度", "区市场监管局"])
    sheet.append([4, None, "开展执法案卷评查", "区司法局"])
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("B5:B6")
    out = io.BytesIO()
    book.save(out)
    plan = read_plan_bytes(out.getvalue(), source="分工.xlsx")
    assert [task.path for task in plan.tasks] == [
        ("一", "1"),
        ("一", "2"),
        ("二", "3"),
        ("二", "4"),
    ]


@pytest.mark.parametrize("headings", [("领域", "项目"), ("类别", "重点领域")])
def test_a_category_column_right_after_another_holds_the_categories_inside_it(
    headings: tuple[str, str],
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某区2024年法治政府建设重点任务分工"])
    sheet.append(["序号", *headings, "工作任务", "责任单位"])
    sheet.append([1, "一、法治宣传", "（一）宪法宣传", "开展宪法宣传周活动", "区司法局"])
    sheet.append([2, None, None, "推进宪法进机关", "区委组织部"])
    sheet.append([3, None, "（二）普法责任制", "推进普法责任制落实", "区司法局"])
    sheet.append([4, "二、行政执法", "（一）执法制度", "推行行政执法三项制度", "区市场监管局"])
    for merge in ("B3:B5", "C3:C4"):
        sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    plan = read_plan_bytes(out.getvalue(), source="分工.xlsx")
    assert [task.path for task in plan.tasks] == [
        ("一", "（一）", "1"),
        ("一", "（一）", "2"),
        ("一", "（二）", "3"),
        ("二", "（一）", "4"),
    ]
