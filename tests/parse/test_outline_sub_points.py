"""The points of an outline's parts of prose, and their sub-points, as sections of prose.

A 方案 written to a consultant's outline numbers its parts 一、 二、, their points 1.1 1.2 and
the points' own points 1.1.1 1.1.2. The parts of background, problems, aims and principles set
out no work: their points and sub-points are headings of prose, listed as sections (no tasks),
where the numbered paragraphs of a prose section of a plan numbered otherwise (基本原则:
(一)坚持…, 1.2.1 in a text numbered in decimals throughout) stay its text. A point of 具体目标
names aims, as 总体目标 does.
"""

from __future__ import annotations

import pytest

import rulegov

WORK = "三、实施路径\n3.1内容体系构建\n3.2形式创新设计\n"


def _section_numbers(plan: rulegov.Plan) -> list[str]:
    return [section.number for section in plan.walk_sections()]


@pytest.mark.parametrize("space", ["", " "], ids=["glued", "spaced"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
@pytest.mark.parametrize("part", ["背景与意义", "背景分析", "问题定义"])
def test_the_sub_points_of_a_prose_part_are_sections(space: str, gap: str, part: str) -> None:
    lines = [
        "乡镇普法进机关工作方案",
        f"一、{part}",
        f"1.1{space}政策背景分析",
        f"1.1.1{space}国家层面法治建设部署",
        f"1.1.2{space}省级层面普法工作要求",
        f"1.2{space}现实需求分析",
        f"1.2.1{space}机关干部法律素养提升需求",
    ]
    plan = rulegov.parse_plan(gap.join(lines) + gap + WORK.replace("\n", gap))
    numbers = _section_numbers(plan)
    assert [n for n in numbers if "." in n] == ["1.1", "1.1.1", "1.1.2", "1.2", "1.2.1"]
    assert [tuple(task.path) for task in plan.tasks] == [("三", "3.1"), ("三", "3.2")]


def test_the_points_of_a_prose_part_are_sections_without_sub_points() -> None:
    text = "依法治乡镇实施方案\n一、背景分析\n1.1乡镇治理现状\n1.2依法治乡镇的必要性\n" + WORK
    plan = rulegov.parse_plan(text)
    assert _section_numbers(plan) == ["一", "1.1", "1.2", "三"]


@pytest.mark.parametrize("gloss", ["", ":完成首轮全员轮训"], ids=["bare", "glossed"])
def test_the_points_of_specific_aims_are_no_tasks(gloss: str) -> None:
    text = (
        "某镇普法工作方案\n二、目标与原则\n2.1总体目标\n2.1.1构建机关普法长效机制\n"
        f"2.2具体目标\n2.2.1短期目标(1年内){gloss}\n2.2.2中期目标(2-3年){gloss}\n" + WORK
    )
    plan = rulegov.parse_plan(text)
    assert [tuple(task.path) for task in plan.tasks] == [("三", "3.1"), ("三", "3.2")]
    assert "2.2.2" in _section_numbers(plan)


@pytest.mark.parametrize(
    "items",
    ["(一)坚持党的领导。\n(二)坚持依法行政。\n", "1.坚持党的领导。\n2.坚持依法行政。\n"],
    ids=["bracketed", "arabic"],
)
def test_the_numbered_paragraphs_of_a_prose_section_stay_its_text(items: str) -> None:
    text = "某县法治政府建设实施方案\n一、总体要求\n" + items + "二、主要任务\n1.加强组织领导。\n"
    plan = rulegov.parse_plan(text)
    assert _section_numbers(plan) == ["一", "二"]


def test_decimal_paragraphs_of_a_text_numbered_in_decimals_stay_text() -> None:
    text = (
        "某县法治建设方案\n1 总体要求\n1.1 基本原则\n1.1.1 坚持党的领导\n1.1.2 坚持依法行政\n"
        "2 主要任务\n2.1 加强组织领导\n2.2 完善制度\n"
    )
    plan = rulegov.parse_plan(text)
    assert not any(number.count(".") == 2 for number in _section_numbers(plan))
