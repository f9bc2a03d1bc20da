"""Appraisal tables as copies flatten them: the layouts of the twenty-third real set, each in its
printed forms (a sharing site's pages cut inside a figure, …)."""

from __future__ import annotations

import pytest

import rulegov

_FILLER = "律师和基层法律服务工作者应当对顾问村的基本情况进行详细了解并填写调查表" * 4
"""A row's long target, so that each of a sharing site's pages is a long line as it prints them."""


def _paged(first: str, second: str) -> str:
    """A flattened table cut into a sharing site's pages ``1、…`` and ``2、…`` between two texts."""
    return f"1、村(社区)法律顾问工作考评表项目考核目标分值评分标准得分备注{first}\n\n2、{second}\n"


def _rows(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name[:6], node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the page cut between the next row's number and its stop
        (
            f"1.制定服务计划{_FILLER}。6分未制定计划的,扣3分。2",
            f".开展定期服务{_FILLER}。12分每少一次扣1分。",
        ),
        (
            f"1、制定服务计划{_FILLER}。6分未制定计划的,扣3分。2",
            f"、开展定期服务{_FILLER}。12分每少一次扣1分。",
        ),
        (
            f"1．制定服务计划{_FILLER}。6分未制定计划的,扣3分。2",
            f"．开展定期服务{_FILLER}。12分每少一次扣1分。",
        ),
    ],
)
def test_a_rows_number_a_sharing_sites_page_cut_from_its_stop_reads_whole(first, second):
    scheme = rulegov.parse_scheme(_paged(first, second))
    assert _rows(scheme) == [("1", "制定服务计划", 6.0), ("2", "开展定期服务", 12.0)]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1", 3.0), ("2", 1.0)]


def test_a_decimal_a_sharing_sites_page_cut_reads_whole():
    scheme = rulegov.parse_scheme(
        _paged(
            f"1.制定服务计划{_FILLER}。6分未制定计划的,扣0",
            f".5分。2.开展定期服务{_FILLER}。12分每少一次扣1分。",
        )
    )
    assert [(rule.node, rule.points) for rule in scheme.rules] == [("1", 0.5), ("2", 1.0)]


def test_points_a_sharing_sites_page_cut_from_their_unit_stay_a_rule():
    scheme = rulegov.parse_scheme(
        _paged(
            f"1.制定服务计划{_FILLER}。6分未开设监督电话扣0.5分;处理问题不及时扣0.5",
            f"分;满意率达不到90%扣1分。2.开展定期服务{_FILLER}。12分每少一次扣1分。",
        )
    )
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1", 0.5),
        ("1", 0.5),
        ("1", 1.0),
        ("2", 1.0),
    ]


def test_a_rows_bare_points_before_a_page_that_opens_with_the_next_row_stay_apart():
    # …扣3分。6 · 2、2.…: the page's number, then the next row's own; the 6 is no part of it
    scheme = rulegov.parse_scheme(
        _paged(
            f"1.制定服务计划{_FILLER}。未制定计划的,扣3分。6",
            f"2.开展定期服务{_FILLER}。每少一次扣1分。12",
        )
    )
    assert [node.id for node in scheme.nodes()[1:]] == ["1", "2"]


@pytest.mark.parametrize(
    "clause",
    [
        "本指标为否决性指标，未达到年度目标值的，即为未完成等级。",
        "本指标为否决性指标，未完成的不得分，并且直接考核为未完成等级。",
        "未完成年度节能目标的，视为未完成等次。",
        "未完成年度节能目标的，即视为不合格。",
        "发生重大安全事故的，直接评定为不合格。",
    ],
)
def test_a_clause_that_puts_a_failing_unit_in_the_lowest_grade_is_a_veto(clause):
    scheme = rulegov.parse_scheme(
        f"考核细则\n一、节能目标(60分)\n1.完成年度节能目标(60分)。{clause}\n"
    )
    vetoes = [rule for rule in scheme.rules if rule.kind == "veto"]
    assert [rule.effect.value for rule in vetoes] == ["force"]
    assert clause.rstrip("。") in vetoes[0].reason


@pytest.mark.parametrize(
    "clause",
    [
        "考核得分60分以下的，即为不合格等次。",  # a grade's band
        "完成年度节能目标的，即为完成等级。",  # no failing grade
        "未完成年度目标的，评为未完成单位。",  # no grade's word after it
    ],
)
def test_a_grade_named_by_its_score_or_a_passing_grade_is_no_veto(clause):
    scheme = rulegov.parse_scheme(
        f"考核细则\n一、节能目标(60分)\n1.完成年度节能目标(60分)。{clause}\n"
    )
    assert [rule for rule in scheme.rules if rule.kind == "veto"] == []


@pytest.mark.parametrize("word", ["评分依据", "评价依据", "计分依据"])
def test_a_flattened_headers_column_of_evidence_is_no_part_of_the_first_heading(word):
    scheme = rulegov.parse_scheme(
        f"考核计分表\n考核内容指标分类评分标准{word}节能目标(60分)行业节能目标降低率(60分)"
        "完成年度目标。节能措施(40分)1.将节能目标纳入本单位年度节能工作计划。(2分)\n"
    )
    assert [node.name for node in scheme.root.children] == ["节能目标", "节能措施"]


_ARCHIVES = "评分表序号考核项目分数评分细则自查评分评审评分一组织管理(10)"
"""A flattened header (序号 · 考核项目 · 分数 · 评分细则 · 自查评分 · 评审评分), then a part."""


