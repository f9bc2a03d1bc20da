"""Invariants of the calculator, checked with Hypothesis."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

import rulegov
from rulegov.evaluation import Normalisation, Scheme
from rulegov.evaluation._normalise import normalise
from rulegov.evaluation._rank import ranks
from rulegov.model import Direction
from strategies import MEANS, scheme_and_data, schemes


@settings(max_examples=60, deadline=None)
@given(scheme_and_data())
def test_means_lie_between_the_children(case):
    scheme, data = case
    result = rulegov.evaluate(scheme, data)
    for unit in data:
        for node in scheme.nodes():
            if not node.children:
                continue
            parent = result.score(unit, node.id)
            children = [result.score(unit, child.id) for child in node.children]
            assert min(children) - 1e-9 <= parent <= max(children) + 1e-9


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False)), max_size=12),
    st.sampled_from(["min", "dense", "ordinal"]),
)
def test_ranks_are_consistent_with_unrounded_scores(scores, ties):
    ranked = ranks(scores, ties)
    present = [rank for rank in ranked if rank is not None]
    assert len(present) == sum(score is not None for score in scores)
    if ties == "ordinal":
        assert sorted(present) == list(range(1, len(present) + 1))
    for first, a in zip(ranked, scores, strict=True):
        for second, b in zip(ranked, scores, strict=True):
            if a is not None and b is not None:
                if a > b:
                    assert first < second
                if a == b and ties != "ordinal":
                    assert first == second


@settings(max_examples=60, deadline=None)
@given(scheme_and_data(units=4))
def test_evaluation_ranks_are_a_ranking_of_the_totals(case):
    scheme, data = case
    result = rulegov.evaluate(scheme, data)
    for a in data:
        for b in data:
            if result.score(a) > result.score(b) + 1e-9:
                assert result.rank(a) < result.rank(b)


@settings(max_examples=60, deadline=None)
@given(scheme_and_data(policy="reweight", units=1), st.data())
def test_raising_an_input_never_lowers_the_score(case, extra):
    scheme, data = case
    row = data["u0"]
    leaf = extra.draw(st.sampled_from(scheme.leaves()))
    raised = dict(row)
    raised[leaf] = min(100.0, row[leaf] + extra.draw(st.floats(0, 50)))
    if extra.draw(st.booleans()):  # some other input missing, handled by reweighting
        other = extra.draw(st.sampled_from(scheme.leaves()))
        if other != leaf:
            del row[other]
            del raised[other]
    try:
        before = rulegov.evaluate(scheme, {"u0": row}).score("u0")
    except rulegov.EvaluationError:
        return  # nothing left at the root
    after = rulegov.evaluate(scheme, {"u0": raised}).score("u0")
    assert after >= before - 1e-9 * max(1.0, abs(before))


@settings(max_examples=60, deadline=None)
@given(scheme_and_data(aggregations=[*MEANS, "sum"]))
def test_reweight_with_all_data_present_equals_the_plain_result(case):
    scheme, data = case
    plain = rulegov.evaluate(scheme, data)
    dumped = scheme.model_dump()

    def reweight(node):
        if node["children"]:
            node["missing"] = "reweight"
            for child in node["children"]:
                reweight(child)

    reweight(dumped["root"])
    reweighted = rulegov.evaluate(Scheme.model_validate(dumped), data)
    for unit in data:
        assert reweighted.score(unit) == plain.score(unit)
        assert reweighted.rank(unit) == plain.rank(unit)


@settings(max_examples=60, deadline=None)
@given(schemes(aggregations=[*MEANS, "sum", "generalised"]))
def test_scheme_json_round_trip(scheme):
    again = Scheme.model_validate_json(scheme.model_dump_json())
    assert again == scheme
    assert again.model_dump_json() == scheme.model_dump_json()


@settings(max_examples=40, deadline=None)
@given(scheme_and_data(units=3))
def test_same_scheme_and_data_give_identical_results(case):
    scheme, data = case
    first = rulegov.evaluate(scheme, data)
    second = rulegov.evaluate(Scheme.model_validate_json(scheme.model_dump_json()), data)
    for unit in data:
        assert first.score(unit) == second.score(unit)
        assert str(first.explain(unit)) == str(second.explain(unit))
        assert not math.isnan(first.score(unit))


@given(
    st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=5).map(float)), max_size=12),
    st.booleans(),
)
def test_rank_and_percentile_match_their_definitions(column, lower):
    direction = Direction.LOWER_IS_BETTER if lower else Direction.HIGHER_IS_BETTER
    present = [value for value in column if value is not None]
    count = len(present)
    rank_scores, _ = normalise(column, Normalisation(kind="rank"), direction)
    shares, _ = normalise(column, Normalisation(kind="percentile"), direction)
    for value, score, share in zip(column, rank_scores, shares, strict=True):
        if value is None:
            assert score is None
            assert share is None
            continue
        better = sum(1 for other in present if (other < value if lower else other > value))
        worse = sum(1 for other in present if (other > value if lower else other < value))
        tied = present.count(value) - 1
        # average rank of the tied group: better + 1 ... better + 1 + tied
        assert score == count + 1 - (better + 1 + tied / 2)
        assert share == (1.0 if count < 2 else (worse + tied / 2) / (count - 1))
