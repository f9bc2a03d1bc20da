"""The head reader's plan title: the lines of the plan's own title and where it ends.

A title broken over lines (a first part above, a middle part, a kind after a
period, a name's tail), suffix lines, where the text's first heading opens below,
a label over the title, and setting the title on the head.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from rulegov.model import Severity, Span
from rulegov.parse._facts import line_span
from rulegov.parse._header_news import headline, names_no_document
from rulegov.parse._header_page import is_chrome, is_heading_row
from rulegov.parse._header_state import (
    CLAUSE_MARK,
    DASH_OPENING,
    FILED_CATEGORY_TAG,
    MAX_TITLE_LINES,
    MIN_TITLE_HEAD,
    NAME_GOES_ON,
    PLACE_LEVELS,
    TITLE_OPENING,
    ReaderState,
    State,
    category_tag_under,
    is_period_suffix,
    organ_word_broken,
)
from rulegov.parse._header_titles import (
    BARE_NAME,
    ends_a_name,
    genre_label,
    heading_score,
    is_organ_name,
    is_titleish,
    named_titles,
    names_document,
    organ_broken_over,
    plan_kind,
    rule_lines,
    title_issuer,
    title_lead,
)
from rulegov.parse._header_words import (
    ABOUT,
    DATED_NOTE,
    DIVISION_ENDS,
    EDITORIAL_NOTE,
    HEADING_CONTENTS_TAIL,
    ISO_DATE,
    ISSUER_ENDS,
    MAX_SUFFIX_LINES,
    MENU_BULLET,
    META,
    NOTICE_HEAD,
    OWN_PLACE,
    PAGE_MARK,
    PAGE_TITLE_ALONE,
    REPORT_ENDS,
    RULE_ENDS,
    SIMPLIFIED,
    SITE_SUFFIX,
    TEXT_TAIL,
    TITLE_SUFFIX_RUN,
    YEAR_LINE,
    simplified,
)
from rulegov.parse._text import normalise
from rulegov.parse._time import read_date
from rulegov.parse._vocab import WORK_VERBS

if TYPE_CHECKING:
    from rulegov.parse._text import Line


# the fewest characters of a title's first part that opens with its work or field (行政执法)
MIN_SUBJECT_HEAD = 2


# a period in its bracket, then the first words of a title's last part: (2023—2025年)实
_PERIOD_THEN_WORDS = re.compile(
    r"(?P<period>[(（][^()（）]{1,20}[)）])(?P<end>[\u4e00-\u9fff]{0,8})"
)


MAX_NAME_TAIL = 16  # the rest of a title's name past a kind inside it: …方案 / 任务分工表
MAX_BLANKS_IN_HEADING = 5  # blank lines a spaced page prints between the parts of a heading
# the most characters of a plan's kind printed alone on a title's last line (实施方案)
MAX_KIND_ALONE = 6


class PlanTitleReading(ReaderState):
    """Reads the plan's own title."""

    def broken_above(self, line: Line) -> list[Line]:
        """The first parts of a late heading, broken off on the lines right above it.

        关于深入推进依法行政加 / 快建设法治政府的实施意见: the line above names no document, and
        joined to the heading it reads more as one (it brings 关于, or a heading's length). A
        title broken over three lines (某区2025年度法 / 治政府建设情况 / 报告) has two such parts.
        """
        kept = self.header.preamble_lines
        head: list[Line] = []
        rest = line.text
        following = self.next_text()
        first_due = False  # the part above a middle part just taken is the title's first
        while len(head) < MAX_TITLE_LINES - 1 and len(kept) > len(head):
            above = kept[-1 - len(head)]
            below = head[0] if head else line
            text = above.text
            if (
                not self.adjoins(above, below)
                or not is_titleish(text)
                or names_document(text)
                or is_chrome(text)
                or META.search(text.translate(SIMPLIFIED))
            ):
                break
            joined = heading_score(text + rest, following)
            alone = heading_score(rest, following)
            middle = not first_due and self.middle_part(kept, len(head), above, rest, following)
            heads = (
                first_due
                or self.heads_a_title(above)
                or middle
                or (not above.gaps and subject_head(text, rest))
                or organ_word_broken(text, rest)
                or place_broken(text, rest)
            )
            if joined < alone or (joined == alone and not heads):
                break
            first_due = middle
            head.insert(0, above)
            rest = text + rest
        del kept[len(kept) - len(head) :]
        return head

    def middle_part(
        self, kept: list[Line], taken: int, line: Line, rest: str, following: str
    ) -> bool:
        """Whether a short part is the middle of a title broken over three lines or more.

        某区2025年 / 度法治政 / 府建设情况报告: the middle part is too short to head a title, but
        the part right above it does, the three are within a heading's lines, and the whole
        reads no less as a heading than the rest alone; the first part opens as a title
        does (a place or an organ, a year, 关于), never as a site's line (某某微信公众号).
        A first part too short to head a title by itself (行政执法 / 全过程记 / 录实施办法) is
        one when it opens with the work or the field a title names (推进…, 行政…, 法治…) and
        the last part ends with a document's kind, as a page's column (通知公告, 首页) never
        opens.
        """
        if taken + 2 >= MAX_TITLE_LINES or len(kept) < taken + 2:
            return False
        first = kept[-2 - taken]
        text = first.text
        bare = text.translate(SIMPLIFIED).strip(" \t")
        whole = heading_score(text + line.text + rest, following)
        return (
            whole >= heading_score(rest, following)
            and (
                (TITLE_OPENING.match(bare) is not None and self.heads_a_title(first))
                or (
                    not first.gaps
                    and subject_head(text, line.text + rest)
                    and TITLE_OPENING.match(rest.translate(SIMPLIFIED)) is None
                )
            )
            and not is_chrome(text)
            and META.search(bare) is None
            and self.adjoins(first, line)
            and is_titleish(text)
            and not names_document(text)
            and CLAUSE_MARK.search(line.text) is None
            and not line.gaps
        )

    def adjoins(self, above: Line, below: Line) -> bool:
        """Whether ``above`` stands right over ``below``, or over blank lines only above it.

        A page that spaces its lines prints a heading's parts with a blank line between
        (某某关于表彰奖励 / (blank) / 某某者的决定); a few blank lines part no heading.
        """
        gap = below.number - above.number
        if gap == 1:
            return True
        if not 1 < gap <= MAX_BLANKS_IN_HEADING + 1:
            return False
        low = bisect.bisect_right(self.line_numbers, above.number)
        high = bisect.bisect_left(self.line_numbers, below.number)
        return all(not line.text.strip(" \t") for line in self.lines[low:high])

    @staticmethod
    def heads_a_title(line: Line) -> bool:
        """Whether a line naming no document reads as the first part of a title broken under it.

        A title's head is a run of words (某县2022年 / 林长制工作要点, 行政执法全过 / 程记录实施办法);
        a page's line over a headline is a column's short name (通知公告), an organ's name alone,
        a menu whose words spaces part, a site's motto, its clauses parted by commas, or a date.
        """
        text = line.text.strip(" \t")
        return (
            len(text) >= MIN_TITLE_HEAD
            and not line.gaps
            and CLAUSE_MARK.search(text) is None
            and read_date(text) is None  # a page's date over the headline
            and not is_organ_name(text.translate(SIMPLIFIED))
        )

    def prepend_title(self, head: list[Line]) -> None:
        """Put the title's first lines before the part already read."""
        header = self.header
        printed = "".join(item.printed(0, len(item.text)) for item in head)
        header.title = printed + (header.title or "")
        header.title_lines = [*head, *header.title_lines]
        end = header.spans["title"].end if "title" in header.spans else head[-1].end_offset(0)
        header.spans["title"] = Span(start=head[0].offset(0), end=end)

    def suffix_lines(self, lines: list[Line]) -> None:
        """Append to the title's lines the suffixes printed on lines of their own."""
        for _ in range(MAX_SUFFIX_LINES):
            following_index = self.next_index()
            if following_index is None:
                break
            following = self.lines[following_index].text
            if _PAGE_DATE.fullmatch(following.strip(" \t")):
                # the page's date printed between a title and its period (某方案 / 2016-09-08 /
                # (2016—2020年)): the date is the page's, the period the title's
                after = next(
                    (
                        at
                        for at in range(following_index + 1, len(self.lines))
                        if self.lines[at].text.strip(" \t")
                    ),
                    None,
                )
                if after is None or not is_period_suffix(self.lines[after].text):
                    break
                self.index = after
                continue
            run = TITLE_SUFFIX_RUN.fullmatch(following)
            # or the period opens the title's last line, which names the kind of plan:
            # 某某三年行动计划 / (2023—2025年)实施方案
            ends = run is not None and plan_kind(run["end"].translate(SIMPLIFIED)) is not None
            # or the kind alone under a title that ends with its period (某某三年行动计划
            # (2023—2025年) / 实施方案): the plan that carries the one named out
            ends = ends or (
                lines[-1].text.rstrip(" \t").endswith(")")
                and len(following.strip(" \t")) <= MAX_KIND_ALONE
                and names_document(following)
                and ends_a_name(following)
            )
            # or the period with a bracket a copy lost, or printed without any: 2015—2020年)
            loose = _LOOSE_PERIOD.fullmatch(following.strip(" \t")) is not None
            if not is_period_suffix(following) and not ends and not loose:
                # or that last line broken again after the period, inside the kind's name:
                # 某某三年行动计划 / (2023—2025年)实 / 施方案, (2024—2026年)工作方 / 案
                rest = self.kind_broken_after_period(following, following_index)
                if rest is not None:
                    lines.extend((self.lines[following_index], rest))
                    self.index = self.lines.index(rest, following_index) + 1
                break
            # a suffix on a line of its own: (2021—2025年), (试行), (征求意见稿)
            lines.append(self.lines[following_index])
            self.index = following_index + 1
            if ends:
                break

    def title_again_with_period(self, line: Line) -> bool:
        """The title printed again with the plan's period under the copy: the copy is the heading.

        A page prints a plan's name as its title (once or more), then the document's own heading
        with the period on a line of its own under it (某市…实施方案 / 时间:… / 某市…实施方案 /
        (2021—2025年)) or on the heading's line, or with its note ((试行)): the heading is the
        title, period and all, and the lines above it that print the name alone are the page's.
        A copy may have lost the period's opening bracket (2015—2020年)). Nothing but copies of
        the name may have been read since the title.
        """
        header = self.header
        name = self.title_text()
        if name is None or header.recipients or header.notice_lines or self.pending:
            return False
        name = name.replace(" ", "")
        bare = normalise(line.text).replace(" ", "")
        if not bare.startswith(name) or not self.period_after(bare[len(name) :]):
            return False
        # the lines read since the title are looked at last, once a heading with its period is
        # found: a page that prints the name many times is read in linear time
        if any(normalise(item.text).replace(" ", "") != name for item in header.preamble_lines):
            return False
        for old in (*header.title_lines, *header.preamble_lines):
            self.note(old, "page-text", f"printed again below: {old.text[:30]}", Severity.INFO)
        header.preamble_lines.clear()
        header.title = None
        header.title_lines = []
        header.spans.pop("title", None)
        self.title(line)
        return True

    def period_after(self, rest: str) -> bool:
        """Whether a plan's period follows a copy of the title whose line goes on with ``rest``.

        On the copy's line (某市…实施方案(2021—2025年)), or alone on the line under it when the
        copy's line holds the name alone, in brackets or with a bracket a copy lost (2015—2020年)).
        """
        if rest:
            return is_period_suffix(rest)
        following = self.next_index()
        if following is None:
            return False
        below = self.lines[following].text.strip(" \t")
        return is_period_suffix(below) or _LOOSE_PERIOD.fullmatch(below) is not None

    def kind_broken_after_period(self, text: str, index: int) -> Line | None:
        """The line that ends a plan's kind opened after the period on the line at ``index``.

        某某三年行动计划 / (2023—2025年)实 / 施方案: the period, then the first characters of
        the kind, whose rest alone (a few characters, no sentence) the line right under it
        prints; joined, they name the plan's kind and end its name.
        """
        opened = _PERIOD_THEN_WORDS.fullmatch(text.strip(" \t"))
        if opened is None or not is_period_suffix(opened["period"]):
            return None
        self.index, saved = index + 1, self.index
        try:
            below = self.next_index()
        finally:
            self.index = saved
        if below is None or not self.adjoins(self.lines[index], self.lines[below]):
            return None
        rest = self.lines[below]
        bare = simplified(rest.text).strip(" \t")
        joined = simplified(opened["end"]) + bare
        if (
            not bare
            or len(bare) > MAX_KIND_ALONE
            or BARE_NAME.fullmatch(bare) is None
            or plan_kind(joined) is None
            or not ends_a_name(joined)
            or plan_kind(simplified(opened["end"])) is not None  # whole on its line already
        ):
            return None
        return rest

    def title(self, line: Line) -> None:
        header = self.header
        bare = simplified(line.text).strip(" \t")
        if _BARE_TEXT_LABEL.fullmatch(bare) or self.labels_the_title_below(bare):
            # a page's label over the text it prints (全文, 政策全文, 文件原文) or its column's
            # name (民族政策) names no document
            self.note(line, "page-text", f"the page's label: {line.text}", Severity.INFO)
            return
        lines = self.title_lines(line)
        tail = self.name_tail(lines)
        if tail is not None:
            lines.append(tail)
            self.index = self.lines.index(tail, self.index) + 1
        self.suffix_lines(lines)
        if header.title is not None and header.title_lines:
            # a title the document prints again below (a page's title over an order's head,
            # the order's own under its signature) is the page's; any other is not recognised
            again = "".join(item.text for item in header.title_lines) == "".join(
                item.text for item in lines
            )
            for old in header.title_lines:
                if again:
                    self.note(
                        old, "page-text", f"printed again below: {old.text[:30]}", Severity.INFO
                    )
                else:
                    self.note(
                        old,
                        "unclassified-line",
                        "a title-like line not recognised",
                        Severity.WARNING,
                    )
        alone = next((item for item in lines[1:] if PAGE_TITLE_ALONE.fullmatch(item.text)), None)
        if alone is not None:
            # a label over the title in 《》 on its own line (政策全文 / 《…》): the title
            self.page_title(alone, 1, len(alone.text) - 1)
            header.title = alone.printed(1, len(alone.text) - 1)
            header.title_lines = [alone]
            header.spans["title"] = line_span(alone, 1, len(alone.text) - 1)
            self.state = State.TITLED
            return
        self.set_title(lines)

    def title_lines(self, line: Line) -> list[Line]:
        """The lines of a title broken over up to three lines, until one names the plan's kind."""
        lines = [line]
        text = line.text
        start = self.index
        while (
            (plan_kind(bare := TEXT_TAIL.sub("", text)) is None or not ends_a_name(bare))
            and self.index < len(self.lines)
            and len(lines) < 3
            and not text.rstrip(" \t").endswith("|")  # a table's cell ends with its rule
        ):
            following = self.lines[self.index]
            if not following.text.strip(" \t"):
                self.index += 1
                continue
            if not is_titleish(following.text) or read_date(following.text) is not None:
                break
            if DATED_NOTE.match(following.text) or is_heading_row(following):
                # a meeting's dated note under the title, or the heading row of the table under
                # it (序号 工作任务 …), is no part of it
                break
            if (
                META.search(following.text.translate(SIMPLIFIED))
                or is_chrome(following.text)
                or category_tag_under(text, following.text)
            ):
                # a byline under the title (发布时间:… 来源:…), a breadcrumb (当前位置:…) or the
                # site's category tag (政策) is the page's, not the title's
                break
            if (
                (names_document(text) and ABOUT.match(following.text))
                or self.heading_opens_below(text, following)
                or self.owns_the_title_below(lines, following.text)
            ):
                # a title whole on its line, then another heading (关于…); or a site's name
                # over a heading that opens with its organ (某市人民政府关于…); or an organ's
                # name over its plan's title, which names the place again (某县某局 / 某县…计划)
                break
            lines.append(following)
            text += following.text
            self.index += 1
        # a site's label after the title's last line (…工作报告(全文)) is no part of its kind
        named = plan_kind(TEXT_TAIL.sub("", text)) is not None
        if not named and len(lines) > 1 and self.organ_over_year(lines):
            lines = lines[:2]
            self.index = self.lines.index(lines[1], start) + 1
        elif not named and len(lines) > 1:
            # no plan named: the lines that join into a title the notice carries in 《》
            # (政府工作报告“十四五”时期 / 重点工作责任分解), else those that end a rule's name
            # (…大会 / …公文处理办法), else one
            chosen = self.carried_lines(lines) or rule_lines(lines)
            # a category's word under a line that leaves the name open ends the name
            # (某县关于清理地方性 / 法规, …发展的若干 / 政策)
            ended = not category_tag_under(lines[0].text, lines[1].text)
            lines = lines[:2] if len(chosen) == 1 and ended and _ends_open(lines) else chosen
            self.index = start
            for kept in lines[1:]:
                self.index = self.lines.index(kept, self.index) + 1
        return lines

    def name_tail(self, lines: list[Line]) -> Line | None:
        """The line that ends a title's name past the kind its lines end with, if one does.

        A title may name a document inside its own name (某县法治政府建设实施方案 / 任务分工表,
        某县“八五”普法规划 / 中期评估实施方案): the short line right under it that ends a name
        again (a plan's kind, a rule's, a table's or a division's) goes on with it. Not a line
        that opens a title of its own (a place, a year, 关于, 《), a sentence, a number, a
        period or status in brackets, nor a line apart in spaced words.
        """
        text = "".join(line.text for line in lines)
        if len(lines) >= MAX_TITLE_LINES - 1 or not (
            ends_a_name(TEXT_TAIL.sub("", text)) and names_document(text)
        ):
            return None
        index = self.next_index()
        if index is None or not self.adjoins(lines[-1], self.lines[index]):
            return None
        following = self.lines[index]
        bare = following.text.translate(SIMPLIFIED).strip(" \t")
        if (
            len(bare) > MAX_NAME_TAIL
            or (following.gaps and len(following.gaps) < len(bare) - 1)  # spaced all through
            or not "\u4e00" <= bare[:1] <= "\u9fff"
            or CLAUSE_MARK.search(bare) is not None
            or TITLE_OPENING.match(bare) is not None
            or is_heading_row(following)
            or _NUMBERED_OPENING.match(bare) is not None
        ):
            return None
        ends = bare.endswith((*RULE_ENDS, *DIVISION_ENDS)) or (
            plan_kind(bare) is not None and ends_a_name(bare)
        )
        if ends and self.heads_items(following, index):
            return None  # a label over the items right under it (任务分工 / 一、…), no name's end
        return following if ends else None

    def heads_items(self, line: Line, index: int) -> bool:
        """Whether a line stands right over a numbered item (一、, (一), 1.), no blank line between.

        A title is set apart from the text under it; a part's label heads its items.
        """
        below = self.lines[index + 1] if index + 1 < len(self.lines) else self.body
        if below is None:
            return False
        text = simplified(below.text).lstrip(" \t")
        return below.number == line.number + 1 and _ITEM_OPENING.match(text) is not None

    def heading_opens_below(self, text: str, following: Line) -> bool:
        """Whether ``following``, the line at the reader's place, opens a heading of its own.

        As a whole line (某市人民政府办公厅关于…), or broken inside its organ, its verb or 关于
        (某县人民政府办公室关 / 于印发…), read with the line under it.
        """
        if self.opens_a_heading(text, following.text):
            return True
        start = self.index
        self.index = start + 1
        try:
            inside = self.head_broken_inside(following)
            below = self.next_index()
            # broken inside its organ, its verb or 关于; or the organ whole on its line, over
            # the line that opens with 关于 (中共某省委办公厅 / 关于印发《…》的通知)
            broken = inside or (
                below is not None
                and ABOUT.match(self.lines[below].text.strip(" \t")) is not None
                and is_organ_name(following.text.strip(" \t").translate(SIMPLIFIED))
            )
        finally:
            self.index = start
        return (
            broken
            and below is not None
            and self.opens_a_heading(text, following.text + self.lines[below].text)
        )

    @staticmethod
    def opens_a_heading(text: str, following: str) -> bool:
        """Whether the next line opens a heading of its own: an organ's name, then 关于.

        A heading starts with the organ that issues it (某市人民政府办公厅关于印发…的通知), so the
        line above it is no first part of it (a site's name, 某某政策服务平台), unless that line
        names an organ too: joint issuers broken one a line (中共某省委 / 某省人民政府关于…); not
        one whose name the heading's organ opens with, its own site's (某县人民政府 / 某县人民
        政府办公室关于…).
        """
        opened = NOTICE_HEAD.match(following)
        if opened is None or not ABOUT.match(following, len(opened["issuer"])):
            return False
        issuer = opened["issuer"].translate(SIMPLIFIED)
        names = text.translate(SIMPLIFIED).split()
        if len(names) == 1 and organ_broken_over(names[0], following):
            return False  # the organ's name broken inside (某自治区人民 / 政府关于…)
        if len(names) == 1 and issuer.startswith(names[0]) and issuer != names[0]:
            return True  # a site's name over its office's heading (某县人民政府 / 某县人民政府办公室关于…)
        return is_organ_name(issuer) and not all(is_organ_name(name) for name in names)

    def labels_the_title_below(self, text: str) -> bool:
        """Whether a short line is a page's column over a heading whole on the line below.

        民族政策 / 某省民族团结进步创建活动规划纲要: the heading opens with its place and names
        its kind, so nothing stands before it; the column's name above it (a few characters,
        no organ, no year, no kind of document) is the page's. So is it over a heading that
        opens with the organ issuing it before 关于 (法律事务 / 某委员会关于…的决议), and printed
        twice, the side bar's and the crumb's (法律事务 / 法律事务 / 某委员会关于…).
        """
        if (
            len(text) > _LONGEST_COLUMN_LABEL
            or not _COLUMN_LABEL.fullmatch(text)
            or text.startswith(("中共", "关于"))
            or is_organ_name(text)
            or names_document(text)
        ):
            return False
        following = self.following_texts()
        below = simplified(next(following, "")).strip(" \t")
        if below == text:
            below = simplified(next(following, "")).strip(" \t")
        place = OWN_PLACE.match(below)
        heading = NOTICE_HEAD.match(below)
        headed = (
            heading is not None
            and ABOUT.match(below, heading.end("issuer")) is not None
            and is_organ_name(heading["issuer"])
            and (names_document(below) or below.endswith(_DECISION_ENDS))
        )
        return headed or (
            place is not None
            and not any(char.isdecimal() for char in place.group())
            and ABOUT.search(below) is None
            and plan_kind(below) is not None
            and ends_a_name(below)
        )

    def owns_the_title_below(self, lines: list[Line], following: str) -> bool:
        """Whether an organ's name stands alone over a plan's title that names its place again.

        某县发展和改革局 / 某县2021年重点项目建设计划: the title opens with the place the organ's
        name opens with, so it does not go on the organ's name (某县司法局 / 2021年工作要点
        does). The organ is the page's mark: the issuer where nothing else names one.
        """
        text = lines[0].text.translate(SIMPLIFIED)
        below = following.translate(SIMPLIFIED)
        place = OWN_PLACE.match(text)
        # or that opens with the organ's own name, the end of its full one (中华人民共和国司法部 /
        # 司法部2018年法治政府建设年度报告, 某省气象局 / 省气象局2023年…): the title names its owner
        named_again = any(
            below.startswith(text[cut:]) and is_organ_name(text[cut:])
            for cut in range(1, len(text) - 1)
        )
        owns = (
            len(lines) == 1
            and is_organ_name(text)
            and (named_again or (place is not None and below.startswith(place.group())))
            and not ABOUT.search(below)
            and (names_document(below) or ends_a_name(below))  # …制度(试行) too
        )
        if owns:
            self.header.mark_issuer = lines[0].printed(0, len(lines[0].text))
            self.header.mark_span = line_span(lines[0], 0, len(lines[0].text))
        return owns

    @staticmethod
    def organ_over_year(lines: list[Line]) -> bool:
        """A heading broken after the body's name, its year's account on the next line.

        某省交通运输厅 / 2025年法治政府部门建设工作情况: the body alone, then a year that opens
        what the body reports on.
        """
        first, second = lines[0].text, lines[1].text
        joined = (first + second).translate(SIMPLIFIED)
        return (
            is_organ_name(first.translate(SIMPLIFIED))
            and YEAR_LINE.match(second) is not None
            and (joined.endswith(REPORT_ENDS) or not names_no_document(joined))
        )

    def carried_lines(self, lines: list[Line]) -> list[Line] | None:
        """The most first lines of a broken title that join into a title the notice names.

        A name the notice quotes inside 《》 marks its own quotes 〈〉 (《关于落实〈政府工作报告〉
        重点工作的任务分工》): the title prints them 《》.
        """
        named = named_titles(line.text for line in self.header.notice_lines)
        for count in range(len(lines), 1, -1):
            if "".join(item.text for item in lines[:count]) in named:
                return lines[:count]
        return None

    def set_title(self, lines: list[Line]) -> None:
        """The title from its lines, less a site's note before it and a site's mark after it."""
        header = self.header
        note = (
            EDITORIAL_NOTE.match(lines[0].text)
            or PAGE_MARK.match(lines[0].text)
            or MENU_BULLET.match(lines[0].text)
            or genre_label(lines[0].text)
        )
        skip = note.end() if note is not None and note.end() < len(lines[0].text) else 0
        if not skip and len(lines) > 1 and title_lead(lines[0], below=lines[1].text):
            # a copy's mark alone over the title (01, 第5期, 附件1, 【2023-05-10】): not its words
            self.note(
                lines[0], "page-text", f"a mark over the title: {lines[0].text}", Severity.INFO
            )
            lines = lines[1:]
        dash = None if skip else DASH_OPENING.match(lines[0].text)
        if dash is not None:
            skip = dash.end()  # a dash subtitle read as the title (——某县2024年普法工作要点)
        lead = 0 if skip or len(lines) > 1 else title_lead(lines[0])
        if lead:
            skip = lead  # or before it on its line, apart by a space
            self.note(
                lines[0],
                "page-text",
                f"a mark before the title: {lines[0].text[:lead]}",
                Severity.INFO,
            )
        last = lines[-1]
        suffix = SITE_SUFFIX.search(last.text) if len(lines) > 1 or skip == 0 else None
        stop = suffix.start() if suffix is not None and suffix.start() > 0 else len(last.text)
        if last.text[:stop].rstrip(" \t").endswith("|"):
            # the title in a table's cell, its rule after it: 某报告 |
            stop = len(last.text[:stop].rstrip(" \t")[:-1].rstrip(" \t"))
        stop = self.less_text_label(last, stop)
        contents = HEADING_CONTENTS_TAIL.search(last.text[:stop])
        if contents is not None and is_titleish(last.text[: contents.start()]):
            stop = contents.start()  # the plan's heading over its table of contents: 某预案目录
            self.note(last, "contents", f"a table of contents: {last.text}", Severity.INFO)
        dated = last.gaps[-1] if last.gaps else 0
        if dated > (skip if len(lines) == 1 else 0) and ISO_DATE.fullmatch(last.text[dated:]):
            stop = min(stop, dated)  # a site's date beside its headline: 某报告 2023-02-22
            self.note(last, "page-text", f"the site's date: {last.text[dated:]}", Severity.INFO)
        if len(lines) == 1:
            header.title = lines[0].printed(skip, stop)
        else:
            header.title = (
                lines[0].printed(skip, len(lines[0].text))
                + "".join(item.printed(0, len(item.text)) for item in lines[1:-1])
                + last.printed(0, stop)
            )
        header.title_lines = lines
        header.spans["title"] = Span(start=lines[0].offset(skip), end=last.end_offset(stop))
        reported = headline("".join(item.text for item in lines)) if len(lines) == 1 else None
        if reported is not None:
            issuer, title = reported
            begin = lines[0].text.index("《" + title) + 1
            header.title = lines[0].printed(begin, begin + len(title))
            header.spans["title"] = line_span(lines[0], begin, begin + len(title))
            at = lines[0].text.index(issuer)
            # as for a news lead: the plan's own title names its issuer before the reporter;
            # both as printed (traditional characters stay)
            header.reported_issuer = (
                title_issuer(header.title)
                or apart_at_gaps(lines[0], at, at + len(issuer))
                or lines[0].printed(at, at + len(issuer))
            )
        self.state = State.TITLED

    def less_text_label(self, line: Line, stop: int) -> int:
        """Where a title ends before a site's label after it (某市某某条例全文, 某方案原文)."""
        text = line.text
        label = TEXT_TAIL.search(text[:stop])
        if label is None:
            return stop
        head = text[: label.start()].translate(SIMPLIFIED)
        if not (names_document(head) or head.endswith(("条例", *RULE_ENDS))):
            return stop
        self.note(
            line,
            "page-text",
            f"the site's label after the title: {text[label.start() : stop]}",
            Severity.INFO,
        )
        return label.start()


