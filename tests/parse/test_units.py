"""Unit names in a field's value: the same names however often, and wherever, a plan prints it."""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth
from rulegov.parse._fields import split_fields
from rulegov.parse._text import normalise
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
        "牵头单位：市发改委\n协同责任单位：人行芜湖"
    )
    assert cut.tasks[0].lead_units == ["市发改委"]
    assert cut.tasks[0].cooperating_units == ["人行芜湖"]
    [diagnostic] = [d for d in cut.diagnostics if d.code == "cut-unit"]
    assert (diagnostic.line, diagnostic.column) == (4, 8)
    assert "人行芜湖" in diagnostic.message
    assert "read as a unit" in diagnostic.message


def test_a_unit_name_cut_after_names_in_full_by_the_end_of_the_text_is_left_out_and_reported():
    cut = rulegov.parse_plan(
        "某市2021年重点工作责任分解\n1.实施做大产业扩大税源行动。\n"
        "牵头单位：市发改委\n协同责任单位：市财政局、人行芜湖"
    )
    assert cut.tasks[0].cooperating_units == ["市财政局"]
    [diagnostic] = [d for d in cut.diagnostics if d.code == "cut-unit"]
    assert (diagnostic.line, diagnostic.column) == (4, 13)
    assert "人行芜湖" in diagnostic.message
    assert "left out" in diagnostic.message


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


def test_a_division_of_work_line_names_the_lead_and_the_cooperating_units():
    plan = rulegov.parse_plan(
        "2021年重点任务分工方案\n一、主要预期目标\n1.地区生产总值增长6%以上。\n"
        "分管省领导：林克庆\n部门分工：省发展改革委牵头，各地、各部门配合。\n"
        "2.进出口实现正增长。\n部门分工：省商务厅。"
    )
    first, second = plan.tasks
    assert first.lead_units == ["省发展改革委"]
    assert first.cooperating_units == ["各地", "各部门"]
    assert second.responsible_units == ["省商务厅"]
    assert "林克庆" not in {unit.name for unit in plan.units}


@pytest.mark.parametrize(
    "bracket",
    [
        "（责任单位：市税务局、市财政局，排在首位的为牵头单位，下同）",
        "（責任單位：市稅務局、市財政局，排在首位的爲牽頭單位，下同）",
    ],
)
def test_a_remark_in_a_list_of_units_is_no_unit_and_its_rule_is_kept(bracket: str):
    plan = rulegov.parse_plan(
        f"若干政策措施\n一、政策措施\n1.降低企业税收负担。{bracket}\n"
        "2.降低用地成本。（责任单位：市自然资源局、市财政局）"
    )
    first, second = plan.tasks
    # the first unit leads, as the remark says; the one after it is responsible
    assert [name[1:] for name in first.lead_units] in (["税务局"], ["稅務局"])
    assert [name[1:] for name in first.responsible_units] in (["财政局"], ["財政局"])
    assert second.lead_units == ["市自然资源局"]
    assert second.responsible_units == ["市财政局"]
    assert not {"下同", "排在首位的为牵头单位"} & {unit.name for unit in plan.units}


def test_a_unit_label_alone_on_its_line_takes_its_units_from_the_next_line():
    plan = rulegov.parse_plan(
        "2020年重点工作\n一、重点任务\n1.召开会议。\n责任单位：\n区司法局、区法院\n"
        "2.开展培训。\n牵头单位：\n区司法局\n配合单位：\n各镇街、各部门"
    )
    first, second = plan.tasks
    assert first.responsible_units == ["区司法局", "区法院"]
    assert second.lead_units == ["区司法局"]
    assert second.cooperating_units == ["各镇街", "各部门"]


def test_places_that_share_the_words_around_them_are_one_unit_and_deng_is_no_part_of_a_name():
    plan = rulegov.parse_plan(
        "2020年重点工作\n一、重点任务\n1.地区生产总值增长8%以上。\n牵头负责领导：金力。\n"
        "牵头责任单位：市发展改革委。\n协同责任单位：市经信局、滁州经开区管委会等，各县、市、区政府。\n"
        "2.财政收入增长。责任单位：区司法局、区、县司法局"
    )
    first, second = plan.tasks
    assert first.cooperating_units == ["市经信局", "滁州经开区管委会", "各县、市、区政府"]
    # a body and a list of bodies that spells it are two units
    assert second.responsible_units == ["区司法局", "区、县司法局"]
    assert "金力" not in {unit.name for unit in plan.units}


def test_a_bracket_of_units_may_end_with_a_remark_after_its_full_stop():
    plan = rulegov.parse_plan(
        "若干措施\n一、主要任务\n1.推进改革。（市司法局牵头，各县区人民政府负责落实。"
        "以下均需各县区人民政府落实，不再列出）\n2.加强监管。（市市场监管局负责落实）"
    )
    first, second = plan.tasks
    assert first.lead_units == ["市司法局"]
    assert first.responsible_units == ["各县区人民政府"]
    assert second.responsible_units == ["市市场监管局"]


def test_a_bracket_of_units_that_the_end_of_the_text_cuts_keeps_its_whole_names():
    text = "若干措施\n一、主要任务\n1.推进改革。（市司法局牵头）\n2.深化改革。事项要落实。（市政府办公室、市审批局、市"
    plan = rulegov.parse_plan(text)
    assert plan.tasks[1].lead_units == ["市政府办公室", "市审批局"]
    # the same bracket inside the text, never closed, is the task's text, not units
    inside = rulegov.parse_plan(text + "\n3.加强监管。")
    assert not inside.tasks[1].assignments


@pytest.mark.parametrize("label", ["牵头负责领导", "分管省领导", "牵头市领导", "牵头领导"])
def test_a_leader_named_for_a_task_is_a_person_not_a_measure_or_a_unit(label: str):
    plan = rulegov.parse_plan(
        f"2020年重点工作\n一、重点任务\n1.地区生产总值增长8%以上。\n{label}：金力。\n"
        "牵头责任单位：市发展改革委。"
    )
    [task] = plan.tasks
    assert task.lead_units == ["市发展改革委"]
    assert not task.measures
    assert "金力" not in {unit.name for unit in plan.units}
    assert [d.code for d in plan.diagnostics if "金力" in d.message] == ["person"]


def _unit_roles(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    plan = rulegov.parse_plan("某区2024年工作要点\n一、重点任务\n" + text)
    return [(t.lead_units, t.responsible_units, t.cooperating_units) for t in plan.tasks]


def test_the_sentences_after_a_division_of_work_name_no_units_when_they_are_prose():
    assert _unit_roles(
        "1.加强法治宣传。\n职责分工:区司法局牵头。各镇要加强组织领导,确保按时完成。\n"
    ) == [(["区司法局"], [], [])]


@pytest.mark.parametrize(
    "bracket", ["（市司法局、市财政局负责，以下同）", "（市司法局、市财政局负责，下同）"]
)
def test_a_bracket_that_ends_with_a_remark_keeps_its_units(bracket: str):
    assert _unit_roles(f"1.加强法治宣传。{bracket}\n") == [([], ["市司法局", "市财政局"], [])]


def test_a_first_leads_remark_without_its_noun_is_no_unit():
    text = "1.开展培训。（责任单位：市税务局、市财政局，列第一位者为牵头，下同）\n"
    assert _unit_roles(text) == [(["市税务局"], ["市财政局"], [])]


def test_a_unit_of_two_characters_is_not_merged_into_the_places_after_it():
    text = (
        "1.宣传。责任单位：团委、市、区两级妇联\n2.开展。（市委、省、市政府负责）\n"
        "3.培训。责任单位：各县、市、区政府\n"
    )
    assert [roles[1] for roles in _unit_roles(text)] == [
        ["团委", "市、区两级妇联"],
        ["市委", "省、市政府"],
        ["各县、市、区政府"],
    ]


def test_a_bracket_cut_by_the_end_of_the_text_drops_the_name_it_cuts():
    assert _unit_roles("1.推进改革。（市司法局牵头）\n2.完成清理。（区司法局、区法")[1] == (
        ["区司法局"],
        [],
        [],
    )


def test_a_colon_inside_a_list_of_units_parts_two_names():
    text = "1.宣传。责任单位：区司法局，区公安分局：各镇\n"
    assert _unit_roles(text) == [([], ["区司法局", "区公安分局", "各镇"], [])]


def test_places_that_share_the_government_after_them_are_one_unit():
    text = (
        "1.推进项目。（市发改委牵头；市直相关部门，各县、区人民政府配合）\n"
        "2.建设铁路。（省发改委、相关市、县政府负责）\n"
        "3.建设机场。（机场指挥部、哈尔滨、黑河、绥芬河市政府负责）\n"
    )
    assert _unit_roles(text) == [
        (["市发改委"], [], ["市直相关部门", "各县、区人民政府"]),
        ([], ["省发改委", "相关市、县政府"], []),
        ([], ["机场指挥部", "哈尔滨、黑河、绥芬河市政府"], []),
    ]


@pytest.mark.parametrize(
    ("bracket", "units"),
    [
        ("（各镇、区司法局负责）", ["各镇", "区司法局"]),  # a department, not a government
        ("（人行、县政府负责）", ["人行", "县政府"]),  # no place before 县政府 to share it
        ("（市科协、县政府负责）", ["市科协", "县政府"]),
    ],
)
def test_a_list_of_bodies_before_a_government_is_not_merged_into_it(bracket: str, units: list[str]):
    assert _unit_roles(f"1.推进项目。{bracket}\n") == [([], units, [])]


def test_a_unit_the_plan_calls_the_leading_one_is_the_lead_without_the_words():
    text = "1.开展培训。责任单位：区司法局为牵头单位，区法院、区检察院\n"
    assert _unit_roles(text) == [(["区司法局"], ["区法院", "区检察院"], [])]


def test_a_body_that_guides_the_work_is_no_unit_of_its_bracket():
    text = "1.培育新模式。（商务部指导，供销合作总社参与）\n"
    assert _unit_roles(text) == [([], [], ["供销合作总社"])]


@pytest.mark.parametrize(
    "task",
    [
        "开展宪法宣传。（市司法局指导，市普法办牵头，各区县负责）",
        "开展宪法宣传。市司法局指导，市普法办牵头，各区县负责。",
    ],
)
def test_a_body_that_guides_the_work_is_kept_in_a_diagnostic_of_its_task(task):
    plan = rulegov.parse_plan(f"某市普法工作要点\n一、加强宣传\n1.{task}\n")
    assert (plan.tasks[0].lead_units, plan.tasks[0].responsible_units) == (["市普法办"], ["各区县"])
    [guide] = [d for d in plan.diagnostics if d.code == "guide"]
    assert "'市司法局'" in guide.message
    assert "task 1 " in guide.message


def test_a_cut_bracket_reads_the_role_words_the_cut_spared():
    text = "1.推进改革。（市司法局牵头）\n2.夯实基础。确保落实。（市府办〔市大数据局〕牵头，市政府各部门、各县〔区〕政府、各功能区管"
    assert _unit_roles(text)[1] == (
        ["市府办〔市大数据局〕"],
        ["市政府各部门", "各县〔区〕政府"],
        [],
    )


def test_a_time_between_two_labelled_lists_of_units_is_a_field_of_its_own():
    text = "加强培训。(牵头单位:区司法局;2024年6月底前完成;责任单位:区法院、区检察院)"
    _, fields = split_fields(text)
    assert [(field.label, text[field.begin : field.end]) for field in fields] == [
        ("牵头单位", "区司法局"),
        ("完成时限", "2024年6月底前完成"),
        ("责任单位", "区法院、区检察院"),
    ]
    [task] = rulegov.parse_plan("某区2024年工作要点\n一、重点任务\n1." + text).tasks
    assert (task.lead_units, task.responsible_units) == (["区司法局"], ["区法院", "区检察院"])
    assert task.timeframe is not None
    assert task.timeframe.end is not None
    assert task.timeframe.end.isoformat() == "2024-06-30"


def test_a_cut_bracket_whose_last_part_ends_in_a_role_word_keeps_that_role():
    text = "1.推进改革。（市司法局牵头）\n2.完成清理。事项要落实。（市司法局牵头，区法院配合"
    assert _unit_roles(text)[1] == (["市司法局"], [], ["区法院"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("交通运输、住建、南京市人民政府", ["交通运输", "住建", "南京市人民政府"]),
        ("教育、卫健、公安、沈阳市政府", ["教育", "卫健", "公安", "沈阳市政府"]),
        ("哈尔滨、黑河、绥芬河市政府", ["哈尔滨、黑河、绥芬河市政府"]),
        ("各县、区人民政府", ["各县、区人民政府"]),
        ("相关市、县政府", ["相关市、县政府"]),
    ],
)
def test_departments_short_names_are_not_places_that_share_a_government(
    text: str, names: list[str]
) -> None:
    assert [text[named.begin : named.end] for named in split_names(text, 0, len(text))] == names


def test_a_task_names_each_department_by_its_short_name_before_a_government() -> None:
    plan = rulegov.parse_plan(
        "某市2024年食品安全工作要点\n一、加强监管\n"
        "1.开展校园食品安全专项整治。（责任单位：市市场监管局、教育、卫健、公安、沈阳市政府）\n"
    )
    names = [assignment.unit_name for assignment in plan.tasks[0].assignments]
    assert names == ["市市场监管局", "教育", "卫健", "公安", "沈阳市政府"]


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("市发改委牵头落实", ["市发改委"]),
        ("市金融办、潍坊银监分局分别牵头落实", ["市金融办", "潍坊银监分局"]),
        ("各部门要牵头落实", ["各部门"]),
    ],
)
def test_units_that_lead_in_words_after_them_are_read_without_the_words(
    value: str, names: list[str]
):
    found = split_names(value, 0, len(value))
    assert [value[n.begin : n.end] for n in found] == names
    assert found[-1].role is rulegov.Role.LEAD


