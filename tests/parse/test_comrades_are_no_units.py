"""A person named as a comrade (张三同志) in a list of units is a person, never a unit.

Besides offices (分管副县长) and 主要负责同志, a list may name the person who answers for the work
by name and 同志 (（市司法局牵头，张三同志负责）): no unit's name ends with 同志.
"""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    "bracket",
    [
        "（市司法局牵头，张三同志负责）",
        "（市司法局牵头，李四同志具体负责）",
        "(市司法局牵头,王五同志配合)",
    ],
)
def test_a_comrade_is_no_unit(bracket: str) -> None:
    text = f"某市2024年工作要点\n一、主要任务\n（一）加强备案审查。依法审查规范性文件。{bracket}\n"
    [task] = rulegov.parse_plan(text).tasks
    assert [(a.role.value, a.unit_name) for a in task.assignments] == [("lead", "市司法局")]


def test_the_chief_comrades_of_each_unit_stay_no_unit() -> None:
    text = (
        "某市2024年工作要点\n一、主要任务\n（一）加强备案审查。依法审查规范性文件。"
        "（市司法局、各单位主要负责同志负责）\n"
    )
    [task] = rulegov.parse_plan(text).tasks
    assert [a.unit_name for a in task.assignments] == ["市司法局"]
