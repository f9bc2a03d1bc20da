"""Every column of a progress table is read or refused: none is dropped without a word."""

from __future__ import annotations

import json

import openpyxl
import pytest

import rulegov
from rulegov.cli import main
from rulegov.io import read_progress
from rulegov.tracking import with_progress


@pytest.fixture
def plan():
    return rulegov.datasets.yancheng_2023()


def _csv(tmp_path, text: str):
    path = tmp_path / "进展.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_column_of_an_unknown_heading_is_refused_naming_it(plan, tmp_path):
    path = _csv(tmp_path, "任务,单位,日期,状态,联系人\n4,区依法治区办,2023-06-30,已完成,张三\n")
    with pytest.raises(
        rulegov.ParseError, match=r"row 1, column 5 \(联系人\): no progress column"
    ) as caught:
        read_progress(path, plan)
    error = caught.value
    assert (error.code, error.line, error.column, error.value) == ("unknown-column", 1, 5, "联系人")
    assert str(path) in str(error)


def test_a_misspelt_heading_names_the_closest(plan, tmp_path):
    path = _csv(tmp_path, "任务,单位,日期,状 态\n4,区依法治区办,2023-06-30,已完成\n")
    with pytest.raises(rulegov.ParseError, match=r"column 4 \(状 态\).*the closest is '状态'"):
        read_progress(path, plan)


def test_an_xlsx_column_of_an_unknown_heading_is_refused(plan, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["任务", "日期", "完成进展", "状态"])
    sheet.append(["4", "2023-06-30", "已印发文件", "已完成"])
    path = tmp_path / "进展.xlsx"
    book.save(path)
    with pytest.raises(rulegov.ParseError, match=r"column 3 \(完成进展\)") as caught:
        read_progress(path, plan)
    assert caught.value.code == "unknown-column"


def test_a_json_key_of_no_column_is_refused(plan, tmp_path):
    path = tmp_path / "进展.json"
    rows = [
        {"task": "4", "on": "2023-06-30", "status": "completed"},
        {"task": "1", "on": "2023-06-30", "status": "completed", "remark": "印发"},
    ]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(
        rulegov.ParseError, match=r"row 2, column 'remark': no progress column"
    ) as caught:
        read_progress(path, plan)
    assert (caught.value.code, caught.value.value) == ("unknown-column", "remark")


def test_with_progress_refuses_a_key_of_no_column(plan):
    with pytest.raises(rulegov.ParseError, match=r"row 2, column '联系电话'") as caught:
        with_progress(plan, [{"任务": "4", "日期": "2023-06-30", "进度": "60", "联系电话": "123"}])
    assert caught.value.code == "unknown-column"


def test_a_value_under_no_heading_is_refused_and_an_empty_column_is_not(plan, tmp_path):
    path = _csv(tmp_path, "任务,,日期,状态\n4,,2023-06-30,已完成\n")
    assert read_progress(path, plan).task("4").status.value == "completed"
    path = _csv(tmp_path, "任务,,日期,状态\n4,张三,2023-06-30,已完成\n")
    with pytest.raises(
        rulegov.ParseError,
        match="row 2, column 2: the row has a value under a column with no heading",
    ):
        read_progress(path, plan)


def test_two_columns_of_one_field_that_disagree_are_refused(plan):
    row = {
        "任务": "4",
        "单位": "区依法治区办",
        "责任单位": "区司法局",
        "日期": "2023-06-30",
        "状态": "已完成",
    }
    with pytest.raises(
        rulegov.ParseError,
        match=r"row 2, column '责任单位': the column '单位' gives unit '区依法治区办' and the column '责任单位' gives '区司法局'",
    ):
        with_progress(plan, [row])
    row["责任单位"] = "区依法治区办"
    assert with_progress(plan, [row]).task("4").status.value == "completed"


def test_two_notes_are_both_kept(plan):
    row = {
        "任务": "4",
        "日期": "2023-06-30",
        "状态": "已完成",
        "进展情况": "已印发",
        "备注": "报送两次",
    }
    assert with_progress(plan, [row]).task("4").progress[-1].note == "已印发\n报送两次"


def test_the_status_command_names_the_column(tmp_path, capsys):
    path = _csv(tmp_path, "任务,单位,日期,状态,联系人\n4,区依法治区办,2023-06-30,已完成,张三\n")
    code = main(["status", "--progress", str(path), "--as-of", "2023-07-01"])
    assert code == 1
    err = capsys.readouterr().err
    assert "row 1, column 5 (联系人): no progress column is called so" in err
    assert "Traceback" not in err


