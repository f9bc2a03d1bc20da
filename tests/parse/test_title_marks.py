"""A title printed whole in marks (《Y》, 〈Y〉, “Y”) is the name inside them, wherever it stands."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

NAME = "某县2023年法治政府建设工作要点"
BODY = "一、主要任务\n（一）加强立法。\n"
NOTICE = (
    f"某县人民政府办公室关于印发《{NAME}》的通知\n各乡镇：\n"
    f"现将《{NAME}》印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2023年3月1日\n"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{NOTICE}《{NAME}》\n{BODY}", id="under-a-notice"),
        pytest.param(f"《{NAME}》\n{BODY}", id="alone"),
        pytest.param(f"《某县2023年法治政府\n建设工作要点》\n{BODY}", id="over-two-lines"),
        pytest.param(f"附件：《{NAME}》\n\n{BODY}", id="annex-label"),
        pytest.param(f"标题：《{NAME}》\n{BODY}", id="page-label"),
        pytest.param(f"〈{NAME}〉\n{BODY}", id="angle-brackets"),
        pytest.param(f"<{NAME}>\n{BODY}", id="half-width-brackets"),
        pytest.param(f"“{NAME}”\n{BODY}", id="quotation-marks"),
    ],
)
def test_a_title_printed_in_marks_is_the_name_inside_them(text: str) -> None:
    plan = rulegov.parse_plan(text)
    assert plan.title == NAME


def test_the_titles_span_is_the_name_without_its_marks() -> None:
    text = f"{NOTICE}《{NAME}》\n{BODY}"
    plan = rulegov.parse_plan(text)
    span = plan.spans["title"]
    assert text[span.start : span.end] == NAME


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (f"《{NAME}》（试行）", f"{NAME}（试行）"),
        ("《某县法治政府建设实施方案》(2023—2025年)", "某县法治政府建设实施方案(2023—2025年)"),
    ],
)
def test_a_suffix_after_the_closing_mark_stays_with_the_title(printed: str, title: str) -> None:
    assert rulegov.parse_plan(f"{printed}\n{BODY}").title == title


@pytest.mark.parametrize(
    "title",
    [
        "《某省法治宣传教育条例》实施细则",
        "“八五”普法规划",
        "《某条例》和《某办法》贯彻落实方案",
    ],
)
def test_a_title_that_only_opens_with_a_quoted_name_keeps_its_marks(title: str) -> None:
    assert rulegov.parse_plan(f"{title}\n{BODY}").title == title


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(f"附件1 {NAME}", id="annex-label-before"),
        pytest.param(f"附件一 {NAME}", id="annex-label-in-chinese-numerals"),
        pytest.param(f"2023-05-10 {NAME}", id="iso-day-before"),
        pytest.param(f"2023年5月10日 {NAME}", id="day-before"),
        pytest.param(f"【2023-05-10】{NAME}", id="bracketed-day-glued"),
        pytest.param(f"[2023-05-10] {NAME}", id="square-bracketed-day"),
        pytest.param(f"第5期 {NAME}", id="issue-number"),
        pytest.param(f"NO.5 {NAME}", id="serial-number"),
        pytest.param(f"01 {NAME}", id="list-number"),
        pytest.param(f"01\n{NAME}", id="list-number-on-the-line-above"),
        pytest.param(f"2023年第5期\n{NAME}", id="issue-on-the-line-above"),
        pytest.param(f"【2023-05-10】\n{NAME}", id="bracketed-day-on-the-line-above"),
        pytest.param(f"{NAME}  浏览次数：123", id="counter-after"),
    ],
)
def test_a_copys_mark_beside_the_title_is_not_part_of_it(head: str) -> None:
    plan = rulegov.parse_plan(f"{head}\n{BODY}")
    assert plan.title == NAME
    assert "page-text" in {d.code for d in plan.diagnostics} or head.startswith(NAME)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(f"{NAME}（2023年5月10日）", id="day-alone"),
        pytest.param(f"{NAME}（2023年5月10日县委常委会会议审议通过）", id="day-of-adoption"),
    ],
)
def test_a_bracketed_day_after_the_title_on_its_line_is_the_plans_date(head: str) -> None:
    plan = rulegov.parse_plan(f"{head}\n{BODY}")
    assert plan.title == NAME
    assert plan.issued_on == dt.date(2023, 5, 10)


@pytest.mark.parametrize(
    "title",
    [
        "2023 年全县法治政府建设工作要点",  # a year a PDF printed apart from its 年
        "2023年法治政府建设工作要点",
        "第二批法治政府建设示范创建实施方案",
    ],
)
def test_a_title_that_opens_with_a_number_of_its_own_keeps_it(title: str) -> None:
    assert rulegov.parse_plan(f"{title}\n{BODY}").title == title.replace(" ", "")
