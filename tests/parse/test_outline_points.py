"""The points of a 方案 written to an outline: parts 一、 over points numbered from the part.

A plan drafted to a consultant's outline, as sharing sites print it, numbers its parts 一、 二、
and the points of each part 1.1 1.2 under 一、, 2.1 2.2 under 二、: a decimal number that repeats
its part's number heads one of the part's points, with or without a space after it, its gloss
after a colon or not, blank lines between. A decimal number that does not repeat its part's number,
or runs on an item of another style, or is a quantity (1.5倍, 1.3时), stays text. The outline's
parts of background, problems, aims, theory and expected effects set out no work: their points are
no tasks.
"""

from __future__ import annotations

import pytest

import rulegov

WORK = "五、实施路径\n5.1立法完善机制\n5.2执法改革工程\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("5.1立法完善机制", "5.2执法改革工程"),
        ("5.1 立法完善机制", "5.2 执法改革工程"),
        ("5.1立法完善机制:健全规范性文件审查", "5.2执法改革工程:推进综合执法"),
        ("5.1分类推进立法完善", "5.2时效管理与执法改革"),
    ],
    ids=["glued", "spaced", "glossed", "words-of-units"],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_decimal_points_under_the_part_they_repeat_are_its_tasks(
    first: str, second: str, gap: str
) -> None:
    text = f"依法治乡镇实施方案{gap}五、实施路径{gap}{first}{gap}{second}{gap}六、资源需求{gap}6.1人力资源配置{gap}"
    plan = rulegov.parse_plan(text)
    assert [section.number for section in plan.sections] == ["五", "六"]
    paths = [tuple(task.path) for task in plan.tasks]
    assert paths == [("五", "5.1"), ("五", "5.2"), ("六", "6.1")]
    assert plan.tasks[0].title.startswith(first[3:].lstrip()[:4])


@pytest.mark.parametrize(
    "lines",
    [
        "二、主要任务\n1.1加强组织领导\n1.2完善制度\n",  # 1.1 under 二: not the part's points
        "一、主要任务\n1.加强组织领导\n1.1健全领导小组\n",  # under an item 1.: its text
        "一、主要任务\n全县生产总值增长\n1.5倍以上\n",  # a quantity
        "一、主要任务\n每天工作\n1.3时以前完成\n",  # an hour
    ],
    ids=["other-part", "under-an-item", "quantity", "hour"],
)
def test_other_decimal_numbers_are_no_points_of_the_part(lines: str) -> None:
    plan = rulegov.parse_plan("某镇工作方案\n" + lines)
    assert not any("." in number for task in plan.tasks for number in task.path)
    assert not any("." in section.number for section in plan.walk_sections())


@pytest.mark.parametrize(
    "heading",
    [
        "背景分析",
        "问题定义",
        "现状分析与问题诊断",
        "目标设定",
        "理论框架",
        "预期效果",
        "背景与意义",
    ],
)
def test_the_points_of_an_outline_part_that_sets_no_work_are_no_tasks(heading: str) -> None:
    text = f"依法治乡镇实施方案\n一、{heading}\n1.1乡镇治理现状\n1.2依法治乡镇的必要性\n" + WORK
    plan = rulegov.parse_plan(text)
    assert [tuple(task.path) for task in plan.tasks] == [("五", "5.1"), ("五", "5.2")]
