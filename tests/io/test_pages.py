"""A web page's source handed to parse_plan and parse_scheme reads as the page saved as a file."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import rulegov
import rulegov.cli as cli_module
import rulegov.io._bytes as bytes_module
from rulegov.cli import main
from rulegov.io import read_text
from rulegov.io._formats import looks_like_page

TESTS = Path(__file__).resolve().parents[1]
# the stored web pages whose results a test may look at: no check half, no held-out corpus
PLAN_PAGES = sorted(
    [
        *(TESTS / "corpus" / "dev").glob("*.htm*"),
        *(TESTS / "io" / "data" / "html").glob("*.htm*"),
        *(TESTS / "parse" / "documents" / "frame").glob("*.htm*"),
        *(TESTS / "parse" / "documents" / "unseen17" / "tune").glob("*.htm*"),
        *(TESTS / "parse" / "documents" / "web17" / "tune").glob("*.htm*"),
    ]
)
SCHEME_PAGES = sorted((TESTS / "corpus" / "schemes" / "dev").glob("*.htm*"))


def _ids(paths: list[Path]) -> list[str]:
    return [f"{path.parent.name}/{path.name}" for path in paths]


def _as_pasted(data: bytes) -> str:
    """The page's source as a user holds it after copying it: characters, not bytes."""
    for codec in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise AssertionError("the stored page is in neither UTF-8 nor GB18030")


PAGES = {
    "doctype": "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN'><html><body></body></html>",
    "html first": "\n  <HTML lang='zh'><body><p>一、加强领导</p></body></HTML>",
    "a comment first": "<!-- 发布时间 2024-01-01 --><html><body><p>正文</p></body></html>",
    "xml first": "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'></html>",
    "body first": "<body><table><tr><td>序号</td></tr></table></body>",
    "meta first": "<meta charset='gb2312'><div>正文</div>",
    "a table": "<table border='1'><tr><td>序号</td><td>分值</td></tr></table>",
    "paragraphs": "<p>一、加强领导</p>\n<p>1.召开会议。</p>",
    "a heading": "<h1 class='title'>2024年工作要点</h1><p>一、加强领导</p>",
    "a server page": "<%@ page contentType='text/html; charset=UTF-8'%>\n<link href='a.css'>"
    "<div class='headerDiv'><h2>考核</h2></div>",
    "a byte-order mark": "\ufeff<div id='zoom'><p>正文</p></div>",
    "blank lines first": "\n" * 5000 + "<!DOCTYPE html><html><body><p>正文</p></body></html>",
    "a long comment first": "<!--"
    + "版权所有" * 2000
    + "-->\n<html><body><p>正文</p></body></html>",
    "comments and blank lines first": "<!-- a -->\n\n<!-- b -->\r\n<html><body></body></html>",
    "table rows": "<tr><td>序号</td><td>工作任务</td></tr><tr><td>1</td><td>开展审查</td></tr>",
    "a table body": "<tbody><tr><td>序号</td><td>分值</td></tr></tbody>",
    "a font first": "<font size=4>2024年工作要点</font><br><p>一、加强领导</p>",
    "a span first": "<span class='title'>2024年工作要点</span><div>一、加强领导</div>",
    "a header first": "<header>某县人民政府</header><main><p>一、加强领导</p></main>",
}
TEXTS = {
    "plain": "2024年工作要点\n一、加强领导",
    "a tag in a line": "一、网站建设（10分）。页面未标注<title>的扣2分。",
    "a less-than sign": "得分<60分的为不合格。",
    "an inline tag first": "<em>注</em>：本细则自印发之日起施行。",
    "a bracket first": "<2024年工作要点>\n一、加强领导",
    "a block tag never closed": "<p>一、加强领导\n二、强化保障",
    "a line break tag": "<br>一、加强领导<br>二、强化保障",
    "a bold note first": "<strong>注</strong>：得分<60分的为不合格。",
    "a comment never closed": "<!-- 2024年工作要点\n<html><p>一、加强领导</p>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_web_page_is_told_by_how_it_opens(name: str) -> None:
    assert looks_like_page(PAGES[name])
    assert looks_like_page(PAGES[name].encode("utf-8"))
    assert looks_like_page(PAGES[name].encode("gb18030"))


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_text_that_holds_markup_is_no_web_page(name: str) -> None:
    assert not looks_like_page(TEXTS[name])
    assert not looks_like_page(TEXTS[name].encode("utf-8"))


def test_the_stored_pages_are_found() -> None:
    assert len(PLAN_PAGES) >= 40
    assert len(SCHEME_PAGES) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("path", PLAN_PAGES, ids=_ids(PLAN_PAGES))
def test_a_plan_page_as_a_string_or_bytes_reads_as_the_saved_page(path: Path) -> None:
    pytest.importorskip("selectolax")
    from_file = rulegov.read_plan(path)
    data = path.read_bytes()
    from_bytes = rulegov.parse_plan(data, source=path.name)
    from_string = rulegov.parse_plan(_as_pasted(data), source=path.name)
    assert from_bytes == from_file
    assert from_string == from_file
    # the spans point into the text the plan gives back: the page's text, not its markup
    assert from_string.source is not None
    assert from_string.source.text == read_text(path)
    assert "<" not in "".join(from_string.source.excerpt(task.span) for task in from_string.tasks)


@pytest.mark.parametrize("path", SCHEME_PAGES, ids=_ids(SCHEME_PAGES))
def test_a_scheme_page_as_a_string_or_bytes_reads_as_the_saved_page(path: Path) -> None:
    pytest.importorskip("selectolax")
    from_file = rulegov.read_scheme(path)
    data = path.read_bytes()
    assert rulegov.parse_scheme(data, source=path.name) == from_file
    assert rulegov.parse_scheme(_as_pasted(data), source=path.name) == from_file


_PLAN_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>要点</title></head><body>"
    "<div class='crumb'>当前位置：首页 > 政策文件</div><div id='zoom'>"
    "<p>2024年法治政府建设工作要点</p><table>"
    "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>"
    "<tr><td>1</td><td>开展合法性审查</td><td>区司法局</td><td>2024年12月</td></tr>"
    "<tr><td>2</td><td>推行行政执法公示</td><td>区城管局</td><td>2024年6月</td></tr>"
    "</table></div><div>版权所有：某区人民政府</div></body></html>"
)


