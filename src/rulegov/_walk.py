"""A walk over nested mappings that finds one mapping listed twice.

A plan's sections and a scheme's nodes so listed are one mapping to Python but a tree without end
(or of billions of nodes) to a validation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["first_repeat"]


def first_repeat(
    roots: Iterable[tuple[object, str]], key: str = "children"
) -> tuple[dict[str, Any], str, str] | None:
    """The first mapping met again in a walk of ``roots`` and their ``key`` lists, or None.

    ``roots`` are (mapping, path) pairs; the walk goes depth first in document order, so the
    answer is the mapping, the path where it is met again and the path where it was met first.
    Values that are not mappings are passed over.

    Examples:
        >>> leaf = {"id": "b"}
        >>> first_repeat([({"id": "a", "children": [leaf, leaf]}, "root")])
        ({'id': 'b'}, 'root.children[1]', 'root.children[0]')
        >>> first_repeat([({"id": "a", "children": [{"id": "b"}]}, "root")]) is None
        True
    """
    stack = [
        (mapping, path) for mapping, path in reversed(list(roots)) if isinstance(mapping, dict)
    ]
    seen: dict[int, str] = {}
    while stack:
        mapping, path = stack.pop()
        if id(mapping) in seen:  # a loop, or one mapping listed twice
            return mapping, path, seen[id(mapping)]
        seen[id(mapping)] = path
        children = mapping.get(key)
        if isinstance(children, list | tuple):
            stack.extend(
                (child, f"{path}.{key}[{index}]")
                for index, child in reversed(list(enumerate(children)))
                if isinstance(child, dict)
            )
    return None
