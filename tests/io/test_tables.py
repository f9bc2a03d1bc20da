"""Task-division tables (任务分工表): writing, reading, round trips and every refusal."""

from __future__ import annotations

import csv
import datetime as dt
import sys
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rulegov
from rulegov.io import read_task_rows, read_task_table, task_table_rows, write_task_table
from strategies import TABLE_JUNK, table_plans

HEADER = "序号,工作任务,具体措施,牵头单位,责任单位,配合单位,完成时限\n"


def facts(plan: rulegov.Plan) -> dict[str, object]:
    """What a table holds: sections, tasks, their measures, units in roles, and timing."""
    names = {unit.id: unit.name for unit in plan.units}
    return {
        "sections": [
            (s.number, s.title, [t.number for t in s.tasks]) for s in plan.walk_sections()
        ],
        "tasks": [
            (
                t.number,
                t.path,
                t.title,
                [m.text for m in t.measures],
                sorted((a.role.value, names[a.unit], a.note or "") for a in t.assignments),
                None
                if t.timeframe is None
                else (
                    t.timeframe.kind,
                    t.timeframe.on,
                    t.timeframe.start,
                    t.timeframe.end,
                    t.timeframe.frequency,
                ),
            )
            for t in plan.tasks
        ],
        "units": sorted({names[a.unit] for t in plan.tasks for a in t.assignments}),
    }


def write_csv(tmp_path, text, name="table.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# -- round trips ---------------------------------------------------------------------------


@pytest.mark.slow
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@pytest.mark.slow
@given(table_plans())
def test_csv_round_trip_keeps_tasks_units_roles_and_timing(tmp_path, plan):
    path = tmp_path / "plan.csv"
    write_task_table(plan, path)
    again = read_task_table(path)
    assert facts(again) == facts(plan)
    assert again.kind is rulegov.PlanKind.TASK_DIVISION_PLAN


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@pytest.mark.slow
@given(table_plans())
def test_xlsx_round_trip_keeps_tasks_units_roles_and_timing(tmp_path, plan):
    path = tmp_path / "plan.xlsx"
    write_task_table(plan, path)
    assert facts(read_task_table(path)) == facts(plan)


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(table_plans())
def test_in_memory_rows_round_trip(plan):
    assert facts(read_task_rows(task_table_rows(plan))) == facts(plan)


def test_reference_plan_round_trips_through_csv_and_xlsx(tmp_path):
    plan = rulegov.datasets.yancheng_2023()
    for name in ("plan.csv", "plan.xlsx"):
        rulegov.write_plan(plan, tmp_path / name)
        again = rulegov.read_plan(tmp_path / name)
        assert [t.title for t in again.tasks] == [t.title for t in plan.tasks]
        assert again.tasks[0].lead_units == ["中共盐城经济技术开发区工委全面依法治区委员会办公室"]
        assert again.tasks[0].cooperating_units == ["各部门"]
        assert again.tasks[3].targets[0].text == "2个以上"
        assert [s.title for s in again.sections] == [s.title for s in plan.sections]
        # one body, one unit: the office leads every task under a single id
        assert len({t.assignments[0].unit for t in again.tasks}) == 1


def test_csv_is_utf8_with_bom_and_the_columns_users_keep(tmp_path):
    path = tmp_path / "plan.csv"
    write_task_table(rulegov.datasets.yancheng_2023(), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines(keepends=True)))
    assert list(rows[0]) == [
        "一级任务",
        "序号",
        "工作任务",
        "具体措施",
        "牵头单位",
        "责任单位",
        "配合单位",
        "完成时限",
    ]
    assert rows[0]["一级任务"].startswith("一、坚持政治引领")
    assert rows[1]["具体措施"].split("\n")[1] == "及时组织召开工委全面依法治区委员会会议"


