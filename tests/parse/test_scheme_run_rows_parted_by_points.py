"""A flattened table's unnumbered rows, each content · bare points · standard run together.

``考核内容分值评分细则组织领导(20分)成立领导小组，明确分工8未成立的扣8分。…``: under a header whose
分值 column stands between the content and the standard, a bare figure glued between words closes
a row's content; the standard runs to the last stop before the next figure, and the words after
that stop open the next row. A name with its points in brackets opens a group of rows.
"""

from __future__ import annotations

import rulegov

_GROUPED = (
    "某局工作考核评分表考核内容分值评分细则"
    "组织领导(20分)成立领导小组，明确分工8未成立的扣8分。"
    "制定年度工作计划5每少一项扣1分。"
    "工作台账齐全7台账不全的扣2分。"
    "业务工作(30分)按时报送各类报表10每迟报一次扣2分。"
    "报表数据准确20每发现一处错误扣1分。"
)


def _read(text: str) -> list[tuple[str, str | None, float | None]]:
    scheme = rulegov.parse_scheme(text)
    return [(node.id, node.name, node.points or node.cap) for node in scheme.nodes()[1:]]


def test_rows_parted_by_their_points_under_groups() -> None:
    assert _read(_GROUPED) == [
        ("1", "组织领导", 20.0),
        ("1.1", "成立领导小组，明确分工", 8.0),
        ("1.2", "制定年度工作计划", 5.0),
        ("1.3", "工作台账齐全", 7.0),
        ("2", "业务工作", 30.0),
        ("2.1", "按时报送各类报表", 10.0),
        ("2.2", "报表数据准确", 20.0),
    ]


def test_each_row_keeps_the_rules_of_its_standard() -> None:
    scheme = rulegov.parse_scheme(_GROUPED)
    rules = sorted((rule.node, rule.points) for rule in scheme.rules)
    assert rules == [("1.1", 8.0), ("1.2", 1.0), ("1.3", 2.0), ("2.1", 2.0), ("2.2", 1.0)]


def test_rows_that_do_not_add_up_are_not_parted_so() -> None:
    # the second group's rows add up to 25, not its 30: the figures may be no points cells
    text = _GROUPED.replace("报表数据准确20", "报表数据准确15")
    names = [name for _, name, _ in _read(text)]
    assert "制定年度工作计划" not in names


def test_rows_without_groups_add_up_to_the_total() -> None:
    text = (
        "某镇工作考核评分表考核项目分值评分标准"
        "宣传学习40未开展宣传的扣5分，扣完为止。"
        "巡查出勤60每缺勤一天扣2分。合计100"
    )
    assert _read(text) == [("1", "宣传学习", 40.0), ("2", "巡查出勤", 60.0)]


def test_counts_and_dates_part_no_rows() -> None:
    # 2个 · 3次 are counts, no points cells: the rows are read as the run gives them
    text = (
        "某镇工作考核评分表考核内容分值评分细则"
        "组织领导(10分)每年召开会议3次以上10少一次扣2分。"
        "工作经费(10分)落实2个专项经费10未落实的扣5分。"
        "宣传工作(10分)开展宣传活动10未开展的扣5分。"
    )
    assert ("1.1", "每年召开会议3次以上", 10.0) in _read(text)
