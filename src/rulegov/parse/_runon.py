"""Lines cut where a copy ran numbered parts together, and bare numbers joined to their text.

Web pages that lost their line breaks print several numbered parts on one line
(一、加强领导(一)健全机制。…); PDF and Word copies print a heading's number alone on its line
(第一章 / 总则). Before the parser reads a document's structure, `split_run_on` cuts the first and
`with_bare_numbers_joined` joins the second, each keeping every character's place in the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import re
from typing import TYPE_CHECKING

from rulegov._text import display_width
from rulegov.parse._fields import division_line, names_units_only
from rulegov.parse._header import table_cells
from rulegov.parse._header_titles import is_organ_name
from rulegov.parse._header_words import DOCUMENT_ENDS, PAGE_NUMBER, RULE_ENDS
from rulegov.parse._numbering import (
    NEVER_TASKS,
    TOP_STYLES,
    Heading,
    Style,
    chinese_to_int,
    match_heading,
    runs_on_list,
)
from rulegov.parse._table_header import (
    label_and_tab,
    may_line_up,
    read_columns,
    spaced_cells,
    tab_header,
)
from rulegov.parse._table_stacked import stacked_rows
from rulegov.parse._text import Line, join_lines
from rulegov.parse._time import read_date
from rulegov.parse._units import FIELD_LABEL, list_goes_on
from rulegov.parse._vocab import ROLE_LABELS, ROLE_SUFFIXES, TASK_SECTION_TITLES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

__all__ = [
    "split_run_on",
    "with_bare_numbers_joined",
    "with_broken_brackets_joined",
    "with_broken_dates_joined",
    "with_broken_divisions_joined",
    "with_broken_lists_joined",
    "with_extraction_chunks_joined",
    "with_label_values_joined",
    "with_number_brackets_closed",
    "with_side_dates_as_the_last",
    "with_signature_indents_cut",
    "with_wide_gaps_as_line_ends",
    "with_wrapped_lines_joined",
]

_MIN_ALIGNED_CELLS = 2  # a row of a table lined up with spaces: two cells at least
_JOINT = 2  # joint signers: two at least
_LONGEST_BARE_NUMBER = 8  # 第一百二十条, （二十三）: a longer line is more than a number
_CANDIDATE_FORMS = (
    r"[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)"
    r"|第[一二三四五六七八九十]{1,3}[章节条]"
)
# The same forms, written to start with one character class, so that the regex engine skips to
# the next character that can start one instead of trying every form at every position.
_CANDIDATE = re.compile(
    r"[一二三四五六七八九十(\d第](?:(?<=[一二三四五六七八九十])[一二三四五六七八九十]{0,2}、"
    r"|(?<=\()[一二三四五六七八九十\d]{1,3}\)|(?<=\d)\d?[.、](?!\d)|(?<=第)[一二三四五六七八九十]{1,3}[章节条])"
)
_RUN_ON_STOPS = "。;!?"
_RUN_ON_STOP = re.compile("[。;!?]")
# A sentence's end and the number after it; the number starts one after the match. (A pattern
# opening with the mark is scanned for the mark alone; one opening with a look-behind for it
# would try every form at every character.) No form ends with a mark, so matches do not overlap.
_AFTER_STOP = re.compile("[。;!?](?:" + _CANDIDATE_FORMS + ")")
# a bracket after a sentence's end (its units: 。(责任单位:区司法局)) and the number after it; the
# number starts at the match's end
_AFTER_BRACKET = re.compile("[。;!?]\\([^()]{1,80}\\)(?=" + _CANDIDATE_FORMS + ")")
# a list's first item run on after the colon that announces it (公开以下内容:1.…), or an item
# after the units whose work it is (区财政局:3.…)
_AFTER_COLON = re.compile(r":(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\))")
_MAX_RUN_ON_TITLE = 40
# the characters that make one word with the 一 after them (统一, 唯一, 逐一, 知行合一): a title run
# on into its first heading never ends in one of them, a sentence does (公文格式的统一、严肃)
_JOINS_ONE = frozenset("统統唯同单單逐万萬划劃专專合之")
# but a document's kind that ends in one of them (清单, 规划, 计划) ends a title there, and the
# 一、 after it is the run-on heading: 某市重点任务清单一、加强党的领导
_TITLE_ENDS_BEFORE_ONE = tuple(
    word for word in (*DOCUMENT_ENDS, *RULE_ENDS) if word[-1] in _JOINS_ONE
)


def with_bare_numbers_joined(lines: list[Line]) -> list[Line]:
    r"""The lines with a heading number alone on its line joined to the line of text after it.

    A PDF or a Word file's numbering often comes apart from its text (一、 / 总体要求,
    第一章 / 总则, （一） / 加强学习。…): the number and the next line are one heading.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> lines = with_bare_numbers_joined(split_lines("某方案\n第一章\n总则\n（一）\n\n加强学习。"))
        >>> [line.text for line in lines]
        ['某方案', '第一章总则', '(一)加强学习。']
    """
    return _with_next_joined(lines, _bare_number, _plain_text)


# a sharing site's extraction of a Word or a PDF file in numbered chunks of about a page each
# (1、某方案一、总则…商 / 2、店等地方…): the number of a chunk opens its line, and a chunk holds
# the file's own parts (一、, 二、) inside it
_CHUNK_NUMBER = re.compile(r"(\d{1,2})、")
_PART_INSIDE = re.compile(
    r"(?<=[^一二三四五六七八九十百\d、])[一二三四五六七八九十]{1,2}、(?=[\u4e00-\u9fff])"
)
_SHORTEST_CHUNK = 150  # a chunk but the last runs for a page of the file: many characters


_WIDE_GAP = 3  # spaces in a row where a page that ran its lines together ended one
_FEWEST_WIDE_GAPS = 6  # a line run together from a page holds many such gaps, a row a few
_SHORTEST_RUN_TOGETHER = 200  # and is long: a page's lines, not a row of a spaced table


def with_wide_gaps_as_line_ends(lines: list[Line]) -> list[Line]:
    r"""The lines a page ran together on one line, parted by runs of spaces, cut apart again.

    A page whose markup is lost may print a whole notice and its table on one line, each of its
    lines and each cell of the table after three spaces or more (…工作任务清单   序号   2025年度
    工作任务   责任单位   一、…   1   加快建设…。   市市场监管局   2   …). A long line with many
    such gaps is so many lines; a row of a table lined up by spaces holds a few, and a sentence
    none.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> cells = "   ".join(["某市人民政府办公厅", "2025年5月12日", "序号", "工作任务", "责任单位"])
        >>> row = "   ".join(["1", "加快建设数字应用,强化服务企业支撑。" * 12, "市市场监管局"])
        >>> [line.text[:8] for line in with_wide_gaps_as_line_ends(split_lines(cells + "   " + row))]
        ['某市人民政府办公', '2025年5月1', '序号', '工作任务', '责任单位', '1', '加快建设数字应用', '市市场监管局']
        >>> len(with_wide_gaps_as_line_ends(split_lines("1   加强领导   区司法局   2023年")))
        1
    """
    if not any(len(line.text) >= _SHORTEST_RUN_TOGETHER for line in lines):
        return lines
    cut: list[Line] = []
    for line in lines:
        gaps = _wide_gaps(line) if len(line.text) >= _SHORTEST_RUN_TOGETHER else []
        cut.extend(line.cut(gaps) if len(gaps) >= _FEWEST_WIDE_GAPS else (line,))
    return cut


def _wide_gaps(line: Line) -> list[int]:
    """Where spaces, three or more in a row, part a line's text (not at its ends)."""
    gaps: list[int] = []
    before = 0  # the characters dropped before each break
    size = len(line.text)
    for place, shift in zip(line.breaks, line.shifts, strict=True):
        dropped = line.original[place + before : place + shift]
        if 0 < place < size and len(dropped) >= _WIDE_GAP and not dropped.strip(" \u3000\t"):
            gaps.append(place)
        before = shift
    return gaps


