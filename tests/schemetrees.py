"""The nodes of a scheme read from a text, in the shape the scheme tests compare them.

``scheme_nodes(text)`` reads ``text`` with ``rulegov.parse_scheme`` and gives every node below
the root, depth first, as ``(id, name, points)``; with ``capped=True`` a node without points
gives the cap it states instead (a group over its items). ``scheme_leaves(text)`` gives the
leaves alone, as ``(name, points)``. ``scheme_parts(scheme)`` gives the parts under the root of a
scheme already read, each with its items' names cut to eight characters.
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
