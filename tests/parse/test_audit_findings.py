"""Plans read as a new user reads them: units, timing and titles on minimal real wordings."""

from __future__ import annotations

import pytest

import rulegov


def _units_of(plan: rulegov.Plan, number: str) -> list[str]:
    task = next(task for task in plan.tasks if task.number == number)
    names = {unit.id: unit.name for unit in plan.units}
    return [names[assignment.unit] for assignment in task.assignments]


@pytest.mark.parametrize(
    ("party", "other"),
    [
        ("省委办公厅", "省人大常委会办公厅"),
        ("区委办公室", "区人大常委会办公室"),
        ("区委办公室", "区纪委办公室"),
    ],
)
def test_a_party_committee_office_is_not_the_office_of_another_organ(party: str, other: str):
    text = (
        "某县2023年法治建设工作要点\n一、加强监督\n1.开展执法检查。\n"
        f"牵头单位:{other}\n2.开展专项督查。\n牵头单位:{party}\n"
    )
    plan = rulegov.parse_plan(text)
    assert sorted(unit.name for unit in plan.units) == sorted([party, other])
    assert _units_of(plan, "1") == [other]
    assert _units_of(plan, "2") == [party]


def test_a_bracket_of_unit_names_after_a_task_names_its_responsible_units():
    text = (
        "某省法治建设重点任务责任分解\n"
        "1.加强领导干部法律知识学习培训。每年集中学法不少于2次。(省委宣传部、省法制办)\n"
        "2.加强监督考核。全面落实述法制度。(省委组织部、省人大常委会办公厅、省法制办)\n"
        "3.开展普法宣传。(含各镇、各村)\n"
    )
    plan = rulegov.parse_plan(text)
    assert _units_of(plan, "1") == ["省委宣传部", "省法制办"]
    assert _units_of(plan, "2") == ["省委组织部", "省人大常委会办公厅", "省法制办"]
    task = plan.tasks[0]
    assert {assignment.role for assignment in task.assignments} == {rulegov.Role.RESPONSIBLE}
    assert "省委宣传部" not in task.text
    assert _units_of(plan, "3") == []
