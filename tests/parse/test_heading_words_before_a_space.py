"""A heading whose text follows it on its line after a space: the words before the space title it.

Sites of model texts and copies of Word files often print a part's heading and its first sentence
on one line, parted by a space instead of a stop or a colon (``一、总体要求 坚持以…,推进…。``).
The few words before the space are the heading; the sentence after it, with its commas, is its
text, as it would be after ``总体要求:``. An article's text after its number (``第一条 为了…``) has
no heading words, and a formula's signs (``ALT≥2 ULN``) are none.
"""

from __future__ import annotations

import pytest

import rulegov

PLAN = (
    "某镇矛盾纠纷多元化解实施方案\n"
    "\n"
    "为推动矛盾纠纷化解工作,制定如下实施方案。\n"
    "\n"
    "{first}\n"
    "\n"
    "二、主要措施\n"
    "\n"
    "(一){second}\n"
)
SENTENCE = "坚持发展新时代“枫桥经验”,推进三级矛盾化解协调中心建设,实现矛盾纠纷一站式接收。"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("一、总体要求 " + SENTENCE, "总体要求"),
        (" 一、指导思想 " + SENTENCE, "指导思想"),
        (
            "一、2023年工作回顾 2023年是全面推进的一年,各项工作取得成效,群众满意度提升。",
            "2023年工作回顾",
        ),
    ],
)
def test_a_part_s_heading_before_a_space_is_its_title(first: str, title: str) -> None:
    plan = rulegov.parse_plan(PLAN.format(first=first, second="健全调解组织。各村建立调解委员会。"))
    assert [section.title for section in plan.sections] == [title, "主要措施"]


def test_an_item_s_heading_before_a_space_is_its_title() -> None:
    second = "健全调解组织 各村建立人民调解委员会,配齐调解员,定期开展排查。"
    plan = rulegov.parse_plan(PLAN.format(first="一、总体要求:" + SENTENCE, second=second))
    assert [task.title for task in plan.tasks] == ["健全调解组织"]


@pytest.mark.parametrize(
    ("second", "title"),
    [
        # no sentence after the space: the space is inside the heading's words
        ("加强 组织领导。", "加强组织领导"),
        # words before the space too long to be a heading's
        (
            "各村要在年底前建立健全人民调解委员会 配齐调解员,定期开展排查,及时化解纠纷。",
            "各村要在年底前建立健全人民调解委员会配齐调解员,定期开展排查,及时化解纠纷",
        ),
    ],
)
def test_a_space_that_parts_no_heading_from_its_text_stays_inside(second: str, title: str) -> None:
    plan = rulegov.parse_plan(PLAN.format(first="一、总体要求:" + SENTENCE, second=second))
    assert [task.title for task in plan.tasks] == [title]


def test_an_article_s_text_after_its_number_is_no_heading() -> None:
    text = (
        "某市政务督查办法\n"
        "\n"
        "第一条 为了加强对重大决策的跟踪检查和督办催办,规范全市政务督查工作,制定本办法。\n"
        "第二条 本办法适用于本市各级行政机关。\n"
    )
    plan = rulegov.parse_plan(text)
    titles = [task.title for task in plan.tasks] + [s.title for s in plan.walk_sections()]
    assert "第一条" not in titles
    assert not any(title == "为了加强对重大决策的跟踪检查和督办催办" for title in titles)
