r"""Tables a page's copy prints one cell a line, made into rows again.

A web page or a PDF copied as text often prints a task table's cells one under the other: the
headings, then each row's cells, sometimes each cell ending in a pipe (``区司法局 |``) or with a
line of ``|`` between cells. [`stacked_rows`][rulegov.parse._table_stacked.stacked_rows] finds
such a table by its header (a run of short lines, most of them the genre's column words of
[`TABLE_HEADINGS`][rulegov.parse._vocab.TABLE_HEADINGS]) and joins each row's cells into one
line with ``|`` between them, for the one table reader to read.

Rows are told apart by their numbers (1, 2, … in a number column, headed or not), or, in a
table without numbers, by the kinds of their cells: a row is a run of cells that fits the
columns in order, a task's text under a task column, names of units under a unit column, a
timing under a timing column. A cell merged over several rows is printed once, at the first of
them, and an empty cell not at all: each row's cells are placed under the columns they fit
best, a column left out where its cell is missing. A cell of units printed over several lines
(one unit a line) stays one cell. A group's heading (一、…, （一）…) printed between rows is a
row of its own.

Examples:
    >>> from rulegov.parse._text import split_lines
    >>> text = "序号\n工作任务\n责任单位\n1\n加强培训\n区司法局\n2\n开展普法\n区普法办"
    >>> [line.text for line in stacked_rows(split_lines(text))]
    ['|序号|工作任务|责任单位', '|1|加强培训|区司法局', '|2|开展普法|区普法办']
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from rulegov.parse._header_words import PAGE_NUMBER
from rulegov.parse._numbering import match_heading
from rulegov.parse._table import EMPTY_MARKS, GROUP_STYLES, HEADING_BRACKET
from rulegov.parse._table_header import heading_key, may_line_up, read_columns, spaced_cells
from rulegov.parse._text import join_lines
from rulegov.parse._time import read_timeframe
from rulegov.parse._units import broken_off
from rulegov.parse._vocab import (
    COLLECTIVE_OPENINGS,
    COLUMN_HEADING_ENDS,
    NOT_ORGAN_ENDINGS,
    PERSON_LABELS,
    PLACE_COLUMN_ENDS,
    PLACE_ENDS,
    ROLE_FIELDS,
    ROLE_SUFFIXES,
    TABLE_HEADINGS,
    TASK_OPENING_VERBS,
    TEXT_COLUMN_ENDS,
    UNIT_COLUMN_ENDS,
    UNIT_ENDS,
    UNIT_LIST_MARKS,
)

if TYPE_CHECKING:
    from rulegov.parse._text import Line

__all__ = ["stacked_rows"]

_LONGEST_HEADING = 12  # 专项整治行业名称, 牵头责任单位: longer lines are a cell's text
_MIN_COLUMNS = 3  # a task, its units and one more: fewer short lines are a list
_MAX_COLUMNS = 16
_MIN_KNOWN = 3  # the header names at least three columns with the genre's words
_YEAR_LINE = re.compile(r"\d{4}年度?")  # a heading's year printed on a line above it
_ROW_NUMBER = re.compile(r"(?P<digits>\d{1,4})[.、]?|\((?P<paren>\d{1,4})\)")  # 1, 1., 1、, (1)
# a figure of four digits is a row's number only where it follows the row before (999, then
# 1000): alone, it is as likely a cell's year or amount
_WIDE_ROW = 1000
_VALUE = re.compile(r"[\d.%‰≥≤><=+\-—/~～－]|^[A-Za-z]+$")
_SHORT = 8  # 良好以上, 万亩: a value, not a task's text
_LONGEST_UNITS = 60  # 县海洋与渔业局、县农业农村局: a cell of names, not a sentence
# a longer cell is names still where each of its parts is as short as one name (区人社局、区住建局、
# 区教育局、…、区财政局等相关区直部门,各镇(办)、经开区): a sentence's parts run longer
_LONGEST_LISTED = 16
_UNHEADED_REACH = 6  # a first row's cell and a few groups' headings before its 1
_SKIP = 1.0  # a column left out of a row (an empty cell, or one merged from a row above)
_SKIP_OUTER = 0.3  # a task column left out where a task column after it is filled (merged)
_MORE = {"unit": 0.1, "text": 1.0}  # each further line of one cell: units a line, a text broken
_WORST = 2.0
_TIE = 0.001  # of two columns that fit alike, the first is filled
_TAKEN = 0.3  # what a cell that fits the last row saves: more than a further line of units costs
_PEOPLE = "people"  # the field of columns of people (责任领导, 责任人), which may be two
_PART = 1.0  # a further part of a row under its merged cells (a project's second work)
_MAX_PARTS = 3  # a row and at most two further parts
_ROLE_ENDS = tuple(sorted({suffix for suffix, _ in ROLE_SUFFIXES}, key=len, reverse=True))
# what a cell of each kind costs under a column of each kind (0: fits; _WORST: does not)
_FIT: dict[str, dict[str, float]] = {
    "text": {"text": 0.0, "short": 0.5, "value": _WORST, "unit": 1.5, "time": 1.5},
    "unit": {"unit": 0.0, "short": 1.0, "text": _WORST, "value": _WORST, "time": _WORST},
    "time": {"time": 0.0, "short": 0.5, "value": 1.0, "text": _WORST, "unit": _WORST},
    "person": {"short": 0.0, "unit": 1.5, "value": 1.5, "time": 1.5, "text": _WORST},
    "other": {"value": 0.0, "short": 0.2, "time": 0.5, "unit": 1.5, "text": 1.5},
    # where the work is done (建设地点): a place's name, which may end as a unit's (磨子桥镇)
    "place": {"unit": 0.0, "short": 0.0, "value": 1.0, "time": 1.5, "text": 1.0},
}
# a line of units that goes on to the next line (区法院、区检察院、 / 区公安局): placed as units
# are, and never the last line of its cell
for _fits in _FIT.values():
    _fits["open"] = _fits["unit"]
# how a unit's name opens, where a task's sentence opens with its verb (召开…会, 建设…中心): with
# its place's level (区教育局, 市发改委) or a word for several or for the state (各乡镇, 有关部门)
_UNIT_OPENS = (*sorted(PLACE_ENDS), *COLLECTIVE_OPENINGS, "国家", "中央")
# in a table whose header names a bureau's sections (责任股室), its sections and bodies name
# units too (文化宣传股, 文化馆); elsewhere such an end is a task's (改造提升县文化馆, 资产折股)
_SECTION_UNIT_ENDS = UNIT_ENDS | frozenset("股馆")
# a cell that opens with an act names no section or body, whatever its end (改造提升县文化馆)
_ACT_OPENS = (
    "改造",
    "新建",
    "扩建",
    "修缮",
    "建设",
    "推进",
    "提升",
    "打造",
    "举办",
    "开展",
    "实施",
)
_SECTIONS = "股室"
_ANY_YEAR = 2000  # a timing without its year (12月底前) is a timing still: only its kind is asked


_PIPES = re.compile(r"[\s|]*\|[\s|]*")  # a run of pipes (| | ||): a cell's edge, empty cells


def _closing_run(text: str) -> int:
    r"""Where the run of pipes and spaces that closes ``text`` starts; ``len(text)`` for none.

    Read back from the end, so a line ending in a long run of tabs or spaces costs its length,
    not its length squared (searching the run from each of its characters would).

    Examples:
        >>> _closing_run("市司法局 | ||"), _closing_run("市司法局\t\t"), _closing_run("甲|乙")
        (4, 6, 3)
    """
    end = len(text)
    while end and (text[end - 1] == "|" or text[end - 1].isspace()):
        end -= 1
    return end if "|" in text[end:] else len(text)


def _cell(line: Line) -> Line | None:
    r"""The cell a line prints, without the pipes that open or close it; None for no cell.

    A page may close each cell with a pipe, and print the empty cells after it (cells merged
    from the rows above, or left blank) as more pipes: ``责任单位 |``, ``责任单位 | |`` and
    ``市司法局 | ||`` all print one cell. A line with a pipe between two texts is no single cell.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> [_cell(line).text for line in split_lines("责任单位 |\n市司法局 | ||\n| 区教育局")]
        ['责任单位', '市司法局', '区教育局']
        >>> _cell(split_lines("| |")[0]) is None, _cell(split_lines("甲 | 乙")[0]).text
        (True, '甲|乙')
        >>> _cell(split_lines("- 2 -")[0]) is None, _cell(split_lines("第 1 页 共 3 页")[0]) is None
        (True, True)
    """
    text = line.text
    if not text.strip().strip("|").strip() or text.strip("| ") in EMPTY_MARKS:
        return None  # blank, a line of | between cells, or an empty cell's mark alone (—, /)
    if PAGE_NUMBER.fullmatch(text.strip("| ")):
        return None  # a page's number (- 2 -, 第1页共3页), which a copy keeps between cells
    opening = _PIPES.match(text)
    start = opening.end() if opening is not None else 0
    end = _closing_run(text)
    if end < start:
        end = len(text)
    if "|" in text[start:end]:
        return line  # a row of several cells
    if end < len(text):
        line = line.split(end)[0]
    if start:
        line = line.split(start)[1]
    return line if line.text.strip() else None


_FIELD_KINDS = {"number": "number", "title": "text", "measures": "text", "deadline": "time"}
_FIELD_KINDS.update(dict.fromkeys(ROLE_FIELDS, "unit"))
_FIELD_KINDS["people"] = "person"


def _column_kind(heading: str) -> str:
    """What a column's cells hold, from its heading: number, text, unit, time, person, place, other."""
    key = heading_key(heading)
    field = TABLE_HEADINGS.get(key) or ""
    if field.startswith("section"):
        return "text"
    if field in _FIELD_KINDS:
        return _FIELD_KINDS[field]
    if key in PERSON_LABELS:
        return "person"
    for ends, kind in _ENDS_KINDS:
        if key.endswith(ends) and len(key) > 2:
            return kind
    return "other"


