"""The page around a document: disclosure rows, tables, chrome and loose dates.

A site's disclosure rows (索引号 … 发文字号, bracketed, bare or one label a line), bylines, the
cells of a pipe or tab row, navigation bars and page furniture (首页>政务公开, 打印本页), and a
date whose 年月日 were lost (2017531).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING

from rulegov.parse._header_words import (
    ACCOUNT_BAR,
    BARE_PLACE,
    CHROME_WORDS,
    CLOCK,
    CRUMB_LABEL,
    DOC_NUMBER,
    DOCUMENT_ENDS,
    ISO_DATE,
    ITEM_OPENING,
    LABEL_CHROME,
    LINK_GROUP,
    LOOSE_DATE,
    MAX_CHROME,
    MAX_META_VALUE,
    META,
    META_BARE,
    META_BRACKETED,
    META_LABELS,
    MIN_BARE_LABELS,
    MIN_LIST_LABEL,
    NAV_WORDS,
    OFFICE_ALONE,
    ORGAN_MARK,
    ORGAN_NAME_ENDS,
    PAGE_CONTROLS,
    RELATED_LABEL,
    RUN_YEAR_DATE,
    SEAL,
    SEPARATOR,
    SHARED_GROUP,
    SHARED_PAGE,
    STAMP,
    WORKED_CHROME,
)
from rulegov.parse._table_header import read_columns
from rulegov.parse._time import WEEKDAY, read_date
from rulegov.parse._vocab import TABLE_HEADINGS, WORK_VERBS

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Sequence

    from rulegov.parse._text import Line

__all__ = [
    "bare_meta",
    "bracketed_meta",
    "cell_label",
    "date_apart",
    "disclosed_date",
    "ends_the_name_above",
    "gap_before",
    "has_form_of",
    "is_byline",
    "is_chrome",
    "is_field_row",
    "is_heading_row",
    "is_meta_row",
    "is_nav_bar",
    "is_separator_row",
    "list_crumbs",
    "list_label",
    "lone_cell",
    "loose_date",
    "loose_readings",
    "numbered_field",
    "related_links",
    "seal_start",
    "split_organs",
    "split_recipients",
    "table_cells",
    "trim_range",
]


MIN_ORGAN = 4  # the fewest characters of an organ printed beside another
_LONGEST_DATE = 13  # 二〇二四年十二月二十五日, the longest date of issue printed, with a bracket
# a date of issue that ends a line, in Arabic or Chinese numerals (2023年5月10日, 二〇二三年五月十日)
_LAST_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九OΟ0]{4})年[^年月]{1,3}月[^月日]{1,3}日$")
# the number of a field in a numbered record, or the bullet of a listed one (•【字号】…)
LIST_NUMBER = re.compile(r"(?:\d{1,2}\.|[•·●▪]|-(?=\s*[\[［【]))\s*")
# a breadcrumb a page prints as a numbered list, its first item the site's home: 1. 首页
CRUMB_HOME = re.compile(r"(?P<number>\d{1,2})[.、．]\s*(?:网站|網站)?首[页頁]")
# an item of that list after the home: a column's name, short, no sentence, or cut off (县规范性文...)
CRUMB_ITEM = re.compile(
    r"(?P<number>\d{1,2})[.、．]\s*(?P<name>[^,，。;；:：《》()（）\d]{1,10}?)(?:\.{3}|…)?"
)
# a line of the document itself, under which no breadcrumb stands: a sentence, or a heading
# (…关于…, …方案, …办法(试行))
_DOCUMENT_LINE = re.compile(
    rf"[^。,;]*[。,;].*|.*[关關][于於].*|.*(?:{'|'.join(DOCUMENT_ENDS)})(?:\([^()]{{1,12}}\))?"
)
NAV_CELL = 4  # the longest item of a site's menu bar
LONG_NAV_CELL = 6  # the longest item a long menu may hold, one in every LONG_MENU items
LONG_MENU = 5


def loose_date(text: str) -> dt.date | None:
    """A date whose 年月日 were lost on the way to the page (2017531), when only one reading fits.

    Or whose 年 alone was lost, so that its year runs into its month (20186月22日).

    Examples:
        >>> loose_date("2017531"), loose_date("2017322"), loose_date("2017111")
        (datetime.date(2017, 5, 31), datetime.date(2017, 3, 22), None)
        >>> loose_date("20186月22日")
        datetime.date(2018, 6, 22)
    """
    run = RUN_YEAR_DATE.fullmatch(text)
    if run is not None:
        try:
            return dt.date(int(run["year"]), int(run["month"]), int(run["day"]))
        except ValueError:
            return None
    readings = loose_readings(text)
    return readings[0] if len(readings) == 1 else None


def loose_readings(text: str) -> list[dt.date]:
    """Every date a run of digits whose 年月日 were lost can read as: 2022121 is 1-21 or 12-1.

    Examples:
        >>> [day.isoformat() for day in loose_readings("2022121")]
        ['2022-01-21', '2022-12-01']
        >>> loose_readings("某年")
        []
    """
    if not LOOSE_DATE.fullmatch(text):
        return []
    year, rest = int(text[:4]), text[4:]
    readings: list[dt.date] = []
    for cut in range(1, len(rest)):
        try:
            readings.append(dt.date(year, int(rest[:cut]), int(rest[cut:])))
        except ValueError:
            continue
    return readings


# what a date's cell holds beside the date: the pipes around it and the spaces a page sets in it
_CELL_GAPS = re.compile(r"[\s|｜]")


def is_byline(text: str, first: int, count: int) -> bool:
    """Metadata labels that open the line, or follow a date, or come two or more to a line.

    A byline in a bracket ((发布于:2023-12-13 09:01)) opens its line as well.

    A row of pipes may open with the page's date in a cell of its own (|2025-07-15|来源:某县政府|):
    a date all the same.

    Examples:
        >>> is_byline("(发布于:2023-12-13)", 1, 1), is_byline("为落实要求,来源:某局", 6, 1)
        (True, False)
        >>> is_byline("|2025-07-15|来源:某县政府|", 12, 1)
        True
    """
    # a list's bullet, a dot or a dash; or the bracket a byline is printed in
    before = text[:first].strip("•·●▪- ")
    if before == "(" and text.endswith(")"):
        return True
    if not before:
        return True
    dated = ISO_DATE.fullmatch(before) or STAMP.fullmatch(before)
    # a date in a row's first cell: the pipes and the spaces a page sets in it are no part of it
    celled = before.startswith(("|", "｜")) and bool(ISO_DATE.fullmatch(_CELL_GAPS.sub("", before)))
    return dated is not None or celled or (count >= 2 and len(before) <= 20)


def numbered_field(text: str) -> int | None:
    """Where a line's first label in brackets stands if it opens the line, after a list's number.

    A law library numbers the fields of its record (1. 【颁布时间】2019-2-12): a field, no item.

    Examples:
        >>> numbered_field("1.【颁布单位】最高人民检察院"), numbered_field("【标题】某规划")
        (2, 0)
        >>> numbered_field("•【字号】某政发[2010]103号"), numbered_field("- 【发布文号】某公告第75号")
        (1, 2)
        >>> numbered_field("1.加强组织领导") is None
        True
    """
    number = LIST_NUMBER.match(text)
    at = number.end() if number is not None else 0
    return at if META_BRACKETED.match(text, at) is not None else None


def bracketed_meta(line: Line) -> list[tuple[str, int, int, int]] | None:
    """The label and value ranges of a disclosure row with its labels in brackets, if it is one.

    [ 索引号 ] 115002310086780358/2023-00063 [ 发文字号 ] 某府办发〔2023〕32号: the first label
    opens the line, or follows a list's number (1. 【颁布单位】…); each value runs to the next
    label.
    """
    opens = numbered_field(line.text)
    if opens is None:  # no label opens the line: the usual case
        return None
    labels = list(META_BRACKETED.finditer(line.text))
    if not labels or labels[0].start() != opens:
        return None
    return _label_ranges([found["label"] for found in labels], labels, len(line.text))


def bare_meta(line: Line) -> list[tuple[str, int, int, int]] | None:
    """The label and value ranges of a disclosure row printed without colons, if it is one.

    索 引 号 MB1534522/2023-05475 发文日期 2023-01-03: two or more labels, the first opening the
    line, each standing between gaps of the printed line (the spaces the text drops), the last
    perhaps closing the line with no value after it.
    """
    if META_BARE.match(line.text) is None:  # no label opens the line: the usual case
        return None
    gaps = line.gaps
    # a label may close the row with its value left empty (发布机构 某市司法局 文号)
    labels = [
        found
        for found in META_BARE.finditer(line.text)
        if (found.start() == 0 or found.start() in gaps)
        and (found.end() in gaps or found.end() == len(line.text))
    ]
    if len(labels) < MIN_BARE_LABELS or labels[0].start() != 0:
        run_in = _run_in_meta(line.text, gaps)
        if run_in is not None:  # its gaps part the cells: no value needs a form
            return run_in if _looks_like_row(line.text, run_in, formed=True) else None
        glued = _glued_meta(line.text)
        return glued if glued and _looks_like_row(line.text, glued) else None
    return _label_ranges([found.group() for found in labels], labels, len(line.text))


_TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
# an index code's value: letters and figures with a slash or a dash (001/2023-00012)
_INDEX_CODE = re.compile(r"[0-9A-Za-z]+(?:[-/][0-9A-Za-z]+)+")
_SENTENCE_MARKS = re.compile("[,，。;；]")


def _looks_like_row(
    text: str, ranges: list[tuple[str, int, int, int]], *, formed: bool = False
) -> bool:
    """Whether fields read from a row with no colons look like a disclosure row's.

    A sentence of a plan may open with a label and hold another (发布机构要对信息负责,来源要
    可追溯): a row holds at least one value with a form (an index code, a date, a number) unless
    ``formed`` (gaps part its cells), an issuer's value is an organ's name, and no value holds a
    sentence's marks.

    Examples:
        >>> text = "索引号001/2023-00012发布机构某区司法局"
        >>> _looks_like_row(text, [("索引号", 0, 3, 17), ("发布机构", 17, 21, 26)])
        True
        >>> text = "发文单位某区效力状态有效"
        >>> _looks_like_row(text, [("发文单位", 0, 4, 6), ("效力状态", 6, 10, 12)], formed=True)
        True
        >>> text = "信息来源要准确,发布机构要明确责任"
        >>> _looks_like_row(text, [("信息来源", 0, 4, 8), ("发布机构", 8, 12, 17)])
        False
    """
    parted = formed  # the gaps of the printed line part the cells
    for label, _, begin, end in ranges:
        value = text[begin:end].strip()
        field = META_LABELS.get(label, "")
        if _SENTENCE_MARKS.search(value) is not None:
            return False
        # an issuer's field names an organ, or a bare place when the gaps part the cells
        # (发文单位开发区·铁山区 效力状态有效): the place is the field's value, though it names no body
        if (
            field == "issuer"
            and value
            and not value.endswith(ORGAN_NAME_ENDS)
            and not (parted and BARE_PLACE.fullmatch(value))
        ):
            return False
        formed = formed or has_form_of(field, value) or _INDEX_CODE.fullmatch(value) is not None
    return formed


def _run_in_meta(text: str, gaps: Sequence[int]) -> list[tuple[str, int, int, int]] | None:
    """The fields of a disclosure row whose labels run into their values, apart by gaps.

    索引号001/2023-00012  发布机构某区人民政府办公室: two or more pieces between the gaps of the
    printed line, each a label with its value run against it; a piece that opens with no label
    makes the line no row.

    Examples:
        >>> _run_in_meta("索引号001/2023-00012发布机构某区司法局", [17])
        [('索引号', 0, 3, 17), ('发布机构', 17, 21, 26)]
        >>> _run_in_meta("索引号001/2023-00012由某区司法局发布", [17]) is None
        True
    """
    # a value's time of day after its date (发布日期2023-05-12 10:00) is no piece of its own
    starts = [
        gap
        for gap in (0, *gaps)
        if 0 <= gap < len(text) and (gap == 0 or _TIME_OF_DAY.match(text, gap) is None)
    ]
    if len(starts) < MIN_BARE_LABELS:
        return None
    labels = [META_BARE.match(text, start) for start in starts]
    found = [label for label in labels if label is not None]
    stops = [*starts[1:], len(text)]
    # a label may close the row with its value left empty (… 文号)
    if len(found) < len(starts) or any(
        label.end() >= stop for label, stop in zip(found[:-1], stops, strict=False)
    ):
        return None
    return _label_ranges([label.group() for label in found], found, len(text))


def _glued_meta(text: str) -> list[tuple[str, int, int, int]] | None:
    """The fields of a disclosure row copied with nothing between its cells, if it is one.

    索引号001/2023-00012发布机构某区司法局成文日期2023-05-10: labels of three characters or more
    (索引号, 发布机构, 成文日期; a short one such as 文号 could be any two characters of a value,
    and counts only before a number), the first opening the line, each with a value; a date's
    or a number's value must have its form.

    Examples:
        >>> [label for label, *_ in _glued_meta("索引号001/2023-00012发布机构某区司法局成文日期2023-05-10")]
        ['索引号', '发布机构', '成文日期']
        >>> _glued_meta("成文日期为2023年发布机构某区司法局") is None
        True
    """
    labels = [
        found
        for found in META_BARE.finditer(text)
        if len(found.group()) >= MIN_LIST_LABEL
        or found.start() == 0
        # or a short number's label before a number (文号某政办发〔2023〕5号)
        or (
            META_LABELS.get(found.group()) == "doc_number"
            and DOC_NUMBER.match(text, found.end()) is not None
        )
    ]
    if len(labels) < MIN_BARE_LABELS or labels[0].start() != 0:
        return None
    ranges = _label_ranges([found.group() for found in labels], labels, len(text))
    for label, _, begin, end in ranges:
        field = META_LABELS.get(label, "")
        if begin >= end or (
            field in ("issued_on", "doc_number") and not has_form_of(field, text[begin:end])
        ):
            return None
    return ranges


def _label_ranges(
    names: list[str], labels: list[re.Match[str]], end: int
) -> list[tuple[str, int, int, int]]:
    """Each label's name, start and end, and the end of its value: the next label, or ``end``."""
    stops = [found.start() for found in labels[1:]] + [end]
    return [
        (name, found.start(), found.end(), stop)
        for name, found, stop in zip(names, labels, stops, strict=True)
    ]


