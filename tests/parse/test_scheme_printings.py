"""Appraisal documents printed the ways offices print them: each class of wording in its forms."""

from __future__ import annotations

import pytest

import rulegov

ITEMS = "一、组织领导(20分)\n1.成立领导小组(20分)。未成立的扣20分。\n二、依法行政(80分)\n2.规范执法(80分)。每发现一处错误扣1分。\n"


def _leaves(scheme: rulegov.Scheme) -> list[tuple[str, float | None]]:
    found: list[tuple[str, float | None]] = []
    stack = list(reversed(scheme.root.children))
    while stack:
        node = stack.pop()
        if node.children and not all(child.is_criterion for child in node.children):
            stack.extend(reversed(node.children))
        else:
            found.append((node.name, node.points))
    return found


@pytest.mark.parametrize(
    "printed",
    [
        "1.成立领导小组，满分4分。未成立的扣4分。\n2.专题研究法治工作，满分6分。每少一次扣2分。",
        (
            "一、组织领导\n（一）成立领导小组，满分4分。未成立的扣4分。\n"
            "（二）专题研究法治工作，满分6分。每少一次扣2分。"
        ),
        (
            "一、组织领导，满分10分\n1.成立领导小组，满分4分。未成立的扣4分。\n"
            "2.专题研究法治工作，满分6分。每少一次扣2分。"
        ),
        (
            "一、组织领导（10分）\n1.成立领导小组，分值4分。未成立的扣4分。\n"
            "2.专题研究法治工作，分值：6分。每少一次扣2分。"
        ),
        "1.成立领导小组[4分]。未成立的扣4分。\n2.专题研究法治工作[6分]。每少一次扣2分。",
        "1.成立领导小组【4分】。未成立的扣4分。\n2.专题研究法治工作（6分）。每少一次扣2分。",
    ],
)
def test_an_items_points_after_their_word_or_in_any_bracket_are_its_points(printed):
    scheme = rulegov.parse_scheme("考核细则\n" + printed)
    assert _leaves(scheme) == [("成立领导小组", 4.0), ("专题研究法治工作", 6.0)]
    assert [rule.points for rule in scheme.rules] == [4.0, 2.0]


def test_an_items_full_points_after_a_comma_are_not_the_documents_total():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织领导，满分10分\n1.成立领导小组，满分4分。未成立的扣4分。\n"
        "2.专题研究法治工作，满分6分。每少一次扣2分。\n二、依法决策，满分20分\n"
        "1.建立法律顾问制度，满分20分。未建立的不得分。"
    )
    assert scheme.root.full_points() == 30.0
    assert "points-mismatch" not in [diagnostic.code for diagnostic in scheme.diagnostics]


@pytest.mark.parametrize(
    "table",
    [
        (
            "序号|考核项目|{0}|考核细则\n1|成立领导小组|4|未成立的扣4分\n"
            "2|专题研究法治工作|6|每少一次扣2分\n3|建立法律顾问制度|10|未建立的不得分"
        ),
        (
            "|序号|考核项目|{0}|考核细则|\n|1|成立领导小组|4|未成立的扣4分|\n"
            "|2|专题研究法治工作|6|每少一次扣2分|\n|3|建立法律顾问制度|10|未建立的不得分|"
        ),
        (
            "序号\t考核项目\t{0}\t赋分标准\n1\t成立领导小组\t4\t未成立的扣4分\n"
            "2\t专题研究法治工作\t6\t每少一次扣2分\n3\t建立法律顾问制度\t10\t未建立的不得分"
        ),
        (
            "序号\n考核项目\n{0}\n考核细则\n1\n成立领导小组\n4\n未成立的扣4分\n2\n专题研究法治工作\n6\n"
            "每少一次扣2分\n3\n建立法律顾问制度\n10\n未建立的不得分"
        ),
    ],
)
@pytest.mark.parametrize("heading", ["赋分", "配分", "分值"])
def test_a_points_column_headed_by_any_word_of_points_gives_the_items_points(table, heading):
    scheme = rulegov.parse_scheme(table.format(heading))
    assert _leaves(scheme) == [
        ("成立领导小组", 4.0),
        ("专题研究法治工作", 6.0),
        ("建立法律顾问制度", 10.0),
    ]
    assert [rule.points for rule in scheme.rules] == [4.0, 2.0, 10.0]