# a heading none of the genre's, by its last words: 评分部门 (bodies that are no units of the
# task; 单位 alone is a measure's), 建设内容 (the work's sentences), 建设地点 (a place, 磨子桥镇,
# though it may end as a unit's name)
_ENDS_KINDS = (
    (UNIT_COLUMN_ENDS, "unit"),
    (TEXT_COLUMN_ENDS, "text"),
    (PLACE_COLUMN_ENDS, "place"),
)


def _reads_as_units(text: str, ends: frozenset[str] = UNIT_ENDS) -> bool:
    """Whether a cell reads as names of units (区发改局、各乡镇, 市发改委牵头落实).

    ``ends`` holds the last characters of a unit's name (with a bureau's sections': 股, 馆).
    """
    text = text.strip()
    # a list closed by a full stop (区教育局、区卫健委。): names of organs, none a place's
    closed = text.endswith("。")
    text = text.removesuffix("。")
    for suffix in _ROLE_ENDS:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text.removesuffix(suffix).removesuffix("分别")
            break
    parts = re.split("[;；]", text)
    if all(part.endswith(_ROLE_ENDS) for part in parts[:-1]):
        text = ",".join(parts)  # 办公室牵头;各科室配合: the parts of a division of work
    if len(text) <= 1 or re.search(r"[。;；:：\d]", text):
        return False
    # a list cut by the end of the text (…、市金融办、人民银) still names units; a division of
    # work (办公室牵头,各科室配合) names each part's units before its role word
    names = [_without_role(name) for name in re.split(r"[、,，]", text) if name]
    if len(text) > _LONGEST_UNITS and any(len(name) > _LONGEST_LISTED for name in names):
        return False
    if closed and not _closed_units(names):
        return False  # 深化依法治区。, 召开全区教育工作会。: a task's sentence
    return sum(_ends_as_unit(name, ends) for name in names) * 2 > len(names) and text[-1] != "、"


_WORK_NAME = 5  # 建成文化站: a verb and the work; an organ's name opening with a verb is shorter
# a unit's other name in brackets closing it: 党委(党组), 办公室(外事办)
_CLOSING_OTHER_NAME = re.compile(r"[(（][^()（）]{1,8}[)）]$")


def _ends_as_unit(name: str, ends: frozenset[str]) -> bool:
    """Whether ``name`` ends as a unit's name: its last character, and not by a word of work.

    A task's short text may end so by chance: with a word that names no organ (召开会议研究部署,
    构建发展新格局), with the whole of a place (宣传覆盖全县), or with an organ it builds, opening
    with the verb of its work (建成综合文化站, 健全工作机构).

    A name closed by its other name in brackets (各单位党委(党组), 区政府办(外事办)) ends as the
    name before them.

    Examples:
        >>> ends = frozenset("局署站县部组委")
        >>> _ends_as_unit("区司法局", ends), _ends_as_unit("县委组织部", ends)
        (True, True)
        >>> _ends_as_unit("召开会议研究部署", ends), _ends_as_unit("普法宣传覆盖全县", ends)
        (False, False)
        >>> _ends_as_unit("建成综合文化站", ends), _ends_as_unit("优化营商环境新格局", ends)
        (False, False)
        >>> _ends_as_unit("各单位党委(党组)", ends), _ends_as_unit("各单位党委（党组）", ends)
        (True, True)
    """
    bare = _CLOSING_OTHER_NAME.sub("", name)
    if len(bare) > 1:
        name = bare
    if not name or name[-1] not in ends or name.endswith(NOT_ORGAN_ENDINGS):
        return False
    if len(name) >= 2 and name[-2] == "全" and name[-1] in PLACE_ENDS:
        return False  # 覆盖全县, 辐射全市: the whole of a place
    return len(name) < _WORK_NAME or not name.startswith(TASK_OPENING_VERBS)


def _without_role(name: str) -> str:
    """A name without the role word a division of work prints after it (办公室牵头: 办公室).

    Examples:
        >>> _without_role("办公室牵头"), _without_role("各科室")
        ('办公室', '各科室')
    """
    for suffix in _ROLE_ENDS:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name.removesuffix(suffix)
    return name


def _closed_units(names: list[str]) -> bool:
    """Whether the parts of a cell closed by a full stop are names of units, not a sentence.

    Each ends as an organ's name, none as a place's; one name alone opens as a unit's too, with
    its level (区教育局。) or as several (有关部门。), not with a verb (召开全区教育工作会。).

    Examples:
        >>> _closed_units(["区教育局", "区卫健委"]), _closed_units(["区投资促进中心"])
        (True, True)
        >>> _closed_units(["召开全区教育工作会"]), _closed_units(["深化依法治区"])
        (False, False)
    """
    if any(name[-1] in PLACE_ENDS or name[-1] not in UNIT_ENDS for name in names):
        return False
    return len(names) > 1 or names[0].startswith(_UNIT_OPENS)


def _goes_on(text: str, ends: frozenset[str] = UNIT_ENDS) -> bool:
    """Whether a line of units goes on to the next: it ends with the mark of its list.

    Examples:
        >>> _goes_on("区法院、区检察院、"), _goes_on("区法院、区检察院")
        (True, False)
    """
    return text.endswith(tuple(UNIT_LIST_MARKS)) and _reads_as_units(
        text.rstrip(UNIT_LIST_MARKS), ends
    )