def list_label(text: str, gaps: Collection[int] = ()) -> str | None:
    """The disclosure label that opens a line, its value after it, if one does.

    A short label (时效, 文号) counts only set apart from its value by a gap of the printed line,
    or run against a value of the form its field demands (文号某政办发〔2023〕5号).

    Examples:
        >>> list_label("发文字号皖交发〔2021〕63号"), list_label("时效有效"), list_label("时效有效", [2])
        ('发文字号', None, '时效')
        >>> list_label("文号某政办发〔2023〕5号"), list_label("文号齐全")
        ('文号', None)
    """
    found = META_BARE.match(text)
    if found is None:
        return None
    label = found.group()
    if (
        len(label) < MIN_LIST_LABEL
        and found.end() not in gaps
        and not has_form_of(META_LABELS.get(label, ""), text[found.end() :])
    ):
        return None
    if not 0 < len(text) - found.end() <= MAX_META_VALUE:
        return None
    return label


_MAX_RELATED = 30  # the most lines a page's list of related documents runs to over the document


def related_links(lines: Sequence[Line]) -> frozenset[int]:
    r"""The lines of a page's lists of related documents printed over the document's red head.

    A blog or a document collection prints, over the document, the post's title and its lists
    of links under their labels (相关图书 / 《某文件汇编》 / 相关链接 / 关于印发《某方案》的通知 /
    …), then the document from its organ's mark on (某县公安局文件 / 某县公发[2012]32号): the
    entries are other documents' titles, never this one's heading or notice. The labels and
    their entries count only where the organ's mark or the number closes them.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "某方案\n相关链接\n关于印发《某办法》的通知\n某局总结\n某县公安局文件\n某县公发[2012]3号"
        >>> sorted(related_links(split_lines(text)))
        [2, 3, 4]
        >>> sorted(related_links(split_lines("相关链接\n关于印发《某办法》的通知\n一、总则")))
        []
    """
    found: set[int] = set()
    opened: list[int] = []  # the lines of lists not yet closed by a mark or a number
    for line in lines:
        text = line.text.strip(" 	")
        if not text:
            continue
        mark = ORGAN_MARK.fullmatch(text)
        if mark is not None and text.endswith("文件") and text[:-2].endswith(ORGAN_NAME_ENDS):
            found.update(opened)
            break
        if opened and (
            DOC_NUMBER.fullmatch(text)
            or DOC_NUMBER.fullmatch(text.replace("[", "〔").replace("]", "〕"))
        ):
            found.update(opened)
            break
        if RELATED_LABEL.fullmatch(text):
            opened.append(line.number)
        elif opened:
            if "。" in text or len(opened) > _MAX_RELATED:
                break
            opened.append(line.number)
    return frozenset(found)


