"""Write a plan back as text in the standard layout, which [`parse_plan`][rulegov.parse_plan] reads again.

The layout: document number, recipients (``…：``), notice body, issuer, date, title, preamble,
then each section's heading (``一、`` ``（一）``…) and text, each task's number and text, and its
units (``牵头单位：…``) and timing (``完成时限：…``) on lines of their own.

A plan with a frame (公文格式) is written in the order of GB/T 9704-2012: the head (份号, 密级,
紧急程度, 发文机关标志, 发文字号 and 签发人), the title, recipients, the notice, the attachment list,
the signature and date, the notes, the plan (under its 附件 heading when it is an attachment),
the task-division table when there is one, and the record (抄送, 印发).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rulegov.model import Role, TimingKind
from rulegov.parse._numbering import render_number

if TYPE_CHECKING:
    import datetime as dt

    from rulegov.model import Attachment, Frame, Plan, Section, Task, TimeFrame

__all__ = ["format_plan"]

_ROLE_LABELS: dict[Role, str] = {
    Role.LEAD: "牵头单位",
    Role.RESPONSIBLE: "责任单位",
    Role.COOPERATING: "配合单位",
    Role.SUPERVISING: "督办单位",
}
# the words for timings, shared with the task-division tables of rulegov.io
VAGUE_WORDS: dict[TimingKind, str] = {
    TimingKind.ONGOING: "持续推进",
    TimingKind.STANDING: "长期坚持",
    TimingKind.IN_DUE_TIME: "适时",
    TimingKind.PROMPTLY: "及时",
}
FREQUENCY_WORDS = {
    "weekly": "每周",
    "monthly": "每月",
    "quarterly": "每季度",
    "half_yearly": "每半年",
    "yearly": "每年",
}


def date_words(day: dt.date) -> str:
    """A date as written in a plan: 2023年6月30日."""
    return f"{day.year}年{day.month}月{day.day}日"


def timing_words(timeframe: TimeFrame) -> str:
    """Words that read back as ``timeframe``, built from its fields (not from its text)."""
    if timeframe.kind is TimingKind.ON and timeframe.on is not None:
        return date_words(timeframe.on)
    if timeframe.kind is TimingKind.RANGE and timeframe.start and timeframe.end:
        return f"{date_words(timeframe.start)}至{date_words(timeframe.end)}"
    if timeframe.kind is TimingKind.RECURRING and timeframe.frequency is not None:
        return FREQUENCY_WORDS[timeframe.frequency.value]
    if timeframe.kind is TimingKind.DEADLINE and timeframe.end is not None:
        return f"{date_words(timeframe.end)}前"
    return VAGUE_WORDS.get(timeframe.kind, "适时")


def _timing(timeframe: TimeFrame) -> str:
    return timeframe.text or timing_words(timeframe)


def _task_lines(task: Task) -> list[str]:
    text = task.text or task.title
    lines = [render_number(task.number) + text]
    for role, label in _ROLE_LABELS.items():
        names = [a.unit_name or a.unit for a in task.assignments if a.role is role]
        if names:
            lines.append(f"{label}：{'、'.join(names)}")
    if task.timeframe is not None:
        lines.append(f"完成时限：{_timing(task.timeframe)}")
    return lines


def _section_lines(section: Section) -> list[str]:
    lines = [render_number(section.number) + section.title if section.number else section.title]
    if section.text:
        lines.append(section.text)
    for task in section.tasks:
        lines.extend(_task_lines(task))
    for child in section.children:
        lines.extend(_section_lines(child))
    return lines


def format_plan(plan: Plan) -> str:
    """Render ``plan`` as text in the standard layout; [`parse_plan`][rulegov.parse_plan] reads it back.

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
    """
    after: list[str] = []
    if plan.frame is None:
        lines = _header_lines(plan)
    else:
        lines, after = _framed_lines(plan, plan.frame)
    for task in plan.unsectioned_tasks:
        lines.extend(_task_lines(task))
    for section in plan.sections:
        lines.extend(_section_lines(section))
    lines.extend(after)
    return "\n".join(lines) + "\n"


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
    lines = [
        _attachment_heading(item, frame),
        item.title,
        "|序号|工作任务|牵头单位|配合单位|完成时限|",
    ]
    lines.append("|---|---|---|---|---|")
    for number, task in enumerate(plan.tasks, start=1):
        lead = "、".join(a.unit_name or a.unit for a in task.assignments if a.role is Role.LEAD)
        cooperating = "、".join(
            a.unit_name or a.unit for a in task.assignments if a.role is Role.COOPERATING
        )
        timing = _timing(task.timeframe) if task.timeframe is not None else ""
        lines.append(f"|{number}|{task.title}|{lead}|{cooperating}|{timing}|")
    return lines


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
    lines.append(plan.title)
    if plan.preamble:
        lines.append(plan.preamble)
    after: list[str] = []
    for item in frame.attachments:
        if item.is_task_table and item.found:
            after.extend(_table_attachment(item, frame, plan))
    after.extend(_record_lines(frame))
    return lines, after


def _header_lines(plan: Plan) -> list[str]:
    lines: list[str] = []
    if plan.doc_number:
        lines.append(plan.doc_number)
    if plan.notice is not None and plan.notice.title:
        lines.append(plan.notice.title)
    if plan.recipients:
        lines.append("，".join(plan.recipients) + "：")
    if plan.notice is not None and plan.notice.text:
        lines.append(plan.notice.text)
    if plan.issued_on is not None:
        if plan.issuer:
            lines.append(plan.issuer)
        lines.append(date_words(plan.issued_on))
    elif plan.issuer:
        # a signature without a date would read as the first line of a split title
        lines.insert(0, f"发文机关：{plan.issuer}")
    lines.append(plan.title)
    if plan.preamble:
        lines.append(plan.preamble)
    return lines
