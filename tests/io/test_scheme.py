"""Appraisal tables of web pages, read through the HTML intake into schemes.

Each table is a small constructed page in one of the shapes real appraisal tables take; the
HTML reader gives its rows as pipe rows (merged cells repeated), and the scheme reader must
find the same items, points and deductions in every shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import rulegov

if TYPE_CHECKING:
    from pathlib import Path

pytest.importorskip("selectolax")

Cell = str | tuple[str, str] | None
"""A cell's text, or its text with attributes (rowspan, colspan); None: covered by a span."""


def _page(rows: list[list[Cell]]) -> str:
    body = []
    for row in rows:
        cells = []
        for cell in row:
            if cell is None:
                continue
            text, attributes = cell if isinstance(cell, tuple) else (cell, "")
            cells.append(f"<td {attributes}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    title = "某区司法局2023年度法治建设考核评分细则"
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='article'><h1>{title}</h1><p>为推进法治建设，制定本细则。</p>"
        f"<table border='1'>{''.join(body)}</table>"
        "<p>考核得分90分以上为优秀，60分以下为不合格。</p></div></body></html>"
    )


def _read(tmp_path: Path, rows: list[list[Cell]]) -> rulegov.Scheme:
    path = tmp_path / "细则.html"
    path.write_text(_page(rows), encoding="utf-8")
    return rulegov.read_scheme(path)


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    """Each node below the root: its id, name and points (a leaf) or cap (a group)."""
    return [
        (node.id, node.name or "", node.points if node.is_leaf else node.cap)
        for node in scheme.nodes()
        if node is not scheme.root
    ]


def _deductions(scheme: rulegov.Scheme) -> list[tuple[str, float]]:
    return [(rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction"]


def _codes(scheme: rulegov.Scheme) -> list[str]:
    return [diagnostic.code for diagnostic in scheme.diagnostics]


def test_a_total_row_is_the_stated_total_and_no_item(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            ["序号", "考核项目", "考核内容", "分值", "评分标准", "备注"],
            ["1", "组织领导", "成立法治建设领导小组", "10", "未成立领导小组的扣5分。", ""],
            ["2", "依法决策", "重大决策经合法性审查", "15", "每发现一件扣3分，扣完为止。", ""],
            ["", "合计", "", "40", "", ""],
        ],
    )
    names = [name for _, name, _ in _tree(scheme)]
    assert "合计" not in names
    assert ("2.1", "重大决策经合法性审查", 15.0) in _tree(scheme)
    assert _deductions(scheme) == [("1.1", 5.0), ("2.1", 3.0)]
    # the row states 40, the items add up to 25: the stated total was read
    mismatch = [d for d in scheme.diagnostics if d.code == "points-mismatch"]
    assert mismatch
    assert "total of 40" in mismatch[0].message


def test_a_group_merged_down_its_rows_is_one_group(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"],
            [("组织领导（20分）", "rowspan='2'"), "领导责任", "履行第一责任人职责", "12", "未履行的扣12分。", ""],
            [None, "工作机制", "建立工作机制", "8", "未建立的扣4分。", ""],
            [("依法行政（30分）", "rowspan='2'"), "行政决策", "重大决策合法性审查", "18", "每发现一件扣2分。", ""],
            [None, "行政执法", "落实三项制度", "12", "未落实的扣6分。", ""],
            [("总分", "colspan='3'"), "50", "", ""],
        ],
    )  # fmt: skip
    assert _tree(scheme) == [
        ("1", "组织领导", 20.0),
        ("1.1", "领导责任", 12.0),
        ("1.1.1", "履行第一责任人职责", 12.0),
        ("1.2", "工作机制", 8.0),
        ("1.2.1", "建立工作机制", 8.0),
        ("2", "依法行政", 30.0),
        ("2.1", "行政决策", 18.0),
        ("2.1.1", "重大决策合法性审查", 18.0),
        ("2.2", "行政执法", 12.0),
        ("2.2.1", "落实三项制度", 12.0),
    ]
    assert _deductions(scheme) == [("1.1.1", 12.0), ("1.2.1", 4.0), ("2.1.1", 2.0), ("2.2.1", 6.0)]
    assert "points-mismatch" not in _codes(scheme)
    assert "item-from-line" not in _codes(scheme)


