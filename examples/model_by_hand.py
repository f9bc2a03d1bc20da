"""Model a small plan by hand, save it as JSON, and see how bad data is reported.

Run: python examples/model_by_hand.py
"""

from __future__ import annotations

import datetime as dt

import rulegov

justice = rulegov.Unit(
    id="justice", name="区司法局", short_names=["司法局"], kind="government_department"
)
towns = rulegov.Unit(id="towns", name="各镇(街)", kind="collective")
task = rulegov.Task(
    id="t1",
    number="1",
    path=("一", "1"),
    title="开展行政执法案卷评查",
    assignments=[
        rulegov.Assignment(unit="justice", role="lead"),
        rulegov.Assignment(unit="towns", role="responsible"),
    ],
    timeframe=rulegov.TimeFrame(kind="deadline", end=dt.date(2024, 6, 30), text="6月底前"),
    targets=[rulegov.Target(comparator="ge", value=3, unit_of_measure="次", text="不少于3次")],
)
plan = rulegov.Plan(
    title="某区2024年法治政府建设工作要点",
    period=rulegov.Period.year(2024),
    units=[justice, towns],
    sections=[rulegov.Section(id="s1", number="一", level=1, title="推进依法行政", tasks=[task])],
)
print(plan.model_dump_json(indent=2, exclude_none=True)[:400], "…")

broken = plan.model_dump()
broken["sections"][0]["tasks"][0]["targets"][0]["unit_of_measure"] = "%"
broken["sections"][0]["tasks"][0]["targets"][0]["value"] = 300
try:
    rulegov.Plan.model_validate(broken)
except rulegov.ValidationError as error:
    print("\nrejected:", error)
    for issue in error.issues:
        print(f"  at {issue.path}: {issue.message}; found {issue.value!r}")
