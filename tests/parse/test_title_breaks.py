"""A notice's heading broken where a red-head PDF or its copy breaks it, and a title's subtitle.

A heading is centred over two to four lines (GB/T 9704-2012, 7.3.1): a long organ's name on a
line of its own, 关于印发 on the next, the plan's name, then 的通知; a copy breaks it anywhere,
inside a place's name, inside the organ, inside a period in brackets. Each test prints one kind
of break in several faithful forms and checks the heading, the title and the issuer a clerk
would read.
"""

from __future__ import annotations

import pytest

import rulegov

ISSUER = "临泽县人民政府办公室"
PLAN = "临泽县法治政府建设实施方案"
PERIOD_PLAN = "临泽县法治宣传教育第八个五年规划（2021—2025年）"
BODY = (
    "一、总体要求\n坚持依法行政。\n二、主要任务\n"
    "（一）健全工作机制。县司法局负责。\n（二）强化督促检查。县委依法治县办负责。\n"
)


def notice(heading: str, plan: str, issuer: str = ISSUER, printed: str | None = None) -> str:
    """A notice with ``heading`` as printed, signed by ``issuer``, the plan printed under it."""
    return (
        f"{heading}\n临政办发〔2024〕5号\n\n各乡镇人民政府，县政府各部门：\n"
        f"    现将《{plan}》印发给你们，请认真贯彻落实。\n\n{issuer}\n2024年3月5日\n\n"
        f"{plan if printed is None else printed}\n\n{BODY}"
    )


def check(printed: str, plan: str, issuer: str = ISSUER, title: str | None = None) -> None:
    read = rulegov.parse_plan(notice(printed, plan, issuer, title))
    assert read.notice is not None
    assert read.notice.title == printed.replace("\n", "")
    assert (read.title, read.issuer) == (plan, issuer)


@pytest.mark.parametrize(
    ("printed", "issuer"),
    [
        (f"临泽县\n人民政府办公室关于印发{PLAN}的通知", ISSUER),
        (f"某\n区司法局关于印发{PLAN}的通知", "某区司法局"),
        (f"临泽县\n司法局关于印发{PLAN}的通知", "临泽县司法局"),
        (f"临泽\n县人民政府办公室关于印发{PLAN}的通知", ISSUER),
        (f"石家庄\n市人民政府办公室关于印发{PLAN}的通知", "石家庄市人民政府办公室"),
        (f"乐至\n县人民政府关于印发{PLAN}的通知", "乐至县人民政府"),
        (f"临泽\n县司法局关于印发{PLAN}的通知", "临泽县司法局"),
    ],
)
def test_a_heading_broken_between_its_place_and_the_organ_is_read_whole(
    printed: str, issuer: str
) -> None:
    check(printed, PLAN, issuer)


@pytest.mark.parametrize(
    ("printed", "issuer"),
    [
        (f"{ISSUER}\n关于印发{PLAN}的通知", ISSUER),
        (f"{ISSUER}\n\n关于印发{PLAN}的通知", ISSUER),
        (f"{ISSUER}\n关于印发\n{PLAN}的通知", ISSUER),
        (f"临泽县人\n民政府\n关于印发{PLAN}的通知", "临泽县人民政府"),
        (f"临泽县人民\n政府办公室\n关于印发{PLAN}的通知", ISSUER),
        (
            f"中共临泽县委全面依法治县委\n员会办公室\n关于印发{PLAN}的通知",
            "中共临泽县委全面依法治县委员会办公室",
        ),
        (f"临泽县\n人民政府\n办公室\n关于印发{PLAN}的通知", ISSUER),
    ],
)
def test_an_organ_alone_over_the_lines_above_about_heads_the_heading(
    printed: str, issuer: str
) -> None:
    check(printed, PLAN, issuer)


@pytest.mark.parametrize("cut", ["2021", "2021—", "（2021—", "2025年）", "）的", "的"])
def test_a_heading_broken_inside_its_period_or_before_its_last_words_is_read_whole(
    cut: str,
) -> None:
    heading = f"{ISSUER}关于印发{PERIOD_PLAN}的通知"
    at = heading.rindex(cut) + len(cut)
    check(heading[:at] + "\n" + heading[at:], PERIOD_PLAN)


@pytest.mark.parametrize("cut", ["2021", "2021—", "（2021—", "规划"])
def test_a_plans_title_broken_inside_its_period_is_read_whole(cut: str) -> None:
    at = PERIOD_PLAN.index(cut) + len(cut)
    printed = PERIOD_PLAN[:at] + "\n" + PERIOD_PLAN[at:]
    check(f"{ISSUER}关于印发{PERIOD_PLAN}的通知", PERIOD_PLAN, title=printed)
    assert rulegov.parse_plan(f"{printed}\n\n{BODY}").title == PERIOD_PLAN


@pytest.mark.parametrize(
    ("organ", "plan"),
    [
        (ISSUER, PLAN),
        (ISSUER, PERIOD_PLAN),
        ("中共临泽县委全面依法治县委员会办公室", PLAN),
        ("临泽县司法局", "临泽县2024年普法依法治理工作要点"),
    ],
)
@pytest.mark.parametrize("form", ["{}\n关于印发\n{}\n的通知", "{}\n\n关于印发\n{}\n的通知"])
def test_a_heading_over_four_lines_is_read_whole(organ: str, plan: str, form: str) -> None:
    check(form.format(organ, plan), plan, organ)


def test_a_heading_over_three_lines_its_organ_alone_on_the_first_is_read_whole() -> None:
    check(f"{ISSUER}\n关于印发{PLAN}\n的通知", PLAN)


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_dash_line_giving_the_plans_years_under_its_title_is_no_title_of_its_own(
    blank: str,
) -> None:
    title = "临泽县法治政府建设规划"
    printed = f"{title}{blank}——2024年至2025年"
    assert rulegov.parse_plan(f"{printed}\n\n{BODY}").title == title
    check(f"{ISSUER}关于印发{title}的通知", title, title=printed)


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_dash_subtitle_naming_a_document_under_an_opinion_goes_with_its_title(
    blank: str,
) -> None:
    # as the facts read 最高人民法院关于…的意见——人民法院第五个五年改革纲要(2019—2023)
    title = "临泽县关于深化法治建设的意见"
    subtitle = "——临泽县2024年法治政府建设工作要点"
    read = rulegov.parse_plan(f"{title}{blank}{subtitle}\n\n{BODY}").title
    assert read == title + subtitle


@pytest.mark.parametrize("above", ["首页", "正文", "通知公告", "政务公开"])
def test_a_pages_word_over_a_heading_that_opens_with_a_level_is_no_place(above: str) -> None:
    heading = f"县人民政府办公室关于印发{PLAN}的通知"
    read = rulegov.parse_plan(notice(f"{above}\n{heading}", PLAN, "县人民政府办公室"))
    assert read.notice is not None
    assert read.notice.title == heading