def test_a_heading_row_with_empty_cells_below_gives_its_group_the_points(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            ["序号", "分值", "考核项目", "考核要点", "扣分说明"],
            ["一", "20", "组织领导", "", ""],
            ["1", "12", "", "领导责任落实", "未落实的扣6分。"],
            ["2", "8", "", "工作机制建立", "未建立的扣4分。"],
            ["二", "30", "依法行政", "", ""],
            ["3", "18", "", "重大决策合法性审查", "每发现一件扣2分，扣完为止。"],
            ["4", "12", "", "三项制度", "未落实的扣6分。"],
        ],
    )
    assert _tree(scheme) == [
        ("1", "组织领导", 20.0),
        ("1.1", "领导责任落实", 12.0),
        ("1.2", "工作机制建立", 8.0),
        ("2", "依法行政", 30.0),
        ("2.1", "重大决策合法性审查", 18.0),
        ("2.2", "三项制度", 12.0),
    ]
    assert _deductions(scheme) == [("1.1", 6.0), ("1.2", 4.0), ("2.1", 2.0), ("2.2", 6.0)]


def test_points_inside_the_content_cell_and_the_serial_is_no_points(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            ["序号", "考核项目", "考核内容及评分标准", "得分"],
            ["1", "组织领导", "成立领导小组（10分）。未成立的扣5分。", ""],
            ["2", "依法决策", "重大决策经合法性审查（15分）。每发现一件扣3分，扣完为止。", ""],
            ["3", "普法宣传", "1.制定普法计划（3分）；2.开展宣传活动（2分）。未开展的扣2分。", ""],
        ],
    )
    assert _tree(scheme) == [
        ("1", "组织领导", 10.0),
        ("2", "依法决策", 15.0),
        ("3", "普法宣传", None),
        ("3.1", "制定普法计划", 3.0),
        ("3.2", "开展宣传活动", 2.0),
    ]
    assert _deductions(scheme) == [("1", 5.0), ("2", 3.0), ("3.2", 2.0)]


def test_a_two_row_header(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            [("序号", "rowspan='2'"), ("考核指标", "colspan='2'"), ("分值", "rowspan='2'"), ("评分标准", "rowspan='2'")],
            [None, "一级指标", "二级指标", None, None],
            ["1", "组织领导", "领导小组", "10", "未成立的扣10分。"],
            ["2", "组织领导", "专题会议", "10", "每少一次扣5分。"],
            ["3", "依法行政", "合法性审查", "30", "每发现一件扣3分，扣完为止。"],
        ],
    )  # fmt: skip
    assert _tree(scheme) == [
        ("1", "组织领导", None),
        ("1.1", "领导小组", 10.0),
        ("1.2", "专题会议", 10.0),
        ("2", "依法行政", 30.0),
        ("2.1", "合法性审查", 30.0),
    ]
    assert _deductions(scheme) == [("1.1", 10.0), ("1.2", 5.0), ("2.1", 3.0)]


def test_columns_in_another_order(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            ["序号", "评分标准", "考核内容", "备注", "分值"],
            ["1", "未成立的扣10分。", "成立领导小组", "", "10"],
            ["2", "每少一次扣5分。", "召开专题会议", "", "10"],
            ["3", "每发现一件扣3分，扣完为止。", "合法性审查", "", "30"],
        ],
    )
    assert _tree(scheme) == [
        ("1", "成立领导小组", 10.0),
        ("2", "召开专题会议", 10.0),
        ("3", "合法性审查", 30.0),
    ]
    assert _deductions(scheme) == [("1", 10.0), ("2", 5.0), ("3", 3.0)]


_CRITERIA = [
    ("1", "组织领导", 20.0),
    ("1.1", "成立领导小组", None),
    ("1.2", "召开专题会议", None),
    ("2", "依法行政", 30.0),
    ("2.1", "合法性审查", None),
    ("2.2", "行政执法三项制度", None),
]


def test_a_groups_points_only_on_its_first_row(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            ["考核项目", "分值", "考核内容", "评分标准"],
            ["组织领导", "20", "成立领导小组", "未成立的扣10分。"],
            ["", "", "召开专题会议", "每少一次扣5分。"],
            ["依法行政", "30", "合法性审查", "每发现一件扣3分，扣完为止。"],
            ["", "", "行政执法三项制度", "未落实的扣15分。"],
        ],
    )
    # the rows below the first are the group's criteria: its points stay with it, and each
    # row's rules take points off it
    assert _tree(scheme) == _CRITERIA
    assert _deductions(scheme) == [("1.1", 10.0), ("1.2", 5.0), ("2.1", 3.0), ("2.2", 15.0)]
    assert scheme.leaves() == ["1", "2"]


