"""A disclosure field left blank in words or marks names no issuer.

Policy aggregators and some government pages print a field they hold no value for in words
(``发布部门:信息补充中``, ``发布机构:暂无``, ``不详``, ``待补充``) or in marks (``/``, ``——``):
the page names no body there, so the field gives no issuer, and one printed elsewhere (the
notice's signature) is read instead.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

BODY = "一、加强组织领导\n(一)健全工作机制。各部门要落实责任。\n(二)强化督促检查。定期开展检查。\n"


@pytest.mark.parametrize("label", ["发布部门", "发布机构", "发文机关", "发文机构"])
@pytest.mark.parametrize(
    "value", ["信息补充中", "暂无", "无", "不详", "待补充", "未知", "/", "——", "-"]
)
def test_a_blank_field_names_no_issuer(label: str, value: str) -> None:
    text = f"某市2023年法治政府建设工作要点\n{label}:{value}\n发布时间:2024年12月12日\n{BODY}"
    plan = parse_plan(text)
    assert plan.issuer is None
    assert plan.title == "某市2023年法治政府建设工作要点"


@pytest.mark.parametrize("value", ["信息补充中", "暂无", "/"])
def test_the_signature_names_the_issuer_under_a_blank_field(value: str) -> None:
    text = (
        "关于印发《某区2023年政务公开工作要点》的通知\n"
        f"发布部门:{value}\n"
        "发布时间:2023年3月20日\n"
        "各街道办事处,区政府各部门:\n"
        "现将《某区2023年政务公开工作要点》印发给你们,请认真贯彻执行。\n"
        "某区人民政府办公室\n"
        "2023年3月15日\n"
        "某区2023年政务公开工作要点\n"
        f"{BODY}"
    )
    plan = parse_plan(text)
    assert plan.issuer == "某区人民政府办公室"
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2023-03-15"


@pytest.mark.parametrize("value", ["某区人民政府", "无锡市人民政府", "未央区司法局"])
def test_a_field_naming_a_body_still_names_the_issuer(value: str) -> None:
    text = f"某市2023年法治政府建设工作要点\n发布机构:{value}\n{BODY}"
    assert parse_plan(text).issuer == value
