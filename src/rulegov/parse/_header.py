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

`_Reader` itself holds the walk over the lines (`run`, `read`, `read_anywhere`, `start`,
`fallback`); what it reads lives in mixins by what they read: `_header_state` (the shared
state and look-ahead), `_header_furniture` (page furniture), `_header_disclosure`
(disclosure fields), `_header_marks` (organ marks), `_header_signature` (issuers and date),
`_header_signed` (what a signature signs), `_header_numbers` (document numbers),
`_header_recipients` (the address), `_header_notice` (the notice's title and body),
`_header_headline` (a page's headline against the document's heading) and
`_header_plan_title` (the plan's own title).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from rulegov.model import Severity
from rulegov.parse._facts import line_span
from rulegov.parse._header_disclosure import DisclosureFields
from rulegov.parse._header_furniture import PageFurniture
from rulegov.parse._header_headline import HeadlineReading
from rulegov.parse._header_marks import OrganMarks
from rulegov.parse._header_news import (
    is_report_headline,
    names_no_document,
    news_lead,
    self_named,
    speaks_as_headline,
)
from rulegov.parse._header_notice import NoticeReading
from rulegov.parse._header_numbers import NumberReading
from rulegov.parse._header_page import (
    date_apart,
    is_byline,
    is_chrome,
    is_field_row,
    is_meta_row,
    is_nav_bar,
    is_separator_row,
    list_crumbs,
    lone_cell,
    loose_date,
    marked_label_row,
    numbered_field,
    related_links,
    table_cells,
    trim_range,
)
from rulegov.parse._header_plan_title import PlanTitleReading
from rulegov.parse._header_recipients import RecipientReading
from rulegov.parse._header_signature import SignatureReading
from rulegov.parse._header_signed import SignedPlacement
from rulegov.parse._header_state import State, category_tag_under, is_period_suffix
from rulegov.parse._header_titles import (
    ends_a_name,
    is_address,
    is_organ_name,
    is_plain_notice,
    is_titleish,
    named_titles,
    names_by_level,
    names_document,
    names_in_short,
    names_own_plan,
    placed_level_name,
    plan_kind,
    run_on_parts,
    title_byline_parts,
    title_issuer,
    title_line_parts,
)
from rulegov.parse._header_words import (
    ATTACHMENT_LEAD,
    DOC_NUMBER,
    FOR_COMMENTS,
    ISO_DATE,
    MAX_ISSUER,
    META,
    NOTICE_WORDS,
    ORGAN_MARK,
    PUBLIC_NOTE,
    SIMPLIFIED,
    STAMP,
    simplified,
)
from rulegov.parse._time import read_date

if TYPE_CHECKING:
    import datetime as dt

    from rulegov.model import Diagnostic, Span
    from rulegov.parse._text import Line


__all__ = [
    "FOR_COMMENTS",
    "ORGAN_MARK",
    "SIMPLIFIED",
    "Header",
    "category_tag_under",
    "date_apart",
    "is_chrome",
    "is_field_row",
    "is_meta_row",
    "is_nav_bar",
    "is_organ_name",
    "is_period_suffix",
    "is_plain_notice",
    "is_report_headline",
    "is_separator_row",
    "list_crumbs",
    "lone_cell",
    "loose_date",
    "marked_label_row",
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
# a sharing site's title and the document's heading run together, the name twice in a row
# (某镇…报告某镇…报告区政府:…)
_DOUBLED_HEADING = re.compile(r"[ \t]*(?P<name>[^。:,;]{6,80}?)(?P=name)")
# the brackets a site prints a document's number in before its heading: [某政发〔2026〕7号]
_NUMBER_BRACKETS = frozenset({"[]", "【】", "［］"})
_LONGEST_NOTE = 16  # (此件公开发布), the publication note: 此件 and at most twelve characters


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
    # the town or zone a disclosure field names alone as the publisher (发布机构 某镇), and where:
    # the issuer where nothing the document prints names its organ
    page_place: str | None = None
    page_place_span: Span | None = None
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


class _Reader(
    PageFurniture,
    DisclosureFields,
    OrganMarks,
    SignatureReading,
    SignedPlacement,
    NumberReading,
    RecipientReading,
    NoticeReading,
    HeadlineReading,
    PlanTitleReading,
):
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

    def run(self) -> Header:
        while self.index < len(self.lines):
            line = self.lines[self.index]
            self.index += 1
            if line.text.strip(" \t"):
                line = self.number_rejoined(line)
                if self.padded_byline(line):
                    continue
                parts = self.parts_of(line)
                if len(parts) > 1:
                    self.lines[self.index - 1 : self.index] = parts
                    line = parts[0]
                line = self.untagged(line, split=len(parts) == 1)
                if not self.read_anywhere(line):
                    self.read(line)
        if self.pending:
            self.fallback(self.pending)
        return self.header

    def parts_of(self, line: Line) -> list[Line]:
        """The lines a copy printed as one: a run-on text, a signature, a byline, a title's tail.

        A title's own neighbours (a counter, a bracketed day or number) are cut only while no
        title is read; a line that holds none of them is itself alone.
        """
        for split in (run_on_parts, signature_parts, byline_parts, title_byline_parts):
            parts = split(line)
            if len(parts) > 1:
                return parts
        return title_line_parts(line) if self.header.title is None else [line]

    def untagged(self, line: Line, *, split: bool) -> Line:
        """The line without a site's tag, and its parts once the tag is off when ``split``.

        A site's tag may stand before a number and the heading apart from it ((失效)某政办发
        〔2017〕14号 某办公室关于…的通知): without the tag, the two are the line's parts.
        """
        untagged = self.untag(line)
        if untagged is line or not split:
            return untagged
        parts = run_on_parts(untagged)
        if len(parts) == 1:
            return untagged
        self.lines[self.index - 1 : self.index] = parts
        return parts[0]

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
        elif self.address_under_title(line) or self.title_again_with_period(line):
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

    def start(self, line: Line) -> None:
        text = line.text
        if (
            self.numbers(line)
            or self.doubled_heading(line)
            or self.address_run_in(line)
            or self.page_lead(line)
        ):
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
        elif (
            len(text) <= MAX_ISSUER
            and is_titleish(text)
            and not (ends_a_name(text) and names_document(text))  # a plan's name signs nothing
            and self.signs_above(text)
        ):
            self.pending = [line]
        elif is_titleish(text) and not self.sentence_broken(text):
            self.title(line)
        elif self.heading_below():
            # GB/T 9704 puts the heading first: what a page prints above it is the page's
            self.note(line, "page-text", f"page text above the heading: {text[:30]}", Severity.INFO)
        else:
            self.preamble(line)

    def doubled_heading(self, line: Line) -> bool:
        """A sharing site's title and the document's heading run together on the first line.

        A document-sharing site prints its copy's title, then the document from its heading on,
        and the copy lost the line breaks after both (某镇2020年度法治政府建设情况报告某镇2020年度
        法治政府建设情况报告区政府:根据…): the name twice in a row is the title, once the site's
        and once the document's; what follows it on the line is read as a line of its own.
        """
        header = self.header
        if header.title is not None or header.recipients or header.notice_title is not None:
            return False
        found = _DOUBLED_HEADING.match(line.text)
        if found is None:
            return False
        name = found["name"]
        if not (is_titleish(name) and ends_a_name(name) and names_document(name)):
            return False
        site, rest = line.split(found.start("name") + len(name))
        self.note(
            site, "page-text", f"the site's title before the heading: {name[:30]}", Severity.INFO
        )
        if len(rest.text) <= len(name):
            self.set_title([rest])
            self.state = State.TITLED
            return True
        heading, after = rest.split(len(name))
        self.set_title([heading])
        self.state = State.TITLED
        if not self.address_run_in(after):
            self.read(after)
        return True

    def restart(self, line: Line) -> None:
        """Take what was read above a late heading for page text, keeping a number line."""
        header = self.header
        above = list(header.preamble_lines)
        if header.title is not None and not self.bracketed_number(header):
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

    def bracketed_number(self, header: Header) -> bool:
        """Whether the line read above a late heading is the document's number in brackets.

        A site's list and page print a document's number in square brackets glued before its
        heading ([某政发〔2026〕7号]某市人民政府关于…的报告): the number is the document's, as a
        number alone on a line above the heading is.
        """
        lines = header.title_lines
        if header.doc_number is not None or len(lines) != 1:
            return False
        text = lines[0].text.strip(" \t")
        if len(text) < 3 or text[0] + text[-1] not in _NUMBER_BRACKETS:
            return False
        bare = text[1:-1].strip(" \t")
        if DOC_NUMBER.fullmatch(bare) is None:
            return False
        begin = lines[0].text.index(bare)
        header.doc_number = lines[0].printed(begin, begin + len(bare))
        header.spans["doc_number"] = line_span(lines[0], begin, begin + len(bare))
        return True

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


# the marks that close the sentence a copy runs a signature into: 。, !, ?, or a quote after one
SIGNED_SENTENCE_ENDS = ("。", "!", "?", "”", "’")


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
        or not ("\u4e00" <= rest[0] <= "\u9fff" or rest[0].isdecimal())
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
