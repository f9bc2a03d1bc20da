"""Units as offices print them: a task's division of work in the printings real plans use."""

from __future__ import annotations

import pytest

import rulegov
import rulegov.parse
from rulegov.io import read_task_rows

HEAD = "某区2024年法治政府建设工作要点\n\n一、重点任务\n"
SECOND = "2.推进政务公开。\n责任单位：区政府办\n"

# a list of units broken at a line's end: after a mark, inside a name, inside a name that ends in
# a word some names end with (社会), in a field on its own line, at a paragraph's end, in brackets
BROKEN_LISTS = [
    "1.深化行政执法体制改革。\n责任单位：区财政局、\n区市场监督管理局、区审计局\n",
    "1.深化行政执法体制改革。\n责任单位：区财政局、区市场监督\n管理局、区审计局\n",
    "1.深化行政执法体制改革。\n责任单位：区财政局、区市场监督管理局、区审\n计局\n",
    "1.深化行政执法体制改革。\n责任单位：区财政局、区市场监督管理局、区\n审计局\n",
    "1.深化行政执法体制改革。\n责任单位：区财政局、\n区市场监督管理局、\n区审计局\n",
    "1.深化行政执法体制改革，全面推行三项制度。责任单位：区财政局、区市场监督\n管理局、区审计局\n",
    "1.深化行政执法体制改革。（责任单位：区财政局、区市场监督\n管理局、区审计局）\n",
    "1.深化行政执法体制改革。（责任单位：区财政局、区市场监督管理局、区审\n计局）\n",
]


@pytest.mark.parametrize("body", BROKEN_LISTS)
def test_a_list_of_units_broken_at_a_line_end_names_every_unit_whole(body: str):
    plan = rulegov.parse_plan(HEAD + body + SECOND)
    assert plan.tasks[0].responsible_units == ["区财政局", "区市场监督管理局", "区审计局"]
    assert plan.tasks[1].responsible_units == ["区政府办"]


@pytest.mark.parametrize(
    "body",
    [
        "1.深化行政执法体制改革。\n责任单位：区财政局、区人力资源和社会\n保障局、区审计局\n",
        "1.深化行政执法体制改革。（责任单位：区财政局、区人力资\n源和社会保障局、区审计局）\n",
        (
            "1.深化行政执法体制改革。（牵头单位：区司法局；责任单位：区财政局、区人力资源和社会\n"
            "保障局、区审计局）\n"
        ),
    ],
)
def test_a_name_broken_after_a_word_that_ends_names_is_one_name(body: str):
    plan = rulegov.parse_plan(HEAD + body + SECOND)
    assert plan.tasks[0].responsible_units == ["区财政局", "区人力资源和社会保障局", "区审计局"]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "1.深化行政执法体制改革。（区司法局牵头，区财政局、区市场监督\n管理局配合）\n",
            "cooperating",
        ),
        (
            "1.深化行政执法体制改革。\n牵头单位：区司法局 配合单位：区财政局、区市场监督\n管理局\n",
            "cooperating",
        ),
        (
            "1.深化行政执法体制改革。\n牵头单位：区司法局\n责任单位：区财政局、区市场\n监督管理局\n",
            "responsible",
        ),
    ],
)
def test_a_name_broken_at_a_line_end_beside_another_field_is_one_name(body: str, role: str):
    task = rulegov.parse_plan(HEAD + body + SECOND).tasks[0]
    assert task.lead_units == ["区司法局"]
    assert getattr(task, f"{role}_units") == ["区财政局", "区市场监督管理局"]


def test_a_list_that_ends_its_line_whole_leaves_the_next_line_to_the_task():
    plan = rulegov.parse_plan(
        HEAD
        + "1.深化行政执法体制改革。\n责任单位：区财政局、区审计局\n区教育局负责指导。\n"
        + SECOND
    )
    assert plan.tasks[0].responsible_units == ["区财政局", "区审计局"]
    assert "区教育局负责指导" in plan.tasks[0].text


def test_names_on_lines_of_their_own_in_a_bracket_stay_apart():
    plan = rulegov.parse_plan(
        HEAD + "1.深化行政执法体制改革。（责任单位：区财政局、区审计局、\n区教育局）\n" + SECOND
    )
    assert plan.tasks[0].responsible_units == ["区财政局", "区审计局", "区教育局"]


TWO_LEADS = [
    ["序号", "工作任务", "牵头单位", "牵头处室", "完成时限"],
    ["1", "深化行政执法体制改革", "市司法局", "执法监督处", "2024年6月底前"],
    ["2", "推进政务公开", "市政府办公室", "政务公开科", "2024年12月底前"],
]