@pytest.mark.parametrize(
    "bands",
    [
        (
            "考核结果分为优秀、良好、一般、较差四个等次。\n（一）优秀：总分90分以上；\n"
            "（二）良好：总分80分至89分；\n（三）一般：总分60分至79分；\n（四）较差：总分60分以下。"
        ),
        "总分90分以上为优秀，总分80分至89分为良好，总分60分至79分为一般，总分60分以下为较差。",
        (
            "考核总分90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为一般，"
            "60分以下为较差。"
        ),
        (
            "得分90分及以上为优秀；80分及以上、90分以下为良好；60分及以上、80分以下为一般；"
            "总分不足60分为较差。"
        ),
    ],
)
def test_a_score_that_bounds_a_grade_is_no_stated_total(bands):
    scheme = rulegov.parse_scheme("考核办法\n" + ITEMS + bands)
    assert scheme.grading is not None
    assert [band.min for band in scheme.grading.bands] == [90.0, 80.0, 60.0, None]
    assert "points-mismatch" not in [diagnostic.code for diagnostic in scheme.diagnostics]


@pytest.mark.parametrize("heading", ["五、一票否决项", "五、一票否决事项", "（五）一票否决项："])
def test_a_heading_that_names_the_vetoes_is_no_veto_of_its_own(heading):
    scheme = rulegov.parse_scheme(
        "考核细则\n" + ITEMS + heading + "\n发生严重违法违纪问题的，实行一票否决。"
    )
    assert [rule.reason for rule in scheme.rules if rule.kind == "veto"] == [
        "发生严重违法违纪问题的，实行一票否决"
    ]


@pytest.mark.parametrize(
    "labels",
    [
        ("一类", "二类", "三类", "四类"),
        ("一级", "二级", "三级", "四级"),
        ("A类", "B类", "C类", "D类"),
        ("甲等", "乙等", "丙等", "丁等"),
        ("优", "良", "中", "差"),
        ("满意", "较满意", "基本满意", "不满意"),
        ("超额完成", "完成", "基本完成", "未完成"),
    ],
)
@pytest.mark.parametrize(
    "printed",
    [
        "考核得分90分以上为{0}，80分至89分为{1}，60分至79分为{2}，60分以下为{3}。",
        "{0}：90分及以上；{1}：80分至89分；{2}：60分至79分；{3}：60分以下。",
        "考核结果分为{0}（90分以上）、{1}（80-89分）、{2}（60-79分）和{3}（60分以下）四个等级。",
        "{0}等级\n90分以上\n{1}等级\n80-89分\n{2}等级\n60-79分\n{3}等级\n60分以下",
    ],
)
def test_grades_named_by_any_word_of_the_genre_are_read_in_any_printing(labels, printed):
    scheme = rulegov.parse_scheme("考核办法\n" + ITEMS + "三、考核等次\n" + printed.format(*labels))
    assert scheme.grading is not None
    assert [(band.label, band.min) for band in scheme.grading.bands] == list(
        zip(labels, [90.0, 80.0, 60.0, None], strict=True)
    )


@pytest.mark.parametrize(
    "words",
    [
        "一级指标|二级指标|分值\n组织领导|成立领导小组|20\n依法行政|规范执法|80",
        "考核内容|分值|评分标准\n完成年度目标任务|20|未完成的扣5分\n群众满意度测评|80|满意率每低1个百分点扣1分",
    ],
)
def test_words_that_merely_contain_a_grades_name_are_no_band(words):
    scheme = rulegov.parse_scheme(words + "\n满意度达到90%以上的，不扣分。")
    assert scheme.grading is None or scheme.grading.bands == []


