"""Recurring duties (每季度 · 每半年 · 年终) as dated instances, from RFC 5545 recurrence rules.

Rules are read by python-dateutil. Month ends are safe: a monthly or yearly rule that asks for
day 29, 30 or 31 falls on the month's last day in shorter months (dateutil alone would skip those
months), and so does a rule without a day whose first date is such a day. A rule every 2, 3, 4
or 6 months keeps to the calendar: every third month is the end of each quarter.

Examples:
    >>> import datetime as dt
    >>> days = occurrences("FREQ=MONTHLY;BYMONTHDAY=31", start=dt.date(2024, 1, 1), end=dt.date(2024, 4, 30))
    >>> [day.isoformat() for day in days]
    ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']
    >>> year = {"start": dt.date(2023, 1, 1), "end": dt.date(2023, 12, 31)}
    >>> [day.isoformat() for day in occurrences(rule_for("half_yearly"), **year)]
    ['2023-06-30', '2023-12-31']
    >>> [day.isoformat() for day in occurrences("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1", **year)]
    ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateutil import rrule as dateutil_rrule

from rulegov.errors import ScheduleError, _check_kind, _check_type, _show
from rulegov.graph._calendar import Roll
from rulegov.model import Frequency

if TYPE_CHECKING:
    from rulegov.graph._calendar import Calendar

__all__ = ["occurrences", "rule_for"]

_SHORT_MONTH = 28
_CALENDAR_INTERVALS = frozenset({2, 3, 4, 6})


def rule_for(frequency: Frequency | str) -> str:
    """The rule rulegov uses for a frequency: due at the end of each week (Friday), month, quarter...

    The rule is [`Frequency.rule`][rulegov.Frequency.rule], which the parser also gives a
    recurring duty it reads.

    Examples:
        >>> rule_for("quarterly")
        'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1'
    """
    return Frequency(frequency).rule


def _parts(rule: str) -> dict[str, str]:
    text = rule.strip().removeprefix("RRULE:")
    parts: dict[str, str] = {}
    for piece in text.split(";"):
        if not piece:
            continue
        key, sep, value = piece.partition("=")
        if not sep or not key or not value:
            raise ScheduleError(
                f"recurrence rule {_show(rule)}: cannot read {_show(piece)} as NAME=VALUE",
                code="invalid-recurrence-rule",
                path="rule",
                value=rule,
            )
        parts[key.strip().upper()] = value.strip().upper()
    if "FREQ" not in parts:
        raise ScheduleError(
            f"recurrence rule {_show(rule)} has no FREQ (e.g. FREQ=MONTHLY)",
            code="invalid-recurrence-rule",
            path="rule",
            value=rule,
        )
    return parts


def _calendar_periods(parts: dict[str, str]) -> None:
    """Anchor a rule every 2, 3, 4 or 6 months to the calendar's periods, not to the start date.

    每季度 (``FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1``) means the end of each calendar quarter:
    31 March, 30 June, 30 September and 31 December, whatever day the period starts on.
    """
    interval = parts.get("INTERVAL", "1")
    if (
        parts["FREQ"] != "MONTHLY"
        or not interval.isdecimal()
        or int(interval) not in _CALENDAR_INTERVALS
        or "BYMONTH" in parts
        or "BYMONTHDAY" not in parts
        or "COUNT" in parts
    ):
        return
    step = int(interval)
    del parts["INTERVAL"]
    parts["BYMONTH"] = ",".join(str(month) for month in range(step, 13, step))


def _month_end_safe(rule: str, first: dt.date) -> str:
    """Rewrite day 29-31 of a monthly or yearly rule to fall on the month's last day if shorter."""
    parts = _parts(rule)
    _calendar_periods(parts)
    if parts["FREQ"] not in {"MONTHLY", "YEARLY"} or "BYSETPOS" in parts or "BYDAY" in parts:
        return ";".join(f"{key}={value}" for key, value in parts.items())
    day: int | None = None
    if "BYMONTHDAY" in parts:
        days = parts["BYMONTHDAY"].split(",")
        if len(days) == 1 and days[0].isdecimal() and int(days[0]) > _SHORT_MONTH:
            day = int(days[0])
    elif "BYYEARDAY" not in parts and "BYWEEKNO" not in parts and first.day > _SHORT_MONTH:
        day = first.day
        if parts["FREQ"] == "YEARLY" and "BYMONTH" not in parts:
            parts["BYMONTH"] = str(first.month)
    if day is not None:
        parts["BYMONTHDAY"] = ",".join(str(d) for d in range(_SHORT_MONTH, day + 1))
        parts["BYSETPOS"] = "-1"
    return ";".join(f"{key}={value}" for key, value in parts.items())


