"""Items read from a table flattened into one run of text.

Copies of web pages and PDFs often lose a table's line breaks: its header, groups with their
points (``组织领导(10分)``), numbered items and standards run on in one paragraph. When such a
header is found, the run is cut at its numbering (1. 2. …, or decimal 1.1 1.2 …) into groups and
items, each with its points and standard.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING

from rulegov.parse._numbering import chinese_to_int
from rulegov.parse._scheme_lines import Item, Reader, clean_title, pop_to_room
from rulegov.parse._scheme_words import (
    EARNED,
    ELISION,
    HEADER_RUN_POINTS,
    HEADER_RUN_SCORE,
    POINTS_CLOSING,
    POINTS_PAREN,
    STANDARD_WORDS,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["read_flattened"]

# A table flattened into one run of text, as sharing sites and copied PDFs give it: its header
# words run together (考评项目考评内容分值评分标准), then headings with their points and items whose
# points column is glued to them (``51、`` for item 1 of 5 points, or ``。4未…`` after the title).
# The standard column may be headed by how the row is scored (评分方法), as a company's form heads
# it: 考核内容 · 标准分 · 评分方法 puts the points between the content and the standard alike; and
# by the rules of the appraisal (考评细则 · 考核细则), as 评分细则 heads it.
_RUN_HEADER = re.compile(
    r"(?:考[评核]|评定|评分)?(?:项目|内容|指标)[^。]{0,12}?(?:分值|标准分)[^。]{0,4}?"
    r"(?:评分标准|评定标准|评分细则|考[核评]细则|考核标准|扣分标准|评分方法)"
)
_HEADER_WORD = (
    r"(?:序号|指标描述|评价(?:标准|内容|方法|方式)|评分主体|内容和标准|数据来源|说明|考[核评](?:方法|方式|类别|依据|子项目)"
    r"|考核子项目|(?:评分|评价|计分|评定)依据|评分(?:要求|规则)|(?:自查|评审)(?:评分|得分)|扣分(?:原因|情况)|责任(?:单位|部门|处室|科室|股室)|(?:考[核评])?牵头(?:单位|部门|处室|科室)|评估部门|计分(?:方法|标准)|打分(?:方法|标准)"
    r"|考[核评]项目(?:及分值)?|考[核评]内容|考[核评]标准|考[核评]指标|考[核评]办法|考[核评]得分"
    r"|考[核评]分|评分标准|评分细则|评分项|评分办法|扣分标准|扣分理由|扣分[/／]加分情况|自评得分|自评分"
    r"|[一二三四A-D]级指标|评估(?:方式|方法|得分|标准|内容|要点)|[自督]评|考[核评]要点|考[核评]对象|扣分项?|加分项?|备注|情况说明"
    r"|分类(?:[（(]分值[）)])?|评查内容|评查标准|评分方法(?:及标准)?"
    r"|(?:大项|小项|具体)(?:内容|项目)|协助(?:单位|部门)|评审(?:项目|内容|标准)|分数|评价得分|存在问题"
    r"|分值|标准分|" + HEADER_RUN_POINTS + r"|得分|项目|内容|指标)"
)
"""One word of a flattened table's header (考核项目 · 分值 · 评分标准)."""
_RUN_HEADER_WORDS = re.compile(r"(?:" + _HEADER_WORD + r"\s*(?:(?:及|和|、)\s*)?){3,}")
_HEADER_WORDS = re.compile(_HEADER_WORD)
_PAREN_POINTS = r"[（(](?P<paren>\d+(?:\.\d+)?)[）)](?=1[\u4e00-\u9fff])"
"""A category's points in brackets without 分, before its first item (申请(5)1行政复议…)."""
_RUN_POINTS = (
    r"\s*(?:[（(][^）)】]{0,6}?(?:(?P<points>\d+(?:\.\d+)?)\s*)?分[）)】]"
    r"|(?P<bare>\d+(?:\.\d+)?)分(?=\d|[A-D]\d)|" + _PAREN_POINTS + ")"
)
_RUN_GROUP = re.compile(
    # a level's letter and number (A1办学方向80分B1依法设置35分), as 督导评估 indicators go
    # (a numeral after 等, 第, 共, 各, 每 … counts, 等五证: it numbers no heading)
    r"(?P<mark>[一二三四五六七八九十]+[、.．]|(?<![等第共各每约近前后这那])[一二三四五六七八九十]+"
    r"|\d{1,2}[、.．]|[A-D]\d{1,2}(?=[\u4e00-\u9fff]))\s*"
    r"(?P<title>(?:(?![扣加得减每少缺])[^。；;，,（(\d\s]){2,24}?)" + _RUN_POINTS
)
_RUN_GROUP_SPACED = re.compile(
    r"(?P<mark>(?:[一二三四五六七八九十]+|\d{1,2})[、.．])\s*"
    r"(?P<title>(?:(?![扣加得减每少缺])[^。；;，,（(\d\s]){1,12}"
    r"(?:(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])[^。；;，,（(\d\s]{1,12}){1,4})"
    r"\s*(?:[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]"
    r"|(?P<bare>\d+(?:\.\d+)?)[ \u3000]?分(?=[ \u3000]*\d))"
)
"""A numbered heading whose name a narrow cell spaced or wrapped: ``一、 组织 领导 工作 12分1、…``.

Its points in brackets, or bare before its first row's number, glued or set apart by spaces
(``12分 1、…``). Only after a number with its stop: a bare numeral (``一级要素 二级要素``) opens
no name spaced so.
"""
_RUN_PART = re.compile(
    r"(?P<mark>第[一二三四五六七八九十]+项)\s*"
    r"(?P<title>(?:(?![扣加得减每少缺])[^。；;，,（(\d\s]){2,24}?)\s*"
    r"(?:[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]|(?P<bare>\d+(?:\.\d+)?)\s*分)"
)
"""A part of a flattened table numbered 第一项, its points after its name: ``第一项完善责任体系10分…``."""
# a heading with its points that opens the run, unnumbered (场所设施设备(10分)1.…)
_QUOTED = r"[“\"][^”\"。；;]{1,12}[”\"]"
_RUN_TITLE = (
    r"(?P<title>(?![扣加得减每少缺未无没])(?:" + _QUOTED + r"|[^。；;，,、:：（(\d\s“\"])"
    r"(?:" + _QUOTED + r"|[^。；;，,、:：\d\s]){1,23}?)"
)
"""An unnumbered heading's title: no stop, no digit, brackets inside only (党委(党组)责任).

Digits are kept inside quotes, a name the genre gives a programme: ``“6·27”工程(7分)``.
"""
_RUN_LEAD = re.compile(r"\s*(?P<mark>(?!))?" + _RUN_TITLE + _RUN_POINTS)
# a heading with its points inside the run, unnumbered, after a full stop (and the points of the
# row before, glued after it) and before the next item's number (…未落实的不计分。制度建设(30分)5.有固定…)
_RUN_INNER = re.compile(
    r"(?:(?<=[。；;])|(?<=分[)）])|(?<=[。；;]\d)|(?<=[。；;]\d\d))\s*(?P<mark>(?!))?"
    + _RUN_TITLE
    + r"\s*(?:[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]|"
    + _PAREN_POINTS
    + r")(?P<bare>(?!))?(?=\s*[\d\u4e00-\u9fff])"
)


_RUN_GLUED_HEAD = re.compile(
    r"(?<![\d.．])(?P<mark>\d{1,2})(?P<title>(?![扣加得减每少缺未无没])[\u4e00-\u9fff]"
    r"(?:[^\s\d（()）|。；;，,、:：扣减]|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])){1,15}?)"
    r"(?P<points>(?!))?(?P<bare>100|\d{1,2}(?:\.\d)?)分?"
    r"(?=(?:1[、.．](?!\d)|[（(]1[）)])\s*[\u4e00-\u9fff“\"《（(])"
)
"""A row of a flattened table whose serial, name and bare points are glued to its first
criterion's number: ``1组织机构61. 档案工作列入…(1分)2. …``, a PDF's 序号 · 考核项目 · 分数 ·
评分细则 run together. The figure before the ``1.`` (``1、``, ``(1)``) that opens the criteria is
the row's points, with its 分 or without, the criteria its items."""


_RUN_SERIAL_HEAD = re.compile(
    r"(?P<mark>[一二三四五六七八九十]{1,3})(?P<title>(?![扣加得减每少缺未无没分])[\u4e00-\u9fff]{2,12}?)"
    r"(?P<points>(?!))?(?P<bare>(?!))?(?=1[、.．](?!\d))"
)
"""A group of a flattened table whose 序号 cell (一 · 二, no stop) is glued to its name and the
name to its first row's number, the group's points column left empty: ``…扣分原因一档案管理1.…``.
Read only where the groups so found number 一, 二, … in order, two or more: a numeral glued to
words (统一管理1.) is no heading."""


_RUN_FIGURE_SERIAL_HEAD = re.compile(
    r"(?<![\d%％])(?<!\d[.．])(?P<mark>[1-9]\d?)(?P<title>(?![扣加得减]\s*[\d分]|[每少缺未无没分])[\u4e00-\u9fff]"
    r"(?:[\u4e00-\u9fff]|[，,](?=[\u4e00-\u9fff])){1,15}?)"
    r"(?P<points>(?!))?(?P<bare>(?!))?(?=1[、.．](?!\d))"
)
"""The same group numbered 1 · 2 …, its serial glued to its name and the name to its first row's
number, no points: ``…自评分1科技基础工作1、…依据2加强科技投入,促进社会发展1、…``. Read, as
the groups numbered 一 二 …, only where two or more number 1, 2, … in order."""


_LEAST_SERIAL_HEADS = 2
"""The fewest groups numbered 一 二 … glued to their names that show a run numbers its groups so."""


_THROUGH_REACH = 24
"""The most characters a row's serial, name and points take before its first criterion."""


def _is_glued_head(group: re.Match[str]) -> bool:
    """Whether a heading is a row glued to its first criterion, numbered afresh or through."""
    return group.re is _RUN_GLUED_HEAD or "through" in group.re.groupindex


@functools.lru_cache(maxsize=256)
def _criterion_number(number: int) -> re.Pattern[str]:
    """A criterion's number ``number`` (``5、``), perhaps glued to a row's points (``65、``)."""
    return re.compile(rf"(?<![.．]){number}[、.．](?!\d)")


@functools.lru_cache(maxsize=256)
def _through_head(serial: int, number: int) -> re.Pattern[str]:
    """A row ``serial`` glued to its first criterion, numbered ``number`` through the table."""
    return re.compile(
        rf"(?P<through>)(?<![\d.．])(?P<mark>{serial})(?P<title>(?![扣加得减每少缺未无没])[\u4e00-\u9fff]"
        r"[^\s\d（()）|。；;，,、:：扣减]{1,15}?)(?P<points>(?!))?(?P<bare>\d{1,2}(?:\.\d)?)分?"
        rf"(?={number}[、.．](?!\d))"
    )


# a heading with bare points glued after a rule's points and before the next row's number, the
# stops lost (…未列入预算的扣2 分政治待遇30分4坚持…; typeset 30 分, read as `` 30分``)
_RUN_AFTER_RULE = re.compile(
    r"(?<=分)(?P<mark>(?!))?"
    + _RUN_TITLE
    + r" ?(?P<points>(?!))?(?P<bare>\d+(?:\.\d+)?)分(?=\d{1,2}\s*[、.．]?[\u4e00-\u9fff])"
)
# a heading with bare points glued after a row's closing stop and before its first row, numbered
# afresh (…布置安全工作,3分;消防设施8分1、配齐…): the group's cell, printed once before its rows
_RUN_AFTER_STOP = re.compile(
    r"(?<=[。；;])(?P<mark>(?!))?"
    + _RUN_TITLE
    + r" ?(?P<points>(?!))?(?P<bare>\d+(?:\.\d+)?)分(?=1[、.．](?!\d))"
)
# a heading whose bare points, without 分, are glued to its first row's number, opening the run or
# after a row's closing stop (…自查得分检查支委会建设301、组织健全…; …扣3分。组织工作301、…): the group's
# cell and its points cell, printed once before its rows, run into the row's number
_RUN_BARE_BEFORE_FIRST = re.compile(
    r"(?:(?<=[。；;])|^)(?P<mark>(?!))?"
    + _RUN_TITLE
    + r"(?P<points>(?!))?(?P<bare>[1-9]\d?)(?=1[、.．](?!\d)\s*[\u4e00-\u9fff“\"《（(])"
)
_RULE_BEFORE = re.compile(r"[扣减]\s*\d+(?:\.\d+)?\s*分$")
_SCORING_WORD = re.compile(r"[扣加得减]")
_BOUND_WORD = re.compile(
    r"累计|不超过|不高于|最高|最多|最低|为限|封顶|本项|满分|以内|为止|此项|该项"
)
"""A word of a cap on a rule's deductions (累计不超过5分 · 本项最高5分 · 扣完为止): no heading."""


