"""A site's summary under its label (核心提示:) over a reprinted notice is page text."""

from __future__ import annotations

from rulegov import parse_plan

ADDRESS = "各省、自治区、直辖市某某厅(局、委),部机关有关司局、有关直属单位:"
TEXT = (
    "我部制定了《某某系统法治宣传教育第八个五年规划(2021—2025年)》。现印发给你们,请认真组织实施。"
)
PAGE = (
    "某部关于印发《某某系统法治宣传教育第八个五年规划(2021—2025年)》的通知\n"
    f"核心提示:{ADDRESS}{TEXT}某部2021年8月18日某某系统法治宣传教育第八个五年规划(20\n"
    f"{ADDRESS}\n{TEXT}\n某部\n2021年8月18日\n"
    "某某系统法治宣传教育第八个五年规划\n(2021—2025年)\n"
    "深入开展法治宣传教育是重要基础性工作。\n一、总体要求\n坚持以人为本。\n"
)


def test_the_notice_under_a_summary_is_read_from_its_own_lines() -> None:
    plan = parse_plan(PAGE)
    assert plan.recipients == ["各省、自治区、直辖市某某厅(局、委)", "部机关有关司局、有关直属单位"]
    assert plan.issuer == "某部"
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2021-08-18"
    assert plan.notice is not None
    assert not plan.notice.text.startswith("核心提示")


def test_a_summary_that_names_the_plan_alone_leaves_the_head_as_read() -> None:
    page = PAGE.replace(
        f"核心提示:{ADDRESS}{TEXT}某部2021年8月18日某某系统法治宣传教育第八个五年规划(20",
        "核心提示:某某系统法治宣传教育第八个五年规划。",
    )
    plan = parse_plan(page)
    assert plan.title == "某某系统法治宣传教育第八个五年规划(2021—2025年)"
    assert plan.issuer == "某部"