def occurrences(
    rule: str,
    *,
    start: dt.date,
    end: dt.date,
    calendar: Calendar | None = None,
    roll: Roll | str = Roll.FOLLOWING,
) -> list[dt.date]:
    """The dates a recurrence rule yields within ``[start, end]``, moved off rest days by ``roll``.

    Args:
        rule: An RFC 5545 ``RRULE`` value such as ``FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1``,
            or a frequency name (``quarterly``...).
        start: The first day of the period (also the rule's DTSTART).
        end: The last day of the period.
        calendar: If given, dates on rest days are moved by ``roll``.
        roll: ``following``, ``preceding`` or ``modified_following``.

    Raises:
        ScheduleError: the rule cannot be read, or yields no date in the period.
        ValidationError: a ``rule`` that is no text, ``start`` or ``end`` that is no date, or a
            ``calendar`` that is no Calendar (code ``invalid-parameter``).

    Examples:
        >>> import datetime as dt
        >>> from rulegov.graph import Calendar
        >>> days = occurrences("quarterly", start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31),
        ...                    calendar=Calendar.china(2023, 2024))
        >>> [day.isoformat() for day in days]  # 30 Sep and 31 Dec are rest days: moved forward
        ['2023-03-31', '2023-06-30', '2023-10-07', '2024-01-02']
    """
    _check_type(rule, str, "rule", "a recurrence rule (str), e.g. 'FREQ=MONTHLY'")
    _check_type(start, dt.date, "start", "a datetime.date")
    _check_type(end, dt.date, "end", "a datetime.date")
    if calendar is not None:
        _check_kind(calendar, "Calendar", "calendar", "a rulegov Calendar")
    if end < start:
        raise ScheduleError(
            f"recurrence period ends {end.isoformat()} before it starts {start.isoformat()}",
            code="reversed-date-range",
            path="end",
            value=end,
        )
    if rule.lower() in {f.value for f in Frequency}:
        rule = rule_for(rule.lower())
    safe = _month_end_safe(rule, start)
    first = dt.datetime.combine(start, dt.time())
    try:
        recurrence = dateutil_rrule.rrulestr(safe, dtstart=first, ignoretz=True)
        last = dt.datetime.combine(end, dt.time())
        found = [moment.date() for moment in recurrence.between(first, last, inc=True)]
    except (ValueError, TypeError) as error:
        raise ScheduleError(
            f"recurrence rule {_show(rule)} cannot be read: {error}",
            code="invalid-recurrence-rule",
            path="rule",
            value=rule,
        ) from None
    if not found:
        raise ScheduleError(
            f"recurrence rule {_show(rule)} yields no date between {start.isoformat()} and "
            f"{end.isoformat()}; check FREQ, INTERVAL, COUNT and UNTIL",
            code="no-occurrence",
            path="rule",
            value=rule,
        )
    if calendar is None:
        return found
    rolled: list[dt.date] = []
    for day in found:
        moved = calendar.roll(day, roll)
        if not rolled or rolled[-1] != moved:
            rolled.append(moved)
    return rolled
