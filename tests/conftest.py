"""Shared fixtures: a small valid plan as plain data, and the bundled reference plan.

Hypothesis runs derandomized by default, so that a test run, in CI or here, explores the same
examples each time and a failure reproduces. ``HYPOTHESIS_PROFILE=explore pytest`` draws fresh
examples on each run, to look for new failures. Neither profile has a deadline per example:
time on the clock is measured in ``benchmarks/``, and a busy machine would fail an example
for its load alone.
"""

from __future__ import annotations

import copy
import os
from typing import Any

import pytest
from hypothesis import settings

import rulegov

settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test that times how a run grows with its input (``growth.growth``) ``growth``.

    They measure the library's own rules, in which no dependency takes part: the run against the
    oldest dependencies (``scripts/test_dependency_bounds.sh``) leaves them out with
    ``-m "not growth"``; every other run keeps them.
    """
    for item in items:
        function = getattr(item, "function", None)
        if function is not None and "growth" in function.__code__.co_names:
            item.add_marker(pytest.mark.growth)


_SMALL_PLAN: dict[str, Any] = {
    "id": "p",
    "title": "某区2024年法治建设工作要点",
    "issuer": "区依法治区办",
    "issuer_unit": "office",
    "units": [
        {"id": "committee", "name": "区委全面依法治区委员会", "kind": "committee"},
        {
            "id": "office",
            "name": "区委全面依法治区委员会办公室",
            "short_names": ["区依法治区办"],
            "kind": "office",
            "parent": "committee",
        },
        {"id": "justice", "name": "区司法局", "kind": "government_department"},
    ],
    "sections": [
        {
            "id": "s1",
            "number": "一",
            "level": 1,
            "title": "加强党的领导",
            "tasks": [
                {
                    "id": "t1",
                    "number": "1",
                    "path": ["一", "1"],
                    "title": "召开委员会会议",
                    "measures": [
                        {"id": "t1.m1", "text": "起草工作要点"},
                        {"id": "t1.m2", "text": "召开会议"},
                    ],
                    "assignments": [
                        {"unit": "office", "role": "lead", "unit_name": "区依法治区办"},
                        {"unit": "justice", "role": "cooperating"},
                    ],
                },
                {
                    "id": "t2",
                    "number": "2",
                    "path": ["一", "2"],
                    "title": "开展专题述法",
                    "assignments": [{"unit": "justice", "role": "responsible"}],
                    "targets": [
                        {"comparator": "ge", "value": 3, "unit_of_measure": "个", "text": "3个以上"}
                    ],
                },
            ],
        }
    ],
    "coordination_groups": [
        {
            "id": "g1",
            "name": "执法协调小组",
            "committee": "committee",
            "members": [{"unit": "justice"}],
            "tasks": ["t1"],
        }
    ],
    "assessments": [
        {
            "id": "a1",
            "kind": "inspection",
            "name": "法治督察",
            "task": "t2",
            "subjects": [{"kind": "task", "ref": "t1"}],
            "assessors": ["office", "g1"],
        }
    ],
    "dependencies": [
        {"predecessor": "t1.m1", "successor": "t1.m2"},
        {"predecessor": "t1", "successor": "a1"},
    ],
}


@pytest.fixture
def small_plan_data() -> dict[str, Any]:
    """A valid plan as plain data; each test may change its own copy."""
    return copy.deepcopy(_SMALL_PLAN)


@pytest.fixture(scope="session")
def reference_plan() -> rulegov.Plan:
    """The bundled reference plan (do not mutate: shared by the session)."""
    return rulegov.datasets.yancheng_2023()


@pytest.fixture(scope="session")
def reference_graph(reference_plan: rulegov.Plan) -> rulegov.TaskGraph:
    """The reference plan's task graph, on the Chinese working calendar of 2023 and 2024."""
    return rulegov.TaskGraph.from_plan(
        reference_plan, calendar=rulegov.graph.Calendar.china(2023, 2024)
    )


@pytest.fixture(scope="session")
def reference_schedule(
    reference_plan: rulegov.Plan, reference_graph: rulegov.TaskGraph
) -> rulegov.Schedule:
    """The reference plan scheduled from its date of issue."""
    return reference_graph.schedule(
        start=reference_plan.issued_on, calendar=rulegov.graph.Calendar.china(2023, 2024)
    )