def test_formulas_are_written_as_text(tmp_path):
    plan = read_task_rows([["序号", "工作任务", "具体措施"], ["1", '=HYPERLINK("x")', "+1"]])
    path = tmp_path / "plan.csv"
    write_task_table(plan, path)
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
    again = read_task_table(path)
    assert again.tasks[0].title == '=HYPERLINK("x")'
    assert [m.text for m in again.tasks[0].measures] == ["+1"]
    workbook = tmp_path / "plan.xlsx"
    write_task_table(plan, workbook)
    sheet = openpyxl.load_workbook(workbook).worksheets[0]
    assert sheet["B2"].data_type == "s"
    assert sheet["B2"].value == '=HYPERLINK("x")'
    assert read_task_table(workbook).tasks[0].title == '=HYPERLINK("x")'


# -- reading what people write -------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b"")]
)
def test_csv_in_every_encoding_excel_writes(tmp_path, encoding, prefix):
    path = tmp_path / "table.csv"
    text = HEADER + "1,开展法治培训,举办培训班2期以上,区司法局,,区法院、区检察院,2023年6月底前\n"
    path.write_bytes(prefix + text.encode(encoding))
    task = read_task_table(path).tasks[0]
    assert (task.number, task.title) == ("1", "开展法治培训")
    assert task.lead_units == ["区司法局"]
    assert task.cooperating_units == ["区法院", "区检察院"]
    assert task.timeframe is not None
    assert task.timeframe.end == dt.date(2023, 6, 30)
    assert [(t.comparator, t.value, t.unit_of_measure) for t in task.targets] == [
        (rulegov.Comparator.GE, 2.0, "期")
    ]


def test_english_headers_tabs_and_a_title_row_with_the_year(tmp_path):
    text = (
        "某区2024年法治政府建设任务分工表\n"
        "number\ttask\tmeasures\tlead\tresponsible\tcooperating\tdeadline\n"
        "1\t落实《法治政府建设实施纲要》\t制定方案；开展自查\t区司法局\t各镇(街)按职责分工负责\t\t6月底前\n"
    )
    plan = read_task_table(write_csv(tmp_path, text))
    assert plan.title == "某区2024年法治政府建设任务分工表"
    assert plan.period == rulegov.Period.year(2024)
    task = plan.tasks[0]
    assert [m.text for m in task.measures] == ["制定方案", "开展自查"]
    assert [c.title for c in task.citations] == ["法治政府建设实施纲要"]
    assert [(a.unit_name, a.role.value, a.note) for a in task.assignments] == [
        ("区司法局", "lead", None),
        ("各镇(街)", "responsible", "按职责分工负责"),
    ]
    assert plan.unit("各镇(街)").kind is rulegov.UnitKind.COLLECTIVE
    assert task.timeframe is not None
    assert task.timeframe.end == dt.date(2024, 6, 30)
    assert task.timeframe.text == "6月底前"


def test_units_split_on_every_separator_and_each_body_is_one_unit():
    plan = read_task_rows(
        [
            ["序号", "工作任务", "牵头单位", "配合单位"],
            ["1", "甲", "区司法局", "区法院，区检察院；区公安分局\n区 司法局"],
            ["2", "乙", "区法院", "区司法局"],
        ]
    )
    first, second = plan.tasks
    assert first.cooperating_units == ["区法院", "区检察院", "区公安分局", "区司法局"]
    assert [u.name for u in plan.units] == ["区司法局", "区法院", "区检察院", "区公安分局"]
    assert second.unit_ids("lead") == [plan.unit("区法院").id]
    assert plan.unit("区公安分局").kind is rulegov.UnitKind.PUBLIC_SECURITY


def test_merged_cells_continue_the_task_above_and_sections_open_from_a_category_column():
    plan = read_task_rows(
        [
            ["类别", "序号", "工作任务", "具体措施", "牵头单位", "完成时限"],
            ["一、依法行政", "1", "规范执法", "开展案卷评查", "区司法局", "每季度"],
            ["", "", "", "公示执法信息", "区城管局", ""],
            ["二、法治社会", "1", "普法宣传", "", "区司法局", "持续推进"],
        ]
    )
    first, second = plan.tasks
    assert [m.text for m in first.measures] == ["开展案卷评查", "公示执法信息"]
    assert first.lead_units == ["区司法局", "区城管局"]
    assert first.path == ("一", "1")
    assert second.path == ("二", "1")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "依法行政"), ("二", "法治社会")]
    assert first.timeframe is not None
    assert first.timeframe.frequency is rulegov.Frequency.QUARTERLY


