"""A signature's date in Chinese numerals whose zero a copy printed as a look-alike.

Copies of old notices print the 〇 of a date written in Chinese numerals as whatever their
typist or their font had at hand: a circle (○, ◯), a Latin, Cyrillic or Greek letter O, in
either case. The date is the signature's all the same, and the signers above it sign.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

_NOTICE = (
    "关于印发《2010年全国普法依法治理工作要点》的通知\n"
    "各省、自治区、直辖市司法厅(局):\n"
    "现将《2010年全国普法依法治理工作要点》印发给你们。请结合实际,认真贯彻执行。\n"
    "司法部 全国普法办公室\n"
    "{date}\n"
    "2010年全国普法依法治理工作要点\n"
    "一、深入开展法制宣传教育\n"
    "1、大力加强宪法学习宣传。\n"
)


@pytest.mark.parametrize(
    "date",
    [
        "二〇一〇年一月十五日",  # the zero as the genre prints it
        "二○一○年一月十五日",  # a white circle
        "二◯一◯年一月十五日",  # a large circle
        "二O一O年一月十五日",  # a Latin capital O
        "二Ο一Ο年一月十五日",  # a Greek capital omicron
        "二ο一ο年一月十五日",  # a Greek small omicron
        "二О一О年一月十五日",  # a Cyrillic capital O
        "二Ｏ一Ｏ年一月十五日",  # a full-width Latin O
    ],
)
def test_a_signature_date_reads_whatever_its_zero_looks_like(date: str) -> None:
    plan = rulegov.parse_plan(_NOTICE.format(date=date))
    assert plan.issued_on == dt.date(2010, 1, 15)
    assert plan.issuer == "司法部、全国普法办公室"


@pytest.mark.parametrize(
    "date",
    ["二Ο二一年三月二日", "二ο二一年三月二日", "二◯二一年三月二日"],
)
def test_a_date_of_this_century_reads_too(date: str) -> None:
    plan = rulegov.parse_plan(_NOTICE.format(date=date))
    assert plan.issued_on == dt.date(2021, 3, 2)
