import decimal
import fractions
import math

import pytest

import rulegov
from rulegov.evaluation import Scheme
from samples import one_leaf_scheme


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
    scheme = one_leaf_scheme({"kind": "none"})
    with pytest.raises(rulegov.EvaluationError, match="unit 'x', node 'a': the value is infinite"):
        rulegov.evaluate(scheme, {"x": {"a": math.inf}})
    with pytest.raises(rulegov.EvaluationError, match="unit 'x', node 'a': expected a number"):
        rulegov.evaluate(scheme, {"x": {"a": [1, 2]}})
    with pytest.raises(rulegov.EvaluationError, match="data is empty"):
        rulegov.evaluate(scheme, {})


def test_nan_is_missing():
    scheme = one_leaf_scheme({"kind": "none"})
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
    scheme = one_leaf_scheme({"kind": "none"})
    with pytest.raises(rulegov.UnknownReferenceError, match="nodes that are not in the scheme"):
        rulegov.evaluate(scheme, {"x": {"a": 1}}, not_applicable={"x": ["zz"]})
    with pytest.raises(rulegov.UnknownReferenceError, match="unit not in the data"):
        rulegov.evaluate(scheme, {"x": {"a": 1}}, not_applicable={"y": ["a"]})
    with pytest.raises(rulegov.EvaluationError, match="no score for the root 'r'"):
        rulegov.evaluate(scheme, {"x": {"a": 1}}, not_applicable={"x": ["a"]})


def test_unknown_units_and_nodes_in_the_arguments_fill_the_error_fields():
    scheme = one_leaf_scheme({"kind": "none"})
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
    result = rulegov.evaluate(one_leaf_scheme({"kind": "none"}), {"x": {"a": 1}})
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
        ({"": {"a": 1}}, r"unit '': a unit's name is blank"),
        ({"x": {"a": 1}, " \u3000": {"a": 2}}, r"unit ' \\u3000': a unit's name is blank"),
    ],
)
def test_junk_data_names_the_unit_and_the_value(data, message):
    with pytest.raises(rulegov.EvaluationError, match=message):
        rulegov.evaluate(one_leaf_scheme({"kind": "none"}), data)


def test_junk_categories_and_not_applicable_name_the_unit_and_the_value():
    scheme = one_leaf_scheme({"kind": "none"})
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
    scheme = one_leaf_scheme(
        {"kind": "bands", "bands": [{"min": 0, "max": 10, "score": 0.5}, {"min": 10, "score": 1}]}
    )
    with pytest.raises(
        rulegov.EvaluationError,
        match=r"unit 'y', node 'a': the value -5.0 lies in no band \(\[0, 10\), \[10, \+inf\)\)",
    ):
        rulegov.evaluate(scheme, {"x": {"a": 3}, "y": {"a": -5}})


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
    scheme = one_leaf_scheme({"kind": "none"})
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
        rulegov.evaluate(one_leaf_scheme({"kind": "none"}), {"x": {"a": "0.9"}})


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


@pytest.mark.parametrize(("kind", "scores"), [("z_score", (10.0, -10.0)), ("rank", (20.0, 10.0))])
def test_a_points_item_on_a_normalisation_of_its_own_scale_is_scored_as_before(kind, scores):
    scheme = Scheme.model_validate(
        {"id": "s", "root": {"id": "all", "aggregation": "sum", "children": [
            {"id": "t1", "points": 10, "normalisation": {"kind": kind}}]}}
    )  # fmt: skip
    result = rulegov.evaluate(scheme, {"x": {"t1": 120.0}, "y": {"t1": 60.0}})
    assert (result.score("x"), result.score("y")) == pytest.approx(scores, abs=0.01)


# a clear leader, a close pair and a clear last, for the uncertainty of ranks
UNCERTAIN_SCHEME = Scheme.model_validate(
    {
        "id": "s",
        "root": {
            "id": "r",
            "children": [{"id": "x", "children": [{"id": "a"}, {"id": "b"}]}, {"id": "c"}],
        },
    }
)


UNCERTAIN_DATA = {
    "clear leader": {"a": 0.95, "b": 0.9, "c": 0.95},
    "close 1": {"a": 0.8, "b": 0.4, "c": 0.6},
    "close 2": {"a": 0.4, "b": 0.8, "c": 0.61},
    "last": {"a": 0.1, "b": 0.1, "c": 0.1},
}


def test_seeded_runs_are_reproducible_and_bracket_the_median():
    first = rulegov.rank_uncertainty(
        UNCERTAIN_SCHEME, UNCERTAIN_DATA, runs=100, seed=7, aggregations=["arithmetic", "geometric"]
    )
    second = rulegov.rank_uncertainty(
        UNCERTAIN_SCHEME, UNCERTAIN_DATA, runs=100, seed=7, aggregations=["arithmetic", "geometric"]
    )
    assert first == second
    by_unit = {interval.unit: interval for interval in first}
    assert by_unit["clear leader"].low == by_unit["clear leader"].high == 1
    assert by_unit["last"].median == 4
    close = by_unit["close 1"]
    assert close.low <= close.median <= close.high
    assert (close.low, close.high) == (2, 3)
    assert close.nominal == rulegov.evaluate(UNCERTAIN_SCHEME, UNCERTAIN_DATA).rank("close 1")