# a page's label alone over the text it prints: 全文, 政策全文, 文件原文, 正文
_BARE_TEXT_LABEL = re.compile(r"(?:政策|文件|文档|内容|规划|方案)?(?:全文|原文|正文)")
# a plan's period under its title, a bracket or both lost by a copy: 2015—2020年), 2021-2025年
# a page's date as a site prints it, alone on a line: 2016-09-08, 2023-5-6 10:21
_PAGE_DATE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?")
_LOOSE_PERIOD = re.compile(r"\(?(?:19|20)\d{2}年?\s?(?:—{1,2}|–|-|~|至)\s?(?:19|20)\d{2}年?\)?")
# a page's column over the heading: a few characters, none of them a digit or a mark
_COLUMN_LABEL = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST_COLUMN_LABEL = 6
# the kind a congress's standing committee's heading names, beside a plan's or a notice's
_DECISION_ENDS = ("决议", "决定")


def _ends_open(lines: list[Line]) -> bool:
    """Whether a title's first line leaves its name open and the second is a category's word."""
    bare = simplified(lines[1].text).strip(" \t")
    return NAME_GOES_ON.search(lines[0].text.rstrip(" \t")) is not None and bool(
        FILED_CATEGORY_TAG.fullmatch(bare)
    )


# a place's name without its level, broken off a title's first line: 乐至 (县…)
_PLACE_HEAD = re.compile(r"[\u4e00-\u9fff]{2,4}")


