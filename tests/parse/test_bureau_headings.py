"""A bureau's plan printed with no notice names its issuer first in its heading.

A county justice bureau's or a city public security bureau's 工作方案 is often published with
no notice and no signature, its heading opening with the bureau's name and going straight on
to what the plan is about (``某县司法局优化法治化营商环境工作方案``), with no year between (a year
between was read before: ``某县司法局2023年普法工作计划``). The bureau is the plan's issuer; a
heading that opens with a verb or with a word that ends in 局 (布局, 格局) names no body.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

BODY = (
    "一、指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
    "二、主要任务\n(一)健全工作机制。各部门要落实责任。\n(二)强化督促检查。定期开展检查。\n"
)


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        ("湘阴县司法局优化法治化营商环境三项专项行动工作方案", "湘阴县司法局"),
        ("某县公安局执法规范化建设工作方案", "某县公安局"),
        ("某市生态环境局行政执法三项制度实施方案", "某市生态环境局"),
        ("某省交通运输厅法治宣传教育实施方案", "某省交通运输厅"),
        ("市司法局依法行政工作计划", "市司法局"),
        ("某區司法局法治政府建設工作要點", "某區司法局"),
    ],
)
def test_the_bureau_heading_a_plan_is_its_issuer(heading: str, issuer: str) -> None:
    plan = parse_plan(f"{heading}\n{BODY}")
    assert plan.title == heading
    assert plan.issuer == issuer


@pytest.mark.parametrize(
    "heading",
    [
        "优化城市布局实施方案",
        "推进全市司法局系统规范化建设实施方案",
        "全市司法行政工作要点",
        "打造发展新格局工作方案",
    ],
)
def test_a_heading_that_names_no_bureau_first_gives_no_issuer(heading: str) -> None:
    assert parse_plan(f"{heading}\n{BODY}").issuer is None


def test_a_notice_still_names_its_own_issuer() -> None:
    text = (
        "某县人民政府办公室关于印发某县司法局执法规范化建设工作方案的通知\n"
        "各乡镇人民政府,县直各单位:\n"
        "现将《某县司法局执法规范化建设工作方案》印发给你们,请认真贯彻执行。\n"
        "某县人民政府办公室\n"
        "2023年5月6日\n"
        "某县司法局执法规范化建设工作方案\n"
        f"{BODY}"
    )
    assert parse_plan(text).issuer == "某县人民政府办公室"