@pytest.mark.parametrize(
    "printed",
    [
        "\n".join("\t".join(row) for row in TWO_LEADS),
        "\n".join("|" + "|".join(row) + "|" for row in TWO_LEADS),
        "\n".join(" | ".join(row) for row in TWO_LEADS),
    ],
    ids=["tabs", "pipes", "spaced-pipes"],
)
def test_a_table_that_names_its_lead_in_two_columns_gives_both_the_lead(printed: str):
    plan = rulegov.parse_plan(HEAD + printed + "\n")
    assert [task.lead_units for task in plan.tasks] == [
        ["市司法局", "执法监督处"],
        ["市政府办公室", "政务公开科"],
    ]


@pytest.mark.parametrize(
    ("header", "role"),
    [
        (["牵头单位", "牵头处室"], "lead"),
        (["责任单位", "责任处室"], "responsible"),
        (["配合单位", "配合部门"], "cooperating"),
    ],
)
def test_a_grid_that_names_one_role_in_two_columns_keeps_every_name(header: list[str], role: str):
    grid = [
        ["序号", "工作任务", *header],
        ["1", "开展普法", "市司法局", "普法处"],
        ["2", "推进公开", "市政府办公室", ""],
        ["3", "强化监督", "", "督察处"],
    ]
    plan = rulegov.parse.read_grid(grid)
    assert [getattr(task, f"{role}_units") for task in plan.tasks] == [
        ["市司法局", "普法处"],
        ["市政府办公室"],
        ["督察处"],
    ]


def test_a_heading_repeated_over_the_columns_the_row_below_names_is_printed_once():
    grid = [
        ["序号", "工作任务", "责任单位", "责任单位", "完成时限"],
        ["", "", "牵头单位", "配合单位", ""],
        ["1", "开展普法", "市司法局", "市财政局、市人社局", "2024年6月底前"],
    ]
    [task] = rulegov.parse.read_grid(grid).tasks
    assert (task.lead_units, task.cooperating_units) == (["市司法局"], ["市财政局", "市人社局"])


ALIGNED = "序号  工作任务                牵头单位        配合单位        完成时限\n"
SECOND_ROW = "2     推进政务公开            市政府办公室    市大数据中心    2024年12月\n"


@pytest.mark.parametrize(
    ("rows", "lead", "cooperating"),
    [
        (
            (
                "1     深化行政执法体制改革    市司法局        市财政局、      2024年6月\n"
                "                                              市人社局\n"
            ),
            ["市司法局"],
            ["市财政局", "市人社局"],
        ),
        (
            (
                "1     深化行政执法体制改革    市司法局        市财政局、      2024年6月\n"
                "                                              市人社局、\n"
                "                                              市审计局\n"
            ),
            ["市司法局"],
            ["市财政局", "市人社局", "市审计局"],
        ),
        (
            (
                "1     深化行政执法体制改革    市司法局        市财政局、市    2024年6月\n"
                "                                              人社局\n"
            ),
            ["市司法局"],
            ["市财政局", "市人社局"],
        ),
        (
            (
                "1     深化行政执法体制改革    市司法局、      市财政局        2024年6月\n"
                "                              市委政法委\n"
            ),
            ["市司法局", "市委政法委"],
            ["市财政局"],
        ),
    ],
    ids=["after-a-mark", "over-three-lines", "inside-a-name", "lead-column"],
)
def test_a_cell_that_goes_on_under_its_column_in_a_table_lined_up_with_spaces(
    rows: str, lead: list[str], cooperating: list[str]
):
    plan = rulegov.parse_plan(HEAD + ALIGNED + rows + SECOND_ROW)
    assert [(task.lead_units, task.cooperating_units) for task in plan.tasks] == [
        (lead, cooperating),
        (["市政府办公室"], ["市大数据中心"]),
    ]


def test_a_paragraph_after_a_table_lined_up_with_spaces_is_no_cell_of_it():
    plan = rulegov.parse_plan(
        HEAD
        + ALIGNED
        + "1     深化行政执法体制改革    市司法局        市财政局        2024年6月\n"
        + SECOND_ROW
        + "二、保障措施\n    各单位要加强领导，确保各项任务落到实处。\n"
    )
    assert [section.title for section in plan.sections] == ["重点任务", "保障措施"]
    assert [task.cooperating_units for task in plan.tasks] == [["市财政局"], ["市大数据中心"]]


