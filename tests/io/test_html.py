"""Web pages: the article without the site, the disclosure block, tables, charsets, hostile pages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import rulegov
from rulegov.cli import main
from rulegov.io import read_text
from rulegov.io._html import html_text

pytest.importorskip("selectolax")

PAGES = Path(__file__).parent / "data" / "html"
CHROME = (
    "版权所有",
    "ICP备",
    "公网安备",
    "分享到",
    "当前位置",
    "【打印",
    "打印本页",
    "关闭窗口",
    "网站标识码",
    "访问量",
    "浏览次数",
)
# (file, title, a line of the body, the last line of the body)
REAL = [
    (
        "wanzai_2015.html",
        "万载县2015年国民经济和社会发展统计公报",
        "一、综合",
        "（万载县统计局）",
    ),
    (
        "wanzai_2022.html",
        "万载县2022年国民经济和社会发展统计公报",
        "一、综合",
        None,
    ),
    (
        "yichun_2022.html",
        "宜春市2022年国民经济和社会发展统计公报",
        "一、综合",
        None,
    ),
    (
        "guobanfa_2018_123.html",
        "国务院办公厅关于推进",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "（此件公开发布）",
    ),
    (
        "guobanfa_2018_126.html",
        "国务院办公厅关于推广第二批",
        "三、认真抓好组织实施",
        None,
    ),
    (
        "guobanfa_2018_124.html",
        "国务院办公厅关于印发文化体制改革中",
        "四、关于工商管理",
        None,
    ),
]


@pytest.mark.parametrize(("name", "title", "body_line", "last"), REAL)
def test_real_pages_keep_the_article_and_leave_the_site(name, title, body_line, last):
    text = read_text(PAGES / name)
    lines = text.split("\n")
    assert [line for line in lines if any(word in line for word in CHROME)] == []
    assert title in lines[:10]
    assert body_line in lines
    if last is not None:
        assert lines[-1] == last
    assert sum(len(line) for line in lines) > 2000


def test_disclosure_block_comes_first_as_label_lines():
    text, meta = html_text((PAGES / "guobanfa_2018_123.html").read_bytes(), "page.html")
    assert text.split("\n")[:6] == [
        "索引号：000014349/2018-00221",
        "主题分类：综合政务\\政务公开",
        "发文机关：国务院办公厅",
        "成文日期：2018年12月07日",
        "发布日期：2018年12月27日",
        "发文字号：国办发〔2018〕123号",
    ]
    assert meta["标题"] == "国务院办公厅关于推进政务新媒体健康有序发展的意见"


def test_disclosure_block_in_label_and_value_blocks():
    text = read_text(PAGES / "yichun_2022.html")
    assert text.split("\n")[:3] == [
        "索引号：014717475N/2023-0040295",
        "发布机构：宜春市统计局",
        "宜春市2022年国民经济和社会发展统计公报",
    ]


def test_disclosure_table_with_labels_without_colons_outside_the_article_gives_the_number():
    page = (
        "<html><body><div class='nav'>首页 &gt; 政务公开</div>"
        "<table class='xxgk'><tr><td>索 引 号</td><td>014000319/2012-00123</td>"
        "<td>发布机构</td><td>省委办公厅</td></tr>"
        "<tr><td>发文字号</td><td>苏办发〔2012〕30号</td><td>成文日期</td><td>2012-06-11</td></tr>"
        "</table><div class='article'><h1>省委办公厅关于印发《某省法治建设重点任务》的通知</h1>"
        "<p>各市委:</p><p>现将《某省法治建设重点任务》印发给你们,请认真贯彻执行。</p>"
        "<p>1.加强学法培训。牵头单位:省委宣传部</p></div></body></html>"
    )
    text, meta = html_text(page.encode(), "page.html")
    assert meta["发文字号"] == "苏办发〔2012〕30号"
    assert meta["成文日期"] == "2012-06-11"
    assert "|发文字号|" not in text
    plan = rulegov.parse_plan(text)
    assert plan.doc_number == "苏办发〔2012〕30号"


def test_read_plan_fills_the_header_from_a_page():
    plan = rulegov.read_plan(PAGES / "guobanfa_2018_123.html")
    assert plan.title == "国务院办公厅关于推进政务新媒体健康有序发展的意见"
    assert plan.doc_number == "国办发〔2018〕123号"
    assert plan.issuer == "国务院办公厅"
    assert str(plan.issued_on) == "2018-12-07"


def test_cli_parses_a_page(capsys):
    assert main(["parse", str(PAGES / "yichun_2022.html")]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["title"] == "宜春市2022年国民经济和社会发展统计公报"
    assert "版权所有" not in out


@pytest.mark.parametrize("charset", ["gb2312", "GBK", "gb18030"])
def test_charset_from_the_page(tmp_path, charset):
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        "</head><body><div id='zoom'><p>一、加强领导</p><p>1.召开会议。牵头单位：区司法局</p>"
        "<p>㑇 is only in GB18030</p></div></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("gb18030"))
    assert read_text(path) == "一、加强领导\n1.召开会议。牵头单位：区司法局\n㑇 is only in GB18030"


def test_charset_detected_without_a_declaration(tmp_path):
    path = tmp_path / "page.shtml"
    path.write_bytes("<html><body><p>依法行政工作要点</p></body></html>".encode("gbk"))
    assert read_text(path) == "依法行政工作要点"


def test_html_found_by_its_content_whatever_the_suffix(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(
        "<!DOCTYPE html><html><body><p>一、加强领导</p></body></html>", encoding="utf-8"
    )
    assert read_text(path) == "一、加强领导"


def test_a_real_annex_table_keeps_its_rows_and_cells():
    lines = read_text(PAGES / "guobanfa_2018_126.html").split("\n")
    rows = [line for line in lines if line.startswith("|")]
    assert rows[0] == "|序号|改革举措|主要内容|指导部门|推广范围|"
    assert all(row.count("|") == 6 for row in rows)
    heading = "一、知识产权保护方面（共5项）"
    assert rows[1] == "|" + "|".join([heading] * 5) + "|"
    numbered = [row.split("|")[1] for row in rows if row.split("|")[1].isdigit()]
    # the published page leaves out items 15 to 20 (本文有删减), and so does the reading
    assert numbered == [str(n) for n in [*range(1, 15), 21, 22, 23]]
    assert rows[2].startswith("|1|知识产权民事、刑事、行政案件“三合一”审判|整合分散的审判资源")
    assert rows[2].endswith("|最高人民法院、最高人民检察院、国家知识产权局|全国|")
    assert lines.index("附件") < lines.index(rows[0])


def test_tables_expand_rowspan_and_colspan_into_a_grid():
    page = """<div class="TRS_Editor"><p>附件</p><table>
      <tr><th>序号</th><th>工作任务</th><th colspan="2">责任单位</th><th>完成时限</th></tr>
      <tr><td rowspan="2">一、依法行政</td><td>清理规范性文件</td><td>区司法局</td><td>各部门</td>
          <td rowspan="2">年底前</td></tr>
      <tr><td>公开权责清单</td><td>区委编办</td><td>区政务服务中心</td></tr>
    </table></div>"""
    text, _ = html_text(page.encode(), "t.html")
    assert text.split("\n") == [
        "附件",
        "|序号|工作任务|责任单位|责任单位|完成时限|",
        "|一、依法行政|清理规范性文件|区司法局|各部门|年底前|",
        "|一、依法行政|公开权责清单|区委编办|区政务服务中心|年底前|",
    ]


def test_a_task_table_page_reads_as_tasks(tmp_path):
    page = """<html><body><div class="nav">首页 &gt; 政务公开</div><div class="pages_content">
      <p>某区2024年法治政府建设重点任务分工</p><table>
      <tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>清理规范性文件</td><td>区司法局</td><td>2024年6月底前</td></tr>
      <tr><td>2</td><td>公开权责清单</td><td>区委编办</td><td>2024年9月底前</td></tr>
      </table></div><div class="footer">版权所有 某区人民政府 ICP备12345678号</div></body></html>"""
    path = tmp_path / "tasks.html"
    path.write_text(page, encoding="utf-8")
    plan = rulegov.read_plan(path)
    assert [(task.title, task.lead_units) for task in plan.tasks] == [
        ("清理规范性文件", ["区司法局"]),
        ("公开权责清单", ["区委编办"]),
    ]


def test_site_chrome_is_dropped_even_without_a_known_container():
    page = """<html><body><div>今天是2024年5月1日 星期三</div><div>当前位置：首页 > 通知公告</div>
      <div><div>字体：大 中 小</div><div>浏览次数：1024</div><div>分享到：微信 微博</div>
      <div><p>一、加强组织领导</p><p>各单位要高度重视，切实加强对法治政府建设工作的组织领导，确保各项任务落到实处。</p>
      <p>二、强化督促检查</p><p>区司法局要加强督促检查，年底前对各单位落实情况进行评估。</p></div>
      <div>【打印】 【关闭】</div></div>
      <div>主办单位：某区人民政府办公室 版权所有 ICP备000000号</div></body></html>"""
    text, _ = html_text(page.encode(), "t.html")
    assert text.split("\n") == [
        "一、加强组织领导",
        "各单位要高度重视，切实加强对法治政府建设工作的组织领导，确保各项任务落到实处。",
        "二、强化督促检查",
        "区司法局要加强督促检查，年底前对各单位落实情况进行评估。",
    ]


def test_a_page_nested_as_deep_as_the_limit_reads_its_text():
    # how long it takes is measured by benchmarks/readers.py, not here
    deep = ("<div>" * 20_000 + "<p>一、加强领导</p>" + "</div>" * 20_000).encode()
    text, _ = html_text(deep, "deep.html")
    assert text == "一、加强领导"


@pytest.mark.parametrize(
    "page",
    [
        b"<div>" * 200_000,  # 1 MB of unclosed tags: the engine took minutes
        b"<html><body>" + b"<section><div>" * 50_000 + b"</div></section>" * 50_000,
    ],
)
def test_pages_nested_beyond_any_real_page_are_refused_at_the_tag(tmp_path, page):
    path = tmp_path / "deep.html"
    path.write_bytes(page)
    with pytest.raises(rulegov.ParseError, match="more than 20000 elements open") as caught:
        rulegov.read_plan(path)
    assert caught.value.code == "too-deep"
    assert caught.value.source == str(path)
    assert caught.value.line == 1
    assert caught.value.value in ("<div>", "<section>")


def test_a_page_in_no_encoding_names_its_first_byte_that_is_not_utf8(tmp_path):
    path = tmp_path / "mixed.html"
    page = "<p>一、加强领导</p>\n<p>".encode() + "1.开展培训。".encode("gbk") + b"</p>"
    path.write_bytes(page * 3 + bytes(range(128, 256)) * 4)
    with pytest.raises(rulegov.ParseError, match="neither in its declared charset") as caught:
        rulegov.read_plan(path)
    assert caught.value.code == "undecodable-text"
    assert (caught.value.line, caught.value.column) == (2, 6)  # <p>1. then GBK
    assert str(caught.value).startswith(f"{path}:2:6: ")


def test_unclosed_paragraphs_and_line_breaks_do_not_count_as_nesting():
    page = ("<div>" + "<p>一、加强领导<br>" * 30_000 + "</div>").encode()
    text, _ = html_text(page, "t.html")
    assert text.count("一、加强领导") == 30_000


def test_tables_nested_thousands_deep_read_their_text():
    depth = 8_000
    page = "<table><tr><td>a</td><td>" * depth + "法治" + "</td></tr></table>" * depth
    text, _ = html_text(page.encode(), "t.html")
    assert "法治" in text


def test_deep_tables_and_huge_spans_are_bounded():
    page = (
        "<table>"
        + "<tr><td>a</td><td colspan='999999' rowspan='999999'>法</td></tr>" * 50
        + "</table>"
    )
    text, _ = html_text(page.encode(), "t.html")
    assert all(line.count("|") <= 201 for line in text.split("\n"))


def test_large_pages_are_refused_by_size(tmp_path):
    path = tmp_path / "big.html"
    path.write_bytes(b"<html><body>" + "<p>法治</p>".encode() * 200_000 + b"</body></html>")
    with pytest.raises(rulegov.ParseError, match="more than the limit of 1000000"):
        read_text(path, max_bytes=1_000_000)


@pytest.mark.parametrize("page", [b"", b"<html></html>", b"<script>var a = 1;</script>", b"   "])
def test_pages_without_text_are_a_parse_error(tmp_path, page):
    path = tmp_path / "empty.html"
    path.write_bytes(page)
    with pytest.raises(rulegov.ParseError, match="holds no text") as caught:
        read_text(path)
    assert caught.value.source == str(path)


def test_without_the_extra_names_the_extra(tmp_path, monkeypatch):
    path = tmp_path / "page.html"
    path.write_text("<p>一、加强领导</p>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    with pytest.raises(rulegov.MissingExtraError, match=r"pip install 'rulegov\[html\]'"):
        read_text(path)


def _page_with_a_big_task_table() -> str:
    """A whole page: a layout table around the article, and a task table that holds most text."""
    rows = "".join(
        f"<tr><td><span>{n}</span></td><td><p>开展第{n}项专项整治工作，</p><p>健全长效机制</p></td>"
        f"<td>区司法局<br>区公安分局</td><td><p>2024年{n}月底前</p></td></tr>"
        for n in range(1, 11)
    )
    return f"""<html><body><div class="nav">当前位置：首页 &gt; 通知公告</div>
      <table class="layout"><tr><td class="left"><a href="/">首页</a></td><td class="main">
      <table><tr><td><p>某区2024年法治政府建设重点任务分工方案</p></td></tr></table>
      <table border="1"><caption>重点任务分工表</caption>
      <thead><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr></thead>
      <tbody>{rows}</tbody></table>
      </td></tr></table><div>版权所有 某区人民政府</div></body></html>"""


def test_a_table_holding_most_of_the_page_is_read_as_rows_not_cells():
    text, _ = html_text(_page_with_a_big_task_table().encode(), "t.html")
    lines = text.split("\n")
    assert "某区2024年法治政府建设重点任务分工方案" in lines
    assert lines.index("重点任务分工表") + 1 == lines.index("|序号|工作任务|牵头单位|完成时限|")
    assert "|3|开展第3项专项整治工作， 健全长效机制|区司法局 区公安分局|2024年3月底前|" in lines
    assert "开展第3项专项整治工作，" not in lines  # never a cell a line


def test_a_table_holding_most_of_the_page_reads_as_tasks(tmp_path):
    path = tmp_path / "tasks.html"
    path.write_text(_page_with_a_big_task_table(), encoding="utf-8")
    plan = rulegov.read_plan(path)
    assert len(plan.tasks) == 10
    assert plan.tasks[2].lead_units == ["区司法局", "区公安分局"]
    assert plan.tasks[2].title.startswith("开展第3项专项整治工作")
    assert plan.tasks[2].timeframe is not None
    assert plan.tasks[2].timeframe.end.isoformat() == "2024-03-31"


def test_a_layout_cell_holding_the_article_is_read_as_paragraphs():
    paragraphs = "".join(f"<p>（{n}）推进第{n}项工作。</p>" for n in range(1, 46))
    page = f"""<html><body><table><tr><td><a href="/">首页</a></td>
      <td><p>一、主要任务</p>{paragraphs}</td></tr></table></body></html>"""
    text, _ = html_text(page.encode(), "t.html")
    lines = text.split("\n")
    assert lines[:2] == ["一、主要任务", "（1）推进第1项工作。"]
    assert not any(line.startswith("|") for line in lines)


def test_the_scoring_table_of_a_whole_page_reads_as_rows():
    path = Path(__file__).parents[1] / "corpus/schemes/dev/114_shicheng_2018_hezhang_zeren.html"
    text, _ = html_text(path.read_bytes(), str(path))
    lines = text.split("\n")
    assert "石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则" in lines
    assert "|序号|考核项目|考核项目|各项分值|考核内容|评分标准|说明|" in lines
    row = next(line for line in lines if line.startswith("|1|组织领导|"))
    assert row == "|1|组织领导|组织领导|8|组织领导|积极配合各乡镇开展“河长制”工作（8分）。||"
    assert sum(line.startswith("|") for line in lines) > 40
    assert "组织领导" not in lines


def test_the_line_feeds_of_preformatted_text_end_its_lines():
    page = (
        "<html><body><pre>某县法治建设考核细则\n一、组织领导（20分）\n"
        "1.成立领导小组（10分）。未成立的扣10分。</pre><p>二、制度建设</p></body></html>"
    )
    text, _ = html_text(page.encode(), "page.html")
    assert text.split("\n") == [
        "某县法治建设考核细则",
        "一、组织领导（20分）",
        "1.成立领导小组（10分）。未成立的扣10分。",
        "二、制度建设",
    ]


@pytest.mark.parametrize("mark", ["\ufeff", "\u200b", "\u200d\u2060"])
def test_invisible_marks_inside_a_pages_tags_leave_its_article_whole(mark: str) -> None:
    # a copy's zero-width marks inside a tag's name (</scrip\ufefft>) made it no tag, so the
    # script ran on over the article after it; they are dropped inside tags, kept in the text
    page = (
        "<html><head><title>某县2024年法治政府建设工作要点</title>"
        f"<script>var a = 1;</scrip{mark}t></head><body><div class=content{mark}>"
        "<p>某县2024年法治政府建设工作要点</p><p>一、加强组织领导</p>"
        f"<p>1.健全工作机制。(牵头单位:县司{mark}法局)</p></div></body></html>"
    )
    plan = rulegov.parse_plan(page)
    assert [task.title for task in plan.tasks] == ["健全工作机制"]
    assert plan.tasks[0].lead_units == ["县司法局"]
    assert plan.title == "某县2024年法治政府建设工作要点"
