"""The columns of an appraisal table's header: which names the items, which holds their points.

A header row (``序号 | 考核内容 | 分值 | 评分标准``) is read by its headings' words, as the
genre's vocabulary (`_scheme_words`) names them: `header_columns` tells the columns that name
the rows' items, give their points, state their standards, and those to leave out (序号, 得分,
备注); `known_heading` tells whether one cell is such a heading at all. Every reader of tables
(`_scheme_rows`, `_scheme_closed`, `_scheme_tables`) reads its header here.
"""

from __future__ import annotations

import re

from rulegov.parse._scheme_words import (
    HEADER_NAME,
    HEADER_POINTS,
    HEADER_SKIP,
    HEADER_STANDARD,
    PINYIN_GLOSS,
)

__all__ = ["POINTS_LAST_WIDTH", "SERIAL_LINE", "header_columns", "known_heading"]


def known_heading(cell: str) -> bool:
    """Whether a line is a column heading the reader knows (序号, 测评内容, 分值, 得分 …)."""
    return bool(
        HEADER_POINTS.match(cell)
        or HEADER_STANDARD.search(cell)
        or HEADER_SKIP.search(cell)
        or HEADER_NAME.search(cell)
    )


SERIAL_LINE = re.compile(r"[0-9]{1,3}")

POINTS_LAST_WIDTH = 3
"""The fewest columns of a table whose points come last: a name, a standard and the points."""

_SCORING = re.compile(r"评分|扣分|计分|打分|评价")
_JOINED_HEADING = re.compile(rf"[^及与和、]{{0,6}}(?:{HEADER_NAME.pattern})[及与和、]")
"""A heading that names the items and their standard in one (考核内容及评分标准, 指标与细则)."""


def _item_standard(
    clean: list[str], names: list[int], standards: list[int], serials: list[int], *, points: bool
) -> int | None:
    """The standard column that holds the items where a header has two, if one does."""
    if len(standards) < 2:
        return None
    if not points:
        # 考核标准 beside 扣分标准: the first holds the items, the second how they are scored
        return next((i for i in standards if re.search(r"考[核评]|工作", clean[i])), None)
    if names and serials and max(names) < serials[0]:
        # 项目 | 序号 | 创建标准 | 评分标准及依据 | 分值: no name column after the serial; the first
        # standard that does not say how to score holds the rows' items, the other scores them
        first = next((i for i in standards if not _SCORING.search(clean[i])), None)
        if first is not None and any(_SCORING.search(clean[i]) for i in standards):
            return first
    return None


_TARGET_HEADING = re.compile(r"目标值|目标$|目标[（(]|标准值")
"""A header's cell over the target each indicator must reach (目标值 · 目标值（标准）)."""


_DESCRIBED_HEADING = re.compile(r"(?:定义|解释|说明|指标值)$")
"""A heading of a column that describes a row (指标定义 · 指标解释 · 考核操作说明 · 考核指标值)."""


def _described_columns(
    clean: list[str], names: list[int], points: list[int], standards: list[int]
) -> tuple[list[int], list[int]]:
    """The name and standard columns, the columns that describe a row moved to the standards.

    ``考核指标 | 分值 | 指标定义 | 考核指标值 | … | 考核操作说明``: a column right of the row's 分值
    that defines its indicator, states its target value or explains how it is checked describes
    the row and names no item under it; its text is read with the row's standard.
    """
    if not points or any(_TARGET_HEADING.match(clean[index]) for index in standards):
        # a header with a target column (目标值) leaves the columns after it to the rule of
        # the values the unit fills in (采集数据项 · 指标值), see `header_columns`
        return names, standards
    described = [
        index for index in names if index > points[0] and _DESCRIBED_HEADING.search(clean[index])
    ]
    kept = [index for index in names if index not in described]
    return kept, sorted([*standards, *described])


