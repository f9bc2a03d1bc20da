"""The teams an appraisal or an inspection sends are coordination groups, named as they are set up.

A plan of supervision or appraisal names the team that does the work as a body (组成考核评议组,
由市政府考评组组织测评, 成立督察组, 设立评查小组), drawn from several units as a 工作组 is: the
team is a group, named past the verb that forms it (组成) or the word that makes it act or
receive (由, 报). A team's word is a common noun, so in running text, with no such word before it
(考核组成员由…抽调, 评查结果…以及评查小组的建议), it names no body; the same characters inside
another word (考核组织架构, the organisation of an appraisal) name no team either.
"""

from __future__ import annotations

import pytest

import rulegov


def _groups(body: str) -> list[str]:
    plan = rulegov.parse_plan("某局行政执法评议考核实施方案\n" + body)
    return [group.name for group in plan.coordination_groups]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "一、评议考核的主体\n评议考核由政策法规处牵头,组织有关处室人员组成考核评议组实施评议考核。\n",
            ["考核评议组"],
        ),
        ("一、考评方式\n评分表中“社会测评”栏由市政府考评组组织测评,统一填写。\n", ["市政府考评组"]),
        ("一、督察安排\n成立督察组,对各镇开展法治督察。\n", ["督察组"]),
        ("一、评查安排\n由主管部门设立评查小组,开展案卷评查。\n", ["评查小组"]),
        ("一、考核方式\n抽调相关部门人员组成考核组,采取实地考核的方式进行。\n", ["考核组"]),
    ],
    ids=["formed", "by-name", "set-up", "small-team", "drawn"],
)
def test_a_team_of_appraisal_or_inspection_is_a_group(body: str, names: list[str]) -> None:
    assert _groups(body) == names


@pytest.mark.parametrize(
    "body",
    [
        "四、考核方法与程序\n4.1考核组织架构:构建多方协同的考核责任体系\n",
        "一、考核方式\n考核组成员由县司法局抽调。\n",
        "一、考核方式\n年终由检查组对各单位进行检查。\n",
        "一、考核方式\n考核结果包括考核小组对问题的分析和建议。\n",
    ],
    ids=["organisation", "members-of-a-team-unnamed", "word-alone", "running-text"],
)
def test_no_team_is_named(body: str) -> None:
    assert _groups(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "一、工作要求\n各单位于4月20日前上报区督查组(办公室设在区委办)。\n",
        "一、工作要求\n以书面和电子邮件的形式报区督查组,由区督查组综合后通报。\n",
    ],
    ids=["reported-to", "sent-to"],
)
def test_a_team_reported_to_is_named_without_the_verb(body: str) -> None:
    assert _groups(body) == ["区督查组"]
