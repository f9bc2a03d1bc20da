"""Chinese appraisal rules at their boundaries: band edges, 扣完为止, 一票否决, capped 加分."""

import re
import warnings

import pytest

import rulegov
from rulegov.evaluation import Scheme, ShortfallRule

BANDS = [
    {"grade": "excellent", "label": "优秀", "min": 90},
    {"grade": "good", "label": "良好", "min": 80, "max": 90},
    {"grade": "pass", "label": "合格", "min": 60, "max": 80},
    {"grade": "fail", "label": "不合格", "max": 60},
]


def _scheme(rules=(), **extra):
    return Scheme.model_validate(
        {
            "id": "appraisal",
            "root": {
                "id": "total",
                "aggregation": "sum",
                "children": [
                    {"id": "work", "points": 70, "floor": 0},
                    {"id": "safety", "points": 30, "floor": 0},
                ],
            },
            "rules": list(rules),
            "grading": {"bands": BANDS},
            **extra,
        }
    )


def _run(scheme, rows, **kwargs):
    return rulegov.evaluate(scheme, rows, **kwargs)


def test_band_edge_90_is_excellent_and_just_below_is_good():
    scheme = _scheme()
    result = _run(
        scheme,
        {"edge": {"work": 60 / 70, "safety": 1.0}, "below": {"work": 59.999 / 70, "safety": 1.0}},
    )
    assert result.score("edge") == pytest.approx(90.0)
    assert result.grade("edge") == "excellent"
    assert result.grade("below") == "good"
    # shown as 90.00, but graded on the unrounded 89.999
    assert result.display("below") == "90.00"
    assert "lies in [80, 90): good" in result.explain("below").grade_steps[0].note


def test_grade_on_displayed_score_is_declared():
    scheme = _scheme(display={"grade_on": "displayed"})
    result = _run(scheme, {"below": {"work": 59.999 / 70, "safety": 1.0}})
    assert result.grade("below") == "excellent"


def test_open_edge_excludes_the_boundary():
    bands = [
        {"grade": "excellent", "min": 90, "min_closed": False},
        {"grade": "other", "max": 90, "max_closed": True},
    ]
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "r", "aggregation": "sum", "children": [{"id": "a", "points": 100}]},
            "grading": {"bands": bands},
        }
    )
    assert _run(scheme, {"u": {"a": 0.9}}).grade("u") == "other"


def test_deduction_floors_the_item_at_zero():
    rule = {
        "kind": "deduction",
        "id": "incidents",
        "node": "safety",
        "input": "incidents",
        "points": 5,
        "reason": "每发生一起安全事件扣5分，扣完为止",
    }
    result = _run(_scheme([rule]), {"u": {"work": 1.0, "safety": 1.0, "incidents": 8}})
    assert result.score("u", "safety") == 0.0  # 30 - 40 is floored at 0, not -10
    assert result.score("u") == 70.0
    safety = result.explain("u").root.children[1]
    assert safety.base == 30.0
    assert safety.rules[0].points == -40.0
    assert "扣完为止" in safety.rules[0].note


def test_deduction_with_a_rule_maximum():
    rule = {"kind": "deduction", "id": "d", "node": "work", "input": "late", "points": 2, "max": 5}
    result = _run(_scheme([rule]), {"u": {"work": 1.0, "safety": 1.0, "late": 4}})
    assert result.score("u", "work") == 65.0
    assert "capped at 5" in result.explain("u").root.children[0].rules[0].note


def test_shortfall_per_percentage_point():
    rule = {
        "kind": "shortfall",
        "id": "review",
        "node": "work",
        "input": "review_rate",
        "required_rate": 100,
        "points": 0.5,
    }
    result = _run(
        _scheme([rule]),
        {
            "met": {"work": 1.0, "safety": 1.0, "review_rate": 100},
            "short": {"work": 1.0, "safety": 1.0, "review_rate": 96.5},
        },
    )
    assert result.score("met", "work") == 70.0
    assert result.score("short", "work") == pytest.approx(70 - 1.75)


