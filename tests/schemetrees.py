"""The nodes of a scheme read from a text, in the shape the scheme tests compare them.

``scheme_nodes(text)`` reads ``text`` with ``rulegov.parse_scheme`` and gives every node below
the root, depth first, as ``(id, name, points)``; with ``capped=True`` a node without points
gives the cap it states instead (a group over its items). ``scheme_leaves(text)`` gives the
leaves alone, as ``(name, points)``. ``scheme_parts(scheme)`` gives the parts under the root of a
scheme already read, each with its items' names cut to eight characters. ``case_review(rule)``
is a made-up 案卷评查 细则 whose scoring method states ``rule``, over two scored items.
"""

from __future__ import annotations

import rulegov


def scheme_nodes(text: str, *, capped: bool = False) -> list[tuple[str, str | None, float | None]]:
    """Each node below the root of the scheme read from ``text``: its id, name and points.

    Examples:
        >>> text = "考核细则\\n一、宣传教育（10分）\\n1、集中宣传（10分），未开展扣10分。\\n"
        >>> scheme_nodes(text)
        [('1', '宣传教育', None), ('1.1', '集中宣传', 10.0)]
        >>> scheme_nodes(text, capped=True)
        [('1', '宣传教育', 10.0), ('1.1', '集中宣传', 10.0)]
    """
    scheme = rulegov.parse_scheme(text)
    return [
        (node.id, node.name, (node.points or node.cap) if capped else node.points)
        for node in scheme.nodes()[1:]
    ]


def scheme_leaves(text: str) -> list[tuple[str | None, float | None]]:
    """Each leaf of the scheme read from ``text`` (an item with no items under it): name, points.

    Examples:
        >>> scheme_leaves("考核细则\\n一、宣传教育（10分）\\n1、集中宣传（10分），未开展扣10分。\\n")
        [('集中宣传', 10.0)]
    """
    scheme = rulegov.parse_scheme(text)
    return [(node.name, node.points) for node in scheme.nodes()[1:] if node.is_leaf]


def scheme_parts(
    scheme: rulegov.Scheme,
) -> list[tuple[str, float | None, list[tuple[str, float | None]]]]:
    """Each part under the root of ``scheme``: its name, points (its cap when it holds items), and
    its items' names (cut to eight characters) and points.

    Examples:
        >>> scheme = rulegov.parse_scheme("考核细则\\n一、宣传教育（10分）\\n1、集中宣传（10分），未开展扣10分。\\n")
        >>> scheme_parts(scheme)
        [('宣传教育', 10.0, [('集中宣传', 10.0)])]
    """
    return [
        (
            node.name,
            node.points if node.is_leaf else node.cap,
            [(child.name[:8], child.points) for child in node.children],
        )
        for node in scheme.root.children
    ]


def case_review(rule: str) -> str:
    """A made-up 案卷评查 细则 whose scoring method states ``rule``, over two scored items.

    Examples:
        >>> case_review("案卷得0分。").splitlines()[2]
        '案卷评查实行百分制。案卷得0分。'
    """
    return (
        "某局行政处罚案卷评查细则\n"
        "一、评分方法\n"
        f"案卷评查实行百分制。{rule}\n"
        "二、评查内容\n"
        "1、立案(10分)。未填写立案审批表的扣2分。\n"
        "2、调查取证(20分)。\n"
    )
