"""A task's text that opens with its units as the subject of its sentence, no label, no bracket.

``(一)加强普法宣传。区司法局、区法院要加强…`` and ``各镇（街道）、区直各部门要…`` name the task's
responsible units, ``区发改局牵头推进…`` its lead: the subject is a list of local bodies' names
before 要, 应, 须, 负责 or 牵头, at the start of the task's text, after its title's sentence, or
on the line below a title alone. A subject for everyone (各级各部门, 各有关单位), a body named by
its field of work (区民政部门), national organs stating duties (国务院要…), a sentence that shares
the work among several subjects, and a task whose units are labelled are left as they were.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = "某区2024年法治政府建设工作要点\n一、主要任务\n"


def _units(text: str) -> list[list[tuple[str, str | None]]]:
    plan = rulegov.parse_plan(text)
    return [[(a.role.value, a.unit_name) for a in task.assignments] for task in plan.tasks]


@pytest.mark.parametrize(
    "item",
    [
        "（一）区司法局、区人民法院要加强普法宣传，落实普法责任制。",
        "（一）加强普法宣传。区司法局、区人民法院要加强普法宣传，落实普法责任制。",
        "(一)加强普法宣传:区司法局和区人民法院应当加强普法宣传。",
        "（一）加强普法宣传\n区司法局、区人民法院要加强普法宣传，落实普法责任制。",
        "1. 加强普法宣传。\n区司法局、区人民法院要加强普法宣传。",
    ],
)
def test_the_subject_names_the_units_responsible(item: str) -> None:
    assert _units(HEAD + item + "\n") == [
        [("responsible", "区司法局"), ("responsible", "区人民法院")]
    ]


def test_townships_and_a_list_of_bodies_are_units_and_a_lead_leads() -> None:
    text = (
        HEAD + "（一）推进基层治理。各镇（街道）、区直各部门要建立矛盾纠纷排查机制。\n"
        "（二）区发改局牵头推进重大项目依法决策。\n"
    )
    assert _units(text) == [
        [("responsible", "各镇（街道）"), ("responsible", "区直各部门")],
        [("lead", "区发改局")],
    ]


@pytest.mark.parametrize(
    "item",
    [
        "（一）依法决策。各级各部门要严格落实重大行政决策程序。",
        "（一）依法决策。各地区、各有关部门要严格落实重大行政决策程序。",
        "（一）依法救助。区民政部门应将临时救助资金纳入年度预算。",
        "（一）依法决策。国务院办公厅要加强督促检查。",
        "（一）依法决策。区政府要求各镇严格落实重大行政决策程序。",
        "（一）强化落实。区司法局要履行统筹职责，各镇司法所要抓好任务落实。",
        "（一）依法决策。区司法局负责同志要带头学法。",
    ],
)
def test_no_unit_from_a_subject_that_names_none_of_the_task(item: str) -> None:
    assert _units(HEAD + item + "\n") == [[]]


def test_labelled_units_hold_over_the_subject() -> None:
    text = HEAD + "（一）规范执法。区市场监管局要规范执法。（责任单位：区公安分局）\n"
    assert _units(text) == [[("responsible", "区公安分局")]]
