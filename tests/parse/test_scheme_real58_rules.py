"""Rules of the genre read for the fifty-eighth set of appraisal documents (``schemes/real58``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


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
