"""The plan parser's task fields: units and their roles, and timing.

The labelled fields of a task's text, its units (by role word or not), a text cut
off by a field, the first unit named as lead, timing with a label or without, and
the diagnostics about units over the plan.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import attrs

from rulegov.model import Diagnostic, Role, Severity, TimeFrameKind
from rulegov.parse._facts import line_span, span_fields
from rulegov.parse._fields import Field, names_before_duty, organs_only, says_when
from rulegov.parse._parser_state import ParserState, ends_cut_short, line_diagnostic
from rulegov.parse._time import find_timing, timeframe_at
from rulegov.parse._units import (
    conjunction_at_space,
    letter_runs,
    parts_at_line_end,
    parts_at_space,
    parts_in_run,
    split_names,
    whole_name,
)
from rulegov.parse._unnumbered import division_place
from rulegov.parse._vocab import (
    FIRST_LEADS,
    GROUP_SUFFIXES,
    GUIDE_LABELS,
    PERSON_LABELS,
    PLACE_ENDS,
    ROLE_LABELS,
    TIME_LABELS,
    UNIT_ENDS,
)

if TYPE_CHECKING:
    from typing import Any

    from rulegov.model import TimeFrame
    from rulegov.parse._facts import Segment
    from rulegov.parse._parser import Part
    from rulegov.parse._parser_state import Node
    from rulegov.parse._text import Line
    from rulegov.parse._units import Named


def _after_dash(line: Line, field: Field) -> bool:
    """Whether a field of names alone stands after a dash (…建设。——区商务局), not in brackets."""
    return line.text[: field.begin].endswith(("—", "--"))


_SHORTEST_WHOLE = 2  # 县委, 市局: a name of two characters is whole only with a unit's ending


_LONGEST_TITLE_ALONE = 30


def _title_alone(text: str) -> bool:
    """Whether a heading's text is a title alone (开设宣传专栏。), not a sentence of the work."""
    text = text.rstrip(" 。:")  # the title's own stop: 加强普法宣传。, 加强普法宣传:
    return len(text) <= _LONGEST_TITLE_ALONE and not any(mark in text for mark in ",;:。")


def subject_units(node: Node) -> list[tuple[Line, Field]]:
    """The units a task's text opens with as the subject of its first sentence, if any.

    ``(一)区司法局、区法院要加强…``, ``(一)加强普法宣传。区司法局、区法院要…`` (after the title's
    sentence) and a title alone on the heading's line over ``各镇(街道)、区直各部门要…``: the
    subject names the task's responsible units (its lead before 牵头). A task whose fields name
    units of their own takes none from its text (see `names_before_duty`).
    """
    segments = node.segments()
    if not segments:
        return []
    line, begin, end = segments[0]
    starts = [(line, begin, end)]
    stop = node.title_stop if line is node.line else 0
    if begin < stop < end and _title_alone(line.text[begin:stop]):
        starts.append((line, stop, end))  # 加强普法宣传。区司法局要…: after the title's sentence
    elif stop >= end and len(segments) > 1 and _title_alone(line.text[begin:end]):
        starts.append(segments[1])  # a heading's title alone on its line, the text below it
    for at_line, start, stop_at in starts:
        found = names_before_duty(at_line.text, start)
        if found is not None and found.end <= stop_at:
            return [(at_line, found)]
    return []


