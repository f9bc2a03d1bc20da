"""The head reader's notice: its title (关于印发...的通知) and the notice's body.

Whether a line opens a notice's title, the lines a title is broken over, the lines
that close it, a heading printed twice or under a dashed line, the notice's text and
the sentence that carries the plan, a label of the notice alone.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from rulegov.model import Severity, Span
from rulegov.parse._facts import line_span
from rulegov.parse._header_page import is_chrome
from rulegov.parse._header_state import (
    CLAUSE_MARK,
    DASH_OPENING,
    MAX_TITLE_LINES,
    NAMED,
    PLACE_LEVELS,
    PRINTS,
    TITLE_OPENING,
    ReaderState,
    calls_for_comments,
    is_period_suffix,
)
from rulegov.parse._header_titles import (
    BARE_NAME,
    MAX_ORGAN_TAIL,
    MIN_SIGNER,
    PAGE_WORDS,
    ends_a_name,
    is_organ_name,
    is_titleish,
    issues_notice,
    name_broken_over,
    named_titles,
    names_document,
    notice_issuers,
    opens_an_organ,
    organ_broken_over,
    place_name_cut,
    plan_kind,
    run_together,
    without_site_mark,
)
from rulegov.parse._header_words import (
    ABOUT,
    BANK_ENDS,
    BARE_NOTICE_LABEL,
    CALL_HEADING,
    CLOSING,
    CLOSING_AFTER_PERIOD,
    CLOSING_FORMULA,
    CUT_HEADING,
    DASHED_NOTE,
    DATED_NOTE,
    DOC_NUMBER,
    DOCUMENT_ENDS,
    HEADING_LOOKAHEAD,
    MAX_ISSUER,
    MAX_SIGNERS,
    MAX_TITLE_PART,
    META,
    MIN_CUT_TITLE,
    NAMED_TITLE,
    NOTICE_HEAD,
    NOTICE_ISSUER,
    NOTICE_ISSUER_ENDS,
    NOTICE_WORDS,
    PUBLIC_NOTE,
    SENTENCE_GOES_ON,
    SERIAL_NUMBER,
    SIMPLIFIED,
    TRAILING_NUMBER,
    UNDATED_DELIVERY,
    VERBS,
    number_alone,
    simplified,
)

if TYPE_CHECKING:
    from rulegov.parse._text import Line


# the notice's words that a plan's title may hold too (某县贯彻执行《…条例》实施方案)
_TITLE_VERBS = ("贯彻执行", "遵照执行")


# the lines an organ's name takes above a heading's 关于: a name and its last word (某县人民政府 /
# 办公室), a name broken twice (某县 / 人民政 / 府办公室), a party committee's office
MAX_ORGAN_LINES = 2


# the lines a heading takes before more of them must close it with 的通知: an organ over two
# lines, 关于印发, a long name over three, 的通知 (GB/T 9704 7.3.1 centres it over as many)
LONG_HEADING_LINES = 5
MAX_HEADING_LINES = 8
# a part's number opening a line: the text's, never a heading's (一、, （一）, 1.)
_PART_NUMBER = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]"
)


# the lines a printed name may run on over, past a kind inside it, to the heading's 的通知
MAX_CLOSING_PARTS = 2


class NoticeReading(ReaderState):
    """Reads the notice's title and its body."""

    def bare_notice_label(self, line: Line) -> bool:
        """A page's label over the notice it prints (公布通知, 通知全文): it names no subject."""
        if BARE_NOTICE_LABEL.fullmatch(line.text.strip(" \t")) is None:
            return False
        self.note(line, "page-text", f"the page's label: {line.text}", Severity.INFO)
        return True

    def sentence_broken(self, text: str) -> bool:
        """Whether a line is a sentence's first part that the line under it carries to its end.

        A copy of a PDF breaks the opening sentence where the page's line ended (为深入推进法治
        建设,结合我县实 / 际,制定本方案。): a line that opens as a preamble does, runs on past a
        comma, names no document and is closed by a line under it is the text, not a heading;
        so is a full line with a comma whose sentence runs on over two lines or more.
        """
        if "," not in text:
            return False
        opener = text.startswith(PREAMBLE_OPENERS)
        if opener and names_document(text):
            return False
        if not opener and (len(text) < _WRAPPED_LINE or ends_a_name(text)):
            return False
        # a paragraph a PDF's page wrapped runs on over lines to its full stop: any opening
        # when it runs over three lines or more (2021年是…开局之年,也是开启全面建设社 / 会主义… /
        # …第一年。), pieces of a sentence that no mark closes
        for seen, following in enumerate(self.following_texts()):
            if following.endswith("。"):
                return (opener or seen > 0) and not is_titleish(following)
            if (
                seen >= _WRAPPED_LINES
                or following.endswith((":", ";", "!", "?"))
                or ends_a_name(following)
                or len(following) < _WRAPPED_LINE
            ):
                return False
        return False

    def notice_heading(self, line: Line) -> None:
        """A notice's heading; one read right above it, nothing between, is the page's title.

        A law site prints the title of what the notice carries over the notice's heading.
        """
        above, taken = self.header.notice_title, self.header.spans.get("notice_title")
        self.notice_title(line)
        if above is not None and taken is not None and taken.end <= line.offset(0):
            self.page_title_above(above, taken, again=False)

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
        # the line right under it, or under a blank line a copy set between the heading's lines
        index = self.next_index()
        if (
            index is None
            or index > self.index + 1
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
        cut = at < len(text) < opening  # inside its verb or 关于: 某办公室转发关 / 于…
        if index > self.index:
            # across a blank line only a word cut in two says the lines are one heading
            return cut and is_organ_name(issuer) and self.joined_heading(joined, index)
        inside = (
            cut
            or at == len(text) - 1
            or (
                len(text) < at <= len(text) + MAX_ORGAN_TAIL and not is_organ_name(simplified(text))
            )
            or place_cut_from_its_level(text, joined[len(text) :])
            or place_name_cut(text, joined[len(text) :])  # 乌鲁木 / 齐市人民政府关于…
        )
        return inside and is_organ_name(issuer) and self.joined_heading(joined, index)

    def joined_heading(self, joined: str, index: int) -> bool:
        """Whether two lines joined, the second at ``index``, read as a notice's heading."""
        saved, self.index = self.index, index + 1
        try:
            return self.is_notice_title(joined)
        finally:
            self.index = saved

    def title_follows(self, line: Line) -> bool:
        """Organs' names on the lines above a title that begins with 关于 (the title's head).

        Or joint organs one a line, the last run on into the heading (中共某县委办公室 / 某县人民
        政府办公室关于印发…), or joint organs run together on one line whose spaces a page lost
        (某区甲局某区乙局中共某区委丙部 / 关于印发…), or the first part of an organ's name broken
        wherever the line was full (中共某县委全面依法治县 / 委员会办公室关于印发…).
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
        # joint organs on one line whose spaces a page lost (某区甲局某区乙局中共某区委丙部)
        organs = run_together(text) if bare else [text]
        joint = len(organs) > 1 and all(is_organ_name(organ) for organ in organs)
        if (
            not is_organ_name(text)
            and not joint
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
            if number == 0 and all(name in text for name in NAMED.findall(following)):
                return False  # the document the heading names, printed again under it
            if following.endswith("的通知"):
                return True
        return False

    def notice_title(self, line: Line) -> None:
        line = self.heading_once(line)
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
        self.dashed_line_under(text)
        self.take_heading(lines, text, printed)

    def take_heading(self, lines: list[Line], text: str, printed: str) -> None:
        """Keep a notice's heading read over ``lines``, its organ the notice's issuer."""
        issuer = NOTICE_ISSUER.match(text) or NOTICE_HEAD.match(text)
        start = lines[0].offset(0)
        cut = self.less_mirror_words(lines, printed)
        if cut is not None:
            # a mirror's words where the organ was: the heading starts at its 关于, no organ
            printed, start = cut
            issuer = None
        self.header.notice_title = without_site_mark(printed)
        if issuer is not None and issues_notice(issuer["issuer"].strip()):
            self.header.notice_issuer = "、".join(notice_issuers(lines, issuer))
        self.header.spans["notice_title"] = Span(
            start=start, end=lines[-1].end_offset(len(lines[-1].text))
        )

    def less_mirror_words(self, lines: list[Line], printed: str) -> tuple[str, int] | None:
        """The heading as printed from its 关于 and where it starts, past a mirror's words.

        None where the heading names no site before its 关于 (see ``_site_words_before``).
        """
        site = _site_words_before(lines)
        if site is None:
            return None
        index, at = site
        printed = printed[sum(len(item.printed(0, len(item.text))) for item in lines[:index]) :]
        for item in lines[:index]:
            self.note(item, "page-text", f"a mirror's words: {item.text}", Severity.INFO)
        return printed[len(lines[index].printed(0, at)) :], lines[index].offset(at)

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
            DASH_OPENING.match(bare)
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

        A heading with 关于 and another verb (关于分解落实…) does the same: its subject may hold
        a kind (关于分解落实2019年市政府工作报告 / 主要目标任务的通知). It closes on its own kind
        after 的 (关于…工作的报告), never on a kind its subject names.

        Examples:
            >>> from rulegov.parse._text import split_lines
            >>> from rulegov.parse._header import _Reader
            >>> reader = _Reader(split_lines("某县关于印发某县政府工作报告\n重点工作分工方案的通知"))
            >>> reader.index = 1
            >>> reader.prints_on_to_its_close("某县关于印发某县政府工作报告")
            True
            >>> reader.prints_on_to_its_close("某县关于分解落实某县政府工作报告")
            True
            >>> reader.prints_on_to_its_close("某县关于某县政府工作的报告")
            False
        """
        folded = simplified(text)
        if PRINTS.search(folded) is None and not _subject_names_a_kind(folded):
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

    def heading_once(self, line: Line) -> Line:
        """A heading's line without its second printing, which runs on into the line below.

        A page's title and the copy's heading may run together: the heading whole, then the
        copy's issuer that opens it again, whose rest is the next line (某市人民政府办公厅
        关于印发…的通知 某市人民政府办公厅 / 关于印发…的通知). The heading is printed once.
        """
        text = line.text
        end = text.rfind("通知") + len("通知")
        index = self.next_index()
        if end <= len("通知") or end == len(text) or index is None:
            return line
        again = text[end:] + self.lines[index].text
        if again != text[:end]:
            return line
        self.index = index + 1
        head, tail = line.split(end)
        self.note(tail, "page-text", f"printed twice: {again[:30]}", Severity.INFO)
        return head

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
        if named and (
            self.carrying_sentence(text) or self.sentence_broken(text) or names_in_quotes(text)
        ):
            # the notice's sentence, broken after the title it names (《Y》 / 已经…), or a
            # paragraph a PDF's page wrapped that names a kind inside (…“十四五”规划的开局之年,…)
            named = False
        head = (self.quoted_name_above(text) or self.title_head()) if named else []
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

    def quoted_name_above(self, text: str) -> list[Line]:
        """The lines above a plan's line that, joined with it, give the name the notice quotes.

        A plan printed under its notice may break its title over three lines or more, as a
        narrow page does (某市2016年 / 法治政府 / 建设工作计划): the short lines above the one that
        names the kind are no signers when they and it read the name the notice quotes in 《》.
        """
        header = self.header
        # the short lines right above: the last the notice's text took, then those pending
        lines = [*header.notice_lines[-MAX_TITLE_LINES:], *self.pending]
        named = named_titles(item.text for item in header.notice_lines)
        for count in range(len(lines), 0, -1):
            above = lines[-count:]
            if "".join(item.text for item in above) + text not in named:
                continue
            pending = min(count, len(self.pending))
            self.pending = self.pending[: len(self.pending) - pending]
            if count > pending:
                del header.notice_lines[pending - count :]
            return above
        return []

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


# a title a line quotes in 《》, and the brackets that may close a title (its period, its status)
_QUOTED = re.compile(r"《[^《》]*》")
_CLOSING_BRACKETS = re.compile(r"(?:\([^()]*\))+$")
# the words a notice's sentence goes on with after the title it quotes (《Y》已经市政府同意,
# 《Y》精神, 《Y》要求, 《Y》等文件); a title that quotes another goes on with its own name
# (《…规划》主要任务职责分工)
_SENTENCE_TAIL = re.compile(r"已|经|现|请|要求|精神|等|和|及|[,;]")
# the words a sentence that cites a document opens with: 根据, 按照, 依据, 为贯彻落实
_SENTENCE_OPENING = re.compile(r"根据|按照|依据|依照|为(?:贯彻|落实|深入|进一步|全面|加快)")


def names_in_quotes(text: str) -> bool:
    """Whether a line names a plan only inside 《》 and runs on past it: a sentence's line.

    A PDF's page wraps the notice's sentence where the line is full (市某局制定的《某市2015年…
    防治方案》已经市 / 政府研究同意,…): the line names a kind of plan in the title it quotes, and
    what it holds outside the quote names none and ends no document's name, and the words after
    the quote go on with the sentence (已经, 精神, 要求). A title that quotes another names its
    own kind outside the quote (某县贯彻《…条例》实施方案) or what it draws from it (《…规划》
    主要任务职责分工), or is the quote (《某县工作要点》(2023年)). A line that leaves its quote
    open is the sentence's where the words before the quote open one (根据…《…).

    Examples:
        >>> names_in_quotes("市国土房产局制定的《厦门市2015年地质灾害防治方案》已经市")
        True
        >>> names_in_quotes("某县贯彻《某省法治宣传教育条例》实施方案")
        False
        >>> names_in_quotes("《某市法治政府建设“十三五”规划》主要任务职责分工")
        False
        >>> names_in_quotes("《某县法治政府建设实施方案》(2021—2025年)")
        False
        >>> names_in_quotes("根据省人民政府办公厅《关于做好“十四五”省级重大专项规划")
        True
        >>> names_in_quotes("某县贯彻落实《某省法治宣传教育条例")
        False
    """
    bare = _CLOSING_BRACKETS.sub("", text)
    if "《" not in bare or bare.endswith("》"):
        return False
    outside = _QUOTED.sub("", bare)
    if "《" in outside:
        # a quote the line leaves open runs on under it: the words before it open a sentence
        # (根据省政府办公厅《关于做好…规划 / 编制工作的通知》要求,…)
        before = outside[: outside.index("《")]
        return plan_kind(before) is None and _SENTENCE_OPENING.match(before) is not None
    tail = bare[bare.rindex("》") + 1 :] if "》" in bare else ""
    return (
        plan_kind(outside) is None
        and not simplified(bare).endswith(DOCUMENT_ENDS)
        and _SENTENCE_TAIL.match(tail) is not None
    )


# the words that open a clause qualifying the document named before it: 确定的, 提出的, 涉及的
_QUALIFIES = re.compile(r"[\u4e00-\u9fff]{1,3}的(?!通知)")


# a line of a heading that goes on naming the documents a notice prints: 《乙》 / 《丙》的通知
LISTED = re.compile(r"(?:[和及、]?《[^《》]{4,90}》)+(?:的通知)?")
MAX_LISTED = 4  # the lines of such a heading after its first: a heading has five at most
# the words a preamble's first sentence opens with (为深入推进…, 根据…, 按照…)
PREAMBLE_OPENERS = ("为", "根据", "按照", "近年来", "依据")
# the shortest line of a paragraph a PDF's page wrapped (its lines hold 28 characters, a
# half-width figure half of one), and the most lines a sentence is followed over
_WRAPPED_LINE = 20
_WRAPPED_LINES = 8


# a place's bare name, broken off its level: two or three characters (临泽, 石家庄)
_PLACE_STEM = re.compile(r"[\u4e00-\u9fff]{2,3}")
# a page's short words over a heading, never a place's name
_PAGE_WORDS = PAGE_WORDS


def _signs(text: str) -> bool:
    """Whether a line under a notice names an organ that signs it, one of joint signers.

    Besides an organ's name, a people's body, a task force or a place that writes under its own
    name (某县总工会, 某县妇联, 某区工作专班, 某某镇), opening as an organ's name does; and a
    central bank's branch, which signs with the departments of its place (某省卫生健康委员会
    中国人民银行某分行).
    """
    bare = text.translate(SIMPLIFIED)
    return is_organ_name(text) or (
        len(text) >= MIN_SIGNER
        and bare.endswith((*NOTICE_ISSUER_ENDS, *BANK_ENDS))
        and (opens_an_organ(text) or (bare.endswith(BANK_ENDS) and bare.startswith("中国")))
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
        and bare[-1] not in PLACE_LEVELS
        and not is_chrome(bare)
        and bare not in _PAGE_WORDS
        and following[:1].translate(SIMPLIFIED) in PLACE_LEVELS
        and ABOUT.search(following) is not None
    )


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
    named = NAMED.findall(text)
    return (
        bool(named)
        and text.endswith("》")
        and following.endswith("通知")
        and NOTICE_HEAD.match(following) is not None
        and not following.startswith("《")
        and all(name in following for name in named)
    )


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
    lead = DASH_OPENING.match(text)
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
    方案的通知), never a title of its own over one that opens as a title does. The name may
    be in 《》, the line holding its opening or its close or both, as a narrow page breaks it
    (某市关于印发 / 《某市人民政府公 / 文格式规定》的通知), or the names of two in 《》.
    """
    return (
        len(middle) <= MAX_TITLE_PART
        and is_titleish(middle)
        and not any(mark in middle for mark in ",。:;、")
        and (
            not middle.endswith(DOCUMENT_ENDS) or TITLE_OPENING.match(simplified(following)) is None
        )
    )


# the words of a site, which no organ's name holds: 官网, 官方网站, 网站
_SITE_WORDS = re.compile(r"官网|官網|网站|網站")


def _site_words_before(lines: list[Line]) -> tuple[int, int] | None:
    r"""Where a heading's 关于 starts after a mirror's words put in place of its organ's name.

    A mirror site replaces an organ's name with its own (bet365亚洲版官网办公室关于印发…,
    某某体育官方网站入 关于转发…): the words before 关于 name a site, as no organ's name does.
    Returns the line's index and the column of 关于, or None where the heading names no site.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> _site_words_before(split_lines("某某官网办公室\n关于印发某方案的通知"))
        (1, 0)
        >>> _site_words_before(split_lines("某县人民政府办公室关于加强门户网站建设的通知")) is None
        True
    """
    before = ""
    for index, line in enumerate(lines):
        about = ABOUT.search(line.text)
        if about is not None:
            before += line.text[: about.start()]
            return (index, about.start()) if _SITE_WORDS.search(before) else None
        before += line.text
    return None


def _subject_names_a_kind(text: str) -> bool:
    """Whether a heading with 关于 ends on a kind its subject names, not on its own kind.

    A heading closes on its own kind after 的 (关于加强…工作的意见); a kind right after other
    words (关于分解落实…政府工作报告) is a document the subject names, and the heading goes on.

    Examples:
        >>> _subject_names_a_kind("某市关于分解落实2019年市政府工作报告")
        True
        >>> _subject_names_a_kind("某市关于加强法治建设的意见"), _subject_names_a_kind("某市工作报告")
        (False, False)
    """
    about = ABOUT.search(text)
    if about is None:
        return False
    rest = text[about.end() :]
    kind = next((end for end in DOCUMENT_ENDS if rest.endswith(end)), None)
    return kind is not None and not rest[: -len(kind)].endswith("的")


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


def closes_a_call(text: str) -> bool:
    """Whether a line is the close of a call for comments broken after its draft's name.

    某市司法局关于某市实施方案 / 公开征求意见的公告: the second line ends the heading.
    """
    folded = simplified(text)
    return folded.startswith(("公开征求", "征求")) and CALL_HEADING.fullmatch(folded) is not None
