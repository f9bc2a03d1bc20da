"""A list under a line reading 目录 at the end of a plan's text is the plan's, not a table of contents.

A table of contents is front matter: under 目录 before the text's first heading, a copy may end
inside it. After the text has opened its parts, a line reading only 目录 (a list of files or
archives to compile) over the plan's last items, running to the copy's end, heads those items:
they stay the plan's tasks.
"""

from __future__ import annotations

import pytest

import rulegov

_OPENING = "某县2024年档案工作要点\n一、加强档案收集\n1.做好年度文件归档。\n二、规范档案整理\n"


_KINDS = ["文书档案", "会计档案", "科技档案", "声像档案"]


@pytest.mark.parametrize(
    ("items", "count"),
    [
        ("（1）文书档案\n（2）会计档案\n（3）科技档案", 3),
        ("(1)文书档案\n(2)会计档案\n(3)科技档案\n(4)声像档案\n", 4),
        ("（1）文书档案\n\n（2）会计档案\n\n（3）科技档案\n\n", 3),
        ("①文书档案\n②会计档案\n③科技档案", 3),
    ],
    ids=["full-width", "half-width", "blank-lines", "circled"],
)
@pytest.mark.parametrize("head", ["目录", "目 录"])
def test_items_under_a_last_contents_line_stay_tasks(items: str, count: int, head: str) -> None:
    plan = rulegov.parse_plan(_OPENING + "1.按照以下分类编制：\n" + head + "\n" + items)
    titles = [task.title for task in plan.tasks]
    assert titles[0] == "做好年度文件归档"
    assert titles[-count:] == _KINDS[:count]


@pytest.mark.parametrize(
    "contents",
    [
        "目录\n一、加强档案收集\n二、规范档案整理\n三、强化档案利用\n",
        "目 录\n\n一、加强档案收集……1\n\n二、规范档案整理……2\n\n三、强化档案利用……3",
        "目录\n一、加强档案收集\n(一)做好年度文件归档\n二、规范档案整理\n(一)编制分类目录",
    ],
    ids=["bare", "leaders", "parts-and-items"],
)
def test_a_copy_that_ends_inside_front_contents_still_has_no_parts(contents: str) -> None:
    plan = rulegov.parse_plan("某县2024年档案工作要点\n" + contents)
    assert plan.title == "某县2024年档案工作要点"
    assert list(plan.walk_sections()) == []
    assert plan.tasks == []
