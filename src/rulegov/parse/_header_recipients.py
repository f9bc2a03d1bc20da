"""The head reader's recipients: the address of the notice (各乡镇人民政府, ...:).

An address with its colon, over its colon, without one, run into the text, over
several lines, under the title; which lines name whole addressees.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from rulegov.model import Severity, Span
from rulegov.parse._facts import line_span
from rulegov.parse._header_page import split_recipients
from rulegov.parse._header_state import ReaderState, State
from rulegov.parse._header_titles import ends_a_name, is_address, names_organs, plan_kind
from rulegov.parse._header_words import (
    ADDRESS_LABEL,
    ADDRESSEE_ENDS,
    CARRIES,
    COLLECTIVE_ADDRESS,
    GLUED_DATE,
    MAX_ADDRESS_LINES,
    MAX_RECIPIENTS,
    NOTICE_WORDS,
    ORGAN_ENDS,
    SIMPLIFIED,
)

if TYPE_CHECKING:
    from rulegov.parse._text import Line


class RecipientReading(ReaderState):
    """Reads the recipients the notice is addressed to."""

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
            # a title ends in its kind: a kind's word inside a name (计划单列市) ends nothing
            and (
                text.endswith((":", "!", "?", *ORGAN_ENDS))
                or (plan_kind(text) is not None and ends_a_name(text))
            )
            and not word_broken(text, self.next_text())
        ):
            return None  # a whole line (an issuer, a title), not one broken inside a name
        joined = text
        cut = False  # a line under one broken at a comma ends inside a name
        for seen, following in enumerate(self.following_texts(), 1):
            joined += following
            # the last line may be a name's last characters and the colon alone (…有关单 / 位:)
            closing = following.endswith(":") and is_address(joined) and names_organs(joined)
            if is_address(following) or closing:
                organs = is_address(joined) and "," in joined and names_organs(joined)
                return joined if (at_comma and not cut) or organs else None
            if "。" in following or seen >= MAX_ADDRESS_LINES or following.endswith(("!", "?")):
                break
            if not following.endswith((",", ";", "、", ":")):
                # a PDF's line ends where the page's did, inside a name (…,市委各部、委、 / 办、
                # 局,…驻市 / 单位:): the whole must then name organs alone
                cut = cut or at_comma
            elif following.endswith(":"):
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

    def recipients_over_lines(self, line: Line) -> None:
        line = self.number_before_address(line)

        lines = [line]
        while self.index < len(self.lines) and not lines[-1].text.endswith(":"):
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


# the longest piece of a name a line may carry over to the next: 局, 单位, 组织
_FRAGMENT = 2


def word_broken(text: str, following: str) -> bool:
    """Whether a line ends inside an addressee's last word, which the next line finishes.

    Examples:
        >>> word_broken("市政府各部", "门、各直属机构:"), word_broken("县司法局", "各乡镇:")
        (True, False)
        >>> word_broken("市各委办", "局,各直属单位:"), word_broken("州政府各局", "委、各直属机构:")
        (True, True)
        >>> word_broken("各乡镇人民政府", "县直各部门:")
        False
    """
    if any(
        len(end) > 1 and text.endswith(end[:-1]) and following.startswith(end[-1])
        for end in ADDRESSEE_ENDS
    ):
        return True
    # what the line under it opens with, to its first mark, is too short to address anyone: a
    # word's last characters (市各委办 / 局,…; 驻某旗有关单 / 位:; 州政府各局 / 委、各直属机构:)
    first = re.split("[,;、:]", following, maxsplit=1)[0]
    return 0 < len(first) <= _FRAGMENT and not first.startswith("各")