def test_heading_rows_merged_across_the_table_open_sections():
    plan = read_task_rows(
        [
            ["序号", "工作任务", "牵头单位"],
            ["一、依法行政", "", ""],
            ["（一）规范执法", "", ""],
            ["1", "开展案卷评查", "区司法局"],
            ["二、法治社会", "", ""],
            ["1", "普法宣传", "区委宣传部"],
        ]
    )
    assert [t.path for t in plan.tasks] == [("一", "（一）", "1"), ("二", "1")]
    assert [(s.number, s.title, s.level) for s in plan.walk_sections()] == [
        ("一", "依法行政", 1), ("（一）", "规范执法", 2), ("二", "法治社会", 1)]  # fmt: skip


def test_rows_with_only_section_cells_open_sections():
    plan = read_task_rows(
        [["类别", "序号", "工作任务"], ["执法类", "", ""], ["", "1", "甲"], ["", "2", "乙"]]
    )
    assert [s.title for s in plan.sections] == ["执法类"]
    assert [t.title for t in plan.sections[0].tasks] == ["甲", "乙"]


def test_levelled_task_columns_without_a_task_column():
    plan = read_task_rows(
        [["一级任务", "二级任务", "牵头单位"], ["坚持党的领导", "召开委员会会议", "区委依法治区办"]]
    )
    assert [s.title for s in plan.sections] == ["坚持党的领导"]
    assert plan.tasks[0].title == "召开委员会会议"
    assert plan.tasks[0].number == "1"


def test_mappings_and_numbers_from_excel():
    plan = read_task_rows(
        [
            {"序号": 1.0, "工作任务": "甲", "完成时限": dt.date(2023, 12, 4)},
            {"序号": 2, "工作任务": "乙"},
        ]
    )
    assert [t.number for t in plan.tasks] == ["1", "2"]
    assert plan.tasks[0].timeframe is not None
    assert plan.tasks[0].timeframe.on == dt.date(2023, 12, 4)


