"""Ranks: display rounding never feeds them, ties follow the declared policy and a tolerance."""

import rulegov
from rulegov.evaluation import Scheme


def test_display_rounding_never_feeds_ranks():
    scheme = Scheme.model_validate(
        {"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}, "display": {"digits": 1}}
    )
    result = rulegov.evaluate(scheme, {"p": {"a": 89.96}, "q": {"a": 89.95}})
    assert result.display("p") == result.display("q") == "90.0"
    assert result.rank("p") == 1
    assert result.rank("q") == 2


def test_ties_follow_the_declared_policy():
    def run(ties):
        scheme = Scheme.model_validate(
            {"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}, "display": {"ties": ties}}
        )
        return rulegov.evaluate(
            scheme, {"p": {"a": 2}, "q": {"a": 3}, "r": {"a": 3}, "s": {"a": 1}}
        )

    assert [run("min").rank(u) for u in "pqrs"] == [3, 1, 1, 4]
    assert [run("dense").rank(u) for u in "pqrs"] == [2, 1, 1, 3]
    assert [run("ordinal").rank(u) for u in "pqrs"] == [3, 1, 2, 4]


def test_floating_point_noise_ties_within_tolerance():
    scheme = Scheme.model_validate({"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}})
    result = rulegov.evaluate(scheme, {"p": {"a": 0.1 + 0.2}, "q": {"a": 0.3}})
    assert result.rank("p") == result.rank("q") == 1
