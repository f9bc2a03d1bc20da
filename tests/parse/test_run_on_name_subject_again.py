"""A name run into its text ends where the text opens by naming the name's subject again.

A copy that lost its line breaks runs a plan's name into its first sentence
(``某市法治乡村建设实施方案法治乡村建设是…``): the sentence opens with words of the name (its
subject, ``法治乡村``), and the name ends at the kind's word before them, as it ends before an
opening 为… or 根据….
"""

from __future__ import annotations

from rulegov import parse_plan


def test_a_name_ends_before_its_subject_named_again() -> None:
    plan = parse_plan(
        "某市法治乡村建设实施方案法治乡村建设是全面推进依法治国的重要基础,制定本实施方案。"
        "一、指导思想坚持以习近平法治思想为指导。二、工作目标到2025年基本形成法治乡村建设格局。\n"
    )
    assert plan.title == "某市法治乡村建设实施方案"


def test_a_name_in_traditional_characters_ends_there_too() -> None:
    plan = parse_plan(
        "某縣普法依法治理工作要點普法依法治理工作要堅持以人民為中心,制定本要點。\n"
        "一、指導思想\n堅持以習近平法治思想為指導。\n"
    )
    assert plan.title == "某縣普法依法治理工作要點"


def test_a_kind_s_word_inside_a_name_does_not_end_it() -> None:
    plan = parse_plan(
        "某县法治政府建设规划实施方案为深入推进依法行政,制定本方案。\n一、总体要求\n坚持依法行政。\n"
    )
    assert plan.title == "某县法治政府建设规划实施方案"