def test_veto_fails_a_unit_with_top_points():
    veto = {
        "kind": "veto",
        "id": "major",
        "input": "major_incident",
        "effect": "force",
        "grade": "fail",
        "reason": "发生重大事件，一票否决",
    }
    result = _run(
        _scheme([veto]),
        {
            "top": {"work": 1.0, "safety": 1.0, "major_incident": 1},
            "second": {"work": 0.5, "safety": 0.5, "major_incident": 0},
        },
    )
    assert result.score("top") == 100.0
    assert result.rank("top") == 1  # the points and rank stand; the grade does not
    assert result.grade("top") == "fail"
    assert result.grade("second") == "fail"
    steps = result.explain("top").grade_steps
    assert steps[0].grade == "excellent"
    assert steps[-1].grade == "fail"
    assert "major" in steps[-1].note


def test_veto_cap_and_bar():
    cap = {"kind": "veto", "id": "cap", "input": "c", "effect": "cap", "grade": "pass"}
    bar = {"kind": "veto", "id": "bar", "input": "b", "effect": "bar", "grade": "excellent"}
    scheme = _scheme([cap, bar])
    result = _run(
        scheme,
        {
            "capped": {"work": 1.0, "safety": 1.0, "c": 1},
            "barred": {"work": 1.0, "safety": 1.0, "b": True},
            "barred_good": {"work": 0.8, "safety": 1.0, "b": 1},
            "capped_fail": {"work": 0.1, "safety": 0.1, "c": 1},
        },
    )
    assert result.grade("capped") == "pass"
    assert result.grade("barred") == "good"
    assert result.grade("barred_good") == "good"
    assert result.grade("capped_fail") == "fail"


def test_bonus_block_is_capped_separately():
    rules = [
        {"kind": "bonus", "id": "national", "input": "national", "points": 3},
        {"kind": "bonus", "id": "provincial", "input": "provincial", "points": 1},
        {"kind": "penalty", "id": "criticised", "input": "criticised", "points": 2},
    ]
    scheme = _scheme(rules, bonus_cap=5, penalty_cap=3)
    result = _run(
        scheme,
        {
            "u": {"work": 0.9, "safety": 0.9, "national": 2, "provincial": 1, "criticised": 0},
            "v": {"work": 0.9, "safety": 0.9, "national": 1, "criticised": 4},
        },
    )
    assert result.score("u", "total") == pytest.approx(90.0)
    assert result.score("u") == pytest.approx(95.0)  # 6 + 1 = 7 bonus points, capped at 5
    assert result.score("v") == pytest.approx(90.0 + 3 - 3)  # penalty 8 capped at 3
    block = result.explain("u").block
    assert [effect.rule for effect in block][-1] == "bonus_cap"
    assert block[-1].points == -2.0


def test_bonus_rules_of_one_group_count_only_the_highest():
    rules = [
        {"kind": "bonus", "id": "national", "input": "national", "points": 3, "group": "award"},
        {"kind": "bonus", "id": "provincial", "input": "provincial", "points": 2, "group": "award"},
        {"kind": "bonus", "id": "adopted", "input": "adopted", "points": 1},
    ]
    scheme = _scheme(rules)
    result = _run(
        scheme,
        {
            "u": {"work": 0.9, "safety": 0.9, "national": 1, "provincial": 1, "adopted": 1},
            "v": {"work": 0.9, "safety": 0.9, "national": 0, "provincial": 2, "adopted": 0},
        },
    )
    assert result.score("u") == pytest.approx(90.0 + 3 + 1)  # the provincial 2 does not count
    assert result.score("v") == pytest.approx(90.0 + 4)  # 2 × 2 beats 0 × 3
    block = {effect.rule: effect for effect in result.explain("u").block}
    assert block["provincial"].points == 0.0
    assert "only the highest bonus of group 'award' counts" in block["provincial"].note


