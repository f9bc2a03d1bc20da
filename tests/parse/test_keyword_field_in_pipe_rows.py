"""A disclosure row in pipes that closes with its keywords field left empty: the page's fields.

A county site prints a notice's fields as rows in pipes, two fields a row, each label run
against its value and each row closed by a pipe (``发文字号:某政办发〔2024〕3号 | 发布日期:… |``).
The keywords field goes by 关键字 as well as 关键词, often left empty and its letters spaced
(``发文机关:某县人民政府办公室 | 关 键 字: |``): that row is the page's like the others, and the
notice below it (its addressees, body, signature and date, and the plan's title) is read as the
notice it is. Before, 关键字 was no label: the row was taken for the plan's title and the notice
under it for body text.
"""

from __future__ import annotations

import datetime as dt

import rulegov

NOTICE = (
    "发文字号:某政办发〔2024〕3号 | 发布日期:2024-10-12 |\n"
    "发文机关:某县人民政府办公室 | 关 键 字: |\n"
    "各乡(镇)人民政府,县直各有关单位:\n"
    "《某县全面推行证明事项告知承诺制工作实施方案》已经县人民政府同意,现印发给你们,请认真贯彻执行。\n"
    "某县人民政府办公室\n"
    "2024年10月9日\n"
    "某县全面推行证明事项告知承诺制工作实施方案\n"
    "为深化改革,制定本方案。\n"
    "一、总体要求\n"
    "坚持以人民为中心。"
)


def test_a_row_closed_by_an_empty_keywords_field_is_the_pages() -> None:
    plan = rulegov.parse_plan(NOTICE)
    assert plan.title == "某县全面推行证明事项告知承诺制工作实施方案"
    assert plan.issuer == "某县人民政府办公室"
    assert plan.issued_on == dt.date(2024, 10, 9)
    assert plan.recipients == ["各乡(镇)人民政府", "县直各有关单位"]


def test_the_keywords_label_unspaced_and_with_a_value_is_the_pages_too() -> None:
    plan = rulegov.parse_plan(NOTICE.replace("关 键 字: |", "关键字:告知承诺 |"))
    assert plan.title == "某县全面推行证明事项告知承诺制工作实施方案"
    assert plan.issuer == "某县人民政府办公室"


def test_a_keyword_word_inside_a_sentence_stays_the_texts() -> None:
    plan = rulegov.parse_plan(
        "某县全面推行证明事项告知承诺制工作实施方案\n"
        "一、主要任务\n"
        "(一)规范检索。在目录中按关键字:名称、编号检索事项。"
    )
    assert [task.title for task in plan.tasks] == ["规范检索"]
