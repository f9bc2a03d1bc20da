"""Appraisal documents as users hand them over: a page's source, tables set apart by spaces."""

from __future__ import annotations

import sys
import unicodedata
from typing import TYPE_CHECKING

import pytest

import rulegov

if TYPE_CHECKING:
    import pathlib

_ROWS = (
    "<tr><td>序号</td><td>考核项目</td><td>分值</td><td>评分标准</td></tr>"
    "<tr><td>1</td><td>组织领导</td><td>10</td><td>未成立领导小组的扣5分。</td></tr>"
    "<tr><td>2</td><td>依法决策</td><td>20</td><td>未经合法性审查的每件扣2分。</td></tr>"
)

PAGES = {
    "document": f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>细则</title></head>"
    f"<body><div id='zoom'><p>法治建设考核细则</p><table>{_ROWS}</table></div></body></html>",
    "bare html": f"<html><body><p>法治建设考核细则</p><table>{_ROWS}</table></body></html>",
    "body only": f"\n  <body><table border='1'>{_ROWS}</table></body>",
    "table only": f"<table>{_ROWS}</table>",
    "paragraphs and a table": f"<p>法治建设考核细则</p><table>{_ROWS}</table><p>附件：评分表</p>",
    "declared gbk": f"<html><head><meta charset='gb2312'></head><body><table>{_ROWS}"
    "</table></body></html>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_page_as_a_string_reads_as_the_page_as_a_file(name: str, tmp_path: pathlib.Path) -> None:
    pytest.importorskip("selectolax")
    page = PAGES[name]
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gbk" if "gb2312" in page else "utf-8"))
    from_file = rulegov.read_scheme(path)
    from_string = rulegov.parse_scheme(page, source="page.html")
    items = [(node.name, node.points) for node in from_string.root.children]
    assert items == [("组织领导", 10.0), ("依法决策", 20.0)]
    assert from_string == from_file
    # each span points into the page's text, the text read_text gives for the saved page
    text = rulegov.io.read_text(path)
    for node, standard in zip(
        from_string.root.children, ["未成立领导小组", "未经合法性审查"], strict=True
    ):
        assert node.span is not None
        stated = text[node.span.start : node.span.end]
        assert stated.startswith(node.name)
        assert standard in stated


def test_a_page_is_refused_with_the_extra_to_install_where_it_is_missing(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "selectolax", None)
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    with pytest.raises(rulegov.MissingExtraError, match=r"rulegov\[html\]"):
        rulegov.parse_scheme(PAGES["table only"])


@pytest.mark.parametrize(
    "text",
    [
        "一、网站建设（10分）。页面未标注<title>的扣2分。",
        "<em>一、网站建设（10分）</em>。页面未标注标题的扣2分。",
        "<p>一、网站建设（10分）。页面未标注标题的扣2分。",
    ],
    ids=["a tag in a line", "an inline tag first", "a block tag never closed"],
)
def test_text_that_only_holds_markup_is_read_as_text(text: str, monkeypatch) -> None:
    # never taken for a page: read as text even where the html extra is missing
    monkeypatch.setitem(sys.modules, "selectolax", None)
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    scheme = rulegov.parse_scheme(text)
    as_text = rulegov.Scheme.model_validate(rulegov.parse.read_scheme_document(text))
    assert scheme == as_text
    assert [node.points for node in scheme.root.children] == [10.0]
    assert [rule.points for rule in scheme.rules] == [2.0]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _laid_out(rows: list[list[str]], gap: int, space: str = " ") -> str:
    """Rows printed in columns set apart by runs of spaces, each cell under its heading."""
    widths = [max(_width(row[k]) for row in rows) + gap for k in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell + " " * (widths[k] - _width(cell)) for k, cell in enumerate(row)]
        lines.append("".join(cells).rstrip().replace(" ", space))
    return "\n".join(lines)


_HEADS = {
    "serial": ["序号", "考核项目", "分值", "评分标准"],
    "no serial": ["考核项目", "分值", "评分标准"],
    "group": ["类别", "考核项目", "分值", "评分标准"],
}


def _spaced_table(head: str, gap: int) -> str:
    body = [
        ["组织领导", "10", "未成立领导小组的扣5分。"],
        ["学法用法", "10", "未组织学法的扣2分。"],
        ["扣分项", "", "发生行政诉讼败诉案件的，每件扣2分。"],
        ["一票否决", "", "发生重大违法案件的，实行一票否决。"],
    ]
    lead = {
        "serial": [str(k) for k in range(1, 5)],
        "no serial": [],
        "group": ["基础工作", "", "", ""],
    }
    rows = [_HEADS[head]] + [
        ([lead[head][k]] if lead[head] else []) + row for k, row in enumerate(body)
    ]
    return "法治建设考核细则\n" + _laid_out(rows, gap)


@pytest.mark.parametrize("gap", [2, 4, 7])
@pytest.mark.parametrize("head", sorted(_HEADS))
def test_an_empty_points_cell_between_space_parted_columns_stays_empty(head: str, gap: int) -> None:
    scheme = rulegov.parse_scheme(_spaced_table(head, gap))
    penalties = [rule for rule in scheme.rules if rule.kind == "penalty"]
    assert [(rule.points, rule.reason) for rule in penalties] == [
        (2.0, "发生行政诉讼败诉案件的，每件扣2分")
    ]
    vetoes = [rule for rule in scheme.rules if rule.kind == "veto"]
    assert [rule.reason for rule in vetoes] == ["发生重大违法案件的，实行一票否决"]


@pytest.mark.parametrize("gap", [2, 5])
def test_a_row_that_leaves_its_merged_group_out_keeps_its_cells(gap: int) -> None:
    rows = [
        ["类别", "考核项目", "分值", "评分标准"],
        ["基础工作", "组织领导", "10", "未成立领导小组的扣5分。"],
        ["", "学法用法", "10", "未组织学法的扣2分。"],
    ]
    scheme = rulegov.parse_scheme("法治建设考核细则\n" + _laid_out(rows, gap))
    leaves = [node for group in scheme.root.children for node in group.children or [group]]
    assert [(node.name, node.points) for node in leaves] == [("组织领导", 10.0), ("学法用法", 10.0)]


def test_an_empty_points_cell_stays_empty_where_the_layout_wraps_cells() -> None:
    lines = [
        "法治建设考核细则",
        "考核项目   分值   评分标准",
        "组织领导   10     未成立法治建设领导小组的扣5分，",
        "                  未定期研究法治建设工作的扣2分。",
        "学法用法   10     未组织学法的扣2分。",
        "扣分项            发生行政诉讼败诉案件的，每件扣2",
        "                  分。",
    ]
    scheme = rulegov.parse_scheme("\n".join(lines))
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("组织领导", 10.0),
        ("学法用法", 10.0),
    ]
    penalties = [rule for rule in scheme.rules if rule.kind == "penalty"]
    assert [rule.points for rule in penalties] == [2.0]
    assert "败诉" in penalties[0].reason


def test_points_inside_a_wrapped_text_cell_of_a_laid_out_table() -> None:
    lines = [
        "法治建设考核评分表",
        "考核项目   考核内容                   评分标准",
        "组织领导   成立法治建设领导小组，明   未成立领导小组的扣3分；",
        "           确职责分工，定期研究法治   未定期研究的扣1分。",
        "           建设工作。3分",
        "依法决策   重大行政决策经合法性审查   未经合法性审查的每件扣1",
        "           ，严格履行法定程序。5分    分。",
    ]
    scheme = rulegov.parse_scheme("\n".join(lines))
    points = [
        (group.name, [child.points for child in group.children]) for group in scheme.root.children
    ]
    assert points == [("组织领导", [3.0]), ("依法决策", [5.0])]
