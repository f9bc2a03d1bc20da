"""Write a plan back as text in the standard layout, which [`parse_plan`][rulegov.parse_plan] reads again.

The layout: document number, recipients (``…：``), notice body, issuer, date, title, preamble,
then each section's heading (``一、`` ``（一）``…) and text, each task's number and text, and its
units (``牵头单位：…``) and timing (``完成时限：…``) on lines of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rulegov.model import TimingKind
from rulegov.parse._numbering import render_number
from rulegov.parse._vocab import FREQUENCY_WORDS, ROLE_WORDS, VAGUE_WORDS

if TYPE_CHECKING:
    import datetime as dt

    from rulegov.model import Plan, Section, Task, TimeFrame

__all__ = ["format_plan"]


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
        return FREQUENCY_WORDS[timeframe.frequency]
    if timeframe.kind is TimingKind.DEADLINE and timeframe.end is not None:
        return f"{date_words(timeframe.end)}前"
    return VAGUE_WORDS.get(timeframe.kind, "适时")


def _timing(timeframe: TimeFrame) -> str:
    return timeframe.text or timing_words(timeframe)


def _task_lines(task: Task) -> list[str]:
    text = task.text or task.title
    lines = [render_number(task.number) + text]
    for role, label in ROLE_WORDS.items():
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
    lines = _header_lines(plan)
    for task in plan.unsectioned_tasks:
        lines.extend(_task_lines(task))
    for section in plan.sections:
        lines.extend(_section_lines(section))
    return "\n".join(lines) + "\n"


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
