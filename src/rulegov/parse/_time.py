"""Timing of work (时间节点 · 完成时限): dates resolved against the plan's year.

``6月底前`` is a deadline of 30 June, ``年底前`` of 31 December, ``每季度`` recurs quarterly,
``长期坚持`` is standing, ``持续推进`` ongoing, ``适时`` in due time, ``及时`` prompt.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Any

from rulegov.model import Frequency, Span, TimeFrame, TimeFrameKind
from rulegov.parse._numbering import chinese_to_int
from rulegov.parse._vocab import RECURRING_WORDS, VAGUE_TIMING

__all__ = ["WEEKDAY", "find_timing", "read_date", "read_timeframe", "timeframe_at"]

_YEAR_OF = re.compile(r"\d年度")

_DATE = re.compile(
    r"""
    (?:(?P<year>\d{4})年|(?P<next>次年|明年|翌年|来年))?
    (?:
        (?P<month>\d{1,2})月(?:份)?(?:(?P<day>\d{1,2})日|(?P<part>底|末|中旬|上旬|下旬|初))?
      | (?P<half>上半年|下半年)
      | 第?(?P<quarter>[一二三四1-4])季度(?P<qpart>末|底)?
      | (?P<yearend>年底|年末|年内|年中)
    )
    | (?P<bare>\d{4})年
    """,
    re.VERBOSE,
)
# a year in Chinese numerals; a zero is also typed as the digit 0, a letter O (Latin, Cyrillic or
# Greek) or a large circle, which look like 〇: 二00六年, 二OO六年, 二Ο一Ο年, 二◯一◯年
_CN_ZERO = "〇○◯零0OoОоΟο"
# a date in Chinese numerals (二〇二三年五月十日), its month and day also written digit by digit as
# its year is (二〇二三年〇五月一〇日), or in Arabic figures beside a year in Chinese numerals
# (二〇二三年5月10日), or the other way round (2023年五月十日)
_CN_DATE = re.compile(
    r"(?P<year>(?=[^年]{0,3}[一二三四五六七八九])[" + _CN_ZERO + r"一二三四五六七八九]{4}|\d{4})年"
    r"(?P<month>十[一二]?|[一二三四五六七八九]|["
    + _CN_ZERO
    + r"][一二三四五六七八九]|一["
    + _CN_ZERO
    + r"一二]|\d{1,2})月"
    r"(?P<day>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|["
    + _CN_ZERO
    + r"一二]["
    + _CN_ZERO
    + r"一二三四五六七八九]|三["
    + _CN_ZERO
    + r"一]|\d{1,2})[日号]"
)
_WITHIN = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个?(?:工作日|日|天|小时|个月)内")
_YEARS = re.compile(r"(?P<first>\d{4})年?[-至到~—–](?P<last>\d{4})年")
_MAX_VALUE = 120
_LAST_DAY = 31
_MONTHS = 12
_RANGE_WORDS = ("至", "到", "-", "~", "—", "–")
_BEFORE_WORDS = ("前", "之前", "以前")
# A date followed at once by the verb of completing: 6月底完成, 年底全面建成, 次年1月印发.
_DONE = "(?:全面|基本|全部)?(?:完成|办结|建成|完工|出台|印发)"
# the day of the week printed after a date: 4月20日（星期五）
_WEEKDAY = r"(?:[（(](?:星期|周)[一二三四五六日天][）)])?"
# a month and day, or a part of a month: 6月30日, 6月底, 6月中旬
_MONTH_PART = rf"\d{{1,2}}月(?:\d{{1,2}}日{_WEEKDAY}|底|末|上旬|中旬|下旬)?"
_PHRASES = re.compile(
    rf"(?:\d{{4}}年)?{_MONTH_PART}[至到~—–-](?:\d{{4}}年|次年|明年)?{_MONTH_PART}(?:(?:之)?前)?"
    r"|(?:\d{4}年)?\d{1,2}月\d{1,2}日[至到~—–-]\d{1,2}日(?:(?:之)?前)?"
    r"|(?:\d{4}年)?\d{1,2}[至到~—–-]\d{1,2}月(?:底|末)?(?:(?:之)?前)?"
    rf"|(?:\d{{4}}年|次年|明年)?(?:{_MONTH_PART}|年底|年末|上半年|下半年"
    r"|第?[一二三四1-4]季度末?)(?:之)?前"
    r"|(?:\d{4}年|次年|明年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|上旬|中旬|下旬)?|年底|年末|年内"
    r"|第?[一二三四1-4]季度[末底]?)"
    rf"(?={_DONE})"
    r"|(?:\d{4}年|次年|明年)?(?:上半年|下半年|\d{1,2}月(?:上旬|中旬|下旬))"
    r"|每季度|每半年|每月(?:\d{1,2}[日号](?:之?前)?)?"
    r"|每年(?:\d{1,2}月(?:\d{1,2}日|底|末)?(?:之?前)?|第?[一二三四1-4]季度(?:末|底)?(?:之?前)?)?"
    r"|长期坚持|持续[推打开深加提抓优][一-龥]"
    r"|及时|适时|(?<![\d一二三四五六七八九〇])年度"
    r"|(?:(?<![\u4e00-\u9fff])|(?<=力争)|(?<=争取)|(?<=确保)|(?<=预计)|(?<=计划))"
    # 到2015年 opening a clause: a target's year, due at its end (never 达到, 推广到, 截至)
    r"到\d{4}年(?:底|末)?(?![\d月度初中上下])"
)
# words of promptness, which yield to a date printed after them (及时跟进，每月28日前报送)
_PROMPT_WORDS = ("及时", "适时")
# what makes a phrase dated: a number, or a part of the year
_DATED = re.compile(r"\d|年底|年末|季度|半年")
# a date that tells about something else, not when the work is due: 2024年3月印发的条例
_ATTRIBUTIVE = re.compile(rf"{_DONE}?的")
# a range printed short: 1-2月 (1月-2月), 3月15日至20日 (3月15日至3月20日)
_SHORT_MONTHS = re.compile(r"(?<![\d月])(\d{1,2})([至到~—–-])(\d{1,2}月)")
_SHORT_DAYS = re.compile(r"(\d{1,2}月)(\d{1,2}日)([至到~—–-])(\d{1,2}日)")

# Timing that yields to any phrase above in the same text: a time limit counted from an
# occasion (受理后20个工作日内), and the whole of the plan's year (全年开展…).
_WEAK_PHRASES = re.compile(_WITHIN.pattern + r"|(?<![\d一二三四五六七八九十])全年")

# Where a timing phrase can start, with a little of what must follow, written to start with a
# character class so that the regex engine skips to the next candidate instead of trying
# _PHRASES at every position (a dated deadline ends with 前, or meets the verb of completing, at
# most 12 characters on).
_PHRASE_START = re.compile(
    r"[\d年上下第一二三四每长持及适次明到]"
    r"(?:(?<=到)\d{4}年|(?<=[\d年上下第一二三四次明])[^前]{0,15}前|(?<=[上下])半年|(?<=\d)[\d年月]{0,7}(?:[上中下]旬|[上下]半年)|(?<=[次明])年|(?<=每)[季半月年]|(?<=长)期坚持|(?<=持)续"
    r"|(?<=[及适])时|(?<=年)度|(?<=\d)[\d年月日号底末]{0,8}[至到~—–-](?:次年|明年)?\d"
    rf"|(?<=[\d年次明])[\d年月日底末内上中下旬]{{0,9}}{_DONE}"
    rf"|(?<=[第一二三四1-4])[一二三四]?季度[末底]?{_DONE})"
)
# a monthly duty due on a day of the month (每月28日前), a yearly one on a date (每年1月31日前)
_MONTH_DAY = re.compile(r"每月(\d{1,2})[日号]")
_YEAR_DAY = re.compile(r"每年(\d{1,2})月(?:(\d{1,2})日)?")
_YEAR_QUARTER = re.compile(r"每年第?([一二三四1-4])季度")
_LEAP_YEAR = 2024  # a year whose February has its 29th


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _from_match(match: re.Match[str], year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date expression can mean."""
    if match.group("bare"):
        value = int(match.group("bare"))
        return dt.date(value, 1, 1), dt.date(value, 12, 31)
    if match.group("year"):
        year = int(match.group("year"))
    elif match.group("next"):
        year += 1  # 次年1月 in a plan for 2024 is January 2025
    try:
        return _window(match, year)
    except ValueError:
        return None


