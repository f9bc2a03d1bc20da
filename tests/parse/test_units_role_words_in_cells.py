"""A role word after a list of names, after a name with a role of its own: each name of the list has it.

``X牵头，Y、Z配合`` gives Y the role of Z, in a table's units cell as in a bracket after a task; a
list with one role word (``Y、Z配合`` alone) keeps the column's role for Y.
"""

from __future__ import annotations

import pytest

import rulegov

TITLE = "某区2024年法治政府建设重点任务分工表\n"
HEAD = "某区2024年法治政府建设工作要点\n一、重点任务\n"


def _pipe(cell: str) -> str:
    rows = [
        ["序号", "工作任务", "责任单位"],
        ["1", "加强行政执法", cell],
        ["2", "开展普法宣传", "区委宣传部"],
    ]
    return TITLE + "\n".join("| " + " | ".join(row) + " |" for row in rows) + "\n"


def _tabs(cell: str) -> str:
    rows = [
        ["序号", "工作任务", "责任单位"],
        ["1", "加强行政执法", cell],
        ["2", "开展普法宣传", "区委宣传部"],
    ]
    return TITLE + "\n".join("\t".join(row) for row in rows) + "\n"


def _bracket(cell: str) -> str:
    return HEAD + f"1.加强行政执法。（{cell}）\n2.开展普法宣传。（责任单位：区委宣传部）\n"


@pytest.mark.parametrize("printed", [_pipe, _tabs, _bracket])
@pytest.mark.parametrize(
    ("cell", "units"),
    [
        (
            "区司法局牵头，区法院、区检察院配合",
            [("区司法局", "lead"), ("区法院", "cooperating"), ("区检察院", "cooperating")],
        ),
        (
            "区司法局牵头,区法院、区检察院、各镇街配合",
            [
                ("区司法局", "lead"),
                ("区法院", "cooperating"),
                ("区检察院", "cooperating"),
                ("各镇街", "cooperating"),
            ],
        ),
        (
            "区司法局、区法院牵头；区检察院、各镇街配合",
            [
                ("区司法局", "lead"),
                ("区法院", "lead"),
                ("区检察院", "cooperating"),
                ("各镇街", "cooperating"),
            ],
        ),
    ],
)
def test_a_list_between_two_role_words_takes_the_later(
    printed, cell: str, units: list[tuple[str, str]]
):
    plan = rulegov.parse_plan(printed(cell))
    assert [(a.unit_name, a.role.value) for a in plan.tasks[0].assignments] == units


@pytest.mark.parametrize("printed", [_pipe, _tabs])
def test_a_list_with_one_role_word_keeps_the_columns_role_before_it(printed):
    plan = rulegov.parse_plan(printed("区法院、区检察院配合"))
    roles = [(a.unit_name, a.role.value) for a in plan.tasks[0].assignments]
    assert roles == [("区法院", "responsible"), ("区检察院", "cooperating")]
