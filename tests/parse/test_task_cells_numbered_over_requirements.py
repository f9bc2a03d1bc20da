"""A table without 序号 whose task cells print their own number over numbered requirements.

``1.行政规范性文件集中公开 | 1.开展清理…2.发布…3.建立专栏… | 市政府各部门 |``: the task cell is the
row's task, under the number it prints; the requirements beside it are its text, not tasks of
their own, and the number is no part of its title. A part's heading over numbered measures
(``一、做好财政信息公开 | 1.积极推进… |``) still heads them, each measure a task.
"""

from __future__ import annotations

import pytest

import rulegov

TITLE = "某市2022年政务公开重点工作任务清单\n"
ROWS = [
    ["工作任务", "具体要求", "责任单位", "完成时限"],
    ["一、年底前专项工作任务"],
    [
        "1.行政规范性文件集中公开",
        "1.开展行政规范性文件清理。2.发布文件标准电子文本。3.建立专栏集中公开。",
        "市政府各部门、各直属机构,各县市区政府",
        "11月底前",
    ],
    [
        "2.基层政务公开提升",
        "1.全面公开各领域政府信息。2.公开涉农补贴信息。",
        "各县市区政府",
        "12月底前",
    ],
    ["3.政策解读回应", "1.做好重要政策解读。2.及时回应社会关切。", "市政府各部门", "12月底前"],
]


def _pipes() -> str:
    return TITLE + "".join("".join(f"{cell} | " for cell in row).rstrip() + "\n" for row in ROWS)


def _cells() -> str:
    return TITLE + "".join(f"{cell} |\n" for row in ROWS for cell in row)


@pytest.mark.parametrize("printed", [_pipes, _cells])
def test_a_numbered_task_cell_is_the_task_and_its_requirements_its_text(printed):
    plan = rulegov.parse_plan(printed())
    assert [(task.path, task.title) for task in plan.tasks] == [
        (("一", "1"), "行政规范性文件集中公开"),
        (("一", "2"), "基层政务公开提升"),
        (("一", "3"), "政策解读回应"),
    ]
    assert [[a.unit_name or a.unit for a in task.assignments] for task in plan.tasks] == [
        ["市政府各部门", "各直属机构", "各县市区政府"],
        ["各县市区政府"],
        ["市政府各部门"],
    ]


def test_a_parts_heading_over_numbered_measures_still_heads_them():
    text = TITLE + "".join(
        f"{row}\n"
        for row in (
            "工作任务 | 具体要求 | 责任部门 |",
            "一、做好财政信息公开。 | 1.积极推进预算、决算公开。 | 财务科 |",
            "二、做好网站专栏信息公开。 | 2.及时更新网站信息。 | 办公室 |",
            "3.及时反馈网民意见。 | 各科室 | |",
        )
    )
    plan = rulegov.parse_plan(text)
    assert [(task.path, task.title) for task in plan.tasks] == [
        (("一", "1"), "积极推进预算、决算公开"),
        (("二", "2"), "及时更新网站信息"),
        (("二", "3"), "及时反馈网民意见"),
    ]
