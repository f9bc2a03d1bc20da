"""Labelled fields inside lines: ``牵头单位：…`` ``（责任单位：…；完成时限：…）`` ``〔责任单位：…〕``.

A field line starts with a label; an inline field sits at the end of a line, bare or in brackets.
What is not a field is running text, returned as ranges for the other readers.
"""

from __future__ import annotations

import attrs

from rulegov.parse._units import FIELD_LABEL

__all__ = ["Field", "split_fields"]

_OPENERS = {"(": ")", "〔": "〕", "[": "]", "【": "】"}
_SHORT_LABELS = frozenset({"牵头", "责任", "配合"})
_TRAILING = " ;,。、"


@attrs.frozen(slots=True)
class Field:
    """A label and its value, as ranges of a normalised line."""

    label: str
    begin: int
    end: int
    label_begin: int


def _closing(text: str, position: int, opener: str) -> int:
    """Index of the bracket closing the one at ``position``, or -1."""
    closer = _OPENERS[opener]
    depth = 0
    for index in range(position, len(text)):
        char = text[index]
        if char == opener:
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return index
    return -1


def split_fields(  # noqa: C901  (one linear scan; splitting it would hide the cursor)
    text: str, begin: int = 0
) -> tuple[list[tuple[int, int]], list[Field]]:
    """Split a normalised line into running-text ranges and labelled fields.

    Examples:
        >>> text = "加强培训。(牵头单位:区司法局;配合单位:区法院)"
        >>> ranges, fields = split_fields(text)
        >>> [text[a:b] for a, b in ranges], [(f.label, text[f.begin:f.end]) for f in fields]
        (['加强培训。'], [('牵头单位', '区司法局'), ('配合单位', '区法院')])
    """
    if ":" not in text:
        return [(begin, len(text))], []
    matches = list(FIELD_LABEL.finditer(text, begin))
    if not matches:
        return [(begin, len(text))], []
    ranges: list[tuple[int, int]] = []
    fields: list[Field] = []
    cursor = begin
    index = 0
    while index < len(matches):
        match = matches[index]
        start = match.start()
        if start < cursor:
            index += 1
            continue
        before = text[start - 1] if start > begin else ""
        label = match.group("label")
        if label in _SHORT_LABELS and before not in ("", *_OPENERS, ";"):
            index += 1
            continue
        if before in _OPENERS:
            group_start = start - 1
            close = _closing(text, group_start, before)
            group_end = close if close >= 0 else len(text)
            after = group_end + 1 if close >= 0 else group_end
        else:
            group_start = start
            group_end = len(text)
            after = group_end
        if group_start > cursor:
            ranges.append((cursor, group_start))
        last = index
        while last < len(matches) and matches[last].start() < group_end:
            last += 1
        inner = matches[index:last]
        for position, item in enumerate(inner):
            stop = inner[position + 1].start() if position + 1 < len(inner) else group_end
            value_end = stop
            while value_end > item.end() and text[value_end - 1] in _TRAILING:
                value_end -= 1
            fields.append(Field(item.group("label"), item.end(), value_end, item.start()))
        index += len(inner)
        cursor = after
    if cursor < len(text):
        ranges.append((cursor, len(text)))
    return ranges, fields
