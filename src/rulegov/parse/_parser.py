"""Read a plan's text into a [`Plan`][rulegov.Plan]: the tree of numbered parts and the tasks.

Which parts are tasks: a numbered part is a **task** when it has no numbered parts below it, or
when its own heading line goes on after its first sentence (the heading opens a paragraph), or
when it carries its own unit or time fields. Everything numbered below a task is a **measure** of
that task. Parts above tasks are **sections**. A part whose title names prose (指导思想, 总体要求,
工作目标, 保障措施...) is a prose section with no tasks, and so is everything below it. Rows of a
task table are always tasks.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from typing import TYPE_CHECKING, Any

import attrs

from rulegov._collector import collector_paused
from rulegov._text import display_width, fold_width
from rulegov.errors import ParseError
from rulegov.model import (
    Assessment,
    AssessmentKind,
    CoordinationGroup,
    Diagnostic,
    DocNumber,
    Indicator,
    Notice,
    Period,
    Plan,
    PlanKind,
    Role,
    Section,
    SectionKind,
    Severity,
    SourceText,
    Span,
    SubjectKind,
    Task,
    TimeFrame,
    TimeFrameKind,
    Unit,
    plan_id,
)
from rulegov.parse._checks import Check, find_checks, find_groups, folded_in
from rulegov.parse._facts import (
    Segment,
    citation_fields,
    find_citations,
    line_span,
    span_fields,
    target_fields,
)
from rulegov.parse._fields import (
    Field,
    division_line,
    names_before_colon,
    names_units_only,
    organs_only,
    says_when,
    spaced_labels,
    split_fields,
)
from rulegov.parse._frame import (
    FrameInputs,
    FrameReading,
    blank,
    build_frame,
    carried_title,
    find_frame,
    frame_diagnostics,
    is_organ_line,
    keep_table_for_merge,
    match_rows,
)
from rulegov.parse._header import (
    SIMPLIFIED,
    Header,
    date_apart,
    is_chrome,
    is_field_row,
    is_meta_row,
    is_nav_bar,
    is_organ_name,
    is_period_suffix,
    is_plain_notice,
    is_report_headline,
    is_separator_row,
    list_crumbs,
    lone_cell,
    loose_date,
    named_titles,
    names_by_level,
    names_document,
    names_in_short,
    names_no_document,
    names_own_plan,
    news_lead,
    noted_date_parts,
    numbered_field,
    placed_level_name,
    plan_kind,
    read_header,
    self_named,
    speaks_as_headline,
    table_cells,
    title_issuer,
)
from rulegov.parse._header_titles import (
    accounts_for_document,
    answers_alone,
    bureau_issuer,
    names_itself,
    out_of_copy,
)
from rulegov.parse._header_words import (
    CONTENTS_TAIL,
    DOC_NUMBER,
    META_LABELS,
    ORDER_NUMBER_LINE,
    PUBLIC_NOTE,
    QUALIFIED_PART,
    SALUTATION,
    SHARED_ENTRY,
    SHARED_GROUP,
)
from rulegov.parse._numbering import (
    BARE_NUMBER,
    DECIMAL_STYLES,
    NEVER_TASKS,
    TOP_STYLES,
    Heading,
    Style,
    leading_number,
    match_digit_item,
    match_heading,
)
from rulegov.parse._runon import (
    split_run_on,
    with_bare_numbers_joined,
    with_broken_brackets_joined,
    with_broken_dates_joined,
    with_broken_divisions_joined,
    with_broken_labels_joined,
    with_broken_lists_joined,
    with_label_values_joined,
    with_side_dates_as_the_last,
    with_signature_indents_cut,
    with_wrapped_lines_joined,
)
from rulegov.parse._table import (
    EMPTY_MARKS,
    TableReading,
    cell_starts,
    glued_header,
    group_words,
    header_after,
    heading_key,
    label_and_tab,
    may_line_up,
    normal,
    placed_cells,
    read_columns,
    read_table,
    spaced_cells,
    tab_header,
)
from rulegov.parse._table_rows import TableRows, find_printed
from rulegov.parse._table_spaced import SpacedRow, SpacedTable
from rulegov.parse._table_stacked import stacked_rows
from rulegov.parse._text import (
    Line,
    check_text,
    normalise,
    printable_name,
    require_text,
    split_lines,
)
from rulegov.parse._time import find_timing, read_date, timeframe_at
from rulegov.parse._units import (
    Named,
    conjunction_at_space,
    guess_kind,
    guess_level,
    hosted_names,
    letter_runs,
    parts_at_line_end,
    parts_at_space,
    parts_in_run,
    split_names,
    whole_name,
)
from rulegov.parse._unnumbered import (
    LEAST_TASKS,
    Opening,
    division_place,
    headerless_rows,
    row_cells,
    unnumbered_openings,
)
from rulegov.parse._vocab import (
    ABOVE_WORDS,
    BARE_COLLECTIVE,
    FIRST_LEADS,
    GROUP_SUFFIXES,
    GUIDE_LABELS,
    LIST_WORDS,
    LONG_UNIT_ENDINGS,
    OUTLINE_PROSE_TITLES,
    PART_LEAD_LABELS,
    PERSON_LABELS,
    PLACE_ENDS,
    PROSE_HEADINGS,
    PROSE_TITLES,
    ROLE_FIELDS,
    ROLE_LABELS,
    ROLE_SUFFIXES,
    ROLE_TITLE_WORKS,
    ROLE_WORDS,
    SEPARATE_ORGANS,
    TABLE_HEADINGS,
    TASK_HEADINGS,
    TASK_OPENING_VERBS,
    TASK_SECTION_ENDINGS,
    TASK_SECTION_TITLES,
    TIME_LABELS,
    UNIT_ENDS,
    UNIT_KIND_ENDINGS,
    WORK_VERBS,
)

if TYPE_CHECKING:
    import os
    from collections.abc import Iterator, Sequence

    from rulegov.model import Attachment
    from rulegov.parse._frame import TableRow

__all__ = ["parse_plan"]

# The fields of a section or a task as the parser reads them: plain data, validated with the
# plan in the one call that makes it (one call for the whole plan costs less than one for each
# part). A section's fields hold its "tasks"; a task's do not.
_Part = dict[str, Any]
_TITLE_TRAILS = " :,;。!?"  # what closes a heading's words and is none of them
_CELL_PIPE = "|"  # the pipe that closes a table's cell printed a cell a line
_SENTENCE_END = re.compile("[。!?]")


def _title_stop(text: str, begin: int, end: int) -> int:
    """Where a heading's words end before ``end``: before its stop and the signs after them.

    A heading copied from a table printed a cell a line closes with its cell's pipe
    (``一、紧扣大局,深化政务公开 |``): the pipe is none of its words. A heading of nothing but
    the pipe keeps it, as it reads without a title of its own.
    """
    stop = end
    while stop > begin and text[stop - 1] in _TITLE_TRAILS + _CELL_PIPE:
        stop -= 1
    if stop > begin:
        return stop
    stop = end
    while stop > begin and text[stop - 1] in _TITLE_TRAILS:
        stop -= 1
    return stop


# A time an assessment's name holds (年终述职, 年度监测评价): the act's own time
_NAMED_TIME = re.compile("(?<![\\d一二三四五六七八九〇○零])(?:年终|年中|年度)|季度|半年")
# the words of the sentence by which a notice carries a document: 现将《Y》印发给你们
# how a title listed after another is joined to it: 《甲》、《乙》, 《甲》和《乙》
_LISTED_AFTER = ("》、", "》和", "》及", "》与", "》,", "》，")
_LIST_JOINT = 4  # the characters before a title that hold that joint, spaces allowed
_CARRYING = ("印发", "转发", "发给你们", "印发你们", "予以印发", "现予公布", "公布如下")
# the header's notes on lines that are the page's, not the document's
_SITE_CODES = frozenset(
    {
        "page-chrome",
        "metadata",
        "page-text",
        "editorial-note",
        "publication-line",
        "publication-note",
    }
)
# a notice's words that announce its numbered items: 现将有关事项通知如下:, 特通知如下
_ANNOUNCES_ITEMS = re.compile(r"通知如下|通知要求如下|要求如下|通知于后")
_LEAD_LINES = 8  # a news report's lead stands in its first lines, under the headline and byline
_TABLE = "table"

_MAX_PROSE_TITLE = 12
_FEWEST_BODY_PARTS = 2  # a 责任清单 of one part titled by a unit is no list of bodies
# a part's title naming units, their role and their work: 县示范区管委会牵头工作(8项)
_ROLE_TITLE = re.compile(
    "(?P<names>.+?)(?P<role>"
    + "|".join(word for word, _ in ROLE_SUFFIXES)
    + ")的?(?:重点|主要)?(?:"
    + "|".join(ROLE_TITLE_WORKS)
    + r")(?:\(\d+项\))?"
)
_NAMES_TASKS = re.compile("任务|措施")  # a heading of goals and tasks heads tasks
# A heading of results (成效, 成就, 成绩, 回顾) reviews the years before it, unless a verb before
# the word does something to them (巩固拓展…成效, 持续巩固发展成效): that part heads tasks.
_REVIEW_WORD = re.compile("成效|成就|成绩|成果|回顾")
_WORKS_ON_RESULTS = re.compile("巩固|拓展|持续|提升|扩大|放大|深化|转化|用好|发挥")
_MIN_SPACED_CELLS = 2
_SPLIT_HEADINGS = 2  # a second header row's headings under one column: they split it
_FEWEST_GLUED_CELLS = 3  # a row under a glued header: three cells at least, as its headings
_CELL_SLACK = 4  # a cell's next line starts within two characters of its column's start
_MIN_PIPES = 2  # a row in pipes has two at least (|a|b, a|b|); fewer, its tabs part it
_MOST_GROUP_LINES = 3  # 一、 / （一）: category lines stacked over a table's rows
# Points printed after an item: (5分), （3分）, (每项2分).
_SCORE = re.compile(
    r"\((?:[^()]{0,8}?)(?P<points>\d+(?:\.\d+)?)分\)|（(?:[^（）]{0,8}?)\d+(?:\.\d+)?分）"
)
_PROSE = frozenset(kind for _, kind in PROSE_HEADINGS)
# The heading words, prose first (a title with both, 指导思想和工作要求, is prose).
_HEADING_KINDS: dict[str, SectionKind] = {**dict(TASK_HEADINGS), **dict(PROSE_HEADINGS)}
_HEADING_WORD = re.compile("|".join(word for word, _ in (*PROSE_HEADINGS, *TASK_HEADINGS)))
_PROSE_ENDING = re.compile("(?:" + "|".join(word for word, _ in PROSE_HEADINGS) + ")$")
_LONGEST_PROSE_HEADING = max(len(word) for word, _ in PROSE_HEADINGS)
_OUTLINE_JOINS = "与和及、"  # 现状分析与问题诊断: two parts of an outline in one title
# the longest first: 背景与意义 before a word it might end in
_OUTLINE_WORDS = sorted(OUTLINE_PROSE_TITLES, key=len, reverse=True)
_SENTENCE = re.compile(r"[^。;, ][^。;]*")
_ALWAYS_TASKS = frozenset({Style.ARTICLE})
_LONGEST_GROUP_LINE = 40  # 区司法局、区法院、区检察院: a line of names over a group's items
_MIN_PROSE_WORD = 4  # 总体要求, 指导思想: words long enough to open a run-on title
_PROSE_WORDS = tuple(word for word, _ in PROSE_HEADINGS if len(word) >= _MIN_PROSE_WORD)
# Marks a heading may print or drop between names: spaces, 、 and the middle dot.
_SEPARATORS = re.compile(r"[\s、·]")
_BRACKETS = re.compile(r"[()（）]")
# a report's word on whose name a plan went out under: 最后以市委、市府两办名义正式印发
_IN_THE_NAME_OF = re.compile(
    r"以(?P<issuer>[^,。;:《》\s]{2,30}?)(?:的)?名义(?:正式|联合)?(?:印发|下发|发布|出台)"
)
# a sharing site's page number before the text it prints (1、), and what opens a plan's first
# sentence after its heading
_PAGE_NUMBER = re.compile(r"^\d{1,3}、")
_OPENERS = ("为", "根据", "按照", "近年来", "为了")
_DATE_LINE = 20  # a date line of a signature: 二〇一八年十二月二十五日 and no more
_MIN_TITLE_LINE = 4  # the first line of a title broken under a signature: 某县乡村振兴 at least
_SHARED_LOOKAHEAD = 5  # the site's line, then the text: a few lines at most
_MAX_HEADING_TAIL = 40  # what a heading adds to the file's name: …工作措施(征求意见稿)
_DASHES = str.maketrans("—–－~～", "-----")


_NESTED_MARKS = str.maketrans("〈〉", "《》")  # the marks of a title quoted inside 《》


def _unnested(title: str) -> str:
    """``title`` with the marks a quotation nests (〈〉) printed whole (《》), to compare."""
    return title.translate(_NESTED_MARKS)


def _signature_at(lines: list[Line], index: int) -> tuple[Line, dt.date | None, list[Line]]:
    """The date's line (or part of one) and the organs' lines of a signature that ends at ``index``.

    The organs over the date, the nearest first; or the last of them beside the date on its line
    (某县人民政府  2023年5月10日); or, where the date is printed first, the organs under it.
    """
    line = lines[index]
    day = read_date(line.text) if len(line.text) <= _DATE_LINE else None
    if day is not None:
        return line, day, _organs_over(lines, index)
    cut = date_apart(line)
    if cut is not None and is_organ_line(line.text[:cut]):
        organ, dated = line.split(cut)
        return dated, read_date(dated.text), [organ, *_organs_over(lines, index)]
    organs = _organs_over(lines, index + 1)  # the date first, the organs under it
    if not organs or index - len(organs) < 0:
        return line, None, []
    dated = lines[index - len(organs)]
    day = read_date(dated.text) if len(dated.text) <= _DATE_LINE else None
    return dated, day, organs if day is not None else []


def _organs_over(lines: list[Line], index: int) -> list[Line]:
    """The organs' lines right over ``lines[index]``, the nearest first: a signature's, one a line."""
    organs: list[Line] = []
    for number in range(index - 1, -1, -1):  # walked back from the line: no copy of those above
        if not is_organ_line(lines[number].text):
            break
        organs.append(lines[number])
    return organs


def _marks(title: str) -> str:
    """A title without separators, its dashes one mark: (2022—2025年) is (2022-2025年)."""
    return _SEPARATORS.sub("", title).translate(_DASHES)


# the marks a page or a copy may print a whole title in (《Y》, 〈Y〉, <Y>, “Y”), open to close
_SPACES = re.compile(r"\s")
_HEADER_OPENINGS = ("序号", "编号", "序號", "編號")
_HEADER_GAP = " \t\u3000|｜"  # what parts a title from the table header its line runs on into
_TITLE_MARKS = {"《": "》", "〈": "〉", "<": ">", "“": "”", '"': '"', "「": "」", "『": "』"}
# what may follow the closing mark and still belong to the title: （试行）, （2023—2025年）
_TITLE_SUFFIX = re.compile(r"(?:\s*[（(][^（）()《》]{1,20}[）)])*")


def title_in_marks(title: str) -> tuple[int, int] | None:
    """Where a title printed whole in marks opens and closes: ``《Y》`` and ``《Y》（试行）``.

    A title is the document's name, not its quotation: a page, an annex's label or the line under
    a notice may print it in book-title marks, and the name is what stands inside them. A title
    that only opens with a quoted name (《条例》实施细则, “十四五”规划) is left as it is.

    Examples:
        >>> title_in_marks("《某县2023年法治政府建设工作要点》")
        (0, 18)
        >>> title_in_marks("《某县法治政府建设实施方案》（试行）")
        (0, 13)
        >>> title_in_marks("《某条例》实施细则") is None
        True
    """
    text = title.rstrip()
    close_mark = _TITLE_MARKS.get(text[:1])
    if close_mark is None:
        return None
    close = text.find(close_mark, 1)
    if close < 2 or (text[0] in text[1:close] and text[0] != close_mark):
        return None
    if not _TITLE_SUFFIX.fullmatch(text[close + 1 :]):
        return None
    return 0, close


_LIST_AHEAD = re.compile(
    r"(?:以下|下列)\S{0,8}(?:职责|職責|责任|責任|任务|任務|工作|事项|事項|条件|條件|行为|行為|情形)"
)
# an article's line that ends naming what its colon lists: …的基本任务:, …的主要职责是:
_LISTED_AT_END = re.compile(
    r"(?:职责|職責|责任|責任|任务|任務|事项|事項)(?:主要)?(?:是|有|为|為)?[:：]$"
)
# What the framing articles of a 办法 say: purpose, scope, terms, principles, the organ in
# charge, the general duty.
_OWN_NAME = r"本(?:办法|辦法|细则|細則|规定|規定|规则|規則|条例|條例|实施办法|實施辦法)"
_FRAME_ARTICLE = re.compile(
    rf"制定{_OWN_NAME}"
    r"|^第[一二三四五六七八九十]{1,3}[条條]\s*本\S{0,6}(?:适用于|適用于|適用於|所称|所稱)"
    rf"|(?:遵守|适用|適用){_OWN_NAME}[。.]?\s*$"  # 在本市行政区域内开展…活动，应当遵守本条例。
    r"|(?:必须|必須|应当|應當)(?:坚持|堅持|遵循)"
    r"|[原][则則][。.]?\s*$"  # …相结合的原则。
    rf"|(?:负责|負責){_OWN_NAME}的(?:组织|組織)?(?:实施|實施)"  # the organ in charge
    r"|作为\S{0,12}第一责任人|作為\S{0,12}第一責任人"
)
# the label of an annex printed as a text of its own, its title after it: 附件:某县工作要点
_ANNEX_LABEL = re.compile(r"附件\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*:\s*(?P<title>\S.{3,89})")
# a title run into the text after it by a copy that lost its line breaks
_RUN_ON_TITLE = re.compile(
    r"(?P<title>[^,。:;《》【】]{4,40}?(?:方案|要点|规划|计划|意见|办法|细则|清单))"
    r"(?=【|第一篇|为(?:深入|进一步|全面|认真|贯彻|加快|推进)|根据)"
)
_MIN_FRAMING = 3  # a 办法 cut after its framing articles: at least this many of them
# Top-level numbers that print a heading when alone on their line (GB/T 9704: 一、 then （一）).
_HEADING_STYLES = frozenset({Style.CHINESE, Style.CHAPTER})
# The headings of the sections a table printed with spaces may number its rows under afresh.
_SECTION_STYLES = frozenset({Style.CHINESE, Style.CHAPTER, Style.CHINESE_PAREN, Style.PART})
_LONGEST_ITEM_NAME = 30  # a heading's one item named on the line under it: 乐山市城市管理条例
_HOLDERS: dict[str, frozenset[str]] = {
    Style.ARTICLE: frozenset({Style.CHAPTER, Style.PART}),
    Style.PART: frozenset({Style.CHAPTER}),
    # 第二章 主要任务 / 一、推进依法行政: the 一、 of a chapter are its parts, not the document's
    Style.CHINESE: frozenset({Style.CHAPTER, Style.PART}),
}
_ALIAS = re.compile(
    r"(?P<full>[^\s,。;:、()“”]{2,40}?)\((?:以下)?简称[:“\"]?(?P<short>[^”\"()]{1,20})[”\"]?\)"
)
# The usual order of the levels of numbering (GB/T 9704): 一、 （一） 1. （1） ①
_STYLE_RANKS: dict[str, int] = {
    Style.CHINESE: 0,
    Style.CHINESE_PAREN: 1,
    Style.ARABIC: 2,
    Style.ARABIC_PAREN: 3,
    Style.CIRCLED: 4,
}
_SUB_NUMBER = re.compile(r"\d{1,3}\.\d{1,2}(?:\s|[^\d年月日.%])")
_ITEM_NUMBER = re.compile(r"^\d{1,3}\.(?!\d)")
_TITLE_YEARS = re.compile(r"(?P<first>\d{4})(?:年)?[-—–至~](?P<last>\d{4})年")
_TITLE_YEAR = re.compile(r"(?P<year>\d{4})年")
_SINCE = re.compile(r"以来|以來")  # 2010年以来: where a span starts, the plan's year after a date's
_UNIT_PREFIX = re.compile(r"^(?P<name>[^\d《]{4,60}(?:办公室|委员会|人民政府|政府|管委会|局|办))")


@attrs.define(eq=False)
class _Node:
    style: str
    number: str
    value: int
    line: Line
    title_range: tuple[int, int] = (0, 0)
    opens_paragraph: bool = False
    title_stop: int = 0
    table_columns: dict[int, str] = attrs.Factory(dict)
    table_rows: list[tuple[Line, list[tuple[int, int]]]] = attrs.Factory(list)
    table_plan: TableReading | None = None
    table_title: str = ""
    table_starts: list[int] = attrs.Factory(list)  # where a table lined up with spaces
    last_child: dict[str, int] = attrs.Factory(dict)
    children: list[_Node] = attrs.Factory(list)
    heading_text: list[Segment] = attrs.Factory(list)
    body: list[Segment] = attrs.Factory(list)
    fields: list[tuple[Line, Field]] = attrs.Factory(list)
    bare_fields: list[tuple[Line, Field]] = attrs.Factory(list)  # on lines of fields alone
    colon_names: Field | None = None  # the units its title names before a colon ending its line
    lines: list[Line] = attrs.Factory(list)
    last_line: Line | None = None

    def walk(self) -> Iterator[_Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def title(self) -> str:
        return self.line.printed(*self.title_range)

    def segments(self) -> list[Segment]:
        return [*self.heading_text, *self.body]


def _carries(line: Line, span: Span | None) -> bool:
    """Whether the sentence of ``line`` around a cited title is the one that carries it."""
    if span is None:
        return False
    text = line.original.translate(SIMPLIFIED)
    begin, end = span.start - line.start, span.end - line.start
    # what follows the title up to the next title or full stop: 《Y》(已经…同意,现)印发给你们
    stops = [at for at in (text.find("《", end), text.find("。", end)) if at >= 0]
    after = text[end : min(stops, default=len(text))]
    # or what leads to it in its clause: 现将《Y》
    before = text[max(text.rfind(mark, 0, begin) for mark in ",，。;；") + 1 : begin]
    if text[max(0, begin - _LIST_JOINT) : begin].rstrip(" \t").endswith(_LISTED_AFTER):
        # the last of the titles a sentence lists (《甲》、《乙》…现将有关方案印发给你们): the verb
        # carries them all, and none is the plan's own title
        return False
    if QUALIFIED_PART.match(after):
        # 现将《Y》提出的任务予以分解: the sentence carries a part of Y (its tasks), not Y
        return False
    return any(word in after for word in _CARRYING) or before.endswith(("现将", "现把"))


def _marked_organ(mark: object) -> str | None:
    """The organ an organ's mark names: 某省人民政府 of 某省人民政府文件 (not …纪要, a meeting's)."""
    if not isinstance(mark, str) or not mark.endswith("文件"):
        return None
    organ = mark[: -len("文件")].strip()
    return organ if is_organ_name(organ.translate(SIMPLIFIED)) else None


def _row_under_groups(lines: list[Line], index: int) -> Line | None:
    """The first line after the group heading at ``index`` that is no group heading of its own.

    Categories printed as lines of their own (一、依法行政 / （一）制度建设) may stand one above
    the other before the rows they group: the row looked at is the one under the last of them,
    a few lines at most.
    """
    heads = 0
    for line in itertools.islice(lines, index + 1, None):
        if not line.text.strip():
            continue
        heading = match_heading(line.text)
        if (
            heads >= _MOST_GROUP_LINES
            or heading is None
            or heading.style not in (Style.CHINESE, Style.CHINESE_PAREN)
            or heading.end >= len(line.text.rstrip())
            or table_cells(line.text) is not None
        ):
            return line
        heads += 1
    return None


def _filled(line: Line, cells: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """A row's cells without the empty ones after its last with text, beyond ``width`` cells.

    A row printed with a tab after its last cell (区司法局⇥) has one cell more than its header,
    an empty one that is no column of the table; a row whose last columns are empty has no
    cells under them.
    """
    last = len(cells)
    while last > max(width, 1) and not line.text[cells[last - 1][0] : cells[last - 1][1]].strip():
        last -= 1
    return cells[:last]


def _tabbed(line: Line) -> bool:
    """Whether a table's header line parts its cells by tabs (not pipes): its rows do too."""
    return "\t" in line.text and line.text.count("|") < _MIN_PIPES


