"""A task table's header printed again over its rows: over a page, a sheet, or a table of its own.

A table printed over several pages repeats its header on each (and often its title, or 续表);
tables pasted one under another each bring their own header. Such a row is no task: before,
the grid reader made a task ``序号`` whose lead unit was ``牵头单位``.
"""

from __future__ import annotations

import pytest

from rulegov.errors import ParseError
from rulegov.io import read_task_rows
from rulegov.parse import read_grid

HEADER = ["序号", "工作任务", "牵头单位", "完成时限"]
FIRST = ["1", "开展法治培训", "区司法局", "2023年6月底前"]
SECOND = ["2", "推进普法宣传", "区委宣传部", "2023年9月底前"]


def _tasks(plan):
    return [(task.number, task.title, task.lead_units) for task in plan.tasks]


EXPECTED = [("1", "开展法治培训", ["区司法局"]), ("2", "推进普法宣传", ["区委宣传部"])]


@pytest.mark.parametrize(
    "between",
    [
        pytest.param([HEADER], id="header"),
        pytest.param([["序 号", "工作任务：", "牵头单位", "完成时限"]], id="header-spaced"),
        pytest.param([["某区2023年法治建设任务分工表（续）", "", "", ""], HEADER], id="title"),
        pytest.param([["续表"], HEADER], id="continued"),
        pytest.param([["", "", "", ""], HEADER], id="blank-row"),
    ],
)
def test_a_header_printed_again_is_no_task(between):
    grid = [HEADER, FIRST, *between, SECOND]
    plan = read_grid(grid)
    assert _tasks(plan) == EXPECTED
    assert [unit.name for unit in plan.units] == ["区司法局", "区委宣传部"]
    again = [d for d in plan.diagnostics if "again" in d.message]
    assert again, "the rows passed over are reported"
    assert all(d.code == "table-header" and d.line > 2 for d in again)


def test_a_two_row_header_printed_again_is_no_task():
    top = ["序号", "工作任务", "责任单位", ""]
    under = ["", "", "牵头单位", "配合单位"]
    grid = [top, under, ["1", "开展法治培训", "区司法局", "区法院"], top, under]
    grid.append(["2", "推进普法宣传", "区委宣传部", "区教育局"])
    plan = read_grid(grid)
    assert [(t.title, t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        ("开展法治培训", ["区司法局"], ["区法院"]),
        ("推进普法宣传", ["区委宣传部"], ["区教育局"]),
    ]


def test_a_header_of_other_columns_reads_the_rows_below_it_by_those():
    grid = [["序号", "工作任务", "牵头单位"], ["1", "开展法治培训", "区司法局"]]
    grid += [["序号", "重点任务", "责任单位", "完成时限"], ["2", "推进普法宣传", "区法院", "6月底"]]
    plan = read_grid(grid, year=2023)
    first, second = plan.tasks
    assert first.lead_units == ["区司法局"]
    assert first.timeframe is None
    assert [(a.unit_name, a.role.value) for a in second.assignments] == [("区法院", "responsible")]
    assert second.timeframe is not None
    assert second.timeframe.due.isoformat() == "2023-06-30"


def test_a_numbered_row_over_a_header_is_still_a_section():
    grid = [HEADER, FIRST, ["二、普法宣传", "", "", ""], HEADER, SECOND]
    plan = read_grid(grid)
    assert [section.title for section in plan.sections] == ["普法宣传"]
    assert [task.title for task in plan.sections[0].tasks] == ["推进普法宣传"]


def test_rows_as_mappings_and_as_lists_agree():
    rows = [HEADER, FIRST, HEADER, SECOND]
    mappings = [dict(zip(HEADER, row, strict=True)) for row in rows[1:]]
    assert _tasks(read_task_rows(rows)) == _tasks(read_task_rows(mappings)) == EXPECTED


def test_a_row_of_data_that_uses_one_heading_word_is_still_a_task():
    # one heading word in a row of data does not make it a header
    grid = [HEADER, FIRST, ["2", "工作任务", "区委宣传部", "2023年9月底前"]]
    assert [task.title for task in read_grid(grid).tasks] == ["开展法治培训", "工作任务"]


def test_a_bad_cell_below_a_header_printed_again_is_named_by_its_row():
    grid = [HEADER, FIRST, HEADER, ["2", "推进普法宣传", "区委宣传部", "下个世纪"]]
    with pytest.raises(ParseError) as caught:
        read_grid(grid, year=2023)
    assert (caught.value.line, caught.value.column) == (4, 4)
