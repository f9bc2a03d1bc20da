"""Rules of the genre read for the fifty-eighth set of appraisal documents (``schemes/real58``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov
from schemetrees import case_review


def _bands(scheme: rulegov.Scheme) -> list[tuple[str, float | None]]:
    assert scheme.grading is not None
    return [(band.label, band.min) for band in scheme.grading.bands]


def test_a_grade_of_units_named_with_its_field_and_its_work_is_a_band():
    text = (
        "某镇消防安全工作考核细则\n"
        "一、组织领导(20分)\n"
        "1、成立消防安全领导小组(10分)。\n"
        "2、逐级签订消防安全责任书(10分)。\n"
        "二、评定标准\n"
        "考核得分在80分(含80分)以上的为消防安全工作合格单位;"
        "79分以下的为消防安全工作不合格单位。\n"
    )
    assert _bands(rulegov.parse_scheme(text)) == [
        ("消防安全工作合格单位", 80.0),
        ("消防安全工作不合格单位", None),
    ]


def test_a_file_of_a_case_review_set_to_nought_is_a_veto():
    for rule in (
        "凡存在合法性问题的,扣除全部分数,该案卷得分为零。",
        "基本标准中任何一项存在问题,评查总分即为零分。",
        "案卷主体不合法的,案卷得0分。",
    ):
        scheme = rulegov.parse_scheme(case_review(rule))
        vetoes = [item for item in scheme.rules if item.kind == "veto"]
        assert [veto.reason for veto in vetoes] == [rule.rstrip("。")], rule


def test_no_failing_file_as_a_target_is_no_veto():
    text = (
        "某局行政执法工作考核细则\n"
        "一、执法质量(20分)\n"
        "1、案卷规范,不合格案卷为零(10分)。\n"
        "2、无行政复议被撤销案件(10分)。\n"
    )
    assert not [item for item in rulegov.parse_scheme(text).rules if item.kind == "veto"]


def test_an_indicator_closed_by_a_bare_figure_in_brackets_states_its_points():
    text = (
        "某县政务公开考核指标体系\n\n一级指标\n\n二级指标\n\n三级指标\n\n分值\n\n"
        "主动公开(20)\n\n基础信息\n\n是否公开机构职能\n\n0.50\n\n是否公开领导信息\n\n1.00\n\n"
        "政策解读(10)\n\n解读材料\n\n是否同步发布政策解读\n\n2.00\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.cap) for node in scheme.root.children] == [
        ("主动公开", 20.0),
        ("政策解读", 10.0),
    ]
