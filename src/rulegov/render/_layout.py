"""Write a plan back as text in the standard layout, which [`parse_plan`][rulegov.parse_plan] reads again.

The layout: document number, recipients (``…：``), notice body, issuer, date, title, preamble,
then each section's heading (``一、`` ``（一）``…) and text, each task's number and text, and its
units (``牵头单位：…``) and time frame (``完成时限：…``) on lines of their own.

A plan whose frame (公文格式) holds more than that is written in the order of GB/T 9704-2012: the
head (份号, 密级, 紧急程度, 发文机关标志, 发文字号 and 签发人), the title, recipients, the notice,
the attachment list, the signature and date, the notes, the plan (under its 附件 heading when it
is an attachment), the task-division table when there is one, and the record (抄送, 印发).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rulegov.errors import ParseError, _check_kind, _check_type
from rulegov.model import Diagnostic, Role, Severity, Task, TimeFrameKind
from rulegov.model import Plan as PlanModel
from rulegov.parse import (
    COLUMN_HEADINGS,
    FREQUENCY_WORDS,
    ROLE_WORDS,
    VAGUE_WORDS,
    match_heading,
    parse_plan,
    render_number,
    split_lines,
)
from rulegov.render._markdown import md_table, pipe_cell

if TYPE_CHECKING:
    from rulegov.model import Attachment, Frame, Plan, Section, TimeFrame

__all__ = ["date_words", "format_plan", "timeframe_words"]


def date_words(day: dt.date) -> str:
    """A date as written in a plan: 2023年6月30日 (a year before 1000 with four digits).

    Examples:
        >>> import datetime as dt
        >>> date_words(dt.date(2023, 6, 30)), date_words(dt.date(217, 4, 3))
        ('2023年6月30日', '0217年4月3日')
    """
    _check_type(day, dt.date, "day", "a datetime.date")
    return f"{day.year:04d}年{day.month}月{day.day}日"


def timeframe_words(timeframe: TimeFrame) -> str:
    """Words that read back as ``timeframe``, built from its fields (not from its text).

    ``timing_words`` is a deprecated name of this function.

    Examples:
        >>> import datetime as dt
        >>> from rulegov import TimeFrame
        >>> timeframe_words(TimeFrame(kind="deadline", end=dt.date(2023, 6, 30)))
        '2023年6月30日前'
        >>> timeframe_words(TimeFrame(kind="recurring", frequency="quarterly"))
        '每季度'
    """
    _check_kind(timeframe, "TimeFrame", "timeframe", "a rulegov TimeFrame")
    if timeframe.kind is TimeFrameKind.ON and timeframe.on is not None:
        return date_words(timeframe.on)
    if timeframe.kind is TimeFrameKind.RANGE and timeframe.start and timeframe.end:
        return f"{date_words(timeframe.start)}至{date_words(timeframe.end)}"
    if timeframe.kind is TimeFrameKind.RECURRING and timeframe.frequency is not None:
        return FREQUENCY_WORDS[timeframe.frequency]
    if timeframe.kind is TimeFrameKind.DEADLINE and timeframe.end is not None:
        return f"{date_words(timeframe.end)}前"
    return VAGUE_WORDS.get(timeframe.kind, "适时")


def _timeframe(timeframe: TimeFrame) -> str:
    return timeframe.text or timeframe_words(timeframe)


def _one_part(text: str) -> str:
    """``text`` with each line that would open a part of its own (``3.``) joined to the one above.

    A line of a task's text that starts with a heading number would be read back as a task or a
    section of its own, taking the rest of the text with it; joined, only the line break is lost.
    """
    lines = text.split("\n")
    kept = [lines[0]]
    for line in lines[1:]:
        if match_heading(split_lines(line)[0].text) is not None:
            kept[-1] += line
        else:
            kept.append(line)
    return "\n".join(kept)


def _unit_name(plan: Plan, unit: str) -> str:
    for candidate in plan.units:
        if candidate.id == unit:
            return candidate.name
    return unit


def _task_lines(task: Task, plan: Plan) -> list[str]:
    lines = [render_number(task.number) + _one_part(task.text or task.title)]
    for role, label in ROLE_WORDS.items():
        names = [
            a.unit_name or _unit_name(plan, a.unit) for a in task.assignments if a.role is role
        ]
        if names:
            lines.append(f"{label}：{'、'.join(names)}")
    if task.timeframe is not None:
        lines.append(f"{COLUMN_HEADINGS['deadline']}：{_timeframe(task.timeframe)}")
    return lines


def _section_lines(section: Section, plan: Plan) -> list[str]:
    lines = [render_number(section.number) + section.title if section.number else section.title]
    if section.text:
        lines.append(section.text)
    for task in section.tasks:
        lines.extend(_task_lines(task, plan))
    for child in section.children:
        lines.extend(_section_lines(child, plan))
    return lines


def format_plan(plan: Plan, *, diagnostics: list[Diagnostic] | None = None) -> str:
    """Render ``plan`` as text in the standard layout; [`parse_plan`][rulegov.parse_plan] reads it back.

    The text is read back once: when the header would be misread (a title that reads as a
    signature, say), the header is written with labels instead (``标题：``, ``发文机关：``,
    ``成文日期：``), as web pages print it.

    Args:
        plan: The plan to write.
        diagnostics: A list that receives a [`Diagnostic`][rulegov.Diagnostic] (code
            ``not-written``) for each part of the plan the text does not carry back: a target
            that its task's text does not state, a section without tasks read back as a task...
            Nothing is added when the text reads back as the same plan.

    Examples:
        >>> import rulegov
        >>> plan = rulegov.Plan(
        ...     title="2023年工作计划",
        ...     sections=[{"id": "s1", "number": "一", "level": 1, "title": "加强领导",
        ...                "tasks": [{"id": "t1", "number": "1", "path": ["一", "1"], "title": "召开会议。"}]}],
        ... )
        >>> print(format_plan(plan))
        2023年工作计划
        一、加强领导
        1.召开会议。
        >>> found = []
        >>> empty = rulegov.Section(id="s2", number="二", level=1, title="其他")
        >>> text = format_plan(plan.model_copy(update={"sections": [*plan.sections, empty]}),
        ...                    diagnostics=found)
        >>> [d.code for d in found][:1]
        ['not-written']

    Raises:
        ValidationError: for a ``plan`` that is no Plan, or ``diagnostics`` that is no list
            (code ``invalid-parameter``).
    """
    _check_type(plan, PlanModel, "plan", "a rulegov Plan")
    if diagnostics is not None:
        _check_type(diagnostics, list, "diagnostics", "a list to receive diagnostics")
    body: list[str] = []
    for part in _in_reading_order(plan):
        body.extend(
            _task_lines(part, plan) if isinstance(part, Task) else _section_lines(part, plan)
        )
    if plan.frame is not None and _needs_frame(plan.frame):
        head, after = _framed_lines(plan, plan.frame)
        text = _joined(head, [*body, *after])
        again = _read_back(text)
    else:
        text, again = _plain(plan, body)
    if diagnostics is not None:
        diagnostics.extend(_losses(plan, again))
    return text


def _plain(plan: Plan, body: list[str]) -> tuple[str, Plan | None]:
    """The text with the plain header, or the labelled one when the plain one reads back wrong."""
    text = _joined(_header_lines(plan), body)
    again = _read_back(text)
    if again is not None and not _title_stands_in(plan) and _header_of(again) != _header_of(plan):
        labelled = _joined(_labelled_header_lines(plan), body)
        other = _read_back(labelled)
        if other is not None and _header_of(other) == _header_of(plan):
            text, again = labelled, other
    return text, again


# -- the frame (公文格式) ------------------------------------------------------------------------


def _needs_frame(frame: Frame) -> bool:
    """Whether the frame holds elements that the plain header does not write."""
    extras = (
        frame.copy_number,
        frame.secrecy,
        frame.urgency,
        frame.organ_mark,
        frame.signers,
        frame.attachments,
        frame.notes,
        frame.cc,
        frame.printing_office,
        frame.printed_on,
    )
    return any(extras) or len(frame.signing_organs) > 1


def _head_lines(frame: Frame, plan: Plan) -> list[str]:
    """版头: copy number, secrecy, urgency, the organ's mark, the number and the signers."""
    lines: list[str] = []
    if frame.copy_number:
        lines.append(frame.copy_number)
    if frame.secrecy is not None:
        lines.append(frame.secrecy.text)
    if frame.urgency is not None:
        lines.append(frame.urgency.label)
    if frame.organ_mark:
        lines.append(frame.organ_mark)
    number = frame.doc_number.text if frame.doc_number is not None else plan.doc_number
    if frame.signers:
        lines.append(f"{number or ''}　　签发人：{'　'.join(frame.signers)}".lstrip("　"))
    elif number:
        lines.append(number)
    return lines


