"""The plan parser's tree into the plan's sections and tasks.

The top level's parts, page marks and framing articles, empty headings dropped,
each node into a section or a task, fields handed down to the tasks below, and the
sections and tasks of a table.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from rulegov.model import Diagnostic, Role, SectionKind, Severity, Span
from rulegov.parse._facts import citation_fields, span_fields, target_fields
from rulegov.parse._fields import Field, names_units_only
from rulegov.parse._numbering import DECIMAL_STYLES, Style
from rulegov.parse._parser_fields import subject_units
from rulegov.parse._parser_state import (
    HEADING_STYLES,
    PROSE,
    TABLE,
    Node,
    ParserState,
    ends_cut_short,
    goal_kind,
    head_fields,
    is_task,
    line_diagnostic,
    lists_duties,
    node_kind,
)
from rulegov.parse._table_header import normal
from rulegov.parse._table_rows import TableRows, find_printed
from rulegov.parse._text import normalise
from rulegov.parse._units import whole_name
from rulegov.parse._vocab import (
    ABOVE_WORDS,
    BARE_COLLECTIVE,
    ROLE_LABELS,
    ROLE_SUFFIXES,
    ROLE_TITLE_WORKS,
    ROLE_WORDS,
)

if TYPE_CHECKING:
    from typing import Any

    from rulegov.model import Section, Task
    from rulegov.parse._facts import Segment
    from rulegov.parse._parser import Part
    from rulegov.parse._text import Line


_FEWEST_BODY_PARTS = 2  # a 责任清单 of one part titled by a unit is no list of bodies
# a part's title naming units, their role and their work: 县示范区管委会牵头工作(8项)
_ROLE_TITLE = re.compile(
    "(?P<names>.+?)(?P<role>"
    + "|".join(word for word, _ in ROLE_SUFFIXES)
    + ")的?(?:重点|主要)?(?:"
    + "|".join(ROLE_TITLE_WORKS)
    + r")(?:\(\d+项\))?"
)


_SENTENCE = re.compile(r"[^。;, ][^。;]*")


# What the framing articles of a 办法 say: purpose, scope, terms, principles, the organ in
# charge, the general duty.
_OWN_NAME = r"本(?:办法|辦法|细则|細則|规定|規定|规则|規則|条例|條例|实施办法|實施辦法)"
_FRAME_ARTICLE = re.compile(
    rf"制定{_OWN_NAME}"
    r"|^第[一二三四五六七八九十]{1,3}[条條]\s*本\S{0,6}(?:适用于|適用于|適用於|所称|所稱)"
    rf"|(?:遵守|适用|適用){_OWN_NAME}[。.]?\s*$"  # 在本市行政区域内开展…活动，应当遵守本条例。
    r"|(?:必须|必須|应当|應當)(?:坚持|堅持|遵循)"
    r"|[原][则則][。.]?\s*$"  # …相结合的原则。
    rf"|(?:负责|負責){_OWN_NAME}的(?:组织|組織)?(?:实施|實施)"  # the organ in charge
    r"|主管本(?:行政区域|行政區域|辖区|轄區|系统|系統)"  # or the one that 主管 the work
    r"|作为\S{0,12}第一责任人|作為\S{0,12}第一責任人"
)


_MIN_FRAMING = 3  # a 办法 cut after its framing articles: at least this many of them


_LONGEST_ITEM_NAME = 30  # a heading's one item named on the line under it: 乐山市城市管理条例


class TreeConversion(ParserState):
    """Turns the tree of numbered parts into sections and tasks."""

    def top_parts(
        self, sections: list[Part], unsectioned: list[Part], plan_segments: list[Segment]
    ) -> None:
        """The sections and tasks at the top of the plan, from the numbered parts read."""
        framing = _framing_articles(self.root.children)
        # where the top level heads items (一、… with （一）… below) or paragraphs of its own (一、…。
        # over sentences of their own lines), or a notice's requirements stand without a plan of
        # items, each top-level heading is a section, even one with only text under it; a plan's
        # top level of bare items stays tasks
        self.top_heads = self.notice_only or any(
            node.children or _paragraphs_under(node)
            for node in self.root.children
            if node.style in HEADING_STYLES
        )
        _share_title_units(self.root.children)
        _share_role_titles(self.root.children)
        self.cut_heading = _cut_heading(self.root, self.lines)
        for node in self.root.children:
            if node.style == TABLE:
                table_sections, table_tasks = self.table_parts(node, (), 1)
                sections.extend(table_sections)
                unsectioned.extend(table_tasks)
                continue
            if node in framing:
                self.frame_article(node, plan_segments)
                continue
            if node is self.root.children[0] and self.numbers_the_title(node):
                self.page_mark(node, plan_segments)
                continue
            built = self.convert(node, (), 1, None, plan_segments)
            if is_section(built):
                sections.append(built)
            else:
                unsectioned.append(built)

    def numbers_the_title(self, node: Node) -> bool:
        """Whether a sharing site's page mark (1、) numbers the line the plan's title is read from.

        A document-sharing site prints its pages as numbered pieces (1、某方案为…  2、…), the
        first starting with the document's title: that 1、 is no item of the plan.
        """
        title = normalise(self.title)
        return (
            len(title) > _MIN_MARKED_TITLE
            and node.style == Style.ARABIC
            and node.number == "1"
            and not node.children
            and node.line.text.startswith(title, node.title_range[0])
        )

    def page_mark(self, node: Node, plan_segments: list[Segment]) -> None:
        """The piece a sharing site numbered before the title: the plan's opening, no task."""
        plan_segments.extend(segment for item in node.walk() for segment in item.segments())
        last = node.last_line or node.line
        self.diagnostics.append(
            Diagnostic(
                severity=Severity.INFO,
                code="page-mark",
                message=f"{node.number} before the title is a sharing site's page mark: "
                "its text opens the plan",
                line=node.line.number,
                column=1,
                span=_between(node.line.offset(0), last.end_offset(len(last.text))),
            )
        )

    def frame_article(self, node: Node, plan_segments: list[Segment]) -> None:
        """An article outside any chapter that frames the text (purpose, scope): prose."""
        segments = [segment for item in node.walk() for segment in item.segments()]
        plan_segments.extend(segments)
        last = node.last_line or node.line
        self.diagnostics.append(
            Diagnostic(
                severity=Severity.INFO,
                code="prose-article",
                message=f"{node.number} states the text's purpose, scope or principles: prose",
                line=node.line.number,
                column=1,
                span=_between(node.line.offset(0), last.end_offset(len(last.text))),
            )
        )

    def drop_empty_headings(self, node: Node) -> None:
        """Take out the numbers that head nothing (a copy cut after 二、): each is a diagnostic."""
        for child in node.children:
            self.drop_empty_headings(child)
        kept: list[Node] = []
        for child in node.children:
            empty = child.style != TABLE and child.title_range[0] == child.title_range[1]
            if empty and not (child.children or child.body or child.fields):
                self.diagnostics.append(
                    line_diagnostic(
                        child.line,
                        0,
                        "empty-heading",
                        f"heading {child.number!r} has no title and nothing under it; "
                        "the text may be cut here",
                    )
                )
                continue
            kept.append(child)
        node.children = kept

    def convert(
        self,
        node: Node,
        chain: tuple[str, ...],
        level: int,
        prose: SectionKind | None,
        plan_segments: list[Segment],
    ) -> Part:
        """The fields of the section or the task that ``node`` heads."""
        named = node_kind(node)
        kind = goal_kind(named if prose is None or named in PROSE else prose, node)
        # a top-level heading (一、, 第一章) is a section, even with only text under it, as in
        # a notice whose requirements 一、… 二、… stand before (or instead of) its plan; one
        # that names its own units (一、…。责任单位：…) is a task
        heads = (
            level == 1
            and node.style in HEADING_STYLES
            and (node.children or (not node.fields and self.top_heads))
        )
        cut = node is self.cut_heading  # a heading the text ends on: a section left empty
        if kind not in PROSE and not heads and not cut and is_task(node, named):
            named_item = _named_item(node) if level == 1 else None
            if named_item is not None:
                return self.named_item_section(node, named_item, kind, plan_segments)
            return self.task(node, chain)
        if named == SectionKind.SAFEGUARDS and prose is None and not heads and _body_on_line(node):
            return self.task(node, chain)  # (四)组织保障:加强组织领导…: the heading's one item
        if heads and not node.children and kind not in PROSE and is_task(node, named):
            # an item read as a top-level section (a notice's 一、…组织开展督查…): the groups and
            # assessments it names stay the plan's, held by no task
            self.checks(None, node.segments(), None)
        below = kind if kind in PROSE else None
        if below is None:
            self.hand_down_fields(node)
        self.section_count += 1
        section_id = f"s{self.section_count}"
        here = (*chain, node.number) if node.number else chain
        children: list[Part] = []
        tasks: list[Part] = []
        paragraphs: list[str] = []
        outline = _in_outline(node, chain)
        # under a part of prose, a heading the cut left bare after headings over paragraphs
        bare = _cut_paragraph_heading(node, self.lines) if node.style == Style.CHINESE else None
        for child in node.children:
            if (
                below is not None
                and not _names_prose(child)
                and not child.children
                and not (outline and child.style in DECIMAL_STYLES)
                and not (node.style == Style.CHINESE and _heads_paragraphs(child))
                and child is not bare
            ):
                # a numbered paragraph of prose (基本原则: （一）坚持…) is text of the section;
                # a heading with numbered items of its own stays a section, of prose, and so
                # does an outline's point (一、背景分析 over 1.1 and 1.1.1): a heading it lists
                paragraphs.append(_printed_lines(child))
                plan_segments.extend(s for item in child.walk() for s in item.segments())
                continue
            if child.style == TABLE:
                table_sections, table_tasks = self.table_parts(child, here, level + 1)
                children.extend(table_sections)
                tasks.extend(table_tasks)
                continue
            built = self.convert(child, here, level + 1, below, plan_segments)
            if is_section(built):
                children.append(built)
            else:
                tasks.append(built)
        segments = node.segments()
        title_end = node.title_stop
        rest = [
            (line, max(begin, title_end) if line is node.line else begin, end)
            for line, begin, end in segments
        ]
        rest = [(line, begin, end) for line, begin, end in rest if end > begin]
        plan_segments.extend(segments)
        text = "\n".join(piece for piece in (_join(rest), *paragraphs) if piece)
        return {
            "id": section_id,
            "number": node.number,
            "level": level,
            "title": node.title() or node.number,
            "kind": kind or SectionKind.TASKS,
            "text": text or None,
            "children": children,
            "tasks": tasks,
            "span": _node_bounds(node),
            "title_span": span_fields(node.line, *node.title_range),
        }

    def named_item_section(
        self,
        node: Node,
        item: Node,
        kind: SectionKind | None,
        plan_segments: list[Segment],
    ) -> Part:
        """A heading that stands alone over the one item its next line names, with its units.

        A 立法 plan prints each part's project so (一、地方性法规草案拟定项目(1件) / 乐山市城市管理
        条例 / 起草单位：市城管局): the heading is a section, the line under it the title of its
        one task, which holds the heading's units and times and takes the first number of the
        section (1), as a table's row without 序号 does.
        """
        task = self.task(item, (node.number,))
        self.section_count += 1
        plan_segments.extend(node.segments())
        return {
            "id": f"s{self.section_count}",
            "number": node.number,
            "level": 1,
            "title": node.title() or node.number,
            "kind": kind or SectionKind.TASKS,
            "text": None,
            "children": [],
            "tasks": [task],
            "span": _node_bounds(node),
            "title_span": span_fields(node.line, *node.title_range),
        }

    def hand_down_fields(self, node: Node) -> None:
        """Give the items of a heading the units and times named for all of them.

        Three layouts name them once for a group of items: on the heading's own line
        (（一）加强领导（牵头单位：区司法局）), on lines of their own between the heading and its
        first item with no text between (二、优化营商环境 / 牵头单位：县发改局 / 1.…), and on a
        line of their own after the group's last item, when no item names its own ((1)… (2)…
        (3)… then （责任单位：…）). Each item that names none gets them. Units named in the
        heading's text below its line (an item that lost its number) belong to no item: a
        diagnostic says so.
        """
        items = node.children
        if items:
            _share_closing_fields(items)
            _share_title_units(items)
            _share_role_titles(items)
        if not items or not node.fields:
            if items:
                _share_trailing_fields(items)
            else:
                self.unheld_units(node)
            return
        head = head_fields(node)
        own = [(line, field) for line, field in node.fields if line is node.line] + head
        for item in items:
            fill_leaves(item, own)
        _share_trailing_fields(items)
        self.orphan_units(node, head)

    def orphan_units(self, node: Node, head: list[tuple[Line, Field]]) -> None:
        """Units in a heading's text below its line, handed to no item: a diagnostic each."""
        handed = {(id(line), field) for line, field in head}  # a set: a part may name thousands
        for line, field in node.fields:
            if line is node.line or (id(line), field) in handed:
                continue
            if field.label in ROLE_LABELS:
                self.diagnostics.append(
                    line_diagnostic(
                        line,
                        field.label_begin,
                        "orphan-units",
                        f"{field.label} in the text of {node.number}, above its numbered items, "
                        "belongs to none of them; number the paragraph if it is an item",
                    )
                )

    def unheld_units(self, node: Node) -> None:
        """Units named in the text of a section without items: no task holds them; say so."""
        for line, field in node.fields:
            if field.label in ROLE_LABELS:
                self.diagnostics.append(
                    line_diagnostic(
                        line,
                        field.label_begin,
                        "orphan-units",
                        f"{field.label} in the text of {node.number}, which has no numbered "
                        "items, belongs to no task; number the paragraph if it is an item",
                    )
                )

    def task(self, node: Node, chain: tuple[str, ...]) -> Part:
        """The fields of the task that ``node`` heads, its measures, units and times."""
        self.task_count += 1
        task_id = f"t{self.task_count}"
        self.task_places[task_id] = (node.line.number, 1)
        segments = node.segments()
        fields = node.fields
        # the measures' fields, validated with the task's
        measures: list[dict[str, object]] = []
        if node.children:
            fields = list(fields)
            for descendant in list(node.walk())[1:]:
                segments.extend(descendant.segments())
                fields.extend(descendant.fields)
                measures.append(_measure(f"{task_id}.m{len(measures) + 1}", descendant))
        if not measures:
            measures = _sentences(task_id, node)
        citations, problems = citation_fields(segments)
        self.diagnostics.extend(problems)
        targets = target_fields(segments)
        if not any(field.label in ROLE_LABELS for _, field in fields):
            fields = [*fields, *subject_units(node)]  # 区司法局、区法院要加强…
        assignments, timeframe = self.read_fields(fields, node, task_id)
        self.checks(task_id, segments, timeframe)
        if timeframe is None:
            timeframe = self.unlabelled_timing(segments)
        number = node.number
        title = node.title() or number
        self.scored_items(task_id, title, measures)
        return {
            "id": task_id,
            "number": number,
            "path": (*chain, number),
            "title": title,
            "text": self.task_text(node),
            "measures": measures,
            "assignments": assignments,
            "timeframe": timeframe,
            "targets": _unique_targets(targets),
            "citations": citations,
            "span": _node_bounds(node),
            "title_span": span_fields(node.line, *node.title_range),
        }

    # -- tables, read by the one table reader ----------------------------------------------

    def table_parts(
        self, node: Node, chain: tuple[str, ...], level: int
    ) -> tuple[list[Part], list[Part]]:
        """The sections and tasks the table reader found in a table, placed in the document."""
        built = node.table_plan
        if built is None:
            return [], []
        rows = TableRows([*node.table_above, *node.table_rows[1:]], node.table_columns)
        sections = [self.table_section(item, chain, level, rows) for item in built.sections]
        tasks = [self.table_task(task, chain, rows) for task in built.unsectioned_tasks]
        for assessment in built.assessments:  # an appraisal table's points and criteria
            indicators = [
                indicator.model_copy(
                    update={"id": "i-" + rows.ids.get(indicator.id[2:], indicator.id[2:])}
                )
                for indicator in assessment.indicators
            ]
            self.assessments.append(
                assessment.model_copy(
                    update={"id": f"a{len(self.assessments) + 1}", "indicators": indicators}
                )
            )
        return sections, tasks

    def table_section(
        self, section: Section, chain: tuple[str, ...], level: int, rows: TableRows
    ) -> Part:
        """The fields of a section the table reader found, placed in the document."""
        self.section_count += 1
        section_id = f"s{self.section_count}"
        heading = rows.claim_heading(section.title)
        tasks = [self.table_task(task, chain, rows) for task in section.tasks]
        children = [self.table_section(child, chain, level + 1, rows) for child in section.children]
        spans = [] if heading is None else [span_fields(heading, 0, len(heading.text))]
        spans.extend(task["span"] for task in tasks if task["span"] is not None)
        spans.extend(child["span"] for child in children if child["span"] is not None)
        # the parts' rows need not stand in the section's order (a task the rows do not name
        # falls back to the first free row): the section runs from the first start to the last end
        span = (
            {
                "start": min(part["start"] for part in spans),
                "end": max(part["end"] for part in spans),
            }
            if spans
            else None
        )
        return {
            "id": section_id,
            "number": section.number,
            "level": level,
            "title": section.title,
            "kind": SectionKind.TASKS,
            "text": None,
            "children": children,
            "tasks": tasks,
            "span": span,
            "title_span": None,
        }

    def table_task(self, task: Task, chain: tuple[str, ...], rows: TableRows) -> Part:
        """The fields of a task the table reader found, placed in the document."""
        self.task_count += 1
        task_id = f"t{self.task_count}"
        lines, segments = rows.claim(task.title)
        rows.ids[task.id] = task_id
        # a task no row names has no span; its notes point at the table's first row
        place = lines[0] if lines else rows.rows[0][0]
        self.task_places[task_id] = (place.number, place.first_column)
        # the fields of the measures and assignments, validated with the task's
        measures = [
            {
                "id": f"{task_id}.m{index}",
                "text": measure.text,
                "span": find_printed(segments, measure.text),
            }
            for index, measure in enumerate(task.measures, start=1)
        ]
        whole_lines = [(line, 0, len(line.text)) for line in lines]
        assignments: list[dict[str, object]] = []
        # whether the row names its units in full (区司法局, 区财政局), not by short names
        full = len(task.assignments) > 1 and all(
            whole_name(normal(assignment.unit_name or assignment.unit))
            for assignment in task.assignments[:-1]
        )
        for assignment in task.assignments:
            printed = assignment.unit_name or assignment.unit
            span = find_printed(whole_lines, printed)
            if self.cut_cell(printed, full=full):
                continue
            unit = self.units.get(normal(printed), printed, span)
            if any(
                held["unit"] == unit.id and held["role"] == assignment.role for held in assignments
            ):
                # two names of one unit in the row (a short name and its full one): held once
                continue
            assignments.append(
                {
                    "unit": unit.id,
                    "role": assignment.role,
                    "unit_name": printed,
                    "note": assignment.note,
                    "span": span,
                }
            )
        timeframe = task.timeframe
        if timeframe is not None and timeframe.text:
            found = find_printed(whole_lines, timeframe.text)
            timing_span = None if found is None else Span.model_validate(found)
            timeframe = timeframe.model_copy(update={"span": timing_span})
        citations, problems = citation_fields(segments)
        self.diagnostics.extend(problems)
        self.checks(task_id, segments, timeframe)
        return {
            "id": task_id,
            "number": task.number,
            "path": (*chain, *task.path),
            "title": task.title,
            "text": task.text,
            "measures": measures,
            "assignments": assignments,
            "timeframe": timeframe,
            "targets": _with_goals(_unique_targets(target_fields(segments)), task, whole_lines),
            "citations": citations,
            "span": (
                {"start": lines[0].offset(0), "end": lines[-1].end_offset(len(lines[-1].text))}
                if lines
                else None
            ),
            "title_span": find_printed(segments, task.title),
        }

    def cut_cell(self, printed: str, *, full: bool = False) -> bool:
        """Whether a table's unit ends the text cut short (…、人民银): then it is left out.

        So is one that ends on no character a unit's name ends with (…、市财政) after units named
        in full (``full``).
        """
        name = normal(printed)
        if not name or not (ends_cut_short(name) or (full and not whole_name(name))):
            return False
        last = next((line for line in reversed(self.lines) if line.text.strip()), None)
        if last is None:
            return False
        text = last.text.rstrip()
        if not text.endswith(name):
            return False
        self.diagnostics.append(
            line_diagnostic(
                last,
                len(text) - len(name),
                "cut-unit",
                f"the text ends inside a unit's name: {printed!r} is left out",
            )
        )
        return True

    def task_text(self, node: Node) -> str:
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


