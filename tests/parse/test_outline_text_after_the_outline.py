"""The text a sharing site's outline opens after its last point: part one printed again.

A sharing site's page lists a plan's outline (一、… 1.1… 十、… 10.4…) and then opens its text
with the first part and its first point once more, on lines of their own or run on from the
last point (``10.4未来展望一、背景与意义1.1政策背景:…``). The text is the part already read: no
new part numbered 一, and the last point's words end before the part's number.
"""

from __future__ import annotations

import pytest

import rulegov

OUTLINE = [
    "一、背景与意义",
    "1.1政策背景",
    "1.2社会需求背景",
    "二、实施路径",
    "2.1组织体系构建",
    "2.2内容体系建设",
    "三、结论",
    "3.1战略价值总结",
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
@pytest.mark.parametrize(
    "name", ["某县普法工作方案", "某县普法工作方案范文参考", "天津法治政府建设方案模板"]
)
def test_part_one_printed_again_after_the_outline_is_no_new_part(gap: str, name: str) -> None:
    text = gap.join(
        [name, *OUTLINE, "3.2未来展望", "一、背景与意义", "1.1政策背景", "国家层面,普法规划收官。"]
    )
    plan = rulegov.parse_plan(text + gap)
    assert [section.number for section in plan.sections] == ["一", "二", "三"]
    assert [tuple(task.path) for task in plan.tasks] == [("二", "2.1"), ("二", "2.2")]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
@pytest.mark.parametrize(
    ("last", "title"),
    [
        ("3.2未来展望一、背景与意义1.1政策背景:国家层面,2026年是收官之年", "未来展望"),
        ("3.2 未来展望一、背景与意义1.1政策背景 国家层面", "未来展望"),
        ("3.2巩固阶段(2027年)一、背景与意义1.1政策背景党的十八大以来", "巩固阶段(2027年)"),
    ],
    ids=["glossed", "spaced", "dated"],
)
def test_the_last_point_ends_before_part_one_run_on(gap: str, last: str, title: str) -> None:
    plan = rulegov.parse_plan(gap.join(["某县普法工作方案", *OUTLINE, last]) + gap)
    last_part = plan.sections[-1]
    assert [child.title for child in last_part.children][-1] == title


def test_a_later_part_with_the_first_parts_number_but_other_words_stays_a_part() -> None:
    # a second list numbered from 一 again (a notice's requirements after its plan) is read
    text = "某县工作方案\n一、总体要求\n二、主要任务\n（一）加强领导。文字。\n一、有关要求\n（一）提高认识。文字。"
    plan = rulegov.parse_plan(text + "\n")
    assert [section.title for section in plan.sections][-1] == "有关要求"