def _attachment_list(frame: Frame) -> list[str]:
    """附件说明: ``附件：1.…`` with the further entries on lines of their own."""
    listed = [item for item in frame.attachments if item.listed]
    if not listed:
        return []
    if len(listed) == 1 and listed[0].number in (None, 1):
        return [f"附件：{listed[0].title}"]
    lines = []
    for position, item in enumerate(listed):
        entry = f"{item.number if item.number is not None else position + 1}.{item.title}"
        lines.append(("附件：" if position == 0 else "　　　") + entry)
    return lines


def _attachment_heading(item: Attachment, frame: Frame) -> str:
    found = [entry for entry in frame.attachments if entry.found]
    if len(found) == 1 and item.number in (None, 1):
        return "附件"
    return f"附件{item.number if item.number is not None else ''}"


def _table_attachment(item: Attachment, frame: Frame, plan: Plan) -> list[str]:
    """A task-division table after the plan: one row per task, with its units and deadline."""
    fields = ("number", "title", "lead", "cooperating", "deadline")
    rows = []
    for number, task in enumerate(plan.tasks, start=1):
        names = {
            role: "、".join(
                a.unit_name or _unit_name(plan, a.unit) for a in task.assignments if a.role is role
            )
            for role in (Role.LEAD, Role.COOPERATING)
        }
        due = _timeframe(task.timeframe) if task.timeframe is not None else ""
        rows.append([number, task.title, names[Role.LEAD], names[Role.COOPERATING], due])
    # read back by the parser: only the pipe is escaped, so that a title keeps its * and _
    table = md_table([COLUMN_HEADINGS[field] for field in fields], rows, escape=pipe_cell)
    return [_attachment_heading(item, frame), item.title, *table]


