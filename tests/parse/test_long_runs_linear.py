"""A line of one mark or word printed thousands of times is read in linear time.

A copy may hold a line of nothing but tabs or spaces (a table's empty cells run together), or
a word its table prints again and again (a header's 分值 over each column). Each pattern that
tries a run from every place it starts and to its end reads such a line in time that grows as
its square; each is now tried from the run's first place only, or a bounded way into it. A run
that was passed over one mark per call (the stars before a task's number) is passed over in one
step: a call per mark ran out of stack on a line of a thousand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import rulegov
from growth import LINEAR, growth

if TYPE_CHECKING:
    from collections.abc import Callable


def _plan_line(line: str) -> str:
    return f"某县法治建设实施方案\n一、主要任务\n1.推进普法。\n{line}\n"


def _scheme_line(line: str) -> str:
    return f"考核细则\n1.建立制度（10分）。{line}\n2.开展培训（5分）。未开展的扣5分。\n"


def _read(text: str) -> object:
    try:
        return rulegov.parse_plan(text) if text.startswith("某县") else rulegov.parse_scheme(text)
    except rulegov.ParseError as error:
        return error


_RUNS: dict[str, Callable[[int], str]] = {
    # a signature's seal is looked for after the spaces before it, from the first of them (the
    # last line may be the signature)
    "plan-tabs": lambda n: _plan_line("序号\t" + "\t" * n + "任务"),
    # a header's words run together are tried a dozen words from each place
    "scheme-header-words": lambda n: _scheme_line("分值" * (n // 2)),
    # the marks that single a task out (★1., *（二）) are passed over in one step, not one call
    # each: a line of a thousand stars raised RecursionError
    "plan-stars": lambda n: _plan_line("*" * n),
    "plan-stars-and-spaces": lambda n: _plan_line("★ " * (n // 2)),
}


@pytest.mark.parametrize("name", list(_RUNS))
def test_a_line_of_one_mark_repeated_is_read_in_linear_time(name: str) -> None:
    make = _RUNS[name]
    assert growth(lambda n: _read(make(n)), 10_000) < LINEAR


def test_a_line_of_a_thousand_organs_run_together_is_read() -> None:
    # joint issuers printed without a space are cut one after another, not by a call for each:
    # a line of 1,500 bureaus run together raised RecursionError
    assert rulegov.parse_plan("区司法局" * 1_500).title


@pytest.mark.parametrize("organ", ["区司法局", "某县人民政府办公室"])
def test_organs_run_together_are_cut_in_linear_time(organ: str) -> None:
    assert growth(lambda n: rulegov.parse_plan(organ * n), 1_000) < LINEAR


def test_a_long_run_of_cells_closed_by_pipes_is_read_in_linear_time() -> None:
    # a copy that keeps a pipe after each cell: the header's closing line of pipes is sought a
    # header's few lines from each line, where the whole run was read from each
    assert growth(lambda n: _read("考核细则\n" + "1.（年|\n" * n), 400) < LINEAR


@pytest.mark.parametrize("line", ["序号" * 2, "序号 ", "某县任务分解表序号"])
def test_a_line_of_serial_headings_is_read_in_linear_time(line: str) -> None:
    # a task table's header glued onto a line's own words (某县任务分解表序号工作任务…) is sought
    # from each 序号 only within a header's length of the line's end, not from each to its end
    assert growth(lambda n: rulegov.parse_plan(line * n), 300) < LINEAR


def test_a_title_printed_many_times_over_its_period_is_read_in_linear_time() -> None:
    """A page that prints a plan's name line after line before the heading with its period."""

    def text(n: int) -> str:
        return (
            "某市法治政府建设实施方案\n" * (n // 13)
            + "（2021—2025年）\n一、总体要求\n（一）加强领导。\n"
        )

    assert rulegov.parse_plan(text(2_000)).title == "某市法治政府建设实施方案（2021—2025年）"
    assert growth(lambda n: rulegov.parse_plan(text(n)), 5_000) < LINEAR


def test_a_run_of_tables_of_cells_closed_by_pipes_is_read_in_linear_time() -> None:
    # tables of cells closed by pipes, one after another, each a header over a row closed by its
    # points: the cells are read as far as a table's rows go, where each header read the run to
    # its end
    table = "序号 |\n项目 |\n内容 |\n分值 |\n1 |\n名称 |\n内容甲 |\n5 |\n"
    assert growth(lambda n: _read("考核细则\n" + table * n), 100) < LINEAR


def test_a_run_of_blank_lines_is_read_in_linear_time() -> None:
    # a heading that names the conditions vetoing a unit (二、否决条件) is sought after each line
    # break over the spaces of its own line only, where blank lines were read to their end
    assert growth(lambda n: _read("考核细则\n1.建立制度（10分）。\n" + "\n" * n), 10_000) < LINEAR
