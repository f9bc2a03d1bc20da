"""Normalisation of observed values: each method and direction, log goalposts, category labels."""

import pytest

import rulegov
from samples import one_leaf_scheme


@pytest.mark.parametrize(
    ("normalisation", "direction", "expected"),
    [
        ({"kind": "min_max"}, "higher_is_better", [0.0, 0.5, 1.0]),
        ({"kind": "min_max"}, "lower_is_better", [1.0, 0.5, 0.0]),
        ({"kind": "min_max", "low": 0, "high": 40}, "higher_is_better", [0.25, 0.5, 0.75]),
        ({"kind": "z_score", "mean": 20, "sd": 10}, "higher_is_better", [-1.0, 0.0, 1.0]),
        ({"kind": "rank"}, "higher_is_better", [1.0, 2.0, 3.0]),
        ({"kind": "percentile"}, "higher_is_better", [0.0, 0.5, 1.0]),
        ({"kind": "goalposts", "low": 15, "high": 25}, "higher_is_better", [0.0, 0.5, 1.0]),
        ({"kind": "goalposts", "low": 15, "high": 25}, "lower_is_better", [1.0, 0.5, 0.0]),
        ({"kind": "distance_to_target", "target": 20}, "higher_is_better", [0.5, 1.0, 1.0]),
        ({"kind": "distance_to_target", "target": 20}, "lower_is_better", [1.0, 1.0, 20 / 30]),
        (
            {
                "kind": "bands",
                "bands": [
                    {"max": 15, "score": 0},
                    {"min": 15, "max": 25, "score": 0.6},
                    {"min": 25, "score": 1},
                ],
            },
            "higher_is_better",
            [0.0, 0.6, 1.0],
        ),
    ],
)
def test_normalisations(normalisation, direction, expected):
    result = rulegov.evaluate(
        one_leaf_scheme(normalisation, direction), {"x": {"a": 10}, "y": {"a": 20}, "z": {"a": 30}}
    )
    assert [result.score(unit) for unit in "xyz"] == pytest.approx(expected)


def test_log_goalposts_and_parameters_in_the_explanation():
    scheme = one_leaf_scheme({"kind": "goalposts", "low": 100, "high": 75000, "log": True})
    result = rulegov.evaluate(scheme, {"x": {"a": 100}, "y": {"a": 75000}, "z": {"a": 90000}})
    assert result.score("x") == 0.0
    assert result.score("y") == pytest.approx(1.0)
    assert result.score("z") == 1.0  # clipped at the goalpost
    leaf = result.explain("z").root.children[0]
    assert leaf.normalisation == {
        "low": 100,
        "high": 75000,
        "log": True,
        "clip": True,
        "kind": "goalposts",
    }


def test_category_labels():
    scheme = one_leaf_scheme({"kind": "bands", "categories": {"好": 1.0, "一般": 0.6}})
    result = rulegov.evaluate(scheme, {"x": {"a": "好"}, "y": {"a": "一般"}})
    assert result.score("y") == 0.6
    with pytest.raises(rulegov.EvaluationError, match="unit 'z', node 'a': the label '差'"):
        rulegov.evaluate(scheme, {"z": {"a": "差"}})


def test_unclipped_log_goalposts_refuse_values_of_zero_or_less():
    spec = {"kind": "goalposts", "low": 1, "high": 100, "log": True}
    # clipped (the default): 0 is below the low goalpost and scores 0
    assert rulegov.evaluate(one_leaf_scheme(spec), {"x": {"a": 0}}).score("x") == 0.0
    with pytest.raises(
        rulegov.EvaluationError,
        match=r"unit 'x', node 'a': log goalposts need a value above 0 \(got 0.0\)",
    ):
        rulegov.evaluate(one_leaf_scheme({**spec, "clip": False}), {"x": {"a": 0}})


@pytest.mark.parametrize(
    ("kind", "values"),
    [("z_score", [1e308, 1e308]), ("min_max", [1e308, -1e308])],
)
def test_values_too_large_to_normalise_are_an_evaluation_error_not_a_crash(kind, values):
    scheme = rulegov.Scheme.model_validate(
        {"id": "s", "root": {"id": "a", "normalisation": {"kind": kind}}}
    )
    data = {unit: {"a": value} for unit, value in zip(("x", "y"), values, strict=True)}
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, data)
    assert {issue.code for issue in caught.value.issues} == {"unnormalisable"}
    assert "too large to normalise" in str(caught.value)
