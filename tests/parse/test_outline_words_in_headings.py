"""The words of an outline's parts (现状分析, 目标设定, 预期效果) in headings that set out work.

A 方案 written to a consultant's outline titles parts that set out no work 一、背景分析,
二、现状分析与问题诊断, 三、目标设定: those parts are prose. The same words ending an item or a
lower heading that works on them (1.开展营商环境现状分析。, （一）开展现状分析, （二）目标设定,
（一）确保改革取得预期效果) head work: the item is a task, the heading's items are tasks.
"""

from __future__ import annotations

import pytest

import rulegov

_TITLE = "某县2024年营商环境工作要点\n"


@pytest.mark.parametrize(
    "item",
    [
        "1.开展营商环境现状分析。",
        "1、开展营商环境现状分析",
        "1.组织全县安全生产背景分析。",
        "1.完成年度目标设定",
        "1.确保改革取得预期效果。",
        "1.开展问题诊断",
    ],
)
def test_an_item_that_ends_in_an_outline_word_is_a_task(item: str) -> None:
    plan = rulegov.parse_plan(_TITLE + "一、主要任务\n" + item + "\n2.优化审批服务。\n")
    assert [tuple(task.path) for task in plan.tasks] == [("一", "1"), ("一", "2")]
    assert plan.tasks[0].title == item[2:].rstrip("。")


@pytest.mark.parametrize(
    "heading",
    [
        "（一）开展现状分析",
        "（一）目标设定",
        "（一）确保改革取得预期效果",
        "(一)现状分析",
        "（一）理论框架",
    ],
)
def test_the_items_of_a_lower_heading_in_outline_words_are_tasks(heading: str) -> None:
    text = (
        _TITLE + "一、强化风险防控\n" + heading + "\n1.组织各乡镇排查隐患。\n2.确定年度控制指标。\n"
        "（二）优化审批服务\n1.推行告知承诺制。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == [
        "组织各乡镇排查隐患",
        "确定年度控制指标",
        "推行告知承诺制",
    ]


@pytest.mark.parametrize(
    "heading",
    ["背景分析", "现状分析", "现状分析与问题诊断", "目标设定", "预期效果", "问题定义"],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_an_outline_part_so_titled_is_still_prose(heading: str, gap: str) -> None:
    text = gap.join(
        [
            "依法治乡镇实施方案",
            "一、" + heading,
            "1.1乡镇治理现状",
            "1.2依法治乡镇的必要性",
            "二、实施路径",
            "2.1立法完善机制",
            "2.2执法改革工程",
        ]
    )
    plan = rulegov.parse_plan(text)
    assert [tuple(task.path) for task in plan.tasks] == [("二", "2.1"), ("二", "2.2")]
    assert plan.sections[0].kind != rulegov.SectionKind.TASKS


@pytest.mark.parametrize(
    "heading",
    [
        "集团法治建设背景与意义",
        "集团法治建设目标设定与理论框架",
        "乡镇治理现状分析",
        "项目预期效果",
    ],
)
def test_an_outline_part_whose_title_ends_in_them_is_prose(heading: str) -> None:
    text = (
        f"依法治乡镇实施方案\n一、{heading}\n1.1乡镇治理现状\n1.2依法治乡镇的必要性\n"
        "二、实施路径\n2.1立法完善机制\n2.2执法改革工程\n"
    )
    plan = rulegov.parse_plan(text)
    assert [tuple(task.path) for task in plan.tasks] == [("二", "2.1"), ("二", "2.2")]


@pytest.mark.parametrize(
    "heading", ["开展营商环境现状分析", "确保改革取得预期效果", "完善目标设定与理论框架"]
)
def test_an_outline_part_that_works_on_them_heads_tasks(heading: str) -> None:
    plan = rulegov.parse_plan(_TITLE + f"一、{heading}\n1.开展第三方评估。\n2.形成评估报告。\n")
    assert [task.title for task in plan.tasks] == ["开展第三方评估", "形成评估报告"]


def test_an_outline_point_titled_by_them_is_prose() -> None:
    text = (
        "集团法治建设方案\n三、集团法治建设目标设定与理论框架\n"
        "3.1目标设定:锚定战略导向,构建多层次法治建设目标体系\n"
        "3.2理论框架:融合多元理论,构建法治建设理论支撑体系\n"
        "四、实施路径\n4.1立法完善机制\n4.2执法改革工程\n"
    )
    plan = rulegov.parse_plan(text)
    assert [tuple(task.path) for task in plan.tasks] == [("四", "4.1"), ("四", "4.2")]
    assert [section.title for section in plan.sections[0].children] == ["目标设定", "理论框架"]