def _window(  # noqa: PLR0911  (one return per form of date reads best)
    match: re.Match[str], year: int
) -> tuple[dt.date, dt.date] | None:
    if match.group("month"):
        month = int(match.group("month"))
        day = match.group("day")
        if day:
            exact = dt.date(year, month, int(day))
            return exact, exact
        part = match.group("part")
        if part in ("上旬", "初"):
            return dt.date(year, month, 1), dt.date(year, month, 10)
        if part == "中旬":
            return dt.date(year, month, 11), dt.date(year, month, 20)
        return dt.date(year, month, 1), _month_end(year, month)
    if match.group("half"):
        if match.group("half") == "上半年":
            return dt.date(year, 1, 1), dt.date(year, 6, 30)
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    quarter = match.group("quarter")
    if quarter:
        number = int(quarter) if quarter.isdecimal() else "一二三四".index(quarter) + 1
        return dt.date(year, 3 * number - 2, 1), _month_end(year, 3 * number)
    if match.group("yearend") == "年中":
        return dt.date(year, 6, 1), dt.date(year, 6, 30)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


# the day closes with 日, or with 号 as speech and some signatures write it (2020年3月5号)
_ISO_DATE = re.compile(r"(\d{4})[年\-./](\d{1,2})[月\-./](\d{1,2})[日号]?")
# a weekday printed after a date: 星期三, （周三）
WEEKDAY = re.compile(r"[（(]?(?:星期|周)[一二三四五六日天][）)]?")
# what a date line carries after the date and is no part of it: the weekday, a stop or comma,
# and a page number the copy glued onto the line (— 2 —, -3-, 第3页 共5页)
_DATE_TAIL = re.compile(
    r"\s*(?:" + WEEKDAY.pattern + r")?\s*[。，,.；;]?"
    r"\s*(?:[—－\-–]\s*\d{1,3}\s*[—－\-–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)?\s*"
)


