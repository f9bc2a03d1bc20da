"""A division of work is read into its tasks and their units however its tasks are printed."""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth

TITLE = "某区2024年法治政府建设工作任务分工方案\n"
NOTICE = (
    "某区司法局关于印发《某区2024年法治政府建设工作任务分工方案》的通知\n"
    "各街道办事处，区政府各部门：\n"
    "现将《某区2024年法治政府建设工作任务分工方案》印发给你们，请认真贯彻落实。\n"
    "某区司法局\n"
    "2024年3月1日\n"
)
TASKS = [
    ("推进严格规范公正文明执法", "区司法局", "区城管局"),
    ("深化行政复议体制改革", "区司法局", "区政府办公室"),
    ("加强行政规范性文件合法性审核", "区财政局", "区审计局"),
    ("推进政务诚信建设", "区发展改革委", "区市场监管局"),
]


def _paragraphs(lead: str, cooperate: str | None) -> str:
    out = []
    for task, first, second in TASKS:
        out.append(f"{task}，进一步提高工作水平。")
        out.append(f"{lead}{first}")
        if cooperate is not None:
            out.append(f"{cooperate}{second}")
    return "\n".join(out) + "\n"


ORDINALS = "一二三四"

PRINTINGS = {
    "paragraph, lead and cooperating lines": TITLE + _paragraphs("牵头单位：", "配合单位："),
    "paragraph, responsible line": TITLE + _paragraphs("责任单位：", None),
    "paragraph under the notice": NOTICE + TITLE + _paragraphs("责任单位：", None),
    "heading sentence, units below": TITLE
    + "\n".join(f"{t}。\n责任单位：{a}、{b}" for t, a, b in TASKS),
    "heading sentence, text and units below": TITLE
    + "\n".join(f"{t}。\n全面落实有关制度，确保取得实效。\n牵头单位：{a}" for t, a, _ in TASKS),
    "第一，": TITLE
    + "\n".join(f"第{ORDINALS[i]}，{t}。\n牵头单位：{a}" for i, (t, a, _) in enumerate(TASKS)),
    "一是": TITLE
    + "\n".join(f"{ORDINALS[i]}是{t}。\n责任单位：{a}" for i, (t, a, _) in enumerate(TASKS)),
    "【责任单位】 at the end": TITLE + "\n".join(f"{t}。【责任单位】{a}、{b}" for t, a, b in TASKS),
    "units in a bracket at the end": TITLE
    + "\n".join(f"{t}。（牵头单位：{a}；配合单位：{b}）" for t, a, b in TASKS),
    "units after a dash": TITLE + "\n".join(f"{t}。——{a}、{b}" for t, a, b in TASKS),
    "units, then a colon": TITLE + "\n".join(f"{a}：{t}，年底前完成。" for t, a, _ in TASKS),
    "units, then 负责": NOTICE
    + TITLE
    + "\n".join(f"{a}负责{t}，年底前完成。" for t, a, _ in TASKS),
}


@pytest.mark.parametrize("printing", list(PRINTINGS))
def test_unnumbered_tasks_are_read_with_their_units(printing: str):
    plan = rulegov.parse_plan(PRINTINGS[printing])
    assert len(plan.tasks) == len(TASKS)
    for task, (words, first, _) in zip(plan.tasks, TASKS, strict=True):
        assert task.title.startswith(words) or words in task.title
        assert task.assignments[0].unit_name == first
    assert plan.title == TITLE.strip()
    assert not [d for d in plan.diagnostics if d.code == "no-tasks"]


def test_the_units_after_an_unnumbered_task_keep_their_roles():
    plan = rulegov.parse_plan(PRINTINGS["paragraph, lead and cooperating lines"])
    roles = [[(a.unit_name, a.role.value) for a in task.assignments] for task in plan.tasks]
    assert roles[0] == [("区司法局", "lead"), ("区城管局", "cooperating")]


def test_a_notice_above_unnumbered_tasks_keeps_its_head():
    plan = rulegov.parse_plan(PRINTINGS["paragraph under the notice"])
    assert plan.issuer == "某区司法局"
    assert plan.recipients == ["各街道办事处", "区政府各部门"]
    assert plan.tasks[0].title.startswith("推进严格规范公正文明执法")