def _kinds(texts: list[str], *, sections: bool = False) -> list[str]:
    """The kinds of a run of cells' lines, a line of units that the next one goes on "open".

    The next line finishes a name this one breaks (区教育局、区文化 / 旅游局). With ``sections``
    (the table has a column of a bureau's sections), 文化宣传股 and 文化馆 name units too, but
    not a cell that opens with an act (改造提升县文化馆).
    """
    kinds = [_cell_kind(text, sections=sections) for text in texts]
    for index in range(len(texts) - 1):
        if _broken_off(texts[index], texts[index + 1]):
            kinds[index] = "open"
    return kinds


# the runs of cells whose kinds are read overlap (each row is tried from every cell on): a pair
# of lines is read once
_broken_off = functools.lru_cache(maxsize=4096)(broken_off)


@functools.lru_cache(maxsize=4096)
def _cell_kind(text: str, *, sections: bool = False) -> str:
    """The kind of a cell's text: unit, time, value, short or text.

    Examples:
        >>> _cell_kind("300"), _cell_kind("改造道路2公里。"), _cell_kind("住建局")
        ('value', 'text', 'unit')
    """
    text = text.strip()
    ends = _SECTION_UNIT_ENDS if sections and not text.startswith(_ACT_OPENS) else UNIT_ENDS
    if _goes_on(text, ends):
        return "open"
    if _reads_as_units(text, ends):
        return "unit"
    if len(text) <= _LONGEST_HEADING and read_timeframe(text, _ANY_YEAR) is not None:
        return "time"
    # a sentence with a figure in it (改造道路2公里。) is a text, not a value
    if len(text) <= _SHORT and not text.endswith("。") and (_VALUE.search(text) or len(text) <= 2):
        return "value"
    if len(text) <= _SHORT // 2:
        return "short"
    return "text"


def _known(text: str) -> bool:
    return TABLE_HEADINGS.get(heading_key(text)) is not None


# a heading's measure in brackets after it (总投资(万元), 年度投资金额 (万元), 里程(公里))
_MEASURE_BRACKET = re.compile(
    r"\((?:万|亿)?(?:元|平方米|亩|吨|人|户|个|公里|米|千瓦|家|处|座|所|项|次|%)\)$"
)


def _heading_like(text: str) -> bool:
    """Whether a short line reads as a column's heading: a known word, or one that ends as one.

    A measure in brackets after the heading's words (年度投资金额 (万元)) is no part of them.

    Examples:
        >>> _heading_like("总投资(万元)"), _heading_like("年度投资金额 (万元)")
        (True, True)
        >>> _heading_like("区住建局"), _heading_like("300")
        (False, False)
    """
    key = _MEASURE_BRACKET.sub("", heading_key(text))
    return _known(text) or (not re.search(r"\d", key) and key.endswith(COLUMN_HEADING_ENDS))


def _short_heading(text: str) -> bool:
    """Whether a line may stand in a header: short, reads as a heading, and no numbered heading."""
    text = text.strip()
    return len(text) <= _LONGEST_HEADING and _heading_like(text) and not match_heading(text)


_PLAIN_HEADING = re.compile(
    r"[\u4e00-\u9fff]{2,6}"
)  # 民生实事: a column named in the plan's own words


def _header(cells: list[Line], index: int) -> list[list[int]] | None:
    """The cells from ``index`` that make a table's header, grouped by column; None for none.

    The header is a run of short lines that read as headings; at least three of them are the
    genre's column words (or two, where the header names every column's field, its task column
    in its own words: 专项整治行业名称 · 时间安排 · 责任单位), one of them a task column and one a
    column of units. A heading's bracketed words printed on the next line (责任股室 / (单位))
    stay the heading's; a few words
    of no field's between two headings (序号 · 民生实事 · 责任单位) name a column too, the one
    [`read_columns`][rulegov.parse._table.read_columns] reads as the task column.
    """
    if not _short_heading(cells[index].text) or (
        index > 0 and _short_heading(cells[index - 1].text)  # the run started above
    ):
        return None
    columns = _without_umbrella(cells, _header_columns(cells, index))
    texts = _header_texts(cells, columns)
    known = sum(_known(text) for text in texts)
    if len(columns) < _MIN_COLUMNS or len(columns) > _MAX_COLUMNS:
        return None
    fields = read_columns(texts)
    if fields is None or (
        known < _MIN_KNOWN and (known < _MIN_KNOWN - 1 or len(fields) < len(columns))
    ):
        return None  # two of the genre's words are a header only where every column is read
    kinds = _header_kinds(texts, fields)
    if "unit" not in kinds or "text" not in kinds:
        return None
    people = sum(TABLE_HEADINGS.get(heading_key(text)) == _PEOPLE for text in texts)
    if len(fields) < known - max(people - 1, 0):
        return None  # a column named twice (but people's: 责任领导 · 责任人): two tables, or none
    return columns


# a heading printed over the role columns of a two-row header (责任分工 over 牵头单位 · 配合单位)
_UMBRELLAS = frozenset({"责任分工", "任务分工", "分工", "责任单位"})
_ROLE_KINDS = frozenset({"lead", "cooperating", "responsible"})


def _without_umbrella(cells: list[Line], columns: list[list[int]]) -> list[list[int]]:
    """The header's columns without a heading spread over the two role columns after it.

    A two-row header prints 责任分工 (or 责任单位) over 牵头单位 and 配合单位; a copy a cell a
    line prints it before them, one more heading than the rows have cells. It names no column
    of its own where a lead column and another role column follow it.
    """
    texts = _header_texts(cells, columns)
    fields = [TABLE_HEADINGS.get(heading_key(text)) for text in texts]
    for position in range(len(columns) - 2):
        if (
            heading_key(texts[position]) in _UMBRELLAS
            and fields[position + 1] == "lead"
            and fields[position + 2] in _ROLE_KINDS
        ):
            return [*columns[:position], *columns[position + 1 :]]
    return columns


def _header_columns(cells: list[Line], index: int) -> list[list[int]]:
    """The lines of a run of headings from ``index``, grouped by column.

    A heading's bracketed words printed on the next line (总投资 / (万元)) and its year printed
    on the line above it (2023年 / 目标进度) are that heading's lines.
    """
    columns: list[list[int]] = []
    for position in range(index, min(len(cells), index + 2 * _MAX_COLUMNS)):
        text = cells[position].text.strip()
        if columns and columns[-1][-1] == position:
            continue  # the heading under its year's line, taken with it
        if columns and HEADING_BRACKET.fullmatch(text) and len(columns[-1]) == 1:
            columns[-1].append(position)
        elif (
            columns
            and _YEAR_LINE.fullmatch(text)
            and position + 1 < len(cells)
            and _short_heading(cells[position + 1].text)
        ):
            columns.append([position, position + 1])
        elif _short_heading(text) or _plain_heading(cells, columns, position):
            columns.append([position])
        else:
            break
    return columns


def _plain_heading(cells: list[Line], columns: list[list[int]], position: int) -> bool:
    """Whether a few words of no field's stand between two of the genre's column words.

    序号 · 民生实事 · 责任单位: the words name a column. A row's first cells after the header
    (完成时限 · 普法宣传 · 有关部门) do not: a unit's cell may end as a heading does, but it is
    no column word of the genre's.
    """
    if not columns or position + 1 >= len(cells):
        return False
    if not _PLAIN_HEADING.fullmatch(cells[position].text.strip()):
        return False
    before = _header_texts(cells, columns[-1:])[0]
    return _known(before) and _known(cells[position + 1].text.strip())


def _header_texts(cells: list[Line], columns: list[list[int]]) -> list[str]:
    """Each column's heading, its lines joined (责任股室(单位))."""
    return ["".join(cells[i].text.strip() for i in column) for column in columns]


