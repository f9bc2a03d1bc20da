r"""Text helpers that every layer shares: full-width folding, line and column, display width.

Also the English wording of counts that the report and the command line write (``plural``,
``sections_phrase``).

Chinese documents mix full-width (全角) and half-width (半角) forms of the same ASCII characters,
and terminals give CJK characters two columns. These helpers live once, below every layer but
the exception tree, whose ``ParseError`` ``text_error`` builds.

Examples:
    >>> fold_width("（一）ＡＢ１２")
    '(一)AB12'
    >>> line_column("第一行\n第二行", 5)
    (2, 2)
    >>> display_width("法治abc")
    7
"""

from __future__ import annotations

import bisect
import json
import os
import re
import unicodedata
from typing import TYPE_CHECKING, Protocol, cast

from rulegov.errors import Issue, ParseError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "FULL_WIDTH",
    "INVISIBLE_RUN",
    "LINE_TAGS",
    "display_width",
    "duplicate_key",
    "fold_width",
    "line_breaks",
    "line_column",
    "line_column_at",
    "plural",
    "require_text",
    "sections_phrase",
    "sections_words",
    "text_error",
    "unrounded",
    "without_cuts",
]

FULL_WIDTH: dict[int, int] = {
    **{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)},
    # the ratio sign and the vertical form that copies type for a colon (各部委∶)
    0x2236: ord(":"),
    0xFE30: ord(":"),
    # the small forms of brackets some offices type in a document's number (某办发﹝2023﹞5号)
    0xFE59: ord("("),
    0xFE5A: ord(")"),
    0xFE5D: ord("〔"),
    0xFE5E: ord("〕"),
}
"""Full-width ASCII (U+FF01-U+FF5E) to half-width, as a table for ``str.translate``; also the
ratio sign (U+2236) and its vertical form (U+FE30), typed for a colon, to ``:``, and the small
forms of brackets (U+FE59, U+FE5A, U+FE5D, U+FE5E) to ``(``, ``)``, ``〔`` and ``〕``."""
LINE_TAGS = frozenset(
    {"p", "div", "br", "li", "center", "section", "h1", "h2", "h3", "h4", "h5", "h6"}
)
"""The HTML tags after which a page's text starts a new line (a paragraph, a break, an item),
for a page read as HTML and for one whose source was pasted as text alike."""
INVISIBLE_RUN = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]+"
)
"""A run of the invisible format characters a copied text carries (soft hyphens, zero-width
spaces, joiners and non-joiners, the word joiner, marks and embeddings of writing direction,
invisible operators, a byte-order mark left inside): nothing is printed in their place."""
# any character FULL_WIDTH folds: a text without one is its own folded form
_FULL_WIDTH_CHAR = re.compile("[" + "".join(chr(code) for code in sorted(FULL_WIDTH)) + "]")


def fold_width(text: str) -> str:
    """``text`` with full-width ASCII letters, digits and signs made half-width.

    Examples:
        >>> fold_width("区依法治区办（牵头）"), fold_width("各部委∶")
        ('区依法治区办(牵头)', '各部委:')
    """
    # one search answers for most texts, which hold no full-width form: str.translate would
    # look every character up in the table
    return text.translate(FULL_WIDTH) if _FULL_WIDTH_CHAR.search(text) else text


def line_column(text: str | bytes, offset: int) -> tuple[int, int]:
    r"""The 1-based line and column of ``offset`` in ``text`` (characters, or bytes for bytes).

    Examples:
        >>> line_column(b"a\nbc", 3)
        (2, 2)
    """
    if isinstance(text, bytes):
        line = text.count(b"\n", 0, offset) + 1
        return line, offset - (text.rfind(b"\n", 0, offset) + 1) + 1
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def line_breaks(text: str) -> list[int]:
    r"""The offsets of the line breaks of ``text``, for ``line_column_at``.

    Examples:
        >>> line_breaks("a\nbc\n")
        [1, 4]
    """
    return [found.start() for found in re.finditer("\n", text)]


