"""Reading and writing plan files in every supported format, and refusing what is not a plan."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest

import rulegov
from rulegov.io import read_text
from samples import PLAN_TEXT

if TYPE_CHECKING:
    from pathlib import Path


def test_crlf_text_keeps_spans_in_the_original(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(PLAN_TEXT.replace("\n", "\r\n").encode("utf-8"))
    plan = rulegov.read_plan(path)
    assert plan.source is not None
    assert plan.source.excerpt(plan.tasks[0].title_span) == "召开会议"
    assert plan.source.excerpt(plan.tasks[0].assignments[0].span) == "区司法局"


def test_json_round_trip(tmp_path):
    plan = rulegov.parse_plan(rulegov.datasets.yancheng_2023_text(), source="seed")
    path = tmp_path / "plan.json"
    rulegov.write_plan(plan, path)
    assert rulegov.read_plan(path) == plan


def test_text_written_in_the_standard_layout(tmp_path):
    plan = rulegov.parse_plan(PLAN_TEXT)
    path = tmp_path / "out.txt"
    rulegov.write_plan(plan, path)
    assert path.read_text(encoding="utf-8") == rulegov.format_plan(plan)
    assert rulegov.read_plan(path).tasks[0].lead_units == ["区司法局"]


def test_writing_an_unknown_format_names_the_path(tmp_path):
    plan = rulegov.parse_plan(PLAN_TEXT)
    with pytest.raises(
        rulegov.ValidationError, match=r"write a plan to a \.json, \.txt, \.csv or \.xlsx file"
    ):
        rulegov.write_plan(plan, tmp_path / "plan.ods")


def test_invalid_json_is_a_validation_error(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text('{"title": ""}', encoding="utf-8")
    with pytest.raises(rulegov.ValidationError, match="title"):
        rulegov.read_plan(path)


@pytest.mark.parametrize("reader", [rulegov.read_plan, rulegov.read_scheme])
def test_an_error_in_a_json_file_names_the_file_and_where_the_json_breaks(tmp_path, reader):
    path = tmp_path / "plan.json"
    path.write_text('{"title": "x",\n "sections": [\n', encoding="utf-8")
    with pytest.raises(rulegov.ValidationError) as caught:
        reader(path)
    assert caught.value.source == "plan.json"
    assert str(caught.value).startswith("plan.json:3:1: invalid ")
    assert caught.value.message.startswith("invalid ")
    assert (caught.value.code, caught.value.line) == ("json-invalid", 3)


def test_json_that_does_not_fit_the_model_names_the_file_and_the_field(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text('{"title": 5}', encoding="utf-8")
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.read_plan(path)
    assert (caught.value.source, caught.value.path) == ("plan.json", "title")
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.io.read_plan_bytes(b'{"title": 5}', source="upload.json")
    assert caught.value.source == "upload.json"


def make_docx(path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某镇2023年法治建设工作计划")
    document.add_paragraph("一、加强法治宣传")
    document.add_paragraph("1.开展宪法宣传活动。组织宣讲不少于3场。")
    document.add_paragraph("牵头单位：镇司法所")
    table = document.add_table(rows=3, cols=4)
    rows = [
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["1", "建设法治文化长廊", "镇宣传办", "2023年9月底前"],
        ["2", "培养法律明白人", "镇司法所、各村(社区)", "年底前"],
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(path))


def test_docx_with_paragraphs_and_tables(tmp_path):
    path = tmp_path / "plan.docx"
    make_docx(path)
    plan = rulegov.read_plan(path)
    assert plan.title == "某镇2023年法治建设工作计划"
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("1", "开展宪法宣传活动"),
        ("1", "建设法治文化长廊"),
        ("2", "培养法律明白人"),
    ]
    assert plan.tasks[0].targets[0].text == "不少于3场"
    assert plan.tasks[2].lead_units == ["镇司法所", "各村(社区)"]
    assert plan.tasks[1].timeframe is not None
    assert plan.tasks[1].timeframe.end.isoformat() == "2023-09-30"
    assert "|序号|工作任务|牵头单位|完成时限|" in read_text(path)


def test_docx_reads_without_python_docx(tmp_path, monkeypatch):
    path = tmp_path / "plan.docx"
    make_docx(path)
    monkeypatch.setitem(sys.modules, "docx", None)
    plan = rulegov.read_plan(path)
    assert plan.title == "某镇2023年法治建设工作计划"
    assert plan.tasks[0].title == "开展宪法宣传活动"


def test_read_document_names_the_format_and_keeps_page_metadata(tmp_path):
    pytest.importorskip("selectolax")
    text = tmp_path / "plan.txt"
    text.write_bytes(PLAN_TEXT.encode("gbk"))
    document = rulegov.io.read_document(text)
    assert (document.format, document.text, dict(document.metadata)) == ("text", PLAN_TEXT, {})
    page = tmp_path / "page.htm"
    page.write_text(
        "<table><tr><td>索引号：</td><td>A1</td><td>成文日期：</td><td>2024年1月2日</td></tr></table>"
        "<div id='zoom'><p>一、加强领导</p></div>",
        encoding="utf-8",
    )
    document = rulegov.io.read_document(page)
    assert document.format == "html"
    assert document.metadata == {"索引号": "A1", "成文日期": "2024年1月2日"}
    assert document.text == "索引号：A1\n成文日期：2024年1月2日\n一、加强领导"
    assert document.source == str(page)


def test_read_document_of_a_workbook_points_to_the_table_reader(tmp_path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "tasks.xlsx"
    rulegov.write_plan(rulegov.parse_plan(PLAN_TEXT), path)
    with pytest.raises(rulegov.ParseError, match="read it as a task table"):
        rulegov.io.read_document(path)


def test_bytes_are_read_in_the_format_their_first_bytes_show(tmp_path):
    path = tmp_path / "plan.docx"
    make_docx(path)
    from_bytes = rulegov.io.read_plan_bytes(path.read_bytes(), source="<stdin>")
    assert from_bytes.tasks == rulegov.read_plan(path).tasks
    page = "<html><body><div><p>一、加强领导</p><p>1.召开会议。</p></div></body></html>"
    pytest.importorskip("selectolax")
    plan = rulegov.io.read_plan_bytes(page.encode(), source="<stdin>")
    assert [task.title for task in plan.tasks] == ["召开会议"]
    assert "<html>" not in (plan.title or "")


def test_bytes_of_a_format_rulegov_does_not_read_are_refused():
    with pytest.raises(rulegov.ParseError, match=r"<stdin>: the file is an old binary Office file"):
        rulegov.io.read_plan_bytes(
            bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600, source="<stdin>"
        )
    with pytest.raises(rulegov.ParseError) as caught:
        rulegov.io.read_plan_bytes(b"%PDF-1.4\n%broken", source="<stdin>")
    assert caught.value.source == "<stdin>"


def test_a_json_plan_with_a_byte_order_mark_is_read(tmp_path):
    plan = rulegov.datasets.yancheng_2023()
    path = tmp_path / "plan.json"
    path.write_bytes(b"\xef\xbb\xbf" + plan.model_dump_json().encode())
    assert rulegov.read_plan(path) == plan


def test_a_document_without_tasks_says_so():
    plan = rulegov.parse_plan("Minutes of a meeting held on Monday.\nNothing was decided.\n")
    assert plan.tasks == []
    assert [d.code for d in plan.diagnostics if d.severity == "warning"] == ["no-tasks"]


@pytest.mark.parametrize("path", [None, 3, "a\x00b.txt"])
@pytest.mark.parametrize(
    "reader", [rulegov.read_plan, rulegov.read_scheme, rulegov.io.read_document]
)
def test_what_cannot_name_a_file_is_refused_by_name(reader, path):
    with pytest.raises(rulegov.ParseError) as caught:
        reader(path)
    assert caught.value.code == "unreadable-file"


@pytest.mark.parametrize("suffix", [".json", ".txt", ".csv"])
def test_a_plan_that_cannot_be_written_names_the_file(tmp_path, suffix):
    target = tmp_path / f"folder{suffix}"
    target.mkdir()
    with pytest.raises(rulegov.RulegovError) as caught:
        rulegov.write_plan(rulegov.datasets.yancheng_2023(), target)
    assert caught.value.code == "unwritable-file"
    assert str(target) in str(caught.value)


@pytest.mark.parametrize("suffix", [".txt", ".csv", ".docx", ".json"])
def test_a_workbook_under_another_name_is_read_as_the_workbook(tmp_path, suffix):
    pytest.importorskip("openpyxl")
    plan = rulegov.datasets.yancheng_2023()
    book = tmp_path / "tasks.xlsx"
    rulegov.io.write_task_table(plan, book)
    renamed = tmp_path / f"tasks{suffix}"
    renamed.write_bytes(book.read_bytes())
    assert [t.title for t in rulegov.read_plan(renamed).tasks] == [t.title for t in plan.tasks]


def test_a_path_that_cannot_name_a_file_to_write_says_unwritable(tmp_path):
    with pytest.raises(rulegov.ParseError) as caught:
        rulegov.write_plan(rulegov.datasets.yancheng_2023(), f"{tmp_path}/a\x00b.json")
    assert caught.value.code == "unwritable-file"


_READERS_OF_PATHS = [
    rulegov.read_plan,
    rulegov.io.read_scheme,
    rulegov.io.read_document,
    read_text,
    lambda path: rulegov.io.read_progress(path, rulegov.datasets.yancheng_2023()),
    lambda path: rulegov.write_plan(rulegov.datasets.yancheng_2023(), path),
]


@pytest.mark.parametrize("call", _READERS_OF_PATHS)
def test_a_path_with_a_lone_surrogate_that_is_no_byte_is_refused_naming_it(call):
    # before: a bare UnicodeEncodeError from os.stat; '\udcff' stands for the byte 0xff of a
    # name that is not UTF-8 (surrogateescape) and is looked up as such
    with pytest.raises(rulegov.RulegovError, match="cannot hold a lone surrogate") as caught:
        call("计划\ud800.csv")
    assert caught.value.code in ("unreadable-file", "unwritable-file")
    assert caught.value.value == "\ud800"
    with pytest.raises(rulegov.RulegovError, match=r"cannot read the file|cannot write"):
        call("/no-such-folder/计划\udcff.csv")
