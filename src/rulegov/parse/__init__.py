r"""Text in, model out: read plan documents (工作计划, 工作要点, 实施方案) into [`Plan`][rulegov.Plan].

The parser reads the genre's own layout: the cover notice (印发通知), numbering
(一、 （一） 1. （1） ① 第一条), who does the work (牵头单位：…), timing (完成时限：…), targets (2个以上),
citations (《…》) and task tables. [`format_plan`][rulegov.format_plan] (in `rulegov.render`) writes
a plan back in the standard layout.

Besides [`parse_plan`][rulegov.parse_plan], the public names are
[`read_scheme_document`][rulegov.parse.read_scheme_document] (an appraisal document into a
scheme's JSON), [`check_frame`][rulegov.parse.check_frame] (a plan's document frame against
GB/T 9704-2012) and [`read_timeframe`][rulegov.parse.read_timeframe] (one 完成时限 read as dates).

The package also lends ``rulegov.render`` and ``rulegov.io`` the pieces they write a plan with, so
that a plan is written in the very words it is read in: the genre's words (``ROLE_FIELDS``,
``ROLE_WORDS``, ``FREQUENCY_WORDS``, ``VAGUE_WORDS``), the numbering (``match_heading``,
``render_number``), lines and names (``split_lines``, ``split_names``, ``normal``) and the one
table reader (``read_grid``, ``HEADER_ROWS``). These are importable from ``rulegov.parse`` but are
not in its ``__all__``: they are not public API and may change in any release.

Examples:
    >>> from rulegov.parse import parse_plan, read_timeframe
    >>> plan = parse_plan("2023年工作计划\n一、加强领导\n1.召开会议。\n牵头单位：区司法局")
    >>> plan.tasks[0].lead_units
    ['区司法局']
    >>> read_timeframe("6月底前", 2023).end.isoformat()
    '2023-06-30'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# "name as name" marks a name shared with render and io, outside __all__, as exported for mypy
if TYPE_CHECKING:
    from rulegov.parse._frame import check_frame
    from rulegov.parse._numbering import match_heading as match_heading
    from rulegov.parse._numbering import render_number as render_number
    from rulegov.parse._parser import parse_plan
    from rulegov.parse._scheme import read_scheme_document
    from rulegov.parse._table import HEADER_ROWS as HEADER_ROWS
    from rulegov.parse._table import normal as normal
    from rulegov.parse._table import read_grid as read_grid
    from rulegov.parse._text import split_lines as split_lines
    from rulegov.parse._time import read_timeframe
    from rulegov.parse._units import split_names as split_names
    from rulegov.parse._vocab import COLUMN_HEADINGS as COLUMN_HEADINGS
    from rulegov.parse._vocab import FREQUENCY_WORDS as FREQUENCY_WORDS
    from rulegov.parse._vocab import ROLE_FIELDS as ROLE_FIELDS
    from rulegov.parse._vocab import ROLE_WORDS as ROLE_WORDS
    from rulegov.parse._vocab import VAGUE_WORDS as VAGUE_WORDS

__all__ = ["check_frame", "parse_plan", "read_scheme_document", "read_timeframe"]

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
    import importlib  # noqa: PLC0415

    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        if name in __all__:  # the names lent to render and io stay out of the namespace
            globals()[name] = value
        return value
    from rulegov._deprecation import deprecated_names  # noqa: PLC0415 - rarely needed

    return deprecated_names("rulegov.parse", _DEPRECATED)(name)


def __dir__() -> list[str]:
    """The module's names, the public ones included before they are loaded."""
    return sorted(set(globals()) | set(__all__))
