"""Items read from tables: a grid of cells with a 分值 column into the tree of items.

A table has a header (考核项目 · 考核内容 · 分值 · 评分标准) and rows; a row with a name and
points is an item, a merged cell repeated down its rows is its group (its points stated once, or
in a 小计 row), and a 合计 row states the total. The standard cell of each row becomes the item's
standard, split into sub-items when it numbers scored pieces (``1.…(3分)；2.…(2分)``). Cells one
a line (``read_cell_lines``) and rows of one line each (``read_rows``) are read here too, and
so is an indicator system that states no points (``indicator_table``, ``merge_repeats``).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

import attrs

from rulegov.parse._scheme_columns import header_columns
from rulegov.parse._scheme_lines import (
    POINTS_CELL,
    Item,
    Reader,
    Row,
    bare_points,
    clean_title,
    find_marker,
    points_in,
    points_sum,
    section_of,
    split_cells,
    strip_points,
    summed_run,
    walk,
)
from rulegov.parse._scheme_rows import glued_points, table_rows
from rulegov.parse._scheme_words import (
    EARNED,
    HEADER_NAME,
    HEADER_POINTS,
    HEADER_SKIP,
    HEADER_STANDARD,
    NO_POINTS,
    NOTE_LABEL,
    NUMBER,
    POINTS_PAREN,
    TAKE,
)
from rulegov.parse._table import total_cell
from rulegov.parse._vocab import SUBTOTAL_WORDS, TOTAL_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "adopt_named_paragraphs",
    "adopt_table_items",
    "collapse_repeated_groups",
    "indicator_table",
    "merge_repeats",
    "merged_points",
    "nest_summed_rows",
    "read_cell_lines",
    "read_rows",
    "read_tables",
]


@attrs.define(slots=True)
class _Table:
    """A table being read: its columns, the groups its name cells opened, and its last item."""

    reader: Reader
    columns: dict[str, list[int]]
    groups: list[Item | None] = attrs.field(factory=list)
    stacks: dict[int, list[tuple[str, Item]]] = attrs.field(factory=dict)
    last: Item | None = None
    last_marker: str | None = None
    last_number: int | None = None  # the number the last row's name opened with (2 for 2、)
    spanned: list[Item] = attrs.field(factory=list)
    """The rows printed after a row whose category, points and other cells span them (merged
    cells left out), as ``_spanned_row`` places them."""
    opened: list[Item] = attrs.field(factory=list)  # the groups the name cells opened
    rows: list[Item] = attrs.field(factory=list)  # the items of the rows
    category: tuple[Item, int] | None = None
    """A category cell merged over rows named by their numbered standards (组织实施… over ``1.…``
    · ``2.…``), and the number the next such row's standard opens with (see `_under_category`)."""
    named_first: Item | None = None
    """The last row's item, where the row has a name cell and a standard numbered 1: it may be
    the first row under such a category cell."""
    classes: tuple[list[str], int] | None = None
    """For a header over a line of classes of unit: its cells and how many classes the line
    names, the columns fixed at the first row that states points (see `_class_columns`)."""

    def attach(self, item: Item, depth: int) -> None:
        """Put ``item`` under the deepest open group above ``depth``, or at the top."""
        parent = next((g for g in reversed(self.groups[:depth]) if g is not None), None)
        item.section = section_of(item.title, parent.section if parent is not None else "items")
        (parent.children if parent is not None else self.reader.roots).append(item)


def read_tables(reader: Reader, lines: list[tuple[int, str]]) -> set[int]:
    """Read every table with a 分值 column (or points in its cells); return the lines used.

    A table comes as pipe or tab rows, as cells one a line each opened by ``|`` (a row ends
    with a lone ``|``), or as cells one a line under a header of one heading a line.
    """
    used: set[int] = set()
    table: _Table | None = None
    pending: list[tuple[Row, list[int]]] = []  # rows before any header
    above: list[str] | None = None  # the cells of the header row just read, if any
    for row, offsets in table_rows(lines, reader.text):
        if row is None:
            _contents_of_groups(table)
            if table is None:
                used |= _headerless(reader, pending)
            table, pending, above = None, [], None
            continue
        cells = [text for _, text in row]
        if all(re.fullmatch(r":?-{2,}:?|", cell) for cell in cells):
            used.update(offsets)
            continue
        split = _class_header(above, pending, cells)
        # a header, or the second row of one (考核项目 | | 分值 over 一级指标 | 二级指标 |)
        header = (
            header_columns(cells) or _lower_header(above, cells)
            if split is None and (table is None or not _scored_row(cells))
            else None
        )
        above = None
        if split is not None:
            # 项目总分 | 基本分 over A类 | B类 | C类 | A类 | …: the header spans classes of unit
            if table is None:
                used.update(pending.pop()[1])
            _contents_of_groups(table)
            table, pending = _Table(reader, _SPLIT_COLUMNS, classes=split), []
            used.update(offsets)
        elif header is not None:
            _contents_of_groups(table)
            table, pending, above = _Table(reader, header), [], cells
            used.update(offsets)
        elif table is not None:
            used.update(offsets)
            _table_body_row(table, row)
        else:
            pending.append((row, offsets))
    _contents_of_groups(table)
    if table is None:
        used |= _headerless(reader, pending)
    return used


def _scored_row(cells: list[str]) -> bool:
    """Whether a row holds two bare figures (a weight, its points): a row, whatever its words.

    ``|项目产出|25|产出成本|20|外事接待是否超出标准|`` under a table's header names no columns,
    though 项目 and 标准 are words of a heading.
    """
    return sum(1 for cell in cells if _BARE_FIGURE.fullmatch(cell.strip())) >= 2


_BARE_FIGURE = re.compile(r"\d{1,3}(?:\.\d+)?")
_HEADER_POINTS_WORD = re.compile(r"分值|标准分|分数")
_HEADER_GAP = 200
_NEXT_LINE = re.compile(r"[^\S\n]*\n[^\n]*")
"""The text between a part's line and an item on the line right after it (its row's serial)."""
"""The most text between a part's line and the table's first row that a table's header takes."""
_APPENDIX = re.compile(r"^\s*附\s*[件表录]", re.MULTILINE)
"""A line heading an appendix (``附件：``, ``附表1``): the table under it stands apart."""


def adopt_table_items(reader: Reader) -> None:
    """A numbered part whose points stand on the line over a table's header holds its rows.

    ``一、重点工作完成情况(92分)`` over ``考评内容 | 分值 | …`` and the table's rows: the table is
    read first and its items put at the top, the part's line after it. Where the part has no
    items of its own, only the table's header lies between its line and the table's first item
    (or nothing: a part's heading printed between a table's rows, ``二、重点工作（70分）``), and
    the table's items fit in its points, they are the part's, and the part keeps its place
    among the parts before and after it. A part that scores by a standard of its own
    (``…（20分）。未建立台账的扣2分。``) or a table under an appendix's heading (``附件：考核评分表``)
    is a table apart. One pass over the items in the order the document prints them.
    """
    roots = reader.roots
    place = {id(item): index for index, item in enumerate(roots)}
    printed = sorted(roots, key=lambda item: item.start)
    taken_ids: set[int] = set()
    for at, part in enumerate(printed):
        if not part.number or part.points is None or part.children:
            continue
        taken: list[Item] = []
        for following in range(at + 1, len(printed)):
            item = printed[following]
            if item.number or place[id(item)] > place[id(part)]:
                break  # the next numbered part, or items read after the part's own line
            taken.append(item)
        if not taken:
            continue
        between = reader.text[part.end : taken[0].start]
        stated = sum(item.points if item.points is not None else points_sum(item) for item in taken)
        if (
            len(between) > _HEADER_GAP
            or not (_HEADER_POINTS_WORD.search(between) or _NEXT_LINE.fullmatch(between))
            or _APPENDIX.search(between)
            or any(_SCORING.search(text) for _, text in part.standard)
            or stated > part.points + 1e-9
        ):
            continue
        part.children.extend(taken)
        taken_ids.update(id(item) for item in taken)
    if taken_ids:
        roots[:] = [item for item in roots if id(item) not in taken_ids]


_CLASS_CELL = re.compile(
    r"(?:[A-EＡ-Ｅ]|[一二三四五六]|[甲乙丙丁])\s*类(?:单位|地区|乡镇|部门|县|区)?"
    r"|乡镇|乡\s*镇|街道|镇街|乡镇街道|部门|单位|县直部门|市直部门|县直单位|市直单位|区直部门|园区|县市区"
)
"""A class of unit that a table gives its own points to (A类 · 一类 · 乡镇 · 部门)."""
_HEADER_SUM = re.compile(r"总分|分值|分数|基本分|标准分|满分|权重")
"""The words of a header's points that a line of classes may split (项目总分 · 基本分 · 分值)."""
_SPLIT_COLUMNS: dict[str, list[int]] = {
    "names": [0],
    "points": [1],
    "group_points": [],
    "group_names": [],
    "standards": [],
    "skipped": [],
    "subtotals": [],
    "serials": [],
    "criteria": [],
    "bracketed": [],
    "width": [2],
}
"""The columns of a table under a header split by classes until a row states points."""


