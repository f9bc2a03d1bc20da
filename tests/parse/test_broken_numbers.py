"""A document number that a line end broke in two is read whole.

A red head's line or a PDF's column may end inside the number: after its bracketed year
(某办发〔2023〕 / 5号) or before it (某办发 / 〔2023〕5号), in any of the brackets a page prints.
"""

from __future__ import annotations

import pytest

import rulegov
from notices import NOTICE, ORGAN, PLAN

SIGNED = f"{ORGAN}\n2023年5月10日\n"


def _bare(number: str | None) -> str | None:
    """The number with its round brackets half-width and no spaces: how pages differ."""
    if number is None:
        return None
    return number.replace("（", "(").replace("）", ")").replace(" ", "")


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("某办发〔2023〕\n5号", "某办发〔2023〕5号"),
        ("某办发\n〔2023〕5号", "某办发〔2023〕5号"),
        ("某办发[2023]\n12号", "某办发[2023]12号"),
        ("某办发\n（2023）12号", "某办发(2023)12号"),
        ("某政办函【2023】\n第3号", "某政办函【2023】第3号"),
        ("某办发〔2023〕\n\n5号", "某办发〔2023〕5号"),
        ("某府发\n〔2023〕 5号", "某府发〔2023〕 5号"),
        ("粤府\n〔2021〕22号", "粤府〔2021〕22号"),
        ("衢人大常\n[2006]8号", "衢人大常[2006]8号"),
        ("穗南府办规\n〔2023〕1号", "穗南府办规〔2023〕1号"),
    ],
    ids=[
        "after-year",
        "before-year",
        "square",
        "round-before",
        "lenticular",
        "blank",
        "spaced",
        "government-code",
        "congress-code",
        "rules-code",
    ],
)
def test_a_number_broken_over_two_lines_is_read_whole(printed: str, number: str) -> None:
    for text in (
        printed + "\n" + NOTICE + SIGNED + PLAN,
        "某区人民政府办公室文件\n" + printed + "\n" + NOTICE + SIGNED + PLAN,
        NOTICE.replace("\n", "\n" + printed + "\n", 1) + SIGNED + PLAN,
    ):
        plan = rulegov.parse_plan(text)
        assert _bare(plan.doc_number) == _bare(number)
        assert plan.issuer == ORGAN


@pytest.mark.parametrize(
    "lines",
    ["某区人民政府办公室\n2023年5月10日", "某办发〔2023〕5号\n2023年5月10日"],
    ids=["signature", "number-and-date"],
)
def test_lines_that_make_no_number_are_not_joined(lines: str) -> None:
    plan = rulegov.parse_plan(NOTICE + lines + "\n" + PLAN)
    assert plan.doc_number in (None, "某办发〔2023〕5号")


@pytest.mark.parametrize("last", ["实施意见", "工作方案的通知", "关于印发"])
def test_a_headings_last_line_is_no_numbers_head(last: str) -> None:
    plan = rulegov.parse_plan(f"某区{last}\n〔2023〕5号\n" + PLAN)
    assert plan.doc_number is None or not plan.doc_number.startswith("某区")