def _fits_table(table: _Node, row: Line, cells: list[tuple[int, int]]) -> bool:
    """Whether a row fits an open table: as many cells as a row read, a number under 序号.

    A table whose category columns (一级指标 · 二级指标) are merged over their rows prints each
    category as a line of its own and the rows under it without those cells: a row short of
    the header by exactly those columns fits it too (see ``_table._merged_categories``).
    """
    categories = 0
    while table.table_columns.get(categories, "").startswith("section"):
        categories += 1
    # an empty cell after a row's last (a tab or a pipe printed after it) is no column of it
    header = len(_filled(*table.table_rows[0], 0))
    cells = _filled(row, cells, header)
    if categories and len(cells) in (header - categories, header - categories + 1):
        first = row.text[cells[0][0] : cells[0][1]].strip()
        return len(cells) == header - categories or first.isdigit()
    filled = len(_filled(row, cells, 0))
    if all(
        len(_filled(line, read, 0)) > len(cells) or filled > len(read)
        for line, read in table.table_rows
    ):
        return False  # as many cells as no row read, an empty last cell or two aside
    numbered = [i for i, field in table.table_columns.items() if field == "number"]
    if not numbered or numbered[0] >= len(cells):
        return True
    begin, end = cells[numbered[0]]
    return row.text[begin:end].strip().isdigit()


def _printed_over(lines: list[Line], begin: int, end: int) -> str:
    """The printed text of ``begin:end`` in the lines' texts joined, across their breaks."""
    printed = []
    for line in lines:
        size = len(line.text)
        if begin < size and end > 0:
            printed.append(line.printed(max(begin, 0), min(end, size)))
        begin, end = begin - size, end - size
    return "".join(printed)


def _span_over(lines: list[Line], begin: int, end: int) -> Span:
    """The span of ``begin:end`` in the lines' texts joined, across their breaks."""
    start = stop = None
    for line in lines:
        size = len(line.text)
        if start is None and begin < size:
            start = line.offset(begin)
        if stop is None and end <= size:
            stop = line.end_offset(end)
        begin, end = begin - size, end - size
    last = lines[-1]
    return Span(
        start=start if start is not None else last.offset(0),
        end=stop if stop is not None else last.end_offset(len(last.text)),
    )


def _end_date_of_issue(header: Header, found: dict[str, object]) -> None:
    """The date of issue from the signature at the end, or from a page's field under the text.

    The issuer's signature at the end wins over a disclosure block's date, as one under the
    notice does; a forwarded document's signature (国家地震局 under a 转发) is its own. A page's
    成文日期 printed under the document dates it where nothing else does.
    """
    organs = found.get("end_signing_organs")
    day = found.get("end_issued_on")
    signed = (
        header.issued_on_from_page
        and isinstance(organs, list)
        and header.issuer is not None
        # joint issuers (某县司法局、某县教育局) sign each under its own name
        and all(name in organs for name in _joint_organs(header.issuer) or [header.issuer])
    )
    if (header.issued_on is None or signed) and isinstance(day, dt.date):
        header.issued_on = day
    page_day = found.get("end_page_issued_on")
    if header.issued_on is None and isinstance(page_day, dt.date):
        header.issued_on = page_day


def _last_dates(header: Header, found: dict[str, object]) -> None:
    """The days that date a document where nothing else does, the notice's signature read.

    A law library's day of promulgation (颁布日期), then the day the record under the text says
    the office printed it (某办  2023年3月1日印发): a day of printing, after the signature's,
    but the only one the document prints.
    """
    if header.issued_on is None:
        header.issued_on = header.promulgated_on
    printed = found.get("printed_on")
    if header.issued_on is None and isinstance(printed, dt.date):
        header.issued_on = printed


def _named_by_notice(header: Header) -> bool:
    """Whether the notice's own words name the title in 《》: no news lead replaces it then."""
    if header.title is None or not header.notice_lines:
        return False
    return header.title in named_titles(line.text for line in header.notice_lines)


# a run of organs printed together (中共某省委办公厅某省人民政府办公厅): each of four characters at
# least, the next opening with 中共 or with the place the one before names, at most four of them
_MIN_GLUED_ORGAN = 4
_MAX_GLUED_ORGANS = 4
_PLACE_FIRST = re.compile(r"[^省市县区州盟旗,、]{1,8}?[省市县区州盟旗]")


def _opens_organ(before: str, after: str) -> bool:
    """Whether ``after`` opens an organ of its own: with 中共, or with a place ``before`` names."""
    if after.startswith("中共"):
        return True
    place = _PLACE_FIRST.match(after)
    return place is not None and place.group() in before


def _numbered_page_line(line: Line, crumbs: frozenset[int], *, grouped: bool) -> bool:
    """A line of the page that may look numbered, above the body: no item of the document."""
    text = line.text
    return (
        line.number in crumbs  # a breadcrumb printed as a numbered list (1. 首页 / 2. 信息公开)
        # a sharing site's label of one of the documents it groups (1.某办法 篇一), under the
        # group's title (某办法(精选12篇))
        or (grouped and SHARED_ENTRY.fullmatch(text) is not None)
        or numbered_field(text) is not None  # a library's numbered record (1. 【颁布时间】…)
        # a sharing site's numbered instructions (- 1、下载文档前…)
        or is_chrome(text.lstrip("-•· "))
    )


def _joint_organs(issuer: str) -> list[str]:
    """The organs of joint issuers a notice names (省委办公厅、省政府办公厅), or none for one.

    A heading may run the organs together with nothing between them (中共某省委办公厅某省人民政府
    办公厅印发…): each after the first opens with its place or with 中共, and each is an organ.

    Examples:
        >>> _joint_organs("中共某省委办公厅某省人民政府办公厅")
        ['中共某省委办公厅', '某省人民政府办公厅']
        >>> _joint_organs("中共某县委宣传部"), _joint_organs("某市人民政府办公室")
        ([], [])
    """
    joint = issuer.split("、")
    if len(joint) > 1 and all(is_organ_name(name.translate(SIMPLIFIED)) for name in joint):
        return joint
    glued = _glued_organs(issuer)
    return glued if len(glued) > 1 else []


def _glued_organs(issuer: str) -> list[str]:
    """The organs of a run of names printed without a mark between them, the first found first."""
    organs: list[str] = []
    rest = issuer
    while len(organs) < _MAX_GLUED_ORGANS:
        folded = rest.translate(SIMPLIFIED)
        cut = next(
            (
                i
                for i in range(_MIN_GLUED_ORGAN, len(rest) - _MIN_GLUED_ORGAN + 1)
                if _opens_organ(folded[:i], folded[i:])
                and is_organ_name(folded[:i])
                and is_organ_name(folded[i:])
            ),
            None,
        )
        if cut is None:
            break
        organs.append(rest[:cut])
        rest = rest[cut:]
    return [*organs, rest] if organs else []


# the marks a copy prints for the words it masks, in an organ's name: (略), ××, □□
_MASKED_NAME = re.compile(r"\(略\)|××|□□")


def _same_organs(first: str, second: str) -> bool:
    """Whether two issuers share an organ, one name holding the other (某市人民政府, 市政府)."""
    names = [name.replace(" ", "") for name in re.split("[、,]", first) if name.strip()]
    others = [name.replace(" ", "") for name in re.split("[、,]", second) if name.strip()]
    return any(a in b or b in a for a in names for b in others)


def _addresses(line: Line, address: Span | None) -> bool:
    """Whether ``line`` is the address the header read (``address``) or a salutation (各位代表:)."""
    text = line.text.strip(" \t")
    if SALUTATION.fullmatch(text) is not None:
        return True
    return address is not None and address.start <= line.start < max(address.end, address.start + 1)


def _last_organs_place(words: str) -> str | None:
    """The place that the words before a short name give its organ, in a joint heading too.

    Examples:
        >>> _last_organs_place("镇海"), _last_organs_place("某某区人民法院 某某区")
        ('镇海', '某某区')
        >>> _last_organs_place("某某区人民法院和某某区"), _last_organs_place("某某区人民法院某某")
        ('某某区', '某某')
    """
    if _names_a_place(words):
        return words
    end = max((i for i in range(2, len(words)) if is_organ_name(words[:i])), default=0)
    last = words[end:].lstrip("、和 ")
    return last if end and last and _names_a_place(last) else None


def _names_a_place(words: str) -> bool:
    """Whether the words before a short name only name its place (镇海, 某某区), no other organ.

    The words name another organ where some of their first words are an organ's name
    (某某区人民法院 某某), or where they are parted by a space or 、, or by 和 after an organ's
    name; a place whose name holds a unit's last character (厦门市思明, 天津市和平) is a place.

    Examples:
        >>> _names_a_place("镇海"), _names_a_place("某某区人民法院某某"), _names_a_place("某某区委和某某")
        (True, False, False)
        >>> _names_a_place("厦门市思明"), _names_a_place("天津市和平"), _names_a_place("嘉峪关")
        (True, True, True)
    """
    if re.search("[、 ]", words):
        return False
    return not any(
        char in UNIT_ENDS and char not in PLACE_ENDS and is_organ_name(words[: index + 1])
        for index, char in enumerate(words)
    ) and not any(is_organ_name(words[:index]) for index, char in enumerate(words) if char == "和")


def _after_dash(line: Line, field: Field) -> bool:
    """Whether a field of names alone stands after a dash (…建设。——区商务局), not in brackets."""
    return line.text[: field.begin].endswith(("—", "--"))