def test_people_named_beside_the_units_of_a_bracket_are_no_units():
    text = "1.推进改革。（分管副市长、协管副秘书长负责，市国资委牵头）\n"
    assert _unit_roles(text) == [(["市国资委"], [], [])]


def test_each_measure_of_a_paragraph_adds_the_units_of_its_bracket_before_its_full_stop():
    text = (
        "1.促进发展。建立激励机制（市国资委牵头）。鼓励企业参与改革（市经信委、市发改委负责。"
        "责任单位两个以上的，列第一者为牵头单位，下同）。推进注册便利化（市市场监管局牵头）。\n"
    )
    [(lead, responsible, _)] = _unit_roles(text)
    assert sorted(lead) == sorted(["市国资委", "市市场监管局"])
    assert responsible == ["市经信委", "市发改委"]
    [task] = rulegov.parse_plan("某市工作分工\n一、重点任务\n" + text).tasks
    assert "（" not in task.text


@pytest.mark.parametrize(
    ("bracket", "lead", "responsible"),
    [("（省科技厅起草，5月初审）", [], ["省科技厅"]), ("（省司法厅牵头起草）", ["省司法厅"], [])],
)
def test_a_law_drafted_by_a_unit_names_it_in_its_bracket(
    bracket: str, lead: list[str], responsible: list[str]
):
    text = f"某省立法工作计划\n一、法规项目\n1.《某省审计条例》{bracket}\n"
    [task] = rulegov.parse_plan(text).tasks
    assert task.title == "《某省审计条例》"
    assert (task.lead_units, task.responsible_units) == (lead, responsible)


@pytest.mark.parametrize(
    ("cut", "kept"),
    [
        ("人民银", ["市发改委", "市财政局"]),
        ("各功能区管委", ["市发改委", "市财政局"]),
        ("市科协", None),
    ],
)
def test_a_name_the_end_of_the_text_cuts_inside_a_longer_ending_is_left_out(
    cut: str, kept: list[str] | None
):
    plan = rulegov.parse_plan(
        f"某市工作要点\n一、重点任务\n1.加强公开。\n责任单位:市发改委、市财政局、{cut}"
    )
    [task] = plan.tasks
    assert task.responsible_units == (kept or ["市发改委", "市财政局", cut])
    assert any(d.code == "cut-unit" and cut in d.message for d in plan.diagnostics)


_CENTRE_LAST = {
    "label, full-width": "一、加强法治宣传\n深入开展普法宣传。责任单位：区委宣传部、区融媒体中心",
    "label, half-width": "一、加强法治宣传\n深入开展普法宣传。责任单位:区委宣传部,区融媒体中心",
    "label on its own line": "一、加强法治宣传\n深入开展普法宣传。\n责任单位：\n区委宣传部、区融媒体中心",
    "pipes": "|序号|工作任务|责任单位|\n|1|深入开展普法宣传|区委宣传部、区融媒体中心",
    "tabs": "序号\t工作任务\t责任单位\n1\t深入开展普法宣传\t区委宣传部、区融媒体中心",
    "runs of spaces": "序号  工作任务    责任单位\n1     深入开展普法宣传    区委宣传部、区融媒体中心",
}


@pytest.mark.parametrize("body", _CENTRE_LAST.values(), ids=_CENTRE_LAST)
def test_a_centre_whose_name_ends_the_text_is_a_whole_unit(body: str):
    # 中心 opens 中心支行, but ends names whole of its own: no name cut short
    plan = rulegov.parse_plan(f"某区2023年法治建设工作要点\n{body}")
    [task] = plan.tasks
    assert task.responsible_units == ["区委宣传部", "区融媒体中心"]
    assert not [d for d in plan.diagnostics if d.code == "cut-unit"]


@pytest.mark.parametrize("brackets", ["（）", "〔〕", "【】"])
def test_a_bracket_of_role_words_names_units_in_any_of_the_genres_brackets(brackets: str):
    opened, closed = brackets
    text = (
        f"1.出台惠企举措。{opened}省发展改革委、省财政厅等牵头，"
        f"省（中）直有关单位按职责分工负责{closed}\n"
    )
    assert _unit_roles(text) == [(["省发展改革委", "省财政厅"], ["省（中）直有关单位"], [])]


@pytest.mark.parametrize(
    ("cut", "lead", "cooperating"),
    [
        ("〔省发展改革委、省数据局（省营商局）等牵", ["省发展改革委", "省数据局（省营商局）"], []),
        ("（市发展改革委、市财政局等配", [], ["市发展改革委", "市财政局"]),
        ("（市发展改革委、市财", ["市发展改革委"], []),
    ],
)
def test_a_bracket_the_end_of_the_text_cuts_in_its_role_word_keeps_its_names(
    cut: str, lead: list[str], cooperating: list[str]
):
    [task] = rulegov.parse_plan(f"某省工作分工方案\n一、完善惠企政策。{cut}").tasks
    assert (task.lead_units, task.cooperating_units) == (lead, cooperating)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("各区、县（市）政府及开发区管委会", ["各区、县（市）政府", "开发区管委会"]),
        ("高新区、循环化工园区、综合保税区管委会", ["高新区、循环化工园区、综合保税区管委会"]),
        ("高新区、市发改委", ["高新区", "市发改委"]),
        ("各县区、高新区管委会", ["各县区", "高新区管委会"]),
        ("各县(市、区)党委和人民政府", ["各县(市、区)党委和人民政府"]),
        ("城乡一体化示范区、高新区党工委和管委会", ["城乡一体化示范区、高新区党工委和管委会"]),
        ("各县、区人民政府(管委会)", ["各县、区人民政府(管委会)"]),
        ("区司法局和区政府办", ["区司法局", "区政府办"]),
    ],
)
def test_places_and_zones_that_share_the_government_after_them_are_one_unit(
    text: str, names: list[str]
) -> None:
    folded = normalise(text)
    found = split_names(folded, 0, len(folded))
    assert [folded[named.begin : named.end] for named in found] == [normalise(n) for n in names]


def test_a_responsible_label_over_a_division_of_work_reads_each_role():
    text = "1.推进园区污染治理。\n责任部门：省环保厅、省工信委牵头，省发改委、省能源局等配合。\n"
    assert _unit_roles(text) == [(["省环保厅", "省工信委"], [], ["省发改委", "省能源局"])]
    plain = "1.推进园区污染治理。\n责任部门：省环保厅、省工信委。\n"
    assert _unit_roles(plain) == [([], ["省环保厅", "省工信委"], [])]


@pytest.mark.parametrize(
    ("sentence", "lead", "responsible", "cooperating"),
    [
        ("由区司法局牵头，区法院、区检察院配合。", ["区司法局"], [], ["区法院", "区检察院"]),
        ("由区司法局负责。", [], ["区司法局"], []),
        ("由区司法局牵头组织实施。", ["区司法局"], [], []),
        (
            "由区发展改革委会同区农业农村局、区财政局等部门研究提出落实意见。",
            ["区发展改革委"],
            [],
            ["区农业农村局", "区财政局"],
        ),
    ],
)
def test_a_sentence_that_divides_the_work_names_the_units_of_its_task(
    sentence: str, lead: list[str], responsible: list[str], cooperating: list[str]
):
    assert _unit_roles(f"（一）加强普法工作。{sentence}\n") == [(lead, responsible, cooperating)]


@pytest.mark.parametrize(
    "sentence",
    [
        "成员由区教育局、区民政局等部门负责同志组成。",
        "由区政府办公室负责，文件于会前送达。",
        "由于情况复杂，各部门要加强配合。",
    ],
)
def test_a_sentence_about_other_things_after_a_role_word_names_no_units(sentence: str):
    assert _unit_roles(f"（一）加强普法工作。{sentence}\n") == [([], [], [])]


def test_units_in_a_sentence_of_their_own_after_the_task():
    plan = rulegov.parse_plan(
        "某县2024年法治政府建设工作要点\n一、深化改革\n"
        "1.推进执法改革。县司法局牵头，县公安局配合，12月底前完成。\n"
        "2.推进普法。由县司法局负责。\n"
        "3.加强组织领导。主要负责同志亲自负责。\n"
    )
    roles = [
        [(a.role.value, plan.unit(a.unit).name) for a in task.assignments] for task in plan.tasks
    ]
    assert roles == [
        [("lead", "县司法局"), ("cooperating", "县公安局")],
        [("responsible", "县司法局")],
        [],
    ]
    assert plan.tasks[0].timeframe is not None
    assert plan.tasks[0].timeframe.end is not None
    assert plan.tasks[0].timeframe.end.isoformat() == "2024-12-31"


def test_the_unit_that_runs_a_work_and_those_that_assist_it_lead_and_cooperate():
    assert _unit_roles(
        "1.实施老旧小区改造提升。\n主办单位:县城投公司,协办单位:住建局、凤城镇。\n"
    ) == [(["县城投公司"], [], ["住建局", "凤城镇"])]


def test_units_that_lead_and_oversee_a_task_lead_it():
    assert _unit_roles(
        "1.排查整治工业企业。(市生态环境局、工业和信息化局牵头督导,市公安局参与)\n"
    ) == [(["市生态环境局", "工业和信息化局"], [], ["市公安局"])]


def test_a_square_bracket_of_units_inside_a_paragraph_names_units_of_its_task():
    # the paragraph goes on after the first bracket and closes with a second one
    [(lead, responsible, cooperating)] = _unit_roles(
        "1.制定准入清单。完成编制工作。〔市生态环境局牵头,市发展和改革局参与,"
        "各县、区人民政府负责落实。〕按省的要求,不再新建燃煤锅炉。(市场监管局牵头)\n"
    )
    assert sorted(lead) == sorted(["市生态环境局", "市场监管局"])
    assert (responsible, cooperating) == (["各县、区人民政府"], ["市发展和改革局"])


@pytest.mark.parametrize(
    "order",
    [
        ("责任单位:区委宣传部（区普法办）", "牵头单位:区普法办", "牵头单位:区委宣传部"),
        ("牵头单位:区普法办", "责任单位:区委宣传部(区普法办)", "牵头单位:区委宣传部"),
    ],
)
def test_a_unit_printed_with_the_body_it_hosts_in_brackets_is_one_unit_by_either_name(order):
    text = "某区2024年工作要点\n一、任务\n" + "".join(
        f"{number}.开展普法工作。{field}。\n" for number, field in enumerate(order, start=1)
    )
    plan = rulegov.parse_plan(text)
    [unit] = plan.units
    assert [[a.unit for a in task.assignments] for task in plan.tasks] == [[unit.id]] * 3
    for name in ("区普法办", "区委宣传部", "区委宣传部(区普法办)", "区委宣传部（区普法办）"):
        assert plan.unit(name) is unit