def test_a_plan_page_keeps_its_task_table_and_leaves_the_site_behind() -> None:
    pytest.importorskip("selectolax")
    plan = rulegov.parse_plan(_PLAN_PAGE)
    assert [(task.title, task.lead_units) for task in plan.tasks] == [
        ("开展合法性审查", ["区司法局"]),
        ("推行行政执法公示", ["区城管局"]),
    ]
    assert plan.source is not None
    assert "当前位置" not in plan.source.text
    assert "版权所有" not in plan.source.text
    assert plan.source.excerpt(plan.tasks[1].span) == "|2|推行行政执法公示|区城管局|2024年6月|"


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "utf-16"])
def test_the_bytes_of_a_page_are_decoded_as_a_saved_page_is(encoding: str, tmp_path: Path) -> None:
    pytest.importorskip("selectolax")
    data = _PLAN_PAGE.replace("utf-8", "gbk" if encoding == "gbk" else encoding).encode(encoding)
    path = tmp_path / "page.txt"  # a telling suffix is not needed: the bytes say what they are
    path.write_bytes(data)
    plan = rulegov.parse_plan(data, source="page.txt")
    assert [task.title for task in plan.tasks] == ["开展合法性审查", "推行行政执法公示"]
    assert plan == rulegov.read_plan(path)


@pytest.mark.parametrize(
    "text",
    [
        "2024年工作要点\n一、加强领导\n1.召开会议。页面未标注<title>的整改。\n牵头单位：区司法局",
        "2024年工作要点\n一、加强领导\n1.召开会议，完成率<60%的约谈。\n牵头单位：区司法局",
        "<em>2024年工作要点</em>\n一、加强领导\n1.召开会议。\n牵头单位：区司法局",
        "<p>2024年工作要点\n一、加强领导\n1.召开会议。\n牵头单位：区司法局",
    ],
    ids=["a tag in a line", "a less-than sign", "an inline tag first", "an unclosed block"],
)
def test_text_that_holds_markup_is_read_as_text(text: str, monkeypatch) -> None:
    # read as text even where the html extra is missing: it is never taken for a page
    monkeypatch.setitem(sys.modules, "selectolax", None)
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    plan = rulegov.parse_plan(text)
    assert plan == rulegov.parse.parse_plan(text)
    assert [task.lead_units for task in plan.tasks] == [["区司法局"]]


@pytest.mark.parametrize("reader", ["parse_plan", "parse_scheme"])
@pytest.mark.parametrize("kind", [str, bytes])
def test_a_page_without_the_html_extra_names_the_extra(reader: str, kind: type, monkeypatch):
    monkeypatch.setitem(sys.modules, "selectolax", None)
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    page = _PLAN_PAGE if kind is str else _PLAN_PAGE.encode()
    with pytest.raises(rulegov.MissingExtraError, match=r"pip install 'rulegov\[html\]'"):
        getattr(rulegov, reader)(page)


@pytest.mark.parametrize("reader", ["parse_plan", "parse_scheme"])
def test_bytes_that_are_no_page_are_refused(reader: str) -> None:
    with pytest.raises(
        rulegov.ParseError, match=rf"{reader} needs text \(str\), not bytes"
    ) as caught:
        getattr(rulegov, reader)("一、组织领导（10分）".encode())
    assert caught.value.code == "not-text"


def test_the_command_line_reads_a_page_from_standard_input(capsys, monkeypatch, tmp_path):
    pytest.importorskip("selectolax")
    data = _PLAN_PAGE.replace("utf-8", "gbk").encode("gbk")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["parse", "-", "--quiet"]) == 0
    from_stdin = rulegov.Plan.model_validate(json.loads(capsys.readouterr().out))
    assert from_stdin == rulegov.parse_plan(data, source="<stdin>")
    path = tmp_path / "page.html"
    path.write_bytes(data)
    assert from_stdin.tasks == rulegov.read_plan(path).tasks
    assert [task.title for task in from_stdin.tasks] == ["开展合法性审查", "推行行政执法公示"]