def test_xlsx_with_dates_numbers_merged_cells_and_a_title_row(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2023年任务分工表"])
    sheet.append(["序号", "工作任务", "具体措施", "牵头单位", "完成时限"])
    sheet.append([1, "清理规范性文件", "全面清理", "区司法局", dt.date(2023, 9, 30)])
    sheet.append([None, None, "公布目录", None, None])
    sheet.append([2, "开展述法", None, "区委组织部", None])
    path = tmp_path / "table.xlsx"
    book.save(path)
    plan = read_task_table(path)
    assert plan.title == "2023年任务分工表"
    first, second = plan.tasks
    assert [m.text for m in first.measures] == ["全面清理", "公布目录"]
    assert first.timeframe is not None
    assert first.timeframe.on == dt.date(2023, 9, 30)
    # a formula is never run, and openpyxl saved no value for it: the cell is refused, where
    # it once read as blank and the deadline was lost without a word
    assert second.timeframe is None
    sheet["E5"] = "=TODAY()"
    book.save(path)
    with pytest.raises(rulegov.ParseError, match=r"sheet 'Sheet', cell E5: the formula =TODAY\(\)"):
        read_task_table(path)


# -- refusals, each naming the row, the column and the value ---------------------------------


@pytest.mark.parametrize(
    ("row", "place", "message", "value"),
    [
        (
            "1,开展培训,,区司法局,,,下个月看情况",
            (2, 7),
            "row 2, column 7 (完成时限): the timing cannot be read",
            "下个月看情况",
        ),
        (
            "这不是一个序号而是一段很长很长很长的文字内容,开展培训,,,,,",
            (2, 1),
            "row 2, column 1 (序号): 序号 should be a number",
            None,
        ),
        ("1,开展培训,,、、,,,", (2, 4), "row 2, column 4 (牵头单位): no unit name found", "、、"),
        (
            "1,,,区司法局,,,",
            (2, 1),
            "row 2, column 1 (序号): the row names no task; fill in its 工作任务",
            "",
        ),
        (
            "1,开展培训,,,,,年底前,多余",
            (2, 8),
            "row 2, column 8: the row has a value beyond the 7 columns",
            "多余",
        ),
    ],
)
def test_bad_cells_name_row_column_header_and_value(tmp_path, row, place, message, value):
    line, column = place
    path = write_csv(tmp_path, HEADER + row + "\n")
    with pytest.raises(rulegov.ParseError) as caught:
        read_task_table(path)
    error = caught.value
    assert (error.line, error.column) == (line, column)
    assert message in str(error)
    assert str(error).startswith(f"{path}:{line}:{column}: ")
    if value is not None:
        assert error.value == value


def test_a_month_without_a_year_says_to_write_the_year(tmp_path):
    path = write_csv(tmp_path, HEADER + "1,开展培训,,,,,6月底前\n", name="分工表.csv")
    with pytest.raises(
        rulegov.ParseError, match=r"names no year: write the year, as in 2023年6月底前"
    ):
        read_task_table(path)
    assert read_task_table(path, year=2025).tasks[0].timeframe.end == dt.date(2025, 6, 30)  # type: ignore[union-attr]


def test_a_repeated_number_names_the_first_row(tmp_path):
    path = write_csv(tmp_path, HEADER + "1,甲,,,,,\n2,乙,,,,,\n2,丙,,,,,\n")
    with pytest.raises(
        rulegov.ParseError, match=r"row 4, column 1 \(序号\): the number repeats that of row 3"
    ) as caught:
        read_task_table(path)
    assert caught.value.value == "2"


def test_a_second_timing_on_a_continuation_row(tmp_path):
    path = write_csv(tmp_path, HEADER + "1,甲,,,,,年底前\n,,再做,,,,6月底前\n")
    with pytest.raises(
        rulegov.ParseError,
        match=r"row 3, column 7 \(完成时限\): the task of row 2 already has the timing '年底前'",
    ):
        read_task_table(path, year=2023)


def test_a_continuation_row_cannot_open_a_section():
    with pytest.raises(
        rulegov.ParseError,
        match=r"row 3, column 1 \(类别\): a row without 序号 or 工作任务 cannot open a section",
    ):
        read_task_rows(
            [
                ["类别", "序号", "工作任务", "具体措施"],
                ["甲类", "1", "甲", ""],
                ["乙类", "", "", "措施"],
            ]
        )


def test_a_table_without_a_header(tmp_path):
    path = write_csv(tmp_path, "姓名,年龄\n张三,30\n")
    with pytest.raises(
        rulegov.ParseError,
        match=r"no header row found in the first 10 rows; name the columns 序号, 工作任务",
    ) as caught:
        read_task_table(path)
    assert (caught.value.line, caught.value.column) == (1, 1)
    assert caught.value.value == ["姓名", "年龄"]


def test_two_columns_for_one_field():
    with pytest.raises(
        rulegov.ParseError, match=r"row 1, column 3 \(完成时限\): a second deadline column"
    ) as caught:
        read_task_rows([["工作任务", "完成时限", "完成时限"], ["甲", "6月底前", "年底前"]])
    assert caught.value.value == "完成时限"


def test_two_columns_for_one_role_both_hold_it():
    plan = read_task_rows([["工作任务", "牵头单位", "牵头部门"], ["甲", "区司法局", "区法院"]])
    assert plan.tasks[0].lead_units == ["区司法局", "区法院"]


def test_a_cell_longer_than_excel_allows():
    with pytest.raises(
        rulegov.ParseError,
        match=r"row 2, column 2 \(具体措施\): the cell holds more than 32767 characters",
    ):
        read_task_rows([["工作任务", "具体措施"], ["甲", "措" * 40_000]])


def test_broken_csv_quoting_names_the_row(tmp_path):
    path = write_csv(tmp_path, HEADER + '1,"甲' + "x" * 200_000 + '",,,,,\n')
    with pytest.raises(
        rulegov.ParseError, match=r"row 2: the CSV cannot be read: field larger than field limit"
    ):
        read_task_table(path)


@pytest.mark.parametrize(
    ("rows", "line", "column"),
    [
        # the quote opens on the second row and the rest of the file would be its one cell
        ('1,"开展法治培训,区司法局,,,,\n2,推进普法宣传,区委宣传部,,,,\n', 2, 2),
        # the last row's last cell, on the file's last line
        ('1,开展法治培训,区司法局,,,,\n2,推进普法宣传,区委宣传部,,,,"6月底前', 3, 7),
    ],
    ids=["second-row", "last-cell"],
)
def test_a_quote_never_closed_is_refused_at_its_cell(tmp_path, rows, line, column):
    path = write_csv(tmp_path, HEADER + rows)
    with pytest.raises(
        rulegov.ParseError, match="a quoted cell opens here and is never closed"
    ) as raised:
        read_task_table(path)
    assert (raised.value.line, raised.value.column) == (line, column)


def test_a_quoted_cell_over_lines_is_still_one_cell(tmp_path):
    path = write_csv(tmp_path, HEADER + '1,"开展法治培训\n和普法宣传",区司法局,,,,\n')
    [task] = read_task_table(path).tasks
    assert "普法宣传" in task.title


def test_files_too_large_are_refused(tmp_path):
    path = write_csv(tmp_path, HEADER + "1,甲,,,,,\n" * 100)
    with pytest.raises(rulegov.ParseError, match="more than the limit of 500"):
        read_task_table(path, max_bytes=500)


def test_unknown_suffixes_are_refused(tmp_path):
    plan = rulegov.datasets.yancheng_2023()
    with pytest.raises(
        rulegov.ValidationError, match=r"write a task table to a \.csv or \.xlsx file"
    ):
        write_task_table(plan, tmp_path / "plan.ods")
    with pytest.raises(
        rulegov.ValidationError, match=r"read a task table from a \.csv or \.xlsx file"
    ):
        read_task_table(tmp_path / "plan.ods")


def test_sections_deeper_than_five_levels_are_refused():
    section: dict[str, object] = {"id": "s6", "number": "", "level": 6, "title": "六", "tasks": [
        {"id": "t1", "number": "1", "path": ["1"], "title": "甲"}]}  # fmt: skip
    for level in range(5, 0, -1):
        section = {
            "id": f"s{level}",
            "number": "",
            "level": level,
            "title": "层",
            "children": [section],
        }
    plan = rulegov.Plan.model_validate({"title": "深", "sections": [section]})
    with pytest.raises(
        rulegov.ValidationError, match="a task table holds at most 5 levels of sections"
    ):
        task_table_rows(plan)


# -- Excel files: the zip, its markup, and the extra -----------------------------------------


def test_xlsx_zip_bombs_are_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (3 * 1024 * 1024))
    with pytest.raises(
        rulegov.ParseError,
        match=r"the Excel workbook \(\.xlsx\) unpacks to more than .* refusing a possible zip bomb",
    ) as caught:
        read_task_table(path)
    assert caught.value.value == "xl/worksheets/sheet1.xml"


