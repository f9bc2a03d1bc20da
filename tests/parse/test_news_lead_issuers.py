"""A news report's lead that names joint issuers run together, and the day they issued the plan.

A reprint's lead may name two offices without a mark between them
(``某县委办公室某县人民政府办公室印发了《…》``): they are two issuers, as a signature that runs them
together names them. A lead that opens with the full day (``2021年5月26日,X印发了《Y》``) dates the
plan's issue; a day without its year, or a month alone, dates nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

REPORT = """某网
某县印发《某县2023年十件民生实事实施方案》
2023-06-20 10:00:00来源:某县人民政府
{lead}某县委办公室某县人民政府办公室印发了《某县2023年十件民生实事实施方案》,决定突出办好十件民生实事。
某县2023年十件民生实事实施方案
一、新建公办幼儿园2所(责任单位:县教育局)
新建公办幼儿园2所,计划安排资金300万元。
"""


def test_joint_offices_run_together_are_two_issuers() -> None:
    plan = rulegov.parse_plan(REPORT.replace("{lead}", "近日,某省某市"))
    assert plan.issuer == "某省某市某县委办公室、某县人民政府办公室"
    assert plan.title == "某县2023年十件民生实事实施方案"


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("2023年4月12日,", dt.date(2023, 4, 12)),
        ("2023年4月12日，", dt.date(2023, 4, 12)),
        ("4月12日,", None),
        ("近日,", None),
    ],
)
def test_a_lead_dated_in_full_dates_the_issue(lead: str, day: dt.date | None) -> None:
    plan = rulegov.parse_plan(REPORT.replace("{lead}", lead))
    assert plan.issued_on == day
    assert plan.issuer == "某县委办公室、某县人民政府办公室"


def test_one_issuer_stays_whole() -> None:
    report = REPORT.replace("{lead}", "2023年4月12日,").replace("某县委办公室", "")
    plan = rulegov.parse_plan(report)
    assert plan.issuer == "某县人民政府办公室"