@pytest.mark.parametrize(
    "table",
    [
        (
            "|序号|工作任务|牵头单位|配合单位|\n|1|深化行政执法体制改革|市司法局|市财政局、市人力资源和社会|\n"
            "| | | |保障局|\n|2|推进政务公开|市政府办公室|市大数据中心|\n"
        ),
        (
            "序号\t工作任务\t牵头单位\t配合单位\n1\t深化行政执法体制改革\t市司法局\t市财政局、市人力资源和社会\n"
            "\t\t\t保障局\n2\t推进政务公开\t市政府办公室\t市大数据中心\n"
        ),
        (
            "|序号|工作任务|牵头单位|配合单位|\n|1|深化行政执法体制改革|市司法局|市财政局、市人力资源和|\n"
            "| | | |社会保障局|\n|2|推进政务公开|市政府办公室|市大数据中心|\n"
        ),
    ],
    ids=["pipes", "tabs", "pipes-inside-a-word"],
)
def test_a_unit_cell_whose_next_row_finishes_a_name_names_it_whole(table: str):
    plan = rulegov.parse_plan(HEAD + table)
    assert [task.cooperating_units for task in plan.tasks] == [
        ["市财政局", "市人力资源和社会保障局"],
        ["市大数据中心"],
    ]


@pytest.mark.parametrize(
    ("first", "second", "due"),
    [
        (
            "（市司法局、市财政局；2024年6月底前）",
            "（市政府办公室；2024年12月底前）",
            "2024年6月底前",
        ),
        (
            "（市司法局、市财政局，2024年6月底前完成）",
            "（市政府办公室，年底前完成）",
            "2024年6月底前完成",
        ),
        ("(市司法局、市财政局,持续推进)", "(市政府办公室,长期坚持)", "持续推进"),
        ("【市司法局、市财政局】", "【市政府办公室】", None),
        ("〔市司法局、市财政局；6月底前〕", "〔市政府办公室；年底前〕", "6月底前"),
    ],
)
def test_a_bracket_of_names_alone_names_the_units_with_the_time_after_them(
    first: str, second: str, due: str | None
):
    plan = rulegov.parse_plan(
        HEAD
        + f"1.深化行政执法体制改革，全面推行行政执法三项制度。{first}\n"
        + f"2.推进政务公开，完善政府信息公开制度。{second}\n"
    )
    assert [task.responsible_units for task in plan.tasks] == [
        ["市司法局", "市财政局"],
        ["市政府办公室"],
    ]
    timeframe = plan.tasks[0].timeframe
    assert (timeframe.text if timeframe else None) == due


GLUED = "序号工作任务牵头单位配合单位完成时限\n"


@pytest.mark.parametrize(
    "rows",
    [
        (
            "1  深化行政执法体制改革  市司法局  市财政局、市人社局  2024年6月\n"
            "2  推进政务公开  市政府办公室  市大数据中心  2024年12月\n"
        ),
        (
            "1\t深化行政执法体制改革\t市司法局\t市财政局、市人社局\t2024年6月\n"
            "2\t推进政务公开\t市政府办公室\t市大数据中心\t2024年12月\n"
        ),
        (
            "1 深化行政执法体制改革 市司法局 市财政局、市人社局 2024年6月\n"
            "2 推进政务公开 市政府办公室 市大数据中心 2024年12月\n"
        ),
        (
            "|1|深化行政执法体制改革|市司法局|市财政局、市人社局|2024年6月|\n"
            "|2|推进政务公开|市政府办公室|市大数据中心|2024年12月|\n"
        ),
    ],
    ids=["runs-of-spaces", "tabs", "single-spaces", "pipes"],
)
def test_a_header_with_its_headings_glued_heads_the_rows_under_it(rows: str):
    plan = rulegov.parse_plan(HEAD + GLUED + rows)
    assert [(task.lead_units, task.cooperating_units) for task in plan.tasks] == [
        (["市司法局"], ["市财政局", "市人社局"]),
        (["市政府办公室"], ["市大数据中心"]),
    ]
    assert [task.timeframe.text for task in plan.tasks if task.timeframe] == [
        "2024年6月",
        "2024年12月",
    ]


def test_a_line_of_glued_words_over_no_row_is_no_header():
    plan = rulegov.parse_plan(HEAD + "1.深化行政执法体制改革。\n序号工作任务牵头单位\n" + SECOND)
    assert [task.title for task in plan.tasks] == ["深化行政执法体制改革", "推进政务公开"]
    assert "序号工作任务牵头单位" in plan.tasks[0].text


SINGLE = "序号 工作任务 牵头单位 配合单位 完成时限\n"
SINGLE_SECOND = "2 推进政务公开 市政府办公室 市大数据中心 2024年12月\n"


