import json
import math

import pytest

import rulegov
from rulegov.datasets._schemes import yancheng_2023_scheme
from rulegov.evaluation import GradeBand, Grading, Scheme


def _scheme(**overrides):
    base = {
        "id": "s",
        "root": {"id": "all", "children": [{"id": "a"}, {"id": "b"}]},
    }
    base.update(overrides)
    return base


def test_contract_defaults():
    scheme = rulegov.Scheme.model_validate(
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
    leaf = scheme.node("f1.1")
    assert leaf.weight == 1.0
    assert leaf.aggregation.value == "arithmetic"
    assert leaf.normalisation.kind.value == "none"
    assert scheme.node("f1").missing.value == "error"
    assert scheme.node("f2").missing.value == "reweight"


def test_unknown_node_lookup_names_the_id():
    scheme = Scheme.model_validate(_scheme())
    with pytest.raises(rulegov.UnknownReferenceError, match="nope"):
        scheme.node("nope")


def test_negative_weight_is_rejected_naming_the_node():
    data = _scheme(root={"id": "all", "children": [{"id": "a", "weight": -1}, {"id": "b"}]})
    with pytest.raises(rulegov.InvalidSchemeError) as caught:
        Scheme.model_validate(data)
    (issue,) = [i for i in caught.value.issues if i.path == "root.children[0].weight"]
    assert "'a'" in issue.message
    assert issue.value == -1


def test_duplicate_ids_are_rejected():
    data = _scheme(root={"id": "all", "children": [{"id": "a"}, {"id": "a"}]})
    with pytest.raises(rulegov.InvalidSchemeError, match="duplicate node id 'a'"):
        Scheme.model_validate(data)


def test_rule_naming_unknown_node_is_rejected():
    data = _scheme(
        rules=[{"kind": "deduction", "id": "d1", "node": "zz", "input": "x", "points": 1}]
    )
    with pytest.raises(rulegov.InvalidSchemeError) as caught:
        Scheme.model_validate(data)
    assert caught.value.issues[0].path == "rules[0].node"
    assert caught.value.issues[0].value == "zz"


def test_veto_naming_unknown_grade_is_rejected():
    data = _scheme(
        rules=[{"kind": "veto", "id": "v", "input": "x", "effect": "force", "grade": "bad"}],
        grading={"bands": [{"grade": "pass", "min": 60}, {"grade": "fail", "max": 60}]},
    )
    with pytest.raises(rulegov.InvalidSchemeError, match="veto 'v' names a grade"):
        Scheme.model_validate(data)


@pytest.mark.parametrize(
    ("bands", "message"),
    [
        ([{"grade": "a", "min": 90}, {"grade": "b", "max": 91}], "overlap above 90"),
        ([{"grade": "a", "min": 90}, {"grade": "b", "max": 85}], "leave a gap up to 90"),
        (
            [{"grade": "a", "min": 90}, {"grade": "b", "max": 90, "max_closed": True}],
            "both hold 90",
        ),
        (
            [{"grade": "a", "min": 90, "min_closed": False}, {"grade": "b", "max": 90}],
            "neither holds 90",
        ),
        ([{"grade": "a"}, {"grade": "b", "max": 10}], "overlap: list bands best first"),
    ],
)
def test_bands_that_overlap_or_leave_gaps_are_rejected(bands, message):
    with pytest.raises(rulegov.InvalidSchemeError, match=message):
        Scheme.model_validate(_scheme(grading={"bands": bands}))


def test_category_bands_are_checked_with_their_path():
    bad = [{"grade": "a", "min": 92}, {"grade": "b", "max": 90}]
    with pytest.raises(rulegov.InvalidSchemeError) as caught:
        Scheme.model_validate(
            _scheme(grading={"bands": [{"grade": "a"}], "by_category": {"town": bad}})
        )
    assert caught.value.issues[0].path.startswith("grading.by_category.town[1]")


def test_points_on_internal_node_and_generalised_without_power():
    data = _scheme(
        root={
            "id": "all",
            "aggregation": "generalised",
            "children": [{"id": "a", "points": 5, "children": [{"id": "a1"}]}],
        }
    )
    with pytest.raises(rulegov.InvalidSchemeError) as caught:
        Scheme.model_validate(data)
    messages = " | ".join(issue.message for issue in caught.value.issues)
    assert "generalised mean needs a power" in messages
    assert "only a leaf has points" in messages


def test_goalposts_need_both_ends():
    data = _scheme(
        root={
            "id": "all",
            "children": [{"id": "a", "normalisation": {"kind": "goalposts", "low": 1}}],
        }
    )
    with pytest.raises(rulegov.InvalidSchemeError, match="goalposts need low and high"):
        Scheme.model_validate(data)


def test_grade_band_edges_are_explicit():
    closed = GradeBand(grade="excellent", min=90)
    open_ = GradeBand(grade="excellent", min=90, min_closed=False)
    assert closed.contains(90.0)
    assert not open_.contains(90.0)
    assert open_.contains(90.0000001)
    assert closed.describe() == "[90, +inf)"
    assert GradeBand(grade="good", min=80, max=90).describe() == "[80, 90)"


def test_grading_order_is_best_first():
    grading = Grading(bands=[GradeBand(grade="x", min=1), GradeBand(grade="y", max=1)])
    assert grading.order() == ["x", "y"]


def test_json_round_trip_and_json_schema():
    scheme = yancheng_2023_scheme()
    again = Scheme.model_validate_json(scheme.model_dump_json())
    assert again == scheme
    schema = rulegov.scheme_json_schema()
    assert schema["title"] == "Scheme"
    assert "root" in schema["required"]
    json.dumps(schema)


def _leaf_scheme(**leaf):
    return _scheme(root={"id": "all", "children": [{"id": "x", **leaf}]})


NAN = float("nan")
INF = float("inf")


@pytest.mark.parametrize(
    ("leaf", "path", "message", "value"),
    [
        (
            {"normalisation": {"kind": "goalposts", "low": NAN, "high": 1}},
            "root.children[0].normalisation.low",
            "node 'x': low must be a finite number",
            NAN,
        ),
        ({"floor": NAN}, "root.children[0].floor", "node 'x': floor must be a finite number", NAN),
        ({"cap": INF}, "root.children[0].cap", "node 'x': cap must be a finite number", INF),
        (
            {"raters": {"self": NAN, "third_party": 1}},
            "root.children[0].raters.self",
            "node 'x': self must be a finite number",
            NAN,
        ),
        (
            {"votes": {"好": 1, "差": -INF}},
            "root.children[0].votes.差",
            "node 'x': 差 must be a finite number",
            -INF,
        ),
        (
            {"normalisation": {"kind": "distance_to_target", "target": -5}},
            "root.children[0].normalisation.target",
            "node 'x': needs a target above 0",
            -5.0,
        ),
        (
            {
                "normalisation": {
                    "kind": "bands",
                    "bands": [{"max": 10, "score": 0}, {"min": 20, "score": 1}],
                }
            },
            "root.children[0].normalisation.bands",
            "node 'x': bands leave a gap from 10",
            20.0,
        ),
        (
            {"normalisation": {"kind": "bands", "bands": [{"min": 10, "max": 5, "score": 1}]}},
            "root.children[0].normalisation.bands[0].max",
            "node 'x': band max must exceed min",
            5.0,
        ),
        (
            {"normalisation": {"kind": "bands", "bands": [{"min": 0, "score": NAN}]}},
            "root.children[0].normalisation.bands[0].score",
            "node 'x': score must be a finite number",
            NAN,
        ),
        (
            {
                "normalisation": {
                    "kind": "bands",
                    "bands": [{"min": 0, "score": 1}],
                    "categories": {"好": 1},
                }
            },
            "root.children[0].normalisation.categories",
            "node 'x': give numeric bands or categories, not both",
            None,
        ),
    ],
)
def test_contradictory_leaves_are_rejected_naming_node_field_and_value(leaf, path, message, value):
    with pytest.raises(rulegov.InvalidSchemeError) as caught:
        Scheme.model_validate(_leaf_scheme(**leaf))
    [issue] = caught.value.issues
    assert issue.path == path
    assert issue.message == message
    if isinstance(value, float) and math.isnan(value):
        assert math.isnan(issue.value)
    else:
        assert issue.value == value


def test_non_finite_rule_numbers_and_band_edges_are_rejected():
    rules = [{"kind": "shortfall", "id": "r", "node": "a", "input": "rate", "required_rate": INF}]
    rules[0]["points"] = 1
    with pytest.raises(
        rulegov.InvalidSchemeError, match="rule 'r': required_rate must be a finite"
    ):
        Scheme.model_validate(_scheme(rules=rules))
    rules = [{"kind": "deduction", "id": "d", "node": "a", "input": "n", "points": INF}]
    with pytest.raises(rulegov.InvalidSchemeError, match=r"rules\[0\].points: rule 'd': points"):
        Scheme.model_validate(_scheme(rules=rules))
    bands = [{"grade": "a", "min": NAN}, {"grade": "b", "max": NAN}]
    with pytest.raises(rulegov.InvalidSchemeError, match="band 'a': min must be a finite number"):
        Scheme.model_validate(_scheme(grading={"bands": bands}))


def test_inputs_list_each_key_a_unit_gives_item_by_item():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "all",
                "aggregation": "sum",
                "children": [
                    {"id": "a", "name": "学法", "points": 10, "criterion": "按学时计分"},
                    {"id": "b", "name": "执法", "points": 10, "start_full": True},
                    {"id": "c", "name": "满意度", "votes": {"好": 1, "差": 0}},
                    {"id": "d", "name": "述法", "manual": True},
                ],
            },
            "rules": [
                {"kind": "bonus", "id": "plus", "input": "awards", "points": 1},
                {"kind": "deduction", "id": "b-1", "node": "b", "input": "b.late", "points": 1},
                {
                    "kind": "shortfall",
                    "id": "b-2",
                    "node": "b",
                    "input": "b.rate",
                    "required_rate": 95,
                    "points": 0.1,
                },
                {"kind": "deduction", "id": "b-3", "node": "b", "input": "b.late", "points": 2},
            ],
        }
    )
    found = [(i.key, i.kind.value, i.node, i.what, i.manual) for i in scheme.inputs()]
    assert found == [
        ("a", "value", "a", "按学时计分", False),
        ("b.late", "count", "b", "b-1", False),  # once, though two rules read it
        ("b.rate", "rate", "b", "b-2", False),
        ("c", "votes", "c", "满意度", False),
        ("d", "value", "d", "述法", True),
        ("awards", "count", None, "awards", False),
    ]
    # every key is one evaluate accepts
    data = {"x": {"a": 1.0, "b.late": 1, "b.rate": 90, "c": {"好": 3}, "d": 0.5, "awards": 1}}
    assert rulegov.evaluate(scheme, data).score("x") > 0
