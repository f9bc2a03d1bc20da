"""Unit names in a field's value: the same names however often, and wherever, a plan prints it."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.parse._units import _cached_names, split_names

VALUES = [
    "区司法局、各镇(街)按职责分工负责,区法院等有关部门",
    "州委编办及市发改委分别牵头、区",
    "市卫健委(列第一位为牵头单位,下同)、市财政局",
]


@pytest.mark.parametrize("value", VALUES)
def test_the_names_of_a_value_are_the_same_wherever_it_stands(value: str):
    alone = [(n.begin, n.end, n.note, n.role) for n in split_names(value, 0, len(value))]
    for before in ("", "牵头单位:", "(配合单位:"):
        text = before + value + "。其他"
        shift = len(before)
        _cached_names.cache_clear()  # read in its place, not taken from the cache
        found = split_names(text, shift, shift + len(value))
        assert [(n.begin - shift, n.end - shift, n.note, n.role) for n in found] == alone
        # read twice: the same names, in a list of their own
        again = split_names(text, shift, shift + len(value))
        assert again == found
        assert again is not found


def test_a_long_list_of_names_is_split_as_a_short_one():
    names = [f"第{i}区司法局" for i in range(60)]
    value = "、".join(names)
    assert len(value) > 200
    found = split_names("配合单位:" + value, 5, 5 + len(value))
    assert [("配合单位:" + value)[n.begin : n.end] for n in found] == names


def test_a_unit_name_that_may_be_cut_by_the_end_of_the_text_is_kept_and_reported():
    cut = rulegov.parse_plan(
        "某市2021年重点工作责任分解\n1.实施做大产业扩大税源行动。\n"
        "牵头单位：市发改委\n协同责任单位：市财政局、人行芜湖"
    )
    assert cut.tasks[0].lead_units == ["市发改委"]
    assert cut.tasks[0].cooperating_units == ["市财政局", "人行芜湖"]
    [diagnostic] = [d for d in cut.diagnostics if d.code == "cut-unit"]
    assert (diagnostic.line, diagnostic.column) == (4, 13)
    assert "人行芜湖" in diagnostic.message


@pytest.mark.parametrize(
    "last",
    [
        "责任单位：市发改委、市财政局",  # a whole name ends the text
        "责任单位：市发改委、人行芜湖\n2.加快数字化改革。",  # a name cut inside, not at the end
    ],
)
def test_a_whole_last_name_or_one_inside_the_text_stays_a_unit_without_warning(last: str):
    plan = rulegov.parse_plan(f"某市2021年重点工作责任分解\n1.实施做大产业扩大税源行动。\n{last}")
    assert len(plan.tasks[0].responsible_units) == 2
    assert not [d for d in plan.diagnostics if d.code == "cut-unit"]


@pytest.mark.parametrize("last", ["市科协", "各街道", "各乡镇（街道）", "各学校"])
def test_a_whole_name_that_ends_the_text_is_never_lost(last: str):
    plan = rulegov.parse_plan(f"某市2021年重点工作\n1.推进科普宣传。\n责任单位：市教育局、{last}")
    assert len(plan.tasks[0].responsible_units) == 2


def _roles(task: rulegov.Task) -> tuple[list[str], list[str]]:
    return task.lead_units, task.responsible_units


def test_a_bracket_that_says_its_first_unit_leads_is_read_with_the_tasks_after_it():
    plan = rulegov.parse_plan(
        "某市关于促进就业的意见\n一、支持企业发展\n"
        "（一）加大稳岗支持力度。返还失业保险费。（市人社局、市财政局负责。列第一位者为牵头单位，下同）\n"
        "（二）支持小微企业。优先提供担保。（市财政局、市金融办等负责）\n"
        "（三）开展检测维修。允许开展业务。（市商务局、市工信局负责，排在第一位的部门为牵头部门，下同）\n"
    )
    assert [_roles(task) for task in plan.tasks] == [
        (["市人社局"], ["市财政局"]),
        (["市财政局"], ["市金融办"]),
        (["市商务局"], ["市工信局"]),
    ]


def test_units_joined_by_deng_he_and_a_list_before_a_role_are_each_a_unit():
    plan = rulegov.parse_plan(
        "某市关于深入开展消费扶贫的指导意见\n一、扩大消费\n"
        "（一）打通供应链条。支持示范企业。（市商务局、市农业农村局等和各有关县区人民政府负责）\n"
        "（二）支持创业载体建设。提供场地。（市人社局、市财政局，各县区人民政府按职责分工负责）\n"
        "（三）开展培训。给予补贴。（市人社局、市教育局等有关部门和单位负责）\n"
    )
    assert [task.responsible_units for task in plan.tasks] == [
        ["市商务局", "市农业农村局", "各有关县区人民政府"],
        ["市人社局", "市财政局", "各县区人民政府"],
        ["市人社局", "市教育局"],
    ]


def test_a_bracket_labelled_fuze_bumen_names_its_units_without_the_scope_after_them():
    plan = rulegov.parse_plan(
        "某市关于支持试验区深化改革创新若干措施的通知\n一、营造优良投资环境\n"
        "（一）放宽人员比例要求。（负责部门：市人社局、市住建局；适用范围：所有试验区，以下同）\n"
        "（二）支持设置商标受理窗口。（负责部门：市市场监管局，适用范围：东区试验区）\n"
    )
    assert [task.responsible_units for task in plan.tasks] == [
        ["市人社局", "市住建局"],
        ["市市场监管局"],
    ]


def test_a_list_before_the_role_of_a_later_part_and_qualifiers_after_names_are_left_out():
    plan = rulegov.parse_plan(
        "某市关于促进就业的意见\n一、支持企业发展\n"
        "（一）加大稳岗支持力度。返还失业保险费。（市人社局、市财政局负责。列第一位者为牵头单位，下同）\n"
        "（二）支持创业载体建设。提供场地。（市人社局、市财政局，各县区人民政府按职责分工负责）\n"
        "（三）培育产业集群。支持企业发展。（市发改委会同有关部门负责）\n"
        "（四）优化产业布局。支持企业出海。（市工信局、市国际发展合作署等负责）\n"
    )
    assert [_roles(task) for task in plan.tasks][1:] == [
        (["市人社局"], ["市财政局", "各县区人民政府"]),
        (["市发改委"], []),
        (["市工信局"], ["市国际发展合作署"]),
    ]