_CLOSING_MARKS = ("。", ";", ":", "；", "：", ".")
# the numbers of an outline's headings below its parts; an article (第六条) heads no items
_OUTLINE_STYLES = frozenset(
    {Style.CHINESE_PAREN, Style.ARABIC, Style.ARABIC_PAREN, Style.DECIMAL, Style.DECIMAL_SUB}
)


def _cut_heading(root: Node, lines: list[Line]) -> Node | None:
    """The heading the text ends on, printed as a section before it at its level is, or None.

    A stored copy cut right after a heading (``(二)做好…,持续优化营商环境``) leaves it with nothing
    under it. Alone on the text's last line, with no closing mark, its sibling before it of the
    same numbering a section over items of its own (``(一)公开各类规划信息…`` / ``1.…`` / ``2.…``),
    it is that kind of heading, left empty by the cut: a section, not a task.
    """
    parent = root
    while parent.children and parent.children[-1].children:
        parent = parent.children[-1]
    last = _bare_last_heading(parent, lines)
    if last is None:
        return None
    sections = [node for node in parent.children[:-1] if node.style == last.style and node.children]
    return last if sections else None


def _cut_paragraph_heading(parent: Node, lines: list[Line]) -> Node | None:
    """The heading the text ends on under a part whose headings head paragraphs, or None.

    Under a part of prose (二、工作目标) a sub-heading alone on its line over a paragraph of its
    own (``(一)总体目标``) is a section of the part. The next one, alone on the text's last line
    with no closing mark (``(二)任务指标``), is that kind of heading, its paragraph lost to the cut:
    a section too, not a numbered paragraph of the part.
    """
    last = _bare_last_heading(parent, lines)
    if last is None:
        return None
    before = [node for node in parent.children[:-1] if node.style == last.style]
    return last if before and _heads_paragraphs(before[-1]) else None


