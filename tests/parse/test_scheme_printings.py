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
