"""The leaders and page numbers of a table of contents, read in time linear in the line's length.

A copy extracted from a PDF prints a table of contents under 目录 with leaders (……, ...., · · ·,
— —, spaces) between each entry and its page number; a broken extraction runs them to tens of
thousands of characters on one line. Each entry is read without its leaders and page number,
and a line of 50,000 leaders is read at once, not in tens of seconds.
"""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth

_TEXT = (
    "一、总体要求\n"
    "(一)指导思想。以习近平新时代中国特色社会主义思想为指导,加快推进法治建设。\n"
    "二、主要任务\n"
    "(一)加强行政能力建设。完善依法行政制度,提高行政效能。\n"
    "(二)推进政务公开。各级政府依法公开政务信息。\n"
)
_ENTRIES = (
    "一、总体要求",
    "(一)指导思想",
    "二、主要任务",
    "(一)加强行政能力建设",
    "(二)推进政务公开",
)


@pytest.mark.parametrize(
    ("leader", "pages"),
    [
        ("……………", ("1", "1", "3", "3", "12")),
        ("........", ("1", "1", "3", "3", "12")),
        ("· · · · ", ("1", "2", "10", "10", "112")),
        ("— — —", ("1", "1", "3", "3", "4")),
        ("    ", ("1", "1", "3", "3", "4")),
        ("．．．．", ("", "", "", "", "")),
    ],
    ids=["ellipsis", "dots", "spaced-dots", "dashes", "spaces", "no-page"],
)
def test_entries_with_leaders_and_page_numbers_are_front_matter(
    leader: str, pages: tuple[str, ...]
) -> None:
    contents = "".join(
        f"{entry}{leader}{page}\n" for entry, page in zip(_ENTRIES, pages, strict=True)
    )
    plan = rulegov.parse_plan("某县2024年法治政府建设工作要点\n目录\n" + contents + _TEXT)
    assert [section.title for section in plan.walk_sections()] == [
        "总体要求",
        "指导思想",
        "主要任务",
    ]
    assert [task.title for task in plan.tasks] == ["加强行政能力建设", "推进政务公开"]


@pytest.mark.parametrize(
    "leader",
    ["…", ".", "·", "—", ". ", " "],
    ids=["ellipsis", "dot", "middle-dot", "dash", "dot-space", "space"],
)
def test_a_line_of_leaders_is_read_in_linear_time(leader: str) -> None:
    def read(n: int) -> rulegov.Plan:
        run = leader * (n // len(leader))
        return rulegov.parse_plan(
            "某县2024年工作要点\n目录\n一、总体要求" + run + "3\n二、主要任务" + run + "x\n"
            "三、保障措施\n" + _TEXT
        )

    assert read(50_000).tasks
    assert growth(read, 2_000) < LINEAR  # the leaders were read at every character: quadratic
