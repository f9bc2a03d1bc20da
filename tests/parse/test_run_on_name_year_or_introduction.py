"""A name run into its text ends where the text opens with a year's sentence or an introduction.

A copy that lost its line breaks runs a plan's or a report's name into its first sentence. When
that sentence opens with the year it speaks of (``…普法工作计划2024年是…``, ``…建设情况报告2024年,
全县…``) or the text opens with the heading of its introduction (``…工作计划引言随着…``), the name
ends at its kind's word before them, as it ends before an opening 为… or 根据…. A year inside the
name (``某县2024年…``) does not end it.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

# the text as a copy ran it on, and the name it opens with
RUN_ON = [
    pytest.param(
        "某局2024年普法工作计划2024年是“八五”普法规划实施第四年。一、加强组织领导。"
        "成立普法工作领导小组。二、突出学习重点。学习宪法和民法典。\n",
        "某局2024年普法工作计划",
        id="a sentence opening with its year",
    ),
    pytest.param(
        "某县2024年度法治政府建设情况报告2024年,全县坚持依法行政,法治政府建设取得新成效。"
        "一、主要举措(一)强化理论武装。全年开展专题学习十次。\n",
        "某县2024年度法治政府建设情况报告",
        id="a report's name",
    ),
    pytest.param(
        "某中学2024年度法治宣传教育工作计划引言随着法治建设的推进,青少年的法治意识日益受到关注。"
        "一、工作目标提升学生的法治素养。\n",
        "某中学2024年度法治宣传教育工作计划",
        id="the heading of its introduction",
    ),
    pytest.param(
        "某县2024年法治政府建设工作要点为深入推进依法行政,制定本要点。\n一、总体要求\n坚持依法行政。\n",
        "某县2024年法治政府建设工作要点",
        id="a year inside the name goes on",
    ),
]


@pytest.mark.parametrize(("text", "name"), RUN_ON)
def test_a_name_run_into_its_text_ends_before_its_text_opens(text: str, name: str) -> None:
    assert parse_plan(text).title == name
