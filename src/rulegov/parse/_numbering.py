"""Numbering of headings: 一、 （一） 1. 1、 （1） ⑴ ① 第一章 第一节 第一条, and Chinese numerals.

Each style of number is a `Style`. A document's levels are not fixed by style: the parser
nests styles in the order the document uses them (see `rulegov.parse._structure`).
"""

from __future__ import annotations

import enum
import functools
import re

import attrs

from rulegov.parse._scheme_words import DATE

__all__ = [
    "BARE_NUMBER",
    "DECIMAL_STYLES",
    "NEVER_TASKS",
    "TOP_STYLES",
    "Heading",
    "Style",
    "chinese_to_int",
    "int_to_chinese",
    "leading_number",
    "match_digit_item",
    "match_heading",
    "render_number",
    "runs_on_list",
]

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})
_CN = "零〇○一二三四五六七八九十百两"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# the numbers a font prints as one sign: ⑴ for (1), ⒈ for 1. (Unicode's enclosed alphanumerics)
_PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULL_STOPPED = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"


def chinese_to_int(numeral: str) -> int | None:
    """Read a Chinese numeral up to the hundreds (``十二`` -> 12, ``一百零五`` -> 105).

    Examples:
        >>> chinese_to_int("十六"), chinese_to_int("二十"), chinese_to_int("一百零五"), chinese_to_int("甲")
        (16, 20, 105, None)
    """
    if not numeral or len(numeral) > 6:
        return None
    total = 0
    current = 0
    for char in numeral:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def int_to_chinese(value: int) -> str:
    """Write 1-999 as a Chinese numeral (12 -> ``十二``).

    Examples:
        >>> int_to_chinese(5), int_to_chinese(16), int_to_chinese(20), int_to_chinese(105)
        ('五', '十六', '二十', '一百零五')
    """
    names = "零一二三四五六七八九"
    hundreds, rest = divmod(value, 100)
    tens, ones = divmod(rest, 10)
    text = ""
    if hundreds:
        text += names[hundreds] + "百"
        if tens == 0 and ones:
            text += "零"
    if tens:
        text += ("" if tens == 1 and not hundreds else names[tens]) + "十"
    if ones or not text:
        text += names[ones]
    return text


class Style(enum.StrEnum):
    """A style of heading number."""

    CHINESE = "chinese"
    """一、"""
    CHINESE_PAREN = "chinese_paren"
    """（一） or (一)."""
    ARABIC = "arabic"
    """1. 1、 1．"""
    ARABIC_PAREN = "arabic_paren"
    """（1） or (1)."""
    CIRCLED = "circled"
    """①"""
    ARTICLE = "article"
    """第一条."""
    CHAPTER = "chapter"
    """第一章."""
    PART = "part"
    """第一节, a part of a chapter."""
    DECIMAL = "decimal"
    """1.1, a part of item 1 (the depth of a decimal number is its level)."""
    DECIMAL_SUB = "decimal_sub"
    """1.1.1, a part of item 1.1."""


# each number printed as one sign: its style, value and the printed form the model keeps
_SIGNS: dict[str, tuple[Style, int, str]] = {
    **{sign: (Style.CIRCLED, at + 1, sign) for at, sign in enumerate(_CIRCLED)},
    **{
        sign: (Style.ARABIC_PAREN, at + 1, f"（{at + 1}）")
        for at, sign in enumerate(_PARENTHESISED)
    },
    **{sign: (Style.ARABIC, at + 1, str(at + 1)) for at, sign in enumerate(_FULL_STOPPED)},
}

#: Styles that never number tasks: chapters and their parts (第一章, 第一节) head sections.
NEVER_TASKS = frozenset({Style.CHAPTER, Style.PART})
#: Decimal numbers (1.1, 1.1.1), whose depth is their level.
DECIMAL_STYLES = frozenset({Style.DECIMAL, Style.DECIMAL_SUB})
#: Styles that head a document's top level when first met, wherever the reader is (一、, 第一条).
TOP_STYLES = frozenset({Style.CHINESE, Style.ARTICLE, Style.CHAPTER})