# the empty groups ``mark`` and ``bare`` never match: they give this pattern the group names of
# the numbered heading pattern above, whose matches are read by the same code
_RUN_CELL = re.compile(
    r"(?<!\S)(?P<mark>(?!))?(?P<title>(?![扣加得减每少缺未无没])[^\s（()）|]{2,40}?)\s?"
    r"(?:[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)](?=\s|$)"
    r"|(?<=[。；;]) ?(?P<bare>\d+(?:\.\d+)?) ?分\s*$)"
)
"""A cell of a run whose cells are set apart by spaces, closed by its points: ``反应快速化 (10分)``;
the run's last cell, a sentence, may close with its points unbracketed (``…抽检计划。 10分``)."""


_RUN_CELL_BARE = re.compile(
    r"(?<!\S)(?:(?P<mark>[一二三四五六七八九十]{1,3}(?=[、.．]|[ \u3000])"
    r"|[（(][一二三四五六七八九十]{1,3}[）)])[、.．]?[ \u3000]*)?"
    # a numbered cell's name may hold a comma (领导重视，工作机制健全), as the spaces bound it
    r"(?P<title>(?![扣加得减每少缺未无没])(?(mark)[^\s\d（()）|。；;]|[^\s\d（()）|。；;，,]){2,24})"
    r"(?: (?P<bare>\d{1,3}(?:\.\d+)?)(?P<points>(?!))? "
    r"(?=1[ \u3000]+[\u4e00-\u9fff“\"]|\d{1,2}[、.．](?!\d)"
    r"|(?(mark)(?:\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[^\s\d（()）|][^（()）|]{0,60}?(?:[扣减]\s*\d|不得分))|(?!)))"
    r"|[（(](?P<paren>\d{1,3}(?:\.\d+)?)[）)](?=\s))"
)
"""A cell of a run set apart by spaces, its points a bare figure before its first row: ``资金保障 5 1.``,
perhaps after its numeral, the row's number set apart too: ``一 组织领导 6 1 指导…``. A numbered
cell (``一、报告格式 6``, ``（一）封面填写 2``) may have its points before the first cell numbered
one level down (``（一）``), before its row under any number (``（二）表格填写 2 2.表格…``), or
before its own standard (``（一）成立领导小组 5 未成立的扣5分。``), which the cell then holds."""


def read_flattened(reader: Reader, lines: list[tuple[int, str]]) -> set[int]:
    """Read lines that hold a flattened table; return the offsets of the lines used."""
    used: set[int] = set()
    for index, (offset, line) in enumerate(lines):
        found = _header(line)
        if found is None:
            continue
        end, spaced = found
        # the run goes on over the following lines; a sharing site cuts it into pages that it
        # numbers 1、 2、 3、 at the start of each line, which are not items
        pages = line.startswith("1、")
        pieces = [(offset + end, line[end:])]
        for page, (more_offset, more) in enumerate(lines[index + 1 :], 2):
            mark = f"{page}、"
            cut = len(mark) if pages and more.startswith(mark) else 0
            pieces.append((more_offset + cut, more[cut:]))
        used.update(piece_offset for piece_offset, _ in pieces)
        # a header with its points column between the content and the standard (考评内容 ·
        # 标准分 · 评分标准) lets a row glue its points between them without a stop
        between = _RUN_HEADER.search(line, 0, end) is not None
        before = len(reader.roots)
        if spaced:
            _read_spaced_or_glued(reader, pieces, between=between)
        else:
            _read_run(reader, pieces, between=between)
        if len(reader.roots) == before and _points_last(line[:end]):
            _run_rows_closed_by_points(reader, pieces)
        if not spaced and _points_inside(line[:end]):
            _rows_parted_by_points(reader, pieces, before)
        if spaced and len(reader.roots) == before:
            _groups_over_spanned_points(reader, pieces)
        _rows_over_credited_criteria(reader, pieces, before)
        if _RATER_COLUMN.search(line, 0, end):
            _raters_cut(reader, reader.roots[before:])
        used.add(offset)
        break
    return used


_RATER_COLUMN = re.compile(r"(?:评分|评价|考[核评])主体")
"""A header's column naming who rates each row (评分主体), printed after the row's standard."""
_RATER_END = re.compile(r"[）)]$|[\u4e00-\u9fff]{2}$")


def _raters_cut(reader: Reader, rows: list[Item]) -> None:
    """Cut from the rows' names the rater cell of the row before, glued to each of them.

    A flattened form whose header names a rater column after the standard
    (``…内容和标准评价方式评分主体…``) prints each row's rater after its standard's stop, glued to
    the next row's name: ``…未及时签订扣5分。乡镇(街道)服务明示情况(5分)…``. Words that open the
    name of every row after the first alike, and not the first's (``乡镇(街道)``), ending on a
    closing bracket or a word, are that rater's cell; two rows or more after the first are needed.
    """
    later = rows[1:]
    if len(later) < _LEAST_RATED or any(row.points is None for row in rows):
        return
    first, *others = (row.title for row in later)
    length = min(len(title) for title in (first, *others))
    prefix = first[
        : next(
            (at for at in range(length) if any(title[at] != first[at] for title in others)),
            length,
        )
    ]
    while prefix and _RATER_END.search(prefix, len(prefix) - 2) is None:
        prefix = prefix[:-1]  # back to a closing bracket or a word's end, looked at where it ends
    if not prefix or rows[0].title.startswith(prefix):
        return
    if any(len(row.title) - len(prefix) < _SHORTEST_NAME for row in later):
        return
    for row in later:
        if reader.text.startswith(prefix, row.start):
            row.title = row.title[len(prefix) :]
            row.start += len(prefix)


_LEAST_RATED = 2
"""How many rows after the first must open with the same rater for it to be cut."""
_SHORTEST_NAME = 2
"""The fewest characters a row's name keeps once the rater is cut from it."""


_STANDARD_COLUMN = re.compile(
    r"评分标准|评定标准|评分细则|考[核评]标准|扣分标准|评分办法|计分方法|评分规则"
)


def _points_last(header: str) -> bool:
    """Whether a run's header names its points column after its standard's (评分标准 · 分值)."""
    flat = "".join(header.split())
    standard = _STANDARD_COLUMN.search(flat)
    return standard is not None and _POINTS_COLUMN.search(flat, standard.end()) is not None


_CONTENT_COLUMN = re.compile(r"内容|要求|" + _STANDARD_COLUMN.pattern)


def _points_inside(header: str) -> bool:
    """Whether a run's header names its points column before its content or standard column.

    ``考核项目基本分考核内容评分标准`` · ``考核内容分值评分细则``: a row's bare points then stand
    between its name or content and the words after them.
    """
    flat = "".join(header.split())
    points = _POINTS_COLUMN.search(flat)
    return points is not None and _CONTENT_COLUMN.search(flat, points.end()) is not None


_CLOSING_POINTS = re.compile(
    r"(?:(?<=[。；;])|(?<=得\d分)|(?<=得\d 分))[ \u3000]*(?P<points>\d{1,3}(?:\.\d+)?)(?:[ \u3000]*分)?"
    r"(?![\d.．、%％次个人天张份项件年月日名处条起例家所户时元倍级届期批轮遍篇])"
    r"(?=[ \u3000]*(?:[\u4e00-\u9fff“\"《]|$))"
)
"""A row's points cell after its standard's stop, before the next row's text: ``…得2分。10支部…``."""
_ROW_RULE = re.compile(r"[得扣减记计]\s*\d+(?:\.\d+)?\s*分|不得分|不[计记]分|酌情")
_ROW_TITLE_END = re.compile(r"[。；;]|[ \u3000]{1,8}(?=\S)")
"""Where a row's content cell ends: its first stop, or the spaces that set its standard apart."""


def _run_rows_closed_by_points(reader: Reader, pieces: list[tuple[int, str]]) -> None:
    """Read a run's unnumbered rows, each content · standard · points, the points closing the row.

    ``…专题会议。有计划的得5分。10支部成员明确分工…。对责任制自查二次得4分。10采取…``: under a
    header whose points column follows the standard column, a figure after a stop closes the row
    before it (its points), and the text after it opens the next row. Read only when every row
    so cut states a rule that scores (得5分 · 扣2分 · 不得分), two rows or more.
    """
    text = "".join(piece for _, piece in pieces)
    where = _Offsets(pieces)
    closes = list(_CLOSING_POINTS.finditer(text))
    if len(closes) < 2:
        return
    rows: list[tuple[int, str, float]] = []
    start = 0
    for close in closes:
        row = text[start : close.start()]
        if not _ROW_RULE.search(row):
            return
        rows.append((start, row, float(close.group("points"))))
        start = close.end()
    for start, row, points in rows:
        lead = len(row) - len(row.lstrip())
        body = row.strip()
        cut = _ROW_TITLE_END.search(body)
        title = body[: cut.start()] if cut is not None else body
        item = Item(2, clean_title(title), where(start + lead), 0, points)
        item.end = where(start + lead + len(body))
        item.standard.append((where(start + lead), body))
        reader.roots.append(item)


_PARTING_POINTS = re.compile(
    r"(?<=[\u4e00-\u9fff）)”\"])(?<![扣加得减每第少多共计记为至到满前后低高近约超占达按以及或和约])"
    r"(?P<points>\d{1,3}(?:\.\d)?)(?![\d.．%％])"
    r"(?![ \u3000]*(?:分|个|次|人|天|年|月|日|处|项|件|家|户|元|倍|级|届|批|轮|遍|篇|份|小时|周|岁"
    r"|米|亩|册|辆|类|种|号|位|章|节|款|万|千|百|成|票|把|张|套|只|座|间|起|例|宗|支|队|棵|株|头|吨|公里"
    r"|名(?!称)|条(?![件例])|期(?![间限])|本(?![级单人地部年期])|台(?!账)|所(?![有在属])))"
    r"(?=[ \u3000]*[\u4e00-\u9fff“\"（(])"
)
"""A row's bare points cell between its content and its standard, glued to both: ``…公文内容5每处…``."""
_PARTED_GROUP = re.compile(
    r"(?P<title>[^。；;，,、:：\d（()）]{2,24}?)\s*[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]"
)
"""A group's name with its points in brackets, before its first row: ``公文格式和报送程序(50分)``.

Searched for inside a run, so the name holds no figure, bracket or 、 and is at most 24
characters: more would reach back into the row before. A group's cell alone on its line is
``_scheme_rows._GROUP_CELL``.
"""
_PARTED_TOTAL = re.compile(r"(?:合计|总分|满分|总计)[:：]?\s*(\d+(?:\.\d+)?)")
_PARTED_LEAST = 3
"""The fewest rows a run must part so before it is read so."""
_PARTED_LONGEST = 60
"""The most characters a row's content cell takes before its points."""


def _rows_parted_by_points(reader: Reader, pieces: list[tuple[int, str]], before: int) -> None:
    """Read a run's unnumbered rows, each content · bare points · standard, the points parting them.

    ``…公文格式和报送程序(50分)标题规范简洁,准确体现公文内容5每处错误1分。发送单位…排序正确6每处…``:
    under a header whose points column stands between the content and the standard (考核内容 ·
    分值 · 评分细则), a bare figure glued between words closes a row's content; the standard runs
    on to the last stop before the next such figure, and the words after that stop are the next
    row's content (none when no stop comes first: that row has no standard). A name with its
    points in brackets opens a group of the rows after it. Kept, in place of the items read from
    the run after ``before``, only when the rows' points add up to the groups' points (or, with
    no groups, to a total the run states) and it gives more items with points.
    """
    text = "".join(piece for _, piece in pieces)
    where = _Offsets(pieces)
    figures = list(_PARTING_POINTS.finditer(text))
    if len(figures) < _PARTED_LEAST:
        return
    items: list[Item] = []
    group: Item | None = None
    row: Item | None = None
    cursor = 0
    for figure in figures:
        stretch = text[cursor : figure.start()]
        stop = max(stretch.rfind(mark) for mark in "。；;")
        if row is not None and stop >= 0:
            _parted_standard(row, stretch[: stop + 1], where(cursor))
        start = cursor + stop + 1
        heads = list(_PARTED_GROUP.finditer(text, start, figure.start()))
        if heads:
            head = heads[-1]
            group = Item(1, clean_title(head.group("title")), where(head.start()), 0, None)
            group.points = float(head.group("points"))
            group.end = where(head.end())
            items.append(group)
            start = head.end()
        if row is None and group is None:
            start = _past_header_words(text, start, figure.start())
        content = text[start : figure.start()]
        lead = len(content) - len(content.lstrip())
        body = content.strip()
        if not 2 <= len(body) <= _PARTED_LONGEST:
            return
        row = Item(2, clean_title(body), where(start + lead), 0, float(figure.group("points")))
        row.end = where(figure.end())
        (group.children if group is not None else items).append(row)
        cursor = figure.end()
    rest = text[cursor:]
    stop = min((at for at in (rest.find(mark) for mark in "。；;") if at >= 0), default=-1)
    if row is not None and stop >= 0:
        _parted_standard(row, rest[: stop + 1], where(cursor))
    if not _parted_add_up(items, text) or _scored(items) <= _scored(reader.roots[before:]):
        return
    reader.roots[before:] = items


