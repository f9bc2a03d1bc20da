"""A row in pipes that holds a heading and the first item under it makes two lines.

A list of duties printed as a table in pipes under a header that names no task table's columns
(``职责 | 具体内容 |``) opens each duty's row with the duty's heading and its first numbered item
(``一、加强对法治建设的组织领导 | 1.将法治建设列入本部门工作计划。 |``), the items after it on rows
of their own (``2.… |``): the heading's title ends at its cell, and the item in the next cell is
the first of the heading's items, as those below it are. A task table's rows, under a header
that names its columns (序号 | 工作任务 | 责任单位), keep their cells.
"""

from __future__ import annotations

import rulegov

DUTIES = (
    "某局法治建设职责清单\n"
    "职责 | 具体内容 |\n"
    "一、加强对法治建设的组织领导 | 1.将法治建设列入本部门年度工作计划。 |\n"
    "2.每年公开本部门法治政府建设工作情况。 |\n"
    "二、严格执行重大行政决策法定程序 | 3.落实重大行政决策合法性审查制度。 |\n"
    "4.完善法律顾问制度。 |\n"
)

TASK_TABLE = (
    "某县法治政府建设任务分工\n"
    "| 重点任务 | 具体措施 | 责任单位 |\n"
    "| 一、依法全面履行政府职能 | 1.深化放管服改革。 | 县政务服务中心 |\n"
    "| 二、健全依法决策机制 | 2.落实合法性审查。 | 县司法局 |\n"
)


def test_a_duty_and_its_first_item_in_one_row_are_a_section_and_its_task() -> None:
    plan = rulegov.parse_plan(DUTIES)
    assert [section.title for section in plan.walk_sections()] == [
        "加强对法治建设的组织领导",
        "严格执行重大行政决策法定程序",
    ]
    assert [task.path for task in plan.tasks] == [
        ("一", "1"),
        ("一", "2"),
        ("二", "3"),
        ("二", "4"),
    ]
    assert plan.tasks[0].title == "将法治建设列入本部门年度工作计划"


def test_a_task_tables_rows_keep_their_cells() -> None:
    plan = rulegov.parse_plan(TASK_TABLE)
    units = [[a.unit_name or a.unit for a in task.assignments] for task in plan.tasks]
    assert units == [["县政务服务中心"], ["县司法局"]]
