"""A title keeps no artefact of the copy it came from: a file's extension, its kind, a label.

A page that prints a plan from its file may leave the file's name as the title
(某县工作要点.docx, 某县工作要点(1).pdf), mark the file's kind (（PDF）, (PDF版)) or the
site's label ([附件], 【附件】), or quote the file's name. The title is the plan's name, and
its span points at the name in the text.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

NAME = "某县2023年法治政府建设工作要点"
_BODY = (
    "为推进法治政府建设，结合本县实际，制定本要点。\n"
    "一、总体要求\n"
    "（一）坚持党的领导。县司法局牵头，各乡镇配合。\n"
    "二、主要任务\n"
    "（一）加强普法宣传。县委宣传部负责。\n"
)

PRINTINGS = [
    f"{NAME}（PDF）",
    f"{NAME}(PDF版)",
    f"{NAME}[附件]",
    f"{NAME}【附件】",
    f'"{NAME}.docx"',
    f"“{NAME}.wps”",
    f"附件：{NAME}.docx",
    f"附件1：{NAME}（PDF）",
    f"{NAME}.pdf（PDF）",
]


@pytest.mark.parametrize("printed", PRINTINGS)
def test_the_title_is_the_name_without_the_copy_s_marks(printed: str) -> None:
    text = printed + "\n" + _BODY
    plan = parse_plan(text)
    assert plan.title == NAME
    span = plan.spans["title"]
    assert text[span.start : span.end] == NAME


@pytest.mark.parametrize("printed", [f"{NAME}（PDF）", f"{NAME}[附件]", f"{NAME}.doc"])
def test_under_a_site_s_lines(printed: str) -> None:
    text = "某县人民政府网 > 政务公开 > 规划计划\n" + printed + "\n发布时间：2023-03-01\n" + _BODY
    assert parse_plan(text).title == NAME


@pytest.mark.parametrize("printed", [f"《{NAME}.docx》", f"《{NAME}（PDF）》"])
def test_a_file_name_in_marks(printed: str) -> None:
    assert parse_plan(printed + "\n" + _BODY).title == NAME


@pytest.mark.parametrize(
    "title",
    [
        "某县“放管服”改革工作方案（试行）",
        "某县2023年工作要点(2023年版)",
        "关于印发《某县工作方案》的通知的解读",
    ],
)
def test_a_name_that_ends_in_brackets_of_its_own_is_kept(title: str) -> None:
    assert parse_plan(title + "\n" + _BODY).title.endswith(title[-3:])
