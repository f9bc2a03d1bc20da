"""A bracket of units closes with how they carry the work out, beyond the usual role words.

Plans close the list with 按职责分工落实到位 or 负责落实到位 (落实 carried through, 到位), with 狠抓落实,
认真落实, 做好落实, 抓落实 or 组织实施 after a qualifier (按职责分工, 分别, 按照职能职责) or alone, with
共同推进 and with 各司其职: each names the units responsible, and no word of it is part of the last
unit's name.
"""

from __future__ import annotations

import pytest

import rulegov

TEXT = (
    "某区2024年法治政府建设工作要点\n一、主要任务\n"
    "（一）加强普法宣传。依法开展普法。{open}区司法局、区人民法院{phrase}{close}\n"
    "（二）推进政务公开。及时公开政府信息。{open}区政府办{phrase}{close}\n"
)


@pytest.mark.parametrize(
    "phrase",
    [
        "按职责分工落实到位",
        "按照职责分工抓好落实到位",
        "负责落实到位",
        "分别落实到位",
        "按职责分工狠抓落实",
        "按照职责分工认真落实",
        "按职责做好落实",
        "按职责分工抓落实",
        "分别组织实施",
        "按职能职责分别落实",
        "按照职责分工共同推进",
        "各司其职",
    ],
)
@pytest.mark.parametrize(("open_", "close"), [("（", "）"), ("(", ")"), ("〔", "〕")])
def test_a_closing_phrase_names_the_units_responsible(phrase: str, open_: str, close: str) -> None:
    plan = rulegov.parse_plan(TEXT.format(open=open_, close=close, phrase=phrase))
    units = [[(a.role.value, a.unit_name) for a in task.assignments] for task in plan.tasks]
    assert units == [
        [("responsible", "区司法局"), ("responsible", "区人民法院")],
        [("responsible", "区政府办")],
    ]


def test_a_sentence_that_closes_so_keeps_its_words() -> None:
    text = (
        "某区2024年法治政府建设工作要点\n一、主要任务\n"
        "（一）加强普法宣传。各项任务要狠抓落实，确保落实到位。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.assignments for task in plan.tasks] == [[]]
    assert plan.tasks[0].title == "加强普法宣传"
