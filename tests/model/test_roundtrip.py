"""Plans survive JSON and Python round trips unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import rulegov
from strategies import plans


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(plans())
def test_json_round_trip_is_lossless(plan: rulegov.Plan):
    assert rulegov.Plan.model_validate_json(plan.model_dump_json()) == plan


@pytest.mark.slow
@settings(max_examples=50, deadline=None)
@given(plans())
def test_python_round_trip_is_lossless(plan: rulegov.Plan):
    assert rulegov.Plan.model_validate(plan.model_dump()) == plan


@pytest.mark.slow
@settings(max_examples=50, deadline=None)
@given(plans())
def test_tasks_are_in_document_order(plan: rulegov.Plan):
    numbers = [int(task.number) for task in plan.tasks]
    assert numbers == sorted(numbers)
    assert [task.id for task in plan.tasks] == [t.id for s in plan.sections for t in s.tasks]


def test_reference_plan_round_trips(reference_plan):
    again = rulegov.Plan.model_validate_json(reference_plan.model_dump_json())
    assert again == reference_plan
    assert again.source is not None
    assert again.source.text == rulegov.datasets.yancheng_2023_text()
