"""The plan parser's state, which every part of it shares.

`ParserState` declares what the parser holds (the text and its lines, the tree of
parts read so far, the units, groups and assessments, the diagnostics) and, for
type-checking only, the methods one part calls in another; the parts are mixins of
`_parser._Parser`.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from rulegov.model import Diagnostic, SectionKind, Severity, Span
from rulegov.parse._numbering import DECIMAL_STYLES, NEVER_TASKS, TOP_STYLES, Style
from rulegov.parse._vocab import (
    LIST_WORDS,
    LONG_UNIT_ENDINGS,
    OUTLINE_PROSE_TITLES,
    OUTLINE_RISK_TITLES,
    PART_LEAD_LABELS,
    PROSE_HEADINGS,
    PROSE_TITLES,
    ROLE_LABELS,
    TASK_HEADINGS,
    TASK_OPENING_VERBS,
    TASK_SECTION_ENDINGS,
    TASK_SECTION_TITLES,
    UNIT_KIND_ENDINGS,
    WORK_VERBS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Any

    from rulegov.model import (
        Assessment,
        Attachment,
        CoordinationGroup,
        Notice,
        Period,
        Role,
        TimeFrame,
    )
    from rulegov.parse._facts import Segment
    from rulegov.parse._fields import Field
    from rulegov.parse._frame import FrameReading, TableRow
    from rulegov.parse._header import Header
    from rulegov.parse._parser import Part
    from rulegov.parse._parser_body import UnitGroup
    from rulegov.parse._parser_units import UnitsRead
    from rulegov.parse._table import TableReading
    from rulegov.parse._table_spaced import SpacedTable
    from rulegov.parse._text import Line
    from rulegov.parse._unnumbered import Opening


TABLE = "table"

_MAX_PROSE_TITLE = 12


_NAMES_TASKS = re.compile("任务|措施")  # a heading of goals and tasks heads tasks
# A heading of results (成效, 成就, 成绩, 回顾) reviews the years before it, unless a verb before
# the word does something to them (巩固拓展…成效, 持续巩固发展成效): that part heads tasks.
_REVIEW_WORD = re.compile("成效|成就|成绩|成果|回顾")
_WORKS_ON_RESULTS = re.compile("巩固|拓展|持续|提升|扩大|放大|深化|转化|用好|发挥")
# A heading of a base (一、发展基础) describes the ground a plan stands on, unless a verb before
# the word builds it (十、提升安全保障能力，夯实内需发展基础; 筑牢…发展基础): that part heads tasks.
_BASE_WORD = re.compile("基础")
_BUILDS_BASE = re.compile("夯实|筑牢|打牢|厚植|稳固|奠定|打好")
# a sentence that says a thing has significance (…,具有重要意义): a verb right before the word
_SIGNIFICANCE_WORD = re.compile("重要意义|重要性")
_HAS_SIGNIFICANCE = re.compile("(?:具有|具备|有着)(?:十分|非常|极其|极为|特别|更加)?$")


PROSE = frozenset(kind for _, kind in PROSE_HEADINGS)
# The heading words, prose first (a title with both, 指导思想和工作要求, is prose).
HEADING_KINDS: dict[str, SectionKind] = {**dict(TASK_HEADINGS), **dict(PROSE_HEADINGS)}
_HEADING_WORD = re.compile("|".join(word for word, _ in (*PROSE_HEADINGS, *TASK_HEADINGS)))
_PROSE_ENDING = re.compile("(?:" + "|".join(word for word, _ in PROSE_HEADINGS) + ")$")
_LONGEST_PROSE_HEADING = max(len(word) for word, _ in PROSE_HEADINGS)
_OUTLINE_JOINS = "与和及、"  # 现状分析与问题诊断: two parts of an outline in one title
# the longest first: 背景与意义 before a word it might end in
_OUTLINE_WORDS = sorted(OUTLINE_PROSE_TITLES, key=len, reverse=True)
_OUTLINE_RISK_WORDS = sorted((*OUTLINE_PROSE_TITLES, *OUTLINE_RISK_TITLES), key=len, reverse=True)


_ALWAYS_TASKS = frozenset({Style.ARTICLE})


# a short heading of principles: two to four characters, then 原则 (创建原则, 实施原则), or 原那么,
# as a conversion some sharing sites run over their copies writes every 则 (否那么 for 否则):
# 指导原那么 is 指导原则
_PRINCIPLES = re.compile(r"[\u4e00-\u9fff]{2,4}原(?:则|那么)")
# an outline's point of one principle among several, numbered after the word (2.5考核原则一:…)
_PRINCIPLE_ORDINAL = re.compile(r"(?<=原则)[一二三四五六七八九十]{1,2}$")
_KEEPS_PRINCIPLES = ("坚持", "遵循", "把握", "贯彻", "落实", "严守", "恪守", "秉持", "遵守", "坚守")


_MIN_PROSE_WORD = 4  # 总体要求, 指导思想: words long enough to open a run-on title
_PROSE_WORDS = tuple(word for word, _ in PROSE_HEADINGS if len(word) >= _MIN_PROSE_WORD)


_LIST_AHEAD = re.compile(
    r"(?:以下|下列)\S{0,8}(?:职责|職責|责任|責任|任务|任務|工作|事项|事項|条件|條件|行为|行為|情形)"
)
# an article's line that ends naming what its colon lists: …的基本任务:, …的主要职责是:
_LISTED_AT_END = re.compile(
    r"(?:职责|職責|责任|責任|任务|任務|事项|事項)(?:主要)?(?:是|有|为|為)?[:：]$"
)


# Top-level numbers that print a heading when alone on their line (GB/T 9704: 一、 then （一）).
HEADING_STYLES = frozenset({Style.CHINESE, Style.CHAPTER})


@attrs.define(eq=False)
class Node:
    style: str
    number: str
    value: int
    line: Line
    title_range: tuple[int, int] = (0, 0)
    opens_paragraph: bool = False
    title_stop: int = 0
    table_columns: dict[int, str] = attrs.Factory(dict)
    table_rows: list[tuple[Line, list[tuple[int, int]]]] = attrs.Factory(list)
    # the first part's heading printed over a table's header (一、依法决策 / 序号 | 工作任务 | …)
    table_above: list[tuple[Line, list[tuple[int, int]]]] = attrs.Factory(list)
    table_plan: TableReading | None = None
    table_title: str = ""
    table_starts: list[int] = attrs.Factory(list)  # where a table lined up with spaces
    last_child: dict[str, int] = attrs.Factory(dict)
    children: list[Node] = attrs.Factory(list)
    heading_text: list[Segment] = attrs.Factory(list)
    body: list[Segment] = attrs.Factory(list)
    fields: list[tuple[Line, Field]] = attrs.Factory(list)
    bare_fields: list[tuple[Line, Field]] = attrs.Factory(list)  # on lines of fields alone
    colon_names: Field | None = None  # the units its title names before a colon ending its line
    lines: list[Line] = attrs.Factory(list)
    last_line: Line | None = None

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def title(self) -> str:
        return self.line.printed(*self.title_range)

    def segments(self) -> list[Segment]:
        return [*self.heading_text, *self.body]


def line_diagnostic(
    line: Line, position: int, code: str, message: str, severity: Severity = Severity.WARNING
) -> Diagnostic:
    start, stop = line.bounds(position, len(line.text))
    return Diagnostic(
        severity=severity,
        code=code,
        message=message,
        line=line.number,
        column=line.column(position),
        span=Span(start=start, end=stop),
    )


class ParserState:
    """What the plan parser holds while it reads a plan."""

    text: str
    text_end: int  # where the printed text ends (a name cut by it)
    source: str | None
    lines: list[Line]
    framed: list[Line]
    signers: list[str] | None  # the signatures in the text, once read
    diagnostics: list[Diagnostic]
    units: UnitsRead
    year: int | None
    root: Node
    stack: list[Node]
    table: Node | None
    above_header: list[tuple[Line, list[tuple[int, int]]]]  # rows for the next table's top
    last_values: dict[str, int]
    parent_style: dict[str, str]
    task_places: dict[str, tuple[int, int]]
    loose: list[Segment]
    task_count: int
    section_count: int
    title: str  # the plan's title, once read
    groups: dict[str, CoordinationGroup]
    # the plan's issuers and titles, once read: the place a group's name may put first
    own_issuers: list[str]
    own_titles: list[str]
    # the assessments read so far: those of the text as plain fields, validated with the
    # plan in the one call that makes it; those of a table as the table reader made them
    assessments: list[dict[str, Any] | Assessment]
    first_leads_from: int | None  # where the plan says the first unit leads
    top_heads: bool  # the top level heads items: each of its headings is a section
    cut_heading: Node | None  # the heading the text ends on, left empty by a cut
    notice_only: bool  # a notice without a plan: its numbered parts are requirements
    spaced: SpacedTable | None  # a task table printed with single spaces
    annex_starts: list[int]  # where each annex printed in the text starts
    # the units a line of names before a colon gives the items under it (区司法局:), the
    # part those items stand in and their numbering, and the items, for each such line
    unit_groups: list[UnitGroup]
    role_worded: bool | None  # whether the plan names units with role words
    worded_roles: frozenset[Role] | None  # the roles the plan's role words name, once read
    # the tasks of a division of work printed without numbers, by the line each opens at
    openings: dict[tuple[int, int], Opening]

    def ends_text(self, line: Line) -> bool:
        """Whether the printed text ends with this line (a copy cut there)."""
        return line.end_offset(len(line.text)) >= self.text_end

    def line_at(self, offset: int) -> Line | None:
        """The line that holds ``offset`` of the text, if any."""
        index = bisect.bisect_right([line.start for line in self.lines], offset) - 1
        return self.lines[index] if index >= 0 else None

    if TYPE_CHECKING:
        # the methods the parts call in one another, each with the part that
        # defines it (declared here for type-checking only)
        def body_start(self, crumbs: frozenset[int] = frozenset()) -> int: ...  # _parser_body
        def read_body(self, lines: list[Line]) -> None: ...  # _parser_body
        def first_group_start(self, header: Header, start: int) -> int: ...  # _parser_body
        def unnumbered_start(self, start: int) -> int: ...  # _parser_body
        def table_line(
            self, line: Line, lines: list[Line], index: int
        ) -> bool: ...  # _parser_table_lines
        def glued_header(
            self, line: Line, lines: list[Line], index: int
        ) -> bool: ...  # _parser_table_lines
        def end_table(self) -> None: ...  # _parser_table_lines
        def top_parts(
            self, sections: list[Part], unsectioned: list[Part], plan_segments: list[Segment]
        ) -> None: ...  # _parser_tree
        def drop_empty_headings(self, node: Node) -> None: ...  # _parser_tree
        def take_frame(self) -> FrameReading: ...  # _parser_head
        def frame_fallbacks(
            self, header: Header, found: dict[str, object], spans: dict[str, Span] | None = None
        ) -> None: ...  # _parser_head
        def named_groups(
            self,
            header: Header,
            plan_segments: list[Segment],
            attachments: Sequence[Attachment] = (),
        ) -> None: ...  # _parser_groups
        def named_title_of(
            self, header: Header, attachments: Sequence[Attachment]
        ) -> str: ...  # _parser_title
        def signed_or_dated(
            self, header: Header, title: str, start: int, found: dict[str, object]
        ) -> None: ...  # _parser_head
        def merge_table(self, rows: list[TableRow]) -> None: ...  # _parser_table_lines
        def learn_aliases(self) -> None: ...  # _parser_title
        @staticmethod
        def named_title(header: Header) -> tuple[str, Span] | None: ...  # _parser_title
        def plan_year(self, title: str, header: Header) -> int | None: ...  # _parser_title
        def period(self, title: str) -> Period | None: ...  # _parser_title
        def issuer_unit(self, header: Header, title: str) -> str | None: ...  # _parser_title
        def notice(self, header: Header) -> Notice | None: ...  # _parser_title
        def scored_parts(
            self, title: str, sections: list[Part], tasks: list[Part]
        ) -> None: ...  # _parser_groups
        def scored_items(
            self, task_id: str, title: str, measures: list[dict[str, Any]]
        ) -> None: ...  # _parser_groups
        def coordination_group(
            self, name: str, task_id: str | None, span: Span | None
        ) -> CoordinationGroup: ...  # _parser_groups
        def checks(
            self,
            task_id: str | None,
            segments: list[Segment],
            due: TimeFrame | None,
            *,
            folded: bool = False,
        ) -> None: ...  # _parser_groups
        def read_fields(
            self, fields: list[tuple[Line, Field]], node: Node, task_id: str
        ) -> tuple[list[dict[str, Any]], TimeFrame | None]: ...  # _parser_fields
        def unlabelled_timing(
            self, segments: list[Segment]
        ) -> TimeFrame | None: ...  # _parser_fields
        def unit_diagnostics(self, tasks: list[Part]) -> None: ...  # _parser_fields


def _principles_kind(bare: str) -> SectionKind | None:
    """The kind of a part's short heading of principles, whatever the word before them.

    创建原则, 实施原则, 建设原则, as 基本原则: what is numbered under them is prose; a verb that
    keeps them (坚持原则, 遵循原则) makes the heading a task's. Only a part's heading (二、, 第二章)
    is read so: a lower heading of the same words is a task's.

    Examples:
        >>> _principles_kind("创建原则").value, _principles_kind("坚持原则")
        ('general_requirements', None)
    """
    if _PRINCIPLES.fullmatch(bare) is None or bare.startswith(_KEEPS_PRINCIPLES):
        return None
    return SectionKind.GENERAL_REQUIREMENTS


def _section_kind(title: str) -> SectionKind | None:
    """The kind a heading names (指导思想, 保障措施...), read from its words before any ``:``."""
    bare = title.split(":", 1)[0].rstrip("。:")
    if bare in TASK_SECTION_TITLES:
        return SectionKind.TASKS
    if bare in PROSE_TITLES:
        return PROSE_TITLES[bare]
    if len(bare) > _MAX_PROSE_TITLE:
        # a long title names prose by its last words (充分认识…的重要意义), or by its first
        # when a copy ran the text into the heading (指导思想和基本要求《纲要》是…)
        # the search starts where the longest word could, not at every character of the title
        found = _PROSE_ENDING.search(bare, len(bare) - _LONGEST_PROSE_HEADING)
        if found is None:
            if not bare.startswith(_PROSE_WORDS):  # one call for all the words, as most fail
                return None
            opening = next(word for word in _PROSE_WORDS if bare.startswith(word))
            return HEADING_KINDS[opening]
        worked = _works_on_results(bare, found) or _states_significance(bare, found)
        return None if worked else HEADING_KINDS[found.group()]
    found = _HEADING_WORD.search(bare)
    worked = found is None or _works_on_results(bare, found) or _states_significance(bare, found)
    kind = None if found is None or worked else HEADING_KINDS[found.group()]
    # 工作目标和主要任务: what is numbered under a heading of goals and tasks are tasks
    return None if kind in PROSE and _NAMES_TASKS.search(bare) is not None else kind


def node_kind(node: Node) -> SectionKind | None:
    """The kind a part's heading names: its words' kind, or an outline's part of prose.

    A part 一、 (or 第一章) whose title ends in the parts of an outline that set out no work
    (一、背景分析, 二、现状分析与问题诊断, 三、集团法治建设目标设定与理论框架) is prose, unless
    a verb says it works on them (一、开展营商环境现状分析); over an outline's points (6.1, 6.2)
    a part of risks (六、风险评估) is prose too; the same words ending a lower heading's title or
    an item (（二）目标设定, 1.开展现状分析) head work; an outline's point (3.1目标设定:…) is prose
    when they are its whole title, and a point with nothing under it is no section for the part
    of work its words name (5.1组织保障体系的构建 is an item of 五、实施路径).
    """
    title = node.line.text[slice(*node.title_range)]
    named = _section_kind(title)
    rest = title.split(":", 1)[0].rstrip("。:")
    if named is None and node.style in HEADING_STYLES:
        # a part of principles (二、创建原则); a lower heading of the same words (（二）明确原则
        # under 一、主要任务) is a task's
        named = _principles_kind(rest)
    if node.style in DECIMAL_STYLES and (
        named is None or (named not in PROSE and not node.children)
    ):
        # an outline's point 3.1目标设定:…, its whole title; a point with nothing under it that
        # names a part of work (5.1组织保障体系的构建) is one of its part's items, not a section;
        # a point stating one principle (2.5考核原则一:依法依规…) is prose, as a part of them is
        return OUTLINE_PROSE_TITLES.get(rest) or _principles_kind(_PRINCIPLE_ORDINAL.sub("", rest))
    if named is not None or node.style not in HEADING_STYLES:
        return named
    words = _OUTLINE_WORDS
    if any(child.style in DECIMAL_STYLES for child in node.children):
        words = _OUTLINE_RISK_WORDS  # 六、风险评估 over 6.1…: an outline's part of risks
    kind = None
    while word := next((word for word in words if rest.endswith(word)), None):
        kind = kind or OUTLINE_PROSE_TITLES.get(word, SectionKind.OTHER)
        rest = rest[: -len(word)]
        if not rest or rest[-1] not in _OUTLINE_JOINS:
            break
        rest = rest[:-1]
    if (
        kind is None
        or rest.startswith(TASK_OPENING_VERBS)
        or any(verb in rest for verb in WORK_VERBS)
    ):
        return None
    return kind


def _states_significance(bare: str, found: re.Match[str]) -> bool:
    """Whether the words of significance end a sentence that gives it to a thing: no heading.

    ``一、充分认识…的重要意义`` names a part on why the work matters; an item's sentence
    ``1、建立健全领导干部学法制度,是…的迫切需要,对增强…能力,具有重要意义`` says a thing has it,
    with a verb (具有, 有着) right before the words: the item is work of its part, not prose.

    Examples:
        >>> bare = "建立健全学法制度,对增强依法行政能力,具有重要意义"
        >>> _states_significance(bare, _SIGNIFICANCE_WORD.search(bare))
        True
        >>> bare = "充分认识加强法治政府建设的重要意义"
        >>> _states_significance(bare, _SIGNIFICANCE_WORD.search(bare))
        False
    """
    if _SIGNIFICANCE_WORD.fullmatch(found.group()) is None:
        return False
    return _HAS_SIGNIFICANCE.search(bare, 0, found.start()) is not None


def _works_on_results(bare: str, found: re.Match[str]) -> bool:
    """Whether a heading of results (成效, 回顾) or of a base does something to them: tasks.

    ``一、“十三五”发展成效`` reviews what was done; ``一、巩固拓展法治建设主要成效`` and
    ``一、持续巩固发展成效`` set out work that keeps the results: a verb before the word tells.
    ``一、发展基础`` describes the ground; ``十、…夯实内需发展基础`` builds it.
    """
    if _BASE_WORD.search(found.group()) is not None:
        return _BUILDS_BASE.search(bare, 0, found.start()) is not None
    return (
        _REVIEW_WORD.search(found.group()) is not None
        and _WORKS_ON_RESULTS.search(bare, 0, found.start()) is not None
    )


# the first characters of each long ending, two or more but not all: 人民银, 管委, 中心支; a
# first part that is a whole ending of its own (中心 of 中心支行: 区融媒体中心) ends names whole
_CUT_ENDINGS = tuple(
    ending[:size]
    for ending in LONG_UNIT_ENDINGS
    for size in range(2, len(ending))
    if ending[:size] not in UNIT_KIND_ENDINGS
)


def ends_cut_short(name: str) -> bool:
    """Whether a name ends with the first characters of a longer unit ending, not all of them.

    Examples:
        >>> ends_cut_short("人民银"), ends_cut_short("各功能区管委"), ends_cut_short("市人民政府")
        (True, True, False)
        >>> ends_cut_short("区融媒体中心"), ends_cut_short("人民银行某中心支")
        (False, True)
    """
    return not name.endswith(LONG_UNIT_ENDINGS) and name.endswith(_CUT_ENDINGS)


def head_fields(node: Node) -> list[tuple[Line, Field]]:
    """The fields on lines of their own right under a heading, before its first item.

    With no text of the heading's between (二、优化营商环境 / 牵头单位：县发改局 / 1.…), they
    name the units of the part's items, as a bracket on the heading's line does.
    """
    if node.body or not node.children:
        return []
    first = node.children[0].line.start
    return [
        (line, field)
        for line, field in node.bare_fields
        if line is not node.line and line.start < first
    ]


def goal_kind(kind: SectionKind | None, node: Node) -> SectionKind | None:
    """The kind of a heading of prose: none (a heading of tasks) when its items name their units.

    A division of a 政府工作报告 hands each of its goals (一、主要预期目标 / (一)地区生产总值增长7%。
    (牵头单位:…)) to the units it names, as it hands its tasks; goals that name no unit stay prose,
    and so do goals of which only some name units, or name them without a role's word (…。(区法院)).
    Any other heading of prose (一、“十三五”发展成效) over items that name their lead units so
    heads tasks: what the heading says does not undo what its items say.
    """
    if kind not in PROSE or not node.children:
        return kind
    named = sum(_names_units_by_role_word(item) for item in node.children)
    if 2 * named > len(node.children):  # most goals, each by a role's word: a division
        return None
    return kind


def _names_units_by_role_word(node: Node) -> bool:
    """Whether an item names the units that carry it out by a role's word (牵头单位:…, X牵头)."""
    return any(not field.bare and field.label in ROLE_LABELS for _, field in node.fields)


