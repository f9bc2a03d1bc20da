"""A sharing site's page of a Word or PDF file: its record of the file and its page captions.

Sharing sites print the file's name (某方案.doc), a line on the upload (上传人:… 文档编号:…
上传时间:… 格式:DOC 页数:7 大小:33KB), their buttons (下载 相关 举报, 点击查看更多>>), a caption under
each page they show as an image (某方案.doc_第1页 over 第1页 / 共7页) and a label over the text
(资源描述, 文档简介). None of it is the title: the document's own heading is.
"""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth

_BODY = (
    "某县法治宣传教育实施方案\n"
    "为深入开展法治宣传教育,制定本方案。\n"
    "一、工作目标\n"
    "提高全民法治素养。\n"
    "二、主要任务\n"
    "(一)加强宪法宣传。组织宪法宣传周活动。\n"
)


@pytest.mark.parametrize(
    "page",
    [
        (  # the whole record: the upload line, the buttons, two pages' captions, the label
            "收藏 分销(赏)\n\n某县法治宣传教育实施方案.doc\n\n"
            "上传人:精**** 文档编号:3142389 上传时间:2024-06-19 格式:DOC 页数:7 大小:33KB\n"
            "下载 相关 举报\n某县法治宣传教育实施方案.doc_第1页\n第1页 / 共7页\n"
            "某县法治宣传教育实施方案.doc_第2页\n第2页 / 共7页\n点击查看更多>>\n资源描述\n\n"
        ),
        (  # a shorter record of a .docx, one caption without its file's
            "某县法治宣传教育实施方案.docx\n上传人:张** 文档编号:55 上传时间:2023-01-02\n"
            "下载 相关 举报\n第1页 / 共3页\n资源描述\n"
        ),
        (  # a PDF's page caption under the label 文档简介
            "文档简介\n某县法治宣传教育实施方案.pdf_第1页\n第1页 / 共5页\n"
        ),
    ],
)
def test_the_sites_record_of_the_file_is_no_title(page: str) -> None:
    plan = rulegov.parse_plan(page + _BODY)
    assert plan.title == "某县法治宣传教育实施方案"
    assert [task.title for task in plan.tasks] == ["加强宪法宣传"]


def test_a_line_of_file_names_run_together_is_read_in_linear_time() -> None:
    # file names a copy ran into one line, then words that end no name: the line is no list of
    # files, found at once (it took minutes at 30 names, the time doubling with each name)
    name = "全国“宪法宣传周”宣传活动工作方案.docx"

    def run(count: int) -> object:
        return rulegov.parse_plan(name * count + "x\n" + _BODY)

    assert growth(run, 40) < LINEAR
    plan = rulegov.parse_plan(name * 30 + "x\n" + _BODY)
    assert [task.title for task in plan.tasks] == ["加强宪法宣传"]


def test_file_names_in_a_row_are_still_the_sites() -> None:
    line = "某县法治宣传教育实施方案.docx某县法治宣传教育实施方案.doc_第1页"
    plan = rulegov.parse_plan(line + "\n" + _BODY)
    assert plan.title == "某县法治宣传教育实施方案"
    assert any(d.code == "page-text" and d.line == 1 for d in plan.diagnostics)
