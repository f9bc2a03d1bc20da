"""Read a plan's text into a [`Plan`][rulegov.Plan]: the tree of numbered parts and the tasks.

Which parts are tasks: a numbered part is a **task** when it has no numbered parts below it, or
when its own heading line goes on after its first sentence (the heading opens a paragraph), or
when it carries its own unit or time fields. Everything numbered below a task is a **measure** of
that task. Parts above tasks are **sections**. A part whose title names prose (指导思想, 总体要求,
工作目标, 保障措施...) is a prose section with no tasks, and so is everything below it. Rows of a
task table are always tasks.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
import re
from typing import TYPE_CHECKING

import attrs

from rulegov.model import (
    Assignment,
    Diagnostic,
    DocNumber,
    Measure,
    Notice,
    Period,
    Plan,
    PlanKind,
    Role,
    Section,
    SectionKind,
    Severity,
    SourceText,
    Span,
    Target,
    Task,
    TimeFrame,
    Unit,
    plan_id,
)
from rulegov.parse._facts import Segment, find_citations, find_targets
from rulegov.parse._fields import Field, split_fields
from rulegov.parse._frame import (
    FrameInputs,
    blank,
    build_frame,
    carried_title,
    find_frame,
    frame_diagnostics,
    keep_table_for_merge,
    match_rows,
)
from rulegov.parse._header import (
    Header,
    is_chrome,
    is_meta_row,
    is_separator_row,
    news_lead,
    plan_kind,
    read_header,
    table_cells,
    title_issuer,
)
from rulegov.parse._numbering import Heading, Style, match_heading
from rulegov.parse._tables import FIELD_COLUMNS, read_columns
from rulegov.parse._text import Line, check_text, split_lines
from rulegov.parse._time import find_timing, read_timeframe
from rulegov.parse._units import ROLE_LABELS, TIME_LABELS, guess_kind, guess_level, split_names

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rulegov.parse._frame import TableRow

__all__ = ["parse_plan"]

_SENTENCE_END = re.compile("[。!?]")
_TABLE = "table"
_GROUP = "group"

# Title words -> kind of prose section.
PROSE_KINDS: tuple[tuple[str, SectionKind], ...] = (
    ("指导思想", SectionKind.GUIDING_IDEOLOGY),
    ("总体要求", SectionKind.GENERAL_REQUIREMENTS),
    ("基本原则", SectionKind.GENERAL_REQUIREMENTS),
    ("总体思路", SectionKind.GENERAL_REQUIREMENTS),
    ("工作原则", SectionKind.GENERAL_REQUIREMENTS),
    ("工作目标", SectionKind.OBJECTIVES),
    ("主要目标", SectionKind.OBJECTIVES),
    ("总体目标", SectionKind.OBJECTIVES),
    ("目标要求", SectionKind.OBJECTIVES),
    ("保障措施", SectionKind.SAFEGUARDS),
    ("工作要求", SectionKind.SAFEGUARDS),
    ("组织保障", SectionKind.SAFEGUARDS),
    ("组织实施", SectionKind.SAFEGUARDS),
    ("工作保障", SectionKind.SAFEGUARDS),
    ("保障机制", SectionKind.SAFEGUARDS),
    ("实施步骤", SectionKind.OTHER),
    ("工作步骤", SectionKind.OTHER),
    ("附则", SectionKind.OTHER),
)
_MAX_PROSE_TITLE = 12
_SENTENCE = re.compile(r"[^。;, ][^。;]*")
_CELL_PIECE = re.compile(r"[^。;, ][^。;,]*")
_ALWAYS_TASKS = frozenset({_TABLE, Style.ARTICLE})
# Styles that head a document's top level when first met, wherever the reader is (一、, 第一条).
_TOP_STYLES = frozenset({Style.CHINESE, Style.ARTICLE})
_ALIAS = re.compile(
    r"(?P<full>[^\s,。;:、()“”]{2,40}?)\((?:以下)?简称[:“\"]?(?P<short>[^”\"()]{1,20})[”\"]?\)"
)
_TITLE_YEARS = re.compile(r"(?P<first>\d{4})(?:年)?[-—–至~](?P<last>\d{4})年")
_TITLE_YEAR = re.compile(r"(?P<year>\d{4})年")
_UNIT_PREFIX = re.compile(r"^(?P<name>[^\d《]{4,60}(?:办公室|委员会|人民政府|政府|管委会|局|办))")


@attrs.define(eq=False)
class _Node:
    style: str
    number: str
    value: int
    line: Line
    title_range: tuple[int, int] = (0, 0)
    opens_paragraph: bool = False
    title_stop: int = 0
    measure_cells: list[Segment] = attrs.Factory(list)
    last_child: dict[str, int] = attrs.Factory(dict)
    children: list[_Node] = attrs.Factory(list)
    heading_text: list[Segment] = attrs.Factory(list)
    body: list[Segment] = attrs.Factory(list)
    fields: list[tuple[Line, Field]] = attrs.Factory(list)
    lines: list[Line] = attrs.Factory(list)
    last_line: Line | None = None

    def walk(self) -> Iterator[_Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def title(self) -> str:
        return self.line.printed(*self.title_range)

    def segments(self) -> list[Segment]:
        return [*self.heading_text, *self.body]


def _diagnostic(
    line: Line, position: int, code: str, message: str, severity: Severity = Severity.WARNING
) -> Diagnostic:
    start, stop = line.bounds(position, len(line.text))
    return Diagnostic._trusted(
        severity=severity,
        code=code,
        message=message,
        line=line.number,
        column=line.column(position),
        span=Span._at(start, stop),
    )


def _span(line: Line, begin: int, end: int) -> Span:
    if not line.breaks:  # Line.bounds without the call: positions map one to one
        return Span._at(line.start + begin, line.start + max(begin, end))
    start, stop = line.bounds(begin, end)
    return Span._at(start, stop)


class _Units:
    """The plan's units, one per body, keyed by normalised name, with aliases merged."""

    def __init__(self) -> None:
        self.by_key: dict[str, Unit] = {}
        self.units: list[Unit] = []
        self.aliases: dict[str, str] = {}

    def learn_alias(self, full: str, short: str) -> None:
        if short != full:
            self.aliases[short] = full

    def get(self, key: str, printed: str, span: Span | None) -> Unit:
        full = self.aliases.get(key)
        key = full or key
        unit = self.by_key.get(key)
        if unit is None:
            unit = Unit(
                id=f"u{len(self.units) + 1}",
                name=full or printed,
                kind=guess_kind(key),
                level=guess_level(key),
                span=span,
            )
            self.units.append(unit)
            self.by_key[key] = unit
            for short, long_name in self.aliases.items():
                if long_name == key:
                    self.by_key[short] = unit
                    if not unit.known_as(short):
                        unit.short_names.append(short)
        if not unit.known_as(printed):
            unit.aliases.append(printed)
        return unit


