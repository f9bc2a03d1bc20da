import datetime as dt

import pytest

from rulegov import ScheduleError
from rulegov.graph import Calendar, Roll, Timeline, available_calendars

D = dt.date


def test_bundled_calendars():
    assert available_calendars() == ["cn_2023", "cn_2024"]
    cal = Calendar.bundled("cn_2023")
    assert cal.name == "cn_2023"
    assert len(cal.workdays) == 7


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2023, 1, 2), False),  # 元旦, a Monday
        (D(2023, 1, 27), False),  # 春节, a Friday
        (D(2023, 1, 28), True),  # Saturday made a working day (春节调休)
        (D(2023, 1, 29), True),  # Sunday made a working day
        (D(2023, 4, 5), False),  # 清明节, a Wednesday
        (D(2023, 4, 23), True),  # Sunday made a working day (劳动节)
        (D(2023, 5, 6), True),  # Saturday made a working day
        (D(2023, 6, 23), False),  # 端午节, a Friday
        (D(2023, 6, 25), True),  # Sunday made a working day
        (D(2023, 9, 29), False),  # 中秋节
        (D(2023, 10, 6), False),  # 国庆节, a Friday
        (D(2023, 10, 7), True),  # Saturday made a working day
        (D(2023, 10, 8), True),  # Sunday made a working day
        (D(2023, 10, 9), True),  # an ordinary Monday
        (D(2023, 10, 14), False),  # an ordinary Saturday
    ],
)
def test_cn_2023_arrangement(day, working):
    assert Calendar.china(2023).is_working_day(day) is working


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2024, 1, 1), False),
        (D(2024, 2, 4), True),  # Sunday made a working day (春节)
        (D(2024, 2, 9), True),  # 除夕 is an ordinary working day in 2024
        (D(2024, 2, 16), False),
        (D(2024, 2, 18), True),
        (D(2024, 4, 7), True),
        (D(2024, 5, 11), True),
        (D(2024, 6, 10), False),
        (D(2024, 9, 14), True),
        (D(2024, 9, 29), True),
        (D(2024, 10, 7), False),
        (D(2024, 10, 12), True),
    ],
)
def test_cn_2024_arrangement(day, working):
    assert Calendar.china(2024).is_working_day(day) is working


def test_working_days_in_2023():
    # 365 days: 104 weekend days + 7 make-up days - (29 holidays - 16 on weekends) ... counted:
    cal = Calendar.china(2023)
    assert cal.working_days_between(D(2023, 1, 1), D(2023, 12, 31)) == 249
    assert cal.holiday_name(D(2023, 10, 1)) == "中秋节、国庆节"
    assert cal.holiday_name(D(2023, 10, 7)) == "国庆节调休上班"


def test_make_up_working_day_on_a_weekend_counts_in_durations():
    cal = Calendar.china(2023)
    # Fri 28 Apr + 1 working day: the holiday runs 29 Apr - 3 May, so Thu 4 May
    assert cal.add_working_days(D(2023, 4, 28), 1) == D(2023, 5, 4)
    # Sat 22 Apr is a rest day, Sun 23 Apr a working day
    assert cal.add_working_days(D(2023, 4, 21), 1) == D(2023, 4, 23)
    assert cal.add_working_days(D(2023, 4, 23), -1) == D(2023, 4, 21)


@pytest.mark.parametrize(
    ("day", "rule", "expected"),
    [
        (D(2023, 10, 2), "following", D(2023, 10, 7)),
        (D(2023, 10, 2), "preceding", D(2023, 9, 28)),
        (D(2023, 10, 2), "modified_following", D(2023, 10, 7)),
        (D(2023, 9, 30), "following", D(2023, 10, 7)),
        (D(2023, 9, 30), "modified_following", D(2023, 9, 28)),  # next month: go back
        (D(2023, 12, 31), "modified_following", D(2023, 12, 29)),
        (D(2023, 10, 9), "preceding", D(2023, 10, 9)),  # a working day stays
        (D(2023, 10, 2), "none", D(2023, 10, 2)),
    ],
)
def test_roll_rules(day, rule, expected):
    assert Calendar.china(2023).roll(day, rule) == expected
    assert Calendar.china(2023).roll(day, Roll(rule)) == expected


def test_user_calendar_and_merge():
    mine = Calendar.from_dict(
        {
            "name": "park",
            "weekend": [6],
            "holidays": [{"name": "园区日", "date": "2023-08-01"}],
            "workdays": [],
        }
    )
    assert mine.is_working_day(D(2023, 7, 29))  # Saturday works, only Sunday rests
    assert not mine.is_working_day(D(2023, 8, 1))
    both = Calendar.china(2023, 2024)
    assert both.name == "cn_2023+cn_2024"
    assert both.is_working_day(D(2023, 1, 28))
    assert both.is_working_day(D(2024, 2, 4))
    with pytest.raises(ScheduleError, match="their weekends differ"):
        mine.merge(Calendar.china(2023))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"holidays": [{"date": "2023-13-01"}]},
            r"holidays\[0\].date: expected an ISO date.*'2023-13-01'",
        ),
        (
            {"holidays": [{"from": "2023-05-03", "to": "2023-05-01"}]},
            "from 2023-05-03 to 2023-05-01 is not a holiday: 'to' must be on or after 'from'",
        ),
        (
            {"holidays": [{"from": "2023-10-01", "to": "9999-12-31"}]},
            "at most 366 days later",
        ),
        ({"workdays": [{"date": 20230101}]}, r"workdays\[0\].date.*got 20230101"),
        (
            {"holidays": [{"date": "2023-05-06"}], "workdays": [{"date": "2023-05-06"}]},
            "2023-05-06 is listed both as a holiday and as a make-up working day",
        ),
        ({"weekend": [0, 1, 2, 3, 4, 5, 6]}, "a week of 7 rest days"),
        ({"weekend": [7]}, "weekend day 7 is not a weekday number"),
    ],
)
def test_bad_calendars_say_what_is_wrong(data, message):
    with pytest.raises(ScheduleError, match=message):
        Calendar.from_dict(data)


def test_unknown_bundled_calendar():
    expected = r"no bundled calendar named 'cn_2099'; available: \['cn_2023', 'cn_2024'\]"
    with pytest.raises(ScheduleError, match=expected):
        Calendar.china(2099)
    with pytest.raises(ScheduleError, match="needs a year"):
        Calendar.china()


def test_timeline_numbers_working_days():
    line = Timeline(D(2023, 9, 30), Calendar.china(2023))  # a holiday: day 0 rolls forward
    assert line.start == D(2023, 10, 7)
    assert [line.date(i) for i in range(3)] == [D(2023, 10, 7), D(2023, 10, 8), D(2023, 10, 9)]
    assert line.index(D(2023, 10, 9)) == 2
    assert line.index(D(2023, 10, 14), "following") == 7  # Sat -> Mon 16 Oct
    assert line.index(D(2023, 10, 14), "preceding") == 6  # Sat -> Fri 13 Oct
    assert line.date(-1) == D(2023, 9, 28)
    assert line.index(D(2023, 9, 28)) == -1
    plain = Timeline(D(2023, 9, 30))
    assert plain.date(3) == D(2023, 10, 3)
    assert plain.index(D(2023, 10, 3)) == 3