def list_crumbs(lines: Sequence[Line]) -> frozenset[int]:
    r"""The numbers of the lines of a breadcrumb printed as a numbered list: the page's.

    A page whose trail of links is an ordered list prints it one item a line, numbered from the
    site's home (1. 首页 / 2. 信息公开 / 3. 政策法规 / 4. 县规范性文...): the home opens it, and
    each line numbered next that names a column (short, no sentence, no work to do) continues
    it. A breadcrumb stands at the page's top: under the document's heading or its first
    sentence, a numbered list is the document's own, whatever its items name (1.首页 / 2.加强
    栏目建设 in a plan for a site).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> lines = split_lines("1. 首页\n  2. 信息公开\n\n3、政策法规\n某县关于印发某方案的通知\n1.总则")
        >>> sorted(list_crumbs(lines))
        [1, 2, 4]
        >>> sorted(list_crumbs(split_lines("1. 加强领导\n2. 信息公开")))
        []
        >>> sorted(list_crumbs(split_lines("某县政府网站建设方案\n1.首页\n2.信息公开")))
        []
    """
    found: set[int] = set()
    expected = None  # the number the next item of an open list would carry
    for line in lines:
        text = line.text
        if not text.strip(" \t"):
            continue
        home = CRUMB_HOME.fullmatch(text)
        item = None if home is not None or expected is None else CRUMB_ITEM.fullmatch(text)
        if home is not None:
            expected = int(home["number"]) + 1
        elif (
            item is not None
            and int(item["number"]) == expected
            and not item["name"].strip().startswith(WORK_VERBS)
        ):
            expected += 1
        elif _DOCUMENT_LINE.fullmatch(text) and not is_chrome(text):
            break  # the document has begun (not the site's 今天是…,星期五): no breadcrumb below
        else:
            expected = None
            continue
        found.add(line.number)
    return frozenset(found)


