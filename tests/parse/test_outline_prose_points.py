"""The points of an outline's parts of prose, and the parts of an outline that set out no work.

A 方案 drafted to a consultant's outline, as sharing sites print it, numbers its parts 一、 二、
and the points of each part 1.1 1.2: under a part of prose (背景与意义, 现状与挑战, 风险评估, 结论与
展望) its points are prose sections of the part, as the numbered headings under 总体要求 are, with
their own points (1.1.1) below them; under a part of work (实施路径, 资源需求) its points are tasks,
even when their words name a part of work (5.1组织保障体系的构建). A part of risks is prose over an
outline's points only: a plan's 风险评估 over （一）… sets out the work of assessing them.
"""

from __future__ import annotations

import pytest

import rulegov
from rulegov import SectionKind

PROSE_KINDS = {SectionKind.OTHER, SectionKind.OBJECTIVES, SectionKind.GENERAL_REQUIREMENTS}


def _outline(gap: str, *parts: tuple[str, list[str]]) -> str:
    lines = ["某县法治政府建设方案"]
    for heading, points in parts:
        lines.append(heading)
        lines.extend(points)
    return gap.join(lines) + gap


@pytest.mark.parametrize(
    ("heading", "points"),
    [
        ("一、背景与意义", ["1.1政策背景:国家普法战略规划", "1.2社会需求背景:公民法律素养提升"]),
        (
            "一、天津法治政府建设的背景与意义",
            ["1.1国家战略背景的深刻驱动", "1.2区域发展需求的现实呼唤"],
        ),
        ("一、工作背景与战略意义", ["1.1政策环境与时代要求", "1.2基层治理的现实需要"]),
        ("一、背景分析", ["1.1 国家政策导向", "1.2 现实基础"]),
        ("一、背景分析", ["1.1國家政策導向與法治政府建設要求", "1.2海南省法治政府建設的現實基礎"]),
    ],
    ids=["glossed", "place-named", "joined", "spaced", "traditional"],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_points_of_a_part_of_prose_are_its_prose_sections(
    heading: str, points: list[str], gap: str
) -> None:
    text = _outline(
        gap, (heading, points), ("二、实施路径", ["2.1组织体系构建", "2.2内容体系建设"])
    )
    plan = rulegov.parse_plan(text)
    first = plan.sections[0]
    assert first.kind in PROSE_KINDS
    assert [child.number for child in first.children] == ["1.1", "1.2"]
    assert all(child.kind in PROSE_KINDS for child in first.children)
    assert [tuple(task.path) for task in plan.tasks] == [("二", "2.1"), ("二", "2.2")]


@pytest.mark.parametrize(
    "heading",
    [
        "二、现状与问题分析",
        "二、天津法治政府建设的现状与挑战",
        "二、集团法治建设现状与问题分析",
        "六、风险评估",
        "六、天津法治政府建设的风险评估",
        "五、集团法治建设风险评估与应对策略",
        "十、结论",
        "十、天津法治政府建设的结论与展望",
    ],
)
def test_parts_of_the_present_state_risks_and_conclusions_are_prose(heading: str) -> None:
    number = {"二": "2", "五": "5", "六": "6", "十": "10"}[heading[0]]
    points = [f"{number}.1制度执行不到位的风险", f"{number}.2社会参与不足的风险"]
    plan = rulegov.parse_plan(_outline("\n", (heading, points)))
    part = plan.sections[0]
    assert part.kind in PROSE_KINDS
    assert [child.number for child in part.children] == [f"{number}.1", f"{number}.2"]
    assert plan.tasks == []


@pytest.mark.parametrize(
    "lines",
    [
        "四、风险评估\n（一）开展社会稳定风险评估。对重大决策进行评估。\n（二）建立评估台账。文字。\n",
        "四、风险评估\n1.开展社会稳定风险评估。文字。\n2.建立评估台账。文字。\n",
    ],
    ids=["measures", "items"],
)
def test_a_plans_part_of_risks_over_its_items_keeps_its_tasks(lines: str) -> None:
    plan = rulegov.parse_plan("某县重大行政决策实施方案\n" + lines)
    assert len(plan.tasks) == 2


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_points_named_for_a_part_of_work_are_tasks_of_their_part(gap: str) -> None:
    points = ["5.1组织保障体系的构建", "5.2制度建设的推进策略", "5.3保障机制构建"]
    plan = rulegov.parse_plan(_outline(gap, ("五、实施路径", points)))
    assert [section.number for section in plan.walk_sections()] == ["五"]
    assert [task.title for task in plan.tasks] == [
        "组织保障体系的构建",
        "制度建设的推进策略",
        "保障机制构建",
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_points_of_a_point_of_prose_are_read_below_it(gap: str) -> None:
    points = ["1.1国家政策导向", "1.1.1习近平法治思想的全面指引", "1.1.2顶层部署", "1.2现实基础"]
    plan = rulegov.parse_plan(
        _outline(gap, ("一、背景分析", points), ("二、实施路径", ["2.1组织"]))
    )
    first = plan.sections[0]
    assert [child.number for child in first.children] == ["1.1", "1.2"]
    assert [child.number for child in first.children[0].children] == ["1.1.1", "1.1.2"]


@pytest.mark.parametrize(
    "point", ["8.2年度重点任务的细化落实", "8.2 年度重点任务的细化落实", "8.2年度工作计划"]
)
def test_a_point_that_opens_with_the_word_for_a_year_is_no_quantity(point: str) -> None:
    plan = rulegov.parse_plan(
        _outline("\n", ("八、时间规划", ["8.1阶段目标的科学设定", point, "8.3里程碑节点"]))
    )
    assert [tuple(task.path) for task in plan.tasks] == [
        ("八", "8.1"),
        ("八", "8.2"),
        ("八", "8.3"),
    ]


def test_a_quantity_of_years_stays_text() -> None:
    plan = rulegov.parse_plan("某县工作方案\n一、主要任务\n1.加强建设。用时\n1.5年完成。\n")
    assert [tuple(task.path) for task in plan.tasks] == [("一", "1")]
