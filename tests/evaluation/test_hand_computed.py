"""Small cases computed by hand: the arithmetic is in the comments, the engine must agree.

Each case is small enough to check with pencil and paper: every aggregation, normalisation and
missing-data policy, the order of the appraisal rules (扣分 → 扣完为止 → 加减分 → 一票否决),
band edges, quotas with ties, rescaling, rater blends, votes, tie policies and the seeded
Monte Carlo.
"""

import math

import pytest

import rulegov
from rulegov.evaluation import Scheme
from rulegov.evaluation._rank import ranks

BANDS = [
    {"grade": "excellent", "label": "优秀", "min": 90},
    {"grade": "good", "label": "良好", "min": 80, "max": 90},
    {"grade": "pass", "label": "合格", "min": 60, "max": 80},
    {"grade": "fail", "label": "不合格", "max": 60},
]


def _flat(children, display=None, **root):
    """A one-level scheme: a root over the given children."""
    return Scheme.model_validate(
        {"id": "s", "root": {"id": "r", **root, "children": children}, "display": display or {}}
    )


def _points(rules=(), grading=None, **extra):
    """A 100-point scheme (百分制) with one item ``a`` worth all the points."""
    return Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "r", "aggregation": "sum", "children": [{"id": "a", "points": 100}]},
            "rules": list(rules),
            "grading": grading or {"bands": BANDS},
            **extra,
        }
    )


def _leaf(data, **leaf):
    """Score one leaf ``x`` over the units in ``data`` (unit -> observed value)."""
    scheme = _flat([{"id": "x", **leaf}])
    result = rulegov.evaluate(scheme, {unit: {"x": value} for unit, value in data.items()})
    return [result.score(unit) for unit in data]


# --- aggregations: a = 0.5 with weight 1, b = 0.25 with weight 3 (effective 0.25 and 0.75) ---


@pytest.mark.parametrize(
    ("aggregation", "extra", "expected"),
    [
        ("arithmetic", {}, 0.3125),  # 0.25 × 0.5 + 0.75 × 0.25 = 0.125 + 0.1875
        ("geometric", {}, 2**-1.75),  # 0.5^0.25 × 0.25^0.75 = 2^-0.25 × 2^-1.5
        ("harmonic", {}, 1 / 3.5),  # 1 / (0.25 / 0.5 + 0.75 / 0.25) = 1 / (0.5 + 3)
        ("generalised", {"power": 2}, math.sqrt(0.109375)),  # √(0.25 × 0.25 + 0.75 × 0.0625)
        ("generalised", {"power": -1}, 1 / 3.5),  # power -1 is the harmonic mean
        ("generalised", {"power": 0}, 2**-1.75),  # power 0 is the limit: the geometric mean
        ("minimum", {}, 0.25),  # the weakest child decides (短板), whatever the weights
        ("sum", {}, 1.25),  # 1 × 0.5 + 3 × 0.25: weights are multipliers, not normalised
    ],
)
def test_each_aggregation(aggregation, extra, expected):
    scheme = _flat([{"id": "a"}, {"id": "b", "weight": 3}], aggregation=aggregation, **extra)
    result = rulegov.evaluate(scheme, {"u": {"a": 0.5, "b": 0.25}})
    assert result.score("u") == pytest.approx(expected, rel=1e-12)


def test_minimum_leaves_out_children_of_weight_zero():
    # c has weight 0: out of the scheme, as in every other mean; min(0.5, 0.25) = 0.25
    scheme = _flat(
        [{"id": "a"}, {"id": "b", "weight": 3}, {"id": "c", "weight": 0}], aggregation="minimum"
    )
    result = rulegov.evaluate(scheme, {"u": {"a": 0.5, "b": 0.25, "c": 0.1}})
    assert result.score("u") == 0.25


def test_sum_of_points_uses_each_items_points():
    # a: 0.5 of 10 points × weight 1 = 5; b: 0.25 of 20 points × weight 3 = 15; total 20
    scheme = _flat(
        [{"id": "a", "points": 10}, {"id": "b", "points": 20, "weight": 3}], aggregation="sum"
    )
    assert rulegov.evaluate(scheme, {"u": {"a": 0.5, "b": 0.25}}).score("u") == 20.0


# --- normalisations over the column 2, 4, 6 (units p, q, r) ---

COLUMN = {"p": 2.0, "q": 4.0, "r": 6.0}


