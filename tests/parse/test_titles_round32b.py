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
