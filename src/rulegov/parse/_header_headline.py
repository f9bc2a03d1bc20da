"""The head reader's headlines: a page's title over the document's own heading.

A headline printed again (whole, broken, in other words) as the document's heading,
a heading under a headline or under page text, a page's lead, a summary above the
text, a title that comes late.
"""

from __future__ import annotations

import bisect
import itertools
import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from rulegov.model import Diagnostic, Severity, Span
from rulegov.parse._facts import line_span
from rulegov.parse._header_news import is_report_headline, lead_naming, names_no_document
from rulegov.parse._header_state import MAX_TITLE_LINES, MIN_TITLE_HEAD, NAMED, ReaderState, State
from rulegov.parse._header_titles import (
    heading_score,
    is_organ_name,
    is_titleish,
    issues_notice,
    names_document,
    plan_kind,
    title_issuer,
)
from rulegov.parse._header_words import (
    ABOUT,
    DOCUMENT_ENDS,
    HEADLINE_JOINS,
    ISSUER_ENDS,
    MAX_HEADING_TITLE,
    MAX_PAGE_LINE,
    MIN_CUT_TITLE,
    NOTICE_ISSUER,
    NUMBERED,
    QUOTED,
    SAME_DOCUMENT,
    SIMPLIFIED,
    SITE_SUFFIX,
    simplified,
)
from rulegov.parse._text import normalise

if TYPE_CHECKING:
    from rulegov.parse._text import Line


# the score (heading_score) of a line that reads as a heading on most of its signals
HEADING_SCORE = 4


class HeadlineReading(ReaderState):
    """Tells a page's headline from the document's own heading."""

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

    def late_title(self, text: str) -> bool:
        """A plan's title under a site's lead sentence (下面是…整理的…,供大家参考。).

        The title may carry the site's label of it among the documents it groups (某方案篇一).

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
            # the name as the site labels it among those it groups (某方案篇一) ends so too
            and SITE_SUFFIX.sub("", text).endswith((*DOCUMENT_ENDS, ")"))
        ):
            return True
        # under a site's short lines (a slogan, a column, a name): a heading that names its kind
        page_text = all(len(item.text) <= MAX_PAGE_LINE for item in header.preamble_lines)
        return page_text and len(text) >= MIN_CUT_TITLE and names_document(text)

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
        headline = NAMED.findall(above)
        if not named or named not in (_bare_words(above), *map(_bare_words, headline[:1])):
            return False
        header.notice_title = header.notice_issuer = None
        taken = header.spans.pop("notice_title", None)
        # the page's lines from its title down to this heading: its title, and what it printed
        # between (the organ, the title again)
        start = taken.start if taken is not None else line.offset(0)
        self.page_title_above(above, Span(start=start, end=max(start, line.offset(0) - 1)))
        return True

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
        if (
            self.words_the_headline_otherwise(text)
            or self.heading_opens_the_text(text)
            or self.heading_under_report(text)
        ):
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

    def heading_under_report(self, text: str) -> bool:
        """The document's own heading under a news headline that reports it printed.

        A news page heads its copy with what was done (省政府印发2020年政府工作报告重点工作
        责任分解通知, 某省印发…方案), a byline and a lead, then prints the document, which opens
        on its own heading; the headline names it: that heading is the title. A headline that
        names the document in 《》 (某县印发《Y》) gives its title itself, with the lead's issuer.
        """
        title = self.title_text()
        if (
            title is None
            or not is_report_headline(title)
            or "《" in title
            or ABOUT.search(title) is not None  # a heading cut short (某办公厅关于印发某省)
            or not is_titleish(text)
            or NUMBERED.match(text) is not None
            or len(text) < MIN_CUT_TITLE
            or _bare_words(text) not in _bare_words(title)
        ):
            return False
        for line in self.header.title_lines:
            self.note(line, "page-text", f"a news headline: {line.text[:30]}", Severity.INFO)
        # the lead under the headline names who printed it (近日,省政府办公厅印发…)
        for line in self.header.preamble_lines:
            issuer = lead_naming(line.text, text)
            if issuer is not None and self.header.reported_issuer is None:
                self.header.reported_issuer = line.printed(*issuer).strip()  # as printed
        return True

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


# what an encyclopedia's lead says after the heading it repeats: 是 (…的通知.是…发布的文件)
_SAYS_WHAT = re.compile(r"[.。,，]?(?:是|为|系)")


def _bare_words(text: str) -> str:
    """A name's words alone, its dashes, brackets and marks left out: to compare two printings."""
    return "".join(char for char in simplified(text) if char.isalnum())


def _less_status(title: str) -> str:
    """A title less its status or period in brackets at its end: …制度(试行) is …制度."""
    return re.sub(r"\([^()]*\)$", "", title)
