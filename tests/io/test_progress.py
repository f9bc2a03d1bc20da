"""Progress files in and status lists out: CSV, Excel and JSON, and the files refused."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import rulegov
from rulegov.io import read_progress, write_status
from rulegov.io._tables import _shown_as_percent
from rulegov.tracking import status


@pytest.fixture
def plan():
    return rulegov.datasets.yancheng_2023()


def test_files_in_and_out(plan, tmp_path):
    csv_path = tmp_path / "进展.csv"
    csv_path.write_bytes("任务,单位,日期,状态\n4,区依法治区办,2023-06-30,已完成\n".encode("gbk"))
    json_path = tmp_path / "进展.json"
    json_path.write_text(
        json.dumps([{"task": "4", "on": "2023-06-30", "status": "completed"}]), encoding="utf-8"
    )
    for path in (csv_path, json_path):
        tracked = read_progress(path, plan)
        assert tracked.task("4").status.value == "completed"
    result = status(read_progress(csv_path, plan), as_of=dt.date(2023, 7, 1))
    out = tmp_path / "督办.csv"
    write_status(result, out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "序号,任务,批次,责任单位,完成时限,状态,进度,最近报送,说明"
    assert any(line.startswith("4,严格落实法治建设责任制,,") and "已完成" in line for line in lines)
    openpyxl = pytest.importorskip("openpyxl")
    write_status(result, tmp_path / "督办.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "督办.xlsx").worksheets[0]
    assert [cell.value for cell in sheet[1]][:6] == [
        "序号",
        "任务",
        "批次",
        "责任单位",
        "完成时限",
        "状态",
    ]


def test_bad_progress_files(plan, tmp_path):
    bad = tmp_path / "进展.json"
    bad.write_text('{"task": "4"}', encoding="utf-8")
    with pytest.raises(rulegov.ParseError, match="a list of objects"):
        read_progress(bad, plan)
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    with pytest.raises(rulegov.ParseError, match="the JSON cannot be read"):
        read_progress(broken, plan)
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(rulegov.ParseError, match="empty"):
        read_progress(empty, plan)
    with pytest.raises(rulegov.ValidationError, match=r"\.csv, \.xlsx or \.json"):
        read_progress(tmp_path / "进展.txt", plan)


def test_a_number_too_long_to_read_is_a_parse_error(plan, tmp_path):
    # Python reads no integer of more than 4,300 digits from text: json.loads raised a bare
    # ValueError, not the ParseError that names the file
    long = tmp_path / "进展.json"
    long.write_text('[{"task": ' + "9" * 5_000 + ', "on": "2023-06-30"}]', encoding="utf-8")
    with pytest.raises(rulegov.ParseError, match="digits") as raised:
        read_progress(long, plan)
    assert raised.value.source == str(long)
    assert raised.value.code == "invalid-json"


@pytest.mark.parametrize(
    ("table", "message", "column"),
    [
        # two 状态 columns: each row's mapping kept the second value, the first lost
        ("任务,单位,日期,状态,状态\n4,区依法治区办,2023-06-30,推进中,已完成\n", "second 状态", 5),
        # a cell beyond the header: it was dropped without a word
        ("任务,单位,日期,状态\n4,区依法治区办,2023-06-30,已完成,80\n", "beyond the 4 columns", 5),
    ],
)
def test_a_value_that_no_column_keeps_is_refused(plan, tmp_path, table, message, column):
    path = tmp_path / "进展.csv"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(rulegov.ParseError, match=message) as raised:
        read_progress(path, plan)
    assert raised.value.column == column
    assert raised.value.source == str(path)


def test_a_row_is_named_by_its_place_in_the_file_blank_rows_counted(plan, tmp_path):
    # the blank rows were dropped before the rows were numbered: the unknown task on the fifth
    # line was reported on row 3
    path = tmp_path / "进展.csv"
    path.write_text(
        "任务,单位,日期,状态\n,,,\n4,区依法治区办,2023-06-30,已完成\n\n"
        "999,区依法治区办,2023-06-30,已完成\n",
        encoding="utf-8",
    )
    with pytest.raises(rulegov.ParseError, match=r"^.*row 5, column 'task'") as raised:
        read_progress(path, plan)
    assert raised.value.line == 5


def test_a_share_typed_as_a_percentage_in_excel_is_read_as_shown(plan, tmp_path):
    # a cell typed 50% holds 0.5 under the format 0%: before, it was read as half a per cent
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["任务", "日期", "进度"])
    sheet.append(["1", "2023-06-30", 0.5])
    sheet.append(["2", "2023-06-30", 0.255])
    sheet.append(["4", "2023-06-30", 60])  # a plain number is a share of 100, as before
    sheet["C2"].number_format = "0%"
    sheet["C3"].number_format = '0.0%;[Red]"-"0.0%'
    book.save(tmp_path / "进展.xlsx")
    tracked = read_progress(tmp_path / "进展.xlsx", plan)
    shares = [tracked.task(number).progress[-1].percent_complete for number in ("1", "2", "4")]
    assert shares == [50.0, 25.5, 60.0]


def test_a_format_that_only_quotes_a_percent_sign_is_no_percentage():
    class Cell:
        def __init__(self, value: object, number_format: str) -> None:
            self.value, self.number_format = value, number_format

    assert _shown_as_percent(Cell(0.5, "0.00%"))
    assert not _shown_as_percent(Cell(0.5, '0"%"'))
    assert not _shown_as_percent(Cell(0.5, "0\\%"))
    assert not _shown_as_percent(Cell("50%", "0%"))
    assert not _shown_as_percent(Cell(value=True, number_format="0%"))
