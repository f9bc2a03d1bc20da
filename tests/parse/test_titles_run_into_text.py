"""A plan's name that a copy ran into its text, read without the text.

A copy that prints no heading of its own may run the plan's name into its first sentence: after
the period that closes the name (``…总体规划(2021—2025)数字政府是…``, ``…实施方案(2021-2025年)为
深入…``), or after the 【】 that hold it (``【学校法制工作计划和实施方案】为加强…``). The name
stands in for the title, without the text.
"""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "甘肃省数字政府建设总体规划(2021—2025)数字政府是以新一代信息技术为支撑的政府。",
            "甘肃省数字政府建设总体规划(2021—2025)",
        ),
        (
            "某县法治政府建设实施方案(2021-2025年)为深入推进依法行政,制定本方案。",
            "某县法治政府建设实施方案(2021-2025年)",
        ),
        (
            "某市法治宣传教育规划（2021—2025年）全民普法是长期基础性工作。",
            "某市法治宣传教育规划（2021—2025年）",
        ),
        (
            "【学校法制工作计划和实施方案】为加强学校法治教育,提升师生法律意识。",
            "学校法制工作计划和实施方案",
        ),
        ("【某社区普法工作计划】根据上级要求,结合实际,制定本计划。", "某社区普法工作计划"),
    ],
    ids=[
        "period-then-noun",
        "period-then-为",
        "full-width-period",
        "marks-then-为",
        "marks-then-根据",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_a_name_run_into_the_text_stands_in_without_the_text(
    line: str, title: str, gap: str
) -> None:
    text = gap.join(
        [line, "一、总体要求", "（一）指导思想。文字。", "二、主要任务", "（一）加强领导。文字。"]
    )
    assert rulegov.parse_plan(text + gap).title == title


def test_a_sentence_that_names_a_plan_in_its_words_is_no_title_run_on() -> None:
    # no period closes the name and no opening follows it: the line stands in as it reads
    line = "本区的法治建设规划已经完成并报送上级审定"
    plan = rulegov.parse_plan(line + "\n一、总体要求\n（一）指导思想。文字。\n")
    assert plan.title == line
