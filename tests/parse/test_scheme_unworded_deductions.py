"""Deductions printed without the word that takes points, ranges the rater fills in, and part
names that a narrow cell printed a character or two a line."""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth


def _rules(scheme: rulegov.Scheme) -> list[tuple[str, float, float | None]]:
    return [(rule.node, rule.points, rule.max) for rule in scheme.rules if rule.kind == "deduction"]


def _sheet(clause: str, after: str = "") -> rulegov.Scheme:
    """A sheet of one part whose first item, of 10 points, states ``clause``."""
    return rulegov.parse_scheme(
        f"考核细则\n一、依法决策（20分）\n1.重大决策经合法性审查（10分）。{clause}。\n{after}"
    )


@pytest.mark.parametrize(
    ("clause", "points"),
    [
        ("巡查发现问题每宗0.3分", 0.3),
        ("每发现一例0.5分", 0.5),
        ("每处错误1分", 1.0),
        ("每缺一项0.5分", 0.5),
        ("问题每宗 0.2 分", 0.2),
    ],
)
def test_points_for_each_fault_without_the_word_that_takes_them(clause, points):
    scheme = _sheet(clause, "2.法律顾问参与决策（10分）。未参与的，扣5分。\n")
    assert _rules(scheme) == [("1.1", points, None), ("1.2", 5.0, 5.0)]


@pytest.mark.parametrize("verb", ["减", "扣"])
def test_points_for_each_fault_taken_by_either_word(verb):
    scheme = rulegov.parse_scheme(
        f"考核细则\n一、制度建设（10分）\n1.制度文件备案（5分）。每缺一项{verb}0.5分。\n"
        f"2.规范性文件清理（5分）。未按期清理的，每处{verb}1分。\n"
    )
    assert _rules(scheme) == [("1.1", 0.5, None), ("1.2", 1.0, None)]


@pytest.mark.parametrize(
    "clause",
    [
        "有制度的，每项1分",  # parts credited, no fault
        "按时报送的每次得0.5分",  # points earned
        "每项1分，共5分",
    ],
)
def test_points_each_without_a_fault_are_no_deduction(clause):
    assert _rules(_sheet(clause)) == []


@pytest.mark.parametrize(
    ("clause", "most"),
    [
        ("酌情扣1～5分", 5.0),
        ("酌情扣1〜5分", 5.0),  # a wave dash
        ("酌情扣1∼4分", 4.0),  # a tilde operator
        ("视情扣1-3分", 3.0),
        ("酌情扣分(最多扣5分)", 5.0),
        ("酌情扣分（最高扣3分）", 3.0),
        ("酌情扣分", 10.0),
    ],
)
def test_a_range_the_rater_fills_in_keeps_its_top(clause, most):
    scheme = _sheet(f"未评估的，{clause}")
    assert _rules(scheme) == [("1.1", 1.0, most)]
    assert "the rater enters the points taken" in (scheme.rules[0].reason or "")


def test_a_part_name_printed_two_characters_a_cell():
    # a flattened table whose cells a copy set apart by paragraph marks (Р): the part's name
    # printed a character or two a cell, its points glued to the last piece
    scheme = rulegov.parse_scheme(
        "某市中小学安全工作评估标准\n\n"
        "评估项目Р分值Р评分标准Р考核办法Р得分Р"
        "一Р组织Р领导Р责任Р落实30分Р1Р成立学校安全工作领导小组,明确分工。Р10Р"
        "成立领导小组记5分,明确分工记5分。Р查阅资料Р2Р签订安全责任书,层层落实责任。Р20Р"
        "签订责任书记10分,落实责任记10分。Р查阅资料,听取汇报Р"
        "二Р安全Р教育Р开展20分Р1Р每学期开展安全教育活动。Р10Р开展活动记10分。Р查阅资料Р"
        "2Р组织应急疏散演练。Р10Р组织演练记10分。Р实地查看\n"
    )
    parts = {node.name: node.cap for node in scheme.nodes()[1:] if node.children}
    assert parts == {"组织领导责任落实": 30.0, "安全教育开展": 20.0}
    assert [node.points for node in scheme.nodes()[1:] if not node.children] == [10, 20, 10, 10]


@pytest.mark.parametrize(
    ("points", "between"), [("{}", " | "), ("{}分", " | "), ("{}", "\t"), ("{}分", "  ")]
)
def test_points_printed_before_the_name_in_rows_no_header_names(points, between):
    # pipes or tabs between the cells, or, the points with their 分, columns of spaces
    rows = [
        ("10", "依法决策", "未经审查的，每次扣2分"),
        ("15", "制度建设", "未按时备案的，每件扣1分"),
    ]
    lines = [between.join((points.format(value), name, rule)) for value, name, rule in rows]
    scheme = rulegov.parse_scheme("某县法治政府建设考核细则\n" + "\n".join(lines) + "\n")
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("依法决策", 10.0),
        ("制度建设", 15.0),
    ]
    assert _rules(scheme) == [("1", 2.0, None), ("2", 1.0, None)]