def with_extraction_chunks_joined(lines: list[Line]) -> list[Line]:
    r"""The lines with the chunks of a sharing site's extraction joined into one, less their numbers.

    Sharing sites print a Word or a PDF file's text in chunks numbered ``1、`` ``2、`` … at the
    start of their lines, each cut where a page of the file ends, in a word or a sentence
    (…村委、商 / 2、店等地方…). The chunks are one text, and their numbers number nothing: a run of
    lines opening with 1、, 2、 … in turn, each but the last long, is joined when a chunk holds
    the file's own parts (一、前言…二、工作计划) inside it, as no item does.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> first = "1、某乡普法计划一、前言" + "法律是社会的规则。" * 20 + "二、工作计划1.开展宣传在学校、商"
        >>> lines = with_extraction_chunks_joined(split_lines(first + "\n2、店等地方设立宣传牌。"))
        >>> [line.text[:9] for line in lines], lines[0].text[-12:]
        (['某乡普法计划一、前'], '、商店等地方设立宣传牌。')
        >>> items = "1、" + "加强学习。" * 40 + "\n2、" + "强化保障。" * 40
        >>> len(with_extraction_chunks_joined(split_lines(items)))
        2
    """
    result: list[Line] = []
    index = 0
    while index < len(lines):
        run = _chunk_run(lines, index)
        if run is None:
            result.append(lines[index])
            index += 1
            continue
        chunks = [line for line in lines[index:run] if line.text.strip()]
        parts = []
        for chunk in chunks:
            number = _CHUNK_NUMBER.match(chunk.text)
            parts.append(chunk.cut((number.end() if number is not None else 0,))[1])
        result.append(join_lines(parts))
        index = run
    return result


def _chunk_run(lines: list[Line], index: int) -> int | None:
    """Where the run of extraction chunks that opens at ``lines[index]`` ends, if one does."""
    found = _CHUNK_NUMBER.match(lines[index].text)
    if found is None or found.group(1) != "1":
        return None
    chunks = [lines[index]]
    end = index + 1
    for position in range(index + 1, len(lines)):
        text = lines[position].text
        if not text.strip():
            continue
        number = _CHUNK_NUMBER.match(text)
        if number is None or int(number.group(1)) != len(chunks) + 1:
            break
        chunks.append(lines[position])
        end = position + 1
    if len(chunks) < 2 or any(len(chunk.text) < _SHORTEST_CHUNK for chunk in chunks[:-1]):
        return None
    if not any(_PART_INSIDE.search(chunk.text, 3) for chunk in chunks):
        return None
    return end


def with_label_values_joined(lines: list[Line]) -> list[Line]:
    r"""The lines with a role label alone on its line joined to its value on the next line.

    Pages and Word copies often break a unit field after its colon (责任单位： / 区司法局、区法院):
    the label and the next line of text are one field.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> lines = with_label_values_joined(split_lines("1.召开会议。\n牵头单位：\n\n区司法局\n配合单位："))
        >>> [line.text for line in lines]
        ['1.召开会议。', '牵头单位:区司法局', '配合单位:']
    """
    return _with_next_joined(lines, _bare_label, _unlabelled_text)


_LONGEST_LABEL = max(map(len, ROLE_LABELS))


def with_broken_labels_joined(lines: list[Line]) -> list[Line]:
    r"""The lines with a role label broken at a line's end joined to the line that ends it.

    A page's or a PDF's end breaks a paragraph anywhere, also inside the label of a unit field
    (牵头单 / 位：市发改局, 牵头 / 单位：…): a line that ends with the first characters of a role
    label, and the next line with text that opens with the rest of it and a colon, are one.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "1.深化改革。牵头单\n位：市发改局\n2.推进公开。\n责任\n\n单位：市政府办"
        >>> [line.text for line in with_broken_labels_joined(split_lines(text))]
        ['1.深化改革。牵头单位:市发改局', '2.推进公开。', '责任单位:市政府办']
    """
    return _joined_where(
        lines, lambda line, below: _label_broken(line.text.rstrip(), below.text.lstrip())
    )


