"""The plan parser's head fields taken from elsewhere than the head reader.

The document's frame (its printing, annexes, signatures), an organ's mark over a
short name, a signer over a publisher, a notice's form of the title, a reply's or a
news report's title, a signature over the title.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from rulegov.model import DocNumber, Severity, Span
from rulegov.parse._facts import line_span
from rulegov.parse._frame import (
    blank,
    carried_title,
    find_frame,
    is_organ_line,
    keep_table_for_merge,
)
from rulegov.parse._header import (
    SIMPLIFIED,
    date_apart,
    is_organ_name,
    is_plain_notice,
    is_report_headline,
    loose_date,
    named_titles,
    names_by_level,
    names_in_short,
    names_no_document,
    names_own_plan,
    news_lead,
    noted_date_parts,
    placed_level_name,
    self_named,
    speaks_as_headline,
    title_issuer,
)
from rulegov.parse._header_plan_title import apart_at_gaps
from rulegov.parse._header_titles import (
    accounts_for_document,
    answers_alone,
    bureau_issuer,
    genre_label,
    plan_kind,
    published_list,
)
from rulegov.parse._header_words import NOTICE_ISSUER, PUBLIC_NOTE
from rulegov.parse._numbering import match_heading
from rulegov.parse._parser_state import ParserState, line_diagnostic
from rulegov.parse._text import normalise
from rulegov.parse._time import read_date
from rulegov.parse._vocab import PLACE_ENDS, UNIT_ENDS

if TYPE_CHECKING:
    from rulegov.parse._frame import FrameReading
    from rulegov.parse._header import Header
    from rulegov.parse._text import Line


_LEAD_LINES = 8  # a news report's lead stands in its first lines, under the headline and byline


# an office in brackets after the government's name: 某市人民政府(办公室)
_WITH_OFFICE = re.compile(r"[(（](?:办公室|辦公室|办公厅|辦公廳)[)）]")
_OFFICE = re.compile(r"办公室|辦公室|办公厅|辦公廳")
# Marks a heading may print or drop between names: spaces, 、 and the middle dot.
_SEPARATORS = re.compile(r"[\s、·]")
_BRACKETS = re.compile(r"[()（）]")
# a report's word on whose name a plan went out under: 最后以市委、市府两办名义正式印发
_IN_THE_NAME_OF = re.compile(
    r"以(?P<issuer>[^,。;:《》\s]{2,30}?)(?:的)?名义(?:正式|联合)?(?:印发|下发|发布|出台)"
)


_DATE_LINE = 20  # a date line of a signature: 二〇一八年十二月二十五日 and no more
_MIN_TITLE_LINE = 4  # the first line of a title broken under a signature: 某县乡村振兴 at least


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


def _marked_organ(mark: object) -> str | None:
    """The organ an organ's mark names: 某省人民政府 of 某省人民政府文件 (not …纪要, a meeting's)."""
    if not isinstance(mark, str) or not mark.endswith("文件"):
        return None
    organ = mark[: -len("文件")].strip()
    return organ if is_organ_name(organ.translate(SIMPLIFIED)) else None


def _issuer_in_mark(header: Header, mark: object, span: Span | None) -> None:
    """The span of an issuer the frame's organ mark names: the organ's name in the mark.

    An issuer read from the mark (某局 of 某局文件) spans the words of the mark that name it,
    where nothing else gave it a span.
    """
    organ = _marked_organ(mark)
    if organ is None or span is None or header.issuer != organ or "issuer" in header.spans:
        return
    head = str(mark)[: -len("文件")]
    start = span.start + len(head) - len(head.lstrip())
    header.spans["issuer"] = Span(start=start, end=start + len(organ))


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


def _span_from(header: Header, field: str, span: Span | None) -> None:
    """The span of a field taken from the frame, where the frame read one: the field's own."""
    if span is not None:
        header.spans[field] = span
    else:
        header.spans.pop(field, None)  # never the span of a value the field no longer holds


def _end_date_of_issue(
    header: Header, found: dict[str, object], spans: dict[str, Span] | None = None
) -> None:
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
    spans = spans or {}
    if (header.issued_on is None or signed) and isinstance(day, dt.date):
        header.issued_on = day
        _span_from(header, "issued_on", spans.get("end_issued_on"))
    page_day = found.get("end_page_issued_on")
    if header.issued_on is None and isinstance(page_day, dt.date):
        header.issued_on = page_day
        _span_from(header, "issued_on", spans.get("end_page_issued_on"))


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