def test_a_table_whose_rows_carry_few_points_is_read_a_cell_a_line(tmp_path: Path) -> None:
    # 工作要求 is no column the reader knows: read as rows, its items and points are lost
    scheme = _read(
        tmp_path,
        [
            ["类别", "工作要求", "评分办法"],
            ["组织领导（20分）", "1.成立领导小组（10分）；2.召开专题会议（10分）", "未成立的扣10分。"],
            ["依法行政（30分）", "1.合法性审查（15分）；2.执法三项制度（15分）", "每发现一件扣3分。"],
        ],
    )  # fmt: skip
    assert _tree(scheme) == [
        ("1", "组织领导", 20.0),
        ("1.1", "成立领导小组", 10.0),
        ("1.2", "召开专题会议", 10.0),
        ("2", "依法行政", 30.0),
        ("2.1", "合法性审查", 15.0),
        ("2.2", "执法三项制度", 15.0),
    ]
    note = next(d for d in scheme.diagnostics if d.code == "table-as-lines")
    assert note.severity == "info"
    assert note.line == 3  # the table's first row, under the title and the opening sentence


def test_a_table_read_well_as_rows_stays_rows(tmp_path: Path) -> None:
    # read a cell a line, the repeated group cell would be blanked and the rows nest wrongly
    scheme = _read(
        tmp_path,
        [
            ["考核内容", "考核要点", "评分标准"],
            [("组织领导（20分）", "rowspan='2'"), "成立领导小组（10分）", "未成立的扣10分。"],
            [None, "召开专题会议（10分）", "每少一次扣5分。"],
            [("依法行政（30分）", "rowspan='2'"), "合法性审查（15分）", "每发现一件扣3分。"],
            [None, "执法三项制度（15分）", "未落实的扣15分。"],
        ],
    )  # fmt: skip
    assert _tree(scheme) == [
        ("1", "组织领导", 20.0),
        ("1.1", "成立领导小组", 10.0),
        ("1.2", "召开专题会议", 10.0),
        ("2", "依法行政", 30.0),
        ("2.1", "合法性审查", 15.0),
        ("2.2", "执法三项制度", 15.0),
    ]
    assert "table-as-lines" not in _codes(scheme)


def test_a_points_column_beside_each_heading_column(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            ["一级指标", "分值", "二级指标", "分值", "评分标准"],
            [("组织领导", "rowspan='2'"), ("20", "rowspan='2'"), "领导小组", "10", "未成立的扣10分。"],
            [None, None, "专题会议", "10", "每少一次扣5分。"],
            [("依法行政", "rowspan='2'"), ("30", "rowspan='2'"), "合法性审查", "15", "每发现一件扣3分。"],
            [None, None, "执法三项制度", "15", "未落实的扣15分。"],
        ],
    )  # fmt: skip
    assert _tree(scheme) == [
        ("1", "组织领导", 20.0),
        ("1.1", "领导小组", 10.0),
        ("1.2", "专题会议", 10.0),
        ("2", "依法行政", 30.0),
        ("2.1", "合法性审查", 15.0),
        ("2.2", "执法三项制度", 15.0),
    ]
    assert _deductions(scheme) == [("1.1", 10.0), ("1.2", 5.0), ("2.1", 3.0), ("2.2", 15.0)]
    assert "points-mismatch" not in _codes(scheme)


def test_subtotal_and_total_rows(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            ["考核项目", "考核内容", "分值", "评分标准"],
            [("组织领导", "rowspan='3'"), "领导小组", "10", "未成立的扣10分。"],
            [None, "专题会议", "10", "每少一次扣5分。"],
            [None, "小计", "20", ""],
            [("依法行政", "rowspan='2'"), "合法性审查", "15", "每发现一件扣3分。"],
            [None, "执法三项制度", "15", "未落实的扣15分。"],
            [("合计", "colspan='2'"), "50", ""],
        ],
    )
    assert _tree(scheme) == [
        ("1", "组织领导", 20.0),
        ("1.1", "领导小组", 10.0),
        ("1.2", "专题会议", 10.0),
        ("2", "依法行政", None),
        ("2.1", "合法性审查", 15.0),
        ("2.2", "执法三项制度", 15.0),
    ]
    assert "points-mismatch" not in _codes(scheme)


