"""An appraisal document whose spaced header runs over items numbered (1), (2) is read, not refused.

A table flattened into lines under a header spaced apart (考核内容 分值 评分标准 评定), its part
numbered 1、 and its items (1), (2) each with its points in brackets and its deductions after,
once stopped the reader with an IndexError: it asked the pattern of a bracketed number for the
full stop before it, a part that pattern does not have. The items, their points and their
deductions are read.
"""

from __future__ import annotations

import pytest

import rulegov

_ITEMS = (
    "{one}做好秸秆禁烧宣传工作(2分)。村干部要带头执行禁烧规定,深入宣传禁烧工作。"
    "自然村张贴公告每少1张扣0.5分,群众不知晓禁烧工作的发现一次扣0.5分。\n"
    "{two}加强组织领导(5分)。成立秸秆禁烧工作小组,及时作出部署。"
    "未成立禁烧工作小组的,扣2分;未作出禁烧工作部署的,扣3分。\n"
)


@pytest.mark.parametrize(
    ("header", "part", "one", "two"),
    [
        ("考核内容 分值 评分标准 评定", "1、组织保障(20分)", "(1)", "(2)"),
        ("考核内容  分值  评分标准  评定", "1、组织保障(20分)", "（1）", "（2）"),
        ("考核项目 分值 考核标准 得分", "1、组织保障(20分)", "(1)", "(2)"),
        ("考核内容 分值 评分标准 评定", "1.组织保障(20分)", "(1)", "(2)"),
    ],
    ids=["ascii-brackets", "wide-brackets-two-spaces", "other-header-words", "dotted-part"],
)
def test_bracketed_items_under_a_spaced_header_are_read(
    header: str, part: str, one: str, two: str
) -> None:
    text = f"{header}\n{part}\n" + _ITEMS.format(one=one, two=two)
    scheme = rulegov.parse_scheme(text)
    items = [node for node in scheme.root.walk() if not node.children]
    assert [(node.name, node.points) for node in items] == [
        ("做好秸秆禁烧宣传工作", 2.0),
        ("加强组织领导", 5.0),
    ]
    assert sorted(rule.node for rule in scheme.rules if rule.kind == "deduction") == [
        items[0].id,
        items[0].id,
        items[1].id,
        items[1].id,
    ]
