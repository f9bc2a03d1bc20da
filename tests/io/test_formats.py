"""Formats are told by their bytes as well as their names; what rulegov cannot read is refused by name."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.io import read_text
from rulegov.io._formats import detect_format

OLE2 = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504


@pytest.mark.parametrize(
    ("name", "found", "advice"),
    [
        ("plan.doc", r"an old Word document \(\.doc\)", r"save it as \.docx"),
        ("plan.wps", r"a WPS Writer document \(\.wps\)", r"save it as \.docx in WPS Office"),
        ("tasks.et", r"a WPS Spreadsheets workbook \(\.et\)", r"save it as \.xlsx or \.csv"),
        ("tasks.xls", r"an old Excel workbook \(\.xls\)", r"save it as \.xlsx or \.csv"),
        ("slides.ppt", r"an old PowerPoint file \(\.ppt\)", r"copy its text"),
        ("plan.docx", r"an old binary Office file \(OLE2: [^)]*\)", r"save it as \.docx or \.xlsx"),
        ("plan.txt", r"an old binary Office file \(OLE2: [^)]*\)", r"save it as \.docx or \.xlsx"),
    ],
)
def test_old_binary_office_files_are_refused_by_name(tmp_path, name, found, advice):
    path = tmp_path / name
    path.write_bytes(OLE2)
    with pytest.raises(
        rulegov.ParseError, match=f"the file is {found}, which rulegov does not read; {advice}"
    ) as caught:
        rulegov.read_plan(path)
    assert caught.value.source == str(path)


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "a PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "a JPEG image"),
        (b"{\\rtf1\\ansi law}", "a Rich Text document"),
        (b"Rar!\x1a\x07\x00", "a RAR archive"),
        (b"PK\x03\x04" + b"\x00" * 40, "a zip archive"),
    ],
)
def test_other_formats_are_refused_by_name(tmp_path, data, found):
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    with pytest.raises(rulegov.ParseError, match=f"the file is {found}"):
        read_text(path)


def test_a_pdf_that_is_not_one_is_not_read_as_text(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_text("一、加强领导\n1.召开会议。", encoding="utf-8")
    with pytest.raises(rulegov.ParseError, match=r"named \.pdf but is not one"):
        rulegov.read_plan(path)


def test_an_empty_pdf_is_not_an_empty_plan(tmp_path):
    pytest.importorskip("pdfplumber")
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(rulegov.ParseError, match="PDF"):
        rulegov.read_plan(path)


def test_binary_bytes_of_an_unknown_format_are_refused(tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(range(1, 32)) * 40 + "法治".encode())
    with pytest.raises(rulegov.ParseError, match="binary file, not text"):
        rulegov.read_plan(path)


@pytest.mark.parametrize(
    ("data", "suffix", "form"),
    [
        (b"%PDF-1.7\n", ".docx", "pdf"),
        (b"<!DOCTYPE html><html>", ".txt", "html"),
        (b"\xef\xbb\xbf<html><body>", ".doc", "html"),
        (b"<!-- saved from url=(0040)http://www.gov.cn/ -->\n<html>", ".txt", "html"),
        ("一、加强领导".encode("gbk"), ".text", "text"),
        (b'{"title": "x"}', ".json", "json"),
        (b"a,b\n1,2\n", ".csv", "csv"),
        ("一、加强领导".encode(), ".unknown", "text"),
    ],
)
def test_detect_format(data, suffix, form):
    assert detect_format(data, suffix, "f") == form
