r"""Text in, model out: read plan documents (工作计划, 工作要点, 实施方案) into [`Plan`][rulegov.Plan].

The parser reads the genre's own layout: the cover notice (印发通知), numbering
(一、 （一） 1. （1） ① 第一条), who does the work (牵头单位：…), timing (完成时限：…), targets (2个以上),
citations (《…》) and task tables. [`format_plan`][rulegov.format_plan] writes a plan back in the
standard layout.

Examples:
    >>> from rulegov.parse import format_plan, parse_plan
    >>> plan = parse_plan("2023年工作计划\n一、加强领导\n1.召开会议。\n牵头单位：区司法局")
    >>> parse_plan(format_plan(plan)).tasks[0].lead_units
    ['区司法局']
"""

from rulegov.parse._format import format_plan
from rulegov.parse._frame import check_frame
from rulegov.parse._parser import parse_plan
from rulegov.parse._scheme import read_scheme_document

__all__ = ["check_frame", "format_plan", "parse_plan", "read_scheme_document"]