def without_cuts(text: str, cuts: Iterable[tuple[int, int]]) -> tuple[str, list[int]]:
    r"""``text`` without the spans ``cuts`` (in order, apart), and where each character stands.

    The second value maps each offset of the text without them (and its end) to the offset of
    the same character in ``text``, so that spans read from it are moved back onto ``text``.

    Examples:
        >>> without_cuts("扣1 0分", [(2, 3)])
        ('扣10分', [0, 1, 3, 4, 5])
    """
    pieces: list[str] = []
    where: list[int] = []
    last = 0
    for start, end in cuts:
        pieces.append(text[last:start])
        where.extend(range(last, start))
        last = end
    pieces.append(text[last:])
    where.extend(range(last, len(text)))
    where.append(len(text))
    return "".join(pieces), where


def line_column_at(breaks: list[int], offset: int) -> tuple[int, int]:
    r"""The 1-based line and column of ``offset``, by bisection of the text's ``line_breaks``.

    The same as ``line_column``, without counting from the text's start each time: many
    offsets of one text are placed in linear time.

    Examples:
        >>> line_column_at(line_breaks("a\nbc"), 3)
        (2, 2)
    """
    before = bisect.bisect_left(breaks, offset)
    return before + 1, offset - (breaks[before - 1] + 1 if before else 0) + 1


# Blocks that East Asian Width gives two columns throughout (W or F): the CJK ideographs and
# their extension A, the CJK punctuation (、。《》…), the full-width forms. Every other character
# that is not ASCII is asked of unicodedata one at a time.
_NOT_SURELY_WIDE = re.compile(
    "[^\x00-\x7f\u3001-\u303e\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]"
)


def display_width(text: str) -> int:
    """The columns a terminal gives ``text``: East Asian wide and full-width characters take two.

    Examples:
        >>> display_width("依法治区"), display_width("ab"), display_width("—“a”")
        (8, 2, 4)
    """
    if text.isascii():
        return len(text)
    # every character that is not ASCII takes two columns, but those of the other blocks that
    # East Asian Width calls narrow or ambiguous; the encoder counts the ASCII characters in C
    not_ascii = len(text) - len(text.encode("ascii", "ignore"))
    narrow = sum(
        unicodedata.east_asian_width(char) not in "WF" for char in _NOT_SURELY_WIDE.findall(text)
    )
    return len(text) + not_ascii - narrow


def text_error(  # noqa: PLR0913 - the error's keywords, and how much text to show
    message: str,
    text: str | bytes,
    offset: int,
    *,
    source: str | None,
    code: str,
    before: int = 0,
    after: int = 8,
) -> ParseError:
    r"""A [`ParseError`][rulegov.ParseError] at ``offset`` of ``text``, showing what stands there.

    The error names the line and column of ``offset`` and carries as its value the characters (or
    bytes) from ``before`` ahead of it to ``after`` past it.

    Examples:
        >>> error = text_error("a NUL", b"ab\ncd\x00ef", 5, source="a.txt", code="binary-data")
        >>> error.line, error.column, error.value, error.code
        (2, 3, b'\x00ef', 'binary-data')
    """
    line, column = line_column(text, offset)
    return ParseError(
        message,
        line=line,
        column=column,
        source=source,
        value=text[max(0, offset - before) : offset + after],
        code=code,
    )


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """A count with its noun in the right number.

    Examples:
        >>> plural(1, "diagnostic"), plural(2, "diagnostic"), plural(1, "working day")
        ('1 diagnostic', '2 diagnostics', '1 working day')
    """
    return f"{count} {noun if count == 1 else plural_noun or noun + 's'}"


def day_count(count: int, *, working: bool) -> str:
    """A number of days (working days under a calendar) in words, a negative one too.

    Examples:
        >>> day_count(1, working=True), day_count(-1, working=False), day_count(3, working=False)
        ('1 working day', '-1 day', '3 days')
    """
    word = "working day" if working else "day"
    return f"{count} {word}" if abs(count) == 1 else f"{count} {word}s"


def sections_words(top: int, every: int) -> str:
    """``top`` sections at the top level of ``every`` section at every depth, in words.

    Examples:
        >>> sections_words(5, 5), sections_words(2, 7)
        ('5 sections', '2 sections (7 with subsections)')
    """
    phrase = plural(top, "section")
    return phrase if every == top else f"{phrase} ({every} with subsections)"


