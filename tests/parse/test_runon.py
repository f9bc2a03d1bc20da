"""Lines cut and joined before the structure is read (``rulegov.parse._runon``)."""

from __future__ import annotations

from rulegov.parse._runon import with_wrapped_lines_joined
from rulegov.parse._text import split_lines


def _joined(text: str) -> list[str]:
    return [line.text for line in with_wrapped_lines_joined(split_lines(text))]


def test_lines_a_column_or_two_short_of_the_width_count_as_full():
    # three lines of 20 characters (40 columns) and three of 19 plus a half-width sign (39):
    # together six lines of one width, give or take the slack, so the copy wraps at 40
    lines = ["法" * 20, "治" * 19 + "a", "建" * 20, "设" * 19 + "b", "工" * 20, "作" * 19 + "c"]
    assert _joined("\n".join([*lines, "完。"])) == ["".join(lines) + "完。"]


def test_too_few_lines_of_one_width_join_nothing():
    lines = ["法" * 20, "治" * 20, "建" * 20, "设" * 20, "短。"]
    assert _joined("\n".join(lines)) == lines


def test_lines_of_many_widths_are_not_a_wrapped_copy():
    lines = ["法" * width for width in range(18, 60)]
    assert _joined("\n".join(lines)) == lines
