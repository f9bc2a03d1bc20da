"""Workbooks of several sheets: every visible sheet with a table is read, the others are named.

Offices keep a task-division table over several sheets (one per section, or the rest of a long
table), beside a cover or 填报说明 and hidden lists behind the cells' drop-downs. Before, only
the first sheet was read and the rest were lost without a word.
"""

from __future__ import annotations

import io

import pytest

import rulegov
from rulegov.errors import ParseError
from rulegov.io import read_plan_bytes, read_progress, read_scheme_bytes, read_task_table

openpyxl = pytest.importorskip("openpyxl")

HEADER = ["序号", "工作任务", "牵头单位", "完成时限"]


def _book(*sheets, hidden=()):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


SECTIONED = _book(
    ("填报说明", [["请各单位于每季度末报送进展"]]),
    (
        "一、依法行政",
        [["某区2023年法治建设任务分工表"], HEADER, [1, "开展法治培训", "区司法局", "6月底前"]],
    ),
    ("二、普法宣传", [HEADER, [2, "推进普法宣传", "区委宣传部", "9月底前"]]),
    ("单位", [["区司法局"], ["区委宣传部"], ["区法院"]]),
    hidden=("单位",),
)


def _tasks(plan):
    return [(task.number, task.title, task.lead_units) for task in plan.tasks]


def test_every_sheet_with_a_table_is_read(tmp_path):
    path = tmp_path / "分工.xlsx"
    path.write_bytes(SECTIONED)
    expected = [("1", "开展法治培训", ["区司法局"]), ("2", "推进普法宣传", ["区委宣传部"])]
    for plan in (read_plan_bytes(SECTIONED, source="分工.xlsx"), rulegov.read_plan(path)):
        assert _tasks(plan) == expected
        assert plan.title == "某区2023年法治建设任务分工表"
        assert [task.timeframe.due.isoformat() for task in plan.tasks] == [
            "2023-06-30",
            "2023-09-30",
        ]
        # the hidden list of units behind the drop-downs is no table and gives no unit
        assert [unit.name for unit in plan.units] == ["区司法局", "区委宣传部"]
    assert _tasks(read_task_table(path)) == expected


def test_a_sheet_without_a_table_is_named_in_a_warning():
    plan = read_plan_bytes(SECTIONED, source="分工.xlsx")
    unread = [d for d in plan.diagnostics if d.code == "unread-sheet"]
    assert len(unread) == 1
    assert "填报说明" in unread[0].message
    assert "请各单位于每季度末报送进展" in unread[0].message
    assert unread[0].severity.value == "warning"


def test_a_bad_cell_on_a_later_sheet_is_named_by_its_sheet_and_its_own_row():
    data = _book(
        ("一", [HEADER, [1, "开展法治培训", "区司法局", "2023年6月底前"]]),
        ("二", [["2023年任务（续）"], HEADER, [2, "推进普法宣传", "区委宣传部", "下个世纪"]]),
    )
    with pytest.raises(ParseError) as caught:
        read_plan_bytes(data, source="分工.xlsx")
    error = caught.value
    assert (error.line, error.column) == (3, 4)
    assert "sheet '二', row 3, column 4" in str(error)
    assert error.value == "下个世纪"


def test_row_numbers_in_diagnostics_are_the_sheets_own():
    data = _book(
        ("一", [HEADER, [1, "开展法治培训", "区司法局", "2023年6月底前"]]),
        ("二", [HEADER, [2, "推进普法宣传", "区委宣传部", "2023年9月底前"], ["合计", "", "", ""]]),
    )
    plan = read_plan_bytes(data, source="分工.xlsx")
    rows = {(d.code, d.line) for d in plan.diagnostics}
    assert ("table-header", 1) in rows  # sheet 二's own header, row 1 of its sheet
    total = [d for d in plan.diagnostics if "total" in d.message]
    assert [(d.line, d.message.startswith("sheet '二'")) for d in total] == [(3, True)]


def test_a_workbook_of_one_table_reads_as_before():
    data = _book(("Sheet1", [HEADER, [1, "开展法治培训", "区司法局", "2023年6月底前"]]))
    plan = read_plan_bytes(data, source="分工.xlsx")
    assert _tasks(plan) == [("1", "开展法治培训", ["区司法局"])]
    assert not [d for d in plan.diagnostics if d.code == "unread-sheet"]


def test_a_workbook_whose_sheets_hold_no_table_says_what_to_name_the_columns():
    data = _book(("说明", [["无"]]), ("其他", [["也无"]]))
    with pytest.raises(ParseError) as caught:
        read_plan_bytes(data, source="分工.xlsx")
    assert caught.value.code == "no-header-row"


def _progress_book(tmp_path, second_task):
    path = tmp_path / "进展.xlsx"
    head = ["任务", "单位", "日期", "状态"]
    path.write_bytes(
        _book(
            ("一季度", [head, ["4", "区依法治区办", "2023-06-30", "推进中"]]),
            ("二季度", [head, [second_task, "区依法治区办", "2023-09-30", "已完成"]]),
        )
    )
    return path


def test_progress_reports_on_every_sheet_are_read(tmp_path):
    tracked = read_progress(_progress_book(tmp_path, "4"), rulegov.datasets.yancheng_2023())
    assert [(r.on.isoformat(), r.status.value) for r in tracked.task("4").progress] == [
        ("2023-06-30", "in_progress"),
        ("2023-09-30", "completed"),
    ]


def test_a_bad_progress_row_on_a_later_sheet_names_the_sheet(tmp_path):
    with pytest.raises(rulegov.RulegovError) as caught:
        read_progress(_progress_book(tmp_path, "99"), rulegov.datasets.yancheng_2023())
    assert "二季度" in str(caught.value)
    assert "99" in str(caught.value)


def test_a_scheme_over_two_sheets_keeps_the_items_of_both():
    head = ["考核项目", "分值", "评分标准"]
    data = _book(
        ("组织领导", [head, ["组织领导", "10", "未成立领导小组的扣10分"]]),
        ("依法行政", [head, ["依法行政", "20", "每发现一处违法行为扣2分"]]),
    )
    scheme = read_scheme_bytes(data, source="细则.xlsx")
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("组织领导", 10.0),
        ("依法行政", 20.0),
    ]
