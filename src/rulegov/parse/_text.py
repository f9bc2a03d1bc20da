"""Lines of a document, normalised for matching, with a map back to the original offsets.

Normalisation folds full-width ASCII forms to half-width (``（一）`` -> ``(一)``, ``：`` -> ``:``) and
traditional characters to simplified ones (``協調`` -> ``协调``),
turns ideographic, non-breaking and other odd spaces into plain ones, and then drops stray spaces
(those from PDF extraction inside words and years), keeping one only between two ASCII letters or
digits of different words. Each `Line` can map a position in its normalised text back to
the original text, so every fact keeps the span it was read from.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING

import attrs

from rulegov._text import (
    FULL_WIDTH,
    INVISIBLE_RUN,
    LINE_TAGS,
    require_text,
    source_name,
    text_error,
)
from rulegov.errors import ParseError
from rulegov.parse._traditional import SIMPLIFIED, TRADITIONAL

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "GLOSS",
    "Line",
    "check_text",
    "fold",
    "join_lines",
    "normalise",
    "printable_name",
    "require_text",
    "split_lines",
    "visible_part",
]

# Full-width ASCII (U+FF01-U+FF5E) to half-width, and every kind of space to a plain space.
_FOLD: dict[int, int] = dict(FULL_WIDTH)
_FOLD.update(
    {
        0x3000: 0x20,  # ideographic space
        0x00A0: 0x20,  # no-break space
        0x2002: 0x20,
        0x2003: 0x20,
        0x2009: 0x20,
        0x200B: 0x20,  # zero-width space
        0x202F: 0x20,
        0xFEFF: 0x20,  # a BOM left inside the text
        0x0B: 0x20,
        0x0C: 0x20,
        0x0D: 0x20,  # a carriage return left by CRLF or by old Mac files
        0x1C: 0x20,
        0x1D: 0x20,
        0x1E: 0x20,
        0x85: 0x20,
        0x2028: 0x20,
        0x2029: 0x20,
        0xFE50: ord(","),  # small comma
        # a PDF whose font maps its punctuation onto Yi syllables, copied as those: ꎬ ꎮ
        0xA3AC: ord(","),
        0xA3AE: ord("。"),
    }
)
# The invisible format characters a copied text carries inside its words (soft hyphens, zero-width
# joiners and non-joiners, the word joiner, marks and embeddings of writing direction, invisible
# operators): nothing is printed for them, so like the zero-width space they count as spaces, which
# are dropped (牵\u200d头单位 reads 牵头单位).
_FOLD.update(
    dict.fromkeys(
        (0x00AD, 0x180E, *range(0x200C, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065)),
        0x20,
    )
)
_FOLD.update(dict.fromkeys(range(0x2066, 0x2070), 0x20))
# Those characters, with the zero-width space and a byte-order mark left inside the text
# (``INVISIBLE_RUN``): dropped, they part no words, as a space does (各县市\u00ad区政府 names one
# unit, 各县市 区政府 two), for nothing was printed in their place
# Other C0 control characters (not tab or newline) count as spaces too.
_FOLD.update({code: 0x20 for code in range(0x20) if code not in (0x09, 0x0A, 0x20)})
# Traditional characters read as their simplified forms (基本原則 is 基本原则), one for one.
_FOLD.update({ord(old): ord(new) for old, new in zip(TRADITIONAL, SIMPLIFIED, strict=True)})
# Variant forms the character map leaves out, printed by sites in traditional characters:
# 爲 for 為 (排在首位的爲牽頭單位 reads 排在首位的为牵头单位), and the capital 壹 that some of them
# write for every 一 (下壹級, 統壹, 第十壹條 read 下一级, 统一, 第十一条): 壹 means 一 wherever it
# stands.
_FOLD.update({ord(old): ord(new) for old, new in (("爲", "为"), ("壹", "一"))})

_FOLD_CHARS = {chr(code): chr(folded) for code, folded in _FOLD.items()}
_MAX_REPLACES = 16

_SPACES = re.compile(r" +")
# a pinyin gloss that a mirror site inserts after a character: 關(guān)于, 執(zhí)法. The syllable
# carries a tone mark, which no bracketed Latin word of a document does; or it is the neutral
# tone of a particle that only takes that tone: 的(de), 了(le), 們(men). Some mirrors print a
# space before the gloss's closing bracket (管委會(huì ), 部門(mén )): it is the gloss's too
# (the pattern opens with the bracket, and looks behind it only there: a pattern that opened with
# the look-behind would be tried at every character of every line). A copy's zero-width marks,
# folded to spaces, may stand inside the gloss or between it and its character (目標\u200d(biāo),
# 進(j\u2060ìn)): a space or two there keep it a gloss. Spaced, it is one syllable, at most three
# letters before its tone mark (zhuàng) and three after (yàngr): a bracketed phrase of Latin words
# with one accent (菜单 (à la carte), 采用 (café latte)) is no gloss
GLOSS = re.compile(
    r"\((?:(?:(?<=[\u4e00-\u9fff]\()|(?<=[\u4e00-\u9fff] \()|(?<=[\u4e00-\u9fff]  \())"
    r"(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*"
    r"|(?: *[a-zü]){0,3} *[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ](?: *[a-zü]){0,3}) *\)"
    r"|(?<=[的地得]\()de\)|(?<=了\()le\)|(?<=[们們]\()men\)|(?<=[吗嗎]\()ma\)|(?<=[么麼]\()me\))"
)
# the markup of a page pasted with its text: <p style="…">, </p>, <br/>, <strong>. A tag of HTML
# only, by its name and with its attributes in HTML's form, in half-width brackets (checked on
# the printed text): a document's own words in brackets (x <p 值> 0.05, ＜Ｉ＞类) are no tag
# (the tags of a run of text, and a list's, part no line: its items' tags do)
_RUN_TAGS = frozenset(
    {"strong", "b", "span", "font", "em", "i", "u", "sup", "sub", "a", "img", "ul", "ol"}
)
_ATTRIBUTES = (
    r"""(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*\s*/?>"""
)


def _tags(names: frozenset[str]) -> str:
    alternatives = "|".join(sorted(names, key=lambda name: (-len(name), name)))
    return r"(?i:</?(?:" + alternatives + r")(?=[\s/>])" + _ATTRIBUTES + ")"


_TAG = re.compile(_tags(LINE_TAGS | _RUN_TAGS))
_DROPPED = re.compile(" +|" + GLOSS.pattern + "|" + _TAG.pattern)
# a heading a copy prints between marks of its own: 【一、总体要求】, **（二）主要任务**; the
# marks go, and the line reads as the heading. Only a mark that opens a line before a heading's
# number (a bold run elsewhere may be a masked name: 结合**镇实际)
_WRAPPED_HEADING = re.compile(
    r"[ ]*(\*\*|【)(?=[ ]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)"
    r"|\d{1,2}(?:\.\d{1,2}){0,2}[.、 ]|第[一二三四五六七八九十\d]{1,5}(?:章|节|部分|条)))"
)
_CLOSING_MARK = {"**": "**", "【": "】"}
# a page kept as Markdown (a crawler's copy, and the Word file made of it) prints a heading after
# #'s and a bold run between **: `# 关于印发…的通知`, `**上海市…行动方案**`, two runs side by side
# (`**…（2026—2030年****）**`), a label in bold (`**发布日期**: 2025-12-22`). The marks go: the
# #'s that open a line before a space, and the ** of the bold runs that open a line and run to
# its end or to a colon (a run of ** elsewhere may be a masked name: 结合**镇实际, **县**镇)
_ATX_HEADING = re.compile(r"[ ]*(#{1,6})(?= )")
# (an item's number may stand before the run: `1. **完善员额制管理**:优化…`, and the run may
# close on the full stop of the item's heading words: `1.**强化预防排查**。建立…`)
_BOLD_RUNS = re.compile(
    r"[ ]*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、][ ]*|\([一二三四五六七八九十\d]{1,3}\)[ ]*)?"
    r"((?:\*\*[^*]+\*\*)+)(?=[ ]*(?::|。|$))"
)
# a sharing site's name of the file it holds with the document's own heading run onto it in bold,
# the same words (某方案**某方案**): the marks are the copy's, and the name printed twice reads as
# one name (out_of_copy). Only the same words again: other words before a bold run keep its marks
_BOLD_AGAIN = re.compile(r"([^*]{4,})(\*\*)\1(\*\*)[ ]*")
# a run that opens on a place's level (**镇2016年度考核办法**) masks the place's name: no bold run
_MASKED_PLACE = "省市县区州盟旗镇乡村"
# a mirror may gloss every character without tone marks: 教政法(fa), 各(ge)省(sheng). A syllable
# of pinyin in brackets after a character, read as a gloss only where a document holds a few:
# one alone could be a document's own bracketed letters
_TONELESS = re.compile(
    r"(?<=[\u4e00-\u9fff)])\((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü]{1,3}(?:ng|n|r)?\)"
)
# the glosses counted to tell a mirror's text: those that open on a consonant, since a document's
# own bracketed letters are vowels alone more often (人工智能(ai), (a)类、(e)类, 在线(o)服务)
_TONELESS_COUNTED = re.compile(
    r"(?<=[\u4e00-\u9fff)])\((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)[aeiouü]{1,3}(?:ng|n|r)?\)"
)
MIN_TONELESS = 3
_DROPPED_TONELESS = re.compile(_DROPPED.pattern + "|" + _TONELESS.pattern)


def _glossed_without_tones(folded: str) -> bool:
    """Whether a folded text holds a mirror's toneless glosses (``MIN_TONELESS`` at least).

    Only glosses that open on a consonant count: 推进人工智能(ai)应用, (a)类、(e)类企业 and
    在线(o)服务 are a document's own letters.

    Examples:
        >>> _glossed_without_tones("依(yi)法(fa)治(zhi)国")
        True
        >>> _glossed_without_tones("开展(a)类、(e)类培训,推广在线(o)服务")
        False
    """
    if "(" not in folded:
        return False
    found = _TONELESS_COUNTED.finditer(folded)
    return sum(1 for _ in itertools.islice(found, MIN_TONELESS)) >= MIN_TONELESS


# the tags among them that part paragraphs: the text between two is a line of its own
_BLOCK_TAG = re.compile(_tags(LINE_TAGS))
_NEEDS_FOLD = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD) if code != 0x20) + "]"
)
# The control characters that mark binary data, as the bytes that stand for them in UTF-8: each
# is one byte there, and no other character's encoding holds a byte below 0x20.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20)])
_BINARY_SHARE = 0.1


def _gloss_end(dropped: str) -> int:
    """Where a dropped run that opens on a gloss's bracket goes on past the gloss's closing bracket.

    Examples:
        >>> _gloss_end("(huì )"), _gloss_end("(fā) ")
        (6, 4)
    """
    closing = min((dropped.find(close) for close in ")）" if close in dropped), default=-1)
    return closing + 1 if closing >= 0 else 0


def _is_word(char: str) -> bool:
    return char.isascii() and char.isalpha()


def visible_part(text: str) -> str:
    r"""The text without the invisible format characters a copy carries, and without spaces around.

    Examples:
        >>> visible_part(' \u200d<img src="a.jp\u200cg"> ')
        '<img src="a.jpg">'
    """
    return INVISIBLE_RUN.sub("", text).strip()


def _invisible(dropped: str) -> bool:
    """Whether characters dropped from a line are all invisible ones, which part no words.

    Examples:
        >>> _invisible("\u00ad"), _invisible("\u200b\u200d"), _invisible(" \u200b"), _invisible("")
        (True, True, False, False)
    """
    return dropped[:1] > "\x7f" and INVISIBLE_RUN.fullmatch(dropped) is not None


@attrs.frozen(slots=True)
class Line:
    """One line of a document: its original text and its normalised text.

    Attributes:
        number: 1-based line number.
        start: Offset of the line's first character in the original text.
        original: The line as printed (without its line end).
        text: The normalised line used for matching.
        breaks: Positions in the normalised line from which original characters were dropped
            (empty when nothing was dropped).
        shifts: The running count of characters dropped at each of ``breaks``.
        first_column: The column of the first character in the printed line (1, unless the
            line is the tail of a printed line that runs several parts together).
    """

    number: int
    start: int
    original: str
    text: str
    breaks: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()
    first_column: int = 1

    @functools.cached_property
    def gaps(self) -> tuple[int, ...]:
        """The ``breaks`` inside the text: where the printed line parts its words.

        Read once a line: rules that look at a line's gaps for each of its parts ask again.

        The indent before a line and the spaces after its end are dropped too, but part nothing;
        nor does a mirror's pinyin gloss, dropped from inside a word (執(zhí)法).

        Examples:
            >>> line = split_lines("\u3000\u3000某府发〔2015〕9号 2015年1月30日  ")[0]
            >>> line.breaks, line.gaps
            ((0, 11, 21), (11,))
            >>> line = split_lines("關(guān)于印發（fā）方案 各單位:")[0]
            >>> line.text, line.gaps
            ('关于印发方案各单位:', (6,))
            >>> split_lines("印發給你們(men) 某市應急管理局")[0].gaps
            (5,)
        """
        if not self.breaks:  # most lines drop nothing
            return ()
        size = len(self.text)
        original = self.original
        gaps: list[int] = []
        before = 0  # the characters dropped before each break: where its own start in the line
        for place, shift in zip(self.breaks, self.shifts, strict=True):
            dropped = original[place + before : place + shift]
            # a gloss, in either bracket, parts nothing unless a space was dropped with it, after
            # its closing bracket: the space a mirror prints inside it (會(huì )) parts nothing
            gloss = dropped[:1] in ("(", "（") and not any(
                char.isspace() for char in dropped[_gloss_end(dropped) :]
            )
            if 0 < place < size and not gloss and not _invisible(dropped):
                gaps.append(place)
            before = shift
        return tuple(gaps)

    def split(self, position: int) -> tuple[Line, Line]:
        """The line cut in two at a position of the normalised text, each mapping as before.

        Examples:
            >>> head, tail = split_lines("加强领导。 二、严格 执法")[0].split(5)
            >>> (head.text, tail.text, tail.printed(0, 4), tail.column(2), tail.start)
            ('加强领导。', '二、严格执法', '二、严格', 9, 6)
        """
        head, tail = self.cut((position,))
        return head, tail

    def cut(self, positions: Sequence[int]) -> list[Line]:
        """The line cut at increasing positions of the normalised text, each part mapping as before.

        One pass over the line, however many the cuts: a part's dropped characters are found by
        bisection, and no part is cut again.

        Examples:
            >>> parts = split_lines("某县 各单位: 现将要点印发")[0].cut((2, 6))
            >>> [(part.text, part.start, part.column(0)) for part in parts]
            [('某县', 0, 1), ('各单位:', 3, 4), ('现将要点印发', 8, 9)]
        """
        bounds = [0, *positions, len(self.text)]
        last = len(bounds) - 2
        parts: list[Line] = []
        for index, (begin, end) in enumerate(itertools.pairwise(bounds)):
            # the first part starts at the line's start, and the last runs to its end: the
            # spaces dropped at a cut stay with the part before it
            first = 0 if index == 0 else self.offset(begin) - self.start
            stop = len(self.original) if index == last else self.offset(end) - self.start
            low = 0 if index == 0 else bisect.bisect_right(self.breaks, begin)
            high = len(self.breaks) if index == last else bisect.bisect_left(self.breaks, end)
            shift = first - begin
            parts.append(
                Line(
                    self.number,
                    self.start + first,
                    self.original[first:stop],
                    self.text[begin:end],
                    tuple(at - begin for at in self.breaks[low:high]),
                    tuple(dropped - shift for dropped in self.shifts[low:high]),
                    self.first_column + first,
                )
            )
        return parts

    def offset(self, position: int) -> int:
        """Map a position in the normalised line to an offset in the original document."""
        if not self.breaks:
            return self.start + position
        index = bisect.bisect_right(self.breaks, position) - 1
        shift = self.shifts[index] if index >= 0 else 0
        return self.start + position + shift

    def end_offset(self, position: int) -> int:
        """Map an end position (one past a character) in the normalised line to the original."""
        if position <= 0:
            return self.offset(0)
        return self.offset(position - 1) + 1

    def bounds(self, begin: int, end: int) -> tuple[int, int]:
        """Map the normalised range ``[begin, end)`` to original offsets (empty stays empty)."""
        if not self.breaks:  # nothing was dropped: positions map one to one
            return self.start + begin, self.start + max(begin, end)
        start = self.offset(begin)
        if end <= begin:
            return start, start
        return start, max(start, self.end_offset(end))

    def printed(self, begin: int, end: int) -> str:
        """The original characters behind ``text[begin:end]``, without dropped spaces."""
        breaks = self.breaks
        if not breaks:
            return self.original[begin:end]
        # between two places where characters were dropped, the original characters run on
        # unbroken: one slice for each such run, not one lookup for each character
        pieces: list[str] = []
        shifts = self.shifts
        index = bisect.bisect_right(breaks, begin) - 1
        position = begin
        while position < end:
            shift = shifts[index] if index >= 0 else 0
            stop = min(breaks[index + 1], end) if index + 1 < len(breaks) else end
            if stop > position:
                last = stop
                if index + 1 < len(breaks) and stop == breaks[index + 1]:
                    # the marks a joined line inserts (the | before a row's first cell) map to
                    # the original characters after them, which are printed once, after them
                    last = max(position, stop - max(0, shift - shifts[index + 1]))
                pieces.append(self.original[position + shift : last + shift])
                position = stop
            index += 1
        return "".join(pieces)

    def column(self, position: int) -> int:
        """1-based column in the original line of a normalised position."""
        return self.offset(position) - self.start + self.first_column


def join_lines(
    parts: list[Line], between: str | Sequence[str] = "", *, before: str = "", after: str = ""
) -> Line:
    r"""One line of ``parts`` (lines of a document in order), each character mapping as before.

    ``between`` stands for the line end after each part but the last (one mark for every end,
    or a mark for each), ``before`` for the first part's first character and ``after`` for the
    line end after the last part: marks that make the parts one row (``|``) or one heading.

    Examples:
        >>> lines = split_lines("题\n（一）\n加强学习。")
        >>> line = join_lines(lines[1:])
        >>> line.text, line.printed(3, 5), line.offset(3)
        ('(一)加强学习。', '加强', 6)
    """
    first = parts[0]
    offsets: list[int] = [first.offset(0)] * len(before)
    pieces: list[str] = [before]
    for position, part in enumerate(parts):
        if position:
            mark = between if isinstance(between, str) else between[position - 1]
            pieces.append(mark)
            offsets.extend(
                [parts[position - 1].end_offset(len(parts[position - 1].text))] * len(mark)
            )
        pieces.append(part.text)
        offsets.extend(part.offset(i) for i in range(len(part.text)))
    pieces.append(after)
    offsets.extend([parts[-1].end_offset(len(parts[-1].text))] * len(after))
    breaks: list[int] = []
    shifts: list[int] = []
    shift = 0
    for position, offset in enumerate(offsets):
        dropped = offset - first.start - position
        if dropped != shift:
            breaks.append(position)
            shifts.append(dropped)
            shift = dropped
    original = [first.original]
    cursor = first.start + len(first.original)
    for part in parts[1:]:
        original.append(" " * (part.start - cursor))  # the line ends between the parts
        original.append(part.original)
        cursor = part.start + len(part.original)
    original.append(" " * len(after))
    return Line(
        first.number,
        first.start,
        "".join(original),
        "".join(pieces),
        tuple(breaks),
        tuple(shifts),
        first.first_column,
    )


def printable_name(source: object) -> str | None:
    r"""``source`` with any lone surrogate written as an escape, so that it can be encoded.

    A path is written out first (``source_name``); anything that is no name is a
    ``ValidationError`` naming ``source``.

    A file name that is not UTF-8 reaches Python with its bytes as lone surrogates
    (``surrogateescape``); kept as they are, the plan that carries the name cannot be written as
    JSON. Each such byte becomes ``\xNN``, and any other lone surrogate ``\udNNN``.

    Examples:
        >>> printable_name("plan\udcff.txt"), printable_name("计划.txt")
        ('plan\\xff.txt', '计划.txt')
    """
    source = source_name(source)
    if source is None:
        return None
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = source.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return source.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return source


def check_text(text: str, source: str | None, *, kind: str = "a plan") -> None:
    """Refuse text that cannot be a document, raising [`ParseError`][rulegov.ParseError].

    ``kind`` names what the text should be (a plan, an appraisal scheme), for the messages.

    Raises:
        ParseError: for an empty or blank text, a lone surrogate, NUL bytes or a text that is
            mostly control characters (binary data).
    """
    if not _has_visible(text):
        raise ParseError(
            f"the document is empty; give the text of {kind}",
            line=1,
            column=1,
            source=source,
            code="empty-document",
        )
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise text_error(
            "the text holds a lone surrogate, so it was not decoded properly; "
            "decode the file with its real encoding",
            text,
            error.start,
            source=source,
            code="undecodable-text",
            after=1,
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise text_error(
            f"the text holds NUL characters, so it looks like binary data, not {kind}",
            text,
            nul,
            source=source,
            code="binary-data",
            before=10,
            after=10,
        )
    sample = text[:4096]
    data = encoded if len(text) <= len(sample) else sample.encode("utf-8")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _BINARY_SHARE * len(sample):
        raise ParseError(
            f"{controls} of the first {len(sample)} characters are control characters, "
            f"so this looks like binary data, not {kind}",
            line=1,
            column=1,
            source=source,
            value=sample[:20],
            code="binary-data",
        )


_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def _has_visible(text: str) -> bool:
    """Whether ``text`` holds a character other than white space, controls and format marks.

    Format marks are the byte order mark (U+FEFF), a zero-width space and their kind; the
    search stops at the first visible character.
    """
    return any(unicodedata.category(char) not in _INVISIBLE for char in text.strip())


def fold(text: str) -> str:
    """``text`` with its characters folded as a line's are: full-width, spaces, traditional.

    Examples:
        >>> fold("重點任務：１")
        '重点任务:1'
    """
    return _fold(text)


def _fold(original: str) -> str:
    """``original.translate(_FOLD)``, faster: one ``str.replace`` per kind of character found.

    str.translate looks every character of CJK text up in the table; a line holds few kinds of
    characters to fold, and no folded character is folded again, so replacing each kind in
    turn gives the same text.
    """
    kinds = set(_NEEDS_FOLD.findall(original))
    if len(kinds) > _MAX_REPLACES:  # traditional text: many kinds, one pass is linear
        return original.translate(_FOLD)
    folded = original
    for char in kinds:
        folded = folded.replace(char, _FOLD_CHARS[char])
    return folded


def _drop_spaces(
    folded: str, printed: str, *, toneless: bool = False
) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Drop the stray spaces, pinyin glosses and pasted markup of a folded line.

    ``printed`` is the line before folding (one character for one): a tag is one only in the
    half-width brackets of HTML there. With ``toneless``, the text is a mirror's that glosses
    without tone marks, and those glosses go too.

    Returns the text, and where and how much was dropped.
    """
    dropping = _DROPPED_TONELESS if toneless else _DROPPED
    marks = _heading_marks(folded) or _markdown_marks(folded)
    if (
        " " not in folded
        and ("(" not in folded or (GLOSS.search(folded) is None and not toneless))
        and ("<" not in printed or _TAG.search(folded) is None)
        and not marks
    ):
        return folded, (), ()
    pieces: list[str] = []
    breaks: list[int] = []
    shifts: list[int] = []
    last = 0
    dropped = 0
    length = 0
    spans = [match.span() for match in dropping.finditer(folded)]
    if marks:
        spans = sorted([*spans, *marks])
    for begin, end in spans:
        if folded[begin] == "<" and not _is_markup(printed, begin, end):
            continue
        keep_one = (
            folded[begin] == " "
            and not _invisible(printed[begin:end])
            and begin > 0
            and end < len(folded)
            and _is_word(folded[begin - 1])
            and _is_word(folded[end])
        )
        piece = folded[last:begin]
        pieces.append(piece)
        length += len(piece)
        removed = end - begin
        if keep_one:
            pieces.append(" ")
            length += 1
            removed -= 1
        last = end
        if removed:
            dropped += removed
            breaks.append(length)
            shifts.append(dropped)
    pieces.append(folded[last:])
    return "".join(pieces), tuple(breaks), tuple(shifts)


def _heading_marks(folded: str) -> list[tuple[int, int]]:
    """Where the marks a heading is printed between stand in a folded line, or none.

    Examples:
        >>> _heading_marks("【一、总体要求】"), _heading_marks("**(二)主要任务**")
        ([(0, 1), (7, 8)], [(0, 2), (9, 11)])
        >>> _heading_marks("【打印本页】"), _heading_marks("**镇2016年度考核办法")
        ([], [])
    """
    if "**" not in folded and "【" not in folded:
        return []
    found = _WRAPPED_HEADING.match(folded)
    if found is None:
        return []
    opening = found[1]
    closes = folded.find(_CLOSING_MARK[opening], found.end())
    if closes < 0 or (opening == "【" and "【" in folded[found.end() : closes]):
        return []
    return [found.span(1), (closes, closes + len(opening))]


def _markdown_marks(folded: str) -> list[tuple[int, int]]:
    """Where the marks of a Markdown heading or of bold runs stand in a folded line, or none.

    Examples:
        >>> _markdown_marks("# 关于印发方案的通知"), _markdown_marks("**方案(2026年****)**")
        ([(0, 1)], [(0, 2), (10, 14), (15, 17)])
        >>> _markdown_marks("**发布日期**: 2025-12-22"), _markdown_marks("**县**镇人民政府")
        ([(0, 2), (6, 8)], [])
        >>> _markdown_marks("#话题#"), _markdown_marks("结合**镇实际")
        ([], [])
        >>> _markdown_marks("**镇2016年度考核办法**")
        []
        >>> _markdown_marks("1. **完善员额制管理**:优化遴选机制")
        [(3, 5), (12, 14)]
        >>> _markdown_marks("1.**强化预防排查**。建立机制")
        [(2, 4), (10, 12)]
        >>> _markdown_marks("某镇工作方案**某镇工作方案**"), _markdown_marks("某县方案**某镇方案**")
        ([(6, 8), (14, 16)], [])
    """
    if "#" not in folded and "**" not in folded:
        return []
    again = _BOLD_AGAIN.fullmatch(folded)
    if again is not None:
        return [again.span(2), again.span(3)]
    spans: list[tuple[int, int]] = []
    at = 0
    heading = _ATX_HEADING.match(folded)
    if heading is not None:
        spans.append(heading.span(1))
        at = heading.end()
    runs = _BOLD_RUNS.match(folded, at)
    if runs is not None and runs[1][2:3] not in _MASKED_PLACE:
        begin = runs.start(1)
        text = runs[1]
        position = text.find("**")
        while position >= 0:
            start, end = begin + position, begin + position + 2
            if spans and spans[-1][1] == start:  # two runs side by side: one run of marks
                start = spans.pop()[0]
            spans.append((start, end))
            position = text.find("**", position + 2)
    return spans


def _is_markup(printed: str, begin: int, end: int) -> bool:
    """Whether a tag found in a folded line was printed in HTML's half-width brackets."""
    return printed[begin] == "<" and printed[end - 1] == ">"


def normalise(text: str) -> str:
    r"""The normalised text of ``text``'s lines, joined by line feeds, as ``split_lines`` reads them.

    The same text as joining the ``text`` of each line of ``split_lines(text)``, without
    making the lines: tables match many cells this way.

    Examples:
        >>> normalise("（一） 加强　领导\r\n二、")
        '(一)加强领导\n二、'
    """
    if "\n" not in text or _separated(text):
        text = lone_returns_as_feeds(text)
    folded = _fold(text)
    toneless = _glossed_without_tones(folded)
    if "\n" not in folded:
        return _drop_spaces(folded, text, toneless=toneless)[0]
    return "\n".join(
        _drop_spaces(line.removesuffix("\r"), printed.removesuffix("\r"), toneless=toneless)[0]
        for line, printed in zip(folded.split("\n"), text.split("\n"), strict=True)
    )


_LONE_RETURN = re.compile(r"\r(?!\n)")


# Unicode's own separators of lines and paragraphs, which a text copied out of a script or a
# JSON string may end its lines with instead of line feeds
_SEPARATORS = str.maketrans("\u2028\u2029", "\n\n")
# such a text may still hold a few line feeds: the one an editor adds at its end, one after a
# title typed in by hand. A text whose paragraphs end with line feeds holds a soft line break
# (U+2028) inside a paragraph now and then; where the separators are more than this many times
# the line feeds, they end the lines
_SEPARATED = 4


def lone_returns_as_feeds(text: str) -> str:
    r"""``text`` with each carriage return not followed by a line feed (old Mac) made one.

    A text that holds no line feed then, or far fewer than Unicode's line or paragraph
    separators (U+2028, U+2029: a final line feed an editor added), ends its lines with them:
    they are made line feeds too. In a text whose lines end with line feeds, they are a break
    inside a paragraph (Word's soft line break), read as a space. One character for one, so
    every offset into the text stays where it was.

    Examples:
        >>> lone_returns_as_feeds("一、领导\r1.会议\r\n2.培训")
        '一、领导\n1.会议\r\n2.培训'
        >>> lone_returns_as_feeds("一、领导\u20281.会议\u20292.培训\n")
        '一、领导\n1.会议\n2.培训\n'
        >>> lone_returns_as_feeds("一、领导\n1.会议\u2028续\n2.培训")
        '一、领导\n1.会议\u2028续\n2.培训'
    """
    if "\r" in text:
        text = _LONE_RETURN.sub("\n", text)
    if _separated(text):
        text = text.translate(_SEPARATORS)
    return text


def _separated(text: str) -> bool:
    """Whether ``text`` ends its lines with Unicode's separators (see `lone_returns_as_feeds`)."""
    if "\u2028" not in text and "\u2029" not in text:
        return False
    separators = text.count("\u2028") + text.count("\u2029")
    # the line feeds at the end count for nothing: they end no line the separators do not
    return separators > _SEPARATED * text.count("\n", 0, len(text.rstrip("\r\n")))


def _paragraphs(line: Line, folded: str) -> list[Line]:
    """A line pasted with a page's markup cut at its paragraph tags (</p><p>, <br/>).

    Examples:
        >>> [part.text for part in split_lines("<p>各单位:</p><p> 现将方案印发。</p>")]
        ['各单位:', '现将方案印发。']
    """
    size = len(line.text)
    shifts = line.shifts
    # where each run of dropped characters starts in the folded line: its place in the text plus
    # what was dropped before it; a tag starts such a run, so what was dropped before the tag
    # maps it into the text, in one pass over the line however many its tags
    starts = [at + (shifts[index - 1] if index else 0) for index, at in enumerate(line.breaks)]
    cuts: list[int] = []
    for found in _BLOCK_TAG.finditer(folded):
        if not _is_markup(line.original, *found.span()):
            continue
        index = bisect.bisect_left(starts, found.start())
        at = found.start() - (shifts[index - 1] if index else 0)
        if 0 < at < size and (not cuts or at > cuts[-1]):
            cuts.append(at)
    return line.cut(cuts) if cuts else [line]


def split_lines(text: str) -> list[Line]:
    r"""Split ``text`` on line feeds and normalise each line (CR, CRLF and LF all work).

    Examples:
        >>> lines = split_lines("（一） 加强　领导\r\n二、")
        >>> lines[0].text, lines[0].printed(3, 7), lines[1].start
        ('(一)加强领导', '加强领导', 11)
        >>> split_lines("關(guān)于印發(fā)方案")[0].text  # a mirror's pinyin glosses are dropped
        '关于印发方案'
    """
    lines: list[Line] = []
    start = 0
    number = 1
    text = lone_returns_as_feeds(text)
    # folding maps one character to one and never makes or removes a line feed, so the folded
    # text splits into lines that match the original ones
    folded_text = _fold(text)
    toneless = _glossed_without_tones(folded_text)
    folded_lines = folded_text.split("\n")
    for printed, folded_line in zip(text.split("\n"), folded_lines, strict=True):
        end = start + len(printed) + 1
        # CRLF: the CR ends the line with the LF; it is no space dropped inside the line
        crlf = printed.endswith("\r")
        original = printed[:-1] if crlf else printed
        folded = folded_line[:-1] if crlf else folded_line
        normalised, breaks, shifts = _drop_spaces(folded, original, toneless=toneless)
        line = Line(number, start, original, normalised, breaks, shifts)
        lines.extend(_paragraphs(line, folded) if "<" in original else (line,))
        start = end
        number += 1
    return lines
