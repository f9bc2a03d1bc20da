"""The head of a document: web-page metadata, the cover notice and the plan's own title.

Lines before the first numbered heading are read with a small state machine: page furniture and
metadata (索引号, 发文机关, 成文日期, 发文字号), the document number, the notice title, the
recipients (主送机关, ending in ``:``), the notice body, the signature (issuer and date), a
publication note (此件公开发布), the plan's title and the preamble. A line that fits none of these
is kept with an ``unclassified-line`` diagnostic.

This module holds the state machine (`_Reader`), `Header` and `read_header`; the tests it runs on
a line live beside it: `_header_words` (the patterns and vocabularies), `_header_page` (disclosure
rows, tables, chrome, loose dates), `_header_titles` (titles, notices, recipients, issuers) and
`_header_news` (news leads and headlines). Their names other modules use are imported from here.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

import attrs

from rulegov.model import Diagnostic, Severity, Span
from rulegov.parse._facts import line_span
from rulegov.parse._header_news import (
    headline,
    is_report_headline,
    names_no_document,
    news_lead,
    self_named,
    speaks_as_headline,
)
from rulegov.parse._header_page import (
    bare_meta,
    bracketed_meta,
    date_apart,
    disclosed_date,
    ends_the_name_above,
    gap_before,
    has_form_of,
    is_byline,
    is_chrome,
    is_field_row,
    is_heading_row,
    is_meta_row,
    is_nav_bar,
    is_separator_row,
    list_crumbs,
    list_label,
    lone_cell,
    loose_date,
    loose_readings,
    numbered_field,
    related_links,
    split_organs,
    split_recipients,
    table_cells,
    trim_range,
)
from rulegov.parse._header_titles import (
    BARE_NAME,
    MAX_ORGAN_TAIL,
    MIN_SIGNER,
    PAGE_WORDS,
    carries_nothing,
    ends_a_name,
    genre_label,
    heading_score,
    is_address,
    is_organ_name,
    is_plain_notice,
    is_titleish,
    issues_notice,
    name_broken_over,
    named_titles,
    names_by_level,
    names_document,
    names_in_short,
    names_organs,
    names_own_plan,
    notice_issuers,
    opens_a_heading,
    opens_an_organ,
    organ_broken_over,
    place_name_cut,
    placed_level_name,
    plan_kind,
    rule_lines,
    run_on_parts,
    signers,
    title_issuer,
    title_lead,
    title_line_parts,
    without_site_mark,
)
from rulegov.parse._header_words import (
    ABOUT,
    ACCOUNT_BAR,
    ADDRESS_LABEL,
    ADDRESSEE_ENDS,
    ADOPTION,
    ANNEX_LABEL_ALONE,
    ANNEX_NOTE,
    ANNOUNCEMENT_MARK,
    ATTACHMENT_LEAD,
    BARE_NOTICE_LABEL,
    BARE_OFFICE,
    BARE_PLACE,
    BODY_LABEL_ENDS,
    BYLINE,
    CALL_HEADING,
    CARRIES,
    CATEGORY_TAG,
    CLOCK,
    CLOSING,
    CLOSING_AFTER_PERIOD,
    CLOSING_FORMULA,
    COLLECTIVE_ADDRESS,
    COLUMN_LABEL,
    COLUMN_NAME,
    CONTENTS,
    CONTENTS_TAIL,
    COPY_MARK,
    COUNT_NOTE,
    COUNTER,
    COVER_MONTH,
    CRUMBS,
    CUT_HEADING,
    DASHED_NOTE,
    DATE_NOTE,
    DATED_NOTE,
    DELEGATION,
    DELIVERY,
    DESCRIBED,
    DIGITS_DAY,
    DIVISION_ENDS,
    DOC_NUMBER,
    DOCUMENT_ENDS,
    EDITORIAL_NOTE,
    FIELD_BLANK,
    FILE_NAME,
    FOR_COMMENTS,
    FULL_TEXT_BELOW,
    GLUED_DATE,
    GLUED_NUMBER,
    HEADING_LOOKAHEAD,
    HEADLINE_JOINS,
    INTERPRETATION_LINK,
    ISO_DATE,
    ISSUER_ENDS,
    LINK_LABEL,
    LOOSE_DATE,
    LOOSE_NUMBER,
    LOST_DATE,
    LOST_INDENT,
    LOST_MONTH_DATE,
    LOST_SPACES,
    MARK_RULE,
    MARKUP,
    MAX_ADDRESS_LINES,
    MAX_HEADING_TITLE,
    MAX_ISSUER,
    MAX_META_VALUE,
    MAX_PAGE_LINE,
    MAX_RECIPIENTS,
    MAX_SIGNERS,
    MAX_SITE_LINE,
    MAX_SUFFIX_LINES,
    MAX_TITLE_PART,
    MENU_BULLET,
    MENU_ITEM,
    META,
    META_ALONE,
    META_BARE,
    META_LABELS,
    MIN_BARE_LABELS,
    MIN_CUT_TITLE,
    MONTH_DATE,
    NAME_LIST,
    NAMED_TITLE,
    NOTICE_HEAD,
    NOTICE_ISSUER,
    NOTICE_ISSUER_ENDS,
    NOTICE_WORDS,
    NUMBER_BEFORE_ADDRESS,
    NUMBER_BROKEN,
    NUMBERED,
    OFFICE_WORD,
    ON_BEHALF,
    ONE_FILE,
    ORDER_MARK,
    ORDER_NUMBER,
    ORGAN_ENDS,
    ORGAN_LABEL_ENDS,
    ORGAN_MARK,
    OWN_PLACE,
    PADDED_DAY,
    PAGE_MARK,
    PAGE_NUMBER,
    PAGE_TITLE,
    PAGE_TITLE_ALONE,
    PAGE_TITLE_TAGGED,
    PAPER_PAGE,
    PLAN_KINDS,
    PRINTED_BELOW,
    PROMULGATED_LABELS,
    PUBLIC_NOTE,
    PUBLICATION,
    QUOTED,
    QUOTED_TAG,
    REGISTRATION,
    REPORT_ENDS,
    RULE_ENDS,
    RUNNING_HEAD,
    SAME_DOCUMENT,
    SEAL,
    SELF_REPORTING,
    SENTENCE_GOES_ON,
    SERIAL_NUMBER,
    SHARED_ENTRY,
    SHARED_FILE,
    SHARED_GROUP,
    SHARED_PART,
    SIGNER,
    SIMPLIFIED,
    SITE_ADDRESS,
    SITE_NAME_TAIL,
    SITE_NOTES,
    SITE_PUBLISHER,
    SITE_SECTION,
    SITE_SUFFIX,
    SITE_TEXT,
    SPEAKER,
    STAMP,
    STATUS,
    TAG,
    TEXT_CELL,
    TEXT_LABEL,
    TEXT_TAIL,
    TITLE_SUFFIX_LINE,
    TITLE_SUFFIX_RUN,
    TRAIL,
    TRAIL_TO_TITLE,
    TRAILING_NUMBER,
    UNDATED_DELIVERY,
    VALIDITY_NOTE,
    VERBS,
    YEAR_LINE,
    YEARLESS_DATE,
    marked_number,
    number_alone,
    simplified,
)
from rulegov.parse._table import label_and_tab
from rulegov.parse._text import join_lines, normalise
from rulegov.parse._time import read_date
from rulegov.parse._vocab import PLACE_ENDS, WORK_VERBS

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator, Sequence

    from rulegov.parse._text import Line

__all__ = [
    "FOR_COMMENTS",
    "ORGAN_MARK",
    "SIMPLIFIED",
    "Header",
    "date_apart",
    "is_chrome",
    "is_field_row",
    "is_meta_row",
    "is_nav_bar",
    "is_organ_name",
    "is_plain_notice",
    "is_report_headline",
    "is_separator_row",
    "list_crumbs",
    "lone_cell",
    "loose_date",
    "named_titles",
    "names_by_level",
    "names_document",
    "names_in_short",
    "names_no_document",
    "names_own_plan",
    "news_lead",
    "noted_date_parts",
    "numbered_field",
    "placed_level_name",
    "plan_kind",
    "read_header",
    "self_named",
    "speaks_as_headline",
    "table_cells",
    "title_issuer",
    "trim_range",
]
# the labels of the day a page published the document (not the day it was issued)
PUBLISHED_LABELS = frozenset(
    ("发布日期", "发布时间", "發布日期", "發布時間", "公开日期", "公开时间", "发表日期", "發表日期")
)
# the score (heading_score) of a line that reads as a heading on most of its signals
HEADING_SCORE = 4
# a document is published within a year after it is issued
DAYS_BEFORE_PUBLICATION = 366


# the longest line that holds a document number and a date alone (a number's head is at most 24
# characters, a date 11)
_NUMBER_DATE_LINE = 60
_LOST_DATE_DIGITS = 7  # 2022121: a year and a month and day that lost their marks; 8 read one way
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
_SHORT_VALUE = 8  # a field's word or two (主动公开, 有效); a heading is longer
_LONGEST_NOTE = 16  # (此件公开发布), the publication note: 此件 and at most twelve characters


# the notice's words that a plan's title may hold too (某县贯彻执行《…条例》实施方案)
_TITLE_VERBS = ("贯彻执行", "遵照执行")
# the last words of a heading that is itself the document its organ signs (关于表彰…的决定,
# 关于加强…的实施意见, 关于…的通告, 关于…的公告): a line after its signature opens its annex
OWN_DOCUMENT_ENDS = ("决定", "意见", "通告", "公告")


# a contact's line under a notice: the figures under it are a telephone's number
_CONTACT = re.compile("联系人|联系电话|电话|联系方式|手机|传真")


class State(enum.Enum):
    """Where the reader is in the head of the document."""

    START = enum.auto()
    NOTICE = enum.auto()
    SIGNED = enum.auto()
    TITLED = enum.auto()


@attrs.define
class Header:
    """What the head of a document says, with spans in the original text."""

    doc_number: str | None = None
    issuer: str | None = None
    issued_on: dt.date | None = None
    recipients: list[str] = attrs.Factory(list)
    notice_title: str | None = None
    notice_issuer: str | None = None
    issuers: list[str] = attrs.Factory(list)
    notice_lines: list[Line] = attrs.Factory(list)
    # the lines of the organs that sign the notice (or the plan under its title)
    signer_lines: list[Line] = attrs.Factory(list)
    title: str | None = None
    title_lines: list[Line] = attrs.Factory(list)
    preamble_lines: list[Line] = attrs.Factory(list)
    meta_title: str | None = None
    # the issuer came from the page's disclosure block (发布机构), which may name the government
    # that publishes the page rather than the office that signs the document
    issuer_from_page: bool = False
    # the document's file name a sharing site prints before it (《某要点.docx》由会员分享…)
    shared_name: str | None = None
    reported_issuer: str | None = None
    # the organ its mark names (某省人民政府文件, or the name over 文件 on a line of its own): the
    # issuer where nothing else names one
    mark_issuer: str | None = None
    mark_span: Span | None = None  # where the mark names the organ
    # the day the page says it published the document (发布日期): no date of issue, but a bound
    published_on: dt.date | None = None
    # the day a law library's record says the document was promulgated (颁布日期): the date of
    # issue where nothing else dates it
    promulgated_on: dt.date | None = None
    # the date of issue came from the page's disclosure block (成文日期): a signature's wins
    issued_on_from_page: bool = False
    spans: dict[str, Span] = attrs.Factory(dict)
    diagnostics: list[Diagnostic] = attrs.Factory(list)


# the most organs whose names a joint red head stacks over its 文件
MAX_STACKED_ORGANS = 6
# the lines an organ's name takes above a heading's 关于: a name and its last word (某县人民政府 /
# 办公室), a name broken twice (某县 / 人民政 / 府办公室), a party committee's office
MAX_ORGAN_LINES = 2
# the fewest characters of a title's first part broken off above the rest (某县2022年)
MIN_TITLE_HEAD = 5
# the fewest characters of a title's first part that opens with its work or field (行政执法)
MIN_SUBJECT_HEAD = 2
# the most lines a title is broken over: its first parts above a late heading are one fewer
MAX_TITLE_LINES = 4
# a period in its bracket, then the first words of a title's last part: (2023—2025年)实
_PERIOD_THEN_WORDS = re.compile(
    r"(?P<period>[(（][^()（）]{1,20}[)）])(?P<end>[\u4e00-\u9fff]{0,8})"
)
# the lines a heading takes before more of them must close it with 的通知: an organ over two
# lines, 关于印发, a long name over three, 的通知 (GB/T 9704 7.3.1 centres it over as many)
LONG_HEADING_LINES = 5
MAX_HEADING_LINES = 8
# a part's number opening a line: the text's, never a heading's (一、, （一）, 1.)
_PART_NUMBER = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]"
)
MAX_NAME_TAIL = 16  # the rest of a title's name past a kind inside it: …方案 / 任务分工表
MAX_BLANKS_IN_HEADING = 5  # blank lines a spaced page prints between the parts of a heading
# the most characters of a plan's kind printed alone on a title's last line (实施方案)
MAX_KIND_ALONE = 6
# the marks that part a sentence's clauses, which no title's first part holds
CLAUSE_MARK = re.compile("[,，;；:：。!！?？]")
# the lines a printed name may run on over, past a kind inside it, to the heading's 的通知
MAX_CLOSING_PARTS = 2


class _Reader:
    def __init__(
        self, lines: list[Line], crumbs: frozenset[int] = frozenset(), body: Line | None = None
    ) -> None:
        self.body = body  # the body's first line, under the head
        self.signer = False  # a signer's line (市长:某某) was read: the next date is the issue's
        # the notice's date was read from figures alone (20240315): a date printed in full wins
        self.figures_day = False
        # the organs' lines under a notice's date read with no organ over it (None: no such date)
        self.organs_under_date: list[Line] | None = None
        # a date run on with its publication note reads as its two lines, from any line above
        self.lines = [part for line in lines for part in noted_date_parts(line)]
        self.line_numbers = [line.number for line in self.lines]  # the lines' numbers, in order
        self.header = Header()
        self.state = State.START
        self.pending: list[Line] = []
        # the lines of an office that seals for the body signing above it (某局办公室(代章))
        self.sealing_for: set[int] = set()
        self.index = 0
        # the lines in which the document prints again, broken, the headline read above it
        self.headline_lines = 0
        self.delivered: int | None = None  # the line after the last delivery note read
        self.last_meta: int | None = None  # the number of the last line read as metadata
        # the document's number came from a field of another name (统一登记号): a 发文字号 wins
        self.number_by_other = False
        # the lines of a breadcrumb printed as a numbered list (1. 首页 / 2. …), found on the page
        # as printed: a line the frame took out of it leaves the others the page's still
        self.crumbs = crumbs | list_crumbs(self.lines) | related_links(self.lines)
        self.grouped = False  # a sharing site's title of a group of documents was read
        self.noted_lines: set[int] = set()  # the numbers of the lines a diagnostic notes
        # whether a line (with the one under it) names whole addressees, by their texts
        self.addressees: dict[tuple[str, str], bool] = {}

    def note(self, line: Line, code: str, message: str, severity: Severity) -> None:
        if code == "metadata":
            self.last_meta = line.number
        self.noted_lines.add(line.number)
        self.header.diagnostics.append(
            Diagnostic(
                severity=severity,
                code=code,
                message=message,
                line=line.number,
                column=1,
                span=line_span(line, 0, len(line.text)),
            )
        )

    def run(self) -> Header:
        while self.index < len(self.lines):
            line = self.lines[self.index]
            self.index += 1
            if line.text.strip(" \t"):
                line = self.number_rejoined(line)
                if self.padded_byline(line):
                    continue
                parts = run_on_parts(line)
                if len(parts) == 1:
                    parts = signature_parts(line)
                if len(parts) == 1:
                    parts = byline_parts(line)
                if len(parts) == 1 and self.header.title is None:
                    parts = title_line_parts(line)
                if len(parts) > 1:
                    self.lines[self.index - 1 : self.index] = parts
                    line = parts[0]
                line = self.untag(line)
                if not self.read_anywhere(line):
                    self.read(line)
        if self.pending:
            self.fallback(self.pending)
        return self.header

    def number_rejoined(self, line: Line) -> Line:
        """The document number a line end parted, one line again (某政办发〔2023〕 / 12号).

        A red head's or a PDF's line may end inside the number, after its bracketed year or
        before it (某政办发 / 〔2023〕12号); blank lines may stand between the parts. The two
        make a number only where the first is a number's head and the second its tail.
        """
        following_at = self.text_position(self.index, 1)
        if following_at is None:
            return line
        text = line.text.strip(" \t")
        following = self.lines[following_at].text.strip(" \t")
        head, serial, code, numbered = NUMBER_BROKEN
        if not (
            (head.fullmatch(text) and serial.fullmatch(following))
            or (code.fullmatch(text) and numbered.fullmatch(following))
        ):
            return line
        joined = join_lines([line, self.lines[following_at]])
        if DOC_NUMBER.fullmatch(joined.text.strip(" \t")) is None:
            return line
        self.lines[self.index - 1 : following_at + 1] = [joined]
        return joined

    def padded_byline(self, line: Line) -> bool:
        """An organ and a day printed as a page dates it, right under the heading: a byline.

        A document's date never pads its month or day with 0 (GB/T 9704-2012, 7.3.5.1: 月、日不编
        虚位, 1 not 01) and writes out 年, 月 and 日; a page dates what it posts so (某县人民政府
        2024年01月08日, 某县司法局 2023-05-10), on one line or the organ over the day: the lines
        are the page's byline, its organ the publisher's and its day the page's, never a
        signature.
        """
        header = self.header
        # under a plan's heading, or a notice's over its address
        headed = self.state is State.TITLED or (
            self.state is State.START and header.notice_title is not None
        )
        under = (
            headed
            and not self.pending
            and not header.notice_lines
            and not header.recipients
            and not header.preamble_lines
        )
        if not under:
            return False
        cut = gap_before(line, lambda tail: page_day(tail.strip(" \t\u3000")))
        if cut is not None:
            organ = line.text[:cut].strip(" \t")
            if is_organ_name(organ):
                self.note(line, "page-text", f"the page's byline: {line.text}", Severity.INFO)
                return True
        following = self.next_index()
        if following is None or not is_organ_name(line.text.strip(" \t")):
            return False
        below = self.lines[following]
        if not page_day(below.text.strip(" \t\u3000")):
            return False
        for item in (line, below):
            self.note(item, "page-text", f"the page's byline: {item.text}", Severity.INFO)
        self.index = following + 1
        return True

    def read_anywhere(self, line: Line) -> bool:
        """The lines read whatever came before: a report's printed address, a number line.

        And the head of an order (令, GB/T 9704 10.2): the organ's mark 某市人民政府令 with the
        order's number under it, and the signer (市长:某某) over the date.
        """
        if (
            self.printed_below(line)
            or self.full_text_below(line)
            or self.labelled_address(line)
            or self.order_mark(line)
        ):
            return True
        if self.described(line) or self.seal(line):
            return True
        if self.address_runs_into_text(line) or self.date_note(line):
            return True
        if self.signs(line):
            self.note(line, "signer", f"signed by a person: {line.text}", Severity.INFO)
            self.signer = True
            return True
        if self.signer and self.signature(line):
            self.signer = False
            return True
        return self.state is State.TITLED and not self.header.recipients and self.numbers_only(line)

    def seal(self, line: Line) -> bool:
        """A seal's note on a line of its own, by the signer it stamps: (印章), 【盖章】.

        A copy marks where the seal stands (GB/T 9704-2012, 7.3.5: 加盖印章) over or under the
        signing organ; the note names no organ and dates nothing.
        """
        if SEAL.match(line.text.strip(" \t")) is None:
            return False
        self.note(line, "page-text", f"the seal's note: {line.text}", Severity.INFO)
        return True

    def signs(self, line: Line) -> bool:
        """A person's signature over an order's or a law's date: 市长:某某, 市长 某某, 市 长.

        The office with its name after a colon signs wherever it stands. With the name after a
        printed gap, glued to the office (市长某某某), or alone (a copy left the name out), it
        signs only where a signature stands: under a sentence of the text it signs and over its date, never in a group's
        list of members (组 长 / 县长) or under a heading.
        """
        found = SIGNER.fullmatch(line.text)
        if found is None:
            return False
        if found["named"] is not None and found["name"] is None:
            return True  # 市长:某某
        glued = found["name"] is not None and not found["gap"]
        if glued and found.start("name") not in line.gaps and OFFICE_WORD.search(found["name"]):
            return False  # a word that opens with an office: 局长办公会, 主任会议
        # a name glued to the office (市长某某某) signs where a signature stands, as one apart
        return self.over_a_date_under_text()

    def over_a_date_under_text(self) -> bool:
        """Whether the current line stands where a signature does: under a sentence, over a date."""
        if read_date(self.next_text()) is None:
            return False
        at = self.index - 2
        while at >= 0 and not self.lines[at].text.strip(" \t"):
            at -= 1
        return at >= 0 and self.lines[at].text.rstrip(" \t").endswith(("。", "!", "?"))

    def date_note(self, line: Line) -> bool:
        """A day's date alone in a bracket under a heading: the document's date, ((2024年6月21日)).

        A 意见 or a 决定 of a party committee and a government prints its date so, under its
        heading and over its text, where a notice signs at its end; a rule that a general
        office prints names it after the date ((2019年1月31日中共某省委办公厅印发)): the issuer.
        """
        found = DATE_NOTE.fullmatch(line.text) if line.text.endswith(")") else None
        if found is not None and not _signed_note(found):
            return False
        # right under the heading: nothing of a notice's text or address read after it
        header = self.header
        under = self.state is State.TITLED or (
            self.state in (State.START, State.NOTICE)
            and (header.notice_title is not None or header.title is not None)
            and not header.notice_lines
            and not self.pending
        )
        if found is None or not under or header.recipients:
            return False
        day = read_date(found["date"])
        if day is not None and header.issued_on is None:
            header.issued_on = day
            header.spans["issued_on"] = line_span(line, found.start("date"), found.end("date"))
        group = "signer" if found["signer"] is not None else "organ"
        organ = found[group]
        if organ is not None and header.issuer is None and is_organ_name(organ.split("、")[-1]):
            # the organs that printed it, joint ones apart by 、 or by a space: the issuers
            begin, end = found.span(group)
            organs = split_organs(line.cut((begin, end))[1])
            self.header.issuers = [name for organ in organs for name in organ.split("、") if name]
            header.issuer = "、".join(self.header.issuers)
            header.spans["issuer"] = line_span(line, begin, end)
        elif header.issuer is None and self.state is State.TITLED:
            self.organ_over_date_note()
        self.note(line, "dated-note", f"the date under the heading: {line.text}", Severity.INFO)
        return True

    def organ_over_date_note(self) -> None:
        """An organ's line between the heading and its bracketed date signs the document.

        A report or a speech prints who gave it under its heading and the day in a bracket
        under that (某市人民政府 / (2015年1月10日)), set right by spaces or not: the organ is the
        issuer, as a signature's over its date is.
        """
        at = self.index - 2  # the line above the bracket
        while at >= 0 and not self.lines[at].text.strip(" \t\u3000"):
            at -= 1
        above = self.lines[at] if at >= 0 else None
        preamble = self.header.preamble_lines
        if above is None or not preamble or preamble[-1] is not above:
            return
        text = above.text.strip(" \t\u3000")
        if is_organ_name(text) and not names_document(text):
            self.issuer([above.split(len(above.text) - len(above.text.lstrip(" \t\u3000")))[1]])
            self.note(above, "signature", f"the organ over the date: {text}", Severity.INFO)

    def described(self, line: Line) -> bool:
        """A site's sentence naming the document as its heading (《Y》是2019年X发布的通知)."""
        # a described title stands in 《》: a line without one is passed at once
        found = DESCRIBED.fullmatch(line.text) if "《" in line.text else None
        if self.state is not State.START or found is None:
            return False
        self.set_title([line])  # the title Y, and X as the issuer a report names
        if self.header.reported_issuer is None:
            # a place that publishes it (《Y》是某省发布的一个档案) is no organ: the title alone
            begin = found.start("title")
            self.header.title = line.printed(begin, found.end("title"))
            self.header.spans["title"] = line_span(line, begin, found.end("title"))
        return True

    def order_mark(self, line: Line) -> bool:
        """An order's organ mark (某市人民政府令) and its number (第189号) on the next line.

        Or a 公告 that promulgates a rule (某市人民代表大会常务委员会公告 / 第三十七号): its
        organ issues it, and its number is the line under it.
        """
        mark = ORDER_MARK.fullmatch(line.text)
        found = mark or ANNOUNCEMENT_MARK.fullmatch(line.text)
        index = self.next_index()
        if found is None or index is None:
            return False
        number = self.lines[index]
        if not ORDER_NUMBER.fullmatch(number.text):
            return False
        header = self.header
        end = found.end("organ")
        if header.issuer is None:
            header.issuer = line.printed(0, end)
            header.spans["issuer"] = line_span(line, 0, end)
        if header.doc_number is None:
            begin = line if mark is not None else number
            header.doc_number = (
                line.printed(0, len(line.text)) if mark is not None else ""
            ) + number.printed(0, len(number.text))
            header.spans["doc_number"] = Span(
                start=begin.offset(0), end=number.end_offset(len(number.text))
            )
        self.index = index + 1
        self.note(line, "order-mark", f"the head of an order: {line.text}", Severity.INFO)
        return True

    def labelled_address(self, line: Line) -> bool:
        """The address printed with its label (主送:各乡镇人民政府,县政府各部门), GB/T 9704 7.2.4."""
        label = ADDRESS_LABEL.match(line.text)
        if label is None or self.header.recipients or label.end() >= len(line.text):
            return False
        head, tail = line.split(label.end())
        self.note(head, "metadata", "the address's label", Severity.INFO)
        self.recipients(tail, colon=tail.text.endswith(":"))
        return True

    def address_runs_into_text(self, line: Line) -> bool:
        """An address whose ``:`` a copy lost, run into the notice's sentence that carries a plan.

        各镇政府、街道办事处,市各有关单位《某市实施方案》已经市政府同意,现印发给你们.
        """
        if self.header.recipients or self.state not in (State.START, State.TITLED):
            return False
        text = line.text
        at = text.find("《")
        if at <= 0 or not CARRIES.search(text[at:].translate(SIMPLIFIED)):
            return False
        head = text[:at]
        if "," not in head or len(head) > MAX_RECIPIENTS or not names_organs(head):
            return False
        address, rest = line.split(at)
        self.note(address, "address-without-colon", "an address run into the text", Severity.INFO)
        self.recipients(address, colon=False)
        self.notice(rest)
        return True

    def printed_below(self, line: Line) -> bool:
        """A report that prints the notice after 全文如下: with its address on the same line."""
        # the words end with 如下:, which most lines do not hold
        found = PRINTED_BELOW.search(line.text) if "如下:" in line.text else None
        if found is None or self.header.recipients or not is_address(line.text[found.end() :]):
            return False
        head, tail = line.split(found.end())
        self.preamble(head)
        self.recipients(tail)
        return True

    def full_text_below(self, line: Line) -> bool:
        """A news page's line 全文如下: alone: the document starts under it.

        What the page printed above (its headline, a stray link, the lead) is the page's: a
        notice title, a title or an issuer read from it is dropped, the page's own fields kept.
        Only where a title follows, and never a notice signed above (its sentence, its organ and
        its date): a copy that leaves out the address still prints the notice itself.
        """
        text = simplified(line.text).strip(" \t")
        if not text.endswith("如下:") or FULL_TEXT_BELOW.fullmatch(text) is None:
            return False
        header = self.header
        if header.recipients or not is_titleish(self.next_text()):
            return False
        if self.state is State.SIGNED and header.notice_lines:
            return False  # the notice, signed: the plan it prints follows under the line
        for item in header.notice_lines:
            self.note(
                item, "page-text", f"page text above the document: {item.text[:30]}", Severity.INFO
            )
        header.notice_title = header.notice_issuer = None
        header.notice_lines.clear()
        header.title_lines.clear()
        header.spans.pop("notice_title", None)
        if not header.issuer_from_page:
            header.issuer = None
            header.issuers.clear()
            header.spans.pop("issuer", None)
        self.pending = []
        self.restart(line)
        self.note(line, "page-text", f"the page's lead: {line.text[:30]}", Severity.INFO)
        return True

    def untag(self, line: Line) -> Line:
        """The line without a site's tag before the heading: (授权发布)中央宣传部、司法部.

        Nor the indent a copy turned into question marks (??某市司法局 over ??2024年4月12日), nor
        markup a copy left after the text (某某:<?xml:namespace prefix = o … />), nor a site's
        notes before a heading or a title ((以此件为准)(日期修改其他内容不变), (此件主动公开)),
        nor the site's name after a heading (…的通知_某县人民政府), nor a seal's note after a
        signer (某县司法局(盖章)).
        """
        indent = LOST_INDENT.match(line.text)
        if indent is not None:
            line = line.split(indent.end())[1]
        cells = table_cells(line.text) if "|" in line.text else None
        lone = None if cells is None else lone_cell(cells)
        if lone is not None and names_document(line.text[lone[0] : lone[1]]):
            # the heading set in a table's row of its own, the row's other cells empty
            line = line.cut(lone)[1]
            self.note(line, "page-text", "a line set in a table's row", Severity.INFO)
        cell = TEXT_CELL.match(line.text) if "|" in line.text else None
        if cell is not None:
            head, line = line.split(cell.end())
            self.note(
                head, "page-text", f"the page's label of the text: {head.text}", Severity.INFO
            )
        tail = SITE_NAME_TAIL.search(line.text) or SEAL.search(line.text)
        if tail is not None and tail.start() > 0:
            kept = line.text[: tail.start()].translate(SIMPLIFIED)
            # a page's title joins the site's name by an underscore or a bar: …措施_某县人民政府
            joined = line.text[tail.start()] in "_|｜" and is_titleish(kept)
            if tail.re is SEAL or kept.endswith(DOCUMENT_ENDS) or ends_a_name(kept) or joined:
                if tail.re is SEAL and ON_BEHALF.search(tail.group()):
                    self.sealing_for.add(line.number)
                line, left = line.split(tail.start())
                self.note(
                    left, "page-text", f"the site's or seal's note: {left.text}", Severity.INFO
                )
        markup = MARKUP.search(line.text) if ">" in line.text else None  # markup ends with >
        if markup is not None and markup.start() > 0:
            line, left = line.split(markup.start())
            self.note(
                left, "editorial-note", f"markup left in the text: {left.text[:30]}", Severity.INFO
            )
        notes = SITE_NOTES.match(line.text)
        if notes is not None and notes.end() < len(line.text):
            head, line = line.split(notes.end())
            self.note(head, "editorial-note", f"the site's note: {head.text}", Severity.INFO)
        return self.without_tag(line)

    def without_tag(self, line: Line) -> Line:
        """The line without a site's tag or a copy's mark before its text, noted as such."""
        tag = site_tag(line) or self.shared_part(line)
        code, what = "editorial-note", "the site's tag"
        if tag is None and self.state is State.START:
            # before the head only: a mark in the text stays
            tag = heading_lead(line)
            code, what = "page-text", "a mark before the title"
        if tag is None or tag.end() >= len(line.text):
            return line
        head, rest = line.split(tag.end())
        self.note(head, code, f"{what}: {head.text}", Severity.INFO)
        return rest

    def shared_part(self, line: Line) -> re.Match[str] | None:
        """A sharing site's number of one of the documents it groups on a page: 第一篇:.

        Before any heading, or before a document's heading (关于…, …工作要点, the headline again);
        under a title, 第一篇: opens a part of a 规划 (第一篇:发展基础与总体要求) and stays.
        """
        found = SHARED_PART.match(line.text)
        if found is None or self.state is State.START:
            return found
        after = simplified(line.text[found.end() :])
        title = self.title_text()
        headline = title is not None and after.startswith(title)
        return found if headline or ABOUT.search(after) or names_document(after) else None

    def read(self, line: Line) -> None:
        text = line.text
        if (
            self.dated_like_a_page(line)
            or self.page_text(line)
            or self.heading_under_headline(line)
            or self.bare_notice_label(line)
        ):
            return
        signing = self.state in (State.START, State.NOTICE, State.SIGNED) or bool(self.pending)
        if signing and self.signature(line):
            return
        head: list[Line] = []
        self.forget_summary_above(line)
        if self.state is not State.START and (
            self.carries_the_heading_above(line) or self.heading_after_page_text(line)
        ):
            head = self.broken_above(line)
            self.restart(line)
        if self.state is State.START:
            self.start_under(line, head)
        elif self.state is State.NOTICE:
            self.notice(line)
        elif self.state is State.SIGNED:
            self.signed(line)
        elif self.address_under_title(line):
            pass
        elif self.late_title(text):
            self.title_under_page_text(line)
        elif (
            self.signs_lead(text)
            or self.signs_under_title(text)
            or self.signs_at_end(text)
            or self.signs_its_mark(text)
            or self.signs_cover(text)
        ):
            # joint issuers sign one a line, each over the next
            joint = self.pending and all(is_organ_name(item.text) for item in self.pending)
            self.pending = [*self.pending, line] if joint else [line]
        else:
            self.pending = []
            self.preamble(line)

    def bare_notice_label(self, line: Line) -> bool:
        """A page's label over the notice it prints (公布通知, 通知全文): it names no subject."""
        if BARE_NOTICE_LABEL.fullmatch(line.text.strip(" \t")) is None:
            return False
        self.note(line, "page-text", f"the page's label: {line.text}", Severity.INFO)
        return True

    def heading_again(self, line: Line) -> bool:
        """Whether a line under the notice's text opens the notice's heading printed again.

        A page's summary runs the head into one line (某省人民政府关于…的意见(某政〔2001〕85号)
        各市人民政府:为…) over the document it sums up: the heading printed again under it, on
        one line or broken over up to four, starts the document.
        """
        header = self.header
        if header.notice_title is None or not header.recipients:
            return False
        heading = simplified(header.notice_title)
        text = simplified(line.text)
        if len(text) < MIN_TITLE_HEAD or not heading.startswith(text):
            return False
        lines = 1
        for following in self.following_texts():
            if text == heading or lines >= MAX_TITLE_LINES:
                break
            text += simplified(following)
            lines += 1
        return text == heading

    def forget_summary_above(self, line: Line) -> None:
        """Take the head read from a page's summary for page text where the heading follows it.

        The document starts again at its heading; the number the summary gave is kept: the
        document prints the same number under its heading.
        """
        if self.state is not State.NOTICE or not self.heading_again(line):
            return
        header = self.header
        span = header.spans.pop("notice_title", None)
        start = span.start if span is not None else line.offset(0)
        self.page_title_above(
            header.notice_title or "", Span(start=start, end=max(start, line.offset(0) - 1))
        )
        header.notice_title = header.notice_issuer = None
        header.recipients = []
        header.spans.pop("recipients", None)
        header.notice_lines.clear()
        self.pending = []  # the summary's text, cut short: no signer
        self.restart(line)  # and what was read above it (a page's count of readers) is the page's

    def title_under_page_text(self, line: Line) -> None:
        """A title read late, its first part perhaps broken off on the line above it.

        某州人民代表大 / 会常务委员会机关公文处理办法: the first part was read as page text until
        the heading showed.
        """
        above = self.broken_above(line)
        self.title(line)
        if above and self.header.title_lines[:1] == [line]:
            self.prepend_title(above)
        else:
            self.header.preamble_lines.extend(above)  # page text after all

    def dated_like_a_page(self, line: Line) -> bool:
        """A date in the form a page dates itself (2023.5.10) under a notice's signer: signed."""
        # under the signer, or right under the notice's text when the heading named the issuer
        # (某县人民政府办公室 / 关于印发…的通知 / … / 2020.7.8): a date of issue, not the page's
        notice = self.state is State.NOTICE and bool(self.pending or self.header.notice_lines)
        # or under an organ's name alone, as a notice that asks for comments signs it
        signed = bool(self.pending) and is_organ_name(self.pending[-1].text)
        signing = notice or signed
        return signing and ISO_DATE.fullmatch(line.text) is not None and self.signature(line)

    def signed(self, line: Line) -> None:
        """A line after the signature: a publication note, the plan's title, or its text."""
        text = line.text
        if self.organ_under_date(line) or self.signature_number(line):
            return
        if PUBLIC_NOTE.fullmatch(text):
            self.note(line, "publication-note", f"publication note: {text}", Severity.INFO)
        elif TEXT_LABEL.fullmatch(text) and is_titleish(self.next_text()):
            # a page's label over the text it prints (规划全文): the title follows
            self.note(line, "page-text", f"the page's label: {text}", Severity.INFO)
        elif CONTENTS.fullmatch(text):
            # a plan printed with its table of contents first: 序言 heads the list, not the plan
            self.note(line, "contents", f"a table of contents: {text}", Severity.INFO)
            self.preamble(line)
        elif ANNEX_LABEL_ALONE.fullmatch(text.strip(" \t")) and self.names_nothing_below():
            # an attachment's label alone (附件1 |) over a note or a table: it names nothing
            self.note(line, "page-text", f"an attachment's label: {text}", Severity.INFO)
        elif ANNEX_NOTE.match(text.strip(" \t")):
            self.preamble(line)  # a note over an attachment's table: (注:A类指…) names nothing
        elif NAME_LIST.fullmatch(text.strip()):
            # a list of names the notice publishes (名单, 名录) is its annex: no plan follows
            self.note(line, "annex", f"a list the notice publishes: {text}", Severity.INFO)
            self.preamble(line)
        elif is_titleish(text) and not self.document_signed(text):
            self.title(line)
        else:
            self.preamble(line)

    def names_nothing_below(self) -> bool:
        """Whether the next line is no heading: a note (（注：…）), a table's row, a sentence."""
        below = self.next_text().strip(" \t")
        return not is_titleish(below) or "|" in below or ANNEX_NOTE.match(below) is not None

    def document_signed(self, below: str = "") -> bool:
        """Whether the signed heading is a document of its own: a decision, opinion or notice.

        关于表彰…的决定, 关于加强…的(实施)意见, 关于…的通告 and 关于…的公告 print no other document:
        their organ and date sign them, and what follows the signature (附件: a list of those
        commended, a table of tasks, a list of places) is their annex, never the plan's title. A
        heading that prints, amends or calls for comments on another (关于修改《…》的决定, 关于印发…的
        意见, 关于征求…意见的公告) is left to the notice's rules; so is the heading printed again
        below the signature (an order that promulgates the notice, then its text under its heading).
        """
        # the heading read as the notice's (over recipients) or as the title (a notice to the public)
        header = self.header
        heading = simplified(header.notice_title or header.title or "").strip()
        heading = TRAILING_NUMBER.sub("", heading).rstrip()
        return (
            heading.endswith(OWN_DOCUMENT_ENDS)
            and "关于" in heading
            and carries_nothing(heading)
            and "征求" not in heading
            and simplified(below).strip() != heading
        )

    def signs_lead(self, text: str) -> bool:
        """An organ's name and a date under an untitled lead: a call for comments, signed.

        A page that asks for comments prints its request first, then who asks and when, then
        the draft under its own title.
        """
        header = self.header
        untitled = header.title is None and header.notice_title is None
        # or under a heading that calls for comments on a draft it names (…征求《Y》意见的公告)
        calls = header.notice_title is not None and calls_for_comments(header.notice_title)
        return (
            (untitled or (calls and not header.recipients))
            and header.issuer is None
            and bool(header.preamble_lines)
            and is_organ_name(text)
            and self.date_follows()
        )

    def signs_under_title(self, text: str) -> bool:
        """An organ's name and a date right under a plan's own title: its signature.

        A plan published alone may print who issues it and when between its title and its text
        (某县2023年普法工作要点 / 某县司法局 / 2023年5月10日).
        """
        header = self.header
        return (
            header.title is not None
            and header.notice_title is None
            and header.issuer is None
            and header.issued_on is None
            and not header.preamble_lines
            and not header.recipients
            and is_organ_name(text)
            and self.date_follows()
        )

    def signs_cover(self, text: str) -> bool:
        """An organ's name over a month, under a plan's own title: the plan's cover.

        A 规划 or a 方案 printed as a booklet names on its cover who issues it and the month
        (某县2020年工作方案 / 中共某县委办公室 / 某县人民政府办公室 / 2020年2月), joint issuers one a
        line; the month is no date of issue, the organs are the issuers.
        """
        header = self.header
        if header.title is None or header.notice_title is not None or header.issuer is not None:
            return False
        if header.preamble_lines or header.recipients or not is_organ_name(text):
            return False
        # the month under the organ, or under the joint organs that sign with it
        for following in itertools.islice(self.following_texts(), MAX_SIGNERS):
            if COVER_MONTH.fullmatch(following):
                return True
            if not is_organ_name(following):
                return False
        return False

    def signs_its_mark(self, text: str) -> bool:
        """The organ its mark named over a 公告, signing it over a date: the date of issue.

        某市人民代表大会常务委员会公告 / 第三十七号 / its text / 某市人民代表大会常务委员会 /
        2001年12月26日: the date is the 公告's, not the adoption's in the note under it.
        """
        header = self.header
        return (
            header.issuer is not None
            and header.issued_on is None
            and text == normalise(header.issuer)
            and self.date_follows()
        )

    def signs_at_end(self, text: str) -> bool:
        """An organ's name and a date that close a text printed under its title: its signature.

        A note or a report with no numbered part (关于…的情况说明 / its paragraphs / 某县某办公室 /
        2023年6月25日) signs at its end, as a notice does; nothing but a publication note follows.
        """
        header = self.header
        headed = header.title is not None or header.notice_title is not None
        # a date under the title ((2023年5月10日)) names no organ: the signature still does
        if not headed or header.issuer is not None:
            return False
        if not is_organ_name(text):
            return False
        # joint organs sign one a line, the date under the last of them
        joined = self.organs_over_date()
        if joined is None:
            return False
        after = list(itertools.islice(self.following_texts(), joined + 1, None))
        if all(PUBLIC_NOTE.fullmatch(following) for following in after):
            return True
        # or a document of its own (关于…的通告) whose text is read: its annex follows the signature
        return bool(header.preamble_lines) and self.document_signed()

    def page_text(self, line: Line) -> bool:
        """The lines a page prints around the document: metadata, furniture, notes, columns."""
        return (
            self.shared_file(line)
            or self.meta(line)
            or self.chrome(line)
            or self.publication(line)
            or self.speaker(line)
            or self.site_note(line)
            or self.column_name(line)
            or self.page_date(line)
            or self.byline(line)
            or self.running_head(line)
            or self.organ_mark_line(line)
            or self.text_label(line)
            or self.category_tag(line)
            or self.teaser(line)
        )

    def category_tag(self, line: Line) -> bool:
        """A policy site's tag of the page's category (政策, 法规, 【政策解读】) over the text.

        Printed under the heading or the page's title, before the notice's address: it names
        no document, and the heading printed under it still joins the one above.
        """
        if self.state not in (State.START, State.TITLED) or self.header.recipients:
            return False
        index = self.index - 2  # the line above the one read
        while index >= 0 and not self.lines[index].text.strip(" \t"):
            index -= 1
        if not category_tag_under(self.lines[index].text if index >= 0 else "", line.text):
            return False
        self.note(line, "page-text", f"the page's category: {line.text}", Severity.INFO)
        return True

    def teaser(self, line: Line) -> bool:
        """A site's summary of the page, cut off with an ellipsis (…的通知 各区县政府(管委会…).

        Above the notice's text a document's own line never ends in …: the heading, the address
        and the number are printed whole.
        """
        if self.state is not State.START or not line.text.endswith(("…", "...")):
            return False
        self.note(line, "page-text", f"the page's summary: {line.text}", Severity.INFO)
        return True

    def text_label(self, line: Line) -> bool:
        """A page's label over the text it prints (正文, 规划全文): the heading follows it."""
        if not TEXT_LABEL.fullmatch(line.text) or not is_titleish(self.next_text()):
            return False
        self.note(line, "page-text", f"the page's label: {line.text}", Severity.INFO)
        return True

    def shared_file(self, line: Line) -> bool:
        """A sharing site's line that names the document's file: its name, not the title.

        Or a line of file names alone (某通知.pdf, printed once or over and over): a library's.
        """
        found = SHARED_FILE.match(line.text) if line.text.startswith("《") else None
        if (
            found is None
            and self.header.title is None
            and "." in line.text
            and FILE_NAME.fullmatch(line.text)
        ):
            self.note(line, "page-text", f"a file's name: {line.text[:30]}", Severity.INFO)
            one = ONE_FILE.fullmatch(line.text)
            if one is not None and self.header.shared_name is None and names_document(one["name"]):
                # the document's own name, where no heading of its own is printed
                self.header.shared_name = line.printed(one.start("name"), one.end("name"))
            return True
        if found is None or self.header.title is not None:
            return False
        self.header.shared_name = line.printed(found.start("name"), found.end("name"))
        self.note(line, "page-text", f"the sharing site's file: {found['name']}", Severity.INFO)
        return True

    def organ_mark_line(self, line: Line) -> bool:
        """The organ's mark over a document (某省司法厅文件, GB/T 9704 7.2.5): no title.

        Joint issuers may print their names alone as the mark, apart by spaces, over the
        document's number (中共某市委宣传部 某市司法局 / 某治市办〔2011〕1号): they issue it.
        """
        text = line.text
        if self.joint_mark(line):
            self.issuer([line])
            self.note(line, "organ-mark", f"the organs' mark: {line.text}", Severity.INFO)
            return True
        if self.stacked_mark(line):
            return True
        if (
            self.state is State.START
            and self.header.mark_issuer is None
            and is_organ_name(simplified(text))
            and self.next_text() == "文件"
        ):
            # the mark broken after the organ's name, as a PDF's copy prints it: 某某人民政府 / 文件
            self.header.mark_issuer = line.printed(0, len(text))
            self.header.mark_span = line_span(line, 0, len(text))
            self.note(line, "organ-mark", f"the organ's mark: {text} 文件", Severity.INFO)
            return True
        if (
            self.state is State.START
            and self.header.mark_issuer is None
            and not self.header.recipients
            and ":" not in simplified(text)  # a page's byline (发布:某县司法局) is no mark
            and is_organ_name(simplified(text))
            and (
                MARK_RULE.fullmatch(self.next_text()) is not None
                or number_alone(self.next_text())
                or self.heading_names_the_organ(simplified(text))
            )
        ):
            # the organ's name alone over the red rule or the number under it (某市人民政府办公厅 /
            # ———— / 某府办函〔2020〕78号), or over a heading that names the organ again
            # (某市人民政府办公室 / 某市人民政府办公室关于印发…的通知): its mark
            self.header.mark_issuer = line.printed(0, len(text))
            self.header.mark_span = line_span(line, 0, len(text))
            self.note(line, "organ-mark", f"the organ's mark: {text}", Severity.INFO)
            following = self.next_index()
            if following is not None and MARK_RULE.fullmatch(self.lines[following].text):
                self.index = following + 1  # the rule is the mark's
            return True
        if not ORGAN_MARK.fullmatch(text) or "关于" in text or not is_organ_name(text[:-2]):
            return False
        if self.header.mark_issuer is None and text.endswith("文件"):
            self.header.mark_issuer = line.printed(0, len(text) - 2)
            self.header.mark_span = line_span(line, 0, len(text) - 2)
        self.note(line, "organ-mark", f"the organ's mark: {line.text}", Severity.INFO)
        return True

    def stacked_mark(self, line: Line) -> bool:
        """Joint issuers' names stacked one to a line over 文件: their mark (GB/T 9704 7.2.5).

        A joint red head prints the organs' names one under another and 文件 once beside them,
        centred; a PDF's copy reads the names, then 文件 (某市发展改革委办公厅 / 某市税务局办公厅 /
        文件). The organs issue the document together.
        """
        if self.state is not State.START or self.header.mark_issuer is not None:
            return False
        if not is_organ_name(simplified(line.text)):
            return False
        names = [line]
        for index in range(self.index, len(self.lines)):
            below = self.lines[index]
            text = below.text.strip(" \t")
            if not text:
                continue
            if text == "文件":
                if len(names) < 2:
                    return False
                self.header.mark_issuer = "、".join(
                    name.printed(0, len(name.text)) for name in names
                )
                self.header.mark_span = line_span(line, 0, len(line.text))
                self.note(
                    line,
                    "organ-mark",
                    f"the organs' mark: {self.header.mark_issuer} 文件",
                    Severity.INFO,
                )
                self.index = index  # 文件 is read as after one organ's name
                return True
            if len(names) == MAX_STACKED_ORGANS or not is_organ_name(simplified(text)):
                return False
            names.append(below)
        return False

    def heading_names_the_organ(self, organ: str) -> bool:
        """Whether the next line is a heading that opens with ``organ``'s name and 关于 after it.

        Such a line is the whole heading: the organ's name above it is no first half of it.
        """
        following = simplified(self.next_text())
        return following.startswith(organ) and following[len(organ) :].startswith("关于")

    def joint_mark(self, line: Line) -> bool:
        """Organs' names alone on the first line of a document, over its number."""
        header = self.header
        if self.state is not State.START or header.issuer is not None or header.title is not None:
            return False
        if header.notice_title is not None or not line.gaps or "关于" in line.text:
            return False
        return (
            is_organ_name(line.text) and len(signers(line)) > 1 and number_alone(self.next_text())
        )

    def byline(self, line: Line) -> bool:
        """A site's byline without labels: an organ and the minute it posted the page.

        The organ that posts a page is not the document's issuer (the signature or the heading
        names that); the line is the page's.
        """
        found = BYLINE.fullmatch(line.text) if ":" in line.text else None  # a time: 09:01
        if found is None or self.header.recipients:
            return False
        self.note(line, "page-text", f"the site's byline: {line.text}", Severity.INFO)
        return True

    def running_head(self, line: Line) -> bool:
        """A journal's running head over the page a copy starts on: the article's name, the page's.

        2023年3月第1期 某委员会办公室:某工作要点 3 names the issue, the article and the page; the
        article's name stands in for the title only when the text prints no heading of its own,
        as a page's metadata does (an organ before the colon is its issuer).
        """
        found = RUNNING_HEAD.fullmatch(line.text) if "期" in line.text else None
        if found is None or self.state is not State.START:
            return False
        title = found["title"] or found["title2"]
        issuer = found["issuer"] or found["issuer2"]
        if not is_titleish(title):
            return False
        self.note(line, "page-text", f"a journal's running head: {line.text}", Severity.INFO)
        header = self.header
        if header.meta_title is None:
            begin = found.start("title") if found["title"] else found.start("title2")
            header.meta_title = line.printed(begin, begin + len(title))
        if issuer is not None and header.issuer is None and is_organ_name(issuer):
            begin = found.start("issuer") if found["issuer"] else found.start("issuer2")
            header.issuer = line.printed(begin, begin + len(issuer))
            header.spans["issuer"] = line_span(line, begin, begin + len(issuer))
            header.issuer_from_page = True
        return True

    def page_date(self, line: Line) -> bool:
        """A date alone above everything else: the page's or the paper's (2020年03月26日).

        A date of issue stands under a notice or a signer; nothing is read yet here.
        """
        header = self.header
        if self.state is not State.START or self.pending or header.doc_number is not None:
            return False
        if header.meta_title is not None or read_date(line.text) is None:
            return False
        self.note(line, "page-text", f"the page's date: {line.text}", Severity.INFO)
        return True

    def column_name(self, line: Line) -> bool:
        """A site's column, named by a kind of document alone, above the head: 工作报告."""
        header = self.header
        if header.title is not None or header.notice_title is not None or header.recipients:
            return False
        if not COLUMN_NAME.fullmatch(simplified(line.text)):
            return False
        self.note(line, "page-text", f"the site's column: {line.text}", Severity.INFO)
        return True

    def site_note(self, line: Line) -> bool:
        """A site's note on the text, before its title: (本文有删减).

        Or a law site's labelled note on the document's validity, wherever the head prints it
        (税谱®提示:根据某市…清理结果的通知》(某政综〔2019〕38号规定,继续有效): no title, though it
        names a notice, nor an address.
        """
        if VALIDITY_NOTE.match(line.text) is not None and not line.text.endswith(DOCUMENT_ENDS):
            self.note(
                line, "editorial-note", f"the site's note on the text: {line.text}", Severity.INFO
            )
            return True
        if not line.text.endswith(")") or EDITORIAL_NOTE.fullmatch(line.text) is None:
            return False
        self.note(
            line, "editorial-note", f"the site's note on the text: {line.text}", Severity.INFO
        )
        return True

    def addressed_after_title(self, text: str) -> bool:
        """Recipients under the title: of a plan, or of a notice after a site's own text."""
        header = self.header
        if header.recipients or not is_address(text):
            return False
        if not header.preamble_lines:
            return True
        return header.notice_title is not None or names_organs(text)

    def address_under_title(self, line: Line) -> bool:
        """Read the recipients under the title, on one line or broken over several."""
        if self.addressed_after_title(line.text):
            self.recipients(line)
            return True
        # a list broken over lines is an address here only if it names organs alone
        if not self.header.recipients and names_organs(self.address_runs_on(line.text) or ""):
            self.recipients_over_lines(line)
            return True
        return False

    def late_title(self, text: str) -> bool:
        """A plan's title under a site's lead sentence (下面是…整理的…,供大家参考。).

        Or the whole title under a page's title that the site cut short (…规划(2...).
        """
        header = self.header
        cut = (header.title or "").rstrip()
        if cut.endswith(("...", "…")) and not header.recipients:
            # the title's lines as read (folded, traditional characters simplified), as the text is
            head = "".join(item.text for item in header.title_lines).rstrip(".…")
            return len(head) >= MIN_CUT_TITLE and text.startswith(head) and is_titleish(text)
        if (
            header.title is not None
            or header.notice_title is not None
            or header.recipients
            or header.notice_lines
            or not is_titleish(text)
        ):
            return False
        if (
            len(header.preamble_lines) == 1
            and "。" in header.preamble_lines[0].text
            and plan_kind(text) is not None
            and text.endswith((*DOCUMENT_ENDS, ")"))
        ):
            return True
        # under a site's short lines (a slogan, a column, a name): a heading that names its kind
        page_text = all(len(item.text) <= MAX_PAGE_LINE for item in header.preamble_lines)
        return page_text and len(text) >= MIN_CUT_TITLE and names_document(text)

    def publication(self, line: Line) -> bool:
        """A party regulation's publication line: (…审议批准 2019年12月5日中共某省委发布).

        Or a meeting's adoption note under a resolution's title (2021年8月9日…会议通过): its date.
        """
        found = PUBLICATION.fullmatch(line.text)
        header = self.header
        adopted = self.meeting_note(line) if found is None else None
        if adopted is not None:
            # a meeting's adoption under the title: its date, the title's body the issuer
            day = None if adopted.re is UNDATED_DELIVERY else read_date(adopted["date"])
            if day is not None and header.issued_on is None:
                header.issued_on = day
                header.spans["issued_on"] = line_span(
                    line, adopted.start("date"), adopted.end("date")
                )
            if adopted.re is DELIVERY or adopted.re is UNDATED_DELIVERY:
                self.delivered = self.index  # a note broken over two lines: past both
            self.note(line, "publication-line", f"adoption note: {line.text}", Severity.INFO)
            return True
        if found is None:
            return False
        day = read_date(found["date"])
        if day is not None and header.issued_on is None:
            header.issued_on = day
            header.spans["issued_on"] = line_span(line, found.start("date"), found.end("date"))
        if header.issuer is None:
            header.issuer = line.printed(found.start("issuer"), found.end("issuer")).strip()
            header.spans["issuer"] = line_span(line, found.start("issuer"), found.end("issuer"))
            self.fuller_organ(found["issuer"].strip())
        if found["order"] and header.doc_number is None:
            # a government rule's number is its order's: 某市人民政府令第290号
            header.doc_number = line.printed(found.start("issuer"), found.end("order")).strip()
            header.spans["doc_number"] = line_span(line, found.start("issuer"), found.end("order"))
        self.note(line, "publication-line", f"publication line: {line.text}", Severity.INFO)
        return True

    def speaker(self, line: Line) -> bool:
        """The speaker's line under a report's delivery note: it is no title, and may name its organ.

        A report to a congress prints, under its heading, the meeting and the day it was given
        (——2023年2月9日在某市人民代表大会第三次会议上) and who gave it: an office and a name
        (某市中级人民法院院长 某某). Where no heading names the issuer (a copy that lost the
        heading prints the note first), a report given on another organ's behalf (受市人民政府委托,
        受 opening its clause and an organ's name after it) is that organ's, named in full with
        the speaker's place (某市财政局: 某市人民政府); else the speaker's organ is the issuer only
        where it reports its own work (a court, a procuratorate, a government, a supervisory
        commission, a congress's standing committee).
        """
        text = simplified(line.text)
        found = SPEAKER.fullmatch(text.strip(" \t\u3000"))
        if found is None or not is_organ_name(found["organ"]) or self.delivered is None:
            return False
        if any(item.text.strip(" \t") for item in self.lines[self.delivered : self.index - 1]):
            return False  # the line above is no delivery note
        header = self.header
        if header.issuer is None and not self.delegating_organ(found["organ"]):
            organ = found["organ"]
            if organ.endswith(SELF_REPORTING):
                start = len(line.text) - len(line.text.lstrip(" \t\u3000"))
                header.issuer = line.printed(start, start + len(organ))
                header.spans["issuer"] = line_span(line, start, start + len(organ))
        self.note(line, "page-text", f"the report's speaker: {line.text}", Severity.INFO)
        return True

    def delegating_organ(self, speaker: str) -> bool:
        """Take for the issuer the organ on whose behalf the report is given (受…委托), if any.

        The text's first lines say so, 受 opening a clause and an organ's name after it (受理委托
        or 接受群众委托 name none); the organ named short by its level (市人民政府) takes the
        place the speaker's organ names (某市财政局: 某市人民政府).
        """
        lines = [item for item in self.lines[self.index : self.index + 4] if item.text.strip()]
        for item in lines[:3]:
            found = DELEGATION.search(simplified(item.text))
            if found is None or not is_organ_name(found["organ"]):
                continue
            level = found["level"]
            place = speaker[: speaker.index(level)] if level and level in speaker else ""
            self.header.issuer = place + item.printed(found.start("organ"), found.end("organ"))
            self.header.spans["issuer"] = line_span(item, found.start("organ"), found.end("organ"))
            return True
        return False

    def meeting_note(self, line: Line) -> re.Match[str] | None:
        """A meeting's note under a heading: adopted (…会议通过) or delivered (在…会议上).

        A long note may break over two lines ((2006年5月30日某市…常务委员会 / 第十次会议通过),
        or a dashed subtitle: —2024年1月19日在某区人大工作会议 / 暨某县第三次会议上): the line
        after is read with it.
        """
        text = simplified(line.text)  # 會議 is 会议: the folding keeps every position
        found = ADOPTION.fullmatch(text) or DELIVERY.fullmatch(text)
        if found is None and text.lstrip(" \t").startswith(("-", "—", "–", "―", "─", "－")):
            found = UNDATED_DELIVERY.fullmatch(text.strip(" \t"))
        bracket = DATED_NOTE.match(text) is not None and ")" not in text
        if found is not None or not (bracket or DASHED_NOTE.match(text.lstrip(" \t"))):
            return found
        following = self.next_index()
        if following is None:
            return None
        joined = text + simplified(self.lines[following].text)
        found = ADOPTION.fullmatch(joined) or DELIVERY.fullmatch(joined)
        if found is not None and found.end("date") <= len(text):
            self.index = following + 1
            rest = self.lines[following]
            self.note(rest, "publication-line", f"the note goes on: {rest.text}", Severity.INFO)
            return found
        return None

    def fuller_organ(self, issuer: str) -> None:
        """The organ's full name a line of its own prints over the title (某省某市人民政府).

        A publication line names the organ short (某市人民政府令第10号公布); both name one
        organ, and the full name is the issuer's.
        """
        for item in self.header.preamble_lines:
            text = item.text
            if text != issuer and text.endswith(issuer) and is_organ_name(text):
                self.header.issuer = item.printed(0, len(text))
                self.header.spans["issuer"] = line_span(item, 0, len(text))
                return

    def meta(self, line: Line) -> bool:
        # a label in traditional characters is the same label (發文機關:, 時效:): the folding
        # keeps every position, so a match in the folded text cuts the printed one
        text = simplified(line.text)
        alone = META_ALONE.fullmatch(text) if text.endswith(":") else None  # 发文字号:
        if alone:
            return self.meta_alone(line, alone["label"])
        # a row of labels over a row of values; a label over its value; a field left empty at
        # the end of a block (内容概述, with no value): the block's
        if (
            self.labels_over_values(line)
            or self.label_over_value(line)
            or (META_BARE.fullmatch(text.strip(" \t")) and self.follows_meta(line))
        ):
            self.note(line, "metadata", "web-page metadata read for the plan", Severity.INFO)
            return True
        cells = table_cells(text) or label_and_tab(text)
        pairs: list[tuple[str, int, int, int]] = []
        tabled = cells is not None and (is_meta_row(text, cells) or is_separator_row(text, cells))
        # a law site's row of fields, each label run against its value, one left empty
        # (颁布日期:2009-01-03 | 失效日期: |), is read label by label below, not cell against cell
        # (a row of one label alone, |主题词:|||, stays the block's)
        field_row = (
            tabled
            and cells is not None
            and sum(end > begin for begin, end in cells) >= MIN_BARE_LABELS
            and is_field_row(text, cells)
        )
        if tabled and cells is not None and not field_row:
            pairs = cell_pairs(text, cells)
        else:
            matches = list(META.finditer(text)) if ":" in text else []  # every label has one
            if not matches:
                bare = bracketed_meta(line) or bare_meta(line) or self.field_list(line)
                if bare is None:
                    return False
                pairs = bare
            elif glued_label(line, matches[0].start()) or not is_byline(
                text, matches[0].start(), len(matches)
            ):
                return False
            gaps = line.gaps  # read once: a line of many labels has many values
            for i, match in enumerate(matches):
                stop = matches[i + 1].start() if i + 1 < len(matches) else len(text)
                # a value ends where the page's controls begin after it, in square brackets
                # apart by a space (发布机构:某办公室 【已阅读:, 【字体:大 中 小】, [打印])
                stop = _before_controls(text, gaps, match.end(), stop)
                pairs.append((match.group("label"), match.start(), match.end(), stop))
        self.meta_values(line, pairs, field_row=field_row)
        self.note(line, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def meta_values(
        self, line: Line, pairs: list[tuple[str, int, int, int]], *, field_row: bool
    ) -> None:
        """Read the value of each label of a disclosure line into the field it fills."""
        text = simplified(line.text)
        for label, _, begin, end in pairs:
            # a row of fields gives its dates and number; the organ it names, the site's
            # record of who promulgated or posted it, is left to the heading and the signature
            if not (field_row and META_LABELS.get(label, "") == "issuer"):
                self.meta_value(line, META_LABELS.get(label, ""), begin, end)
            if label in PUBLISHED_LABELS and self.header.published_on is None:
                self.header.published_on = read_date(CLOCK.sub("", text[begin:end]).strip())
            self.promulgated(label, text[begin:end])

    def promulgated(self, label: str, value: str) -> None:
        """Keep the day a law library's field (颁布日期, 公布時間) says the document was promulgated."""
        if simplified(label) in PROMULGATED_LABELS and self.header.promulgated_on is None:
            self.header.promulgated_on = disclosed_date(value.strip(" \t|｜"))

    def labels_over_values(self, line: Line) -> bool:
        """Read a row of disclosure labels over a row of their values, cell under cell.

        索引号  发文机关  成文日期  发布时间 / 001-2023-0012  某区人民政府办公室  2023年5月10日
        2023年5月12日, apart by runs of spaces, tabs or full-width spaces, in any order: each
        value is its own label's, so the page's time of publication is never the date of issue
        and an index number is none of the document's fields.
        """
        names = _cell_ranges(line)
        if len(names) < MIN_BARE_LABELS or not all(
            simplified(line.text[begin:end]) in META_LABELS for begin, end in names
        ):
            return False
        value_at = self.text_position(self.position(line) + 1, 1)
        if value_at is None:
            return False
        values = self.lines[value_at]
        cells = _cell_ranges(values)
        if len(cells) != len(names) or any(
            simplified(values.text[begin:end]) in META_LABELS for begin, end in cells
        ):
            return False
        self.index = max(self.index, value_at + 1)
        for (begin, end), (start, stop) in zip(names, cells, strict=True):
            label = simplified(line.text[begin:end])
            self.meta_value(values, META_LABELS[label], start, stop)
            if label in PUBLISHED_LABELS and self.header.published_on is None:
                self.header.published_on = read_date(CLOCK.sub("", values.text[start:stop]).strip())
            self.promulgated(label, values.text[start:stop])
        self.note(values, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def label_over_value(self, line: Line) -> bool:
        """Read a disclosure label printed alone without its colon, its value on the next line.

        A ministry's page prints its fields so, label and value on lines of their own (文号 /
        某办函〔2025〕1920号 / 索引号 / 000019713/2025-00077 / 公开日期 / …), with or without blank
        lines between: a bare label counts only in a run of such pairs, the line after its value
        or the line over the value above it being a bare label too.
        """
        bare = simplified(line.text).strip(" \t")
        if META_BARE.fullmatch(bare) is None:
            return False
        position = self.position(line)
        value_at = self.text_position(position + 1, 1)
        if value_at is None:
            return False
        value = self.lines[value_at]
        field = META_LABELS.get(bare, "")
        if (
            len(value.text) > MAX_META_VALUE
            or META_BARE.match(simplified(value.text)) is not None  # a label, or a row of them
            or "\t" in value.text
            or "|" in value.text
            or value.text.endswith(":")  # the address, under a label left empty
            or (field != "title" and self.is_notice_title(value.text))
        ):
            return False
        # label, value, label…: the line after the value is a label, or the line above is a
        # value under a label (a run of labels left empty is no run of pairs)
        above = self.text_position(position - 1, -1)
        run = self.bare_label(self.text_position(value_at + 1, 1)) or (
            above is not None
            and META_BARE.match(simplified(self.lines[above].text)) is None
            and self.bare_label(self.text_position(above - 1, -1))
        )
        if not run:
            return False
        self.index = max(self.index, value_at + 1)
        self.meta_value(value, field, 0, len(value.text))
        self.note(value, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def bare_label(self, position: int | None) -> bool:
        """Whether the line at ``position`` is a disclosure label alone, without its colon."""
        if position is None:
            return False
        return META_BARE.fullmatch(simplified(self.lines[position].text).strip(" \t")) is not None

    def text_position(self, position: int, step: int) -> int | None:
        """Where the nearest line with text from ``position`` on stands, walking by ``step``."""
        while 0 <= position < len(self.lines):
            if self.lines[position].text.strip(" \t"):
                return position
            position += step
        return None

    def follows_meta(self, line: Line) -> bool:
        """Whether the line above (blank lines aside) was read as a disclosure block's row.

        The line read is the one before ``self.index``: the lines above it are walked back over
        the blank ones only, so a long run of bare labels is read in linear time.
        """
        if self.last_meta is None:
            return False
        before = self.text_line(self.position(line) - 1, -1)
        return before is not None and before.number == self.last_meta

    def position(self, line: Line) -> int:
        """Where the line being read stands in the lines: before ``self.index``, as a rule."""
        position = self.index - 1
        if 0 <= position < len(self.lines) and self.lines[position].number == line.number:
            return position
        return self.lines.index(line) if line in self.lines else position

    def text_line(self, position: int, step: int) -> Line | None:
        """The nearest line with text from ``position`` on, walking by ``step`` (1 or -1)."""
        while 0 <= position < len(self.lines):
            if self.lines[position].text.strip(" \t"):
                return self.lines[position]
            position += step
        return None

    def field_list(self, line: Line) -> list[tuple[str, int, int, int]] | None:
        """A field of a list printed label against value, one to a line (发文字号皖交发〔2021〕63号).

        A label that opens a line counts only in a run of such lines: the line before or the
        line after opens with a label too, or is a row of the block (文号 主题分类 公安、司法);
        or alone, run into a value of the form its field demands: a number (文号某政发〔2023〕5号)
        or a date (成文日期2023-05-10, 发布日期2023-05-12).
        """
        label = list_label(line.text, line.gaps)
        if label is None:
            return None
        value = line.text[len(label) :]
        field = "issued_on" if label in PUBLISHED_LABELS else META_LABELS.get(label, "")
        if has_form_of(field, value):
            return [(label, 0, len(label), len(line.text))]
        position = self.position(line)
        # the nearest lines with text: a page may print a blank line between any two
        before = self.text_line(position - 1, -1)
        after = self.text_line(position + 1, 1)
        neighbours = [item for item in (before, after) if item is not None]
        if not any(
            list_label(item.text, item.gaps) or META.match(item.text) or bare_meta(item)
            for item in neighbours
        ):
            return None
        return [(label, 0, len(label), len(line.text))]

    def meta_alone(self, line: Line, label: str) -> bool:
        """A disclosure label on a line of its own: its value is the next line, unless a label.

        An empty label is mostly followed by a gap; across a gap, only a value of the form its
        field demands (a document number, a date) is the label's.
        """
        index = self.next_index()
        field = META_LABELS.get(label, "")
        if index is not None:
            value = self.lines[index]
            # a number's or a date's label takes only a value of that form; no label but 标题
            # takes the heading (文号: with nothing after it, then 某市人民政府关于印发《…》的通知)
            formed = field not in ("doc_number", "issued_on") or has_form_of(field, value.text)
            # and a status's label (时效:, 有效性:) its word across a gap: 有效, 失效, 废止
            status = STATUS.fullmatch(value.text.translate(SIMPLIFIED)) is not None
            if (
                META_ALONE.match(value.text) is None
                and len(value.text) <= MAX_META_VALUE
                and (
                    index == self.index
                    or has_form_of(field, value.text)
                    or status
                    or self.value_across_gap(label, field, index)
                )
                and formed
                and (field == "title" or not self.is_notice_title(value.text))
            ):
                # across a gap, only an organ's name is the issuer (政府办, is the site's word)
                across = index != self.index
                self.index = index + 1
                if field != "issuer" or not across or is_organ_name(value.text):
                    self.meta_value(value, field, 0, len(value.text))
                self.note(value, "metadata", "web-page metadata read for the plan", Severity.INFO)
        self.note(line, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def value_across_gap(self, label: str, field: str, index: int) -> bool:
        """Whether a value across a blank line is a label's of no number or date: its kind's.

        An organ's label (发布机构:, 信息来源:, 发布单位:) takes an organ's name; a label of no
        field takes a code or a date (索引号: MB1534522/2023-05475, 发布日期: 2023-05-12), which
        no heading is; either takes a word or two (公开方式: 主动公开, 发布机构: 政府办,) over the
        block's next label.
        """
        text = self.lines[index].text
        organs = field == "issuer" or (field == "" and label.endswith(ORGAN_LABEL_ENDS))
        if organs and is_organ_name(text):
            return True
        if field not in ("", "issuer"):
            return False
        if not organs and (
            disclosed_date(text) is not None
            or (_IDEOGRAPH.search(text) is None and any(char.isdigit() for char in text))
        ):
            return True
        following = self.text_position(index + 1, 1)
        return (
            len(text) <= _SHORT_VALUE
            and following is not None
            and META_BARE.match(simplified(self.lines[following].text).lstrip(" \t")) is not None
        )

    def meta_value(self, line: Line, field: str, begin: int, end: int) -> None:
        header = self.header
        begin, end = unpiped(line.text, begin, end)
        if field == "doc_number":
            # a number ends at its 号: what runs on is the next label, unknown to the reader
            number = DOC_NUMBER.match(line.text, begin, end)
            if number is not None:
                end = number.end()
        value = line.printed(begin, end).strip()
        if FIELD_BLANK.fullmatch(value) or (
            field == "doc_number" and not any(char.isdigit() for char in value)
        ):
            return  # a field left blank in words or marks (信息补充中, 暂无, /), or no number (无编号)
        span = line_span(line, begin, end)
        # a field of another name (统一登记号) that holds a number of a document's form
        numbered = field == "" and DOC_NUMBER.fullmatch(value) is not None
        unset = header.doc_number is None or (field == "doc_number" and self.number_by_other)
        if (field == "doc_number" or numbered) and unset:
            header.doc_number = value
            header.spans["doc_number"] = span
            self.number_by_other = numbered
        elif field == "issuer" and header.issuer is None and not SITE_PUBLISHER.fullmatch(value):
            self.field_issuer(
                line, begin, end, value
            )  # a site (某县门户网站) publishes, issues not
        elif field == "issued_on" and header.issued_on is None:
            day = disclosed_date(line.text[begin:end])
            if day is not None:
                header.issued_on = day
                header.spans["issued_on"] = span
                header.issued_on_from_page = True
        elif field == "title" and header.meta_title is None:
            header.meta_title = value
            if (
                header.notice_title is None
                and NOTICE_ISSUER.match(value)
                and value.endswith("通知")
            ):
                header.notice_title = value
                header.spans["notice_title"] = span
                header.notice_issuer = NOTICE_ISSUER.match(value)["issuer"].strip()  # type: ignore[index]

    def field_issuer(self, line: Line, begin: int, end: int, value: str) -> None:
        """The issuer a disclosure field names, one organ or joint ones, if it names a body.

        An office named by its level alone (区办公室) and a place with no body of it named
        (发布机构 某镇, 某经济技术开发区) do not say which body issued the document: no issuer.
        """
        if BARE_OFFICE.fullmatch(value) or BARE_PLACE.fullmatch(simplified(value)):
            return
        header = self.header
        organs = _field_organs(line, begin, end, value)
        header.issuer = "、".join(organs)
        if len(organs) > 1:
            header.issuers = organs
        header.spans["issuer"] = line_span(line, begin, end)
        header.issuer_from_page = True

    def chrome(self, line: Line) -> bool:
        """Web-page furniture: breadcrumbs, share bars, a menu's items (• 搜索), a counter (2160)."""
        text = line.text
        # a sharing site's title of a group of documents (某办法(精选12篇)): its entries' labels
        # under it (1.某办法 篇一) are the site's too
        self.grouped = self.grouped or SHARED_GROUP.fullmatch(text) is not None
        site = len(text) <= MAX_SITE_LINE and SITE_ADDRESS.search(text) is not None
        marks_only = not any(char.isalnum() for char in text)
        trail = ">" in text or "»" in text  # a trail of links: 首页>政务公开>…
        if (
            marks_only
            or is_chrome(text)
            or site
            or ("政府信息公开" in text and SITE_TEXT.fullmatch(text))
            or is_nav_bar(text)
            or CRUMBS.fullmatch(text)
            or line.number in self.crumbs
            or (self.grouped and SHARED_ENTRY.fullmatch(text))
            or PAPER_PAGE.fullmatch(text)
            or COPY_MARK.fullmatch(text)
            or PAGE_NUMBER.fullmatch(text)
            or LINK_LABEL.fullmatch(text)
            or self.interpretation_link(text)
            or ACCOUNT_BAR.fullmatch(text)
            or COLUMN_LABEL.fullmatch(text)
            or (trail and len(text) <= MAX_SITE_LINE and TRAIL.fullmatch(text))
            or (trail and TRAIL_TO_TITLE.fullmatch(text))
            or SITE_SECTION.fullmatch(text)
            or (MENU_ITEM.fullmatch(text) and not names_document(text))
            or (text.isdigit() and COUNTER.fullmatch(text) and self.counted(text))
        ):
            self.note(
                line, "page-chrome", f"web-page furniture skipped: {text[:30]}", Severity.INFO
            )
            return True
        return False

    def interpretation_link(self, text: str) -> bool:
        """A disclosure page's link to the document's interpretation, under its label.

        部门解读: / 关于《某通知》 政策解读: the link is the page's; a heading of the document's own
        (关于《某条例》的解读) has no label over it.
        """
        if INTERPRETATION_LINK.fullmatch(text) is None:
            return False
        index = self.index - 2  # the line above the one read
        while index >= 0 and not self.lines[index].text.strip(" \t"):
            index -= 1
        above = self.lines[index].text if index >= 0 else ""
        return LINK_LABEL.fullmatch(above) is not None or (
            INTERPRETATION_LINK.fullmatch(above) is not None
        )

    def under_contact(self) -> bool:
        """Whether the line read stands under a contact's line (联系人:张三, 联系电话:).

        Figures alone under it are a telephone's number, never a date.
        """
        index = self.index - 2  # the line above the one read, as printed (the head drops it)
        while index >= 0 and not self.lines[index].original.strip():
            index -= 1
        return index >= 0 and _CONTACT.search(self.lines[index].original) is not None

    def counted(self, text: str) -> bool:
        """A number alone over the address, that reads as no date: a page's visit counter.

        Below the head, a number alone is a table's cell (a serial, points) and stays text.
        """
        header = self.header
        heading = header.title is not None or header.notice_title is not None
        opening = self.state is not State.TITLED and not header.recipients
        return heading and opening and loose_date(text) is None

    def signature(self, line: Line) -> bool:
        padding = LOST_SPACES.match(line.text)
        if padding is not None and self.state is State.NOTICE:
            # a signature set right by spaces that a copy turned into question marks
            line = line.split(padding.end())[1]
        day = read_date(line.text)
        figures = False  # the day read from figures alone (20240315)
        if day is None and self.pending and self.state is State.NOTICE:
            # under its signer, a date in brackets ((2024年3月5日)) is the signature's too
            bracketed = line.text.startswith("(") and line.text.endswith(")")
            # six figures (202256) read as a day only in the first nine days of the first nine
            # months, and as a postal code (201315) as well: only the page's day may choose
            six = len(line.text) <= _LOST_DATE_DIGITS - 1 and LOOSE_DATE.fullmatch(line.text)
            if bracketed:
                day = read_date(line.text[1:-1])
            elif not six and not self.under_contact():
                day = loose_date(line.text)
                figures = True
        elif (
            day is None
            and self.state is State.NOTICE
            and len(line.text) >= _LOST_DATE_DIGITS
            and LOOSE_DATE.fullmatch(line.text)
        ):
            # alone under the notice, its signer lost on the way to the page: seven or eight
            # figures (2020928, 20200928) read as a day only one way are the notice's date;
            # under a contact's line (联系电话:) they are a telephone's number
            day = None if self.under_contact() else loose_date(line.text)
            figures = True
        if day is None and self.state is State.NOTICE:
            line, day = self.signed_on_one_line(line)
        if day is None:
            return self.signed_without_year(line)
        header = self.header
        if (
            header.issued_on is None
            or "issued_on" not in header.spans
            or self.state is State.NOTICE
            or (self.figures_day and not figures)
        ):
            header.issued_on = day
            header.spans["issued_on"] = line_span(line, 0, len(line.text))
            self.figures_day = figures
        # a notice's date with no organ over it: the organ may be printed under it
        self.organs_under_date = [] if self.state is State.NOTICE and not self.pending else None
        if self.pending:
            self.issuer(self.pending)
            self.pending = []
        self.state = State.SIGNED
        return True

    def organ_under_date(self, line: Line) -> bool:
        """An organ's line under the notice's date, which no organ's line stood over: its signer.

        Some pages print the signature's date first (2023年5月10日 / 某县司法局), joint organs one a
        line under it; the organ is the issuer, and never the first line of the plan's title.
        """
        organs = self.organs_under_date
        text = line.text
        if self.figures_day and not organs and is_organ_name(text):
            following = self.next_text()
            if read_date(following) is not None and LOOSE_DATE.fullmatch(following) is None:
                # figures alone under the notice, then its signature in full (某县司法局 /
                # 2024年3月5日): the organ signs over the date, which wins over the figures
                self.organs_under_date = None
                self.pending = [line]
                return True
        if (
            organs is None
            or len(organs) >= MAX_SIGNERS
            or not is_organ_name(text)
            or plan_kind(text) is not None
            or names_document(text)
            # the plan's heading broken after its organ: 某县司法局 / 2023年普法工作要点
            or YEAR_LINE.match(self.next_text()) is not None
        ):
            self.organs_under_date = None
            return False
        organs.append(line)
        self.issuer(organs)
        self.note(line, "signature", f"the organ under the date: {text}", Severity.INFO)
        return True

    def signed_without_year(self, line: Line) -> bool:
        """Signers over a date whose year a copy lost (年12月15日), or with no day: the issuer.

        A stray mark a copy left around such a date ({ 2017 6 23, the 年月日 lost) is no part of it.
        """
        text = line.text.strip(STRAY_MARKS)
        # or whose 年月 were lost so that it reads more than one way (2022121日: 1-21 or 12-1)
        # (six or seven digits only where they read as a month and a day: 201100 is a postal code)
        digits = text.removesuffix("日")
        ambiguous = LOOSE_DATE.fullmatch(digits) is not None and (
            len(digits) > _LOST_DATE_DIGITS or LOST_DATE.fullmatch(text) is not None
        )
        # or that gives the month alone (2023年5月), or whose 月 was lost (2022年56日)
        unread = (
            YEARLESS_DATE.fullmatch(text)
            or MONTH_DATE.fullmatch(text)
            or LOST_MONTH_DATE.fullmatch(text)
            or ambiguous
        )
        # or a plan's cover: its organ over the month it was printed (某县人民政府 / 二〇二一年二月)
        cover = (
            self.state in (State.TITLED, State.START) and COVER_MONTH.fullmatch(text) is not None
        )
        if (self.state is not State.NOTICE or not unread) and not cover:
            return False
        if not self.pending or not all(is_organ_name(item.text) for item in self.pending):
            return False
        day = self.published_reading(text.removesuffix("日")) if ambiguous else None
        if day is not None:
            # the one reading on or before the page's publication, within the year before it
            self.header.issued_on = day
            self.header.spans["issued_on"] = line_span(line, 0, len(text))
        elif cover:  # the month a booklet was printed: no date of issue, nothing to review
            self.note(line, "signature", f"the cover's organ over its month: {text}", Severity.INFO)
        else:
            self.note(line, "unread-date", f"a date not read: {line.text}", Severity.WARNING)
        self.issuer(self.pending)
        self.pending = []
        if not cover:
            self.state = State.SIGNED
        return True

    def published_reading(self, text: str) -> dt.date | None:
        """The one reading of a loose date that the page's publication date allows, if any."""
        published = self.header.published_on
        if published is None:
            return None
        fits = [
            day
            for day in loose_readings(text)
            if day <= published and (published - day).days <= DAYS_BEFORE_PUBLICATION
        ]
        return fits[0] if len(fits) == 1 else None

    def signed_on_one_line(self, line: Line) -> tuple[Line, dt.date | None]:
        """A signature whose organ and date share a line, apart by spaces: 某县人民政府  2023年5月10日.

        The organ becomes the pending signer; the date line is returned with its day.
        """
        cut = date_apart(line, set_apart=True)
        if cut is None:
            return line, None
        day = read_date(line.text[cut:])
        # the signer's seal note before the date (某县司法局(盖章)  2023年5月10日) is no part of it
        seal = SEAL.search(line.text, 0, cut)
        organ = cut if seal is None or seal.start() == 0 else seal.start()
        if not is_organ_name(line.text[:organ]):
            return line, None
        head, tail = line.split(cut)
        if organ < cut:
            if ON_BEHALF.search(line.text, organ, cut):
                self.sealing_for.add(line.number)
            head = head.split(organ)[0]
        # the last of joint signers beside the date, the others on the lines above it
        joint = all(is_organ_name(item.text) for item in self.pending)
        self.pending = [*self.pending, head] if joint else [head]
        return tail, day

    def issuer(self, lines: list[Line]) -> None:
        self.header.signer_lines = list(lines)
        organs: list[str] = []
        for line in lines:
            if organs and line.number in self.sealing_for:
                # 某县某领导小组 / 某县人民政府办公室(代章): the office seals for the body above it,
                # which alone issues
                continue
            names = signers(line)
            if (
                organs
                and len(names) == 1
                and (
                    name_broken_over(organs[-1], names[0])
                    or organ_word_broken(organs[-1], names[0])
                )
            ):
                # 中共某县委全面依法治县 / 委员会办公室: one name, broken where the line was full
                organs[-1] += names[0]
                continue
            if ends_the_name_above(organs, names):
                continue  # an office alone (办公室) is the office of the body named above it
            if organs and len(names) == 1 and _body_of_the_organs_above(names[0], organs):
                # 中共某县委某县人民政府 / 优化营商环境领导小组: the organs' group signs, one issuer
                organs = ["".join(organs) + names[0]]
                continue
            organs.extend(names)
        self.header.issuers = organs
        self.header.issuer = "、".join(organs)
        self.header.issuer_from_page = False
        first, last = lines[0], lines[-1]
        # the lines the signature takes, one name broken over two among them
        self.header.spans["issuer"] = (
            line_span(first, 0, len(first.text))
            if len(lines) == 1
            else Span(start=first.offset(0), end=last.end_offset(len(last.text)))
        )

    def numbers_only(self, line: Line) -> bool:
        """A document number alone on its line, read wherever it stands above the address.

        The number a disclosure field gave, printed again under the heading, is the same number:
        no line of a preamble.
        """
        text = line.text
        # or in a bracket of its own: (某政办发〔2021〕5号)
        bare = text[1:-1] if text.startswith("(") and text.endswith(")") else text
        begin = 1 if bare is not text else 0
        if (marked := marked_number(text)) is not None:
            begin, bare = marked[0], text[marked[0] : marked[1]]  # 主动公开 某府办〔2018〕8号
        if not DOC_NUMBER.fullmatch(bare):
            return False
        if self.header.doc_number is None:
            return self.numbers(line)
        if not same_number(bare, self.header.doc_number):
            return False
        self.own_number(line, begin, bare)
        return True

    def signature_number(self, line: Line) -> bool:
        """A document number alone on its line in a signature, under its organ or its date.

        Some pages print the number under the signature (某县人民政府办公室 / 2023年5月10日 /
        某政办发〔2023〕5号), or between the organ and the date, bare or in brackets: it is the
        number (unless the head gave one), never the first line of the plan's title nor a signer.
        """
        text = line.text.strip(" \t")
        bare = text[1:-1] if text.startswith("(") and text.endswith(")") else text
        if not DOC_NUMBER.fullmatch(bare):
            return False
        self.own_number(line, line.text.index(bare), bare)
        self.note(
            line, "signature-number", f"the number under the signature: {bare}", Severity.INFO
        )
        return True

    def own_number(self, line: Line, begin: int, bare: str) -> None:
        """The document's number printed in its head, unless one was read in place already.

        A page's summary or disclosure block may print the number in other brackets than the
        document does (某政发[2023]5号 over 某政发〔2023〕5号 under the heading): the number is
        the document's own printing of it.
        """
        header = self.header
        known = header.doc_number
        if (
            known is None
            or "doc_number" not in header.spans
            or (same_number(bare, known) and normalise(bare) != normalise(known))
        ):
            header.doc_number = line.printed(begin, begin + len(bare))
            header.spans["doc_number"] = line_span(line, begin, begin + len(bare))

    def numbers(self, line: Line) -> bool:
        """A line of numbers: a document number, a page title with one, or a 登记号."""
        text = line.text
        bare = text[1:-1] if text.startswith("(") and text.endswith(")") else text
        page_title = PAGE_TITLE.fullmatch(text) if text.endswith("》") else None  # 号《…》
        if line.gaps and self.number_and_date(line):
            return True  # 2012年6月11日 苏办发〔2012〕30号: the date is no part of the number
        if (marked := marked_number(text)) is not None:
            # 主动公开 某府办函〔2018〕84号: the publication's mark is no part of the number
            self.own_number(line, marked[0], text[marked[0] : marked[1]])
            self.note(line, "publication-mark", f"publication mark: {text}", Severity.INFO)
        elif DOC_NUMBER.fullmatch(bare) or LOOSE_NUMBER.fullmatch(bare):
            begin = 1 if bare is not text else 0
            self.own_number(line, begin, bare)
        elif page_title is not None:
            # a web page's own title: the number and the document's title in 《》
            if self.header.doc_number is None:
                self.header.doc_number = line.printed(0, page_title.end("number"))
                self.header.spans["doc_number"] = line_span(line, 0, page_title.end("number"))
            begin = page_title.start("title")
            self.page_title(line, begin, begin + len(page_title["title"]))
        elif text.startswith("《") and PAGE_TITLE_ALONE.fullmatch(text):
            # a web page's own title, the document's title in 《》
            self.page_title(line, 1, len(text) - 1)
        elif text.startswith("《") and (tagged := PAGE_TITLE_TAGGED.fullmatch(text)) is not None:
            # a mirror's title in 《》 tagged as the whole text: 《…》(全文)
            self.page_title(line, 1, tagged.end("title"))
        elif REGISTRATION.fullmatch(text):
            self.note(line, "registration-number", f"registration number: {text}", Severity.INFO)
        elif SERIAL_NUMBER.fullmatch(text):
            # a 公告's number in its series ((第3号), cut short or not): no title
            self.note(line, "serial-number", f"a number in a series: {text}", Severity.INFO)
        else:
            return self.number_before_issuer(line) or self.number_and_date(line)
        return True

    def number_and_date(self, line: Line) -> bool:
        """A gazette's line under a heading: the number and the date apart by a space.

        川府发〔2015〕9号 2015年1月30日, or the date first (2015年1月30日 川府发〔2015〕9号); the
        number may hold spaces of its own, as PDF copies print it (川府发〔 2015 〕 9 号).

        A law library prints the two in one bracket: (宁政办发〔2001〕99号 2001年5月29日).
        """
        if len(line.text) > _NUMBER_DATE_LINE:
            return False
        if line.text.startswith("(") and line.text.endswith(")"):
            line = line.cut((1, len(line.text) - 1))[1]
        text = line.text
        for cut in line.gaps:
            if DOC_NUMBER.fullmatch(text[:cut]) and (day := read_date(text[cut:])) is not None:
                head, tail = line.split(cut)
                break
            if DOC_NUMBER.fullmatch(text[cut:]) and (day := read_date(text[:cut])) is not None:
                tail, head = line.split(cut)
                break
        else:
            return False
        if self.header.doc_number is None:
            self.header.doc_number = head.printed(0, len(head.text))
            self.header.spans["doc_number"] = line_span(head, 0, len(head.text))
        if self.header.issued_on is None:
            self.header.issued_on = day
            self.header.spans["issued_on"] = line_span(tail, 0, len(tail.text))
        return True

    def number_before_issuer(self, line: Line) -> bool:
        """A number that lost its closing bracket, run into the issuer's name: 某政字〔201722某县人民政府."""
        glued = GLUED_NUMBER.fullmatch(line.text)
        if glued is None or not is_organ_name(glued["organ"]) or self.header.doc_number:
            return False
        head, rest = line.split(glued.start("organ"))
        self.header.doc_number = head.printed(0, len(head.text))
        self.header.spans["doc_number"] = line_span(head, 0, len(head.text))
        self.start(rest)
        return True

    def page_title(self, line: Line, begin: int, end: int) -> None:
        """A web page's title: the document's title, a notice's when it names one."""
        header = self.header
        title = line.printed(begin, end)
        if header.meta_title is None:
            header.meta_title = title
        if header.notice_title is None and title.endswith("通知") and NOTICE_ISSUER.match(title):
            header.notice_title = title
            header.spans["notice_title"] = line_span(line, begin, end)
            issuer = NOTICE_ISSUER.match(title)
            if issuer is not None and issues_notice(issuer["issuer"].strip()):
                header.notice_issuer = issuer["issuer"].strip()

    def start(self, line: Line) -> None:
        text = line.text
        if self.numbers(line) or self.address_run_in(line) or self.page_lead(line):
            return
        if self.is_notice_title(text) or self.title_follows(line) or self.head_broken_inside(line):
            self.notice_heading(line)
        elif is_address(text):
            self.recipients(line)
        elif self.address_unclosed(line):
            pass
        elif self.address_runs_on(text) is not None:
            self.recipients_over_lines(line)
        elif any(word in text for word in NOTICE_WORDS) and not (
            # a heading may name what its rule carries out (关于…贯彻执行《…》的实施办法)
            is_titleish(text)
            and ends_a_name(text)
            and names_document(re.sub(r"\([^()]*\)$", "", text))
        ):
            self.header.notice_lines.append(line)
            self.state = State.NOTICE
        elif len(text) <= MAX_ISSUER and is_titleish(text) and self.signs_above(text):
            self.pending = [line]
        elif is_titleish(text) and not self.sentence_broken(text):
            self.title(line)
        elif self.heading_below():
            # GB/T 9704 puts the heading first: what a page prints above it is the page's
            self.note(line, "page-text", f"page text above the heading: {text[:30]}", Severity.INFO)
        else:
            self.preamble(line)

    def sentence_broken(self, text: str) -> bool:
        """Whether a line is a sentence's first part that the line under it carries to its end.

        A copy of a PDF breaks the opening sentence where the page's line ended (为深入推进法治
        建设,结合我县实 / 际,制定本方案。): a line that opens as a preamble does, runs on past a
        comma, names no document and is closed by the line under it is the text, not a heading.
        """
        if not text.startswith(PREAMBLE_OPENERS) or "," not in text or names_document(text):
            return False
        following = self.next_text()
        return following.endswith("。") and not is_titleish(following)

    def signs_above(self, text: str) -> bool:
        """Whether a short line over a date signs above the heading, or an organ over a month.

        A cover names its organ and the month over the title (某市人民政府 / 二〇一五年十二月).
        """
        if self.date_follows():
            return True
        return is_organ_name(text) and COVER_MONTH.fullmatch(self.next_text()) is not None

    def address_unclosed(self, line: Line) -> bool:
        """Read an address whose line does not end in its ``:``; whether there was one."""
        if self.address_over_its_colon(line.text):
            self.recipients(line, colon=False)
            colon = self.next_index()
            if colon is not None:
                self.index = colon + 1  # the colon's line is read with the address
            return True
        if self.address_without_colon(line.text):
            self.note(line, "address-without-colon", "an address without its colon", Severity.INFO)
            self.recipients(line, colon=False)
            return True
        return False

    def address_without_colon(self, text: str) -> bool:
        """An address whose ``:`` a copy lost, on its own line under the notice's heading.

        Organs' names apart by commas (各乡镇人民政府,县直各单位), or one name that addresses a
        class of organs (各乡镇人民政府, 县直有关单位), with the notice's sentence on the next
        line (现将《…》印发给你们): a single organ's name there may sign, a class of them cannot.
        """
        return (
            self.header.notice_title is not None
            and not self.header.recipients
            and ("," in text or COLLECTIVE_ADDRESS.search(text) is not None)
            and len(text) <= MAX_RECIPIENTS
            and "。" not in text
            and names_organs(text)
            and any(word in self.next_text() for word in NOTICE_WORDS)
        )

    def address_over_its_colon(self, text: str) -> bool:
        """An address whose ``:`` a narrow column or a copy set alone on the next line.

        各乡镇人民政府,县直各部门 / : — organs' names over a line of nothing but the colon.
        """
        return (
            not self.header.recipients
            and self.next_text() == ":"
            and len(text) <= MAX_RECIPIENTS
            and "。" not in text
            and names_organs(text)
        )

    def address_run_in(self, line: Line) -> bool:
        """An address run into the notice's text, a copy that lost its line breaks.

        各区人民政府,市政府各部门:经市人民政府同意,现将《Y》印发给你们。2020年7月11日Y: the
        address, the notice, and the date and title glued after its last sentence.
        """
        text = line.text
        colon = text.find(":")
        if colon < 2 or colon + 1 >= len(text) or not names_organs(text[: colon + 1]):
            return False
        if not is_address(text[: colon + 1]):
            return False
        rest = text[colon + 1 :]
        if not any(word in rest for word in NOTICE_WORDS):
            return False
        head, tail = line.split(colon + 1)
        self.recipients(head)
        glued = GLUED_DATE.search(tail.text)
        if glued is None:
            self.notice(tail)
            return True
        notice, dated = tail.split(glued.start("date"))
        self.notice(notice)
        date_end = glued.end("date") - glued.start("date")
        if date_end < len(dated.text):
            day, title = dated.split(date_end)
            self.signature(day)
            self.signed(title)
        else:
            self.signature(dated)
        return True

    def heading_under_headline(self, line: Line) -> bool:
        """A notice's heading alone under a site's headline that ends with it: the notice's.

        A page's headline may print the site's name and the column before the heading
        (某县人民政府 政策文件 关于印发《…》的通知); the document prints its own heading below,
        alone. That one is the notice's title, and the headline is the page's. A headline whose
        words before the heading name the notice's issuer (某县人民政府关于印发…) is the notice's
        own heading, its issuer printed: it stays.
        """
        header = self.header
        above = header.notice_title
        if self.state is State.START or above is None or header.recipients or header.notice_lines:
            return False
        text = line.text
        if text == above or not above.endswith(text) or not text.endswith("通知"):
            return False
        before = above[: len(above) - len(text)]
        if is_organ_name(before) or before.endswith(ISSUER_ENDS):
            return False
        if not self.is_notice_title(text):
            return False
        header.notice_title = header.notice_issuer = None
        taken = header.spans.pop("notice_title", None)
        self.notice_title(line)
        if taken is not None:
            self.page_title_above(above, taken)
        return True

    def carries_the_heading_above(self, line: Line) -> bool:
        """A notice's heading that prints in 《》 the document whose heading was read above it.

        A law site or a mirror shows the document's own heading first (某院关于…的意见——…纲要),
        then the notice that prints it (某院关于印发《某院关于…的意见——…纲要》的通知): the heading
        above is the page's title of what the notice carries, and the notice's heading is read.
        """
        header = self.header
        above = header.notice_title
        if above is None or above.endswith("通知") or header.recipients or header.notice_lines:
            return False
        text = line.text
        if not text.endswith("通知") or "《" not in text or not self.is_notice_title(text):
            return False
        named = _bare_words(text[text.index("《") + 1 : text.rfind("》")])
        # the document's heading above, or a page's headline that prints it (某县印发《Y》)
        headline = _NAMED.findall(above)
        if not named or named not in (_bare_words(above), *map(_bare_words, headline[:1])):
            return False
        header.notice_title = header.notice_issuer = None
        taken = header.spans.pop("notice_title", None)
        # the page's lines from its title down to this heading: its title, and what it printed
        # between (the organ, the title again)
        start = taken.start if taken is not None else line.offset(0)
        self.page_title_above(above, Span(start=start, end=max(start, line.offset(0) - 1)))
        return True

    def notice_heading(self, line: Line) -> None:
        """A notice's heading; one read right above it, nothing between, is the page's title.

        A law site prints the title of what the notice carries over the notice's heading.
        """
        above, taken = self.header.notice_title, self.header.spans.get("notice_title")
        self.notice_title(line)
        if above is not None and taken is not None and taken.end <= line.offset(0):
            self.page_title_above(above, taken, again=False)

    def page_title_above(self, above: str, span: Span, *, again: bool = True) -> None:
        """Note the page's title read above a notice's heading as page text, on its own line.

        Unless ``again``, a line the head already noted (a disclosure block's 名称: field) is
        noted once.
        """
        # the line the span starts on: the lines are in order of their starts
        at = max(0, bisect.bisect_right(self.lines, span.start, key=lambda item: item.start) - 1)
        number = self.lines[at].number
        if not again and number in self.noted_lines:
            return
        self.noted_lines.add(number)
        self.header.diagnostics.append(
            Diagnostic(
                severity=Severity.INFO,
                code="page-text",
                message=f"the page's title above the notice's heading: {above[:30]}",
                line=number,
                column=1,
                span=span,
            )
        )

    def heading_after_page_text(self, line: Line) -> bool:
        """A notice's heading under lines taken for the head before any address or notice.

        GB/T 9704 prints the number and the heading first: whatever a page shows above them
        (a file name, a sharing site's page list) is the page's.
        """
        header = self.header
        if header.notice_title is not None or header.recipients or header.notice_lines:
            return False
        if self.state is not State.TITLED or self.pending:
            return False
        text = line.text
        # its organ's name over it, or its first line broken inside its organ or 关于 (某县人民
        # 政府办公室关 / 于印发…的通知)
        if self.title_follows(line) or self.head_broken_inside(line):
            return True
        if self.names_what_the_headline_does_not(text) or self.prints_the_headline_again(text):
            return True
        if self.words_the_headline_otherwise(text) or self.heading_opens_the_text(text):
            return True
        return self.outscores_the_title(text) or (
            self.is_notice_title(text) and self.heading_ends(text).endswith("通知")
        )

    def outscores_the_title(self, text: str) -> bool:
        """A heading under a line that only stood in for one (某律师联系电话:139…).

        Weighed on several signals (its last word, 关于, its length, what is printed under it),
        not matched to one form: the line taken for the title reads as no heading (or as one by
        its length alone), this one does.
        """
        title = self.header.title
        # a line that reads as a heading by its length alone (官方微信微官网) names no document
        # and says no 关于: it stood in as well
        if title is None or heading_score(title) > 1:
            return False
        return heading_score(text, self.next_text()) >= HEADING_SCORE

    def heading_opens_the_text(self, text: str) -> bool:
        """A document's heading that the text under it prints again before its first sentence.

        A sharing site shows its headline (某市…办法), then the document's heading (关于…的实施方案),
        then the text, which opens with the heading once more: the heading is the title.
        """
        following = self.next_text()
        return (
            text != self.title_text()
            and is_titleish(text)
            and names_document(SITE_SUFFIX.sub("", text))
            and len(following) > len(text)
            and following.startswith(text)
        )

    def prints_the_headline_again(self, text: str) -> bool:
        """The document's own heading under a site's headline that joins its lines into one.

        A page shows the heading as its headline (…工作报告及2023年工作计划) and the document
        prints it again in its own lines (…工作报告 / 2023年工作计划), or with the name of the
        government that owns it in front: the document's is the title.
        """
        title = self.title_text()
        if title is None or not is_titleish(text) or text == title:
            return False
        owner = text[: len(text) - len(title)]
        if text.endswith(title) and owner and title_issuer(text) == owner:
            return True  # the heading names its owner first: 某区人民政府重大行政决策…制度
        wanted = HEADLINE_JOINS.sub("", title)
        joined = HEADLINE_JOINS.sub("", text)
        following = self.following_texts()
        count = 1
        while len(joined) < len(wanted) and wanted.startswith(joined):
            more = next(following, "")
            if not more or not is_titleish(more):
                return False
            joined += HEADLINE_JOINS.sub("", more)
            count += 1
        self.headline_lines = count if joined == wanted else 0
        return joined == wanted

    def headline_broken(self, line: Line) -> None:
        """The heading printed again under the headline, in the lines that join into it.

        A heading broken after a word (…关于在全疆公民中 / 开展…的决议) reads as whole as the
        headline it prints again, however its lines would read alone.
        """
        count, self.headline_lines = self.headline_lines, 0
        header = self.header
        if count < 2 or header.title_lines != [line]:
            return
        following = itertools.islice(self.lines, self.index, None)
        rest = list(itertools.islice((i for i in following if i.text.strip(" \t")), count - 1))
        if len(rest) < count - 1:
            return
        self.set_title([line, *rest])
        self.index = self.lines.index(rest[-1]) + 1

    def words_the_headline_otherwise(self, text: str) -> bool:
        """The document's own heading right above its text, worded apart from a site's headline.

        A page's headline (某街道2023年度法治政府建设情况报告) and the heading the document
        prints (某街道2023年法治政府建设工作报告) name the same document in other words: the
        last one, under which the text begins, is the document's.
        """
        title = self.title_text()
        if title is None or text == title or not is_titleish(text) or NUMBERED.match(text):
            return False
        kind = next((end for end in DOCUMENT_ENDS if title.endswith(end)), None)
        # or both quote one document in 《》 and end in one word: a page's 关于《某报告》的政策解读
        # over the document's 《某报告》政策解读
        quotes = set(QUOTED.findall(title))
        if (
            kind is None
            and quotes
            and quotes == set(QUOTED.findall(text))
            and "》" not in title[-2:]
        ):
            kind = title[-2:]
        if kind is None or not text.endswith(kind):
            return False
        if SequenceMatcher(None, title, text).ratio() < SAME_DOCUMENT:
            return False
        following = next(self.following_texts(), "")
        return bool(following) and not is_titleish(following)

    def names_what_the_headline_does_not(self, text: str) -> bool:
        """A document's heading under a site's headline that names no document.

        A page may print its own headline (某局“三项制度”) and byline above the document, whose
        heading then names what it is (行政执法全过程记录实施办法); or an organ's name, its mark,
        over its rule's (某县人民政府办公室 / 某县行政执法公示制度(试行)).
        """
        title = self.header.title
        return (
            title is not None
            and names_no_document(title)
            and is_titleish(text)
            and len(text) <= MAX_HEADING_TITLE
            and NUMBERED.match(text) is None
            # under an organ's name alone, a rule's name too (…公示制度, …规定(试行))
            and (
                not names_no_document(text)
                or (is_organ_name(simplified(title)) and names_document(_less_status(text)))
            )
        )

    def page_lead(self, line: Line) -> bool:
        """Note an encyclopedia's lead under the heading (…的通知.是某市人民政府…发布的文件.)."""
        if not self.leads_about_heading(line.text):
            return False
        self.note(line, "page-text", "the page's sentence about the document", Severity.INFO)
        return True

    def leads_about_heading(self, text: str) -> bool:
        """Whether a line opens with the notice's heading read above it and says what it is.

        An encyclopedia's page prints the heading, then a sentence about the document that opens
        with it again (某市人民政府关于印发某方案的通知.是某市人民政府2021年4月6日发布的文件.,
        …的通知是一份政府文件): the sentence is the page's, neither a second heading nor the title.
        """
        heading = self.header.notice_title
        if heading is None:
            return False
        bare = simplified(heading).replace(" ", "")
        line = simplified(text).replace(" ", "")
        return line.startswith(bare) and _SAYS_WHAT.match(line, len(bare)) is not None

    def title_text(self) -> str | None:
        """The title read so far as the lines' text reads it: folded, simplified, unspaced.

        The title keeps the printed characters (全形, 繁體); the lines it is compared with do not.
        """
        title = self.header.title
        return None if title is None else normalise(title)

    def heading_ends(self, text: str) -> str:
        """The heading that starts with ``text``, joined over the lines that continue it."""
        joined = text
        for following in self.lines[self.index : self.index + 5]:
            if joined.endswith("通知") or not following.text.strip(" \t"):
                continue
            if not is_titleish(following.text):
                break
            joined += following.text
        return joined.translate(SIMPLIFIED)

    def start_under(self, line: Line, head: list[Line]) -> None:
        """Start the head on a line, its heading's first part broken off above it if any."""
        self.start(line)
        self.headline_broken(line)
        if head and self.header.title_lines[:1] == [line]:
            self.prepend_title(head)

    def broken_above(self, line: Line) -> list[Line]:
        """The first parts of a late heading, broken off on the lines right above it.

        关于深入推进依法行政加 / 快建设法治政府的实施意见: the line above names no document, and
        joined to the heading it reads more as one (it brings 关于, or a heading's length). A
        title broken over three lines (某区2025年度法 / 治政府建设情况 / 报告) has two such parts.
        """
        kept = self.header.preamble_lines
        head: list[Line] = []
        rest = line.text
        following = self.next_text()
        first_due = False  # the part above a middle part just taken is the title's first
        while len(head) < MAX_TITLE_LINES - 1 and len(kept) > len(head):
            above = kept[-1 - len(head)]
            below = head[0] if head else line
            text = above.text
            if (
                not self.adjoins(above, below)
                or not is_titleish(text)
                or names_document(text)
                or is_chrome(text)
                or META.search(text.translate(SIMPLIFIED))
            ):
                break
            joined = heading_score(text + rest, following)
            alone = heading_score(rest, following)
            middle = not first_due and self.middle_part(kept, len(head), above, rest, following)
            heads = (
                first_due
                or self.heads_a_title(above)
                or middle
                or (not above.gaps and subject_head(text, rest))
                or organ_word_broken(text, rest)
                or place_broken(text, rest)
            )
            if joined < alone or (joined == alone and not heads):
                break
            first_due = middle
            head.insert(0, above)
            rest = text + rest
        del kept[len(kept) - len(head) :]
        return head

    def middle_part(
        self, kept: list[Line], taken: int, line: Line, rest: str, following: str
    ) -> bool:
        """Whether a short part is the middle of a title broken over three lines or more.

        某区2025年 / 度法治政 / 府建设情况报告: the middle part is too short to head a title, but
        the part right above it does, the three are within a heading's lines, and the whole
        reads no less as a heading than the rest alone; the first part opens as a title
        does (a place or an organ, a year, 关于), never as a site's line (某某微信公众号).
        A first part too short to head a title by itself (行政执法 / 全过程记 / 录实施办法) is
        one when it opens with the work or the field a title names (推进…, 行政…, 法治…) and
        the last part ends with a document's kind, as a page's column (通知公告, 首页) never
        opens.
        """
        if taken + 2 >= MAX_TITLE_LINES or len(kept) < taken + 2:
            return False
        first = kept[-2 - taken]
        text = first.text
        bare = text.translate(SIMPLIFIED).strip(" \t")
        whole = heading_score(text + line.text + rest, following)
        return (
            whole >= heading_score(rest, following)
            and (
                (_TITLE_OPENING.match(bare) is not None and self.heads_a_title(first))
                or (
                    not first.gaps
                    and subject_head(text, line.text + rest)
                    and _TITLE_OPENING.match(rest.translate(SIMPLIFIED)) is None
                )
            )
            and not is_chrome(text)
            and META.search(bare) is None
            and self.adjoins(first, line)
            and is_titleish(text)
            and not names_document(text)
            and CLAUSE_MARK.search(line.text) is None
            and not line.gaps
        )

    def adjoins(self, above: Line, below: Line) -> bool:
        """Whether ``above`` stands right over ``below``, or over blank lines only above it.

        A page that spaces its lines prints a heading's parts with a blank line between
        (某某关于表彰奖励 / (blank) / 某某者的决定); a few blank lines part no heading.
        """
        gap = below.number - above.number
        if gap == 1:
            return True
        if not 1 < gap <= MAX_BLANKS_IN_HEADING + 1:
            return False
        low = bisect.bisect_right(self.line_numbers, above.number)
        high = bisect.bisect_left(self.line_numbers, below.number)
        return all(not line.text.strip(" \t") for line in self.lines[low:high])

    @staticmethod
    def heads_a_title(line: Line) -> bool:
        """Whether a line naming no document reads as the first part of a title broken under it.

        A title's head is a run of words (某县2022年 / 林长制工作要点, 行政执法全过 / 程记录实施办法);
        a page's line over a headline is a column's short name (通知公告), an organ's name alone,
        a menu whose words spaces part, a site's motto, its clauses parted by commas, or a date.
        """
        text = line.text.strip(" \t")
        return (
            len(text) >= MIN_TITLE_HEAD
            and not line.gaps
            and CLAUSE_MARK.search(text) is None
            and read_date(text) is None  # a page's date over the headline
            and not is_organ_name(text.translate(SIMPLIFIED))
        )

    def restart(self, line: Line) -> None:
        """Take what was read above a late heading for page text, keeping a number line."""
        header = self.header
        above = list(header.preamble_lines)
        if header.title is not None:
            self.note(
                line,
                "page-text",
                f"page text above the heading: {header.title[:30]}",
                Severity.INFO,
            )
        header.title = None
        header.spans.pop("title", None)
        header.preamble_lines.clear()
        for item in above:
            if header.doc_number is None and DOC_NUMBER.fullmatch(item.text):
                header.doc_number = item.printed(0, len(item.text))
                header.spans["doc_number"] = line_span(item, 0, len(item.text))
            else:
                self.note(
                    item,
                    "page-text",
                    f"page text above the heading: {item.text[:30]}",
                    Severity.INFO,
                )
        self.state = State.START

    def heading_below(self) -> bool:
        """Whether a notice's heading (X关于印发《Y》的通知) stands on one of the next lines.

        Only above the head: once a heading or title is read, what follows is the document's.
        """
        header = self.header
        if header.notice_title is not None or header.title is not None or header.recipients:
            return False
        seen = 0
        for index in range(self.index, len(self.lines)):
            text = self.lines[index].text
            if not text.strip(" \t"):
                continue
            saved, self.index = self.index, index + 1
            try:
                if self.is_notice_title(text) and text.translate(SIMPLIFIED).endswith("通知"):
                    return True
            finally:
                self.index = saved
            seen += 1
            if seen >= HEADING_LOOKAHEAD:
                return False
        return False

    def head_broken_inside(self, line: Line) -> bool:
        """Whether a heading's first line breaks inside its organ's last word, 关于 or its verb.

        A copy breaks a heading where the line was full: 某县人民政府办公室关 / 于印发…的通知,
        某县人民政府办公 / 室关于印发…的通知, 某市人民政府印 / 发《…》的通知, 某市人民政府办公室
        转发关 / 于…的通知. The line holds no 关于 and no figure, mark or space; joined to the line
        right under it, it opens a heading whose organ ends at most a few characters from the
        break, or whose verb or 关于 the break cuts, and the joined lines read as a notice's
        heading.
        """
        text = line.text
        index = self.next_index()
        if (
            index is None
            or index != self.index
            or line.gaps
            or ABOUT.search(text) is not None
            or BARE_NAME.fullmatch(text) is None
        ):
            return False
        joined = text + self.lines[index].text
        head = NOTICE_HEAD.match(joined)
        if head is None:
            return False
        issuer = simplified(head["issuer"])
        # the organ before its verb, where the verb comes before 关于 (某办公室转发关于…)
        if PRINTS.fullmatch(issuer[-2:]) is not None:
            issuer = issuer[:-2]
        at = head.start("issuer") + len(issuer)
        verb = PRINTS.match(simplified(joined), at)
        about = ABOUT.match(joined, verb.end() if verb is not None else at)
        if about is None and verb is None:
            return False
        # the end of the heading's opening words: its organ, its verb, 关于
        opening = about.end() if about is not None else verb.end() if verb is not None else at
        inside = (
            at < len(text) < opening  # inside its verb or 关于: 某办公室转发关 / 于…
            or at == len(text) - 1
            or (
                len(text) < at <= len(text) + MAX_ORGAN_TAIL and not is_organ_name(simplified(text))
            )
            or place_cut_from_its_level(text, joined[len(text) :])
            or place_name_cut(text, joined[len(text) :])  # 乌鲁木 / 齐市人民政府关于…
        )
        if not inside or not is_organ_name(issuer):
            return False
        self.index = index + 1
        try:
            return self.is_notice_title(joined)
        finally:
            self.index = index

    def title_follows(self, line: Line) -> bool:
        """Organs' names on the lines above a title that begins with 关于 (the title's head).

        Or joint organs one a line, the last run on into the heading (中共某县委办公室 / 某县人民
        政府办公室关于印发…), or the first part of an organ's name broken wherever the line was
        full (中共某县委全面依法治县 / 委员会办公室关于印发…).
        """
        text = line.text
        if NOTICE_HEAD.match(text):
            return False
        # a name alone on its line, unspaced: no page's field (所属单位:…) nor menu
        bare = BARE_NAME.fullmatch(text) is not None and not line.gaps
        after = self.next_text()
        broken = bare and (opens_an_organ(text) or place_name_cut(text, after))
        # an organ's name broken over two lines or three above 关于 (某县人 / 民政府 / 关于…,
        # 某县 / 人民政府 / 办公室 / 关于…): the lines that finish it
        split = self.name_split_lines(text) if broken else 0
        if (
            not is_organ_name(text)
            and not (broken and organ_broken_over(text, after))
            and not split
        ):
            return False
        for seen, following in enumerate(self.following_texts(), 1):
            if seen <= split:
                continue
            if following.startswith(("关于", "關于", "關於", *VERBS)):
                return self.heading_from(seen, following)
            head = NOTICE_HEAD.match(following)
            issuer = simplified(head["issuer"]) if head is not None else ""
            # not the organ's mark over a heading that names it again (某县人民政府 / 县人民政府关于…)
            other = issuer and not simplified(text).endswith(issuer) and text not in issuer
            if bare and other and is_organ_name(issuer):
                # the last organ runs on into the heading, or the broken name's tail does
                return self.is_notice_title(following)
            # an organ's name, or its last word (办公室), on each line of the few above 关于
            if seen > split + MAX_ORGAN_LINES or not is_organ_name(following):
                return False
        return False

    def name_split_lines(self, text: str) -> int:
        """How many lines under ``text`` finish the organ's name it opens; 0 if none does.

        A narrow heading breaks a long organ's name wherever its line was full, over two lines
        or three (某县人 / 民政府, 中共某县委全面依 / 法治县委员会办公室, 某县 / 人民政 / 府办公室):
        the lines joined name an organ, and none before the last finishes it.
        """
        name = text
        for seen, following in enumerate(self.following_texts(), 1):
            if seen > MAX_ORGAN_LINES or not name_split_over(name, following):
                joined = name + following
                if (
                    seen > MAX_ORGAN_LINES
                    or BARE_NAME.fullmatch(following) is None
                    or ABOUT.search(following) is not None
                    or len(joined) > MAX_ISSUER
                ):
                    return 0
                name = joined
                continue
            return seen
        return 0

    def heading_from(self, seen: int, text: str) -> bool:
        """Whether the ``seen``-th line on, opening with 关于 or a verb, is a notice's heading.

        Read from the lines under it, as a heading that opens the text is: a heading printed
        over four lines (某县人民政府办公室 / 关于印发 / 某县…实施方案 / 的通知) goes on past
        the line under its verb.
        """
        start = self.index
        count = 0
        for index in range(start, len(self.lines)):
            if self.lines[index].text.strip(" \t"):
                count += 1
                if count == seen:
                    self.index = index + 1
                    break
        try:
            return self.is_notice_title(text)
        finally:
            self.index = start

    def next_index(self) -> int | None:
        for index in range(self.index, len(self.lines)):
            if self.lines[index].text.strip(" \t"):
                return index
        return None

    def following_texts(self) -> Iterator[str]:
        """The texts of the lines from the current one on, blank lines left out."""
        # by index, not over a copy of the rest: the first text alone is mostly wanted
        for index in range(self.index, len(self.lines)):
            text = self.lines[index].text
            if text.strip(" \t"):
                yield text

    def next_text(self) -> str:
        return next(self.following_texts(), "")

    def is_notice_title(self, text: str) -> bool:
        """A document title with 关于: ``X关于印发《Y》的通知``, possibly over several lines.

        A page may cut 的通知 off the heading (X关于印发《Y》): the heading still carries Y.
        """
        folded = simplified(text)  # a call for comments (征求…意见) says so in its words
        if CUT_HEADING.fullmatch(text) or ("征求" in folded and calls_for_comments(folded)):
            return True  # a call for comments sends its draft as a notice sends a plan
        if text.endswith(VERBS) and len(text) <= MAX_ISSUER * 2:
            # X印发 / 关于完善…的意见的通知, the verb closing the first line; the title it prints
            # may break over a line more (X关于印发 / 某市推动…建设 / 行动方案的通知)
            return self.verb_closes_a_line()
        trailing = TRAILING_NUMBER.search(text)
        if trailing is not None:
            text = text[: trailing.start()]
        head = NOTICE_HEAD.match(text)
        if head is None or not is_titleish(text) or len(head["issuer"]) > MAX_ISSUER * 2:
            return False
        if head["issuer"] == "" or text.endswith(DOCUMENT_ENDS):
            return True
        joined = text
        for following in self.lines[self.index : self.index + 10]:
            if not following.text.strip(" \t"):
                continue
            if not is_titleish(following.text) or META.match(simplified(following.text)):
                break
            joined += following.text
            if joined.endswith(DOCUMENT_ENDS):
                return True
        return False

    def heading_closes_below(self, taken: int) -> bool:
        """Whether a heading of ``taken`` lines may take the next: a long one, if they close it.

        A heading printed over six lines and more (某县人民政府 / 办公室 / 关于印发某县提升 /
        行政执法质量三年行动计划 / (2023—2025年)实施方案 / 的通知) goes on to its 的通知 over
        a title's parts only: a line that closes a sentence or a clause, a recipient's line
        (…：), a part's number (一、) is the text's, and the heading stops above it.
        """
        if taken < LONG_HEADING_LINES:
            return True  # a heading of a few lines: its lines' own tests bound it
        for seen, following in enumerate(self.following_texts(), taken + 1):
            if (
                seen > MAX_HEADING_LINES
                or CLAUSE_MARK.search(following) is not None
                or _PART_NUMBER.match(following) is not None
                or not is_titleish(following)
            ):
                return False
            if simplified(following).endswith("通知"):
                return True
        return False

    def verb_closes_a_line(self) -> bool:
        """Whether the line after a heading's line that ends in its verb ends in 通知.

        Or a line after it, the title the notice prints broken over the lines between them (X关于
        印发 / 某市推动…建设 / 行动方案的通知, X关于印发 / 某省人民 / 政府发文办理 / 工作规则的通知):
        short parts of a title, no sentence, no other title.
        """
        # the name over as many lines as a long heading gives it, under its organ and verb
        texts = list(itertools.islice(self.following_texts(), MAX_HEADING_LINES - 2))
        if texts and texts[0].endswith("通知"):
            return True
        if len(texts) >= 2 and texts[0].endswith("的") and texts[1] == "通知":
            return True  # broken inside its last words (关于印发 / 《Y》的 / 通知)
        for middle, following in itertools.pairwise(texts):
            if not _title_part(middle, following):
                return False
            if following.endswith("的通知"):
                return True
        return False

    def lists_more(self, text: str) -> bool:
        """Whether the lines after a cut heading name more documents it prints, to its 的通知.

        关于印发《甲》 / 《乙》 / 《丙》的通知: the heading goes on. Not when the next line names
        the document the heading holds (the plan's own title under the heading, 《甲》), nor
        when no line closes the run with 的通知.
        """
        for number, following in enumerate(self.following_texts()):
            if number >= MAX_LISTED or not LISTED.fullmatch(following):
                return False
            if number == 0 and all(name in text for name in _NAMED.findall(following)):
                return False  # the document the heading names, printed again under it
            if following.endswith("的通知"):
                return True
        return False

    def notice_title(self, line: Line) -> None:
        lines = [line]
        text = line.text
        while (
            not text.endswith("通知")
            and not TRAILING_NUMBER.search(text)
            and not (
                CUT_HEADING.fullmatch(text)
                and not CLOSING.fullmatch(self.next_text())
                and not self.lists_more(text)  # the next documents it prints
            )
            and self.index < len(self.lines)
        ):
            following = self.lines[self.index]
            if not following.text.strip(" \t") or self.printed_twice(following, lines[-1]):
                self.index += 1
                continue
            if not heading_goes_on(text, following.text) or not self.heading_closes_below(
                len(lines)
            ):
                break
            if (
                whole_title(text)
                and not text.endswith("》")
                # a subtitle under a dash that names the document goes with it (关于…的意见 /
                # ——某县2024年…工作要点)
                and not dash_subtitle(following.text)
                and text.count("《") <= text.count("》")  # a title in 《》 still open goes on
                and not closes_the_heading(following.text)  # …工作要点 / 的通知: one heading
                and not closes_a_call(following.text)  # …实施方案 / 公开征求意见的公告
                # a line that opens with a clause's 的 is no title of its own: the heading
                # broken after a document it qualifies (关于印发区政府工作报告 / 确定的…方案的通知)
                and not (ABOUT.search(text) and _QUALIFIES.match(following.text))
                and not self.prints_on_to_its_close(text)  # …工作报告 / 重点工作分工方案的通知
            ):
                break
            if self.under_the_heading(following.text) or heading_under_headline(
                text, following.text
            ):
                break
            lines.append(following)
            text += following.text
            self.index += 1
        printed = "".join(item.printed(0, len(item.text)) for item in lines)
        number = TRAILING_NUMBER.search(text)
        if number is not None:
            # a number printed after the title: 《…》的通知(岳办发〔2017〕2号)
            last = lines[-1]
            begin = len(last.text) - len(number.group()) + 1
            if begin > 0 and self.header.doc_number is None:
                # as printed: 韶府〔2019〕31號 keeps its traditional 號
                self.header.doc_number = last.printed(begin, len(last.text) - 1)
                self.header.spans["doc_number"] = line_span(last, begin, len(last.text) - 1)
            printed = (
                printed[: len(printed) - len(number.group())].rstrip()
                if printed.endswith((")", "）"))
                else printed
            )
        suffix = self.next_index()
        if (
            suffix is not None
            and not text.endswith("通知")
            and is_period_suffix(self.lines[suffix].text)
        ):
            # a heading that is its own title, with its period under it: (2011-2015年)
            lines.append(self.lines[suffix])
            printed += self.lines[suffix].printed(0, len(self.lines[suffix].text))
            self.index = suffix + 1
        self.header.notice_title = without_site_mark(printed)
        self.dashed_line_under(text)
        issuer = NOTICE_ISSUER.match(text) or NOTICE_HEAD.match(text)
        if issuer is not None and issues_notice(issuer["issuer"].strip()):
            self.header.notice_issuer = "、".join(notice_issuers(lines, issuer))
        self.header.spans["notice_title"] = Span(
            start=lines[0].offset(0), end=lines[-1].end_offset(len(lines[-1].text))
        )

    def dashed_line_under(self, heading: str) -> None:
        """Note a line under a document's heading that a dash opens and that names no document.

        Under a heading that is its own document (某县关于…的意见), such a line says when
        (——2024年至2025年): no title, and no part of the heading.
        """
        index = self.next_index()
        if index is None or heading.endswith("通知"):
            return
        line = self.lines[index]
        bare = simplified(line.text).strip(" \t\u3000")
        if (
            _DASH_OPENING.match(bare)
            and not dash_subtitle(bare)
            # a meeting's note (——2023年1月10日在…会议上) is read as one
            and DASHED_NOTE.match(bare) is None
            and UNDATED_DELIVERY.fullmatch(bare) is None
        ):
            self.index = index + 1
            self.note(line, "dated-note", f"a note under the heading: {line.text}", Severity.INFO)

    def prints_on_to_its_close(self, text: str) -> bool:
        r"""Whether a heading that prints a document goes on past a kind named inside its name.

        The name a heading prints may hold another document's kind (…政府工作报告重点工作分工
        方案, …三年行动计划(2023—2025年)实施方案): a line that ends there, under which the rest
        of the name runs, over one line or two, to the notice's last words (的通知), is no whole
        heading. The lines under it are short parts of a name: no sentence, no number, no
        heading of its own (某县人民政府关于…), no document the heading lists in 《》.

        Examples:
            >>> from rulegov.parse._text import split_lines
            >>> reader = _Reader(split_lines("某县关于印发某县政府工作报告\n重点工作分工方案的通知"))
            >>> reader.index = 1
            >>> reader.prints_on_to_its_close("某县关于印发某县政府工作报告")
            True
            >>> reader.prints_on_to_its_close("某县关于某县政府工作的报告")
            False
        """
        if PRINTS.search(simplified(text)) is None:
            return False
        for seen, following in enumerate(self.following_texts()):
            bare = simplified(following).strip(" \t")
            if (
                seen >= MAX_CLOSING_PARTS
                or not is_titleish(bare)
                or CLAUSE_MARK.search(bare) is not None
                or bare.startswith("《")
                or DOC_NUMBER.search(bare) is not None
                or ABOUT.search(bare) is not None
            ):
                return False
            if bare.endswith("的通知"):
                return True
        return False

    def printed_twice(self, line: Line, above: Line) -> bool:
        """A heading's line printed again right under itself (a site's cut title, then the copy's).

        The two are one line of the heading.
        """
        if line.text != above.text or len(line.text) < MIN_CUT_TITLE:
            return False
        self.note(line, "page-text", f"printed twice: {line.text[:30]}", Severity.INFO)
        return True

    @staticmethod
    def under_the_heading(text: str) -> bool:
        """A line under a heading that is no part of it: a site's byline, a meeting's note."""
        folded = text.translate(SIMPLIFIED)
        return META.search(folded) is not None or is_chrome(text) or bool(DATED_NOTE.match(text))

    def address_runs_on(self, text: str) -> str | None:
        """A recipient list broken over lines: this line ends in a comma, a later one in ``:``.

        A list set in narrow lines may also break inside a name (各市 / (区)司法局), even inside
        its last word (市政府各部 / 门、各直属机构:): then the lines joined must read as an address
        whose every name is an organ's. Returns the lines joined, or None.
        """
        if "。" in text or len(text) > MAX_RECIPIENTS:
            return None
        if self.whole_addressees(text, self.next_text()):
            return self.address_of_whole_lines(text)
        if not re.search("[,;、]", text):
            return None
        at_comma = text.endswith((",", ";", "、"))
        if (
            not at_comma
            and (text.endswith((":", "!", "?", *ORGAN_ENDS)) or plan_kind(text) is not None)
            and not word_broken(text, self.next_text())
        ):
            return None  # a whole line (an issuer, a title), not one broken inside a name
        joined = text
        for seen, following in enumerate(self.following_texts(), 1):
            joined += following
            if is_address(following):
                organs = is_address(joined) and "," in joined and names_organs(joined)
                return joined if at_comma or organs else None
            broken = not following.endswith((",", ";", "、")) and (
                at_comma or following.endswith((":", "!", "?"))
            )
            if "。" in following or seen >= MAX_ADDRESS_LINES or broken:
                break
        return None

    def whole_addressees(self, text: str, following: str) -> bool:
        """Whether a line names whole addressees with no mark after the last, the list going on.

        各乡镇人民政府 / 县直各部门: — a list set one class of organs a line, its commas left
        out; never a line broken inside a name (市政府各部 / 门…, 各市 / (区)司法局), nor one
        organ's name (the issuer's, over an address of its own). Each line is read so once: the
        address rules ask again of the lines below the one they read.
        """
        known = self.addressees.get((text, following))
        if known is None:
            known = (
                not text.endswith((",", ";", "、", ":"))
                and COLLECTIVE_ADDRESS.search(text) is not None
                and names_organs(text)
                and not word_broken(text, following)
                and not following.startswith("(")
            )
            self.addressees[text, following] = known
        return known

    def address_of_whole_lines(self, text: str) -> str | None:
        """An address whose lines each name whole addressees, up to one that ends in ``:``.

        The last line may be the colon alone; under a notice's heading, the colon may be left
        out over the notice's sentence (现将…) when two lines or more name addressees. Returns the
        names joined by commas, or None.
        """
        joined = text
        texts = list(itertools.islice(self.following_texts(), MAX_ADDRESS_LINES + 1))
        for seen, following in enumerate(texts[:MAX_ADDRESS_LINES], 1):
            if following == ":":
                return joined + ":"
            if is_address(following) and names_organs(following):
                return f"{joined},{following}"
            if self.header.notice_title is not None and any(w in following for w in NOTICE_WORDS):
                return joined if seen > 1 else None  # 各乡镇人民政府 / 县直各部门 / 现将…
            after = texts[seen] if seen < len(texts) else ""
            if not self.whole_addressees(following, after):
                return None
            joined += "," + following
        return None

    def number_before_address(self, line: Line) -> Line:
        """The address without the document number a copy ran onto its start.

        A law library or a gazette may print the number in brackets and the address on one
        line ((某政发〔1994〕103号)某州,各县人民政府:), or the number glued to the address
        without them (某政发〔1994〕103号各县人民政府:): the number is the document's, read as a
        number alone on its line would be, and no part of the first recipient.
        """
        found = NUMBER_BEFORE_ADDRESS.match(line.text)
        if found is None or DOC_NUMBER.fullmatch(found["number"]) is None:
            return line
        head, rest = line.split(found.end())
        if not self.numbers_only(head):
            self.note(head, "page-text", f"a number before the address: {head.text}", Severity.INFO)
        return rest

    def recipients_over_lines(self, line: Line) -> None:
        line = self.number_before_address(line)

        lines = [line]
        while (
            self.index < len(self.lines)
            and not is_address(lines[-1].text)
            and lines[-1].text != ":"
        ):
            following = self.lines[self.index]
            if any(word in following.text for word in NOTICE_WORDS):
                break  # an address with no colon, over the notice's sentence
            self.index += 1
            if following.text.strip(" \t"):
                lines.append(following)
        names: list[str] = []
        broken = False  # the line before ended inside a name
        for position, item in enumerate(lines):
            text = item.text.rstrip(":")
            parts = [item.printed(begin, end) for begin, end in split_recipients(text)]
            if broken and names and parts:
                names[-1] += parts.pop(0)
            names.extend(parts)
            # a line that ends inside a name, or after a 、 that joins names under one head;
            # not one that names whole addressees (各乡镇人民政府 / 县直各部门:)
            below = lines[position + 1].text if position + 1 < len(lines) else ""
            broken = not text.endswith((",", ";")) and not self.whole_addressees(text, below)
        self.header.recipients = names
        last = lines[-1]
        self.header.spans["recipients"] = Span(
            start=line.offset(0), end=last.end_offset(len(last.text) - 1)
        )
        self.state = State.NOTICE

    def recipients(self, line: Line, *, colon: bool = True) -> None:
        """The address: the line's names, before the ``:`` that ends it when ``colon``."""
        line = self.number_before_address(line)
        text = line.text
        end = len(text) - 1 if colon else len(text)
        names = split_recipients(text[:end])
        self.header.recipients = [line.printed(begin, stop) for begin, stop in names]
        self.header.spans["recipients"] = line_span(line, 0, end)
        self.state = State.NOTICE

    def notice(self, line: Line) -> None:
        text = line.text
        if PUBLIC_NOTE.fullmatch(text):
            # the notice's own note over its signature, on a line of its own: (此件公开发布)
            self.note(line, "publication-note", f"publication note: {text}", Severity.INFO)
            return
        if (
            self.pending
            and all(_signs(item.text) for item in self.pending)
            and self.signature_number(line)
        ):
            return  # 某县人民政府办公室 / 某政办发〔2023〕5号 / 2023年5月10日: no signer
        short = (
            len(text) <= MAX_ISSUER
            and not any(mark in text for mark in "。,;:!?")
            and CLOSING_FORMULA.fullmatch(text) is None  # 特此通知 closes the text, signs nothing
        )
        # joint issuers sign on lines of their own: organ names, one above the other
        joint = (
            short
            and len(self.pending) < MAX_SIGNERS
            and _signs(text)
            and all(_signs(item.text) for item in self.pending)
        )
        # or one organ's name broken over two lines where the line was full
        joint = joint or (
            short and len(self.pending) == 1 and name_broken_over(self.pending[0].text, text)
        )
        named = plan_kind(text) is not None and is_titleish(text) and not self.date_follows()
        if named and self.carrying_sentence(text):
            named = False  # the notice's sentence, broken after the title it names: 《Y》 / 已经…
        head = self.title_head() if named else []
        if self.pending and not joint:
            self.header.notice_lines.extend(self.pending)
            self.pending = []
        if named:
            self.title(line)
            if head:
                self.prepend_title(head)
        elif short:
            self.pending.append(line)
        else:
            self.header.notice_lines.append(line)

    def carrying_sentence(self, text: str) -> bool:
        """Whether a line opening on a title in 《》 is the notice's sentence that carries it.

        A copy of a paged file breaks the sentence anywhere: after the title (《Y》 / 已经…),
        inside what follows it (《Y》已经县 / 政府同意,现印发给你们), or before it ends (现将《Y》
        印发给 / 你们,请…): a line with the notice's words is never the plan's title. A title
        may name what it carries out (某县贯彻执行《…条例》实施方案): 贯彻执行 and 遵照执行 are
        the sentence's only where they end the line (…请认真贯彻执行。).
        """
        bare = text.rstrip("。")
        if any(word in text for word in NOTICE_WORDS if word not in _TITLE_VERBS) or bare.endswith(
            _TITLE_VERBS
        ):
            return True  # 现将《Y》印发给 / 你们,请…: the sentence, broken after it names Y
        opened = NAMED_TITLE.match(text)
        if opened is None:
            return False
        rest = text[opened.end() :]
        following = rest or self.next_text()
        return SENTENCE_GOES_ON.match(following) is not None

    def title_head(self) -> list[Line]:
        """The lines of a title broken above the line that names the plan, after a signature.

        A plan printed under its notice may break its title over lines: 某局、某局 / 关于在公民中
        开展…的 / 第八个五年规划. A line that cannot end a title (…的, or 关于… without a
        document's name) goes with the name below it, and so does the organ above a 关于 line.
        """
        if not self.pending:
            return []
        last = self.pending[-1]
        bare = last.text.translate(SIMPLIFIED)
        if len(self.pending) > 1 or bare.endswith(DOCUMENT_ENDS):
            return []
        if not (bare.endswith("的") or bare.startswith("关于")):
            return []
        head = [last]
        self.pending = []
        above = self.header.notice_lines[-1] if self.header.notice_lines else None
        if (
            bare.startswith("关于")
            and above is not None
            and is_organ_name(above.text)
            and last.number - above.number == 1 + self.blanks_between(above, last)
        ):
            head.insert(0, self.header.notice_lines.pop())
        return head

    def blanks_between(self, first: Line, second: Line) -> int:
        between = [line for line in self.lines if first.number < line.number < second.number]
        return sum(1 for line in between if not line.text.strip(" \t"))

    def prepend_title(self, head: list[Line]) -> None:
        """Put the title's first lines before the part already read."""
        header = self.header
        printed = "".join(item.printed(0, len(item.text)) for item in head)
        header.title = printed + (header.title or "")
        header.title_lines = [*head, *header.title_lines]
        end = header.spans["title"].end if "title" in header.spans else head[-1].end_offset(0)
        header.spans["title"] = Span(start=head[0].offset(0), end=end)

    def organs_over_date(self) -> int | None:
        """How many organs' lines stand between the current line and a date under them, if any.

        Joint signers print one a line over the date (中共某县委 / 某县人民政府 / 2023年5月10日):
        the lines that follow are organs' names, then the date.
        """
        for count, text in enumerate(self.following_texts()):
            if read_date(text) is not None:
                return count if META.search(text.translate(SIMPLIFIED)) is None else None
            if count + 1 >= MAX_SIGNERS or not is_organ_name(text):
                return None
        return None

    def date_follows(self) -> bool:
        """Whether the next line is a date (of a signature: a site's dated byline is no such)."""
        for line in self.lines[self.index :]:
            if line.text.strip(" \t"):
                return (
                    read_date(line.text) is not None
                    and META.search(line.text.translate(SIMPLIFIED)) is None
                )
        return False

    def suffix_lines(self, lines: list[Line]) -> None:
        """Append to the title's lines the suffixes printed on lines of their own."""
        for _ in range(MAX_SUFFIX_LINES):
            following_index = self.next_index()
            if following_index is None:
                break
            following = self.lines[following_index].text
            run = TITLE_SUFFIX_RUN.fullmatch(following)
            # or the period opens the title's last line, which names the kind of plan:
            # 某某三年行动计划 / (2023—2025年)实施方案
            ends = run is not None and plan_kind(run["end"].translate(SIMPLIFIED)) is not None
            # or the kind alone under a title that ends with its period (某某三年行动计划
            # (2023—2025年) / 实施方案): the plan that carries the one named out
            ends = ends or (
                lines[-1].text.rstrip(" \t").endswith(")")
                and len(following.strip(" \t")) <= MAX_KIND_ALONE
                and names_document(following)
                and ends_a_name(following)
            )
            # or the period with a bracket a copy lost, or printed without any: 2015—2020年)
            loose = _LOOSE_PERIOD.fullmatch(following.strip(" \t")) is not None
            if not is_period_suffix(following) and not ends and not loose:
                # or that last line broken again after the period, inside the kind's name:
                # 某某三年行动计划 / (2023—2025年)实 / 施方案, (2024—2026年)工作方 / 案
                rest = self.kind_broken_after_period(following, following_index)
                if rest is not None:
                    lines.extend((self.lines[following_index], rest))
                    self.index = self.lines.index(rest, following_index) + 1
                break
            # a suffix on a line of its own: (2021—2025年), (试行), (征求意见稿)
            lines.append(self.lines[following_index])
            self.index = following_index + 1
            if ends:
                break

    def kind_broken_after_period(self, text: str, index: int) -> Line | None:
        """The line that ends a plan's kind opened after the period on the line at ``index``.

        某某三年行动计划 / (2023—2025年)实 / 施方案: the period, then the first characters of
        the kind, whose rest alone (a few characters, no sentence) the line right under it
        prints; joined, they name the plan's kind and end its name.
        """
        opened = _PERIOD_THEN_WORDS.fullmatch(text.strip(" \t"))
        if opened is None or not is_period_suffix(opened["period"]):
            return None
        self.index, saved = index + 1, self.index
        try:
            below = self.next_index()
        finally:
            self.index = saved
        if below is None or not self.adjoins(self.lines[index], self.lines[below]):
            return None
        rest = self.lines[below]
        bare = simplified(rest.text).strip(" \t")
        joined = simplified(opened["end"]) + bare
        if (
            not bare
            or len(bare) > MAX_KIND_ALONE
            or BARE_NAME.fullmatch(bare) is None
            or plan_kind(joined) is None
            or not ends_a_name(joined)
            or plan_kind(simplified(opened["end"])) is not None  # whole on its line already
        ):
            return None
        return rest

    def title(self, line: Line) -> None:
        header = self.header
        bare = simplified(line.text).strip(" \t")
        if _BARE_TEXT_LABEL.fullmatch(bare) or self.labels_the_title_below(bare):
            # a page's label over the text it prints (全文, 政策全文, 文件原文) or its column's
            # name (民族政策) names no document
            self.note(line, "page-text", f"the page's label: {line.text}", Severity.INFO)
            return
        lines = self.title_lines(line)
        tail = self.name_tail(lines)
        if tail is not None:
            lines.append(tail)
            self.index = self.lines.index(tail, self.index) + 1
        self.suffix_lines(lines)
        if header.title is not None and header.title_lines:
            # a title the document prints again below (a page's title over an order's head,
            # the order's own under its signature) is the page's; any other is not recognised
            again = "".join(item.text for item in header.title_lines) == "".join(
                item.text for item in lines
            )
            for old in header.title_lines:
                if again:
                    self.note(
                        old, "page-text", f"printed again below: {old.text[:30]}", Severity.INFO
                    )
                else:
                    self.note(
                        old,
                        "unclassified-line",
                        "a title-like line not recognised",
                        Severity.WARNING,
                    )
        alone = next((item for item in lines[1:] if PAGE_TITLE_ALONE.fullmatch(item.text)), None)
        if alone is not None:
            # a label over the title in 《》 on its own line (政策全文 / 《…》): the title
            self.page_title(alone, 1, len(alone.text) - 1)
            header.title = alone.printed(1, len(alone.text) - 1)
            header.title_lines = [alone]
            header.spans["title"] = line_span(alone, 1, len(alone.text) - 1)
            self.state = State.TITLED
            return
        self.set_title(lines)

    def title_lines(self, line: Line) -> list[Line]:
        """The lines of a title broken over up to three lines, until one names the plan's kind."""
        lines = [line]
        text = line.text
        start = self.index
        while (
            (plan_kind(bare := TEXT_TAIL.sub("", text)) is None or not ends_a_name(bare))
            and self.index < len(self.lines)
            and len(lines) < 3
            and not text.rstrip(" \t").endswith("|")  # a table's cell ends with its rule
        ):
            following = self.lines[self.index]
            if not following.text.strip(" \t"):
                self.index += 1
                continue
            if not is_titleish(following.text) or read_date(following.text) is not None:
                break
            if DATED_NOTE.match(following.text) or is_heading_row(following):
                # a meeting's dated note under the title, or the heading row of the table under
                # it (序号 工作任务 …), is no part of it
                break
            if (
                META.search(following.text.translate(SIMPLIFIED))
                or is_chrome(following.text)
                or category_tag_under(text, following.text)
            ):
                # a byline under the title (发布时间:… 来源:…), a breadcrumb (当前位置:…) or the
                # site's category tag (政策) is the page's, not the title's
                break
            if (
                (names_document(text) and ABOUT.match(following.text))
                or self.heading_opens_below(text, following)
                or self.owns_the_title_below(lines, following.text)
            ):
                # a title whole on its line, then another heading (关于…); or a site's name
                # over a heading that opens with its organ (某市人民政府关于…); or an organ's
                # name over its plan's title, which names the place again (某县某局 / 某县…计划)
                break
            lines.append(following)
            text += following.text
            self.index += 1
        # a site's label after the title's last line (…工作报告(全文)) is no part of its kind
        named = plan_kind(TEXT_TAIL.sub("", text)) is not None
        if not named and len(lines) > 1 and self.organ_over_year(lines):
            lines = lines[:2]
            self.index = self.lines.index(lines[1], start) + 1
        elif not named and len(lines) > 1:
            # no plan named: the lines that join into a title the notice carries in 《》
            # (政府工作报告“十四五”时期 / 重点工作责任分解), else those that end a rule's name
            # (…大会 / …公文处理办法), else one
            chosen = self.carried_lines(lines) or rule_lines(lines)
            # a category's word under a line that leaves the name open ends the name
            # (某县关于清理地方性 / 法规, …发展的若干 / 政策)
            ended = not category_tag_under(lines[0].text, lines[1].text)
            lines = lines[:2] if len(chosen) == 1 and ended and _ends_open(lines) else chosen
            self.index = start
            for kept in lines[1:]:
                self.index = self.lines.index(kept, self.index) + 1
        return lines

    def name_tail(self, lines: list[Line]) -> Line | None:
        """The line that ends a title's name past the kind its lines end with, if one does.

        A title may name a document inside its own name (某县法治政府建设实施方案 / 任务分工表,
        某县“八五”普法规划 / 中期评估实施方案): the short line right under it that ends a name
        again (a plan's kind, a rule's, a table's or a division's) goes on with it. Not a line
        that opens a title of its own (a place, a year, 关于, 《), a sentence, a number, a
        period or status in brackets, nor a line apart in spaced words.
        """
        text = "".join(line.text for line in lines)
        if len(lines) >= MAX_TITLE_LINES - 1 or not (
            ends_a_name(TEXT_TAIL.sub("", text)) and names_document(text)
        ):
            return None
        index = self.next_index()
        if index is None or not self.adjoins(lines[-1], self.lines[index]):
            return None
        following = self.lines[index]
        bare = following.text.translate(SIMPLIFIED).strip(" \t")
        if (
            len(bare) > MAX_NAME_TAIL
            or (following.gaps and len(following.gaps) < len(bare) - 1)  # spaced all through
            or not "\u4e00" <= bare[:1] <= "\u9fff"
            or CLAUSE_MARK.search(bare) is not None
            or _TITLE_OPENING.match(bare) is not None
            or is_heading_row(following)
            or _NUMBERED_OPENING.match(bare) is not None
        ):
            return None
        ends = bare.endswith((*RULE_ENDS, *DIVISION_ENDS)) or (
            plan_kind(bare) is not None and ends_a_name(bare)
        )
        if ends and self.heads_items(following, index):
            return None  # a label over the items right under it (任务分工 / 一、…), no name's end
        return following if ends else None

    def heads_items(self, line: Line, index: int) -> bool:
        """Whether a line stands right over a numbered item (一、, (一), 1.), no blank line between.

        A title is set apart from the text under it; a part's label heads its items.
        """
        below = self.lines[index + 1] if index + 1 < len(self.lines) else self.body
        if below is None:
            return False
        text = simplified(below.text).lstrip(" \t")
        return below.number == line.number + 1 and _ITEM_OPENING.match(text) is not None

    def heading_opens_below(self, text: str, following: Line) -> bool:
        """Whether ``following``, the line at the reader's place, opens a heading of its own.

        As a whole line (某市人民政府办公厅关于…), or broken inside its organ, its verb or 关于
        (某县人民政府办公室关 / 于印发…), read with the line under it.
        """
        if self.opens_a_heading(text, following.text):
            return True
        start = self.index
        self.index = start + 1
        try:
            broken = self.head_broken_inside(following)
            below = self.next_index() if broken else None
        finally:
            self.index = start
        return below is not None and self.opens_a_heading(
            text, following.text + self.lines[below].text
        )

    @staticmethod
    def opens_a_heading(text: str, following: str) -> bool:
        """Whether the next line opens a heading of its own: an organ's name, then 关于.

        A heading starts with the organ that issues it (某市人民政府办公厅关于印发…的通知), so the
        line above it is no first part of it (a site's name, 某某政策服务平台), unless that line
        names an organ too: joint issuers broken one a line (中共某省委 / 某省人民政府关于…); not
        one whose name the heading's organ opens with, its own site's (某县人民政府 / 某县人民
        政府办公室关于…).
        """
        opened = NOTICE_HEAD.match(following)
        if opened is None or not ABOUT.match(following, len(opened["issuer"])):
            return False
        issuer = opened["issuer"].translate(SIMPLIFIED)
        names = text.translate(SIMPLIFIED).split()
        if len(names) == 1 and organ_broken_over(names[0], following):
            return False  # the organ's name broken inside (某自治区人民 / 政府关于…)
        if len(names) == 1 and issuer.startswith(names[0]) and issuer != names[0]:
            return True  # a site's name over its office's heading (某县人民政府 / 某县人民政府办公室关于…)
        return is_organ_name(issuer) and not all(is_organ_name(name) for name in names)

    def labels_the_title_below(self, text: str) -> bool:
        """Whether a short line is a page's column over a heading whole on the line below.

        民族政策 / 某省民族团结进步创建活动规划纲要: the heading opens with its place and names
        its kind, so nothing stands before it; the column's name above it (a few characters,
        no organ, no year, no kind of document) is the page's.
        """
        if (
            len(text) > _LONGEST_COLUMN_LABEL
            or not _COLUMN_LABEL.fullmatch(text)
            or text.startswith(("中共", "关于"))
            or is_organ_name(text)
            or names_document(text)
        ):
            return False
        below = simplified(self.next_text()).strip(" \t")
        place = OWN_PLACE.match(below)
        return (
            place is not None
            and not any(char.isdigit() for char in place.group())
            and ABOUT.search(below) is None
            and plan_kind(below) is not None
            and ends_a_name(below)
        )

    def owns_the_title_below(self, lines: list[Line], following: str) -> bool:
        """Whether an organ's name stands alone over a plan's title that names its place again.

        某县发展和改革局 / 某县2021年重点项目建设计划: the title opens with the place the organ's
        name opens with, so it does not go on the organ's name (某县司法局 / 2021年工作要点
        does). The organ is the page's mark: the issuer where nothing else names one.
        """
        text = lines[0].text.translate(SIMPLIFIED)
        below = following.translate(SIMPLIFIED)
        place = OWN_PLACE.match(text)
        owns = (
            len(lines) == 1
            and place is not None
            and is_organ_name(text)
            and below.startswith(place.group())
            and not ABOUT.search(below)
            and (names_document(below) or ends_a_name(below))  # …制度(试行) too
        )
        if owns:
            self.header.mark_issuer = lines[0].printed(0, len(lines[0].text))
            self.header.mark_span = line_span(lines[0], 0, len(lines[0].text))
        return owns

    @staticmethod
    def organ_over_year(lines: list[Line]) -> bool:
        """A heading broken after the body's name, its year's account on the next line.

        某省交通运输厅 / 2025年法治政府部门建设工作情况: the body alone, then a year that opens
        what the body reports on.
        """
        first, second = lines[0].text, lines[1].text
        joined = (first + second).translate(SIMPLIFIED)
        return (
            is_organ_name(first.translate(SIMPLIFIED))
            and YEAR_LINE.match(second) is not None
            and (joined.endswith(REPORT_ENDS) or not names_no_document(joined))
        )

    def carried_lines(self, lines: list[Line]) -> list[Line] | None:
        """The most first lines of a broken title that join into a title the notice names.

        A name the notice quotes inside 《》 marks its own quotes 〈〉 (《关于落实〈政府工作报告〉
        重点工作的任务分工》): the title prints them 《》.
        """
        named = named_titles(line.text for line in self.header.notice_lines)
        for count in range(len(lines), 1, -1):
            if "".join(item.text for item in lines[:count]) in named:
                return lines[:count]
        return None

    def set_title(self, lines: list[Line]) -> None:
        """The title from its lines, less a site's note before it and a site's mark after it."""
        header = self.header
        note = (
            EDITORIAL_NOTE.match(lines[0].text)
            or PAGE_MARK.match(lines[0].text)
            or MENU_BULLET.match(lines[0].text)
            or genre_label(lines[0].text)
        )
        skip = note.end() if note is not None and note.end() < len(lines[0].text) else 0
        if not skip and len(lines) > 1 and title_lead(lines[0], below=lines[1].text):
            # a copy's mark alone over the title (01, 第5期, 附件1, 【2023-05-10】): not its words
            self.note(
                lines[0], "page-text", f"a mark over the title: {lines[0].text}", Severity.INFO
            )
            lines = lines[1:]
        dash = None if skip else _DASH_OPENING.match(lines[0].text)
        if dash is not None:
            skip = dash.end()  # a dash subtitle read as the title (——某县2024年普法工作要点)
        lead = 0 if skip or len(lines) > 1 else title_lead(lines[0])
        if lead:
            skip = lead  # or before it on its line, apart by a space
            self.note(
                lines[0],
                "page-text",
                f"a mark before the title: {lines[0].text[:lead]}",
                Severity.INFO,
            )
        last = lines[-1]
        suffix = SITE_SUFFIX.search(last.text) if len(lines) > 1 or skip == 0 else None
        stop = suffix.start() if suffix is not None and suffix.start() > 0 else len(last.text)
        if last.text[:stop].rstrip(" \t").endswith("|"):
            # the title in a table's cell, its rule after it: 某报告 |
            stop = len(last.text[:stop].rstrip(" \t")[:-1].rstrip(" \t"))
        stop = self.less_text_label(last, stop)
        contents = CONTENTS_TAIL.search(last.text[:stop])
        if contents is not None and is_titleish(last.text[: contents.start()]):
            stop = contents.start()  # the plan's heading over its table of contents: 某预案目录
            self.note(last, "contents", f"a table of contents: {last.text}", Severity.INFO)
        dated = last.gaps[-1] if last.gaps else 0
        if dated > (skip if len(lines) == 1 else 0) and ISO_DATE.fullmatch(last.text[dated:]):
            stop = min(stop, dated)  # a site's date beside its headline: 某报告 2023-02-22
            self.note(last, "page-text", f"the site's date: {last.text[dated:]}", Severity.INFO)
        if len(lines) == 1:
            header.title = lines[0].printed(skip, stop)
        else:
            header.title = (
                lines[0].printed(skip, len(lines[0].text))
                + "".join(item.printed(0, len(item.text)) for item in lines[1:-1])
                + last.printed(0, stop)
            )
        header.title_lines = lines
        header.spans["title"] = Span(start=lines[0].offset(skip), end=last.end_offset(stop))
        reported = headline("".join(item.text for item in lines)) if len(lines) == 1 else None
        if reported is not None:
            issuer, title = reported
            begin = lines[0].text.index("《" + title) + 1
            header.title = lines[0].printed(begin, begin + len(title))
            header.spans["title"] = line_span(lines[0], begin, begin + len(title))
            at = lines[0].text.index(issuer)
            # as for a news lead: the plan's own title names its issuer before the reporter;
            # both as printed (traditional characters stay)
            header.reported_issuer = title_issuer(header.title) or lines[0].printed(
                at, at + len(issuer)
            )
        self.state = State.TITLED

    def less_text_label(self, line: Line, stop: int) -> int:
        """Where a title ends before a site's label after it (某市某某条例全文, 某方案原文)."""
        text = line.text
        label = TEXT_TAIL.search(text[:stop])
        if label is None:
            return stop
        head = text[: label.start()].translate(SIMPLIFIED)
        if not (names_document(head) or head.endswith(("条例", *RULE_ENDS))):
            return stop
        self.note(
            line,
            "page-text",
            f"the site's label after the title: {text[label.start() : stop]}",
            Severity.INFO,
        )
        return label.start()

    def preamble(self, line: Line) -> None:
        self.header.preamble_lines.append(line)
        self.state = State.TITLED

    def fallback(self, lines: list[Line]) -> None:
        """Short lines left after the notice's text: its signers, unless one names a document.

        A plan's heading printed after the notice without a signature (某某规定) names none; any
        other short line there signs it, whether or not its organ's ending is a known one
        (某市妇联, 某县总工会, 某县融媒体中心). A line opened by an attachment's label (附件1.2023年县
        政府, cut by the end of a copy) lists the notice's attachments and signs nothing. A line
        alone there that quotes a title and ends a document's name (《政府工作报告》重点工作责任
        分解) is the plan's heading: an organ's name never quotes a title.
        """
        listed = [line for line in lines if ATTACHMENT_LEAD.match(line.text.strip(" \t"))]
        signing = [line for line in lines if line not in listed]
        if (
            self.header.title is None
            and self.state is State.NOTICE
            and len(signing) == 1
            and not listed
            and "《" in signing[0].text  # an organ's name never quotes a title
            and ends_a_name(signing[0].text)
            and is_titleish(signing[0].text)
        ):
            # the plan's heading under the notice's text, no signature between: 《政府工作报告》
            # 重点工作责任分解 over its first part
            self.set_title(signing)
            return
        if (
            self.header.issuer is None
            and self.state is State.NOTICE
            and signing
            and not any(ends_a_name(line.text) for line in lines)
        ):
            self.header.notice_lines.extend(listed)
            self.issuer(signing)
        else:
            self.header.notice_lines.extend(lines)


def _before_controls(text: str, gaps: tuple[int, ...], begin: int, stop: int) -> int:
    """Where a byline's value ends before the page's controls printed after it, apart by a space.

    The controls stand in square brackets: a reading counter (发布机构:某办公室 【已阅读:), the font
    size (【字体:大 中 小】), print and close ([打印] [关闭]); a value's own bracket is not apart.
    ``gaps`` are the line's, in increasing order: only those inside the value are read.
    """
    for index in range(bisect.bisect_right(gaps, begin), len(gaps)):
        gap = gaps[index]
        if gap >= stop:
            break
        if text[gap] in "【[":
            return gap
    return stop


# the words that open a clause qualifying the document named before it: 确定的, 提出的, 涉及的
_QUALIFIES = re.compile(r"[\u4e00-\u9fff]{1,3}的(?!通知)")
# a page's label alone over the text it prints: 全文, 政策全文, 文件原文, 正文
_BARE_TEXT_LABEL = re.compile(r"(?:政策|文件|文档|内容|规划|方案)?(?:全文|原文|正文)")
# a plan's period under its title, a bracket or both lost by a copy: 2015—2020年), 2021-2025年
_LOOSE_PERIOD = re.compile(r"\(?(?:19|20)\d{2}年?\s?(?:—{1,2}|–|-|~|至)\s?(?:19|20)\d{2}年?\)?")
# a page's column over the heading: a few characters, none of them a digit or a mark
_COLUMN_LABEL = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST_COLUMN_LABEL = 6
# a policy site's category tag alone under the heading it files (政策, 法规, 【政策解读】)
_CATEGORY_TAG = re.compile(
    r"[【\[]?(?:政策|法规|规章|政策法规|政策解读|政策文件|政府文件|部门文件)[】\]]?"
)
# the last words of a heading's line that leave its name open (…的若干, …地方性): the word
# under them ends the name
_NAME_GOES_ON = re.compile("(?:若干|地方性|有关|相关|配套|的|和|与|及|等)$")


def _ends_open(lines: list[Line]) -> bool:
    """Whether a title's first line leaves its name open and the second is a category's word."""
    bare = simplified(lines[1].text).strip(" \t")
    return _NAME_GOES_ON.search(lines[0].text.rstrip(" \t")) is not None and bool(
        _CATEGORY_TAG.fullmatch(bare)
    )


def category_tag_under(above: str, text: str) -> bool:
    """Whether a line is a policy site's category tag (政策, 【政策解读】) under the line ``above``.

    A tag in brackets is always the site's; a bare word is the last line of a heading whose
    line above leaves the name open (…发展的若干 / 政策, 某县关于清理地方性 / 法规).

    Examples:
        >>> category_tag_under("关于进一步加强统计工作的意见", "政策"), category_tag_under("关于…发展的若干", "政策")
        (True, False)
        >>> category_tag_under("关于…发展的若干", "【政策】")
        True
    """
    bare = simplified(text).strip(" \t")
    if _CATEGORY_TAG.fullmatch(bare) is None:
        return False
    return bare.startswith(("【", "[")) or _NAME_GOES_ON.search(above.rstrip(" \t")) is None


# what an encyclopedia's lead says after the heading it repeats: 是 (…的通知.是…发布的文件)
_SAYS_WHAT = re.compile(r"[.。,，]?(?:是|为|系)")
# the marks that close the sentence a copy runs a signature into: 。, !, ?, or a quote after one
SIGNED_SENTENCE_ENDS = ("。", "!", "?", "”", "’")
# the marks a copy strays around a signature's date: { 2017 6 23
STRAY_MARKS = "{}<>|~`"
# a notice's verb for the documents it prints or forwards
PRINTS = re.compile(r"印[发發]|[转轉][发發]|批[转轉]")
# a line of a heading that goes on naming the documents a notice prints: 《乙》 / 《丙》的通知
LISTED = re.compile(r"(?:[和及、]?《[^《》]{4,90}》)+(?:的通知)?")
MAX_LISTED = 4  # the lines of such a heading after its first: a heading has five at most
# the words a preamble's first sentence opens with (为深入推进…, 根据…, 按照…)
PREAMBLE_OPENERS = ("为", "根据", "按照", "近年来", "依据")
# the brackets a document number's year is printed in, as one: 〔2023〕 [2023] (2023) 【2023】
_YEAR_BRACKETS = str.maketrans(
    {"[": "〔", "［": "〔", "(": "〔", "（": "〔", "【": "〔"}
    | {"]": "〕", "］": "〕", ")": "〕", "）": "〕", "】": "〕"}
)
# a document's name in 《》, with its brackets
_NAMED = re.compile(r"《[^《》]{4,90}》")
# a body named with its own place, level or party (某县…, 县委…, 中共…), or a national organ
# (国家卫生健康委员会, 中央…): an organ of its own
_PLACED_PATTERN = (
    r"(?:中共|中国|中央|国家|國家|国务院|全国|[省市县区州盟旗镇乡]"
    r"|[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|州|盟|旗|镇|乡|街道))"
)
_PLACED = re.compile(_PLACED_PATTERN)
# a copy's mark before a heading: a bullet, a tag in brackets, a day, a list's number, a file's
# kind or a page's flag (PDF, NEW); figures alone (01 某县…) or other Latin letters (ABC 某县…)
# only apart from the heading by a space, as 2024年 opens one and XX县 names its place
_HEADING_LEAD = re.compile(
    r"(?:[★☆●○■□◆◇▲△▶►※·•]+"
    r"|\[[^\[\]]{1,12}\]|【[^【】\d]{1,4}】"
    r"|\(?\d{4}[-./]\d{1,2}[-./]\d{1,2}\)?|\d{4}年\d{1,2}月\d{1,2}日"
    r"|(?i:PDF|DOCX?|WPS|OFD|NEW|HOT|TOP)(?![A-Za-z])"
    r"|(?P<apart>\d{1,8}|[A-Za-z]{1,8}))"
)
_COUNTED = ("年", "月", "日", "号", "届", "期", "次", "个")
# a page's column's short name and the mark that joins it to a heading (通知公告丨, 政务公开|,
# 政策文件:, 法治建设·, 工作动态——), or a space alone (the line's gap)
_COLUMN = re.compile(r"(?P<column>[\u4e00-\u4e27\u4e29-\u9fff]{2,8})(?:丨|\||:|·|—{1,2}|-{2})")
_COLUMN_APART = re.compile(r"(?P<column>[\u4e00-\u4e27\u4e29-\u9fff]{2,8})")
# a heading's year and the words that may join it to a plan's kind: 2024年, 2024年度工作
_YEAR_OPENING = re.compile(r"\d{4}年度?(?:的|工作)?")
# a place's name without its level, broken off a title's first line: 乐至 (县…)
_PLACE_HEAD = re.compile(r"[\u4e00-\u9fff]{2,4}")
# the levels a place's name ends with
_PLACE_LEVELS = "省市县区州盟旗镇乡"
# a place's bare name, broken off its level: two or three characters (临泽, 石家庄)
_PLACE_STEM = re.compile(r"[\u4e00-\u9fff]{2,3}")
# a page's short words over a heading, never a place's name
_PAGE_WORDS = PAGE_WORDS
# how a title's first part opens: 关于, a year (2025年), or a body's place or level (某区…)
_TITLE_OPENING = re.compile(r"关于|\d{4}年|" + _PLACED_PATTERN)
# a numbered part's opening, never a title's: 一、, 第一章, 第二部分
_NUMBERED_OPENING = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百\d]{1,4}[章节条篇部]"
)
# a numbered item's opening: 一、, 第一章, (一), 1.
_ITEM_OPENING = re.compile(
    _NUMBERED_OPENING.pattern + r"|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d)"
)
# the words a title with neither place nor year opens with: the work it names (推进…, 加强…)
# or the field of the genre (行政执法…, 法治政府…, 依法行政…, 普法…)
_TITLE_SUBJECTS = (*WORK_VERBS, "行政", "法治", "法制", "依法", "普法")
# the groups an organ, or organs jointly, set up (优化营商环境领导小组, 安全生产委员会)
_ORGANS_BODIES = ("领导小组", "工作领导小组", "委员会", "指挥部", "工作专班", "协调小组")
# the words a group's name opens with when it names the work it was set up for
# (优化营商环境领导小组, 全面依法治县委员会, 深入推进…指挥部)
_GROUPS_WORK = (*WORK_VERBS, "全面", "依法", "深入")


def _signs(text: str) -> bool:
    """Whether a line under a notice names an organ that signs it, one of joint signers.

    Besides an organ's name, a people's body, a task force or a place that writes under its own
    name (某县总工会, 某县妇联, 某区工作专班, 某某镇), opening as an organ's name does.
    """
    return is_organ_name(text) or (
        len(text) >= MIN_SIGNER
        and text.translate(SIMPLIFIED).endswith(NOTICE_ISSUER_ENDS)
        and opens_an_organ(text)
    )


def _signed_date(text: str) -> bool:
    """Whether a bracket is a date note, its date alone or signed: (某区人民政府 2023年5月10日)."""
    found = DATE_NOTE.fullmatch(text)
    return found is not None and _signed_note(found)


def _signed_note(found: re.Match[str]) -> bool:
    """Whether a dated bracket under a heading is a date note: its date alone, or signed.

    The organs that sign it stand before the date or after it, never on both sides; set
    without 印发 or 发布, each of them must be an organ's name ((某区人民政府 2023年5月10日)), or
    the bracket is some other note ((2023年5月10日起施行)).

    Examples:
        >>> from rulegov.parse._header_words import DATE_NOTE
        >>> [_signed_note(DATE_NOTE.fullmatch(text)) for text in
        ...     ("(某区人民政府 2023年5月10日)", "(2023年5月10日起施行)", "(2023年5月10日)")]
        [True, False, True]
    """
    signer, organ = found["signer"], found["organ"]
    if signer is not None and organ is not None:
        return False
    named = signer if signer is not None else organ
    if named is None or (organ is not None and found["verb"] is not None):
        return True
    names = [name for part in named.split() for name in part.split("、") if name]
    return bool(names) and all(is_organ_name(name) for name in names)


def _body_of_the_organs_above(name: str, organs: Sequence[str] = ()) -> bool:
    """Whether a signer's name is a group of the organs signing above it.

    A leading group that organs set up signs under their names, on a line of its own
    (中共某县委某县人民政府 / 优化营商环境领导小组): its name has no place of its own and
    names the work it was set up for, or it signs under the party committee and another
    organ jointly; the whole is one issuer. A group named with its place (某县安全生产委员会)
    or a national organ (国家卫生健康委员会) signs as an organ of its own, and so does a
    department under another (财政局 / 发展和改革委员会), and one that opens with the place an
    organ above it names, however long the place's name (中共河北某某新区工作委员会 /
    河北某某新区管理委员会): joint signers.

    Examples:
        >>> _body_of_the_organs_above("优化营商环境领导小组", ["中共某县委某县人民政府"])
        True
        >>> _body_of_the_organs_above("某县安全生产委员会", ["某县人民政府"])
        False
        >>> _body_of_the_organs_above("国家卫生健康委员会", ["财政部"])
        False
        >>> _body_of_the_organs_above("发展和改革委员会", ["财政局"])
        False
        >>> _body_of_the_organs_above("扫黑除恶专项斗争领导小组", ["中共某县委", "某县人民政府"])
        True
        >>> _body_of_the_organs_above("某县安全生产委员会"), _body_of_the_organs_above("县委办公室")
        (False, False)
        >>> _body_of_the_organs_above("河北某某新区管理委员会", ["中共河北某某新区工作委员会"])
        False
    """
    if not name.endswith(_ORGANS_BODIES) or _PLACED.match(name) is not None:
        return False
    for organ in organs:
        pairs = zip(name, organ.removeprefix("中共"), strict=False)
        shared = [
            first for first, second in itertools.takewhile(lambda pair: pair[0] == pair[1], pairs)
        ]
        if any(char in PLACE_ENDS for char in shared[1:]):
            return False  # the place the organ above names, its own: 某某新区, 某某开发区
    if name.startswith(_GROUPS_WORK):
        return True
    return len(organs) >= 2 and any(organ.startswith("中共") for organ in organs)


def subject_head(text: str, following: str) -> bool:
    """Whether a short line opens a title with its work or field, the lines under it its rest.

    行政执法 / 全过程记录实施办法: too short to head a title by its length, the line opens with
    the work or the field a title names, and the rest ends with a document's kind; a title opens
    once, so a rest that opens as a title does (某县…, 2023年…, 关于…) has its own head, and a
    page's column (通知公告, 首页) opens with no such word.

    Examples:
        >>> subject_head("行政执法", "全过程记录实施办法")
        True
        >>> subject_head("法治建设", "某县2023年法治政府建设工作要点")
        False
        >>> subject_head("通知公告", "全过程记录实施办法")
        False
    """
    bare = text.translate(SIMPLIFIED).strip(" \t")
    rest = following.translate(SIMPLIFIED).strip(" \t")
    return (
        bare.startswith(_TITLE_SUBJECTS)
        and len(bare) >= MIN_SUBJECT_HEAD
        and CLAUSE_MARK.search(bare) is None
        and ends_a_name(rest)
        and _TITLE_OPENING.match(rest) is None
    )


def place_broken(text: str, following: str) -> bool:
    """Whether a short line is a place's name that the line under it finishes with its level.

    乐至 / 县2022年林长制工作要点: a line opens with a bare level (县, 市, 区 …) only when the
    name before it was broken off above.

    Examples:
        >>> place_broken("乐至", "县2022年林长制工作要点"), place_broken("通知公告", "县政府工作报告")
        (True, False)
    """
    return (
        _PLACE_HEAD.fullmatch(text.translate(SIMPLIFIED).strip(" \t")) is not None
        and following[:1].translate(SIMPLIFIED) in _PLACE_LEVELS
        and following[1:2].isdigit()
    )


def name_split_over(text: str, following: str) -> bool:
    """Whether an organ's name is broken over two lines, neither naming an organ alone.

    某县人 / 民政府 / 关于印发…: the two lines joined name an organ; the second holds no 关于,
    no figure, mark or space, and is short: the tail of a name, no title's part.

    Examples:
        >>> name_split_over("临泽县人", "民政府"), name_split_over("临泽县人民政府", "办公室")
        (True, False)
        >>> name_split_over("某市政务公开实施细则", "某省某市人民政府办公室")
        False
    """
    bare = following.translate(SIMPLIFIED)
    first = text.translate(SIMPLIFIED)
    return (
        BARE_NAME.fullmatch(bare) is not None
        and ABOUT.search(bare) is None
        and not names_document(first)  # a title over its organ's name
        and name_broken_over(first, bare)
    )


def place_cut_from_its_level(text: str, following: str) -> bool:
    """Whether a line is a place's bare name whose level opens the organ on the line under it.

    临泽 / 县人民政府办公室关于…: a heading's organ opens with its place and level, and a line
    of its own holds the place alone only where a copy broke it there. Two or three characters,
    no level of their own, no page's word (首页, 正文) over a heading that opens with a level.

    Examples:
        >>> place_cut_from_its_level("临泽", "县人民政府办公室关于印发某方案的通知")
        True
        >>> place_cut_from_its_level("通知公告", "县人民政府办公室关于印发某方案的通知")
        False
    """
    bare = text.translate(SIMPLIFIED).strip(" \t")
    return (
        _PLACE_STEM.fullmatch(bare) is not None
        and bare[-1] not in _PLACE_LEVELS
        and not is_chrome(bare)
        and bare not in _PAGE_WORDS
        and following[:1].translate(SIMPLIFIED) in _PLACE_LEVELS
        and ABOUT.search(following) is not None
    )


def organ_word_broken(text: str, following: str) -> bool:
    """Whether a line ends inside the last word of an organ's name, which the next line finishes.

    某州人民代表大会常务委 / 员会机关公文处理办法: the line names no organ alone, whatever its
    last character (委, 厅) says, but the first part of a title its issuer's name heads.

    Examples:
        >>> organ_word_broken("人民代表大会常务委", "员会机关公文处理办法")
        True
        >>> organ_word_broken("某县人民政府办公室", "关于印发工作要点的通知")
        False
    """
    bare = text.translate(SIMPLIFIED)
    under = following.translate(SIMPLIFIED)
    return any(
        bare.endswith(end[:cut]) and under.startswith(end[cut:])
        for end in ISSUER_ENDS
        for cut in range(1, len(end))
    )


def word_broken(text: str, following: str) -> bool:
    """Whether a line ends inside an addressee's last word, which the next line finishes.

    Examples:
        >>> word_broken("市政府各部", "门、各直属机构:"), word_broken("县司法局", "各乡镇:")
        (True, False)
    """
    return any(
        len(end) > 1 and text.endswith(end[:-1]) and following.startswith(end[-1])
        for end in ADDRESSEE_ENDS
    )


def glued_label(line: Line, first: int) -> bool:
    """Whether a label ends a longer word: 资金来源: is no 来源:, and its line is no byline.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("资金来源:县财政预算安排,审核:县财政局。")[0]
        >>> glued_label(line, 2), glued_label(split_lines("某县人民政府网 来源:某县")[0], 7)
        (True, False)
    """
    return first > 0 and first not in line.gaps and "\u4e00" <= line.text[first - 1] <= "\u9fff"


def cell_pairs(text: str, cells: list[tuple[int, int]]) -> list[tuple[str, int, int, int]]:
    """The label and value of each pair of cells in a disclosure row: label, start, value span.

    A label whose cell is followed by another label's was left empty (文号 | 发布时间 | 2023-07-13,
    发布机构 | 是否有效 |): it takes no value, and the next label pairs with the cell after it.

    Examples:
        >>> row = "发布机构 | 是否有效 | |"
        >>> [label for label, *_ in cell_pairs(row, [(0, 4), (7, 11), (14, 14)])]
        ['是否有效']
    """
    pairs: list[tuple[str, int, int, int]] = []
    i = 0
    while i < len(cells) - 1:
        label = text[cells[i][0] : cells[i][1]].rstrip(":")
        following = text[cells[i + 1][0] : cells[i + 1][1]].rstrip(":")
        if label in META_LABELS and simplified(following).strip() in META_LABELS:
            i += 1
            continue
        pairs.append((label, cells[i][0], *cells[i + 1]))
        i += 2
    return pairs


def heading_goes_on(text: str, following: str) -> bool:
    """Whether the line after a heading's lines may go on with it.

    A title's words do, and so does the next document a notice prints (关于印发《甲》 / 《乙》的通知);
    the number under the heading does not (关于…的议案 / 某府议[2019]1号).

    Examples:
        >>> heading_goes_on("关于印发《甲办法》", "《乙办法》的通知")
        True
        >>> heading_goes_on("关于某事的议案", "某府议[2019]1号")
        False

        Nor does a 公告's number in its bracket, even one a copy cut short ((第3号), (第3).

        >>> heading_goes_on("关于《某条例(草案)》公开征求意见的公告", "(第3")
        False
    """
    if number_alone(following) or SERIAL_NUMBER.fullmatch(following):
        return False
    listed = LISTED.fullmatch(following) is not None and PRINTS.search(text) is not None
    return listed or is_titleish(following)


def closes_the_heading(text: str) -> bool:
    """Whether a line is the last words of a notice's heading broken over lines.

    The words alone (的通知, 》的通知) or after the title's period or status, the heading broken
    before its bracket: the line is the heading's, not a title of its own.

    Examples:
        >>> closes_the_heading("的通知"), closes_the_heading("》的通知")
        (True, True)
        >>> closes_the_heading("(2023—2025年)的通知"), closes_the_heading("(试行)》的通知")
        (True, True)

        Not a number in its bracket, nor a day's date:

        >>> closes_the_heading("(某政办发〔2021〕5号)的通知")
        False
        >>> closes_the_heading("(2024年6月21日)的通知")
        False
    """
    if CLOSING.fullmatch(text):
        return True
    closing = CLOSING_AFTER_PERIOD.fullmatch(text)
    return closing is not None and is_period_suffix(closing["period"])


def unpiped(text: str, begin: int, end: int) -> tuple[int, int]:
    """A value's range without the pipes of a table's row around it: | 某发〔2024〕2号 |.

    Examples:
        >>> unpiped("[发文字号]|某发〔2024〕2号|", 6, 18)
        (7, 17)
    """
    while begin < end and text[begin] == "|":
        begin += 1
    while end > begin and text[end - 1] == "|":
        end -= 1
    return begin, end


def _bare_words(text: str) -> str:
    """A name's words alone, its dashes, brackets and marks left out: to compare two printings."""
    return "".join(char for char in simplified(text) if char.isalnum())


def heading_under_headline(text: str, following: str) -> bool:
    """Whether a line opens the notice's own heading under a page's headline that names its plan.

    A page or a news copy prints its headline (某县人民政府办公室印发《Y》, 我县印发《Y》) over the
    document, whose heading names the same plan again and ends in 通知: the headline is whole,
    and no first part of the heading.

    Examples:
        >>> heading_under_headline("某县印发《某县工作要点》", "某县人民政府关于印发《某县工作要点》的通知")
        True
        >>> heading_under_headline("某县人民政府关于印发", "《某县工作要点》的通知")
        False
    """
    named = _NAMED.findall(text)
    return (
        bool(named)
        and text.endswith("》")
        and following.endswith("通知")
        and NOTICE_HEAD.match(following) is not None
        and not following.startswith("《")
        and all(name in following for name in named)
    )


def _less_status(title: str) -> str:
    """A title less its status or period in brackets at its end: …制度(试行) is …制度."""
    return re.sub(r"\([^()]*\)$", "", title)


# a dash that opens a subtitle: ——, —, --, ──, ――
_DASH_OPENING = re.compile(r"[ \t\u3000]*(?:—{1,2}|-{2}|─{1,2}|―{1,2})[ \t]*(?=[^\s—\-─―])")


def dash_subtitle(text: str) -> bool:
    """Whether a line is a subtitle under a dash that names a document: ——某县2024年…工作要点.

    A dated note under a dash (——2023年2月9日在某会议上) names the occasion, and a period alone
    (——2024年至2025年) no document: neither is one.

    Examples:
        >>> dash_subtitle("——某县2024年法治政府建设工作要点"), dash_subtitle("——人民法院第五个五年改革纲要(2019—2023)")
        (True, True)
        >>> dash_subtitle("——2024年至2025年"), dash_subtitle("——2023年2月9日在某会议上的报告")
        (False, False)
        >>> dash_subtitle("——在某县第十八届人民代表大会第三次会议上的报告")
        False
    """
    lead = _DASH_OPENING.match(text)
    if lead is None or DASHED_NOTE.match(text.strip(" \t\u3000")) is not None:
        return False
    rest = text[lead.end() :].strip(" \t\u3000")
    # where it was given (——在某会议上的报告, ——在某会上的讲话) names the occasion, no document
    return is_titleish(rest) and ends_a_name(rest) and not rest.startswith("在")


def _title_part(middle: str, following: str) -> bool:
    """Whether a line between a heading's verb and its 的通知 is a part of the title it prints.

    A short part, no sentence and no other title: it may end the name the heading prints, its
    last words alone under it (某县关于印发 / 某县工作要点 / 的通知), or a kind inside that
    name, whose rest the line under it carries (某县关于印发 / 某县政府工作报告 / 重点工作分工
    方案的通知), never a title of its own over one that opens as a title does.
    """
    return (
        len(middle) <= MAX_TITLE_PART
        and is_titleish(middle)
        and not any(mark in middle for mark in "《》,。:;、")
        and (
            not middle.endswith(DOCUMENT_ENDS)
            or _TITLE_OPENING.match(simplified(following)) is None
        )
    )


def whole_title(text: str) -> bool:
    """Whether a heading's text so far ends a document's name, with its period or status after it.

    …改革纲要(2019—2023) and …实施方案(试行) end as …的意见 does: a line after them that does
    not close the heading (的通知) is a heading of its own, or the text.

    Examples:
        >>> whole_title("某县实施意见"), whole_title("某法院改革纲要(2019—2023)")
        (True, True)
        >>> whole_title("某县关于印发"), whole_title("某县2024年(第二批)")
        (False, False)
    """
    if text.endswith(DOCUMENT_ENDS):
        return True
    if not text.endswith(")") or "(" not in text:
        return False
    at = text.rindex("(")
    return is_period_suffix(text[at:]) and ends_a_name(text[:at])


def is_period_suffix(text: str) -> bool:
    """A title's bracket on a line of its own: its period or its status.

    Not a day's date, nor a page's byline in a bracket, whose label a colon ends, nor the
    count of what the plan holds ((共118项), (共十条)), which describes it and names nothing, nor
    the document's number.

    Examples:
        >>> is_period_suffix("(2021—2025年)"), is_period_suffix("(试行)")
        (True, True)
        >>> is_period_suffix("(2024年6月21日)"), is_period_suffix("(发布于:2023-12-13 09:01)")
        (False, False)
        >>> is_period_suffix("(某区人民政府 2023年5月10日)")
        False
        >>> is_period_suffix("(共118项)"), is_period_suffix("(某政办发〔2021〕5号)")
        (False, False)
    """
    return (
        TITLE_SUFFIX_LINE.fullmatch(text) is not None
        and DATED_NOTE.match(text) is None
        and not _signed_date(text)  # (某区人民政府 2023年5月10日): a signed date
        and ":" not in text
        and COUNT_NOTE.fullmatch(text.translate(SIMPLIFIED)) is None
        and DOC_NUMBER.search(text) is None  # (某政办发〔2021〕5号): the number, in its bracket
    )


def site_tag(line: Line) -> re.Match[str] | None:
    """A site's tag before a heading: (授权发布), 【工作总结】, “党政混合信息公开”, 有效.

    Never the first label of a record of fields: 【颁布时间】…【标题】…【颁布单位】….
    """
    text = line.text
    if bracketed_meta(line) is not None:
        return None
    tag = TAG.match(text)
    if tag is not None:
        return tag
    # a category in brackets, or a column's name in quotes apart by a space, before a heading
    # that names its document
    category = CATEGORY_TAG.match(text)
    quoted = QUOTED_TAG.match(text)
    if quoted is not None and quoted.end() not in line.gaps:
        quoted = None
    for found in (category, quoted):
        if found is not None:
            after = text[found.end() :]
            # or over the organ that opens a heading broken after its name (【工作总结】某市公安局
            # / 关于…的报告)
            if (
                is_titleish(after)
                and (
                    names_document(after)
                    or (
                        found is category
                        and is_organ_name(after.translate(SIMPLIFIED))
                        # a label that names a body is a field's (【颁发部门】某市政府), no category's
                        and not found.group()[1:-1].endswith(BODY_LABEL_ENDS)
                    )
                )
            ):
                return found
    status = STATUS.match(text)
    if status is not None and status.end() in line.gaps:
        return status  # a register's status printed before a title: 有效 某市…办法
    return column_tag(line)


def heading_lead(line: Line) -> re.Match[str] | None:
    """A copy's mark before a heading on its line: ★某县…, [PDF]某县关于…, 01 某县…, NEW 某县….

    A bullet or a star, a tag in square brackets or a short one in 【】, a day (2024.03.06,
    (2024-03-06)), a file's kind or a page's flag (PDF, NEW), a list's number or other Latin
    letters apart by a space (01 某县…, ABC 某县…): no heading opens with one, so before a whole
    heading that opens as one does (a place, an organ, a year, 关于) and ends a document's name,
    it is the page's. Letters glued to the heading are its own (XX县…, Word版…).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> heading_lead(split_lines("[PDF]某县2024年普法工作要点")[0]).group()
        '[PDF]'
        >>> heading_lead(split_lines("5G基站建设实施方案")[0]) is None
        True
        >>> heading_lead(split_lines("XX县2024年普法工作要点")[0]) is None
        True
    """
    text = line.text
    found = _HEADING_LEAD.match(text)
    if found is None or (found["apart"] is not None and found.end() not in line.gaps):
        return None
    after = simplified(text[found.end() :])
    if META.match(after) is not None or (found["apart"] and after.startswith(_COUNTED)):
        return None  # a field's bullet (• 标题:…), a year's figures apart (2023 年…)
    opens = _TITLE_OPENING.match(after) is not None or opens_a_heading(after)
    return found if opens and is_titleish(after) and ends_a_name(after) else None


def column_tag(line: Line) -> re.Match[str] | None:
    """A page's column run onto the heading it files: 通知公告丨某县…工作要点, 政务公开|某县关于….

    The column's short name (two to eight characters, no figure) and a bar, a colon, a dot, a
    dash or a space, then a whole heading that opens as one does (a place, an organ, a year,
    关于) and ends a document's name. Never an organ or a place (某县人民政府 关于…, 某县 2024年…),
    a field's label (标题:, 名称:) or the words of the heading itself (关于印发 某县…).
    """
    text = line.text
    found = _COLUMN.match(text)
    apart = found is None
    if found is None and line.gaps:
        found = _COLUMN_APART.fullmatch(text, 0, line.gaps[0])
    if found is None or any(gap < found.end("column") for gap in line.gaps):
        return None  # a label spaced apart (概    述:) is a field's
    column = simplified(found["column"])
    after = simplified(text[found.end() :])
    if apart and _names_no_subject(after):
        return None  # a title's subject apart from its year and kind (法治政府建设 2024年工作要点)
    if (
        is_organ_name(column)
        or _TITLE_OPENING.match(column) is not None
        or ABOUT.search(column) is not None
        or PRINTS.search(column) is not None
        or META.match(column + ":") is not None  # a field's label: 名称 某县关于…
        or is_chrome(text)  # a breadcrumb's label: 当前位置:…
        or column.startswith(("附件", "附表"))
        or names_document(column)  # a genre's label is read as such (工作方案:某…方案)
    ):
        return None
    opens = _TITLE_OPENING.match(after) is not None or opens_a_heading(after)
    return found if opens and is_titleish(after) and ends_a_name(after) else None


def _names_no_subject(heading: str) -> bool:
    """Whether a heading is a year and a plan's kind alone (2024年工作要点): no title of its own.

    Examples:
        >>> _names_no_subject("2024年工作要点"), _names_no_subject("2024年法治政府建设工作要点")
        (True, False)
    """
    year = _YEAR_OPENING.match(heading)
    if year is None:
        return False
    rest = heading[year.end() :]
    return any(rest.startswith(word) for word, _ in PLAN_KINDS)


def calls_for_comments(heading: str) -> bool:
    """Whether a heading calls for comments on a draft, named in 《》 or not (征求意见公告)."""
    folded = simplified(heading)
    return FOR_COMMENTS.search(folded) is not None or CALL_HEADING.fullmatch(folded) is not None


def closes_a_call(text: str) -> bool:
    """Whether a line is the close of a call for comments broken after its draft's name.

    某市司法局关于某市实施方案 / 公开征求意见的公告: the second line ends the heading.
    """
    folded = simplified(text)
    return folded.startswith(("公开征求", "征求")) and CALL_HEADING.fullmatch(folded) is not None


def same_number(first: str, second: str) -> bool:
    """Whether two document numbers differ in their brackets alone: 〔2023〕, [2023], (2023), 【2023】."""
    return normalise(first).translate(_YEAR_BRACKETS) == normalise(second).translate(_YEAR_BRACKETS)


def page_day(text: str) -> bool:
    """Whether a day is printed as a page dates itself: 2024年01月08日, 2023-05-10, 2023/5/10."""
    return PADDED_DAY.fullmatch(text) is not None or DIGITS_DAY.fullmatch(text) is not None


# a byline's last value that has a form of its own: a day, to the minute or not (2023-05-10
# 10:30, 2023年05月10日 10:30:15), or a count (浏览次数:128); the text normalised, without spaces
_FORMED_VALUE = re.compile(rf"(?:{ISO_DATE.pattern}|{STAMP.pattern}|\d{{1,9}}(?![\d年月日/.:-]))")
_SENTENCE_SIGNS = ("，", ",", "。", "；", ";")
_MIN_RUN_ON_PARAGRAPH = 8  # 为深入贯彻落实…，: the words of a sentence, not a value's tail
_LONGEST_BYLINE_NAME = 30  # 来源：某市某区人民政府办公室: a byline's name, not the body's words


def byline_parts(line: Line) -> list[Line]:
    """A page's byline that runs on into the body's first paragraph, as the two lines they are.

    A copy that loses the line break under a page's byline prints the paragraph after the
    value of its last field (发布时间：2023-05-10 10:30 为深入贯彻…，制定本方案。): a day, a time or a
    count ends where its form ends, a name (来源：区司法局) at the first space after it, and the
    sentence after it is the document's, never the field's.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("发布时间：2023-05-10 10:30 为深入贯彻落实，制定本要点。")[0]
        >>> [part.text for part in byline_parts(line)]
        ['发布时间:2023-05-1010:30', '为深入贯彻落实,制定本要点。']
        >>> [part.text for part in byline_parts(split_lines("来源：区司法局 为落实要求，制定本方案。")[0])]
        ['来源:区司法局', '为落实要求,制定本方案。']
        >>> len(byline_parts(split_lines("发布时间：2023-05-10 浏览次数：12")[0]))
        1
    """
    text = simplified(line.text)
    if ":" not in text:
        return [line]
    matches = list(META.finditer(text))
    if not matches or not is_byline(text, matches[0].start(), len(matches)):
        return [line]
    start = matches[-1].end()
    value = _FORMED_VALUE.match(text, start)
    if value is not None:
        end = value.end()
    else:  # a name's value ends at the first space after it: 来源：区司法局 为深入…
        end = next((gap for gap in line.gaps if start < gap <= start + _LONGEST_BYLINE_NAME), 0)
    rest = text[end:].strip(" \t|")
    if (
        not end
        or len(rest) < _MIN_RUN_ON_PARAGRAPH
        or not ("\u4e00" <= rest[0] <= "\u9fff" or rest[0].isdigit())
        or not any(sign in rest for sign in _SENTENCE_SIGNS)
    ):
        return [line]
    return list(line.split(end))


def signature_parts(line: Line) -> list[Line]:
    """A signature printed on one line, its organ and its date apart by spaces, as two lines.

    某县法治政府建设领导小组办公室　　2023年6月25日 reads as the organ's line over the date's, as a
    signature prints them on two; any other line is itself alone. A copy may run the signature
    into the notice's last sentence (…抓好落实。 某办公室 2023年5月10日: the sentence, the organ
    and the date), and may print the publication note beside the date (2023年5月10日（此件公开发布）):
    each is a line of its own.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("请抓好落实。 某县司法局 2023年5月10日 （此件公开发布）")[0]
        >>> [part.text for part in signature_parts(line)]
        ['请抓好落实。', '某县司法局', '2023年5月10日', '(此件公开发布)']
        >>> [part.text for part in signature_parts(split_lines("特此通知。  2023年5月10日")[0])]
        ['特此通知。', '2023年5月10日']
        >>> [part.text for part in signature_parts(split_lines("县司法局 2023年5月10日前完成")[0])]
        ['县司法局2023年5月10日前完成']
    """
    text = line.text
    tab = text.rstrip("\t").rfind("\t")  # or a tab between them, kept in the text
    if tab > 0:
        start = len(text[:tab].rstrip("\t"))
        signed = is_organ_name(text[:start]) or text[:start].endswith(SIGNED_SENTENCE_ENDS)
        if read_date(text[tab + 1 :]) is None or not signed:
            return [line]
        return line.cut((start, tab + 1))  # the tabs between them a blank line of their own
    noted = note_at_end(line)
    if noted is not None:  # the publication note after the date, apart by a space or not
        head, note = noted
        parts = signature_parts(head)
        dated = read_date(parts[-1].text) is not None
        return [*parts, note] if dated else [line]
    cut = date_apart(line)
    if cut is None:
        return [line]
    if is_organ_name(text[:cut]):
        return list(line.split(cut))
    return _signed_sentence(line, cut)


def _signed_sentence(line: Line, cut: int) -> list[Line]:
    """A sentence, an organ and the date at ``cut``, apart by spaces: three lines, else the line.

    A signature of the date alone run onto the sentence (特此通知。  2023年5月10日) is two lines.
    """
    text = line.text
    if cut in line.gaps and text[:cut].endswith(SIGNED_SENTENCE_ENDS):
        return list(line.split(cut))  # the date alone after the sentence: signed by its date
    # the organ after the last sentence, apart from it by a space or run onto its mark: the
    # sentence is the text's
    before = max((gap for gap in line.gaps if gap < cut), default=None)
    if before is None or not is_organ_name(text[before:cut]):
        before = max(text.rfind(mark, 0, cut) for mark in SIGNED_SENTENCE_ENDS) + 1
    if (
        before <= 0
        or not is_organ_name(text[before:cut])
        or not text[:before].endswith(SIGNED_SENTENCE_ENDS)
    ):
        return [line]
    return line.cut((before, cut))


def noted_date_parts(line: Line) -> list[Line]:
    """A date of signing with the notice's publication note run onto it, as the two lines it is.

    A copy that lost the break under the signature prints 2024年3月5日(此件公开发布), or the
    organ and the date before it (某县人民政府  2024年3月5日(此件公开发布)); any other line is
    itself alone.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> [part.text for part in noted_date_parts(split_lines("2024年3月5日（此件公开发布）")[0])]
        ['2024年3月5日', '(此件公开发布)']
    """
    noted = note_at_end(line)
    if noted is None:
        return [line]
    head, tail = noted
    if read_date(head.text) is None and date_apart(head, set_apart=True) is None:
        return [line]
    return [head, tail]


def note_at_end(line: Line) -> tuple[Line, Line] | None:
    """What a line prints before the publication note that ends it, and the note; else None.

    The note ((此件公开发布), 此件 and a few words in brackets) is printed after a signature's
    date, apart from it by a space or run onto it; a line that is the note alone has none before it.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> head, note = note_at_end(split_lines("2024年3月5日 （此件公开发布）")[0])
        >>> head.text, note.text
        ('2024年3月5日', '(此件公开发布)')
        >>> note_at_end(split_lines("（此件公开发布）")[0]) is None
        True
    """
    text = line.text
    if not text.endswith(")"):
        return None
    note = PUBLIC_NOTE.search(text, max(len(text) - _LONGEST_NOTE, 0))
    if note is None or note.start() == 0 or note.end() < len(text):
        return None
    head, tail = line.split(note.start())
    return head, tail


def read_header(
    lines: list[Line], crumbs: frozenset[int] = frozenset(), body: Line | None = None
) -> Header:
    r"""Read the lines before a plan's first numbered heading (``body``, if there is one).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "各镇(街),各部门:\n现将《2023年工作计划》印发给你们。\n"
        >>> header = read_header(split_lines(text + "区依法治区办\n2023年5月10日\n2023年工作计划"))
        >>> header.recipients, header.issuer, header.issued_on.isoformat(), header.title
        (['各镇(街)', '各部门'], '区依法治区办', '2023-05-10', '2023年工作计划')
    """
    return _Reader(lines, crumbs, body).run()


def _field_organs(line: Line, begin: int, end: int, value: str) -> list[str]:
    """The organs a disclosure field names as its issuer: one, or joint ones.

    Joint organs in one field stand apart by spaces, commas or run together (发文机关:中共某县委
    办公室 某县人民政府办公室): each an organ's name, they are the issuers, joined by 、 as a
    heading or a signature names them; any other value is one issuer, as printed.
    """
    listed = [name.strip() for name in re.split(r"[,，;；]", value) if name.strip()]
    organs = listed if len(listed) > 1 else signers(line.cut((begin, end))[1])
    if len(organs) > 1 and all(is_organ_name(organ) for organ in organs):
        return organs
    return [value]


def _cell_ranges(line: Line) -> list[tuple[int, int]]:
    """The ranges of a row's cells, apart by runs of spaces, tabs or pipes."""
    bounds = [0, *line.gaps, len(line.text)]
    return [
        (first + cell.start(), first + cell.end())
        for first, last in itertools.pairwise(bounds)
        for cell in re.finditer(r"[^\t| ]+", line.text[first:last])
    ]
