"""A site's count of a notice's characters under its date is page text, not the plan's title.

A page may print, under the date and the publication note, how long the notice and its
attachment are (``(正文431字,附件6508字)``); the attachment's title follows a few lines below. The
count is no part of the title.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = [
    "某市人民政府办公室关于分解下达2019年度市政府重点工作任务的通知",
    "各县、区人民政府,市政府各部门:",
    "现将2019年度市政府重点工作任务分解下达给你们(见附件),请认真组织实施。",
    "                           2019年5月14日",
    "(此件公开发布)",
]
TABLE = [
    "附件",
    "2019年度市政府重点工作任务分解表",
    "序号",
    "目标与任务",
    "牵头责任单位",
    "责任单位",
    "1",
    "扎实推进三大保卫战。削减污染物排放总量。",
    "市生态环境局",
    "各县区政府",
]


@pytest.mark.parametrize(
    "count", ["(正文431字,附件6508字)", "（正文431字，附件6508字）", "(正文512字)"]
)
def test_the_count_of_characters_is_no_part_of_the_title(count: str) -> None:
    plan = rulegov.parse_plan("\n".join([*HEAD, count, "", *TABLE]))
    assert plan.title == "2019年度市政府重点工作任务分解表"