_NUMBER_HEADINGS = ("序号", "编号")  # a table's heading row opens with its number's column
_LONGEST_HEADING = max(map(len, TABLE_HEADINGS))


def is_heading_row(line: Line) -> bool:
    r"""A table's row of column headings under a title, its number's column first.

    The number's heading stands alone, or before a printed gap, a tab or a rule (``序号 工作任务
    牵头单位``), or the whole line is column headings run together (``序号工作任务牵头单位``). A
    title's line that opens with the word (编号管理工作方案) is none.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> [is_heading_row(line) for line in split_lines("序号 工作任务\n序号工作任务牵头单位")]
        [True, True]
        >>> [is_heading_row(line) for line in split_lines("编号管理工作方案\n编号任务清单")]
        [False, False]
    """
    text = line.text
    if not text.startswith(_NUMBER_HEADINGS):
        return False
    opened = len(_NUMBER_HEADINGS[0])
    if opened == len(text.rstrip(" \t")) or text[opened] in " \t|" or opened in line.gaps:
        return True
    at = opened
    while at < len(text):  # the longest heading at each place, to the line's end
        stop = next(
            (
                end
                for end in range(min(len(text), at + _LONGEST_HEADING), at, -1)
                if text[at:end].lower() in TABLE_HEADINGS
            ),
            None,
        )
        if stop is None:
            return False
        at = stop
    return True