# the head of a date a PDF's line end broke off its day: a year and what follows of the month
# (2023年5月, 2023年, 二〇二三年五), nothing else on the line
_DATE_HEAD = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九OΟ0]{4})\s*年[^年日号]{0,4}")
_LONGEST_DATE_TAIL = 6  # 二十一日, 月三十日: the most of a date a line end leaves to the next line


def with_broken_dates_joined(lines: list[Line]) -> list[Line]:
    r"""The lines with a date broken over two lines joined: a signature's date a PDF's line end cut.

    A line that holds the head of a date alone (a year and part of a month), and the next line
    with text, short, that completes it, are one date: 2023年5月 / 10日, 二〇二三年五 / 月十日.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "某区人民政府\n2023年5月\n10日\n二〇二三年五\n月十日\n2023年\n工作要点"
        >>> [line.text for line in with_broken_dates_joined(split_lines(text))]
        ['某区人民政府', '2023年5月10日', '二〇二三年五月十日', '2023年', '工作要点']
    """
    return _joined_where(lines, _date_broken)


def _date_broken(line: Line, below: Line) -> bool:
    head = line.text.strip()
    tail = below.text.strip()
    return (
        len(tail) <= _LONGEST_DATE_TAIL
        and _DATE_HEAD.fullmatch(head) is not None
        and read_date(head) is None
        and read_date(head + tail) is not None
    )


def with_side_dates_as_the_last(lines: list[Line]) -> list[Line]:
    r"""The lines with a row of dates, one under each of joint signers, cut to the latest of them.

    Joint signers set side by side may each print a date under their name; a jointly issued
    document is dated by its last signature (GB/T 9704), so the row's latest date is its date. A
    row of dates under anything but a row of organs (a table's start and end) is left whole.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "某区委办公室    某区政府办公室\n2023年5月8日    2023年5月10日\n2023年5月8日"
        >>> [line.text for line in with_side_dates_as_the_last(split_lines(text))]
        ['某区委办公室某区政府办公室', '2023年5月10日', '2023年5月8日']
    """
    kept: list[Line] = []
    signers = 0  # the organs side by side on the last line with text
    for line in lines:
        if not line.text.strip(" \t"):
            kept.append(line)
            continue
        parts = _cells_apart(line)
        if len(parts) < _JOINT:  # one part: no row of dates, and no row of signers over one
            signers = 0
            kept.append(line)
            continue
        days = (
            [read_date(part.text.strip(" \t")) for part in parts] if len(parts) == signers else []
        )
        if not days or None in days:
            signers = len(parts) if all(is_organ_name(p.text.strip(" \t")) for p in parts) else 0
            kept.append(line)
            continue
        signers = 0
        latest = max(range(len(parts)), key=lambda at: days[at] or dt.date.min)
        part = parts[latest]
        kept.append(part.split(len(part.text) - len(part.text.lstrip(" \t")))[1])
    return kept


def _cells_apart(line: Line) -> list[Line]:
    """A line's parts apart by spaces or tabs, the line alone when nothing parts it."""
    tabs = (at for at, char in enumerate(line.text) if char == "\t") if "\t" in line.text else ()
    cuts = sorted({*line.gaps, *tabs})
    cuts = [at for at in cuts if 0 < at < len(line.text)]
    return [part for part in line.cut(cuts) if part.text.strip(" \t")] if cuts else [line]


def with_signature_indents_cut(lines: list[Line]) -> list[Line]:
    r"""The lines with the tabs cut that indent a signature, as a copy pasted from Word keeps them.

    A date of signing alone after its indent, and the organs' names right over such a date (one
    or joint signers), are the signature's lines, not the cells of a tabbed row.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "正文。\n\t\t某区人民政府办公室\n\t\t2023年5月10日\n\t区司法局"
        >>> [line.text for line in with_signature_indents_cut(split_lines(text))]
        ['正文。', '某区人民政府办公室', '2023年5月10日', '\t区司法局']
    """
    if not any(line.text.startswith("\t") for line in lines):
        return lines
    # from the last line up, so that an organ over an organ over the date is known to sign
    signs = [False] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text.lstrip("\t")
        if "\t" not in text:
            organ_over = is_organ_name(text.strip()) and signs[index + 1]
            signs[index] = read_date(text) is not None or organ_over
    return [
        line.split(len(line.text) - len(line.text.lstrip("\t")))[1]
        if signs[index] and line.text.startswith("\t")
        else line
        for index, line in enumerate(lines)
    ]


def _joined_where(lines: list[Line], broken: Callable[[Line, Line], bool]) -> list[Line]:
    """The lines with each line joined to the next line with text where ``broken`` says so."""
    following = _next_with_text(lines)
    joined: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        after = following[index]
        if after < len(lines) and broken(line, lines[after]):
            joined.append(join_lines([line, lines[after]]))
            index = after + 1
            continue
        joined.append(line)
        index += 1
    return joined


def _next_with_text(lines: list[Line]) -> list[int]:
    """For each line, the index of the first later line with text (``len(lines)`` if none), in one pass."""
    following = [len(lines)] * len(lines)
    for index in range(len(lines) - 2, -1, -1):
        after = index + 1
        following[index] = after if lines[after].text.strip() else following[after]
    return following


def _label_broken(text: str, following: str) -> bool:
    """Whether ``text`` ends with a role label's first characters and ``following`` opens with the rest.

    A line that opens with a whole label before its colon (责任单位：) ends no broken one, though a
    longer label ends with it (配合责任单位): a heading that ends in 配合 stays a heading.
    """
    colon = following.find(":", 0, _LONGEST_LABEL)
    if colon < 1 or not text:
        return False
    rest = following[:colon]
    if rest in ROLE_LABELS:
        return False
    return any(
        text[-size:] + rest in ROLE_LABELS
        for size in range(1, min(len(text), _LONGEST_LABEL - len(rest)) + 1)
    )


