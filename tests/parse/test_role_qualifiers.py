"""Words between units' names and their role word that qualify the role, not the names.

A division of work may say that each unit of a list carries its own share (``分别``) or carries
it by its duties (``按照职责分工``), between the last name and the role word:
``(市教委、市体育局分别负责落实)``, ``(发展改革委、公安部按照职责分工分别牵头负责,民政部参加)``.
The last unit is named without them, in either script.
"""

from __future__ import annotations

import pytest

import rulegov
from plantasks import task_units

HEAD = "某市2018年重点工作任务分工\n\n一、重点任务\n"


@pytest.mark.parametrize(
    ("printed", "units"),
    [
        (
            "1.推进信息公开。(市教委、市体育局分别负责落实)\n",
            [("市教委", "responsible"), ("市体育局", "responsible")],
        ),
        (
            "1.推进信息公开。(市发展改革委、市人力社保局分别负责落实)\n",
            [("市发展改革委", "responsible"), ("市人力社保局", "responsible")],
        ),
        (
            "1.推进信息公开。(省发改委、省公安厅按照职责分工分别牵头负责,省民政厅参加)\n",
            [("省发改委", "lead"), ("省公安厅", "lead"), ("省民政厅", "cooperating")],
        ),
        (
            "1.推进信息公开。(區司法局、區財政局按照職責分工分別牽頭負責,區民政局參加)\n",
            [("區司法局", "lead"), ("區財政局", "lead"), ("區民政局", "cooperating")],
        ),
        (
            "1.推进信息公开。(县民政局、县财政局根据各自职责分别牵头落实)\n",
            [("县民政局", "lead"), ("县财政局", "lead")],
        ),
    ],
    ids=[
        "each-responsible",
        "each-responsible-long",
        "by-duty-each-leads",
        "traditional",
        "own-duty",
    ],
)
def test_a_qualifier_before_the_role_word_is_no_part_of_the_name(
    printed: str, units: list[tuple[str, str]]
) -> None:
    plan = rulegov.parse_plan(HEAD + printed + "2.开展某某行动。\n")
    assert task_units(plan)[0] == units


@pytest.mark.parametrize(
    "ending",
    ["", "协调发布政策措施。"],
    ids=["bracket-last", "sentence-last"],
)
def test_a_unit_named_in_two_brackets_of_one_item_is_listed_once(ending: str) -> None:
    printed = (
        "1.推进信息公开。制定发布规划信息。(市规划委负责落实)推进基本公共服务合作。"
        "(市发展改革委、市教委分别负责落实)推进冬奥会场馆信息公开。(市体育局、市教委分别负责落实)"
    )
    plan = rulegov.parse_plan(HEAD + printed + ending + "\n2.开展某某行动。\n")
    assert sorted(task_units(plan)[0]) == [
        ("市体育局", "responsible"),
        ("市发展改革委", "responsible"),
        ("市教委", "responsible"),
        ("市规划委", "responsible"),
    ]
