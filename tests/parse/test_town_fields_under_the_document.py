"""A town a page's field under the document names alone is the issuer where nothing else names one.

Some sites print the disclosure fields after the text (发布机构:某镇 / 成文日期:…). As over the
document, a town, a township, a street office or a development zone publishes in its own name:
the field's place is the issuer where the document prints no organ of its own (no heading's organ,
no signature), with the field's span; a county or a district named alone still names none.
An issuer or a date read from the signature at the end, or from a field under the text, keeps
the span it was read from.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = (
    "关于2025年度法治政府建设情况的报告\n\n2025年,我镇深入推进法治政府建设。\n\n"
    "一、工作开展情况\n\n(一)深耕思想沃土。制定学习方案。\n\n二、下一步工作\n\n继续推进。\n\n"
)
SIGNATURE = "某县某镇人民政府\n2026年1月5日\n\n"


def _fields(place: str) -> str:
    return f"发布机构:{place}\n成文日期:2026年1月5日\n发布日期:2026-01-06\n"


@pytest.mark.parametrize("town", ["某县某镇", "某某街道", "某某乡", "某经济技术开发区"])
def test_a_town_named_alone_under_the_document_is_the_issuer(town: str) -> None:
    text = BODY + _fields(town)
    plan = rulegov.parse_plan(text)
    assert plan.issuer == town
    span = plan.spans["issuer"]
    assert text[span.start : span.end].strip() == town


@pytest.mark.parametrize("place", ["某县", "某区"])
def test_a_county_named_alone_under_the_document_names_no_issuer(place: str) -> None:
    assert rulegov.parse_plan(BODY + _fields(place)).issuer is None


@pytest.mark.parametrize("town", ["某县某镇", "某某街道"])
def test_a_signature_over_the_fields_names_the_issuer(town: str) -> None:
    assert rulegov.parse_plan(BODY + SIGNATURE + _fields(town)).issuer == "某县某镇人民政府"


@pytest.mark.parametrize(
    ("signature", "issuer", "printed"),
    [
        ("某县某镇人民政府\n2026年1月5日\n", "某县某镇人民政府", "某县某镇人民政府"),
        (
            "中共某县某镇委员会\n某县某镇人民政府\n2026年1月5日\n",
            "中共某县某镇委员会、某县某镇人民政府",
            "中共某县某镇委员会\n某县某镇人民政府",
        ),
    ],
)
def test_an_issuer_and_date_read_from_the_signature_keep_their_spans(
    signature: str, issuer: str, printed: str
) -> None:
    # a text printed from its body on names its issuer and date only in its signature: both
    # are facts of the text, each traceable to where it was read
    text = BODY + signature
    plan = rulegov.parse_plan(text)
    assert plan.issuer == issuer
    issuer_span, date_span = plan.spans["issuer"], plan.spans["issued_on"]
    assert text[issuer_span.start : issuer_span.end] == printed
    assert text[date_span.start : date_span.end] == "2026年1月5日"


def test_a_date_read_from_a_field_under_the_document_keeps_its_span() -> None:
    text = BODY + _fields("某某街道")
    span = rulegov.parse_plan(text).spans["issued_on"]
    assert text[span.start : span.end] == "2026年1月5日"


@pytest.mark.parametrize(
    "heading",
    [
        "某市司法局2025年法治政府建设工作报告",
        "某县人民政府2025年度法治政府建设情况报告",
    ],
)
def test_an_issuer_read_from_the_heading_has_the_heading_s_span(heading: str) -> None:
    # a heading that opens with its owner before the year names the issuer there
    text = heading + "\n\n" + BODY.split("\n\n", 1)[1]
    plan = rulegov.parse_plan(text)
    assert plan.issuer is not None
    assert heading.startswith(plan.issuer.split("、")[0])
    span = plan.spans["issuer"]
    assert text[span.start : span.end] == plan.issuer


def test_an_issuer_of_a_heading_with_about_keeps_the_heading_s_span() -> None:
    # the issuer of a heading ``X关于…`` spans the heading, as the notice's issuer does
    text = "某县人民政府关于2025年度法治政府建设情况的报告\n\n" + BODY.split("\n\n", 1)[1]
    plan = rulegov.parse_plan(text)
    span = plan.spans["issuer"]
    assert text[span.start : span.end].startswith(plan.issuer or "-")