def is_nav_bar(text: str) -> bool:
    """A site's navigation bar: 县委| 县人大| 县政协 (short cells, not a table's heading).

    Or a row a page's menu became, bounded by pipes (| 首页 | 政务公开 | 政策文件 |): it names a
    menu's item, where a table's row names none.

    Examples:
        >>> is_nav_bar("县委| 县人大| 县政协"), is_nav_bar("序号|工作任务|牵头单位")
        (True, False)
        >>> is_nav_bar("| 首页 | 政务公开 | 政策文件 |"), is_nav_bar("|1|加强领导|县司法局|")
        (True, False)
        >>> is_nav_bar("智能问答 | 无障碍浏览 | |")
        True
        >>> is_nav_bar("湾区| English |简体版|繁体版| 无障碍浏览|登录")
        True
    """
    if text.count("|") < 2:
        return False
    bounded = text.startswith("|")
    cells = [cell.strip() for cell in (text.strip("|") if bounded else text).split("|")]
    # a menu's own word is an item whatever its length (English beside 简体版 | 繁体版)
    sized = [cell for cell in cells if cell not in NAV_WORDS]
    # a long menu may hold a longer item or two (首页 | 婚姻法 | … | 民事诉讼法 | 网站地图)
    longer = sum(NAV_CELL < len(cell) <= LONG_NAV_CELL for cell in sized)
    allowed = len(cells) // LONG_MENU if len(cells) >= LONG_MENU else 0
    short = all(0 < len(cell) <= LONG_NAV_CELL for cell in sized) and longer <= allowed
    if bounded and not any(cell in NAV_WORDS for cell in cells):
        return False
    # or a page's controls ending in empty cells, one naming a menu's word: 智能问答 | 无障碍浏览 | |
    items = [cell for cell in cells if cell]
    controls = len(items) >= 2 and all(
        len(cell) <= LONG_NAV_CELL for cell in items if cell not in NAV_WORDS
    )
    if controls and any(word in cell for cell in items for word in NAV_WORDS):
        return read_columns(items) is None
    return short and read_columns(cells) is None


def table_cells(text: str) -> list[tuple[int, int]] | None:
    """The cells of a pipe (``|a|b|``) or tab-separated row, as ranges; None for other lines.

    Examples:
        >>> text = "|序号|工作任务|"
        >>> [text[a:b] for a, b in table_cells(text)]
        ['序号', '工作任务']
    """
    separator = "|" if text.count("|") >= 2 else "\t" if text.count("\t") >= 2 else ""
    if not separator:
        return None
    cells: list[tuple[int, int]] = []
    start = 0
    position = text.find(separator)
    while position >= 0:  # from separator to separator: a row is not read character by character
        if not (separator == "|" and text[position - 1 : position] == "\\"):
            cells.append((start, position))
            start = position + 1
        position = text.find(separator, position + 1)
    cells.append((start, len(text)))
    if separator == "|":
        if cells and cells[0][1] - cells[0][0] == 0:
            cells = cells[1:]
        if cells and cells[-1][1] - cells[-1][0] == 0:
            cells = cells[:-1]
    return [trim_range(text, begin, end, " \t") for begin, end in cells]


def trim_range(text: str, begin: int, end: int, marks: str) -> tuple[int, int]:
    """The range ``[begin, end)`` of ``text`` without the ``marks`` at either end.

    Examples:
        >>> trim_range(" 区司法局。", 0, 6, " 。")
        (1, 5)
    """
    first, last = begin, end
    while first < last and text[first] in marks:
        first += 1
    while last > first and text[last - 1] in marks:
        last -= 1
    return first, last


MIN_EMPTY_CELLS = 2  # a row of one cell beside empty ones: a cell copied alone has none


