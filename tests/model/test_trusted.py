"""Model._trusted builds objects equal to validated ones, with the same fields set."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings

import rulegov
from rulegov.model import Measure, Model, Span, Task
from strategies import plans

if TYPE_CHECKING:
    from collections.abc import Iterator


def models(value: Any) -> Iterator[Model]:
    """Every model inside a value, the value itself first."""
    if isinstance(value, Model):
        yield value
        for name in type(value).model_fields:
            yield from models(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from models(item)


def assert_rebuilt_equal(model: Model) -> None:
    given_values = {name: getattr(model, name) for name in model.model_fields_set}
    rebuilt = type(model)._trusted(**given_values)
    assert rebuilt == model
    assert rebuilt.model_fields_set == model.model_fields_set
    assert repr(rebuilt) == repr(model)
    assert rebuilt.model_dump_json() == model.model_dump_json()


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(plans())
def test_trusted_objects_equal_validated_ones(plan: rulegov.Plan):
    for model in models(plan):
        assert_rebuilt_equal(model)


def test_trusted_objects_equal_the_reference_plan(reference_plan):
    kinds = set()
    for model in models(reference_plan):
        assert_rebuilt_equal(model)
        kinds.add(type(model).__name__)
    assert {"Plan", "Section", "Task", "Measure", "Span", "Citation", "Target", "Unit"} <= kinds


def test_trusted_fills_defaults_like_validation():
    task = Task._trusted(id="t1", number="1", path=("1",), title="召开会议")
    assert task == Task(id="t1", number="1", path=("1",), title="召开会议")
    assert task.model_fields_set == {"id", "number", "path", "title"}
    assert task.text == ""
    assert task.timeframe is None
    other = Task._trusted(id="t2", number="2", path=("2",), title="开展培训")
    task.measures.append(Measure(id="t1.m1", text="培训"))
    assert other.measures == []  # each object gets its own list


def test_trusted_objects_still_validate_on_assignment():
    measure = Measure._trusted(id="t1.m1", text="培训", span=Span._trusted(start=0, end=2))
    with pytest.raises(rulegov.ValidationError, match="text"):
        measure.text = ""


def test_trusted_refuses_a_missing_required_field():
    with pytest.raises(TypeError, match="Span needs a value for its field 'end'"):
        Span._trusted(start=1)


def test_trusted_refuses_unknown_names():
    with pytest.raises(TypeError, match=r"Span has no fields named \['stop'\]"):
        Span._trusted(start=1, end=2, stop=3)


def test_span_at_equals_a_validated_span():
    span = Span._at(3, 11)
    assert span == Span(start=3, end=11)
    assert span.model_fields_set == {"start", "end"}
    assert repr(span) == "Span(start=3, end=11)"
    assert span.model_dump_json() == '{"start":3,"end":11}'
