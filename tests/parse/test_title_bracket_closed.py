"""A title cut inside its period's bracket is closed where the text prints the name whole.

A sharing site prints a Word file's name over the document (《某市…规划(2021--2025年》.doc), and
the name the file was saved under may have lost its period's closing bracket; the heading under
it prints the name whole, run into its preamble (某市…规划 (2021--2025年) 根据…). The title is the
name with its bracket closed. A name whose bracket the text never closes stays as printed.
"""

from __future__ import annotations

import pytest

import rulegov

PREAMBLE = (
    "根据有关规定，结合本市实际，制定本规划。\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n"
)


@pytest.mark.parametrize(
    ("file_line", "heading"),
    [
        (
            "《某市民族团结进步创建发展规划(2021--2025年》.doc",
            "某市民族团结进步创建发展规划 (2021--2025年) ",
        ),
        ("某县法治政府建设实施方案（2021—2025年.docx", "某县法治政府建设实施方案（2021—2025年）\n"),
    ],
)
def test_a_file_name_cut_inside_its_bracket_takes_the_heading_s_close(
    file_line: str, heading: str
) -> None:
    plan = rulegov.parse_plan(f"{file_line}\n{heading}{PREAMBLE}")
    assert plan.title is not None
    assert plan.title.replace(" ", "").endswith(("(2021--2025年)", "（2021—2025年）"))


def test_a_bracket_the_text_never_closes_stays_open() -> None:
    text = "某市民族团结进步创建活动规划纲要(2015—2020年\n" + PREAMBLE
    plan = rulegov.parse_plan(text)
    assert plan.title == "某市民族团结进步创建活动规划纲要(2015—2020年"
