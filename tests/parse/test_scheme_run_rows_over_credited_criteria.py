"""A flattened table's rows whose points are glued to the bare number of their first criterion.

``1有工作领导小组…经费落实。71有工作领导小组…得2分。2有专项经费,得5分。2配足保洁队伍…``: row 1 has
7 points, its criterion 1 credits 2 and criterion 2 credits 5; the credits adding up to the row's
points tell the row's last criterion from the next row, numbered alike.
"""

from __future__ import annotations

from schemetrees import scheme_nodes

_HEADER = "某市村庄环境卫生考核评分表 序号内 容标准分评 分 标 准村自评分镇复核分"
_ROWS = (
    "1有工作领导小组,长效管理经费落实。71有工作领导小组,分工明确,得2分。2有专项卫生经费,得5分。"
    " 2配足保洁队伍,有考核细则。101按标准配足保洁员,得4分。2分工明确,得4分。3有考核细则,得2分。"
    "3村容村貌整洁。无乱贴乱画。51房前屋后无暴露垃圾,得5分。"
)


def test_rows_and_their_credited_criteria() -> None:
    assert scheme_nodes(_HEADER + _ROWS, capped=True) == [
        ("1", "有工作领导小组,长效管理经费落实", 7.0),
        ("1.1", "有工作领导小组,分工明确", 2.0),
        ("1.2", "有专项卫生经费", 5.0),
        ("2", "配足保洁队伍,有考核细则", 10.0),
        ("2.1", "按标准配足保洁员", 4.0),
        ("2.2", "分工明确", 4.0),
        ("2.3", "有考核细则", 2.0),
        ("3", "村容村貌整洁。无乱贴乱画", 5.0),
        ("3.1", "房前屋后无暴露垃圾", 5.0),
    ]


def test_credits_that_do_not_add_up_read_no_such_rows() -> None:
    # row 2's criteria credit 9 of its 10 points: the figures may be no points glued so
    text = _HEADER + _ROWS.replace("3有考核细则,得2分", "3有考核细则,得1分")
    names = [name for _, name, _ in scheme_nodes(text, capped=True)]
    assert "按标准配足保洁员" not in names


def test_a_row_that_does_not_add_up_after_others_reads_no_such_rows() -> None:
    # the last row's criterion credits 4 of its 5 points: rows 1 and 2 alone would lose it
    text = _HEADER + _ROWS.replace("无暴露垃圾,得5分", "无暴露垃圾,得4分")
    names = [name for _, name, _ in scheme_nodes(text, capped=True)]
    assert "按标准配足保洁员" not in names