def _bare_last_heading(parent: Node, lines: list[Line]) -> Node | None:
    """The last item of ``parent`` if it is a bare heading alone on the text's last line."""
    # the last line with text, sought from the end: this is asked of every part of a plan
    final = next((line for line in reversed(lines) if line.text.strip()), None)
    if final is None or not parent.children:
        return None
    last = parent.children[-1]
    text = last.line.text.rstrip(" ")
    if (
        last.style not in _OUTLINE_STYLES
        or last.children
        or last.body
        or last.fields
        or last.bare_fields
        or last.opens_paragraph
        or last.line is not final
        or last.title_stop < len(text)
        or text.endswith(_CLOSING_MARKS)
    ):
        return None
    return last


def _heads_paragraphs(node: Node) -> bool:
    """Whether an item prints a heading alone on its line over paragraphs of its own.

    Under a part of prose a 规划 or a 纲要 sets sub-headings so (一、规划背景 / （一）我国扩大内需
    已取得显著成效 / its paragraphs; 二、总体要求 / （七）重点任务 / its paragraphs): each is a
    section of the part, of prose, as 指导思想 is; a numbered paragraph whose text runs on from
    its title on the same line (（一）坚持党的领导。把…) stays the part's text.
    """
    return (
        node.style == Style.CHINESE_PAREN
        and not node.children
        and bool(node.body)
        and node.title_stop >= len(node.line.text.rstrip(" "))
    )


