"""Grade bands that leave scores without a grade, declared in ``grading.gaps``.

80-90分为良好，60-70分为合格 grades nothing from 70 to 80: declared, the gap is allowed and a unit
scoring there is left ungraded, with the gap as its reason in every output.
"""

import json

import pytest

import rulegov
from rulegov.evaluation import GradeGap, Scheme
from rulegov.render._evaluation import (
    evaluation_json,
    evaluation_text,
    explanation_markdown,
    scheme_html,
)

BANDS = [
    {"grade": "excellent", "label": "优秀", "min": 90},
    {"grade": "good", "label": "良好", "min": 80, "max": 90},
    {"grade": "pass", "label": "合格", "min": 60, "max": 70, "max_closed": True},
    {"grade": "fail", "label": "不合格", "max": 60},
]


def _scheme(gaps, bands=BANDS, **grading):
    return {
        "id": "s",
        "root": {"id": "total", "aggregation": "sum", "children": [{"id": "a", "points": 100}]},
        "rules": [{"kind": "veto", "id": "v", "input": "v", "effect": "force", "grade": "fail"}],
        "grading": {"bands": bands, "gaps": gaps, **grading},
    }


def _results(scheme, scores, vetoes=()):
    data = {unit: {"a": score / 100, "v": int(unit in vetoes)} for unit, score in scores.items()}
    return rulegov.evaluate(Scheme.model_validate(scheme), data)


def test_a_gap_left_undeclared_is_refused_and_the_message_says_how_to_declare_it():
    with pytest.raises(rulegov.InvalidSchemeError, match=r"declare it in grading\.gaps") as caught:
        Scheme.model_validate(_scheme([]))
    assert caught.value.issues[0].path == "grading.bands[2].max"
    assert caught.value.issues[0].value == 70


@pytest.mark.parametrize(
    ("gap", "message"),
    [
        ({"min": 70, "max": 85}, "no two adjacent bands leave the scores from 70 to 85"),
        ({"min": 80, "max": 90}, "no two adjacent bands leave the scores from 80 to 90"),
        ({"min": 90, "max": 90}, "no two adjacent bands leave the scores from 90 to 90"),
        ({"min": 60, "max": 60}, "no two adjacent bands leave the scores from 60 to 60"),
    ],
    ids=["wider", "a-band", "where-bands-meet", "where-bands-meet-closed-below"],
)
def test_a_declared_gap_the_bands_do_not_leave_is_refused(gap, message):
    with pytest.raises(rulegov.InvalidSchemeError, match=message) as caught:
        Scheme.model_validate(_scheme([{"min": 70, "max": 80}, gap]))
    assert [issue.path for issue in caught.value.issues] == ["grading.gaps[1]"]


def test_a_gap_declared_twice_is_refused():
    with pytest.raises(rulegov.InvalidSchemeError, match="declared twice") as caught:
        Scheme.model_validate(_scheme([{"min": 70, "max": 80}, {"min": 70, "max": 80}]))
    assert [issue.path for issue in caught.value.issues] == ["grading.gaps[1]"]
    assert caught.value.issues[0].value == "70 to 80"


def test_a_gap_of_a_category_without_bands_is_refused():
    with pytest.raises(rulegov.InvalidSchemeError) as caught:
        Scheme.model_validate(
            _scheme([{"min": 70, "max": 80}, {"min": 1, "max": 2, "category": "镇"}])
        )
    assert caught.value.issues[0].path == "grading.gaps[1].category"
    assert caught.value.issues[0].value == "镇"


def test_a_total_in_a_declared_gap_is_ungraded_and_the_edges_keep_their_bands():
    result = _results(
        _scheme([{"min": 70, "max": 80}]), {"甲": 75, "乙": 70, "丙": 80, "丁": 95, "戊": 40}
    )
    grades = {unit: result.grade(unit) for unit in ("甲", "乙", "丙", "丁", "戊")}
    assert grades == {"甲": None, "乙": "pass", "丙": "good", "丁": "excellent", "戊": "fail"}
    assert result.reason("甲") == (
        "75.00 lies in the gap from 70 to 80 that the scheme's bands leave without a grade: "
        "no grade"
    )
    assert result.reason("乙") is None  # graded by its band: no rule moved it


