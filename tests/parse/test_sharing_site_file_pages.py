"""A sharing site's page of a Word or PDF file: its record of the file and its page captions.

Sharing sites print the file's name (某方案.doc), a line on the upload (上传人:… 文档编号:…
上传时间:… 格式:DOC 页数:7 大小:33KB), their buttons (下载 相关 举报, 点击查看更多>>), a caption under
each page they show as an image (某方案.doc_第1页 over 第1页 / 共7页) and a label over the text
(资源描述, 文档简介). None of it is the title: the document's own heading is.
"""

from __future__ import annotations

import pytest

import rulegov

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
