"""The calculator's entry points under a seeded mutation sweep and generated weights: scores,
or an InvalidSchemeError or EvaluationError naming the node, never another exception, never a
hang; a score that is given is a finite number."""

from __future__ import annotations

import copy
import math
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rulegov
from rulegov import EvaluationError, InvalidSchemeError, Scheme
from strategies import WEIGHTS
from sweep import mutate_value, shown, sweep

if TYPE_CHECKING:
    import random
    from collections.abc import Callable

SCHEME = rulegov.datasets.yancheng_2023_scheme().model_dump(mode="json")
DATA, CATEGORIES = rulegov.datasets.yancheng_2023_appraisal()


def _scores(evaluation: object) -> str | None:
    """A loss: a unit scored with something other than a finite number."""
    if not isinstance(evaluation, rulegov.Evaluation):
        return None
    for unit in evaluation.units:
        score = evaluation.score(unit)
        if score is not None and not math.isfinite(score):
            return f"unit {unit!r} scores {score!r}"
        evaluation.explain(unit)
    rulegov.render.to_text(evaluation)
    return None


def _make_case(rng: random.Random) -> tuple[str, Callable[[], object]]:
    roll = rng.random()
    if roll < 0.45:
        data = mutate_value(rng, copy.deepcopy(SCHEME), changes=rng.randrange(1, 4))
        return f"Scheme.model_validate({shown(data)})", lambda: rulegov.evaluate(
            Scheme.model_validate(data), DATA, categories=CATEGORIES
        )
    scheme = rulegov.datasets.yancheng_2023_scheme()
    if roll < 0.85:
        data = mutate_value(rng, copy.deepcopy(DATA), changes=rng.randrange(1, 4))
        return f"evaluate(data={shown(data)})", lambda: rulegov.evaluate(
            scheme, data, categories=CATEGORIES
        )
    categories = mutate_value(rng, dict(CATEGORIES))
    not_applicable = rng.choice([None, {"区司法局": ["t1"]}, {"x": "t1"}, [], "t1", 5])
    return f"evaluate(categories={shown(categories)}, not_applicable={not_applicable!r})", (
        lambda: rulegov.evaluate(
            scheme,
            DATA,
            categories=categories,
            not_applicable=not_applicable,  # type: ignore[arg-type]
        )
    )


def test_mutated_schemes_and_data_are_evaluated_or_refused_cleanly():
    sweep("evaluate", _make_case, seed=20233, budget=6.0, check=_scores).check()


AGGREGATIONS = ["arithmetic", "geometric", "harmonic", "minimum", "sum"]


def _flat(weights: list[float], aggregation: str) -> Scheme:
    children = [{"id": f"l{i}", "weight": weight} for i, weight in enumerate(weights)]
    return Scheme.model_validate(
        {"id": "s", "root": {"id": "r", "aggregation": aggregation, "children": children}}
    )


@settings(max_examples=150, deadline=None)
@given(WEIGHTS, st.sampled_from(AGGREGATIONS), st.floats(0, 1))
def test_equal_scores_give_that_score_whatever_the_weights(weights, aggregation, value):
    try:
        scheme = _flat(weights, aggregation)
    except InvalidSchemeError as error:
        assert "add up to 0" in str(error)
        return
    data = {"u": {f"l{i}": value for i in range(len(weights))}}
    try:
        score = rulegov.evaluate(scheme, data).score("u")
    except EvaluationError as error:  # only points can add up past the largest float
        assert aggregation == "sum"
        assert "'u'" in str(error)
        return
    assert score is not None
    if aggregation != "sum":  # a mean of equal values is that value
        assert score == pytest.approx(value, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("aggregation", ["arithmetic", "geometric", "harmonic", "minimum"])
def test_weights_whose_sum_overflows_still_give_the_mean(aggregation):
    scheme = _flat([1e308, 1e300, 1.7e308], aggregation)
    evaluation = rulegov.evaluate(scheme, {"u": {"l0": 1, "l1": 1, "l2": 1}})
    assert evaluation.score("u") == pytest.approx(1.0)


def test_a_harmonic_mean_of_values_near_zero_is_near_zero():
    scheme = _flat([1, 1], "harmonic")
    score = rulegov.evaluate(scheme, {"u": {"l0": 5e-324, "l1": 1}}).score("u")
    assert score is not None
    assert 0 < score < 1e-300


def test_a_scheme_nested_too_deep_is_refused_with_a_short_message():
    node: dict[str, object] = {"id": "leaf"}
    for i in range(900):
        node = {"id": f"n{i}", "children": [node]}
    with pytest.raises(rulegov.ValidationError) as caught:
        Scheme.model_validate({"id": "s", "root": node})
    assert len(str(caught.value)) < 20_000
