import math

import pytest

from rulegov import ScheduleError, TaskGraph
from rulegov.graph import monte_carlo, pert


def _graph():
    return TaskGraph(
        {"a": 3, "b": 2, "c": 4},
        [("a", "b")],
        estimates={"a": (2, 3, 10), "b": (1, 2, 3), "c": (3, 4, 5)},
    )


def test_pert_means_deviation_and_probability():
    result = pert(_graph())
    assert result.mean == {"a": 4.0, "b": 2.0, "c": 4.0}
    assert result.deviation["a"] == pytest.approx(8 / 6)
    assert result.duration == 6.0
    assert result.chain == ("a", "b")
    assert result.deviation_total == pytest.approx(math.sqrt((8 / 6) ** 2 + (2 / 6) ** 2))
    assert result.probability(6.0) == pytest.approx(0.5)
    assert result.probability(100) == pytest.approx(1.0)


def test_pert_without_estimates_is_certain():
    result = pert(TaskGraph({"a": 3}))
    assert (result.duration, result.probability(3), result.probability(2.9)) == (3.0, 1.0, 0.0)


def test_monte_carlo_is_seeded_and_gives_criticality():
    first = monte_carlo(_graph(), runs=400, seed=11)
    again = monte_carlo(_graph(), runs=400, seed=11)
    other = monte_carlo(_graph(), runs=400, seed=12)
    assert first == again
    assert first.durations != other.durations
    assert first.percentile(50) <= first.percentile(80) <= first.percentile(95)
    assert first.durations[0] >= 3.0
    assert first.durations[-1] <= 13.0
    # a-b (mean 6) mostly beats c (3 to 5); in every run one of the two chains is critical
    assert first.criticality["a"] == first.criticality["b"] > 0.9
    assert first.criticality["c"] < 0.1
    assert first.criticality["a"] + first.criticality["c"] >= 1.0
    assert first.probability(first.percentile(80)) >= 0.8


def test_uncertainty_errors_name_the_node_and_value():
    g = _graph()
    with pytest.raises(ScheduleError, match=r"estimates\['zz'\]"):
        pert(g, {"zz": (1, 2, 3)})
    with pytest.raises(ScheduleError, match=r"estimates\['a'\] must be .*got \(3, 2, 1\)"):
        monte_carlo(g, estimates={"a": (3, 2, 1)})
    with pytest.raises(ScheduleError, match="runs >= 1, got 0"):
        monte_carlo(g, runs=0)
    with pytest.raises(ScheduleError, match=r"percentile must lie in \(0, 100\], got 0"):
        monte_carlo(g, runs=5).percentile(0)