def _digit_by_digit(text: str) -> int:
    """A number written a digit at a time, in Chinese numerals or figures: 二〇二三, 2023, 〇五."""
    digits = "〇一二三四五六七八九"
    return int(
        "".join(c if c.isdecimal() else str(digits.index(c)) if c in digits else "0" for c in text)
    )


def _date_part(text: str) -> int:
    """A month or a day: 十二, 二十一, or written a digit at a time (〇五, 一〇, 05)."""
    if text.isdecimal() or (len(text) == 2 and "十" not in text):
        return _digit_by_digit(text)
    return chinese_to_int(text) or 0


def read_date(text: str) -> dt.date | None:
    """Read a full date of issue: ``2023年5月10日`` or ``二〇二三年五月十日`` or ``2023-05-10``.

    Examples:
        >>> read_date("2023年5月10日"), read_date("二〇二三年五月十日"), read_date("5月10日")
        (datetime.date(2023, 5, 10), datetime.date(2023, 5, 10), None)
        >>> read_date("二00六年二月二十一日"), read_date("二OO六年二月二十一日")
        (datetime.date(2006, 2, 21), datetime.date(2006, 2, 21))
        >>> read_date("2020年3月5号"), read_date("二〇二三年五月"), read_date("2023年5月")
        (datetime.date(2020, 3, 5), None, None)
        >>> read_date("二〇二三年〇五月一〇日"), read_date("二〇二三年5月10日"), read_date("2023年五月十日")
        (datetime.date(2023, 5, 10), datetime.date(2023, 5, 10), datetime.date(2023, 5, 10))

    A weekday, a stop or a page number glued on after the date is no part of it:

        >>> read_date("2023年5月10日（星期三）"), read_date("2023年5月10日。"), read_date("2023-05-10 -3-")
        (datetime.date(2023, 5, 10), datetime.date(2023, 5, 10), datetime.date(2023, 5, 10))
    """
    text = text.lstrip()  # a signature indented with tabs or spaces as pasted from a word processor
    found = _ISO_DATE.match(text)
    try:
        if found and _DATE_TAIL.fullmatch(text, found.end()):
            return dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        chinese = _CN_DATE.match(text)
        if chinese is None or not _DATE_TAIL.fullmatch(text, chinese.end()):
            return None
        year = _digit_by_digit(chinese["year"])
        month = _date_part(chinese["month"])
        day = _date_part(chinese["day"])
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_timeframe(
    text: str, year: int | None, *, printed: str | None = None, span: Span | None = None
) -> TimeFrame | None:
    """Read a timing value (normalised text) into a [`TimeFrame`][rulegov.TimeFrame].

    Returns None when nothing in it can be read. ``year`` resolves dates without one. The
    timeframe's text is ``printed`` (the words as the document prints them) or else ``text``;
    ``span`` is where they stand in the document.

    Examples:
        >>> read_timeframe("2023年6月底前", None).end
        datetime.date(2023, 6, 30)
        >>> read_timeframe("每季度", 2023).frequency.value, read_timeframe("长期坚持", 2023).kind.value
        ('quarterly', 'standing')
        >>> tf = read_timeframe("3月至5月", 2023)
        >>> tf.kind.value, tf.start, tf.end
        ('range', datetime.date(2023, 3, 1), datetime.date(2023, 5, 31))
    """
    return _timeframe(text, year, printed, span)