def test_table_rows_copied_without_their_table_read_as_a_task_table() -> None:
    page = (
        "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>"
        "<tr><td>1</td><td>开展合法性审查</td><td>区司法局</td></tr>"
    )
    plan = rulegov.parse_plan(page)
    assert [(task.title, task.lead_units) for task in plan.tasks] == [
        ("开展合法性审查", ["区司法局"])
    ]
    assert "<td>" not in plan.source.text


def test_a_page_after_thousands_of_blank_lines_leaves_its_markup_behind() -> None:
    page = "\r\n" * 5000 + (
        "<!DOCTYPE html><html><head><title>站点</title></head><body>"
        "<p>2024年普法工作要点</p><p>一、加强领导</p><p>1.召开专题会议。牵头单位：县司法局</p>"
        "</body></html>"
    )
    plan = rulegov.parse_plan(page)
    assert plan.title == "2024年普法工作要点"
    assert [task.lead_units for task in plan.tasks] == [["县司法局"]]
    assert "<p>" not in plan.source.text


@pytest.mark.parametrize("reader", ["parse_plan", "parse_scheme"])
@pytest.mark.parametrize("kind", [str, bytes])
def test_a_pasted_page_beyond_the_size_limit_is_refused_as_a_file_would_be(
    reader: str, kind: type, monkeypatch
) -> None:
    monkeypatch.setattr("rulegov.io._bytes.MAX_BYTES", 1000)
    page = "<html><body>" + "<p>一、加强领导</p>" * 200 + "</body></html>"
    with pytest.raises(rulegov.ParseError) as caught:
        getattr(rulegov, reader)(page.encode() if kind is bytes else page, source="粘贴.html")
    assert caught.value.code == "file-too-large"
    assert caught.value.source == "粘贴.html"
    assert caught.value.value > 1000


def test_text_beyond_the_page_limit_is_still_read_as_text(monkeypatch) -> None:
    monkeypatch.setattr("rulegov.io._bytes.MAX_BYTES", 100)
    text = "2024年普法工作要点\n一、加强领导\n" + "".join(
        f"{k}.召开第{k}次专题会议。牵头单位：县司法局\n" for k in range(1, 11)
    )
    assert len(rulegov.parse_plan(text).tasks) == 10


@pytest.mark.parametrize("reader", ["read_plan_bytes", "read_scheme_bytes"])
def test_bytes_beyond_the_limit_are_refused_before_they_are_read(reader: str, monkeypatch) -> None:
    monkeypatch.setattr("rulegov.io._bytes.MAX_BYTES", 100)
    with pytest.raises(rulegov.ParseError) as caught:
        getattr(rulegov.io, reader)("一、加强领导\n".encode() * 20, source="<stdin>")
    assert caught.value.code == "file-too-large"
    assert caught.value.value == len("一、加强领导\n".encode()) * 20


def test_standard_input_beyond_the_limit_is_refused_without_reading_it_whole(
    capsys, monkeypatch
) -> None:
    monkeypatch.setattr("rulegov.cli._STDIN_LIMIT", 100)
    stream = io.BytesIO("一、加强领导\n".encode() * 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    assert main(["parse", "-"]) != 0
    assert "standard input holds more than the limit of 100 bytes" in capsys.readouterr().err
    assert stream.tell() <= 101 + io.DEFAULT_BUFFER_SIZE


def test_standard_input_has_the_limit_of_a_file() -> None:
    assert cli_module._STDIN_LIMIT == bytes_module.MAX_BYTES


def test_rtf_bytes_are_refused_by_name_not_as_json() -> None:
    with pytest.raises(rulegov.ParseError) as caught:
        rulegov.io.read_plan_bytes(rb"{\rtf1\ansi \u24037?\u20316?}", source="<stdin>")
    assert caught.value.code == "unknown-file-format"
    assert "Rich Text" in str(caught.value)


@pytest.mark.parametrize("value", [None, 3, ["一、加强领导"]])
def test_a_value_that_is_no_text_gets_the_parsers_own_message(value: object) -> None:
    with pytest.raises(rulegov.ParseError) as pasted:
        rulegov.parse_plan(value)  # type: ignore[arg-type]
    with pytest.raises(rulegov.ParseError) as parsed:
        rulegov.parse.parse_plan(value)  # type: ignore[arg-type]
    assert pasted.value.code == parsed.value.code == "not-text"
    assert str(pasted.value) == str(parsed.value)


def test_plain_text_reads_the_same_through_either_parse_plan() -> None:
    text = rulegov.datasets.yancheng_2023_text()
    pasted, parsed = rulegov.parse_plan(text), rulegov.parse.parse_plan(text)
    assert pasted.model_dump() == parsed.model_dump()
    assert len(pasted.tasks) == 16