def _class_header(
    above: list[str] | None, pending: list[tuple[Row, list[int]]], cells: list[str]
) -> tuple[list[str], int] | None:
    """A line of classes of unit under a header's points, with the header's cells.

    ``项目 | 分值 | 评分标准`` (or a header the table reader does not know, ``工业经济 | 项目内容 |
    项目总分 | 完成指标基本分``, left before any table) over ``A类 | B类 | C类`` (``一类 二类 三类``,
    ``乡镇 部门``): each points cell of the header spans a column per class. Every cell of the line
    is short, two at least name classes and none states a figure; the row above names points.
    """
    header = above if above is not None else (pending[-1][0] if pending else None)
    if header is None:
        return None
    header_cells = above if above is not None else [text for _, text in pending[-1][0]]
    filled = [re.sub(r"\s+", "", cell) for cell in cells if cell.strip()]
    classes = sum(1 for cell in filled if _CLASS_CELL.fullmatch(cell))
    if (
        classes < 2
        or any(len(cell) > 6 or re.search(r"\d", cell) for cell in filled)
        or not any(_HEADER_SUM.search(re.sub(r"\s+", "", cell)) for cell in header_cells)
    ):
        return None
    return header_cells, len(filled)


_HEADING_WORD = re.compile(
    rf"(?:{HEADER_NAME.pattern}|{HEADER_POINTS.pattern}|{HEADER_STANDARD.pattern}|{HEADER_SKIP.pattern})"
)
_HEADING_CELL = 10
"""The longest heading of a header's second row."""


def _lower_header(above: list[str] | None, cells: list[str]) -> dict[str, list[int]] | None:
    """The columns of a header printed over two rows, from its second row; None for no such row.

    A table's head may span two rows: ``考核项目 | | 序号 | 考核内容 | 分值`` over ``一级指标 |
    二级指标 | | |``, the cell above spanning the headings below it. Every cell of the second row
    is empty or a short heading (no figure), one at least; each column is headed by the lower
    heading where it has one, else by the upper.
    """
    if above is None:
        return None
    filled = [re.sub(r"\s+", "", cell) for cell in cells if cell.strip()]
    if not filled or any(
        len(cell) > _HEADING_CELL or re.search(r"\d", cell) or not _HEADING_WORD.search(cell)
        for cell in filled
    ):
        return None
    width = max(len(above), len(cells))
    merged = [
        (cells[k] if k < len(cells) and cells[k].strip() else "")
        or (above[k] if k < len(above) else "")
        for k in range(width)
    ]
    return header_columns(merged)


def _class_columns(table: _Table, row: Row) -> None:
    """Fix the columns of a table whose header spans classes of unit, from a row with points.

    The cells before the row's first figure name the item (as the header's cells before its
    first points cell name them, where as many), the first figure is the points of the first
    class (the item's points), the other classes' figures are skipped, and the cells after
    them are the standard.
    """
    if table.classes is None:
        return
    first = next(
        (index for index, (_, text) in enumerate(row) if POINTS_CELL.fullmatch(text.strip())), None
    )
    if not first:
        return
    header, count = table.classes
    filled = [re.sub(r"\s+", "", cell) for cell in header if cell.strip()]
    leading = next((i for i, cell in enumerate(filled) if _HEADER_SUM.search(cell)), 0)
    names = filled[:leading] if leading == first else ["项目"] * first
    width = max(len(row), first + count)
    cells = [*names, "分值", *["得分"] * (count - 1), *["评分标准"] * (width - first - count)]
    columns = header_columns(cells)
    if columns is not None:
        columns["width"] = [width]
        # the other classes' figures: none of them is the item's points where the first is empty
        columns["classes"] = list(range(first + 1, first + count))
        table.columns = columns
        table.classes = None


def adopt_named_paragraphs(reader: Reader) -> None:
    """A paragraph that names an item with points at its head, before a colon, is its standard.

    A table of items and their points (``出口交货值 | 2 | …``) may leave the rules to the
    method's paragraphs, each naming its item (``三、考核办法`` · ``1、出口交货值:…每降低10%扣1
    分…``): such a numbered paragraph, with no points and no items of its own, is no item but the
    standard of the one item it names (its name spaced or not), which it follows. A name that
    two items with points share names neither. One pass over the tree.
    """
    named: dict[str, Item | None] = {}
    for item in walk(reader.roots):
        if item.points is not None and not item.children:
            key = re.sub(r"\s+", "", item.title)
            named[key] = None if key in named else item
    if named:
        reader.roots[:] = _without_named(reader, reader.roots, named)


_NAMED_HEAD = re.compile(r"([^:：，,。；;（(]{2,20}?)\s*[:：]")


def _without_named(reader: Reader, items: list[Item], named: dict[str, Item | None]) -> list[Item]:
    kept: list[Item] = []
    for item in items:
        item.children[:] = _without_named(reader, item.children, named)
        head = _NAMED_HEAD.match(item.title)
        owner = named.get(re.sub(r"\s+", "", head.group(1))) if head is not None else None
        if owner is None or item.points is not None or item.children or owner.start > item.start:
            kept.append(item)
            continue
        at = reader.text.find(item.title[:2], item.start, item.end)
        start = at if at >= 0 else item.start
        owner.standard += [(start, reader.text[start : item.end]), *item.standard]
    return kept


def _table_body_row(table: _Table, row: Row) -> None:
    _class_columns(table, row)
    if not table.rows and not table.opened:
        _widen_first_name(table, row)
    spanned = _spanned_row(table, row)
    _table_row(table, _bracketed_points(table, spanned or _aligned(table, row)))
    if spanned is not None and table.last is not None:
        table.spanned.append(table.last)


_SPANNED_LEAST = 2
"""The fewest cells a row under spanning cells prints: its name and a cell after it."""
_NAME_SERIAL = re.compile(r"\s*(\d{1,2})[、.．](?!\d)")
"""The number a row's name cell opens with (``2、设立…``)."""


def _spanned_row(table: _Table, row: Row) -> Row | None:
    """A short row numbered next after the last row's name, under the columns its cells fill.

    A table whose category, points and method cells span several rows prints them on the first
    row only (``监督制约机制 | 1、有健全的监督机构… | 10 | 查资料… | 有…得1分`` then ``2、设立院长信箱…
    | 有…得1分``): the merged cells may stand between the row's own ones, so the row is no slide
    of the header. Its name, numbered one more than the last row's (2、 after 1、), goes under
    the last name column, and the cells after it under the standard columns after that one,
    the last cell under the last. A cell that states points is not left out: such a row is
    placed as ``_aligned`` places it.
    """
    filled = len(row)
    while filled and not row[filled - 1][1]:
        filled -= 1
    width = table.columns["width"][0]
    if table.last_number is None or not _SPANNED_LEAST <= filled < width:
        return None
    serial = _NAME_SERIAL.match(row[0][1])
    if serial is None or int(serial.group(1)) != table.last_number + 1:
        return None
    name = table.columns["names"][-1]
    standards = [index for index in table.columns["standards"] if name < index < width]
    rest = row[1:filled]
    if len(rest) > len(standards) or any(POINTS_CELL.fullmatch(text) for _, text in rest):
        return None
    placed: Row = [(row[0][0], "")] * width
    placed[name] = row[0]
    columns = standards[-len(rest) :]
    for index, cell in zip(columns, rest, strict=True):
        placed[index] = cell
    # the cells left empty after the row's last stand at its end, where the row's item ends
    offset, text = rest[-1]
    placed[columns[-1] + 1 :] = [(offset + len(text), "")] * (width - columns[-1] - 1)
    return placed


_BLOCK_CELL = re.compile(r"[加减]分(?:项|事项)?")
_BRACKETED = re.compile(r"(.*[（(]\s*\d+(?:\.\d+)?)(\s*[）)])")


def _bracketed_points(table: _Table, row: Row) -> Row:
    """Name cells under a heading ``内容（分值）`` with their points in brackets, read as points.

    ``引进工作实绩(50)`` under ``内容 (分值)``: the header says what the bracket holds, so the
    figure is written as the points it is (``(50分)``).
    """
    if not table.columns.get("bracketed"):
        return row
    cells = list(row)
    for index in table.columns["bracketed"]:
        if index < len(cells) and (found := _BRACKETED.fullmatch(cells[index][1])) is not None:
            cells[index] = (cells[index][0], f"{found.group(1)}分{found.group(2)}")
    return cells