def test_quota_moves_units_beyond_it_to_the_next_grade():
    scheme = _scheme(grading={"bands": BANDS, "quotas": [{"grade": "excellent", "max_count": 2}]})
    rows = {
        name: {"work": share, "safety": 1.0}
        for name, share in [("a", 1.0), ("b", 0.99), ("c", 0.98), ("d", 0.5)]
    }
    result = _run(scheme, rows)
    assert [result.grade(u) for u in "abcd"] == ["excellent", "excellent", "good", "pass"]
    assert "quota: at most 2 'excellent'" in result.explain("c").grade_steps[-1].note


def test_a_quota_that_moves_a_grade_quotes_the_rule_as_the_document_states_it():
    quota = {"grade": "excellent", "max_count": 1, "reason": "优秀等次名额不超过1个"}
    scheme = _scheme(grading={"bands": BANDS, "quotas": [quota]})
    rows = {name: {"work": share, "safety": 1.0} for name, share in [("a", 1.0), ("b", 0.99)]}
    result = _run(scheme, rows)
    assert result.reason("b") == (
        "quota (优秀等次名额不超过1个): at most 1 'excellent'; ranked 2 among them"
    )


def test_quota_share_rounds_down_and_ties_at_the_edge_keep_the_grade():
    scheme = _scheme(grading={"bands": BANDS, "quotas": [{"grade": "excellent", "max_share": 0.5}]})
    rows = {
        "a": {"work": 1.0, "safety": 1.0},
        "b": {"work": 0.95, "safety": 1.0},
        "c": {"work": 0.95, "safety": 1.0},
        "d": {"work": 0.0, "safety": 0.0},
        "e": {"work": 0, "safety": 0},
    }
    result = _run(scheme, rows)  # 0.5 × 5 = 2.5 → 2; b and c tie for second
    assert [result.grade(u) for u in "abc"] == ["excellent", "excellent", "excellent"]


def test_bands_by_category():
    town_bands = [
        {"grade": "excellent", "min": 92},
        {"grade": "good", "min": 80, "max": 92},
        {"grade": "pass", "min": 60, "max": 80},
        {"grade": "fail", "max": 60},
    ]
    scheme = _scheme(grading={"bands": BANDS, "by_category": {"town": town_bands}})
    rows = {"dept": {"work": 61 / 70, "safety": 1.0}, "town": {"work": 61 / 70, "safety": 1.0}}
    result = _run(scheme, rows, categories={"town": "town"})
    assert result.grade("dept") == "excellent"
    assert result.grade("town") == "good"


def _full_start_scheme(*rules: tuple[str, str, float]) -> Scheme:
    """A 扣分制 item of 10 points (floor 0) and deductions (id, input, points per case) on it."""
    return Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "aggregation": "sum",
                "children": [{"id": "discipline", "points": 10, "floor": 0, "start_full": True}],
            },
            "rules": [
                {"kind": "deduction", "id": ident, "node": "discipline", "input": key, "points": p}
                for ident, key, p in rules
            ],
        }
    )


def test_start_full_items_need_no_observed_value():
    scheme = _full_start_scheme(("late", "late_reports", 0.5))
    result = _run(scheme, {"clean": {}, "late": {"late_reports": 3}, "worse": {"late_reports": 30}})
    assert [result.score(u) for u in ("clean", "late", "worse")] == [10.0, 8.5, 0.0]
    assert result.explain("clean").root.children[0].note == "starts at full points (扣分制)"


def test_a_value_for_a_start_full_item_is_refused_with_the_inputs_it_wants():
    """A score given for a 扣分制 item would be ignored: the error names its rules' inputs."""
    scheme = _full_start_scheme(("late", "late_reports", 1), ("lost", "lost_files", 1))
    with pytest.raises(rulegov.EvaluationError) as caught:
        _run(scheme, {"clean": {}, "dept": {"discipline": 0.5}})
    error = caught.value
    assert (error.code, error.unit, error.node, error.value) == (
        "value-for-full-start",
        "dept",
        "discipline",
        0.5,
    )
    assert "'late_reports', 'lost_files'" in str(error)
    # the rules' inputs are the data: accepted
    assert _run(scheme, {"dept": {"late_reports": 2}}).score("dept") == 8.0


