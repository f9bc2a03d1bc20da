"""The spreadsheets written for task tables and 督办 lists: CSV with a BOM, or one Excel sheet."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from rulegov.io import read_task_rows, read_task_table, write_status, write_task_table
from rulegov.io._sheets import quote_formula, unquote_formula, write_sheet
from rulegov.tracking import status


@pytest.mark.parametrize("text", ["=1+1", "+86", "-3", "@SUM(A1)", "\t甲", "区司法局", "'引号", ""])
def test_a_quoted_cell_reads_back_as_written(text):
    assert unquote_formula(quote_formula(text)) == text


def test_a_formula_is_written_as_text_in_csv(tmp_path):
    path = tmp_path / "表.csv"
    write_sheet(path, "表", ["序号", "说明"], [{"序号": "1", "说明": "=HYPERLINK(1)"}])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, for Excel
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["序号,说明", "1,'=HYPERLINK(1)"]


def test_a_status_list_quotes_formulas_as_a_task_table_does(tmp_path):
    plan = read_task_rows(
        [
            ["序号", "工作任务", "牵头单位", "完成时限"],
            ["1", "=1+1 开展法治培训", "区司法局", "2023年6月底前"],
        ]
    )
    write_task_table(plan, tmp_path / "分工.csv")
    write_status(status(plan, as_of=dt.date(2023, 7, 1)), tmp_path / "督办.csv")
    for name in ("分工.csv", "督办.csv"):
        text = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert "'=1+1 开展法治培训" in text, name
    assert read_task_table(tmp_path / "分工.csv").tasks[0].title == "=1+1 开展法治培训"


def test_control_characters_are_all_named_with_the_file(tmp_path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "表.xlsx"
    rows = [{"序号": "1", "说明": "甲\x01"}, {"序号": "2\x02", "说明": "乙"}]
    with pytest.raises(rulegov.ValidationError) as caught:
        write_sheet(path, "表", ["序号", "说明"], rows)
    error = caught.value
    assert [issue.path for issue in error.issues] == [
        "row 2, column 2 (说明)",
        "row 3, column 1 (序号)",
    ]
    assert (error.code, error.source) == ("control-character", str(path))
    assert str(error).startswith(f"{path}: ")
    assert "write_task_table" not in str(error)  # names the file, not a function
    assert not path.exists()