_SCORING = re.compile(r"(?:扣|减)\s*(?:除|减)?\s*\d|不得分|不[计记]分|酌情")


def _headerless(reader: Reader, pending: list[tuple[Row, list[int]]]) -> set[int]:
    """Read rows of cells that no header names; return the offsets of their lines.

    A table copied without its header row (``组织领导|成立领导小组|5|未成立的扣5分``) still shows
    its columns: the first column whose every full row holds a bare number is the points,
    the columns before it name the item (a first column of serial numbers aside), and the
    columns after it, one of which deducts, are its standard.
    """
    rows = [row for row, _ in pending]
    if len(rows) < 2 or any(len(row) < 3 for row in rows):
        return set()
    width = max(len(row) for row in rows)
    full = [row for row in rows if len(row) == width]
    serial = all(re.fullmatch(r"\d{1,3}", row[0][1]) for row in full)
    first = 2 if serial else 1
    columns = [
        index
        for index in range(first, width - 1)
        if all(POINTS_CELL.fullmatch(row[index][1]) for row in full)
    ] or _points_first(full)
    if not columns or not any(
        _SCORING.search(text) for row in full for _, text in row[columns[0] + 1 :]
    ):
        return set()
    points = columns[0]
    if points == 0:  # the points first, the name after them (10 | 依法决策 | …)
        serial, names = False, [1]
    else:
        names = list(range(first - 1, points))
    table = _Table(
        reader,
        {
            "names": names,
            "points": [points],
            "group_points": [],
            "group_names": [],
            "standards": list(range(max(names) + 1 if points == 0 else points + 1, width)),
            "skipped": [0] if serial else [],
            "subtotals": [],
            "serials": [0] if serial else [],
            "criteria": [],
            "width": [width],
        },
    )
    for row in rows:
        _table_body_row(table, row)
    _contents_of_groups(table)
    return {offset for _, offsets in pending for offset in offsets}


def _points_first(full: list[Row]) -> list[int]:
    """``[0]`` when the first column of rows that no header names holds their points.

    ``10 | 依法决策 | …`` · ``15 | 制度建设 | …``: the points printed before the name, every row's
    first cell a figure (``10`` or ``10分``) and its second a name; figures that count up by one
    (``1`` · ``2`` · ``3``) are the rows' serials, no points.
    """
    figures = [POINTS_CELL.fullmatch(row[0][1]) for row in full]
    if not figures or not all(figures) or any(POINTS_CELL.fullmatch(row[1][1]) for row in full):
        return []
    values = [float(figure.group(1)) for figure in figures if figure is not None]
    counted = all(after - before == 1 for before, after in itertools.pairwise(values))
    return [] if counted else [0]


def _widen_first_name(table: _Table, row: Row) -> None:
    """A header whose first name cell spans two columns (考核内容 over 场所设置 | 基础设施).

    The first row has one cell more than the header, and its number stands one column to the
    right of the points column: the first column is a heading column the header does not name.
    Without a points column, the first two cells of such a row are both headings with their
    points in brackets, the second a part of the first (``火灾预防(25分) | 源头管控(5分) | 1、…(2分)``).
    """
    columns = table.columns
    width, points = columns["width"][0], columns["points"]
    filled = [text for _, text in row if text]
    if _over_score_columns(table, row):
        row = row[: len(filled)]
    elif len(filled) != len(row) or len(row) != width + 1:
        return
    if columns["names"][:1] != [0]:
        return
    if not points and not _heading_over_heading(row):
        return
    if points and (len(points) != 1 or POINTS_CELL.fullmatch(row[points[0]][1])):
        return
    if points and not POINTS_CELL.fullmatch(row[points[0] + 1][1]):
        return
    table.columns = {key: [index + 1 for index in value] for key, value in columns.items()}
    table.columns["names"] = [0, *table.columns["names"]]
    table.columns["width"] = [width + 1]


def _over_score_columns(table: _Table, row: Row) -> bool:
    """Whether a row's cells run one column into the header's empty score columns.

    ``一、组织领导(24分) | 1.加强组织领导(5分) | (1)成立领导小组…(1分) | 查看文件…不得分 | | |`` under
    ``考评项目 | 考评内容 | 考评方法 | 自评得分 | 考评得分 |``: the header's score columns close the
    table, left empty in its rows; a row whose cells, filled from the first, reach one column
    into them has one heading cell more than the header names, as a row one cell longer than
    the header does.
    """
    columns = table.columns
    width, skipped = columns["width"][0], columns["skipped"]
    score = width
    while score - 1 in skipped:
        score -= 1
    filled = len(row)
    while filled and not row[filled - 1][1]:
        filled -= 1
    return (
        score < width
        and not columns["points"]
        and filled == score + 1
        and all(text for _, text in row[:filled])
    )


def _heading_over_heading(row: Row) -> bool:
    """Whether a row opens with a heading and one of its parts, each closed by its points."""
    heading, part = (_closing_points(text) for _, text in row[:2])
    return heading is not None and part is not None and heading > part


def _closing_points(text: str) -> float | None:
    """The points in brackets that close a heading cell (``源头管控 (5分)``), if any."""
    found = POINTS_PAREN.search(text)
    if found is None or text[found.end() :].strip():
        return None
    return float(found.group(1))


def merged_points(reader: Reader) -> None:
    """Points repeated down a group's rows are the group's when only that reading fits the total.

    A web page's table repeats a merged points cell in every row it covers (组织领导 | 20 |
    成立领导小组 and 组织领导 | 20 | 召开专题会议): each row then states the group's points. When the
    items add up to the stated total only with each such group taking its points once, the
    group takes them and its rows keep none.
    """
    if reader.total is None or not reader.spread:
        return
    total = sum(
        item.points if item.points is not None else points_sum(item) for item in reader.roots
    )
    once = sum(
        group.children[0].points * (len(group.children) - 1)
        for group in reader.spread
        if group.children[0].points is not None
    )
    if abs(total - reader.total) < 1e-6 or abs(total - once - reader.total) > 1e-6:
        return
    for group in reader.spread:
        group.points = group.children[0].points
        for child in group.children:
            child.points = None


def nest_summed_rows(reader: Reader) -> None:
    """A row that states only points, whose next rows add up to them, is their group.

    A table copied one cell a line (or with its merged cells printed as rows of their own)
    gives a group's cell as a row of its own before its rows: ``组织领导 / 20`` then ``成立领导小组
    / 10 / 未成立的扣10分`` and ``专题研究 / 10 / 每少一次扣2分``. A clerk reads such a row as the
    merged 一级指标 cell carrying the sum of its children: it has no standard, and the rows after
    it, each with its standard, add up to exactly its points. The rows are nested so when the
    items then add up to the stated total (合计 100) and did not before, or, with no total
    stated, when every top item is such a group.
    """
    items = [item for item in reader.roots if item.section == "items"]
    groups = _summed_groups(items)
    if not groups:
        return
    before = sum(_stated(item) for item in items)
    after = (
        sum(_stated(group) for group, _ in groups)
        + sum(_stated(item) for item in items if not any(item is group for group, _ in groups))
        - sum(_stated(row) for _, rows in groups for row in rows)
    )
    if reader.total is not None:
        if abs(after - reader.total) > 1e-6 or abs(before - reader.total) < 1e-6:
            return
    elif sum(1 + len(rows) for _, rows in groups) != len(items) or len(groups) < 2:
        return
    moved: set[int] = set()
    for group, rows in groups:
        group.children = rows
        for row in rows:
            row.level = group.level + 1
        moved.update(id(row) for row in rows)
    reader.roots = [root for root in reader.roots if id(root) not in moved]


def _stated(item: Item) -> float:
    """The points an item states, or those of its children."""
    return item.points if item.points is not None else points_sum(item)


def _summed_groups(items: list[Item]) -> list[tuple[Item, list[Item]]]:
    """The rows without a standard whose next rows, each with its standard, add up to their points."""
    groups: list[tuple[Item, list[Item]]] = []
    index = 0
    while index < len(items):
        item = items[index]
        index += 1
        if item.points is None or item.children or item.standard or item.points <= 0:
            continue
        end = summed_run(items, index, item.points)
        if end - index >= 2:
            groups.append((item, items[index:end]))
            index = end
    return groups


