"""Targets read from a task's text: what the plan sets, and what only looks like a number to meet."""

from __future__ import annotations

import rulegov
from plantasks import task_targets
from rulegov import Comparator


def test_a_quota_after_each_is_a_target_and_once_is_timing():
    assert task_targets("每年召开两次会议，每户一本读本，每季度开展一次评查。") == [
        ("两次", Comparator.EQ, 2.0),
        ("一本", Comparator.EQ, 1.0),
    ]


def test_a_comparator_a_few_words_before_the_number():
    assert task_targets("每个县至少建设一所学校，至少组织1次培训。") == [
        ("至少建设一所", Comparator.GE, 1.0),
        ("至少组织1次", Comparator.GE, 1.0),
    ]


def test_about_a_number_and_new_measure_words():
    assert task_targets("新建道路5478公里，生均拨款达到12000元，抗御6级左右地震。") == [
        ("5478公里", Comparator.EQ, 5478.0),
        ("达到12000元", Comparator.GE, 12000.0),
        ("6级左右", Comparator.EQ, 6.0),
    ]


def test_conditions_grants_prices_and_rates_are_not_targets():
    assert (
        task_targets(
            "对总投资5000万元以上的项目，按投资额的10%给予最高500万元支持，"
            "设立2亿元专项资金，税额下调至8元/平方米，给予税额50%的补贴。"
        )
        == []
    )


def test_a_planned_sum_is_a_target():
    assert task_targets("今明两年投资270亿元。") == [("270亿元", Comparator.EQ, 270.0)]


def test_full_coverage_is_not_read_inside_jianquan():
    assert task_targets("建立健全覆盖各层级的机制，实现执法监督全覆盖。") == [
        ("全覆盖", None, None)
    ]


def test_numbers_inside_corner_quotation_marks_are_a_name():
    assert task_targets("完善每个村〝四个一〞建设。") == []


def test_the_signs_of_a_comparison_and_the_bound_of_a_class():
    assert task_targets("增幅≥2%，能耗≤5%，在职职工30人(含)以下的企业免征。") == [
        ("≥2%", Comparator.GE, 2.0),
        ("≤5%", Comparator.LE, 5.0),
    ]


def test_a_result_reported_is_no_target():
    assert task_targets("先后8次作出批示，印发了15家单位的规定，每季度结束后下一个月报送。") == []
    # 为了 is no past
    assert task_targets("为了提高效率，年内建成3个中心。") == [("3个", Comparator.EQ, 3.0)]


def test_a_clause_of_thousands_of_numbers_gives_each_target_its_own_few_words():
    clause = "完成" + "20个" * 3_000 + "。"
    plan = rulegov.parse_plan(f"2024年工作要点\n一、任务\n1.{clause}\n")
    targets = plan.tasks[0].targets
    assert len(targets) == 3_000
    assert all(target.value == 20.0 for target in targets)
    text = plan.source.text
    for target in targets:
        assert target.span is not None
        assert text[target.span.start : target.span.end] == target.text == "20个"
        # its metric: a stretch of the clause around its own number, not the clause again
        assert target.text in target.metric
        assert len(target.metric) < len(clause) // 20
        reach = len(target.metric)
        assert target.metric in text[max(0, target.span.start - reach) : target.span.end + reach]
    # each target over a number of its own, in the clause's order
    assert len({target.span.start for target in targets if target.span}) == 3_000


def test_a_condition_or_a_grant_far_back_in_a_long_clause_still_counts():
    padding = "加强" * 30
    assert task_targets(f"对{padding}总投资5000万元以上的项目免征。") == []
    assert task_targets(f"给予{padding}最高500万元支持，年内建成3个中心。") == [
        ("3个", Comparator.EQ, 3.0)
    ]


def test_measures_of_land_weight_and_plants_are_targets():
    assert task_targets(
        "播种面积稳定在12万亩以上，产量达到8万吨，整治田块300亩，栽植苗木600株。"
    ) == [
        ("12万亩以上", Comparator.GE, 12.0),
        ("达到8万吨", Comparator.GE, 8.0),
        ("300亩", Comparator.EQ, 300.0),
        ("600株", Comparator.EQ, 600.0),
    ]


def test_a_bound_with_its_edge_left_out_in_brackets_bounds_a_class():
    assert task_targets("本镇10亩以下(不含10亩)的用地、50户以下(不含50户)的村由镇审核。") == []


def test_a_bounded_size_after_dui_names_whom_the_work_is_for():
    assert task_targets("要对年营业额500万元以上企业开展检查，对职工50人以下企业给予指导。") == []
    assert task_targets("对照标准，产量保持在5万吨以上。") == [("5万吨以上", Comparator.GE, 5.0)]


def test_a_condition_loosened_is_no_target():
    assert task_targets("对小微企业，申领条件放宽到参保满6个月，裁员率放宽至不超过10%。") == []
    assert task_targets("参保率提高到95%。") == [("提高到95%", Comparator.GE, 95.0)]
