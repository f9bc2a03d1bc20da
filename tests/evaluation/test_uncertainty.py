import pytest

import rulegov
from rulegov.evaluation import Scheme

SCHEME = Scheme.model_validate(
    {
        "id": "s",
        "root": {
            "id": "r",
            "children": [{"id": "x", "children": [{"id": "a"}, {"id": "b"}]}, {"id": "c"}],
        },
    }
)
DATA = {
    "clear leader": {"a": 0.95, "b": 0.9, "c": 0.95},
    "close 1": {"a": 0.8, "b": 0.4, "c": 0.6},
    "close 2": {"a": 0.4, "b": 0.8, "c": 0.61},
    "last": {"a": 0.1, "b": 0.1, "c": 0.1},
}


def test_seeded_runs_are_reproducible_and_bracket_the_median():
    first = rulegov.rank_uncertainty(
        SCHEME, DATA, runs=100, seed=7, aggregations=["arithmetic", "geometric"]
    )
    second = rulegov.rank_uncertainty(
        SCHEME, DATA, runs=100, seed=7, aggregations=["arithmetic", "geometric"]
    )
    assert first == second
    by_unit = {interval.unit: interval for interval in first}
    assert by_unit["clear leader"].low == by_unit["clear leader"].high == 1
    assert by_unit["last"].median == 4
    close = by_unit["close 1"]
    assert close.low <= close.median <= close.high
    assert (close.low, close.high) == (2, 3)
    assert close.nominal == rulegov.evaluate(SCHEME, DATA).rank("close 1")


def test_bad_arguments():
    with pytest.raises(rulegov.EvaluationError, match="runs must be 1 or more"):
        rulegov.rank_uncertainty(SCHEME, DATA, runs=0)
    with pytest.raises(rulegov.EvaluationError, match=r"weight_spread must lie in \[0, 1\)"):
        rulegov.rank_uncertainty(SCHEME, DATA, weight_spread=1.5)
    with pytest.raises(rulegov.EvaluationError, match=r"runs must be a whole number \(got 2.5\)"):
        rulegov.rank_uncertainty(SCHEME, DATA, runs=2.5)
    with pytest.raises(rulegov.EvaluationError, match=r"aggregations: 'bogus' is not one of"):
        rulegov.rank_uncertainty(SCHEME, DATA, aggregations=["arithmetic", "bogus"])
    with pytest.raises(rulegov.EvaluationError, match=r"unit 'x': the values must be a mapping"):
        rulegov.rank_uncertainty(SCHEME, {"x": None})