@pytest.mark.parametrize(
    ("normalisation", "direction", "expected"),
    [
        ({"kind": "none"}, "higher_is_better", [2.0, 4.0, 6.0]),
        ({"kind": "none"}, "lower_is_better", [-2.0, -4.0, -6.0]),  # turned round by negation
        # (x - 2) / (6 - 2) with the bounds taken from the data
        ({"kind": "min_max"}, "higher_is_better", [0.0, 0.5, 1.0]),
        ({"kind": "min_max"}, "lower_is_better", [1.0, 0.5, 0.0]),
        # bounds fixed in the scheme: (x - 0) / (10 - 0)
        ({"kind": "min_max", "low": 0, "high": 10}, "higher_is_better", [0.2, 0.4, 0.6]),
        # mean 4, population sd √((4 + 0 + 4) / 3) = √(8/3); (2 - 4) / √(8/3) = -1.2247...
        (
            {"kind": "z_score"},
            "higher_is_better",
            [-2 / math.sqrt(8 / 3), 0.0, 2 / math.sqrt(8 / 3)],
        ),
        ({"kind": "z_score", "mean": 5, "sd": 2}, "higher_is_better", [-1.5, -0.5, 0.5]),
        ({"kind": "z_score", "mean": 5, "sd": 2}, "lower_is_better", [1.5, 0.5, -0.5]),
        # rank 1 is best; score = units + 1 - rank = 3 + 1 - (3, 2, 1)
        ({"kind": "rank"}, "higher_is_better", [1.0, 2.0, 3.0]),
        ({"kind": "rank"}, "lower_is_better", [3.0, 2.0, 1.0]),
        # share of the 2 other units strictly worse: 0/2, 1/2, 2/2
        ({"kind": "percentile"}, "higher_is_better", [0.0, 0.5, 1.0]),
        ({"kind": "percentile"}, "lower_is_better", [1.0, 0.5, 0.0]),
        # (x - 0) / (5 - 0), clipped: 6 → 1.2 → 1.0
        ({"kind": "goalposts", "low": 0, "high": 5}, "higher_is_better", [0.4, 0.8, 1.0]),
        # 1 - (x - 0) / 5, clipped: 6 → -0.2 → 0.0
        ({"kind": "goalposts", "low": 0, "high": 5}, "lower_is_better", [0.6, 0.2, 0.0]),
        # unclipped, the same formula passes the goalpost: 6 / 5 = 1.2
        (
            {"kind": "goalposts", "low": 0, "high": 5, "clip": False},
            "higher_is_better",
            [0.4, 0.8, 1.2],
        ),
        # x / 4, capped at 1: 0.5, 1.0, 1.5 → 1.0
        ({"kind": "distance_to_target", "target": 4}, "higher_is_better", [0.5, 1.0, 1.0]),
        # 4 / x, capped at 1: 2.0 → 1.0, 1.0, 0.666...
        ({"kind": "distance_to_target", "target": 4}, "lower_is_better", [1.0, 1.0, 4 / 6]),
        # [0, 4) → 0.3; [4, 6) → 0.7 (4 sits on a closed lower edge); [6, +inf) → 1
        (
            {
                "kind": "bands",
                "bands": [
                    {"min": 0, "max": 4, "score": 0.3},
                    {"min": 4, "max": 6, "score": 0.7},
                    {"min": 6, "score": 1.0},
                ],
            },
            "higher_is_better",
            [0.3, 0.7, 1.0],
        ),
        # goalposts then × 100: 2/5 × 100 = 40
        (
            {"kind": "goalposts", "low": 0, "high": 5, "scale": 100},
            "higher_is_better",
            [40.0, 80.0, 100.0],
        ),
    ],
)
def test_each_normalisation(normalisation, direction, expected):
    scores = _leaf(COLUMN, normalisation=normalisation, direction=direction)
    assert scores == pytest.approx(expected, rel=1e-12)


def test_rank_and_percentile_share_ties():
    # 2, 4, 4: the two 4s hold ranks 1 and 2, average 1.5, score 3 + 1 - 1.5 = 2.5
    assert _leaf({"p": 2, "q": 4, "r": 4}, normalisation={"kind": "rank"}) == [1.0, 2.5, 2.5]
    # percentile of 4: one unit worse, one tied counting half: (1 + 0.5) / 2 = 0.75
    scores = _leaf({"p": 2, "q": 4, "r": 4}, normalisation={"kind": "percentile"})
    assert scores == [0.0, 0.75, 0.75]