def _record_lines(frame: Frame) -> list[str]:
    """版记: the cc list and the printing office with its date."""
    lines: list[str] = []
    if frame.cc:
        lines.append(f"抄送：{'，'.join(frame.cc)}。")
    if frame.printing_office or frame.printed_on:
        day = date_words(frame.printed_on) + "印发" if frame.printed_on else "印发"
        lines.append(f"{frame.printing_office or ''}　　{day}".lstrip("　"))
    return lines


def _signature_lines(frame: Frame, plan: Plan, lines: list[str]) -> None:
    """发文机关署名 and 成文日期; joint organs on one line, apart by two ideographic spaces."""
    organs = frame.signing_organs or ([plan.issuer] if plan.issuer else [])
    issued_on = frame.issued_on or plan.issued_on
    if issued_on is not None:
        if organs:
            lines.append("　　".join(organs))
        lines.append(date_words(issued_on))
    elif organs:
        # a signature without a date would read as the first line of a split title
        lines.insert(0, f"发文机关：{organs[0]}")


def _framed_lines(plan: Plan, frame: Frame) -> tuple[list[str], list[str]]:
    """The lines before the plan's sections, and those after them, in the standard's order."""
    lines = _head_lines(frame, plan)
    notice_title = plan.notice.title if plan.notice is not None else None
    title = frame.title or notice_title
    if title and title != plan.title:
        lines.append(title)
    recipients = frame.recipients or plan.recipients
    if recipients:
        lines.append("，".join(recipients) + "：")
    if plan.notice is not None and plan.notice.text:
        lines.append(plan.notice.text)
    lines.extend(_attachment_list(frame))
    _signature_lines(frame, plan, lines)
    lines.extend(note.text for note in frame.notes)
    plan_part = next((item for item in frame.attachments if item.is_plan and item.found), None)
    if plan_part is not None:
        lines.append(_attachment_heading(plan_part, frame))
    _title_and_preamble(plan, lines)
    after: list[str] = []
    for item in frame.attachments:
        if item.is_task_table and item.found:
            after.extend(_table_attachment(item, frame, plan))
    after.extend(_record_lines(frame))
    return lines, after


def _joined(header: list[str], body: list[str]) -> str:
    return "\n".join([*header, *body]) + "\n"


def _read_back(text: str) -> Plan | None:

    try:
        return parse_plan(text)
    except ParseError:
        return None


def _in_reading_order(plan: Plan) -> list[Task | Section]:
    """The unsectioned tasks and the sections, in the order the source printed them.

    A task that the source printed between sections (or after them) belongs to no section,
    and is written back where it was; without spans, unsectioned tasks come first.
    """
    parts: list[Task | Section] = [*plan.unsectioned_tasks, *plan.sections]
    if any(part.span is None for part in parts):
        return parts
    return sorted(parts, key=lambda part: part.span.start if part.span else 0)


def _title_and_preamble(plan: Plan, lines: list[str]) -> None:
    """Add the plan's title (unless its attachment heading stands in for it) and its preamble."""
    if not _title_stands_in(plan):
        lines.append(plan.title)
    if plan.preamble:
        lines.append(plan.preamble)


