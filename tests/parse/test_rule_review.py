"""Inputs of the genre that the rules of the latest sets read too broadly, each made up.

Each test is a short made-up text of a shape a real document may print, not a copy of one.
"""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR
from rulegov.parse import _header_signed
from schemetrees import case_review


@pytest.mark.parametrize(
    "rule",
    [
        "文书每有一处错误,案卷得分按0.5分扣减。",
        "每缺一份文书,评查得分计0.5分。",
        "案卷得分按零点五分每处扣减。",
    ],
)
def test_a_deduction_of_a_fraction_from_a_file_is_no_veto(rule: str) -> None:
    scheme = rulegov.parse_scheme(case_review(rule))
    assert not [item for item in scheme.rules if item.kind == "veto"]


def test_a_file_set_to_nought_is_still_a_veto() -> None:
    scheme = rulegov.parse_scheme(case_review("该案卷得分为零。"))
    assert [item.reason for item in scheme.rules if item.kind == "veto"] == ["该案卷得分为零"]


@pytest.mark.parametrize("verb", ["授予", "获得", "命名", "表彰"])
def test_the_verb_awarding_a_grade_of_units_is_no_part_of_its_name(verb: str) -> None:
    text = (
        "某镇综治工作考核细则\n"
        "一、组织领导(20分)\n"
        "1、成立领导小组(10分)。\n"
        "2、签订责任书(10分)。\n"
        "二、评定标准\n"
        f"考核得分在80分以上的{verb}综治工作合格单位;79分以下的为综治工作不合格单位。\n"
    )
    grading = rulegov.parse_scheme(text).grading
    assert grading is not None
    assert [band.label for band in grading.bands] == ["综治工作合格单位", "综治工作不合格单位"]


def test_a_notice_heading_that_lost_only_its_opening_quote_names_the_plan_after_its_verb() -> None:
    text = (
        "某县人民政府关于印发某县法治政府建设实施方案》的通知\n"
        "各乡镇人民政府:\n"
        "现将方案印发给你们,请认真贯彻执行。\n"
        "某县人民政府\n"
        "2023年3月1日\n"
        "一、总体要求\n"
        "坚持依法行政。\n"
        "二、主要任务\n"
        "(一)完善制度。\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.title == "某县法治政府建设实施方案"
    span = plan.spans["title"]
    assert text[span.start : span.end] == plan.title


def test_a_run_of_sealed_organ_lines_with_no_date_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each line of organs' names once looked back over every line above it for a call."""
    looked = 0

    def counted(text: str) -> str:
        nonlocal looked
        looked += 1
        return text

    monkeypatch.setattr(_header_signed, "simplified", counted)

    def looks(count: int) -> int:
        nonlocal looked
        looked = 0
        rulegov.parse_plan("某县法治政府建设实施方案\n" + "某县人民政府办公室(借章)\n" * count)
        return looked

    assert looks(400) < LINEAR * max(looks(100), 1)
