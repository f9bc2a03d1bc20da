"""The official-document frame (公文格式, GB/T 9704-2012) around a plan: head, body and record.

Before the plan is read, one pass over the lines finds the elements of the frame that are not
the plan: the head (份号, 密级, 紧急程度, 发文机关标志, 签发人), the attachment list (附件说明), the
notes (附注: 此件公开发布, 联系人), the signature at the end of the document, the attachments'
headings (附件1), the record (抄送, 印发) and page numbers (— 3 —). Those lines are taken out of
the plan's text, so that neither the header nor the body reads them as a title or a task.

When one attachment is the plan and another its task-division table, the table's rows are taken
out too and merged into the plan's tasks afterwards, by number and title.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

import attrs

from rulegov._text import line_column
from rulegov.errors import _check_kind
from rulegov.model import (
    Attachment,
    Diagnostic,
    DocNumber,
    DocumentFormat,
    DocumentKind,
    Frame,
    FrameNote,
    NoticeVerb,
    Secrecy,
    SecrecyLevel,
    Severity,
    Span,
    Urgency,
)
from rulegov.parse._header import (
    FOR_COMMENTS,
    ORGAN_MARK,
    SIMPLIFIED,
    is_chrome,
    is_nav_bar,
    noted_date_parts,
    table_cells,
)
from rulegov.parse._header_page import (
    bare_meta,
    date_apart,
    disclosed_date,
    ends_the_name_above,
    seal_start,
    split_organs,
    split_recipients,
)
from rulegov.parse._header_titles import is_address, is_organ_name
from rulegov.parse._header_words import (
    ATTACHMENT_LEAD,
    BARE_OFFICE,
    BARE_PLACE,
    DOC_NUMBER,
    ISO_DATE,
    LOST_DATE,
    MAX_SIGNERS,
    META,
    META_LABELS,
    ORGAN_NAME_ENDS,
    PAGE_BYLINE,
    PAGE_NUMBER,
    SIGNER_ENDS,
    SITE_FOOTER,
    SITE_ONLY,
    TOWN_PLACE,
    simplified,
)
from rulegov.parse._numbering import chinese_to_int, match_heading
from rulegov.parse._table_header import read_columns
from rulegov.parse._text import Line
from rulegov.parse._time import read_date
from rulegov.parse._vocab import COLUMN_HEADINGS, ROLE_FIELDS

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterator, Sequence

    from rulegov.model import Plan

__all__ = [
    "FrameInputs",
    "FrameReading",
    "TableRow",
    "blank",
    "build_frame",
    "carried_title",
    "check_frame",
    "document_kind",
    "find_frame",
    "frame_diagnostics",
    "is_organ_line",
    "keep_table_for_merge",
    "match_rows",
    "running_heads",
]

_FURNITURE_STARTS = frozenset("-—–－_─━=＿第")
_RULE = re.compile(r"[-—–_─━=＿]{3,}")
_RUNNING_HEAD_MAX = 30  # the characters of a running head or foot, at most
_RUNNING_HEAD_PAGES = 2  # the pages a line stands beside numbers on, to be their running head
_SENTENCE_SIGNS = re.compile(r"[。;；,，:：|]")
_ISSUE = re.compile(r"(?:19|20)\d\d年第\d{1,3}期|公报.*第\d{1,3}期")
_NO_TEXT = re.compile(r"\(此页无正文\)")
_COPY_NUMBER = re.compile(r"\d{6}")
_SECRECY = re.compile(r"(?P<level>绝密|机密|秘密)(?:[★☆*](?P<period>[^\s]{1,8}))?")
_URGENCY = re.compile(r"特急|加急")
_SIGNERS = re.compile(r"签发人:(?P<names>.+)")
_SIGNER_PIECE = re.compile(r"[^\s\u3000、,，]+")
_LIST_HEAD = re.compile(r"附件:(?P<rest>.*)")
_LIST_ITEM = re.compile(r"(?P<number>\d{1,2})[.、．](?P<title>.+)")
_PART_HEAD = re.compile(r"附件(?P<number>\d{1,2}|[一二三四五六七八九十])?(?::(?P<title>.+))?")
# a note in brackets under the date: the publication (此件公开发布, 信息公开形式:主动公开), a contact,
# the length a site counts (正文431字,附件6508字)
_NOTE = re.compile(
    r"\((?P<body>此件[^()]{0,16}|(?:信息)?公开(?:方式|形式|选项|属性|类型)[^()]{0,12}"
    r"|联系人[^()]*|[^()]*电话[^()]*"
    r"|正文\d+字(?:,附件\d+字)?)\)"
)
_CONTACT = re.compile(r"联系人:?(?P<name>[^,;()\d]{1,12})")
_TELEPHONE = re.compile(r"(?:联系)?电话:?(?P<number>\d[\d\-—]{4,20})")
# the record's copies, also in the short labels of older documents: 报:县委, 送:县法制办, 发:各村
_CC_LABELS = ("抄送", "抄报", "分送", "报:", "送:", "发:")
_CC = re.compile(r"(?P<label>抄送|抄报|分送|报|送|发):(?P<names>.*)")
_PRINTING = re.compile(
    r"(?P<office>[^《》,;:。“”]{2,40}?)"
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[^年]{1,4}月[^月]{1,4}日)印发?"
)
_ATTENDEES = re.compile(r"(?:出席|列席|请假)(?:人员|单位)?:")
# a table's columns -> the labels of the fields they fill in a task (牵头单位：…)
_FIELD_LABELS = {
    field: word
    for field, word in COLUMN_HEADINGS.items()
    if field in ROLE_FIELDS or field == "deadline"
}
_DATE_LINE_MAX = 20
# the marks that close the sentence over a signature: a full stop, an exclamation, a question, a
# closing quote or bracket after one
_SENTENCE_ENDS = ("。", "!", "?", "”", "’", ")")
# joint organs sign one a line over the date, as many as the header reads (seven ministries
# under one 实施意见)
_MAX_SIGNATURE_LINES = MAX_SIGNERS
_MARKS_MAX = 12  # a line of secrecy and urgency marks, e.g. 机密★1年 特急
_ISSUER_MAX = 40
_TITLE_MAX = 90
_FOOTER_MAX = 120  # a footer's line: the site's owner, its numbers and links, not a paragraph
# a page's comment box under the document: its tags, its count of comments, its code field
_COMMENT_BOX = re.compile(
    r"(?:标签|验证码|(?:留言与|网友|发表|我要)?评论|留言)(?:\(共有?\d+条(?:评论|留言)\))?:?"
)
# a row of a disclosure block's labels, printed under the document with their values under it
# (索引号 文号 发布机构 发布日期 公开范围 公开方式): three labels at least, nothing else
_LABELS_ROW = re.compile(
    "(?:"
    + "|".join(sorted((label for label in META_LABELS if len(label) > 1), key=len, reverse=True))
    + ")"
)
_MIN_LABELS_IN_ROW = 3
_CELL = re.compile(r"[^\t|]+")  # a value's cell, between a table's pipes or tabs
_MIN_FIELD_LABELS = 2  # a page's fields under the text: one label opening a line may be text's
_MAX_DISCLOSURE_ROWS = 6  # a labels row's values: a row of each, or the fields wrapped
# a line of the text, never a row of a disclosure block's values: a sentence's marks, or a part's
# or a measure's number opening it (一、工作开展情况, (一)强化组织领导)
_TEXT_LINE = re.compile(r"[。,;!?]|^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")

# The end of a title -> the kind of document, longest first (命令 before 令).
_KIND_WORDS: tuple[tuple[str, DocumentKind], ...] = (
    ("决议", DocumentKind.RESOLUTION),
    ("决定", DocumentKind.DECISION),
    ("命令", DocumentKind.ORDER),
    ("公报", DocumentKind.COMMUNIQUE),
    ("公告", DocumentKind.ANNOUNCEMENT),
    ("通告", DocumentKind.CIRCULAR),
    ("意见", DocumentKind.OPINION),
    ("通知", DocumentKind.NOTICE),
    ("通报", DocumentKind.BULLETIN),
    ("报告", DocumentKind.REPORT),
    ("请示", DocumentKind.REQUEST),
    ("批复", DocumentKind.REPLY),
    ("议案", DocumentKind.MOTION),
    ("纪要", DocumentKind.MINUTES),
    ("函", DocumentKind.LETTER),
    ("令", DocumentKind.ORDER),
)
_VERBS: tuple[tuple[str, NoticeVerb], ...] = (
    ("批转", NoticeVerb.APPROVE_AND_FORWARD),
    ("转发", NoticeVerb.FORWARD),
    ("印发", NoticeVerb.ISSUE),
)
_TITLE_SUFFIX = re.compile(
    r"(?<!\s)\s*[(（](?:试行|暂行|征求意见稿|草案|送审稿|修订|修订稿|代拟稿)[)）]\s*$"
)


@attrs.define
class TableRow:
    """A row of a task-division table in an attachment, as ranges of its line."""

    line: Line
    number: int | None
    title: tuple[int, int] | None
    fields: list[tuple[str, int, int]]


@attrs.define
class _Part:
    """An attachment's part of the text: from its heading line to the line before the next."""

    number: int | None
    title: str
    first: int  # index of its first line (the heading)
    last: int  # index of its last line


@attrs.define
class FrameReading:
    """What the pass over the lines found: the frame, and the lines the plan must not read."""

    frame: dict[str, object] = attrs.Factory(dict)
    spans: dict[str, Span] = attrs.Factory(dict)
    consumed: set[int] = attrs.Factory(set)
    attachments: list[Attachment] = attrs.Factory(list)
    notes: list[FrameNote] = attrs.Factory(list)
    table_rows: list[TableRow] = attrs.Factory(list)
    table_attachment: int | None = None
    diagnostics: list[Diagnostic] = attrs.Factory(list)


def _line_span(line: Line, begin: int = 0, end: int | None = None) -> Span:
    start, stop = line.bounds(begin, len(line.text) if end is None else end)
    return Span(start=start, end=stop)


