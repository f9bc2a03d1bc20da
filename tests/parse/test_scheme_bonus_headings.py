"""A heading names a bonus section; a sentence that only caps the bonus points does not.

``三、加分项目`` puts its items among the bonus rules; an article that states the total and caps
the bonus points in passing (``第四条 …总分为100分，…另加分项目累计不超过20分。``) leaves the items
under it scored items.
"""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize(
    "article",
    [
        "第四条 年度日常考核实行评分制,总分为100分,每项考核内容的扣分累计均不超过该项总分;另加分项目累计不超过20分。具体评分标准如下:",
        "四、考核实行百分制，每项考核内容的扣分以该项分值扣完为止，加分项目另计，累计加分不超过10分，评分标准如下：",
        "第四條 年度考核實行評分制,總分為100分,各項扣分累計不超過該項總分;另加分項目累計不超過20分。具體評分標準如下:",
    ],
    ids=["article", "numbered-paragraph", "traditional"],
)
def test_items_under_a_sentence_that_caps_the_bonus_are_scored_items(article):
    scheme = rulegov.parse_scheme(
        article + "\n(一)履职考核(40分)\n有下列情形之一的,每次扣5分。\n(二)服务质量(60分)\n"
    )
    points = [node.points for node in scheme.nodes()[1:] if node.points is not None]
    assert points == [40.0, 60.0]
    assert not [rule for rule in scheme.rules if rule.kind == "bonus"]


def test_a_bonus_heading_still_makes_its_items_bonus_rules():
    scheme = rulegov.parse_scheme(
        "一、履职考核(40分)\n未按时出具法律意见的,每次扣5分。\n二、服务质量(60分)\n"
        "三、加分项目\n1.获得市级以上表彰的加5分。\n"
    )
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [5.0]


_SCORED = "一、履职考核(40分)\n未按时出具法律意见的,每次扣5分。\n二、服务质量(60分)\n"
_BONUS_ITEMS = "\n1.获得市级以上表彰（5分）\n2.工作经验被推广（5分）\n"


@pytest.mark.parametrize(
    "heading",
    [
        "三、加分项目（在总分100分之外加分，最高10分）",
        "三、加分项目（百分制以外另计）",
        "三、加分项（不计入总分100分，单独加分）",
        "三、加分项目(在总分100分之外加分,最高10分)",
        "三、加分项目（在总分100分之外加分，最高10分）：",
        "三、奖励加分（不计入总分100分）",
        "三、加分因素（不计入总分100分）",
        "三、百分制以外加分项目（最高10分）",
        "三、**加分项目**（百分制以外另计）",
    ],
    ids=[
        "outside-the-total",
        "outside-the-hundred",
        "not-counted",
        "half-width",
        "colon",
        "reward",
        "factors",
        "hundred-before-the-name",
        "bold-name",
    ],
)
def test_a_bonus_heading_outside_the_total_makes_its_items_bonus_rules(heading):
    scheme = rulegov.parse_scheme(_SCORED + heading + _BONUS_ITEMS)
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("履职考核", 40.0),
        ("服务质量", 60.0),
    ]
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [5.0, 5.0]


@pytest.mark.parametrize(
    "text",
    [
        "（一）履职考核（40分）\n未按时出具法律意见的,每次扣5分。\n（二）服务质量（60分）\n"
        "（三）加分项目（百分制以外另计）" + _BONUS_ITEMS,
        "第一条 履职考核（40分）\n未按时出具法律意见的,每次扣5分。\n第二条 服务质量（60分）\n"
        "第三条 加分项目（不计入总分100分，单独加分）" + _BONUS_ITEMS,
        (
            "一、履职考核（40分）\n未按时出具法律意见的,每次扣5分。\n二、服务质量（60分）\n"
            "三、加分项目（在总分100分之外加分，最高10分）\n"
            "1.获得市级以上表彰的，加5分。\n2.工作经验被推广的，加3分。\n"
        ),
    ],
    ids=["bracketed-number", "article", "rules-in-words"],
)
def test_a_bonus_heading_outside_the_total_in_other_numberings(text):
    scheme = rulegov.parse_scheme(text)
    assert [node.points for node in scheme.nodes()[1:]] == [40.0, 60.0]
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] in (
        [5.0, 5.0],
        [5.0, 3.0],
    )