def test_log_goalposts():
    # (ln 10 - ln 1) / (ln 100 - ln 1) = 1 / 2
    normalisation = {"kind": "goalposts", "low": 1, "high": 100, "log": True}
    assert _leaf({"p": 10}, normalisation=normalisation) == [pytest.approx(0.5)]


def test_category_labels_score_as_declared():
    normalisation = {"kind": "bands", "categories": {"优秀": 1.0, "良好": 0.8, "一般": 0.5}}
    assert _leaf({"p": "优秀", "q": "良好", "r": "一般"}, normalisation=normalisation) == [
        1.0,
        0.8,
        0.5,
    ]


def test_data_driven_min_max_of_a_constant_column_is_half():
    # no spread: every unit is as good as every other; the midpoint 0.5 is given to all
    assert _leaf({"p": 3, "q": 3}, normalisation={"kind": "min_max"}) == [0.5, 0.5]


# --- missing data: a = 0.6 (weight 1), b missing (weight 1), c = 0.3 (weight 2) ---


def _missing(policy, **extra):
    scheme = _flat([{"id": "a"}, {"id": "b"}, {"id": "c", "weight": 2}], missing=policy, **extra)
    data = {
        "u": {"a": 0.6, "c": 0.3},
        "peer1": {"a": 0.6, "b": 0.8, "c": 0.3},
        "peer2": {"a": 0.6, "b": 0.4, "c": 0.3},
    }
    return rulegov.evaluate(scheme, data)


def test_missing_reweight():
    # (1 × 0.6 + 2 × 0.3) / (1 + 2) = 1.2 / 3 = 0.4; effective weights 1/3 and 2/3
    result = _missing("reweight")
    assert result.score("u") == pytest.approx(0.4)
    root = result.explain("u").root
    assert root.note == "reweight"
    assert [child.effective_weight for child in root.children] == pytest.approx([1 / 3, 0, 2 / 3])


def test_missing_zero():
    # (1 × 0.6 + 1 × 0 + 2 × 0.3) / 4 = 1.2 / 4 = 0.3
    result = _missing("zero")
    assert result.score("u") == pytest.approx(0.3)
    assert result.explain("u").root.note == "zero"


def test_missing_impute_from_peers():
    # b from the peers: (0.8 + 0.4) / 2 = 0.6; (0.6 + 0.6 + 2 × 0.3) / 4 = 1.8 / 4 = 0.45
    result = _missing("impute")
    assert result.score("u") == pytest.approx(0.45)
    assert result.explain("u").root.note == "impute"


def test_missing_error_names_unit_node_and_policy():
    with pytest.raises(rulegov.EvaluationError, match=r"unit 'u': no value for 'b' under 'r'"):
        _missing("error")


def test_min_present_share_of_nominal_weight():
    # present weight (1 + 2) / 4 = 75 %: enough at 75 %, not at 80 %
    assert _missing("reweight", min_present=0.75).score("u") == pytest.approx(0.4)
    with pytest.raises(rulegov.EvaluationError, match="no score for the root 'r'"):
        _missing("reweight", min_present=0.8)


# --- appraisal rules, in order: deduction → floor (扣完为止) → bonus/penalty caps → veto ---


def _appraisal():
    return Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "total",
                "aggregation": "sum",
                "children": [
                    {"id": "work", "points": 70, "floor": 0},
                    {"id": "safety", "points": 30, "floor": 0, "start_full": True},
                ],
            },
            "rules": [
                {
                    "kind": "deduction",
                    "id": "inc",
                    "node": "safety",
                    "input": "incidents",
                    "points": 5,
                },
                {"kind": "bonus", "id": "award", "input": "awards", "points": 2},
                {"kind": "penalty", "id": "crit", "input": "criticisms", "points": 1},
                {
                    "kind": "veto",
                    "id": "warn",
                    "input": "warning",
                    "effect": "bar",
                    "grade": "excellent",
                },
            ],
            "bonus_cap": 3,
            "penalty_cap": 2,
            "grading": {"bands": BANDS},
        }
    )