def is_task(node: Node, named: SectionKind | None) -> bool:
    if named in (SectionKind.SAFEGUARDS, SectionKind.TASKS):  # 保障措施, 主要任务: sections
        return False
    if node.style in NEVER_TASKS and node.children:
        return False
    if lists_duties(node) or _is_heading(node):
        return False
    if (
        node.style in TOP_STYLES
        and not node.children
        and not node.body
        and not node.opens_paragraph
        and not node.fields
        and node.line.text[slice(*node.title_range)].endswith(TASK_SECTION_ENDINGS)
    ):
        return False  # 二、主要创建任务 with nothing printed under it: a section, left empty
    # a paragraph with a list of items below (…不得列入:  1.…  2.…) heads a section; numbers
    # that start no list (page numbers of a copy, 2、… in the run of a paragraph) and the
    # circled points of a task (①…②…) do not
    first = node.children[0] if node.children else None
    return (
        node.style in _ALWAYS_TASKS
        or first is None
        or (node.opens_paragraph and (first.value != 1 or first.style == Style.CIRCLED))
        or (bool(node.fields) and not _leads_part(node) and not _hands_out_measures(node))
    )


# the label over a heading's list of measures (具体措施：, 主要举措：), alone on its line
_MEASURES_LABEL = re.compile(r"(?:具体|主要|工作)?(?:措施|举措|舉措)[:：]")