class _Parser:
    def __init__(self, text: str, source: str | None) -> None:
        self.text = text
        self.source = source
        self.lines = split_lines(text)
        self.framed: list[Line] = []
        self.diagnostics: list[Diagnostic] = []
        self.units = _Units()
        self.year: int | None = None
        self.root = _Node("root", "", 0, self.lines[0])
        self.stack: list[_Node] = [self.root]
        self.columns: dict[int, str] | None = None
        self.table_parent: _Node | None = None
        self.group: _Node | None = None
        self.last_row: _Node | None = None
        self.last_values: dict[str, int] = {}
        self.parent_style: dict[str, str] = {}
        self.task_places: dict[str, tuple[int, int]] = {}
        self.loose: list[Segment] = []
        self.task_count = 0
        self.section_count = 0

    # -- the body ---------------------------------------------------------------------------

    def body_start(self) -> int:
        for index, line in enumerate(self.lines):
            text = line.text
            if match_heading(text) is not None:
                return index
            cells = table_cells(text)
            if (
                cells is not None
                and not is_meta_row(text, cells)
                and not is_separator_row(text, cells)
            ):
                return index
        return len(self.lines)

    def read_body(self, lines: list[Line]) -> None:
        for line in lines:
            text = line.text
            if not text.strip(" \t"):
                continue
            cells = table_cells(text)
            if cells is not None and self.table_row(line, cells):
                continue
            heading = match_heading(text)
            if heading is not None:
                self.columns = None
                self.heading(line, heading)
            else:
                self.content(line)

    def heading(self, line: Line, heading: Heading) -> None:
        self.place(heading.style)
        parent = self.stack[-1]
        node = _Node(heading.style, heading.number, heading.value, line)
        self.check_sequence(node, parent, line)
        parent.children.append(node)
        self.stack.append(node)
        ranges, fields = split_fields(line.text, heading.end)
        node.fields.extend((line, field) for field in fields)
        node.lines.append(line)
        node.last_line = line
        if not ranges:
            node.title_range = (heading.end, heading.end)
            return
        first_begin, first_end = ranges[0]
        stop = _SENTENCE_END.search(line.text, first_begin, first_end)
        title_end = first_end if stop is None else stop.end()
        stripped = title_end
        while stripped > first_begin and line.text[stripped - 1] in " :,;。!?":
            stripped -= 1
        node.title_range = (first_begin, stripped)
        node.title_stop = title_end
        rest = line.text[title_end:first_end].strip(" ")
        node.opens_paragraph = bool(rest) or len(ranges) > 1 or bool(fields)
        node.heading_text.extend((line, begin, end) for begin, end in ranges)

    def place(self, style: str) -> None:
        """Pop the stack to where a heading of ``style`` belongs.

        A style already open closes back to it (a sibling). A style met before goes back under
        the style it nested in then. A new 一、 or 第一条 starts the top level. Any other new
        style nests under the current heading.
        """
        styles = [node.style for node in self.stack]
        if style in styles:
            del self.stack[styles.index(style) :]
            return
        parent_style = self.parent_style.get(style)
        if parent_style is not None:
            if parent_style in styles:
                del self.stack[styles.index(parent_style) + 1 :]
            else:
                del self.stack[1:]
        elif style in _TOP_STYLES:
            del self.stack[1:]
            # what sat at the top before now nests under the new top style
            self.parent_style = {k: v for k, v in self.parent_style.items() if v != "root"}
        self.parent_style[style] = self.stack[-1].style

    def check_sequence(self, node: _Node, parent: _Node, line: Line) -> None:
        previous = parent.last_child.get(node.style)
        run_on = self.last_values.get(node.style, 0) + 1
        expected = {previous + 1} if previous is not None else {1, run_on}
        parent.last_child[node.style] = node.value
        if node.value not in expected:
            wanted = " or ".join(str(value) for value in sorted(expected))
            self.diagnostics.append(
                _diagnostic(
                    line,
                    0,
                    "number-sequence",
                    f"heading number {node.number!r} breaks the sequence; expected {wanted}",
                )
            )
        self.last_values[node.style] = node.value

    def content(self, line: Line) -> None:
        if is_chrome(line.text):
            self.diagnostics.append(
                _diagnostic(line, 0, "page-chrome", "web-page furniture skipped", Severity.INFO)
            )
            return
        ranges, fields = split_fields(line.text, 0)
        target = self.stack[-1]
        if target is self.root:
            self.loose.extend((line, begin, end) for begin, end in ranges)
            if not fields:
                self.diagnostics.append(
                    _diagnostic(
                        line,
                        0,
                        "unclassified-line",
                        "text outside the header and any numbered part belongs to no "
                        "field (only the documents it cites are kept); review it",
                    )
                )
        target.fields.extend((line, field) for field in fields)
        if target is not self.root:
            target.body.extend((line, begin, end) for begin, end in ranges)
            target.lines.append(line)
            target.last_line = line

    # -- task tables -------------------------------------------------------------------------

    def table_row(self, line: Line, cells: list[tuple[int, int]]) -> bool:
        text = line.text
        if is_separator_row(text, cells):
            last = self.diagnostics[-1] if self.diagnostics else None
            if (
                last is not None
                and last.code == "table-header"
                and last.span is not None
                and not self.text[last.span.end : line.start].strip()
            ):  # the rule under a table's header: part of the header
                last.span = Span._at(last.span.start, line.end_offset(len(text)))
            else:
                self.diagnostics.append(
                    _diagnostic(
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
        if columns is not None:
            self.diagnostics.append(
                _diagnostic(
                    line,
                    0,
                    "table-header",
                    "task table columns: " + ", ".join(names[i] for i in sorted(columns)),
                    Severity.INFO,
                )
            )
            self.columns = columns
            # a table after a task's text belongs beside that task, not inside it (the stack
            # holds the heading and its ancestors; the nodes keep no parent, so that no cycle
            # keeps the tree alive after parsing)
            depth = len(self.stack) - 1
            while depth > 0 and (self.stack[depth].opens_paragraph or self.stack[depth].fields):
                depth -= 1
            self.table_parent = self.stack[depth]
            self.group = None
            self.last_row = None
            return True
        if self.columns is None:
            return False
        self.data_row(line, cells)
        return True

    def row_parent(self, line: Line, cell: dict[str, tuple[int, int]]) -> _Node:
        parent = self.table_parent or self.root
        if "group" in cell and (
            self.group is None or self.group.title() != line.printed(*cell["group"])
        ):
            self.group = _Node(_GROUP, "", 0, line, title_range=cell["group"])
            parent.children.append(self.group)
            self.group.lines.append(line)
        return parent if self.group is None else self.group

    def data_row(self, line: Line, cells: list[tuple[int, int]]) -> None:
        columns = self.columns or {}
        if len(cells) != max(columns) + 1:
            self.diagnostics.append(
                _diagnostic(
                    line,
                    0,
                    "table-row",
                    f"a table row has {len(cells)} cells where the header has {max(columns) + 1}",
                )
            )
        cell: dict[str, tuple[int, int]] = {}
        for index, meaning in columns.items():
            if index < len(cells) and cells[index][1] > cells[index][0]:
                cell.setdefault(meaning, cells[index])
        parent = self.row_parent(line, cell)
        row = self.last_row
        if row is None or "number" in cell or "title" in cell:
            number_text = line.text[slice(*cell["number"])] if "number" in cell else ""
            value = int(number_text) if number_text.isdecimal() else len(parent.children) + 1
            row = _Node(_TABLE, str(value), value, line)
            parent.children.append(row)
            self.last_row = row
            title = cell.get("title") or cell.get("measures") or (0, 0)
            row.title_range = title
        row.lines.append(line)
        row.last_line = line
        for meaning in ("title", "measures"):
            if meaning in cell:
                row.body.append((line, *cell[meaning]))
        if "measures" in cell:
            row.measure_cells.append((line, *cell["measures"]))
        for meaning, (begin, end) in cell.items():
            if meaning in FIELD_COLUMNS:
                row.fields.append((line, Field(meaning, begin, end, begin)))

    # -- building the model ------------------------------------------------------------------

    def build(self) -> Plan:
        check_text(self.text, self.source)
        reading = find_frame(self.lines)
        keep_table_for_merge(reading, self.lines)
        self.framed = list(self.lines)
        for index in reading.consumed:
            self.lines[index] = blank(self.lines[index])
        self.diagnostics.extend(reading.diagnostics)
        start = self.body_start()
        header = read_header(self.lines[:start])
        self.diagnostics.extend(header.diagnostics)
        self.learn_aliases()
        self.frame_fallbacks(header, reading.frame)
        title = self.plan_title(header)
        self.year = self.plan_year(title, header)
        issuer_unit = self.issuer_unit(header, title)
        self.read_body(self.lines[start:])
        if reading.table_rows:
            self.merge_table(reading.table_rows)
        sections: list[Section] = []
        unsectioned: list[Task] = []
        plan_segments: list[Segment] = [(line, 0, len(line.text)) for line in header.preamble_lines]
        plan_segments.extend(self.loose)
        for node in self.root.children:
            built = self.convert(node, (), 1, None, plan_segments)
            if isinstance(built, Task):
                unsectioned.append(built)
            else:
                sections.append(built)
        citations, problems = find_citations(plan_segments)
        self.diagnostics.extend(problems)
        self.unit_diagnostics([*unsectioned, *(t for s in sections for t in s.all_tasks())])
        spans = dict(header.spans)
        notice = self.notice(header)
        if notice is not None and notice.span is not None:
            spans["notice"] = notice.span
        if header.preamble_lines:
            first, last = header.preamble_lines[0], header.preamble_lines[-1]
            spans["preamble"] = Span._at(first.offset(0), last.end_offset(len(last.text)))
        frame = build_frame(
            reading,
            FrameInputs(
                title=header.notice_title or title,
                title_span=header.spans.get("notice_title" if header.notice_title else "title"),
                doc_number=header.doc_number,
                doc_number_span=header.spans.get("doc_number"),
                recipients=header.recipients,
                recipients_span=header.spans.get("recipients"),
                issuers=header.issuers or ([header.issuer] if header.issuer else []),
                issuers_span=header.spans.get("issuer"),
                issued_on=header.issued_on,
                issued_on_span=header.spans.get("issued_on"),
                plan_title=title,
                text_span=spans.get("notice") or _body_span(spans, sections, unsectioned),
            ),
        )
        self.diagnostics.extend(frame_diagnostics(frame, self.text))
        covered = [*spans.values(), *(d.span for d in self.diagnostics if d.span)]
        for task in unsectioned:
            covered.extend(_spans_of(task))
        for section in sections:
            covered.extend(_spans_of(section))
        self.diagnostics.extend(_unaccounted(self.lines, covered))
        return Plan(
            kind=plan_kind(title) or PlanKind.WORK_PLAN,
            title=title,
            issuer=header.issuer,
            issuer_unit=issuer_unit,
            issued_on=header.issued_on,
            doc_number=header.doc_number,
            recipients=header.recipients,
            period=self.period(title),
            notice=notice,
            frame=frame,
            preamble="\n".join(line.printed(0, len(line.text)) for line in header.preamble_lines)
            or None,
            sections=sections,
            unsectioned_tasks=unsectioned,
            units=self.units.units,
            citations=citations,
            spans=spans,
            source=SourceText(name=self.source, text=self.text),
            diagnostics=sorted(self.diagnostics, key=lambda d: (d.line or 0, d.column or 0)),
        )

    def frame_fallbacks(self, header: Header, found: dict[str, object]) -> None:
        """Fill the issuer and date from the frame when the head does not print them."""
        if header.title is None and header.preamble_lines:
            self.news_title(header)
        organs = found.get("end_signing_organs")
        if header.issuer is None and isinstance(organs, list) and organs:
            header.issuers = [str(organ) for organ in organs]
            header.issuer = "、".join(header.issuers)
        elif header.issuer is None and header.notice_issuer:
            header.issuer = header.notice_issuer
            if "notice_title" in header.spans:
                header.spans["issuer"] = header.spans["notice_title"]
        number = found.get("doc_number")
        if header.doc_number is None and isinstance(number, DocNumber):
            header.doc_number = number.text
            if number.span is not None:
                header.spans["doc_number"] = number.span
        day = found.get("end_issued_on")
        if header.issued_on is None and isinstance(day, dt.date):
            header.issued_on = day
        named = title_issuer(header.title or header.notice_title or "")
        if header.issuer is None and named is not None:
            header.issuer = named

    def news_title(self, header: Header) -> None:
        """A news report that prints a plan: 近日,市委、市政府印发了《…》 names its title and issuer."""
        line = header.preamble_lines[0]
        lead = news_lead(line.text)
        if lead is None:
            return
        issuer, title = lead
        begin = line.text.index("《" + title) + 1
        header.title = line.printed(begin, begin + len(title))
        header.spans["title"] = _span(line, begin, begin + len(title))
        if header.issuer is None:
            header.issuer = title_issuer(title) or issuer

    def merge_table(self, rows: list[TableRow]) -> None:
        """Merge a task-division table's units and deadlines into the plan's tasks."""
        nodes: list[_Node] = []

        def visit(node: _Node, prose: SectionKind | None) -> None:
            kind = _prose_kind(node.title()) or prose
            if kind is None and node.style != _GROUP and _is_task(node):
                nodes.append(node)
                return
            for child in node.children:
                visit(child, kind)

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
                _diagnostic(
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
                _diagnostic(
                    node.line,
                    0,
                    "task-not-in-table",
                    f"task {node.number} ({node.title()[:20]}) is not in the task-division table",
                    Severity.INFO,
                )
            )

    def learn_aliases(self) -> None:
        for line in self.lines:
            if "简称" not in line.text:
                continue
            for match in _ALIAS.finditer(line.text):
                self.units.learn_alias(match.group("full"), match.group("short"))

    def plan_title(self, header: Header) -> str:
        if header.title:
            return header.title
        if header.meta_title and header.meta_title != header.notice_title:
            return header.meta_title
        carried = carried_title(header.notice_title) if header.notice_title else None
        if carried is not None:
            return carried
        for line in header.notice_lines:
            citations, _ = find_citations([(line, 0, len(line.text))])
            if citations:
                header.spans["title"] = Span(
                    start=(citations[0].span or Span._at(0, 0)).start + 1,
                    end=(citations[0].span or Span._at(1, 1)).end - 1,
                )
                return citations[0].title
        # the plan's lines first; a document that is all frame falls back on its first line
        first = next((item for item in self.lines if item.text.strip(" \t")), None)
        # check_text refused a text without a visible line, so the source has one
        first = first or next(item for item in self.framed if item.text.strip(" \t"))
        self.diagnostics.append(
            _diagnostic(
                first,
                0,
                "no-title",
                "the document prints no title; the first line stands in for it",
            )
        )
        return first.printed(0, min(len(first.text), 60)).strip() or "untitled"

    def plan_year(self, title: str, header: Header) -> int | None:
        found = _TITLE_YEAR.search(title)
        if found:
            return int(found.group("year"))
        if header.issued_on is not None:
            return header.issued_on.year
        return None

    def period(self, title: str) -> Period | None:
        span = _TITLE_YEARS.search(title)
        if span and 1949 <= int(span["first"]) <= int(span["last"]) <= 2200:
            return Period(start_year=int(span["first"]), end_year=int(span["last"]))
        if self.year is not None and 1949 <= self.year <= 2200:
            return Period.year(self.year)
        return None

    def issuer_unit(self, header: Header, title: str) -> str | None:
        if not header.issuer:
            return None
        key = header.issuer.translate(_FOLD_KEY)
        full = _UNIT_PREFIX.match(title.translate(_FOLD_KEY))
        if full and _is_abbreviation(key, full.group("name")) and key != full.group("name"):
            self.units.learn_alias(full.group("name"), key)
            unit = self.units.get(full.group("name"), full.group("name"), header.spans.get("title"))
        else:
            unit = self.units.get(key, header.issuer, header.spans.get("issuer"))
        if not unit.known_as(header.issuer):
            unit.aliases.append(header.issuer)
        return unit.id

    def notice(self, header: Header) -> Notice | None:
        if not header.notice_lines and header.notice_title is None:
            return None
        segments: list[Segment] = [(line, 0, len(line.text)) for line in header.notice_lines]
        citations, problems = find_citations(segments)
        self.diagnostics.extend(problems)
        span = None
        if header.notice_lines:
            first, last = header.notice_lines[0], header.notice_lines[-1]
            span = Span._at(first.offset(0), last.end_offset(len(last.text)))
        return Notice(
            title=header.notice_title,
            text="\n".join(line.printed(0, len(line.text)) for line in header.notice_lines),
            citations=citations,
            span=span,
        )

    def convert(
        self,
        node: _Node,
        chain: tuple[str, ...],
        level: int,
        prose: SectionKind | None,
        plan_segments: list[Segment],
    ) -> Section | Task:
        kind = _prose_kind(node.title()) or prose
        if kind is None and node.style != _GROUP and _is_task(node):
            return self.task(node, chain)
        self.section_count += 1
        section_id = f"s{self.section_count}"
        here = (*chain, node.number) if node.number else chain
        children: list[Section] = []
        tasks: list[Task] = []
        for child in node.children:
            built = self.convert(child, here, level + 1, kind, plan_segments)
            if isinstance(built, Task):
                tasks.append(built)
            else:
                children.append(built)
        segments = node.segments()
        title_end = node.title_stop
        rest = [
            (line, max(begin, title_end) if line is node.line else begin, end)
            for line, begin, end in segments
        ]
        rest = [(line, begin, end) for line, begin, end in rest if end > begin]
        plan_segments.extend(segments)
        text = _join(rest)
        return Section._trusted(
            id=section_id,
            number=node.number,
            level=level,
            title=node.title() or node.number,
            kind=kind or SectionKind.TASKS,
            text=text or None,
            children=children,
            tasks=tasks,
            span=self.node_span(node),
            title_span=_span(node.line, *node.title_range),
        )

    def node_span(self, node: _Node) -> Span:
        last = node
        while last.children:
            last = last.children[-1]
        end_line = last.last_line or last.line
        start = node.line.offset(0)
        return Span._at(start, max(start, end_line.end_offset(len(end_line.text))))

    def task(self, node: _Node, chain: tuple[str, ...]) -> Task:
        self.task_count += 1
        task_id = f"t{self.task_count}"
        self.task_places[task_id] = (node.line.number, 1)
        segments = node.segments()
        fields = node.fields
        measures: list[Measure] = []
        if node.children:
            fields = list(fields)
            for descendant in list(node.walk())[1:]:
                segments.extend(descendant.segments())
                fields.extend(descendant.fields)
                measures.append(_measure(f"{task_id}.m{len(measures) + 1}", descendant))
        if not measures:
            measures = _sentences(task_id, node)
        citations, problems = find_citations(segments)
        self.diagnostics.extend(problems)
        targets = find_targets(segments)
        assignments, timeframe = self.read_fields(fields, node)
        if timeframe is None:
            timeframe = self.unlabelled_timing(segments)
        number = node.number
        title = node.title() or number
        return Task._trusted(
            id=task_id,
            number=number,
            path=(*chain, number),
            title=title,
            text=self.task_text(node),
            measures=measures,
            assignments=assignments,
            timeframe=timeframe,
            targets=_unique_targets(targets),
            citations=citations,
            span=self.node_span(node),
            title_span=_span(node.line, *node.title_range),
        )

    def task_text(self, node: _Node) -> str:
        if node.style == _TABLE:
            return _join(node.body)
        pieces = [_join(node.segments())]
        if not node.children:
            return pieces[0]
        for descendant in list(node.walk())[1:]:
            head = descendant.line
            pieces.append(head.printed(0, len(head.text)))
            body = _join(descendant.body)
            if body:
                pieces.append(body)
        return "\n".join(piece for piece in pieces if piece)

    def read_fields(
        self, fields: list[tuple[Line, Field]], node: _Node
    ) -> tuple[list[Assignment], TimeFrame | None]:
        assignments: list[Assignment] = []
        seen: set[tuple[str, Role]] = set()
        timeframe: TimeFrame | None = None
        for line, field in fields:
            if field.label in TIME_LABELS or field.label == "完成时限":
                if timeframe is None:
                    timeframe = self.labelled_timing(line, field, node)
                continue
            role = ROLE_LABELS[field.label]
            for named in split_names(line.text, field.begin, field.end):
                key = line.text[named.begin : named.end]
                printed = line.printed(named.begin, named.end)
                span = _span(line, named.begin, named.end)
                unit = self.units.get(key, printed, span)
                held = named.role or role
                if (unit.id, held) in seen:
                    continue
                seen.add((unit.id, held))
                assignments.append(
                    Assignment._trusted(
                        unit=unit.id, role=held, unit_name=printed, note=named.note, span=span
                    )
                )
        return assignments, timeframe

    def labelled_timing(self, line: Line, field: Field, node: _Node) -> TimeFrame | None:
        value = line.text[field.begin : field.end]
        timeframe = read_timeframe(
            value,
            self.year,
            printed=line.printed(field.begin, field.end),
            span=_span(line, field.begin, field.end),
        )
        if timeframe is None:
            self.diagnostics.append(
                _diagnostic(
                    line,
                    field.begin,
                    "timing-unread",
                    f"the timing {value[:40]!r} of task {node.number} could not be read; "
                    "write a date such as 2023年6月底前, or 每季度, 长期坚持",
                )
            )
            return None
        return timeframe

    def unlabelled_timing(self, segments: list[Segment]) -> TimeFrame | None:
        for line, begin, end in segments:
            found = find_timing(line.text[begin:end])
            if found is None:
                continue
            first, last = begin + found.start(), begin + found.end()
            timeframe = read_timeframe(
                found.group(),
                self.year,
                printed=line.printed(first, last),
                span=_span(line, first, last),
            )
            if timeframe is not None:
                return timeframe
        return None

    def unit_diagnostics(self, tasks: list[Task]) -> None:
        if not any(task.assignments for task in tasks):
            if tasks:
                self.diagnostics.append(
                    Diagnostic(
                        severity=Severity.INFO,
                        code="no-units",
                        message="the plan names no responsible units for any task",
                        line=1,
                        column=1,
                    )
                )
            return
        for task in tasks:
            if task.assignments or task.span is None:
                continue
            line, column = self.task_places[task.id]
            self.diagnostics.append(
                Diagnostic(
                    code="no-unit",
                    message=f"task {task.number} ({task.title[:20]}) names no responsible unit",
                    line=line,
                    column=column,
                    span=task.title_span,
                )
            )


_FOLD_KEY = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _is_abbreviation(short: str, full: str) -> bool:
    """Whether every character of ``short`` appears in ``full`` in order (区依法治区办)."""
    position = 0
    for char in short:
        position = full.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


def _body_span(
    spans: dict[str, Span], sections: list[Section], unsectioned: list[Task]
) -> Span | None:
    """正文 of a document that is itself the plan: from its preamble to its last part."""
    parts = [task.span for task in unsectioned if task.span is not None]
    parts.extend(section.span for section in sections if section.span is not None)
    if "preamble" in spans:
        parts.insert(0, spans["preamble"])
    if not parts:
        return None
    return Span._at(min(span.start for span in parts), max(span.end for span in parts))


def _prose_kind(title: str) -> SectionKind | None:
    bare = title.rstrip("。:")
    if len(bare) > _MAX_PROSE_TITLE:
        return None
    for word, kind in PROSE_KINDS:
        if word in bare:
            return kind
    return None


def _is_task(node: _Node) -> bool:
    return (
        node.style in _ALWAYS_TASKS
        or not node.children
        or node.opens_paragraph
        or bool(node.fields)
    )


def _join(segments: list[Segment]) -> str:
    pieces: list[str] = []
    current: Line | None = None
    for line, begin, end in segments:
        text = line.printed(begin, end).strip()
        if not text:
            continue
        if current is line and pieces:
            pieces[-1] += text
        else:
            pieces.append(text)
        current = line
    return "\n".join(pieces)


def _measure(ident: str, node: _Node) -> Measure:
    """A numbered item below a task as a measure: its text without number or final stop."""
    line = node.line
    begin = node.title_range[0]
    end = len(line.text)
    while end > begin and line.text[end - 1] in "。;,":
        end -= 1
    text = line.printed(begin, end) if end > begin else node.number
    return Measure._trusted(id=ident, text=text, span=_span(line, begin, end))


def _sentences(task_id: str, node: _Node) -> list[Measure]:
    """The sentences after a task's heading sentence, each a measure (举措).

    A table row's measures are the pieces of its measures cell, split on ``。`` ``;`` and ``,``.
    """
    measures: list[Measure] = []
    heading_end = node.title_stop
    table = node.style == _TABLE
    pattern = _CELL_PIECE if table else _SENTENCE
    for line, begin, end in node.measure_cells if table else node.segments():
        start = max(begin, heading_end) if line is node.line and not table else begin
        plain = not line.breaks  # Line.printed and _span without the calls
        offset = line.start
        original = line.original
        for match in pattern.finditer(line.text, start, end):
            first, last = match.span()
            measures.append(
                Measure._trusted(
                    id=f"{task_id}.m{len(measures) + 1}",
                    text=original[first:last] if plain else line.printed(first, last),
                    span=Span._at(offset + first, offset + last)
                    if plain
                    else _span(line, first, last),
                )
            )
    return measures


def _unique_targets(targets: list[Target]) -> list[Target]:
    seen: set[tuple[int, int]] = set()
    unique: list[Target] = []
    for target in targets:
        key = (target.span.start, target.span.end) if target.span else (id(target), 0)
        if key not in seen:
            seen.add(key)
            unique.append(target)
    return unique


def _spans_of(part: Task | Section) -> list[Span]:
    """The spans of a task, or of a section and everything in it."""
    if isinstance(part, Task):
        return [part.span] if part.span else []
    found = [part.span] if part.span else []
    for task in part.tasks:
        found.extend(_spans_of(task))
    for child in part.children:
        found.extend(_spans_of(child))
    return found


def _unaccounted(lines: list[Line], covered: list[Span]) -> list[Diagnostic]:
    """A diagnostic for each line with text that no span covers: read, but kept nowhere.

    Every line of a document is either blank, inside the span of what was read from it, or
    named by a diagnostic; this catches the lines that odd layouts would otherwise drop.
    """
    merged: list[list[int]] = []
    for span in sorted(covered, key=lambda item: item.start):
        if merged and span.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        elif span.end > span.start:
            merged.append([span.start, span.end])
    ends = [end for _, end in merged]
    found: list[Diagnostic] = []
    for line in lines:
        if not line.text.strip(" \t"):
            continue
        start, end = line.start, line.start + len(line.original)
        k = bisect.bisect_right(ends, start)
        if k < len(merged) and merged[k][0] < end:
            continue
        found.append(
            _diagnostic(
                line,
                0,
                "unaccounted-line",
                "this line was read into no field of the plan; review it",
            )
        )
    return found


def parse_plan(text: str, source: str | None = None) -> Plan:
    r"""Read the text of a plan (工作计划, 工作要点, 实施方案...) into a [`Plan`][rulegov.Plan].

    Every fact keeps its span in ``text``; what the parser is unsure of is in
    ``plan.diagnostics``.

    Args:
        text: The whole document, as decoded text.
        source: A name for messages (a file name or URL).

    Raises:
        ParseError: for text that cannot be a plan: empty, binary, or with lone surrogates.

    Examples:
        >>> plan = parse_plan("2023年工作要点\n一、加强领导\n1.召开会议。每季度召开一次。\n牵头单位：区司法局")
        >>> plan.kind.value, plan.sections[0].title, plan.tasks[0].title, plan.tasks[0].lead_units
        ('key_points', '加强领导', '召开会议', ['区司法局'])
        >>> plan.tasks[0].timeframe.frequency.value
        'quarterly'
    """
    if not isinstance(text, str):
        from rulegov.errors import ParseError  # noqa: PLC0415

        raise ParseError(
            f"parse_plan needs text (str), not {type(text).__name__}; decode bytes first "
            "or use rulegov.read_plan for files",
            source=source,
        )
    with _collector_paused():
        return with_stable_id(_Parser(text, source).build(), source)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a plan is read, then restore it.

    Reading keeps every object it makes alive until the plan is built, and makes no reference
    cycles (nodes keep no parent), so a collection during the parse can free nothing: it only
    walks the growing plan, and once it grows by a quarter it walks every object of the
    process. On a large document those passes cost more than the reading. Objects are still
    freed by reference counting as usual; the collector's earlier state is restored however
    the parse ends, so a collector that was off stays off.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def with_stable_id(plan: Plan, source: str | None) -> Plan:
    """``plan`` with an id derived from its document (see [`plan_id`][rulegov.model.plan_id])."""
    year = plan.period.start_year if plan.period is not None else None
    if year is None and plan.issued_on is not None:
        year = plan.issued_on.year
    ident = plan_id(
        title=plan.title,
        doc_number=plan.doc_number,
        issuer=plan.issuer,
        year=year,
        issued_on=plan.issued_on.isoformat() if plan.issued_on else None,
        source=source,
    )
    return plan.model_copy(update={"id": ident})
