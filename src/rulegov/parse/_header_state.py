"""The head reader's state and its cursor over the lines, which every part of it shares.

`ReaderState` declares what the reader holds (the lines, where it is in them, the
`Header` it fills, the pending lines) and the few methods every part uses: `note` (a
diagnostic) and the look-ahead over the lines (`next_index`, `following_texts`,
`next_text`, `position`, `text_position`, `text_line`). For type-checking only it also
declares the methods one part calls in another; the parts themselves are mixins of
`_header._Reader`.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING

from rulegov.model import Diagnostic
from rulegov.parse._facts import line_span
from rulegov.parse._header_titles import is_organ_name
from rulegov.parse._header_words import (
    CALL_HEADING,
    COUNT_NOTE,
    DATE_NOTE,
    DATED_NOTE,
    DOC_NUMBER,
    FOR_COMMENTS,
    ISSUER_ENDS,
    SIMPLIFIED,
    TITLE_SUFFIX_LINE,
    simplified,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rulegov.model import Severity, Span
    from rulegov.parse._header import Header
    from rulegov.parse._text import Line


class State(enum.Enum):
    """Where the reader is in the head of the document."""

    START = enum.auto()
    NOTICE = enum.auto()
    SIGNED = enum.auto()
    TITLED = enum.auto()


# the fewest characters of a title's first part broken off above the rest (某县2022年)
MIN_TITLE_HEAD = 5


# the most lines a title is broken over: its first parts above a late heading are one fewer
MAX_TITLE_LINES = 4


# the marks that part a sentence's clauses, which no title's first part holds
CLAUSE_MARK = re.compile("[,，;；:：。!！?？]")


class ReaderState:
    """What the head reader holds, its notes and its look-ahead over the lines."""

    body: Line | None  # the body's first line, under the head
    signer: bool  # a signer's line (市长:某某) was read: the next date is the issue's
    # the notice's date was read from figures alone (20240315): a date printed in full wins
    figures_day: bool
    # the organs' lines under a notice's date read with no organ over it (None: no such date)
    organs_under_date: list[Line] | None
    # a date run on with its publication note reads as its two lines, from any line above
    lines: list[Line]
    line_numbers: list[int]  # the lines' numbers, in order
    header: Header
    state: State
    pending: list[Line]
    # the lines of an office that seals for the body signing above it (某局办公室(代章))
    sealing_for: set[int]
    index: int
    # the lines in which the document prints again, broken, the headline read above it
    headline_lines: int
    delivered: int | None  # the line after the last delivery note read
    last_meta: int | None  # the number of the last line read as metadata
    # the document's number came from a field of another name (统一登记号): a 发文字号 wins
    number_by_other: bool
    # the lines of a breadcrumb printed as a numbered list (1. 首页 / 2. …), found on the page
    # as printed: a line the frame took out of it leaves the others the page's still
    crumbs: frozenset[int]
    grouped: bool  # a sharing site's title of a group of documents was read
    noted_lines: set[int]  # the numbers of the lines a diagnostic notes
    # whether a line (with the one under it) names whole addressees, by their texts
    addressees: dict[tuple[str, str], bool]

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

    def text_position(self, position: int, step: int) -> int | None:
        """Where the nearest line with text from ``position`` on stands, walking by ``step``."""
        while 0 <= position < len(self.lines):
            if self.lines[position].text.strip(" \t"):
                return position
            position += step
        return None

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

    if TYPE_CHECKING:
        # the methods the parts call in one another, each with the part that
        # defines it (declared here for type-checking only)
        def number_rejoined(self, line: Line) -> Line: ...  # _header_numbers
        def padded_byline(self, line: Line) -> bool: ...  # _header_furniture
        def seal(self, line: Line) -> bool: ...  # _header_signature
        def signs(self, line: Line) -> bool: ...  # _header_signature
        def date_note(self, line: Line) -> bool: ...  # _header_signature
        def described(self, line: Line) -> bool: ...  # _header_furniture
        def order_mark(self, line: Line) -> bool: ...  # _header_numbers
        def labelled_address(self, line: Line) -> bool: ...  # _header_recipients
        def address_runs_into_text(self, line: Line) -> bool: ...  # _header_recipients
        def printed_below(self, line: Line) -> bool: ...  # _header_furniture
        def full_text_below(self, line: Line) -> bool: ...  # _header_furniture
        def untag(self, line: Line) -> Line: ...  # _header_furniture
        def bare_notice_label(self, line: Line) -> bool: ...  # _header_notice
        def forget_summary_above(self, line: Line) -> None: ...  # _header_headline
        def title_under_page_text(self, line: Line) -> None: ...  # _header_headline
        def dated_like_a_page(self, line: Line) -> bool: ...  # _header_signature
        def signed(self, line: Line) -> None: ...  # _header_signed
        def signs_lead(self, text: str) -> bool: ...  # _header_signed
        def signs_under_title(self, text: str) -> bool: ...  # _header_signed
        def signs_cover(self, text: str) -> bool: ...  # _header_signed
        def signs_its_mark(self, text: str) -> bool: ...  # _header_signed
        def signs_at_end(self, text: str) -> bool: ...  # _header_signed
        def page_text(self, line: Line) -> bool: ...  # _header_furniture
        def organ_mark_line(self, line: Line) -> bool: ...  # _header_marks
        def address_under_title(self, line: Line) -> bool: ...  # _header_recipients
        def late_title(self, text: str) -> bool: ...  # _header_headline
        def meta(self, line: Line) -> bool: ...  # _header_disclosure
        def signature(self, line: Line) -> bool: ...  # _header_signature
        def organ_under_date(self, line: Line) -> bool: ...  # _header_signature
        def issuer(self, lines: list[Line]) -> None: ...  # _header_signature
        def numbers_only(self, line: Line) -> bool: ...  # _header_numbers
        def signature_number(self, line: Line) -> bool: ...  # _header_numbers
        def numbers(self, line: Line) -> bool: ...  # _header_numbers
        def page_title(self, line: Line, begin: int, end: int) -> None: ...  # _header_headline
        def start(self, line: Line) -> None: ...  # _header
        def sentence_broken(self, text: str) -> bool: ...  # _header_notice
        def signs_above(self, text: str) -> bool: ...  # _header_signed
        def address_unclosed(self, line: Line) -> bool: ...  # _header_recipients
        def address_run_in(self, line: Line) -> bool: ...  # _header_recipients
        def heading_under_headline(self, line: Line) -> bool: ...  # _header_headline
        def carries_the_heading_above(self, line: Line) -> bool: ...  # _header_headline
        def notice_heading(self, line: Line) -> None: ...  # _header_notice
        def page_title_above(
            self, above: str, span: Span, *, again: bool = True
        ) -> None: ...  # _header_headline
        def heading_after_page_text(self, line: Line) -> bool: ...  # _header_headline
        def page_lead(self, line: Line) -> bool: ...  # _header_headline
        def title_text(self) -> str | None: ...  # _header_headline
        def start_under(self, line: Line, head: list[Line]) -> None: ...  # _header_headline
        def broken_above(self, line: Line) -> list[Line]: ...  # _header_plan_title
        def restart(self, line: Line) -> None: ...  # _header
        def heading_below(self) -> bool: ...  # _header_notice
        def head_broken_inside(self, line: Line) -> bool: ...  # _header_notice
        def title_follows(self, line: Line) -> bool: ...  # _header_notice
        def is_notice_title(self, text: str) -> bool: ...  # _header_notice
        def notice_title(self, line: Line) -> None: ...  # _header_notice
        def address_runs_on(self, text: str) -> str | None: ...  # _header_recipients
        def number_before_address(self, line: Line) -> Line: ...  # _header_numbers
        def recipients_over_lines(self, line: Line) -> None: ...  # _header_recipients
        def recipients(self, line: Line, *, colon: bool = True) -> None: ...  # _header_recipients
        def notice(self, line: Line) -> None: ...  # _header_notice
        def prepend_title(self, head: list[Line]) -> None: ...  # _header_plan_title
        def date_follows(self) -> bool: ...  # _header_signed
        def title(self, line: Line) -> None: ...  # _header_plan_title
        def title_again_with_period(self, line: Line) -> bool: ...  # _header_plan_title
        def set_title(self, lines: list[Line]) -> None: ...  # _header_plan_title
        def preamble(self, line: Line) -> None: ...  # _header


# a policy site's category tag alone under the heading it files (政策, 法规, 【政策解读】)
FILED_CATEGORY_TAG = re.compile(
    r"[【\[]?(?:政策|法规|规章|政策法规|政策解读|政策文件|政府文件|部门文件)[】\]]?"
)
# the last words of a heading's line that leave its name open (…的若干, …地方性): the word
# under them ends the name
NAME_GOES_ON = re.compile("(?:若干|地方性|有关|相关|配套|的|和|与|及|等)$")


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
    if FILED_CATEGORY_TAG.fullmatch(bare) is None:
        return False
    return bare.startswith(("【", "[")) or NAME_GOES_ON.search(above.rstrip(" \t")) is None


# a notice's verb for the documents it prints or forwards
PRINTS = re.compile(r"印[发發]|[转轉][发發]|批[转轉]")


# a document's name in 《》, with its brackets
NAMED = re.compile(r"《[^《》]{4,90}》")
# a body named with its own place, level or party (某县…, 县委…, 中共…), or a national organ
# (国家卫生健康委员会, 中央…): an organ of its own
PLACED_PATTERN = (
    r"(?:中共|中国|中央|国家|國家|国务院|全国|[省市县区州盟旗镇乡]"
    r"|[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|州|盟|旗|镇|乡|街道))"
)


# the levels a place's name ends with
PLACE_LEVELS = "省市县区州盟旗镇乡"


# how a title's first part opens: 关于, a year (2025年), or a body's place or level (某区…)
TITLE_OPENING = re.compile(r"关于|\d{4}年|" + PLACED_PATTERN)


def _signed_date(text: str) -> bool:
    """Whether a bracket is a date note, its date alone or signed: (某区人民政府 2023年5月10日)."""
    found = DATE_NOTE.fullmatch(text)
    return found is not None and signed_note(found)


def signed_note(found: re.Match[str]) -> bool:
    """Whether a dated bracket under a heading is a date note: its date alone, or signed.

    The organs that sign it stand before the date or after it, never on both sides; set
    without 印发 or 发布, each of them must be an organ's name ((某区人民政府 2023年5月10日)), or
    the bracket is some other note ((2023年5月10日起施行)).

    Examples:
        >>> from rulegov.parse._header_words import DATE_NOTE
        >>> [signed_note(DATE_NOTE.fullmatch(text)) for text in
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


# a dash that opens a subtitle: ——, —, --, ──, ――
DASH_OPENING = re.compile(r"[ \t\u3000]*(?:—{1,2}|-{2}|─{1,2}|―{1,2})[ \t]*(?=[^\s—\-─―])")


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


def calls_for_comments(heading: str) -> bool:
    """Whether a heading calls for comments on a draft, named in 《》 or not (征求意见公告)."""
    folded = simplified(heading)
    return FOR_COMMENTS.search(folded) is not None or CALL_HEADING.fullmatch(folded) is not None
