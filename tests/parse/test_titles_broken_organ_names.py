"""Headings and titles printed as offices print them, each class in several faithful forms.

A narrow heading breaks its organ wherever the line was full, also inside the place's own name,
where no level's character marks the break (新疆维吾尔自 / 治区人民政府办公室关于…, 乌鲁木 / 齐市…).
A heading's title marks may be printed 〈〉 or <> where a copy had no 《》 (关于印发〈Y〉的通知):
the plan's title is the name inside them. Each test prints one class in the forms it takes and
checks the fields a clerk would read.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = (
    "一、总体要求\n坚持依法行政。\n二、主要任务\n"
    "（一）健全工作机制。司法局负责。\n（二）强化督促检查。司法局负责。\n"
)


def read(heading: str, signer: str) -> tuple[str | None, str]:
    """The notice's title and the plan's of a notice whose heading is printed as ``heading``.

    The notice's sentence names no title: the plan's comes from the heading alone.
    """
    text = (
        f"{heading}\n某政办发〔2024〕5号\n\n各县（市、区）人民政府，各有关部门：\n"
        f"    现将方案印发给你们，请认真贯彻落实。\n\n{signer}\n2024年3月5日\n\n{BODY}"
    )
    plan = rulegov.parse_plan(text)
    return (plan.notice.title if plan.notice else None), plan.title


PLACES = [
    ("新疆维吾尔自", "治区", "人民政府办公室"),
    ("内蒙古自", "治区", "人民政府办公厅"),
    ("广西壮族自治", "区", "人民政府办公厅"),
    ("西双版纳傣族自", "治州", "人民政府办公室"),
    ("乌鲁木", "齐市", "人民政府办公室"),
    ("黑龙", "江省", "人民政府办公厅"),
    ("寧夏回族自", "治區", "人民政府辦公廳"),  # printed in traditional characters
]


@pytest.mark.parametrize(("stem", "rest", "organ"), PLACES)
@pytest.mark.parametrize("quoted", [True, False])
def test_an_organ_cut_inside_its_places_name_run_into_about_is_one_heading(
    stem: str, rest: str, organ: str, quoted: bool
) -> None:
    # 新疆维吾尔自 / 治区人民政府办公室关于印发《…》的通知, 乌鲁木 / 齐市人民政府办公室关于…
    plan = f"{stem}{rest}2024年法治政府建设工作要点"
    name = f"《{plan}》" if quoted else plan
    heading = f"{stem}{rest}{organ}关于印发{name}的通知"
    printed = f"{stem}\n{heading[len(stem) :]}"
    assert read(printed, stem + rest + organ) == (heading, plan)


@pytest.mark.parametrize(("stem", "rest", "organ"), PLACES)
def test_an_organ_cut_inside_its_places_name_over_a_line_of_its_own_heads_the_heading(
    stem: str, rest: str, organ: str
) -> None:
    # 广西壮族自治 / 区人民政府办公厅 / 关于印发…的通知
    plan = f"{stem}{rest}2024年法治政府建设工作要点"
    printed = f"{stem}\n{rest}{organ}\n关于印发《{plan}》的通知"
    assert read(printed, stem + rest + organ) == (printed.replace("\n", ""), plan)


@pytest.mark.parametrize("word", ["通知", "公告", "首页", "正文"])
def test_a_pages_word_over_a_heading_that_opens_with_a_short_place_is_no_part_of_it(
    word: str,
) -> None:
    # 通知 / 沛县人民政府关于…: a page's word, not a place cut before its level
    heading = "沛县人民政府关于印发《沛县2024年法治政府建设工作要点》的通知"
    assert read(f"{word}\n{heading}", "沛县人民政府") == (heading, "沛县2024年法治政府建设工作要点")


PLAN = "临泽县2024年法治政府建设工作要点"
ORGAN = "临泽县人民政府办公室"


@pytest.mark.parametrize(("opening", "closing"), [("〈", "〉"), ("<", ">"), ("＜", "＞")])
@pytest.mark.parametrize("broken", [False, True])
def test_a_title_in_the_marks_a_copy_printed_for_book_title_marks_is_the_name_inside(
    opening: str, closing: str, broken: bool
) -> None:
    # 关于印发〈Y〉的通知, 关于印发<Y>的通知, 关于印发＜Y＞的通知: Y, as with 《Y》
    heading = f"{ORGAN}关于印发{opening}{PLAN}{closing}的通知"
    printed = heading.replace("关于", "\n关于") if broken else heading
    assert read(printed, ORGAN) == (heading, PLAN)


QUOTED = "国务院办公厅关于进一步支持甘肃经济社会发展的若干意见"


@pytest.mark.parametrize(
    ("outer", "inner"),
    [("《》", "<>"), ("《》", "＜＞"), ("＜＞", "<>"), ("<>", "<>"), ("〈〉", "<>")],
)
def test_a_name_quoted_inside_a_carried_title_in_a_copys_angle_marks_is_printed_in_book_marks(
    outer: str, inner: str
) -> None:
    # 关于印发《贯彻落实<某意见>分工方案》的通知: the plan is 贯彻落实《某意见》分工方案
    carried = f"贯彻落实{inner[0]}{QUOTED}{inner[1]}分工方案"
    heading = f"兰州市人民政府关于印发{outer[0]}{carried}{outer[1]}的通知"
    assert read(heading, "兰州市人民政府") == (heading, f"贯彻落实《{QUOTED}》分工方案")


def test_a_name_quoted_inside_a_carried_title_in_nested_marks_keeps_them() -> None:
    # 《落实〈政府工作报告〉重点工作部门分工的意见》: 〈〉 are the marks' own nesting
    carried = "落实〈政府工作报告〉重点工作部门分工的意见"
    for outer in ("《》", "＜＞"):
        heading = f"湖南省人民政府关于印发{outer[0]}{carried}{outer[1]}的通知"
        assert read(heading, "湖南省人民政府") == (heading, carried)


LONG_PLAN = "临泽县提升行政执法质量三年行动计划(2023—2025年)实施方案"


@pytest.mark.parametrize(
    "printed",
    [
        # an organ over two lines, 关于印发 and the name's first part, the name over two more
        (
            "临泽县人民政府\n办公室\n关于印发临泽县提升行政\n执法质量三年行动计划\n"
            "(2023—2025年)实施方案\n的通知"
        ),
        # 关于印发 alone, the name over four lines
        (
            "临泽县人民政府\n办公室\n关于印发\n临泽县提升\n行政执法质量\n三年行动计划\n"
            "(2023—2025年)实施方案\n的通知"
        ),
        (
            "临泽县人民政府办公室\n关于印发\n临泽县提升\n行政执法质量\n三年行动计划\n"
            "(2023—2025年)实施方案\n的通知"
        ),
        # the name in 《》, its close on the last line
        (
            "临泽县人民政府\n办公室\n关于印发《临泽县提升行政\n执法质量三年行动计划\n"
            "(2023—2025年)实施方案》\n的通知"
        ),
    ],
)
def test_a_heading_over_six_lines_and_more_is_one_heading(printed: str) -> None:
    assert read(printed, ORGAN) == (printed.replace("\n", ""), LONG_PLAN)


@pytest.mark.parametrize(
    "below",
    [
        "各乡镇人民政府，县直各部门：",  # the recipients, closed by their colon
        "现将方案印发给你们，请认真贯彻落实。",  # a sentence
        "一、总体要求",  # a numbered part
    ],
)
def test_a_long_heading_that_no_line_closes_never_takes_the_text_under_it(below: str) -> None:
    # a heading cut before its 的通知 over five lines, then the text: the heading stops above it
    heading = (
        "临泽县人民政府\n办公室\n关于印发临泽县提升行政\n执法质量三年行动计划\n"
        "(2023—2025年)实施方案"
    )
    text = f"{heading}\n{below}\n为提升执法质量，制定本方案。\n\n{BODY}"
    plan = rulegov.parse_plan(text)
    printed = [plan.title, plan.notice.title if plan.notice else ""]
    assert not any(below[:4] in (title or "") for title in printed)


@pytest.mark.parametrize(
    ("lines", "plan"),
    [
        (["临泽县提升行政执法质量三年行动计划", "(2023—2025年)实", "施方案"], LONG_PLAN),
        (["临泽县提升行政执法质量三年行动计划", "（2023—2025年）实施", "方案"], None),
        (["临泽县法治政府建设三年行动计划", "（2024—2026年）工作方", "案"], None),
    ],
)
@pytest.mark.parametrize("signed", [False, True])
def test_a_period_opening_a_line_with_the_plans_kind_broken_after_it_is_one_title(
    lines: list[str], plan: str | None, signed: bool
) -> None:
    # 某某三年行动计划 / (2023—2025年)实 / 施方案: the period and the kind's two parts are the title's
    head = "临泽县人民政府办公室\n2024年3月5日\n\n" if signed else ""
    title = rulegov.parse_plan(head + "\n".join(lines) + f"\n\n{BODY}").title
    assert title == (plan or "".join(lines))


@pytest.mark.parametrize("heading_first", [False, True])
def test_a_period_opening_a_headings_line_with_the_name_broken_after_it_is_one_heading(
    heading_first: bool,
) -> None:
    # 关于印发某某行动计划 / (2023—2025年)实 / 施方案的通知, with or without its organ's line
    organ = f"{ORGAN}\n" if heading_first else ORGAN
    printed = f"{organ}关于印发临泽县提升行政执法质量三年行动计划\n(2023—2025年)实\n施方案的通知"
    assert read(printed, ORGAN) == (
        f"{ORGAN}关于印发{LONG_PLAN}的通知",
        LONG_PLAN,
    )
