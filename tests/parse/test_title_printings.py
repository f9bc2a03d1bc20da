"""A plan's title and its notice's heading in the ways offices and the sites that copy them print it.

A heading is centred and broken over two or three lines where the line is full (GB/T 9704-2012,
7.3.1), a copy of a PDF breaks it anywhere, a page prints its own text around it. Each test prints
one kind of title in several faithful forms and checks that every form reads the title a clerk
would read from it.
"""

from __future__ import annotations

import pytest

import rulegov

ISSUER = "临泽县人民政府办公室"
BODY = (
    "一、总体要求\n坚持依法行政。\n二、主要任务\n"
    "（一）健全工作机制。县司法局负责。\n（二）强化督促检查。县委依法治县办负责。\n"
)


def notice(heading: str, plan: str, printed: str | None = None) -> str:
    """A notice printing ``plan``, its heading as given, the plan's title as printed under it."""
    return (
        f"{heading}\n临政办发〔2024〕5号\n\n各乡镇人民政府，县政府各部门：\n"
        f"    现将《{plan}》印发给你们，请认真贯彻落实。\n\n{ISSUER}\n2024年3月5日\n\n"
        f"{plan if printed is None else printed}\n\n{BODY}"
    )


# a name that holds another document's kind inside it, and where a line may break after that kind
INNER_KINDS = [
    ("临泽县2024年政府工作报告重点工作任务分解表", "报告"),
    ("临泽县提升行政执法质量三年行动计划（2023—2025年）实施方案", "计划"),
    ("临泽县提升行政执法质量三年行动计划（2023—2025年）实施方案", "）"),
    ("临泽县2023年度法治政府建设工作报告及2024年工作计划", "报告"),
]


@pytest.mark.parametrize(("plan", "after"), INNER_KINDS)
def test_a_notices_heading_broken_after_a_kind_inside_the_name_it_prints_is_read_whole(
    plan: str, after: str
) -> None:
    heading = f"{ISSUER}关于印发{plan}的通知"
    cut = heading.index(after) + len(after)
    for broken in (
        heading[:cut] + "\n" + heading[cut:],
        f"{ISSUER}关于印发\n" + heading[len(ISSUER) + 4 : cut] + "\n" + heading[cut:],
    ):
        read = rulegov.parse_plan(notice(broken, plan))
        assert read.notice is not None
        assert read.notice.title == heading
        assert read.title == plan


def test_a_heading_broken_after_a_kind_inside_the_name_over_its_plan_untitled_gives_the_name() -> (
    None
):
    plan = "临泽县2024年政府工作报告重点工作任务分解表"
    heading = f"{ISSUER}关于印发{plan}的通知"
    cut = heading.index("报告") + 2
    text = (
        f"{heading[:cut]}\n{heading[cut:]}\n临政办发〔2024〕5号\n\n各乡镇人民政府，县政府各部门：\n"
        f"    现将{plan}印发给你们，请认真贯彻落实。\n\n{ISSUER}\n2024年3月5日\n\n{BODY}"
    )
    read = rulegov.parse_plan(text)
    assert read.title == plan


def test_a_heading_that_is_whole_on_its_line_keeps_the_line_under_it_out() -> None:
    heading = f"{ISSUER}关于印发临泽县2024年政府工作报告的通知"
    read = rulegov.parse_plan(notice(heading, "临泽县2024年政府工作报告"))
    assert read.notice is not None
    assert read.notice.title == heading
    assert read.title == "临泽县2024年政府工作报告"


# a table's or a division's name, past a kind named inside it, and where a line may break
DIVISIONS = [
    ("临泽县2024年政府工作报告重点工作任务分解表", "报告"),
    ("临泽县2024年民生实事项目目标任务与责任分解表", "项目"),
    ("临泽县贯彻落实《政府工作报告》重点工作责任分工", "》"),
    ("临泽县2024年法治政府建设实施方案任务分工表", "方案"),
    ("临泽县法治政府建设实施方案重点任务分工", "方案"),
    ("临泽县2024年普法工作要点责任分解", "要点"),
    ("临泽县“八五”普法规划中期评估实施方案", "规划"),
]


@pytest.mark.parametrize(("plan", "after"), DIVISIONS)
def test_a_title_broken_after_a_kind_inside_its_name_goes_on_to_its_end(
    plan: str, after: str
) -> None:
    cut = plan.index(after) + len(after)
    first, rest = plan[:cut], plan[cut:]
    for printed in (
        f"{first}\n{rest}",
        f"{first}\n\n{rest}",
        " ".join(first) + "\n" + " ".join(rest),
    ):
        assert rulegov.parse_plan(f"{printed}\n\n{BODY}").title == plan
        assert rulegov.parse_plan(notice(f"{ISSUER}关于印发{plan}的通知", plan, printed)).title == (
            plan
        )


@pytest.mark.parametrize(
    "under",
    [
        "临泽县2024年普法工作要点",  # the title again, opening with its place
        "2024年工作计划",  # a year opens a title of its own
        "一、总体要求",
        "第一章 总则",
        "（试行）",
        "序号 工作任务 责任单位",
    ],
)
def test_a_whole_title_does_not_take_the_line_under_it_that_is_no_rest_of_its_name(
    under: str,
) -> None:
    title = "临泽县2024年普法工作要点"
    text = f"{title}\n{under}\n{BODY}"
    read = rulegov.parse_plan(text).title
    assert read is not None
    assert read.startswith(title)
    for word in ("总则", "总体要求", "工作计划", "序号"):
        assert word not in read