def with_broken_lists_joined(lines: list[Line]) -> list[Line]:
    r"""The lines with a field's list of units broken at a line's end joined to the lines that go on.

    A page's or a PDF's end breaks a unit field's list anywhere (责任单位：区财政局、 / 区审计局,
    责任单位：区财政局、区市场监督 / 管理局): a line whose last field is a role label's list that
    the next line of text goes on (see ``list_goes_on``) is one with it, as many lines as the
    list runs over.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "1.深化改革。\n责任单位：区财政局、\n区审计局、区市场监督\n管理局\n2.推进公开。"
        >>> [line.text for line in with_broken_lists_joined(split_lines(text))]
        ['1.深化改革。', '责任单位:区财政局、区审计局、区市场监督管理局', '2.推进公开。']
    """
    following = _next_with_text(lines)
    joined: list[Line] = []
    index = 0
    while index < len(lines):
        parts = [lines[index]]
        value = _open_list(lines[index].text)
        after = following[index]
        while (
            value is not None
            and after < len(lines)
            and _unlabelled_text(lines[after].text)
            and list_goes_on(value, lines[after].text)
        ):
            parts.append(lines[after])
            value += lines[after].text
            index = after
            after = following[index]
        joined.append(parts[0] if len(parts) == 1 else join_lines(parts))
        index += 1
    return joined


def with_broken_divisions_joined(lines: list[Line]) -> list[Line]:
    r"""The lines with a sentence of units and their roles broken at a line's end joined.

    A page's or a PDF's end breaks the sentence that hands a task to its units anywhere
    (…制度。市司法局牵头，市财政局、市人 / 社局配合。, 由市司法局、市财 / 政局负责。): a line
    that ends inside a sentence, and a next line of text that ends it, are one where the
    sentence, whole, is units with their role words alone (see ``division_line``).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "1.推行三项制度。市司法局牵头，市财政局、市人\n社局配合。\n2.推进公开。"
        >>> [line.text for line in with_broken_divisions_joined(split_lines(text))]
        ['1.推行三项制度。市司法局牵头,市财政局、市人社局配合。', '2.推进公开。']
    """
    return _joined_where(lines, _division_broken)


_LONGEST_DIVISION = 80  # a sentence of units and roles is short


def _division_broken(line: Line, below: Line) -> bool:
    """Whether ``line`` ends inside a sentence of units and roles that ``below`` ends."""
    text = line.text.rstrip()
    if not text or text[-1] in "。;:!?)】]〕" or not _plain_text(below.text):
        return False
    following = below.text.strip()
    stop = following.find("。")
    if stop != len(following) - 1 or FIELD_LABEL.match(following) is not None:
        return False  # the next line is the sentence's end, and no more
    start = text.rfind("。") + 1
    sentence = (text[start:] + following).removeprefix("由")
    return (
        len(sentence) <= _LONGEST_DIVISION
        and ":" not in sentence  # a field's label (分管领导:…) ends no sentence of units
        and division_line(sentence) is not None
    )


def _open_list(text: str) -> str | None:
    """The value of a line's last role field where it runs to the line's end, unclosed."""
    last = None
    for found in FIELD_LABEL.finditer(text):
        if found.group("label") in ROLE_LABELS:
            last = found
    if last is None:
        return None
    value = text[last.end() :].rstrip()
    opened = sum(char in _BRACKETS for char in value)
    if (
        not value
        or "。" in value
        or ";" in value
        or opened < sum(char in _CLOSING for char in value)
    ):
        return None
    return value


_BRACKETS = {"(": ")", "〔": "〕", "[": "]", "【": "】"}
_CLOSING = frozenset(_BRACKETS.values())
_LONGEST_BROKEN_BRACKET = 80  # a bracket of units is short: a longer open one is no such bracket
_ROLE_WORDS = re.compile("|".join(suffix for suffix, _ in ROLE_SUFFIXES))


def with_broken_brackets_joined(lines: list[Line]) -> list[Line]:
    r"""The lines with a bracket of units broken at a line's end joined to the line that closes it.

    A PDF's text or a narrow page breaks a paragraph anywhere, also inside the bracket of units
    that closes an item (（教育部、国家 / 卫生健康委按职责分工负责）, （体育总 / 局牵头负责）,
    （责任单位：区财政局、区人力资 / 源和社会保障局）), blank lines or indents between: the two
    lines are one, where the bracket, whole, names units by their role words or labels and the
    next line ends with its close.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "（六）完善管理体制。（教育部、国家\n\n    卫生健康委按职责分工负责）\n（七）举办大会。"
        >>> [line.text for line in with_broken_brackets_joined(split_lines(text))]
        ['(六)完善管理体制。(教育部、国家卫生健康委按职责分工负责)', '(七)举办大会。']
    """
    return _joined_where(lines, _bracket_closed_below)


# a line that opens with a parenthesised Chinese number, its closing bracket printed or lost:
# (一)加强…, or (一加强… where the numeral runs straight into the heading's first word
_PAREN_NUMERAL = re.compile(
    r"\((?P<numeral>[一二三四五六七八九十]{1,2})(?P<close>\))?(?=[\u4e00-\u9fff“《])"
)
# words a line in brackets may open with that start with a numeral: no number of an item
_NUMERAL_WORDS = (
    "一般", "一是", "一些", "一定", "一律", "一切", "一起", "一并", "一体", "一线", "一季", "一年",
    "一次", "一个", "一项", "一批", "一流", "一把", "一站", "一网", "一件", "一张", "一份", "一级",
    "二是", "二季", "二级", "三是", "三季", "三级", "四是", "四季", "五是", "十分",
)  # fmt: skip


