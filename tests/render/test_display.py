"""The dispatchers of rulegov.render: plain text and Markdown of results, and their former methods."""

from __future__ import annotations

import datetime as dt
import re
import warnings

import pytest

import rulegov
from rulegov import datasets, render
from rulegov.graph import plan_overview
from rulegov.tracking import compare, status


@pytest.fixture(scope="module")
def evaluation() -> rulegov.Evaluation:
    data, categories = datasets.yancheng_2023_appraisal()
    return rulegov.evaluate(datasets.yancheng_2023_scheme(), data, categories=categories)


def test_text_of_an_evaluation_is_its_ranking_table(evaluation):
    lines = render.to_text(evaluation).splitlines()
    assert lines[0].split() == ["rank", "unit", "score", "grade", "reason"]
    # the grade's key, and the scheme's label beside it
    assert lines[1].split()[:5] == ["1", "区司法局", "100.49", "fail", "(不合格)"]
    assert lines[3].split() == ["3", "步凤镇", "92.93", "excellent", "(优秀)"]
    assert len(lines) == 1 + len(evaluation.units)


def test_text_of_an_explanation_is_its_tree_and_its_str(evaluation):
    explanation = evaluation.explain("区司法局")
    text = render.to_text(explanation)
    assert text == str(explanation)
    assert text.splitlines()[0] == "区司法局: 100.49 (unrounded 100.49176470588236), rank 1 of 6"
    table = render.explanation_table(explanation).splitlines()
    assert table[0].split() == ["node", "score", "weight", "effective", "rules"]
    assert len(table) == 2 + len(explanation.rows())
    with pytest.raises(TypeError, match="draws an Explanation"):
        render.explanation_table(evaluation)  # type: ignore[arg-type]


def test_objects_without_a_text_or_markdown_form_are_refused():
    with pytest.raises(TypeError, match="rulegov draws no plain text for a Plan") as caught:
        render.to_text(datasets.yancheng_2023())
    # and says what it does draw
    assert str(caught.value).endswith(
        "it draws plain text for: Evaluation, Explanation, Overview, PlanComparison, PlanStatus"
    )
    with pytest.raises(TypeError, match="rulegov draws no Markdown for a int"):
        render.to_markdown(3)


@pytest.mark.parametrize(
    ("draw", "parameter"),
    [
        (render.to_text, "thing"),
        (render.to_html, "thing"),
        (render.to_json, "thing"),
        (render.to_markdown, "thing"),
        (render.explanation_table, "explanation"),
    ],
)
def test_an_object_not_drawn_is_a_rulegov_error_that_is_also_a_type_error(draw, parameter):
    thing = {"title": "计划"}
    with pytest.raises(rulegov.UndrawableError) as caught:
        draw(thing)
    error = caught.value
    assert isinstance(error, TypeError)  # callers' ``except TypeError`` keeps working
    assert isinstance(error, rulegov.ValidationError)
    assert (error.code, error.path, error.value) == ("undrawable", parameter, thing)
    assert "dict" in str(error)  # the message names the type
    assert [issue.code for issue in error.issues] == ["undrawable"]


def test_the_html_refusal_says_what_is_drawn():
    with pytest.raises(
        rulegov.UndrawableError, match=r"no HTML for a int; .*Plan.* and any pydantic model"
    ):
        render.to_html(3)


def test_the_former_text_methods_warn_and_give_the_same(evaluation):
    explanation = evaluation.explain("区司法局")
    overview = plan_overview(datasets.yancheng_2023())
    plan = datasets.yancheng_2023()
    result = status(plan, as_of=dt.date(2023, 7, 1))
    comparison = compare(plan, plan)
    cases = [
        ("Evaluation.table()", evaluation.table, render.to_text(evaluation)),
        ("Explanation.render()", explanation.render, render.to_text(explanation)),
        ("Explanation.table()", explanation.table, render.explanation_table(explanation)),
        ("Overview.render()", overview.render, render.to_text(overview)),
        ("PlanStatus.to_text()", result.to_text, render.to_text(result)),
        ("PlanStatus.to_markdown()", result.to_markdown, render.to_markdown(result)),
        ("PlanComparison.to_text()", comparison.to_text, render.to_text(comparison)),
        ("PlanComparison.to_markdown()", comparison.to_markdown, render.to_markdown(comparison)),
    ]
    for name, method, expected in cases:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert method() == expected
        # one warning, at the caller's line (where Python's default filters show it), that
        # names the release it goes in and what to use
        assert [w.filename for w in caught] == [__file__]
        assert issubclass(caught[0].category, DeprecationWarning)
        assert re.fullmatch(
            re.escape(f"{name} is deprecated and will be removed in rulegov 0.3.0; use rulegov.")
            + r"render\.(to_text|to_markdown|explanation_table)\(\w+\)",
            str(caught[0].message),
        )


def test_json_and_markdown_of_an_explanation_keep_the_forced_grade_and_the_rules(evaluation):
    import json  # noqa: PLC0415

    explanation = evaluation.explain("区人社局")
    data = json.loads(render.to_json(explanation))
    assert (data["unit"], data["display"], data["grade"], data["label"]) == (
        "区人社局",
        "95.23",
        "good",
        "良好",
    )
    assert data["score"] == evaluation.score("区人社局")  # unrounded, beside the rounded display
    assert data["reason"] == evaluation.reason("区人社局")
    assert data["reason"].startswith("veto 'lost-lawsuit-rate'")
    assert [(p["rule"], p["points"]) for p in data["penalties"]] == [("notified-criticism", -2.0)]
    assert [b["rule"] for b in data["bonuses"]] == [
        "award-national",
        "award-provincial",
        "pilot-experience",
    ]
    assert [node["node"] for node in data["nodes"]] == [row["node"] for row in explanation.rows()]
    t2 = next(node for node in data["nodes"] if node["node"] == "t2")
    assert (t2["display"], t2["score"]) == ("5.88", pytest.approx(5.88))
    page = render.to_markdown(explanation)
    assert page.splitlines()[0] == "### 区人社局: 95.23, rank 2 of 6"
    assert (
        "- grade good (良好): veto 'lost-lawsuit-rate' (行政诉讼败诉率超过规定的，不得评为优秀): "
        "bar 'excellent'" in page.splitlines()
    )
    assert "- penalty notified-criticism: -2 (被市级以上通报批评每次扣2分: 1 × 2 points)" in page
    assert "| node | name | score | weight | effective | rules | note |" in page
    # a ranking has the same two forms
    rows = json.loads(render.to_json(evaluation))
    assert list(rows[0]) == ["rank", "unit", "score", "display", "grade", "label", "reason"]
    assert render.to_markdown(evaluation).splitlines()[0] == (
        "| rank | unit | score | grade | reason |"
    )
