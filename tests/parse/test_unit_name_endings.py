"""Units whose names end as common words do (立山街道, 经济运行专班), and lists that each lead."""

from __future__ import annotations

import pytest

import rulegov
from plantasks import task_units

HEAD = "某区2024年重点工作任务分解方案\n\n一、重点任务\n"


@pytest.mark.parametrize("name", ["立山街道", "全区经济运行各专班", "区重大项目建设专班"])
@pytest.mark.parametrize(
    "printed",
    [
        "1.推进某项工作。{name}牵头，区财政局配合。\n",
        "1.推进某项工作。\n牵头单位：{name}\n配合单位：区财政局\n",
        "1.推进某项工作。（牵头单位：{name}；配合单位：区财政局）\n",
    ],
    ids=["sentence", "labels", "bracket"],
)
def test_a_name_ending_in_a_word_of_its_own_is_a_unit(name: str, printed: str):
    plan = rulegov.parse_plan(HEAD + printed.format(name=name) + "2.开展某某行动。\n")
    assert task_units(plan)[0] == [(name, "lead"), ("区财政局", "cooperating")]


@pytest.mark.parametrize(
    "division",
    [
        "（区发改局、区财政局分别牵头，区税务局配合）",
        "区发改局、区财政局分别牵头，区税务局配合。",
        "〔区发改局、区财政局分别牵头负责，区税务局配合〕",
    ],
)
def test_units_that_each_lead_lead_without_the_word(division: str):
    plan = rulegov.parse_plan(HEAD + "1.推进某项工作。" + division + "\n2.开展某某行动。\n")
    assert task_units(plan)[0] == [
        ("区发改局", "lead"),
        ("区财政局", "lead"),
        ("区税务局", "cooperating"),
    ]
