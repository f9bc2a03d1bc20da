"""Markdown building blocks shared by every Markdown output: escaped text and pipe tables."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

__all__ = ["md", "md_table", "pipe_cell"]

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_MARKDOWN_LIST_START = re.compile(r"^(\d{0,9})([.)+-])(?=\s|$)")


def md(text: object) -> str:
    r"""Text made safe inside a Markdown line: its punctuation is read as text, never as markup.

    Backslash-escapes the characters that start emphasis, links, code, HTML or table cells,
    and a leading ``1.`` or ``-`` that would start a list; line breaks become spaces.

    Examples:
        >>> md("a|b *c*"), md("1. 开展普法")
        ('a\\|b \\*c\\*', '1\\. 开展普法')
    """
    shown = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
    return _MARKDOWN_LIST_START.sub(r"\1\\\2", shown, count=1)


def pipe_cell(text: object) -> str:
    r"""A table cell for text that is read back: only the pipe, which ends a cell, is escaped.

    Examples:
        >>> pipe_cell("a|b *c*")
        'a\\|b *c*'
    """
    return " ".join(str(text).split()).replace("|", "\\|")


def md_table(
    head: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    right: Iterable[int] = (),
    escape: Callable[[object], str] = md,
) -> list[str]:
    r"""A pipe table (GitHub Flavored Markdown) with a header row; every cell is escaped.

    Args:
        head: The column names.
        rows: The rows, one value per column.
        right: The indexes of the columns to align right (figures).
        escape: How a cell is made safe; by default all Markdown punctuation is escaped.

    Examples:
        >>> print("\n".join(md_table(["unit", "score"], [["区司法局", 92.5]], right=[1])))
        | unit | score |
        |---|---:|
        | 区司法局 | 92.5 |
    """
    aligned = set(right)
    out = ["| " + " | ".join(escape(cell) for cell in head) + " |"]
    out.append("|" + "".join("---:|" if i in aligned else "---|" for i in range(len(head))))
    out.extend("| " + " | ".join(escape(cell) for cell in row) + " |" for row in rows)
    return out