def header_columns(cells: list[str]) -> dict[str, list[int]] | None:
    """The columns of a header row, by what each holds, or None where it is no header.

    The keys: ``names`` (the columns naming the rows' items), ``points`` (the row's own points,
    one column at most), ``group_points`` and ``group_names`` (a points column that scores the
    heading column before it: 一级指标 | 分值 | 二级指标 | 分值), ``standards``, ``skipped``
    (序号, 得分, 备注), ``subtotals``, ``serials``, ``criteria`` (评价要点), ``bracketed`` (name
    cells that state their points in brackets) and ``width`` (the header's columns, a last empty
    cell left out). A row is a header where some column names the items and another gives
    points, a standard or a column to leave out.

    Examples:
        >>> columns = header_columns(["序号", "考核内容", "分值", "评分标准"])
        >>> columns["names"], columns["points"], columns["standards"], columns["serials"]
        ([1], [2], [3], [0])
        >>> header_columns(["加强组织领导", "10"]) is None
        True
    """
    names: list[int] = []
    points: list[int] = []
    standards: list[int] = []
    skipped: list[int] = []
    # a mirror's pinyin glosses are no part of a heading's words (考 核 內(nèi) 容, 內（nèi）容)
    clean = [PINYIN_GLOSS.sub("", re.sub(r"\s+", "", raw)) for raw in cells]
    for index, cell in enumerate(clean):
        if HEADER_POINTS.match(cell):
            points.append(index)
        elif HEADER_STANDARD.search(cell) and len(cell) <= 10:
            standards.append(index)
        elif HEADER_SKIP.search(cell) and len(cell) <= 8:
            skipped.append(index)
        elif HEADER_NAME.search(cell) and len(cell) <= 10:
            names.append(index)
    serials = [index for index in skipped if re.search(r"序号|编号", clean[index])]
    joined = next((index for index in standards if _JOINED_HEADING.match(clean[index])), None)
    if joined is not None and (
        not names or any(max(names) < serial < joined for serial in serials)
    ):
        # 序号 | 考核内容及评分标准 | 分值, 一级指标 | 序号 | 考核内容及评分标准: no name column
        # after the serial; the joined column names the rows' items, their rules run on in it
        standards.remove(joined)
        names.append(joined)
    first = _item_standard(clean, names, standards, serials, points=bool(points))
    if first is not None:
        standards.remove(first)
        names = sorted([*names, first])
    names, standards = _described_columns(clean, names, points, standards)
    if not names or not (points or standards or skipped):
        return None
    targets = [index for index in standards if _TARGET_HEADING.match(clean[index])]
    if points and targets and names[0] < points[0]:
        # … | 目标值(标准) | 分值 | 采集数据项 | 指标值: a column headed like a name right of the
        # row's target and of its last 分值 holds the value the unit fills in, not names
        filled = [index for index in names if index > max(*targets, *points)]
        names = [index for index in names if index not in filled]
        skipped = sorted([*skipped, *filled])
    width = len(cells) - (not cells[-1])
    # a points column after a heading column and before the next name column is the heading's
    # (一级指标 | 分值 | 二级指标 | 分值): the row's own points are the first after the last name
    own = [index for index in points if index > names[-1]]
    heads = [
        (index, max(name for name in names if name < index))
        for index in points
        if own and names[0] < index < names[-1]
    ]
    own = own or points
    return {
        "names": names,
        "points": own[:1],
        "group_points": [index for index, _ in heads],
        "group_names": [name for _, name in heads],
        "standards": standards,
        "skipped": skipped,
        "subtotals": [index for index in skipped if re.search(r"合计|小计", clean[index])],
        "serials": serials,
        # 评价要点, 考核要点: the criteria of each row, which name items under a category
        "criteria": [index for index in names if "要点" in clean[index]],
        # 内容（分值）: the name cells state their points in brackets, 分 left out (组织工作(50))
        "bracketed": [index for index in names if re.search(r"[（(]分值[）)]", clean[index])],
        "width": [width],
    }
