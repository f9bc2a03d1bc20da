"""The plan parser's title: which title the plan is read under, its kind, year and period.

A title named in a table, a copy or the marks, a title given elsewhere or shared,
an annex's title, a stand-in title; the plan's kind (its preamble's where it prints no title),
year and period, its issuer's unit, the notice, and the units' short names learnt from the text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rulegov._text import fold_width
from rulegov.model import Notice, Period, PlanKind, Span
from rulegov.parse._facts import find_citations, line_span
from rulegov.parse._frame import carried_title
from rulegov.parse._header import SIMPLIFIED, is_organ_name, is_period_suffix, names_document
from rulegov.parse._header_page import lone_cell, table_cells
from rulegov.parse._header_titles import names_itself, out_of_copy, plan_kind
from rulegov.parse._header_words import (
    ANNEX_LABEL_ALONE,
    DOC_NUMBER,
    ORDER_NUMBER_LINE,
    QUALIFIED_PART,
    SALUTATION,
    simplified,
)
from rulegov.parse._parser_state import ParserState, line_diagnostic
from rulegov.parse._table_header import header_after, normal
from rulegov.parse._text import normalise
from rulegov.parse._units import is_abbreviation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rulegov.model import Attachment, Citation
    from rulegov.parse._facts import Segment
    from rulegov.parse._header import Header
    from rulegov.parse._text import Line


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


# a sharing site's page number before the text it prints (1、), and what opens a plan's first
# sentence after its heading
_PAGE_NUMBER = re.compile(r"^\d{1,3}、")
_OPENERS = ("为", "根据", "按照", "近年来", "为了")


_SHARED_LOOKAHEAD = 5  # the site's line, then the text: a few lines at most
_MAX_HEADING_TAIL = 40  # what a heading adds to the file's name: …工作措施(征求意见稿)


# the marks a page or a copy may print a whole title in (《Y》, 〈Y〉, <Y>, “Y”), open to close
_SPACES = re.compile(r"\s")
_CLOSERS = (")", "）")  # a bracket that closes a title's last note, its period
_CLOSE_REACH = 4000  # the head, where a name is printed again whole
_HEADER_OPENINGS = ("序号", "编号", "序號", "編號")
_HEADER_GAP = " \t\u3000|｜"  # what parts a title from the table header its line runs on into
# the first row under a header, as printed: its number 1 apart from its cells by a space, a tab
# or a bar (1 加强普法宣传 县司法局 …, |1|加强普法宣传|…)
_FIRST_ROW = re.compile(r"[|｜]?[ \t\u3000]*1(?=[|｜ \t\u3000])")


def headers_apart(lines: list[Line]) -> list[Line]:
    r"""The lines with a task table's header that a title's line runs on into set apart.

    A copy that loses the break under a table's title prints its header on the title's line
    (某县…任务分解表 序号 工作任务 牵头单位 完成时限, spaced or glued). Where the next line opens
    the table's first row (``1 加强普法宣传 县司法局 …``), the header is a line of its own, as
    printed under the title, so that the rows are read under it.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> lines = split_lines("某县工作任务分解表 序号 工作任务 牵头单位 完成时限\n1 普法 县司法局 年底")
        >>> [line.text for line in headers_apart(lines)]
        ['某县工作任务分解表', '序号工作任务牵头单位完成时限', '1普法县司法局年底']
        >>> [line.text for line in headers_apart(split_lines("某县工作任务分解表 序号 工作任务 牵头单位"))]
        ['某县工作任务分解表序号工作任务牵头单位']
    """
    found: list[Line] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        cut = header_after(line.text) if "序号" in line.text and following is not None else None
        if (
            cut is not None
            and following is not None
            and _FIRST_ROW.match(following.original.lstrip()) is not None
            and names_itself(line.text[:cut].strip(_HEADER_GAP))
        ):
            found.extend(line.split(cut))
            continue
        found.append(line)
    return found


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


# the label of an annex printed as a text of its own, its title after it: 附件:某县工作要点
_ANNEX_LABEL = re.compile(r"附件\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*:\s*(?P<title>\S.{3,89})")
# a title run into the text after it by a copy that lost its line breaks: where a name may end,
# its kind's word and the period that may close it (…总体规划(2021—2025)数字政府是…)
_RUN_ON_KINDS = "方案|要点|规划|计划|意见|办法|细则|清单|报告"
_RUN_ON_END = re.compile(rf"(?P<word>{_RUN_ON_KINDS})(?P<period>\(\d{{4}}年?[—–-]\d{{4}}年?\))?")
# what a name's characters may not hold: a sentence's stops, a quoted name's marks
_RUN_ON_STOP = re.compile(r"[,。:;《》【】]")
# what opens the text after a name (【学校法制工作计划和实施方案】为加强…, …方案【5篇】第一篇:…,
# …工作计划2017年是…, …情况报告2025年,全县…, …工作计划引言随着…): an aim, a ground, a heading of
# the body's opening, or a year that opens its first sentence
_RUN_ON_OPENING = re.compile(
    r"】?(?:【|第一篇|为(?:深入|进一步|全面|认真|贯彻|加快|推进|加强)|根据|随[着著]"
    r"|引言|前言|\d{4}年(?:是|度?[,，]|以来))"
)
# what a copy prints before a name for a character it could not encode (?某县工作计划随着…)
_LOST_MARKS = ("?", "？", "\ufffd")
# the text's own opening where it names itself (…方案为做好…,制定本方案): 为 and any aim
_RUN_ON_AIM = re.compile(r"】?为[\u4e00-\u9fff]")
# a name that follows a citing verb is the name of a document the text cites
_RUN_ON_CITING = re.compile(r"根据|按照|依据|贯彻|落实")
# a name's kind words the text names further on, not its own (本方案 refers back to it)
_RUN_ON_LATER = re.compile(rf"(?<!本)(?:{_RUN_ON_KINDS})")
# how the text calls itself: 本方案, 本规划
_RUN_ON_OWN = re.compile(rf"本(?P<word>{_RUN_ON_KINDS})")
_RUN_ON_NAME = (4, 40)  # how many characters a run-on name holds before its kind's word
_RUN_ON_AHEAD = 20  # how far after a period another name shows that the name goes on
_SUBJECT_AGAIN = 4  # the text opens by naming the name's subject again: four characters of it
_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]+")


def _names_subject_again(text: str, name: tuple[int, int], after: int) -> bool:
    """Whether the text after a name opens with words of the name (…实施方案法治乡村建设是…)."""
    words = text[after : after + _SUBJECT_AGAIN]
    return (
        len(words) == _SUBJECT_AGAIN
        and _IDEOGRAPHS.fullmatch(words) is not None
        and words in text[name[0] : name[1]]
    )


def run_on_title(text: str) -> tuple[int, int] | None:
    """Where a name a copy ran into its text (its first line) opens and closes, if it did.

    The name is the first thing on the line, after a mark a copy printed for a character it could
    not encode (?), in simplified or traditional characters. It ends where the text opens (为深入…,
    根据…, 随着…, 【…, 第一篇, or words of the name again: …实施方案法治乡村建设是…) or at the
    period that closes it when no other name goes on after it: at the first
    ``…规划(2021—2025年)`` of ``…规划(2021—2025年)中期评估工作方案为做好…`` the name goes on.
    A name that follows a citing verb (贯彻落实…规划(2021—2025年)) is the cited document's, and a
    line that opens as a sentence (为…, 根据…) holds none. Where the text calls itself 本方案 or
    本规划, the name of that kind is its own, and its 为 opens the text whatever aim follows.

    Examples:
        >>> text = "某县法治政府建设规划(2021—2025年)中期评估工作方案为做好评估工作,制定本方案。"
        >>> begin, end = run_on_title(text)
        >>> text[begin:end]
        '某县法治政府建设规划(2021—2025年)中期评估工作方案'
        >>> run_on_title("为贯彻落实某县法治政府建设规划(2021—2025年)制定本方案。") is None
        True
        >>> run_on_title("?某縣2024年工作計劃隨著新一年的到來,我們將…")
        (1, 12)
        >>> text = "某市法治乡村建设实施方案法治乡村建设是乡村振兴的重要保障。"
        >>> begin, end = run_on_title(text)
        >>> text[begin:end]
        '某市法治乡村建设实施方案'
    """
    if text.startswith(_OPENERS):
        return None
    text = text.translate(SIMPLIFIED)  # one character for one: the copy's own places hold
    begin = 1 if text.startswith(("【", *_LOST_MARKS)) else 0
    stop = _RUN_ON_STOP.search(text, begin)
    limit = stop.start() if stop is not None else len(text)
    own = {found["word"] for found in _RUN_ON_OWN.finditer(text)}
    closes: list[tuple[int, bool]] = []  # where a period closes a name, and if it is the own kind
    opens: list[tuple[int, bool]] = []  # where the text opens after a name
    for end in _RUN_ON_END.finditer(text, begin, limit):
        if not _RUN_ON_NAME[0] <= end.start() - begin <= _RUN_ON_NAME[1]:
            continue
        mine = end["word"] in own
        if (
            _RUN_ON_OPENING.match(text, end.end())
            or (mine and _RUN_ON_AIM.match(text, end.end()))
            or _names_subject_again(text, (begin, end.start()), end.end())
        ):
            opens.append((end.end(), mine))
        if end["period"] is None or _RUN_ON_CITING.search(text, begin, end.start()):
            continue
        if (mine or not own) and not _RUN_ON_LATER.search(
            text, end.end(), end.end() + _RUN_ON_AHEAD
        ):
            closes.append((end.end(), mine))
    # the name the text calls its own first; then a period that closes a name, the first; then
    # the longest name the text opens after
    cuts = (
        [cut for cut, mine in closes if mine][:1]
        or [cut for cut, mine in opens if mine][-1:]
        or [cut for cut, _ in closes][:1]
        or [cut for cut, _ in opens][-1:]
    )
    return (begin, cuts[0]) if cuts else None


# how a text printed without its name calls itself where its opening sentence ends (…,结合实际,
# 制定本要点。 · 制定本实施方案。 · 制定本年度工作要点。): the kind of plan it is, the kind's word
# closing the name, before a stop or 如下 (制定本方案的实施细则 names another text)
_OWN_KIND = re.compile(
    r"制定本(?:年度)?(?:工作|实施)?(?P<word>要点|计划|方案|规划|安排)(?!(?!如下)[\u4e00-\u9fff])"
)
# what a sentence cites by name or in quotes (《关于制定本规划的说明》, “制定本方案”)
_CITED = re.compile(r"《[^《》]*》|“[^“”]*”|「[^「」]*」")


def own_kind(text: str) -> PlanKind | None:
    """The kind of plan an opening sentence names its text as (…,制定本计划。), if it does.

    A text printed from its preamble on prints no name, but its first sentence says what it is:
    本要点, 本计划, 本方案, 本规划 or 本安排 name its kind as its title's word would, after the
    words that qualify it (本实施方案, 本年度工作要点). A name the sentence cites (根据《某省实施方案》,
    “制定本方案”) is another document's.

    Examples:
        >>> own_kind("为落实《某省法治政府建设实施方案》,结合实际,制定本要点。").value
        'key_points'
        >>> own_kind("為做好工作,制定本規劃。").value
        'multi_year_plan'
        >>> own_kind("结合实际,制定本实施方案。").value
        'implementation_plan'
        >>> own_kind("根据《关于制定本规划的说明》,参照各地制定本方案的做法。") is None
        True
        >>> own_kind("2024年是关键一年。") is None
        True
    """
    found = _OWN_KIND.search(_CITED.sub("", simplified(text)))
    return plan_kind("工作" + found["word"]) if found is not None else None


_ALIAS = re.compile(
    r"(?P<full>[^\s,。;:、()“”]{2,40}?)\((?:以下)?简称[:“\"]?(?P<short>[^”\"()]{1,20})[”\"]?\)"
)


_ITEM_NUMBER = re.compile(r"^\d{1,3}\.(?!\d)")
_TITLE_YEARS = re.compile(r"(?P<first>\d{4})(?:年)?[-—–至~](?P<last>\d{4})年")
_TITLE_YEAR = re.compile(r"(?P<year>\d{4})年")
_SINCE = re.compile(r"以来|以來")  # 2010年以来: where a span starts, the plan's year after a date's
_UNIT_PREFIX = re.compile(r"^(?P<name>[^\d《]{4,60}(?:办公室|委员会|人民政府|政府|管委会|局|办))")


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


# a title quoted as a short name for the one before it: 《某县…清单(试行)》(以下简称《清单》)
_ALIAS_OPENING = re.compile(r"简称[:“\"]?$")
# what parts a short name's bracket from the next title of a list: )和, )、, )及
_JOINT_AFTER_ALIAS = re.compile(r"[”\"]?\)[ \t]*(?:和|及|与|、|,)[ \t]*")


def _unaliased(line: Line, citations: Sequence[Citation], index: int) -> int:
    """The title a carried short name stands for: the first full name of the list it ends.

    A notice may name what it carries by full names, each with its short name in brackets, and
    carry them by the last short name (制定《甲》(以下简称《清单》)和《乙》(以下简称《目录》),现印发给
    你们): the short name is no title; the first of the full names is the plan's, as the first of
    the documents a heading counts is (印发甲等…). A short name quoted again after it was given
    (现将《清单》印发给你们) stands for its full name as well.

    Examples:
        >>> from rulegov.parse._facts import find_citations
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("制定《甲清单》(以下简称《清单》)和《乙目录》(以下简称《目录》),现印发给你们。")[0]
        >>> found, _ = find_citations([(line, 0, len(line.text))])
        >>> found[_unaliased(line, found, 3)].title
        '甲清单'
        >>> found[_unaliased(line, found, 2)].title
        '乙目录'
    """
    text = line.original.translate(SIMPLIFIED)

    def bounds(at: int) -> tuple[int, int] | None:
        span = citations[at].span
        return None if span is None else (span.start - line.start, span.end - line.start)

    def aliases(at: int) -> bool:
        found = bounds(at)
        return found is not None and _ALIAS_OPENING.search(text[: found[0]]) is not None

    if not aliases(index):
        # a short name quoted again after it was given (…(以下简称《要点》),现将《要点》印发)
        given = [
            at
            for at in range(index)
            if citations[at].title == citations[index].title and aliases(at)
        ]
        if not given:
            return index
        index = given[0]
    if index == 0:
        return index
    index -= 1  # the full name, printed before the short name's bracket
    while index >= 2:
        full, alias = bounds(index), bounds(index - 1)
        if full is None or alias is None or not aliases(index - 1):
            break
        if not _JOINT_AFTER_ALIAS.fullmatch(text[alias[1] : full[0]]):
            break
        index -= 2  # 《甲》(以下简称《A》)和《乙》: back to 甲
    return index


def _addresses(line: Line, address: Span | None) -> bool:
    """Whether ``line`` is the address the header read (``address``) or a salutation (各位代表:)."""
    text = line.text.strip(" \t")
    if SALUTATION.fullmatch(text) is not None:
        return True
    return address is not None and address.start <= line.start < max(address.end, address.start + 1)


class TitleChoice(ParserState):
    """Chooses the plan's title and reads its year, period and notice."""

    def named_title_of(self, header: Header, attachments: Sequence[Attachment]) -> str:
        """The plan's title as its name: out of a copy's file name and out of its marks."""
        title = self.out_of_copy(header, self.plan_title(header, attachments))
        title = self.out_of_copy(header, self.out_of_marks(header, title))
        return self.closed_as_printed(header, self.out_of_table(header, title))

    def closed_as_printed(self, header: Header, title: str) -> str:
        """The title whose last bracket is left open, closed where the text prints it closed.

        A file's name may lose its period's closing bracket (某规划(2021--2025年》.doc) where the
        heading under it prints the name whole (某规划 (2021--2025年) 根据…): the name is the
        heading's. A bracket the text never closes stays open, as printed.
        """
        opened = max(title.rfind("("), title.rfind("（"))
        if opened < 0 or any(closer in title[opened:] for closer in _CLOSERS):
            return title
        name = _SPACES.sub("", title)
        printed = _SPACES.sub("", self.text[:_CLOSE_REACH])
        for closer in _CLOSERS:
            if name + closer in printed:
                closed = title + closer
                if header.title == title:
                    header.title = closed
                return closed
        return title

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
            carried_here = [at for at, c in enumerate(citations) if _carries(line, c.span)]
            if carried_here:
                carried = citations[_unaliased(line, citations, carried_here[0])]
                span = carried.span or Span(start=0, end=2)
                return carried.title, Span(start=span.start + 1, end=span.end - 1)
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

    def kind_of(self, title: str, header: Header) -> PlanKind:
        """The plan's kind: as its text calls itself where it prints no title, else its title's.

        A first line that stands in for a missing title (``no-title``) is cut, and may cite other
        documents by name; the closing words of the preamble it opens (制定本计划) say what the
        text is, on that line or on a line of the preamble after it.
        """
        stand_in = next(
            (d for d in self.diagnostics if d.code == "no-title" and d.span is not None), None
        )
        if stand_in is not None and stand_in.span is not None:
            opening = [self.text[stand_in.span.start : stand_in.span.end]]
            opening.extend(line.text for line in header.preamble_lines)
            own = next((kind for text in opening if (kind := own_kind(text)) is not None), None)
            if own is not None:
                return own
        return plan_kind(title) or PlanKind.WORK_PLAN

    def plan_title(self, header: Header, attachments: Sequence[Attachment] = ()) -> str:
        if header.title and not _masthead(header):
            return self.suffixed_annex_title(header) or header.title
        if header.meta_title and not _notice_printed_otherwise(header):
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
                and not _annex_label_row(item.text)  # 附件2 | | |: it labels the row under it
            ),
            None,
        )
        # check_text refused a text without a visible line, so the source has one
        first = first or next(item for item in self.framed if item.text.strip(" \t"))
        return self.stand_in_title(header, first)

    def stand_in_title(self, header: Header, first: Line) -> str:
        """The title a text's first line gives, with ``no-title`` unless the line prints one."""
        caption = _caption_cell(first.text)
        if caption is not None:
            # a table's caption in a row of its own, its other cells empty (某分工表 | | |): the
            # title is printed, in its cell
            header.spans["title"] = line_span(first, *caption)
            return first.printed(*caption)
        cut = header_after(first.text)
        if cut is not None and names_itself(first.text[:cut].strip(_HEADER_GAP)):
            # a title whose line runs on into its table's header (…分解表 ⇥ 序号 ⇥ 工作任务): the
            # title is printed, before the header
            begin = len(first.text) - len(first.text.lstrip(_HEADER_GAP))
            end = len(first.text[:cut].rstrip(_HEADER_GAP))
            header.spans["title"] = line_span(first, begin, end)
            return first.printed(begin, end)
        self.diagnostics.append(
            line_diagnostic(
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
        run_on = run_on_title(first.text)
        if run_on is not None:
            # a copy that ran its title into its text: 乡镇…工作方案【5篇】第一篇:… / …方案为深入…
            return first.printed(*run_on).strip()
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
        if full and is_abbreviation(key, full.group("name")) and key != full.group("name"):
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
        # the heading's 《…》 cites the plan when the notice's text does not name it again
        cited = {citation.title for citation in citations}
        heading, _ = find_citations(self.heading_segments(header))
        citations = [c for c in heading if c.title not in cited] + citations
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

    def heading_segments(self, header: Header) -> list[Segment]:
        """The parts of lines that print the notice's heading, whose ``《…》`` cites its plan.

        A notice that prints the plan's name only in its heading (某署关于印发《某方案》的通知,
        then the plan's text) cites it there; what a line prints beside the heading (a number
        run on after it) is no part of it.
        """
        span = header.spans.get("notice_title")
        if span is None:
            return []
        segments: list[Segment] = []
        for line in self.lines:
            if not line.text or line.end_offset(len(line.text)) <= span.start:
                continue
            if line.offset(0) >= span.end:
                break
            inside = [i for i in range(len(line.text)) if span.start <= line.offset(i) < span.end]
            if inside:
                segments.append((line, inside[0], inside[-1] + 1))
        return segments


# the last words of a table or list of tasks an annex prints: 分解表, 一览表, 任务清单, 台账
_TABLE_ENDS = ("表", "清单", "台账", "臺賬")


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


def _notice_printed_otherwise(header: Header) -> bool:
    """Whether the disclosure block's title is the notice's heading, however printed.

    The block may name the notice as its heading does or otherwise (a word the heading lost
    over its lines: 标题 某办关于印发2025年…方案的通知 over 某办关于印发2025 / …方案的通知): a
    title that carries a plan as the notice read does is the notice's, and the plan's title is
    what the notice carries.

    Examples:
        >>> from rulegov.parse._header import Header
        >>> header = Header(notice_title="某办关于印发2025区工作方案的通知")
        >>> header.meta_title = "某办关于印发2025年区工作方案的通知"
        >>> _notice_printed_otherwise(header)
        True
        >>> header.meta_title = "2025年区工作方案"
        >>> _notice_printed_otherwise(header)
        False
    """
    meta, notice = header.meta_title, header.notice_title
    if meta is None or notice is None:
        return False
    if meta == notice:
        return True
    carried = carried_title(meta)
    return carried is not None and carried != meta and carried_title(notice) is not None


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


def _lone_cell_text(text: str) -> tuple[int, int] | None:
    """Where the one cell that holds text lies, in a table's row whose other cells are empty."""
    cells = table_cells(text) if "|" in text else None
    return None if cells is None else lone_cell(cells)


def _annex_label_row(text: str) -> bool:
    """Whether a row of a table holds an annex's label alone (附件2 | | |), its cells else empty.

    Examples:
        >>> _annex_label_row("附件2 | ||||||||"), _annex_label_row("附件2 某分工表 | | |")
        (True, False)
    """
    lone = _lone_cell_text(text)
    return lone is not None and ANNEX_LABEL_ALONE.fullmatch(text[lone[0] : lone[1]]) is not None


def _caption_cell(text: str) -> tuple[int, int] | None:
    """The cell of a table's caption printed in a row of its own, where the line is one.

    Examples:
        >>> text = "某局工作责任分工表 | ||||||||"
        >>> begin, end = _caption_cell(text)
        >>> text[begin:end]
        '某局工作责任分工表'
        >>> _caption_cell("工作任务 | 具体要求 | 责任单位") is None
        True
    """
    lone = _lone_cell_text(text)
    return lone if lone is not None and names_document(text[lone[0] : lone[1]]) else None
