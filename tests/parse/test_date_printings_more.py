"""More printings of a signature's date: pasted indents, a date broken over two lines, glued page
numbers, stops, weekdays and figure-only disclosure values.

Each test writes the printing both in a whole notice that carries its plan and under a plan printed
with no notice.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from notices import DAY, NOTICE, ORGAN, PLAN


def _both(signature: str) -> list[rulegov.Plan]:
    return [
        rulegov.parse_plan(NOTICE + signature + PLAN),
        rulegov.parse_plan(PLAN + signature),
    ]


def _dates(signature: str) -> list[dt.date | None]:
    return [plan.issued_on for plan in _both(signature)]


@pytest.mark.parametrize(
    "signature",
    [
        f"\t\t{ORGAN}\n\t\t2023年5月10日\n",
        f"\t\t\t{ORGAN}\n\t\t\t2023年5月10日\n",
        f"\u3000\u3000\u3000\u3000{ORGAN}\n\u3000\u3000\u3000\u30002023年5月10日\n",
        f"{' ' * 40}{ORGAN}\n{' ' * 40}2023年5月10日\n",
        f"{' ' * 30}{ORGAN}\n{' ' * 31}2023年5月10日\n",
        f"\t\t{ORGAN}\n\t\t二〇二三年五月十日\n",
    ],
    ids=["two-tabs", "three-tabs", "full-width", "spaces", "uneven-spaces", "chinese-figures"],
)
def test_a_signature_indented_as_pasted_dates_the_document(signature: str) -> None:
    plans = _both(signature)
    assert [(p.issuer, p.issued_on) for p in plans] == [(ORGAN, DAY)] * 2


@pytest.mark.parametrize(
    "day",
    [
        "2023年5月\n10日",
        "2023年\n5月10日",
        "二〇二三年五\n月十日",
        "二〇二三年五月\n十日",
    ],
)
def test_a_date_broken_over_two_lines_dates_the_document(day: str) -> None:
    assert _dates(f"{ORGAN}\n{day}\n") == [DAY, DAY]


@pytest.mark.parametrize(
    "day",
    [
        "2023年5月10日— 2 —",
        "2023年5月10日 -3-",
        "2023年5月10日 第3页",
        "2023年5月10日 — 3 —",
        "2023年5月10日 第3页 共5页",
        "2023年5月10日－ 3 －",
    ],
)
def test_a_page_number_glued_onto_the_date_line_is_no_part_of_it(day: str) -> None:
    assert _dates(f"{ORGAN}\n{day}\n") == [DAY, DAY]


@pytest.mark.parametrize(
    "day", ["2023年5月10日。", "2023年5月10日，", "2023年5月10日.", "2023年5月10日；"]
)
def test_a_stop_after_the_date_is_no_part_of_it(day: str) -> None:
    assert _dates(f"{ORGAN}\n{day}\n") == [DAY, DAY]


@pytest.mark.parametrize(
    "day",
    [
        "2023年5月10日 星期三",
        "2023年5月10日（星期三）",
        "2023年5月10日(星期三)",
        "2023年5月10日 周三",
        "二〇二三年五月十日 星期三",
    ],
)
def test_a_weekday_after_the_date_is_no_part_of_it(day: str) -> None:
    assert _dates(f"{ORGAN}\n{day}\n") == [DAY, DAY]


@pytest.mark.parametrize(
    "day",
    ["成文日期：20230510", "成文日期：2023年05月10日", "成文日期：2023 年 5 月 10 日"],
)
def test_disclosure_values_in_other_forms_date_the_document(day: str) -> None:
    text = f"索引号：000000/2023-00001\n发文机关：{ORGAN}\n{day}\n" + NOTICE + PLAN
    assert rulegov.parse_plan(text).issued_on == DAY


@pytest.mark.parametrize("day", ["2023年05月10日", "2023 年 5 月 10 日", "2023年5 月10 日"])
def test_a_signature_date_with_padded_or_spaced_figures_dates_the_document(day: str) -> None:
    assert _dates(f"{ORGAN}\n{day}\n") == [DAY, DAY]


@pytest.mark.parametrize(
    "block",
    ["发布时间：2023年5月12日\n", "发布时间 2023-05-12\n", "发布时间：2023年5月12日 10:30\n"],
)
def test_a_pages_publication_time_is_no_date_of_issue(block: str) -> None:
    plan = rulegov.parse_plan(block + NOTICE + PLAN)
    assert plan.issued_on != dt.date(2023, 5, 12)


@pytest.mark.parametrize(
    "banner",
    [
        f"{ORGAN} 2019年12月3日星期二",
        f"{ORGAN}  2019年12月3日 星期二",
        "今天是2019年12月3日（周二）",
    ],
)
def test_a_sites_banner_of_todays_date_and_weekday_is_no_date_of_issue(banner: str) -> None:
    plan = rulegov.parse_plan(banner + "\n\n" + PLAN)
    assert plan.issued_on is None


@pytest.mark.parametrize("indent", ["\t", "\t\t", "\t\t\t\t"])
def test_joint_signers_indented_with_tabs_all_sign(indent: str) -> None:
    signature = f"{indent}中共某区委办公室\n{indent}{ORGAN}\n{indent}2023年5月10日\n"
    for plan in _both(signature):
        assert (plan.issuer, plan.issued_on) == (f"中共某区委办公室、{ORGAN}", DAY)


@pytest.mark.parametrize(
    "block",
    [
        f"发文机关  成文日期  发布时间\n{ORGAN}  2023年5月10日  2023年5月12日\n",
        f"发布时间  发文机关  成文日期\n2023年5月12日  {ORGAN}  2023年5月10日\n",
        "索引号\t发布时间\t成文日期\n001\t2023年5月12日\t2023年5月10日\n",
        "索引号 | 发布时间 | 成文日期\n001 | 2023年5月12日 | 2023年5月10日\n",
        "索引号  发文机关  成文日期\n001  某区人民政府办公室  20230510\n",
    ],
    ids=["spaced", "publication-first", "tabbed", "piped", "eight-figures"],
)
def test_a_disclosure_row_of_labels_over_values_under_the_text_dates_it(block: str) -> None:
    # the value under 成文日期 is the date of issue, never the one under 发布时间
    for text in (NOTICE + PLAN + block, PLAN + block):
        assert rulegov.parse_plan(text).issued_on == DAY


@pytest.mark.parametrize(
    "dates",
    [
        "2023年5月8日          2023年5月10日",
        "2023年5月10日          2023年5月8日",
        "二〇二三年五月八日      二〇二三年五月十日",
        "2023年5月8日\t\t2023年5月10日",
    ],
)
def test_a_date_under_each_of_two_signers_side_by_side_dates_by_the_later(dates: str) -> None:
    # a jointly issued document is dated by its last signature
    signature = f"中共某区委办公室          {ORGAN}\n{dates}\n"
    assert _dates(signature) == [DAY, DAY]
