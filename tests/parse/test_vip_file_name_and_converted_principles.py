"""A sharing site's file name with its mark of a paid file, and principles a conversion misspells.

A document-sharing site prints the name of the file it holds over the site's facts of it, and
marks a file for its paying members by ``VIP`` run onto the extension (``某计划.docxVIP``): the
line is the file's name all the same, no title, and the plan's own title printed under the
site's facts is the title. A conversion some sharing sites run over their copies writes every
则 as 那么 (``否那么`` for 否则), so that a part's heading of principles reads ``二、指导原那么``:
it is a heading of principles as ``二、指导原则`` is, and what is numbered under it is prose.
"""

from __future__ import annotations

import pytest

import rulegov

FACTS = "\n  • 0\n  • 约3.2千字\n  • 约 6页\n  • 2026-01-05 发布于河北\n  • 举报\n\n"
BODY = (
    "为推进依法行政,制定本计划。\n\n一、工作目标\n\n全面提升执法质量。\n\n二、重点任务\n\n"
    "1.规范执法程序。细化执法流程。\n\n2.加强执法监督。开展案卷评查。\n"
)


@pytest.mark.parametrize("extension", ["docxVIP", "docVIP", "pdfVIP"])
def test_a_file_name_marked_vip_is_the_sites_and_the_title_is_the_plans(extension: str) -> None:
    name = "某县2026年行政执法工作计划"
    plan = rulegov.parse_plan(f"{name}.{extension}{FACTS}{name}\n\n{BODY}")
    assert plan.title == name
    assert [task.title for task in plan.tasks] == ["规范执法程序", "加强执法监督"]


PRINCIPLES = (
    "某县推行行政复议委员会制度工作方案\n"
    "为完善行政复议工作机制,结合我县实际,制定本工作方案。\n"
    "一、指导思想\n以法治思想为指导,维护社会公平正义。\n"
    "二、{heading}\n1.依法实施原那么。依法推进。\n2.稳步推进原那么。逐项实施。\n"
    "三、实施内容\n1.设立行政复议委员会。集中受理案件。\n2.完善审理机制。规范审理程序。\n"
)


@pytest.mark.parametrize("heading", ["指导原那么", "工作原那么", "基本原那么"])
def test_a_heading_of_principles_with_a_converted_ze_heads_prose(heading: str) -> None:
    plan = rulegov.parse_plan(PRINCIPLES.format(heading=heading))
    assert [task.title for task in plan.tasks] == ["设立行政复议委员会", "完善审理机制"]


def test_a_heading_of_principles_as_printed_heads_prose_too() -> None:
    # the heading the conversion leaves alone reads as it did
    plan = rulegov.parse_plan(PRINCIPLES.format(heading="指导原则"))
    assert [task.title for task in plan.tasks] == ["设立行政复议委员会", "完善审理机制"]


def test_a_part_that_keeps_to_principles_still_heads_tasks() -> None:
    # a verb that keeps the principles (坚持原那么) makes the heading a task's, as 坚持原则 does
    plan = rulegov.parse_plan(PRINCIPLES.format(heading="坚持原那么"))
    assert "依法实施原那么" in [task.title for task in plan.tasks]


@pytest.mark.parametrize("bullet", ["•", "-"])
def test_the_sites_bulleted_facts_of_a_file_are_the_sites(bullet: str) -> None:
    # the site's count of views (• 0), the file's length and pages and its upload are the site's:
    # the file's name printed again over the heading (某计划.docx) is the site's line too
    name = "某县2026年行政执法工作计划"
    facts = FACTS.replace("•", bullet)
    plan = rulegov.parse_plan(f"{name}.docxVIP{facts}{name}.docx\n\n{name}\n\n{BODY}")
    assert plan.title == name
    assert not any(d.code == "unaccounted-line" for d in plan.diagnostics)


def test_the_sites_bulleted_count_is_no_title_where_the_page_prints_no_heading() -> None:
    name = "某县2026年行政执法工作计划"
    plan = rulegov.parse_plan(f"{name}.docxVIP{FACTS}{BODY}")
    assert plan.title == name
