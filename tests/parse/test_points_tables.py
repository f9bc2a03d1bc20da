"""Appraisal tables that print points as bare numbers, in every way such a table reaches the reader.

The same scheme (考核项目 | 考核内容 | 分值 | 评分标准) printed as pipe rows, tab rows, cells one a
line as a web page or a PDF copies them, with its merged 一级指标 cells printed once, repeated, or
as rows of their own carrying the sum of their children.
"""

from __future__ import annotations

import pytest

import rulegov

TITLE = "某县法治政府建设考核评分细则\n"

GROUPS = [
    ("组织领导", [("成立法治建设领导小组", 10.0), ("专题研究法治工作", 10.0)]),
    ("依法行政", [("规范性文件备案审查", 30.0), ("行政执法公示", 50.0)]),
]
DEDUCTIONS = [("1.1", 10.0), ("1.2", 2.0), ("2.1", 2.0), ("2.1", 1.0), ("2.2", 5.0)]

STANDARDS = [
    "未成立领导小组的扣10分",
    "每少一次扣2分，扣完为止",
    "未按规定报备的，每件扣2分；备案不及时的，每件扣1分，扣完为止",
    "未公示执法信息的扣5分",
]


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, list[tuple[str, float | None]]]]:
    return [
        (group.name, [(item.name, item.points) for item in group.children])
        for group in scheme.root.children
    ]


def _deductions(scheme: rulegov.Scheme) -> list[tuple[str | None, float]]:
    return [(rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction"]


def _one_cell_a_line(rows: list[list[str]]) -> str:
    """The table as a web page's or a PDF's copy prints it: each cell on a line, empty ones left out."""
    return "\n".join(cell for row in rows for cell in row if cell)


def _group_rows() -> list[list[str]]:
    """Each merged 一级指标 cell as a row of its own that carries the sum of its rows' points."""
    return [
        ["考核项目", "考核内容", "分值", "评分标准"],
        ["组织领导", "", "20", ""],
        ["", "成立法治建设领导小组", "10", STANDARDS[0]],
        ["", "专题研究法治工作", "10", STANDARDS[1]],
        ["依法行政", "", "80", ""],
        ["", "规范性文件备案审查", "30", STANDARDS[2]],
        ["", "行政执法公示", "50", STANDARDS[3]],
        ["总分", "", "100", ""],
    ]


def _two_points_columns(*, repeated: bool = False) -> list[list[str]]:
    """一级指标 | 分值 | 二级指标 | 分值 | 评分标准: the merged group cells and their points once."""
    first, second = (["组织领导", "20"], ["依法行政", "80"]) if repeated else (["", ""], ["", ""])
    return [
        ["一级指标", "分值", "二级指标", "分值", "评分标准"],
        ["组织领导", "20", "成立法治建设领导小组", "10", STANDARDS[0]],
        [*first, "专题研究法治工作", "10", STANDARDS[1]],
        ["依法行政", "80", "规范性文件备案审查", "30", STANDARDS[2]],
        [*second, "行政执法公示", "50", STANDARDS[3]],
        ["合计", "100", "", "", ""],
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_one_cell_a_line(_group_rows()), id="group-rows-one-cell-a-line"),
        pytest.param(
            _one_cell_a_line(_group_rows()).replace("\n总分\n100", ""), id="group-rows-no-total"
        ),
        pytest.param(
            "\n".join("|" + "|".join(row) + "|" for row in _group_rows()), id="group-rows-pipes"
        ),
        pytest.param("\n".join("\t".join(row) for row in _group_rows()), id="group-rows-tabs"),
        pytest.param(_one_cell_a_line(_two_points_columns()), id="two-points-one-cell-a-line"),
        pytest.param(
            "\n".join("\t".join(row) for row in _two_points_columns()), id="two-points-tabs"
        ),
        pytest.param(
            "\n".join("|" + "|".join(row) + "|" for row in _two_points_columns()),
            id="two-points-pipes",
        ),
        pytest.param(
            "\n".join("\t".join(row) for row in _two_points_columns(repeated=True)),
            id="two-points-repeated-tabs",
        ),
    ],
)
def test_a_merged_group_cell_that_carries_the_sum_of_its_rows_holds_them(text):
    scheme = rulegov.parse_scheme(TITLE + text)
    assert _tree(scheme) == GROUPS
    assert [group.cap for group in scheme.root.children] == [20.0, 80.0]
    assert _deductions(scheme) == DEDUCTIONS
    assert "points-mismatch" not in [diagnostic.code for diagnostic in scheme.diagnostics]


