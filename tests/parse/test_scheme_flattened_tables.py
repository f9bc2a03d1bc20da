"""Appraisal tables as copies flatten them: each printing class in several of its forms."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str | None, float | None]]:
    """Each node's number path, name and points (a group's stated cap where it has no points)."""
    found: list[tuple[str, str | None, float | None]] = []
    for node in scheme.nodes():
        if node is scheme.root:
            continue
        found.append((node.id, node.name, node.points if node.points is not None else node.cap))
    return found


def _deductions(scheme: rulegov.Scheme) -> list[tuple[str, float]]:
    return sorted((rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction")


TWO_LEVELS = [
    ("1", "组织领导", 10.0),
    ("1.1", "成立领导小组", 4.0),
    ("1.2", "专题研究法治工作", 6.0),
    ("2", "依法决策", 20.0),
    ("2.1", "建立法律顾问制度", 10.0),
    ("2.2", "重大决策合法性审查", 10.0),
]
TWO_LEVEL_RULES = [("1.1", 4.0), ("1.2", 2.0), ("2.1", 10.0), ("2.2", 2.0)]


@pytest.mark.parametrize(
    "header",
    [
        "一级指标    分值    二级指标    分值    评分标准",
        "考核项目    分值    考核内容    分值    考核标准",
        "考核类别    分值    考核指标    标准分    评分办法",
    ],
)
@pytest.mark.parametrize("gap", ["    ", "  ", "\u3000\u3000"])
def test_a_spaced_row_without_its_merged_cells_puts_its_rules_under_the_standard(header, gap):
    rows = [
        "组织领导    10    成立领导小组    4    未成立的扣4分",
        "专题研究法治工作    6    每少一次扣2分",
        "依法决策    20    建立法律顾问制度    10    未建立的不得分",
        "重大决策合法性审查    10    每发现一件未经审查的扣2分",
    ]
    text = "\n".join(["考核细则", header, *rows]).replace("    ", gap)
    scheme = rulegov.parse_scheme(text)
    assert [(id_, name) for id_, name, _ in _tree(scheme)] == [
        (id_, name) for id_, name, _ in TWO_LEVELS
    ]
    assert [points for _, _, points in _tree(scheme)] == [points for _, _, points in TWO_LEVELS]
    assert _deductions(scheme) == TWO_LEVEL_RULES


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        (
            "未成立的扣4分，调整不及时的\n\t\t扣1分",
            "每少一次扣2分，扣完\n\t\t为止",
            "未建立的不得分",
        ),
        (
            "未成立的扣4分，\n\t\t调整不及时的扣1分",
            "每少一次扣2分，\n\t\t扣完为止",
            "未建立的不得分",
        ),
        ("未成立的扣4分；\n\t\t调整不及时的扣1分。", "每少一次扣2分。", "未建立的\n\t\t不得分"),
    ],
)
def test_a_tab_rows_cell_wrapped_onto_a_line_of_its_own_keeps_the_table(first, second, third):
    text = (
        "考核细则\n考核内容\t分值\t评分标准\n"
        f"成立领导小组\t4\t{first}\n专题研究法治工作\t6\t{second}\n建立法律顾问制度\t10\t{third}"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "成立领导小组", 4.0),
        ("2", "专题研究法治工作", 6.0),
        ("3", "建立法律顾问制度", 10.0),
    ]
    assert ("1", 1.0) in _deductions(scheme)
    assert ("2", 2.0) in _deductions(scheme)
    assert ("3", 10.0) in _deductions(scheme)


def test_a_tab_rows_wrapped_cell_under_a_merged_category_keeps_the_group():
    scheme = rulegov.parse_scheme(
        "考核细则\n考核项目\t考核内容\t分值\t评分标准\n"
        "组织领导（10分）\t成立领导小组\t4\t未成立的扣4分，\n\t\t\t调整不及时的扣1分\n"
        "\t专题研究法治工作\t6\t每少一次扣2分\n"
        "依法决策（20分）\t建立法律顾问制度\t10\t未建立的不得分\n"
        "\t重大决策合法性审查\t10\t每发现一件未经审查的\n\t\t\t扣2分"
    )
    assert _tree(scheme) == TWO_LEVELS
    assert ("1.1", 1.0) in _deductions(scheme)
    assert ("2.2", 2.0) in _deductions(scheme)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "成立领导小组\t4\t未成立的扣4分，\n调整不及时的扣1分",
            "专题研究法治工作\t6\t每少一次扣2分，\n扣完为止",
        ),
        (
            "成立领导小组\t4\t未成立的扣4分；\n调整不及时的扣1分。",
            "专题研究法治工作\t6\t每少一次扣2分。",
        ),
        (
            "成立领导小组\t4\t未成立的扣4分\n调整不及时的扣1分\n",
            "专题研究法治工作\t6\t每少一次\n扣2分",
        ),
    ],
)
@pytest.mark.parametrize("note", ["", "\t"])
def test_a_tab_row_whose_cell_a_browser_broke_over_lines_is_one_row(first, second, note):
    header = "考核内容\t分值\t评分标准" + ("\t备注" if note else "")
    # an empty 备注 cell after the broken cell: its tab closes the row on the cell's last line
    rows = [row.rstrip("\n") + note for row in (first, second)]
    text = "\n".join(["考核细则", header, *rows, "建立法律顾问制度\t10\t未建立的不得分" + note])
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "成立领导小组", 4.0),
        ("2", "专题研究法治工作", 6.0),
        ("3", "建立法律顾问制度", 10.0),
    ]
    assert sorted(_deductions(scheme)) == [("1", 1.0), ("1", 4.0), ("2", 2.0), ("3", 10.0)]


def test_a_tab_row_whose_name_a_browser_broke_over_lines_keeps_its_whole_name():
    scheme = rulegov.parse_scheme(
        "考核细则\n考核内容\t分值\t评分标准\t备注\n成立法治建设\n领导小组\t4\t未成立的扣4分，\n"
        "调整不及时的扣1分\t\n专题研究法治工作\t6\t每少一次扣2分\t\n建立法律顾问制度\t10\t未建立的不得分\t"
    )
    assert [name for _, name, _ in _tree(scheme)] == [
        "成立法治建设领导小组",
        "专题研究法治工作",
        "建立法律顾问制度",
    ]


@pytest.mark.parametrize(
    "levels",
    [
        "好的得10分\n\t\t较好的得8分\n\t\t一般的得6分\n\t\t差的不得分",
        "优秀10分；\n\t\t良好8分；\n\t\t一般6分",
        "好（10分）\n\t\t较好（8分）\n\t\t一般（6分）\n\t\t差（0分）",
    ],
)
def test_the_row_after_a_scoring_by_levels_printed_a_level_a_line_is_read(levels):
    scheme = rulegov.parse_scheme(
        "考核细则\n考核内容\t分值\t评分标准\n"
        f"法治宣传教育\t10\t{levels}\n普法责任制落实\t5\t每少一项扣1分，扣完为止"
    )
    assert [(name, points) for _, name, points in _tree(scheme)][-1] == ("普法责任制落实", 5.0)
    assert ("2", 1.0) in _deductions(scheme)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("成立法治建设领导小组，定期", "调整"),
        ("成立法治建设领导小组,定期", "调整成员"),
        ("成立由主要负责人任组长的法治建设领导小组并明确办事机构", "和工作人员"),
    ],
)
@pytest.mark.parametrize("points", ["4", "4分"])
def test_a_name_a_narrow_column_broke_over_two_lines_is_one_items_name(first, second, points):
    scheme = rulegov.parse_scheme(
        "某县2023年度法治政府建设考核细则\n考核内容\n分值\n评分标准\n"
        f"{first}\n{second}\n{points}\n未成立的扣4分，调整不及时的扣1分\n"
        "专题研究法治工作\n6\n每少一次扣2分，扣完为止\n建立法律顾问制度\n10\n未建立的不得分"
    )
    tree = _tree(scheme)
    assert [id_ for id_, _, _ in tree] == ["1", "2", "3"]
    assert tree[0][1] is not None
    assert tree[0][1].startswith(first[:8])
    assert tree[0][1].endswith(second)
    assert [points for _, _, points in tree] == [4.0, 6.0, 10.0]
    assert sorted(_deductions(scheme)) == [("1", 1.0), ("1", 4.0), ("2", 2.0), ("3", 10.0)]


def test_a_short_heading_the_header_does_not_name_still_heads_its_rows():
    scheme = rulegov.parse_scheme(
        "某县2023年度法治政府建设考核细则\n考核内容\n分值\n评分标准\n组织领导\n成立法治建设领导小组\n4\n"
        "未成立的扣4分\n专题研究法治工作\n6\n每少一次扣2分\n建立法律顾问制度\n10\n未建立的不得分"
    )
    assert _tree(scheme)[0][1] == "组织领导"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("未成立的扣4分，调整不及时的\n扣1分", "每少一次扣2分，扣完\n为止"),
        ("未成立的扣4分，调整不及时的\n扣1分。", "每少一次扣2分\n扣完为止"),
        ("未成立的扣4分；调整不及时的\n扣 1 分", "每少一次扣2分，\n扣完为止"),
    ],
)
@pytest.mark.parametrize("points", ["{0}", "{0}分"])
def test_a_standard_broken_before_the_end_of_its_rule_keeps_the_rows_points(first, second, points):
    scheme = rulegov.parse_scheme(
        "某县2023年度法治政府建设考核细则\n考核内容\n评分标准\n分值\n"
        f"成立法治建设领导小组\n{first}\n{points.format(4)}\n"
        f"专题研究法治工作\n{second}\n{points.format(6)}\n"
        f"建立法律顾问制度\n未建立的不得分\n{points.format(10)}"
    )
    assert _tree(scheme) == [
        ("1", "成立法治建设领导小组", 4.0),
        ("2", "专题研究法治工作", 6.0),
        ("3", "建立法律顾问制度", 10.0),
    ]
    assert sorted(_deductions(scheme)) == [("1", 1.0), ("1", 4.0), ("2", 2.0), ("3", 10.0)]


@pytest.mark.parametrize(
    "levels",
    [
        "好（10分）\n较好（8分）\n一般（6分）\n差（0分）",
        "好(10分)；\n较好(8分)；\n一般(6分)；\n差(0分)。",
        "优秀：10分\n良好：8分\n一般：6分\n较差：0分",
        "优秀（10分）\n良好（8分）\n合格（6分）\n不合格（0分）",
        "“好”的（10分）\n“较好”的（8分）\n“一般”的（6分）",
    ],
)
def test_a_scoring_by_levels_a_level_a_line_makes_no_items(levels):
    scheme = rulegov.parse_scheme(
        "某县2023年度法治政府建设考核细则\n一、法治宣传（20分）\n"
        f"1.法治宣传教育（10分）\n{levels}\n2.普法责任制落实（10分）\n每少一项扣1分，扣完为止。"
    )
    assert _tree(scheme) == [
        ("1", "法治宣传", 20.0),
        ("1.1", "法治宣传教育", 10.0),
        ("1.2", "普法责任制落实", 10.0),
    ]
    assert ("1.2", 1.0) in _deductions(scheme)
