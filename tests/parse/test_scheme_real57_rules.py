"""Rules of the genre read for the fifty-seventh set of appraisal documents (``schemes/real57``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

from schemetrees import scheme_nodes


def test_a_header_with_a_requirements_column_and_a_reviewers_score_is_cut_from_the_first_group():
    text = (
        "某县教育局依法治校工作评审细则 (学校) 自评分 评审分 项 目 基 本 要 求 分 值 "
        "评 分 标 准 自评分 评审分 组 织 领 导 20 分"
    )
    assert scheme_nodes(text) == [("1", "组织领导", 20.0)]


def test_the_requirements_and_reviewers_columns_head_a_table_on_lines_of_its_own():
    text = (
        "某县依法治校工作评审细则\n"
        "项目 基本要求 分值 评分标准 评审分 组织领导 20 分\n"
        "制度建设 30 分\n"
    )
    assert scheme_nodes(text)[:1] == [("1", "组织领导", 20.0)]