def _body_on_line(node: Node) -> bool:
    """Whether a heading with no items prints its text on its own line, after its title."""
    return (
        not node.children
        and node.opens_paragraph
        and node.title_stop < len(node.line.text.rstrip(" "))
    )


def _named_item(node: Node) -> Node | None:
    """The item a heading standing alone names on its next line, with its units below, or None.

    A top-level heading printed alone on its line (一、市政府规章制定项目(1件)), with no numbered
    item under it, whose text is one short line that is no sentence (嘉州古城保护办法) followed by
    the heading's labelled units (起草单位：…): that line names the heading's one item.
    """
    if (
        node.style not in HEADING_STYLES
        or node.children
        or node.opens_paragraph
        or not node.bare_fields
        or len(node.body) != 1
    ):
        return None
    line, begin, end = node.body[0]
    words = line.text[begin:end].strip()
    if not words or len(words) > _LONGEST_ITEM_NAME or words.endswith(("。", ";", ":")):
        return None
    if len(node.lines) < 2 or node.lines[1] is not line:
        return None  # the name stands on the line right under the heading
    return Node(
        style=Style.ARABIC,
        number="1",
        value=1,
        line=line,
        title_range=(begin, end),
        title_stop=end,
        fields=node.fields,
        bare_fields=node.bare_fields,
        lines=[line, *node.lines[2:]],
    )


