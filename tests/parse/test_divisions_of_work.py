"""Divisions of work among units: the printings of 任务分工 that name each task's units.

A table of a work report's targets whose units column is headed 牵头负责部门 (the departments that
lead the work and answer for it) names the lead of each row, as 牵头单位 and 牵头责任单位 do. A
bracket after a task names a lead, the units that join in (参加, 参与: they cooperate) and those
that carry the work out (落实: they answer for it) by the words after their names. A heading closed
by its units over the label 具体措施： hands out the measures under it that name their own units:
they are its tasks.
"""

from __future__ import annotations

import pytest

import rulegov


def _rows(plan: rulegov.Plan) -> list[tuple[str, list[str], list[str]]]:
    return [(task.title, task.lead_units, task.responsible_units) for task in plan.tasks]


@pytest.mark.parametrize("heading", ["牵头负责部门", "牵头负责单位"])
@pytest.mark.parametrize(
    "header",
    ["序号 工 作 任 务 {}", "序号 工作任务 {}", "|序号|工作任务|{}|"],
)
def test_a_column_headed_by_the_leads_that_answer_for_the_work_names_each_row_s_lead(
    heading: str, header: str
) -> None:
    pipes = header.startswith("|")
    rows = [
        ("1", "地区生产总值增长6%左右", "市发展改革委"),
        ("2", "再开工5项重大水利工程", "市水利局"),
    ]
    lines = [f"|{a}|{b}|{c}|" if pipes else f"{a} {b} {c}" for a, b, c in rows]
    text = "某市2024年量化指标任务分工\n" + header.format(heading) + "\n" + "\n".join(lines)
    plan = rulegov.parse_plan(text)
    assert _rows(plan) == [
        ("地区生产总值增长6%左右", ["市发展改革委"], []),
        ("再开工5项重大水利工程", ["市水利局"], []),
    ]


def _units(text: str) -> list[tuple[str, str]]:
    plan = rulegov.parse_plan(
        "某县2024年重点任务清单\n一、加强法治建设\n1.开展法治宣传。" + text + "\n"
    )
    return [(a.role.value, a.unit_name or a.unit) for a in plan.tasks[0].assignments]


@pytest.mark.parametrize("label", ["", "责任单位："])
@pytest.mark.parametrize("joins", ["参加", "参与"])
def test_the_units_that_join_the_work_and_those_that_carry_it_out_are_named_by_words_after_them(
    label: str, joins: str
) -> None:
    """A bracket names a lead, the units that join in and those that carry the work out.

    ``（责任单位：县扶贫开发办牵头，县教育和体育局、…等有关部门参加，各镇街落实）``: the units
    that take part (参加, 参与) cooperate, as 配合 says; those that carry it out (落实) answer for
    it, as 负责 says. The role word is no part of a name.
    """
    text = f"（{label}县司法局牵头，县财政局、县人社局等有关部门{joins}，各乡镇落实）"
    assert _units(text) == [
        ("lead", "县司法局"),
        ("cooperating", "县财政局"),
        ("cooperating", "县人社局"),
        ("responsible", "各乡镇"),
    ]


_HANDED_OUT = (
    "某市重点任务分工方案\n一、优化营商环境\n"
    "（一）落实减税降费政策，为市场主体提供支撑。{heading}\n"
    "具体措施：\n"
    "1.及时总结资金直达基层的经验做法，确保资金落实到位。{first}\n"
    "2.简化税费优惠政策适用程序，精准推送优惠政策信息。\n"
    "（二）推进政务服务标准化。（市政务服务局负责）\n"
)


def test_measures_a_heading_hands_out_each_to_its_own_units_are_its_tasks() -> None:
    """``（一）…。（A、B等按职责分工负责）`` / ``具体措施：`` / ``1.…。（A牵头，…）``: the measures.

    A measure that names no units of its own takes the heading's, as any item under a heading
    that names units for all its items does.
    """
    text = _HANDED_OUT.format(
        heading="（市财政局、市税务局等按职责分工负责）",
        first="（市财政局牵头，各区按职责分工负责）",
    )
    plan = rulegov.parse_plan(text)
    assert [(task.path, task.lead_units, task.responsible_units) for task in plan.tasks] == [
        (("一", "（一）", "1"), ["市财政局"], ["各区"]),
        (("一", "（一）", "2"), [], ["市财政局", "市税务局"]),
        (("一", "（二）"), [], ["市政务服务局"]),
    ]
    assert [section.number for section in plan.sections[0].children] == ["（一）"]


def test_measures_that_name_no_units_of_their_own_stay_the_heading_s_task_s() -> None:
    plan = rulegov.parse_plan(_HANDED_OUT.format(heading="（牵头单位：市财政局）", first=""))
    assert [(task.path, task.lead_units) for task in plan.tasks] == [
        (("一", "（一）"), ["市财政局"]),
        (("一", "（二）"), []),
    ]


_VERB_BRACKET = "2024年法治政府建设工作要点\n一、加强领导\n（一）健全制度。{bracket}\n"


@pytest.mark.parametrize(
    "bracket",
    [
        "（确保落实）",
        "（政策落实）",
        "（各区贯彻落实）",
        "（市督查室督促落实）",
        "（市考核办跟踪落实）",
        "（各区、各部门贯彻落实）",
        "（市政府督查室牵头，各区督促落实）",
        "（鼓励社会力量参与）",
        "（群众广泛参与）",
    ],
)
def test_a_verb_of_the_work_after_no_unit_s_name_names_no_unit(bracket: str) -> None:
    """落实 and 参与 after any word but a unit's name say what is done, not who does it."""
    plan = rulegov.parse_plan(_VERB_BRACKET.format(bracket=bracket))
    [task] = plan.tasks
    assert task.assignments == []
    assert plan.units == []
    assert bracket in [measure.text for measure in task.measures]


@pytest.mark.parametrize(
    ("bracket", "expected"),
    [
        ("（各镇街落实）", [("各镇街", "responsible")]),
        ("（各区政府落实）", [("各区政府", "responsible")]),
        ("（区司法局牵头落实）", [("区司法局", "lead")]),
        ("（各有关部门参与）", [("各有关部门", "cooperating")]),
        (
            "（县扶贫开发办牵头，县卫健局参加，各镇街落实）",
            [("县扶贫开发办", "lead"), ("县卫健局", "cooperating"), ("各镇街", "responsible")],
        ),
    ],
)
def test_a_verb_of_the_work_after_a_unit_s_name_gives_its_role(bracket, expected) -> None:
    [task] = rulegov.parse_plan(_VERB_BRACKET.format(bracket=bracket)).tasks
    assert [(a.unit_name, a.role.value) for a in task.assignments] == expected