def _lines_span(first: Line, last: Line) -> Span:
    return Span(start=first.offset(0), end=max(first.offset(0), last.end_offset(len(last.text))))


def _cells(line: Line) -> list[Line]:
    """A row's cells, apart by spaces, pipes or tabs."""
    parts = line.cut(line.gaps) if line.gaps else [line]
    return [
        part.cut((cell.start(), cell.end()))[1]
        for part in parts
        for cell in _CELL.finditer(part.text)
        if cell.group().strip()
    ]


def _labels_in(text: str) -> int:
    """How many disclosure labels a line holds when they are all it holds (索引号 文号 发布机构).

    Its cells may be parted by pipes or tabs, a value's cell left empty (| 索引号 |  | 文号 |  |).
    """
    bare = re.sub(r"[:|\t]", "", text)
    labels = _LABELS_ROW.findall(bare)
    return len(labels) if labels and "".join(labels) == bare else 0


def _note(line: Line, code: str, message: str, severity: Severity = Severity.INFO) -> Diagnostic:
    return Diagnostic(
        severity=severity,
        code=code,
        message=message,
        line=line.number,
        column=1,
        span=_line_span(line),
    )


def running_heads(lines: Sequence[Line]) -> tuple[list[Line], list[Diagnostic]]:
    """The lines with a paged file's running head or foot blanked, and a note for each one.

    A short line (no sentence) right before or after page numbers (— 3 —) that stands so at two
    pages at least and at half the numbers, the same each time (某市人民政府公报 2023年第5期),
    is the file's, like the numbers: never the text's, nor a cell of a table the page cut. A
    line printed once is left to the text, but for a gazette's issue (公报 2023年第5期), which
    no text prints beside a page number. Each line blanked keeps its place and offsets.
    """
    texts = [line.text.strip(" \t") for line in lines]
    beside: dict[str, list[int]] = {}
    pages = 0
    for index, text in enumerate(texts):
        if not text or text[0] not in _FURNITURE_STARTS or not PAGE_NUMBER.fullmatch(text):
            continue
        pages += 1
        for step in (-1, 1):
            near = index + step
            while 0 <= near < len(texts) and not texts[near]:
                near += step
            if not 0 <= near < len(texts):
                continue
            other = texts[near]
            if len(other) <= _RUNNING_HEAD_MAX and not _SENTENCE_SIGNS.search(other):
                beside.setdefault(other, []).append(near)
    heads = {
        index
        for text, found in beside.items()
        if (len(set(found)) >= max(_RUNNING_HEAD_PAGES, pages / 2) or _ISSUE.search(text))
        and not PAGE_NUMBER.fullmatch(text)
        for index in found
    }
    if not heads:
        return list(lines), []
    notes = [
        _note(lines[index], "running-head", f"a page's running head dropped: {texts[index][:20]}")
        for index in sorted(heads)
    ]
    blanked = [
        Line(line.number, line.start, line.original, "", (0,), (len(line.original),))
        if index in heads
        else line
        for index, line in enumerate(lines)
    ]
    return blanked, notes


def document_kind(title: str) -> tuple[DocumentKind | None, NoticeVerb | None]:
    """The kind of document a title names by its last word, and the notice's verb if any.

    Examples:
        >>> kind, verb = document_kind("某县人民政府关于印发《2023年工作要点》的通知")
        >>> kind.label, verb.label
        ('通知', '印发')
        >>> document_kind("2023年法治建设工作要点")
        (None, None)
    """
    bare = simplified(title).strip()
    trailing = re.search(r"[(（][^()（）]*[〔\[(【]\d{4}[〕\])】][^()（）]*[)）]$", bare)
    if trailing is not None:
        bare = bare[: trailing.start()].rstrip()
    bare = _TITLE_SUFFIX.sub("", bare)
    kind: DocumentKind | None = None
    for word, named in _KIND_WORDS:
        if bare.endswith(word):
            kind = named
            break
    verb: NoticeVerb | None = None
    if kind is not None:
        head = bare.split("《", 1)[0]
        for word, action in _VERBS:
            if word in head:
                verb = action
                break
    return kind, verb