@pytest.mark.parametrize("between", [" | ", "  "])
def test_serials_before_the_name_are_no_points(between):
    # figures that count up by one number the rows, and a bare figure opening a line is no
    # points: without a points column, no table
    rows = [
        ("1", "依法决策", "未经审查的，每次扣2分"),
        ("2", "制度建设", "未按时备案的，每件扣1分"),
    ]
    lines = [between.join(row) for row in rows]
    with pytest.raises(rulegov.RulegovError):
        rulegov.parse_scheme("某县法治政府建设考核细则\n" + "\n".join(lines) + "\n")


@pytest.mark.parametrize("word", ["计", "得", "记"])
def test_points_in_brackets_after_the_word_that_counts_them(word):
    scheme = _sheet("未审查的，扣2分", f"2.法律顾问参与决策（{word}10分）未参与的，扣5分。\n")
    assert [(node.name, node.points) for node in scheme.nodes()[2:]] == [
        ("重大决策经合法性审查", 10.0),
        ("法律顾问参与决策", 10.0),
    ]
    assert _rules(scheme) == [("1.1", 2.0, 2.0), ("1.2", 5.0, 5.0)]


def test_a_criterion_points_cell_between_its_text_and_its_rule():
    # a table flattened with single spaces: each numbered row of the part prints its text, a
    # space, its points and its rule glued to them; the points add up to the part's
    scheme = rulegov.parse_scheme(
        "党风廉政建设考评细则\n"
        "考核内容考核项目标准分评分标准得分 (一)制定党风廉政建设年度工作计划。 (3分) "
        "1、制定本部门工作计划。按时上报纪委办公室。 1分不及时上报、漏报不得分 "
        "2、每年召开专门会议不少于二次,有会议记录。 1分无记录不得分 "
        "3、全年有工作总结。 1分未总结的扣1分 (二)推进公开办事制。(2分) 1、推进政务公开。 2分未公开的不得分\n"
    )
    assert [(node.id, node.name, node.points) for node in scheme.nodes()[2:5]] == [
        ("1.1", "制定本部门工作计划", 1.0),
        ("1.2", "每年召开专门会议不少于二次,有会议记录", 1.0),
        ("1.3", "全年有工作总结", 1.0),
    ]
    assert _rules(scheme)[:3] == [("1.1", 1.0, 1.0), ("1.2", 1.0, 1.0), ("1.3", 1.0, 1.0)]


def test_rows_after_a_passage_a_site_left_out_keep_their_serials():
    # a table copied one cell a line, a sharing site's mark where it left rows out: the serial
    # after it skips the rows lost, and the next serial is no row's points
    scheme = rulegov.parse_scheme(
        "某县信访工作目标责任状\n项目\n编号\n分项\n标准分\n考核标准\n得分\n领导重视信访工作\n15分\n"
        "1\n有领导分管,年内听取汇报不少于4次\n4\n少一次扣0.5分。\n"
        "2\n所长召开专项研究信访工作会议\n3\n少一次扣0.75分\n"
        "……(某网省略450字,正式会员可完整阅读)……\n"
        "6\n信访老户结案达100%\n6\n每少1件扣0.6分\n"
        "7\n做好上访接待工作及复信、回访\n2\n未回访的,每次扣1分。\n"
    )
    assert [(node.id, node.points) for node in scheme.nodes()[2:]] == [
        ("1.1", 4.0),
        ("1.2", 3.0),
        ("1.3", 6.0),
        ("1.4", 2.0),
    ]
    assert scheme.node("1.4").name == "做好上访接待工作及复信、回访"


@pytest.mark.parametrize(
    "clause",
    [
        pytest.param(lambda n: "每" + " " * n + "x", id="每 and a run of spaces"),
        pytest.param(lambda n: "问题" + " " * n + "每" + " " * n + "x", id="a fault, 每, runs"),
        pytest.param(lambda n: "问题每" + " " * n + "处" + " " * n + "错误x", id="after the unit"),
    ],
)
def test_a_run_of_spaces_around_each_is_read_in_linear_time(clause):
    # the spaces after 每 or a fault are passed over once, not parted between two runs of \s*
    def read(n: int) -> object:
        try:
            return rulegov.parse_scheme("考核办法\n1、办结时限(20分)。" + clause(n) + "\n")
        except rulegov.RulegovError as error:
            return error

    assert growth(read, 2000) < LINEAR
