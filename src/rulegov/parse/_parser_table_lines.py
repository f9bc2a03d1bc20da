"""The plan parser's task table printed in the text: its rows, headers and groups.

A table's rows as parts of the tree, its sub-headers, glued headers, lone cells,
tab-separated rows, rows of groups, where a table ends, and the rows the frame's
table reader read, merged into the tree.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from rulegov._text import display_width
from rulegov.errors import ParseError
from rulegov.model import Severity, Span
from rulegov.parse._fields import Field
from rulegov.parse._frame import match_rows
from rulegov.parse._header import is_separator_row, table_cells
from rulegov.parse._numbering import Style, match_heading
from rulegov.parse._parser_state import (
    PROSE,
    TABLE,
    Node,
    ParserState,
    goal_kind,
    is_task,
    line_diagnostic,
    node_kind,
)
from rulegov.parse._table import group_words, later_part, lone_heading, read_table
from rulegov.parse._table_header import (
    cell_starts,
    glued_header,
    heading_key,
    label_and_tab,
    may_line_up,
    placed_cells,
    read_columns,
    spaced_cells,
    tab_header,
)
from rulegov.parse._vocab import TABLE_HEADINGS

if TYPE_CHECKING:
    from rulegov.model import SectionKind
    from rulegov.parse._frame import TableRow
    from rulegov.parse._numbering import Heading
    from rulegov.parse._text import Line


_MIN_SPACED_CELLS = 2
_SPLIT_HEADINGS = 2  # a second header row's headings under one column: they split it
_FEWEST_GLUED_CELLS = 3  # a row under a glued header: three cells at least, as its headings
_CELL_SLACK = 4  # a cell's next line starts within two characters of its column's start
_MIN_PIPES = 2  # a row in pipes has two at least (|a|b, a|b|); fewer, its tabs part it
_MOST_GROUP_LINES = 3  # 一、 / （一）: category lines stacked over a table's rows
_FEWEST_HEADINGS = 2  # a header printed again names two columns at least


def _row_under_groups(lines: list[Line], index: int) -> Line | None:
    """The first line after the group heading at ``index`` that is no group heading of its own.

    Categories printed as lines of their own (一、依法行政 / （一）制度建设) may stand one above
    the other before the rows they group: the row looked at is the one under the last of them,
    a few lines at most.
    """
    heads = 0
    for at in range(index + 1, len(lines)):
        line = lines[at]
        if not line.text.strip():
            continue
        heading = match_heading(line.text)
        if (
            heads >= _MOST_GROUP_LINES
            or heading is None
            or heading.style not in (Style.CHINESE, Style.CHINESE_PAREN)
            or heading.end >= len(line.text.rstrip())
            or table_cells(line.text) is not None
        ):
            return line
        heads += 1
    return None


def _filled(line: Line, cells: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """A row's cells without the empty ones after its last with text, beyond ``width`` cells.

    A row printed with a tab after its last cell (区司法局⇥) has one cell more than its header,
    an empty one that is no column of the table; a row whose last columns are empty has no
    cells under them.
    """
    last = len(cells)
    while last > max(width, 1) and not line.text[cells[last - 1][0] : cells[last - 1][1]].strip():
        last -= 1
    return cells[:last]


def _tabbed(line: Line) -> bool:
    """Whether a table's header line parts its cells by tabs (not pipes): its rows do too."""
    return "\t" in line.text and line.text.count("|") < _MIN_PIPES


def _fits_table(table: Node, row: Line, cells: list[tuple[int, int]]) -> bool:
    """Whether a row fits an open table: as many cells as a row read, a number under 序号.

    A table whose category columns (一级指标 · 二级指标) are merged over their rows prints each
    category as a line of its own and the rows under it without those cells: a row short of
    the header by exactly those columns fits it too (see ``_table._merged_categories``).
    """
    categories = 0
    while table.table_columns.get(categories, "").startswith("section"):
        categories += 1
    # an empty cell after a row's last (a tab or a pipe printed after it) is no column of it
    header = len(_filled(*table.table_rows[0], 0))
    cells = _filled(row, cells, header)
    if categories and len(cells) in (header - categories, header - categories + 1):
        first = row.text[cells[0][0] : cells[0][1]].strip()
        return len(cells) == header - categories or first.isdecimal()
    filled = len(_filled(row, cells, 0))
    if all(
        len(_filled(line, read, 0)) > len(cells) or filled > len(read)
        for line, read in table.table_rows
    ):
        return False  # as many cells as no row read, an empty last cell or two aside
    numbered = [i for i, field in table.table_columns.items() if field == "number"]
    if not numbered or numbered[0] >= len(cells):
        return True
    begin, end = cells[numbered[0]]
    return row.text[begin:end].strip().isdecimal()


