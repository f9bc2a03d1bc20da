"""Units cells that list many names, name their role after the last, or stand for others unnamed.

- A table copied a cell a line whose units cell lists a dozen bureaus runs past the length of a
  sentence; each of its parts is as short as one name, so it is still the row's units cell, not
  its task's text (a task's text lists parts of its work, few of them ending as an organ's name).
- ``…、功能区管委会负责落实``: the words after the last name say who carries the work out; the
  name ends before them, as before ``负责`` or ``按职责分工负责``.
- ``区发改委等相关区直部门``, ``市财政局等市级相关单位``: the words after 等 stand for the bodies
  the list leaves unnamed, however they are put; they are no part of the name before them.
"""

from __future__ import annotations

import pytest

import rulegov

TITLE = "某区2025年政务公开重点工作任务分工\n"
LONG = (
    "区人社局、区住建局、区教育局、区卫健委、区生态环境分局、区民政局、区文化旅游体育局、"
    "区农水局、区财政局,各镇(办)、经开区"
)
NAMES = [
    "区人社局", "区住建局", "区教育局", "区卫健委", "区生态环境分局", "区民政局",
    "区文化旅游体育局", "区农水局", "区财政局", "各镇(办)", "经开区",
]  # fmt: skip


def _cells(units: str) -> str:
    cells = [
        "工作任务 |", "具体工作要求 |", "责任单位 |", "完成时限 |",
        "一、深入推进政策公开 |",
        "1 |", "及时发布政策信息及执行效果。 |", "区政府办 |", "持续推进 |",
        "2 |", "常态化公开就业、住房、教育、医疗、养老、社会保障、公共体育、旅游等领域信息。 |",
        f"{units} |", "持续推进 |",
        "3 |", "推进权力配置信息公开。 |", "区直各部门 |", "持续推进 |",
    ]  # fmt: skip
    return TITLE + "\n".join(cells) + "\n"


def _names(plan: rulegov.Plan) -> list[list[str]]:
    return [[a.unit_name or a.unit for a in task.assignments] for task in plan.tasks]


def test_a_long_cell_of_short_names_is_the_rows_units():
    plan = rulegov.parse_plan(_cells(LONG))
    assert [task.title for task in plan.tasks] == [
        "及时发布政策信息及执行效果",
        "常态化公开就业、住房、教育、医疗、养老、社会保障、公共体育、旅游等领域信息",
        "推进权力配置信息公开",
    ]
    assert _names(plan) == [["区政府办"], NAMES, ["区直各部门"]]


def test_a_long_cell_of_long_parts_is_no_list_of_units():
    # a sentence's parts run longer than names: the cell is read as no units
    sentence = (
        "建立健全政务公开工作机构并配齐专职工作人员、完善政府信息公开保密审查制度和工作流程、"
        "定期开展政务公开业务培训和工作交流研讨活动"
    )
    names = _names(rulegov.parse_plan(_cells(sentence)))
    assert all(
        "完善政府信息公开保密审查制度和工作流程" not in name for row in names for name in row
    )


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "市政府各有关部门,各区人民政府、功能区管委会负责落实",
            ["市政府各有关部门", "各区人民政府", "功能区管委会"],
        ),
        ("区发改委等相关区直部门、各镇(办)、经开区", ["区发改委", "各镇(办)", "经开区"]),
        ("市市场监管局、市财政局等市级相关单位", ["市市场监管局", "市财政局"]),
        ("区政府办、区商务局等相关区直部门", ["区政府办", "区商务局"]),
        ("市住建局等有关部门", ["市住建局"]),
    ],
)
def test_the_words_after_the_last_name_are_no_part_of_it(cell, expected):
    text = (
        TITLE
        + "\n".join(
            [
                "| 序号 | 工作任务 | 责任单位 |",
                f"| 1 | 加强政策信息公开 | {cell} |",
                "| 2 | 深化政策解读 | 区政府办 |",
            ]
        )
        + "\n"
    )
    names = _names(rulegov.parse_plan(text))
    assert names == [expected, ["区政府办"]]
    roles = {a.role.value for a in rulegov.parse_plan(text).tasks[0].assignments}
    assert roles == {"responsible"}


def test_a_name_whose_words_after_etc_say_no_others_keeps_them():
    # 高等学校: 等 in a word, with no 有关 or 相关 after it
    text = TITLE + "| 序号 | 工作任务 | 责任单位 |\n| 1 | 加强政策信息公开 | 市高等学校工委 |\n"
    assert _names(rulegov.parse_plan(text)) == [["市高等学校工委"]]
