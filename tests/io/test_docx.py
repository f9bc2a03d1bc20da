"""Word documents: automatic list numbers as Word shows them, merged cells, no headers or footers."""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

import pytest

import rulegov
from rulegov.io import read_text
from rulegov.io._docx import format_number

if TYPE_CHECKING:
    from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LEVELS = [
    ("chineseCounting", "%1、"),
    ("chineseCounting", "（%2）"),
    ("decimal", "%3."),
    ("decimal", "（%4）"),
    ("decimalEnclosedCircle", "%5"),
]


def numbering_xml(levels=LEVELS, overrides: str = "") -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="7">{lvls}</w:abstractNum>'
        f'<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>'
        f'<w:num w:numId="4"><w:abstractNumId w:val="7"/>{overrides}</w:num></w:numbering>'
    )


def paragraph(text: str, level: int | None = None, num: int = 3) -> str:
    props = (
        ""
        if level is None
        else f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
    )
    return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"


def write_docx(
    path: Path, body: str, numbering: str | None = None, extra: dict[str, str] | None = None
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr(
            "word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
        )
        if numbering is not None:
            archive.writestr("word/numbering.xml", numbering)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return path


def test_automatic_numbering_is_written_as_word_shows_it(tmp_path):
    body = "".join(
        [
            paragraph("某区2024年法治政府建设工作要点"),
            paragraph("加强组织领导", 0),
            paragraph("完善工作机制", 1),
            paragraph("召开专题会议。", 2),
            paragraph("开展督察。", 2),
            paragraph("年中督察", 3),
            paragraph("专项检查", 4),
            paragraph("专项检查", 4),
            paragraph("强化责任落实", 1),
            paragraph("签订责任书。", 2),
            paragraph("推进依法行政", 0),
        ]
    )
    path = write_docx(tmp_path / "plan.docx", body, numbering_xml())
    assert read_text(path).split("\n") == [
        "某区2024年法治政府建设工作要点",
        "一、加强组织领导",
        "（一）完善工作机制",
        "1.召开专题会议。",
        "2.开展督察。",
        "（1）年中督察",
        "①专项检查",
        "②专项检查",
        "（二）强化责任落实",
        "1.签订责任书。",
        "二、推进依法行政",
    ]


def test_numbering_runs_on_to_twenty_three(tmp_path):
    body = paragraph("总体要求", 0) + "".join(paragraph(f"任务{n}", 1) for n in range(23))
    lines = read_text(write_docx(tmp_path / "p.docx", body, numbering_xml())).split("\n")
    assert lines[1] == "（一）任务0"
    assert lines[10] == "（十）任务9"
    assert lines[11] == "（十一）任务10"
    assert lines[-1] == "（二十三）任务22"


def test_start_overrides_and_no_number(tmp_path):
    overrides = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'
    body = paragraph("甲", 0, num=4) + paragraph("乙", 0, num=4) + paragraph("丙", 0, num=0)
    path = write_docx(tmp_path / "p.docx", body, numbering_xml(overrides=overrides))
    assert read_text(path).split("\n") == ["五、甲", "六、乙", "丙"]


def test_numbering_from_a_paragraph_style(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某镇2023年法治建设工作计划")
    document.add_paragraph("召开会议。", style="List Number")
    document.add_paragraph("开展宣传。", style="List Number")
    path = tmp_path / "styled.docx"
    document.save(str(path))
    assert read_text(path).split("\n") == [
        "某镇2023年法治建设工作计划",
        "1.召开会议。",
        "2.开展宣传。",
    ]


def test_headers_and_footers_are_left_out(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "某区人民政府文件"
    document.sections[0].footer.paragraphs[0].text = "— 1 —"
    document.add_paragraph("一、加强领导")
    path = tmp_path / "hf.docx"
    document.save(str(path))
    assert read_text(path) == "一、加强领导"


def test_merged_cells_repeat_their_text(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    values = [
        ["序号", "工作任务", "牵头单位"],
        ["一、依法行政", "清理文件", "区司法局"],
        ["", "公开清单", "区委编办"],
    ]
    for row, texts in zip(table.rows, values, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    title = document.add_table(rows=1, cols=3)
    title.cell(0, 0).merge(title.cell(0, 2)).text = "重点任务"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert read_text(path).split("\n") == [
        "|序号|工作任务|牵头单位|",
        "|一、依法行政|清理文件|区司法局|",
        "|一、依法行政|公开清单|区委编办|",
        "|重点任务|重点任务|重点任务|",
    ]


@pytest.mark.parametrize(
    ("number", "number_format", "shown"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (19, "chineseCountingThousand", "十九"),
        (20, "chineseCountingThousand", "二十"),
        (105, "chineseCountingThousand", "一百零五"),
        (110, "chineseCountingThousand", "一百一十"),
        (3, "chineseLegalSimplified", "叁"),
        (11, "ideographTraditional", "甲"),
        (7, "decimalEnclosedCircle", "⑦"),
        (21, "decimalEnclosedCircle", "21"),
        (4, "upperRoman", "IV"),
        (28, "lowerLetter", "bb"),
        (9, "decimalZero", "09"),
        (12, "decimalFullWidth", "１２"),
        (2024, "ideographDigital", "二〇二四"),
        (5, "somethingNew", "5"),
        (999_999_999, "lowerLetter", "999999999"),
        (-2, "chineseCounting", "-2"),
    ],
)
def test_format_number(number, number_format, shown):
    assert format_number(number, number_format) == shown


def test_a_docx_without_a_document_part_is_a_parse_error(tmp_path):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}"/>')
    with pytest.raises(rulegov.ParseError, match="has no main document part"):
        read_text(path)


def test_broken_xml_names_line_and_column(tmp_path):
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W}">\n<w:body><w:p></w:body>')
    with pytest.raises(rulegov.ParseError, match="XML that cannot be read") as caught:
        read_text(path)
    assert caught.value.line == 2
    assert caught.value.column is not None


def test_hostile_documents_read_in_bounded_time_and_memory(tmp_path):
    deep = (
        "<w:sdt><w:sdtContent>" * 10_000 + paragraph("深", 0) + "</w:sdtContent></w:sdt>" * 10_000
    )
    wide = (
        '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr>'
        "<w:p><w:r><w:t>宽</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    huge_start = numbering_xml(levels=[("lowerLetter", "%1.")]).replace(
        '<w:start w:val="1"/>', '<w:start w:val="999999999"/>'
    )
    path = write_docx(tmp_path / "hostile.docx", deep + wide, huge_start)
    lines = read_text(path).split("\n")
    assert lines[0] == "999999999.深"
    assert lines[1] == "|" + "|".join(["宽"] * 64) + "|"