def test_a_row_without_a_standard_whose_points_the_next_rows_do_not_make_stays_a_row():
    rows = [
        ["考核项目", "分值", "评分标准"],
        ["群众满意度测评", "20", ""],
        ["成立法治建设领导小组", "10", STANDARDS[0]],
        ["专题研究法治工作", "15", STANDARDS[1]],
        ["合计", "45", ""],
    ]
    scheme = rulegov.parse_scheme(TITLE + "\n".join("\t".join(row) for row in rows))
    assert [(node.name, node.points, node.children) for node in scheme.root.children] == [
        ("群众满意度测评", 20.0, []),
        ("成立法治建设领导小组", 10.0, []),
        ("专题研究法治工作", 15.0, []),
    ]


def test_rows_that_already_make_the_stated_total_are_not_nested():
    # 20 = 10 + 10 by chance, but the rows as printed already make the total of 40
    rows = [
        ["考核项目", "分值", "评分标准"],
        ["群众满意度测评", "20", ""],
        ["成立法治建设领导小组", "10", STANDARDS[0]],
        ["专题研究法治工作", "10", STANDARDS[1]],
        ["合计", "40", ""],
    ]
    scheme = rulegov.parse_scheme(TITLE + "\n".join("\t".join(row) for row in rows))
    assert [node.name for node in scheme.root.children] == [
        "群众满意度测评",
        "成立法治建设领导小组",
        "专题研究法治工作",
    ]


def _plain_rows(*, serials: bool, merged: bool) -> list[list[str]]:
    """考核项目 | 考核内容 | 分值 | 评分标准 | 得分, with a 序号 column first or none."""
    rows = [
        ["组织领导", "成立法治建设领导小组", "10", STANDARDS[0], ""],
        ["" if merged else "组织领导", "专题研究法治工作", "10", STANDARDS[1], ""],
        ["依法行政", "规范性文件备案审查", "30", STANDARDS[2], ""],
        ["" if merged else "依法行政", "行政执法公示", "50", STANDARDS[3], ""],
    ]
    header = ["考核项目", "考核内容", "分值", "评分标准", "得分"]
    if serials:
        return [["序号", *header]] + [[str(number), *row] for number, row in enumerate(rows, 1)]
    return [header, *rows]


@pytest.mark.parametrize(
    ("printed", "broken"),
    [
        (STANDARDS[1], "每少一次扣2分，\n扣完为止"),
        (STANDARDS[1], "每少一次扣2分\n扣完为止"),
        (STANDARDS[2], "未按规定报备的，每件扣2分；\n备案不及时的，每件扣1分，扣完为止"),
        (STANDARDS[2], "未按规定报备的，\n每件扣2分；备案不及时的，\n每件扣1分，扣完为止"),
        (STANDARDS[2], "未按规定报备的，每件扣2分；\n备案不及时的，\n每件扣1分，\n扣完为止"),
    ],
    ids=["floor-after-comma", "floor-alone", "clause-after-semicolon", "at-commas", "each-clause"],
)
@pytest.mark.parametrize("serials", [False, True], ids=["no-serials", "serials"])
@pytest.mark.parametrize("merged", [False, True], ids=["repeated", "merged"])
def test_a_standard_cell_broken_over_lines_stays_one_cell(printed, broken, serials, merged):
    text = _one_cell_a_line(_plain_rows(serials=serials, merged=merged)).replace(printed, broken)
    scheme = rulegov.parse_scheme(TITLE + text)
    assert _tree(scheme) == GROUPS
    assert _deductions(scheme) == DEDUCTIONS
    assert [rule.max for rule in scheme.rules if rule.node == "1.2"] == [None]


def test_a_line_after_an_open_piece_that_opens_the_next_row_is_no_part_of_the_standard():
    rows = _plain_rows(serials=False, merged=True)
    rows[2][3] = "每少一次扣2分，"
    scheme = rulegov.parse_scheme(TITLE + _one_cell_a_line(rows))
    assert _tree(scheme) == GROUPS
