import datetime as dt
import json
import pathlib
import warnings

import pytest

from rulegov import CalendarWarning, ScheduleError
from rulegov.graph import Calendar, Roll, Timeline, available_calendars

D = dt.date
DATA = pathlib.Path(__file__).parent / "data"

# Working days per year under each year's State Council arrangement (weekdays, less holidays on
# weekdays, plus make-up working days). scripts/make_calendars.py checks the bundled data day by
# day against a second, independent source before writing it.
WORKING_DAYS = {
    2010: 250, 2011: 250, 2012: 249, 2013: 250, 2014: 250, 2015: 249, 2016: 250, 2017: 249,
    2018: 250, 2019: 250, 2020: 249, 2021: 250, 2022: 249, 2023: 249, 2024: 251, 2025: 248,
    2026: 248,
}  # fmt: skip


def test_bundled_calendars():
    assert available_calendars() == [f"cn_{year}" for year in range(2010, 2027)]
    cal = Calendar.bundled("cn_2023")
    assert cal.name == "cn_2023"
    assert cal.years == frozenset({2023})
    assert len(cal.workdays) == 7


@pytest.mark.parametrize(("year", "count"), sorted(WORKING_DAYS.items()))
def test_working_days_per_year(year, count):
    cal = Calendar.china(year)
    assert cal.working_days_between(D(year, 1, 1), D(year, 12, 31)) == count


@pytest.mark.parametrize("year", [2023, 2024])
def test_generated_years_match_the_notices_typed_by_hand(year):
    typed = Calendar.from_dict(json.loads((DATA / f"notice_cn_{year}.json").read_text("utf-8")))
    bundled = Calendar.china(year)
    day = D(year, 1, 1)
    while day.year == year:
        assert bundled.is_working_day(day) is typed.is_working_day(day), day
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("day", "working", "name"),
    [
        (D(2015, 9, 3), False, "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"),
        (D(2015, 9, 6), True, "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休上班"),
        (D(2020, 1, 31), False, "春节"),  # the Spring Festival holiday extended in 2020
        (D(2025, 1, 28), False, "春节"),  # 除夕 is a public holiday from 2025
        (D(2025, 5, 5), False, "劳动节"),
        (D(2012, 9, 29), True, "国庆节调休上班"),
    ],
)
def test_arrangements_of_other_years(day, working, name):
    cal = Calendar.china(day.year)
    assert cal.is_working_day(day) is working
    assert cal.holiday_name(day) == name


def test_a_schedule_past_the_bundled_years_warns_once_naming_the_year():
    line = Timeline(D(2026, 12, 1), Calendar.china(2026))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert line.date(60) > D(2027, 2, 1)
        line.index(D(2027, 3, 1))
    assert len(caught) == 1
    assert caught[0].category is CalendarWarning
    assert "2027" in str(caught[0].message)
    # the documented fallback: Monday to Friday
    assert line.date(60).weekday() < 5
    assert line.index(D(2027, 3, 6)) == line.index(D(2027, 3, 8))  # a Saturday rolls to Monday


def test_a_calendar_without_bundled_years_warns_on_its_first_day():
    cal = Calendar.china_between(2040, 2041)
    assert cal.years == frozenset()
    with pytest.warns(CalendarWarning, match="2040"):
        Timeline(D(2040, 3, 1), cal)


def test_china_between_takes_the_bundled_years_in_range():
    cal = Calendar.china_between(2025, 2030)
    assert cal.years == frozenset({2025, 2026})
    assert not cal.covers(D(2027, 1, 1))
    assert cal.covers(D(2025, 6, 1))


def test_a_hand_built_calendar_claims_no_years_and_never_warns():
    cal = Calendar(holidays=frozenset({D(2031, 1, 1)}))
    assert cal.years is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Timeline(D(2030, 12, 31), cal).date(1) == D(2031, 1, 2)


def test_local_days_off_and_extra_working_days():
    national = Calendar.china(2024)
    local = national.with_days(
        holidays=[D(2024, 3, 4), D(2024, 2, 4)], workdays=[D(2024, 3, 9)], name="某市"
    )
    assert not local.is_working_day(D(2024, 3, 4))  # a regional day off on a Monday
    assert not local.is_working_day(D(2024, 2, 4))  # overrides a national make-up day
    assert local.is_working_day(D(2024, 3, 9))
    assert local.years == national.years
    assert local.name == "某市"
    with pytest.raises(ScheduleError, match="2024-03-04"):
        national.with_days(holidays=[D(2024, 3, 4)], workdays=[D(2024, 3, 4)])


def test_calendar_data_with_a_bad_year_is_refused():
    with pytest.raises(ScheduleError, match="year"):
        Calendar.from_dict({"name": "x", "year": "2025"})


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
    expected = r"no bundled calendar named 'cn_2099'; available: \['cn_2010', 'cn_2011', "
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