@pytest.mark.parametrize(
    "row",
    [
        "1 深化行政执法\n体制改革 市司法局 市财政局、市人社局 2024年6月\n",
        "1 深化行政执法体制改革\n市司法局 市财政局、市人社局 2024年6月\n",
        "1 深化行政执法体制改革 市司法局 市财政局、\n市人社局 2024年6月\n",
        "1 深化行政执法体制改革 市司法局 市财政局、 市人社局 2024年6月\n",
        "1 深化行政执法\n体制改革\n市司法局 市财政局、市人社局 2024年6月\n",
    ],
    ids=["task-broken", "after-the-task", "after-a-mark", "space-after-a-mark", "three-lines"],
)
def test_a_row_of_a_table_in_single_spaces_broken_over_lines_is_one_row(row: str):
    plan = rulegov.parse_plan(HEAD + SINGLE + row + SINGLE_SECOND)
    assert [(task.title, task.lead_units, task.cooperating_units) for task in plan.tasks] == [
        ("深化行政执法体制改革", ["市司法局"], ["市财政局", "市人社局"]),
        ("推进政务公开", ["市政府办公室"], ["市大数据中心"]),
    ]


@pytest.mark.parametrize(
    ("division", "lead", "responsible"),
    [
        ("（责任单位（部门）：市司法局、市财政局）", [], ["市司法局", "市财政局"]),
        ("（牵头单位（部门）：市司法局；责任单位（部门）：市财政局）", ["市司法局"], ["市财政局"]),
        ("\n牵头单位（处室）：市司法局\n责任单位(单位/部门)：市财政局", ["市司法局"], ["市财政局"]),
        ("（实施主体：市司法局、市财政局）", [], ["市司法局", "市财政局"]),
    ],
)
def test_a_label_that_restates_what_it_names_in_brackets_labels_the_units(
    division: str, lead: list[str], responsible: list[str]
):
    task = rulegov.parse_plan(HEAD + f"1.深化行政执法体制改革。{division}\n" + SECOND).tasks[0]
    assert (task.lead_units, task.responsible_units) == (lead, responsible)


@pytest.mark.parametrize(
    "header",
    [
        (
            "序号  工作任务              责任单位                    完成时限\n"
            "                            牵头单位      配合单位\n"
        ),
        (
            "序号  工作任务                  责任单位              完成时限\n"
            "                            牵头单位      配合单位\n"
        ),
    ],
    ids=["over-the-first", "centred"],
)
def test_a_header_in_two_rows_lined_up_with_spaces_splits_the_column_above(header: str):
    rows = (
        "1     深化行政执法体制改革  市司法局      市财政局      2024年6月\n"
        "2     推进政务公开          市政府办公室  市大数据中心  2024年12月\n"
    )
    plan = rulegov.parse_plan(HEAD + header + rows)
    assert [(task.lead_units, task.cooperating_units) for task in plan.tasks] == [
        (["市司法局"], ["市财政局"]),
        (["市政府办公室"], ["市大数据中心"]),
    ]
    assert [task.timeframe.text for task in plan.tasks if task.timeframe] == [
        "2024年6月",
        "2024年12月",
    ]


@pytest.mark.parametrize(
    ("division", "lead", "cooperating", "due"),
    [
        (
            "牵头单位 市司法局\n配合单位 市财政局、市人社局\n",
            ["市司法局"],
            ["市财政局", "市人社局"],
            None,
        ),
        (
            "牵头单位 市司法局 配合单位 市财政局、市人社局 完成时限 2024年6月\n",
            ["市司法局"],
            ["市财政局", "市人社局"],
            "2024年6月",
        ),
        ("牵头单位\u3000市司法局\n配合单位\u3000市财政局\n", ["市司法局"], ["市财政局"], None),
    ],
    ids=["lines", "one-line", "ideographic-space"],
)
def test_a_label_parted_from_its_units_by_a_space_labels_them(
    division: str, lead: list[str], cooperating: list[str], due: str | None
):
    task = rulegov.parse_plan(HEAD + "1.深化行政执法体制改革。\n" + division + SECOND).tasks[0]
    assert (task.lead_units, task.cooperating_units) == (lead, cooperating)
    assert (task.timeframe.text if task.timeframe else None) == due


def test_a_sentence_that_opens_with_a_label_s_words_names_no_units():
    task = rulegov.parse_plan(
        HEAD + "1.深化行政执法体制改革。\n责任单位 要加强领导，确保落实\n" + SECOND
    ).tasks[0]
    assert task.responsible_units == []


