"""Working-day calendars: weekends, public holidays (法定节假日) and make-up working days (调休上班).

China moves working days around its public holidays: a long holiday is made by declaring some
weekdays off and some weekend days working days. Each year's arrangement is published by the
General Office of the State Council (国务院办公厅关于部分节假日安排的通知); rulegov ships the 2023
and 2024 arrangements as data files beside this module (``calendars/cn_2023.json``...), and users
may supply their own in the same shape.

Example:
    >>> import datetime as dt
    >>> cal = Calendar.china(2023)
    >>> cal.is_working_day(dt.date(2023, 1, 28))  # a Saturday, made a working day for 春节
    True
    >>> cal.is_working_day(dt.date(2023, 10, 2))  # a Monday of the National Day holiday
    False
    >>> cal.roll(dt.date(2023, 10, 1), "following")
    datetime.date(2023, 10, 7)
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from rulegov.errors import Issue, ScheduleError, ValidationError, _show

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Calendar", "Roll", "Timeline", "available_calendars"]

_ONE_DAY = dt.timedelta(days=1)
_FIRST = dt.date.min.toordinal()
_LAST = dt.date.max.toordinal()
_LONGEST_HOLIDAY = 366  # days from the first to the last day of one holiday entry
_FAR = 4096  # a timeline lists the dates of its days up to this far ahead of the last one listed
_WALK = 32  # counts of working days up to this are walked day by day; longer ones are counted
_PACKAGE = "rulegov.graph"


class Roll(enum.StrEnum):
    """Where a date that falls on a rest day (weekend or holiday) is moved to.

    The Civil Code (民法典 第二百零三条) moves the last day of a period that falls on a public
    holiday to the day after the holiday ends: that is ``following``, the default.
    """

    FOLLOWING = "following"
    """The next working day."""
    PRECEDING = "preceding"
    """The previous working day."""
    MODIFIED_FOLLOWING = "modified_following"
    """The next working day, unless it lies in the next month: then the previous one."""
    NONE = "none"
    """Leave the date where it is."""


def _to_date(value: object, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ScheduleError(
        f"calendar {where}: expected an ISO date such as '2023-10-01', got {_show(value)}"
    )


@attrs.frozen(slots=True)
class Calendar:
    """Which days are working days: weekdays, less holidays, plus make-up working days.

    Attributes:
        weekend: The weekday numbers of the rest days (Monday is 0), normally Saturday and Sunday.
        holidays: Dates off work, whatever their weekday.
        workdays: Make-up working days (调休上班), whatever their weekday.
        name: A short name for messages, such as ``cn_2023``.
        names: The holiday or make-up name of each listed date, e.g. ``春节``.

    Example:
        >>> import datetime as dt
        >>> cal = Calendar(holidays=frozenset({dt.date(2024, 1, 1)}))
        >>> cal.add_working_days(dt.date(2023, 12, 29), 1)  # Friday + 1 skips the weekend and 元旦
        datetime.date(2024, 1, 2)
    """

    weekend: frozenset[int] = frozenset({5, 6})
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()
    name: str = "custom"
    names: Mapping[dt.date, str] = attrs.field(factory=dict, eq=False, repr=False)
    # ordinals of holidays on weekdays, and of make-up days on the weekend, sorted
    _off: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)
    _on: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)

    def __repr__(self) -> str:
        """A one-line summary; the dates are in the attributes."""
        return (
            f"Calendar(name={_show(self.name)}, holidays={len(self.holidays)}, workdays={len(self.workdays)}, "
            f"weekend={sorted(self.weekend)})"
        )

    def __attrs_post_init__(self) -> None:
        """Refuse contradictions: a date both off and on, a week without working days."""
        for field in ("weekend", "holidays", "workdays"):
            value = getattr(self, field)
            kind = int if field == "weekend" else dt.date
            if not isinstance(value, frozenset | set) or not all(
                isinstance(item, kind) and not isinstance(item, bool) for item in value
            ):
                raise ValidationError(
                    [Issue(field, f"expected a set of {kind.__name__} values", value)], "Calendar"
                )
        both = sorted(self.holidays & self.workdays)
        if both:
            raise ScheduleError(
                f"calendar {_show(self.name)}: {both[0].isoformat()} is listed both as a holiday "
                "and as a make-up working day; keep it in one list"
            )
        bad = sorted(day for day in self.weekend if not 0 <= day <= 6)
        if bad:
            raise ScheduleError(
                f"calendar {_show(self.name)}: weekend day {_show(bad[0])} is not a weekday number 0-6"
            )
        if len(self.weekend) == 7:
            raise ScheduleError(
                f"calendar {_show(self.name)}: a week of 7 rest days has no working day"
            )
        off = sorted(day.toordinal() for day in self.holidays if day.weekday() not in self.weekend)
        on = sorted(day.toordinal() for day in self.workdays if day.weekday() in self.weekend)
        object.__setattr__(self, "_off", tuple(off))
        object.__setattr__(self, "_on", tuple(on))

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Calendar:
        """Build a calendar from data in the shape of the bundled files.

        ``holidays`` lists ``{"name", "from", "to"}`` ranges or ``{"name", "date"}`` days;
        ``workdays`` lists ``{"name", "date"}`` days; ``weekend`` is optional (``[5, 6]``).

        Raises:
            ScheduleError: when a date is not an ISO date, or the lists contradict each other.

        Example:
            >>> cal = Calendar.from_dict({"name": "mine", "holidays": [{"date": "2025-01-01"}]})
            >>> cal.name, len(cal.holidays)
            ('mine', 1)
        """
        if not isinstance(data, Mapping):
            raise ScheduleError(f"calendar data must be a mapping, got {_show(data)}")
        name = _label(data, "custom")
        for field in ("holidays", "workdays"):
            entries = data.get(field, [])
            if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
                raise ScheduleError(
                    f"calendar {_show(name)} {field}: expected a list of objects such as "
                    f'{{"name": "春节", "date": "2023-01-23"}}, got {_show(entries)}'
                )
        weekend_data = data.get("weekend", (5, 6))
        if not isinstance(weekend_data, list | tuple) or not all(
            isinstance(day, int) and not isinstance(day, bool) for day in weekend_data
        ):
            raise ScheduleError(
                f"calendar {_show(name)} weekend: expected weekday numbers such as [5, 6], "
                f"got {_show(weekend_data)}"
            )
        holidays: set[dt.date] = set()
        workdays: set[dt.date] = set()
        names: dict[dt.date, str] = {}
        for i, entry in enumerate(data.get("holidays", [])):
            label = _label(entry, "holiday")
            if "date" in entry:
                first = last = _to_date(entry["date"], f"{_show(name)} holidays[{i}].date")
            else:
                first = _to_date(entry.get("from"), f"{_show(name)} holidays[{i}].from")
                last = _to_date(entry.get("to"), f"{_show(name)} holidays[{i}].to")
            if not 0 <= (last - first).days <= _LONGEST_HOLIDAY:
                raise ScheduleError(
                    f"calendar {_show(name)} holidays[{i}]: from {first.isoformat()} to "
                    f"{last.isoformat()} is not a holiday: 'to' must be on or after 'from', "
                    f"at most {_LONGEST_HOLIDAY} days later"
                )
            for offset in range((last - first).days + 1):
                day = first + dt.timedelta(days=offset)
                holidays.add(day)
                names[day] = label
        for i, entry in enumerate(data.get("workdays", [])):
            day = _to_date(entry.get("date"), f"{_show(name)} workdays[{i}].date")
            workdays.add(day)
            names[day] = _label(entry, "workday")
        weekend = frozenset(weekend_data)
        return cls(
            weekend=weekend,
            holidays=frozenset(holidays),
            workdays=frozenset(workdays),
            name=name,
            names=names,
        )

    @classmethod
    def china(cls, *years: int) -> Calendar:
        """The official Chinese working-day calendar of the given years (2023 and 2024 bundled).

        Raises:
            ScheduleError: when a year has no bundled arrangement.

        Example:
            >>> Calendar.china(2023, 2024).name
            'cn_2023+cn_2024'
        """
        if not years:
            raise ScheduleError(f"Calendar.china needs a year; bundled: {available_calendars()}")
        calendars = [cls.bundled(f"cn_{year}") for year in years]
        result = calendars[0]
        for other in calendars[1:]:
            result = result.merge(other)
        return result

    @classmethod
    def bundled(cls, name: str) -> Calendar:
        """A calendar shipped with rulegov, by file name without ``.json`` (e.g. ``cn_2024``).

        Raises:
            ScheduleError: when no such calendar is bundled.
        """
        if name not in available_calendars():
            raise ScheduleError(
                f"no bundled calendar named {_show(name)}; available: {available_calendars()}"
            )
        return cls.from_dict(json.loads(_read(name)))

    def merge(self, other: Calendar) -> Calendar:
        """Both calendars' holidays and make-up days (the weekends must agree).

        Raises:
            ScheduleError: when the weekends differ or a date is off in one and on in the other.
        """
        if self.weekend != other.weekend:
            raise ScheduleError(
                f"cannot merge calendars {_show(self.name)} and {_show(other.name)}: their weekends differ "
                f"({sorted(self.weekend)} and {sorted(other.weekend)})"
            )
        return Calendar(
            weekend=self.weekend,
            holidays=self.holidays | other.holidays,
            workdays=self.workdays | other.workdays,
            name=f"{self.name}+{other.name}",
            names={**self.names, **other.names},
        )

    # -- questions --------------------------------------------------------------------------

    def is_working_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day."""
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() not in self.weekend

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself if it is a working day, else the first working day after it.

        Raises:
            ScheduleError: when no working day follows before 9999-12-31.
        """
        _check_date(day, "day")
        try:
            while not self.is_working_day(day):
                day += _ONE_DAY
        except OverflowError:
            raise _beyond("the working day after", day) from None
        return day

    def previous_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself if it is a working day, else the last working day before it.

        Raises:
            ScheduleError: when no working day comes before it after 0001-01-01.
        """
        _check_date(day, "day")
        try:
            while not self.is_working_day(day):
                day -= _ONE_DAY
        except OverflowError:
            raise _beyond("the working day before", day) from None
        return day

    def roll(self, day: dt.date, rule: Roll | str = Roll.FOLLOWING) -> dt.date:
        """Move a date that falls on a rest day to a working day by ``rule``.

        Raises:
            ValidationError: when ``rule`` is not a :class:`Roll` or ``day`` not a date.

        Example:
            >>> import datetime as dt
            >>> cal = Calendar.china(2023)
            >>> sunday = dt.date(2023, 4, 30)  # in the Labour Day holiday, month end
            >>> rules = ("following", "preceding", "modified_following")
            >>> rolled = [cal.roll(sunday, rule).isoformat() for rule in rules]
            >>> rolled
            ['2023-05-04', '2023-04-28', '2023-04-28']
        """
        how = roll_rule(rule)
        _check_date(day, "day")
        if how is Roll.NONE or self.is_working_day(day):
            return day
        if how is Roll.PRECEDING:
            return self.previous_working_day(day)
        after = self.next_working_day(day)
        if how is Roll.MODIFIED_FOLLOWING and after.month != day.month:
            return self.previous_working_day(day)
        return after

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The working day ``count`` working days after (or before, if negative) ``day``.

        Long counts are counted week by week, not walked, so a count of a million is as quick
        as a count of ten.

        Raises:
            ValidationError: when ``count`` is not a whole number or ``day`` not a date.
            ScheduleError: when the day would fall outside 0001-01-01 to 9999-12-31.

        Example:
            >>> import datetime as dt
            >>> Calendar().add_working_days(dt.date(2023, 5, 10), 1_000_000)
            datetime.date(5856, 6, 4)
        """
        _check_date(day, "day")
        if isinstance(count, bool) or not isinstance(count, int):
            raise ValidationError(
                [Issue("count", "expected a whole number of working days", count)], "Calendar"
            )
        if abs(count) > _WALK:
            return self._count_off(day, count)
        step = _ONE_DAY if count >= 0 else -_ONE_DAY
        left = abs(count)
        try:
            while left:
                day += step
                if self.is_working_day(day):
                    left -= 1
        except OverflowError:
            raise _beyond(f"{count} working days from", day) from None
        return day

    def working_days_between(self, first: dt.date, last: dt.date) -> int:
        """How many working days lie in ``[first, last]`` (both included).

        Example:
            >>> import datetime as dt
            >>> Calendar().working_days_between(dt.date(2023, 1, 1), dt.date(2023, 12, 31))
            260
        """
        _check_date(first, "first")
        _check_date(last, "last")
        return self._working(first.toordinal(), last.toordinal())

    def _working(self, first: int, last: int) -> int:
        """The number of working days with ordinals in ``[first, last]``."""
        if last < first:
            return 0
        days = last - first + 1
        weeks, rest = divmod(days, 7)
        count = weeks * (7 - len(self.weekend))
        for ordinal in range(last - rest + 1, last + 1):
            if (ordinal - 1) % 7 not in self.weekend:  # ordinal 1 is a Monday
                count += 1
        count -= bisect.bisect_right(self._off, last) - bisect.bisect_left(self._off, first)
        count += bisect.bisect_right(self._on, last) - bisect.bisect_left(self._on, first)
        return count

    def _count_off(self, day: dt.date, count: int) -> dt.date:
        """``add_working_days`` for long counts: a binary search on the number of working days."""
        origin = day.toordinal()
        if count > 0:
            low, high = origin + 1, _LAST
            if self._working(low, high) < count:
                raise _beyond(f"{count} working days from", day)
            while low < high:  # the first ordinal with ``count`` working days up to it
                middle = (low + high) // 2
                if self._working(origin + 1, middle) >= count:
                    high = middle
                else:
                    low = middle + 1
        else:
            low, high = _FIRST, origin - 1
            if self._working(low, high) < -count:
                raise _beyond(f"{count} working days from", day)
            while low < high:  # the last ordinal with ``-count`` working days from it
                middle = (low + high + 1) // 2
                if self._working(middle, origin - 1) >= -count:
                    low = middle
                else:
                    high = middle - 1
        return dt.date.fromordinal(low)

    def holiday_name(self, day: dt.date) -> str | None:
        """The name of the holiday or make-up day on ``day``, if the calendar names it."""
        return self.names.get(day)


def roll_rule(rule: object) -> Roll:
    """``rule`` as a :class:`Roll`, or a ``ValidationError`` naming the choices."""
    if isinstance(rule, str) and rule in _ROLLS:
        return Roll(rule)
    choices = ", ".join(repr(item.value) for item in Roll)
    raise ValidationError([Issue("roll", f"expected one of {choices}", rule)], "Calendar")


_ROLLS = frozenset(item.value for item in Roll)


def _label(entry: Mapping[str, Any], default: str) -> str:
    """The ``name`` of a calendar or of one of its entries."""
    label = entry.get("name", default)
    if not isinstance(label, str):
        raise ScheduleError(f"calendar name: expected a text, got {_show(label)}")
    return label


def _check_date(day: object, name: str) -> None:
    if not isinstance(day, dt.date):
        raise ValidationError([Issue(name, "expected a date", day)], "Calendar")


def _beyond(what: str, day: dt.date) -> ScheduleError:
    return ScheduleError(
        f"{what} {day.isoformat()} falls outside the dates Python can hold "
        f"({dt.date.min} to {dt.date.max}); choose nearer dates or shorter durations"
    )


@cache
def _read(name: str) -> str:
    return resources.files(_PACKAGE).joinpath("calendars", f"{name}.json").read_text("utf-8")


def available_calendars() -> list[str]:
    """The names of the bundled calendars.

    Example:
        >>> available_calendars()
        ['cn_2023', 'cn_2024']
    """
    folder = resources.files(_PACKAGE).joinpath("calendars")
    return sorted(
        entry.name.removesuffix(".json")
        for entry in folder.iterdir()
        if entry.name.endswith(".json")
    )


class Timeline:
    """Day numbers from a start date: working days of a calendar, or calendar days without one.

    Day 0 is the start date (rolled to the next working day under a calendar). A task that
    starts on day ``s`` and lasts ``d`` days occupies days ``s .. s + d - 1``; its finish date is
    the date of day ``s + d - 1``.

    Example:
        >>> import datetime as dt
        >>> line = Timeline(dt.date(2023, 9, 28), Calendar.china(2023))
        >>> line.date(0), line.date(1)  # Thursday, then the first day after the holiday
        (datetime.date(2023, 9, 28), datetime.date(2023, 10, 7))
        >>> line.index(dt.date(2023, 10, 3), "following")
        1
    """

    def __init__(self, start: dt.date, calendar: Calendar | None = None) -> None:
        """Number the days from ``start`` under ``calendar`` (calendar days if None)."""
        self.calendar = calendar
        self.start = calendar.next_working_day(start) if calendar is not None else start
        self._dates: list[dt.date] = [self.start]
        self._ordinals: list[int] = [self.start.toordinal()]

    def _extend_to(self, number: int) -> None:
        calendar = self.calendar
        if calendar is None:
            return
        day = self._dates[-1]
        while len(self._dates) <= number:
            if day == dt.date.max:
                raise self._beyond(number)
            day = calendar.next_working_day(day + _ONE_DAY)
            self._dates.append(day)
            self._ordinals.append(day.toordinal())

    def _extend_past(self, ordinal: int) -> None:
        """List the days up to the first working day on or after ``ordinal``."""
        number = len(self._dates) - 1
        while self._ordinals[-1] < ordinal:
            number += 64
            if self._ordinals[-1] + 64 > _LAST:
                number = len(self._dates)  # near the end of the calendar: one day at a time
            self._extend_to(number)

    def date(self, number: int) -> dt.date:
        """The date of day ``number`` (negative numbers count back from the start).

        Raises:
            ScheduleError: when the day falls outside 0001-01-01 to 9999-12-31.
        """
        if self.calendar is None:
            try:
                return self.start + dt.timedelta(days=number)
            except OverflowError:
                raise self._beyond(number) from None
        if number < 0:
            return self.calendar.add_working_days(self.start, number)
        last = len(self._dates) - 1
        if number - last > _FAR:  # far ahead: counted, not listed day by day
            return self.calendar.add_working_days(self._dates[-1], number - last)
        self._extend_to(number)
        return self._dates[number]

    def _beyond(self, number: int) -> ScheduleError:
        return ScheduleError(
            f"day {number} of a schedule that starts {self.start.isoformat()} falls outside "
            f"the dates Python can hold ({dt.date.min} to {dt.date.max}); choose nearer "
            "dates, shorter durations or smaller lags"
        )

    def index(self, day: dt.date, rule: Roll | str = Roll.FOLLOWING) -> int:
        """The day number of ``day``, moved to a working day by ``rule`` if it is a rest day."""
        if self.calendar is None:
            return (day - self.start).days
        day = self.calendar.roll(day, rule)
        if roll_rule(rule) is Roll.NONE:
            day = self.calendar.next_working_day(day)
        if day < self.start:
            return -self.calendar.working_days_between(day, self.start - _ONE_DAY)
        ordinal = day.toordinal()
        if ordinal - self._ordinals[-1] > _FAR:  # far ahead: counted, not listed day by day
            ahead = self.calendar._working(self._ordinals[-1] + 1, ordinal)  # noqa: SLF001
            return len(self._dates) - 1 + ahead
        self._extend_past(ordinal)
        return bisect.bisect_left(self._ordinals, ordinal)

    def first_on_or_after(self, ordinal: int) -> int:
        """The number of the first working day on or after the date with ``ordinal``."""
        if self.calendar is None:
            return ordinal - self._ordinals[0]
        return self.index(dt.date.fromordinal(ordinal), Roll.FOLLOWING)

    def last_on_or_before(self, ordinal: int) -> int:
        """The number of the last working day on or before the date with ``ordinal``."""
        if self.calendar is None:
            return ordinal - self._ordinals[0]
        return self.index(dt.date.fromordinal(ordinal), Roll.PRECEDING)

    def ordinal(self, number: int) -> int:
        """The proleptic ordinal of the date of day ``number``."""
        return self.date(number).toordinal()


def calendar_dates(days: Iterable[dt.date]) -> list[str]:
    """ISO strings of ``days`` in order (for messages and exports)."""
    return [day.isoformat() for day in sorted(days)]
