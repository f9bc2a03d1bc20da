"""Progress files in and status lists out: CSV, Excel and JSON, and the files refused."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import rulegov
from rulegov.io import read_progress, write_status
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
