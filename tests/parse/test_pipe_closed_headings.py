"""Headings copied from a table printed a cell a line, each cell closed by its pipe.

A web page's table copied as text may print each cell on a line of its own, closed by the pipe
that parted it from the next (``一、紧扣大局,进一步深化政务公开 |``). The pipe closes the cell,
not the heading's words: the section or task is titled without it.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = "2021年政务公开工作主要任务分解表\n工作任务 |\n工作要求 |\n牵头单位 |\n责任单位 |\n"


@pytest.mark.parametrize(
    "pipe",
    [" |", "|", " ｜", "  |  "],
    ids=["space-pipe", "pipe", "full-width", "spaced"],
)
def test_a_part_heading_is_titled_without_its_cell_pipe(pipe: str) -> None:
    text = (
        HEAD
        + f"一、紧扣“十四五”开好局起好步,进一步深化政务公开{pipe}\n|||\n|\n"
        + f"二、紧扣宏观政策落地见效,进一步深化政务公开{pipe}\n|||\n"
    )
    plan = rulegov.parse_plan(text)
    assert [(section.number, section.title) for section in plan.sections] == [
        ("一", "紧扣“十四五”开好局起好步,进一步深化政务公开"),
        ("二", "紧扣宏观政策落地见效,进一步深化政务公开"),
    ]


@pytest.mark.parametrize("pipe", [" |", "|"], ids=["space-pipe", "pipe"])
def test_measures_and_items_are_titled_without_their_cell_pipe(pipe: str) -> None:
    text = (
        HEAD
        + f"一、深化重点领域信息公开{pipe}\n"
        + f"(一)加强规划信息公开{pipe}\n"
        + f"1.做好规划实施情况公开{pipe}\n"
        + f"2.推进政策解读{pipe}\n"
    )
    plan = rulegov.parse_plan(text)
    assert [child.title for child in plan.sections[0].children] == ["加强规划信息公开"]
    assert [task.title for task in plan.tasks] == ["做好规划实施情况公开", "推进政策解读"]


def test_a_heading_of_nothing_but_its_pipe_takes_no_number_for_its_title() -> None:
    text = (
        "2021年任务分解表\n工作任务 |\n责任单位 |\n一、主要任务 |\n"
        "(一) |\n1 |\n推进某事 |\n(二) |\n2 |\n开展某某行动 |\n"
    )
    plan = rulegov.parse_plan(text)
    assert [section.title for section in plan.sections] == ["主要任务"]
    titles = [task.title for task in plan.tasks]
    assert len(titles) == 2  # each measure (一), (二) stays a task of its own
    assert not {"1", "2", "（一）", "（二）", "(一)", "(二)"} & set(titles)
