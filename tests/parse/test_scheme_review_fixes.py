"""Scheme reading that stays linear, keeps the input's offsets and reads one rule one way."""

from __future__ import annotations

import rulegov
from growth import LINEAR, growth


def test_an_item_broken_over_many_lines_is_read_in_linear_time() -> None:
    def read(n: int) -> rulegov.Scheme:
        return rulegov.parse_scheme(
            "考核细则\n一、组织领导（20分）\n1、制定年度工作计划，\n"
            + "工作标准明确，\n" * n
            + "完成。\n"
        )

    assert growth(read, 250) < LINEAR  # four times the lines, not sixteen times the time
    [heading] = read(3).root.children
    assert heading.criterion is not None
    assert heading.criterion.count("工作标准明确") == 3  # the broken item read whole
    assert heading.criterion.endswith("完成。")