@attrs.frozen(slots=True)
class Heading:
    """A number found at the start of a normalised line.

    Attributes:
        style: The style of the number.
        value: Its value (``十二`` -> 12).
        number: The canonical printed form kept in the model: ``一``, ``（一）``, ``1``, ``（1）``,
            ``①``, ``第一条``.
        end: Where the number (with its ``、`` or ``.``) ends in the normalised line.
    """

    style: Style
    value: int
    number: str
    end: int


# what follows a decimal number that numbers an item (1.1健全…), never a quantity (1.5倍, 2.3亿元);
# an hour, a minute or a year is a unit, a word that opens with its character is none
# (1.1时代背景, 2.3分类推进, 8.2年度重点任务的细化落实)
_DECIMAL_TITLE = re.compile(
    r"(?![倍万亿元个次米天月日亩吨岁]|年(?!度)|时(?![代间期效机序段])|分(?![类级层工析配步])"
    r"|平方|公里|公顷|公斤|千米|千克|小时|人次)"
    r"[\u4e00-\u9fff“\"《]"
)
# what follows an item number closed by a full stop (1。在…领导下, a news copy's for 1.): the
# item's words, never the end of a line or a figure
_STOPPED_TITLE = re.compile(r"[\u4e00-\u9fff“\"《]")
# the first level of decimal numbering, printed bare with a space after it (1 组织领导 over 1.1 …)
BARE_NUMBER = re.compile(r"[ \t]*(\d{1,2})[ \u3000]+(?=[\u4e00-\u9fff])")
_PATTERN = re.compile(
    rf"""
    (?P<cn>[{_CN}]{{1,4}})(?:、|\.(?![\d{_CN}]))
    | \((?P<cnp>[{_CN}]{{1,4}})\)、?
    | (?P<cnh>[一二三四五六七八九十]{{1,3}})\)(?![\d{_CN}])
    | (?P<dec3>\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}})(?!\d)(?!\.\d)(?:、|\.)?
    | (?P<dec>\d{{1,2}}\.\d{{1,2}})(?!\d)(?!\.\d)(?:、|\.)?
    | (?P<ar>\d{{1,3}})[★☆*]{{0,3}}(?:\.(?!\d)|、)
    | (?P<arf>\d{{1,2}})。
    | \((?P<arp>\d{{1,3}})\)、?
    | (?P<arh>\d{{1,3}})\)(?!\d)
    | (?P<sign>[{_CIRCLED}]|[{_PARENTHESISED}]、?|[{_FULL_STOPPED}](?![\d.]))
    | 第(?P<art>[{_CN}]{{1,5}}|\d{{1,3}})条
    | 第(?P<chap>[{_CN}]{{1,5}}|\d{{1,3}})章
    | 第(?P<part>[{_CN}]{{1,5}}|\d{{1,3}})节
    | 第(?P<whole>[{_CN}]{{1,5}}|\d{{1,3}})部分
    """,
    re.VERBOSE,
)


_ORDER_MARKS = re.compile(r"[★☆*]{1,8}")
"""The marks a plan prints before the number of a task it singles out (★1.…, *（二）…): a few,
never a line of them (a run longer than eight is a rule drawn across the page, not a mark)."""

_ORDINALS = {
    "art": (Style.ARTICLE, "条"),
    "chap": (Style.CHAPTER, "章"),
    "part": (Style.PART, "节"),
    "whole": (Style.CHAPTER, "部分"),  # 第一部分 总体要求: a chapter of a long plan
}


