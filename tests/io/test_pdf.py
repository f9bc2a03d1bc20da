"""PDFs with a text layer: paragraphs joined, page furniture dropped, tables as rows; scans refused."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import rulegov
from rulegov.io import read_text
from rulegov.io._pdf import join_lines

pytest.importorskip("pdfplumber")

DATA = Path(__file__).parent / "data"


def test_lines_broken_inside_paragraphs_are_joined_and_furniture_dropped():
    lines = read_text(DATA / "plan.pdf").split("\n")
    assert lines[0] == "金昌市创建全国法治政府建设示范市实施方案"
    assert lines[1].startswith("为加快推进法治金昌建设")
    assert "《法治政府建设实施纲要（2021—2025年）》" in lines[1]
    assert lines[1].endswith("制定本实施方案。")
    assert "一、总体要求" in lines
    assert "牵头单位：市委编办" in lines
    assert not [line for line in lines if "— " in line or "人民政府文件" in line]


def test_a_real_report_keeps_cover_lines_table_rows_and_paragraphs_apart():
    lines = read_text(DATA / "shenzhen_gender_2021.pdf").split("\n")
    assert lines[:4] == [
        "2021 年深圳市社会性别统计报告",
        "深圳市统计局",
        "深圳市妇女儿童工作委员会",
        "深圳市性别平等促进办公室",
    ]
    # rows of a table without rules stay one to a line
    assert "南山区 122.12 62.50 59.62 104.83" in lines
    assert "宝安区 91.01 44.94 46.07 97.55" in lines
    # a paragraph wrapped over three lines on page 3 is one line again
    assert (
        "2021 年，深圳市户籍迁入人口 38.24 万人，其中女性20.94 万人，性别比为 82.62。"
        "户籍迁出人口 4.21 万人，其中女性 1.93 万人，性别比为 118.13。"
    ) in lines
    # the page numbers at the head of each page are gone
    assert not [line for line in lines if line.strip().isdigit()]


def test_a_pdf_plan_reads_as_tasks():
    plan = rulegov.read_plan(DATA / "plan.pdf")
    assert plan.title == "金昌市创建全国法治政府建设示范市实施方案"
    assert [(task.number, task.title, task.lead_units) for task in plan.tasks] == [
        ("1", "推进政府机构职能优化协同高效", ["市委编办"]),
        ("2", "深入推进“放管服”改革", ["市政务服务中心"]),
        ("3", "加强重点领域立法", ["市司法局"]),
    ]


def test_ruled_tables_become_pipe_rows():
    assert read_text(DATA / "table.pdf").split("\n") == [
        "附件：金昌市法治政府建设重点任务分工表",
        "|序号|工作任务|牵头单位|完成时限|",
        "|1|全面实行政府权责清单制度|市委编办|2025年6月底前|",
        "|2|推行审批服务“马上办、网上办”|市政务服务中心|2025年9月底前|",
        "|3|制定修订地方性法规和政府规章|市司法局|2025年12月底前|",
    ]
    plan = rulegov.read_plan(DATA / "table.pdf")
    assert [task.lead_units for task in plan.tasks] == [
        ["市委编办"],
        ["市政务服务中心"],
        ["市司法局"],
    ]


def test_a_scan_says_it_needs_ocr():
    with pytest.raises(
        rulegov.ParseError, match=r"no text layer .* it is a scan; run OCR"
    ) as caught:
        read_text(DATA / "scan.pdf")
    assert caught.value.source == str(DATA / "scan.pdf")


def test_an_encrypted_pdf_says_so():
    with pytest.raises(rulegov.ParseError, match="the PDF is encrypted"):
        rulegov.read_plan(DATA / "encrypted.pdf")


def test_a_damaged_pdf_is_one_parse_error(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes((DATA / "plan.pdf").read_bytes()[:900])
    with pytest.raises(rulegov.ParseError) as caught:
        read_text(path)
    assert caught.value.source == str(path)


def test_a_pdf_named_txt_is_read_as_pdf(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes((DATA / "plan.pdf").read_bytes())
    assert read_text(path).startswith("金昌市创建全国法治政府建设示范市实施方案\n")


def test_without_the_extra_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    with pytest.raises(rulegov.MissingExtraError, match=r"pip install 'rulegov\[pdf\]'"):
        read_text(DATA / "plan.pdf")


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            [
                ("一、总体要求", False),
                ("坚持以习近平新时代中国特色社会主义思想为", True),
                ("指导。", False),
            ],
            ["一、总体要求", "坚持以习近平新时代中国特色社会主义思想为指导。"],
        ),
        (
            [("牵头单位：市委编办，配合单位：各县区人民", True), ("政府", False)],
            ["牵头单位：市委编办，配合单位：各县区人民政府"],
        ),
        (
            [("全面推行审批服务“马上办、网上办”，持续", True), ("（二）深入推进改革", False)],
            ["全面推行审批服务“马上办、网上办”，持续", "（二）深入推进改革"],
        ),
        (
            [("制定本实施方案。", True), ("一、总体要求", False)],
            ["制定本实施方案。", "一、总体要求"],
        ),
        (
            [("applies the Administrative", True), ("Licensing Law", False)],
            ["applies the Administrative Licensing Law"],
        ),
        ([("实施纲要（2021—20", True), ("25年）", False)], ["实施纲要（2021—2025年）"]),
        (
            [("第一条 为了规范", True), ("第二条 本办法", False)],
            ["第一条 为了规范", "第二条 本办法"],
        ),
    ],
)
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


def _pdf(pages: list[list[tuple[int, str]]]) -> bytes:
    """A PDF of CJK lines, each at its height from the page's foot, in a standard CID font."""
    objects = [
        (
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
            "/DescendantFonts [2 0 R] >>"
        ),
        (
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
            "<< /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 3 0 R >>"
        ),
        (
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] "
            "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
        ),
        "",  # the page tree, once the pages are numbered
    ]
    kids = []
    for lines in pages:
        stream = "\n".join(
            f"BT /F1 12 Tf 60 {height} Td <{text.encode('utf-16-be').hex()}> Tj ET"
            for height, text in lines
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(
            f"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 1 0 R >> >> /Contents {len(objects)} 0 R >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[3] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    objects.append("<< /Type /Catalog /Pages 4 0 R >>")
    data = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += f"{number} 0 obj\n{body}\nendobj\n".encode()
    table = "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    data += (
        f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n{table}trailer\n"
        f"<< /Size {len(objects) + 1} /Root {len(objects)} 0 R >>\nstartxref\n{len(data)}\n%%EOF\n"
    ).encode()
    return data


def test_a_title_repeated_as_the_running_header_of_later_pages_is_kept(tmp_path):
    title = "某县2024年法治建设工作要点"
    path = tmp_path / "要点.pdf"
    path.write_bytes(
        _pdf(
            [
                [
                    (776, title),
                    (752, "一、加强组织领导"),
                    (728, "1.召开工作会议。牵头单位：县司法局"),
                ],
                [
                    (820, title),
                    (776, "二、推进依法行政"),
                    (752, "2.完善决策制度。责任单位：县政府办"),
                ],
            ]
        )
    )
    plan = rulegov.read_plan(path)
    assert plan.title == title
    assert [task.title for task in plan.tasks] == ["召开工作会议", "完善决策制度"]
    assert read_text(path).count(title) == 1  # page 2's running header is dropped
