"""Criteria (考核要点 · 扣分标准): nodes without points whose rules take points off the item above."""

import pytest

import rulegov
from rulegov.evaluation import Scheme


def _part(**extra):
    """一、执法主体（10分） with two criteria, 1. 亮证 (1 per case) and 2. 执法证件 (2, once)."""
    return Scheme.model_validate(
        {
            "id": "appraisal",
            "root": {
                "id": "total",
                "aggregation": "sum",
                "children": [
                    {
                        "id": "1",
                        "name": "执法主体",
                        "points": 10,
                        "start_full": True,
                        "floor": 0,
                        "children": [
                            {"id": "1.1", "name": "未按规定亮证执法", "is_criterion": True},
                            {"id": "1.2", "name": "执法人员无执法证件", "is_criterion": True},
                        ],
                    },
                    {"id": "2", "name": "执法程序", "points": 5},
                ],
            },
            "rules": [
                {
                    "kind": "deduction",
                    "id": "1.1-1",
                    "node": "1.1",
                    "input": "1.1-1",
                    "points": 1,
                    "reason": "每发现一次扣1分",
                },
                {
                    "kind": "deduction",
                    "id": "1.2-1",
                    "node": "1.2",
                    "input": "1.2-1",
                    "points": 2,
                    "max": 2,
                    "reason": "扣2分",
                },
            ],
            **extra,
        }
    )


def test_a_part_with_criteria_is_a_leaf_of_its_points_and_the_criteria_are_no_leaves():
    scheme = _part()
    assert scheme.leaves() == ["1", "2"]
    assert scheme.root.full_points() == 15.0
    assert scheme.criteria() == {"1.1": "1", "1.2": "1"}


def test_deductions_of_the_criteria_come_off_the_part():
    scheme = _part()
    result = rulegov.evaluate(scheme, {"A": {"1.1-1": 3, "1.2-1": 1, "2": 1.0}})
    assert result.score("A", "1") == pytest.approx(10 - 3 - 2)
    assert result.score("A") == pytest.approx(5 + 5)


def test_deductions_past_the_floor_stop_at_zero():
    scheme = _part()
    result = rulegov.evaluate(scheme, {"A": {"1.1-1": 9, "1.2-1": 1, "2": 0.5}})
    assert result.score("A", "1") == 0.0  # 扣完为止: 10 - 9 - 2 stops at 0
    assert result.score("A") == pytest.approx(2.5)


def test_the_explanation_names_the_criterion_and_its_rule():
    scheme = _part()
    explanation = rulegov.evaluate(scheme, {"A": {"1.1-1": 3, "2": 1.0}}).explain("A")
    part = explanation.root.children[0]
    assert [effect.node for effect in part.rules] == ["1.1", "1.2"]
    line = part.line()
    assert "1.1-1: -3 (criterion 1.1 未按规定亮证执法: 每发现一次扣1分: 3 × 1 points" in line
    assert "1.2-1: +0 (criterion 1.2 执法人员无执法证件: 扣2分: no data: not applied)" in line


def test_a_cap_of_the_part_holds_over_its_criteria():
    scheme = _part()
    data = scheme.model_dump()
    data["root"]["children"][0]["cap"] = 8
    result = rulegov.evaluate(Scheme.model_validate(data), {"A": {"2": 1.0}})
    assert result.score("A", "1") == 8.0


def test_the_inputs_of_a_criterion_are_its_rules_and_name_the_part():
    inputs = _part().inputs()
    assert [(item.key, item.node, item.deducts_from) for item in inputs] == [
        ("1.1-1", "1.1", "1"),
        ("1.2-1", "1.2", "1"),
        ("2", "2", None),
    ]


def test_a_value_for_a_criterion_is_refused_naming_its_inputs():
    with pytest.raises(rulegov.EvaluationError, match=r"'1\.1' is a criterion.*'1\.1-1'"):
        rulegov.evaluate(_part(), {"A": {"1.1": 1, "2": 1.0}})


