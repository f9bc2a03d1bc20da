"""The scoring engine: aggregations, and the policies for missing values (reweight, zero, impute, a minimum present)."""

import math

import pytest

import rulegov
from rulegov.evaluation import Scheme


def test_reweight_shares_weight_among_present_and_reports_it():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "missing": "reweight",
                "children": [
                    {"id": "a", "weight": 1},
                    {"id": "b", "weight": 3},
                    {"id": "c", "weight": 1},
                ],
            },
        }
    )
    result = rulegov.evaluate(scheme, {"u": {"a": 1.0, "c": 0.0}})
    assert result.score("u") == pytest.approx(0.5)
    root = result.explain("u").root
    assert root.note == "reweight"
    weights = {
        child.node: (child.nominal_weight, child.effective_weight) for child in root.children
    }
    assert weights == {"a": (1.0, 0.5), "b": (3.0, 0.0), "c": (1.0, 0.5)}
    assert root.children[1].note == "no data"


def test_zero_and_impute_policies():
    def run(policy):
        scheme = Scheme.model_validate(
            {
                "id": "s",
                "root": {"id": "r", "missing": policy, "children": [{"id": "a"}, {"id": "b"}]},
            }
        )
        return rulegov.evaluate(
            scheme, {"x": {"a": 0.8}, "y": {"a": 0.4, "b": 0.6}, "z": {"a": 0.2, "b": 0.2}}
        )

    assert run("zero").score("x") == pytest.approx(0.4)
    # imputed from peers: the mean of b over y and z is 0.4
    assert run("impute").score("x") == pytest.approx(0.6)
    statuses = [child.note for child in run("impute").explain("x").root.children]
    assert statuses == ["", "no data"]
    parts = run("impute").explain("x").root.children
    assert parts[1].effective_weight == 0.5


def test_min_present_makes_the_node_missing():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "missing": "reweight",
                "children": [
                    {
                        "id": "area",
                        "missing": "reweight",
                        "min_present": 0.75,
                        "children": [{"id": "a"}, {"id": "b"}],
                    },
                    {"id": "c"},
                ],
            },
        }
    )
    result = rulegov.evaluate(scheme, {"u": {"a": 1.0, "c": 0.2}})
    assert result.score("u", "area") is None
    assert result.score("u") == pytest.approx(0.2)
    assert "50% of the weight has data, 75% needed" in result.explain("u").root.children[0].note


@pytest.mark.parametrize(
    ("aggregation", "extra", "expected"),
    [
        ("arithmetic", {}, (0.25 * 1 + 0.75 * 0.25)),
        ("geometric", {}, 1**0.25 * 0.25**0.75),
        ("harmonic", {}, 1 / (0.25 / 1 + 0.75 / 0.25)),
        ("generalised", {"power": 2}, math.sqrt(0.25 * 1 + 0.75 * 0.0625)),
        ("minimum", {}, 0.25),
        ("sum", {}, 1 * 1 + 3 * 0.25),
    ],
)
def test_aggregations(aggregation, extra, expected):
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "aggregation": aggregation,
                **extra,
                "children": [{"id": "a", "weight": 1}, {"id": "b", "weight": 3}],
            },
        }
    )
    result = rulegov.evaluate(scheme, {"u": {"a": 1.0, "b": 0.25}})
    assert result.score("u") == pytest.approx(expected)


def test_geometric_mean_refuses_negative_values():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "aggregation": "geometric",
                "children": [{"id": "a", "normalisation": {"kind": "z_score"}}, {"id": "b"}],
            },
        }
    )
    with pytest.raises(
        rulegov.EvaluationError, match="node 'r': a geometric mean needs values of 0 or more"
    ):
        rulegov.evaluate(scheme, {"x": {"a": 1, "b": 1}, "y": {"a": 3, "b": 1}})


def _two_leaves(**root: object) -> rulegov.Scheme:
    return rulegov.Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "all",
                **root,
                "children": [
                    {"id": "a", "normalisation": {"kind": "none"}},
                    {"id": "b", "normalisation": {"kind": "none"}},
                ],
            },
        }
    )


def test_a_bad_value_does_not_hide_a_missing_one_of_the_same_unit():
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(_two_leaves(), {"x": {"a": math.inf}, "y": {"a": 0.5, "b": 0.5}})
    found = [(issue.code, issue.unit, issue.node) for issue in caught.value.issues]
    assert found == [("non-finite-value", "x", "a"), ("missing-data", "x", "b")]


def test_every_child_without_a_value_is_named():
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(_two_leaves(), {"x": {}, "y": {"a": 0.5, "b": 0.5}})
    assert [(issue.code, issue.node) for issue in caught.value.issues] == [
        ("missing-data", "a"),
        ("missing-data", "b"),
    ]


def test_a_value_not_imputed_because_its_peers_are_bad_is_not_a_second_problem():
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(
            _two_leaves(missing="impute"), {"x": {"a": "zz", "b": 0.5}, "y": {"b": 0.5}}
        )
    assert [(issue.code, issue.unit) for issue in caught.value.issues] == [("invalid-value", "x")]


def test_every_value_outside_the_bands_is_reported():
    scheme = rulegov.Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "all",
                "children": [
                    {
                        "id": "a",
                        "normalisation": {
                            "kind": "bands",
                            "bands": [{"min": 0, "max": 1, "score": 1}],
                        },
                    }
                ],
            },
        }
    )
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, {"x": {"a": 5.0}, "y": {"a": 7.0}, "z": {"a": 0.5}})
    assert [(issue.code, issue.unit) for issue in caught.value.issues] == [
        ("unnormalisable", "x"),
        ("unnormalisable", "y"),
    ]


def test_the_message_lists_twenty_problems_and_counts_the_rest():
    data = {f"u{number}": {"a": 0.5} for number in range(30)}
    data["full"] = {"a": 0.5, "b": 0.5}
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(_two_leaves(), data)
    lines = str(caught.value).splitlines()
    assert lines[0] == "30 problems in the data:"
    assert len(lines) == 22
    assert lines[-1] == "  … and 10 more (every problem is in `issues`)"
    assert len(caught.value.issues) == 30


def test_an_evaluation_error_of_no_issues_is_refused():
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.EvaluationError.of([])
    assert caught.value.code == "invalid-parameter"