def test_xlsx_limits_follow_max_bytes(tmp_path):
    path = tmp_path / "plan.xlsx"
    write_task_table(rulegov.datasets.yancheng_2023(), path)
    size = path.stat().st_size
    with pytest.raises(rulegov.ParseError, match="more than the limit of 2000"):
        read_task_table(path, max_bytes=2000)
    with pytest.raises(rulegov.ParseError, match=f"unpacks to more than {size + 100} bytes"):
        read_task_table(path, max_bytes=size + 100)


def test_xlsx_with_a_dtd_is_refused(tmp_path):
    path = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
        )
    with pytest.raises(
        rulegov.ParseError,
        match=r"declares a DTD in entry '\[Content_Types\]\.xml'; Office never writes one",
    ):
        read_task_table(path)


def test_not_a_workbook(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("序号,工作任务", encoding="utf-8")
    with pytest.raises(
        rulegov.ParseError,
        match=r"the file is not an Excel workbook \(\.xlsx\): it is not a zip archive",
    ):
        read_task_table(path)
    empty = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "nothing")
    with pytest.raises(rulegov.ParseError, match="the file is not a readable Excel workbook"):
        read_task_table(empty)


def test_xlsx_without_openpyxl_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    plan = rulegov.datasets.yancheng_2023()
    with pytest.raises(rulegov.MissingExtraError, match=r"pip install 'rulegov\[xlsx\]'") as caught:
        write_task_table(plan, tmp_path / "plan.xlsx")
    assert (caught.value.package, caught.value.extra) == ("openpyxl", "xlsx")
    (tmp_path / "plan.xlsx").write_bytes(b"PK")
    with pytest.raises(
        rulegov.MissingExtraError,
        match=r"reading \.xlsx task tables needs the optional package 'openpyxl'",
    ):
        read_task_table(tmp_path / "plan.xlsx")


