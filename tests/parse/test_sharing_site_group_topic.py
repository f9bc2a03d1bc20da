"""A sharing site's label naming only its group's topic is the site's; the heading under it titles.

A model-essay page numbers the documents it groups (第一篇:) and may print after the number only
the topic of the group, a kind of document with a word of subject (第一篇:普法规划), over the
document's own heading, broken over lines (2006-2010年某中学 / “五五”普法工作规划). The heading is
the title; the label names none.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = [
    "按照县委、县政府“五五”普法的总体要求,结合本局实际,制定本规划。",
    "一、认真制定局“五五”普法规划",
    "1、组织学习普法规划。",
    "2、配合县普法工作领导小组开展宣传。",
    "二、积极开展依法治理工作",
    "1、局长办公会每年专题研究依法治理工作。",
]


@pytest.mark.parametrize(
    ("label", "heading", "title"),
    [
        (
            "第一篇:普法规划",
            ["2006-2010年某中学", "“五五”普法工作规划"],
            "2006-2010年某中学“五五”普法工作规划",
        ),
        ("第一篇:普法規劃", ["某縣檔案局“五五”普法工作規劃"], "某縣檔案局“五五”普法工作規劃"),
        ("第二篇:工作计划", ["某局2009年法制宣传工作计划"], "某局2009年法制宣传工作计划"),
    ],
)
def test_the_heading_under_a_group_topic_is_the_title(
    label: str, heading: list[str], title: str
) -> None:
    plan = rulegov.parse_plan("\n".join([label, *heading, *BODY]) + "\n")
    assert plan.title == title
    assert [section.number for section in plan.sections] == ["一", "二"]


def test_a_label_naming_the_document_itself_still_gives_the_title() -> None:
    # the label's name is the document's own, the text follows it: the name is the title
    plan = rulegov.parse_plan("\n".join(["第一篇:某局“五五”普法工作规划", *BODY]) + "\n")
    assert plan.title == "某局“五五”普法工作规划"
