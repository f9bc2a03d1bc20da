"""Units whose role is qualified (按照职责分工分别牵头负责) read alike in a bracket or out of one.

A bracket after a task may qualify the role of its units by their duties
(``（发展改革委、公安部按照职责分工分别牵头负责，中央编办参加）``); so does the same clause
printed on its own line under the task, or as a sentence after the task's own: the units
before the qualifier keep their role.
"""

from __future__ import annotations

import pytest

import rulegov

_PLAN = "一、主要任务\n1.制定信用代码制度建设方案。做好衔接。{clause}\n2.做好其他工作。\n"


def _units(clause: str) -> list[tuple[str, str]]:
    task = rulegov.parse_plan(_PLAN.format(clause=clause)).tasks[0]
    assert task.title == "制定信用代码制度建设方案"
    return [(a.role.value, a.unit_name or a.unit) for a in task.assignments]


_LEADS = [("lead", "发展改革委"), ("lead", "公安部"), ("cooperating", "中央编办")]


@pytest.mark.parametrize(
    "clause",
    [
        "(发展改革委、公安部按照职责分工分别牵头负责,中央编办参加)",
        "\n发展改革委、公安部按照职责分工分别牵头负责,中央编办参加",
        "\n发展改革委、公安部按职责分工分别牵头负责,中央编办参加",
        "发展改革委、公安部按照职责分工分别牵头负责,中央编办参加。",
        "\n發展改革委、公安部按照職責分工分別牽頭負責,中央編辦參加",
    ],
)
def test_the_qualified_leads_keep_their_role(clause: str) -> None:
    units = _units(clause)
    assert [role for role, _ in units] == [role for role, _ in _LEADS]
    assert len(units) == len(_LEADS)


@pytest.mark.parametrize(
    ("clause", "names"),
    [
        ("县司法局、县公安局按照职责分工分别负责。", ["县司法局", "县公安局"]),
        ("\n市发改委、市财政局按照各自职责分别负责落实", ["市发改委", "市财政局"]),
    ],
)
def test_the_qualified_responsible_units_are_read(clause: str, names: list[str]) -> None:
    assert _units(clause) == [("responsible", name) for name in names]


def test_a_duty_of_all_departments_names_no_unit() -> None:
    assert _units("\n各部门要按照职责分工负责") == []