class _Sectioned(Protocol):
    """A plan, as far as counting its sections goes."""

    @property
    def sections(self) -> Sequence[object]: ...  # pragma: no cover - a protocol

    def walk_sections(self) -> Sequence[object]: ...  # pragma: no cover - a protocol


def sections_phrase(plan: _Sectioned) -> str:
    """How many sections a plan has: the top level, and with subsections when there are any.

    Examples:
        >>> import rulegov
        >>> sections_phrase(rulegov.datasets.yancheng_2023())
        '5 sections'
    """
    return sections_words(len(plan.sections), len(plan.walk_sections()))


def unrounded(value: float, shown: str | None = None) -> str:
    """``value`` in full, without the noise of binary fractions (97.60000000000001 is 97.6).

    A value whose 12 significant digits end in a shorter decimal is that decimal; any other
    value is its ``repr``, every digit kept. Beside a ``shown`` (rounded) figure, the shorter
    decimal is used only if it differs from that figure and rounds (half up) to it; otherwise the
    ``repr`` shows why the figure is what it is (74.91499999999999 shown as 74.91,
    94.53999999999999 as 94.54).

    Examples:
        >>> unrounded(97.60000000000001), unrounded(0.1 + 0.2), unrounded(100.49176470588236)
        ('97.6', '0.3', '100.49176470588236')
        >>> unrounded(66.0), unrounded(89.996)
        ('66.0', '89.996')
        >>> unrounded(94.53999999999999, shown="94.54"), unrounded(94.54, shown="94.54")
        ('94.53999999999999', '94.54')
        >>> unrounded(74.91499999999999, shown="74.91"), unrounded(98.52999999999999, shown="98.5")
        ('74.91499999999999', '98.53')
    """
    short = f"{value:.12g}"
    digits = short.lstrip("-").split("e")[0].replace(".", "").strip("0")
    if len(digits) < 12 and short not in {"nan", "inf", "-inf"}:
        clean = float(short)
        if clean == value or shown is None or (clean != float(shown) and _rounds_to(short, shown)):
            return repr(clean)
    return repr(value)


def _rounds_to(decimal: str, shown: str) -> bool:
    """Whether the decimal ``decimal`` rounds half up to the figure ``shown`` (at its digits)."""
    from decimal import ROUND_HALF_UP, Decimal, InvalidOperation  # noqa: PLC0415

    try:
        figure = Decimal(shown)
        exponent = figure.as_tuple().exponent
        if not isinstance(exponent, int):
            return False
        step = Decimal(1).scaleb(exponent)
        return Decimal(decimal).quantize(step, rounding=ROUND_HALF_UP) == figure
    except (InvalidOperation, ValueError):
        return False


def source_name(source: object) -> str | None:
    """``source``, the name a document goes by in messages, as text: a path is written out.

    ``None`` stays ``None``; a ``pathlib.Path`` (or other path) is its path as text.

    Raises:
        ValidationError: for anything else (code ``invalid-parameter``), naming ``source``.

    Examples:
        >>> import pathlib
        >>> source_name(pathlib.Path("plans") / "计划.txt"), source_name(None)
        ('plans/计划.txt', None)
        >>> try:
        ...     source_name(5)
        ... except ValidationError as error:
        ...     print(error)
        invalid argument: source: expected a name for messages (a str or a path), not a int (got 5)
    """
    if source is None or isinstance(source, str):
        return source
    if isinstance(source, os.PathLike):
        return os.fsdecode(source)
    message = f"expected a name for messages (a str or a path), not a {type(source).__name__}"
    raise ValidationError([Issue("source", message, source, "invalid-parameter")])


_JSON_KINDS = (
    ("plan", ("sections", "unsectioned_tasks", "coordination_groups")),
    ("scheme", ("root", "rules", "grading")),
)


def json_kind(value: object) -> str | None:
    """Which of rulegov's files a decoded JSON object is, by its keys: ``plan``, ``scheme``.

    None for anything else: appraisal data, a list, an object of neither kind's keys.

    Examples:
        >>> json_kind({"title": "要点", "sections": []}), json_kind({"root": {"id": "all"}})
        ('plan', 'scheme')
        >>> json_kind({"区司法局": {"a": 1.0}}) is None
        True
    """
    if not isinstance(value, dict):
        return None
    kinds = [kind for kind, keys in _JSON_KINDS if any(key in value for key in keys)]
    return kinds[0] if len(kinds) == 1 else None