def _header_kinds(texts: list[str], fields: dict[int, str] | None = None) -> list[str]:
    """What each column's cells hold; a column the header names in its own words, a task's text.

    ``fields`` are the columns' fields as read already, if they were.
    """
    fields = fields if fields is not None else read_columns(texts) or {}
    return [
        "text" if fields.get(index) == "title" else _column_kind(text)
        for index, text in enumerate(texts)
    ]


def _group(text: str) -> bool:
    """Whether a cell is a group's heading (一、…, （一）…, 第一部分 …), a row of its own."""
    heading = match_heading(text.strip())
    return heading is not None and heading.style in GROUP_STYLES and heading.end < len(text)


# a group's number in a cell of its own, its words in the next (一 / 依法行政): the number under
# 序号 and the words under the task column, as a row merged across the others prints them
_BARE_GROUP = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.．]?|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|方面|章|节)"
)
_LONGEST_GROUP = 30  # 坚持党对法治政府建设的领导: a group's words; longer, a task's text
_GROUP_MARKS = re.compile("[。；;：:，,]")


def _group_words(text: str, *, numbered: bool, sections: bool = False) -> bool:
    """Whether a cell reads as the words of a group's heading, without their number.

    A text that names no units and no timing, no row's number; without a number before it, a
    phrase of four characters or more with no sign of a sentence in it (深入推进依法行政), where
    a task's text says more (…，加大执法力度). With ``sections``, a bureau's sections and bodies
    name units (文化馆).
    """
    text = text.strip()
    if not 1 < len(text) <= _LONGEST_GROUP or _row_number(text) is not None:
        return False
    kind = _cell_kind(text, sections=sections)
    if _BARE_GROUP.fullmatch(text) or kind not in ("text", "short"):
        return False
    if numbered:
        return not text.endswith("。")
    return kind == "text" and len(text) >= _SHORT // 2 and not _GROUP_MARKS.search(text)


def _group_heads(cells: list[Line], indices: list[int]) -> list[list[int]] | None:
    """The cells at ``indices`` read as groups' headings, each heading's cells; None if not all.

    A heading is a cell numbered as a group (一、…), a group's bare number and its words in the
    next cell (一 / 依法行政), or a group's words alone, unnumbered.
    """
    heads: list[list[int]] = []
    position = 0
    while position < len(indices):
        text = cells[indices[position]].text.strip()
        following = indices[position + 1] if position + 1 < len(indices) else None
        if _group(text):
            heads.append([indices[position]])
        elif (
            _BARE_GROUP.fullmatch(text)
            and following is not None
            and _group_words(cells[following].text, numbered=True)
        ):
            heads.append([indices[position], following])
            position += 1
        elif _group_words(text, numbered=False):
            heads.append([indices[position]])
        else:
            return None
        position += 1
    return heads


def _after_group(cells: list[Line], index: int, *, sections: bool = False) -> bool:
    """Whether the cell before ``index`` ends a group's heading (一、…, 一 / 依法行政, 依法行政)."""
    if index < 1:
        return False
    words = cells[index - 1].text
    if _group(words) or _group_words(words, numbered=False, sections=sections):
        return True
    return index > 1 and _group_heads(cells, [index - 2, index - 1]) == [[index - 2, index - 1]]


def _heading_line(cells: list[Line], head: list[int], kinds: list[str]) -> Line:
    """The row of a group's heading, from the heading's cells.

    One cell is merged across the row (一、依法行政); a bare number and its words stand under
    the number column and the first task column (一 | 依法行政).
    """
    if len(head) == 1 or "number" not in kinds:
        return join_lines([cells[i] for i in head], before="|", after="|")
    grid: list[list[Line]] = [[] for _ in kinds]
    grid[kinds.index("number")].append(cells[head[0]])
    texts = [i for i, kind in enumerate(kinds) if kind == "text"]
    grid[texts[0] if texts else kinds.index("number") + 1].append(cells[head[1]])
    return _row_line(grid, kinds=kinds)


class _Table:
    """The columns of one stacked table, and how its rows' cells are placed under them."""

    def __init__(self, kinds: list[str], *, sections: bool = False) -> None:
        self.kinds = kinds
        self.sections = sections  # a column of a bureau's sections (责任股室): 股, 馆 end units
        texts = [i for i, kind in enumerate(kinds) if kind == "text"]
        # a task column with another task column after it may be merged over rows
        self.outer = set(texts[:-1])

    def skip(self, column: int) -> float:
        # an outer task column is the one merged; of other columns, the later is the one empty
        if column in self.outer:
            return _SKIP_OUTER
        return _SKIP + _TIE * (len(self.kinds) - column)

    def costs(self, kinds: list[str], columns: list[int]) -> list[dict[int, tuple[float, int]]]:
        """The cheapest placings of the cells of ``kinds`` under ``columns`` in order.

        ``best[j][i]`` is the cost of the first ``i`` cells under the first ``j`` columns, and
        where the ``j``-th column's cells start: one table answers for every first ``i`` cells.
        A column takes nothing, or one line, or several of units or of a text broken over lines;
        a line of units that goes on (…、) ends no cell but the row's last. Of two placings that
        cost alike, the one found first stays.
        """
        size = len(kinds)
        ends_open = [kind == "open" for kind in kinds[:-1]] + [False]
        best: list[dict[int, tuple[float, int]]] = [{0: (0.0, 0)}]
        for column in columns:
            kind = self.kinds[column]
            fits = [_FIT[kind][cell] for cell in kinds]
            skip = self.skip(column)
            # a cell of several lines (units a line, a text broken): the first column takes more
            further = _MORE[kind] + _TIE * column if kind in _MORE else None
            here: dict[int, tuple[float, int]] = {}
            for start, (cost, _) in best[-1].items():
                if start not in here or cost + skip < here[start][0]:
                    here[start] = (cost + skip, start)
                if start == size:
                    continue
                total = fits[start]  # one line
                extra = total + (_WORST if ends_open[start] else 0.0)
                if start + 1 not in here or cost + extra < here[start + 1][0]:
                    here[start + 1] = (cost + extra, start)
                if further is None:
                    continue
                for end in range(start + 2, size + 1):  # more lines
                    total += fits[end - 1]
                    total += further
                    extra = total + (_WORST if ends_open[end - 1] else 0.0)
                    if end not in here or cost + extra < here[end][0]:
                        here[end] = (cost + extra, start)
            best.append(here)
        return best

    def placing(
        self,
        best: list[dict[int, tuple[float, int]]],
        kinds: list[str],
        columns: list[int],
        *,
        own: bool = False,
    ) -> tuple[float, list[int]]:
        """The cheapest placing of the cells of ``kinds`` (the first of those ``best`` was for).

        When the columns are the row's ``own`` (none of the next row's) and each takes one cell,
        the cells stand in order unless their kinds say that a cell was left out.
        """
        size = len(kinds)
        if size not in best[-1]:
            return float("inf"), [0] * size
        if own and size == len(columns):
            fits = [_FIT[self.kinds[c]][kind] for c, kind in zip(columns, kinds, strict=True)]
            if _WORST not in fits and sum(fits) <= best[-1][size][0] + _SKIP:
                return sum(fits), list(columns)
        placed = [0] * size
        end = size
        for j in range(len(columns), 0, -1):
            start = best[j][end][1]
            placed[start:end] = [columns[j - 1]] * (end - start)
            end = start
        return best[-1][size][0], placed

    def place(
        self, cells: list[str], columns: list[int], *, own: bool = False
    ) -> tuple[float, list[int]]:
        """The cheapest placing of ``cells`` under ``columns`` in order: cost, and each cell's."""
        kinds = _kinds(cells, sections=self.sections)
        return self.placing(self.costs(kinds, columns), kinds, columns, own=own)


