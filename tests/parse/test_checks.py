"""Coordination groups and assessments read from the text, against the curated reference plan."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

import rulegov
from rulegov import AssessmentKind, SubjectKind

CHECKED_TASKS = ("3", "4", "7", "9", "10", "11")


@pytest.fixture(scope="module")
def parsed() -> rulegov.Plan:
    return rulegov.parse_plan(rulegov.datasets.yancheng_2023_text())


@pytest.fixture(scope="module")
def curated() -> rulegov.Plan:
    return rulegov.datasets.yancheng_2023()


def _numbers(plan: rulegov.Plan) -> dict[str, str]:
    return {task.id: task.number for task in plan.tasks}


def test_the_three_coordination_groups_of_task_10_as_curated(parsed, curated):
    found = [
        (group.name, [_numbers(parsed)[t] for t in group.tasks], group.span)
        for group in parsed.coordination_groups
    ]
    expected = [
        (group.name, [_numbers(curated)[t] for t in group.tasks], group.span)
        for group in curated.coordination_groups
    ]
    assert found == expected
    assert [parsed.source.text[g.span.start : g.span.end] for g in parsed.coordination_groups] == [
        "执法协调小组",
        "司法协调小组",
        "守法普法协调小组",
    ]


def test_groups_are_never_units(parsed):
    names = {name for unit in parsed.units for name in (unit.name, *unit.aliases)}
    assert not names & {group.name for group in parsed.coordination_groups}


def test_assessments_of_the_checked_tasks_are_those_curated(parsed, curated):
    def kinds(plan: rulegov.Plan) -> Counter[tuple[str, AssessmentKind]]:
        numbers = _numbers(plan)
        return Counter(
            (numbers[a.task], a.kind)
            for a in plan.assessments
            if a.task is not None and numbers[a.task] in CHECKED_TASKS
        )

    assert kinds(parsed) == kinds(curated)
    assert sum(kinds(parsed).values()) == 16


def test_assessments_keep_spans_subjects_timing_and_assessors(parsed):
    text = parsed.source.text
    for assessment in parsed.assessments:
        assert assessment.span is not None
        assert text[assessment.span.start : assessment.span.end] == assessment.name
    by_name = {a.name: a for a in parsed.assessments}
    midterm = next(a for a in parsed.assessments if a.name == "中期评估")
    assert midterm.method == "适时采取自评估和委托第三方评估相结合的方式"
    assert midterm.timeframe is not None
    assert midterm.timeframe.kind is rulegov.TimeFrameKind.IN_DUE_TIME
    assert midterm.subjects[0].name == "经开区“十四五”法治建设“两规划一方案”贯彻落实情况"
    duty = by_name["党政主要负责人履行推进法治建设第一责任人职责年终述职"]
    assert duty.subjects[0].kind is SubjectKind.PERSONS
    groups = {g.id: g.name for g in parsed.coordination_groups}
    assert [
        (a.kind.value, [groups[g] for g in a.assessors]) for a in parsed.assessments if a.assessors
    ] == [
        ("case_file_review", ["执法协调小组"]),
        ("case_file_review", ["司法协调小组"]),
        ("special_campaign", ["守法普法协调小组"]),
    ]


def test_what_is_assessed_leaves_the_assessor_the_time_and_the_manner_out(parsed):
    subjects = {a.name: [s.name for s in a.subjects] for a in parsed.assessments}
    assert subjects["市对区法治建设年度监测评价"] == ["区法治建设"]
    assert subjects["实地督导"] == []  # 实地 is how, not what
    assert subjects["专门述法"] == []
    assert subjects["司法案件法律文书和卷宗评查专项行动"] == ["司法案件法律文书和卷宗"]
    assert subjects["重点领域行政执法案卷评查专项行动"] == ["重点领域行政执法案卷"]


def test_a_time_in_an_acts_name_is_its_time_before_its_clauses(parsed):
    by_name = {a.name: a for a in parsed.assessments}
    duty = by_name["党政主要负责人履行推进法治建设第一责任人职责年终述职"].timeframe
    assert duty is not None
    assert (duty.text, duty.frequency) == ("年终", rulegov.Frequency.YEARLY)
    assert parsed.source is not None
    assert duty.span is not None
    assert parsed.source.text[duty.span.start : duty.span.end] == "年终"


def test_an_act_with_no_time_of_its_own_takes_the_time_its_task_is_given():
    plan = rulegov.parse_plan(
        "某区2024年法治建设工作要点\n一、重点任务\n"
        "1.委托第三方对法治政府建设规划实施情况进行中期评估。牵头单位：区司法局；完成时限：9月30日前\n"
        "2.年底前开展法治建设满意度监测评价。牵头单位：区统计局；完成时限：下半年\n"
        "3.开展专项督察。牵头单位：区委依法治区办\n"
    )
    timing = {a.name: a.timeframe and a.timeframe.text for a in plan.assessments}
    assert timing == {"中期评估": "9月30日前", "法治建设满意度监测评价": "年底前", "专项督察": None}
    source = plan.source.text if plan.source else ""
    due = plan.assessments[0].timeframe
    assert due is not None
    assert due.span is not None
    assert source[due.span.start : due.span.end] == "9月30日前"


def test_words_in_quotation_marks_name_a_slogan_not_acts():
    plan = rulegov.parse_plan(
        "某街道2025年工作要点\n一、重点任务\n"
        "1.健全“年初部署、年中督查、年末考核”闭环工作机制，年底前开展法治督察。牵头单位：街道办\n"
        "2.健全“季度督查”工作机制。牵头单位：街道办\n"
    )
    assert [a.name for a in plan.assessments] == ["法治督察"]


def test_an_act_in_quotation_marks_is_an_act():
    plan = rulegov.parse_plan(
        "某区2024年工作要点\n一、重点任务\n"
        "1.对各镇街开展“法治建设年度考核”。牵头单位：区委依法治区办\n"
        "2.开展“法治政府建设考核”工作,6月底前完成。牵头单位：区司法局\n"
    )
    found = [(a.name, a.timeframe and a.timeframe.text) for a in plan.assessments]
    assert found == [("法治建设年度考核", "年度"), ("法治政府建设考核", "6月底前")]


def test_a_year_in_an_acts_name_is_no_yearly_recurrence():
    plan = rulegov.parse_plan(
        "某区工作要点\n一、重点任务\n"
        "1.开展2024年度法治政府建设考评。牵头单位：区司法局\n"
        "2.开展二〇二三年度依法行政考核。牵头单位：区司法局\n"
    )
    assert [a.timeframe for a in plan.assessments] == [None, None]


def test_words_that_name_documents_people_or_collections_are_not_acts():
    plan = rulegov.parse_plan(
        "2023年工作要点\n一、强化督察\n"
        "1.完善机制。根据区级督查考核计划安排,建立法治督察员人才库,组织开展各专项行动。\n"
        "2.强化监督。适时开展法治政府建设督察,每季度开展一次案卷评查。\n"
    )
    assert [(a.task, a.kind.value, a.name) for a in plan.assessments] == [
        ("t2", "inspection", "法治政府建设督察"),
        ("t2", "case_file_review", "案卷评查"),
    ]
    assert plan.assessments[1].timeframe is not None
    assert plan.assessments[1].timeframe.frequency is rulegov.Frequency.QUARTERLY


def test_a_report_or_state_of_an_act_is_not_another_act():
    plan = rulegov.parse_plan(
        "2024年工作要点\n一、强化督察\n"
        "1.开展法治督察。年底前开展法治督察,次年1月完成督察报告,通报考核情况。\n"
    )
    assert [(a.task, a.kind.value, a.name) for a in plan.assessments] == [
        ("t1", "inspection", "法治督察"),
    ]
    # named in the title and again with its timing: one act, with the timing
    timeframe = plan.assessments[0].timeframe
    assert timeframe is not None
    assert timeframe.end == dt.date(2024, 12, 31)


def test_a_group_named_as_the_lead_is_a_group_of_the_task():
    plan = rulegov.parse_plan(
        "2023年工作要点\n一、加强协调\n1.召开联席会议。\n牵头单位：区法治建设工作联席会议、区司法局"
    )
    assert [g.name for g in plan.coordination_groups] == ["区法治建设工作联席会议"]
    assert plan.coordination_groups[0].tasks == ["t1"]
    assert [u.name for u in plan.units] == ["区司法局"]


def test_a_group_is_named_without_the_verb_before_it_and_not_through_its_office():
    plan = rulegov.parse_plan(
        "一、加强领导\n1.各地要向法制宣传教育领导小组\n办公室报送情况，由区依法治区领导小组统筹。\n"
        "2.落实中央教育工作领导小组的部署，完善职业教育工作部际联席会议制度。\n"
    )
    # a line broken between a group's name and 办公室 still names the office, a unit
    assert [g.name for g in plan.coordination_groups] == [
        "区依法治区领导小组",
        "中央教育工作领导小组",
        "职业教育工作部际联席会议",
    ]


def test_an_inspection_of_the_work_is_an_inspection():
    plan = rulegov.parse_plan(
        "一、强化保障\n1.加强执法检查和监督。每年对各地落实情况开展一次检查。\n"
    )
    assert {a.kind for a in plan.assessments} == {AssessmentKind.INSPECTION}


def test_groups_counted_together_are_no_group_of_their_own():
    plan = rulegov.parse_plan(
        "一、加强领导\n1.设置执法、司法、守法普法三个协调小组，由区委法治建设领导小组统筹。\n"
    )
    assert [g.name for g in plan.coordination_groups] == ["区委法治建设领导小组"]


def _group_names(items: str) -> list[str]:
    plan = rulegov.parse_plan(f"一、加强领导\n{items}")
    return [g.name for g in plan.coordination_groups]


def test_a_group_set_up_by_its_group_word_alone_and_one_named_with_a_quotation():
    assert _group_names(
        "1.组建协调小组和专家委员会，各地成立领导小组。\n"
        "2.成立“智改数转”工作专班，推动领导小组开展工作。\n"
    ) == ["协调小组", "领导小组", "“智改数转”工作专班"]


def test_a_group_named_in_a_cited_title_is_no_group():
    assert _group_names("1.贯彻《关于印发省信用体系建设领导小组会议文件的通知》精神。\n") == []


def test_a_group_named_with_and_without_gongzuo_is_one_group():
    plan = rulegov.parse_plan(
        "一、加强领导\n1.成立市信用体系建设工作领导小组。\n2.由市信用体系建设领导小组统筹。\n"
    )
    assert [(g.name, g.tasks) for g in plan.coordination_groups] == [
        ("市信用体系建设工作领导小组", ["t1", "t2"])
    ]


def _kinds(body: str) -> list[tuple[str, str]]:
    plan = rulegov.parse_plan(f"一、强化保障\n1.{body}\n")
    return [(a.kind.value, a.name) for a in plan.assessments]


def test_setting_up_a_standing_arrangement_of_checking_calls_for_the_checking():
    assert _kinds("做好保障。建立督查情况通报制度，进一步完善考核机制。") == [
        ("inspection", "督查"),
        ("appraisal", "考核"),
    ]
    # strengthening an arrangement, or naming it with no verb that sets it up, is no act
    assert _kinds("做好保障。强化年度监测评价机制，落实监测评价机制。") == []


def test_strengthening_the_checking_is_an_act_but_not_a_field_of_work_or_a_heading():
    assert _kinds("做好保障。加强执法检查和监督，强化对各地的督导检查。") == [
        ("inspection", "执法检查"),
        ("inspection", "各地的督导检查"),
    ]
    assert _kinds("切实加强法治督察工作。加强工作督察指导。") == []
    assert _kinds("加强考核评价。将工作情况列入年度绩效考核。") == [
        ("appraisal", "年度绩效考核"),
    ]


def test_an_inspection_among_words_of_enforcement_checks_others_not_the_work():
    assert _kinds("做好保障。对违法线索要立即实施检查、处置，科学实施抽查检查。") == []


def test_a_supervisory_evaluation_and_taking_part_in_one_are_evaluations():
    assert _kinds("做好保障。开展督导评估，鼓励第三方机构参与公平竞争评估。") == [
        ("other", "督导评估"),
        ("other", "公平竞争评估"),
    ]


def test_a_group_named_in_the_notice_is_a_group_of_the_plan():
    plan = rulegov.parse_plan(
        "区政府关于印发《2024年依法治区工作要点》的通知\n各镇人民政府：\n"
        "现将《2024年依法治区工作要点》印发给你们，请在区依法治区领导小组统筹下认真贯彻执行。\n"
        "区政府\n2024年3月1日\n2024年依法治区工作要点\n一、加强领导\n1.开展述法。\n"
    )
    assert [(g.name, g.tasks) for g in plan.coordination_groups] == [("区依法治区领导小组", [])]


def test_a_point_that_opens_with_its_topic_is_like_a_heading():
    assert _kinds("做好保障。二是强化考核督导。将法治建设纳入年度考核。") == [
        ("appraisal", "年度考核"),
    ]


def test_checking_words_that_take_what_is_checked_as_their_object_are_an_act():
    assert _kinds("做好保障。指导协调、督促检查工作推进情况。") == [("inspection", "督促检查")]
    assert _kinds("做好保障。年度考核情况。") == []


def test_meeting_the_targets_of_an_appraisal_handed_down_calls_for_no_appraisal():
    assert _kinds("做好保障。完成上级下达的安全生产考核目标任务，完成考核指标。") == []
    assert _kinds("做好保障。完成年度考核。将工作纳入绩效考核指标体系。") == [
        ("appraisal", "年度考核"),
        ("appraisal", "绩效考核"),
    ]
