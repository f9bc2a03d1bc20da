"""A notice whose heading names several plans, each in its own book-title marks.

A joint notice may print three plans at once (``关于印发《甲方案》《乙方案》《丙方案》的通知``).
As a heading that names the first and counts the rest (``印发A等…``) carries A, the plan's
title is the first name, never the run from the first mark to the last (``甲方案》《乙方案``).
"""

from __future__ import annotations

import pytest

import rulegov

ADDRESS = "各市(地)委和人民政府(行署),省委各部委,省直各单位:"
BODY = "一要统一思想认识。开展突破年行动是重要举措。\n二要强化责任担当。各地要坚定信心。\n"


@pytest.mark.parametrize(
    "names",
    [
        ["某省县域经济发展突破年行动方案", "某省科技成果产业化突破年行动方案"],
        ["某省甲行动方案", "某省乙实施方案", "某省丙工作要点"],
    ],
    ids=["two", "three"],
)
@pytest.mark.parametrize("joint", ["》《", "》、《"], ids=["adjoining", "listed"])
def test_the_first_of_several_quoted_plans_is_the_title(names: list[str], joint: str) -> None:
    heading = f"中共某省委办公厅 某省人民政府办公厅\n关于印发《{joint.join(names)}》的通知"
    plan = rulegov.parse_plan(f"{heading}\n{ADDRESS}\n{BODY}")
    assert plan.title == names[0]
    assert "《" not in plan.title
    assert "》" not in plan.title


def test_a_single_quoted_plan_keeps_its_whole_name() -> None:
    heading = "某省人民政府关于印发《某都市圈发展规划》的通知"
    plan = rulegov.parse_plan(f"{heading}\n{ADDRESS}\n现将《某都市圈发展规划》印发给你们。\n")
    assert plan.title == "某都市圈发展规划"


def test_a_name_that_quotes_another_inside_it_is_kept_whole() -> None:
    heading = "某市人民政府关于印发《贯彻落实〈某省条例〉实施方案》的通知"
    plan = rulegov.parse_plan(f"{heading}\n各县人民政府:\n现将方案印发给你们。\n")
    assert plan.title == "贯彻落实〈某省条例〉实施方案"