def test_paragraphs_that_no_units_close_are_no_tasks():
    text = (
        TITLE
        + "为深入推进依法行政，制定本方案。\n"
        + _paragraphs("责任单位：", None)
        + "各单位要高度重视，认真抓好落实。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.title[:4] for task in plan.tasks] == [
        "推进严格",
        "深化行政",
        "加强行政",
        "推进政务",
    ]
    assert plan.preamble is not None
    assert "制定本方案" in plan.preamble


def test_one_labelled_line_under_prose_is_no_division_of_work():
    text = TITLE + "各单位要高度重视，认真抓好落实。\n责任单位：区司法局\n"
    plan = rulegov.parse_plan(text)
    assert plan.tasks == []


def test_reading_unnumbered_tasks_is_linear():
    def parse(n: int) -> None:
        rulegov.parse_plan(TITLE + _paragraphs("责任单位：", None) * n)

    assert growth(parse, 20) < LINEAR


ROWS = [
    ("1", "推进严格规范公正文明执法", "区司法局", "区城管局", "2024年12月底前"),
    ("2", "深化行政复议体制改革", "区司法局", "区政府办公室", "2024年6月底前"),
    ("3", "加强行政规范性文件合法性审核", "区财政局", "区审计局", "长期坚持"),
]


def _rows(gap: str, *, numbered: bool = True) -> str:
    cells = [row if numbered else row[1:] for row in ROWS]
    return "\n".join(gap.join(row) for row in cells) + "\n"


HEADERLESS = {
    "tabs": TITLE + _rows("\t"),
    "runs of spaces": TITLE + _rows("    "),
    "tabs, no numbers": TITLE + _rows("\t", numbered=False),
    "runs of spaces under the notice": NOTICE + TITLE + _rows("   "),
}


@pytest.mark.parametrize("printing", list(HEADERLESS))
def test_a_task_table_printed_without_its_header_gives_its_tasks(printing: str):
    plan = rulegov.parse_plan(HEADERLESS[printing])
    assert [task.title for task in plan.tasks] == [row[1] for row in ROWS]
    assert [[a.unit_name for a in task.assignments] for task in plan.tasks] == [
        [row[2], row[3]] for row in ROWS
    ]
    assert plan.tasks[0].timeframe is not None
    assert plan.tasks[0].timeframe.end is not None
    assert plan.tasks[0].timeframe.end.month == 12


def test_a_two_column_label_row_is_no_headerless_task_table():
    plan = rulegov.parse_plan(TITLE + "来源\t某区人民政府办公室\n发布日期\t2024-03-01\n")
    assert plan.tasks == []


SHORT_HEADERS = {
    "short words, a cell a line": "序号\n任务\n牵头\n配合\n时限\n",
    "short words, tabs": "序号\t任务\t牵头\t配合\t时限\n",
    "进度安排, a cell a line": "序号\n具体工作\n牵头单位\n协办部门\n进度安排\n",
    "完成期限, tabs": "序号\t工作任务\t牵头单位\t配合单位\t完成期限\n",
}


@pytest.mark.parametrize("printing", list(SHORT_HEADERS))
def test_a_task_table_headed_in_other_words_gives_its_units(printing: str):
    gap = "\t" if "\t" in SHORT_HEADERS[printing] else "\n"
    plan = rulegov.parse_plan(TITLE + SHORT_HEADERS[printing] + _rows(gap))
    assert [[(a.unit_name, a.role.value) for a in task.assignments] for task in plan.tasks] == [
        [(row[2], "lead"), (row[3], "cooperating")] for row in ROWS
    ]
    assert plan.tasks[1].timeframe is not None


@pytest.mark.parametrize("dash", ["——", "。——"])
def test_a_list_of_work_and_units_parted_by_a_dash_gives_the_units(dash: str):
    text = TITLE + "\n".join(f"{task}{dash}{first}、{second}" for task, first, second in TASKS)
    plan = rulegov.parse_plan(text)
    assert [[a.unit_name for a in task.assignments] for task in plan.tasks] == [
        [first, second] for _, first, second in TASKS
    ]


