"""A title whose line runs on into its task table's header keeps the header out of it.

A copy that loses the break under a table's title prints the header on the title's line
(某县…任务分解表 序号 工作任务 牵头单位 责任单位 完成时限), spaced, tabbed, parted by bars,
in full-width spaces or glued; or on the next line. The title ends before 序号, its span too,
and the reader does not say the document prints no title.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

NAME = "某县2023年法治政府建设重点工作任务分解表"
_ROWS = "1 加强普法宣传 县司法局 各乡镇 2023年12月\n2 推进依法行政 县政府办 县直各部门 2023年6月\n"
_HEADINGS = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]


def _tabbed(rows: str) -> str:
    return rows.replace(" ", "\t")


def _barred(rows: str) -> str:
    return "".join(f"|{row.replace(' ', '|')}|\n" for row in rows.splitlines())


PRINTINGS = {
    "spaced": f"{NAME} {' '.join(_HEADINGS)}\n{_ROWS}",
    "glued": f"{NAME}{''.join(_HEADINGS)}\n{_ROWS}",
    "full-width": f"{NAME}\u3000{'　'.join(_HEADINGS)}\n{_ROWS}",
    "tabbed": f"{NAME}\t{chr(9).join(_HEADINGS)}\n{_tabbed(_ROWS)}",
    "barred": f"{NAME}|{'|'.join(_HEADINGS)}|\n{_barred(_ROWS)}",
    "next-line": f"{NAME}\n{' '.join(_HEADINGS)}\n{_ROWS}",
}


@pytest.mark.parametrize("text", PRINTINGS.values(), ids=PRINTINGS.keys())
def test_the_header_stays_out_of_the_title(text: str) -> None:
    plan = parse_plan(text)
    assert plan.title == NAME
    span = plan.spans["title"]
    assert text[span.start : span.end] == NAME
    assert not [d for d in plan.diagnostics if d.code == "no-title"]


def test_a_plan_s_title_over_its_rows() -> None:
    title = "某县2023年政务公开工作要点"
    text = f"{title} 序号 工作任务 责任单位 完成时限\n{_ROWS}"
    assert parse_plan(text).title == title


@pytest.mark.parametrize(
    "title", ["某县公文序号编排工作规则", "某县2023年工作任务分解表（序号以任务清单为准）"]
)
def test_a_title_that_names_a_serial_is_kept(title: str) -> None:
    body = "一、总体要求\n（一）坚持党的领导。县司法局牵头。\n"
    assert parse_plan(f"{title}\n{body}").title == title


@pytest.mark.parametrize("form", ["spaced", "full-width", "tabbed", "barred", "next-line"])
def test_the_rows_under_a_header_on_the_title_s_line_are_tasks(form: str) -> None:
    plan = parse_plan(PRINTINGS[form])
    assert [task.title for task in plan.tasks] == ["加强普法宣传", "推进依法行政"]
    names = {unit.id: unit.name for unit in plan.units}
    assert [names[a.unit] for a in plan.tasks[0].assignments] == ["县司法局", "各乡镇"]


@pytest.mark.xfail(
    strict=True,
    reason="a glued header (序号工作任务牵头单位…) over rows parted by spaces is not read as their "
    "header, on the title's line or on its own",
)
def test_the_rows_under_a_glued_header_on_the_title_s_line_are_tasks() -> None:
    assert len(parse_plan(PRINTINGS["glued"]).tasks) == 2


def test_a_title_s_line_ending_in_a_header_over_no_rows_stays_one_line() -> None:
    text = f"{NAME} {' '.join(_HEADINGS)}\n一、总体要求\n(一)加强普法宣传。县司法局负责。\n"
    plan = parse_plan(text)
    assert plan.title == NAME
    assert [task.title for task in plan.tasks] == ["加强普法宣传"]