def _hands_out_measures(node: Node) -> bool:
    """Whether a heading that names units hands out the measures listed under it, each to its own.

    The State Council's 重点任务分工方案 prints, under a heading closed by its departments
    (``（一）研究将…制度化。（财政部、…等国务院相关部门及各地区按职责分工负责）``), the label
    ``具体措施：`` over numbered measures, each closed by its own division of work
    (``1.及时总结…。（财政部牵头，国务院相关部门及各地区按职责分工负责）``): the measures are the
    tasks, the heading a section, whose units go to the measures that name none. A heading's
    items with no units of their own (``（一）…（牵头单位：县司法局）`` / ``具体措施：`` / ``1.…``)
    stay its task's measures, and so do items under no such label.
    """
    labelled = any(
        _MEASURES_LABEL.fullmatch(line.text[begin:end].strip()) is not None
        for line, begin, end in node.body
    )
    return labelled and any(_names_units_by_role_word(item) for item in node.children)


def _leads_part(node: Node) -> bool:
    """Whether a heading names only the unit leading its whole part, over items of its own.

    ``（一）构建法治环境保障体系（总牵头单位：县委依法治县办）`` over items 1. 2. …, or with the
    label on a line of its own under the heading: the 总 says the unit leads the part as a
    whole, each item being a task of its own (which may name its units); the heading is a
    section, and its unit goes to the items that name none.
    """
    if not node.children or not node.fields:
        return False
    head = {id(line) for line, _ in head_fields(node)}
    return all(
        (line is node.line or id(line) in head) and field.label in PART_LEAD_LABELS
        for line, field in node.fields
    )


