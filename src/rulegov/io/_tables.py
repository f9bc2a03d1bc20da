r"""Task-division tables (任务分工表) to and from rows, CSV and Excel.

A task-division table has one row per task and the columns 序号, 工作任务, 具体措施, 牵头单位,
责任单位, 配合单位, 完成时限, optionally preceded by section columns (一级任务, 二级任务 … or 类别).
Each unit cell may name several bodies, joined by ``、`` ``，`` ``；`` or line breaks; each body
becomes one [`Unit`][rulegov.Unit]. Timing is read by the parser's time reader, targets and
citations by its fact readers, so a table says the same as the same words in a document.

Examples:
    >>> from rulegov.io import read_task_rows, task_table_rows
    >>> plan = read_task_rows(
    ...     [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ...      ["1", "开展法治培训", "区司法局", "区法院、区检察院", "2023年6月底前"]],
    ...     title="2023年法治建设任务分工表")
    >>> task = plan.tasks[0]
    >>> task.lead_units, task.cooperating_units, task.timeframe.end.isoformat()
    (['区司法局'], ['区法院', '区检察院'], '2023-06-30')
    >>> row = task_table_rows(plan)[0]
    >>> row["配合单位"]
    '区法院、区检察院'
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import numbers
import pathlib
import re
import warnings
from typing import TYPE_CHECKING

import attrs

from rulegov.errors import Issue, MissingExtraError, ParseError, ValidationError
from rulegov.model import (
    Assignment,
    Citation,
    Measure,
    Period,
    Plan,
    PlanKind,
    Role,
    Section,
    Target,
    Task,
    TimeFrame,
    Unit,
    plan_id,
)
from rulegov.parse._format import date_words, timing_words

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping, Sequence

    from rulegov.parse._text import Line

__all__ = [
    "COLUMN_NAMES",
    "read_task_rows",
    "read_task_table",
    "task_table_rows",
    "write_task_table",
]

COLUMN_NAMES: dict[str, str] = {
    "number": "序号",
    "title": "工作任务",
    "measures": "具体措施",
    "lead": "牵头单位",
    "responsible": "责任单位",
    "cooperating": "配合单位",
    "supervising": "督办单位",
    "deadline": "完成时限",
}
"""The column each field is written under (the supervising column only when a task has one)."""

_SECTION_NAMES = ("一级任务", "二级任务", "三级任务", "四级任务", "五级任务")
_ROLE_FIELDS: dict[str, Role] = {
    "lead": Role.LEAD,
    "responsible": Role.RESPONSIBLE,
    "cooperating": Role.COOPERATING,
    "supervising": Role.SUPERVISING,
}
# Heading (normalised: no spaces, ASCII lower case) -> field. The parser's own column names are
# added below, so a table reads the same in a document and in a spreadsheet.
_HEADINGS: dict[str, str] = {
    "no": "number",
    "no.": "number",
    "#": "number",
    "number": "number",
    "任务编号": "number",
    "task": "title",
    "tasks": "title",
    "title": "title",
    "tasktitle": "title",
    "measure": "measures",
    "measures": "measures",
    "actions": "measures",
    "lead": "lead",
    "leadunit": "lead",
    "leadunits": "lead",
    "responsible": "responsible",
    "responsibleunit": "responsible",
    "responsibleunits": "responsible",
    "cooperating": "cooperating",
    "cooperatingunit": "cooperating",
    "cooperatingunits": "cooperating",
    "supervising": "supervising",
    "supervisingunit": "supervising",
    "supervisingunits": "supervising",
    "deadline": "deadline",
    "due": "deadline",
    "timing": "deadline",
    "section": "section1",
    "category": "section1",
    "section1": "section1",
    "section2": "section2",
    "section3": "section3",
    "section4": "section4",
    "section5": "section5",
    "备注": "note",
    "note": "note",
    "notes": "note",
}
_PARSER_FIELDS = {
    "number": "number",
    "title": "title",
    "measures": "measures",
    "牵头单位": "lead",
    "责任单位": "responsible",
    "配合单位": "cooperating",
    "督办单位": "supervising",
    "完成时限": "deadline",
    "group": "section1",
    "note": "note",
}
_HEADER_ROWS = 10
_MAX_CELL = 32_767  # Excel's own limit on the characters in a cell
_MAX_NUMBER = 20
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SPLIT_MEASURES = re.compile(r"[。;；]")
_TITLE_YEAR = re.compile(r"(?P<year>\d{4})年")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DOTTED = re.compile(r"\d{1,4}(?:[.\-]\d{1,4})*")


def _headings() -> dict[str, str]:
    from rulegov.parse._tables import COLUMNS  # noqa: PLC0415  (the parser loads on first use)

    found = {key: _PARSER_FIELDS[value] for key, value in COLUMNS.items()}
    found.update(_HEADINGS)
    for level, name in enumerate(_SECTION_NAMES, start=1):
        found[name] = f"section{level}"
    return found


def _heading_key(cell: str) -> str:
    folded = cell.translate({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})
    return re.sub(r"[\s_*:]", "", folded).lower()


# -- writing --------------------------------------------------------------------------------


def _same_timing(first: TimeFrame | None, second: TimeFrame) -> bool:
    return first is not None and (
        first.kind,
        first.on,
        first.start,
        first.end,
        first.frequency,
    ) == (second.kind, second.on, second.start, second.end, second.frequency)


def _timing_cell(timeframe: TimeFrame) -> str:
    """The words for a timing: its own text when that reads back the same, else a full date."""
    from rulegov.parse._time import read_timeframe  # noqa: PLC0415

    if timeframe.text and _same_timing(read_timeframe(_normal(timeframe.text), None), timeframe):
        return timeframe.text
    return timing_words(timeframe)


def _section_cell(section: Section) -> str:
    from rulegov.parse._numbering import render_number  # noqa: PLC0415

    if not section.number:
        return section.title
    return render_number(section.number).rstrip() + section.title


def _reads_note(name: str, note: str) -> bool:
    """Whether the parser reads ``note`` back from after ``name`` (按职责分工负责, 等有关部门)."""
    from rulegov.parse._units import split_names  # noqa: PLC0415

    text = _normal(name + note)
    found = split_names(text, 0, len(text))
    return len(found) == 1 and found[0].note == note


def _units_cell(task: Task, role: Role, names: Mapping[str, str]) -> str:
    cells = []
    for assignment in task.assignments:
        if assignment.role is role:
            name = names.get(assignment.unit, assignment.unit)
            note = assignment.note
            cells.append(name + note if note and _reads_note(name, note) else name)
    return "、".join(cells)


def _depth(sections: Sequence[Section]) -> int:
    deepest = 0
    for section in sections:
        deepest = max(deepest, 1 + _depth(section.children))
    return deepest


def _section_chains(plan: Plan) -> list[tuple[Task, tuple[Section, ...]]]:
    found: list[tuple[Task, tuple[Section, ...]]] = [(task, ()) for task in plan.unsectioned_tasks]

    def visit(section: Section, chain: tuple[Section, ...]) -> None:
        here = (*chain, section)
        found.extend((task, here) for task in section.tasks)
        for child in section.children:
            visit(child, here)

    for section in plan.sections:
        visit(section, ())
    return found


def _check_numbers(chains: list[tuple[Task, tuple[Section, ...]]]) -> None:
    """Refuse two tasks that one table section would hold under one number: unreadable."""
    seen: dict[tuple[tuple[str, ...], str], int] = {}
    issues: list[Issue] = []
    for index, (task, chain) in enumerate(chains):
        key = (tuple(_section_cell(section) for section in chain), task.number)
        if key in seen:
            issues.append(
                Issue(
                    f"tasks[{index}].number",
                    f"repeats the number of tasks[{seen[key]}] in the same section, and a task "
                    "table with a repeated number cannot be read back; renumber one of them",
                    task.number,
                )
            )
        else:
            seen[key] = index
    if issues:
        raise ValidationError(issues, "Plan")


def task_table_rows(plan: Plan) -> list[dict[str, str]]:
    """The plan as the rows of a task-division table (任务分工表), one per task.

    Columns, in order: a section column per level of sections (一级任务, 二级任务 …, only when the
    plan has sections), then 序号, 工作任务, 具体措施 (one measure per line), 牵头单位, 责任单位,
    配合单位, 督办单位 (only when some task has one) and 完成时限. Units are written under their
    full names, several joined by ``、``, so that each body reads back as one unit.

    Examples:
        >>> import rulegov
        >>> rows = task_table_rows(rulegov.datasets.yancheng_2023())
        >>> list(rows[0])
        ['一级任务', '序号', '工作任务', '具体措施', '牵头单位', '责任单位', '配合单位', '完成时限']
        >>> fourth = rows[3]
        >>> fourth["序号"], fourth["工作任务"], fourth["完成时限"]
        ('4', '严格落实法治建设责任制', '持续推动')
    """
    names = {unit.id: unit.name for unit in plan.units}
    depth = _depth(plan.sections)
    if depth > len(_SECTION_NAMES):
        raise ValidationError(
            [
                Issue(
                    "sections",
                    f"a task table holds at most {len(_SECTION_NAMES)} levels of sections",
                    depth,
                )
            ],
            "Plan",
        )
    chains = _section_chains(plan)
    supervised = any(
        assignment.role is Role.SUPERVISING for task, _ in chains for assignment in task.assignments
    )
    _check_numbers(chains)
    rows: list[dict[str, str]] = []
    for task, chain in chains:
        row: dict[str, str] = {}
        for level in range(depth):
            row[_SECTION_NAMES[level]] = _section_cell(chain[level]) if level < len(chain) else ""
        row["序号"] = task.number
        row["工作任务"] = task.title
        row["具体措施"] = "\n".join(measure.text for measure in task.measures)
        for field, role in _ROLE_FIELDS.items():
            if role is not Role.SUPERVISING or supervised:
                row[COLUMN_NAMES[field]] = _units_cell(task, role, names)
        row["完成时限"] = "" if task.timeframe is None else _timing_cell(task.timeframe)
        rows.append(row)
    return rows


def _safe_csv(value: str) -> str:
    """Quote a cell that a spreadsheet would run as a formula (CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _header(plan: Plan, rows: list[dict[str, str]]) -> list[str]:
    if rows:
        return list(rows[0])
    depth = _depth(plan.sections)
    return [*_SECTION_NAMES[:depth], "序号", "工作任务", "具体措施", "牵头单位", "责任单位",
            "配合单位", "完成时限"]  # fmt: skip


def write_task_table(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` as a task-division table (任务分工表): ``.csv`` or ``.xlsx``.

    CSV is written in UTF-8 with a byte-order mark, so that Excel shows the Chinese correctly.
    Cells that a spreadsheet would run as formulas (starting ``=`` ``+`` ``-`` ``@``) are written as
    text: with a leading ``'`` in CSV (removed again on reading), as string cells in ``.xlsx``.

    Raises:
        ValidationError: for another suffix, a plan with more than five levels of sections, or
            two tasks under one number in one section (the table could not be read back).
        MissingExtraError: for ``.xlsx`` without ``pip install 'rulegov[xlsx]'`` (openpyxl).

    Examples:
        >>> import pathlib, tempfile, rulegov
        >>> from rulegov.io import read_task_table, write_task_table
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "分工表.csv"
        >>> write_task_table(rulegov.datasets.yancheng_2023(), path)
        >>> read_task_table(path).tasks[1].title
        '坚持和加强党对法治建设工作的集中统一领导'
    """
    where = pathlib.Path(path)
    suffix = where.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            [Issue("path", "write a task table to a .csv or .xlsx file", str(where))],
            "write_task_table",
        )
    rows = task_table_rows(plan)
    header = _header(plan, rows)
    if suffix == ".xlsx":
        _write_xlsx(plan.title, header, rows, where)
        return
    with where.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_safe_csv(row[name]) for name in header])


def _write_xlsx(
    title: str, header: list[str], rows: list[dict[str, str]], where: pathlib.Path
) -> None:
    try:
        from openpyxl import Workbook  # noqa: PLC0415  (optional extra)
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
        from openpyxl.styles import Alignment, Font  # noqa: PLC0415
        from openpyxl.utils import get_column_letter  # noqa: PLC0415
    except ImportError as error:
        raise MissingExtraError("openpyxl", "xlsx", "writing .xlsx task tables") from error
    _check_xml_text(header, rows)
    # open first: a path that cannot be written fails before openpyxl starts its streams
    with where.open("wb") as stream:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(_sheet_title(title))
        widths = {"工作任务": 40, "具体措施": 60, "序号": 6}
        for index, name in enumerate(header, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = widths.get(name, 18)
        bold = Font(bold=True)
        wrap = Alignment(wrap_text=True, vertical="top")
        heading = []
        for name in header:
            cell = WriteOnlyCell(sheet, value=name)
            cell.font = bold
            heading.append(cell)
        sheet.append(heading)
        for row in rows:
            cells = []
            for name in header:
                value = row[name]
                cell = WriteOnlyCell(sheet, value=value or None)
                if value:
                    cell.data_type = "s"  # text, never a formula
                cell.alignment = wrap
                cells.append(cell)
            sheet.append(cells)
        book.save(stream)


def _check_xml_text(header: list[str], rows: list[dict[str, str]]) -> None:
    for number, row in enumerate(rows, start=2):
        for column, name in enumerate(header, start=1):
            if _ILLEGAL_XML.search(row[name]) is not None:
                raise ValidationError(
                    [
                        Issue(
                            f"row {number}, column {column} ({name})",
                            "Excel cannot store control characters; remove them",
                            row[name],
                        )
                    ],
                    "write_task_table",
                )


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", "", title)[:31]
    return cleaned or "任务分工表"


# -- reading --------------------------------------------------------------------------------


def _normal(text: str) -> str:
    from rulegov.parse._text import split_lines  # noqa: PLC0415

    return "\n".join(line.text for line in split_lines(text))


@attrs.define
class _Row:
    """A task being read: its cells as found, filled in by continuation rows."""

    row: int
    number: str
    title: str
    chain: tuple[str, ...]
    measures: list[str] = attrs.Factory(list)
    assignments: list[tuple[str, Role, str, str | None]] = attrs.Factory(list)
    held: set[tuple[str, Role]] = attrs.Factory(set)
    timeframe: TimeFrame | None = None
    timing_text: str = ""


@attrs.define
class _Node:
    number: str
    title: str
    level: int
    rows: list[_Row] = attrs.Factory(list)
    children: dict[str, _Node] = attrs.Factory(dict)
    numbers: dict[str, int] = attrs.Factory(dict)


class _Reader:
    """Reads the data rows of one table into sections, tasks and units."""

    def __init__(self, columns: dict[int, str], header: list[str], source: str | None) -> None:
        self.columns = columns
        self.header = header
        self.source = source
        self.year: int | None = None
        self.root = _Node("", "", 0)
        self.last: _Row | None = None
        self.chain: tuple[str, ...] = ()
        self.units: dict[str, Unit] = {}
        self.name_cache: dict[str, list[tuple[str, str, str | None, Role | None]]] = {}
        self.timing_cache: dict[str, TimeFrame] = {}
        self.sections = sorted(
            (int(field.removeprefix("section")), index)
            for index, field in columns.items()
            if field.startswith("section")
        )

    def fail(self, row: int, index: int, message: str, value: object) -> ParseError:
        name = self.header[index].strip() if index < len(self.header) else ""
        heading = f" ({name})" if name else ""
        return ParseError(
            f"row {row}, column {index + 1}{heading}: {message}",
            line=row,
            column=index + 1,
            source=self.source,
            value=value,
        )

    def read(self, row: int, cells: list[str]) -> None:
        for index, cell in enumerate(cells):
            if len(cell) > _MAX_CELL:
                raise self.fail(
                    row, index, f"the cell holds more than {_MAX_CELL} characters", cell
                )
            if index >= len(self.header) and cell.strip():
                raise self.fail(
                    row,
                    index,
                    f"the row has a value beyond the {len(self.header)} columns of the header",
                    cell,
                )
        values: dict[str, tuple[int, str]] = {}
        for index, field in self.columns.items():
            value = cells[index].strip() if index < len(cells) else ""
            if value:
                values[field] = (index, value)
        if not values:
            return
        if self.section_row(values):
            return
        chain = self.row_chain(values)
        if "number" in values or "title" in values or self.last is None:
            self.new_task(row, values, chain)
        elif chain != self.chain:
            index = next(i for f, (i, _) in values.items() if f.startswith("section"))
            raise self.fail(
                row, index, "a row without 序号 or 工作任务 cannot open a section; add the task", ""
            )
        task = self.last
        assert task is not None  # noqa: S101  (new_task sets it)
        self.add_cells(row, task, values)

    def section_row(self, values: dict[str, tuple[int, str]]) -> bool:
        """Open sections from a row that holds nothing but them, and say whether it did.

        Such a row fills only section cells, or (in a table without section columns) only its
        number or task cell with a heading such as ``一、依法行政`` or ``（一）…``: a heading row
        merged across the table.
        """
        from rulegov.parse._numbering import Style, match_heading  # noqa: PLC0415

        if all(field.startswith("section") for field in values):
            self.chain = self.row_chain(values)
            self.last = None
            return True
        if self.sections or len(values) != 1 or not {"number", "title"} & set(values):
            return False
        (cell,) = (value for _, value in values.values())
        heading = match_heading(_normal(cell))
        if heading is None or heading.end >= len(_normal(cell)):
            return False
        if heading.style is Style.CHINESE:
            self.chain = (cell,)
        elif heading.style is Style.CHINESE_PAREN:
            self.chain = (*self.chain[:1], cell)
        else:
            return False
        self.last = None
        return True

    def row_chain(self, values: dict[str, tuple[int, str]]) -> tuple[str, ...]:
        chain = tuple(values[f"section{level}"][1] for level, _ in self.sections
                      if f"section{level}" in values)  # fmt: skip
        # a row whose section cells are all blank continues the sections above (merged cells)
        return chain or self.chain

    def new_task(
        self, row: int, values: dict[str, tuple[int, str]], chain: tuple[str, ...]
    ) -> None:
        if "title" not in values and "measures" not in values:
            index = (
                values["number"][0] if "number" in values else min(i for i, _ in values.values())
            )
            wanted = self.column_of("title") or "工作任务"
            raise self.fail(row, index, f"the row names no task; fill in its {wanted}", "")
        node = self.root
        for level, cell in enumerate(chain, start=1):
            node = self.section(node, cell, level)
        number = self.number(row, values, node)
        title = values["title"][1] if "title" in values else ""
        task = _Row(row, number, title, chain)
        node.rows.append(task)
        self.last = task
        self.chain = chain

    def column_of(self, field: str) -> str | None:
        for index, found in self.columns.items():
            if found == field:
                return self.header[index]
        return None

    def section(self, parent: _Node, cell: str, level: int) -> _Node:
        from rulegov.parse._numbering import match_heading  # noqa: PLC0415
        from rulegov.parse._text import split_lines  # noqa: PLC0415

        found = parent.children.get(cell)
        if found is not None:
            return found
        line = split_lines(cell.replace("\n", " "))[0]
        heading = match_heading(line.text)
        number, title = "", cell
        if heading is not None and heading.end < len(line.text):
            number = heading.number
            title = line.original[line.column(heading.end) - 1 :].strip()
        found = _Node(number, title, level)
        parent.children[cell] = found
        return found

    def number(self, row: int, values: dict[str, tuple[int, str]], node: _Node) -> str:
        if "number" not in values:
            return str(len(node.rows) + 1)
        index, cell = values["number"]
        number = _task_number(cell)
        if number is None:
            raise self.fail(
                row,
                index,
                f"序号 should be a number such as 1, 1.2, 一 or （一） (at most {_MAX_NUMBER} "
                "characters)",
                cell,
            )
        if number in node.numbers:
            raise self.fail(
                row,
                index,
                f"the number repeats that of row {node.numbers[number]} in the same section",
                cell,
            )
        node.numbers[number] = row
        return number

    def add_cells(self, row: int, task: _Row, values: dict[str, tuple[int, str]]) -> None:
        if "measures" in values:
            task.measures.extend(_measure_texts(values["measures"][1]))
        for field, role in _ROLE_FIELDS.items():
            if field in values:
                index, cell = values[field]
                self.add_units(row, index, task, role, cell)
        if "deadline" in values:
            index, cell = values["deadline"]
            self.add_timing(row, index, task, cell)

    def names(self, cell: str) -> list[tuple[str, str, str | None, Role | None]]:
        """The names in a unit cell: (key, printed, note, role); tables repeat cells, so cached."""
        found = self.name_cache.get(cell)
        if found is None:
            from rulegov.parse._text import split_lines  # noqa: PLC0415
            from rulegov.parse._units import split_names  # noqa: PLC0415

            line = split_lines(re.sub(r"[\r\n]+", "、", cell))[0]
            found = [
                (line.text[n.begin : n.end], line.printed(n.begin, n.end), n.note, n.role)
                for n in split_names(line.text, 0, len(line.text))
            ]
            self.name_cache[cell] = found
        return found

    def add_units(self, row: int, index: int, task: _Row, role: Role, cell: str) -> None:
        from rulegov.parse._units import guess_kind, guess_level  # noqa: PLC0415

        named = self.names(cell)
        if not named:
            raise self.fail(row, index, "no unit name found; separate names with 、", cell)
        for key, printed, note, marked in named:
            unit = self.units.get(key)
            if unit is None:
                unit = Unit(
                    id=f"u{len(self.units) + 1}",
                    name=printed,
                    kind=guess_kind(key),
                    level=guess_level(key),
                )
                self.units[key] = unit
            elif not unit.known_as(printed):
                unit.aliases.append(printed)
            held = marked or role
            if (unit.id, held) not in task.held:
                task.held.add((unit.id, held))
                task.assignments.append((unit.id, held, printed, note))

    def add_timing(self, row: int, index: int, task: _Row, cell: str) -> None:
        from rulegov.parse._time import read_timeframe  # noqa: PLC0415

        if task.timeframe is not None:
            if cell == task.timing_text:
                return
            raise self.fail(
                row, index, f"the task of row {task.row} already has the timing "
                f"{task.timing_text!r}; give one timing per task", cell
            )  # fmt: skip
        known = self.timing_cache.get(cell)
        timeframe = (
            known.model_copy()
            if known is not None
            else read_timeframe(_normal(cell).replace("\n", ""), self.year)
        )
        if timeframe is None:
            hint = ""
            if self.year is None and "月" in cell:
                hint = " (the table's title names no year: write the year, as in 2023年6月底前)"
            raise self.fail(
                row,
                index,
                "the timing cannot be read; write a date such as 2023年6月底前, or 每季度, "
                "持续推进, 长期坚持, 适时" + hint,
                cell,
            )
        timeframe.text = cell
        self.timing_cache.setdefault(cell, timeframe)
        task.timeframe = timeframe
        task.timing_text = cell

    def plan(self, title: str) -> Plan:
        counter = _Counter()
        sections = [self.build_section(child, (), counter) for child in self.root.children.values()]
        loose = [self.build_task(task, (), counter) for task in self.root.rows]
        return Plan(
            id="plan",
            kind=PlanKind.TASK_DIVISION_PLAN,
            title=title,
            period=Period.year(self.year) if self.year and 1949 <= self.year <= 2200 else None,
            sections=sections,
            unsectioned_tasks=loose,
            units=list(self.units.values()),
        )

    def build_section(self, node: _Node, chain: tuple[str, ...], counter: _Counter) -> Section:
        counter.sections += 1
        ident = f"s{counter.sections}"
        here = (*chain, node.number) if node.number else chain
        tasks = [self.build_task(task, here, counter) for task in node.rows]
        children = [self.build_section(child, here, counter) for child in node.children.values()]
        return Section(
            id=ident,
            number=node.number,
            level=node.level,
            title=node.title,
            tasks=tasks,
            children=children,
        )

    def build_task(self, row: _Row, chain: tuple[str, ...], counter: _Counter) -> Task:
        counter.tasks += 1
        ident = f"t{counter.tasks}"
        measures = row.measures
        title = row.title or (measures[0] if measures else row.number)
        targets, citations = _facts([title, *measures])
        return Task(
            id=ident,
            number=row.number,
            path=(*chain, row.number),
            title=title,
            text="\n".join([title, *measures]),
            # measures and assignments are built from checked cells, as the parser builds them
            measures=[
                Measure.model_construct(id=f"{ident}.m{index}", text=text, span=None)
                for index, text in enumerate(measures, start=1)
            ],
            assignments=[
                Assignment.model_construct(
                    unit=unit, role=role, unit_name=printed, note=note, span=None
                )
                for unit, role, printed, note in row.assignments
            ],
            timeframe=row.timeframe,
            targets=targets,
            citations=citations,
        )


@attrs.define
class _Counter:
    sections: int = 0
    tasks: int = 0


def _task_number(cell: str) -> str | None:
    from rulegov.parse._numbering import chinese_to_int, match_heading  # noqa: PLC0415

    text = _normal(cell)
    if _DOTTED.fullmatch(text):
        return text.rstrip(".") if text.count(".") == 1 and text.endswith(".") else text
    heading = match_heading(text)
    if heading is not None and heading.end == len(text):
        return heading.number
    if chinese_to_int(text) is not None:
        return text
    if len(cell) > _MAX_NUMBER or any(char.isspace() for char in cell) or "。" in cell:
        return None
    return cell


def _measure_texts(cell: str) -> list[str]:
    """One measure per line; a cell on one line is split at ``。`` and ``；``."""
    from rulegov.parse._numbering import match_heading  # noqa: PLC0415
    from rulegov.parse._text import split_lines  # noqa: PLC0415

    lines = [line for line in cell.splitlines() if line.strip()]
    pieces = lines if len(lines) > 1 else _SPLIT_MEASURES.split(cell)
    found: list[str] = []
    for piece in pieces:
        text = piece.strip().rstrip("。;；")
        line = split_lines(text)[0]
        heading = match_heading(line.text)
        if heading is not None and heading.end < len(line.text):
            text = line.original[line.column(heading.end) - 1 :].strip()
        if text:
            found.append(text)
    return found


def _facts(texts: list[str]) -> tuple[list[Target], list[Citation]]:
    """Targets and citations read by the parser's fact readers, without spans (no source text)."""
    from rulegov.parse._facts import find_citations, find_targets  # noqa: PLC0415
    from rulegov.parse._text import split_lines  # noqa: PLC0415

    lines: list[Line] = split_lines("\n".join(texts))
    segments = [(line, 0, len(line.text)) for line in lines]
    targets = [target.model_copy(update={"span": None}) for target in find_targets(segments)]
    citations, _ = find_citations(segments)
    return targets, [citation.model_copy(update={"span": None}) for citation in citations]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime | dt.date):
        return date_words(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def _find_header(rows: list[list[str]], source: str | None) -> tuple[int, dict[int, str]]:
    headings = _headings()
    for position, cells in enumerate(rows[:_HEADER_ROWS]):
        columns: dict[int, str] = {}
        for index, cell in enumerate(cells):
            field = headings.get(_heading_key(cell))
            if field is None:
                continue
            if field in columns.values():
                raise ParseError(
                    f"row {position + 1}, column {index + 1} ({cell}): a second {field} column; "
                    "keep one column per field",
                    line=position + 1,
                    column=index + 1,
                    source=source,
                    value=cell,
                )
            columns[index] = field
        columns = _levelled(columns)
        if len(columns) >= 2 and set(columns.values()) & {"title", "measures"}:
            return position, columns
    raise ParseError(
        f"no header row found in the first {_HEADER_ROWS} rows; name the columns 序号, 工作任务, "
        "具体措施, 牵头单位, 责任单位, 配合单位, 完成时限 (or number, task, measures, lead, "
        "responsible, cooperating, deadline)",
        line=1,
        column=1,
        source=source,
        value=rows[0][:8] if rows else None,
    )


def _levelled(columns: dict[int, str]) -> dict[int, str]:
    """Without a task column, the deepest 一级/二级任务 column holds the tasks (一级任务 | 二级任务)."""
    fields = set(columns.values())
    if "title" in fields:
        return columns
    levels = sorted(
        (field, index) for index, field in columns.items() if field.startswith("section")
    )
    if len(levels) >= 2:
        columns = dict(columns)
        columns[levels[-1][1]] = "title"
    return columns


def _title_above(rows: list[list[str]], header_at: int) -> str | None:
    for cells in rows[:header_at]:
        filled = [cell.strip() for cell in cells if cell.strip()]
        if len(filled) == 1:
            return filled[0]
    return None


def read_task_rows(
    rows: Iterable[Sequence[object]] | Iterable[Mapping[str, object]],
    *,
    title: str | None = None,
    year: int | None = None,
    source: str | None = None,
) -> Plan:
    """Read the rows of a task-division table (任务分工表) into a plan.

    Args:
        rows: Lists of cells, the header first (a title row above it is allowed), or mappings
            from column name to cell (as [`task_table_rows`][rulegov.io.task_table_rows] gives, or
            ``csv.DictReader``).
        title: The plan's title; by default the title row above the header, else ``任务分工表``.
        year: The year of dates printed without one (``6月底前``); by default the year in the
            title.
        source: A name for messages, such as the file name.

    Raises:
        ParseError: for a table without a header, or a bad cell, naming the row and column.

    Examples:
        >>> plan = read_task_rows([{"task": "开展述法", "lead": "区司法局", "deadline": "每季度"}])
        >>> plan.tasks[0].title, plan.tasks[0].timeframe.frequency.value
        ('开展述法', 'quarterly')
    """
    grid: list[list[str]] = []
    for number, item in enumerate(rows, start=1):
        if isinstance(item, dict) or hasattr(item, "keys"):
            mapping: Mapping[str, object] = item  # type: ignore[assignment]
            if not grid:
                grid.append([str(key) for key in mapping])
            cells = [mapping.get(key) for key in grid[0]]
        elif isinstance(item, list | tuple):
            cells = list(item)
        else:
            raise ParseError(
                f"row {number}: expected a list of cells or a mapping of columns to cells",
                source=source,
                value=item,
            )
        for column, cell in enumerate(cells, start=1):
            if not isinstance(cell, _CELL_TYPES):
                raise ParseError(
                    f"row {number}, column {column}: a cell holds text, a number or a date",
                    source=source,
                    value=cell,
                )
        grid.append([_cell_text(cell) for cell in cells])
    return _read_grid(grid, title=title, year=year, source=source)


# what a spreadsheet's cell can hold (decimal.Decimal and the like are numbers.Number)
_CELL_TYPES = (type(None), str, numbers.Number, dt.date, dt.time)


def _read_grid(
    grid: list[list[str]], *, title: str | None, year: int | None, source: str | None
) -> Plan:
    header_at, columns = _find_header(grid, source)
    header = grid[header_at]
    title = title or _title_above(grid, header_at)
    if title is None and source:
        title = pathlib.PurePath(source).stem
    title = title or "任务分工表"
    reader = _Reader(columns, header, source)
    if year is None:
        found = _TITLE_YEAR.search(title)
        year = int(found.group("year")) if found else None
    reader.year = year
    for position in range(header_at + 1, len(grid)):
        reader.read(position + 1, grid[position])
    plan = reader.plan(title)
    return plan.model_copy(update={"id": plan_id(title=title, year=year, source=source)})


def read_task_table(
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    year: int | None = None,
    max_bytes: int | None = None,
) -> Plan:
    """Read a task-division table (任务分工表) from a ``.csv`` or ``.xlsx`` file.

    CSV may be UTF-8 (with or without the BOM that Excel writes) or GB18030/GBK, separated by
    commas or tabs. In a workbook the first sheet is read; formulas are never run (their last
    computed values are read, as Excel saved them). Merged cells (blank below their first row)
    continue the task or section above.

    Args:
        path: The file.
        title: The plan's title; by default the title row above the header, else the file name.
        year: The year of dates printed without one; by default the year in the title.
        max_bytes: Refuse larger files (and workbooks that unpack to more); 64 MiB by default.

    Raises:
        ParseError: for a file too large, undecodable or not a table, a zip bomb, or a bad
            cell (with row, column and the column's name).
        MissingExtraError: for ``.xlsx`` without ``pip install 'rulegov[xlsx]'`` (openpyxl).
        ValidationError: for a suffix other than ``.csv`` or ``.xlsx``.
    """
    from rulegov.io._files import MAX_BYTES  # noqa: PLC0415

    limit = MAX_BYTES if max_bytes is None else max_bytes
    where = pathlib.Path(path)
    suffix = where.suffix.lower()
    if suffix == ".csv":
        grid = _csv_grid(where, limit)
    elif suffix == ".xlsx":
        grid = _xlsx_grid(where, limit)
    else:
        raise ValidationError(
            [Issue("path", "read a task table from a .csv or .xlsx file", str(where))],
            "read_task_table",
        )
    return _read_grid(grid, title=title, year=year, source=str(where))


def _csv_grid(where: pathlib.Path, limit: int) -> list[list[str]]:
    from rulegov.io._files import decode, read_bytes  # noqa: PLC0415

    text = decode(read_bytes(where, limit), str(where))
    sample = "\n".join(text.split("\n", _HEADER_ROWS + 1)[:_HEADER_ROWS])
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    grid: list[list[str]] = []
    try:
        grid.extend([_cell_text(cell) for cell in row] for row in reader)
    except csv.Error as error:
        raise ParseError(
            f"row {len(grid) + 1}: the CSV cannot be read: {error}",
            line=len(grid) + 1,
            source=str(where),
        ) from None
    return grid


def _xlsx_grid(where: pathlib.Path, limit: int) -> list[list[str]]:
    try:
        import openpyxl  # noqa: PLC0415  (optional extra)
    except ImportError as error:
        raise MissingExtraError("openpyxl", "xlsx", "reading .xlsx task tables") from error
    from rulegov.io._files import read_bytes  # noqa: PLC0415
    from rulegov.io._zip import read_archive, rebuild_archive  # noqa: PLC0415

    source = str(where)
    entries = read_archive(read_bytes(where, limit), limit, "Excel workbook (.xlsx)", source)
    try:
        with warnings.catch_warnings():  # openpyxl warns of features it skips; the cells still read
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(rebuild_archive(entries), read_only=True, data_only=True)
        try:
            if not book.worksheets:
                raise ParseError("the workbook has no worksheet", source=source)
            sheet = book.worksheets[0]
            return [
                [_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)
            ]
        finally:
            book.close()
    except ParseError:
        raise
    except Exception as error:  # noqa: BLE001  (openpyxl raises many kinds for a broken workbook)
        raise ParseError(
            f"the file is not a readable Excel workbook: {type(error).__name__}: {error}",
            source=source,
        ) from None
