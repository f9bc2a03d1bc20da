"""Assessments, coordination groups and targets in the printed forms plans name them in."""

from __future__ import annotations

import pytest

import rulegov
from plantasks import task_targets
from rulegov import Comparator
from rulegov.parse._table import read_grid

NOTICE = (
    "{issuer}关于印发{title}的通知\n各镇人民政府、街道办事处，区级各部门：\n"
    "现将{title}印发给你们，请认真贯彻执行。{requirement}\n{issuer}\n2022年1月21日\n"
    "{title}\n一、重点任务\n1.深化普法宣传，落实普法责任制。\n"
)


def _plan(requirement: str, issuer: str = "区政府办公室", title: str = "2022年普法工作要点"):
    return rulegov.parse_plan(NOTICE.format(issuer=issuer, title=title, requirement=requirement))


def _acts(plan: rulegov.Plan) -> list[tuple[str, str | None, str]]:
    return [(a.kind.value, a.task, a.name) for a in plan.assessments]


@pytest.mark.parametrize(
    ("requirement", "name"),
    [
        ("区政府办公室将定期跟踪督办，并将目标任务完成情况纳入年度考核。", "年度考核"),
        ("各责任单位重点工作任务完成情况纳入2022年目标考核体系。", "2022年目标考核"),
        ("工作落实情况列入各单位年度绩效考核。", "各单位年度绩效考核"),
        ("把法治宣传教育纳入各级政府工作绩效考评体系。", "各级政府工作绩效考评"),
    ],
)
def test_a_notice_that_brings_the_work_into_an_appraisal_names_the_plans_appraisal(
    requirement, name
):
    assert _acts(_plan(requirement)) == [("appraisal", None, name)]


@pytest.mark.parametrize(
    "requirement",
    [
        "区政府将适时开展督查。",  # the issuer's follow-up, not the plan's own appraisal
        "请于年底前报送工作总结。",
        "各单位要把考核结果作为评先评优的依据。",
    ],
)
def test_a_notices_other_words_of_checking_name_no_appraisal_of_the_plan(requirement):
    assert _acts(_plan(requirement)) == []


def _kinds(body: str) -> list[tuple[str, str]]:
    plan = rulegov.parse_plan(f"一、组织实施\n1.{body}\n")
    return [(a.kind.value, a.name) for a in plan.assessments]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "每年制定年度计划并组织实施，推进年度考核和专项督查，2023年开展中期督查。",
            [("appraisal", "年度考核"), ("inspection", "专项督查"), ("inspection", "中期督查")],
        ),
        ("推进季度考核。", [("appraisal", "季度考核")]),
        ("推进年终考核和专项督察。", [("appraisal", "年终考核"), ("inspection", "专项督察")]),
    ],
)
def test_tui_jin_right_before_the_words_makes_an_act(body, expected):
    assert _kinds(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "将法治建设与经济社会发展同部署、同推进、同考核。",  # a principle, not an act
        "推进法治建设考核与党委政府督查有效衔接。",  # two arrangements joined
    ],
)
def test_tui_jin_farther_off_or_in_a_principle_makes_no_act(body):
    assert _kinds(body) == []


def test_tui_jin_farther_off_leaves_the_verb_before_it():
    assert _kinds("持续推动将履行推进法治建设第一责任人职责年终述职情况纳入考核。") == [
        ("duty_report", "履行推进法治建设第一责任人职责年终述职"),
        ("appraisal", "考核"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a word of time makes another act of the same word
        ("开展专项督查，2023年开展中期督查。", ["专项督查", "中期督查"]),
        ("开展年度考核，年终考核。", ["年度考核"]),
        ("开展日常考查、年终考核，探索建立考核指标体系。", ["日常考查、年终考核"]),
        # a word of manner only names the act named before again
        ("深化专门述法，选择2个以上部门开展专题述法。", ["专门述法"]),
        ("开展督查，适时再次开展督查。", ["督查"]),
    ],
)
def test_the_same_word_again_is_another_act_only_with_a_word_of_time(body, expected):
    assert [name for _, name in _kinds(body)] == expected


def _groups(plan: rulegov.Plan) -> list[tuple[str, list[str]]]:
    return [(g.name, g.tasks) for g in plan.coordination_groups]


@pytest.mark.parametrize(
    ("listed", "name"),
    [
        ("附件：江源区社会信用体系建设工作领导小组", "江源区社会信用体系建设工作领导小组"),
        ("附件：公共法律服务体系建设部际联席会议制度", "公共法律服务体系建设部际联席会议"),
        ("附件：1.任务分工表\n2.区“智改数转”工作专班成员名单", "区“智改数转”工作专班"),
    ],
)
def test_a_group_the_attachment_list_names_is_the_plans(listed, name):
    plan = rulegov.parse_plan(
        "区政府关于印发《社会信用体系建设实施方案》的通知\n各镇人民政府，区级各部门：\n"
        "现将《社会信用体系建设实施方案》印发给你们，请认真贯彻执行。\n"
        f"{listed}\n区政府\n2017年11月24日\n社会信用体系建设实施方案\n"
        "一、重点任务\n1.健全信用记录。\n"
    )
    assert _groups(plan) == [(name, [])]


def test_a_groups_office_names_no_group_and_a_name_with_its_place_first_is_one_group():
    plan = rulegov.parse_plan(
        "一、组织实施\n1.成立市法制宣传教育领导小组，统筹全市普法。\n"
        "2.法制宣传教育领导小组负责督促落实。\n3.领导小组办公室设在市司法局。\n"
    )
    assert _groups(plan) == [("市法制宣传教育领导小组", ["t1", "t2"])]


