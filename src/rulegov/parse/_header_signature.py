"""The head reader's signature: the issuing organs and the date of issue under them.

An issuer's lines over a date, a date without its year, an organ and a date on one
line, organs under a date, a seal's note, a dated note under the text, a date that
reads like a page's.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from rulegov.model import Severity, Span
from rulegov.parse._facts import line_span
from rulegov.parse._header_page import (
    date_apart,
    ends_the_name_above,
    loose_date,
    loose_readings,
    split_organs,
)
from rulegov.parse._header_state import (
    PLACED_PATTERN,
    ReaderState,
    State,
    organ_word_broken,
    signed_note,
)
from rulegov.parse._header_titles import (
    is_organ_name,
    is_titleish,
    name_broken_over,
    names_document,
    plan_kind,
    signers,
)
from rulegov.parse._header_words import (
    COVER_MONTH,
    DATE_NOTE,
    ISO_DATE,
    LOOSE_DATE,
    LOST_DATE,
    LOST_MONTH_DATE,
    LOST_SPACES,
    MAX_SIGNERS,
    MONTH_DATE,
    OFFICE_WORD,
    ON_BEHALF,
    SEAL,
    SEALED_FOR,
    SIGNER,
    YEAR_LINE,
    YEARLESS_DATE,
)
from rulegov.parse._time import read_date
from rulegov.parse._vocab import PLACE_ENDS, WORK_VERBS

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from rulegov.parse._text import Line


# a document is published within a year after it is issued
DAYS_BEFORE_PUBLICATION = 366


_LOST_DATE_DIGITS = 7  # 2022121: a year and a month and day that lost their marks; 8 read one way


# a contact's line under a notice: the figures under it are a telephone's number
_CONTACT = re.compile("联系人|联系电话|电话|联系方式|手机|传真")


class SignatureReading(ReaderState):
    """Reads the signature: issuers and the date of issue."""

    def seal(self, line: Line) -> bool:
        """A seal's note on a line of its own, by the signer it stamps: (印章), 【盖章】.

        A copy marks where the seal stands (GB/T 9704-2012, 7.3.5: 加盖印章) over or under the
        signing organ; the note names no organ and dates nothing. An office that seals for the
        body signing above it, in brackets under the body's name ((某区政务服务管理局代章)), is
        the same note: the body above alone issues.
        """
        text = line.text.strip(" \t")
        if SEAL.match(text) is None:
            if not self.pending or SEALED_FOR.fullmatch(text) is None:
                return False
            # (某区政务服务管理局代章) under the signer: the office seals for it and issues nothing
            self.note(line, "page-text", f"the sealing office's note: {line.text}", Severity.INFO)
            return True
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
        if found is not None and not signed_note(found):
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

    def dated_like_a_page(self, line: Line) -> bool:
        """A date in the form a page dates itself (2023.5.10) under a notice's signer: signed."""
        # under the signer, or right under the notice's text when the heading named the issuer
        # (某县人民政府办公室 / 关于印发…的通知 / … / 2020.7.8): a date of issue, not the page's
        notice = self.state is State.NOTICE and bool(self.pending or self.header.notice_lines)
        # or under an organ's name alone, as a notice that asks for comments signs it
        signed = bool(self.pending) and is_organ_name(self.pending[-1].text)
        signing = notice or signed
        return signing and ISO_DATE.fullmatch(line.text) is not None and self.signature(line)

    def under_contact(self) -> bool:
        """Whether the line read stands under a contact's line (联系人:张三, 联系电话:).

        Figures alone under it are a telephone's number, never a date.
        """
        index = self.index - 2  # the line above the one read, as printed (the head drops it)
        while index >= 0 and not self.lines[index].original.strip():
            index -= 1
        return index >= 0 and _CONTACT.search(self.lines[index].original) is not None

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
            # the plan's heading broken after its organ: 某县司法局 / 2023年普法工作要点 (a
            # sentence from a year under it is the text's first: 2016年是…,…。)
            or (YEAR_LINE.match(self.next_text()) is not None and is_titleish(self.next_text()))
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


# the marks a copy strays around a signature's date: { 2017 6 23
STRAY_MARKS = "{}<>|~`"


_PLACED = re.compile(PLACED_PATTERN)


# the groups an organ, or organs jointly, set up (优化营商环境领导小组, 安全生产委员会)
_ORGANS_BODIES = ("领导小组", "工作领导小组", "委员会", "指挥部", "工作专班", "协调小组")
# the words a group's name opens with when it names the work it was set up for
# (优化营商环境领导小组, 全面依法治县委员会, 深入推进…指挥部)
_GROUPS_WORK = (*WORK_VERBS, "全面", "依法", "深入")


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