class _Finder:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.reading = FrameReading()
        self.parts: list[_Part] = []
        self.numbered_rows: set[int] | None = None
        self.last_numbered: int | None = None
        self.list_ends: list[int] = []  # the last line of each attachment list

    def consume(self, index: int) -> None:
        self.reading.consumed.add(index)

    def set(self, line: Line, name: str, value: object, span: Span | None) -> None:
        """Record an element of the frame; one printed again is noted, not taken twice."""
        if name in self.reading.frame:
            self.reading.diagnostics.append(
                _note(
                    line, "frame-repeated", f"the {name.replace('_', ' ')} again: {line.text[:30]}"
                )
            )
            return
        self.reading.frame[name] = value
        if span is not None:
            self.reading.spans[name] = span

    def run(self) -> FrameReading:
        lines = self.lines
        body = self.body_start()
        for index, line in enumerate(lines):
            text = line.text
            if not text.strip(" \t"):
                continue
            if self.furniture(index, line):
                continue
            if index < body and self.head(index, line):
                continue
            if (
                self.subject_words(index, line)
                or self.record(index, line)
                or self.notes(index, line)
            ):
                continue
        self.site_footer()
        self.page_tail()
        self.disclosure_after_text()
        self.fields_after_text()
        self.attachment_list()
        self.attachment_parts()
        self.end_signature()
        self.format_markers()
        return self.reading

    def site_footer(self) -> None:
        """A site's footer under the document (主办单位…, 网站标识码…, 京ICP备…): the page's.

        Read from the last line up, while the lines are the footer's: the signature above it is
        then the document's last line again. Lines that name a 主办单位 or 承办单位 only are an
        event's, the plan's own: a footer prints a word no document does (ICP备, 版权所有…).
        """
        footer: list[int] = []
        for index in range(len(self.lines) - 1, -1, -1):
            text = self.lines[index].text
            if not text.strip(" \t") or index in self.reading.consumed:
                continue
            if len(text) > _FOOTER_MAX or SITE_FOOTER.search(text) is None:
                break
            footer.append(index)
        if not any(SITE_ONLY.search(self.lines[index].text) for index in footer):
            return
        for index in footer:
            line = self.lines[index]
            self.consume(index)
            self.reading.diagnostics.append(
                _note(line, "page-chrome", f"the site's footer: {line.text[:30]}")
            )

    def page_tail(self) -> None:
        """A page's lines under the document (分享至朋友圈, 来源: 作者: 编辑:…): the page's.

        Read from the last line up, while the lines are the page's: the signature above them is
        then the document's last line again.
        """
        for index in range(len(self.lines) - 1, -1, -1):
            line = self.lines[index]
            text = line.text
            if not text.strip(" \t") or index in self.reading.consumed:
                continue
            if not (
                is_chrome(text)
                or PAGE_BYLINE.match(text.lstrip(" "))
                or _COMMENT_BOX.fullmatch(text) is not None
            ):
                return
            if self.signed_under(index):
                return  # the day the organ above signed (某区人民政府办公室 / 2021-01-25)
            self.consume(index)
            self.reading.diagnostics.append(
                _note(line, "page-chrome", f"the page's line under the document: {text[:30]}")
            )

    def disclosure_after_text(self) -> None:
        """A disclosure block a page prints under the document: a row of labels, values under it.

        索引号 文号 发布机构 发布日期 公开范围 公开方式, then N001-2011-000627 宛政〔2011〕7号 /
        某市人民政府办公室 2011-03-04 / 面向社会 主动公开: the page's fields, never the text's last
        lines, so the signature above them is the document's last line again. The document's
        number among the values is the document's where the head printed none; the office that
        published the page is no signer.
        """
        block: list[int] = []
        labels = 0  # the labels read: in a row, or one a line over the values
        for index in range(len(self.lines) - 1, -1, -1):
            line = self.lines[index]
            if not line.text.strip(" \t") or index in self.reading.consumed:
                continue
            found = _labels_in(line.text)
            if not found and labels:
                break  # the text's last line, over the labels
            if not labels and _TEXT_LINE.search(line.text.strip(" \t")) is not None:
                return  # a sentence or a heading under the labels: the text, no row of values
            block.append(index)
            labels += found
            if not labels and len(block) > _MAX_DISCLOSURE_ROWS:
                return
            if labels and len(block) > _MAX_DISCLOSURE_ROWS + len(META_LABELS):
                return
        paired = labels < _MIN_LABELS_IN_ROW and self.two_labels_over_two_values(block)
        if (labels < _MIN_LABELS_IN_ROW and not paired) or not self.text_above(block[-1]):
            return  # the fields at the head of a page are over the text, not under it
        above: Line | None = None
        for line in self.fields_taken(block):
            self.number_among_values(line)
            if above is not None and _labels_in(above.text):
                self.fields_under_labels(above, line)
            above = line

    def two_labels_over_two_values(self, block: list[int]) -> bool:
        """Whether a block is two labels over their two values, in columns (发文机关 成文日期).

        Two labels and two values, apart by tabs or spaces, the issuer's or the date's among
        them, are as plain as a row of three: the page's fields, under the text.
        """
        if len(block) != 2 or _labels_in(self.lines[block[0]].text):
            return False
        labels, values = _cells(self.lines[block[1]]), _cells(self.lines[block[0]])
        fields = {META_LABELS.get(label.text.strip(" :\t")) for label in labels}
        return len(labels) == len(values) == 2 and bool(fields & {"issued_on", "issuer"})

    def text_above(self, index: int) -> bool:
        """Whether a line unread by the frame and with text stands above the line at ``index``."""
        return any(
            self.lines[before].text.strip(" \t") and before not in self.reading.consumed
            for before in range(index)
        )

    def fields_under_labels(self, labels: Line, values: Line) -> None:
        """The document's date and issuer in a row of values, each under its label (成文日期, 发文机关).

        A page's time of publication (发布时间) under its own label is never the date of issue.
        """
        names = _cells(labels)
        cells = _cells(values)
        if len(names) != len(cells):
            return
        for name, cell in zip(names, cells, strict=True):
            field = META_LABELS.get(name.text.strip(" :\t"))
            if field == "issuer" and "end_page_issuer" not in self.reading.frame:
                value = cell.text.strip(" \t")
                bare = BARE_OFFICE.fullmatch(value) or BARE_PLACE.fullmatch(simplified(value))
                if is_organ_line(value) and is_organ_name(value) and not bare:
                    printed = cell.printed(0, len(cell.text)).strip(" \t|")
                    self.set(cell, "end_page_issuer", printed, _line_span(cell))
                else:
                    self.town_field(cell, value, 0, len(cell.text))
            if field != "issued_on":
                continue
            day = disclosed_date(cell.text)
            if day is not None and "end_page_issued_on" not in self.reading.frame:
                self.set(cell, "end_page_issued_on", day, _line_span(cell))

    def fields_after_text(self) -> None:
        """A page's fields under the document, a label and its value a line (成文日期:2023年5月10日).

        Some sites print the disclosure fields after the text rather than over it: lines that
        each open with a label, two labels at least. They are the page's, never the text's last lines, so the
        signature above them is the document's last line again; the document's own date
        (成文日期) and its issuer (发文机关) among them are kept for a head that prints neither.
        """
        block: list[int] = []
        labels = fields = 0
        for index in range(len(self.lines) - 1, -1, -1):
            line = self.lines[index]
            if not line.text.strip(" \t") or index in self.reading.consumed:
                continue
            if META.match(line.text.strip(" \t")) is None:
                break
            block.append(index)
            found = [META_LABELS[label] for label in META.findall(line.text)]
            labels += len(found)
            fields += sum(1 for field in found if field in ("issued_on", "issuer", "doc_number"))
        # an event's organisers (主办单位: / 承办单位:) are the text's: no field of the document
        if labels < _MIN_FIELD_LABELS or not fields:
            return
        for line in self.fields_taken(block):
            self.field_values(line)

    def fields_taken(self, block: list[int]) -> Iterator[Line]:
        """The lines of a block of the page's fields under the text, taken as the page's, in order.

        ``block`` holds their indexes from the last line up; each is consumed and noted as it is
        given, so what its reader finds on it is noted after it.
        """
        for index in reversed(block):
            line = self.lines[index]
            self.consume(index)
            self.reading.diagnostics.append(
                _note(line, "metadata", f"the page's fields under the document: {line.text[:30]}")
            )
            yield line

    def field_values(self, line: Line) -> None:
        """The date of issue and the issuer among a line's fields (label:value), if any."""
        text = line.text
        found = list(META.finditer(text))
        for position, label in enumerate(found):
            end = found[position + 1].start() if position + 1 < len(found) else len(text)
            value = text[label.end() : end].strip(" \t|")
            field = META_LABELS[label["label"]]
            if field == "issued_on" and "end_page_issued_on" not in self.reading.frame:
                day = disclosed_date(value)
                if day is not None:
                    self.set(line, "end_page_issued_on", day, _line_span(line, label.end(), end))
            elif field == "issuer" and "end_page_issuer" not in self.reading.frame:
                # an office named by its level alone (区办公室) or a bare place names no body
                bare = BARE_OFFICE.fullmatch(value) or BARE_PLACE.fullmatch(simplified(value))
                if is_organ_line(value) and is_organ_name(value) and not bare:
                    printed = line.printed(label.end(), end).strip(" \t|")
                    self.set(line, "end_page_issuer", printed, _line_span(line, label.end(), end))
                else:
                    self.town_field(line, value, label.end(), end)

    def town_field(self, line: Line, value: str, begin: int, end: int) -> None:
        """A town or zone that a field of the page under the document names alone, kept aside.

        As over the document (``TOWN_PLACE``): a town, a township, a street office or a
        development zone publishes in its own name, so it is the issuer where nothing the
        document prints names an organ; the place and its span wait for that fallback.
        """
        if "end_page_place" in self.reading.frame or not TOWN_PLACE.fullmatch(simplified(value)):
            return
        printed = line.printed(begin, end).strip(" \t|")
        self.set(line, "end_page_place", (printed, _line_span(line, begin, end)), None)

    def number_among_values(self, line: Line) -> None:
        """The document's number among a disclosure block's values, apart by spaces, pipes or tabs."""
        if "doc_number" in self.reading.frame:
            return
        parts = line.cut(line.gaps) if line.gaps else [line]
        for part in parts:
            for cell in _CELL.finditer(part.text):
                if DOC_NUMBER.fullmatch(cell.group()) is None:
                    continue
                number = DocNumber.read(cell.group())
                if number is None:
                    continue
                value = part.cut((cell.start(), cell.end()))[1]
                printed = value.printed(0, len(value.text)).strip()
                self.set(
                    value,
                    "doc_number",
                    number.model_copy(update={"text": printed}),
                    _line_span(value),
                )
                return

    def signed_under(self, index: int) -> bool:
        """Whether a line is a date printed as a page dates itself, under a signature's organ.

        A signature's date in figures (2021-01-25, 2021.1.25, 2021/1/25) under the organ that
        signs, or under the attachments a notice lists over its signature (附件:…), is the
        document's, not a page's line under it.
        """
        if ISO_DATE.fullmatch(self.lines[index].text.strip(" \t")) is None:
            return False
        for before in range(index - 1, -1, -1):
            text = self.lines[before].text.strip(" \t")
            if text:
                return is_organ_name(text) or text.startswith(("附件", "附:"))
        return False

    def body_start(self) -> int:
        """The first line that is surely not the head: the recipients or running text."""
        for index, line in enumerate(self.lines):
            text = line.text
            if "。" in text or len(text) > _TITLE_MAX:
                return index
            # a page's label left empty at a line's end (作者: 时间:… 浏览次数:) is no address
            if text.endswith(":") and not any(
                found.end() == len(text) for found in META.finditer(text)
            ):
                return index
        return len(self.lines)

    def furniture(self, index: int, line: Line) -> bool:
        text = line.text
        if text[0] in _FURNITURE_STARTS and (PAGE_NUMBER.fullmatch(text) or _RULE.fullmatch(text)):
            self.consume(index)
            self.reading.diagnostics.append(
                _note(line, "page-number", f"page number or rule dropped: {text[:20]}")
            )
            return True
        if _NO_TEXT.fullmatch(text):
            self.consume(index)
            self.reading.diagnostics.append(
                _note(line, "no-text-page", "(此页无正文) is a printing note, not content")
            )
            return True
        return False

    def head(self, index: int, line: Line) -> bool:
        """The head's own lines: furniture, 份号, 密级, 紧急程度, 签发人, 发文机关标志."""
        text = line.text
        if "|" in text and is_nav_bar(text) and not self.numbered_row(index):
            self.reading.diagnostics.append(
                _note(line, "page-chrome", f"web-page furniture skipped: {text[:30]}")
            )
            taken = True
        else:
            taken = self.copy_number(line) or self.marks(line) or self.signers(line)
        if not taken and self.organ_mark(line):
            # the mark of minutes (…纪要) is their title too, and stays for the header
            taken = not text.endswith("纪要")
        if taken:
            self.consume(index)
        return taken

    def numbered_row(self, index: int) -> bool:
        """A row numbered in its first cell under a table's header: no menu (|1|政务公开|…|)."""
        if self.numbered_rows is None:
            self.numbered_rows = _numbered_rows(self.lines)
        return index in self.numbered_rows

    def marks(self, line: Line) -> bool:
        """密级和保密期限 and 紧急程度, alone on their line or together."""
        text = line.text
        secrecy = _SECRECY.match(text)
        urgency = _URGENCY.search(text) if len(text) <= _MARKS_MAX else None
        if secrecy is None and urgency is None:
            return False
        rest = text
        for found in (secrecy, urgency):
            if found is not None:
                rest = rest.replace(found.group(), "")
        if rest.strip():
            return False  # a line that only starts with such a word: a title, text
        if secrecy is not None:
            level = {"绝密": SecrecyLevel.TOP_SECRET, "机密": SecrecyLevel.SECRET}.get(
                secrecy["level"], SecrecyLevel.CONFIDENTIAL
            )
            span = _line_span(line, secrecy.start(), secrecy.end())
            self.set(
                line, "secrecy", Secrecy(level=level, period=secrecy["period"], span=span), None
            )
        if urgency is not None:
            value = Urgency.EXTRA_URGENT if urgency.group() == "特急" else Urgency.URGENT
            self.set(line, "urgency", value, _line_span(line, urgency.start(), urgency.end()))
        return True

    def signers(self, line: Line) -> bool:
        """签发人, with the document number when it shares the line."""
        text = line.text
        signers = _SIGNERS.search(text)
        if signers is None:
            return False
        # the number printed after the names (签发人:张三  某政办发〔2023〕5号) is no signer
        end = number_at = len(text)
        names_at = signers.start("names")
        # the printed line's words: its gaps (dropped spaces) and the separators kept in it
        cuts = sorted({names_at, len(text), *(g for g in line.gaps if g > names_at)})
        pieces = [
            piece
            for begin, stop in itertools.pairwise(cuts)
            for piece in _SIGNER_PIECE.finditer(text, begin, stop)
        ]
        for before, piece in itertools.pairwise(pieces):
            if DocNumber.read(piece.group()) is not None:
                end, number_at = before.end(), piece.start()
                break
        begin = line.offset(signers.start("names")) - line.start
        stop = line.end_offset(end) - line.start if end < len(text) else len(line.original)
        names = [n for n in re.split(r"[\s\u3000、,，]+", line.original[begin:stop]) if n]
        self.set(line, "signers", names, _line_span(line, signers.start("names"), end))
        if number_at < len(text):
            self.number(line, number_at, len(text))
        else:
            self.number(line, 0, signers.start())
        return True

    def number(self, line: Line, start: int, end: int) -> None:
        """The document number on the signers' line, between ``start`` and ``end``, if any."""
        number = DocNumber.read(line.text[start:end])
        if number is not None:
            printed = line.printed(start, end).strip()
            span = _line_span(line, start, end)
            self.set(
                line, "doc_number", number.model_copy(update={"text": printed, "span": span}), None
            )

    def organ_mark(self, line: Line) -> bool:
        """发文机关标志: …文件 (or …纪要), not a title with 关于, not page furniture.

        Nor a disclosure row whose last value is a kind of document (发布机构 某县教育局 所属分类
        部门文件): its labels name fields, where a mark names an organ alone.
        """
        text = line.text
        if not ORGAN_MARK.fullmatch(text) or "关于" in text or is_chrome(text):
            return False
        if bare_meta(line) is not None:
            return False
        self.set(line, "organ_mark", line.printed(0, len(text)), _line_span(line))
        return True

    def copy_number(self, line: Line) -> bool:
        """份号: six digits on a line of their own in the head."""
        if _COPY_NUMBER.fullmatch(line.text) is None:
            return False
        self.set(line, "copy_number", line.text, _line_span(line))
        return True

    def subject_words(self, index: int, line: Line) -> bool:
        """The record's subject words (主题词:农村公路 表彰 决定), under the signature's date.

        The older standard prints them in the record, over the copies and the printing line:
        the record's, and no line of the signature above them.
        """
        text = line.text
        if not text.startswith("主题词:") or len(text) <= len("主题词:") or "|" in text:
            return False  # a disclosure block's label (主题词: |), empty or not, is the page's
        above = index - 1
        # the blank lines and a page's number (— 1 —) between the date and the record part nothing
        while above >= 0 and (
            not self.lines[above].text or PAGE_NUMBER.fullmatch(self.lines[above].text.strip())
        ):
            above -= 1
        dated = self.lines[above].text if above >= 0 else ""
        if len(dated) > _DATE_LINE_MAX or read_date(dated) is None:
            return False
        self.consume(index)
        self.reading.diagnostics.append(
            _note(line, "page-chrome", f"the record's subject words: {line.text[:30]}")
        )
        return True

    def record(self, index: int, line: Line) -> bool:
        text = line.text
        if not text.startswith(_CC_LABELS) and "印" not in text[-2:]:
            return False
        cc = _CC.fullmatch(text)
        if cc is not None and len(cc["label"]) == 1 and not self.in_record_block(index):
            cc = None  # 发:各乡镇要… in the body is a sentence, not the record's copies
        if cc is not None:
            names_text = cc["names"]
            end_index = index
            # a cc list runs on over lines until its final stop, and never over a numbered line
            while not names_text.rstrip().endswith("。") and end_index + 1 < len(self.lines):
                following = self.lines[end_index + 1].text
                if not following or _PRINTING.fullmatch(following) or ":" in following:
                    break
                if match_heading(following) is not None:
                    break
                names_text += following
                end_index += 1
            names = [names_text[a:b] for a, b in split_recipients(names_text.rstrip("。"))]
            self.set(line, "cc", names, _lines_span(line, self.lines[end_index]))
            for used in range(index, end_index + 1):
                self.consume(used)
            return True
        printing = _PRINTING.fullmatch(text)
        if printing is not None and _is_printing_office(line, printing):
            day = read_date(printing["date"])
            office = line.printed(0, printing.end("office")).strip()
            self.set(line, "printing_office", office, _line_span(line, 0, printing.end("office")))
            if day is not None:
                self.set(
                    line,
                    "printed_on",
                    day,
                    _line_span(line, printing.start("date"), printing.end("date")),
                )
            self.consume(index)
            return True
        return False

    def in_record_block(self, index: int) -> bool:
        """Whether line ``index`` is in the record block after the body.

        Under the signature's date (a page's number between them or not), a 主题词 or 抄送 line (or
        another copy's label), or after the last numbered line.
        """
        if self.last_numbered is None:
            numbered = (i for i, line in enumerate(self.lines) if match_heading(line.text))
            self.last_numbered = max(numbered, default=-1)
        if index > self.last_numbered:
            return True
        above = index - 1
        # the blank lines and a page's number (— 1 —) between the date and the record part nothing
        while above >= 0 and (
            not self.lines[above].text or PAGE_NUMBER.fullmatch(self.lines[above].text.strip())
        ):
            above -= 1
        text = self.lines[above].text if above >= 0 else ""
        dated = len(text) <= _DATE_LINE_MAX and read_date(text) is not None
        return dated or text.startswith(("主题词", *_CC_LABELS))

    def notes(self, index: int, line: Line) -> bool:
        text = line.text
        if not text.startswith(("(", "联系人")):
            return False
        note = _NOTE.fullmatch(text)
        if note is None and not text.startswith("联系人:"):
            return False
        contact = _CONTACT.search(text)
        telephone = _TELEPHONE.search(text)
        self.reading.notes.append(
            FrameNote(
                text=line.printed(0, len(text)),
                contact=contact["name"] if contact else None,
                telephone=telephone["number"] if telephone else None,
                span=_line_span(line),
            )
        )
        if text.startswith(("(此件", "(信息公开", "(公开")):
            self.reading.diagnostics.append(
                _note(line, "publication-note", f"publication note: {text}")
            )
        self.consume(index)
        return True

    # -- attachments ----------------------------------------------------------------------

    def unread_matches(self, pattern: re.Pattern[str]) -> Iterator[tuple[int, Line, re.Match[str]]]:
        """The lines not yet read into the frame that ``pattern`` matches whole, in order."""
        for index, line in enumerate(self.lines):
            if index in self.reading.consumed:
                continue
            head = pattern.fullmatch(line.text)
            if head is not None:
                yield index, line, head

    def attachment_list(self) -> None:
        lines = self.lines
        for index, line, head in self.unread_matches(_LIST_HEAD):
            if self.heads_its_part(index, head):
                continue
            entries: list[tuple[int | None, str, Span]] = []
            if head["rest"].strip():
                entries.append(_list_entry(line, head.start("rest")))
            self.consume(index)
            following = index + 1
            while following < len(lines):
                text = lines[following].text
                if not text.strip() or PAGE_NUMBER.fullmatch(text.strip()):
                    following += 1  # a page's number (— 1 —) between two items parts nothing
                    continue
                if "。" in text or len(text) > _TITLE_MAX:
                    break
                if _LIST_ITEM.fullmatch(text) is None and not (
                    not entries and _unnumbered_entry(lines[following])
                ):
                    break
                entries.append(_list_entry(lines[following], 0))
                self.consume(following)
                following += 1
            if len(entries) == 1 and entries[0][0] is None:
                entries = [(1, entries[0][1], entries[0][2])]
            for number, title, span in entries:
                self.reading.attachments.append(
                    Attachment(number=number, title=_bare_title(title), listed=True, span=span)
                )
            self.reading.spans["attachments"] = _lines_span(line, lines[following - 1])
            self.list_ends.append(following - 1)
            return

    def heads_its_part(self, index: int, head: re.Match[str]) -> bool:
        """Whether a one-line 附件：title opens the annex printed below it, never a list.

        Under the signature's date, or as the text's first line (附件1：某某工作方案 / its text):
        an annex published on its own keeps its label over its text.

        The list of attachments stands over the signature (GB/T 9704-2012, 7.3.4); a label under
        the date with text after it (附件：某某工作分工方案 / its table, items or paragraphs) is the
        annex's own head: the signature above it closes the document.
        """
        rest = head["rest"].strip()
        if not rest or _LIST_ITEM.fullmatch(rest) is not None:
            return False
        above = self.content_before(index)
        below = self.next_content(index + 1, len(self.lines) - 1)
        if below is None or _listed_below(self.lines[below].text):
            return False
        if above is None:
            return True  # the text opens with it: an annex published on its own
        text = self.lines[above].text
        return len(text) <= _DATE_LINE_MAX and read_date(text) is not None

    def content_before(self, index: int) -> int | None:
        for above in range(index - 1, -1, -1):
            if self.lines[above].text.strip():
                return above
        return None

    def attachment_parts(self) -> None:
        heads = self.part_heads()
        self.parts_from_heads(heads)
        if not heads:
            self.parts_from_titles()
        self.link_parts()

    def part_heads(self) -> list[tuple[int, int | None, str | None]]:
        """The 附件 / 附件1 / 附件1：title lines that open the attachments' parts."""
        heads: list[tuple[int, int | None, str | None]] = []
        for index, line, head in self.unread_matches(_PART_HEAD):
            number = _number(head["number"]) if head["number"] else None
            title = (
                line.printed(head.start("title"), len(line.text)).strip() if head["title"] else None
            )
            heads.append((index, number, title))
        return heads

    def parts_from_heads(self, heads: list[tuple[int, int | None, str | None]]) -> None:
        lines = self.lines
        for position, (index, printed_number, printed_title) in enumerate(heads):
            self.consume(index)
            last = heads[position + 1][0] - 1 if position + 1 < len(heads) else self.last_content()
            title = printed_title
            if title is None:
                title_line = self.next_content(index + 1, last)
                if title_line is not None:
                    title = lines[title_line].printed(0, len(lines[title_line].text)).strip()
            number = printed_number
            if number is None and len(heads) == 1:
                number = 1
            self.parts.append(
                _Part(
                    number,
                    _bare_title(title or f"附件{number or ''}"),
                    index,
                    max(index, last),
                )
            )

    def parts_from_titles(self) -> None:
        """Parts that repeat a listed title, with no 附件N heading above them."""
        for item in self.reading.attachments:
            for index, line in enumerate(self.lines):
                if index in self.reading.consumed:
                    continue
                if _bare_title(line.printed(0, len(line.text))) != item.title:
                    continue
                if item.span is not None and line.offset(0) <= item.span.start:
                    continue
                self.parts.append(_Part(item.number, item.title, index, self.last_content()))
                break

    def link_parts(self) -> None:
        """Link each part to its entry in the attachment list, or record it as unlisted."""
        lines = self.lines
        attachments = self.reading.attachments
        for part in self.parts:
            waiting = [i for i, item in enumerate(attachments) if not item.found]
            index_of = next(
                (
                    i
                    for i in waiting
                    if part.number is not None and attachments[i].number == part.number
                ),
                None,
            )
            if index_of is None:
                index_of = next(
                    (i for i in waiting if _same_title(attachments[i].title, part.title)), None
                )
            if index_of is None:
                attachments.append(Attachment(number=part.number, title=part.title, listed=False))
                index_of = len(attachments) - 1
            rows = self.table_rows(part)
            attachments[index_of] = attachments[index_of].model_copy(
                update={
                    "found": True,
                    "part_span": _lines_span(lines[part.first], lines[part.last]),
                    "is_task_table": bool(rows),
                }
            )
            if rows and self.reading.table_attachment is None:
                self.reading.table_rows.extend(rows)
                self.reading.table_attachment = index_of

    def table_rows(self, part: _Part) -> list[TableRow]:
        """The rows of a task-division table that fills the whole part, if it is one."""
        columns: dict[int, str] | None = None
        rows: list[TableRow] = []
        for index in range(part.first + 1, part.last + 1):
            line = self.lines[index]
            cells = table_cells(line.text)
            if cells is None:
                continue
            names = [line.text[a:b] for a, b in cells]
            if columns is None:
                columns = read_columns(names)
                continue
            if all(re.fullmatch(r":?-{2,}:?", name) for name in names if name):
                continue
            row = _row(line, cells, columns)
            if row is not None:
                rows.append(row)
        return rows if columns is not None and rows else []

    def last_content(self) -> int:
        for index in range(len(self.lines) - 1, -1, -1):
            if self.lines[index].text.strip() and index not in self.reading.consumed:
                return index
        return 0

    def next_content(self, first: int, last: int) -> int | None:
        for index in range(first, last + 1):
            if self.lines[index].text.strip() and index not in self.reading.consumed:
                return index
        return None

    # -- the signature at the end and the special formats -----------------------------------

    def end_signature(self) -> None:
        """An issuer and date at the very end of the document (or of its main part).

        Or closing its numbered text above what a copy prints after it with no heading of its
        own (a table of tasks, a page's links, a reading of the policy): see `signature_above`.
        """
        if not self.parts:
            signed = self.signature_up_from(len(self.lines) - 1)
        elif not self.signature_up_from(self.parts[0].first - 1):
            # a copy that prints the notice, its attachments and then the signature (a page
            # that sets the signature under the plan it prints): the document's very end
            signed = self.signature_up_from(len(self.lines) - 1)
        else:
            signed = True
        if not signed:
            self.date_under_list()

    def date_under_list(self) -> None:
        """A date alone right under the notice's list of attachments: the notice's date of issue.

        GB/T 9704 sets the list of attachments (附件说明) over the signature and its date; a copy
        that lost the signing organ keeps the date alone under the list, and the annexes it
        prints may follow under labels this pass does not take for parts (附件1: / 某某名单).
        Only a line that is a date and nothing else counts (never 请于…前报送).
        """
        for end in self.list_ends:
            below = self.next_content(end + 1, len(self.lines) - 1)
            if below is None or below in self.reading.consumed:
                continue
            text = self.lines[below].text.strip(" \t")
            day = _signing_date(text) if len(text) <= _DATE_LINE_MAX else None
            if day is not None:
                self.end_date(below, day)
                return

    def signature_up_from(self, last: int) -> bool:
        """Read the signature closing the text up to line ``last``; whether one is there.

        A date on the last line is the signature's, read or not (a notice's, which the header
        reads): nothing above it is sought.
        """
        date_index = None
        for index in range(last, -1, -1):
            text = self.lines[index].text
            # a mark a copy left after the text (a table's |) is no line of the signature
            if any(char.isalnum() for char in text) and index not in self.reading.consumed:
                date_index = index
                break
        if date_index is None:
            return False
        parts = noted_date_parts(self.lines[date_index])
        if len(parts) == 2:
            # the publication note run onto the date (2020年5月20日(此件公开发布)): the date's
            # line is the date, the note the notice's mark, no part of the signature
            self.lines[date_index] = parts[0]
        if self.signature_at(date_index) or _signing_date(self.lines[date_index].text) is not None:
            return True
        above = self.signature_above(date_index)
        return above is not None and self.signature_at(above)

    def signature_above(self, last: int) -> int | None:
        """The signature that closes the numbered text above the lines after it, if any.

        GB/T 9704 signs under the text's last paragraph: the organ's line (joint ones one a line,
        or the organ and the date on one line) over the date's, under a line that closes a
        sentence. Whatever follows it up to ``last`` under no numbered heading (a table of
        tasks or units without its 附件 line, links to the files and to a reading of the
        policy, the page's footer) is no part of it; the first such signature under the last
        numbered heading is the document's. A deadline (…前) is no date of a signature, and an
        organ over a date under a cell of a table (学习宣传 / 县司法局 / 2023年6月30日) is none;
        nor is a notice's signature over the plan it prints, under the notice's address, whatever
        a page numbers above it: the header reads it.
        """
        found = None
        for index in range(last, -1, -1):
            text = self.lines[index].text
            if index in self.reading.consumed or not text.strip():
                continue
            if found is not None and is_address(text):
                return None  # a notice's address over it: its signature is the header's
            if match_heading(text) is not None:
                return found
            dated = len(text) <= _DATE_LINE_MAX and _signing_date(text) is not None
            organs = self.issuer_lines(index) if dated else self.organ_beside_date(index)
            if index < last and organs and self.closes_a_sentence_above(organs[0]):
                found = index
        return None  # no numbered text above: a notice's signature, which the header reads

    def organ_beside_date(self, index: int) -> list[int]:
        """The line itself where it prints an organ and a date apart by a space, else none."""
        line = self.lines[index]
        cut = date_apart(line)
        return [index] if cut is not None and is_organ_line(line.text[:cut]) else []

    def closes_a_sentence_above(self, index: int) -> bool:
        """Whether the text's line above line ``index`` closes a sentence (。, !, ?, or a quote)."""
        above = self.content_above(index)
        return above is not None and self.lines[above].text.rstrip().endswith(_SENTENCE_ENDS)

    def signature_at(self, date_index: int) -> bool:
        """Read the signature whose date (or organ and date) is line ``date_index``, if it is one."""
        date_line = self.lines[date_index]
        day = _signing_date(date_line.text)
        if day is None and (
            self.run_on_signature(date_index)
            or self.signed_on_one_line(date_index)
            or self.signed_on_a_lost_date(date_index)
            or self.signed_date_first(date_index)
        ):
            return True
        if day is None or len(date_line.text) > _DATE_LINE_MAX:
            return False
        issuers = self.issuer_lines(date_index)
        if not issuers:
            self.end_date(date_index, day)
            return True
        # a signature right under the notice belongs to the header, which reads it
        if self.before_plan(issuers[0]):
            return True
        organs: list[str] = []
        for used in issuers:
            _add_organs(organs, self.lines[used])
            self.consume(used)
        self.reading.frame["end_signing_organs"] = organs
        self.reading.spans["end_signing_organs"] = _lines_span(
            self.lines[issuers[0]], self.lines[issuers[-1]]
        )
        self.end_issued_on(
            date_index,
            day,
            self.lines[issuers[0]],
            f"signature at the end of the document: {'、'.join(organs)}, {day}",
        )
        return True

    def signed_on_a_lost_date(self, date_index: int) -> bool:
        """Signers over a date whose 年 and 月 a copy lost (某市人民政府 / 202256): no date.

        The organs sign the document; the date is not guessed (2022-05-06 from 202256), and a
        warning says what was not read.
        """
        date_line = self.lines[date_index]
        if LOST_DATE.fullmatch(date_line.text.strip()) is None:
            return False
        issuers = self.issuer_lines(date_index)
        if not issuers or self.before_plan(issuers[0]):
            return False
        organs: list[str] = []
        for used in issuers:
            _add_organs(organs, self.lines[used])
            self.consume(used)
        self.consume(date_index)
        self.reading.frame["end_signing_organs"] = organs
        self.reading.spans["end_signing_organs"] = _lines_span(
            self.lines[issuers[0]], self.lines[issuers[-1]]
        )
        self.reading.diagnostics.append(
            _note(
                date_line,
                "unread-date",
                f"a date whose 年 or 月 a copy lost is not read: {date_line.text.strip()}",
                Severity.WARNING,
            )
        )
        return True

    def signed_on_one_line(self, index: int) -> bool:
        """The organ and its date on the last line, apart by a space: 某管理局 2017年3月10日."""
        line = self.lines[index]
        cut = date_apart(line)
        if cut is None or not is_organ_line(line.text[:cut]) or self.before_plan(index):
            return False
        day = read_date(line.text[cut:])
        if day is None:
            return False
        organs = split_organs(line.split(cut)[0])
        self.reading.frame["end_signing_organs"] = organs
        self.reading.spans["end_signing_organs"] = _line_span(line, 0, cut)
        self.end_issued_on(
            index, day, line, f"signature at the end of the document: {'、'.join(organs)}, {day}"
        )
        return True

    def run_on_signature(self, index: int) -> bool:
        """A signature a copy ran into the last paragraph, apart by spaces: …通知。 某办公室 二〇〇九年….

        Copies that print a whole notice on one line (a law database's table cell) keep its
        parts apart by spaces only; the organ and the date are the last two of them (a table
        mark after them, such as ``|``, aside). The line stays the body's.
        """
        line = self.lines[index]
        if len(line.gaps) < 2 or self.before_plan(index):
            return False
        parts = [part for part in line.cut(line.gaps) if part.text]
        while parts and not any(char.isalnum() for char in parts[-1].text):
            parts.pop()
        if len(parts) < 3:
            return False
        organ, date_part = parts[-2], parts[-1]
        day = read_date(date_part.text)
        if day is None or not is_organ_line(organ.text):
            return False
        # joint organs apart by spaces before the date, the paragraph before them
        first = len(parts) - 2
        while first > 0 and is_organ_line(parts[first - 1].text):
            first -= 1
        if first == 0:
            return False  # organs and a date alone: a signature on one line, no paragraph
        organs = [name for part in parts[first:-1] for name in split_organs(part)]
        self.reading.frame["end_signing_organs"] = organs
        self.reading.spans["end_signing_organs"] = Span(
            start=parts[first].offset(0), end=organ.end_offset(len(organ.text))
        )
        self.reading.frame["end_issued_on"] = day
        self.reading.spans["end_issued_on"] = _line_span(date_part)
        self.reading.diagnostics.append(
            _note(
                organ,
                "end-signature",
                f"signature at the end of the document: {'、'.join(organs)}, {day}",
            )
        )
        return True

    def end_date(self, date_index: int, day: dt.date) -> None:
        """A date alone on the last line, after the body: the date of issue (成文日期).

        GB/T 9704 puts the date under the text; a copy that leaves out the signing organ still
        prints it there. A date right under the notice, before the plan, is the header's.
        """
        if self.before_plan(date_index):
            return
        date_line = self.lines[date_index]
        self.end_issued_on(
            date_index, day, date_line, f"date of issue at the end of the document: {day}"
        )

    def end_issued_on(self, date_index: int, day: dt.date, first: Line, message: str) -> None:
        """Take the date line at the end as the date of issue, noting the signature from ``first``."""
        date_line = self.lines[date_index]
        self.consume(date_index)
        self.reading.frame["end_issued_on"] = day
        self.reading.spans["end_issued_on"] = _line_span(date_line)
        self.reading.diagnostics.append(
            Diagnostic(
                severity=Severity.INFO,
                code="end-signature",
                message=message,
                line=first.number,
                column=1,
                span=_lines_span(first, date_line),
            )
        )

    def issuer_lines(self, date_index: int) -> list[int]:
        """The organ lines just above a date line: one, or several for a joint signature."""
        issuers: list[int] = []
        index = date_index - 1
        while index >= 0 and len(issuers) < _MAX_SIGNATURE_LINES:
            text = self.lines[index].text
            if not text.strip() or index in self.reading.consumed:
                index -= 1
                continue
            if not _signer_line(self.lines[index]):
                break
            issuers.insert(0, index)
            index -= 1
        return issuers

    def signed_date_first(self, index: int) -> bool:
        """A signature that prints the date over the organ: 2023年5月10日 / 某县司法局.

        Some pages set the date first; the organ's line (joint ones one a line) is then the
        last, the date's right over it, and the text's last sentence closed over the date (an
        organ under a date in a table printed a cell a line signs nothing).
        """
        organs = [index]
        above = self.content_above(index)
        while above is not None and len(organs) < _MAX_SIGNATURE_LINES:
            if not _signer_line(self.lines[above]):
                break
            organs.insert(0, above)
            above = self.content_above(above)
        if not _signer_line(self.lines[index]) or above is None:
            return False
        date_line = self.lines[above]
        day = _signing_date(date_line.text) if len(date_line.text) <= _DATE_LINE_MAX else None
        if day is None or not self.closes_a_sentence_above(above) or self.before_plan(above):
            return False
        names: list[str] = []
        for used in organs:
            _add_organs(names, self.lines[used])
            self.consume(used)
        self.reading.frame["end_signing_organs"] = names
        self.reading.spans["end_signing_organs"] = _lines_span(
            self.lines[organs[0]], self.lines[organs[-1]]
        )
        self.end_issued_on(
            above,
            day,
            date_line,
            f"signature at the end of the document: {'、'.join(names)}, {day}",
        )
        return True

    def content_above(self, index: int) -> int | None:
        """The nearest line above line ``index`` with text that the frame has not read, if any."""
        above = index - 1
        while above >= 0 and (above in self.reading.consumed or not self.lines[above].text.strip()):
            above -= 1
        return above if above >= 0 else None

    def before_plan(self, index: int) -> bool:
        """Whether no numbered heading or table comes before line ``index``."""
        for position, line in enumerate(self.lines[:index]):
            if position in self.reading.consumed:
                continue
            if match_heading(line.text) is not None:
                return False
            cells = table_cells(line.text)
            if cells is not None and read_columns([line.text[a:b] for a, b in cells]) is not None:
                return False  # a task table's heading
        return True

    def format_markers(self) -> None:
        mark = self.reading.frame.get("organ_mark")
        if isinstance(mark, str):
            if mark.endswith("纪要"):
                self.reading.frame["format"] = DocumentFormat.MINUTES
            elif mark.endswith("文件"):
                self.reading.frame["format"] = DocumentFormat.DOCUMENT
        if "format" not in self.reading.frame and any(
            _ATTENDEES.match(line.text) for line in self.lines[:200]
        ):
            self.reading.frame["format"] = DocumentFormat.MINUTES