def test_control_characters_that_excel_cannot_hold(tmp_path):
    plan = read_task_rows([["序号", "工作任务"], ["1", "甲\x01乙"]])
    with pytest.raises(
        rulegov.ValidationError,
        match=r"row 2, column 2 \(工作任务\): Excel cannot store control characters",
    ):
        write_task_table(plan, tmp_path / "plan.xlsx")


# -- junk in, a plan or a ParseError out -----------------------------------------------------


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(TABLE_JUNK, max_size=8), max_size=8))
def test_junk_rows_give_a_plan_or_a_parse_error(rows):
    try:
        plan = read_task_rows([["序号", "工作任务", "牵头单位", "完成时限"], *rows])
    except rulegov.ParseError as error:
        assert error.line is not None
        assert error.line >= 2
        return
    assert isinstance(plan, rulegov.Plan)
    # what was read writes back and reads again the same (rows as dicts need one task)
    if plan.tasks:
        assert facts(read_task_rows(task_table_rows(plan))) == facts(plan)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=200))
def test_junk_files_give_a_plan_or_a_parse_error(tmp_path, data):
    path = tmp_path / "junk.csv"
    path.write_bytes(data)
    try:
        read_task_table(path)
    except rulegov.ParseError as error:
        assert str(error).startswith(str(path))


def test_a_number_given_to_an_unnumbered_row_is_not_given_again():
    header = ["序号", "工作任务", "牵头单位", "完成时限"]
    with pytest.raises(rulegov.ParseError, match="row 3, column 1") as caught:
        read_task_rows([header, ["", "开展培训"], ["1", "开展述法"]])
    assert caught.value.line == 3
    plan = read_task_rows([header, ["", "开展培训"], ["2", "开展述法"]])
    assert [t.number for t in plan.tasks] == ["1", "2"]
    assert facts(read_task_rows(task_table_rows(plan))) == facts(plan)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_task_with_no_units_in_no_section_takes_none_from_the_row_above(tmp_path, suffix):
    # tasks before the first section leave the table's group column blank, as merged cells do
    plan = rulegov.parse_plan(
        "某区2023年工作要点\n1.召开会议。（牵头单位：区司法局）\n2.开展培训。\n一、加强领导\n1.推进执法。\n"
    )
    path = tmp_path / f"tasks{suffix}"
    write_task_table(plan, path)
    again = rulegov.read_plan(path)
    assert [(task.title, task.lead_units) for task in again.tasks] == [
        ("召开会议", ["区司法局"]),
        ("开展培训", []),
        ("推进执法", []),
    ]