def _cell_text(line: Line, begin: int, end: int) -> str:
    """A table cell as printed, with its inner spaces: they may part names (区司法局 区公安分局)."""
    if end <= begin:
        return ""
    first = line.offset(begin) - line.start
    return line.original[first : line.offset(end - 1) - line.start + 1]


def _texts(line: Line, cells: list[tuple[int, int]]) -> list[str]:
    """The texts of a row's cells."""
    return [line.text[begin:end] for begin, end in cells]


def _next_printed(lines: list[Line], index: int) -> int | None:
    """The index of the first line after ``index`` that prints more than a rule of pipes."""
    return next((at for at in range(index + 1, len(lines)) if lines[at].text.strip(" \t|")), None)


def _repeats_header(header: list[str], names: list[str]) -> bool:
    """Whether a row of headings repeats the words of a table's ``header``."""
    keys = {heading_key(text) for text in header if text.strip()}
    filled = [heading_key(name) for name in names if name.strip()]
    return len(filled) >= _FEWEST_HEADINGS and all(key in keys for key in filled)


def _header_repeated(table: Node, names: list[str]) -> bool:
    """Whether a row of headings repeats the words of an open table's header.

    A table printed in parts, or over pages, prints its header again over each part
    (一、依法决策 / 序号 | 工作任务 | … / rows / 二、依法行政 / 序号 | 工作任务 | … / rows): the
    table goes on, as a grid read whole does (the table reader passes over the header again).
    """
    return _repeats_header(_texts(*table.table_rows[0]), names)


def _later_part(heading: Heading, lines: list[Line], header: int) -> bool:
    """Whether the table whose header is line ``header`` opens a part after ``heading``.

    The table's lines are its rows in pipes or tabs, its header printed again, and a part's
    heading between them that lost its pipes, over its header again or a row that fits the
    table (see ``TableLines.group_row``); the first other line, or a header of other columns,
    ends it. The first lone heading among them numbered as ``heading`` opens a later part if
    it is numbered further on (二、 after 一、), as in ``_table.opens_later_part``.
    """
    header_cells = table_cells(lines[header].text) or []
    first = _texts(lines[header], header_cells)
    probe = Node(TABLE, "", 0, lines[header])  # the table as far as its header
    probe.table_columns = read_columns(first) or {}
    probe.table_rows.append((lines[header], header_cells))
    at = _next_printed(lines, header)
    while at is not None:
        line = lines[at]
        below = _next_printed(lines, at)
        cells = table_cells(line.text)
        row, under = line, cells
        if cells is None and lone_heading([line.text]) is not None and below is not None:
            cells = [(0, len(line.text))]
            row, under = lines[below], table_cells(lines[below].text)
        if cells is None or under is None:
            return False  # the table has ended
        names = _texts(row, under)
        if read_columns(names) is not None:
            if not _repeats_header(first, names):
                return False  # the header of a table of another kind
        elif row is not line and not _fits_table(probe, row, under):
            return False  # a part's heading over a table of another kind
        later = later_part(heading, _texts(line, cells))
        if later is not None:
            return later
        at = below
    return False


