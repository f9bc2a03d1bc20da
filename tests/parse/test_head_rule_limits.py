"""A title, an issuer and a date as a reader sees them, where a rule of the head overreached.

Letters glued to a title are its own, a title's subject spaced apart from its year is no page's
column, a part's label over its items is no rest of a title, joint issuers who sign under the
text date it as one issuer does, a seal's note is cut where the printed name ends, and a line
of many fields is read in linear time.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from growth import LINEAR, growth

ITEMS = "一、推进依法行政。\n二、加强执法监督。\n"


@pytest.mark.parametrize(
    "title",
    [
        "XX县2024年普法工作要点",  # the genre's placeholder for a place's name
        "ABC县2024年普法工作要点",
        "Word版某县2024年普法工作要点",
    ],
)
def test_latin_letters_glued_to_a_title_are_the_titles_own(title: str) -> None:
    assert rulegov.parse_plan(f"{title}\n\n{ITEMS}").title == title


def test_a_placeholder_place_keeps_its_letters_in_a_notices_issuer_and_title() -> None:
    heading = "XX县人民政府关于印发XX县法治政府建设实施方案的通知"
    read = rulegov.parse_plan(f"{heading}\n\n{ITEMS}")
    assert (read.title, read.issuer) == ("XX县法治政府建设实施方案", "XX县人民政府")


@pytest.mark.parametrize("mark", ["NEW ", "ABC ", "[PDF]", "PDF"])
def test_a_mark_set_apart_before_a_title_is_still_the_copys(mark: str) -> None:
    title = "某县2024年普法工作要点"
    assert rulegov.parse_plan(f"{mark}{title}\n\n{ITEMS}").title == title


@pytest.mark.parametrize("subject", ["法治政府建设", "全面依法治县", "普法依法治理"])
@pytest.mark.parametrize("rest", ["2024年工作要点", "2024年度工作计划", "2024年实施方案"])
def test_a_titles_subject_spaced_apart_from_its_year_and_kind_is_no_column(
    subject: str, rest: str
) -> None:
    read = rulegov.parse_plan(f"{subject} {rest}\n\n{ITEMS}")
    assert read.title == subject + rest


@pytest.mark.parametrize("column", ["通知公告", "政务公开"])
def test_a_column_spaced_apart_before_a_title_with_its_subject_is_still_the_pages(
    column: str,
) -> None:
    title = "某县2024年法治政府建设工作要点"
    assert rulegov.parse_plan(f"{column} {title}\n\n{ITEMS}").title == title


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("某县法治政府建设实施方案", "任务分工"),
        ("某县2024年普法工作要点", "重点任务清单"),
        ("某县2024年普法工作要点", "责任分解"),
    ],
)
@pytest.mark.parametrize("items", [ITEMS, "（一）推进依法行政。\n（二）加强执法监督。\n"])
def test_a_label_right_over_numbered_items_is_no_part_of_a_whole_title(
    title: str, label: str, items: str
) -> None:
    assert rulegov.parse_plan(f"{title}\n{label}\n{items}").title == title


def test_joint_issuers_who_sign_under_the_text_date_it_over_the_pages_field() -> None:
    signed = "某县2024年普法工作要点\n一、推进依法行政。\n二、加强执法监督。\n"
    for organs, signature in (
        ("某县司法局", "某县司法局"),
        ("某县司法局、某县教育局", "某县司法局\u3000\u3000某县教育局"),
    ):
        text = f"发文机关:{organs}\n成文日期:2023年6月1日\n{signed}{signature}\n2023年5月10日"
        read = rulegov.parse_plan(text)
        assert (read.issuer, read.issued_on) == (organs, dt.date(2023, 5, 10))


@pytest.mark.parametrize("seal", ["（盖章）", "(盖章)", "（印章）"])
def test_a_seals_note_is_cut_where_the_printed_name_ends(seal: str) -> None:
    signature = f"某县㈠司法局{seal}\u3000\u3000某县教育局{seal}"
    read = rulegov.parse_plan(f"某县2024年普法工作要点\n{ITEMS}{signature}\n2023年5月10日\n")
    assert read.issuer == "某县㈠司法局、某县教育局"
    assert read.issued_on == dt.date(2023, 5, 10)


def test_a_line_of_many_fields_is_read_in_linear_time() -> None:
    def read(fields: int) -> None:
        rulegov.parse_plan("来源:某县 作者:张三 " * fields + f"\n某县2024年普法工作要点\n{ITEMS}")

    assert growth(read, 500) < LINEAR  # four times the fields, not sixteen times the time
