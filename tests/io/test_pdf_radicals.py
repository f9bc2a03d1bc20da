"""A text layer that writes characters as radicals reads as the characters the page shows."""

from __future__ import annotations

import pytest

import rulegov
from pdfs import pdf_of_lines
from rulegov.io import read_text

pytest.importorskip("pdfplumber")

# 革命文物保护利用工程 的意见 with the code points of the Kangxi radicals and of the simplified
# radical forms (⾰ ⽂ ⽤ ⼯ ⻅ ⺠ ⼀), as a browser's print of a web page can set them
LINES = [
    (760, "关于实施⾰命⽂物保护利⽤⼯程的意⻅"),
    (730, "⼀、重要意义"),
    (700, "⾰命⽂物是中华⺠族的宝贵财富。"),
    (670, "⼆、主要任务"),
    (640, "（⼀）加强保护。做好⾰命⽂物保护。"),
]


def test_radicals_in_a_text_layer_read_as_characters(tmp_path):
    path = tmp_path / "yijian.pdf"
    path.write_bytes(pdf_of_lines([LINES]))
    lines = read_text(path).split("\n")
    assert lines[0] == "关于实施革命文物保护利用工程的意见"
    assert "一、重要意义" in lines
    assert "革命文物是中华民族的宝贵财富。" in lines
    plan = rulegov.read_plan(path)
    assert plan.title == "关于实施革命文物保护利用工程的意见"
    assert [section.number for section in plan.sections] == ["一", "二"]
