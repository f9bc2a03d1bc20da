"""A site's link to its version for the elderly (适老化模式) belongs to its account bar.

Government sites print, above the breadcrumb, a bar of version links: the IPv6 notice, 无障碍阅读,
长者模式 and, on many provincial platforms, 适老化模式 (or 适老版). The bar names no document; the
heading under the breadcrumb is the title, and the disclosure fields under it are read as fields.
"""

from __future__ import annotations

import pytest

import rulegov

PAGE = (
    "{bar}\n"
    "当前位置: 首页 > 政府信息公开 > 法定主动公开内容 > 公共法律服务\n"
    "\n"
    "某县人民调解工作实施方案\n"
    "\n"
    "索引号 6207250010/2021-00128 发文字号 某法发〔2021〕3号\n"
    "公开形式 主动公开 发布机构 某县司法局\n"
    "\n"
    "为进一步做好人民调解工作,制定如下实施方案。\n"
    "\n"
    "一、工作任务\n"
    "\n"
    "1.健全调解组织。各乡镇建立人民调解委员会。\n"
)


@pytest.mark.parametrize(
    "bar",
    [
        "网站支持IPV6 | 无障碍阅读 | 适老化模式",
        "无障碍阅读 | 适老化模式",
        "适老化模式",
        "本站支持IPv6 | 适老版 | 无障碍",
        "长者模式 | 适老化",
    ],
)
def test_the_elderly_mode_link_is_page_furniture(bar: str) -> None:
    plan = rulegov.parse_plan(PAGE.format(bar=bar))
    assert plan.title == "某县人民调解工作实施方案"
    assert plan.doc_number == "某法发〔2021〕3号"
    assert plan.issuer == "某县司法局"
    assert [task.title for task in plan.tasks] == ["健全调解组织"]


def test_a_plan_about_elderly_friendly_services_keeps_its_heading() -> None:
    text = PAGE.format(bar="无障碍阅读").replace(
        "某县人民调解工作实施方案", "某县推进适老化改造工作实施方案"
    )
    plan = rulegov.parse_plan(text)
    assert plan.title == "某县推进适老化改造工作实施方案"