# a numbered part's opening, never a title's: 一、, 第一章, 第二部分
_NUMBERED_OPENING = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百\d]{1,4}[章节条篇部]"
)
# a numbered item's opening: 一、, 第一章, (一), 1.
_ITEM_OPENING = re.compile(
    _NUMBERED_OPENING.pattern + r"|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d)"
)
# the words a title with neither place nor year opens with: the work it names (推进…, 加强…)
# or the field of the genre (行政执法…, 法治政府…, 依法行政…, 普法…)
_TITLE_SUBJECTS = (*WORK_VERBS, "行政", "法治", "法制", "依法", "普法")


def subject_head(text: str, following: str) -> bool:
    """Whether a short line opens a title with its work or field, the lines under it its rest.

    行政执法 / 全过程记录实施办法: too short to head a title by its length, the line opens with
    the work or the field a title names, and the rest ends with a document's kind; a title opens
    once, so a rest that opens as a title does (某县…, 2023年…, 关于…) has its own head, and a
    page's column (通知公告, 首页) opens with no such word.

    Examples:
        >>> subject_head("行政执法", "全过程记录实施办法")
        True
        >>> subject_head("法治建设", "某县2023年法治政府建设工作要点")
        False
        >>> subject_head("通知公告", "全过程记录实施办法")
        False
    """
    bare = text.translate(SIMPLIFIED).strip(" \t")
    rest = following.translate(SIMPLIFIED).strip(" \t")
    return (
        bare.startswith(_TITLE_SUBJECTS)
        and len(bare) >= MIN_SUBJECT_HEAD
        and CLAUSE_MARK.search(bare) is None
        and ends_a_name(rest)
        and TITLE_OPENING.match(rest) is None
    )


