"""Stable plan ids: the same document gives the same id, and plans of one corpus stay apart."""

from __future__ import annotations

import re

from rulegov.model import plan_id


def test_the_document_number_comes_first_whatever_else_is_known():
    known = plan_id(
        title="工作要点",
        doc_number="盐开法办〔2023〕3号",
        issuer="区依法治区办",
        year=2023,
        source="a/b.txt",
    )
    assert known == "盐开法办-2023-3-3e476c"
    # read again from another file, the same document keeps its id
    assert plan_id(title="工作要点", doc_number="盐开法办〔2023〕3号", source="other.pdf") == known


def test_issuer_and_year_stand_in_for_a_missing_or_empty_document_number():
    assert plan_id(title="工作要点", issuer="区依法治区办", year=2023) == "区依法治区办-2023-3e476c"
    assert plan_id(title="工作要点", doc_number="〔〕号", issuer="区依法治区办", year=2023) == (
        "区依法治区办-2023-3e476c"
    )
    # an issuer without a year does not identify a plan
    assert plan_id(title="工作要点", issuer="区依法治区办").startswith("plan-")


def test_the_file_name_without_folder_or_suffix_comes_next():
    assert plan_id(title="A", source=r"C:\docs\2023年要点.docx") == "2023年要点-06f961"
    assert plan_id(title="A", source="https://x.gov.cn/art/2023/要点.html") == "要点-06f961"


def test_two_plans_of_one_issuer_in_one_year_stay_apart():
    first = plan_id(title="2023年工作要点", issuer="区依法治区办", year=2023)
    second = plan_id(title="2023年普法工作要点", issuer="区依法治区办", year=2023)
    assert first != second
    assert first.rsplit("-", 1)[0] == second.rsplit("-", 1)[0] == "区依法治区办-2023"
    # the date of issue tells apart two plans of one title
    assert plan_id(title="A") != plan_id(title="A", issued_on="2023-05-10")


def test_an_id_is_letters_digits_and_hyphens():
    ident = plan_id(title="《法治》", doc_number="某政办发〔2023〕12号 ", source="x/y z.txt")
    assert re.fullmatch(r"[\w-]+", ident)
    assert ident.startswith("某政办发-2023-12-")


def test_a_title_with_a_lone_surrogate_has_an_id_too():
    # before: a bare UnicodeEncodeError from hashing the title
    assert plan_id(title="工作\ud800要点") == plan_id(title="工作\ud800要点")
    assert plan_id(title="工作\ud800要点") != plan_id(title="工作\udc80要点")
    assert plan_id(title="工作要点", issuer="区依法治区办", year=2023) == "区依法治区办-2023-3e476c"