def _is_heading(node: Node) -> bool:
    """A top-level heading (一、, 第一章): a section even with only prose below it.

    The heading stands alone on its line and is no sentence (GB/T 9704 prints 一、 headings
    without a full stop), numbered items stand under it though its own text runs on after it,
    or a copy ran its text into a prose heading (一、总体要求以…).
    """
    if node.style not in HEADING_STYLES:
        return False
    sentence = node.line.text.rstrip().endswith(("。", ";"))
    if not node.fields and (node.children or not (node.opens_paragraph or sentence)):
        return True
    return not node.children and _opens_as_prose(node)


def lists_duties(node: Node) -> bool:
    """An article that introduces a list of duties (应当履行以下职责:) with its items below.

    The words name what is listed (职责, 条件, 行为), or announce a list (以下, 下列, 包括) that
    the colon ending the article's line opens (…按照以下标准定额扣除:, …责任主要包括:); an
    article that only heads its items (考核内容:) keeps them as its measures.
    """
    if node.style != Style.ARTICLE or not node.children:
        return False
    text = node.line.text.rstrip()
    announced = text.endswith(":") and (
        any(word in text for word in LIST_WORDS) or _LISTED_AT_END.search(text) is not None
    )
    return _LIST_AHEAD.search(text) is not None or (announced and len(node.children) > 1)


def _opens_as_prose(node: Node) -> bool:
    """Whether a part's title opens with a prose heading (总体要求, 指导思想) run into its text."""
    title = node.line.text[slice(*node.title_range)]
    return title.startswith(_PROSE_WORDS)