def _unsealed(line: Line) -> Line:
    """An organ's line without the note of its seal after it: 某县人民政府(盖章)."""
    cut = seal_start(line.text)
    return line.split(cut)[0] if cut < len(line.text) else line


def _unnumbered_entry(line: Line) -> bool:
    """Whether a line under a bare ``附件:`` is the one attachment's title (附件: / 检查表).

    Not the date of issue nor the organ that signs, which a list with no entry leaves below it,
    nor both on one line apart by spaces (某县人民政府  2024年3月5日): a line whose last part
    reads as a date, or whose text before its last gap is an organ's name, is a signature.
    """
    text = line.text
    if read_date(text) is not None or is_organ_name(text) or len(text) < 2:
        return False
    if line.gaps:
        cut = line.gaps[-1]
        return read_date(text[cut:].strip()) is None and not is_organ_name(text[:cut].strip())
    return True


def _list_entry(line: Line, begin: int) -> tuple[int | None, str, Span]:
    """One entry of the attachment list: its number (if any), title and span."""
    item = _LIST_ITEM.fullmatch(line.text, begin)
    if item is None:
        return None, line.printed(begin, len(line.text)).strip(), _line_span(line, begin)
    start = item.start("title")
    return int(item["number"]), line.printed(start, len(line.text)).strip(), _line_span(line, start)