@pytest.mark.parametrize(
    "rows",
    [
        (
            "1组织机构61. 档案工作列入工作计划。(2分)2. 明确一名领导分管档案工作。(4分)"
            "2规章制度41. 认真贯彻执行档案法规。(2分)2. 建立档案管理制度。(2分)"
        ),
        (
            "1组织机构61、档案工作列入工作计划。(2分)2、明确一名领导分管档案工作。(4分)"
            "2规章制度41、认真贯彻执行档案法规。(2分)2、建立档案管理制度。(2分)"
        ),
        (
            "1组织机构61.档案工作列入工作计划(2分)2.明确一名领导分管档案工作(4分)"
            "2规章制度41.认真贯彻执行档案法规(2分)2.建立档案管理制度(2分)"
        ),
        (
            "1组织机构6(1)档案工作列入工作计划。(2分)(2)明确一名领导分管档案工作。(4分)"
            "2规章制度4(1)认真贯彻执行档案法规。(2分)(2)建立档案管理制度。(2分)"
        ),
        (
            "1组织机构6分1.档案工作列入工作计划。(2分)2.明确一名领导分管档案工作。(4分)"
            "2规章制度4分1.认真贯彻执行档案法规。(2分)2.建立档案管理制度。(2分)"
        ),
        (
            "1组织机构61．档案工作列入工作计划。(2分)2．明确一名领导分管档案工作(4分)"
            "2规章制度41．认真贯彻执行档案法规。(2分)2．建立档案管理制度。其分支机构达标率超过80%。(2分)"
        ),
    ],
)
def test_a_rows_bare_points_glued_before_its_first_criterions_number_head_its_criteria(rows):
    scheme = rulegov.parse_scheme(_ARCHIVES + rows + "\n")
    assert [(node.id, node.name[:4], node.points or node.cap) for node in scheme.nodes()[1:]] == [
        ("1", "组织管理", 10.0),
        ("1.1", "组织机构", 6.0),
        ("1.1.1", "档案工作", 2.0),
        ("1.1.2", "明确一名", 4.0),
        ("1.2", "规章制度", 4.0),
        ("1.2.1", "认真贯彻", 2.0),
        ("1.2.2", "建立档案", 2.0),
    ]


def test_a_rule_glued_before_a_rows_number_is_no_row_heading_criteria():
    # …(4分)2领导重视扣2分1.…: a name with a deduction in it is a rule's text, not a row's name
    scheme = rulegov.parse_scheme(
        _ARCHIVES + "1.档案工作列入工作计划(4分)2领导重视扣2分1.建立档案管理制度(6分)\n"
    )
    assert "领导重视" not in [node.name for node in scheme.nodes()]


@pytest.mark.parametrize(
    "sentence",
    [
        "明确一名领导分管档案工作。其分支机构达标率超过80%。",
        "明确一名领导分管档案工作。取得明显成效。",
    ],
)
def test_a_last_rows_points_after_sentences_with_words_that_score_nothing_are_its_points(sentence):
    scheme = rulegov.parse_scheme(
        "考评表项目考核内容分值评分标准1.档案工作列入工作计划。(2分)2." + sentence + "(4分)\n"
    )
    assert [(node.name[:4], node.points) for node in scheme.nodes()[1:]] == [
        ("档案工作", 2.0),
        ("明确一名", 4.0),
    ]


_DECIMAL = "评价细则 评价项目 评价内容 评价标准 评价依据 得分 1.组织领导(10分)1.1领导重视节能工作。(4分)1.2召开专题会议。(6分)"


@pytest.mark.parametrize(
    "rows",
    [
        "2.宣传教育(16分)2.1开展宣传活动。(4分)2.3自行组织主题活动。(6分)2.4利用网站宣传。(6分)",
        "2.宣传教育(16分) 2.1开展宣传活动.(4分) 查阅资料 2.3自行组织主题活动.(6分) 2.4利用网站宣传.(6分)",
        "2.宣传教育(16分)2.1开展宣传活动(4分)2.3自行组织主题活动(6分)2.4利用网站宣传(6分)",
    ],
)
def test_a_decimal_run_whose_rows_skip_a_number_reads_the_rows_after_it(rows):
    scheme = rulegov.parse_scheme(_DECIMAL + rows + "\n")
    assert [(node.name[:4], node.points or node.cap) for node in scheme.nodes()[1:]] == [
        ("组织领导", 10.0),
        ("领导重视", 4.0),
        ("召开专题", 6.0),
        ("宣传教育", 16.0),
        ("开展宣传", 4.0),
        ("自行组织", 6.0),
        ("利用网站", 6.0),
    ]


def test_a_figure_inside_a_rows_sentence_is_no_row_of_a_skipped_number():
    scheme = rulegov.parse_scheme(_DECIMAL + "2.宣传教育(16分)2.1能耗是平均值的2.3倍以下。(16分)\n")
    assert [node.name[:4] for node in scheme.nodes()[1:]][-2:] == ["宣传教育", "能耗是平"]


@pytest.mark.parametrize(
    "header",
    [
        "考评表序号项目评分要求评分规则分值一、",
        "考评表项目评分要求分值评分规则",
        "考评表考核项目评分规则分值",
    ],
)
def test_a_flattened_headers_columns_of_requirements_and_rules_are_no_part_of_a_heading(header):
    scheme = rulegov.parse_scheme(
        header + "组织领导(10分)1.成立领导小组(4分)未成立的扣4分。2.专题研究(6分)每少一次扣2分。\n"
    )
    assert [node.name for node in scheme.nodes()[1:]] == ["组织领导", "成立领导小组", "专题研究"]
