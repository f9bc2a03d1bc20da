"""Reading a plan's body stays linear in its lines, however often a form that looks ahead recurs.

A head of a table of contents (目录) is checked against the entries printed after it, and a line
of units' names before a colon (区司法局：) against the next line with text. A copy that prints
many such lines (a long 责任清单, a file of many plans each with its contents) once read the rest
of the text for each of them; each is now read against what was read once. A line of thousands
of units' names that share their characters (某某市第00001号分局 …) once tested each new name
against every name of its length; the names are now looked up by their length.
"""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth


def _contents_heads(count: int) -> str:
    """A copy that prints its contents again before each copy of its text."""
    block = "目录\n一、总体要求\n二、主要任务\n三、保障措施\n"
    text = "一、总体要求\n1.加强领导。\n二、主要任务\n2.推进公开。\n三、保障措施\n3.强化督查。\n"
    return "某县2024年法治政府建设工作要点\n" + (block + text) * count


def _unit_heads(count: int) -> str:
    """A 责任清单: each body's name before a colon, over the items numbered under it."""
    return "某区法治政府建设责任清单\n一、重点任务\n" + "".join(
        f"{'区司法局' if n % 2 else '区财政局'}：\n\n{n}.开展第{n}项法治宣传工作。\n"
        for n in range(1, count + 1)
    )


def _blank_separated_contents(count: int) -> str:
    """One table of contents, its entries apart by blank lines, over a long text."""
    head = (
        "某县法治建设实施方案\n目 录\n\n一、总体要求……1\n\n二、主要任务……2\n\n三、保障措施……9\n\n"
    )
    body = "".join(f"一、总体要求\n{n}.推进第{n}项工作。\n" for n in range(1, count + 1))
    return head + body


def _many_by_on_one_line(count: int) -> str:
    """A line with 由 many times and no full stop (a sharing site's 由会员分享 run together)."""
    return "某县法治建设实施方案\n" + "《某某实施方案.docx》由会员分享" * (count * 20) + "\n"


def _many_role_words_in_a_bracket(count: int) -> str:
    """A unit bracket of many parts that role words end, with no comma between them."""
    return (
        "某县法治建设实施方案\n一、任务\n1.推进普法。(区司法局牵头;"
        + "以下各单位配合:" * (count * 10)
        + ")\n"
    )


def _many_names_of_one_length(count: int) -> str:
    """A unit bracket listing thousands of names of one length that share their characters."""
    names = "、".join(f"某某市第{n:05d}号分局" for n in range(count * 40))
    return f"某县法治建设实施方案\n一、任务\n1.推进普法。(责任单位:{names})\n"


@pytest.mark.parametrize(
    "make",
    [
        _contents_heads,
        _unit_heads,
        _blank_separated_contents,
        _many_by_on_one_line,
        _many_role_words_in_a_bracket,
        _many_names_of_one_length,
    ],
    ids=[
        "many-contents-heads",
        "many-unit-heads",
        "one-contents-long-text",
        "many-you-one-line",
        "many-role-words-one-bracket",
        "many-names-of-one-length",
    ],
)
def test_reading_grows_linearly(make: object) -> None:
    assert callable(make)
    assert growth(lambda count: rulegov.parse_plan(make(count)), 150) < LINEAR


def test_each_copy_of_the_contents_is_front_matter() -> None:
    plan = rulegov.parse_plan(_contents_heads(3))
    titles = [section.title for section in plan.walk_sections()]
    assert titles == ["总体要求", "主要任务", "保障措施"] * 3


def test_each_unit_head_gives_its_items_their_units() -> None:
    plan = rulegov.parse_plan(_unit_heads(4))
    assert [task.responsible_units for task in plan.tasks] == [
        ["区司法局"],
        ["区财政局"],
        ["区司法局"],
        ["区财政局"],
    ]
