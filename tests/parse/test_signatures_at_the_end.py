"""The signature that closes a text with no numbered part, and the dates only its record prints.

A plan or a note printed in paragraphs (no 一、) signs at its end: one organ over its date, or
joint organs one a line over it, also when a date in brackets under the title dated it already.
A signature that names its organ by level (县政府办公室) is the heading's organ, named in full.
A document that prints no date but its record's day of printing (某办  2023年3月1日印发) is
dated by it; a signature's date wins over it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from notices import DAY, NOTICE, ORGAN, PLAN

TITLE = "某县2023年普法依法治理工作要点\n"
PROSE = "近年来，在县委、县政府的坚强领导下，全县法治宣传教育扎实推进。\n今年要继续深化普法工作。\n"


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        ("中共某县委\n某县人民政府\n2023年5月10日\n", "中共某县委、某县人民政府"),
        (
            "中共某县委办公室\n某县人民政府办公室\n二〇二三年五月十日\n",
            "中共某县委办公室、某县人民政府办公室",
        ),
        (
            "某县司法局\n某县教育局\n某县民政局\n2023年5月10日\n",
            "某县司法局、某县教育局、某县民政局",
        ),
        ("中共某县委\n某县人民政府\n2023年5月10日\n（此件公开发布）\n", "中共某县委、某县人民政府"),
        ("某县司法局\n\n某县教育局\n\n2023年5月10日\n", "某县司法局、某县教育局"),
    ],
    ids=["party-and-government", "offices-chinese-date", "three", "public-note", "blank-lines"],
)
def test_joint_organs_stacked_at_the_end_of_a_prose_text_all_sign(
    signature: str, issuer: str
) -> None:
    for head in (TITLE, TITLE + "（2023年5月10日）\n"):
        plan = rulegov.parse_plan(head + PROSE + signature)
        assert (plan.issuer, plan.issued_on) == (issuer, DAY)


@pytest.mark.parametrize(
    "dated",
    ["（2023年5月10日）\n", "（二〇二三年五月十日）\n", "(2023年5月10日县委常委会审议通过)\n"],
    ids=["figures", "chinese", "adopted"],
)
def test_a_prose_text_dated_under_its_title_is_signed_at_its_end(dated: str) -> None:
    plan = rulegov.parse_plan(TITLE + dated + PROSE + "某县司法局\n2023年5月10日\n")
    assert (plan.issuer, plan.issued_on) == ("某县司法局", DAY)


@pytest.mark.parametrize(
    ("heading", "signed"),
    [
        ("某县人民政府办公室", "县政府办公室"),
        ("某县人民政府办公室", "县人民政府办公室"),
        ("某市人民政府", "市人民政府"),
        ("某省人民政府办公厅", "省政府办公厅"),
    ],
)
def test_a_signature_named_by_its_level_is_the_headings_organ(heading: str, signed: str) -> None:
    notice = NOTICE.replace(ORGAN, heading, 1)
    plan = rulegov.parse_plan(notice + f"{signed}\n2023年5月10日\n" + PLAN)
    assert (plan.issuer, plan.issued_on) == (heading, DAY)


def test_a_signature_of_another_organ_is_kept() -> None:
    plan = rulegov.parse_plan(NOTICE + "区司法局\n2023年5月10日\n" + PLAN)
    assert plan.issuer == "区司法局"


@pytest.mark.parametrize(
    "record",
    [
        "抄送：区委各部门，区人大常委会办公室。\n某区人民政府办公室　　　　2023年5月10日印发\n",
        "某区人民政府办公室　　　　2023年5月10日印发\n",
        "抄送：区委办。\n某区人民政府办公室　　二〇二三年五月十日印发\n",
        "抄送：区委办。\n某区人民政府办公室 2023年5月10日印\n",
    ],
    ids=["with-copies", "alone", "chinese", "short-verb"],
)
def test_the_records_day_of_printing_dates_an_undated_document(record: str) -> None:
    for text in (NOTICE + PLAN + "\n" + record, PLAN + "\n" + record):
        assert rulegov.parse_plan(text).issued_on == DAY


def test_the_signatures_date_wins_over_the_day_of_printing() -> None:
    record = "抄送：区委办。\n某区人民政府办公室　　　　2023年5月12日印发\n"
    plan = rulegov.parse_plan(NOTICE + f"{ORGAN}\n2023年5月10日\n" + PLAN + "\n" + record)
    assert plan.issued_on == DAY
    assert plan.issued_on != dt.date(2023, 5, 12)


@pytest.mark.parametrize(
    "record",
    [
        "抄送：区委各部门。\n某区人民政府办公室　　　　2023年5月12日印发\n",
        "某区人民政府办公室　　二〇二三年五月十二日印发\n",
    ],
    ids=["with-copies", "chinese"],
)
def test_a_notice_signed_over_the_plan_after_its_own_parts_wins_over_the_record(
    record: str,
) -> None:
    notice = NOTICE + "一、提高认识。各单位要高度重视。\n二、抓好落实。各单位要认真组织实施。\n"
    text = notice + f"{ORGAN}\n2023年5月10日\n（此件公开发布）\n" + PLAN + "\n" + record
    plan = rulegov.parse_plan(text)
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)
