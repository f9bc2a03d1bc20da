"""Write the PDF test files in tests/io/data/ (needs reportlab; run by hand when they change).

The PDFs set the text of real published plans (public government documents, see PROVENANCE.md
beside them) in the printed layout of an official document: a running header, page numbers
``— 1 —`` at the foot, paragraphs wrapped at a fixed width in the middle of sentences, and a
ruled task-division table. They use the Adobe CID font STSong-Light, which reportlab ships, so no
font file is needed. Also written: a page with no text layer (what a scan gives) and a PDF
encrypted with a password.

    python scripts/make_test_pdfs.py
"""

from __future__ import annotations

import pathlib

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

DATA = pathlib.Path(__file__).resolve().parents[1] / "tests" / "io" / "data"
FONT = "STSong-Light"
WIDTH_CHARS = 28
TOP = 780
LINE = 20

# from the Jinchang plan (金政发〔2025〕33号), see PROVENANCE.md
PARAGRAPHS = [
    "金昌市创建全国法治政府建设示范市实施方案",
    "为加快推进法治金昌建设，积极争创全国法治政府建设示范市，根据中共中央国务院《法治政府建设实施纲要（2021—2025年）》精神和中央依法治国办《市县法治政府建设示范指标体系申报指南》要求，结合金昌实际，制定本实施方案。",
    "一、总体要求",
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，认真践行习近平法治思想，着力构建职责明确、依法行政的政府治理体系。",
    "二、主要创建任务",
    "（一）健全政府机构职能体系",
    "1.推进政府机构职能优化协同高效。全面实行政府权责清单制度，动态调整市政府各部门权责清单。",
    "牵头单位：市委编办",
    "2.深入推进“放管服”改革。持续推进行政审批制度改革，全面推行审批服务“马上办、网上办、就近办、一次办”。",
    "牵头单位：市政务服务中心",
    "（二）健全依法行政制度体系",
    "3.加强重点领域立法。围绕城市管理、生态环境保护等领域，每年制定修订地方性法规和政府规章不少于2件。",
    "牵头单位：市司法局",
]
TABLE = [
    ["序号", "工作任务", "牵头单位", "完成时限"],
    ["1", "全面实行政府权责清单制度", "市委编办", "2025年6月底前"],
    ["2", "推行审批服务“马上办、网上办”", "市政务服务中心", "2025年9月底前"],
    ["3", "制定修订地方性法规和政府规章", "市司法局", "2025年12月底前"],
]


def _wrapped(text: str) -> list[str]:
    return [text[i : i + WIDTH_CHARS] for i in range(0, len(text), WIDTH_CHARS)]


def _page_frame(page: canvas.Canvas, number: int) -> None:
    page.setFont(FONT, 9)
    page.drawString(72, 810, "金昌市人民政府文件")
    page.setFont(FONT, 11)
    page.drawCentredString(297, 40, f"— {number} —")


def make_plan(path: pathlib.Path) -> None:
    """The plan over two pages, with a running header and page numbers."""
    page = canvas.Canvas(str(path))
    number = 1
    _page_frame(page, number)
    y = TOP
    for paragraph in PARAGRAPHS:
        for line in _wrapped(paragraph):
            if y < 450:
                page.showPage()
                number += 1
                _page_frame(page, number)
                y = TOP
            page.setFont(FONT, 14)
            page.drawString(72, y, line)
            y -= LINE
    page.showPage()
    page.save()


def make_table(path: pathlib.Path) -> None:
    """A ruled task-division table."""
    page = canvas.Canvas(str(path))
    page.setFont(FONT, 14)
    page.drawString(72, TOP, "附件：金昌市法治政府建设重点任务分工表")
    table = Table(TABLE, colWidths=[40, 200, 110, 100])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    _, height = table.wrapOn(page, 450, 600)
    table.drawOn(page, 72, TOP - 30 - height)
    page.setFont(FONT, 11)
    page.drawCentredString(297, 40, "— 1 —")
    page.showPage()
    page.save()


def make_scan(path: pathlib.Path) -> None:
    """A page of shapes and no text, as a scan gives."""
    page = canvas.Canvas(str(path))
    for row in range(40):  # strokes where a scanner would leave a picture of the text
        page.rect(72, 760 - row * 17, 400 - (row % 5) * 30, 9, fill=1, stroke=0)
    page.showPage()
    page.save()


def make_encrypted(path: pathlib.Path) -> None:
    """A PDF that needs a password."""
    page = canvas.Canvas(str(path), encrypt="secret")
    page.setFont(FONT, 14)
    page.drawString(72, TOP, "一、加强组织领导")
    page.showPage()
    page.save()


def main() -> None:
    """Write every test PDF."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    DATA.mkdir(parents=True, exist_ok=True)
    make_plan(DATA / "plan.pdf")
    make_table(DATA / "table.pdf")
    make_scan(DATA / "scan.pdf")
    make_encrypted(DATA / "encrypted.pdf")
    print(f"wrote 4 PDFs to {DATA}")


if __name__ == "__main__":
    main()
