"""An item number printed before a date: ``3.2021年6月至12月…``, ``3 .12月底前…``."""

from __future__ import annotations

import pytest

from schemetrees import scheme_leaves


@pytest.mark.parametrize(
    "text",
    [
        # one item a line, the third's date a year
        (
            "一、日常管理(21分)\n1.建立工作台账(10分)。\n2.熟悉辖区道路状况(3分)。\n"
            "3.2021年6月至12月,APP使用率每缺10%扣0.5分(8分)。\n"
        ),
        # a space before the point, the points labelled
        (
            "(二)日常管理(分值21分)\n1 .建立工作台账(分值10分)。\n2 .熟悉辖区道路状况(分值3分)。\n"
            "3 .2021年6月至12月,APP使用率每缺10%扣0.5分(分值8分)。\n"
        ),
        # the items in one run, after a full stop
        (
            "(二)日常管理(分值21分)1 .建立工作台账(分值10分)。2 .熟悉辖区道路状况(分值3分)。"
            "3 .2021年6月至12月,APP使用率每缺10%扣0.5分(分值8分)。\n"
        ),
        # a full-width point, the items in one run
        (
            "一、日常管理(21分)1．建立工作台账(10分)。2．熟悉辖区道路状况(3分)。"
            "3．2021年6月至12月,APP使用率每缺10%扣0.5分(8分)。\n"
        ),
    ],
)
def test_a_number_before_a_year_runs_on_the_list(text):
    items = scheme_leaves(text)
    assert [points for _, points in items] == [10.0, 3.0, 8.0]
    assert items[2][0].startswith("2021年6月至12月")


@pytest.mark.parametrize(
    "text",
    [
        "一、排查整治(20分)\n1.建立台账(10分)。\n2.12月底前完成排查(10分)。\n",
        "一、排查整治(20分)1.建立台账(10分)。2.12月底前完成排查(10分)。\n",
        "一、排查整治(20分)\n1.建立台账(10分)。\n2.5日前报送排查结果(10分)。\n",
    ],
)
def test_a_number_before_a_month_or_a_day_runs_on_the_list(text):
    items = scheme_leaves(text)
    assert [points for _, points in items] == [10.0, 10.0]
    assert items[1][0].startswith(("12月底前", "5日前"))


def test_a_decimal_that_is_no_date_stays_in_the_text():
    items = scheme_leaves(
        "一、经费保障(20分)\n1.经费列入预算(10分)。\n2.经费增长(10分),增长2.5倍以上得满分。\n"
    )
    assert [name for name, _ in items] == ["经费列入预算", "经费增长"]
