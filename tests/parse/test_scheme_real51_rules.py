"""Rules of the genre read for the fifty-first set of appraisal documents (``schemes/real51``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _bands(text: str) -> list[tuple[str, float | None]]:
    scheme = rulegov.parse_scheme(text)
    assert scheme.grading is not None
    return [(band.label, band.min) for band in scheme.grading.bands]


def test_star_grades_set_by_the_score_are_grade_bands():
    text = (
        "关于做好村级组织星级评定工作的通知\n"
        "一、评定办法\n"
        "星级评定实行百分制考评。总分95分(含)以上可评定为五星级,85(含)—94分可评定为四星级,"
        "75(含)—84分可评定为三星级,75分以下评定为二星级。\n"
    )
    assert _bands(text) == [
        ("五星级", 95.0),
        ("四星级", 85.0),
        ("三星级", 75.0),
        ("二星级", None),
    ]