@pytest.mark.parametrize("table", [False, True])
def test_a_bracketed_form_of_two_units_already_named_apart_is_the_first_one(table):
    # the department and the office it hosts lead tasks of their own before a task prints both
    fields = ["区委宣传部", "区普法办", "区委宣传部（区普法办）"]
    if table:
        text = "某区2024年工作要点\n序号 | 工作任务 | 牵头单位 | 完成时限 |\n" + "".join(
            f"{number} | 开展普法工作 | {name} | 2024年10月 |\n"
            for number, name in enumerate(fields, start=1)
        )
    else:
        text = "某区2024年工作要点\n一、任务\n" + "".join(
            f"{number}.开展普法工作。牵头单位:{name}。\n"
            for number, name in enumerate(fields, start=1)
        )
    plan = rulegov.parse_plan(text)
    host, office = plan.units
    assert (host.name, office.name) == ("区委宣传部", "区普法办")
    assert [[a.unit for a in task.assignments] for task in plan.tasks] == [
        [host.id],
        [office.id],
        [host.id],
    ]
    assert plan.unit("区委宣传部(区普法办)") is host
    assert plan.unit("区普法办") is office


def test_brackets_of_places_and_of_a_part_keep_their_units_apart():
    plan = rulegov.parse_plan(
        "某区2024年工作要点\n一、任务\n1.开展普法工作。责任单位:各镇（街道）、区司法局。\n"
    )
    assert [unit.name for unit in plan.units] == ["各镇（街道）", "区司法局"]
    assert plan.units[0].aliases == []


def test_a_paragraph_of_many_brackets_keeps_its_text_and_names_no_units():
    # each bracket is looked for once (benchmarks/parse.py times this input among its adversarial
    # ones): 128,000 of them in 384,000 characters took seconds
    text = "开展工作" + "(甲)" * 128_000 + "。"
    ranges, fields = split_fields(text)
    assert fields == []
    assert "".join(text[a:b] for a, b in ranges) == text


@pytest.mark.parametrize("name", ["各县(市、区)人民政府", "县司法局(甲,乙)"])
def test_a_unit_bracket_of_thousands_of_names_with_brackets_is_read_in_linear_time(name):
    # each comma is checked against the one inner bracket opened before it, not against all:
    # 16,000 names took 27 to 45 seconds when every comma was checked against every bracket
    def read(names: int) -> rulegov.Plan:
        return rulegov.parse_plan(
            "某县2023年工作方案\n一、加强领导\n1.开展培训。(" + f"{name}," * names + "县法院牵头)\n"
        )

    assert growth(read, 2_000) < LINEAR  # four times the names, not sixteen times the time
    assert [(t.title, t.lead_units) for t in read(16_000).tasks] == [
        ("开展培训", [name.removesuffix("(甲,乙)"), "县法院"])
    ]


def test_units_that_take_part_in_a_task_cooperate_on_it():
    assert _unit_roles(
        "一、实施就业优先战略\n1.坚持就业优先。把稳定就业作为优先选项。"
        "(市发展改革委、市人社局牵头,市委组织部、市教育局参加)\n"
    ) == [(["市发展改革委", "市人社局"], [], ["市委组织部", "市教育局"])]


@pytest.mark.parametrize(
    "bracket",
    ["(全体干部职工参加)", "(邀请人大代表、政协委员参加)", "(2023年6月底前,新提拔干部参加)"],
)
def test_those_who_attend_are_no_units(bracket: str):
    # 参加 without a unit that leads or answers for the work says who attends
    plan = rulegov.parse_plan(f"某市2023年工作要点\n1.组织开展培训{bracket}。\n")
    assert [(t.lead_units, t.cooperating_units) for t in plan.tasks] == [([], [])]


def test_a_label_in_square_brackets_inside_a_sentence_is_the_sentences_words():
    plan = rulegov.parse_plan(
        "某县2022年工作要点\n1.提升政务服务。\n2.落实【责任单位】制度,开展评议。\n"
    )
    assert [(t.title, t.responsible_units) for t in plan.tasks][1] == (
        "落实【责任单位】制度,开展评议",
        [],
    )


def test_sixteen_thousand_labels_in_square_brackets_on_one_line_are_read_in_one_pass():
    # each label is turned into one before a colon in one pass over the line, not one copy each
    plan = rulegov.parse_plan("1.开展培训。" + "【责任单位】" * 16_000 + "县司法局\n")
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [("开展培训", ["县司法局"])]


