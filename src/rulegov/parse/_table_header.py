"""The header of a task table: which column holds what, and the cells of a line of text.

A task-division table names its columns with the genre's headings (序号, 工作任务, 具体措施,
牵头单位, 责任单位, 配合单位, 完成时限, and their variants: see `_vocab.TABLE_HEADINGS`).
`heading_key` reads one heading into the field its column fills, `read_columns` a whole header
row into the fields of its columns; `glued_header`, `header_after` and `tab_header` find a header
that a text prints run together, after a title, or parted by tabs, and `spaced_cells`,
`placed_cells` and `cell_starts` part a line of text into the cells its spaces set apart.
`normal` is the folded form every cell is compared in. The reader of grids (`_table`) and the
readers of tables inside a document's text read their headers here.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from rulegov._text import display_width
from rulegov.model import (
    Role,
)
from rulegov.parse._text import GLOSS, Line, fold, normalise
from rulegov.parse._vocab import (
    COLUMN_HEADINGS,
    PERSON_LABELS,
    PROJECT_CONTENTS,
    PROJECT_HEADINGS,
    ROLE_FIELDS,
    ROLE_WORDS,
    TABLE_HEADING_QUALIFIERS,
    TABLE_HEADINGS,
    TIME_COLUMN_ENDS,
    UNIT_COLUMN_ENDS,
    UNIT_HEADING_ALTERNATIVES,
    UNIT_HEADING_ROLES,
)

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "TASK_FIELDS",
    "cell_starts",
    "glued_header",
    "header_after",
    "heading_key",
    "label_and_tab",
    "leader_heading",
    "may_line_up",
    "normal",
    "placed_cells",
    "read_columns",
    "second_title",
    "spaced_cells",
    "tab_header",
    "titled",
]

_SPACE = re.compile(r"[\s_*:\u3000]")


_YEAR_PREFIX = re.compile(r"^\d{4}年度?")


_BRACKETED_END = re.compile(r"\([^()]+\)$")


# a role word in a heading's bracket that names no heading of its own: 责任单位(主办) leads
_BRACKET_ROLES = {"主办": "牵头单位"}


TASK_FIELDS = frozenset({"title", "measures"})


_GAP = re.compile(r"[ \u3000\u00a0]{2,}")


_LONGEST_CACHED = 64  # a unit's name or a timing, which rows repeat; not a task's text


def _short_texts_cached(function: Callable[[str], str]) -> Callable[[str], str]:
    """``function``, with its results for short texts kept.

    Every row of a table is looked up as a possible header, and the cells of units and timings
    repeat from row to row: each is read once. Long texts (a task's) are read each time, so that
    no large text is kept after the table is read.
    """
    cached = functools.lru_cache(maxsize=4096)(function)

    @functools.wraps(function)
    def call(text: str) -> str:
        return cached(text) if len(text) <= _LONGEST_CACHED else function(text)

    return call


@_short_texts_cached
def heading_key(cell: str) -> str:
    """A column heading as looked up: half-width, without spaces or colons, in lower case.

    A heading the genre's words name only after a qualifier (主要工作举措, 重点工作任务) is
    looked up without it. A known heading's bracketed words that restate what it names
    (责任股室(单位)), remark on it (责任单位(第一个为牵头单位), 责任单位(牵头、配合)) or say
    anything else (完成时限(2023年)) are dropped; a bracket that is one role word alone
    (责任单位(牵头), 责任单位(配合)) makes it that role's heading.

    Examples:
        >>> heading_key("完成 时限："), heading_key("Lead Unit"), heading_key("主要工作举措")
        ('完成时限', 'leadunit', '工作举措')
        >>> heading_key("责任股室(单位)"), heading_key("责任单位(牵头)"), heading_key("责任单位(配合)")
        ('责任股室', '牵头单位', '配合单位')
        >>> heading_key("责任单位(牵头、配合)"), heading_key("完成时限(2023年)")
        ('责任单位', '完成时限')
        >>> heading_key("責(zé)任單位")
        '责任单位'
    """
    # a mirror's pinyin glosses are no part of a heading's words (項(xiàng)目)
    key = GLOSS.sub("", _SPACE.sub("", fold(cell))).lower()
    if key not in TABLE_HEADINGS:
        key = _YEAR_PREFIX.sub("", key)  # 2022年预期目标: the year names the plan's, not a field
    for qualifier in TABLE_HEADING_QUALIFIERS:
        if key not in TABLE_HEADINGS and key.removeprefix(qualifier) in TABLE_HEADINGS:
            key = key.removeprefix(qualifier)
    bracket = _BRACKETED_END.search(key)
    if (
        key not in TABLE_HEADINGS
        and bracket is not None
        and key[: bracket.start()] in TABLE_HEADINGS
    ):
        key = _bracketed_key(key[: bracket.start()], key[bracket.start() + 1 : -1])
    if key not in TABLE_HEADINGS:
        bare = key[: bracket.start()] if bracket is not None else key
        key = _role_heading(bare) or _time_heading(bare) or key
    if key not in TABLE_HEADINGS:
        key = _without_alternative(key)
    if key not in TABLE_HEADINGS:
        key = _units_beside_people(key) or key
    return key


def _units_beside_people(key: str) -> str | None:
    """The heading of units that a heading of people and units names (责任领导及牵头单位).

    A column headed by people's label and then units' (责任领导及牵头单位, 牵头领导及单位,
    责任领导、责任单位) holds a person and the units: it is the units' column, of the role its
    units' words name, or (单位 alone) the role the people's label names (牵头领导: 牵头单位).

    Examples:
        >>> _units_beside_people("责任领导及牵头单位"), _units_beside_people("牵头领导及单位")
        ('牵头单位', '牵头单位')
        >>> _units_beside_people("责任领导、责任单位"), _units_beside_people("责任领导") is None
        ('责任单位', True)
    """
    found = _PEOPLE_BEFORE.fullmatch(key)
    if found is None:
        return None
    units = found["units"]
    if TABLE_HEADINGS.get(units) in ROLE_FIELDS:
        return units
    units = _role_heading(units) or units
    if TABLE_HEADINGS.get(units) in ROLE_FIELDS:
        return units
    if units in UNIT_COLUMN_ENDS:  # 牵头领导及单位: the people's role word names the units'
        stem = found["people"].removesuffix("领导").removesuffix("人")
        named = _role_heading(stem + units)
        return named or ROLE_WORDS[Role.RESPONSIBLE]
    return None


def leader_heading(cell: str) -> bool:
    """Whether a column heading names people before the units (责任领导及牵头单位).

    Examples:
        >>> leader_heading("责任领导及牵头单位"), leader_heading("牵头单位")
        (True, False)
    """
    key = GLOSS.sub("", _SPACE.sub("", fold(cell))).lower()
    return _PEOPLE_BEFORE.fullmatch(key) is not None and _units_beside_people(key) is not None


# a heading's own words, its kind of body, then another word for the bodies or for the role
# after /, 、 or 或 (牵头单位/部门, 配合单位或机构, 牵头单位、配合): never people (领导, 个人) or a time
_ALTERNATIVE = re.compile(
    "(?P<stem>.+?)(?P<kind>{kinds})?[/、或](?:{others})".format(
        kinds="|".join(UNIT_COLUMN_ENDS),
        others="|".join(sorted({*UNIT_HEADING_ALTERNATIVES, *UNIT_HEADING_ROLES})),
    )
)


_INNER_BRACKET = re.compile(r"^(?P<stem>[^()]+)\((?P<inner>[^()]{1,4})\)(?P<kind>单位|部门)$")


def _without_alternative(key: str) -> str:
    """A heading without the other word it offers for its kind or its role, if that is one.

    牵头单位/部门, 配合单位或部门 and 责任单位、部门 name the units of a role as 牵头单位 does;
    牵头(责任)单位 names the role of its first word, the bracket restating it.

    Examples:
        >>> _without_alternative("牵头单位/部门"), _without_alternative("牵头(责任)单位")
        ('牵头单位', '牵头单位')
        >>> _without_alternative("工作任务/内容"), _without_alternative("牵头单位/领导")
        ('工作任务/内容', '牵头单位/领导')
        >>> _without_alternative("责任单位或个人"), _without_alternative("牵头单位/时限")
        ('责任单位或个人', '牵头单位/时限')
    """
    inner = _INNER_BRACKET.match(key)
    if inner is not None and inner["stem"] + inner["kind"] in TABLE_HEADINGS:
        return inner["stem"] + inner["kind"]
    found = _ALTERNATIVE.fullmatch(key)
    if found is not None and found["kind"] and found["stem"] + found["kind"] in TABLE_HEADINGS:
        return found["stem"] + found["kind"]
    return key


_LONGEST_TIME_HEADING = 6


def _time_heading(key: str) -> str | None:
    """The timing column's heading for a heading of times in other words (办结时限, 推进时间).

    Examples:
        >>> _time_heading("办结时限"), _time_heading("时间"), _time_heading("发布机构") is None
        ('完成时限', '完成时限', True)
        >>> _time_heading("单位完成时限") is None, _time_heading("牵头配合时限") is None
        (True, True)
    """
    if (
        len(key) <= _LONGEST_TIME_HEADING
        and key.endswith(TIME_COLUMN_ENDS)
        # 单位完成时限, 牵头配合时限: headings of units glued to the time's, not one of times
        and not any(word in key for word in (*UNIT_COLUMN_ENDS, *UNIT_HEADING_ROLES))
    ):
        return COLUMN_HEADINGS["deadline"]
    return None


def _role_heading(key: str) -> str | None:
    """The role's own heading for a heading of units that names the role in other words.

    A role word (UNIT_HEADING_ROLES) before a word for a body (UNIT_COLUMN_ENDS) heads that
    role's column, whatever the bodies are called: 责任处室 and 责任科室 head 责任单位, 牵头处室
    and 主办科室 head 牵头单位, 配合处室 and 协办部门 head 配合单位.

    Examples:
        >>> _role_heading("责任处室"), _role_heading("牵头科室"), _role_heading("协办部门")
        ('责任单位', '牵头单位', '配合单位')
        >>> _role_heading("主体责任单位"), _role_heading("评分部门") is None
        ('责任单位', True)
        >>> _role_heading("部门"), _role_heading("牵头部门及联系人")
        ('责任单位', '牵头单位')
    """
    key = _PEOPLE_BESIDE.sub("", key)
    if key in _BARE_UNIT_HEADINGS:
        return ROLE_WORDS[Role.RESPONSIBLE]
    for end in UNIT_COLUMN_ENDS:
        role = UNIT_HEADING_ROLES.get(key.removesuffix(end)) if key.endswith(end) else None
        if role is not None:
            return ROLE_WORDS[role]
    return None


# a column of people, then units (责任领导及牵头单位, 牵头领导及单位, 责任领导、责任单位)
_PEOPLE_BEFORE = re.compile(
    "(?P<people>"
    + "|".join(sorted((label for label in PERSON_LABELS if label.endswith(("领导", "人"))),
                      key=len, reverse=True))
    + ")(?:及|和|与|/|、)(?P<units>.+)"
)  # fmt: skip


# a units column that names the people beside them (责任单位及责任人, 牵头部门和联系人): its units
_PEOPLE_BESIDE = re.compile(r"(?:及|和|与|/|、)(?:责任人|联系人|负责人|责任领导)$")


# the word for departments alone over a task table's column: the units that do the work (单位
# alone is no such heading: in a table of targets it heads the unit of measure, 亩 or 万元)
_BARE_UNIT_HEADINGS = frozenset({"部门"})


def _bracketed_key(bare: str, words: str) -> str:
    """The key of a known heading ``bare`` with ``words`` in brackets after it.

    The role the words name when they are one role word alone (牵头 under 责任单位: 牵头单位),
    else the bare heading: a bracket that restates the heading, remarks on its roles
    (第一个为牵头单位, 牵头、配合) or gives a year leaves the column what the heading names.
    """
    if words in _BRACKET_ROLES:
        return _BRACKET_ROLES[words]
    for named in (words + bare[-2:], words):
        if TABLE_HEADINGS.get(named) in ROLE_FIELDS:
            return named
    return bare


def read_columns(cells: list[str]) -> dict[int, str] | None:
    """The field of each column of a header row, or None if it is not a task-table header.

    Examples:
        >>> read_columns(["序号", "工作任务", "牵头单位", "完成时限"])
        {0: 'number', 1: 'title', 2: 'lead', 3: 'deadline'}
        >>> read_columns(["1", "加强培训", "区司法局"]) is None
        True
    """
    columns: dict[int, str] = {}
    for index, cell in enumerate(cells):
        field = second_title(TABLE_HEADINGS.get(heading_key(cell)), columns, index)
        if field is not None and field not in columns.values():
            columns[index] = field
    columns = titled(cells, columns)
    if len(columns) < 2 or not set(columns.values()) & TASK_FIELDS:
        return None
    return columns


def titled(cells: list[str], columns: dict[int, str]) -> dict[int, str]:
    """The columns with the task column a header names without the genre's word for it."""
    if len(columns) < 2 or "title" in columns.values():
        return columns
    project = _project_title(cells, columns)
    if project is not None:
        return project
    if set(columns.values()) & TASK_FIELDS:
        return columns
    return _unnamed_title(cells, columns)


def _project_title(cells: list[str], columns: dict[int, str]) -> dict[int, str] | None:
    """The columns with a numbered table's project column as its task column, if it has one.

    A header that numbers its rows and names units but no task column, only a category of
    projects (序号 | 项目 | 责任单位 | 建设内容), lists one project a row: each is a task, its
    建设内容 the measures. Beside another measures column (序号 | 项目 | 具体内容 | 责任单位),
    项目 is the row's category (教育, 住建) and the content its task.

    Examples:
        >>> read_columns(["序号", "项目", "责任单位", "建设内容"])
        {0: 'number', 1: 'title', 2: 'responsible', 3: 'measures'}
        >>> read_columns(["序号", "项目", "具体内容", "责任单位"])[1]
        'section1'
    """
    fields = set(columns.values())
    if "number" not in fields or not fields & set(ROLE_FIELDS):
        return None
    for index, cell in enumerate(cells):
        if columns.get(index) == "measures" and heading_key(cell) not in PROJECT_CONTENTS:
            return None  # 具体内容: the task itself, 项目 its category
    for index, cell in enumerate(cells):
        if columns.get(index) == "section1" and heading_key(cell) in PROJECT_HEADINGS:
            return {**columns, index: "title"}
    return None


_LONGEST_UNNAMED_TITLE = 10  # 专项整治行业名称: a heading, not a value


def _unnamed_title(cells: list[str], columns: dict[int, str]) -> dict[int, str]:
    """The columns with the task column a header names in its own words (专项整治行业名称).

    A header that names columns of units and of times but no task column, and one column more,
    the first but a number's and the categories' (一级指标, 二级指标, 类别: the groups a row
    stands in, printed before its work), whose heading is a few words of no other field: that
    column says what each row's work is (专项整治行业名称 | 时间安排 | 责任单位, 一级指标 |
    二级指标 | 评价指标 | 牵头单位).

    Examples:
        >>> read_columns(["专项整治行业名称", "时间安排", "责任单位"])
        {1: 'deadline', 2: 'responsible', 0: 'title'}
        >>> read_columns(["一级指标", "二级指标", "评价指标", "牵头单位"])[2]
        'title'
        >>> read_columns(["索引号", "123", "责任部门", "市生态环境局"]) is None
        True
    """
    if not set(columns.values()) & set(ROLE_FIELDS):
        return columns
    unnamed = [i for i, cell in enumerate(cells) if i not in columns and cell.strip()]
    if len(unnamed) != 1:
        return columns
    index = unnamed[0]
    heading = heading_key(cells[index])
    first = min(
        i
        for i, field in [*columns.items(), (index, "")]
        if field != "number" and not field.startswith("section")
    )
    if index != first or len(heading) > _LONGEST_UNNAMED_TITLE or re.search(r"\d", heading):
        return columns
    return {**columns, index: "title"}


def label_and_tab(text: str) -> list[tuple[int, int]] | None:
    """A label and its value parted by one tab (来源	某市人民政府办公厅), as two cells.

    A disclosure block printed as a table's rows by tabs gives a row of one field so; a row of
    two or more is a table's (``table_cells``).
    """
    tab = text.find("\t")
    if tab <= 0 or "\t" in text[tab + 1 :]:
        return None
    return [(0, tab), (tab + 1, len(text))]


_LONGEST_GLUED_HEADING = 8  # 具体工作措施, 牵头责任单位: the longest heading a glued header holds


_FEWEST_GLUED_HEADINGS = 3


_LONGEST_HEADER = 400
"""The most characters a task table's header takes on one line: a few dozen headings at most."""


"""The most characters a task table's header takes on one line: a few dozen headings at most."""


def glued_header(text: str) -> list[tuple[int, int]] | None:
    """The cells of a task table's header printed with no space between its headings, if any.

    A copy that drops a header's cell borders and keeps its rows' (序号工作任务牵头单位完成时限
    over rows parted by spaces or tabs) glues the headings together: the line is a header
    when it is known headings alone, three or more, from 序号 on, that head a task table's
    columns. The fewest headings that spell the line win; each position is looked at a bounded
    number of times.

    Examples:
        >>> text = "序号工作任务牵头单位配合单位完成时限"
        >>> [text[a:b] for a, b in glued_header(text)]
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限']
        >>> glued_header("序号工作要求"), glued_header("加强法治建设")
        (None, None)
    """
    text = text.strip()
    if (
        not text.startswith("序号")
        or len(text) > _LONGEST_HEADER
        or any(char.isspace() for char in text)
    ):
        return None
    # fewest[i]: the fewest headings that spell text[:i]; last[i]: where the last of them starts
    none = len(text) + 1
    fewest = [0] + [none] * len(text)
    last = [0] * (len(text) + 1)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - _LONGEST_GLUED_HEADING), end - 1):
            if fewest[start] + 1 < fewest[end] and (
                TABLE_HEADINGS.get(heading_key(text[start:end])) is not None
            ):
                fewest[end], last[end] = fewest[start] + 1, start
    if fewest[-1] == none:
        return None
    cells: list[tuple[int, int]] = []
    end = len(text)
    while end:
        cells.append((last[end], end))
        end = last[end]
    cells.reverse()
    if len(cells) < _FEWEST_GLUED_HEADINGS or read_columns([text[a:b] for a, b in cells]) is None:
        return None
    return cells


