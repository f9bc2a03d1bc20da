"""A title that really ends in 参考模板 keeps it; a site's label after a document's kind is cut.

A sharing site labels a plan it holds 某方案参考模板 or 某计划模板范文: the label after the kind is
the site's. A document that is itself a template (某县行政执法文书参考模板, 本模板适用于…) names
itself so, and its title keeps the words.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

BODY = "一、适用范围\n1.本模板适用于县直各执法部门。\n2.各部门参照执行。\n"


@pytest.mark.parametrize(
    "title",
    [
        "某县行政执法文书参考模板",
        "某市合同审查意见书范文模板",
        "某县法律顾问服务合同模板范文",
        "某区行政复议决定书参考模板",
    ],
)
def test_a_template_keeps_its_name(title: str) -> None:
    assert parse_plan(f"{title}\n{BODY}").title == title


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("司法所长工作方案参考模板", "司法所长工作方案"),
        ("某县普法工作计划模板范文", "某县普法工作计划"),
        ("某县法治政府建设工作要点范文参考", "某县法治政府建设工作要点"),
        ("某镇依法行政实施意见范文模板", "某镇依法行政实施意见"),
    ],
)
def test_a_sites_label_after_a_kind_is_cut(printed: str, title: str) -> None:
    assert parse_plan(f"{printed}\n{BODY}").title == title
