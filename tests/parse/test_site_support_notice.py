"""A site's line telling a reader it supports IPv6 is the page's, never a document's heading.

Government sites print a short notice at the head of each page (``本网站支持IPv6``, ``本站支持
IPv6``, ``网站支持IPv6``) beside their version links (长者模式, 无障碍). It names no document and
stands above the breadcrumb; the heading under the breadcrumb is the title.
"""

from __future__ import annotations

import pytest

import rulegov

PAGE = (
    "{notice}\n"
    "长者模式\n"
    "当前位置:\n"
    "首页 > 新闻中心 > 公示公告\n"
    "\n"
    "某市某区2025年度法治政府建设工作总结\n"
    "\n"
    "来源:区司法局 发布时间:2026-02-09 15:17\n"
    "\n"
    "2025年,某区坚持依法行政,法治政府建设取得成效。现将有关情况报告如下:\n"
    "\n"
    "一、工作开展情况\n"
)


@pytest.mark.parametrize(
    "notice",
    ["本网站支持IPv6", "本站支持IPv6", "网站支持IPv6", "本网站支持IPV6", "本网站已支持IPv6"],
)
def test_the_site_s_ipv6_notice_is_no_title(notice: str) -> None:
    plan = rulegov.parse_plan(PAGE.format(notice=notice))
    assert plan.title == "某市某区2025年度法治政府建设工作总结"


def test_a_heading_that_speaks_of_ipv6_is_still_a_title() -> None:
    text = PAGE.format(notice="").replace(
        "某市某区2025年度法治政府建设工作总结", "某市推进IPv6规模部署工作方案"
    )
    plan = rulegov.parse_plan(text)
    assert plan.title == "某市推进IPv6规模部署工作方案"