def with_number_brackets_closed(lines: list[Line]) -> list[Line]:
    r"""The lines whose parenthesised numbers lost their closing bracket, given it back.

    A copy that drops the closing bracket of its numbers prints (一加强… and (二推进…: the
    numeral runs into the heading's first word. Such an opening is a number only where it
    counts on with the parenthesised numbers around it, printed whole or not (一, 二, …, two
    at least in a row, a new run at 一 again), and the numeral opens no word of its own
    (一般, 一是, 一季度).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "一、聚焦经济\n(一加强公开。(区商务局负责落实)\n(二)加强解读。"
        >>> [line.text for line in with_number_brackets_closed(split_lines(text))]
        ['一、聚焦经济', '(一)加强公开。(区商务局负责落实)', '(二)加强解读。']
        >>> text = "(一般情况下不公开)\n(二加强解读。"
        >>> [line.text for line in with_number_brackets_closed(split_lines(text))]
        ['(一般情况下不公开)', '(二加强解读。']
    """
    # each parenthesised number: its line's index, its value, and where a lost bracket goes
    found: list[tuple[int, int, int | None]] = []
    for index, line in enumerate(lines):
        opened = _PAREN_NUMERAL.match(line.text)
        if opened is None:
            continue
        lost = opened.group("close") is None
        if lost and line.text.startswith(_NUMERAL_WORDS, 1):
            continue
        value = chinese_to_int(opened.group("numeral"))
        if value is not None:
            found.append((index, value, opened.end() if lost else None))
    if all(end is None for _index, _value, end in found):
        return lines
    closed: dict[int, int] = {}
    run: list[tuple[int, int, int | None]] = []
    for item in [*found, (len(lines), 1, None)]:  # a last run at 一 ends the one before it
        if run and item[1] == run[-1][1] + 1:
            run.append(item)
            continue
        if len(run) >= _JOINT:
            closed.update((index, end) for index, _value, end in run if end is not None)
        run = [item] if item[1] == 1 else []
    if not closed:
        return lines
    return [
        join_lines(list(line.split(closed[index])), ")") if index in closed else line
        for index, line in enumerate(lines)
    ]


def _bracket_closed_below(line: Line, below: Line) -> bool:
    """Whether ``line`` leaves a bracket of units open that ``below`` closes."""
    opened = _open_bracket(line.text)
    return opened is not None and _closes_units(line.text[opened:], below.text)


def _open_bracket(text: str) -> int | None:
    """Where the bracket a line leaves open at its end opens, if it is short and ends no sentence."""
    depth = 0
    for position in range(len(text) - 1, max(-1, len(text) - 1 - _LONGEST_BROKEN_BRACKET), -1):
        char = text[position]
        if char in _CLOSING:
            depth += 1
        elif char in _BRACKETS:
            if depth == 0:
                return position
            depth -= 1
        elif char == "。" and depth == 0:
            return None
    return None


def _closes_units(opened: str, text: str) -> bool:
    """Whether ``text``, a line of text, closes the bracket ``opened`` as a bracket of units.

    The line ends with the close (a stop after it aside), and the bracket holds a role word or
    a role's label (责任单位：).
    """
    closer = _BRACKETS[opened[0]]
    close = text.find(closer)
    if close < 0 or not _plain_text(text):
        return False
    inside = text[:close]
    if len(opened) + close > _LONGEST_BROKEN_BRACKET or "。" in inside:
        return False
    if any(char in _BRACKETS or char in _CLOSING for char in inside):
        return False
    if text[close + 1 :].strip("。;, "):
        return False
    held = opened[1:] + inside
    return _ROLE_WORDS.search(held) is not None or any(
        found.group("label") in ROLE_LABELS for found in FIELD_LABEL.finditer(held)
    )


_MIN_WRAP = 36  # a copy wraps its lines this wide or wider (columns: 18 characters)
_MIN_WRAPPED = 5  # and so many lines of that width show that it does
_WRAP_SLACK = 2  # a full line may fall a column or two short of the width (a half-width sign)
# or short by a run that no line may be broken in or end before, pushed whole onto the next
# line: figures (2017, 12号), a bracket's opening with what it holds (〔2017〕, 《…), a quote's
_PUSHED_SLACK = 8
# the run a line's start holds that no line breaks inside: its opening signs and the figures or
# letters after them, or the one character after them
_PUSHED_RUN = re.compile(r"[〔\[(【《“‘]*(?:[A-Za-z0-9]+[〕\])】]?|.)")
_LINE_ENDS = tuple("。:;!?")
_WIDER_SHARE = 4  # a copy's longest lines are at its width: one line in four full ones may be wider
_MARKS = frozenset(",。、;:!?“”《》()")  # a paragraph holds some; a table's cells, none


def with_wrapped_lines_joined(lines: list[Line], rows: list[Line] | None = None) -> list[Line]:
    r"""The lines of a copy that wraps its text at a fixed width, each paragraph on one line.

    A text pasted from a PDF or a fixed-width page breaks every paragraph where the line is full:
    the lines of that one width (five or more) show it. A full line that ends no sentence
    and no address runs on into the next, unless the next opens a numbered heading; so does a
    line a few columns short where the next opens with a run the page could not break (figures,
    a bracket's or a quote's opening: ``…(白山政发`` over ``〔2017〕12号)精神…``).

    ``rows`` are the lines as ``stacked_rows`` reads them, if the caller has them already. Lines
    with no paragraph to join are returned as they are, in the very list given, so that the
    caller can keep its rows.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = (
        ...     "各镇人民政府，各街道办事处，区政府各部门，\n各直属机构：\n"
        ...     "现将《某区2023年法治工作要点》印发给你们，\n请结合实际认真贯彻执行，确保各项任务落实\n"
        ...     "到位。\n一、加强领导\n各单位要把法治建设摆在突出位置，主要负责\n"
        ...     "同志要切实履行推进法治建设第一责任人职责\n，定期研究解决重大问题。\n"
        ... )
        >>> for line in with_wrapped_lines_joined(split_lines(text))[:4]:
        ...     print(line.text)
        各镇人民政府,各街道办事处,区政府各部门,各直属机构:
        现将《某区2023年法治工作要点》印发给你们,请结合实际认真贯彻执行,确保各项任务落实到位。
        一、加强领导
        各单位要把法治建设摆在突出位置,主要负责同志要切实履行推进法治建设第一责任人职责,定期研究解决重大问题。
    """
    wrapping = _wrapping(lines, rows)
    if wrapping is None:
        return lines
    printed, width, cells = wrapping
    paragraphs = _Paragraphs()
    last_item: int | None = None  # the last Arabic item number (1899., then 1900. goes on)
    for index, line in enumerate(lines):
        blank = not line.text.strip()
        if paragraphs.parts and (_page_furniture(line) or (paragraphs.held and blank)):
            paragraphs.held.append(line)
            continue
        heading, last_item = _item_heading(line.text, last_item)
        if paragraphs.parts and (blank or cells[index] or heading is not None):
            paragraphs.close()
        if blank and not paragraphs.parts:
            paragraphs.joined.append(line)
            continue
        paragraphs.parts.append(line)
        if not _full_line(lines, printed, width, index):
            paragraphs.close()
    paragraphs.close()
    return paragraphs.joined if paragraphs.mostly_marked() else lines


