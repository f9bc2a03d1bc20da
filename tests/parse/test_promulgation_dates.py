"""A law library's day of promulgation (颁布日期, 公布时间) dates a document that prints no date.

A law site or a wiki prints its record of a document over the text: the organ, the number, the
day it was promulgated. Where the document prints no date of its own (no signature's date, no
成文日期), that day is its date of issue; a signature's date wins over it, and a page's day of
posting (发布日期) is never one.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from notices import DAY, NOTICE, ORGAN, PLAN


@pytest.mark.parametrize(
    "record",
    [
        "颁布日期:2023-05-10 | 失效日期: |\n",
        "颁布单位:某区人民政府办公室 | 文号:某办发〔2023〕5号 |\n颁布日期:2023-05-10 | 失效日期: |\n",
        "•【公布日期】2023.05.10\n•【施行日期】2023.05.10\n",
        "  • 頒布時間:2023年5月10日\n",
        "| 索引号 | 001/2023-00012 | 公布时间 | 2023-05-10 |\n",
        "公布時間：2023年05月10日\n",
        "颁布时间:2023-05-10\n",
    ],
    ids=["pipe-row", "field-rows", "bracketed", "wiki-traditional", "table", "full-width", "time"],
)
def test_a_day_of_promulgation_dates_an_undated_document(record: str) -> None:
    for text in (record + NOTICE + PLAN, record + PLAN):
        assert rulegov.parse_plan(text).issued_on == DAY


@pytest.mark.parametrize(
    "record",
    ["颁布日期:2023-05-01 | 失效日期: |\n", "•【公布日期】2023.05.01\n"],
    ids=["pipe-row", "bracketed"],
)
def test_the_signature_date_wins_over_the_day_of_promulgation(record: str) -> None:
    text = record + NOTICE + f"{ORGAN}\n2023年5月10日\n" + PLAN
    assert rulegov.parse_plan(text).issued_on == DAY


@pytest.mark.parametrize(
    "record", ["发布日期:2023-05-12\n", "发布时间: 2023-05-12 10:31\n", "失效日期:2023-05-12\n"]
)
def test_a_day_of_posting_or_of_expiry_dates_nothing(record: str) -> None:
    assert rulegov.parse_plan(record + NOTICE + PLAN).issued_on is None


def test_a_law_sites_row_of_fields_gives_its_number_and_issuer() -> None:
    record = "颁布单位:某区人民政府办公室 | 文号:某办发〔2023〕5号 |\n颁布日期:2023-05-10 | 失效日期: |\n"
    plan = rulegov.parse_plan(record + NOTICE + PLAN)
    assert (plan.issuer, plan.doc_number, plan.issued_on) == (ORGAN, "某办发〔2023〕5号", DAY)
    assert plan.issued_on == dt.date(2023, 5, 10)


@pytest.mark.parametrize(
    "record",
    ["颁布单位:某区人民政府 | 失效日期: |\n", "发布机构:某区人民政府 | 有效性: |\n"],
    ids=["promulgated-by", "posted-by"],
)
def test_the_organ_of_a_row_of_fields_gives_way_to_the_heading(record: str) -> None:
    plan = rulegov.parse_plan(record + NOTICE + PLAN)
    assert plan.issuer == ORGAN
