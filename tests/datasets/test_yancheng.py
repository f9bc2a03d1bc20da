"""The bundled reference plan holds every fact of the published text, each traced to its place."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

import rulegov

ROOT = Path(__file__).resolve().parents[2]
SEED = rulegov.datasets.yancheng_2023_text()


def test_original_text_is_shipped_whole():
    # the published text, byte for byte (8,723 bytes of UTF-8, 3,059 characters)
    assert hashlib.sha256(SEED.encode("utf-8")).hexdigest() == (
        "399494676c7368561a3abbe24a7b171bcfd81fc3d1c5aa65861ab67623cbe53b"
    )
    assert len(SEED) == 3059
    assert SEED.startswith("各基层党(工)委(组),各园区,镇(街道),各部委办局,区各直属(双管)单位:")
    assert SEED.rstrip().endswith("及时协调推动解决全面依法治区难点问题。")
    assert len(SEED.splitlines()) == 27


def test_each_call_returns_a_fresh_plan():
    first = rulegov.datasets.yancheng_2023()
    first.title = "changed"
    assert rulegov.datasets.yancheng_2023().title != "changed"


def test_cover_notice(reference_plan):
    plan = reference_plan
    assert plan.recipients == [
        "各基层党(工)委(组)",
        "各园区",
        "镇(街道)",
        "各部委办局",
        "区各直属(双管)单位",
    ]
    assert plan.issuer == "区依法治区办"
    assert plan.unit(plan.issuer_unit).name == "中共盐城经济技术开发区工委全面依法治区委员会办公室"
    assert plan.unit("区依法治区办").id == plan.issuer_unit
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert plan.doc_number is None
    assert plan.title == "中共盐城经济技术开发区工委全面依法治区委员会办公室2023年工作计划"
    assert plan.kind is rulegov.PlanKind.WORK_PLAN
    assert plan.period == rulegov.Period.year(2023)
    assert plan.notice is not None
    assert plan.notice.text.startswith("现将《")
    assert plan.excerpt(plan.spans["issued_on"]) == "2023年5月10日"
    assert plan.excerpt(plan.spans["issuer"]) == "区依法治区办"
    assert plan.excerpt(plan.spans["title"]) == plan.title


SECTIONS = [
    ("一", "坚持政治引领,深入贯彻落实省委、市委和区党工委法治建设部署要求", ["1", "2", "3", "4"]),
    ("二", "围绕中心大局,持续优化法治化营商环境", ["5", "6", "7", "8"]),
    ("三", "践行法治为民,着力解决群众关心关切法治问题", ["9", "10", "11"]),
    ("四", "夯实基层基础,强化基层改革发展法治支撑", ["12", "13"]),
    ("五", "加强研究宣传,积极营造法治经开区建设浓厚氛围", ["14", "15", "16"]),
]


def test_sections_in_order(reference_plan):
    found = [(s.number, s.title, [t.number for t in s.tasks]) for s in reference_plan.sections]
    assert found == SECTIONS
    for section in reference_plan.sections:
        assert section.level == 1
        assert reference_plan.excerpt(section.title_span) == section.title


TITLES = [
    "推动党的二十大精神和习近平法治思想学习宣传贯彻不断深入",
    "坚持和加强党对法治建设工作的集中统一领导",
    "推进法治建设规划体系实施",
    "严格落实法治建设责任制",
    "完善法治化营商环境建设推进机制",
    "推动建立法治化营商环境服务保障清单",
    "着力规范涉企执法行为",
    "统筹法治资源助力企业发展",
    "切实加强法治督察工作",
    "组织开展全面依法治区各专项行动",
    "强化法治建设年度监测评价机制",
    "加强基层法治队伍建设",
    "推动提升基层治理法治化水平",
    "积极开展法治实践重大课题调研",
    "加强法治工作队伍培养和专项业务培训",
    "完善依法治区工作联络、沟通交流机制",
]


def test_sixteen_tasks_with_titles_numbers_and_paths(reference_plan):
    tasks = reference_plan.tasks
    assert [t.title for t in tasks] == TITLES
    assert [t.number for t in tasks] == [str(n) for n in range(1, 17)]
    assert [t.id for t in tasks] == [f"t{n}" for n in range(1, 17)]
    assert tasks[9].path == ("三", "10")
    for task in tasks:
        line = reference_plan.excerpt(task.span)
        assert line == f"{task.number}.{task.text}"
        assert task.text.startswith(task.title + "。")
        assert reference_plan.excerpt(task.title_span) == task.title


def test_measures_are_in_order_and_traced(reference_plan):
    nine = reference_plan.task("9")
    assert [m.text for m in nine.measures][1:4] == [
        "科学制定整改方案",
        "落实整改责任",
        "适时开展实地督导",
    ]
    for task in reference_plan.tasks:
        assert task.measures, task.number
        starts = [m.span.start for m in task.measures]
        assert starts == sorted(starts)
        for measure in task.measures:
            assert reference_plan.excerpt(measure.span) == measure.text
            assert task.span.start <= measure.span.start < measure.span.end <= task.span.end


def test_every_task_is_led_by_the_office(reference_plan):
    office = reference_plan.unit("区依法治区办")
    for task in reference_plan.tasks:
        assert task.unit_ids("lead") == [office.id]
        assert office.known_as(task.lead_units[0])
    assert len(reference_plan.tasks_of("区依法治区办", "lead")) == 16


def test_cooperating_units_as_printed(reference_plan):
    cooperating = {
        t.number: t.cooperating_units for t in reference_plan.tasks if t.cooperating_units
    }
    assert cooperating == {
        "1": ["各部门"],
        "5": ["政法系统"],
        "6": ["各部门"],
        "7": ["有关部门"],
        "8": ["区有关部门"],
        "9": ["各部门"],
        "12": ["区有关部门", "司法所"],
    }
    assert reference_plan.unit("有关部门").id == reference_plan.unit("区有关部门").id


def test_committee_office_and_three_groups(reference_plan):
    committee = reference_plan.unit("中共盐城经济技术开发区工委全面依法治区委员会")
    office = reference_plan.unit("区依法治区办")
    assert committee.kind is rulegov.UnitKind.COMMITTEE
    assert office.kind is rulegov.UnitKind.OFFICE
    assert office.parent == committee.id
    groups = reference_plan.coordination_groups
    assert [g.name for g in groups] == ["执法协调小组", "司法协调小组", "守法普法协调小组"]
    for group in groups:
        assert group.tasks == ["t10"]
        assert group.committee == committee.id
        assert reference_plan.excerpt(group.span) == group.name


ASSESSMENTS = [
    ("3", "mid_term_evaluation", "经开区“十四五”法治建设“两规划一方案”"),
    ("3", "mid_term_evaluation", "“八五”普法规划"),
    ("3", "performance_review", "普法责任制履职情况"),
    ("4", "duty_report", "党政主要负责人"),
    ("4", "democratic_appraisal", "党政主要负责人"),
    ("4", "appraisal", "党政主要负责人"),
    ("4", "rule_of_law_duty_report", "部门和镇(街)"),
    (
        "7",
        "special_inspection",
        "行政机关依照法定权限和程序行使行政职权的情况和行政机关自行纠正行政行为的情况",
    ),
    ("9", "inspection", "市县法治建设工作"),
    ("9", "rectification", "中央依法治国办市县法治建设工作督察反馈意见"),
    ("9", "inspection", "整改任务落实情况"),
    ("9", "inspection", "深入践行习近平法治思想、持续推进法治政府建设规划落实"),
    ("10", "case_file_review", "重点领域行政执法案卷"),
    ("10", "case_file_review", "司法案件法律文书和卷宗"),
    ("10", "special_campaign", "公共法律服务水平"),
    ("11", "monitoring_evaluation", "我区法治建设"),
]


def test_every_assessment_with_kind_task_and_subject(reference_plan):
    found = [
        (reference_plan.task(a.task).number, a.kind.value, a.subjects[0].name)
        for a in reference_plan.assessments
    ]
    assert found == ASSESSMENTS
    for assessment in reference_plan.assessments:
        task = reference_plan.task(assessment.task)
        assert task.span.start <= assessment.span.start < assessment.span.end <= task.span.end


def test_assessment_details(reference_plan):
    by_id = {a.id: a for a in reference_plan.assessments}
    midterm = by_id["a-t3-midterm-14th-fyp"]
    assert midterm.method == "自评估和委托第三方评估相结合"
    assert midterm.timeframe.kind is rulegov.TimeFrameKind.IN_DUE_TIME
    assert midterm.subjects[0].kind is rulegov.SubjectKind.EXTERNAL_PLAN
    monitoring = by_id["a-t11-monitoring"]
    assert monitoring.assessors == ["u-city-committee"]
    assert monitoring.timeframe is None  # the plan gives no date for the evaluation of the year
    assert reference_plan.task("11").timeframe.frequency is rulegov.Frequency.YEARLY
    assert [i.name for i in monitoring.indicators] == [
        "党政主要负责人履行法治建设第一责任人职责情况"
    ]
    assert by_id["a-t10-enforcement-case-files"].assessors == ["g-enforcement"]


def test_targets_quantitative_and_qualitative(reference_plan):
    targets = {t.number: t.targets for t in reference_plan.tasks if t.targets}
    assert set(targets) == {"4", "7", "11"}
    (four,) = targets["4"]
    assert (four.comparator, four.value, four.unit_of_measure, four.text) == (
        rulegov.Comparator.GE,
        2,
        "个",
        "2个以上",
    )
    assert four.is_met(2)
    assert not four.is_met(1)
    (seven,) = targets["7"]
    assert (seven.comparator, seven.value, seven.unit_of_measure, seven.text) == (
        rulegov.Comparator.EQ,
        100,
        "%",
        "100%",
    )
    (eleven,) = targets["11"]
    assert not eleven.is_quantitative
    assert eleven.text == "进入全市先进行列"
    for task_targets in targets.values():
        for target in task_targets:
            assert reference_plan.excerpt(target.span) == target.text


@pytest.mark.parametrize(
    "words", ["60周年", "20周年", "二十条措施", "1+4", "八五", "2023", "2022", "十四五"]
)
def test_no_target_made_of_years_anniversaries_or_names(reference_plan, words):
    for task in reference_plan.tasks:
        for target in task.targets:
            assert words not in target.text


CITED = [
    (None, "中共盐城经济技术开发区工委全面依法治区委员会办公室2023年工作计划"),
    ("1", "关于深化学习宣传研究阐释贯彻落实习近平法治思想工作方案"),
    ("2", "中共盐城经济技术开发区工委全面依法治区委员会2023年工作要点"),
    ("12", "关于进一步加强市县法治建设的意见"),
    ("12", "关于转发中央全面依法治国委员会〈关于进一步加强市县法治建设的意见〉的通知"),
    ("14", "关于加强新时代法学教育和法学理论研究的意见"),
    ("15", "盐城市落实新时代法治人才培养规划的实施方案(2022-2025年)"),
    ("16", "关于建立法治建设联络与信息工作机制的实施办法"),
]


def test_eight_cited_documents_attached_where_cited(reference_plan):
    assert [c.title for c in reference_plan.cited_documents] == [title for _, title in CITED]
    assert [c.title for c in reference_plan.notice.citations] == [CITED[0][1]]
    by_task = [(t.number, c.title) for t in reference_plan.tasks for c in t.citations]
    assert by_task == CITED[1:]
    for citation in reference_plan.cited_documents:
        assert reference_plan.excerpt(citation.span) == f"《{citation.title}》"
    assert reference_plan.task("12").citations[1].issuer == "省委依法治省办"


def test_dependencies_with_reasons(reference_plan):
    links = {(d.predecessor, d.successor): d for d in reference_plan.dependencies}
    meeting = links[("t2.m5", "t2.m2")]
    assert "adopts the 2023 key points" in meeting.reason
    assert meeting.origin is rulegov.DependencyOrigin.DOCUMENT
    rectification = links[("t9.m2", "t9.m3")]
    assert reference_plan.excerpt(rectification.span) == "科学制定整改方案,落实整改责任"
    assert links[("t9.m5", "t9.m4")].type is rulegov.DependencyType.SS
    assert (
        links[("a-t9-central-inspection", "a-t9-rectification")].origin
        is rulegov.DependencyOrigin.DOCUMENT
    )
    assert {d.origin for d in reference_plan.dependencies} == {
        rulegov.DependencyOrigin.DOCUMENT,
        rulegov.DependencyOrigin.INFERRED,
    }
    for dependency in reference_plan.dependencies:
        assert dependency.reason


def test_timing_words_are_data(reference_plan):
    kinds = {t.number: t.timeframe.kind.value for t in reference_plan.tasks if t.timeframe}
    assert kinds == {
        "1": "ongoing",
        "2": "promptly",
        "3": "in_due_time",
        "4": "ongoing",
        "5": "ongoing",
        "9": "in_due_time",
        "11": "recurring",
        "15": "in_due_time",
        "16": "in_due_time",
    }
    for task in reference_plan.tasks:
        if task.timeframe is not None:
            assert reference_plan.excerpt(task.timeframe.span) == task.timeframe.text


def test_committed_json_matches_the_curation_script():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_yancheng_2023.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
