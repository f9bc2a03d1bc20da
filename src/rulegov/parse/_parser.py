"""Read a plan's text into a [`Plan`][rulegov.Plan]: the tree of numbered parts and the tasks.

Which parts are tasks: a numbered part is a **task** when it has no numbered parts below it, or
when its own heading line goes on after its first sentence (the heading opens a paragraph), or
when it carries its own unit or time fields. Everything numbered below a task is a **measure** of
that task. Parts above tasks are **sections**. A part whose title names prose (指导思想, 总体要求,
工作目标, 保障措施...) is a prose section with no tasks, and so is everything below it. Rows of a
task table are always tasks.

`_Parser` itself holds `build` and its steps (`read_head`, `read_the_body`, `plan_parts`,
`spans_and_frame`); the rest lives in mixins by what they read, all on `_parser_state`
(the parser's state): `_parser_body` (the body's lines into the tree of parts),
`_parser_table_lines` (a task table printed in the text), `_parser_head` (head fields
from the rest of the text), `_parser_title` (the plan's title, year, period and notice),
`_parser_tree` (the tree into sections and tasks), `_parser_fields` (a task's units and
timing) and `_parser_groups` (coordination groups and assessments). The units read, one per
body with its short and full names, are kept by `_parser_units`.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from rulegov._collector import collector_paused
from rulegov.errors import ParseError
from rulegov.model import Diagnostic, Plan, Severity, SourceText, Span, plan_id
from rulegov.parse._facts import citation_fields
from rulegov.parse._frame import FrameInputs, build_frame, frame_diagnostics, running_heads
from rulegov.parse._header import list_crumbs, read_header
from rulegov.parse._parser_body import BodyReading
from rulegov.parse._parser_fields import TaskFields
from rulegov.parse._parser_groups import GroupsAndAssessments
from rulegov.parse._parser_head import HeadFallbacks
from rulegov.parse._parser_state import Node, line_diagnostic
from rulegov.parse._parser_table_lines import TableLines
from rulegov.parse._parser_title import TitleChoice, headers_apart
from rulegov.parse._parser_tree import TreeConversion, fill_leaves, is_section
from rulegov.parse._parser_units import UnitsRead
from rulegov.parse._runon import (
    split_run_on,
    with_bare_numbers_joined,
    with_broken_brackets_joined,
    with_broken_dates_joined,
    with_broken_divisions_joined,
    with_broken_labels_joined,
    with_broken_lists_joined,
    with_extraction_chunks_joined,
    with_label_values_joined,
    with_number_brackets_closed,
    with_side_dates_as_the_last,
    with_signature_indents_cut,
    with_wide_gaps_as_line_ends,
    with_wrapped_lines_joined,
)
from rulegov.parse._table_spaced import SpacedTable
from rulegov.parse._table_stacked import stacked_rows
from rulegov.parse._text import (
    check_text,
    printable_name,
    require_text,
    split_lines,
    visible_part,
)

if TYPE_CHECKING:
    import os

    from rulegov.model import (
        Assessment,
        CoordinationGroup,
        Frame,
        Notice,
        Period,
        Role,
    )
    from rulegov.parse._facts import Segment
    from rulegov.parse._frame import FrameReading
    from rulegov.parse._header import Header
    from rulegov.parse._parser_body import UnitGroup
    from rulegov.parse._text import Line
    from rulegov.parse._unnumbered import Opening


__all__ = ["parse_plan"]

# The fields of a section or a task as the parser reads them: plain data, validated with the
# plan in the one call that makes it (one call for the whole plan costs less than one for each
# part). A section's fields hold its "tasks"; a task's do not.
Part = dict[str, Any]
# a notice's words that announce its numbered items: 现将有关事项通知如下:, 特通知如下
_ANNOUNCES_ITEMS = re.compile(r"通知如下|通知要求如下|要求如下|通知于后")


class _Parser(
    BodyReading,
    TableLines,
    HeadFallbacks,
    TitleChoice,
    TreeConversion,
    TaskFields,
    GroupsAndAssessments,
):
    def __init__(self, text: str, source: str | None) -> None:
        self.text = text
        self.text_end = len(text.rstrip())  # where the printed text ends (a name cut by it)
        self.source = source
        lines, running = running_heads(with_wide_gaps_as_line_ends(split_lines(text)))
        lines = headers_apart(lines)
        rows = stacked_rows(lines)
        unwrapped = with_wrapped_lines_joined(lines, rows)
        if unwrapped is not lines:  # paragraphs were joined: read the rows of the new lines
            rows = stacked_rows(unwrapped)
        self.lines = split_run_on(
            with_broken_divisions_joined(
                with_broken_brackets_joined(
                    with_broken_lists_joined(
                        with_label_values_joined(
                            with_broken_labels_joined(
                                with_bare_numbers_joined(
                                    with_broken_dates_joined(
                                        with_signature_indents_cut(
                                            with_side_dates_as_the_last(
                                                with_number_brackets_closed(
                                                    with_extraction_chunks_joined(rows)
                                                )
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
        self.framed: list[Line] = []
        self.signers: list[str] | None = None  # the signatures in the text, once read
        self.diagnostics: list[Diagnostic] = running
        self.units = UnitsRead()
        self.year: int | None = None
        self.root = Node("root", "", 0, self.lines[0])
        self.stack: list[Node] = [self.root]
        self.table: Node | None = None
        self.above_header: list[tuple[Line, list[tuple[int, int]]]] = []
        self.last_values: dict[str, int] = {}
        self.parent_style: dict[str, str] = {}
        self.task_places: dict[str, tuple[int, int]] = {}
        self.loose: list[Segment] = []
        self.task_count = 0
        self.section_count = 0
        self.title = ""  # the plan's title, once read
        self.groups: dict[str, CoordinationGroup] = {}
        # the plan's issuers and titles, once read: the place a group's name may put first
        self.own_issuers: list[str] = []
        self.own_titles: list[str] = []
        # the assessments read so far: those of the text as plain fields, validated with the
        # plan in the one call that makes it; those of a table as the table reader made them
        self.assessments: list[dict[str, Any] | Assessment] = []
        self.first_leads_from: int | None = None  # where the plan says the first unit leads
        self.top_heads = False  # the top level heads items: each of its headings is a section
        self.cut_heading: Node | None = None  # the heading the text ends on, left empty
        self.notice_only = False  # a notice without a plan: its numbered parts are requirements
        self.spaced: SpacedTable | None = None  # a task table printed with single spaces
        self.annex_starts: list[int] = []  # where each annex printed in the text starts
        # the units a line of names before a colon gives the items under it (区司法局:), the
        # part those items stand in and their numbering, and the items, for each such line
        self.unit_groups: list[UnitGroup] = []
        self.role_worded: bool | None = None  # whether the plan names units with role words
        self.worded_roles: frozenset[Role] | None = None  # the roles its role words name
        # the tasks of a division of work printed without numbers, by the line each opens at
        self.openings: dict[tuple[int, int], Opening] = {}

    # -- building the model ------------------------------------------------------------------

    def build(self) -> Plan:
        reading, start, header, title, issuer_unit = self.read_head()
        self.read_the_body(header, start, reading)
        sections, unsectioned, citations = self.plan_parts(header, title, reading)
        spans, notice, frame = self.spans_and_frame(header, reading, title, sections, unsectioned)
        period = self.period(title)
        # the sections, tasks and assessments are plain fields here: the plan is validated, and
        # they with it, in this one call (see docs/architecture.md, "Building the models"); every
        # span was taken from the lines of self.text, the source: the plan need not walk them all
        # to check that they lie within it (see Plan)
        return Plan.model_validate(
            {
                "id": _stable_id(title, header, period, self.source),
                "kind": self.kind_of(title, header),
                "title": title,
                "issuer": header.issuer,
                "issuer_unit": issuer_unit,
                "issued_on": header.issued_on,
                "doc_number": header.doc_number,
                "recipients": header.recipients,
                "period": period,
                "notice": notice,
                "frame": frame,
                "preamble": "\n".join(
                    line.printed(0, len(line.text)) for line in header.preamble_lines
                )
                or None,
                "sections": sections,
                "unsectioned_tasks": unsectioned,
                "units": self.units.units,
                "coordination_groups": list(self.groups.values()),
                "assessments": self.assessments,
                "citations": citations,
                "spans": spans,
                "source": SourceText(name=self.source, text=self.text),
                "diagnostics": sorted(self.diagnostics, key=lambda d: (d.line or 0, d.column or 0)),
            },
            context={"spans_in_source": True},
        )

    def read_head(self) -> tuple[FrameReading, int, Header, str, str | None]:
        """Reads the frame and the head: where the body starts, the header, the title, the issuer."""
        check_text(self.text, self.source)
        if not any(line.text.strip(" \t") for line in self.lines):
            # tags a copy kept (</p>, <br>) are no words: check_text saw characters, the lines
            # read none, and a title cannot be chosen from no line
            raise ParseError(
                "the document holds no text, only markup; give the text of a plan",
                line=1,
                column=1,
                source=self.source,
                value=self.text,
                code="empty-document",
            )
        reading = self.take_frame()
        crumbs = list_crumbs(self.framed)  # a breadcrumb printed as a numbered list: the page's
        start = self.body_start(crumbs)
        start = self.unnumbered_start(start)
        first_body_line = self.lines[start] if start < len(self.lines) else None
        header = read_header(self.lines[:start], crumbs, first_body_line)
        self.diagnostics.extend(header.diagnostics)
        self.learn_aliases()
        self.frame_fallbacks(header, reading.frame, reading.spans)
        title = self.named_title_of(header, reading.attachments)
        self.signed_or_dated(header, title, start, reading.frame)
        self.year = self.plan_year(title, header)
        issuer_unit = self.issuer_unit(header, title)
        return reading, start, header, title, issuer_unit

    def read_the_body(self, header: Header, start: int, reading: FrameReading) -> None:
        """Reads the body's lines into the tree of numbered parts, and the task table's rows."""
        body = self.lines[self.first_group_start(header, start) :]
        self.spaced = SpacedTable.find(self.lines)
        if self.spaced is not None:  # a task table printed with spaces, its rows run on
            body = self.spaced.cut(body)
        self.read_body(body)
        self.drop_empty_headings(self.root)
        _share_colon_titles(self.root)
        for group in self.unit_groups:
            for item in group.items:
                fill_leaves(item, [(group.line, group.names)])
        if reading.table_rows:
            self.merge_table(reading.table_rows)

    def plan_parts(
        self, header: Header, title: str, reading: FrameReading
    ) -> tuple[list[Part], list[Part], list[dict[str, Any]]]:
        """The plan's sections and loose tasks, its citations, groups and assessments."""
        sections: list[Part] = []
        unsectioned: list[Part] = []
        plan_segments: list[Segment] = [(line, 0, len(line.text)) for line in header.preamble_lines]
        plan_segments.extend(self.loose)
        self.title = title
        # a notice printed without a plan of its own: its numbered parts are its requirements
        self.notice_only = (
            title.endswith(("通知", "通报"))
            or (
                header.notice_title is not None
                and not any(
                    line.number > header.notice_lines[0].number
                    for line in header.title_lines
                    if header.notice_lines
                )
            )
            or _headless_notice(header)
        )
        self.top_parts(sections, unsectioned, plan_segments)
        citations, problems = citation_fields(plan_segments)
        self.diagnostics.extend(problems)
        self.scored_parts(title, sections, unsectioned)
        self.named_groups(header, plan_segments, reading.attachments)
        self.unit_diagnostics([*unsectioned, *(t for s in sections for t in _all_tasks(s))])
        return sections, unsectioned, citations

    def spans_and_frame(
        self,
        header: Header,
        reading: FrameReading,
        title: str,
        sections: list[Part],
        unsectioned: list[Part],
    ) -> tuple[dict[str, Span], Notice | None, Frame]:
        """The spans of the notice and the preamble, the document's frame, text nothing read."""
        spans = dict(header.spans)
        notice = self.notice(header)
        if notice is not None and notice.span is not None:
            spans["notice"] = notice.span
        if header.preamble_lines:
            first, last = header.preamble_lines[0], header.preamble_lines[-1]
            spans["preamble"] = Span(start=first.offset(0), end=last.end_offset(len(last.text)))
        frame = build_frame(
            reading,
            _frame_inputs(
                header, title, spans.get("notice") or _body_span(spans, sections, unsectioned)
            ),
        )
        self.diagnostics.extend(frame_diagnostics(frame, self.text))
        covered = [(span.start, span.end) for span in spans.values()]
        covered.extend((d.span.start, d.span.end) for d in self.diagnostics if d.span)
        for part in [*unsectioned, *sections]:
            covered.extend(_bounds_of(part))
        self.diagnostics.extend(_unaccounted(self.lines, covered))
        return spans, notice, frame