def _spanned_points(table: _Table) -> None:
    """A points cell printed on a group's first row only, the rows after it numbered on, is the group's.

    ``监督制约机制 | 1、… | 10 | … | 有…得1分，有…得1分`` over ``2、… | 有…得1分`` …: the category
    and the points cells span the group's rows (see ``_spanned_row``), so the figure scores the
    category, not its first row. Each row is then worth what its standard credits (得1分 …
    得1分: 2), where every row credits something and they credit no more than the group;
    otherwise the rows are the group's criteria, without points of their own.
    """
    spanned = {id(item) for item in table.spanned}
    for group in table.opened:
        if group.points is not None or len(group.children) < _SPANNED_LEAST:
            continue
        first, *after = group.children
        if first.points is None or not all(
            id(row) in spanned and row.points is None for row in after
        ):
            continue
        group.points, first.points = first.points, None
        earned = [
            sum(
                float(found.group(1)) for _, text in row.standard for found in EARNED.finditer(text)
            )
            for row in group.children
        ]
        if all(earned) and sum(earned) <= group.points:
            for row, credit in zip(group.children, earned, strict=True):
                row.points = credit


def _contents_of_groups(table: _Table | None) -> None:
    """A group of a table over one row that only describes it is that row's item.

    The row's name repeats the group's (a cell merged over two columns), or is the criteria the
    item is judged by (指标名称 | 评价要点 | 分值: the category names an item of one row, a group
    only over several rows), or the row is a description between the group and the scored points
    of its standard (|日常工作|7|调整领导小组…|1.…（1分）；2.…（3分）|: 日常工作 is the item of 7
    points, 调整领导小组… what it checks). The group takes the row's points, standard and items,
    and the row's name joins its standard. A row whose points stand after its own name (场所设置 |
    基础设施 | 40 | 1.…（5分）…, under 考核内容 merged over both name columns) is the item of those
    points under a category merged over the rows below it: the copy may hold only its first row.
    """
    if table is None:
        return
    _spanned_points(table)
    rows = {id(item) for item in table.rows}
    # the rows' names are criteria (评价要点): a category over one row names that row's item
    criteria = table.columns["names"][-1:] == table.columns["criteria"][-1:] != []
    # the points after the last name column: they are the row's, not its category's
    points, names = table.columns["points"], table.columns["names"]
    named_first = bool(points and names) and points[0] > names[-1]
    table.reader.spread.extend(
        group
        for group in table.opened
        if group.points is None
        and len(group.children) >= 2
        and all(id(child) in rows and not child.children for child in group.children)
        and len({child.points for child in group.children}) == 1
        and group.children[0].points is not None
    )
    for group in table.opened:
        if group.points is not None or len(group.children) != 1:
            continue
        (row,) = group.children
        if id(row) not in rows or row.points is None:
            continue
        if (not row.children or named_first) and row.title != group.title and not criteria:
            continue  # a row of its own under a heading (依法决策 | 重大决策合法性审查 | 15)
        group.points = row.points
        group.children = row.children
        group.standard = [(row.start, row.title), *row.standard] if row.title else row.standard
        group.end = max(group.end, row.end)


def _aligned(table: _Table, row: Row) -> Row:
    """A row with fewer cells than the header (merged cells left out) moved under its columns.

    The cells are slid right to where they fit best: a number on the points column, text on
    a name or standard column; a lone cell numbered like the last item is the next item.
    """
    filled = len(row)
    while filled and not row[filled - 1][1]:
        filled -= 1
    width = table.columns["width"][0]
    if filled == width - 1 and (split := _glued_points_cell(table, row[:filled])) is not None:
        return split
    if filled == 0 or filled >= width:
        return row
    kinds: dict[int, str] = dict.fromkeys(table.columns["names"], "name")
    kinds.update(dict.fromkeys(table.columns["standards"], "standard"))
    kinds.update(dict.fromkeys(table.columns["points"], "points"))
    kinds.update(dict.fromkeys(table.columns["group_points"], "points"))
    kinds.update(dict.fromkeys(table.columns["skipped"], "skip"))

    def fit(shift: int) -> int:
        return _fit(row[:filled], kinds, shift)

    shifts = range(width - filled + 1)
    best = max(fit(shift) for shift in shifts)
    marker = find_marker(row[0][1])
    # a row numbered like the last slides right (it goes on the last row's standard), unless
    # it stands as printed with its own points under the 分值 column: its merged cells are the
    # ones after, left out (| 2.… | 10 | 定义 | ||||)
    same = (
        marker is not None
        and marker[0] == table.last_marker
        and not _points_in_place(row[:filled], table.columns["points"])
    )
    chosen = (
        max(s for s in shifts if fit(s) == best)
        if same
        else next(s for s in shifts if fit(s) == best)
    )
    last_name = table.columns["names"][-1] if table.columns["names"] else -1
    if (
        same
        and _closing_points(row[0][1]) is not None
        and last_name in shifts
        and fit(last_name) == best
    ):
        # a cell numbered like the last item and closed by its own points is the next item,
        # under the last name column, not a line of the last item's standard
        chosen = last_name
    # a 序号 stays first where the cells after it fit better than any slide of the whole row
    if (numbered := _after_number(row[:filled], kinds, width, best)) is not None:
        return numbered
    if chosen == 0:
        return row
    pad = [(row[0][0], "")] * chosen
    return [*pad, *row[:filled]]


def _points_in_place(cells: Row, points: list[int]) -> bool:
    """Whether a row's points cell stands under the header's points column as printed."""
    return any(
        index in points and POINTS_CELL.fullmatch(text) for index, (_, text) in enumerate(cells)
    )


def _glued_points_cell(table: _Table, row: Row) -> Row | None:
    """A row one cell short whose name cell holds its points, split into the two columns.

    ``成立领导小组4分 | 未成立的扣4分`` (or ``组织领导（10分） | …``) under ``考核内容 | 分值 |
    评分标准``: the row prints its points in its name's cell, glued to the name; the name and
    the points go under the header's name and points columns, the cells after them under the
    columns after. A name that ends on a word that counts or takes points (得 · 扣 · 计) is a
    standard's, and no cell is split so.
    """
    names = set(table.columns["names"])
    at = next((index for index in table.columns["points"] if index - 1 in names), None)
    if at is None or at >= len(row) or at + 1 not in table.columns["standards"]:
        return None
    if any(POINTS_CELL.fullmatch(text) for _, text in row):
        return None  # a row with a points cell of its own has its merged cells left out
    start, text = row[at - 1]
    found = glued_points(text)
    if found is None:
        return None
    name, points = found
    where = start + text.index(points, len(name))
    return [*row[: at - 1], (start, name), (where, f"{points}分"), *row[at:]]


def _after_number(row: Row, kinds: dict[int, str], width: int, unmoved: int) -> Row | None:
    """A short row whose 序号 stays first and whose merged cells are the ones after it.

    ``2 | 领导批示指示 | … | 1 | …`` under ``序号 | 项目 | 小项内容 | 具体内容 | 分值 | 打分方法``:
    the 项目 cell of the group is printed on its first row only.
    """
    if kinds.get(0, "skip") != "skip" or not re.fullmatch(r"\d{1,3}", row[0][1]):
        return None
    gap = width - len(row)
    moved: Row = [row[0], *[(row[1][0], "")] * gap, *row[1:]] if len(row) > 1 else row
    return moved if _fit(moved, kinds) > unmoved else None


def _fit(cells: Row, kinds: dict[int, str], shift: int = 0) -> int:
    """How well ``cells`` sit under the columns from ``shift`` on: numbers on points, text on names.

    In a row that states its points (in a cell of their own, or in brackets closing a name),
    a cell that states a deduction fits a standard column best, so a short row whose merged
    cells were left out slides its rules under the 评分标准 column (a line of a cell's wrapped
    words, with no points, is not moved for it).
    """
    score = 0
    scored = any(
        POINTS_CELL.fullmatch(text) or _closing_points(text) is not None for _, text in cells
    )
    for index, (_, text) in enumerate(cells):
        if not text:
            continue
        kind = kinds.get(index + shift, "skip")
        if POINTS_CELL.fullmatch(text) or _BLOCK_CELL.fullmatch(text):
            score += 2 if kind in ("points", "skip") else -2
        elif scored and _SCORING.search(text):
            # a cell that takes points off (扣2分, 不得分) is a standard, never an item's name
            score += {"standard": 2, "name": -1}.get(kind, -3)
        else:
            score += 1 if kind in ("name", "standard") else -3
    return score


def _where(row: Row, text: str) -> int:
    """Where ``text`` starts in the document: in the first cell of ``row`` that holds it."""
    for offset, content in row:
        found = content.find(text) if text else -1
        if found >= 0:
            return offset + found
    return row[0][0] if row else 0