_LONGEST_CUT = 2  # 某市人民政府办公(室): the characters a copy may cut from a signer's name


def _cut_short_of(signer: str, organ: str) -> bool:
    """Whether a signature is the heading's organ with its last characters cut, and no organ's name.

    Examples:
        >>> _cut_short_of("某市人民政府办公", "某市人民政府办公室")
        True
        >>> _cut_short_of("某市人民政府", "某市人民政府办公室")  # an organ of its own
        False
    """
    return (
        organ.startswith(signer)
        and 0 < len(organ) - len(signer) <= _LONGEST_CUT
        and not is_organ_name(signer.translate(SIMPLIFIED))
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
    joint = _organs_apart(issuer)
    if joint:
        return joint
    glued = _glued_organs(issuer)
    return glued if len(glued) > 1 else []


def _organs_apart(named: str) -> list[str]:
    """The organs a heading names apart by 、 (某部、某厅), or none where a part is no organ's name.

    Examples:
        >>> _organs_apart("中共中央宣传部、司法部")
        ['中共中央宣传部', '司法部']
        >>> _organs_apart("某部、、某厅"), _organs_apart("中共某县委宣传部(县文明办、县网信办)")
        ([], [])
    """
    parts = named.split("、")
    if len(parts) < 2 or not all(
        part
        and part.count("(") + part.count("（") == part.count(")") + part.count("）")
        and is_organ_name(part.translate(SIMPLIFIED))
        for part in parts
    ):
        return []
    return parts


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


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` names ``full`` in short: its first and last characters, some between.

    Examples:
        >>> [_abbreviates(short, "工业和信息化部") for short in ("工信部", "工业部", "信息化部")]
        [True, True, False]
    """
    if len(short) >= len(full) or short[:1] != full[:1] or short[-1:] != full[-1:]:
        return False
    return _in_order(short, full)


def _in_order(short: str, full: str) -> bool:
    """Whether every character of ``short`` stands in ``full``, in the same order."""
    characters = iter(full)
    return all(char in characters for char in short)


def _short_without_place(short: str, full: str) -> bool:
    """Whether ``short`` is a page's short name of ``full``, its place left out: 政府办.

    A site's field names the office that posts a page as its staff say it (政府办, 区府办,
    司法局): characters of the full name in their order, fewer of them, the last one from the
    full name's last word (办 of 办公室), so that it names the office, never the government
    above it (县政府 is not 县人民政府办公室).

    Examples:
        >>> _short_without_place("政府办", "区人民政府办公室"), _short_without_place("区府办", "某区人民政府办公室")
        (True, True)
        >>> _short_without_place("县政府", "县人民政府办公室"), _short_without_place("司法局", "某县人民政府")
        (False, False)
    """
    short, full = short.replace(" ", ""), full.replace(" ", "")
    if len(short) < _MIN_SHORT_NAME or len(short) >= len(full) or short[-1] not in full[-3:]:
        return False
    return _in_order(short, full)


# the fewest characters a page's short name of an organ has: 政府办, 县府办
_MIN_SHORT_NAME = 3


# the Party's central organs, which no organ's ending names (中共中央 国务院关于…的意见)
_CENTRAL_ORGANS = frozenset({"中共中央", "党中央", "中央军委"})


def _page_names_a_signer(header: Header, organs: object) -> bool:
    """Whether a page's 发布机构 names one of the organs that sign at the end, or names it short.

    工信部 over 工业和信息化部 / 教育部 / … / 2024年1月18日: the signature names the issuers in
    full, and all of them.
    """
    page = header.issuer if header.issuer_from_page else None
    return (
        bool(page)
        and isinstance(organs, list)
        and any(page == organ or _abbreviates(str(page), str(organ)) for organ in organs)
    )


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


class HeadFallbacks(ParserState):
    """Fills the head's fields the head reader left from the rest of the text."""

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

    def frame_fallbacks(
        self, header: Header, found: dict[str, object], spans: dict[str, Span] | None = None
    ) -> None:
        """Fill the issuer and date from the frame when the head does not print them.

        ``spans`` are the frame's (`FrameReading.spans`): an issuer or a date taken from the
        signature at the end, or from a page's field under the text, keeps the span it was read
        from, as one read in the head does.
        """
        spans = spans or {}
        if (
            (header.title is None and header.notice_title is None)  # a notice is no news report
            or (header.title is not None and is_report_headline(header.title))
            or (header.title is not None and names_no_document(header.title))
        ) and not _named_by_notice(header):
            self.news_title(header)
        self.no_headline(header)
        organs = found.get("end_signing_organs")
        self.signer_over_publisher(header, organs)
        if header.issuer is None and isinstance(organs, list) and organs:
            header.issuers = [str(organ) for organ in organs]
            header.issuer = "、".join(header.issuers)
            _span_from(header, "issuer", spans.get("end_signing_organs"))
        elif header.issuer is None and header.notice_issuer:
            header.issuers = _joint_organs(header.notice_issuer)
            # joint organs the heading ran together are named apart, as a signature names them
            header.issuer = "、".join(header.issuers) or header.notice_issuer
            if "notice_title" in header.spans:
                header.spans["issuer"] = header.spans["notice_title"]
        elif header.issuer is None and isinstance(page_issuer := found.get("end_page_issuer"), str):
            # a page's field under the document (发文机关:…), where nothing above names one
            header.issuer = page_issuer
            _span_from(header, "issuer", spans.get("end_page_issuer"))
        number = found.get("doc_number")
        if header.doc_number is None and isinstance(number, DocNumber):
            header.doc_number = number.text
            if number.span is not None:
                header.spans["doc_number"] = number.span
        _end_date_of_issue(header, found, spans)
        self.notice_form_of_title(header)
        self.red_head_issuer(header, found)
        if header.issuer is None:
            apart = self.heading_organs_apart(header)
            header.issuer = (
                header.reported_issuer
                # joint organs a heading prints apart by spaces (省委宣传部 省司法厅 关于…): each
                # named, as a signature names them
                or (apart if apart is not None and "、" in apart else None)
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
        _issuer_in_mark(header, found.get("organ_mark"), spans.get("organ_mark"))
        self.page_place_issuer(header, found.get("end_page_place"))
        self.mark_over_short_name(header)
        self.masked_issuer(header)
        self.signers_full_name(header)
        self.heading_full_name(header)
        self.place_of_level_name(header)
        if header.title is None and header.notice_title is not None:
            self.own_title(header)
        self.reply_title(header)
        _without_year_link(header)
        self.issuer_in_heading(header)

    def red_head_issuer(self, header: Header, found: dict[str, object]) -> None:
        """The issuer a notice's red head names, where its heading and its signature name none.

        A notice under its organ's red head (某局文件), its heading naming no organ
        (关于印发《…》的通知) and signed with a date alone, is issued by the organ the red head
        names; the owner the printed plan's heading names first is that plan's author line.
        """
        marked = header.mark_issuer or _marked_organ(found.get("organ_mark"))
        if (
            header.issuer is None
            and marked
            and header.reported_issuer is None
            and header.notice_title is not None
            and title_issuer(header.notice_title) is None
        ):
            header.issuer = marked
            self.issuer_at_mark(header)

    def issuer_in_heading(self, header: Header) -> None:
        """The span of an issuer read from the heading, where the heading prints it whole.

        An issuer taken from the heading (``某县人民政府关于…``, a report's owner before its year:
        ``某市司法局2024年法治政府建设工作报告``, joint organs: ``省委宣传部、省司法厅关于…``) is a
        fact of the text like one read from a signature: its span is where the notice's heading
        or the plan's title prints it, one run of characters. An issuer the heading breaks over
        lines, or prints otherwise, keeps no span rather than a wrong one.
        """
        if header.issuer is None or "issuer" in header.spans:
            return
        for field in ("notice_title", "title"):
            span = header.spans.get(field)
            if span is None:
                continue
            at = self.text.find(header.issuer, span.start, span.end)
            if at >= 0:
                header.spans["issuer"] = Span(start=at, end=at + len(header.issuer))
                return

    @staticmethod
    def page_place_issuer(header: Header, under: object = None) -> None:
        """The town or zone a page's field names alone, where nothing the document names an organ.

        A town, a township, a street office or a development zone publishes in its own name
        (发布机构 某镇 over 某镇2025年度法治政府建设情况报告): it is the issuer, its span the
        field's, unless the heading's organ, a signature or a notice's issuer named one first.
        ``under`` is such a place a field under the document names, and its span (the frame's
        ``end_page_place``), taken where no field over it named one.
        """
        if header.page_place is None and isinstance(under, tuple):
            header.page_place, header.page_place_span = under
        if header.issuer is None and header.page_place is not None:
            header.issuer = header.page_place
            header.issuer_from_page = True
            if header.page_place_span is not None:
                header.spans["issuer"] = header.page_place_span

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
                line_diagnostic(
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

    def heading_organs_apart(self, header: Header) -> str | None:
        """The organs a heading names before 关于, where it prints them apart by spaces, joined by 、.

        中共中央 国务院关于…的意见, or 中共中央 国务院 on a line over 关于…的意见: each is an
        organ; None where the heading names one organ, or prints its organs run together.
        """
        heading = "title" if header.title is not None else "notice_title"
        named = title_issuer(header.title or header.notice_title or "")
        span = header.spans.get(heading)
        if named is None or span is None or "、" in named:
            return None
        folded = normalise(named)
        for line in getattr(self, "framed", self.lines):
            if line.start <= span.start < line.start + len(line.original) + 1:
                at = line.text.find(folded)
                if at < 0:
                    return None
                cuts = [at, *(gap for gap in line.gaps if at < gap < at + len(folded))]
                parts = [line.text[a:b] for a, b in itertools.pairwise([*cuts, at + len(folded)])]
                if len(parts) > 1 and all(
                    part in _CENTRAL_ORGANS or is_organ_name(part.translate(SIMPLIFIED))
                    for part in parts
                ):
                    return "、".join(parts)
                return apart_at_gaps(line, at, at + len(folded))
        return None

    def heading_organs_over_page(self, header: Header) -> None:
        """The joint organs a heading prints apart by a space, each named, over the page's one.

        A heading ``中共中央 国务院关于…的意见`` names each of its organs, over a page's 发布机构
        that names one of them (中共中央).
        """
        joint = self.heading_organs_apart(header)
        if joint is None:
            return
        page = header.issuer if header.issuer_from_page else None
        if page is not None and page in joint.split("、"):
            header.issuers = joint.split("、")
            header.issuer = joint
        elif header.notice_issuer and normalise(header.notice_issuer) == joint.replace("、", ""):
            header.notice_issuer = joint  # the heading's organs, named apart

    def signer_over_publisher(self, header: Header, end_organs: object = None) -> None:
        """The office that signs the notice, as its heading names it, over the page's publisher.

        A disclosure block names the government that publishes the page (发布机构 某县人民政府);
        the notice's heading and signature name the office that issues it (某县人民政府办公室).
        So do the organs that sign at the end, where the page names one of them
        (``end_organs``, read by the frame).
        """
        if _page_names_a_signer(header, end_organs):
            header.issuer = None
        self.heading_organs_over_page(header)
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
        # a page that names the government with its office in brackets (发布机构 某市人民政府
        # (办公室): the two that post the page) over a heading that names the government: the
        # heading's organ issues
        if named and page and _WITH_OFFICE.fullmatch(page.removeprefix(named)):
            header.issuer = page = named
        own = organ or named
        if own and page:
            page = self.own_organ_over_page(header, own, page)
        # a field that runs together the joint organs the heading prints apart (发布部门
        # 某部某厅 under 某部、某厅关于…的通知): the heading names each of them, where each is an
        # organ's name (a 、 inside a name's brackets parts no organs: 某部(某办、某办))
        joint = _organs_apart(named) if named else []
        if joint and page and normalise(page) == normalise(named or "").replace("、", ""):
            header.issuer = page = named
            header.issuers = joint
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

    @staticmethod
    def own_organ_over_page(header: Header, own: str, page: str) -> str | None:
        """The organ the document's own heading names over the page's name of its office.

        Returns the page's name as it then stands (None where the page's name gave way).
        """
        # a page whose 发文机关 names the general office of the organ the document's own heading
        # names (某市人民政府办公室 over 某市人民政府关于…的报告): the office posts the organ's
        # document on the site; the heading's organ issues it (a notice the office heads
        # names the office: 某市人民政府办公室关于印发…的通知)
        if page.startswith(own) and _OFFICE.fullmatch(page.removeprefix(own)):
            header.issuer = own
            return own
        # and a page that names the government whose office heads the notice (发布机构 某县人民
        # 政府 over 某县人民政府办公室关于印发…的通知): the office issues what its heading heads
        if own.startswith(page) and _OFFICE.fullmatch(own.removeprefix(page)):
            header.issuer = None
            return None
        # a page that names the heading's one organ short, its place left out (发布机构 政府办
        # over 区人民政府办公室关于…的通知): the heading names the issuer in full (a page's name
        # that ends the heading's organs, 区司法局, names the last of them by its level: below)
        if (
            _short_without_place(page, own)
            and not own.endswith(page)
            and not re.search("[、 ]", own)
        ):
            header.issuer = None
            return None
        return page

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
            # the issuer spans the signature that names it in full, not the heading's short name
            signed = next(
                (
                    line
                    for line in self.framed
                    if line.printed(0, len(line.text)).strip() == full and is_organ_line(line.text)
                ),
                None,
            )
            if signed is not None:
                text = signed.text
                begin = len(text) - len(text.lstrip(" \t"))
                header.spans["issuer"] = line_span(signed, begin, len(text.rstrip(" \t")))

    def heading_full_name(self, header: Header) -> None:
        """The heading's full name of the organ the signature names by its level (县政府办公室).

        A signature may leave out the place the heading names (某县人民政府办公室关于… signed
        县政府办公室), or a copy cut its last characters (某市人民政府办公 under 某市人民政府
        办公室关于…): the organ is the heading's, named in full.
        """
        issuer, full = header.issuer, header.notice_issuer
        if (
            issuer
            and full
            and len(header.issuers) <= 1  # one organ: joint signers are named each in full
            and (
                names_by_level(issuer.translate(SIMPLIFIED), full.translate(SIMPLIFIED))
                or _cut_short_of(issuer, full)
            )
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
        if _title_before_lost_opening(header):
            return
        if _published_list_as_title(header):
            return
        own = (
            names_own_plan(notice_title)
            or is_plain_notice(notice_title)
            or accounts_for_document(notice_title)  # 关于《Y》的政策解读: an account of Y
        )
        if carried_title(notice_title) != notice_title.strip() and not own:
            return
        _notice_title_as_title(header)
        _without_genre_label(header)

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
                line_diagnostic(
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
        # a lead names the plan in 《》: a line without one is read no further; a line under a
        # numbered heading ((一)…市政府常务会议审议印发《…》) is the document's own body, telling
        # what was done, not a lead naming the document the page prints
        leads = (
            (line, news_lead(line.text))
            for line in [*header.preamble_lines, *opening]
            if "《" in line.text and match_heading(normalise(line.text).lstrip(" \t\u3000")) is None
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
        carried = carried_title(title)
        if carried is not None and carried != title.strip() and carried in title:
            # the lead names the notice that prints the plan (网站发布了《X关于印发Y的通知》):
            # the plan is Y, and the notice's organ issues it, not the site that published it
            issuer = title_issuer(title) or issuer
            at = begin + title.index(carried)
            begin, title = at, carried
        header.title = line.printed(begin, begin + len(title))
        header.spans["title"] = line_span(line, begin, begin + len(title))
        if header.issuer is None:
            # a report names who forwards the plan; the plan's own title names its issuer,
            # and a report that names no issuer leaves it to the title alone (an issuer the
            # lead names otherwise than its line prints it, past its spaces, is not read)
            at = line.text.find(issuer) if issuer else -1
            header.issuer = title_issuer(header.title) or (
                line.printed(at, at + len(issuer)) if issuer and at >= 0 else None
            )
            # joint organs the lead runs together (某县委办公室某县人民政府办公室印发了…) are
            # named apart, as a heading's or a signature's are
            joint = _glued_organs(header.issuer) if header.issuer else []
            if len(joint) > 1:
                header.issuers = joint
                header.issuer = "、".join(joint)

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


# a notice's heading printed from inside its 《》, its opening (X关于转发《) lost: the plan's name,
# then the 》 and the words that close a notice (…第七个五年规划(2016—2020年)》的通知)
_LOST_OPENING = re.compile(r"(?P<title>[^《》]{4,120})》的?通知")


def _title_before_lost_opening(header: Header) -> bool:
    """Whether the notice's heading lost its opening, and the plan took the name before its 》.

    A page may print a forwarding notice's heading from inside its 《》 (关于在全市公民中开展法治
    宣传教育的第七个五年规划(2016—2020年)》的通知): the line closes as a notice does, so it stays the
    notice's heading, and the plan printed under it with no title of its own is the one it
    names, the words before the 》.
    """
    notice_title = (header.notice_title or "").strip()
    lost = _LOST_OPENING.fullmatch(notice_title)
    if lost is None or plan_kind(lost["title"]) is None:
        return False
    # a heading that kept its opening and lost only its 《 (X关于印发Y》的通知): Y after the verb
    opening = NOTICE_ISSUER.match(lost["title"])
    skip = opening.end() if opening is not None and plan_kind(lost["title"][opening.end() :]) else 0
    title = lost["title"][skip:]
    header.title = title
    span = header.spans.get("notice_title")
    if span is not None and span.end - span.start == len(header.notice_title or ""):
        start = span.start + (header.notice_title or "").index(lost["title"]) + skip
        header.spans["title"] = Span(start=start, end=start + len(title))
    return True


def _published_list_as_title(header: Header) -> bool:
    """Title the document by the list its notice publishes: Y in ``X关于公布Y的通知``.

    The heading stays the notice's (see ``published_list``); the list's title is the words
    after 公布, its span inside the heading's where the heading is printed in one run.
    """
    notice_title = header.notice_title or ""
    found = published_list(notice_title)
    if found is None:
        return False
    begin, end = found
    header.title = notice_title[begin:end]
    span = header.spans.get("notice_title")
    if span is not None and span.end - span.start == len(notice_title):
        header.spans["title"] = Span(start=span.start + begin, end=span.start + end)
    return True


# a year alone on a title's line, apart from it by a space: a wiki's link to the year before
# (2024年 某委员会2025年度监督工作计划)
_YEAR_LINK = re.compile(r"[ \t\u3000]*(?P<year>(?:19|20)\d{2})年[ \t\u3000]+(?P<rest>\S)")
_NAMED_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")


def _without_year_link(header: Header) -> None:
    """The title less a page's link to another year printed before it on its line.

    A wiki of source texts links a plan for the year to the same plan of the years around it,
    the year before on the title's line, a space after it (2024年 某委员会2025年度监督工作计划).
    A title names its own year once: a bare year before a title that names another year is the
    link. A year before a title naming no other one (2025年 某县工作要点) is the title's own.
    """
    title = header.title
    if not title or not header.title_lines:
        return
    first = header.title_lines[0]
    link = _YEAR_LINK.match(first.original)
    if link is None or not title.startswith(link["year"] + "年"):
        return
    rest = title[len(link["year"]) + 1 :]
    named = _NAMED_YEAR.findall(rest)
    if not named or link["year"] in named:
        return
    header.title = rest
    span = header.spans.get("title")
    if span is not None and span.start == first.start + link.start("year"):
        header.spans["title"] = Span(start=first.start + link.start("rest"), end=span.end)


def _without_genre_label(header: Header) -> None:
    """The title less a sharing site's category before it (实施意见:关于…的实施意见).

    The label is a kind of document and a colon, and the title after it names a kind too (see
    ``genre_label``), as the reader leaves the label out of a title of any other form.
    """
    title = header.title or ""
    label = genre_label(title)
    if label is None:
        return
    span = header.spans.get("title")
    header.title = title[label.end() :]
    if span is not None and span.end - span.start == len(title):
        header.spans["title"] = Span(start=span.start + label.end(), end=span.end)


def _notice_title_as_title(header: Header) -> None:
    """Make the notice's heading the document's title, its span with it, and leave no notice."""
    header.title = header.notice_title or ""
    header.notice_title = None
    span = header.spans.pop("notice_title", None)
    if span is not None:
        header.spans["title"] = span