@pytest.mark.parametrize(
    "body",
    [
        "认真落实月销售额15万元以下的小规模纳税人免征增值税政策。",
        "对总投资5000万元以上、补足短板的项目，以及总投资1000万元以上的技改项目给予支持。",
        "对职工30人以上的企业，适当放宽返还条件。",
        "年营业收入2000万元以下的企业可以申请。",
    ],
)
def test_a_size_that_bounds_a_class_is_no_target(body):
    assert task_targets(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("建成5个以上的示范点。", [("5个以上", Comparator.GE, 5.0)]),
        ("完成投资531亿元以上。", [("531亿元以上", Comparator.GE, 531.0)]),
        ("每年评查案卷不少于200卷。", [("不少于200卷", Comparator.GE, 200.0)]),
    ],
)
def test_a_goal_with_a_bound_stays_a_target(body, expected):
    assert task_targets(body) == expected


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("2015年，法治文化阵地覆盖每个乡镇、村和社区。", "覆盖每个乡镇、村和社区"),
        ("公共法律服务实体平台覆盖所有村(社区)。", "覆盖所有村(社区)"),
        ("法律顾问覆盖到每一个行政村，发挥作用。", "覆盖到每一个行政村"),
        ("普法志愿服务覆盖全部镇街。", "覆盖全部镇街"),
    ],
)
def test_coverage_of_every_one_of_a_kind_is_a_qualitative_target(body, text):
    assert task_targets(body) == [(text, None, None)]


def test_coverage_with_a_number_is_the_numbers_target_and_of_each_level_is_none():
    assert task_targets("覆盖所有100个村。") == [("100个", Comparator.EQ, 100.0)]
    assert task_targets("建立覆盖各层级的工作机制。") == []


GOALS = [
    ["序号", "考核指标", "年度目标", "责任部门"],
    ["1", "农林牧渔业增加值增幅", "≥2%", "县农业农村局"],
    ["2", "粮食安全责任制考核", "良好以上", "县发展改革局"],
    ["3", "农业劳动生产率", "全市统筹", "县农业农村局"],
    ["4", "粮食播种面积", "0.07", "县农业农村局"],
]


@pytest.mark.parametrize("heading", ["年度目标", "目标值", "年度目标值", "指标值"])
def test_a_column_of_targets_gives_each_task_its_target(heading):
    grid = [[heading if cell == "年度目标" else cell for cell in row] for row in GOALS]
    plan = read_grid(grid, title="2021年乡村振兴任务清单")
    found = [[(t.text, t.metric, t.value) for t in task.targets] for task in plan.tasks]
    assert found == [
        [("≥2%", "农林牧渔业增加值增幅", 2.0)],
        [("良好以上", "粮食安全责任制考核", None)],
        [],  # how the work is done, no target
        [],  # a bare number: its measure is in another column
    ]


def test_a_column_of_targets_printed_in_a_plan_is_read_with_places():
    rows = "\n".join(" | ".join(row) for row in GOALS)
    plan = rulegov.parse_plan(f"2021年乡村振兴任务清单\n{rows}\n")
    found = [[t.text for t in task.targets] for task in plan.tasks]
    assert found == [["≥2%"], ["良好以上"], [], []]
    target = plan.tasks[1].targets[0]
    assert target.span is not None
    assert plan.source.text[target.span.start : target.span.end] == "良好以上"


def _acts_in(body: str) -> list[tuple[str, str, list[str], str | None]]:
    plan = rulegov.parse_plan(f"一、组织实施\n1.{body}\n")
    return [
        (a.kind.value, a.name, [s.name for s in a.subjects], a.method) for a in plan.assessments
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "组织开展明察暗访，对各镇（街道）、各部门落实情况进行暗访检查。",
            [
                ("inspection", "明察暗访", [], None),
                ("inspection", "暗访检查", ["各镇（街道）、各部门落实情况"], None),
            ],
        ),
        ("每季度开展一次暗访。", [("inspection", "暗访", [], None)]),
    ],
)
def test_an_unannounced_visit_is_an_inspection(body, expected):
    assert _acts_in(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "通过明察暗访等方式开展法治督察。",
            [("inspection", "法治督察", ["法治"], "通过明察暗访等方式")],
        ),
        (
            "采取自评估和第三方评估相结合的方式开展评估。",
            [("other", "评估", [], "采取自评估和第三方评估相结合的方式")],
        ),
        (
            "以座谈会形式开展述法。",
            [("rule_of_law_duty_report", "述法", [], "以座谈会形式")],
        ),
    ],
)
def test_an_act_after_its_method_in_one_clause_is_read_with_it(body, expected):
    assert _acts_in(body) == expected


@pytest.mark.parametrize(
    ("body", "name", "subjects"),
    [
        ("每年开展1次以上述法。", "述法", []),
        ("每年开展两次左右专项督查。", "专项督查", []),
        ("每半年组织3次以上行政执法监督检查。", "行政执法监督检查", ["行政执法监督"]),
    ],
)
def test_a_count_with_its_bound_is_no_part_of_the_acts_name(body, name, subjects):
    assert [(n, s) for _, n, s, _ in _acts_in(body)] == [(name, subjects)]


def test_a_final_evaluation_is_another_act_than_the_mid_term_one():
    assert _acts_in("适时开展中期评估和终期评估。") == [
        ("mid_term_evaluation", "中期评估", [], None),
        ("other", "终期评估", [], None),
    ]


def test_a_heading_of_method_run_into_its_text_opens_no_act():
    assert _acts_in("考核方式 由县领导小组组织考评检查组对被考核机关进行考核。") == []
