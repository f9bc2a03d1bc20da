"""Items nested hundreds deep are refused with a rulegov error, never the interpreter's.

A table of thousands of columns whose header repeats (序号|考核项目|分值|序号|…) read as items
each under the one before it: the stages that walk the items' tree by recursion overran the
stack (RecursionError), or the scheme's model refused it with a message thousands of characters
long. A reading whose items nest more than 32 levels deep is now refused (``too-deep``), and the
reader's other readings of the text are tried as for any reading that gives nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import rulegov
from rulegov.parse._scheme import _MAX_ITEM_DEPTH, _refuse_too_deep
from rulegov.parse._scheme_lines import Item, Reader

if TYPE_CHECKING:
    from rulegov.evaluation import Node


def _repeated_header(columns: int) -> str:
    header = "|".join(["序号", "考核项目", "分值"] * (columns // 3))
    return f"|{header}|\n|" + "|".join(f"{i}分" for i in range(columns)) + "|"


@pytest.mark.parametrize("columns", [1_200, 6_000])
def test_a_header_repeated_over_thousands_of_columns_reads_without_a_deep_tree(columns: int):
    scheme = rulegov.parse_scheme(_repeated_header(columns))

    def depth(node: Node) -> int:
        return 1 + max((depth(child) for child in node.children), default=0)

    assert depth(scheme.root) <= _MAX_ITEM_DEPTH


def test_items_nested_past_the_limit_are_refused_naming_the_first_too_deep() -> None:
    text = "\n".join(f"第{i}项（1分）" for i in range(1, 41))
    reader = Reader(text=text, source="细则.txt")
    parent: Item | None = None
    for number, line in enumerate(text.splitlines()):
        start = text.index(line)
        item = Item(number, line, start, start + len(line), 1.0)
        (parent.children if parent is not None else reader.roots).append(item)
        parent = item
    with pytest.raises(rulegov.ParseError) as raised:
        _refuse_too_deep(reader)
    error = raised.value
    assert error.code == "too-deep"
    assert (error.source, error.line, error.value) == ("细则.txt", 33, "第33项（1分）")
