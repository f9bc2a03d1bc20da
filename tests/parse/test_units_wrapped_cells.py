"""A units cell of a table that wraps onto a row of its own, inside a division of work by role words.

A copy of a printed table breaks a long units cell over two rows, the second with that cell alone
filled: the break may fall inside a name after a role word (办公室牵头,各科 / 室配合), after the
place that heads the next name (区司法局牵头，区 / 法院配合) or inside the bracket of a name's
role (区委宣传部（牵 / 头）、区法院). The two lines are one cell.
"""

from __future__ import annotations

import pytest

import rulegov

TITLE = "某区2024年法治政府建设重点任务分工表\n"


def _table(first: str, rest: str, sign: str) -> str:
    rows = [
        ["序号", "工作任务", "责任单位"],
        ["1", "加强行政执法", first],
        ["", "", rest],
        ["2", "开展普法宣传", "区委宣传部"],
    ]
    if sign == "|":
        return TITLE + "\n".join("| " + " | ".join(row) + " |" for row in rows) + "\n"
    return TITLE + "\n".join(sign.join(row) for row in rows) + "\n"


CASES = [
    ("区司法局牵头,各科", "室配合", [("区司法局", "lead"), ("各科室", "cooperating")]),
    ("区司法局牵头，区", "法院配合", [("区司法局", "lead"), ("区法院", "cooperating")]),
    (
        "区司法局牵头，区法院、区",
        "检察院配合",
        [("区司法局", "lead"), ("区法院", "cooperating"), ("区检察院", "cooperating")],
    ),
    ("区委宣传部（牵", "头）、区法院", [("区委宣传部", "lead"), ("区法院", "responsible")]),
    ("区委宣传部(牵", "头)、区法院", [("区委宣传部", "lead"), ("区法院", "responsible")]),
    (
        "区司法局、区法",
        "院、区检察院",
        [("区司法局", "responsible"), ("区法院", "responsible"), ("区检察院", "responsible")],
    ),
]


@pytest.mark.parametrize("sign", ["|"])
@pytest.mark.parametrize(("first", "rest", "units"), CASES)
def test_a_units_cell_wrapped_onto_a_row_of_its_own_is_one_cell(
    sign: str, first: str, rest: str, units: list[tuple[str, str]]
):
    plan = rulegov.parse_plan(_table(first, rest, sign))
    assert [(a.unit_name, a.role.value) for a in plan.tasks[0].assignments] == units
    assert [a.unit_name for a in plan.tasks[1].assignments] == ["区委宣传部"]


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("区司法局牵头，区法院配合", "区检察院"),
        ("区司法局（牵头）", "区法院"),
        ("区司法局、区法院", "区检察院"),
    ],
)
def test_a_row_of_whole_names_under_a_whole_cell_is_no_part_of_a_name(first: str, rest: str):
    plan = rulegov.parse_plan(_table(first, rest, "|"))
    names = [a.unit_name for a in plan.tasks[0].assignments]
    assert rest in names
    assert not any(name.endswith(rest) and name != rest for name in names)