def _frame_inputs(header: Header, title: str, text_span: Span | None) -> FrameInputs:
    """What the head of the document gives the frame: title, number, recipients, signature."""
    return FrameInputs(
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
        text_span=text_span,
    )


def _body_span(
    spans: dict[str, Span], sections: list[Part], unsectioned: list[Part]
) -> Span | None:
    """正文 of a document that is itself the plan: from its preamble to its last part."""
    parts = [part["span"] for part in [*unsectioned, *sections] if part["span"] is not None]
    bounds = [(span["start"], span["end"]) for span in parts]
    if "preamble" in spans:
        bounds.append((spans["preamble"].start, spans["preamble"].end))
    if not bounds or any(end < start for start, end in bounds):
        return None  # a part's span the wrong way round: the plan's check names the part
    return Span(start=min(start for start, _ in bounds), end=max(end for _, end in bounds))


def _headless_notice(header: Header) -> bool:
    """Whether a notice printed from its address on sets out its own requirements, no plan.

    各镇政府,各部门: / …现将有关事项通知如下: / 一、… 二、…: a copy that lost the heading
    still prints the address and the words that announce the notice's items; with no plan's
    heading printed, the numbered parts are the notice's, as under a heading.
    """
    return (
        header.notice_title is None
        and not header.title_lines
        and bool(header.recipients)
        and any(_ANNOUNCES_ITEMS.search(line.text) for line in header.notice_lines)
    )