def test_rules_apply_in_order_floor_then_block_caps_then_veto():
    data = {
        # work 0.9 × 70 = 63; safety 30 - 8 × 5 = -10, floored at 0 (扣完为止);
        # bonus 4 × 2 = 8 capped at 3; penalty 5 × 1 = 5 capped at 2; 63 + 0 + 3 - 2 = 64
        "low": {"work": 0.9, "incidents": 8, "awards": 4, "criticisms": 5},
        # 70 + 30 + 1 × 2 = 102: excellent by points, barred by the veto → good
        "barred": {"work": 1.0, "awards": 1, "warning": 1},
    }
    result = rulegov.evaluate(_appraisal(), data)
    assert result.score("low", "safety") == 0.0
    assert result.score("low", "total") == 63.0
    assert result.score("low") == 64.0
    assert result.grade("low") == "pass"
    assert result.score("barred") == 102.0
    assert result.rank("barred") == 1
    assert result.grade("barred") == "good"
    steps = result.explain("barred").grade_steps
    assert [step.grade for step in steps] == ["excellent", "good"]


# --- vetoes together: cap, bar and force combine, the strictest wins ---


def _vetoes(*vetoes):
    rules = [
        {"kind": "veto", "id": f"v{index}", "input": f"v{index}", "effect": effect, "grade": grade}
        for index, (effect, grade) in enumerate(vetoes)
    ]
    scheme = _points(rules)
    row = {"a": 0.95} | {f"v{index}": 1 for index in range(len(vetoes))}
    return rulegov.evaluate(scheme, {"u": row}).grade("u")


def test_cap_and_bar_of_the_same_grade_leave_the_grade_below():
    # 95 is excellent; capped at good; good is barred → pass
    assert _vetoes(("cap", "good"), ("bar", "good")) == "pass"
    assert _vetoes(("bar", "good"), ("cap", "good")) == "pass"


def test_two_bars_skip_both_grades_whatever_their_order():
    # 95: excellent barred → good, good barred → pass
    assert _vetoes(("bar", "good"), ("bar", "excellent")) == "pass"
    assert _vetoes(("bar", "excellent"), ("bar", "good")) == "pass"


def test_two_forced_grades_give_the_worse():
    assert _vetoes(("force", "fail"), ("force", "pass")) == "fail"
    assert _vetoes(("force", "pass"), ("force", "fail")) == "fail"


def test_two_caps_give_the_lower_cap():
    assert _vetoes(("cap", "pass"), ("cap", "good")) == "pass"


# --- band edges ---


@pytest.mark.parametrize(
    ("fail_closed", "score", "grade"),
    [
        (False, 60.0, "pass"),  # [60, 80) holds 60 by default
        (False, 59.99, "fail"),
        (True, 60.0, "fail"),  # (-inf, 60] holds 60 when pass opens at 60
        (True, 60.01, "pass"),
    ],
)
def test_lower_band_edge_follows_its_declared_closedness(fail_closed, score, grade):
    bands = [
        {"grade": "pass", "min": 60, "min_closed": not fail_closed},
        {"grade": "fail", "max": 60, "max_closed": fail_closed},
    ]
    result = rulegov.evaluate(_points(grading={"bands": bands}), {"u": {"a": score / 100}})
    assert result.grade("u") == grade


# --- quotas: at most N "excellent"; ties at the edge keep the grade, whatever the rank policy ---


@pytest.mark.parametrize("ties", ["min", "dense", "ordinal"])
def test_quota_counts_units_not_dense_ranks_and_keeps_ties_at_the_edge(ties):
    grading = {"bands": BANDS, "quotas": [{"grade": "excellent", "max_count": 2}]}
    scheme = _points(grading=grading, display={"ties": ties})
    # a and b tie at 95 and fill the quota; c (94) is third however ranks are numbered
    result = rulegov.evaluate(scheme, {"a": {"a": 0.95}, "b": {"a": 0.95}, "c": {"a": 0.94}})
    assert [result.grade(u) for u in "abc"] == ["excellent", "excellent", "good"]
    # one place: a and b tie at the edge, both keep it
    grading = {"bands": BANDS, "quotas": [{"grade": "excellent", "max_count": 1}]}
    scheme = _points(grading=grading, display={"ties": ties})
    result = rulegov.evaluate(scheme, {"a": {"a": 0.95}, "b": {"a": 0.95}, "c": {"a": 0.94}})
    assert [result.grade(u) for u in "abc"] == ["excellent", "excellent", "good"]


def test_quotas_apply_best_grade_first_whatever_their_order():
    quotas = [{"grade": "good", "max_count": 1}, {"grade": "excellent", "max_count": 1}]
    scheme = _points(grading={"bands": BANDS, "quotas": quotas})
    # a keeps excellent; b (94) moves down to good, then the good quota (1) is full: c → pass
    result = rulegov.evaluate(scheme, {"a": {"a": 0.95}, "b": {"a": 0.94}, "c": {"a": 0.85}})
    assert [result.grade(u) for u in "abc"] == ["excellent", "good", "pass"]