def test_pipe_rows_split_across_lines() -> None:
    text = (
        "考核细则\n"
        "|序号|考核项目|分值|评分标准|\n"
        "|1|组织领导|10|未成立领导小组的扣5分；\n未召开会议的扣5分。|\n"
        "|2|依法决策|15|每发现一件扣3分，\n\n扣完为止。|\n"
        "|3|普法宣传|5|酌情扣分。|\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织领导", 10.0),
        ("2", "依法决策", 15.0),
        ("3", "普法宣传", 5.0),
    ]
    assert _deductions(scheme) == [("1", 5.0), ("1", 5.0), ("2", 3.0), ("3", 1.0)]
    spans = [rule.span for rule in scheme.rules if rule.span is not None]
    quoted = [text[span.start : span.end] for span in spans]
    assert quoted[:3] == ["未成立领导小组的扣5分", "未召开会议的扣5分", "每发现一件扣3分"]


def test_numbered_points_in_a_cell_with_a_rule_inside_the_bracket(tmp_path: Path) -> None:
    scheme = _read(
        tmp_path,
        [
            ["序号", "考核项目", "分值", "评分标准"],
            ["1", "日常工作", "5", "1.成立领导小组（2分）；2.召开专题会议（3分，少一次扣1分）。"],
            ["2", "宣传工作", "10", "开展法治宣传（10分），未开展的不得分。"],
        ],
    )
    assert _tree(scheme) == [
        ("1", "日常工作", 5.0),
        ("1.1", "成立领导小组", 2.0),
        ("1.2", "召开专题会议", 3.0),
        ("2", "宣传工作", 10.0),
    ]
    assert _deductions(scheme)[0] == ("1.2", 1.0)


_MERGED_POINTS: list[list[Cell]] = [
    ["考核项目", "分值", "考核内容", "评分标准"],
    [("组织领导", "rowspan='2'"), ("20", "rowspan='2'"), "成立领导小组", "未成立的扣10分。"],
    [None, None, "召开专题会议", "每少一次扣5分。"],
    [("依法行政", "rowspan='2'"), ("30", "rowspan='2'"), "合法性审查", "每发现一件扣3分。"],
    [None, None, "行政执法三项制度", "未落实的扣15分。"],
    ["合计", "50", "", ""],
]


def test_a_points_cell_merged_down_a_groups_rows_is_the_groups(tmp_path: Path) -> None:
    # the page repeats 20 and 30 in each row: only once a group do they add up to 合计 50
    scheme = _read(tmp_path, _MERGED_POINTS)
    assert _tree(scheme) == _CRITERIA
    assert _deductions(scheme) == [("1.1", 10.0), ("1.2", 5.0), ("2.1", 3.0), ("2.2", 15.0)]
    assert "points-mismatch" not in _codes(scheme)


