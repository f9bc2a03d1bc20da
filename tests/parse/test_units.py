"""Unit names in a field's value: the same names however often, and wherever, a plan prints it."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.parse._units import _cached_names, split_names

VALUES = [
    "区司法局、各镇(街)按职责分工负责,区法院等有关部门",
    "州委编办及市发改委分别牵头、区",
    "市卫健委(列第一位为牵头单位,下同)、市财政局",
]


@pytest.mark.parametrize("value", VALUES)
def test_the_names_of_a_value_are_the_same_wherever_it_stands(value: str):
    alone = [(n.begin, n.end, n.note, n.role) for n in split_names(value, 0, len(value))]
    for before in ("", "牵头单位:", "(配合单位:"):
        text = before + value + "。其他"
        shift = len(before)
        _cached_names.cache_clear()  # read in its place, not taken from the cache
        found = split_names(text, shift, shift + len(value))
        assert [(n.begin - shift, n.end - shift, n.note, n.role) for n in found] == alone
        # read twice: the same names, in a list of their own
        again = split_names(text, shift, shift + len(value))
        assert again == found
        assert again is not found


def test_a_long_list_of_names_is_split_as_a_short_one():
    names = [f"第{i}区司法局" for i in range(60)]
    value = "、".join(names)
    assert len(value) > 200
    found = split_names("配合单位:" + value, 5, 5 + len(value))
    assert [("配合单位:" + value)[n.begin : n.end] for n in found] == names


def test_a_unit_name_that_may_be_cut_by_the_end_of_the_text_is_kept_and_reported():
    cut = rulegov.parse_plan(
        "某市2021年重点工作责任分解\n1.实施做大产业扩大税源行动。\n"
        "牵头单位：市发改委\n协同责任单位：市财政局、人行芜湖"
    )
    assert cut.tasks[0].lead_units == ["市发改委"]
    assert cut.tasks[0].cooperating_units == ["市财政局", "人行芜湖"]
    [diagnostic] = [d for d in cut.diagnostics if d.code == "cut-unit"]
    assert (diagnostic.line, diagnostic.column) == (4, 13)
    assert "人行芜湖" in diagnostic.message


@pytest.mark.parametrize(
    "last",
    [
        "责任单位：市发改委、市财政局",  # a whole name ends the text
        "责任单位：市发改委、人行芜湖\n2.加快数字化改革。",  # a name cut inside, not at the end
    ],
)
def test_a_whole_last_name_or_one_inside_the_text_stays_a_unit_without_warning(last: str):
    plan = rulegov.parse_plan(f"某市2021年重点工作责任分解\n1.实施做大产业扩大税源行动。\n{last}")
    assert len(plan.tasks[0].responsible_units) == 2
    assert not [d for d in plan.diagnostics if d.code == "cut-unit"]


@pytest.mark.parametrize("last", ["市科协", "各街道", "各乡镇（街道）", "各学校"])
def test_a_whole_name_that_ends_the_text_is_never_lost(last: str):
    plan = rulegov.parse_plan(f"某市2021年重点工作\n1.推进科普宣传。\n责任单位：市教育局、{last}")
    assert len(plan.tasks[0].responsible_units) == 2
