"""Drawing evaluations, explanations and schemes: text, tables, Markdown, HTML and JSON."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.evaluation import Scheme
from samples import forced_evaluation, small_evaluation


@pytest.fixture
def result():
    return small_evaluation()


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


def test_table_text(result):
    lines = rulegov.render.to_text(result).splitlines()
    assert lines[1].split() == ["1", "y", "0.68"]


def test_every_forced_grade_names_its_rule_in_text_html_and_json():
    from rulegov.render import appraisal_rows  # noqa: PLC0415

    result = forced_evaluation()
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


_NOISY = {
    "id": "noisy",
    "root": {
        "id": "total",
        "aggregation": "sum",
        "children": [
            {"id": "a", "points": 10, "start_full": True},
            {"id": "b", "points": 90, "start_full": True},
        ],
    },
    "rules": [
        {"kind": "deduction", "id": "a-1", "node": "a", "input": "a-1", "points": 0.1},
        {"kind": "deduction", "id": "b-1", "node": "b", "input": "b-1", "points": 0.137},
        {"kind": "deduction", "id": "b-2", "node": "b", "input": "b-2", "points": 0.7},
        {"kind": "bonus", "id": "bonus1", "input": "bonus1", "points": 0.3},
    ],
}


def test_an_explanation_prints_no_binary_noise_and_rule_points_use_the_schemes_digits():
    scheme = Scheme.model_validate({**_NOISY, "display": {"digits": 1}})
    explanation = rulegov.evaluate(scheme, {"甲": {"a-1": 4, "b-1": 10, "bonus1": 1}}).explain("甲")
    text = rulegov.render.to_text(explanation)
    assert text.splitlines()[0] == "甲: 98.5 (unrounded 98.53), rank 1 of 1"
    assert "b-1: -1.4 (" in text
    assert "-1.37" not in text
    assert "bonus bonus1: +0.3 (" in text
    noisy = rulegov.evaluate(scheme, {"甲": {"a-1": 4, "b-2": 2}}).explain("甲")
    assert noisy.total == 98.19999999999999  # the data keeps the float as computed
    head = rulegov.render.to_text(noisy).splitlines()[0]
    assert head == "甲: 98.2 (unrounded 98.19999999999999), rank 1 of 1"
    assert "(unrounded 98.19999999999999)" in rulegov.render.to_markdown(noisy)


def test_a_rules_column_whose_rounded_notes_add_up_otherwise_shows_the_unrounded_parts():
    scheme = Scheme.model_validate(
        {"id": "s", "display": {"digits": 1},
         "root": {"id": "total", "children": [{"id": "a", "points": 10, "start_full": True}]},
         "rules": [{"kind": "deduction", "id": "d1", "node": "a", "input": "d1", "points": 0.35},
                   {"kind": "deduction", "id": "d2", "node": "a", "input": "d2", "points": 0.35}]}
    )  # fmt: skip
    explanation = rulegov.evaluate(scheme, {"x": {"d1": 1, "d2": 1}}).explain("x")
    [row] = [line for line in rulegov.render.to_markdown(explanation).splitlines() if "· a" in line]
    assert row.split(" | ")[5] == "-0.7 (= -0.35 -0.35)"
    assert "d1: -0.4 (" in row  # each note rounded on its own
    table = rulegov.render.explanation_table(explanation)
    assert table.splitlines()[-1].endswith("-0.7 (= -0.35 -0.35)")
    # two effects whose rounded parts add up keep the bare sum
    even = rulegov.evaluate(scheme, {"x": {"d1": 2, "d2": 0}}).explain("x")
    [row] = [line for line in rulegov.render.to_markdown(even).splitlines() if "· a" in line]
    assert row.split(" | ")[5] == "-0.7"


def test_markdown_and_table_rule_columns_are_rounded_as_the_scheme_declares():
    scheme = Scheme.model_validate({**_NOISY, "display": {"digits": 1}})
    explanation = rulegov.evaluate(scheme, {"甲": {"a-1": 0, "b-1": 10}}).explain("甲")
    markdown = rulegov.render.to_markdown(explanation)
    [row] = [line for line in markdown.splitlines() if line.startswith("| · b ")]
    assert row.split(" | ")[5] == "-1.4"  # the rules column, as the note beside it
    assert "b-1: -1.4 (" in row
    assert "-1.37" not in markdown
    [line] = [
        line
        for line in rulegov.render.explanation_table(explanation).splitlines()
        if line.startswith("  b ")
    ]
    assert line.endswith(" -1.4")
    # the data keeps the points as computed
    assert [row["rule_points"] for row in explanation.rows() if row["node"] == "b"] == [
        pytest.approx(-1.37)
    ]


def test_the_html_explanation_shows_each_nodes_input_and_rules_as_the_text_does():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、依法决策(60分)。每发现一件未经合法性审查的扣5分。\n二、学法用法(40分)。未学法的扣4分。"
    )
    explanation = rulegov.evaluate(scheme, {"区司法局": {"1-1": 2, "2-1": 1}}).explain("区司法局")
    page = explanation._repr_html_()
    assert ">rules</th>" in page
    assert "1-1: -10 (每发现一件未经合法性审查的扣5分: 2 × 5 points per 1)" in page
    assert "starts at full points (扣分制)" in page
    assert ">-10</td>" in page


def test_an_unrounded_figure_that_the_rounding_hides_is_printed_in_full():
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "display": {"digits": 2},
            "root": {"id": "total", "children": [{"id": "a", "points": 100, "start_full": True}]},
            "rules": [{"kind": "deduction", "id": "d", "node": "a", "input": "d", "points": 0.07}],
            "grading": {
                "bands": [{"grade": "excellent", "min": 94.54}, {"grade": "good", "max": 94.54}]
            },
        }
    )
    explanation = rulegov.evaluate(scheme, {"x": {"d": 78}}).explain("x")
    text = rulegov.render.to_text(explanation)
    assert "grade good: 94.54 (unrounded 94.53999999999999) lies in (-inf, 94.54)" in text