def _diagnostic(
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


class _Units:
    """The plan's units, one per body, keyed by normalised name, with aliases merged."""

    def __init__(self) -> None:
        self.by_key: dict[str, Unit] = {}
        self.units: list[Unit] = []
        self.aliases: dict[str, str] = {}

    def learn_alias(self, full: str, short: str) -> None:
        if short != full:
            self.aliases[short] = full

    def get(self, key: str, printed: str, span: Span | dict[str, int] | None) -> Unit:
        """The unit named ``key``, made (at ``span``: a span or its fields) if it is new.

        A name printed with a second one in brackets (区委宣传部(区普法办)) is one unit known by
        both; when the plan already has each name as a unit of its own, the bracketed form is
        the first name's unit and the second name stays with its own unit.
        """
        full = self.aliases.get(key)
        key = full or key
        hosted = hosted_names(key)  # 区委宣传部(区普法办): one unit, known by either name
        unit = self.by_key.get(key)
        if unit is None and hosted is not None:
            unit = next((self.by_key[name] for name in hosted if name in self.by_key), None)
        unit = unit or self.same_body(key, printed)
        if unit is None:
            unit = Unit(
                id=f"u{len(self.units) + 1}",
                name=full or printed,
                kind=guess_kind(key),
                level=guess_level(key),
                span=Span.model_validate(span) if isinstance(span, dict) else span,
            )
            self.units.append(unit)
            self.by_key[key] = unit
            for short, long_name in self.aliases.items():
                if long_name == key:
                    self.by_key[short] = unit
                    if not unit.known_as(short):
                        unit.short_names.append(short)
        if not unit.known_as(printed):
            unit.aliases.append(printed)
        for name in hosted or ():
            if self.by_key.setdefault(name, unit) is not unit:
                continue  # already another unit's own name: it stays that unit's
            if not unit.known_as(name):
                unit.aliases.append(name)
        return unit

    def same_body(self, key: str, printed: str) -> Unit | None:
        """The unit a new name abbreviates or spells out in full (区委依法治区办), if any.

        The full name takes over as the unit's name; the short one is kept as its short name.
        """
        for known, unit in list(self.by_key.items()):
            if _abbreviates(key, known) or _abbreviates(key, _local_name(known)):
                self.by_key[key] = unit
                if not unit.known_as(printed):
                    unit.short_names.append(printed)
                return unit
            if _abbreviates(known, key) or _abbreviates(known, _local_name(key)):
                self.by_key[key] = unit
                if unit.name not in unit.short_names:
                    unit.short_names.append(unit.name)
                if unit.name in unit.aliases:
                    unit.aliases.remove(unit.name)
                unit.name = printed
                return unit
        return None


_MIN_SHORT = 3
_LONG_SHORT = 5
_MAX_LEFT_OUT = 2


_GOVERNMENT = "人民政府"
_LEVELS = PLACE_ENDS - frozenset("盟縣區鄉鎮")  # the levels in simplified characters, no 盟


@functools.lru_cache(maxsize=1024)
def _local_name(name: str) -> str:
    """A government body's name as its own place writes it: 区政府办公室 of 上海市普陀区人民政府办公室.

    Within a district its government's office is 区政府办公室, or shorter 区府办: the place's
    names give way to its level, and 人民政府 is 政府. Other names are returned as they are.

    Examples:
        >>> _local_name("上海市普陀区人民政府办公室"), _local_name("区人民政府办公室")
        ('区政府办公室', '区政府办公室')
        >>> _local_name("县司法局")
        '县司法局'
    """
    at = name.find(_GOVERNMENT)
    if at < 1 or name[at - 1] not in _LEVELS:
        return name
    return name[at - 1] + "政府" + name[at + len(_GOVERNMENT) :]


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a short form of ``full``: its characters in order, the same ending.

    Examples:
        >>> _abbreviates("区委依法治区办", "中共某区委全面依法治区委员会办公室")
        True
        >>> _abbreviates("区法院", "区人民法院"), _abbreviates("区法院", "区检察院")
        (True, False)
        >>> _abbreviates("区委办", "区委全面依法治区委员会办公室"), _abbreviates("县政府办", "县政府办公室")
        (False, True)
        >>> _abbreviates("县政府办", "县政府法制办")
        False
        >>> _abbreviates("省委办公厅", "省人大常委会办公厅")
        False
    """
    if not _MIN_SHORT <= len(short) < len(full) or short[-1] not in full[-3:]:
        return False
    if "、" in short or "、" in full:
        return False  # 各县、市、区政府 names several bodies: no one body's full name
    if any(organ in full and organ not in short for organ in SEPARATE_ORGANS):
        return False  # 区委办公室 is not 区人大常委会办公室: a short name keeps its organ's word
    if len(short) >= _LONG_SHORT:
        return _is_abbreviation(short, full)
    # a short name spells the full one with a word or two left out in one place (区法院 and
    # 区人民法院), or its office shortened (县政府办 and 县政府办公室); 区委办 is not 区委…委员会办公室
    if full.endswith("办公室") and short.endswith("办"):
        full = full[:-2]
    if len(full) - len(short) > _MAX_LEFT_OUT:
        return False
    # the words left out stand inside the name, not before its last word (县政府办 is not
    # 县政府法制办)
    return any(
        full.startswith(short[:cut]) and full.endswith(short[cut:])
        for cut in range(1, len(short) - 1)
    )


def _space_at(line: Line) -> int | None:
    """Where the first space inside ``line`` was dropped from its normalised text, if any."""
    return next((position for position in line.breaks if position > 0), None)


def _decimal_head(line: Line, lines: list[Line], index: int) -> Heading | None:
    """A number without punctuation that heads decimal items (``1 加强组织领导`` over ``1.1 …``).

    Decimal numbering (1 · 1.1 · 1.1.1) leaves its first level bare, a space after it: the
    line is item 1 when the next line with text opens item 1.1.
    """
    found = BARE_NUMBER.match(line.original)
    if found is None:
        return None
    after = next((lines[i] for i in range(index + 1, len(lines)) if lines[i].text.strip()), None)
    heading = match_heading(after.text) if after is not None else None
    if heading is None or heading.number != f"{int(found.group(1))}.1":
        return None
    value = int(found.group(1))
    return Heading(Style.ARABIC, value, str(value), len(found.group(1)))


def _cell_text(line: Line, begin: int, end: int) -> str:
    """A table cell as printed, with its inner spaces: they may part names (区司法局 区公安分局)."""
    if end <= begin:
        return ""
    first = line.offset(begin) - line.start
    return line.original[first : line.offset(end - 1) - line.start + 1]


class _Parser:
    def __init__(self, text: str, source: str | None) -> None:
        self.text = text
        self.text_end = len(text.rstrip())  # where the printed text ends (a name cut by it)
        self.source = source
        lines = split_lines(text)
        rows = stacked_rows(lines)
        unwrapped = with_wrapped_lines_joined(lines, rows)
        if unwrapped is not lines:  # paragraphs were joined: read the rows of the new lines
            rows = stacked_rows(unwrapped)
        self.lines = split_run_on(
            with_broken_divisions_joined(
                with_broken_brackets_joined(
                    with_broken_lists_joined(
                        with_label_values_joined(
                            with_broken_labels_joined(
                                with_bare_numbers_joined(
                                    with_broken_dates_joined(
                                        with_signature_indents_cut(
                                            with_side_dates_as_the_last(rows)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
        self.framed: list[Line] = []
        self.signers: list[str] | None = None  # the signatures in the text, once read
        self.diagnostics: list[Diagnostic] = []
        self.units = _Units()
        self.year: int | None = None
        self.root = _Node("root", "", 0, self.lines[0])
        self.stack: list[_Node] = [self.root]
        self.table: _Node | None = None
        self.last_values: dict[str, int] = {}
        self.parent_style: dict[str, str] = {}
        self.task_places: dict[str, tuple[int, int]] = {}
        self.loose: list[Segment] = []
        self.task_count = 0
        self.section_count = 0
        self.title = ""  # the plan's title, once read
        self.groups: dict[str, CoordinationGroup] = {}
        # the plan's issuers and titles, once read: the place a group's name may put first
        self.own_issuers: list[str] = []
        self.own_titles: list[str] = []
        # the assessments read so far: those of the text as plain fields, validated with the
        # plan in the one call that makes it; those of a table as the table reader made them
        self.assessments: list[dict[str, Any] | Assessment] = []
        self.first_leads_from: int | None = None  # where the plan says the first unit leads
        self.top_heads = False  # the top level heads items: each of its headings is a section
        self.notice_only = False  # a notice without a plan: its numbered parts are requirements
        self.spaced: SpacedTable | None = None  # a task table printed with single spaces
        self.annex_starts: list[int] = []  # where each annex printed in the text starts
        # the units a line of names before a colon gives the items under it (区司法局:), the
        # part those items stand in and their numbering, and the items, for each such line
        self.unit_groups: list[_UnitGroup] = []
        self.role_worded: bool | None = None  # whether the plan names units with role words
        # the tasks of a division of work printed without numbers, by the line each opens at
        self.openings: dict[tuple[int, int], Opening] = {}

    # -- the body ---------------------------------------------------------------------------

    def body_start(self, crumbs: frozenset[int] = frozenset()) -> int:
        grouped = False  # under a sharing site's title of a group of documents (某办法(精选12篇))
        values = _rows_of_no_table(self.lines)
        for index, line in enumerate(self.lines):
            text = line.text
            grouped = grouped or SHARED_GROUP.fullmatch(text) is not None
            # the values under a row of disclosure labels, a joint signature: no table's rows
            if index in values or _numbered_page_line(line, crumbs, grouped=grouped):
                continue
            if match_heading(text) is not None or (
                text[:1].isdigit()
                and (
                    self.digit_item(line, self.lines, index)
                    or _decimal_head(line, self.lines, index)
                )
            ):
                return index
            cells = table_cells(text)
            if (
                cells is not None
                and not is_meta_row(text, cells)
                and not is_field_row(text, cells)  # 颁布单位:… | 文号:… |: the page's fields
                and not is_separator_row(text, cells)
                and not is_chrome(text)  # a page's controls set in a table: |字号:|
                and not is_nav_bar(text)  # or its menu: 智能问答 | 无障碍浏览 | |
                and not self.set_in_a_row(index, cells)  # a heading in a row of its own
            ):
                return index
            if cells is None and may_line_up(line.original):
                spaced = spaced_cells(line)
                if spaced is not None and read_columns([text[a:b] for a, b in spaced]):
                    return index  # the header of a table lined up with spaces
            if cells is None and (
                tab_header(text) is not None or self.glued_header(line, self.lines, index)
            ):
                return index  # the header of a table of two columns parted by a tab, or glued
            if text.startswith("序号") and line.gaps and SpacedTable.find([line]) is not None:
                return index  # a line that is the header of a table printed with single spaces
        return len(self.lines)

    def set_in_a_row(self, index: int, cells: list[tuple[int, int]]) -> bool:
        """Whether a row is the heading set in a table: one cell naming a document, the rest empty.

        A page prints a heading in a row merged across its columns (某办关于印发…的通知 | | |),
        the head's lines (the address, the text) under it. A table's caption in such a row
        (某工作任务分解表 | | |) has the table's rows under it, and a task table's row or the
        heading of a group of its rows (一、产业发展 | | |) opens the body.
        """
        text = self.lines[index].text
        lone = lone_cell(cells)
        if lone is None:
            return False
        cell = text[lone[0] : lone[1]]
        if match_heading(cell) is not None or cell[:1].isdigit() or not names_document(cell):
            return False
        # the next line that holds more than a rule or empty cells is no row of a table
        following = (
            line.text
            for line in itertools.islice(self.lines, index + 1, index + 1 + _ROWS_UNDER_A_CAPTION)
            if line.text.strip(" \t|-:")
        )
        below = next(following, None)
        return below is not None and table_cells(below) is None

    def read_body(self, lines: list[Line]) -> None:
        contents = _table_of_contents(lines)
        # a table of contents under its head (目录), which the header may have read above the body
        listed = {id(self.lines[index]) for index in _listed_contents(self.lines)}
        for index, line in enumerate(lines):
            text = line.text
            if not text.strip(" \t"):
                continue
            if index in contents or id(line) in listed:  # a table of contents: front matter
                self.content(line)
                continue
            if self.table is not None and (
                not text.strip("| \t") or text.strip("| \t") in EMPTY_MARKS
            ):
                # a line of | between the rows of a table copied a cell a line, or the mark of
                # a row's empty last cell (—, /) after it
                self.content(line)
                continue
            if self.opens_task(line) or self.table_line(line, lines, index):
                continue
            self.end_table()
            row = None if self.spaced is None else self.spaced.row(line, cut=self.ends_text(line))
            if row is not None:
                self.spaced_item(line, row)
                continue
            heading = self.body_heading(line, lines, index)
            if heading is not None:
                self.heading(line, heading)
                if self.spaced is not None:
                    self.spaced.pending = ()
                    self.spaced.restarts |= heading.style in _SECTION_STYLES
            elif not (self.unit_group(line, lines, index) or self.spaced_cells(line)):
                self.content(line)
        self.end_table()

    def first_group_start(self, header: Header, start: int) -> int:
        """Where the body starts when the address read from the head is a first group's units.

        A 责任清单 that lists each body's work under its name (区司法局： / 1.… / 2.… /
        区财政局： / 1.…) opens with the first name right under the title: it reads as the
        address of a notice, but no notice follows it. Where that one name stands last in the
        head, right over the numbered items, and a later line of names over items opens another
        group, it is the first group's line: the body starts there, and there is no address.
        """
        span = header.spans.get("recipients")
        if span is None or len(header.recipients) != 1 or header.notice_lines:
            return start
        above = start - 1
        while above >= 0 and not self.lines[above].text.strip(" \t"):
            above -= 1
        if above < 0 or not self.lines[above].start <= span.start < self.lines[above].end_offset(
            len(self.lines[above].text)
        ):
            return start
        if not self.unit_group_line(self.lines[above], self.lines, above):
            return start
        if not any(
            self.unit_group_line(line, self.lines, index)
            for index, line in enumerate(self.lines[start:], start)
            if line.text.endswith((":", "：")) and len(line.text) <= _LONGEST_GROUP_LINE
        ):
            return start
        header.recipients = []
        del header.spans["recipients"]
        return above

    def unit_group_line(self, line: Line, lines: list[Line], index: int) -> bool:
        """Whether a line is names of units before a colon, over a numbered item."""
        named = names_before_colon(line.text, 0)
        if named is None or line.text[named.end + 1 :].strip(" "):
            return False
        after = next((item for item in lines[index + 1 :] if item.text.strip(" \t")), None)
        return after is not None and match_heading(after.text) is not None

    def unit_group(self, line: Line, lines: list[Line], index: int) -> bool:
        """Open the group of items a line of units' names before a colon heads; say if it did.

        A 责任清单 may list each body's work under its name, the name on a line of its own
        ending in a colon and the items numbered under it (区司法局： / 1.… / 2.… / 区财政局：
        / 1.…): the names are the units of each item that names none of its own, up to the next
        such line or a heading above the items. The names may stand in square brackets instead
        (【区司法局】 / 〔区司法局〕).
        """
        named = names_before_colon(line.text, 0)
        if named is None or line.text[named.end + 1 :].strip(" "):
            named = _bracketed_names(line.text)
        if named is None:
            return False
        after = next((item for item in lines[index + 1 :] if item.text.strip(" \t")), None)
        if after is None or match_heading(after.text) is None:
            return False
        self.unit_groups.append(_UnitGroup(line, named))
        return True

    def unnumbered_start(self, start: int) -> int:
        """Where the body starts when its tasks are marked by their units, not numbered.

        With no numbered part, or a table's row with no header over it where the body starts,
        the tasks are those their units mark (see _unnumbered): the body starts at the first.
        """
        if start < len(self.lines) and not row_cells(self.lines[start]):
            # numbered parts: the runs their units close under a part, if two or more
            headed = unnumbered_openings(self.lines[start:], headed=True)
            self.openings = {_line_key(self.lines[start + o.index]): o for o in headed}
            return start
        if start == len(self.lines):  # a table printed a cell a line with no header: its rows
            self.lines = headerless_rows(self.lines)
            start = len(self.lines)
        openings = unnumbered_openings(self.lines)
        if start < len(self.lines):  # the rows from there on
            openings = [o for o in openings if o.index >= start]
        if len(openings) < LEAST_TASKS:
            return start
        self.openings = {_line_key(self.lines[o.index]): o for o in openings}
        return min(start, openings[0].index)

    def opens_task(self, line: Line) -> bool:
        """Open the unnumbered task that starts at a line of the body, if one does; say if so."""
        opening = self.openings.get(_line_key(line))
        if opening is None:
            return False
        self.end_table()
        self.unnumbered_task(line, opening)
        return True

    def unnumbered_task(self, line: Line, opening: Opening) -> None:
        """Open the next task of a division of work printed without numbers (see _unnumbered).

        The task is read as an item numbered in order; units that open its sentence before
        负责 or 牵头 (区司法局负责…) are its responsible units.
        """
        self.place(Style.ARABIC)  # under the part open, beside the task before
        value = self.stack[-1].last_child.get(Style.ARABIC, 0) + 1
        if opening.cells:  # a row of a table printed without its header
            self.spaced_item(line, SpacedRow(value, opening.end, opening.cells))
            return
        self.heading(line, Heading(Style.ARABIC, value, str(value), opening.end))
        if opening.units_end:
            node = self.stack[-1]
            field = Field(ROLE_WORDS[Role.RESPONSIBLE], 0, opening.units_end, 0)
            node.fields.insert(0, (line, field))

    def body_heading(self, line: Line, lines: list[Line], index: int) -> Heading | None:
        """The heading a line of the body opens, if it opens one where it stands."""
        text = line.text
        heading = match_heading(text) or (
            (self.digit_item(line, lines, index) or _decimal_head(line, lines, index))
            if text[:1].isdigit()
            else None
        )
        if heading is None or not self.decimal_fits(heading):
            return None  # 2.3公里…: a quantity that runs on, not a part of an open item
        return None if is_chrome(text) else heading  # a site's numbered instructions

    def decimal_fits(self, heading: Heading) -> bool:
        r"""Whether a decimal number (1.2, 1.2.1) numbers the next part of the item open above it.

        A document numbered in decimals throughout (1 · 1.1 · 1.1.1) nests them by depth:
        ``1.2`` reads as a heading under the open top-level 1 after 1.1, and ``1.2.1`` under an
        open 1.2, when the top level is Arabic (``1`` or ``1.``). Under a part 一、 whose own
        number it repeats (二、 over 2.1, 2.2), with no item of another style open, a decimal
        number heads the part's points (an outline: ``二、问题定义`` over ``2.1立法与政策执行问题``).
        Under a heading numbered otherwise (一、 then 1. then 1.1, or 二、 then 1.1) a decimal
        number stays a part of the text above it, and anywhere else it is text that runs on
        (提高到 / 1.2公里).
        """
        if heading.style not in DECIMAL_STYLES:
            return True
        above = heading.number.rsplit(".", 1)[0]
        for node in reversed(self.stack[1:]):
            if heading.style == Style.DECIMAL_SUB:
                if node.style != Style.DECIMAL:
                    continue
                number = node.number
            elif node.style in DECIMAL_STYLES:
                continue
            elif node is self.stack[1] and node.style == Style.CHINESE:
                number = str(node.value)  # 二、 over 2.1: the part's points
            elif node is not self.stack[1] or node.style != Style.ARABIC:
                return False  # 一、 then 1. then 1.1: a part of item 1's text; 一、 then 1.1: text
            else:
                number = str(node.value)
            return number == above and heading.value == node.last_child.get(heading.style, 0) + 1
        return False

    def spaced_item(self, line: Line, row: SpacedRow) -> None:
        """A row of a task table printed with spaces, read as the item its number starts.

        The task's words are the item's title; its units and time cells are its fields, as
        if labelled (责任部门：…, 完成时限：…); any other cell is its text.
        """
        self.heading(line, Heading(Style.ARABIC, row.value, str(row.value), row.number_end))
        node = self.stack[-1]
        (_, begin, end), *others = row.cells
        # the cell's heading sentence titles the task, as a paragraph's does (推进预算公开。)
        stop = _SENTENCE_END.search(line.text, begin, end)
        title_end = end if stop is None else stop.end()
        stripped = _title_stop(line.text, begin, title_end)
        node.title_range = (begin, stripped)
        node.title_stop = title_end
        node.heading_text = [(line, begin, end)]
        node.fields = []
        for field, first, last in others:
            role = ROLE_FIELDS.get(field)
            label = ROLE_WORDS[role] if role is not None else None
            if field == "deadline":
                label = TIME_LABELS[0]
            if label is None:
                node.body.append((line, first, last))
            else:
                node.fields.append((line, Field(label, first, last, first)))
        node.opens_paragraph = True

    def spaced_cells(self, line: Line) -> bool:
        """Read a line that goes on with the units' cells of a spaced row cut short; say if so.

        See ``SpacedTable.continued``: the names are the units of the row's item, under their
        columns' roles, and the other cells its text.
        """
        cells = [] if self.spaced is None else self.spaced.continued(line)
        if not cells:
            return False
        node = self.stack[-1]
        for field, first, last in cells:
            role = ROLE_FIELDS.get(field)
            if role is None:
                node.body.append((line, first, last))
            else:
                node.fields.append((line, Field(ROLE_WORDS[role], first, last, first)))
        node.lines.append(line)
        node.last_line = line
        return True

    def digit_item(self, line: Line, lines: list[Line], index: int) -> Heading | None:
        """An item numbered right before digits (1.2024年底前…), read from its context."""
        if not line.text[:1].isdigit():
            return None
        styles = [node.style for node in self.stack]
        expected = None
        if Style.ARABIC in styles:
            open_value = self.stack[styles.index(Style.ARABIC)].value
            if (
                _SUB_NUMBER.match(line.text) is not None
                and leading_number(line.text, None) == open_value
            ):
                return None  # 1.1梳理… under item 1 (1.2025年底前…): a part of it, not item 1 again
            expected = open_value + 1
        # the next line with text, found by index: a copy of the lines after it for every item
        # would make a long document's items cost time in proportion to its length
        after = next(
            (lines[i] for i in range(index + 1, len(lines)) if lines[i].text.strip(" \t")), None
        )
        next_value = None
        if after is not None:
            heading = match_heading(after.text)
            if heading is not None:
                next_value = heading.value if heading.style == Style.ARABIC else None
            elif _SUB_NUMBER.match(after.text) is None:  # 1.1 is a sub-item, not item 1 again
                next_value = leading_number(after.text, _space_at(after))
        return match_digit_item(
            line.text, _space_at(line), expected=expected, next_value=next_value
        )

    def heading(self, line: Line, heading: Heading) -> None:
        self.place(heading.style)
        parent = self.stack[-1]
        node = _Node(heading.style, heading.number, heading.value, line)
        self.check_sequence(node, parent, line)
        parent.children.append(node)
        if self.unit_groups:
            self.unit_groups[-1].take(node, parent, self.stack)
        self.stack.append(node)
        ranges, fields = split_fields(line.text, heading.end, cut=self.ends_text(line))
        opening = names_before_colon(line.text, heading.end)
        if (
            opening is not None
            and ranges
            and ranges[0][0] == heading.end
            and line.text[opening.end + 1 : ranges[0][1]].strip(" ")
        ):
            # 1.区发改委:牵头推进…: the item's units, then its text
            fields = [opening, *fields]
            ranges[0] = (opening.end + 1, ranges[0][1])
        elif opening is not None and ranges and ranges[0][0] == heading.end:
            # 1.区发改委: with its work below: the names title the item and name the units of
            # the work under them (see _share_colon_titles)
            node.colon_names = opening
        node.fields.extend((line, field) for field in fields)
        node.lines.append(line)
        node.last_line = line
        if not ranges:
            node.title_range = (heading.end, heading.end)
            return
        first_begin, first_end = ranges[0]
        stop = _SENTENCE_END.search(line.text, first_begin, first_end)
        title_end = first_end if stop is None else stop.end()
        colon = line.text.find(":", first_begin, title_end - 1)
        if colon > first_begin and (
            _names_part(line.text[first_begin:colon])
            or _closes_heading(line.text, first_begin, colon)
        ):
            title_end = colon + 1  # 三、工作目标:到年底…: the heading's words, then its text
        stripped = _title_stop(line.text, first_begin, title_end)
        node.title_range = (first_begin, stripped)
        node.title_stop = title_end
        rest = line.text[title_end:first_end].strip(" ")
        node.opens_paragraph = bool(rest) or len(ranges) > 1 or bool(fields)
        node.heading_text.extend((line, begin, end) for begin, end in ranges)

    def place(self, style: str) -> None:
        """Pop the stack to where a heading of ``style`` belongs.

        A style already open closes back to it (a sibling). A style met before goes back under
        the style it nested in then. A new 一、 or 第一条 starts the top level. Any other new
        style nests under the current heading.
        """
        styles = [node.style for node in self.stack]
        if style in styles:
            del self.stack[styles.index(style) :]
            return
        holders = [i for i, node in enumerate(self.stack) if node.style in _HOLDERS.get(style, ())]
        if holders:  # 第一条 sits under the open 第一节 or 第一章, 第一节 under the open 第一章
            del self.stack[holders[-1] + 1 :]
            self.parent_style[style] = self.stack[-1].style
            return
        parent_style = self.parent_style.get(style)
        if parent_style is not None:
            if parent_style in styles:
                top = self.stack[-1]
                if top.style != parent_style and _bare_heading(top):
                    # 二、… （一）全力以赴稳增长。 then 10.: the numbers run on from the items of
                    # 一、, but under the heading that now stands over them
                    self.parent_style[style] = top.style
                    return
                del self.stack[styles.index(parent_style) + 1 :]
            else:
                del self.stack[1:]
        elif style in TOP_STYLES:
            del self.stack[1:]
            # what sat at the top before now nests under the new top style
            self.parent_style = {k: v for k, v in self.parent_style.items() if v != "root"}
        else:
            self.above_lower(style)
        self.parent_style[style] = self.stack[-1].style

    def above_lower(self, style: str) -> None:
        """Close the open headings of a style printed below a new ``style`` (GB/T 9704 order).

        （一） （1） （2） then 1.: the items 1. go beside （1）, under （一）, and not inside （2）,
        since 1. numbers a level above （1）; a （1） that follows later nests under them.
        """
        rank = _STYLE_RANKS.get(style)
        if rank is None:
            return
        closed: list[str] = []
        while len(self.stack) > 1 and _STYLE_RANKS.get(self.stack[-1].style, -1) > rank:
            closed.append(self.stack.pop().style)
        for lower in closed:
            self.parent_style[lower] = style

    def check_sequence(self, node: _Node, parent: _Node, line: Line) -> None:
        previous = parent.last_child.get(node.style)
        run_on = self.last_values.get(node.style, 0) + 1
        expected = {previous + 1} if previous is not None else {1, run_on}
        parent.last_child[node.style] = node.value
        if node.value not in expected:
            wanted = " or ".join(str(value) for value in sorted(expected))
            self.diagnostics.append(
                _diagnostic(
                    line,
                    0,
                    "number-sequence",
                    f"heading number {node.number!r} breaks the sequence; expected {wanted}",
                )
            )
        self.last_values[node.style] = node.value

    def ends_text(self, line: Line) -> bool:
        """Whether the printed text ends with this line (a copy cut there)."""
        return line.end_offset(len(line.text)) >= self.text_end

    def content(self, line: Line) -> None:
        if is_chrome(line.text):
            self.diagnostics.append(
                _diagnostic(line, 0, "page-chrome", "web-page furniture skipped", Severity.INFO)
            )
            return
        ranges, fields = split_fields(line.text, 0, cut=self.ends_text(line))
        target = self.stack[-1]
        if not fields and target is not self.root:
            # 区司法局牵头，区法院配合。 on a line of its own under the task's text
            division = division_line(line.text)
            if division is None and line.gaps:
                division = spaced_labels(line.text, line.gaps)  # 牵头单位 区司法局
            if division is not None:
                ranges, fields = [], division
        if target is self.root:
            self.loose.extend((line, begin, end) for begin, end in ranges)
            if not fields:
                self.diagnostics.append(
                    _diagnostic(
                        line,
                        0,
                        "unclassified-line",
                        "text outside the header and any numbered part belongs to no "
                        "field (only the documents it cites are kept); review it",
                    )
                )
        target.fields.extend((line, field) for field in fields)
        if not ranges:
            target.bare_fields.extend((line, field) for field in fields)
        if target is not self.root:
            target.body.extend((line, begin, end) for begin, end in ranges)
            target.lines.append(line)
            target.last_line = line

    # -- task tables -------------------------------------------------------------------------

    def table_depth(self, line: Line) -> int:
        """The depth in the stack of the heading a table whose header is ``line`` stands under.

        A table after a task's text belongs beside that task, not inside it (the stack holds
        the heading and its ancestors; the nodes keep no parent, so that no cycle keeps the
        tree alive after parsing). An annex's table (附件2 · 重点任务分工表) stands in no part of
        the text above the annex's heading: the plan's last part (一、总体要求) does not hold it.
        """
        depth = len(self.stack) - 1
        while depth > 0 and (self.stack[depth].opens_paragraph or self.stack[depth].fields):
            depth -= 1
        annex = bisect.bisect_right(self.annex_starts, line.start)
        if annex:
            while depth > 0 and self.stack[depth].line.start < self.annex_starts[annex - 1]:
                depth -= 1
        return depth

    def table_row(self, line: Line, cells: list[tuple[int, int]], *, spaced: bool) -> bool:
        text = line.text
        if is_separator_row(text, cells):
            last = self.diagnostics[-1] if self.diagnostics else None
            if (
                last is not None
                and last.code == "table-header"
                and last.span is not None
                and not self.text[last.span.end : line.start].strip()
            ):  # the rule under a table's header: part of the header
                last.span = Span(start=last.span.start, end=line.end_offset(len(text)))
            else:
                self.diagnostics.append(
                    _diagnostic(
                        line,
                        0,
                        "table-rule",
                        "a table's rule line (|--|) not under a table header; skipped",
                        Severity.INFO,
                    )
                )
            return True
        names = [text[a:b] for a, b in cells]
        columns = read_columns(names)
        if columns is not None:
            self.end_table()
            self.diagnostics.append(
                _diagnostic(
                    line,
                    0,
                    "table-header",
                    "task table columns: " + ", ".join(names[i] for i in sorted(columns)),
                    Severity.INFO,
                )
            )
            depth = self.table_depth(line)
            self.table = _Node(_TABLE, "", 0, line)
            self.table.table_columns = columns
            self.table.table_title = self.stack[depth].title() if depth > 0 else ""
            self.table.table_starts = cell_starts(line, cells) if spaced else []
            self.table.table_rows.append((line, cells))
            self.stack[depth].children.append(self.table)
            return True
        if self.table is None:
            return False
        if spaced and self.sub_header(line, cells):
            return True
        starts = self.table.table_starts
        if spaced and starts and len(cells) != len(starts):
            placed = placed_cells(line, cells, starts)
            if placed is None:
                self.diagnostics.append(
                    _diagnostic(
                        line,
                        0,
                        "table-cell",
                        "the cells of this row do not line up under the header's columns; "
                        "check which column each value belongs to",
                    )
                )
            else:
                cells = placed
        self.table.table_rows.append((line, cells))
        self.table.lines.append(line)
        self.table.last_line = line
        return True

    def sub_header(self, line: Line, cells: list[tuple[int, int]]) -> bool:
        """Read the second row of a two-row header lined up with spaces, if the line is one.

        A heading spread over two columns (责任单位 over 牵头单位 · 配合单位) prints the two
        headings under it on the next line: right under the header, a line of headings alone,
        two or more under one column, splits that column in two or more, each under its own
        heading, and the table's rows line up under the new columns.
        """
        table = self.table
        if table is None or len(table.table_rows) != 1 or not table.table_starts:
            return False
        names = [line.text[a:b] for a, b in cells]
        if not all(heading_key(name) in TABLE_HEADINGS for name in names):
            return False
        starts = table.table_starts
        under: list[list[int]] = [[] for _ in starts]  # the second row's cells under each column
        for cell, column in enumerate(cell_starts(line, cells)):
            index = max(
                (i for i, start in enumerate(starts) if start - _CELL_SLACK <= column), default=0
            )
            under[index].append(cell)
        if all(len(found) < _SPLIT_HEADINGS for found in under):
            return False
        header, header_cells = table.table_rows[0]
        places = cell_starts(line, cells)
        top: list[tuple[int, int]] = []
        second: list[tuple[int, int]] = []
        new_starts: list[int] = []
        for index, found in enumerate(under):
            if len(found) < _SPLIT_HEADINGS:
                top.append(header_cells[index])
                second.append(cells[found[0]] if found else (0, 0))
                new_starts.append(starts[index])
                continue
            end = header_cells[index][1]
            top.extend([header_cells[index], *[(end, end)] * (len(found) - 1)])
            second.extend(cells[cell] for cell in found)
            new_starts.extend(places[cell] for cell in found)
        table.table_rows[0] = (header, top)
        table.table_rows.append((line, second))
        table.table_starts = new_starts
        table.lines.append(line)
        table.last_line = line
        return True

    def table_line(self, line: Line, lines: list[Line], index: int) -> bool:
        """Read a line of a table (a row in pipes, tabs or spaces, or a group's heading), if it is."""
        cells = piped = table_cells(line.text)
        if cells is None and "\t" in line.text:
            # a row of two cells parted by one tab: a table's header, or a row of a table in tabs
            cells = piped = self.tab_row(line.text) or tab_header(line.text)
        if cells is None and may_line_up(line.original):
            cells = spaced_cells(line)  # columns lined up with spaces
            if cells is not None and len(cells) < _MIN_SPACED_CELLS:
                cells = None
        if cells is None and self.lone_cell(line):
            cells = [(0, len(line.text.rstrip()))]  # a cell's next line, under its column
        if cells is None and self.glued_header(line, lines, index):
            # its headings glued, its rows' cells apart: no column lines up under the header
            return self.table_row(line, glued_header(line.text) or [], spaced=False)
        if cells is not None:
            return self.table_row(line, cells, spaced=piped is None)
        return self.group_row(line, lines, index)

    def glued_header(self, line: Line, lines: list[Line], index: int) -> bool:
        """Whether a line is a task table's header with its headings glued over rows in cells.

        See ``glued_header``: the next line with text is a row whose cells runs of spaces or
        tabs part, so that the header's columns are that row's.
        """
        if self.table is not None or glued_header(line.text) is None:
            return False
        after = next(
            (lines[i] for i in range(index + 1, len(lines)) if lines[i].text.strip()), None
        )
        if after is None:
            return False
        cells = table_cells(after.text)
        if cells is None and may_line_up(after.original):
            cells = spaced_cells(after)
        return cells is not None and len(cells) >= _FEWEST_GLUED_CELLS

    def lone_cell(self, line: Line) -> bool:
        """Whether a line is one cell's words alone, under a column of a table lined up with spaces.

        A cell too long for its column goes on in the next line (市财政局、 / 市人社局), indented to
        the column's start, the other cells of that line empty: it is a row of the table with
        one cell filled, the reader joins it to the cell above. Never under the first column (a
        part's heading or a paragraph after the table starts there), nor a heading of its own.
        """
        table = self.table
        original = line.original
        if table is None or not table.table_starts or not original[:1].isspace():
            return False
        if may_line_up(original.strip()) or match_heading(line.text) is not None:
            return False
        starts = table.table_starts
        column = display_width(original[: len(original) - len(original.lstrip())])
        nearest = min(range(len(starts)), key=lambda i: abs(starts[i] - column))
        return nearest > 0 and abs(starts[nearest] - column) <= _CELL_SLACK

    def tab_row(self, text: str) -> list[tuple[int, int]] | None:
        """The two cells of a line parted by one tab, where a table in tabs is open."""
        if self.table is None or not _tabbed(self.table.line):
            return None
        return label_and_tab(text)

    def group_row(self, line: Line, lines: list[Line], index: int) -> bool:
        """Read a part's heading between a table's rows as a row of the table, if it is one.

        A row merged across the table (一、产业发展) loses its pipes or tabs when the table is
        copied: the heading, alone on its line between the header and further rows in pipes or
        tabs, groups the rows below it, and the table goes on. Only when the row below fits
        the table: as many cells as a row read already, and a number under 序号. A part with a
        table of another kind (指标名称 | 2022年 | 2023年目标) under its heading is a part, and
        that table its own.
        """
        if self.table is None:
            return False
        heading = match_heading(line.text)
        if (
            heading is None
            or heading.style not in (Style.CHINESE, Style.CHINESE_PAREN)
            or heading.end >= len(line.text.rstrip())
        ) and not self.group_words(line):
            return False
        after = _row_under_groups(lines, index)
        cells = None if after is None else self.row_cells_under(after)
        if after is None or cells is None:
            return False
        if read_columns([after.text[a:b] for a, b in cells]) is not None:
            return False  # the heading of a part with a table of its own, under its header
        if not _fits_table(self.table, after, cells):
            return False  # a row of another table: the heading is the next part's
        self.table.table_rows.append((line, [(0, len(line.text.rstrip()))]))
        self.table.lines.append(line)
        self.table.last_line = line
        return True

    def row_cells_under(self, line: Line) -> list[tuple[int, int]] | None:
        """The cells of a line as a row of the open table: in pipes or tabs, or lined up.

        In a table lined up with spaces, the row's cells placed under the header's columns;
        None where they do not line up, or the line is no row.
        """
        table = self.table
        if table is None:
            return None
        if not table.table_starts:
            return table_cells(line.text) or self.tab_row(line.text)
        cells = spaced_cells(line) if may_line_up(line.original) else None
        if cells is None or len(cells) < _MIN_SPACED_CELLS:
            return None
        if len(cells) == len(table.table_starts):
            return cells
        return placed_cells(line, cells, table.table_starts)

    def group_words(self, line: Line) -> bool:
        """Whether a line is a group's words without a number, between rows of a numbered table.

        A row merged across a table whose rows are numbered under a first 序号 column may print
        the group's words alone (深入推进依法行政): under the numbers, they head the rows below.
        """
        table = self.table
        return (
            table is not None
            and table.table_columns.get(0) == "number"
            and match_heading(line.text) is None
            and group_words(line.text)
        )

    def end_table(self) -> None:
        """Read the rows of the table just ended with the one table reader."""
        table = self.table
        self.table = None
        if table is None:
            return
        grid = [[_cell_text(line, a, b) for a, b in cells] for line, cells in table.table_rows]
        try:
            table.table_plan = read_table(
                grid, title=table.table_title or None, year=self.year, lenient=True, facts=False
            )
        except ParseError as error:  # the header names a column twice: the rows stay text
            table.table_plan = None
            for line, _ in table.table_rows:
                self.diagnostics.append(
                    _diagnostic(line, 0, "table-row", f"a table row was not read: {error.message}")
                )
            return
        for problem in table.table_plan.diagnostics:
            line, cells = table.table_rows[(problem.line or 1) - 1]
            column = (problem.column or 1) - 1
            begin = cells[column][0] if column < len(cells) else 0
            self.diagnostics.append(_diagnostic(line, begin, problem.code, problem.message))

    # -- building the model ------------------------------------------------------------------

    def build(self) -> Plan:
        check_text(self.text, self.source)
        reading = self.take_frame()
        crumbs = list_crumbs(self.framed)  # a breadcrumb printed as a numbered list: the page's
        start = self.body_start(crumbs)
        start = self.unnumbered_start(start)
        first_body_line = self.lines[start] if start < len(self.lines) else None
        header = read_header(self.lines[:start], crumbs, first_body_line)
        self.diagnostics.extend(header.diagnostics)
        self.learn_aliases()
        self.frame_fallbacks(header, reading.frame)
        title = self.named_title_of(header, reading.attachments)
        self.signed_or_dated(header, title, start, reading.frame)
        self.year = self.plan_year(title, header)
        issuer_unit = self.issuer_unit(header, title)
        body = self.lines[self.first_group_start(header, start) :]
        self.spaced = SpacedTable.find(self.lines)
        if self.spaced is not None:  # a task table printed with spaces, its rows run on
            body = self.spaced.cut(body)
        self.read_body(body)
        self.drop_empty_headings(self.root)
        _share_colon_titles(self.root)
        for group in self.unit_groups:
            for item in group.items:
                _fill_leaves(item, [(group.line, group.names)])
        if reading.table_rows:
            self.merge_table(reading.table_rows)
        sections: list[_Part] = []
        unsectioned: list[_Part] = []
        plan_segments: list[Segment] = [(line, 0, len(line.text)) for line in header.preamble_lines]
        plan_segments.extend(self.loose)
        self.title = title
        # a notice printed without a plan of its own: its numbered parts are its requirements
        self.notice_only = (
            title.endswith(("通知", "通报"))
            or (
                header.notice_title is not None
                and not any(
                    line.number > header.notice_lines[0].number
                    for line in header.title_lines
                    if header.notice_lines
                )
            )
            or _headless_notice(header)
        )
        self.top_parts(sections, unsectioned, plan_segments)
        citations, problems = citation_fields(plan_segments)
        self.diagnostics.extend(problems)
        self.scored_parts(title, sections, unsectioned)
        self.named_groups(header, plan_segments, reading.attachments)
        self.unit_diagnostics([*unsectioned, *(t for s in sections for t in _all_tasks(s))])
        spans = dict(header.spans)
        notice = self.notice(header)
        if notice is not None and notice.span is not None:
            spans["notice"] = notice.span
        if header.preamble_lines:
            first, last = header.preamble_lines[0], header.preamble_lines[-1]
            spans["preamble"] = Span(start=first.offset(0), end=last.end_offset(len(last.text)))
        frame = build_frame(
            reading,
            _frame_inputs(
                header, title, spans.get("notice") or _body_span(spans, sections, unsectioned)
            ),
        )
        self.diagnostics.extend(frame_diagnostics(frame, self.text))
        covered = [(span.start, span.end) for span in spans.values()]
        covered.extend((d.span.start, d.span.end) for d in self.diagnostics if d.span)
        for part in [*unsectioned, *sections]:
            covered.extend(_bounds_of(part))
        self.diagnostics.extend(_unaccounted(self.lines, covered))
        period = self.period(title)
        # the sections, tasks and assessments are plain fields here: the plan is validated, and
        # they with it, in this one call (see docs/architecture.md, "Building the models"); every
        # span was taken from the lines of self.text, the source: the plan need not walk them all
        # to check that they lie within it (see Plan)
        return Plan.model_validate(
            {
                "id": _stable_id(title, header, period, self.source),
                "kind": plan_kind(title) or PlanKind.WORK_PLAN,
                "title": title,
                "issuer": header.issuer,
                "issuer_unit": issuer_unit,
                "issued_on": header.issued_on,
                "doc_number": header.doc_number,
                "recipients": header.recipients,
                "period": period,
                "notice": notice,
                "frame": frame,
                "preamble": "\n".join(
                    line.printed(0, len(line.text)) for line in header.preamble_lines
                )
                or None,
                "sections": sections,
                "unsectioned_tasks": unsectioned,
                "units": self.units.units,
                "coordination_groups": list(self.groups.values()),
                "assessments": self.assessments,
                "citations": citations,
                "spans": spans,
                "source": SourceText(name=self.source, text=self.text),
                "diagnostics": sorted(self.diagnostics, key=lambda d: (d.line or 0, d.column or 0)),
            },
            context={"spans_in_source": True},
        )

    def top_parts(
        self, sections: list[_Part], unsectioned: list[_Part], plan_segments: list[Segment]
    ) -> None:
        """The sections and tasks at the top of the plan, from the numbered parts read."""
        framing = _framing_articles(self.root.children)
        # where the top level heads items (一、… with （一）… below), or a notice's requirements
        # stand without a plan of items, each top-level heading is a section, even one with only
        # text under it; a plan's top level of bare items stays tasks
        self.top_heads = self.notice_only or any(
            node.children for node in self.root.children if node.style in _HEADING_STYLES
        )
        _share_title_units(self.root.children)
        _share_role_titles(self.root.children)
        for node in self.root.children:
            if node.style == _TABLE:
                table_sections, table_tasks = self.table_parts(node, (), 1)
                sections.extend(table_sections)
                unsectioned.extend(table_tasks)
                continue
            if node in framing:
                self.frame_article(node, plan_segments)
                continue
            if node is self.root.children[0] and self.numbers_the_title(node):
                self.page_mark(node, plan_segments)
                continue
            built = self.convert(node, (), 1, None, plan_segments)
            if _is_section(built):
                sections.append(built)
            else:
                unsectioned.append(built)

    def numbers_the_title(self, node: _Node) -> bool:
        """Whether a sharing site's page mark (1、) numbers the line the plan's title is read from.

        A document-sharing site prints its pages as numbered pieces (1、某方案为…  2、…), the
        first starting with the document's title: that 1、 is no item of the plan.
        """
        title = normalise(self.title)
        return (
            len(title) > _MIN_MARKED_TITLE
            and node.style == Style.ARABIC
            and node.number == "1"
            and not node.children
            and node.line.text.startswith(title, node.title_range[0])
        )

    def page_mark(self, node: _Node, plan_segments: list[Segment]) -> None:
        """The piece a sharing site numbered before the title: the plan's opening, no task."""
        plan_segments.extend(segment for item in node.walk() for segment in item.segments())
        last = node.last_line or node.line
        self.diagnostics.append(
            Diagnostic(
                severity=Severity.INFO,
                code="page-mark",
                message=f"{node.number} before the title is a sharing site's page mark: "
                "its text opens the plan",
                line=node.line.number,
                column=1,
                span=_between(node.line.offset(0), last.end_offset(len(last.text))),
            )
        )

    def frame_article(self, node: _Node, plan_segments: list[Segment]) -> None:
        """An article outside any chapter that frames the text (purpose, scope): prose."""
        segments = [segment for item in node.walk() for segment in item.segments()]
        plan_segments.extend(segments)
        last = node.last_line or node.line
        self.diagnostics.append(
            Diagnostic(
                severity=Severity.INFO,
                code="prose-article",
                message=f"{node.number} states the text's purpose, scope or principles: prose",
                line=node.line.number,
                column=1,
                span=_between(node.line.offset(0), last.end_offset(len(last.text))),
            )
        )

    def drop_empty_headings(self, node: _Node) -> None:
        """Take out the numbers that head nothing (a copy cut after 二、): each is a diagnostic."""
        for child in node.children:
            self.drop_empty_headings(child)
        kept: list[_Node] = []
        for child in node.children:
            empty = child.style != _TABLE and child.title_range[0] == child.title_range[1]
            if empty and not (child.children or child.body or child.fields):
                self.diagnostics.append(
                    _diagnostic(
                        child.line,
                        0,
                        "empty-heading",
                        f"heading {child.number!r} has no title and nothing under it; "
                        "the text may be cut here",
                    )
                )
                continue
            kept.append(child)
        node.children = kept

    def take_frame(self) -> FrameReading:
        """Find the frame's elements and take their lines out of the plan's text."""
        reading = find_frame(self.lines)
        keep_table_for_merge(reading, self.lines)
        self.annex_starts = sorted(
            item.part_span.start for item in reading.attachments if item.part_span is not None
        )
        self.framed = list(self.lines)
        for index in reading.consumed:
            self.lines[index] = blank(self.lines[index])
        self.diagnostics.extend(reading.diagnostics)
        return reading

    def frame_fallbacks(self, header: Header, found: dict[str, object]) -> None:
        """Fill the issuer and date from the frame when the head does not print them."""
        if (
            (header.title is None and header.notice_title is None)  # a notice is no news report
            or (header.title is not None and is_report_headline(header.title))
            or (header.title is not None and names_no_document(header.title))
        ) and not _named_by_notice(header):
            self.news_title(header)
        self.no_headline(header)
        organs = found.get("end_signing_organs")
        self.signer_over_publisher(header)
        if header.issuer is None and isinstance(organs, list) and organs:
            header.issuers = [str(organ) for organ in organs]
            header.issuer = "、".join(header.issuers)
        elif header.issuer is None and header.notice_issuer:
            header.issuers = _joint_organs(header.notice_issuer)
            # joint organs the heading ran together are named apart, as a signature names them
            header.issuer = "、".join(header.issuers) or header.notice_issuer
            if "notice_title" in header.spans:
                header.spans["issuer"] = header.spans["notice_title"]
        elif header.issuer is None and isinstance(page_issuer := found.get("end_page_issuer"), str):
            # a page's field under the document (发文机关:…), where nothing above names one
            header.issuer = page_issuer
        number = found.get("doc_number")
        if header.doc_number is None and isinstance(number, DocNumber):
            header.doc_number = number.text
            if number.span is not None:
                header.spans["doc_number"] = number.span
        _end_date_of_issue(header, found)
        self.notice_form_of_title(header)
        if header.issuer is None:
            header.issuer = (
                header.reported_issuer
                # a heading printed only as a page's field (标题: 某县人民政府关于…) names its
                # issuer as the heading does
                or title_issuer(header.title or header.notice_title or header.meta_title or "")
                or self.issued_in_the_name_of()
                or header.mark_issuer  # the organ's mark, where nothing else names an issuer
                or _marked_organ(found.get("organ_mark"))
                # a bureau's plan printed with no notice names its bureau first in its heading
                or bureau_issuer(header.title or "")
            )
            self.issuer_at_mark(header)
        self.mark_over_short_name(header)
        self.masked_issuer(header)
        self.signers_full_name(header)
        self.heading_full_name(header)
        self.place_of_level_name(header)
        if header.title is None and header.notice_title is not None:
            self.own_title(header)
        self.reply_title(header)

    def named_groups(
        self,
        header: Header,
        plan_segments: list[Segment],
        attachments: Sequence[Attachment] = (),
    ) -> None:
        """The groups named in the prose, the notice or its attachment list: no task of theirs."""
        notice_segments: list[Segment] = [(line, 0, len(line.text)) for line in header.notice_lines]
        # the group that signs the notice is named by it, as one its sentences name
        notice_segments.extend((line, 0, len(line.text)) for line in header.signer_lines)
        for mention in find_groups([*notice_segments, *plan_segments]):
            line = mention.segment[0]
            self.coordination_group(mention.name, None, line_span(line, mention.begin, mention.end))
        # the notice's own requirements (…纳入年度考核) name the plan's appraisal, held by no task
        notice_lines = [(line, 0, len(line.text)) for line in header.notice_lines]
        self.checks(None, notice_lines, None, folded=True)
        self.listed_groups(attachments)

    def listed_groups(self, attachments: Sequence[Attachment]) -> None:
        """The groups an attachment list names (附件:某某工作领导小组, 某某联席会议制度): the plan's."""
        for item in attachments:
            if not item.listed:
                continue
            lines = split_lines(item.title)
            for mention in find_groups([(line, 0, len(line.text)) for line in lines]):
                self.coordination_group(mention.name, None, item.span)

    def named_title_of(self, header: Header, attachments: Sequence[Attachment]) -> str:
        """The plan's title as its name: out of a copy's file name and out of its marks."""
        title = self.out_of_copy(header, self.plan_title(header, attachments))
        title = self.out_of_copy(header, self.out_of_marks(header, title))
        return self.out_of_table(header, title)

    def out_of_table(self, header: Header, title: str) -> str:
        """The title less a task table's header its line runs on into (…分解表 序号 工作任务 …).

        The head's title and its span follow where the title is the head's.
        """
        span = header.spans.get("title")
        printed = self.text[span.start : span.end] if span is not None else title
        # the header's line in the text as printed: a title broken over lines may run on into it
        at, cut = 0, None
        for piece in printed.split("\n"):
            found = header_after(piece)
            if found is not None:
                cut = at + len(piece[:found].rstrip(_HEADER_GAP))
                break
            at += len(piece) + 1
        if cut is None:
            return title
        # as many of the title's characters as the printed name has outside its spaces, where
        # the title was joined from its lines
        kept = cut if span is None else len(_SPACES.sub("", printed[:cut]))
        name = title[:kept].rstrip(_HEADER_GAP)
        if not name or not title[kept:].lstrip(_HEADER_GAP).startswith(_HEADER_OPENINGS):
            return title
        if header.title == title:
            header.title = name
            if span is not None:
                header.spans["title"] = Span(start=span.start, end=span.start + cut)
        return name

    def out_of_copy(self, header: Header, title: str) -> str:
        """The title less what a copy printed with it: a file's extension, its kind, a label.

        某县工作要点.docx, 某县工作要点（PDF）, [附件]某县工作要点: the name is the title. The head's
        title and its span follow where the title is the head's.
        """
        begin, end = out_of_copy(title)
        if (begin, end) == (0, len(title)):
            return title
        name = title[begin:end]
        span = header.spans.get("title")
        printed = self.text[span.start : span.end] if span is not None else ""
        # the span follows where the title is the head's or is read from the text it points at
        follows = header.title == title or printed.strip() == title
        if header.title == title:
            header.title = name
        if span is not None and follows:
            at, to = out_of_copy(printed)
            header.spans["title"] = Span(start=span.start + at, end=span.start + to)
        return name

    def out_of_marks(self, header: Header, title: str) -> str:
        """The title printed whole in marks (《Y》, 《Y》（试行）) is the name inside them.

        The head's title and its span follow where the title is the head's.
        """
        marked = title_in_marks(title)
        if marked is None:
            return title
        opened, closed = marked
        name = title[opened + 1 : closed] + title[closed + 1 :].lstrip()
        span = header.spans.get("title")
        if header.title == title:
            header.title = name
            if span is not None:
                printed = self.text[span.start : span.end]
                start = span.start + (1 if printed[:1] in _TITLE_MARKS else 0)
                end = span.end - (1 if printed[-1:] in _TITLE_MARKS.values() else 0)
                header.spans["title"] = Span(start=start, end=max(start, end))
        return name

    def mark_over_short_name(self, header: Header) -> None:
        """The organ's mark names in full the organ the heading or the page names short.

        A district's heading may leave out its city (东丽区人民政府 under 天津市东丽区人民政府文件),
        a page name an office by its level alone (市政府办公厅 over 某市人民政府办公厅 / ————). The
        mark is the one the head prints under the page's lines, read with the head. The
        issuer's span is then the mark's, and the line that named the organ short says so.
        """
        mark = header.mark_issuer
        if not (
            mark
            and header.issuer
            and names_by_level(header.issuer.translate(SIMPLIFIED), mark.translate(SIMPLIFIED))
        ):
            return
        short = header.issuer
        header.issuer = mark
        header.issuers = [mark]
        named = header.spans.pop("issuer", None)
        if header.mark_span is not None:
            header.spans["issuer"] = header.mark_span
        line = None if named is None else self.line_at(named.start)
        if line is not None and named != header.mark_span:
            self.diagnostics.append(
                _diagnostic(
                    line,
                    0,
                    "organ-mark",
                    f"{short} is the organ the mark names in full: {mark}",
                    Severity.INFO,
                )
            )

    @staticmethod
    def masked_issuer(header: Header) -> None:
        """An organ whose name a copy masked ((略) 人民政府办公厅, ××县人民政府) is no issuer."""
        if header.issuer is not None and _MASKED_NAME.search(header.issuer) is not None:
            header.issuer = None
            header.issuers = []
            header.spans.pop("issuer", None)

    def place_of_level_name(self, header: Header) -> None:
        """The heading's organ named by its level alone takes the place the plan it prints names.

        自治区人民政府关于印发新疆维吾尔自治区…计划的通知 is issued by 新疆维吾尔自治区人民政府:
        see `placed_level_name`. An issuer a mark or a signature names in full is left alone.
        """
        heading = header.notice_title or ""
        if header.issuer is None or "issuer" not in header.spans or not heading:
            return
        if header.spans["issuer"] != header.spans.get("notice_title"):
            return  # named by a line of its own, not by the heading
        full = placed_level_name(header.issuer, heading.translate(SIMPLIFIED))
        if full is not None:
            header.issuer = full
            header.issuers = [full]

    def line_at(self, offset: int) -> Line | None:
        """The line that holds ``offset`` of the text, if any."""
        index = bisect.bisect_right([line.start for line in self.lines], offset) - 1
        return self.lines[index] if index >= 0 else None

    def signed_or_dated(
        self, header: Header, title: str, start: int, found: dict[str, object]
    ) -> None:
        """The notice's signature over the plan's title, else the days that date it last."""
        self.signature_over_title(header, title, start)
        _last_dates(header, found)

    def signature_over_title(self, header: Header, title: str, start: int) -> None:
        """The notice's signature over the plan it prints, after the notice's numbered parts.

        A notice that sets out its own requirements (一、… 二、…) signs after them, its organ and
        date right over the title of the plan it prints, with (此件公开发布) between: the date
        (and the organ, where the head names none) is the notice's, though the head stops at
        the first numbered part. So does a notice printed from its address on, without its
        heading (the recipients' line first). The title quoted in the notice nests its own
        marks (《2025年市〈政府工作报告〉…方案》); printed on its line it has them whole
        (2025年市《政府工作报告》…方案): the two are one title.
        """
        if header.issued_on is not None:
            return
        if header.notice_title is None and not header.recipients:
            return
        key = _unnested(normalise(title).replace(" ", ""))
        # a date with the publication note run onto it reads as the date's line over the note's
        lines = [
            part
            for line in self.lines[start:]
            if line.text.strip(" \t")
            for part in noted_date_parts(line)
        ]
        for index, line in enumerate(lines):
            text = _unnested(line.text.replace(" ", ""))
            # the title whole on its line, or its first line: the period or the rest under it
            # (某县乡村振兴实施方案 / (2023—2025年))
            opens = len(text) >= _MIN_TITLE_LINE and key.startswith(text)
            if index == 0 or not (text == key or opens):
                continue
            above = index - 1
            # the publication note (此件公开发布) between the signature and the title
            while above > 0 and PUBLIC_NOTE.fullmatch(lines[above].text.strip()):
                above -= 1
            date_line, day, organs = _signature_at(lines, above)
            if day is None or not organs:
                if text != key:
                    continue  # a line that only opens the title's words: the title may come later
                return
            header.issued_on = day
            header.spans["issued_on"] = line_span(date_line, 0, len(date_line.text))
            if header.issuer is None:
                header.issuers = [organ.printed(0, len(organ.text)) for organ in reversed(organs)]
                header.issuer = "、".join(header.issuers)
                # over the organs' lines, joint ones one a line
                first, last = organs[-1], organs[0]
                header.spans["issuer"] = Span(
                    start=first.offset(0), end=last.end_offset(len(last.text))
                )
            return

    @staticmethod
    def issuer_at_mark(header: Header) -> None:
        """An issuer the organ's mark names spans the mark's line, where the rule read it."""
        marked = header.issuer is not None and header.issuer == header.mark_issuer
        if marked and header.mark_span is not None:
            header.spans["issuer"] = header.mark_span

    def signer_over_publisher(self, header: Header) -> None:
        """The office that signs the notice, as its heading names it, over the page's publisher.

        A disclosure block names the government that publishes the page (发布机构 某县人民政府);
        the notice's heading and signature name the office that issues it (某县人民政府办公室).
        """
        organ = header.notice_issuer
        if (
            header.issuer_from_page
            and organ
            and header.issuer != organ
            and organ in self.signers_below()
        ):
            header.issuer = None
        # and a page that names an office by its level alone (发文单位 区人民政府办公室: the
        # office that posts it) over a heading that names its organ with its place (郧阳区人民
        # 政府关于…的通知): the heading's organ issues, unless the page names that organ short
        if (
            header.issuer_from_page
            and organ
            and header.issuer
            and header.issuer[0] in PLACE_ENDS
            and organ[0] not in PLACE_ENDS
            and is_organ_name(organ.translate(SIMPLIFIED))
            and header.issuer[1:].replace("人民", "") not in organ.replace("人民", "")
        ):
            header.issuer = None
        # so does a heading that names its own issuers (中共某市委 某市人民政府关于…的实施意见)
        # over a 发布机构 that names another body (市政府国资委, the office that posts the page)
        named = title_issuer(header.title or header.notice_title or "")
        page = header.issuer if header.issuer_from_page else None
        # unless the page names in full the organ the heading names short (浙江检察院关于…
        # under 发布部门 浙江省人民检察院): the full name is the issuer's
        if named and page and not _same_organs(named, page) and not names_in_short(named, page):
            header.issuer = None
        # and a page that names short (区司法局) the one organ whose full name opens the heading
        # (镇海区司法局2022年…工作报告): the heading's full name is the issuer's; in a joint
        # heading (某某区人民法院 某某区司法局), the full name of the page's organ is
        elif named and page and named != page and named.endswith(page):
            place = _last_organs_place(named.removesuffix(page))
            if place is not None:
                header.issuer = named if place == named.removesuffix(page) else place + page

    def signers_full_name(self, header: Header) -> None:
        """The signature's full name of the office the heading names short (区人民政府办公室)."""
        issuer = header.issuer
        if not issuer or header.issuers:
            return
        full = next(
            (name for name in self.signers_below() if name != issuer and name.endswith(issuer)),
            None,
        )
        if full is not None:
            header.issuer = full

    def heading_full_name(self, header: Header) -> None:
        """The heading's full name of the organ the signature names by its level (县政府办公室).

        A signature may leave out the place the heading names (某县人民政府办公室关于… signed
        县政府办公室): the organ is the heading's, named in full.
        """
        issuer, full = header.issuer, header.notice_issuer
        if (
            issuer
            and full
            and len(header.issuers) <= 1  # one organ: joint signers are named each in full
            and names_by_level(issuer.translate(SIMPLIFIED), full.translate(SIMPLIFIED))
        ):
            header.issuer = full
            header.issuers = [full] if header.issuers else []

    def issued_in_the_name_of(self) -> str | None:
        """The bodies a report says the plan was issued in the name of (以市委、市府两办名义印发)."""
        for line in self.framed:
            found = _IN_THE_NAME_OF.search(line.text)
            if found is not None:
                return line.printed(found.start("issuer"), found.end("issuer"))
        return None

    def signers_below(self) -> list[str]:
        """The organs named alone on a line over a date line: the signatures in the text.

        Read once, when first asked for: the lines of the text do not change after the frame
        is taken out.
        """
        if self.signers is None:
            lines = [line for line in self.framed if line.text.strip(" \t")]
            # as printed, as the heading's names are (辦公室 in a copy in traditional characters)
            self.signers = [
                line.printed(0, len(line.text)).strip()
                for line, below in itertools.pairwise(lines)
                if is_organ_line(line.text)
                and (read_date(below.text) or loose_date(below.text)) is not None
            ]
        return self.signers

    def notice_form_of_title(self, header: Header) -> None:
        """The title as the notice prints it in 《》 when the heading differs only in separators.

        A heading broken over lines drops the 、 between joint issuers (省委宣传部 省司法厅 /
        关于…), and a page may drop the brackets of the period (…实施方案2021-2025年); the
        notice's 《省委宣传部、省司法厅关于…》 is the title as written. So is a
        heading that leaves out the owner the notice names first (《某县人民政府关于…》).
        """
        if header.title is None:
            return
        if header.notice_title is None:
            # no heading of the notice printed: the title its sentence carries (现将《Y》印发),
            # which a heading broken over lines may print with another dash
            named = self.named_title(header)
            if named is not None and _marks(named[0]) == _marks(header.title):
                header.title = named[0]
            return
        carried = carried_title(header.notice_title)
        if carried is None or carried == header.title:
            return
        owner = carried[: len(carried) - len(header.title)]
        # or a heading that lost the brackets of its period (…实施方案2021-2025年)
        lost = _BRACKETS.sub("", carried) == _BRACKETS.sub("", header.title) and len(
            _BRACKETS.findall(carried)
        ) > len(_BRACKETS.findall(header.title))
        if (
            lost
            or _SEPARATORS.sub("", carried) == _SEPARATORS.sub("", header.title)
            or (carried.endswith(header.title) and owner and title_issuer(carried) == owner)
        ):
            header.title = carried

    def reply_title(self, header: Header) -> None:
        """A reply's heading (关于…问题的复函) is the document's title, with no notice.

        A reply attaches what it answers (a ministry's report): the heading under its 附件 label
        is the attachment's, not the document's, unless the reply names it (the rules it agrees
        to, 关于同意建立某联席会议制度的批复 over 某联席会议制度).
        """
        if header.notice_title is None or header.title is None:
            return
        if not answers_alone(header.notice_title, header.title):
            return
        _notice_title_as_title(header)

    def own_title(self, header: Header) -> None:
        """A 关于 title that is no 通知 and carries no other title is the plan's own (an 意见).

        So is one that names a plan (关于在全市公民中开展法治宣传教育的第七个五年规划): it prints
        no verb of a notice (印发, 转发) and no other title in 《》; and a notice that carries no
        document (关于开展宪法宣传周系列活动的通知) is itself the plan.
        """
        notice_title = header.notice_title or ""
        own = (
            names_own_plan(notice_title)
            or is_plain_notice(notice_title)
            or accounts_for_document(notice_title)  # 关于《Y》的政策解读: an account of Y
        )
        if carried_title(notice_title) != notice_title.strip() and not own:
            return
        _notice_title_as_title(header)

    def no_headline(self, header: Header) -> None:
        """A news headline left as the title (全省首创!我市发布…, …将于12月4日启动) is refused.

        A document's title never exclaims nor announces a day to come: where no lead names the
        plan the report is about, the page prints no title, and the text stands in with
        ``no-title``. A slogan quoted in a title (某县“奋战百日!”专项行动实施方案) and a title that
        ends in its kind without reporting it come out are titles (see ``speaks_as_headline``).
        """
        if header.title is None or header.notice_title is not None:
            return
        if not speaks_as_headline(header.title):
            return
        for line in header.title_lines:
            self.diagnostics.append(
                _diagnostic(
                    line, 0, "page-text", f"a news headline: {line.text[:30]}", Severity.INFO
                )
            )
        header.title = None
        header.title_lines = []
        header.spans.pop("title", None)

    def news_title(self, header: Header) -> None:
        """A news report that prints a plan: 近日,市委、市政府印发了《…》 names its title and issuer.

        The lead is the report's first paragraph, under the headline and byline; the title it
        names in 《》 replaces a headline (省委省政府转发“七五”普法规划) taken for the title.
        """
        written = (line for line in self.lines if line.text.strip(" \t"))
        opening = list(itertools.islice(written, _LEAD_LINES))
        # a lead names the plan in 《》: a line without one is read no further
        leads = (
            (line, news_lead(line.text))
            for line in [*header.preamble_lines, *opening]
            if "《" in line.text
        )
        line, lead = next(((line, lead) for line, lead in leads if lead), (None, None))
        if (line is None or lead is None) and header.title is None:
            # a text with no heading: the document a sentence of its opening names as its own
            self.self_named_title(header, opening)
            return
        if line is None or lead is None:
            return
        issuer, title = lead
        begin = line.text.index("《" + title) + 1
        header.title = line.printed(begin, begin + len(title))
        header.spans["title"] = line_span(line, begin, begin + len(title))
        if header.issuer is None:
            # a report names who forwards the plan; the plan's own title names its issuer,
            # and a report that names no issuer leaves it to the title alone
            at = line.text.index(issuer) if issuer else 0
            header.issuer = title_issuer(header.title) or (
                line.printed(at, at + len(issuer)) if issuer else None
            )

    def self_named_title(self, header: Header, opening: list[Line]) -> None:
        """The title and issuer a text with no heading names as its own in its opening lines.

        The sentence that names it may be broken over two lines, as a copy of a PDF breaks
        it (…县政府办公室 / 印发了《…》。《意见》…): each line is read with the one under it.
        """
        for at in range(len(opening)):
            pair = opening[at : at + 2]
            text = "".join(item.text for item in pair)
            if "《" not in text:
                continue
            named = self_named(text)
            if named is None:
                continue
            issuer, title = named
            begin = text.index("《" + title) + 1
            header.title = _printed_over(pair, begin, begin + len(title))
            header.spans["title"] = _span_over(pair, begin, begin + len(title))
            if header.issuer is None:
                at_issuer = text.index(issuer) if issuer else 0
                header.issuer = title_issuer(header.title) or (
                    _printed_over(pair, at_issuer, at_issuer + len(issuer)) if issuer else None
                )
            return

    def merge_table(self, rows: list[TableRow]) -> None:
        """Merge a task-division table's units and deadlines into the plan's tasks."""
        nodes: list[_Node] = []

        def visit(node: _Node, prose: SectionKind | None) -> None:
            # the tasks as convert finds them: not under prose, not a table of the body
            if node.style == _TABLE:
                return
            named = _node_kind(node)
            kind = _goal_kind(named if prose is None or named in _PROSE else prose, node)
            if kind not in _PROSE and _is_task(node, named):
                nodes.append(node)
                return
            for child in node.children:
                visit(child, kind if kind in _PROSE else None)

        for child in self.root.children:
            visit(child, None)
        matched, lost_rows, lost_tasks = match_rows(
            rows, [(node.value, node.title()) for node in nodes]
        )
        for row_index, node_index in matched.items():
            row = rows[row_index]
            node = nodes[node_index]
            node.fields.extend(
                (row.line, Field(label, begin, end, begin)) for label, begin, end in row.fields
            )
        for row_index in lost_rows:
            row = rows[row_index]
            title = row.line.text[slice(*row.title)] if row.title else ""
            self.diagnostics.append(
                _diagnostic(
                    row.line,
                    0,
                    "table-task-missing",
                    f"the task-division table names task {row.number} ({title[:20]}) "
                    "that the plan lacks",
                )
            )
        for node_index in lost_tasks:
            node = nodes[node_index]
            self.diagnostics.append(
                _diagnostic(
                    node.line,
                    0,
                    "task-not-in-table",
                    f"task {node.number} ({node.title()[:20]}) is not in the task-division table",
                    Severity.INFO,
                )
            )

    def learn_aliases(self) -> None:
        for line in self.lines:
            if "简称" not in line.text:
                continue
            for match in _ALIAS.finditer(line.text):
                full = _ITEM_NUMBER.sub("", match.group("full"))  # 1.中共某区委…(以下简称…)
                self.units.learn_alias(full, match.group("short"))

    @staticmethod
    def named_title(header: Header) -> tuple[str, Span] | None:
        """The title the notice's sentence names in 《》 as what it carries, and its span."""
        for line in header.notice_lines:
            citations, _ = find_citations([(line, 0, len(line.text))])
            # the notice names what it carries in the sentence that carries it (现将《Y》印发);
            # a title it cites on the way (国务院发布《纲要》) is another document's
            carried_here = [c for c in citations if _carries(line, c.span)]
            if carried_here:
                span = carried_here[0].span or Span(start=0, end=2)
                return carried_here[0].title, Span(start=span.start + 1, end=span.end - 1)
        return None

    def shared_title(self, name: str) -> str:
        """The heading a shared file's text opens with, run into its first sentence, or its name.

        A sharing site prints the text after its page number (1、), the heading glued to the
        first sentence: 1、某市…工作措施(征求意见稿)为建设…. The heading starts with the file's
        name and ends, naming its kind, where the sentence opens (为, 根据, 按照).
        """
        key = normalise(name)  # the name as printed, the lines' text folded: （ reads as (
        for line in self.framed[:_SHARED_LOOKAHEAD]:
            number = _PAGE_NUMBER.match(line.text)
            begin = number.end() if number is not None else 0
            text = line.text[begin:]
            if not text.startswith(key):
                continue
            ends = [
                end
                for end in range(len(key), min(len(text), len(key) + _MAX_HEADING_TAIL) + 1)
                if names_document(text[:end]) and text.startswith(_OPENERS, end)
            ]
            # the heading as printed: traditional characters and full-width signs kept
            return line.printed(begin, begin + ends[-1]) if ends else name
        return name

    def title_given_elsewhere(self, header: Header) -> str | None:
        """The title a notice carries, its sentence names, or a sharing site's file name gives."""
        carried = carried_title(header.notice_title) if header.notice_title else None
        if carried is not None and f"{carried}等" in (header.notice_title or ""):
            # the first of the documents the heading counts (印发A等…), unless the sentence
            # quotes the heading's whole name as one title (现将《A等工作规则》印发给你们)
            whole = self.named_title(header)
            if whole is not None and whole[0].startswith(f"{carried}等"):
                header.spans["title"] = whole[1]
                return whole[0]
        if carried is not None:
            return carried
        named = self.named_title(header)
        if named is not None:
            title, span = named
            header.spans["title"] = span
            return title
        if header.shared_name is not None:
            return self.shared_title(header.shared_name)
        return None

    def annex_title(self, header: Header) -> str | None:
        """The title after the 附件 label a text opens with, printed as an annex on its own.

        An annex published alone keeps its label over its text, the title after it on the same
        line (附件:某县2023年普法工作要点): the title is the annex's, never the first line under it.
        """
        site = {d.line for d in self.diagnostics if d.code in _SITE_CODES}
        written = (item for item in self.framed if item.text.strip(" \t"))
        first = next((item for item in written if item.number not in site), None)
        if first is None:
            return None
        begin = len(first.text) - len(first.text.lstrip(" \t"))
        label = _ANNEX_LABEL.fullmatch(first.text.rstrip(" \t"), begin)
        if label is None or not names_document(label["title"]):
            return None
        header.spans["title"] = line_span(first, label.start("title"), label.end("title"))
        return first.printed(label.start("title"), label.end("title")).strip()

    def suffixed_annex_title(self, header: Header) -> str | None:
        """The annex's title with the suffix the header read alone under its 附件 label.

        A status or a period on its own line ((征求意见稿), (试行)) under the label a text opens
        with (附件1：某某方案) ends the annex's title; it is never the title by itself.
        """
        suffix, span = header.title, header.spans.get("title")
        if not suffix or not is_period_suffix(normalise(suffix).strip()):
            return None
        annex = self.annex_title(header)
        if annex is None:
            return None
        opened = header.spans.get("title")
        if opened is not None and span is not None:
            header.spans["title"] = Span(start=opened.start, end=span.end)
        return annex + suffix.strip()

    def plan_title(self, header: Header, attachments: Sequence[Attachment] = ()) -> str:
        if header.title and not _masthead(header):
            return self.suffixed_annex_title(header) or header.title
        if header.meta_title and header.meta_title != header.notice_title:
            return header.meta_title
        given = (
            self.title_given_elsewhere(header)
            or self.annex_title(header)
            or _listed_annex_title(attachments, self.text)
            or _own_heading_title(header)
        )
        if given is not None:
            return given
        # the plan's lines first, past the page's own (chrome, metadata) and the address the
        # header read or a salutation (各位代表:), which opens a text and names none; a line that
        # leads into the text (…报告如下:) stands in; a document that is all frame falls back on
        # its first line
        site = {d.line for d in self.diagnostics if d.code in _SITE_CODES}
        address = header.spans.get("recipients")
        first = next(
            (
                item
                for item in self.lines
                if item.text.strip(" \t")
                and item.number not in site
                and not _addresses(item, address)
                and not _number_alone(item.text)  # a document's number names none
            ),
            None,
        )
        # check_text refused a text without a visible line, so the source has one
        first = first or next(item for item in self.framed if item.text.strip(" \t"))
        return self.stand_in_title(header, first)

    def stand_in_title(self, header: Header, first: Line) -> str:
        """The title a text's first line gives, with ``no-title`` unless the line prints one."""
        cut = header_after(first.text)
        if cut is not None and names_itself(first.text[:cut].strip(_HEADER_GAP)):
            # a title whose line runs on into its table's header (…分解表 ⇥ 序号 ⇥ 工作任务): the
            # title is printed, before the header
            begin = len(first.text) - len(first.text.lstrip(_HEADER_GAP))
            end = len(first.text[:cut].rstrip(_HEADER_GAP))
            header.spans["title"] = line_span(first, begin, end)
            return first.printed(begin, end)
        self.diagnostics.append(
            _diagnostic(
                first,
                0,
                "no-title",
                "the document prints no title; the first line of its text stands in for it",
            )
        )
        heading = header.spans.get("notice_title")
        if header.notice_title and heading is not None and first.offset(0) == heading.start:
            # the line opens the notice's heading broken over lines: the heading whole stands in
            # (某办公室关于分解落 / 实2019年…任务的通知), as its line does when printed whole
            return header.notice_title
        run_on = _RUN_ON_TITLE.match(first.text)
        if run_on is not None:
            # a copy that ran its title into its text: 乡镇…工作方案【5篇】第一篇:… / …方案为深入…
            return first.printed(0, run_on.end("title")).strip()
        return first.printed(0, min(len(first.text), 60)).strip() or "untitled"

    def plan_year(self, title: str, header: Header) -> int | None:
        years = list(_TITLE_YEAR.finditer(title))
        found = next((year for year in years if not _SINCE.match(title, year.end())), None)
        if found:
            return int(found.group("year"))
        if header.issued_on is not None:
            return header.issued_on.year
        return int(years[0].group("year")) if years else None

    def period(self, title: str) -> Period | None:
        span = _TITLE_YEARS.search(title)
        if span and 1949 <= int(span["first"]) <= int(span["last"]) <= 2200:
            return Period(start_year=int(span["first"]), end_year=int(span["last"]))
        if self.year is not None and 1949 <= self.year <= 2200:
            return Period.year(self.year)
        return None

    def issuer_unit(self, header: Header, title: str) -> str | None:
        """The id of the issuing unit; of joint issuers, the first, the others units of their own.

        The issuers and the titles are kept too: the plan's own place, that a group's name may
        put first (see ``_same_group``).
        """
        self.own_issuers = [*header.issuers, *([header.issuer] if header.issuer else [])]
        self.own_titles = [title, *([header.notice_title] if header.notice_title else [])]
        if not header.issuer:
            return None
        if len(header.issuers) > 1:
            span = header.spans.get("issuer")
            ids = [self.units.get(normal(organ), organ, span).id for organ in header.issuers]
            return ids[0]
        key = normal(header.issuer)  # as a task's units are keyed
        full = _UNIT_PREFIX.match(fold_width(title))
        if full and _is_abbreviation(key, full.group("name")) and key != full.group("name"):
            self.units.learn_alias(full.group("name"), key)
            unit = self.units.get(full.group("name"), full.group("name"), header.spans.get("title"))
        else:
            unit = self.units.get(key, header.issuer, header.spans.get("issuer"))
        if not unit.known_as(header.issuer):
            unit.aliases.append(header.issuer)
        return unit.id

    def notice(self, header: Header) -> Notice | None:
        if not header.notice_lines and header.notice_title is None:
            return None
        segments: list[Segment] = [(line, 0, len(line.text)) for line in header.notice_lines]
        citations, problems = find_citations(segments)
        self.diagnostics.extend(problems)
        span = None
        if header.notice_lines:
            first, last = header.notice_lines[0], header.notice_lines[-1]
            span = Span(start=first.offset(0), end=last.end_offset(len(last.text)))
        # a heading that is the plan's own title (a notice printed without a plan of its own, a
        # reply) titles the plan alone: the notice has no title apart from it
        own = header.notice_title if header.notice_title != self.title else None
        return Notice(
            title=own,
            text="\n".join(line.printed(0, len(line.text)) for line in header.notice_lines),
            citations=citations,
            span=span,
        )

    def convert(
        self,
        node: _Node,
        chain: tuple[str, ...],
        level: int,
        prose: SectionKind | None,
        plan_segments: list[Segment],
    ) -> _Part:
        """The fields of the section or the task that ``node`` heads."""
        named = _node_kind(node)
        kind = _goal_kind(named if prose is None or named in _PROSE else prose, node)
        # a top-level heading (一、, 第一章) is a section, even with only text under it, as in
        # a notice whose requirements 一、… 二、… stand before (or instead of) its plan; one
        # that names its own units (一、…。责任单位：…) is a task
        heads = (
            level == 1
            and node.style in _HEADING_STYLES
            and (node.children or (not node.fields and self.top_heads))
        )
        if kind not in _PROSE and not heads and _is_task(node, named):
            named_item = _named_item(node) if level == 1 else None
            if named_item is not None:
                return self.named_item_section(node, named_item, kind, plan_segments)
            return self.task(node, chain)
        if named == SectionKind.SAFEGUARDS and prose is None and not heads and _body_on_line(node):
            return self.task(node, chain)  # (四)组织保障:加强组织领导…: the heading's one item
        if heads and not node.children and kind not in _PROSE and _is_task(node, named):
            # an item read as a top-level section (a notice's 一、…组织开展督查…): the groups and
            # assessments it names stay the plan's, held by no task
            self.checks(None, node.segments(), None)
        below = kind if kind in _PROSE else None
        if below is None:
            self.hand_down_fields(node)
        self.section_count += 1
        section_id = f"s{self.section_count}"
        here = (*chain, node.number) if node.number else chain
        children: list[_Part] = []
        tasks: list[_Part] = []
        paragraphs: list[str] = []
        for child in node.children:
            if below is not None and not _names_prose(child) and not child.children:
                # a numbered paragraph of prose (基本原则: （一）坚持…) is text of the section;
                # a heading with numbered items of its own stays a section, of prose
                paragraphs.append(_printed_lines(child))
                plan_segments.extend(s for item in child.walk() for s in item.segments())
                continue
            if child.style == _TABLE:
                table_sections, table_tasks = self.table_parts(child, here, level + 1)
                children.extend(table_sections)
                tasks.extend(table_tasks)
                continue
            built = self.convert(child, here, level + 1, below, plan_segments)
            if _is_section(built):
                children.append(built)
            else:
                tasks.append(built)
        segments = node.segments()
        title_end = node.title_stop
        rest = [
            (line, max(begin, title_end) if line is node.line else begin, end)
            for line, begin, end in segments
        ]
        rest = [(line, begin, end) for line, begin, end in rest if end > begin]
        plan_segments.extend(segments)
        text = "\n".join(piece for piece in (_join(rest), *paragraphs) if piece)
        return {
            "id": section_id,
            "number": node.number,
            "level": level,
            "title": node.title() or node.number,
            "kind": kind or SectionKind.TASKS,
            "text": text or None,
            "children": children,
            "tasks": tasks,
            "span": _node_bounds(node),
            "title_span": span_fields(node.line, *node.title_range),
        }

    def named_item_section(
        self,
        node: _Node,
        item: _Node,
        kind: SectionKind | None,
        plan_segments: list[Segment],
    ) -> _Part:
        """A heading that stands alone over the one item its next line names, with its units.

        A 立法 plan prints each part's project so (一、地方性法规草案拟定项目(1件) / 乐山市城市管理
        条例 / 起草单位：市城管局): the heading is a section, the line under it the title of its
        one task, which holds the heading's units and times and takes the first number of the
        section (1), as a table's row without 序号 does.
        """
        task = self.task(item, (node.number,))
        self.section_count += 1
        plan_segments.extend(node.segments())
        return {
            "id": f"s{self.section_count}",
            "number": node.number,
            "level": 1,
            "title": node.title() or node.number,
            "kind": kind or SectionKind.TASKS,
            "text": None,
            "children": [],
            "tasks": [task],
            "span": _node_bounds(node),
            "title_span": span_fields(node.line, *node.title_range),
        }

    def hand_down_fields(self, node: _Node) -> None:
        """Give the items of a heading the units and times named for all of them.

        Three layouts name them once for a group of items: on the heading's own line
        (（一）加强领导（牵头单位：区司法局）), on lines of their own between the heading and its
        first item with no text between (二、优化营商环境 / 牵头单位：县发改局 / 1.…), and on a
        line of their own after the group's last item, when no item names its own ((1)… (2)…
        (3)… then （责任单位：…）). Each item that names none gets them. Units named in the
        heading's text below its line (an item that lost its number) belong to no item: a
        diagnostic says so.
        """
        items = node.children
        if items:
            _share_closing_fields(items)
            _share_title_units(items)
            _share_role_titles(items)
        if not items or not node.fields:
            if items:
                _share_trailing_fields(items)
            else:
                self.unheld_units(node)
            return
        head = _head_fields(node)
        own = [(line, field) for line, field in node.fields if line is node.line] + head
        for item in items:
            _fill_leaves(item, own)
        _share_trailing_fields(items)
        self.orphan_units(node, head)

    def orphan_units(self, node: _Node, head: list[tuple[Line, Field]]) -> None:
        """Units in a heading's text below its line, handed to no item: a diagnostic each."""
        handed = {(id(line), field) for line, field in head}  # a set: a part may name thousands
        for line, field in node.fields:
            if line is node.line or (id(line), field) in handed:
                continue
            if field.label in ROLE_LABELS:
                self.diagnostics.append(
                    _diagnostic(
                        line,
                        field.label_begin,
                        "orphan-units",
                        f"{field.label} in the text of {node.number}, above its numbered items, "
                        "belongs to none of them; number the paragraph if it is an item",
                    )
                )

    def unheld_units(self, node: _Node) -> None:
        """Units named in the text of a section without items: no task holds them; say so."""
        for line, field in node.fields:
            if field.label in ROLE_LABELS:
                self.diagnostics.append(
                    _diagnostic(
                        line,
                        field.label_begin,
                        "orphan-units",
                        f"{field.label} in the text of {node.number}, which has no numbered "
                        "items, belongs to no task; number the paragraph if it is an item",
                    )
                )

    def task(self, node: _Node, chain: tuple[str, ...]) -> _Part:
        """The fields of the task that ``node`` heads, its measures, units and times."""
        self.task_count += 1
        task_id = f"t{self.task_count}"
        self.task_places[task_id] = (node.line.number, 1)
        segments = node.segments()
        fields = node.fields
        # the measures' fields, validated with the task's
        measures: list[dict[str, object]] = []
        if node.children:
            fields = list(fields)
            for descendant in list(node.walk())[1:]:
                segments.extend(descendant.segments())
                fields.extend(descendant.fields)
                measures.append(_measure(f"{task_id}.m{len(measures) + 1}", descendant))
        if not measures:
            measures = _sentences(task_id, node)
        citations, problems = citation_fields(segments)
        self.diagnostics.extend(problems)
        targets = target_fields(segments)
        assignments, timeframe = self.read_fields(fields, node, task_id)
        self.checks(task_id, segments, timeframe)
        if timeframe is None:
            timeframe = self.unlabelled_timing(segments)
        number = node.number
        title = node.title() or number
        self.scored_items(task_id, title, measures)
        return {
            "id": task_id,
            "number": number,
            "path": (*chain, number),
            "title": title,
            "text": self.task_text(node),
            "measures": measures,
            "assignments": assignments,
            "timeframe": timeframe,
            "targets": _unique_targets(targets),
            "citations": citations,
            "span": _node_bounds(node),
            "title_span": span_fields(node.line, *node.title_range),
        }

    def scored_parts(self, title: str, sections: list[_Part], tasks: list[_Part]) -> None:
        """An appraisal of the sections and tasks whose titles carry points: ``依法决策(15分)``."""
        indicators = [
            indicator
            for indicator in (
                *(_section_indicator(section) for section in sections),
                *(_task_indicator(task) for task in tasks),
            )
            if indicator is not None
        ]
        self.appraisal(title, None, indicators)

    def scored_items(self, task_id: str, title: str, measures: list[dict[str, Any]]) -> None:
        """An appraisal of the items of a task that carry points: ``1.…(5分);2.…(3分)``."""
        indicators: list[Indicator] = []
        for measure in measures:
            scored = _points(measure["text"])
            if scored is not None:
                indicators.append(
                    Indicator(
                        id=f"i-{measure['id']}",
                        name=scored[0],
                        weight=scored[1],
                        span=measure["span"],
                    )
                )
        self.appraisal(title, task_id, indicators)

    def appraisal(self, name: str, task_id: str | None, indicators: list[Indicator]) -> None:
        """Add an appraisal (考核) of the indicators, if there are any."""
        if indicators:
            self.assessments.append(
                Assessment(
                    id=f"a{len(self.assessments) + 1}",
                    kind=AssessmentKind.APPRAISAL,
                    name=name,
                    task=task_id,
                    indicators=indicators,
                )
            )

    def coordination_group(
        self, name: str, task_id: str | None, span: Span | None
    ) -> CoordinationGroup:
        key = name.replace("工作", "")  # X工作领导小组 and X领导小组 are one group
        group = self.groups.get(key)
        if group is None:  # 市法制宣传教育领导小组 and 法制宣传教育领导小组 are one group
            group = next(
                (
                    self.groups[other]
                    for other in self.groups
                    if _same_group(key, other, self.own_issuers, self.own_titles)
                ),
                None,
            )
        if group is None:
            group = CoordinationGroup(
                id=f"g{len(self.groups) + 1}",
                name=name,
                tasks=[],
                members=[],
                span=span,
            )
            self.groups[key] = group
        if task_id is not None and task_id not in group.tasks:
            group.tasks.append(task_id)
        return group

    def checks(
        self,
        task_id: str | None,
        segments: list[Segment],
        due: TimeFrame | None,
        *,
        folded: bool = False,
    ) -> None:
        """The coordination groups and assessments the task names.

        An act with no time of its own takes ``due``, the time a task's field or column gives.
        With ``folded``, only the appraisals the work is brought into (纳入年度考核) count.
        """
        mentions: list[tuple[int, int, str]] = []
        for mention in find_groups(segments):
            line = mention.segment[0]
            group = self.coordination_group(
                mention.name, task_id, line_span(line, mention.begin, mention.end)
            )
            mentions.append((mention.line_index, mention.begin, group.id))
        named: dict[str, dict[str, Any]] = {}  # an act named again in the task is the same act
        for check in find_checks(segments):
            if folded and not folded_in(check, segments[check.line_index][0].text):
                continue
            first, last = check.clause
            assessors = [
                group_id
                for index, begin, group_id in mentions
                if index == check.line_index and first <= begin < last
            ]
            line = segments[check.line_index][0]
            assessment = self.assessment(task_id, line, check, assessors)
            if assessment["timeframe"] is None and due is not None:
                assessment["timeframe"] = due.model_copy()  # 开展监测评价。完成时限:下半年
            same = named.get(assessment["name"])
            if same is None:
                named[assessment["name"]] = assessment
                self.assessments.append(assessment)
                continue
            if same["timeframe"] is None and assessment["timeframe"] is not None:
                same["timeframe"] = assessment["timeframe"]  # 开展督察。…年底前开展督察: its timing
            same["assessors"].extend(
                a for a in assessment["assessors"] if a not in same["assessors"]
            )

    def assessment(
        self, task_id: str | None, line: Line, check: Check, assessors: list[str]
    ) -> dict[str, Any]:
        """The fields of the assessment ``check`` names, to be validated with the plan."""
        subjects: list[dict[str, object]] = []
        if check.persons is not None:
            subjects.append({"kind": SubjectKind.PERSONS, "ref": None, "name": check.persons})
        elif check.subject is not None:
            subjects.append(
                {"kind": SubjectKind.OTHER, "ref": None, "name": line.printed(*check.subject)}
            )
        # the time its name holds (年终述职), else its clause's, else its sentence's
        timeframe = None
        held = _NAMED_TIME.search(line.text, check.begin, check.end)
        if held is not None:
            first, last = held.span()
            printed = line.printed(first, last)
            timeframe = timeframe_at(
                held.group(), self.year, printed, span_fields(line, first, last)
            )
        if timeframe is None:
            timeframe = self.unlabelled_timing([(line, *check.clause)])
        if timeframe is None and check.sentence != check.clause:
            timeframe = self.unlabelled_timing([(line, *check.sentence)])
        return {
            "id": f"a{len(self.assessments) + 1}",
            "kind": check.kind,
            "name": line.printed(check.begin, check.end),
            "task": task_id,
            "subjects": subjects,
            "method": line.printed(*check.method) if check.method else None,
            "assessors": assessors,
            "timeframe": timeframe,
            "indicators": [],
            "targets": [],
            "findings": [],
            "outcome": None,
            "span": span_fields(line, check.begin, check.end),
        }

    # -- tables, read by the one table reader ----------------------------------------------

    def table_parts(
        self, node: _Node, chain: tuple[str, ...], level: int
    ) -> tuple[list[_Part], list[_Part]]:
        """The sections and tasks the table reader found in a table, placed in the document."""
        built = node.table_plan
        if built is None:
            return [], []
        rows = TableRows(node.table_rows[1:], node.table_columns)
        sections = [self.table_section(item, chain, level, rows) for item in built.sections]
        tasks = [self.table_task(task, chain, rows) for task in built.unsectioned_tasks]
        for assessment in built.assessments:  # an appraisal table's points and criteria
            indicators = [
                indicator.model_copy(
                    update={"id": "i-" + rows.ids.get(indicator.id[2:], indicator.id[2:])}
                )
                for indicator in assessment.indicators
            ]
            self.assessments.append(
                assessment.model_copy(
                    update={"id": f"a{len(self.assessments) + 1}", "indicators": indicators}
                )
            )
        return sections, tasks

    def table_section(
        self, section: Section, chain: tuple[str, ...], level: int, rows: TableRows
    ) -> _Part:
        """The fields of a section the table reader found, placed in the document."""
        self.section_count += 1
        section_id = f"s{self.section_count}"
        heading = rows.claim_heading(section.title)
        tasks = [self.table_task(task, chain, rows) for task in section.tasks]
        children = [self.table_section(child, chain, level + 1, rows) for child in section.children]
        spans = [] if heading is None else [span_fields(heading, 0, len(heading.text))]
        spans.extend(task["span"] for task in tasks if task["span"] is not None)
        spans.extend(child["span"] for child in children if child["span"] is not None)
        # the parts' rows need not stand in the section's order (a task the rows do not name
        # falls back to the first free row): the section runs from the first start to the last end
        span = (
            {
                "start": min(part["start"] for part in spans),
                "end": max(part["end"] for part in spans),
            }
            if spans
            else None
        )
        return {
            "id": section_id,
            "number": section.number,
            "level": level,
            "title": section.title,
            "kind": SectionKind.TASKS,
            "text": None,
            "children": children,
            "tasks": tasks,
            "span": span,
            "title_span": None,
        }

    def table_task(self, task: Task, chain: tuple[str, ...], rows: TableRows) -> _Part:
        """The fields of a task the table reader found, placed in the document."""
        self.task_count += 1
        task_id = f"t{self.task_count}"
        lines, segments = rows.claim(task.title)
        rows.ids[task.id] = task_id
        # a task no row names has no span; its notes point at the table's first row
        place = lines[0] if lines else rows.rows[0][0]
        self.task_places[task_id] = (place.number, place.first_column)
        # the fields of the measures and assignments, validated with the task's
        measures = [
            {
                "id": f"{task_id}.m{index}",
                "text": measure.text,
                "span": find_printed(segments, measure.text),
            }
            for index, measure in enumerate(task.measures, start=1)
        ]
        whole_lines = [(line, 0, len(line.text)) for line in lines]
        assignments: list[dict[str, object]] = []
        # whether the row names its units in full (区司法局, 区财政局), not by short names
        full = len(task.assignments) > 1 and all(
            whole_name(normal(assignment.unit_name or assignment.unit))
            for assignment in task.assignments[:-1]
        )
        for assignment in task.assignments:
            printed = assignment.unit_name or assignment.unit
            span = find_printed(whole_lines, printed)
            if self.cut_cell(printed, full=full):
                continue
            unit = self.units.get(normal(printed), printed, span)
            assignments.append(
                {
                    "unit": unit.id,
                    "role": assignment.role,
                    "unit_name": printed,
                    "note": assignment.note,
                    "span": span,
                }
            )
        timeframe = task.timeframe
        if timeframe is not None and timeframe.text:
            found = find_printed(whole_lines, timeframe.text)
            timing_span = None if found is None else Span.model_validate(found)
            timeframe = timeframe.model_copy(update={"span": timing_span})
        citations, problems = citation_fields(segments)
        self.diagnostics.extend(problems)
        self.checks(task_id, segments, timeframe)
        return {
            "id": task_id,
            "number": task.number,
            "path": (*chain, *task.path),
            "title": task.title,
            "text": task.text,
            "measures": measures,
            "assignments": assignments,
            "timeframe": timeframe,
            "targets": _with_goals(_unique_targets(target_fields(segments)), task, whole_lines),
            "citations": citations,
            "span": (
                {"start": lines[0].offset(0), "end": lines[-1].end_offset(len(lines[-1].text))}
                if lines
                else None
            ),
            "title_span": find_printed(segments, task.title),
        }

    def cut_cell(self, printed: str, *, full: bool = False) -> bool:
        """Whether a table's unit ends the text cut short (…、人民银): then it is left out.

        So is one that ends on no character a unit's name ends with (…、市财政) after units named
        in full (``full``).
        """
        name = normal(printed)
        if not name or not (_ends_cut_short(name) or (full and not whole_name(name))):
            return False
        last = next((line for line in reversed(self.lines) if line.text.strip()), None)
        if last is None:
            return False
        text = last.text.rstrip()
        if not text.endswith(name):
            return False
        self.diagnostics.append(
            _diagnostic(
                last,
                len(text) - len(name),
                "cut-unit",
                f"the text ends inside a unit's name: {printed!r} is left out",
            )
        )
        return True

    def task_text(self, node: _Node) -> str:
        pieces = [_join(node.segments())]
        if not node.children:
            return pieces[0]
        for descendant in list(node.walk())[1:]:
            head = descendant.line
            pieces.append(head.printed(0, len(head.text)))
            body = _join(descendant.body)
            if body:
                pieces.append(body)
        return "\n".join(piece for piece in pieces if piece)

    def read_fields(
        self, fields: list[tuple[Line, Field]], node: _Node, task_id: str
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
            role = ROLE_LABELS[field.label]
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

    def unit_fields(
        self, fields: list[tuple[Line, Field]], node: _Node
    ) -> list[tuple[Line, Field]]:
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
                _diagnostic(line, field.begin, "names-aside", message, Severity.INFO)
            )
        return [pair for pair in fields if pair not in aside]

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
        ends on no character a unit's name ends with.
        """
        name = line.text[named.begin : named.end]
        if not name or line.end_offset(named.end) < self.text_end:
            return False
        cut = _ends_cut_short(name) or (full and not whole_name(name))
        if name[-1] in UNIT_ENDS and not cut:
            return False
        printed = line.printed(named.begin, named.end)
        self.diagnostics.append(
            _diagnostic(
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

    def named_aside(self, line: Line, field: Field, node: _Node) -> None:
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
        self.diagnostics.append(_diagnostic(line, field.label_begin, code, message, Severity.INFO))

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

    def labelled_timing(self, line: Line, field: Field, node: _Node) -> TimeFrame | None:
        value = line.text[field.begin : field.end]
        timeframe = timeframe_at(
            value,
            self.year,
            line.printed(field.begin, field.end),
            span_fields(line, field.begin, field.end),
        )
        if timeframe is None:
            self.diagnostics.append(
                _diagnostic(
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

    def unit_diagnostics(self, tasks: list[_Part]) -> None:
        if not tasks:
            place = division_place(self.lines)
            if place is not None:  # units are named, but no task could be read: say where
                named_line, position = place
                self.diagnostics.append(
                    _diagnostic(
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


def _line_key(line: Line) -> tuple[int, int]:
    """A line's place: its number and first column (a printed line may hold several parts)."""
    return line.number, line.first_column


def _is_abbreviation(short: str, full: str) -> bool:
    """Whether every character of ``short`` appears in ``full`` in order (区依法治区办)."""
    position = 0
    for char in short:
        position = full.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


# the lines looked at under a row that may caption a table: its empty rows and rules, then a row
_ROWS_UNDER_A_CAPTION = 4


# the last words of a table or list of tasks an annex prints: 分解表, 一览表, 任务清单, 台账
_TABLE_ENDS = ("表", "清单", "台账", "臺賬")


def _same_group(
    first: str, second: str, issuers: Sequence[str] = (), titles: Sequence[str] = ()
) -> bool:
    """Whether two groups' names differ only by the place that one of them puts first.

    The place is a level alone (市, 县) or the plan's own place: one its issuers name, or its
    title opens with (某县, in 某县人民政府 or 某县2024年…方案). A word that ends as a place does
    (景区, 社区, 园区, 城乡) names another group.

    Examples:
        >>> _same_group("市法制宣传教育领导小组", "法制宣传教育领导小组")
        True
        >>> _same_group("某县安全管理领导小组", "安全管理领导小组", issuers=["某县人民政府"])
        True
        >>> _same_group("某县安全管理领导小组", "安全管理领导小组", titles=["某县2024年工作方案"])
        True
        >>> _same_group("景区安全管理领导小组", "安全管理领导小组")
        False
        >>> _same_group("城乡社区治理领导小组", "社区治理领导小组")
        False
        >>> _same_group("执法协调小组", "协调小组"), _same_group("司法协调小组", "执法协调小组")
        (False, False)
    """
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    if not longer.endswith(shorter) or len(shorter) < _SHORTEST_NAMED_GROUP:
        return False
    place = longer[: len(longer) - len(shorter)]
    if not place or place[-1] not in PLACE_ENDS:
        return False
    return (
        len(place) == 1
        or any(place in issuer for issuer in issuers)
        or any(title.startswith(place) for title in titles)
    )


_SHORTEST_NAMED_GROUP = 6  # 普法领导小组: a name with its group word


def _listed_annex_title(attachments: Sequence[Attachment], text: str) -> str | None:
    """The title a notice's attachment list gives the one annex printed under its label alone.

    A notice printed without its heading lists its attachments (附件:1.某某分解表 2.…) and prints
    the first under a bare label (附件1, its table below): the plan is the annex the list names,
    where one annex the list names is printed and its listed title names a document.
    """
    printed = [item for item in attachments if item.listed and item.found]
    if len(printed) != 1:
        return None
    title, span = printed[0].title, printed[0].span
    if not (names_document(title) or title.endswith(_TABLE_ENDS)):
        # a plan, or the table or list that divides its work (分解表, 一览表, 任务清单, 台账)
        return None
    # as the list prints it, with its marks (2019年《政府工作报告》目标任务分解表)
    return text[span.start : span.end].strip() if span is not None else title


def _number_alone(text: str) -> bool:
    """Whether a line prints a document's number alone, perhaps in brackets: it names no document.

    An order's number (某市人民政府令第290号) or a document's (某府发〔2015〕29号, (某政发〔2020〕5号))
    over a text printed without its heading never stands in for the title.

    Examples:
        >>> _number_alone("某府发〔2015〕29号"), _number_alone("(某政办发〔2021〕5号)")
        (True, True)
        >>> _number_alone("某府发〔2015〕29号文件精神")
        False
    """
    bare = text.strip(" \t")
    if bare.startswith(("(", "（")) and bare.endswith((")", "）")):
        bare = bare[1:-1]
    return bool(ORDER_NUMBER_LINE.fullmatch(bare) or DOC_NUMBER.fullmatch(bare))


def _frame_inputs(header: Header, title: str, text_span: Span | None) -> FrameInputs:
    """What the head of the document gives the frame: title, number, recipients, signature."""
    return FrameInputs(
        title=header.notice_title or title,
        title_span=header.spans.get("notice_title" if header.notice_title else "title"),
        doc_number=header.doc_number,
        doc_number_span=header.spans.get("doc_number"),
        recipients=header.recipients,
        recipients_span=header.spans.get("recipients"),
        issuers=header.issuers or ([header.issuer] if header.issuer else []),
        issuers_span=header.spans.get("issuer"),
        issued_on=header.issued_on,
        issued_on_span=header.spans.get("issued_on"),
        plan_title=title,
        text_span=text_span,
    )


def _body_span(
    spans: dict[str, Span], sections: list[_Part], unsectioned: list[_Part]
) -> Span | None:
    """正文 of a document that is itself the plan: from its preamble to its last part."""
    parts = [part["span"] for part in [*unsectioned, *sections] if part["span"] is not None]
    bounds = [(span["start"], span["end"]) for span in parts]
    if "preamble" in spans:
        bounds.append((spans["preamble"].start, spans["preamble"].end))
    if not bounds or any(end < start for start, end in bounds):
        return None  # a part's span the wrong way round: the plan's check names the part
    return Span(start=min(start for start, _ in bounds), end=max(end for _, end in bounds))


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
            return _HEADING_KINDS[opening]
        return None if _works_on_results(bare, found) else _HEADING_KINDS[found.group()]
    found = _HEADING_WORD.search(bare)
    worked = found is None or _works_on_results(bare, found)
    kind = None if found is None or worked else _HEADING_KINDS[found.group()]
    # 工作目标和主要任务: what is numbered under a heading of goals and tasks are tasks
    return None if kind in _PROSE and _NAMES_TASKS.search(bare) is not None else kind


def _node_kind(node: _Node) -> SectionKind | None:
    """The kind a part's heading names: its words' kind, or an outline's part of prose.

    A part 一、 (or 第一章) whose title ends in the parts of an outline that set out no work
    (一、背景分析, 二、现状分析与问题诊断, 三、集团法治建设目标设定与理论框架) is prose, unless
    a verb says it works on them (一、开展营商环境现状分析); the same words ending a lower
    heading's title or an item (（二）目标设定, 1.开展现状分析) head work; an outline's point
    (3.1目标设定:…) is prose when they are its whole title.
    """
    title = node.line.text[slice(*node.title_range)]
    named = _section_kind(title)
    rest = title.split(":", 1)[0].rstrip("。:")
    if named is None and node.style in DECIMAL_STYLES:
        return OUTLINE_PROSE_TITLES.get(rest)  # an outline's point 3.1目标设定:…, its whole title
    if named is not None or node.style not in _HEADING_STYLES:
        return named
    kind = None
    while word := next((word for word in _OUTLINE_WORDS if rest.endswith(word)), None):
        kind = kind or OUTLINE_PROSE_TITLES[word]
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


def _works_on_results(bare: str, found: re.Match[str]) -> bool:
    """Whether a heading of results (成效, 回顾) does something to them, so heads tasks.

    ``一、“十三五”发展成效`` reviews what was done; ``一、巩固拓展法治建设主要成效`` and
    ``一、持续巩固发展成效`` set out work that keeps the results: a verb before the word tells.
    """
    return (
        _REVIEW_WORD.search(found.group()) is not None
        and _WORKS_ON_RESULTS.search(bare, 0, found.start()) is not None
    )


def _headless_notice(header: Header) -> bool:
    """Whether a notice printed from its address on sets out its own requirements, no plan.

    各镇政府,各部门: / …现将有关事项通知如下: / 一、… 二、…: a copy that lost the heading
    still prints the address and the words that announce the notice's items; with no plan's
    heading printed, the numbered parts are the notice's, as under a heading.
    """
    return (
        header.notice_title is None
        and not header.title_lines
        and bool(header.recipients)
        and any(_ANNOUNCES_ITEMS.search(line.text) for line in header.notice_lines)
    )


def _body_on_line(node: _Node) -> bool:
    """Whether a heading with no items prints its text on its own line, after its title."""
    return (
        not node.children
        and node.opens_paragraph
        and node.title_stop < len(node.line.text.rstrip(" "))
    )


# the first characters of each long ending, two or more but not all: 人民银, 管委, 中心支; a
# first part that is a whole ending of its own (中心 of 中心支行: 区融媒体中心) ends names whole
_CUT_ENDINGS = tuple(
    ending[:size]
    for ending in LONG_UNIT_ENDINGS
    for size in range(2, len(ending))
    if ending[:size] not in UNIT_KIND_ENDINGS
)


def _ends_cut_short(name: str) -> bool:
    """Whether a name ends with the first characters of a longer unit ending, not all of them.

    Examples:
        >>> _ends_cut_short("人民银"), _ends_cut_short("各功能区管委"), _ends_cut_short("市人民政府")
        (True, True, False)
        >>> _ends_cut_short("区融媒体中心"), _ends_cut_short("人民银行某中心支")
        (False, True)
    """
    return not name.endswith(LONG_UNIT_ENDINGS) and name.endswith(_CUT_ENDINGS)


def _named_item(node: _Node) -> _Node | None:
    """The item a heading standing alone names on its next line, with its units below, or None.

    A top-level heading printed alone on its line (一、市政府规章制定项目(1件)), with no numbered
    item under it, whose text is one short line that is no sentence (嘉州古城保护办法) followed by
    the heading's labelled units (起草单位：…): that line names the heading's one item.
    """
    if (
        node.style not in _HEADING_STYLES
        or node.children
        or node.opens_paragraph
        or not node.bare_fields
        or len(node.body) != 1
    ):
        return None
    line, begin, end = node.body[0]
    words = line.text[begin:end].strip()
    if not words or len(words) > _LONGEST_ITEM_NAME or words.endswith(("。", ";", ":")):
        return None
    if len(node.lines) < 2 or node.lines[1] is not line:
        return None  # the name stands on the line right under the heading
    return _Node(
        style=Style.ARABIC,
        number="1",
        value=1,
        line=line,
        title_range=(begin, end),
        title_stop=end,
        fields=node.fields,
        bare_fields=node.bare_fields,
        lines=[line, *node.lines[2:]],
    )


_LONGEST_COLON_HEADING = 24
# words that open what the colon lists or says (主要任务是:, 具体如下:), no heading of their own
_LEADS_IN = (
    *("是", "为", "如下", "包括", "有", "要", "即"),
    # words that say or give what follows the colon: a sentence's, not a heading's
    *("规定", "强调", "指出", "提出", "要求", "明确", "表示", "网址", "电话", "地址", "邮箱"),
)
_NOT_IN_HEADING = re.compile(r"[,;()、]")


def _closes_heading(text: str, begin: int, colon: int) -> bool:
    """Whether ``text[begin:colon]`` is a heading that a colon closes: ``动态更新权力清单:3月底前…``.

    A numbered item often writes 标题:正文, its heading words and then its text. The words are a
    short phrase, without a comma or a list, that names no unit (区司法局:负责…) and does not lead
    into what follows (主要任务是:).

    Examples:
        >>> _closes_heading("动态更新权力清单:3月底前完成梳理", 0, 8)
        True
        >>> _closes_heading("县司法局:负责统筹", 0, 4), _closes_heading("主要任务是:推进改革", 0, 5)
        (False, False)
        >>> _closes_heading("每周五14:30召开例会", 0, 5), _closes_heading("会议强调:要推进", 0, 4)
        (False, False)
    """
    words = text[begin:colon]
    return (
        2 <= len(words) <= _LONGEST_COLON_HEADING
        and colon + 1 < len(text)
        and _NOT_IN_HEADING.search(words) is None
        and words[-1] not in UNIT_ENDS
        and not words[-1].isdigit()  # 14:30, 1:3: a time or a ratio, not a heading's end
        and not words.endswith(_LEADS_IN)
    )


def _names_part(words: str) -> bool:
    """Whether ``words`` are a heading's name of a part (工作目标, 组织保障) and nothing more."""
    return (
        words in TASK_SECTION_TITLES
        or words in PROSE_TITLES
        or words in _HEADING_KINDS
        or words in OUTLINE_PROSE_TITLES
    )


def _points(title: str) -> tuple[str, float] | None:
    """A title without its points, and the points, if it carries them (依法决策(15分))."""
    if "分" not in title:
        return None
    found = _SCORE.search(normal(title))
    if found is None:
        return None
    return _SCORE.sub("", title).strip(" ;；,，。") or title, float(found.group("points"))


def _task_indicator(task: _Part) -> Indicator | None:
    scored = _points(task["title"])
    if scored is None:
        return None
    return Indicator(
        id=f"i-{task['id']}", name=scored[0], weight=scored[1], span=task["title_span"]
    )


def _section_indicator(section: _Part) -> Indicator | None:
    """The section's points, with the points of its parts below it; None if none has any."""
    children = [
        indicator
        for indicator in (
            *(_section_indicator(child) for child in section["children"]),
            *(_task_indicator(task) for task in section["tasks"]),
        )
        if indicator is not None
    ]
    scored = _points(section["title"])
    if scored is None and not children:
        return None
    name, weight = scored if scored is not None else (section["title"], None)
    return Indicator(
        id=f"i-{section['id']}",
        name=name,
        weight=weight,
        children=children,
        span=section["title_span"],
    )


_ONE_SPACE = 2  # two characters one space parts lie two offsets apart in the printed text
_MIN_MARKED_TITLE = 6  # a title a page mark may stand before: longer than a heading's words


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


def _head_fields(node: _Node) -> list[tuple[Line, Field]]:
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


def _share_title_units(parts: list[_Node]) -> None:
    """Parts titled by the names of units alone (一、市市场监管局 / 二、市农业农村局): their items'.

    A 责任清单 lists each body's work under its name, one part a body; each item that names no
    units of its own gets its part's title as responsible. Only parts that all are so titled, two
    or more of them, are such a list: one part titled 各地区各部门 among parts of work is not.
    """
    sections = [part for part in parts if part.children]
    if len(sections) < _FEWEST_BODY_PARTS or any(part.fields for part in sections):
        return
    titles = [part.title_range for part in sections]
    if not all(
        end > begin and names_units_only(part.line.text, begin, end)
        for part, (begin, end) in zip(sections, titles, strict=True)
    ):
        return
    for part, (begin, end) in zip(sections, titles, strict=True):
        named = (part.line, Field(ROLE_WORDS[Role.RESPONSIBLE], begin, end, begin))
        for item in part.children:
            _fill_leaves(item, [named])


_SHORTEST_BRACKETED_NAMES = 4  # 【区委】: two characters of a name between the brackets


def _bracketed_names(text: str) -> Field | None:
    """The units' names of a line that is a square bracket of them alone (【区司法局】), or None."""
    stripped = text.strip(" ")
    if (
        len(stripped) < _SHORTEST_BRACKETED_NAMES
        or stripped[0] not in "【〔"
        or stripped[-1] not in "】〕"
    ):
        return None
    begin = text.index(stripped) + 1
    end = begin + len(stripped) - 2
    if not names_units_only(text, begin, end):
        return None
    return Field(ROLE_WORDS[Role.RESPONSIBLE], begin, end, begin)


@attrs.define
class _UnitGroup:
    """The items a line of units' names before a colon heads (区司法局： / 1.… / 2.…)."""

    line: Line
    names: Field
    parent: _Node | None = None  # the part the items stand in
    style: str | None = None  # the numbering of the items
    items: list[_Node] = attrs.Factory(list)
    closed: bool = False

    def take(self, node: _Node, parent: _Node, stack: list[_Node]) -> None:
        """Count a heading just placed under ``parent`` among the items, or close the group."""
        if self.closed:
            return
        if self.parent is None:
            self.parent, self.style = parent, node.style
        if parent is self.parent and node.style == self.style:
            self.items.append(node)
        elif not any(open_node is self.parent for open_node in stack):
            self.closed = True  # a heading above the items: the group has ended


def _share_role_titles(parts: list[_Node]) -> None:
    """Parts titled by units, their role and their work (一、县示范区管委会牵头工作(8项)): theirs.

    A division of a 政府工作报告 may group its items by the body that leads them, the body's
    name and role word standing as the part's title (X牵头工作, X负责的重点任务, X配合事项). Each
    item of such a part that names no units of its own gets the title's units under that role.
    A title naming a person (朱伟县长牵头重点工作) names no unit, and gives none; nor does one
    naming departments at large (各部门配合工作, 有关单位牵头事项), which says no body's work.
    """
    roles = dict(ROLE_SUFFIXES)
    for part in parts:
        begin, end = part.title_range
        if not part.children or part.fields or end <= begin:
            continue
        titled = _ROLE_TITLE.fullmatch(part.line.text, begin, end)
        if titled is None or not names_units_only(part.line.text, begin, titled.end("names")):
            continue
        if BARE_COLLECTIVE.fullmatch(titled.group("names")):
            continue  # 各部门配合工作: the work departments share, no body's
        role = roles[titled.group("role")]
        named = (part.line, Field(ROLE_WORDS[role], begin, titled.end("names"), begin))
        for item in part.children:
            _fill_leaves(item, [named])


def _share_colon_titles(root: _Node) -> None:
    """Items titled by units' names before a colon that ends the line: the work below is theirs.

    A 分工方案 may print each body's name as an item's title (1.县发改局:) and its work on the
    lines below, as text or as sub-items ((1)… (2)…). The names are the units of that text, or
    of each sub-item that names none of its own.
    """
    for node in root.walk():
        named = node.colon_names
        if named is None or node.fields:
            continue
        if not node.children:
            node.fields.append((node.line, named))
            continue
        for item in node.children:
            _fill_leaves(item, [(node.line, named)])


def _fill_leaves(item: _Node, fields: list[tuple[Line, Field]]) -> None:
    """Give ``fields`` to each item at or below ``item`` that names no units of its own.

    An item that names its own units keeps them, and so do the items below it: the units of a
    group go to the items that name none, never past an item that names some.
    """
    if item.fields:
        return
    if not item.children:
        item.fields.extend(fields)
        return
    for child in item.children:
        _fill_leaves(child, fields)


def _share_closing_fields(items: list[_Node]) -> None:
    """Units on a line after a part's last item that opens with 以上: every item's above it.

    A line 以上任务由区发改委牵头，区财政局配合 (or 上述工作由各镇（街道）负责), printed after the last
    of a part's items, names the units of all of them: each item that names none gets them.
    A line after the last item's own sub-items closes those, not the part; a line that hands
    out a piece of the work (以上工作中，涉及资金保障的由区财政局负责) closes nothing.
    """
    tail = items[-1]
    if tail.children:
        return
    closing = [
        (line, field)
        for line, field in tail.fields
        if line is not tail.line and line.text.lstrip(" ([〔【").startswith(ABOVE_WORDS)
    ]
    if not closing:
        return
    line, first = min(closing, key=lambda found: found[1].begin)
    if re.search("[,;中]", line.text[: first.begin]) is not None:
        return
    for item in items:
        _fill_leaves(item, closing)


_UNIT_BRACKETS = ("(", "（", "〔", "[", "［", "【")
"""The brackets a plan prints a clause of units in: (牵头单位:…) as 〔…〕, […] or 【…】."""


def _share_trailing_fields(items: list[_Node]) -> None:
    """Units in a bracket on a line of its own after the last of items that name none: theirs.

    Unbracketed unit lines (牵头单位：…) after an item are that item's own, as in the standard
    layout, where an item without units may stand before one with them.
    """
    last = items[-1]
    if (
        len(items) < 2
        or any(item.children or item.fields for item in items[:-1])
        or last.children
        or not last.bare_fields
        or len(last.bare_fields) != len(last.fields)
        or last.bare_fields[0][0] is last.line
        or not last.bare_fields[0][0].text.lstrip().startswith(_UNIT_BRACKETS)
    ):
        return
    for item in items[:-1]:
        item.fields.extend(last.bare_fields)


def _names_prose(node: _Node) -> bool:
    """Whether a heading names a part of prose of its own (指导思想, 工作目标...)."""
    return _node_kind(node) in _PROSE


def _printed_lines(node: _Node) -> str:
    """A numbered part and all below it as printed, one line per line of the document."""
    pieces = [line.original.strip() for item in node.walk() for line in item.lines]
    return "\n".join(piece for piece in pieces if piece)


def _goal_kind(kind: SectionKind | None, node: _Node) -> SectionKind | None:
    """The kind of a heading of prose: none (a heading of tasks) when its items name their units.

    A division of a 政府工作报告 hands each of its goals (一、主要预期目标 / (一)地区生产总值增长7%。
    (牵头单位:…)) to the units it names, as it hands its tasks; goals that name no unit stay prose,
    and so do goals of which only some name units, or name them without a role's word (…。(区法院)).
    Any other heading of prose (一、“十三五”发展成效) over items that name their lead units so
    heads tasks: what the heading says does not undo what its items say.
    """
    if kind not in _PROSE or not node.children:
        return kind
    named = sum(_names_units_by_role_word(item) for item in node.children)
    if 2 * named > len(node.children):  # most goals, each by a role's word: a division
        return None
    return kind


def _names_units_by_role_word(node: _Node) -> bool:
    """Whether an item names the units that carry it out by a role's word (牵头单位:…, X牵头)."""
    return any(not field.bare and field.label in ROLE_LABELS for _, field in node.fields)


def _is_task(node: _Node, named: SectionKind | None) -> bool:
    if named in (SectionKind.SAFEGUARDS, SectionKind.TASKS):  # 保障措施, 主要任务: sections
        return False
    if node.style in NEVER_TASKS and node.children:
        return False
    if _lists_duties(node) or _is_heading(node):
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
        or (bool(node.fields) and not _leads_part(node))
    )


