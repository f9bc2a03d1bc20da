"""A table copied one cell a line (or a paragraph) whose rows print only their numbered standard
and their points, under a header of more columns (考核内容 · 评分标准 · 分值 · 备注): each row is
named by its standard without the standard's number."""

from __future__ import annotations

import pytest

import rulegov

_HEADER = ["考核内容", "评分标准", "分值", "备注"]


def _text(numbers: list[str], gap: str, *, category: bool) -> str:
    cells = ["全民科学素质提升考核内容及评分标准", *_HEADER]
    if category:
        cells.append("组织实施科学素质提升工作")
    standards = [
        "成立组织机构,明确一位领导分管工作记4分;",
        "将工作纳入本部门工作规划记3分;",
        "年内召开专题会议1次以上记3分;",
        "每年上报科普信息4篇以上记2分(不投稿不得分)。",
    ]
    for number, standard, points in zip(numbers, standards, ["4", "3", "3", "2"], strict=True):
        cells += [number + standard, points]
    cells += ["合计", "12"]
    return gap.join(cells) + "\n"


@pytest.mark.parametrize("numbers", [["1.", "2.", "3.", "4."], ["1、", "2、", "3、", "4、"]])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("category", [True, False])
def test_a_row_named_by_its_standard_drops_the_standards_number(numbers, gap, category):
    scheme = rulegov.parse_scheme(_text(numbers, gap, category=category))
    names = [node.name for node in scheme.nodes()[1:]]
    for opening in ("将工作纳入本部门工作规划", "年内召开专题会议", "每年上报科普信息"):
        assert any(name.startswith(opening) for name in names), names
    points = {node.name[:4]: node.points for node in scheme.nodes()[1:]}
    assert points["将工作纳"] == 3.0
    assert points["每年上报"] == 2.0


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_category_cell_over_numbered_standards_heads_them(gap):
    scheme = rulegov.parse_scheme(_text(["1.", "2.", "3.", "4."], gap, category=True))
    top = scheme.nodes()[1]
    assert top.name == "组织实施科学素质提升工作"
    assert [child.name[:4] for child in top.children] == [
        "成立组织",
        "将工作纳",
        "年内召开",
        "每年上报",
    ]