@pytest.mark.parametrize(
    "table",
    [
        (
            "|序号|考核内容|评分标准|分值|\n|一|组织领导|||\n|1|成立领导小组|未成立的扣4分|4|\n"
            "|2|专题研究|每少一次扣2分|6|\n|二|依法决策|||\n|3|法律顾问|未建立的不得分|10|"
        ),
        (
            "序号|考核内容|评分标准|分值\n一|组织领导||\n1|成立领导小组|未成立的扣4分|4\n"
            "2|专题研究|每少一次扣2分|6\n二|依法决策||\n3|法律顾问|未建立的不得分|10"
        ),
        (
            "序号\t考核内容\t评分标准\t分值\n一\t组织领导\t\t\n1\t成立领导小组\t未成立的扣4分\t4\n"
            "2\t专题研究\t每少一次扣2分\t6\n二\t依法决策\t\t\n3\t法律顾问\t未建立的不得分\t10"
        ),
        (
            "|序号|考核内容|评分标准|分值|\n|一、组织领导|||10|\n|1|成立领导小组|未成立的扣4分|4|\n"
            "|2|专题研究|每少一次扣2分|6|\n|二、依法决策|||10|\n|3|法律顾问|未建立的不得分|10|"
        ),
        (
            "|序号|考核内容|评分标准|分值|\n|（一）|组织领导||10|\n|1|成立领导小组|未成立的扣4分|4|\n"
            "|2|专题研究|每少一次扣2分|6|\n|（二）|依法决策||10|\n|3|法律顾问|未建立的不得分|10|"
        ),
    ],
)
def test_a_row_numbered_in_chinese_figures_heads_the_rows_numbered_after_it(table):
    scheme = rulegov.parse_scheme(table)
    assert [
        (group.name, [(item.name, item.points) for item in group.children])
        for group in scheme.root.children
    ] == [
        ("组织领导", [("成立领导小组", 4.0), ("专题研究", 6.0)]),
        ("依法决策", [("法律顾问", 10.0)]),
    ]


def test_a_row_whose_first_cell_merely_opens_with_a_figure_is_no_group():
    scheme = rulegov.parse_scheme(
        "|序号|考核内容|评分标准|分值|\n|1|成立领导小组|未成立的扣4分|4|\n"
        "|一票否决|发生重大事故的|实行一票否决||\n|2|专题研究|每少一次扣2分|6|"
    )
    assert "票否决" not in [node.name for node in scheme.root.children]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("|组织领导|成立领导小组，印发", "文件|4|未成立的扣4分|"),
        ("|组织领导|成立领导小组，印发文件|4|未成立的", "扣4分|"),
    ],
)
def test_a_pipe_row_broken_over_lines_keeps_its_cells(first, second):
    scheme = rulegov.parse_scheme(
        "|考核项目|考核内容|分值|评分标准|\n"
        + first
        + "\n"
        + second
        + "\n|组织领导|专题研究法治工作|6|每少一次扣2分|\n|依法决策|建立法律顾问制度|10|未建立的不得分|"
    )
    assert _leaves(scheme) == [
        ("成立领导小组，印发文件", 4.0),
        ("专题研究法治工作", 6.0),
        ("建立法律顾问制度", 10.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1.1", 4.0),
        ("1.2", 2.0),
        ("2.1", 10.0),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "未完成的扣除该项全部分值",
        "未完成的，扣完该项分值",
        "未完成的，该项分值全扣",
        "未完成的，扣除全部得分",
        "未完成的扣该项全部分",
        "未完成的，该项不得分",
        "未及时整治的扣完基本分",
        "未及时整治的，扣完该项基础分",
    ],
)
def test_a_clause_that_takes_all_the_items_points_takes_them(clause):
    scheme = rulegov.parse_scheme(
        f"考核细则\n1.建立制度（10分）。{clause}。\n2.开展培训（5分）。未开展的扣5分。"
    )
    assert [(rule.node, rule.points, rule.max) for rule in scheme.rules] == [
        ("1", 10.0, 10.0),
        ("2", 5.0, 5.0),
    ]


