"""The labels of a sharing site's shop and a model-essay site's mark around a plan's name.

A sharing site that sells the files it holds prints its cart, the reader's history and its
buttons over the file (``购物车(0)``, ``我的足迹``, ``加入Vip免费下载 立即下载``); a model-essay
site marks a plan as a model after its name (``某计划范文``, as ``模板范文``). Neither is part of
the title, and the cart's words are no issuer.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = "一、学习宣传贯彻法治思想\n1.领导干部领学促学。\n2.加强系统学习培训。\n"
NAME = "县教育局2022年法治工作要点"


@pytest.mark.parametrize(
    "labels",
    [
        ["购物车", "我的足迹"],
        ["购物车(0)", "我的足迹"],
        ["购物车", "我的足迹", "加入Vip免费下载 立即下载"],
        ["我的足迹", "立即下载"],
    ],
    ids=["cart-and-history", "cart-count", "buttons", "history-and-button"],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_a_shops_labels_are_no_part_of_the_title(labels: list[str], gap: str) -> None:
    plan = rulegov.parse_plan(gap.join([*labels, NAME]) + gap + BODY)
    assert plan.title == NAME
    assert plan.issuer in {None, "县教育局"}


@pytest.mark.parametrize(
    "name",
    ["2020年法制宣传处下半年工作计划", "乡镇普法工作方案", "2024年普法依法治理工作要点"],
)
def test_a_model_essay_mark_after_the_name_is_no_part_of_the_title(name: str) -> None:
    plan = rulegov.parse_plan(f"{name}范文\n{BODY}")
    assert plan.title == name


def test_a_title_that_names_model_essays_keeps_its_words() -> None:
    plan = rulegov.parse_plan(f"优秀范文评选活动方案\n{BODY}")
    assert plan.title == "优秀范文评选活动方案"
