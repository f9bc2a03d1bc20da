"""Text and web pages in Big5 (traditional characters) are read as Big5, not as GB18030 garble.

Big5 bytes read as GB18030 without an error, but as kana, Greek and Cyrillic letters and
private-use characters among the Chinese: before, such a file gave a plan of garbled titles.
"""

from __future__ import annotations

import pytest

from rulegov.io import read_plan_bytes
from rulegov.io._bytes import chinese_text, decode

TRADITIONAL = (
    "某縣2023年法治政府建設工作要點\n一、加強組織領導\n1.召開縣委全面依法治縣委員會會議。"
    "牽頭單位：縣司法局\n2.開展普法宣傳。牽頭單位：縣委宣傳部\n"
)
SIMPLIFIED = (
    "某县2023年法治政府建设工作要点\n一、加强组织领导\n1.召开县委全面依法治县委员会会议。"
    "牵头单位：县司法局\n2.开展普法宣传。牵头单位：县委宣传部\n"
)


@pytest.mark.parametrize("codec", ["big5", "big5hkscs", "cp950"])
def test_a_big5_file_reads_as_its_characters(codec):
    plan = read_plan_bytes(TRADITIONAL.encode(codec), source="要點.txt")
    assert plan.title == "某縣2023年法治政府建設工作要點"
    assert [task.lead_units for task in plan.tasks] == [["縣司法局"], ["縣委宣傳部"]]


def test_a_big5_page_without_a_charset_reads_as_its_characters():
    page = f"<html><body><div id='zoom'><p>{TRADITIONAL.replace(chr(10), '</p><p>')}</p></div>"
    plan = read_plan_bytes(f"{page}</body></html>".encode("big5"), source="要點.html")
    assert plan.title == "某縣2023年法治政府建設工作要點"
    assert len(plan.tasks) == 2


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "utf-8"])
def test_simplified_text_reads_as_before(codec):
    assert decode(SIMPLIFIED.encode(codec)) == SIMPLIFIED
    assert chinese_text(SIMPLIFIED.encode(codec)) == SIMPLIFIED


def test_gbk_text_with_a_few_letters_of_other_scripts_stays_gbk():
    text = SIMPLIFIED + "附：α系数、β系数、Ω、Ж、ア、○○○\n" + SIMPLIFIED * 3
    assert decode(text.encode("gb18030")) == text


@pytest.mark.parametrize(
    "text",
    ["α级风险", "β系数为0.5", "法治政府建设重点任务α、β、γ三类", "ПДФ文件", "Ⅰ类、Ⅱ类风险点"],
)
def test_gbk_text_with_greek_or_cyrillic_letters_stays_gbk(text):
    assert decode(text.encode("gbk")) == text