def stacked_rows(lines: list[Line]) -> list[Line]:
    r"""The lines with each table printed one cell a line made into one line a row (``|`` between).

    The header's cells make one line, and so does each row; an empty or merged cell is an empty
    cell between two pipes, under its column. The joined lines map each character back to the
    document, as before.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> lines = split_lines("分工表\n序号\n\n工作任务\n\n责任单位\n\n1\n\n加强培训\n\n区司法局")
        >>> [line.text for line in stacked_rows(lines)]
        ['分工表', '|序号|工作任务|责任单位', '|1|加强培训|区司法局']
    """
    lines = _broken_tab_rows_joined(_one_line_tables_parted(lines))
    cells: list[Line] = []
    places: list[int] = []  # the index in ``lines`` of each cell
    blank = False
    after_blank: list[int] = []  # the cells with a blank line (not one of ``|``) before them
    for index, line in enumerate(lines):
        cell = _cell(line)
        if cell is None:
            blank = blank or not line.text.strip()
            continue
        if blank and cells:
            after_blank.append(len(cells))  # in ascending order
        cells.append(cell)
        places.append(index)
        blank = False
    joined: list[Line] = []
    done = 0  # the lines before this one are in ``joined``
    position = 0
    while position < len(cells):
        columns = _header(cells, position)
        if columns is None:
            position += 1
            continue
        first = columns[-1][-1] + 1
        columns = _without_glued_numbers(cells, columns, first)
        rows, end = _rows_under(cells, columns, first, after_blank)
        if not rows:
            position += 1
            continue
        joined.extend(lines[done : places[position]])
        header = _row_line([[cells[i] for i in column] for column in columns])
        joined.extend(
            _with_lines_between([header, *rows], lines[places[position] : places[end - 1]])
        )
        done = places[end - 1] + 1
        position = end
    joined.extend(lines[done:])
    return joined


def _rows_under(
    cells: list[Line], columns: list[list[int]], first: int, after_blank: list[int]
) -> tuple[list[Line], int]:
    """The rows of the table whose header's cells are ``columns``, and where the table ends.

    A table printed in parts, or over pages, prints its header again over a part (一、依法决策 /
    序号 / 工作任务 / … / 1 / … / 二、依法行政 / 序号 / 工作任务 / … / 3 / …): the header's
    words again, in its order, are no cells of the row above. The rows are read without them,
    and each header printed again inside the table is a row of its own, where it stands.
    """
    texts = _header_texts(cells, columns)
    header = [index for column in columns for index in column]
    again = _headers_again(cells, header, first)
    if not again:
        return _read_rows(cells, texts, first, after_blank)
    left_out = {index for run in again for index in run}
    kept = [index for index in range(len(cells)) if index not in left_out]
    blank = [bisect.bisect_left(kept, index) for index in after_blank if index not in left_out]
    rows, end = _read_rows(
        [cells[index] for index in kept], texts, bisect.bisect_left(kept, first), blank
    )
    if not rows:
        return rows, first
    end = kept[end - 1] + 1
    rows.extend(_row_line([[cells[index]] for index in run]) for run in again if run[-1] < end)
    return sorted(rows, key=lambda row: row.start), end


def _headers_again(cells: list[Line], header: list[int], first: int) -> list[list[int]]:
    """The runs of cells from ``first`` on that print the ``header`` cells' words again, in order."""
    keys = [heading_key(cells[index].text) for index in header]
    runs: list[list[int]] = []
    position = first
    while position + len(keys) <= len(cells):
        run = list(range(position, position + len(keys)))
        if all(heading_key(cells[index].text) == key for index, key in zip(run, keys, strict=True)):
            runs.append(run)
            position += len(keys)
        else:
            position += 1
    return runs


_TAB_CELL = re.compile(r"[^\t]+")
_HEADER_REACH = 3  # a table's caption or a page's words before its header, on its line


def _line_cells(line: Line) -> list[Line]:
    """The cells of a line parted by tabs, or else by runs of spaces, each a line of its own.

    None for a line of fewer cells than a header names.
    """
    text = line.text
    if "\t" in text:
        spans = [found.span() for found in _TAB_CELL.finditer(text) if found.group().strip()]
    elif may_line_up(line.original):
        spans = spaced_cells(line) or []
    else:
        return []
    if len(spans) < _MIN_COLUMNS:
        return []
    bounds = sorted({at for span in spans for at in span} - {0, len(text)})
    parts = line.cut(bounds)
    starts = [0, *bounds]
    wanted = {begin for begin, _ in spans}
    cells = []
    for start, part in zip(starts, parts, strict=True):
        if start in wanted and part.text.strip():
            cells.append(part)
    return cells


def _header_in(cells: list[Line]) -> tuple[int, int, bool] | None:
    """The header that opens ``cells``, after a caption or two.

    Where it ends, how many columns it names, and whether one of them numbers the rows.
    """
    for index in range(min(_HEADER_REACH, len(cells))):
        columns = _header(cells, index)
        if columns is not None:
            kinds = _header_kinds(_header_texts(cells, columns))
            return columns[-1][-1] + 1, len(columns), "number" in kinds
    return None


def _rows_follow(cells: list[Line], header: tuple[int, int, bool]) -> bool:
    """Whether a row's cells at least follow the header ``_header_in`` found in ``cells``.

    As many cells as the header has columns; where a column numbers the rows, a first row's
    number, or a group's heading and then a row's number (a header whose last headings were
    not read as such goes on with them instead).
    """
    end, columns, numbered = header
    if len(cells) - end < columns:
        return False
    if not numbered:
        return True
    first = cells[end].text
    if _row_number(first) is not None or _group(first):
        return True
    # 一 / 依法行政 / 1, or 依法行政 / 1
    after = 2 if _BARE_GROUP.fullmatch(first.strip()) else 1
    return (
        end + after < len(cells)
        and _group_heads(cells, list(range(end, end + after))) is not None
        and _row_number(cells[end + after].text) is not None
    )


def _one_line_tables_parted(lines: list[Line]) -> list[Line]:
    r"""The lines with a whole table printed on one line parted into its cells, a line each.

    A page whose table a copy flattened may print the header and every row on one line, their
    cells parted by tabs or by runs of spaces (序号⇥工作任务⇥牵头单位⇥1⇥加强培训⇥区司法局⇥2⇥…),
    or the header on one line and every row on the next. Such a line opens with a header (a
    caption or two may stand before it) and holds the cells of a row at least after it; the
    line of rows under a header of its own holds the cells of two rows at least. The lines of
    cells right after such a line are its rows going on (the copy broke the long line). Each
    cell becomes a line, as a copy a cell a line prints it, for the rows to be told apart by
    their numbers or the kinds of their cells.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "序号\t工作任务\t责任单位\t1\t加强培训\t区司法局\t2\t开展普法\t区普法办"
        >>> [line.text for line in _one_line_tables_parted(split_lines(text))]
        ['序号', '工作任务', '责任单位', '1', '加强培训', '区司法局', '2', '开展普法', '区普法办']
    """
    if not any("\t" in line.text or may_line_up(line.original) for line in lines):
        return lines
    parted: list[Line] = []
    header: tuple[int, int, list[Line]] | None = None  # where the last header line stands
    going = False  # whether the line before was a table's, parted
    for line in lines:
        cells = _line_cells(line)
        found = _header_in(cells) if cells else None
        if (found is not None and _rows_follow(cells, found)) or (going and cells):
            parted.extend(cells)  # a table's line, or the next line of its rows
            header = None
            going = True
            continue
        going = going and not line.text.strip()
        columns = None if found is None else found[1]
        if header is not None and cells and len(cells) >= 2 * header[1]:
            at, _, header_cells = header
            parted[at : at + 1] = header_cells  # the header of a line of rows: parted too
            parted.extend(cells)
            header = None
            going = True
            continue
        if columns is not None:
            header = (len(parted), columns, cells)
        elif line.text.strip():
            header = None  # a blank line between the header and its rows keeps it
        parted.append(line)
    return parted