def require_text(text: object, source: str | None, *, reader: str, files: str) -> str:
    """``text`` if it is text; else a ``not-text`` error that says what to do (bytes, None).

    Examples:
        >>> try:
        ...     require_text(b"...", None, reader="parse_plan", files="rulegov.read_plan")
        ... except ParseError as error:
        ...     print(error.code, error)
        not-text <text>: parse_plan needs text (str), not bytes; decode bytes first or use rulegov.read_plan for files
    """
    if not isinstance(text, str):
        raise ParseError(
            f"{reader} needs text (str), not {type(text).__name__}; decode bytes first "
            f"or use {files} for files",
            source=source,
            code="not-text",
        )
    return text


class _DuplicateKey(Exception):  # noqa: N818 - a signal out of json.loads's hook, never raised out
    pass


def _unique_pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise _DuplicateKey
    return dict(pairs)


# the tokens of JSON text, for finding where a key repeats: strings, punctuation, anything else
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def duplicate_key(text: str) -> Issue | None:
    r"""The first key that one JSON object of ``text`` gives twice, as an issue; else None.

    A JSON reader keeps only the last value of a repeated key, so the first would be lost
    without a word. The issue's path is the object's, its line and column those of the key's
    second appearance. Text that is not JSON gives None: the JSON reader reports that.

    Examples:
        >>> print(duplicate_key('{"tasks": [{"id": "t1", "title": "甲",\n "title": "乙"}]}'))
        tasks[0].title: the key 'title' is given twice in one object; the first value would be lost (got '乙')
        >>> issue = duplicate_key('{"a": 1,\n "a": 2}')
        >>> issue.line, issue.column, issue.code
        (2, 2, 'duplicate-key')
        >>> duplicate_key('{"a": {"b": 1}, "b": 2}') is None
        True
    """
    try:
        json.loads(text, object_pairs_hook=_unique_pairs)
    except _DuplicateKey:
        return _find_duplicate(text)
    except (ValueError, RecursionError):
        return None
    return None


def _find_duplicate(text: str) -> Issue | None:
    # each open object: [its path, its keys so far, the key being read, whether a key comes next];
    # each open list: [its path, the index of the value being read]
    stack: list[list[object]] = []
    for token in _JSON_TOKEN.finditer(text):
        value = token.group()
        top = stack[-1] if stack else None
        if value in "{[":
            path = "" if top is None else _json_path(top)
            stack.append([path, set(), None, True] if value == "{" else [path, 0])
        elif value in "}]":
            stack.pop()
        elif value == "," and top is not None:
            if len(top) == 2:
                top[1] = cast("int", top[1]) + 1
            else:
                top[3] = True
        elif top is not None and len(top) == 4 and top[3] and value.startswith('"'):
            key = json.loads(value)
            keys = cast("set[str]", top[1])
            if key in keys:
                line, column = line_column(text, token.start())
                return Issue(
                    f"{top[0]}.{key}" if top[0] else key,
                    f"the key {key!r} is given twice in one object; the first value would be lost",
                    _value_after(text, token.end()),
                    "duplicate-key",
                    line=line,
                    column=column,
                )
            keys.add(key)
            top[2] = key
            top[3] = False
    return None


def _value_after(text: str, end: int) -> object:
    """The value after the key that ends at ``end``, as JSON reads it (its first token if long)."""
    token = _JSON_TOKEN.search(text, text.find(":", end) + 1)
    if token is None:
        return None
    if token.group() in "{[":  # an object or a list: shown by its kind, not its first mark
        return "{…}" if token.group() == "{" else "[…]"
    try:
        return json.loads(token.group())
    except ValueError:
        return token.group()


def _json_path(top: list[object]) -> str:
    """The path of the value being read inside an open object or list."""
    path = str(top[0])
    if len(top) == 2:  # a list: its index
        return f"{path}[{top[1]}]"
    key = str(top[2])
    return f"{path}.{key}" if path else key