def lone_cell(cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The one cell that holds text in a row whose other cells are empty, if the row is such.

    A page that sets a line of the document in a table (a heading in a row of its own, merged
    across the columns) prints the row's other cells empty after it, or around it: the line is
    the cell's text, no row of a table. A cell copied alone on its line (| 加强领导 |) has no
    empty cells beside it and stays a table's.

    Examples:
        >>> text = "某县人民政府关于印发某方案的通知 | | | |"
        >>> begin, end = lone_cell(table_cells(text))
        >>> text[begin:end]
        '某县人民政府关于印发某方案的通知'
        >>> lone_cell(table_cells("| 加强领导 |")) is None
        True
    """
    filled = [(begin, end) for begin, end in cells if end > begin]
    if len(filled) != 1 or len(cells) - 1 < MIN_EMPTY_CELLS:
        return None
    return filled[0]


def is_separator_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a table row is a Markdown rule such as ``|---|:--:|``."""
    return all(SEPARATOR.fullmatch(text[a:b]) for a, b in cells if b > a)


_BRACKETED_CELL = re.compile(r"[\[［【](?P<label>[^\]］】]+)[\]］】]:?")


def cell_label(cell: str) -> str:
    """The label a table's cell prints, without its colon or the square brackets around it.

    A disclosure table in pipes prints its labels bare (索引号:) or in square brackets, as
    the lists of bracketed fields do (| [ 索引号 ] | 115002300/2026-00009 |, the spaces
    dropped): the bracketed label is the same label.

    Examples:
        >>> cell_label("[发文字号]"), cell_label("【成文日期】"), cell_label("索引号:")
        ('发文字号', '成文日期', '索引号')
        >>> cell_label("[附件]1.某方案")
        '[附件]1.某方案'
    """
    bracketed = _BRACKETED_CELL.fullmatch(cell)
    return bracketed["label"] if bracketed is not None else cell.rstrip(":")


def is_meta_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a table row holds web-page metadata (索引号, 发文机关...).

    A task table's heading row (工作任务 · 具体要求 · 责任科室 · 时限要求) names a column that a
    page's labels share (责任科室), but also one they never hold (工作任务): such a row is none.

    Examples:
        >>> row = "索引号:|001/2023|责任部门:|区司法局"
        >>> is_meta_row(row, [(0, 4), (5, 13), (14, 19), (20, 24)])
        True
        >>> row = "[索引号]|115002300/2026-00009|[发文字号]|无"
        >>> is_meta_row(row, table_cells(row))
        True
        >>> row = "工作任务|具体要求|责任科室|时限要求"
        >>> is_meta_row(row, [(0, 4), (5, 9), (10, 14), (15, 19)])
        False

        A row whose cells each hold a label and its value (信息来源:区政府办公室|发布时间:…) is a
        field row (`is_field_row`): its cells pair no label with a value by twos.

        >>> row = "信息来源:区政府办公室|发布时间:2021-02-20"
        >>> is_meta_row(row, [(0, 11), (12, 27)]), is_field_row(row, [(0, 11), (12, 27)])
        (False, True)
    """
    labels = [cell_label(text[a:b]) for a, b in cells]
    return any(label in META_LABELS for label in labels) and not any(
        label.lower() in TABLE_HEADINGS and label not in META_LABELS for label in labels
    )


_MARKED_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}[:：]")
"""A cell that is a label by its mark alone: a few ideographs and a colon (公文时效:)."""


def marked_label_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a row's cells pair labels marked by a colon with short values, by twos.

    A disclosure block may print a label its vocabulary lacks; a colon after a cell of a few
    ideographs marks it a label all the same, when every other cell is one and the value after
    each is short. A task table's row never ends its cells in a colon.

    Examples:
        >>> row = "公文时效: | 有效 |"
        >>> marked_label_row(row, [(0, 5), (8, 10)])
        True
        >>> row = "加强领导 | 县司法局 |"
        >>> marked_label_row(row, [(0, 4), (7, 11)])
        False
    """
    if not cells or len(cells) % 2:
        return False
    labels, values = cells[0::2], cells[1::2]
    return all(_MARKED_LABEL.fullmatch(text[a:b]) for a, b in labels) and all(
        0 < b - a <= MAX_META_VALUE and not _MARKED_LABEL.fullmatch(text[a:b]) for a, b in values
    )


def is_field_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether every cell of a row holds a disclosure label and its value: a page's field list.

    A law site prints a document's fields in pipes, each label run against its value
    (颁布单位:某省人民政府 | 文号:某政发〔2009〕2号 |); a task table's cells never open so.

    Examples:
        >>> row = "颁布单位:某省人民政府 | 文号:某政发〔2009〕2号 |"
        >>> is_field_row(row, table_cells(row))
        True
        >>> row = "1|加强领导|县司法局"
        >>> is_field_row(row, table_cells(row))
        False

        A page's byline set in a row may open with the page's date, bare, before its labelled
        fields (| 2025-07-15 | 来源: 某县政府 |): the date is the row's first field.

        >>> row = "| 2025-07-15 | 来源: 某县政府 |"
        >>> is_field_row(row, table_cells(row))
        True
        >>> row = "| 2025-07-15 | 完成审议 |"
        >>> is_field_row(row, table_cells(row))
        False
    """
    texts = [text[begin:end] for begin, end in cells if end > begin]
    if len(texts) > 1 and ISO_DATE.fullmatch(_CELL_GAPS.sub("", texts[0])):
        texts = texts[1:]  # the page's date opening its byline's row
    return bool(texts) and all(META.match(cell) is not None for cell in texts)


def is_chrome(text: str) -> bool:
    """Whether a normalised line is web-page furniture (breadcrumbs, share links, print buttons).

    Examples:
        >>> is_chrome("首页>政务公开>政府文件"), is_chrome("打印本页关闭窗口"), is_chrome("1.开展宣传")
        (True, True, False)
        >>> is_chrome("您当前的位置:>>"), is_chrome("|无障碍版本|登录|注册")
        (True, True)
        >>> is_chrome("某工作试行办法(精选12篇)"), is_chrome("1.某工作试行办法篇一")
        (True, False)
        >>> is_chrome("今天是2024年3月5日 星期二"), is_chrome("2.组织“今日是宪法日”主题宣传活动。")
        (True, False)
        >>> is_chrome("您好!今天是:"), is_chrome("您好!今天是:2024年3月5日 星期二")
        (True, True)
        >>> is_chrome("新华社北京2月13日电"), is_chrome("2月13日电话会议")
        (True, False)
    """
    if len(text) >= MAX_CHROME:
        return False
    return (
        _chrome_words(text)
        or CRUMB_LABEL.match(text) is not None
        or LINK_GROUP.fullmatch(text) is not None
        or ACCOUNT_BAR.fullmatch(text) is not None
        or ISO_DATE.fullmatch(text) is not None
        or _SITE_DAY.fullmatch(text) is not None
        or PAGE_CONTROLS.fullmatch(text.strip(" |")) is not None
        # a sharing site's group of documents: its title (某办法(精选12篇)); a page of its file
        or SHARED_GROUP.fullmatch(text) is not None
        or SHARED_PAGE.fullmatch(text) is not None
        or _DATELINE.fullmatch(text) is not None
    )


# a news agency's dateline on a line of its own, over the document it sends (新华社北京2月13日电):
# the wire's, no heading
_DATELINE = re.compile(r"[^\s,，。:：《》()（）]{2,12}?\d{1,2}月\d{1,2}日电")


# the site's day over its page: the words open the line, after the site's greeting to its
# reader or not, and a date, a weekday, a time, the lunar day or nothing (the date its script
# left unwritten) follow them (今天是2024年3月5日 星期二, 今天是:2019年10月31日星期三农历十月初七,
# 今日:, 您好!今天是:)
_SITE_DAY = re.compile(
    r"\s*(?:(?:您好|你好|欢迎您)[!,。]?\s*)?(?:今[天日](?:是:?|:)|当前日期:)[\s,]*(?:\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}日?)?[\s,]*(?:"
    + WEEKDAY.pattern
    + r")?[\s,]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s,]*(?:农历[^\s,。]{2,12})?\s*"
)


def _chrome_words(text: str) -> bool:
    """Whether a line holds words only page furniture prints.

    A word a document's own work may name (门户网站: 加强政府门户网站建设) makes a line furniture only
    when the line is no sentence of work: it neither opens with an item's number (in any
    style: 2., 一是, 第二章, 第二条, ①), nor ends a sentence, nor names a document's kind as a
    title does (某县人民政府门户网站建设实施方案).

    Examples:
        >>> _chrome_words("某市人民政府门户网站"), _chrome_words("2.加强政府门户网站建设")
        (True, False)
        >>> _chrome_words("及时更新门户网站栏目。"), _chrome_words("1.门户网站 分享到")
        (False, True)
        >>> _chrome_words("某县门户网站建设方案(试行)"), _chrome_words("第二章 门户网站")
        (False, False)
        >>> _chrome_words("资源描述"), _chrome_words("1.编制资源目录,统一资源描述规范。")
        (True, False)
    """
    words = {found.group() for found in CHROME_WORDS.finditer(text)}
    label = _LABEL_OPENING.match(text)
    words = {word for word in words if word not in LABEL_CHROME or _opens(label, word)}
    if not words:
        return False
    if words <= WORKED_CHROME:
        return not (ITEM_OPENING.match(text) or "。" in text or _TITLE_LINE.fullmatch(text))
    return True


# a site's label opening its line, after a list's mark (- 相关推荐, 页数:31, 点击查看更多>>)
_LABEL_OPENING = re.compile(r"[\s\-•·*|>]*(\S.*)")


def _opens(label: re.Match[str] | None, word: str) -> bool:
    """Whether a label word opens the line, alone or with its colon (资源描述, 资源描述:…)."""
    if label is None or not label.group(1).startswith(word):
        return False
    rest = label.group(1)[len(word) :].strip()
    return word.endswith(":") or word.startswith("格式") or rest == "" or rest[0] in ":>"


# a title's line: it ends in a document's kind, perhaps with a bracket after it (…方案(试行))
_TITLE_LINE = re.compile(
    rf".*(?:{'|'.join(DOCUMENT_ENDS)}|细则|规定|条例|清单|预案)(?:\([^()]{{1,12}}\))?"
)


# a date a disclosure table prints in eight figures (成文日期：20230510)
_FIGURE_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def disclosed_date(text: str) -> dt.date | None:
    """A disclosure block's date value (成文日期): a date, with its clock time or in eight figures.

    Examples:
        >>> disclosed_date("2024年04月06日16:40"), disclosed_date("20240406")
        (datetime.date(2024, 4, 6), datetime.date(2024, 4, 6))
        >>> disclosed_date("20241306") is None, disclosed_date("2024040") is None
        (True, True)
    """
    text = CLOCK.sub("", text).strip()
    figures = _FIGURE_DATE.fullmatch(text)
    if figures is None:
        return read_date(text)
    try:
        return dt.date(int(figures[1]), int(figures[2]), int(figures[3]))
    except ValueError:
        return None


def has_form_of(field: str, text: str) -> bool:
    """Whether a disclosure value has the form its field demands: a number, or a date.

    Examples:
        >>> has_form_of("doc_number", "镇政发〔2024〕7号"), has_form_of("issuer", "县政府网站")
        (True, False)
        >>> has_form_of("issued_on", "2024年04月06日16:40")
        True
    """
    if field == "doc_number":
        return DOC_NUMBER.fullmatch(text) is not None
    if field == "issued_on":
        return disclosed_date(text) is not None
    return False


def split_recipients(text: str) -> list[tuple[int, int]]:
    """Split a recipient line (主送机关) into names, as ranges of ``text``.

    Names are split on ``,`` and ``;`` (full- or half-width), outside brackets, and never on
    ``、``, which joins names that share a head word: 永昌县、金川区人民政府 is one recipient, and
    so are 行署各委、办、局 and 县政府各部门、各直属单位.

    Examples:
        >>> text = "永昌县、金川区人民政府,市政府各部门、各直属单位;行署各委、办、局"
        >>> [text[a:b] for a, b in split_recipients(text)]
        ['永昌县、金川区人民政府', '市政府各部门、各直属单位', '行署各委、办、局']
    """
    pieces: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for position, char in enumerate(text):
        if char in "(（〔[【":
            depth += 1
        elif char in ")）〕]】":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",，;；":
            pieces.append((start, position))
            start = position + 1
    pieces.append((start, len(text)))
    trimmed = [trim_range(text, begin, end, " \t。:：") for begin, end in pieces]
    return [(begin, end) for begin, end in trimmed if end > begin]


def date_apart(line: Line, *, set_apart: bool = False) -> int | None:
    """Where a date that ends a line starts, apart by a space from what is before it, or glued.

    A signature's date may be printed with spaces inside it (2023 年 5 月 10 日): the date starts
    at the gap after which the rest reads as one. A copy that lost the spaces runs the date onto
    the organ (某县司法局2023年5月10日): it starts at its year. With ``set_apart`` the date must
    stand after a printed gap wider than any gap inside it (the organ set apart from the date, the
    date's figures only spaced, as a PDF's copy spaces them), and a glued date is none.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> date_apart(split_lines("某县司法局  2023 年 5 月 10 日")[0])
        5
        >>> date_apart(split_lines("某县司法局二〇二三年五月十日")[0])
        5
        >>> date_apart(split_lines("某县司法局 2023年5月10日前")[0]) is None
        True
        >>> date_apart(split_lines("某县人民政府  2024 年 3 月 5 日")[0], set_apart=True)
        6
        >>> date_apart(split_lines("某县人民政府 2024 年 3 月 5 日")[0], set_apart=True) is None
        True
        >>> date_apart(split_lines("某县司法局二〇二三年五月十日")[0], set_apart=True) is None
        True
        >>> date_apart(split_lines("某区人民政府 2019年12月3日星期二")[0]) is None
        True
    """
    # a date is read whole or not at all, so at most one gap has a date after it; a site's banner
    # prints its name beside today's date and weekday (某区人民政府 2019年12月3日星期二), a
    # signature on one line never its weekday
    gap = gap_before(line, lambda tail: read_date(tail) is not None and not WEEKDAY.search(tail))
    if set_apart:
        if gap is None or gap == line.gaps[-1]:
            return gap
        widths = gap_widths(line)
        if any(widths[inside] >= widths[gap] for inside in line.gaps if inside > gap):
            return None
        return gap
    if gap is not None:
        return gap
    glued = _LAST_DATE.search(line.text)
    if glued is None or glued.start() == 0 or read_date(glued.group()) is None:
        return None
    return glued.start()


def gap_widths(line: Line) -> dict[int, int]:
    """The number of characters a line's copy dropped at each of its breaks, by position."""
    widths: dict[int, int] = {}
    before = 0
    for place, shift in zip(line.breaks, line.shifts, strict=True):
        widths[place] = shift - before
        before = shift
    return widths


