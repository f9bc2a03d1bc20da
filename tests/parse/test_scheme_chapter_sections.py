"""Sections of a chapter, ``第一节 基础资质``: a level between the chapter and its articles or items."""

from __future__ import annotations

import pytest

from schemetrees import scheme_nodes


@pytest.mark.parametrize(
    "text",
    [
        # sections over bulleted items
        (
            "第二章 评级指标体系\n第一节 专业能力\n• 年度胜诉率（15分）\n• 庭审表现评分（15分）\n"
            "第二节 职业道德\n• 客户满意度（10分）\n• 同行评议（10分）\n"
        ),
        # sections over numbered items, a space after the section's number left out
        (
            "第二章 评级指标体系\n第一节专业能力\n1.年度胜诉率（15分）\n2.庭审表现评分（15分）\n"
            "第二节职业道德\n1.客户满意度（10分）\n2.同行评议（10分）\n"
        ),
        # traditional characters
        (
            "第二章 評級指標體系\n第一節 專業能力\n1、年度勝訴率(15分)\n2、庭審表現評分(15分)\n"
            "第二節 職業道德\n1、客戶滿意度(10分)\n2、同行評議(10分)\n"
        ),
    ],
    ids=["bullets", "numbered", "traditional"],
)
def test_each_section_holds_its_own_items(text):
    tree = scheme_nodes(text)
    assert [(number, points) for number, _, points in tree] == [
        ("1", None),
        ("1.1", None),
        ("1.1.1", 15.0),
        ("1.1.2", 15.0),
        ("1.2", None),
        ("1.2.1", 10.0),
        ("1.2.2", 10.0),
    ]
    assert tree[1][1] in ("专业能力", "專業能力")


def test_sections_over_articles_keep_the_articles_points():
    tree = scheme_nodes(
        "第二章 基本项目\n第一节 刑事审判庭\n第四条 审判质效(80分)\n"
        "第二节 民事审判庭\n第五条 审判质效(80分)\n"
    )
    assert [(name, points) for _, name, points in tree] == [
        ("基本项目", None),
        ("刑事审判庭", None),
        ("审判质效", 80.0),
        ("民事审判庭", None),
        ("审判质效", 80.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the article runs into its part's serial, on lines of their own
        "考核办法\n第七条(一)基本项(100分)\n1.工作网络(3分)\n2.办件质效(97分)\n",
        # the same with a space after the article and full-width brackets
        "考核办法\n第七条 （一）基本项（100分）\n1.工作网络（3分）\n2.办件质效（97分）\n",
    ],
    ids=["glued", "spaced"],
)
def test_an_articles_serial_is_no_word_of_its_name(text):
    assert scheme_nodes(text) == [
        ("1", "基本项", None),
        ("1.1", "工作网络", 3.0),
        ("1.2", "办件质效", 97.0),
    ]


def test_a_bracketed_figure_after_an_article_stays_in_its_name():
    # a figure in brackets cited by the article (第三条（2）) is no serial of its part
    nodes = scheme_nodes("考核办法\n第三条（2）项所列工作（10分）\n第四条 其他工作（90分）\n")
    assert nodes[0][1] == "（2）项所列工作"