def _row(line: Line, cells: list[tuple[int, int]], columns: dict[int, str]) -> TableRow | None:
    number: int | None = None
    title: tuple[int, int] | None = None
    fields: list[tuple[str, int, int]] = []
    for index, meaning in columns.items():
        if index >= len(cells):
            continue
        begin, end = cells[index]
        if end <= begin:
            continue
        value = line.text[begin:end]
        if meaning == "number" and value.isdecimal():
            number = int(value)
        elif meaning == "title" or (meaning == "measures" and title is None):
            title = (begin, end)
        elif meaning in _FIELD_LABELS:
            fields.append((_FIELD_LABELS[meaning], begin, end))
    if number is None and title is None:
        return None
    return TableRow(line, number, title, fields)


def _is_printing_office(line: Line, printing: re.Match[str]) -> bool:
    """An office before the printing date: an organ's name, or apart from the date by spaces."""
    office_end = printing.end("office")
    spaced = line.offset(printing.start("date")) - line.offset(office_end - 1) > 1
    return spaced or printing["office"].endswith(ORGAN_NAME_ENDS)


def _add_organs(organs: list[str], line: Line) -> None:
    """Add the organs a signature's line names; an office alone (办公室) ends the name above."""
    names = split_organs(_unsealed(line))
    if not ends_the_name_above(organs, names):
        organs.extend(names)