def _share_colon_titles(root: Node) -> None:
    """Items titled by units' names before a colon that ends the line: the work below is theirs.

    A 分工方案 may print each body's name as an item's title (1.县发改局:) and its work on the
    lines below, as text or as sub-items ((1)… (2)…). The names are the units of that text, or
    of each sub-item that names none of its own.
    """
    for node in root.walk():
        named = node.colon_names
        if named is None or node.fields:
            continue
        if not node.children:
            node.fields.append((node.line, named))
            continue
        for item in node.children:
            fill_leaves(item, [(node.line, named)])


"""The brackets a plan prints a clause of units in: (牵头单位:…) as 〔…〕, […] or 【…】."""


def _all_tasks(section: Part) -> list[Part]:
    """The fields of every task of a section, at every depth, in document order."""
    found = list(section["tasks"])
    for child in section["children"]:
        found.extend(_all_tasks(child))
    return found


def _bounds_of(part: Part) -> list[tuple[int, int]]:
    """The starts and ends of the spans of a task, or of a section and everything in it."""
    span = part["span"]
    found = [] if span is None else [(span["start"], span["end"])]
    if is_section(part):
        for inner in [*part["tasks"], *part["children"]]:
            found.extend(_bounds_of(inner))
    return found


def _unaccounted(lines: list[Line], covered: list[tuple[int, int]]) -> list[Diagnostic]:
    """A diagnostic for each line with text that no span covers: read, but kept nowhere.

    Every line of a document is either blank, inside the span of what was read from it, or
    named by a diagnostic; this catches the lines that odd layouts would otherwise drop.
    """
    merged: list[list[int]] = []
    for start, end in sorted(covered, key=lambda item: item[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif end > start:
            merged.append([start, end])
    ends = [end for _, end in merged]
    found: list[Diagnostic] = []
    for line in lines:
        start, end = line.start, line.start + len(line.original)
        k = bisect.bisect_right(ends, start)
        if k < len(merged) and merged[k][0] < end:
            continue
        if not line.text.strip(" \t"):
            found.extend(_markup_alone(line, found))
            continue
        found.append(
            line_diagnostic(
                line,
                0,
                "unaccounted-line",
                "this line was read into no field of the plan; review it",
            )
        )
    return found


def _markup_alone(line: Line, found: list[Diagnostic]) -> list[Diagnostic]:
    """The note for a line of a text (no web page) that holds markup and no word: a copy's tags.

    The tags a copy of a page kept (``<div class="…">``, ``<img src="…">``) are no words, and the
    line reads blank; it is noted, as the markup after a line's words is, so that nothing of
    the text is dropped without a word.
    """
    printed = visible_part(line.original)  # a copy's zero-width marks are no words either
    if not (printed.startswith("<") and printed.endswith(">")):
        return []
    if found and found[-1].line == line.number:  # a line's paragraphs, noted once
        return []
    return [
        Diagnostic(
            severity=Severity.INFO,
            code="editorial-note",
            message=f"markup left in the text: {printed[:30]}",
            line=line.number,
            column=1,
            span=Span(start=line.start, end=line.start + len(line.original)),
        )
    ]


def parse_plan(text: str, source: str | os.PathLike[str] | None = None) -> Plan:
    r"""Read the text of a plan (工作计划, 工作要点, 实施方案...) into a [`Plan`][rulegov.Plan].

    Every fact keeps its span in ``text``; what the parser is unsure of is in
    ``plan.diagnostics``. This reads text only: markup is read as the words it is.
    ``rulegov.parse_plan`` ([`rulegov.io.parse_plan`][rulegov.io.parse_plan]) also takes the
    source of a web page and reads it as the page saved as a ``.html`` file.

    Args:
        text: The whole document, as decoded text.
        source: A name for messages (a file name, a path or a URL).

    Raises:
        ParseError: for text that cannot be a plan: empty, binary, or with lone surrogates.

    Examples:
        >>> plan = parse_plan("2023年工作要点\n一、加强领导\n1.召开会议。每季度召开一次。\n牵头单位：区司法局")
        >>> plan.kind.value, plan.sections[0].title, plan.tasks[0].title, plan.tasks[0].lead_units
        ('key_points', '加强领导', '召开会议', ['区司法局'])
        >>> plan.tasks[0].timeframe.frequency.value
        'quarterly'
    """
    source = printable_name(source)
    require_text(text, source, reader="parse_plan", files="rulegov.read_plan")
    with collector_paused():
        return _Parser(text, source).build()


def _stable_id(title: str, header: Header, period: Period | None, source: str | None) -> str:
    """The plan's id, derived from its document (see [`plan_id`][rulegov.model.plan_id])."""
    year = period.start_year if period is not None else None
    if year is None and header.issued_on is not None:
        year = header.issued_on.year
    return plan_id(
        title=title,
        doc_number=header.doc_number,
        issuer=header.issuer,
        year=year,
        issued_on=header.issued_on.isoformat() if header.issued_on else None,
        source=source,
    )
