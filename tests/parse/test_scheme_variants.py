"""Appraisal documents read the same however a publisher prints the same scheme."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str | None, float | None]]:
    return [
        (node.id, node.name, node.points if node.is_leaf else node.cap)
        for node in scheme.nodes()[1:]
    ]


def _rules(scheme: rulegov.Scheme) -> list[tuple[str, str | None, float]]:
    return sorted((rule.kind, getattr(rule, "node", None), rule.points) for rule in scheme.rules)


_CELL_LINES = (
    "考核项目\n考核内容\n分值\n评分标准\n"
    "组织领导\n成立领导小组\n5分\n未成立的扣5分\n"
    "制度建设\n建立工作制度\n5分\n未建立的扣5分\n"
)


@pytest.mark.parametrize(
    "page", ["— 2 —", "- 2 -", "－２－", "第2页", "第 2 页 共 3 页", "共3页 第2页"]
)
def test_a_page_number_line_between_two_rows_of_a_table_is_no_cell(page):
    text = _CELL_LINES.replace("5分\n未成立", f"5分\n{page}\n未成立")
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织领导", 5.0),
        ("1.1", "成立领导小组", 5.0),
        ("2", "制度建设", 5.0),
        ("2.1", "建立工作制度", 5.0),
    ]
    assert _rules(scheme) == [("deduction", "1.1", 5.0), ("deduction", "2.1", 5.0)]


@pytest.mark.parametrize("page", ["- 2 -", "第2页"])
def test_a_page_number_line_between_numbered_items_is_no_item(page):
    text = (
        "一、组织领导（10分）\n1.成立领导小组（5分）。未成立的扣5分。\n"
        f"{page}\n2.召开会议（5分）。未召开的扣5分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织领导", 10.0),
        ("1.1", "成立领导小组", 5.0),
        ("1.2", "召开会议", 5.0),
    ]


_BOX = (
    "│序│ 项 │ 考核 │ 评分标准 │ 分 │\n"
    "│号│ 目 │ 内容 │ │ 值 │\n"
    "├─┼──┼──┼────┼──┤\n"
    "│1 │ 组 │ 领导 │(1)成立领导小组,得5分;未成立的 │ 5 │\n"
    "│ │ 织 │ 机构 │扣5分 │ │\n"
    "│ │ 领 │ │(2)召开会议,得5分;未召开的扣 │ 5 │\n"
    "│ │ 导 │ │5分 │ │\n"
)


@pytest.mark.parametrize(
    "text",
    [_BOX, _CELL_LINES, "一、组织领导（10分）\n1.成立领导小组（5分）。未成立的扣5分。\n"],
)
def test_windows_line_ends_read_as_plain_line_feeds(text):
    plain = rulegov.parse_scheme(text)
    windows = rulegov.parse_scheme(text.replace("\n", "\r\n"))
    assert _tree(windows) == _tree(plain)
    assert _rules(windows) == _rules(plain)


_PIPE_ROWS = (
    "项目 | 内容 | 分值 | 评分标准\n"
    "组织领导{a} | 成立领导小组 | {b} | 未成立的扣5分\n"
    " | 召开专题会议 | {b} | 未召开的扣5分\n"
    "制度建设{b} | 建立工作制度 | {b} | 未建立的扣5分\n"
)
_NUMBERED = (
    "一、组织领导{a}\n1.成立领导小组,明确分工。{b}未成立的扣5分。\n"
    "2.召开专题会议。{b}未召开的扣5分。\n二、制度建设{b}\n1.建立工作制度。{b}未建立的扣5分。\n"
)


@pytest.mark.parametrize("text", [_PIPE_ROWS, _NUMBERED])
@pytest.mark.parametrize("gap", [" ", "  "])
def test_typeset_points_with_a_space_before_fen_read_as_points(text, gap):
    scheme = rulegov.parse_scheme(text.format(a=f"10{gap}分", b=f"5{gap}分"))
    assert [(name, points) for _, name, points in _tree(scheme)] == [
        ("组织领导", 10.0),
        ("成立领导小组" + ("" if text is _PIPE_ROWS else ",明确分工"), 5.0),
        ("召开专题会议", 5.0),
        ("制度建设", 5.0),
        ("建立工作制度", 5.0),
    ]
    assert [points for kind, _, points in _rules(scheme) if kind == "deduction"] == [5.0] * 3


_OPENED_CELLS = (
    "{项目}\n| {序号}\n| {考评内容}\n|\n组\n织\n建\n设\n4分\n"
    "| 1\n| 村党组织健全,作用得到发挥。(2分)\n|\n| 2\n| 村级组织职责明确。(2分)\n|\n"
    "民\n主\n选\n举\n2分\n| 3\n| 按期换届选举。(2分)\n|\n"
)


@pytest.mark.parametrize("spaced", [("项目",), ("考评内容",), ("项目", "序号", "考评内容")])
@pytest.mark.parametrize("gap", [" ", "  ", "\u3000"])
def test_letter_spaced_words_of_a_tables_head_read_as_the_words(spaced, gap):
    words = {
        word: gap.join(word) if word in spaced else word for word in ("项目", "序号", "考评内容")
    }
    scheme = rulegov.parse_scheme(_OPENED_CELLS.format(**words))
    assert [(name, points) for _, name, points in _tree(scheme)] == [
        ("组织建设", 4.0),
        ("村党组织健全,作用得到发挥", 2.0),
        ("村级组织职责明确", 2.0),
        ("民主选举", 2.0),
        ("按期换届选举", 2.0),
    ]


@pytest.mark.parametrize("points", ["(2分)", "（2分）", "2分", " 2分", "2 分"])
def test_a_criterion_cell_of_a_numbered_cell_table_states_its_points_in_any_form(points):
    text = _OPENED_CELLS.format(项目="项目", 序号="序号", 考评内容="考评内容").replace(
        "(2分)", points
    )
    scheme = rulegov.parse_scheme(text)
    assert [(name, points) for _, name, points in _tree(scheme)] == [
        ("组织建设", 4.0),
        ("村党组织健全,作用得到发挥", 2.0),
        ("村级组织职责明确", 2.0),
        ("民主选举", 2.0),
        ("按期换届选举", 2.0),
    ]


_DEDUCTING_ROWS = (
    "类别 | 项目 | 考核内容 | 分值 | 得分\n"
    "扣分项 | (一)主动公开 | 1、围绕工作要点推进政务公开,每项扣{a}分。 | 40 | |\n"
    "2、严格按照程序执行,未及时公开的每例扣{b}分。 | ||||\n"
    "3、发布的信息全面、规范,出现问题的{c}分。 | ||||\n"
)


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        ("5", "2", "每项扣1"),
        (" 5 ", " 2 ", "每项扣 1 "),
        ("5 ", "2 ", "每项扣1 "),
        (" 5", " 2", "扣除 1 "),
    ],
)
def test_what_a_rule_takes_at_the_end_of_a_row_is_no_points_of_the_item(a, b, c):
    scheme = rulegov.parse_scheme(_DEDUCTING_ROWS.format(a=a, b=b, c=c))
    assert _tree(scheme)[1:] == [
        ("1.1", "主动公开", 40.0),
        ("1.1.1", "围绕工作要点推进政务公开", None),
        ("1.1.2", "严格按照程序执行", None),
        ("1.1.3", "发布的信息全面、规范", None),
    ]
    assert [points for _, _, points in _rules(scheme)] == [5.0, 2.0, 1.0]


_GLUED_HEAD = "项目序号考核内容分值评分标准组织领导20分"


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("在6月底前报送年度工作总结", "在6月底前报送年度工作总结"),
        ("每年开展2场专题宣传活动", "每年开展2场专题宣传活动"),
        ("开展3类专项检查", "开展3类专项检查"),
        ("组织1期业务培训", "组织1期业务培训"),
    ],
)
def test_a_count_or_a_date_inside_a_flattened_row_is_no_points_of_the_row(row, name):
    text = _GLUED_HEAD + f"1{row}5未按时完成的扣2分2建立工作台账，资料齐全15资料不全的扣1分"
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织领导", 20.0),
        ("1.1", name, 5.0),
        ("1.2", "建立工作台账，资料齐全", 15.0),
    ]


def test_rows_of_a_flattened_table_that_count_and_state_no_points_stay_rows():
    text = (
        _GLUED_HEAD + "1按规定成立领导小组未成立的扣1分2开展3类专项检查未开展的扣2分"
        "3组织1期业务培训未组织的扣2分"
    )
    scheme = rulegov.parse_scheme(text)
    rows = scheme.nodes()[2:]
    assert [node.name for node in rows] == [
        "按规定成立领导小组未成立的",
        "开展3类专项检查未开展的",
        "组织1期业务培训未组织的",
    ]
    assert all(node.points is None for node in rows)
    assert scheme.root.full_points() == 20.0


_ITEMS_FIRST = (
    "一、组织领导（20分）\n1、成立领导小组（10分），未成立扣5分。\n"
    "2、制定工作方案（10分），未制定扣5分。\n二、业务工作（80分）\n"
    "1、完成年度任务（80分），未完成的扣10分。\n"
)


@pytest.mark.parametrize(
    "method",
    [
        (
            "三、考核方法：考核由日常考核和年终考核两个部分组成：日常考核为平时督查情况（40分）；"
            "年终考核为年底集中检查情况（60分）。"
        ),
        (
            "三、计分办法：考核总分由基础分和加分两个部分构成：基础分为各考核项目得分之和（100分）；"
            "加分为创新工作获上级表彰的加分（10分）。"
        ),
    ],
)
def test_a_method_paragraph_naming_the_parts_of_the_score_adds_no_items(method):
    scheme = rulegov.parse_scheme(_ITEMS_FIRST + method)
    names = [node.name for node in scheme.nodes()[1:]]
    assert not {"日常考核", "年终考核", "基础分", "加分"} & set(names)
    assert scheme.root.full_points() < 200.0


def test_an_items_stated_points_are_kept_when_its_named_parts_add_up_to_less():
    text = (
        "1、工作实绩（60分）。由日常考核和年终考核两个部分组成：日常考核为平时督查情况（20分）；"
        "年终考核为年底集中检查情况（30分）。\n2、组织领导（40分）。未成立领导小组扣5分。"
    )
    scheme = rulegov.parse_scheme(text)
    first = scheme.nodes()[1]
    assert (first.name, first.points if first.is_leaf else first.cap) == ("工作实绩", 60.0)
    assert scheme.root.full_points() == 100.0
    assert any(d.code == "points-in-standard" for d in scheme.diagnostics)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1、成立领导小组，明确分管领导。", "2、制定年度工作方案。"),
        ("1、成立领导小组；", "2、制定年度工作方案；"),
        ("建立健全工作台账\n1、未建立台账的，扣2分。", "2、台账资料不全的，扣1分。"),
        ("建立健全工作台账\n1、未建立台账的，不得分。", "2、台账资料不全的，酌情扣分。"),
    ],
)
def test_a_points_line_after_several_numbered_lines_is_no_points_of_the_last(first, second):
    text = f"某单位考核细则\n一、组织领导\n{first}\n{second}\n（10分）\n二、工作落实\n按时完成年度任务（90分）\n"
    scheme = rulegov.parse_scheme(text)
    assert all(
        node.points != 10.0
        for node in scheme.nodes()
        if node.name in (second[2:-1], "台账资料不全的，扣1分")
    )
    assert not any("扣" in (node.name or "") and node.points for node in scheme.nodes())
    assert any(d.code == "points-in-standard" for d in scheme.diagnostics)


@pytest.mark.parametrize("cap", ["累计不超过5分", "本项最高5分", "累计最多5分", "此项满分5分"])
def test_a_cap_after_a_rule_in_a_flattened_row_opens_no_heading(cap):
    text = (
        "项目项次检查考评内容标准分量化评分标准组织领导20分1按规定成立老干部工作领导小组10"
        f"未成立的扣1分2坚持联系制度5每少走访一次扣1分{cap}3老干部工作经费落实5未列入预算的扣2分"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织领导", 20.0),
        ("1.1", "按规定成立老干部工作领导小组", 10.0),
        ("1.2", "坚持联系制度", 5.0),
        ("1.3", "老干部工作经费落实", 5.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "分值１",
        "分值\n１",
        (
            "分１1、思想政治建设（4分）A、完成的记15分项目项次检查考评内容标准分量化评分标准评分；"
            "分值分值：14分①1、领导重视，保障有力。"
        ),
    ],
)
def test_a_full_width_or_a_circled_digit_gives_a_scheme_or_a_parse_error(text):
    try:
        scheme = rulegov.parse_scheme(text)
    except rulegov.RulegovError as error:
        assert "no appraisal item" in str(error)
    else:
        assert all(node.points is None or node.points >= 0 for node in scheme.nodes())


@pytest.mark.parametrize("rater", ["评分", "评分人", "评分情况", "评分结果"])
def test_a_rater_column_after_a_flattened_header_is_no_part_of_the_first_heading(rater):
    text = (
        f"项目序号考核内容分值评分标准{rater}组织领导20分1按规定成立领导小组10未成立的扣1分"
        "2建立工作台账10资料不全的扣1分"
    )
    scheme = rulegov.parse_scheme(text)
    assert [node.name for node in scheme.nodes()[1:]] == [
        "组织领导",
        "按规定成立领导小组",
        "建立工作台账",
    ]


@pytest.mark.parametrize("name", ["文体", "党风廉政建设", "老干部活动中心", "老干部工作领导小组"])
def test_a_name_a_narrow_cell_breaks_a_character_a_line_reads_whole(name):
    broken = "\n".join(name)
    text = (
        "序号\n| 项目\n| 工作目标考核内容\n| 分值\n|\n"
        f"8\n| {broken}\n| 39.落实工作责任制，按时报告。\n| 2\n|\n"
        "9\n| 信访\n| 42.落实信访工作责任制。\n| 3\n|\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [node.name for node in scheme.nodes()[1:]] == [
        name,
        "落实工作责任制，按时报告",
        "信访",
        "落实信访工作责任制",
    ]


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize("article", ["第五条 信息报送（5分）", "第五条信息报送(5分)"])
def test_an_article_with_points_after_an_item_with_its_own_rule_is_its_sibling(gap, article):
    text = (
        f"某乡镇党建工作考评细则\n一、组织领导（20分）。{gap}未成立领导小组的扣5分。\n"
        f"{article}，未按时报送的扣1分。\n第六条 宣传工作（5分），未开展宣传的扣1分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织领导", 20.0),
        ("2", "信息报送", 5.0),
        ("3", "宣传工作", 5.0),
    ]
    assert scheme.root.full_points() == 30.0


def _printings(rows: list[list[str]]) -> dict[str, str]:
    """One table as a copy prints it: pipe rows, tab rows, runs of spaces, a cell a line, a row a line.

    A merged cell is printed at its first row only and an empty cell not at all, except that a
    copy one cell a line keeps an empty cell as a lone pipe.
    """
    return {
        "pipe rows": "\n".join("| " + " | ".join(row) + " |" for row in rows),
        "tab rows": "\n".join("\t".join(row) for row in rows),
        "runs of spaces": "\n".join("    ".join(cell for cell in row if cell) for row in rows),
        "one cell a line": "\n".join(cell or "|" for row in rows for cell in row),
        "running text": "\n".join(" ".join(cell for cell in row if cell) for row in rows),
    }


# 类别 | 考核内容 | 得分 | 合计得分: a group's points in a 合计 column at its first row, a part
# (载体建设) spanning rows printed as one cell more than the header, merged cells left out
_TOTAL_COLUMN = [
    ["类别", "考核内容", "得分", "合计得分"],
    ["组织保障", "有具体负责人", "2分", "4分"],
    ["有具体经办人员", "2分"],
    ["工作开展", "载体建设", "门户网建设", "6分", "9分"],
    ["新闻发布会", "3分"],
]


@pytest.mark.parametrize("printing", sorted(_printings(_TOTAL_COLUMN)))
def test_a_table_whose_merged_cells_are_left_out_reads_alike_in_every_printing(printing):
    scheme = rulegov.parse_scheme(_printings(_TOTAL_COLUMN)[printing])
    assert _tree(scheme) == [
        ("1", "组织保障", 4.0),
        ("1.1", "有具体负责人", 2.0),
        ("1.2", "有具体经办人员", 2.0),
        ("2", "工作开展", 9.0),
        ("2.1", "载体建设", 9.0),
        ("2.1.1", "门户网建设", 6.0),
        ("2.1.2", "新闻发布会", 3.0),
    ]


def test_a_line_of_only_a_pipe_inside_a_table_of_spaced_columns_is_no_row():
    # what is left of a heading broken over two lines (合计 得分 |, then |)
    text = _printings(_TOTAL_COLUMN)["runs of spaces"].replace("合计得分\n", "合计 得分\n|\n")
    assert [name for _, name, _ in _tree(rulegov.parse_scheme(text))] == [
        "组织保障",
        "有具体负责人",
        "有具体经办人员",
        "工作开展",
        "载体建设",
        "门户网建设",
        "新闻发布会",
    ]


# 考核内容 | 评分标准 | 分值 | 自评分 | 核查分 | 合计: the standard before the points, and the
# columns a rater fills in left empty
_RATER_COLUMNS = [
    ["考核内容", "评分标准", "分值", "自评分", "核查分", "合计"],
    ["制定年度计划", "未制定的扣5分", "5", "", "", ""],
    ["召开专题会议", "每少一次扣1分", "5", "", "", ""],
    ["开展廉政教育", "未开展的扣10分", "10", "", "", ""],
]


@pytest.mark.parametrize("printing", sorted(_printings(_RATER_COLUMNS)))
def test_a_table_with_empty_rater_columns_reads_alike_in_every_printing(printing):
    scheme = rulegov.parse_scheme(_printings(_RATER_COLUMNS)[printing])
    assert _tree(scheme) == [
        ("1", "制定年度计划", 5.0),
        ("2", "召开专题会议", 5.0),
        ("3", "开展廉政教育", 10.0),
    ]
    assert _rules(scheme) == [
        ("deduction", "1", 5.0),
        ("deduction", "2", 1.0),
        ("deduction", "3", 10.0),
    ]


# 序号 | 项目 | 小项内容 | 分值 | 打分方法: each row opens with its serial, a group (项目) printed
# at its first row only, the standard after the points
_SERIAL_GROUPS = [
    ["序号", "项目", "小项内容", "分值", "打分方法"],
    ["1", "组织领导(10分)", "召开会议", "5", "未召开的扣5分"],
    ["2", "批示指示", "5", "未批示的扣5分"],
    ["3", "预防教育(10分)", "专题教育", "10", "未开展的扣10分"],
]


@pytest.mark.parametrize("printing", sorted(set(_printings(_SERIAL_GROUPS)) - {"running text"}))
def test_a_numbered_table_with_a_merged_group_reads_alike_in_every_printing(printing):
    scheme = rulegov.parse_scheme(_printings(_SERIAL_GROUPS)[printing])
    assert _tree(scheme) == [
        ("1", "组织领导", 10.0),
        ("1.1", "召开会议", 5.0),
        ("1.2", "批示指示", 5.0),
        ("2", "预防教育", 10.0),
        ("2.1", "专题教育", 10.0),
    ]
    assert _rules(scheme) == [
        ("deduction", "1.1", 5.0),
        ("deduction", "1.2", 5.0),
        ("deduction", "2.1", 10.0),
    ]


def _letter_spaced(word: str, gap: str) -> str:
    return gap.join(word) if gap else word


@pytest.mark.parametrize("gap", ["", " ", "\u3000"])
def test_a_letter_spaced_head_run_into_its_first_row_is_cut_from_it(gap):
    # a flattened copy runs the head (项 目 · 内容措施 · 分 值 · 备 注) into the first group
    words = {word: _letter_spaced(word, gap) for word in ("项目", "分值", "备注")}
    text = (
        "一、乡镇标准(总分10分) {项目} 内容措施 {分值} {备注} 组织保障有力 (7分) "
        "1.领导小组健全,职责明确(2分) 2.主要领导履行第一责任(5分)"
    ).format(**words)
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "组织保障有力", 7.0),
        ("1.1", "领导小组健全,职责明确", 2.0),
        ("1.2", "主要领导履行第一责任", 5.0),
    ]


@pytest.mark.parametrize("gap", ["", " ", "\u3000"])
def test_a_letter_spaced_head_before_rows_with_their_points_last_is_no_part_of_a_row(gap):
    # 考 核 项 目 · 评分内容及标准 · 分 值 · 得 分, then each row's text and its points after it
    words = {word: _letter_spaced(word, gap) for word in ("考核项目", "分值", "得分")}
    text = (
        "某镇食品安全工作考核细则 {考核项目} 评分内容及标准 {分值} {得分} "
        "将食品安全工作列入议事议程。 3 分 每季度召开专题会议(缺 1 次扣 2 分,扣完为止)。 5 分"
    ).format(**words)
    names = [name for _, name, _ in _tree(rulegov.parse_scheme(text))]
    assert names == ["将食品安全工作列入议事议程", "每季度召开专题会议"]


def test_a_standard_of_several_words_before_the_points_of_a_row_a_line_is_one_cell():
    # 考核内容 评分标准 分值 …, each row's cells parted by single spaces, its standard two sentences
    text = (
        "考核内容 评分标准 分值 自评分 核查分 合计\n"
        "制定年度计划。 有计划的得5分。 未制定的扣5分。 5\n"
        "召开专题会议。 每少一次扣1分。 5\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [("1", "制定年度计划", 5.0), ("2", "召开专题会议", 5.0)]
    assert _rules(scheme) == [("deduction", "1", 5.0), ("deduction", "2", 1.0)]


_SPACED_HEADERS = [
    "考核内容 评分标准 分值 自评分 核查分 合计\n",
    "考核内容 评分标准 分值\n",
]


@pytest.mark.parametrize("header", _SPACED_HEADERS)
@pytest.mark.parametrize(
    "standard",
    [
        "每季度召开 1 次会议，缺 1 次扣 2 分",
        "全年少于 4 次的扣2分",
        "少于 4 次的扣 2 分",
        "每季度召开1次会议，缺1次扣2分",
    ],
)
def test_a_figure_spaced_out_in_a_standard_of_a_row_a_line_is_not_its_points(header, standard):
    # a PDF's copy spaces out figures inside a standard: the row's points are the number
    # followed only by what the later columns hold
    text = (
        f"{header}召开专题会议 {standard} 10\n"
        "制定年度计划 未制定的扣5分 5\n开展廉政教育 未开展的扣10分 10\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "召开专题会议", 10.0),
        ("2", "制定年度计划", 5.0),
        ("3", "开展廉政教育", 10.0),
    ]
    assert _rules(scheme) == [
        ("deduction", "1", 2.0),
        ("deduction", "2", 5.0),
        ("deduction", "3", 10.0),
    ]


def test_a_figure_in_a_standard_before_the_scores_filled_in_is_not_its_points():
    text = (
        "考核内容 评分标准 分值 自评分 核查分 合计\n"
        "召开专题会议 每季度召开 1 次会议，缺 1 次扣 2 分 10 8 8\n"
        "制定年度计划 未制定的扣5分 5 5 5\n"
    )
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "召开专题会议", 10.0),
        ("2", "制定年度计划", 5.0),
    ]


@pytest.mark.parametrize("header", [*_SPACED_HEADERS, "考核项目 考核内容 评分标准 分值\n"])
@pytest.mark.parametrize(
    ("name", "whole"),
    [
        ("制定年度 计划", "制定年度计划"),
        ("制定年度工作 计划", "制定年度工作计划"),
        ("建立健全 工作台账 制度", "建立健全工作台账制度"),
    ],
)
def test_a_name_its_cell_wraps_in_a_row_a_line_is_whole_before_its_standard(header, name, whole):
    # a cell wrapped inside its column comes out as words parted by a space: its lines are as
    # long as the first but the last; the standard begins at its first word that deducts
    group = "基础工作 " if header.startswith("考核项目") else ""
    text = (
        f"{header}{group}{name} 未制定的扣5分 5\n{group}召开专题会议 每少一次扣1分 5\n"
        f"{group}开展廉政教育 未开展的扣10分 10\n"
    )
    scheme = rulegov.parse_scheme(text)
    leaves = [node for node in scheme.nodes()[1:] if node.is_leaf]
    assert [(node.name, node.points) for node in leaves] == [
        (whole, 5.0),
        ("召开专题会议", 5.0),
        ("开展廉政教育", 10.0),
    ]
    assert scheme.rules[0].reason.startswith("未制定的扣5分")


@pytest.mark.parametrize(
    "row",
    [
        # a lead-in of the standard longer than the name, or one that states points, or a
        # name closed by a stop: the name stays one word
        ("召开专题会议 每季度召开一次 未召开的扣1分 5", "召开专题会议"),
        ("组织领导 成立 领导小组 未成立的扣5分 5", "组织领导"),
        ("制定计划 得5分 未制定的扣5分 5", "制定计划"),
        ("制定计划。 按时 未制定的扣5分 5", "制定计划"),
    ],
)
def test_a_standard_of_several_words_after_a_whole_name_keeps_the_name(row):
    line, name = row
    text = f"考核内容 评分标准 分值 自评分 核查分 合计\n{line}\n开展廉政教育 未开展的扣10分 10\n"
    assert _tree(rulegov.parse_scheme(text))[0] == ("1", name, 5.0)


_SINGLE_SPACED_ROWS = (
    "考核项目 分值 评分标准\n组织领导 10 未成立的扣5分\n制度建设 10 未建立的扣5分\n"
    "宣传教育 10 未开展的扣5分\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "注：本办法自 2024 年 1 月 1 日起施行",
        "注:本办法自 2024 年 1 月 1 日起施行",
        "备注：本细则 2 次修订",
        "说明：满分 30 分以各项得分相加",
        "各单位于 12 月 31 日前报送自评报告",
        "本办法自 2024 年 1 月起施行",
        "注 2024 年起按此执行",
    ],
)
def test_a_note_or_a_date_after_a_table_of_single_spaces_is_no_row(line):
    # 注：本办法自 2024 年 1 月 …: a note's label, or a figure followed by 年 月 日, is no row's points
    scheme = rulegov.parse_scheme(f"{_SINGLE_SPACED_ROWS}{line}\n")
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("组织领导", 10.0),
        ("制度建设", 10.0),
        ("宣传教育", 10.0),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "档案管理 10 未归档的扣5分",
        "年度报告 10 年底前未报送的扣5分",
        "月度调度 10 月底前未报送的扣5分",
    ],
)
def test_a_row_after_the_rows_of_a_table_of_single_spaces_is_read_whatever_its_standard_starts_with(
    line,
):
    scheme = rulegov.parse_scheme(f"{_SINGLE_SPACED_ROWS}{line}\n")
    assert [node.points for node in scheme.root.children] == [10.0] * 4
    assert scheme.root.children[3].name == line.split()[0]


def test_a_heading_a_space_breaks_in_a_header_of_single_spaces_is_one_heading():
    # 合计 得分 after 得分: a header names each column once, so the second 得分 closes 合计
    text = _printings(_TOTAL_COLUMN)["running text"].replace("合计得分", "合计 得分")
    assert [points for _, _, points in _tree(rulegov.parse_scheme(text))] == [
        4.0,
        2.0,
        2.0,
        9.0,
        9.0,
        6.0,
        3.0,
    ]


_SERIAL_ROWS = [
    # a 序号 column first, the group's cell closed by its points in brackets, spaces inside it
    (
        "序号 项目 考核内容 分值 评分标准\n"
        "1 组织 领导 (10分) 成立领导小组 5 未成立的扣5分\n"
        "2 召开专题会议 5 每少一次扣1分\n"
        "3 制度 建设 (5分) 建立工作制度 5 未建立的扣5分\n"
    ),
    # the group's column before the 序号 column, its cell printed at its first row only
    (
        "类别 序号 考核内容 分值 评分标准 备注\n"
        "组织领导 (10分) 1 成立领导小组 5分 未成立的扣5分\n"
        "2 召开专题会议 5分 每少一次扣1分\n"
        "制度建设 (5分) 3 建立工作制度 5分 未建立的扣5分\n"
    ),
    # the group's cell printed without its points, the serial after it
    (
        "类别 序号 考核内容 分值 评分标准\n"
        "组织领导 1 成立领导小组 5 未成立的扣5分\n"
        "2 召开专题会议 5 每少一次扣1分\n"
        "制度建设 3 建立工作制度 5 未建立的扣5分\n"
    ),
]


@pytest.mark.parametrize(
    "text", _SERIAL_ROWS, ids=["serial-first", "group-first", "no-group-points"]
)
def test_a_table_with_a_serial_column_flattened_a_row_a_line_reads_its_rows(text):
    # a copy that lost the table's cells prints each row's cells parted by single spaces, the
    # merged group cell left out of the rows after its first
    scheme = rulegov.parse_scheme(text)
    names = [(node_id, name) for node_id, name, _ in _tree(scheme)]
    assert names == [
        ("1", "组织领导"),
        ("1.1", "成立领导小组"),
        ("1.2", "召开专题会议"),
        ("2", "制度建设"),
        ("2.1", "建立工作制度"),
    ]
    assert _rules(scheme) == [
        ("deduction", "1.1", 5.0),
        ("deduction", "1.2", 1.0),
        ("deduction", "2.1", 5.0),
    ]


_FIRST_ROW_RUN_ON = [
    (
        "一、组织领导 12分 1、制定年度计划。3分 未制定的扣3分。\n2、健全领导机构。9分 不健全的扣9分。\n"
        "二、依法决策 6分 1、建立决策机制。6分 未建立的扣6分。\n"
    ),
    (
        "一、组织领导12分1.制定年度计划。3分 未制定的扣3分。\n2.健全领导机构。9分 不健全的扣9分。\n"
        "二、依法决策6分1.建立决策机制。6分 未建立的扣6分。\n"
    ),
    (
        "（一）组织领导 12分 （1）制定年度计划 3分 未制定的扣3分。\n（2）健全领导机构 9分 不健全的扣9分。\n"
        "（二）依法决策 6分 （1）建立决策机制 6分 未建立的扣6分。\n"
    ),
    (
        "一、 组织 领导 12分 1、制定年度计划。3分 未制定的扣3分。\n2、健全领导机构。9分 不健全的扣9分。\n"
        "二、 依法 决策 6分 1、建立决策机制。6分 未建立的扣6分。\n"
    ),
]


@pytest.mark.parametrize(
    "text", _FIRST_ROW_RUN_ON, ids=["spaces", "glued", "brackets", "letter-spaced"]
)
def test_a_heading_closed_by_bare_points_with_its_first_item_run_on_reads_both(text):
    # a table flattened into running text: the group's cell, its points, then its first row
    scheme = rulegov.parse_scheme("考核标准\n" + text)
    assert _tree(scheme) == [
        ("1", "组织领导", 12.0),
        ("1.1", "制定年度计划", 3.0),
        ("1.2", "健全领导机构", 9.0),
        ("2", "依法决策", 6.0),
        ("2.1", "建立决策机制", 6.0),
    ]
    assert _rules(scheme) == [
        ("deduction", "1.1", 3.0),
        ("deduction", "1.2", 9.0),
        ("deduction", "2.1", 6.0),
    ]


@pytest.mark.parametrize("gap", [" ", "\u3000"])
def test_a_letter_spaced_heading_with_bare_points_on_its_own_line_is_one_item(gap):
    # 组织 领导 工作 12分 over 1、…: the heading's points are its own, not a second item's
    text = (
        f"考核标准\n一、{gap}组织{gap}领导{gap}工作 12分\n1、制定年度计划。12分 未制定的扣12分。\n"
        f"二、{gap}依法{gap}决策{gap}工作 6分\n1、建立决策机制。6分 未建立的扣6分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织领导工作", 12.0),
        ("1.1", "制定年度计划", 12.0),
        ("2", "依法决策工作", 6.0),
        ("2.1", "建立决策机制", 6.0),
    ]


def test_a_heading_cell_before_its_first_row_in_columns_of_wide_gaps_stays_in_its_table():
    # cells set apart by runs of spaces are a table's columns: the group's cell, its points and
    # its first row's cells are read by the columns, the rows after it under the same group
    text = (
        "考核标准\n项目    考 核 标 准    扣 分 标 准\n"
        "一、 组织 领导 12分    1、制定年度计划。3分    未制定的扣3分。\n"
        "2、健全领导机构。9分    不健全的扣9分。\n"
        "二、 依法 决策 6分    1、建立决策机制。6分    未建立的扣6分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织领导", 12.0),
        ("1.1", "制定年度计划", 3.0),
        ("1.2", "健全领导机构", 9.0),
        ("2", "依法决策", 6.0),
        ("2.1", "建立决策机制", 6.0),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        "组织领导10未成立领导小组的扣5分制度建设10未建立制度的扣5分",
        "组织领导10分未成立领导小组的扣5分。制度建设10分未建立制度的扣5分。",
        "组织领导10未成立领导小组的扣5分，扣完为止制度建设10每少1项制度扣5分",
        "组织领导10分未成立领导小组的不得分；制度建设10分未建立制度的扣5分；",
    ],
    ids=["bare", "points-and-stops", "capped", "semicolons"],
)
@pytest.mark.parametrize("header", ["考核项目分值评分标准", "考评内容标准分扣分标准"])
def test_a_table_run_together_on_one_line_reads_its_header_as_its_head(header, rows):
    # a copy that lost every cell edge: header words, then each row's name, points and standard
    scheme = rulegov.parse_scheme(f"法治建设考核细则\n{header}{rows}")
    assert _tree(scheme) == [("1", "组织领导", 10.0), ("2", "制度建设", 10.0)]
    assert [rule.node for rule in scheme.rules] == ["1", "2"]


@pytest.mark.parametrize(
    "text",
    [
        # the group's cell before every row
        (
            "类别 考核项目 分值 评分标准 基础工作 组织领导 10 未成立领导小组的扣5分 "
            "基础工作 制度建设 10 未建立制度的扣5分 依法行政 规范执法 20 执法不规范的每起扣2分"
        ),
        # the group's cell at its first row only, merged over the rows after it
        (
            "考核类别 考核项目 分值 评分标准 基础工作 组织领导 10分 未成立领导小组的扣5分。 "
            "制度建设 10分 未建立制度的扣5分。 依法行政 规范执法 20分 执法不规范的每起扣2分。"
        ),
        # ideographic spaces between the cells
        (
            "类别\u3000考核项目\u3000分值\u3000评分标准\u3000基础工作\u3000组织领导\u300010\u3000"
            "未成立领导小组的扣5分\u3000制度建设\u300010\u3000未建立制度的扣5分\u3000依法行政\u3000"
            "规范执法\u300020\u3000执法不规范的每起扣2分"
        ),
        # the points column last
        (
            "类别 考核项目 评分标准 分值 基础工作 组织领导 未成立领导小组的扣5分 10 "
            "制度建设 未建立制度的扣5分 10 依法行政 规范执法 执法不规范的每起扣2分 20"
        ),
    ],
    ids=["group-each-row", "group-merged", "ideographic-spaces", "points-last"],
)
def test_a_table_on_one_line_with_a_group_cell_before_its_rows_reads_its_header_as_its_head(text):
    scheme = rulegov.parse_scheme(f"法治建设考核细则\n{text}")
    assert [(node_id, name) for node_id, name, _ in _tree(scheme)] == [
        ("1", "基础工作"),
        ("1.1", "组织领导"),
        ("1.2", "制度建设"),
        ("2", "依法行政"),
        ("2.1", "规范执法"),
    ]
    assert _rules(scheme) == [
        ("deduction", "1.1", 5.0),
        ("deduction", "1.2", 5.0),
        ("deduction", "2.1", 2.0),
    ]


@pytest.mark.parametrize("header", [*_SPACED_HEADERS, "考核项目 考核内容 评分标准 分值\n"])
@pytest.mark.parametrize("lead", ["每季度", "按时", "全年", "定期", "凡"])
def test_a_short_word_opening_the_standard_after_a_whole_name_is_no_piece_of_the_name(header, lead):
    # a word that opens a clause of the standard (每季度 · 按时 · 全年), as short as a piece of a
    # wrapped name, is the standard's first word: the name before it is whole
    group = "基础工作 " if header.startswith("考核项目") else ""
    text = (
        f"{header}{group}制定年度计划 {lead} 未制定的扣5分 5\n{group}召开专题会议 每少一次扣1分 5\n"
        f"{group}开展廉政教育 未开展的扣10分 10\n"
    )
    scheme = rulegov.parse_scheme(text)
    leaves = [node for node in scheme.nodes()[1:] if node.is_leaf]
    assert [(node.name, node.points) for node in leaves] == [
        ("制定年度计划", 5.0),
        ("召开专题会议", 5.0),
        ("开展廉政教育", 10.0),
    ]


_ROWS_AFTER_HEADER = (
    "基础工作(10分) 成立领导机构,有专人承办。(4分) 未成立领导机构扣2分;无专职人员扣2分; "
    "召开专题会议研究工作。(6分) 每少一次扣2分。"
)


@pytest.mark.parametrize(
    "header",
    [
        "项 目 考 核 内 容 评 分 标 准 ",
        "考 核 项 目 考 核 内 容 考 核 标 准 ",
        "项 目 考 核 内 容 评 分 标 准 基础\n工作\n",
    ],
    ids=["letter-spaced", "four-letter-words", "first-cell-broken"],
)
def test_a_header_spaced_letter_by_letter_without_a_points_column_heads_its_run(header):
    # the points are in brackets in the cells; the header, letter-spaced, is no item's name
    rows = _ROWS_AFTER_HEADER.removeprefix("基础工作") if "基础\n" in header else _ROWS_AFTER_HEADER
    scheme = rulegov.parse_scheme(f"考核细则\n{header}{rows}")
    assert _tree(scheme) == [
        ("1", "基础工作", 10.0),
        ("1.1", "成立领导机构,有专人承办", 4.0),
        ("1.2", "召开专题会议研究工作", 6.0),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # the group's cell at its first row only, before the row's serial
        (
            "组织领导 (10分)\n1\n成立领导小组\n5分\n未成立的扣5分\n司法科\n"
            "2\n召开专题会议\n5分\n每少一次扣1分\n司法科\n"
            "制度建设 (5分)\n3\n建立工作制度\n5分\n未建立的扣5分\n法制科\n"
        ),
        # the group's cell at every row
        (
            "组织领导 (10分)\n1\n成立领导小组\n5分\n未成立的扣5分\n司法科\n"
            "组织领导 (10分)\n2\n召开专题会议\n5分\n每少一次扣1分\n司法科\n"
            "制度建设 (5分)\n3\n建立工作制度\n5分\n未建立的扣5分\n法制科\n"
        ),
    ],
    ids=["group-merged", "group-each-row"],
)
def test_a_table_one_cell_a_line_with_a_group_column_before_its_serial_reads_its_rows(rows):
    text = "附件1\n类别\n序号\n考核内容\n分值\n评分标准\n考评责任科室\n" + rows
    scheme = rulegov.parse_scheme(text)
    assert [(node_id, name) for node_id, name, _ in _tree(scheme)] == [
        ("1", "组织领导"),
        ("1.1", "成立领导小组"),
        ("1.2", "召开专题会议"),
        ("2", "制度建设"),
        ("2.1", "建立工作制度"),
    ]
    assert _rules(scheme) == [
        ("deduction", "1.1", 5.0),
        ("deduction", "1.2", 1.0),
        ("deduction", "2.1", 5.0),
    ]


@pytest.mark.parametrize("points", ["({} 分)", "（{} 分）", "（ {} 分）"])
def test_a_part_run_on_after_a_tables_header_with_its_points_spaced_opens_its_part(points):
    # 考核办法一、落实安全责任制(22 分)1.…: a typeset copy spaces the points; the part still opens
    header = "考核项目工作要求计分标准考核办法"
    text = (
        f"学校安全工作考核指标{header}一、落实安全责任制{points.format(22)}"
        f"1.成立安全工作领导机构。{points.format(4)}未成立的,扣4 分。查阅文件材料"
        f"2.签订安全工作责任状。{points.format(18)}未签订的,扣4 分。查阅文件材料"
        f"{header}二、开展隐患排查{points.format(10)}1.推进隐患排查治理。{points.format(10)}"
        "未推进的,扣2 分。"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node_id, name) for node_id, name, _ in _tree(scheme)] == [
        ("1", "落实安全责任制"),
        ("1.1", "成立安全工作领导机构"),
        ("1.2", "签订安全工作责任状"),
        ("2", "开展隐患排查"),
        ("2.1", "推进隐患排查治理"),
    ]


@pytest.mark.parametrize("points", ["{}分", "{} 分"])
def test_a_name_broken_into_short_pieces_over_lines_before_its_bare_points_is_whole(points):
    # 执业 · 活动 · 25分: a narrow cell broke the group's name; its points are bare
    text = (
        "公证机构年度考核评分标准\n项目\n考核标准\n扣分标准\n得分\n"
        f"执业\n活动\n{points.format(10)}\n1、依法办理公证事项;(5分)\n2、积极拓展业务;(5分)\n"
        "1、拒绝提供公证服务的,每起扣2分;\n"
        f"公证\n质量\n{points.format(5)}\n1、每年开展质量自查;(5分)\n1、未开展自查的,扣5分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    groups = [name for node_id, name, _ in _tree(scheme) if "." not in node_id]
    assert groups == ["执业活动", "公证质量"]


@pytest.mark.parametrize("points", ["10分", "10 分", "10\u3000分"])
def test_the_last_row_of_a_flattened_run_with_its_points_unbracketed_keeps_them(points):
    # …形成良好校风 10分 at the run's end: the last row's points, printed without brackets
    text = (
        "督导评估指标体系A级指标B级指标具体内容评估方式评估得分自评督评A1办学方向20分B1依法设置20分"
        f"1办学许可证齐全(5分)2制定办学目标和发展规划(5分)3办学思想端正形成良好校风 {points}"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme)[-1] == ("1.1.3", "办学思想端正形成良好校风", 10.0)


@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_part_after_a_colon_and_typeset_points_opens_the_next_part(colon):
    # 一、创建工作：10 分（一）…：5 分…: points typeset with a space, each part after them
    text = (
        f"文广工作考核指标说明一、创建工作{colon}10 分（一）文化中心建设{colon}5 分达到标准的得5分，"
        f"未达标准的酌情减分。（二）图书馆建设{colon}5 分达到标准的得5分，未达标准的扣2分。"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node_id, name) for node_id, name, _ in _tree(scheme)] == [
        ("1", "创建工作"),
        ("1.1", "文化中心建设"),
        ("1.2", "图书馆建设"),
    ]


@pytest.mark.parametrize("brackets", ["({} 分)", "（{} 分）", "( {} 分 )"])
def test_an_unnumbered_heading_with_typeset_points_after_a_wide_gap_is_an_item(brackets):
    # …(二)信访机构建设(5 分)  全面推行群众工作(5 分)。…: lines run together with two spaces
    p = brackets.format
    text = (
        f"考核细则\n一、领导重视{p(12)}  1、重视信访工作{p(2)}。没有记录不计分。  "
        f"2、落实目标管理{p(10)}。没有记录的扣2分。  (二)信访机构建设{p(5)}  "
        f"全面推行群众工作{p(5)}。未建立工作站的扣3分。"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme)[-2:] == [
        ("1.3", "信访机构建设", 5.0),
        ("1.3.1", "全面推行群众工作", 5.0),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "工作经费未列入预算的扣2 分政治待遇30 分4坚持学习制度",
        "工作经费未列入预算的扣2分政治待遇30 分4、坚持学习制度",
        "工作经费未列入预算的扣 2 分政治待遇30 分4坚持学习制度",
    ],
)
def test_a_heading_with_typeset_points_glued_after_a_rule_in_a_flattened_run_opens_a_group(second):
    # …扣2 分政治待遇30 分4坚持…: the heading's points typeset with a space, the stops lost
    text = (
        "项目项次检查考评内容标准分量化评分标准评分组织领导20 分"
        "1按规定成立老干部工作领导小组；将老干部工作列入考核内容10未列入考核内容的扣1 分"
        "2坚持联系制度，每年走访看望老干部5领导联系老干部无制度扣1 分"
        f"3老干部工作机构设置、人员编制符合规定5{second}，定期组织离退休干部学习5"
        "未举办读书班的扣2 分5坚持通报情况制度25通报缺少一次的扣1 分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    groups = [(node.name, node.cap) for node in scheme.nodes()[1:] if not node.is_leaf]
    assert groups == [("组织领导", 20.0), ("政治待遇", 30.0)]
    assert [len(node.children) for node in scheme.root.children] == [3, 2]


@pytest.mark.parametrize("points", ["。 10分", "。10分", "。 10 分", "；10分"])
def test_the_last_cell_of_a_spaced_run_closed_by_unbracketed_points_is_an_item(points):
    # …按时完成抽检计划。 10分 at the run's end: its brackets dropped where the points close it
    text = (
        "执法绩效考核评分细则 考核项目 考核子项目 考核内容及分值 反应快速化 (10分) "
        "投诉举报制度健全,渠道畅通(10分) 投诉举报制度不健全的,扣3分 监管立体化 (20分) "
        "有计划开展市场整顿(10分) 没有制定实施方案的,扣2分 "
        f"结合本地实际制定年度抽检计划,按时完成抽检计划{points}"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme)[-1] == ("2.2", "结合本地实际制定年度抽检计划,按时完成抽检计划", 10.0)


def test_a_letter_spaced_header_alone_on_its_line_over_rows_a_line_opens_no_flattened_run():
    # 项目 考 核 标 准 扣 分 标 准 over rows of their own: no run flattened after the header
    text = (
        "依法行政工作考核标准\n项目 考 核 标 准 扣 分 标 准\n"
        "一、 组织 领导 12分 1、制定年度计划。3分 未制定的扣3分。\n2、健全领导机构。9分 不健全的扣9分。\n"
        "二、 依法 决策 6分 1、建立决策机制。6分 未建立的扣6分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node_id, name) for node_id, name, _ in _tree(scheme)] == [
        ("1", "组织领导"),
        ("1.1", "制定年度计划"),
        ("1.2", "健全领导机构"),
        ("2", "依法决策"),
        ("2.1", "建立决策机制"),
    ]


@pytest.mark.parametrize("between", [" ", "\u3000", " | "], ids=["spaces", "ideographic", "pipes"])
def test_a_table_on_one_line_whose_header_words_are_glued_reads_its_spaced_rows(between):
    # 考核项目分值评分标准 组织领导 10 …: the header's words run together, its rows' cells apart
    cells = ("组织领导", "10", "未成立领导小组的扣5分", "制度建设", "10分", "未建立制度的扣5分")
    text = "法治建设考核细则\n考核项目分值评分标准" + between + between.join(cells)
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [("1", "组织领导", 10.0), ("2", "制度建设", 10.0)]
    assert [rule.node for rule in scheme.rules] == ["1", "2"]


def _criteria_scheme(name: str, points: str, numbers: tuple[str, str]) -> str:
    first, second = numbers
    return (
        f"一、基础工作\n1.{name}\n{points.format(5)}\n"
        f"{first}目标明确、分阶段落实有效，2分；\n{second}规划合理，3分。\n"
        f"2.组织机构建设\n{points.format(4)}\n"
        f"{first}机构成立、运行的制度文件齐全，2分；\n{second}机构分工有序，2分。\n"
    )


@pytest.mark.parametrize(
    ("name", "points", "numbers"),
    [
        # the name whole, its points bracketed, the criteria numbered afresh 1. 2.
        ("试点目标和规划", "（{}分）", ("1.", "2.")),
        ("试点目标和规划", "({}分)", ("1、", "2、")),
        ("试点目标和规划", "{}分", ("１．", "２．")),
        # the name broken over the lines of a narrow column
        ("试点\n目标和\n规划", "{}分", ("1.", "2.")),
        ("试点\n目标和规划", "（{}分）", ("1.", "2.")),
        ("试点\n目标和\n规划", "（{}分）", ("（1）", "（2）")),
        ("试点\n目标和\n规划", "{}分", ("①", "②")),
        ("试点目标\n和规划", "({}分)", ("(1)", "(2)")),
    ],
)
def test_criteria_numbered_under_an_item_with_points_are_its_sub_items(name, points, numbers):
    scheme = rulegov.parse_scheme(_criteria_scheme(name, points, numbers))
    assert _tree(scheme) == [
        ("1", "基础工作", None),
        ("1.1", "试点目标和规划", 5.0),
        ("1.1.1", "目标明确、分阶段落实有效", 2.0),
        ("1.1.2", "规划合理", 3.0),
        ("1.2", "组织机构建设", 4.0),
        ("1.2.1", "机构成立、运行的制度文件齐全", 2.0),
        ("1.2.2", "机构分工有序", 2.0),
    ]


@pytest.mark.parametrize(
    ("name", "points"),
    [
        ("组织领导", "（5分）"),
        ("组织领导", "5分"),
        ("组织\n领导", "(5分)"),
        ("组织\n领导\n保障", "5分"),
    ],
)
@pytest.mark.parametrize("numbers", [("1.", "2."), ("1、", "2、"), ("１．", "２．")])
def test_deductions_numbered_afresh_under_an_item_are_its_criteria(name, points, numbers):
    first, second = numbers
    text = (
        f"1.{name}\n{points}\n{first}未成立领导小组的，扣2分；\n{second}未制定方案的，扣3分。\n"
        f"2.制度建设\n{points}\n{first}未建立工作制度的，扣2分；\n{second}未落实的，扣3分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    title = name.replace("\n", "")
    assert _tree(scheme) == [
        ("1", title, 5.0),
        ("1.1", "未成立领导小组的", None),
        ("1.2", "未制定方案的", None),
        ("2", "制度建设", 5.0),
        ("2.1", "未建立工作制度的", None),
        ("2.2", "未落实的", None),
    ]
    assert _rules(scheme) == [
        ("deduction", "1.1", 2.0),
        ("deduction", "1.2", 3.0),
        ("deduction", "2.1", 2.0),
        ("deduction", "2.2", 3.0),
    ]


@pytest.mark.parametrize("heading", ["考核内容及评分标准", "考核内容与评分标准", "指标和评价标准"])
@pytest.mark.parametrize("groups", [False, True])
def test_a_column_that_names_the_items_and_their_standard_holds_the_items(heading, groups):
    head, first, second = ("| 一级指标 ", "| 组织领导（10分） ", "|  ") if groups else ("", "", "")
    text = (
        f"{head}| 序号 | {heading} | 分值 |\n"
        f"{first}| 1 | 成立领导小组。未成立的扣5分。 | 5 |\n"
        f"{second}| 2 | 制定工作方案。未制定的扣5分。 | 5 |\n"
    )
    scheme = rulegov.parse_scheme(text)
    leaves = [(node.name, node.points) for node in scheme.nodes() if node.is_leaf]
    assert [(name or "")[:6] for name, _ in leaves] == ["成立领导小组", "制定工作方案"]
    assert [points for _, points in leaves] == [5.0, 5.0]
    assert [rule.points for rule in scheme.rules if rule.kind == "deduction"] == [5.0, 5.0]


@pytest.mark.parametrize(
    ("printed", "points", "taken"),
    [
        ("| 1 | 成立领导小组 | 1 0 | 未成立的扣1 0分 |", 10.0, 10.0),
        ("| 1 | 成立领导小组 | 1 0 | 未成立的扣1 0 分 |", 10.0, 10.0),
        ("| 1 | 成立领导小组 | 2. 5 | 未成立的扣0. 5分 |", 2.5, 0.5),
    ],
)
def test_numbers_a_pdf_broke_with_a_space_read_whole(printed, points, taken):
    text = (
        "| 序号 | 考核内容 | 分值 | 评分标准 |\n"
        f"{printed}\n"
        f"{printed.replace('| 1 |', '| 2 |').replace('成立领导小组', '制定工作方案')}\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [node.points for node in scheme.nodes() if node.is_leaf] == [points, points]
    assert [rule.points for rule in scheme.rules] == [taken, taken]


def test_two_numbers_a_space_parts_in_a_sentence_stay_two():
    text = "一、组织领导（10分）\n1.成立领导小组（10分）。第1 2季度各开会一次，未开的扣2分。\n"
    scheme = rulegov.parse_scheme(text)
    assert [rule.points for rule in scheme.rules] == [2.0]
    assert "第1 2季度" in (scheme.nodes()[2].criterion or "")


_GROUPED_CELL_LINES = (
    "一级指标\n序号\n考核内容\n分值\n评分标准\n"
    "组织保障（4分）\n1\n有具体负责人\n2\n2\n有具体经办人员\n2\n"
    "载体建设（9分）\n3\n门户网建设\n6\n4\n新闻发布会\n3\n未召开的扣3分。\n"
)


def test_a_groups_cell_a_line_after_a_row_without_a_standard_opens_the_group():
    scheme = rulegov.parse_scheme(_GROUPED_CELL_LINES)
    assert _tree(scheme) == [
        ("1", "组织保障", 4.0),
        ("1.1", "有具体负责人", 2.0),
        ("1.2", "有具体经办人员", 2.0),
        ("2", "载体建设", 9.0),
        ("2.1", "门户网建设", 6.0),
        ("2.2", "新闻发布会", 3.0),
    ]
    assert _rules(scheme) == [("deduction", "2.2", 3.0)]


@pytest.mark.parametrize("upper", ["考核项目", "考核指标"])
def test_a_header_over_two_rows_reads_its_columns_from_the_lower_row(upper):
    text = (
        f"| {upper} |  | 序号 | 考核内容 | 分值 | 评分标准 |\n"
        "| 一级指标 | 二级指标 |  |  |  |  |\n"
        "| 安全生产（10分） | 学习宣贯（10分） | 1 | 调整领导分工 | 4 | 未调整的扣4分。 |\n"
        "|  |  | 2 | 召开联席会议 | 6 | 少一次扣2分。 |\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "安全生产", 10.0),
        ("1.1", "学习宣贯", 10.0),
        ("1.1.1", "调整领导分工", 4.0),
        ("1.1.2", "召开联席会议", 6.0),
    ]
    assert _rules(scheme) == [("deduction", "1.1.1", 4.0), ("deduction", "1.1.2", 2.0)]


def test_labelled_points_under_a_long_numbered_title_are_its_points():
    title = "做好辖区内居民自办宴席备案登记工作，开展辖区内帮厨人员情况排查并督促其进行健康体检"
    text = f"1.{title}\n分值：10\n评分标准：未备案的扣2分。\n2.配合开展执法检查\n分值：5\n"
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        (title, 10.0),
        ("配合开展执法检查", 5.0),
    ]


@pytest.mark.parametrize(("group", "item"), [("1.", "（1）"), ("（一）", "1."), ("1、", "(1)")])
def test_a_numbered_title_without_points_over_scored_items_is_their_group(group, item):
    second = "（2）" if item == "（1）" else item.replace("1", "2")
    text = (
        "一、完成就业指标任务情况（4分）\n"
        f"{group}对就业工作实行计划管理\n"
        f"{item}纳入年度工作计划（2分）。没有文件不得分。\n"
        f"{second}分解下达目标任务（2分）。没有文件不得分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "完成就业指标任务情况", 4.0),
        ("1.1", "对就业工作实行计划管理", None),
        ("1.1.1", "纳入年度工作计划", 2.0),
        ("1.1.2", "分解下达目标任务", 2.0),
    ]


@pytest.mark.parametrize("after", ["二、依法行政（5分）", "（1）规范执法。每发现一处错误扣1分。"])
def test_numbered_lines_without_points_over_no_scored_item_group_nothing(after):
    text = f"一、组织领导（10分）\n1.成立领导小组\n2.制定工作方案\n{after}\n"
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme)[:3] == [
        ("1", "组织领导", 10.0),
        ("1.1", "成立领导小组", None),
        ("1.2", "制定工作方案", None),
    ]
    assert all(not node.children for node in scheme.nodes()[2:])


@pytest.mark.parametrize(
    ("rule", "points"),
    [("200万元以上的奖10分", 10.0), ("工作有创新的可酌情加5-10分", 10.0), ("创新一项加2分", 2.0)],
)
def test_a_bonus_row_of_a_table_keeps_its_points_in_its_rule(rule, points):
    text = (
        "| 一级指标 | 序号 | 考核内容 | 分值 | 评分标准 |\n"
        "| 农业生产（14分） | 1 | 粮食生产 | 14 | 每减少10%扣1分 |\n"
        f"| 加分项 |  | {rule} |  |  |\n"
    )
    scheme = rulegov.parse_scheme(text)
    bonus = [rule for rule in scheme.rules if rule.kind == "bonus"]
    assert [rule.points if rule.max is None else rule.max for rule in bonus] == [points]
    assert _tree(scheme) == [("1", "农业生产", 14.0), ("1.1", "粮食生产", 14.0)]


def test_a_row_without_points_in_a_table_a_cell_a_line_takes_no_serial_for_its_points():
    text = (
        "一级指标\n序号\n考核内容\n分值\n评分标准\n"
        "过上好日子（7分）\n1\n有优势特色产业\n2\n2\n有新型经营主体带动\n"
        "3\n贫困户掌握一门实用技术\n2\n4\n人均收入达到小康标准\n3\n未达到的扣3分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    points = {node.name: node.points for node in scheme.nodes()[1:]}
    assert points["有优势特色产业"] == 2.0
    assert points["贫困户掌握一门实用技术"] == 2.0
    assert points["人均收入达到小康标准"] == 3.0
    assert points.get("有新型经营主体带动") is None  # no points, no scored item
    assert _rules(scheme) == [("deduction", "1.3", 3.0)]


@pytest.mark.parametrize(
    "standard", ["未制定的扣3分。", "未制定的，\n扣1分；\n未落实的，\n扣2分；\n未报送的，\n扣3分。"]
)
def test_points_equal_to_the_next_serial_in_a_table_a_cell_a_line_stay_points(standard):
    text = (
        "一级指标\n序号\n考核内容\n分值\n评分标准\n"
        f"组织领导（8分）\n1\n成立领导小组\n2\n未成立的扣2分。\n2\n制定工作方案\n3\n{standard}\n"
        "3\n召开专题会议\n3\n未召开的扣3分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "组织领导", 8.0),
        ("1.1", "成立领导小组", 2.0),
        ("1.2", "制定工作方案", 3.0),
        ("1.3", "召开专题会议", 3.0),
    ]