def test_rank_uncertainty_refuses_bad_arguments():
    with pytest.raises(rulegov.EvaluationError, match="runs must be 1 or more"):
        rulegov.rank_uncertainty(UNCERTAIN_SCHEME, UNCERTAIN_DATA, runs=0)
    with pytest.raises(rulegov.EvaluationError, match=r"weight_spread must lie in \[0, 1\)"):
        rulegov.rank_uncertainty(UNCERTAIN_SCHEME, UNCERTAIN_DATA, weight_spread=1.5)
    with pytest.raises(rulegov.EvaluationError, match=r"runs must be a whole number \(got 2.5\)"):
        rulegov.rank_uncertainty(UNCERTAIN_SCHEME, UNCERTAIN_DATA, runs=2.5)
    with pytest.raises(rulegov.EvaluationError, match=r"aggregations: 'bogus' is not one of"):
        rulegov.rank_uncertainty(
            UNCERTAIN_SCHEME, UNCERTAIN_DATA, aggregations=["arithmetic", "bogus"]
        )
    with pytest.raises(rulegov.EvaluationError, match=r"unit 'x': the values must be a mapping"):
        rulegov.rank_uncertainty(UNCERTAIN_SCHEME, {"x": None})


def test_every_problem_in_the_data_is_reported_at_once():
    """A bad value of one unit hides neither another unit's nor a missing value's problem."""
    scheme = rulegov.Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "all",
                "children": [
                    {"id": "a", "normalisation": {"kind": "none"}},
                    {
                        "id": "b",
                        "normalisation": {"kind": "bands", "categories": {"好": 1.0}},
                    },
                ],
            },
        }
    )
    data = {
        "x": {"a": math.inf, "b": "好"},
        "y": {"a": 0.5, "b": "坏"},
        "z": {"a": 0.5},
        "w": {"a": 0.5, "b": "好"},
    }
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, data)
    error = caught.value
    found = [(issue.code, issue.unit, issue.node) for issue in error.issues]
    assert found == [
        ("non-finite-value", "x", "a"),
        ("unknown-label", "y", "b"),
        ("missing-data", "z", "b"),
    ]
    # the error's own fields are the first issue's, as before
    assert (error.code, error.unit, error.node, error.value) == (
        "non-finite-value",
        "x",
        "a",
        math.inf,
    )
    assert str(error).startswith(
        "3 problems in the data:\n  unit 'x', node 'a': the value is infinite"
    )
    assert "'坏' is not one of" in str(error)


def test_every_unit_the_scheme_cannot_place_is_reported_at_once():
    scheme = one_leaf_scheme({"kind": "none"})
    data = {"x": {"a": 0.5, "typo": 1}, "y": [1], "z": {"b": 2, "a": 0.1}}
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, data)
    found = [(issue.code, issue.unit, issue.node) for issue in caught.value.issues]
    assert found == [
        ("unknown-node", "x", "typo"),
        ("invalid-data", "y", None),
        ("unknown-node", "z", "b"),
    ]
    assert caught.value.code == "unknown-node"


def test_one_problem_is_one_issue_with_the_error_fields():
    scheme = one_leaf_scheme({"kind": "none"})
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, {"x": {"a": "many"}})
    error = caught.value
    assert len(error.issues) == 1
    issue = error.issues[0]
    assert (issue.code, issue.unit, issue.node, issue.value) == (
        error.code,
        error.unit,
        error.node,
        error.value,
    )
    assert issue.message == str(error)


def test_totals_in_no_grade_band_are_reported_for_every_unit():
    scheme = rulegov.Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "all", "children": [{"id": "a", "normalisation": {"kind": "none"}}]},
            "grading": {"bands": [{"grade": "好", "min": 0.5, "max": 1.0}]},
        }
    )
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, {"x": {"a": 0.1}, "y": {"a": 0.9}, "z": {"a": 0.2}})
    assert [(i.code, i.unit) for i in caught.value.issues] == [
        ("no-grade-band", "x"),
        ("no-grade-band", "z"),
    ]


def _two_leaves():
    return rulegov.Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "all", "missing": "reweight", "children": [{"id": "a"}, {"id": "b"}]},
        }
    )


@pytest.mark.parametrize(
    "nan",
    [float("nan"), decimal.Decimal("NaN"), decimal.Decimal("sNaN")],
    ids=["float", "decimal", "decimal-signalling"],
)
def test_a_nan_value_is_missing_and_the_result_says_whose_and_where(nan):
    result = rulegov.evaluate(
        _two_leaves(), {"区司法局": {"a": 0.8, "b": nan}, "区法院": {"a": 1, "b": 1}}
    )
    assert result.score("区司法局") == pytest.approx(0.8)
    [diagnostic] = result.diagnostics
    assert diagnostic.code == "nan-value"
    assert "'区司法局'" in diagnostic.message
    assert "'b'" in diagnostic.message
    assert "NaN" in str(result.explain("区司法局"))


def test_values_without_nan_give_no_diagnostic():
    result = rulegov.evaluate(_two_leaves(), {"x": {"a": 0.8, "b": None}})
    assert result.diagnostics == ()


@pytest.mark.parametrize("flag", [True, False])
def test_a_yes_no_value_at_a_leaf_is_an_error_naming_unit_node_and_value(flag):
    with pytest.raises(rulegov.EvaluationError) as raised:
        rulegov.evaluate(_two_leaves(), {"区司法局": {"a": flag, "b": 0.5}})
    assert raised.value.code == "invalid-value"
    assert raised.value.unit == "区司法局"
    assert raised.value.node == "a"
    assert str(flag) in str(raised.value)