def _table_row(table: _Table, row: Row) -> None:
    def cell(index: int) -> str:
        return row[index][1] if index < len(row) else ""

    def where(text: str) -> int:
        return _where(row, text)

    names = table.columns["names"]
    table.groups.extend([None] * (len(names) - len(table.groups)))
    row = _extra_name_group(table, row)
    filled = sum(1 for _, text in row if text)
    if filled > table.columns["width"][0] and not row[-1][1]:
        # more cells than the header: a heading column the header does not name
        row = row[filled - table.columns["width"][0] :]
    points_text = _row_points(table, row)
    if (
        _note_row(table, row)
        or _total_row(table, row, [cell(index) for index in names], points_text)
        or _scored_cell_row(table, row, points_text, where)
        or _serial_group(table, row, points_text)
    ):
        return
    name = cell(names[-1])
    # a merged cell in the last name column that states points heads a group of rows
    heads = (
        names
        if POINTS_PAREN.search(name) and points_text and not _parts_of_row(name, points_text)
        else names[:-1]
    )
    opened = len(table.opened)
    _open_row_groups(table, [(cell(index), where(cell(index))) for index in heads])
    _group_points(table, row)
    _row_subtotal(table, row)
    if heads is names:
        name = ""
    standard = " ".join(cell(index) for index in table.columns["standards"] if cell(index))
    if not name and len(table.opened) > opened and _heading_row(table, points_text, standard, row):
        return
    if _of_last_item(table, row, (name, points_text, standard), fresh=len(table.opened) == opened):
        return
    if not points_text and _attach_listed(table, name, where(name), len(names) - 1):
        return
    item = _row_item(table, row, name, points_text, standard)
    item.level = len(names) - 1
    cells = [cell(index) for index in table.columns["standards"] if cell(index)]
    _scored_standard(item, [(where(text), text) for text in cells])
    _attach_row(table, item, name, standard)
    if _BLOCK_CELL.fullmatch(points_text):
        # 创新工作 | 加分 | 每1项加3-5分: the points cell names the row's block, not its points
        item.points = None
        item.section = "bonus" if points_text.startswith("加") else "penalty"
    table.rows.append(item)
    table.last = item


def _attach_row(table: _Table, item: Item, name: str, standard: str) -> None:
    """Put a row's item under its category merged over its rows, or under the open groups."""
    if not _under_category(table, item, name, standard):
        table.attach(item, len(table.groups))


def _under_category(table: _Table, item: Item, name: str, standard: str) -> bool:
    """Whether a row named by its numbered standard goes under a category merged over its rows.

    A table whose name cell is printed once, on its first row, over rows that each name
    themselves by their numbered standard and state their points (``组织实施科学素质提升工作 |
    1.成立组织机构…记4分 | 4`` over `` | 2.将工作纳入…记3分 | 3`` · `` | 3.…``): the merged cell is
    the rows' category, not the first row's name, which its standard ``1.…`` gives as it gives
    the others'. The row numbered 2 turns the first row into that category over its item; each
    row numbered on in turn joins it. Add ``item`` there and return True.
    """
    serial = _NAME_SERIAL.match(standard)
    first, table.named_first = table.named_first, None
    if name or serial is None or item.points is None or item.children:
        table.category = None
        if name and serial is not None and int(serial.group(1)) == 1 and not item.children:
            table.named_first = item
        return False
    number = int(serial.group(1))
    if table.category is not None and table.category[1] == number:
        group = table.category[0]
    elif number == 2 and first is not None and (found := _category_of(table, first)) is not None:
        group = found
    else:
        table.category = None
        return False
    item.level = group.level + 1
    item.section = section_of(item.title, group.section)
    group.children.append(item)
    group.end = max(group.end, item.end)
    table.category = (group, number + 1)
    return True


def _category_of(table: _Table, last: Item) -> Item | None:
    """The first row's item made the category of the rows after it, named by its standard ``1.…``."""
    if last is not table.last or last.points is None or last.children or not last.standard:
        return None
    offset, text = last.standard[0]
    serial = _NAME_SERIAL.match(text)
    own = clean_title(_unnumbered(text)[:30])
    if serial is None or int(serial.group(1)) != 1 or not own or own == last.title:
        return None
    siblings = next(
        (
            children
            for children in [
                table.reader.roots,
                *(item.children for item in walk(table.reader.roots)),
            ]
            if any(child is last for child in children)
        ),
        None,
    )
    if siblings is None:
        return None
    group = Item(level=last.level, title=last.title, start=last.start, end=last.end, points=None)
    group.section = last.section
    siblings[next(i for i, child in enumerate(siblings) if child is last)] = group
    last.title, last.start, last.level = own, offset + serial.end(), last.level + 1
    group.children.append(last)
    return group


def _of_last_item(table: _Table, row: Row, texts: tuple[str, str, str], *, fresh: bool) -> bool:
    """Whether a row adds to the last row's item (a standard, or points); add it to the item.

    A row with neither name nor points continues the last item's standard. An indicator whose
    cell spans several rows (rowspan), each row scoring a part of it (a 理由 to give, ``①`` ·
    ``②``, 5 points each), is printed again on each row: one item, worth the rows' points
    together, where every row prints the same standard (or none). ``texts`` are the row's name,
    points and standard; ``fresh`` is false where the row opened a group (the same name under
    another heading is another item).
    """
    name, points_text, standard = texts
    last = table.last
    if not name and not points_text:
        if last is not None and standard:
            last.standard.append((_where(row, standard), standard))
        return True
    number = POINTS_CELL.fullmatch(points_text)
    if not fresh or last is None or last.children or last.points is None or number is None:
        return False
    if not name or clean_title(strip_points(_unnumbered(name))) != last.title:
        return False
    if [text for _, text in last.standard[:1]] != ([standard] if standard else []):
        return False  # rows with standards of their own are criteria of their own
    last.points += float(number.group(1))
    start = _where(row, name)
    table.reader.repeated.append((start, start + len(name)))
    return True


_GROUP_SERIAL = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]?|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])\s*"
)
"""A serial that numbers a group of rows (一 · 一、 · （一）) over rows numbered 1, 2, 3."""


def _serial_group(table: _Table, row: Row, points_text: str) -> bool:
    """Whether a row numbered 一 (二, （一）) in the 序号 column heads the rows after it; open it.

    ``序号 | 考核内容 | 评分标准 | 分值`` over ``一 | 组织领导 | | `` and ``1 | 成立领导小组 | … | 4``:
    the row numbered in Chinese figures is the group of the rows numbered in Arabic ones after
    it, with its points if it states any (in its points cell, or a figure after its name). Its
    name may stand in the serial cell itself, the cells after it merged (``一、组织领导 | | | 10``).
    A row that states a standard is an item of its own.
    """
    filled = [(start, text) for start, text in row if text]
    marker = (
        _GROUP_SERIAL.match(filled[0][1])
        if table.columns["serials"]
        and len(table.columns["names"]) == 1
        and 0 < len(filled) <= _GROUP_CELLS
        else None
    )
    if marker is None or (
        # 一 alone in its cell, or closed by its mark (一、 · （一）): not 一票否决's first figure
        marker.end() < len(filled[0][1]) and not re.search(r"[、.．）)]", marker.group())
    ):
        return False
    rest = filled[1:]
    if marker.end() < len(filled[0][1]):
        rest = [(filled[0][0] + marker.end(), filled[0][1][marker.end() :]), *rest]
    after = " ".join(text for _, text in rest[1:])
    title = clean_title(strip_points(rest[0][1])) if rest else ""
    if (
        not title
        or re.fullmatch(NUMBER, title)
        or (after and not re.fullmatch(r"\s*" + NUMBER + r"\s*分?\s*", after))
    ):
        return False  # no name, or a standard beside it: the row is an item
    start, name = rest[0]
    stated = re.search(NUMBER, points_text or after) or POINTS_PAREN.search(name)
    group = Item(
        level=0,
        title=title,
        start=start,
        end=filled[-1][0] + len(filled[-1][1]),
        points=float(stated.group(1)) if stated is not None else None,
    )
    table.attach(group, 0)
    table.groups[0] = group
    table.last = None
    return True


_GROUP_CELLS = 3
"""The most cells a group's row fills: its serial, its name and its points."""


def _parts_of_row(name: str, points_text: str) -> bool:
    """Whether a name cell's points are the parts of its row's points (…(50分),…(50分) | 100).

    A merged name cell stating its own points heads a group of rows (组织领导(20分) | 5); one
    that lists two parts or more adding up to the row's points cell is the row's own content.
    """
    parts = [float(found.group(1)) for found in POINTS_PAREN.finditer(name)]
    own = re.search(NUMBER, points_text)
    return len(parts) >= 2 and own is not None and abs(sum(parts) - float(own.group(1))) < 1e-9


