"""Joint organs that sign an 意见 at its end, one a line, are read however many (up to eight)."""

from __future__ import annotations

from rulegov import parse_plan

ORGANS = ["某某部", "教育部", "科学技术部", "交通运输部", "文化和旅游部", "某某科学院"]
HEAD = (
    "某某部等六部门关于推动某某产业创新发展的实施意见\n"
    "某部联科〔2024〕12号\n"
    "各有关单位：\n"
    "为推动某某产业创新发展，提出如下意见。\n"
    "一、重点任务\n"
    "（一）加强前瞻部署。做好谋划。\n"
    "（二）提升创新能力。开展攻关。\n"
    "二、保障措施\n"
    "（一）加强统筹协调。形成工作格局。\n"
)
SIGNATURE = "\n".join(ORGANS) + "\n2024年1月18日\n"


def test_six_joint_organs_sign_at_the_end() -> None:
    plan = parse_plan(HEAD + SIGNATURE)
    assert plan.issuer == "、".join(ORGANS)
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2024-01-18"


def test_a_bulleted_list_under_the_signature_is_no_part_of_it() -> None:
    plan = parse_plan(HEAD + SIGNATURE + "\n【说明】\n• 某某标注(75)\n• 某某标注(88)\n")
    assert plan.issuer == "、".join(ORGANS)
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2024-01-18"


def test_a_page_field_naming_a_signer_in_short_gives_way_to_the_signature() -> None:
    page = "发布机构：某和信息化部\n发布日期：2024年1月\n"
    short = page.replace("某和信息化部", "某信部")
    signature = "某和信息化部\n教育部\n科学技术部\n2024年1月18日\n"
    head = HEAD.replace("某某部等六部门", "某和信息化部等三部门")
    for printed in (page, short):
        plan = parse_plan(printed + head + signature)
        assert plan.issuer == "某和信息化部、教育部、科学技术部"
