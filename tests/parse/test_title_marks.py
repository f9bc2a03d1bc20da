"""A title printed whole in marks (《Y》, 〈Y〉, “Y”) is the name inside them, wherever it stands."""

from __future__ import annotations

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