def _extra_name_group(table: _Table, row: Row) -> Row:
    """Open the groups of a row with one name cell more than the header; return the rest of it.

    The row's name cells head groups, its last extra one a group of its own for the rows below;
    what is returned fits the header: the item's name, its points and its standard.
    """
    if not _extra_name_cell(table, row):
        return row
    names = table.columns["names"]
    _open_row_groups(table, [(row[index][1], row[index][0]) for index in names[:-1]])
    at = names[-1]
    _table_groups(table, len(names) - 1, row[at][1], row[at][0])
    return [*[(start, "") for start, _ in row[:at]], *row[at + 1 :]]


def _extra_name_cell(table: _Table, row: Row) -> bool:
    """Whether a row has one name cell more than the header, its points one column right.

    ``|政务公开工作开展情况|主要载体建设|门户网建设(…)|6分|15分|`` under ``|类别|考核内容|得分|合计|``:
    the header's first name column spans two (a merged heading cell), and the row's second name
    cell heads the rows below it.
    """
    names = table.columns["names"]
    if not names or len(table.columns["points"]) > 1:
        return False
    at = names[-1] + 1  # the points column, named 分值 or 得分 (or not named at all)
    if at in table.columns["standards"] or table.columns["points"] not in ([], [at]):
        return False
    width = table.columns["width"][0]
    filled = sum(1 for _, text in row if text)
    if filled != width + 1 or len(row) <= width or not all(text for _, text in row[: width + 1]):
        return False
    return (
        at + 1 < len(row)  # a row cut short has no cell after the points column
        and not POINTS_CELL.fullmatch(row[at][1])
        and bool(POINTS_CELL.fullmatch(row[at + 1][1]))
    )


def _scored_cell_row(
    table: _Table, row: Row, points_text: str, where: Callable[[str], int]
) -> bool:
    """A content cell that lists numbered points with their own points, adding up to the row's.

    ``组织领导 | 1.成立领导小组(2分)；2.专题研究法治工作(3分) | 5 | 未成立的扣2分；…``: the
    numbered points are the items of the group the first cell names, which takes the row's
    points; the standard cell follows the last item, and its rules go to the items when it
    names them in turn (see `spread_block_standards`).
    """
    names = table.columns["names"]
    if len(names) < 2 or names[-1] >= len(row):
        return False
    name = row[names[-1]][1]
    if name.count("分") < 2:
        return False
    pieces = _numbered_pieces(name) or []
    total = re.search(NUMBER, points_text)
    scored = [
        (start, piece, points)
        for start, piece in pieces
        if (points := POINTS_PAREN.search(piece)) is not None
    ]
    if not scored or len(scored) != len(pieces) or total is None:
        return False
    if abs(sum(float(points.group(1)) for _, _, points in scored) - float(total.group(1))) > 1e-9:
        return False
    _open_row_groups(table, [(row[index][1], where(row[index][1])) for index in names[:-1]])
    group = next((g for g in reversed(table.groups) if g is not None), None)
    if group is None:
        return False
    if group.points is None and not group.children:
        group.points = float(total.group(1))
    offset = where(name)
    item: Item | None = None
    for start, piece, points in scored:
        item = _scored_item(len(names) - 1, piece, points, offset + start)
        table.attach(item, len(table.groups))
        table.rows.append(item)
        table.last = item
    for index in table.columns["standards"]:
        if item is not None and index < len(row) and row[index][1]:
            item.standard.append((row[index][0], row[index][1]))
    return True


_SCORE_LABEL = re.compile(r"(?:实际)?得分|实得分")
_SUBTOTAL_CELL = re.compile("|".join(sorted(SUBTOTAL_WORDS | {"合计"}, key=len, reverse=True)))
_TOTAL_CELL = re.compile(
    "(?:" + "|".join(sorted(TOTAL_WORDS, key=len, reverse=True)) + r")(?:[（(]分[）)])?"
)


def _total_row(table: _Table, row: Row, names: list[str], points_text: str) -> bool:
    """A row that states the table's total (|合计||100|, |总分|总分|100|): no item.

    Its points are the stated total (unless a sentence already stated one). A 小计 row under a
    heading (|组织领导|小计|20|) states the points of the group the heading opened.
    """
    named = [re.sub(r"\s+", "", text) for text in names if text]
    number = POINTS_CELL.fullmatch(points_text.strip()) if points_text else None
    at = total_cell([text for _, text in row])
    if not named and at is None:
        return False
    if at is not None or (
        # |总分|100|得分||: the total, and a cell for the score the unit gets
        _TOTAL_CELL.fullmatch(named[0])
        and all(_TOTAL_CELL.fullmatch(text) or _SCORE_LABEL.fullmatch(text) for text in named)
    ):
        # |合计||100|: a total in any column (a 序号 column too) sums the rows above
        if number is None:
            # |总分|100|得分|: the total in a heading's points column
            number = next(
                (found for _, text in row if (found := POINTS_CELL.fullmatch(text.strip()))), None
            )
        if number is not None and table.reader.total is None:
            table.reader.total = float(number.group(1))
        start, text = row[at] if at is not None else next(cell for cell in row if cell[1])
        table.reader.diagnose(
            "table-row",
            f"a table row is read as the table's total ({text.strip()}), not an item",
            start,
            start + len(text),
            severity="info",
        )
    elif _SUBTOTAL_CELL.fullmatch(named[-1]):
        # |组织领导|小计|20|: the points of the group its heading cells opened
        deepest = next((group for group in reversed(table.groups) if group is not None), None)
        if number is not None and deepest is not None and deepest.points is None:
            deepest.points = float(number.group(1))
    else:
        return False
    table.reader.repeated.extend((start, start + len(text)) for start, text in row if text)
    return True


def _note_row(table: _Table, row: Row) -> bool:
    """A row that opens with a note's label (注：本表30分 · 备注：本项满分30分): no item.

    A note states a fact about the table, whatever points its cells hold; a total it states
    (满分30分) is read from its sentence, as from any line of the document.
    """
    first = next((text for _, text in row if text.strip()), "")
    if NOTE_LABEL.match(first.strip()) is None:
        return False
    start, text = next(cell for cell in row if cell[1].strip())
    table.reader.diagnose(
        "table-row",
        f"a table row is read as a note on the table ({text.strip()}), not an item",
        start,
        start + len(text),
        severity="info",
    )
    table.reader.repeated.extend((start, start + len(text)) for start, text in row if text)
    return True


def _heading_row(table: _Table, points_text: str, standard: str, row: Row) -> bool:
    """A row that opens a group and names no item: its points are the group's (|一|组织领导|20|)."""
    group = table.opened[-1]
    number = re.search(NUMBER, points_text)
    if group.points is not None or number is None:
        return False
    group.points = float(number.group(1))
    if standard:
        group.standard.append((_where(row, standard), standard))
    return True


def _open_row_groups(table: _Table, cells: list[tuple[str, int]]) -> None:
    """Open the groups a row's name cells head, one per depth (text and where it starts)."""
    above = ""
    for depth, (text, start) in enumerate(cells):
        if text and text == above:
            # a cell merged over two name columns (colspan) repeats itself: one group, not two
            for deeper in range(depth, len(table.groups)):
                table.groups[deeper] = None
                table.stacks.pop(deeper, None)
        elif text:
            _table_groups(table, depth, text, start)
        above = text or above


def _row_item(table: _Table, row: Row, name: str, points_text: str, standard: str) -> Item:
    """The item of a row: its title, points (a cell, ``(5分)`` or a bare ``5分`` at the end)."""
    found = re.search(NUMBER, points_text) or POINTS_PAREN.search(name)
    if found is None and name and (tail := bare_points(name)) is not None:
        # points at the end of the item's text (…年度工作计划。3分)
        found = tail
        name = name[: tail.start()] + name[tail.end() :]
    if found is None and name and not _CELL_ITEM.search(standard):
        # no points column: the one (X分) of the content cell (成立领导小组（10分）。未成立…)
        stated = list(POINTS_PAREN.finditer(standard))
        found = stated[0] if len(stated) == 1 else None
    marker = find_marker(name)
    table.last_marker = marker[0] if marker else None
    serial = _NAME_SERIAL.match(name)
    table.last_number = int(serial.group(1)) if serial is not None else None
    raw = name
    name = _unnumbered(name)
    # a row named by its standard alone (2.将…纳入工作规划): the standard's number is no part of it
    title = clean_title(strip_points(name)) or clean_title(_unnumbered(standard)[:30])
    if not standard and (TAKE.search(name) or NO_POINTS.search(name)):
        title, standard = _own_standard(title), name
    item = Item(
        level=0,
        title=title,
        start=_where(row, raw or points_text),
        end=row[-1][0] + len(row[-1][1]) if row else 0,
        points=float(found.group(1)) if found is not None else None,
    )
    if standard:
        item.standard.append((_where(row, standard), standard))
    return item