_MIN_MARKED_TITLE = 6  # a title a page mark may stand before: longer than a heading's words


def _share_title_units(parts: list[Node]) -> None:
    """Parts titled by the names of units alone (一、市市场监管局 / 二、市农业农村局): their items'.

    A 责任清单 lists each body's work under its name, one part a body; each item that names no
    units of its own gets its part's title as responsible. Only parts that all are so titled, two
    or more of them, are such a list: one part titled 各地区各部门 among parts of work is not.
    """
    sections = [part for part in parts if part.children]
    if len(sections) < _FEWEST_BODY_PARTS or any(part.fields for part in sections):
        return
    titles = [part.title_range for part in sections]
    if not all(
        end > begin and names_units_only(part.line.text, begin, end)
        for part, (begin, end) in zip(sections, titles, strict=True)
    ):
        return
    for part, (begin, end) in zip(sections, titles, strict=True):
        named = (part.line, Field(ROLE_WORDS[Role.RESPONSIBLE], begin, end, begin))
        for item in part.children:
            fill_leaves(item, [named])


def _share_role_titles(parts: list[Node]) -> None:
    """Parts titled by units, their role and their work (一、县示范区管委会牵头工作(8项)): theirs.

    A division of a 政府工作报告 may group its items by the body that leads them, the body's
    name and role word standing as the part's title (X牵头工作, X负责的重点任务, X配合事项). Each
    item of such a part that names no units of its own gets the title's units under that role.
    A title naming a person (朱伟县长牵头重点工作) names no unit, and gives none; nor does one
    naming departments at large (各部门配合工作, 有关单位牵头事项), which says no body's work.
    """
    roles = dict(ROLE_SUFFIXES)
    for part in parts:
        begin, end = part.title_range
        if not part.children or part.fields or end <= begin:
            continue
        titled = _ROLE_TITLE.fullmatch(part.line.text, begin, end)
        if titled is None or not names_units_only(part.line.text, begin, titled.end("names")):
            continue
        if BARE_COLLECTIVE.fullmatch(titled.group("names")):
            continue  # 各部门配合工作: the work departments share, no body's
        role = roles[titled.group("role")]
        named = (part.line, Field(ROLE_WORDS[role], begin, titled.end("names"), begin))
        for item in part.children:
            fill_leaves(item, [named])