def _tab_count(text: str) -> int:
    """How many cells a line parts by tabs: a tab after its last cell opens none."""
    return text.rstrip(" \t").count("\t") + 1


def _numbered_row(text: str) -> bool:
    """Whether a line opens a row with its number: a row's number, then a tab."""
    return "\t" in text and _row_number(text.split("\t", 1)[0]) is not None


def _opens_row(text: str) -> bool:
    """Whether a line opens a row or a group of its own: a row's number and a tab, or 一、…."""
    return _numbered_row(text) or _group(text)


def _broken_tab_rows_joined(lines: list[Line]) -> list[Line]:
    r"""The lines with each row of a table in tabs that a cell broke over lines joined again.

    A copy of a Word or web table prints a line break inside a cell as a line end: the row
    goes on in the next line (``1⇥全面推进严格`` / ``规范公正文明执法⇥区司法局⇥年底前``). Under a
    header in tabs, a numbered row with fewer cells than the header is joined to the lines after it
    while their cells, the first of them the broken cell's rest, make no more than the
    header's; never to a line that opens a row (a number and a tab) or a group (一、…), nor
    after a cell that ends a sentence, nor to a sentence with no tab (the text after the table).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "序号\t工作任务\t责任单位\n1\t加强\n培训\t区司法局\n2\t普法\t区普法办"
        >>> [line.text for line in _broken_tab_rows_joined(split_lines(text))]
        ['序号\t工作任务\t责任单位', '1\t加强培训\t区司法局', '2\t普法\t区普法办']
    """
    if not any("\t" in line.text for line in lines):
        return lines
    joined: list[Line] = []
    width = 0  # the cells of the header of the table in tabs being read, 0 outside one
    pending: list[Line] = []
    count = 0
    for line in lines:
        text = line.text
        if pending:
            more = _tab_count(text) - 1
            last = pending[-1].text.rstrip(" \t").rsplit("\t", 1)[-1]
            if (
                text.strip()
                and count + more <= width
                and not _opens_row(text)
                and not _sentence_end(last)
                and (more or (len(text) <= _LONGEST_UNITS and not _sentence_end(text)))
            ):
                pending.append(line)
                count += more
                if count == width:
                    joined.append(join_lines(pending))
                    pending = []
                continue
            joined.append(pending[0] if len(pending) == 1 else join_lines(pending))
            pending = []
        if "\t" in text and read_columns(text.split("\t")) is not None:
            width = _tab_count(text)
        elif width and _tab_count(text) < width and _numbered_row(text):
            pending, count = [line], _tab_count(text)
            continue
        elif width and "\t" not in text and text.strip() and not _group(text):
            width = 0 if _sentence_end(text) else width
        joined.append(line)
    if pending:
        joined.append(pending[0] if len(pending) == 1 else join_lines(pending))
    return joined


def _with_lines_between(rows: list[Line], lines: list[Line]) -> list[Line]:
    """The rows, with the lines of ``|`` that stand between two rows (not inside one) among them.

    A page that prints a line of ``|`` between cells prints it between rows too: such a line
    stays a line of its own, as page furniture, where it stands.
    """
    ends = [row.start + len(row.original) for row in rows]
    found: list[Line] = []
    index = 0
    for row, end in zip(rows, ends, strict=True):
        while index < len(lines) and lines[index].start < row.start:
            found.append(lines[index])
            index += 1
        found.append(row)
        while index < len(lines) and lines[index].start < end:
            index += 1  # a line inside the row: the row's span covers it
    found.extend(lines[index:])
    rows_at = {id(row) for row in rows}
    return [line for line in found if id(line) in rows_at or line.text.strip()]


def _read_rows(
    cells: list[Line], texts: list[str], first: int, after_blank: list[int]
) -> tuple[list[Line], int]:
    """The rows of the table whose header's columns are ``texts``, from cell ``first`` on.

    Also where the table ends. ``after_blank`` holds the cells with a blank line before them.
    """
    kinds = _header_kinds(texts)
    sections = any(_SECTIONS in heading_key(text) for text in texts)
    numbered = kinds
    if "number" not in kinds:
        # a number column without heading (工作任务 · 1 · 具体要求 …): after the cells before it
        place = _unheaded_number(cells, first, _categories(texts))
        if place is not None and place <= len(kinds):
            numbered = [*kinds[:place], "number", *kinds[place:]]
    if "number" in numbered:
        rows, end = _numbered_rows(cells, first, _Table(numbered, sections=sections))
        if rows or "number" in kinds:
            return rows, end
        # no row numbered 1, 2, …: the figures were a column's values (分值), not row numbers
    return _unnumbered_rows(cells, first, _Table(kinds, sections=sections), after_blank)


def _without_glued_numbers(
    cells: list[Line], columns: list[list[int]], first: int
) -> list[list[int]]:
    """The header's columns without its number column where the rows print their numbers glued.

    A header may name a number column (序号) whose numbers a copy prints at the head of each
    row's text (序号 · 重点任务 · 牵头单位 over 1.严格落实… · 县司法局): the first cell under
    the header and its group headings opens with 1 and goes on with words, and no cell holds a
    number alone. The rows have no cell under 序号; it is left out of the header.
    """
    kinds = _header_kinds(_header_texts(cells, columns))
    if kinds.count("number") != 1:
        return columns
    if any(_row_number(cell.text) is not None for cell in cells[first : first + _GLUED_REACH]):
        return columns
    for cell in cells[first : first + _UNHEADED_REACH]:
        if _group(cell.text):
            continue
        if _row_number(cell.text) is None and _TEXT_NUMBER.match(cell.text.strip()):
            return [column for column, kind in zip(columns, kinds, strict=True) if kind != "number"]
        break
    return columns


_GLUED_REACH = 40  # the cells under a header searched for a number printed alone
_TEXT_NUMBER = re.compile(r"1[.、．]\s*[\u4e00-\u9fff]")


def _row_number(text: str) -> int | None:
    """The number a cell prints as a row's (1, 1., 1、, (1)), or None."""
    found = _ROW_NUMBER.fullmatch(text.strip())
    if found is None:
        return None
    return int(found.group("digits") or found.group("paren"))


def _unheaded_number(cells: list[Line], first: int, categories: int = 0) -> int | None:
    """Where a number column without heading stands: how many cells come before the first 1.

    The first row's cells before its 1 stand in the columns before the number's (工作任务 · 1 ·
    具体要求: one). A group's heading printed as a row of its own (一、…, （一）…) is no cell of
    the row: it prints the cell of a category column (一级指标, 二级指标) merged over the rows
    below it, so the ``categories`` columns the header opens with stand before the number too
    (一级指标 · 二级指标 · 评价指标 over 一、… · （一）… · 1 · …: two). None when the first 1 is
    not the second cell from ``first`` nor after group headings alone.
    """
    before = 0
    for position in range(first, min(len(cells), first + _UNHEADED_REACH)):
        text = cells[position].text
        if _row_number(text) == 1:
            if before == 1 or (before == 0 and position > first):
                return max(before, categories)
            return None
        if not _group(text):
            before += 1
    return None


def _categories(texts: list[str]) -> int:
    """How many category columns (一级指标, 二级指标, 类别) a header opens with."""
    count = 0
    for text in texts:
        if not (TABLE_HEADINGS.get(heading_key(text)) or "").startswith("section"):
            break
        count += 1
    return count


