"""A sharing site's label of a document as a model, after the plan's name, is no part of its title.

Sharing sites name a model plan with their label after it: 参考模板, 模板范文, 范文参考 (in
traditional characters 範文參考 or mixed 范文參考), or 模板 alone (天津法治政府建设方案模板). The
title is the plan's name without it, whichever genre word the name ends in.
"""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("天津法治政府建设方案模板", "天津法治政府建设方案"),
        ("某县法治宣传工作计划模板", "某县法治宣传工作计划"),
        ("社区普法工作要点模板", "社区普法工作要点"),
        ("某镇法治建设实施方案范文參考", "某镇法治建设实施方案"),
        ("某镇法治建设实施方案範文參考", "某镇法治建设实施方案"),
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "blank-lines"])
def test_the_label_of_a_model_is_no_part_of_the_title(printed: str, title: str, gap: str) -> None:
    text = gap.join(
        [printed, "一、主要任务", "（一）加强组织领导。文字。", "（二）完善制度。文字。"]
    )
    assert rulegov.parse_plan(text + gap).title == title


@pytest.mark.parametrize("printed", ["模板管理工作方案", "某县建筑模板安全检查方案"])
def test_a_name_about_templates_keeps_its_words(printed: str) -> None:
    text = f"{printed}\n一、主要任务\n（一）加强组织领导。文字。"
    assert rulegov.parse_plan(text + "\n").title == printed
