"""A bureau named first in a plan's heading is its issuer only when nothing better names one.

The red head's organ, the organ a plan is issued in the name of and the organ's mark come first: a
county office's 文件 carrying a bureau's plan is the office's. A heading naming a scope (全省司法厅系统,
各县区教育局) or several bodies (县教育局等五部门) names no one issuer.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

BODY = (
    "一、指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
    "二、主要任务\n(一)健全工作机制。各部门要落实责任。\n(二)强化督促检查。定期开展检查。\n"
)


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        ("某县人民政府办公室文件\n某政办发〔2024〕5号\n", "某县人民政府办公室"),
        ("某市人民政府文件\n某政发〔2023〕12号\n", "某市人民政府"),
        ("某县人民政府办公室\n某政办发〔2024〕5号\n", "某县人民政府办公室"),
    ],
)
@pytest.mark.parametrize(
    "heading", ["某县教育局校园安全专项整治工作方案", "某市公安局执法规范化建设实施方案"]
)
def test_the_red_heads_organ_outranks_a_bureau_in_the_heading(
    head: str, issuer: str, heading: str
) -> None:
    plan = parse_plan(f"{head}{heading}\n为加强工作,经县政府同意,制定本方案。\n{BODY}")
    assert plan.issuer == issuer


@pytest.mark.parametrize(
    "heading",
    [
        "全省司法厅系统法治宣传教育实施方案",
        "全市公安局系统执法规范化建设工作方案",
        "各县区教育局校园安全专项整治工作方案",
        "县教育局等五部门校园安全专项整治工作方案",
        "某市公安局等部门联合执法工作方案",
        "某县司法局等3个单位普法工作计划",
        "某市司法局系统法治宣传教育实施方案",
    ],
)
def test_a_scope_or_several_bodies_name_no_issuer(heading: str) -> None:
    plan = parse_plan(f"{heading}\n{BODY}")
    assert plan.title == heading
    assert plan.issuer is None


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        ("某县司法局优化法治化营商环境三项专项行动工作方案", "某县司法局"),
        ("某省交通运输厅法治宣传教育实施方案", "某省交通运输厅"),
        ("市司法局依法行政工作计划", "市司法局"),
        ("某县教育局校园安全专项整治工作方案", "某县教育局"),
    ],
)
def test_a_bureau_alone_in_the_heading_is_still_the_issuer(heading: str, issuer: str) -> None:
    plan = parse_plan(f"{heading}\n{BODY}")
    assert plan.issuer == issuer
