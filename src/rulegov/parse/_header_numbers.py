"""The head reader's document numbers (某政办发〔2024〕3号) and order numbers.

A number alone, a number with a date, a number before the issuer or the address, a
number under the signature, a number broken over two lines, an order's number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rulegov.model import Severity, Span
from rulegov.parse._facts import line_span
from rulegov.parse._header_state import ReaderState
from rulegov.parse._header_titles import is_organ_name
from rulegov.parse._header_words import (
    ANNOUNCEMENT_MARK,
    DOC_NUMBER,
    GLUED_NUMBER,
    LOOSE_NUMBER,
    NUMBER_BEFORE_ADDRESS,
    NUMBER_BROKEN,
    ORDER_MARK,
    ORDER_NUMBER,
    PAGE_TITLE,
    PAGE_TITLE_ALONE,
    PAGE_TITLE_TAGGED,
    REGISTRATION,
    SERIAL_NUMBER,
    marked_number,
)
from rulegov.parse._text import join_lines, normalise
from rulegov.parse._time import read_date

if TYPE_CHECKING:
    from rulegov.parse._text import Line


# the longest line that holds a document number and a date alone (a number's head is at most 24
# characters, a date 11)
_NUMBER_DATE_LINE = 60


class NumberReading(ReaderState):
    """Reads the document's number."""

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


# the brackets a document number's year is printed in, as one: 〔2023〕 [2023] (2023) 【2023】
_YEAR_BRACKETS = str.maketrans(
    {"[": "〔", "［": "〔", "(": "〔", "（": "〔", "【": "〔"}
    | {"]": "〕", "］": "〕", ")": "〕", "）": "〕", "】": "〕"}
)


def same_number(first: str, second: str) -> bool:
    """Whether two document numbers differ in their brackets alone: 〔2023〕, [2023], (2023), 【2023】."""
    return normalise(first).translate(_YEAR_BRACKETS) == normalise(second).translate(_YEAR_BRACKETS)
