"""A task table whose first heading spans its parts, measures and numbers, copied with pipes.

A page copy of a table headed ``工作任务 | 具体要求 | 责任单位 | 时限要求`` whose 工作任务 cell is
merged over three columns (the part ``一、…``, the measure ``（一）…`` and the row's number) prints
each part's and measure's cell in the first row under it only, before the row's number:
``一、… | （一）… | 1 | 具体要求 | 责任单位 | 时限要求 |``, then ``2 | … | … | … |``. The parts
and measures are the sections of the rows under them, the numbers the rows' own, and the units
stand in the 责任单位 column of every row, the first included.
"""

from __future__ import annotations

import pytest

import rulegov

TITLE = "某市2022年政务公开任务分解责任清单\n"


def _units(plan: rulegov.Plan) -> list[tuple[tuple[str, ...], str, list[tuple[str, str]]]]:
    return [
        (
            task.path,
            task.title,
            [(a.unit_name or a.unit, a.role.value) for a in task.assignments],
        )
        for task in plan.tasks
    ]


def _text(*rows: str) -> str:
    return TITLE + "".join(f"{row}\n" for row in rows)


def _table(tail: str = " ||") -> str:
    rows = [
        f"工作任务 | 具体要求 | 责任单位 | 时限要求 |{tail}",
        (
            "一、以公开助力经济发展。 | （一）加强市场主体信息公开。 | 1 | 公开涉企政策文件的执行情况。 | "
            "市政府各有关部门，各区人民政府负责落实 | 持续推进 |"
        ),
        f"2 | 开设行业帮扶政策专题。 | 市商务局负责落实 | 持续推进 |{tail}",
        f"（二）加强市场监管信息公开。 | 3 | 公开市场监管规则和标准。 | 市市场监管局 | 持续推进 |{tail}",
        (
            "二、以公开促进社会治理。 | （一）推进执法信息公开。 | 4 | 公开行政执法结果。 | "
            "市司法局牵头，市政府各有关部门负责落实 | 6月底前 |"
        ),
    ]
    return _text(*rows)


@pytest.mark.parametrize("tail", [" ||", "", " |"])
def test_the_parts_and_measures_before_a_rows_number_are_its_sections(tail):
    plan = rulegov.parse_plan(_table(tail))
    assert [(section.number, section.title) for section in plan.walk_sections()] == [
        ("一", "以公开助力经济发展"),
        ("（一）", "加强市场主体信息公开"),
        ("（二）", "加强市场监管信息公开"),
        ("二", "以公开促进社会治理"),
        ("（一）", "推进执法信息公开"),
    ]
    assert _units(plan) == [
        (
            ("一", "（一）", "1"),
            "公开涉企政策文件的执行情况",
            [("市政府各有关部门", "responsible"), ("各区人民政府", "responsible")],
        ),
        (("一", "（一）", "2"), "开设行业帮扶政策专题", [("市商务局", "responsible")]),
        (("一", "（二）", "3"), "公开市场监管规则和标准", [("市市场监管局", "responsible")]),
        (
            ("二", "（一）", "4"),
            "公开行政执法结果",
            [("市司法局", "lead"), ("市政府各有关部门", "responsible")],
        ),
    ]


def test_a_table_with_its_number_column_headed_stands_as_printed():
    text = _text(
        "序号 | 工作任务 | 责任单位 | 时限要求 |",
        "1 | 公开涉企政策文件的执行情况。 | 市发展改革委 | 持续推进 |",
        "2 | 开设行业帮扶政策专题。 | 市商务局 | 持续推进 |",
    )
    assert _units(rulegov.parse_plan(text)) == [
        (("1",), "公开涉企政策文件的执行情况", [("市发展改革委", "responsible")]),
        (("2",), "开设行业帮扶政策专题", [("市商务局", "responsible")]),
    ]


def test_rows_whose_first_cell_is_no_number_are_read_as_before():
    # the task column holds the work itself: no heading runs into a number
    text = _text(
        "工作任务 | 具体要求 | 责任单位 |",
        "加强规范性文件公开 | 集中公开现行有效的规范性文件。 | 办公室 |",
        "深化政策解读 | 丰富解读形式。 | 各科室 |",
    )
    assert [units for _, _, units in _units(rulegov.parse_plan(text))] == [
        [("办公室", "responsible")],
        [("各科室", "responsible")],
    ]