_POINTS_OPEN = re.compile(r"[（(]\s*" + NUMBER + r"\s*分\s*(?=[，,；;])")
"""Points that open a bracket of their standard: （3分，少一次扣1分）."""
_CELL_ITEM = re.compile(r"(?:^|(?<=[\s;；。，,]))(\d{1,2})[.、．](?!\d)")


def _scored_standard(item: Item, cells: list[tuple[int, str]] | None = None) -> None:
    """A standard cell that lists numbered points with their own points (1.…（5分）；2.…（3分）).

    Each numbered point becomes an item under the row's item, with its text as its standard.
    When the cell beside it (扣分标准) numbers its rules the same way (1.…扣5分；2.…扣2分),
    each rule goes to the point of its number.
    """
    if cells is not None and len(cells) >= 2 and not item.children:
        item.standard = [cells[0]]
        _scored_standard(item)
        rules = _numbered_pieces(cells[1][1]) if len(cells) == 2 else None
        if rules is not None and len(item.children) == len(rules):
            for child, (start, piece) in zip(item.children, rules, strict=True):
                rule = piece.strip(" ；;。，,")
                if rule:
                    child.standard.append((cells[1][0] + start + piece.index(rule), rule))
            return
        # each cell keeps its own place in the text, so that none of it is read twice
        item.standard.extend(cells[1:])
        return
    if len(item.standard) != 1 or item.children:
        return
    offset, text = item.standard[0]
    pieces = _numbered_pieces(text)
    if pieces is None:
        return
    found = [
        points
        for _, piece in pieces
        if (points := POINTS_PAREN.search(piece) or _POINTS_OPEN.search(piece))
    ]
    if len(found) != len(pieces):
        return
    for (start, piece), points in zip(pieces, found, strict=True):
        child = _scored_item(item.level + 1, piece, points, offset + start)
        rest = piece[points.end() :].strip(" ；;。，,")
        if rest:
            child.standard.append((offset + start + piece.index(rest), rest))
        item.children.append(child)
    item.standard = []


# A criterion's serial inside a cell: ``1.`` ``2、`` or a half bracket ``1)`` after a space or
# a stop (a full ``(1)`` is another kind, and ``1)分`` no serial)
_CRITERION_SERIAL = re.compile(r"(?:^|(?<=[\s;；。，,]))(\d{1,2})(?:[.、．](?!\d)|[)）](?![分\d]))")
_UNREAD_LEAST = 3
"""A cell may leave the points of one criterion unread only when it lists this many or more."""


def _listed_criteria(name: str, offset: int, level: int) -> list[Item]:
    """The criteria a row's last name cell lists, each closing on its own bracketed points.

    A 指标描述 cell may hold the row's criteria one after another, numbered 1), 2), 3) (or
    ``1.``) and each followed by its points in brackets and perhaps a note::

        II-1 党建工作 (7分) | 1)始终把…一致。(1.5分)【提供材料部门:党办】 2)积极创建…(3分)【…】 3)…

    Each is then an item of the row's group, with its points, not one item named by the cell's
    first sentence with the first criterion's points. A copy may misprint one criterion's
    figure (``(L5分)``): in a cell of three criteria or more, one may lack points and is kept
    without them; otherwise every criterion must print its points, or the cell is no list.
    """
    marks = list(_CRITERION_SERIAL.finditer(name))
    if len(marks) < _LEAST_LISTED or [int(m.group(1)) for m in marks] != list(
        range(1, len(marks) + 1)
    ):
        return []
    if name[: marks[0].start()].strip():
        return []
    items: list[Item] = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(name)
        piece = name[mark.end() : end]
        found = POINTS_PAREN.search(piece)
        if found is None:
            title = clean_title(re.split(r"[（(【]", piece, maxsplit=1)[0].strip(" ；;。，,"))
            items.append(Item(level, title, offset + mark.end(), offset + end, None))
        else:
            items.append(_scored_item(level, piece, found, offset + mark.end()))
    unread = sum(1 for item in items if item.points is None)
    if unread > (1 if len(items) >= _UNREAD_LEAST else 0) or any(not i.title for i in items):
        return []
    return items


_LEAST_LISTED = 2


def _attach_listed(table: _Table, name: str, offset: int, level: int) -> bool:
    """Attach the criteria a row's name cell lists (see ``_listed_criteria``); whether any."""
    listed = _listed_criteria(name, offset, level)
    for item in listed:
        table.attach(item, len(table.groups))
        table.rows.append(item)
    if listed:
        table.last = listed[-1]
    return bool(listed)


def _numbered_pieces(text: str) -> list[tuple[int, str]] | None:
    """The pieces of a cell numbered 1, 2, 3, … in order, each with where it starts, if it is."""
    marks = list(_CELL_ITEM.finditer(text))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    return [
        (mark.end(), text[mark.end() : marks[i + 1].start() if i + 1 < len(marks) else len(text)])
        for i, mark in enumerate(marks)
    ]


def _row_points(table: _Table, row: Row) -> str:
    """The text of a row's points: its 分值 cell, or a cell of its own holding 6分 or a bare 6."""
    points = table.columns["points"]
    if points and points[0] < len(row) and row[points[0]][1]:
        return row[points[0]][1]
    # a 序号 cell numbers the row: its bare number is no points
    text_columns = {
        *table.columns["names"],
        *table.columns["standards"],
        *table.columns["serials"],
        *table.columns.get("classes", []),
        # a heading's own points column (一级指标 | 权重 | 二级指标 | 分值 | …) is its group's
        *table.columns["group_points"],
    }
    return next(
        (
            text
            for index, (_, text) in enumerate(row)
            if index not in text_columns and POINTS_CELL.fullmatch(text)
        ),
        "",
    )


def _row_subtotal(table: _Table, row: Row) -> None:
    """A 合计 / 小计 cell states the points of the group the row opened."""
    for index in table.columns["subtotals"]:
        text = row[index][1] if index < len(row) else ""
        number = POINTS_CELL.fullmatch(text)
        deepest = next((group for group in reversed(table.groups) if group is not None), None)
        if number is not None and deepest is not None and deepest.points is None:
            deepest.points = float(number.group(1))


def _group_points(table: _Table, row: Row) -> None:
    """A heading column's own points column gives the group it opened its points."""
    names = table.columns["names"]
    for points_at, name_at in zip(
        table.columns["group_points"], table.columns["group_names"], strict=True
    ):
        text = row[points_at][1] if points_at < len(row) else ""
        number = POINTS_CELL.fullmatch(text)
        group = table.groups[names.index(name_at)]
        if number is None or group is None:
            continue
        if group.points is None:
            group.points = float(number.group(1))
        # the cell (and its repeats down a merged column) is the group's
        table.reader.repeated.append((row[points_at][0], row[points_at][0] + len(text)))


# a gloss in brackets inside a name's words (县(市、区)政府 · 各单位（部门）), no figure, points nor
# stop in it: part of the name, not the bracket that opens its standard
_NAME_GLOSS = r"[（(][^（()）。；;，,\d０-９分扣减]{1,12}[）)](?=[^。；;，,（()）\s])"
_OWN_TITLE = re.compile(rf"(?:[^。；;，,（(]|{_NAME_GLOSS})+")


def _own_standard(title: str) -> str:
    """The title of an item whose text states its own standard (…，每项扣5分): its first words."""
    head = _OWN_TITLE.match(title)
    return clean_title(head.group()) if head else title


def _unnumbered(name: str) -> str:
    marker = find_marker(name)
    return name if marker is None else name[marker[1] :]


def _repeat_titles(text: str) -> tuple[str, str]:
    """The titles a merged name cell's repeat may give its group: as is, and without its number.

    ``一、组织领导（10分）`` repeated down its rows heads the group 组织领导 it opened.
    """
    plain = strip_points(text)
    marker = find_marker(plain)
    return clean_title(plain), clean_title(plain[marker[1] :] if marker else plain)