_HEADER_OPENING = re.compile(r"序号|编号|序號|編號")


_CELL_BREAK = re.compile(r"[\s|｜]+")


def header_after(text: str) -> int | None:
    r"""Where a task table's header begins after a line's own words, if the line ends in one.

    A copy that loses the line break under a table's title prints its header on the title's
    line (某县重点工作任务分解表 序号 工作任务 牵头单位 完成时限, spaced, tabbed, parted by
    bars or glued): the header opens at 序号 and is known headings alone, three or more.

    Examples:
        >>> header_after("某县任务分解表 序号 工作任务 牵头单位 完成时限")
        8
        >>> header_after("某县任务分解表序号工作任务牵头单位完成时限"), header_after("某县任务分解表")
        (7, None)
        >>> header_after("请按序号填写工作任务")
    """
    # a header takes the line's last characters: one sought from each 序号 of a long line, the
    # rest of the line read from each, is quadratic
    for opening in _HEADER_OPENING.finditer(text, max(0, len(text) - _LONGEST_HEADER)):
        start = opening.start()
        if start == 0 or not text[:start].strip(" \t\u3000|｜"):
            continue
        rest = text[start:].strip(" \t\u3000|｜")
        cells = [cell for cell in _CELL_BREAK.split(rest) if cell]
        if len(cells) == 1:
            if glued_header(rest) is not None:
                return start
            continue
        known = all(TABLE_HEADINGS.get(heading_key(cell)) is not None for cell in cells)
        if known and len(cells) >= _FEWEST_GLUED_HEADINGS and read_columns(cells) is not None:
            return start
    return None