def test_start_full_only_on_leaves():
    with pytest.raises(rulegov.InvalidSchemeError, match="only a leaf starts full"):
        Scheme.model_validate(
            {"id": "s", "root": {"id": "r", "start_full": True, "children": [{"id": "a"}]}}
        )


@pytest.mark.parametrize("junk", ["", "\x00", "分", b"bytes", object(), {"k": 1}, -0.0, 10**400])
def test_junk_inputs_raise_rulegov_errors_or_score(junk):
    rule = {"kind": "deduction", "id": "d", "node": "work", "input": "count", "points": 1}
    scheme = _scheme([rule])
    for row in ({"work": junk, "safety": 1.0}, {"work": 1.0, "safety": 1.0, "count": junk}):
        message = ""
        try:
            result = _run(scheme, {"u": row})
        except rulegov.RulegovError as error:  # anything else escapes and fails the test
            message = str(error)
        if message:
            assert "unit 'u'" in message
        else:
            assert isinstance(result.score("u"), float)


def test_a_rule_without_data_keeps_its_reason_in_the_explanation():
    rules = [
        {
            "kind": "deduction",
            "id": "d",
            "node": "work",
            "input": "late",
            "points": 1,
            "reason": "每逾期一次扣1分",
        },
        {"kind": "bonus", "id": "b", "input": "awards", "points": 2, "reason": "每项加2分"},
    ]
    explanation = _run(_scheme(rules), {"u": {"work": 1.0, "safety": 1.0}}).explain("u")
    assert explanation.root.children[0].rules[0].note == "每逾期一次扣1分: no data: not applied"
    assert explanation.block[0].note == "每项加2分: no data: not applied"
    assert explanation.block[0].points == 0.0


def test_shortfall_rule_target_is_a_deprecated_name_of_required_rate():
    rule = {"kind": "shortfall", "id": "r", "node": "work", "input": "rate", "points": 1}
    with pytest.warns(DeprecationWarning, match="pass required_rate="):
        old = _scheme([{**rule, "target": 90}]).rules[0]
    assert isinstance(old, ShortfallRule)
    assert old.required_rate == 90
    assert "target" not in old.model_dump()
    with pytest.warns(DeprecationWarning, match="use ShortfallRule.required_rate"):
        assert old.target == 90
    result = _run(
        _scheme([{**rule, "required_rate": 90}]),
        {"short": {"work": 1.0, "safety": 1.0, "rate": 85}},
    )
    assert result.score("short", "work") == 65.0


def test_the_deprecated_target_warns_once_at_the_callers_line():
    # shown by Python's default filters only when it names the caller's file, not pydantic's
    rule = {"kind": "shortfall", "id": "r", "node": "work", "input": "rate", "points": 1}
    builds = [
        lambda: ShortfallRule(**{**rule, "target": 90}),
        lambda: ShortfallRule.model_validate({**rule, "target": 90}),
        lambda: _scheme([{**rule, "target": 90}]),
    ]
    for build in builds:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            build()
        assert [w.filename for w in caught] == [__file__]
        assert issubclass(caught[0].category, DeprecationWarning)
        assert "removed in rulegov 0.3.0; pass required_rate=" in str(caught[0].message)


def test_a_veto_in_a_scheme_without_grade_bands_is_the_reason_where_it_fires():
    """一票否决 with no grade to act on: it names the units it fires for, in every output."""
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "r", "aggregation": "sum", "children": [{"id": "a", "points": 10}]},
            "rules": [
                {
                    "kind": "veto",
                    "id": "v",
                    "input": "incident",
                    "effect": "force",
                    "reason": "发生重大违法案件",
                },
            ],
        }
    )
    result = _run(scheme, {"x": {"a": 1.0, "incident": 1}, "y": {"a": 0.5, "incident": 0}})
    note = "veto 'v' (发生重大违法案件) fired; the scheme has no grade bands for it to act on"
    assert (result.grade("x"), result.reason("x"), result.reason("y")) == (None, note, None)
    assert note in rulegov.render.to_text(result)
    assert str(result.explain("x")).splitlines()[1] == note
    rows = rulegov.render.appraisal_rows(result)
    assert [(row["unit"], row["reason"]) for row in rows] == [("x", note), ("y", None)]
    # with grade bands, a veto that names no grade is still refused
    with pytest.raises(rulegov.InvalidSchemeError, match="veto 'v' needs a grade"):
        Scheme.model_validate(
            {**scheme.model_dump(), "grading": {"bands": [{"grade": "pass", "min": 0}]}}
        )