def _nested(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("column", ["note", "on", "task", "进度"])
@pytest.mark.parametrize("value", [_nested(10_000), ["已印发"], {"text": "已印发"}])
def test_a_value_that_is_no_text_number_or_date_is_refused(plan, column, value):
    # before, a list 10,000 deep raised a bare RecursionError, and a short one was kept as its
    # printed form (a note "['已印发']")
    row = {"task": "4", "on": "2023-06-30", "status": "推进中", column: value}
    with pytest.raises(
        rulegov.ParseError,
        match=rf"row 2, column '{column}': expected text, a number or a date, not a",
    ):
        with_progress(plan, [row])


def test_numbers_and_dates_of_any_kind_are_read(plan):
    import datetime as dt  # noqa: PLC0415
    from decimal import Decimal  # noqa: PLC0415

    np = pytest.importorskip("numpy")
    row = {"task": np.int64(4), "on": dt.date(2023, 6, 30), "percent": Decimal("40.0")}
    report = with_progress(plan, [row]).task("4").progress[-1]
    assert (report.on, report.percent_complete) == (dt.date(2023, 6, 30), 40.0)


def test_columns_named_to_be_read_past_are_read_past_in_every_kind_of_file(plan, tmp_path):
    # a 督办 sheet carries columns of its own: named, they are read past, the rest is read
    path = _csv(
        tmp_path, "任务,单位,日期,状态,联系人,联系电话\n4,区依法治区办,2023-06-30,已完成,张三,123\n"
    )
    with pytest.raises(rulegov.ParseError, match="ignore_columns"):
        read_progress(path, plan)
    read = read_progress(path, plan, ignore_columns=["联系人", " 联系电话 "])
    assert read.task("4").progress[-1].status.value == "completed"
    with pytest.raises(rulegov.ParseError, match=r"column 6 \(联系电话\)"):  # one named, not both
        read_progress(path, plan, ignore_columns=["联系人"])
    book = openpyxl.Workbook()
    book.active.append(["任务", "日期", "状态", "联系人"])
    book.active.append(["4", "2023-06-30", "已完成", "张三"])
    book.save(tmp_path / "进展.xlsx")
    read = read_progress(tmp_path / "进展.xlsx", plan, ignore_columns="联系人")  # one name alone
    assert read.task("4").progress[-1].status.value == "completed"
    rows = [{"task": "4", "on": "2023-06-30", "status": "completed", "contact": "张三"}]
    (tmp_path / "进展.json").write_text(json.dumps(rows), encoding="utf-8")
    read = read_progress(tmp_path / "进展.json", plan, ignore_columns=["contact"])
    assert read.task("4").progress[-1].status.value == "completed"


def test_a_progress_column_named_to_be_read_past_is_not_read(plan):
    row = {"任务": "4", "日期": "2023-06-30", "状态": "已完成", "备注": "内部说明"}
    assert with_progress(plan, [row], ignore_columns=["备注"]).task("4").progress[-1].note is None


@pytest.mark.parametrize("names", [[5], 5, [None]])
def test_columns_to_read_past_that_are_no_names_are_refused(plan, tmp_path, names):
    path = _csv(tmp_path, "任务,单位,日期,状态\n4,区依法治区办,2023-06-30,已完成\n")
    for call in (
        lambda: read_progress(path, plan, ignore_columns=names),
        lambda: with_progress(plan, [], ignore_columns=names),
    ):
        with pytest.raises(rulegov.ValidationError, match="ignore_columns") as caught:
            call()
        assert caught.value.issues[0].code == "invalid-parameter"


@pytest.mark.parametrize("names", [[5], 5, ["联系人", None], ("联系人", b"x")])
def test_both_readers_refuse_bad_columns_to_read_past_in_the_same_words(plan, tmp_path, names):
    errors = []
    for call in (  # the file is not read, nor need it exist, once the names are refused
        lambda: read_progress(tmp_path / "无此文件.csv", plan, ignore_columns=names),
        lambda: with_progress(plan, [], ignore_columns=names),
    ):
        with pytest.raises(rulegov.ValidationError) as caught:
            call()
        errors.append(caught.value)
    assert (
        str(errors[0])
        == str(errors[1])
        == (
            "invalid argument: ignore_columns: expected the names of columns (text), such as "
            f"['联系人', '联系电话'] (got {names!r})"
        )
    )
    assert [(e.code, e.path, e.value) for e in errors] == [
        ("invalid-parameter", "ignore_columns", names)
    ] * 2


@pytest.mark.parametrize("command", ["status", "report"])
def test_the_commands_read_past_the_columns_named_on_the_command_line(tmp_path, capsys, command):
    path = _csv(
        tmp_path, "任务,单位,日期,状态,联系人,联系电话\n4,区依法治区办,2023-06-30,已完成,张三,1\n"
    )
    argv = [command, "--progress", str(path), "--as-of", "2023-07-01"]
    assert main([*argv, "--ignore-column", "联系人", "--ignore-column", "联系电话"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert main([*argv, "--ignore-column", "联系人"]) == 1
    assert "column 6 (联系电话)" in capsys.readouterr().err


def test_a_json_key_with_spaces_around_an_ignored_name_is_read_past_as_a_csv_heading_is(
    plan, tmp_path
):
    # before, a table's heading " 联系人 " was read past and the same key of a .json object refused
    row = {"任务": "1", "单位": "区依法治区办", "日期": "2023-06-30", "状态": "已完成"}
    path = tmp_path / "进展.json"
    path.write_text(json.dumps([{**row, " 联系人 ": "张三"}], ensure_ascii=False), "utf-8")
    read = read_progress(path, plan, ignore_columns=["联系人"])
    assert read.tasks[0].progress[0].status.value == "completed"
    csv = _csv(tmp_path, "任务,单位,日期,状态, 联系人 \n1,区依法治区办,2023-06-30,已完成,张三\n")
    assert read_progress(csv, plan, ignore_columns=["联系人"]).tasks[0].progress


@pytest.mark.parametrize("command", ["status", "report"])
def test_a_column_to_read_past_without_a_progress_table_is_a_usage_error(capsys, command):
    assert main([command, "--ignore-column", "联系人"]) == 2
    err = capsys.readouterr().err
    assert "--ignore-column" in err
    assert "--progress" in err