def _leads_part(node: _Node) -> bool:
    """Whether a heading names only the unit leading its whole part, over items of its own.

    ``（一）构建法治环境保障体系（总牵头单位：县委依法治县办）`` over items 1. 2. …, or with the
    label on a line of its own under the heading: the 总 says the unit leads the part as a
    whole, each item being a task of its own (which may name its units); the heading is a
    section, and its unit goes to the items that name none.
    """
    if not node.children or not node.fields:
        return False
    head = {id(line) for line, _ in _head_fields(node)}
    return all(
        (line is node.line or id(line) in head) and field.label in PART_LEAD_LABELS
        for line, field in node.fields
    )


def _is_heading(node: _Node) -> bool:
    """A top-level heading (一、, 第一章): a section even with only prose below it.

    The heading stands alone on its line and is no sentence (GB/T 9704 prints 一、 headings
    without a full stop), numbered items stand under it though its own text runs on after it,
    or a copy ran its text into a prose heading (一、总体要求以…).
    """
    if node.style not in _HEADING_STYLES:
        return False
    sentence = node.line.text.rstrip().endswith(("。", ";"))
    if not node.fields and (node.children or not (node.opens_paragraph or sentence)):
        return True
    return not node.children and _opens_as_prose(node)


def _bare_heading(node: _Node) -> bool:
    """A numbered heading with no item or field below it yet, its title alone on its line."""
    return not (node.children or node.fields or node.opens_paragraph)


