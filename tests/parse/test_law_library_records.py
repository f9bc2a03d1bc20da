"""A law library's record in 【】 over a regulation: its fields, its bullets and its version label.

Law libraries print a regulation under a record of fields in 【】 (【发布部门】, 【发布文号】,
【发布日期】, 【生效日期】, 【文件来源】, 【所属类别】), as a list whose lines open with a dash or a
bullet, and print the regulation's name with the label of the version they hold, its year bare
(`(2007修正)`, `(2018修订)`). The record's number is the document's number and its source no
title; the version label is the library's, no part of the title, while a status the document
prints itself names its year (`(2024年修订)`) and stays.
"""

from __future__ import annotations

import pytest

import rulegov

_TEXT = (
    "第一章 总则\n"
    "第一条 为了加强法治宣传教育,根据有关法律法规,制定本条例。\n"
    "第二章 任务与职责\n"
    "第五条 法治宣传教育的基本任务:\n"
    "(一)宣传宪法;\n"
    "(二)宣传法律法规。\n"
)


@pytest.mark.parametrize(
    "record",
    [
        (  # a dash list, as a library's page prints its record
            "- 【发布部门】某省\n- 【发布文号】某省人民代表大会常务委员会公告第12号\n"
            "- 【发布日期】2018-03-30\n- 【生效日期】2018-05-01\n- 【失效日期】--\n"
            "- 【文件来源】某省人大常委会\n- 【所属类别】地方法规\n"
        ),
        (  # the same fields under bullets
            "• 【发布部门】某省\n• 【发布文号】某省人民代表大会常务委员会公告第12号\n"
            "• 【发布日期】2018-03-30\n• 【文件来源】某省人大常委会\n"
        ),
        (  # in traditional characters, the dash run onto the bracket
            "-【發布部門】某省\n-【發布文號】某省人民代表大會常務委員會公告第12號\n"
            "-【發布日期】2018-03-30\n-【文件來源】某省人大常委會\n"
        ),
    ],
)
def test_the_record_gives_the_number_under_its_bullets(record: str) -> None:
    plan = rulegov.parse_plan(record + "某省法治宣传教育条例\n" + _TEXT)
    assert plan.title == "某省法治宣传教育条例"
    assert plan.doc_number is not None
    assert plan.doc_number.endswith("公告第12号") or plan.doc_number.endswith("公告第12號")


@pytest.mark.parametrize("label", ["(2007修正)", "(2018修订)", "(2015修改)", "(2007修訂)"])
def test_the_version_label_is_no_part_of_the_title(label: str) -> None:
    record = "- 【发布文号】某省人民代表大会常务委员会公告第12号\n- 【发布日期】2018-03-30\n"
    name = "某省法治宣传教育条例"
    plan = rulegov.parse_plan(record + name + label + "\n" + name + label + "\n" + _TEXT)
    assert plan.title == name


def test_a_status_that_names_its_year_stays_in_the_title() -> None:
    name = "某县行政执法公示制度(2024年修订)"
    plan = rulegov.parse_plan("某县人民政府办公室\n" + name + "\n\n" + _TEXT)
    assert plan.title == name