def fill_leaves(item: Node, fields: list[tuple[Line, Field]]) -> None:
    """Give ``fields`` to each item at or below ``item`` that names no units of its own.

    An item that names its own units keeps them, and so do the items below it: the units of a
    group go to the items that name none, never past an item that names some.
    """
    if item.fields:
        return
    if not item.children:
        item.fields.extend(fields)
        return
    for child in item.children:
        fill_leaves(child, fields)


def _share_closing_fields(items: list[Node]) -> None:
    """Units on a line after a part's last item that opens with 以上: every item's above it.

    A line 以上任务由区发改委牵头，区财政局配合 (or 上述工作由各镇（街道）负责), printed after the last
    of a part's items, names the units of all of them: each item that names none gets them.
    A line after the last item's own sub-items closes those, not the part; a line that hands
    out a piece of the work (以上工作中，涉及资金保障的由区财政局负责) closes nothing.
    """
    tail = items[-1]
    if tail.children:
        return
    closing = [
        (line, field)
        for line, field in tail.fields
        if line is not tail.line and line.text.lstrip(" ([〔【").startswith(ABOVE_WORDS)
    ]
    if not closing:
        return
    line, first = min(closing, key=lambda found: found[1].begin)
    if re.search("[,;中]", line.text[: first.begin]) is not None:
        return
    for item in items:
        fill_leaves(item, closing)


