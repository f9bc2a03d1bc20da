"""A title a copy prints twice on its first line, the second time run into the preamble.

A sharing site's or a mirror's copy of a Word file may print the document's name, a space,
and the name again with the first sentence run against it
(``X县…行动方案 X县…行动方案根据中央依法治国办…,特制定如下行动方案。``). The title is the
name once; the preamble stays the text's, and the parts below are read as they print.
"""

from __future__ import annotations

import pytest

import rulegov

PREAMBLE = "根据上级有关要求,为纵深推进法治政府建设,特制定如下方案。"
BODY = "一、总体要求\n坚持依法行政。\n二、重点任务\n1.开设宣传专栏。县融媒体中心开设专栏。\n"


@pytest.mark.parametrize(
    "name",
    [
        "X县配合做好法治政府建设示范创建实地核查工作行动方案",
        "某县2024年法治政府建设工作要点",
        "某区2023年普法依法治理工作计划",
        "某县法治政府建设实施方案(2023—2025年)",
    ],
)
@pytest.mark.parametrize("space", [" ", "  ", "\u3000"], ids=["space", "spaces", "ideographic"])
def test_a_title_printed_twice_on_its_line_is_the_title_once(name: str, space: str) -> None:
    plan = rulegov.parse_plan(f"{name}{space}{name}{PREAMBLE}\n{BODY}")
    assert plan.title == name
    assert [section.title for section in plan.sections] == ["总体要求", "重点任务"]


def test_a_title_printed_twice_alone_on_its_line_is_the_title_once() -> None:
    name = "某县2024年法治政府建设工作要点"
    plan = rulegov.parse_plan(f"{name} {name}\n{PREAMBLE}\n{BODY}")
    assert plan.title == name


def test_a_title_before_a_different_text_keeps_the_line_as_it_reads() -> None:
    name = "某县2024年法治政府建设工作要点"
    plan = rulegov.parse_plan(f"{name}\n{PREAMBLE}\n{BODY}")
    assert plan.title == name
    assert [section.title for section in plan.sections] == ["总体要求", "重点任务"]


@pytest.mark.parametrize(
    "name",
    [
        "2024 年全省爱国卫生月活动实施方案",
        "某县 2023 年普法依法治理工作计划",
        "某区 2025 年政务公开工作要点",
    ],
)
def test_a_title_with_a_pdfs_spaces_printed_twice_is_the_title_once(name: str) -> None:
    # a PDF's text keeps a space inside the name (2024 年); the space after the name ends it
    plan = rulegov.parse_plan(f"{name} {name} {PREAMBLE} {BODY}")
    assert plan.title == name.replace(" ", "")


def test_a_title_with_spaces_before_a_different_text_is_not_cut_at_them() -> None:
    name = "2024 年全省爱国卫生月活动实施方案"
    plan = rulegov.parse_plan(f"{name}\n{PREAMBLE}\n{BODY}")
    assert plan.title.replace(" ", "") == name.replace(" ", "")


@pytest.mark.parametrize("times", [2, 3])
@pytest.mark.parametrize(
    "name", ["某乡普法工作计划", "某县2024年法治政府建设工作要点", "某社区普法依法治理实施方案"]
)
def test_a_name_an_extraction_ran_into_itself_is_the_title_once(name: str, times: int) -> None:
    # an extraction of a Word file may print the name over and over with no space between
    plan = rulegov.parse_plan(f"{name * times}\n{PREAMBLE}\n{BODY}")
    assert plan.title == name


def test_a_title_that_only_repeats_a_word_keeps_it() -> None:
    plan = rulegov.parse_plan(f"方案方案\n{PREAMBLE}\n{BODY}")
    assert plan.title == "方案方案"