def _signing_date(text: str) -> dt.date | None:
    """A signature's date, alone or in its bracket: 2023年5月10日, (2023年5月10日).

    Examples:
        >>> _signing_date("(二〇二三年五月十日)"), _signing_date("2023年5月10日")
        (datetime.date(2023, 5, 10), datetime.date(2023, 5, 10))
    """
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return read_date(text)


def _signer_line(line: Line) -> bool:
    """Whether a line is a signer's: an organ's name, its seal's note aside, and no table's row.

    A row of a table printed with spaces or tabs (1  学习宣传  县司法局) opens with its number.
    """
    words = (line.text[: line.gaps[0]] if line.gaps else line.text).split()
    if words and words[0].isdecimal():
        return False
    return is_organ_line(_unsealed(line).text)


def is_organ_line(text: str) -> bool:
    """Whether a line is an organ's name alone, as a signature prints it.

    Examples:
        >>> is_organ_line("某县人民政府办公室"), is_organ_line("现将方案印发给你们。")
        (True, False)
    """
    return (
        len(text) <= _ISSUER_MAX
        # a table's row printed with its rules (1 | 学习宣传 | 县司法局) is no organ's name
        and not any(mark in text for mark in "。,;:!?《|")
        and read_date(text) is None
        and text.endswith((*ORGAN_NAME_ENDS, *SIGNER_ENDS))
        and ATTACHMENT_LEAD.match(text) is None
    )


def _number(text: str) -> int:
    if text.isdecimal():
        return int(text)
    return chinese_to_int(text) or 0


def _bare_title(title: str) -> str:
    """A title without 《》, a trailing stop or spaces: how the list and the part are compared."""
    return "".join(title.split()).strip("《》。;；,，").replace("《", "").replace("》", "")


def _same_title(first: str, second: str) -> bool:
    a, b = _bare_title(first), _bare_title(second)
    return bool(a) and bool(b) and (a == b or (min(len(a), len(b)) >= 6 and (a in b or b in a)))


def _numbered_rows(lines: list[Line]) -> set[int]:
    """The rows in pipes numbered in their first cell that follow a table's header in their run."""
    found: set[int] = set()
    headed = False
    for index, line in enumerate(lines):
        cells = table_cells(line.text) if "|" in line.text else None
        if cells is None:
            headed = headed and not line.text.strip()
            continue
        texts = [line.text[begin:end] for begin, end in cells]
        if headed and texts and texts[0].isdecimal():
            found.add(index)
        elif read_columns(texts) is not None:
            headed = True
    return found


