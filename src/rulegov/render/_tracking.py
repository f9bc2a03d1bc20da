"""The 督办 list and a comparison of two plans: as plain text, as Markdown, and as HTML."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from rulegov.render._html import box, table
from rulegov.render._markdown import md, md_table
from rulegov.tracking import STATE_WORDS, TaskState

if TYPE_CHECKING:
    from rulegov.tracking import PlanComparison, PlanStatus

__all__ = [
    "comparison_html",
    "comparison_markdown",
    "comparison_text",
    "status_html",
    "status_markdown",
    "status_text",
]

_PENDING = {TaskState.OVERDUE, TaskState.AT_RISK}


def status_text(status: PlanStatus) -> str:
    """The 督办 list as plain text: the counts, then what is overdue and at risk, by unit."""
    lines = [f"{status.plan_title}: status as of {status.as_of.isoformat()}", ""]
    lines.extend(
        f"  {STATE_WORDS[state]} ({state.value}): {n}" for state, n in status.counts().items() if n
    )
    for state in (TaskState.OVERDUE, TaskState.AT_RISK):
        items = status.in_state(state)
        if not items:
            continue
        lines.extend(["", f"{STATE_WORDS[state]} ({state.value}):"])
        for item in items:
            lines.append(f"  {item.label} [{'、'.join(item.units) or '—'}]")
            lines.append(f"    {item.reason}")
    owed = [
        (unit, items)
        for unit, items in status.by_unit().items()
        if any(item.state in _PENDING for item in items)
    ]
    if owed:
        lines.extend(["", "By unit (overdue / at risk / open):"])
        for unit, items in owed:
            overdue = sum(item.state is TaskState.OVERDUE for item in items)
            risky = sum(item.state is TaskState.AT_RISK for item in items)
            open_ = sum(item.state not in {TaskState.DONE, TaskState.CANCELLED} for item in items)
            lines.append(f"  {unit}: {overdue} / {risky} / {open_}")
    return "\n".join(lines) + "\n"


_STATUS_HEAD = ("task", "units", "due", "state", "done", "reason")


def _status_rows(status: PlanStatus) -> list[tuple[str, ...]]:
    """One row per item of the 督办 list, in the columns of ``_STATUS_HEAD``."""
    return [
        (
            item.label,
            "、".join(item.units),
            item.due.isoformat() if item.due else "",
            STATE_WORDS[item.state],
            f"{item.percent_complete:g}%",
            item.reason,
        )
        for item in status.items
    ]


def status_markdown(status: PlanStatus) -> str:
    """The 督办 list as Markdown: counts, then one table of every item."""
    lines = [f"## {md(status.plan_title)}: status as of {status.as_of.isoformat()}", ""]
    counts = [
        (f"{STATE_WORDS[state]} ({state.value})", n) for state, n in status.counts().items() if n
    ]
    lines.extend(md_table(["state", "items"], counts, right=[1]))
    rows = _status_rows(status)
    lines.append("")
    lines.extend(md_table(_STATUS_HEAD, rows, right=[4]))
    return "\n".join(lines) + "\n"


def comparison_text(comparison: PlanComparison) -> str:
    """The comparison as plain text: the counts, then the tasks carried over, new and dropped."""
    lines = [
        f"{comparison.old_title} -> {comparison.new_title}",
        (
            f"carried over {len(comparison.matches)}, new {len(comparison.added)}, dropped "
            f"{len(comparison.dropped)}, changes {len(comparison.changes)}"
        ),
    ]
    sections = [
        (
            "Carried over",
            [
                f"{m.old_number} -> {m.new_number} {m.new_title} ({m.score:.2f})"
                for m in comparison.matches
            ],
        ),
        ("New", list(comparison.added)),
        ("Dropped", list(comparison.dropped)),
        (
            "Changes",
            [
                f"{c.label}: {c.kind} {c.old or '—'} -> {c.new or '—'} ({c.direction})"
                for c in comparison.changes
            ],
        ),
    ]
    for heading, items in sections:
        if items:
            lines.extend(["", f"{heading}:"])
            lines.extend(f"  {item}" for item in items)
    return "\n".join(lines) + "\n"


def comparison_markdown(comparison: PlanComparison) -> str:
    """The comparison as Markdown tables."""
    lines = [f"## {md(comparison.old_title)} → {md(comparison.new_title)}", ""]
    matches = [
        (m.old_number, m.new_number, m.new_title, f"{m.score:.2f}") for m in comparison.matches
    ]
    lines.extend(md_table(["old", "new", "title", "score"], matches, right=[3]))
    for heading, items in (("New tasks", comparison.added), ("Dropped tasks", comparison.dropped)):
        if items:
            lines.extend(["", f"**{heading}**", ""])
            lines.extend(f"- {md(item)}" for item in items)
    if comparison.changes:
        changes = [(c.label, c.kind, c.old, c.new, c.direction) for c in comparison.changes]
        lines.append("")
        lines.extend(md_table(["task", "change", "old", "new", "direction"], changes))
    return "\n".join(lines) + "\n"


def status_html(status: PlanStatus) -> str:
    """The 督办 list as an HTML table (escaped): every item, with its state and reason."""
    rows = _status_rows(status)
    return box(
        f"{status.plan_title}: status as of {status.as_of.isoformat()}",
        table(("task", "units", "due", "state", "done", "reason"), rows, limit=max(len(rows), 1)),
    )


def comparison_html(comparison: PlanComparison) -> str:
    """The comparison as escaped HTML tables: the tasks carried over, new and dropped, changes."""
    matches = [
        (m.old_number, m.new_number, m.new_title, f"{m.score:.2f}") for m in comparison.matches
    ]
    changes = [(c.label, c.kind, c.old, c.new, c.direction) for c in comparison.changes]
    parts: list[str] = [
        table(("old", "new", "title", "score"), matches, limit=max(len(matches), 1))
    ]
    for heading, items in (("New tasks", comparison.added), ("Dropped tasks", comparison.dropped)):
        listed = "".join(f"<li>{html.escape(item)}</li>" for item in items)
        parts.append(f"<p>{heading}</p><ul>{listed}</ul>")
    parts.append(
        table(("task", "change", "old", "new", "direction"), changes, limit=max(len(changes), 1))
    )
    return box(f"{comparison.old_title} → {comparison.new_title}", *parts)
