"""A headline that prints its joint issuers apart by a space names each of them."""

from __future__ import annotations

from rulegov import parse_plan

BODY = "\n一、重要意义\n做好某某工作意义重大。\n二、主要任务\n（一）加强保护。做好保护。\n"


JOINT = {
    "中共中央办公厅 国务院办公厅": "中共中央办公厅、国务院办公厅",
    "省委办公厅 省政府办公厅": "省委办公厅、省政府办公厅",
    "中共某市委办公室 某市人民政府办公室": "中共某市委办公室、某市人民政府办公室",
}


def test_joint_issuers_of_a_headline_are_apart() -> None:
    found = {
        printed: parse_plan(f"{printed}印发《关于实施某某保护利用工程的意见》{BODY}").issuer
        for printed in JOINT
    }
    assert found == JOINT


def test_one_issuer_with_a_space_inside_its_name_stays_one() -> None:
    plan = parse_plan(f"某省 人民政府印发《关于实施某某保护利用工程的意见》{BODY}")
    assert plan.issuer is not None
    assert "、" not in plan.issuer
