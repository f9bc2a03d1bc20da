"""The small forms of brackets (﹝﹞, ﹙﹚) that offices type in numbers read as the usual ones."""

from __future__ import annotations

import pytest

import rulegov
from rulegov._text import fold_width

HEADING = "某县人民政府办公室关于印发某县2023年法治政府建设工作要点的通知"
REST = (
    "各乡镇人民政府，县政府各部门：\n"
    "现将《某县2023年法治政府建设工作要点》印发给你们，请认真贯彻执行。\n"
    "某县人民政府办公室\n2023年3月1日\n某县2023年法治政府建设工作要点\n一、主要任务\n（一）加强立法。\n"
)


def test_fold_width_makes_the_small_brackets_the_usual_ones() -> None:
    assert fold_width("某办发﹝2023﹞5号﹙试行﹚") == "某办发〔2023〕5号(试行)"


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(f"某政办发﹝2023﹞12号\n{HEADING}", id="over-the-heading"),
        pytest.param(f"{HEADING}\n某政办发﹝2023﹞12号", id="under-the-heading"),
        pytest.param(
            f"某县人民政府办公室文件\n某政办发﹝2023﹞12号\n{HEADING}", id="under-the-mark"
        ),
    ],
)
def test_a_number_in_small_brackets_is_the_documents_number(head: str) -> None:
    plan = rulegov.parse_plan(f"{head}\n{REST}")
    assert plan.doc_number == "某政办发﹝2023﹞12号"
    assert plan.title == "某县2023年法治政府建设工作要点"


def test_a_cited_documents_number_in_small_brackets_is_read_with_it() -> None:
    plan = rulegov.parse_plan(
        "某县2023年法治政府建设工作要点\n"
        "为贯彻落实《某省法治建设实施办法》(某委办﹝2017﹞15号)，制定本要点。\n"
        "一、主要任务\n（一）加强立法。\n"
    )
    numbers = {citation.doc_number for citation in plan.citations}
    assert "某委办﹝2017﹞15号" in numbers