def _row_starts(cells: list[Line], first: int, table: _Table) -> list[int]:
    """Where each numbered row's number stands: 1, 2, …, or 1 again after a group's heading.

    A number printed twice or one left out (1, 2, 2, 4 or 1, 2, 3, 5) is still a row's when the
    cells after it fit the row's columns.
    """
    number = table.kinds.index("number")
    left = number
    right = len(table.kinds) - number - 1
    again = _again_columns(table, list(range(number + 1, len(table.kinds))))
    starts: list[int] = []
    expected = 1
    position = first
    window = left + 3  # before the first number: group headings and the first row's left cells
    while position < len(cells):
        span = range(position, min(len(cells), position + window))
        numbers = {index: _row_number(cells[index].text) for index in span}
        found = next(
            (
                index
                for index in span
                if numbers[index] == expected
                or (numbers[index] == 1 and _after_group(cells, index, sections=table.sections))
            ),
            None,
        )
        if found is None and starts:
            near = {expected - 1, expected + 1, expected + 2} - {0}
            found = next(
                (
                    index
                    for index in span
                    if numbers[index] in near
                    and index > position
                    and _fits_after(table, cells, index)
                ),
                None,
            )
        if found is None:
            found = _selected_row(numbers, expected, position + (right if starts else 0))
            found = found if found is not None and _fits_after(table, cells, found) else None
        if found is None:
            break
        starts.append(found)
        expected = (numbers[found] or 0) + 1
        position = found + 1
        # a row's cells, units a line, a group's heading, and the further parts of a row
        window = 2 * (left + right) + 4 + 2 * len(again) * (_MAX_PARTS - 1)
    return starts


def _selected_row(numbers: dict[int, int | None], expected: int, earliest: int) -> int | None:
    """The first cell from ``earliest`` on that numbers a row of a selection (2, 10, 11, 15).

    A bureau's or a town's share of a larger division prints the rows it has, under their
    numbers in the whole table: the first row need not be 1, and a later one may skip many.
    Such a number is taken only past a whole row's cells (``earliest``), above the numbers
    before it.
    """
    return next(
        (
            index
            for index, number in numbers.items()
            if number is not None
            and number >= expected
            and (number < _WIDE_ROW or number == expected)
            and index >= earliest
        ),
        None,
    )


def _fits_after(table: _Table, cells: list[Line], index: int) -> bool:
    """Whether the cell after a row's number fits a column after the number column."""
    number = table.kinds.index("number")
    after = table.kinds[number + 1 :]
    if not after:
        return True
    if index + 1 >= len(cells):
        return False
    following = _row_number(cells[index + 1].text)
    if following is not None and following < _WIDE_ROW:
        return False  # a row's number, not a cell of this row
    kind = _cell_kind(cells[index + 1].text, sections=table.sections)
    return any(_FIT[column][kind] < _WORST for column in after if column in _FIT)


def _numbered_rows(cells: list[Line], first: int, table: _Table) -> tuple[list[Line], int]:
    """Rows told apart by their numbers 1, 2, … (again from 1 after a group's heading).

    The cells between two numbers are the first row's own and the next row's cells before its
    number (工作任务 · 1 · …): they are placed under those columns together. Where the number
    column is the first, the cells before a number that no column of the row above takes, and
    that read as a group's heading (一、…, 一 / 依法行政, or the words alone), are that heading's
    row, merged across the table.
    """
    number = table.kinds.index("number")
    left = list(range(number))
    right = list(range(number + 1, len(table.kinds)))
    starts = _row_starts(cells, first, table)
    rows: list[Line] = []
    ahead = list(range(first, starts[0])) if starts else []
    end = first
    for row, at in enumerate(starts):
        parted = _ahead_parted(cells, ahead, len(left))
        if parted is None:
            break
        heads, before = parted
        rows.extend(_heading_line(cells, head, table.kinds) for head in sorted(heads))
        last = row + 1 == len(starts)
        if last:
            mine = _last_row(table, cells, list(range(at + 1, len(cells))), right)
        else:
            mine = [i for i in range(at + 1, starts[row + 1]) if not _group(cells[i].text)]
        texts = [cells[i].text for i in mine]
        cost, placed = _place_row(table, texts, right, [] if last else left, own=not left)
        peeled: list[int] = []
        if not left and not last:
            size = _peeled_heading(table, texts, right, (cost, placed))
            if size:
                peeled, mine = mine[-size:], mine[:-size]
                cost, placed = _place_row(table, texts[:-size], right, [], own=True)
        if cost == float("inf"):
            break
        grid: list[list[Line]] = [[] for _ in table.kinds]
        for i, column in zip(before, left[len(left) - len(before) :], strict=True):
            grid[column].append(cells[i])
        grid[number].append(cells[at])
        own = [(i, column) for i, column in zip(mine, placed, strict=True) if column in right]
        for i, column in own:
            grid[column].append(cells[i])
        rows.append(_row_line(grid, kinds=table.kinds))
        end = max([at, *(i for i, _ in own)]) + 1
        if not last:
            after = {i for i, column in zip(mine, placed, strict=True) if column in left}
            ahead = [
                i
                for i in range(at + 1, starts[row + 1])
                if i in after or i in peeled or _group(cells[i].text)
            ]
    return rows, end


def _ahead_parted(
    cells: list[Line], ahead: list[int], left: int
) -> tuple[list[list[int]], list[int]] | None:
    """The cells before a row's number parted into groups' headings and the row's ``left`` cells.

    The cells the columns before the number do not take, the first ones, must read as
    headings (see ``_group_heads``); None where they do not.
    """
    before = [i for i in ahead if not _group(cells[i].text)]
    heads = [[i] for i in ahead if _group(cells[i].text)]
    if len(before) <= left:
        return heads, before
    extra = before[: len(before) - left]
    found = _group_heads(cells, extra) if extra == ahead[: len(extra)] else None
    if found is None:
        return None
    return [*heads, *found], before[len(extra) :]


def _peeled_heading(
    table: _Table, texts: list[str], right: list[int], placing: tuple[float, list[int]]
) -> int:
    """How many of a row's last lines are the next group's heading (一 / 依法行政): 0, 1 or 2.

    ``placing`` is the row's placing with them. They are the heading where the row's cells
    fit without them and not with them: where no column takes them, or where they stand under
    a column they do not fit (words under a timing). Under a text column (a last 具体措施) they
    are its text's last line, unless the line before them ends a sentence or they print a
    group's number.
    """
    cost, placed = placing
    sizes = (2, 1) if len(texts) > 2 else (1,) if len(texts) > 1 else ()
    for size in sizes:
        tail = texts[-size:]
        numbered = size == 2
        if numbered:
            if not (
                _BARE_GROUP.fullmatch(tail[0].strip())
                and _group_words(tail[1], numbered=True, sections=table.sections)
            ):
                continue
        elif not _group_words(tail[0], numbered=False, sections=table.sections):
            continue
        without, _ = _place_row(table, texts[:-size], right, [], own=True)
        if without == float("inf"):
            continue
        if cost == float("inf"):
            return size
        if cost - without < _SKIP:
            continue  # the row takes them where they fit: its own cells
        under = table.kinds[placed[-size]]
        if under == "text" and not numbered and not _sentence_end(texts[-size - 1]):
            continue
        return size
    return 0


