import pytest

import rulegov
from rulegov.evaluation import Scheme


@pytest.fixture
def result():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "all",
                "children": [
                    {"id": "law", "name": "依法决策", "children": [{"id": "a"}, {"id": "b"}]},
                    {"id": "c", "name": "<script>alert(1)</script>"},
                ],
            },
            "display": {"digits": 2, "rounding": "half_up"},
        }
    )
    data = {
        "x": {"a": 0.9, "b": 0.5, "c": 0.1},
        "y": {"a": 0.2, "b": 0.9, "c": 0.8},
        "z<&>": {"a": 0.1, "b": 0.1, "c": 0.9},
    }
    return rulegov.evaluate(scheme, data)


def test_scores_ranks_and_ranking(result):
    assert result.units == ("x", "y", "z<&>")
    assert result.score("y") == pytest.approx(0.675)
    assert [row[1] for row in result.ranking()] == ["y", "z<&>", "x"]
    assert result.rank("x", "a") == 1
    assert result.rank("x") == 3


def test_explanation_tree_names_inputs_weights_and_normalisation(result):
    text = rulegov.render.to_text(result.explain("y"))
    assert text.splitlines()[0] == "y: 0.68 (unrounded 0.675), rank 1 of 3"
    assert "  law 依法决策: 0.55 (weight 1, effective 0.5) — arithmetic" in text
    assert "    b: 0.90 (weight 1, effective 0.5) — input 0.9 → none() = 0.9" in text
    assert str(result.explain("y")) == text


def test_explanation_table_and_rows(result):
    explanation = result.explain("x")
    rows = explanation.rows()
    assert [row["node"] for row in rows] == ["all", "law", "a", "b", "c"]
    assert rows[1]["depth"] == 1
    table = rulegov.render.explanation_table(explanation)
    assert table.splitlines()[2].startswith("all")
    assert "    a" in table


def test_html_is_escaped_and_has_no_script(result):
    for page in (result._repr_html_(), result.explain("z<&>")._repr_html_()):
        assert "<script" not in page
    assert "z&lt;&amp;&gt;" in result._repr_html_()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.explain("x")._repr_html_()
    assert "<table" in result.explain("x")._repr_html_()


def test_display_rounding_never_feeds_ranks():
    scheme = Scheme.model_validate(
        {"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}, "display": {"digits": 1}}
    )
    result = rulegov.evaluate(scheme, {"p": {"a": 89.96}, "q": {"a": 89.95}})
    assert result.display("p") == result.display("q") == "90.0"
    assert result.rank("p") == 1
    assert result.rank("q") == 2


def test_ties_follow_the_declared_policy():
    def run(ties):
        scheme = Scheme.model_validate(
            {"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}, "display": {"ties": ties}}
        )
        return rulegov.evaluate(
            scheme, {"p": {"a": 2}, "q": {"a": 3}, "r": {"a": 3}, "s": {"a": 1}}
        )

    assert [run("min").rank(u) for u in "pqrs"] == [3, 1, 1, 4]
    assert [run("dense").rank(u) for u in "pqrs"] == [2, 1, 1, 3]
    assert [run("ordinal").rank(u) for u in "pqrs"] == [3, 1, 2, 4]


def test_floating_point_noise_ties_within_tolerance():
    scheme = Scheme.model_validate({"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}})
    result = rulegov.evaluate(scheme, {"p": {"a": 0.1 + 0.2}, "q": {"a": 0.3}})
    assert result.rank("p") == result.rank("q") == 1


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


def test_table_text(result):
    lines = rulegov.render.to_text(result).splitlines()
    assert lines[1].split() == ["1", "y", "0.68"]


def _forced():
    scheme = Scheme.model_validate(
        {
            "id": "forced",
            "root": {"id": "all", "aggregation": "sum", "children": [{"id": "a", "points": 100}]},
            "rules": [
                {"kind": "veto", "id": "major", "input": "incident", "effect": "force",
                 "grade": "fail", "reason": "一票否决"},
            ],
            "grading": {"bands": [{"grade": "excellent", "min": 90},
                                  {"grade": "pass", "min": 60, "max": 90},
                                  {"grade": "fail", "max": 60}],
                        "quotas": [{"grade": "excellent", "max_count": 1}]},
        }
    )  # fmt: skip
    data = {"甲": {"a": 0.99, "incident": 1}, "乙": {"a": 0.95}, "丙": {"a": 0.92}}
    return rulegov.evaluate(scheme, data)


def test_every_forced_grade_names_its_rule_in_text_html_and_json():
    from rulegov.render import appraisal_rows  # noqa: PLC0415

    result = _forced()
    assert result.reason("甲") == "veto 'major' (一票否决): force 'fail'"
    assert result.reason("乙") is None
    assert result.reason("丙") == "quota: at most 1 'excellent'; ranked 2 among them"
    text = rulegov.render.to_text(result).splitlines()
    assert text[0].split() == ["rank", "unit", "score", "grade", "reason"]
    assert text[1].endswith("veto 'major' (一票否决): force 'fail'")
    html = result._repr_html_()
    assert ">reason</th>" in html
    assert "quota: at most 1" in html
    rows = {row["unit"]: row["reason"] for row in appraisal_rows(result)}
    assert rows == {"甲": result.reason("甲"), "乙": None, "丙": result.reason("丙")}


def test_a_ranking_without_forced_grades_has_no_reason_column():
    scheme = Scheme.model_validate({"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}})
    result = rulegov.evaluate(scheme, {"x": {"a": 1.0}})
    assert rulegov.render.to_text(result).splitlines()[0].split() == [
        "rank",
        "unit",
        "score",
        "grade",
    ]


def test_repr_of_a_result_is_short_and_never_dumps_the_scheme():
    result = _forced()
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
    result = _forced()
    with pytest.raises(rulegov.UnknownReferenceError, match="did you mean '乙'"):
        result.explain("乙方")
    scheme = Scheme.model_validate({"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}})
    data = {"区司法局": {"a": 1.0}}
    with pytest.raises(rulegov.UnknownReferenceError, match="did you mean '区司法局'"):
        rulegov.evaluate(scheme, data, categories={"司法局": "department"})
    with pytest.raises(rulegov.UnknownReferenceError, match="did you mean '区司法局'"):
        rulegov.evaluate(scheme, data, not_applicable={"区司法所": ["a"]})
