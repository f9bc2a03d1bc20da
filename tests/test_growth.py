"""The growth of a run's time (``tests/growth.py``) tells a linear rule from a quadratic one, and
stopping the runs at the large size early never changes whether a test passes."""

from __future__ import annotations

import types

import pytest
from hypothesis import given
from hypothesis import strategies as st

import growth as growth_module
from growth import LINEAR, growth


def _linear(n: int) -> object:
    return sum(range(n * 200))


def _quadratic(n: int) -> object:
    return sum(sum(range(n)) for _ in range(n))


def test_a_linear_run_grows_under_the_bound_and_a_quadratic_one_over_it():
    assert growth(_linear, 300) < LINEAR
    assert growth(_quadratic, 300) >= LINEAR
    assert growth(_quadratic, 150, factor=8) >= 2 * 8


def _scripted(small: list[int], large: list[int], limit: float | None = None):
    """``growth`` from size 1 to 4 on a clock that each run moves on by the next of its size's
    times (the first run, before timing, by none), and the runs it took at each size."""
    clock = [0]
    taken = {1: 0, 4: 0}
    times = {1: [0, *small], 4: large}

    def run(n: int) -> None:
        clock[0] += times[n][taken[n]]
        taken[n] += 1

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(growth_module, "time", types.SimpleNamespace(process_time=lambda: clock[0]))
        patch.setattr(growth_module, "gc", types.SimpleNamespace(collect=lambda: 0))
        ratio = growth(run, 1, repeats=len(small), limit=limit)
    return ratio, taken[1] - 1, taken[4]


@given(
    st.integers(min_value=1, max_value=5).flatmap(
        lambda repeats: st.tuples(
            # whole milliseconds, which the clock adds up exactly
            st.lists(st.integers(1, 100), min_size=repeats, max_size=repeats),
            st.lists(st.integers(1, 2_000), min_size=repeats, max_size=repeats),
        )
    ),
    st.sampled_from([None, 11.0]),
)
def test_stopping_early_passes_and_fails_as_every_run_would(times, limit):
    small, large = times
    repeats = len(small)
    ratio, small_runs, large_runs = _scripted(small, large, limit)
    every = min(large) / min(small)
    bound = LINEAR if limit is None else limit
    assert (ratio < bound) == (every < bound)
    assert small_runs == repeats
    if large_runs < repeats:  # stopped early: the ratio is under the bound, and never lower
        assert every <= ratio < bound
    else:
        assert ratio == every


def test_the_large_runs_stop_at_the_first_ratio_under_the_bound():
    # the first large run met a burst of load: the second is taken, and is enough
    ratio, small_runs, large_runs = _scripted([1.0, 1.0, 1.0], [12.0, 5.0, 4.0])
    assert (ratio, small_runs, large_runs) == (5.0, 3, 2)
    # a quadratic rule takes every run, and the least of them gives the ratio
    ratio, _, large_runs = _scripted([1.0, 1.1, 1.0], [17.0, 16.0, 16.5])
    assert (ratio, large_runs) == (16.0, 3)