_SPACED_CELL = re.compile(r"\S+(?:(?<=[，,、])\s+\S+)*")
"""A cell of a run whose cells single spaces part; a space after a comma stays inside its cell."""
_GROUP_CELL = re.compile(r"(?![扣加得减每少缺未无没])[\u4e00-\u9fff“”\"、]{2,12}")
_POINTS_ALONE = re.compile(r"(\d+(?:\.\d+)?)分")


def _groups_over_spanned_points(reader: Reader, pieces: list[tuple[int, str]]) -> None:
    """Read a spaced run whose groups print their points once, after their first row's content.

    ``责任制落实 组织机构健全、人员分工明确 5分 有文件…得2分 责任状签订 层层签订得2分,少一个单位扣1分
    … 防火措施落实 有总体工作部署… 20分 …``: the group's 标准分 cell spans its rows, so it stands
    once, after the first row's content; the rows after it print their content and their rule,
    which awards points (得2分). The cell two before each points cell is the group, the cells
    after it up to the next group are its rows, read as its standard. Kept only where there are
    two groups or more and what each group's rows award (得X分) adds up to its points.
    """
    text = "".join(piece for _, piece in pieces)
    where = _Offsets(pieces)
    cells = list(_SPACED_CELL.finditer(text))
    heads: list[tuple[int, float]] = []  # each points cell, where it stands, and its points
    for index in range(2, len(cells)):
        stated = _POINTS_ALONE.fullmatch(cells[index].group())
        if stated is not None and _GROUP_CELL.fullmatch(cells[index - 2].group()):
            heads.append((index, float(stated.group(1))))
    if len(heads) < _LEAST_SPANNED_GROUPS:
        return
    groups: list[Item] = []
    for at, (head, points) in enumerate(heads):
        last = heads[at + 1][0] - 2 if at + 1 < len(heads) else len(cells)
        name = cells[head - 2]
        rows = [cells[head - 1], *cells[head + 1 : last]]
        awarded = [float(found.group(1)) for row in rows for found in EARNED.finditer(row.group())]
        if abs(sum(awarded) - points) > 1e-9:
            return
        group = Item(
            0, clean_title(name.group()), where(name.start()), where(rows[-1].end()), points
        )
        group.standard = [(where(row.start()), row.group()) for row in rows]
        groups.append(group)
    reader.roots.extend(groups)


_LEAST_SPANNED_GROUPS = 2
"""The fewest groups with their points printed once that show a run is printed so."""


def _past_header_words(text: str, start: int, end: int) -> int:
    """Where the first row starts after the header's last words, spaced letter by letter or not.

    ``考核项目基本分考核内容评 分 标 准得分宣传学习10…``: the words the header ends with, which
    its letter spacing kept from it, open no row.
    """
    kept = [at for at in range(start, end) if not text[at].isspace()]
    joined = "".join(text[at] for at in kept)
    position = 0
    while (
        word := _HEADER_WORDS.match(joined, position) or _HEADER_TAIL.match(joined, position)
    ) and (word.end() > position):
        position = word.end()
    return kept[position] if position < len(kept) else end


def _parted_standard(row: Item, standard: str, start: int) -> None:
    """Give a row parted by its points its standard, the words up to a stop after them."""
    body = standard.strip()
    if body:
        row.standard.append((start + standard.index(body), body))
        row.end = start + standard.index(body) + len(body)


def _parted_add_up(items: list[Item], text: str) -> bool:
    """Whether rows parted by their points add up to their groups' points, or the stated total."""
    rows = [row for item in items for row in (item.children or [item])]
    groups = [item for item in items if item.level == 1]
    if groups and any(not group.children for group in groups):
        return False
    found = sum(row.points or 0 for row in rows)
    if groups:
        wanted = sum(group.points or 0 for group in groups)
    else:
        total = _PARTED_TOTAL.search(text)
        wanted = float(total.group(1)) if total is not None else 100.0
    return abs(found - wanted) < 1e-9


_CREDITED_HEAD = re.compile(r"(?<=[。；;])[ \u3000]*(?P<points>\d{1,3}?)1(?=[\u4e00-\u9fff“\"])")
"""A row's points glued to its first criterion's bare number after the row's stop: ``…落实。71有…``."""
_CREDIT = re.compile(r"得\s*(?P<points>\d+(?:\.\d+)?)\s*分")
_FIRST_SERIAL = re.compile(r"(?<!\d)1(?=[\u4e00-\u9fff“\"])")
_HEADER_LEFT = 16
"""The most characters of a header's last words before a run's first row."""
_STOPS = re.compile(r"[。；;]")
_CREDITED_LEAST = 2
"""The fewest rows a run must give so before it is read so."""
_CIRCLED_HEAD = re.compile(r"(?P<points>\d{1,2}(?:\.\d)?)\u2474")
"""A row's points glued to its first criterion's bracketed number ⑴: ``…领导机构2⑴及时…``."""
_CREDITED_GROUP = re.compile(
    r"[一二三四五六七八九十]{1,2}[、.．]\s*(?P<title>[^。；;（(\d]{2,30})"
    r"[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]\s*(?=1[\u4e00-\u9fff“\"])"
)
"""A part's heading with its points glued before its first row: ``一、组织领导(15分)1建立…``."""
_ROW_BEFORE = re.compile(r"[。；;]|\d\s*分")
"""What a row leaves before a part's heading and a header's words do not: a stop, or points."""
_AFTER_CELL = re.compile(r"[\u4e00-\u9fff]{1,12}?(?P<number>\d+)(?=[\u4e00-\u9fff“\"])")
"""The next row's bare serial after a row's short last cell (its method): ``查看部门文件2制定…``."""


_BARE_SERIAL = re.compile(r"[ \u3000]*(?P<number>\d+)(?=[\u4e00-\u9fff“\"])")
"""A row's or a criterion's bare number before its text: ``2配足保洁队伍…``."""


def _bare_serial(text: str, at: int, number: int) -> re.Match[str] | None:
    """The bare number ``number`` at ``at``, the whole figure, before its text."""
    found = _BARE_SERIAL.match(text, at)
    return found if found is not None and found.group("number") == str(number) else None


def _rows_over_credited_criteria(
    reader: Reader, pieces: list[tuple[int, str]], before: int
) -> None:
    """Read a run's rows whose points are glued to the number of their first criterion.

    ``1有工作领导小组…经费落实。71有工作领导小组…得2分。2有专项卫生经费,得5分。 2配足保洁队伍…。
    101按标准…``: each row is its bare serial, its content up to a stop, its points glued to the
    ``1`` of its first criterion (``71`` is 7 points and criterion 1), then its criteria numbered
    bare, each crediting points (得2分). Criteria numbered ⑴ ⑵ take the row's points glued to
    their first number without a stop (``1建立…领导机构2⑴及时…,得1分;⑵…,得1分。``). The criteria's
    credits add up to the row's points, which tells the last criterion from the next row, numbered
    alike, and the next row's serial may come after a short last cell of the row
    (``…得1分。查看部门文件2制定…``). A part's heading with its points glued before its first row
    (``一、组织领导(15分)1建立…``) that opens the run holds the rows after it. Kept, in place of
    the items read from the run after ``before``, only when every row adds up so up to the run's
    end (no points after the last) and it gives more items with points.
    """
    text = "".join(piece for _, piece in pieces)
    where = _Offsets(pieces)
    items: list[Item] = []
    rows = 0
    # the first row may follow the header's last words, the columns a rater fills in (村自评分),
    # or a part's heading after them, whose first row may be as near (评分说明一、领导(5分)1…)
    part = _opening_part(text)
    if part is not None:
        items.append(Item(0, clean_title(part.group("title")), where(part.start()), 0, None))
        items[0].points = float(part.group("points"))
        at = part.end()
    else:
        first = _FIRST_SERIAL.search(text, 0, _HEADER_LEFT)
        stopped = first is None or _STOPS.search(text, 0, first.start()) is not None
        at = 0 if stopped or first is None else first.start()
    while (serial := _next_serial(text, at, rows + 1)) is not None:
        row = _credited_row(text, serial.end(), where)
        if row is None:
            break
        (items[0].children if part is not None else items).append(row[0])
        rows += 1
        at = row[1]
    if "分" in text[at:] or rows < _CREDITED_LEAST:
        return  # a row read otherwise after them, or too few rows
    if part is not None:
        items[0].end = items[0].children[-1].end
    if _scored(items) > _scored(reader.roots[before:]):
        reader.roots[before:] = items


def _opening_part(text: str) -> re.Match[str] | None:
    """The part's heading that opens a run, after the header's words (``一、组织领导(15分)1…``).

    The header's last words may run long (a sharing site's link words inside them), but hold no
    stop and no points: a part's heading after a row's stop or points is no opening, and the
    rows before it are read otherwise.
    """
    part = _CREDITED_GROUP.search(text)
    if part is None or _ROW_BEFORE.search(text, 0, part.start()) is not None:
        return None
    return part


def _next_serial(text: str, at: int, number: int) -> re.Match[str] | None:
    """Row ``number``'s bare serial at ``at``, or after a short last cell of the row before."""
    serial = _bare_serial(text, at, number)
    if serial is not None or number == 1:
        return serial
    after = _AFTER_CELL.match(text, at)
    return after if after is not None and after.group("number") == str(number) else None


def _credited_row(text: str, start: int, where: _Offsets) -> tuple[Item, int] | None:
    """A row over credited criteria, and where the text after it starts; None if they do not add up.

    ``start``: where the row's content starts, after its serial.
    """
    circled = _CIRCLED_HEAD.search(text, start, start + _PARTED_LONGEST)
    if circled is not None and _STOPS.search(text, start, circled.start()) is None:
        head: re.Match[str] | None = circled
    else:
        circled = None
        head = _CREDITED_HEAD.search(text, start, start + _PARTED_LONGEST)
    if head is None:
        return None
    points = float(head.group("points"))
    content = text[start : head.start()].strip()
    row = Item(1, clean_title(content.rstrip("。；;")), where(start), where(head.start()), points)
    at, credited = head.end(), 0.0
    while credited < points:
        if row.children:
            number = _criterion_mark(text, at, len(row.children) + 1, circled=circled is not None)
            if number is None:
                return None
            at = number.end()
        credit = _CREDIT.search(text, at, at + _PARTED_LONGEST * 2)
        if credit is None:
            return None
        # the criterion's sentence closes at its stop after the credit, or at the credit
        stop = _STOPS.search(text, credit.end(), credit.end() + _PARTED_LONGEST)
        end = stop.end() if stop is not None else credit.end()
        criterion = Item(
            2, clean_title(text[at : credit.start()].rstrip("，,；; ")), where(at), 0, None
        )
        criterion.points = float(credit.group("points"))
        criterion.end = where(end)
        criterion.standard.append((where(at), text[at:end].strip()))
        row.children.append(criterion)
        credited += criterion.points
        at = end
    if abs(credited - points) > 1e-9:
        return None
    row.end = where(at)
    return row, at


def _criterion_mark(text: str, at: int, number: int, *, circled: bool) -> re.Match[str] | None:
    """Criterion ``number``'s mark at ``at``: its bare number, or ⑴ ⑵ … where the first was so."""
    if not circled:
        return _bare_serial(text, at, number)
    return (
        re.compile(r"[ \u3000]*" + chr(0x2473 + number)).match(text, at) if number <= 20 else None
    )


def _read_spaced_or_glued(reader: Reader, pieces: list[tuple[int, str]], *, between: bool) -> None:
    """Read a run under a header whose words spaces set apart, as spaced cells or as glued ones.

    A copy may space a header's words (``序 号考评内容分值评 分 标 准``, ``…评分标准评分 1组织
    建设91、…``) and run its rows together (``1组织建设9`` · ``2活动场所6``): the rows are read
    as glued when that gives more items with points than reading them as cells set apart.
    """
    start = len(reader.roots)
    _read_run(reader, _spaces_kept(reader.text, pieces), spaced=True, between=between)
    as_spaced = reader.roots[start:]
    del reader.roots[start:]
    _read_run(reader, pieces, spaced=False, between=between)
    if _scored(reader.roots[start:]) <= _scored(as_spaced):
        reader.roots[start:] = as_spaced


def _scored(items: list[Item]) -> int:
    """How many of the items and their sub-items state points."""
    return sum((item.points is not None) + _scored(item.children) for item in items)


