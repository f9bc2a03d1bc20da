"""Names alone in a bracket that opens an item's text; a task-division table matched to its tasks."""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth
from rulegov.model import SectionKind
from rulegov.parse._fields import split_fields
from rulegov.parse._frame import TableRow, match_rows
from rulegov.parse._text import split_lines

TITLE = "区2024年法治政府建设工作要点\n"
GOALS = (
    "一、工作目标\n"
    "(一){open}区司法局、区财政局{close}法治政府建设取得新进展。\n"
    "(二){open}区法院、区检察院{close}司法公正水平持续提升。\n"
    "(三){open}区教育局{close}全民法治素养明显提高。\n"
)
TASKS = (
    "二、重点任务\n"
    "(一)深化行政执法改革。(牵头单位:区司法局)\n"
    "(二)加强法治宣传教育。(牵头单位:区司法局;配合单位:区教育局)\n"
)
BRACKETS = [
    pytest.param("【", "】", id="square"),
    pytest.param("〔", "〕", id="tortoise"),
    pytest.param("(", ")", id="round"),
]


def _units(plan: rulegov.Plan) -> dict[str, list[str]]:
    names = {unit.id: unit.name for unit in plan.units}
    return {task.title: [names[a.unit] for a in task.assignments] for task in plan.tasks}


def test_names_alone_in_a_leading_bracket_are_no_role_word() -> None:
    text = "【区司法局、区财政局】推进工作。"
    fields = split_fields(text)[1]
    assert [(f.label, text[f.begin : f.end], f.bare) for f in fields] == [
        ("责任单位", "区司法局、区财政局", True)
    ]


@pytest.mark.parametrize(("opener", "closer"), BRACKETS)
def test_goals_opened_by_names_stay_goals(opener: str, closer: str) -> None:
    plan = rulegov.parse_plan(TITLE + GOALS.format(open=opener, close=closer) + TASKS)
    goals = plan.sections[0]
    assert goals.kind is SectionKind.OBJECTIVES
    assert [task.title for task in plan.tasks] == ["深化行政执法改革", "加强法治宣传教育"]


@pytest.mark.parametrize(("opener", "closer"), BRACKETS)
def test_aims_in_paragraphs_opened_by_names_stay_aims(opener: str, closer: str) -> None:
    text = (
        TITLE + "一、指导思想\n"
        f"{opener}区委依法治区办{closer}坚持以习近平法治思想为指导,全面推进依法治区。\n"
        "二、工作目标\n"
        f"{opener}区司法局、区财政局{closer}到2024年底,法治政府建设取得新进展。\n"
        f"{opener}区法院、区检察院{closer}司法公正水平持续提升。\n" + TASKS.replace("二、", "三、")
    )
    plan = rulegov.parse_plan(text)
    assert [section.kind for section in plan.sections[:2]] == [
        SectionKind.GUIDING_IDEOLOGY,
        SectionKind.OBJECTIVES,
    ]
    assert [task.title for task in plan.tasks] == ["深化行政执法改革", "加强法治宣传教育"]


@pytest.mark.parametrize(("opener", "closer"), BRACKETS)
def test_leading_names_stay_units_beside_role_words(opener: str, closer: str) -> None:
    text = (
        TITLE + "一、重点任务\n"
        f"(一){opener}区司法局、区财政局{closer}推进行政执法改革。\n"
        f"(二){opener}区法院、区检察院{closer}加强司法公正。\n"
        "(三)加强法治宣传教育。(牵头单位:区教育局)\n"
    )
    assert _units(rulegov.parse_plan(text)) == {
        "推进行政执法改革": ["区司法局", "区财政局"],
        "加强司法公正": ["区法院", "区检察院"],
        "加强法治宣传教育": ["区教育局"],
    }


def _rows(titles: list[str]) -> list[TableRow]:
    rows = []
    for number, title in enumerate(titles, 1):
        line = split_lines(f"|{number}|{title}|")[0]
        begin = line.text.index(title)
        rows.append(TableRow(line, None, (begin, begin + len(title)), []))
    return rows


def test_rows_match_the_first_task_their_title_is_or_opens() -> None:
    rows = _rows(["加强培训", "开展宣传活动", "普法", "依法行政"])
    tasks = [(1, "开展宣传"), (2, "加强培训工作"), (3, "加强培训"), (4, "普法宣传"), (5, "普法")]
    matched, lost_rows, lost_tasks = match_rows(rows, tasks)
    assert (matched, lost_rows, lost_tasks) == ({0: 1, 1: 0, 2: 4}, [3], [2, 3])


def test_matching_a_table_to_its_tasks_grows_linearly() -> None:
    def run(n: int) -> object:
        titles = [f"推进第{i}项乙类工作落实" for i in range(1, n + 1)]
        return match_rows(_rows(titles), list(enumerate(titles, 1)))

    assert growth(run, 300) < LINEAR
