"""A division of work is read into its tasks and units in the layouts offices print it in."""

from __future__ import annotations

import unicodedata

import pytest

import rulegov
from growth import LINEAR, growth

TITLE = "某区2024年法治政府建设重点任务分工表\n"
MEASURES = [
    ("加强行政执法监督，完善执法监督工作机制", "区司法局", "2024年6月底前"),
    ("深化行政复议体制改革，提高办案质量", "区政府办公室", "2024年9月底前"),
    ("推进政务诚信建设，健全失信惩戒机制", "区发展改革局", "2024年12月底前"),
    ("规范重大行政决策程序，落实合法性审查", "区财政局", "长期坚持"),
]
GROUPS = ["（一）深入推进依法行政", "", "（二）强化权力制约监督", ""]
PLAIN_GROUPS = ["深入推进依法行政", "", "强化权力制约监督", ""]
HEADER = ["重点任务", "具体举措", "牵头单位", "配合单位", "完成时限"]


def _rows(groups: list[str], *, numbered: bool, repeated: bool = False) -> list[list[str]]:
    rows = [(["序号"] if numbered else []) + HEADER]
    group = ""
    for index, ((measure, lead, due), cell) in enumerate(zip(MEASURES, groups, strict=True)):
        group = cell or group
        printed = group if repeated else cell
        rows.append(
            ([str(index + 1)] if numbered else []) + [printed, measure, lead, "区司法局", due]
        )
    return rows


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _printed(rows: list[list[str]], form: str) -> str:
    if form == "tabs":
        lines = ["\t".join(row) for row in rows]
    elif form == "pipes":
        lines = ["|" + "|".join(row) + "|" for row in rows]
    elif form == "runs of spaces":  # a copy that drops the empty cell and lines up nothing
        lines = ["  ".join(cell for cell in row if cell) for row in rows]
    elif form == "full-width spaces":
        lines = ["\u3000\u3000".join(cell for cell in row if cell) for row in rows]
    elif form == "lined up":
        widths = [max(_width(row[i]) for row in rows) + 2 for i in range(len(rows[0]))]
        lines = [
            "".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)).rstrip()
            for row in rows
        ]
    else:  # one cell a line, an empty cell printed not at all
        lines = [cell for row in rows for cell in row if cell]
    return TITLE + "\n".join(lines) + "\n"


def _assert_each_measure_is_a_task(plan: rulegov.Plan) -> None:
    assert [task.title for task in plan.tasks] == [measure for measure, _, _ in MEASURES]
    assert [task.lead_units for task in plan.tasks] == [[lead] for _, lead, _ in MEASURES]
    assert [task.cooperating_units for task in plan.tasks] == [["区司法局"]] * len(MEASURES)


@pytest.mark.parametrize("form", ["tabs", "pipes", "lined up", "one cell a line"])
def test_a_two_level_table_without_numbers_gives_a_task_a_measure(form: str) -> None:
    plan = rulegov.parse_plan(_printed(_rows(GROUPS, numbered=False), form))
    _assert_each_measure_is_a_task(plan)


@pytest.mark.parametrize("form", ["tabs", "pipes"])
def test_a_two_level_table_with_its_merged_cell_repeated_gives_a_task_a_measure(
    form: str,
) -> None:
    plan = rulegov.parse_plan(_printed(_rows(GROUPS, numbered=False, repeated=True), form))
    _assert_each_measure_is_a_task(plan)


@pytest.mark.parametrize("form", ["tabs", "pipes"])
def test_a_task_cell_without_a_number_merged_over_rows_is_their_task(form: str) -> None:
    plan = rulegov.parse_plan(_printed(_rows(PLAIN_GROUPS, numbered=False), form))
    assert [task.title for task in plan.tasks] == ["深入推进依法行政", "强化权力制约监督"]
    assert [task.lead_units for task in plan.tasks] == [
        ["区司法局", "区政府办公室"],
        ["区发展改革局", "区财政局"],
    ]


@pytest.mark.parametrize("form", ["runs of spaces", "full-width spaces"])
@pytest.mark.parametrize("numbered", [True, False], ids=["序号", "no 序号"])
def test_a_two_level_table_that_drops_its_merged_cell_gives_a_task_a_measure(
    form: str, numbered: bool
) -> None:
    plan = rulegov.parse_plan(_printed(_rows(GROUPS, numbered=numbered), form))
    _assert_each_measure_is_a_task(plan)


