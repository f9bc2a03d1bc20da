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


@pytest.mark.parametrize(
    "table",
    [
        (
            "考核内容\n评分标准\n分值\n自评分\n"
            "认真贯彻上级的部署和要求，\n制定本单位年度计划。\n有计划的得5分，\n召开专题会议一次得5分。\n10\n"
            "明确分工，\n把责任、目标、任务分解落实到人。\n分工不明确的扣4分，\n未分解的扣6分。\n10\n"
            "开展廉政教育\n每年参加活动2次得10分。\n10"
        ),
        (
            "考核内容\n评分标准\n分值\n"
            "认真贯彻上级的部署和要求，制定本单位年度计划。\n有计划的得5分，召开专题会议一次得5分。\n10\n"
            "明确分工，把责任、目标、任务分解落实到人。\n分工不明确的扣4分，\n未分解的扣6分。\n10\n"
            "开展廉政教育\n每年参加活动2次得10分。\n10"
        ),
    ],
    ids=["names-broken", "standards-broken"],
)
def test_a_name_cell_broken_over_lines_before_its_standard_stays_one_cell(table):
    scheme = rulegov.parse_scheme(TITLE + table)
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("认真贯彻上级的部署和要求，制定本单位年度计划", 10.0),
        ("明确分工，把责任、目标、任务分解落实到人", 10.0),
        ("开展廉政教育", 10.0),
    ]
    assert _deductions(scheme) == [("2", 4.0), ("2", 6.0)]


@pytest.mark.parametrize(
    "name",
    [
        "门户网站建设(是否及时更新;\n是否维护网络安全,\n以网信办评价为准)",
        "门户网站建设（是否及时更新；\n是否维护网络安全，以网信办评价为准）",
    ],
)
def test_a_name_cell_broken_inside_its_brackets_stays_one_cell(name):
    table = (
        "类别\n考核内容\n得分\n组织保障\n有具体负责人和承办科室\n4分\n"
        f"有具体经办人员\n2分\n载体建设\n{name}\n6分\n新闻发布会\n3分"
    )
    scheme = rulegov.parse_scheme(TITLE + table)
    assert [
        (group.name, [item.points for item in group.children]) for group in scheme.root.children
    ] == [("组织保障", [4.0, 2.0]), ("载体建设", [6.0, 3.0])]
    assert scheme.root.children[1].children[0].name.startswith("门户网站建设")


@pytest.mark.parametrize("mark", ["，", ",", "；", "、"])
def test_a_numbered_item_broken_after_a_comma_goes_on_to_its_points(mark):
    scheme = rulegov.parse_scheme(
        "考核标准\n一、组织领导工作 6分\n"
        f"1、制定推进依法行政年度工作计划{mark}\n工作标准和要求明确。3分\n"
        "没有年度工作计划的扣3分；\n未及时备案的扣1分。\n"
        f"2、法制工作机构健全{mark}\n有分管领导和工作人员。3分\n法制机构不健全的扣1分。"
    )
    (group,) = scheme.root.children
    assert [(item.name, item.points) for item in group.children] == [
        (f"制定推进依法行政年度工作计划{mark}工作标准和要求明确", 3.0),
        (f"法制工作机构健全{mark}有分管领导和工作人员", 3.0),
    ]
    assert _deductions(scheme) == [("1.1", 3.0), ("1.1", 1.0), ("1.2", 1.0)]