def place_broken(text: str, following: str) -> bool:
    """Whether a short line is a place's name that the line under it finishes with its level.

    乐至 / 县2022年林长制工作要点: a line opens with a bare level (县, 市, 区 …) only when the
    name before it was broken off above.

    Examples:
        >>> place_broken("乐至", "县2022年林长制工作要点"), place_broken("通知公告", "县政府工作报告")
        (True, False)
    """
    return (
        _PLACE_HEAD.fullmatch(text.translate(SIMPLIFIED).strip(" \t")) is not None
        and following[:1].translate(SIMPLIFIED) in PLACE_LEVELS
        and following[1:2].isdecimal()
    )


def apart_at_gaps(line: Line, begin: int, end: int) -> str | None:
    """Joint issuers a headline prints apart by spaces, joined by 、; None unless each is an organ.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("中共中央办公厅 国务院办公厅印发《某某意见》")[0]
        >>> apart_at_gaps(line, 0, 13)
        '中共中央办公厅、国务院办公厅'
        >>> apart_at_gaps(split_lines("某省 人民政府印发《某某方案》")[0], 0, 6) is None
        True
    """
    cuts = [gap for gap in line.gaps if begin < gap < end]
    if not cuts:
        return None
    bounds = [begin, *cuts, end]
    spans = list(itertools.pairwise(bounds))
    if not all(line.text[a:b].translate(SIMPLIFIED).endswith(ISSUER_ENDS) for a, b in spans):
        return None
    return "、".join(line.printed(a, b) for a, b in spans)