def test_the_numbered_group_of_a_two_level_table_is_the_section_of_its_measures() -> None:
    plan = rulegov.parse_plan(_printed(_rows(GROUPS, numbered=False), "tabs"))
    assert [(s.number, s.title) for s in plan.sections] == [
        ("（一）", "深入推进依法行政"),
        ("（二）", "强化权力制约监督"),
    ]
    assert [len(s.tasks) for s in plan.sections] == [2, 2]


def test_a_task_merged_over_rows_with_its_units_merged_too_stays_one_task() -> None:
    rows = [
        HEADER,
        ["推进依法行政", "加强行政执法监督。", "区司法局", "区城管局", "2024年6月底前"],
        ["", "深化行政复议体制改革。", "", "", ""],
    ]
    plan = rulegov.parse_plan(_printed(rows, "tabs"))
    [task] = plan.tasks
    assert task.title == "推进依法行政"
    assert task.lead_units == ["区司法局"]
    assert [m.text for m in task.measures] == ["加强行政执法监督", "深化行政复议体制改革"]


def test_a_row_short_of_its_deadline_keeps_its_task_cell() -> None:
    rows = [
        ["序号", *HEADER],
        ["1", "深入推进依法行政", "加强行政执法监督", "区司法局", "区城管局", "2024年6月底前"],
        ["2", "强化权力制约监督", "推进政务诚信建设", "区发展改革局", "区财政局"],
    ]
    plan = rulegov.parse_plan(_printed(rows, "runs of spaces"))
    assert [task.lead_units for task in plan.tasks] == [["区司法局"], ["区发展改革局"]]
    assert [task.cooperating_units for task in plan.tasks] == [["区城管局"], ["区财政局"]]


PLAN_TITLE = "某区2024年法治政府建设工作要点\n"
PARTS_ABOVE = (
    "为深入贯彻落实全面依法治国的决策部署，结合我区实际，制定本要点。\n"
    "一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。\n"
    "二、重点任务\n"
)
PARTS_BELOW = "三、保障措施\n各单位要高度重视，加强组织领导，认真抓好落实。\n"
WORK = [
    ("加强行政执法监督", "区司法局"),
    ("深化行政复议体制改革", "区政府办公室"),
    ("推进政务诚信建设", "区发展改革局"),
]
BULLETS = ["●", "◆", "■", "▲", "·", "- ", "➢ ", "❖", "Ø ", "√", "\uf0b7 ", "\uf0d8"]


@pytest.mark.parametrize("bullet", BULLETS)
@pytest.mark.parametrize(
    "units", ["（责任单位：{unit}）", "\n牵头单位：{unit}"], ids=["bracket", "line"]
)
def test_bulleted_tasks_under_a_numbered_part_are_its_tasks(bullet: str, units: str) -> None:
    tasks = "".join(
        f"{bullet}{work}。进一步完善工作机制，提高工作水平。{units.format(unit=unit)}\n"
        for work, unit in WORK
    )
    plan = rulegov.parse_plan(PLAN_TITLE + PARTS_ABOVE + tasks + PARTS_BELOW)
    assert [section.title for section in plan.sections] == ["总体要求", "重点任务", "保障措施"]
    assert [task.title for task in plan.sections[1].tasks] == [work for work, _ in WORK]
    assert [task.assignments[0].unit_name for task in plan.tasks] == [u for _, u in WORK]


@pytest.mark.parametrize("bullet", ["➢ ", "❖", "Ø ", "\uf0b7 "])
def test_tasks_bulleted_as_a_word_list_copies_are_titled_without_their_bullet(
    bullet: str,
) -> None:
    tasks = "".join(f"{bullet}{work}。\n责任单位：{unit}\n" for work, unit in WORK)
    plan = rulegov.parse_plan(PLAN_TITLE + tasks)
    assert [task.title for task in plan.tasks] == [work for work, _ in WORK]


NOTICE = (
    "某区人民政府办公室关于印发某区2024年法治政府建设工作要点的通知\n"
    "各镇人民政府、街道办事处，区政府各部门：\n"
    "现将《某区2024年法治政府建设工作要点》印发给你们，请结合实际认真贯彻落实。\n"
    "附件：1.某区2024年法治政府建设工作要点\n"
    "2.某区2024年法治政府建设重点任务分工表\n"
    "某区人民政府办公室\n"
    "2024年3月1日\n"
)
AIMS = (
    "附件1\n某区2024年法治政府建设工作要点\n"
    "一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。\n"
)
WORK_PART = "二、工作措施\n各单位要对照重点任务分工表，逐项抓好落实。\n"
ANNEX = "附件2\n某区2024年法治政府建设重点任务分工表\n"
ANNEX_ROWS = [["序号", "工作任务", "责任单位", "完成时限"]] + [
    [str(index + 1), measure.split("，")[0], lead, due]
    for index, (measure, lead, due) in enumerate(MEASURES)
]


