import decimal
import fractions
import math

import pytest

import rulegov
from rulegov.evaluation import Scheme


def _contract_scheme():
    return rulegov.Scheme.model_validate(
        {
            "id": "example",
            "root": {
                "id": "overall",
                "children": [
                    {"id": "f1", "weight": 1, "children": [{"id": "f1.1"}, {"id": "f1.2"}]},
                    {"id": "f2", "weight": 1, "children": [{"id": "f2.1"}], "missing": "reweight"},
                ],
            },
        }
    )


def test_public_contract():
    result = rulegov.evaluate(
        _contract_scheme(), {"unit A": {"f1.1": 0.93, "f1.2": 0.88, "f2.1": 0.7}}
    )
    assert result.score("unit A") == pytest.approx((0.93 + 0.88) / 4 + 0.7 / 2)
    assert result.score("unit A", "f1") == pytest.approx(0.905)
    assert result.rank("unit A") == 1
    explanation = result.explain("unit A")
    assert explanation.root.node == "overall"
    assert [child.node for child in explanation.root.children] == ["f1", "f2"]


def test_missing_under_error_names_unit_and_node():
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(_contract_scheme(), {"unit A": {"f1.1": 0.93, "f2.1": 0.7}})
    message = str(caught.value)
    assert "unit 'unit A'" in message
    assert "'f1.2'" in message
    assert "under 'f1'" in message
    assert isinstance(caught.value, ValueError)


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


def _leaf(normalisation, direction="higher_is_better"):
    return Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "children": [{"id": "a", "direction": direction, "normalisation": normalisation}],
            },
        }
    )


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
        _leaf(normalisation, direction), {"x": {"a": 10}, "y": {"a": 20}, "z": {"a": 30}}
    )
    assert [result.score(unit) for unit in "xyz"] == pytest.approx(expected)


def test_log_goalposts_and_parameters_in_the_explanation():
    scheme = _leaf({"kind": "goalposts", "low": 100, "high": 75000, "log": True})
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
    scheme = _leaf({"kind": "bands", "categories": {"好": 1.0, "一般": 0.6}})
    result = rulegov.evaluate(scheme, {"x": {"a": "好"}, "y": {"a": "一般"}})
    assert result.score("y") == 0.6
    with pytest.raises(rulegov.EvaluationError, match="unit 'z', node 'a': the label '差'"):
        rulegov.evaluate(scheme, {"z": {"a": "差"}})


def test_rater_blend_reweights_missing_raters():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "children": [
                    {"id": "a", "raters": {"self": 0.2, "third_party": 0.5, "public": 0.3}}
                ],
            },
        }
    )
    result = rulegov.evaluate(
        scheme,
        {
            "x": {"a": {"self": 90, "third_party": 80, "public": 70}},
            "y": {"a": {"self": 100, "third_party": 60}},
        },
    )
    assert result.score("x") == pytest.approx(0.2 * 90 + 0.5 * 80 + 0.3 * 70)
    assert result.score("y") == pytest.approx((0.2 * 100 + 0.5 * 60) / 0.7)
    with pytest.raises(rulegov.EvaluationError, match="unknown rater 'boss'"):
        rulegov.evaluate(scheme, {"x": {"a": {"boss": 1}}})


def test_votes_become_points():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "aggregation": "sum",
                "children": [
                    {
                        "id": "leaders",
                        "points": 10,
                        "votes": {"好": 1.0, "较好": 0.8, "一般": 0.6, "差": 0},
                    }
                ],
            },
        }
    )
    result = rulegov.evaluate(
        scheme, {"x": {"leaders": {"好": 30, "较好": 10, "一般": 8, "差": 2}}}
    )
    assert result.score("x") == pytest.approx(10 * (30 + 8 + 4.8) / 50)
    with pytest.raises(
        rulegov.EvaluationError,
        match=r"unit 'x', node 'leaders': a vote count must not be negative \(-1.0\)",
    ):
        rulegov.evaluate(scheme, {"x": {"leaders": {"好": -1}}})
    with pytest.raises(
        rulegov.EvaluationError,
        match=r"unit 'x', node 'leaders': unknown vote choice '优'; the scheme has \[",
    ):
        rulegov.evaluate(scheme, {"x": {"leaders": {"优": 3}}})


