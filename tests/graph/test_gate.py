"""Assessment gates: the rules a gate keeps, and how all, k of n, or a weighted share of its
subjects let it start.
"""

import pytest

from rulegov import (
    TaskGraph,
    UnknownReferenceError,
    ValidationError,
)
from rulegov.graph import (
    Gate,
)


def test_gate_rules_are_checked():
    with pytest.raises(ValidationError, match=r"gates\[0\].k: must lie between 1 and 2"):
        TaskGraph({"a": 1, "b": 1, "g": 0}, gates=[Gate("g", ("a", "b"), k=3)])
    with pytest.raises(ValidationError, match=r"gates\[0\].share"):
        TaskGraph({"a": 1, "b": 1, "g": 0}, gates=[Gate("g", ("a", "b"), weights=(1, 1))])
    with pytest.raises(UnknownReferenceError, match=r"gates\[0\].subjects\[1\]"):
        TaskGraph({"a": 1, "g": 0}, gates=[Gate("g", ("a", "zz"))])


def test_gate_all_k_of_n_and_weighted_share():
    durations = {"a": 2, "b": 5, "c": 9, "review": 1}
    all_of = TaskGraph(durations, gates=[Gate("review", ("a", "b", "c"))]).schedule()
    two = TaskGraph(durations, gates=[Gate("review", ("a", "b", "c"), k=2)]).schedule()
    share = TaskGraph(
        durations, gates=[Gate("review", ("a", "b", "c"), weights=(1, 1, 2), share=0.5)]
    ).schedule()
    assert all_of.early_start["review"] == 9
    assert two.early_start["review"] == 5
    assert two.driving_predecessor["review"] == "b"
    assert share.early_start["review"] == 5  # a and b carry half the weight
    # c does not hold up a 2-of-3 gate, so it is not critical for it
    assert two.duration == 9
    assert two.late_start["b"] == 3
    assert "assessment gate" in two.explain("review")