def _spaces_kept(text: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces of a run set apart by spaces, the space kept before a numbered cell's piece.

    A long line is cut into lines at its numbers (``…扣完为止。 （二）表格填写 2 2.…``), the
    spaces between the pieces left out; in a run whose cells spaces set apart, the space is
    what tells a numbered cell with its bare points from the text before it. A line break is
    no such space, nor does a row's number (``2.地方…``) open such a cell.
    """
    kept = pieces[:1]
    for (before, piece), (offset, more) in itertools.pairwise(pieces):
        gap = text[before + len(piece) : offset]
        cell = _RUN_CELL_BARE.match(" " + more, 1)
        if gap and not gap.strip(" \u3000\t") and cell is not None and cell.group("mark"):
            kept.append((offset - 1, " " + more))
        else:
            kept.append((offset, more))
    return kept


def _header(line: str) -> tuple[int, bool] | None:
    """Where the header of a flattened table in ``line`` ends, and whether its cells are spaced."""
    header = _RUN_HEADER.search(line) or _distinct_header(line)
    if header is not None:
        words = header.group().strip()
        end = _header_end(line, header.end())
        # cells set apart by spaces or rules: between the header's words, or after them (the
        # header's words glued, 考核项目分值评分标准 组织领导 10 …)
        return end, any(mark in words or line[end : end + 1] == mark for mark in " \u3000|")
    return _letter_spaced_header(line)


_SPACED_LETTERS = re.compile(r"(?:(?<=\s)|^)[\u4e00-\u9fff](?: [\u4e00-\u9fff](?=\s))+")
"""Two letters or more each set apart by spaces, as a copy of a header prints them: ``考 核 内``,
``序 号``."""
_LETTER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


_RUN_CELL_ROW = re.compile(
    r"(?:(?<![^\s|])|(?<=分)|(?<=为止)|(?<=[。；;]))(?P<mark>(?!))?"
    r"(?P<title>(?![扣加得减每少缺未无没])[^\s\d（()）|。；;，,、:：]{2,24})"
    r"[ \u3000]*\|?[ \u3000]*"
    r"(?:(?<=[\s|])|(?<![扣加得减计记为至到满共过于前后第低高少多占每])(?=[（(]|\d{1,3}(?:\.\d+)?分))"
    r"(?P<open>[（(]\s*)?(?P<bare>\d{1,3}(?:\.\d+)?)(?P<points>(?!))?(?(open)\s*分\s*[）)]|分?)"
    r"[ \u3000]*\|?[ \u3000]*(?<=[\s|])"
    r"(?=[^\s\d（()）|][^（()）|]{0,60}?(?:[扣减]\s*\d|不得分))"
)
"""A row of a run whose cells spaces or rules set apart, unnumbered, its name, its points and
its standard a cell each: ``组织领导 10 未成立领导小组的扣5分 制度建设 10 …``, with ideographic
spaces or ``|`` between the cells alike; the standard states a deduction. The points may be glued
to the name with their 分, bracketed or not (``成立领导小组4分 未成立的扣4分`` · ``组织领导（10分）
未成立…``): the header's 分值 cell printed in the name's. A row opens after a space or after the
end of the standard before it (its points, ``扣完为止`` or a stop), where a line break was."""


_RUN_GLUED_ROW = re.compile(
    r"(?:^|(?<=分)|(?<=为止)|(?<=[。；;]))(?P<mark>(?!))?"
    r"(?P<title>(?![扣加得减每少缺未无没])[^\s\d（()）|。；;，,、:：扣]{2,24}?)"
    r"(?P<bare>\d{1,3}(?:\.\d+)?)(?P<points>(?!))?分?(?![\d分])"
    r"(?=[^\s\d（()）|分][^（()）|分]{0,60}?(?:[扣减]\s*\d|不得分))"
)
"""A row of a run whose cells nothing sets apart, unnumbered, its name, its points and its
standard run together: ``组织领导10未成立领导小组的扣5分制度建设10分…``. A row opens the run
or follows the end of the standard before it (its points, ``扣完为止`` or a stop); its standard
states a deduction before any other points (``…区域18分1主要道路…扣0.5分`` is a heading's
points over numbered rows). Points that a number follows (``20分1按…``) are a heading's, over rows
numbered in a run of their own."""


def _letter_spaced_header(line: str) -> tuple[int, bool] | None:
    """The header of a flattened table whose words a copy spaced letter by letter.

    ``序号消 防 工 作 标 准基础分评 分 标 准备 注实得分1 建立…``: the header is read with the
    spaces between letters left out, and only where words spaced so are part of it.
    """
    letters = [(found.start(), found.end()) for found in _SPACED_LETTERS.finditer(line)]
    if not letters:
        return None
    kept = [at for at in range(len(line)) if not _LETTER_SPACE.match(line, at)]
    joined = "".join(line[at] for at in kept)
    header = _RUN_HEADER.search(joined) or _distinct_header(joined)
    if header is None:
        return None
    start, end = kept[header.start()], kept[header.end() - 1] + 1
    if not any(left < end and right > start for left, right in letters):
        return None  # the header's own words are not spaced so (序 号 考评项目 分 值 are)
    stop = _header_end(joined, header.end())
    after = kept[stop - 1] + 1
    # a header spaced letter by letter (考 核 内 容) with the run going on after it on its line
    whole = line[after:].strip() != "" and any(
        right - left >= _SPACED_WORD for left, right in letters if left < end
    )
    if not whole and _POINTS_COLUMN.search(joined, header.start(), stop) is None:
        # no 分值 column: the points are not a column of their own (类别 内 容 得分), nor are
        # rows on lines of their own under a header alone on its line a flattened run
        return None
    return after, True


_SPACED_WORD = len("考 核 内")
"""The span of three letters spaced out: a header spaced so is spaced letter by letter (a header
that spaces only its two-letter words, 内 容, is not)."""


_POINTS_COLUMN = re.compile(r"分值|标准分|分数|" + HEADER_RUN_POINTS)
"""The words of a flattened table's header that name its points column."""


def _distinct_header(line: str) -> re.Match[str] | None:
    """The header words that open a flattened table in ``line``, each column named once.

    A document's title may run on into its header (``…评分标准一级指标二级指标…评分标准扣分``) and a
    heading into a sentence (``考核内容及分值考核内容包括…``): of words said again, the header is the
    longest stretch that names each once, the last of equal ones, and none shorter than three.
    """
    header = _RUN_HEADER_WORDS.search(line)
    if header is None:
        return None
    words = list(_HEADER_WORDS.finditer(line, header.start(), header.end()))
    best = (0, 0)  # the first word of the stretch and the one after its last
    first = 0
    for index, word in enumerate(words):
        while word.group() in {other.group() for other in words[first:index]}:
            first += 1
        if index + 1 - first >= best[1] - best[0]:
            best = (first, index + 1)
    if best == (0, len(words)):
        return header
    if best[1] - best[0] < 3:
        return None
    end = words[best[1]].start() if best[1] < len(words) else header.end()
    return _RUN_HEADER_WORDS.match(line, words[best[0]].start(), end)


_HEADER_TAIL = re.compile(
    r"\s*(?:" + HEADER_RUN_SCORE + r"|得分|备注|自评分|自评得分|考[核评]得分|核查分|审核分|合计"
    r"|(?:评价|评分|考[核评])(?:方式|主体)"
    r"|自查得分检查(?:得分|评分)?"
    r"|评分(?:人|情况|结果|记录)?(?![标细办方说依规要项])"
    r"|(?:优秀|良好|较好|合格|基本合格|一般|不合格|较差){2,})"
)
"""Header words after a run's header (得分 · 备注 · 核查分 · 合计 · the rater's 评分 · 评分人 · 评分情况 ·
how and by whom a row is rated: 评价方式 · 评分主体; a self-check's and a checker's 自查得分检查), and a
column for each grade (优秀良好合格不合格)."""


def _header_end(line: str, end: int) -> int:
    """Where a flattened table's header ends: after the words that follow its matched part."""
    while (tail := _HEADER_TAIL.match(line, end)) is not None:
        end = tail.end()
    return end


class _Offsets:
    """Offsets in the document of positions in pieces of text joined together."""

    def __init__(self, pieces: list[tuple[int, str]]) -> None:
        self.starts: list[int] = []
        self.offsets: list[int] = []
        position = 0
        for offset, piece in pieces:
            self.starts.append(position)
            self.offsets.append(offset)
            position += len(piece)

    def __call__(self, index: int) -> int:
        at = max(bisect.bisect_right(self.starts, index) - 1, 0)
        return self.offsets[at] + index - self.starts[at]


class _Groups:
    """The headings found in a run, by where they start, for quick look-ups."""

    def __init__(self, text: str, *, spaced: bool = False) -> None:
        self.spaced = spaced
        self.found = {match.start(): match for match in _RUN_GROUP.finditer(text)}
        self._spaced_names(text)
        for part in _RUN_PART.finditer(text):
            self.found.setdefault(part.start(), part)
        if spaced:
            # cells set apart by spaces: a cell that closes with its points is a heading
            for cell in _RUN_CELL.finditer(text):
                if not any(
                    found.start() <= cell.start() < found.end()
                    or cell.start() <= found.start() < cell.end()
                    for found in self.found.values()
                ):
                    self.found[cell.start()] = cell
            # a cell with bare points before the first row under it: 资金保障 5 1.按…
            for cell in _RUN_CELL_BARE.finditer(text):
                self.found.setdefault(cell.start(), cell)
            self._cell_rows(text, _RUN_CELL_ROW)
        else:
            self._cell_rows(text, _RUN_GLUED_ROW)
            self._glued_heads(text)
            self._serial_heads(text)
        covered = self._covered()
        for inner in _RUN_INNER.finditer(text):
            if not covered(inner.start()):
                self.found.setdefault(inner.start(), inner)
        self._after_rules(text)
        lead = _RUN_LEAD.match(text)
        if lead is not None and 0 not in self.found:
            self.found[0] = lead
        self.starts = sorted(self.found)
        self.size = len(text)
        self.lines: list[int] = []
        """Where the run's lines of the document start (not where a long line was cut)."""

    def _spaced_names(self, text: str) -> None:
        """The numbered headings whose names are spaced (一、 组织 领导 工作 12分), where no other is."""
        covered = self._covered()
        for heading in _RUN_GROUP_SPACED.finditer(text):
            if not covered(heading.start()):
                self.found.setdefault(heading.start(), heading)

    def _cell_rows(self, text: str, row: re.Pattern[str]) -> None:
        """Rows of cells, name · points · standard, unnumbered: ``组织领导 10 未成立…扣5分``.

        They are read only where the first row opens the run right after its header, the
        name cell first: a run whose rows open with other cells (项目 · 考核内容 · 标准分) is
        not read so.
        """
        rows = list(row.finditer(text))
        opening = len(text) - len(text.lstrip(" \u3000|"))
        if not rows or rows[0].start() != opening:
            return
        covered = self._covered()
        for found in rows:
            if not covered(found.start()):
                self.found.setdefault(found.start(), found)

    def _glued_heads(self, text: str) -> None:
        """The rows whose serial, name and bare points are glued to their first criterion."""
        covered = self._covered()
        heads = list(_RUN_GLUED_HEAD.finditer(text))
        for head in heads:
            if not covered(head.start()):
                self.found.setdefault(head.start(), head)
                # its points glued to the first criterion's number (61.…(2分)) open no heading
                for inside in range(head.start() + 1, head.end()):
                    self.found.pop(inside, None)
        if len(heads) == 1 and heads[0].group("mark") == "1":
            self._through_heads(text, heads[0])

    def _serial_heads(self, text: str) -> None:
        """The groups without points numbered 一 二 … glued to their name and first row (一档案管理1.…).

        Only the run of them numbered in order from 一, two or more, where no other heading is.
        """
        covered = self._covered()
        for pattern, value in (
            (_RUN_SERIAL_HEAD, chinese_to_int),
            (_RUN_FIGURE_SERIAL_HEAD, int),
        ):
            heads: list[re.Match[str]] = []
            for head in pattern.finditer(text):
                if not covered(head.start()) and value(head.group("mark")) == len(heads) + 1:
                    heads.append(head)
            if len(heads) >= _LEAST_SERIAL_HEADS:
                for head in heads:
                    self.found.setdefault(head.start(), head)

    def _through_heads(self, text: str, first: re.Match[str]) -> None:
        """The rows after ``first`` glued to a criterion numbered through the table, not afresh.

        ``1组织建设91、…(3分)2、…4、…(2分)2活动场所65、…``: row 2's first criterion is number 5,
        the one after the last criterion read; the figure before that number is the row's
        points (6), the figure before the name its serial (2), one more than the row's before.
        The criteria are read in one pass forward, each looked for once.
        """
        covered = self._covered()
        serial, number, at = int(first.group("mark")), 1, first.end()
        while (found := _criterion_number(number + 1).search(text, at)) is not None:
            number, at = number + 1, found.end()
            head = _through_head(serial + 1, number).search(
                text, max(0, found.start() - _THROUGH_REACH), found.end()
            )
            if head is not None and head.end() == found.start() and not covered(head.start()):
                self.found.setdefault(head.start(), head)
                serial += 1

    def _after_rules(self, text: str) -> None:
        """The headings glued after a rule's points or a row's stop, not inside one found before."""
        covered = self._covered()
        for after in _RUN_AFTER_RULE.finditer(text):
            if (
                _RULE_BEFORE.search(text, max(0, after.start() - 8), after.start())
                and not _SCORING_WORD.search(after.group("title"))
                and not _BOUND_WORD.search(after.group("title"))
                and not covered(after.start())
            ):
                self.found.setdefault(after.start(), after)
        for after in itertools.chain(
            _RUN_AFTER_STOP.finditer(text), _RUN_BARE_BEFORE_FIRST.finditer(text)
        ):
            title = after.group("title")
            if not (
                _SCORING_WORD.search(title) or _BOUND_WORD.search(title) or covered(after.start())
            ):
                self.found.setdefault(after.start(), after)

    def _covered(self) -> Callable[[int], bool]:
        """Whether a position lies inside a heading found so far, looked up in log time.

        The matches of one pattern do not overlap one another, so only the headings found
        before its search can cover one: their spans are sorted once, each with the furthest
        end reached up to it.
        """
        spans = sorted((found.start(), found.end()) for found in self.found.values())
        starts = [start for start, _ in spans]
        reach: list[int] = []
        for _, end in spans:
            reach.append(max(end, reach[-1]) if reach else end)

        def covered(position: int) -> bool:
            at = bisect.bisect_right(starts, position) - 1
            return at >= 0 and position < reach[at]

        return covered

    def next_start(self, index: int) -> int:
        at = bisect.bisect_left(self.starts, index)
        return self.starts[at] if at < len(self.starts) else self.size

    def covers(self, position: int) -> bool:
        at = bisect.bisect_right(self.starts, position) - 1
        return at >= 0 and position < self.found[self.starts[at]].end()


_RUN_WINDOW = 4_000
"""The longest item text looked through for the next item's number in a flattened table."""


def _read_run(
    reader: Reader, pieces: list[tuple[int, str]], *, spaced: bool = False, between: bool = False
) -> None:
    """Cut a flattened table into headings and items, the items numbered in one sequence.

    ``between``: the header puts the points column between the content and the standard.
    """
    text = "".join(piece for _, piece in pieces)
    where = _Offsets(pieces)
    if not (spaced and _numbered_cells(text)) and (
        (_DECIMAL_RUN.search(text) and _read_decimal_run(reader, text, where))
        or _read_part_run(reader, text, where)
    ):
        return
    groups = _Groups(text, spaced=spaced)
    groups.lines = [
        start
        for start, offset in zip(where.starts, where.offsets, strict=True)
        if start > 0 and reader.text[offset - 1 : offset] == "\n"
    ]
    stack: list[Item] = []
    heads: set[int] = set()  # the rows that head criteria numbered under them (1组织机构61.…)
    current: Item | None = None
    number = 1
    bracketed = False
    glued_run = False  # the rows are numbered glued to the previous row's last cell
    rows: list[Item] = []
    index = 0
    while index < len(text):
        group = groups.found.get(index)
        if group is not None:
            _run_group(reader, stack, group, (where(index), where(group.end())), heads)
            if _is_glued_head(group):
                heads.add(id(stack[-1]))
            current = None
            rows = []
            index = group.end()
            if _FIRST_ROW.match(text[index:]) or (spaced and _FIRST_SPACED.match(text[index:])):
                number = 1  # the items under a heading numbered afresh
            continue
        found, glued_run = _row_at(
            text, index, (number, bracketed, glued_run, between), groups, rows
        )
        next_group = groups.next_start(index)
        if found is None or found[0] > next_group:
            piece = _last_row_points(current, text[index:next_group], spaced=spaced)
            _run_rest(stack, current, piece, (index, between), where)
            current = None
            index = next_group
            continue
        glued, start, body = found
        if number == 1:
            bracketed = text[start] in "（("
        trailing = current is not None and _close_row(
            current, text[index:glued], text[glued:start], (where(index), between)
        )
        current = Item(2, "", where(start), where(start), None)
        (stack[-1].children if stack else reader.roots).append(current)
        rows.append(current)
        if glued < start and not trailing:
            current.points = float(text[glued:start])
        index = body
        number = _number_after(text[start:body], number)
    if current is not None and index < len(text):
        _run_standard(
            current,
            _last_row_points(current, text[index:], spaced=spaced),
            where(index),
            between=between,
        )


def _number_after(mark: str, number: int) -> int:
    """The number of the row after the one ``mark`` opens: a later row's, after a passage left out."""
    if mark.strip().isdecimal():
        return max(number, int(mark)) + 1
    return number + 1


def _numbered_cells(text: str) -> bool:
    """Whether a run set apart by spaces numbers two cells or more with their bare points.

    ``一、报告格式 6 （一）封面填写 2 1.…``: the cells are the headings, their rows under them;
    the readers of runs numbered 1.1 or （一） with points glued to the text do not apply.
    """
    found = (cell for cell in _RUN_CELL_BARE.finditer(text) if cell.group("mark"))
    return next(found, None) is not None and next(found, None) is not None


def _row_at(
    text: str,
    index: int,
    state: tuple[int, bool, bool, bool],
    groups: _Groups,
    rows: list[Item],
) -> tuple[tuple[int, int, int] | None, bool]:
    """Where row ``number`` of ``state`` starts after ``index``.

    ``state``: the number, whether the run brackets its numbers, whether it glues them to the
    row before, and whether its header puts the points between the content and the standard.

    Returns the row as ``_next_item`` does, or None, and whether the run numbers its rows glued
    to the row before's last cell.
    """
    number, bracketed, glued_run, between = state
    found = _next_item(text, index, number, groups, None if number == 1 else bracketed)
    if found is None and number > 1 and not bracketed:
        found = _glued_item(text, index, number, groups, chained=glued_run)
        glued_run = glued_run or found is not None
    if number > 1 and not bracketed:
        line = _line_row(text, index, number, groups)
        if line is not None and (found is None or line[1] < found[1]):
            found = line
    if found is not None and _points_of_the_last_row(text, found, rows, index if between else None):
        found = None
    if found is not None and number > 1:
        found = _stopped_rather_than_bare(text, found, number, groups.next_start(index))
    return found, glued_run


def _stopped_rather_than_bare(
    text: str, found: tuple[int, int, int], number: int, limit: int
) -> tuple[int, int, int]:
    """Row ``number`` with its stop (``2、``) rather than a bare figure read as its number.

    ``1、学期初工作有计划，学期末工作有小结。2按2、1评分。缺一项扣1分。2、根据…``: where the rows
    are numbered with a stop, a bare figure glued after the row before's stop and before a word
    is that row's points cell, when the number with its stop follows it (before the next row's
    and the next heading) and the row before was numbered so.
    """
    glued, start, body = found
    if glued != start or not text[start:body].isdecimal() or text[body : body + 1] in "、.．":
        return found
    if text[:start].rstrip()[-1:] not in "。；;":
        return found
    if _criterion_number(number - 1).search(text, 0, start) is None:
        return found
    stopped = _criterion_number(number).search(text, body, min(limit, body + _RUN_WINDOW))
    if stopped is None or _criterion_number(number + 1).search(text, body, stopped.start()):
        return found
    return stopped.start(), stopped.start(), stopped.end()


_LINE_ROW = re.compile(r"[ \u3000]*(\d{1,3})[ \u3000]+(?=[\u4e00-\u9fff“\"])(?!分)")
"""A row's number at the start of its line, a space after it: ``2 被考核单位未及时办理…``."""


def _line_row(text: str, index: int, number: int, groups: _Groups) -> tuple[int, int, int] | None:
    """Row ``number`` opening a line of the document after ``index``, its number set apart.

    A table laid one row a line (``序号 扣分内容 扣分标准 备注`` over ``1 被考核单位…`` ·
    ``2 被考核单位…``) parts its number from its text by a space, and the line before it may
    end in any cell (a note, ``由督查局提供扣分依据``): the next row's number where a line
    starts opens that row, wherever the line before ended. A figure alone on the line before
    is the points cell of the row before (``…扣3分。`` · ``8`` · ``2 履…``). Where a sharing
    site left a passage out (``……省略437字……``), the rows go on with a later number: the first
    line after the mark that opens with a number above ``number`` opens that row.
    """
    at = bisect.bisect_right(groups.lines, index)
    elided = ELISION.search(text, index, min(len(text), index + _RUN_WINDOW))
    for place, start in enumerate(groups.lines[at:], at):
        if start - index > _RUN_WINDOW:
            break
        found = _LINE_ROW.match(text, start)
        if found is None or groups.covers(start):
            continue
        after_elision = elided is not None and start >= elided.end()
        if found.group(1) != str(number) and not (after_elision and int(found.group(1)) > number):
            continue
        mark = start + len(found.group()) - len(found.group().lstrip(" \u3000"))
        before = groups.lines[place - 1] if place else -1
        figure = text[before:start] if before >= index else ""
        points = re.fullmatch(r"\d{1,3}(?:\.\d+)?", figure.strip()) is not None
        return (before + len(figure) - len(figure.lstrip()) if points else mark), mark, found.end()
    return None


def _points_of_the_last_row(
    text: str, found: tuple[int, int, int], rows: list[Item], index: int | None
) -> bool:
    """Whether the figure read as the next row's number is the points of the row before.

    ``…3未成立…不得分。4督促…小组。督促…小组。5未确定…的不得分。以…为依据。``: where the rows
    under the heading carry their points between text and standard, the row before has none
    yet, the bare figure opens a rule after its stop, and it is the run's last figure. Not
    where the row before (from ``index``) glues its points inside its text (`_points_glued_in`).
    """
    glued, start, body = found
    if (
        len(rows) < 2
        or rows[-1].points is not None
        or glued != start
        or (index is not None and _points_glued_in(text[index:start]) is not None)
    ):
        return False
    if not text[start:body].isdecimal():
        return False  # a number with its stop (5、 5.) is a row's
    if any(row.points is None for row in rows[:-1]):
        return False
    if text[:start].rstrip()[-1:] not in "。；;":
        return False
    stop = text.find("。", body)
    if not _STANDARD_RULE.search(text, body, stop if stop >= 0 else len(text)):
        return False
    # the run's last figure: no row follows it, whatever its number
    return stop < 0 or (
        _ROW_POINTS.search(text, stop + 1) is None and _ROW_NUMBER.search(text, stop + 1) is None
    )


_ROW_NUMBER = re.compile(r"(?<![\d.．])\d{1,2}[、.．](?!\d)")


_LAST_ROW_POINTS = re.compile(r"(?<=[。；;])\s*(\d{1,2}(?:\.\d+)?)\s*$")
"""The points of a group's last row, glued after its standard's stop (…每项扣1分。5二、…)."""


_LAST_STATED_POINTS = re.compile(
    r"(?<=[\u4e00-\u9fff）)”\"。；;])(?<![扣减加得计记])[ \u3000]+(\d{1,3}(?:\.\d+)?)[ \u3000]?分\s*$"
)
"""The points of a group's last row stated after a space, unbracketed, at its end (…和学风 10分):
no deduction's (扣 2分)."""
_LAST_CELL_POINTS = re.compile(r"(?<=[\u4e00-\u9fff）)”\"])[ \u3000]+(\d{1,2}(?:\.\d+)?)\s*$")
"""In a run whose cells spaces set apart, a row's points cell after its text without a stop, the
last of its group (``1.学校领导重视依法治校工作 3``) or before the next row's number
(``… 6 2.建立…``)."""


def _last_row_points(item: Item | None, row: str, *, spaced: bool = False) -> str:
    """A group's last row without the points glued after its stop, which become its own.

    ``2.建立工作责任制。每项扣1分。5二、健康教育``: the row's points column comes after its
    standard, so the figure before the next heading (or the end of the run) is its points when
    the row has none yet. Where spaces set the cells apart, the figure needs no stop before it.
    """
    found = _LAST_ROW_POINTS.search(row) or _LAST_STATED_POINTS.search(row)
    cell = _LAST_CELL_POINTS.search(row) if spaced and found is None else None
    last = found or cell
    if item is None or item.points is not None or last is None:
        return row
    if cell is not None and POINTS_PAREN.search(row, 0, cell.start()):
        # a row that states its points (…担任；（2分） 2 活动场所 6 5、…): the figure set apart
        # after it is the serial of the next row, a group's, not the points of this one
        return row[: cell.start()]
    item.points = float(last.group(1))
    return row[: last.start()]


def _close_row(item: Item, row: str, digits: str, at: tuple[int, bool]) -> bool:
    """Read a row's text; return whether the digits glued after it are its points.

    ``…全覆盖。10(2)…``: after a row's closing stop, the digits before the next number are the
    points of the row they close when it has none yet (the 分值 column after the 考核内容
    column), not the points of the next row.
    """
    start, between = at
    _run_standard(item, row, start, between=between)
    # after a stop, or a points cell set apart by spaces from a text without one (``工作 6 2.``)
    trailing = item.points is None and (
        row.rstrip()[-1:] in "。；;" or (digits[:1].isspace() and digits[-1:].isspace())
    )
    if trailing and digits:
        item.points = float(digits)
    return trailing


def _run_rest(
    stack: list[Item], current: Item | None, piece: str, at: tuple[int, bool], where: _Offsets
) -> None:
    """The text of a run up to the next heading, after the last numbered item (if any)."""
    index, between = at
    skip = len(piece) - len(piece.lstrip())
    if (
        current is None
        and stack
        and (
            _unnumbered_rows(stack[-1], piece, index, where)
            or _bracketed_rows(stack[-1], piece, index, where)
        )
    ):
        return
    leading = _LEADING_BARE.match(piece)
    if current is None and stack and leading is not None:
        # one item under the heading, not numbered, its points cell first: 5分乡镇级河长由…
        current = Item(2, "", where(index + leading.end()), where(index + leading.end()), None)
        current.points = float(leading.group(1))
        stack[-1].children.append(current)
        piece, index = piece[leading.end() :], index + leading.end()
    elif current is None and stack and POINTS_PAREN.search(piece) and piece.strip():
        # one item under the heading, not numbered: its text, (X分), its standard; a code of
        # the level below the heading's (C1 under B1) opens it
        code = _CODE_BELOW.match(piece, skip)
        if code is not None and _coded_below(stack[-1], code.group(1)):
            skip = code.end()
        current = Item(2, "", where(index + skip), where(index + skip), None)
        stack[-1].children.append(current)
        piece, index = piece[skip:], index + skip
    if current is not None:
        _run_standard(current, piece, where(index), between=between)
    elif stack and piece.strip():
        # a heading with no numbered items: the text after it is its standard
        stack[-1].standard.append((where(index + skip), piece.strip()))


_CODE_BELOW = re.compile(r"([A-D])\d{1,2}(?=[\u4e00-\u9fff“\"《])")
"""An indicator's code glued to its text in a run: ``C1成立了安全工作委员会…``."""


def _coded_below(heading: Item, letter: str) -> bool:
    """Whether ``letter`` codes the level right below ``heading``, itself coded (B1 over C1)."""
    return heading.level == "ABCD".index(letter) - 1


_LEADING_BARE = re.compile(r"\s*(\d{1,3}(?:\.\d+)?)\s*分(?=[\u4e00-\u9fff“\"])")
"""A row's points cell before its text, in a run whose row has no number: ``5分乡镇级河长由…``."""
_ROW_POINTS = re.compile(r"(?<=[。；;])\s*(\d{1,2}(?:\.\d+)?)(?=[\u4e00-\u9fff“\"])")
"""A row's points glued between its text and its standard: ``…三落实。5每缺一项扣0.5分``."""
_SCORES = re.compile(r"扣|不得分|不[计记]分|酌情")
_SENTENCE = re.compile(r"[^。]+。?")


_MERGED_ROW_TITLE = re.compile(r"\s*[^，,、；;。:：]{2,24}")
"""The title of a row without a content cell of its own: its standard's first words."""


def _unnumbered_rows(group: Item, piece: str, index: int, where: _Offsets) -> bool:
    """Read a heading's unnumbered rows, each ``text。5standard。``; return whether it did.

    A table flattened into one run whose rows have no number glues each row's 考核要求 cell,
    its 分值 cell and its 评分细则 cell: ``实施方案按时出台。5每缺一项扣0.5分。实现…全覆盖。2未…``.
    A row's standard runs to its last sentence that scores (扣 · 不得分 · 酌情); the sentences
    after it are the next row's text. Read only when every row has text and a standard, and
    the rows' points fit in the heading's.
    """
    marks = [
        found
        for found in _ROW_POINTS.finditer(piece)
        if _SCORES.search(piece[found.end() :].partition("。")[0])
    ]
    if len(marks) < 2 or group.points is None:
        return False
    last = _last_row_mark(piece, marks[-1])
    if last is not None:
        marks.append(last)
    return _rows_by_marks(group, (piece, index, where), marks, _last_scored_sentence, bare=True)


def _last_scored_sentence(segment: str) -> int | None:
    """Where a row's standard ends: after its last sentence that scores (0 if none does)."""
    scored = [
        sentence.end()
        for sentence in _SENTENCE.finditer(segment)
        if _SCORES.search(sentence.group())
    ]
    return scored[-1] if scored else 0


def _rows_by_marks(
    group: Item,
    run: tuple[str, int, _Offsets],
    marks: list[re.Match[str]],
    standard_end: Callable[[str], int | None],
    *,
    bare: bool,
) -> bool:
    """Give a heading the rows its run's points ``marks`` close the text of; return whether it did.

    ``run`` is the run's piece, where it starts and the offsets of the document. A row is the
    text before its mark, its points and its standard after the mark, up to ``standard_end`` of
    the text before the next mark (``None``: no row there); the last row's standard runs to the
    piece's end. ``bare`` (points bare after a stop): a row after the first may have no text (a
    merged cell), and every row needs a standard; else every row needs text, and the last may
    have no standard (a copy cut there). No row's text may score, and the rows' points must fit
    in the heading's.
    """
    piece, index, where = run
    if group.points is None or sum(float(found.group(1)) for found in marks) > group.points:
        return False
    rows: list[tuple[int, str, float, int, str]] = []
    start = 0
    for number, found in enumerate(marks):
        text = piece[start : found.start()]
        limit = marks[number + 1].start() if number + 1 < len(marks) else len(piece)
        segment = piece[found.end() : limit]
        cut = standard_end(segment) if number + 1 < len(marks) else len(segment)
        if (
            cut is None
            or (not text.strip() and not (bare and number))
            or _SCORES.search(text)
            or (bare and not segment[:cut].strip())
        ):
            return False
        rows.append((start, text, float(found.group(1)), found.end(), segment[:cut]))
        start = found.end() + cut
    for start, text, points, after, standard in rows:
        lead = len(text) - len(text.lstrip())
        # a row whose content cell is merged with the row's above: its standard names it
        title = text.partition("。")[0] if text.strip() else _MERGED_ROW_TITLE.match(standard)
        if not isinstance(title, str):
            title = title.group() if title is not None else standard
        at = where(index + start + lead) if text.strip() else where(index + after)
        item = Item(2, clean_title(title), at, 0, points)
        item.end = where(index + after + len(standard))
        skip = len(standard) - len(standard.lstrip())
        item.standard.append((where(index + after + skip), standard.strip()))
        group.children.append(item)
    return True


_BRACKETED_ROW = re.compile(r"(?<=[。；;])\s*[（(]\s*(\d{1,2}(?:\.\d+)?)\s*分\s*[）)]")
"""A row's points cell in brackets after its text's stop: ``案由书写规范。(1分)未按照…扣1分``."""
_ROW_SCORE = re.compile(r"[扣减]\s*\d+(?:\.\d+)?\s*分|[扣减]完为止|不得分|不[计记]分")
_GLUED_WORD = re.compile(r"[\u4e00-\u9fff“\"《]")
_STOP_AFTER = re.compile(r"[^。；;]*[。；;]?")


def _bracketed_rows(group: Item, piece: str, index: int, where: _Offsets) -> bool:
    """Read a heading's unnumbered rows, each ``text。(1分)standard``; return whether it did.

    A table flattened into one run whose rows have no number may bracket each row's points after
    its text's stop and glue the next row's text to the last deduction of the standard:
    ``案由书写规范。(1分)未按照…格式的,扣1分当事人的基本情况清楚。…(1分)…缺一项扣0.5分,扣完为止案件来源
    明确。…(1分)``. A row's standard runs to its last deduction (扣1分 · 扣完为止 · 不得分); words glued
    to it are the next row's text, or else the rest of the deduction's sentence is the standard's.
    Read only when every row but the last has a standard that deducts, no row's text deducts,
    and the rows' points fit in the heading's.
    """
    marks = list(_BRACKETED_ROW.finditer(piece))
    if len(marks) < 2:
        return False
    return _rows_by_marks(group, (piece, index, where), marks, _last_deduction, bare=False)


def _last_deduction(segment: str) -> int | None:
    """Where a row's standard ends: after its last deduction, or its sentence (None: none)."""
    scores = list(_ROW_SCORE.finditer(segment))
    if not scores:
        return None
    cut = scores[-1].end()
    if _GLUED_WORD.match(segment, cut):
        return cut  # the next row's text glued to the deduction
    stop = _STOP_AFTER.match(segment, cut)
    return stop.end() if stop is not None else cut


def _last_row_mark(piece: str, mark: re.Match[str]) -> re.Match[str] | None:
    """The points of a last row whose text comes before its standard: ``。5清洗点…。少一个扣2分。``.

    After the last row that opens with a scoring sentence, a figure glued after a stop is the
    points of one more row when the text after it scores only in a later sentence.
    """
    stop = piece.find("。", mark.end())
    if stop < 0 or not _SCORES.search(piece, mark.end(), stop):
        return None
    found = _ROW_POINTS.search(piece, stop + 1)
    if (
        found is None
        or _COUNTED.match(piece, found.end())
        or not _SCORES.search(piece, found.end())
    ):
        return None
    if any(_ROW_POINTS.finditer(piece, found.end())):
        return None  # not the last figure of the run
    return found


_PART_MARK = re.compile(r"[（(]([一二三四五六七八九十]{1,3})[）)]")
_PART_HEAD = re.compile(r"(?<![\u4e00-\u9fff“\"])([一二三四五六七八九十]{1,3})[、.．]")
_FIRST_CLAUSE = re.compile(r"(?<![.．])1[、.．](?!\d)(?=[\u4e00-\u9fff“\"《(（])")
"""A standard's first clause, its number perhaps glued after the row's points (``31.未…``)."""
_GLUED_BEFORE_CLAUSE = re.compile(
    r"(?<=[\u4e00-\u9fff。；;）)”\"])(\d{1,3}(?:\.\d)?)(?=1[、.．](?!\d)[\u4e00-\u9fff“\"《(（])"
)
"""A row's points glued before its standard's first clause: ``…广度深度。31.未组织…`` is 3 points."""


def _read_part_run(reader: Reader, text: str, where: _Offsets) -> bool:
    """Read a flattened table whose rows are numbered （一） （二） and their standards 1. 2.

    ``一、学习宣传…(一)学习宣传…广度深度。31.未组织…扣1分。(二)…主要形式101.随机抽查…``: the
    rows are the parts （一）, （二）… under headings 一、 二、, each row's points glued between
    its text and its standard's first clause, whose numbers start afresh in every row. Read
    only when two parts or more are numbered in order and the standards' clauses restart.
    Returns whether any row was read.
    """
    parts: list[re.Match[str]] = []
    last = 0
    for found in _PART_MARK.finditer(text):
        number = chinese_to_int(found.group(1)) or 0
        if number > last and (parts or number == 1):
            parts.append(found)
            last = number
    if len(parts) < 2 or len(_FIRST_CLAUSE.findall(text)) < 2:
        return False
    heads = [
        found
        for found in _PART_HEAD.finditer(text, 0, parts[-1].start())
        if not any(part.start() <= found.start() < part.end() for part in parts)
    ]
    marks = sorted(
        [(found, 0) for found in heads] + [(found, 1) for found in parts],
        key=lambda pair: pair[0].start(),
    )
    group: Item | None = None
    for position, (found, level) in enumerate(marks):
        end = marks[position + 1][0].start() if position + 1 < len(marks) else len(text)
        body = text[found.end() : end]
        start = where(found.start())
        if level == 0:
            group = Item(0, clean_title(body), start, where(end), None)
            reader.roots.append(group)
            continue
        item = Item(1, "", start, where(end), None)
        (group.children if group is not None else reader.roots).append(item)
        glued = _GLUED_BEFORE_CLAUSE.search(body)
        if glued is None:
            _run_standard(item, body, where(found.end()))
            continue
        item.points = float(glued.group(1))
        item.title = clean_title(body[: glued.start()].partition("。")[0])
        standard = body[glued.end() :].strip()
        if standard:
            item.standard.append((where(found.end() + body.index(standard, glued.end())), standard))
    return True


_DECIMAL_RUN = re.compile(r"(?<![\d.])1\.1(?![\d.])")
"""A flattened table numbered 1 · 1.1 · 1.1.1 (the first sub-item is enough to tell)."""


def _decimal_marker(number: tuple[int, ...]) -> re.Pattern[str]:
    """Where item ``number`` starts in a run: ``2、`` or ``1.2`` before the item's text.

    Digits just before the number are the points of the row before (``201.1.1``), so the
    number may follow a digit, but never a dot.
    """
    if len(number) == 1:
        return re.compile(rf"(?<![.\d]){number[0]}[、.．](?![\d.])")
    dotted = r"\.".join(str(part) for part in number)
    return re.compile(rf"(?<!\.){dotted}(?![\d.])(?=\s*[\u4e00-\u9fff“\"《(（])")


def _next_decimal(
    text: str, index: int, last: tuple[int, ...]
) -> tuple[tuple[int, ...], re.Match[str]] | None:
    """The first of the numbers that may follow ``last`` (a child, a sibling, an uncle…)."""
    candidates = [(*last, 1)] if last else [(1,)]
    candidates += [(*last[:depth], last[depth] + 1) for depth in range(len(last) - 1, -1, -1)]
    best: tuple[tuple[int, ...], re.Match[str]] | None = None
    for number in candidates:
        found = _decimal_marker(number).search(text, index, index + _RUN_WINDOW)
        if found is not None and (best is None or found.start() < best[1].start()):
            best = number, found
    if len(last) > 1 and (best is None or len(best[0]) < len(last)):
        # a table whose rows skip a number (2.1 · 2.3, the row 2.2 struck out): the number
        # after the next sibling, where neither that sibling nor a child comes first
        skipped = (*last[:-1], last[-1] + 2)
        end = best[1].start() if best is not None else index + _RUN_WINDOW
        found = _decimal_marker(skipped).search(text, index, end)
        if found is not None and (found.start() == 0 or text[found.start() - 1] in _ROW_CLOSE):
            best = skipped, found
    return best


_ROW_CLOSE = " \u3000\t\n。.．；;)）】分0123456789"
"""What a row of a run closes with before the next row's number (a stop, its points, a space);
a figure inside a sentence (平均值的1.4倍) follows none of them."""


def _read_decimal_run(reader: Reader, text: str, where: _Offsets) -> bool:
    """Read a flattened table numbered 1 · 1.1 · 1.1.1, each row's points glued to the next number.

    ``1.政府组织工作(75分)1.1纳入目标考核201.1.1纳入考核。(10分)未纳入的不得分``: row 1.1 has
    20 points, row 1.1.1 has 10. Returns whether any row was read.
    """
    marks: list[tuple[tuple[int, ...], int, int]] = []
    index = 0
    last: tuple[int, ...] = ()
    while (found := _next_decimal(text, index, last)) is not None:
        number, match = found
        marks.append((number, match.start(), match.end()))
        index, last = match.end(), number
    if len(marks) < 2:
        return False
    stack: list[tuple[int, Item]] = []
    for position, (number, start, body) in enumerate(marks):
        end = marks[position + 1][1] if position + 1 < len(marks) else len(text)
        glued = end
        while position + 1 < len(marks) and glued > body and text[glued - 1] in _DIGITS:
            glued -= 1
        item = Item(len(number), "", where(start), where(end), None)
        _decimal_row(item, text[body:glued], where(body))
        if item.points is None and glued < end:
            item.points = float(text[glued:end])
        while stack and stack[-1][0] >= len(number):
            stack.pop()
        (stack[-1][1].children if stack else reader.roots).append(item)
        stack.append((len(number), item))
    return True


def _decimal_row(item: Item, text: str, start: int) -> None:
    """A row's text: its title, its points (the first ``(X分)`` of its first sentence), the rest."""
    stop = text.find("。")
    paren = POINTS_PAREN.search(text)
    if paren is not None and (stop < 0 or paren.start() <= stop + 1):
        item.points = float(paren.group(1))
        title, rest, at = text[: paren.start()], text[paren.end() :], paren.end()
    else:
        title = text if stop < 0 else text[:stop]
        rest, at = ("", len(text)) if stop < 0 else (text[stop + 1 :], stop + 1)
    item.title = clean_title(title.partition("。")[0])
    rest = rest.strip(" ；;，,。")
    if rest:
        item.standard.append((start + text.index(rest, at), rest))


def _run_group(
    reader: Reader,
    stack: list[Item],
    group: re.Match[str],
    span: tuple[int, int],
    heads: set[int],
) -> None:
    """A heading of a flattened table (一、…（60分） or 1、…（20分）) opens a group.

    ``span``: where the heading starts and ends; ``heads``: the rows whose criteria are
    numbered under them (``1组织机构61.…``), by ``id``.
    """
    mark = group.group("mark") or "一"
    level = 0 if mark[0] in "一二三四五六七八九十" or group.re is _RUN_FIGURE_SERIAL_HEAD else 1
    if mark[0] in "ABCD":
        level = "ABCD".index(mark[0])  # A1 over B1 over the numbered items
    stated = group.group("points") or group.group("bare") or group.groupdict().get("paren")
    points = float(stated) if stated else None
    if group.group("mark") is None and points is not None:
        # an unnumbered heading goes under the heading whose points still have room for it,
        # never under one that already has its standard: that one is an item
        while stack and stack[-1].standard and not stack[-1].children:
            stack.pop()
        pop_to_room(stack, points)
        level = stack[-1].level + 1 if stack else 0
    if not _is_glued_head(group) and mark[0].isdecimal():
        # a criterion numbered with its points in brackets (2.明确…(4分)) under a row whose
        # criteria are numbered glued to its points goes under that row
        for above in reversed(stack):
            if id(above) in heads:
                level = above.level + 1
                break
    while stack and stack[-1].level >= level:
        stack.pop()
    item = Item(level, clean_title(group.group("title")), *span, points)
    (stack[-1].children if stack else reader.roots).append(item)
    stack.append(item)


def _next_item(
    text: str, index: int, number: int, groups: _Groups, bracketed_run: bool | None = None
) -> tuple[int, int, int] | None:
    """Where item ``number`` starts after ``index``: (glued points start, marker start, body).

    ``bracketed_run`` says how the run's first item was numbered: (1) (True), 1、 (False), or
    not yet known (None).
    """
    marker = _Numbered(_marker(bracketed_run, first=number == 1, spaced=groups.spaced), number)
    for found in marker.finditer(text, index, min(len(text), index + _RUN_WINDOW)):
        if groups.covers(found.start()) or found.end() in groups.found:
            # a bare number glued to the next heading (``。4三、…``) is the points of a row
            continue
        if not found.groupdict().get("stop") and _points_of_the_row_before(text, found, marker):
            continue  # a number with its stop (4、) is no points
        if found.groupdict().get("spaced") and not _after_cell(text, index, found.start()):
            continue
        if found.groupdict().get("after_points") and not _serials_go_on(
            text, found.end(), number + 1
        ):
            continue
        glued = found.start()
        while glued > index and text[glued - 1] in _DIGITS + ".":
            glued -= 1
        if (
            glued == found.start()
            and (spaced := _SPACED_POINTS.search(text, index, found.start())) is not None
        ):
            glued = spaced.start(1)  # a points cell set apart by spaces: …扣10分。 30 2、…
        elif (
            glued == found.start()
            and groups.spaced
            and found.groupdict().get("stop")
            and (cell := _LAST_CELL_POINTS.search(text, index, found.start())) is not None
        ):
            glued = cell.start()  # …依法治校工作 6 2.建立…: the cell after the text, no stop
        return glued, found.start(), found.end()
    return None


_DIGITS = "0123456789"
"""The digits a points figure is written in (a circled ① is a number's mark, not a figure)."""


_SPACED_NUMBER = r"(?<!\S){number}[ \u3000]+(?=[\u4e00-\u9fff“\"])"
"""A row's number set apart by spaces in a run whose cells are: ``… 4 2 年初有计划…``."""
_FIRST_ROW = re.compile(r"\s*(?:1(?:[、.．](?!\d)|(?=[\u4e00-\u9fff“\"]))|[（(]1[）)])")
_FIRST_SPACED = re.compile(r"\s*" + _SPACED_NUMBER.format(number=1))
"""A heading's first row, whose number starts the heading's rows afresh."""

_SPACE = r"(?P<space>\d+)"
_NUMBERS = ("stop", "bare", "after", "first", "space", "bracket", "glued")
"""The groups of ``_Numbered``'s patterns that hold the number, one for each way of writing it."""


class _Numbered:
    """A pattern of numbers of any value that matches where it holds ``number`` alone.

    Each of the pattern's number groups is followed by what is no digit, so it holds the whole
    figure that starts where it does: a match that holds another number, at a point where the
    pattern written with ``number`` could match none, is passed over as that pattern would
    (``…扣1分。512、``: at the 5 no 12 starts, at the 1 it does). Compiled once, the pattern
    serves every row of a run, where one compiled for each number took milliseconds a row.
    """

    def __init__(self, pattern: re.Pattern[str], number: int) -> None:
        self.pattern = pattern
        self.number = str(number)

    def _holds(self, found: re.Match[str]) -> bool:
        groups = found.groupdict()
        return next(groups[name] for name in _NUMBERS if groups.get(name)) == self.number

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The first match after ``pos`` that holds ``number``."""
        while (found := self.pattern.search(text, pos, endpos)) is not None:
            if self._holds(found):
                return found
            pos = found.start() + 1
        return None

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches that hold ``number``, one after another as ``re.finditer`` finds them."""
        while (found := self.search(text, pos, endpos)) is not None:
            yield found
            pos = found.end()

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        """The match at ``pos`` if it holds ``number``."""
        found = self.pattern.match(text, pos)
        return found if found is not None and self._holds(found) else None


@functools.cache
def _marker(bracketed_run: bool | None, *, first: bool, spaced: bool) -> re.Pattern[str]:
    """The numbers of a run's items, for ``_Numbered``.

    1、 1. or, after an item's points or a full stop, a bare 1 before the text (not a row's
    points cell set apart by spaces, ``。2分 未建立…``); or (1) after a row's end, but only in
    a run whose items are numbered so (a (4) inside item 3 is a clause).
    """
    plain = (
        r"(?<!\.)(?P<stop>\d+)[、.．](?!\d)|(?<=[。；;)）分])(?P<bare>\d+)(?!分[ \u3000])"
        r"(?=[\u4e00-\u9fff“\"])"
        rf"|(?P<after_points>{_AFTER_POINTS_ANY.pattern})"
    )
    if first:
        # the first row's number opens the run
        plain += r"|^\s*(?P<first>1)\s+(?=[\u4e00-\u9fff“\"])"
    if spaced:
        plain += rf"|(?P<spaced>{_SPACED_NUMBER.format(number=_SPACE)})"
    # (1) after a row's closing stop, after the points of the row it opens (…情况4分(1)园区…)
    bracketed = (
        r"(?:(?<=[。；;）)\d\s])|(?<=\d分)|^)[（(](?P<bracket>\d+)[）)](?=[\u4e00-\u9fff“\"])"
    )
    return re.compile({None: f"{plain}|{bracketed}", True: bracketed, False: plain}[bracketed_run])


def _after_cell(text: str, index: int, start: int) -> bool:
    """Whether a row's number set apart by spaces at ``start`` follows a cell that closes a row.

    It opens the run or a heading's rows (nothing but spaces since ``index``), or it follows the
    row before's points cell after its stop (``…各扣1分。 4 2 年初…``).
    """
    return not text[index:start].strip() or _SPACED_POINTS.search(text, index, start) is not None


_AFTER_POINTS = (
    r"(?<=[。；;]\d){number}(?![分次个人天张份项件年月日名处条起例家所户时元倍级届期批轮遍篇])"
    r"(?=[\u4e00-\u9fff“\"])"
)
"""A row's number glued after the points of the row before, after its stop: ``…扣0.5分。42绿化带…``."""
_AFTER_POINTS_ANY = re.compile(_AFTER_POINTS.format(number=r"(?P<after>\d+)"))


def _serials_go_on(text: str, start: int, number: int) -> bool:
    """Whether row ``number`` follows ``start`` glued so too, or the run ends with a row's points.

    A figure glued after a row's stop is the row's points and the next row's number only where
    the numbering goes on so: ``…。42绿化带…。33公共厕所…。3``.
    """
    end = min(len(text), start + _RUN_WINDOW)
    if _Numbered(_AFTER_POINTS_ANY, number).search(text, start, end):
        return True
    return end == len(text) and _LAST_ROW_POINTS.search(text, start) is not None


_SPACED_POINTS = re.compile(r"(?<=[。；;])\s*(\d{1,3}(?:\.\d+)?)\s+$")
"""The row before's points cell between its stop and the next row's number, set apart by spaces."""


_STANDARD_RULE = re.compile(r"[得扣减记计]\s*\d+(?:\.\d+)?\s*分|不得分|不[计记]分")


def _points_of_the_row_before(text: str, found: re.Match[str], marker: _Numbered) -> bool:
    """Whether a bare number that reads as the next item's is the points of the row before.

    ``…工作内容。2每做到一项得0.5分。2党委议军会议…``: the points column sits between a row's
    content and its standard, so the first 2 opens a standard (a rule that awards or takes
    points), and the same number right after that standard's stop is the item, or after a
    remark that scores nothing (``…扣1分。 以文件材料为依据。3各乡镇…``, a 备注 cell).
    """
    stop = text.find("。", found.end(), found.end() + _RUN_WINDOW)
    if stop < 0 or not _STANDARD_RULE.search(text, found.end(), stop):
        return False
    for _ in range(_REMARKS + 1):
        if marker.match(text, stop + 1) is not None:
            return True
        after = text.find("。", stop + 1, stop + 1 + _RUN_WINDOW)
        if (
            after < 0
            or _STANDARD_RULE.search(text, stop + 1, after)
            or _DIGIT.search(text, stop + 1, after)
        ):
            return False
        stop = after
    return False


_REMARKS = 1
"""How many sentences that score nothing may stand between a row's standard and the next row."""
_DIGIT = re.compile(r"\d")


_GLUED_NUMBER = (
    r"(?<=[\u4e00-\u9fff])(?<![第每少缺扣加减满达超前后近约共计占得至])"
    r"{number}(?![\d.．])(?![分次个人天张份项件年月日名处条起例家所户时元倍级届期批轮遍篇%％])"
    r"(?=[\u4e00-\u9fff])"
)
_GLUED_NUMBER_ANY = re.compile(_GLUED_NUMBER.format(number=r"(?P<glued>\d+)"))

_GLUED_CHAIN = 3
"""How many numbers in a row a run must glue to its rows' text before such a number is an item."""


def _glued_item(
    text: str, index: int, number: int, groups: _Groups, *, chained: bool
) -> tuple[int, int, int] | None:
    """Item ``number`` glued between the last cell of the row before and its own text.

    A table flattened without stops or spaces loses the edge between rows when the row before
    ends in a merged cell's text (``…扣2分每日巡查定期检查2区文明办督查组…``). A number between two
    characters is an item only in a run that numbers several rows so, one after another.
    """
    end = min(len(text), index + _RUN_WINDOW)
    position = index
    found: list[re.Match[str]] = []
    for step in range(1 if chained else _GLUED_CHAIN):
        pattern = _Numbered(_GLUED_NUMBER_ANY, number + step)
        match = next(
            (m for m in pattern.finditer(text, position, end) if not groups.covers(m.start())),
            None,
        )

        if match is None or match.start() >= groups.next_start(index):
            return None
        found.append(match)
        position = match.end()
    return found[0].start(), found[0].start(), found[0].end()


_POINTS_AFTER_TEXT = re.compile(r"(?<=[。；;])\s*(\d+(?:\.\d+)?)\s*分(?![值数钟\d）)])")
"""An item's points at the start of a sentence of its row: ``…有总结。8分未成立的扣2分``."""


_UNSCORED_SENTENCE = (
    # two characters or more, none of them a bracket; a figure is read whole, once (a run of
    # digits is points or not as a whole: (?!\d) after it), so that a long run is not read again
    # from each digit. (No possessive repeat of the group: the engine of Python 3.11.2 misreads
    # one here and lets 120 分 pass.)
    r"(?=[^。（()）]{2})"
    r"(?:[^。（()）\d扣得]|得(?!\s*\d|分)|\d+(?!\d)(?!(?:\.\d+)?\s*分))+。"
)
_POINTS_CLOSING_ROW = re.compile(
    r"(?P<text>[^；;]*?)[，,]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[；;。]?\s*"
)
"""The rest of a row's text closed by its points after a comma: ``学校成立了…安全工作,3分;``."""
_ANY_POINTS = re.compile(r"\d\s*分|[扣得]|\d\s*(?:\n|[、.．](?!\d))")
"""Points, a word that scores or a number that opens a line or a row (``5`` · ``1.``), which the
text before a row's closing points must not hold: they are another row's, or its criteria's."""
_POINTS_AFTER_SENTENCES = re.compile(
    r"(?P<text>(?:" + _UNSCORED_SENTENCE + r"){1,4})"
    r"\s*[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]"
)
"""A row's text of more sentences than one, its points in brackets after the last, nothing scored
before them: ``成立了安全工作委员会…。制订了年度计划和总结。召开专题会议。(4分)查看资料…``. Words
with 分 or 得 and figures that score nothing (分管, 分支, 取得, 超过80%) may stand in them."""


_TITLE_THEN_POINTS = re.compile(r"([\u4e00-\u9fff]{2,8}?)(\d{1,2}(?:\.\d)?)(?=[\u4e00-\u9fff])")
"""A short title with its points glued after it, then the item's text: ``管理体制9司法所为…``."""


def _titled_points(item: Item, text: str, start: int) -> bool:
    """Read ``管理体制9司法所为…(3分)。…(2分)…`` when the text's scored pieces add up to the points.

    A table flattened into one run glues the 考评项目 cell, the 分值 cell and the 考评内容 cell;
    only the sum of the points the content states tells the points from a number in the text.
    """
    head = _TITLE_THEN_POINTS.match(text)
    if head is None or item.points is not None:
        return False
    points = float(head.group(2))
    stated = sum(float(found.group(1)) for found in POINTS_PAREN.finditer(text, head.end()))
    if abs(stated - points) > 1e-9:
        return False
    item.title, item.points, item.end = head.group(1), points, start + head.end()
    rest = text[head.end() :].strip()
    if rest:
        item.standard.append((start + text.index(rest, head.end()), rest))
    return True


def _run_standard(item: Item, text: str, start: int, *, between: bool = False) -> None:
    """An item's text in a run: its title, its points and its standard."""
    if not _titled_points(item, text, start):
        _sentence_standard(item, text, start, between=between)


def _points_after_title(item: Item, rest: str, start: int) -> str:
    """The points in brackets after an item's first sentence (``rest``, at ``start``), if any.

    They follow it (``…专题会议。(3分)…``) or the row's other sentences, when none of them
    scores (``…合理。制订了…总结。(4分)查看资料…``): those sentences go to its standard.
    Returns the text after them.
    """
    if (after := POINTS_PAREN.match(rest.lstrip())) is not None:
        item.points = float(after.group(1))
        return rest.lstrip()[after.end() :]
    if (later := _POINTS_AFTER_SENTENCES.match(rest)) is not None:
        item.points = float(later.group("points"))
        described = later.group("text").strip()
        item.standard.append((start + rest.index(described), described))
        return rest[later.end() :]
    closing = _POINTS_CLOSING_ROW.fullmatch(rest)
    if closing is not None and not _ANY_POINTS.search(closing.group("text")):
        # …并经常研究、布置安全工作,3分;2、…: the row's points close its text after a comma,
        # the 分值 cell printed in the content's, as a narrow column prints it
        item.points = float(closing.group("points"))
        described = closing.group("text").strip()
        if described:
            item.standard.append((start + rest.index(described), described))
        return ""
    return rest


def _points_after_content(rest: str) -> re.Match[str] | None:
    """The points glued after a row's text of several sentences, before its standard.

    The figure opens the first sentence that scores (扣 · 不得分 · 酌情), and no sentence
    before it scores: ``建立防火办，…工作。12未成立防火办的不得分。``. A figure that counts
    what follows it (``3个以上单位未落实的扣1分``) is the rule's, not the row's points.
    """
    checked = 0  # the text before it has no scoring word: each stretch is searched once
    for found in _ROW_POINTS.finditer(rest):
        if _SCORES.search(rest, checked, found.start()):
            return None
        checked = found.start()
        if _COUNTED.match(rest, found.end()):
            continue
        stop = rest.find("。", found.end())
        if _SCORES.search(rest, found.end(), stop if stop >= 0 else len(rest)):
            return found
    return None


_GLUED_SCORES = re.compile(r"扣|减\s*\d|不得分|不[计记]分|酌情")
_GLUED_FIGURE = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*(\d{1,2}(?:\.\d)?)\s*(?=[\u4e00-\u9fff])(?![分%％])"
)
_NOT_POINTS_AFTER = "每第共约近前后这那占为至到少多低高过于满扣得减计记年月日"
"""What before a figure makes it a count, a bound or a date, not the row's points (参加5通报…:
the 加 of a word is no bonus)."""


