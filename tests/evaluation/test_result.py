import pytest

import rulegov
from rulegov.evaluation import Scheme
from samples import forced_evaluation, small_evaluation


@pytest.fixture
def result():
    return small_evaluation()


def test_scores_ranks_and_ranking(result):
    assert result.units == ("x", "y", "z<&>")
    assert result.score("y") == pytest.approx(0.675)
    assert [row[1] for row in result.ranking()] == ["y", "z<&>", "x"]
    assert result.rank("x", "a") == 1
    assert result.rank("x") == 3


def test_strengths_and_weaknesses(result):
    assert [s.node for s in result.strengths("x", 1)] == ["a"]
    assert [s.node for s in result.weaknesses("x", 1)] == ["c"]
    assert result.weaknesses("x", 1)[0].rank == 3


def test_compare_two_runs(result):
    scheme = result.scheme
    later = rulegov.evaluate(
        scheme,
        {
            "x": {"a": 1, "b": 1, "c": 1},
            "y": {"a": 0.2, "b": 0.9, "c": 0.8},
            "new": {"a": 0, "b": 0, "c": 0},
        },
    )
    changes = {change.unit: change for change in later.compare(result)}
    assert changes["x"].before_rank == 3
    assert changes["x"].after_rank == 1
    assert changes["x"].moved == 2
    assert changes["y"].moved == -1
    assert changes["new"].before_rank is None
    assert changes["new"].moved is None
    assert changes["z<&>"].after_rank is None


def test_repr_of_a_result_is_short_and_never_dumps_the_scheme():
    result = forced_evaluation()
    assert repr(result) == "Evaluation(scheme='forced', units=3, nodes=2, first='甲')"


def test_the_grade_note_shows_the_rounded_total_and_the_unrounded_one_when_rounding_misleads():
    scheme = Scheme.model_validate(
        {
            "id": "edge",
            "root": {"id": "all", "aggregation": "sum", "children": [{"id": "a", "points": 100}]},
            "grading": {"bands": [{"grade": "excellent", "min": 90}, {"grade": "good", "max": 90}]},
        }
    )
    result = rulegov.evaluate(scheme, {"x": {"a": 0.89996}, "y": {"a": 0.5}})
    assert result.explain("x").grade_steps[0].note == (
        "90.00 (unrounded 89.996) lies in (-inf, 90): good"
    )
    assert result.explain("y").grade_steps[0].note == "50.00 lies in (-inf, 90): good"
    assert result.score("x") == pytest.approx(89.996)


def test_a_unit_the_results_cannot_place_names_the_closest_one():
    result = forced_evaluation()
    with pytest.raises(rulegov.UnknownReferenceError, match="did you mean '乙'"):
        result.explain("乙方")
    scheme = Scheme.model_validate({"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}})
    data = {"区司法局": {"a": 1.0}}
    with pytest.raises(rulegov.UnknownReferenceError, match="did you mean '区司法局'"):
        rulegov.evaluate(scheme, data, categories={"司法局": "department"})
    with pytest.raises(rulegov.UnknownReferenceError, match="did you mean '区司法局'"):
        rulegov.evaluate(scheme, data, not_applicable={"区司法所": ["a"]})