@pytest.mark.parametrize(
    ("task", "lead", "responsible", "cooperating"),
    [
        (
            "1.深化行政执法体制改革，全面推行三项制度。市司法局牵头，市财政局、市人\n社局配合。\n",
            ["市司法局"],
            [],
            ["市财政局", "市人社局"],
        ),
        (
            "1.深化行政执法体制改革，全面推行三项制度。由市司法局、市财\n政局负责。\n",
            [],
            ["市司法局", "市财政局"],
            [],
        ),
        (
            "1.深化行政执法体制改革，全面推行三项制度。市司法局\n牵头，市财政局配合。\n",
            ["市司法局"],
            [],
            ["市财政局"],
        ),
    ],
)
def test_a_sentence_of_units_and_roles_broken_at_a_line_end_names_them_whole(
    task: str, lead: list[str], responsible: list[str], cooperating: list[str]
):
    first = rulegov.parse_plan(HEAD + task + SECOND).tasks[0]
    assert (first.lead_units, first.responsible_units, first.cooperating_units) == (
        lead,
        responsible,
        cooperating,
    )


def test_a_person_s_field_above_a_division_stays_apart_from_it():
    task = rulegov.parse_plan(
        HEAD
        + "1.深化行政执法体制改革。\n分管领导：张三\n部门分工：市司法局牵头，市财政局配合。\n"
        + SECOND
    ).tasks[0]
    assert (task.lead_units, task.cooperating_units) == (["市司法局"], ["市财政局"])


@pytest.mark.parametrize("level", ["县", "区", "市"])
def test_a_short_task_under_a_whole_list_of_units_is_no_rest_of_it(level: str) -> None:
    # 成立法治督察局 ends as a name does, but the list above it ends with a whole name
    plan = rulegov.parse_plan(
        f"某{level}2024年法治政府建设任务分工\n推进严格规范公正文明执法。\n"
        f"责任单位：{level}财政局、{level}审计局\n成立法治督察局\n责任单位：{level}司法局\n"
        f"深化行政复议改革。\n责任单位：{level}司法局\n"
    )
    assert [t.title for t in plan.tasks] == [
        "推进严格规范公正文明执法",
        "成立法治督察局",
        "深化行政复议改革",
    ]
    assert [a.unit_name for a in plan.tasks[0].assignments] == [f"{level}财政局", f"{level}审计局"]


TASK = "1.深化行政执法体制改革，全面推行三项制度。"


def _roles(body: str) -> tuple[list[str], list[str], list[str]]:
    plan = rulegov.parse_plan(HEAD + body + SECOND)
    assert plan.tasks[1].responsible_units == ["区政府办"]
    task = plan.tasks[0]
    return task.lead_units, task.responsible_units, task.cooperating_units


# a unit named in its role by a sentence: 为 or 作为 and the role's label, after the text, in any
# bracket, on a line of its own, for a department as for a unit
NAMED_AS = [
    (TASK + "区司法局为牵头单位，区财政局为配合单位。\n", ["区司法局"], [], ["区财政局"]),
    (
        TASK + "（区司法局为牵头单位，区财政局、区审计局为配合单位）\n",
        ["区司法局"],
        [],
        ["区财政局", "区审计局"],
    ),
    (TASK + "\n区司法局为牵头单位，区财政局为配合单位。\n", ["区司法局"], [], ["区财政局"]),
    (TASK + "区司法局作为牵头单位，区财政局作为配合单位。\n", ["区司法局"], [], ["区财政局"]),
    (TASK + "〔区司法局为牵头部门，区财政局为配合部门〕\n", ["区司法局"], [], ["区财政局"]),
    (TASK + "【区司法局为牵头单位，区财政局为配合单位】\n", ["区司法局"], [], ["区财政局"]),
    (TASK + "区司法局为责任单位。\n", [], ["区司法局"], []),
]


@pytest.mark.parametrize(("body", "lead", "responsible", "cooperating"), NAMED_AS)
def test_a_unit_named_in_its_role_by_a_sentence_takes_that_role(
    body: str, lead: list[str], responsible: list[str], cooperating: list[str]
):
    assert _roles(body) == (lead, responsible, cooperating)


def test_a_remark_that_the_first_unit_leads_names_no_unit():
    body = TASK + "\n责任单位：区司法局、区财政局（第一责任单位为牵头单位，下同）\n"
    assert _roles(body) == ([], ["区司法局", "区财政局"], [])


@pytest.mark.parametrize(
    "body",
    [
        TASK + "（区司法局牵头，请区法院、区检察院配合）\n",
        TASK + "区司法局牵头，请区法院、区检察院配合。\n",
        TASK + "\n牵头单位：区司法局\n配合单位：请区法院、区检察院\n",
    ],
)
def test_the_word_that_asks_for_help_is_no_part_of_a_unit_s_name(body: str):
    assert _roles(body) == (["区司法局"], [], ["区法院", "区检察院"])