@pytest.mark.parametrize("text", ["2023——2025年", "坚持依法行政——这是根本要求"])
def test_a_dash_before_words_that_are_no_units_names_none(text: str):
    plan = rulegov.parse_plan(TITLE + f"1.{text}。\n2.加强培训。\n")
    assert plan.tasks[0].assignments == []


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        (TITLE + "推进严格规范公正文明执法\n推进政务公开\n责任单位：区司法局\n", 4, 1),
        (TITLE + "加强行政执法人员培训\t区司法局\n", 2, 12),
        (TITLE + "全面推进依法行政。\n区司法局牵头，区法院配合。\n", 3, 1),
    ],
)
def test_units_named_where_no_task_is_read_are_pointed_at(text: str, line: int, column: int):
    plan = rulegov.parse_plan(text)
    assert plan.tasks == []
    found = [(d.line, d.column) for d in plan.diagnostics if d.code == "no-tasks"]
    assert found == [(line, column)]


@pytest.mark.parametrize(
    "header",
    [
        ["序号", "主要工作", "承办单位", "协办单位", "办结时限"],
        ["序号", "工作任务", "牵头单位", "协作单位", "推进时间"],
        ["序号", "重点任务", "牵头单位", "配合单位", "时间"],
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\t"])
def test_a_task_table_timed_and_shared_in_other_words_is_read(header: list[str], gap: str):
    plan = rulegov.parse_plan(TITLE + gap.join(header) + "\n" + _rows(gap))
    assert [len(task.assignments) for task in plan.tasks] == [2, 2, 2]
    assert plan.tasks[1].timeframe is not None
    assert plan.tasks[1].timeframe.text == "2024年6月底前"


def _stacked(*, header: list[str] | None = None, notice: bool = False) -> str:
    cells = [cell for row in ROWS for cell in row]
    return (NOTICE if notice else "") + TITLE + "\n".join([*(header or []), *cells]) + "\n"


@pytest.mark.parametrize(
    "text",
    [
        _stacked(),
        _stacked(notice=True),
        _stacked() + "各单位要高度重视，认真抓好落实。\n",
        _stacked(header=["序号", "工作", "任务", "牵头", "单位", "配合", "单位", "完成", "时限"]),
    ],
    ids=["alone", "under the notice", "a remark after it", "a header broken into words"],
)
def test_a_task_table_printed_a_cell_a_line_without_a_header_gives_its_tasks(text: str):
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == [row[1] for row in ROWS]
    assert [[a.unit_name for a in task.assignments] for task in plan.tasks] == [
        [row[2], row[3]] for row in ROWS
    ]


def test_numbered_lines_of_prose_are_no_table_printed_a_cell_a_line():
    text = TITLE + "1\n为深入推进依法行政，制定本方案。\n2\n各单位要高度重视，认真抓好落实。\n"
    plan = rulegov.parse_plan(text)
    assert plan.tasks == []


def _under_parts(task_line: str) -> str:
    first, second = TASKS[:2], TASKS[2:]
    return (
        TITLE
        + "一、深化法治政府建设\n"
        + "\n".join(task_line.format(t=t, a=a, b=b) for t, a, b in first)
        + "\n二、加强制度建设\n"
        + "\n".join(task_line.format(t=t, a=a, b=b) for t, a, b in second)
        + "\n"
    )


@pytest.mark.parametrize(
    "task_line",
    [
        "{t}。\n责任单位：{a}",
        "{t}。（牵头单位：{a}；配合单位：{b}）",
        "{t}，进一步提高工作水平。\n牵头单位：{a}\n配合单位：{b}",
        "{a}负责{t}。",
    ],
)
def test_unnumbered_tasks_under_numbered_parts_are_the_parts_tasks(task_line: str):
    plan = rulegov.parse_plan(_under_parts(task_line))
    assert [section.title for section in plan.sections] == ["深化法治政府建设", "加强制度建设"]
    assert [[task.title[:4] for task in section.tasks] for section in plan.sections] == [
        ["推进严格", "深化行政"],
        ["加强行政", "推进政务"],
    ]
    assert [a.unit_name for a in plan.sections[1].tasks[0].assignments][:1] == ["区财政局"]


def test_a_part_with_one_paragraph_and_its_units_stays_a_task():
    text = (
        TITLE
        + "一、加强组织领导\n各单位要高度重视，认真抓好落实。\n责任单位：区司法局\n"
        + "二、强化督促检查\n定期开展督查。\n责任单位：区政府督查室\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == ["加强组织领导", "强化督促检查"]
    assert [task.assignments[0].unit_name for task in plan.tasks] == ["区司法局", "区政府督查室"]


@pytest.mark.parametrize("bullet", ["●", "◆", "■", "★", "·", "- ", "* "])
def test_bulleted_tasks_are_titled_without_their_bullet(bullet: str):
    plan = rulegov.parse_plan(
        TITLE + "\n".join(f"{bullet}{t}。\n责任单位：{a}" for t, a, _ in TASKS)
    )
    assert [task.title for task in plan.tasks] == [t for t, _, _ in TASKS]


@pytest.mark.parametrize("label", ["工作任务", "重点任务", "任务名称", "工作事项"])
def test_records_of_labelled_lines_give_their_tasks(label: str):
    text = TITLE + "\n".join(
        f"{label}：{t}。\n责任单位：{a}\n完成时限：2024年底前" for t, a, _ in TASKS
    )
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == [t for t, _, _ in TASKS]
    assert [task.assignments[0].unit_name for task in plan.tasks] == [a for _, a, _ in TASKS]


def test_records_that_name_the_units_first_hand_no_task_its_neighbours_units():
    text = TITLE + "\n".join(f"责任单位：{a}\n工作任务：{t}。" for t, a, _ in TASKS)
    plan = rulegov.parse_plan(text)
    pairs = {(task.title, a.unit_name) for task in plan.tasks for a in task.assignments}
    assert not pairs - {(t, a) for t, a, _ in TASKS}
    assert [(d.line, d.column) for d in plan.diagnostics if d.code == "no-tasks"] == [(2, 1)]


@pytest.mark.parametrize("item", ["1.", "1、", "（1）", "①"])
def test_paragraphs_closed_by_units_under_a_numbered_item_are_its_own(item: str) -> None:
    # the measures of item 1, each with its units, are item 1's: no task is made up beside it
    second = {"1.": "2.", "1、": "2、", "（1）": "（2）", "①": "②"}[item]
    plan = rulegov.parse_plan(
        "某县2024年法治政府建设工作要点\n一、重点任务\n"
        f"{item}推进严格规范公正文明执法。\n责任单位：县司法局\n"
        "各执法单位要加强执法人员培训。\n责任单位：县司法局、县人社局\n"
        "各乡镇要加强基层执法队伍建设。\n责任单位：各乡镇\n"
        f"{second}深化行政复议体制改革。\n责任单位：县司法局\n"
    )
    assert [t.title for t in plan.tasks] == ["推进严格规范公正文明执法", "深化行政复议体制改革"]
    assert "各乡镇" in {a.unit_name for a in plan.tasks[0].assignments}


@pytest.mark.parametrize("header", ["序号任务牵头配合时限", "序号工作任务牵头单位配合单位完成时限"])
def test_a_glued_header_splits_at_its_headings_not_at_a_made_up_time_heading(header: str) -> None:
    plan = rulegov.parse_plan(
        f"某县2024年法治政府建设工作要点\n一、重点任务\n{header}\n"
        "1\t推进执法工作\t县司法局\t县财政局\t2024年底前\n"
        "2\t深化改革工作\t县司法局\t县人社局\t2024年6月底前\n"
    )
    assert [t.title for t in plan.tasks] == ["推进执法工作", "深化改革工作"]
    assert [(a.role.value, a.unit_name) for a in plan.tasks[1].assignments] == [
        ("lead", "县司法局"),
        ("cooperating", "县人社局"),
    ]


@pytest.mark.parametrize("gap", [" ", "  ", "\u3000\u3000"])
def test_unnumbered_tasks_over_bare_label_rows_with_a_time_keep_their_units_and_time(
    gap: str,
) -> None:
    # the time's value ends the row: the next task's sentence is never run into it
    rows = [
        gap.join(["牵头单位", "县司法局", "完成时限", when])
        for when in ("2024年6月底前", "2024年12月底前")
    ]
    plan = rulegov.parse_plan(
        f"某县2024年法治政府建设任务分工\n推进严格规范公正文明执法。\n{rows[0]}\n"
        f"深化行政复议体制改革。\n{rows[1]}\n"
    )
    assert [t.title for t in plan.tasks] == ["推进严格规范公正文明执法", "深化行政复议体制改革"]
    assert [[a.unit_name for a in t.assignments] for t in plan.tasks] == [
        ["县司法局"],
        ["县司法局"],
    ]
    assert [t.timeframe.text if t.timeframe else None for t in plan.tasks] == [
        "2024年6月底前",
        "2024年12月底前",
    ]