def gap_before(line: Line, fits: Callable[[str], bool]) -> int | None:
    """The gap, from the line's end, after which the rest fits as a date, or None.

    A date is never longer than a few words, so only the gaps near the line's end are tried.
    """
    text = line.text
    for gap in reversed(line.gaps):
        if len(text) - gap > _LONGEST_DATE:
            break
        if fits(text[gap:]):
            return gap
    return None


def seal_start(name: str) -> int:
    """Where the seal's note a signature prints after an organ's name begins, or the name's end.

    The note is found in any width (某县司法局（盖章）, 某县司法局(盖章)) and the place is the
    printed name's, whatever a character folds to (㈠ reads as three).

    Examples:
        >>> name = "某县㈠司法局（盖章）"
        >>> name[: seal_start(name)], seal_start("某县司法局")
        ('某县㈠司法局', 5)
    """
    starts: list[int] = []  # the printed place of each folded character
    folded: list[str] = []
    for place, char in enumerate(name):
        wide = unicodedata.normalize("NFKC", char)
        folded.append(wide)
        starts.extend([place] * len(wide))
    found = SEAL.search("".join(folded))
    return starts[found.start()] if found is not None and found.start() > 0 else len(name)


def _unsealed_name(name: str) -> str:
    """An organ's name without the seal's note a signature prints after it: 某县司法局（盖章）."""
    return name[: seal_start(name)]


