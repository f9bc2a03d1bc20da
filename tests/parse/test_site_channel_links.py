"""A site's links to its other channels, one a line over the page, are page text, not a title."""

from __future__ import annotations

from rulegov import parse_plan

CHANNELS = "移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心\n"
NOTICE = (
    "为做好某某工作,局制定了《全市某某系统法治宣传教育第八个五年规划(2021—2025年)》,"
    "现予印发,请结合工作实际,认真贯彻执行。\n"
    "某市交通运输局\n2022年6月9日\n"
    "某市某某系统法治宣传教育\n第八个五年规划(2021—2025年)\n"
    "某某工作是长期基础性工作,特制定本规划。\n"
)
BODY = "一、指导思想\n坚持以人为本。\n二、主要任务\n1.办好政务微博、政务微信。加强管理。\n2.建设智能问答系统。\n"


def test_channel_links_over_a_notice_leave_its_head_to_be_read() -> None:
    plan = parse_plan(CHANNELS + NOTICE + BODY)
    assert plan.title == "某市某某系统法治宣传教育第八个五年规划(2021—2025年)"
    assert plan.issuer == "某市交通运输局"
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2022-06-09"


def test_a_plan_that_names_those_channels_in_its_work_keeps_its_tasks() -> None:
    plan = parse_plan(CHANNELS + NOTICE + BODY)
    assert [task.title for task in plan.tasks] == ["办好政务微博、政务微信", "建设智能问答系统"]
