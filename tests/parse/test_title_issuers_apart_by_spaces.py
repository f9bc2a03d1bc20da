"""Joint issuers a plan's own title prints apart by spaces before 关于.

A plan printed without a notice may name its two issuing bodies in its title, parted by spaces
(省委宣传部 省司法厅 关于在全省开展…规划): each name ends as a body's, so the space parts two
issuers, named apart as a signature names them. Before, the spaces were dropped and the two names
read as one issuer (省委宣传部省司法厅).
"""

from __future__ import annotations

import pytest

import rulegov

PLAN = (
    "{title}\n"
    "为深入学习宣传贯彻习近平法治思想,结合我省实际,制定本规划。\n"
    "一、以习近平法治思想引领全民普法工作\n"
    "(一)指导思想\n"
    "坚持以习近平新时代中国特色社会主义思想为指导。\n"
)


@pytest.mark.parametrize("gap", [" ", "\u3000", "  "])
def test_two_bodies_apart_by_spaces_are_two_issuers(gap: str) -> None:
    title = f"省委宣传部{gap}省司法厅{gap}关于在全省开展法治宣传教育的第八个五年规划(2021—2025年)"
    plan = rulegov.parse_plan(PLAN.format(title=title))
    assert plan.issuer == "省委宣传部、省司法厅"


def test_a_place_apart_from_its_body_is_one_issuer() -> None:
    title = "某市 人民政府关于开展法治宣传教育的第八个五年规划(2021—2025年)"
    plan = rulegov.parse_plan(PLAN.format(title=title))
    assert plan.issuer is not None
    assert "、" not in plan.issuer


def test_one_body_before_about_is_read_as_before() -> None:
    title = "某市司法局关于开展法治宣传教育的第八个五年规划(2021—2025年)"
    plan = rulegov.parse_plan(PLAN.format(title=title))
    assert plan.issuer == "某市司法局"