def _table_of_contents(lines: list[Line]) -> set[int]:
    """The lines of a table of contents: chapter headings one after another, printed again below.

    A law library's copy of a 条例 lists its chapters (第一章 总则, 第二章 …), with their parts
    (第一节 …) or without, before the text, with nothing between them; the text then opens with
    the first of them again. Such a run heads nothing: it is front matter, not a second set of
    chapters. The run ends where a chapter's number does not go up (… 第三章 附则 / 第一章 总则):
    there the text begins.
    """
    printed = [index for index, line in enumerate(lines) if line.text.strip()]
    entries = [_contents_entry(lines[index].text) for index in printed]
    last = {entry[2]: at for at, entry in enumerate(entries) if entry is not None}
    found: set[int] = set()
    at = 0
    while at < len(entries):
        length = _contents_run(entries, at)
        first = entries[at]
        # a run printed again below: the first chapter it lists is printed after it
        if (
            length > 1
            and first is not None
            and first[0] is Style.CHAPTER
            and last[first[2]] >= at + length
        ):
            found.update(printed[at : at + length])
        at += max(length, 1)
    return found


# the leaders and page number after an entry of a table of contents: 第一节 发展基础……4
_CONTENTS_LEADERS = ".．·…—-"  # with spaces, what leads an entry to its page number
_LONGEST_PAGE_NUMBER = 3
# the fewest entries a table of contents under its head lists
_FEWEST_CONTENTS = 3


