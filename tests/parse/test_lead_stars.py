"""A star beside a unit's name marks the lead of its task (区司法局*, ★区发改委, 区司法局＊)."""

from __future__ import annotations

import pytest

import rulegov
from plantasks import task_units

HEAD = "某区2024年法治政府建设工作要点\n\n一、重点任务\n"
FIRST = "1.健全依法决策机制。严格落实重大行政决策程序规定。"
SECOND = "2.深化行政执法改革。全面推行行政执法三项制度。"


STARRED = [
    # in brackets after the task, the names alone
    FIRST + "（区司法局*、区法院、区检察院）\n" + SECOND + "（区政府办*、区财政局）\n",
    # a full-width star, a 〔〕 bracket, names parted by commas
    FIRST + "〔区司法局＊，区法院，区检察院〕\n" + SECOND + "〔区政府办＊，区财政局〕\n",
    # a star before the name
    FIRST + "（★区司法局、区法院、区检察院）\n" + SECOND + "（★区政府办、区财政局）\n",
    # after a label of responsible units, on a line of its own
    FIRST
    + "\n责任单位：区司法局*、区法院、区检察院\n"
    + SECOND
    + "\n责任单位：区政府办*、区财政局\n",
    # the names alone in a bracket on a line of their own under the task
    FIRST + "\n（区司法局*、区法院、区检察院）\n" + SECOND + "\n（区政府办*、区财政局）\n",
]


@pytest.mark.parametrize(
    "body", STARRED, ids=["bracket", "full-width", "before", "label", "own-line"]
)
def test_a_starred_name_leads_and_the_others_are_responsible(body: str):
    assert task_units(rulegov.parse_plan(HEAD + body)) == [
        [("区司法局", "lead"), ("区法院", "responsible"), ("区检察院", "responsible")],
        [("区政府办", "lead"), ("区财政局", "responsible")],
    ]


@pytest.mark.parametrize(
    "note", ["（带*的为牵头单位）", "注：标注*号的为牵头单位。", "（加★者为牵头单位）"]
)
def test_the_remark_on_what_a_star_means_names_no_unit(note: str):
    body = FIRST + "（区司法局*、区法院）\n" + SECOND + "（区政府办*、区财政局）\n"
    plan = rulegov.parse_plan(HEAD + note + "\n" + body)
    assert task_units(plan) == [
        [("区司法局", "lead"), ("区法院", "responsible")],
        [("区政府办", "lead"), ("区财政局", "responsible")],
    ]


@pytest.mark.parametrize(
    "table",
    [
        (
            "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n"
            "| 1 | 健全依法决策机制 | 区司法局*、区法院 | 2024年12月 |\n"
            "| 2 | 深化行政执法改革 | 区政府办*、区财政局 | 长期坚持 |\n"
        ),
        (
            "序号\t工作任务\t责任单位\t完成时限\n"
            "1\t健全依法决策机制\t★区司法局、区法院\t2024年12月\n"
            "2\t深化行政执法改革\t★区政府办、区财政局\t长期坚持\n"
        ),
    ],
)
def test_a_starred_name_in_a_units_column_leads(table: str):
    plan = rulegov.parse_plan("某区2024年重点任务分工\n\n" + table)
    assert task_units(plan) == [
        [("区司法局", "lead"), ("区法院", "responsible")],
        [("区政府办", "lead"), ("区财政局", "responsible")],
    ]


def test_a_starred_bracket_is_read_beside_labelled_ones():
    # a plan that labels some tasks' units still reads the starred names of another's
    body = (
        FIRST + "（区司法局*、区法院）\n" + SECOND + "（牵头单位：区政府办；责任单位：区财政局）\n"
    )
    assert task_units(rulegov.parse_plan(HEAD + body)) == [
        [("区司法局", "lead"), ("区法院", "responsible")],
        [("区政府办", "lead"), ("区财政局", "responsible")],
    ]