def _points_glued_in(text: str) -> re.Match[str] | None:
    """The points a flattened row glues between its content and its rule, without a stop.

    ``…领导小组，有分管领导；…考核班子和领导干部的内容10老干部工作未列入…考核内容的扣1分``: the
    last figure glued between two characters before the first scoring word (扣 · 减2分 · 不得分 ·
    酌情), in its clause: the points cell stands just before the rule. Not a count (3个, 3类), a
    bound or a date (每年2次, 少于4次, 在6月底前), nor a figure that would leave the row a title of
    two characters or fewer (``开展3类…``: the figure is the row's content). The text is searched
    once.
    """
    scoring = _GLUED_SCORES.search(text)
    if scoring is None:
        return None
    last: re.Match[str] | None = None
    for found in _GLUED_FIGURE.finditer(text):
        if found.start() >= scoring.start():
            break
        if (
            not _MEASURED.match(text, found.end())
            and text[found.start() - 1] not in _NOT_POINTS_AFTER
        ):
            last = found
    if (
        last is None
        or _CLAUSE_STOP.search(text, last.end(), scoring.start())
        or len(clean_title(text[: last.start()])) <= 2  # an earlier figure leaves less
    ):
        return None
    return last


_CLAUSE_STOP = re.compile(r"[。；;]")
_COUNTED = re.compile(r"[个次名处件起例家户天倍批轮遍篇张份元]|人(?!员)|项(?!目)|条(?!例)")
"""A measure word after a figure, which makes it a count (3个 · 2次 · 5人), not points."""
_MEASURED = re.compile(
    _COUNTED.pattern + r"|[类种级套届岁位万]|期(?![间限内])|场(?![所地])|所(?![属在有])"
    r"|周(?![边密])|年(?![度底初中终末内])|月(?![度报])|[日号](?![常报])"
)
"""A measure word or a date after a figure inside a row's text (3类 · 1期 · 2场 · 6月底), not
the first letter of a word that may open the rule after the points (5年度… · 5场所…)."""


