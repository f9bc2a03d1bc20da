"""Disclosure fields run into their values, one row of two apart by a space, the issuer a place.

A district's page may print its fields with no mark between a label and its value, two fields
a row apart by a space (``发文单位开发区·铁山区 效力状态有效``). Where the issuing field names a
place and no body of it (a district, a town, a development zone), the row is still the page's
fields: the place's value ends at the space, the next label is no part of it. A county, a
district or two places together name no issuer; a town or a street office, a body that
publishes in its own name, is the issuer where the document names no organ. A body's name in
the same field is the issuer.
"""

from __future__ import annotations

import pytest

import rulegov

HEADING = "关于某区2025年度法治政府建设情况的报告"
BODY = "\n正文\n\n2025年,我区深入推进法治政府建设。\n\n一、工作开展情况\n\n(一)深耕思想沃土。制定学习方案。\n"


def _read(field_row: str) -> rulegov.Plan:
    head = f"{HEADING}\n\n日期:2026-02-02 15:42 来源:某区\n\n索引号000014349/2026-07708 主题词\n"
    return rulegov.parse_plan(head + field_row + "\n生效日期 失效日期\n主题分类 体裁分类\n" + BODY)


@pytest.mark.parametrize("place", ["开发区·铁山区", "某区"])
@pytest.mark.parametrize("other", ["效力状态有效", "有效性有效", "主题分类综合政务"])
def test_a_bare_place_run_into_its_field_names_no_issuer(place: str, other: str) -> None:
    plan = _read(f"发文单位{place} {other}")
    assert plan.title == HEADING
    assert plan.issuer is None


@pytest.mark.parametrize("town", ["某县某镇", "某街道"])
@pytest.mark.parametrize("other", ["效力状态有效", "有效性有效", "主题分类综合政务"])
def test_a_town_run_into_its_field_is_the_issuer_up_to_the_space(town: str, other: str) -> None:
    plan = _read(f"发文单位{town} {other}")
    assert plan.title == HEADING
    assert plan.issuer == town


@pytest.mark.parametrize("organ", ["某区人民政府", "某区司法局"])
def test_a_bodys_name_run_into_its_field_is_the_issuer(organ: str) -> None:
    plan = _read(f"发文单位{organ} 效力状态有效")
    assert plan.issuer == organ