def _annex_table(form: str) -> str:
    return _printed(ANNEX_ROWS, form).removeprefix(TITLE)


@pytest.mark.parametrize("form", ["tabs", "pipes", "lined up", "one cell a line"])
@pytest.mark.parametrize("parts", [WORK_PART, ""], ids=["aims and measures", "aims only"])
def test_an_annexed_task_table_after_a_plan_of_aims_gives_the_tasks(form: str, parts: str) -> None:
    plan = rulegov.parse_plan(NOTICE + AIMS + parts + ANNEX + _annex_table(form))
    assert [task.title for task in plan.tasks] == [m.split("，")[0] for m, _, _ in MEASURES]
    assert [task.responsible_units for task in plan.tasks] == [[u] for _, u, _ in MEASURES]
    assert plan.issuer == "某区人民政府办公室"


def test_an_annexed_task_table_beside_the_plans_own_tasks_gives_them_their_units() -> None:
    tasks = "二、重点任务\n" + "".join(
        f"（{'一二三四'[index]}）{measure.split('，')[0]}。完善工作机制。\n"
        for index, (measure, _, _) in enumerate(MEASURES)
    )
    plan = rulegov.parse_plan(NOTICE + AIMS + tasks + ANNEX + _annex_table("tabs"))
    assert [task.number for task in plan.tasks] == ["（一）", "（二）", "（三）", "（四）"]
    assert [task.responsible_units for task in plan.tasks] == [[u] for _, u, _ in MEASURES]


@pytest.mark.parametrize("colon", ["：", ":"])
@pytest.mark.parametrize("item", ["{n}.", "（{c}）", "{n}、"])
def test_items_listed_under_a_line_of_units_are_theirs(colon: str, item: str) -> None:
    def items(titles: list[str]) -> str:
        return "".join(
            item.format(n=index + 1, c="一二三"[index]) + f"{title}。\n"
            for index, title in enumerate(titles)
        )

    text = (
        PLAN_TITLE
        + "一、重点任务\n"
        + f"区司法局{colon}\n"
        + items(["加强行政执法监督", "深化行政复议体制改革"])
        + f"区财政局、区审计局{colon}\n"
        + items(["规范财政预算管理", "做好审计监督"])
        + "二、保障措施\n"
        + items(["加强组织领导"])
    )
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == [
        "加强行政执法监督",
        "深化行政复议体制改革",
        "规范财政预算管理",
        "做好审计监督",
        "加强组织领导",
    ]
    assert [task.responsible_units for task in plan.tasks] == [
        ["区司法局"],
        ["区司法局"],
        ["区财政局", "区审计局"],
        ["区财政局", "区审计局"],
        [],
    ]


def test_an_item_under_a_line_of_units_keeps_the_units_it_names() -> None:
    text = (
        PLAN_TITLE
        + "一、重点任务\n区司法局：\n"
        + "1.加强行政执法监督。\n2.深化行政复议体制改革。（牵头单位：区政府办公室）\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.responsible_units for task in plan.tasks] == [["区司法局"], []]
    assert plan.tasks[1].lead_units == ["区政府办公室"]


def test_a_line_of_units_over_prose_heads_no_items() -> None:
    text = PLAN_TITLE + "一、重点任务\n1.加强行政执法监督。\n区司法局：\n全年持续推进。\n"
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == ["加强行政执法监督"]


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("部门", "responsible"),
        ("责任单位及责任人", "responsible"),
        ("牵头部门和联系人", "lead"),
        ("责任部门/负责人", "responsible"),
    ],
)
@pytest.mark.parametrize("form", ["tabs", "pipes", "one cell a line"])
def test_a_units_column_headed_in_other_words_gives_the_units(
    heading: str, role: str, form: str
) -> None:
    rows = [["序号", "工作任务", heading, "完成时限"]] + [
        [str(index + 1), measure.split("，")[0], lead, due]
        for index, (measure, lead, due) in enumerate(MEASURES)
    ]
    plan = rulegov.parse_plan(_printed(rows, form))
    assert [[(a.unit_name, a.role.value) for a in task.assignments] for task in plan.tasks] == [
        [(lead, role)] for _, lead, _ in MEASURES
    ]


