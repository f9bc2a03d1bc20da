"""A page that keeps its document a second time in a hidden block is read once.

The platform of 广州's 规范性文件 (and other sites like it) keeps the whole document again, run
together, in ``<div class="bbnr" style="display:none;">`` for its search; read with the page,
every part and item of the document stood twice. A hidden block whose text the page shows
nowhere else (a tab or a document a script shows) is still read.
"""

from __future__ import annotations

import time

import pytest

from rulegov.io import read_plan_bytes
from rulegov.io._html import html_text

pytest.importorskip("selectolax")

ARTICLE = (
    "<p>某市人民政府办公厅关于进一步加强救助工作的通知</p><p>各区人民政府：</p>"
    "<p>为规范救助工作，现就有关事项通知如下：</p>"
    "<p>一、认定范围</p><p>本市救助对象的认定条件按国家、省有关规定实施。</p>"
    "<p>二、供养标准</p><p>（一）基本生活标准按最低生活保障标准的1.6倍确定。</p>"
    "<p>（二）照料护理标准按国家、省有关规定执行。</p>"
    "<p>某市人民政府办公厅</p><p>2021年4月13日</p>"
)
RUN_TOGETHER = (
    "某市人民政府办公厅关于进一步加强救助工作的通知各区人民政府：为规范救助工作，现就有关事项"
    "通知如下：一、认定范围本市救助对象的认定条件按国家、省有关规定实施。二、供养标准（一）基"
    "本生活标准按最低生活保障标准的1.6倍确定。（二）照料护理标准按国家、省有关规定执行。"
)


def _page(hidden: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"></head><body><div class="nav">首页 &gt; 政策文件</div>'
        f'<div class="article">{ARTICLE}{hidden}</div><div class="footer">版权所有</div>'
        "</body></html>"
    ).encode()


@pytest.mark.parametrize(
    "hidden",
    [
        f'<div class="bbnr" style="display:none;">{RUN_TOGETHER}</div>',
        f'<div style="visibility: hidden">{RUN_TOGETHER}</div>',
        f"<section hidden>{RUN_TOGETHER}</section>",
    ],
)
def test_a_hidden_copy_of_the_document_is_not_read_again(hidden: str) -> None:
    text, _meta = html_text(_page(hidden), "page.html")
    assert text.count("认定范围") == 1
    plan = read_plan_bytes(_page(hidden), source="page.html")
    assert [section.number for section in plan.sections] == ["一", "二"]
    assert [task.path for task in plan.tasks] == [("二", "（一）"), ("二", "（二）")]


def test_a_hidden_block_the_page_shows_nowhere_else_is_read() -> None:
    # the rest of the article behind a 展开全文 control, beside the search's hidden copy
    extra = "<p>三、经费保障</p><p>救助供养经费由区财政全额负担，可从补助资金中统筹使用。</p>"
    page = _page(f'<div style="display:none">{RUN_TOGETHER}</div>').replace(
        "<p>某市人民政府办公厅</p>".encode(),
        f'<div class="more" style="display:none">{extra}</div><p>某市人民政府办公厅</p>'.encode(),
    )
    text, _meta = html_text(page, "page.html")
    assert text.count("认定范围") == 1  # the copy is still dropped
    assert "经费保障" in text  # the text shown nowhere else is kept


def test_a_page_whose_document_is_only_in_a_hidden_block_is_read() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="nav">首页</div>'
        f'<div id="zoom" style="display:none">{ARTICLE}</div></body></html>'
    ).encode()
    plan = read_plan_bytes(page, source="page.html")
    assert [section.number for section in plan.sections] == ["一", "二"]


def test_many_hidden_blocks_are_weighed_in_time_linear_in_the_page() -> None:
    # two thousand hidden blocks, each a text of its own, on a page of 200,000 characters
    numerals = "零一二三四五六七八九"
    blocks = "".join(
        f'<div style="display:none">第{"".join(numerals[int(d)] for d in f"{n:04d}")}号隐藏说明'
        + "政务公开信息" * 10
        + "</div>"
        for n in range(2000)
    )
    page = _page(blocks + "<p>" + "依法行政建设法治政府" * 10_000 + "</p>")
    start = time.perf_counter()
    text, _meta = html_text(page, "page.html")
    assert time.perf_counter() - start < 20
    assert text.count("认定范围") == 1