def match_heading(text: str, start: int = 0) -> Heading | None:
    """Find a heading number at the start of a normalised line (or at ``start``), if any.

    The heading's ``end`` counts from the start of ``text``.

    Examples:
        >>> match_heading("(二)加强领导").number, match_heading("12.推动").value
        ('（二）', 12)
        >>> match_heading("2023年是开局之年") is None, match_heading("1.5倍") is None
        (True, True)
        >>> match_heading("第二章总则").style.value, match_heading("第三节监督").number
        ('chapter', '第三节')
        >>> match_heading("第二部分 主要任务").number
        '第二部分'
        >>> match_heading("⑵完善机制").number, match_heading("⒊加强培训").number
        ('（2）', '3')
        >>> match_heading("三)发展目标").number, match_heading("2)完善").number
        ('（三）', '（2）')
        >>> match_heading("★1.加强执法").end, match_heading("*(二)推进").number
        (3, '（二）')

        Or between the number and its stop (1*.开展…, 2★、推进…): the number is the item's.

        >>> match_heading("1*.开展改革").number, match_heading("2★、推进").end
        ('1', 3)
    """
    found = _PATTERN.match(text, start)
    if found is None and (marks := _ORDER_MARKS.match(text, start)) is not None:
        # ★1.加强…, *（二）推进…: marks that single a task out, printed before its number; no
        # number begins with one, so the number is sought once, after them (a call per mark ran
        # out of stack on a line of stars, and a run read to its end from each place is quadratic)
        start = marks.end()
        found = _PATTERN.match(text, start)
    if found is None:
        return None
    # a document numbers its parts with few numbers (1. （一） 第一条), and several passes over
    # its lines ask for the same ones: each number is read into a heading once
    heading = _number_heading(found.group())
    quantity = heading is not None and heading.style in DECIMAL_STYLES
    if quantity and _DECIMAL_TITLE.match(text, found.end()) is None:
        return None  # 1.5倍, 2.3亿元: a quantity, not a number of an item
    if found.lastgroup == "arf" and _STOPPED_TITLE.match(text, found.end()) is None:
        return None  # …增长\n12。: the end of a sentence broken before its last figure
    if heading is None or start == 0:
        return heading
    return Heading(heading.style, heading.value, heading.number, heading.end + start)


@functools.lru_cache(maxsize=4096)
def _number_heading(number: str) -> Heading | None:  # noqa: PLR0911  (one return per style)
    """The heading that ``number`` stands for: a number `_PATTERN` read, whose shape tells its style."""
    found = _PATTERN.match(number)
    if found is None:
        return None
    kind = found.lastgroup
    raw = found.group(kind) if kind else ""
    end = found.end()
    if kind == "cn":
        value = chinese_to_int(raw)
        return None if value is None else Heading(Style.CHINESE, value, raw, end)
    if kind in ("cnp", "cnh"):  # （一） and 一）, its opening bracket lost
        value = chinese_to_int(raw)
        return None if value is None else Heading(Style.CHINESE_PAREN, value, f"（{raw}）", end)
    if kind in ("ar", "arf"):  # 1. and 1、, or 1。 (a copy's full stop for the point)
        return Heading(Style.ARABIC, int(raw), str(int(raw)), end)
    if kind in ("dec", "dec3"):  # 1.1 and 1.1.1: the last part is the value
        parts = [str(int(part)) for part in raw.split(".")]
        style = Style.DECIMAL if kind == "dec" else Style.DECIMAL_SUB
        return Heading(style, int(parts[-1]), ".".join(parts), end)
    if kind in ("arp", "arh"):  # （1） and 1）
        return Heading(Style.ARABIC_PAREN, int(raw), f"（{int(raw)}）", end)
    if kind == "sign":  # ①, and ⑴ one sign for （1）, ⒈ one for 1.
        style, value, printed = _SIGNS[raw[0]]
        return Heading(style, value, printed, end)
    value = int(raw) if raw.isdecimal() else chinese_to_int(raw)
    if value is None:
        return None
    style, word = _ORDINALS[kind or "art"]
    return Heading(style, value, f"第{raw}{word}", end)


# An Arabic item number printed right before digits: 1.2024年…, 1、2024年…, or 1 2024年… (the
# space is dropped from the normalised line). Whether it numbers an item or is a decimal (1.5倍)
# depends on the lines around it: see `match_digit_item`.
_DIGIT_ITEM = re.compile(r"(?P<ar>\d{1,3})[.、](?=\d)")
# A number of four digits or more: an item of a long list (1000., 12000、) only where the list
# expects it, since it may be a year (2023.) or a figure (1000、2000元分别奖励…).
_LONG_ITEM = re.compile(r"(?P<ar>[1-9]\d{3,})(?:\.(?!\d)|、)")
# What cannot follow a decimal point: a year (2024年), a month (6月) or a day (15日).
_DATE_AFTER = re.compile(DATE)
_LONGEST_NUMBER = 3


