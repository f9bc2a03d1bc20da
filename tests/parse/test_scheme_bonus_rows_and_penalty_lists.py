"""Appraisal documents whose bonus rows, penalty lists and cell-a-line tables a reader once took
for scored items: each class in a short printing of its own."""

from __future__ import annotations

import pytest

import rulegov

_CELLS = (
    "考核项目\n基本分\n考核分\n"
    "组织领导\n20分\n1\n成立领导小组。\n10\n2\n制定工作方案。\n10\n"
    "工作落实\n80分\n3\n开展隐患排查。\n40\n4\n按时报送信息。\n40\n"
)


def _items(scheme: rulegov.Scheme) -> list[tuple[str, float | None]]:
    return [(node.name or "", node.points) for node in scheme.nodes()[1:] if node.is_leaf]


def test_a_bonus_row_of_a_cell_a_line_table_is_no_item_its_serial_no_points():
    # 奖罚分 · 5 · …加10分: the last row's 序号 (5, after rows 1 to 4) stands where a points cell
    # would; the row states bonus rules only, which are read once, as bonus rules
    scheme = rulegov.parse_scheme(
        _CELLS + "奖罚分\n5\n工作成效显著，被上级推广的，国家级加10分，省级加5分。\n"
    )
    assert _items(scheme) == [
        ("成立领导小组", 10.0),
        ("制定工作方案", 10.0),
        ("开展隐患排查", 40.0),
        ("按时报送信息", 40.0),
    ]
    assert sum(node.points or 0 for node in scheme.nodes() if node.is_leaf) == 100
    assert sorted(rule.points for rule in scheme.rules if rule.kind == "bonus") == [5.0, 10.0]


def test_a_bare_number_after_a_bonus_name_that_is_no_next_serial_is_still_its_points():
    # 附加分 · 8 · …: 8 does not follow the last 序号 (4), so it is the name's points cell, the
    # cap of the bonus section it heads
    scheme = rulegov.parse_scheme(_CELLS + "附加分\n8\n工作成效显著，被上级推广的，加8分。\n")
    assert scheme.bonus_cap == 8.0
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [8.0]


_DEDUCTIONS_A_CELL_A_LINE = (
    "附件\n某局2024年机关建设考核细则\n考核目标\n考核内容\n计分办法\n考核\n部门\n"
    "机\n关\n建\n设\n"
    "落实主体责任，推进从严治党\n被上级通报批评的，每次扣0.5分；未按时报送材料的，每次扣0.1分\n"
    "办公\n室\n"
    "做好党员教育管理工作\n党员未按月交纳党费的，每人每次扣0.1分\n"
    "完成年度重点工作任务\n未按要求完成安排的任务，每次扣0.2分\n"
)


def test_a_table_of_deductions_only_printed_a_cell_a_line_reads_its_rows():
    # 考核目标 · 考核内容 · 计分办法 · 考核部门 one a line, then each row's content, the cell of
    # its rules, and the short pieces of its narrow cells (机 · 关 …, 办公 · 室): a scheme
    # scored by deductions, one item per row
    scheme = rulegov.parse_scheme(_DEDUCTIONS_A_CELL_A_LINE)
    assert [node.name for node in scheme.nodes()[1:]] == [
        "落实主体责任，推进从严治党",
        "做好党员教育管理工作",
        "完成年度重点工作任务",
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1", 0.5),
        ("1", 0.1),
        ("2", 0.1),
        ("3", 0.2),
    ]


def test_lines_without_a_header_of_cells_are_still_no_scheme():
    # the same rows with no header naming the content and the rules: nothing says they are a
    # table's cells
    text = _DEDUCTIONS_A_CELL_A_LINE.replace("考核目标\n考核内容\n计分办法\n考核\n部门\n", "")
    with pytest.raises(rulegov.ParseError):
        rulegov.parse_scheme(text.replace("考核细则", "工作安排"))
