"""A sharing site's notice to its readers over the file it holds is the site's, not the plan's.

A document-sharing site prints, above the text it extracted, a labelled notice of numbered tips
(``温馨提示:`` / ``1. 部分包含数学公式或PPT动画的文件,…请放心下载。`` / ``3. 下载前请仔细阅读文档内容,…``)
and its service line: the label is no addressee, and the tips, numbered like items, are neither
tasks nor the plan's title; the plan's parts and items below are read as ever.
"""

from __future__ import annotations

import rulegov

TEXT = (
    "温馨提示:\n"
    "1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。\n"
    "2. 本文档由用户上传,版权归属用户,某某网负责整理代发布。如果您对本文档版权有争议请及时联系客服。\n"
    "3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载,若出现内容与标题不符可向本站投诉处理。\n"
    "4. 下载文档时可能由于网络波动等原因无法下载或下载错误,付费完成后未能成功下载的用户请联系客服处理。\n"
    "网站客服:1234567890\n"
    "某县普法依法治理工作计划\n"
    "为深入开展法治宣传教育,制定本计划。\n"
    "一、工作目标\n"
    "提高全民法治素养。\n"
    "二、主要任务\n"
    "(一)深入学习宣传宪法。组织宪法宣传周活动。\n"
    "(二)推进法律进乡村。开展送法下乡活动。\n"
)


def test_the_sites_numbered_tips_are_no_tasks_and_its_label_no_addressee() -> None:
    plan = rulegov.parse_plan(TEXT)
    assert plan.recipients == []
    assert [task.title for task in plan.tasks] == ["深入学习宣传宪法", "推进法律进乡村"]
    assert plan.title == "某县普法依法治理工作计划"


def test_a_task_that_speaks_of_a_notice_keeps_its_words() -> None:
    plan = rulegov.parse_plan(
        "某县政务服务工作要点\n一、优化服务\n(一)推送温馨提示短信。办件到期前发送温馨提示。\n"
    )
    assert [task.title for task in plan.tasks] == ["推送温馨提示短信"]
