"""An inner angle bracket after a unit's name, and a mirror's gloss with a space before its close.

Official style sets a bracket inside another in the angle bracket ``〈〉``: a plan's closing
bracket of units may note the extent of a name in one (``配合单位:…各区人民政府〈含开发区、风景区
管委会,下同〉``). The note is no list of units: its ``、`` part no names, and the name keeps
its role. A mirror that glosses characters with their pinyin prints a space before some closing
brackets (``管委會(huì )``, ``部門(mén )``); the gloss goes with its space, which parts nothing.
"""

from __future__ import annotations

import pytest

import rulegov
from rulegov.parse._text import split_lines
from rulegov.parse._units import split_names

TITLE = "某市2016年法治政府建设工作计划\n"


def _units(plan: rulegov.Plan) -> list[list[tuple[str, str]]]:
    names = {unit.id: unit.name for unit in plan.units}
    return [[(a.role.value, names[a.unit]) for a in task.assignments] for task in plan.tasks]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("〈含开发区、风景区管委会,下同〉", "各区人民政府"),
        ("〈含高新区、经开区〉", "各县(市、区)人民政府"),
        ("〈下同〉", "各区人民政府"),
    ],
    ids=["extent-and-remark", "extent", "remark"],
)
def test_a_note_in_an_inner_angle_bracket_parts_no_names(note: str, name: str) -> None:
    text = f"市人民政府其他各部门,{name}{note}"
    pieces = [text[n.begin : n.end] for n in split_names(text, 0, len(text))]
    assert len(pieces) == 2
    assert pieces[0] == "市人民政府其他各部门"
    assert pieces[1].startswith(name)
    # read as the same note in round brackets is
    round_text = text.replace("〈", "(").replace("〉", ")")
    round_pieces = [round_text[n.begin : n.end] for n in split_names(round_text, 0, len(text))]
    assert [p.replace("〈", "(").replace("〉", ")") for p in pieces] == round_pieces


def test_an_angle_bracket_inside_a_name_stays_in_it() -> None:
    text = "县〈市、区〉人民政府、县司法局"
    assert [text[n.begin : n.end] for n in split_names(text, 0, len(text))] == [
        "县〈市、区〉人民政府",
        "县司法局",
    ]


@pytest.mark.parametrize(
    "units",
    [
        "(牵头单位:市政府法制办;配合单位:市政府其他各部门,各区人民政府〈含开发区、风景区管委会,下同〉)",
        "(牵头单位:市政府法制办;配合单位:各区人民政府〈含开发区、风景区管委会〉、市政府其他各部门)",
    ],
    ids=["note-last", "note-inside-the-list"],
)
def test_a_task_keeps_the_units_around_an_inner_note(units: str) -> None:
    body = (
        "一、精心谋划法治政府建设。研究制定实施意见。"
        + units
        + "\n二、持续优化政务服务环境。推进简政放权。\n"
    )
    plan = rulegov.parse_plan(TITLE + body)
    first = _units(plan)[0]
    assert ("lead", "市政府法制办") in first
    assert {name for role, name in first if role == "cooperating"} == {
        "市政府其他各部门",
        "各区人民政府",
    }


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("管委會(huì ),市政府各部門(mén):", "管委会,市政府各部门:"),
        ("管委會(huì  ),市政府各部門(mén ):", "管委会,市政府各部门:"),
        ("各部門(mén)、管委會(huì ):", "各部门、管委会:"),
    ],
    ids=["one-space", "two-spaces", "mixed"],
)
def test_a_gloss_with_a_space_before_its_close_goes_with_its_space(printed: str, read: str) -> None:
    line = split_lines(printed)[0]
    assert line.text == read
    assert line.gaps == ()


def test_a_space_after_a_gloss_still_parts_the_line() -> None:
    line = split_lines("關(guān)于印發（fā）方案 各單位:")[0]
    assert line.text == "关于印发方案各单位:"
    assert line.gaps == (6,)


def test_recipients_glossed_with_spaces_are_read_without_their_glosses() -> None:
    text = (
        "石家莊市人民政府辦公室關(guān)于印發(fā)〈2019年法治政府建設工作要點(diǎn)〉的通知\n"
        "各縣(市、區)人民政府,高新區、循環(huán)化工園區管委會(huì ),市政府各部門(mén):\n"
        "《2019年法治政府建設工作要點(diǎn)》已經(jīng)市政府同意,現印發(fā)給你們,請認真抓好落實(shí)。\n"
        "石家莊市人民政府辦公室\n2019年5月31日\n"
        "2019年法治政府建設工作要點(diǎn)\n一、總體要求\n堅持依法行政。\n"
    )
    plan = rulegov.parse_plan(text)
    assert list(plan.recipients) == [
        "各縣(市、區)人民政府",
        "高新區、循環化工園區管委會",
        "市政府各部門",
    ]