PLANS = [
    "临泽县2024年法治政府建设工作要点",
    "临泽县行政执法公示制度实施办法（试行）",
    "临泽县法治宣传教育第八个五年规划（2021—2025年）",
]


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("cut", ["办|公室关于", "办公|室关于", "办公室关|于印发"])
def test_a_heading_broken_inside_its_organs_last_word_or_inside_its_about_is_read_whole(
    plan: str, cut: str
) -> None:
    heading = f"{ISSUER}关于印发{plan}的通知"
    words = cut.replace("|", "")
    at = heading.index(words) + cut.index("|")
    for quoted in (plan, f"《{plan}》"):
        text = notice(heading[:at] + "\n" + heading[at:], plan).replace(f"《{plan}》", quoted, 1)
        read = rulegov.parse_plan(text)
        assert read.notice is not None
        assert read.notice.title == heading
        assert (read.title, read.issuer) == (plan, ISSUER)


@pytest.mark.parametrize("plan", PLANS)
def test_a_heading_over_three_lines_its_last_words_alone_on_the_third_is_read_whole(
    plan: str,
) -> None:
    heading = f"{ISSUER}关于印发{plan}的通知"
    read = rulegov.parse_plan(notice(f"{ISSUER}关于印发\n{plan}\n的通知", plan))
    assert read.notice is not None
    assert read.notice.title == heading
    assert (read.title, read.issuer) == (plan, ISSUER)


@pytest.mark.parametrize(
    "above",
    [
        "临泽县人民政府网",  # a site's name over the heading: no part of it
        "通知公告",
    ],
)
def test_a_pages_line_over_a_whole_heading_is_no_part_of_it(above: str) -> None:
    plan = PLANS[0]
    heading = f"{ISSUER}关于印发{plan}的通知"
    read = rulegov.parse_plan(notice(f"{above}\n{heading}", plan))
    assert read.notice is not None
    assert read.notice.title == heading
    assert read.issuer == ISSUER


@pytest.mark.parametrize("column", ["通知公告", "政务公开", "政策文件", "部门文件", "法治建设"])
@pytest.mark.parametrize("mark", ["丨", "｜", "|", " | ", "：", ":", " ", "·", "——"])
def test_a_pages_column_run_onto_the_heading_is_no_part_of_it(column: str, mark: str) -> None:
    plan = PLANS[0]
    assert rulegov.parse_plan(f"{column}{mark}{plan}\n\n{BODY}").title == plan
    heading = f"{ISSUER}关于印发{plan}的通知"
    read = rulegov.parse_plan(notice(f"{column}{mark}{heading}", plan))
    assert read.notice is not None
    assert read.notice.title == heading
    assert (read.title, read.issuer) == (plan, ISSUER)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # an organ's name and its heading apart by a space: the organ issues it
        (f"{ISSUER} 关于加强法治政府建设的意见", f"{ISSUER}关于加强法治政府建设的意见"),
        # a place and its year apart by a space: one title
        ("临泽县 2024年法治政府建设工作要点", "临泽县2024年法治政府建设工作要点"),
    ],
)
def test_a_heading_that_opens_with_its_own_words_apart_keeps_them(line: str, title: str) -> None:
    read = rulegov.parse_plan(f"{line}\n\n{BODY}")
    assert read.title == title


@pytest.mark.parametrize(
    "mark",
    ["★", "● ", "◆", "·", "[PDF]", "PDF ", "DOC ", "NEW", "[置顶]", "01 ", "20240306 ",
     "2024.03.06 ", "(2024-03-06)", "[2024-03-06]", "2024年3月6日 "],
)  # fmt: skip
def test_a_copys_mark_before_the_heading_is_no_part_of_it(mark: str) -> None:
    plan = PLANS[0]
    assert rulegov.parse_plan(f"{mark}{plan}\n\n{BODY}").title == plan
    heading = f"{ISSUER}关于印发{plan}的通知"
    read = rulegov.parse_plan(notice(f"{mark}{heading}", plan))
    assert read.notice is not None
    assert read.notice.title == heading
    assert (read.title, read.issuer) == (plan, ISSUER)


@pytest.mark.parametrize(
    "title",
    [
        "5G基站建设三年行动计划",  # figures and letters that open a title's own words
        "PPP项目规范管理实施办法",
        "2024年法治政府建设工作要点",
    ],
)
def test_a_title_that_opens_with_figures_or_letters_of_its_own_keeps_them(title: str) -> None:
    assert rulegov.parse_plan(f"{title}\n\n{BODY}").title == title


@pytest.mark.parametrize("name", ["{}.docx", "{}.doc", "{}.pdf", "{}.wps", "{}.DOCX", "{}(1).docx"])
def test_a_files_name_alone_over_the_text_gives_the_title_without_its_extension(
    name: str,
) -> None:
    plan = PLANS[0]
    assert rulegov.parse_plan(f"{name.format(plan)}\n\n{BODY}").title == plan
    # the document's own heading under it is the title
    heading = "临泽县法治政府建设2024年工作要点"
    assert rulegov.parse_plan(f"{name.format(plan)}\n\n{heading}\n\n{BODY}").title == heading


@pytest.mark.parametrize("verb", ["印发", "转发", "批转"])
def test_a_heading_without_about_broken_inside_its_verb_is_read_whole(verb: str) -> None:
    plan = PLANS[0]
    organ = ISSUER
    heading = f"{organ}{verb}《{plan}》的通知"
    cut = len(organ) + 1
    read = rulegov.parse_plan(notice(heading[:cut] + "\n" + heading[cut:], plan))
    assert read.notice is not None
    assert read.notice.title == heading
    assert (read.title, read.issuer) == (plan, organ)