def tab_header(text: str) -> list[tuple[int, int]] | None:
    r"""The cells of a task table's header of two columns parted by one tab, if the line is one.

    A table of two columns (工作任务 ⇥ 责任单位) prints one tab a row, where a wider one prints
    two or more (``table_cells``): such a line is a table's only when its cells head the
    columns of a task table; the rows under it are then the table's.

    Examples:
        >>> tab_header("工作任务\t责任单位"), tab_header("来源\t某市人民政府办公厅")
        ([(0, 4), (5, 9)], None)
    """
    cells = label_and_tab(text)
    if cells is None or read_columns([text[a:b].strip() for a, b in cells]) is None:
        return None
    return cells


def may_line_up(original: str) -> bool:
    """Whether a printed line may part cells with runs of spaces (two, ideographic or mixed)."""
    return "  " in original or "\u3000" in original


def spaced_cells(line: Line) -> list[tuple[int, int]] | None:
    """The cells of a row whose columns are lined up with runs of spaces, as normalised ranges.

    None when the printed line has no run of two spaces or more (then it is no such row).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("序号  工作任务    牵头单位")[0]
        >>> [line.text[a:b] for a, b in spaced_cells(line)]
        ['序号', '工作任务', '牵头单位']
    """
    original = line.original
    gaps = [match.span() for match in _GAP.finditer(original.strip())]
    if not gaps:
        return None
    lead = len(original) - len(original.lstrip())
    # where each normalised character stands in the printed line
    places = [line.offset(i) - line.start for i in range(len(line.text))]
    cells: list[tuple[int, int]] = []
    start = lead
    for gap_start, gap_end in [*gaps, (len(original.strip()), len(original.strip()))]:
        first = bisect.bisect_left(places, start)
        last = bisect.bisect_left(places, gap_start + lead)
        cells.append((first, last))
        start = gap_end + lead
    return [(first, last) for first, last in cells if last > first] or None


