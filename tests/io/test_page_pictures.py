"""Pictures a web page's article shows (pages printed as pictures, charts) are named in a warning.

Government sites often show a notice's pages, an attachment's table or a bulletin's charts as
pictures. Their text is not in the page; before, nothing said so.
"""

from __future__ import annotations

import pathlib

import pytest

import rulegov
from rulegov.io import read_document, read_plan_bytes, read_scheme_bytes

pytest.importorskip("selectolax")

PAGES = pathlib.Path(__file__).parent / "data" / "html"

ARTICLE = (
    "<h1>某县2023年法治政府建设工作要点</h1><p>一、加强组织领导</p><p>1.召开会议。</p>{pictures}"
)
SITE = (
    '<html><head><meta charset="utf-8"></head><body><div class="nav">'
    '<img src="/images/logo.png">首页 &gt; 政务公开</div><div class="article">{article}</div>'
    '<div class="footer"><img src="/images/police.png">版权所有</div></body></html>'
)


def _page(pictures: str) -> bytes:
    return SITE.format(article=ARTICLE.format(pictures=pictures)).encode()


def _notes(diagnostics):
    return [d for d in diagnostics if d.code == "unread-pictures"]


@pytest.mark.parametrize(
    ("pictures", "named"),
    [
        pytest.param(
            '<p><img src="/files/2023/p1.jpg"></p><p><img src="/files/2023/p2.jpg"></p>',
            "2 pictures (p1.jpg, p2.jpg)",
            id="pages",
        ),
        pytest.param(
            '<p><img data-src="/u/cms/附件1.png?v=3" src=""></p>',
            "1 picture (附件1.png)",
            id="lazy",
        ),
        pytest.param(
            '<img src="/images/grey.gif" data-src="/uploads/2024/fa1.jpg">'
            '<img src="/images/loading.png" data-original="/uploads/2024/fa2.jpg">',
            "2 pictures (fa1.jpg, fa2.jpg)",
            id="lazy-placeholder",
        ),
        pytest.param(
            '<img src="/uploads/2024/timeline.png">', "1 picture (timeline.png)", id="chart"
        ),
        pytest.param(
            "".join(f'<img src="/up/{n}.jpeg" style="width:600px">' for n in range(7)),
            "7 pictures (0.jpeg, 1.jpeg, 2.jpeg, 3.jpeg, 4.jpeg, …)",
            id="many",
        ),
    ],
)
def test_pictures_in_the_article_are_named(pictures, named):
    plan = read_plan_bytes(_page(pictures), source="要点.html")
    assert [task.title for task in plan.tasks] == ["召开会议"]
    (note,) = _notes(plan.diagnostics)
    assert named in note.message
    assert "run OCR" in note.message


@pytest.mark.parametrize(
    "pictures",
    [
        pytest.param("", id="none"),
        pytest.param(
            '<img src="/images/icon_print.png"><img src="/img/share_weixin.png">', id="icons"
        ),
        pytest.param('<img src="/s/dot.gif"><img src="/t/count.png" width="1">', id="tiny"),
        pytest.param(
            '<img src="/images/fenxiang_wx.png"><img src="/images/dayin.png">'
            '<img src="/images/guanbi.png">',
            id="pinyin-icons",
        ),
        pytest.param('<img src="/t/c.png" style="width:1px !important;height:1px">', id="counter"),
    ],
)
def test_the_site_s_pictures_are_no_warning(pictures):
    assert not _notes(read_plan_bytes(_page(pictures), source="要点.html").diagnostics)


def test_a_real_bulletin_names_its_charts_and_the_document_carries_them():
    document = read_document(PAGES / "wanzai_2022.html")
    (note,) = document.notes
    assert note.code == "unread-pictures"
    assert note.message.startswith("the article shows 11 pictures (20230511102347160001.jpg")
    assert _notes(rulegov.read_plan(PAGES / "wanzai_2022.html").diagnostics) == [note]


def test_a_scheme_page_s_pictures_are_named_too():
    page = SITE.format(
        article="<h1>某县法治建设考核细则</h1><p>一、组织领导（10分）。未成立领导小组的扣10分。</p>"
        '<p><img src="/files/评分表.jpg"></p>'
    ).encode()
    scheme = read_scheme_bytes(page, source="细则.html")
    assert [node.name for node in scheme.root.children] == ["组织领导"]
    assert "评分表.jpg" in _notes(scheme.diagnostics)[0].message
