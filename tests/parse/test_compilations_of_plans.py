"""Plans printed one after another in one text: each one's parts read as parts again.

A sharing site prints several plans on one page (`某方案【2篇】`, `第一篇`, `第二篇`), a copy
prints its text again after its contents, a file holds many plans. Their parts print the same
words as the first plan's; only an outline's parts (一、 over 1.1 points) and the text after
it are one part printed twice.
"""

from __future__ import annotations

import pytest

import rulegov

PIECE = (
    "一、指导思想\n以习近平法治思想为指导。\n二、主要任务\n{task}\n三、保障措施\n加强组织领导。\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "（一）开展宪法宣传周活动。镇司法所牵头。",
            "（一）组织法律进乡村活动。镇综治办牵头。",
            id="paren-items",
        ),
        pytest.param("1.开展宪法宣传周活动。", "1.组织法律进乡村活动。", id="arabic-items"),
    ],
)
def test_the_second_plan_of_a_compilation_keeps_its_parts(first, second):
    text = (
        "乡镇法治宣传工作方案【2篇】\n第一篇:乡镇法治宣传工作方案\n"
        + PIECE.format(task=first)
        + "第二篇:乡镇法治宣传工作方案\n"
        + PIECE.format(task=second)
    )
    plan = rulegov.parse_plan(text)
    sections = [(s.title, [t.title for t in s.tasks]) for s in plan.sections]
    assert sections == [
        ("指导思想", []),
        ("主要任务", ["开展宪法宣传周活动"]),
        ("保障措施", []),
        ("指导思想", []),
        ("主要任务", ["组织法律进乡村活动"]),
        ("保障措施", []),
    ]


def test_parts_of_prose_alone_printed_again_are_parts_again():
    text = "某镇普法工作方案\n一、指导思想\n坚持依法治镇。\n二、工作要求\n加强领导。\n" * 2
    titles = [section.title for section in rulegov.parse_plan(text).sections]
    assert titles == ["指导思想", "工作要求", "指导思想", "工作要求"]


def test_an_outline_and_its_text_are_one_part():
    outline = "一、背景与意义\n1.1政策背景\n1.2现实意义\n二、主要任务\n2.1完善制度\n2.2规范执法\n"
    text = "某区法治政府建设方案\n" + outline + "一、背景与意义\n1.1政策背景\n党的十八大以来…\n"
    titles = [section.title for section in rulegov.parse_plan(text).sections]
    assert titles.count("背景与意义") == 1