_UNIT_BRACKETS = ("(", "（", "〔", "[", "［", "【")


def _share_trailing_fields(items: list[Node]) -> None:
    """Units in a bracket on a line of its own after the last of items that name none: theirs.

    Unbracketed unit lines (牵头单位：…) after an item are that item's own, as in the standard
    layout, where an item without units may stand before one with them.
    """
    last = items[-1]
    if (
        len(items) < 2
        or any(item.children or item.fields for item in items[:-1])
        or last.children
        or not last.bare_fields
        or len(last.bare_fields) != len(last.fields)
        or last.bare_fields[0][0] is last.line
        or not last.bare_fields[0][0].text.lstrip().startswith(_UNIT_BRACKETS)
    ):
        return
    for item in items[:-1]:
        item.fields.extend(last.bare_fields)


def _in_outline(node: Node, chain: tuple[str, ...]) -> bool:
    """Whether ``node`` is a part of an outline: a part 一、 (or 第一章) or one of its decimal points.

    An outline numbers its parts 一、 二、 (or 第一章, 第一部分) and their points by decimals that repeat the part's
    number (二、 over 2.1 over 2.1.1); a text numbered in decimals throughout (1 · 1.1) is none.
    """
    top = chain[0] if chain else node.number
    parts = (Style.CHINESE, Style.CHAPTER, *DECIMAL_STYLES)
    return node.style in parts and not top.isdecimal()


def _names_prose(node: Node) -> bool:
    """Whether a heading names a part of prose of its own (指导思想, 工作目标...)."""
    return node_kind(node) in PROSE


def _printed_lines(node: Node) -> str:
    """A numbered part and all below it as printed, one line per line of the document."""
    pieces = [line.original.strip() for item in node.walk() for line in item.lines]
    return "\n".join(piece for piece in pieces if piece)


