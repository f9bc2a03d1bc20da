"""The one table reader: task-division and appraisal tables, from text and from grids alike."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from rulegov.io import read_task_rows
from rulegov.parse._table import read_grid, read_table

TWO_ROW_HEADER = [
    ["序号", "工作任务", "具体措施", "责任单位", "", "完成时限"],
    ["", "", "", "牵头单位", "配合单位", ""],
    ["1", "开展述法", "组织述法", "区司法局", "区法院", "6月底前"],
    ["1", "开展述法", "公开述法", "", "区检察院", ""],
    ["2", "开展普法", "送法下乡", "区司法局", "", "年底前"],
]


def summary(plan: rulegov.Plan) -> list[tuple[object, ...]]:
    return [
        (
            task.number,
            task.title,
            [m.text for m in task.measures],
            [(a.role.value, a.unit_name) for a in task.assignments],
            None if task.timeframe is None else task.timeframe.end,
        )
        for task in plan.tasks
    ]


def test_two_row_header_and_merged_cells_repeated_in_each_row():
    plan = read_grid(TWO_ROW_HEADER, title="2024年任务分工表")
    assert [(n, t, m, u) for n, t, m, u, _ in summary(plan)] == [
        (
            "1",
            "开展述法",
            ["组织述法", "公开述法"],
            [("lead", "区司法局"), ("cooperating", "区法院"), ("cooperating", "区检察院")],
        ),
        ("2", "开展普法", ["送法下乡"], [("lead", "区司法局")]),
    ]


def test_a_table_reads_the_same_in_a_document_and_in_a_spreadsheet():
    text = "2024年任务分工表\n" + "\n".join("|" + "|".join(row) + "|" for row in TWO_ROW_HEADER)
    from_text = rulegov.parse_plan(text)
    from_rows = read_task_rows(TWO_ROW_HEADER, title="2024年任务分工表")
    assert summary(from_text) == summary(from_rows)
    assert from_text.source is not None
    source = from_text.source.text
    for task in from_text.tasks:
        for measure in task.measures:
            assert measure.span is not None
            assert source[measure.span.start : measure.span.end] == measure.text
        for assignment in task.assignments:
            assert assignment.span is not None
            assert source[assignment.span.start : assignment.span.end] == assignment.unit_name


def test_tab_separated_rows_read_as_the_same_table():
    tabbed = "2024年任务分工表\n" + "\n".join("\t".join(row) for row in TWO_ROW_HEADER)
    piped = "2024年任务分工表\n" + "\n".join("|" + "|".join(row) + "|" for row in TWO_ROW_HEADER)
    assert summary(rulegov.parse_plan(tabbed)) == summary(rulegov.parse_plan(piped))


def test_appraisal_table_keeps_points_and_criteria_as_indicators():
    grid = [
        ["考核项目", "考核内容", "分值", "评分标准"],
        ["依法决策", "重大决策合法性审查", "10分", "未审查的扣2分"],
        ["依法行政", "规范性文件备案", "5", "未备案扣1分；逾期扣0.5分"],
    ]
    plan = read_grid(grid, title="2024年法治建设考核细则")
    assert plan.kind is rulegov.PlanKind.APPRAISAL_SCHEME
    assert [(s.title, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("依法决策", ["重大决策合法性审查"]),
        ("依法行政", ["规范性文件备案"]),
    ]
    (appraisal,) = plan.assessments
    assert appraisal.kind is rulegov.AssessmentKind.APPRAISAL
    assert [(i.name, i.weight, i.description) for i in appraisal.indicators] == [
        ("重大决策合法性审查", 10.0, "未审查的扣2分"),
        ("规范性文件备案", 5.0, "未备案扣1分；逾期扣0.5分"),
    ]


def test_a_bad_points_cell_is_an_error_naming_its_place():
    grid = [["考核内容", "分值"], ["规范性文件备案", "五分"]]
    try:
        read_grid(grid, source="细则.csv")
    except rulegov.ParseError as error:
        assert (error.line, error.column, error.source) == (2, 2, "细则.csv")
    else:  # pragma: no cover
        raise AssertionError("a bad points cell was read")
    lenient = read_grid(grid, lenient=True)
    assert [(d.code, d.line, d.column) for d in lenient.diagnostics] == [("table-row", 2, 2)]


def test_inline_scored_items_keep_their_points():
    plan = rulegov.parse_plan(
        "2024年法治建设考核细则\n一、依法决策（15分）\n"
        "1.重大行政决策经合法性审查（5分）；2.建立法律顾问制度（3分）。\n"
        "二、普法\n1.开展普法。送法下乡（2分）；法治讲座（3分）。\n"
    )
    by_name = {a.name: a for a in plan.assessments if a.kind is rulegov.AssessmentKind.APPRAISAL}
    whole = by_name["2024年法治建设考核细则"]
    (section,) = whole.indicators
    assert (section.name, section.weight) == ("依法决策", 15.0)
    assert [(i.name, i.weight) for i in section.children] == [
        ("重大行政决策经合法性审查", 5.0),
        ("建立法律顾问制度", 3.0),
    ]
    items = by_name["开展普法"]
    assert [(i.name, i.weight) for i in items.indicators] == [("送法下乡", 2.0), ("法治讲座", 3.0)]


def test_columns_lined_up_with_spaces_read_as_the_same_table():
    rows = [
        ["序号", "工作任务", "具体措施", "牵头单位", "完成时限"],
        ["1", "开展述法", "组织述法", "区司法局", "6月底前"],
        ["2", "开展普法", "送法下乡", "区司法局", "年底前"],
    ]
    spaced = (
        "2024年任务分工表\n"
        + "\n".join("    ".join(row) for row in rows)
        + "\n以上任务请认真落实。\n"
    )
    plan = rulegov.parse_plan(spaced)
    assert summary(plan) == summary(read_task_rows(rows, title="2024年任务分工表"))
    assert [d.code for d in plan.diagnostics if d.line == 5] == ["unclassified-line"]


def test_a_web_page_table_with_merged_cells_reads_as_its_rows(tmp_path):
    pytest.importorskip("selectolax")
    page = tmp_path / "分工.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><div class="article">'
        "<h1>某区2024年法治政府建设任务分工方案</h1><table border='1'>"
        "<tr><td>类别</td><td>序号</td><td>工作任务</td><td>具体措施</td><td>牵头单位</td>"
        "<td>完成时限</td></tr>"
        "<tr><td rowspan='2'>依法行政</td><td rowspan='2'>1</td><td rowspan='2'>开展述法</td>"
        "<td>组织述法</td><td rowspan='2'>区司法局</td><td>6月底前</td></tr>"
        "<tr><td>公开述法</td><td>6月底前</td></tr>"
        "<tr><td>普法</td><td>2</td><td>开展普法</td><td>送法下乡</td><td>区司法局</td>"
        "<td>每季度</td></tr></table></div></body></html>",
        encoding="utf-8",
    )
    plan = rulegov.read_plan(page)
    assert [(s.title, [t.number for t in s.tasks]) for s in plan.sections] == [
        ("依法行政", ["1"]),
        ("普法", ["2"]),
    ]
    assert [m.text for m in plan.tasks[0].measures] == ["组织述法", "公开述法"]


def test_a_task_cell_broken_over_lines_is_one_task():
    text = (
        "2024年任务分工表\n|序号|工作任务|牵头单位|\n|1|开展法治|区司法局|\n| |宣传教育| |\n"
        "|2|开展普法|区司法局|\n"
    )
    plan = rulegov.parse_plan(text)
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("1", "开展法治宣传教育"),
        ("2", "开展普法"),
    ]
    first = plan.tasks[0]
    assert first.span is not None
    assert text[first.span.start : first.span.end] == "|1|开展法治|区司法局|\n| |宣传教育| |"


def test_a_section_row_of_a_pipe_table_stays_a_row_of_the_table():
    # |一、依法行政| must not be cut out of its row as a heading of the text
    plan = rulegov.parse_plan(
        "2024年法治政府建设重点任务分工\n|序号|工作任务|牵头单位|配合单位|完成时限|\n"
        "|一、依法行政|||||\n|1|清理规范性文件|区司法局|各部门|6月底前|\n"
        "|2|公开权责清单|区委编办、区政务服务中心|区财政局|9月底前|\n"
    )
    assert [(s.number, s.title) for s in plan.walk_sections()] == [("一", "依法行政")]
    assert [(t.path, t.lead_units) for t in plan.tasks] == [
        (("一", "1"), ["区司法局"]),
        (("一", "2"), ["区委编办", "区政务服务中心"]),
    ]
    # the section's row is its own line of the plan, not text left unread
    assert [d.code for d in plan.diagnostics] == ["table-header"]


def test_part_and_chapter_rows_of_a_table_are_its_sections():
    plan = rulegov.parse_plan(
        "2024年法治政府建设重点任务分工\n|序号|工作任务|牵头单位|完成时限|\n"
        "|第一部分 依法行政||||\n|1|清理规范性文件|区司法局|6月底前|\n"
        "|第二部分 严格执法||||\n|2|开展案卷评查|区司法局|9月底前|\n"
        "|3|清理规范性文件|区市场监管局|10月底前|\n"
    )
    assert [(s.number, s.title) for s in plan.walk_sections()] == [
        ("第一部分", "依法行政"),
        ("第二部分", "严格执法"),
    ]
    # the same task text in two sections: each task keeps the text and units of its own row
    assert [(t.path, t.title, t.lead_units) for t in plan.tasks] == [
        (("第一部分", "1"), "清理规范性文件", ["区司法局"]),
        (("第二部分", "2"), "开展案卷评查", ["区司法局"]),
        (("第二部分", "3"), "清理规范性文件", ["区市场监管局"]),
    ]
    spans = [plan.source.text[t.span.start : t.span.end] for t in plan.tasks if t.span]
    assert spans[2].startswith("|3|清理规范性文件")
    assert [d.code for d in plan.diagnostics] == ["table-header"]


def test_a_table_printed_one_cell_a_line_is_read_row_by_row():
    text = (
        "某区2022年目标任务分解表\n\n序号\n\n2022年预期目标\n\n责任单位\n\n"
        "1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n\n"
        "2\n\n固定资产投资增长6%左右\n\n区发展改革委、区财政局\n\n"
        "附件2\n\n序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n"
        "1\n\n联动共建科学城\n\n推动实验室落地，引进研发机构。\n"
    )
    plan = rulegov.parse_plan(text)
    assert summary(plan) == [
        ("1", "地区生产总值增长5.5%左右", [], [("responsible", "区发展改革委")], None),
        (
            "2",
            "固定资产投资增长6%左右",
            [],
            [("responsible", "区发展改革委"), ("responsible", "区财政局")],
            None,
        ),
        ("1", "联动共建科学城", [], [], None),
    ]
    first = plan.tasks[0]
    assert first.span is not None
    assert (
        text[first.span.start : first.span.end] == "1\n\n地区生产总值增长5.5%左右\n\n区发展改革委"
    )
    # the rest of a row cut short is not taken for its units: it stays text, and is reported
    rest = text[: text.index("推动")].count("\n") + 1
    assert any(d.code == "unclassified-line" and d.line == rest for d in plan.diagnostics)


def test_cells_one_a_line_that_are_no_table_stay_lines():
    plan = rulegov.parse_plan("某县工作要点\n序号\n工作任务\n一、加强学习\n1.组织学法。\n")
    assert [t.title for t in plan.tasks] == ["组织学法"]


def test_a_second_task_column_holds_the_tasks_measures():
    plan = rulegov.parse_plan(
        "某局政务公开工作要点\n一、重点工作任务分解\n重点任务 | 工作内容 | 负责科室 |\n"
        "政策解读 | 对文件进行全面解读。 | 各责任科室 |\n回应关切 | 及时回应群众关切。 | 综合科 |\n"
    )
    assert summary(plan) == [
        ("1", "政策解读", ["对文件进行全面解读"], [("responsible", "各责任科室")], None),
        ("2", "回应关切", ["及时回应群众关切"], [("responsible", "综合科")], None),
    ]
    grid = read_grid([["重点任务", "工作内容", "负责科室"], ["政策解读", "全面解读", "综合科"]])
    assert summary(grid) == [("1", "政策解读", ["全面解读"], [("responsible", "综合科")], None)]


def test_headings_in_traditional_characters_name_the_columns():
    plan = rulegov.parse_plan(
        "某局工作要點\n一、重點工作任務分解\n重點任務 | 工作內容 | 負責科室 |\n"
        "政策解讀 | 全面解讀。 | 綜合科 |\n"
    )
    assert summary(plan) == [("1", "政策解讀", ["全面解讀"], [("responsible", "綜合科")], None)]
    grid = read_grid([["序號", "工作任務", "牽頭單位"], ["1", "加強培訓", "區司法局"]])
    assert summary(grid) == [("1", "加強培訓", [], [("lead", "區司法局")], None)]


def test_a_stacked_table_without_blank_lines_keeps_its_last_row_of_short_cells():
    plan = rulegov.parse_plan(
        "某县2023年任务清单\n序号\n工作任务\n具体措施\n牵头单位\n完成时限\n"
        "1\n推进依法决策\n落实程序\n县司法局\n6月底前\n2\n规范执法\n开展检查\n县公安局\n年底前\n"
    )
    assert summary(plan) == [
        ("1", "推进依法决策", ["落实程序"], [("lead", "县司法局")], dt.date(2023, 6, 30)),
        ("2", "规范执法", ["开展检查"], [("lead", "县公安局")], dt.date(2023, 12, 31)),
    ]


def test_the_parts_of_a_grid_are_those_of_the_plan_read_grid_makes():
    grid = [
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["一、依法行政", "", "", ""],
        ["1", "推动重大执法决定100%经过法制审核,贯彻《行政处罚法》", "区司法局", "6月底前"],
        ["2", "开展普法", "区司法局、区法院", "年底前"],
    ]
    plan = read_grid(grid, title="2024年工作任务分工")
    reading = read_table(grid, title="2024年工作任务分工")
    assert reading.sections == plan.sections
    assert reading.units == plan.units
    assert reading.year == 2024
    # without the facts, the parser's path: the same tasks, but their targets and citations,
    # which the parser reads from the document's own lines
    bare = read_table(grid, title="2024年工作任务分工", facts=False)
    [task] = [t for t in plan.sections[0].tasks if t.number == "1"]
    assert task.targets
    assert task.citations
    [bare_task] = [t for t in bare.sections[0].tasks if t.number == "1"]
    assert (bare_task.targets, bare_task.citations) == ([], [])
    assert bare_task.model_copy(update={"targets": task.targets, "citations": task.citations}) == (
        task
    )


def test_a_spaced_table_with_an_empty_cell_places_cells_by_column():
    plan = rulegov.parse_plan(
        "某区2024年法治建设任务分工\n"
        "序号  工作任务        牵头单位    配合单位    完成时限\n"
        "1     完善依法决策机制  区司法局    区政府办    2024年6月底前\n"
        "3     深化司法公开    区法院              长期坚持\n"
    )
    assert [(t.title, t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        ("完善依法决策机制", ["区司法局"], ["区政府办"]),
        ("深化司法公开", ["区法院"], []),
    ]
    assert plan.tasks[1].timeframe is not None
    assert plan.tasks[1].timeframe.text == "长期坚持"
    assert "长期坚持" not in [unit.name for unit in plan.units]


def test_a_timing_in_a_unit_column_is_no_unit_and_is_reported():
    plan = read_grid(
        [["序号", "工作任务", "牵头单位", "配合单位"], ["1", "深化司法公开", "区法院", "长期坚持"]],
        lenient=True,
    )
    assert [unit.name for unit in plan.units] == ["区法院"]
    assert [(d.code, d.line, d.column) for d in plan.diagnostics] == [("table-cell", 2, 4)]


SCORED = [
    ["序号", "考核项目", "考核内容", "分值", "评分标准"],
    ["1", "组织领导", "成立法治建设领导小组", "10", "未成立的扣10分"],
    ["2", "普法", "落实普法责任制", "90", "根据工作成效酌情扣分"],
    ["", "合计", "", "100", ""],
]


def test_a_total_row_is_skipped_with_a_warning_in_every_table(tmp_path):
    text = "某区法治建设考核评分表\n" + "".join(f"|{'|'.join(row)}|\n" for row in SCORED)
    sheet = tmp_path / "考核评分表.csv"
    sheet.write_text("".join(",".join(row) + "\n" for row in SCORED), encoding="utf-8")
    for plan in (rulegov.parse_plan(text), rulegov.read_plan(sheet)):
        assert [task.title for task in plan.tasks] == ["成立法治建设领导小组", "落实普法责任制"]
        skipped = [d for d in plan.diagnostics if d.code == "table-row"]
        assert [d.message for d in skipped] == [
            "a table row was skipped: row 4 is a total (合计), not a task"
        ]


def test_a_web_page_cell_broken_with_a_line_break_is_one_title(tmp_path):
    pytest.importorskip("selectolax")
    page = tmp_path / "分工.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><p>某区2024年法治建设任务分工</p><table>'
        "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>"
        "<tr><td>1</td><td>完善依法决策<br>机制</td><td>区司法局</td></tr></table></body></html>",
        encoding="utf-8",
    )
    assert [task.title for task in rulegov.read_plan(page).tasks] == ["完善依法决策机制"]


STACKED_WITH_PEOPLE = (
    "2023年区政府工作目标任务落实责任分解表\n序号\n目标任务\n牵头单位\n责任单位\n责任人\n"
    "一、主要经济指标（牵头领导：张三、李四）\n1\n地区生产总值增长15%。\n区发改局\n区财政局\n王五\n"
    "2\n固定资产投资增长10%。\n区发改局\n各乡镇\n李四\n二、民生实事\n3\n新建学校2所。\n区教育局\n"
    "各乡镇\n赵六"
)


def test_a_table_copied_one_cell_a_line_keeps_its_group_rows_and_leaves_out_its_people():
    plan = rulegov.parse_plan(STACKED_WITH_PEOPLE)
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [
        ("一", ["1", "2"]),
        ("二", ["3"]),
    ]
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (["区发改局"], ["区财政局"]),
        (["区发改局"], ["各乡镇"]),
        (["区教育局"], ["各乡镇"]),
    ]
    assert not {"王五", "李四", "赵六", "张三"} & {unit.name for unit in plan.units}


def test_a_row_copied_one_cell_a_line_that_the_text_cuts_keeps_its_units_so_far():
    plan = rulegov.parse_plan(STACKED_WITH_PEOPLE.rsplit("\n", 2)[0])  # cut after 区教育局
    assert plan.tasks[-1].title.startswith("新建学校")
    assert plan.tasks[-1].lead_units == ["区教育局"]


def test_a_number_column_without_its_heading_is_read_as_the_rows_numbers():
    # the 工作任务 before the numbers groups the rows; each numbered row is a task, titled by
    # its own 具体要求
    grid = [
        ["工作任务", "具体要求", "责任科室", "时限要求"],
        ["强化规范性文件公开", "1", "对规范性文件进行全面清理。", "办公室", "年底前"],
        ["深化政策解读形式", "2", "积极做好政策解读工作。", "各科室", "持续推进"],
    ]
    plan = read_grid(grid, year=2023)
    assert [(task.number, task.title, task.responsible_units) for task in plan.tasks] == [
        ("1", "对规范性文件进行全面清理", ["办公室"]),
        ("2", "积极做好政策解读工作", ["各科室"]),
    ]
    assert not plan.sections
    assert [d.code for d in plan.diagnostics] == ["table-group", "table-group"]


def test_a_task_table_headed_with_a_column_a_page_label_shares_is_a_table():
    # 责任科室 is also a label of a page's disclosure block; 工作任务 never is
    text = "某局2023年政务公开工作任务\n序号|工作任务|责任科室|时限要求\n1|强化规范性文件公开|办公室|年底前\n"
    [task] = rulegov.parse_plan(text).tasks
    assert (task.title, task.responsible_units) == ("强化规范性文件公开", ["办公室"])


def test_a_table_that_names_its_task_column_in_its_own_words_reads_it_as_the_task():
    text = (
        "某镇2017年度安全生产专项整治工作计划\n一、专项整治安排表\n"
        "专项整治行业名称 | 时间安排 | 责任单位 |\n"
        "烟花爆竹 | 1月份 | 安监站 安监所 |\n"
        "电力设施 | 3月份 | 电管所 |\n"
    )
    tasks = rulegov.parse_plan(text).tasks
    assert [(task.title, task.responsible_units) for task in tasks] == [
        ("烟花爆竹", ["安监站", "安监所"]),
        ("电力设施", ["电管所"]),
    ]
    assert tasks[0].timeframe is not None


def test_a_header_of_a_label_and_its_value_is_no_table_without_a_task_column():
    # a disclosure block's row: one unknown cell is a value, not the task's heading
    grid = [["索引号", "11341602", "责任部门", "市生态环境局"], ["1", "2", "3", "4"]]
    with pytest.raises(rulegov.ParseError):
        read_grid(grid)


def test_a_numbered_row_under_a_tables_header_is_no_menu_though_its_task_is_a_menus_word():
    plan = rulegov.parse_plan(
        "| 首页 | 政务公开 | 政策文件 |\n"
        "某县2024年政务公开工作任务分工\n|序号|工作任务|责任单位|完成时限|\n"
        "|1|政务公开|县政务办|12月底|\n|2|信息公开|县司法局|12月底|\n|3|首页改版|县网信办|6月底|\n"
    )
    assert [(task.number, task.title) for task in plan.tasks] == [
        ("1", "政务公开"),
        ("2", "信息公开"),
        ("3", "首页改版"),
    ]
    skipped = [d.message for d in plan.diagnostics if d.code == "page-chrome"]
    assert skipped == ["web-page furniture skipped: |首页|政务公开|政策文件|"]


def test_a_task_cell_merged_over_numbered_rows_groups_them_and_each_row_is_titled_by_its_own():
    grid = [
        ["序号", "考核指标", "考核内容", "责任部门"],
        ["1", "确保粮食有效供给", "粮食播种面积", "县农业农村局"],
        ["2", "", "油菜面积", "县农业农村局"],
    ]
    plan = read_grid(grid)
    assert [(task.number, task.title) for task in plan.tasks] == [
        ("1", "粮食播种面积"),
        ("2", "油菜面积"),
    ]
    assert [d.line for d in plan.diagnostics if d.code == "table-group"] == [2]


def test_a_numbered_cell_that_groups_rows_opens_a_section():
    grid = [
        ["工作任务", "序号", "具体要求", "责任单位"],
        ["一、推进政务公开", "1", "公开规范性文件。", "区政府办"],
        ["", "2", "公开预算决算。", "区财政局"],
    ]
    plan = read_grid(grid)
    assert [(s.number, s.title, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("一", "推进政务公开", ["公开规范性文件", "公开预算决算"])
    ]


def test_rows_of_measures_in_a_table_without_numbers_or_task_cells_are_tasks():
    grid = [
        ["任务", "主要内容", "责任单位"],
        ["(一)加强预期引导", "", ""],
        ["", "围绕经济政策及时宣传解读。", "市发改委"],
        ["", "加强就业政策信息公开。", "市人社局"],
    ]
    plan = read_grid(grid)
    assert [t.title for t in plan.tasks] == ["围绕经济政策及时宣传解读", "加强就业政策信息公开"]
    assert [t.responsible_units for t in plan.tasks] == [["市发改委"], ["市人社局"]]


def test_a_task_cell_merged_over_rows_without_numbers_still_holds_their_measures():
    grid = [
        ["工作任务", "具体内容", "责任部门"],
        ["推进政策公开", "公开就业信息。", "财政所"],
        ["", "探索线下公开渠道。", "便民服务中心"],
    ]
    [task] = read_grid(grid).tasks
    assert task.title == "推进政策公开"
    assert [m.text for m in task.measures] == ["公开就业信息", "探索线下公开渠道"]


def test_a_heading_left_empty_over_a_column_of_numbers_names_the_numbers():
    grid = [
        ["工作任务", "", "具体要求", "责任科室"],
        ["强化规范性文件公开", "1", "全面清理规范性文件。", "办公室"],
        ["深化政策解读", "2", "做好政策解读。", "各科室"],
    ]
    assert [(t.number, t.title) for t in read_grid(grid).tasks] == [
        ("1", "全面清理规范性文件"),
        ("2", "做好政策解读"),
    ]


def test_two_names_a_spaced_cell_runs_together_are_two_units_when_the_table_named_one_before():
    plan = rulegov.parse_plan(
        "某镇安全生产专项整治工作计划\n一、专项整治安排表\n"
        "专项整治行业名称 | 时间安排 | 责任单位 |\n"
        "特种设备 | 7月份 | 工商质监所 安监站 |\n"
        "网吧、KTV | 8月份 | 文化站 派出所工商质监所 |\n"
    )
    assert [task.responsible_units for task in plan.tasks] == [
        ["工商质监所", "安监站"],
        ["文化站", "派出所", "工商质监所"],
    ]


def test_a_name_that_holds_a_known_unit_stays_whole_in_a_cell_without_spaces():
    plan = rulegov.parse_plan(
        "某区工作计划\n一、重点任务\n工作任务 | 时间安排 | 责任单位 |\n"
        "开展普法 | 3月份 | 司法所 |\n"
        "调解纠纷 | 4月份 | 镇综治中心司法所 |\n"
    )
    assert [task.responsible_units for task in plan.tasks] == [["司法所"], ["镇综治中心司法所"]]


def test_a_task_table_printed_with_single_spaces_on_one_line_gives_its_rows_as_tasks():
    plan = rulegov.parse_plan(
        "某市人民政府办公室关于印发《2010年依法行政工作任务分解表》的通知 各县人民政府: "
        "现将任务分解表印发给你们。 2010年依法行政工作任务分解表 序号 工 作 内 容 责任部门 完成时限 "
        "一、推动规划落实 1 推进依法行政规划的落实 各级依法行政领导小组办公室 全年 "
        "2 出台推进依法行政工作的意见 各县市区政府,政府各部门 四月份 "
        "二、打造两大体系 3 建立依法行政考核指标体系 市法制办 全年 4 市直执法部门完成制度建设,编印"
    )
    assert [(tuple(task.path), task.title, task.responsible_units) for task in plan.tasks] == [
        (("一", "1"), "推进依法行政规划的落实", ["各级依法行政领导小组办公室"]),
        (("一", "2"), "出台推进依法行政工作的意见", ["各县市区政府", "政府各部门"]),
        (("二", "3"), "建立依法行政考核指标体系", ["市法制办"]),
        (("二", "4"), "市直执法部门完成制度建设,编印", []),
    ]
    first = plan.tasks[0]
    assert first.timeframe is not None
    assert first.timeframe.text == "全年"


def test_numbers_in_a_spaced_line_without_a_table_header_cut_nothing():
    plan = rulegov.parse_plan(
        "某区工作要点\n一、重点任务\n1.完成 3 项改革 2 个试点,区司法局负责。\n"
    )
    assert [(tuple(task.path), task.title) for task in plan.tasks] == [
        (("一", "1"), "完成3项改革2个试点,区司法局负责")
    ]


JIANGSU_ROWS = [
    ["序号", "重点任务", "责任单位"],
    [
        "1",
        (
            "加强领导干部法律知识学习培训。党委(党组)中心组、县级以上人民政府常务会议每年集中学法不少于2次,"
            "市、县(市、区)每季度至少举办一次综合性的学法报告活动。"
        ),
        "省委宣传部、省法制办",
    ],
    ["2", "深入开展法制宣传教育。", "省司法厅"],
]


def test_a_task_cell_is_titled_by_its_heading_sentence_and_keeps_the_rest_as_measures():
    plan = read_grid(JIANGSU_ROWS, title="深化法治江苏建设重点任务责任分解")
    first, second = plan.tasks
    assert first.title == "加强领导干部法律知识学习培训"
    assert first.measures[0].text.startswith("党委(党组)中心组")
    assert first.text == JIANGSU_ROWS[1][1]
    assert second.title == "深入开展法制宣传教育"


def test_a_task_cell_gives_its_timing_where_no_column_does():
    plan = read_grid(JIANGSU_ROWS, title="深化法治江苏建设重点任务责任分解")
    timeframe = plan.tasks[0].timeframe
    assert timeframe is not None
    assert timeframe.kind is rulegov.TimeFrameKind.RECURRING
    assert "YEARLY" in (timeframe.rrule or "")


def test_a_spaced_table_with_a_group_and_a_measures_column_reads_the_task_between():
    # 类别 · 主要任务 · 细化措施 before the units: a row of one word a column is read cell by cell,
    # the group's word apart from the task's; a row short of cells keeps its sentences the task's
    plan = rulegov.parse_plan(
        "某市全面推行河长制主要任务分解表\n"
        "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
        "1 加强水资源保护 严守用水总量红线 实施双控行动,防止不合理新增取水。 市水利局"
        " 市发展改革委、农业局 各县(市、区)党委和人民政府\n"
        "2 抓好工业节水。加快实施工业节水技术改造。 市工业和信息化委 市发展改革委 各县(市、区)政府\n"
    )
    assert [(t.number, t.title, t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        ("1", "严守用水总量红线", ["市水利局"], ["市发展改革委", "农业局"]),
        ("2", "抓好工业节水", ["市工业和信息化委"], ["市发展改革委"]),
    ]
    assert plan.tasks[0].responsible_units == ["各县(市、区)党委和人民政府"]
    assert [m.text for m in plan.tasks[0].measures] == ["实施双控行动,防止不合理新增取水"]


_SPACED_NOTICE = (
    "某市人民政府办公室关于印发《2010年依法行政工作任务分解表》的通知 各县人民政府: "
    "现将任务分解表印发给你们。 2010年依法行政工作任务分解表 "
)


def test_a_spaced_row_of_one_word_a_column_reads_its_measures_without_a_full_stop():
    plan = rulegov.parse_plan(
        _SPACED_NOTICE + "序号 工作任务 具体措施 责任部门 完成时限 一、推动规划落实 "
        "1 推进依法行政规划的落实 制定实施意见 市法制办 全年 "
        "2 出台推进依法行政工作的意见 起草并报批 市政府办 四月份\n"
    )
    assert [(t.title, [m.text for m in t.measures], t.responsible_units) for t in plan.tasks] == [
        ("推进依法行政规划的落实", ["制定实施意见"], ["市法制办"]),
        ("出台推进依法行政工作的意见", ["起草并报批"], ["市政府办"]),
    ]


def test_a_spaced_table_with_its_measures_after_the_units_is_read():
    plan = rulegov.parse_plan(
        _SPACED_NOTICE + "序号 工作任务 责任部门 完成时限 工作要求 一、推动规划落实 "
        "1 推进依法行政规划的落实 市法制办 全年 按时完成 "
        "2 出台推进依法行政工作的意见 市政府办 四月份 报市政府审定\n"
    )
    assert [(t.title, [m.text for m in t.measures], t.responsible_units) for t in plan.tasks] == [
        ("推进依法行政规划的落实", ["按时完成"], ["市法制办"]),
        ("出台推进依法行政工作的意见", ["报市政府审定"], ["市政府办"]),
    ]


def test_a_spaced_row_with_an_empty_unit_cell_reads_no_sentence_as_a_unit():
    # 参与单位 is empty: the sentence stays the measures', the units fill the first and last columns
    plan = rulegov.parse_plan(
        "某市全面推行河长制主要任务分解表\n"
        "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
        "1 加强河湖管理 严格岸线管制 划定管理范围。 市水利局 各县(市、区)政府\n"
    )
    task = plan.tasks[0]
    assert (task.title, [m.text for m in task.measures]) == ("严格岸线管制", ["划定管理范围"])
    assert (task.lead_units, task.cooperating_units, task.responsible_units) == (
        ["市水利局"],
        [],
        ["各县(市、区)政府"],
    )


def test_a_role_in_a_headings_brackets_gives_the_columns_role():
    # 责任单位(牵头) · 责任单位(配合): the bracket names the role, it does not restate the heading
    plan = rulegov.parse_plan(
        "某区2023年法治工作任务分解表\n"
        "|序号|工作任务|责任单位(牵头)|责任单位(配合)|完成时限|\n"
        "|1|开展宪法宣传|区司法局|区委宣传部|12月底前|\n"
        "|2|举办普法培训|区普法办|区教育局|3月底前|\n"
    )
    assert [
        (t.title, t.lead_units, t.responsible_units, t.cooperating_units) for t in plan.tasks
    ] == [
        ("开展宪法宣传", ["区司法局"], [], ["区委宣传部"]),
        ("举办普法培训", ["区普法办"], [], ["区教育局"]),
    ]


@pytest.mark.parametrize(
    "heading",
    ["责任单位(排在第一位的为牵头单位)", "责任单位(第一个为牵头单位)", "责任单位(牵头、配合)"],
)
def test_a_bracket_that_remarks_on_roles_leaves_the_units_column(heading: str) -> None:
    # the bracket comments on the roles of the units listed; it names no single role
    plan = rulegov.parse_plan(
        "某区2023年法治工作任务分解表\n"
        f"|序号|工作任务|{heading}|完成时限|\n"
        "|1|开展宪法宣传|区司法局、区委宣传部|12月底前|\n"
    )
    assert [(t.title, t.lead_units + t.responsible_units) for t in plan.tasks] == [
        ("开展宪法宣传", ["区司法局", "区委宣传部"])
    ]


def test_a_bracket_of_any_characters_after_a_known_heading_is_dropped():
    # 完成时限(2023年): the year in brackets leaves the column a deadline's
    plan = rulegov.parse_plan(
        "某区2023年法治工作任务分解表\n"
        "|序号|工作任务|责任单位|完成时限(2023年)|\n"
        "|1|开展宪法宣传|区司法局|12月底前|\n"
    )
    task = plan.tasks[0]
    assert (task.responsible_units, task.timeframe and task.timeframe.text) == (
        ["区司法局"],
        "12月底前",
    )


def test_a_bracket_of_one_role_word_gives_that_role_and_the_one_who_runs_the_work_leads():
    plan = rulegov.parse_plan(
        "某区2023年法治工作任务分解表\n"
        "|序号|工作任务|责任单位(主办)|责任单位(协办)|完成时限|\n"
        "|1|开展宪法宣传|区司法局|区委宣传部|12月底前|\n"
    )
    assert [(t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        (["区司法局"], ["区委宣传部"])
    ]


_SPACED_HEAD = (
    "某市人民政府办公室关于印发《2010年依法行政工作任务分解表》的通知 各县人民政府: "
    "现将任务分解表印发给你们。 2010年依法行政工作任务分解表 "
)


@pytest.mark.parametrize(
    ("header", "cells", "units", "timing"),
    [
        ("", "市法制办、市政府办。 全年", ["市法制办", "市政府办"], "全年"),
        ("", "市法制办 6月底前;12月底前", ["市法制办"], "6月底前;12月底前"),
        (" 备注", "市法制办 全年 已列入年度计划。", ["市法制办"], "全年"),
        (" 工作要求", "市法制办 全年 按时完成, 报送结果", ["市法制办"], "全年"),
    ],
)
def test_a_full_stop_in_a_spaced_rows_short_cell_keeps_the_cells_apart(
    header: str, cells: str, units: list[str], timing: str
) -> None:
    # a units list closed by 。, a deadline of two stages, a note's sentence: each its own cell
    plan = rulegov.parse_plan(
        f"{_SPACED_HEAD}序号 工作任务 责任部门 完成时限{header} "
        f"一、推动规划落实 1 推进依法行政规划的落实 {cells}\n"
    )
    task = plan.tasks[0]
    assert (task.title, task.responsible_units, task.timeframe and task.timeframe.text) == (
        "推进依法行政规划的落实",
        units,
        timing,
    )


def test_a_spaced_rows_unit_column_takes_no_word_that_names_no_unit():
    # 参与单位 is empty and the measures cell has no full stop: 划定管理范围 is no lead unit
    plan = rulegov.parse_plan(
        "某市全面推行河长制主要任务分解表\n"
        "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
        "1 加强河湖管理 严格岸线管制 划定管理范围 市水利局 各县(市、区)政府\n"
    )
    task = plan.tasks[0]
    assert (task.title, [m.text for m in task.measures], task.lead_units) == (
        "严格岸线管制",
        ["划定管理范围"],
        ["市水利局"],
    )


def test_a_spaced_group_cell_printed_once_leaves_the_next_rows_title_its_own():
    # 类别 is a merged cell: row 2 prints no group, its first word is the task's title
    plan = rulegov.parse_plan(
        "某市全面推行河长制主要任务分解表\n"
        "序号 类别 主要任务 细化措施 牵头单位 责任单位\n"
        "1 加强水资源保护 严守用水总量红线 实施双控行动 市水利局 各县政府\n"
        "2 强化用水效率控制 实施节水行动 市水利局 各县政府\n"
    )
    assert [(t.title, [m.text for m in t.measures], t.lead_units) for t in plan.tasks] == [
        ("严守用水总量红线", ["实施双控行动"], ["市水利局"]),
        ("强化用水效率控制", ["实施节水行动"], ["市水利局"]),
    ]


def test_a_numbered_task_cell_heads_the_numbered_measures_it_spans_as_their_section():
    # 工作任务 heads the items 1., 2. beside it; the copy leaves the merged cell out of the
    # second row, whose cells then stand one column left, its last column blank
    text = (
        "工作任务 | 具体要求 | 责任部门 |\n"
        "一、做好财政信息公开。 | 1.积极推进本中心预算公开。 | 财务科 |\n"
        "二、做好网站信息公开。 | 2.及时更新网站信息。 | 办公室 |\n"
        "3.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n"
    )
    plan = rulegov.parse_plan(text)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("一", "做好财政信息公开"),
        ("二", "做好网站信息公开"),
    ]
    assert [
        (list(task.path), task.title, [(a.role.value, a.unit_name) for a in task.assignments])
        for task in plan.tasks
    ] == [
        (["一", "1"], "积极推进本中心预算公开", [("responsible", "财务科")]),
        (["二", "2"], "及时更新网站信息", [("responsible", "办公室")]),
        (["二", "3"], "及时更新微信公众号信息", [("lead", "办公室"), ("cooperating", "各科室")]),
    ]


def test_a_numbered_table_with_no_task_column_reads_each_project_as_a_task():
    # 项目 is a category elsewhere; in a 民生实事 table with no task column it names the work
    text = (
        "某区2023年民生实事分解表\n"
        "序号\n\n项目\n\n责任单位\n\n完成时限\n\n"
        "1\n\n完善交通基础设施\n\n区交通局\n\n6月底前\n\n"
        "2\n\n提升区域防洪能力\n\n区农业农村局\n\n年底前\n"
    )
    plan = rulegov.parse_plan(text)
    assert [(t.number, t.title, t.responsible_units) for t in plan.tasks] == [
        ("1", "完善交通基础设施", ["区交通局"]),
        ("2", "提升区域防洪能力", ["区农业农村局"]),
    ]
    grid = [["序号", "项目", "责任单位"], ["1", "建设公园", "区住建局"]]
    assert read_grid(grid).tasks[0].title == "建设公园"


def test_a_header_whose_words_carry_a_mirrors_pinyin_glosses_is_read():
    grid = [["序號", "工作任務(wù)", "責(zé)任單位"], ["1", "開展培訓", "區司法局"]]
    assert [(t.title, t.responsible_units) for t in read_grid(grid).tasks] == [
        ("開展培訓", ["區司法局"])
    ]


def test_a_table_of_projects_names_its_task_column_by_the_projects_name_or_category():
    # 项目名称 names each row's work and 建设内容 its measures; a bare 项目 beside 建设内容 too
    for heading in ("项目名称", "项目"):
        plan = read_grid(
            [
                ["序号", heading, "建设内容", "牵头单位", "配合单位"],
                ["1", "新建幼儿园", "新建公办幼儿园2所。", "县教育局", "县住建局"],
            ]
        )
        assert [
            (t.title, [m.text for m in t.measures], t.lead_units, t.cooperating_units)
            for t in plan.tasks
        ] == [("新建幼儿园", ["新建公办幼儿园2所"], ["县教育局"], ["县住建局"])]


def test_a_project_category_beside_the_content_of_the_work_is_no_task_title():
    # beside 具体内容 the 项目 column names a category (教育, 住建): the content is the task
    plan = rulegov.parse_plan(
        "某县2023年工作要点分解表\n|序号|项目|具体内容|责任单位|\n"
        "|1|教育|新建学校一所|县教育局|\n|2|住建|改造老旧小区|县住建局|\n"
    )
    assert [(t.number, t.title, t.responsible_units) for t in plan.tasks] == [
        ("1", "新建学校一所", ["县教育局"]),
        ("2", "改造老旧小区", ["县住建局"]),
    ]


@pytest.mark.parametrize("separator", ["\t", "|"])
def test_a_group_heading_copied_without_separators_between_rows_keeps_the_table(separator: str):
    # the merged row 一、产业发展 lost its pipes or tabs: it groups the rows below, the table goes on
    def row(*cells: str) -> str:
        return separator.join(cells) + ("|" if separator == "|" else "") + "\n"

    text = (
        "某县2022年重点任务分工表\n"
        + row("序号", "重点任务", "牵头单位", "配合单位")
        + "一、产业发展\n"
        + row("1", "发展特色产业", "县农业农村局", "县财政局")
        + "二、民生保障\n"
        + row("2", "提升教育", "县教育局", "县住建局")
    )
    plan = rulegov.parse_plan(text)
    assert [(list(t.path), t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        (["一", "1"], ["县农业农村局"], ["县财政局"]),
        (["二", "2"], ["县教育局"], ["县住建局"]),
    ]


def test_a_parts_heading_over_a_table_of_another_kind_after_a_task_table_is_a_part() -> None:
    # 二、主要指标 heads its own indicator table: a part of the plan, and no tasks from its rows
    plan = rulegov.parse_plan(
        "某县2023年重点任务分工方案\n一、重点任务\n"
        "|序号|重点任务|牵头单位|配合单位|\n"
        "|1|发展特色产业|县农业农村局|县财政局|\n"
        "|2|推进招商引资|县商务局|县发改局|\n"
        "二、主要指标\n|指标名称|2022年|2023年目标|\n"
        "|地区生产总值增速|5%|6%|\n|一般公共预算收入|10亿元|11亿元|\n"
        "三、保障措施\n(一)加强组织领导。各单位要高度重视。\n"
    )
    assert [section.title for section in plan.sections] == ["重点任务", "主要指标", "保障措施"]
    assert [(t.title, t.lead_units) for t in plan.tasks[:3]] == [
        ("发展特色产业", ["县农业农村局"]),
        ("推进招商引资", ["县商务局"]),
        ("加强组织领导", []),
    ]


def test_a_row_of_a_headed_table_with_its_deadline_left_blank_stays_in_its_columns():
    # a blank 完成时限 beside a numbered measure ((1)修订制度) is no merged cell left out: the row
    # keeps its cells where they stand, the unit in the unit column
    plan = rulegov.parse_plan(
        "某单位2023年工作任务分解表\n|工作任务|具体措施|责任部门|完成时限|\n"
        "|一、加强组织领导|1.成立领导小组|办公室|2023年3月|\n"
        "|2.完善工作制度|(1)修订制度|办公室||\n|3.强化督促检查|(1)开展督查|督查室||\n"
    )
    assert [(t.title, [m.text for m in t.measures], t.responsible_units) for t in plan.tasks] == [
        ("成立领导小组", [], ["办公室"]),
        ("完善工作制度", ["修订制度"], ["办公室"]),
        ("强化督促检查", ["开展督查"], ["督查室"]),
    ]


def test_the_numbered_means_in_a_pipe_rows_cells_are_no_tasks():
    # 1.理论学习…;2.LED显示屏… inside a row's cells are its means and standards, not items: a
    # clerk would never list 展板 or 日常学习会议 as tasks of the plan
    plan = rulegov.parse_plan(
        "某乡2022年普法责任清单\n序号 | 内容清单 | 责任清单 | 措施清单 | 标准清单 |\n"
        "1 | 重点宣传宪法、民法典等法律法规。 | 党建办公室 | 全体干部 | "
        "1.理论学习、讲座培训;2.LED显示屏、网站、微信、展板等;3.日常学习会议。 | "
        "1.落实领导干部学法制度;2.拟定年度学习计划。 |\n"
    )
    assert not [t.title for t in plan.tasks if "学习" in t.title or "展板" in t.title]


def test_a_parts_heading_over_a_table_as_wide_as_the_task_table_is_a_part_without_a_number():
    # |指标名称|…| has as many cells as the task table, but no number under 序号: a table of its own
    plan = rulegov.parse_plan(
        "某县2023年重点任务分工方案\n一、重点任务\n|序号|重点任务|牵头单位|配合单位|\n"
        "|1|发展特色产业|县农业农村局|县财政局|\n二、主要指标\n|指标名称|2022年|2023年目标|备注|\n"
        "|地区生产总值增速|5%|6%|预期性|\n三、保障措施\n(一)加强组织领导。各单位要高度重视。\n"
    )
    assert [section.title for section in plan.sections] == ["重点任务", "主要指标", "保障措施"]
    assert [t.title for t in plan.tasks] == ["发展特色产业", "加强组织领导"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "某县2022年重点工作任务分解表\n序号|工作任务|责任领导|责任单位|责任人|完成时限\n"
            "1|推进项目建设|张三|县发改局、县财政局|李四|12月底\n"
            "2|抓好招商引资|王五|县商务局|赵六|6月底\n"
        ),
        (
            "某县2022年重点工作任务分解表\n序号\n工作任务\n责任领导\n责任单位\n责任人\n"
            "1\n推进项目建设\n张三\n县发改局、县财政局\n李四\n"
            "2\n抓好招商引资\n王五\n县商务局\n赵六\n"
        ),
    ],
    ids=["pipes", "a-cell-a-line"],
)
def test_a_task_table_with_two_columns_of_people_reads_its_units(text: str) -> None:
    plan = rulegov.parse_plan(text)
    # 责任领导 and 责任人 both name people: neither is a unit, and the table is read
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [
        ("推进项目建设", ["县发改局", "县财政局"]),
        ("抓好招商引资", ["县商务局"]),
    ]


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("责任处室", "responsible"),
        ("主体责任单位", "responsible"),
        ("牵头处室", "lead"),
        ("主办科室", "lead"),
        ("配合科室", "cooperating"),
        ("协办部门", "cooperating"),
        ("次要责任单位", "cooperating"),
        ("参与部门", "cooperating"),
        ("参加单位", "cooperating"),
        ("协同部门", "cooperating"),
    ],
)
@pytest.mark.parametrize("layout", ["pipes", "tabs", "a-cell-a-line"])
def test_a_units_heading_naming_its_role_in_other_words_heads_that_roles_column(
    heading: str, role: str, layout: str
) -> None:
    rows = [
        ["序号", "工作任务", heading, "完成时限"],
        ["1", "做好信息发布", "应急处、监督处", "长期推进"],
        ["2", "做好预算公开", "财务处", "2021年8月前"],
    ]
    if layout == "pipes":
        body = "\n".join(" | ".join(row) + " |" for row in rows)
    elif layout == "tabs":
        body = "\n".join("\t".join(row) for row in rows)
    else:
        body = "\n".join(cell for row in rows for cell in row)
    plan = rulegov.parse_plan("某委2021年政务公开任务台账\n" + body + "\n")
    assert [(t.title, getattr(t, f"{role}_units")) for t in plan.tasks] == [
        ("做好信息发布", ["应急处", "监督处"]),
        ("做好预算公开", ["财务处"]),
    ]


@pytest.mark.parametrize("separator", [" | ", "\t"], ids=["pipes", "tabs"])
def test_a_numbered_row_a_merged_cell_left_short_reads_its_units_and_timing_in_their_columns(
    separator: str,
) -> None:
    rows = [
        ["序号", "工作任务", "细化分工", "牵头处室", "配合处室", "完成时限", "备注"],
        ["1", "做好疫情信息发布", "围绕疫情防控发布权威信息", "应急处", "监督处", "长期推进"],
        # the 工作任务 cell is merged over rows 1 and 2: row 2 prints its 细化分工 in its place
        ["2", "做好疫苗接种信息公开", "疾控处", "宣传处、办公室", "长期推进"],
        ["3", "公开预算", "规划信息处(爱卫办)", "财务处", "2021年8月前"],
    ]
    body = "\n".join(separator.join(row) for row in rows)
    plan = rulegov.parse_plan("某委2021年政务公开任务台账\n" + body + "\n")
    assert [(t.title, t.lead_units, t.cooperating_units) for t in plan.tasks] == [
        ("做好疫情信息发布", ["应急处"], ["监督处"]),
        ("做好疫苗接种信息公开", ["疾控处"], ["宣传处", "办公室"]),
        ("公开预算", ["规划信息处(爱卫办)"], ["财务处"]),
    ]
    assert [t.timeframe.text if t.timeframe else None for t in plan.tasks] == [
        "长期推进",
        "长期推进",
        "2021年8月前",
    ]


def test_a_short_row_whose_cells_before_the_timing_are_work_stands_as_printed() -> None:
    plan = rulegov.parse_plan(
        "某委2021年任务台账\n序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |\n"
        "1 | 做好信息发布 | 围绕疫情发布权威信息 | 应急处 | 长期推进 |\n"
        "2 | 做好疫苗接种信息公开 | 加强舆论引导工作 | 长期推进 |\n"
    )
    # no names before the timing: the row is not read as shifted, and names no unit
    assert [t.responsible_units for t in plan.tasks] == [["应急处"], []]


@pytest.mark.parametrize(
    ("header", "task"),
    [
        (["一级指标", "二级指标", "评价指标", "牵头单位", "责任单位"], "评价指标"),
        (["类别", "具体事项", "责任单位", "完成时限"], "具体事项"),
        (["序号", "一级指标", "二级指标", "指标内容", "牵头单位"], "指标内容"),
    ],
)
def test_a_task_column_in_the_plans_own_words_after_the_categories_holds_the_tasks(
    header: list[str], task: str
) -> None:
    rows = [
        "|" + "|".join(header) + "|",
        "|" + "|".join("开展普法宣传" if h == task else _cell_for(h) for h in header) + "|",
    ]
    plan = rulegov.parse_plan("某区任务清单\n" + "\n".join(rows) + "\n")
    assert [t.title for t in plan.tasks] == ["开展普法宣传"]
    assert plan.tasks[0].assignments


def _cell_for(heading: str) -> str:
    return {
        "一级指标": "一、加强领导",
        "二级指标": "(一)落实责任",
        "类别": "普法",
        "序号": "1",
        "完成时限": "年底前",
    }.get(heading, "区司法局")


TWO_COLUMNS = [
    ["工作任务", "责任单位"],
    ["深入学习宣传贯彻习近平法治思想，推进普法", "区委宣传部、区司法局"],
    ["推进严格规范公正文明执法", "区司法局"],
    ["加强法治政府建设", "区政府办公室"],
]


HALF_WIDTH = [[cell.replace("，", ",").replace("、", ",") for cell in row] for row in TWO_COLUMNS]
TWO_COLUMN_FORMS = {
    "tabs": (TWO_COLUMNS, "\n".join("\t".join(row) for row in TWO_COLUMNS)),
    "tabs, half-width": (HALF_WIDTH, "\n".join("\t".join(row) for row in HALF_WIDTH)),
    "tabs, a tab after each row": (
        TWO_COLUMNS,
        "\n".join("\t".join(row) + "\t" for row in TWO_COLUMNS),
    ),
    "tabs, a tab after the rows": (
        TWO_COLUMNS,
        "\n".join(
            "\t".join(row) + ("\t" if index else "") for index, row in enumerate(TWO_COLUMNS)
        ),
    ),
    "pipes": (TWO_COLUMNS, "\n".join("|" + "|".join(row) + "|" for row in TWO_COLUMNS)),
    "runs of spaces": (TWO_COLUMNS, "\n".join("    ".join(row) for row in TWO_COLUMNS)),
}


@pytest.mark.parametrize(("rows", "body"), TWO_COLUMN_FORMS.values(), ids=TWO_COLUMN_FORMS)
@pytest.mark.parametrize(
    ("before", "after"),
    [("", ""), ("为推进法治建设，制定本要点。\n", "\n以上任务请认真落实。")],
    ids=["alone", "between paragraphs"],
)
def test_a_task_table_of_two_columns_reads_as_its_rows_however_printed(
    rows: list[list[str]], body: str, before: str, after: str
):
    plan = rulegov.parse_plan(f"2023年法治建设任务分工表\n{before}{body}{after}")
    expected = read_task_rows(rows, title="2023年法治建设任务分工表")
    assert summary(plan) == summary(expected)
    assert len(plan.tasks) == 3


def test_a_web_page_task_table_of_two_columns_reads_as_its_rows(tmp_path):
    pytest.importorskip("selectolax")
    page = tmp_path / "分工.html"
    cells = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TWO_COLUMNS
    )
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><h1>2023年法治建设任务分工表</h1>'
        f"<table>{cells}</table></body></html>",
        encoding="utf-8",
    )
    expected = read_task_rows(TWO_COLUMNS, title="2023年法治建设任务分工表")
    assert summary(rulegov.read_plan(page)) == summary(expected)


def test_a_line_of_a_label_and_a_value_parted_by_a_tab_is_no_table():
    text = "2023年法治建设工作要点\n来源\t区司法局\n一、加强普法\n（一）开展送法下乡。\n（二）开展述法。"
    plan = rulegov.parse_plan(text)
    assert [(s.title, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("加强普法", ["开展送法下乡", "开展述法"])
    ]


FOUR_COLUMNS = [
    ["序号", "工作任务", "牵头单位", "完成时限"],
    ["1", "深入开展普法宣传", "区司法局", "6月底前"],
    ["2", "推进严格规范公正文明执法", "区公安分局", "年底前"],
    ["3", "加强法治政府建设", "区政府办公室", "年底前"],
]


def _grouped(rows: list[list[str]], sign: str, *, header_end: str, row_end: str) -> str:
    lines = [sign.join(rows[0]) + header_end, "一、法治宣传", sign.join(rows[1]) + row_end]
    lines += ["二、法治政府", *(sign.join(row) + row_end for row in rows[2:])]
    return "\n".join(lines)


@pytest.mark.parametrize("rows", [FOUR_COLUMNS, [row[1:] for row in FOUR_COLUMNS]])
@pytest.mark.parametrize(
    ("sign", "header_end", "row_end"),
    [
        ("\t", "", "\t"),  # a tab after each row, none after the header
        ("\t", "\t", ""),  # a tab after the header only
        ("\t", "\t", "\t"),
        ("|", "|", "||"),  # an empty cell after each row's last, in pipes
    ],
    ids=["tab after rows", "tab after header", "tab after both", "pipes"],
)
def test_a_sign_after_a_rows_last_cell_keeps_it_in_its_table_between_groups(
    rows: list[list[str]], sign: str, header_end: str, row_end: str
):
    text = "2023年法治建设任务分工表\n" + _grouped(
        rows, sign, header_end=header_end, row_end=row_end
    )
    plan = rulegov.parse_plan(text)
    assert [(s.title, len(s.tasks)) for s in plan.sections] == [("法治宣传", 1), ("法治政府", 2)]
    assert [(t.lead_units, t.timeframe and t.timeframe.text) for t in plan.tasks] == [
        (["区司法局"], "6月底前"),
        (["区公安分局"], "年底前"),
        (["区政府办公室"], "年底前"),
    ]


HEADED_ROWS = [
    ["工作任务", "具体要求", "责任部门"],
    ["一、做好财政信息公开。", "1.积极推进预算公开。", "财务科"],
    ["二、做好网站信息公开。", "2.及时更新信息。", "办公室"],
    ["3.及时反馈网民意见。", "各科室", ""],  # its task cell merged from the row above
]


_SIGNS = {"spaces": "    ", "ideographic spaces": "\u3000\u3000", "tabs": "\t", "pipes": " | "}
_EMPTY = {"blank": "", "dash": "—", "slash": "/", "wide dash": "－"}
# runs of spaces print no cell left empty (the places of the cells tell it): a mark stands in it
_PRINTINGS = {
    f"{sign}, {empty}": (_SIGNS[sign], _EMPTY[empty])
    for sign in _SIGNS
    for empty in _EMPTY
    if _SIGNS[sign] in ("\t", " | ") or _EMPTY[empty]
}


@pytest.mark.parametrize(("sign", "empty"), _PRINTINGS.values(), ids=_PRINTINGS)
def test_a_table_whose_task_cells_head_numbered_measures_reads_alike_however_printed(
    sign: str, empty: str
):
    # the numbers in the cells are the table's, never items run on in the text, and a cell
    # marked empty (—, /) is empty
    rows = [[cell or empty for cell in row] for row in HEADED_ROWS]
    outer = "| " if sign == " | " else ""
    plan = rulegov.parse_plan("\n".join(outer + sign.join(row) + outer[::-1] for row in rows))
    assert [(s.title, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("做好财政信息公开", ["积极推进预算公开"]),
        ("做好网站信息公开", ["及时更新信息", "及时反馈网民意见"]),
    ]
    assert [t.responsible_units for t in plan.tasks] == [["财务科"], ["办公室"], ["各科室"]]


def test_a_cell_marked_empty_in_a_web_page_table_is_empty(tmp_path):
    pytest.importorskip("selectolax")
    page = tmp_path / "分工.html"
    rows = [[cell or "—" for cell in row] for row in HEADED_ROWS]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page.write_text(
        f'<html><head><meta charset="utf-8"></head><body><table>{cells}</table></body></html>',
        encoding="utf-8",
    )
    assert [t.responsible_units for t in rulegov.read_plan(page).tasks] == [
        ["财务科"],
        ["办公室"],
        ["各科室"],
    ]


_SPACED_OUT_ROWS = [
    ("1", "深入开展法治宣传教育活动", "县司法局", "县教育局、县文旅局"),
    ("2", "推进行政执法公示制度落实", "县政府办", "县市场监管局"),
]
_SPACED_OUT_HEADERS = {
    "letters": ["序 号", "工 作 任 务", "牵 头 单 位", "责 任 单 位"],
    "in part": ["序号", "工作任务", "牵头 单位", "责任 单位"],
    "ideographic": [
        "序\u3000号",
        "工作任务",
        "牵\u3000头\u3000单\u3000位",
        "责\u3000任\u3000单\u3000位",
    ],
    "two lines a cell": ["序号", "工作任务", "牵头         单位", "责任         单位"],
}


def _spaced_out_page(header: list[str], form: str) -> str:
    """A task table under a letter-spaced header, printed in one of the forms copies give."""
    rows = [header, *(list(row) for row in _SPACED_OUT_ROWS)]
    if form == "html":
        cells = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        return f"<html><body><h1>某县法治政府建设工作任务分工方案</h1><table>{cells}</table></body></html>"
    joins = {"pipes": " | ", "tabs": "\t", "runs": "    ", "single": " ", "stacked": "\n"}
    lines = [joins[form].join(row) for row in rows]
    if form == "pipes":
        lines = [f"| {line} |" for line in lines]
    return "某县法治政府建设工作任务分工方案\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("form", "header"),
    [
        (form, header)
        for form in ("pipes", "tabs", "runs", "single", "stacked", "html")
        for header in sorted(_SPACED_OUT_HEADERS)
        # a cell's two lines kept apart by a run of spaces print so between single spaces only
        if form == "single" or header != "two lines a cell"
    ],
)
def test_a_task_table_whose_headings_are_spaced_out_reads_its_units(tmp_path, form, header):
    page = tmp_path / ("分工.html" if form == "html" else "分工.txt")
    page.write_text(_spaced_out_page(_SPACED_OUT_HEADERS[header], form), encoding="utf-8")
    plan = rulegov.read_plan(page)
    assert [(task.title, task.lead_units, task.responsible_units) for task in plan.tasks] == [
        ("深入开展法治宣传教育活动", ["县司法局"], ["县教育局", "县文旅局"]),
        ("推进行政执法公示制度落实", ["县政府办"], ["县市场监管局"]),
    ]


_PROGRESS_HEADER = [
    "序号",
    "重点工作任务",
    "牵头 领导",
    "牵头 责任单位",
    "配合 责任单位",
    "工作评价",
    "进展情况",
    "备注",
]
_PROGRESS_ROWS = [
    [
        "81",
        "新增托育机构2所以上。",
        "吴蓓蓓",
        "县卫健委",
        "县直有关单位",
        "已完成",
        "完成备案工作。",
        "",
    ],
    ["85", "启用县人民医院新院区。", "汪峰", "县卫健委", "县财政局", "达到时序进度", "", ""],
]


def _progress_page(form: str) -> str:
    """A table of the progress of some tasks of a longer list, in one of the forms copies give."""
    rows = [_PROGRESS_HEADER, *_PROGRESS_ROWS]
    if form == "html":
        cells = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        return (
            f"<html><body><h1>某县重点工作责任清单进展情况</h1><table>{cells}</table></body></html>"
        )
    if form == "single":  # a copy that lost the table: empty cells print nothing
        lines = [" ".join(cell for cell in row if cell) for row in rows]
    else:
        lines = [{"pipes": " | ", "tabs": "\t", "runs": "    "}[form].join(row) for row in rows]
    if form == "pipes":
        lines = [f"| {line} |" for line in lines]
    return "某县重点工作责任清单进展情况\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("form", ["pipes", "tabs", "runs", "single", "html"])
def test_a_progress_table_of_some_numbered_tasks_reads_their_units(tmp_path, form):
    page = tmp_path / ("进展.html" if form == "html" else "进展.txt")
    page.write_text(_progress_page(form), encoding="utf-8")
    plan = rulegov.read_plan(page)
    assert [(task.lead_units, task.cooperating_units) for task in plan.tasks] == [
        (["县卫健委"], ["县直有关单位"]),
        (["县卫健委"], ["县财政局"]),
    ]
    assert [task.title.rstrip("。") for task in plan.tasks] == [
        "新增托育机构2所以上",
        "启用县人民医院新院区",
    ]


@pytest.mark.parametrize(
    "gap",
    ["    ", "  ", "\u3000\u3000", " \u3000 ", "\t"],
    ids=["runs", "two spaces", "ideographic", "mixed", "tabs"],
)
@pytest.mark.parametrize("number", ["1.", "1、", "(1)", "（一）"])
def test_a_numbered_task_cell_after_a_category_cell_ending_a_sentence_stays_in_its_row(
    gap: str, number: str
):
    second = number.replace("1", "2").replace("一", "二")
    rows = [
        ["工作任务", "具体要求", "责任部门"],
        ["一、做好财政信息公开。", f"{number}积极推进预算、决算公开。", "财务科"],
        ["二、做好网站信息公开。", f"{second}及时更新网站概况信息。", "办公室"],
    ]
    plan = rulegov.parse_plan("某中心政务公开工作任务表\n" + "\n".join(gap.join(r) for r in rows))
    assert [task.responsible_units for task in plan.tasks] == [["财务科"], ["办公室"]]


_HEADED_ROWS = [
    ["序号", "工作任务", "责任单位", "完成时限"],
    ["一、做好财政信息公开。"],
    ["1", "推进预算公开。", "县财政局", "2024年12月"],
    ["2", "推进决算公开。", "县审计局", "2024年12月"],
    ["二、做好政策解读；"],
    ["1", "加强政策解读。", "县政府办", "2024年6月"],
]


def _headed_printing(form: str) -> str:
    """The table of ``_HEADED_ROWS`` as a page prints it, its heading rows merged across it."""
    head = "XX县2024年政务公开工作要点\n"
    if form == "pipes":
        return head + "".join(f"| {' | '.join(row)} |\n" for row in _HEADED_ROWS)
    if form == "tabs":
        return head + "".join("\t".join(row) + "\n" for row in _HEADED_ROWS)
    if form == "spaces":
        widths = [4, 16, 10, 10]
        return head + "".join(
            "".join(
                cell + " " * (width - len(cell)) for cell, width in zip(row, widths, strict=False)
            ).rstrip()
            + "\n"
            for row in _HEADED_ROWS
        )
    if form == "cells":
        return head + "".join(cell + "\n" for row in _HEADED_ROWS for cell in row)
    if form == "plain":
        return head + "".join(
            row[0] + "\n" if len(row) == 1 else f"{row[0]}.{row[1]}（责任单位：{row[2]}）\n"
            for row in _HEADED_ROWS[1:]
        )
    assert form == "html"
    cells = "".join(
        f"<tr><td colspan='4'>{row[0]}</td></tr>"
        if len(row) == 1
        else "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
        for row in _HEADED_ROWS
    )
    return f"<html><body><p>{head.strip()}</p><table>{cells}</table></body></html>"


@pytest.mark.parametrize("form", ["pipes", "tabs", "spaces", "cells", "plain", "html"])
def test_sections_and_tasks_are_titled_alike_whichever_way_the_table_is_printed(
    form: str, tmp_path
):
    # a heading row merged across the table and a task cell both end in a stop; every printing
    # titles them without it, as a numbered paragraph does (and an HTML heading row whose cell
    # spans every column opens its section)
    path = tmp_path / ("plan.html" if form == "html" else "plan.txt")
    path.write_text(_headed_printing(form), encoding="utf-8")
    plan = rulegov.read_plan(path)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("一", "做好财政信息公开"),
        ("二", "做好政策解读"),
    ]
    assert [(t.path, t.title, t.responsible_units) for t in plan.tasks] == [
        (("一", "1"), "推进预算公开", ["县财政局"]),
        (("一", "2"), "推进决算公开", ["县审计局"]),
        (("二", "1"), "加强政策解读", ["县政府办"]),
    ]


NAMES_OF_ONE_UNIT = [
    ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"],
    ["1", "开展法治培训", "中共某区委全面依法治区委员会办公室", "区司法局、区财政局", "6月底前"],
    ["2", "开展述法", "区委依法治区办", "区司法局(区法治办)、区财政局", "12月底前"],
    [
        "3",
        "开展督察",
        "区委依法治区办、中共某区委全面依法治区委员会办公室",
        "区委宣传部(区普法办)",
        "年底前",
    ],
    ["4", "开展普法", "区普法办", "区财政局", "年底前"],
]


def units_read(plan: rulegov.Plan) -> list[tuple[object, ...]]:
    names = {unit.id: unit.name for unit in plan.units}
    return [
        (task.number, [(a.role.value, names[a.unit], a.unit_name) for a in task.assignments])
        for task in plan.tasks
    ]


def test_a_grid_merges_a_units_short_and_full_names_as_the_text_parser_does():
    from_grid = read_grid(NAMES_OF_ONE_UNIT, title="某区2023年法治工作要点")
    text = "某区2023年法治工作要点\n" + "\n".join("|".join(row) for row in NAMES_OF_ONE_UNIT)
    from_text = rulegov.parse_plan(text)
    assert units_read(from_grid) == units_read(from_text)
    # four bodies, each held once per task whichever of its names a row prints
    assert [unit.name for unit in from_grid.units] == [
        "中共某区委全面依法治区委员会办公室",
        "区司法局",
        "区财政局",
        "区委宣传部(区普法办)",
    ]
    assert units_read(from_grid)[2] == (
        "3",
        [
            ("lead", "中共某区委全面依法治区委员会办公室", "区委依法治区办"),
            ("responsible", "区委宣传部(区普法办)", "区委宣传部(区普法办)"),
        ],
    )
    assert "区委依法治区办" in from_grid.units[0].short_names
    assert from_grid.tasks[3].assignments[0].unit == from_grid.units[3].id  # 区普法办


@pytest.mark.parametrize("reader", [read_grid, read_task_rows])
def test_a_cell_with_a_lone_surrogate_is_refused_at_its_row_and_column(reader):
    # before: a ValidationError of the model naming a task's title, not the cell
    grid = [
        ["序号", "工作任务", "牵头单位"],
        ["1", "开展培训", "区司法局"],
        ["2", "开展\udc80宣传", "区司法局"],
    ]
    with pytest.raises(rulegov.ParseError) as caught:
        reader(grid, source="分工.csv")
    error = caught.value
    assert (error.code, error.source, error.line, error.column, error.value) == (
        "undecodable-text",
        "分工.csv",
        3,
        2,
        "\udc80",
    )
