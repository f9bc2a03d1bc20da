"""A task-division table is read into its tasks and units however a copy flattened it.

The same table (groups over numbered tasks, a lead and a responsible column, a deadline) is
printed as the copies of a web page, a PDF or a Word file print it: one cell a line, rows of
tabs or of runs of spaces, pipe rows, the whole table on one line, with each group's heading
numbered in its own cell, merged across the row, or not numbered at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import rulegov
from growth import LINEAR, growth

if TYPE_CHECKING:
    from collections.abc import Callable

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


def _tabs(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row).rstrip("\t") for row in rows)


def _spaces(rows: list[list[str]]) -> str:
    return "\n".join("    ".join(cell for cell in row if cell) for row in rows)


def _one_line(gap: str) -> Callable[[list[list[str]]], str]:
    def printed(rows: list[list[str]]) -> str:
        return gap.join(cell for row in rows for cell in row if cell)

    return printed


def _header_then_one_line(rows: list[list[str]]) -> str:
    return "\t".join(rows[0]) + "\n" + "\t".join(cell for row in rows[1:] for cell in row if cell)


ONE_LINE = {
    "tabs": _one_line("\t"),
    "runs of spaces": _one_line("    "),
    "header, then the rows on one line": _header_then_one_line,
}


@pytest.mark.parametrize("printing", list(ONE_LINE))
@pytest.mark.parametrize("group", ["none", "merged", "bare number"])
def test_a_whole_table_on_one_line_gives_its_tasks(printing: str, group: str):
    assert _read(ONE_LINE[printing](_rows(group))) == _expected()


def test_a_caption_before_a_table_on_one_line_stays_the_tables():
    text = "附件\t重点任务分工表\t" + _one_line("\t")(_rows("merged"))
    assert _read(text) == _expected()


def test_a_line_of_labels_and_values_is_no_table_on_one_line():
    text = "索引号\t001\t发布机构\t市司法局\t成文日期\t2024-03-01\t文号\t市司发〔2024〕1号"
    plan = rulegov.parse_plan(f"{TITLE}\n{text}\n")
    assert plan.tasks == []


@pytest.mark.parametrize("printer", [_tabs, _spaces], ids=["tab rows", "rows lined up with spaces"])
@pytest.mark.parametrize("group", ["words alone", "merged"])
def test_group_headings_between_rows_keep_the_table_open(
    printer: Callable[[list[list[str]]], str], group: str
):
    plan = rulegov.parse_plan(f"{TITLE}\n{printer(_rows(group))}\n")
    assert [section.title for section in plan.sections] == ["深入推进依法行政", "加强法治社会建设"]
    assert [
        (task.title, sorted((a.unit_name, a.role.value) for a in task.assignments))
        for task in plan.tasks
    ] == _expected()


def test_group_headings_between_rows_lined_up_without_numbers_keep_the_table_open():
    rows = [row[1:] if row[1] else row[:1] for row in _rows("merged")]
    plan = rulegov.parse_plan(f"{TITLE}\n{_spaces(rows)}\n")
    assert [section.title for section in plan.sections] == ["深入推进依法行政", "加强法治社会建设"]
    assert len(plan.tasks) == 4


def _many_rows(n: int) -> list[list[str]]:
    work = [
        [str(number), f"加强第{number}项工作，提升水平", "市司法局", "市法院", "年底前"]
        for number in range(1, n + 1)
    ]
    return [HEADER, *work]


@pytest.mark.parametrize("printing", ["tabs", "runs of spaces"])
def test_reading_a_table_on_one_line_is_linear(printing: str):
    def parse(n: int) -> None:
        rulegov.parse_plan(f"{TITLE}\n{ONE_LINE[printing](_many_rows(n))}\n")

    assert growth(parse, 40) < LINEAR


def test_reading_group_headings_a_cell_a_line_is_linear():
    def parse(n: int) -> None:
        rows = [HEADER]
        for group in range(n):
            rows.append(["一", f"第{group}组工作", "", "", ""])
            rows.extend(_many_rows(3)[1:])
        rulegov.parse_plan(f"{TITLE}\n{_cells_a_line(rows)}\n")

    assert growth(parse, 15) < LINEAR


PAGE_NUMBERS = ["- 2 -", "— 2 —", "第 1 页 共 2 页", "第1页"]


@pytest.mark.parametrize("page", PAGE_NUMBERS)
@pytest.mark.parametrize("at", [4, 5], ids=["between a row's cells", "after a row's units"])
def test_a_page_number_between_cells_of_a_table_a_cell_a_line_is_no_unit(page: str, at: int):
    lines = _cells_a_line(_rows("none")).split("\n")
    text = "\n".join([*lines[:at], page, *lines[at:]])
    assert _read(text) == _expected()


@pytest.mark.parametrize("gap", ["\t", "    "], ids=["tabs", "runs of spaces"])
@pytest.mark.parametrize("cut", [8, 11, 13])
def test_a_table_on_one_line_that_a_copy_broke_in_two_gives_its_tasks(gap: str, cut: int):
    cells = [cell for row in _rows("merged") for cell in row if cell]
    assert _read(gap.join(cells[:cut]) + "\n" + gap.join(cells[cut:])) == _expected()


BY_UNIT = [
    ("市司法局", ["推进严格规范公正文明执法", "深化行政复议体制改革"]),
    ("市财政局", ["加强预算信息公开", "推进政务诚信建设"]),
]


def _by_unit_rows(*, numbered: bool) -> list[list[str]]:
    """A 责任清单 with its units column first, each unit's cell merged over its tasks' rows."""
    rows = [[*(["序号"] if numbered else []), "责任单位", "工作任务", "完成时限"]]
    number = 0
    for unit, tasks in BY_UNIT:
        for index, task in enumerate(tasks):
            number += 1
            cells = [unit if index == 0 else "", task, "年底前"]
            rows.append([*([str(number)] if numbered else []), *cells])
    return rows


BY_UNIT_PRINTINGS = {
    "pipes": _pipes,
    "tabs": _tabs,
    "a cell a line": _cells_a_line,
    "one line": _one_line("\t"),
}


@pytest.mark.parametrize("printing", list(BY_UNIT_PRINTINGS))
@pytest.mark.parametrize("numbered", [True, False], ids=["numbered", "unnumbered"])
def test_a_units_column_merged_over_the_tasks_after_it_names_each_tasks_units(
    printing: str, numbered: bool
):
    text = BY_UNIT_PRINTINGS[printing](_by_unit_rows(numbered=numbered))
    assert _read(text) == [
        (task, [(unit, "responsible")]) for unit, tasks in BY_UNIT for task in tasks
    ]


def test_a_blank_units_cell_after_the_task_column_names_no_unit():
    rows = [["序号", "工作任务", "责任单位", "完成时限"]]
    rows += [["1", "推进严格规范公正文明执法", "市司法局", "年底前"]]
    rows += [["2", "深化行政复议体制改革", "", "年底前"]]
    assert _read(_pipes(rows)) == [
        ("推进严格规范公正文明执法", [("市司法局", "responsible")]),
        ("深化行政复议体制改革", []),
    ]


@pytest.mark.parametrize("colon", ["：", ":"])
def test_the_first_units_over_their_items_under_the_title_are_no_address(colon: str):
    text = f"{TITLE}\n" + "\n".join(
        f"{unit}{colon}\n" + "\n".join(f"{i}.{task}。" for i, task in enumerate(tasks, 1))
        for unit, tasks in BY_UNIT
    )
    plan = rulegov.parse_plan(text)
    assert plan.recipients == []
    assert [[a.unit_name for a in task.assignments] for task in plan.tasks] == [
        [unit] for unit, tasks in BY_UNIT for _ in tasks
    ]


def test_an_address_over_numbered_requirements_stays_the_address():
    text = f"{TITLE}\n各乡镇人民政府：\n1.推进严格规范公正文明执法。\n2.深化行政复议体制改革。\n"
    plan = rulegov.parse_plan(text)
    assert plan.recipients == ["各乡镇人民政府"]


def _broken(rows: list[list[str]], column: int, at: str) -> str:
    """Tab rows whose cell in ``column`` a copy broke over two lines after ``at``."""
    lines = ["\t".join(rows[0])]
    for row in rows[1:]:
        cells = list(row)
        cells[column] = cells[column].replace(at, at + "\n", 1) if at else cells[column]
        lines.append("\t".join(cells))
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("column", "at"), [(1, "推进"), (1, "，"), (3, "、")], ids=["task", "task at a comma", "units"]
)
def test_tab_rows_whose_cells_break_over_lines_are_read_whole(column: int, at: str):
    assert _read(_broken(_rows("none"), column, at)) == _expected()


def test_a_sentence_after_a_tab_table_is_no_cell_of_its_last_row():
    rows = _rows("none")
    rows[-1] = rows[-1][:3]  # the last row prints no responsible units nor deadline
    plan = rulegov.parse_plan(f"{TITLE}\n{_tabs(rows)}\n各单位要高度重视，认真抓好落实。\n")
    assert [a.unit_name for a in plan.tasks[-1].assignments] == ["市发展改革委"]


@pytest.mark.parametrize("umbrella", ["责任分工", "责任单位"])
def test_a_two_row_header_printed_a_cell_a_line_keeps_each_roles_column(umbrella: str):
    header = ["序号", "工作任务", umbrella, "牵头单位", "责任单位", "完成时限"]
    body = [cell for row in _rows("none")[1:] for cell in row if cell]
    assert _read("\n".join([*header, *body])) == _expected()