_INCIDENTS = {
    "kind": "deduction",
    "id": "incidents",
    "node": "safety",
    "input": "incidents",
    "points": 5,
    "reason": "每发生一起扣5分",
}
_MAJOR = {
    "kind": "veto",
    "id": "major",
    "input": "major",
    "effect": "force",
    "grade": "fail",
    "reason": "发生重大事件，一票否决",
}
_AWARDS = {"kind": "bonus", "id": "awards", "input": "awards", "points": 2}


@pytest.mark.parametrize(
    ("given", "rule", "words"),
    [
        ({"incidents": True}, "incidents", "got bool True"),
        ({"incidents": -3}, "incidents", "must not be negative (got -3)"),
        ({"awards": -1}, "awards", "must not be negative (got -1)"),
        ({"major": -1}, "major", "1 (the case happened) or 0 (it did not), got -1"),
        ({"major": 0.5}, "major", "got 0.5"),
        ({"major": "yes"}, "major", "got str 'yes'"),
    ],
)
def test_a_bad_rule_input_is_an_error_naming_unit_rule_and_value(given, rule, words):
    row = {"work": 1.0, "safety": 1.0, "incidents": 0, "major": 0, "awards": 0, **given}
    with pytest.raises(rulegov.EvaluationError) as raised:
        _run(_scheme([_INCIDENTS, _MAJOR, _AWARDS]), {"区司法局": row})
    assert raised.value.code == "invalid-value"
    assert raised.value.unit == "区司法局"
    assert raised.value.path == f"rules.{rule}"  # a veto's node is the root: the path tells it
    assert raised.value.value == next(iter(given.values()))
    assert f"unit '区司法局', rule '{rule}'" in str(raised.value)
    assert words in str(raised.value)


@pytest.mark.parametrize(
    ("rule", "effect"), [("incidents", "is not applied"), ("major", "does not fire")]
)
def test_a_nan_rule_input_is_missing_with_a_warning_naming_unit_and_rule(rule, effect):
    row = {"work": 1.0, "safety": 1.0, "incidents": 0, "major": 0, rule: float("nan")}
    result = _run(_scheme([_INCIDENTS, _MAJOR]), {"区司法局": row})
    assert result.score("区司法局") == 100.0
    [diagnostic] = result.diagnostics
    assert diagnostic.code == "nan-value"
    assert f"unit '区司法局', rule '{rule}'" in diagnostic.message
    assert effect in diagnostic.message


def test_nan_rule_inputs_are_reported_by_unit_then_in_the_schemes_order_of_rules():
    # each input is checked where it is read (node rules, then the blocks, then the vetoes)
    nan = float("nan")
    data = {
        unit: {"work": 1.0, "safety": 1.0, "incidents": nan, "major": nan, "awards": nan}
        for unit in ("乙", "甲")
    }
    result = _run(_scheme([_INCIDENTS, _MAJOR, _AWARDS]), data)
    named = [re.match(r"unit '(.+?)', rule '(.+?)'", d.message) for d in result.diagnostics]
    assert [found.groups() for found in named if found] == [
        (unit, rule) for unit in ("乙", "甲") for rule in ("incidents", "major", "awards")
    ]
    assert {d.code for d in result.diagnostics} == {"nan-value"}


def test_a_veto_flag_may_be_a_yes_no_value():
    row = {"work": 1.0, "safety": 1.0, "incidents": 0, "major": True}
    assert _run(_scheme([_INCIDENTS, _MAJOR]), {"u": row}).grade("u") == "fail"