def find_frame(lines: list[Line]) -> FrameReading:
    r"""Find the frame's elements in a document's lines, and the lines that are not the plan's.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "机密★1年\n特急\n抄送：市司法局。\n区依法治区办　　2023年5月12日印发"
        >>> reading = find_frame(split_lines(text))
        >>> reading.frame["secrecy"].text, reading.frame["urgency"].label, reading.frame["cc"]
        ('机密★1年', '特急', ['市司法局'])
        >>> sorted(reading.consumed)
        [0, 1, 2, 3]
    """
    return _Finder(lines).run()


def frame_diagnostics(frame: Frame, text: str | None = None) -> list[Diagnostic]:
    """Departures of a frame from GB/T 9704-2012, as warnings with their place.

    ``text`` is the document the frame's spans point into; with it, each diagnostic names its
    line and column.

    Examples:
        >>> import datetime as dt
        >>> frame = Frame(
        ...     kind="notice", doc_number=DocNumber.read("某政发[2022]3号"),
        ...     issued_on=dt.date(2023, 5, 10), printed_on=dt.date(2023, 5, 1),
        ... )
        >>> [d.code for d in frame_diagnostics(frame)]
        ['doc-number-form', 'doc-number-year', 'no-recipients', 'printed-before-written']
    """
    found: list[Diagnostic] = []

    def add(code: str, message: str, span: Span | None) -> None:
        place = None
        if span is not None and text is not None:
            place = line_column(text, span.start)
        found.append(
            Diagnostic(
                severity=Severity.WARNING,
                code=code,
                message=message,
                line=place[0] if place else None,
                column=place[1] if place else None,
                span=span,
            )
        )

    _number_findings(frame, add)
    if frame.kind is DocumentKind.NOTICE and not frame.recipients:
        add("no-recipients", "a 通知 names no recipients (主送机关)", frame.spans.get("title"))
    # a text that opens with its 附件 label is the annex itself, published on its own
    opening = len(text) - len(text.lstrip()) if text is not None else None
    _attachment_findings(frame, add, opening)
    if (
        frame.printed_on is not None
        and frame.issued_on is not None
        and frame.printed_on < frame.issued_on
    ):
        add(
            "printed-before-written",
            f"the printing date {frame.printed_on.isoformat()} is before the date of writing "
            f"{frame.issued_on.isoformat()}",
            frame.spans.get("printed_on"),
        )
    return found


# an order's number, which the standard prints as 第N号 under the organ's 令 (GB/T 9704 10.2.1),
# not as 机关代字〔年份〕序号号: 某市人民政府令第290号, 某部令2019年第1号
_ORDER_NUMBER = re.compile(r"[^\s〔\[(【]{1,24}令\s*(?:[12]\d{3}年)?\s*第\s*\d{1,5}\s*[号號]")


def _number_findings(frame: Frame, add: Callable[[str, str, Span | None], None]) -> None:
    number = frame.doc_number
    if number is not None and not _ORDER_NUMBER.fullmatch(number.text):
        if number.serial is None:
            add(
                "doc-number-form",
                f"the document number {number.text!r} cannot be read; write it as 机关代字〔2023〕8号",
                number.span,
            )
        elif not number.is_standard:
            add(
                "doc-number-form",
                f"the document number {number.text!r} is not in the standard form; "
                f"GB/T 9704-2012 writes {number.standard!r}",
                number.span,
            )
        if (
            number.year is not None
            and frame.issued_on is not None
            and number.year != frame.issued_on.year
        ):
            add(
                "doc-number-year",
                f"the document number's year {number.year} differs from the year of the date "
                f"of writing {frame.issued_on.isoformat()}",
                number.span,
            )


def _listed_below(text: str) -> bool:
    """Whether a line under 附件： goes on listing the attachments (2.某某方案), as a list's item."""
    return _LIST_ITEM.fullmatch(text) is not None and "。" not in text and len(text) <= _TITLE_MAX


def _attachment_findings(
    frame: Frame, add: Callable[[str, str, Span | None], None], opening: int | None = None
) -> None:
    """Attachments listed but absent, or printed but unlisted; ``opening`` is where the text starts.

    A part that starts the text is the annex published on its own (附件1：某某方案 / its text):
    no list names it, and none need.
    """
    for item in frame.attachments:
        if item.part_span is not None and opening is not None and item.part_span.start <= opening:
            continue
        if item.listed and not item.found:
            add(
                "attachment-absent",
                f"attachment {item.number or ''} {item.title!r} is listed but its text is not in "
                "the document (a separate file?)",
                item.span,
            )
        elif item.found and not item.listed:
            add(
                "attachment-unlisted",
                f"attachment {item.number or ''} {item.title!r} follows the text but the "
                "attachment list (附件说明) does not name it",
                item.part_span,
            )


def blank(line: Line) -> Line:
    """The line with its text taken out of the plan (it stays in the source, with its offsets)."""
    return attrs.evolve(line, text="", breaks=(), shifts=())


def keep_table_for_merge(reading: FrameReading, lines: list[Line]) -> None:
    """Take the task-division table's part out of the plan's text when the plan is elsewhere.

    A table that is the document's only list of tasks stays in the text for the body reader;
    a table beside a plan of numbered headings is merged into that plan's tasks instead. The
    headings are that plan's tasks only where they can take the rows: a row names one of them,
    or they are as many as the rows. A notice's plan of a few parts that state its aims and
    leave the work to its annexed 任务清单 (总体要求 · 工作措施 · 附件 重点任务分工表) has no tasks
    for the table's rows: the table is its division of work, read as the plan's tasks.
    """
    if reading.table_attachment is None:
        return
    item = reading.attachments[reading.table_attachment]
    span = item.part_span
    if span is None:
        return
    inside = [i for i, line in enumerate(lines) if span.start <= line.start < span.end]
    headings: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if i in reading.consumed or span.start <= line.start < span.end:
            continue
        heading = match_heading(line.text)
        if heading is not None:
            headings.append((heading.value, line.text[heading.end :]))
    rows = reading.table_rows
    # as many headings as rows take them as they stand: the rows are matched once, when merged;
    # rows that each print a matter of their own, none a heading's, divide no heading: an annexed
    # list (a notice's 决策事项目录, 项目清单) whose rows are its items, beside the notice's
    # paragraphs of requirements
    own_titles = all(row.title is not None for row in rows)
    if not headings or (
        (len(headings) < len(rows) or own_titles) and not _titles_match(rows, headings)
    ):
        reading.table_rows = []
        return
    reading.consumed.update(inside)


def _titles_match(rows: list[TableRow], headings: list[tuple[int, str]]) -> bool:
    """Whether a row of the table names one of the headings by its title (numbers aside)."""
    by_title, _, _ = match_rows([attrs.evolve(row, number=None) for row in rows], headings)
    return bool(by_title)


@attrs.define
class FrameInputs:
    """What the header reader found that belongs to the frame, beside the frame pass's own."""

    title: str | None
    title_span: Span | None
    doc_number: str | None
    doc_number_span: Span | None
    recipients: list[str]
    recipients_span: Span | None
    issuers: list[str]
    issuers_span: Span | None
    issued_on: dt.date | None
    issued_on_span: Span | None
    plan_title: str | None = None
    text_span: Span | None = None


def build_frame(reading: FrameReading, inputs: FrameInputs) -> Frame:
    """The frame, from the frame pass and the header: every element that was found.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> reading = find_frame(split_lines("抄送：市司法局。"))
        >>> inputs = FrameInputs("关于印发《2023年工作要点》的通知", None, "某办发[2023]3号", None,
        ...                      [], None, [], None, None, None)
        >>> frame = build_frame(reading, inputs)
        >>> frame.kind.label, frame.verb.label, frame.doc_number.serial, frame.cc
        ('通知', '印发', 3, ['市司法局'])
    """
    found = reading.frame
    spans = {name: span for name, span in reading.spans.items() if not name.startswith("end_")}
    values: dict[str, object] = {
        name: value
        for name, value in found.items()
        if not name.startswith("end_") and name != "doc_number"
    }
    number = found.get("doc_number")
    if not isinstance(number, DocNumber) and inputs.doc_number:
        number = DocNumber.read(inputs.doc_number, inputs.doc_number_span) or DocNumber(
            text=inputs.doc_number, span=inputs.doc_number_span
        )
    if isinstance(number, DocNumber):
        values["doc_number"] = number
    if inputs.title:
        values["title"] = inputs.title
        values["kind"], values["verb"] = document_kind(inputs.title)
        if inputs.title_span is not None:
            spans["title"] = inputs.title_span
    if inputs.text_span is not None:
        spans["text"] = inputs.text_span
    if inputs.recipients:
        values["recipients"] = inputs.recipients
        if inputs.recipients_span is not None:
            spans["recipients"] = inputs.recipients_span
    _signature(reading, inputs, values, spans)
    if kind_is_letter(values):
        values["format"] = DocumentFormat.LETTER
    values["attachments"] = [
        item.model_copy(update={"is_plan": True})
        if item.found
        and not item.is_task_table
        and inputs.plan_title
        and _same_title(item.title, inputs.plan_title)
        else item
        for item in reading.attachments
    ]
    values["notes"] = reading.notes
    values["spans"] = spans
    return Frame.model_validate(values)


def _signature(
    reading: FrameReading, inputs: FrameInputs, values: dict[str, object], spans: dict[str, Span]
) -> None:
    """The signing organs and the date: the header's, or else those at the end of the document."""
    organs = inputs.issuers or reading.frame.get("end_signing_organs") or []
    if organs:
        values["signing_organs"] = organs
        span = inputs.issuers_span if inputs.issuers else reading.spans.get("end_signing_organs")
        if span is not None:
            spans["signing_organs"] = span
    issued_on = inputs.issued_on or reading.frame.get("end_issued_on")
    if issued_on is not None:
        values["issued_on"] = issued_on
        span = inputs.issued_on_span if inputs.issued_on else reading.spans.get("end_issued_on")
        if span is not None:
            spans["issued_on"] = span


