"""The caps a scheme states of its bonus and penalties are read in linear time on long lines."""

from __future__ import annotations

import rulegov
from growth import LINEAR, growth
from rulegov.parse._scheme_words import HEADING_PENALTY_CAP

_SCORED = "某县考核细则\n一、组织领导（40分）\n二、依法行政（60分）\n"


def test_a_base_score_before_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    # 基本分100分 then spaces and no added points: the rule fails at once, not trying every
    # split of the run between two of its spaces
    def read(n: int, after: str = "计。") -> rulegov.Scheme:
        return rulegov.parse_scheme(
            f"某县考核办法\n一、总则\n满分为110分，其中基本分100分{' ' * n}{after}\n"
            + _SCORED.split("\n", 1)[1]
            + "三、加分项目\n获省级表彰的加3分。\n"
        )

    assert growth(read, 2_000) < LINEAR
    assert read(3, "附加分10分。").bonus_cap == 10.0  # spaces before the added points still read


def test_a_penalty_headings_cap_after_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    # a heading that long is read as no section, so the rule is timed on its own
    def read(n: int) -> object:
        return [HEADING_PENALTY_CAP.search(f"扣分事项（最多{' ' * n}计）") for _ in range(3)]

    assert growth(read, 2_000) < LINEAR
    assert read(3) == [None] * 3
    scheme = rulegov.parse_scheme(
        _SCORED
        + "三、扣分事项（最多  扣20分）\n"
        + "（一）被市政府通报批评的，每次扣2分；\n（二）弄虚作假的，扣10分。\n"
    )
    assert scheme.penalty_cap == 20.0  # spaces before the cap's figure still read