# --- rescaling: scored on the applicable points, reported out of the full points ---


def test_rescale_reports_common_points_out_of_the_full_points():
    scheme = _flat(
        [{"id": "common", "points": 50}, {"id": "county", "points": 50, "applies_to": ["dept"]}],
        aggregation="sum",
        rescale=True,
    )
    data = {"dept": {"common": 0.8, "county": 0.6}, "town": {"common": 0.8}}
    result = rulegov.evaluate(scheme, data, categories={"dept": "dept", "town": "town"})
    assert result.score("dept") == pytest.approx(70.0)  # 0.8 × 50 + 0.6 × 50 = 40 + 30
    assert result.score("town") == pytest.approx(80.0)  # 0.8 × 50 = 40 of 50, × 100 / 50 = 80
    common = result.explain("town").root.children[0]
    assert common.effective_weight == pytest.approx(2.0)  # 100 / 50


def test_without_rescale_not_applicable_points_are_left_out():
    scheme = _flat(
        [{"id": "common", "points": 50}, {"id": "county", "points": 50}], aggregation="sum"
    )
    result = rulegov.evaluate(
        scheme, {"town": {"common": 0.8}}, not_applicable={"town": ["county"]}
    )
    assert result.score("town") == pytest.approx(40.0)  # 0.8 × 50, out of 50


# --- raters and votes ---


def test_rater_blend_and_a_missing_rater():
    raters = {"self": 0.2, "third_party": 0.5, "peers": 0.3}
    scheme = _flat([{"id": "x", "raters": raters}])
    data = {
        # 0.2 × 0.9 + 0.5 × 0.8 + 0.3 × 0.7 = 0.18 + 0.40 + 0.21 = 0.79
        "all": {"x": {"self": 0.9, "third_party": 0.8, "peers": 0.7}},
        # peers missing: (0.18 + 0.40) / (0.2 + 0.5) = 0.58 / 0.7
        "two": {"x": {"self": 0.9, "third_party": 0.8}},
    }
    result = rulegov.evaluate(scheme, data)
    assert result.score("all") == pytest.approx(0.79)
    assert result.score("two") == pytest.approx(0.58 / 0.7)


def test_votes_become_points():
    votes = {"好": 1.0, "较好": 0.8, "一般": 0.6, "差": 0.0}
    scheme = _flat([{"id": "x", "votes": votes, "points": 10}], aggregation="sum")
    # (30 × 1 + 10 × 0.8 + 5 × 0.6 + 5 × 0) / 50 = 41 / 50 = 0.82; × 10 points = 8.2
    result = rulegov.evaluate(scheme, {"u": {"x": {"好": 30, "较好": 10, "一般": 5, "差": 5}}})
    assert result.score("u") == pytest.approx(8.2)


# --- ranks, ties and display ---


@pytest.mark.parametrize(
    ("ties", "expected"),
    [("min", [1, 3, 1, 4]), ("dense", [1, 2, 1, 3]), ("ordinal", [1, 3, 2, 4])],
)
def test_tie_policies(ties, expected):
    scheme = _flat([{"id": "a"}], display={"ties": ties})
    result = rulegov.evaluate(
        scheme, {"p": {"a": 0.9}, "q": {"a": 0.8}, "r": {"a": 0.9}, "s": {"a": 0.7}}
    )
    assert [result.rank(u) for u in "pqrs"] == expected


def test_ordinal_ties_within_tolerance_follow_the_order_given():
    # 0.1 + 0.2 = 0.30000000000000004 is "equal" to 0.3 within the tolerance: the order given
    # decides, not the floating-point noise
    scheme = _flat([{"id": "a"}], display={"ties": "ordinal"})
    result = rulegov.evaluate(scheme, {"p": {"a": 0.3}, "q": {"a": 0.1 + 0.2}})
    assert [result.rank("p"), result.rank("q")] == [1, 2]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (89.995, "90.00"),  # 四舍五入 from the shortest repr, not the binary 89.99499...
        (2.675, "2.68"),
        (-2.675, "-2.68"),
        (-0.001, "0.00"),  # no "-0.00"
        (1e30, "1" + "0" * 30 + ".00"),  # from the repr 1e+30, not the binary value
    ],
)
def test_half_up_display(value, shown):
    scheme = _flat([{"id": "a"}])
    assert rulegov.evaluate(scheme, {"u": {"a": value}}).display("u") == shown


# --- the Monte Carlo ---


