"""Item numbers in brackets followed by a 、: ``(3)、本年度…``, ``(一)、加强领导``.

Plans of schools and townships often print an enumeration comma after a bracketed number; it
belongs to the number, not to the item's title.
"""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    ("first", "second"),
    [("(一)、", "(二)、"), ("（一）、", "（二）、"), ("(1)、", "(2)、"), ("（3）、", "（4）、")],
    ids=["chinese", "chinese-full-width", "arabic", "arabic-full-width"],
)
def test_the_comma_after_a_bracketed_number_is_no_part_of_the_title(
    first: str, second: str
) -> None:
    text = (
        "某小学2024年依法治校工作计划\n一、主要任务\n"
        f"{first}本年度开展普法教育专题活动。每月一次。\n"
        f"{second}以法制副校长工作为抓手,定期开展法制宣教。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == [
        "本年度开展普法教育专题活动",
        "以法制副校长工作为抓手,定期开展法制宣教",
    ]