def _framing_articles(nodes: list[Node]) -> set[Node]:
    """The articles outside any chapter that frame a 办法 before its articles of duties.

    Like a 总则 chapter, the first articles of a 办法 or 细则 state its purpose (为…，制定本办法),
    its scope (本办法适用于…), its terms (本办法所称…), its principles (…必须坚持…) or the
    general duty the rest serves (…作为…第一责任人，应当…): prose, when articles listing duties
    (以下职责:) or a chapter (第二章 职责, a copy that starts after the heading of the first)
    follow them. Without such articles each article stays a task.
    """
    duties = next(
        (
            i
            for i, node in enumerate(nodes)
            if lists_duties(node) or (node.style == Style.CHAPTER and i > 0)
        ),
        None,
    )
    if duties is None:
        # a copy cut before the duties: the run of framing articles that opens it
        duties = next(
            (
                i
                for i, node in enumerate(nodes)
                if node.style != Style.ARTICLE
                or node.children
                or _FRAME_ARTICLE.search("".join(line.text for line in node.lines)) is None
            ),
            len(nodes),
        )
        if duties < len(nodes) or len(nodes) < _MIN_FRAMING:
            return set()
    return {
        node
        for node in nodes[:duties]
        if node.style == Style.ARTICLE
        and not node.children
        and _FRAME_ARTICLE.search("".join(line.text for line in node.lines)) is not None
    }


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


def _measure(ident: str, node: Node) -> dict[str, object]:
    """A numbered item below a task as a measure's fields: its text without number or final stop."""
    line = node.line
    begin = node.title_range[0]
    end = len(line.text)
    while end > begin and line.text[end - 1] in "。;,":
        end -= 1
    text = line.printed(begin, end) if end > begin else node.number
    return {"id": ident, "text": text, "span": span_fields(line, begin, end)}


def _node_bounds(node: Node) -> dict[str, int]:
    """The span of a numbered part and everything below it, as ``span_fields`` gives it."""
    last = node
    while last.children:
        last = last.children[-1]
    end_line = last.last_line or last.line
    start = node.line.offset(0)
    return {"start": start, "end": max(start, end_line.end_offset(len(end_line.text)))}


def _sentences(task_id: str, node: Node) -> list[dict[str, object]]:
    """The sentences after a task's heading sentence, each a measure's (举措) fields."""
    measures: list[dict[str, object]] = []
    heading_end = node.title_stop
    pattern = _SENTENCE
    for line, begin, end in node.segments():
        start = max(begin, heading_end) if line is node.line else begin
        plain = not line.breaks  # Line.printed and _span without the calls
        offset = line.start
        original = line.original
        for match in pattern.finditer(line.text, start, end):
            first, last = match.span()
            measures.append(
                {
                    "id": f"{task_id}.m{len(measures) + 1}",
                    "text": original[first:last] if plain else line.printed(first, last),
                    "span": {"start": offset + first, "end": offset + last}
                    if plain
                    else span_fields(line, first, last),
                }
            )
    return measures


def _with_goals(
    targets: list[dict[str, Any]], task: Task, lines: list[Segment]
) -> list[dict[str, Any]]:
    """The targets read in a task's row, with those of its cells in a column of targets.

    The table reader reads a column of targets (年度目标: 良好以上) without places in the text;
    one whose words were read in the row already is not read again.
    """
    read = {target["text"] for target in targets}
    for goal in task.targets:
        if goal.text not in read:
            read.add(goal.text)
            targets.append({**goal.model_dump(), "span": find_printed(lines, goal.text)})
    return targets


def _unique_targets(targets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The targets, less any read again at a place of the text already read."""
    seen: set[tuple[int, int]] = set()
    unique: list[dict[str, Any]] = []
    for target in targets:
        span = target["span"]
        # an empty span places nothing: such a target is kept, as any without a span
        key = (
            (span["start"], span["end"])
            if span and span["end"] > span["start"]
            else (id(target), 0)
        )
        if key not in seen:
            seen.add(key)
            unique.append(target)
    return unique


def is_section(part: Part) -> bool:
    """Whether the fields are a section's (they hold its tasks), not a task's."""
    return "tasks" in part


def _between(start: int, end: int) -> Span:
    """The span from ``start`` to ``end``, empty where the end comes first."""
    return Span(start=start, end=max(start, end))


def _paragraphs_under(node: Node) -> bool:
    """Whether a part's text goes on in paragraphs of its own, after its first one closes.

    A sentence of its own line under a line that closes one (…促进社会和谐稳定。 / 教育行政部门
    要…，…落到实处。): a line that goes on with a broken sentence (…按照 / 《决定》…), or a
    signature, a date or a site's note under the last part, is no paragraph.
    """
    lines = [line.text.strip(" \t\u3000") for line in node.lines]
    lines = [text for text in lines if text]
    return any(
        above.endswith(("。", "！", "？")) and "。" in below and ("，" in below or "," in below)
        for above, below in itertools.pairwise(lines)
    )
