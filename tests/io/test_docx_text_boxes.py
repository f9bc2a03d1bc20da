"""Word documents' text boxes: read once, after the paragraph they are anchored in.

Offices set a red head's lines, a document's number or a note in a text box. Word keeps each
box twice (the drawing, and a copy for old readers); before, neither was read, so what the box
held was lost.
"""

from __future__ import annotations

import io
import zipfile

import pytest

import rulegov
from rulegov.io import read_plan_bytes, read_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V = "urn:schemas-microsoft-com:vml"


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _box(*paragraphs: str, anchor_text: str = "", fallback: bool = True) -> str:
    """A paragraph holding a text box of ``paragraphs``, as Word writes it."""
    content = "<w:txbxContent>" + "".join(paragraphs) + "</w:txbxContent>"
    drawing = f'<wps:wsp xmlns:wps="{WPS}"><wps:txbx>{content}</wps:txbx></wps:wsp>'
    old = f'<w:pict><v:shape xmlns:v="{V}"><v:textbox>{content}</v:textbox></v:shape></w:pict>'
    choice = f'<mc:Choice Requires="wps"><w:drawing>{drawing}</w:drawing></mc:Choice>'
    back = f"<mc:Fallback>{old}</mc:Fallback>" if fallback else ""
    alternate = f'<mc:AlternateContent xmlns:mc="{MC}">{choice}{back}</mc:AlternateContent>'
    anchor = f"<w:r><w:t>{anchor_text}</w:t></w:r>" if anchor_text else ""
    return f"<w:p>{anchor}<w:r>{alternate}</w:r></w:p>"


def _docx(body: str) -> bytes:
    path_xml = f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr("word/document.xml", path_xml)
    return out.getvalue()


HEAD = (
    _box(_p("某县人民政府办公室文件"), _p("某政办发〔2023〕12号"))
    + _p("某县人民政府办公室关于印发《某县2023年法治政府建设工作要点》的通知")
    + _p("各乡镇人民政府，县直各单位：")
    + _p("现将《某县2023年法治政府建设工作要点》印发给你们，请认真贯彻落实。")
    + _p("一、加强组织领导")
    + _p("1.召开县委全面依法治县委员会会议。")
)


@pytest.mark.parametrize("fallback", [True, False], ids=["with-copy", "drawing-only"])
def test_a_text_box_is_read_once_after_its_anchor(tmp_path, fallback):
    path = tmp_path / "要点.docx"
    path.write_bytes(
        _docx(_box(_p("甲"), _p("乙"), anchor_text="前", fallback=fallback) + _p("后"))
    )
    lines = [line for line in read_text(path).splitlines() if line.strip()]
    assert lines == ["前", "甲", "乙", "后"]


def test_a_number_in_a_text_box_is_the_plan_s_number():
    plan = read_plan_bytes(_docx(HEAD), source="要点.docx")
    assert plan.doc_number == "某政办发〔2023〕12号"
    assert plan.title == "某县2023年法治政府建设工作要点"
    assert [task.title for task in plan.tasks] == ["召开县委全面依法治县委员会会议"]


def test_a_text_box_in_a_table_cell_stays_in_its_cell(tmp_path):
    cell = f"<w:tc>{_box(_p('区司法局'), anchor_text='牵头：')}</w:tc>"
    row = f"<w:tr><w:tc>{_p('1')}</w:tc>{cell}</w:tr>"
    path = tmp_path / "表.docx"
    path.write_bytes(_docx(f"<w:tbl>{row}</w:tbl>"))
    assert read_text(path).strip() == "|1|牵头：区司法局|"


def test_text_boxes_nested_deep_read_in_bounded_time(tmp_path):
    inner = _p("最里层")
    for _ in range(200):
        inner = _box(inner, fallback=False)
    path = tmp_path / "深.docx"
    path.write_bytes(_docx(inner))
    assert "最里层" in read_text(path)
    assert rulegov.read_plan(path).diagnostics is not None
