"""Schemes read from bytes (standard input, a download) as `read_scheme` reads the same file."""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

import pytest

import rulegov
from pdfs import pdf_of_lines
from rulegov.io import read_scheme_bytes

if TYPE_CHECKING:
    from pathlib import Path

TEXT = (
    "某县法治建设考核细则（满分30分）\n"
    "一、组织领导（10分）。未成立领导小组的扣5分。\n"
    "二、依法决策（20分）。每发现一件未经合法性审查的扣4分，扣完为止。\n"
    "25分以上为优秀，18分以下为不合格，其余为合格。"
)
TREE = [("组织领导", 10.0), ("依法决策", 20.0)]
ROWS = [
    ["序号", "考核项目", "分值", "评分标准"],
    ["1", "组织领导", "10", "未成立领导小组的扣5分。"],
    ["2", "依法决策", "20", "每发现一件未经合法性审查的扣4分，扣完为止。"],
]


def _tree(scheme: rulegov.Scheme) -> list[tuple[str | None, float | None]]:
    return [(node.name, node.points) for node in scheme.root.children]


def _same_as_the_file(data: bytes, path: Path) -> rulegov.Scheme:
    """The scheme of ``data`` read as bytes, checked equal to the scheme of the same file."""
    path.write_bytes(data)
    from_bytes = read_scheme_bytes(data, source="<stdin>")
    from_file = rulegov.read_scheme(path)
    assert from_bytes.root == from_file.root
    assert from_bytes.rules == from_file.rules
    assert from_bytes.grading == from_file.grading
    return from_bytes


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode(),
        codecs.BOM_UTF8 + TEXT.encode(),
        TEXT.encode("gbk"),
        TEXT.encode("gb18030"),
        b"\x841\x953" + TEXT.encode("gb18030"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        TEXT.replace("\n", "\r\n").encode("gbk"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "gb18030-bom", "utf16-bom", "gbk-crlf"],
)
def test_text_in_any_common_encoding_reads_as_its_file(tmp_path: Path, encoded: bytes) -> None:
    scheme = _same_as_the_file(encoded, tmp_path / "细则.txt")
    assert _tree(scheme) == TREE
    assert [rule.points for rule in scheme.rules if rule.kind == "deduction"] == [5.0, 4.0]
    assert scheme.grading is not None
    assert scheme.grading.order() == ["excellent", "pass", "fail"]


def test_the_json_of_a_scheme_reads_back_with_or_without_a_byte_order_mark() -> None:
    scheme = rulegov.parse_scheme(TEXT)
    data = scheme.model_dump_json(indent=2).encode()
    assert read_scheme_bytes(data, source="<stdin>") == scheme
    assert read_scheme_bytes(codecs.BOM_UTF8 + b"\n " + data, source="<stdin>") == scheme


def test_json_that_is_not_a_scheme_names_the_source_and_the_field() -> None:
    with pytest.raises(rulegov.ValidationError) as caught:
        read_scheme_bytes(b'{"id": 5, "root": {"id": "all"}}', source="<stdin>")
    assert caught.value.source == "<stdin>"
    assert [issue.path for issue in caught.value.issues] == ["id"]
    with pytest.raises(rulegov.ValidationError) as broken:
        read_scheme_bytes(b'{"id": ', source="<stdin>")
    assert (broken.value.source, broken.value.code) == ("<stdin>", "json-invalid")


def _page() -> str:
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ROWS)
    return (
        '<!DOCTYPE html><html><head><meta charset="gbk"><title>考核细则</title></head><body>'
        "<div class='nav'>当前位置：首页 > 通知公告</div><div id='zoom'>"
        f"<p>某县法治建设考核细则</p><table>{cells}</table></div>"
        "<div>版权所有：某县人民政府</div></body></html>"
    )


def test_a_web_page_reads_as_the_saved_page_and_as_the_pasted_source(tmp_path: Path) -> None:
    pytest.importorskip("selectolax")
    data = _page().encode("gbk")
    scheme = _same_as_the_file(data, tmp_path / "page.html")
    assert _tree(scheme) == TREE
    assert scheme.root == rulegov.parse_scheme(_page(), source="<stdin>").root
    assert "<td>" not in scheme.model_dump_json()


def test_a_part_of_a_page_is_read_as_a_page(tmp_path: Path) -> None:
    pytest.importorskip("selectolax")
    cells = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ROWS)
    data = f"<table>{cells}</table>".encode()
    assert _tree(_same_as_the_file(data, tmp_path / "part.txt")) == TREE


def test_a_word_document_is_told_by_its_bytes(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某县法治建设考核细则")
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for row, values in zip(table.rows, ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    path = tmp_path / "细则.docx"
    document.save(str(path))
    assert _tree(_same_as_the_file(path.read_bytes(), path)) == TREE


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF of CJK lines, one every 24 points down the page."""
    return pdf_of_lines([[(776 - 24 * index, text) for index, text in enumerate(lines)]])


def test_a_pdf_is_told_by_its_bytes(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    data = _pdf(TEXT.split("\n"))
    scheme = _same_as_the_file(data, tmp_path / "细则.pdf")
    assert _tree(scheme) == TREE


def test_a_workbook_is_told_by_its_bytes_and_a_csv_by_the_name_given(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    for row in ROWS:
        workbook.active.append(row)
    path = tmp_path / "评分表.xlsx"
    workbook.save(path)
    assert _tree(_same_as_the_file(path.read_bytes(), path)) == TREE
    csv = "\n".join(",".join(row) for row in ROWS).encode("gbk")
    assert _tree(read_scheme_bytes(csv, source="评分表.csv")) == TREE


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600, "an old binary Office file"),
        (b"PK\x03\x04" + b"\0" * 100, "a zip archive"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "a PNG image"),
        (b"{\\rtf1\\ansi " + "考核细则".encode("gbk"), "a Rich Text document"),
    ],
)
def test_a_format_rulegov_does_not_read_is_refused_by_name(data: bytes, named: str) -> None:
    with pytest.raises(rulegov.ParseError) as caught:
        read_scheme_bytes(data, source="<stdin>")
    assert caught.value.source == "<stdin>"
    assert caught.value.code == "unknown-file-format"
    assert str(caught.value).startswith(f"<stdin>: the file is {named}")
    assert "which rulegov does not read" in str(caught.value)


def test_binary_bytes_and_a_document_without_items_are_errors_naming_the_source() -> None:
    with pytest.raises(rulegov.ParseError) as binary:
        read_scheme_bytes("一、组织领导".encode() + b"\0\0\0", source="<stdin>")
    assert (binary.value.source, binary.value.code) == ("<stdin>", "binary-data")
    with pytest.raises(rulegov.ParseError) as empty:
        read_scheme_bytes(b"", source="<stdin>")
    assert empty.value.source == "<stdin>"
    with pytest.raises(rulegov.ParseError) as no_items:
        read_scheme_bytes("关于印发考核细则的通知\n各单位：请认真执行。".encode("gbk"))
    assert no_items.value.source == "<bytes>"


def test_spans_point_into_the_decoded_text() -> None:
    scheme = read_scheme_bytes(TEXT.encode("gbk"), source="<stdin>")
    rule = next(rule for rule in scheme.rules if rule.kind == "deduction")
    assert rule.span is not None
    assert TEXT[rule.span.start : rule.span.end].startswith("未成立领导小组")
