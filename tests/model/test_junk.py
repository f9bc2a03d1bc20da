"""Junk in, a rulegov error out: never another exception, never a hang."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rulegov
from strategies import JSON_VALUES, MODELS


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.sampled_from(MODELS), JSON_VALUES)
def test_any_python_value_is_accepted_or_rejected_cleanly(model, value):
    try:
        model.model_validate(value)
    except rulegov.ValidationError as error:
        assert error.issues
        assert str(error)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(MODELS), st.binary(max_size=200) | st.text(max_size=200))
def test_any_bytes_are_accepted_or_rejected_cleanly(model, raw):
    try:
        model.model_validate_json(raw)
    except rulegov.ValidationError as error:
        assert error.issues


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {"title": st.text(min_size=1)},
        optional={
            "units": st.lists(
                st.fixed_dictionaries({"id": st.text(), "name": st.text(), "parent": st.text()}),
                max_size=3,
            ),
            "dependencies": st.lists(
                st.fixed_dictionaries({"predecessor": st.text(), "successor": st.text()}),
                max_size=3,
            ),
            "issuer_unit": st.text(),
        },
    )
)
def test_broken_references_are_reported_not_raised_otherwise(data):
    try:
        plan = rulegov.Plan.model_validate(data)
    except rulegov.ValidationError as error:
        assert all(issue.path for issue in error.issues)
    else:
        assert plan.title == data["title"]
