"""Layouts and words of real documents: levels, prose and safeguards, timing, targets, tables."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from rulegov import Comparator, SectionKind, TimeFrameKind
from rulegov.graph import occurrences
from rulegov.io import read_task_rows
from rulegov.parse._numbering import int_to_chinese
from rulegov.parse._table_header import read_columns
from rulegov.parse._time import read_timeframe


def test_chapters_and_parts_hold_articles():
    plan = rulegov.parse_plan(
        "某市法治政府建设实施纲要\n第一章 总则\n第一条 为了推进法治政府建设，制定本纲要。\n"
        "第二章 主要任务\n第一节 依法行政\n第二条 推进依法决策。（牵头单位：市司法局）\n"
        "第三条 规范执法。\n第二节 监督\n第四条 加强监督。\n"
    )
    assert [(s.level, s.number, s.title) for s in plan.walk_sections()] == [
        (1, "第一章", "总则"),
        (1, "第二章", "主要任务"),
        (2, "第一节", "依法行政"),
        (2, "第二节", "监督"),
    ]
    # 总则 (general provisions) is prose: its articles are its text
    assert plan.sections[0].kind is SectionKind.GENERAL_REQUIREMENTS
    assert plan.sections[0].text == "第一条 为了推进法治政府建设，制定本纲要。"
    assert [t.path for t in plan.tasks] == [
        ("第二章", "第一节", "第二条"),
        ("第二章", "第一节", "第三条"),
        ("第二章", "第二节", "第四条"),
    ]


def test_items_numbered_with_full_width_stops_and_a_skipped_level():
    plan = rulegov.parse_plan(
        "某县2024年依法治县工作要点\n一、指导思想。以习近平法治思想为指导。\n"
        "二、重点任务\n4．推进科学立法。完善立法机制。（牵头单位：县司法局）\n"
        "5、严格执法。开展执法检查。（责任单位：县公安局）\n"
    )
    first, second = plan.sections
    assert (first.title, first.kind, first.tasks) == ("指导思想", SectionKind.GUIDING_IDEOLOGY, [])
    assert first.text == "以习近平法治思想为指导。"
    assert (second.title, second.kind) == ("重点任务", SectionKind.TASKS)
    assert [(t.number, t.path, t.title) for t in second.tasks] == [
        ("4", ("二", "4"), "推进科学立法"),
        ("5", ("二", "5"), "严格执法"),
    ]


def test_items_under_objectives_are_prose_and_under_safeguards_tasks():
    plan = rulegov.parse_plan(
        "2024年工作方案\n一、工作目标\n1.到年底建成示范点5处。\n2.群众满意度提高到95%。\n"
        "二、组织保障\n1.加强组织领导。成立工作专班。\n2.强化督查考核。将工作纳入年度考核。\n"
    )
    objectives, safeguards = plan.sections
    assert objectives.kind is SectionKind.OBJECTIVES
    assert objectives.tasks == []
    assert safeguards.kind is SectionKind.SAFEGUARDS
    assert [t.title for t in safeguards.tasks] == ["加强组织领导", "强化督查考核"]


@pytest.mark.parametrize(
    ("words", "kind", "end"),
    [
        ("次年1月", TimeFrameKind.DEADLINE, dt.date(2025, 1, 31)),
        ("9月30日前", TimeFrameKind.DEADLINE, dt.date(2024, 9, 30)),
        ("上半年", TimeFrameKind.DEADLINE, dt.date(2024, 6, 30)),
        ("下半年", TimeFrameKind.DEADLINE, dt.date(2024, 12, 31)),
        ("11月中旬", TimeFrameKind.DEADLINE, dt.date(2024, 11, 20)),
        ("年底前", TimeFrameKind.DEADLINE, dt.date(2024, 12, 31)),
        ("全年", TimeFrameKind.RANGE, dt.date(2024, 12, 31)),
        ("长期坚持", TimeFrameKind.STANDING, None),
        ("20个工作日内", TimeFrameKind.PROMPTLY, None),
    ],
)
def test_timing_words_in_a_plan_for_2024(words, kind, end):
    timeframe = read_timeframe(words, 2024)
    assert timeframe is not None
    assert (timeframe.kind, timeframe.end) == (kind, end)


def test_a_date_met_by_the_verb_of_completing_is_the_task_deadline():
    """``6月底完成`` and ``次年1月印发`` set a deadline in running text, as ``6月底前`` does."""
    plan = rulegov.parse_plan(
        "2024年法治政府建设工作要点\n一、依法行政\n"
        "1.清理规范性文件。于6月底完成清理。\n"
        "2.编制法治政府建设报告。次年1月印发报告。\n"
        "3.建设法治文化阵地。年内全面建成3处阵地。\n"
        "4.开展执法监督。3年完成一轮全覆盖检查。\n"
    )
    timings = [
        (task.timeframe.kind, task.timeframe.end, task.timeframe.text) if task.timeframe else None
        for task in plan.tasks
    ]
    assert timings == [
        (TimeFrameKind.DEADLINE, dt.date(2024, 6, 30), "6月底"),
        (TimeFrameKind.DEADLINE, dt.date(2025, 1, 31), "次年1月"),
        (TimeFrameKind.RANGE, dt.date(2024, 12, 31), "年内"),
        None,  # 3年 is a span of years, not a date
    ]


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("每季度", ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]),
        ("每半年", ["2024-06-30", "2024-12-31"]),
        (
            "每月",
            [
                f"2024-{m:02}-{d}"
                for m, d in zip(
                    range(1, 13), [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], strict=True
                )
            ],
        ),
    ],
)
def test_recurring_duties_fall_on_the_ends_of_their_periods(words, days):
    timeframe = read_timeframe(words, 2024)
    assert timeframe is not None
    assert timeframe.rrule is not None
    found = occurrences(timeframe.rrule, start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
    assert [day.isoformat() for day in found] == days


def test_an_old_rule_every_three_months_still_means_quarter_ends():
    found = occurrences(
        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1",
        start=dt.date(2024, 1, 1),
        end=dt.date(2024, 12, 31),
    )
    assert [day.isoformat() for day in found] == [
        "2024-03-31",
        "2024-06-30",
        "2024-09-30",
        "2024-12-31",
    ]


def test_targets_of_the_genre():
    plan = rulegov.parse_plan(
        "2024年工作要点\n一、任务\n1.开展评查。评查案卷不少于200卷，建成5处基地，培育两个以上示范点，"
        "发案率下降5个百分点，满意度提高到95%，实现全覆盖，在20个工作日内办结。\n"
    )
    found = [
        (t.text, t.comparator, t.value, t.unit_of_measure, t.direction.value)
        for t in plan.tasks[0].targets
    ]
    assert found == [
        ("不少于200卷", Comparator.GE, 200.0, "卷", "higher_is_better"),
        ("5处", Comparator.EQ, 5.0, "处", "higher_is_better"),
        ("两个以上", Comparator.GE, 2.0, "个", "higher_is_better"),
        ("下降5个百分点", Comparator.GE, 5.0, "个百分点", "lower_is_better"),
        ("提高到95%", Comparator.GE, 95.0, "%", "higher_is_better"),
        ("全覆盖", None, None, None, "higher_is_better"),
    ]


def test_people_are_not_units():
    plan = rulegov.parse_plan(
        "2024年工作要点\n一、任务\n1.开展评查。\n责任单位：区司法局；责任领导：张三（副区长）\n"
    )
    assert [u.name for u in plan.units] == ["区司法局"]
    assert [d.code for d in plan.diagnostics if d.code == "person"] == ["person"]


def test_one_heading_vocabulary_for_text_and_spreadsheet_tables():
    header = ["序号", "重点任务", "工作措施", "牵头部门", "配合单位", "时间节点"]
    assert read_columns(header) == {
        0: "number",
        1: "title",
        2: "measures",
        3: "lead",
        4: "cooperating",
        5: "deadline",
    }
    row = ["1", "开展述法", "组织述法。", "区司法局", "区法院", "6月底前"]
    text = "2024年任务分工表\n" + "\n".join("|" + "|".join(r) + "|" for r in (header, row))
    from_text = rulegov.parse_plan(text).tasks[0]
    from_rows = read_task_rows([header, row], title="2024年任务分工表").tasks[0]
    for task in (from_text, from_rows):
        assert task.title == "开展述法"
        assert [(a.role.value, a.unit_name) for a in task.assignments] == [
            ("lead", "区司法局"),
            ("cooperating", "区法院"),
        ]
        assert task.timeframe is not None
        assert task.timeframe.end == dt.date(2024, 6, 30)


def test_units_named_in_brackets_by_the_words_after_them():
    plan = rulegov.parse_plan(
        "2022年工作方案\n一、深化改革\n1.實施清單管理。編制並公布清單。"
        "（市政府辦公室、市改革工作領導小組辦公室牽頭，市級各有關部門及各縣市區政府按職責分工負責）\n"
    )
    (task,) = plan.tasks
    assert [(a.role.value, a.unit_name) for a in task.assignments] == [
        ("lead", "市政府辦公室"),
        ("lead", "市改革工作領導小組辦公室"),
        ("responsible", "市級各有關部門"),
        ("responsible", "各縣市區政府"),
    ]
    assert [m.text for m in task.measures] == ["編制並公布清單"]
    assert plan.coordination_groups == []  # the group's office is a unit, not the group


def test_prose_headings_in_traditional_characters():
    plan = rulegov.parse_plan(
        "鞍山市職責清單\n一、基本原則\n（一）堅持黨的領導；\n（二）堅持權責一致。\n"
        "二、基本要求\n（一）深入學習貫徹習近平法治思想。\n"
    )
    principles, requirements = plan.sections
    assert (principles.kind, principles.children, principles.tasks) == (
        SectionKind.GENERAL_REQUIREMENTS,
        [],
        [],
    )
    assert principles.text == "（一）堅持黨的領導；\n（二）堅持權責一致。"
    assert [t.title for t in requirements.tasks] == ["深入學習貫徹習近平法治思想"]


def test_numbered_parts_run_together_on_one_line():
    text = (
        "2023年依法治镇工作一、认真贯彻落实工作要点1、贯彻落实县工作。开展自查。"
        "2、推动争创法治建设。完善制度。二、加强法治政府建设 1.健全中心建设。完善机制。"
    )
    plan = rulegov.parse_plan(text)
    assert plan.title == "2023年依法治镇工作"
    assert [(s.number, s.title) for s in plan.sections] == [
        ("一", "认真贯彻落实工作要点"),
        ("二", "加强法治政府建设"),
    ]
    assert [(t.path, t.title) for t in plan.tasks] == [
        (("一", "1"), "贯彻落实县工作"),
        (("一", "2"), "推动争创法治建设"),
        (("二", "1"), "健全中心建设"),
    ]
    for task in plan.tasks:
        assert task.title_span is not None
        assert text[task.title_span.start : task.title_span.end] == task.title
    late = rulegov.parse_plan(
        "2023年工作要点\n一、加强领导\n1.召开会议。 2.开展培训。（牵头单位：区司法局"
    )
    problem = next(d for d in late.diagnostics if d.code == "no-unit")
    assert (problem.line, problem.column) == (3, 1)


def test_a_whole_plan_run_into_one_line_is_cut_into_every_part():
    chinese = "一二三四五六七八九"
    text = (
        "2023年依法治镇工作要点"
        + "".join(
            f"{chinese[s]}、加强第{s + 1}方面工作"
            + "".join(f"{i}.推进第{s + 1}-{i}项工作。完善制度。" for i in range(1, 10))
            for s in range(9)
        )
        + "十、其他要求:1.按时报送。2.加强督查。"
    )
    plan = rulegov.parse_plan(text)
    assert [s.number for s in plan.sections] == [*chinese, "十"]
    assert [t.path for t in plan.tasks] == [
        *((chinese[s], str(i)) for s in range(9) for i in range(1, 10)),
        ("十", "1"),
        ("十", "2"),
    ]
    assert plan.tasks[40].title == "推进第5-5项工作"
    assert plan.sections[-1].title == "其他要求"


def test_a_short_name_and_its_full_name_are_one_unit():
    plan = rulegov.parse_plan(
        "中共某区委全面依法治区委员会办公室2024年工作要点\n一、加强领导\n1.召开会议。\n"
        "牵头单位：区委依法治区办；配合单位：区人民法院、区委办、县政府办、县政府法制办\n"
        "2.开展培训。\n牵头单位：中共某区委全面依法治区委员会办公室、区法院\n"
    )
    assert [(u.name, u.short_names) for u in plan.units] == [
        ("中共某区委全面依法治区委员会办公室", ["区委依法治区办"]),
        ("区人民法院", ["区法院"]),
        ("区委办", []),
        ("县政府办", []),
        ("县政府法制办", []),
    ]
    first, second = plan.tasks
    assert first.assignments[0].unit == second.assignments[0].unit


def test_numbering_runs_on_through_six_sections():
    lines = ["某省2024年法治建设工作要点"]
    number = 1
    for section in range(1, 7):
        lines.append(f"{int_to_chinese(section)}、第{section}部分")
        for _ in range(4 if section < 6 else 3):
            lines.append(f"（{int_to_chinese(number)}）推进工作{number}。开展培训。")
            number += 1
    plan = rulegov.parse_plan("\n".join(lines))
    assert [len(s.tasks) for s in plan.sections] == [4, 4, 4, 4, 4, 3]
    assert plan.tasks[-1].path == ("六", "（二十三）")
    assert not any(d.code == "number-sequence" for d in plan.diagnostics)


def test_a_person_label_inside_running_text_is_text():
    plan = rulegov.parse_plan(
        "2024年工作要点\n一、任务\n1.落实责任。各单位主要负责人：要亲自抓。\n"
        "责任单位：区司法局；责任人：张三\n"
    )
    (task,) = plan.tasks
    assert task.text == "落实责任。各单位主要负责人：要亲自抓。"
    assert [a.unit_name for a in task.assignments] == ["区司法局"]
    assert [d.line for d in plan.diagnostics if d.code == "person"] == [4]


def test_a_top_level_heading_run_into_its_text_still_heads_the_items_below():
    plan = rulegov.parse_plan(
        "某县依法行政规划\n"
        "一、指导思想和基本要求《纲要》是依法行政的纲领性文件。各级各部门要认真贯彻。\n"
        "（一）指导思想。坚持以人为本。\n（二）基本原则。坚持依法办事。\n"
        "二、主要任务\n（一）规范行政决策。健全程序。\n"
    )
    assert [(s.number, s.kind) for s in plan.sections] == [
        ("一", SectionKind.GUIDING_IDEOLOGY),
        ("二", SectionKind.TASKS),
    ]
    assert [t.path for t in plan.tasks] == [("二", "（一）")]


def test_a_top_level_heading_with_its_text_on_one_line_is_a_section_not_a_task():
    plan = rulegov.parse_plan(
        "某县法治政府宣传月活动方案\n"
        "一、活动主题。建设法治政府，服务人民群众。\n"
        "二、活动时间\n（一）活动时间。4月1日至4月30日。\n（二）活动步骤。分三步。\n"
    )
    assert [s.number for s in plan.sections] == ["一", "二"]
    assert plan.unsectioned_tasks == []
    assert [t.path for t in plan.tasks] == [("二", "（一）"), ("二", "（二）")]


def test_the_numbered_requirements_of_a_notice_without_its_plan_are_sections_with_their_text():
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发2022年政府工作报告重点任务分工的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将《2022年政府工作报告重点任务分工》印发给你们，请认真贯彻落实。\n"
        "一、各部门要高度重视重点任务落实工作，主要领导要亲自抓。每月报送进展情况。\n"
        "二、县政府督查室要加强跟踪督办，将落实情况纳入年度绩效考核。\n"
        "附件：2022年政府工作报告重点任务分工\n"
    )
    assert [(s.number, s.title) for s in plan.sections] == [
        ("一", "各部门要高度重视重点任务落实工作，主要领导要亲自抓"),
        ("二", "县政府督查室要加强跟踪督办，将落实情况纳入年度绩效考核"),
    ]
    assert plan.sections[0].text == "每月报送进展情况。"
    assert plan.tasks == []
    # the appraisal a requirement calls for is the plan's, held by no task
    assert [(a.name, a.task) for a in plan.assessments] == [("年度绩效考核", None)]


def test_a_top_level_item_naming_its_own_units_stays_a_task():
    plan = rulegov.parse_plan(
        "某县2024年政务公开工作要点\n"
        "一、推进政策解读。做好政策文件解读工作。\n责任单位：县政府办公室\n"
        "二、回应社会关切。及时回应群众关切。\n责任单位：县信访局\n"
    )
    assert plan.sections == []
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [
        ("推进政策解读", ["县政府办公室"]),
        ("回应社会关切", ["县信访局"]),
    ]


def test_a_sharing_sites_page_mark_before_the_title_is_no_task():
    plan = rulegov.parse_plan(
        "《某市法治社会建设工作措施.docx》由会员分享，可在线阅读。\n"
        "1、某市法治社会建设工作措施(征求意见稿)为建设法治社会，特制定本措施。"
        "一、推动全社会增强法治观念\n"
        "（一）实现宪法宣传教育常态化。组织读宪法活动。2、\n进头脑工作。"
        "（二）全面落实宪法宣誓制度。认真落实。"
    )
    assert plan.title == "某市法治社会建设工作措施(征求意见稿)"
    assert [t.path for t in plan.tasks] == [("一", "（一）"), ("一", "（二）")]
    [mark] = [d for d in plan.diagnostics if d.code == "page-mark"]
    assert (mark.line, mark.column) == (2, 1)


def test_a_paragraph_with_a_list_of_its_own_heads_a_section():
    plan = rulegov.parse_plan(
        "某镇创建方案\n三、创建标准\n"
        "（一）基本标准：认真贯彻落实党中央决策部署。\n"
        "（二）具体标准：严格按照建设指导标准开展创建。有以下情形之一的村，不得列入：\n"
        "1.村级组织违反国家法律法规的。\n2.发生重大安全事故的。\n"
    )
    assert [t.path for t in plan.tasks] == [
        ("三", "（一）"),
        ("三", "（二）", "1"),
        ("三", "（二）", "2"),
    ]


def test_numbers_inside_a_paragraph_that_start_no_list_stay_its_text():
    # a sharing site's page breaks (2、…) inside a paragraph are no items of it
    plan = rulegov.parse_plan(
        "某市工作措施\n一、推动全社会增强法治观念\n"
        "（一）把学习贯彻法治思想作为重要政治任务。做好进教材、进课堂、\n"
        "2、进头脑工作。各部门要加大宣传力度。\n"
        "（二）实现宪法宣传教育常态化。持续开展活动。\n"
    )
    assert [t.path for t in plan.tasks] == [("一", "（一）"), ("一", "（二）")]


def _units(task: rulegov.Task) -> list[str]:
    return [a.unit_name or a.unit for a in task.assignments]


def test_a_unit_line_after_a_group_of_items_names_the_units_of_each():
    plan = rulegov.parse_plan(
        "某市应急体系规划责任分解\n（一）预案建设\n1.完善应急预案体系\n"
        "（1）加强应急预案管理。\n（2）加强应急预案演练。\n（3）加强培训宣传。\n"
        "（责任单位：市应急局、各县人民政府）\n"
        "2.健全运行机制\n（1）推进办事机构建设。（责任单位：市委编办）\n（2）落实专职人员。\n"
    )
    assert [(t.path[-2:], _units(t)) for t in plan.tasks] == [
        (("1", "（1）"), ["市应急局", "各县人民政府"]),
        (("1", "（2）"), ["市应急局", "各县人民政府"]),
        (("1", "（3）"), ["市应急局", "各县人民政府"]),
        # items that name units of their own keep them, and the others name none
        (("2", "（1）"), ["市委编办"]),
        (("2", "（2）"), []),
    ]


def test_units_on_a_top_level_heading_go_to_its_items_and_units_in_its_text_to_none():
    plan = rulegov.parse_plan(
        "某区工作要点\n一、加强组织领导（牵头单位：区司法局）\n"
        "1.召开会议。\n2.制定方案。（责任单位：区委办）\n"
        "二、推进措施\n积极推进立法。开展评估。（责任单位：区人大法工委）\n"
        "2.加强执法监督检查。加大力度。\n"
    )
    assert [(t.path, _units(t)) for t in plan.tasks] == [
        (("一", "1"), ["区司法局"]),
        (("一", "2"), ["区委办"]),
        (("二", "2"), []),
    ]
    orphan = [d for d in plan.diagnostics if d.code == "orphan-units"]
    assert len(orphan) == 1
    assert orphan[0].line == 6


@pytest.mark.parametrize(
    ("bracket", "names"),
    [
        ("（市场监管总局、工业和信息化部负责）", ["市场监管总局", "工业和信息化部"]),
        ("（区司法局和区法院牵头）", ["区司法局", "区法院"]),
        ("（县财政局及各乡镇负责）", ["县财政局", "各乡镇"]),
        ("（市級各有關部門及各縣市區政府負責）", ["市級各有關部門", "各縣市區政府"]),
    ],
)
def test_and_joins_two_units_but_not_the_words_of_one(bracket, names):
    plan = rulegov.parse_plan(f"1.做好工作。{bracket}")
    assert _units(plan.tasks[0]) == names


def test_a_sharing_sites_numbered_instructions_are_no_items():
    plan = rulegov.parse_plan(
        "在线预览结束,喜欢就下载吧\n1、部分资料下载需要金币,请确保您的账户上有足够的金币\n"
        "2、已购买过的文档,再次下载不重复扣费\n"
        "某县法治政府宣传月活动方案\n一、活动主题\n（一）建设法治政府。\n"
    )
    assert [t.path for t in plan.tasks] == [("一", "（一）")]


def test_a_word_ending_in_one_is_no_top_level_number_inside_an_item():
    # 知行合一、工学结合: 一、 inside an item's title starts no part (一、 heads documents)
    plan = rulegov.parse_plan(
        "某方案\n一、主要任务\n（九）坚持知行合一、工学结合。推动实践。\n（十）加强管理。\n"
    )
    assert [(t.path, t.title) for t in plan.tasks] == [
        (("一", "（九）"), "坚持知行合一、工学结合"),
        (("一", "（十）"), "加强管理"),
    ]
    assert [s.number for s in plan.walk_sections()] == ["一"]


@pytest.mark.parametrize(
    "bracket",
    [
        "（区司法局牵头，区法院、区检察院配合，2024年6月底前完成）",
        "（2024年6月底前完成，区司法局牵头，区法院、区检察院配合）",
    ],
)
def test_a_unit_bracket_that_also_says_when_names_its_units_and_the_deadline(bracket):
    plan = rulegov.parse_plan(f"一、加强领导\n1.制定方案。{bracket}\n")
    (task,) = plan.tasks
    assert task.lead_units == ["区司法局"]
    assert task.cooperating_units == ["区法院", "区检察院"]
    assert task.timeframe is not None
    assert task.timeframe.end == dt.date(2024, 6, 30)


def test_units_of_a_field_parted_by_spaces_are_separate_but_a_name_with_a_space_is_one():
    plan = rulegov.parse_plan(
        "一、加强领导\n1.召开会议。（牵头单位：区委办  配合单位：区财政局 区审计局）\n"
        "2.制定方案。（牵头单位：区 司法局）\n"
    )
    first, second = plan.tasks
    assert first.lead_units == ["区委办"]
    assert first.cooperating_units == ["区财政局", "区审计局"]
    assert second.lead_units == ["区司法局"]


@pytest.mark.parametrize(("first", "second"), [("第一章", "第二章"), ("第一部分", "第二部分")])
def test_the_parts_numbered_under_a_chapter_are_the_chapters_own(first, second):
    plan = rulegov.parse_plan(
        f"某市法治建设规划\n{first} 总体要求\n一、指导思想\n坚持。\n"
        f"{second} 主要任务\n一、推进依法行政\n（一）清理文件。\n（二）公开清单。\n"
        "二、严格执法\n（一）落实制度。\n"
    )
    assert [(s.level, s.number) for s in plan.walk_sections()] == [
        (1, first),
        (2, "一"),
        (1, second),
        (2, "一"),
        (2, "二"),
    ]
    assert [t.path for t in plan.tasks] == [
        (second, "一", "（一）"),
        (second, "一", "（二）"),
        (second, "二", "（一）"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "某县工作要点\n一、加强领导\n1）召开会议。\n2）制定方案。\n",
        "某县工作要点\n一．加强领导\n（1）召开会议。\n（2）制定方案。\n",
    ],
)
def test_items_numbered_1_with_one_bracket_and_headings_numbered_with_a_stop(text):
    plan = rulegov.parse_plan(text)
    assert [(t.path, t.title) for t in plan.tasks] == [
        (("一", "（1）"), "召开会议"),
        (("一", "（2）"), "制定方案"),
    ]


def test_a_bracket_closed_after_the_last_unit_is_not_part_of_its_name():
    # the bracket opened on the line before (a PDF line break): its close is not the unit's
    plan = rulegov.parse_plan(
        "一、加强领导\n1.加强组织领导。（牵头单位：区司法局；\n配合单位：区委办）\n"
        "2.制定方案。（牵头单位：县政府办(县委依法治县办)）\n"
    )
    first, second = plan.tasks
    assert first.cooperating_units == ["区委办"]
    assert second.lead_units == ["县政府办(县委依法治县办)"]


def test_numbers_running_on_nest_under_the_heading_of_the_next_section():
    plan = rulegov.parse_plan(
        "某市重点工作责任分解\n一、主要预期目标\n1.生产总值增长6%。\n责任单位：市发改委\n"
        "2.规上工业增加值增长8%。\n责任单位：市经信局\n"
        "二、重点抓好两方面工作\n（一）全力以赴稳增长。\n3.实施招商引资行动。\n责任单位：市商务局\n"
        "4.扩大有效投资。\n责任单位：市发改委\n（二）持续改善民生\n全年民生支出占比保持八成。\n"
        "5.稳定就业。\n"
    )
    assert [(s.number, s.title) for s in plan.walk_sections()] == [
        ("一", "主要预期目标"),
        ("二", "重点抓好两方面工作"),
        ("（一）", "全力以赴稳增长"),
        ("（二）", "持续改善民生"),
    ]
    assert [t.path for t in plan.tasks] == [
        ("一", "1"),
        ("一", "2"),
        ("二", "（一）", "3"),
        ("二", "（一）", "4"),
        ("二", "（二）", "5"),
    ]
    assert [a.unit_name for a in plan.tasks[2].assignments] == ["市商务局"]


def _roles(task: rulegov.Task) -> list[tuple[str, str]]:
    return [(a.role.value, a.unit_name or a.unit) for a in task.assignments]


def test_unit_lists_joined_by_ji_and_ending_in_a_time_or_a_remark():
    plan = rulegov.parse_plan(
        "某州2020年工作计划\n一、提升政务服务效能\n"
        "1.加大简政放权力度。（牵头单位：州行政审批服务局；责任单位：州司法局、州委编办及州直相关"
        "单位，6月底完成）\n"
        "2.加强市场体系建设。〔责任单位：省发展改革委、省大数据中心按职责分工负责。具体任务均涉及"
        "相关市（州）人民政府，不再做分工，下同。〕\n"
    )
    first, second = plan.tasks
    assert _roles(first) == [
        ("lead", "州行政审批服务局"),
        ("responsible", "州司法局"),
        ("responsible", "州委编办"),
        ("responsible", "州直相关单位"),
    ]
    assert first.timeframe is not None
    assert first.timeframe.end == dt.date(2020, 6, 30)
    assert _roles(second) == [("responsible", "省发展改革委"), ("responsible", "省大数据中心")]


def test_a_remark_in_brackets_and_each_leading_are_no_part_of_a_name():
    plan = rulegov.parse_plan(
        "某市重点工作责任分解\n一、主要预期目标\n1.固定资产投资增长10%。\n"
        "责任单位：市发改委、市卫生健康委（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）\n"
        "2.城乡居民收入增速保持全省领先。\n责任单位：市人力社保局、市农业农村局分别牵头\n"
        "3.稳定就业。\n责任单位：各县（市、区）政府、各镇（街道）、区\n"
    )
    first, second, third = plan.tasks
    # the remark says the first unit of a list leads, from here on
    assert _roles(first) == [("lead", "市发改委"), ("responsible", "市卫生健康委")]
    assert _roles(second) == [("lead", "市人力社保局"), ("lead", "市农业农村局")]
    # a name cut to one character (the page ends) names no unit; brackets of a name stay
    assert _roles(third) == [("lead", "各县（市、区）政府"), ("responsible", "各镇（街道）")]


def test_lead_and_partner_responsible_units_on_their_own_lines():
    plan = rulegov.parse_plan(
        "某市2021年重点工作及责任分解\n一、确保完成全年主要预期目标\n"
        "1.地区生产总值比上年增长8.5%左右。\n牵头负责领导：宁波。\n"
        "牵头责任单位：市发展和改革委员会。\n协同责任单位：市政府各部门、各直属单位。\n"
    )
    assert _roles(plan.tasks[0]) == [
        ("lead", "市发展和改革委员会"),
        ("cooperating", "市政府各部门"),
        ("cooperating", "各直属单位"),
    ]


def test_the_first_unit_leads_from_where_the_plan_says_so():
    plan = rulegov.parse_plan(
        "某市重点工作责任分解\n一、主要预期目标\n1.生产总值增长6%。\n责任单位：市发改委、市统计局\n"
        "2.固定资产投资增长10%。\n"
        "责任单位：市发改委、市经信局（列第一位的为牵头单位，下同）\n"
        "3.外贸出口增长5%。\n责任单位：市商务局\n"
        "4.稳定就业。\n牵头单位：市人力社保局\n责任单位：各县（市、区）政府\n"
    )
    assert [_roles(task) for task in plan.tasks] == [
        [("responsible", "市发改委"), ("responsible", "市统计局")],
        [("lead", "市发改委"), ("responsible", "市经信局")],
        [("lead", "市商务局")],
        [("lead", "市人力社保局"), ("responsible", "各县（市、区）政府")],
    ]


def test_units_in_brackets_after_a_sentence_inside_a_paragraph():
    plan = rulegov.parse_plan(
        "某试点工作方案\n二、主要任务\n（一）健全标准体系。完善综合利用标准。（市场监管总局、"
        "工业和信息化部负责）推广一批先进适用技术装备。\n"
        "（二）推进试点。开展评估。（2020年底前完成）总结经验。\n"
    )
    first, second = plan.tasks
    assert _roles(first) == [("responsible", "市场监管总局"), ("responsible", "工业和信息化部")]
    assert first.text == "健全标准体系。完善综合利用标准。推广一批先进适用技术装备。"
    # a bracket of a time alone names no unit: it stays in the text
    assert (_roles(second), "（2020年底前完成）" in second.text) == ([], True)


def test_a_number_that_heads_nothing_is_a_diagnostic_not_a_section():
    plan = rulegov.parse_plan("某市社会信用体系建设方案\n一、指导思想\n坚持依法推进。\n二、\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "指导思想")]
    assert [(d.code, d.line) for d in plan.diagnostics if d.code == "empty-heading"] == [
        ("empty-heading", 4)
    ]


def test_a_number_alone_on_its_line_heads_the_text_after_it():
    text = (
        "某市法治建设规划\n第一章\n总则\n第一条 为推进法治建设，制定本规划。\n第二章\n主要任务\n"
        "一、\n推进依法行政\n（一）\n\n完善制度。（牵头单位：市司法局）\n（二）规范执法。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [(s.number, s.title) for s in plan.walk_sections()] == [
        ("第一章", "总则"),
        ("第二章", "主要任务"),
        ("一", "推进依法行政"),
    ]
    first, second = plan.tasks
    assert (first.path, first.title, _roles(first)) == (
        ("第二章", "一", "（一）"),
        "完善制度",
        [("lead", "市司法局")],
    )
    assert first.span is not None
    assert text[first.span.start : first.span.end].startswith("（一）\n\n完善制度。")
    assert second.title == "规范执法"


def test_a_heading_of_goals_and_tasks_heads_tasks():
    plan = rulegov.parse_plan(
        "某县2024年普法工作方案\n一、指导思想和工作目标\n1.坚持以人民为中心。\n"
        "二、工作目标和主要任务\n1.开展宪法宣传。（责任单位：县司法局）\n2.推进法治乡村建设。\n"
    )
    first, second = plan.sections
    assert (first.kind, first.tasks) == (SectionKind.GUIDING_IDEOLOGY, [])
    assert (second.kind, [t.title for t in second.tasks]) == (
        SectionKind.TASKS,
        ["开展宪法宣传", "推进法治乡村建设"],
    )


def _tasks(plan: rulegov.Plan) -> list[tuple[str, str, list[str]]]:
    return [(task.number, task.title, task.lead_units) for task in plan.tasks]


@pytest.mark.parametrize("mark", [".", "．", "、", " "])
def test_items_whose_text_starts_with_a_digit_are_items(mark):
    plan = rulegov.parse_plan(
        f"某区2024年工作要点\n一、重点任务\n1{mark}2024年底前完成规章清理。牵头单位：区司法局\n"
        f"2{mark}6月底前召开会议。牵头单位：区政府办\n3{mark}11月底前开展督察。牵头单位：区委办\n"
        f"4{mark}5个镇街开展试点。牵头单位：区民政局\n"
    )
    assert _tasks(plan) == [
        ("1", "2024年底前完成规章清理", ["区司法局"]),
        ("2", "6月底前召开会议", ["区政府办"]),
        ("3", "11月底前开展督察", ["区委办"]),
        ("4", "5个镇街开展试点", ["区民政局"]),
    ]
    assert plan.sections[0].text is None


def test_a_decimal_at_the_start_of_a_line_opens_no_item():
    plan = rulegov.parse_plan(
        "某区2024年工作要点\n一、加强法治宣传。牵头单位：区司法局\n普法投入增长\n1.5倍以上。\n"
    )
    assert _tasks(plan) == [("一", "加强法治宣传", ["区司法局"])]
    assert "1.5倍" in (plan.tasks[0].text or "")


def test_a_wrapped_line_that_goes_on_with_a_decimal_opens_no_item():
    plan = rulegov.parse_plan(
        "某区2024年工作要点\n一、重点任务\n1.提高案件办理效率,结案率提高到\n2.5倍以上。\n"
        "2.建立制度。牵头单位：区司法局\n"
    )
    assert [(task.number, task.title) for task in plan.tasks] == [
        ("1", "提高案件办理效率,结案率提高到"),
        ("2", "建立制度"),
    ]
    assert "2.5倍以上" in (plan.tasks[0].text or "")


def test_sub_items_numbered_1_1_leave_the_item_numbered_before_digits_an_item():
    plan = rulegov.parse_plan(
        "某市2025年工作要点\n一、加强组织领导\n"
        "1.2025年6月底前完成权责清单编制。责任单位：市司法局\n"
        "1.1 梳理行政执法事项。责任单位：市司法局\n"
        "2.2025年底前完成目录编制。责任单位：市司法局\n"
    )
    assert "orphan-units" not in [d.code for d in plan.diagnostics]
    assert [t.number for t in plan.tasks][:1] == ["1"]
    assert plan.tasks[0].title.startswith("2025年6月底前完成权责清单编制")


@pytest.mark.parametrize("first", ["1.2025年底前完成文件清理。", "1.完成文件清理。"])
def test_sub_items_numbered_1_1_and_1_2_stay_parts_of_item_1_before_item_2(first: str):
    plan = rulegov.parse_plan(
        f"某区2025年工作要点\n一、加强领导\n{first}\n1.1梳理现行有效文件。\n"
        "1.2建立文件目录。\n2.开展法治培训。"
    )
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("1", first[2:-1]),
        ("2", "开展法治培训"),
    ]
    assert "number-sequence" not in [d.code for d in plan.diagnostics]
    assert "1.2建立文件目录" in (plan.tasks[0].text or "")


@pytest.mark.parametrize("top", ["1 ", "1."])
def test_a_plan_numbered_in_decimals_throughout_nests_them_by_depth(top: str):
    plan = rulegov.parse_plan(
        f"某区2024年法治建设工作要点\n{top}加强组织领导\n1.1 健全工作机制。（区司法局牵头）\n"
        "1.1.1 建立联席会议制度。\n1.2、落实第一责任人职责。（区委办牵头）\n"
        f"{top.replace('1', '2')}推进依法行政\n2.1．规范行政执法，执法检查覆盖率提高到\n2.3公里范围。"
        "（区司法局负责）\n"
    )
    assert [(section.number, section.title) for section in plan.sections] == [
        ("1", "加强组织领导"),
        ("2", "推进依法行政"),
    ]
    assert [(t.number, t.path, t.lead_units or t.responsible_units) for t in plan.tasks] == [
        ("1.1", ("1", "1.1"), ["区司法局"]),
        ("1.2", ("1", "1.2"), ["区委办"]),
        ("2.1", ("2", "2.1"), ["区司法局"]),
    ]
    assert [measure.text for measure in plan.tasks[0].measures] == ["建立联席会议制度"]
    assert "2.3公里" in (plan.tasks[2].text or "")


def test_items_numbered_1_after_items_numbered_bracketed_1_stand_beside_them():
    plan = rulegov.parse_plan(
        "某区2025年工作要点\n一、加强领导\n（一）健全机制\n（1）制定方案。\n（2）开展调研。\n"
        "1.开展培训。\n2.加强督查。\n（二）完善制度\n1.建立台账。\n（1）明确分工。\n（2）按月通报。"
    )
    [first, second] = plan.sections[0].children
    assert [(t.number, t.path) for t in first.tasks] == [
        ("（1）", ("一", "（一）", "（1）")),
        ("（2）", ("一", "（一）", "（2）")),
        ("1", ("一", "（一）", "1")),
        ("2", ("一", "（一）", "2")),
    ]
    # later, a （1） under a 1. nests under it as usual
    assert [t.path for t in second.children[0].tasks] == [
        ("一", "（二）", "1", "（1）"),
        ("一", "（二）", "1", "（2）"),
    ]


def test_a_heading_with_its_text_after_a_colon_is_titled_by_its_words():
    plan = rulegov.parse_plan(
        "某区2024年法治建设工作要点\n一、深化法治政府建设\n（一）完善依法决策机制。牵头单位：区司法局\n"
        "二、工作目标：到年底法治建设满意度达到90%。\n"
        "三、组织保障：加强组织领导，区委依法治区办牵头抓总。\n"
    )
    goals = plan.sections[1]
    assert (goals.title, goals.kind, goals.text) == (
        "工作目标",
        SectionKind.OBJECTIVES,
        "到年底法治建设满意度达到90%。",
    )
    # a top-level heading stays a section, its text kept; one under a section is its one item
    safeguards = plan.sections[2]
    assert (safeguards.number, safeguards.title, safeguards.kind, safeguards.text) == (
        "三",
        "组织保障",
        SectionKind.SAFEGUARDS,
        "加强组织领导，区委依法治区办牵头抓总。",
    )
    assert plan.unsectioned_tasks == []
    nested = rulegov.parse_plan(
        "某区2024年法治建设工作要点\n一、重点任务\n（一）完善依法决策机制。牵头单位：区司法局\n"
        "（二）组织保障：加强组织领导，区委依法治区办牵头抓总。\n"
    )
    item = nested.tasks[1]
    assert (item.number, item.title) == ("（二）", "组织保障")
    assert "区委依法治区办牵头抓总" in (item.text or "")


def test_a_time_limit_or_the_whole_year_in_a_task_is_its_timing():
    plan = rulegov.parse_plan(
        "某区2024年工作要点\n一、重点任务\n"
        "1.行政复议案件在受理后20个工作日内审结。牵头单位：区司法局\n"
        "2.全年开展普法活动不少于12场次。牵头单位：区司法局\n"
    )
    first, second = plan.tasks
    assert first.timeframe is not None
    assert (first.timeframe.kind, first.timeframe.text) == (TimeFrameKind.PROMPTLY, "20个工作日内")
    assert second.timeframe is not None
    assert (second.timeframe.text, second.timeframe.end) == ("全年", dt.date(2024, 12, 31))


def test_a_plan_that_opens_with_items_numbered_before_digits_reads_them():
    plan = rulegov.parse_plan(
        "某区2024年工作要点\n为推进法治建设，制定本要点。\n"
        "1.2024年底前完成规章清理。牵头单位：区司法局\n2.6月底前召开会议。牵头单位：区政府办\n"
    )
    assert _tasks(plan) == [
        ("1", "2024年底前完成规章清理", ["区司法局"]),
        ("2", "6月底前召开会议", ["区政府办"]),
    ]
    assert plan.preamble == "为推进法治建设，制定本要点。"


def test_units_in_a_section_without_items_are_reported_not_dropped():
    plan = rulegov.parse_plan(
        "某区2024年工作要点\n一、重点任务\n加强法治宣传。牵头单位：区司法局\n"
    )
    assert plan.tasks == []
    assert [(d.code, d.line, d.column) for d in plan.diagnostics if d.code == "orphan-units"] == [
        ("orphan-units", 3, 8)
    ]


def test_a_circular_without_a_plan_reads_its_numbered_requirements_as_sections():
    plan = rulegov.parse_plan(
        "某市人民政府办公室关于两起事故调查处理情况的通报\n各县区人民政府：\n"
        "经调查认定，两起事故均为责任事故。为深刻吸取教训，特提出如下要求：\n"
        "一、牢固树立安全第一思想。各地要加强安全管理。\n"
        "二、深化安全生产专项整治。各地要依法关闭不具备条件的企业。\n"
        "某市人民政府办公室\n2004年1月16日\n"
    )
    assert [section.title for section in plan.sections] == [
        "牢固树立安全第一思想",
        "深化安全生产专项整治",
    ]
    assert plan.tasks == []


def test_an_article_that_introduces_items_after_a_colon_is_a_section_of_them():
    plan = rulegov.parse_plan(
        "专利代理条例\n第一章 总则\n第一条 为了规范专利代理行为，制定本条例。\n"
        "第二章 专利代理机构\n第七条 专利代理机构的组织形式应当为合伙企业。\n"
        "第八条 合伙企业形式的专利代理机构应当具备下列条件：\n"
        "（一）有符合法律规定的名称；\n（二）有书面合伙协议；\n"
        "第九条 纳税人可以按照以下标准定额扣除：\n（一）直辖市每月1500元；\n（二）其他城市每月1100元。\n"
        "第十条 从事专利代理业务，应当提出申请。\n"
    )
    assert {tuple(task.path) for task in plan.tasks} == {
        ("第二章", "第七条"),
        ("第二章", "第八条", "（一）"),
        ("第二章", "第八条", "（二）"),
        ("第二章", "第九条", "（一）"),
        ("第二章", "第九条", "（二）"),
        ("第二章", "第十条"),
    }
    assert [section.title for section in plan.walk_sections()][-2:] == [
        "合伙企业形式的专利代理机构应当具备下列条件",
        "纳税人可以按照以下标准定额扣除",
    ]


def test_an_article_that_announces_what_it_includes_is_a_section_of_its_items():
    plan = rulegov.parse_plan(
        "某省责任制实施细则\n第一章 总则\n第一条 为了落实责任制，制定本细则。\n"
        "第二章 各级责任\n第四条 各级党委和政府的责任主要包括：\n"
        "（一）深入学习贯彻有关精神。\n（二）统筹谋划部署。\n第五条 各部门应当加强协作。\n"
    )
    assert {tuple(task.path) for task in plan.tasks} == {
        ("第二章", "第四条", "（一）"),
        ("第二章", "第四条", "（二）"),
        ("第二章", "第五条"),
    }
    assert [section.title for section in plan.walk_sections()][-1] == "各级党委和政府的责任主要包括"


def test_an_article_that_names_the_tasks_its_colon_lists_is_a_section_of_them():
    plan = rulegov.parse_plan(
        "某省法制宣传教育条例\n第一章 总则\n第一条 为了增强法制观念，制定本条例。\n"
        "第二章 任务与职责\n第五条 法制宣传教育的基本任务：\n"
        "（一）普及宪法和法律基本知识；\n（二）增强国家工作人员的法制观念。\n"
        "第六条 考核内容：\n（一）组织领导；\n（二）工作落实。\n"
    )
    assert {tuple(task.path) for task in plan.tasks} == {
        ("第二章", "第五条", "（一）"),
        ("第二章", "第五条", "（二）"),
        ("第二章", "第六条"),
    }
    assert [section.title for section in plan.walk_sections()][-1] == "法制宣传教育的基本任务"


def test_the_chapters_listed_before_the_text_are_no_chapters_of_their_own():
    plan = rulegov.parse_plan(
        "某省法制宣传教育条例\n第一章 总则\n第二章 任务与职责\n第三章 附则\n"
        "第一章 总则\n第一条 为了增强法制观念，制定本条例。\n"
        "第二章 任务与职责\n第五条 各级司法行政部门履行下列职责：\n"
        "（一）制定普法规划；\n（二）指导检查普法工作。\n"
    )
    assert [(section.number, section.title) for section in plan.sections] == [
        ("第一章", "总则"),
        ("第二章", "任务与职责"),
    ]
    assert [tuple(task.path) for task in plan.tasks] == [
        ("第二章", "第五条", "（一）"),
        ("第二章", "第五条", "（二）"),
    ]


def test_a_table_of_contents_that_lists_parts_keeps_the_texts_first_chapter():
    plan = rulegov.parse_plan(
        "某省法治宣传教育条例\n目录\n第一章 总则\n第二章 宣传教育\n第一节 一般规定\n"
        "第二节 重点对象\n第三章 附则\n"
        "第一章 总则\n第一条 为了加强法治宣传教育，制定本条例。\n"
        "第二条 本条例适用于本省行政区域内的法治宣传教育工作。\n"
        "第二章 宣传教育\n第一节 一般规定\n第三条 各级人民政府应当履行下列职责：\n"
        "（一）制定法治宣传教育规划；\n（二）组织开展法治宣传教育活动。\n"
        "第二节 重点对象\n第四条 国家工作人员应当带头学法用法。\n"
        "第三章 附则\n第五条 本条例自2021年1月1日起施行。\n"
    )
    assert [(section.number, section.title) for section in plan.sections] == [
        ("第一章", "总则"),
        ("第二章", "宣传教育"),
        ("第三章", "附则"),
    ]
    assert [tuple(task.path) for task in plan.tasks] == [
        ("第二章", "第一节", "第三条", "（一）"),
        ("第二章", "第一节", "第三条", "（二）"),
        ("第二章", "第二节", "第四条"),
    ]


def test_a_long_text_is_searched_for_a_table_of_contents_in_one_pass():
    # every line once: a text of twenty thousand lines is read as one of twenty
    plan = rulegov.parse_plan(
        "某市法治宣传教育条例\n第一章 总则\n第二章 附则\n第一章 总则\n"
        + "本市开展法治宣传教育活动。\n" * 20_000
        + "第二章 附则\n第一条 本条例自公布之日起施行。\n"
    )
    assert [(section.number, section.title) for section in plan.sections] == [
        ("第一章", "总则"),
        ("第二章", "附则"),
    ]


def test_a_heading_alone_over_the_one_item_named_under_it_is_a_section_of_that_item():
    plan = rulegov.parse_plan(
        "某市2021年度立法工作计划\n一、地方性法规草案拟定项目(1件)\n某市城市管理条例\n"
        "起草单位:市城管局\n报送议案时间:2021年10月底\n二、调研论证项目(2件)\n"
        "1.某市文明行为促进条例\n责任单位:市文明办\n2.某市物业管理条例\n责任单位:市住建局\n"
    )
    assert [(section.number, section.title) for section in plan.sections] == [
        ("一", "地方性法规草案拟定项目(1件)"),
        ("二", "调研论证项目(2件)"),
    ]
    first = plan.tasks[0]
    assert (tuple(first.path), first.title) == (("一", "1"), "某市城市管理条例")
    assert first.responsible_units == ["市城管局"]
    assert first.timeframe is not None
    assert first.timeframe.end is not None
    assert first.timeframe.end.isoformat() == "2021-10-31"
    assert [task.title for task in plan.tasks[1:]] == ["某市文明行为促进条例", "某市物业管理条例"]


def test_a_heading_over_a_sentence_and_its_units_stays_a_task():
    plan = rulegov.parse_plan(
        "某区工作要点\n一、加强规范性文件管理\n全面清理规范性文件。\n责任单位:区司法局\n"
        "二、推进政务公开\n责任单位:区政府办\n"
    )
    assert [(tuple(task.path), task.title) for task in plan.tasks] == [
        (("一",), "加强规范性文件管理"),
        (("二",), "推进政务公开"),
    ]
