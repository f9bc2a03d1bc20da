"""A page's column named over a heading that opens with its organ before 关于.

A site prints the name of the column a document is filed in above the document's heading, once
or twice (the side bar's and the crumb's: 法律事务 / 法律事务). When the heading under it opens
with the organ that issues it before 关于 and names its kind (某委员会关于…的决议, 某局关于…的意见),
nothing stands before it: the column's short name is the page's, and the heading is the title,
its organ the issuer. Before, a column's name the reader did not know stood as the plan's title
and the plan had no issuer.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = (
    "\n"
    "时间:2021-06-10     作者:     点击:\n"
    "\n"
    "(2021年6月10日某市人大常委会第二十九次会议通过)\n"
    "\n"
    "2016年至2020年,全市第七个五年法治宣传教育决议顺利实施。特作决议如下:\n"
    "\n"
    "一、以习近平法治思想引领全民普法工作。坚持习近平新时代中国特色社会主义思想。\n"
)
HEADING = "某市人民代表大会常务委员会关于开展第八个五年法治宣传教育的决议"


@pytest.mark.parametrize(
    "column", ["法律事务\n法律事务\n\n", "法律事务\n\n", "校务公开\n", "党务公开\n\n"]
)
def test_the_column_is_the_pages_and_the_heading_the_title(column: str) -> None:
    plan = rulegov.parse_plan(column + HEADING + BODY)
    assert plan.title == HEADING
    assert plan.issuer == "某市人民代表大会常务委员会"


def test_a_heading_that_names_its_kind_so() -> None:
    heading = "某市司法局关于进一步加强普法工作的意见"
    plan = rulegov.parse_plan("法律事务\n法律事务\n\n" + heading + BODY)
    assert plan.title == heading
    assert plan.issuer == "某市司法局"


def test_a_short_line_over_a_heading_without_its_organ_is_read_as_before() -> None:
    # no organ before 关于: the line above may be the heading's first part
    plan = rulegov.parse_plan("法律事务\n\n关于开展第八个五年法治宣传教育的决议" + BODY)
    assert plan.title is not None
