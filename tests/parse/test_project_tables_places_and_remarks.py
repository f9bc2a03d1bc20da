"""Project tables copied a cell a line, and remarks on the tasks below inside a list of units.

- A 民生实事 table's header may name a column by its measure in brackets on the same line
  (``年度投资金额 (万元)``, ``总投资(万元)``) or by words of money or of place (``投资金额``,
  ``建设地点``): they are column headings, so the header and its rows are read as a table,
  its cells closed by bars or not.
- A ``建设地点`` column holds where the work is done: a town's name there (``磨子桥镇``) is a
  place, not the row's unit, even in a row the end of the copy cuts short.
- ``（…牵头单位：X；责任单位：Y，Z，以下均需Z落实，不再逐一列出）``: the words after the last name
  that say the units of the tasks below are a remark, however the copy cuts them (``不再逐``),
  not names of units.
"""

from __future__ import annotations

import pytest

import rulegov

TITLE = "某县2024年十大民生实事项目清单\n"


def _names(plan: rulegov.Plan) -> list[list[str]]:
    return [[a.unit_name or a.unit for a in task.assignments] for task in plan.tasks]


def _table(header: list[str], rows: list[list[str]], *, bars: str = " |") -> str:
    cells = [f"{cell}{bars}" for cell in header]
    for row in rows:
        cells += [f"{cell}{bars}" for cell in row]
    return TITLE + "\n".join(cells) + "\n"


ROWS = [
    ["1", "城北小学门前道路建设项目", "纸坊街道", "2024", "建成城北路延伸段道路。", "300", "住建局"],
    ["2", "老旧小区改造项目", "洋州街道", "2024", "实施三个老旧小区改造。", "1360", "住建局"],
    ["3", "高标准农田建设项目", "谢村镇", "2024", "实施田块整治500亩。", "4930", "农业农村局"],
]  # fmt: skip


@pytest.mark.parametrize(
    "money",
    ["年度投资金额 (万元)", "总投资(万元)", "投资金额", "年度投资(亿元)"],
)
def test_a_money_column_named_with_its_measure_is_a_heading(money: str):
    header = ["序号", "项目名称", "建设地点", "建设时间", "2024年建设内容", money, "责任单位"]
    plan = rulegov.parse_plan(_table(header, ROWS))
    assert [task.title for task in plan.tasks] == [row[1] for row in ROWS]
    assert _names(plan) == [["住建局"], ["住建局"], ["农业农村局"]]


@pytest.mark.parametrize("bars", ["|", ""])
def test_a_table_a_cell_a_line_with_or_without_bars_reads_alike(bars: str):
    header = ["序号", "项目名称", "建设地点", "年度投资金额(万元)", "责任单位"]
    rows = [[row[0], row[1], row[2], row[5], row[6]] for row in ROWS]
    plan = rulegov.parse_plan(_table(header, rows, bars=bars))
    assert [task.title for task in plan.tasks] == [row[1] for row in ROWS]
    assert _names(plan) == [["住建局"], ["住建局"], ["农业农村局"]]


CUT_ROW = "4 |\n职教中心分校区建设项目 |\n磨子桥镇 |\n2024 |\n改造现有教学楼和学生宿舍等,"


def test_a_town_under_the_place_column_of_a_cut_row_is_no_unit():
    header = [
        "序号",
        "项目名称",
        "建设地点",
        "建设时间",
        "2024年建设内容",
        "总投资(万元)",
        "责任单位",
    ]
    plan = rulegov.parse_plan(_table(header, ROWS) + CUT_ROW)
    titles = [row[1] for row in ROWS]
    assert [task.title for task in plan.tasks] == [*titles, "职教中心分校区建设项目"]
    assert _names(plan) == [["住建局"], ["住建局"], ["农业农村局"], []]


@pytest.mark.parametrize(
    "remark",
    [
        "以下均需各县市区落实,不再逐",
        "以下均需各县市区落实,不再逐一列出)",
        "以下均需各县市区落实,不再列出)",
    ],
)
def test_a_remark_on_the_tasks_below_names_no_unit(remark: str):
    text = (
        "某市“十四五”规划纲要任务分工方案\n一、主要指标\n"
        "1.地区生产总值年均增长7%以上。(预期性指标,牵头单位:市发改委;责任单位:"
        f"市政府有关部门,各县市区,{remark}\n"
    )
    plan = rulegov.parse_plan(text)
    assert [(a.role.value, a.unit_name or a.unit) for a in plan.tasks[0].assignments] == [
        ("lead", "市发改委"),
        ("responsible", "市政府有关部门"),
        ("responsible", "各县市区"),
    ]