def test_monte_carlo_without_spread_gives_the_nominal_ranks():
    scheme = _flat([{"id": "a"}, {"id": "b"}])
    data = {"x": {"a": 0.9, "b": 0.5}, "y": {"a": 0.5, "b": 0.6}, "z": {"a": 0.1, "b": 0.1}}
    intervals = rulegov.rank_uncertainty(scheme, data, runs=5, weight_spread=0.0)
    # (0.9 + 0.5) / 2 = 0.7 > (0.5 + 0.6) / 2 = 0.55 > 0.1: ranks 1, 2, 3 in every run
    assert [(i.unit, i.nominal, i.median, i.low, i.high) for i in intervals] == [
        ("x", 1, 1.0, 1.0, 1.0),
        ("y", 2, 2.0, 2.0, 2.0),
        ("z", 3, 3.0, 3.0, 3.0),
    ]


def test_monte_carlo_depends_only_on_the_seed():
    scheme = _flat([{"id": "a"}, {"id": "b"}])
    data = {"x": {"a": 0.9, "b": 0.2}, "y": {"a": 0.2, "b": 0.85}, "z": {"a": 0.1, "b": 0.1}}
    runs = [
        rulegov.rank_uncertainty(scheme, data, runs=40, seed=seed, weight_spread=0.5)
        for seed in (3, 3, 4)
    ]
    assert runs[0] == runs[1]
    # x and y swap places as the weights move: neither holds one rank in every run
    by_unit = {interval.unit: interval for interval in runs[0]}
    assert (by_unit["x"].low, by_unit["x"].high) == (1.0, 2.0)
    assert all(interval.low <= interval.median <= interval.high for interval in runs[2])


def test_impute_from_peers_whose_sum_overflows():
    # the peers' mean of b is 1.5e308 although their sum (3e308) is beyond a float;
    # x: 0.5 × 0 + 0.5 × 1.5e308 = 7.5e307
    scheme = _flat([{"id": "a"}, {"id": "b"}], missing="impute")
    data = {"x": {"a": 0}, "y": {"a": 0, "b": 1.5e308}, "z": {"a": 0, "b": 1.5e308}}
    assert rulegov.evaluate(scheme, data).score("x") == pytest.approx(7.5e307)


def test_ties_do_not_chain_beyond_the_tolerance():
    # 1.0 and 0.91 lie within 0.1 of each other, and 0.91 and 0.82 too, but 0.82 lies 0.18
    # below the group's best: it starts a group of its own
    assert ranks([1.0, 0.91, 0.82], tolerance=0.1) == [1, 1, 3]
    assert ranks([1.0, 0.91, 0.82], ties="dense", tolerance=0.1) == [1, 1, 2]


def test_a_total_in_no_grade_band_is_an_error_not_a_missing_grade():
    # 优秀 [90, 100], 良好 [75, 90) ... and a bonus that lifts a unit past 100: the scheme must say
    # what 100.5 is; a silent "no grade" would drop the unit from every grade count
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "all", "aggregation": "sum", "children": [{"id": "a", "points": 100}]},
            "rules": [{"kind": "bonus", "id": "award", "input": "awards", "points": 1, "max": 2}],
            "bonus_cap": 2,
            "grading": {
                "bands": [
                    {"grade": "excellent", "min": 90, "max": 100, "max_closed": True},
                    {"grade": "pass", "max": 90},
                ]
            },
        }
    )
    assert rulegov.evaluate(scheme, {"x": {"a": 1.0}}).grade("x") == "excellent"
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, {"x": {"a": 1.0, "awards": 1}})
    message = str(caught.value)
    assert message.startswith("unit 'x': the total 101.0 lies in no grade band (the bands cover ")
    assert "widen the top or bottom band" in message


def test_a_value_with_no_place_in_the_scheme_is_refused_not_lost():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "all", "children": [{"id": "legal_review"}, {"id": "training"}]},
            "rules": [{"kind": "penalty", "id": "criticism", "input": "criticisms", "points": 2}],
        }
    )
    # the rule's input and the leaves are accepted
    assert (
        rulegov.evaluate(
            scheme, {"x": {"legal_review": 1, "training": 0.5, "criticisms": 0}}
        ).score("x")
        == 0.75
    )
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, {"x": {"legal_reveiw": 1, "training": 0.5}})
    assert str(caught.value) == (
        "unit 'x': 'legal_reveiw' is neither a node of the scheme nor the input of a rule; "
        "did you mean 'legal_review'?"
    )
