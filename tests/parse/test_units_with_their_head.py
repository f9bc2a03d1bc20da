"""A unit printed with its head's office and the person who holds it.

A plan may name, for each task, the body and the official who answers for it in one name:
``县发改局局长王五``, ``市司法局副局长李某某``. The body is the unit (县发改局); the office and
the person are none, kept as the assignment's note.
"""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    ("printed", "unit", "head"),
    [
        ("县发改局局长王五", "县发改局", "局长王五"),
        ("市司法局副局长李某某", "市司法局", "副局长李某某"),
        ("区政府办主任", "区政府办", "主任"),
        ("县交警大队大队长刘某", "县交警大队", "大队长刘某"),
        ("區人民法院院長陳某", "區人民法院", "院长陈某"),
    ],
)
@pytest.mark.parametrize(
    "form", ["（责任单位：{}）", "(责任单位:{})", "（{}负责）", "【责任单位】{}"]
)
def test_the_body_is_the_unit_and_its_head_no_unit(
    printed: str, unit: str, head: str, form: str
) -> None:
    text = (
        "某县2024年法治政府建设工作要点\n一、主要任务\n"
        f"（一）加强普法宣传。依法开展普法。{form.format(printed)}\n"
    )
    plan = rulegov.parse_plan(text)
    found = [(a.role.value, a.unit_name, a.note) for task in plan.tasks for a in task.assignments]
    assert found == [("responsible", unit, head)]
    assert [u.name for u in plan.units] == [unit]


def test_a_body_named_after_its_head_stays_whole() -> None:
    text = (
        "某县2024年法治政府建设工作要点\n一、主要任务\n"
        "（一）加强普法宣传。依法开展普法。（责任单位：县发改局局长办公会、县委书记）\n"
    )
    plan = rulegov.parse_plan(text)
    found = [(a.unit_name, a.note) for task in plan.tasks for a in task.assignments]
    assert found == [("县发改局局长办公会", None)]