@pytest.mark.parametrize(
    ("body", "cooperating"),
    [
        (TASK + "（区司法局会同区财政局）\n", ["区财政局"]),
        (TASK + "〔区司法局会同区财政局〕\n", ["区财政局"]),
        (TASK + "（区司法局会同区财政局、区审计局等部门负责）\n", ["区财政局", "区审计局"]),
        (TASK + "区司法局会同区财政局负责。\n", ["区财政局"]),
    ],
)
def test_a_unit_working_together_with_others_leads_them(body: str, cooperating: list[str]):
    assert _roles(body) == (["区司法局"], [], cooperating)


@pytest.mark.parametrize(
    ("body", "lead", "responsible", "cooperating"),
    [
        (TASK + "（区司法局（牵头）、区财政局）\n", ["区司法局"], ["区财政局"], []),
        (
            TASK + "【区司法局（牵头）、区财政局、区审计局】\n",
            ["区司法局"],
            ["区财政局", "区审计局"],
            [],
        ),
        (TASK + "（区司法局（牵头）、区法院（配合））\n", ["区司法局"], [], ["区法院"]),
        (TASK + "（区司法局（主办）、区法院（协办））\n", ["区司法局"], [], ["区法院"]),
        (TASK + "（区司法局（牵头单位）、区法院（配合单位））\n", ["区司法局"], [], ["区法院"]),
        (TASK + "\n责任单位：区司法局（牵头）、区法院（配合）\n", ["区司法局"], [], ["区法院"]),
    ],
)
def test_a_role_in_brackets_after_each_name_gives_that_name_its_role(
    body: str, lead: list[str], responsible: list[str], cooperating: list[str]
):
    # the plan names its other units with role words: the bracket is no bracket of names alone
    assert _roles(body) == (lead, responsible, cooperating)


@pytest.mark.parametrize(
    ("item", "responsible"),
    [
        ("1.【区司法局】深化行政执法体制改革，全面推行三项制度。\n", ["区司法局"]),
        ("1.〔区司法局〕深化行政执法体制改革，全面推行三项制度。\n", ["区司法局"]),
        ("1.（区司法局）深化行政执法体制改革，全面推行三项制度。\n", ["区司法局"]),
        (
            "1.【区司法局、区财政局】深化行政执法体制改革，全面推行三项制度。\n",
            ["区司法局", "区财政局"],
        ),
        (
            "1.【区司法局、各镇（街道）】深化行政执法体制改革，全面推行三项制度。\n",
            ["区司法局", "各镇（街道）"],
        ),
    ],
)
def test_names_in_a_bracket_before_an_item_s_text_are_its_units(item: str, responsible: list[str]):
    plan = rulegov.parse_plan(HEAD + item + SECOND)
    assert plan.tasks[0].responsible_units == responsible
    assert plan.tasks[0].title == "深化行政执法体制改革，全面推行三项制度"


@pytest.mark.parametrize(
    ("body", "lead", "responsible", "cooperating", "deadline"),
    [
        (TASK + "\n责任单位：区司法局于6月底前完成\n", [], ["区司法局"], [], "6月底前完成"),
        (TASK + "（区司法局于6月底前完成）\n", [], ["区司法局"], [], "6月底前完成"),
        (
            TASK + "\n牵头单位：区司法局于2024年6月底前完成\n",
            ["区司法局"],
            [],
            [],
            "2024年6月底前完成",
        ),
        (
            TASK + "（牵头单位：区司法局，区财政局于年底前完成）\n",
            ["区司法局", "区财政局"],
            [],
            [],
            "年底前完成",
        ),
        (
            TASK + "（区司法局、区财政局于2024年6月底前完成）\n",
            [],
            ["区司法局", "区财政局"],
            [],
            "2024年6月底前完成",
        ),
    ],
)
def test_a_time_glued_to_a_unit_s_name_is_the_task_s_time(
    body: str, lead: list[str], responsible: list[str], cooperating: list[str], deadline: str
):
    assert _roles(body) == (lead, responsible, cooperating)
    task = rulegov.parse_plan(HEAD + body + SECOND).tasks[0]
    assert deadline in str(task.timeframe)


@pytest.mark.parametrize("others", ["有关部门", "相关单位"])
def test_a_unit_working_with_others_it_does_not_name_answers_for_the_work(others: str):
    assert _roles(TASK + f"（区司法局会同{others}负责）\n") == ([], ["区司法局"], [])


@pytest.mark.parametrize(
    "body",
    [
        TASK + "\n责任单位：区司法局，各单位主要负责人\n",
        TASK + "\n责任单位：区司法局、分管副区长\n",
        TASK + "\n责任单位：分管副区长、区司法局\n",
        TASK + "\n责任单位：区司法局、第一责任人\n",
        TASK + "（责任单位：区司法局、区政府办主任）\n",
    ],
)
def test_people_in_a_list_of_units_are_no_units(body: str):
    assert _roles(body) == ([], ["区司法局"], [])


