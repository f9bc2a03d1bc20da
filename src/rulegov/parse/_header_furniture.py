"""The head reader's page furniture: what a web page prints around the document.

Bylines, category tags, teasers, labels of the text (正文), a sharing site's file
name, running heads, the page's own date, column names, site notes, navigation
chrome, publication and delivery notes, a speaker's line, the tags a page glues to a
line, and the notes that the full text is printed below.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from rulegov.model import Severity
from rulegov.parse._facts import line_span
from rulegov.parse._header_page import (
    bracketed_meta,
    gap_before,
    is_chrome,
    is_nav_bar,
    lone_cell,
    loose_date,
    table_cells,
)
from rulegov.parse._header_state import (
    PRINTS,
    TITLE_OPENING,
    ReaderState,
    State,
    category_tag_under,
)
from rulegov.parse._header_titles import (
    ends_a_name,
    is_address,
    is_organ_name,
    is_titleish,
    names_document,
    opens_a_heading,
    without_site_mark,
)
from rulegov.parse._header_words import (
    ABOUT,
    ACCOUNT_BAR,
    ADOPTION,
    BODY_LABEL_ENDS,
    BYLINE,
    CATEGORY_TAG,
    COLUMN_LABEL,
    COLUMN_NAME,
    COPY_MARK,
    COUNTER,
    CRUMBS,
    DASHED_NOTE,
    DATED_NOTE,
    DELEGATION,
    DELIVERY,
    DESCRIBED,
    DIGITS_DAY,
    DOCUMENT_ENDS,
    EDITORIAL_NOTE,
    FILE_FACT,
    FILE_NAME,
    FULL_TEXT_BELOW,
    INTERPRETATION_LINK,
    ITEM_OPENING,
    LINK_LABEL,
    LOST_INDENT,
    MARKUP,
    MAX_SITE_LINE,
    MENU_ITEM,
    META,
    ON_BEHALF,
    ONE_FILE,
    PADDED_DAY,
    PAGE_KIND,
    PAGE_NUMBER,
    PAGE_TITLE_ALONE,
    PAPER_PAGE,
    PLAN_KINDS,
    PRINTED_BELOW,
    PUBLICATION,
    QUOTED_TAG,
    REVISION,
    RUNNING_HEAD,
    SEAL,
    SELF_REPORTING,
    SHARED_ENTRY,
    SHARED_FILE,
    SHARED_GROUP,
    SHARED_PART,
    SIMPLIFIED,
    SITE_ADDRESS,
    SITE_NAME_TAIL,
    SITE_NOTES,
    SITE_SECTION,
    SITE_TEXT,
    SPEAKER,
    STATUS,
    TAG,
    TEXT_CELL,
    TEXT_LABEL,
    TRAIL,
    TRAIL_TO_TITLE,
    UNDATED_DELIVERY,
    VALIDITY_NOTE,
    simplified,
)
from rulegov.parse._time import read_date

if TYPE_CHECKING:
    from rulegov.parse._text import Line


# the label a site puts before its summary of the page (核心提示:, 内容提要:, 内容摘要:)
# the longest topic a sharing site names its group by after its number: a kind with a word of
# subject (第一篇:普法规划, 第二篇:工作计划), never a document's whole name
_GROUP_TOPIC = 6
_SUMMARY_LABEL = re.compile(r"\s*(?:核心提示|内容提要|内容摘要):")


class PageFurniture(ReaderState):
    """Reads the lines a web page prints around the document."""

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
        line = self.heading_unquoted(line)
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

    def heading_unquoted(self, line: Line) -> Line:
        """A notice's heading a page prints in 《》 on its own line, without the marks.

        A page names the document it prints in 《》 under its own lines (返回 / 所在位置… /
        《某市人民政府办公厅关于印发…的通知》 / 发布时间…): the line is the document's heading,
        as it is at the top of the page, where it is read as the page's title.
        """
        text = line.text
        if (
            self.state is State.START
            or self.header.notice_title is not None
            or self.header.recipients
            or not text.startswith("《")
            or PAGE_TITLE_ALONE.fullmatch(text) is None
            or not text[1:-1].endswith("通知")
            or not self.is_notice_title(text[1:-1])
        ):
            return line
        marks = line.cut((1, len(text) - 1))
        self.note(marks[0], "page-text", f"a heading in 《》: {text[:30]}", Severity.INFO)
        return marks[1]

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
            or self.labelled_summary(line)
            or self.group_topic(line)
        )

    def group_topic(self, line: Line) -> bool:
        """A sharing site's label naming only its group's topic, over the document's heading.

        A model-essay page numbers the documents it groups (第一篇:) and may print after the
        number only the group's topic, a kind with a word of subject (第一篇:普法规划), over the
        document's own heading, on a line or two (2006-2010年某中学 / “五五”普法工作规划): the
        label is the site's, and the heading under it is the title.
        """
        if self.state is not State.START:
            return False
        found = SHARED_PART.match(self.lines[self.index - 1].text)
        topic = simplified(line.text).strip(" \t")
        if found is None or len(topic) > _GROUP_TOPIC or not names_document(topic):
            return False
        heading = list(itertools.islice(self.following_texts(), 2))
        for at, text in enumerate(heading):
            bare = simplified(text).strip(" \t")
            if bare == topic or not is_titleish(bare) or ITEM_OPENING.match(bare):
                return False
            if names_document(bare):
                self.note(
                    line, "page-text", f"the site's topic of its group: {line.text}", Severity.INFO
                )
                return True
            if at:
                return False
        return False

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

    def labelled_summary(self, line: Line) -> bool:
        """A site's summary of the page under its label (核心提示:…, 内容提要:…): the site's words.

        A policy site prints it between the page's heading and the document, its words the
        document's first ones run together (the notice's address, text, signature and date on one
        line); the document follows whole, from its address: its head is read there.
        """
        if (
            self.header.recipients
            or self.header.notice_lines
            or not _SUMMARY_LABEL.match(line.text)
        ):
            return False
        self.note(line, "page-text", f"the page's summary: {line.text[:30]}", Severity.INFO)
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
        # the file's name without the site's label of it as a model (某方案(2022—2025年)参考范文)
        name = line.printed(found.start("name"), found.end("name"))
        self.header.shared_name = without_site_mark(name)
        self.note(line, "page-text", f"the sharing site's file: {found['name']}", Severity.INFO)
        return True

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

    def publication(self, line: Line) -> bool:
        """A party regulation's publication line: (…审议批准 2019年12月5日中共某省委发布).

        Or a meeting's adoption note under a resolution's title (2021年8月9日…会议通过): its date.
        """
        found = PUBLICATION.fullmatch(line.text)
        header = self.header
        adopted = self.meeting_note(line) if found is None else None
        if adopted is not None:
            # a meeting's adoption under the title: its date, the title's body the issuer; a
            # later meeting's revision in the same note (…原则通过 2025年4月18日…会议修改)
            # made the text as printed, and dates it
            text = simplified(line.text)
            revised = None
            if adopted.re is ADOPTION and adopted.end() <= len(text):
                revised = REVISION.search(text, adopted.end("date"), adopted.end())
            dated = adopted if revised is None else revised
            day = None if adopted.re is UNDATED_DELIVERY else read_date(dated["date"])
            if day is not None and header.issued_on is None:
                header.issued_on = day
                header.spans["issued_on"] = line_span(line, dated.start("date"), dated.end("date"))
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
            or PAGE_KIND.fullmatch(text)
            or (MENU_ITEM.fullmatch(text) and not names_document(text))
            or (text.isdecimal() and COUNTER.fullmatch(text) and self.counted(text))
            or FILE_FACT.fullmatch(text)
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

    def counted(self, text: str) -> bool:
        """A number alone over the address, that reads as no date: a page's visit counter.

        Below the head, a number alone is a table's cell (a serial, points) and stays text.
        """
        header = self.header
        heading = header.title is not None or header.notice_title is not None
        opening = self.state is not State.TITLED and not header.recipients
        return heading and opening and loose_date(text) is None


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
    # a register's status printed before a title: 有效 某市…办法; never the first word of a
    # field's label spaced out to line it up (有 效 性: | 失效 |)
    if status is not None and status.end() in line.gaps and META.match(text) is None:
        return status
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
    opens = TITLE_OPENING.match(after) is not None or opens_a_heading(after)
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
        or TITLE_OPENING.match(column) is not None
        or ABOUT.search(column) is not None
        or PRINTS.search(column) is not None
        or META.match(column + ":") is not None  # a field's label: 名称 某县关于…
        or is_chrome(text)  # a breadcrumb's label: 当前位置:…
        or column.startswith(("附件", "附表"))
        or names_document(column)  # a genre's label is read as such (工作方案:某…方案)
    ):
        return None
    opens = TITLE_OPENING.match(after) is not None or opens_a_heading(after)
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


def page_day(text: str) -> bool:
    """Whether a day is printed as a page dates itself: 2024年01月08日, 2023-05-10, 2023/5/10."""
    return PADDED_DAY.fullmatch(text) is not None or DIGITS_DAY.fullmatch(text) is not None
