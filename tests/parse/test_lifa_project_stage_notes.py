"""A 立法 project's bracket that tells how far the project has come still names its drafting unit.

An annual 立法计划 closes each project with a bracket naming the unit that drafts it and, after a
semicolon or a comma, a note on the project: when its steps are due (``6月底前提交草案送审稿``), or
how far it has come (``已通过市政府常务会议审议``, ``已提请市人大常委会审议``, ``已形成草案初稿``).
Before, a note of the second kind, neither a unit nor a time, made the bracket no list of units:
the project named no unit and kept the bracket in its title.
"""

from __future__ import annotations

import rulegov

PLAN = (
    "某市人民政府2025年立法计划\n"
    "一、地方性法规项目安排\n"
    "(一)提请审议项目(2件)。\n"
    "1.某市电动自行车管理条例(市公安局起草;已通过市政府常务会议审议)\n"
    "2.某市养犬管理规定(市城管局牵头起草,已提请市人大常委会审议)\n"
    "(二)预备项目(1件)。\n"
    "1.某市物业管理条例(市住建局起草;已经形成草案初稿)\n"
)


def test_a_stage_note_after_the_drafting_unit_leaves_the_unit_read() -> None:
    first, second, third = rulegov.parse_plan(PLAN).tasks
    assert first.responsible_units == ["市公安局"]
    assert second.lead_units == ["市城管局"]
    assert third.responsible_units == ["市住建局"]


def test_the_bracket_with_a_stage_note_is_no_part_of_the_title() -> None:
    titles = [task.title for task in rulegov.parse_plan(PLAN).tasks]
    assert titles == ["某市电动自行车管理条例", "某市养犬管理规定", "某市物业管理条例"]


def test_a_bracket_of_a_stage_note_alone_names_no_unit() -> None:
    (task,) = rulegov.parse_plan(
        "一、法规项目\n1.某市河道管理条例(已通过市政府常务会议审议)\n"
    ).tasks
    assert task.responsible_units == task.lead_units == []
