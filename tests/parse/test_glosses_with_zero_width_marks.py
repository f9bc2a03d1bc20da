"""A mirror's pinyin glosses with a copy's zero-width marks inside them or before them.

A mirror prints a reading after characters (``目標(biāo)進(jìn)度``), and a page copied from it may
carry zero-width marks anywhere, also inside a gloss (``進(j\u2060ìn)``) or between the gloss and
its character (``目標\u200d(biāo)``). The marks print nothing: the gloss is still a gloss, and
a table whose column headings carry both is read as the same table without them.
"""

from __future__ import annotations

import pytest

import rulegov
from rulegov.parse._text import normalise

HEADINGS = [
    "序號(hào)",
    "項目",
    "責任單位",
    "建設(shè)內(nèi)容",
    "總投資",
    "(萬(wàn)元)",
    "2023年",
    "目標(biāo)進(jìn)度",
]
ROWS = [
    ["1", "完善交通設施", "區住建局", "實施道路提升改造工程。", "1000", "年內完成"],
    ["2", "提升防洪能力", "區農業農村局", "實施河道整治工程。", "2000", "6月開工"],
]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("目標\u200d(biāo)進(j\u2060ìn)度", "目标进度"),
        ("內(\u200b\u200bnè\u200ci\ufeff)容", "内容"),
        ("序號(hà\ufeffo)", "序号"),
        ("目標 (biāo)", "目标"),
    ],
    ids=["joiner-before-and-inside", "marks-around-the-syllable", "bom-inside", "space-before"],
)
def test_a_gloss_with_zero_width_marks_is_dropped(printed: str, read: str) -> None:
    assert normalise(printed) == read


def test_bracketed_latin_without_a_tone_mark_is_kept() -> None:
    assert normalise("使用 (ABC) 方法") == "使用(ABC)方法"


@pytest.mark.parametrize(
    ("printed", "kept"),
    [
        ("采用 (café latte) 方式", "(cafélatte)"),
        ("菜单 (à la carte)", "(àlacarte)"),
        ("说明 (see annex á)", "(seeannexá)"),
    ],
    ids=["two-words", "three-words", "accent-last"],
)
def test_bracketed_latin_words_with_one_accent_are_kept(printed: str, kept: str) -> None:
    assert kept in normalise(printed).replace(" ", "")


def _stacked(mark: str) -> str:
    """The table a cell a line, each gloss with ``mark`` before it and after its vowel."""
    marked = [
        cell.replace("(", mark + "(").replace("è", "è" + mark).replace("ā", mark + "ā")
        for cell in HEADINGS
    ]
    cells = [*marked, *(cell for row in ROWS for cell in row)]
    return "2023年某區民生實事項目責任分解表\n\n" + "\n\n".join(cells) + "\n"


@pytest.mark.parametrize("mark", ["\u200d", "\ufeff", "\u2060\u200b"], ids=["zwj", "bom", "two"])
def test_a_table_a_cell_a_line_with_marked_glosses_in_its_headings_keeps_its_rows(
    mark: str,
) -> None:
    clean = rulegov.parse_plan(_stacked(""))
    marked = rulegov.parse_plan(_stacked(mark))
    assert [task.title for task in clean.tasks] == ["完善交通設施", "提升防洪能力"]
    assert [task.title for task in marked.tasks] == [task.title for task in clean.tasks]
    assert [[a.role.value for a in task.assignments] for task in marked.tasks] == [
        [a.role.value for a in task.assignments] for task in clean.tasks
    ]
