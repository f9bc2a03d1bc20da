"""A plan's name over the page's date is its title, and the period under the date is the title's.

A site prints a plan's name, then the page's date on a line of its own, then the plan's period
(``某局实施方案 / 2016-09-08 / (2016-2020年)``), over a menu label of its sub-sites (``市局子站:``).
The name of a plan signs nothing (a signature is an organ's), so the date under it is no
signature's; the date is the page's, and the period under it goes with the title. The label of a
site's sub-sites is the site's menu, not the plan's recipients.
"""

from __future__ import annotations

from rulegov import parse_plan

PAGE = """市局子站:
依法行政
某市税务局法治政府建设实施方案

2016-09-08

(2016-2020年)

为认真贯彻落实《某省法治政府建设实施方案》,结合我局实际,制定本实施方案。
一、总体要求
(一)指导思想
坚持依法行政。
"""


def test_the_period_under_the_page_s_date_goes_with_the_title() -> None:
    plan = parse_plan(PAGE)
    assert plan.title == "某市税务局法治政府建设实施方案(2016-2020年)"
    assert plan.issued_on is None


def test_a_site_s_sub_sites_label_is_no_recipient() -> None:
    assert parse_plan(PAGE).recipients == []


def test_a_date_with_no_period_under_it_ends_the_title() -> None:
    plan = parse_plan(PAGE.replace("(2016-2020年)\n", ""))
    assert plan.title == "某市税务局法治政府建设实施方案"