@pytest.mark.parametrize(
    "floor", ["扣完该项分值为止", "扣完本项分数为止", "扣完为止", "扣完基本分为止"]
)
def test_a_floor_named_with_the_items_points_takes_nothing_of_its_own(floor):
    scheme = rulegov.parse_scheme(f"考核细则\n1.建立制度（10分）。每缺一项扣2分，{floor}。")
    assert [(rule.points, rule.max) for rule in scheme.rules] == [(2.0, None)]


@pytest.mark.parametrize(
    "table",
    [
        (
            "考核项目|考核内容|分值|评分标准\n组织领导|成立领导小组|50|未成立的扣50分\n"
            "依法行政|规范执法|50|每发现一处错误扣1分\n加分项|创新工作|5|工作创新被上级推广的，每项加1分"
        ),
        (
            "|考核项目|考核内容|分值|评分标准|\n|组织领导|成立领导小组|50|未成立的扣50分|\n"
            "|依法行政|规范执法|50|每发现一处错误扣1分|\n|加分项|创新工作|5|工作创新被上级推广的，每项加1分|"
        ),
        (
            "考核项目\t考核内容\t分值\t评分标准\n组织领导\t成立领导小组\t50\t未成立的扣50分\n"
            "依法行政\t规范执法\t50\t每发现一处错误扣1分\n加分项\t创新工作\t5\t工作创新被上级推广的，每项加1分"
        ),
    ],
)
def test_a_bonus_rows_points_cap_the_bonus_its_standard_states(table):
    scheme = rulegov.parse_scheme(table)
    assert [
        (rule.kind, rule.points, rule.max) for rule in scheme.rules if rule.kind == "bonus"
    ] == [("bonus", 1.0, 5.0)]


@pytest.mark.parametrize(
    "line",
    [
        "1.组织领导（10分）：①成立领导小组（4分）；②专题研究（6分）。",
        "1.组织领导（10分）①成立领导小组（4分）；②专题研究（6分）。",
        "1.组织领导（10分）：① 成立领导小组（4分）。② 专题研究（6分）。",
        "1.组织领导（10分）：（1）成立领导小组（4分）；（2）专题研究（6分）。",
    ],
)
def test_sub_items_run_on_after_their_items_points_are_sub_items(line):
    scheme = rulegov.parse_scheme(
        "考核细则\n" + line + "\n2.依法决策（10分）。未聘请法律顾问的扣10分。"
    )
    assert [
        (node.name, [(child.name, child.points) for child in node.children])
        for node in scheme.root.children
    ] == [
        ("组织领导", [("成立领导小组", 4.0), ("专题研究", 6.0)]),
        ("依法决策", []),
    ]


@pytest.mark.parametrize(
    "points",
    [
        "（满分为10分）",
        "〔10分〕",
        "（10分，每项5分）",
        "（10分，其中领导小组4分）",
        "（10分，由县委办负责考核）",
        "（分值为10分）",
    ],
)
def test_a_headings_points_in_any_bracket_or_with_a_note_are_its_points(points):
    scheme = rulegov.parse_scheme(
        f"考核细则\n一、组织领导{points}\n1.成立领导小组（4分）。未成立的扣4分。\n"
        "2.专题研究（6分）。每少一次扣2分。\n二、依法决策（10分）\n3.法律顾问（10分）。未聘请的扣10分。"
    )
    assert [(node.name, node.cap) for node in scheme.root.children] == [
        ("组织领导", 10.0),
        ("依法决策", 10.0),
    ]
