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
    assert result.rank("区司法局") == 1
    assert result.grade("区司法局") == "fail"


def test_bonus_is_capped_and_deduction_applied(result):
    explanation = result.explain("区市场监管局")
    assert result.score("区市场监管局") - result.score("区市场监管局", "overall") == 5.0
    assert explanation.root.children[1].children[2].rules[0].points == -4.0
    assert result.grade("区市场监管局") == "excellent"


def test_deduction_floors_a_task_at_zero(result):
    assert result.score("区公安分局", "t9") == 0.0


def test_bar_on_excellent(result):
    assert result.score("区人社局") >= 90
    assert result.grade("区人社局") == "good"


def test_towns_are_scored_on_their_tasks_and_reported_out_of_100(result):
    town = result.explain("步凤镇").root
    s2 = town.children[1]
    assert [child.applicable for child in s2.children] == [True, False, False, True]
    assert s2.score == pytest.approx((0.88 * 6 + 0.9 * 6) * 25 / 12)
    assert result.grade("步凤镇") == "excellent"  # 92.93, on the towns' bands (92 and up)


def test_final_ranking(result):
    assert [(rank, unit, grade) for rank, unit, _, grade in result.ranking()] == [
        (1, "区司法局", "fail"),
        (2, "区人社局", "good"),
        (3, "步凤镇", "excellent"),
        (4, "区市场监管局", "excellent"),
        (5, "新城街道", "good"),
        (6, "区公安分局", "good"),
    ]
    assert result.display("新城街道") == "84.31"
