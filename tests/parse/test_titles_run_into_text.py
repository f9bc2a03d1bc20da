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


# the printings of a period a copy may give: brackets half or full width, the dash, 年 or none
PERIODS = ["(2021—2025年)", "（2021—2025年）", "(2021-2025)", "（2021–2025年）"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            (
                "XX县法治政府建设规划{period}中期评估工作方案为做好规划中期评估工作,根据上级要求,"
                "制定本方案。"
            ),
            "XX县法治政府建设规划{period}中期评估工作方案",
        ),
        (
            "某市法治政府建设规划{period}重点任务分工方案为抓好规划落实,现制定本方案。",
            "某市法治政府建设规划{period}重点任务分工方案",
        ),
        (
            "某县“八五”普法规划{period}中期评估工作方案为了解规划实施情况,制定本方案。",
            "某县“八五”普法规划{period}中期评估工作方案",
        ),
        (
            "某区贯彻落实法治政府建设规划{period}的实施方案为深入推进依法行政,制定本方案。",
            "某区贯彻落实法治政府建设规划{period}的实施方案",
        ),
    ],
    ids=["evaluation-of-a-plan", "division-of-a-plan", "quoted-short-name", "carrying-out-a-plan"],
)
@pytest.mark.parametrize("period", PERIODS)
def test_a_plan_named_inside_the_name_does_not_cut_it(line: str, title: str, period: str) -> None:
    # the first …规划(2021—2025年) names the plan this one evaluates or carries out: the name
    # goes on to the 方案 the text calls 本方案
    text = line.format(period=period) + "\n一、总体要求\n（一）指导思想。文字。\n"
    plan = rulegov.parse_plan(text)
    assert plan.title == title.format(period=period)
    assert plan.title.endswith("方案")


@pytest.mark.parametrize(
    "line",
    [
        "为贯彻落实某县法治政府建设规划{period}部署要求结合实际制定本方案",
        "根据某市法治宣传教育规划{period}确定的任务制定本计划",
        "贯彻落实某省法治社会建设规划{period}的各项任务",
        "《某县法治政府建设规划{period}》中期评估工作方案为做好评估,制定本方案。",
    ],
    ids=["为-cites", "根据-cites", "贯彻落实-cites", "book-marks"],
)
@pytest.mark.parametrize("period", PERIODS)
def test_a_cited_plan_is_not_the_title(line: str, period: str) -> None:
    # a line that opens as a sentence, or names the plan after a citing verb or in 《》, cites
    # the plan: its name is not the title
    text = line.format(period=period) + "\n一、总体要求\n（一）指导思想。文字。\n"
    plan = rulegov.parse_plan(text)
    assert not plan.title.endswith(period.translate(str.maketrans("（）", "()")))
    assert not plan.title.endswith(period)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "?愛國衛生2024年工作計劃隨著2024年的到來,我們將繼續秉承愛國衛生運動的精神。",
            "愛國衛生2024年工作計劃",
        ),
        (
            "某县2024年普法工作计划随着新一年的到来,我们将深入推进普法工作。",
            "某县2024年普法工作计划",
        ),
        ("？某区2025年政务公开工作要点为深入贯彻条例,制定本要点。", "某区2025年政务公开工作要点"),
        ("\ufffd某镇2023年安全生产工作方案根据上级要求,制定本方案。", "某镇2023年安全生产工作方案"),
    ],
    ids=["traditional-after-lost-mark", "随着", "full-width-question-mark", "replacement-char"],
)
def test_a_name_run_into_its_text_after_a_lost_character(line: str, title: str) -> None:
    # a copy prints ? (or the replacement character) for a character it could not encode
    plan = rulegov.parse_plan(f"{line}一、工作目标1.加强整治。二、主要任务1.开展宣传。\n")
    assert plan.title == title