def timeframe_at(
    text: str, year: int | None, printed: str, span: dict[str, int]
) -> TimeFrame | None:
    """[`read_timeframe`][rulegov.parse.read_timeframe] given the fields of the span, not a span.

    The span is then made inside pydantic-core, in the call that makes the timeframe.
    """
    return _timeframe(text, year, printed, span)


def _timeframe(
    text: str, year: int | None, printed: str | None, span: Span | dict[str, int] | None
) -> TimeFrame | None:
    text = text[:_MAX_VALUE]
    found = _known_timing(text, year)
    if found is None:
        return None
    fields = dict(found)
    fields["text"] = text if printed is None else printed
    if span is not None:
        fields["span"] = span
    # _timing gives each kind exactly the fields it needs, with start <= end
    return TimeFrame.model_validate(fields)


# A plan prints the same few timings again and again (2023年6月底前, 每季度, 长期坚持): each
# is read once. The fields are copied before a timeframe is made of them.
@functools.lru_cache(maxsize=1024)
def _known_timing(text: str, year: int | None) -> dict[str, Any] | None:
    return _timing(text, year)


def _timing(  # noqa: PLR0911  (one return per kind of timing)
    text: str, year: int | None
) -> dict[str, Any] | None:
    """The fields of the timeframe that ``text`` states, but its text and span."""
    years = _YEARS.search(text)
    if years and int(years["first"]) <= int(years["last"]):
        return {
            "kind": TimeFrameKind.RANGE,
            "start": dt.date(int(years["first"]), 1, 1),
            "end": dt.date(int(years["last"]), 12, 31),
        }
    for word, frequency in RECURRING_WORDS.items():
        if word in text and not (word == "年度" and _YEAR_OF.search(text)):
            return {
                "kind": TimeFrameKind.RECURRING,
                "frequency": frequency,
                "rrule": _rule(text, frequency),
            }
    if text.startswith("全年") or text == "年内":
        if year is None:
            return {"kind": TimeFrameKind.ONGOING}
        return {
            "kind": TimeFrameKind.RANGE,
            "start": dt.date(year, 1, 1),
            "end": dt.date(year, 12, 31),
        }
    if _WITHIN.search(text):
        return {"kind": TimeFrameKind.PROMPTLY}  # 20个工作日内: a time limit from an occasion
    windows = _windows(_SHORT_DAYS.sub(r"\1\2\3\1\4", _SHORT_MONTHS.sub(r"\1月\2\3", text)), year)
    if windows:
        return _dated(text, windows)
    for word, kind in VAGUE_TIMING.items():
        if word in text:
            return {"kind": kind}
    return None


def _rule(text: str, frequency: Frequency) -> str:
    """The recurrence rule of a duty: the frequency's, or one on the day or date it prints.

    Examples:
        >>> _rule("每月28日前报送", Frequency.MONTHLY), _rule("每季度报送", Frequency.QUARTERLY)
        ('FREQ=MONTHLY;BYMONTHDAY=28', 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1')
        >>> _rule("每年1月31日前公开", Frequency.YEARLY), _rule("每年3月底前", Frequency.YEARLY)
        ('FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1')
        >>> _rule("每年第一季度报送", Frequency.YEARLY), _rule("每年2月30日前", Frequency.YEARLY)
        ('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1')
    """
    # a day past the 28th falls on the last day of a shorter month (see graph.occurrences)
    if frequency is Frequency.MONTHLY:
        monthly = _MONTH_DAY.search(text)
        if monthly is not None and 1 <= int(monthly.group(1)) <= _LAST_DAY:
            return f"FREQ=MONTHLY;BYMONTHDAY={int(monthly.group(1))}"
    if frequency is Frequency.YEARLY:
        date = _YEAR_DAY.search(text)
        if date is not None and 1 <= int(date.group(1)) <= _MONTHS:
            month = int(date.group(1))
            day = int(date.group(2)) if date.group(2) else -1
            # a day the month never has (2月30日) falls on its last day
            if not 1 <= day <= calendar.monthrange(_LEAP_YEAR, month)[1]:
                day = -1
            return f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"
        quarter = _YEAR_QUARTER.search(text)
        if quarter is not None:
            number = quarter.group(1)
            month = 3 * (int(number) if number.isdecimal() else "一二三四".index(number) + 1)
            return f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY=-1"
    return frequency.rule


