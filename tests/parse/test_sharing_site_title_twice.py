"""A sharing site's copy: its title and the document's heading run together on the first line.

A document-sharing site prints the title of its copy, then the document's text from its heading
on, and the copy lost the line break between the two, and the one after the heading: the first
chunk (`1、`) opens with the name twice in a row, then the addressee and the body
(某镇2020年度法治政府建设情况报告某镇2020年度法治政府建设情况报告区政府:根据…). The name is the
title; the addressee after it is the recipient, as on a line of its own.
"""

from __future__ import annotations

import rulegov

NAME = "某镇2020年度法治政府建设情况报告及2021年工作方案"
BODY = (
    "区政府:根据《法治政府建设实施纲要(2015-2020年)》的规定,某镇依法全面履行政府职能。"
    "现将本镇2020年度法治政府建设工作的主要情况报告如下:一、基本情况2020年,某镇扎实推进"
    "法治建设。二、主要做法(一)加强政务公开一是完善政务公开制度。"
)


def test_the_name_twice_in_a_row_is_the_title() -> None:
    chunks = f"1、{NAME}{NAME}{BODY}二、主要做法(一)加强政务公开一是完善\n2、政务公开制度。"
    plan = rulegov.parse_plan(chunks)
    assert plan.title == NAME
    assert list(plan.recipients) == ["区政府"]


def test_without_the_chunk_number() -> None:
    plan = rulegov.parse_plan(f"{NAME}{NAME}{BODY}")
    assert plan.title == NAME
    assert list(plan.recipients) == ["区政府"]


def test_a_name_printed_once_is_read_as_before() -> None:
    plan = rulegov.parse_plan(f"{NAME}\n{BODY}")
    assert plan.title == NAME


def test_words_twice_in_a_row_that_name_no_document_are_no_title() -> None:
    plan = rulegov.parse_plan(f"加强领导加强领导。{BODY}")
    assert plan.title != "加强领导"
