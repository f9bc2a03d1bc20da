"""Follow the reference plan through its year (督办), and compare it with a plan for the next year.

Units send progress reports; ``rulegov.status`` says where each task stands on a date, what each
unit owes, and which tasks need chasing. ``rulegov.compare`` matches the tasks of two plans and
says what was carried over, added, dropped and changed. Run: python examples/track_reference_plan.py
"""

from __future__ import annotations

import datetime as dt

import rulegov
from rulegov.tracking import with_progress

plan = rulegov.datasets.yancheng_2023()
reports = [
    {"任务": "1", "单位": "区依法治区办", "日期": "2023-06-20", "状态": "已完成"},
    {"任务": "4", "单位": "区依法治区办", "日期": "2023-06-30", "进度": "60"},
    {"任务": "9", "单位": "区依法治区办", "日期": "2023-07-10", "状态": "滞后", "进度": "10"},
]
tracked = with_progress(plan, reports)
status = rulegov.status(
    tracked, as_of=dt.date(2023, 7, 15), calendar=rulegov.Calendar.china(2023, 2024)
)
print(rulegov.render.to_text(status))

print("What each unit answers for, and how much is open:")
for unit, items in status.by_unit().items():
    still_open = [item for item in items if item.state.value not in {"done", "cancelled"}]
    print(f"  {unit}: {len(items)} items, {len(still_open)} open")

# A plan for the next year written from this one: the same text with the year moved on, so every
# task is carried over and nothing changed (a deadline in the same month of the next year is no move).
text = rulegov.datasets.yancheng_2023_text().replace("2023年", "2024年")
next_year = rulegov.parse_plan(text, source="next_year.txt")
this_year = rulegov.parse_plan(rulegov.datasets.yancheng_2023_text(), source="this_year.txt")
comparison = rulegov.compare(this_year, next_year)
print(rulegov.render.to_text(comparison).splitlines()[1])
