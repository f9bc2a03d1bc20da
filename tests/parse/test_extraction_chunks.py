"""A sharing site's extraction of a Word or a PDF file in numbered chunks, read as one text.

Sharing sites print a file's text in chunks of about a page, numbered ``1、`` ``2、`` at the start
of their lines and cut anywhere, in a word or a sentence (…村委、商 / 2、店等地方…). The chunk
numbers number nothing: the chunks are joined and the file's own parts (一、 二、, (一), 1.) read
as they are printed inside them. Items 1、 2、 of a plan, however long, are no chunks: they hold
no parts of their own.
"""

from __future__ import annotations

import pytest

import rulegov

PREFACE = "法律是人类社会发展的必然产物,是维护社会秩序的基本保障。" * 4


def _chunks(gap: str) -> str:
    first = (
        f"1、某乡普法工作计划一、前言{PREFACE}二、工作计划1.开展普法宣传活动针对实际情况开展宣传,"
        "在学校、村委、商"
    )
    second = f"2、店等地方设立法律知识宣传牌。2.落实普法责任制乡政府将成立普法工作小组。{PREFACE}3.加大普法"
    third = "3、力度通过各种媒体平台开展宣传。"
    return gap.join([first, second, third]) + "\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
@pytest.mark.parametrize(
    "head",
    ["", "《某乡普法工作计划.docx》由会员分享,可在线阅读。\n"],
    ids=["bare", "under-the-sites-note"],
)
def test_the_chunks_are_one_text_and_their_numbers_no_items(gap: str, head: str) -> None:
    plan = rulegov.parse_plan(head + _chunks(gap))
    assert [section.number for section in plan.sections] == ["一", "二"]
    assert [tuple(task.path) for task in plan.tasks] == [("二", "1"), ("二", "2"), ("二", "3")]
    assert "商店等地方" in plan.tasks[0].text


@pytest.mark.parametrize(
    "head",
    ["某校法治文化建设方案.docx\n", "《校园法治文化建设方案八篇.docx》由会员分享,可在线阅读。\n"],
    ids=["file-name", "sites-note"],
)
def test_chunks_holding_bracketed_parts_are_joined(head: str) -> None:
    first = (
        "1、校园法治文化建设方案为加强学校法治工作,制定本方案。一、总体要求(一)指导思想"
        f"以法治思想为指导,{PREFACE}教辅单位保障有"
    )
    second = f"2、力的新格局。(二)工作目标发挥法治工作的引领作用,{PREFACE}\n"
    plan = rulegov.parse_plan(f"{head}{first}\n{second}")
    assert plan.tasks == []
    assert [section.number for section in plan.walk_sections()] == ["一", "（一）", "（二）"]


def test_long_items_of_a_plan_are_no_chunks() -> None:
    items = "".join(
        f"{number}、{name}。" + "各单位要高度重视,明确责任,细化措施,确保工作落到实处。" * 6 + "\n"
        for number, name in [(1, "加强组织领导"), (2, "完善工作机制"), (3, "强化督促检查")]
    )
    plan = rulegov.parse_plan("某局2024年普法工作要点\n" + items)
    assert [tuple(task.path) for task in plan.tasks] == [("1",), ("2",), ("3",)]
