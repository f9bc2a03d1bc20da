"""A copy of a PDF that prints every character of a table's head or a heading twice (分分 值值)."""

from __future__ import annotations

import pytest

import rulegov


def _read(scheme: rulegov.Scheme) -> tuple[str, list[tuple[str, str, float | None]], list[float]]:
    return (
        scheme.name,
        [(node.id, node.name, node.points) for node in scheme.nodes() if node.id != "total"],
        [rule.points for rule in scheme.rules],
    )


_ROWS = (("1", "组织领导", "10", "未成立领导小组的扣5分"), ("2", "制度建设", "20", "每缺一项扣2分"))


def _table(head: list[str], edge: str, title: str = "某县法治建设考核细则") -> str:
    return "\n".join([title, edge.join(head), *(edge.join(row) for row in _ROWS)]) + "\n"


_PLAIN = ["序号", "考核内容", "分值", "评分标准"]


@pytest.mark.parametrize(
    ("head", "edge"),
    [
        (["序序 号号", "考考核核内内容容", "分分 值值", "评评分分标标准准"], "\t"),
        (["序序号号", "考考核核内内容容", "分分值值", "评评分分标标准准"], " | "),
        (["序序 号号", "考考核核 内内容容", "分分 值值", "评评分分标标准准"], "    "),
        (["序序号号", "考考核核内内容容", "分分值值", "评评分分标标准准"], "\n"),
    ],
    ids=["tabs", "pipes", "spaces", "a-cell-a-line"],
)
def test_a_header_printed_doubled_reads_as_printed_once(head, edge):
    doubled = rulegov.parse_scheme(_table(head, edge))
    assert _read(doubled) == _read(rulegov.parse_scheme(_table(_PLAIN, edge)))


@pytest.mark.parametrize(
    "title",
    ["某县法治建设考考核核细细则则", "考考核核细细则则", "某县法治建设考考核核评评分分标标准准"],
)
def test_a_heading_printed_doubled_reads_once(title):
    scheme = rulegov.parse_scheme(_table(_PLAIN, "\t", title))
    assert scheme.name == title.replace("考考核核", "考核").replace("细细则则", "细则").replace(
        "评评分分标标准准", "评分标准"
    )
    assert [node.points for node in scheme.root.children] == [10.0, 20.0]


def test_the_spans_of_a_doubled_print_point_into_the_text_as_printed():
    text = _table(["序序 号号", "考考核核内内容容", "分分 值值", "评评分分标标准准"], "\t")
    scheme = rulegov.parse_scheme(text)
    first = scheme.root.children[1]
    assert first.span is not None
    assert text[first.span.start : first.span.end].startswith("制度建设")


def test_characters_doubled_in_the_language_stay_as_printed():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、常常抓不懈（10分）\n人人参与，层层落实，项项到位。未落实的扣2分\n"
        "二、天天巡查（10分）\n一一对应，每缺一项扣1分\n三、分分值值（5分）\n未落实的扣1分\n"
    )
    assert [node.name for node in scheme.root.children] == ["常常抓不懈", "天天巡查", "分分值值"]
    assert [rule.points for rule in scheme.rules] == [2.0, 1.0, 1.0]


def test_a_doubled_word_in_a_sentence_stays_as_printed():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织领导（10分）\n按照考考核核内内容容逐项检查，未落实的扣2分\n"
    )
    assert scheme.rules[0].reason is not None
    assert "考考核核内内容容" in (scheme.root.children[0].criterion or "")


@pytest.mark.parametrize(
    "head",
    [
        "序序 号号 考考核核项项目目 分分 值值 评评分分标标准准",
        "序序号号 考考核核项项目目 分分值值 评评分分标标准准",
        "序序 号号 考考核核项项目目 分分 值值 评评分分标标准准 得得 分分",
    ],
    ids=["spaced-pairs", "whole-words", "with-a-score-column"],
)
def test_a_table_flattened_onto_one_line_under_a_doubled_header_reads_its_rows(head):
    rows = "1 组织领导 10 未成立领导小组的扣5分 2 制度建设 15 每缺一项扣2分 3 队伍建设 15 未培训的扣3分"
    scheme = rulegov.parse_scheme(f"某县法治建设考核细则\n{head} {rows}\n")
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("组织领导", 10.0),
        ("制度建设", 15.0),
        ("队伍建设", 15.0),
    ]
    assert [rule.points for rule in scheme.rules] == [5.0, 2.0, 3.0]