def placed_cells(
    line: Line, cells: list[tuple[int, int]], starts: list[int]
) -> list[tuple[int, int]] | None:
    r"""The cells of a row lined up with spaces, placed under the header's columns.

    A row with an empty cell has fewer runs of spaces than its header: each cell goes under the
    column whose heading starts nearest to it (``starts``, display columns, a CJK character
    counting two), an empty cell in each column left over. None when two cells fall under one
    column, or out of order: the row cannot be placed.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> header, row = split_lines("序号  任务      牵头单位  完成时限\n1     普法                6月底前")
        >>> placed = placed_cells(row, spaced_cells(row), cell_starts(header, spaced_cells(header)))
        >>> [row.text[a:b] for a, b in placed]
        ['1', '普法', '', '6月底前']
    """
    placed: list[tuple[int, int] | None] = [None] * len(starts)
    last = -1
    for cell, column in zip(cells, cell_starts(line, cells), strict=True):
        index = min(range(len(starts)), key=lambda i: abs(starts[i] - column))
        if index <= last:
            return None
        placed[index] = cell
        last = index
    result: list[tuple[int, int]] = []
    position = 0
    for found in placed:
        if found is None:
            result.append((position, position))
        else:
            result.append(found)
            position = found[1]
    return result


def cell_starts(line: Line, cells: list[tuple[int, int]]) -> list[int]:
    """The display column where each cell starts in the printed line (CJK characters count 2)."""
    return [display_width(line.original[: line.offset(begin) - line.start]) for begin, _ in cells]


@_short_texts_cached
def normal(text: str) -> str:
    """A cell's text as the parser matches it (full-width folded, stray spaces dropped).

    Examples:
        >>> normal("（一）２０２３年６月底前")
        '(一)2023年6月底前'
    """
    return normalise(text)


def second_title(field: str | None, columns: dict[int, str], index: int) -> str | None:
    """The field of a column after the columns before it: a second task column holds measures.

    重点任务 | 工作内容 | 负责科室: the task is named first and the next column says what it is.
    领域 | 项目 | 工作任务: a category column right after another (each merged over its rows)
    holds the categories inside the first's, as 一级任务 | 二级任务 do.
    """
    if field == "title" and "title" in columns.values() and "measures" not in columns.values():
        return "measures"
    if field == "section1" and columns.get(index - 1) == "section1":
        return "section2" if "section2" not in columns.values() else field
    return field