def _listed_contents(lines: list[Line]) -> set[int]:
    """The entries of a table of contents printed under its head (目录, 目 录, 目錄, 目次).

    A plan that prints its parts and items (一、…, (一)…, 第一章 …, 第一节 …) one to a line under
    目录 before its text lists them, it does not open them: the list is front matter. It runs
    while its lines are headings alone (no sentence, leaders and a page number allowed) and stops
    where its first entry is printed again, the text's own heading. A run of three or more is
    the table when its first entry is printed again below it or, front matter before the first
    heading of the text, the copy ends inside it; a heading printed under 目录 that the text then
    opens is never taken for it, unless listed before. A list under 目录 after the text's first
    heading that runs to the copy's end is the plan's last items (按照以下分类编制：/ 目录 /
    （1）文书档案…).
    """
    printed = [index for index, line in enumerate(lines) if line.text.strip()]
    first_heading = next(
        (index for index in printed if match_heading(lines[index].text) is not None), len(lines)
    )
    found: set[int] = set()
    for at, index in enumerate(printed):
        if not CONTENTS_TAIL.fullmatch(re.sub(r"\s+", "", lines[index].text)):
            continue
        run: list[str] = []
        for later in printed[at + 1 :]:
            entry = _listed_entry(lines[later].text)
            if entry is None or (run and entry == run[0]):
                break
            run.append(entry)
        if len(run) < _FEWEST_CONTENTS:
            continue
        after = printed[at + 1 + len(run) :]
        front = not after and index < first_heading
        if front or run[0] in {_listed_entry(lines[later].text) for later in after}:
            found.update(printed[at + 1 : at + 1 + len(run)])
    return found