def _wrapping(
    lines: list[Line], rows: list[Line] | None
) -> tuple[list[int], int, list[bool]] | None:
    """How a copy wraps its lines: each line's width, the copy's, and which lines are cells.

    ``None`` where it does not: fewer than five lines fill one width, or too many are wider. A
    table printed one cell a line (序号 / 工作任务 / … / 1 / …) is no wrapped text: its cells
    count as width 0.
    """
    printed = [_printed_width(line) for line in lines]
    count, width = _wrap_width(printed)
    if count < _MIN_WRAPPED:
        return None
    kept = {id(line) for line in (stacked_rows(lines) if rows is None else rows)}
    cells = [id(line) not in kept for line in lines]
    printed = [0 if cell else value for cell, value in zip(cells, printed, strict=True)]
    count, width = _wrap_width(printed)
    wider = sum(value > width for value in printed)
    if count < _MIN_WRAPPED or wider * _WIDER_SHARE > count:
        return None
    return printed, width, cells


class _Paragraphs:
    """The lines of a wrapped copy as they are read: each paragraph's lines gathered, then joined."""

    def __init__(self) -> None:
        self.joined: list[Line] = []  # the lines read, each paragraph on one
        self.parts: list[Line] = []  # the lines of the open paragraph
        # a page's number, its running head (blanked) and blank lines between them, where a
        # full line's paragraph runs on over them to the next page: set after the paragraph
        self.held: list[Line] = []
        self.paragraphs = 0  # the paragraphs joined
        self.marked = 0  # and those that hold a mark (a table's cells hold none)

    def close(self) -> None:
        """Join the open paragraph's lines into one, and set the lines held after it."""
        if len(self.parts) > 1:
            self.joined.append(join_lines(self.parts))
            self.paragraphs += 1
            self.marked += not _MARKS.isdisjoint(self.joined[-1].text)
        else:
            self.joined.extend(self.parts)
        self.parts.clear()
        self.joined.extend(self.held)
        self.held.clear()

    def mostly_marked(self) -> bool:
        """Whether a paragraph was joined and half of those joined or more hold a mark: prose."""
        return bool(self.paragraphs) and self.marked * 2 >= self.paragraphs


def _page_furniture(line: Line) -> bool:
    r"""Whether a line is a paged file's: its page number (— 3 —), or a running head blanked.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> [_page_furniture(line) for line in split_lines("— 3 —\n3.加强学习\n")]
        [True, False, False]
    """
    text = line.text.strip()
    if not text:
        return bool(line.original.strip())  # a running head, blanked where it was read
    return PAGE_NUMBER.fullmatch(text) is not None


def _full_line(lines: Sequence[Line], printed: Sequence[int], width: int, index: int) -> bool:
    """Whether line ``index`` of a copy wrapped at ``width`` columns is full: it runs on.

    A line at the width (give or take the slack) that ends no sentence, or one cut short before
    a run it could not hold: 《…通知》(白山政发 / 〔2017〕12号)精神. Never a heading's last line,
    which ends a document's name (…的实施意见 / 20140915 来源:…).
    """
    if lines[index].text.endswith(_LINE_ENDS) or printed[index] > width:
        return False
    if printed[index] >= width - _WRAP_SLACK:
        return True
    below = lines[index + 1].text.lstrip() if index + 1 < len(lines) else ""
    run = _PUSHED_RUN.match(below)
    return (
        printed[index] >= width - _PUSHED_SLACK
        and run is not None
        and printed[index] + display_width(run.group()) > width
        and not lines[index].text.endswith((*DOCUMENT_ENDS, *RULE_ENDS))
    )


def _item_heading(text: str, last_item: int | None) -> tuple[Heading | None, int | None]:
    """The heading number a line opens with, and the list's last item number after the line.

    A number like a year (1900.) is a heading where it runs on the list (after item 1899).
    """
    heading = match_heading(text)
    if heading is None and last_item is not None and runs_on_list(text, last_item):
        heading = Heading(Style.ARABIC, last_item + 1, str(last_item + 1), 0)
    if heading is not None and heading.style == Style.ARABIC:
        return heading, heading.value
    return heading, last_item


def _wrap_width(printed: list[int]) -> tuple[int, int]:
    """The width most lines fill, give or take a half-width character or two, and how many do.

    For each width, the lines no wider and at most the slack narrower, counted in one pass over
    the sorted widths (the wider width wins a tie); ``(0, 0)`` when no line is wide enough.
    """
    widths = sorted(width for width in printed if width >= _MIN_WRAP)
    best = (0, 0)
    low = 0
    for high, value in enumerate(widths):
        while widths[low] < value - _WRAP_SLACK:
            low += 1
        if high + 1 == len(widths) or widths[high + 1] != value:
            best = max(best, (high - low + 1, value))
    return best


