"""Grade edges typeset with a space before 分 (``90 分(含90 分)以上``): bounds, not points."""

from __future__ import annotations

import pytest

import rulegov

_ITEMS = "考核办法\n一、组织领导(20分)\n1.成立领导小组(10分)\n2.制定方案(10分)\n二、考评等次\n"


@pytest.mark.parametrize(
    ("bands", "labels"),
    [
        (
            "优秀等次的考评分应在90 分(含90 分)以上。考评分为75 分(含75 分)至90 分(不含90 分)为达标。",
            [("优秀", 90.0), ("达标", 75.0)],
        ),
        (
            "得分在90 分（含90 分）以上的为优秀；75 分（含75 分）至90 分（不含90 分）的为良好。",
            [("优秀", 90.0), ("良好", 75.0)],
        ),
        (
            "得分在90分（含90分）以上的为优秀；75分（含75分）至90分（不含90分）的为良好。",
            [("优秀", 90.0), ("良好", 75.0)],
        ),
    ],
)
def test_typeset_edges_are_read_as_grade_bands(bands: str, labels: list[tuple[str, float]]) -> None:
    scheme = rulegov.parse_scheme(_ITEMS + bands + "\n")
    assert [node.id for node in scheme.nodes()[1:]] == ["1", "1.1", "1.2"]
    assert scheme.grading is not None
    assert [(band.label, band.min) for band in scheme.grading.bands] == labels


@pytest.mark.parametrize(
    "grades",
    [
        "(一)优秀。优秀等次的考评分应在90 分(含90 分)以上。\n(二)达标。考评分为75 分(含75 分)至90 分(不含90 分)。",
        "（一）优秀。考评分在90 分（含90 分）以上。\n（二）达标。考评分为75 分（含75 分）至90 分（不含90 分）。",
    ],
)
def test_a_typeset_edge_gives_no_item_its_points(grades: str) -> None:
    scheme = rulegov.parse_scheme(
        "考评办法\n二、考评内容\n(一)完成就业指标任务情况;\n(二)落实就业政策情况。\n"
        "三、考评等次及标准\n考评满分为100分。考评等次及标准为:\n" + grades + "\n"
    )
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("完成就业指标任务情况", None),
        ("落实就业政策情况", None),
    ]