def _listed_entry(text: str) -> str | None:
    """A line a table of contents under 目录 lists: a numbered heading alone, its leaders dropped.

    Its text without spaces, leaders or page number (（一）指导思想……3: （一）指导思想).
    """
    text = _without_leaders(text)
    if match_heading(text) is None or re.search(r"[。;；:：,，]", text):
        return None
    return re.sub(r"\s+", "", text)


def _without_leaders(text: str) -> str:
    """An entry's text without the leaders and the page number (up to three digits) at its end.

    Read back from the end, once over each character, however long a run of leaders a copy
    prints (a PDF's dotted lines run to thousands of characters).
    """
    text = text.rstrip()
    end = len(text)
    digits = 0
    while end and text[end - 1].isdecimal():
        end -= 1
        digits += 1
    if digits > _LONGEST_PAGE_NUMBER:
        return text[: len(text) - _LONGEST_PAGE_NUMBER]
    while end and (text[end - 1].isspace() or text[end - 1] in _CONTENTS_LEADERS):
        end -= 1
    return text[:end]


def _contents_entry(text: str) -> tuple[Style, int, str] | None:
    """A line that a table of contents may list: a chapter's or a part's heading alone.

    Its style, its number's value and its name without spaces (第一章 总则: 第一章总则).
    """
    heading = match_heading(text)
    if heading is None or heading.style not in NEVER_TASKS or "。" in text:
        return None
    return heading.style, heading.value, re.sub(r"\s+", "", text)