def test_bad_values_name_unit_and_node():
    scheme = _leaf({"kind": "none"})
    with pytest.raises(rulegov.EvaluationError, match="unit 'x', node 'a': the value is infinite"):
        rulegov.evaluate(scheme, {"x": {"a": math.inf}})
    with pytest.raises(rulegov.EvaluationError, match="unit 'x', node 'a': expected a number"):
        rulegov.evaluate(scheme, {"x": {"a": [1, 2]}})
    with pytest.raises(rulegov.EvaluationError, match="data is empty"):
        rulegov.evaluate(scheme, {})


def test_nan_is_missing():
    scheme = _leaf({"kind": "none"})
    with pytest.raises(rulegov.EvaluationError, match="no value for 'a' under 'r'"):
        rulegov.evaluate(scheme, {"x": {"a": math.nan}})


def test_not_applicable_nodes_leave_the_scheme_and_sums_rescale():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "aggregation": "sum",
                "rescale": True,
                "children": [
                    {"id": "common", "points": 50},
                    {"id": "departments_only", "points": 50, "applies_to": ["department"]},
                ],
            },
        }
    )
    data = {"town": {"common": 0.9}, "dept": {"common": 0.9, "departments_only": 0.5}}
    result = rulegov.evaluate(scheme, data, categories={"town": "town", "dept": "department"})
    assert result.score("town") == pytest.approx(90.0)  # 45 of 50 common points, out of 100
    assert result.score("dept") == pytest.approx(70.0)
    town = result.explain("town").root
    assert town.children[1].note == "not applicable"
    assert town.children[0].effective_weight == pytest.approx(2.0)


def test_not_applicable_argument_is_checked():
    scheme = _leaf({"kind": "none"})
    with pytest.raises(rulegov.UnknownReferenceError, match="nodes that are not in the scheme"):
        rulegov.evaluate(scheme, {"x": {"a": 1}}, not_applicable={"x": ["zz"]})
    with pytest.raises(rulegov.UnknownReferenceError, match="unit not in the data"):
        rulegov.evaluate(scheme, {"x": {"a": 1}}, not_applicable={"y": ["a"]})
    with pytest.raises(rulegov.EvaluationError, match="no score for the root 'r'"):
        rulegov.evaluate(scheme, {"x": {"a": 1}}, not_applicable={"x": ["a"]})


def test_unknown_units_and_nodes_in_the_arguments_fill_the_error_fields():
    scheme = _leaf({"kind": "none"})
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        rulegov.evaluate(scheme, {"x": {"a": 1}}, categories={"y": "county"})
    assert (caught.value.code, caught.value.unit, caught.value.path) == (
        "unknown-unit",
        "y",
        "categories.y",
    )
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        rulegov.evaluate(scheme, {"x": {"a": 1}}, not_applicable={"x": ["zz"]})
    assert (caught.value.code, caught.value.unit, caught.value.node) == ("unknown-node", "x", "zz")
    result = rulegov.evaluate(scheme, {"x": {"a": 1}})
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        result.score("y")
    assert (caught.value.code, caught.value.unit) == ("unknown-unit", "y")
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        result.score("x", "zz")
    assert (caught.value.code, caught.value.node) == ("unknown-node", "zz")


def test_unknown_unit_and_node_in_queries():
    result = rulegov.evaluate(_leaf({"kind": "none"}), {"x": {"a": 1}})
    with pytest.raises(rulegov.UnknownReferenceError, match="'y'"):
        result.score("y")
    with pytest.raises(rulegov.UnknownReferenceError, match="'zz'"):
        result.rank("x", "zz")
    with pytest.raises(rulegov.UnknownReferenceError, match=r"unit: no such unit .*\['x'\]"):
        result.score(["x"])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([("x", {"a": 1})], r"data must map each unit to its values \(got list"),
        ({"x": 5}, r"unit 'x': the values must be a mapping .* \(got int 5\)"),
        ({"x": [1, 2]}, r"unit 'x': the values must be a mapping .* \(got list \[1, 2\]\)"),
        ({1: {"a": 1}, "1": {"a": 2}}, r"unit '1': given twice \(as '1'\)"),
    ],
)
def test_junk_data_names_the_unit_and_the_value(data, message):
    with pytest.raises(rulegov.EvaluationError, match=message):
        rulegov.evaluate(_leaf({"kind": "none"}), data)


