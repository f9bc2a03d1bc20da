"""A sentence that puts a leader in charge, then names the units, then the work.

``由张某副市长负责，市发改委牵头，相关部门配合，尽快…`` names its units after the person; so does
``由李某常务副市长牵头，市生态环境局负责，细化分工。``, which names no cooperating units: after the
leader, the units' clause ends at its comma, and the work follows it. A sentence without a leader
that goes on past its units (由国务院办公厅负责，文件…) still names none.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = "某市重点项目分工\n一、重点项目\n1、设立改革试验区事宜\n"


def _units(text: str) -> list[list[tuple[str, str | None]]]:
    plan = rulegov.parse_plan(text)
    return [[(a.role.value, a.unit_name) for a in task.assignments] for task in plan.tasks]


@pytest.mark.parametrize(
    ("leader", "clause", "expected"),
    [
        ("李某常务副市长负责", "市生态环境局牵头", [("lead", "市生态环境局")]),
        ("李某副市长牵头", "市生态环境局负责", [("responsible", "市生态环境局")]),
        ("王某副县长负责", "县住建局牵头", [("lead", "县住建局")]),
        (
            "李某副市长负责",
            "市生态环境局牵头，市财政局配合",
            [("lead", "市生态环境局"), ("cooperating", "市财政局")],
        ),
    ],
)
def test_the_units_after_the_leader_end_at_their_comma(
    leader: str, clause: str, expected: list[tuple[str, str]]
) -> None:
    text = (
        HEAD
        + f"由{leader}，{clause}，细化分工、落实责任，尽快完成前期工作。\n2、建设轨道交通项目\n"
    )
    assert _units(text)[0] == expected


def test_a_sentence_without_a_leader_that_goes_on_names_no_units() -> None:
    text = HEAD + "由市发改委负责，文件印发后尽快完成前期工作。\n2、建设轨道交通项目\n"
    assert _units(text)[0] == []
