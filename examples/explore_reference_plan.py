"""Explore the bundled reference plan: who leads what, what is checked, what is measured.

Run: python examples/explore_reference_plan.py
"""

from __future__ import annotations

from collections import Counter

import rulegov

plan = rulegov.datasets.yancheng_2023()
print(plan.title)
print(f"issued by {plan.issuer} on {plan.issued_on}, to {len(plan.recipients)} recipients")

print("\nTasks per section:")
for section in plan.sections:
    print(f"  {section.number}、{section.title[:20]}…  {len(section.tasks)} tasks")

print("\nUnits and the tasks they cooperate on:")
for unit in plan.units:
    tasks = plan.tasks_of(unit.id, "cooperating")
    if tasks:
        print(f"  {unit.name}: tasks {', '.join(t.number for t in tasks)}")

print("\nAssessments by kind:")
for kind, count in Counter(a.kind.value for a in plan.assessments).most_common():
    print(f"  {kind}: {count}")

print("\nQuantitative targets, traced to the text:")
for task in plan.tasks:
    for target in task.targets:
        if target.is_quantitative:
            line, column = plan.source.locate(target.span)
            print(
                f"  task {task.number}: {target.text!r} at line {line}, column {column}: {target.metric}"
            )
