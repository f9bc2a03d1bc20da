"""The head reader's disclosure block: a page's labelled fields (索引号, 发文机关, ...).

Fields on one line, labels over their values, a label alone over its value, lists of
fields, values across a gap; what each field gives the head (its number, issuer,
date of issue, publication or promulgation).
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from rulegov.model import Severity
from rulegov.parse._facts import line_span
from rulegov.parse._header_page import (
    bare_meta,
    bracketed_meta,
    cell_label,
    disclosed_date,
    has_form_of,
    is_byline,
    is_field_row,
    is_meta_row,
    is_separator_row,
    list_label,
    marked_label_row,
    table_cells,
)
from rulegov.parse._header_state import ReaderState
from rulegov.parse._header_titles import is_organ_name, signers
from rulegov.parse._header_words import (
    BARE_OFFICE,
    BARE_PLACE,
    CLOCK,
    DOC_NUMBER,
    FIELD_BLANK,
    MAX_META_VALUE,
    META,
    META_ALONE,
    META_BARE,
    META_LABELS,
    MIN_BARE_LABELS,
    NOTICE_ISSUER,
    ORGAN_LABEL_ENDS,
    PROMULGATED_LABELS,
    QUOTED_NOTICE,
    SIMPLIFIED,
    SITE_PUBLISHER,
    STATUS,
    TOWN_PLACE,
    simplified,
)
from rulegov.parse._table_header import label_and_tab
from rulegov.parse._time import read_date

if TYPE_CHECKING:
    from rulegov.parse._text import Line


# the labels of the day a page published the document (not the day it was issued)
PUBLISHED_LABELS = frozenset(
    ("发布日期", "发布时间", "發布日期", "發布時間", "公开日期", "公开时间", "发表日期", "發表日期")
)


_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
_SHORT_VALUE = 8  # a field's word or two (主动公开, 有效); a heading is longer


class DisclosureFields(ReaderState):
    """Reads a page's disclosure fields into the head."""

    def meta(self, line: Line) -> bool:
        # a label in traditional characters is the same label (發文機關:, 時效:): the folding
        # keeps every position, so a match in the folded text cuts the printed one
        text = simplified(line.text)
        alone = META_ALONE.fullmatch(text) if text.endswith(":") else None  # 发文字号:
        if alone:
            return self.meta_alone(line, alone["label"])
        # a row of labels over a row of values; a label over its value; a field left empty at
        # the end of a block (内容概述, with no value): the block's
        if (
            self.labels_over_values(line)
            or self.label_over_value(line)
            or (META_BARE.fullmatch(text.strip(" \t")) and self.follows_meta(line))
        ):
            self.note(line, "metadata", "web-page metadata read for the plan", Severity.INFO)
            return True
        cells = table_cells(text) or label_and_tab(text)
        pairs: list[tuple[str, int, int, int]] = []
        tabled = cells is not None and (is_meta_row(text, cells) or is_separator_row(text, cells))
        # a row of the block whose label the vocabulary lacks (公文时效: | 有效 |): each label
        # marked by its colon before its value, under a row already read as the block's
        if cells is not None and not tabled and self.follows_meta(line):
            tabled = marked_label_row(text, cells)
        # a law site's row of fields, each label run against its value, one left empty
        # (颁布日期:2009-01-03 | 失效日期: |), is read label by label below, not cell against cell
        # (a row of one label alone, |主题词:|||, stays the block's)
        field_row = (
            tabled
            and cells is not None
            and sum(end > begin for begin, end in cells) >= MIN_BARE_LABELS
            and is_field_row(text, cells)
        )
        if tabled and cells is not None and not field_row:
            pairs = cell_pairs(text, cells)
        else:
            matches = list(META.finditer(text)) if ":" in text else []  # every label has one
            opening = opening_bare_field(line, matches[0].start()) if matches else None
            if opening is not None:
                # a row whose first label stands bare before its value and the next with a colon
                # (文      号 某政办〔2025〕1号 信息分类: 综合政务): a label opens it, as a byline's
                pairs.append(opening)
            elif not matches:
                bare = bracketed_meta(line) or bare_meta(line) or self.field_list(line)
                if bare is None:
                    return False
                pairs = bare
            elif glued_label(line, matches[0].start()) or not is_byline(
                text, matches[0].start(), len(matches)
            ):
                return False
            gaps = line.gaps  # read once: a line of many labels has many values
            for i, match in enumerate(matches):
                stop = matches[i + 1].start() if i + 1 < len(matches) else len(text)
                # a value ends where the page's controls begin after it, in square brackets
                # apart by a space (发布机构:某办公室 【已阅读:, 【字体:大 中 小】, [打印])
                stop = _before_controls(text, gaps, match.end(), stop)
                pairs.append((match.group("label"), match.start(), match.end(), stop))
        self.meta_values(line, pairs, field_row=field_row)
        self.note(line, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def meta_values(
        self, line: Line, pairs: list[tuple[str, int, int, int]], *, field_row: bool
    ) -> None:
        """Read the value of each label of a disclosure line into the field it fills."""
        text = simplified(line.text)
        for label, _, begin, end in pairs:
            # a row of fields gives its dates and number; the organ it names, the site's
            # record of who promulgated or posted it, is left to the heading and the signature
            if not (field_row and META_LABELS.get(label, "") == "issuer"):
                self.meta_value(line, META_LABELS.get(label, ""), begin, end)
            if label in PUBLISHED_LABELS and self.header.published_on is None:
                self.header.published_on = read_date(CLOCK.sub("", text[begin:end]).strip())
            self.promulgated(label, text[begin:end])

    def promulgated(self, label: str, value: str) -> None:
        """Keep the day a law library's field (颁布日期, 公布時間) says the document was promulgated."""
        if simplified(label) in PROMULGATED_LABELS and self.header.promulgated_on is None:
            self.header.promulgated_on = disclosed_date(value.strip(" \t|｜"))

    def labels_over_values(self, line: Line) -> bool:
        """Read a row of disclosure labels over a row of their values, cell under cell.

        索引号  发文机关  成文日期  发布时间 / 001-2023-0012  某区人民政府办公室  2023年5月10日
        2023年5月12日, apart by runs of spaces, tabs or full-width spaces, in any order: each
        value is its own label's, so the page's time of publication is never the date of issue
        and an index number is none of the document's fields.
        """
        names = _cell_ranges(line)
        if len(names) < MIN_BARE_LABELS or not all(
            simplified(line.text[begin:end]) in META_LABELS for begin, end in names
        ):
            return False
        value_at = self.text_position(self.position(line) + 1, 1)
        if value_at is None:
            return False
        values = self.lines[value_at]
        cells = _cell_ranges(values)
        if len(cells) != len(names) or any(
            simplified(values.text[begin:end]) in META_LABELS for begin, end in cells
        ):
            return False
        self.index = max(self.index, value_at + 1)
        for (begin, end), (start, stop) in zip(names, cells, strict=True):
            label = simplified(line.text[begin:end])
            self.meta_value(values, META_LABELS[label], start, stop)
            if label in PUBLISHED_LABELS and self.header.published_on is None:
                self.header.published_on = read_date(CLOCK.sub("", values.text[start:stop]).strip())
            self.promulgated(label, values.text[start:stop])
        self.note(values, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def label_over_value(self, line: Line) -> bool:
        """Read a disclosure label printed alone without its colon, its value on the next line.

        A ministry's page prints its fields so, label and value on lines of their own (文号 /
        某办函〔2025〕1920号 / 索引号 / 000019713/2025-00077 / 公开日期 / …), with or without blank
        lines between: a bare label counts only in a run of such pairs, the line after its value
        or the line over the value above it being a bare label too.
        """
        bare = simplified(line.text).strip(" \t")
        if META_BARE.fullmatch(bare) is None:
            return False
        position = self.position(line)
        value_at = self.text_position(position + 1, 1)
        if value_at is None:
            return False
        value = self.lines[value_at]
        field = META_LABELS.get(bare, "")
        if (
            len(value.text) > MAX_META_VALUE
            or META_BARE.match(simplified(value.text)) is not None  # a label, or a row of them
            or "\t" in value.text
            or "|" in value.text
            or value.text.endswith(":")  # the address, under a label left empty
            or (field != "title" and self.is_notice_title(value.text))
        ):
            return False
        # label, value, label…: the line after the value is a label, or the line above is a
        # value under a label (a run of labels left empty is no run of pairs)
        above = self.text_position(position - 1, -1)
        run = self.bare_label(self.text_position(value_at + 1, 1)) or (
            above is not None
            and META_BARE.match(simplified(self.lines[above].text)) is None
            and self.bare_label(self.text_position(above - 1, -1))
        )
        if not run:
            return False
        self.index = max(self.index, value_at + 1)
        self.meta_value(value, field, 0, len(value.text))
        self.note(value, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def bare_label(self, position: int | None) -> bool:
        """Whether the line at ``position`` is a disclosure label alone, without its colon."""
        if position is None:
            return False
        return META_BARE.fullmatch(simplified(self.lines[position].text).strip(" \t")) is not None

    def follows_meta(self, line: Line) -> bool:
        """Whether the line above (blank lines aside) was read as a disclosure block's row.

        The line read is the one before ``self.index``: the lines above it are walked back over
        the blank ones only, so a long run of bare labels is read in linear time.
        """
        if self.last_meta is None:
            return False
        before = self.text_line(self.position(line) - 1, -1)
        return before is not None and before.number == self.last_meta

    def field_list(self, line: Line) -> list[tuple[str, int, int, int]] | None:
        """A field of a list printed label against value, one to a line (发文字号皖交发〔2021〕63号).

        A label that opens a line counts only in a run of such lines: the line before or the
        line after opens with a label too, or is a row of the block (文号 主题分类 公安、司法);
        or alone, run into a value of the form its field demands: a number (文号某政发〔2023〕5号)
        or a date (成文日期2023-05-10, 发布日期2023-05-12).
        """
        label = list_label(line.text, line.gaps)
        if label is None:
            return None
        value = line.text[len(label) :]
        field = "issued_on" if label in PUBLISHED_LABELS else META_LABELS.get(label, "")
        if has_form_of(field, value):
            return [(label, 0, len(label), len(line.text))]
        position = self.position(line)
        # the nearest lines with text: a page may print a blank line between any two
        before = self.text_line(position - 1, -1)
        after = self.text_line(position + 1, 1)
        neighbours = [item for item in (before, after) if item is not None]
        if not any(
            list_label(item.text, item.gaps) or META.match(item.text) or bare_meta(item)
            for item in neighbours
        ):
            return None
        return [(label, 0, len(label), len(line.text))]

    def meta_alone(self, line: Line, label: str) -> bool:
        """A disclosure label on a line of its own: its value is the next line, unless a label.

        An empty label is mostly followed by a gap; across a gap, only a value of the form its
        field demands (a document number, a date) is the label's.
        """
        index = self.next_index()
        field = META_LABELS.get(label, "")
        if index is not None:
            value = self.lines[index]
            # a number's or a date's label takes only a value of that form; no label but 标题
            # takes the heading (文号: with nothing after it, then 某市人民政府关于印发《…》的通知)
            formed = field not in ("doc_number", "issued_on") or has_form_of(field, value.text)
            # and a status's label (时效:, 有效性:) its word across a gap: 有效, 失效, 废止
            status = STATUS.fullmatch(value.text.translate(SIMPLIFIED)) is not None
            if (
                META_ALONE.match(value.text) is None
                and len(value.text) <= MAX_META_VALUE
                and (
                    index == self.index
                    or has_form_of(field, value.text)
                    or status
                    or self.value_across_gap(label, field, index)
                )
                and formed
                and (field == "title" or not self.is_notice_title(value.text))
            ):
                # across a gap, only an organ's name is the issuer (政府办, is the site's word)
                across = index != self.index
                self.index = index + 1
                if field != "issuer" or not across or is_organ_name(value.text):
                    self.meta_value(value, field, 0, len(value.text))
                self.note(value, "metadata", "web-page metadata read for the plan", Severity.INFO)
        self.note(line, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def value_across_gap(self, label: str, field: str, index: int) -> bool:
        """Whether a value across a blank line is a label's of no number or date: its kind's.

        An organ's label (发布机构:, 信息来源:, 发布单位:) takes an organ's name; a label of no
        field takes a code or a date (索引号: MB1534522/2023-05475, 发布日期: 2023-05-12), which
        no heading is; either takes a word or two (公开方式: 主动公开, 发布机构: 政府办,) over the
        block's next label.
        """
        text = self.lines[index].text
        organs = field == "issuer" or (field == "" and label.endswith(ORGAN_LABEL_ENDS))
        if organs and is_organ_name(text):
            return True
        if field not in ("", "issuer"):
            return False
        if not organs and (
            disclosed_date(text) is not None
            or (_IDEOGRAPH.search(text) is None and any(char.isdecimal() for char in text))
        ):
            return True
        following = self.text_position(index + 1, 1)
        return (
            len(text) <= _SHORT_VALUE
            and following is not None
            and META_BARE.match(simplified(self.lines[following].text).lstrip(" \t")) is not None
        )

    def meta_value(self, line: Line, field: str, begin: int, end: int) -> None:
        header = self.header
        begin, end = unpiped(line.text, begin, end)
        if field == "doc_number":
            # a number ends at its 号: what runs on is the next label, unknown to the reader
            number = DOC_NUMBER.match(line.text, begin, end)
            if number is not None:
                end = number.end()
        value = line.printed(begin, end).strip()
        if FIELD_BLANK.fullmatch(value) or (
            field == "doc_number" and not any(char.isdecimal() for char in value)
        ):
            return  # a field left blank in words or marks (信息补充中, 暂无, /), or no number (无编号)
        span = line_span(line, begin, end)
        # a field of another name (统一登记号) that holds a number of a document's form
        numbered = field == "" and DOC_NUMBER.fullmatch(value) is not None
        unset = header.doc_number is None or (field == "doc_number" and self.number_by_other)
        if (field == "doc_number" or numbered) and unset:
            header.doc_number = value
            header.spans["doc_number"] = span
            self.number_by_other = numbered
        elif field == "issuer" and header.issuer is None and not SITE_PUBLISHER.fullmatch(value):
            self.field_issuer(
                line, begin, end, value
            )  # a site (某县门户网站) publishes, issues not
        elif field == "issued_on" and header.issued_on is None:
            day = disclosed_date(line.text[begin:end])
            if day is not None:
                header.issued_on = day
                header.spans["issued_on"] = span
                header.issued_on_from_page = True
        elif field == "title" and header.meta_title is None:
            header.meta_title = value
            # the title of a notice printing the plan, its verb there (X关于印发《Y》的通知) or
            # left out (X关于《Y》的通知)
            heading = NOTICE_ISSUER.match(value) or QUOTED_NOTICE.fullmatch(value)
            if header.notice_title is None and heading is not None and value.endswith("通知"):
                header.notice_title = value
                header.spans["notice_title"] = span
                header.notice_issuer = heading["issuer"].strip()

    def field_issuer(self, line: Line, begin: int, end: int, value: str) -> None:
        """The issuer a disclosure field names, one organ or joint ones, if it names a body.

        An office named by its level alone (区办公室) and a county, a city or a province with no
        body of it named (发布机构 某县) do not say which body issued the document: no issuer.
        A town, a township, a street office or a development zone named alone (发布机构 某镇,
        某区某乡, 某街道, 某经济技术开发区) publishes in its own name: it is kept as the issuer
        where nothing the document prints (its heading's organ, its signature, its notice's
        issuer) names a more precise one.
        """
        if BARE_OFFICE.fullmatch(value):
            return
        if BARE_PLACE.fullmatch(simplified(value)):
            if TOWN_PLACE.fullmatch(simplified(value)) and self.header.page_place is None:
                self.header.page_place = value
                self.header.page_place_span = line_span(line, begin, end)
            return
        header = self.header
        organs = _field_organs(line, begin, end, value)
        header.issuer = "、".join(organs)
        if len(organs) > 1:
            header.issuers = organs
        header.spans["issuer"] = line_span(line, begin, end)
        header.issuer_from_page = True


def _before_controls(text: str, gaps: tuple[int, ...], begin: int, stop: int) -> int:
    """Where a byline's value ends before the page's controls printed after it, apart by a space.

    The controls stand in square brackets: a reading counter (发布机构:某办公室 【已阅读:), the font
    size (【字体:大 中 小】), print and close ([打印] [关闭]); a value's own bracket is not apart.
    ``gaps`` are the line's, in increasing order: only those inside the value are read.
    """
    for index in range(bisect.bisect_right(gaps, begin), len(gaps)):
        gap = gaps[index]
        if gap >= stop:
            break
        if text[gap] in "【[":
            return gap
    return stop


def opening_bare_field(line: Line, first: int) -> tuple[str, int, int, int] | None:
    """The field a disclosure row opens with, its label bare, before its first label with a colon.

    A page may print a row's first label spaced out and without its colon, its value after a
    gap, and the next field with its colon (文      号 某政办〔2025〕1号 信息分类: 综合政务): the
    first field is one where its value has the form its label demands (a number, a date) or,
    for an organ's label, is an organ's name.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("文      号 洪政办〔2025〕1号 信息分类: 综合政务")[0]
        >>> field = opening_bare_field(line, line.text.index("信息分类"))
        >>> field[0], line.text[field[2] : field[3]]
        ('文号', '洪政办〔2025〕1号')
        >>> line = split_lines("公开责任部门 某县人民政府办公室 公开形式: 主动公开")[0]
        >>> field = opening_bare_field(line, line.text.index("公开形式"))
        >>> field[0], line.text[field[2] : field[3]]
        ('公开责任部门', '某县人民政府办公室')
        >>> line = split_lines("有效性 有效 公开日期: 2021-04-23 20:25")[0]
        >>> opening_bare_field(line, line.text.index("公开日期"))[0]
        '有效性'
        >>> line = split_lines("文号 要加强领导 来源:某局")[0]
        >>> opening_bare_field(line, line.text.index("来源")) is None
        True
    """
    found = META_BARE.match(simplified(line.text))
    gaps = line.gaps
    if found is None or found.end() not in gaps or first not in gaps or found.end() >= first:
        return None
    label = found.group()
    value = line.text[found.end() : first]
    field = META_LABELS.get(label, "")
    # an organ's label, the issuer's or another's (公开责任部门 某办公室 公开形式: 主动公开)
    organ = field == "issuer" or label.endswith(ORGAN_LABEL_ENDS)
    formed = is_organ_name(simplified(value)) if organ else has_form_of(field, value)
    # or the document's validity, its value a status word (有效性 有效 公开日期: 2021-04-23)
    formed = formed or (label.endswith("效性") and STATUS.fullmatch(simplified(value)) is not None)
    return (label, 0, found.end(), first) if formed else None


def glued_label(line: Line, first: int) -> bool:
    """Whether a label ends a longer word: 资金来源: is no 来源:, and its line is no byline.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("资金来源:县财政预算安排,审核:县财政局。")[0]
        >>> glued_label(line, 2), glued_label(split_lines("某县人民政府网 来源:某县")[0], 7)
        (True, False)
    """
    return first > 0 and first not in line.gaps and "\u4e00" <= line.text[first - 1] <= "\u9fff"


def cell_pairs(text: str, cells: list[tuple[int, int]]) -> list[tuple[str, int, int, int]]:
    """The label and value of each pair of cells in a disclosure row: label, start, value span.

    A label whose cell is followed by another label's was left empty (文号 | 发布时间 | 2023-07-13,
    发布机构 | 是否有效 |): it takes no value, and the next label pairs with the cell after it.

    Examples:
        >>> row = "发布机构 | 是否有效 | |"
        >>> [label for label, *_ in cell_pairs(row, [(0, 4), (7, 11), (14, 14)])]
        ['是否有效']

        A label printed in square brackets (| [ 成文日期 ] | 2026-02-11 |) pairs as a bare one.

        >>> row = "[成文日期]|2026-02-11|[发布日期]|2026-02-11"
        >>> [(label, row[b:e]) for label, _, b, e in cell_pairs(row, table_cells(row))]
        [('成文日期', '2026-02-11'), ('发布日期', '2026-02-11')]
    """
    pairs: list[tuple[str, int, int, int]] = []
    i = 0
    while i < len(cells) - 1:
        label = cell_label(text[cells[i][0] : cells[i][1]])
        following = cell_label(text[cells[i + 1][0] : cells[i + 1][1]])
        if label in META_LABELS and simplified(following).strip() in META_LABELS:
            i += 1
            continue
        pairs.append((label, cells[i][0], *cells[i + 1]))
        i += 2
    return pairs


def unpiped(text: str, begin: int, end: int) -> tuple[int, int]:
    """A value's range without the pipes of a table's row around it: | 某发〔2024〕2号 |.

    Examples:
        >>> unpiped("[发文字号]|某发〔2024〕2号|", 6, 18)
        (7, 17)
    """
    while begin < end and text[begin] == "|":
        begin += 1
    while end > begin and text[end - 1] == "|":
        end -= 1
    return begin, end


def _field_organs(line: Line, begin: int, end: int, value: str) -> list[str]:
    """The organs a disclosure field names as its issuer: one, or joint ones.

    Joint organs in one field stand apart by spaces, commas or run together (发文机关:中共某县委
    办公室 某县人民政府办公室): each an organ's name, they are the issuers, joined by 、 as a
    heading or a signature names them; any other value is one issuer, as printed.
    """
    listed = [name.strip() for name in re.split(r"[,，;；]", value) if name.strip()]
    organs = listed if len(listed) > 1 else signers(line.cut((begin, end))[1])
    if len(organs) > 1 and all(is_organ_name(organ) for organ in organs):
        return organs
    return [value]


def _cell_ranges(line: Line) -> list[tuple[int, int]]:
    """The ranges of a row's cells, apart by runs of spaces, tabs or pipes."""
    bounds = [0, *line.gaps, len(line.text)]
    return [
        (first + cell.start(), first + cell.end())
        for first, last in itertools.pairwise(bounds)
        for cell in re.finditer(r"[^\t| ]+", line.text[first:last])
    ]