def _place_row(
    table: _Table, texts: list[str], right: list[int], left: list[int], *, own: bool
) -> tuple[float, list[int]]:
    """The cheapest placing of a row's lines under its columns, and the next row's before it.

    A row may go on in parts of its own under the cells merged over them (a project's second
    and third works, each with its units: 完善交通基础设施 · 区新兴产业服务中心 · 实施… ·
    区住建局 · 实施…): each part fills the columns from the first of units on again. A line
    that ends inside a sentence (…工程量的50%,) goes on in the next one, in the same cell.
    """
    joined, sizes = _comma_joined(texts)
    again = _again_columns(table, right)
    best: tuple[float, list[int]] = (float("inf"), [0] * len(joined))
    for parts in range(_MAX_PARTS if again else 1):
        cost, placed = table.place(joined, [*right, *again * parts, *left], own=own)
        if cost + _PART * parts < best[0]:
            best = (cost + _PART * parts, placed)
    cost, placed = best
    return cost, [column for column, size in zip(placed, sizes, strict=True) for _ in range(size)]


def _comma_joined(texts: list[str]) -> tuple[list[str], list[int]]:
    """A row's lines with each line of text that ends at a comma joined to the next, and sizes."""
    joined: list[str] = []
    sizes: list[int] = []
    for text in texts:
        if (
            joined
            and joined[-1].rstrip().endswith((",", "，"))
            and _cell_kind(joined[-1]) == "text"
        ):
            joined[-1] += text
            sizes[-1] += 1
        else:
            joined.append(text)
            sizes.append(1)
    return joined, sizes


def _again_columns(table: _Table, right: list[int]) -> list[int]:
    """The columns a further part of a row fills: from the first of units on, after cells merged.

    Only the outer task columns (those another task column follows) may stand merged before it.
    """
    unit = next((column for column in right if table.kinds[column] == "unit"), None)
    if unit is None:
        return []
    before = right[: right.index(unit)]
    if not before or any(column not in table.outer for column in before):
        return []
    return right[right.index(unit) :]


def _last_row(table: _Table, cells: list[Line], mine: list[int], right: list[int]) -> list[int]:
    """The cells of the table's last row: as many as fit its columns best."""
    texts: list[str] = []
    for i in mine[: len(right) + 3]:
        if _group(cells[i].text):
            break
        texts.append(cells[i].text)
    kinds = _kinds(texts, sections=table.sections)
    costs = table.costs(kinds, right)
    best: tuple[float, int] = (float("inf"), 0)
    for size in range(1, len(texts) + 1):
        cost, _ = table.placing(costs, kinds[:size], right, own=True)
        cost -= _TAKEN * size  # a cell that fits is the row's, rather than the text's after it
        if cost < best[0]:
            best = (cost, size)
    return mine[: best[1]]


def _unnumbered_rows(
    cells: list[Line], first: int, table: _Table, after_blank: list[int]
) -> tuple[list[Line], int]:
    """Rows of a table without numbers, told apart by the kinds of their cells.

    The table ends at the document's closing parts (抄送, 注:, 联系人, 附件), at a blank line
    when its rows so far had none between their cells, and before a row whose task text reads
    as a sentence of the text after the table: it holds a colon, or it ends in a sentence's mark
    where the task texts before it ended in none.
    """
    texts = [i for i, kind in enumerate(table.kinds) if kind == "text"]
    units = [i for i, kind in enumerate(table.kinds) if kind == "unit"]
    position = first
    rows: list[Line] = []
    read = marked = False  # whether a task's row was read; whether its text ended in a mark
    while position < len(cells):
        text = cells[position].text
        if text.strip().startswith(_CLOSING) or (
            read and _first_blank(after_blank, first, position) and not _group(text)
        ):
            break
        if _group(text):
            grid: list[list[Line]] = [[] for _ in table.kinds]
            # the heading stands in the first task column: the reader opens a section
            grid[_heading_column(table)].append(cells[position])
            rows.append(_row_line(grid, kinds=table.kinds, closed=True))
            position += 1
            continue
        size, placed = _best_chunk(table, cells, position)
        # a units column before the task column may be merged over the rows under its first
        merged = read and bool(units) and bool(texts) and units[0] < texts[0]
        if not size or not set(placed) & set(texts) or not (set(placed) & set(units) or merged):
            break  # a row names a task and its units, or the table has ended
        told = [
            cells[position + offset].text for offset, column in enumerate(placed) if column in texts
        ]
        if any(_COLON.search(cell) for cell in told) or (
            read and not marked and any(_sentence_end(cell) for cell in told)
        ):
            break  # a sentence after a table whose task texts end in no mark: the text's
        marked = marked or any(_sentence_end(cell) for cell in told)
        read = True
        grid = [[] for _ in table.kinds]
        for offset, column in enumerate(placed):
            grid[column].append(cells[position + offset])
        rows.append(_row_line(grid, kinds=table.kinds))
        position += size
    while rows and rows[-1].text.count("|") and _is_group_row(rows[-1]):
        rows.pop()  # a heading after the table's last row is the text's, not a group of rows
        position -= 1
    return rows, position


def _first_blank(after_blank: list[int], first: int, position: int) -> bool:
    """Whether a blank line before ``position`` is the first between a table's cells.

    ``after_blank`` is in ascending order: two searches answer, not a pass over every blank.
    """
    index = bisect.bisect_left(after_blank, position)
    if index == len(after_blank) or after_blank[index] != position:
        return False
    return position <= first or bisect.bisect_right(after_blank, first) == index


def _best_chunk(table: _Table, cells: list[Line], position: int) -> tuple[int, list[int]]:
    """How many cells from ``position`` make the next row best, and each one's column."""
    columns = list(range(len(table.kinds)))
    chunk: list[str] = []
    for index in range(position, min(len(cells), position + 2 * len(columns))):
        text = cells[index].text
        if _group(text) or text.strip().startswith(_CLOSING):
            break
        chunk.append(text)
    kinds = _kinds(chunk, sections=table.sections)
    costs = table.costs(kinds, columns)
    best: tuple[float, int] = (float("inf"), 0)
    for size in range(1, len(chunk) + 1):
        cost = costs[-1][size][0] if size in costs[-1] else float("inf")
        if cost < best[0]:
            best = (cost, size)
    if not best[1]:
        return 0, []
    return best[1], table.placing(costs, kinds[: best[1]], columns)[1]


_CLOSING = ("抄送", "抄报", "注:", "注：", "联系人", "附件")
_COLON = re.compile("[:：]")


def _sentence_end(text: str) -> bool:
    return text.strip().endswith(("。", "!", "?", "！", "？"))


def _is_group_row(line: Line) -> bool:
    return len([cell for cell in line.text.split("|") if cell]) == 1


def _heading_column(table: _Table) -> int:
    texts = [i for i, kind in enumerate(table.kinds) if kind == "text"]
    return texts[0] if texts else 0


def _row_line(
    grid: list[list[Line]], *, kinds: list[str] | None = None, closed: bool = False
) -> Line:
    """One line of a row's cells, ``|`` before each; several lines of one cell joined in it.

    A cell of units printed one a line is joined with ``、``; a text broken over lines, without
    a mark. An empty cell is nothing between two pipes.
    """
    parts: list[Line] = []
    marks: list[str] = []
    leading = 0
    pending = "|"
    for column, cell in enumerate(grid):
        if not cell:
            if parts:
                pending += "|"
            else:
                leading += 1
            continue
        within = "、" if kinds is not None and kinds[column] == "unit" else ""
        for index, part in enumerate(cell):
            if parts:
                # a line that ends with 、 or inside a name (区文化 / 旅游局) goes on unmarked
                before = cell[index - 1].text if index > 0 else ""
                goes_on = before.rstrip().endswith(tuple(UNIT_LIST_MARKS)) or broken_off(
                    before, part.text
                )
                marks.append(pending if index == 0 else "" if goes_on else within)
            parts.append(part)
            pending = "|"
    return join_lines(parts, marks, before="|" * (leading + 1), after="|" if closed else "")
