"""Targets and indicators: comparing an observed value with a target."""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    ("comparator", "value", "observed", "met"),
    [
        ("eq", 100, 100, True),
        ("eq", 100, 99.9, False),
        ("ge", 2, 2, True),
        ("ge", 2, 1, False),
        ("gt", 2, 2, False),
        ("le", 5, 5, True),
        ("lt", 5, 5, False),
    ],
)
def test_target_comparison(comparator, value, observed, met):
    target = rulegov.Target(comparator=comparator, value=value, text="x")
    assert target.is_met(observed) is met


def test_qualitative_target_cannot_be_compared():
    with pytest.raises(ValueError, match="qualitative target '进入全市先进行列'"):
        rulegov.Target(text="进入全市先进行列").is_met(1)
