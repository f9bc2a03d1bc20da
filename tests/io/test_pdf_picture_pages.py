"""PDF pages that hold pictures and no text (pages scanned into a file with text) are named.

A plan's PDF often has its notice typed and an attachment, a table or its signature page
scanned in. Before, what those pages showed was dropped without a word.
"""

from __future__ import annotations

import pytest

import rulegov
from pdfs import pdf_of_lines
from rulegov.cli import main
from rulegov.io import read_document, read_plan_bytes, read_scheme_bytes

pytest.importorskip("pdfplumber")

TYPED = [(760, "某县2023年法治政府建设工作要点"), (720, "一、加强组织领导"), (690, "1.召开会议。")]
SCHEME = [(760, "某县法治建设考核细则"), (720, "一、组织领导（10分）。未成立领导小组的扣10分。")]


def _unread(diagnostics):
    return [d for d in diagnostics if d.code == "unread-pages"]


@pytest.mark.parametrize(
    ("pages", "named"),
    [
        pytest.param([TYPED, None], "page 2 of the PDF holds pictures", id="last"),
        pytest.param([TYPED, None, None, None, TYPED[2:]], "pages 2-4 of", id="middle"),
        pytest.param([None, TYPED, None], "pages 1, 3 of", id="apart"),
        pytest.param([TYPED, "— 2 —", [(500, "2.开展普法。")]], "page 2 of", id="stamped-dash"),
        pytest.param([TYPED, "-2-", "第3页 共3页"], "pages 2-3 of", id="stamped"),
    ],
)
def test_pages_of_pictures_are_named_in_a_warning(pages, named):
    plan = read_plan_bytes(pdf_of_lines(pages), source="要点.pdf")
    assert [task.title for task in plan.tasks][:1] == ["召开会议"]
    (note,) = _unread(plan.diagnostics)
    assert note.message.startswith(named)
    assert "run OCR" in note.message
    assert note.severity.value == "warning"


def test_a_pdf_whose_pages_all_hold_text_has_no_such_warning():
    plan = read_plan_bytes(pdf_of_lines([TYPED, TYPED[2:]]), source="要点.pdf")
    assert not _unread(plan.diagnostics)


def test_the_document_and_the_plan_read_from_a_file_carry_the_warning(tmp_path):
    path = tmp_path / "要点.pdf"
    path.write_bytes(pdf_of_lines([TYPED, None]))
    (note,) = read_document(path).notes
    assert note.code == "unread-pages"
    assert _unread(rulegov.read_plan(path).diagnostics) == [note]


def test_a_scheme_s_pages_of_pictures_are_named_too(tmp_path):
    data = pdf_of_lines([SCHEME, None])
    scheme = read_scheme_bytes(data, source="细则.pdf")
    assert [node.name for node in scheme.root.children] == ["组织领导"]
    assert _unread(scheme.diagnostics)
    path = tmp_path / "细则.pdf"
    path.write_bytes(data)
    assert _unread(rulegov.read_scheme(path).diagnostics)


def test_a_pdf_of_pictures_only_is_still_refused_as_a_scan():
    with pytest.raises(rulegov.ParseError, match=r"pictures of pages.*it is a scan"):
        read_plan_bytes(pdf_of_lines([None, None]), source="扫描.pdf")


def test_the_command_line_prints_the_warning_after_the_file_s_name(tmp_path, capsys):
    path = tmp_path / "要点.pdf"
    path.write_bytes(pdf_of_lines([TYPED, None]))
    assert main(["validate", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}: warning: page 2 of the PDF holds pictures" in err