def ends_the_name_above(organs: list[str], names: Sequence[str]) -> bool:
    """Join an office printed alone on a signature's line (办公室) to the name above; if it is one.

    中共某县委全面依法治县委员会 / 办公室: one name, broken where the line was full.

    Examples:
        >>> organs = ["中共某县委全面依法治县委员会"]
        >>> ends_the_name_above(organs, ["办公室"]), organs
        (True, ['中共某县委全面依法治县委员会办公室'])
    """
    if organs and len(names) == 1 and names[0] in OFFICE_ALONE:
        organs[-1] += names[0]
        return True
    return False


def split_organs(line: Line) -> list[str]:
    """The organs of a signature line: joint issuers printed on one line, apart by spaces.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> split_organs(split_lines("中共某县县委办公室　　某县人民政府办公室")[0])
        ['中共某县县委办公室', '某县人民政府办公室']
        >>> split_organs(split_lines("某县司法局（盖章）　　某县教育局（盖章）")[0])
        ['某县司法局', '某县教育局']
    """
    original = line.original.strip()
    names = [_unsealed_name(name) for name in re.split(r"[\s\u3000]{2,}", original) if name]
    if len(names) > 1 and all(len(name) >= MIN_ORGAN for name in names):
        return names
    names = [name for name in re.split(r"[\s\u3000]+", original) if name]
    if len(names) > 1 and all(
        len(name) >= MIN_ORGAN and name.endswith(ORGAN_NAME_ENDS) for name in names
    ):
        return names
    return [line.printed(0, len(line.text)).strip()]
