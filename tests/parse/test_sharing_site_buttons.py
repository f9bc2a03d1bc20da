"""A document-sharing site's button printed after the document's name is no part of its title.

Sharing sites print a document's name as the page's heading with a button beside it (下载本文,
免费下载, 下载全文, 全文下载). A copy of such a page from a later page of the document starts
with that heading over the tail of a sentence cut by the page break; the title is the name
alone, and the cut sentence is no part of it.
"""

from __future__ import annotations

import pytest

import rulegov

_BODY = (
    "\n"
    "(三)加强依法行政工作考核。根据省的部署,制定评价指标体系。(市法制局牵头,市监察局配合)\n"
    "\n"
    "(四)加强法制机构和队伍建设。充分发挥法制机构作用。(市编委办牵头,市财政局配合)\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # the button after a space, over the tail of a cut sentence
            "2016年到2020年某某市法治政府建设“十三五”规划 下载本文\n\n头,各 有关部门配合)",
            "2016年到2020年某某市法治政府建设“十三五”规划",
        ),
        (  # the button alone, no tail under it
            "2016年到2020年某某市法治政府建设“十三五”规划 下载本文",
            "2016年到2020年某某市法治政府建设“十三五”规划",
        ),
        (  # another button, apart by two spaces, over another tail
            "某县法治政府建设实施方案  免费下载\n\n持续推进(县司法局牵头)",
            "某县法治政府建设实施方案",
        ),
        (  # the button run onto the name
            "某县法治政府建设实施方案下载全文\n\n查,各乡镇配合)",
            "某县法治政府建设实施方案",
        ),
        (  # a year's plan, the button over its first part
            "某区2020年普法依法治理工作要点 全文下载\n一、总体要求",
            "某区2020年普法依法治理工作要点",
        ),
    ],
)
def test_a_sharing_site_button_is_no_part_of_the_title(head: str, title: str) -> None:
    plan = rulegov.parse_plan(head + "\n" + _BODY)
    assert plan.title == title


def test_the_tasks_under_such_a_head_keep_their_units() -> None:
    plan = rulegov.parse_plan(
        "2016年到2020年某某市法治政府建设“十三五”规划 下载本文\n\n头,各 有关部门配合)\n" + _BODY
    )
    assert [task.title for task in plan.tasks] == ["加强依法行政工作考核", "加强法制机构和队伍建设"]
    assert [a.unit_name or a.unit for a in plan.tasks[0].assignments] == ["市法制局", "市监察局"]