class TaskFields(ParserState):
    """Reads a task's fields: its units with their roles, and its timing."""

    def read_fields(
        self, fields: list[tuple[Line, Field]], node: Node, task_id: str
    ) -> tuple[list[dict[str, Any]], TimeFrame | None]:
        """The fields of the task's assignments, and its timing.

        The assignments' fields, not models: ``Task.model_validate`` makes them, in the call that
        makes the task.
        """
        assignments: list[dict[str, Any]] = []
        seen: set[tuple[str, Role]] = set()
        timeframe: TimeFrame | None = None
        for line, field in self.unit_fields(fields, node):
            if field.label in TIME_LABELS:
                if timeframe is None:
                    timeframe = self.labelled_timing(line, field, node)
                continue
            if field.label in PERSON_LABELS or field.label in GUIDE_LABELS:
                self.named_aside(line, field, node)
                continue
            role = self.field_role(field)
            names = self.field_names(line, field, role, fields)
            # whether the list names its units in full (区司法局, 区财政局), not by short names
            # (教育、卫健): its last name cut off by the text's end is then known by its ending
            full = len(names) > 1 and all(
                whole_name(line.text[n.begin : n.end]) for n in names[:-1]
            )
            for named in names:
                if says_when(line.text, named.begin, named.end):
                    # (…责任单位:州司法局,6月底完成): the last part says when, not who
                    when = Field(TIME_LABELS[0], named.begin, named.end, named.begin)
                    timeframe = timeframe or self.labelled_timing(line, when, node)
                    continue
                if self.cut_off(line, named, full=full):
                    continue
                assignment = self.assignment(line, named, role, task_id)
                if assignment is None:
                    continue
                held = (assignment["unit"], assignment["role"])
                if held not in seen:
                    seen.add(held)
                    assignments.append(assignment)
        return assignments, timeframe

    def unit_fields(self, fields: list[tuple[Line, Field]], node: Node) -> list[tuple[Line, Field]]:
        """The fields, without brackets of names alone in a plan that names units with role words.

        Such a bracket after the item's text is no unit there, but it is not lost: a
        ``names-aside`` diagnostic keeps it. One that opens the item's text (【区司法局】推进…)
        stands where only units stand, and is kept; so is a bracket whose every name is an
        organ's (…活动。(区委宣传部、区司法局)): a plan may give some tasks' units by role words
        and others' in such a bracket, and only names of organs are sure to be units. Names
        after a dash (…建设。——区商务局) are set aside whatever they are.
        """
        aside = [
            (line, field)
            for line, field in fields
            if field.bare
            and not field.leading
            and (_after_dash(line, field) or not organs_only(line.text[field.begin : field.end]))
        ]
        if not aside or not self.worded_units():
            return fields
        for line, field in aside:
            printed = line.printed(field.begin, field.end)
            where = "after a dash" if _after_dash(line, field) else "in brackets"
            message = (
                f"task {node.number} ends with names {where} without a role word "
                f"({printed[:40]!r}), in a plan that names its units with role words: "
                "kept here, not as units"
            )
            self.diagnostics.append(
                line_diagnostic(line, field.begin, "names-aside", message, Severity.INFO)
            )
        return [pair for pair in fields if pair not in aside]

    def field_role(self, field: Field) -> Role:
        """The role a field's label gives its units, that of the plan's others where a cut took it.

        (…负责落实) after every other task: a bracket the text's end cut before its role word
        names its units responsible too, not leading.
        """
        role = ROLE_LABELS[field.label]
        if field.cut and role is Role.LEAD and self.worded_roles_of_plan() == {Role.RESPONSIBLE}:
            return Role.RESPONSIBLE
        return role

    def worded_roles_of_plan(self) -> frozenset[Role]:
        """The roles the plan's role words give units, in the fields the text's end left whole.

        A bracket the end of the text cuts before its role word (…。(区发改委、区科信局、) is
        read as leading, as a bracket that names the leading units first does (X牵头，Y配合);
        a plan whose every other bracket names its units responsible (…负责落实) and none
        leading names these so too.
        """
        if self.worded_roles is None:
            roles: set[Role] = set()
            nodes = [self.root]
            while nodes:
                node = nodes.pop()
                nodes.extend(node.children)
                roles.update(
                    ROLE_LABELS[field.label]
                    for _, field in node.fields
                    if not field.bare and not field.cut and field.label in ROLE_LABELS
                )
            self.worded_roles = frozenset(roles)
        return self.worded_roles

    def worded_units(self) -> bool:
        """Whether the plan names any task's units with a role word (牵头单位：…, …负责).

        A plan keeps to one way of naming units: only one that never uses role words gives each
        item's units in a bracket of names alone (责任分解: …活动。(省委宣传部、省法制办)).
        """
        if self.role_worded is None:
            nodes = [self.root]
            self.role_worded = False
            while nodes and not self.role_worded:
                node = nodes.pop()
                nodes.extend(node.children)
                self.role_worded = any(
                    not field.bare and field.label in ROLE_LABELS for _, field in node.fields
                )
        return self.role_worded

    def cut_off(self, line: Line, named: Named, *, full: bool = False) -> bool:
        """Whether the text ends inside this unit's name, which is then no unit; warn either way.

        A copy cut off mid-word (a page excerpt, a truncated file) leaves the last name of its
        last list unfinished: it ends the text, and on no character most units' names end with.
        Full names end so too (市科协, 各街道), so such a unit is kept and the warning asks for a
        look. A name that ends with only the first characters of a longer ending (人民银 of
        人民银行, 各功能区管委 of 管委会) was cut: it is left out, and the warning says so. So is
        the last name of a list that names its units in full (``full``: 市发改局、市财政) when it
        ends on no character a unit's name ends with, and a name of two characters that ends so
        (责任单位:县财).
        """
        name = line.text[named.begin : named.end]
        if not name or line.end_offset(named.end) < self.text_end:
            return False
        # a name of two characters that ends as no unit's does (县财 of 县财政局) is a place's
        # word and the first of the name's: too short to be whole
        # (教育、卫健、财政 name departments without their place, and are whole)
        short = len(name) <= _SHORTEST_WHOLE and name[0] in PLACE_ENDS and not whole_name(name)
        cut = ends_cut_short(name) or (full and not whole_name(name)) or short
        if name[-1] in UNIT_ENDS and not cut:
            return False
        printed = line.printed(named.begin, named.end)
        self.diagnostics.append(
            line_diagnostic(
                line,
                named.begin,
                "cut-unit",
                f"the text ends inside a unit's name: {printed!r} is left out"
                if cut
                else f"the text may end inside a unit's name: {printed!r} is read as a unit; "
                "check it against the full document",
            )
        )
        return cut

    def field_names(
        self, line: Line, field: Field, role: Role, fields: list[tuple[Line, Field]]
    ) -> list[Named]:
        """The names of a field's value, the first taking the lead where the plan says so."""
        names = _spaced_names(line, split_names(line.text, field.begin, field.end), self.text)
        if names and names[0].role is None and self.first_leads(line, role, fields):
            names[0] = attrs.evolve(names[0], role=Role.LEAD)
        return names

    def assignment(
        self, line: Line, named: Named, role: Role, task_id: str
    ) -> dict[str, Any] | None:
        """The fields of the unit a name holds in its role, or None for a coordination group's name."""
        key = line.text[named.begin : named.end]
        printed = line.printed(named.begin, named.end)
        if key.endswith(GROUP_SUFFIXES):  # a coordination group is not a unit
            self.coordination_group(printed, task_id, line_span(line, named.begin, named.end))
            return None
        span = span_fields(line, named.begin, named.end)
        unit = self.units.get(key, printed, span)
        return {
            "unit": unit.id,
            "role": named.role or role,
            "unit_name": printed,
            "note": named.note,
            "span": span,
        }

    def named_aside(self, line: Line, field: Field, node: Node) -> None:
        """Say what a field names beside the units of the work: people, or a guiding body.

        A body that guides the task from above (``（市司法局指导，各区县负责）``) is none of the
        units that do the work; a ``guide`` diagnostic keeps its name, as printed, so that it
        is not lost.
        """
        printed = line.printed(field.begin, field.end)
        if field.label in GUIDE_LABELS:
            code, message = "guide", f"task {node.number} is guided by {printed[:40]!r} (指导)"
            message += ", a body above the units that do the work: kept here, not as a unit"
        else:
            code = "person"
            message = (
                f"{field.label} of task {node.number} names people, not units: {printed[:40]!r}"
            )
        self.diagnostics.append(
            line_diagnostic(line, field.label_begin, code, message, Severity.INFO)
        )

    def first_leads(self, line: Line, role: Role, fields: list[tuple[Line, Field]]) -> bool:
        """Whether the first unit of a list of responsible units leads it.

        So the plan says, from the line that says it on (列第一位的为牵头单位, 下同), for tasks
        that name no lead of their own.
        """
        if role is not Role.RESPONSIBLE:
            return False
        if self.first_leads_from is None:
            self.first_leads_from = next(
                (each.start for each in self.lines if FIRST_LEADS.search(each.text)), -1
            )
        if self.first_leads_from < 0 or line.start < self.first_leads_from:
            return False
        return not any(ROLE_LABELS.get(field.label) is Role.LEAD for _, field in fields)

    def labelled_timing(self, line: Line, field: Field, node: Node) -> TimeFrame | None:
        value = line.text[field.begin : field.end]
        timeframe = timeframe_at(
            value,
            self.year,
            line.printed(field.begin, field.end),
            span_fields(line, field.begin, field.end),
        )
        if timeframe is None:
            self.diagnostics.append(
                line_diagnostic(
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
        """The timing a task's text states: the first phrase of the first segment that has one.

        A deadline yields to a later date in the same segment (a line of the task's text):
        10月底前完成初稿，12月底前印发 is due at the end of December, when the last stage is done.
        """
        stages = (TimeFrameKind.DEADLINE, TimeFrameKind.ON)
        for line, begin, end in segments:
            timeframe, after = self.timing_in(line, begin, end)
            if timeframe is None:
                continue
            while timeframe.kind is TimeFrameKind.DEADLINE:
                later, after = self.timing_in(line, after, end)
                if later is None or later.kind not in stages:
                    break
                if (
                    later.due is not None
                    and timeframe.due is not None
                    and later.due > timeframe.due
                ):
                    timeframe = later
            return timeframe
        return None

    def timing_in(self, line: Line, begin: int, end: int) -> tuple[TimeFrame | None, int]:
        """The timeframe of the first timing phrase in ``line.text[begin:end]``, and its end."""
        found = find_timing(line.text[begin:end])
        if found is None:
            return None, end
        first, last = begin + found.start(), begin + found.end()
        timeframe = timeframe_at(
            found.group(), self.year, line.printed(first, last), span_fields(line, first, last)
        )
        return timeframe, last

    def unit_diagnostics(self, tasks: list[Part]) -> None:
        if not tasks:
            place = division_place(self.lines)
            if place is not None:  # units are named, but no task could be read: say where
                named_line, position = place
                self.diagnostics.append(
                    line_diagnostic(
                        named_line,
                        position,
                        "no-tasks",
                        "the text names units in charge of work here, but no task was found: "
                        "number the tasks (1. 2. …) or print them as a table with a header "
                        "(序号, 工作任务, 责任单位)",
                    )
                )
                return
            self.diagnostics.append(
                Diagnostic(
                    code="no-tasks",
                    message="no numbered task was found: the document is read as a header and "
                    "prose only",
                    line=1,
                    column=1,
                )
            )
            return
        if not any(task["assignments"] for task in tasks):
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
            if task["assignments"] or task["span"] is None:
                continue
            line, column = self.task_places[task["id"]]
            self.diagnostics.append(
                Diagnostic(
                    code="no-unit",
                    message=f"task {task['number']} ({task['title'][:20]}) names no responsible "
                    "unit",
                    line=line,
                    column=column,
                    span=task["title_span"],
                )
            )


_ONE_SPACE = 2  # two characters one space parts lie two offsets apart in the printed text


def _spaced_names(line: Line, names: list[Named], text_whole: str) -> list[Named]:
    """The names, each also parted where the printed line puts a space after a unit's name.

    配合单位：区财政局 区审计局 names two units; 区 司法局 (a space inside one name) names one,
    and so does 市司法 局 after 市政府办公室 (市政府办公室 市司法 局 names two); a mirror's
    pinyin gloss dropped from inside a name (各市、區(qū)人民政府) parts nothing: see
    ``parts_at_space``. A line's end in ``text_whole``, the document, parts names only as
    ``parts_at_line_end`` says (区市场监督 / 管理局 names one).
    """
    found: list[Named] = []
    gaps = line.gaps if names else ()
    text = line.text
    for named in names:
        cuts = [gap for gap in gaps if named.begin < gap < named.end]
        bounds = [named.begin, *cuts, named.end]
        # a name spelt out with one space between its characters (区 司 法 局): see letter_runs
        ends = letter_runs(
            [text[a:b] for a, b in itertools.pairwise(bounds)],
            [line.offset(gap) - line.offset(gap - 1) == _ONE_SPACE for gap in cuts],
        )
        start = named.begin
        joined_at = -1  # where a conjunction between two names ends (区司法局 与 区法院)
        for index, (gap, following) in enumerate(itertools.pairwise([*cuts, named.end])):
            if gap == joined_at:
                start = gap
            elif following < named.end and conjunction_at_space(
                text[start:gap], text[gap:following]
            ):
                found.append(attrs.evolve(named, begin=start, end=gap, note=None, role=None))
                joined_at = following
            elif ends[index] == ends[index + 1]:  # a letter space inside a name spelt out
                if parts_in_run(text[start:gap], text[gap : bounds[ends[index + 1]]]):
                    found.append(attrs.evolve(named, begin=start, end=gap, note=None, role=None))
                    start = gap
            elif (parts_at_line_end if _line_end(line, gap, text_whole) else parts_at_space)(
                text[start:gap], text[gap:following]
            ):
                found.append(attrs.evolve(named, begin=start, end=gap, note=None, role=None))
                start = gap
        found.append(named if start == named.begin else attrs.evolve(named, begin=start))
    return found


def _line_end(line: Line, gap: int, text_whole: str) -> bool:
    """Whether the document ``text_whole`` parts the line at ``gap`` with a line's end (lines joined)."""
    return "\n" in text_whole[line.offset(gap - 1) + 1 : line.offset(gap)]
