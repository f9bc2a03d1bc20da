"""Appraisal tables as copies print them: the layouts of the twenty-fourth real set, each in its
printed forms (cells closed by pipes whose lines of pipes end merged rows, starred indicators,
a category cell with its points glued on)."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    """Each node's id, the first words of its name and its points (a group's: its cap)."""
    return [
        (node.id, node.name[:4], node.points if node.is_leaf else node.cap)
        for node in scheme.nodes()[1:]
    ]


_CLOSED_HEADER = "考核指标 |\n建设内容 |\n考评标准 |\n责任单位 |\n"


@pytest.mark.parametrize(
    ("empty", "spaced"),
    [
        ("|||", False),
        ("||", False),
        ("|||", True),
        ("||||", True),
    ],
)
def test_lines_of_pipes_after_merged_rows_cut_no_header_from_the_rows(empty, spaced):
    # a copy keeps a pipe after each cell, and a line of pipes only where a row ends in merged
    # cells (empty), not after the header: the header's words and the rows stay apart
    points = (lambda figure: f"( {figure} 分)") if spaced else (lambda figure: f"({figure}分)")
    text = (
        _CLOSED_HEADER
        + f"一、组织保障 {points(16)} |\n(一)组织领导{points(4)} |\n"
        + f"1. 成立领导机构{points(2)}。 |\n建立领导机构。 |\n市府办 |\n"
        + f"2. 明确职责分工{points(2)}。 |\n制定分工文件。 |\n市府办 |\n{empty}\n"
        + f"(二)绩效考核{points(12)} |\n3. 纳入政府考核{points(6)}。 |\n建立考核机制。 |\n"
        + f"县政府 |\n{empty}\n4. 纳入部门考核{points(6)}。 |\n建立考核机制。 |\n县政府 |\n"
    )
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "组织保障", 16.0),
        ("1.1", "组织领导", 4.0),
        ("1.1.1", "成立领导", 2.0),
        ("1.1.2", "明确职责", 2.0),
        ("1.2", "绩效考核", 12.0),
        ("1.2.1", "纳入政府", 6.0),
        ("1.2.2", "纳入部门", 6.0),
    ]


def test_a_header_closed_by_a_line_of_pipes_still_parts_the_rows_at_theirs():
    # the layout the lines of pipes do tell apart: the header and each row closed by one
    text = (
        "考评内容 |\n考评指标 |\n分值 |\n|||\n组织领导 |\n成立领导小组。 |\n4 |\n|||\n"
        "制度建设 |\n建立考核制度。 |\n6 |\n|||\n宣传教育 |\n开展宣传活动。 |\n5 |\n|||\n"
    )
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "组织领导", 4.0),
        ("1.1", "成立领导", 4.0),
        ("2", "制度建设", 6.0),
        ("2.1", "建立考核", 6.0),
        ("3", "宣传教育", 5.0),
        ("3.1", "开展宣传", 5.0),
    ]


@pytest.mark.parametrize(
    "star",
    ["*", "＊", "★", "☆"],
)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1.", "2."),
        ("1、", "2、"),
        ("(1)", "(2)"),
        ("（1）", "（2）"),
    ],
)
def test_a_star_before_an_indicators_number_marks_it_and_numbers_nothing(star, first, second):
    # a key indicator (核心指标) printed with a star before its number: the star is no part of
    # the number nor of the name, and the indicator is a sibling of the unstarred ones
    text = (
        "考核细则\n一、组织保障(10分)\n"
        f"{star}{first}成立领导机构(4分)。未成立的扣4分。\n"
        f"{second}明确职责分工(6分)。未明确的扣6分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织保障", 10.0),
        ("1.1", "成立领导", 4.0),
        ("1.2", "明确职责", 6.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1.1", 4.0), ("1.2", 6.0)]


def test_a_star_before_a_parts_number_marks_it_too():
    text = (
        "考核细则\n★一、组织保障(10分)\n1、成立领导机构(4分)。\n2、明确职责分工(6分)。\n"
        "☆二、监督检查(5分)\n1、开展督查(5分)。\n"
    )
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "组织保障", 10.0),
        ("1.1", "成立领导", 4.0),
        ("1.2", "明确职责", 6.0),
        ("2", "监督检查", 5.0),
        ("2.1", "开展督查", 5.0),
    ]


def test_a_star_inside_a_line_stays_text():
    # a star that does not open the line before a number is the text's own (a footnote's mark)
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织保障(10分)\n1.成立领导机构*(4分)。\n2.明确职责分工(6分)。\n"
    )
    assert scheme.nodes()[2].name == "成立领导机构*"


@pytest.mark.parametrize("opened", [False, True])
@pytest.mark.parametrize("glued", ["体制建设15分", "体制建设 15 分", "体制建设15"])
def test_a_category_cell_with_its_points_glued_on_heads_the_rows_after_it(opened, glued):
    # a table copied one cell a line whose category column prints a name and its points in one
    # cell (体制建设15分), as another category prints them in two (工作部署 · 10分)
    cells = [
        "项目", "条目", "考核内容", "基本分",
        "工作部署", "10分", "1", "贯彻落实文件精神。", "5", "2", "采取措施进行部署。", "5",
        glued, "3", "成立应急管理委员会。", "3", "4", "设立应急管理办公室。", "5",
        "5", "落实工作人员。", "4", "6", "工作经费列入预算。", "3",
    ]  # fmt: skip
    lines = [f"| {cell}" if opened and index % 2 else cell for index, cell in enumerate(cells)]
    text = "应急管理工作考核评分表\n" + "\n".join(lines) + "\n"
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "工作部署", 10.0),
        ("1.1", "贯彻落实", 5.0),
        ("1.2", "采取措施", 5.0),
        ("2", "体制建设", 15.0),
        ("2.1", "成立应急", 3.0),
        ("2.2", "设立应急", 5.0),
        ("2.3", "落实工作", 4.0),
        ("2.4", "工作经费", 3.0),
    ]


@pytest.mark.parametrize(
    "marks",
    [
        ("1、", "2、", "3、"),
        ("1.", "2.", "3."),
        ("1．", "2．", "3．"),
        ("(1)", "(2)", "(3)"),
        ("（1）", "（2）", "（3）"),
    ],
)
@pytest.mark.parametrize(
    ("comma", "stop"),
    [(",", ";"), ("，", "；"), ("，", "。"), (", ", ";")],
)
@pytest.mark.parametrize("body", ["", "学校成立领导小组并研究部署"])
def test_criteria_run_into_a_line_each_closed_by_points_after_a_comma_part(
    marks, comma, stop, body
):
    # numbered criteria a copy ran into one line, each a sentence whose points follow its last
    # comma unbracketed (…布置安全工作,3分;2、…): each is an item with its points
    lead = f"。{body}" if body else ""
    names = ("建立责任制度", "建立报告制度", "建立救援制度")
    points = (3, 3, 4)
    run = "".join(
        f"{mark}{name}{lead}{comma}{figure}分{stop}"
        for mark, name, figure in zip(marks, names, points, strict=True)
    )
    assert _tree(rulegov.parse_scheme(f"考评细则\n一、安全制度(10分)\n{run}\n")) == [
        ("1", "安全制度", 10.0),
        ("1.1", "建立责任", 3.0),
        ("1.2", "建立报告", 3.0),
        ("1.3", "建立救援", 4.0),
    ]


def test_criteria_run_into_a_line_that_deduct_stay_rules_of_their_item():
    # a deduction after a comma (…,未建立的扣3分;) is a criterion's rule, not its points
    scheme = rulegov.parse_scheme(
        "考评细则\n一、安全制度(10分)\n1、建立责任制,未建立的扣3分;2、建立报告制度,未建立的扣3分;\n"
    )
    assert [rule.points for rule in scheme.rules] == [3.0, 3.0]
    assert scheme.nodes()[1].cap == 10.0 or scheme.nodes()[1].points == 10.0
