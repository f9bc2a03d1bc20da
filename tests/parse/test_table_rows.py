"""Large task tables in every printing: each row is read once, and each task gets its row."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.parse._table_rows import TableRows
from rulegov.parse._text import split_lines

HEADER = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")
ROWS = 900


def _rows(count: int) -> list[list[str]]:
    task, lead, helping = "开展第{}项法治宣传活动，推进依法行政", "区司法局", "区政府办、区财政局"
    return [
        [str(n), task.format(n), lead, helping, f"2024年{n % 12 + 1}月底前"]
        for n in range(1, count + 1)
    ]


def _pipes(rows: list[list[str]], header: tuple[str, ...] = HEADER) -> list[str]:
    return ["|" + "|".join(cells) + "|" for cells in [list(header), *rows]]


def _printed(printing: str, count: int = ROWS) -> str:
    """A task-division table of ``count`` rows, printed as a page or a copy prints it."""
    rows = _rows(count)
    if printing == "tabs":
        lines = ["\t".join(cells) for cells in [list(HEADER), *rows]]
    elif printing == "runs of spaces":
        lines = ["    ".join(cells) for cells in [list(HEADER), *rows]]
    elif printing == "one cell a line":
        lines = [*HEADER, *(cell for cells in rows for cell in cells)]
    elif printing == "one cell a line, blank lines between":
        lines = ["\n\n".join([*HEADER, *(cell for cells in rows for cell in cells)])]
    elif printing == "one cell a line, no numbers":
        lines = [*HEADER[1:], *(cell for cells in rows for cell in cells[1:])]
    elif printing == "a two-row header":
        lines = ["|序号|工作任务|责任单位||完成时限|", "|||牵头单位|配合单位||", *_pipes(rows)[1:]]
    elif printing == "a category merged, its cell left empty":
        categories = ["依法行政" if n % 10 == 0 else "" for n in range(count)]
        lines = _pipes(
            [[c, *cells] for c, cells in zip(categories, rows, strict=True)], ("类别", *HEADER)
        )
    elif printing == "a category merged, its cell left out":
        lines = _pipes([], ("类别", *HEADER))
        lines += [
            "|" + "|".join(["依法行政"] * (n % 10 == 0) + r) + "|" for n, r in enumerate(rows)
        ]
    elif printing == "the task column empty, the text under 具体措施":
        header = ("序号", "工作任务", "具体措施", "牵头单位", "完成时限")
        lines = _pipes([[r[0], "", r[1], r[2], r[4]] for r in rows], header)
    else:
        lines = _pipes(rows)
    return "\n".join(["某区2024年法治政府建设工作任务分工", *lines]) + "\n"


PRINTINGS = (
    "pipes",
    "tabs",
    "runs of spaces",
    "one cell a line, blank lines between",
    "one cell a line, no numbers",
    "a two-row header",
    "a category merged, its cell left empty",
    "a category merged, its cell left out",
    "the task column empty, the text under 具体措施",
)


@pytest.mark.parametrize("printing", PRINTINGS)
def test_every_row_of_a_large_table_is_a_task_the_last_with_its_units(printing: str) -> None:
    tasks = rulegov.parse_plan(_printed(printing)).tasks
    assert len(tasks) == ROWS
    if "left out" not in printing:  # rows a cell shorter than the header: their cells shift
        assert f"第{ROWS}项" in tasks[-1].title
        assert tasks[-1].lead_units == ["区司法局"]


@pytest.mark.parametrize("printing", ["one cell a line", "one cell a line, blank lines between"])
def test_a_table_copied_one_cell_a_line_reads_its_rows_numbered_past_999(printing: str) -> None:
    tasks = rulegov.parse_plan(_printed(printing, 1_005)).tasks
    assert len(tasks) == 1_005  # the rows after the 999th were run into it
    assert [task.title[:8] for task in tasks[998:1_001]] == [
        "开展第999项法",
        "开展第1000项",
        "开展第1001项",
    ]
    assert tasks[-1].lead_units == ["区司法局"]
    assert "第1005项" in tasks[-1].title


def test_a_figure_of_four_digits_alone_in_a_cell_is_no_rows_number() -> None:
    rows = [[str(n), f"开展第{n}项法治宣传活动", "区司法局", "2024"] for n in (1, 2, 3)]
    text = "某区法治工作方案\n序号\n工作任务\n牵头单位\n完成时限"
    plan = rulegov.parse_plan(text + "\n" + "\n".join(cell for row in rows for cell in row))
    assert [task.title for task in plan.tasks] == [f"开展第{n}项法治宣传活动" for n in (1, 2, 3)]
    assert all(task.lead_units == ["区司法局"] for task in plan.tasks)


def test_a_wide_table_copied_one_cell_a_line_without_numbers_makes_a_task_a_row() -> None:
    header = (
        *("考核项目", "二级指标", "三级任务", "工作任务", "具体措施", "牵头单位", "责任单位"),
        *("配合单位", "督办单位", "责任领导", "完成时限", "分值", "评分标准", "扣分", "备注"),
    )
    cells = [("加强法治政府建设督察工作", "区司法局", "2024年底前")[n % 3] for n in range(1_200)]
    plan = rulegov.parse_plan("\n".join(["某区法治工作方案", "附件", *header, *cells]))
    assert len(plan.tasks) == 400
    assert all(task.title == "加强法治政府建设督察工作" for task in plan.tasks)


class _CountedRows(list[tuple[object, list[tuple[int, int]]]]):
    """A table's rows that count how often one of them is looked at."""

    looked = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self.looked += 1
        return super().__getitem__(index)


def _table(count: int, cells: str) -> TableRows:
    lines = split_lines("\n".join(cells.format(n) for n in range(count)))
    rows = _CountedRows()
    for line in lines:
        bounds, start = [], 0
        for part in line.text.split("|"):
            bounds.append((start, start + len(part)))
            start += len(part) + 1
        rows.append((line, bounds))
    return TableRows(rows, {0: "number", 1: "title", 2: "measures"})  # type: ignore[arg-type]


def test_whether_a_row_opens_a_task_is_told_without_reading_the_rows_above() -> None:
    rows = _table(2_000, "{0}||开展第{0}项工作")  # the title column empty in every row
    counted = rows.rows
    assert isinstance(counted, _CountedRows)
    counted.looked = 0
    assert rows.starts_task(1_999)
    assert counted.looked < 10


def test_a_heading_found_in_no_row_is_looked_for_without_reading_every_row() -> None:
    rows = _table(2_000, "{0}|开展第{0}项工作|区司法局")  # no row of a heading alone
    counted = rows.rows
    assert isinstance(counted, _CountedRows)
    counted.looked = 0
    assert rows.claim_heading("一、依法行政") is None
    assert counted.looked == 0