def test_units_on_their_own_lines_right_under_a_heading_are_its_items_units():
    plan = rulegov.parse_plan(
        "某县2022年工作要点\n二、优化营商环境\n牵头单位：县发改局\n配合单位：县财政局\n"
        "1.深化放管服改革。\n2.提升政务服务。\n"
    )
    assert [(t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        (["县发改局"], ["县财政局"]),
        (["县发改局"], ["县财政局"]),
    ]
    assert not [d for d in plan.diagnostics if d.code == "orphan-units"]


def test_ten_thousand_unit_lines_under_a_heading_are_read_for_its_item():
    # each line is checked once against the lines handed down, not against all of them
    plan = rulegov.parse_plan(
        "一、优化营商环境\n" + "牵头单位:县发改局\n" * 10_000 + "1.开展培训。\n"
    )
    assert [(t.title, t.lead_units) for t in plan.tasks] == [("开展培训", ["县发改局"])]
    assert not [d for d in plan.diagnostics if d.code == "orphan-units"]


def test_a_label_in_square_brackets_names_units_as_one_before_a_colon():
    plan = rulegov.parse_plan(
        "某县2022年工作要点\n1.提升政务服务。推进一网通办。\n【责任单位】县政务服务中心\n"
        "2.深化改革。简化审批。【牵头单位】县发改局【配合单位】县财政局\n"
    )
    assert [(t.lead_units, t.responsible_units, t.cooperating_units) for t in plan.tasks] == [
        ([], ["县政务服务中心"], []),
        (["县发改局"], [], ["县财政局"]),
    ]
    assert plan.tasks[1].text == "深化改革。简化审批。"


def test_goals_that_name_their_units_are_tasks():
    plan = rulegov.parse_plan(
        "某县重点工作责任分解\n一、2021年经济社会发展主要目标\n"
        "(一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,某经济开发区]\n"
        "(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局)\n"
        "二、主要目标\n(一)全县生产总值迈上新台阶。\n(二)城乡面貌明显改善。\n"
    )
    assert [(t.path, t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (("一", "（一）"), ["县发改局(粮食局)"], ["各镇人民政府", "某经济开发区"]),
        (("一", "（二）"), ["县财政局"], ["县税务局"]),
    ]
    # goals that name no unit stay the prose of their heading
    assert [s.kind.value for s in plan.sections] == ["tasks", "objectives"]


def test_deng_after_the_last_of_a_list_of_units_is_no_part_of_its_name():
    assert _unit_roles(
        "一、重点任务\n1.修编产业园发展规划。(牵头单位:县园区发展服务中心;"
        "责任单位:新材料产业园、商贸物流园等)\n"
    ) == [(["县园区发展服务中心"], ["新材料产业园", "商贸物流园"], [])]


def test_a_line_after_a_parts_items_that_opens_with_yishang_names_the_units_of_all():
    plan = rulegov.parse_plan(
        "某区2023年工作要点\n一、优化营商环境\n1.深化放管服改革。\n2.提升政务服务水平。\n"
        "以上任务由区发改委牵头,区财政局、各镇(街道)配合。\n"
        "二、改善民生\n3.稳定就业。\n4.办好教育。\n(上述工作由区人社局、区教育局负责)\n"
        "三、其他\n5.加强督查。(责任单位:区政府办)\n6.抓好落实。\n"
    )
    assert [(t.lead_units, t.responsible_units, t.cooperating_units) for t in plan.tasks] == [
        (["区发改委"], [], ["区财政局", "各镇(街道)"]),
        (["区发改委"], [], ["区财政局", "各镇(街道)"]),
        ([], ["区人社局", "区教育局"], []),
        ([], ["区人社局", "区教育局"], []),
        ([], ["区政府办"], []),
        ([], [], []),
    ]


def test_a_division_sentence_reads_names_that_close_with_a_bracket_of_places():
    text = "加强监管。由区司法局牵头,各镇(街道)配合。"
    _, fields = split_fields(text)
    assert [(f.label, text[f.begin : f.end]) for f in fields] == [
        ("牵头单位", "区司法局"),
        ("配合单位", "各镇(街道)"),
    ]


def test_units_an_item_opens_with_before_a_colon_are_its_units():
    plan = rulegov.parse_plan(
        "某区2023年工作要点\n一、重点任务\n1.区发改委:牵头推进重大项目建设。\n"
        "2.区财政局、区税务局:做好财政收入组织工作。\n3.各镇(街道):抓好安全生产。\n"
        "4.加强组织领导:成立工作专班。\n"
    )
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [
        ("牵头推进重大项目建设", ["区发改委"]),
        ("做好财政收入组织工作", ["区财政局", "区税务局"]),
        ("抓好安全生产", ["各镇(街道)"]),
        ("加强组织领导", []),
    ]


def test_names_of_units_after_a_dash_that_ends_an_item_are_its_units():
    assert _unit_roles(
        "一、重点任务\n1.推进项目建设。全年完成投资50亿元。——县发改局、县财政局\n"
        "2.抓好招商引资。—县商务局\n3.坚持依法行政。——这是根本要求\n"
    ) == [([], ["县发改局", "县财政局"], []), ([], ["县商务局"], []), ([], [], [])]


def test_a_part_titled_by_names_of_units_alone_hands_them_its_items():
    plan = rulegov.parse_plan(
        "某市2024年食品安全工作责任清单\n一、市市场监管局\n1.加强食品安全抽检。\n2.开展专项整治。\n"
        "二、市农业农村局、市林业局\n1.规范农药使用。(责任单位:市农业农村局)\n2.加强林产品监管。\n"
    )
    assert [t.responsible_units for t in plan.tasks] == [
        ["市市场监管局"],
        ["市市场监管局"],
        ["市农业农村局"],
        ["市农业农村局", "市林业局"],
    ]
    # one part so titled among parts of work is no list of bodies
    mixed = rulegov.parse_plan(
        "某市2024年工作要点\n一、各地区各部门\n1.落实属地责任。\n二、加强监管\n1.开展抽检。\n"
    )
    assert [t.responsible_units for t in mixed.tasks] == [[], []]


def test_a_person_with_a_name_after_the_office_is_no_unit():
    assert _unit_roles(
        "一、重点任务\n1.推进项目建设。(分管副县长张三负责,县发改局牵头,县财政局配合)\n"
    ) == [(["县发改局"], [], ["县财政局"])]


def test_parts_of_a_unit_bracket_a_space_divided_are_read_each_with_its_role():
    assert _unit_roles(
        "一、重点任务\n1.推进项目建设。(县发改局牵头 县财政局、县自然资源局配合)\n"
    ) == [(["县发改局"], [], ["县财政局", "县自然资源局"])]


def test_names_before_a_colon_that_ends_the_line_title_the_item_and_own_the_work_below():
    plan = rulegov.parse_plan(
        "某县2023年工作要点\n一、职责分工\n1.县发改局:\n(1)牵头推进重大项目建设。\n(2)做好要素保障。\n"
        "2.县财政局:\n(1)做好资金保障。\n"
    )
    assert [(t.title, plan.excerpt(t.title_span), t.responsible_units) for t in plan.tasks] == [
        ("牵头推进重大项目建设", "牵头推进重大项目建设", ["县发改局"]),
        ("做好要素保障", "做好要素保障", ["县发改局"]),
        ("做好资金保障", "做好资金保障", ["县财政局"]),
    ]
    parts = rulegov.parse_plan(
        "某区2023年工作要点\n一、区发改委:\n1.牵头推进重大项目建设。\n二、区财政局:\n2.做好财政收入组织工作。\n"
    )
    assert [(s.title, parts.excerpt(s.title_span)) for s in parts.sections] == [
        ("区发改委", "区发改委"),
        ("区财政局", "区财政局"),
    ]
    assert [t.responsible_units for t in parts.tasks] == [["区发改委"], ["区财政局"]]
    alone = rulegov.parse_plan(
        "某区2023年工作要点\n一、重点任务\n1.区发改委:\n推进重大项目建设。\n"
    )
    assert [(t.title, alone.excerpt(t.title_span), t.responsible_units) for t in alone.tasks] == [
        ("区发改委", "区发改委", ["区发改委"])
    ]


def test_places_grades_and_things_before_a_colon_or_as_titles_are_no_units():
    plan = rulegov.parse_plan(
        "某区2023年工作要点\n一、重点任务\n1.全国文明城市:巩固创建成果,常态长效推进。\n"
        "2.省级高新区:加快创建步伐。\n3.区域医疗中心:加快建设。(责任单位:区卫健委)\n"
        "4.区政务服务中心:优化办事流程。\n"
    )
    assert [(t.title, plan.excerpt(t.title_span), t.responsible_units) for t in plan.tasks] == [
        ("全国文明城市:巩固创建成果,常态长效推进", "全国文明城市:巩固创建成果,常态长效推进", []),
        ("省级高新区:加快创建步伐", "省级高新区:加快创建步伐", []),
        ("区域医疗中心:加快建设", "区域医疗中心:加快建设", ["区卫健委"]),
        ("优化办事流程", "优化办事流程", ["区政务服务中心"]),
    ]
    titled = rulegov.parse_plan(
        "某区2023年工作要点\n一、市区\n1.建设中心城区。\n二、各县区\n1.推进县城建设。\n"
    )
    assert [t.responsible_units for t in titled.tasks] == [[], []]


def test_bullets_run_together_after_a_dash_are_the_items_text_not_its_units():
    plan = rulegov.parse_plan(
        "某区2023年工作要点\n一、重点任务\n1.坚持发展思想。——以人民为中心\n"
        "2.实施三大工程。——实施城市更新工程。——建设智慧城区\n"
        "3.优化空间布局。——做强中心城区、建设滨江新区\n4.推进全域旅游。——全县\n"
        "5.推进项目建设。——县发改局、县财政局\n"
    )
    assert [(t.text, t.responsible_units) for t in plan.tasks] == [
        ("坚持发展思想。——以人民为中心", []),
        ("实施三大工程。——实施城市更新工程。——建设智慧城区", []),
        ("优化空间布局。——做强中心城区、建设滨江新区", []),
        ("推进全域旅游。——全县", []),
        ("推进项目建设。", ["县发改局", "县财政局"]),
    ]


def test_an_item_that_names_its_units_keeps_them_beside_a_closing_line_or_a_unit_title():
    closed = rulegov.parse_plan(
        "某区2023年工作要点\n一、重点任务\n1.深化改革。(责任单位:区委改革办)\n(1)推进简政放权。\n"
        "(2)优化审批流程。\n2.提升服务。\n以上任务由区发改委牵头,区财政局配合。\n"
    )
    assert [(t.title, t.lead_units, t.responsible_units) for t in closed.tasks] == [
        ("深化改革", [], ["区委改革办"]),
        ("提升服务", ["区发改委"], []),
    ]
    titled = rulegov.parse_plan(
        "某县2023年工作责任清单\n一、县发改局\n1.推进项目建设。(责任单位:县自然资源局)\n(1)做好用地保障。\n"
        "二、县财政局\n1.保障资金。\n"
    )
    assert [(t.title, t.responsible_units) for t in titled.tasks] == [
        ("推进项目建设", ["县自然资源局"]),
        ("保障资金", ["县财政局"]),
    ]


def test_a_closing_line_after_the_last_items_sub_items_closes_those_alone():
    plan = rulegov.parse_plan(
        "某区2023年工作要点\n一、重点任务\n1.深化改革。\n2.提升服务。\n3.开展专项行动。\n"
        "(1)整治无证经营。\n(2)规范市场秩序。\n上述工作由区市场监管局负责。\n"
    )
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [
        ("深化改革", []),
        ("提升服务", []),
        ("整治无证经营", ["区市场监管局"]),
        ("规范市场秩序", ["区市场监管局"]),
    ]
    piece = rulegov.parse_plan(
        "某区2023年工作要点\n一、重点任务\n1.稳定就业。\n2.办好教育。\n"
        "以上工作中,涉及资金保障的由区财政局负责。\n"
    )
    assert piece.tasks[0].responsible_units == []


def test_goals_stay_prose_unless_most_of_them_name_units_by_a_role_word():
    tail = "二、主要任务\n(一)深化改革。(责任单位:区发改委)\n"
    bare = rulegov.parse_plan(
        "某区2023年工作要点\n一、工作目标\n(一)到2025年,全区法治政府基本建成。\n"
        "(二)群众满意度达到90%以上。(区司法局)\n" + tail
    )
    few = rulegov.parse_plan(
        "某区2023年工作要点\n一、工作目标\n(一)全面完成年度目标。\n(二)建成智慧法院。(牵头单位:区法院)\n"
        "(三)群众满意度90%以上。\n" + tail
    )
    paragraph = rulegov.parse_plan(
        "某区2023年工作要点\n一、主要目标\n全年地区生产总值增长6%。(牵头单位:区发改委)\n" + tail
    )
    for plan in (bare, few, paragraph):
        assert [s.kind.value for s in plan.sections] == ["objectives", "tasks"]
        assert [t.title for t in plan.tasks] == ["深化改革"]
        assert not [d for d in plan.diagnostics if d.code in ("no-unit", "orphan-units")]


def test_names_set_aside_after_a_dash_are_said_to_stand_after_a_dash():
    plan = rulegov.parse_plan(
        "某区2023年工作要点\n一、重点任务\n1.推进项目建设。(责任单位:区发改委)\n"
        "2.抓好招商引资。——区商务局、区投促中心\n3.稳定就业。(区人社局、区职业技术学校)\n"
    )
    notes = [d.message for d in plan.diagnostics if d.code == "names-aside"]
    assert len(notes) == 2
    assert "names after a dash without a role word ('区商务局、区投促中心')" in notes[0]
    assert "names in brackets without a role word ('区人社局、区职业技术学校')" in notes[1]


def test_full_names_with_he_before_a_colon_and_deng_after_a_dash_are_read():
    plan = rulegov.parse_plan(
        "某区2023年工作要点\n一、重点任务\n1.区人力资源和社会保障局:做好稳就业工作。\n"
        "2.区住房和城乡建设局、区财政局:推进老旧小区改造。\n3.市县两级和有关部门:抓好落实。\n"
    )
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [
        ("做好稳就业工作", ["区人力资源和社会保障局"]),
        ("推进老旧小区改造", ["区住房和城乡建设局", "区财政局"]),
        ("市县两级和有关部门:抓好落实", []),
    ]
    assert _unit_roles("一、重点任务\n1.推进项目建设。——区发改局、区财政局等\n2.做好保障。\n") == [
        ([], ["区发改局", "区财政局"], []),
        ([], [], []),
    ]


def _table_units(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    plan = rulegov.parse_plan("某区2024年重点工作任务分解表\n" + text)
    return [(t.lead_units, t.responsible_units, t.cooperating_units) for t in plan.tasks]


@pytest.mark.parametrize(
    ("lead", "responsible"),
    [("主办单位", "实施单位"), ("牵头单位", "实施单位"), ("主办单位", "责任单位")],
)
@pytest.mark.parametrize(
    "print_rows",
    [
        lambda rows: ["| " + " | ".join(row) + " |" for row in rows],
        lambda rows: ["\t".join(row) for row in rows],
        lambda rows: [cell for row in rows for cell in row],
    ],
    ids=["pipes", "tabs", "one cell a line"],
)
def test_every_role_label_heads_a_column_of_that_role(lead, responsible, print_rows):
    rows = [
        ["序号", "工作任务", lead, responsible],
        ["1", "推进项目建设", "区发改局", "区财政局"],
        ["2", "稳定就业", "区人社局", "各街道"],
    ]
    assert _table_units("\n".join(print_rows(rows)) + "\n") == [
        (["区发改局"], ["区财政局"], []),
        (["区人社局"], ["各街道"], []),
    ]


@pytest.mark.parametrize("brackets", ["()", "（）", "〔〕", "[]", "【】"])
def test_a_bracket_of_units_on_its_own_line_after_items_is_theirs_in_any_bracket(brackets):
    opening, closing = brackets
    text = (
        "1.完善应急预案体系\n(1)加强应急预案管理。\n(2)加强应急预案演练。\n"
        f"{opening}责任单位:市直各有关单位、各县(市、区)人民政府{closing}\n"
        "2.健全应急管理体制\n(1)推进办事机构建设。\n"
    )
    units = ([], ["市直各有关单位", "各县(市、区)人民政府"], [])
    assert _unit_roles(text) == [units, units, ([], [], [])]


@pytest.mark.parametrize("sign", ["，", ",", "；", ";", "。", " ", "\u3000"])
def test_the_roles_of_a_bracket_parted_by_any_sign_name_their_units(sign):
    text = f"1.加强项目储备。编制计划。(区发改局牵头{sign}区财政局等部门,区国投公司、各街道配合)\n"
    assert _unit_roles(text) == [(["区发改局"], [], ["区财政局", "区国投公司", "各街道"])]


@pytest.mark.parametrize("sign", [" ", "", ";", "，"])
def test_a_name_after_a_role_word_that_a_role_word_of_its_own_ends_is_another_part(sign):
    text = f"1.推行改革试点。(市审改办、市工商局牵头{sign}浦东新区政府等相关区县政府配合)\n"
    # the words for the bodies left unnamed (等相关区县政府) are no part of the name before them
    assert _unit_roles(text) == [(["市审改办", "市工商局"], [], ["浦东新区政府"])]


@pytest.mark.parametrize("words", ["牵头负责", "牵头落实"])
def test_a_role_word_of_two_words_is_one_part(words):
    text = f"1.健全组织实施机制。(农业农村部、工业和信息化部{words})\n"
    assert _unit_roles(text) == [(["农业农村部", "工业和信息化部"], [], [])]


@pytest.mark.parametrize(
    ("line", "units"),
    [
        (
            "区政务服务局牵头,区发改局、区审改办配合",
            (["区政务服务局"], [], ["区发改局", "区审改办"]),
        ),
        (
            "区政务服务局牵头，区发改局、区审改办配合。",
            (["区政务服务局"], [], ["区发改局", "区审改办"]),
        ),
        (
            "区国土分局牵头；区规划分局、区级相关部门配合",
            (["区国土分局"], [], ["区规划分局", "区级相关部门"]),
        ),
        (
            "省委金融办、省财政厅等牵头,省(中)直有关单位按职责分工负责",
            (["省委金融办", "省财政厅"], ["省(中)直有关单位"], []),
        ),
        ("农业农村部、工业和信息化部牵头负责", (["农业农村部", "工业和信息化部"], [], [])),
        (
            "市生态环境局牵头,市水务局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县落实,不再列出。",
            (["市生态环境局"], ["各县、区人民政府(管委会)"], ["市水务局"]),
        ),
        (
            "区发改局牵头,区财政局、区交运局、区经贸投促局、区住建局、区水务局等部门配合",
            (["区发改局"], [], ["区财政局", "区交运局", "区经贸投促局", "区住建局", "区水务局"]),
        ),
    ],
)
def test_a_division_of_work_on_a_line_of_its_own_names_the_units_of_the_task_above(line, units):
    text = f"1.精简项目审批手续。加快推进网上审批。\n{line}\n2.做好保障。\n"
    assert _unit_roles(text) == [units, ([], [], [])]


@pytest.mark.parametrize(
    "line", ["各部门要密切配合。", "各单位要加强协调,积极配合", "主要负责同志亲自负责。"]
)
def test_a_line_of_prose_with_a_role_word_names_no_units(line):
    text = f"1.精简项目审批手续。加快推进网上审批。\n{line}\n2.做好保障。\n"
    assert _unit_roles(text)[0] == ([], [], [])


@pytest.mark.parametrize("brackets", ["()", "（）", "〔〕", "[]", "【】"])
@pytest.mark.parametrize(
    "clause",
    ["区司法局牵头，区法院、区检察院配合", "牵头单位：区司法局；配合单位：区法院、区检察院"],
)
def test_a_bracket_of_units_before_the_task_s_text_names_its_units(brackets, clause):
    opening, closing = brackets
    text = f"1.{opening}{clause}{closing}加强法治宣传教育。\n2.做好保障。\n"
    plan = rulegov.parse_plan("某区2024年工作要点\n一、重点任务\n" + text)
    assert [(t.title, t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        ("加强法治宣传教育", ["区司法局"], ["区法院", "区检察院"]),
        ("做好保障", [], []),
    ]


@pytest.mark.parametrize("count", [300, 3_000])
def test_thousands_of_unit_brackets_before_a_task_s_text_are_read_as_its_units(count):
    # brackets one after another before the text: each read in turn, however many there are
    plan = rulegov.parse_plan(
        "某县关于印发某工作方案的通知\n各镇人民政府:\n现印发。\n某县人民政府\n2023年5月1日\n"
        "一、加强领导\n1." + "(县司法局牵头)〔县法院配合〕" * count + "开展培训。\n"
    )
    assert [(t.title, t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        ("开展培训", ["县司法局"], ["县法院"])
    ]


@pytest.mark.parametrize("umbrella", ["责任分工", "任务分工", "职责分工", "部门分工"])
@pytest.mark.parametrize(
    "print_rows",
    [
        lambda rows: ["| " + " | ".join(row) + " |" for row in rows],
        lambda rows: ["\t".join(row) for row in rows],
    ],
    ids=["pipes", "tabs"],
)
def test_a_division_of_work_s_label_spreads_over_the_role_columns_of_a_two_row_header(
    umbrella, print_rows
):
    rows = [
        ["专项整治行业名称", "时间安排", umbrella, ""],
        ["", "", "牵头单位", "配合单位"],
        ["烟花爆竹", "1月份", "安监站", "派出所"],
        ["电力设施", "3月份", "电管所", "供电所"],
    ]
    assert _table_units("\n".join(print_rows(rows)) + "\n") == [
        (["安监站"], [], ["派出所"]),
        (["电管所"], [], ["供电所"]),
    ]


@pytest.mark.parametrize("umbrella", ["责任分工", "任务分工"])
def test_a_division_of_work_s_label_heads_a_column_of_units_with_their_roles(umbrella):
    text = f"| 序号 | 工作任务 | {umbrella} | 完成时限 |\n| 1 | 推进项目建设 | 区发改局牵头,区财政局配合 | 6月底 |\n"
    assert _table_units(text) == [(["区发改局"], [], ["区财政局"])]


@pytest.mark.parametrize("sign", [" ", "", ",", "；"])
def test_people_and_units_parted_by_any_sign_keep_people_out(sign):
    text = f"1.推行先照后证。(分管副省长、协管副秘书长负责{sign}省工商局牵头)\n"
    assert _unit_roles(text) == [(["省工商局"], [], [])]


@pytest.mark.parametrize("sign", [" ", "", ",", "；"])
def test_names_that_end_in_deng_before_a_role_word_are_a_part_of_their_own(sign):
    text = f"1.落实宏观政策。〔省委金融办、省财政厅等牵头{sign}省(中)直有关单位按职责分工负责〕\n"
    assert _unit_roles(text) == [(["省委金融办", "省财政厅"], ["省(中)直有关单位"], [])]


@pytest.mark.parametrize(
    "header",
    [
        ["专项整治行业名称", "时间安排", "责任单位"],
        ["整治项目名称", "完成时限", "牵头单位"],
    ],
)
@pytest.mark.parametrize(
    "print_rows",
    [
        lambda rows: [cell for row in rows for cell in row],
        lambda rows: ["| " + " | ".join(row) + " |" for row in rows],
    ],
    ids=["one cell a line", "pipes"],
)
def test_a_table_naming_its_task_column_in_its_own_words_is_read_however_printed(
    header, print_rows
):
    rows = [header]
    for work, unit in (("烟花爆竹", "安监站"), ("电力设施", "电管所"), ("养老机构", "民政所")):
        cells = {"unit": unit, "time": "3月份", "work": work}
        rows.append(
            [
                cells["work"] if i == 0 else cells["unit"] if "单位" in h else cells["time"]
                for i, h in enumerate(header)
            ]
        )
    plan = rulegov.parse_plan(
        "某镇2017年度安全生产专项整治工作计划\n一、专项整治安排表\n"
        + "\n".join(print_rows(rows))
        + "\n"
    )
    units = [t.lead_units + t.responsible_units for t in plan.tasks]
    assert [t.title for t in plan.tasks] == ["烟花爆竹", "电力设施", "养老机构"]
    assert units == [["安监站"], ["电管所"], ["民政所"]]


@pytest.mark.parametrize(
    ("title", "lead", "responsible", "cooperating"),
    [
        ("一、县示范区管委会牵头工作(8项)", ["县示范区管委会"], [], []),
        ("一、县示范区管委会牵头工作（8项）", ["县示范区管委会"], [], []),
        ("一、市发改委、市财政局负责的重点任务", [], ["市发改委", "市财政局"], []),
        ("一、各镇(街道)配合事项", [], [], ["各镇(街道)"]),
    ],
)
def test_a_part_titled_by_units_and_their_role_hands_them_its_items(
    title: str, lead: list[str], responsible: list[str], cooperating: list[str]
) -> None:
    plan = rulegov.parse_plan(
        f"2025年县政府工作报告任务清单\n{title}\n1.建设养殖基地。\n2.打造生产基地。\n"
        "3.加强宣传。(县委宣传部牵头)\n"
    )
    roles = [(t.lead_units, t.responsible_units, t.cooperating_units) for t in plan.tasks]
    # an item that names its own units keeps them
    assert roles == [(lead, responsible, cooperating)] * 2 + [(["县委宣传部"], [], [])]


@pytest.mark.parametrize(
    "heading",
    [
        "(一)构建法治环境保障体系(总牵头单位:县委依法治县委员会办公室)\n",
        "（一）构建法治环境保障体系（总牵头单位：县委依法治县委员会办公室）\n",
        "(一)构建法治环境保障体系【总牵头部门:县委依法治县委员会办公室】\n",
        "(一)构建法治环境保障体系\n总牵头单位:县委依法治县委员会办公室\n\n",
        "(一)构建法治环境保障体系。总牵头:县委依法治县委员会办公室\n",
    ],
)
def test_a_part_naming_the_unit_that_leads_it_whole_is_a_section_over_its_items(
    heading: str,
) -> None:
    plan = rulegov.parse_plan(
        f"某县优化营商环境工作方案\n二、任务分工\n{heading}"
        "1.各级领导干部要增强法治意识。\n2.深化行政执法体制改革。(责任单位:县司法局)\n"
    )
    (part,) = plan.sections[0].children
    assert part.title == "构建法治环境保障体系"
    # the part's unit leads each item that names none; an item naming its own keeps them
    assert [(t.path, t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (("二", "（一）", "1"), ["县委依法治县委员会办公室"], []),
        (("二", "（一）", "2"), [], ["县司法局"]),
    ]


@pytest.mark.parametrize("title", ["一、朱伟县长牵头重点工作", "一、王强副市长牵头工作(3项)"])
def test_a_part_titled_by_a_person_and_a_role_hands_out_no_units(title: str) -> None:
    plan = rulegov.parse_plan(f"2023年政府工作报告重点工作责任分解\n{title}\n1.抓好财政收入。\n")
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [([], [])]
    assert not plan.units


@pytest.mark.parametrize(
    "text",
    [
        "1.做好宣传。(县委宣传部主办,县文旅局、县教育局协办)\n",
        "1.做好宣传。(县委宣传部主办;县文旅局、县教育局协办)\n",
        "1.做好宣传。\n责任单位:县委宣传部主办,县文旅局、县教育局协办。\n",
    ],
)
def test_the_unit_that_runs_the_work_leads_it_and_those_that_assist_cooperate(text: str) -> None:
    assert _unit_roles(text) == [(["县委宣传部"], [], ["县文旅局", "县教育局"])]


def test_a_units_cell_with_runs_and_assists_gives_each_name_its_role() -> None:
    plan = rulegov.parse_plan(
        "某局2021年政务公开工作要点分工方案\n工作任务 | 具体要求 | 责任科室 |\n"
        "一、做好疫情防控信息公开 | 1.设立专栏发布权威信息。 | 局防控办主办、各工作组协办 |\n"
        "2.做好疫苗接种信息公开。 | 局疾控科 | |\n"
    )
    assert [(t.lead_units, t.responsible_units, t.cooperating_units) for t in plan.tasks] == [
        (["局防控办"], [], ["各工作组"]),
        ([], ["局疾控科"], []),
    ]


_NOTE = "以下均需各市、区人民政府,镇江新区、高新区管委会落实,不再列出"


@pytest.mark.parametrize(
    "bracket",
    [
        f"(市人社局负责;各市、区人民政府,镇江新区、高新区管委会〔{_NOTE}〕负责落实)",
        f"(市人社局负责;各市、区人民政府,镇江新区、高新区管委会负责落实〔{_NOTE}〕)",
        f"〔市人社局负责;各市、区人民政府,镇江新区、高新区管委会【{_NOTE}】负责落实〕",
    ],
)
def test_a_remark_in_a_bracket_inside_a_unit_bracket_leaves_its_units_read(bracket: str) -> None:
    assert _unit_roles(f"1.加大税费减免力度。落实减免政策。{bracket}\n") == [
        ([], ["市人社局", "各市、区人民政府", "镇江新区、高新区管委会"], [])
    ]


def test_a_first_leads_remark_in_a_bracket_after_the_first_name_is_its_note() -> None:
    assert _unit_roles(
        "1.加大力度。(市卫健委(列第一位为牵头单位,下同)、市财政局负责)\n"
        "2.加强保障。(市医保局、县(市、区)人民政府负责)\n"
    ) == [(["市卫健委"], ["市财政局"], []), (["市医保局"], ["县(市、区)人民政府"], [])]


@pytest.mark.parametrize(
    ("bracket", "names"),
    [
        ("(市人社局負責;各市、區(qū)人民政府負責落實)", ["市人社局", "各市、區人民政府"]),
        ("(市人社局负责;各县(xiàn)、区人民政府负责)", ["市人社局", "各县、区人民政府"]),
        ("(责任单位:市財(cái)政局、市人社局)", ["市財政局", "市人社局"]),
    ],
)
def test_a_mirrors_gloss_inside_a_name_parts_nothing(bracket: str, names: list[str]) -> None:
    plan = rulegov.parse_plan(f"某市2022年工作要点\n一、稳就业\n1.加大减免力度。{bracket}\n")
    assert [t.responsible_units for t in plan.tasks] == [names]


def test_a_space_between_two_names_still_parts_them() -> None:
    assert _unit_roles("1.加大减免力度。\n配合单位:区财政局 区审计局\n") == [
        ([], [], ["区财政局", "区审计局"])
    ]


@pytest.mark.parametrize(
    "cut",
    [
        "(市人社局负责;各县(市、区)人民政府,高新区管委会〔以下均需各县(市、区)人民政府落实,不再",
        "(市人社局负责;各县(市、区)人民政府,高新区管委会【以下均需",
        "(市人社局负责;各县(市、区)人民政府,高新区管委会(下同",
    ],
)
def test_a_remark_bracket_the_end_cuts_open_inside_a_unit_bracket_names_no_units(cut: str) -> None:
    plan = rulegov.parse_plan(f"某市2022年工作要点\n一、稳就业\n1.加大减免力度。{cut}")
    # the clause after the semicolon lost its role word to the cut: its names are left out too
    assert [t.responsible_units for t in plan.tasks] == [["市人社局"]]


@pytest.mark.parametrize(
    "bracket",
    [
        "〔规章由政策法规司牵头、规范性文件由制发司(局)牵头,信息中心配合〕",
        "(规章由政策法规司牵头,规范性文件由制发司(局)牵头,信息中心配合)",
        "(规章的公开由政策法规司牵头;规范性文件由制发司(局)牵头;信息中心配合)",
    ],
)
def test_the_work_a_bracket_hands_out_before_by_is_no_part_of_the_units_name(
    bracket: str,
) -> None:
    assert _unit_roles(f"1.规范公开工作。{bracket}\n") == [
        (["政策法规司", "制发司(局)"], [], ["信息中心"])
    ]


@pytest.mark.parametrize("name", ["市自由贸易试验区管委会", "由市发改委"])
def test_a_name_holding_by_in_a_word_or_opening_with_it_keeps_its_unit(name: str) -> None:
    assert _unit_roles(f"1.推进改革。({name}牵头,市商务局配合)\n") == [
        ([name.removeprefix("由")], [], ["市商务局"])
    ]


@pytest.mark.parametrize(
    "title",
    [
        "二、各部门配合工作",
        "二、有关单位配合工作",
        "二、各有关部门配合事项",
        "二、各部门牵头工作(2项)",
        # several such names, listed or one bracketed after the other
        "二、各单位、各部门配合工作",
        "二、各部门（单位）配合工作",
        "二、各部门(单位)配合工作",
        "二、有关部门和单位配合工作",
        "二、各部門、各單位配合工作",
    ],
)
def test_a_part_titled_by_departments_at_large_hands_out_no_units(title: str) -> None:
    # 各部门 says neither where nor which: the part's items keep their own units, or none
    plan = rulegov.parse_plan(
        f"某县2023年工作分工\n一、县司法局牵头工作\n1.完善行政执法制度。\n{title}\n"
        "2.落实普法责任制。\n3.开展法治宣传。(县委宣传部牵头)\n"
    )
    roles = [(t.lead_units, t.cooperating_units) for t in plan.tasks]
    assert roles == [(["县司法局"], []), ([], []), (["县委宣传部"], [])]


@pytest.mark.parametrize(
    ("title", "cooperating"),
    [("二、县直各部门配合工作", ["县直各部门"]), ("二、市财政局配合工作", ["市财政局"])],
)
def test_a_part_titled_by_named_departments_and_their_role_still_hands_them_out(
    title: str, cooperating: list[str]
) -> None:
    plan = rulegov.parse_plan(f"某县2023年工作分工\n{title}\n1.落实普法责任制。\n")
    assert [t.cooperating_units for t in plan.tasks] == [cooperating]


@pytest.mark.parametrize(
    "printed",
    [
        "1.落实经费保障。(责任单位:{})\n2.加强督查。\n",
        "1.落实经费保障。\n责任单位：{}\n2.加强督查。\n",
        "序号\t工作任务\t责任单位\n1\t落实经费保障\t{}\n2\t加强督查\t市政府办\n",
        "|序号|工作任务|责任单位|\n|1|落实经费保障|{}|\n|2|加强督查|市政府办|\n",
    ],
)
@pytest.mark.parametrize(
    ("names", "units"),
    [
        # each name ends as a unit's does: a space parts them, even before a name cut short
        ("市发改委 市经信局 市财政局 市协", ["市发改委", "市经信局", "市财政局", "市协"]),
        # a space inside a name (市司法 局) parts nothing; the one after 办公室 does
        ("市政府办公室 市司法 局", ["市政府办公室", "市司法局"]),
        # a place alone before a space is the head of the name after it
        ("某某市 司法局", ["某某市司法局"]),
        ("市人社局 市医保中心", ["市人社局", "市医保中心"]),
    ],
)
def test_names_parted_by_spaces_in_a_units_field_are_units_where_each_ends_as_one(
    printed: str, names: str, units: list[str]
) -> None:
    plan = rulegov.parse_plan("某市2023年工作分工\n" + printed.format(names))
    assert plan.tasks[0].responsible_units == units


@pytest.mark.parametrize(
    "printed",
    [
        "1.落实经费保障。(责任单位:{})\n2.加强督查。\n",
        "1.落实经费保障。\n责任单位：{}\n2.加强督查。\n",
        "序号\t工作任务\t责任单位\n1\t落实经费保障\t{}\n2\t加强督查\t市政府办\n",
        "|序号|工作任务|责任单位|\n|1|落实经费保障|{}|\n|2|加强督查|市政府办|\n",
    ],
)
@pytest.mark.parametrize(
    ("names", "units"),
    [
        # a part of the organ with no place of its own belongs to the name before the space
        ("区人民政府 办公室", ["区人民政府办公室"]),
        ("市政府 办公室", ["市政府办公室"]),
        ("县人大 常委会", ["县人大常委会"]),
        ("中共某某县委 宣传部", ["中共某某县委宣传部"]),
        ("市公安局 交警支队", ["市公安局交警支队"]),
        ("区市场监管局 执法大队 区司法局", ["区市场监管局执法大队", "区司法局"]),
        # a conjunction between two names is neither
        ("区司法局 与 区法院", ["区司法局", "区法院"]),
        ("区司法局 以及 区法院", ["区司法局", "区法院"]),
        ("区司法局 和 区法院", ["区司法局", "区法院"]),
        # a place's committee in two characters is a whole name before a placed one
        ("区委 区政府办公室", ["区委", "区政府办公室"]),
        ("县委 县政府", ["县委", "县政府"]),
        # guards: a committee's department, names with their places, names left placeless
        ("县委 组织部", ["县委组织部"]),
        ("县委办 县政府办", ["县委办", "县政府办"]),
        ("区发改局 财政局 审计局", ["区发改局", "财政局", "审计局"]),
        ("超限站 公路站 交警六中队", ["超限站", "公路站", "交警六中队"]),
        ("区司法局 区公安分局", ["区司法局", "区公安分局"]),
        ("县委 县人武部", ["县委", "县人武部"]),
    ],
)
def test_a_space_before_an_organs_own_part_or_a_conjunction_parts_no_unit(
    printed: str, names: str, units: list[str]
) -> None:
    plan = rulegov.parse_plan("某市2023年工作分工\n" + printed.format(names))
    assert plan.tasks[0].responsible_units == units


def test_a_part_titled_by_departments_at_large_in_traditional_characters_gives_none() -> None:
    plan = rulegov.parse_plan("某縣2023年工作分工\n二、各有關部門配合工作\n1.落實普法責任制。\n")
    assert [t.cooperating_units for t in plan.tasks] == [[]]


SPELT_OUT_FORMS = [
    "2024年法治工作要点\n一、依法行政\n1.完善制度建设。\n牵头单位：{}\n",
    "2024年法治工作要点\n一、依法行政\n1.完善制度建设。（牵头单位：{}）\n2.加强执法。\n",
    "2024年法治工作任务分工\n|序号|工作任务|牵头单位|\n|1|完善制度建设|{}|\n|2|加强执法监督|区司法局|\n",
    "2024年法治工作任务分工\n序号\t工作任务\t牵头单位\n1\t完善制度建设\t{}\n2\t加强执法监督\t区司法局\n",
]


@pytest.mark.parametrize("form", SPELT_OUT_FORMS)
@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("市 委 政 法 委", ["市委政法委"]),
        ("区 司 法 局", ["区司法局"]),
        ("县 委 办 公 室", ["县委办公室"]),
        ("市 公 安 局 交 警 支 队", ["市公安局交警支队"]),
        ("市 委 政 法 委、区 司 法 局", ["市委政法委", "区司法局"]),
        ("县 委 宣 传 部 县 文 明 办", ["县委宣传部", "县文明办"]),
        ("区 司 法 局 与 区 法 院", ["区司法局", "区法院"]),
        # as read before: names printed whole, or a place spaced from its organ
        ("区 委 区 政 府", ["区委", "区政府"]),
        ("区 司法局", ["区司法局"]),
        ("区司法局 区审计局", ["区司法局", "区审计局"]),
        ("区人民政府 办公室", ["区人民政府办公室"]),
    ],
)
def test_a_name_spelt_out_with_a_space_between_its_characters_is_one_unit(
    form: str, printed: str, names: list[str]
):
    plan = rulegov.parse_plan(form.format(printed))
    assert plan.tasks[0].lead_units == names


BROKEN_BRACKETS = [
    # a PDF's text layer: the line ends inside the bracket, blank lines and an indent between
    (
        "一、重点任务\n    （一）完善管理体制。（教育部、国家\n\n        卫生健康委、市场监管总局{role}）\n"
        "    （二）举办大会。\n"
    ),
    # a narrow page: the next line closes the bracket, nothing between
    "一、重点任务\n（一）完善管理体制。（教育部、国家\n卫生健康委、市场监管总局{role}）\n（二）举办大会。\n",
    # the break on the item's last line of several, and in a square bracket
    (
        "一、重点任务\n（一）以科普日为载体，持续\n推进健康科普。开展活动。〔教育部、国家\n"
        "卫生健康委、市场监管总局{role}〕\n（二）举办大会。\n"
    ),
    # broken inside the role word itself
    "一、重点任务\n（一）完善管理体制。（教育部、国家卫生健康委、市场监管总局{head}\n\n{tail}）\n（二）举办大会。\n",
]


@pytest.mark.parametrize("form", BROKEN_BRACKETS)
@pytest.mark.parametrize(
    ("role", "field"),
    [
        ("按职责分工负责", "responsible_units"),
        ("牵头", "lead_units"),
        ("配合", "cooperating_units"),
    ],
)
def test_a_bracket_of_units_broken_at_a_lines_end_names_the_items_units(
    form: str, role: str, field: str
) -> None:
    text = form.format(role=role, head=role[:1], tail=role[1:])
    plan = rulegov.parse_plan(text)
    assert getattr(plan.tasks[0], field) == ["教育部", "国家卫生健康委", "市场监管总局"]
    assert [task.title for task in plan.tasks][1] == "举办大会"


@pytest.mark.parametrize(
    "text",
    [
        # a bracket of remarks, no role word in it: the lines stay as they are
        "一、重点任务\n（一）完善管理体制（含国家\n卫生健康委的意见）\n（二）举办大会。\n",
        # the next line goes on after the close: no bracket closing an item
        "一、重点任务\n（一）完善管理体制。（教育部、国家\n卫生健康委牵头）要抓紧研究。\n（二）举办大会。\n",
    ],
)
def test_a_broken_bracket_that_names_no_units_joins_no_lines(text: str) -> None:
    plan = rulegov.parse_plan(text)
    assert [task.lead_units for task in plan.tasks] == [[], []]


@pytest.mark.parametrize(
    "words",
    [
        "按照职责分工负责",
        "按各自职责负责",
        "按照各自职责分工负责",
        "按照职责落实",
        "按职责分工落实",
    ],
)
def test_every_printing_of_by_their_duties_is_the_role_word_after_the_names(words: str) -> None:
    plan = rulegov.parse_plan(
        f"一、重点任务\n（一）促进就业。（市发展改革委、市财政局等{words}）\n（二）促进创业。\n"
    )
    assert plan.tasks[0].responsible_units == ["市发展改革委", "市财政局"]


@pytest.mark.parametrize(
    ("item", "lead", "responsible", "cooperating"),
    [
        (
            "（一）由省经贸委负责，省农业厅、环保局配合，加快基地建设。",
            [],
            ["省经贸委"],
            ["省农业厅", "环保局"],
        ),
        ("（一）由省经贸委牵头，省农业厅配合，加快基地建设。", ["省经贸委"], [], ["省农业厅"]),
        (
            "（一）加快基地建设。由省经贸委牵头，省农业厅、环保局参与，做好培训工作。",
            ["省经贸委"],
            [],
            ["省农业厅", "环保局"],
        ),
        ("（一）由省经贸委承办，省农业厅协办，加快基地建设。", [], ["省经贸委"], ["省农业厅"]),
        (
            "（一）加快基地建设。（省经贸委承办，省农业厅、卫生厅协办）",
            [],
            ["省经贸委"],
            ["省农业厅", "卫生厅"],
        ),
    ],
)
def test_a_division_of_work_closed_by_a_comma_before_the_work_names_the_items_units(
    item: str, lead: list[str], responsible: list[str], cooperating: list[str]
) -> None:
    plan = rulegov.parse_plan(f"工作方案\n一、重点任务\n{item}\n（二）加强监管。\n")
    task = plan.tasks[0]
    assert (task.lead_units, task.responsible_units, task.cooperating_units) == (
        lead,
        responsible,
        cooperating,
    )
    assert plan.tasks[1].assignments == []


def test_a_sentence_by_one_unit_going_on_to_other_words_names_no_units() -> None:
    plan = rulegov.parse_plan(
        "工作方案\n一、重点任务\n（一）由国务院办公厅负责，文件按程序报批。\n"
    )
    assert plan.tasks[0].assignments == []


_HALL_LAST = {
    "own line": "规章由政策法规司牵头、规范性文件由制发司牵头，信息中心、档案资料馆配合。",
    "own line, half-width": "规章由政策法规司牵头、规范性文件由制发司牵头,信息中心、档案资料馆配合",
    "own line, plain": "政策法规司牵头，区委党校、档案资料馆配合",
    "bracket": "（规章由政策法规司牵头、规范性文件由制发司牵头，信息中心、档案资料馆配合）",
}


@pytest.mark.parametrize("division", _HALL_LAST.values(), ids=_HALL_LAST)
def test_a_division_of_work_whose_last_name_ends_with_a_hall_or_school_names_its_units(
    division: str,
):
    # 档案资料馆, 区委党校: whole names, whether the division is in brackets or on its own line
    text = f"某部2021年政务公开工作要点\n一、推进重点信息公开\n1.规范规章公开工作。\n{division}\n"
    [task] = rulegov.parse_plan(text).tasks
    assert task.lead_units[0] == "政策法规司"
    assert task.cooperating_units[-1] == "档案资料馆"


@pytest.mark.parametrize(
    "sign",
    [" ", "\u3000", "", "，", ",", "；"],
    ids=["space", "wide space", "none", "，", ",", "；"],
)
@pytest.mark.parametrize("brackets", ["（）", "()", "〔〕", "【】"])
def test_a_division_whose_cooperating_names_end_with_a_hall_is_parted_at_its_lead_word(
    sign: str, brackets: str
):
    # 牵头 then 信息中心、档案资料馆配合: the cooperating part opens after the lead's role word,
    # whatever the sign the copy kept between them
    opened, closed = brackets
    text = (
        "某部2021年政务公开工作要点\n一、推进重点信息公开\n1.规范规章公开工作。"
        f"{opened}规章由政策法规司牵头、规范性文件由制发司牵头{sign}信息中心、档案资料馆配合{closed}\n"
    )
    [task] = rulegov.parse_plan(text).tasks
    assert (task.lead_units, task.cooperating_units) == (
        ["政策法规司", "制发司"],
        ["信息中心", "档案资料馆"],
    )


@pytest.mark.parametrize("variant", ["（局）", "(局)", "（市、区）"])
@pytest.mark.parametrize("sign", [" ", "\u3000", ""], ids=["space", "wide space", "none"])
def test_a_lead_whose_name_ends_with_a_bracketed_variant_is_parted_from_the_names_after_it(
    variant: str, sign: str
):
    # 制发司(局)牵头 各有关司(局)配合: the lead's name ends as 制发司 does, its bracket aside
    text = (
        "某部2021年政务公开工作要点\n一、推进重点信息公开\n1.规范文件公开工作。"
        f"（文件由制发司{variant}牵头{sign}各有关司、信息中心配合）\n"
    )
    [task] = rulegov.parse_plan(text).tasks
    assert len(task.lead_units) == 1
    assert task.lead_units[0].startswith("制发司")
    assert task.cooperating_units == ["各有关司", "信息中心"]


@pytest.mark.parametrize(
    "cut",
    [
        "（市财政局、市人社局等按职责分工负责；各县、区人民政府，市开发区管委会",
        "(市财政局、市人社局等按职责分工负责;各县、区人民政府,市开发区管委会〔以下均需各县",
        "〔市财政局、市人社局负责；各县、区人民政府、市开发区管委会、",
        "【市财政局、市人社局负责;各县、区人民政府、市开发区管",
    ],
)
def test_a_cut_bracket_leaves_out_a_clause_whose_role_word_the_cut_took(cut: str):
    text = f"1.推进改革。（市司法局牵头）\n2.加大减免力度。落实政策。{cut}"
    assert _unit_roles(text)[1] == ([], ["市财政局", "市人社局"], [])


_CUT_HEAD = "某市2023年法治政府建设工作任务分工方案\n"


@pytest.mark.parametrize(
    "text",
    [
        "一、主要任务\n1.深化审批改革。\n牵头单位：市政府办\n2.推进政务公开。\n牵头单位：市发改局、市财政",
        "一、主要任务\n1.深化审批改革。\n牵头单位:市政府办\n2.推进政务公开。\n牵头单位:市发改局,市财政",
        "一、主要任务\n1.深化审批改革。（牵头单位：市政府办）\n2.推进政务公开。（牵头单位：市发改局、市财政",
        "序号 | 工作任务 | 牵头单位\n1 | 深化审批改革 | 市政府办\n2 | 推进政务公开 | 市发改局、市财政",
        "序号\t工作任务\t牵头单位\n1\t深化审批改革\t市政府办\n2\t推进政务公开\t市发改局，市财政",
        "序号  工作任务  牵头单位\n1  深化审批改革  市政府办\n2  推进政务公开  市发改局、市财政",
    ],
    ids=["line", "half-width", "bracket", "pipes", "tabs", "runs"],
)
def test_the_last_name_of_a_list_of_full_names_the_end_of_the_text_cuts_is_left_out(text: str):
    plan = rulegov.parse_plan(_CUT_HEAD + text)
    assert [task.lead_units for task in plan.tasks] == [["市政府办"], ["市发改局"]]
    assert any(d.code == "cut-unit" and "市财政" in d.message for d in plan.diagnostics)


def test_a_list_of_short_names_keeps_its_last_name_at_the_end_of_the_text():
    plan = rulegov.parse_plan(
        _CUT_HEAD + "一、主要任务\n1.推进政务公开。\n责任单位：教育、卫健、财政"
    )
    assert plan.tasks[0].responsible_units == ["教育", "卫健", "财政"]


@pytest.mark.parametrize(
    "units",
    [
        "\n牵头单\n位：市发改局、市财政局\n",
        "\n牵头\n单位:市发改局,市财政局\n",
        "牵\n头单位：市发改局、市财政局\n",
        "\n牵头单\n\n位：市发改局、市财政局\n",
        "\n牵头部\n门：市发改局；市财政局\n",
        "（牵头单\n位：市发改局、市财政局）\n",
    ],
    ids=["label-line", "half-width", "after-text", "page-gap", "semicolons", "bracket"],
)
def test_a_role_label_broken_over_a_line_end_names_its_units(units: str):
    text = f"1.深化行政审批制度改革。{units}2.推进政务公开。\n责任单位：市政府办\n"
    assert _unit_roles(text) == [(["市发改局", "市财政局"], [], []), ([], ["市政府办"], [])]


_BROKEN_HEADER = (
    "2023年县政府重点工作责任清单进展情况汇总表\n"
    "序号 2023年重点工作任务 牵头领导 牵头责任单位 主体责任单位 配合责任单位 工作评价 进展情况 备注\n"
)


@pytest.mark.parametrize(
    ("rows", "units"),
    [
        # the rest of the cell on the next line, the next columns after it
        (
            "81 加强医疗资源建设。 吴蓓蓓 县卫健委 各乡镇\n县开发区 县直有关单位 已完成 加强培训\n",
            [
                ("lead", "县卫健委"),
                ("responsible", "各乡镇"),
                ("responsible", "县开发区"),
                ("cooperating", "县直有关单位"),
            ],
        ),
        # the rest of the cell alone on its line, the next columns on the line after
        (
            "81 加强医疗资源建设。 吴蓓蓓 县卫健委 各乡镇\n县开发区\n县直有关单位 已完成 加强培训\n",
            [
                ("lead", "县卫健委"),
                ("responsible", "各乡镇"),
                ("responsible", "县开发区"),
                ("cooperating", "县直有关单位"),
            ],
        ),
        # three names a line each in one cell
        (
            "81 加强医疗资源建设。 吴蓓蓓 县卫健委 各乡镇\n县开发区\n县高新区\n县直有关单位 已完成\n",
            [
                ("lead", "县卫健委"),
                ("responsible", "各乡镇"),
                ("responsible", "县开发区"),
                ("responsible", "县高新区"),
                ("cooperating", "县直有关单位"),
            ],
        ),
        # the lead cell broken
        (
            "81 加强医疗资源建设。 吴蓓蓓 县卫健委\n县教体局 各乡镇 县直有关单位 已完成 加强培训\n",
            [
                ("lead", "县卫健委"),
                ("lead", "县教体局"),
                ("responsible", "各乡镇"),
                ("cooperating", "县直有关单位"),
            ],
        ),
        # the last units cell broken
        (
            "81 加强医疗资源建设。 吴蓓蓓 县卫健委 各乡镇 县财政局\n县人社局 已完成 加强培训\n",
            [
                ("lead", "县卫健委"),
                ("responsible", "各乡镇"),
                ("cooperating", "县财政局"),
                ("cooperating", "县人社局"),
            ],
        ),
    ],
)
def test_a_spaced_row_whose_units_cell_breaks_over_lines_keeps_each_name_in_its_column(
    rows: str, units: list[tuple[str, str]]
):
    # a copy with single spaces between cells breaks a cell of names where the cell breaks
    plan = rulegov.parse_plan(
        _BROKEN_HEADER + rows + "82 新增托育机构。 吴蓓蓓 县卫健委 有关乡镇 县直有关单位 已完成\n"
    )
    first, second = plan.tasks
    assert sorted((a.role.value, a.unit_name or a.unit) for a in first.assignments) == sorted(units)
    assert (first.title, second.title, second.lead_units) == (
        "加强医疗资源建设",
        "新增托育机构",
        ["县卫健委"],
    )


def test_a_spaced_row_broken_before_its_units_reads_without_failing():
    # the row's line ends inside the people's cell, before any units: the parser went on to
    # read cells the line does not hold and failed
    plan = rulegov.parse_plan(
        _BROKEN_HEADER
        + "81 加强医疗资源建设。 汪峰\n吴蓓蓓 县卫健委 各乡镇 县直有关单位 已完成\n"
        + "82 新增托育机构。 吴蓓蓓 县卫健委 有关乡镇 县直有关单位 已完成\n"
    )
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("81", "加强医疗资源建设"),
        ("82", "新增托育机构"),
    ]
    assert plan.tasks[1].lead_units == ["县卫健委"]


def _units_of_first_task(division: str) -> list[tuple[str, str]]:
    text = "某区2023年法治政府建设工作要点\n一、加强领导\n1.召开专题会议研究法治工作。" + division
    plan = rulegov.parse_plan(text + "\n2.开展培训。（区法院负责）\n")
    task = plan.tasks[0]
    return [(a.role.value, plan.unit(a.unit).name) for a in task.assignments]


_SECOND_LABELS = {
    "secondary, brackets": "（主要责任单位：区司法局，次要责任单位：区法院）",
    "secondary, half-width": "(主要责任单位:区司法局;次要责任单位:区法院)",
    "secondary, own lines": "\n主要责任单位：区司法局\n次要责任单位：区法院",
    "taking part, brackets": "（牵头：区司法局；参与：区法院）",
    "taking part, half-width": "(牵头:区司法局;参与:区法院)",
    "taking part unit": "（牵头单位：区司法局，参与单位：区法院）",
    "joining unit": "（牵头单位：区司法局；参加单位：区法院）",
    "joining unit, own lines": "\n牵头单位：区司法局\n参加单位：区法院",
    "assisting office, half-width": "(牵头部门:区司法局;协办部门:区法院)",
    "assisting office, comma": "（牵头部门：区司法局，协办部门：区法院）",
    "assisting office, own lines": "\n牵头部门：区司法局\n协办部门：区法院",
    "working with office": "（牵头部门：区司法局；协同部门：区法院）",
    "working with office, half-width": "(牵头部门:区司法局,协同部门:区法院)",
    "assisting unit": "(牵头部门:区司法局;协办单位:区法院)",
    "cooperating office": "（牵头部门：区司法局，配合部门：区法院）",
}


@pytest.mark.parametrize("division", _SECOND_LABELS.values(), ids=_SECOND_LABELS)
def test_the_label_of_the_units_that_second_the_lead_names_cooperating_units(division: str):
    assert _units_of_first_task(division) == [("lead", "区司法局"), ("cooperating", "区法院")]


_BY_FUNCTION = {
    "by functions": "（区司法局、区法院按职能负责）",
    "by division of functions": "（区司法局、区法院按职能分工负责）",
    "by own functions": "(区司法局、区法院按各自职能负责)",
    "according to the division of duties": "（区司法局、区法院根据职责分工负责）",
    "according to functions, carried out": "（区司法局，区法院依据职能分工落实）",
    "own line": "\n区司法局、区法院按照各自职能负责",
}


@pytest.mark.parametrize("division", _BY_FUNCTION.values(), ids=_BY_FUNCTION)
def test_units_each_by_their_functions_are_responsible_under_their_own_names(division: str):
    assert _units_of_first_task(division) == [
        ("responsible", "区司法局"),
        ("responsible", "区法院"),
    ]


_OFFICE_LABELS = {
    "责任科室": "responsible",
    "责任处室": "responsible",
    "责任股室": "responsible",
    "负责科室": "responsible",
    "实施部门": "responsible",
    "落实单位": "responsible",
    "执行单位": "responsible",
    "承办单位": "responsible",
    "牵头科室": "lead",
    "牵头处室": "lead",
    "主办部门": "lead",
    "配合科室": "cooperating",
    "配合处室": "cooperating",
    "协助单位": "cooperating",
    "协作单位": "cooperating",
    "主要协作单位": "cooperating",
    "支持单位": "cooperating",
}


@pytest.mark.parametrize(("label", "role"), _OFFICE_LABELS.items(), ids=_OFFICE_LABELS)
@pytest.mark.parametrize(
    "form",
    [
        "(牵头单位:区文旅局;{label}:区司法局)",
        "（牵头单位：区文旅局，{label}：区司法局）",
        "（牵头单位：区文旅局；{label}：区司法局）",
        "\n牵头单位：区文旅局\n{label}：区司法局",
    ],
    ids=["half-width", "comma", "semicolon", "own lines"],
)
def test_a_label_naming_a_role_in_other_words_names_units_in_that_role(
    label: str, role: str, form: str
):
    assert _units_of_first_task(form.format(label=label)) == [
        ("lead", "区文旅局"),
        (role, "区司法局"),
    ]


@pytest.mark.parametrize(
    "division",
    [
        "(责任单位:区司法局,具体责任人:张三)",
        "（责任单位：区司法局，具体责任人：李明华）",
        "（具体责任人：张三；责任单位：区司法局）",
    ],
)
def test_the_person_a_task_names_after_its_units_is_none_of_them(division: str):
    assert _units_of_first_task(division) == [("responsible", "区司法局")]


@pytest.mark.parametrize("label", ["指导单位", "指导部门", "指导处室"])
@pytest.mark.parametrize(
    "form",
    [
        "(牵头单位:区文旅局;{label}:区司法局)",
        "（牵头单位：区文旅局，{label}：区司法局）",
        "\n牵头单位：区文旅局\n{label}：区司法局",
    ],
    ids=["half-width", "comma", "own lines"],
)
def test_the_body_a_guiding_label_names_is_no_unit_of_the_task_and_is_kept_aside(
    label: str, form: str
):
    text = "某区2023年法治政府建设工作要点\n一、加强领导\n1.召开专题会议研究法治工作。"
    plan = rulegov.parse_plan(text + form.format(label=label) + "\n2.开展培训。（区法院负责）\n")
    task = plan.tasks[0]
    assert [(a.role.value, plan.unit(a.unit).name) for a in task.assignments] == [
        ("lead", "区文旅局")
    ]
    assert [d.code for d in plan.diagnostics if "区司法局" in d.message] == ["guide"]


@pytest.mark.parametrize(
    "division",
    [
        "区司法局牵头，区财政局、各街道配合。",  # after the item's text, on its line
        "\n区司法局牵头，区财政局、各街道配合。",  # on a line of its own under it
        "由区司法局牵头，区财政局、各街道配合。",  # opened by 由
        "区司法局牵头负责，区财政局、各街道等配合。",  # 等 before the role word
        "区司法局牵头,区财政局、各社区配合",  # half-width comma, no full stop
    ],
)
def test_a_division_sentence_whose_cooperating_list_ends_with_units_named_together_is_read(
    division: str,
) -> None:
    # a name for several units at once (各街道, 各社区) after an organ's in the list of a
    # division of work printed as a sentence: the list is whole, each name on its own
    plan = rulegov.parse_plan(
        f"2024年工作要点\n一、加强领导\n1.召开会议研究部署。{division}\n2.开展督查。\n"
        "牵头单位：区委办\n"
    )
    task = plan.tasks[0]
    assert task.lead_units == ["区司法局"]
    assert task.cooperating_units[0] == "区财政局"
    assert task.cooperating_units[1] in ("各街道", "各社区")


@pytest.mark.parametrize(
    "helps", ["按职责分工配合", "按照各自职责参与", "按职能协助", "根据职责分工配合"]
)
@pytest.mark.parametrize(
    "printed", ["（区司法局牵头，区财政局等{helps}）", "区司法局牵头，区财政局{helps}。"]
)
def test_units_that_help_each_by_its_duties_cooperate(helps: str, printed: str) -> None:
    # "each helps by its duties" after unit names, in a bracket or a sentence of its own: the
    # units cooperate, as 按职责分工负责 makes them responsible
    plan = rulegov.parse_plan(
        "2024年工作要点\n一、加强领导\n1.召开会议研究部署。"
        + printed.format(helps=helps)
        + "\n2.开展督查。\n牵头单位：区委办\n"
    )
    task = plan.tasks[0]
    assert task.lead_units == ["区司法局"]
    assert task.cooperating_units == ["区财政局"]
    assert task.responsible_units == []


@pytest.mark.parametrize("gap", [" ", "    ", "\t", "\u3000\u3000"])
@pytest.mark.parametrize(
    ("lines", "lead", "cooperating"),
    [
        (
            "牵头单位{gap}区司法局\n配合单位{gap}区财政局、各街道",
            ["区司法局"],
            ["区财政局", "各街道"],
        ),
        ("牵头单位{gap}区司法局{gap}配合单位{gap}区财政局", ["区司法局"], ["区财政局"]),
        ("牵头部门{gap}区司法局；配合部门{gap}区财政局", ["区司法局"], ["区财政局"]),
    ],
)
def test_role_labels_copied_from_a_two_column_table_without_colons_name_units(
    gap: str, lines: str, lead: list[str], cooperating: list[str]
) -> None:
    # a table of a label's cell and the units' cell, copied as text: the label, a run of
    # spaces or a tab, then the names, with no colon between
    plan = rulegov.parse_plan(
        "2024年工作要点\n一、加强领导\n1.召开会议研究部署。\n"
        + lines.format(gap=gap)
        + "\n2.开展督查。\n牵头单位：区委办\n"
    )
    assert plan.tasks[0].lead_units == lead
    assert plan.tasks[0].cooperating_units == cooperating


@pytest.mark.parametrize(
    "line", ["责任单位要切实履行职责", "牵头单位和配合单位要加强沟通", "责任单位 要在6月底前报送"]
)
def test_a_sentence_that_opens_with_a_role_label_names_no_units(line: str) -> None:
    # the words of a role's label opening a sentence of the task's text: no units
    plan = rulegov.parse_plan(
        f"2024年工作要点\n一、加强领导\n1.召开会议研究部署。\n{line}\n2.开展督查。\n"
    )
    task = plan.tasks[0]
    assert task.lead_units == task.responsible_units == task.cooperating_units == []


@pytest.mark.parametrize(
    "line",
    [
        "责任单位：区司法局\t完成时限：2024年6月",
        "牵头单位：区司法局\t配合单位：区财政局\t完成时限：2024年6月",
        "牵头单位:区司法局\t\t配合单位:区财政局",
    ],
)
def test_labelled_cells_a_tab_parts_on_one_line_keep_no_tab_in_their_names(line: str) -> None:
    # a row of labelled cells copied with tabs between them: each name ends before the tab
    plan = rulegov.parse_plan(
        f"2024年工作要点\n一、加强领导\n1.召开会议研究部署。\n{line}\n2.开展督查。\n"
    )
    task = plan.tasks[0]
    assert [*task.lead_units, *task.responsible_units] == ["区司法局"]
    assert all("\t" not in name for name in task.cooperating_units)
    assert task.cooperating_units in ([], ["区财政局"])


@pytest.mark.parametrize(
    ("division", "lead", "responsible", "cooperating"),
    [
        ("区司法局牵头，各镇（街道）配合。", ["区司法局"], [], ["各镇（街道）"]),
        ("区司法局牵头,各县(市、区)配合。", ["区司法局"], [], ["各县(市、区)"]),
        (
            "区司法局牵头，区财政局、各镇（街道）按职责分工负责。",
            ["区司法局"],
            ["区财政局", "各镇（街道）"],
            [],
        ),
    ],
)
def test_a_division_sentence_whose_names_hold_their_own_brackets_names_its_units(
    division: str, lead: list[str], responsible: list[str], cooperating: list[str]
) -> None:
    # a name's own bracket (各镇(街道), 各县(市、区)) is a part of the name, not a bracket of units
    plan = rulegov.parse_plan(
        f"2024年工作要点\n一、加强领导\n1.召开会议研究部署。{division}\n2.开展督查。\n"
    )
    task = plan.tasks[0]
    assert (task.lead_units, task.responsible_units) == (lead, responsible)
    assert task.cooperating_units == cooperating


@pytest.mark.parametrize("label", ["责任单位", "责任部门", "落实单位"])
@pytest.mark.parametrize("mark", ["：", ":"])
def test_a_responsible_label_over_a_division_after_the_items_sentence_reads_each_role(
    label: str, mark: str
) -> None:
    # 召开会议。责任单位：X牵头，Y、Z配合。 on the item's line, as on a line of its own
    plan = rulegov.parse_plan(
        "2024年工作要点\n一、加强领导\n"
        f"1.召开会议研究部署。{label}{mark}区司法局牵头，区财政局、各街道配合。\n2.开展督查。\n"
    )
    task = plan.tasks[0]
    assert task.lead_units == ["区司法局"]
    assert task.responsible_units == []
    assert task.cooperating_units == ["区财政局", "各街道"]


@pytest.mark.parametrize(
    ("division", "role"),
    [
        ("（区司法局牵头，区财政局协助）", "cooperating"),
        ("区司法局牵头，区财政局协助。", "cooperating"),
        ("（区司法局牵头，区财政局具体落实）", "responsible"),
        ("区司法局牵头，区财政局具体落实。", "responsible"),
    ],
)
def test_units_that_assist_cooperate_and_units_that_carry_out_are_responsible(
    division: str, role: str
) -> None:
    plan = rulegov.parse_plan(
        f"2024年工作要点\n一、加强领导\n1.召开会议研究部署。{division}\n2.开展督查。\n"
    )
    task = plan.tasks[0]
    assert task.lead_units == ["区司法局"]
    assert getattr(task, f"{role}_units") == ["区财政局"]


def test_a_line_of_many_labelled_sentences_is_read_in_linear_time() -> None:
    # each sentence's responsible label looks for its division of work in its own sentence only
    def run(n: int) -> object:
        return split_fields("召开会议" + "。责任单位:区司法局牵头" * n + "。")

    assert growth(run, 1000) < LINEAR


@pytest.mark.parametrize("gap", [" ", "\t", "\u3000\u3000"])
def test_a_times_label_in_a_row_of_bare_labels_ends_the_units_before_it(gap: str) -> None:
    row = gap.join(["牵头单位", "县司法局", "配合单位", "各乡镇(街道)", "完成时限", "2024年底前"])
    plan = rulegov.parse_plan(
        f"某县2024年法治政府建设工作要点\n一、重点任务\n1.推进执法。\n{row}\n"
    )
    task = plan.tasks[0]
    assert [(a.role.value, a.unit_name) for a in task.assignments] == [
        ("lead", "县司法局"),
        ("cooperating", "各乡镇(街道)"),
    ]
    assert task.timeframe is not None
    assert task.timeframe.text == "2024年底前"


@pytest.mark.parametrize("lead", ["工作牵头单位或汇总单位", "主要牵头单位", "牵头单位"])
def test_a_first_leads_remark_that_qualifies_the_lead_gives_the_first_unit_the_lead(lead: str):
    # 列第一位者为工作牵头单位: the lead qualified (工作, 主要) is the lead still, here and below
    text = (
        "一、重点工作\n1.支持企业发展。\n"
        f"责任单位：市经信局、市财政局、市税务局（列第一位者为{lead}，下同）\n"
        "2.推进项目建设。\n责任单位：市发展改革委、市自然资源局\n"
    )
    assert _unit_roles(text) == [
        (["市经信局"], ["市财政局", "市税务局"], []),
        (["市发展改革委"], ["市自然资源局"], []),
    ]


@pytest.mark.parametrize(
    ("last", "kept"), [("县财", []), ("县委", ["县委"]), ("县财政局", ["县财政局"])]
)
def test_a_two_character_name_the_text_ends_on_no_units_ending_is_cut(last: str, kept: list[str]):
    # a copy cut inside the last name of its last list (责任单位:县财 of 县财政局)
    text = f"一、重点工作\n1.支持企业发展。\n责任单位:县发改局。\n2.推进项目建设。\n责任单位:{last}"
    assert [roles[1] for roles in _unit_roles(text)] == [["县发改局"], kept]


def test_a_units_line_cut_in_a_name_over_a_stop_alone_reads() -> None:
    # the stop a copy moved onto a line of its own goes on with no list of names: the task keeps
    # it, where asking whether the list went on raised an IndexError
    plan = rulegov.parse_plan(
        "某县2023年普法工作要点\n一、主要任务\n（一）加强宣传。牵头单位:县司法局、县农\n。\n（二）完善制度。"
    )
    assert [task.text for task in plan.tasks] == ["加强宣传。\n。", "完善制度。"]
