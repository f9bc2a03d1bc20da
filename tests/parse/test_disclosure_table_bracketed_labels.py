"""A disclosure table in pipes whose labels stand in square brackets.

A county's disclosure page prints its fields as a table in pipes, two fields a row, and the
same fields again one a row, each label in square brackets as the lists of bracketed fields
print them (``| [ 索引号 ] | 115002300/2026-00009 | [ 发文字号 ] | 无 |``). The rows are the
page's fields: the heading under them is the title, the 成文日期 the date of issue, and no row
is read as the title.
"""

from __future__ import annotations

import pytest

import rulegov

HEADING = "某县某镇人民政府2025年法治政府建设情况报告"
BODY = "2025年,某镇坚持依法行政。现将有关情况报告如下:\n一、主要举措和成效\n(一)强化学习\n"

TWO_A_ROW = (
    "| [ 索引号 ] | 11500230008689607X/2026-00009 | [ 发文字号 ] | 无 |\n"
    "| [ 主题分类 ] | 公安、安全、司法、法制 | [ 体裁分类 ] | 工作报告 |\n"
    "| [ 发布机构 ] | 某县某镇人民政府 | [ 有效性 ] | |\n"
    "| [ 成文日期 ] | 2026-02-11 | [ 发布日期 ] | 2026-02-12 |\n"
)
ONE_A_ROW = (
    "| [ 索引号 ] | 11500230008689607X/2026-00009 |\n"
    "| [ 发文字号 ] | 无 |\n"
    "| [ 发布机构 ] | 某县某镇人民政府 |\n"
    "| [ 成文日期 ] | 2026-02-11 |\n"
    "| [ 发布日期 ] | 2026-02-12 |\n"
)


@pytest.mark.parametrize(
    "block",
    [
        TWO_A_ROW,
        ONE_A_ROW,
        TWO_A_ROW + ONE_A_ROW,
        TWO_A_ROW.replace("[ ", "【").replace(" ]", "】"),
    ],
    ids=["two-a-row", "one-a-row", "both", "lenticular-brackets"],
)
def test_a_table_of_bracketed_labels_is_the_pages_fields(block: str) -> None:
    plan = rulegov.parse_plan(block + HEADING + "\n" + BODY)
    assert plan.title == HEADING
    assert plan.issuer == "某县某镇人民政府"
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2026-02-11"
    assert plan.doc_number is None


def test_a_bracketed_cell_that_is_no_label_stays_a_tables() -> None:
    text = (
        "某县2024年法治工作要点\n"
        "| 序号 | 工作任务 | 责任单位 |\n"
        "| 1 | [重点]加强法治宣传 | 县司法局 |\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.title == "某县2024年法治工作要点"
