"""A bracket of units' names alone after a task may name street offices, townships and schools.

Plans print a task's units after its last sentence in brackets, without a role word
(``（区司法局、各街道）``). Such a list names street offices (``各街道``), townships with their
own bracket (``各乡（镇）政府``, ``各街道（镇）``) and schools with theirs (``县委党校（行政学校）``,
``省委党校（湖南行政学院）``) as often as bureaus: each is a unit, responsible for the task.
"""

from __future__ import annotations

import pytest

import rulegov

_PLAN = "一、主要任务\n1.加强普法宣传。开展法治讲座。{bracket}\n2.做好其他工作。\n"


def _units(bracket: str) -> list[tuple[str, str]]:
    task = rulegov.parse_plan(_PLAN.format(bracket=bracket)).tasks[0]
    assert task.title == "加强普法宣传"
    return [(a.role.value, a.unit_name or a.unit) for a in task.assignments]


@pytest.mark.parametrize(
    ("bracket", "names"),
    [
        ("(区司法局、各街道)", ["区司法局", "各街道"]),
        ("（区司法局、各街道）", ["区司法局", "各街道"]),
        ("(区司法局、各街道(镇))", ["区司法局", "各街道(镇)"]),
        ("(县公安局、各乡(镇)政府)", ["县公安局", "各乡(镇)政府"]),
        ("(县司法局、各乡(镇))", ["县司法局", "各乡(镇)"]),
        ("〔县委党校(行政学校)、县司法局〕", ["县委党校(行政学校)", "县司法局"]),
        (
            "【省委组织部、省委党校(湖南行政学院)、省委讲师团】",
            ["省委组织部", "省委党校(湖南行政学院)", "省委讲师团"],
        ),
    ],
)
def test_every_name_of_the_bracket_is_a_responsible_unit(bracket: str, names: list[str]) -> None:
    assert _units(bracket) == [("responsible", name) for name in names]


@pytest.mark.parametrize("bracket", ["(试行)", "(含各镇、各部门)", "(区司法局、渠道)", "(贵州)"])
def test_a_bracket_of_other_words_names_no_unit(bracket: str) -> None:
    assert _units(bracket) == []
