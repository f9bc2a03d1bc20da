"""A bracket after a task naming its units closes with how they carry the task out.

Besides 负责, 负责落实 and 按职责分工负责, plans close the list with 抓好落实, 共同落实, 分头落实,
各负其责, with 按分工负责 or 依职责落实, and with 按照职责分工抓好落实 or 按职责分工推进: each
names the units responsible, and none is part of the last unit's name. 协同 after a unit, as
配合 and 参与, names a unit that cooperates.
"""

from __future__ import annotations

import pytest

import rulegov

TEXT = (
    "某市2024年法治政府建设工作要点\n一、主要任务\n"
    "（一）加强备案审查。依法审查规范性文件。{open}市司法局、市财政局{phrase}{close}\n"
    "（二）推进政务公开。及时公开政府信息。{open}市政府办公室{phrase}{close}\n"
)


@pytest.mark.parametrize(
    "phrase",
    [
        "抓好落实",
        "共同落实",
        "分头落实",
        "各负其责",
        "按分工负责",
        "依职责落实",
        "按照职责分工抓好落实",
        "按职责抓好落实",
        "按职责分工推进",
    ],
)
@pytest.mark.parametrize(("open_", "close"), [("（", "）"), ("(", ")"), ("〔", "〕")])
def test_a_closing_phrase_names_the_units_responsible(phrase: str, open_: str, close: str) -> None:
    plan = rulegov.parse_plan(TEXT.format(open=open_, close=close, phrase=phrase))
    units = [[(a.role.value, a.unit_name) for a in task.assignments] for task in plan.tasks]
    assert units == [
        [("responsible", "市司法局"), ("responsible", "市财政局")],
        [("responsible", "市政府办公室")],
    ]


def test_units_that_work_together_with_the_lead_cooperate() -> None:
    text = (
        "某县2024年政务公开工作要点\n一、主要任务\n"
        "（一）推进政务公开。及时公开政府信息。（县政府办公室牵头，各乡镇协同）\n"
        "（二）加强解读回应。做好政策解读。（县司法局牵头、县财政局协同）\n"
    )
    plan = rulegov.parse_plan(text)
    units = [[(a.role.value, a.unit_name) for a in task.assignments] for task in plan.tasks]
    assert units == [
        [("lead", "县政府办公室"), ("cooperating", "各乡镇")],
        [("lead", "县司法局"), ("cooperating", "县财政局")],
    ]
