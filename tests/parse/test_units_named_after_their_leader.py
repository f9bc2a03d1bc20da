"""Units named in running text after the leader a division of work puts in charge.

A division of key projects may name, for each, the leader in charge before its units:
``由张某副市长负责,市发改委牵头,相关部门配合,尽快完成…``. The leader is a person, no unit; the
units that lead and cooperate are read from the clauses after.
"""

from __future__ import annotations

import pytest

import rulegov
from rulegov.model import Role


@pytest.mark.parametrize("leader", ["张某副市长", "分管副县长", "市政府分管领导", "李某某秘书长"])
def test_units_after_the_leader_in_charge_are_read(leader: str) -> None:
    text = (
        "某市重点项目推进分工\n"
        "1、城市轨道交通项目\n"
        f"由{leader}负责,市建设局牵头,市发改委、市财政局配合,按照要求完善项目建设方案。\n"
        "2、新材料基地建设事宜\n"
        f"由{leader}负责,市工信委牵头,相关部门配合,尽快理清产业发展基础。\n"
    )
    plan = rulegov.parse_plan(text)
    found = [[(a.unit_name or a.unit, a.role) for a in task.assignments] for task in plan.tasks]
    assert found == [
        [("市建设局", Role.LEAD), ("市发改委", Role.COOPERATING), ("市财政局", Role.COOPERATING)],
        [("市工信委", Role.LEAD), ("相关部门", Role.COOPERATING)],
    ]


def test_a_leader_before_work_that_names_no_units_gives_none() -> None:
    text = (
        "某市重点项目推进分工\n"
        "1、城市轨道交通项目\n"
        "由张某副市长负责,尽快完善项目建设方案,按程序报批。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.assignments for task in plan.tasks] == [[]]