def _printed_width(line: Line) -> int:
    """How wide a line of text prints (in columns: two for a CJK character), 0 for a table's row.

    A row in pipes, tabs or runs of spaces is no wrapped text, however wide.
    """
    printed = line.original.strip()
    if "|" in printed or "\t" in printed or "  " in printed or "\u3000\u3000" in printed:
        return 0
    return display_width(printed)


def _with_next_joined(
    lines: list[Line], opens: Callable[[str], bool], takes: Callable[[str], bool]
) -> list[Line]:
    """The lines with each line that ``opens`` joined to the next line with text that it ``takes``."""
    return _joined_where(lines, lambda line, below: opens(line.text) and takes(below.text))


def _bare_number(text: str) -> bool:
    """A heading number alone on its line (第一章, （一）)."""
    heading = match_heading(text) if len(text) <= _LONGEST_BARE_NUMBER else None
    return heading is not None and heading.end == len(text)


def _bare_label(text: str) -> bool:
    """A role label alone on its line (责任单位：)."""
    bare = text.strip()
    label = FIELD_LABEL.fullmatch(bare) if bare.endswith(":") else None  # a label ends with :
    return label is not None and label.group("label") in ROLE_LABELS


def _unlabelled_text(text: str) -> bool:
    """A line of text that opens with no field label of its own (not 配合单位：…)."""
    return _plain_text(text) and FIELD_LABEL.match(text.strip()) is None


def _plain_text(text: str) -> bool:
    """A line of text: no heading of its own, no table row."""
    return match_heading(text) is None and table_cells(text) is None


def _aligned_cells(line: Line, *, header: bool) -> list[str] | None:
    """The cells of a row printed with runs of spaces, or one tab, between them; None for others.

    A row of two tabs or more is a table's row of its own (``table_cells``). Where no table's
    header was read yet (``header``), the row must head the columns of a task table.
    """
    text = line.text
    if "\t" in text and label_and_tab(text) is not None:
        tabbed = tab_header(text) if header else label_and_tab(text)
        return None if tabbed is None else [text[begin:end].strip() for begin, end in tabbed]
    if not may_line_up(line.original):
        return None
    cells = spaced_cells(line)
    if cells is None or len(cells) < _MIN_ALIGNED_CELLS:
        return None
    named = [text[begin:end] for begin, end in cells]
    return None if header and read_columns(named) is None else named


def split_run_on(lines: list[Line]) -> list[Line]:
    """Cut lines that run several numbered parts together (web pages that lost their breaks).

    A heading number inside a line starts a new part when it follows the end of a sentence or a
    gap in the printed text and goes on from the last number of its style (one more, or 1), when
    it is the first number below a heading whose title has not ended (一、总则(一)…), when it
    is the first 一、 after a document's title (2023年工作要点一、…), or when it is the first item
    of a list announced by a paragraph's colon (公开以下内容:1.…).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> lines = split_run_on(split_lines("一、加强领导(一)健全机制。落实责任。(二)强化保障。"))
        >>> [line.text for line in lines]
        ['一、加强领导', '(一)健全机制。落实责任。', '(二)强化保障。']
    """
    found: list[Line] = []
    last: dict[str, int] = {}
    aligned = False  # under the header of a task table lined up with spaces or parted by a tab
    columned = False  # under the header of a task table in pipes (序号 | 工作任务 | 责任单位)
    for line in lines:
        current = line
        cells = table_cells(current.text) if current.text.count("|") >= 2 else None
        if cells is not None:
            # a table's row, with or without its outer pipes: its cells hold the numbers
            # (|一、依法行政|, 一、做好财政信息公开。 | 1.积极推进… | 财务科 |)
            named = [current.text[begin:end] for begin, end in cells]
            columned = columned or read_columns(named) is not None
            cut = None if columned else _first_item_cell(current.text, cells)
            found.extend(current.cut([cut]) if cut is not None else (current,))
            continue
        if current.text.strip() and "|" not in current.text:
            columned = False  # a line of text, out of any table in pipes
        if aligned and not current.text.strip():
            found.append(current)  # a blank line between a table's rows
            continue
        aligned = _aligned_cells(current, header=not aligned) is not None
        if aligned:
            # the same row printed with runs of spaces or a tab between its cells
            # (一、做好财政信息公开。    1.积极推进…    财务科): its cells hold the numbers too
            found.append(current)
            continue
        # the cuts are found from each part's start on, and the line is cut once at all of
        # them: a line of thousands of parts is not copied again for each
        cuts: list[int] = []
        base = 0
        marks: dict[str, list[int]] = {}  # the line's sentence ends and colons, found once
        while True:
            heading = match_heading(current.text, base)
            if heading is not None:
                last[heading.style] = heading.value
            cut = _run_on_cut(current, (base, heading), last, marks)
            if cut is None:
                break
            cuts.append(cut)
            base = cut
        found.extend(current.cut(cuts) if cuts else (current,))
    return found


def _first_item_cell(text: str, cells: list[tuple[int, int]]) -> int | None:
    """Where a row of two cells, a heading and the first item under it, starts its item.

    A list of duties printed in pipes under a header of no task table (职责 | 具体内容 |) opens
    each duty's row with its heading and its first item (``一、加强组织领导 | 1.将法治建设列入
    工作计划。 |``), the items after it on rows of their own (``2.… |``): the item's cell is a
    line of its own, the heading's title ends at its cell.

    Examples:
        >>> text = "一、加强组织领导 | 1.将法治建设列入工作计划。 |"
        >>> text[_first_item_cell(text, [(0, 8), (11, 25)]):]
        '1.将法治建设列入工作计划。 |'
        >>> _first_item_cell("一、依法行政 | 区司法局 |", [(0, 6), (9, 13)]) is None
        True
    """
    if len(cells) != 2:
        return None
    heading = match_heading(text, cells[0][0])
    item = match_heading(text, cells[1][0])
    if heading is None or item is None or heading.style == item.style:
        return None
    if heading.end >= cells[0][1] or item.end >= cells[1][1]:
        return None  # a number alone in its cell, or an item's number with no words
    return cells[1][0]