def test_a_part_scored_by_a_value_loses_the_criteria_deductions_too():
    data = _part().model_dump()
    data["root"]["children"][0]["start_full"] = False
    scheme = Scheme.model_validate(data)
    result = rulegov.evaluate(scheme, {"A": {"1": 0.8, "1.1-1": 2, "2": 1.0}})
    assert result.score("A", "1") == pytest.approx(8 - 2)


def test_nested_criteria_take_points_off_the_part_above_them():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "total",
                "aggregation": "sum",
                "children": [
                    {
                        "id": "1",
                        "points": 10,
                        "start_full": True,
                        "floor": 0,
                        "children": [
                            {
                                "id": "1.1",
                                "name": "执法资格",
                                "is_criterion": True,
                                "children": [{"id": "1.1.1", "is_criterion": True}],
                            }
                        ],
                    }
                ],
            },
            "rules": [{"kind": "deduction", "id": "d", "node": "1.1.1", "input": "d", "points": 4}],
        }
    )
    assert scheme.criteria() == {"1.1": "1", "1.1.1": "1"}
    assert rulegov.evaluate(scheme, {"A": {"d": 2}}).score("A") == 2.0


def _with_part(part):
    return {"id": "s", "root": {"id": "total", "aggregation": "sum", "children": [part]}}


def test_a_criterion_under_an_item_without_points_is_refused_naming_it():
    data = _with_part({"id": "1", "children": [{"id": "1.1", "is_criterion": True}]})
    with pytest.raises(rulegov.InvalidSchemeError, match=r"node '1\.1'.*'1' has no points") as e:
        Scheme.model_validate(data)
    assert e.value.node == "1.1"


def test_a_criterion_holding_an_item_with_points_is_refused_naming_it():
    criterion = {"id": "1.1", "is_criterion": True, "children": [{"id": "x", "points": 3}]}
    data = _with_part({"id": "1", "points": 10, "children": [criterion]})
    with pytest.raises(
        rulegov.InvalidSchemeError, match=r"node '1\.1'.*'x' is an item with points"
    ) as caught:
        Scheme.model_validate(data)
    assert caught.value.node == "1.1"


def test_a_criterion_with_points_of_its_own_is_refused():
    criterion = {"id": "1.1", "is_criterion": True, "points": 2}
    data = _with_part({"id": "1", "points": 10, "children": [criterion]})
    with pytest.raises(
        rulegov.InvalidSchemeError, match=r"node '1\.1': a criterion has no points"
    ) as caught:
        Scheme.model_validate(data)
    assert caught.value.node == "1.1"


def test_a_part_with_criteria_and_items_side_by_side_is_refused():
    children = [{"id": "1.1", "is_criterion": True}, {"id": "1.2", "points": 3}]
    data = _with_part({"id": "1", "points": 10, "children": children})
    with pytest.raises(rulegov.InvalidSchemeError, match=r"node '1': only a leaf has points") as e:
        Scheme.model_validate(data)
    assert e.value.node == "1"


def test_a_scheme_without_criteria_dumps_and_scores_as_before():
    scheme = Scheme.model_validate(
        _with_part({"id": "1", "points": 10, "start_full": True, "floor": 0})
    )
    assert scheme.criteria() == {}
    assert scheme.leaves() == ["1"]
    assert rulegov.evaluate(scheme, {"A": {}}).score("A") == 10.0


def test_the_score_of_a_criterion_is_refused_naming_the_item_to_ask_for():
    result = rulegov.evaluate(_part(), {"A": {"1.1-1": 1, "2": 1.0}})
    with pytest.raises(rulegov.UnknownReferenceError, match=r"criterion.*ask for '1'.*got '1\.1'"):
        result.score("A", "1.1")


def test_a_criterion_named_not_applicable_is_refused():
    with pytest.raises(rulegov.EvaluationError, match=r"names criteria \(1\.2\)"):
        rulegov.evaluate(_part(), {"A": {"2": 1.0}}, not_applicable={"A": ["1.2"]})
