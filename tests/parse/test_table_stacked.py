"""Tables a page's copy prints one cell a line: headers, rows, merged and empty cells, groups."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.parse._table_stacked import stacked_rows
from rulegov.parse._text import join_lines, split_lines


def _lines(*cells: str) -> str:
    return "\n".join(cells)


# a 任务清单: a group row above the 序号 column, a 考核指标 cell merged over rows, a cell of
# units one a line, an empty 单位 cell, and a column of scoring bodies (评分部门)
SCORED_LIST = _lines(
    "2021年某县乡村振兴任务清单",
    *("考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门"),
    "农业高质高效",
    *("1", "确保粮食有效供给", "农林牧渔业增加值增幅", "%", "≥2%"),
    *("县海洋与渔业局", "县农业农村局", "市农业农村局"),
    *("2", "粮食播种面积", "万亩", "0.07", "县农业农村局", "市农业农村局"),
    *("3", "粮食安全责任制", "-", "良好以上", "县经济和信息化局", "市商务局"),
    *("4", "建设美丽牧场", "0", "县农业农村局", "市农业农村局"),
)


def test_a_list_with_a_merged_cell_and_units_a_line_is_read_row_by_row():
    plan = rulegov.parse_plan(SCORED_LIST)
    assert [(task.number, task.title) for task in plan.tasks] == [
        ("1", "农林牧渔业增加值增幅"),
        ("2", "粮食播种面积"),
        ("3", "粮食安全责任制"),
        ("4", "建设美丽牧场"),
    ]
    assert [task.responsible_units for task in plan.tasks] == [
        ["县海洋与渔业局", "县农业农村局"],
        ["县农业农村局"],
        ["县经济和信息化局"],
        ["县农业农村局"],
    ]


def test_the_scoring_bodies_of_a_list_are_no_units_of_its_tasks():
    names = {unit.name for unit in rulegov.parse_plan(SCORED_LIST).units}
    assert "县农业农村局" in names
    assert not {"市农业农村局", "市商务局"} & names


def test_each_row_of_a_stacked_table_keeps_its_cells_under_their_columns():
    rows = [line.text for line in stacked_rows(split_lines(SCORED_LIST)) if "|" in line.text]
    assert rows[1:3] == [
        (
            "|农业高质高效|1|确保粮食有效供给|农林牧渔业增加值增幅|%|≥2%"
            "|县海洋与渔业局、县农业农村局|市农业农村局"
        ),
        "||2||粮食播种面积|万亩|0.07|县农业农村局|市农业农村局",
    ]


# a 政务公开 table without numbers: group rows 一、 and （一） and a unit cell 市发改委牵头落实
UNNUMBERED = _lines(
    "某市2017年政务公开工作要点实施方案",
    *("目标", "任务", "主要内容", "责任单位"),
    "一、以政务公开助力稳增长",
    "(一)加强预期引导",
    "围绕经济政策执行落实情况,及时宣传解读。",
    "市发改委牵头落实",
    "加强就业创业政策信息公开,深入解读政策背景。",
    "市人社局牵头落实",
    "(二)加强财政信息公开",
    "按月公开全市财政收支情况,解读财政收支增减变化情况。",
    "市财政局、市税务局分别牵头落实",
)


def test_a_table_without_numbers_makes_each_row_a_task_under_its_group_rows():
    plan = rulegov.parse_plan(UNNUMBERED)
    [section] = plan.sections
    assert (section.number, section.title) == ("一", "以政务公开助力稳增长")
    assert [(child.number, len(child.tasks)) for child in section.children] == [
        ("（一）", 2),
        ("（二）", 1),
    ]
    assert [task.title for task in plan.tasks] == [
        "围绕经济政策执行落实情况,及时宣传解读",
        "加强就业创业政策信息公开,深入解读政策背景",
        "按月公开全市财政收支情况,解读财政收支增减变化情况",
    ]


def test_units_that_lead_in_words_in_a_table_cell_are_read_without_the_words():
    plan = rulegov.parse_plan(UNNUMBERED)
    assert [[a.unit_name for a in task.assignments] for task in plan.tasks] == [
        ["市发改委"],
        ["市人社局"],
        ["市财政局", "市税务局"],
    ]
    assert plan.tasks[0].lead_units == ["市发改委"]


# cells between lines of |, a number column without heading after 工作任务, merged over rows
BETWEEN_PIPES = "\n|\n".join(
    [
        *("工作任务", "具体要求", "责任科室", "时限要求"),
        *("强化规范性文件公开", "1", "对规范性文件进行全面清理。", "办公室", "年底前"),
        *("做好主动公开基础工作", "2", "规范发布法定主动公开内容。", "各科室", "持续推进"),
        *("3", "编制发布政府信息公开年度报告。", "办公室", "持续推进"),
    ]
)


def test_a_table_between_lines_of_pipes_is_read_with_its_unheaded_numbers():
    plan = rulegov.parse_plan("某局2023年政务公开工作任务\n" + BETWEEN_PIPES + "\n|\n")
    assert [(t.number, t.title, t.responsible_units) for t in plan.tasks] == [
        ("1", "对规范性文件进行全面清理", ["办公室"]),
        ("2", "规范发布法定主动公开内容", ["各科室"]),
        ("3", "编制发布政府信息公开年度报告", ["办公室"]),
    ]
    assert plan.tasks[0].timeframe is not None
    assert plan.tasks[0].timeframe.end.isoformat() == "2023-12-31"
    pipes = {d.line for d in plan.diagnostics if d.code == "page-chrome"}
    # the | after the header, and after the first and second rows: between rows, not in one
    assert {9, 19, 29} <= pipes


# each cell ending in a pipe, with a column of people (分管县领导)
PIPE_ENDED = "\n".join(
    f"{cell} |"
    for cell in (
        *("序号", "工作任务", "牵头单位", "分管县领导"),
        *("1", "开展安全生产大检查", "县应急局", "张三"),
        *("2", "整治道路交通隐患", "县交通局、县公安局", "李四"),
    )
)


def test_a_table_whose_cells_end_in_a_pipe_leaves_out_its_people():
    plan = rulegov.parse_plan("某县2023年安全生产工作计划\n" + PIPE_ENDED)
    assert [(t.title, t.lead_units) for t in plan.tasks] == [
        ("开展安全生产大检查", ["县应急局"]),
        ("整治道路交通隐患", ["县交通局", "县公安局"]),
    ]
    assert not {"张三", "李四"} & {unit.name for unit in plan.units}


def test_short_lines_of_prose_make_no_table():
    text = "工作任务\n主要内容\n责任单位\n加强领导,落实责任。\n"
    assert [line.text for line in stacked_rows(split_lines(text))] == text.split("\n")


def test_task_texts_that_end_as_a_units_name_stay_under_the_task_column():
    # each row prints one cell a column; the task's text happens to end in 市, 县 or 局
    text = (
        "某区2023年法治建设重点任务分工\n序号\n工作任务\n牵头单位\n完成时限\n"
        "1\n贯彻落实省委依法治省\n区司法局\n2023年12月底\n"
        "2\n进一步规范涉企执法行为的区公安分局\n区公安分局\n2023年6月底\n"
        "3\n推进法治政府建设示范市\n区依法治区办\n2023年12月底\n"
    )
    plan = rulegov.parse_plan(text)
    assert [(task.number, task.title) for task in plan.tasks] == [
        ("1", "贯彻落实省委依法治省"),
        ("2", "进一步规范涉企执法行为的区公安分局"),
        ("3", "推进法治政府建设示范市"),
    ]
    assert [task.lead_units for task in plan.tasks] == [
        ["区司法局"],
        ["区公安分局"],
        ["区依法治区办"],
    ]


_HEADER = ("序号", "工作任务", "牵头单位", "责任单位", "完成时限")
_ROWS = (
    ("1", "加强法治政府建设督察工作", "区司法局", "区直各部门", "2024年12月底前"),
    ("2", "推进严格规范公正文明执法", "区司法局", "区公安分局", "2024年6月底前"),
)


@pytest.mark.parametrize("heading", ["一、重点任务", "（一）主要任务"])
@pytest.mark.parametrize("numbered", [True, False])
def test_a_numbered_heading_that_ends_in_a_column_word_is_no_part_of_the_header(
    heading: str, numbered: bool
) -> None:
    skip = 0 if numbered else 1
    text = _lines(
        "某区法治政府建设工作要点",
        heading,
        *_HEADER[skip:],
        *(cell for row in _ROWS for cell in row[skip:]),
    )
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == [row[1] for row in _ROWS]
    assert [task.responsible_units for task in plan.tasks] == [[row[3]] for row in _ROWS]


@pytest.mark.parametrize(
    "tail",
    [
        ("抄送:区委办公室,区人大常委会办公室", "某区司法局办公室", "2024年3月1日印发"),
        ("请各单位于每季度末报送进展情况", "联系人:张三", "区司法局", "2024年3月1日"),
        ("", "各责任单位要按照分工抓好落实", "区司法局"),
        ("各责任单位要按照分工抓好落实。", "区司法局"),
    ],
)
def test_the_text_after_a_table_without_numbers_makes_no_row(tail: tuple[str, ...]) -> None:
    text = _lines(
        "某区法治政府建设工作要点",
        *_HEADER[1:],
        *(cell for row in _ROWS for cell in row[1:]),
        *tail,
    )
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == [row[1] for row in _ROWS]


def _numbered(numbers: list[str]) -> str:
    cells = [
        cell
        for i, number in enumerate(numbers, 1)
        for cell in (
            number,
            f"推进第{i}项法治建设重点工作",
            "区司法局",
            "区直各部门",
            f"2024年{i}月底前",
        )
    ]
    return _lines("某区法治政府建设工作要点", *_HEADER, *cells)


def test_a_row_number_left_out_keeps_the_rows_after_it():
    plan = rulegov.parse_plan(_numbered(["1", "2", "3", "5", "6", "7"]))
    assert [task.number for task in plan.tasks] == ["1", "2", "3", "5", "6", "7"]
    assert plan.tasks[-1].title == "推进第6项法治建设重点工作"


def test_a_row_number_printed_twice_keeps_the_rows_after_it():
    rows = [line.text for line in stacked_rows(split_lines(_numbered(["1", "2", "2", "4"])))]
    assert rows[-3:] == [
        "|2|推进第2项法治建设重点工作|区司法局|区直各部门|2024年2月底前",
        "|2|推进第3项法治建设重点工作|区司法局|区直各部门|2024年3月底前",
        "|4|推进第4项法治建设重点工作|区司法局|区直各部门|2024年4月底前",
    ]


def test_a_column_of_figures_is_no_column_of_row_numbers():
    text = _lines(
        "某区法治建设考核方案",
        *("工作任务", "分值", "责任单位", "完成时限"),
        *("加强法治政府建设督察工作", "10", "区司法局", "2024年底前"),
        *("推进严格规范公正文明执法", "20", "区公安分局", "2024年6月底前"),
    )
    plan = rulegov.parse_plan(text)
    assert [(task.title, task.responsible_units) for task in plan.tasks] == [
        ("加强法治政府建设督察工作", ["区司法局"]),
        ("推进严格规范公正文明执法", ["区公安分局"]),
    ]


@pytest.mark.parametrize("form", ["{}.", "{}、", "（{}）"])
def test_row_numbers_printed_with_a_mark_are_read_as_numbers(form: str) -> None:
    plan = rulegov.parse_plan(_numbered([form.format(i) for i in range(1, 4)]))
    assert len(plan.tasks) == 3
    assert [task.responsible_units for task in plan.tasks] == [["区直各部门"]] * 3


def test_a_list_of_units_printed_over_two_lines_stays_in_its_own_column():
    plan = rulegov.parse_plan(
        "某区任务分工\n序号\n工作任务\n牵头单位\n责任单位\n完成时限\n"
        "1\n加强法治培训工作\n区司法局\n区法院、区检察院、\n区公安局\n6月底前\n"
        "2\n开展普法宣传活动\n区委宣传部\n区教育局、区文化\n旅游局\n12月底前\n"
        "3\n推进依法行政工作\n区政府办\n区发改委\n长期坚持\n"
    )
    assert [(task.lead_units, task.responsible_units) for task in plan.tasks] == [
        (["区司法局"], ["区法院", "区检察院", "区公安局"]),
        (["区委宣传部"], ["区教育局", "区文化旅游局"]),
        (["区政府办"], ["区发改委"]),
    ]


def test_a_column_heading_with_a_qualifier_names_its_field():
    plan = rulegov.parse_plan(
        "某区重点工作任务分解表\n序号\n主要工作举措\n牵头单位\n配合单位\n责任领导\n"
        "1\n推进现代农业产业体系建设。\n区农业农村局\n区发展改革局\n"
        "2\n加快在建项目的建设进度。\n区工业和信息化局\n区商务局\n张某\n"
    )
    assert [(task.number, task.lead_units, task.cooperating_units) for task in plan.tasks] == [
        ("1", ["区农业农村局"], ["区发展改革局"]),
        ("2", ["区工业和信息化局"], ["区商务局"]),
    ]


# a bureau's share of a larger division: the rows it has, under their numbers in the whole
# table (2, 10, 11), and the group rows of the whole table, some with none of its rows
SHARE = _lines(
    "某区某局2025年重点工作任务分解表",
    *("序号", "重点工作任务", "主要责任单位", "协同配合单位"),
    "一、主要目标",
    *("2", "完成年度主要目标任务。", "区发改委", "区某局、区财政局。"),
    "二、优化营商环境",
    "三、增进民生福祉",
    *("10", "推进某学校扩建项目。", "区某局", "区政府有关部门。"),
    *("11", "引进优质教育资源。", "区某局", "区投资促进中心。"),
)


def test_a_share_of_a_larger_table_keeps_the_numbers_of_its_rows():
    plan = rulegov.parse_plan(SHARE)
    assert [(task.path, task.lead_units, task.cooperating_units) for task in plan.tasks] == [
        (("一", "2"), ["区发改委"], ["区某局", "区财政局"]),
        (("三", "10"), ["区某局"], ["区政府有关部门"]),
        (("三", "11"), ["区某局"], ["区投资促进中心"]),
    ]


@pytest.mark.parametrize(
    ("numbers", "spacer"),
    [
        (("一", "二", "三"), "、"),
        (("第一部分", "第二部分", "第三部分"), "\u3000"),
        (("第一部分", "第二部分", "第三部分"), " "),
        (("第一章", "第二章", "第三章"), " "),
        (("第一节", "第二节", "第三节"), ""),
    ],
)
def test_a_group_row_with_no_row_under_it_is_a_section_still(
    numbers: tuple[str, str, str], spacer: str
) -> None:
    first, second, third = (number + spacer for number in numbers)
    plan = rulegov.parse_plan(
        _lines(
            "某区2025年重点工作任务分解表",
            *("序号", "重点工作任务", "主要责任单位", "协同单位"),
            *(f"{first}主要目标", "1", "完成年度主要目标任务。", "区发改委", "区统计局"),
            f"{second}优化营商环境",
            *(f"{third}增进民生福祉", "2", "推进学校建设项目。", "区教育局", "区财政局"),
            *("3", "引进优质教育资源。", "区教育局", "区人社局"),
        )
    )
    assert [(section.number, section.title) for section in plan.sections] == [
        (numbers[0], "主要目标"),
        (numbers[1], "优化营商环境"),
        (numbers[2], "增进民生福祉"),
    ]
    assert [task.path for task in plan.tasks] == [
        (numbers[0], "1"),
        (numbers[2], "2"),
        (numbers[2], "3"),
    ]


def test_a_task_closed_by_a_full_stop_that_ends_in_an_organs_word_is_no_cell_of_units():
    plan = rulegov.parse_plan(
        _lines(
            "某区某局2025年重点工作任务分解表",
            *("序号", "重点工作任务", "主要责任单位", "协同配合单位"),
            "一、主要目标",
            *("1", "建设区某指挥中心。", "区某局", "区发改委、区财政局。"),
            *("2", "召开全区某项工作会。", "区某局"),
            *("3", "完善某项安全体系。", "区某局", "区公安分局。"),
        )
    )
    # a task's title is its heading sentence without the final 。, in a table as in a paragraph
    assert [(task.number, task.title, task.lead_units) for task in plan.tasks] == [
        ("1", "建设区某指挥中心", ["区某局"]),
        ("2", "召开全区某项工作会", ["区某局"]),
        ("3", "完善某项安全体系", ["区某局"]),
    ]


def test_a_figure_inside_a_row_is_no_number_of_a_later_row():
    plan = rulegov.parse_plan(
        _lines(
            "某区任务表",
            *("序号", "工作任务", "分值", "责任单位"),
            *("1", "加强法治培训工作", "5", "区司法局"),
            *("2", "开展普法宣传活动", "9", "区普法办"),
        )
    )
    assert [(task.number, task.title, task.responsible_units) for task in plan.tasks] == [
        ("1", "加强法治培训工作", ["区司法局"]),
        ("2", "开展普法宣传活动", ["区普法办"]),
    ]


def test_a_column_the_plan_names_in_its_own_words_is_the_task_column():
    # 民生实事 names no field of the genre's; standing between 序号 and 责任单位 it heads the tasks
    plan = rulegov.parse_plan(
        "\n\n".join(
            (
                "某县2016年民生实事目标任务分解表",
                *("序号", "民生实事", "责任单位", "完成时限"),
                *("1", "启动建设某河综合治理工程。", "县水务局", "县住建局", "12月底前"),
                *("2", "新建2座人行天桥。", "县住建局", "9月投入使用"),
            )
        )
    )
    assert [(task.number, task.title, task.responsible_units) for task in plan.tasks] == [
        ("1", "启动建设某河综合治理工程", ["县水务局", "县住建局"]),
        ("2", "新建2座人行天桥", ["县住建局"]),
    ]


def test_a_first_row_whose_unit_cell_ends_as_a_heading_is_no_part_of_the_header():
    # 有关部门 ends as 责任部门 does, but it is no column word: 普法宣传 before it is a task's cell
    plan = rulegov.parse_plan(
        _lines(
            "某县2023年普法工作任务清单",
            *("工作任务", "责任单位", "完成时限"),
            *("普法宣传", "有关部门", "全年"),
            *("法治培训", "县司法局", "6月底前"),
            *("执法检查", "县司法局", "12月底前"),
        )
    )
    assert [(task.title, task.responsible_units) for task in plan.tasks] == [
        ("普法宣传", ["有关部门"]),
        ("法治培训", ["县司法局"]),
        ("执法检查", ["县司法局"]),
    ]


def test_a_task_that_ends_as_a_hall_or_a_share_is_no_unit_outside_a_column_of_sections():
    # 馆 and 股 end the names of a bureau's bodies and sections only under a 股室 heading
    plan = rulegov.parse_plan(
        _lines(
            "某县2023年民生实事任务分解表",
            *("序号", "民生实事", "责任单位", "完成时限"),
            *("1", "改造提升县文化馆", "县文旅局", "县住建局", "12月底前"),
            *("2", "推进村集体资产折股", "县农业农村局", "县财政局", "9月底前"),
        )
    )
    assert [(task.number, task.title, task.responsible_units) for task in plan.tasks] == [
        ("1", "改造提升县文化馆", ["县文旅局", "县住建局"]),
        ("2", "推进村集体资产折股", ["县农业农村局", "县财政局"]),
    ]


def test_a_headings_bracketed_words_on_the_next_line_stay_with_the_heading():
    # 责任股室 / (单位): one heading broken before its bracket; a bureau's sections are its units,
    # and a merged row that prints no person's cell puts none of its units under the person's column
    plan = rulegov.parse_plan(
        _lines(
            *("序号", "工作任务", "完成时限", "责任领导", "责任股室", "(单位)", "备注"),
            *("1", "开展文化下乡惠民演出不少于100场。", "12月底前", "张某某", "文化宣传股"),
            *("2", "完成非遗展厅布展任务。", "羌研会", "某某寺博物馆"),
        )
    )
    assert [(task.number, task.responsible_units) for task in plan.tasks] == [
        ("1", ["文化宣传股"]),
        ("2", ["羌研会", "某某寺博物馆"]),
    ]


def test_a_document_that_opens_with_a_table_takes_the_header_row_as_printed_for_its_title():
    text = (
        "序号\n工作任务\n完成时限\n责任单位\n1\n免费开放服务人次较上年增长15%。\n12月底前\n文化馆\n"
    )
    plan = rulegov.parse_plan(text)
    # no heading: the header row stands in, each character once (the row's marks print nothing)
    assert plan.title == "序号 工作任务 完成时限 责任单位"
    assert "no-title" in [d.code for d in plan.diagnostics]
    assert plan.tasks[0].responsible_units == ["文化馆"]


def test_a_joined_row_prints_its_source_characters_once():
    row = join_lines(split_lines("甲\n乙\n丙"), "||", before="||")
    assert row.text == "||甲||乙||丙"
    assert row.printed(0, len(row.text)) == "甲 乙 丙"
    assert row.printed(2, 3) == "甲"


def test_a_bracket_under_a_units_heading_that_remarks_on_roles_keeps_the_table():
    # 责任单位 / (首位为牵头): the bracket's remark leaves the column one of units
    head = (
        "某区2023年法治工作任务分解表",
        "序号",
        "工作任务",
        "责任单位",
        "(首位为牵头)",
        "完成时限",
    )
    rows = ("1", "开展宪法宣传", "区司法局、区委宣传部", "12月底前")
    rows += ("2", "举办普法培训", "区普法办、区教育局", "3月底前")
    plan = rulegov.parse_plan("\n".join((*head, *rows)))
    assert [(t.title, t.lead_units + t.responsible_units) for t in plan.tasks] == [
        ("开展宪法宣传", ["区司法局", "区委宣传部"]),
        ("举办普法培训", ["区普法办", "区教育局"]),
    ]


def test_a_task_that_opens_with_an_act_and_ends_in_a_bodys_name_stays_a_task():
    # under 责任股室, 改造提升县文化馆 ends as a body does but opens with an act: a task,
    # its two sections on the lines after it
    plan = rulegov.parse_plan(
        "\n".join(
            (
                *("某县文旅局2023年工作任务分解表", "序号", "工作任务", "责任股室", "完成时限"),
                *("1", "举办全民阅读活动", "公共服务股", "全年"),
                *("2", "改造提升县文化馆", "文物股", "计划财务股", "12月底前"),
            )
        )
    )
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [
        ("举办全民阅读活动", ["公共服务股"]),
        ("改造提升县文化馆", ["文物股", "计划财务股"]),
    ]


# a 民生实事 table: headings with their unit and year on lines of their own (总投资 / (万元),
# 2023年 / 目标进度), a project whose second work is printed under its merged number and name,
# a unit's name broken over two lines, a progress cell broken after a comma
PROJECTS = _lines(
    "2023年区政府民生实事项目责任分解表",
    *("序号", "项目", "责任单位", "建设内容", "总投资", "(万元)", "2023年", "目标进度"),
    *("1", "完善交通基础设施", "区新兴产业", "服务中心", "实施宏图路提升改造工程。", "48414"),
    *("一季度开工,宏图路年内完成工程量的50%,", "通惠路年内完成工程量的30%。"),
    *("区住建局", "实施寺慈线路面提升工程。", "1000", "6月开工,年内完工。"),
    *("2", "加大安居保障力度", "区住建局", "新建保障性租赁住房。", "87348", "年内完工。"),
)


def test_a_projects_further_work_under_its_merged_cells_gives_the_project_its_units():
    plan = rulegov.parse_plan(PROJECTS)
    assert [(t.number, t.title, t.responsible_units) for t in plan.tasks] == [
        ("1", "完善交通基础设施", ["区新兴产业服务中心", "区住建局"]),
        ("2", "加大安居保障力度", ["区住建局"]),
    ]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\n\n"])
def test_a_stacked_tables_section_spans_its_rows_whatever_their_order(end: str) -> None:
    # the second task's text is not found among the rows: the section still runs from its
    # first row to its last, and the plan is read, not refused
    text = end.join(
        [
            "任务",
            "主要内容",
            "责任单位",
            "一、以政务公开助力稳增长",
            "(一)加强预期引导",
            "围绕情况,通过市政府例行新闻发布会形式及时宣传解读。",
            "市发改委牵头落实",
            "加强舆情收集研判,澄清事实。",
            "市发改委、市财政局",
            "",
        ]
    )
    plan = rulegov.parse_plan(text)
    section = plan.sections[0].children[0]
    assert section.title == "加强预期引导"
    assert section.span is not None
    assert section.span.start < section.span.end
    assert len(section.tasks) == 2


# an indicator-shaped task list (一级指标 · 二级指标 · 评价指标 · 牵头单位 · 责任单位): the
# categories merged over rows are printed as rows of their own, each row numbers itself in a
# column without heading, and the task column is named in the plan's own words
_INDICATOR_HEADER = ("一级指标", "二级指标", "评价指标", "牵头单位", "责任单位")
_INDICATOR_ROWS = (
    ("一、加强党的领导",),
    ("(一)落实领导责任",),
    (
        "1",
        "每年3月1日前报告上一年度法治政府建设情况。",
        "市司法局",
        "市政府各部门,各县(市、区)政府",
    ),
    ("2", "将法治政府建设纳入述职述法内容。", "市司法局", "昌南新区、高新区管委会"),
    ("(二)履行主体责任",),
    ("3", "定期听取法治政府建设工作汇报。", "市委办", "市政府各部门"),
)


def _indicator_table(form: str) -> str:
    cells = [cell for row in _INDICATOR_ROWS for cell in row]
    if form == "closed by pipes":  # the header's last cell closed by a run of pipes (| |)
        heads = [f"{heading} |" for heading in _INDICATOR_HEADER]
        heads[-1] += " |"
        lines = [*heads, *(f"{cell} | ||" if "政府" in cell else f"{cell} |" for cell in cells)]
        return "\n".join(lines)
    if form == "one cell a line":
        return "\n".join([*_INDICATOR_HEADER, *cells])
    if form == "blank lines between":
        return "\n\n".join([*_INDICATOR_HEADER, *cells])
    if form == "pipe rows":  # the merged category cells left empty
        rows = [row if len(row) == 1 else ("", "", *row) for row in _INDICATOR_ROWS]
    else:  # "pipe rows as printed": a page copy leaves the merged cells out
        rows = list(_INDICATOR_ROWS)
    return "\n".join("|" + "|".join(row) + "|" for row in [_INDICATOR_HEADER, *rows])


@pytest.mark.parametrize(
    "form",
    [
        "closed by pipes",
        "one cell a line",
        "blank lines between",
        "pipe rows",
        "pipe rows as printed",
    ],
)
def test_an_indicator_task_list_reads_its_groups_tasks_and_units(form: str) -> None:
    plan = rulegov.parse_plan("某市法治政府建设任务清单\n" + _indicator_table(form) + "\n")
    (part,) = plan.sections
    assert (part.number, part.title) == ("一", "加强党的领导")
    assert [child.title for child in part.children] == ["落实领导责任", "履行主体责任"]
    assert [(t.path, t.title, t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (
            ("一", "（一）", "1"),
            "每年3月1日前报告上一年度法治政府建设情况",
            ["市司法局"],
            ["市政府各部门", "各县(市、区)政府"],
        ),
        (
            ("一", "（一）", "2"),
            "将法治政府建设纳入述职述法内容",
            ["市司法局"],
            ["昌南新区、高新区管委会"],
        ),
        (("一", "（二）", "3"), "定期听取法治政府建设工作汇报", ["市委办"], ["市政府各部门"]),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        "|1|完善制度|区司法局|\n|2|规范执法|区公安局|\n",
        "|完善制度|区司法局|\n|规范执法|区公安局|\n",
        "| 1 | 完善制度 | 区司法局 |\n| 2 | 规范执法 | 区公安局 |\n",
    ],
)
def test_rows_under_categories_printed_as_rows_leave_the_merged_cells_out(rows: str) -> None:
    # 一级指标 · 二级指标 merged over the rows: a copy prints them as rows of their own and the
    # rows under them without those cells; the rows are read against the columns after them
    plan = rulegov.parse_plan(
        "某区工作要点\n|一级指标|二级指标|评价指标|牵头单位|\n|一、依法行政|\n|（一）制度建设|\n"
        + rows
    )
    assert [(t.path[:2], t.title, t.lead_units) for t in plan.tasks] == [
        (("一", "（一）"), "完善制度", ["区司法局"]),
        (("一", "（一）"), "规范执法", ["区公安局"]),
    ]


_TAB_ROWS = [
    "1\t完善制度\t区司法局\t年底前\n2\t规范执法\t区公安局\t长期\n",
    "完善制度\t区司法局\t年底前\n规范执法\t区公安局\t长期\n",
    "1 \t完善制度 \t 区司法局\t 年底前\n2 \t规范执法 \t 区公安局\t 长期\n",
]


@pytest.mark.parametrize("rows", _TAB_ROWS)
@pytest.mark.parametrize(
    ("header", "categories", "path"),
    [
        ("一级指标\t二级指标\t", "一、依法行政\n（一）制度建设\n", ("一", "（一）")),
        ("一级指标\t二级指标\t", "\n一、依法行政\n\n（一）制度建设\n\n", ("一", "（一）")),
        ("一级指标\t", "一、依法行政\n", ("一",)),
    ],
)
def test_tab_rows_under_categories_printed_as_lines_are_read_as_pipe_rows(
    rows: str, header: str, categories: str, path: tuple[str, ...]
) -> None:
    # the same table in tabs: a copy drops the tabs of the merged category rows, which stand
    # as lines of their own, one above the other, over rows short of those cells
    plan = rulegov.parse_plan(
        "某区工作要点\n" + header + "评价指标\t牵头单位\t完成时限\n" + categories + rows
    )
    assert [(t.path[: len(path)], t.title, t.lead_units) for t in plan.tasks] == [
        (path, "完善制度", ["区司法局"]),
        (path, "规范执法", ["区公安局"]),
    ]


def test_tab_rows_under_a_second_category_line_go_on_in_the_same_table() -> None:
    rows = "1\t完善制度\t区司法局\t年底前\n"
    plan = rulegov.parse_plan(
        "某区工作要点\n一级指标\t二级指标\t评价指标\t牵头单位\t完成时限\n一、依法行政\n"
        "（一）制度建设\n" + rows + "（二）执法监督\n" + rows.replace("完善制度", "严格执法")
    )
    assert [(t.path[:2], t.title) for t in plan.tasks] == [
        (("一", "（一）"), "完善制度"),
        (("一", "（二）"), "严格执法"),
    ]


def test_short_rows_without_category_rows_are_read_from_the_left() -> None:
    # guard: with no category printed as a row, a short row is cut short at its end
    plan = rulegov.parse_plan(
        "某区工作要点\n|序号|工作任务|牵头单位|完成时限|\n|1|完善制度|区司法局|\n"
    )
    assert [(t.title, t.lead_units) for t in plan.tasks] == [("完善制度", ["区司法局"])]


@pytest.mark.parametrize("closing", [" |", " | |", " | ||", "|||"])
def test_a_cell_closed_by_a_run_of_pipes_is_one_cell(closing: str) -> None:
    text = "\n".join(
        f"{cell}{closing}"
        for cell in ("序号", "工作任务", "牵头单位", "1", "开展安全生产大检查", "县应急局")
    )
    plan = rulegov.parse_plan("某县2023年安全生产工作计划\n" + text)
    assert [(t.title, t.lead_units) for t in plan.tasks] == [("开展安全生产大检查", ["县应急局"])]


# a list whose rows carry a section's cell the header has no column for, and one row without it:
# the cells of a row stand under other columns than the header's
_SHIFTED_ROWS = [
    ("工作任务", "具体要求", "责任科室", "时限要求"),
    ("强化规范性文件公开", "1", "对行政规范性文件进行全面清理。", "办公室", "年底前"),
    ("深化政策解读", "2", "积极做好政策解读工作。", "各科室", "持续推进"),
    ("3", "规范做好年度报告编制发布工作。", "办公室", "持续推进"),
    ("规范办理依申请公开", "4", "依法依规办理政府信息公开申请。", "各科室", "持续推进"),
]


@pytest.mark.parametrize("separator", ["\n", "\n|\n", "\n\n"])
def test_a_tasks_span_is_its_own_rows_or_none_never_another_tasks(separator: str) -> None:
    text = "某局2023年政务公开重点任务清单\n" + separator.join(
        cell for row in _SHIFTED_ROWS for cell in row
    )
    plan = rulegov.parse_plan(text)
    assert len(plan.tasks) == 4
    for task in plan.tasks:
        if task.span is not None:
            assert task.title in text[task.span.start : task.span.end].replace("\n", "")
    last = plan.tasks[-1]
    assert last.span is not None
    assert "依法依规办理政府信息公开申请" in text[last.span.start : last.span.end]


DIVIDED_ROWS = [
    ["工作任务", "具体要求", "责任部门"],
    ["一、做好财政信息公开。", "1.积极推进预算公开。", "财务科"],
    ["二、做好网站信息公开。", "2.及时更新信息。", "办公室"],
    ["3.及时反馈网民意见。", "办公室牵头,各科室配合", "—"],  # its task cell merged from above
    ["4.及时更新公众号信息。", "各科室", "—"],
]


def _read(plan: rulegov.Plan) -> list[tuple[str, list[tuple[str, list[str], list[str]]]]]:
    # the section's title as a heading reads it, without the full stop its cell may print
    return [
        (
            section.title.rstrip("。"),
            [
                (t.title, t.lead_units or t.responsible_units, t.cooperating_units)
                for t in section.tasks
            ],
        )
        for section in plan.sections
    ]


@pytest.mark.parametrize("closed", ["", " |"], ids=["bare", "pipe after each cell"])
@pytest.mark.parametrize("division", [",", "，", "；"], ids=[",", "，", "；"])
def test_a_table_one_cell_a_line_with_divided_units_and_marked_cells_reads_as_in_pipes(
    closed: str, division: str
):
    # a cell of units with their role words (办公室牵头，各科室配合) is a units cell, and the mark
    # of an empty cell (—) closes its row without ending the table
    rows = [[cell.replace(",", division) for cell in row] for row in DIVIDED_ROWS]
    stacked = "\n".join(cell + closed for row in rows for cell in row)
    piped = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    expected = _read(rulegov.parse_plan(piped))
    assert expected[1][1][-2:] == [
        ("及时反馈网民意见", ["办公室"], ["各科室"]),
        ("及时更新公众号信息", ["各科室"], []),
    ]
    assert _read(rulegov.parse_plan(stacked)) == expected


@pytest.mark.parametrize(
    "work",
    [
        "召开会议研究部署",  # a word that names no organ: 部署, 格局, 布局
        "构建发展新格局",
        "优化产业布局",
        "普法宣传覆盖全县",  # the whole of a place
        "建成综合文化站",  # an organ it builds, after the verb of its work
        "健全工作机构",
        "推动法律服务进社区",
    ],
)
@pytest.mark.parametrize(
    ("number", "deadline"), [("1", "2024年6月"), ("1.", "2024年6月"), ("1", None)]
)
def test_a_tasks_cell_that_ends_as_an_organs_name_is_the_rows_task(
    work: str, number: str, deadline: str | None
) -> None:
    # one cell a line: a short task whose last word ends as a unit's name does (署, 局, 县, 站,
    # 构, 区) is its row's task all the same, with the units of the cells after it
    timing = ("完成时限",) if deadline else ()
    second = ("2024年12月",) if deadline else ()
    first = (deadline,) if deadline else ()
    plan = rulegov.parse_plan(
        _lines(
            "2024年任务清单",
            *("序号", "工作任务", "牵头单位", "配合单位", *timing),
            *(number, work, "区司法局", "区财政局、各街道", *first),
            *(number.replace("1", "2"), "开展督查", "区委办", "区政府办", *second),
        )
    )
    assert [(task.number, task.title) for task in plan.tasks] == [("1", work), ("2", "开展督查")]
    assert plan.tasks[0].lead_units == ["区司法局"]
    assert plan.tasks[0].cooperating_units == ["区财政局", "各街道"]


@pytest.mark.parametrize("units", ["县委组织部", "县委组织部、县人社局", "组织部", "研究室"])
def test_a_units_cell_that_opens_as_a_verb_does_still_names_units(units: str) -> None:
    # 组织部, 研究室: an organ's name whose first word is also a verb's, short or with its level
    plan = rulegov.parse_plan(
        _lines(
            "2024年任务清单",
            *("序号", "工作任务", "牵头单位", "完成时限"),
            *("1", "开展干部培训工作", units, "2024年6月"),
            *("2", "开展督查", "县委办", "2024年12月"),
        )
    )
    assert [task.number for task in plan.tasks] == ["1", "2"]
    assert plan.tasks[0].lead_units == units.split("、")
