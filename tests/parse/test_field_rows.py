"""Disclosure fields printed as a row of labels over a row of values."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

_TITLE = "某区2023年法治政府建设工作要点"
_BODY = "为深入推进依法行政，制定本要点。\n一、加强组织领导\n健全工作机制。\n二、推进依法决策\n落实合法性审查。\n"

_HEAD_ROWS = [
    # two columns, runs of spaces
    ("发文机关    成文日期\n某区人民政府办公室    2023年5月10日\n", True, True),
    # three columns, tabs
    ("索引号\t发文机关\t成文日期\n001-2023-0012\t某区人民政府办公室\t2023年5月10日\n", True, True),
    # four columns, runs of spaces
    (
        (
            "索引号  发文机关  成文日期  发布时间\n"
            "001-2023-0012  某区人民政府办公室  2023年5月10日  2023年5月12日\n"
        ),
        True,
        True,
    ),
    # four columns, full-width spaces, published first
    (
        (
            "发布时间\u3000\u3000发文机关\u3000\u3000成文日期\u3000\u3000索引号\n"
            "2023年5月12日\u3000\u3000某区人民政府办公室\u3000\u30002023年5月10日\u3000\u3000001-2023-0012\n"
        ),
        True,
        True,
    ),
    # five columns, tabs
    (
        (
            "索引号\t发文字号\t发文机关\t成文日期\t发布时间\n"
            "001-2023-0012\t某区政办发〔2023〕12号\t某区人民政府办公室\t2023年5月10日\t2023年5月12日\n"
        ),
        True,
        True,
    ),
    # two columns with the publication date only: no date is the document's
    ("发文机关\t发布时间\n某区人民政府办公室\t2023年5月12日\n", True, False),
    # a table's pipes
    (
        (
            "| 索引号 | 发文机关 | 成文日期 | 发布时间 |\n"
            "| 001-2023-0012 | 某区人民政府办公室 | 2023年5月10日 | 2023年5月12日 |\n"
        ),
        True,
        True,
    ),
    # a blank line between the labels and their values
    (
        "索引号  发文机关  成文日期\n\n001-2023-0012  某区人民政府办公室  2023年5月10日\n",
        True,
        True,
    ),
    # index number first, issuer second
    ("索引号   发文机关\n001-2023-0012   某区人民政府办公室\n", True, False),
]


@pytest.mark.parametrize(("rows", "has_issuer", "has_date"), _HEAD_ROWS)
def test_a_row_of_labels_over_a_row_of_values_at_the_head_fills_the_fields(
    rows: str, has_issuer: bool, has_date: bool
) -> None:
    plan = rulegov.parse_plan(rows + _TITLE + "\n" + _BODY)
    assert plan.title == _TITLE
    assert plan.issuer == ("某区人民政府办公室" if has_issuer else None)
    assert plan.issued_on == (dt.date(2023, 5, 10) if has_date else None)


@pytest.mark.parametrize(
    "rows",
    [
        "发文机关\t成文日期\n某区人民政府\t2023年5月10日\n",
        "发文机关  成文日期\n某区人民政府  2023年5月10日\n",
        "成文日期\t\t发文机关\n2023年5月10日\t\t某区人民政府\n",
        "发文机关\u3000\u3000成文日期\n某区人民政府\u3000\u30002023年5月10日\n",
    ],
)
def test_a_row_of_two_labels_over_two_values_under_the_text_fills_the_fields(
    rows: str,
) -> None:
    plan = rulegov.parse_plan(_TITLE + "\n" + _BODY + rows)
    assert plan.title == _TITLE
    assert plan.issuer == "某区人民政府"
    assert plan.issued_on == dt.date(2023, 5, 10)


@pytest.mark.parametrize("gap", ["\t\t", "\t", "\u3000\u3000", "    "])
def test_two_signers_on_one_line_over_one_date_in_a_notice_are_both_issuers(
    gap: str,
) -> None:
    plan = rulegov.parse_plan(
        "关于印发某区2023年法治政府建设工作要点的通知\n"
        "各镇人民政府，区政府各部门：\n"
        "现将《某区2023年法治政府建设工作要点》印发给你们，请认真贯彻落实。\n"
        f"中共某区委办公室{gap}某区人民政府办公室\n"
        "2023年5月10日\n" + _TITLE + "\n" + _BODY
    )
    assert plan.issuer == "中共某区委办公室、某区人民政府办公室"
    assert plan.issued_on == dt.date(2023, 5, 10)


@pytest.mark.parametrize("gap", ["\t", "  ", "\u3000\u3000"])
def test_a_number_under_its_label_in_a_row_of_values_is_the_documents(gap: str) -> None:
    labels = gap.join(["索引号", "发文字号", "发文机关", "发布时间"])
    values = gap.join(
        ["001-2023-0012", "某区政办发〔2023〕12号", "某区人民政府办公室", "2023年5月12日"]
    )
    plan = rulegov.parse_plan(labels + "\n" + values + "\n" + _TITLE + "\n" + _BODY)
    assert plan.doc_number == "某区政办发〔2023〕12号"
    assert plan.issuer == "某区人民政府办公室"
    assert plan.issued_on is None