@pytest.mark.parametrize(
    "label", ["任务{n}：", "任务{c}：", "【任务{c}】", "（任务{c}）", "重点任务{c}：", "第{c}项 "]
)
@pytest.mark.parametrize(
    "units", ["（责任单位：{unit}）", "\n责任单位：{unit}"], ids=["bracket", "line"]
)
def test_tasks_labelled_with_their_count_are_titled_by_their_words(label: str, units: str) -> None:
    tasks = "".join(
        label.format(n=index + 1, c="一二三"[index])
        + f"{work}。进一步完善工作机制。{units.format(unit=unit)}\n"
        for index, (work, unit) in enumerate(WORK)
    )
    plan = rulegov.parse_plan(PLAN_TITLE + PARTS_ABOVE + tasks + PARTS_BELOW)
    assert [task.title for task in plan.tasks] == [work for work, _ in WORK]
    assert [task.responsible_units for task in plan.tasks] == [[unit] for _, unit in WORK]


def test_a_task_opening_with_words_like_a_label_keeps_them() -> None:
    tasks = "".join(f"任务十分繁重，{work}。（责任单位：{unit}）\n" for work, unit in WORK)
    plan = rulegov.parse_plan(PLAN_TITLE + tasks)
    assert [task.title[:6] for task in plan.tasks] == ["任务十分繁重"] * len(WORK)


@pytest.mark.parametrize("marks", [("一", "二"), ("（一）", "（二）"), ("一、", "二、")])
@pytest.mark.parametrize("form", ["tabs", "pipes", "runs of spaces", "lined up"])
def test_groups_numbered_in_the_number_column_head_the_tasks_under_them(
    marks: tuple[str, str], form: str
) -> None:
    rows = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        [marks[0], "深入推进依法行政", "", ""],
        ["1", "加强行政执法监督", "区司法局", "2024年6月底前"],
        ["2", "深化行政复议体制改革", "区政府办公室", "2024年9月底前"],
        [marks[1], "强化权力制约监督", "", ""],
        ["3", "推进政务诚信建设", "区发展改革局", "2024年12月底前"],
    ]
    plan = rulegov.parse_plan(_printed(rows, form))
    assert [(s.title, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("深入推进依法行政", ["加强行政执法监督", "深化行政复议体制改革"]),
        ("强化权力制约监督", ["推进政务诚信建设"]),
    ]
    assert [task.responsible_units for task in plan.tasks] == [
        ["区司法局"],
        ["区政府办公室"],
        ["区发展改革局"],
    ]


def test_tasks_numbered_in_chinese_numerals_with_their_units_stay_tasks() -> None:
    rows = [
        ["序号", "工作任务", "责任单位"],
        ["一", "加强行政执法监督", "区司法局"],
        ["二", "深化行政复议体制改革", "区政府办公室"],
    ]
    plan = rulegov.parse_plan(_printed(rows, "tabs"))
    assert [task.title for task in plan.tasks] == ["加强行政执法监督", "深化行政复议体制改革"]
    assert plan.sections == []


@pytest.mark.parametrize("number", ["{n}.", "{n}、", "（{c}）"])
@pytest.mark.parametrize(
    "units", ["（责任单位：{unit}）", "(牵头单位:{unit};配合单位:区财政局)"], ids=["（）", "()"]
)
def test_tasks_run_together_on_one_line_part_after_their_units_bracket(
    number: str, units: str
) -> None:
    tasks = "".join(
        number.format(n=index + 1, c="一二三"[index])
        + f"{work}。进一步完善工作机制。{units.format(unit=unit)}"
        for index, (work, unit) in enumerate(WORK)
    )
    text = PLAN_TITLE + (PARTS_ABOVE + tasks + PARTS_BELOW).replace("\n", "") + "\n"
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == [work for work, _ in WORK]
    assert [task.assignments[0].unit_name for task in plan.tasks] == [u for _, u in WORK]


def test_reading_tasks_run_together_after_their_brackets_is_linear() -> None:
    def parse(n: int) -> None:
        tasks = "".join(
            f"{index + 1}.{WORK[0][0]}。（责任单位：{WORK[0][1]}）" for index in range(n)
        )
        rulegov.parse_plan(PLAN_TITLE + "一、重点任务" + tasks + "\n")

    assert growth(parse, 20) < LINEAR