@pytest.mark.parametrize(
    "heading",
    [
        "**加分项目（在总分100分之外加分，最高10分）**",
        "加分项目（在总分100分之外加分，最高10分）",
        "奖励加分：",
        "【加分项】",
    ],
    ids=["bold", "plain", "colon", "lenticular"],
)
def test_an_unnumbered_bonus_heading_alone_on_its_line_opens_the_bonus_section(heading):
    scheme = rulegov.parse_scheme(_SCORED + heading + _BONUS_ITEMS)
    assert [node.points for node in scheme.nodes()[1:]] == [40.0, 60.0]
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [5.0, 5.0]


@pytest.mark.parametrize(
    ("heading", "items", "points"),
    [
        ("加分标准：", "\n1.获得国家级表彰（30分）\n2.获得省级表彰（30分）\n", [30.0, 30.0]),
        ("奖励加分：", "\n1.获得国家级表彰得40分\n2.获得省级表彰得20分\n", [40.0, 20.0]),
    ],
    ids=["criteria", "earned"],
)
def test_a_bonus_heading_over_items_that_add_up_to_the_item_above_heads_its_parts(
    heading, items, points
):
    scheme = rulegov.parse_scheme(
        "一、履职考核(40分)\n未按时出具法律意见的,每次扣5分。\n二、创新工作(60分)\n"
        + heading
        + items
    )
    assert [(node.name, node.points or node.cap) for node in scheme.nodes()[1:]] == [
        ("履职考核", 40.0),
        ("创新工作", 60.0),
        ("获得国家级表彰", points[0]),
        ("获得省级表彰", points[1]),
    ]
    assert not [rule for rule in scheme.rules if rule.kind == "bonus"]


def test_a_table_s_head_a_cell_a_line_ending_in_a_bonus_column_keeps_its_rows_scored():
    scheme = rulegov.parse_scheme(
        "某局依法行政考核评分表\n考核内容\n分值\n评分标准\n加分项目\n"
        "1.组织领导\n10\n未成立领导小组的扣5分\n获得表彰的加2分\n"
        "2.制度建设\n20\n制度不健全的扣5分\n\n3.执法监督\n70\n未开展评查的扣10分\n\n"
    )
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("组织领导", 10.0),
        ("制度建设", 20.0),
        ("执法监督", 70.0),
    ]
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [2.0]


@pytest.mark.parametrize(
    "line",
    ["加分项目累计不超过10分。", "其中加分项目（最高10分）按下列标准评定", "加分"],
    ids=["cap-sentence", "sentence-with-bracket", "bare-word"],
)
def test_an_unnumbered_line_that_only_speaks_of_the_bonus_opens_no_section(line):
    scheme = rulegov.parse_scheme(_SCORED + line + _BONUS_ITEMS)
    assert not [rule for rule in scheme.rules if rule.kind == "bonus"]


@pytest.mark.parametrize(
    "sentence",
    [
        "考核总分为100分，加分项目另计，累计加分不超过10分，评分标准如下：",
        "本办法实行百分制，另设加分项目，加分累计不超过5分。",
    ],
    ids=["total-first", "hundred-first"],
)
def test_a_sentence_that_states_the_total_before_the_bonus_is_no_bonus_section(sentence):
    scheme = rulegov.parse_scheme(
        "一、"
        + sentence
        + "\n(一)履职考核(40分)\n有下列情形之一的,每次扣5分。\n(二)服务质量(60分)\n"
    )
    points = [node.points for node in scheme.nodes()[1:] if node.points is not None]
    assert points == [40.0, 60.0]
    assert not [rule for rule in scheme.rules if rule.kind == "bonus"]