_POINTS_AFTER_CLAUSE = re.compile(r"[；;]\s*(\d{1,3}(?:\.\d+)?)\s*分(?![值数钟])(?=\s*\S)")
"""A row's 分值 cell after its content's closing semicolon, before its standard: ``…联络员;2 分有文件…``."""


def _points_after_clause(item: Item, text: str, start: int, title: str) -> bool:
    """Read a row whose 分值 cell follows its content's closing semicolon; return whether it did.

    ``…配备好执行主任、联络员;2 分有文件、资料可查…缺 1 项扣 1 分``: the figure scores the row, the
    text before the semicolon is its title and what follows the figure its standard.
    """
    cell = _POINTS_AFTER_CLAUSE.search(title)
    if cell is None:
        return False
    item.points = float(cell.group(1))
    described = text[cell.end() :].strip()
    if described:
        item.standard.append((start + text.index(described, cell.end()), described))
    item.title = clean_title(title[: cell.start()])
    item.end = start + len(text)
    return True


def _sentence_standard(item: Item, text: str, start: int, *, between: bool = False) -> None:
    """An item's text in a run: the title up to 。, the points glued after it, the standard."""
    glued = _points_glued_in(text) if between and item.points is None else None
    if glued is not None:
        # …将老干部工作列入考核内容10老干部工作未列入…的扣1分: the 标准分 cell, between the
        # row's content and its rule with no stop, scores the row; the rule is its standard
        item.points = float(glued.group(1))
        _sentence_standard(item, text[: glued.start()], start)
        rule = text[glued.end() :].strip()
        if rule:
            item.standard.append((start + text.index(rule, glued.end()), rule))
        item.end = start + len(text)
        return
    title, _, rest = text.partition("。")
    if item.points is None and _points_after_clause(item, text, start, title):
        return
    scoring = re.search(r"[；;](?=[^；;]*(?:扣|不得分|不[计记]分|酌情))", title)
    if scoring is not None and not POINTS_PAREN.search(title):
        # a clause of the first sentence that says how the item is scored is its standard
        described = title[scoring.end() :].strip()
        if described:
            item.standard.append(
                (start + scoring.end() + title[scoring.end() :].index(described), described)
            )
        title = title[: scoring.start()]
    paren = POINTS_PAREN.search(title)
    closing = POINTS_CLOSING.search(title) if paren is None and item.points is None else None
    if paren is not None and item.points is None and not title[paren.end() :].strip(" ；;，,"):
        title = title[: paren.start()]
        item.points = float(paren.group(1))
    elif closing is not None and not title[closing.end() :].strip():
        # a criterion whose first sentence closes with its points after a comma, as a
        # narrow cell prints them: ``(1)…日常运维工作,满分2.5分。`` (``，2分。``)
        title = title[: closing.start()].rstrip(" ，,")
        item.points = float(closing.group(1))
    elif item.points is None:
        rest = _points_after_title(item, rest, start + len(text) - len(rest))
    item.title = clean_title(title)
    item.end = start + len(text)
    rest = _points_before_standard(item, text, rest, start).strip()
    if rest:
        item.standard.append((start + text.index(rest), rest))


def _points_before_standard(item: Item, text: str, rest: str, start: int) -> str:
    """The points of a row between its text and its standard; return the rest of ``rest``."""
    if item.points is None:
        # a bracketed remark may stand between the row's text and its points: …。(查阅资料)5未…
        glued = re.match(
            r"\s*(?:[（(][^（()）分]{1,12}[）)])?\s*(\d+(?:\.\d+)?)(?=[^\d%％分.]|\s*$)", rest
        )
        if glued is not None:
            item.points = float(glued.group(1))
            rest = rest[glued.end() :]
    if item.points is None and (after := _POINTS_AFTER_TEXT.search("。" + rest)) is not None:
        # the points column after the item's text, before its standard (…有总结。8分未成立的扣2分)
        item.points = float(after.group(1))
        described = rest[: after.start() - 1].strip()
        if STANDARD_WORDS.search(described):
            # the item's own text may already say how it is scored (…否则酌情扣分。6分…)
            item.standard.append((start + text.index(described), described))
        rest = rest[after.end() - 1 :]
    if item.points is None and (later := _points_after_content(rest)) is not None:
        # the row's text runs over sentences before its points: …规划。建立防火办…。12未成立…
        item.points = float(later.group(1))
        rest = rest[later.end() :]
    return rest
