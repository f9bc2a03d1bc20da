"""A part's mark that a clause cites (``第（二）项`` · ``按照（二）``) opens no part in a run."""

from __future__ import annotations

import pytest

from schemetrees import scheme_nodes


def _run(second: str, left: str = "(", right: str = ")") -> str:
    return (
        f"考核细则\n（一）组织领导{left}20分{right}1、成立领导小组{left}10分{right}，未成立扣10分；"
        f"2、{second}{left}10分{right}，未落实扣5分。（二）队伍建设{left}30分{right}"
        f"1、开展培训{left}30分{right}，未开展扣30分。\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        _run("落实本细则第（二）项工作要求"),  # 第 before the mark, 项 after it
        _run("按照（二）人员配备要求执行"),  # 按照 before the mark
        _run("依据(二)人员配备要求执行", "（", "）"),  # full-width points, 依据 before
        _run("具体要求见（二）条所列事项"),  # 条 after the mark
        _run("执行本办法(二)款规定", "（", "）"),  # 款 after a half-width mark
    ],
    ids=["di-xiang", "anzhao", "yiju", "jian-tiao", "kuan"],
)
def test_a_cited_mark_stays_in_the_item_name(text):
    tree = scheme_nodes(text)
    assert [(node_id, points) for node_id, _, points in tree] == [
        ("1", None),
        ("1.1", 10.0),
        ("1.2", 10.0),
        ("2", None),
        ("2.1", 30.0),
    ]
    assert "（二）" in tree[2][1] or "(二)" in tree[2][1]
    assert tree[3][1] == "队伍建设"


@pytest.mark.parametrize(
    "last",
    [
        "并提出整改意见",  # a clause that ends in 意见
        "查验营业执照",  # a clause that ends in 执照
        "并留存证据",  # a clause that ends in 证据
    ],
)
def test_a_part_glued_to_a_clause_still_opens(last):
    tree = scheme_nodes(
        "考核细则\n（一）组织领导(20分)1、成立领导小组(10分)，未成立扣10分；2、落实工作要求(10分)，"
        f"{last}(二)队伍建设(30分)1、开展培训(30分)，未开展扣30分。\n"
    )
    assert [(node_id, name) for node_id, name, _ in tree] == [
        ("1", "组织领导"),
        ("1.1", "成立领导小组"),
        ("1.2", "落实工作要求"),
        ("2", "队伍建设"),
        ("2.1", "开展培训"),
    ]
