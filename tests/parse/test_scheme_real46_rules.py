"""Indicator tables of the forty-sixth real set, each in its printed forms."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize(("target", "heading"), [("20 以上", "标准"), ("3 以下", "标准")])
def test_a_target_figure_before_the_points_column_is_not_the_row_points(target, heading):
    # rows a line under a header whose cells single spaces part, a column of targets before
    # 分值 and a column after it: the first figure is the row's target, the next its points
    text = (
        "某区村级建设测评体系\n"
        f"指标名称 单位 {heading} 分值 计分办法\n"
        f"1、集体经济收入增长 % {target} 40 2×实达数\n"
        "2、群众满意度 % 85 30 1×实达数\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "集体经济收入增长", 40.0),
        ("2", "群众满意度", 30.0),
    ]


def test_without_a_target_column_the_first_figure_after_the_name_is_the_points():
    text = (
        "某区村级建设测评体系\n"
        "指标名称 单位 分值 计分办法\n"
        "1、集体经济收入增长 % 40 每少1个百分点扣2分 10 分封顶\n"
        "2、群众满意度 % 30 1×实达数\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(name, points) for _, name, points in _tree(scheme)] == [
        ("集体经济收入增长", 40.0),
        ("群众满意度", 30.0),
    ]


@pytest.mark.parametrize(
    "split",
    [
        "满分为105分,其中基本分100分,附加分5分",
        "总分105分,其中基本分100分、加分5分",
        "实行百分制考核,基本分100分,附加分5分",
    ],
)
def test_a_full_score_split_into_base_and_added_points_caps_the_bonus(split):
    # the added points (附加分) a full score is split into beside its base are the most the
    # bonus rules may add to the whole appraisal
    text = (
        f"某县乡村振兴实绩考核办法\n一、考核内容\n对乡镇的考核{split}。\n"
        "1.组织领导(40分)\n2.重点任务(60分)\n"
        "二、加分项目\n获省级表彰的加3分;获市级表彰的加2分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert scheme.bonus_cap == 5.0


def test_the_base_of_a_full_score_alone_caps_no_bonus():
    text = (
        "某县乡村振兴实绩考核办法\n一、考核内容\n对乡镇的考核实行百分制,基本分100分。\n"
        "1.组织领导(40分)\n2.重点任务(60分)\n"
        "二、加分项目\n获省级表彰的加3分;获市级表彰的加2分。\n"
    )
    assert rulegov.parse_scheme(text).bonus_cap is None


def test_an_items_own_split_into_base_and_added_points_caps_no_whole_bonus():
    # 本项基本分15分，加分5分 inside an item splits that item's points, not the appraisal's
    text = (
        "某县考核细则\n一、组织领导（40分）\n"
        "1.学习制度（20分）本项基本分15分，加分5分，每开展一次专题学习加1分。\n"
        "2.工作计划（20分）未制定计划扣5分。\n"
        "二、依法行政（60分）\n1.执法（60分）未执法扣3分。\n"
        "三、加分项目\n获省级表彰的加3分;获市级表彰的加2分。\n"
    )
    assert rulegov.parse_scheme(text).bonus_cap is None


def test_a_veto_written_one_character_a_line_beside_a_row_is_a_veto():
    # a narrow column prints its cell one character a line: 一/票/否/决 beside the row it bars
    text = (
        "某县平安单位创建测评指标\n"
        "一、组织领导(10分)\n"
        "成立创建工作领导小组(5分)\n"
        "制定年度创建计划(5分)\n"
        "二、安全稳定(10分)\n"
        "本单位无重大安全责任事故(10分)\n"
        "一\n票\n否\n决\n"
    )
    scheme = rulegov.parse_scheme(text)
    vetoes = [rule for rule in scheme.rules if rule.kind == "veto"]
    assert len(vetoes) == 1
    assert "安全责任事故" in vetoes[0].reason


def test_a_vertical_veto_beside_a_numbered_row_spans_its_letters():
    # 1.本单位无重大安全责任事故 · 一 / 票 / 否 / 决: the row's number (1.) is no part of the span,
    # which is the veto's four letters, not the last three
    text = (
        "某县平安单位创建测评指标\n一、组织领导(10分)\n1.成立创建工作领导小组(5分)\n"
        "2.制定年度创建计划(5分)\n二、安全稳定(10分)\n1.本单位无重大安全责任事故(10分)\n"
        "一\n票\n否\n决\n"
    )
    [veto] = [rule for rule in rulegov.parse_scheme(text).rules if rule.kind == "veto"]
    assert text[veto.span.start : veto.span.end] == "一\n票\n否\n决"


def test_single_characters_a_line_that_spell_no_veto_are_none():
    text = (
        "某县平安单位创建测评指标\n"
        "一、组织领导(10分)\n"
        "成立创建工作领导小组(5分)\n"
        "制定年度创建计划(5分)\n"
        "基\n本\n标\n准\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert not [rule for rule in scheme.rules if rule.kind == "veto"]