@pytest.mark.parametrize(
    ("body", "lead", "responsible"),
    [
        (TASK + "\n责任单位：区司法局（责任人：张三）\n", [], ["区司法局"]),
        (TASK + "\n牵头单位：区司法局（分管领导：李四）\n", ["区司法局"], []),
    ],
)
def test_a_person_s_field_in_brackets_after_a_name_leaves_the_name_whole(
    body: str, lead: list[str], responsible: list[str]
):
    assert _roles(body) == (lead, responsible, [])


MERGED_HEADER = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
MERGED_ROWS = [
    ["1", "深化行政执法体制改革", "全面推行行政执法三项制度", "区司法局", "区财政局", "6月底前"],
    ["2", "深化行政执法体制改革", "开展行政执法案卷评查", "区法院", "区检察院", "9月底前"],
    ["3", "深化行政执法体制改革", "加强行政执法人员培训", "区人社局", "区教育局", "年底前"],
    ["4", "推进政务公开", "完善政务公开目录", "区政府办", "区大数据局", "年底前"],
]
MERGED_TITLES = [
    "全面推行行政执法三项制度",
    "开展行政执法案卷评查",
    "加强行政执法人员培训",
    "推进政务公开",
]


def _merged_page(measures_header: str) -> str:
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td rowspan='3'>{cell}</td>" if row == 0 and column == 1 else f"<td>{cell}</td>"
            for column, cell in enumerate(cells)
            if not (row in (1, 2) and column == 1)
        )
        + "</tr>"
        for row, cells in enumerate(MERGED_ROWS)
    )
    header = "".join(
        f"<td>{measures_header if cell == '具体措施' else cell}</td>" for cell in MERGED_HEADER
    )
    return (
        '<html><head><meta charset="utf-8"></head><body><div class="article">'
        f"<h1>某区2024年法治政府建设任务分工方案</h1><table border='1'><tr>{header}</tr>"
        f"{rows}</table></div></body></html>"
    )


@pytest.mark.parametrize("measures_header", ["具体措施", "工作措施"])
def test_numbered_rows_under_a_merged_task_cell_of_a_web_page_are_their_own_tasks(
    tmp_path, measures_header: str
):
    pytest.importorskip("selectolax")
    page = tmp_path / "分工.html"
    page.write_text(_merged_page(measures_header), encoding="utf-8")
    plan = rulegov.read_plan(page)
    assert [t.title for t in plan.tasks] == MERGED_TITLES
    assert [(t.lead_units, t.cooperating_units) for t in plan.tasks[:3]] == [
        (["区司法局"], ["区财政局"]),
        (["区法院"], ["区检察院"]),
        (["区人社局"], ["区教育局"]),
    ]
    assert "深化行政执法体制改革" in plan.tasks[1].text


def test_numbered_rows_under_a_task_cell_repeated_as_a_word_reader_gives_it_are_their_own():
    plan = read_task_rows([MERGED_HEADER, *MERGED_ROWS], title="2024年任务分工表")
    assert [t.title for t in plan.tasks] == MERGED_TITLES
    assert [t.lead_units for t in plan.tasks] == [
        ["区司法局"],
        ["区法院"],
        ["区人社局"],
        ["区政府办"],
    ]


@pytest.mark.parametrize(
    ("body", "lead", "responsible", "cooperating"),
    [
        (
            (
                "1.启动东延工程，2020年启动。（区公路局（牵头）、各镇（配合））。实施闭合建设工程。"
                "（区住建局（牵头））\n"
            ),
            ["区住建局", "区公路局"],
            [],
            ["各镇"],
        ),
        (
            "1.完善权责清单制度。〔各县（市）交通运输局（负责）、局直各单位（负责）、政策法规科（负责）〕\n",
            [],
            ["各县（市）交通运输局", "局直各单位", "政策法规科"],
            [],
        ),
        ("1.完善权责清单制度（区司法局（牵头）、区法院（配合））\n", ["区司法局"], [], ["区法院"]),
        (
            "1.完善权责清单制度。（区司法局（牵头），区法院、区检察院（配合））\n",
            ["区司法局"],
            [],
            ["区法院", "区检察院"],
        ),
        (
            "1.完善权责清单制度。（区司法局（牵头）、各镇（街道））\n",
            ["区司法局"],
            ["各镇（街道）"],
            [],
        ),
    ],
)
def test_roles_in_brackets_after_names_read_wherever_the_bracket_stands(
    body: str, lead: list[str], responsible: list[str], cooperating: list[str]
):
    assert _roles(body) == (lead, responsible, cooperating)