def _table_groups(table: _Table, depth: int, text: str, start: int) -> None:
    """Open the groups a name cell heads; numbered headings nest by their numbering kind."""
    stack = table.stacks.setdefault(depth, [])
    if stack and stack[-1][1].title in _repeat_titles(text):
        # a merged cell repeated in the rows below it (rowspan): the group is open already,
        # and spans the rows it heads
        table.reader.repeated.append((start, start + len(text)))
        stack[-1][1].end = max(stack[-1][1].end, start + len(text))
        return
    for part in re.finditer(r".+?(?:分\s*[）)]|$)", text):
        piece = part.group().strip()
        if not piece:
            continue
        marker = find_marker(piece)
        kind = marker[0] if marker else "plain"
        kinds = [entry[0] for entry in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        elif kind == "plain":
            stack.clear()
        stated = points_in(piece)
        group = Item(
            level=depth,
            title=clean_title(strip_points(piece[marker[1] :] if marker else piece)),
            start=start + part.start(),
            end=start + part.end(),
            points=stated[0] if stated else None,
        )
        if stack:
            stack[-1][1].children.append(group)
            group.section = section_of(group.title, stack[-1][1].section)
        else:
            table.attach(group, depth)
        table.opened.append(group)
        stack.append((kind, group))
    if stack:
        table.groups[depth] = stack[-1][1]
    for deeper in range(depth + 1, len(table.groups)):
        table.groups[deeper] = None
        table.stacks.pop(deeper, None)


# A table whose cells stand one or more to a line, each opened by "|" (as some converters give
# Word tables): 序号 cells number the items, a column's heading may be written one character a
# line (组\n织\n建\n设\n16分), and an item's points are the sum of its (X分).
_CELL_GROUP = re.compile(r"(?P<title>[^\d|（(]{2,20}?)\s*(?P<points>\d+(?:\.\d+)?)\s*分")
_TOTAL_IN = re.compile(r"共\s*" + NUMBER + r"\s*分")
_CLOSING_POINTS = re.compile(r"(?<=[。；;）)])\s*" + NUMBER + r"\s*分\s*$")


def read_cell_lines(reader: Reader, lines: list[tuple[int, str]]) -> set[int]:
    """Read a table of "|" cells numbered by a 序号 column; return the offsets of its lines."""
    starts = [index for index, (_, line) in enumerate(lines) if line.lstrip("| ").strip() == "序号"]
    if not starts or not lines[starts[0]][1].startswith("|"):
        return set()
    body = lines[starts[0] + 1 :]
    cells: list[tuple[int, str]] = []
    for offset, line in body:
        if line.startswith("|"):
            cells.append((offset + 1, line[1:].strip()))
        elif cells:
            # a heading written a character a line joins up; a cell's next sentence gets a stop
            before = cells[-1][1]
            joiner = "" if not before or len(line) <= 3 else "；"
            cells[-1] = (cells[-1][0], before + joiner + line)
        else:
            cells.append((offset, line))
    group: Item | None = None
    index = 0
    while index < len(cells):
        offset, text = cells[index]
        plain = text.replace("；", "")
        heading = _CELL_GROUP.fullmatch(plain)
        if heading is not None and not re.fullmatch(r"\d+", plain):
            points = float(heading.group("points"))
            group = Item(0, heading.group("title"), offset, offset + len(text), points)
            reader.roots.append(group)
        elif re.fullmatch(r"\d{1,3}", text) and index + 1 < len(cells):
            index += 1
            _cell_item(reader, group, cells[index])
        index += 1
    return {offset for offset, _ in lines[starts[0] :]}


def _cell_item(reader: Reader, group: Item | None, cell: tuple[int, str]) -> None:
    offset, text = cell
    total = _TOTAL_IN.search(text)
    points = [float(found.group(1)) for found in POINTS_PAREN.finditer(text)]
    first = POINTS_PAREN.search(text)
    title = text[: first.start()] if first is not None else text.partition("。")[0]
    closing = None if points else _CLOSING_POINTS.search(text)
    if closing is not None:  # 村党组织健全。2分: the points printed bare at the cell's end
        points = [float(closing.group(1))]
    stated = float(total.group(1)) if total else sum(points) if points else None
    item = Item(1, clean_title(title), offset, offset + len(text), stated)
    item.standard.append((offset, text))
    (group.children if group is not None else reader.roots).append(item)


# A table whose rows stand one a line with their cells run together: a heading with its points
# (村级班子强15分), the item's number and text, and its points at the end of the row (…审核材料6).
_ROW_HEADER = re.compile(
    r"^(?:序号)?(?:指标名称|测评内容|考核内容|考评内容|评分内容)[^。]{0,16}分值"
)
"""The header of rows a line, its words perhaps spaced out letter by letter (考 核 内 容 … 分 值)."""
_ROW = re.compile(
    r"^(?:(?P<group>[^\d，,。]{2,12}?)(?P<gpoints>\d+(?:\.\d+)?)分)?(?P<number>\d{1,2})"
    r"(?P<apart>[ \u3000]+)?(?P<body>[^\d\s].*?)(?P<points>\d+(?:\.\d+)?)\s*$"
)
"""A row a line, its points the last figure: ``1强化…40``, or its cells set apart by spaces,
``1 强化电话热线服务功能 即时答复率满分20分,… 40`` (an empty 备注 cell after the points)."""
_CELLS_APART = re.compile(r"[ \u3000]+")


def read_rows(reader: Reader, lines: list[tuple[int, str]]) -> set[int]:
    """Read rows with their points at the end after a header run; return the lines used."""
    start = next(
        (i for i, (_, line) in enumerate(lines) if _ROW_HEADER.search(_CELLS_APART.sub("", line))),
        None,
    )
    if start is None:
        return set()
    used = {lines[start][0]}
    group: Item | None = None
    item: Item | None = None
    for offset, line in lines[start + 1 :]:
        row = _ROW.match(line)
        if row is None:
            if item is not None:
                item.standard.append((offset, line))
                used.add(offset)
            continue
        used.add(offset)
        if row.group("group"):
            end = offset + row.end("gpoints")
            points = float(row.group("gpoints"))
            group = Item(0, clean_title(row.group("group")), offset, end, points)
            reader.roots.append(group)
        body = row.group("body")
        start = offset + row.start("number")
        points = float(row.group("points"))
        first = _CELLS_APART.search(body) if row.group("apart") else None
        if first is not None and first.start() >= 2:
            # cells set apart by spaces: the first is the row's name, the others its standard
            item = Item(1, clean_title(body[: first.start()]), start, offset + len(line), points)
            standard = body[first.end() :].strip()
            item.standard.append((offset + row.start("body") + body.index(standard), standard))
        else:
            item = Item(1, clean_title(body), start, offset + len(line), points)
        (group.children if group is not None else reader.roots).append(item)
    return used


_INDICATOR_HEADING = re.compile(
    r"[一二三四]级指标|考[核评](?:项目|内容|指标)|评价(?:项目|内容|指标)"
)
"""A heading of an indicator system's levels (一级指标 · 二级指标 · 三级指标)."""


def indicator_table(lines: list[tuple[int, str]]) -> bool:
    """Whether the text holds a table headed by two levels of indicators or more.

    An indicator system (指标体系) may give no points at all; its header still tells a table of
    appraisal items from any other table (序号 · 工作任务 · 责任单位 · 完成时限).
    """
    for _, line in lines:
        cells = split_cells(line)
        if cells is None:
            continue
        levels = [cell for cell in cells if _INDICATOR_HEADING.fullmatch(re.sub(r"\s+", "", cell))]
        if len(levels) >= 2:
            return True
    return False


def merge_repeats(items: list[Item]) -> None:
    """Rows that repeat a merged cell's name, with no points of their own, as one group.

    A web page's table repeats a merged cell in every row it spans (一、医疗质量 in each row of
    its indicators); with no points to tell them apart, the repeats are the same group.
    """
    merged: list[Item] = []
    for item in items:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.title == item.title
            and last.points is None
            and item.points is None
        ):
            last.children.extend(item.children)
            last.standard.extend(item.standard)
            last.end = max(last.end, item.end)
        else:
            merged.append(item)
    items[:] = merged
    for item in items:
        merge_repeats(item.children)


def collapse_repeated_groups(items: list[Item], repeated: list[tuple[int, int]]) -> None:
    """A group whose only item repeats its name and points, itself a group, as one group.

    A table run into one line prints a merged cell again for each column it spans
    (``质量宏观管理(20分)质量宏观管理(20分)质量宏观管理(20分)规划战略制定…``): each repeat opens a
    group under the one before, with the same name and points. The repeats are the same group;
    their spans are added to ``repeated`` (no points left over).
    """
    for item in items:
        while len(item.children) == 1:
            child = item.children[0]
            if not child.children or (child.title, child.points) != (item.title, item.points):
                break
            repeated.append((child.start, child.end))
            item.children = child.children
            item.standard.extend(child.standard)
            item.end = max(item.end, child.end)
        collapse_repeated_groups(item.children, repeated)


def _scored_item(level: int, piece: str, points: re.Match[str], start: int) -> Item:
    """The item of a cell's ``piece`` at offset ``start``: its title before ``points``, and them."""
    return Item(
        level,
        clean_title(piece[: points.start()].strip(" ；;。，,")),
        start,
        start + len(piece),
        float(points.group(1)),
    )
