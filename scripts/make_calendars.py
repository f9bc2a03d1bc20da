"""Write China's official working-day calendars into ``src/rulegov/graph/calendars/``.

Each year's holidays and make-up working days (调休上班) follow the General Office of the State
Council's notice on that year's holiday arrangements (国务院办公厅关于部分节假日安排的通知). The data
is taken from the ``chinesecalendar`` package and cross-checked, day by day, against the China
calendar of the ``holidays`` package; a day on which the two disagree stops the script.

Run ``pip install chinesecalendar holidays`` and then ``python scripts/make_calendars.py``;
``--check`` exits 1 when a committed file differs from what the sources give.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from importlib import metadata
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "rulegov" / "graph" / "calendars"
FIRST_YEAR = 2010
ONE_DAY = dt.timedelta(days=1)
JOINT = "中秋节、国庆节"

# chinesecalendar names each holiday in English; the files use the names of the notices.
NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


def _days(year: int) -> list[dt.date]:
    day, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    found = []
    while day <= last:
        found.append(day)
        day += ONE_DAY
    return found


def _ranges(days: dict[dt.date, str]) -> list[dict[str, str]]:
    """Consecutive days of one holiday as ``{"name", "from", "to"}`` ranges, in date order."""
    ordered = sorted(days)
    ranges: list[dict[str, str]] = []
    if not ordered:
        return ranges
    first = ordered[0]
    for previous, day in pairwise([*ordered, None]):
        if day is not None and day - previous == ONE_DAY and days[day] == days[previous]:
            continue
        ranges.append(
            {"name": days[previous], "from": first.isoformat(), "to": previous.isoformat()}
        )
        if day is not None:
            first = day
    return ranges


def _join_festivals(ranges: list[dict[str, str]]) -> list[dict[str, str]]:
    """One range for 中秋节 and 国庆节 when they run together, as the notices write them."""
    joined: list[dict[str, str]] = []
    for entry in ranges:
        if joined and {joined[-1]["name"], entry["name"]} <= {"中秋节", "国庆节", JOINT}:
            last = dt.date.fromisoformat(joined[-1]["to"])
            if dt.date.fromisoformat(entry["from"]) - last == ONE_DAY:
                joined[-1] = {"name": JOINT, "from": joined[-1]["from"], "to": entry["to"]}
                continue
        joined.append(entry)
    return joined


def _cross_check(year: int) -> None:
    """Stop when the two sources disagree on whether a day of ``year`` is a working day."""
    import chinese_calendar  # noqa: PLC0415
    import holidays  # noqa: PLC0415

    other = holidays.country_holidays("CN", years=year)
    weekend_workdays = set(other.weekend_workdays)
    for day in _days(year):
        theirs = (day.weekday() < 5 and day not in other) or day in weekend_workdays
        if chinese_calendar.is_workday(day) != theirs:
            sys.exit(f"the sources disagree on {day.isoformat()}: not writing the calendars")


def calendar(year: int) -> dict[str, object]:
    """The calendar file of ``year``, as data."""
    import chinese_calendar  # noqa: PLC0415

    off: dict[dt.date, str] = {}
    on: dict[dt.date, str] = {}
    for day in _days(year):
        is_holiday, name = chinese_calendar.get_holiday_detail(day)
        if name is None:
            continue
        label = NAMES[name]
        if is_holiday:
            off[day] = label
        elif day.weekday() >= 5:
            on[day] = f"{label}调休上班"
    return {
        "name": f"cn_{year}",
        "title": f"国务院办公厅关于{year}年部分节假日安排的通知",
        "source": (
            f"chinesecalendar {metadata.version('chinesecalendar')}, checked day by day against "
            f"holidays {metadata.version('holidays')}"
        ),
        "year": year,
        "weekend": [5, 6],
        "holidays": _join_festivals(_ranges(off)),
        "workdays": [{"name": on[day], "date": day.isoformat()} for day in sorted(on)],
    }


def render(data: dict[str, object]) -> str:
    """A calendar as stable JSON, one holiday or make-up day per line."""
    lines = ["{"]
    lines.extend(
        f"  {json.dumps(key)}: {json.dumps(data[key], ensure_ascii=False)},"
        for key in ("name", "title", "source", "year", "weekend")
    )
    for key in ("holidays", "workdays"):
        entries = data[key]
        assert isinstance(entries, list)  # noqa: S101 - built above
        items = [f"    {json.dumps(entry, ensure_ascii=False)}" for entry in entries]
        end = "," if key == "holidays" else ""
        lines.append(f'  "{key}": [\n' + ",\n".join(items) + f"\n  ]{end}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def years() -> list[int]:
    """Every year from 2010 through the last year the source knows."""
    from chinese_calendar import constants  # noqa: PLC0415

    last = max(day.year for day in constants.holidays)
    return list(range(FIRST_YEAR, last + 1))


def main(argv: list[str] | None = None) -> int:
    """Write the calendar files, or with ``--check`` compare them with the committed ones."""
    parser = argparse.ArgumentParser(description="Write China's working-day calendars.")
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed file is stale")
    args = parser.parse_args(argv)
    stale = []
    for year in years():
        _cross_check(year)
        path = OUT / f"cn_{year}.json"
        text = render(calendar(year))
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"stale calendars: {', '.join(stale)}; run python scripts/make_calendars.py")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
