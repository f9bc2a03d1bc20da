"""A wire copy of a joint 意见: the agency's dateline, organs apart by a space, a page's 发布机构."""

from __future__ import annotations

from rulegov import parse_plan

NAME = "关于做好某年某某重点工作的意见"
HEADING = f"中共中央 国务院{NAME}\n（2023年1月2日）\n"
BODY = (
    "做好某某工作意义重大。\n"
    "一、抓紧抓好某某生产\n"
    "（一）全力抓好某某生产。确保产量。\n"
    "（二）加力扩种某某作物。扩大面积。\n"
    "二、加强某某设施建设\n"
    "（三）加强某某保护。落实制度。\n"
)
PAGE = f"# {NAME}\n**发布日期**: 2023年2月14日\n**发布机构**: 中共中央\n---\n## 政策全文\n"


def test_an_agency_dateline_over_the_heading_is_no_title() -> None:
    plan = parse_plan(f"{NAME}\n新华社北京2月13日电\n{HEADING}{BODY}")
    assert plan.notice is None
    assert plan.title == f"中共中央国务院{NAME}"
    assert [task.title for task in plan.tasks] == [
        "全力抓好某某生产",
        "加力扩种某某作物",
        "加强某某保护",
    ]


def test_organs_a_heading_prints_apart_are_named_each() -> None:
    assert parse_plan(HEADING + BODY).issuer == "中共中央、国务院"
    two_lines = HEADING.replace(" 国务院", " 国务院\n")
    assert parse_plan(two_lines + BODY).issuer == "中共中央、国务院"


def test_a_page_field_naming_one_of_them_gives_way_to_the_heading() -> None:
    plan = parse_plan(f"{PAGE}新华社北京2月13日电\n{HEADING}{BODY}")
    assert plan.issuer == "中共中央、国务院"
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2023-01-02"


def test_one_organ_or_organs_run_together_stay_as_printed() -> None:
    assert parse_plan(f"某县人民政府{NAME}\n{BODY}").issuer == "某县人民政府"
    assert parse_plan(f"某省 人民政府{NAME}\n{BODY}").issuer != "某省、人民政府"
