"""A task-division table is read into its tasks and units however a copy flattened it.

The same table (groups over numbered tasks, a lead and a responsible column, a deadline) is
printed as the copies of a web page, a PDF or a Word file print it: one cell a line, rows of
tabs or of runs of spaces, pipe rows, the whole table on one line, with each group's heading
numbered in its own cell, merged across the row, or not numbered at all.
"""

from __future__ import annotations

import pytest

import rulegov

TITLE = "某市2024年法治政府建设重点任务分工方案"
GROUPS = [
    (
        "一",
        "深入推进依法行政",
        [
            (
                "全面推进严格规范公正文明执法，加大执法力度",
                "市司法局",
                "市城管局、市市场监管局",
                "2024年12月底前",
            ),
            ("深化行政复议体制改革，提升复议公信力", "市司法局", "市政府办公室", "2024年6月底前"),
        ],
    ),
    (
        "二",
        "加强法治社会建设",
        [
            ("加强行政规范性文件合法性审核", "市财政局", "市审计局", "长期坚持"),
            (
                "推进政务诚信建设，健全失信惩戒机制",
                "市发展改革委",
                "市市场监管局、市公安局",
                "2024年9月底前",
            ),
        ],
    ),
]
HEADER = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]


def _rows(group: str, *, restart: bool = False) -> list[list[str]]:
    """The table's rows, header first; ``group`` says how a group's heading is printed."""
    rows = [HEADER]
    number = 0
    for numeral, words, tasks in GROUPS:
        number = 0 if restart else number
        heading = {
            "merged": [f"{numeral}、{words}"],
            "bare number": [numeral, words],
            "number and mark": [f"{numeral}、", words],
            "words alone": [words],
            "none": [],
        }[group]
        if heading:
            rows.append(heading + [""] * (len(HEADER) - len(heading)))
        for text, lead, responsible, deadline in tasks:
            number += 1
            rows.append([str(number), text, lead, responsible, deadline])
    return rows


def _cells_a_line(rows: list[list[str]]) -> str:
    return "\n".join(cell for row in rows for cell in row if cell)


def _pipes(rows: list[list[str]]) -> str:
    return "\n".join("|" + "|".join(row) + "|" for row in rows)


def _expected() -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (text, sorted([(lead, "lead"), *((name, "responsible") for name in others.split("、"))]))
        for _, _, tasks in GROUPS
        for text, lead, others, _ in tasks
    ]


def _read(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    plan = rulegov.parse_plan(f"{TITLE}\n{text}\n")
    return [
        (task.title, sorted((a.unit_name, a.role.value) for a in task.assignments))
        for task in plan.tasks
    ]


@pytest.mark.parametrize("group", ["bare number", "number and mark", "words alone", "merged"])
@pytest.mark.parametrize("restart", [False, True], ids=["numbers run on", "numbers restart"])
def test_group_headings_of_a_table_a_cell_a_line_keep_its_tasks(group: str, restart: bool):
    assert _read(_cells_a_line(_rows(group, restart=restart))) == _expected()


@pytest.mark.parametrize("group", ["bare number", "number and mark", "words alone"])
def test_group_headings_of_a_table_a_cell_a_line_open_sections(group: str):
    plan = rulegov.parse_plan(f"{TITLE}\n{_cells_a_line(_rows(group))}\n")
    assert [section.title for section in plan.sections] == ["深入推进依法行政", "加强法治社会建设"]
    assert [len(section.tasks) for section in plan.sections] == [2, 2]


def test_a_unit_cell_after_a_row_is_no_group_heading():
    # the row's units printed one a line: the last name is the row's, not the next group's
    rows = _rows("none")
    rows[1][3] = "市城管局\n市市场监管局"
    plan = rulegov.parse_plan(f"{TITLE}\n{_cells_a_line(rows)}\n")
    assert plan.sections == []
    assert [a.unit_name for a in plan.tasks[0].assignments] == [
        "市司法局",
        "市城管局",
        "市市场监管局",
    ]


@pytest.mark.parametrize("restart", [False, True], ids=["numbers run on", "numbers restart"])
def test_unnumbered_group_rows_of_a_numbered_table_open_sections(restart: bool):
    plan = rulegov.parse_plan(f"{TITLE}\n{_pipes(_rows('words alone', restart=restart))}\n")
    assert [section.title for section in plan.sections] == ["深入推进依法行政", "加强法治社会建设"]
    assert [
        (task.title, sorted((a.unit_name, a.role.value) for a in task.assignments))
        for task in plan.tasks
    ] == _expected()
    assert not [d for d in plan.diagnostics if d.code == "table-row"]
