"""A county's bulleted list of disclosure fields whose validity field (公文时效) is left empty.

The list prints each field after a dash (``- 发文机构:某县人民政府``, ``- 公文时效:``); a field
left empty ends in its colon, as an address line does, but it is the page's field: the plan
has no recipients.
"""

from __future__ import annotations

import pytest

import rulegov

HEADING = "某县2025年法治政府建设年度报告"
BODY = "2025年,某县扎实推进法治政府建设。\n一、工作开展情况\n(一)强化组织领导。\n"


@pytest.mark.parametrize("label", ["公文时效", "时效", "有效性"])
@pytest.mark.parametrize("bullet", ["- ", "• ", ""], ids=["dash", "dot", "none"])
def test_an_empty_validity_field_is_no_address(label: str, bullet: str) -> None:
    fields = [
        "索引号:pnx/2026-00010",
        "发文字号:",
        "发文机构:某县人民政府",
        f"名 称:{HEADING}",
        f"{label}:",
        "发布日期:2026-01-12",
    ]
    text = (
        HEADING + "\n" + "".join(f"{bullet}{field}\n" for field in fields) + HEADING + "\n" + BODY
    )
    plan = rulegov.parse_plan(text)
    assert list(plan.recipients) == []
    assert plan.title == HEADING
    assert plan.issuer == "某县人民政府"
