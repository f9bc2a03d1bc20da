"""Schedule the reference plan on China's calendar: waves, the critical chain, a what-if, a Gantt.

The plan's tasks, measures and assessments become a task graph (任务依赖); the schedule counts
working days on the State Council's 2023-2024 holiday arrangements (调休 included), from the
plan's date of issue. Run: python examples/schedule_reference_plan.py
"""

from __future__ import annotations

import datetime as dt

import rulegov
from rulegov.graph import waves
from rulegov.render import schedule_gantt

plan = rulegov.datasets.yancheng_2023()
calendar = rulegov.Calendar.china(2023, 2024)
graph = rulegov.TaskGraph.from_plan(plan, calendar=calendar)
schedule = graph.schedule(start=plan.issued_on, calendar=calendar)

print(f"{plan.title}: {len(graph.nodes)} nodes, {len(graph.dependencies)} links")
print(f"from {plan.issued_on} to {schedule.finish_date}: {schedule.duration} working days")
print(
    f"(1 October 2023 is a working day: {calendar.is_working_day(dt.date(2023, 10, 1))}; ", end=""
)
print(f"7 October, a Saturday, is: {calendar.is_working_day(dt.date(2023, 10, 7))})")

print("\nWaves: nodes that can run in parallel, each waiting only on earlier waves")
for number, wave in enumerate(waves(graph), start=1):
    print(f"  wave {number}: {len(wave)} node{'' if len(wave) == 1 else 's'}")
    for node in wave[:3]:
        dates = schedule.dates(node)
        print(f"    {graph.label(node)[:40]:<40} {dates.start} - {dates.finish}")
    if len(wave) > 3:
        print(f"    … and {len(wave) - 3} more")

print("\nThe critical chain (no slack: any delay moves the finish)")
for node in schedule.critical_chain():
    dates = schedule.dates(node)
    print(f"  {graph.label(node)}: {dates.start} - {dates.finish}")
    print(f"    {schedule.explain(node)}")

print("\nLinks the plan's wording suggests, for you to accept:")
for link in graph.suggestions:
    print(f"  {link.predecessor} -> {link.successor}: {link.reason}")

print("\nWhat if the year-end duty reports (述职) start 5 working days late?")
impact = schedule.slip("a-t4-duty-report", 5)
for node, days in impact.moved.items():
    print(f"  {graph.label(node)} moves by {days} working days")
print(f"  the finish moves by {impact.duration_change} working days")
print(f"  deadlines newly missed: {[v.message for v in impact.new_violations] or 'none'}")

print("\nWhat if the committee meeting (task 2) slips 10 working days?")
impact = schedule.slip("t2.m2", 10)
print(f"  moves {sorted(impact.moved)}; the finish moves by {impact.duration_change} days")

print("\nA Mermaid Gantt chart (paste into any Mermaid viewer), first lines:")
gantt = schedule_gantt(schedule, title="2023年工作计划").splitlines()
print("\n".join(gantt[:12]))
print(f"… {len(gantt) - 12} more lines")
