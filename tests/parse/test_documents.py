"""Hand-written documents in the genre's many layouts, each read with every fact checked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import rulegov
from rulegov import Comparator, Role, SectionKind, TimeFrameKind, UnitKind, UnitLevel
from sweep import unaccounted

DOCUMENTS = Path(__file__).parent / "documents"


def read(name: str) -> rulegov.Plan:
    return rulegov.read_plan(DOCUMENTS / name)


def units(task: rulegov.Task) -> list[tuple[str, str | None, str | None]]:
    return [(a.role.value, a.unit_name, a.note) for a in task.assignments]


def bare(text: str) -> str:
    return "".join(text.split())


def codes(plan: rulegov.Plan) -> list[tuple[int | None, str]]:
    return [(d.line, d.code) for d in plan.diagnostics]


def test_there_are_at_least_twelve_documents():
    assert len(list(DOCUMENTS.glob("*.txt"))) >= 12


def test_full_cover_notice():
    plan = read("01_full_notice.txt")
    assert plan.doc_number == "某政办发〔2023〕8号"
    assert plan.notice is not None
    assert plan.notice.title == "关于印发《某县2023年法治政府建设工作要点》的通知"
    # split on ， and ；, never on 、 (which joins names sharing a head word)
    assert plan.recipients == ["各乡镇人民政府", "县政府各部门、各直属单位", "各基层党(工)委(组)"]
    assert plan.issuer == "县政府办公室"
    assert plan.issued_on == dt.date(2023, 3, 15)
    assert plan.title == "某县2023年法治政府建设工作要点"
    assert plan.kind is rulegov.PlanKind.KEY_POINTS
    assert plan.preamble == "为深入推进法治政府建设，结合我县实际，制定本要点。"
    assert [c.title for c in plan.notice.citations] == ["某县2023年法治政府建设工作要点"]
    assert [(s.number, s.title) for s in plan.sections] == [
        ("一", "健全依法行政制度体系"),
        ("二", "推进严格规范公正文明执法"),
    ]
    first, second, third = plan.tasks
    assert (first.number, first.path, first.title) == (
        "（一）",
        ("一", "（一）"),
        "加强重点领域立法协调",
    )
    assert units(first) == [
        ("lead", "县司法局", None),
        ("cooperating", "县发展改革委", None),
        ("cooperating", "县生态环境局", None),
    ]
    assert first.timeframe is not None
    assert (first.timeframe.kind, first.timeframe.end) == (
        TimeFrameKind.DEADLINE,
        dt.date(2023, 6, 30),
    )
    assert second.timeframe is not None
    assert second.timeframe.kind is TimeFrameKind.STANDING
    assert [(g.comparator, g.value, g.unit_of_measure) for g in second.targets] == [
        (Comparator.GE, 100.0, "%")
    ]
    assert third.path == ("二", "（三）")
    assert units(third) == [
        ("responsible", "县司法局", None),
        ("responsible", "各乡镇人民政府", None),
    ]
    assert third.timeframe is not None
    assert third.timeframe.frequency is rulegov.Frequency.QUARTERLY
    assert [(g.text, g.comparator) for g in third.targets] == [("不少于30件", Comparator.GE)]
    assert codes(plan) == [(8, "publication-note")]


def test_the_same_unit_is_one_entry_everywhere():
    plan = read("01_full_notice.txt")
    justice = plan.unit("县司法局")
    assert [t.number for t in plan.tasks_of("县司法局")] == ["（一）", "（二）", "（三）"]
    assert (justice.kind, justice.level) == (UnitKind.GOVERNMENT_DEPARTMENT, UnitLevel.COUNTY)
    assert plan.unit("各乡镇人民政府").kind is UnitKind.COLLECTIVE


def test_web_page_metadata_and_chrome():
    plan = read("02_web_page.txt")
    assert plan.issuer == "某市司法局"
    assert plan.issued_on == dt.date(2023, 2, 20)  # 成文日期, not the date of publication
    assert plan.doc_number == "某司发〔2023〕5号"
    assert plan.title == "某市司法局2023年普法依法治理工作计划"
    kinds = [(s.number, s.title, s.kind) for s in plan.sections]
    assert kinds == [
        ("一", "指导思想", SectionKind.GUIDING_IDEOLOGY),
        ("二", "主要任务", SectionKind.TASKS),
        ("三", "保障措施", SectionKind.SAFEGUARDS),
    ]
    assert (
        plan.sections[0].text
        == "以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。"
    )
    safeguards = plan.sections[2]
    # the items under 保障措施 are work to do: tasks, not prose
    assert safeguards.children == []
    assert [(t.number, t.title, t.text) for t in safeguards.tasks] == [
        ("（一）", "加强组织领导", "加强组织领导。各地各部门要把普法工作纳入重要议事日程。"),
        ("（二）", "强化督促检查", "强化督促检查。将普法工作纳入法治建设考核。"),
    ]
    assert [t.path for t in plan.tasks] == [
        ("二", "（一）", "1"),
        ("二", "（一）", "2"),
        ("二", "（二）", "3"),
        ("三", "（一）"),
        ("三", "（二）"),
    ]
    assert units(plan.tasks[0]) == [
        ("responsible", "市委宣传部", None),
        ("responsible", "市司法局", None),
    ]
    assert units(plan.tasks[2])[1] == ("responsible", "各县（区）", None)
    assert plan.tasks[1].targets[0].text == "不少于20场"
    assert all("打印" not in (s.text or "") for s in plan.walk_sections())
    assert [c for _, c in codes(plan)].count("page-chrome") == 3
    assert [c for _, c in codes(plan)].count("metadata") == 5


def test_pipe_metadata_and_flat_tasks_with_inline_units():
    plan = read("03_pipe_metadata.txt")
    assert (plan.issuer, plan.issued_on, plan.doc_number) == (
        "某区人民政府办公室",
        dt.date(2022, 4, 8),
        "某政办〔2022〕17号",
    )
    assert plan.kind is rulegov.PlanKind.TASK_DIVISION_PLAN
    assert plan.sections == []
    assert [(t.number, t.path, t.title) for t in plan.unsectioned_tasks] == [
        ("1", ("1",), "完善依法决策机制"),
        ("2", ("2",), "加强行政复议规范化建设"),
        ("3", ("3",), "开展法治培训"),
    ]
    first, second, third = plan.tasks
    assert units(first) == [
        ("lead", "区司法局", None),
        ("cooperating", "区政府办公室", None),
        ("cooperating", "区发展改革局", None),
    ]
    assert "牵头单位" not in first.text
    assert [(g.comparator, g.value) for g in second.targets] == [(Comparator.GE, 95.0)]
    assert third.timeframe is not None
    assert third.timeframe.end == dt.date(2022, 12, 31)
    assert [(g.text, g.value, g.unit_of_measure) for g in third.targets] == [
        ("不少于2次", 2.0, "次")
    ]


def test_pipe_task_table():
    plan = read("04_task_table.txt")
    assert plan.preamble == "为抓好今年法治建设各项工作，现制定任务清单如下。"
    first, second, third = plan.tasks
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("1", "建设法治文化阵地"),
        ("2", "开展“法律明白人”培养"),
        ("3", "推进矛盾纠纷多元化解"),
    ]
    # one measures cell on one line is split into sentences (。；), as in a CSV or XLSX table
    assert [m.text for m in first.measures] == ["新建法治广场1个，更新宣传栏10块"]
    source = plan.source.text if plan.source else ""
    assert [source[m.span.start : m.span.end] for m in first.measures if m.span] == [
        "新建法治广场1个，更新宣传栏10块"
    ]
    assert units(first) == [
        ("lead", "镇司法所", None),
        ("cooperating", "镇宣传办", None),
        ("cooperating", "各村(社区)", None),
    ]
    # the continuation row (merged cells) belongs to task 2
    assert [m.text for m in second.measures] == [
        "每个村培养法律明白人不少于5名",
        "组织法律明白人集中培训",
    ]
    assert ("lead", "镇综治中心", None) in units(second)
    assert second.timeframe is not None
    assert second.timeframe.end == dt.date(2023, 12, 31)
    assert third.timeframe is not None
    assert third.timeframe.kind is TimeFrameKind.STANDING
    assert [(g.text, g.comparator) for g in third.targets] == [("达到98%以上", Comparator.GE)]
    assert plan.unit("镇司法所").kind is UnitKind.JUDICIAL_OFFICE


def test_tab_table_with_category_column():
    plan = read("05_tab_table.txt")
    assert [(s.number, s.title) for s in plan.sections] == [("", "科学立法"), ("", "严格执法")]
    assert [[t.number for t in s.tasks] for s in plan.sections] == [["1", "2"], ["3"]]
    first, second, third = plan.tasks
    assert units(first) == [("responsible", "区人大常委会办公室", None)]
    assert second.timeframe is not None
    assert second.timeframe.end == dt.date(2024, 6, 30)
    assert third.timeframe is not None
    assert third.timeframe.frequency is rulegov.Frequency.HALF_YEARLY
    assert units(third) == [
        ("responsible", "区司法局", None),
        ("responsible", "区市场监管局", None),
    ]


def test_articles_are_tasks_and_their_items_are_measures():
    plan = read("06_articles.txt")
    assert plan.kind is rulegov.PlanKind.APPRAISAL_SCHEME
    assert [t.number for t in plan.tasks] == ["第一条", "第二条", "第三条", "第四条"]
    assert plan.tasks[2].title == "考核内容"
    assert [m.text for m in plan.tasks[2].measures] == [
        "党政主要负责人履行职责情况",
        "法治政府建设情况",
    ]


def test_deep_nesting():
    plan = read("07_deep_nesting.txt")
    assert [t.path for t in plan.tasks] == [
        ("一", "（一）", "1", "（1）"),
        ("一", "（一）", "1", "（2）"),
        ("一", "（一）", "2", "（3）"),
    ]
    assert [s.level for s in plan.walk_sections()] == [1, 2, 3, 3, 1]
    assert [m.text for m in plan.tasks[0].measures] == ["开展示范村复核", "建立动态管理台账"]
    assert [(g.text, g.value) for g in plan.tasks[0].targets] == [("2个", 2.0)]
    assert plan.tasks[1].targets[0].text == "全覆盖"
    assert plan.sections[1].kind is SectionKind.SAFEGUARDS
    assert codes(plan) == [(5, "no-unit"), (8, "no-unit")]


def test_document_starting_in_the_middle():
    plan = read("08_middle.txt")
    assert [(t.number, t.path) for t in plan.tasks] == [
        ("3", ("3",)),
        ("4", ("4",)),
        ("6", ("6",)),
        ("1", ("二", "1")),
    ]
    assert (1, "no-title") in codes(plan)
    sequence = [(d.line, d.message) for d in plan.diagnostics if d.code == "number-sequence"]
    assert sequence[0] == (2, "heading number '3' breaks the sequence; expected 1")
    assert sequence[1] == (6, "heading number '6' breaks the sequence; expected 5")


def test_pdf_extraction_spaces_and_crlf():
    plan = read("09_pdf_extraction.txt")
    assert plan.sections[0].title == "加强法治政府建设"
    first, second = plan.tasks
    assert first.title == "推进行政复议体制改革"
    assert first.timeframe is not None
    assert first.timeframe.end == dt.date(2023, 6, 30)
    assert units(first) == [("lead", "区司法局", None)]
    assert second.title == "健全行政执法协调机制"
    assert [(g.text, g.comparator, g.value) for g in second.targets] == [
        ("达到90%以上", Comparator.GE, 90.0)
    ]
    # spans point into the original text, spaces and all
    assert plan.source is not None
    assert plan.source.excerpt(first.title_span) == "推进  行政 复议 体制 改革"
    assert plan.source.excerpt(second.targets[0].span) == "达到 90% 以上"


@pytest.mark.parametrize(
    ("name", "encoding", "first"),
    [
        ("10_gbk.txt", "gb18030", ("制定执法监督年度计划", Role.LEAD, "区司法局")),
        ("11_bom.txt", "utf-8-sig", ("建设法治示范社区", Role.RESPONSIBLE, "街道司法所")),
    ],
)
def test_other_encodings(name, encoding, first):
    plan = read(name)
    task = plan.tasks[0]
    role = task.assignments[0].role
    assert (task.title, role, plan.unit(task.assignments[0].unit).name) == first
    assert plan.source is not None
    # decoded as a whole, the byte-order mark dropped
    assert plan.source.text == (DOCUMENTS / name).read_bytes().decode(encoding)


def test_gbk_facts():
    plan = read("10_gbk.txt")
    assert plan.kind is rulegov.PlanKind.WORK_ARRANGEMENTS
    assert [t.title for t in plan.tasks] == ["制定执法监督年度计划", "开展执法人员资格清理"]
    assert plan.tasks[1].cooperating_units == ["区人社局"]


def test_bom_facts():
    plan = read("11_bom.txt")
    assert plan.title == "某街道2023年法治建设工作计划"
    assert plan.tasks[0].responsible_units == ["街道司法所"]
    assert plan.tasks[0].timeframe is not None
    assert plan.tasks[0].timeframe.end == dt.date(2023, 10, 31)


def test_units_aliases_notes_and_timing():
    plan = read("12_units.txt")
    office = plan.unit("区法治办")
    assert office.name == "区委全面依法治区委员会办公室"
    assert office.short_names == ["区法治办"]
    first, second, third, fourth = plan.tasks
    assert [a.unit for a in first.assignments][:2] == [office.id, office.id]
    assert first.timeframe is not None
    assert (first.timeframe.kind, first.timeframe.start, first.timeframe.end) == (
        TimeFrameKind.RANGE,
        dt.date(2023, 3, 1),
        dt.date(2023, 6, 30),
    )
    assert units(second) == [
        ("responsible", "各镇(街)", "按职责分工负责"),
        ("responsible", "区有关部门", None),
    ]
    assert plan.unit("区有关部门").kind is UnitKind.COLLECTIVE
    assert plan.unit("各镇(街)").level is UnitLevel.TOWNSHIP
    assert units(third) == [("lead", "区司法局", None), ("lead", "区教育局", "等有关部门")]
    assert third.timeframe is not None
    assert third.timeframe.kind is TimeFrameKind.IN_DUE_TIME
    assert units(fourth) == [
        ("lead", "区司法局", None),
        ("responsible", "区法院", None),
        ("responsible", "区检察院", None),
    ]
    assert fourth.timeframe is not None
    assert fourth.timeframe.on == dt.date(2023, 12, 4)
    assert [t.path for t in plan.tasks] == [("一", "1"), ("一", "2"), ("二", "1"), ("二", "2")]
    assert not any(d.code == "number-sequence" for d in plan.diagnostics)


def test_targets_and_what_is_not_a_target():
    plan = read("13_targets.txt")
    first, second = plan.tasks
    assert first.targets == []
    assert [(g.text, g.comparator, g.value, g.unit_of_measure) for g in second.targets] == [
        ("达到100%", Comparator.GE, 100.0, "%"),
        ("不少于3次", Comparator.GE, 3.0, "次"),
        ("5名以上", Comparator.GE, 5.0, "名"),
        ("低于5%", Comparator.LT, 5.0, "%"),
        ("不超过15个工作日", Comparator.LE, 15.0, "个工作日"),
        ("全覆盖", None, None, None),  # qualitative: no number to compare
    ]


def test_multi_year_plan_with_prose_and_document_numbers():
    plan = read("14_multi_year.txt")
    assert plan.period == rulegov.Period(start_year=2021, end_year=2025)
    assert plan.title == "某省法治宣传教育第八个五年规划实施方案（2021-2025年）"
    assert [(c.title, c.doc_number) for c in plan.citations] == [
        (
            (
                "中共中央、国务院转发〈中央宣传部、司法部关于开展法治宣传教育的第八个五年规划"
                "（2021－2025年）〉的通知"
            ),
            "中发〔2021〕11号",
        )
    ]
    requirements = plan.sections[0]
    assert requirements.kind is SectionKind.GENERAL_REQUIREMENTS
    assert [(c.title, c.kind) for c in requirements.children] == [
        ("指导思想", SectionKind.GUIDING_IDEOLOGY),
        ("主要目标", SectionKind.OBJECTIVES),
    ]
    first, second = plan.tasks
    assert [c.title for c in first.citations] == ["法治社会建设实施纲要(2020—2025年)"]
    assert first.timeframe is not None
    assert (first.timeframe.start, first.timeframe.end) == (
        dt.date(2021, 1, 1),
        dt.date(2025, 12, 31),
    )
    assert second.timeframe is not None
    assert second.timeframe.frequency is rulegov.Frequency.YEARLY
    assert plan.unit("省司法厅").level is UnitLevel.PROVINCIAL


@pytest.mark.parametrize("path", sorted(DOCUMENTS.glob("*.txt")), ids=lambda p: p.name)
def test_every_span_points_at_what_was_read(path):
    plan = rulegov.read_plan(path)
    source = plan.source
    assert source is not None
    for task in plan.tasks:
        assert task.title_span is not None
        assert bare(source.excerpt(task.title_span)) == bare(task.title)
        for assignment in task.assignments:
            assert assignment.span is not None
            assert bare(source.excerpt(assignment.span)) == assignment.unit_name
        for target in task.targets:
            assert target.span is not None
            assert bare(source.excerpt(target.span)) == bare(target.text)


@pytest.mark.parametrize("path", sorted(DOCUMENTS.glob("*.txt")), ids=lambda p: p.name)
def test_every_line_is_accounted_for(path):
    assert unaccounted(rulegov.read_plan(path)) == []


def test_real_notice_of_xiping_county_2020():
    # 西政办〔2020〕20号, as published on xiping.gov.cn (see documents/real/PROVENANCE.md)
    plan = rulegov.read_plan(DOCUMENTS / "real" / "xiping_2020_excerpt.txt")
    assert plan.doc_number == "西政办〔2020〕20号"
    assert [(s.number, s.title) for s in plan.sections] == [("一", "依法全面履行政府职能")]
    (task,) = plan.tasks
    assert (task.number, task.title) == ("（一）", "为推动经济高质量发展提供法治保障")
    assert units(task) == [
        ("responsible", "县政府办公室", None),
        ("responsible", "县司法局", None),
        ("responsible", "各有关部门", None),
        ("responsible", "乡镇人民政府", "按职责分工分别负责"),
    ]


def test_real_plan_of_liaoning_numbering_runs_on_across_sections():
    # 法治辽宁建设规划 as printed in 辽宁日报 (see documents/real/PROVENANCE.md)
    plan = rulegov.read_plan(DOCUMENTS / "real" / "liaoning_2021_fazhi_excerpt.txt")
    assert [(s.number, s.title[:8]) for s in plan.walk_sections()] == [
        ("（三）", "强化宪法学习宣传"),
        ("三", "完善符合辽宁实际"),
        ("（一）", "完善地方立法工作"),
    ]
    assert [t.path for t in plan.tasks] == [
        ("（三）", "4"),
        ("（三）", "5"),
        ("（三）", "6"),
        ("（三）", "7"),
        ("三", "（一）", "1"),
        ("三", "（一）", "2"),
        ("三", "（一）", "3"),
    ]
    first = plan.tasks[0]
    assert first.timeframe is not None
    assert first.timeframe.frequency is rulegov.Frequency.YEARLY
    assert [t.text for t in plan.tasks[3].targets] == ["达到100%覆盖"]


def test_real_notice_of_jinchang_2025():
    # 金政发〔2025〕33号, as published on yongchang.gov.cn (see documents/real/PROVENANCE.md)
    plan = rulegov.read_plan(DOCUMENTS / "real" / "jinchang_2025_shifanshi_excerpt.txt")
    assert plan.title == "金昌市创建全国法治政府建设示范市实施方案"
    assert plan.doc_number == "金政发〔2025〕33号"
    assert [(s.number, s.title, s.kind) for s in plan.sections] == [
        ("一", "总体要求", SectionKind.GENERAL_REQUIREMENTS),
        ("二", "主要创建任务", SectionKind.TASKS),
    ]
    assert plan.tasks == []
