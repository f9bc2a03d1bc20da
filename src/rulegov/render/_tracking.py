"""The HTML of the 督办 list and of a comparison of two plans, for a browser or a notebook."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from rulegov.tracking import STATE_WORDS

if TYPE_CHECKING:
    from rulegov.tracking import PlanComparison, PlanStatus

__all__ = ["comparison_html", "status_html"]


def status_html(status: PlanStatus) -> str:
    """The 督办 list as an HTML table (escaped)."""
    head = "".join(
        f"<th>{name}</th>" for name in ("task", "units", "due", "state", "done", "reason")
    )
    body = "".join(
        "<tr>"
        f"<td>{html.escape(item.label)}</td><td>{html.escape('、'.join(item.units))}</td>"
        f"<td>{item.due.isoformat() if item.due else ''}</td>"
        f'<td class="{item.state.value}">{STATE_WORDS[item.state]}</td>'
        f"<td>{item.percent_complete:g}%</td><td>{html.escape(item.reason)}</td></tr>"
        for item in status.items
    )
    title = html.escape(f"{status.plan_title}: status as of {status.as_of.isoformat()}")
    return (
        f"<div><p><strong>{title}</strong></p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def comparison_html(comparison: PlanComparison) -> str:
    """The comparison as escaped HTML tables."""
    matches = "".join(
        f"<tr><td>{html.escape(m.old_number)}</td><td>{html.escape(m.new_number)}</td>"
        f"<td>{html.escape(m.new_title)}</td><td>{m.score:.2f}</td></tr>"
        for m in comparison.matches
    )
    changes = "".join(
        f"<tr><td>{html.escape(c.label)}</td><td>{c.kind}</td><td>{html.escape(c.old)}</td>"
        f"<td>{html.escape(c.new)}</td><td>{c.direction}</td></tr>"
        for c in comparison.changes
    )
    added = "".join(f"<li>{html.escape(item)}</li>" for item in comparison.added)
    dropped = "".join(f"<li>{html.escape(item)}</li>" for item in comparison.dropped)
    title = html.escape(f"{comparison.old_title} → {comparison.new_title}")
    return (
        f"<div><p><strong>{title}</strong></p>"
        "<table><thead><tr><th>old</th><th>new</th><th>title</th><th>score</th></tr></thead>"
        f"<tbody>{matches}</tbody></table>"
        f"<p>New tasks</p><ul>{added}</ul><p>Dropped tasks</p><ul>{dropped}</ul>"
        "<table><thead><tr><th>task</th><th>change</th><th>old</th><th>new</th>"
        f"<th>direction</th></tr></thead><tbody>{changes}</tbody></table></div>"
    )