@pytest.mark.parametrize(
    ("body", "responsible"),
    [
        (TASK + "\n责任单位：区发改、财政、人社局\n", ["区发改、财政、人社局"]),
        (TASK + "（区发改、财政、人社局按职责分工负责）\n", ["区发改、财政、人社局"]),
        (TASK + "\n责任单位：区司法局、区发改、财政局\n", ["区司法局", "区发改、财政局"]),
        (
            TASK + "\n责任单位：区教育、卫健部门，各镇（街道）\n",
            ["区教育、卫健部门", "各镇（街道）"],
        ),
        (TASK + "\n责任单位：区财政局、区人社局\n", ["区财政局", "区人社局"]),
    ],
)
def test_departments_that_share_the_word_after_the_last_are_one_unit(
    body: str, responsible: list[str]
):
    assert _roles(body) == ([], responsible, [])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("区司法局：", "区财政局："),
        ("【区司法局】", "【区财政局】"),
        ("〔区司法局〕", "〔区财政局〕"),
        ("区司法局:", "区财政局:"),
    ],
)
def test_a_line_of_a_unit_s_name_over_numbered_items_gives_them_that_unit(first: str, second: str):
    plan = rulegov.parse_plan(
        "某区2024年法治建设责任清单\n\n一、重点任务\n"
        f"{first}\n1.深化行政执法体制改革。\n2.推进政务公开。\n"
        f"{second}\n3.加强预算管理。\n4.推进财政公开。\n牵头单位：区审计局\n"
        "二、组织保障\n5.加强组织领导。\n"
    )
    assert [(t.number, t.responsible_units, t.lead_units) for t in plan.tasks] == [
        ("1", ["区司法局"], []),
        ("2", ["区司法局"], []),
        ("3", ["区财政局"], []),
        ("4", [], ["区审计局"]),  # an item that names its own units keeps them
        ("5", [], []),  # the next part closes the block
    ]
    assert "区财政局" not in plan.tasks[1].text


def test_a_line_of_several_units_names_over_items_with_sub_items_gives_each_the_units():
    plan = rulegov.parse_plan(
        "某区2024年法治建设责任清单\n\n一、重点任务\n区司法局、区法院：\n"
        "（一）深化行政执法体制改革\n1.推行三项制度。\n2.开展案卷评查。\n（二）推进政务公开\n"
    )
    assert [t.responsible_units for t in plan.tasks] == [["区司法局", "区法院"]] * 3


def test_a_line_of_names_before_text_is_no_block_of_items():
    plan = rulegov.parse_plan(
        "某区2024年法治建设工作要点\n\n一、重点任务\n1.深化行政执法体制改革。\n"
        "各镇（街道）、区直各部门：\n要高度重视，认真落实。\n2.推进政务公开。\n"
    )
    assert [t.responsible_units for t in plan.tasks] == [[], []]


@pytest.mark.parametrize(
    "body",
    [
        "区司法局：1.深化行政执法体制改革。2.推进政务公开。\n区财政局：3.加强预算管理。\n",
        "区司法局：\n1.深化行政执法体制改革。\n2.推进政务公开。\n区财政局：3.加强预算管理。\n",
        "区司法局：（1）深化行政执法体制改革。（2）推进政务公开。\n区财政局：（3）加强预算管理。\n",
    ],
)
def test_a_unit_s_name_before_the_items_run_on_after_its_colon_heads_them(body: str):
    plan = rulegov.parse_plan("某区2024年法治建设责任清单\n\n一、重点任务\n" + body)
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [
        ("深化行政执法体制改革", ["区司法局"]),
        ("推进政务公开", ["区司法局"]),
        ("加强预算管理", ["区财政局"]),
    ]


@pytest.mark.parametrize(
    ("body", "lead", "responsible", "cooperating"),
    [
        (
            TASK + "\n责任单位：区司法局（牵头）；区财政局、区审计局（配合）\n",
            ["区司法局"],
            [],
            ["区财政局", "区审计局"],
        ),
        (
            TASK + "（区司法局（牵头）；区财政局、区审计局（配合））\n",
            ["区司法局"],
            [],
            ["区财政局", "区审计局"],
        ),
        (
            TASK + "\n责任单位：区财政局、区司法局（牵头）、区审计局\n",
            ["区司法局"],
            ["区财政局", "区审计局"],
            [],
        ),
        (TASK + "（区财政局、区司法局（牵头））\n", ["区司法局"], ["区财政局"], []),
    ],
)
def test_a_role_after_the_last_name_of_a_later_part_is_each_name_s(
    body: str, lead: list[str], responsible: list[str], cooperating: list[str]
):
    # in the first part, a role after one name marks that name alone: the lead among them
    assert _roles(body) == (lead, responsible, cooperating)