def match_digit_item(
    text: str, space_at: int | None, *, expected: int | None, next_value: int | None
) -> Heading | None:
    """Read ``1.2024年…`` at the start of a line as item 1 when its context says it is one.

    A number right before digits, printed with a ``.`` or ``、`` or parted from them by a
    space (at ``space_at`` in the line without its spaces), reads as an item number and not as
    a decimal (1.5倍) when it runs on the open list (``expected``, the next number of the items
    above), or opens a list (1) that the next line continues (``next_value`` is 2), or is
    followed by a date (``1.3月底前``), which no decimal is; never when the next line opens an
    item of the same number (the line is a wrapped sentence that goes on with a decimal).
    A number of four digits or more that may be a year (``2023.``), or is too long for any
    other list, is an item only where the open list expects it.

    Examples:
        >>> match_digit_item("2.6月底前召开会议", None, expected=2, next_value=None).number
        '2'
        >>> match_digit_item("1.2024年底前完成", None, expected=None, next_value=None).end
        2
        >>> match_digit_item("12024年底前完成", 1, expected=None, next_value=None).end
        1
        >>> match_digit_item("1.5倍", None, expected=None, next_value=None) is None
        True
        >>> match_digit_item("1.5个镇街", None, expected=None, next_value=2).value
        1
        >>> match_digit_item("2.5倍以上", None, expected=2, next_value=2) is None
        True
        >>> match_digit_item("2023.召开会议", None, expected=2023, next_value=None).value
        2023
        >>> match_digit_item("2023、2024年连续获评", None, expected=2, next_value=None) is None
        True
    """
    value = leading_number(text, space_at)
    if value is None:
        return None
    end = len(str(value)) + (0 if text[len(str(value))].isdecimal() else 1)
    heading = Heading(Style.ARABIC, value, str(value), end)
    if next_value == value:
        return None  # 提高到\n2.5倍以上。\n2.建立…: the next line holds item 2; this one runs on
    if value == expected:
        return heading
    if value != 1:
        return None
    if _DATE_AFTER.match(text, end) is not None or next_value == 2:
        return heading
    return None


def runs_on_list(text: str, last: int | None) -> bool:
    """Whether ``text`` opens with the item number that follows item ``last``, one like a year.

    Examples:
        >>> runs_on_list("2023.召开会议", 2022), runs_on_list("2023、2024年连续获评", 5)
        (True, False)
    """
    found = _LONG_ITEM.match(text)
    return found is not None and last is not None and int(found.group("ar")) == last + 1


def leading_number(text: str, space_at: int | None) -> int | None:
    """The Arabic number that may open an item printed right before digits (see above).

    Examples:
        >>> leading_number("3.11月底前", None), leading_number("311月底前", 1), leading_number("3.5倍", None)
        (3, 3, 3)
        >>> leading_number("2024年", None), leading_number("2024年", 4), leading_number("2024.召开", None)
        (None, None, 2024)
    """
    if (
        space_at is not None
        and 0 < space_at <= _LONGEST_NUMBER
        and space_at < len(text)
        and text[: space_at + 1].isdecimal()
        and text[0] != "0"
    ):
        return int(text[:space_at])
    found = _DIGIT_ITEM.match(text) or _LONG_ITEM.match(text)
    if found is None or text[0] == "0":
        return None
    return int(found.group("ar"))


_DECIMAL_NUMBER = re.compile(r"\d+(?:\.\d+)+")


def render_number(number: str) -> str:
    """Render a canonical number as a heading prefix: ``一`` -> ``一、``, ``1`` -> ``1.``.

    Examples:
        >>> render_number("一"), render_number("1"), render_number("（一）"), render_number("第三条")
        ('一、', '1.', '（一）', '第三条 ')
    """
    if number.isdecimal():
        return f"{number}."
    if _DECIMAL_NUMBER.fullmatch(number):
        return f"{number} "
    if number.startswith("第"):
        return f"{number} "
    if all(char in _CN for char in number):
        return f"{number}、"
    return number