def _run_on_cut(
    line: Line,
    part: tuple[int, Heading | None],
    last: dict[str, int],
    marks: dict[str, list[int]],
) -> int | None:
    """Where in ``line`` the next run-on heading after the part's start starts, if one does.

    ``part`` is where the part being read starts (the last cut, or 0) and its number.
    Only three places can hold one, each found without reading the line character by
    character: after a sentence's end, at a gap of the printed line, and near the part's start.
    ``marks`` keeps the line's sentence ends and colons once found, for its next parts.
    """
    base, heading = part
    text = line.text
    start = max(heading.end if heading is not None else base, base + 1)
    breaks = line.breaks
    first_break = bisect.bisect_left(breaks, start)
    if first_break == len(breaks) and _CANDIDATE.search(text, start) is None:
        return None  # every other place starts with a candidate number: most lines hold none
    if not marks:  # a mark's pattern never holds a mark after its first: they cannot overlap
        marks["stops"] = sorted(
            [found.start() + 1 for found in _AFTER_STOP.finditer(text)]
            + [found.end() for found in _AFTER_BRACKET.finditer(text)]
        )
        marks["colons"] = [found.start() + 1 for found in _AFTER_COLON.finditer(text)]
    # the places in order, each found only when the ones before it are not a cut: a line cut
    # many times is read once, not once a cut
    places = heapq.merge(
        _from(marks["stops"], start),
        _from(marks["colons"], start),
        _from(breaks, start),
        (
            found.start()
            for found in _CANDIDATE.finditer(text, start, start + _MAX_RUN_ON_TITLE + 1)
        ),
    )
    tried = -1
    for position in places:
        if position != tried and _is_run_on(line, (base, position), heading, last):
            return position
        tried = position
    return None


def _closes_sentence(text: str, position: int) -> bool:
    """Whether a bracket that a sentence's end opens closes right before ``position``.

    A task's units printed in a bracket after its last sentence (…水平。(责任单位:区司法局))
    end the task as the sentence does: a number after the bracket starts the next one.
    """
    if text[position - 1] != ")":
        return False
    opened = text.rfind("(", max(position - 82, 0), position - 1)
    return (
        opened > 0 and text[opened - 1] in _RUN_ON_STOPS and ")" not in text[opened : position - 1]
    )


def _from(positions: Sequence[int], start: int) -> Iterator[int]:
    """The positions from ``start`` on, of positions in order (bisected, not skipped one by one)."""
    for index in range(bisect.bisect_left(positions, start), len(positions)):
        yield positions[index]


# the forms that number a law's parts through the whole document (第五条, 第二章)
_THROUGH_STYLES = frozenset({Style.ARTICLE, Style.CHAPTER})


def _opens_excerpt(line: Line, found: Heading, last: dict[str, int]) -> bool:
    """Whether a chapter or an article opens the parts of a copy that starts inside a law.

    A later page of a law library or a mirror's excerpt starts among the articles (…工作。第五条
    实行…): the article or the chapter first met goes on from parts the copy does not hold. It
    is read as a part when its number stands apart from its text by a space, as an article's
    number does, and no part of its form has been read before it.

    Examples:
        >>> from rulegov.parse._numbering import match_heading
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("工作。第五条 实行")[0]
        >>> _opens_excerpt(line, match_heading(line.text, 3), {})
        True
        >>> _opens_excerpt(line, match_heading(line.text, 3), {"article": 2})
        False
        >>> line = split_lines("工作。第五条规定的")[0]
        >>> _opens_excerpt(line, match_heading(line.text, 3), {})
        False
    """
    return (
        found.style in _THROUGH_STYLES
        and found.style not in last
        and found.end < len(line.text)
        and line.offset(found.end) - line.offset(found.end - 1) > 1
    )


def _is_run_on(
    line: Line, place: tuple[int, int], heading: Heading | None, last: dict[str, int]
) -> bool:
    """Whether a heading number starts at ``position`` of ``line`` as a part of its own.

    ``place`` is the start of the part being read (``base``) and the ``position`` in it.
    """
    base, position = place
    text = line.text
    found = match_heading(text, position)
    if found is None or found.end >= len(text) or position == base:
        return False
    gap = line.offset(position) - line.offset(position - 1) > 1
    follows = found.value in (1, last.get(found.style, 0) + 1) or _opens_excerpt(line, found, last)
    if (text[position - 1] in _RUN_ON_STOPS or gap or _closes_sentence(text, position)) and follows:
        return True
    if (
        text[position - 1] == ":"
        and follows
        and heading is None
        and names_units_only(text, base, position - 1)
    ):
        return True  # 区财政局:3.加强预算管理。 the units over the items that go on from here
    if text[position - 1] == ":" and found.value == 1 and heading is None:
        # 需要公开以下内容:1.… in a paragraph: the list's first item; but 重点任务:(1)… lists
        # the measures of the item above, which stay its text
        return text[base : position - 1] not in TASK_SECTION_TITLES
    if heading is not None:  # the first number below a heading whose title has not ended
        return (
            found.style != heading.style
            # 一、 heads a document or a chapter, never the items of （九）: （九）坚持知行合一、…
            and (found.style != Style.CHINESE or heading.style in NEVER_TASKS)
            # a chapter's first article goes on from the last article of the chapter before it
            # (第二章 职责第六条 …): articles are numbered through the whole document
            and (
                found.value == 1
                or (found.style is Style.ARTICLE and heading.style in NEVER_TASKS and follows)
            )
            and position - heading.end <= _MAX_RUN_ON_TITLE
            and _RUN_ON_STOP.search(text, heading.end, position) is None
        )
    return (  # the first 一、 after a document's title
        found.value == 1
        and found.style in TOP_STYLES
        and position - base <= _MAX_RUN_ON_TITLE
        and _RUN_ON_STOP.search(text, base, position) is None
        and not (
            found.style is Style.CHINESE
            and text[position - 1] in _JOINS_ONE
            and not text.endswith(_TITLE_ENDS_BEFORE_ONE, base, position)
        )
    )