def kind_is_letter(values: dict[str, object]) -> bool:
    """信函格式: a document numbered as a letter (…函〔2023〕5号) under no …文件 mark."""
    number = values.get("doc_number")
    mark = values.get("organ_mark")
    lettered = isinstance(number, DocNumber) and (number.organ_code or "").endswith("函")
    return lettered and not (isinstance(mark, str) and mark.endswith("文件"))


def _plain(text: str) -> str:
    return re.sub(r"[\s。,;:、()“”《》]", "", text)


_MATCHED_OPENING = 4  # 加强培训 of 加强培训工作: the fewest characters a title opens another with


def match_rows(
    rows: list[TableRow], titles: list[tuple[int, str]]
) -> tuple[dict[int, int], list[int], list[int]]:
    """Match the table's rows to the plan's tasks: by title first, then by number.

    ``titles`` holds each task's number (its value, 1, 2...) and title, in document order.
    Returns the task index for each matched row index, the unmatched rows and unmatched tasks.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("|1|加强培训|")[0]
        >>> rows = [TableRow(line, 1, (3, 7), []), TableRow(line, 9, None, [])]
        >>> match_rows(rows, [(1, "开展宣传"), (2, "加强培训")])
        ({0: 1}, [1], [0])
    """
    matched = _match_by_title(rows, [_plain(title) for _, title in titles])
    used = set(matched.values())
    first_with: dict[int, int] = {}
    for task, (value, _) in enumerate(titles):
        first_with.setdefault(value, task)
    unique_values = len(first_with) == len(titles)
    for index, row in enumerate(rows):
        if index in matched or row.number is None:
            continue
        task = (
            first_with[row.number] if unique_values and row.number in first_with else row.number - 1
        )
        if 0 <= task < len(titles) and task not in used:
            matched[index] = task
            used.add(task)
    unmatched_rows = [index for index in range(len(rows)) if index not in matched]
    unmatched_tasks = [task for task in range(len(titles)) if task not in used]
    return matched, unmatched_rows, unmatched_tasks


def _match_by_title(rows: list[TableRow], titles: list[str]) -> dict[int, int]:
    """The task each row names by its title: the first one left whose title it is or opens.

    A row's title and a task's match when they are the same or one opens the other with at least
    ``_MATCHED_OPENING`` characters: both open alike, so a row looks only at the tasks that open
    as it does, and tasks already taken at the front of those are passed once.
    """
    matched: dict[int, int] = {}
    used: set[int] = set()
    by_opening: dict[str, list[int]] = {}
    for task, title in enumerate(titles):
        if title:
            by_opening.setdefault(title[:_MATCHED_OPENING], []).append(task)
    passed = dict.fromkeys(by_opening, 0)
    for index, row in enumerate(rows):
        wanted = _plain(row.line.text[row.title[0] : row.title[1]]) if row.title else ""
        opening = wanted[:_MATCHED_OPENING]
        if opening not in by_opening:
            continue
        tasks = by_opening[opening]
        while passed[opening] < len(tasks) and tasks[passed[opening]] in used:
            passed[opening] += 1
        for task in tasks[passed[opening] :]:
            short, long = sorted((wanted, titles[task]), key=len)
            if task not in used and (
                short == long or (len(short) >= _MATCHED_OPENING and long.startswith(short))
            ):
                matched[index] = task
                used.add(task)
                break
    return matched


_CARRIED = re.compile(r"(?:印[发發]|[转轉][发發]|批[转轉])(?P<title>.+?)的通知$")
# or the plan named in 《》 with no verb before it (X关于《Y》的通知): a notice printing Y all the same
_QUOTED_CARRIED = re.compile(r"关于(?P<title>《[^《》]+》)的通知$")
# where one quoted name closes and the next opens in a heading that names several: 》《, 》、《
_NEXT_QUOTED = re.compile(r"》[、,，和及与]?《")
# the organ whose document a notice forwards, named before its title: 教育部《…》
# several documents named by the first and counted (A等13项制度, 《A》等三个文件): A, a rule's or
# a plan's name
_SEVERAL = re.compile(
    r"(?P<first>《?[^《》]{4,80}?(?:规则|制度|办法|规定|细则|方案|意见|要点|计划|规划|清单|标准)》?)"
    r"等(?P<count>[\d一二三四五六七八九十两]{1,3}[个项份部件])?[^《》,。等]{0,8}"
)
# what only one plan's name ends in: uncounted after 等 (A标准等工作方案), it names that plan, whose
# matters A opens, and counts no documents
_ONE_PLAN_ENDS = ("方案", "清单", "意见", "要点", "计划")
# the marks a heading prints a carried title in, open to close: 《Y》, and where a copy had no
# book-title marks, 〈Y〉, <Y>, ＜Y＞
_QUOTE_PAIRS = {"《": "》", "〈": "〉", "<": ">", "＜": "＞"}
_INNER_QUOTES = str.maketrans("<>＜＞", "《》《》")
_OWNED = re.compile(r"(?P<organ>[^《》〈〉]{2,30})[《〈](?P<title>[^《》〈〉]+)[》〉]")


def carried_title(notice_title: str) -> str | None:
    """The title of the document a notice carries: Y in ``X关于印发《Y》的通知``.

    A title that names a document other than a notice (an 意见) is its own plan's title.

    Examples:
        >>> carried_title("某县人民政府关于印发《2023年工作要点（试行）》的通知")
        '2023年工作要点（试行）'
        >>> carried_title("某县人民政府办公室关于印发2023年工作要点的通知")
        '2023年工作要点'
        >>> carried_title("某省人民政府关于深化预算管理制度改革的实施意见")
        '某省人民政府关于深化预算管理制度改革的实施意见'
        >>> carried_title("关于征求《某区法治政府建设五年规划》意见的通知")
        '某区法治政府建设五年规划'
        >>> carried_title("关于《某区普法规划(征求意见稿)》征求意见建议的公告")
        '某区普法规划(征求意见稿)'
        >>> carried_title("关于公开征求《某区普法规划》(征求意见稿)意见的公告")
        '某区普法规划(征求意见稿)'
        >>> carried_title("某省教育厅关于转发教育部《全国教育系统第七个五年规划》的通知")
        '全国教育系统第七个五年规划'

        A notice that prints several rules names the first and counts the rest (印发A等13项
        制度): it carries A first, whose title the plan takes.

        >>> carried_title("关于印发某市政务公开领导小组工作规则等公开制度的通知")
        '某市政务公开领导小组工作规则'

        A heading that names each document in its own marks (印发《A》《B》的通知) carries A
        first, likewise.

        >>> carried_title("某办公厅关于印发《某省甲行动方案》《某省乙行动方案》的通知")
        '某省甲行动方案'

        A plan's own name that runs on after 等 to its kind, uncounted, is one plan's title.

        >>> carried_title("关于印发某市提高最低工资标准等工作方案的通知")
        '某市提高最低工资标准等工作方案'
    """
    bare = re.sub(
        r"[(（][^()（）]*[〔\[(【]\d{4}[〕\])】][^()（）]*[)）]$", "", notice_title.strip()
    )
    # matched in simplified characters, cut as printed (one for one: each keeps its place)
    folded = bare.translate(SIMPLIFIED)
    found = _CARRIED.search(folded) or _QUOTED_CARRIED.search(folded) or FOR_COMMENTS.search(folded)
    if found is not None:
        # a call for comments may name its draft before the call (关于《Y》征求意见的公告)
        group = "named" if found.re is FOR_COMMENTS and found["title"] is None else "title"
        title = bare[found.start(group) : found.end(group)].strip()
        owned = _OWNED.fullmatch(title)
        if owned is not None and is_organ_name(owned["organ"]):
            title = owned["title"]  # 关于转发教育部《Y》的通知: the ministry's is Y
        elif _QUOTE_PAIRS.get(title[:1]) == title[-1:]:
            # 《Y》, or Y in the marks a copy printed for them: 〈Y〉, <Y>, ＜Y＞
            title = title[1:-1]
            # several documents each in its marks (《A》《B》, 《A》、《B》): the first of them
            title = _NEXT_QUOTED.split(title, maxsplit=1)[0]
        # a name quoted inside it in a copy's <> for 〈〉: the plan's title prints it 《》
        # (《贯彻落实<某意见>分工方案》); 〈〉 are the marks' own nesting, kept as printed
        title = title.translate(_INNER_QUOTES)
        if found.re is FOR_COMMENTS and found["draft"] is not None:
            # the draft's mark printed after its marks (征求《Y》(征求意见稿)意见): the draft's
            title += bare[found.start("draft") : found.end("draft")]
        folded = title.translate(SIMPLIFIED)
        several = _SEVERAL.fullmatch(folded)
        if several is not None and (several["count"] or not folded.endswith(_ONE_PLAN_ENDS)):
            title = title[: several.end("first")].strip("《》〈〉")  # the first of them
        return title or None
    kind, _ = document_kind(bare)
    if kind is not None and kind is not DocumentKind.NOTICE:
        return bare
    return None


def check_frame(plan: Plan) -> list[Diagnostic]:
    """The departures of a plan's frame from GB/T 9704-2012 not already among its diagnostics.

    A parsed plan carries them already; a plan read from JSON or built by hand gets them here.
    Each names its place (line and column in the plan's source text) where the frame's spans
    give one.

    Examples:
        >>> import rulegov
        >>> frame = rulegov.Frame(kind="notice", doc_number=rulegov.DocNumber.read("某政发(2023)3号"))
        >>> found = check_frame(rulegov.Plan(title="2023年工作要点", frame=frame))
        >>> print(", ".join(d.code for d in found))
        doc-number-form, no-recipients
    """
    _check_kind(plan, "Plan", "plan", "a rulegov Plan")
    if plan.frame is None:
        return []
    text = plan.source.text if plan.source is not None else None
    known = {(d.code, d.line, d.message) for d in plan.diagnostics}
    return [
        found
        for found in frame_diagnostics(plan.frame, text)
        if (found.code, found.line, found.message) not in known
    ]
