"""A page's 发布单位 naming a website or a platform names no issuer.

A government portal prints the site that published a plan under 发布单位 or 来源 (某县人民政府门户网站,
某市政务服务平台): the site is no organ. An organ under the same label is still the issuer.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

BODY = "一、主要任务\n1.深入推进依法行政。\n2.加强法治宣传教育。\n"
TITLE = "某县2024年法治政府建设工作要点"


@pytest.mark.parametrize(
    "site",
    [
        "某县人民政府门户网站",
        "某县人民政府网",
        "某市政务服务平台",
        "某市司法局微信公众号",
        "中国某某网站",
    ],
)
@pytest.mark.parametrize("colon", [":", "："])
def test_a_site_as_publisher_names_no_issuer(site: str, colon: str) -> None:
    text = f"标题{colon}{TITLE}\n发布单位{colon}{site}\n发布日期{colon}2024-03-01\n{TITLE}\n{BODY}"
    plan = parse_plan(text)
    assert plan.issuer != site
    assert plan.title == TITLE


@pytest.mark.parametrize("organ", ["某县人民政府", "某县司法局", "某县人民政府办公室"])
def test_an_organ_as_publisher_is_still_the_issuer(organ: str) -> None:
    text = f"标题:{TITLE}\n发布单位:{organ}\n发布日期:2024-03-01\n{TITLE}\n{BODY}"
    assert parse_plan(text).issuer == organ
