"""Workbooks of several sheets: the first table is read, every other sheet is named.

Offices keep a task-division table beside a cover or 填报说明, other tables (a summary of
scores, the rest of a long table) and hidden lists behind the cells' drop-downs. Before, the
first sheet was read whatever it held and the rest were lost without a word; a cover first gave
no plan at all.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest

import rulegov
from rulegov.errors import ParseError
from rulegov.io import read_plan_bytes, read_progress, read_scheme_bytes, read_task_table
from rulegov.io._tables import xlsx_sheets

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
    ("二、普法宣传", [HEADER, [1, "推进普法宣传", "区委宣传部", "9月底前"]]),
    ("单位", [["区司法局"], ["区委宣传部"], ["区法院"]]),
    hidden=("单位",),
)


def _unread(plan):
    return {d.message.split("'")[1]: d for d in plan.diagnostics if d.code == "unread-sheet"}


def test_the_first_table_is_read_after_a_cover(tmp_path):
    path = tmp_path / "分工.xlsx"
    path.write_bytes(SECTIONED)
    for plan in (
        read_plan_bytes(SECTIONED, source="分工.xlsx"),
        rulegov.read_plan(path),
        read_task_table(path),
    ):
        assert [(t.number, t.title, t.lead_units) for t in plan.tasks] == [
            ("1", "开展法治培训", ["区司法局"])
        ]
        assert plan.title == "某区2023年法治建设任务分工表"
        assert plan.tasks[0].timeframe.due.isoformat() == "2023-06-30"


def test_every_other_sheet_is_named_and_the_hidden_list_is_not():
    unread = _unread(read_plan_bytes(SECTIONED, source="分工.xlsx"))
    assert set(unread) == {"填报说明", "二、普法宣传"}
    assert "no task table's header" in unread["填报说明"].message
    assert "请各单位于每季度末报送进展" in unread["填报说明"].message
    assert "holds a table of its own" in unread["二、普法宣传"].message
    assert all(d.severity.value == "warning" for d in unread.values())


@pytest.mark.parametrize(
    "second",
    [
        pytest.param([HEADER, [1, "开展宪法宣传周活动", "县委宣传部", "2024年12月"]], id="from-1"),
        pytest.param(
            [["附件2"], ["法治社会建设任务分工表"], HEADER, [1, "开展宪法宣传", "县委宣传部", ""]],
            id="attachment",
        ),
        pytest.param([[2, "开展宪法宣传周活动", "县委宣传部", "2024年12月"]], id="no-header"),
    ],
)
def test_a_workbook_that_read_before_still_reads(second):
    first = [HEADER, [1, "完善备案审查制度", "县司法局", "2024年6月底"]]
    plan = read_plan_bytes(_book(("一", first), ("二", second)), source="分工.xlsx")
    assert [task.title for task in plan.tasks] == ["完善备案审查制度"]
    assert set(_unread(plan)) == {"二"}


def test_a_bad_cell_on_the_sheet_read_names_the_sheet():
    data = _book(
        ("说明", [["填报说明"]]),
        ("二", [["2023年任务"], HEADER, [2, "推进普法宣传", "区委宣传部", "下个世纪"]]),
    )
    with pytest.raises(ParseError) as caught:
        read_plan_bytes(data, source="分工.xlsx")
    error = caught.value
    assert (error.code, error.line, error.column, error.value) == (
        "invalid-table-cell",
        3,
        4,
        "下个世纪",
    )
    assert "sheet '二', row 3, column 4" in str(error)


def test_a_workbook_of_one_table_reads_as_before():
    data = _book(("Sheet1", [HEADER, [1, "开展法治培训", "区司法局", "2023年6月底前"]]))
    plan = read_plan_bytes(data, source="分工.xlsx")
    assert [task.title for task in plan.tasks] == ["开展法治培训"]
    assert not _unread(plan)


def test_a_workbook_whose_sheets_hold_no_table_says_what_to_name_the_columns():
    data = _book(("说明", [["无"]]), ("其他", [["也无"]]))
    with pytest.raises(ParseError) as caught:
        read_plan_bytes(data, source="分工.xlsx")
    assert caught.value.code == "no-header-row"


def _progress_book(tmp_path, second_task, *, cover=False):
    path = tmp_path / "进展.xlsx"
    head = ["任务", "单位", "日期", "状态"]
    sheets = [
        ("一季度", [head, ["4", "区依法治区办", "2023-06-30", "推进中"]]),
        ("二季度", [head, [second_task, "区依法治区办", "2023-09-30", "已完成"]]),
    ]
    if cover:
        sheets.insert(0, ("填报说明", [["每季度末报送"]]))
    path.write_bytes(_book(*sheets))
    return path


@pytest.mark.parametrize("cover", [False, True], ids=["sheets", "with-cover"])
def test_progress_reports_on_every_sheet_are_read(tmp_path, cover):
    plan = rulegov.datasets.yancheng_2023()
    tracked = read_progress(_progress_book(tmp_path, "4", cover=cover), plan)
    assert [(r.on.isoformat(), r.status.value) for r in tracked.task("4").progress] == [
        ("2023-06-30", "in_progress"),
        ("2023-09-30", "completed"),
    ]
    assert set(_unread(tracked)) == ({"填报说明"} if cover else set())


def test_a_bad_progress_row_on_a_later_sheet_names_the_sheet_and_the_file(tmp_path):
    path = _progress_book(tmp_path, "99")
    with pytest.raises(rulegov.RulegovError) as caught:
        read_progress(path, rulegov.datasets.yancheng_2023())
    assert "sheet '二季度'" in str(caught.value)
    assert "99" in str(caught.value)
    assert caught.value.source == str(path)


def test_a_scoring_workbook_reads_its_first_sheet_and_names_the_summary():
    head = ["考核项目", "分值", "评分标准"]
    data = _book(
        ("细则", [head, ["组织领导", "10", "未成立领导小组的扣10分"]]),
        ("得分汇总", [["单位", "得分"], ["县司法局", "95"], ["县公安局", "90"]]),
    )
    scheme = read_scheme_bytes(data, source="细则.xlsx")
    assert [(node.name, node.points) for node in scheme.root.children] == [("组织领导", 10.0)]
    assert [d.code for d in scheme.diagnostics if "得分汇总" in d.message] == ["unread-sheet"]


@pytest.mark.parametrize("far", ["A1048576", "XFD1048576"])
def test_a_cell_far_beyond_the_table_is_refused_at_once(far):
    # the reader gives every row and column up to the last cell: one stray cell at the sheet's
    # end made a million rows (30 s and 500 MB at A1048576; at XFD1048576, 17 billion cells)
    book = openpyxl.Workbook()
    for ref, value in [("A1", "序号"), ("B1", "工作任务"), ("C1", "牵头单位"), ("A2", 1)]:
        book.active[ref] = value
    book.active["B2"], book.active["C2"], book.active[far] = "召开会议", "区司法局", "x"
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(rulegov.ParseError, match="spans more than 2,000,000 cells") as raised:
        read_plan_bytes(buffer.getvalue(), source="分工.xlsx")
    assert raised.value.code == "file-too-large"
    assert "row 1,048,576" in str(raised.value)


def test_a_hidden_sheet_that_heads_a_table_is_named_not_read():
    """A table its author hid is not read, but named: before, it was lost without a word."""
    data = _book(
        ("分工", [HEADER, [1, "开展法治培训", "区司法局", "2023年6月底前"]]),
        ("旧表", [HEADER, [1, "推进普法宣传", "区委宣传部", "2023年9月底前"]]),
        ("单位", [["区司法局"], ["区委宣传部"]]),
        hidden=("旧表", "单位"),
    )
    plan = read_plan_bytes(data, source="分工.xlsx")
    assert [task.title for task in plan.tasks] == ["开展法治培训"]
    unread = _unread(plan)
    assert set(unread) == {"旧表"}
    assert "hides it" in unread["旧表"].message
    assert "序号" in unread["旧表"].message


def test_a_hidden_table_is_named_after_the_visible_sheets():
    data = _book(
        ("分工", [HEADER, [1, "开展法治培训", "区司法局", "2023年6月底前"]]),
        ("旧表", [HEADER, [1, "推进普法宣传", "区委宣传部", "2023年9月底前"]]),
        ("二", [HEADER, [1, "开展宪法宣传", "县委宣传部", "2023年12月底前"]]),
        hidden=("旧表",),
    )
    plan = read_plan_bytes(data, source="分工.xlsx")
    assert list(_unread(plan)) == ["二", "旧表"]


def test_a_hidden_progress_table_is_named(tmp_path):
    book = _book(
        (
            "进展",
            [["任务编号", "单位", "日期", "状态"], ["1", "区依法治区办", "2023-06-30", "已完成"]],
        ),
        ("上月", [["任务编号", "单位", "日期", "状态"], ["2", "区司法局", "2023-05-31", "推进中"]]),
        ("选项", [["已完成"], ["推进中"]]),
        hidden=("上月", "选项"),
    )
    path = tmp_path / "进展.xlsx"
    path.write_bytes(book)
    plan = read_progress(path, rulegov.datasets.yancheng_2023())
    assert set(_unread(plan)) == {"上月"}
    assert [len(plan.task(n).progress) for n in ("1", "2")] == [1, 0]


def test_a_hidden_appraisal_table_is_named():
    data = _book(
        (
            "细则",
            [
                ["序号", "考核内容", "分值", "评分标准"],
                [1, "组织领导", 10, "未成立领导小组的扣10分"],
            ],
        ),
        ("附表", [["序号", "考核内容", "分值"], [1, "依法行政", 20]]),
        ("下拉", [["优秀"], ["良好"]]),
        hidden=("附表", "下拉"),
    )
    scheme = read_scheme_bytes(data, source="细则.xlsx")
    assert [node.name for node in scheme.root.children] == ["组织领导"]
    assert set(_unread(scheme)) == {"附表"}


@pytest.mark.parametrize("kind", ["plan", "scheme", "progress"])
def test_an_error_of_the_shown_sheets_names_the_hidden_table(tmp_path, kind):
    """A workbook whose only shown sheet is empty says where its table is: on a hidden sheet."""
    tables = {
        "plan": [HEADER, [1, "开展法治培训", "区司法局", "2023年6月底前"]],
        "scheme": [["序号", "考核内容", "分值"], [1, "组织领导", 10]],
        "progress": [
            ["任务编号", "单位", "日期", "状态"],
            ["1", "区司法局", "2023-06-30", "已完成"],
        ],
    }
    data = _book(("Sheet1", []), ("任务", tables[kind]), hidden=("任务",))
    path = tmp_path / "表.xlsx"
    path.write_bytes(data)
    readers = {
        "plan": lambda: read_plan_bytes(data, source="表.xlsx"),
        "scheme": lambda: read_scheme_bytes(data, source="表.xlsx"),
        "progress": lambda: read_progress(path, rulegov.datasets.yancheng_2023()),
    }
    with pytest.raises(ParseError) as caught:
        readers[kind]()
    assert "hides sheets that hold a table of their own ('任务')" in str(caught.value)


def test_a_hidden_list_under_one_progress_heading_is_no_table(tmp_path):
    book = _book(
        (
            "进展",
            [["任务编号", "单位", "日期", "状态"], ["1", "区依法治区办", "2023-06-30", "已完成"]],
        ),
        ("选项", [["状态"], ["已完成"], ["推进中"]]),
        hidden=("选项",),
    )
    path = tmp_path / "进展.xlsx"
    path.write_bytes(book)
    assert not _unread(read_progress(path, rulegov.datasets.yancheng_2023()))


def test_a_long_hidden_list_is_read_no_further_than_its_head():
    """Only a hidden sheet's first rows are looked at: a table below them is no table's header."""
    rows = [[f"单位{number}"] for number in range(40)] + [
        HEADER,
        [1, "开展法治培训", "区司法局", ""],
    ]
    data = _book(
        ("分工", [HEADER, [1, "开展法治培训", "区司法局", "2023年6月底前"]]),
        ("单位", rows),
        hidden=("单位",),
    )
    assert not _unread(read_plan_bytes(data, source="分工.xlsx"))
    # the list's rows past its head are not read at all: a long list costs its head only
    hidden = [sheet for sheet in xlsx_sheets(data, 10**8, "分工.xlsx") if sheet.hidden]
    assert [sheet.name for sheet in hidden] == ["单位"]
    assert [row[0] for row in hidden[0].rows] == [f"单位{number}" for number in range(12)]


def test_a_damaged_hidden_sheet_leaves_the_workbook_readable():
    data = _book(
        ("分工", [HEADER, [1, "开展法治培训", "区司法局", "2023年6月底前"]]),
        ("单位", [["区司法局"]]),
        hidden=("单位",),
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":  # a shared string that is not there
                content = re.sub(
                    rb'<c r="A1" t="inlineStr">.*?</c>', rb'<c r="A1" t="s"><v>99</v></c>', content
                )
                assert b"<v>99</v>" in content
            target.writestr(item, content)
    plan = read_plan_bytes(out.getvalue(), source="分工.xlsx")
    assert [task.title for task in plan.tasks] == ["开展法治培训"]