def test_a_total_in_the_gap_shown_at_a_band_s_edge_shows_its_unrounded_total_too():
    result = _results(_scheme([{"min": 70, "max": 80}]), {"甲": 79.998, "乙": 70.004})
    assert (result.grade("甲"), result.grade("乙")) == (None, None)
    assert (result.reason("甲") or "").startswith("80.00 (unrounded 79.998) lies in the gap")
    assert (result.reason("乙") or "").startswith("70.00 (unrounded 70.004) lies in the gap")


def test_the_gap_is_the_reason_in_text_json_and_markdown():
    result = _results(_scheme([{"min": 70, "max": 80}]), {"甲": 75, "乙": 95})
    assert "lies in the gap from 70 to 80" in evaluation_text(result).splitlines()[2]
    rows = {row["unit"]: row for row in json.loads(evaluation_json(result))}
    assert rows["甲"]["grade"] is None
    assert rows["甲"]["reason"].startswith("75.00 lies in the gap from 70 to 80")
    assert "- 75.00 lies in the gap from 70 to 80" in explanation_markdown(result.explain("甲"))


def test_a_forcing_veto_grades_a_unit_in_the_gap():
    result = _results(_scheme([{"min": 70, "max": 80}]), {"甲": 75}, vetoes={"甲"})
    assert result.grade("甲") == "fail"
    assert "veto 'v'" in (result.reason("甲") or "")


@pytest.mark.parametrize(
    "veto",
    [
        {"effect": "cap", "grade": "pass"},
        {"effect": "bar", "grade": "good"},
        {"effect": "lower"},
    ],
    ids=["cap", "bar", "lower"],
)
def test_a_veto_that_moves_a_grade_leaves_a_unit_in_the_gap_ungraded_and_out_of_its_reason(veto):
    scheme = _scheme([{"min": 70, "max": 80}])
    scheme["rules"] = [{"kind": "veto", "id": "v", "input": "v", **veto}]
    result = _results(scheme, {"甲": 75}, vetoes={"甲"})
    assert result.grade("甲") is None
    assert result.reason("甲") == (
        "75.00 lies in the gap from 70 to 80 that the scheme's bands leave without a grade: "
        "no grade"
    )
    assert "veto 'v'" in result.explain("甲").grade_steps[-1].note  # fired, as the steps show


def test_a_quota_counts_only_the_units_that_hold_its_grade():
    scheme = _scheme([{"min": 70, "max": 80}], quotas=[{"grade": "excellent", "max_count": 1}])
    result = _results(scheme, {"甲": 75, "乙": 95, "丙": 92})
    assert [result.grade(unit) for unit in ("甲", "乙", "丙")] == [None, "excellent", "good"]


def test_a_gap_in_one_category_s_bands_is_read_for_its_units_only():
    town = [{"grade": "pass", "min": 60}, {"grade": "fail", "max": 50}]
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "total", "aggregation": "sum", "children": [{"id": "a", "points": 100}]},
            "grading": {
                "bands": [{"grade": "pass", "min": 60}, {"grade": "fail", "max": 60}],
                "by_category": {"镇": town},
                "gaps": [{"min": 50, "max": 60, "category": "镇"}],
            },
        }
    )
    data = {"甲镇": {"a": 0.55}, "乙局": {"a": 0.55}}
    result = rulegov.evaluate(scheme, data, categories={"甲镇": "镇", "乙局": "局"})
    assert (result.grade("甲镇"), result.grade("乙局")) == (None, "fail")
    assert "gap from 50 to 60" in (result.reason("甲镇") or "")


def test_a_declared_gap_survives_json_and_shows_in_the_scheme_table():
    scheme = Scheme.model_validate(_scheme([{"min": 70, "max": 80}]))
    again = Scheme.model_validate_json(scheme.model_dump_json())
    assert again.grading is not None
    assert again.grading.gaps == [GradeGap(min=70, max=80)]
    assert "70 to 80: no grade" in scheme_html(scheme)