class TableLines(ParserState):
    """Reads the lines of a task table printed in the text."""

    # -- task tables -------------------------------------------------------------------------

    def table_depth(self, line: Line) -> int:
        """The depth in the stack of the heading a table whose header is ``line`` stands under.

        A table after a task's text belongs beside that task, not inside it (the stack holds
        the heading and its ancestors; the nodes keep no parent, so that no cycle keeps the
        tree alive after parsing). An annex's table (附件2 · 重点任务分工表) stands in no part of
        the text above the annex's heading: the plan's last part (一、总体要求) does not hold it.
        """
        depth = len(self.stack) - 1
        while depth > 0 and (self.stack[depth].opens_paragraph or self.stack[depth].fields):
            depth -= 1
        annex = bisect.bisect_right(self.annex_starts, line.start)
        if annex:
            while depth > 0 and self.stack[depth].line.start < self.annex_starts[annex - 1]:
                depth -= 1
        return depth

    def table_row(self, line: Line, cells: list[tuple[int, int]], *, spaced: bool) -> bool:
        text = line.text
        if is_separator_row(text, cells):
            last = self.diagnostics[-1] if self.diagnostics else None
            if (
                last is not None
                and last.code == "table-header"
                and last.span is not None
                and not self.text[last.span.end : line.start].strip()
            ):  # the rule under a table's header: part of the header
                last.span = Span(start=last.span.start, end=line.end_offset(len(text)))
            else:
                self.diagnostics.append(
                    line_diagnostic(
                        line,
                        0,
                        "table-rule",
                        "a table's rule line (|--|) not under a table header; skipped",
                        Severity.INFO,
                    )
                )
            return True
        names = [text[a:b] for a, b in cells]
        columns = read_columns(names)
        if (
            columns is not None
            and self.table is not None
            and not spaced
            and _header_repeated(self.table, names)
        ):
            columns = None  # a row of the table, which the table reader passes over
        if columns is not None:
            self.end_table()
            self.diagnostics.append(
                line_diagnostic(
                    line,
                    0,
                    "table-header",
                    "task table columns: " + ", ".join(names[i] for i in sorted(columns)),
                    Severity.INFO,
                )
            )
            depth = self.table_depth(line)
            self.table = Node(TABLE, "", 0, line)
            self.table.table_columns = columns
            self.table.table_title = self.stack[depth].title() if depth > 0 else ""
            self.table.table_starts = cell_starts(line, cells) if spaced else []
            self.table.table_rows.append((line, cells))
            self.table.table_above, self.above_header = self.above_header, []
            self.stack[depth].children.append(self.table)
            return True
        if self.table is None:
            return False
        if spaced and self.sub_header(line, cells):
            return True
        starts = self.table.table_starts
        if spaced and starts and len(cells) != len(starts):
            placed = placed_cells(line, cells, starts)
            if placed is None:
                self.diagnostics.append(
                    line_diagnostic(
                        line,
                        0,
                        "table-cell",
                        "the cells of this row do not line up under the header's columns; "
                        "check which column each value belongs to",
                    )
                )
            else:
                cells = placed
        self.table.table_rows.append((line, cells))
        self.table.lines.append(line)
        self.table.last_line = line
        return True

    def sub_header(self, line: Line, cells: list[tuple[int, int]]) -> bool:
        """Read the second row of a two-row header lined up with spaces, if the line is one.

        A heading spread over two columns (责任单位 over 牵头单位 · 配合单位) prints the two
        headings under it on the next line: right under the header, a line of headings alone,
        two or more under one column, splits that column in two or more, each under its own
        heading, and the table's rows line up under the new columns.
        """
        table = self.table
        if table is None or len(table.table_rows) != 1 or not table.table_starts:
            return False
        names = [line.text[a:b] for a, b in cells]
        if not all(heading_key(name) in TABLE_HEADINGS for name in names):
            return False
        starts = table.table_starts
        under: list[list[int]] = [[] for _ in starts]  # the second row's cells under each column
        for cell, column in enumerate(cell_starts(line, cells)):
            index = max(
                (i for i, start in enumerate(starts) if start - _CELL_SLACK <= column), default=0
            )
            under[index].append(cell)
        if all(len(found) < _SPLIT_HEADINGS for found in under):
            return False
        header, header_cells = table.table_rows[0]
        places = cell_starts(line, cells)
        top: list[tuple[int, int]] = []
        second: list[tuple[int, int]] = []
        new_starts: list[int] = []
        for index, found in enumerate(under):
            if len(found) < _SPLIT_HEADINGS:
                top.append(header_cells[index])
                second.append(cells[found[0]] if found else (0, 0))
                new_starts.append(starts[index])
                continue
            end = header_cells[index][1]
            top.extend([header_cells[index], *[(end, end)] * (len(found) - 1)])
            second.extend(cells[cell] for cell in found)
            new_starts.extend(places[cell] for cell in found)
        table.table_rows[0] = (header, top)
        table.table_rows.append((line, second))
        table.table_starts = new_starts
        table.lines.append(line)
        table.last_line = line
        return True

    def table_line(self, line: Line, lines: list[Line], index: int) -> bool:
        """Read a line of a table (a row in pipes, tabs or spaces, or a group's heading), if it is."""
        cells = piped = table_cells(line.text)
        if self.part_over_header(line, cells, lines, index):
            return True
        if cells is None and "\t" in line.text:
            # a row of two cells parted by one tab: a table's header, or a row of a table in tabs
            cells = piped = self.tab_row(line.text) or tab_header(line.text)
        if cells is None and may_line_up(line.original):
            cells = spaced_cells(line)  # columns lined up with spaces
            if cells is not None and len(cells) < _MIN_SPACED_CELLS:
                cells = None
        if cells is None and self.lone_cell(line):
            cells = [(0, len(line.text.rstrip()))]  # a cell's next line, under its column
        if cells is None and self.glued_header(line, lines, index):
            # its headings glued, its rows' cells apart: no column lines up under the header
            return self.table_row(line, glued_header(line.text) or [], spaced=False)
        if cells is not None:
            return self.table_row(line, cells, spaced=piped is None)
        return self.group_row(line, lines, index)

    def part_over_header(
        self, line: Line, cells: list[tuple[int, int]] | None, lines: list[Line], index: int
    ) -> bool:
        """Hold the first part's heading printed over a table's header for the table; say if so.

        A table printed in parts prints each part's heading over the header (一、依法决策 /
        序号 | 工作任务 | … / rows / 二、依法行政 / …), in a row of its own (in pipes or tabs, its
        text in one cell or in each cell it spans) or on a line of its own. Over the first
        header, where no table is open, the heading is a row of the table when the table opens
        a later part numbered the same way (see ``_later_part``): the table reader reads it as
        the first part's section. A heading over a table of its own is a heading of the text.
        """
        if self.table is not None:
            return False
        cells = cells or [(0, len(line.text))]
        heading = lone_heading(_texts(line, cells))
        header = _next_printed(lines, index)
        if heading is None or header is None:
            return False
        header_cells = table_cells(lines[header].text)
        if header_cells is None or read_columns(_texts(lines[header], header_cells)) is None:
            return False
        if not _later_part(heading, lines, header):
            return False
        self.above_header = [(line, cells)]
        return True

    def glued_header(self, line: Line, lines: list[Line], index: int) -> bool:
        """Whether a line is a task table's header with its headings glued over rows in cells.

        See ``glued_header``: the next line with text is a row whose cells runs of spaces or
        tabs part, so that the header's columns are that row's.
        """
        if self.table is not None or glued_header(line.text) is None:
            return False
        after = next(
            (lines[i] for i in range(index + 1, len(lines)) if lines[i].text.strip()), None
        )
        if after is None:
            return False
        cells = table_cells(after.text)
        if cells is None and may_line_up(after.original):
            cells = spaced_cells(after)
        return cells is not None and len(cells) >= _FEWEST_GLUED_CELLS

    def lone_cell(self, line: Line) -> bool:
        """Whether a line is one cell's words alone, under a column of a table lined up with spaces.

        A cell too long for its column goes on in the next line (市财政局、 / 市人社局), indented to
        the column's start, the other cells of that line empty: it is a row of the table with
        one cell filled, the reader joins it to the cell above. Never under the first column (a
        part's heading or a paragraph after the table starts there), nor a heading of its own.
        """
        table = self.table
        original = line.original
        if table is None or not table.table_starts or not original[:1].isspace():
            return False
        if may_line_up(original.strip()) or match_heading(line.text) is not None:
            return False
        starts = table.table_starts
        column = display_width(original[: len(original) - len(original.lstrip())])
        nearest = min(range(len(starts)), key=lambda i: abs(starts[i] - column))
        return nearest > 0 and abs(starts[nearest] - column) <= _CELL_SLACK

    def tab_row(self, text: str) -> list[tuple[int, int]] | None:
        """The two cells of a line parted by one tab, where a table in tabs is open."""
        if self.table is None or not _tabbed(self.table.line):
            return None
        return label_and_tab(text)

    def group_row(self, line: Line, lines: list[Line], index: int) -> bool:
        """Read a part's heading between a table's rows as a row of the table, if it is one.

        A row merged across the table (一、产业发展) loses its pipes or tabs when the table is
        copied: the heading, alone on its line between the header and further rows in pipes or
        tabs, groups the rows below it, and the table goes on. Only when the row below fits
        the table: as many cells as a row read already, and a number under 序号. A part with a
        table of another kind (指标名称 | 2022年 | 2023年目标) under its heading is a part, and
        that table its own.
        """
        if self.table is None:
            return False
        heading = match_heading(line.text)
        if (
            heading is None
            or heading.style not in (Style.CHINESE, Style.CHINESE_PAREN)
            or heading.end >= len(line.text.rstrip())
        ) and not self.group_words(line):
            return False
        after = _row_under_groups(lines, index)
        cells = None if after is None else self.row_cells_under(after)
        if after is None or cells is None:
            return False
        names = _texts(after, cells)
        if read_columns(names) is not None:
            if self.table.table_starts or not _header_repeated(self.table, names):
                return False  # the heading of a part with a table of its own, under its header
        elif not _fits_table(self.table, after, cells):
            return False  # a row of another table: the heading is the next part's
        self.table.table_rows.append((line, [(0, len(line.text.rstrip()))]))
        self.table.lines.append(line)
        self.table.last_line = line
        return True

    def row_cells_under(self, line: Line) -> list[tuple[int, int]] | None:
        """The cells of a line as a row of the open table: in pipes or tabs, or lined up.

        In a table lined up with spaces, the row's cells placed under the header's columns;
        None where they do not line up, or the line is no row.
        """
        table = self.table
        if table is None:
            return None
        if not table.table_starts:
            return table_cells(line.text) or self.tab_row(line.text)
        cells = spaced_cells(line) if may_line_up(line.original) else None
        if cells is None or len(cells) < _MIN_SPACED_CELLS:
            return None
        if len(cells) == len(table.table_starts):
            return cells
        return placed_cells(line, cells, table.table_starts)

    def group_words(self, line: Line) -> bool:
        """Whether a line is a group's words without a number, between rows of a numbered table.

        A row merged across a table whose rows are numbered under a first 序号 column may print
        the group's words alone (深入推进依法行政): under the numbers, they head the rows below.
        """
        table = self.table
        return (
            table is not None
            and table.table_columns.get(0) == "number"
            and match_heading(line.text) is None
            and group_words(line.text)
        )

    def end_table(self) -> None:
        """Read the rows of the table just ended with the one table reader."""
        table = self.table
        self.table = None
        if table is None:
            return
        rows = [*table.table_above, *table.table_rows]
        grid = [[_cell_text(line, a, b) for a, b in cells] for line, cells in rows]
        try:
            table.table_plan = read_table(
                grid, title=table.table_title or None, year=self.year, lenient=True, facts=False
            )
        except ParseError as error:  # the header names a column twice: the rows stay text
            table.table_plan = None
            for line, _ in rows:
                self.diagnostics.append(
                    line_diagnostic(
                        line, 0, "table-row", f"a table row was not read: {error.message}"
                    )
                )
            return
        for problem in table.table_plan.diagnostics:
            # the row the reader names, as printed (the last, should a row be named past it)
            line, cells = rows[min(problem.line or 1, len(rows)) - 1]
            column = (problem.column or 1) - 1
            begin = cells[column][0] if column < len(cells) else 0
            said = line_diagnostic(line, begin, problem.code, problem.message, problem.severity)
            # the whole row in its span: a row printed a cell a line spans lines before the cell
            whole = line_diagnostic(line, 0, problem.code, problem.message).span
            self.diagnostics.append(said.model_copy(update={"span": whole}))

    def merge_table(self, rows: list[TableRow]) -> None:
        """Merge a task-division table's units and deadlines into the plan's tasks."""
        nodes: list[Node] = []

        def visit(node: Node, prose: SectionKind | None) -> None:
            # the tasks as convert finds them: not under prose, not a table of the body
            if node.style == TABLE:
                return
            named = node_kind(node)
            kind = goal_kind(named if prose is None or named in PROSE else prose, node)
            if kind not in PROSE and is_task(node, named):
                nodes.append(node)
                return
            for child in node.children:
                visit(child, kind if kind in PROSE else None)

        for child in self.root.children:
            visit(child, None)
        matched, lost_rows, lost_tasks = match_rows(
            rows, [(node.value, node.title()) for node in nodes]
        )
        for row_index, node_index in matched.items():
            row = rows[row_index]
            node = nodes[node_index]
            node.fields.extend(
                (row.line, Field(label, begin, end, begin)) for label, begin, end in row.fields
            )
        for row_index in lost_rows:
            row = rows[row_index]
            title = row.line.text[slice(*row.title)] if row.title else ""
            self.diagnostics.append(
                line_diagnostic(
                    row.line,
                    0,
                    "table-task-missing",
                    f"the task-division table names task {row.number} ({title[:20]}) "
                    "that the plan lacks",
                )
            )
        for node_index in lost_tasks:
            node = nodes[node_index]
            self.diagnostics.append(
                line_diagnostic(
                    node.line,
                    0,
                    "task-not-in-table",
                    f"task {node.number} ({node.title()[:20]}) is not in the task-division table",
                    Severity.INFO,
                )
            )