def _contents_run(entries: list[tuple[Style, int, str] | None], start: int) -> int:
    """How many entries from ``start`` run on as a table of contents does: numbers going up.

    Each chapter's number is above the one before, and each part's above the part before it in
    its chapter; a chapter whose number repeats or goes back is the text's own.
    """
    chapter = part = 0
    at = start
    while at < len(entries):
        entry = entries[at]
        if entry is None:
            break
        style, value, _ = entry
        if style is Style.CHAPTER:
            if value <= chapter:
                break
            chapter, part = value, 0
        elif value <= part:
            break
        else:
            part = value
        at += 1
    return at - start


def _notice_title_as_title(header: Header) -> None:
    """Make the notice's heading the document's title, its span with it, and leave no notice."""
    header.title = header.notice_title or ""
    header.notice_title = None
    span = header.spans.pop("notice_title", None)
    if span is not None:
        header.spans["title"] = span


def _own_heading_title(header: Header) -> str | None:
    """A notice's heading that names its own document, taken as the title it prints.

    A heading that carries no other document (关于分解落实…任务的通知, 关于…的情况说明, 关于…的
    若干措施) is the title: the notice's heading and its span become the title's.
    """
    if not header.notice_title or not names_itself(header.notice_title):
        return None
    header.title, header.notice_title = header.notice_title, None
    span = header.spans.pop("notice_title", None)
    if span is not None:
        header.spans["title"] = span
    return header.title


def _masthead(header: Header) -> bool:
    """Whether the title read is an organ's name alone, over the page it publishes.

    A bureau's page opens with its own name (某区教育局) and prints the document's name in its
    disclosure block (名称: 某区教育局2025年…分解表), which opens with that name: the organ's
    name is the page's masthead, however the block names the publishing organ.
    """
    title, meta = header.title, header.meta_title
    return (
        title is not None
        and meta is not None
        and meta != title
        and meta.startswith(title)
        and meta != header.notice_title
        and is_organ_name(title.translate(SIMPLIFIED))
    )


def _lists_duties(node: _Node) -> bool:
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


def _framing_articles(nodes: list[_Node]) -> set[_Node]:
    """The articles outside any chapter that frame a 办法 before its articles of duties.

    Like a 总则 chapter, the first articles of a 办法 or 细则 state its purpose (为…，制定本办法),
    its scope (本办法适用于…), its terms (本办法所称…), its principles (…必须坚持…) or the
    general duty the rest serves (…作为…第一责任人，应当…): prose, when articles listing duties
    (以下职责:) follow them. Without such articles each article stays a task.
    """
    duties = next((i for i, node in enumerate(nodes) if _lists_duties(node)), None)
    if duties is None:
        # a copy cut before the duties: the run of framing articles that opens it
        duties = next(
            (
                i
                for i, node in enumerate(nodes)
                if node.style != Style.ARTICLE
                or node.children
                or _FRAME_ARTICLE.search("".join(line.text for line in node.lines)) is None
            ),
            len(nodes),
        )
        if duties < len(nodes) or len(nodes) < _MIN_FRAMING:
            return set()
    return {
        node
        for node in nodes[:duties]
        if node.style == Style.ARTICLE
        and not node.children
        and _FRAME_ARTICLE.search("".join(line.text for line in node.lines)) is not None
    }


def _opens_as_prose(node: _Node) -> bool:
    """Whether a part's title opens with a prose heading (总体要求, 指导思想) run into its text."""
    title = node.line.text[slice(*node.title_range)]
    return title.startswith(_PROSE_WORDS)


def _join(segments: list[Segment]) -> str:
    pieces: list[str] = []
    current: Line | None = None
    for line, begin, end in segments:
        text = line.printed(begin, end).strip()
        if not text:
            continue
        if current is line and pieces:
            pieces[-1] += text
        else:
            pieces.append(text)
        current = line
    return "\n".join(pieces)


def _measure(ident: str, node: _Node) -> dict[str, object]:
    """A numbered item below a task as a measure's fields: its text without number or final stop."""
    line = node.line
    begin = node.title_range[0]
    end = len(line.text)
    while end > begin and line.text[end - 1] in "。;,":
        end -= 1
    text = line.printed(begin, end) if end > begin else node.number
    return {"id": ident, "text": text, "span": span_fields(line, begin, end)}


def _node_bounds(node: _Node) -> dict[str, int]:
    """The span of a numbered part and everything below it, as ``span_fields`` gives it."""
    last = node
    while last.children:
        last = last.children[-1]
    end_line = last.last_line or last.line
    start = node.line.offset(0)
    return {"start": start, "end": max(start, end_line.end_offset(len(end_line.text)))}


def _sentences(task_id: str, node: _Node) -> list[dict[str, object]]:
    """The sentences after a task's heading sentence, each a measure's (举措) fields."""
    measures: list[dict[str, object]] = []
    heading_end = node.title_stop
    pattern = _SENTENCE
    for line, begin, end in node.segments():
        start = max(begin, heading_end) if line is node.line else begin
        plain = not line.breaks  # Line.printed and _span without the calls
        offset = line.start
        original = line.original
        for match in pattern.finditer(line.text, start, end):
            first, last = match.span()
            measures.append(
                {
                    "id": f"{task_id}.m{len(measures) + 1}",
                    "text": original[first:last] if plain else line.printed(first, last),
                    "span": {"start": offset + first, "end": offset + last}
                    if plain
                    else span_fields(line, first, last),
                }
            )
    return measures


def _with_goals(
    targets: list[dict[str, Any]], task: Task, lines: list[Segment]
) -> list[dict[str, Any]]:
    """The targets read in a task's row, with those of its cells in a column of targets.

    The table reader reads a column of targets (年度目标: 良好以上) without places in the text;
    one whose words were read in the row already is not read again.
    """
    read = {target["text"] for target in targets}
    for goal in task.targets:
        if goal.text not in read:
            read.add(goal.text)
            targets.append({**goal.model_dump(), "span": find_printed(lines, goal.text)})
    return targets


def _unique_targets(targets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The targets, less any read again at a place of the text already read."""
    seen: set[tuple[int, int]] = set()
    unique: list[dict[str, Any]] = []
    for target in targets:
        span = target["span"]
        # an empty span places nothing: such a target is kept, as any without a span
        key = (
            (span["start"], span["end"])
            if span and span["end"] > span["start"]
            else (id(target), 0)
        )
        if key not in seen:
            seen.add(key)
            unique.append(target)
    return unique


def _is_section(part: _Part) -> bool:
    """Whether the fields are a section's (they hold its tasks), not a task's."""
    return "tasks" in part


def _all_tasks(section: _Part) -> list[_Part]:
    """The fields of every task of a section, at every depth, in document order."""
    found = list(section["tasks"])
    for child in section["children"]:
        found.extend(_all_tasks(child))
    return found


def _bounds_of(part: _Part) -> list[tuple[int, int]]:
    """The starts and ends of the spans of a task, or of a section and everything in it."""
    span = part["span"]
    found = [] if span is None else [(span["start"], span["end"])]
    if _is_section(part):
        for inner in [*part["tasks"], *part["children"]]:
            found.extend(_bounds_of(inner))
    return found


def _unaccounted(lines: list[Line], covered: list[tuple[int, int]]) -> list[Diagnostic]:
    """A diagnostic for each line with text that no span covers: read, but kept nowhere.

    Every line of a document is either blank, inside the span of what was read from it, or
    named by a diagnostic; this catches the lines that odd layouts would otherwise drop.
    """
    merged: list[list[int]] = []
    for start, end in sorted(covered, key=lambda item: item[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif end > start:
            merged.append([start, end])
    ends = [end for _, end in merged]
    found: list[Diagnostic] = []
    for line in lines:
        if not line.text.strip(" \t"):
            continue
        start, end = line.start, line.start + len(line.original)
        k = bisect.bisect_right(ends, start)
        if k < len(merged) and merged[k][0] < end:
            continue
        found.append(
            _diagnostic(
                line,
                0,
                "unaccounted-line",
                "this line was read into no field of the plan; review it",
            )
        )
    return found


def parse_plan(text: str, source: str | os.PathLike[str] | None = None) -> Plan:
    r"""Read the text of a plan (工作计划, 工作要点, 实施方案...) into a [`Plan`][rulegov.Plan].

    Every fact keeps its span in ``text``; what the parser is unsure of is in
    ``plan.diagnostics``. This reads text only: markup is read as the words it is.
    ``rulegov.parse_plan`` ([`rulegov.io.parse_plan`][rulegov.io.parse_plan]) also takes the
    source of a web page and reads it as the page saved as a ``.html`` file.

    Args:
        text: The whole document, as decoded text.
        source: A name for messages (a file name, a path or a URL).

    Raises:
        ParseError: for text that cannot be a plan: empty, binary, or with lone surrogates.

    Examples:
        >>> plan = parse_plan("2023年工作要点\n一、加强领导\n1.召开会议。每季度召开一次。\n牵头单位：区司法局")
        >>> plan.kind.value, plan.sections[0].title, plan.tasks[0].title, plan.tasks[0].lead_units
        ('key_points', '加强领导', '召开会议', ['区司法局'])
        >>> plan.tasks[0].timeframe.frequency.value
        'quarterly'
    """
    source = printable_name(source)
    require_text(text, source, reader="parse_plan", files="rulegov.read_plan")
    with collector_paused():
        return _Parser(text, source).build()


def _stable_id(title: str, header: Header, period: Period | None, source: str | None) -> str:
    """The plan's id, derived from its document (see [`plan_id`][rulegov.model.plan_id])."""
    year = period.start_year if period is not None else None
    if year is None and header.issued_on is not None:
        year = header.issued_on.year
    return plan_id(
        title=title,
        doc_number=header.doc_number,
        issuer=header.issuer,
        year=year,
        issued_on=header.issued_on.isoformat() if header.issued_on else None,
        source=source,
    )


def _between(start: int, end: int) -> Span:
    """The span from ``start`` to ``end``, empty where the end comes first."""
    return Span(start=start, end=max(start, end))


def _rows_of_no_table(lines: list[Line]) -> set[int]:
    """The rows apart by tabs or pipes that are no table's: a page's values, a joint signature.

    索引号 | 发文机关 | 成文日期 over 001-2023-0012 | 某区人民政府办公室 | 2023年5月10日: the row
    under the labels holds as many cells as they, and is the page's fields. Organs apart by
    tabs over a date (中共某区委办公室 / 某区人民政府办公室, then 2023年5月10日) sign a notice.
    """
    rows: set[int] = set()
    labels = 0  # the cells of the last line with text, when it is a row of labels alone
    signers: int | None = None  # the last line with text, when a row of organs alone
    for index, line in enumerate(lines):
        text = line.text
        if not text.strip(" \t"):
            continue
        if signers is not None and read_date(text.strip(" \t")) is not None:
            rows.add(signers)
        above, labels, signers = labels, 0, None
        cells = table_cells(text)
        if cells is None:
            continue
        names = [text[begin:end].strip(" :\t") for begin, end in cells]
        if all(name in META_LABELS for name in names):
            labels = len(cells)
        elif len(cells) == above:
            rows.add(index)
        elif len(organs := [name for name in names if name]) > 1 and all(
            map(is_organ_name, organs)
        ):
            signers = index  # its empty cells aside
    return rows