def test_junk_categories_and_not_applicable_name_the_unit_and_the_value():
    scheme = _leaf({"kind": "none"})
    with pytest.raises(rulegov.EvaluationError, match=r"categories must map units .*got int 5"):
        rulegov.evaluate(scheme, {"x": {"a": 1}}, categories=5)
    with pytest.raises(rulegov.EvaluationError, match=r"unit 'x': a category must be a string"):
        rulegov.evaluate(scheme, {"x": {"a": 1}}, categories={"x": 3})
    with pytest.raises(rulegov.EvaluationError, match=r"unit 'x': not_applicable must list"):
        rulegov.evaluate(scheme, {"x": {"a": 1}, "y": {"a": 1}}, not_applicable={"x": 7})
    with pytest.raises(rulegov.EvaluationError, match="not_applicable must map units"):
        rulegov.evaluate(scheme, {"x": {"a": 1}}, not_applicable=["x"])


def test_a_single_node_id_in_not_applicable_is_one_id_not_its_letters():
    scheme = Scheme.model_validate(
        {"id": "s", "root": {"id": "r", "children": [{"id": "ab"}, {"id": "c"}]}}
    )
    result = rulegov.evaluate(scheme, {"x": {"c": 0.5}}, not_applicable={"x": "ab"})
    assert result.score("x") == 0.5


def test_a_value_in_no_band_is_an_error_naming_unit_node_and_value():
    scheme = _leaf(
        {"kind": "bands", "bands": [{"min": 0, "max": 10, "score": 0.5}, {"min": 10, "score": 1}]}
    )
    with pytest.raises(
        rulegov.EvaluationError,
        match=r"unit 'y', node 'a': the value -5.0 lies in no band \(\[0, 10\), \[10, \+inf\)\)",
    ):
        rulegov.evaluate(scheme, {"x": {"a": 3}, "y": {"a": -5}})


def test_unclipped_log_goalposts_refuse_values_of_zero_or_less():
    spec = {"kind": "goalposts", "low": 1, "high": 100, "log": True}
    # clipped (the default): 0 is below the low goalpost and scores 0
    assert rulegov.evaluate(_leaf(spec), {"x": {"a": 0}}).score("x") == 0.0
    with pytest.raises(
        rulegov.EvaluationError,
        match=r"unit 'x', node 'a': log goalposts need a value above 0 \(got 0.0\)",
    ):
        rulegov.evaluate(_leaf({**spec, "clip": False}), {"x": {"a": 0}})


def test_a_total_too_large_for_a_float_is_an_error_naming_the_unit():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "r", "aggregation": "sum", "children": [{"id": "a"}, {"id": "b"}]},
        }
    )
    with pytest.raises(
        rulegov.EvaluationError, match=r"unit 'x': the total is not a finite number \(inf\)"
    ):
        rulegov.evaluate(scheme, {"x": {"a": 1e308, "b": 1e308}})


def test_any_real_number_is_a_value():
    scheme = _leaf({"kind": "none"})
    data = {"f": {"a": fractions.Fraction(1, 4)}, "d": {"a": decimal.Decimal("0.25")}}
    result = rulegov.evaluate(scheme, data)
    assert [result.score("f"), result.score("d")] == [0.25, 0.25]
    with pytest.raises(
        rulegov.EvaluationError, match=r"unit 'd', node 'a': the value is infinite \(Decimal"
    ):
        rulegov.evaluate(scheme, {"d": {"a": decimal.Decimal("1e400")}})


def test_a_string_where_a_number_is_expected_says_so():
    with pytest.raises(
        rulegov.EvaluationError,
        match=r"unit 'x', node 'a': expected a number, a label, .*\(got str '0.9'\)",
    ):
        rulegov.evaluate(_leaf({"kind": "none"}), {"x": {"a": "0.9"}})


@pytest.mark.parametrize("share", [1.5, -0.25])
def test_a_points_item_refuses_a_share_outside_0_to_1(share):
    scheme = Scheme.model_validate(
        {"id": "s", "root": {"id": "all", "aggregation": "sum", "children": [
            {"id": "t1", "points": 6}, {"id": "t2", "points": 4}]}}
    )  # fmt: skip
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, {"区司法局": {"t1": share, "t2": 1}})
    error = caught.value
    assert (error.code, error.unit, error.node, error.value) == (
        "out-of-range",
        "区司法局",
        "t1",
        share,
    )
    assert str(error).startswith(
        f"unit '区司法局', node 't1': a share of {share} of the item's 6 points"
    )
    # the edges are shares too: nothing done, and all of it
    result = rulegov.evaluate(scheme, {"u": {"t1": 1, "t2": 0}})
    assert result.score("u") == 6.0