def _windows(text: str, year: int | None) -> list[tuple[dt.date, dt.date]]:
    windows: list[tuple[dt.date, dt.date]] = []
    for match in _DATE.finditer(text):
        if match.group("year") is None and match.group("bare") is None and year is None:
            continue
        window = _from_match(match, year or 0)
        if window is not None:
            windows.append(window)
            if match.group("year") or match.group("bare"):
                year = windows[-1][0].year
    return windows


def _dated(text: str, windows: list[tuple[dt.date, dt.date]]) -> dict[str, Any]:
    if len(windows) >= 2 and any(word in text for word in _RANGE_WORDS):
        start, end = windows[0][0], windows[-1][1]
        if end < start and end.year == start.year:  # 12月至1月: into the next year
            leap_day = (end.month, end.day) == (2, 29)
            end = _month_end(end.year + 1, 2) if leap_day else end.replace(year=end.year + 1)
        if end >= start:
            return {"kind": TimeFrameKind.RANGE, "start": start, "end": end}
    first, last = windows[0]
    if first == last and not any(word in text for word in _BEFORE_WORDS):
        return {"kind": TimeFrameKind.ON, "on": first}
    return {"kind": TimeFrameKind.DEADLINE, "end": last}


def find_timing(text: str) -> re.Match[str] | None:
    """The first unlabelled timing phrase in running text (``6月底前``, ``每季度``, ``长期坚持``).

    A word of promptness (及时, 适时) yields to a dated phrase after it.

    Examples:
        >>> find_timing("在6月底前完成清理").group(), find_timing("持续推进清理").group()
        ('6月底前', '持续推进')
        >>> find_timing("受理后20个工作日内审结").group(), find_timing("全年开展普法,6月底前").group()
        ('20个工作日内', '6月底前')
        >>> find_timing("及时跟进督查，每月28日前报送").group(), find_timing("及时报送").group()
        ('每月28日前', '及时')
        >>> find_timing("到2015年,考试率达90%").group(), find_timing("截至2015年,考试率达90%") is None
        ('到2015年', True)
    """
    found = _first_phrase(text, 0)
    if found is None:
        # no date or frequency: a time limit (受理后20个工作日内), or the whole year (全年);
        # the regex tries every position, so first ask str whether its words are there at all
        if "内" not in text and "全年" not in text:
            return None
        return _WEAK_PHRASES.search(text)
    if found.group() in _PROMPT_WORDS:
        later = _first_phrase(text, found.end())
        while later is not None and not _due_date(text, later):
            later = _first_phrase(text, later.end())
        return later or found
    return found


def _due_date(text: str, found: re.Match[str]) -> bool:
    """Whether a dated phrase says when the work is due, not when something else happened.

    A date in a cited title (《2024年上半年工作要点》) or one that tells of a document
    (2024年3月印发的条例) is none.

    Examples:
        >>> _due_date("及时学习2024年3月印发的条例", _first_phrase("及时学习2024年3月印发的条例", 2))
        False
    """
    if _DATED.search(found.group()) is None:
        return False
    if text.count("《", 0, found.start()) > text.count("》", 0, found.start()):
        return False
    return _ATTRIBUTIVE.match(text, found.end()) is None


def _first_phrase(text: str, position: int) -> re.Match[str] | None:
    """The first timing phrase of ``_PHRASES`` in ``text`` from ``position`` on."""
    while True:
        candidate = _PHRASE_START.search(text, position)
        if candidate is None:
            return None
        found = _PHRASES.match(text, candidate.start())
        if found is not None:
            return found
        position = candidate.start() + 1
