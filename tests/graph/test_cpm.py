"""The critical-path passes: each link type with its lags, forward and backward, checked by hand
and against a brute force.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rulegov import (
    Dependency,
    TaskGraph,
)
from rulegov.graph import downstream
from strategies import networks


def _pair(kind: str, lag: int, da: int = 4, db: int = 3, unit: str = "working_days"):
    return TaskGraph(
        {"a": da, "b": db},
        [Dependency(predecessor="a", successor="b", type=kind, lag=lag, lag_time_unit=unit)],
    ).schedule()


@pytest.mark.parametrize(
    ("kind", "lag", "start_b"),
    [
        ("FS", 0, 4),  # ES(b) >= EF(a) + lag = 4
        ("FS", 2, 6),
        ("FS", -2, 2),
        ("SS", 0, 0),  # ES(b) >= ES(a) + lag = 0
        ("SS", 3, 3),
        ("SS", -3, 0),  # nothing starts before day 0
        ("FF", 0, 1),  # EF(b) >= EF(a) + lag = 4, so ES(b) = 4 - 3
        ("FF", 5, 6),
        ("FF", -1, 0),
        ("SF", 0, 0),  # EF(b) >= ES(a) + lag = 0: no constraint beyond day 0
        ("SF", 5, 2),  # EF(b) >= 5, ES(b) = 2
        ("SF", -4, 0),
    ],
)
def test_each_link_type_with_positive_and_negative_lags(kind, lag, start_b):
    s = _pair(kind, lag)
    assert s.early_start["a"] == 0
    assert s.early_start["b"] == start_b
    assert s.early_finish["b"] == start_b + 3
    assert s.duration == max(4, start_b + 3)


@pytest.mark.parametrize(
    ("kind", "lag", "late_start_a"),
    [
        ("FS", 0, 0),  # LF(a) <= LS(b) - 0 = 4
        ("FS", 2, 0),
        ("SS", 3, 0),  # LS(a) <= LS(b) - 3 = 0
        ("SS", 0, 0),  # both start on day 0; a (4 days) sets the finish
        ("FF", 0, 0),
        ("SF", 5, 0),  # LS(a) <= LF(b) - 5 = 0
    ],
)
def test_backward_pass_mirrors_each_link(kind, lag, late_start_a):
    s = _pair(kind, lag)
    assert s.late_start["a"] == late_start_a
    assert s.total_slack["a"] == late_start_a - s.early_start["a"]


def test_hand_checked_network():
    # the textbook network: a(3) -> b(4), a -> c(2), b -> d(1), c -> d; e(8) alone
    g = TaskGraph(
        {"a": 3, "b": 4, "c": 2, "d": 1, "e": 8},
        [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")],
    )
    s = g.schedule()
    assert s.duration == 8
    assert s.early_start == {"a": 0, "b": 3, "c": 3, "d": 7, "e": 0}
    assert s.late_start == {"a": 0, "b": 3, "c": 5, "d": 7, "e": 0}
    assert s.total_slack == {"a": 0, "b": 0, "c": 2, "d": 0, "e": 0}
    assert s.free_slack == {"a": 0, "b": 0, "c": 2, "d": 0, "e": 0}
    assert s.critical == frozenset({"a", "b", "d", "e"})  # every zero-slack task, not one path
    assert s.driving_predecessor == {"a": None, "b": "a", "c": "a", "d": "b", "e": None}


def test_free_slack_is_not_total_slack():
    # c can slip 1 day without moving d, but 3 days before the finish moves
    g = TaskGraph({"a": 5, "c": 1, "d": 1, "x": 3}, [("c", "d"), ("x", "d"), ("a", "d")])
    s = g.schedule()
    assert s.early_start["d"] == 5
    assert s.free_slack["c"] == 4
    assert s.free_slack["x"] == 2
    assert s.total_slack["x"] == 2


def test_mixed_link_network_checked_by_hand():
    g = TaskGraph(
        {"plan": 5, "meet": 1, "train": 10, "report": 2},
        [
            ("meet", "plan", "SS", 0),
            ("plan", "train", "SS", 2),
            ("plan", "train", "FF", 3),
            ("train", "report", "FS", 1),
        ],
    )
    s = g.schedule()
    assert s.early_start == {"plan": 0, "meet": 0, "train": 2, "report": 13}
    assert s.duration == 15
    assert s.critical >= {"plan", "train", "report"}
    assert s.driving_predecessor["train"] == "plan"


def test_empty_graph():
    s = TaskGraph({}).schedule()
    assert s.duration == 0
    assert s.critical == frozenset()
    assert s.critical_chain() == ()


def _bound(kind, lag, es_a, ef_a, d_b):
    return {
        "FS": ef_a + lag,
        "SS": es_a + lag,
        "FF": ef_a + lag - d_b,
        "SF": es_a + lag - d_b,
    }[kind]


def _brute_force(durations, links):
    """Least and greatest solutions by relaxing every constraint until nothing changes."""
    es = dict.fromkeys(durations, 0)
    for _ in range(len(durations) + 1):
        for a, b, kind, lag in links:
            need = _bound(kind, lag, es[a], es[a] + durations[a], durations[b])
            es[b] = max(es[b], need)
    end = max((es[n] + durations[n] for n in durations), default=0)
    ls = {n: end - d for n, d in durations.items()}
    for _ in range(len(durations) + 1):
        for a, b, kind, lag in links:
            d_a = durations[a]
            limit = {
                "FS": ls[b] - lag - d_a,
                "SS": ls[b] - lag,
                "FF": ls[b] + durations[b] - lag - d_a,
                "SF": ls[b] + durations[b] - lag,
            }[kind]
            ls[a] = min(ls[a], limit)
    return es, ls, end


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(networks())
def test_agrees_with_brute_force(network):
    durations, links = network
    s = TaskGraph(durations, links).schedule()
    es, ls, end = _brute_force(durations, links)
    assert s.early_start == es
    assert s.late_start == ls
    assert s.duration == end


@settings(max_examples=300, deadline=None)
@given(networks())
def test_invariants_without_deadlines(network):
    durations, links = network
    s = TaskGraph(durations, links).schedule()
    for node, d in durations.items():
        assert s.early_start[node] >= 0
        assert s.early_finish[node] == s.early_start[node] + d
        assert s.early_start[node] <= s.late_start[node]
        assert s.total_slack[node] >= 0
        assert 0 <= s.free_slack[node] <= s.total_slack[node]
        assert s.late_finish[node] <= s.duration
    for a, b, kind, lag in links:
        # every constraint holds for the early dates and for the late dates
        assert s.early_start[b] >= _bound(
            kind, lag, s.early_start[a], s.early_finish[a], durations[b]
        )
        assert s.late_start[b] >= _bound(kind, lag, s.late_start[a], s.late_finish[a], durations[b])
    assert s.critical == {n for n in durations if s.total_slack[n] == 0}
    assert s.duration == max(s.early_finish.values())


@settings(max_examples=100, deadline=None)
@given(networks(), st.integers(min_value=0, max_value=5))
def test_slip_moves_only_the_impact_set(network, days):
    durations, links = network
    g = TaskGraph(durations, links)
    s = g.schedule()
    node = next(iter(durations))
    impact = s.slip(node, days)
    assert set(impact.moved) <= downstream(g, node) | {node}
    assert all(delta > 0 for delta in impact.moved.values())
    assert impact.schedule.early_start[node] == s.early_start[node] + days
    # the schedule asked is unchanged
    assert s.early_start == g.schedule().early_start