def test_equal_points_of_each_row_stay_the_rows(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [
        ["考核项目", "分值", "考核内容", "评分标准"],
        [("组织领导", "rowspan='2'"), "10", "成立领导小组", "未成立的扣10分。"],
        [None, "10", "召开专题会议", "每少一次扣5分。"],
        [("依法行政", "rowspan='2'"), "15", "合法性审查", "每发现一件扣3分。"],
        [None, "15", "行政执法三项制度", "未落实的扣15分。"],
        ["合计", "50", "", ""],
    ]
    scheme = _read(tmp_path, rows)
    assert _tree(scheme) == [
        ("1", "组织领导", None),
        ("1.1", "成立领导小组", 10.0),
        ("1.2", "召开专题会议", 10.0),
        ("2", "依法行政", None),
        ("2.1", "合法性审查", 15.0),
        ("2.2", "行政执法三项制度", 15.0),
    ]


_GRID = [
    ["序号", "考核项目", "考核内容", "分值", "评分标准"],
    ["1", "组织领导", "成立法治建设领导小组", "10", "未成立的扣10分"],
    ["2", "组织领导", "召开专题会议", "10", "每少一次扣2分，扣完为止"],
    ["3", "依法行政", "行政执法案卷评查", "80", "每发现一处问题扣1分，扣完为止"],
    ["", "合计", "", "100", ""],
]


def _facts(
    scheme: rulegov.Scheme,
) -> tuple[list[tuple[str, float | None]], list[tuple[str, float]]]:
    leaves = [(node.name or "", node.points) for node in scheme.nodes() if node.is_leaf]
    rules = [(rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction"]
    return leaves, rules


_EXPECTED = (
    [("成立法治建设领导小组", 10.0), ("召开专题会议", 10.0), ("行政执法案卷评查", 80.0)],
    [("1.1", 10.0), ("1.2", 2.0), ("2.1", 1.0)],
)


def test_an_appraisal_table_in_a_csv_file_is_read_as_its_text_table_is(tmp_path: Path) -> None:
    path = tmp_path / "考核评分表.csv"
    path.write_text("\n".join(",".join(row) for row in _GRID) + "\n", encoding="gbk")
    scheme = rulegov.read_scheme(path)
    assert _facts(scheme) == _EXPECTED
    text = "\n".join("|" + "|".join(row) + "|" for row in _GRID)
    assert _facts(rulegov.parse_scheme(text)) == _EXPECTED
    # each rule's line is its row in the file
    rule = next(rule for rule in scheme.rules if rule.kind == "deduction" and rule.node == "1.2")
    assert rule.span is not None
    assert text.count("\n", 0, rule.span.start) + 1 == 3


def _workbook(tmp_path: Path, grid: list[list[str]]) -> Path:
    """A workbook of ``grid``'s rows, its numbers as numbers."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in grid:
        book.active.append([float(cell) if cell.isdigit() else cell for cell in row])
    path = tmp_path / "考核评分表.xlsx"
    book.save(path)
    return path


def test_an_appraisal_table_in_a_workbook_is_read_as_its_text_table_is(tmp_path: Path) -> None:
    path = _workbook(tmp_path, _GRID)
    assert _facts(rulegov.read_scheme(path)) == _EXPECTED
    assert "考核评分表.xlsx" in rulegov.read_scheme(path).description


_TOTAL_FIRST = [
    ["序号", "考核项目", "分值", "评分标准"],
    ["1", "依法决策", "50", "每发现一件未经合法性审查的扣5分"],
    ["2", "学法用法", "50", "未组织学法的扣10分"],
    ["合计", "", "100", ""],
]


def _scored_by_total_row(scheme: rulegov.Scheme) -> None:
    assert [(node.name, node.points) for node in scheme.nodes() if node.is_leaf] == [
        ("依法决策", 50.0),
        ("学法用法", 50.0),
    ]
    (skipped,) = [d for d in scheme.diagnostics if d.code == "table-row"]
    assert "合计" in skipped.message
    assert skipped.line == 4
    assert rulegov.evaluate(scheme, {"甲": {"1-1": 1, "2-1": 0}}).score("甲") == 95.0


def test_a_total_row_in_the_first_column_of_a_csv_file_is_no_item(tmp_path: Path) -> None:
    path = tmp_path / "考核评分表.csv"
    path.write_text("\n".join(",".join(row) for row in _TOTAL_FIRST) + "\n", encoding="utf-8")
    _scored_by_total_row(rulegov.read_scheme(path))


def test_a_total_row_in_the_first_column_of_a_workbook_is_no_item(tmp_path: Path) -> None:
    _scored_by_total_row(rulegov.read_scheme(_workbook(tmp_path, _TOTAL_FIRST)))


def test_a_scheme_the_model_refuses_names_the_line_of_the_offending_text() -> None:
    text = (
        "考核细则\n一、组织（50分）：未成立的扣10分。\n二、执法（50分）：每发现一起扣2分。\n"
        "90分以上为优秀，60分以下为不合格，其余为合格。\n优秀比例不超过120%。\n"
    )
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.parse_scheme(text, source="细则.txt")
    error = caught.value
    assert (error.source, error.line, error.column, error.path) == (
        "细则.txt",
        5,
        1,
        "grading.quotas[0].max_share",
    )
    assert str(error).startswith("细则.txt:5:1: invalid Scheme: grading.quotas[0].max_share:")
    assert error.message.startswith("invalid Scheme: grading.quotas[0].max_share:")


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_scheme_reads_alike_whatever_its_line_ends(tmp_path, end):
    lines = [
        "某县法治建设考核细则",
        "一、组织领导（20分）",
        "1.成立领导小组（10分）。未成立的扣10分。",
        "2.定期研究部署（10分）。每少一次扣2分。",
        "二、制度建设（30分）",
    ]
    path = tmp_path / "scheme.txt"
    path.write_bytes(end.join(lines).encode())
    scheme = rulegov.read_scheme(path)
    assert scheme.name == "某县法治建设考核细则"
    assert [(item.id, item.name) for item in scheme.root.children] == [
        ("1", "组织领导"),
        ("2", "制度建设"),
    ]


@pytest.mark.parametrize("note", ["（满分100分）", "(总分100分)", "（满分 100 分）"])
def test_the_full_points_after_a_scheme_title_are_not_part_of_its_name(note):
    scheme = rulegov.parse_scheme(
        f"某区2024年度依法行政考核评分标准{note}\n一、制度建设（40分）\n二、行政执法（60分）\n"
    )
    assert scheme.name == "某区2024年度依法行政考核评分标准"
    assert [item.name for item in scheme.root.children] == ["制度建设", "行政执法"]