def _title_stands_in(plan: Plan) -> bool:
    """Whether the plan's title is its first line, standing in for a title the source lacks.

    Such a title is written once, as the first line it is; written again as a title, it would
    be read back as a second line of text.
    """
    return any(diagnostic.code == "no-title" for diagnostic in plan.diagnostics)


def _labelled_header_lines(plan: Plan) -> list[str]:
    """The header as a web page prints it: each field after its label."""
    lines = [f"标题：{plan.title}"]
    if plan.issuer:
        lines.append(f"发文机关：{plan.issuer}")
    if plan.issued_on is not None:
        lines.append(f"成文日期：{date_words(plan.issued_on)}")
    if plan.doc_number:
        lines.append(f"发文字号：{plan.doc_number}")
    lines.extend(_notice_lines(plan))
    if plan.preamble:
        lines.append(plan.preamble)
    return lines


def _notice_lines(plan: Plan) -> list[str]:
    """The notice's title, the recipients and the notice's text, as far as the plan has them."""
    lines: list[str] = []
    if plan.notice is not None and plan.notice.title:
        lines.append(plan.notice.title)
    if plan.recipients:
        lines.append("，".join(plan.recipients) + "：")
    if plan.notice is not None and plan.notice.text:
        lines.append(plan.notice.text)
    return lines


def _header_lines(plan: Plan) -> list[str]:
    lines: list[str] = [plan.doc_number] if plan.doc_number else []
    lines.extend(_notice_lines(plan))
    if plan.issued_on is not None:
        if plan.issuer:
            lines.append(plan.issuer)
        lines.append(date_words(plan.issued_on))
    elif plan.issuer:
        # a signature without a date would read as the first line of a split title; on top, the
        # labelled line would take the place of a first line that stands in for the title
        labelled = f"发文机关：{plan.issuer}"
        if _title_stands_in(plan):
            lines.append(labelled)
        else:
            lines.insert(0, labelled)
    _title_and_preamble(plan, lines)
    return lines


# -- what the text carries back ------------------------------------------------------------------


def _header_of(plan: Plan) -> dict[str, object]:
    return {
        "title": plan.title,
        "issuer": plan.issuer,
        "issued on": plan.issued_on,
        "document number": plan.doc_number,
        "recipients": plan.recipients,
        "preamble": plan.preamble,
    }


def _sections_of(plan: Plan) -> list[tuple[object, ...]]:
    return [
        (s.number, s.level, s.title, s.text, [t.number for t in s.tasks])
        for s in plan.walk_sections()
    ]


def _task_of(task: Task, plan: Plan) -> dict[str, object]:
    order = list(Role)
    units = sorted(
        [(a.unit_name or _unit_name(plan, a.unit), a.role.value) for a in task.assignments],
        key=lambda pair: order.index(Role(pair[1])),
    )
    timeframe = task.timeframe
    return {
        "number": task.number,
        "numbers of the sections above it": task.path[:-1],
        "title": task.title,
        "text": task.text,
        "units": units,
        "time frame": None
        if timeframe is None
        else (timeframe.kind.value, timeframe.on, timeframe.start, timeframe.end),
        "measures": [m.text for m in task.measures],
        "targets": [(g.text, g.comparator, g.value) for g in task.targets],
        "citations": [(c.title, c.doc_number) for c in task.citations],
    }


def _lost(message: str) -> Diagnostic:
    return Diagnostic(severity=Severity.WARNING, code="not-written", message=message)


def _losses(plan: Plan, again: Plan | None) -> list[Diagnostic]:
    """A diagnostic for each part of ``plan`` that ``again``, the text read back, lacks."""
    if again is None:
        return [
            _lost("the plan has no section and no task, so its text cannot be read back as a plan")
        ]
    found: list[Diagnostic] = []
    before, after = _header_of(plan), _header_of(again)
    found.extend(
        _lost(f"the {name} {value!r} reads back as {after[name]!r}")
        for name, value in before.items()
        if after[name] != value
    )
    if _sections_of(plan) != _sections_of(again):
        found.append(
            _lost(f"the sections {_sections_of(plan)!r} read back as {_sections_of(again)!r}")
        )
    tasks, read = plan.tasks, again.tasks
    if len(tasks) != len(read):
        found.append(_lost(f"the plan's {len(tasks)} tasks read back as {len(read)}"))
    for index, (task, other) in enumerate(zip(tasks, read, strict=False)):
        mine, theirs = _task_of(task, plan), _task_of(other, again)
        found.extend(
            _lost(
                f"task {task.number} (number {index + 1} in reading order): its {name} "
                f"{value!r} reads back as {theirs[name]!r}"
            )
            for name, value in mine.items()
            if theirs[name] != value
        )
    return found
