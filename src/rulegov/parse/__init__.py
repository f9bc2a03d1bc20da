r"""Text in, model out: read plan documents (工作计划, 工作要点, 实施方案) into [`Plan`][rulegov.Plan].

The parser reads the genre's own layout: the cover notice (印发通知), numbering
(一、 （一） 1. （1） ① 第一条), who does the work (牵头单位：…), timing (完成时限：…), targets (2个以上),
citations (《…》) and task tables. [`format_plan`][rulegov.format_plan] (in `rulegov.render`) writes
a plan back in the standard layout.

Besides [`parse_plan`][rulegov.parse_plan], the public names are
[`read_scheme_document`][rulegov.parse.read_scheme_document] (an appraisal document into a
scheme's JSON), [`check_frame`][rulegov.parse.check_frame] (a plan's document frame against
GB/T 9704-2012) and [`read_timeframe`][rulegov.parse.read_timeframe] (one 完成时限 read as dates).

The pieces that ``rulegov.render`` and ``rulegov.io`` write a plan with are public too, so that
a plan is written in the very words it is read in and no layer reaches into the parser's private
modules: the genre's words ([`ROLE_WORDS`][rulegov.parse.ROLE_WORDS] and
[`ROLE_FIELDS`][rulegov.parse.ROLE_FIELDS], the roles' labels and table fields;
[`COLUMN_HEADINGS`][rulegov.parse.COLUMN_HEADINGS], a task table's headings;
[`FREQUENCY_WORDS`][rulegov.parse.FREQUENCY_WORDS] and [`VAGUE_WORDS`][rulegov.parse.VAGUE_WORDS],
the words of a recurring or undated time frame), the numbering
([`match_heading`][rulegov.parse.match_heading], [`render_number`][rulegov.parse.render_number]),
lines and names ([`split_lines`][rulegov.parse.split_lines],
[`split_names`][rulegov.parse.split_names], [`normal`][rulegov.parse.normal]) and the one table
reader ([`read_grid`][rulegov.parse.read_grid], which looks for the header row in the first
[`HEADER_ROWS`][rulegov.parse.HEADER_ROWS] rows).

Examples:
    >>> from rulegov.parse import parse_plan, read_timeframe
    >>> plan = parse_plan("2023年工作计划\n一、加强领导\n1.召开会议。\n牵头单位：区司法局")
    >>> plan.tasks[0].lead_units
    ['区司法局']
    >>> read_timeframe("6月底前", 2023).end.isoformat()
    '2023-06-30'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rulegov.parse._frame import check_frame
    from rulegov.parse._numbering import match_heading, render_number
    from rulegov.parse._parser import parse_plan
    from rulegov.parse._scheme import read_scheme_document
    from rulegov.parse._table import HEADER_ROWS, read_grid
    from rulegov.parse._table_header import normal
    from rulegov.parse._text import split_lines
    from rulegov.parse._time import read_timeframe
    from rulegov.parse._units import split_names
    from rulegov.parse._vocab import (
        COLUMN_HEADINGS,
        FREQUENCY_WORDS,
        ROLE_FIELDS,
        ROLE_WORDS,
        VAGUE_WORDS,
    )

__all__ = [
    "COLUMN_HEADINGS",
    "FREQUENCY_WORDS",
    "HEADER_ROWS",
    "ROLE_FIELDS",
    "ROLE_WORDS",
    "VAGUE_WORDS",
    "check_frame",
    "match_heading",
    "normal",
    "parse_plan",
    "read_grid",
    "read_scheme_document",
    "read_timeframe",
    "render_number",
    "split_lines",
    "split_names",
]

# Each name loads its module on first use: the genre's words do not need the parser
_LAZY = {
    "COLUMN_HEADINGS": "rulegov.parse._vocab",
    "FREQUENCY_WORDS": "rulegov.parse._vocab",
    "HEADER_ROWS": "rulegov.parse._table",
    "ROLE_FIELDS": "rulegov.parse._vocab",
    "ROLE_WORDS": "rulegov.parse._vocab",
    "VAGUE_WORDS": "rulegov.parse._vocab",
    "check_frame": "rulegov.parse._frame",
    "match_heading": "rulegov.parse._numbering",
    "normal": "rulegov.parse._table",
    "parse_plan": "rulegov.parse._parser",
    "read_grid": "rulegov.parse._table",
    "read_scheme_document": "rulegov.parse._scheme",
    "read_timeframe": "rulegov.parse._time",
    "render_number": "rulegov.parse._numbering",
    "split_lines": "rulegov.parse._text",
    "split_names": "rulegov.parse._units",
}
_DEPRECATED = {
    "format_plan": ("rulegov.render:format_plan", "use rulegov.format_plan (rulegov.render)")
}


def __getattr__(name: str) -> object:
    """Load each public name from its module on first use."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    from rulegov._deprecation import deprecated_names  # noqa: PLC0415 - rarely needed

    return deprecated_names("rulegov.parse", _DEPRECATED)(name)


def __dir__() -> list[str]:
    """The module's names, the public ones included before they are loaded."""
    return sorted(set(globals()) | set(__all__))
