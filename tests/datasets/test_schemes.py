import pytest

import rulegov
from rulegov.datasets._schemes import yancheng_2023_appraisal, yancheng_2023_scheme


@pytest.fixture(scope="module")
def result():
    data, categories = yancheng_2023_appraisal()
    return rulegov.evaluate(yancheng_2023_scheme(), data, categories=categories)


def test_scheme_covers_the_reference_plan():
    scheme = yancheng_2023_scheme()
    plan = rulegov.datasets.yancheng_2023()
    assert [node.id for node in scheme.root.children] == [section.id for section in plan.sections]
    assert scheme.leaves() == [task.id for task in plan.tasks]
    assert scheme.root.full_points() == 100.0
    assert {band.label for band in scheme.grading.bands} == {"优秀", "良好", "合格", "不合格"}


def test_veto_fails_the_unit_with_the_most_points(result):
    assert result.rank("justice-bureau") == 1
    assert result.grade("justice-bureau") == "fail"


def test_bonus_is_capped_and_deduction_applied(result):
    explanation = result.explain("market-regulation")
    assert result.score("market-regulation") - result.score("market-regulation", "overall") == 5.0
    assert explanation.root.children[1].children[2].rules[0].points == -4.0
    assert result.grade("market-regulation") == "excellent"


def test_deduction_floors_a_task_at_zero(result):
    assert result.score("public-security", "t9") == 0.0


def test_bar_on_excellent(result):
    assert result.score("human-resources") >= 90
    assert result.grade("human-resources") == "good"


def test_towns_are_scored_on_their_tasks_and_reported_out_of_100(result):
    town = result.explain("town-bufeng").root
    s2 = town.children[1]
    assert [child.applicable for child in s2.children] == [True, False, False, True]
    assert s2.score == pytest.approx((0.88 * 6 + 0.9 * 6) * 25 / 12)
    assert result.grade("town-bufeng") == "excellent"  # 92.93, on the towns' bands (92 and up)


def test_final_ranking(result):
    assert [(rank, unit, grade) for rank, unit, _, grade in result.ranking()] == [
        (1, "justice-bureau", "fail"),
        (2, "human-resources", "good"),
        (3, "town-bufeng", "excellent"),
        (4, "market-regulation", "excellent"),
        (5, "subdistrict-xincheng", "good"),
        (6, "public-security", "good"),
    ]
    assert result.display("subdistrict-xincheng") == "84.31"
