"""The head reader's signed lines: what a signature signs, and where it stands.

A signature under the notice or under the plan's title, at the end of a cover, under
an organ's mark, above the lines it signs; what the lines after a signature are.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from rulegov.model import Severity
from rulegov.parse._header_state import ReaderState, State, calls_for_comments
from rulegov.parse._header_titles import (
    carries_nothing,
    is_organ_name,
    is_titleish,
    names_document,
)
from rulegov.parse._header_words import (
    ANNEX_LABEL_ALONE,
    ANNEX_NOTE,
    CONTENTS,
    COVER_MONTH,
    MAX_SIGNERS,
    META,
    NAME_LIST,
    PAGE_BYLINE,
    PUBLIC_NOTE,
    SIMPLIFIED,
    TEXT_LABEL,
    TRAILING_NUMBER,
    simplified,
)
from rulegov.parse._text import normalise
from rulegov.parse._time import read_date

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rulegov.parse._text import Line


# the last words of a heading that is itself the document its organ signs (关于表彰…的决定,
# 关于加强…的实施意见, 关于…的通告, 关于…的公告): a line after its signature opens its annex
OWN_DOCUMENT_ENDS = ("决定", "意见", "通告", "公告")
# a call's text that says it asks for comments (现将草案公开征求公众意见, 向社会征求意见)
_CALLS_IN_TEXT = re.compile(r"征求(?:社会|公众|社会公众|各方)?(?:的)?意见")


class SignedPlacement(ReaderState):
    """Tells what a signature signs and reads on after it."""

    def signed(self, line: Line) -> None:
        """A line after the signature: a publication note, the plan's title, or its text."""
        text = line.text
        if self.organ_under_date(line) or self.signature_number(line):
            return
        if self.heading_under_signature(line):
            return
        if PUBLIC_NOTE.fullmatch(text):
            self.note(line, "publication-note", f"publication note: {text}", Severity.INFO)
        elif self.page_words_over_text(line):
            pass
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

    def page_words_over_text(self, line: Line) -> bool:
        """A page's label over the text it prints, or the title printed again with the page's words.

        A page labels the text it prints (规划全文): the title follows. A consultation page prints
        the draft's name again under its call's signature, with its words beside it (某规划(草案)
        草案全文 发布时间:…): the title is read, its text follows.
        """
        text = line.text
        if TEXT_LABEL.fullmatch(text) and is_titleish(self.next_text()):
            self.note(line, "page-text", f"the page's label: {text}", Severity.INFO)
            return True
        if self.title_printed_again(line):
            self.note(line, "page-text", f"the title printed again: {text[:30]}", Severity.INFO)
            self.state = State.TITLED
            return True
        return False

    def title_printed_again(self, line: Line) -> bool:
        """Whether a line prints the title read above it again, then the page's words beside it.

        The words are a label of the text (草案全文, 正文) and the page's byline (发布时间:…),
        apart from the title by a space; the title alone again is read as a title is.
        """
        title = self.header.title
        gap = line.gaps[0] if line.gaps else 0
        if title is None or not gap or normalise(line.text[:gap]) != normalise(title):
            return False
        rest = [line.text[begin:end] for begin, end in itertools.pairwise([*line.gaps, None])]
        return all(
            TEXT_LABEL.fullmatch(word) is not None or PAGE_BYLINE.match(word) is not None
            for word in rest
            if word
        )

    def heading_under_signature(self, line: Line) -> bool:
        """A notice's heading under a signature that nothing stood above, read as the head's.

        A page may print who issued the notice and when over it (某市人民政府办公室 / 2023年5月10日
        / 某市…的通知 / 各县…:): the heading is read as it is at the head's start, and the organ
        and the date sign it.
        """
        header = self.header
        if (
            header.notice_title is not None
            or header.title is not None
            or header.recipients
            or header.notice_lines
            or header.preamble_lines
            or not simplified(line.text).endswith("通知")
            or not self.is_notice_title(line.text)
        ):
            return False
        self.state = State.START
        self.start(line)
        return True

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
        the draft under its own title. A request or a report printed from its body on signs the
        same way, joint organs one a line over the date (GB/T 9704): every one of them signs.
        """
        header = self.header
        # the line itself first: the lines read before are looked at only under an organ's name,
        # so that a head of many lines is read in linear time
        if header.issuer is not None or not header.preamble_lines or not is_organ_name(text):
            return False
        # then a date under it, before the lines above are looked at: a run of organs' names
        # with no date (a copy's seals, 某办公室(借章), line after line) is read in linear time
        if not (self.date_follows() or self.organs_over_date() is not None):
            return False
        untitled = header.title is None and header.notice_title is None
        # or under a heading that calls for comments on a draft it names (…征求《Y》意见的公告)
        calls = header.notice_title is not None and calls_for_comments(header.notice_title)
        # or under the draft's own name, a consultation page's heading, the call's text saying it
        # calls for comments (现将草案公开征求公众意见) and the draft's name printed again under
        # the date: the call signs for the draft
        calls = calls or (
            header.notice_title is None
            and header.title is not None
            and any(_CALLS_IN_TEXT.search(simplified(item.text)) for item in header.preamble_lines)
            and self.title_again_under_date()
        )
        return untitled or (calls and not header.recipients)

    def title_again_under_date(self) -> bool:
        """Whether the title is printed again under the organs' lines and the date below them.

        The page may print its own words beside it (某规划(草案) 草案全文 发布时间:…).
        """
        joined = self.organs_over_date()
        if joined is None or self.header.title is None:
            return False
        below = next(itertools.islice(self.following_texts(), joined + 1, None), "")
        return normalise(below).startswith(normalise(self.header.title))

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

    def signs_above(self, text: str) -> bool:
        """Whether a short line over a date signs above the heading, or an organ over a month.

        A cover names its organ and the month over the title (某市人民政府 / 二〇一五年十二月).
        """
        if self.date_follows():
            return True
        return is_organ_name(text) and COVER_MONTH.fullmatch(self.next_text()) is not None

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


# how far down a page the draft's name heads the call for comments over it, and how far below
# it the call may run before the draft's name is printed again
_CALL_HEAD_LINES = 4
_CALL_LINES = 30
_LONGEST_DATE = 12  # a signature's date alone on its line (二〇二五年十一月二十四日)


def draft_under_call(lines: Sequence[Line]) -> int | None:
    r"""The line where a draft printed under the call for comments over it starts, if one does.

    A consultation page heads the call with the draft's name (the page's time perhaps beside it),
    prints the call (its text says it asks for comments; its ways and closing date perhaps
    numbered 一、 二、), who asks and when, then the draft under its name again (the page's words
    perhaps beside it: 草案全文 发布时间:…). The call's numbered paragraphs are no parts of the
    draft: the draft starts at its name printed again.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> page = split_lines(
        ...     "某区规划(草案) 发布时间:2025-11-24\n现将草案公开征求意见,有关事宜如下:\n"
        ...     "一、书面意见寄送区司法局。\n某区司法局\n2025年11月24日\n某区规划(草案)\n一、总则"
        ... )
        >>> draft_under_call(page)
        5
        >>> draft_under_call(split_lines("某区规划(草案)\n一、总则\n某区司法局\n2025年11月24日")) is None
        True
    """
    heads = [index for index, line in enumerate(lines) if line.text.strip(" \t")]
    for head in heads[:_CALL_HEAD_LINES]:
        line = lines[head]
        name = line.text[: line.gaps[0]] if line.gaps and line.gaps[0] > 0 else line.text
        if not names_document(name):
            continue
        stem = normalise(name)
        called = False
        for index in range(head + 1, min(len(lines), head + _CALL_LINES)):
            text = lines[index].text
            called = called or _CALLS_IN_TEXT.search(simplified(text)) is not None
            if not called or index < head + 3 or not normalise(text).startswith(stem):
                continue
            # the date and the organ over it, blank lines apart
            above = [item.text for item in reversed(lines[head + 1 : index]) if item.text.strip()]
            if len(above) < 2:  # the date and its organ
                continue
            date, organ = above[0], above[1]
            if read_date(date) is not None and len(date) <= _LONGEST_DATE and is_organ_name(organ):
                return index
    return None
